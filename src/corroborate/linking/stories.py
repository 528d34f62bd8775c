"""Incremental story assignment: each article joins the best matching story or starts one.

An article is described by

* a sparse weighted term vector (TF-IDF with document frequencies learned from the stream
  itself), where names (capitalised words), numbers and title words weigh more — the
  names, places, figures and dates that make two reports the *same event*;
* optionally the entities, quantities and dates of its :class:`ArticleAnalysis`, folded
  into the same vector as extra terms;
* optionally a sentence embedding of its title and opening (all-MiniLM-L6-v2): meaning.

Its score against a story is the average-link similarity to the story's articles (a dot
product with the story's summed vectors, so it costs one pass over the article's terms),
terms blended with embeddings. The article joins the best story when the score clears
``join_threshold`` and the story's last article is within ``window_days``; beyond the
window a story is continued only by a strong match (``reopen_threshold``). Joining a story
of one article — a single pair decision, the noisiest kind — takes a little more
(``young_margin / n``); a story whose last article came hours ago takes a little less
(``recent_bonus``, fading with the gap), since the reports of one event come in bursts. Different
events of one kind (two earthquakes) share the kind words but not the places, names and
numbers, which carry the weight.

Candidate stories come from an inverted index over the stories' heaviest terms, so a new
article is only compared with stories sharing a distinctive term with it. Feeding a whole
archive in publish order is the batch mode: same code, same result.
"""

from __future__ import annotations

import hashlib
import math
import pickle
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC
from itertools import repeat
from operator import mul

import numpy as np

from corroborate.linking.text import STOPWORDS
from corroborate.linking.types import Story
from corroborate.types import Article

_TOKEN = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)
# A capitalised word not at the start of the text and not right after sentence punctuation.
_NAME = re.compile(r"(?<=[^.!?:;\"“”\n\s] )[A-Z][^\W_]*(?:['’.\-][^\W_]+)*")
_YEAR = re.compile(r"(?<![\w.,])(19[5-9]\d|20[0-4]\d)(?![\w]|[.,]\d)")
STATE_VERSION = 1


@dataclass(frozen=True)
class StoryOptions:
    """Knobs of story assignment. Defaults were tuned by grid search on both ecbplus-dev
    (3 shuffles) and giveme5w1h (publish order), best mean BCubed F1; see benchmarks/stories.py."""

    window_days: float = 7.0
    join_threshold: float = 0.16
    reopen_threshold: float = 0.21
    embed_weight: float = 0.15
    """Share of the score given to embedding similarity when embeddings are used."""
    embed_floor: float = 0.25
    """Embedding similarity mapped to 0 at this value (MiniLM cosine of unrelated news ~0.1-0.3)."""
    name_weight: float = 1.5
    number_weight: float = 3.0
    title_weight: float = 2.0
    max_terms: int = 120
    """Terms kept per article vector (heaviest first)."""
    story_terms: int = 300
    """Terms kept per story sum vector."""
    index_terms: int = 25
    """Heaviest story terms put in the candidate index."""
    max_body_chars: int = 6000
    max_candidates: int = 12
    """Stories scored per article (those sharing the most indexed term weight with it)."""
    use_embeddings: bool = True
    year_penalty: float = 1.0
    """Score factor when the latest year the article mentions is one no story member's
    latest year matches (different events of one kind are often years apart)."""
    recent_bonus: float = 0.03
    """Score forgiven for a story whose last article is close in time: ``recent_bonus *
    exp(-gap_days / recent_days)``. News of one event comes in bursts; an article without
    a date gets no bonus."""
    recent_days: float = 1.0
    young_margin: float = 0.05
    """Extra score needed to join a story of n articles: ``young_margin / n``. Joining a
    single article is one pair decision, the noisiest there is; a bigger story averages
    over more pairs."""


def article_time(article: Article) -> float | None:
    dt = article.published_dt
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp() / 86400.0


def story_id_for(article_id: str) -> str:
    return "s" + hashlib.sha256(article_id.encode()).hexdigest()[:11]


def latest_year(title: str | None, text: str, max_chars: int = 6000) -> int | None:
    """The latest year (1950-2049) written in the title or text: usually the event's year."""
    years = [int(y) for y in _YEAR.findall(f"{title or ''}\n{text[:max_chars]}")]
    return max(years) if years else None


def term_counts(
    title: str | None, text: str, options: StoryOptions, analysis: object | None = None
) -> Counter[str]:
    """Weighted term counts of an article: words, with names, numbers and title words boosted.

    A capitalised word counts as a name unless it opens a sentence (follows . ! ? : ; a
    quotation mark or a line break, or starts the text); a word with a digit is a number."""
    counts: Counter[str] = Counter()
    name_extra = options.name_weight - 1.0
    for part, base in ((title or "", options.title_weight), (text[: options.max_body_chars], 1.0)):
        if not part:
            continue
        plain: Counter[str] = Counter(_TOKEN.findall(part.casefold()))
        names: Counter[str] = Counter(m.casefold() for m in _NAME.findall(part))
        for term, c in plain.items():
            if len(term) < 2 or term in STOPWORDS:
                continue
            if not term.isalpha() and any(ch.isdigit() for ch in term):
                counts[term] += base * c * options.number_weight
            else:
                counts[term] += base * (c + name_extra * names.get(term, 0))
    if analysis is not None:
        for ent in getattr(analysis, "entities", ()) or ():
            counts["ent:" + ent.name.casefold()] += options.name_weight * min(3, len(ent.mentions) or 1)
        for q in getattr(analysis, "quantities", ()) or ():
            counts[f"num:{q.kind}:{q.value:g}"] += options.number_weight
        for d in getattr(analysis, "dates", ()) or ():
            if d.resolved:
                counts["date:" + d.resolved] += options.number_weight
    return counts


@dataclass
class _StoryState:
    id: str
    headline: str
    article_ids: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None
    last_time: float | None = None
    terms: dict[str, float] = field(default_factory=dict)
    embedding: np.ndarray | None = None
    n: int = 0
    years: set[int] = field(default_factory=set)

    def to_story(self) -> Story:
        return Story(
            id=self.id,
            headline=self.headline,
            article_ids=tuple(self.article_ids),
            outlets=tuple(self.outlets),
            first_seen=self.first_seen,
            last_seen=self.last_seen,
        )


@dataclass(frozen=True)
class Placement:
    """Where an article went and why."""

    article_id: str
    story_id: str
    new_story: bool
    score: float
    term_score: float
    embed_score: float | None
    reason: str


class StoryLinker:
    """Streaming story assignment. ``add`` articles in publish order; state pickles."""

    def __init__(self, options: StoryOptions | None = None, embedder: object | None = None) -> None:
        self.options = options or StoryOptions()
        self.embedder = embedder
        self.df: Counter[str] = Counter()
        self.n_docs = 0
        self.stories: dict[str, _StoryState] = {}
        self.story_of: dict[str, str] = {}
        self._postings: dict[str, set[str]] = defaultdict(set)
        self._indexed: dict[str, frozenset[str]] = {}

    # -- representation ---------------------------------------------------------

    def _idf(self, term: str) -> float:
        return math.log((self.n_docs + 2) / (self.df.get(term, 0) + 1)) + 1.0

    def vector(self, counts: Counter[str]) -> dict[str, float]:
        log = math.log
        n = self.n_docs + 2
        df = self.df
        weights = {
            t: ((1.0 + log(c)) if c >= 1 else c) * (log(n / (df.get(t, 0) + 1)) + 1.0) for t, c in counts.items()
        }
        keys = sorted(weights, key=weights.__getitem__, reverse=True)[: self.options.max_terms]
        norm = math.sqrt(sum(weights[t] ** 2 for t in keys)) or 1.0
        return {t: weights[t] / norm for t in keys}

    def embed(self, article: Article) -> np.ndarray | None:
        if not self.options.use_embeddings or self.embedder is None:
            return None
        from corroborate.linking.text import lead

        return self.embedder.encode([lead(article.title, article.text)])[0]

    # -- assignment -------------------------------------------------------------

    def score(
        self, vec: dict[str, float], emb: np.ndarray | None, story: _StoryState
    ) -> tuple[float, float, float | None]:
        terms = story.terms
        term = sum(map(mul, vec.values(), map(terms.get, vec.keys(), repeat(0.0)))) / story.n
        if emb is None or story.embedding is None:
            return term, term, None
        e = float(np.dot(emb, story.embedding)) / story.n
        o = self.options
        e_scaled = max(0.0, (e - o.embed_floor) / (1.0 - o.embed_floor))
        return (1 - o.embed_weight) * term + o.embed_weight * e_scaled, term, e

    def candidates(self, vec: dict[str, float]) -> list[str]:
        """Stories sharing an indexed term with ``vec``: the ``max_candidates`` with the most
        shared weight (ties by id, so the choice is deterministic)."""
        acc: dict[str, float] = {}
        for t, w in vec.items():
            posting = self._postings.get(t)
            if posting:
                for sid in posting:
                    acc[sid] = acc.get(sid, 0.0) + w
        if len(acc) <= self.options.max_candidates:
            return sorted(acc)
        top = sorted(acc.items(), key=lambda kv: (-kv[1], kv[0]))[: self.options.max_candidates]
        return sorted(sid for sid, _ in top)

    def add(
        self,
        article: Article,
        analysis: object | None = None,
        embedding: np.ndarray | None = None,
    ) -> Placement:
        """Place ``article``: join the best story or start a new one. Idempotent per id."""
        if article.id in self.story_of:
            sid = self.story_of[article.id]
            return Placement(article.id, sid, False, 1.0, 1.0, None, "already placed")
        counts = term_counts(article.title, article.text, self.options, analysis)
        # Document frequencies include the article itself, so a term seen once gets the top idf.
        self.n_docs += 1
        for t in counts:
            self.df[t] += 1
        vec = self.vector(counts)
        emb = embedding if embedding is not None else self.embed(article)
        when = article_time(article)
        year = latest_year(article.title, article.text, self.options.max_body_chars)

        best: tuple[float, float, float | None, str] | None = None
        for sid in self.candidates(vec):
            story = self.stories[sid]
            total, term, e = self.score(vec, emb, story)
            if year is not None and story.years and year not in story.years:
                total *= self.options.year_penalty
            gap = None if when is None or story.last_time is None else abs(when - story.last_time)
            need = self.options.join_threshold + self.options.young_margin / story.n
            if gap is not None and gap > self.options.window_days:
                need = self.options.reopen_threshold
            elif gap is not None and self.options.recent_bonus:
                need -= self.options.recent_bonus * math.exp(-gap / self.options.recent_days)
            if total >= need and (best is None or total > best[0]):
                best = (total, term, e, sid)

        if best is None:
            sid = story_id_for(article.id)
            story = _StoryState(id=sid, headline=(article.title or article.text[:80]).strip())
            self.stories[sid] = story
            score, term, e, reason = 0.0, 0.0, None, "no story close enough: new story"
            new = True
        else:
            score, term, e, sid = best
            story = self.stories[sid]
            reason = f"joined: score {score:.2f} (terms {term:.2f}" + (
                f", meaning {e:.2f})" if e is not None else ")"
            )
            new = False
        self._join(story, article, vec, emb, when)
        if year is not None:
            story.years.add(year)
        self.story_of[article.id] = sid
        return Placement(article.id, sid, new, score, term, e, reason)

    def _join(
        self, story: _StoryState, article: Article, vec: dict[str, float], emb: np.ndarray | None, when: float | None
    ) -> None:
        story.article_ids.append(article.id)
        if article.outlet and article.outlet not in story.outlets:
            story.outlets.append(article.outlet)
        if article.published:
            if story.first_seen is None or article.published < story.first_seen:
                story.first_seen = article.published
            if story.last_seen is None or article.published > story.last_seen:
                story.last_seen = article.published
        if when is not None:
            story.last_time = when if story.last_time is None else max(story.last_time, when)
        for t, w in vec.items():
            story.terms[t] = story.terms.get(t, 0.0) + w
        if len(story.terms) > self.options.story_terms * 2:
            terms = story.terms
            story.terms = {t: terms[t] for t in sorted(terms, key=terms.__getitem__, reverse=True)[: self.options.story_terms]}
        if emb is not None:
            story.embedding = emb.astype(np.float32) if story.embedding is None else story.embedding + emb
        story.n += 1
        self._reindex(story)

    def _reindex(self, story: _StoryState) -> None:
        terms = story.terms
        top = frozenset(sorted(terms, key=terms.__getitem__, reverse=True)[: self.options.index_terms])
        old = self._indexed.get(story.id, frozenset())
        for t in old - top:
            self._postings[t].discard(story.id)
        for t in top - old:
            self._postings[t].add(story.id)
        self._indexed[story.id] = top

    # -- output and persistence -------------------------------------------------

    def story(self, story_id: str) -> Story:
        return self.stories[story_id].to_story()

    def all_stories(self) -> list[Story]:
        return [s.to_story() for s in self.stories.values()]

    def clusters(self) -> dict[str, str]:
        """article id -> story id."""
        return dict(self.story_of)

    def to_bytes(self) -> bytes:
        state = {
            "version": STATE_VERSION,
            "df": dict(self.df),
            "n_docs": self.n_docs,
            "stories": self.stories,
            "story_of": self.story_of,
        }
        return pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_bytes(
        cls, data: bytes, options: StoryOptions | None = None, embedder: object | None = None
    ) -> StoryLinker:
        state = pickle.loads(data)
        if state.get("version") != STATE_VERSION:
            raise ValueError("story index state has another version")
        linker = cls(options, embedder)
        linker.df = Counter(state["df"])
        linker.n_docs = state["n_docs"]
        linker.stories = state["stories"]
        linker.story_of = state["story_of"]
        for story in linker.stories.values():
            linker._reindex(story)
        return linker
