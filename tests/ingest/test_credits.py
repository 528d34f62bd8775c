from corroborate.ingest.credits import find_credits


def kinds(text):
    return [(c.kind, c.text, c.agency) for c in find_credits(text)]


def test_wire_dateline_with_city_and_date():
    text = "PORT VALEN, March 12 (MPA) - The port grew.\nOTTAWA (Reuters) - More."
    assert kinds(text) == [
        ("dateline", "PORT VALEN, March 12 (MPA) -", "MPA"),
        ("dateline", "OTTAWA (Reuters) -", "Reuters"),
    ]


def test_bare_agency_dateline_with_em_dash():
    assert kinds("(AP) \u2014 Officials met.") == [("dateline", "(AP) \u2014", "Associated Press")]


def test_copyright_line_names_the_agency():
    [(kind, text, agency)] = kinds("Body.\n\u00a9 2025 Thomson/Reuters")
    assert kind == "copyright" and text == "\u00a9 2025 Thomson/Reuters" and agency == "Reuters"


def test_contributed_reporting_and_reporting_by_lines():
    text = "Body text.\nAssociated Press writer Jo Lind contributed reporting from Oslo.\nReporting by Ana Ruiz; Editing by Tom Hale"
    got = kinds(text)
    assert got[0][0] == "contributed" and got[0][2] == "Associated Press"
    assert got[1] == ("reporting", "Reporting by Ana Ruiz; Editing by Tom Hale", None)
    signoff = "Follow Harbour Post reporter Jo Lee on Twitter: @JoLee."
    assert kinds(f"Body text.\n{signoff}\nFollow us on Twitter.") == [("reporting", signoff, None)]


def test_photo_credit():
    got = kinds("The dock at dawn. (AP Photo/Kim Lee)\nText.")
    assert got == [("photo", "(AP Photo/Kim Lee)", "Associated Press")]


def test_a_flattened_photo_gallery_is_a_photo_credit():
    gallery = (
        "Harbour fire 3 show all Harbour fire 1/3 Smoke over the pier at dawn Jo Lee/PA "
        "2/3 Firefighters on the quay Ana Ruiz/Getty Images 3/3 The burnt shed Tom Hale"
    )
    text = f"The fire was out by noon.\n{gallery}\nThe port reopened on Friday."
    assert kinds(text) == [("photo", gallery, "PA Media")]
    assert kinds("Mix 1/2 cup of flour with 2 eggs.") == []


def test_spans_point_into_the_text():
    text = "Intro.\n\nLONDON (Reuters) - Body."
    [credit] = find_credits(text)
    assert text[credit.start : credit.end] == credit.text


def test_plain_sentences_are_not_credits():
    assert kinds("The minister said the deal (worth billions) was fair - for now.") == []


def test_a_copyright_line_of_an_agency_not_on_the_known_list_names_that_agency():
    # Meridian Press Agency, Northgate Wire, Astra News Service and Agence Valenne-Presse are
    # on no list of ours: their names say they are news agencies.
    assert kinds("Body.\n\u00a9 2026 Meridian Press Agency") == [
        ("copyright", "\u00a9 2026 Meridian Press Agency", "Meridian Press Agency")
    ]
    assert kinds("Body.\nCopyright 2026 Northgate Wire. All rights reserved.")[0][2] == "Northgate Wire"
    assert kinds("Body. \u00a9 2025-2026 The Astra News Service, all rights reserved")[0][2] == "Astra News Service"
    assert kinds("Body.\n\u00a9 2026 Agence Valenne-Presse")[0][2] == "Agence Valenne-Presse"
    assert kinds("Body.\n(c) 2026 Kessmouth Press")[0][2] == "Kessmouth Press"
    assert kinds("Body.\n\u00a9 2026 Deutsche Presse-Agentur GmbH")[0][2] == "Deutsche Presse-Agentur"
    # the name ends where the words stop being a name
    assert kinds("Body.\n\u00a9 2026 Meridian Press Agency and its partners")[0][2] == "Meridian Press Agency"


def test_a_newspapers_own_copyright_line_names_no_agency():
    # The outlet's own copyright is a credit (the article carries one) but no wire behind it.
    for line in (
        "\u00a9 2026 The Harbour Gazette",
        "Copyright 2026 Valen Daily Ledger. All rights reserved.",
        "\u00a9 2026 Port Valen Free Press",
        "\u00a9 2026 Astra Evening Press Ltd",
    ):
        [(kind, text, agency)] = kinds("Body.\n" + line)
        assert kind == "copyright" and text.startswith(line[:12]) and agency is None, line


def photos(text):
    return [c.text for c in find_credits(text) if c.kind == "photo"]


def test_a_picture_agency_opening_or_closing_a_caption_is_a_photo_credit():
    text = (
        "Getty Images Vosk waves to the crowd after the race\n"
        "AP:Associated Press Vosk is carried by her team\n"
        "Reuters The ferry was towed to the quay\n"
        "EPA A crowd gathers at the pier\n"
        "GETTY Ilse Brandt crossed the line first\n"
        "Handout - Getty Two ferries were moored at the quay\n"
        "Getty - Contributor The harbour reopened on Friday\n"
        "Usa Today Sports Vosk lifts the trophy\n"
        "Fans cheer at the quay Getty Images Others wave flags\n"
        "The ferry at dawn. Photograph: Getty Images\n"
        "The pier before the storm (Getty)\n"
    )
    assert photos(text) == [
        "Getty Images", "AP:Associated Press", "Reuters", "EPA", "GETTY", "Handout - Getty", "Getty - Contributor", "Usa Today Sports", "Getty Images", "Getty Images", "(Getty)",
    ]


def test_a_photographer_and_an_agency_after_a_slash_are_a_photo_credit():
    text = (
        "The ferry in the harbour. (Jo Lee/AP)\n"
        "Crowds at the quay (KCNS via KNS/AFP/Getty Images)\n"
        "Ana Ruiz via Getty Images.\n"
        "The mayor of Port Ellis arrives at the town hall Jae C. Hong/AP\n"
        "Smoke over the pier on January 1. REUTERS/Ana Ruiz\n"
        "A crowd at the pier. (Photo: Harbour Police Department)\n"
        "The bird in the cockpit. (Courtesy of Omar Haddad)\n"
        "Ana Ruiz Photographer: Jo Lee/Bloomberg\n"
        "Stephen Lund/CNET\n"
    )
    assert photos(text) == [
        "(Jo Lee/AP)", "(KCNS via KNS/AFP/Getty Images)", "Ana Ruiz via Getty Images", "Jae C. Hong/AP", "REUTERS/Ana Ruiz",
        "(Photo: Harbour Police Department)", "(Courtesy of Omar Haddad)", "Photographer: Jo Lee/Bloomberg", "Stephen Lund/CNET",
    ]


def test_broadcasters_caption_labels_and_a_gallerys_numbered_pictures_are_photo_credits():
    text = (
        "Image copyright PA Image caption Ilse Brandt, who was on the ferry, said it was frightening\n"
        "Enlarge this image toggle caption Jo Lee/Getty Images Jo Lee/Getty Images\n"
        "1/34 30 November 2017 A supporter waves a flag outside the court Rex\n"
        "2/34 29 November 2017 Shoppers pass a sign on Harbour Street AFP/Getty Images\n"
        "Ferries ranked Tue, March 22, 2016 Play slideshow Getty Images 1 of 11 11. The Vosk\n"
    )
    got = photos(text)
    assert got[:2] == ["Image copyright PA Image caption", "Enlarge this image toggle caption Jo Lee/Getty Images Jo Lee/Getty Images"]
    assert [g[:5] for g in got[2:]] == ["1/34 ", "2/34 ", "Ferri"] and len(got) == 5


def test_a_name_or_a_fraction_with_a_slash_is_no_photo_credit():
    text = (
        "Mark Getty founded Getty Images in 1995. J. Paul Getty\n"
        "The 9/11 Commission met.\n24/7 news\nHe told Reuters/Ipsos pollsters that Smith/Jones won 50/50.\n"
        "SAO PAULO (AP) — The race was stopped.\nEPA Administrator Jo Lee said so.\nReuters Breakingviews wrote it.\nAC/DC\n"
    )
    assert photos(text) == []


def test_a_gallerys_numbered_pictures_are_photo_credits_and_one_numbered_post_is_not():
    gallery = "1/3 Earth from the station A view at dawn Nasa\n2/3 Frosty slopes of Mars An image of dunes\n3/3 Capsule splashes down Nasa"
    assert [c.text[:4] for c in find_credits(f"The mission ended.\n{gallery}\nMore news.")] == ["1/3 ", "2/3 ", "3/3 "]
    assert photos("The girls were freed.\n1/2 Today we transferred 21 of the girls to the government.\n") == []


def test_a_titled_gallerys_title_and_counter_are_credits_and_its_captions_text():
    text = (
        "The ferry ran aground.\n"
        "Photos: Ferry runs aground Passengers wait on the quay. Hide Caption 1 of 2\n"
        "Photos: Ferry runs aground Mayor Ilse Brandt called it \"a close call\". Hide Caption 2 of 2\n"
    )
    assert photos(text) == ["Photos: Ferry runs aground", "Hide Caption 1 of 2", "Photos: Ferry runs aground", "Hide Caption 2 of 2"]
    assert photos("The pier at dawn.\nPhotos: Jo Lee/AP\n") == ["Photos: Jo Lee/AP"]  # one line: its credit whole


def test_a_titled_gallery_on_one_line_is_read_picture_by_picture():
    text = (
        "The ferry ran aground.\n"
        "Photos: Ferry runs aground Passengers wait on the quay. Hide Caption 1 of 2 "
        "Photos: Ferry runs aground Harbour Radio reported that the tide was low. Hide Caption 2 of 2\n"
    )
    assert photos(text) == ["Photos: Ferry runs aground", "Hide Caption 1 of 2", "Photos: Ferry runs aground", "Hide Caption 2 of 2"]
    # "Photos: " inside a sentence opens no picture
    assert photos("He said: Photos: none. Hide Caption 1 of 2 is gone.\n") == []
