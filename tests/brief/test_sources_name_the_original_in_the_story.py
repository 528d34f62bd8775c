"""The Sources table names the original article when it is in the story.

A fictional wire story (Tidewater Press, a ferry aground off the island of Skarra) is in
the story together with a verbatim copy, an edited copy, a rewrite and an independent
report. Linking says of two copies that both derive from the wire (``derived_from``,
neither is the other's original) and, of each copy and the wire's own article, that the
wire's article is the original. A copy is "copy of [n]" (the wire's own article), whatever
order the links come in; "derived from Tidewater Press" is only for a story that does not
hold the wire's own article. The web app's table (when no brief is stored) says the same.
"""

from __future__ import annotations

import pytest

from corroborate.brief.build import sources_table
from corroborate.brief.render_md import render_markdown
from corroborate.brief.types import Brief
from corroborate.compare.context import StoryInput
from corroborate.linking.types import PairLink, Story
from corroborate.types import Article, content_id
from corroborate.web.data import LinkInfo, derive_sources
from corroborate.web.schemas import ArticleSummary

WIRE_TEXT = (
    "SKARRA, May 3 (Tidewater Press) - The ferry Morven Star ran aground off the island of Skarra "
    "on Saturday morning, and all 212 passengers were taken ashore by lifeboat, the coastguard said.\n\n"
    "The harbour master, Edda Quayle, said the ship had lost steering in fog shortly after 7 a.m."
)
COPY_TEXT = WIRE_TEXT
EDITED_TEXT = WIRE_TEXT.replace("SKARRA, May 3 (Tidewater Press) - ", "") + (
    "\n\nThe Skarra village hall opened its doors to passengers waiting for a bus to the mainland."
)
REWRITE_TEXT = (
    "All 212 people on board the Morven Star were brought ashore by lifeboat on Saturday after the "
    "ferry struck rocks off Skarra, according to the coastguard.\n\n"
    "Harbour master Edda Quayle said fog had closed in and the vessel lost its steering just after 7 a.m."
)
OTHER_TEXT = (
    "Islanders on Skarra say they have asked for a second lighthouse on the northern reef for a decade."
)


def article(title: str, outlet: str, text: str, published: str) -> Article:
    return Article(id=content_id(title, text), title=title, outlet=outlet, text=text, published=published)


WIRE = article("Ferry aground off Skarra, 212 rescued", "Tidewater Press", WIRE_TEXT, "2026-05-03T08:10:00+00:00")
COPY = article("Ferry runs aground off Skarra", "Kelso Gazette", COPY_TEXT, "2026-05-03T09:00:00+00:00")
EDITED = article("Skarra ferry passengers rescued", "Brinmouth Herald", EDITED_TEXT, "2026-05-03T09:30:00+00:00")
REWRITE = article("212 brought ashore as ferry hits rocks", "Fenwick Examiner", REWRITE_TEXT, "2026-05-03T11:00:00+00:00")
OTHER = article("Skarra islanders want a second lighthouse", "Orley Sentinel", OTHER_TEXT, "2026-05-03T16:00:00+00:00")
ARTICLES = (WIRE, COPY, EDITED, REWRITE, OTHER)


def link(a: Article, b: Article, relation: str, original: Article | None = None, derived_from: str | None = None):
    return PairLink(
        a=a.id, b=b.id, relation=relation, similarity=0.9,
        original=original.id if original else None, derived_from=derived_from,
    )


# As linking gives them: the links between two versions that both credit the wire come
# first (they name the wire, not an article), the links to the wire's own article after.
LINKS = (
    link(COPY, EDITED, "edited_copy", derived_from="Tidewater Press"),
    link(COPY, REWRITE, "rewrite", derived_from="Tidewater Press"),
    link(EDITED, REWRITE, "rewrite", original=EDITED),
    link(WIRE, COPY, "verbatim_copy", original=WIRE),
    link(WIRE, EDITED, "edited_copy", original=WIRE),
    link(WIRE, REWRITE, "rewrite", original=WIRE),
    link(WIRE, OTHER, "independent"),
)


def story_input(articles=ARTICLES, links=LINKS) -> StoryInput:
    story = Story(id="s-skarra", headline=WIRE.title, article_ids=tuple(a.id for a in articles))
    return StoryInput(story=story, articles=tuple(articles), analyses={}, links=tuple(links))


def roles(rows) -> dict[str, tuple[str, str | None]]:
    return {row.outlet: (row.role, row.of) for row in rows}


EXPECTED = {
    "Tidewater Press": ("original", None),
    "Kelso Gazette": ("copy", WIRE.id),
    "Brinmouth Herald": ("copy", WIRE.id),
    "Fenwick Examiner": ("rewrite", WIRE.id),
    "Orley Sentinel": ("independent", None),
}


def test_a_copy_of_a_wire_story_is_a_copy_of_the_wires_own_article_when_the_story_holds_it():
    assert roles(sources_table(story_input())) == EXPECTED


@pytest.mark.parametrize("order", ["reversed", "wire links first"])
def test_the_order_of_the_links_does_not_change_the_roles(order):
    links = LINKS[::-1] if order == "reversed" else LINKS[3:] + LINKS[:3]
    assert roles(sources_table(story_input(links=links))) == EXPECTED


def test_the_markdown_sources_table_says_copy_of_the_wires_number():
    brief = Brief(story_id="s-skarra", version="test", headline=WIRE.title, sources=sources_table(story_input()))
    table = render_markdown(brief).split("## Sources", 1)[1]
    assert "| Kelso Gazette | Ferry runs aground off Skarra | 2026-05-03T09:00:00+00:00 | copy of [1] |" in table
    assert "| Brinmouth Herald | Skarra ferry passengers rescued | 2026-05-03T09:30:00+00:00 | copy of [1] |" in table
    assert "rewrite of [1]" in table
    assert "derived from" not in table


def test_copies_are_derived_from_the_wire_when_its_own_article_is_not_in_the_story():
    articles = ARTICLES[1:]
    links = [lk for lk in LINKS if WIRE.id not in (lk.a, lk.b)]
    assert roles(sources_table(story_input(articles, links))) == {
        "Kelso Gazette": ("derived", "Tidewater Press"),
        # the rewrite names the edited copy it follows, an article of the story
        "Brinmouth Herald": ("derived", "Tidewater Press"),
        "Fenwick Examiner": ("rewrite", EDITED.id),
        "Orley Sentinel": ("independent", None),
    }


def test_the_web_sources_without_a_brief_are_the_briefs_sources():
    ids = [a.id for a in ARTICLES]
    metas = {a.id: ArticleSummary(id=a.id, title=a.title, outlet=a.outlet, published=a.published) for a in ARTICLES}
    infos = [
        LinkInfo(a=lk.a, b=lk.b, relation=lk.relation, similarity=lk.similarity, original=lk.original,
                 derived_from=lk.derived_from, confidence=lk.confidence)
        for lk in LINKS
    ]
    web = derive_sources(ids, metas, infos)
    assert roles(web) == EXPECTED
    assert [(r.article, r.role, r.of) for r in web] == [(r.article, r.role, r.of) for r in sources_table(story_input())]
