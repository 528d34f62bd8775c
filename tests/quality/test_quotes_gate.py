"""Quality gate: quote extraction on PolNeAR dev must not fall below its pinned floors
(benchmarks/baselines/quotes.json: measured figures rounded down to 2 decimals).

Floors only go up (``python benchmarks/quotes.py --update-floors``). Lowering one needs
``CORROBORATE_LOWER_FLOORS=1``, an explicit decision. Runs the whole dev split (84
articles, ~40 s with 2 processes); skipped only when ../shared/data is absent."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from benchmarks_loader import load_benchmark

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
POLNEAR_DEV = DATA / "quotes" / "polnear" / "dev"

pytestmark = pytest.mark.quality


def _bench():
    return load_benchmark("quotes")


@pytest.mark.skipif(not DATA.is_dir(), reason=f"evaluation data not found at {DATA} (../shared/data)")
def test_quote_scores_stay_at_or_above_their_floors():
    if not POLNEAR_DEV.is_dir():
        pytest.skip(f"PolNeAR dev not found at {POLNEAR_DEV}")
    bench = _bench()
    baseline = json.loads(bench.BASELINES.read_text())
    floors = baseline["floors"]
    docs = bench.load_split(POLNEAR_DEV)
    assert len(docs) == baseline["articles"], "the dev split changed: re-measure the floors"
    figures = bench.gate_figures(bench.evaluate(docs, n_process=2))
    if os.environ.get("CORROBORATE_LOWER_FLOORS") == "1":
        bench.update_floors(figures, lower=True, articles=len(docs))
        return
    failing = bench.below_floor(figures, floors)
    assert not failing, f"below floor (measured, floor): {failing}; all figures: {figures}"


def test_floors_are_the_rounded_down_figures_and_a_drop_fails():
    """The gate's arithmetic: a figure 0.001 under its floor fails, the floor itself passes."""
    bench = _bench()
    floors = bench.floors_from({"direct_f1": 0.7289, "speaker_accuracy": 0.9581})
    assert floors == {"direct_f1": 0.72, "speaker_accuracy": 0.95}
    assert bench.below_floor({"direct_f1": 0.72, "speaker_accuracy": 0.95}, floors) == {}
    assert set(bench.below_floor({"direct_f1": 0.719, "speaker_accuracy": 0.99}, floors)) == {"direct_f1"}


def test_a_quote_whose_pieces_are_content_and_content2_is_one_gold_quote(tmp_path):
    """brat may store a split quote as Content + Content2 of one event (PolNeAR does in a
    few files): the loader reads both as pieces of one quote."""
    text = '"The ferry will run again," Marta Olsen said. "Not before June."\n'
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "doc.txt").write_text(text, encoding="utf-8")
    first, second = text.index('"The'), text.index('"Not')
    ann = (
        f"T1\tContent {first} {text.index(' Marta')}\t\n"
        f"T2\tSource {text.index('Marta')} {text.index(' said')}\tMarta Olsen\n"
        f"T3\tCue {text.index('said')} {text.index('said') + 4}\tsaid\n"
        f"T4\tContent {second} {len(text) - 1}\t\n"
        "E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3 Content2:T4\n"
    )
    (tmp_path / "attributions" / "doc_ann1.ann").write_text(ann, encoding="utf-8")
    (gold,) = _bench().load_split(tmp_path)[0].gold
    assert [text[s:e] for s, e in gold.content] == ['"The ferry will run again,"', '"Not before June."']
    assert gold.direct


def _two_annotator_split(tmp_path: Path, second: str) -> Path:
    """A one-article split annotated by ``ann1`` (two quotes) and by ``ann2`` (``second``)."""
    text = '"The ferry will run again," Marta Olsen said. Later she added, "Not before June."\n'
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "doc.txt").write_text(text, encoding="utf-8")
    first, second_quote = text.index('"The'), text.index('"Not')
    q1 = f"{first} {text.index(' Marta')}"
    q2 = f"{second_quote} {len(text) - 1}"
    src1 = f"{text.index('Marta')} {text.index(' said')}"
    src2 = f"{text.index('she')} {text.index(' added')}"
    both = (
        f"T1\tContent {q1}\t\nT2\tSource {src1}\tMarta Olsen\nT3\tCue {text.index('said')} {text.index('said') + 4}\tsaid\n"
        f"T4\tContent {q2}\t\nT5\tSource {src2}\tshe\nT6\tCue {text.index('added')} {text.index('added') + 5}\tadded\n"
        "E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3\nE2\tAttribution:T6 Content:T4 Source:T5 Cue:T6\n"
    )
    (tmp_path / "attributions" / "doc_ann1.ann").write_text(both, encoding="utf-8")
    only_first = both.split("T4")[0] + "E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3\n"
    (tmp_path / "attributions" / "doc_ann2.ann").write_text(both if second == "same" else only_first, encoding="utf-8")
    return tmp_path


def test_an_annotator_who_agrees_with_the_first_scores_one(tmp_path):
    bench = _bench()
    multi = bench.load_multi_annotated([_two_annotator_split(tmp_path, "same")])
    assert len(multi) == 1 and len(multi[0][1]) == 1
    humans = bench.Scores()
    doc, (other,) = multi[0]
    bench.score_predictions(doc, bench.annotator_predictions(doc, other), humans)
    assert humans.as_dict()["direct_quotes"]["f1"] == 1.0
    assert humans.speaker_right == humans.speaker_total == 2  # "she" is named by the annotator's own earlier Source


def test_an_annotator_who_misses_a_quote_lowers_the_agreement_recall(tmp_path):
    bench = _bench()
    doc, (other,) = bench.load_multi_annotated([_two_annotator_split(tmp_path, "one quote")])[0]
    humans = bench.Scores()
    bench.score_predictions(doc, bench.annotator_predictions(doc, other), humans)
    d = humans.as_dict()["direct_quotes"]
    assert (d["precision"], d["recall"]) == (1.0, 0.5)


def test_a_checked_pronoun_is_right_only_when_its_quote_resolves_to_the_person():
    from types import SimpleNamespace as NS

    bench = _bench()
    items = [
        {"doc": "d", "quote_start": 10, "pronoun": "he", "person": "Omar Haddad"},
        {"doc": "d", "quote_start": 50, "pronoun": "she", "person": "Mary Brandt"},
        {"doc": "d", "quote_start": 90, "pronoun": "he", "person": "Tom Okafor"},
        {"doc": "d", "quote_start": 130, "pronoun": "she", "person": "Mary Brandt"},
        {"doc": "d", "quote_start": 170, "pronoun": "she", "person": "Mary Brandt"},
        {"doc": "d", "quote_start": 210, "pronoun": "he", "person": None},  # an unnamed spokesman
        {"doc": "d", "quote_start": 250, "pronoun": "he", "person": None},
        {"doc": "d", "quote_start": 290, "pronoun": "he", "person": "Kim Tae-sung"},
        {"doc": "d", "quote_start": 330, "pronoun": "he", "person": "Kim Tae-sung"},
        {"doc": "d", "quote_start": 370, "pronoun": "he", "person": "Idier Porras Guzmán"},
        {"doc": "d", "quote_start": 410, "pronoun": "he", "person": "Idier Porras Guzmán"},
    ]
    analysis = NS(quotes=[
        NS(start=10, speaker="he", speaker_name="Omar Haddad"),
        NS(start=50, speaker="she", speaker_name="Dana Whitfield"),  # the wrong person
        NS(start=130, speaker="she", speaker_name="Brandt"),  # the surname alone is her
        NS(start=170, speaker="she", speaker_name="Paul Brandt"),  # another Brandt
        NS(start=210, speaker="he", speaker_name="a Navy spokesman", entity=None),  # names no one: right
        NS(start=250, speaker="he", speaker_name="Tom Okafor", entity="e2"),  # names someone: wrong
        NS(start=290, speaker="he", speaker_name="Kim Tae Sung", entity="e3"),  # the same name, spelled apart
        NS(start=330, speaker="he", speaker_name="Kim", entity="e3"),  # his family name alone, written first
        NS(start=370, speaker="he", speaker_name="Porras Guzmán", entity="e4"),  # his surname of two words
        NS(start=410, speaker="he", speaker_name="Pablo Guzmán", entity="e5"),  # another Guzmán
    ])  # and no quote at 90
    scores = bench.Scores()
    bench.score_pronouns(analysis, items, scores)
    assert (scores.pronoun_right, scores.pronoun_checked) == (6, 11)
    assert bench.gate_figures(scores)["pronoun_speaker_accuracy"] == round(6 / 11, 4)


def test_a_pronoun_check_on_other_news_reads_its_articles_from_the_stories_corpus(tmp_path):
    bench = _bench()
    text = "Mary Brandt chaired the meeting on Tuesday. She said the fares would fall."
    (tmp_path / "quotes" / "polnear").mkdir(parents=True)
    (tmp_path / "stories").mkdir()
    (tmp_path / "stories" / "news.jsonl").write_text(json.dumps({"id": "a1", "text": text}) + "\n", encoding="utf-8")
    fixture = tmp_path / "checked.json"
    item = {"doc": "a1", "quote_start": text.index("the fares"), "pronoun": "She", "person": "Mary Brandt"}
    fixture.write_text(json.dumps({"corpus": "news.jsonl", "items": [item]}), encoding="utf-8")
    got = bench.story_pronouns(tmp_path / "quotes" / "polnear", path=fixture)
    assert (got["right"], got["checked"], got["corpus"]) == (1, 1, "news.jsonl")
    assert bench.story_pronouns(tmp_path / "elsewhere" / "quotes" / "polnear", path=fixture) is None  # no stories there
    # checks sharing a cache analyse each article once
    cache: dict = {}
    first = bench.story_pronouns(tmp_path / "quotes" / "polnear", path=fixture, cache=cache)
    analysed = cache["a1"]
    assert bench.story_pronouns(tmp_path / "quotes" / "polnear", path=fixture, cache=cache) == first == got
    assert list(cache) == ["a1"] and cache["a1"] is analysed


def test_a_checked_kind_noun_speaker_is_right_wrong_or_left_as_written():
    from types import SimpleNamespace as NS

    bench = _bench()
    items = [
        {"quote_start": 10, "speaker": "the company", "stands_for": ["Brandt Holdings"]},
        {"quote_start": 50, "speaker": "the company", "stands_for": ["Brandt Holdings"]},
        {"quote_start": 90, "speaker": "the airline", "stands_for": ["Lakeview Air", "LKA"]},
        {"quote_start": 130, "speaker": "the pilot", "stands_for": None},
        {"quote_start": 170, "speaker": "the pilot", "stands_for": None},
        {"quote_start": 210, "speaker": "the firm", "stands_for": ["Okafor Group"]},
    ]
    analysis = NS(quotes=[
        NS(start=10, speaker="the company", entity="e1", speaker_name="Brandt"),  # a name word shared
        NS(start=50, speaker="the company", entity="e2", speaker_name="Lakeview Securities Commission"),
        NS(start=90, speaker="the airline", entity="e3", speaker_name="LKA"),  # another of its names
        NS(start=130, speaker="the pilot", entity=None, speaker_name="the pilot"),  # no one named: right
        NS(start=170, speaker="the pilot", entity="e4", speaker_name="Omar Haddad"),
        NS(start=210, speaker="the firm", entity="e5", speaker_name="Vale Group"),  # "Group" names no one
    ])
    verdicts = [bench.speaker_verdict(analysis, item) for item in items]
    assert verdicts == ["right", "wrong", "right", "right", "wrong", "wrong"]
    assert bench.speaker_verdict(analysis, {"quote_start": 999, "speaker": "the firm", "stands_for": None}) == "lost"
    assert bench.speaker_verdict(
        NS(quotes=[NS(start=1, speaker="the union", entity=None, speaker_name="the union")]),
        {"quote_start": 1, "speaker": "the union", "stands_for": ["Vale Workers Union"]},
    ) == "as_written"


def _random_verdict(item, name, entity="e1", labels=None):
    """The random sample's verdict on ``item`` for one quote at its start whose speaker, as
    written and as named, is ``name``, linked to ``entity`` (whose label ``labels`` gives)."""
    from types import SimpleNamespace as NS

    quotes = [NS(start=item["quote_start"], end=item["quote_end"], speaker=name, entity=entity, speaker_name=name)]
    analysis = NS(quotes=quotes, entity=lambda e: NS(label=(labels or {}).get(e, "PERSON")))
    return _bench().random_quote_verdict(analysis, item)


def test_a_random_quotes_speaker_is_right_only_by_a_name_word_not_a_hyphens_lowercase_piece():
    item = {"quote_start": 10, "quote_end": 40, "is_quote": True, "stands_for": ["Moon Jae-in", "Moon"]}
    assert _random_verdict(item, "Moon") == "right"
    assert _random_verdict(item, "Jae-in") == "right"  # "Jae" is a name of his
    assert _random_verdict(item, "in") == "wrong_speaker"  # what the parse left of his name is not it
    assert _random_verdict(item, "an in-house lawyer") == "wrong_speaker"


def test_a_random_quotes_speaker_given_as_the_countrys_initials_is_the_country():
    item = {"quote_start": 10, "quote_end": 40, "is_quote": True, "stands_for": ["United States"]}
    assert _random_verdict(item, "U.S.") == "right"
    assert _random_verdict(item, "the US") == "right"
    assert _random_verdict(item, "U.S. officials") == "wrong_speaker"  # (some of its people, not the country)


def test_a_described_speaker_linked_only_to_a_people_by_nationality_is_still_the_description():
    item = {"quote_start": 10, "quote_end": 40, "is_quote": True, "stands_for": None, "described": ["Americans"]}
    labels = {"e1": "NORP", "e2": "GPE"}
    assert _random_verdict(item, "Americans", None) == "right"
    assert _random_verdict(item, "Americans", "e1", labels) == "right"
    assert _random_verdict(item, "Americans", "e2", labels) == "wrong_speaker"  # (a country named is someone named)
