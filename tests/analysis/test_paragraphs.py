"""A paragraph is parsed on its own: its quotes never get a speaker from the next one (real spaCy model)."""

from tests.analysis.conftest import check_offsets
from tests.analysis.test_quotes import quote_with


def test_every_paragraph_starts_a_sentence_for_the_parser(settings):
    from corroborate.analysis.paragraphs import analysis_nlp

    text = 'Okafor described the talks as "a careful dance."\n\nMarta Velez, a professor, said the figure was plausible.'
    doc = analysis_nlp(settings.spacy_model)(text)
    starts = [s.start_char for s in doc.sents]
    assert text.index("Marta") in starts
    velez_said = next(t for t in doc if t.text == "said")
    assert all(t.head.i == t.i or t.idx > text.index("\n") for t in doc if t.head.i == velez_said.i)


def test_no_sentence_of_a_paragraph_opens_in_lower_case(settings):
    from corroborate.analysis.paragraphs import analysis_nlp

    text = "He added that he could get by without owning a Boeing 757 but it was a ''great luxury to have.''"
    doc = analysis_nlp(settings.spacy_model)(text)
    assert [s.start_char for s in doc.sents] == [0]


def test_no_sentence_opens_right_after_a_word(settings):
    from corroborate.analysis.paragraphs import analysis_nlp

    text = "Brandt said she felt the 13th Amendment was worth examining because “many people do not know it.”"
    doc = analysis_nlp(settings.spacy_model)(text)
    assert [s.start_char for s in doc.sents] == [0]


def test_sentence_marks_before_parsing_follow_line_breaks_lower_case_and_words(settings):
    """The marks the component sets, token by token, before the parser runs: a start after a
    line break (however many spaces and breaks), none inside a paragraph before a lower-case
    word ("iPhone" excepted) or after a word or a number, and the rest left to the model."""
    from corroborate.analysis.paragraphs import analysis_nlp, paragraph_starts

    nlp = analysis_nlp(settings.spacy_model)
    text = "Sales rose 5 percent. but prices fell. iPhone sales fell.\n \n“Ten” dogs\nten. Cats (3/4 of them) slept"
    doc = paragraph_starts(nlp.make_doc(text))
    marks = {t.text: t.is_sent_start for t in doc if not t.is_space}
    assert doc[0].is_sent_start is True  # the first token: as the Doc has it
    assert marks["“"] is True and marks["ten"] is True  # after a line break
    assert marks["but"] is False  # lower case
    assert marks["iPhone"] is None  # lower case, then upper: may open a sentence
    assert marks["percent"] is False and marks["prices"] is False  # after a number, after a word
    assert marks["Cats"] is None  # after a full stop: the model decides
    assert marks["of"] is False and marks[")"] is False  # after "3/4", a number; after a word
    assert all(t.is_sent_start is None for t in doc if t.is_space)


def test_a_doc_of_one_token_or_none_is_left_as_it_is(settings):
    from corroborate.analysis.paragraphs import analysis_nlp, paragraph_starts

    nlp = analysis_nlp(settings.spacy_model)
    assert len(paragraph_starts(nlp.make_doc(""))) == 0
    assert paragraph_starts(nlp.make_doc("Hello"))[0].is_sent_start is True


def test_a_quote_after_a_number_the_model_read_as_a_sentence_end_keeps_its_cue(analyze):
    text = "Omar Haddad added that he could get by without owning a Boeing 757 but it was a ''great luxury to have.''"
    q = quote_with(analyze(text), "great luxury to have")
    assert q.kind == "partial" and q.cue == "added" and q.speaker_name == "Omar Haddad"


def test_a_partial_quote_closing_a_paragraph_keeps_its_own_speaker(analyze):
    text = (
        'Okafor, who took office last year, described the talks as "a slow and careful dance."\n\n'
        "Marta Velez, an assistant professor of economics at Northgate University, said the figure was plausible."
    )
    a = analyze(text)
    q = quote_with(a, "a slow and careful dance")
    assert q.cue == "described" and q.speaker == "Okafor"
    v = quote_with(a, "the figure was plausible")
    assert v.kind == "indirect" and v.speaker_name == "Marta Velez"
    check_offsets(text, a)


def test_a_colon_lead_in_paragraph_introduces_the_quote_paragraph_after_it(analyze):
    text = (
        "Mayor Ines Brandt made the following remark at the council meeting:\n\n"
        "“Every bridge in this city will be inspected before the winter.”"
    )
    a = analyze(text)
    q = quote_with(a, "Every bridge in this city")
    assert q.kind == "direct" and q.speaker_name == "Ines Brandt"
    check_offsets(text, a)


def test_a_sentence_starts_at_each_break_the_caller_gives(settings):
    from corroborate.analysis.paragraphs import analysis_nlp, doc_with_breaks

    nlp = analysis_nlp(settings.spacy_model)
    text = "Hide Caption 18 of 25 Photos: Images of the storm in Nice RFM-TV reported the news."
    plain = [s.text for s in nlp(text).sents]
    assert "RFM-TV reported the news." not in plain
    broken = [s.text for s in nlp(doc_with_breaks(nlp, text, [22, 57])).sents]
    assert broken == ["Hide Caption 18 of 25", "Photos: Images of the storm in Nice", "RFM-TV reported the news."]
