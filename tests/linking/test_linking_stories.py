"""Story assignment: same event together, similar different events apart, streaming."""

from __future__ import annotations

import pytest
from linking_fixtures import crane_stream, make, quake_articles

from corroborate.linking.stories import StoryLinker, StoryOptions

pytestmark = pytest.mark.slow


def _groups(linker: StoryLinker) -> set[frozenset[str]]:
    by_story: dict[str, set[str]] = {}
    for aid, sid in linker.clusters().items():
        by_story.setdefault(sid, set()).add(aid)
    return {frozenset(v) for v in by_story.values()}


def test_two_similar_earthquakes_in_one_week_stay_apart(embedder):
    linker = StoryLinker(embedder=embedder)
    arts = quake_articles()
    for a in arts:
        linker.add(a)
    orvik = frozenset(a.id for a in arts if a.source_id.startswith("orvik"))
    ilaria = frozenset(a.id for a in arts if a.source_id.startswith("ilaria"))
    assert _groups(linker) == {orvik, ilaria}


def test_two_similar_earthquakes_stay_apart_from_text_alone():
    linker = StoryLinker(StoryOptions(use_embeddings=False))
    arts = quake_articles()
    for a in arts:
        linker.add(a)
    assert len(_groups(linker)) == 2


def test_copies_rewrites_and_follow_ups_of_one_event_form_one_story(embedder):
    linker = StoryLinker(embedder=embedder)
    arts = crane_stream() + quake_articles()
    placements = [linker.add(a) for a in arts]
    crane_ids = frozenset(a.id for a in arts[:5])
    assert crane_ids in _groups(linker)
    story = linker.story(placements[0].story_id)
    assert story.headline == "Crane collapses at Port Valen harbour, four hurt"
    assert story.first_seen == "2025-03-12T07:30:00+00:00"
    assert story.last_seen == "2025-03-13T16:00:00+00:00"
    assert "mpa-wire.example" in story.outlets
    assert placements[1].reason.startswith("joined")


def test_outside_the_time_window_only_a_strong_match_continues_a_story():
    opts = StoryOptions(use_embeddings=False, window_days=2.0, reopen_threshold=0.99)
    linker = StoryLinker(opts)
    first, second = quake_articles()[:2]
    linker.add(first)
    later = make(second.text, second.title, "late.example", "2025-06-30T10:00:00+00:00", "late")
    placed = linker.add(later)
    assert placed.new_story


def test_state_round_trip_continues_the_stream(embedder):
    arts = quake_articles()
    whole = StoryLinker(embedder=embedder)
    for a in arts:
        whole.add(a)
    part = StoryLinker(embedder=embedder)
    for a in arts[:3]:
        part.add(a)
    resumed = StoryLinker.from_bytes(part.to_bytes(), embedder=embedder)
    for a in arts[3:]:
        resumed.add(a)
    assert resumed.clusters() == whole.clusters()
    assert resumed.add(arts[0]).reason == "already placed"
