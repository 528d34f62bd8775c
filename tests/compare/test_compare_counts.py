"""Counts of people across a flood story: which figures state the same fact.

The wire and an independent report give different evacuation figures (412, about 450); the
wire also gives a shelter's capacity (600) and a past flood's toll (1,100). Every one of them
counts "people", and the analysis may give the counted noun alone as what each measures:
the shared noun does not make them one fact."""

from __future__ import annotations

import pytest

from corroborate.analysis.types import ArticleAnalysis, Quantity, Sentence
from corroborate.compare.context import StoryInput
from corroborate.compare.numbers import group_numbers
from corroborate.linking.types import Story
from corroborate.types import Article, content_id

WIRE = (
    "Emergency crews evacuated 412 people from low-lying districts of Castrelo on Tuesday. "
    "The council has opened a shelter for up to 600 people in the sports hall. "
    "The last major flood, in 2009, forced 1,100 people from their homes. "
    "Civil protection chief Darian Kolt said 120 firefighters had been deployed."
)
REWRITE = (
    "Floodwaters forced emergency services to move 412 residents out of their homes in Castrelo on Tuesday. "
    "A shelter for as many as 600 people has been set up in the sports hall."
)
REPORT = (
    "About 450 people were evacuated from the riverside districts of Castrelo, officials said on Wednesday. "
    "Civil protection chief Darian Kolt said 130 firefighters had been deployed."
)


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            out.append(Sentence(start=start, end=i + 1))
            start = i + 2
    return tuple(out)


def _count(text: str, sents, number: str, value: float, unit: str, measures: str | None, kind="count") -> Quantity:
    start = text.index(number)
    sentence = next(i for i, s in enumerate(sents) if s.start <= start < s.end)
    return Quantity(start=start, end=start + len(number), text=number, kind=kind, value=value, unit=unit,
                    measures=measures, sentence=sentence)


def _article(outlet: str, text: str, published: str, counts) -> tuple[Article, ArticleAnalysis]:
    article = Article(id=content_id(outlet, text), title=outlet, outlet=outlet, text=text, published=published)
    sents = _sentences(text)
    quantities = tuple(_count(text, sents, *c) for c in counts)
    return article, ArticleAnalysis(article_id=article.id, version="test", sentences=sents, quantities=quantities)


def _story(sid: str, headline: str, made) -> StoryInput:
    """The story of the (article, analysis) pairs ``made``."""
    articles = tuple(a for a, _ in made)
    story = Story(id=sid, headline=headline, article_ids=tuple(a.id for a in articles),
                  outlets=tuple(a.outlet for a in articles))
    return StoryInput(story=story, articles=articles, analyses={a.id: an for a, an in made})


@pytest.fixture(scope="module")
def flood() -> StoryInput:
    made = [
        _article("Meridian Press", WIRE, "2026-10-13T18:05:00+00:00", [
            ("412", 412, "people", "people"), ("600", 600, "people", "people in the sports hall"),
            ("1,100", 1100, "people", "people"), ("120", 120, "firefighters", "firefighters")]),
        _article("Lakeshore Standard", REWRITE, "2026-10-13T21:30:00+00:00", [
            ("412", 412, "residents", "residents"), ("600", 600, "people", "people")]),
        _article("Radio Orla", REPORT, "2026-10-14T12:15:00+00:00", [
            ("450", 450, "people", "people"), ("130", 130, "firefighters", "firefighters")]),
    ]
    return _story("s-flood", "Castrelo flood", made)


def _figures(groups) -> list[set[tuple[str, str]]]:
    return [{(m.cite.outlet, m.cite.text) for m in g.members} for g in groups]


def test_counts_of_one_noun_that_measure_different_things_are_not_one_fact(flood, embed):
    figures = _figures(group_numbers(flood, embed))
    evacuated = next(f for f in figures if ("Radio Orla", "450") in f)
    assert evacuated == {("Meridian Press", "412"), ("Lakeshore Standard", "412"), ("Radio Orla", "450")}
    assert {("Meridian Press", "600"), ("Lakeshore Standard", "600")} in figures
    assert {("Meridian Press", "1,100")} in figures


def test_two_figures_written_to_the_same_precision_that_differ_conflict(flood, embed):
    # 120 and 130 are each a round ten: neither is a rounding of the other.
    group = next(g for g in group_numbers(flood, embed) if any(m.cite.text == "130" for m in g.members))
    assert {m.cite.text for m in group.members} == {"120", "130"}
    assert group.label == "conflict"
    assert "Meridian Press says 120, Radio Orla says 130: the figures conflict" in group.reason


VOTE = "Voters in Brannock approved the tram line on Sunday, with 54.2% backing the plan on a turnout of 61.4%, officials said."
VOTE_REWRITE = "In Sunday's referendum on the tram line 54.2% of voters supported the project, on a turnout of 58%, the city said."


def test_a_figure_whose_equal_stands_in_the_other_sentence_is_matched_to_that_equal(embed):
    # A copy repeats the wire's sentence with both percentages: the sentences are alike, but
    # the copy's 61.4% is the wire's 61.4%, not another figure for its 54.2%. The rewrite
    # changed the turnout only: 61.4% against 58% is the one difference.
    made = [
        _article("Northgate Wire", VOTE, "2026-05-17T19:10:00+00:00", [
            ("54.2%", 54.2, "%", "the plan", "percent"), ("61.4%", 61.4, "%", "turnout", "percent")]),
        _article("Brannock Herald", VOTE, "2026-05-17T19:40:00+00:00", [
            ("54.2%", 54.2, "%", None, "percent"), ("61.4%", 61.4, "%", "turnout", "percent")]),
        _article("Civic Ledger", VOTE_REWRITE, "2026-05-18T05:30:00+00:00", [
            ("54.2%", 54.2, "%", None, "percent"), ("58%", 58, "%", "part", "percent")]),
    ]
    story = _story("s-vote", "tram", made)
    groups = group_numbers(story, embed)
    figures = _figures(groups)
    assert {("Northgate Wire", "54.2%"), ("Brannock Herald", "54.2%"), ("Civic Ledger", "54.2%")} in figures
    assert {("Northgate Wire", "61.4%"), ("Brannock Herald", "61.4%"), ("Civic Ledger", "58%")} in figures
    assert [g.label for g in groups if g.label == "conflict"] == ["conflict"]


RATE = "The bank raised its main interest rate by a quarter of a percentage point to 4.5% on Thursday."
RATE_OTHER = "The bank put up interest rates by half a percentage point on Thursday, to 4.75%."


def test_a_change_in_percentage_points_is_not_the_same_figure_as_a_rate_in_percent(embed):
    # "by a quarter of a percentage point to 4.5%": the rise and the level the rate rose to.
    made = [
        _article("Northgate Wire", RATE, "2026-11-05T12:20:00+00:00", [
            ("a quarter of a percentage point", 0.25, "percentage point", "its main interest rate", "percent"),
            ("4.5%", 4.5, "%", "its main interest rate", "percent")]),
        _article("Velmark Gazette", RATE_OTHER, "2026-11-05T18:00:00+00:00", [
            ("half a percentage point", 0.5, "percentage point", "interest rates", "percent"),
            ("4.75%", 4.75, "%", "interest rates", "percent")]),
    ]
    story = _story("s-rate", "rate", made)
    figures = _figures(group_numbers(story, embed))
    assert {("Northgate Wire", "a quarter of a percentage point"), ("Velmark Gazette", "half a percentage point")} in figures
    assert {("Northgate Wire", "4.5%"), ("Velmark Gazette", "4.75%")} in figures


QUAKE = "A magnitude 5.6 quake struck the island of Vale on Sunday, its epicentre 10 km deep, officials said."
QUAKE_OTHER = "The 6.1 magnitude earthquake hit Vale island on Sunday at a depth of 10 km, the survey said."


def test_two_measures_of_one_unit_that_differ_conflict_and_a_share_is_no_figure(embed):
    # A measure (a magnitude, a depth) is a figure like a count: 5.6 against 6.1 is a
    # disagreement. A share written as a fraction ("two thirds") and an age are not compared.
    made = [
        _article("Northgate Wire", QUAKE, "2026-06-07T10:00:00+00:00", [
            ("5.6", 5.6, "magnitude", "quake", "other"), ("10 km", 10, "km", "epicentre", "other")]),
        _article("Velmark Gazette", QUAKE_OTHER, "2026-06-07T11:00:00+00:00", [
            ("6.1 magnitude", 6.1, "magnitude", "earthquake", "other"), ("10 km", 10, "km", "depth", "other"),
            ("Vale", 2 / 3, "fraction", None, "other"), ("survey", 45, "age", None, "other")]),
    ]
    story = _story("s-quake", "quake", made)
    groups = group_numbers(story, embed)
    figures = _figures(groups)
    assert {("Northgate Wire", "5.6"), ("Velmark Gazette", "6.1 magnitude")} in figures
    assert next(g for g in groups if any(m.cite.text == "5.6" for m in g.members)).label == "conflict"
    assert not any(("Velmark Gazette", "Vale") in f or ("Velmark Gazette", "survey") in f for f in figures)
