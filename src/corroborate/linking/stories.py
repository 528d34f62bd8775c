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
window a story is continued only by a strong match (``reopen_threshold``), and only when no
story within the window takes the article (the story of the moment goes first); for a score of
terms alone (no embeddings) both are lower (``text_threshold_scale``). Joining a story of
one article — a single pair decision, the noisiest kind — takes a little more
(``young_margin / n``); a story whose last article came hours ago takes a little less
(``recent_bonus``, fading with the gap), since the reports of one event come in bursts. Different
events of one kind (two earthquakes) share the kind words but not the places, names and
numbers, which carry the weight.

Weights alone do not always keep them apart: in a small corpus document frequencies cannot yet
tell a kind word from a name, and a generic title ("Fire breaks out at warehouse") written
twice, with its embedding, lifts two fires in two towns over the bar. So a story too young
to be checked for a split (fewer than ``evidence_below`` articles) is joined only by an
article sharing a name or a number with it (:func:`corroborate.linking.terms.named_terms`),
when both name or number anything at all.

The first reports of a second event of one kind (the same boxer's next fight, a fire at
another store of one chain) can join the first event's story before the second has articles
of its own. So, as a story grows (at sizes 8, 10, 12, 15, ... up to ``split_max``), its
articles are clustered in two (average-link on their pairwise similarity); when the two
groups are much less alike across than within (``split_ratio``) and each holds
``split_min`` articles, the group without the story's first article leaves it as a new
story, and the placement says so (:attr:`Placement.split`).

News of one event also comes in bursts, and the words of the event (its place, its names) are
in every report of the burst while kind words keep their usual rate. So a term that the
articles of the last hours hold far more often than the stream does weighs more in a dated
article's vector (``burst_weight``; the rate of each term decays over ``recent_days``): the
reports of the burst score higher against each other's story.

Late reports of a story say the event in other words than its first reports (the breached
company's apology a month on, the suspect's profile the day after the shooting) and score
below every bar, yet far lower against any other story. So a dated article that clears no bar
joins the story it is clearly about (``lead_ratio``): its best score there, at least
``lead_ratio`` times the next story's, its meaning close, the story quiet for at most
``lead_days``, and one of the article's heaviest names the story's (another warehouse fire in
another town names another town).

Candidate stories come from an inverted index over the stories' heaviest terms, so a new
article is only compared with stories sharing a distinctive term with it. Feeding a whole
archive in publish order is the batch mode: same code, same result.
"""

from __future__ import annotations

import hashlib
import math
import pickle
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC
from functools import lru_cache
from itertools import chain, compress, repeat
from operator import mul

import numpy as np

from corroborate.linking.terms import count_terms_many, text_counts
from corroborate.linking.terms import latest_year as _latest_year
from corroborate.linking.text import event_title, shorten
from corroborate.linking.types import Story
from corroborate.types import Article

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
    split_ratio: float = 0.6
    """A story splits in two when its articles fall into two groups (average-link) whose
    similarity across is below this share of the similarity within them: two events of one
    kind (two fights of one boxer, two fires at one chain's stores) that the first reports of
    the second joined, before the second had articles of its own to gather around. 0 turns
    it off."""
    split_min: int = 4
    """Articles each group needs before a story splits (fewer are noise)."""
    evidence_below: int = 8
    """A story of fewer articles than this (8: too young to be checked for a split, see
    ``split_min``) is joined only by an article that shares a named or numbered term with
    it (:func:`corroborate.linking.terms.named_terms`; any term of an analysis) — unless the
    article or the story names and numbers nothing. Kind words alone do not make one event.
    0 turns it off."""
    split_max: int = 64
    """Stories beyond this many articles are not checked (what each article brings is kept
    only up to it, and only while the story is within ``window_days`` of the newest article)."""
    burst_weight: float = 0.5
    """How much more a term weighs in an article's vector when the articles of the last hours
    hold it far more often than the stream does: its weight is multiplied by ``1 +
    burst_weight * max(0, log((recent + 0.5) / (expected + 0.5)))`` and the vector is made
    unit length again. ``recent`` is the number of earlier articles whose vector holds the
    term, each counting ``exp(-gap_days / recent_days)``; ``expected`` is that count of all
    articles times the share of articles that hold the term. News of one event comes in
    bursts: the words of the event (its place, its names) are in every report of the burst
    and in few before, while kind words keep their usual rate. An article without a publish
    time is in no burst: its vector is as is, and it is not counted. 0 turns it off. (Not
    grid-tuned: giveme5w1h, the one dated corpus, scores about the same from 0.4 to 1.0.)"""
    lead_ratio: float = 2.0
    """A dated article that clears no story's bar still joins the story it is clearly about:
    the one it scores highest against, when that score is at least ``lead_floor`` and this
    many times the next best story's, its meaning (embedding) similarity is at least
    ``lead_meaning``, the story's last article is at most ``lead_days`` old, and one of the
    article's ``lead_names`` heaviest named or numbered terms is the story's. Late reports
    of a story (the Equifax breach's apology a month on, a suspect's profile the day after
    the shooting) say the event in other words than its first reports and score low against
    it, yet far lower against any other story. An undated article, or one without an
    embedding, never joins this way. 0 turns it off. (Tuned on giveme5w1h, the one dated
    corpus: BCubed F1 0.938 -> 0.948; each half of its stories, linked alone, gains, 0.928 ->
    0.939 and 0.941 -> 0.966.)"""
    lead_names: int = 3
    lead_floor: float = 0.10
    lead_meaning: float = 0.30
    lead_days: float = 60.0
    text_threshold_scale: float = 0.75
    """For a score of terms alone (no embeddings, or an article or story without one)
    ``join_threshold`` and ``reopen_threshold`` are multiplied by this: the term similarity
    of two reports of one event runs lower than its blend with meaning (tuned text-only on
    both corpora; both pick it alone too, see ``benchmarks/stories.py --no-embeddings
    --cross-check``)."""


def article_time(article: Article) -> float | None:
    dt = article.published_dt
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp() / 86400.0


def _headline(article: Article) -> str:
    """A story's headline from the article that starts it: its title, else its opening."""
    return (event_title(article.title, article.outlet) or article.text[:80]).strip()


def story_id_for(article_id: str) -> str:
    return "s" + hashlib.sha256(article_id.encode()).hexdigest()[:11]


def latest_year(title: str | None, text: str, max_chars: int = 6000) -> int | None:
    """The latest year (1950-2049) written in the title or text: usually the event's year."""
    return _latest_year(title, text[:max_chars])


def term_counts(
    title: str | None, text: str, options: StoryOptions, analysis: object | None = None
) -> Counter[str]:
    """Weighted term counts of an article: words, with names, numbers and title words boosted.

    A capitalised word counts as a name unless it opens a sentence (follows . ! ? : ; a
    quotation mark or a line break, or starts the text); a word with a digit is a number."""
    name_extra = options.name_weight - 1.0
    counts: Counter[str] = Counter(
        text_counts(title or "", text[: options.max_body_chars], options.title_weight, options.number_weight, name_extra)
    )
    _add_analysis(counts, options, analysis)
    return counts


def _add_analysis(counts: Counter[str], options: StoryOptions, analysis: object | None) -> None:
    if analysis is not None:
        for ent in getattr(analysis, "entities", ()) or ():
            counts["ent:" + ent.name.casefold()] += options.name_weight * min(3, len(ent.mentions) or 1)
        for q in getattr(analysis, "quantities", ()) or ():
            counts[f"num:{q.kind}:{q.value:g}"] += options.number_weight
        for d in getattr(analysis, "dates", ()) or ():
            if d.resolved:
                counts["date:" + d.resolved] += options.number_weight


def _options_key(options: StoryOptions) -> tuple:
    return (options.title_weight, options.name_weight, options.number_weight, options.max_body_chars)


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """What story assignment needs of an article that depends on the article alone (a pure
    function of it, computed ahead, in batches or in other processes): its terms in
    :func:`term_counts` order, their term-frequency factors ``1 + log(count)``, and the
    latest year it mentions. ``options_key`` names the options it was computed with.
    ``named`` says, by term, which name or number something
    (:func:`corroborate.linking.terms.named_terms`; the terms
    of an analysis all do); None: unknown, taken as none."""

    terms: list[str]
    tf: np.ndarray
    year: int | None
    options_key: tuple
    named: np.ndarray | None = None


def _tf(values: np.ndarray) -> np.ndarray:
    """``(1 + log(c)) if c >= 1 else c`` of every count (math.log of each distinct count: the
    same doubles)."""
    distinct, back = np.unique(values, return_inverse=True)
    logs = np.fromiter(map(math.log, np.maximum(distinct, 1.0).tolist()), dtype=np.float64, count=len(distinct))
    return np.where(values >= 1, 1.0 + logs[back.reshape(-1)], values)


def prepare_articles(
    articles: Sequence[Article], options: StoryOptions, analyses: Sequence[object | None] | None = None
) -> list[PreparedArticle]:
    """:class:`PreparedArticle` of every article, counted in one vectorised batch
    (:func:`corroborate.linking.terms.count_terms_many`): exactly what
    :meth:`StoryLinker.add` would compute for each one by one."""
    return prepare_texts([(a.title, a.text) for a in articles], options, analyses)


def prepare_texts(
    items: Sequence[tuple[str | None, str]], options: StoryOptions, analyses: Sequence[object | None] | None = None
) -> list[PreparedArticle]:
    """:func:`prepare_articles` from (title, text) pairs."""
    years: list[int | None] = [None] * len(items)
    named: list[np.ndarray | None] = [None] * len(items)
    counted = count_terms_many(
        items, options.title_weight, options.number_weight, options.name_weight - 1.0, options.max_body_chars, years,
        named,
    )
    if analyses is not None and any(a is not None for a in analyses):
        for i, analysis in enumerate(analyses):
            if analysis is not None:
                terms, values = counted[i]
                c: Counter[str] = Counter(dict(zip(terms, values.tolist())))
                _add_analysis(c, options, analysis)
                counted[i] = (list(c), np.fromiter(c.values(), dtype=np.float64, count=len(c)))
                # the analysis terms (entities, quantities, dates) come after the words
                named[i] = np.concatenate([named[i], np.ones(len(c) - len(terms), dtype=bool)])
    # the term-frequency factors of the whole batch in one pass
    flat = np.concatenate([v for _, v in counted]) if counted else np.zeros(0)
    tf = _tf(flat)
    key = _options_key(options)
    out = []
    at = 0
    for (terms, _), year, nm in zip(counted, years, named):
        out.append(PreparedArticle(terms, tf[at : at + len(terms)], year, key, nm))
        at += len(terms)
    return out


@dataclass(frozen=True, slots=True)
class _Member:
    """What one article brought to its story: enough to rebuild the story if it splits."""

    article_id: str
    ids: np.ndarray
    values: np.ndarray
    emb: np.ndarray | None
    headline: str
    outlet: str | None
    published: str | None
    when: float | None
    year: int | None
    named: bool = True
    """Its vector holds a named or numbered term."""


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
    named: int = 0
    """Articles whose vector holds a named or numbered term."""

    def note(self, article_id: str, outlet: str | None, published: str | None, when: float | None) -> None:
        """Add an article to the story's members, outlets and first/last seen."""
        self.article_ids.append(article_id)
        if outlet and outlet not in self.outlets:
            self.outlets.append(outlet)
        if published:
            if self.first_seen is None or published < self.first_seen:
                self.first_seen = published
            if self.last_seen is None or published > self.last_seen:
                self.last_seen = published
        if when is not None:
            self.last_time = when if self.last_time is None else max(self.last_time, when)

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
    split: tuple[str, str] | None = None
    """(story, new story) when placing the article split a story in two: the articles of
    the new one left the other."""


class StoryLinker:
    """Streaming story assignment. ``add`` articles in publish order; state pickles.

    The state (``to_bytes``) is document frequencies by term and the stories, each with its
    summed term weights. While streaming, terms are numbered (``_tid``, first-seen order);
    document frequencies are an array by number, and a story's term weights are two arrays
    (term numbers, weights) in the order its dictionary would have — the dictionaries are
    only built to save. So one article is weighed, scored against its candidate stories and
    joined to one in a few numpy passes, with exactly the arithmetic of the dictionaries
    (:meth:`score` is that definition, a term at a time)."""

    def __init__(self, options: StoryOptions | None = None, embedder: object | None = None) -> None:
        self.options = options or StoryOptions()
        self.embedder = embedder
        self.n_docs = 0
        self.stories: dict[str, _StoryState] = {}
        self.story_of: dict[str, str] = {}
        self._tid: dict[str, int] = {}
        self._df = np.zeros(1024, dtype=np.int64)
        self._mark = np.zeros(1024, dtype=np.int32)  # scratch table by term number, kept all zero
        self._arrays: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._postings: dict[int, set[int]] = {}  # index term -> story numbers
        self._indexed: dict[str, frozenset[int]] = {}
        self._slot: dict[str, int] = {}  # story id -> story number
        self._sids: list[str] = []
        self._members: dict[str, list[_Member]] = {}  # story id -> what each article brought
        self._swept: float | None = None  # publish time of the last look for quiet stories
        # bursts (see StoryOptions.burst_weight), of dated articles only: by term number, the
        # decayed count of the articles holding it and when it was last updated, and how many
        # articles held it; the decayed count of all articles, when, and how many
        self._recent = np.zeros(1024)
        self._recent_at = np.zeros(1024)
        self._seen = np.zeros(1024, dtype=np.int64)
        self._recent_all = 0.0
        self._recent_all_at: float | None = None
        self._dated = 0

    # -- representation ---------------------------------------------------------

    @property
    def df(self) -> Counter[str]:
        """Document frequency of every term seen (a snapshot)."""
        return Counter(dict(zip(self._tid, self._df[: len(self._tid)].tolist())))

    def _df_of(self, term: str) -> int:
        i = self._tid.get(term)
        return 0 if i is None else int(self._df[i])

    def _idf(self, term: str) -> float:
        return math.log((self.n_docs + 2) / (self._df_of(term) + 1)) + 1.0

    def _ids(self, terms: list[str]) -> np.ndarray:
        """The numbers of ``terms``, numbering new ones in order (one pass: setdefault with
        the current size as the default)."""
        tid = self._tid
        ids = np.fromiter(map(tid.setdefault, terms, iter(tid.__len__, -1)), dtype=np.int64, count=len(terms))
        if len(tid) > len(self._df):
            grown = np.zeros(max(len(tid), 2 * len(self._df)), dtype=np.int64)
            grown[: len(self._df)] = self._df
            self._df = grown
            self._mark = np.zeros(len(grown), dtype=np.int32)
            self._grow_bursts(len(grown))
        return ids

    def _grow_bursts(self, size: int) -> None:
        for name in ("_recent", "_recent_at", "_seen"):
            old = getattr(self, name)
            grown = np.zeros(size, dtype=old.dtype)
            grown[: len(old)] = old
            setattr(self, name, grown)

    def _recent_counts(self, ids: np.ndarray, when: float) -> tuple[np.ndarray, float]:
        """The decayed counts, at ``when``, of the articles holding each term of ``ids``, and
        of all articles (see ``StoryOptions.burst_weight``)."""
        days = self.options.recent_days
        recent = self._recent[ids] * np.exp(-np.maximum(0.0, when - self._recent_at[ids]) / days)
        at = self._recent_all_at
        total = 0.0 if at is None else self._recent_all * math.exp(-max(0.0, when - at) / days)
        return recent, total

    def _bursty(self, ids: np.ndarray, values: np.ndarray, counts: tuple[np.ndarray, float]) -> np.ndarray:
        """The vector ``(ids, values)`` of an article whose terms have the decayed ``counts``
        (:meth:`_recent_counts` at its publish time), its terms of the moment weighing more
        (``StoryOptions.burst_weight``), unit length again; as is when none is."""
        recent, total = counts
        expected = total * self._seen[ids] / max(1, self._dated)
        lift = np.log((recent + 0.5) / (expected + 0.5))
        if not (lift > 0).any():
            return values
        weighted = values * (1.0 + self.options.burst_weight * np.maximum(0.0, lift))
        return weighted / (math.sqrt(float(weighted @ weighted)) or 1.0)

    def _count_burst(self, ids: np.ndarray, when: float, counts: tuple[np.ndarray, float]) -> None:
        """Count an article published at ``when`` whose vector holds the terms ``ids``
        (``counts``: :meth:`_recent_counts` of them at ``when``)."""
        recent, total = counts
        self._recent[ids] = recent + 1.0
        self._recent_at[ids] = np.maximum(self._recent_at[ids], when)
        self._seen[ids] += 1
        self._recent_all = total + 1.0
        self._recent_all_at = when if self._recent_all_at is None else max(self._recent_all_at, when)
        self._dated += 1

    def _weigh(self, df: np.ndarray, tf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(positions of the vector's terms among the article's, their values) — exactly the
        arithmetic of :meth:`_vector_reference`, a term at a time: the multiplications and
        divisions in numpy (IEEE, so the same doubles), the logarithms from math.log and the
        norm from the builtin sum, in the same order."""
        n = self.n_docs + 2
        logs = np.fromiter(map(math.log, (n / (df + 1.0)).tolist()), dtype=np.float64, count=len(df))
        weights = tf * (logs + 1.0)
        order = (-weights).argsort(kind="stable")[: self.options.max_terms]
        top = weights[order]
        norm = math.sqrt(sum(map(pow, top.tolist(), repeat(2)))) or 1.0
        return order, top / norm

    def vector(self, counts: Counter[str]) -> dict[str, float]:
        """The unit-length TF-IDF vector of ``counts`` (its ``max_terms`` heaviest terms), as
        an undated article has it: a dated one is placed with the terms of the moment weighing
        more (``StoryOptions.burst_weight``)."""
        terms = list(counts)
        df = np.array([self._df_of(t) for t in terms], dtype=np.float64)
        order, values = self._weigh(df, _tf(np.fromiter(counts.values(), dtype=np.float64, count=len(terms))))
        return dict(zip(map(terms.__getitem__, order.tolist()), values.tolist()))

    def _vector_reference(self, counts: Counter[str]) -> dict[str, float]:
        """The definition of :meth:`vector`, a term at a time (kept for the tests)."""
        log = math.log
        n = self.n_docs + 2
        df = self._df_of
        weights = {t: ((1.0 + log(c)) if c >= 1 else c) * (log(n / (df(t) + 1)) + 1.0) for t, c in counts.items()}
        keys = sorted(weights, key=weights.__getitem__, reverse=True)[: self.options.max_terms]
        norm = math.sqrt(sum(weights[t] ** 2 for t in keys)) or 1.0
        return {t: weights[t] / norm for t in keys}

    def embed(self, article: Article) -> np.ndarray | None:
        if not self.options.use_embeddings or self.embedder is None:
            return None
        from corroborate.linking.text import lead

        return self.embedder.encode([lead(article.title, article.text)])[0]

    def story_terms(self, story_id: str) -> dict[str, float]:
        """The story's summed term weights, as the saved state has them."""
        got = self._arrays.get(story_id)
        return dict(self.stories[story_id].terms) if got is None else _terms_dict(_names(self._tid), got)

    # -- assignment -------------------------------------------------------------

    def score(
        self, vec: dict[str, float], emb: np.ndarray | None, story: _StoryState
    ) -> tuple[float, float, float | None]:
        """The definition of the score, a term at a time."""
        terms = self.story_terms(story.id)
        term = sum(map(mul, vec.values(), map(terms.get, vec.keys(), repeat(0.0)))) / story.n
        return self._blend(term, emb, story)

    def _blend(self, term: float, emb: np.ndarray | None, story: _StoryState) -> tuple[float, float, float | None]:
        if emb is None or story.embedding is None:
            return term, term, None
        e = float(np.dot(emb, story.embedding)) / story.n
        o = self.options
        e_scaled = max(0.0, (e - o.embed_floor) / (1.0 - o.embed_floor))
        return (1 - o.embed_weight) * term + o.embed_weight * e_scaled, term, e

    def _term_sums(self, ids: np.ndarray, values: np.ndarray, sids: list[str]) -> list[float]:
        """For each story of ``sids``: the sum over the vector's terms, in its order, of
        value x the story's weight — the numbers :meth:`score` adds, in the same order, by
        the builtin sum, so the same result. (:meth:`score` also adds value x 0.0 for every
        term the story lacks; adding +0.0 leaves a sum as it is, so those are skipped.)"""
        k = len(sids)
        if k == 0 or len(ids) == 0:
            return [0.0] * k
        arrays = [self._arrays[sid] for sid in sids]
        v = len(ids)
        story_ids = np.concatenate([a[0] for a in arrays])
        # every story term looked up among the vector's terms through a table by term number
        mark = self._mark
        mark[ids] = np.arange(1, v + 1, dtype=np.int32)
        at = mark[story_ids]
        mark[ids] = 0
        hit = at.nonzero()[0]
        # (story, position in the vector) of each shared term, as one sortable number
        base = np.repeat(np.arange(0, k * v, v, dtype=np.int64), [len(a[0]) for a in arrays])
        key = base[hit] + (at[hit] - 1)
        order = key.argsort()
        key = key[order]
        products = (np.concatenate([a[1] for a in arrays])[hit[order]] * values[key % v]).tolist()
        cut = key.searchsorted(np.arange(0, (k + 1) * v, v, dtype=np.int64)).tolist()
        return [sum(products[cut[i] : cut[i + 1]]) for i in range(k)]

    def candidates(self, vec: dict[str, float]) -> list[str]:
        """Stories sharing an indexed term with ``vec``: the ``max_candidates`` with the most
        shared weight (ties by id, so the choice is deterministic)."""
        tid = self._tid
        known = [(tid[t], w) for t, w in vec.items() if t in tid]
        return self._candidates([i for i, _ in known], [w for _, w in known])

    def _candidates(self, ids: list[int], values: list[float]) -> list[str]:
        found = list(map(self._postings.get, ids))
        postings = list(compress(found, found))
        if not postings:
            return []
        # acc[story] = acc.get(story, 0.0) + value over the vector's terms in order: bincount
        # adds its weights in input order, from 0.0
        slots = np.fromiter(chain.from_iterable(postings), dtype=np.int64)
        weights = np.repeat(list(compress(values, found)), list(map(len, postings)))
        acc = np.bincount(slots, weights)
        hit = acc.nonzero()[0]
        k = self.options.max_candidates
        sids = self._sids
        if len(hit) <= k:
            return sorted(map(sids.__getitem__, hit.tolist()))
        shared = acc[hit]
        ranked = -np.sort(-shared)
        cut = ranked[k - 1]
        if ranked[k] < cut:  # the k best are the same whatever the tie-break
            return sorted(map(sids.__getitem__, hit[shared >= cut].tolist()))
        top = sorted(zip(map(sids.__getitem__, hit.tolist()), shared.tolist()), key=lambda kv: (-kv[1], kv[0]))[:k]
        return sorted(sid for sid, _ in top)

    def add(
        self,
        article: Article,
        analysis: object | None = None,
        embedding: np.ndarray | None = None,
        prepared: PreparedArticle | None = None,
    ) -> Placement:
        """Place ``article``: join the best story or start a new one. Idempotent per id.

        ``prepared`` is :func:`prepare_articles` of the article (with these options and the
        same ``analysis``), computed ahead; without it the article is prepared here."""
        if article.id in self.story_of:
            sid = self.story_of[article.id]
            return Placement(article.id, sid, False, 1.0, 1.0, None, "already placed")
        if prepared is None:
            prepared = prepare_articles([article], self.options, [analysis])[0]
        elif prepared.options_key != _options_key(self.options):
            raise ValueError("article prepared with other story options")
        # Document frequencies include the article itself, so a term seen once gets the top idf.
        self.n_docs += 1
        ids = self._ids(prepared.terms)
        df = self._df
        df[ids] += 1
        order, values = self._weigh(df[ids].astype(np.float64), prepared.tf)
        emb = embedding if embedding is not None else self.embed(article)
        named = None if prepared.named is None else prepared.named[order]
        return self._place(article, ids[order], values, values.tolist(), emb, prepared.year, named)

    def add_many(
        self,
        articles: Sequence[Article],
        prepared: Sequence[PreparedArticle] | None = None,
        embeddings: Sequence[np.ndarray] | np.ndarray | None = None,
    ) -> list[Placement]:
        """:meth:`add` of each article in turn (the same placements and state), with the
        per-term work of the whole batch done in a few numpy passes: term numbers, the
        document frequency of each term at its article's turn (those before the batch plus
        its earlier occurrences in the batch, plus one) and the weighted vectors."""
        arts = list(articles)
        if prepared is None:
            prepared = prepare_articles(arts, self.options)
        ids_seen = [a.id for a in arts]
        if len(set(ids_seen)) < len(arts) or any(a in self.story_of for a in ids_seen) or len(arts) < 2:
            return [
                self.add(a, embedding=None if embeddings is None else embeddings[k], prepared=p)
                for k, (a, p) in enumerate(zip(arts, prepared))
            ]
        key = _options_key(self.options)
        if any(p.options_key != key for p in prepared):
            raise ValueError("article prepared with other story options")
        n = len(arts)
        lengths = [len(p.terms) for p in prepared]
        ids = self._ids(list(chain.from_iterable(p.terms for p in prepared)))
        art = np.repeat(np.arange(n, dtype=np.int64), lengths)
        # each term's document frequency at its article's turn
        by_term = np.lexsort((art, ids))
        sorted_ids = ids[by_term]
        first = np.concatenate([[True], sorted_ids[1:] != sorted_ids[:-1]])
        starts = np.flatnonzero(first)
        earlier = np.arange(len(ids)) - starts[np.cumsum(first) - 1]
        df = np.empty(len(ids), dtype=np.float64)
        df[by_term] = self._df[sorted_ids] + earlier + 1
        np.add.at(self._df, ids, 1)
        # the vectors (the arithmetic of _weigh, article by article, in one pass)
        docs = self.n_docs + 3 + art  # n_docs + 2 once the article is counted
        self.n_docs += n
        logs = np.fromiter(map(math.log, (docs / (df + 1.0)).tolist()), dtype=np.float64, count=len(ids))
        weights = (np.concatenate([p.tf for p in prepared]) if n else np.zeros(0)) * (logs + 1.0)
        ranked = np.lexsort((-weights, art))  # per article, heaviest first, ties in order
        offsets = np.concatenate([[0], np.cumsum(lengths)])
        rank = np.arange(len(ids)) - offsets[art[ranked]]
        chosen = ranked[rank < self.options.max_terms]
        top = weights[chosen]
        sizes = [min(m, self.options.max_terms) for m in lengths]
        bounds = np.concatenate([[0], np.cumsum(sizes)]).tolist()
        top_list = top.tolist()
        norms = [
            math.sqrt(sum(map(pow, top_list[bounds[k] : bounds[k + 1]], repeat(2)))) or 1.0 for k in range(n)
        ]
        values = top / np.repeat(norms, sizes)
        values_list = values.tolist()
        vec_ids = ids[chosen]
        named_all = np.concatenate(
            [np.zeros(len(p.terms), dtype=bool) if p.named is None else p.named for p in prepared]
        )
        vec_named = named_all[chosen] if len(named_all) else np.zeros(0, dtype=bool)
        out = []
        for k, (a, p) in enumerate(zip(arts, prepared)):
            lo, hi = bounds[k], bounds[k + 1]
            emb = embeddings[k] if embeddings is not None else self.embed(a)
            named = None if p.named is None else vec_named[lo:hi]
            out.append(self._place(a, vec_ids[lo:hi], values[lo:hi], values_list[lo:hi], emb, p.year, named))
        return out

    def _place(
        self,
        article: Article,
        vec_ids: np.ndarray,
        values: np.ndarray,
        values_list: list[float],
        emb: np.ndarray | None,
        year: int | None,
        named: np.ndarray | None = None,
    ) -> Placement:
        """The sequential part of :meth:`add`: candidates, scores, the choice, the join.
        ``named``: which of the vector's terms name or number something."""
        when = article_time(article)
        o = self.options
        # the decayed counts at the article's time: for its weights now and its own count after
        counts = self._recent_counts(vec_ids, when) if o.burst_weight and when is not None else None
        if counts is not None:
            weighted = self._bursty(vec_ids, values, counts)
            if weighted is not values:
                values, values_list = weighted, weighted.tolist()
        best: tuple[float, float, float | None, str] | None = None
        sids = self._candidates(vec_ids.tolist(), values_list)
        named_ids = vec_ids[named] if named is not None else vec_ids[:0]
        refused = False
        best_within = False  # is the best story within the window
        scored: list[tuple[float, float, float | None, str, float | None]] = []
        needed: dict[str, float] = {}  # the score each candidate story asked for
        for sid, term_sum in zip(sids, self._term_sums(vec_ids, values, sids)):
            story = self.stories[sid]
            total, term, e = self._blend(term_sum / story.n, emb, story)
            if year is not None and story.years and year not in story.years:
                total *= o.year_penalty
            gap = None if when is None or story.last_time is None else abs(when - story.last_time)
            scale = o.text_threshold_scale if e is None else 1.0
            need = o.join_threshold * scale + o.young_margin / story.n
            within = gap is None or gap <= o.window_days
            if not within:
                need = o.reopen_threshold * scale
            elif gap is not None and o.recent_bonus:
                need -= o.recent_bonus * math.exp(-gap / o.recent_days)
            scored.append((total, term, e, sid, gap))
            needed[sid] = need
            # a story within the window goes before any the article would reopen
            if total >= need and (best is None or (within, total) > (best_within, best[0])):
                if story.n < o.evidence_below and len(named_ids) and story.named and not self._shares(sid, named_ids):
                    refused = True  # kind words alone
                    continue
                best = (total, term, e, sid)
                best_within = within

        lead = None
        if best is None and o.lead_ratio and when is not None:
            heaviest = named_ids[np.argsort(-values[named], kind="stable")[: o.lead_names]] if named is not None else named_ids
            lead = self._clear_lead(scored, heaviest)
            if lead is not None:
                best = lead[:4]
        if best is None:
            sid = story_id_for(article.id)
            story = _StoryState(id=sid, headline=_headline(article))
            self.stories[sid] = story
            self._slot[sid] = len(self._sids)
            self._sids.append(sid)
            score, term, e, reason = 0.0, 0.0, None, "no story close enough: new story"
            if scored:
                # the nearest story and what it asked for, so that a reader sees how far off it was
                total_n, _t, _e, sid_n, gap_n = max(scored, key=lambda c: c[0])
                quiet = f", {gap_n:.0f} days after its last article" if gap_n is not None and gap_n > o.window_days else ""
                headline = shorten(self.stories[sid_n].headline, 62)
                reason += f" (nearest: “{headline}”, score {total_n:.2f} where it needed {needed[sid_n]:.2f}{quiet})"
            if refused:
                reason += " (a young story scored enough but shares no name or number with it)"
            new = True
        else:
            score, term, e, sid = best
            story = self.stories[sid]
            reason = f"joined: score {score:.2f} (terms {term:.2f}" + (
                f", meaning {e:.2f})" if e is not None else ")"
            )
            if lead is not None:
                reason += f", below the bar but {lead[4]}"
            new = False
        has_named = bool(len(named_ids))
        self._join(story, article.id, article.outlet, article.published, vec_ids, values, emb, when, year, has_named)
        split = None
        if o.split_ratio > 0:
            self._remember(story, article, vec_ids, values, emb, when, year, has_named)
            split = self._maybe_split(story)
            if split is not None:
                sid = self.story_of[article.id]
                reason += f"; story split in two ({split[1]} left {split[0]})"
        if counts is not None:
            self._count_burst(vec_ids, when, counts)  # type: ignore[arg-type]
        return Placement(article.id, sid, new, score, term, e, reason, split)

    def _clear_lead(
        self, scored: list[tuple[float, float, float | None, str, float | None]], heaviest: np.ndarray
    ) -> tuple[float, float, float | None, str, str] | None:
        """The story a dated article that cleared no bar is clearly about (see
        ``StoryOptions.lead_ratio``), from the candidates' (score, term score, meaning, story,
        days since its last article) and the article's heaviest named terms: score, term
        score, meaning, story and why in words; or None."""
        o = self.options
        if not scored:
            return None
        ranked = sorted(scored, key=lambda c: c[0], reverse=True)
        total, term, e, sid, gap = ranked[0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        if gap is None or gap > o.lead_days or e is None or e < o.lead_meaning:
            return None
        if total < o.lead_floor or total < o.lead_ratio * runner_up:
            return None
        if not len(heaviest) or not self._shares(sid, heaviest):
            return None  # (another warehouse fire, in another town: the story's names are not the article's)
        ahead = f"{total / runner_up:.1f} times the next story's score" if runner_up > 0 else "no other story scores"
        return total, term, e, sid, f"{ahead}, {gap:.1f} days after its last article"

    def _shares(self, sid: str, ids: np.ndarray) -> bool:
        """Does story ``sid`` hold any of the terms ``ids``?"""
        story_ids = self._arrays[sid][0]
        mark = self._mark
        mark[story_ids] = 1
        hit = bool(mark[ids].any())
        mark[story_ids] = 0
        return hit

    def _join(
        self,
        story: _StoryState,
        article_id: str,
        outlet: str | None,
        published: str | None,
        vec_ids: np.ndarray,
        values: np.ndarray,
        emb: np.ndarray | None,
        when: float | None,
        year: int | None,
        named: bool = True,
    ) -> None:
        """Add an article to ``story``: member, outlet, times, terms, meaning, year, and
        whether its vector holds a named or numbered term."""
        story.note(article_id, outlet, published, when)
        self._add_terms(story, vec_ids, values)
        if emb is not None:
            story.embedding = emb.astype(np.float32) if story.embedding is None else story.embedding + emb
        story.n += 1
        story.named += named
        if year is not None:
            story.years.add(year)
        self.story_of[article_id] = story.id

    def _add_terms(self, story: _StoryState, vec_ids: np.ndarray, values: np.ndarray) -> None:
        """Add an article's vector to the story's summed term weights and re-index it."""
        # terms[t] = terms.get(t, 0.0) + value for every term of the vector: an old term in
        # its place, new ones appended in the vector's order (as a dict would keep them)
        got = self._arrays.get(story.id)
        if got is None:
            ids, w = vec_ids.copy(), 0.0 + values
        else:
            ids, w = got
            mark = self._mark
            mark[ids] = np.arange(1, len(ids) + 1, dtype=np.int32)
            at = mark[vec_ids]
            mark[ids] = 0
            old = at > 0
            w[at[old] - 1] += values[old]
            if not old.all():
                fresh = ~old
                ids = np.concatenate([ids, vec_ids[fresh]])
                w = np.concatenate([w, 0.0 + values[fresh]])
        # trimmed to the heaviest (ties: in dict order) when twice the size kept
        k = self.options.index_terms
        if len(ids) > self.options.story_terms * 2:
            keep = (-w).argsort(kind="stable")[: self.options.story_terms]
            ids, w = ids[keep], w[keep]
            top = ids[:k]
        else:
            top = ids[(-w).argsort(kind="stable")[:k]]
        self._arrays[story.id] = (ids, w)
        self._reindex(story.id, frozenset(top.tolist()))

    # -- splitting -----------------------------------------------------------------

    def _remember(
        self,
        story: _StoryState,
        article: Article,
        vec_ids: np.ndarray,
        values: np.ndarray,
        emb: np.ndarray | None,
        when: float | None,
        year: int | None,
        named: bool = True,
    ) -> None:
        """Keep what the article brought while its story may still split; forget the
        members of stories grown past ``split_max`` or gone quiet (a window behind)."""
        o = self.options
        if when is not None and (self._swept is None or when > self._swept + o.window_days):
            self._forget_quiet(when)  # once a window of stream time: a story is forgotten
            self._swept = when  # between one and two windows after its last article
        if story.n > o.split_max:
            self._members.pop(story.id, None)
            return
        members = self._members.setdefault(story.id, [])
        members.append(
            _Member(
                article.id, vec_ids.copy(), 0.0 + values, None if emb is None else emb.astype(np.float32),
                _headline(article), article.outlet, article.published, when, year, named,
            )
        )

    def _forget_quiet(self, now: float) -> None:
        window = self.options.window_days
        for sid in [sid for sid in self._members if (t := self.stories[sid].last_time) is not None and now - t > window]:
            del self._members[sid]

    def _maybe_split(self, story: _StoryState) -> tuple[str, str] | None:
        """Split ``story`` in two when its articles form two groups much less alike across
        than within (see ``StoryOptions.split_ratio``); (story, new story) or None."""
        o = self.options
        members = self._members.get(story.id)
        if members is None or len(members) != story.n or story.n not in _split_sizes(o.split_min, o.split_max):
            return None
        sims = _member_similarity(members, o)
        first, second = _two_groups(sims)
        if min(len(first), len(second)) < o.split_min:
            return None
        within = np.concatenate([sims[np.ix_(g, g)][np.triu_indices(len(g), 1)] for g in (first, second)]).mean()
        across = sims[np.ix_(first, second)].mean()
        if not across < o.split_ratio * within:
            return None
        keep, leave = (first, second) if 0 in first else (second, first)
        staying = [members[i] for i in sorted(keep)]
        leaving = [members[i] for i in sorted(leave)]
        new_id = story_id_for(leaving[0].article_id)
        self._rebuild(story.id, staying, story.headline)
        self._rebuild(new_id, leaving, leaving[0].headline)
        return story.id, new_id

    def _rebuild(self, sid: str, members: list[_Member], headline: str) -> None:
        """The story ``sid`` made of ``members`` alone (in their order), as if they had
        joined it one by one."""
        story = _StoryState(id=sid, headline=headline)
        self.stories[sid] = story
        if sid not in self._slot:
            self._slot[sid] = len(self._sids)
            self._sids.append(sid)
        self._arrays.pop(sid, None)
        for m in members:
            self._join(
                story, m.article_id, m.outlet, m.published, m.ids, m.values, m.emb, m.when, m.year,
                getattr(m, "named", True),  # members saved before this field: taken as named
            )
        self._members[sid] = list(members)

    def _reindex(self, sid: str, top: frozenset[int]) -> None:
        old = self._indexed.get(sid, frozenset())
        postings = self._postings
        slot = self._slot[sid]
        for t in old - top:
            posting = postings[t]
            posting.discard(slot)
            if not posting:
                del postings[t]
        for t in top - old:
            posting = postings.get(t)
            if posting is None:
                postings[t] = {slot}
            else:
                posting.add(slot)
        self._indexed[sid] = top

    # -- output and persistence -------------------------------------------------

    def story(self, story_id: str) -> Story:
        return self.stories[story_id].to_story()

    def all_stories(self) -> list[Story]:
        return [s.to_story() for s in self.stories.values()]

    def clusters(self) -> dict[str, str]:
        """article id -> story id."""
        return dict(self.story_of)

    def to_bytes(self) -> bytes:
        names = _names(self._tid)
        stories = {}
        for sid, story in self.stories.items():
            got = self._arrays.get(sid)
            if got is not None:
                story = replace(story, terms=_terms_dict(names, got))
            stories[sid] = story
        state = {
            "version": STATE_VERSION,
            "df": dict(zip(self._tid, self._df[: len(self._tid)].tolist())),
            "n_docs": self.n_docs,
            "stories": stories,
            "story_of": self.story_of,
            "members": self._members,
            "swept": self._swept,
            "bursts": {
                "recent": self._recent[: len(self._tid)].tolist(),
                "recent_at": self._recent_at[: len(self._tid)].tolist(),
                "seen": self._seen[: len(self._tid)].tolist(),
                "all": self._recent_all,
                "all_at": self._recent_all_at,
                "dated": self._dated,
            },
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
        df = state["df"]
        linker._tid = tid = {t: i for i, t in enumerate(df)}
        linker._df = np.zeros(max(1024, len(df)), dtype=np.int64)
        linker._df[: len(df)] = np.fromiter(df.values(), dtype=np.int64, count=len(df))
        linker._mark = np.zeros(len(linker._df), dtype=np.int32)
        linker._grow_bursts(len(linker._df))
        bursts = state.get("bursts")  # a state saved before bursts: none yet
        if bursts is not None:
            for name, key in (("_recent", "recent"), ("_recent_at", "recent_at"), ("_seen", "seen")):
                getattr(linker, name)[: len(bursts[key])] = bursts[key]
            linker._recent_all, linker._recent_all_at, linker._dated = bursts["all"], bursts["all_at"], bursts["dated"]
        linker.n_docs = state["n_docs"]
        linker.stories = state["stories"]
        linker.story_of = state["story_of"]
        linker._members = state.get("members", {})
        linker._swept = state.get("swept", state.get("newest"))  # (saved before: the newest time)
        k = linker.options.index_terms
        linker._sids = list(linker.stories)
        linker._slot = {sid: i for i, sid in enumerate(linker._sids)}
        for sid, story in linker.stories.items():
            terms = story.terms
            ids = np.fromiter(map(tid.__getitem__, terms), dtype=np.int64, count=len(terms))
            w = np.fromiter(terms.values(), dtype=np.float64, count=len(terms))
            linker._arrays[sid] = (ids, w)
            story.terms = {}  # the arrays hold them while streaming
            linker._reindex(sid, frozenset(ids[(-w).argsort(kind="stable")[:k]].tolist()))
        return linker


def _names(tid: dict[str, int]) -> list[str]:
    """Term by number."""
    return list(tid)


def _terms_dict(names: list[str], arrays: tuple[np.ndarray, np.ndarray]) -> dict[str, float]:
    """A story's (term numbers, weights) arrays as the term -> weight dict the state saves."""
    ids, weights = arrays
    return dict(zip(map(names.__getitem__, ids.tolist()), weights.tolist()))


@lru_cache(maxsize=8)
def _split_sizes(split_min: int, split_max: int) -> frozenset[int]:
    """The story sizes at which a split is looked for: from ``2 * split_min`` up to
    ``split_max``, each about a quarter more than the one before (a check costs a
    similarity matrix of the story's articles, so not at every join)."""
    sizes = set()
    n = 2 * split_min
    while n <= split_max:
        sizes.add(n)
        n = max(n + 1, round(n * 1.25))
    return frozenset(sizes)


def _member_similarity(members: list[_Member], options: StoryOptions) -> np.ndarray:
    """Pairwise similarity of a story's articles: term cosine blended with meaning as
    :meth:`StoryLinker._blend` blends an article's score against a story."""
    n = len(members)
    ids = np.concatenate([m.ids for m in members])
    uniq, at = np.unique(ids, return_inverse=True)
    x = np.zeros((n, len(uniq)))
    rows = np.repeat(np.arange(n), [len(m.ids) for m in members])
    x[rows, at] = np.concatenate([m.values for m in members])
    sims = x @ x.T
    if options.use_embeddings and all(m.emb is not None for m in members):
        e = np.stack([m.emb for m in members]).astype(np.float64)
        scaled = np.maximum(0.0, (e @ e.T - options.embed_floor) / (1.0 - options.embed_floor))
        sims = (1 - options.embed_weight) * sims + options.embed_weight * scaled
    return sims


def _two_groups(sims: np.ndarray) -> tuple[list[int], list[int]]:
    """Average-link agglomerative clustering of ``sims`` down to two groups (ties: the
    first pair). The matrix of group averages is updated in place (Lance-Williams)."""
    n = len(sims)
    groups: list[list[int]] = [[i] for i in range(n)]
    avg = sims.astype(np.float64)  # a copy
    np.fill_diagonal(avg, -np.inf)
    sizes = np.ones(n)
    for _ in range(n - 2):
        flat = int(np.argmax(avg))
        a, b = sorted(divmod(flat, n))
        row = (sizes[a] * avg[a] + sizes[b] * avg[b]) / (sizes[a] + sizes[b])
        avg[a, :] = row
        avg[:, a] = row
        avg[a, a] = -np.inf
        avg[b, :] = -np.inf
        avg[:, b] = -np.inf
        sizes[a] += sizes[b]
        groups[a].extend(groups[b])
        groups[b] = []
    first, second = (g for g in groups if g)
    return first, second
