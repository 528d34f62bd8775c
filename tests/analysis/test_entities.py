"""Canonical entities merged within one article, with roles (real spaCy model)."""

import pytest

from tests.analysis.conftest import check_offsets
from tests.analysis.test_quotes import entity_named, quote_with


@pytest.fixture(scope="module")
def parse(settings):
    """The model's parse of a text (the analysis pipeline's spaCy model)."""
    pytest.importorskip(settings.spacy_model)
    from corroborate.analysis.paragraphs import analysis_nlp

    return analysis_nlp(settings.spacy_model)


def _entities_with(doc, *spans):
    """build_entities on ``doc``, its entities set to ``spans`` ((start token, end token,
    label)) when given: a reading the model gave a real article, put on a fictional text."""
    from spacy.tokens import Span

    from corroborate.analysis.entities import build_entities

    if spans:
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in spans]
    return build_entities(doc)


FORD = (
    "Ontario Premier Doug Ford said on Monday that the province would respond. "
    "Mr. Ford spoke to reporters in Toronto. "
    "Ford has threatened export taxes before, and the Premier did not rule them out."
)


def test_name_title_surname_and_role_noun_merge_into_one_person(analyze):
    a = analyze(FORD)
    people = [e for e in a.entities if e.label == "PERSON"]
    assert len(people) == 1
    ford = people[0]
    assert ford.name == "Doug Ford"
    texts = [m.text for m in ford.mentions]
    assert "Doug Ford" in texts and "Mr. Ford" in texts and "Ford" in texts and "the Premier" in texts
    assert [r.text for r in ford.roles] == ["Ontario Premier"]
    check_offsets(FORD, a)


def test_role_from_title_before_the_name_names_the_organisation(analyze):
    text = "Bank of Nova Scotia CEO Scott Thomson said the bank was well capitalised."
    a = analyze(text)
    thomson = next(e for e in a.entities if e.name == "Scott Thomson")
    role = thomson.roles[0]
    assert role.text == "Bank of Nova Scotia CEO"
    assert role.organisation == "Bank of Nova Scotia"


def test_role_from_an_apposition(analyze):
    text = "“It is a subtle dance,” said Jane Roe, an assistant professor of political science at Western University."
    a = analyze(text)
    roe = next(e for e in a.entities if e.name == "Jane Roe")
    assert roe.roles[0].text == "an assistant professor of political science at Western University"
    assert roe.roles[0].organisation == "Western University"
    check_offsets(text, a)


def test_entity_ids_follow_first_mention_order(analyze):
    a = analyze(FORD)
    first = [min(m.start for m in e.mentions) for e in a.entities]
    assert first == sorted(first)
    assert [e.id for e in a.entities] == [f"e{i + 1}" for i in range(len(a.entities))]


def test_title_inside_a_misread_entity_becomes_a_role(analyze):
    text = "“Once we had the valves closed, the situation stabilized quickly,” said Fire Chief Marcus Etholm."
    a = analyze(text)
    etholm = next(e for e in a.entities if e.label == "PERSON")
    assert etholm.name == "Marcus Etholm"
    assert a.quotes[0].speaker_name == "Marcus Etholm"


def test_possessive_role_noun_resolves_by_shared_words(analyze):
    text = (
        "Canadian Trade Minister Alva Brandt met Velmark Ports Minister Tomas Reyl on Thursday. "
        "Canada's trade minister said the talks were useful."
    )
    a = analyze(text)
    q = next(q for q in a.quotes if "talks were useful" in q.text)
    assert q.speaker_name == "Alva Brandt"


def test_a_dateline_before_a_title_is_not_part_of_the_role(analyze):
    text = "OTTAWA - Opposition trade critic Nadia Ferrante said the government had said nothing."
    a = analyze(text)
    [person] = [e for e in a.entities if e.name == "Nadia Ferrante"]
    roles = [r.text for r in person.roles]
    assert roles and not any("OTTAWA" in r for r in roles)
    assert any(r.endswith("trade critic") for r in roles)


def test_an_apposition_that_names_no_role_is_not_a_role(analyze):
    text = (
        "Canadian Trade Minister Alva Brandt met Ports Minister Tomas Reyl, the first formal round "
        "since negotiations stalled last November. Hanne Vosk, a freight analyst at Kestrel Maritime "
        "Research, said the berths were the prize."
    )
    a = analyze(text)
    roles = {e.name: [r.text for r in e.roles] for e in a.entities if e.label == "PERSON"}
    assert not any("round" in r for r in roles.get("Tomas Reyl", []))
    assert any("freight analyst" in r for r in roles["Hanne Vosk"])


def test_a_posts_date_is_no_role_and_a_role_ends_at_a_bracket_it_leaves_open(analyze):
    text = (
        "Tomas Reyl, the chairman of both Velmark Line and shipping company Ostra Cargo (OSTC, Tech30), said on Friday "
        "that the berths were ready.\n"
        "Today the harbour board voted to open the north terminal. — Tomas Reyl (@TomasReyl) March 6, 2025"
    )
    roles = [r.text for e in analyze(text).entities if e.name == "Tomas Reyl" for r in e.roles]
    assert roles == ["the chairman of both Velmark Line and shipping company Ostra Cargo"]


def test_a_hashtag_or_a_handle_is_no_entity(analyze):
    text = (
        "Hundreds marched in Port Ellis on Sunday under the banner #MeToo and #BringBackOurGirls, "
        "and the harbour board posted a photo from @PortEllisHarbour. Mayor Ann Lee joined them."
    )
    names = {e.name for e in analyze(text).entities}
    assert "Ann Lee" in names
    assert not any(n.startswith("@") or n in {"MeToo", "BringBackOurGirls", "PortEllisHarbour"} for n in names), names


def test_a_name_after_a_noun_that_describes_a_company_is_an_organisation(analyze):
    text = (
        "Westmark Premier Jonas Hale rejected the northern route on Friday.\n\n"
        "Energy company Borealis Pipelines said it was “deeply disappointed.”"
    )
    a = analyze(text)
    borealis = next(e for e in a.entities if "Borealis" in e.name)
    assert borealis.label == "ORG"
    assert not any(e.label == "PERSON" and "Borealis" in e.name for e in a.entities)


def test_a_counterpart_named_in_an_apposition_is_a_role(analyze):
    a = analyze("Canadian Fisheries Minister Claire Dubois and her Portuguese counterpart, Rui Almeida, signed the deal on Tuesday.")
    almeida = next(e for e in a.entities if e.name == "Rui Almeida")
    assert [r.text for r in almeida.roles] == ["her Portuguese counterpart"]


def test_an_agent_noun_after_an_age_is_a_role(analyze):
    a = analyze('“Now look,” said Tomas Berg, 58, a baker whose shop was under a metre of water.')
    berg = next(e for e in a.entities if e.name == "Tomas Berg")
    assert [r.text for r in berg.roles] == ["a baker whose shop was under a metre of water"]


def test_a_surname_of_two_words_is_the_same_person_whatever_the_model_calls_it(analyze):
    text = (
        '"They have traded our sleep for their cranes," said Pieter Van Loon, who has lived on Quay Street for 31 years.\n\n'
        '"Six hundred? Try two hundred," Van Loon said on Wednesday.'
    )
    a = analyze(text)
    loon = [e for e in a.entities if e.name.endswith("Van Loon")]
    assert len(loon) == 1 and loon[0].label == "PERSON" and loon[0].name == "Pieter Van Loon"
    q = next(q for q in a.quotes if "Six hundred" in q.text)
    assert q.speaker_name == "Pieter Van Loon"
    check_offsets(text, a)


def test_a_title_word_the_model_read_as_part_of_the_name_becomes_a_role(analyze):
    text = "Councillor Hana Ruiz, one of the two members who voted against, said she worried about the traffic."
    a = analyze(text)
    ruiz = next(e for e in a.entities if e.label == "PERSON")
    assert ruiz.name == "Hana Ruiz"
    assert [r.text for r in ruiz.roles][:1] == ["Councillor"]
    check_offsets(text, a)


def test_a_capitalised_name_ending_in_authority_or_union_is_an_organisation_even_when_the_model_misses_it(analyze):
    text = (
        "KESTREL BAY — The Kestrel Bay Harbour Authority voted 7-2 late Tuesday to approve a C$410 million "
        "expansion of the container terminal."
    )
    a = analyze(text)
    orgs = [e.name for e in a.entities if e.label == "ORG"]
    assert "Kestrel Bay Harbour Authority" in orgs
    check_offsets(text, a)


def test_a_name_in_apposition_to_a_role_is_a_person_whatever_the_model_calls_it(analyze):
    text = '"Six percent is a start, not a solution," said the group\'s director, Maren Holt.'
    a = analyze(text)
    holt = next(e for e in a.entities if e.name == "Maren Holt")
    assert holt.label == "PERSON"
    q = next(q for q in a.quotes if "Six percent" in q.text)
    assert q.speaker_name == "Maren Holt"
    check_offsets(text, a)


def test_a_plural_common_noun_the_model_read_as_a_person_is_no_entity(analyze):
    text = '"The bank has chosen credibility over growth," said Jonas Pell, chief economist at Nordbank. "Households with variable mortgages will feel it by August."'
    a = analyze(text)
    assert [e.name for e in a.entities if e.label == "PERSON"] == ["Jonas Pell"]


def test_a_rail_or_transit_operator_the_model_read_as_a_person_is_an_organisation(analyze):
    text = "Coastline Rail said in a statement that a power surge had disabled signals along the line."
    a = analyze(text)
    assert [(e.name, e.label) for e in a.entities if e.name == "Coastline Rail"] == [("Coastline Rail", "ORG")]


def test_a_surname_that_looks_like_a_plural_is_still_the_person(analyze):
    text = (
        "Vermont Sen. Bernie Sanders is speaking Thursday to a conference of black leaders. "
        "Sanders is outlining a litany of policy proposals on jobs and education."
    )
    a = analyze(text)
    sanders = next(e for e in a.entities if e.name == "Bernie Sanders")
    assert [m.text for m in sanders.mentions if m.kind == "name"][-1] == "Sanders"


def test_a_lowercase_word_the_model_took_into_a_name_is_a_role_not_the_name(analyze):
    text = '"We lost a week of trade," said baker Tomas Reinholt, whose shop is on the quay.'
    a = analyze(text)
    person = next(e for e in a.entities if e.label == "PERSON")
    assert person.name == "Tomas Reinholt"
    assert [r.text for r in person.roles] == ["baker"]
    q = next(q for q in a.quotes if "lost a week" in q.text)
    assert q.speaker_name == "Tomas Reinholt"
    check_offsets(text, a)


def test_a_name_followed_by_a_role_apposition_is_a_person_whatever_the_model_calls_it(analyze):
    text = (
        "Nadia Okonkwo, the region's emergency coordinator, said crews would work through the night. "
        '"Nobody should be on the roads," Okonkwo said. '
        "Damage was estimated at about $80 million, the insurer Halvard Re said in a statement."
    )
    a = analyze(text)
    okonkwo = next(e for e in a.entities if e.name == "Nadia Okonkwo")
    assert okonkwo.label == "PERSON"
    assert [r.text for r in okonkwo.roles] == ["the region's emergency coordinator"]
    q = next(q for q in a.quotes if "Nobody" in q.text)
    assert q.entity == okonkwo.id
    assert next(e for e in a.entities if e.name == "Halvard Re").label == "ORG"
    check_offsets(text, a)


def test_a_named_storm_is_no_person(analyze):
    text = "Emergency crews evacuated 412 people on Monday as Storm Idris pushed water over the harbour wall."
    a = analyze(text)
    assert [e.name for e in a.entities if e.label == "PERSON"] == []
    assert [(e.name, e.label) for e in a.entities if e.name == "Storm Idris"] == [("Storm Idris", "EVENT")]


def test_a_name_before_bridge_or_street_is_a_place_not_a_person(analyze):
    text = "The council voted on Tuesday to close the Ostra bridge to heavy trucks and reopen Kemp street."
    a = analyze(text)
    assert [e.name for e in a.entities if e.label == "PERSON"] == []
    assert "Ostra bridge" in [e.name for e in a.entities if e.label == "FAC"]
    check_offsets(text, a)


def test_a_portfolio_before_minister_is_part_of_the_role_not_an_organisation(analyze):
    text = (
        "Ports Minister Tomas Reyl welcomed Canada's trade minister to Port Ellis on Thursday. "
        "Dock workers in Port Ellis have heard such promises before."
    )
    a = analyze(text)
    assert not any(e.name == "Ports" for e in a.entities)
    reyl = next(e for e in a.entities if e.name == "Tomas Reyl")
    assert [r.text for r in reyl.roles] == ["Ports Minister"]
    check_offsets(text, a)


def test_a_port_or_fort_name_is_a_place(analyze):
    text = (
        "Ports Minister Tomas Reyl welcomed Canada's trade minister to Port Ellis on Thursday. "
        "Sanne Korver chairs the Port Ellis branch of the union, which also organises Fort Dunmore."
    )
    a = analyze(text)
    labels = {e.name: e.label for e in a.entities}
    assert labels["Port Ellis"] == "GPE"
    check_offsets(text, a)
    text = "Canada's trade minister opened talks with Velmark in Port Ellis on a port and trade agreement."
    assert {e.name: e.label for e in analyze(text).entities}["Port Ellis"] == "GPE"  # the model's FAC


def test_a_name_the_model_read_as_a_person_beside_a_country_is_a_country(analyze):
    text = (
        "Reyl said Velmark wanted “balance, not speed” in the talks. "
        "Trade between Canada and Velmark is worth about €35.5 billion a year."
    )
    a = analyze(text)
    velmark = next(e for e in a.entities if e.name == "Velmark")
    assert velmark.label == "GPE"
    check_offsets(text, a)


def test_a_town_the_model_read_as_a_person_or_a_nationality_is_a_place(analyze):
    text = (
        "A fire at a warehouse in Dunmore Falls on Wednesday caused an ammonia leak, according to "
        "Dunmore Falls Fire Chief Marcus Etholm. Eighty-five workers at a Millbrook distribution "
        "company are off the job after a blaze destroyed a warehouse in Millbrook."
    )
    a = analyze(text)
    labels = {e.name: e.label for e in a.entities}
    assert labels["Dunmore Falls"] == "GPE" and labels["Millbrook"] == "GPE"
    assert labels["Marcus Etholm"] == "PERSON"
    check_offsets(text, a)


def test_a_name_whose_officials_and_provinces_the_text_speaks_of_is_a_country(analyze):
    text = (
        "Trade Minister Alva Brandt opened two days of talks with Velmark on Thursday. "
        "Velmark officials say the port provisions alone would create 1,200 jobs. "
        "A plan was withdrawn after objections from Velmark's coastal provinces."
    )
    a = analyze(text)
    assert next(e for e in a.entities if e.name == "Velmark").label == "GPE"
    assert next(e for e in a.entities if e.name == "Alva Brandt").label == "PERSON"
    check_offsets(text, a)


def test_a_common_noun_opening_a_sentence_is_no_name(analyze):
    text = (
        "The fire caused an ammonia leak that forced the evacuation of 40 homes. "
        "Ammonia is widely used as a refrigerant in large cold-storage plants."
    )
    a = analyze(text)
    assert not any(e.name.lower() == "ammonia" for e in a.entities)
    check_offsets(text, a)
    # a surname that is also a word stays the person's
    text = "Senator Ana Rice spoke on Monday. Rice said the rice harvest was poor."
    rice = next(e for e in analyze(text).entities if e.name == "Ana Rice")
    assert [m.text for m in rice.mentions] == ["Ana Rice", "Rice"]


def test_a_dateline_place_does_not_take_in_the_word_after_the_dash(analyze):
    text = (
        "OTTAWA - Opposition trade critic Nadia Ferrante said on Thursday that the government had not told "
        "Parliament what it was offering Velmark, as Trade Minister Alva Brandt opened talks in Port Ellis "
        "on a port and trade agreement."
    )
    a = analyze(text)
    assert not any("Opposition" in e.name for e in a.entities if e.label in {"GPE", "LOC"})
    check_offsets(text, a)


def test_a_group_of_people_opening_a_sentence_is_no_person(analyze):
    text = (
        "About 60 firefighters from four departments were at the scene.\n"
        "Neighbours on Mill Street said they were woken by the sound of exploding aerosol cans. "
        "“It sounded like fireworks for half an hour,” said Dana Whitcombe, who lives two blocks away."
    )
    a = analyze(text)
    assert not any(e.name == "Neighbours" for e in a.entities)
    assert any(e.name == "Dana Whitcombe" and e.label == "PERSON" for e in a.entities)
    check_offsets(text, a)


def test_per_before_a_name_is_a_first_name_not_the_preposition(analyze):
    text = (
        "Per Vik, a spokesman for the port authority, said the berths would be ready by June. "
        "Vik declined to say more. Per Reuters, the talks resume on Monday."
    )
    a = analyze(text)
    vik = next(e for e in a.entities if e.name == "Per Vik")
    assert vik.label == "PERSON" and [r.text for r in vik.roles] == ["a spokesman for the port authority"]
    assert not any(e.name.startswith("Per Reuters") for e in a.entities)  # "per" as in "according to"
    q = next(q for q in a.quotes if "berths" in q.text)
    assert q.speaker == "Per Vik" and q.entity == vik.id
    check_offsets(text, a)


def test_a_name_or_a_noun_two_words_before_an_honorific_is_no_role(analyze):
    # "Mr. King" before "and Mr. Schultz" is another person, and "the strong leader that
    # Mr. Trump admires" is what Mr. Trump admires, not what he is
    text = (
        "Larry King and Ed Schultz host shows on the network. Both Mr. King and Mr. Schultz say "
        "nobody told them what to say. It helps Mr. Haddad keep the image of the strong leader "
        "that Mr. Okafor so admires. Omar Haddad and Ben Okafor met on Friday."
    )
    a = analyze(text)
    for name in ("Ed Schultz", "Ben Okafor", "Omar Haddad", "Larry King"):
        person = next(e for e in a.entities if e.name == name)
        assert [r.text for r in person.roles] == [], name
    check_offsets(text, a)


def test_a_party_and_state_in_parentheses_is_an_affiliation_beside_the_apposition(analyze):
    text = (
        "They would consider Rep. Dana Whitfield (D-Va.), a former lieutenant governor. "
        "Gov. Omar Haddad (R) appoints judges. Sen. Mary Brandt (Vt.) spoke last. "
        "Officials moved to bring down bin Laden. Trump met Clinton (all times EDT). "
        "Ben Okafor (D), the mayor's opponent in the upcoming election, called Friday for a recount."
    )
    a = analyze(text)
    roles = {e.name: [r.text for r in e.roles] for e in a.entities if e.label == "PERSON"}
    assert roles["Dana Whitfield"] == ["D-Va.", "a former lieutenant governor"]
    assert roles["Omar Haddad"] == ["R"]
    assert roles["Mary Brandt"] == ["Vt."]
    # (the apposition ends at its comma: what follows is not the role)
    assert roles["Ben Okafor"] == ["D", "the mayor's opponent in the upcoming election"]
    assert all(r.text not in {"bin", "EDT"} for e in a.entities for r in e.roles)
    check_offsets(text, a)


@pytest.mark.parametrize(
    "headline, body, name",
    [
        # (headlines in title case: the model reads "Rip" or "Says …" as part of the name)
        ("Black Lawmakers Rip Omar Haddad As A Fraud", "Members criticized Omar Haddad on Friday. Haddad said nothing.", "Omar Haddad"),
        ("Haddad Says African-American Museum Tells Story of America", "Mayor Haddad spoke at the museum. Haddad said it was a gift.", "Haddad"),
        # (a full name in the headline is kept, even when the text then uses the first name)
        ("Omar Haddad Opens Ferry Museum", "Omar spoke at the museum. Omar said it was a gift.", "Omar Haddad"),
        ("Omar Haddad Opens Ferry Museum", "The mayor spoke at the museum. Haddad said it was a gift.", "Omar Haddad"),
    ],
)
def test_headline_words_taken_for_part_of_a_name_are_left_out_of_it(analyze, headline, body, name):
    text = f"{headline}\n\n{body}"
    a = analyze(text)
    haddad = next(e for e in a.entities if e.label == "PERSON" and "Haddad" in e.name)
    assert haddad.name == name
    assert all("\n" not in m.text for e in a.entities for m in e.mentions)
    check_offsets(text, a)


@pytest.mark.parametrize(
    "text, read, label, expected",
    [
        # figures after a name in a table of results
        ("The order was Omar Haddad 3 and Mary Brandt last.", "Omar Haddad 3", "PERSON", "Omar Haddad"),
        ("The order was Omar Haddad 42-40 and Mary Brandt last.", "Omar Haddad 42-40", "PERSON", "Omar Haddad"),
        ("The leaks came from Guccifer 2.0 and Mary Brandt saw them.", "Guccifer 2.0", "PERSON", "Guccifer 2.0"),
        # a headline line and the text after it
        ("Ferry Museum Opens\n\nMayor Brandt spoke.", "Ferry Museum Opens\n\nMayor Brandt spoke", "ORG", "Ferry Museum Opens"),
        # a closing mark after the name (two apostrophes, as some papers type it)
        ("''A vote for Omar Haddad'' is wasted, she said.", "Omar Haddad''", "PERSON", "Omar Haddad"),
        ('The winner was George "Jay" Haddad of Dunmore.', 'George "Jay"', "PERSON", 'George "Jay"'),
        ("The winner was George ''Jay'' Haddad of Dunmore.", "George ''Jay''", "PERSON", "George ''Jay''"),
        # a word of the sentence before the name
        ("Telling Omar Haddad to wait was a mistake.", "Telling Omar Haddad", "PERSON", "Omar Haddad"),
        ("Certainly Omar Haddad will not wait.", "Certainly Omar Haddad", "PERSON", "Omar Haddad"),
        ("Will Haddad wrote the report.", "Will Haddad", "PERSON", "Will Haddad"),
    ],
)
def test_a_name_the_model_reads_too_long_is_cut_to_the_name(parse, text, read, label, expected):
    # (``read``: the span as the model might give it)
    from corroborate.analysis.entities import _clean_ent

    doc = parse(text)
    span = doc.char_span(text.index(read), text.index(read) + len(read), label=label)
    s, e, _ = _clean_ent(span)
    assert doc[s:e].text == expected


@pytest.mark.parametrize(
    "called, name",
    [
        # the word before the name is one the text writes in lower case: a nickname
        ("Dana Whitfield spoke in Ohio. Haddad called her crooked, and said he was working", "Dana Whitfield"),
        # the name was written twice before: it is the name
        ("Dana Whitfield spoke in Ohio. Dana Whitfield left. Haddad said he was working", "Dana Whitfield"),
        # else the word may be a first name ("Debbie Wasserman Schultz" after "Wasserman
        # Schultz"): the longer name is the name
        ("Dana Whitfield spoke in Ohio. Haddad said he was working", "Crooked Dana Whitfield"),
    ],
)
def test_a_word_before_a_full_name_already_met_still_names_the_same_person(analyze, called, name):
    text = f"{called} Crooked Dana Whitfield. Whitfield did not answer."
    a = analyze(text)
    whitfield = [e for e in a.entities if e.label == "PERSON" and "Whitfield" in e.name]
    assert [(p.name, len(p.mentions)) for p in whitfield] == [(name, text.count("Whitfield"))]
    check_offsets(text, a)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # a relative named once: a bare surname after it is still the one the story is about
        (
            (
                "Omar Haddad spoke on Monday. Haddad said the plan was dead, and Haddad would not sign it. "
                "His wife, Leila Haddad, stood beside him. Haddad said he would fight on."
            ),
            "fight on",
            "Omar Haddad",
        ),
        # named by surname alone before a relative's full name: someone else
        (
            "President Haddad spoke on Monday. Mr. Haddad said the plan was dead. His wife, Leila Haddad, stood by.",
            "plan was dead",
            "Haddad",
        ),
        (
            "President Haddad spoke on Monday. Mr. Haddad said the plan was dead. Leila Haddad, his wife, stood by.",
            "plan was dead",
            "Haddad",
        ),
        # a headline naming them once before the full name: the same person
        (
            "Haddad Wins Vote\n\nMayor Omar Haddad won on Monday. Haddad said the plan was dead.",
            "plan was dead",
            "Omar Haddad",
        ),
    ],
)
def test_a_bare_surname_shared_with_a_relative_names_the_one_the_text_means(analyze, text, words, speaker):
    a = analyze(text)
    q = next(q for q in a.quotes if words in q.text)
    assert q.speaker_name == speaker
    # (the relative, where there is one, is named by her full name only)
    leila = [[m.text for m in e.mentions if m.kind == "name"] for e in a.entities if e.name == "Leila Haddad"]
    assert leila == ([["Leila Haddad"]] if "Leila" in text else [])
    check_offsets(text, a)


def test_a_title_stops_at_another_person_named_before_and(analyze):
    text = "The debate between President Okafor and Republican presidential nominee Omar Haddad was tense."
    a = analyze(text)
    haddad = next(e for e in a.entities if e.name == "Omar Haddad")
    assert [r.text for r in haddad.roles] == ["Republican presidential nominee"]
    check_offsets(text, a)


def test_a_first_name_given_to_one_sex_tells_the_gender_and_a_shared_one_does_not():
    from corroborate.analysis.entities import first_name_gender

    assert first_name_gender("Hillary") == "f" and first_name_gender("don") == "m"
    assert first_name_gender("Jamie") is None  # given to both
    assert first_name_gender("Barack") is None  # not in the census


def test_a_name_a_she_stands_for_is_a_person_though_the_model_read_it_as_a_place_elsewhere(parse):
    # the model read "Rihanna" as a person where "her cousin" follows and as a place where
    # she "called for an end to gun violence"; the same readings put on a fictional name
    doc = parse("Zarina had just spent the holiday with her cousin. Zarina called for an end to gun violence.")
    zarina = [t.i for t in doc if t.text == "Zarina"]
    index = _entities_with(doc, (zarina[0], zarina[0] + 1, "PERSON"), (zarina[1], zarina[1] + 1, "GPE"))
    (person,) = [e for e in index.entities if e.name == "Zarina"]
    assert person.label == "PERSON" and len(person.mentions) >= 2


def test_a_place_whose_complement_holds_his_stays_a_place(parse):
    # "Clarkston became his home": whose home, not who Clarkston is
    doc = parse("Omar Haddad got a job at the center, and Clarkston became his home. Clarkston is a small city.")
    clarkston = [t.i for t in doc if t.text == "Clarkston"]
    haddad = next(t.i for t in doc if t.text == "Omar")
    index = _entities_with(
        doc, (haddad, haddad + 2, "PERSON"), (clarkston[0], clarkston[0] + 1, "PERSON"), (clarkston[1], clarkston[1] + 1, "GPE")
    )
    (place,) = [e for e in index.entities if e.name == "Clarkston"]
    assert place.label == "GPE"


def test_a_name_written_after_mr_is_a_person_though_the_model_read_it_as_a_place_elsewhere(parse):
    # the model read "Obama" in a headline "Obama on Climate Change" as a place; here the
    # same reading is put on a fictional headline, the parse is the model's
    doc = parse("Okafor on Ferries.\n\nMr. Okafor believes the fares will fall.")
    okafor = [t.i for t in doc if t.text == "Okafor"]
    index = _entities_with(doc, (okafor[0], okafor[0] + 1, "GPE"), (okafor[1], okafor[1] + 1, "PERSON"))
    (person,) = [e for e in index.entities if e.name == "Okafor"]
    assert person.label == "PERSON" and len(person.mentions) == 2
    assert index.gender[person.id] == "m"


def test_mrs_with_a_shared_surname_joins_the_woman(analyze):
    a = analyze("Mary Brandt and Tom Brandt came to the rally. Mr. Brandt spoke first. Mrs. Brandt said she would win.")
    mentions = {e.name: [m.text for m in e.mentions if m.kind != "pronoun"] for e in a.entities if e.label == "PERSON"}
    assert mentions == {"Mary Brandt": ["Mary Brandt", "Mrs. Brandt"], "Tom Brandt": ["Tom Brandt", "Mr. Brandt"]}


def test_a_family_name_written_first_says_nothing_of_the_sex():
    from corroborate.analysis.entities import _Entity, _gender_of

    # the census lists Kim as a woman's first name; in "Kim Min-jun" it is the family's
    assert _gender_of(_Entity(label="PERSON", name="Kim Min-jun", name_tokens=["Kim", "Min", "-", "jun"])) is None
    assert _gender_of(_Entity(label="PERSON", name="Kim Jong Un", name_tokens=["Kim", "Jong", "Un"])) is None
    assert _gender_of(_Entity(label="PERSON", name="Mary Brandt", name_tokens=["Mary", "Brandt"])) == "f"
    assert _gender_of(_Entity(label="PERSON", name="Mary Lou Brandt", name_tokens=["Mary", "Lou", "Brandt"])) == "f"


def test_a_bare_surname_is_not_the_relative_when_the_text_names_another_of_that_name(analyze):
    text = (
        "The evening opened with his daughter, Mary Okafor, who praised her father's record.\n"
        "Okafor then said the bridge would be finished by spring. Tom Okafor thanked the crowd."
    )
    a = analyze(text)
    mentions = {e.name: [m.text for m in e.mentions if m.kind == "name"] for e in a.entities if e.label == "PERSON"}
    assert mentions == {"Mary Okafor": ["Mary Okafor"], "Tom Okafor": ["Okafor", "Tom Okafor"]}
    q = next(q for q in a.quotes if q.speaker == "Okafor")
    assert q.speaker_name == "Tom Okafor"
    # introduced through her father, she is still the one the story is about
    a = analyze(
        "Mary Okafor, the daughter of former mayor Tom Okafor, won the primary on Tuesday. Mary Okafor thanked her team.\n"
        "Okafor said the result was a mandate."
    )
    assert next(q for q in a.quotes if q.speaker == "Okafor").speaker_name == "Mary Okafor"


def test_a_kinship_noun_before_a_name_tells_the_sex(parse):
    # the census gives Jamie to both sexes and knows no sex of a first name alone ("Sue")
    doc = parse("His wife Sue joined him on stage. Her husband, Jamie Brandt, spoke first.")
    index = _entities_with(doc)
    sex = {e.name: index.gender.get(e.id) for e in index.entities if e.label == "PERSON"}
    assert sex == {"Sue": "f", "Jamie Brandt": "m"}


def test_a_surname_the_model_read_as_a_building_is_the_person_of_that_name(parse):
    # the model read "Plemons" as a facility in a review of an actor's work; the same
    # reading is put on a fictional text here, the parse is the model's
    doc = parse("The film stars Jesse Okafor as a programmer. Okafor worked with a vocal coach.")
    toks = [t.i for t in doc if t.text == "Okafor"]
    index = _entities_with(doc, (toks[0] - 1, toks[0] + 1, "PERSON"), (toks[1], toks[1] + 1, "FAC"))
    assert [(e.label, e.name, len(e.mentions)) for e in index.entities] == [("PERSON", "Jesse Okafor", 2)]


def test_a_word_that_describes_a_person_is_not_part_of_her_name(analyze):
    a = analyze("Model Mary Brandt and her husband, singer Tom Okafor, were on the flight to Lakeview.")
    people = {e.name for e in a.entities if e.label == "PERSON"}
    assert people == {"Mary Brandt", "Tom Okafor"}


def test_a_first_and_last_name_after_a_role_noun_is_a_person_though_read_as_an_organisation(parse):
    # the model read "Eduardo Guerras" after "researcher" as an organisation; the same
    # reading is put on a fictional text here, the parse is the model's
    doc = parse("“This is very cool science,” researcher Daniel Haddad said.")
    at = next(t.i for t in doc if t.text == "Daniel")
    index = _entities_with(doc, (at, at + 2, "ORG"))
    assert [(e.label, e.name) for e in index.entities] == [("PERSON", "Daniel Haddad")]


def test_a_first_name_the_model_left_out_of_a_name_is_part_of_it(parse):
    # the model read "Teigen" alone as the person in "Chrissy Teigen", and "Teigen's" as an
    # organisation later; the same reading is put on a fictional text here
    doc = parse("That is the question Mary Okafor asked. Several of Okafor's posts went viral.")
    at = [t.i for t in doc if t.text == "Okafor"]
    index = _entities_with(doc, (at[0], at[0] + 1, "PERSON"), (at[1], at[1] + 1, "ORG"))
    assert [(e.label, e.name, len(e.mentions)) for e in index.entities] == [("PERSON", "Mary Okafor", 2)]


def test_a_full_name_read_as_an_organisation_is_the_person_the_text_calls_ms(parse):
    # the model read "Bettie Page" as an organisation throughout and "Ms Page" as a person;
    # the same reading is put on a fictional text here, the parse is the model's
    doc = parse("Mary Brandt, the pin-up model, has died. Ms Brandt was 85.")
    at = [t.i for t in doc if t.text == "Brandt"]
    index = _entities_with(doc, (at[0] - 1, at[0] + 1, "ORG"), (at[1] - 1, at[1] + 1, "PERSON"))
    (person,) = index.entities
    assert (person.label, person.name, len(person.mentions)) == ("PERSON", "Mary Brandt", 2)
    assert index.gender[person.id] == "f"


def test_a_surname_alone_is_the_person_whose_name_ends_in_jr(analyze):
    a = analyze("Arcade Joseph Okafor Jr. escaped from a prison van in Lakeview. Okafor told the court he had been afraid.")
    (person,) = [e for e in a.entities if e.label == "PERSON"]
    assert [m.text for m in person.mentions if m.kind == "name"] == ["Arcade Joseph Okafor Jr.", "Okafor"]


def test_a_name_after_a_title_that_tells_someone_something_is_a_person(parse):
    # the model read "Heydar Alishbandi" after "island governor" as a facility; the census
    # knows no Heydar, but a facility does not tell a news agency anything
    doc = parse("Vale island governor Heydar Okafor told the agency that ten people had died.")
    at = next(t.i for t in doc if t.text == "Heydar")
    index = _entities_with(doc, (at, at + 2, "FAC"))
    assert [(e.label, e.name) for e in index.entities] == [("PERSON", "Heydar Okafor")]


@pytest.mark.parametrize(
    "text, sex",
    [
        ("President Bakari Okafor said he would act. Okafor spoke for an hour.", "m"),
        ("President Bakari Okafor endorsed her challenger.", None),  # "her" is someone else
        ("Governor Nkem Brandt said she would sign the bill on Friday.", "f"),
        # another person, or a person described, between the name and the pronoun: no sign
        ("Nkem Brandt praised Mary Haddad and thanked her for the work.", None),
        ("Nkem Brandt told the woman she could stay.", None),
        ("“She is wonderful,” Nkem Brandt said.", None),
    ],
)
def test_a_pronoun_right_after_a_subject_the_census_cannot_place_tells_its_sex(parse, text, sex):
    index = _entities_with(parse(text))
    brandt = next(e for e in index.entities if e.name in {"Bakari Okafor", "Nkem Brandt"})
    assert index.gender.get(brandt.id) == sex


def test_a_name_after_mr_ends_at_its_possessive(parse):
    # the model read "Abe’s Twitter" after "Mr." as one person; the same reading is put on a
    # fictional text here
    doc = parse("Omar Haddad spoke at noon. Mr. Haddad’s Twitter account later posted the speech.")
    at = [t.i for t in doc if t.text == "Haddad"]
    index = _entities_with(doc, (at[0] - 1, at[0] + 1, "PERSON"), (at[1], at[1] + 3, "PERSON"))
    (person,) = index.entities
    assert person.name == "Omar Haddad"
    assert [m.text for m in person.mentions] == ["Omar Haddad", "Mr. Haddad"]


def test_a_surname_the_model_tagged_nothing_is_the_person(parse):
    # the model read "Plemons" as a plural noun, no name, after "Jesse Plemons"; the same
    # reading is put on a fictional text: only the full name is tagged
    doc = parse("The episode starred Tom Okafor. For Okafor, playing the captain was no challenge.")
    at = next(t.i for t in doc if t.text == "Tom")
    index = _entities_with(doc, (at, at + 2, "PERSON"))
    (person,) = index.entities
    assert [m.text for m in person.mentions] == ["Tom Okafor", "Okafor"]


@pytest.mark.parametrize(
    "text, full",
    [
        # a film the model took for a person: "bill" is a word of this text
        ("Okafor starred in Kill Bill. The bill for the film was high, and critics praised Bill anyway.", "Kill Bill"),
        # a word of a longer name is that name's
        ("Donald Brandt spoke first. Later, reporters asked Ivanka Brandt about the plan.", "Donald Brandt"),
    ],
)
def test_a_surname_alone_is_not_taken_from_a_word_of_the_language_or_another_name(parse, text, full):
    doc = parse(text)
    first = full.split()[0]
    at = next(t.i for t in doc if t.text == first)
    index = _entities_with(doc, (at, at + 2, "PERSON"))
    (person,) = index.entities
    assert [m.text for m in person.mentions] == [full]


@pytest.mark.parametrize("verb", ["died on Thursday at 85", "was born in Vale in 1923"])
def test_a_full_name_read_as_an_organisation_is_a_person_when_they_died_or_were_born(parse, verb):
    # the model read "Bettie Page" as an organisation throughout an obituary; the same reading
    # is put on a fictional text here, the parse is the model's
    doc = parse(f"Pinup icon Mary Brandt {verb}. Fans of Brandt gathered in Lakeview.")
    at = [t.i for t in doc if t.text == "Brandt"]
    index = _entities_with(doc, (at[0] - 1, at[0] + 1, "ORG"), (at[1], at[1] + 1, "ORG"))
    person = next(e for e in index.entities if e.name == "Mary Brandt")
    assert person.label == "PERSON"
    assert [m.text for m in person.mentions] == ["Mary Brandt", "Brandt"]


@pytest.mark.parametrize("office", ["Mayor of Lakeview", "Secretary of the Interior"])
def test_a_name_after_an_office_read_with_its_place_as_one_organisation_is_the_person(parse, office):
    # the model read "Chicago Rahm Emanuel" after "Mayor of" as one organisation, and
    # "Interior Ken Salazar" after "Secretary of the"; the same reading is put on a fictional
    # text here
    doc = parse(f"{office} Omar Haddad posted a message after the game.")
    at = next(t.i for t in doc if t.text == "Omar")
    index = _entities_with(doc, (at - 1, at + 2, "ORG"))
    assert [(e.label, e.name) for e in index.entities] == [("PERSON", "Omar Haddad")]


def test_a_ship_the_model_read_as_a_person_is_a_vessel(parse):
    # the model read "MV Gibe" and "INS Mysore" (and "Mysore" alone) as people; the same
    # reading is put on a fictional text here
    doc = parse("Pirates fired on MV Brandt before dawn. Later, Brandt was escorted to safety.")
    at = [t.i for t in doc if t.text == "Brandt"]
    index = _entities_with(doc, (at[0] - 1, at[0] + 1, "PERSON"), (at[1], at[1] + 1, "PERSON"))
    assert [(e.label, e.name) for e in index.entities] == [("FAC", "MV Brandt"), ("FAC", "Brandt")]


@pytest.mark.parametrize("label", ["PERSON", "GPE", "NORP"])
def test_an_online_platform_the_model_read_as_a_person_or_place_is_an_organisation(parse, label):
    # the model read "Twitter" as a person in 52 of the 845 articles of giveme5w1h and ECB+
    # ("She wondered on Twitter why …" then gave the next "she" to Twitter); the same
    # reading is put on a fictional text here
    doc = parse("Mayor Ana Soto was aboard. She wondered on Twitter why the ferry turned back.")
    at = next(t.i for t in doc if t.text == "Twitter")
    soto = next(t.i for t in doc if t.text == "Ana")
    index = _entities_with(doc, (soto, soto + 2, "PERSON"), (at, at + 1, label))
    assert [(e.label, e.name) for e in index.entities] == [("PERSON", "Ana Soto"), ("ORG", "Twitter")]



@pytest.mark.parametrize("rank", ["Sgt.", "Lt.", "Capt.", "Det.", "Cpl."])
def test_an_abbreviated_rank_is_part_of_the_name_not_a_person(analyze, rank):
    # the tokenizer split "Sgt." from its period: "Sgt" became a person, the speaker of what
    # "Troy police Sgt. Barry Whiteside said", and "call Sgt." ended a sentence
    text = (
        f"“That person is dangerous and needs to be found,” said Harlow State Police {rank} Gregg Hastings. "
        f"Anyone with information is asked to call {rank} Shayne La Croix at 745-4811."
    )
    a = analyze(text)
    names = {e.name for e in a.entities if e.label == "PERSON"}
    assert {"Gregg Hastings", "Shayne La Croix"} <= names
    assert not names & {rank.rstrip("."), rank}
    (q,) = [q for q in a.quotes if "That person is dangerous" in q.text]
    assert q.speaker_name == "Gregg Hastings"
    assert len(a.sentences) == 2


def test_an_honorific_the_model_read_as_a_product_opens_a_persons_name(parse):
    # the model read "Capt. Tennant" as a product; the same reading on a fictional text
    doc = parse("Capt. Tom Brell and a technician were killed. Colleagues described Capt. Brell as generous.")
    at = [t.i for t in doc if t.text == "Brell"]
    index = _entities_with(doc, (at[0] - 2, at[0] + 1, "PERSON"), (at[1] - 1, at[1] + 1, "PRODUCT"))
    assert [(e.label, e.name, len(e.mentions)) for e in index.entities] == [("PERSON", "Tom Brell", 2)]


def test_a_people_in_the_plural_read_as_a_person_is_that_people(parse):
    # the model read "Greeks" as a person, and a "he said" after it became the Greeks'
    doc = parse("Greek police arrested two men. Most Greeks were angry, Dora Vlahou said.")
    greek = next(t.i for t in doc if t.text == "Greek")
    greeks = next(t.i for t in doc if t.text == "Greeks")
    dora = next(t.i for t in doc if t.text == "Dora")
    index = _entities_with(doc, (greek, greek + 1, "NORP"), (greeks, greeks + 1, "PERSON"), (dora, dora + 2, "PERSON"))
    assert sorted((e.label, e.name) for e in index.entities) == [("NORP", "Greek"), ("NORP", "Greeks"), ("PERSON", "Dora Vlahou")]


@pytest.mark.parametrize("text", [
    "Police said Anna Marie Velk, 66, of Dunwick, was struck as she walked to the store.",
    "Police arrested Tomas Brell of Dunwick a few blocks away.",
])
def test_the_home_town_of_a_person_named_read_as_a_person_is_a_place(parse, text):
    # the model read "Burnsville" in "LuAnn Marie Johnson, 66, of Burnsville" as a person; the
    # same reading on a fictional text
    doc = parse(text)
    town = next(t.i for t in doc if t.text == "Dunwick")
    first = next(t.i for t in doc if t.text in {"Anna", "Tomas"})
    last = next(t.i for t in doc if t.text in {"Velk", "Brell"})
    index = _entities_with(doc, (first, last + 1, "PERSON"), (town, town + 1, "PERSON"))
    assert sorted((e.label, e.name) for e in index.entities) == [("GPE", "Dunwick"), ("PERSON", doc[first : last + 1].text)]


def test_a_title_naming_whom_a_spokesman_speaks_for_is_that_persons_and_the_spokesman_speaks(analyze):
    text = (
        "A spokesman for Velmark Prime Minister Anna Lindqvist said the talks would resume on Monday. "
        "Lindqvist has not commented."
    )
    a = analyze(text)
    [pm] = [e for e in a.entities if e.name == "Anna Lindqvist"]
    assert [r.text for r in pm.roles] == ["Velmark Prime Minister"]
    [q] = [q for q in a.quotes if q.text.startswith("the talks")]
    assert q.speaker == "A spokesman for Velmark Prime Minister Anna Lindqvist" and q.entity != pm.id


def test_a_role_keeps_no_sentences_conjunction_marks_or_line_of_capitals(analyze):
    text = (
        "The harbour was closed on Friday.\n"
        "But police chief William Bratton said the port would reopen.\n"
        "“We are ready,” the union’s spokesman, Omar Haddad, said.\n"
        "ABOUT ELON MUSK Brett Larson, an assistant dean at the University of Colorado, spoke."
    )
    roles = {e.name: [r.text for r in e.roles] for e in analyze(text).entities if e.label == "PERSON"}
    assert roles["William Bratton"] == ["police chief"]
    assert roles["Omar Haddad"] == ["the union’s spokesman"]
    assert roles["Brett Larson"] == ["an assistant dean at the University of Colorado"]


def test_a_hausa_honorific_is_no_part_of_the_name_and_says_he_is_a_man(parse):
    # "Mallam Garba Shehu", "Alhaji Lai Mohammed" of Nigerian news: honorifics as "Mr." is;
    # a surname "Mallam" after a given name stays the name
    doc = parse(
        "Mallam Bello Yusuf, a spokesman, said the girls were tired. "
        "Alhaji Sani Okafor praised the talks. Rebecca Mallam was among those freed."
    )
    index = _entities_with(doc)
    people = {e.name: index.gender.get(e.id) for e in index.entities if e.label == "PERSON"}
    assert people["Bello Yusuf"] == "m"
    assert people["Sani Okafor"] == "m"
    assert "Rebecca Mallam" in people


def test_a_name_the_model_ran_over_of_and_a_team_ends_before_of_and_the_team_is_his_affiliation(parse):
    # the model read "Felipe Nasr of Sauber" as one person; the same reading is put on a
    # fictional text, with a name "of" belongs to ("Catherine of Aragon") and a title's "of"
    doc = parse(
        "The difficulties for Tomas Okafor of Brell Racing grew. "
        "Catherine of Aragon and Queen Anna of Velmark were guests."
    )
    at = {t.text: t.i for t in doc}
    index = _entities_with(
        doc,
        (at["Tomas"], at["Racing"] + 1, "PERSON"),
        (at["Catherine"], at["Aragon"] + 1, "PERSON"),
        (at["Queen"], at["Velmark"] + 1, "PERSON"),
    )
    found = {(e.label, e.name): [r.text for r in e.roles] for e in index.entities}
    assert found[("PERSON", "Tomas Okafor")] == ["Brell Racing"]
    assert ("ORG", "Brell Racing") in found
    assert ("PERSON", "Catherine of Aragon") in found
    assert ("PERSON", "Queen Anna of Velmark") in found


def test_an_organisation_after_of_a_persons_name_is_her_affiliation(analyze):
    a = analyze("“The pace is wrong,” said Mary Brandt of the Center for Biological Diversity.")
    brandt = next(e for e in a.entities if e.name == "Mary Brandt")
    roles = [(r.text, r.organisation) for r in brandt.roles]
    assert roles == [("the Center for Biological Diversity", "Center for Biological Diversity")]


def test_a_role_noun_opening_a_sentence_is_no_part_of_the_name_but_a_kings_title_is(parse):
    # the model read "Comedienne Sarah" (of a caption), "Comedian Ellen DeGeneres" and
    # "Deputy Ortiz" as people; the same readings are put on a fictional text, beside a title
    # that is how a person is named ("Queen Anna")
    doc = parse(
        "Comedienne Mary announced the news. Comedian Ellen McBrandt will host. "
        "Queen Anna and Deputy Ortiz arrived. Comedienne Sarah Okafor said she would vote."
    )
    at = [t.i for t in doc if t.text in {"Comedienne", "Comedian", "Queen", "Deputy", "Sarah"}]
    index = _entities_with(
        doc,
        (at[0], at[0] + 2, "PERSON"),
        (at[1], at[1] + 3, "PERSON"),
        (at[2], at[2] + 2, "PERSON"),
        (at[3], at[3] + 2, "PERSON"),
        (at[4], at[4] + 1, "PERSON"),  # "Comedienne" read apart from the name after it
        (at[5], at[5] + 2, "PERSON"),
    )
    found = {e.name: [r.text for r in e.roles] for e in index.entities}
    assert found == {
        "Mary": ["Comedienne"],
        "Ellen McBrandt": ["Comedian"],
        "Queen Anna": [],
        "Ortiz": ["Deputy"],
        "Sarah Okafor": ["Comedienne"],
    }



def test_a_title_before_a_surname_and_an_agent_noun_before_a_name_are_roles_but_a_first_name_is_not(analyze):
    text = (
        "Harjit Sarang was on the promenade with her two sons.\n"
        "Lawyer Harjit, from Leeds, said: “We ran when we heard the shots.”\n"
        "“I cannot get into his mind,” Sheriff Halvorsen said.\n"
        "Receptionist Mary Kell was standing in the doorway.\n"
        "Referee Tony Brell stopped the fight in the seventh round.\n"
        "Dean Marlow sang the anthem before the fight."
    )
    a = analyze(text)
    people = {e.name: [r.text for r in e.roles] for e in a.entities if e.label == "PERSON"}
    assert people == {
        "Harjit Sarang": ["Lawyer"],
        "Halvorsen": ["Sheriff"],
        "Mary Kell": ["Receptionist"],
        "Tony Brell": ["Referee"],
        "Dean Marlow": [],
    }
    [q] = [q for q in a.quotes if q.text.startswith("We ran")]
    assert q.speaker_name == "Harjit Sarang"


def test_a_name_set_beside_the_name_after_a_role_nouns_for_or_of_holds_that_role(analyze, parse):
    a = analyze(
        "A representative for Mary Okafor, Leslie Sloane, said the actress would not comment. "
        "An adviser to Haddad, Tom Brell, said the talks would resume. "
        "The head of the Velmark Labor Party, Yosef Harel, welcomed the deal. "
        "The party will vote against the bill."
    )
    roles = {e.name: [r.text for r in e.roles] for e in a.entities if e.label == "PERSON"}
    # (nor does "The party" name Harel: his role ends in a name, "Party", no noun for him)
    assert [m.text for e in a.entities if e.name == "Yosef Harel" for m in e.mentions] == ["Yosef Harel"]
    assert roles["Leslie Sloane"] == ["A representative for Mary Okafor"]
    assert roles["Tom Brell"] == ["An adviser to Haddad"]
    assert roles["Yosef Harel"] == ["The head of the Velmark Labor Party"]
    assert roles["Mary Okafor"] == [] and roles["Haddad"] == []
    # the model read "Mallam Garba Shehu" after "A spokesperson for Buhari," as an
    # organisation, hung on Buhari; the same reading is put on a fictional text
    doc = parse("Anna Lindqvist flew home. A spokesperson for Lindqvist, Mallam Tomas Okafor, said the talks were over.")
    at = {t.text: t.i for t in doc}  # (the second "Lindqvist")
    index = _entities_with(
        doc, (0, 2, "PERSON"), (at["Lindqvist"], at["Lindqvist"] + 1, "PERSON"), (at["Mallam"], at["Okafor"] + 1, "ORG")
    )
    roles = {e.name: [r.text for r in e.roles] for e in index.entities if e.label == "PERSON"}
    assert roles == {"Anna Lindqvist": [], "Tomas Okafor": ["A spokesperson for Lindqvist"]}


def test_a_title_written_after_a_noun_for_a_work_is_no_person(analyze):
    a = analyze(
        "Her second single Marlie Vance hit the charts the same day. "
        "On the set of the 2003 film Kill Jack she crashed a car. "
        "She loved the album Beyonce released. Beyonce said nothing. "
        "Tom Hanks starred in the film Tom Brell made."
    )
    people = {e.name for e in a.entities if e.label == "PERSON"}
    assert people == {"Beyonce", "Tom Hanks", "Tom Brell"}


def test_a_speaker_the_model_missed_after_a_noun_for_a_company_is_that_company(parse):
    # the model tagged nothing in "(Market research firm IDC says humans will be spending …";
    # the same reading is put on a fictional text
    from corroborate.analysis.entities import build_entities

    doc = parse("(Data firm Orvane says humans will be spending $20 billion on headsets.) Hana Ruiz said so too.")
    doc.ents = []
    index = build_entities(doc)
    assert sorted((e.label, e.name) for e in index.entities) == [("ORG", "Orvane"), ("PERSON", "Hana Ruiz")]

def test_a_korean_name_the_model_stopped_at_the_hyphen_runs_on_but_a_name_before_a_compound_does_not(parse):
    # the model read "Moon Jae" of "President Moon Jae-in"; the same reading is put on a
    # fictional name, beside names before a hyphen that are no part of them
    doc = parse(
        "President Park Jae-in met Kim Jong-il in Seoul. "
        "George Bush-era rules and a Vladimir Putin-led war were named by the Hillary Clinton-Kaine team."
    )
    at = {t.text: t.i for t in doc}
    index = _entities_with(
        doc,
        (at["Park"], at["Park"] + 2, "PERSON"),
        (at["Kim"], at["Kim"] + 2, "PERSON"),
        (at["George"], at["George"] + 2, "PERSON"),
        (at["Vladimir"], at["Vladimir"] + 2, "PERSON"),
        (at["Hillary"], at["Hillary"] + 2, "PERSON"),
    )
    names = [e.name for e in index.entities]
    assert names == ["Park Jae-in", "Kim Jong-il", "George Bush", "Vladimir Putin", "Hillary Clinton"]


def test_a_role_noun_taken_up_after_someone_new_of_that_kind_is_the_new_one(analyze):
    text = (
        "About 100 people were injured, officials said. Witness Tom Vale said he saw bodies lying in the street.\n"
        "Facebook activated the Safety Check feature.\n"
        "An American witness at the scene said the driver was mowing bodies over. The witness said he saw only the driver."
    )
    a = analyze(text)
    [vale] = [e for e in a.entities if e.name == "Tom Vale"]
    assert [m.text for m in vale.mentions] == ["Tom Vale"]
    [q] = [q for q in a.quotes if q.speaker == "The witness"]
    assert q.entity is None and q.speaker_name == "An American witness at the scene"


def test_a_company_written_by_its_short_name_is_the_company_whatever_the_model_read(parse):
    # the model read "Nippon" of "All Nippon" as a person and left the third "All Nippon"
    # untagged; the same reading is put on a fictional airline
    doc = parse(
        "The man boarded the wrong Kestrel Bay flight. A spokesperson for Kestrel Bay told reporters the crew noticed. "
        "Kestrel Bay Airways apologised. Trump Organization lawyers and Mr. Trump declined to comment."
    )
    at = [t.text for t in doc]
    first, second = at.index("Kestrel"), at.index("Kestrel", at.index("Kestrel") + 1)
    third = at.index("Kestrel", second + 1)
    trump = at.index("Trump")
    index = _entities_with(
        doc,
        (first + 1, first + 2, "PERSON"),
        (third, third + 3, "ORG"),
        (trump, trump + 2, "ORG"),
        (at.index("Trump", trump + 1), at.index("Trump", trump + 1) + 1, "PERSON"),
    )
    [airline] = [e for e in index.entities if "Kestrel" in e.name or e.name == "Bay"]
    assert airline.label == "ORG" and airline.name == "Kestrel Bay Airways"
    assert [m.text for m in airline.mentions] == ["Kestrel Bay", "Kestrel Bay", "Kestrel Bay Airways"]
    # one word is no short name: the man stays a man beside his company
    assert {(e.name, e.label) for e in index.entities if "Trump" in e.name} == {("Trump Organization", "ORG"), ("Trump", "PERSON")}


def test_a_noun_of_one_sex_before_a_name_tells_the_persons_sex_but_a_spokesperson_does_not(parse):
    doc = parse("Actress Jamie Okafor arrived first. Through a spokeswoman, Casey Brandt declined to comment. His widow, Jamie Ruiz, spoke.")
    spans = []
    for first, last in (("Jamie", "Okafor"), ("Casey", "Brandt"), ("Jamie", "Ruiz")):
        at = next(t.i for t in doc if t.text == first and doc[t.i + 1].text == last)
        spans.append((at, at + 2, "PERSON"))
    index = _entities_with(doc, *spans)
    sex = {e.name: index.gender.get(e.id) for e in index.entities}
    assert sex == {"Jamie Okafor": "f", "Casey Brandt": None, "Jamie Ruiz": "f"}


def test_who_someone_was_at_the_scene_is_no_part_of_their_name(analyze):
    # the model took "Eyewitness" into the name after a quote left open at a paragraph's end
    a = analyze(
        "Another revealed: “The lorry turned towards the crowds.\n“It caused mass panic. It was terrifying.”\n"
        'Eyewitness Damien Okafor told Nice-Matin: "I saw bodies flying like skittles as it drove along."'
    )
    assert "Damien Okafor" in {e.name for e in a.entities if e.label == "PERSON"}


def test_one_word_written_twice_is_one_name_labelled_as_the_model_labels_it_alone(parse):
    # a caption's label run into the text: the model read the doubled word as a first and
    # last name, which took the company's other mentions to a person
    doc = parse(
        "Varcom admitted that records had been accessed.\n"
        "Varcom Varcom holds data on 800 million people.\n"
        "Varcom said it would contact every customer."
    )
    at = [i for i, t in enumerate(doc) if t.text == "Varcom"]
    index = _entities_with(doc, (at[0], at[0] + 1, "ORG"), (at[1], at[1] + 2, "PERSON"), (at[3], at[3] + 1, "ORG"))
    [company] = [e for e in index.entities if "Varcom" in e.name]
    assert company.label == "ORG" and company.name == "Varcom"
    assert [m.text for m in company.mentions] == ["Varcom", "Varcom", "Varcom"]


def test_a_person_named_with_one_word_twice_stays_that_person(parse):
    doc = parse("Tomas Tomas was moved to another prison. Tomas said he was innocent.")
    at = [i for i, t in enumerate(doc) if t.text == "Tomas"]
    index = _entities_with(doc, (at[0], at[0] + 2, "PERSON"), (at[2], at[2] + 1, "PERSON"))
    [person] = [e for e in index.entities if "Tomas" in e.name]
    assert person.label == "PERSON" and person.name == "Tomas Tomas"


def test_a_role_noun_is_the_one_of_two_such_people_the_sentence_before_named(analyze):
    # the apposition's noun ("student"), not the clause after it ("living in Hollins")
    text = (
        "Student Mara Velkova, 22, was hurt on the bridge. "
        "Tessa Olund, an American student living in Hollins, was watching from a hotel when the lorry stopped. "
        "The student said the silence before the shots was the worst part."
    )
    assert quote_with(analyze(text), "silence before the shots").speaker_name == "Tessa Olund"


def test_the_governor_is_the_one_titled_governor_not_a_former_governor(analyze):
    text = (
        "Gov. Brannock Hale endorsed the senator on Friday. "
        "Verna Coyle, the former Kestrel State governor and harbour commissioner, called the move a mistake. "
        "Hale defended the endorsement on his radio show. "
        "The governor said he had known the senator for fourteen years."
    )
    assert quote_with(analyze(text), "known the senator for fourteen years").speaker_name == "Brannock Hale"


def test_a_bare_role_noun_is_not_someone_other_people_were_named_after(analyze):
    # the senator who speaks is the one just named, whose role the text never gave, not the
    # one an apposition called "the senator from Texas" paragraphs before
    text = (
        "Rival candidate Tad Corvin, the senator from Texas and winner of the caucuses, attacked Bush.\n\n"
        "The race changed after a debate in which Mira Rubens faltered.\n\n"
        "Rubens stopped by her campaign office to thank volunteers. "
        "The senator said her campaign was closing strong."
    )
    assert quote_with(analyze(text), "closing strong").speaker_name != "Tad Corvin"


def test_a_job_of_people_and_companies_before_a_first_and_last_name_leaves_a_person(analyze):
    text = (
        "The brewer put together a commercial using iconic Chicago broadcaster Harry Calloway. "
        "In the clip, Calloway announced the final out of the game."
    )
    a = analyze(text)
    assert [e.label for e in a.entities if e.name == "Harry Calloway"] == ["PERSON"]
    # (a company's still: "energy producer Borealis Fuels")
    a = analyze("Energy producer Borealis Fuels said output rose.")
    assert "PERSON" not in {e.label for e in a.entities if "Borealis" in e.name}


def test_a_role_noun_is_not_someone_the_sentence_before_named_as_its_object(analyze):
    # the judge who sentences is not the judge the gunman killed
    text = (
        "Superior Court Judge Hal Brody sentenced Tom Vickers on Saturday. "
        "Vickers burst into a courtroom in 2005 and killed Superior Court Judge Ron Kessel. "
        "The judge urged the victims' families to regroup."
    )
    a = analyze(text)
    assert quote_with(a, "regroup").speaker_name != "Ron Kessel"


def test_a_team_read_once_as_a_persons_name_in_a_caption_stays_a_team(parse):
    doc = parse(
        "The Hawks won the title on Sunday. Hawks fans cheered all night.\n"
        "Overjoyed Hawks fans celebrate in the street\n"
        "The Hawks will parade on Friday, the Hawks said."
    )
    hawks = [i for i, t in enumerate(doc) if t.text == "Hawks"]
    overjoyed = next(i for i, t in enumerate(doc) if t.text == "Overjoyed")
    spans = [(i, i + 1, "ORG") for i in hawks if i != overjoyed + 1] + [(overjoyed, overjoyed + 2, "PERSON")]
    index = _entities_with(doc, *sorted(spans))
    [team] = [e for e in index.entities if e.name == "Hawks"]
    assert team.label == "ORG" and len(team.mentions) == 4
    # (a person's surname the model reads as an organisation is still theirs)
    doc = parse("Trade Minister Alva Brandt met farmers. Brandt said talks went well. Brandt left. Brandt will return.")
    at = [i for i, t in enumerate(doc) if t.text == "Brandt"]
    index = _entities_with(doc, (at[0] - 1, at[0] + 1, "PERSON"), *((i, i + 1, "ORG") for i in at[1:]))
    assert [(e.label, len(e.mentions)) for e in index.entities if "Brandt" in e.name] == [("PERSON", 4)]


def test_a_qualified_role_noun_is_the_one_just_named_with_that_role(analyze):
    text = (
        "Sixteen crew members were aboard the trawler, said Anan Chaiwong, owner of the Sea Lark 5. "
        "Two have been accounted for. "
        "One crewman was found alive after six days adrift, and one is confirmed dead, the ship's owner said."
    )
    assert quote_with(analyze(text), "confirmed dead").speaker_name == "Anan Chaiwong"


def test_the_last_word_of_a_newspapers_name_read_as_a_person_is_the_newspaper(analyze):
    text = (
        "Dana Nicely, a visitor, spoke to the Cincinnati Enquirer on Saturday. "
        "Nicely told the Enquirer that she was at the zoo with a group of children. "
        "“We were pretty distraught,” she said."
    )
    a = analyze(text)
    assert "Enquirer" not in {e.name for e in a.entities if e.label == "PERSON"}
    assert quote_with(a, "pretty distraught").speaker_name == "Dana Nicely"


def test_a_one_word_name_after_president_is_a_person_where_the_model_reads_a_place(analyze):
    # the small model reads "Trump" as a place throughout this text; "President Trump" says who he is
    text = (
        "Did a tanker deliver fuel to Norland in defiance of the sanctions? President Trump and South Korea seem to think so. "
        "China does not.\nChina has backed successive rounds of sanctions. But Kim has continued to conduct tests.\n"
        "Trump has responded by urging China to do more. On Thursday he tweeted: "
        '"Caught RED HANDED - very disappointed that China is allowing oil to go into North Korea."'
    )
    a = analyze(text)
    assert "Trump" in {e.name for e in a.entities if e.label == "PERSON"}
    assert quote_with(a, "Caught RED HANDED").speaker_name == "Trump"


def test_a_photo_credits_outlet_after_a_slash_is_no_role_of_the_photographer(analyze):
    text = (
        "Mara Lindqvist/The Ledger\nStop me if you have heard this one before. "
        "A giant company decides you might like to wear a computer on your head.\n"
        "The Ledger reported Monday that Orbis Labs has been quietly working on just such a pair of glasses."
    )
    a = analyze(text)
    assert quote_with(a, "quietly working").speaker_name == "Ledger"
    assert not entity_named(a, "Mara Lindqvist").roles


def test_a_one_word_name_read_as_a_person_is_a_mention_where_the_model_tags_nothing(analyze):
    # "Oz" is tagged a person once; "Oz’s" after a headline in capitals is not
    text = (
        "But for Donald Trump, Oz's show proved to be a safe space, a haven shielded from any tough questions.\n"
        'In a long profile in 2013, fellow doctors seemed eager to talk about him. "Oz has a huge bully pulpit," said David Holm, '
        'a professor of surgery. "He can’t simply dispense with facts he doesn’t find convenient."\n'
        "CONGRESS HAS INVESTIGATED HIM — Oz’s dubious medical advice earned him the attention of Congress, where he appeared "
        "at a 2014 Senate hearing for saying that green coffee extract was a “magic weight loss cure for every body type.”"
    )
    a = analyze(text)
    assert [m.start for m in entity_named(a, "Oz").mentions if m.kind == "name"] == [22, 345]
    assert quote_with(a, "magic weight loss").speaker_name == "Oz"


def test_a_bare_surname_goes_to_a_relative_the_story_names_again_and_more_recently(analyze):
    text = (
        "A nephew of Norland President Jacob Okonkwo was named in the papers.\n"
        "Okonkwo's nephew, Clive Khulubuse Okonkwo, is a mining magnate.\n"
        "The documents show that Khulubuse Okonkwo was authorised to represent the firm.\n"
        "Okonkwo and representatives of the companies have rejected allegations of wrongdoing."
    )
    a = analyze(text)
    last = text.rindex("Okonkwo and")
    owner = next(e for e in a.entities for m in e.mentions if m.start == last)
    assert owner.name == "Clive Khulubuse Okonkwo"


def test_a_name_right_after_mother_is_a_person_where_the_model_reads_an_organisation(analyze):
    # the small model reads "Michelle" as an organisation twice here; "his mother Michelle" says who she is
    text = (
        "Little Tobin Hale climbed into the otter pool at Marlow Zoo on Sunday while visiting with his mother "
        "Michelle and her partner Dean Ross, 34.\n"
        'In the clip mum Michelle can be heard saying: "My son fell in with the otters. Please hurry."\n'
        "Since the rescue, mum-of-four Michelle has become the target of online abuse.\n"
        '"He\'s fine, I can\'t believe it," she said.'
    )
    a = analyze(text)
    assert "Michelle" in {e.name for e in a.entities if e.label == "PERSON"}
    assert quote_with(a, "He's fine").speaker_name == "Michelle"


def test_a_korean_family_name_and_one_syllable_of_a_given_name_gives_no_sex_from_the_census(analyze):
    # "Moon Jae", cut from "Moon Jae-in": the census gives "Moon" to women, so "he" went to Kim
    text = (
        'Tensions rose on Monday, with Kim threatening "catastrophic consequences" after jets from the South '
        "dropped bombs on a range.\n"
        "South Korea's President Moon Jae ordered a show of force against Pyongyang as he admitted sanctions on "
        "the North are failing to keep the regime in line."
    )
    assert quote_with(analyze(text), "sanctions on the North").speaker_name == "Moon Jae"


def test_names_in_parentheses_right_after_a_name_are_its_other_names(analyze):
    text = (
        "The Northern Front (NF, formerly NLF/NLA) has claimed responsibility for the attack. Officials said "
        "NLF/NLA fighters had been seen near the border."
    )
    fronts = [e for e in analyze(text).entities if e.label == "ORG" and ("Front" in e.name or "NLF" in e.name)]
    assert len(fronts) == 1 and fronts[0].name == "Northern Front"


def test_an_acronym_is_no_person_whose_name_ends_in_those_letters(analyze):
    # "UN" joined Kim Jong Un, so "the Ethiopian Mission to the UN" was given to him
    text = (
        "North Korean leader Kim Jong Un watched the launch. Japan asked the UN Security Council to meet.\n"
        "The talks will start at 3 p.m., according to the Ethiopian Mission to the UN."
    )
    a = analyze(text)
    kim = entity_named(a, "Kim Jong Un")
    assert not any(m.text == "UN" for m in kim.mentions)
    assert quote_with(a, "The talks will start").speaker_name != "Kim Jong Un"


def test_a_one_word_name_written_as_brands_are_is_an_organisation(analyze):
    # the model reads "SpaceX" as a person throughout, so "the company" and "it" went elsewhere
    text = (
        "SpaceX launched the Falcon Heavy on Tuesday from Florida. The company says the rocket can lift twice the "
        "payload of its closest rival.\n"
        "Rockets have long been used just once. But SpaceX has been working for years to change that.\n"
        "It has said that reused boosters will be part of the next flight."
    )
    a = analyze(text)
    assert entity_named(a, "SpaceX").label == "ORG"
    assert quote_with(a, "reused boosters").speaker_name == "SpaceX"
    # names written with a capital inside stay people
    a = analyze("Senator Tom McCain said on Monday that he would vote against the bill. McCain said the bill was rushed.")
    assert entity_named(a, "Tom McCain").label == "PERSON"


def test_an_organisation_read_as_a_people_and_a_person_as_it_speaks_is_the_organisation(analyze):
    text = (
        "The bomb at the Harbor City market was planted on behalf of Islamic State (IS), according to a website "
        "linked to the group. Police say the bomber had no helpers.\nRead more\n"
        "Islamic State (IS) has claimed responsibility for the market bombing in Harbor City."
    )
    a = analyze(text)
    assert not any(e.label == "PERSON" for e in a.entities)
    assert not any(e.name == "Islamic" for e in a.entities)
    q = next(q for q in a.quotes if "responsibility for the market bombing" in q.text)
    assert q.speaker_name == "Islamic State"


def test_a_title_ending_in_volume_is_a_work_not_a_person(analyze):
    text = (
        'Director Omar Vale has said casting Lena Brandt in the storm scene was "the proudest moment of my career".\n'
        "Image caption Hunt Bill Volume One was released in 2004\n"
        'He said it was "just magical" when he saw her dive.'
    )
    a = analyze(text)
    assert [e.name for e in a.entities if e.label == "PERSON"] == ["Omar Vale", "Lena Brandt"]


def test_a_name_in_a_hyphened_adjective_is_no_person(analyze):
    text = (
        "Lena Brandt and Tom Vale have split after four years together.\n"
        'The Grammy-nominated singer broke the news to her fans on Monday. "We simply grew apart," she tweeted. '
        "The Vale-led band will go on touring."
    )
    a = analyze(text)
    assert [e.name for e in a.entities if e.label == "PERSON"] == ["Lena Brandt", "Tom Vale"]
    assert a.quotes[0].speaker_name == "Lena Brandt"
    # (a surname of someone named so used is still theirs)
    assert [m.text for m in next(e for e in a.entities if e.name == "Tom Vale").mentions if m.kind == "name"] == ["Tom Vale", "Vale"]
