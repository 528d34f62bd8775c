"""Which wire stands behind an article, from its credits: an agency on no list of ours,
named by its copyright line, counts once however its articles write its name."""

from __future__ import annotations

from corroborate.compare.context import StoryInput
from corroborate.ingest.credits import find_credits
from corroborate.linking.types import Story
from corroborate.types import Article, content_id

LEAD = "A container crane collapsed at the Port Valen harbour on Wednesday, injuring four dock workers."


def article(outlet: str, text: str) -> Article:
    return Article(id=content_id(outlet, text), title=outlet, outlet=outlet, text=text, credits=find_credits(text))


def test_an_agencys_acronym_and_its_full_name_in_a_copyright_line_are_one_independent_source():
    # The agency's own story writes "(MPA)" in its dateline; a newspaper runs the story with
    # the agency's copyright line only, "© 2026 Meridian Press Agency". No pair link ties the
    # two (the newspaper's version may be an update): both are the agency's story and count
    # once, beside the one outlet that reported on its own.
    wire = article("meridianpress.example", f"PORT VALEN (MPA) — {LEAD}\n© 2026 Meridian Press Agency")
    paper = article("Harbour Gazette", f"{LEAD} Ships were diverted to Kessmouth.\n© 2026 Meridian Press Agency")
    own = article("Coast News", "Dock workers walked off the job at Port Valen on Thursday after the crane accident.")
    arts = (wire, paper, own)
    story = StoryInput(story=Story(id="s1", headline="Crane", article_ids=tuple(a.id for a in arts)), articles=arts, analyses={})
    assert story.independent(a.id for a in arts) == ("MPA", "Coast News")


def test_a_newspapers_own_copyright_line_leaves_it_an_independent_source():
    gazette = article("Harbour Gazette", f"{LEAD}\n© 2026 The Harbour Gazette")
    own = article("Coast News", "Dock workers walked off the job at Port Valen on Thursday after the crane accident.")
    arts = (gazette, own)
    story = StoryInput(story=Story(id="s2", headline="Crane", article_ids=tuple(a.id for a in arts)), articles=arts, analyses={})
    assert story.independent(a.id for a in arts) == ("Harbour Gazette", "Coast News")
