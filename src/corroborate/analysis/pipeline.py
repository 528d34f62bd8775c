"""Per-article analysis: one pure function of one article.

* :func:`analyze_article` — an :class:`~corroborate.types.Article` in, an
  :class:`~corroborate.analysis.types.ArticleAnalysis` out. Nothing else is read; the
  spaCy model is loaded once per process through :func:`corroborate.models.get_nlp` (with
  paragraph breaks as sentence starts, :mod:`corroborate.analysis.paragraphs`), so
  the function can be mapped over processes or a Dask cluster as it is.
* :func:`analyze_doc` — the same from an already parsed spaCy ``Doc``.
* :func:`analyze_many` — a stream of articles through ``nlp.pipe`` in
  ``settings.n_process`` worker processes (each runs ``nlp.pipe`` with
  ``settings.batch_size`` and the post-processing, and sends back only the small
  analysis); yields ``(article_id, ArticleAnalysis | ItemError)`` in input order. One bad
  article is recorded with its reason and never stops the batch.
* :func:`analysis_version` — code version (with a digest of the analysis sources) plus
  model name and version; a stored analysis with another version is recomputed.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime
from functools import lru_cache
from itertools import islice
from pathlib import Path

from corroborate.analysis.dates import extract_dates, warm_up
from corroborate.analysis.entities import build_entities
from corroborate.analysis.paragraphs import analysis_nlp, doc_with_breaks
from corroborate.analysis.quantities import extract_quantities
from corroborate.analysis.quotes import DOC_NOUNS, extract_quotes
from corroborate.analysis.types import ANALYSIS_SCHEMA, ArticleAnalysis, Entity, Mention, Quote, Sentence
from corroborate.config import Settings
from corroborate.errors import CorroborateError
from corroborate.furniture import furniture_spans, outside
from corroborate.models import model_version
from corroborate.types import Article, ItemError

CODE_VERSION = "1.81"
"""Bump on a deliberate change of what the analysis finds. Any edit of the analysis code
changes :func:`code_digest` too, so a stored analysis is never stale by oversight."""
# credit lines that name the people who made the article ("Reporting by …", "… contributed
# reporting", photo credits): their names are no people of the story
PEOPLE_CREDITS = frozenset({"reporting", "contributed", "photo"})


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A short hash of the analysis package's source files (this module and its siblings) and
    of the page furniture it leaves out (``corroborate/furniture.py``)."""
    digest = hashlib.sha256()
    for path in [*sorted(Path(__file__).parent.glob("*.py")), Path(__file__).parent.parent / "furniture.py"]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


class AnalysisFailed(CorroborateError):
    """One article could not be analysed (the batch goes on)."""

    code = "C400"


def analysis_version(settings: Settings) -> str:
    return f"analysis-{CODE_VERSION}-{code_digest()}.s{ANALYSIS_SCHEMA}+{model_version(settings.spacy_model)}"


def _published(article: Article) -> datetime | None:
    return article.published_dt


def analyze_doc(article: Article, doc, version: str) -> ArticleAnalysis:
    """The analysis of ``article`` from its parsed ``doc`` (``doc.text == article.text``)."""
    text = article.text
    if doc.text != text:
        raise AnalysisFailed("parsed text differs from the article text", item=article.id)
    # page furniture ("Advertisement Continue reading the main story", a newsletter box) is
    # not the article's: no sentence, name, quote, number or date is taken from it
    furniture = furniture_spans(text)
    sentences = _sentences(doc, text, furniture)
    starts = [s.start for s in sentences]

    def sentence_of(char: int) -> int:
        return max(0, bisect.bisect_right(starts, char) - 1)

    index = build_entities(doc, [(c.start, c.end) for c in article.credits if c.kind in PEOPLE_CREDITS] + furniture)
    datelines = [(c.start, c.end) for c in article.credits if c.kind == "dateline"]
    datelines += [d for d in bare_datelines(text) if not any(s < d[1] and d[0] < e for s, e in datelines)]
    credits = [(c.start, c.end) for c in article.credits if c.kind != "dateline"]
    not_the_story = credits + furniture
    joined = _joined(credits, text)
    quotes = [
        _speaker_after_credits(q, joined, text).model_copy(update={"sentence": sentence_of(q.start)})
        for q in _after_datelines(extract_quotes(doc, index, text, furniture), text, datelines)
        # nor in a credit ("Photographer: Jo Lee/Bloomberg"), nor said by one (a gallery's
        # "Photos: North Korea launches rocket …" is no speaker's colon)
        if not _inside(q.start, q.end, not_the_story)
        and not (q.speaker_start is not None and _inside(q.speaker_start, q.speaker_end, joined))
        # nor one whose cue is the furniture's (a video's title, "Elon Musk reveals new
        # spacesuit | 0:40", before its description)
        and not (q.cue_start is not None and _inside(q.cue_start, q.cue_end, furniture))
    ]
    entities = _with_pronoun_mentions(_dateline_places(index.entities, datelines), quotes)
    quantities = [q for q in extract_quantities(doc, sentence_of, text) if not _inside(q.start, q.end, furniture)]
    # a copyright or photo line's year is the credit's, not a date of the story (a dateline's
    # date is the story's)
    dates = [d for d in extract_dates(doc, _published(article), sentence_of, text) if not _inside(d.start, d.end, not_the_story)]
    return ArticleAnalysis(
        article_id=article.id,
        version=version,
        sentences=sentences,
        entities=tuple(entities),
        quotes=tuple(quotes),
        quantities=tuple(quantities),
        dates=tuple(dates),
    )


_LINE = re.compile(r"[^\n]+")


def _sentences(doc, text: str, furniture: Sequence[tuple[int, int]] = ()) -> tuple[Sentence, ...]:
    """spaCy's sentences, split again at line breaks (a headline or a paragraph never runs
    into the next one) and without the page furniture in them, without surrounding
    whitespace."""
    out: list[Sentence] = []
    for sent in doc.sents:
        for m in _LINE.finditer(text, sent.start_char, sent.end_char):
            for a, b in outside(m.start(), m.end(), furniture):
                while a < b and text[a].isspace():
                    a += 1
                while b > a and text[b - 1].isspace():
                    b -= 1
                if b > a:
                    out.append(Sentence(start=a, end=b))
    return tuple(out)


# A local dateline opening a paragraph, without an agency ("SKARHAVN —", "PORT ELLIS,
# Velmark —", "EASTVALE, March 3 —"): a place in capitals, then a dash. (Wire datelines
# with an agency are credits, found at ingest.)
_BARE_DATELINE = re.compile(
    r"(?m)^[^\S\n]*[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+)*"
    r"(?:,[ ][A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)*)?(?:,?[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2})?"
    r"[ ]+[—–-]{1,2}(?=[ ])"
)


def bare_datelines(text: str) -> list[tuple[int, int]]:
    """The first local dateline in ``text`` (within its first 600 characters), as a span."""
    m = _BARE_DATELINE.search(text, 0, 600)
    if m is None:
        return []
    start = m.start() + len(m.group()) - len(m.group().lstrip())
    return [(start, m.end())]


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _speaker_after_credits(q: Quote, credits: list[tuple[int, int]], text: str) -> Quote:
    """``q`` with a speaker that the parse ran out of a credit into the text ("Photos: Ferry
    terror: Images of the wreck in Port Ellis Harbour Radio, … reported") starting after the
    credit ("Harbour Radio"); named so when it named no one."""
    if q.speaker_start is None or q.speaker_end is None:
        return q
    for s, e in credits:
        if s <= q.speaker_start < e < q.speaker_end:
            start = e + len(text[e : q.speaker_end]) - len(text[e : q.speaker_end].lstrip())
            speaker = text[start : q.speaker_end]
            update = {"speaker_start": start, "speaker": speaker}
            if q.entity is None:
                update["speaker_name"] = speaker
            return q.model_copy(update=update)
    return q


def _joined(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """``spans`` with those only white space apart joined (a gallery's counter and the
    title of its next picture, "Hide Caption 18 of 25 Photos: …", are one credit to a
    speaker that runs over both)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and not text[out[-1][1] : s].strip():
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _after_datelines(quotes: list[Quote], text: str, datelines: list[tuple[int, int]]) -> list[Quote]:
    """Quotes that run from a dateline into the story ("RIVERMOUTH (Northgate Wire) —
    Floodwaters forced …, officials said") start after it: the dateline is a credit, not
    what was said."""
    out = []
    for q in quotes:
        for s, e in datelines:
            if s <= q.start < e < q.end:
                start = e
                while start < q.end and (text[start].isspace() or text[start] in "—–-:"):
                    start += 1
                update: dict[str, object] = {"start": start, "text": text[start : q.end]}
                if q.pieces:
                    update["pieces"] = tuple((max(a, start), b) for a, b in q.pieces if b > start)
                if q.context_start is not None and s <= q.context_start < e:
                    update["context_start"] = start
                q = q.model_copy(update=update)
        out.append(q)
    return out


def _dateline_places(entities: list[Entity], datelines: list[tuple[int, int]]) -> list[Entity]:
    """A dateline names where the story was filed: a name the model read as a person there
    and nowhere else is a place, so is the name opening it whatever the model read, and the
    dateline's agency is no one's role."""
    if not datelines:
        return entities
    out = []
    for ent in entities:
        update: dict[str, object] = {}
        roles = tuple(r for r in ent.roles if not _inside(r.start, r.end, datelines))
        if roles != ent.roles:
            update["roles"] = roles
        if ent.label == "PERSON" and ent.mentions and all(_inside(m.start, m.end, datelines) for m in ent.mentions):
            update["label"] = "GPE"
        elif ent.label in {"PERSON", "ORG"} and any(m.start == s for m in ent.mentions for s, _e in datelines):
            update["label"] = "GPE"  # the name opening a dateline is where it was filed
        out.append(ent.model_copy(update=update) if update else ent)
    return out


def _with_pronoun_mentions(entities: list[Entity], quotes) -> list[Entity]:
    """Add the pronoun / role-noun speakers that quotes resolved to their entity."""
    extra: dict[str, list[Mention]] = {}
    for q in quotes:
        if q.entity is None or q.speaker_start is None or q.speaker is None:
            continue
        ent = next((e for e in entities if e.id == q.entity), None)
        if ent is None or any(m.start < (q.speaker_end or 0) and q.speaker_start < m.end for e in entities for m in e.mentions):
            continue
        low = q.speaker.lower()
        if low.split()[-1] in DOC_NOUNS:
            continue
        kind = "pronoun" if low in {"he", "she", "they", "it", "him", "her", "we"} else "role"
        extra.setdefault(q.entity, []).append(
            Mention(start=q.speaker_start, end=q.speaker_end or q.speaker_start, text=q.speaker, kind=kind)
        )
    if not extra:
        return entities
    return [
        e.model_copy(update={"mentions": tuple(sorted(e.mentions + tuple(extra[e.id]), key=lambda m: m.start))})
        if e.id in extra
        else e
        for e in entities
    ]


def analyze_article(article: Article, settings: Settings | None = None) -> ArticleAnalysis:
    """Analyse one article. Pure: the result depends on the article and the settings only."""
    settings = settings or Settings()
    nlp = analysis_nlp(settings.spacy_model)
    if len(article.text) > nlp.max_length:
        raise AnalysisFailed(f"text too long ({len(article.text)} characters)", item=article.id)
    return analyze_doc(article, nlp(_to_parse(nlp, article)), analysis_version(settings))


def _to_parse(nlp, article: Article):
    """The article's tokens for the pipeline, a sentence starting at each edge of a photo
    credit set into the text (:func:`~corroborate.analysis.paragraphs.doc_with_breaks`)."""
    return doc_with_breaks(nlp, article.text, [edge for c in article.credits if c.kind == "photo" for edge in (c.start, c.end)])


def _error(article: Article, exc: BaseException) -> ItemError:
    code = getattr(exc, "code", "C400")
    reason = getattr(exc, "reason", None) or f"{type(exc).__name__}: {exc}"
    return ItemError(item=article.id, code=code, reason=reason)


def _analyze_batch(articles: list[Article], settings: Settings) -> list[tuple[str, ArticleAnalysis | ItemError]]:
    """Parse a batch with ``nlp.pipe`` and analyse each article; errors stay per article."""
    nlp = analysis_nlp(settings.spacy_model)
    version = analysis_version(settings)
    out: list[tuple[str, ArticleAnalysis | ItemError]] = []
    ok = [a for a in articles if len(a.text) <= nlp.max_length]
    try:
        docs = list(nlp.pipe((_to_parse(nlp, a) for a in ok), batch_size=settings.batch_size))
    except Exception:  # noqa: BLE001 - one text broke the batch: parse one by one to find it
        docs = []
        for a in ok:
            try:
                docs.append(nlp(_to_parse(nlp, a)))
            except Exception as exc:  # noqa: BLE001 - recorded per article
                docs.append(exc)
    parsed = dict(zip((a.id for a in ok), docs))
    for article in articles:
        doc = parsed.get(article.id)
        if doc is None:
            out.append((article.id, _error(article, AnalysisFailed(f"text too long ({len(article.text)} characters)", item=article.id))))
            continue
        if isinstance(doc, BaseException):
            out.append((article.id, _error(article, doc)))
            continue
        try:
            out.append((article.id, analyze_doc(article, doc, version)))
        except Exception as exc:  # noqa: BLE001 - one bad article never aborts the batch
            out.append((article.id, _error(article, exc)))
    return out


def _worker_init(model: str) -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    analysis_nlp(model)


def analyze_many(
    articles: Iterable[Article], settings: Settings | None = None
) -> Iterator[tuple[str, ArticleAnalysis | ItemError]]:
    """Analyse a stream of articles in input order, ``settings.n_process`` processes at a
    time, keeping only a few batches in flight."""
    settings = settings or Settings()
    size = max(1, settings.batch_size)
    it = iter(articles)
    batches = iter(lambda: list(islice(it, size)), [])
    if settings.n_process <= 1:
        for batch in batches:
            yield from _analyze_batch(batch, settings)
        return
    first = next(batches, None)
    if first is None:
        return
    warm_up()  # forked workers inherit dateparser's loaded data
    with ProcessPoolExecutor(
        max_workers=settings.n_process, initializer=_worker_init, initargs=(settings.spacy_model,)
    ) as pool:
        pending: deque[tuple[list[Article], Future]] = deque()
        pending.append((first, pool.submit(_analyze_batch, first, settings)))
        for batch in batches:
            pending.append((batch, pool.submit(_analyze_batch, batch, settings)))
            if len(pending) >= settings.n_process * 2:
                yield from _result(*pending.popleft())
        while pending:
            yield from _result(*pending.popleft())


def _result(batch: list[Article], future: Future) -> list[tuple[str, ArticleAnalysis | ItemError]]:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - a worker died: every article of its batch is recorded
        return [(a.id, _error(a, exc)) for a in batch]
