"""Numbers normalised and tied to what they measure (real spaCy model)."""

import pytest

from corroborate.analysis.quantities import word_number
from tests.analysis.conftest import check_offsets

TRADE = (
    "Trade between the two countries was worth C$56 billion ($40.5 billion) last year, "
    "up 12% from the year before. The bank earned C$55.4 billion. "
    "About 300 people attended the talks, which lasted eight years. Prices rose 3.5 percent."
)


def by_text(analysis, text):
    return next(q for q in analysis.quantities if q.text == text)


def test_money_with_currency_and_scale_is_normalised(analyze):
    a = analyze(TRADE)
    q = by_text(a, "C$55.4 billion")
    assert q.kind == "money" and q.currency == "CAD"
    assert q.value == pytest.approx(55.4e9)


def test_a_scale_joined_by_a_hyphen_is_part_of_the_amount(analyze):
    text = (
        "She built Dunmore Care into a $400-million-a-year business and sold a C$2-billion stake. "
        "The chain's “$12-an-hour” workers want more."
    )
    a = analyze(text)
    assert by_text(a, "$400-million").value == pytest.approx(400e6)
    # (what a rate measures is the noun after it, not the rate's unit)
    assert by_text(a, "$400-million").measures == "business"
    assert by_text(a, "$12").measures == "workers"
    assert (by_text(a, "C$2-billion").currency, by_text(a, "C$2-billion").value) == ("CAD", pytest.approx(2e9))
    check_offsets(text, a)


@pytest.mark.parametrize(
    "written, value, currency",
    [
        ("two million dollars", 2e6, None),
        ("a million euros", 1e6, "EUR"),
        ("half a million dollars", 5e5, None),
        ("a quarter of a billion pounds", 2.5e8, "GBP"),
        ("twenty-five thousand euros", 25e3, "EUR"),
    ],
)
def test_money_written_in_words_is_money(analyze, written, value, currency):
    # (an outlet writing "two million dollars" where another writes "$2 million")
    text = f"The council paid {written} for the old ferry terminal."
    a = analyze(text)
    q = by_text(a, written)
    assert q.kind == "money" and q.value == pytest.approx(value) and q.currency == currency
    check_offsets(text, a)


def test_amount_and_its_conversion_in_brackets_are_two_quantities_measuring_the_same(analyze):
    a = analyze(TRADE)
    cad = by_text(a, "C$56 billion")
    usd = by_text(a, "$40.5 billion")
    assert (cad.currency, cad.value) == ("CAD", pytest.approx(56e9))
    assert (usd.currency, usd.value) == ("USD", pytest.approx(40.5e9))
    assert cad.measures == usd.measures == "Trade between the two countries"


def test_percentages_counts_and_durations(analyze):
    a = analyze(TRADE)
    pct = by_text(a, "12%")
    assert (pct.kind, pct.value, pct.unit) == ("percent", 12.0, "%")
    assert by_text(a, "3.5 percent").value == 3.5
    people = by_text(a, "300")
    assert (people.kind, people.value, people.unit) == ("count", 300.0, "people")
    years = by_text(a, "eight years")
    assert (years.kind, years.value, years.unit) == ("duration", 8.0, "year")
    check_offsets(TRADE, a)


def test_euro_and_pound_amounts(analyze):
    a = analyze("The fund raised €3 million and £12bn was pledged.")
    eur = by_text(a, "€3 million")
    gbp = by_text(a, "£12bn")
    assert (eur.currency, eur.value) == ("EUR", 3e6)
    assert (gbp.currency, gbp.value) == ("GBP", 12e9)


def test_number_words():
    assert word_number("forty-three") == 43
    assert word_number("2,521") == 2521
    assert word_number("three hundred") == 300
    assert word_number("banana") is None


def test_a_bare_dollar_amount_claims_no_currency_unless_set_against_another_dollar(analyze):
    alone = analyze("The fire caused $12 million in damage.")
    q = by_text(alone, "$12 million")
    assert (q.currency, q.unit, q.value) == (None, "$", 12e6)


def test_count_with_a_scale_word(analyze):
    a = analyze("The state carrier handled 1.8 million containers in 2024.")
    q = by_text(a, "1.8 million")
    assert (q.kind, q.value, q.unit) == ("count", 1.8e6, "container")


def test_a_number_in_a_two_way_modifier_is_not_a_count(analyze):
    a = analyze("The agreement would cover C$55.4 billion in annual two-way trade and a 12-member panel.")
    assert [(q.text, q.kind, q.unit) for q in a.quantities] == [("C$55.4 billion", "money", "CAD"), ("12", "count", "member")]


def test_a_dateline_parsed_as_a_second_subject_is_not_what_a_number_measures(analyze):
    text = (
        "NORTHGATE, Velmark, Aug. 14 (Northgate Wire) — Wheat prices in Velmark rose 18% in July, "
        "the agriculture ministry said on Thursday."
    )
    a = analyze(text)
    pct = next(q for q in a.quantities if q.kind == "percent")
    assert pct.measures == "Wheat prices in Velmark"
    check_offsets(text, a)


def test_a_change_by_or_to_a_number_measures_the_verbs_object(analyze):
    text = (
        "Bakeries have raised bread prices by an average of 9 percent. "
        "The central bank is expected to keep its main rate at 3.25%. "
        "Wheat prices rose to 412 crowns."
    )
    a = analyze(text)
    by_text = {q.text: q for q in a.quantities}
    assert by_text["9 percent"].measures == "bread prices"
    assert by_text["3.25%"].measures == "its main rate"
    assert by_text["412"].measures in {"Wheat prices", "crowns"}
    check_offsets(text, a)


def test_a_relative_pronoun_is_not_what_a_number_measures_its_antecedent_is(analyze):
    text = "The ferry operator, which earned $5 billion last year, was sold on Monday."
    a = analyze(text)
    q = next(q for q in a.quantities if q.kind == "money")
    assert q.measures == "The ferry operator"
    check_offsets(text, a)


def test_a_fraction_of_a_percentage_point_is_that_fraction(analyze):
    text = (
        "The Bank of Velmark raised its benchmark interest rate by a quarter of a percentage point to 4.5% on Thursday. "
        "Ostland's bank cut its rate by half a percentage point."
    )
    a = analyze(text)
    points = [q for q in a.quantities if q.unit == "percentage point"]
    assert [(q.text, q.value) for q in points] == [("a quarter of a percentage point", 0.25), ("half a percentage point", 0.5)]
    assert points[0].measures == "its benchmark interest rate"
    check_offsets(text, a)


def test_a_share_of_something_or_money_for_something_measures_that_thing(analyze):
    text = (
        "Only 58% of registered voters took part. The council approved €3.2 million in emergency aid. "
        "The line is expected to cost €260 million. The fund will cover 40% of the cost."
    )
    a = analyze(text)
    by = {q.text: q.measures for q in a.quantities}
    assert by["58%"] == "registered voters"
    assert by["€3.2 million"] == "emergency aid"
    assert by["€260 million"] == "The line"
    assert by["40%"] == "the cost"
    check_offsets(text, a)


def test_a_month_after_a_figure_is_not_what_it_measures(analyze):
    text = "Wheat prices rose 18% in July. Exports fell 4% in March to 2.1 million tonnes. The fund spent €4 million in May."
    a = analyze(text)
    assert not any(q.measures in {"July", "March", "May"} for q in a.quantities)


def test_money_in_kronor_and_other_named_currencies_is_found(analyze):
    text = "Repairs will cost an estimated 14 million kronor. The club paid 2.5 million Swiss francs and 300,000 rand."
    a = analyze(text)
    kronor = by_text(a, "14 million kronor")
    assert (kronor.kind, kronor.currency, kronor.value) == ("money", "SEK", pytest.approx(14e6))
    assert by_text(a, "2.5 million Swiss francs").currency == "CHF"
    assert by_text(a, "300,000 rand").currency == "ZAR"
    check_offsets(text, a)


def test_a_number_standing_for_some_of_a_group_measures_the_group(analyze):
    text = "The city voted after inspectors found cracks in two of its steel girders."
    a = analyze(text)
    assert by_text(a, "two").measures == "its steel girders"


def test_one_of_many_is_not_a_count(analyze):
    a = analyze("The Cubs had endured one of the longest droughts in sport. Vale praised one of the city's papers.")
    assert [q.text for q in a.quantities if q.text.lower() == "one"] == []


def test_a_number_in_parentheses_after_a_name_is_not_a_count(analyze):
    a = analyze("Vale quarterback Tom Okafor (7) scrambles away from Lakeview linebacker Omar Haddad (94) in the first half.")
    assert [q.text for q in a.quantities] == []


def test_a_fraction_is_a_share_not_a_count(analyze):
    a = analyze("The bank said two thirds of the charge is due to the tax law, and two-thirds of its staff agreed.")
    for written in ("two thirds", "two-thirds"):
        q = by_text(a, written)
        assert (q.kind, q.unit, q.value) == ("other", "fraction", pytest.approx(2 / 3))


def test_a_length_or_a_weight_is_a_measure_not_a_count(analyze):
    a = analyze("Okafor ran for an 18-yard touchdown. The hailstones were 3 inches across and the fish weighed 236 pounds.")
    assert (by_text(a, "18-yard").kind, by_text(a, "18-yard").unit) == ("other", "yard")
    assert (by_text(a, "3 inches").kind, by_text(a, "3 inches").unit, by_text(a, "3 inches").value) == ("other", "inch", 3)


def test_a_fraction_of_a_percent_written_with_a_hyphen_is_that_share(analyze):
    a = analyze("Okafor led Haddad late Tuesday by less than one-half of 1 percent.")
    q = by_text(a, "one-half of 1 percent")
    assert (q.kind, q.value) == ("percent", 0.5)


def test_an_age_is_a_measure_of_a_person_not_a_count(analyze):
    a = analyze("Okafor, 33, opened up about his decision. The 45-year-old mayor, aged 45 by then, said nothing.")
    assert [(q.text, q.kind, q.unit, q.value) for q in a.quantities] == [
        ("33", "other", "age", 33), ("45-year-old", "other", "age", 45), ("45", "other", "age", 45)]


def test_at_one_point_is_no_count(analyze):
    a = analyze("The count swung back and forth, and at one point Okafor led by 126 ballots.")
    assert [q.text for q in a.quantities] == ["126"]


def test_another_number_is_never_what_a_number_measures(analyze):
    text = (
        "The poll finds Haddad with a narrow lead over Okafor, 46 percent to 44 percent, among likely voters. "
        "Velmark's new $82 per share offer included $60 in cash."
    )
    a = analyze(text)
    measured = [(q.measures_start, q.measures_end) for q in a.quantities if q.measures is not None]
    assert not any(s < q.end and q.start < e for s, e in measured for q in a.quantities)
    check_offsets(text, a)


def test_a_share_of_a_sum_measures_that_sum(analyze):
    text = "The bank took a $5 billion charge. It said two thirds of the $5 billion are due to new taxes."
    a = analyze(text)
    assert [q.measures for q in a.quantities if q.unit == "fraction"] == ["the $5 billion"]


def test_a_share_of_precincts_measures_the_precincts(analyze):
    a = analyze("With almost 100% of the precincts reporting, the race in Dunmore was still too close to call.")
    assert by_text(a, "100%").measures == "the precincts reporting"


def test_a_duration_measures_what_it_is_of_or_the_event_it_is_in(analyze):
    text = (
        "Fans celebrated the Lakeview Herons' first league title in 52 years on Sunday. "
        "She has 30 years of experience in city politics."
    )
    a = analyze(text)
    assert by_text(a, "52 years").measures == "the Lakeview Herons' first league title"
    assert by_text(a, "30 years").measures == "experience in city politics"


def test_an_age_measures_the_person_whose_age_it_is(analyze):
    a = analyze("Does Okafor, like Haddad, 19, oppose the new stadium?")
    age = by_text(a, "19")
    assert (age.unit, age.measures) == ("age", "Haddad")
