"""Facts: sentences across a story's articles that state the same thing, and how many
independent outlets stand behind each.

Sentences are taken in publish order; each joins the fact whose first sentence (its
*leader*) it is most similar to — cosine of all-MiniLM-L6-v2 embeddings at least
:data:`SAME_FACT` — or starts a new fact. A fact holds at most one sentence per article,
and every supporting sentence is similar to the fact's text (the leader) by construction:
that is what lets a brief cite every supporting article and only those.
"""

from __future__ import annotations

import math
import re

import numpy as np

from corroborate.compare.context import StoryInput
from corroborate.compare.types import Cite, Fact
from corroborate.groups import DisjointSets

SAME_FACT = 0.80
"""Cosine similarity from which two sentences state the same fact, when the numbers both
give agree (:func:`numbers_agree`). Chosen on MSRP train (../shared/data/paraphrase), whose
negatives often differ only in a number or a detail: with number agreement, pairs at or
above 0.80 are paraphrases with precision 0.85 (recall 0.60); precision rises only slowly
above (0.86 at 0.82, 0.89 at 0.88) while recall falls fast. `python benchmarks/briefs.py
--threshold` prints the curve."""
MIN_WORDS = 6
_NUM = re.compile(r"\d+(?:[.,]\d+)*")


def numbers_agree(a: str, b: str) -> bool:
    """Two statements of one fact may not give different numbers ("1,200 jobs" is not a
    restatement of "2,100 jobs"); a sentence without numbers agrees with any."""
    na, nb = set(_NUM.findall(a)), set(_NUM.findall(b))
    return not na or not nb or na == nb
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


def align_facts(story: StoryInput, embed) -> tuple[Fact, ...]:
    sentences = story_sentences(story)
    if not sentences:
        return ()
    vectors = np.asarray(embed([s[3] for s in sentences]), dtype=np.float32)
    centroid = vectors.mean(axis=0)
    norm = float(np.linalg.norm(centroid)) or 1.0
    centroid = centroid / norm

    leaders: list[int] = []  # index into sentences of each fact's leader
    members: list[dict[str, int]] = []  # per fact: article id -> sentence index
    leader_matrix = np.zeros((0, vectors.shape[1]), dtype=np.float32)
    for i, (article, _s, _e, _t) in enumerate(sentences):
        best = -1
        if leaders:
            sims = leader_matrix @ vectors[i]
            for f in np.argsort(-sims):
                if sims[f] < SAME_FACT:
                    break
                if article not in members[f] and numbers_agree(sentences[leaders[f]][3], sentences[i][3]):
                    best = int(f)
                    break
        if best >= 0:
            members[best][article] = i
        else:
            leaders.append(i)
            members.append({article: i})
            leader_matrix = np.vstack([leader_matrix, vectors[i][None, :]])

    # Facts that restate an earlier fact with other numbers ("C$55.4 billion" / "about C$55
    # billion", "1,200 jobs" / "2,100 jobs"): as similar as one fact, kept apart only because
    # the numbers differ. A brief states one of them; the numbers table shows the difference.
    echoes: list[tuple[str, ...]] = []
    if leaders:
        leader_sims = leader_matrix @ leader_matrix.T
        for n in range(len(leaders)):
            echoes.append(tuple(f"f{m + 1}" for m in range(n) if leader_sims[n, m] >= SAME_FACT))

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
    "numbers_agree",
    "representative",
    "restatement_groups",
    "single_outlet",
    "story_sentences",
    "supports",
]
