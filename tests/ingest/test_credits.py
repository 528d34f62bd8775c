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
