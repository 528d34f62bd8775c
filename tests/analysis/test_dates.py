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


def test_the_year_of_a_copyright_line_is_not_a_date_of_the_story(analyze):
    text = "The river rose two metres on Tuesday, officials said.\n\n© 2026 Meridian Press Agency"
    a = analyze(text, published="2026-10-13T09:00:00+00:00", credits=True)
    assert [d.text for d in a.dates] == ["Tuesday"]


def test_a_weekday_after_by_or_before_in_a_sentence_not_in_the_past_is_the_coming_one(analyze):
    text = "The agency has issued an amber warning for another 60 millimetres of rain by Thursday. The dam was closed by Monday."
    a = analyze(text, "2026-10-13T09:00:00+00:00")  # a Tuesday
    assert by_text(a, "Thursday").resolved == "2026-10-15"
    assert by_text(a, "Monday").resolved == "2026-10-12"


def test_a_time_of_day_on_a_named_day_is_resolved_to_that_day(analyze):
    a = analyze(
        "A bomb exploded outside the consulate in Vale late Thursday night, officials said. "
        "Two trains collided in a tunnel early Wednesday morning.",
        "2025-03-07T10:00:00+00:00",  # a Friday
    )
    assert by_text(a, "Thursday").resolved == "2025-03-06"
    assert by_text(a, "Wednesday").resolved == "2025-03-05"


def test_a_weekday_written_before_its_full_date_is_one_mention(analyze):
    text = "The New York bank said Friday, Dec. 29, 2017, that two thirds of the charge is due to the tax law."
    a = analyze(text, "2017-12-30T10:00:00+00:00")
    (mention,) = [d for d in a.dates if "Dec" in d.text or "Friday" in d.text]
    assert text[mention.start : mention.end] == mention.text == "Friday, Dec. 29, 2017"
    assert (mention.resolved, mention.relative) == ("2017-12-29", False)


def test_a_full_date_after_this_is_that_date():
    assert resolve("this Dec. 13, 2016", date(2017, 12, 29))[1] == "2016-12-13"


def test_holidays_of_a_fixed_date_are_dates(analyze):
    a = analyze(
        "The crowd gathered on Bastille Day. Shops will reopen after Christmas Day, "
        "and the fireworks of New Year's Eve were cancelled.",
        "2018-01-03T10:00:00+00:00",
    )
    assert by_text(a, "Bastille Day").resolved == "2017-07-14"
    assert by_text(a, "Christmas Day").resolved == "2017-12-25"
    assert by_text(a, "New Year's Eve").resolved == "2017-12-31"
    assert resolve("Christmas Day 2016", date(2017, 12, 27)) == (False, "2016-12-25", "day")


def test_hedged_spans_of_time_and_numbered_names_are_not_dates(analyze):
    a = analyze(
        "Prices have risen for nearly two years and fell just a few hours after the vote. "
        "Lakeview Air Flight 1943 landed safely. Vale led at the end of the first half.",
        "2017-12-27T10:00:00+00:00",
    )
    texts = [d.text for d in a.dates]
    assert not any("two years" in t or "few hours" in t or "1943" in t or "first half" in t for t in texts), texts


def test_a_score_before_a_date_is_no_part_of_it(analyze):
    a = analyze("The Steelers beat the Texans 34-6 Christmas Day in Houston.", "2017-12-26T10:00:00+00:00")
    assert by_text(a, "Christmas").text == "Christmas Day"
    assert by_text(a, "Christmas").resolved == "2017-12-25"


def test_a_holiday_written_with_a_curly_apostrophe_is_a_date(analyze):
    a = analyze("The leak was published on April Fool’s Day, to general disbelief.", "2017-11-30T10:00:00+00:00")
    assert by_text(a, "Fool").resolved == "2017-04-01"
    assert resolve("just last week", date(2025, 3, 6))[1] == "2025-02-24/2025-03-02"


def test_a_part_of_a_day_no_words_name_is_no_date(analyze):
    a = analyze("The trains collided on Tuesday. The agency says the morning commute was not affected, and by the evening service ran.",
                "2017-12-27T10:00:00+00:00")
    assert [d.text for d in a.dates] == ["Tuesday"]


def test_a_bare_month_just_ahead_is_the_coming_one_unless_the_clause_is_in_the_past(analyze):
    a = analyze(
        "Most of the ads reserved in December and January attack the front-runner. "
        "A judge dismissed the claims in December. The circus said that starting in January it will close.",
        "2015-11-27T10:00:00+00:00",
    )
    months = [(d.text, d.resolved) for d in a.dates]
    assert months == [("December", "2015-12"), ("January", "2016-01"), ("December", "2014-12"), ("January", "2016-01")]


def test_a_possessive_date_is_the_date():
    assert resolve("next year's", date(2015, 11, 27))[1] == "2016"


def test_a_frequency_or_a_vague_day_is_no_date(analyze):
    a = analyze("The fund reports quarterly. It was a rough day for the campaign on Tuesday.", "2016-08-29T10:00:00+00:00")
    assert [d.text for d in a.dates] == ["Tuesday"]


def test_a_vague_day_ending_in_a_no_break_space_is_no_date(analyze):
    a = analyze("Former congressman Tom Okafor had a rough day\u00a0Monday.", "2016-08-29T10:00:00+00:00")
    assert [d.text for d in a.dates if "rough" in d.text] == []


def test_a_quarter_is_its_three_months():
    base = date(2017, 12, 29)
    assert resolve("the fourth quarter", base) == (True, "2017-10/2017-12", "month")
    assert resolve("the last quarter of 2017", base) == (False, "2017-10/2017-12", "month")
    assert resolve("the first quarter of next year", base) == (True, "2018-01/2018-03", "month")
    assert resolve("Q3 2016", base) == (False, "2016-07/2016-09", "month")
    assert resolve("last quarter", base) == (True, "2017-07/2017-09", "month")
    assert resolve("the third quarter", date(2018, 2, 6)) == (True, "2017-07/2017-09", "month")
    assert resolve("the fourth quarter", base, future=True) == (True, "2017-10/2017-12", "month")  # the one it is in
    assert resolve("the first quarter", base, future=True) == (True, "2018-01/2018-03", "month")


def test_a_quarter_of_a_game_is_no_quarter_of_the_year(analyze):
    a = analyze(
        "Okafor threw a touchdown pass in the third quarter. The bank expects a $5 billion charge in the fourth quarter.",
        "2017-12-29T10:00:00+00:00",
    )
    assert by_text(a, "third quarter").resolved is None
    assert by_text(a, "fourth quarter").resolved == "2017-10/2017-12"
