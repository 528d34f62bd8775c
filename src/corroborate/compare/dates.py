"""Dates across the sources of one story: do they agree on when it happened?

Two date mentions of two articles date the same event when they sit in sentences that make
the same statement: the sentences are alike in meaning (sentence embeddings, as for
figures) and share a content word near the date ("closed", "cracks"), or are alike enough
on their own. Between two articles each mention is paired with at most one other, the best
first, so that a story's two events (a storm on Monday, a vote on Thursday) stay apart even
where their sentences look alike. Labels:

* ``agree`` — the dates of two or more independent sources are the same, or one holds the
  other (March 2026 and 2026-03-04; last week and Tuesday);
* ``conflict`` — two comparable dates name different days, months or years;
* ``unresolved`` — only dates that cannot be placed stand against the first (a relative
  date in an article with no publish time: "yesterday");
* ``single_source`` — one source gives the date; its copies and rewrites repeating it
  make no second source (an edited copy that changes it is still a conflict).

A date the analysis could not resolve is still compared where its words allow: an
unresolved "Wednesday" names a weekday, comparable with another weekday and with a resolved
day; an unresolved "March 6" with a resolved 2026-03-06.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

import numpy as np

from corroborate.analysis.types import DateMention
from corroborate.compare.context import StoryInput
from corroborate.compare.numbers import content_words
from corroborate.compare.types import DateGroup, DateLabel, DateMember
from corroborate.groups import DisjointSets

SAME_STATEMENT = 0.7
"""Sentence-embedding similarity from which two dated sentences that share a content word
near their dates make the same statement. Paraphrases of one statement with two dates score
0.74–0.90 with the bundled embedder; two events of one story, 0.05–0.3."""
SAME_SENTENCE = 0.85
"""Similarity from which two dated sentences make the same statement with no shared word."""
CONFLICT_WORDS = 2
"""Content words near both dates from which two sentences alike from :data:`SAME_STATEMENT`
(not :data:`SAME_SENTENCE`) may be said to date one statement differently."""
NEAR_WIDTH = 5

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    )
}
_MODIFIERS = r"(?:(?:on|last|this|next|coming|past|early|late|on the)\s+)*"
_WEEKDAY_TEXT = re.compile(rf"^{_MODIFIERS}({'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?$", re.IGNORECASE)
_MONTH_DAY_TEXT = re.compile(
    rf"^(?:on\s+)?(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?(?:({'|'.join(MONTHS)})\.?\s+(\d{{1,2}})|(\d{{1,2}})\s+({'|'.join(MONTHS)}))(?:st|nd|rd|th)?$",
    re.IGNORECASE,
)
_PLAIN_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'’ -]+,\s*$")
"""The text before a date that makes it a dateline's ("PORT ELLIS, March 6 — ")."""
_TRAILING = {"on", "in", "at", "by", "since", "from", "until", "till", "during", "of", "for", "the", "last", "this", "next",
             "early", "late", "as", "and", "or", "before", "after"}
_NOT_NEAR = {
    "said", "says", "say", "told", "added", "according", "stated", "reported", "announced",
    "last", "next", "this", "coming", "past", "yesterday", "today", "tomorrow", "week", "month", "year", "morning",
    "afternoon", "evening", "night", "early", "late", "ago", "earlier", "later", "day",
    "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "it", "they", "he", "she", "we", "which", "who", "when", "after", "before", "not", "also", "as",
    "but", "if", "then", "there", "while",
}

Verdict = Literal["agree", "conflict"]


@dataclass(frozen=True)
class Reading:
    """What one date mention says, as far as it can be compared."""

    lo: date | None = None
    hi: date | None = None
    """First and last day of the resolved date (a day, a month, a year or a span)."""
    span: bool = False
    """A span of dates ("March 3 to 14", "last week"), not one day, month or year."""
    weekday: int | None = None
    month_day: tuple[int, int] | None = None
    relative_weekday: bool = False
    """The mention names a weekday relative to the publish time ("on Tuesday")."""

    @property
    def grain(self) -> str:
        if self.lo is None or self.hi is None:
            return "weekday" if self.weekday is not None else "day"
        if self.span:
            return "span"
        if self.lo == self.hi:
            return "day"
        if self.lo.month == self.hi.month and self.lo.year == self.hi.year:
            return "month"
        return "year"


def _bounds(part: str) -> tuple[date, date] | None:
    try:
        if re.fullmatch(r"\d{4}", part):
            year = int(part)
            return date(year, 1, 1), date(year, 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", part):
            year, month = int(part[:4]), int(part[5:])
            first = date(year, month, 1)
            nxt = date(year + (month == 12), month % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", part):
            day = date.fromisoformat(part)
            return day, day
    except ValueError:
        return None
    return None


def read(mention: DateMention) -> Reading | None:
    """The comparable content of a date mention, or None when nothing in it can be
    compared (an unresolved "yesterday", "earlier this season")."""
    text = re.sub(r"\s+", " ", mention.text.strip())
    named = _WEEKDAY_TEXT.match(text)
    weekday = WEEKDAYS.index(named.group(1).casefold()) if named else None
    if mention.resolved:
        parts = [_bounds(p) for p in mention.resolved.split("/")]
        if parts and all(parts):
            lo, hi = parts[0][0], parts[-1][1]  # type: ignore[index]
            if lo <= hi:
                if lo == hi:
                    weekday = lo.weekday()
                if re.search(r"\bago\b", text, re.IGNORECASE) and mention.granularity in ("year", "month"):
                    # "42 years ago" in January may be 43 years ago: a year (month) either way
                    lo = date(lo.year - 1, 1, 1) if mention.granularity == "year" else (lo.replace(day=1) - timedelta(days=1)).replace(day=1)
                return Reading(lo=lo, hi=hi, span=len(parts) > 1, weekday=weekday,
                               month_day=(lo.month, lo.day) if lo == hi else None,
                               relative_weekday=named is not None and mention.relative)
    if weekday is not None:
        return Reading(weekday=weekday, relative_weekday=True)
    md = _MONTH_DAY_TEXT.match(text)
    if md:
        month = MONTHS[(md.group(1) or md.group(4)).casefold()]
        day = int(md.group(2) or md.group(3))
        if 1 <= day <= 31:
            return Reading(month_day=(month, day))
    return None


def compare(a: Reading | None, b: Reading | None) -> Verdict | None:
    """``agree``, ``conflict``, or None when the two cannot be compared."""
    if a is None or b is None:
        return None
    if a.relative_weekday and b.relative_weekday and a.weekday == b.weekday:
        # "on Tuesday" and "Tuesday": the same day named; a week between their resolutions
        # comes from the publish times, not from the sources
        return "agree"
    if a.lo and a.hi and b.lo and b.hi:
        # periods that overlap may both be true ("earlier this month", "last week"); a
        # coarser date that holds a finer one agrees with it (March 2026, 2026-03-20)
        return "agree" if a.lo <= b.hi and b.lo <= a.hi else "conflict"
    if a.weekday is not None and b.weekday is not None:
        return "agree" if a.weekday == b.weekday else "conflict"
    if a.month_day is not None and b.month_day is not None:
        return "agree" if a.month_day == b.month_day else "conflict"
    return None


@dataclass(frozen=True)
class _Item:
    article: str
    mention: DateMention
    sentence: tuple[int, int]
    near: frozenset[str]
    reading: Reading | None
    outlet: str | None = None
    published: date | None = None
    saying: bool = False
    """The date is when something was said ("said on Thursday that …", "on Wednesday
    confirmed"), not when the event happened."""
    others: tuple[Reading, ...] = ()
    """The other dates of its sentence."""


_SAYING = r"(?:said|says|told|announced|confirmed|reported|stated|added|declared|disclosed|revealed|denied|warned|tweeted|wrote)"
_SAYING_BEFORE = re.compile(rf"\b{_SAYING}\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
_SAYING_AFTER = re.compile(rf"^\s*,?\s*{_SAYING}\b", re.IGNORECASE)
SAME_OCCASION_DAYS = 7
"""Relative dates ("on Tuesday", "next month") of two articles published further apart than
this are taken to speak of two occasions (the council meets every week), never compared."""


def verdict(a: _Item, b: _Item) -> Verdict | None:
    """``agree``, ``conflict``, or None when two date mentions cannot be compared as the
    sources' dates of one event. A disagreement is no conflict when either date is one of
    saying (two announcements), when one outlet wrote both (an update), when the other
    sentence gives this very date too (its counterpart), or when a relative date stands in
    articles published weeks apart. The same relative words ("next month",
    "next month") agree: the sources say the same, only their publish times differ."""
    if a.mention.relative and b.mention.relative and _norm(a.mention.text) == _norm(b.mention.text):
        return "agree"
    found = compare(a.reading, b.reading)
    if found != "conflict":
        return found
    if a.saying or b.saying or (a.outlet is not None and a.outlet == b.outlet):
        return None
    if any(compare(b.reading, r) == "agree" for r in a.others) or any(compare(a.reading, r) == "agree" for r in b.others):
        return None  # the other sentence's date is this one's counterpart ("in 1908 … in 1945" / "in 1945")
    if (a.mention.relative or b.mention.relative) and a.published and b.published and abs(
        (a.published - b.published).days
    ) > SAME_OCCASION_DAYS:
        return None
    return "conflict"


def _norm(text: str) -> str:
    return re.sub(r"^(?:on|in|at|by|the)\s+", "", re.sub(r"\s+", " ", text.strip().casefold()))


def _published(article) -> date | None:
    try:
        return datetime.fromisoformat(article.published).date() if article.published else None
    except ValueError:
        return None


def near_words(text: str, mention: DateMention, sentence: tuple[int, int], width: int = NEAR_WIDTH) -> frozenset[str]:
    """Lower-case content words within ``width`` words of the date, in its sentence: what
    happened then ("closed", "cracks"). Names, words of saying and of time are left out."""
    lo, hi = sentence
    before = re.findall(r"[\w'-]+", text[lo : mention.start])[-width:]
    after = re.findall(r"[\w'-]+", text[mention.end : hi])[:width]
    words = content_words(" ".join(w for w in before + after if w[:1].islower()))
    return frozenset(w for w in words if w not in _NOT_NEAR)


def _in_dateline(story: StoryInput, article_id: str, mention: DateMention, sentence: tuple[int, int]) -> bool:
    """A date of a credit line ("© 2026", "PORT ELLIS, March 6 (Northgate Wire) -") or of a
    plain dateline ("PORT ELLIS, March 6 —") dates the filing, not an event."""
    article = story.by_id[article_id]
    if any(c.start <= mention.start < c.end for c in article.credits):
        return True
    return bool(_PLAIN_DATELINE.match(article.text[sentence[0] : mention.start]))


def _items(story: StoryInput) -> list[_Item]:
    items = []
    for article in story.articles:
        analysis = story.analyses.get(article.id)
        if analysis is None:
            continue
        for mention in analysis.dates:
            if mention.sentence is None or mention.sentence >= len(analysis.sentences):
                continue
            if mention.granularity == "time" and not mention.resolved:
                continue  # a clock time ("at 3 p.m."): no date
            reading = read(mention)
            if reading is None and not mention.relative:
                continue  # a decade, a period of no fixed date: nothing a source could contradict
            sent = analysis.sentences[mention.sentence]
            span = (sent.start, sent.end)
            if _in_dateline(story, article.id, mention, span):
                continue
            before, after = article.text[sent.start : mention.start], article.text[mention.end : sent.end]
            if len(content_words(before + " " + after)) < 2:
                continue  # a line that is only a date ("Nov. 2, 2016"): it dates nothing
            others = tuple(
                r for d in analysis.dates
                if d.sentence == mention.sentence and d.start != mention.start and (r := read(d)) is not None
            )
            items.append(_Item(
                article.id, mention, span, near_words(article.text, mention, span), reading,
                outlet=article.outlet.casefold() if article.outlet else None, published=_published(article),
                saying=bool(_SAYING_BEFORE.search(before) or _SAYING_AFTER.match(after)), others=others,
            ))
    return items


def _pair_score(a: _Item, b: _Item, similarity: float) -> float | None:
    """How well two mentions of two articles correspond, or None when their sentences do
    not make the same statement. Two dates that disagree need more: sentences alike on
    their own, or :data:`CONFLICT_WORDS` shared words near the dates ("began negotiating a
    trade agreement in 2021" does not restate "began two days of negotiations … on Thursday
    on a trade and port agreement", though the two share a word and look alike)."""
    if a.article == b.article:
        return None  # an article's own dates are not paired with each other
    shared = a.near & b.near
    if similarity < SAME_STATEMENT or (not shared and similarity < SAME_SENTENCE):
        return None
    found = verdict(a, b)
    if found == "conflict" and similarity < SAME_SENTENCE and len(shared) < CONFLICT_WORDS:
        return None
    union = a.near | b.near
    score = similarity + 0.3 * (len(shared) / len(union) if union else 0.0)
    if found == "agree":
        score += 0.2  # two dates of one sentence: the equal ones correspond
    return score


def group_dates(story: StoryInput, embed=None) -> tuple[DateGroup, ...]:
    """Group the date mentions of a story's articles by the statement they date and label
    each group (pure). ``embed(texts)`` returns unit sentence vectors; without it only
    sentences that share words near their dates are compared (word overlap stands in)."""
    items = _items(story)
    if not items:
        return ()
    texts = [story.by_id[it.article].text[it.sentence[0] : it.sentence[1]] for it in items]
    if embed is not None:
        vectors = np.asarray(embed(texts), dtype=np.float32)
        sims = vectors @ vectors.T
    else:
        sims = np.array([[_word_overlap(x, y) for y in texts] for x in texts], dtype=np.float32)
    candidates: list[tuple[float, int, int]] = []
    for i, j in zip(*np.nonzero(np.triu(sims >= SAME_STATEMENT, k=1)), strict=True):
        score = _pair_score(items[i], items[j], float(sims[i, j]))
        if score is not None:
            candidates.append((score, int(i), int(j)))

    def may_conflict(a: int, b: int) -> bool:
        """Two dates that disagree are a conflict only when their own sentences make the
        same statement on the stricter test, not through a third date both resemble."""
        return _pair_score(items[a], items[b], float(sims[a, b])) is not None

    sets = DisjointSets(range(len(items)))
    members: dict[int, list[int]] = {k: [k] for k in range(len(items))}
    used: set[tuple[int, str]] = set()
    # one-to-one between two articles, the best corresponding pair first
    for _score, i, j in sorted(candidates, key=lambda p: (-p[0], p[1], p[2])):
        if (i, items[j].article) in used or (j, items[i].article) in used:
            continue
        ri, rj = sets.find(i), sets.find(j)
        if ri != rj:
            if any(
                verdict(items[a], items[b]) == "conflict" and not may_conflict(a, b)
                for a in members[ri] for b in members[rj]
            ):
                continue
            sets.union(j, i)
            members[sets.find(i)] = members.pop(ri) + members.pop(rj)
        # taken even when already joined through others: neither is paired again with the
        # other's article (the Tuesday of a sentence with its Tuesday, not its Dec. 23)
        used.update(((i, items[j].article), (j, items[i].article)))
    groups = [_make_group(story, [items[k] for k in group]) for group in sets.groups()]
    rank = {"conflict": 0, "agree": 1, "unresolved": 2, "single_source": 3}
    groups.sort(key=lambda g: (rank[g.label], story.order.get(g.members[0].cite.article, 0), g.members[0].cite.start))
    return tuple(g.model_copy(update={"id": f"dg{n + 1}"}) for n, g in enumerate(groups))


def _word_overlap(a: str, b: str) -> float:
    wa, wb = content_words(a), content_words(b)
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def statement(text: str, sentence: tuple[int, int], mention: DateMention, max_words: int = 10) -> str:
    """What a date dates, in the words of its sentence: the words before it ("The Harbour
    Bridge closed" of "The Harbour Bridge closed on Tuesday"), or after it when it opens
    the sentence ("On Tuesday, the bridge closed")."""
    before = re.findall(r"[\w'’$€£%.,-]+", text[sentence[0] : mention.start])
    while before and before[-1].strip(",.").casefold() in _TRAILING:
        before.pop()
    words = before[-max_words:]
    if len(words) < 3:
        words = re.findall(r"[\w'’$€£%.,-]+", text[mention.end : sentence[1]])[:max_words]
    return " ".join(words).strip(" ,.;:-—")


def _value(m: DateMember) -> str:
    words = m.cite.text
    if m.resolved and m.resolved != words.strip():
        return f"{words} ({m.resolved})"
    return words


def _cannot_place(story: StoryInput, m: DateMember) -> str:
    why = "no publish time" if not story.by_id[m.cite.article].published else "the analysis could not resolve it"
    return f"{story.outlet(m.cite.article)} says {m.cite.text}, which cannot be placed ({why})"


def _make_group(story: StoryInput, items: list[_Item]) -> DateGroup:
    items.sort(key=lambda it: (story.order.get(it.article, 0), it.mention.start))
    ref = next((k for k, it in enumerate(items) if it.reading is not None), None)
    labels: list[DateLabel] = []
    for k, it in enumerate(items):
        if it.reading is None:
            labels.append("unresolved")  # cannot be placed, so compared with none
            continue
        found = verdict(items[ref], it) if ref is not None and k != ref else None
        if found is None:
            # the reference itself, or a date it cannot be compared with: against the others
            others = [verdict(it, other) for n, other in enumerate(items) if n != k]
            found = "conflict" if k != ref and "conflict" in others else "agree"
        labels.append(found)
    if len(items) == 1:
        labels = ["single_source"]
    members = tuple(
        DateMember(
            cite=story.cite(it.article, it.mention.start, it.mention.end),
            sentence=story.cite(it.article, *it.sentence),
            label=label,
            resolved=it.mention.resolved,
            granularity=it.mention.granularity,
            weekday=WEEKDAYS[it.reading.weekday] if it.reading and it.reading.weekday is not None else None,
        )
        for it, label in zip(items, labels, strict=True)
    )
    first = items[0]
    what = statement(story.by_id[first.article].text, first.sentence, first.mention)
    about = f" for '{what}'" if what else ""
    conflict = any(verdict(a, b) == "conflict" for n, a in enumerate(items) for b in items[n + 1 :])
    articles = list(dict.fromkeys(it.article for it in items))
    sources = story.independent(articles)
    agreeing = [m.cite.article for m, it in zip(members, items, strict=True)
                if m.label == "agree" and any(verdict(it, other) == "agree" for other in items if other is not it)]
    unplaced = [_cannot_place(story, m) for m in members if m.label == "unresolved"]
    tail = ("; " + "; ".join(unplaced)) if unplaced else ""
    if conflict:
        label: DateLabel = "conflict"
        reason = _says(story, members, items) + about + tail
    elif len(articles) == 1 or len(sources) == 1:
        label = "single_source"
        head = members[0]
        reason = f"only {story.outlet(head.cite.article)} gives this date: {_value(head)}{about}"
        others = [story.outlet(a) for a in articles[1:]]
        if others:
            reason += f" ({', '.join(dict.fromkeys(others))} {'has' if len(others) == 1 else 'have'} it from the same original)"
    elif len(story.independent(agreeing)) >= 2:
        label = "agree"
        reason = f"{len(story.independent(agreeing))} independent sources agree{about}: " + _says(story, members, items) + _coarser(story, members, items) + tail
    else:
        label = "unresolved"
        placed = [m for m in members if m.label != "unresolved"]
        reason = (f"{story.outlet(placed[0].cite.article)} says {_value(placed[0])}{about}" if placed else what) + (
            tail or "; the other dates cannot be set against it (a date of saying, one outlet's update, or an article weeks apart)"
        )
    return DateGroup(id="", statement=what, label=label, members=members, reason=reason)


def _says(story: StoryInput, members, items: list[_Item]) -> str:
    """"Harbour Daily says Tuesday (2026-03-03), Coast Wire says Wednesday (2026-03-04)":
    each source's date once (a copy repeating its original's date is not listed again)."""
    seen: set[tuple[str, str]] = set()
    parts = []
    for m, it in zip(members, items, strict=True):
        if m.label == "unresolved":
            continue
        key = (story.roots.get(it.article, it.article), (it.mention.resolved or it.mention.text).casefold())
        if key in seen:
            continue
        seen.add(key)
        value = _value(m) if it.mention.resolved else f"{m.cite.text} ({'no publish time to date it' if not story.by_id[it.article].published else 'not dated'})"
        parts.append(f"{story.outlet(it.article)} says {value}")
    return ", ".join(parts)


def _coarser(story: StoryInput, members, items: list[_Item]) -> str:
    """Which agreeing dates are coarser than the finest ("Coast Wire gives only the month")."""
    grains = {"day": 0, "weekday": 0, "span": 1, "month": 2, "year": 3}
    placed = [(m, it) for m, it in zip(members, items, strict=True) if it.reading is not None and m.label == "agree"]
    if not placed:
        return ""
    finest = min(grains[it.reading.grain] for _, it in placed)  # type: ignore[union-attr]
    notes = [
        f"{story.outlet(it.article)} gives only the {it.reading.grain}"  # type: ignore[union-attr]
        for _, it in placed
        if grains[it.reading.grain] > finest and it.reading.grain in ("month", "year")  # type: ignore[union-attr]
    ]
    return (" (" + "; ".join(dict.fromkeys(notes)) + ", which holds the other dates)") if notes else ""
