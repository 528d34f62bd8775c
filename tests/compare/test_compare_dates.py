"""Dates across the sources of one story: do they agree on when it happened?

The Harbour Bridge of Port Ellis (fictional) closed after inspectors found cracks. Harbour
Daily says it closed on Tuesday, Coast Wire says Wednesday: the same statement with two
dates, a conflict. Both also report two other events of the story, a storm on Monday and a
council vote on Thursday: different events with different dates, no conflict. Bay Courier
is a verbatim copy of Harbour Daily: its agreeing with its original is not a second source.

The articles go through the real analysis pipeline (spaCy, date resolution against the
publish time) and the comparison uses the real sentence embedder."""

from __future__ import annotations

import json

import pytest

from corroborate.compare.context import StoryInput
from corroborate.linking.types import PairLink, Story
from corroborate.types import Article, content_id

HARBOUR_DAILY = (
    "The Harbour Bridge in Port Ellis closed on Tuesday after inspectors found cracks in its main span. "
    "A storm hit the coast on Monday, flooding the harbour road. "
    "The city council will vote on a repair plan on Thursday."
)
COAST_WIRE = (
    "Port Ellis shut its Harbour Bridge on Wednesday after engineers found cracks in the main span. "
    "Councillors are due to vote on the repairs on Thursday."
)
# published on Thursday 5 March 2026: Tuesday is 2026-03-03, Wednesday 2026-03-04
PUBLISHED = "2026-03-05T10:00:00+00:00"


def _article(outlet: str, text: str, published: str | None) -> Article:
    return Article(id=content_id(outlet, text), title=f"{outlet}: bridge closed", outlet=outlet, text=text, published=published)


def _story(articles: list[Article], links=(), story_id: str = "s-dates") -> StoryInput:
    from corroborate.analysis.pipeline import analyze_article
    from corroborate.config import Settings

    settings = Settings(n_process=1, batch_size=8)
    analyses = {a.id: analyze_article(a, settings) for a in articles}
    story = Story(id=story_id, headline=articles[0].title or "", article_ids=tuple(a.id for a in articles),
                  outlets=tuple(a.outlet or "" for a in articles))
    return StoryInput(story=story, articles=tuple(articles), analyses=analyses, links=tuple(links))


def _dates(story: StoryInput, outlet: str) -> dict[str, str | None]:
    article = next(a for a in story.articles if a.outlet == outlet)
    return {d.text: d.resolved for d in story.analyses[article.id].dates}


@pytest.fixture(scope="module")
def bridge() -> StoryInput:
    daily = _article("Harbour Daily", HARBOUR_DAILY, PUBLISHED)
    copy = _article("Bay Courier", HARBOUR_DAILY, "2026-03-05T11:00:00+00:00")
    wire = _article("Coast Wire", COAST_WIRE, "2026-03-05T12:00:00+00:00")
    links = (PairLink(a=daily.id, b=copy.id, relation="verbatim_copy", similarity=1.0, original=daily.id, confidence=0.9),)
    story = _story([daily, copy, wire], links)
    # what the analysis reads, so that a failure below is the comparison's
    assert _dates(story, "Harbour Daily") == {"Tuesday": "2026-03-03", "Monday": "2026-03-02", "Thursday": "2026-03-05"}
    assert _dates(story, "Coast Wire") == {"Wednesday": "2026-03-04", "Thursday": "2026-03-05"}
    return story


def group_with(groups, outlet: str, text: str):
    return next(g for g in groups if any(m.cite.outlet == outlet and m.cite.text == text for m in g.members))


def test_two_dates_for_the_same_statement_conflict_with_spans_and_a_reason(bridge, embed):
    from corroborate.compare.dates import group_dates

    groups = group_dates(bridge, embed)
    group = group_with(groups, "Coast Wire", "Wednesday")
    assert group.label == "conflict"
    assert {(m.cite.outlet, m.cite.text, m.resolved) for m in group.members} == {
        ("Harbour Daily", "Tuesday", "2026-03-03"),
        ("Bay Courier", "Tuesday", "2026-03-03"),
        ("Coast Wire", "Wednesday", "2026-03-04"),
    }
    for m in group.members:  # every member points into the stored text
        assert bridge.by_id[m.cite.article].text[m.cite.start : m.cite.end] == m.cite.text
        assert m.sentence.start <= m.cite.start < m.cite.end <= m.sentence.end
    assert [m.label for m in group.members if m.cite.outlet == "Coast Wire"] == ["conflict"]
    assert "Harbour Daily says Tuesday (2026-03-03), Coast Wire says Wednesday (2026-03-04)" in group.reason
    assert "the harbour bridge in port ellis closed" in group.reason.casefold()


def test_two_events_of_one_story_on_different_days_are_no_conflict(bridge, embed):
    from corroborate.compare.dates import group_dates

    groups = group_dates(bridge, embed)
    conflicts = [g for g in groups if g.label == "conflict"]
    assert len(conflicts) == 1
    assert {m.cite.text for m in conflicts[0].members} == {"Tuesday", "Wednesday"}
    vote = group_with(groups, "Coast Wire", "Thursday")
    assert vote.label == "agree"
    assert {(m.cite.outlet, m.cite.text) for m in vote.members} == {
        ("Harbour Daily", "Thursday"), ("Bay Courier", "Thursday"), ("Coast Wire", "Thursday"),
    }
    assert "Monday" not in {m.cite.text for m in vote.members}


def test_a_copy_agreeing_with_its_original_is_not_a_second_source(bridge, embed):
    from corroborate.compare.dates import group_dates

    storm = group_with(group_dates(bridge, embed), "Harbour Daily", "Monday")
    assert {m.cite.outlet for m in storm.members} == {"Harbour Daily", "Bay Courier"}
    assert storm.label == "single_source"
    assert "only Harbour Daily" in storm.reason and "Bay Courier" in storm.reason


def test_dates_of_different_granularity_that_are_consistent_agree(embed):
    from corroborate.compare.dates import group_dates

    daily = _article("Harbour Daily", "The Harbour Bridge reopened to traffic on March 20, 2026 after repairs to its main span.",
                     "2026-03-21T10:00:00+00:00")
    wire = _article("Coast Wire", "The Harbour Bridge reopened to traffic in March 2026 after repairs to its main span.",
                    "2026-03-22T10:00:00+00:00")
    story = _story([daily, wire], story_id="s-granularity")
    assert _dates(story, "Harbour Daily") == {"March 20, 2026": "2026-03-20"}
    assert _dates(story, "Coast Wire") == {"March 2026": "2026-03"}
    group = group_with(group_dates(story, embed), "Coast Wire", "March 2026")
    assert group.label == "agree"
    assert {m.cite.text for m in group.members} == {"March 20, 2026", "March 2026"}
    assert "month" in group.reason


def test_a_different_year_for_the_same_statement_conflicts(embed):
    from corroborate.compare.dates import group_dates

    daily = _article("Harbour Daily", "The Harbour Bridge was last repaired in 2019, the city said.", "2026-03-05T10:00:00+00:00")
    wire = _article("Coast Wire", "The Harbour Bridge was last repaired last year, the city said.", "2026-03-05T12:00:00+00:00")
    story = _story([daily, wire], story_id="s-year")
    assert _dates(story, "Coast Wire") == {"last year": "2025"}
    group = group_with(group_dates(story, embed), "Coast Wire", "last year")
    assert group.label == "conflict"
    assert "Coast Wire says last year (2025)" in group.reason


def test_an_unresolved_relative_date_is_no_conflict_but_an_unresolved_weekday_is_compared(embed):
    from corroborate.compare.dates import group_dates

    daily = _article("Harbour Daily", HARBOUR_DAILY, PUBLISHED)
    # no publish time: "yesterday" cannot be placed; "on Wednesday" is a Wednesday all the same
    blog = _article("River Blog", "The Harbour Bridge in Port Ellis closed yesterday after inspectors found cracks in its main span.", None)
    radio = _article("Ellis Radio", "The Harbour Bridge in Port Ellis closed on Wednesday after inspectors found cracks in its main span.", None)
    story = _story([daily, blog, radio], story_id="s-unresolved")
    assert _dates(story, "River Blog") == {"yesterday": None}
    assert _dates(story, "Ellis Radio") == {"Wednesday": None}
    group = group_with(group_dates(story, embed), "River Blog", "yesterday")
    labels = {m.cite.outlet: m.label for m in group.members}
    assert labels["River Blog"] == "unresolved"
    assert labels["Ellis Radio"] == "conflict"  # a Wednesday is not the Tuesday 2026-03-03
    assert group.label == "conflict"
    assert "Harbour Daily says Tuesday (2026-03-03), Ellis Radio says Wednesday" in group.reason

    alone = _story([daily, blog], story_id="s-unresolved-only")
    group = group_with(group_dates(alone, embed), "River Blog", "yesterday")
    assert group.label == "unresolved"
    assert {m.cite.outlet: m.label for m in group.members}["River Blog"] == "unresolved"
    assert "no publish time" in group.reason


def test_the_comparison_and_the_brief_list_the_date_conflict(bridge, embed):
    from io import StringIO

    from rich.console import Console

    from corroborate.brief.build import build_brief
    from corroborate.brief.render_html import render_html
    from corroborate.brief.render_md import render_markdown
    from corroborate.brief.render_terminal import render_terminal
    from corroborate.compare.service import compare_story
    from corroborate.compare.types import StoryComparison

    comparison = compare_story(bridge, embed)
    assert [g.label for g in comparison.dates if g.label == "conflict"] == ["conflict"]
    assert StoryComparison.model_validate(json.loads(comparison.model_dump_json())) == comparison
    brief = build_brief(bridge, comparison)
    assert [{m.cite.text for m in g.members} for g in brief.differences_dates] == [{"Tuesday", "Wednesday"}]

    md = render_markdown(brief)
    differ = md.split("## Where sources differ")[1]
    assert "### Dates" in differ
    assert "Tuesday (Harbour Daily [1], Bay Courier [2])" in differ and "Wednesday (Coast Wire [3])" in differ
    assert "No differences found" not in differ

    html = render_html(brief)
    differ = html.split("Where sources differ")[1]
    assert "<h3>Dates</h3>" in differ and "Wednesday (Coast Wire" in differ

    out = StringIO()
    render_terminal(brief, Console(file=out, width=200, color_system=None))
    differ = out.getvalue().split("Where sources differ")[1]
    assert "conflict" in differ and "Wednesday (Coast Wire [3])" in differ


def test_the_web_story_page_shows_the_date_conflict(bridge, embed, tmp_path):
    from fastapi.testclient import TestClient

    from corroborate.brief.build import build_brief
    from corroborate.compare.service import compare_story
    from corroborate.store import Store
    from corroborate.types import Origin
    from corroborate.web import create_app

    comparison = compare_story(bridge, embed)
    brief = build_brief(bridge, comparison)
    with Store(tmp_path / "dates.db") as store:
        for article in bridge.articles:
            store.add_article(article, Origin(path="test", format="text"))
            store.put_analysis(article.id, "test", bridge.analyses[article.id].model_dump(mode="json"))
        store.put_story(bridge.story.id, bridge.story.model_dump(mode="json"), bridge.story.article_ids)
        for link in bridge.links:
            store.put_link(link.a, link.b, link.relation, link.model_dump(mode="json"))
        store.put_comparison(bridge.story.id, "test", comparison.model_dump(mode="json"))
        store.put_brief(bridge.story.id, "test", brief.model_dump(mode="json"))
        with TestClient(create_app(store)) as client:
            page = client.get(f"/stories/{bridge.story.id}")
            listing = client.get("/api/stories").json()["items"]
    assert page.status_code == 200
    assert 'href="#differ"' in page.text
    differ = page.text.split('id="differ"')[1].split("</section>")[0]
    assert "Tuesday" in differ and "Wednesday" in differ and "Coast Wire" in differ
    assert "2026-03-04" in differ
    wire = next(a for a in bridge.articles if a.outlet == "Coast Wire")
    start = wire.text.index("Wednesday")
    assert f"hl={start}-{start + len('Wednesday')}" in differ  # a link to the date in its article
    assert listing[0]["sources_differ"] is True


def test_sentences_alike_in_topic_but_of_two_events_are_no_conflict(embed):
    """This round of talks opened on Thursday; the negotiations began years before. The two
    sentences look alike (0.7 and more) and share 'trade' near their dates, yet date two
    different things."""
    from corroborate.compare.dates import group_dates

    daily = _article("Harbour Daily", "Canada's trade minister, Alva Brandt, began two days of negotiations with Velmark in "
                     "Port Ellis on Thursday on a trade and port agreement covering about C$55 billion in annual trade.", PUBLISHED)
    observer = _article("Capital Observer", "Canada and Velmark began negotiating a trade agreement in 2021.", "2026-03-05T12:00:00+00:00")
    story = _story([daily, observer], story_id="s-two-beginnings")
    groups = group_dates(story, embed)
    assert [g.label for g in groups] == ["single_source", "single_source"]


def test_no_conflict_through_a_third_date_both_resemble():
    """Two dates that disagree conflict only when their own sentences make one statement:
    an undated "yesterday" that resembles both does not join them (a stand-in embedder
    makes the sentences alike in a chain: Tuesday ~ yesterday ~ Wednesday, not Tuesday ~
    Wednesday)."""
    import numpy as np

    from corroborate.compare.dates import group_dates

    angle = {"Tuesday": 0.0, "yesterday": 0.6435, "Wednesday": 1.287}  # cosines 0.8, 0.8 and 0.28

    def embed(texts):
        return np.array([[np.cos(a), np.sin(a)] for t in texts for w, a in angle.items() if w in t])

    daily = _article("Harbour Daily", "The bridge closed on Tuesday after cracks were found.", PUBLISHED)
    blog = _article("River Blog", "The bridge closed yesterday after cracks were found.", None)
    wire = _article("Coast Wire", "The bridge closed on Wednesday after cracks were found.", "2026-03-05T12:00:00+00:00")
    story = _story([daily, blog, wire], story_id="s-chain")
    groups = group_dates(story, embed)
    assert "conflict" not in [g.label for g in groups]
    assert [{m.cite.text for m in g.members} for g in groups if len(g.members) > 1] == [{"Tuesday", "yesterday"}]


# What the first reading of giveme5w1h's stories called conflicts and were none: each case
# below is one of them, rewritten small and fictional.
NOT_CONFLICTS = {
    "a date of saying: two announcements, not one event told two ways": (
        ("Harbour Daily", "Port Ellis council said on Thursday that cracks may have closed the Harbour Bridge for a month.", PUBLISHED),
        ("Coast Wire", "Port Ellis council said Monday that cracks may have closed the Harbour Bridge for a month.", "2026-03-10T12:00:00+00:00"),
    ),
    "one outlet's two articles: an update, not a disagreement": (
        ("Harbour Daily", "Engineers confirmed on Friday that the Harbour Bridge had lost its main cable.", "2026-03-06T10:00:00+00:00"),
        ("Harbour Daily", "Engineers on Wednesday confirmed that the Harbour Bridge had regained its main cable.", "2026-03-11T10:00:00+00:00"),
    ),
    "the other date of the sentence is the counterpart": (
        ("Harbour Daily", "The Harbour Bridge, which first opened in 1908, was damaged by a storm in 1945 that closed it for a year.", PUBLISHED),
        ("Coast Wire", "The Harbour Bridge was damaged by a storm in 1945, which closed it for a year.", PUBLISHED),
    ),
    "a line that is only a date dates nothing": (
        ("Harbour Daily", "The Harbour Bridge reopened to traffic.\n\nMarch 2, 2026", PUBLISHED),
        ("Coast Wire", "The Harbour Bridge reopened to traffic.\n\nMarch 3, 2026.", PUBLISHED),
    ),
    "overlapping periods are consistent": (
        ("Harbour Daily", "Divers inspected the Harbour Bridge pillars earlier this month after the storm.", "2026-03-04T10:00:00+00:00"),
        ("Coast Wire", "Divers inspected the Harbour Bridge pillars last week after the storm.", "2026-03-04T10:00:00+00:00"),
    ),
    "'N years ago' is a year either way": (
        ("Harbour Daily", "Mayor Ana Ruiz began her career at the harbour 42 years ago as an apprentice welder.", "2026-01-20T10:00:00+00:00"),
        ("Coast Wire", "Mayor Ana Ruiz began her career at the harbour in 1983 as an apprentice welder.", "2026-01-20T10:00:00+00:00"),
    ),
    "the same relative words, published in two months": (
        ("Harbour Daily", "The Harbour Bridge is due to reopen next month after repairs to its main span.", "2026-03-30T10:00:00+00:00"),
        ("Coast Wire", "The Harbour Bridge is due to reopen next month after repairs to its main span.", "2026-04-02T10:00:00+00:00"),
    ),
    "relative dates of articles weeks apart are two occasions": (
        ("Harbour Daily", "The harbour council would meet later on Tuesday to discuss the bridge repairs, officials said.", "2026-03-03T10:00:00+00:00"),
        ("Coast Wire", "The harbour council will meet on Friday to discuss the bridge repairs, officials said.", "2026-04-01T10:00:00+00:00"),
    ),
}


@pytest.mark.parametrize("case", list(NOT_CONFLICTS))
def test_what_is_no_conflict(case, embed):
    from corroborate.compare.dates import group_dates

    articles = [_article(outlet, text, published) for outlet, text, published in NOT_CONFLICTS[case]]
    if articles[0].id == articles[1].id:
        articles[1] = articles[1].model_copy(update={"id": articles[1].id + "-2"})
    story = _story(articles, story_id="s-" + case.split()[1])
    assert all(story.analyses[a.id].dates for a in articles), "each article must state a date"
    groups = group_dates(story, embed)
    assert "conflict" not in [g.label for g in groups], [g.reason for g in groups if g.label == "conflict"]


def test_a_sentence_with_another_day_does_not_support_a_fact(embed):
    """"closed on Tuesday" and "closed on Wednesday" are one statement whose dates conflict,
    not one fact: the brief may not cite the Wednesday article for the Tuesday sentence."""
    from corroborate.brief.build import build_brief
    from corroborate.compare.service import compare_story

    daily = _article("Harbour Daily", HARBOUR_DAILY, PUBLISHED)
    radio = _article("Ellis Radio", HARBOUR_DAILY.replace("closed on Tuesday", "closed on Wednesday"),
                     "2026-03-05T12:00:00+00:00")
    story = _story([daily, radio], story_id="s-fact-days")
    comparison = compare_story(story, embed)
    closed = next(f for f in comparison.facts if "closed on Tuesday" in f.text)
    assert {c.outlet for c in closed.support} == {"Harbour Daily"}
    storm = next(f for f in comparison.facts if "A storm hit the coast on Monday" in f.text)
    assert {c.outlet for c in storm.support} == {"Harbour Daily", "Ellis Radio"}  # the same day: one fact
    for sentence in build_brief(story, comparison).summary:
        if "closed on" in sentence.text:
            cited = {story.by_id[c.article].text[c.start:c.end] for c in sentence.citations}
            assert all(sentence.text.split(" closed on ")[1].split()[0] in t for t in cited), (sentence.text, cited)
    assert [g.label for g in comparison.dates if g.label == "conflict"] == ["conflict"]


@pytest.mark.parametrize("a, b, agree", [
    ("The bridge closed on Tuesday.", "The bridge closed on Wednesday.", False),
    ("The bridge closed on Tuesday.", "The bridge closed on Tuesday, March 3.", True),  # finer, the same day
    ("The bridge closed.", "The bridge closed on Monday.", True),
    ("The vote is set for May 4.", "The vote is set for March.", False),
    ("Officials say it may rain.", "Officials say it will rain in June.", True),  # "may" is no month
])
def test_statements_naming_other_days_are_not_one_fact(a, b, agree):
    from corroborate.compare.facts import details_agree

    assert details_agree(a, b) is agree
