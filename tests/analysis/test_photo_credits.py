"""A photo's credit in the text is no one of the story: no person, no speaker, no date
(real spaCy model)."""

from tests.analysis.conftest import check_offsets

TEXT = (
    "Anna Vosk, the Swedish driver, won the last race of her career in the rain at Port Ellis on Sunday.\n"
    "Getty Images Vosk waves to the crowd after the race\n"
    'Vosk said: "It\'s difficult to explain the feeling."\n'
    "The harbour at dawn. (Photo: Port Ellis Today)\n"
    "Enlarge this image toggle caption Jo Lee/Getty Images Jo Lee/Getty Images\n"
    "The next race is in March."
)


def test_a_picture_agency_before_a_caption_is_not_part_of_a_name(analyze):
    a = analyze(TEXT, published=None, credits=True)
    names = {e.name for e in a.entities}
    assert "Anna Vosk" in names
    assert not any("Getty" in n or "Jo Lee" in n for n in names), names
    [q] = [q for q in a.quotes if q.kind == "direct"]
    assert q.speaker_name == "Anna Vosk"
    assert not any(d.text == "Today" for d in a.dates)
    check_offsets(TEXT, a)


def test_a_caption_label_before_a_name_is_no_role(analyze):
    text = (
        "Martin Lindqvist, 30, from Croydon, was on the ferry when it ran aground.\n"
        "Image copyright PA Image caption Martin Lindqvist, who was on the ferry, said it was frightening\n"
        "The ferry was towed to Port Ellis."
    )
    a = analyze(text, published=None, credits=True)
    [person] = [e for e in a.entities if e.name == "Martin Lindqvist"]
    assert not any("caption" in r.text or "copyright" in r.text for r in person.roles), person.roles


def test_a_name_running_into_a_credit_ends_there_and_a_credit_holds_no_quote(analyze):
    text = (
        "Broadcom raised its bid on Monday, Broadcom said.\n"
        "Steve Mollenkopf Photographer: Patrick T. Fallon/Bloomberg\n"
        "Photos: Ferry runs aground Passengers wait on the quay. Hide Caption 3 of 8\n"
        "Qualcomm's board previously rejected the bid."
    )
    a = analyze(text, published=None, credits=True)
    assert "Steve Mollenkopf" in {e.name for e in a.entities if e.label == "PERSON"}
    assert not any("Photographer" in e.name or "Fallon" in e.name for e in a.entities)
    assert not any(q.speaker in {"Photos", "Steve Mollenkopf Photographer"} for q in a.quotes)


def test_a_gallerys_title_is_no_speaker_and_its_caption_keeps_its_names(analyze):
    text = (
        "The harbour reopened on Friday.\n"
        "Photos: Ferry runs aground Passengers wait on the quay as the tide rises. Hide Caption 1 of 2\n"
        "Photos: Ferry runs aground Prime Minister Anna Lindqvist visited the quay. Hide Caption 2 of 2\n"
    )
    a = analyze(text, published=None, credits=True)
    assert not any(q.speaker == "Photos" for q in a.quotes)
    [pm] = [e for e in a.entities if e.name == "Anna Lindqvist"]
    assert [r.text for r in pm.roles] == ["Prime Minister"]


def test_a_speaker_the_parse_ran_out_of_a_gallerys_title_starts_after_it(analyze):
    # a gallery on one line, each picture after the one before's counter; the title ends in
    # a place, the caption opens with the speaker
    text = (
        "The ferry ran aground on Friday.\n"
        "Photos: Ferry terror: Images of the wreck in Port Ellis Passengers wait on the quay. Hide Caption 1 of 2 "
        "Photos: Ferry terror: Images of the wreck in Port Ellis Harbour Radio, a local station in Ellis, reported "
        "that the coastguard shot flares to warn the ship. Hide Caption 2 of 2"
    )
    [q] = analyze(text, published=None, credits=True).quotes
    assert q.speaker == "Harbour Radio" and q.text == "that the coastguard shot flares to warn the ship"


def test_a_gallerys_title_is_parsed_apart_from_the_caption_after_it(analyze):
    # the title ends in a place the parse read with the outlet after it as one name ("in Nice
    # RFM-TV"), leaving the cue without a subject: the quote was lost
    text = (
        "The river burst its banks on Sunday.\n"
        "Photos: Flood terror: Harrowing images of the flood in Nice People wait on a roof. Hide Caption 1 of 3 "
        "Photos: Flood terror: Harrowing images of the flood in Nice RFM-TV, a CNN affiliate in Norland, reported "
        "that police shot flares to guide the boats. Hide Caption 2 of 3 "
        "Photos: Flood terror: Harrowing images of the flood in Nice Rescue workers carry a child. Hide Caption 3 of 3"
    )
    [q] = analyze(text, published=None, credits=True).quotes
    assert q.speaker == "RFM-TV" and q.text == "that police shot flares to guide the boats"


def test_a_tabloid_picture_agency_run_into_the_text_is_no_speaker(analyze):
    text = (
        "The boy climbed through a fence while visiting the zoo with his mother Mara.\n"
        "In the call you can hear his mum shouting at the operator for help\n"
        'Pixel 8000 At one point she says: "He\'s being dragged, I can\'t watch this"\n'
    )
    a = analyze(text, published=None, credits=True)
    assert not any(e.name.startswith("Pixel") for e in a.entities)
    [q] = [q for q in a.quotes if "being dragged" in q.text]
    assert q.speaker_name == "Mara"


def test_a_social_account_opening_a_caption_is_a_photo_credit_not_a_speaker(analyze):
    text = (
        "Today pictures also emerged of the enclosure fence, which appears easy to get over\n"
        'Twitter / @HarbourWatch Zoo directors insisted the barriers were safe and said "any of us could get over"\n'
    )
    a = analyze(text, published=None, credits=True)
    [q] = [q for q in a.quotes if "barriers were safe" in q.text]
    assert "Twitter" not in q.speaker and "@" not in q.speaker
