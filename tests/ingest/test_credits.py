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
