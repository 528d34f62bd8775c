"""Story assignment: same event together, similar different events apart, streaming."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from linking_fixtures import crane_stream, fight_articles, fire_articles, make, quake_articles

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


def test_a_new_story_says_which_story_came_nearest_and_what_it_needed():
    linker = StoryLinker(StoryOptions(use_embeddings=False))
    arts = quake_articles()
    placements = [linker.add(a) for a in arts]
    second = next(p for p, a in zip(placements, arts) if p.new_story and a is not arts[0])
    first_headline = linker.stories[placements[0].story_id].headline
    assert second.reason.startswith("no story close enough: new story (nearest: “")
    assert first_headline[:20] in second.reason and "where it needed" in second.reason
    assert placements[0].reason == "no story close enough: new story"  # (no story to be near)


def test_two_similar_earthquakes_stay_apart_from_text_alone():
    linker = StoryLinker(StoryOptions(use_embeddings=False))
    arts = quake_articles()
    for a in arts:
        linker.add(a)
    assert len(_groups(linker)) == 2


@pytest.mark.parametrize(
    "title", ["Saturday, August 24, 2013", "Posted 11 / 27 / 2005 7: 21 AM", "Last Updated: Monday, 28 November 2005, 02: 24 GMT", "12 / 16 / 08"]
)
def test_a_story_started_by_an_article_titled_with_a_dateline_is_headlined_by_its_text(title):
    linker = StoryLinker(StoryOptions(use_embeddings=False))
    text = "A fire destroyed the old dairy warehouse in Palmer early on Tuesday. No one was hurt."
    placement = linker.add(make(text, title, "ledger.example", None, "a1"))
    assert linker.story(placement.story_id).headline == text[:80].strip()


@pytest.mark.parametrize(
    ("title", "outlet"),
    [("Dunmore Ledger", "www.dunmoreledger.example"), ("Ledger Search : Ledger", "ledger.example"),
     ("World news - DL International", "www.dl.example"), ("Latest News", None)],
)
def test_a_story_started_by_a_page_titled_with_its_site_name_is_headlined_by_its_text(title, outlet):
    linker = StoryLinker(StoryOptions(use_embeddings=False))
    text = "A fire destroyed the old dairy warehouse in Palmer early on Tuesday. No one was hurt."
    placement = linker.add(make(text, title, outlet, None, "a1"))
    assert linker.story(placement.story_id).headline == text[:80].strip()


@pytest.mark.parametrize(
    "title", ["May Day marchers fill Port Valen", "Red Sox offer Teixeira $200 million", "Sunday trading ends", "Ledger fire destroys warehouse"]
)
def test_a_title_with_words_of_its_own_is_the_story_headline(title):
    linker = StoryLinker(StoryOptions(use_embeddings=False))
    placement = linker.add(make("Thousands marched through the harbour district on Monday.", title, "ledger.example", None, "a1"))
    assert linker.story(placement.story_id).headline == title


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


def _fire_groups(linker: StoryLinker) -> tuple[set[frozenset[str]], frozenset[str], frozenset[str]]:
    arts = fire_articles()
    placements = [linker.add(a) for a in arts]
    brennick = frozenset(a.id for a in arts if a.source_id.startswith("brennick"))
    tarsley = next(p for a, p in zip(arts, placements) if a.source_id == "tarsley-0")
    assert tarsley.new_story, tarsley.reason
    return _groups(linker), brennick, frozenset({tarsley.article_id})


@pytest.mark.parametrize("use_embeddings", [True, False])
def test_two_fires_under_one_generic_title_stay_apart(embedder, use_embeddings):
    # Identical titles, shared kind words, no shared name, place or number: two events. The
    # two reports of the Brennick fire (other titles, the same names) form one story.
    linker = StoryLinker(StoryOptions(use_embeddings=use_embeddings), embedder=embedder)
    groups, brennick, tarsley = _fire_groups(linker)
    assert brennick in groups
    assert tarsley in groups
    assert len(groups) == 6 - 1


def test_a_young_story_needs_a_shared_name_or_number(embedder):
    # The Tarsley fire scores over the bar on the Brennick story (kind words, the title, its
    # meaning); only the shared-name requirement keeps it out.
    loose = StoryLinker(StoryOptions(evidence_below=0), embedder=embedder)
    arts = fire_articles()
    placed = {a.source_id: loose.add(a) for a in arts}
    assert not placed["tarsley-0"].new_story
    strict = StoryLinker(embedder=embedder)
    placed = {a.source_id: strict.add(a) for a in arts}
    assert "shares no name or number" in placed["tarsley-0"].reason


def test_outside_the_time_window_only_a_strong_match_continues_a_story():
    opts = StoryOptions(use_embeddings=False, window_days=2.0, reopen_threshold=0.99)
    linker = StoryLinker(opts)
    first, second = quake_articles()[:2]
    linker.add(first)
    later = make(second.text, second.title, "late.example", "2025-06-30T10:00:00+00:00", "late")
    placed = linker.add(later)
    assert placed.new_story


def test_a_story_of_the_moment_goes_before_one_the_article_would_reopen():
    # The third ferry report scores higher against a month-old story (beyond the window, where
    # only a strong match continues a story) than against a story of the last hours; both clear
    # their bar, and the story of the moment takes it.
    def linker() -> StoryLinker:
        return _pair_linker(join_threshold=0.0, reopen_threshold=0.6)

    march, april = "2025-03-01T08:00:00+00:00", "2025-04-07T08:00:00+00:00"
    alone = linker()
    old = alone.add(_ferry(_FERRY_B, "old", march))
    assert alone.add(_ferry(_FERRY_C, "c", "2025-04-07T10:00:00+00:00")).story_id == old.story_id
    both = linker()
    old = both.add(_ferry(_FERRY_B, "old", march))
    now = both.add(_ferry(_FERRY_A, "now", april))
    assert now.new_story  # below the bar of the old story
    placed = both.add(_ferry(_FERRY_C, "c", "2025-04-07T10:00:00+00:00"))
    assert placed.story_id == now.story_id


_FERRY_LATE = (
    "The operator Brava has suspended the captain of a ship that grounded in fog this spring. "
    "An inquiry found its radar had failed."
)
# the same news without a name of the story's
_FERRY_LATE_UNNAMED = (
    "The captain of the ferry that grounded in fog this spring has been suspended, the operator said. "
    "An inquiry found the radar had failed hours before the ship struck the sandbank."
)
_CARGO_SHIP = (
    "The cargo ship Marta ran aground in fog off Kessel Bay on Thursday; its crew of 12 is safe, "
    "the port authority said."
)


def _late_report(embedder, published: str, other: bool = False, text: str = _FERRY_LATE, **knobs) -> tuple:
    """Where a late report of the Saint Odile's grounding, in other words, goes when it
    comes ``published`` (the grounding was reported on 1 March), with a cargo ship's grounding
    of 20 March in the stream when ``other``; and the ferry's story."""
    linker = StoryLinker(StoryOptions(**knobs), embedder=embedder)
    first = linker.add(_ferry(_FERRY_A, "a", "2025-03-01T08:00:00+00:00"))
    linker.add(_ferry(_FERRY_B, "b", "2025-03-01T12:00:00+00:00"))
    if other:
        linker.add(_ferry(_CARGO_SHIP, "cargo", "2025-03-20T08:00:00+00:00"))
    return linker.add(_ferry(text, "late", published)), first.story_id


def test_a_late_report_clearly_about_one_story_joins_it_below_the_bar(embedder):
    # Six weeks on, the report clears no bar: off, it starts a story of its own.
    placed, _ = _late_report(embedder, "2025-04-10T08:00:00+00:00", lead_ratio=0.0)
    assert placed.new_story
    placed, ferry = _late_report(embedder, "2025-04-10T08:00:00+00:00")
    assert placed.story_id == ferry and "below the bar" in placed.reason


@pytest.mark.parametrize(
    ("published", "other", "text", "knobs", "relaxed"),
    [
        # the story has been quiet beyond lead_days
        ("2025-06-20T08:00:00+00:00", False, _FERRY_LATE, {}, {"lead_days": 200.0}),
        # another grounding scores close behind
        ("2025-04-10T08:00:00+00:00", True, _FERRY_LATE, {}, {"lead_ratio": 1.05}),
        # meaning unknown
        ("2025-04-10T08:00:00+00:00", False, _FERRY_LATE, {"use_embeddings": False}, None),
        # none of the story's names
        ("2025-04-10T08:00:00+00:00", False, _FERRY_LATE_UNNAMED, {}, None),
    ],
)
def test_a_late_report_starts_its_own_story_when_the_lead_is_not_clear(embedder, published, other, text, knobs, relaxed):
    placed, _ = _late_report(embedder, published, other, text, **knobs)
    assert placed.new_story
    if relaxed is not None:  # the knob that kept it out, relaxed, lets it in
        placed, ferry = _late_report(embedder, published, other, text, **relaxed)
        assert placed.story_id == ferry


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


def _pair_linker(**knobs) -> StoryLinker:
    """A linker whose join threshold sits just above the score of the two articles below,
    with the other knobs off unless given."""
    base = {"use_embeddings": False, "young_margin": 0.0, "recent_bonus": 0.0, "text_threshold_scale": 1.0}
    base.update(knobs)
    return StoryLinker(StoryOptions(**base))


_FERRY_A = (
    "A ferry ran aground off Telmar Point on Monday, and the coastguard said all 140 passengers "
    "were taken off safely by lifeboats from Orsk. The Brava Line ferry Saint Odile hit a sandbank "
    "in fog, harbour officials said."
)
_FERRY_B = (
    "Passengers of the ferry Saint Odile spent the night in Orsk after the ship ran aground near "
    "Telmar Point. Brava Line said divers would inspect the hull before it is towed off the sandbank."
)


_FERRY_C = (
    "Divers found no damage to the hull of the Saint Odile, Brava Line said, and tugs from Orsk "
    "will try to pull the ferry off the sandbank near Telmar Point at high tide."
)


def _ferry(text: str, sid: str, published: str | None) -> object:
    return make(text, None, f"{sid}.example", published, sid)


def _score_of_pair() -> float:
    linker = _pair_linker(join_threshold=0.0)
    linker.add(_ferry(_FERRY_A, "a", None))
    return linker.add(_ferry(_FERRY_B, "b", None)).score


def test_joining_a_single_article_needs_the_young_story_margin():
    score = _score_of_pair()
    assert score > 0.1
    plain = _pair_linker(join_threshold=score - 0.01)
    plain.add(_ferry(_FERRY_A, "a", None))
    assert not plain.add(_ferry(_FERRY_B, "b", None)).new_story
    strict = _pair_linker(join_threshold=score - 0.01, young_margin=0.02)
    strict.add(_ferry(_FERRY_A, "a", None))
    assert strict.add(_ferry(_FERRY_B, "b", None)).new_story


def test_a_story_close_in_time_needs_a_little_less():
    score = _score_of_pair()
    opts = {"join_threshold": score + 0.01, "recent_bonus": 0.03, "recent_days": 1.0}
    soon = _pair_linker(**opts)
    soon.add(_ferry(_FERRY_A, "a", "2025-04-07T08:00:00+00:00"))
    assert not soon.add(_ferry(_FERRY_B, "b", "2025-04-07T20:00:00+00:00")).new_story
    # Five days later the bonus has faded; without dates there is none.
    late = _pair_linker(**opts)
    late.add(_ferry(_FERRY_A, "a", "2025-04-07T08:00:00+00:00"))
    assert late.add(_ferry(_FERRY_B, "b", "2025-04-12T08:00:00+00:00")).new_story
    undated = _pair_linker(**opts)
    undated.add(_ferry(_FERRY_A, "a", None))
    assert undated.add(_ferry(_FERRY_B, "b", None)).new_story


def _burst_scores(burst_weight: float, dated: bool) -> list[float]:
    """Scores of the second ferry report (two hours after the first) and of a third (the next
    morning), after a month-old background of other news."""
    linker = _pair_linker(join_threshold=0.0, burst_weight=burst_weight)
    for a in crane_stream():  # March: the background the words are usually seen in
        linker.add(a)
    times = ("2025-04-07T08:00:00+00:00", "2025-04-07T10:00:00+00:00", "2025-04-08T07:00:00+00:00")
    texts = (_FERRY_A, _FERRY_B, _FERRY_C)
    placed = [linker.add(_ferry(t, f"f{k}", when if dated else None)) for k, (t, when) in enumerate(zip(texts, times))]
    return [p.score for p in placed[1:]]


def test_words_the_last_hours_share_far_more_than_usual_weigh_more():
    # News of one event comes in bursts: the ferry's name and its ports, in every report of
    # the last hours and in nothing before, are what the burst is about, and weigh more in
    # the next report's vector, so it scores higher against the story.
    plain = _burst_scores(0.0, dated=True)
    bursty = _burst_scores(0.5, dated=True)
    assert all(b > p + 0.02 for b, p in zip(bursty, plain))
    # an article without a publish time is in no burst
    assert _burst_scores(0.5, dated=False) == _burst_scores(0.0, dated=False)


def test_the_burst_survives_the_state_round_trip():
    arts = crane_stream() + [_ferry(_FERRY_A, "a", "2025-04-07T08:00:00+00:00"), _ferry(_FERRY_B, "b", "2025-04-07T10:00:00+00:00")]
    opts = StoryOptions(use_embeddings=False, burst_weight=0.5)
    whole = StoryLinker(opts)
    scores = [whole.add(a).score for a in arts]
    part = StoryLinker(opts)
    for a in arts[:-1]:
        part.add(a)
    resumed = StoryLinker.from_bytes(part.to_bytes(), opts)
    assert resumed.add(arts[-1]).score == scores[-1]


def test_a_score_of_terms_alone_has_lower_thresholds():
    # Without embeddings the score is the term similarity alone, which runs lower than its
    # blend with meaning: the thresholds are scaled by text_threshold_scale.
    score = _score_of_pair()
    threshold = score / 0.75 - 0.01  # above the score, but not once scaled by 0.75
    scaled = _pair_linker(join_threshold=threshold, text_threshold_scale=0.75)
    scaled.add(_ferry(_FERRY_A, "a", None))
    assert not scaled.add(_ferry(_FERRY_B, "b", None)).new_story
    unscaled = _pair_linker(join_threshold=threshold)
    unscaled.add(_ferry(_FERRY_A, "a", None))
    assert unscaled.add(_ferry(_FERRY_B, "b", None)).new_story
    assert StoryOptions().text_threshold_scale < 1.0


def _fight_linker() -> StoryLinker:
    # join_threshold 0: every report joins the first story, as the first reports of a
    # second event of one kind can; the split has to undo it
    return StoryLinker(StoryOptions(use_embeddings=False, join_threshold=0.0, young_margin=0.0, split_min=4))


def test_a_story_holding_two_events_of_one_kind_splits_in_two():
    rotterdam, lyon = fight_articles()
    linker = _fight_linker()
    order = [rotterdam[0], lyon[0], rotterdam[1], lyon[1], rotterdam[2], lyon[2], rotterdam[3], lyon[3]]
    placements = [linker.add(a) for a in order]
    assert all(p.split is None for p in placements[:-1])
    first_story = placements[0].story_id
    assert placements[-1].split is not None and placements[-1].split[0] == first_story
    assert "split in two" in placements[-1].reason
    assert _groups(linker) == {frozenset(a.id for a in rotterdam), frozenset(a.id for a in lyon)}
    new_story = linker.story(placements[-1].split[1])
    assert new_story.headline == lyon[0].title
    assert new_story.article_ids == tuple(a.id for a in lyon)
    assert set(new_story.outlets) == {a.outlet for a in lyon}
    assert placements[-1].story_id == new_story.id  # the last article went with its own event
    assert linker.story(first_story).article_ids == tuple(a.id for a in rotterdam)
    # the next report of the Lyon fight joins the Lyon story
    more = make(lyon[2].text + " Venn said Dunmore hit harder than anyone.", "Venn on Dunmore", "l9.example", None, "lyon-9")
    assert linker.add(more).story_id == new_story.id


def test_one_event_does_not_split():
    rotterdam, _ = fight_articles()
    linker = _fight_linker()
    more = [make(a.text + " The champion said he would fight again in the spring.", a.title, "x.example", None, f"x{k}") for k, a in enumerate(rotterdam)]
    placements = [linker.add(a) for a in rotterdam + more]
    assert all(p.split is None for p in placements)
    assert len(_groups(linker)) == 1


def test_a_split_survives_the_state_round_trip():
    rotterdam, lyon = fight_articles()
    order = [rotterdam[0], lyon[0], rotterdam[1], lyon[1], rotterdam[2], lyon[2], rotterdam[3], lyon[3]]
    whole = _fight_linker()
    for a in order:
        whole.add(a)
    part = _fight_linker()
    for a in order[:5]:
        part.add(a)
    resumed = StoryLinker.from_bytes(part.to_bytes(), StoryOptions(use_embeddings=False, join_threshold=0.0, young_margin=0.0, split_min=4))
    for a in order[5:]:
        resumed.add(a)
    assert resumed.clusters() == whole.clusters()
    assert {s.id: s.article_ids for s in resumed.all_stories()} == {s.id: s.article_ids for s in whole.all_stories()}


def test_a_steady_stream_forgets_what_quiet_stories_brought():
    # one new event a day for 60 days, never a day without news: what each article brought
    # is kept only while its story may still split, so the memory follows the window, not
    # the archive
    linker = StoryLinker(StoryOptions(use_embeddings=False))
    for day in range(60):
        text = (
            f"A bridge over the Rell{day} river at Tarrow{day} closed on Tuesday after inspectors"
            f" from the Venmark{day} agency found {day + 3} cracked girders, officials said."
        )
        published = (datetime(2024, 3, 1, 8, tzinfo=UTC) + timedelta(days=day)).isoformat()
        linker.add(make(text, f"Tarrow{day} bridge closed", "news.example", published, f"b{day}"))
    window = linker.options.window_days
    assert len(linker.stories) == 60
    kept = set(linker._members)
    assert 0 < len(kept) <= 2 * window + 1
    newest = max(s.last_time for s in linker.stories.values())
    assert all(newest - linker.stories[sid].last_time <= 2 * window for sid in kept)
