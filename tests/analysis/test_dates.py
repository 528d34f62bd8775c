"""Dates resolved against the publish time, or left relative (real spaCy model)."""

from datetime import date

from corroborate.analysis.dates import resolve

TEXT = "The talks began on Thursday. Ford visited Washington last November and will return next year. The law passed on March 6, 2024."


def by_text(analysis, fragment):
    return next(d for d in analysis.dates if fragment in d.text)


def test_relative_dates_resolve_against_the_publish_time(analyze):
    a = analyze(TEXT, "2025-03-08T09:00:00+00:00")  # a Saturday
    assert by_text(a, "Thursday").resolved == "2025-03-06"
    assert by_text(a, "last November").resolved == "2024-11"
    assert by_text(a, "next year").resolved == "2026"
    assert all(by_text(a, t).relative for t in ("Thursday", "last November", "next year"))


def test_relative_dates_stay_unresolved_without_a_publish_time(analyze):
    a = analyze(TEXT, None)
    assert by_text(a, "Thursday").resolved is None
    assert by_text(a, "next year").resolved is None
    absolute = by_text(a, "March 6, 2024")
    assert absolute.resolved == "2024-03-06" and not absolute.relative


def test_resolver_forms():
    base = date(2025, 3, 7)  # a Friday
    assert resolve("yesterday", base)[1] == "2025-03-06"
    assert resolve("three weeks ago", base)[1] == "2025-02-14"
    assert resolve("next Monday", base)[1] == "2025-03-10"
    assert resolve("March 2025", None) == (False, "2025-03", "month")


def test_a_weekday_in_a_sentence_about_the_future_is_the_next_one(analyze):
    a = analyze("Investigators will begin examining the scene on Monday.", "2025-03-06T16:40:00+00:00")  # a Thursday
    assert by_text(a, "Monday").resolved == "2025-03-10"


def test_next_week_is_a_range_of_days():
    assert resolve("next week", date(2025, 3, 6)) == (True, "2025-03-10/2025-03-16", "day")


def test_full_dates_with_a_trailing_time_or_a_leading_weekday_resolve_without_dateparser(monkeypatch):
    from corroborate.analysis import dates

    monkeypatch.setattr(dates, "_dateparser", lambda *a: (_ for _ in ()).throw(AssertionError("dateparser called")))
    base = date(2013, 9, 20)
    assert dates.resolve("September 14, 2013 11", base)[1] == "2013-09-14"
    assert dates.resolve("Monday, March 11, 2013", base)[1] == "2013-03-11"
    assert dates.resolve("August 8, 2012 - 4", base)[1] == "2012-08-08"


def test_frequencies_and_spans_of_time_are_not_dates(analyze):
    a = analyze(
        "Buses will run every ten minutes. The cost will fall within two quarters, the bank said on Monday. "
        "He called the flood the worst in half a century."
    )
    assert [d.text for d in a.dates] == ["Monday"]


def test_an_age_is_not_a_year_and_a_decade_is_not_a_day(analyze):
    a = analyze("Marta Holm, 67, said the ferry was built in the '90s. It was refitted in 2019.")
    assert not any(d.text == "67" for d in a.dates)
    decade = by_text(a, "'90s")
    assert decade.resolved is None and not decade.relative
    assert by_text(a, "2019").resolved == "2019"


def test_ages_and_a_phone_number_are_not_dates(analyze):
    text = (
        "Detective Inspector Rowan Achebe said the men, aged 34 and 41, were arrested early Monday. "
        "Police asked anyone with information to call 555-0147."
    )
    a = analyze(text)
    texts = [d.text for d in a.dates]
    assert "early Monday" in texts
    assert not any("34" in t or "41" in t or "0147" in t for t in texts)


def test_a_part_of_a_period_resolves_to_the_period():
    base = date(2026, 12, 3)
    assert resolve("the end of 2028", base)[1:] == ("2028", "year")
    assert resolve("mid-January", base, future=True)[1:] == ("2027-01", "month")
    assert resolve("Earlier this month", base)[1:] == ("2026-12", "month")
    assert resolve("early next year", base)[1:] == ("2027", "year")


def test_a_span_of_two_dates_resolves_to_both_ends():
    base = date(2026, 12, 3)
    assert resolve("March 3 to March 14", base)[1:] == ("2026-03-03/2026-03-14", "day")
    assert resolve("from June 1 through June 5", base)[1:] == ("2026-06-01/2026-06-05", "day")


def test_seasons_resolve_to_their_months():
    base = date(2026, 12, 3)
    assert resolve("next spring", base)[1:] == ("2027-03/2027-05", "month")
    assert resolve("last summer", base)[1:] == ("2026-06/2026-08", "month")
    assert resolve("spring 2025", base)[1:] == ("2025-03/2025-05", "month")
    assert resolve("this winter", base)[1:] == ("2026-12/2027-02", "month")
    assert resolve("next spring", base)[0] and not resolve("spring 2025", base)[0]


def test_the_year_of_a_copyright_line_is_not_a_date_of_the_story(settings):
    from corroborate.analysis.pipeline import analyze_article
    from corroborate.ingest.credits import find_credits
    from corroborate.types import Article

    text = "The river rose two metres on Tuesday, officials said.\n\n© 2026 Meridian Press Agency"
    a = analyze_article(Article(id="c1", text=text, credits=find_credits(text), published="2026-10-13T09:00:00+00:00"), settings)
    assert [d.text for d in a.dates] == ["Tuesday"]


def test_a_weekday_after_by_or_before_in_a_sentence_not_in_the_past_is_the_coming_one(analyze):
    text = "The agency has issued an amber warning for another 60 millimetres of rain by Thursday. The dam was closed by Monday."
    a = analyze(text, "2026-10-13T09:00:00+00:00")  # a Tuesday
    assert by_text(a, "Thursday").resolved == "2026-10-15"
    assert by_text(a, "Monday").resolved == "2026-10-12"
