"""A rewrite compared with the wire story it rewrites: what the alignment of the two
(linking.align, the alignment that made them a rewrite pair) says about facts and quotes.

A fictional budget story. The Meridian Press Agency's story; the Valen Courier's rewrite of
it, every sentence reworded (the lead without the wire's dateline, two quotes of Hanna Oster
reworded inside their quotation marks, a figure changed) and one older remark of Oster's
added; and Coast News reporting on its own.
"""

from __future__ import annotations

import pytest

from corroborate.analysis.types import ArticleAnalysis, Quote, Sentence
from corroborate.compare.context import StoryInput
from corroborate.compare.facts import align_facts, restatement_groups, single_outlet
from corroborate.compare.quotes import group_quotes
from corroborate.ingest.credits import find_credits
from corroborate.linking.rewrites import classify_pair
from corroborate.linking.text import sentences
from corroborate.linking.types import Story
from corroborate.types import Article, content_id

WIRE = (
    "KESSMOUTH, May 4 (Meridian Press Agency) — Finance Minister Hanna Oster presented a budget on Tuesday "
    "that cuts state money for regional airports by a fifth. "
    "“We will watch every euro,” Oster told parliament in Kessmouth. "
    "The opposition said the cuts would hurt small towns that depend on summer flights. "
    "The budget sets aside 40 million euros for rail repairs in the north. "
    "The budget also raises the tobacco tax for the second year in a row. "
    "“Nobody will lose a pension,” Oster added before the vote."
)
REWRITE = (
    "Hanna Oster, the finance minister, put forward a budget on Tuesday under which regional airports "
    "lose a fifth of their public funding. "
    "“We are going to keep a close eye on each cent,” Oster told parliament in Kessmouth. "
    "Small towns that rely on summer flights will be the losers, opposition leaders said. "
    "Northern railway lines get 45 million euros for repairs in the plan. "
    "“Airports must earn their own money,” Oster said in an interview last year. "
    "The budget also raises the tobacco tax for a second year running. "
    "“Pensions are safe with us,” Oster added before the vote."
)
OTHER = (
    "Airport workers protested outside parliament in Kessmouth on Wednesday against the budget cuts. "
    "“The budget is fair to every region,” Oster said in a radio interview. "
    "Union leader Pavel Ostrik said the protest would continue until the vote."
)

WIRE_LEAD = "Finance Minister Hanna Oster presented a budget"
REWRITE_LEAD = "Hanna Oster, the finance minister, put forward"
SMALL_TOWNS = ("The opposition said the cuts", "Small towns that rely on summer flights")
RAIL = ("40 million euros for rail repairs", "45 million euros for repairs")


def _article(outlet: str, text: str, published: str) -> Article:
    return Article(id=content_id(outlet, text), title=outlet, outlet=outlet, text=text, published=published,
                   credits=find_credits(text))


def _quotes(text: str, said: list[str]) -> tuple[Quote, ...]:
    out = []
    for n, words in enumerate(said):
        start = text.index(words)
        out.append(Quote(id=f"q{n + 1}", kind="direct", start=start, end=start + len(words), text=words, cue="said",
                         speaker="Oster", speaker_name="Hanna Oster", entity="e1"))
    return tuple(out)


def _analysis(article: Article, said: list[str]) -> ArticleAnalysis:
    sents = tuple(Sentence(start=s.start, end=s.end) for s in sentences(article.text))
    return ArticleAnalysis(article_id=article.id, version="test", sentences=sents, quotes=_quotes(article.text, said))


def _story(embedder, keep_alignment: bool = True) -> StoryInput:
    wire = _article("Meridian Press Agency", WIRE, "2026-05-04T08:00:00+00:00")
    rewrite = _article("Valen Courier", REWRITE, "2026-05-04T11:00:00+00:00")
    other = _article("Coast News", OTHER, "2026-05-04T13:00:00+00:00")
    link = classify_pair(wire, rewrite, embedder)
    assert link.relation == "rewrite" and link.original == wire.id
    if not keep_alignment:
        link = link.model_copy(update={"aligned": ()})
    arts = (wire, rewrite, other)
    analyses = {
        wire.id: _analysis(wire, ["We will watch every euro,", "Nobody will lose a pension,"]),
        rewrite.id: _analysis(rewrite, ["We are going to keep a close eye on each cent,",
                                          "Airports must earn their own money,", "Pensions are safe with us,"]),
        other.id: _analysis(other, ["The budget is fair to every region,"]),
    }
    story = Story(id="s-budget", headline="Budget cuts airport money", article_ids=tuple(a.id for a in arts))
    return StoryInput(story=story, articles=arts, analyses=analyses, links=(link,))


@pytest.fixture(scope="module")
def embedder():
    from corroborate.models import get_embedder

    return get_embedder()


@pytest.fixture(scope="module")
def budget(embedder) -> StoryInput:
    return _story(embedder)


def _fact_citing(facts, words):
    return [f for f in facts if any(words in c.text for c in f.support)]


def _lead_is_one_fact(facts, story):
    # the reworded lead is the wire's lead, one fact: the wire's dateline "KESSMOUTH, May 4
    # (Meridian Press Agency) —" is no part of what the sentence states
    [lead] = _fact_citing(facts, WIRE_LEAD)
    assert any(REWRITE_LEAD in c.text for c in lead.support), [c.text for c in lead.support]


def _aligned_sentence_restates_the_fact(facts, story):
    # the rewrite alignment pairs "Small towns that rely on summer flights will be the
    # losers, …" with the wire's sentence (cosine 0.58: far apart by similarity alone, too
    # far to cite the rewrite for the wire's words): one fact, restated
    [towns] = [g for g in restatement_groups(facts) if any(SMALL_TOWNS[0] in c.text for f in g for c in f.support)]
    assert any(SMALL_TOWNS[1] in c.text for f in towns for c in f.support)


def _other_figure_restates(facts, story):
    # the rewrite's aligned sentence with another figure restates the wire's fact
    [rail] = [g for g in restatement_groups(facts) if any(RAIL[0] in c.text for f in g for c in f.support)]
    assert any(RAIL[1] in c.text for f in rail for c in f.support)


def _no_rewrite_only_single_outlet_fact(facts, story):
    # no fact only the rewrite supports is "reported by one outlet only" when the wire says
    # it (the quote sentence the rewrite put in place of the wire's included); the remark the
    # rewrite added is
    rewrite = story.articles[1].id
    single = set(single_outlet(facts, story))
    only_rewrite = [f.text for f in facts if f.id in single and {c.article for c in f.support} == {rewrite}]
    assert only_rewrite == ["“Airports must earn their own money,” Oster said in an interview last year."]


CHECKS = [_lead_is_one_fact, _aligned_sentence_restates_the_fact, _other_figure_restates, _no_rewrite_only_single_outlet_fact]


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__.strip("_"))
def test_a_rewrites_reworded_sentences_are_the_facts_of_the_sentences_they_reword(budget, embedder, check):
    check(align_facts(budget, embedder.encode), budget)


def test_without_a_stored_alignment_the_rewrite_pair_is_aligned_for_the_comparison(embedder):
    story = _story(embedder, keep_alignment=False)
    facts = align_facts(story, embedder.encode)
    for check in CHECKS:
        check(facts, story)


def _group_of(groups, words):
    [group] = [g for g in groups if any(words in v.words for v in g.versions)]
    return group


def test_a_quote_a_rewrite_rewords_where_the_original_has_it_is_a_paraphrase_as_quote(budget, embedder):
    # "We will watch every euro" / "We are going to keep a close eye on each cent": too far
    # apart in words (cosine 0.43) to be one remark by similarity, but the rewrite put its
    # sentence in place of the wire's, between two sentences aligned with the wire's.
    groups = group_quotes(budget, embedder.encode)
    euro = _group_of(groups, "We will watch every euro")
    assert euro.label == "paraphrase_as_quote"
    assert {v.words.rstrip(",") for v in euro.versions} == {"We will watch every euro", "We are going to keep a close eye on each cent"}
    [paraphrase] = [v for v in euro.versions if "each cent" in v.words]
    assert paraphrase.label == "paraphrase_as_quote" and paraphrase.cite.outlet == "Valen Courier"
    # the last sentences are aligned with each other: their quotes are one remark too
    pension = _group_of(groups, "Nobody will lose a pension")
    assert pension.label == "paraphrase_as_quote"
    assert {v.words.rstrip(",") for v in pension.versions} == {"Nobody will lose a pension", "Pensions are safe with us"}


def test_unrelated_quotes_of_one_speaker_stay_apart(budget, embedder):
    groups = group_quotes(budget, embedder.encode)
    # the older remark the rewrite added where the wire has nothing is no version of any
    # quote of the wire's
    added = _group_of(groups, "Airports must earn their own money")
    assert added.label == "single_source" and len(added.versions) == 1
    # the radio interview quote, reported by Coast News alone, is nobody else's version
    radio = _group_of(groups, "The budget is fair to every region")
    assert radio.label == "single_source" and len(radio.versions) == 1
