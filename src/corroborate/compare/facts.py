"""Facts: sentences across a story's articles that state the same thing, and how many
independent outlets stand behind each.

Sentences are taken in publish order; each joins the fact whose first sentence (its
*leader*) it is most similar to — cosine of all-MiniLM-L6-v2 embeddings at least
:data:`SAME_FACT` — or starts a new fact. A fact holds at most one sentence per article,
and every supporting sentence is similar to the fact's text (the leader) by construction:
that is what lets a brief cite every supporting article and only those. A sentence is
compared without the dateline that opens it ("KESSMOUTH, May 4 (Meridian Press Agency) —"):
a wire's lead and a rewrite's lead, which drops the dateline, state the same thing, and the
dateline's date is no number of the statement.

A copy's or rewrite's sentence that the alignment of the pair
(:mod:`corroborate.compare.counterparts`) pairs with a sentence of the article it copies, or
put in its place, restates that sentence's fact however far apart the wording
(:attr:`Fact.echoes`, as with other numbers) when it is not similar enough to be cited for
it: the brief states the two once, and a rewrite's rewording is never "reported by one outlet
only" beside the original's statement of it. (Joining it to the fact would cite the rewrite
for words it does not state closely enough: benchmarks/briefs.py checks every citation.)
"""

from __future__ import annotations

import math
import re

import numpy as np

from corroborate.compare.context import StoryInput
from corroborate.compare.counterparts import counterparts, overlapping
from corroborate.compare.dates import MONTHS, WEEKDAYS
from corroborate.compare.types import Cite, Fact
from corroborate.groups import DisjointSets

SAME_FACT = 0.80
"""Cosine similarity from which two sentences state the same fact, when the numbers both
give agree (:func:`details_agree`). Chosen on MSRP train (../shared/data/paraphrase), whose
negatives often differ only in a number or a detail: with number agreement, pairs at or
above 0.80 are paraphrases with precision 0.85 (recall 0.60); precision rises only slowly
above (0.86 at 0.82, 0.89 at 0.88) while recall falls fast. `python benchmarks/briefs.py
--threshold` prints the curve."""
MIN_WORDS = 6
_NUM = re.compile(r"\d+(?:[.,]\d+)*")


# named days and months as written (capitalised: "may" is a verb, so "May" only before a day)
_NAMED_DAY = re.compile(
    r"\b(?:"
    + "|".join(name.capitalize() for name in (*WEEKDAYS, *MONTHS) if name != "may")
    + r"|May(?= \d))\b"
)


def details_agree(a: str, b: str) -> bool:
    """Two statements of one fact may not give different numbers ("1,200 jobs" is not a
    restatement of "2,100 jobs") or name different days or months ("closed on Tuesday" is
    not "closed on Wednesday": that is a difference in dates); a sentence without numbers,
    or without named days, agrees with any, and so does a sentence naming fewer of the same
    days ("on Tuesday" / "on Tuesday, March 3")."""
    na, nb = set(_NUM.findall(a)), set(_NUM.findall(b))
    if na and nb and na != nb:
        return False
    da, db = set(_NAMED_DAY.findall(a)), set(_NAMED_DAY.findall(b))
    return da <= db or db <= da

_CREDIT_LINE = re.compile(r"^\s*(?:©|\(c\)|copyright|reporting by|editing by|writing by|photo)", re.IGNORECASE)


def story_sentences(story: StoryInput) -> list[tuple[str, int, int, str]]:
    """(article id, start, end, text) of every sentence worth comparing, in story order."""
    out = []
    for article in story.articles:
        analysis = story.analyses.get(article.id)
        if analysis is None:
            continue
        credit_spans = [(c.start, c.end) for c in article.credits if c.kind != "dateline"]
        for sent in analysis.sentences:
            text = article.text[sent.start : sent.end].strip()
            if len(text.split()) < MIN_WORDS or _CREDIT_LINE.match(text):
                continue
            if any(s < sent.end and sent.start < e for s, e in credit_spans):
                continue  # a copyright line, a photo caption or gallery, a reporting credit
            out.append((article.id, sent.start, sent.end, text))
    return out


# A dateline without an agency: "OTTAWA - ", "PORT ELLIS, March 6 — ". At most three words
# in capitals ("SALT LAKE CITY"), maybe a region or a date (", West Bank", ", March 6"),
# then a sentence that starts with a capital or a quotation mark ("INSIGHTS PRELIMS TEST
# SERIES – 2018 …" is no dateline).
PLAIN_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
    r"\s*[-—–]+\s+(?=[A-Z“\"‘'])"
)


def statement_start(article, start: int, end: int) -> int:
    """Where the statement of the sentence ``[start, end)`` of ``article`` begins: after the
    dateline that may open it (a wire credit, or a plain "OTTAWA -")."""
    for credit in article.credits:
        if credit.kind == "dateline" and credit.start <= start + 2 and start < credit.end < end:
            start = credit.end
            while start < end and article.text[start] in " \t-—–:":
                start += 1
            return start
    match = PLAIN_DATELINE.match(article.text[start:end])
    if match and start + match.end() < end:
        return start + match.end()
    return start


def statement(story: StoryInput, article_id: str, start: int, end: int) -> str:
    """What the sentence ``[start, end)`` of an article states: its text without the
    dateline that may open it."""
    article = story.by_id[article_id]
    return article.text[statement_start(article, start, end) : end].strip(" \t\n-—–:")


def _counterparts(story: StoryInput, sentences, embed) -> list[tuple[int, int]]:
    """(i, j) indices of the sentences the alignment of a copy or rewrite pair pairs, or
    that one put in place of the other."""
    spans: dict[str, list[tuple[int, int]]] = {}
    index: dict[str, list[int]] = {}
    for i, (article, start, end, _text) in enumerate(sentences):
        spans.setdefault(article, []).append((start, end))
        index.setdefault(article, []).append(i)
    out: list[tuple[int, int]] = []
    for c in counterparts(story, embed):
        if c.a not in spans or c.b not in spans:
            continue
        na, nb = overlapping(spans[c.a], c.a_span), overlapping(spans[c.b], c.b_span)
        if na is not None and nb is not None:
            out.append((index[c.a][na], index[c.b][nb]))
    return out


def align_facts(story: StoryInput, embed) -> tuple[Fact, ...]:
    sentences = story_sentences(story)
    if not sentences:
        return ()
    statements = [statement(story, a, s, e) or t for a, s, e, t in sentences]
    vectors = np.asarray(embed(statements), dtype=np.float32)
    paired = _counterparts(story, sentences, embed)
    centroid = vectors.mean(axis=0)
    norm = float(np.linalg.norm(centroid)) or 1.0
    centroid = centroid / norm

    leaders: list[int] = []  # index into sentences of each fact's leader
    members: list[dict[str, int]] = []  # per fact: article id -> sentence index
    fact_of: dict[int, int] = {}  # sentence index -> its fact
    leader_matrix = np.zeros((0, vectors.shape[1]), dtype=np.float32)
    for i, (article, _s, _e, _t) in enumerate(sentences):
        best = -1
        if leaders:
            sims = leader_matrix @ vectors[i]
            for f in np.argsort(-sims):
                if sims[f] < SAME_FACT:
                    break
                if article not in members[f] and details_agree(statements[leaders[f]], statements[i]):
                    best = int(f)
                    break
        if best >= 0:
            members[best][article] = i
            fact_of[i] = best
        else:
            fact_of[i] = len(leaders)
            leaders.append(i)
            members.append({article: i})
            leader_matrix = np.vstack([leader_matrix, vectors[i][None, :]])

    # Facts that restate an earlier fact with other numbers ("C$55.4 billion" / "about C$55
    # billion", "1,200 jobs" / "2,100 jobs") or other named days: as similar as one fact, kept
    # apart only because those differ. A brief states one of them; the numbers and dates
    # tables show the difference.
    # A copy's or rewrite's sentence that stayed out of the fact of its counterpart (reworded
    # far, other numbers, or replaced in place) restates that fact.
    echoed: list[set[int]] = [set() for _ in leaders]
    if leaders:
        leader_sims = leader_matrix @ leader_matrix.T
        for n in range(len(leaders)):
            echoed[n].update(m for m in range(n) if leader_sims[n, m] >= SAME_FACT)
    for i, j in paired:
        if fact_of[i] != fact_of[j]:
            echoed[max(fact_of[i], fact_of[j])].add(min(fact_of[i], fact_of[j]))
    echoes = [tuple(f"f{m + 1}" for m in sorted(e)) for e in echoed]

    facts: list[Fact] = []
    first_position: dict[str, int] = {}
    position = {}
    for i, (article, *_rest) in enumerate(sentences):
        first_position.setdefault(article, i)
        position[i] = i - first_position[article]
    for n, (leader, support) in enumerate(zip(leaders, members)):
        _article, _start, _end, text = sentences[leader]
        cites = tuple(story.cite(a, sentences[i][1], sentences[i][2]) for a, i in support.items())
        independent = story.independent(support.keys())
        lead_bonus = 1.0 / (1.0 + 0.15 * min(position[i] for i in support.values()))
        centrality = float(vectors[leader] @ centroid) * lead_bonus * (1.0 + math.log1p(len(independent)))
        facts.append(
            Fact(
                id=f"f{n + 1}",
                text=text,
                support=cites,
                independent_outlets=independent,
                independent_count=len(independent),
                centrality=round(centrality, 4),
                echoes=echoes[n],
            )
        )
    return tuple(facts)


def restatement_groups(facts: tuple[Fact, ...] | list[Fact]) -> list[list[Fact]]:
    """Facts joined through :attr:`Fact.echoes` (the same statement with other numbers),
    in the order of their first fact."""
    by_id = {f.id: f for f in facts}
    sets = DisjointSets(by_id)
    for fact in facts:
        for other in fact.echoes:
            if other in sets:
                sets.union(fact.id, other)
    return [[by_id[i] for i in group] for group in sets.groups()]


def representative(group: list[Fact], order: dict[str, int]) -> Fact:
    """The version of a restated fact to show: the one most articles support, then the
    earliest published."""
    return min(group, key=lambda f: (-len(f.support), order.get(f.support[0].article, 0), f.support[0].start))


def single_outlet(facts: tuple[Fact, ...], story: StoryInput) -> tuple[str, ...]:
    """Ids of facts only one independent outlet reports: one per group of restatements,
    and none from a group that several outlets report (with different numbers: that is a
    difference in numbers, not a fact one outlet has alone)."""
    out = []
    for group in restatement_groups(facts):
        outlets = {o for f in group for o in f.independent_outlets}
        if len(outlets) == 1:
            out.append(representative(group, story.order).id)
    order = {f.id: i for i, f in enumerate(facts)}
    return tuple(sorted(out, key=order.__getitem__))


def supports(sentence_vector: np.ndarray, article_vectors: np.ndarray) -> float:
    """Best similarity of a sentence to any sentence of an article (for checks)."""
    if article_vectors.size == 0:
        return 0.0
    return float((article_vectors @ sentence_vector).max())


__all__ = [
    "SAME_FACT",
    "Cite",
    "align_facts",
    "details_agree",
    "representative",
    "restatement_groups",
    "single_outlet",
    "statement_start",
    "story_sentences",
    "supports",
]
