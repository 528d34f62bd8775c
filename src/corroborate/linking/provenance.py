"""Who published first: the original of a copy or rewrite pair, from evidence.

Signals, each weighed and written out in words:

* **wire outlet** — an article published by a wire agency itself (apnews.com, Reuters) is
  the original of a copy on a newspaper site;
* **credit lines** — the version that carries a copyright line, a wire dateline
  ("LONDON (Reuters) -") or an agency byline is closer to the source than one that has
  none (credits are stripped when copying, rarely added);
* **publish times** — the earlier version is more likely the original;
* **details** — the version that carries names, numbers and words the other lacks (in
  sentences cut from the other, or inside reworded sentences) is more likely the
  original: copies trim more often than they invent specifics.

A pair whose text credits a wire that is not itself one of the two articles gets
``derived_from`` = that wire: the original is the wire's copy, which is neither of the two
(the pair alone cannot tell whether the wire's own article is elsewhere in the corpus).

Only a signal that points one way counts towards the weight the confidence is measured
against: two versions that both carry a credit, or are both from wires, are a balance, and
a balance does not make the signals that do point one way less convincing.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlparse

from corroborate.linking.align import word_diff
from corroborate.linking.text import STOPWORDS, shorten
from corroborate.linking.types import AlignedPair
from corroborate.types import Article, Credit

WIRE_OUTLETS: dict[str, str] = {
    "apnews.com": "Associated Press",
    "ap.org": "Associated Press",
    "associated press": "Associated Press",
    "reuters.com": "Reuters",
    "reuters": "Reuters",
    "afp.com": "Agence France-Presse",
    "afp": "Agence France-Presse",
    "bloomberg.com": "Bloomberg",
    "upi.com": "United Press International",
    "xinhuanet.com": "Xinhua",
    "news.xinhuanet.com": "Xinhua",
    "thecanadianpress.com": "Canadian Press",
    "dpa.com": "dpa",
}

_DETAIL = re.compile(r"\b(?:\d[\d,.]*%?|[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)\b")


def credits_of(article: Article) -> tuple[Credit, ...]:
    """The article's stored credits, or credits found in its text when none were stored."""
    if article.credits:
        return article.credits
    from corroborate.ingest.credits import find_credits

    return find_credits(article.text)


def wire_of_outlet(article: Article) -> str | None:
    for value in (article.outlet, urlparse(article.url).hostname if article.url else None):
        if not value:
            continue
        host = value.casefold().removeprefix("www.")
        if host in WIRE_OUTLETS:
            return WIRE_OUTLETS[host]
        for key, wire in WIRE_OUTLETS.items():
            if "." in key and host.endswith("." + key):
                return wire
    return None


@dataclass(frozen=True)
class Provenance:
    original: str | None
    derived_from: str | None
    confidence: float
    evidence: tuple[str, ...]


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"“”‘’'(\n—–])\s*$")
_ABBREVIATION = re.compile(
    r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sr|Jr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Prof|Rev|Mt|Ft|Co|Inc|Corp|Ltd)\.\s*$"
)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a quotation or a line ("St. Brennan"
    does not)."""
    before = text[max(0, start - 8) : start]
    return _SENTENCE_OPENING.search(before[-3:]) is not None and not _ABBREVIATION.search(before)


def _details(text: str, start: int = 0, end: int | None = None, names: set[str] | None = None) -> list[str]:
    """Numbers and capitalised words of ``text[start:end]``, in text order. With ``names``
    (:func:`_names` of the whole text), a word capitalised only because it opens a sentence
    ("Forecasters expect …") is left out: it is no name unless the text also writes it with
    a capital inside a sentence."""
    out: dict[str, None] = {}
    for m in _DETAIL.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        if word.casefold() in STOPWORDS:
            continue
        if names is not None and word[0].isupper() and word not in names and _opens_sentence(text, m.start()):
            continue
        out[word] = None
    return list(out)


def _names(text: str) -> set[str]:
    """Capitalised words of ``text`` that stand inside a sentence somewhere."""
    return {m.group() for m in _DETAIL.finditer(text) if m.group()[0].isupper() and not _opens_sentence(text, m.start())}


def _without_credits(article: Article) -> str:
    """The article's text with its credits blanked out (same length, so offsets hold)."""
    text = article.text
    for c in credits_of(article):
        start, end = max(0, c.start), min(len(text), c.end)
        if end > start:
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def missing_details(a: Article, b: Article, aligned: list[AlignedPair] | tuple[AlignedPair, ...]) -> tuple[list[str], list[str]]:
    """Specific words (names, numbers) each side carries that the other lacks: from cut and
    added sentences and from word edits inside changed pairs. Returns (only in a, only in b).

    Credit lines are left out: a dropped dateline or copyright line is weighed as a credit,
    and its agency name, date and year are not details of the story."""
    only_a: list[str] = []
    only_b: list[str] = []
    text_a, text_b = _without_credits(a), _without_credits(b)
    names_a, names_b = _names(text_a), _names(text_b)
    a_all = set(_details(text_a))
    b_all = set(_details(text_b))
    for p in aligned:
        if p.op == "cut" and p.a_start is not None:
            only_a += [d for d in _details(text_a, p.a_start, p.a_end, names_a) if d not in b_all]
        elif p.op == "added" and p.b_start is not None:
            only_b += [d for d in _details(text_b, p.b_start, p.b_end, names_b) if d not in a_all]
        elif p.op == "changed":
            for e in word_diff(a.text, b.text, p):
                if e.a_words:
                    only_a += [d for d in _details(text_a, e.a_start, e.a_end, names_a) if d not in b_all]
                if e.b_words:
                    only_b += [d for d in _details(text_b, e.b_start, e.b_end, names_b) if d not in a_all]
    dedup = lambda xs: list(dict.fromkeys(xs))
    return dedup(only_a), dedup(only_b)


def infer_original(
    a: Article, b: Article, aligned: list[AlignedPair] | tuple[AlignedPair, ...], label_a: str = "A", label_b: str = "B"
) -> Provenance:
    """Weigh the evidence on which of ``a`` and ``b`` is the original."""
    score = 0.0  # > 0: a is the original; < 0: b is
    weight = 0.0
    evidence: list[str] = []

    ca = [c for c in credits_of(a) if c.kind in ("copyright", "dateline", "byline_agency", "contributed")]
    cb = [c for c in credits_of(b) if c.kind in ("copyright", "dateline", "byline_agency", "contributed")]
    agencies = list(dict.fromkeys(c.agency for c in ca + cb if c.agency))
    wa = wire_of_outlet(a) or next((w for w in agencies if same_organisation(a.outlet, w)), None)
    wb = wire_of_outlet(b) or next((w for w in agencies if same_organisation(b.outlet, w)), None)
    balanced = False  # a signal seen on both sides alike (no direction, no weight)
    if wa and not wb:
        score += 3.0
        weight += 3.0
        evidence.append(f"{label_a} is published by the wire {wa} ({a.outlet or a.url}); {label_b} is not")
    elif wb and not wa:
        score -= 3.0
        weight += 3.0
        evidence.append(f"{label_b} is published by the wire {wb} ({b.outlet or b.url}); {label_a} is not")
    elif wa and wb:
        balanced = True

    # A credit naming a third party (a wire that is neither article's outlet) says where
    # the text comes from: both versions derive from that wire, neither is the original.
    third = [w for w in agencies if w not in {wa, wb}]
    derived = None
    if third and not (wa or wb):
        derived = third[0]
        who = [lab for lab, cs in ((label_a, ca), (label_b, cb)) if any(c.agency == derived for c in cs)]
        credit = next(c for c in ca + cb if c.agency == derived)
        evidence.append(
            f"{' and '.join(who)} credit{'s' if len(who) == 1 else ''} {derived} ('{shorten(credit.text, 60)}'), "
            f"which publishes neither {label_a} nor {label_b}: both derive from {derived}"
        )
    elif ca and not cb:
        score += 2.0
        weight += 2.0
        evidence.append(f"{label_a} carries '{shorten(ca[0].text, 60)}'; {label_b} has no credit")
    elif cb and not ca:
        score -= 2.0
        weight += 2.0
        evidence.append(f"{label_b} carries '{shorten(cb[0].text, 60)}'; {label_a} has no credit")
    elif ca and cb:
        balanced = True
        evidence.append(f"both carry credits: '{shorten(ca[0].text, 60)}' and '{shorten(cb[0].text, 60)}'")

    ta, tb = _utc(a.published_dt), _utc(b.published_dt)
    if ta is not None and tb is not None:
        delta = (tb - ta).total_seconds()
        if abs(delta) >= 60:
            first, later = (label_a, label_b) if delta > 0 else (label_b, label_a)
            strength = min(1.5, 0.5 + abs(delta) / 3600.0)
            score += strength if delta > 0 else -strength
            weight += 1.5
            evidence.append(f"{first} was published {_gap(abs(delta))} before {later}")
        else:
            balanced = True
            evidence.append(f"{label_a} and {label_b} were published within a minute of each other")

    only_a, only_b = missing_details(a, b, aligned)
    if only_a or only_b:
        diff = len(only_a) - len(only_b)
        if diff:
            strength = min(1.5, 0.25 * abs(diff))
            score += strength if diff > 0 else -strength
            weight += 1.5
        else:
            balanced = True
        parts = []
        if only_a:
            parts.append(f"{label_b} omits " + ", ".join(f"'{d}'" for d in only_a[:6]) + ("…" if len(only_a) > 6 else ""))
        if only_b:
            parts.append(f"{label_a} omits " + ", ".join(f"'{d}'" for d in only_b[:6]) + ("…" if len(only_b) > 6 else ""))
        evidence.append("; ".join(parts))

    original = None
    confidence = 0.0
    if derived is not None:
        evidence.append(f"original: {derived}'s own copy, not {label_a} or {label_b}")
    elif score != 0.0:
        original = a.id if score > 0 else b.id
        # Agreement of the signals that point one way (|score| against what they weighed),
        # damped when little was weighed.
        confidence = round(min(0.99, (abs(score) / max(weight, 1e-9)) * (1 - math.exp(-abs(score) / 1.5))), 2)
    elif weight or balanced:
        evidence.append("the signals balance out: no original inferred")
    else:
        evidence.append("no evidence on which came first")

    return Provenance(original, derived, confidence, tuple(evidence))


def _org_key(name: str) -> str:
    name = name.casefold().removeprefix("www.")
    name = re.sub(r"\.(example|com|org|net|co\.uk|co|news)$", "", name)
    return re.sub(r"[^a-z0-9]+", " ", name).strip()


def same_organisation(outlet: str | None, agency: str | None) -> bool:
    """Whether an outlet ("Northgate Wire", "mpa-wire.example", "meridianpress.example") is
    the credited agency ("Northgate Wire", "MPA", "Meridian Press", "Meridian Press
    Agency"): same name (a domain may run its words together, and leave out "Agency"), one
    name inside the other, or the agency is the outlet's acronym."""
    if not outlet or not agency:
        return False
    o, g = _org_key(outlet), _org_key(agency)
    if not o or not g:
        return False
    # "Meridian Press Agency" is "meridianpress.example" without the word "agency"
    bare = re.sub(r"(?: (?:news )?agency| ltd| inc| limited)+$", "", g)
    if o.replace(" ", "") in (g.replace(" ", ""), bare.replace(" ", "")):
        return True
    if o == g or re.search(rf"\b{re.escape(g)}\b", o) or re.search(rf"\b{re.escape(o)}\b", g):
        return True
    initials = "".join(w[0] for w in o.split() if w not in {"the", "of", "and"})
    return len(g) >= 2 and g.replace(" ", "") == initials


def same_agency(a: str, b: str) -> bool:
    """Whether two agency names name one agency: the same words (less "The", "Agency",
    "Ltd"), or one is the other's acronym ("MPA", "Meridian Press Agency"). Stricter than
    :func:`same_organisation`: "Associated Press" inside "Australian Associated Press" is
    another agency."""
    keys = [_org_key(n).removeprefix("the ") for n in (a, b)]
    bare = [re.sub(r"(?: (?:news )?agency| ltd| inc| limited)+$", "", k).replace(" ", "") for k in keys]
    if not all(bare):
        return False
    if bare[0] == bare[1]:
        return True
    initials = ["".join(w[0] for w in k.split() if w not in {"of", "and"}) for k in keys]
    return (" " not in keys[0] and keys[0] == initials[1]) or (" " not in keys[1] and keys[1] == initials[0])


def _utc(dt: datetime | None) -> datetime | None:
    """A publish time as UTC; a time without an offset is read as UTC, as publish order and
    story assignment read it (:func:`corroborate.linking.stories.article_time`)."""
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _gap(seconds: float) -> str:
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 86400 * 2:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.0f} days"
