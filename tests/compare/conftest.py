"""A small story built by hand: three outlets, a wire original, a rewrite that changes a
quote and rounds a number, a verbatim copy, and an outlet with a conversion, a partial
quote and a paraphrase in quotation marks. Analyses are written out explicitly (spans found
by searching the text) so these tests exercise comparison alone."""

from __future__ import annotations

import pytest

from corroborate.analysis.types import ArticleAnalysis, Entity, Mention, Quantity, Quote, Role, Sentence
from corroborate.compare.context import StoryInput
from corroborate.linking.types import PairLink, Story
from corroborate.types import Article, Credit, content_id

WIRE = (
    "PORT ELLIS, March 6 (Northgate Wire) - Trade Minister Alva Brandt said talks with Corvania would continue next week. "
    "“We will not sign a deal that hurts our farmers,” Brandt said. "
    "Trade between the two countries was worth C$55.4 billion last year. "
    "The new terminal will create 1,200 jobs in the port city."
)
REWRITE = (
    "Trade Minister Alva Brandt said the talks with Corvania would go on next week. "
    "“We will never sign a deal that hurts farmers,” Brandt said. "
    "Trade between the two countries reached C$55 billion last year. "
    "The new terminal will create 2,100 jobs in the port city."
)
COPY = WIRE.replace("PORT ELLIS, March 6 (Northgate Wire) - ", "")
OTHER = (
    "Brandt described the talks as “a careful first step” toward a wider agreement. "
    "“We refuse any agreement that damages farmers,” Brandt said at the harbour. "
    "Trade between the two nations was C$56 billion ($40.5 billion) last year. "
    "Local fishermen staged a small protest outside the ministry on Wednesday morning. "
    "Trade Minister Alva Brandt said the talks with Corvania would continue next week."
)


def find(text: str, sub: str) -> tuple[int, int]:
    start = text.index(sub)
    return start, start + len(sub)


def make_article(title: str, outlet: str, text: str, published: str) -> Article:
    credits = ()
    if text.startswith("PORT ELLIS"):
        s, e = find(text, "PORT ELLIS, March 6 (Northgate Wire) -")
        credits = (Credit(kind="dateline", start=s, end=e, text=text[s:e], agency="Northgate Wire"),)
    return Article(id=content_id(title, text), title=title, outlet=outlet, text=text, published=published, credits=credits)


def sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " ") and text[max(0, i - 2) : i] != "C$":
            out.append(Sentence(start=start, end=i + 1))
            start = i + 2
    return tuple(out)


def sentence_of(sents, pos: int) -> int:
    return next(i for i, s in enumerate(sents) if s.start <= pos < s.end)


def quote(text, sents, n, words, kind="direct", speaker="Brandt"):
    s, e = find(text, words)
    return Quote(
        id=f"q{n}", kind=kind, start=s, end=e, text=words, cue="said", speaker=speaker,
        entity="e1", speaker_name="Alva Brandt", sentence=sentence_of(sents, s),
    )


def money(text, sents, words, value, currency, measures="trade between the two countries"):
    s, e = find(text, words)
    return Quantity(start=s, end=e, text=words, kind="money", value=value, currency=currency, measures=measures, sentence=sentence_of(sents, s))


def jobs(text, sents, words, value):
    s, e = find(text, words)
    return Quantity(start=s, end=e, text=words, kind="count", value=value, unit="jobs", measures="jobs the new terminal will create", sentence=sentence_of(sents, s))


def analysis(article: Article, quotes=(), quantities=()) -> ArticleAnalysis:
    s, e = find(article.text, "Brandt")
    person = Entity(id="e1", label="PERSON", name="Alva Brandt", mentions=(Mention(start=s, end=e, text="Brandt"),),
                    roles=(Role(text="Trade Minister", start=0, end=0),))
    return ArticleAnalysis(article_id=article.id, version="test", sentences=sentences(article.text),
                           entities=(person,), quotes=tuple(quotes), quantities=tuple(quantities))


@pytest.fixture(scope="session")
def story() -> StoryInput:
    wire = make_article("Brandt vows to protect farmers", "Northgate Wire", WIRE, "2025-03-06T09:00:00+00:00")
    copy = make_article("Talks to continue, Brandt says", "Harbour Times", COPY, "2025-03-06T10:00:00+00:00")
    rewrite = make_article("Brandt: no deal that hurts farmers", "Daily Ledger", REWRITE, "2025-03-06T12:00:00+00:00")
    other = make_article("A careful first step", "Corvania Post", OTHER, "2025-03-06T15:00:00+00:00")
    arts = (wire, copy, rewrite, other)
    sw, sc, sr, so = (sentences(a.text) for a in arts)
    analyses = {
        wire.id: analysis(wire, [quote(WIRE, sw, 1, "We will not sign a deal that hurts our farmers,")],
                          [money(WIRE, sw, "C$55.4 billion", 55.4e9, "CAD"), jobs(WIRE, sw, "1,200 jobs", 1200)]),
        copy.id: analysis(copy, [quote(COPY, sc, 1, "We will not sign a deal that hurts our farmers,")],
                          [money(COPY, sc, "C$55.4 billion", 55.4e9, "CAD"), jobs(COPY, sc, "1,200 jobs", 1200)]),
        rewrite.id: analysis(rewrite, [quote(REWRITE, sr, 1, "We will never sign a deal that hurts farmers,")],
                             [money(REWRITE, sr, "C$55 billion", 55e9, "CAD"), jobs(REWRITE, sr, "2,100 jobs", 2100)]),
        other.id: analysis(other, [quote(OTHER, so, 1, "a careful first step", kind="partial"),
                                   quote(OTHER, so, 2, "We refuse any agreement that damages farmers,")],
                           [money(OTHER, so, "C$56 billion", 56e9, "CAD", "trade between the two nations"),
                            money(OTHER, so, "$40.5 billion", 40.5e9, "USD", "trade between the two nations")]),
    }
    links = (
        PairLink(a=wire.id, b=copy.id, relation="verbatim_copy", similarity=1.0, original=wire.id, confidence=0.9),
        PairLink(a=wire.id, b=rewrite.id, relation="rewrite", similarity=0.7, original=wire.id, confidence=0.8),
    )
    s = Story(id="s-test", headline=wire.title, article_ids=tuple(a.id for a in arts), outlets=tuple(a.outlet for a in arts))
    return StoryInput(story=s, articles=arts, analyses=analyses, links=links)


@pytest.fixture(scope="session")
def embed():
    from corroborate.models import get_embedder

    return get_embedder().encode
