"""Page furniture: words a web page puts around an article are none of its findings."""

from corroborate.furniture import furniture_spans

PAGE = (
    "Port Ellis talks resume\n\n"
    "Advertisement Continue reading the main story\n"
    "The mayor, Ann Lee, said on Friday that the port would reopen.\n"
    "Newsletter Sign Up Continue reading the main story Today’s Headlines Get the news delivered to your inbox.\n"
    "Please verify you're not a robot by clicking the box. Invalid email address. Please re-enter. "
    "Sign Up You agree to receive occasional updates and special offers for The New York Times's products and services. "
    "Thank you for subscribing. An error has occurred. Please try again later.\n"
    "“We are ready,” Lee said. “Please try again later.” The harbour board voted to Sign Up Here."
)


def spans_text(text):
    return [text[s:e] for s, e in furniture_spans(text)]


def test_a_newsletter_box_and_an_advertisement_line_are_furniture():
    found = spans_text(PAGE)
    assert found[0] == "Advertisement Continue reading the main story"
    # the box's first line whole, and the box's lines after it, are one run
    assert found[1].startswith("Newsletter Sign Up Continue reading the main story Today’s Headlines")
    assert found[1].endswith("An error has occurred. Please try again later.")
    assert len(found) == 2


def test_a_video_players_notice_is_furniture():
    text = "The ferry ran aground.\nMedia playback is unsupported on your device Media caption The ferry at dawn"
    assert spans_text(text) == ["Media playback is unsupported on your device"]


def test_a_tabloids_box_of_other_stories_teasers_is_furniture_to_its_lines_end():
    text = (
        "The ferry ran aground.\n"
        "MOST READ IN TV & SHOWBIZ SHORE THING Singer told to leave the pier FERRY GODMOTHER Star 'said no'\n"
        "The crew were unhurt.\n"
        "Related stories OH NO, JO Captain doubt for Saturday 'I feel enthused' Harbour names new chief\n"
        "Related stories have appeared in the Ledger.\n"
        "Related Stories 'WORST YET' Captain mocks claims saying 'I'm fine' DRY DOCK Port plotting to sell ferries, union claims\n"
        "Most Read In TV & Showbiz 'IT'S THE RIGHT THING' Singer confirms he will leave the band\n"
        "Most read in the port, the Ledger sold out.\n"
    )
    assert spans_text(text) == [
        "MOST READ IN TV & SHOWBIZ SHORE THING Singer told to leave the pier FERRY GODMOTHER Star 'said no'",
        "Related stories OH NO, JO Captain doubt for Saturday 'I feel enthused' Harbour names new chief",
        "Related Stories 'WORST YET' Captain mocks claims saying 'I'm fine' DRY DOCK Port plotting to sell ferries, union claims\n"
        "Most Read In TV & Showbiz 'IT'S THE RIGHT THING' Singer confirms he will leave the band",
    ]


def test_a_tabloids_box_headed_by_its_topic_in_lower_case_is_furniture():
    text = (
        "The ferry ran aground.\n"
        "more on ferries and the sea TALL STORY Captain apologises for 'fake news' after tweeting he'd seen a whale\n"
        "The crew were unhurt.\n"
        "more on that later, the captain said.\n"
    )
    assert spans_text(text) == ["more on ferries and the sea TALL STORY Captain apologises for 'fake news' after tweeting he'd seen a whale"]


def test_a_line_linking_to_another_story_is_furniture():
    text = (
        "The ferry ran aground.\n"
        "More: After the harbour show, ferry questions linger\n"
        "More ferries may be on tap in 2018.\n"
        "READ MORE: Two large seals caught on camera (VIDEO)\n"
        "Related: 34 things to know about the new port law\n"
        "I was the captain's mentor. Today I would tell him: your crew is in peril Read more\n"
        "The crew said they wanted to read more about the law.\n"
    )
    assert spans_text(text) == [
        "More: After the harbour show, ferry questions linger",
        "READ MORE: Two large seals caught on camera (VIDEO)\nRelated: 34 things to know about the new port law\n"
        "I was the captain's mentor. Today I would tell him: your crew is in peril Read more",
    ]


def test_a_sentence_that_is_furniture_only_beside_furniture_is_someones_words_alone():
    # "Please try again later." in a quote, "Sign Up" inside a sentence: no furniture
    assert furniture_spans("“Please try again later.” Lee said. Voters may Sign Up Here.") == []
    assert spans_text("An error has occurred. Please try again later.") == ["An error has occurred. Please try again later."]


def test_the_analysis_takes_no_sentence_name_or_quote_from_furniture(analyze):
    a = analyze(PAGE)
    sentences = [PAGE[s.start : s.end] for s in a.sentences]
    assert not any("Continue reading" in s or "Invalid" in s or "robot" in s for s in sentences)
    assert "The mayor, Ann Lee, said on Friday that the port would reopen." in sentences
    names = {e.name for e in a.entities}
    assert "Ann Lee" in names and not names & {"Invalid", "Advertisement Continue", "New York Times"}
    assert not any("occasional updates" in q.text for q in a.quotes)
    assert any(q.text.startswith("We are ready,") and q.speaker_name == "Ann Lee" for q in a.quotes)


def test_a_video_carousels_frame_and_the_next_videos_title_are_furniture(analyze):
    text = (
        "The harbour board met on Friday.\n"
        "Lee wants one ferry line rebuilt | 1:02 Ann Lee says the old line should be rebuilt first. Buzz60 "
        "12 of 40 Skip in Skip x Embed x Share CLOSE WHAT YOU NEED TO KNOW ABOUT THE PORT "
        "Ann Lee says harbour race will cause a ferry war | 0:56 The mayor, Ann Lee, unveiled a new timetable. Buzz60 "
        "13 of 40 Skip in Skip x Embed x Share CLOSE"
    )
    assert spans_text(text) == [
        "Buzz60 12 of 40 Skip in Skip x Embed x Share CLOSE WHAT YOU NEED TO KNOW ABOUT THE PORT Ann Lee says harbour race will cause a ferry war | 0:56",
        "Buzz60 13 of 40 Skip in Skip x Embed x Share CLOSE",
    ]
    quotes = [q.text for q in analyze(text).quotes]
    assert not any("ferry war" in q or "timetable" in q for q in quotes)  # (nor what follows a title's cue)
    assert any("the old line should be rebuilt first" in q for q in quotes)  # (the first title's description is the page's)


def test_a_video_credit_before_the_carousels_counter_is_furniture_and_no_antecedent(analyze):
    text = (
        "The board met on Friday. Tomas Lindqvist ex Buzz60 39 of 41 Skip in Skip x Embed x Share CLOSE WHAT YOU "
        "NEED TO KNOW ABOUT ANN LEE Ann Lee plans to run ferries at night | 0:50 If Ann Lee gets her way, ferries "
        "will run all night. The businesswoman has asked the city for a licence for a service which she claims "
        '"would be like rebuilding the harbour". USA TODAY 40 of 41 Skip in Skip x Embed x Share CLOSE'
    )
    assert spans_text(text)[0].startswith("Tomas Lindqvist ex Buzz60 39 of 41")
    assert spans_text(text)[1].startswith("USA TODAY 40 of 41")
    q = next(q for q in analyze(text).quotes if "rebuilding the harbour" in q.text)
    assert q.speaker_name == "Ann Lee"


def test_a_line_in_square_brackets_is_another_storys_headline(analyze):
    text = (
        "Candidates Dan Okafor and Ana Ruiz both urged Velmark to get tough.\n"
        "[Kessland announces plan to launch rocket carrying observation satellite]\n"
        "The rocket launch was expected, officials said. [Editor's note: an earlier version misspelled a name.]"
    )
    assert spans_text(text) == ["[Kessland announces plan to launch rocket carrying observation satellite]"]
    assert not any("announces plan" in q.text for q in analyze(text).quotes)
