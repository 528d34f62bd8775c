"""A wire dateline is a credit: not what a source said, not a person (real spaCy model)."""

from corroborate.ingest.credits import find_credits
from corroborate.types import Article
from tests.analysis.conftest import check_offsets

TEXT = (
    "RIVERMOUTH, Velmark (Northgate Wire) — Floodwaters forced about 3,000 people from their homes "
    "on Sunday after the Ostra River burst its banks, officials said.\n\n"
    "Police said two people were missing."
)


def _analyze(settings, text):
    from corroborate.analysis.pipeline import analyze_article

    article = Article(id="d1", text=text, credits=find_credits(text), published="2025-03-09T12:00:00+00:00")
    assert [c.kind for c in article.credits] == ["dateline"]
    return analyze_article(article, settings)


def test_a_statement_opening_after_a_dateline_starts_after_it(settings):
    a = _analyze(settings, TEXT)
    q = next(q for q in a.quotes if q.speaker == "officials")
    assert q.text.startswith("Floodwaters forced about 3,000 people")
    check_offsets(TEXT, a)


def test_a_place_in_a_dateline_is_no_person_and_the_agency_no_role(settings):
    a = _analyze(settings, TEXT)
    assert not any(e.label == "PERSON" for e in a.entities)
    assert not any("Northgate Wire" in r.text for e in a.entities for r in e.roles)


def test_a_local_dateline_without_an_agency_is_no_part_of_what_officials_said(analyze):
    text = (
        "SKARHAVN — Velmark and Ostland signed a fisheries agreement on Saturday that ends more than ten years "
        "of quarrels over cod quotas in the Grey Sea, officials from both countries said."
    )
    a = analyze(text)
    q = next(q for q in a.quotes if q.speaker == "officials from both countries")
    assert q.text.startswith("Velmark and Ostland signed")
    check_offsets(text, a)


def test_a_capitalised_word_and_a_dash_inside_a_paragraph_is_no_dateline():
    from corroborate.analysis.pipeline import bare_datelines

    assert bare_datelines("PORT ELLIS, Velmark — The council met.") == [(0, 21)]
    assert bare_datelines("Headline\n\nKESTREL BAY — The vote passed.") == [(10, 23)]
    assert bare_datelines("The council met. NATO — the alliance — was silent.") == []
    assert bare_datelines("I — we — agree.") == []


def test_the_place_opening_a_dateline_is_a_place_whatever_the_model_calls_it(analyze):
    text = (
        "HARROW JUNCTION — A jury on Wednesday found former Harrow Junction mayor Dennis Quill guilty on four "
        "counts of bribery."
    )
    a = analyze(text)
    place = next(e for e in a.entities if e.name.lower() == "harrow junction")
    assert place.label == "GPE"
