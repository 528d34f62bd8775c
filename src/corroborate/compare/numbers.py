"""Numbers across the sources of one story: do they agree?

Two numbers measure the same thing when they are of the same kind and unit (money may
differ in currency) and what they quantify matches: the measured phrases share content
words, or their sentences say the same thing (embedding similarity). Labels:

* ``agree`` — equal values;
* ``agree_rounding`` — equal within one unit in the last place of the less precise figure
  as written (C$55.4 billion vs C$55 billion or C$56 billion);
* ``agree_conversion`` — different currencies that agree at a conversion rate stated in one
  of the story's texts ("C$56 billion ($40.5 billion)");
* ``conflict`` — anything else;
* ``single_source`` — only one article gives the figure.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import cache
from itertools import pairwise

import numpy as np

from corroborate.analysis.types import Quantity
from corroborate.compare.context import StoryInput
from corroborate.compare.types import NumberGroup, NumberLabel, NumberMember
from corroborate.groups import DisjointSets

SAME_MEASURE = 0.5
"""Jaccard overlap of content words of the measured phrases from which two figures
measure the same thing."""
SAME_CONTEXT = 0.72
"""Sentence-embedding similarity from which two figures stated in sentences that say the
same thing are taken to measure the same thing (with some shared measured word)."""
CONVERSION_TOLERANCE = 0.02

_STOP = {
    "the", "a", "an", "of", "in", "on", "for", "to", "and", "or", "by", "with", "at", "from",
    "its", "their", "his", "her", "this", "that", "some", "about", "around", "nearly", "almost",
    "more", "than", "over", "under", "up", "least", "roughly", "approximately", "worth", "total",
}
_RANK = {"single_source": 0, "agree": 1, "agree_rounding": 2, "agree_conversion": 3, "conflict": 4}
_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3}
_DIGIT = re.compile(r"\d")
_APPROX = re.compile(r"\b(?:about|around|nearly|almost|roughly|approximately|some|more than|over|under|close to)\s*$", re.IGNORECASE)


def content_words(text: str | None) -> set[str]:
    words = re.findall(r"[a-z][a-z'-]+", (text or "").casefold())
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in _STOP}


def precision(q: Quantity) -> float:
    """The resolution of a figure as written: 55.4 billion -> 1e8, 55 billion -> 1e9,
    1,200 -> 100 (trailing zeros of a whole number read as rounding)."""
    match = _NUMBER.search(q.text)
    if not match:
        return abs(q.value) * 0.005 or 1.0
    digits = match.group(0).replace(",", "")
    scale = 1.0
    for word, factor in _SCALES.items():
        if re.search(rf"\b{word}\b", q.text, re.IGNORECASE) or q.text.lower().rstrip().endswith(word) and len(word) > 1:
            scale = factor
            break
    numeric = float(digits) if digits else 0.0
    if numeric and abs(q.value) > 0 and scale == 1.0 and q.kind != "percent":
        scale = abs(q.value) / numeric if abs(numeric) > 0 else 1.0
    if match.group(1):
        return scale * 10 ** (-len(match.group(1)))
    whole = digits.split(".")[0]
    zeros = len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0
    return scale * 10 ** min(zeros, max(len(whole) - 1, 0))


def agree_within(a: float, prec_a: float, b: float, prec_b: float, approx: bool = False) -> bool:
    """Within one unit in the last place of the less precise figure: C$55.4 billion agrees
    with C$55 billion and with C$56 billion (outlets round, truncate and round up). Two
    figures written to the same precision are not roundings of one another: 120 and 130
    firefighters, C$55 billion and C$56 billion disagree (unless one is "about")."""
    scale = max(abs(a), abs(b), 1.0)
    tol = max(prec_a, prec_b) + 1e-9 * scale
    if math.isclose(prec_a, prec_b, rel_tol=1e-9):
        tol = 1e-9 * scale
    if approx:
        tol = max(tol, 0.05 * max(abs(a), abs(b)))
    return abs(a - b) <= tol


def _is_approx(story: StoryInput, article: str, q: Quantity) -> bool:
    text = story.by_id[article].text
    return bool(_APPROX.search(text[max(0, q.start - 20) : q.start]))


def conversion_rates(story: StoryInput) -> dict[tuple[str, str], float]:
    """Rates stated in the texts: a money figure followed by another currency in
    parentheses, "C$56 billion ($40.5 billion)" -> {("CAD", "USD"): 0.723}."""
    rates: dict[tuple[str, str], float] = {}
    for article in story.articles:
        analysis = story.analyses.get(article.id)
        if analysis is None:
            continue
        money = [q for q in analysis.quantities if q.kind == "money" and q.currency]
        for first, second in pairwise(money):
            gap = article.text[first.end : second.start]
            if first.currency != second.currency and len(gap) <= 4 and "(" in gap and first.value:
                rate = second.value / first.value
                rates.setdefault((first.currency, second.currency), rate)
                rates.setdefault((second.currency, first.currency), 1 / rate)
    return rates


def _close(a: Quantity, b: Quantity, rates) -> bool:
    """Money figures within 5% of each other (after a stated conversion)."""
    vb = b.value
    if a.currency != b.currency:
        rate = rates.get((b.currency, a.currency))
        if rate is None:
            return False
        vb *= rate
    return abs(a.value - vb) <= 0.05 * max(abs(a.value), abs(vb))


def _compatible(a: Quantity, b: Quantity, rates: dict[tuple[str, str], float]) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "money":
        return a.currency == b.currency or (a.currency, b.currency) in rates
    if a.kind in ("duration", "other"):  # "other": a measure, "5.6 magnitude", "10 km"
        return _unit(a) == _unit(b)
    if a.kind == "count":
        # "85 employees" and "85 staff": the same count under another noun
        return _unit(a) == _unit(b) or math.isclose(a.value, b.value)
    if a.kind == "percent":
        # "by a quarter of a percentage point to 4.5%": a change in points is not a level
        return _points(a) == _points(b)
    return True


def _points(q: Quantity) -> bool:
    return "point" in (q.unit or "").casefold() or "point" in q.text.casefold()


_PEOPLE = {
    "people", "person", "staff", "employee", "worker", "personnel", "staffer", "member of staff",
    "resident", "inhabitant", "villager",
}
_HOMES = {"home", "house", "dwelling"}


def _unit(q: Quantity) -> str:
    """Unit for comparison: singular; nouns for people counted as workers or residents are
    one unit, and so are homes and houses."""
    unit = (q.unit or "").casefold()
    unit = unit[:-1] if unit.endswith("s") and len(unit) > 3 and unit != "people" else unit
    if unit in _PEOPLE:
        return "people"
    return "home" if unit in _HOMES else unit


_SAYING = {"said", "says", "say", "told", "tell", "added", "according", "stated", "reported", "announced"}


def near_words(text: str, q: Quantity, sentence: tuple[int, int] | None, width: int = 5) -> set[str]:
    """Lower-case content words within ``width`` words of the figure, in its sentence, the
    counted noun and the figure itself left out: what is done to what is counted ("crews
    evacuated 412 people", "450 people were evacuated"). Names are left out (the town and
    the officials of a story stand beside all its figures), and so are verbs of saying."""
    lo, hi = sentence if sentence else (max(0, q.start - 80), min(len(text), q.end + 80))
    before = re.findall(r"[\w'-]+", text[lo : q.start])[-width:]
    after = re.findall(r"[\w'-]+", text[q.end : hi])[: width + 1]
    unit = content_words(q.unit)
    return {
        w for w in content_words(" ".join(x for x in before + after if x[:1].islower()))
        if w not in unit and w not in _SAYING
    }


def compare_values(story: StoryInput, a: tuple[str, Quantity], b: tuple[str, Quantity], rates) -> NumberLabel:
    (art_a, qa), (art_b, qb) = a, b
    approx = _is_approx(story, art_a, qa) or _is_approx(story, art_b, qb)
    va, vb, pa, pb = qa.value, qb.value, precision(qa), precision(qb)
    label_if_equal: NumberLabel = "agree"
    if qa.kind == "money" and qa.currency != qb.currency:
        rate = rates.get((qb.currency, qa.currency))
        if rate is None:
            return "conflict"
        vb, pb = vb * rate, pb * rate
        if abs(va - vb) <= max(CONVERSION_TOLERANCE * max(abs(va), abs(vb)), max(pa, pb)):
            return "agree_conversion"
        return "conflict"
    if math.isclose(va, vb, rel_tol=1e-9, abs_tol=1e-9):
        return label_if_equal
    if agree_within(va, pa, vb, pb, approx):
        return "agree_rounding"
    return "conflict"


def group_numbers(story: StoryInput, embed=None) -> tuple[NumberGroup, ...]:
    items: list[tuple[str, Quantity]] = []
    contexts: list[str] = []
    near: list[set[str]] = []
    for article in story.articles:
        analysis = story.analyses.get(article.id)
        if analysis is None:
            continue
        for q in analysis.quantities:
            if q.kind == "other" and q.unit in (None, "fraction", "age"):
                # a number of no unit, a share ("two thirds of"): nothing a source states as a
                # figure; an age: whose it is the sentence's words do not pin (two suspects'
                # ages in two alike sentences are no disagreement)
                continue
            if q.kind in ("count", "duration") and not _DIGIT.search(q.text) and q.value < 10:
                continue  # "two countries", "two days": small spelled-out counts are context, not figures
            items.append((article.id, q))
            sent = analysis.sentences[q.sentence] if q.sentence is not None and q.sentence < len(analysis.sentences) else None
            contexts.append(article.text[sent.start : sent.end] if sent else (q.measures or q.text))
            near.append(near_words(article.text, q, (sent.start, sent.end) if sent else None))
    if not items:
        return ()
    rates = conversion_rates(story)
    vectors = np.asarray(embed(contexts), dtype=np.float32) if embed is not None else None
    measured = [content_words(q.measures) | content_words(q.unit if q.kind == "count" else None) for _, q in items]

    sets = DisjointSets(range(len(items)))
    # the figures of each sentence (a figure without a sentence stands alone)
    sentence_key = [(a, q.sentence if q.sentence is not None else f"q{k}") for k, (a, q) in enumerate(items)]
    in_sentence: dict[tuple, list[int]] = defaultdict(list)
    for k, key in enumerate(sentence_key):
        in_sentence[key].append(k)

    @cache
    def unmatched_in(here: tuple, there_key: tuple, kind: str) -> list[int]:
        there = [items[m][1].value for m in in_sentence[there_key] if items[m][1].kind == kind]
        return [
            k for k in in_sentence[here]
            if items[k][1].kind == kind and not any(math.isclose(items[k][1].value, v) for v in there)
        ]

    def unmatched(i: int, j: int) -> list[int]:
        """Figures of ``i``'s sentence, of its kind, whose value ``j``'s sentence does not
        state (once per pair of sentences and kind: many figure pairs share them)."""
        return unmatched_in(sentence_key[i], sentence_key[j], items[i][1].kind)

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            (art_i, qi), (art_j, qj) = items[i], items[j]
            if not _compatible(qi, qj, rates):
                continue
            if art_i == art_j:
                # within one article only a stated conversion pairs two figures
                gap = story.by_id[art_i].text[qi.end : qj.start]
                if not (qi.kind == "money" and qi.currency != qj.currency and len(gap) <= 4 and "(" in gap):
                    continue
                sets.union(j, i)
                continue
            inter = measured[i] & measured[j]
            union = measured[i] | measured[j]
            jaccard = len(inter) / len(union) if union else 0.0
            only_noun = qi.kind == "count" and inter <= (content_words(qi.unit) | content_words(qj.unit))
            if only_noun and not near[i] & near[j]:
                # only the counted noun is shared ("412 people", "1,100 people"): the same
                # measure only if the same is done to them ("evacuated"), nearby in the text
                jaccard = 0.0
            context = float(vectors[i] @ vectors[j]) if vectors is not None else 0.0
            close_money = qi.kind == "money" and _close(qi, qj, rates)
            same_figure = qi.kind != "money" and math.isclose(qi.value, qj.value) and _unit(qi) == _unit(qj)
            if not math.isclose(qi.value, qj.value) and (i not in unmatched(i, j) or j not in unmatched(j, i)):
                # the other sentence states this very figure in another of its figures ("54.2%
                # backing, a turnout of 61.4%" twice): that one is its counterpart
                continue
            if context >= SAME_CONTEXT and unmatched(i, j) == [i] and unmatched(j, i) == [j]:
                # sentences that say the same thing, alike in all their figures of this kind
                # but one each ("a turnout of 61.4%" / "a turnout of 58%"): those two correspond
                sets.union(j, i)
                continue
            if (
                jaccard >= SAME_MEASURE
                or (inter and context >= SAME_CONTEXT)
                or context >= 0.9
                or ((close_money or same_figure) and (inter or context >= 0.5))
                # the same specific count of the same unit ("85 employees", "85 staff")
                or (same_figure and qi.value >= 10 and context >= 0.3)
            ):
                sets.union(j, i)

    groups = []
    for members in sets.groups():
        groups.append(_make_group(story, [items[i] for i in members], rates))
    groups.sort(key=lambda g: (-_RANK[g.label], story.order.get(g.members[0].cite.article, 0), g.members[0].cite.start))
    return tuple(g.model_copy(update={"id": f"ng{n + 1}"}) for n, g in enumerate(groups))


def _says(story: StoryInput, members: list[tuple[str, Quantity]]) -> str:
    """"Northgate Wire and Ellis Post say 1,200 jobs, Meridian Press says 2,100 jobs": each
    figure once, with the sources that give it (a copy repeating its original's figure is
    not listed again)."""
    by_text: dict[str, tuple[str, dict[str, str]]] = {}
    for article, q in members:
        _text, sources = by_text.setdefault(q.text.casefold(), (q.text, {}))
        sources.setdefault(story.roots.get(article, article), article)
    parts = []
    for text, sources in by_text.values():
        names = list(dict.fromkeys(story.outlet(a) for a in sources.values()))
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        parts.append(f"{who} {'says' if len(names) == 1 else 'say'} {text}")
    return ", ".join(parts)


def _same_figure(story: StoryInput, member: tuple[str, Quantity], ref: tuple[str, Quantity], label: str) -> str:
    """"Daily Ledger's C$55 billion is Northgate Wire's C$55.4 billion, rounded"."""
    how = "rounded" if label == "agree_rounding" else "in another currency"
    return f"{story.outlet(member[0])}'s {member[1].text} is {story.outlet(ref[0])}'s {ref[1].text}, {how}"


def _make_group(story: StoryInput, members: list[tuple[str, Quantity]], rates) -> NumberGroup:
    members.sort(key=lambda m: (story.order.get(m[0], 0), m[1].start))
    ref = members[0]
    measures = next((q.measures for _, q in members if q.measures), None) or ref[1].unit or ref[1].kind
    articles = {a for a, _ in members}
    if len(articles) == 1 and len(members) == 1:
        rows = (NumberMember(cite=story.cite(ref[0], ref[1].start, ref[1].end), label="single_source", value=ref[1].value,
                             currency=ref[1].currency, unit=ref[1].unit, measures=ref[1].measures),)
        return NumberGroup(
            id="", kind=ref[1].kind, measures=measures, label="single_source", members=rows,
            reason=f"only {story.outlet(ref[0])} gives this figure",
        )
    labels = [compare_values(story, ref, m, rates) for m in members[1:]]
    rows = tuple(
        NumberMember(
            cite=story.cite(a, q.start, q.end), label=lab, value=q.value, currency=q.currency, unit=q.unit,
            measures=q.measures,
        )
        for (a, q), lab in zip(members, ["agree", *labels])
    )
    # a conversion stated inside the reference article makes the group a conversion group
    worst: NumberLabel = max(labels, key=lambda lab: _RANK[lab]) if labels else "agree"
    if len(articles) == 1:
        worst = "agree_conversion" if worst != "conflict" else worst
    same = list(dict.fromkeys(
        _same_figure(story, m, ref, lab) for m, lab in zip(members[1:], labels) if lab in ("agree_rounding", "agree_conversion")
    ))
    if worst == "agree":
        reason = f"{len(articles)} articles give the same figure ({ref[1].text})"
    elif worst == "conflict":
        reason = "; ".join([f"{_says(story, members)}: the figures conflict", *same])
    else:
        reason = "; ".join(same)
    if worst == "agree_conversion":
        stated = [f"{a}→{b} {r:.3f}" for (a, b), r in rates.items() if a < b]
        reason += f" (rate stated in the text: {', '.join(stated)})" if stated else ""
    if len(articles) == 1 and worst != "agree_conversion":
        worst = "single_source"
    return NumberGroup(id="", kind=ref[1].kind, measures=measures, label=worst, members=rows, reason=reason)
