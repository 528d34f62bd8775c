"""Quotes of every kind news uses, with speakers resolved (real spaCy model)."""

import pytest

from tests.analysis.conftest import check_offsets


def quote_with(analysis, fragment):
    found = [q for q in analysis.quotes if fragment in q.text]
    assert found, f"no quote containing {fragment!r}: {[q.text for q in analysis.quotes]}"
    return found[0]


def entity_named(analysis, name):
    return next(e for e in analysis.entities if e.name == name)


def test_direct_quote_with_curly_marks_and_cue_after_resolves_the_named_speaker(analyze):
    text = "Ontario Premier Doug Ford met the mayor on Friday.\n“We will not back down,” Ford said."
    a = analyze(text)
    q = quote_with(a, "We will not back down")
    assert q.kind == "direct" and q.text == "We will not back down,"
    assert q.cue == "said" and q.speaker == "Ford"
    assert q.entity == entity_named(a, "Doug Ford").id and q.speaker_name == "Doug Ford"
    check_offsets(text, a)


def test_direct_quote_with_straight_marks_and_cue_before_with_colon(analyze):
    text = 'The minister spoke after the vote. Finance Minister Anna Weber told reporters: "The budget is balanced."'
    a = analyze(text)
    q = quote_with(a, "The budget is balanced")
    assert q.kind == "direct" and q.cue == "told"
    assert q.speaker_name == "Anna Weber"
    check_offsets(text, a)


def test_two_apostrophe_marks_are_quotation_marks(analyze):
    text = "Senator Maria Lopez spoke on Tuesday. ''We have the votes,'' Ms. Lopez said."
    a = analyze(text)
    q = quote_with(a, "We have the votes")
    assert q.kind == "direct" and q.text == "We have the votes,"
    assert q.speaker_name == "Maria Lopez"


def test_quote_split_around_its_cue_has_two_pieces(analyze):
    text = "“The tariffs are a mistake,” said Mark Chen, the company’s chief economist. “They will hurt workers on both sides.”"
    a = analyze(text)
    q = quote_with(a, "The tariffs are a mistake")
    assert len(q.pieces) == 2
    (s1, e1), (s2, e2) = q.pieces
    assert text[s1:e1] == "The tariffs are a mistake,"
    assert text[s2:e2] == "They will hurt workers on both sides."
    assert q.speaker_name == "Mark Chen"
    check_offsets(text, a)


def test_multi_sentence_quote_is_one_quote(analyze):
    text = "Paula Grant said: “We are ready. We have been ready for years. Nothing will stop us now.”"
    a = analyze(text)
    q = quote_with(a, "We are ready")
    assert q.text == "We are ready. We have been ready for years. Nothing will stop us now."
    assert q.kind == "direct" and q.speaker_name == "Paula Grant"


def test_pronoun_speaker_resolves_to_the_person_mentioned_before(analyze):
    text = "Paula Grant arrived late. “The deal is done,” she said."
    a = analyze(text)
    q = quote_with(a, "The deal is done")
    assert q.speaker == "she"
    assert q.speaker_name == "Paula Grant" and not q.unnamed


def test_role_noun_speaker_resolves_to_the_person_holding_the_role(analyze):
    text = "Ontario Premier Doug Ford travelled to Washington. The Premier said the talks were difficult."
    a = analyze(text)
    q = quote_with(a, "the talks were difficult")
    assert q.kind == "indirect"
    assert q.speaker == "The Premier" and q.speaker_name == "Doug Ford"


def test_according_to_attributes_to_the_named_source(analyze):
    text = "According to Finance Minister Anna Weber, the deficit will shrink next year."
    a = analyze(text)
    q = quote_with(a, "the deficit will shrink")
    assert q.cue == "According to" and q.speaker_name == "Anna Weber"


def test_unnamed_sources_keep_their_description(analyze):
    text = (
        "A Canadian official said the call lasted an hour. "
        "According to three sources familiar with the call, the leaders disagreed on steel."
    )
    a = analyze(text)
    q1 = quote_with(a, "the call lasted an hour")
    assert q1.unnamed and q1.speaker_name == "A Canadian official" and q1.entity is None
    q2 = quote_with(a, "the leaders disagreed")
    assert q2.unnamed and q2.speaker_name == "three sources familiar with the call"


def test_partial_quote_has_the_fragment_and_its_reported_clause(analyze):
    text = "Prime Minister Mark Carney described the negotiations as “a subtle dance” on Thursday."
    a = analyze(text)
    q = quote_with(a, "a subtle dance")
    assert q.kind == "partial" and q.text == "a subtle dance"
    assert q.cue == "described" and q.speaker_name == "Mark Carney"
    assert q.context_start <= q.start and q.end <= q.context_end
    assert "negotiations" in text[q.context_start : q.context_end]


def test_indirect_quote_with_and_without_that(analyze):
    text = "Mark Chen said that prices would rise. Chen added inflation had peaked."
    a = analyze(text)
    q1 = quote_with(a, "prices would rise")
    q2 = quote_with(a, "inflation had peaked")
    assert q1.kind == q2.kind == "indirect"
    assert q1.speaker_name == q2.speaker_name == "Mark Chen"


def test_a_reported_clause_the_parse_reads_as_an_adverbial_is_still_reported(analyze):
    text = "Mary Brandt said after the vote she would not accept the council's offer if it were made. On Friday she changed course."
    a = analyze(text)
    q = quote_with(a, "would not accept")
    assert q.kind == "indirect" and q.speaker_name == "Mary Brandt"
    assert q.text.endswith("if it were made")


def test_words_opened_by_a_quotation_mark_never_closed_before_their_tag_are_a_direct_quote(analyze):
    text = (
        "Often, families did not understand the paperwork.\n\n"
        '"There was not a lot of advice to adoptive parents about what papers to keep, said Dana Whitfield, '
        "whose group backs the bill.\n\nSome have been able to apply."
    )
    q = quote_with(analyze(text), "not a lot of advice")
    assert q.kind == "direct" and q.speaker_name == "Dana Whitfield"
    assert q.text == "There was not a lot of advice to adoptive parents about what papers to keep"


def test_the_post_said_resolves_to_whoever_posted(analyze):
    text = "Doug Ford posted a message on X on Saturday. “We will fight for every job,” the post said."
    a = analyze(text)
    q = quote_with(a, "We will fight for every job")
    assert q.speaker == "the post"
    assert q.speaker_name == "Doug Ford" and not q.unnamed


def test_a_statement_from_a_named_owner_is_the_owners_not_the_last_poster(analyze):
    text = (
        "Mayor Dana Whitcombe wrote on X that the plan would keep buses running. "
        "A statement from the Elden Transit Workers Union said fares had risen 8 percent since November."
    )
    a = analyze(text)
    q = quote_with(a, "fares had risen")
    assert q.speaker == "A statement from the Elden Transit Workers Union"
    assert q.speaker_name == "Elden Transit Workers Union" and not q.unnamed
    check_offsets(text, a)


def test_a_statement_from_an_unnamed_group_is_that_group_as_described(analyze):
    text = (
        "Mayor Dana Whitcombe wrote on X that the plan would keep buses running. "
        "The statement from the drivers' union said fares had risen 8 percent since November."
    )
    a = analyze(text)
    q = quote_with(a, "fares had risen")
    assert q.speaker == "The statement from the drivers' union"
    assert q.entity is None and q.unnamed and q.speaker_name == "the drivers' union"
    check_offsets(text, a)


def test_title_in_quotation_marks_is_not_a_quote(analyze):
    text = "She watched “Shark Tank” with her children on Sunday."
    a = analyze(text)
    assert not any("Shark Tank" in q.text for q in a.quotes)


def test_quoted_paragraph_after_an_attributed_one_is_another_piece(analyze):
    text = (
        "“We will rebuild the pier,” Mayor Ana Soto said on Monday.\n\n"
        "“Nobody is losing a job over this. Not one person.”\n\n"
        "The council meets next week."
    )
    a = analyze(text)
    q = quote_with(a, "We will rebuild the pier")
    assert len(q.pieces) == 2
    assert text[q.pieces[1][0] : q.pieces[1][1]] == "Nobody is losing a job over this. Not one person."
    assert q.speaker_name == "Ana Soto"
    check_offsets(text, a)


def test_a_left_mark_typed_as_the_closing_mark_still_closes_the_quote(analyze):
    text = "“The reality is that this could create real problems for her,“ said Jim Clyburn, a congressman."
    a = analyze(text)
    q = quote_with(a, "The reality is")
    assert q.text == "The reality is that this could create real problems for her,"
    assert q.speaker_name == "Jim Clyburn"


def test_show_titles_in_quotation_marks_are_not_quotes(analyze):
    text = "“I was sitting in a house with a bad earpiece,” Trump told NBC’s “Today” on Monday."
    a = analyze(text)
    assert [q.text for q in a.quotes] == ["I was sitting in a house with a bad earpiece,"]


def test_speaker_is_never_taken_across_a_line_break(analyze):
    text = "6:50 p.m.\n\nWith her husband beside her, Hillary Clinton said the party was united."
    a = analyze(text)
    q = quote_with(a, "the party was united")
    assert "\n" not in q.speaker and q.speaker_name == "Hillary Clinton"


def test_sentences_stop_at_line_breaks_and_quotes_point_at_their_sentence(analyze):
    text = "Port talks resume\nTrade Minister Alva Brandt said on Thursday that talks would resume.\n\n“We are ready,” she said."
    a = analyze(text)
    assert all("\n" not in text[s.start : s.end] for s in a.sentences)
    assert text[a.sentences[0].start : a.sentences[0].end] == "Port talks resume"
    for q in a.quotes:
        s = a.sentences[q.sentence]
        assert s.start <= q.start < s.end


def test_quotation_marks_inside_leftover_markup_are_not_quotes():
    from corroborate.analysis.quotes import find_quoted

    text = '<tweet id="7711" author="@ap">Breaking news</tweet>\n“We won,” Trump said.'
    groups = find_quoted(text)
    assert [text[g[0].inner_start : g[0].inner_end] for g in groups] == ["We won,"]


@pytest.mark.parametrize(
    "text, words, context",
    [
        (
            "Mark Chen said on Monday that whatever voters decide, “they will not forgive a tax rise.”",
            "they will not forgive a tax rise.",
            "that whatever voters decide, “they will not forgive a tax rise.”",
        ),
        # a quote running on past the sentence it opens in, the writer's words and the cue after it
        (
            "The old mayors “were stiff. They were not fun. There was no joy” in the town hall, Mark Chen said.",
            "were stiff. They were not fun. There was no joy",
            "The old mayors “were stiff. They were not fun. There was no joy” in the town hall",
        ),
    ],
)
def test_quote_ending_a_reported_clause_that_starts_before_the_mark_is_partial_with_that_clause(analyze, text, words, context):
    a = analyze(text)
    q = quote_with(a, words)
    assert q.kind == "partial" and q.speaker_name == "Mark Chen"
    assert text[q.start : q.end] == words
    assert text[q.context_start : q.context_end] == context
    check_offsets(text, a)


def test_apposition_between_the_speaker_and_the_cue_after_the_quote(analyze):
    text = "“We were wrong to wait so long,” Ramos, 58, told reporters in Mexico City."
    a = analyze(text)
    q = quote_with(a, "We were wrong")
    assert q.kind == "direct" and q.cue == "told" and q.speaker == "Ramos"


def test_a_speech_participle_inside_a_sentence_frames_its_own_fragment(analyze):
    text = "Hollande said Trump’s “excesses” were sickening, noting that the nominee “makes you want to retch.”"
    a = analyze(text)
    first, second = quote_with(a, "excesses"), quote_with(a, "makes you want to retch")
    assert first.cue == "said" and second.cue == "noting"
    assert text[second.context_start : second.context_end] == "that the nominee “makes you want to retch.”"
    assert "noting" not in text[first.context_start : first.context_end]


def test_the_fragments_of_one_reported_clause_share_one_clause(analyze):
    text = (
        "Asked about the anger among her supporters, Senator Mary Brandt acknowledged that there are "
        'still "some people" who feel that way, "but not among the vast majority."'
    )
    a = analyze(text)
    first, second = quote_with(a, "some people"), quote_with(a, "but not among")
    clause = 'that there are still "some people" who feel that way, "but not among the vast majority."'
    assert first.kind == second.kind == "partial"
    assert text[first.context_start : first.context_end] == clause
    assert (second.context_start, second.context_end) == (first.context_start, first.context_end)


def test_fragments_of_one_cue_in_clauses_apart_keep_their_own_clauses(analyze):
    text = (
        'Mayor Mary Brandt said both Haddad and Okafor are "strangers in the council," but she gave '
        'the Lakeview man a back-handed compliment: "You never have to guess where he is."'
    )
    a = analyze(text)
    first, second = quote_with(a, "strangers"), quote_with(a, "You never have")
    assert text[first.context_start : first.context_end] == 'both Haddad and Okafor are "strangers in the council,"'
    assert second.context_start > first.context_end


def test_a_coordinated_speech_verb_starts_its_own_partial_quote(analyze):
    text = (
        "In an interview, Ms. Acosta acknowledged that even she found the “debt stack” confusing "
        "and called the golf venture “a great example” of how things had gone wrong."
    )
    a = analyze(text)
    first, second = quote_with(a, "debt stack"), quote_with(a, "a great example")
    assert first.cue == "acknowledged" and second.cue == "called"
    assert text[first.context_start : first.context_end] == "that even she found the “debt stack” confusing"
    assert text[second.context_start : second.context_end].startswith("the golf venture")


def test_a_speech_verb_the_parse_hung_inside_the_reported_clause_still_starts_its_own_quote(analyze):
    text = (
        "Okafor posted late at night that Haddad was “a fraud” and “a liar” and urged voters to “look closely” "
        "at her record.\n\n"
        "The senator said he would order a full review of the contracts and warned against hasty conclusions."
    )
    a = analyze(text)
    fraud, look = quote_with(a, "a fraud"), quote_with(a, "look closely")
    assert fraud.cue == "posted" and text[fraud.context_start : fraud.context_end] == "that Haddad was “a fraud” and “a liar”"
    assert look.cue == "urged" and look.speaker == "Okafor"
    assert text[look.context_start : look.context_end].startswith("voters to “look closely”")
    review, warning = quote_with(a, "a full review"), quote_with(a, "hasty conclusions")
    assert review.kind == "indirect" and review.text == "he would order a full review of the contracts"
    assert warning.cue == "warned" and warning.speaker == "The senator"
    check_offsets(text, a)


def test_a_verb_of_someone_else_inside_the_reported_clause_stays_in_it(analyze):
    text = (
        "Mook said the aides were tired, which they showed when the guards stopped them and told them to leave.\n\n"
        "Reid said the mayor approached her “and said, ‘It is so nice to meet you’ to everyone there.”"
    )
    a = analyze(text)
    tired = quote_with(a, "the aides were tired")
    assert tired.text.endswith("told them to leave")
    assert not any(q.cue == "said" and q.text.startswith("It is so nice") and q.speaker == "Reid" for q in a.quotes)


def test_a_partial_quote_continued_after_its_cue_gets_the_next_quote_as_a_piece(analyze):
    text = (
        "Right-wing parties across Europe “will keep conflating refugees with terrorism,” Mark Chen said. "
        "“This will put more pressure on governments.”"
    )
    a = analyze(text)
    q = quote_with(a, "will keep conflating")
    assert q.kind == "partial" and q.speaker_name == "Mark Chen"
    assert [text[s:e] for s, e in q.pieces] == [
        "will keep conflating refugees with terrorism,",
        "This will put more pressure on governments.",
    ]
    assert text[q.context_start : q.context_end].startswith("Right-wing parties")
    assert len(a.quotes) == 1
    check_offsets(text, a)


def test_a_quote_after_a_partial_tagged_again_is_the_same_speakers_own_quote(analyze):
    text = (
        "Mary Brandt said the old charter was worth a film because “most people never read it,” she said. "
        "“We cannot plan ahead if we do not know where we came from.” The film opens in March."
    )
    a = analyze(text)
    first, second = quote_with(a, "never read it"), quote_with(a, "cannot plan ahead")
    assert first.kind == "partial" and second.kind == "direct"
    assert first.speaker_name == second.speaker_name == "Mary Brandt"
    assert text[second.start : second.end] == "We cannot plan ahead if we do not know where we came from."
    check_offsets(text, a)


@pytest.mark.parametrize("mark", ["''", '"'])
def test_the_subject_of_a_quote_the_parse_coordinates_with_a_later_cue_is_not_its_speaker(analyze, mark):
    text = (
        f"Omar Haddad hardly settled the matter, treating the remark as praise -- {mark}That makes me smart{mark} -- "
        f"and, when asked after the debate, asserting, {mark}Of course, I pay my taxes.{mark}"
    )
    a = analyze(text)
    q = quote_with(a, "I pay my taxes")
    assert q.cue == "asserting" and q.speaker == "Omar Haddad"


def test_a_cue_set_off_inside_the_reported_clause_leaves_it_in_two_pieces(analyze):
    text = "Back then, Ms. Ripert said, she found Ms. Sherry “very professional and very quiet,” and also enviable."
    a = analyze(text)
    q = quote_with(a, "very professional")
    assert q.kind == "partial" and q.cue == "said" and q.speaker == "Ms. Ripert"
    assert [text[s:e] for s, e in q.context_pieces] == [
        "Back then",
        "she found Ms. Sherry “very professional and very quiet,” and also enviable",
    ]


def test_a_cue_hung_on_a_verb_inside_an_aside_between_dashes_is_said_by_the_clause_around_it(analyze):
    text = (
        "Small groups of protesters continued to call for more information about the shooting, looping the streets "
        "around the stadium - where the city's Panthers played the Vikings - while chanting, \"Hands up, don't shoot.\""
    )
    q = quote_with(analyze(text), "Hands up")
    assert q.cue == "chanting" and q.speaker == "Small groups of protesters"


def test_a_worry_framing_quoted_words_in_its_clause_is_their_speakers(analyze):
    text = (
        "In the depths of the recession, Omar Haddad worried that the safety net was becoming "
        "“a hammock that lulls able-bodied people to lives of dependency.” Unemployment rose."
    )
    q = quote_with(analyze(text), "a hammock")
    assert q.kind == "partial" and q.cue == "worried" and q.speaker_name == "Omar Haddad"
    assert text[q.context_start : q.context_end].startswith("that the safety net")


def test_the_passive_subject_of_the_main_clause_said_what_a_participle_before_it_frames(analyze):
    text = (
        "In her 2003 book, Mary Brandt noted the clot.\n\n"
        "After saying her right foot was “so swollen I could barely get my shoe on,” she was rushed to hospital for tests."
    )
    q = quote_with(analyze(text), "so swollen")
    assert q.kind == "partial" and q.cue == "saying" and q.speaker == "she" and q.speaker_name == "Mary Brandt"


def test_a_cue_clause_between_two_fragments_of_one_clause_is_left_out_of_it(analyze):
    text = "Haddad is “smart as hell,” Mary Brandt wrote in an email to Dana Whitfield, and “full of nonsense.” The email leaked."
    a = analyze(text)
    for q in (quote_with(a, "smart as hell"), quote_with(a, "full of nonsense")):
        assert q.kind == "partial" and q.cue == "wrote" and q.speaker_name == "Mary Brandt"
        assert [text[s:e] for s, e in q.context_pieces] == ["Haddad is “smart as hell,”", "“full of nonsense.”"]


def test_according_to_frames_a_partial_quote_in_its_sentence(analyze):
    text = "According to Trump, he was once part of the establishment but is now “the worst thing that ever happened to it.”"
    a = analyze(text)
    q = quote_with(a, "the worst thing")
    assert q.kind == "partial" and q.cue == "According to" and q.speaker == "Trump"
    assert text[q.context_start : q.context_end].startswith("he was once part")


def test_indirect_speech_interrupted_by_its_cue(analyze):
    text = "Facebook created the tool to help in times of crisis, a spokeswoman, Anna White, said on Saturday."
    a = analyze(text)
    q = quote_with(a, "Facebook created the tool")
    assert q.kind == "indirect" and q.cue == "said" and q.speaker_name == "Anna White"
    assert q.text == "Facebook created the tool to help in times of crisis"


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("Board member Walter Hale sniped that the new chief was “learning on the job.”", "sniped", "Walter Hale",
         "that the new chief was “learning on the job.”"),
        ("Flying home that night, Carla Nunes vented to her husband that the vote would be “a fight from start to finish.”",
         "vented", "Carla Nunes", "that the vote would be “a fight from start to finish.”"),
        ("Mayor Ann Reyes confided to aides that she would not run again.", "confided", "Ann Reyes", "that she would not run again"),
    ],
)
def test_less_common_verbs_of_saying_report_what_follows_them(analyze, text, cue, speaker, content):
    a = analyze(text)
    q = next(q for q in a.quotes if q.cue == cue)
    assert q.speaker_name == speaker
    span = (q.context_start, q.context_end) if q.kind == "partial" else (q.start, q.end)
    assert text[span[0] : span[1]].rstrip(".") == content.rstrip(".")
    check_offsets(text, a)


def test_indirect_quote_takes_the_complement_after_its_cue_not_an_earlier_quote(analyze):
    text = "“That is what I like,” he said.\nMoments earlier, in his opening remarks, Trump said he was ideally suited for the presidency."
    a = analyze(text)
    q = quote_with(a, "he was ideally suited")
    assert q.kind == "indirect" and q.text == "he was ideally suited for the presidency"


def test_a_clause_started_before_an_interrupting_cue_is_part_of_the_quote(analyze):
    text = "An economic downturn, Mr. Chen said, “could be a good time to borrow and pay off debt.”"
    a = analyze(text)
    q = quote_with(a, "could be a good time")
    assert q.kind == "partial" and q.speaker == "Mr. Chen"
    assert [text[s:e] for s, e in q.context_pieces] == [
        "An economic downturn",
        "“could be a good time to borrow and pay off debt.”",
    ]


@pytest.mark.parametrize(
    "text, fragment, lead",
    [
        (
            (
                "Mary Brandt spoke of her friendship with Okafor. It is time for the country to be led, she "
                "said, ''not only by a strong leader, but by a caring, genuine and decent person.''"
            ),
            "not only by a strong leader", "It is time for the country to be led",
        ),
        (
            "Mary Brandt spoke briefly. The streets were deserted, she added, ''but people need to connect somehow.''",
            "people need to connect", "The streets were deserted",
        ),
        (
            "Mary Brandt spoke. The reality is, she added, “there are no recusals when you are president.”",
            "there are no recusals", "The reality is",
        ),
        (
            # a contrast about something else is said, not the scene ("While campaigning, she said" is)
            (
                "Mary Brandt sounded a cautious note. While consumer confidence is at its highest level in years, "
                "she said, “this has done nothing to lower the almost 12 straight years of gloom.”"
            ),
            "this has done nothing", "While consumer confidence is at its highest level in years",
        ),
    ],
    ids=[
        "words-hung-on-the-cue", "words-coordinated-with-the-cue", "cue-inside-the-clause-the-quote-completes",
        "while-clause-about-something-else",
    ],
)
def test_a_clause_before_the_cue_starts_the_quote_going_on_after_it_in_lower_case(analyze, text, fragment, lead):
    # the quote goes on in lower case: the clause before the cue is its start
    a = analyze(text)
    q = quote_with(a, fragment)
    assert q.kind == "partial" and q.speaker_name == "Mary Brandt"
    assert text[q.context_pieces[0][0] : q.context_pieces[0][1]] == lead
    check_offsets(text, a)


@pytest.mark.parametrize(
    "second",
    [
        "Unless rivals quit the race, “it is very difficult to stop him.”",
        # (a quote running on past its sentence, with no cue after it, goes on the same way)
        "He has led “a long reorganization. And I think there is fatigue.”",
    ],
)
def test_a_sentence_continuing_a_quote_after_its_cue_clause_is_a_piece_of_it(analyze, second):
    text = "“It is an enormous moment,” Mr. Chen said. " + second
    a = analyze(text)
    assert len(a.quotes) == 1
    q = a.quotes[0]
    assert q.kind == "partial" and q.speaker == "Mr. Chen"
    assert [text[s:e] for s, e in q.context_pieces] == ["“It is an enormous moment,”", second]


@pytest.mark.parametrize(
    "cue, second",
    [
        ("said Mara Lind", "Her club offers rides to the capital, tips about the “Freedom Vans” and a meal plan."),
        # a quote opening in the next sentence and running on past its end, then the
        # writer's words: not a fragment that ends the sentence
        ("Mara Lind said", "The old mayors “were stiff. They were not fun. There was no joy” in the town hall, Omar Haddad said."),
        # the writer's own sentence about the speaker, by name
        ("said farmer Mara Lind", "A voter who backs the mayor, Lind lost her barn when “a stranger set fire to my hay for fun.”"),
    ],
)
def test_a_fragment_inside_the_next_sentence_is_not_a_piece_of_the_quote_before(analyze, cue, second):
    text = f"“Nobody asked the riders what they wanted,” {cue}. {second}"
    q = quote_with(analyze(text), "Nobody asked")
    assert q.kind == "direct" and q.speaker_name == "Mara Lind"
    assert text[q.start : q.end] == "Nobody asked the riders what they wanted," and len(q.pieces) <= 1


def test_a_cue_clause_ending_in_a_colon_introduces_the_next_quote_not_the_previous(analyze):
    text = "“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “The attack is the work of terrorists.”"
    a = analyze(text)
    first = quote_with(a, "We are refugees")
    assert [text[s:e] for s, e in first.pieces] == ["We are refugees,", "We are not terrorists."]
    assert first.speaker == "Ms. Alawee"
    assert quote_with(a, "The attack is").speaker == "Mr. Zahed"


def test_present_tense_plural_cue_after_the_quote(analyze):
    text = "“The kingdom is a leading nation in combating terrorism,” the Saudis state in the white paper."
    a = analyze(text)
    q = quote_with(a, "The kingdom is")
    assert q.kind == "direct" and q.cue == "state" and q.speaker.endswith("Saudis")


def test_a_quoted_tweet_ending_without_punctuation_keeps_its_cue(analyze):
    text = "“The plan is absurd and inhumane. No, Trump. -H” Clinton tweeted on Wednesday."
    a = analyze(text)
    q = quote_with(a, "The plan is absurd")
    assert q.kind == "direct" and q.cue == "tweeted" and q.speaker == "Clinton"


def test_speech_acts_with_an_object_or_infinitive_are_indirect_quotes(analyze):
    text = (
        "Senator Maria Lopez called for an independent inquiry into the contracts. "
        "Lopez urged Congress to pass the bill before the recess. "
        "Mark Chen accused the minister of hiding the figures."
    )
    a = analyze(text)
    inquiry = quote_with(a, "an independent inquiry")
    assert inquiry.kind == "indirect" and inquiry.text == "an independent inquiry into the contracts"
    assert inquiry.speaker_name == "Maria Lopez"
    assert quote_with(a, "Congress to pass the bill").cue == "urged"
    assert quote_with(a, "the minister of hiding").speaker_name == "Mark Chen"


def test_what_a_poll_found_is_attributed_to_the_poll(analyze):
    text = "A Pew survey found that most voters distrust both parties."
    a = analyze(text)
    q = quote_with(a, "most voters distrust")
    assert q.kind == "indirect" and q.cue == "found" and q.unnamed


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("A Ledger poll released Monday showed Haddad with a 16-point lead over his closest rival.", "Haddad with a 16-point lead over his closest rival"),
        ("A new Ledger poll shows Haddad with 47 percent, against 44 percent for Brandt.", "Haddad with 47 percent, against 44 percent for Brandt"),
        ("A review by the college found no record of the class.", "no record of the class"),
    ],
)
def test_what_a_poll_shows_without_a_clause_is_attributed_to_the_poll(analyze, text, shown):
    a = analyze(text)
    q = quote_with(a, shown)
    assert q.kind == "indirect" and q.text == shown and q.unnamed
    check_offsets(text, a)


def test_a_finding_set_in_a_poll_is_attributed_to_the_poll(analyze):
    text = "In a Ledger poll released Monday, 50 percent of respondents chose Brandt while 40 percent chose Haddad."
    a = analyze(text)
    q = quote_with(a, "50 percent of respondents")
    assert q.kind == "indirect" and q.cue == "In" and q.speaker == "a Ledger poll released Monday" and q.unnamed
    assert q.text == "50 percent of respondents chose Brandt while 40 percent chose Haddad"
    check_offsets(text, a)


def test_a_poll_named_inside_a_sentence_is_no_source(analyze):
    # only a poll set before the finding, with a comma, frames it; "ahead in the polls" says
    # where someone stands
    assert not analyze("Haddad is ahead in public opinion polls in Northgate.").quotes


def test_what_someone_found_is_no_finding_without_a_poll_or_report(analyze):
    text = "Police found a body in the river on Sunday."
    assert not analyze(text).quotes


def test_what_someone_was_asked_to_do_or_about_is_reported(analyze):
    text = "Haddad asked the congregation to stand to honor the victims. Okafor asked about the budget cuts he had made last year."
    a = analyze(text)
    stand = quote_with(a, "the congregation to stand")
    assert stand.kind == "indirect" and stand.cue == "asked" and stand.speaker_name == "Haddad"
    assert stand.text == "the congregation to stand to honor the victims"
    assert quote_with(a, "the budget cuts he had made").speaker_name == "Okafor"
    check_offsets(text, a)


def test_what_someone_cites_is_attributed_to_them(analyze):
    text = "Haddad withdrew from the race on Monday, citing low turnout and growing debts. The Ledger, citing internal documents, reported that the plan was dead."
    a = analyze(text)
    reasons = quote_with(a, "low turnout")
    assert reasons.kind == "indirect" and reasons.cue == "citing" and reasons.speaker_name == "Haddad"
    assert reasons.text == "low turnout and growing debts"
    assert quote_with(a, "internal documents").speaker == "The Ledger"
    assert quote_with(a, "the plan was dead").cue == "reported"
    check_offsets(text, a)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # a phrase after the fragment that the parse hung on the cue goes on with what was said
        (
            "Senator Ines Varga decried the council for “turning its back” on the city's working families. She left early.",
            "the council for “turning its back” on the city's working families",
        ),
        # but not one of when or where it was said, nor a participle's clause after a comma
        ("Ines Varga called the plan “a disaster” in an interview on Monday.", "the plan “a disaster”"),
        ("Varga praised the mayor as a “strong leader,” comparing him favourably to his rival.", "the mayor as a “strong leader,”"),
    ],
)
def test_a_phrase_hung_on_the_cue_after_a_fragment_is_in_its_clause_unless_it_sets_the_scene(analyze, text, context):
    q = analyze(text).quotes[0]
    assert q.kind == "partial"
    assert text[q.context_start : q.context_end] == context


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ('Mayor Tom Reyes likened the new rules to "burning the rulebook" - a charge that stung the council.', 'the new rules to "burning the rulebook"'),
        (
            'The fund warned of "political tensions" in rich economies that are raising uncertainty - further denting the prospects for growth.',
            '"political tensions" in rich economies that are raising uncertainty',
        ),
    ],
)
def test_a_dash_written_as_a_spaced_hyphen_ends_the_reported_clause(analyze, text, context):
    q = analyze(text).quotes[0]
    assert text[q.context_start : q.context_end] == context


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        (
            "Appearing before supporters Monday, Okafor said it was too early to congratulate winners but added, “I think you all have an idea of the results.”",
            "it was too early to congratulate winners",
        ),
        ("Brandt said the move was made by the commissioner and said, “Who are you going to trust?”", "the move was made by the commissioner"),
    ],
)
def test_a_reported_clause_ends_where_a_conjoined_cue_opens_a_quote(analyze, text, reported):
    a = analyze(text)
    indirect = quote_with(a, reported)
    assert indirect.kind == "indirect" and indirect.text == reported and indirect.cue == "said"
    direct = next(q for q in a.quotes if q.kind == "direct")
    assert direct.speaker_name == indirect.speaker_name
    check_offsets(text, a)


def test_the_one_asked_is_not_what_was_asked(analyze):
    assert not analyze("Reporters asked Haddad a question.").quotes


def test_a_fragment_cued_in_a_clause_on_what_was_asked_about_keeps_its_own_cue(analyze):
    text = (
        "Reporters on Friday asked Mary Brandt about statements she had made the previous night, "
        "when she claimed Haddad was “the founder” of the scheme."
    )
    a = analyze(text)
    (q,) = [q for q in a.quotes if q.kind == "partial"]
    assert q.text == "the founder" and q.cue == "claimed" and q.speaker_name == "Mary Brandt"
    check_offsets(text, a)


def test_calling_someone_on_the_phone_is_not_a_quote(analyze):
    text = "The governor called the mayor on Sunday. A website called “Save the Pier” appeared."
    a = analyze(text)
    assert not any("mayor" in q.text for q in a.quotes)


def test_reported_speech_nested_in_another_is_carried_by_the_outer_quote(analyze):
    text = "Mark Chen said that Lopez thinks the deal is dead."
    a = analyze(text)
    assert [(q.cue, q.text) for q in a.quotes] == [("said", "that Lopez thinks the deal is dead")]


@pytest.mark.parametrize("source", ["Poll", "Insiders", "Newspaper"])
def test_a_headline_led_by_a_poll_or_sources_and_a_colon_is_theirs(analyze, source):
    text = f"{source}: Haddad and Brandt hold narrow leads in Northgate.\n\nBoth candidates campaigned on Sunday."
    a = analyze(text)
    q = quote_with(a, "hold narrow leads")
    assert q.kind == "indirect" and q.cue == ":" and q.speaker == source
    assert q.text == "Haddad and Brandt hold narrow leads in Northgate."
    check_offsets(text, a)


def test_a_headline_led_by_a_rubric_and_a_colon_is_no_quote(analyze):
    text = "The Latest: Haddad wins the Northgate caucuses.\n\nHaddad won on Sunday."
    assert not analyze(text).quotes


def test_a_line_led_by_a_name_and_a_colon_is_attributed_to_that_person(analyze):
    text = (
        "Marco Rubio: You Don’t Win The Nomination By How Many States You Win.\n\n"
        "With four contests left, Senator Marco Rubio spoke in Florida.\n\n"
        "Editor’s note: this story was updated on Friday.\n\n"
        "Rubio: “We are going to win Florida.”"
    )
    a = analyze(text)
    headline = quote_with(a, "You Don’t Win")
    assert headline.kind == "indirect" and headline.speaker_name == "Marco Rubio"
    line = quote_with(a, "We are going to win Florida")
    assert line.kind == "direct" and line.speaker_name == "Marco Rubio"
    assert not any("story was updated" in q.text for q in a.quotes)
    check_offsets(text, a)


def test_verbs_of_saying_with_an_infinitive_or_object_report_it(analyze):
    text = "Donald Trump told Jeb Bush to quiet down during the exchange. Lopez announced a plan to cut taxes."
    a = analyze(text)
    assert quote_with(a, "Jeb Bush to quiet down").cue == "told"
    assert quote_with(a, "a plan to cut taxes").speaker_name == "Lopez"


def test_the_person_told_or_asked_is_not_what_was_said(analyze):
    text = "The reporter asked him a question on Monday. Then Maria Lopez told the students."
    a = analyze(text)
    assert a.quotes == ()


def test_a_fronted_what_or_which_and_its_complement_make_the_clause_without_the_speaker(analyze):
    text = "Voters heard what the senator described as “a plan for the middle class.”"
    a = analyze(text)
    q = quote_with(a, "a plan for the middle class")
    assert q.kind == "partial" and q.cue == "described"
    assert [text[s:e] for s, e in q.context_pieces] == ["what", "as “a plan for the middle class.”"]


def test_a_relative_pronoun_speaker_resolves_to_the_noun_it_follows(analyze):
    text = "The vote came from the St. Paul City Council, which said the city “condemns anti-Muslim speech.”"
    a = analyze(text)
    q = quote_with(a, "condemns anti-Muslim speech")
    assert q.speaker == "which" and "City Council" in q.speaker_name


def test_a_relative_pronoun_after_a_list_of_names_stands_for_the_name_right_before_it(analyze):
    # (the parse hangs the clause on the list's first name)
    text = (
        "The guests included officials like Mayor Tom Reyes, as well as celebrities like Dana Whitfield, Will Carver, "
        "Robert Lind, Patti Moreau and Stevie Okafor, who joked of the museum, ''I haven't seen it yet, but I'm going to.''"
    )
    q = quote_with(analyze(text), "I haven't seen it yet")
    assert q.speaker == "who" and q.speaker_name == "Stevie Okafor"


def test_a_liveblog_time_stamp_is_not_the_speaker(analyze):
    text = "6:50 p.m.\n\nWith her husband standing by her side, Hillary Clinton has told her supporters that “we are in this together.”"
    a = analyze(text)
    q = quote_with(a, "we are in this together")
    assert q.speaker == "Hillary Clinton"


def test_according_to_in_the_middle_of_a_sentence_leaves_its_content_in_two_pieces(analyze):
    text = "Among Supreme Court precedents at risk, according to the analysis, are 16 cases involving unions."
    a = analyze(text)
    q = quote_with(a, "Among Supreme Court precedents")
    assert q.cue == "according to"
    assert [text[s:e] for s, e in q.pieces] == ["Among Supreme Court precedents at risk", "are 16 cases involving unions"]


def test_a_speech_noun_with_an_owner_and_a_that_clause_is_an_indirect_quote(analyze):
    text = "Mark Chen visited London on Monday. The trip was overshadowed by his warning that Britain would go to the back of the queue."
    a = analyze(text)
    q = quote_with(a, "Britain would go")
    assert q.kind == "indirect" and q.cue == "warning" and q.speaker == "his" and q.speaker_name == "Mark Chen"


def test_the_preposition_of_a_phrasal_cue_is_not_part_of_the_reported_content(analyze):
    text = "Senator Maria Lopez called for a “deportation force” on Wednesday."
    a = analyze(text)
    q = quote_with(a, "deportation force")
    assert q.kind == "partial" and text[q.context_start : q.context_end].startswith("a “deportation force”")


def test_manner_of_speaking_and_as_x_put_it_are_cues(analyze):
    text = (
        "During the debate, Hillary Clinton cracked, “I am a progressive who likes to get things done.”\n\n"
        "As Akhil Amar, a professor at Yale, put it, “Senate Republicans should remember that a compromise "
        "candidate may be better for them.”"
    )
    a = analyze(text)
    assert quote_with(a, "I am a progressive").cue == "cracked"
    q = quote_with(a, "Senate Republicans should remember")
    assert q.cue == "put" and q.speaker_name == "Akhil Amar"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            (
                "The budget fight went on. A chorus of council members has said the same thing, including the former mayor "
                "Tom Okafor -- “It is wrong for a city to hide its budget from the voters” -- and Mary Brandt, a former treasurer."
            ),
            "It is wrong for a city",
            "Tom Okafor",
        ),
        (
            (
                "Omar Haddad spoke on Monday. Mr. Haddad hardly clarified the matter, treating Ms. Brandt's remark first as a "
                "compliment -- ''That makes me smart'' -- and, when questioned after the debate, asserting, ''Of course, I pay my taxes.''"
            ),
            "That makes me smart",
            "Omar Haddad",
        ),
        (
            (
                "The rally ended late. When Omar Haddad finally wrapped up — “I will fight for you, and I will win for you!” — "
                "the balloons came down on the crowd."
            ),
            "I will fight for you",
            "Omar Haddad",
        ),
    ],
)
def test_a_clause_quoted_between_dashes_is_the_named_person_s_or_the_interrupted_clause_subject_s(analyze, text, fragment, speaker):
    a = analyze(text)
    q = quote_with(a, fragment)
    assert q.kind == "direct" and q.text.startswith(fragment) and q.speaker_name == speaker
    check_offsets(text, a)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Asked which park was his favorite, he demurred: “Whichever one I’m in at the moment.”", "demurred"),
        ("Haddad clashed with the mayor at the hearing, chiding her, “What difference does the date make?”", "chiding"),
        ("He implied a city judge was biased and “hostile” because the judge is from Lakeview.", "implied"),
    ],
)
def test_declining_chiding_and_implying_are_cues(analyze, sentence, cue):
    text = f"Omar Haddad toured the parks on Sunday. {sentence}"
    a = analyze(text)
    q = next(q for q in a.quotes if q.text.startswith(("Whichever", "What difference", "hostile")))
    assert q.kind == ("partial" if q.text == "hostile" else "direct")
    assert q.cue == cue and q.speaker_name == "Omar Haddad"


def test_a_counted_subject_after_a_quote_with_its_cue_read_as_a_noun_cues_it(analyze):
    # the parse reads "write" as a noun; the words after the quote still name who wrote
    text = (
        "“You seem to have picked a new standard out of thin air to describe the actions of Mary Brandt,” "
        "the two write. “We do not understand the need.”"
    )
    a = analyze(text)
    q = quote_with(a, "picked a new standard")
    assert q.kind == "direct" and q.cue == "write" and len(q.pieces) == 2
    assert text[q.pieces[1][0] : q.pieces[1][1]] == "We do not understand the need."
    check_offsets(text, a)


def test_reacted_and_riffed_cue_a_quote_before_them(analyze):
    text = (
        "“Haddad said in his speech that the mill will stay open. What mill is he talking about?” reacted Mary Brandt.\n\n"
        "“Senator, let me help you out - the answer is no,” the party’s nominee riffed, drawing laughs from the crowd."
    )
    a = analyze(text)
    q = quote_with(a, "What mill is he talking about")
    assert q.kind == "direct" and q.cue == "reacted" and q.speaker_name == "Mary Brandt"
    q = quote_with(a, "let me help you out")
    assert q.kind == "direct" and q.cue == "riffed" and q.speaker == "the party’s nominee"
    check_offsets(text, a)


def test_referring_to_reports_whom_the_speaker_meant(analyze):
    text = "“We need steady hands,” Clinton told the group, referring to the business mogul but not naming him."
    a = analyze(text)
    q = quote_with(a, "the business mogul")
    assert q.kind == "indirect" and q.cue == "referring" and q.text == "the business mogul"


def test_a_question_by_an_interviewer_the_text_never_names_is_no_ones_words(analyze):
    # the one asked is the clause's subject; what the unnamed asker asked is only the topic
    for text, topic in [
        ("Asked about her weaknesses, the senator shifted topics.", "her weaknesses"),
        ("“I was stuck,” said Ruiz, who was asked how much he had paid for his ticket.", "how much he had paid"),
        ("Lind reportedly said “there is no way” when asked why Okafor did not get a spot in the show.", "why Okafor"),
        ("When asked about the scandal at the premiere, she looked steely and said she was angry.", "the scandal"),
        # (a participle the parse tags as a past tense, "she" taken for who asked)
        ("Ilse Brandt talks about the film.\nWhen asked about the scandal on the red carpet at the October premiere "
         "for her Broadway play, “The Harbour Wife,” an intrigue about a proud woman in Kessmouth written by "
         "“Tidewater” creator Ola Brenn, she looked steely and said she was waiting to feel less angry.", "the scandal"),
        # (nor is a cue inside the question a report: "he still believes" is what was asked)
        ("“I stand by everything I said,” the senator told reporters on Thursday when asked if he still believes "
         "Okafor cannot be trusted with the codes.", "cannot be trusted"),
        ("Anyone with information is asked to call police on 0845 125 2222 or Crimestoppers anonymously.", "police"),
    ]:
        a = analyze(text)
        assert not any(topic in q.text for q in a.quotes), text


def test_a_quote_followed_by_when_asked_is_direct_and_the_question_is_separate(analyze):
    text = "Sanders had said, “We will see,” when asked whether he would raise money for other candidates."
    a = analyze(text)
    q = quote_with(a, "We will see")
    assert q.kind == "direct" and q.speaker == "Sanders"
    assert not any("whether he would raise money" in q.text for q in a.quotes)


def test_a_dash_and_a_name_closing_the_paragraph_sign_the_quote(analyze):
    text = (
        "Readers wrote in after the town meeting.\n"
        "“The new bridge will cut my commute in half. I am grateful.” ― Marta Quinlan\n"
        "“Nobody asked the farmers what they needed.”\u00a0— Tomas Ruiz.\n"
        "\"Fix the roads first.\" - Ada Brook\n"
    )
    a = analyze(text)
    q = quote_with(a, "The new bridge")
    assert q.kind == "direct" and q.speaker_name == "Marta Quinlan"
    q = quote_with(a, "Nobody asked the farmers")
    assert q.kind == "direct" and q.speaker_name == "Tomas Ruiz"
    q = quote_with(a, "Fix the roads first")
    assert q.kind == "direct" and q.speaker_name == "Ada Brook"
    check_offsets(text, a)


def test_a_right_mark_typed_to_open_a_paragraph_opens_the_quote(analyze):
    text = "The mayor spoke to reporters on Monday.\n”We will rebuild the pier before summer,” said Mayor Lena Ortiz."
    a = analyze(text)
    q = quote_with(a, "We will rebuild the pier")
    assert q.kind == "direct" and q.text == "We will rebuild the pier before summer,"
    assert q.speaker_name == "Lena Ortiz"


def test_quoted_words_inside_a_reported_clause_make_it_a_partial_quote(analyze):
    text = "The fact-checkers examined Governor Alma Reyes’s claim that there were “hundreds of closures” in rural clinics last year."
    a = analyze(text)
    q = quote_with(a, "hundreds of closures")
    assert q.kind == "partial"
    assert text[q.context_start : q.context_end] == "that there were “hundreds of closures” in rural clinics last year"
    check_offsets(text, a)


def test_a_framed_fragment_leaves_out_when_and_where_the_speaker_framed_it(analyze):
    text = "Senator Ruth Calder described the tariff plan as a “slow-motion disaster” during a campaign stop in Dayton."
    a = analyze(text)
    q = quote_with(a, "slow-motion disaster")
    assert q.kind == "partial" and q.speaker_name == "Ruth Calder"
    assert text[q.context_start : q.context_end] == "the tariff plan as a “slow-motion disaster”"
    check_offsets(text, a)


def test_a_fronted_setting_before_the_cue_leaves_the_quote_direct(analyze):
    text = "In an interview with a local radio station, Walker said, “I’ve lost a lot of friends over this race.”"
    a = analyze(text)
    q = quote_with(a, "I’ve lost a lot of friends")
    assert q.kind == "direct" and q.speaker_name == "Walker"
    check_offsets(text, a)


def test_a_quote_after_a_comma_ending_a_clause_of_the_cue_is_partial_with_that_clause(analyze):
    text = "Senator Dana Reid said that once the Senate goes on recess, “I intend to campaign wherever I can be helpful.”"
    a = analyze(text)
    q = quote_with(a, "I intend to campaign")
    assert q.kind == "partial" and q.cue == "said" and q.speaker_name == "Dana Reid"
    assert text[q.context_start : q.context_end].startswith("that once the Senate goes on recess, “I intend")
    check_offsets(text, a)


def test_a_quote_set_off_by_a_colon_after_the_cue_and_its_object_stays_direct(analyze):
    text = "Mayor Lena Ortiz issued a statement on Sunday: “Our city will recover from this storm.”"
    a = analyze(text)
    q = quote_with(a, "Our city will recover")
    assert q.kind == "direct" and q.speaker_name == "Lena Ortiz"
    check_offsets(text, a)


def test_sung_words_are_quoted_by_the_singer(analyze):
    text = "On stage in Denver, the singer Mara Vale sang, “We will walk this road together.”"
    a = analyze(text)
    q = quote_with(a, "We will walk this road")
    assert q.kind == "direct" and q.speaker_name == "Mara Vale"


def test_a_show_told_or_a_work_written_in_title_case_is_not_a_quote(analyze):
    text = "“The budget is fair,” Senator Ines Marr told “Morning Desk,” adding that talks would resume. The playwright who wrote “Lost Harbor,” Ada Finch, was there."
    a = analyze(text)
    assert [q.text for q in a.quotes if q.kind == "direct"] == ["The budget is fair,"]
    assert not any("Morning Desk" in q.text or "Lost Harbor" in q.text for q in a.quotes)


def test_a_word_inside_the_quote_parsed_as_the_subject_does_not_hide_the_speaker_after_it(analyze):
    text = (
        "The senator left the hearing early.\n"
        "“My reaction, that was outrageous,” the senator's former chief of staff said in an interview with a radio host."
    )
    a = analyze(text)
    q = quote_with(a, "My reaction, that was outrageous")
    assert q.kind == "direct" and q.cue == "said"
    assert "chief of staff" in q.speaker
    check_offsets(text, a)


def test_a_closing_mark_typed_before_an_ellipsis_opens_a_paragraph_quote(analyze):
    text = "The mayor spoke at length about the flood.\n” … what we saw this week was a city that looks after its own,” she said."
    a = analyze(text)
    q = quote_with(a, "what we saw this week")
    assert q.kind == "direct" and q.cue == "said" and q.speaker == "she"
    check_offsets(text, a)


def test_a_speaker_whose_apposition_the_parse_read_as_a_verb_and_subject_is_the_name(analyze):
    # "ages" read as a verb with the name as its subject, and as the subject of "said"
    text = (
        "“The kids love seeing the elephants up close,” said Dana Roche, a nurse who volunteers at the shelter. "
        "She added that her family had never been to a rodeo.\n"
        "Whit Haney, co-founder of ParentsForPets.org and a father of two boys ages 10 and 12, said they usually skip "
        "circuses because of the “harsh treatment” of the animals."
    )
    q = quote_with(analyze(text), "harsh treatment")
    assert q.speaker == "Whit Haney" and q.speaker_name == "Whit Haney"


def test_a_cue_after_a_long_apposition_of_the_speaker_is_found(analyze):
    text = (
        "Budget experts weigh in on the mayor's tax plan and all the analysts I interviewed agreed\n\n"
        "''It has the great virtue of being fiscally careful,'' Maria E. Ostrova, director of the centrist "
        "Lake-Harbor Budget Policy Center and a professor at the Baxter School of Lakeview University, said of "
        "the mayor's plan. ''It doesn't make our long-term problems worse.''"
    )
    a = analyze(text)
    q = quote_with(a, "It has the great virtue")
    assert q.kind == "direct" and q.cue == "said" and q.speaker_name == "Maria E. Ostrova"
    assert len(q.pieces) == 2
    check_offsets(text, a)


def test_initials_and_a_title_abbreviation_in_the_cue_clause_do_not_end_the_sentence(analyze):
    text = (
        "The vote was held on Friday.\n"
        "“This is a sad day,” said Rep. J.R. Tolland, head of the rural caucus. “We will keep fighting for farmers.”\n"
        "“Nothing changes tonight,” said the Rev. Anne Marlow, of Grace Church. “Our doors stay open.”"
    )
    a = analyze(text)
    q = quote_with(a, "This is a sad day")
    assert len(q.pieces) == 2 and "keep fighting" in text[q.pieces[1][0] : q.pieces[1][1]]
    q = quote_with(a, "Nothing changes tonight")
    assert len(q.pieces) == 2 and "doors stay open" in text[q.pieces[1][0] : q.pieces[1][1]]
    check_offsets(text, a)


def test_a_direct_quote_inside_the_clause_around_its_cue_is_one_quote_with_the_fragment_after(analyze):
    text = 'Ms. Alvarez dismissed the ruling as the view of a single judge. "You know, I respect Judge Pell," she said, but "when it comes to zoning cases, Pell has a long record of siding with developers."'
    a = analyze(text)
    said = [q for q in a.quotes if q.cue == "said"]
    assert len(said) == 1
    q = said[0]
    assert q.kind == "partial" and len(q.pieces) == 2
    assert text[q.pieces[0][0] : q.pieces[0][1]].startswith("You know, I respect")
    check_offsets(text, a)


def test_a_reported_clause_starts_at_its_that_not_at_the_setting_before_it(analyze):
    text = 'The coach spoke after the game.\n\nHe also told his players on a regular basis that "defense is the answer."'
    a = analyze(text)
    q = quote_with(a, "defense is the answer")
    assert q.kind == "partial"
    assert text[q.context_start : q.context_end].startswith('that "defense')
    check_offsets(text, a)


@pytest.mark.parametrize(
    "text, fragment, speaker, clause",
    [
        # "to be able to …" has no subject of its own; its "that" still starts what was told
        (
            (
                "Haddad tells reporters outside a polling station in Greenville that “to be able to beat "
                "expectations would be helpful. I think we’ll do that.”"
            ),
            "beat expectations", "Haddad", "that “to be able",
        ),
        # the parse hangs "that Republicans will take …" on "debate", with "that" as its object
        (
            (
                'Mary Brandt, a Republican contender, predicted at the most recent debate that Republicans will '
                'take "every state" if Okafor wins the nomination.'
            ),
            "every state", "Mary Brandt", "that Republicans will take",
        ),
    ],
    ids=["told-someone-that-without-a-subject", "that-read-as-a-relative-on-the-setting"],
)
def test_a_that_clause_after_the_one_told_or_the_setting_starts_what_was_said(analyze, text, fragment, speaker, clause):
    a = analyze(text)
    q = quote_with(a, fragment)
    assert q.kind == "partial" and q.speaker_name == speaker
    assert text[q.context_start : q.context_end].startswith(clause)
    check_offsets(text, a)


def test_a_person_named_right_before_a_colon_introduces_the_quote(analyze):
    text = (
        "The late surge in the polls does not surprise the pollster Dana Whitfield: “Lesser-known candidates "
        "who win early contests usually see the biggest boost.”"
    )
    a = analyze(text)
    q = quote_with(a, "Lesser-known candidates")
    assert q.kind == "direct" and q.speaker_name == "Dana Whitfield"
    check_offsets(text, a)


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Haddad’s letter makes a careful case:", "Haddad’s letter"),
        ("The economist Dana Whitfield went so far as to say:", "The economist Dana Whitfield"),
    ],
)
def test_a_people_or_document_noun_as_subject_of_the_clause_a_colon_ends_introduces_the_quote(analyze, lead, speaker):
    text = f"The park plan has critics.\n\n{lead} “The council owes the city an answer. We will wait for it.”\n\nThe vote is on Monday."
    a = analyze(text)
    q = quote_with(a, "The council owes the city")
    assert q.kind == "direct" and q.speaker == speaker
    check_offsets(text, a)


def test_people_in_an_earlier_clause_than_the_one_a_colon_ends_do_not_introduce_the_quote(analyze):
    text = (
        "In the hours after 14 people were killed in Lakeview, Ore., a familiar voice celebrated the attacks on Twitter: "
        "''Lakeview, we have already arrived with our soldiers. Decide how to be your end, with knife or bomb.''"
    )
    a = analyze(text)
    assert all(q.speaker != "14 people" for q in a.quotes)


def test_a_fragment_in_a_coordinated_there_clause_keeps_the_whole_reported_clause(analyze):
    text = 'At a briefing downtown, the fire chief also said that it was too early to tell whether the blaze was caused by wiring, and there was "no sign" yet that it was set on purpose.'
    a = analyze(text)
    q = quote_with(a, "no sign")
    assert q.kind == "partial"
    assert text[q.context_start : q.context_end].startswith("that it was too early")
    check_offsets(text, a)


def test_a_framing_verb_of_the_same_speaker_inside_a_report_frames_its_own_fragment(analyze):
    text = "Senator Hal Brenner spoke to reporters on Monday. He said he found the mayor to be “very charming” and called her housing plan “a bold step forward.”"
    a = analyze(text)
    q = quote_with(a, "a bold step forward")
    assert q.kind == "partial" and q.cue == "called" and q.speaker_name == "Hal Brenner"
    assert text[q.context_start : q.context_end] == "her housing plan “a bold step forward.”"
    first = quote_with(a, "very charming")
    assert first.cue == "said" and "bold step" not in text[first.context_start : first.context_end]
    check_offsets(text, a)


def test_an_of_or_to_phrase_right_after_a_framed_fragment_completes_it(analyze):
    text = (
        'Following a late meeting, the league board issued a statement calling the transfer "a clear violation and in open '
        'disregard" of four earlier league rulings. Later, Mayor Tom Reyes called the result "a true wake-up call" to the whole region.'
    )
    a = analyze(text)
    q = quote_with(a, "a clear violation")
    assert text[q.context_start : q.context_end].endswith("of four earlier league rulings")
    q = quote_with(a, "a true wake-up call")
    assert text[q.context_start : q.context_end] == 'the result "a true wake-up call" to the whole region'
    check_offsets(text, a)


def test_quoted_words_before_a_noun_go_with_the_noun_and_what_follows_it(analyze):
    text = (
        'The state purged voters who skipped two elections, in what critics described as a "use it or lose it" approach '
        "to voting. Critics in the council called it a “cash grab” at a time of high rents."
    )
    a = analyze(text)
    q = quote_with(a, "use it or lose it")  # (the parse breaks the phrase: its shape tells)
    assert text[q.context_start : q.context_end] == 'what critics described as a "use it or lose it" approach to voting'
    q = quote_with(a, "cash grab")  # a noun the quote does not modify stays out
    assert text[q.context_start : q.context_end] == "it a “cash grab”"
    check_offsets(text, a)


def test_a_comma_inside_the_closing_mark_ends_the_reported_clause_before_while(analyze):
    text = "Senator Hal Brenner said the budget was “a careful first step,” while critics in his own party called it timid."
    a = analyze(text)
    q = quote_with(a, "a careful first step")
    assert q.kind == "partial"
    assert text[q.context_start : q.context_end] == "the budget was “a careful first step,”"
    check_offsets(text, a)


def test_a_fragment_in_an_adverbial_clause_with_its_own_speaker_is_not_the_main_cues(analyze):
    text = "Governor Ray Holt described Senator Ann Vale as a “disgrace” after she attacked county workers and blamed the floods on “years of neglect” by the county."
    a = analyze(text)
    q = quote_with(a, "disgrace")
    assert q.cue == "described" and text[q.context_start : q.context_end] == "Senator Ann Vale as a “disgrace”"
    q = quote_with(a, "years of neglect")
    assert q.cue != "described" and q.speaker == "she"
    check_offsets(text, a)


def test_a_reported_clause_before_a_colon_and_its_quote_is_part_of_the_quote(analyze):
    text = 'Mayor Lena Ortiz toured the shelter on Monday and said she has the one quality the city needs now: "Patience -- real patience, and mixed with resolve."'
    a = analyze(text)
    q = quote_with(a, "Patience -- real patience")
    assert q.kind == "partial" and q.speaker_name == "Lena Ortiz"
    assert text[q.context_start : q.context_end].startswith("she has the one quality")
    check_offsets(text, a)


def test_a_colon_after_the_cue_and_its_object_alone_keeps_the_quote_direct(analyze):
    text = 'Mayor Lena Ortiz told reporters on Monday: "Patience is what the city needs now."'
    a = analyze(text)
    q = quote_with(a, "Patience is what")
    assert q.kind == "direct"


def test_exhorting_someone_to_quoted_words_is_a_partial_quote(analyze):
    text = 'At the rally, Senator Ann Vale exhorted her supporters to "protect the river" before the vote.'
    a = analyze(text)
    q = quote_with(a, "protect the river")
    assert q.kind == "partial" and q.cue == "exhorted" and q.speaker_name == "Ann Vale"
    check_offsets(text, a)


def test_a_quote_nested_in_the_same_curly_marks_stays_inside_the_outer_quote(analyze):
    text = "The letters kept coming.\n“As a nurse, I’d rather live in what he calls “chaos” than live in a city run by him.” ― Rosa Delgado"
    a = analyze(text)
    q = quote_with(a, "As a nurse")
    assert q.kind == "direct" and q.text.endswith("a city run by him.")
    assert q.speaker_name == "Rosa Delgado"
    assert not any(x.text == "chaos" for x in a.quotes)
    check_offsets(text, a)


def test_a_participle_after_a_comma_and_an_adverb_ends_the_reported_clause(analyze):
    text = 'Coach Dan Miller told reporters he would consider it "a personal failure" if the team lost again, implicitly putting his own job on the line as the season nears its end.'
    a = analyze(text)
    q = quote_with(a, "a personal failure")
    assert text[q.context_start : q.context_end] == 'he would consider it "a personal failure" if the team lost again'
    check_offsets(text, a)


def test_a_curly_quote_nested_in_a_straight_quote_stays_inside_it(analyze):
    text = (
        'The pollster Dana Whitfield went on.\n'
        '"The numbers are close, and I will read you the question: “Do you think the mayor is fit to serve?” '
        'Forty-one, yes; forty-four, no," Whitfield said.'
    )
    a = analyze(text)
    q = quote_with(a, "The numbers are close")
    assert q.kind == "direct" and q.text.rstrip(",").endswith("forty-four, no")
    assert q.speaker_name == "Dana Whitfield"
    check_offsets(text, a)


def test_a_curly_quote_nested_in_a_straight_quote_running_over_paragraphs_stays_inside_it(analyze):
    # each paragraph of a long quote opens with a mark and only the last one closes; a curly
    # quote inside the first must not stand for the whole
    text = (
        "Council member Omar Haddad called for the city manager to resign on Tuesday.\n\n"
        "Mr. Haddad stated:\n\n"
        '"The city isn’t about “Service First” anymore. It’s about the manager’s own vision of the budget.\n\n'
        '"The latest example is the bridge contract, which lets the contractor set the schedule.\n\n'
        '"The council was supposed to guard the budget. I’ll stop this at the door."\n\n'
        "The bridge contract was signed in March."
    )
    a = analyze(text)
    q = quote_with(a, "The city isn’t about")
    assert q.kind == "direct" and len(q.pieces) == 3
    assert q.text.endswith("I’ll stop this at the door.")
    assert q.speaker_name == "Omar Haddad"
    assert not any(x.text.startswith("Service First") for x in a.quotes)
    check_offsets(text, a)


def test_a_nickname_in_quotation_marks_inside_a_name_is_not_a_quote(analyze):
    text = (
        "Hundreds came to the picnic.\n\n"
        '"This is a big year for our county, folks!" the mayor\'s niece, state Del. Marcia "Cia" Loren (D-Lakeview), '
        'shouted to the crowd. "The whole state is watching."'
    )
    a = analyze(text)
    assert not any("Cia" == q.text or q.text.startswith("Cia") for q in a.quotes)
    q = quote_with(a, "This is a big year")
    assert q.kind == "direct" and q.cue == "shouted" and len(q.pieces) == 2
    check_offsets(text, a)


def test_going_on_to_say_gives_the_reported_clause_to_say(analyze):
    text = '"We have a lot of work to do," Mayor Ann Vale said, going on to say that the city has spent "decades waiting for a real plan."'
    a = analyze(text)
    q = quote_with(a, "decades waiting")
    assert q.kind == "partial" and q.cue == "say" and q.speaker_name == "Ann Vale"
    assert text[q.context_start : q.context_end].startswith("that the city has spent")
    check_offsets(text, a)


def test_a_clause_with_a_modal_before_a_comma_set_quote_makes_it_partial(analyze):
    text = "''The museum tells our story,'' Ms. Vale said. And perhaps, she said, it could help a young visitor see the work of nurses who, ''in good times and bad, are struggling to keep this city healthy.''"
    a = analyze(text)
    q = quote_with(a, "in good times and bad")
    assert q.kind == "partial" and q.cue == "said"
    assert text[q.context_start : q.context_end].startswith("it could help a young visitor")
    check_offsets(text, a)


def test_words_named_as_someones_phrase_are_their_quote(analyze):
    text = "Senator Ann Vale has used the phrase “water justice” often in her campaign, and her rivals have noticed."
    a = analyze(text)
    q = quote_with(a, "water justice")
    assert q.cue == "used" and q.speaker_name == "Ann Vale"
    check_offsets(text, a)


def test_a_source_named_before_a_colon_after_a_dash_gets_the_quote(analyze):
    text = (
        "Suburban turnout is up in the latest surveys - Harlow Research: “All the samples we checked "
        "include more engaged voters than the census suggests.” [Harlow.]\n"
    )
    a = analyze(text)
    q = quote_with(a, "All the samples we checked")
    assert "Harlow" in (q.speaker_name or "")
    # the newsletter's bracketed credit after the quote is not part of it
    assert q.kind == "direct" and q.text.endswith("census suggests.")
    check_offsets(text, a)


def test_a_quote_after_a_dash_and_a_source_left_unclosed_runs_to_the_end_of_its_line(analyze):
    text = (
        "Turnout models need work - More from Dana Whitfield: “The partisanship of a state is a starting point "
        "in reading its vote. But its size matters as much. [Gallup.]\n\nThe next item is about money.\n"
    )
    a = analyze(text)
    q = quote_with(a, "partisanship of a state")
    assert q.kind == "direct" and q.speaker_name == "Dana Whitfield"
    assert q.speaker == "Dana Whitfield"  # as written: the name the format sets apart
    assert q.text.endswith("matters as much.")
    check_offsets(text, a)


def test_a_presenting_clause_naming_a_person_before_a_colon_gives_them_the_quote(analyze):
    text = (
        "The mantra is old. Here’s Mary Brandt in December 1992: “Our new direction must rest on the new "
        "realities of global competition. What you earn depends on what you can learn.”\nThis is the mantra."
    )
    q = quote_with(analyze(text), "Our new direction")
    assert q.kind == "direct" and q.cue == ":" and q.speaker_name == "Mary Brandt"


def test_a_quote_after_a_colon_is_said_by_the_subject_of_the_clause_the_colon_ends(analyze):
    text = (
        "Mary Brandt became so upset, and started driving so fast, that Omar Haddad had to change his answer: "
        "“Of course I believe in the storm. I was just kidding.” The car slowed."
    )
    q = quote_with(analyze(text), "Of course I believe")
    assert q.kind == "direct" and q.speaker_name == "Omar Haddad"
    assert q.context_start is None


def test_a_continued_name_colon_line_is_one_quote_not_two(analyze):
    text = (
        "Dr. Lena Ward stated:\n\n"
        "“The department is not about fairness any more. It is about power.”\n\n"
        "Continued Ward: “So I think it is a very real problem.”\n"
    )
    a = analyze(text)
    assert len([q for q in a.quotes if "a very real problem" in q.text]) == 1
    check_offsets(text, a)


def test_from_the_report_before_a_colon_attributes_the_quote_to_the_report(analyze):
    text = (
        "Not all web panels are equal. From the report: “In general, samples with longer field "
        "periods were more accurate.”\n"
    )
    a = analyze(text)
    q = quote_with(a, "samples with longer field periods")
    assert q.kind == "direct" and "report" in (q.speaker or "")
    check_offsets(text, a)


def test_a_cue_verb_tagged_as_a_participle_after_the_quote_still_cues_it(analyze):
    text = "The reporter asked about the border.\n\n“Go back to your seat,” Trump barked and a guard escorted him out."
    a = analyze(text)
    q = quote_with(a, "Go back to your seat")
    assert q.kind == "direct" and q.cue == "barked" and q.speaker == "Trump"
    check_offsets(text, a)


def test_an_age_used_as_a_noun_is_the_speaker_as_written(analyze):
    text = "The clip was posted on Thursday.\n\n“What if the mayor had elocution lessons?” the 43-year-old asked in the video."
    a = analyze(text)
    q = quote_with(a, "elocution lessons")
    assert q.cue == "asked" and q.speaker == "the 43-year-old"
    check_offsets(text, a)


def test_the_speaker_as_written_never_reaches_back_into_the_quote(analyze):
    text = (
        "The press conference was on Monday.\n\n“Very good reporter, very good reporter this guy,” "
        "Smith, the 2016 presidential frontrunner, said on Monday."
    )
    a = analyze(text)
    q = quote_with(a, "this guy")
    assert q.speaker == "Smith"
    check_offsets(text, a)


def test_a_speaker_the_parser_leaves_without_its_verb_is_the_noun_of_the_relative_clause(analyze):
    text = (
        "Although there is no overlap with the Lindqvist team, a ministry official who spoke anonymously "
        'said Wednesday, "Certainly there are talks between the ministry and the campaign."'
    )
    q = quote_with(analyze(text), "Certainly there are talks")
    assert q.kind == "direct" and q.cue == "said"
    assert q.speaker.startswith("a ministry official") and q.unnamed


def test_one_more_sentence_after_the_cue_still_joins_the_next_quote_to_the_first(analyze):
    text = (
        "“These harbours are tiny,” Marta Olsen said. They also sit far from any rail line. "
        "“Nobody campaigns out here.”"
    )
    q = quote_with(analyze(text), "harbours are tiny")
    assert [text[s:e] for s, e in q.pieces] == ["These harbours are tiny,", "Nobody campaigns out here."]
    assert q.speaker_name == "Marta Olsen"


def test_a_fronted_phrase_of_the_speaker_is_part_of_what_was_said_but_a_fronted_setting_is_not(analyze):
    text = 'Bo Lindqvist spoke at length. In other words, he said, "the era of easy money is over."'
    q = quote_with(analyze(text), "the era of easy money")
    assert q.kind == "partial" and q.speaker_name == "Bo Lindqvist"
    assert text[q.context_pieces[0][0] : q.context_pieces[0][1]] == "In other words"
    text = 'Bo Lindqvist spoke at length. In an interview on Tuesday, he said, "the era of easy money is over."'
    q = quote_with(analyze(text), "the era of easy money")
    assert q.kind == "direct" and q.context_start is None


def test_a_fragment_whose_comma_ends_the_reported_clause_makes_it_a_partial_quote(analyze):
    text = "Contrary to his claim that voters would ''learn nothing,'' there would be a wealth of information."
    q = quote_with(analyze(text), "learn nothing")
    assert q.kind == "partial" and q.cue == "claim"
    assert text[q.context_start : q.context_end] == "that voters would ''learn nothing,''"


def test_a_fragment_cued_inside_an_indirect_quote_is_the_outer_speakers_words(analyze):
    text = "Mayor Ilse Brandt said she had asked her “engineers” to “review” the ferry fares."
    (q,) = analyze(text).quotes
    assert q.kind == "partial" and q.cue == "said" and q.speaker_name == "Ilse Brandt"
    assert [text[s:e] for s, e in q.pieces] == ["engineers", "review"]
    assert text[q.context_start : q.context_end] == "she had asked her “engineers” to “review” the ferry fares"


def test_a_fragment_in_someones_claim_is_the_claimants_even_under_another_speech_verb(analyze):
    text = "Mayor Ilse Brandt responded to Governor Karl Moser's claim that skipping taxes made him ''smart.''"
    q = quote_with(analyze(text), "smart")
    assert q.kind == "partial" and q.cue == "claim"
    assert q.speaker == "Governor Karl Moser" and q.speaker_name == "Karl Moser"
    assert text[q.context_start : q.context_end] == "that skipping taxes made him ''smart.''"


def test_the_passive_subject_of_prompted_to_say_is_the_speaker(analyze):
    text = "The hearing was so quiet that Governor Karl Moser was prompted to say, ''Frankly, I expected a louder room tonight.''"
    q = quote_with(analyze(text), "Frankly, I expected")
    assert q.kind == "direct" and q.cue == "say"
    assert q.speaker == "Governor Karl Moser" and q.speaker_name == "Karl Moser"


def test_a_claim_whose_owner_cannot_speak_leaves_the_fragment_to_the_verb_above(analyze):
    text = "Mayor Ilse Brandt responded to the report's claim that the budget was ''balanced.''"
    q = quote_with(analyze(text), "balanced")
    assert q.kind == "partial" and q.cue == "responded" and q.speaker_name == "Ilse Brandt"


def test_an_inverted_cue_whose_speaker_is_parsed_as_its_object_names_that_speaker(analyze):
    text = (
        "Columnists across the region warned that the ferry fares would double. "
        "\"Riders should stay off the roads at night,\" opined Port Ellis's Harbor Ledger."
    )
    q = quote_with(analyze(text), "Riders should stay")
    assert q.kind == "direct" and q.cue == "opined"
    assert q.speaker == "Port Ellis's Harbor Ledger"


def test_a_participle_after_the_quote_does_not_make_its_object_the_speaker(analyze):
    text = (
        "Senator Ana Ruiz answered sharply: “If the council blocks the plan, we will appeal,” "
        "referencing the large number of ferry workers in the city."
    )
    q = quote_with(analyze(text), "we will appeal")
    assert q.speaker_name == "Ana Ruiz"


def test_saying_under_a_second_verb_takes_the_subject_of_the_first(analyze):
    text = "Dr. Lena Voss, a surgeon, appeared on the radio on Monday and began by saying she would “never” operate on a friend."
    q = quote_with(analyze(text), "never")
    assert q.kind == "partial" and q.cue == "saying" and q.speaker_name == "Lena Voss"


def test_a_participle_coordinated_with_another_frames_its_own_fragment(analyze):
    text = "Governor Moser attacked the ruling, calling the delay “unacceptable” and asserting that the only reason could be “a simple clerical error.”"
    a = analyze(text)
    second = quote_with(a, "a simple clerical error")
    assert second.cue == "asserting" and second.speaker == "Governor Moser"
    assert quote_with(a, "unacceptable").cue == "calling"


def test_the_subject_of_a_reported_clause_parsed_as_the_cues_object_opens_the_clause(analyze):
    text = "Mayor Ruiz argued her plan to expand the ferry service is especially urgent “in towns where the roads are closing.”"
    q = quote_with(analyze(text), "in towns where")
    assert q.kind == "partial" and q.cue == "argued"
    assert text[q.context_start : q.context_end] == "her plan to expand the ferry service is especially urgent “in towns where the roads are closing.”"


def test_a_because_clause_after_a_partial_quote_belongs_to_the_reported_clause(analyze):
    text = "Ida Marsh charged that Mayor Ruiz ''hid'' the audit from the council because it seemed to show a deficit."
    q = quote_with(analyze(text), "hid")
    assert q.kind == "partial" and q.cue == "charged"
    assert text[q.context_start : q.context_end].endswith("because it seemed to show a deficit")


def test_a_fragment_whose_closing_mark_is_missing_ends_with_its_paragraph(analyze):
    text = (
        "Moser said the ferry plan is “really a half-built bridge.\n\n"
        "“Our task is simple: we vote. That is our job,” Moser said. “We don’t draw up plans.”"
    )
    a = analyze(text)
    assert text[quote_with(a, "half-built").start : quote_with(a, "half-built").end] == "really a half-built bridge."
    second = quote_with(a, "Our task is simple")
    assert second.kind == "direct" and [text[s:e] for s, e in second.pieces] == ["Our task is simple: we vote. That is our job,", "We don’t draw up plans."]


def test_a_quote_of_several_sentences_after_a_lead_is_found_with_the_cue_after_it(analyze):
    text = "In 2019, “towns were short of cash. The grant kept them afloat,” Ilse Brandt said."
    q = quote_with(analyze(text), "towns were short")
    assert q.kind == "partial" and q.cue == "said" and q.speaker_name == "Ilse Brandt"
    assert text[q.context_start : q.context_end] == "In 2019, “towns were short of cash. The grant kept them afloat,”"


def test_a_title_opening_the_next_paragraph_is_not_a_piece_of_the_quote_before(analyze):
    text = (
        "“It refreshes the library,” said Peter Ruiz, chairman of the network.\n\n"
        "“Harbor Nights,” the 1990s drama that the network revived in 2010, is a case study."
    )
    a = analyze(text)
    q = quote_with(a, "It refreshes")
    assert [text[s:e] for s, e in q.pieces] in ([], ["It refreshes the library,"])
    assert not any("Harbor Nights" in text[x.start : x.end] for x in a.quotes)


def test_a_but_clause_after_a_partial_quote_stays_in_the_reported_clause(analyze):
    text = "Moser said parts of the ferry plan are “open to talks,” but only the timetable, not the fares."
    q = quote_with(analyze(text), "open to talks")
    assert q.kind == "partial"
    assert text[q.context_start : q.context_end] == "parts of the ferry plan are “open to talks,” but only the timetable, not the fares"


def test_an_infinitive_speech_verb_does_not_end_the_reported_clause(analyze):
    text = "Brandt said he was “deeply hurt” to even read the letter, arguing that “the board never asked the players.”"
    q = quote_with(analyze(text), "deeply hurt")
    assert q.kind == "partial" and q.cue == "said"
    assert text[q.context_start : q.context_end] == "he was “deeply hurt” to even read the letter"


def _parsed(words, heads=None, deps=None, pos=None, tags=None):
    """A hand-parsed (or hand-tagged) sentence, for rules that read a parse the model gives
    only in context."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_words_hanging_on_the_cue_after_its_clause_continue_what_was_said():
    from corroborate.analysis.quotes import _cue_tail

    # Varga said the plan is “ a sale ” but wants a vote .   ("but wants" hung on "said")
    words = ["Varga", "said", "the", "plan", "is", "“", "a", "sale", "”", "but", "wants", "a", "vote", "."]
    heads = [1, 1, 3, 4, 1, 7, 7, 4, 7, 1, 1, 12, 10, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct", "det", "attr", "punct", "cc", "conj", "det", "dobj", "punct"]
    doc = _parsed(words, heads, deps)
    assert _cue_tail(doc, doc[1], 9) == 13  # through "vote", not the full stop


def test_a_comma_or_a_new_subject_after_the_clause_keeps_it_where_the_parse_ended_it():
    from corroborate.analysis.quotes import _cue_tail

    # Varga said the plan is “ a sale ” , Brandt replied .
    words = ["Varga", "said", "the", "plan", "is", "“", "a", "sale", "”", ",", "Brandt", "replied", "."]
    heads = [1, 1, 3, 4, 1, 7, 7, 4, 7, 1, 11, 1, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct", "det", "attr", "punct", "punct", "nsubj", "parataxis", "punct"]
    doc = _parsed(words, heads, deps)
    assert _cue_tail(doc, doc[1], 9) == 9
    assert _cue_tail(doc, doc[1], 10) == 10  # "Brandt" hangs on "replied", not on the cue


def test_a_speaker_as_written_ends_at_a_word_not_at_spaces(analyze):
    text = "“The founders would agree,”  said  Ward  resident Dana Whitfield  when  asked about the mayor."
    q = quote_with(analyze(text), "founders")
    assert q.speaker == "Ward  resident Dana Whitfield" and text[q.speaker_start : q.speaker_end] == q.speaker


def test_a_particle_read_as_a_preposition_before_the_cue_does_not_hide_the_cue():
    from corroborate.analysis.quotes import _pattern_cue

    # …,” a voice over says as a photo is shown .   ("says" hung on the quote's verb)
    words = ["”", "a", "voice", "over", "says", "as", "a", "photo", "is", "shown", "."]
    pos = ["PUNCT", "DET", "NOUN", "ADP", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    tags = ["''", "DT", "NN", "IN", "VBZ", "IN", "DT", "NN", "VBZ", "VBN", "."]
    doc = _parsed(words, pos=pos, tags=tags)
    cue, subject = _pattern_cue(doc, 0, len(doc))
    assert cue is not None and (cue.text, subject.text) == ("says", "voice")


def test_a_when_clause_the_parse_hangs_on_the_speaker_is_no_part_of_who_spoke():
    from corroborate.analysis.quotes import _speaker_bounds

    # said Ward resident Dana Whitfield when asked about it .   ("when asked" a relative clause)
    words = ["said", "Ward", "resident", "Dana", "Whitfield", "when", "asked", "about", "it", "."]
    heads = [0, 2, 0, 4, 2, 6, 2, 6, 7, 0]
    deps = ["ROOT", "compound", "nsubj", "compound", "appos", "advmod", "relcl", "prep", "pobj", "punct"]
    doc = _parsed(words, heads, deps)
    assert _speaker_bounds(doc[2]) == (1, 5)


def test_a_speech_verb_parsed_inside_a_reported_clause_is_the_outer_speakers(analyze):
    text = "Brandt said that the new stadium was “a gift to the town” and insisted the club would pay for the roads."
    q = quote_with(analyze(text), "the club would pay")
    assert q.kind == "indirect" and q.cue == "insisted"
    assert q.speaker == "Brandt"


def test_the_statement_said_resolves_to_the_office_that_released_it(analyze):
    text = (
        "The premier's office released a statement on Friday. "
        "“We have heard enough,” the statement said."
    )
    a = analyze(text)
    q = quote_with(a, "We have heard enough")
    assert q.speaker == "the statement"
    assert q.speaker_name == "The premier's office" and q.unnamed and q.entity is None
    check_offsets(text, a)


def test_a_name_the_entity_recogniser_missed_is_a_named_speaker_not_an_unnamed_source(analyze):
    text = "On Tuesday, Mayor Ines Brandt made the following remark:\n\n“Every bridge in this city will be inspected before the winter.”"
    a = analyze(text)
    assert not any(e.name.endswith("Brandt") and e.label == "PERSON" for e in a.entities)  # the model misses her
    q = quote_with(a, "Every bridge in this city")
    assert q.speaker == "Mayor Ines Brandt"
    assert q.speaker_name == "Ines Brandt" and not q.unnamed
    check_offsets(text, a)


def test_a_quoted_name_inside_the_cue_clause_does_not_hide_the_cue(analyze):
    text = (
        "Not everyone was pleased.\n\n"
        "“We have had better conventions than this one,” Ostland delegate Bill Varga, wearing a straw hat "
        "and “Team Brandt” campaign pins, said as confetti fell around him."
    )
    a = analyze(text)
    q = quote_with(a, "We have had better conventions")
    assert q.kind == "direct" and q.cue == "said"
    assert q.speaker_name == "Bill Varga"
    assert not any("Team Brandt" in x.text for x in a.quotes)  # a name on a badge, inside the frame
    check_offsets(text, a)


def test_a_quoted_name_inside_the_cue_clause_does_not_cut_the_quote_that_goes_on_after_it(analyze):
    text = (
        '"I do not know exactly where he stands on that," said Marta Holm of Eastvale, before the barn event, '
        'a "No-B.S." barbecue hosted by Rui Almeida. "Some sort of amnesty, I think, is part of his plan."'
    )
    a = analyze(text)
    q = quote_with(a, "I do not know exactly")
    assert "Some sort of amnesty" in q.text and len(q.pieces) == 2
    assert q.speaker_name == "Marta Holm"
    assert not any("No-B.S." in x.text and x is not q for x in a.quotes)
    check_offsets(text, a)


def test_a_crowd_that_cries_out_is_a_speaker(analyze):
    text = "“Do we give up?” the senator asked.\n\n“No!” the crowd cried out, booing."
    q = quote_with(analyze(text), "No!")
    assert q.kind == "direct" and q.speaker == "the crowd"


def test_a_question_asked_by_a_name_right_after_it_is_that_persons(analyze):
    text = (
        "“Is the mayor running against the council?” asked Mr. Varga, referring to the mayor’s attack "
        "on what he calls the “crooked” budget process. “The answer is she is not.”"
    )
    a = analyze(text)
    q = quote_with(a, "Is the mayor running")
    assert q.cue == "asked" and q.speaker_name == "Varga"
    assert "The answer is she is not." in q.text
    check_offsets(text, a)


def test_the_name_after_asked_with_no_subject_is_the_one_asking():
    from corroborate.analysis.quotes import _inverted_speaker

    # “ Why ? ” asked Mr. Holt .   (the parser reads "Holt" as the object)
    words = ["“", "Why", "?", "”", "asked", "Mr.", "Holt", "."]
    heads = [4, 4, 4, 4, 4, 6, 4, 4]
    deps = ["punct", "advmod", "punct", "punct", "ROOT", "compound", "dobj", "punct"]
    doc = _parsed(words, heads, deps)
    for t, tag in zip(doc, ["``", "WRB", ".", "''", "VBD", "NNP", "NNP", "."]):
        t.tag_ = tag
        t.pos_ = {"VBD": "VERB", "NNP": "PROPN", "PRP": "PRON", "WRB": "ADV"}.get(tag, "PUNCT")
        t.lemma_ = "ask" if t.text == "asked" else t.text.lower()
    assert _inverted_speaker(doc[4]).i == 6
    # she asked Mr. Holt: a subject of its own, and Holt is asked
    words = ["“", "Why", "?", "”", "she", "asked", "Mr.", "Holt", "."]
    heads = [5, 5, 5, 5, 5, 5, 7, 5, 5]
    deps = ["punct", "advmod", "punct", "punct", "nsubj", "ROOT", "compound", "dobj", "punct"]
    doc = _parsed(words, heads, deps)
    for t, tag in zip(doc, ["``", "WRB", ".", "''", "PRP", "VBD", "NNP", "NNP", "."]):
        t.tag_ = tag
        t.pos_ = {"VBD": "VERB", "NNP": "PROPN", "PRP": "PRON", "WRB": "ADV"}.get(tag, "PUNCT")
        t.lemma_ = "ask" if t.text == "asked" else t.text.lower()
    assert _inverted_speaker(doc[5]) is None


def test_a_participle_aside_between_speaker_and_cue_is_not_the_cue(analyze):
    text = 'Oduya, asked whether the authority had consulted enough, replied: "We held fourteen public sessions. Nobody can say they were not heard."'
    a = analyze(text)
    q = quote_with(a, "We held fourteen public sessions")
    assert q.kind == "direct" and q.cue == "replied"
    assert q.speaker == "Oduya"
    check_offsets(text, a)


def test_a_name_inside_the_quote_is_not_who_the_pronoun_after_it_stands_for(analyze):
    text = (
        "Prime Minister Jonas Ekholm accepted the resignation. "
        '"Minister Strand has served this country with energy and conviction," he said in a statement.'
    )
    a = analyze(text)
    q = quote_with(a, "has served this country")
    assert q.speaker == "he" and q.speaker_name == "Jonas Ekholm"


def test_the_one_asked_in_a_participle_aside_is_not_the_one_asking(analyze):
    text = 'Oduya, asked whether the authority had consulted enough, replied: "We held fourteen public sessions. Nobody can say they were not heard."'
    a = analyze(text)
    assert not any(q.cue == "asked" and q.speaker == "Oduya" for q in a.quotes)


def test_a_title_after_memoir_or_documentary_is_not_a_quote(analyze):
    text = (
        "In his memoir, “A Season of Courage,” published in 2015, Mr. Holt described how he left the navy. "
        "The documentary “Harbor of Lights” follows three dock workers."
    )
    a = analyze(text)
    assert not any("Season of Courage" in q.text or "Harbor of Lights" in q.text for q in a.quotes)


def test_a_reported_clause_ending_in_a_percentage_keeps_the_percent_sign(analyze):
    text = "Environmental group Blue Grey Sea welcomed the cut but said scientists had recommended 15%."
    q = quote_with(analyze(text), "scientists had recommended")
    assert q.text.endswith("15%")


def test_answers_in_an_interview_transcript_are_the_interviewees_words(analyze):
    text = (
        "Nadia Okonkwo took over as Eastvale's police chief on Monday. She spoke to the Courier about staffing.\n\n"
        "Q: What is your first priority?\n\n"
        "Okonkwo: Staffing. We are 40 officers short, and that shows up in response times.\n\n"
        "Q: How long will it take to fill those posts?\n\n"
        "Okonkwo: Realistically, two years. We have a class of 18 recruits starting in March."
    )
    a = analyze(text)
    answers = [q for q in a.quotes if q.text.startswith(("Staffing.", "Realistically"))]
    assert len(answers) == 2
    assert all(q.kind == "indirect" and q.speaker == "Okonkwo" for q in answers)  # no quotation marks
    # (the small model reads "Nadia Okonkwo" as an organisation here, so no person to resolve to)
    assert not any(q.text.startswith(("What is", "How long")) for q in a.quotes)  # the questions are the paper's
    check_offsets(text, a)


def test_the_statement_said_is_the_statement_of_whoever_said_in_a_statement(analyze):
    text = (
        "Coastline Rail said in a statement that a power surge had disabled signals along the line. "
        '"We are deeply sorry," the statement said.'
    )
    a = analyze(text)
    q = quote_with(a, "We are deeply sorry")
    assert q.speaker == "the statement" and q.speaker_name == "Coastline Rail"
    check_offsets(text, a)


def test_she_after_an_unnamed_speaker_is_not_the_named_speaker_before_them(analyze):
    text = (
        '"Four hours in a tunnel with no water is a disgrace," said Helen Ackroyd of the Commuters\' Forum.\n\n'
        "One commuter, a nurse who gave only her first name, Ingrid, said she missed the start of her night shift. "
        '"Nobody told us anything," she said.'
    )
    a = analyze(text)
    q = quote_with(a, "Nobody told us anything")
    assert q.speaker_name != "Helen Ackroyd"
    check_offsets(text, a)


def test_she_right_after_an_unnamed_spokeswoman_is_that_spokeswoman(analyze):
    text = (
        "Mayor Ann Lee said the tunnel would reopen on Friday.\n\n"
        "A police spokeswoman said officers had searched the station overnight. "
        '"We are treating it as an accident for now," she said.'
    )
    a = analyze(text)
    q = quote_with(a, "We are treating it")
    assert q.speaker == "she"
    assert q.entity is None and q.unnamed and q.speaker_name == "A police spokeswoman"
    check_offsets(text, a)


def test_a_that_clause_the_parse_hung_on_the_setting_is_what_was_told(analyze):
    text = (
        "Quill, 61, showed no emotion as the verdicts were read. His lawyer, Marguerite Shaw, told reporters outside "
        'the courthouse that he would appeal. "The jury got this wrong," she said.'
    )
    a = analyze(text)
    told = quote_with(a, "he would appeal")
    assert told.kind == "indirect" and told.speaker_name == "Marguerite Shaw"
    q = quote_with(a, "The jury got this wrong")
    assert q.speaker_name == "Marguerite Shaw"
    check_offsets(text, a)


def test_a_name_in_apposition_to_the_subject_counts_as_the_subject_for_a_pronoun(analyze):
    text = (
        "Quill, 61, showed no emotion as the verdicts were read. His lawyer, Marguerite Shaw, left the court "
        'without stopping. "The jury got this wrong," she said later.'
    )
    q = quote_with(analyze(text), "The jury got this wrong")
    assert q.speaker_name == "Marguerite Shaw"


def test_a_second_piece_after_the_cue_that_the_sentence_goes_on_from_is_the_same_quote(analyze):
    text = (
        "“In breaking news,” Varga wrote last January, “the mayor wins a full-throated endorsement from her own "
        "press office,” after a spokesman praised the budget online."
    )
    a = analyze(text)
    q = quote_with(a, "In breaking news")
    assert "the mayor wins a full-throated endorsement" in q.text and len(q.pieces) == 2
    assert q.speaker_name == "Varga"
    check_offsets(text, a)


BRITISH = (
    "Ferry workers will strike for 48 hours from Friday, the Maritime Workers' Union said.\n\n"
    "‘We have given the company every chance,’ said the union’s general secretary, Ruth Calder. ‘They chose not to take it.’\n\n"
    "The company said it was ‘disappointed’ by the decision and called the workers’ demands ‘unaffordable’.\n\n"
    "One regular, Jim Doyle, 58, said: ‘It’s the third strike this year. People have had enough.’"
)


def test_single_quotation_marks_quote_in_a_text_that_uses_no_double_ones(analyze):
    a = analyze(BRITISH)
    q = quote_with(a, "We have given the company every chance")
    assert q.kind == "direct" and q.speaker_name == "Ruth Calder"
    assert "They chose not to take it." in q.text and len(q.pieces) == 2
    doyle = quote_with(a, "third strike this year")
    assert doyle.kind == "direct" and doyle.text == "It’s the third strike this year. People have had enough."
    assert any(q.kind == "partial" and q.text == "disappointed" for q in a.quotes)
    check_offsets(BRITISH, a)


STRAIGHT_SINGLE = (
    "The ferry union's members voted to strike in the '90s too.\n\n"
    "'We have given the company every chance,' said the union's general secretary, Ruth Calder. 'They chose not to take it.'\n\n"
    "The company said it was 'disappointed' by the vote of the drivers' branch.\n\n"
    "'Not long ago, the United States' biggest operator settled a strike like this.\n\n"
    "'We will do the same,' the company's chief executive, Anders Holm, said.\n\n"
    "'The ferries run on time, ' Holm added in a statement."
)


def test_straight_single_marks_quote_in_a_text_that_uses_no_double_ones(analyze):
    # the Daily Mail writes every quote in straight single marks
    a = analyze(STRAIGHT_SINGLE)
    calder = quote_with(a, "We have given the company every chance")
    assert calder.kind == "direct" and calder.speaker_name == "Ruth Calder"
    assert "They chose not to take it." in calder.text and len(calder.pieces) == 2
    assert any(q.kind == "partial" and q.text == "disappointed" for q in a.quotes)
    # a quote opening its paragraph does not end at a plural's apostrophe: it goes on into
    # the next paragraph, which opens with the same mark
    holm = quote_with(a, "Not long ago")
    assert holm.kind == "direct" and "We will do the same" in holm.text and holm.speaker_name.endswith("Holm")
    # a closing mark after a spaced comma ("time, '") still closes
    assert quote_with(a, "The ferries run on time").kind == "direct"
    assert not any("90s" in q.text for q in a.quotes)
    check_offsets(STRAIGHT_SINGLE, a)


def test_two_straight_marks_are_double_marks_and_single_ones_inside_them_no_quotes(analyze):
    text = "''The sign said 'Closed' and that was that,'' Varga said. The union's reply was short."
    a = analyze(text)
    assert [q.text for q in a.quotes if q.kind == "direct"] == ["The sign said 'Closed' and that was that,"]


def test_one_inner_quote_typed_with_two_straight_marks_leaves_a_text_of_single_ones_single(analyze):
    text = (
        "'Such moons are sometimes called ''Blood Moons'',' the astronomer, Ida Berg, said.\n\n"
        "'It will be the biggest full moon of the year,' Berg added."
    )
    a = analyze(text)
    assert quote_with(a, "biggest full moon").kind == "direct"
    assert quote_with(a, "sometimes called").speaker_name == "Ida Berg"


def test_single_marks_inside_a_text_with_double_ones_are_no_quotes_of_their_own(analyze):
    text = "“The sign said ‘Closed’ and that was that,” Varga said. The union’s reply was short."
    a = analyze(text)
    assert [q.text for q in a.quotes if q.kind == "direct"] == ["The sign said ‘Closed’ and that was that,"]


def test_she_after_a_person_the_paragraph_opens_with_is_that_person_not_the_last_speaker(analyze):
    text = (
        "Provincial Emergency Minister Karl Lindgren said 140 firefighters had been deployed.\n\n"
        "At an evacuation centre in the town's high school, Maria Lopes, 34, sat on a camp bed with her two children. "
        '"We left with the clothes we were wearing," she said.'
    )
    q = quote_with(analyze(text), "We left with the clothes")
    assert q.speaker_name == "Maria Lopes"


def test_a_characterisation_with_as_is_a_partial_quote_whatever_the_verb(analyze):
    text = (
        "Senator Harry Reid has been steadily pounding the developer as a “con artist” for weeks. "
        "Mayor Dana Holt openly admires the harbour board as a “steady hand.” "
        "The crew used the old shed as a “temporary base” during the storm."
    )
    a = analyze(text)
    q = quote_with(a, "con artist")
    assert q.kind == "partial" and q.speaker_name == "Harry Reid"
    assert "the developer as a “con artist”" in text[q.context_start : q.context_end]
    assert quote_with(a, "steady hand").speaker_name == "Dana Holt"
    assert not [q for q in a.quotes if "temporary base" in q.text]
    check_offsets(text, a)


def test_according_to_a_described_source_whose_clause_the_parse_swallowed(analyze):
    text = (
        "According to conservative talk radio host Rush Limbaugh, the move reeks of fear and desperation. "
        "According to Jane Roe, an assistant professor at Western University, the vote smells of panic."
    )
    a = analyze(text)
    q = quote_with(a, "the move reeks of fear")
    assert q.kind == "indirect" and q.speaker_name == "Rush Limbaugh"
    assert q.text == "the move reeks of fear and desperation"
    q2 = quote_with(a, "the vote smells of panic")
    assert q2.speaker_name == "Jane Roe" and "professor" not in q2.text
    check_offsets(text, a)


def test_likening_someone_to_a_quoted_label_is_a_partial_quote(analyze):
    text = "At a rally, Governor Ana Lind likened the refugees to a “vicious snake” in a song about a farmer."
    a = analyze(text)
    q = quote_with(a, "vicious snake")
    assert q.kind == "partial" and q.speaker_name == "Ana Lind" and q.cue == "likened"
    check_offsets(text, a)


def test_a_straight_mark_opening_a_paragraph_of_a_curly_quoted_text_is_no_quote(analyze):
    # pasted excerpts mark each paragraph with a stray " (a blockquote sign), never closed;
    # a quote running on into the next paragraph opens it with the same kind of mark
    text = (
        "The woman’s delight at the rally is told in detail:\n\n"
        "“Here comes the mayor,” she said, clapping. “Big Tom.”\n\n"
        "\"Her husband was asleep.\n\n"
        "“Here he is, love,” she said. “Tom’s here, love.”\n\n"
        "\"The mayor walked onto the stage to cheers."
    )
    a = analyze(text)
    assert not any("asleep" in q.text or "walked onto" in q.text for q in a.quotes)
    q = quote_with(a, "Here he is, love")
    assert [text[s:e] for s, e in q.pieces] == ["Here he is, love,", "Tom’s here, love."]
    check_offsets(text, a)


def test_going_after_someone_as_a_quoted_label_is_a_partial_quote(analyze):
    text = "In recent weeks, Senator Ana Lind has gone after the mayor as a “human leech” and a “spoiled brat.”"
    a = analyze(text)
    q = quote_with(a, "human leech")
    assert q.kind == "partial" and q.speaker_name == "Ana Lind"
    assert text[q.context_start : q.context_end].startswith("the mayor as a “human leech”")
    check_offsets(text, a)


def test_a_horizontal_bar_used_as_a_dash_does_not_take_the_speakers_place(analyze):
    # "―" (U+2015), some outlets' em dash: the model had read it as the subject of "boasted"
    text = (
        "When Clinton noted that Trump has occasionally not paid anything in federal income taxes ― "
        "as was true for the few years his tax returns were made public ― Trump boasted, “That makes me smart.”"
    )
    a = analyze(text)
    q = quote_with(a, "That makes me smart")
    assert q.speaker == "Trump" and q.cue == "boasted"
    check_offsets(text, a)


def test_a_quote_typed_without_a_space_after_the_cue_still_has_its_speaker(analyze):
    # 'said,“Look' was one token to the model: no cue, no quote
    text = (
        "Speaker Ines Brandt spoke at the council on Tuesday.\n\n"
        "Brandt said,“Look, the bridge will be inspected. The money is there.”\n\n"
        'Councillor Omar Haddad wrote:"We will check every figure."'
    )
    a = analyze(text)
    q = quote_with(a, "Look, the bridge")
    assert q.kind == "direct" and q.cue == "said" and q.speaker_name == "Ines Brandt"
    assert text[q.start : q.end].lstrip("“").startswith("Look, the bridge")
    h = quote_with(a, "We will check every figure")
    assert h.cue == "wrote" and h.speaker_name == "Omar Haddad"
    check_offsets(text, a)


def test_a_dash_and_a_name_on_the_next_line_sign_a_paragraph_long_quote(analyze):
    text = (
        "Mayor Ines Brandt and Councillor Omar Haddad spoke at the opening.\n\n"
        "“The bridge will carry twelve thousand cars a day. It took us four years.”\n\n"
        "- Ines Brandt.\n\n"
        "“Every figure in that report was checked twice.”\n\n"
        "-Councillor Omar Haddad, speaking after the vote.\n\n"
        "The opposition called the bridge “a vanity project.”\n\n"
        "- Harbor Wire.\n\n"
        "-Haddad won 61 percent of the vote in the ward."
    )
    a = analyze(text)
    q = quote_with(a, "twelve thousand cars")
    assert q.kind == "direct" and q.speaker == "Ines Brandt" and q.speaker_name == "Ines Brandt"
    h = quote_with(a, "Every figure in that report")
    assert h.speaker == "Councillor Omar Haddad" and h.speaker_name == "Omar Haddad"
    # a credit line under a sentence is not a signature
    assert not [x for x in a.quotes if x.speaker and "Harbor Wire" in x.speaker]
    check_offsets(text, a)


def test_words_that_read_a_document_inverted_are_the_documents(analyze):
    # the model parses 'read the email' after a quote as an order to read it
    text = (
        "On Saturday, the Brandt campaign sent out a fundraising email. "
        '"Our campaign has already forced the council to change its mind on the bridge," read the email. '
        '"And with every vote, we grow stronger."'
    )
    a = analyze(text)
    q = quote_with(a, "forced the council")
    assert q.kind == "direct" and q.cue == "read" and q.speaker == "the email"
    check_offsets(text, a)


def test_a_statement_issued_before_a_comma_is_the_quote_after_it(analyze):
    text = "Hours after the collapse, Mayor Ines Brandt issued a statement, “Our thoughts are with the families. The bridge will be inspected.”"
    a = analyze(text)
    q = quote_with(a, "Our thoughts are with the families")
    assert q.kind == "direct" and q.cue == "issued" and q.speaker_name == "Ines Brandt"
    check_offsets(text, a)


def test_adding_after_a_reported_clause_is_the_outer_speakers(analyze):
    # the parse hangs "adding" on "was", whose subject is "the audit"
    text = "Councillor Omar Haddad said the audit was thin, adding, “Every figure in it has to be checked again.”"
    a = analyze(text)
    q = quote_with(a, "Every figure in it")
    assert q.cue == "adding" and q.speaker_name == "Omar Haddad"
    check_offsets(text, a)


def test_a_booming_voice_is_a_cue(analyze):
    text = "Mayor Ines Brandt thanked the crowd and then boomed, “Today, this city proved it can build again.”"
    a = analyze(text)
    q = quote_with(a, "this city proved")
    assert q.cue == "boomed" and q.speaker_name == "Ines Brandt"
    check_offsets(text, a)


def test_a_transcript_label_with_a_party_tag_and_no_space_before_the_quote(analyze):
    text = (
        "The hearing ran for eleven hours.\n\n"
        'Rep. Omar Haddad (D-Ore.):"Who told you that ninety percent of the records were kept?"\n\n'
        'Mayor Ines Brandt: "We learned that from the county clerk."'
    )
    a = analyze(text)
    q = quote_with(a, "Who told you that")
    assert q.kind == "direct" and q.cue == ":" and q.speaker == "Rep. Omar Haddad" and q.speaker_name == "Omar Haddad"
    check_offsets(text, a)


def test_remembered_after_a_quote_is_its_cue(analyze):
    text = (
        '"A lot of analysts said no, and she took it upon herself to prove them wrong," remembered '
        'Roy Verley, the company\'s former spokesman. "And the more the criticism mounted, the more determined she became."'
    )
    a = analyze(text)
    q = quote_with(a, "prove them wrong")
    assert q.cue == "remembered" and q.speaker_name == "Roy Verley"
    check_offsets(text, a)


def test_called_after_an_apposition_is_the_main_verb_the_model_misread(analyze):
    # the model reads ", called Florida's …" as a reduced relative on a sentence with a noun root
    text = (
        "Haddad, a Brandt ally, called Millbrook’s standards “strong.”\n\n"
        "Ines Brandt, who served as Omar Haddad's chief planner during the 2019 campaign, called Haddad's statements "
        'and actions on Sunday "childish."\n\n'
        "Residents set up a website called “Save the Pier” that collects signatures."
    )
    a = analyze(text)
    q = quote_with(a, "strong")
    assert q.kind == "partial" and q.cue == "called" and q.speaker == "Haddad"
    assert text[q.context_start : q.context_end] == "Millbrook’s standards “strong.”"
    c = quote_with(a, "childish")
    assert c.cue == "called" and c.speaker_name == "Ines Brandt"
    assert not [x for x in a.quotes if "Save the Pier" in text[x.start : x.end]]
    check_offsets(text, a)


def test_an_opening_mark_typed_to_close_a_quoted_word_closes_it(analyze):
    text = "Councillor Omar Haddad called the toll “outrageous“ in a post on Sunday. The mayor called it “fair.”"
    a = analyze(text)
    q = quote_with(a, "outrageous")
    assert q.kind == "partial" and q.speaker_name == "Omar Haddad"
    assert text[q.context_start : q.context_end] == "the toll “outrageous“"
    assert quote_with(a, "fair").kind == "partial"
    check_offsets(text, a)


def test_a_coordinated_clause_with_its_own_speaker_keeps_it(analyze):
    text = "Councillor Omar Haddad called the toll “outrageous” in a post on Sunday, and the mayor called it “fair.”"
    a = analyze(text)
    q = quote_with(a, "outrageous")
    assert q.speaker_name == "Omar Haddad" and text[q.context_start : q.context_end] == "the toll “outrageous”"
    f = quote_with(a, "fair")
    assert f.speaker == "the mayor" and text[f.context_start : f.context_end] == "it “fair.”"
    check_offsets(text, a)


def test_a_cue_clause_that_goes_on_past_a_comma_keeps_the_quote_before_it(analyze):
    # not "He added, “B.”", where the cue clause opens the next quote
    text = (
        "Councillor Mary Brandt posted about the closure on Sunday. "
        '"Pier out!" she wrote, arguing that if tougher rules were not passed, "more shops will close."'
    )
    a = analyze(text)
    q = quote_with(a, "Pier out!")
    assert q.kind == "direct" and q.cue == "wrote" and q.speaker_name == "Mary Brandt"
    p = quote_with(a, "more shops will close")
    assert p.cue == "arguing" and p.speaker_name == "Mary Brandt"
    check_offsets(text, a)


def test_a_speaker_set_off_by_a_relative_clause_after_the_quote(analyze):
    # the model reads "an intelligence source" as the quote's attribute, leaving "told" without
    # a subject
    text = (
        "The Harbor Ledger reported that “inspectors are looking at it.”\n\n"
        "“The inspectors involved are under a lot of pressure and are busting a–,” an intelligence source, "
        "who was not authorized to speak on the record, told Harbor News."
    )
    a = analyze(text)
    q = quote_with(a, "busting")
    assert q.kind == "direct" and q.cue == "told" and q.speaker == "an intelligence source"
    check_offsets(text, a)


def test_a_clause_running_into_the_next_quote_is_not_the_cue_of_the_one_before(analyze):
    # "Specifically, she thought that “…”" introduces the next quote; the piece before it goes
    # on the quote its cue clause interrupts
    text = (
        "Councillor Mary Brandt said the opposite in May. "
        '"This is a political thing," she told the Harbor Ledger in October, "keeping the fares this high." '
        'Specifically, she thought that "the board is keeping fares too high, too long" to please the mayor.\n\n'
        '"We will see, right?" Brandt remarked, alluding to her role in the film "Harbor Lights."'
    )
    a = analyze(text)
    q = quote_with(a, "political thing")
    assert q.cue == "told" and [text[s:e] for s, e in q.pieces] == ["This is a political thing,", "keeping the fares this high."]
    p = quote_with(a, "board is keeping")
    assert p.cue == "thought" and p.kind == "partial"
    # a title quoted after the cue clause does not take the clause from the quote before it
    assert quote_with(a, "We will see").cue == "remarked"
    check_offsets(text, a)


def test_a_cue_interrupting_the_next_quotes_clause_is_not_the_cue_of_the_one_before(analyze):
    text = (
        '"We are a quiet little town," said Paul Okafor, a retired ferry pilot. "Tourists are more noticeable '
        'here. You almost never see a stranger in winter." Perhaps, he said, this "town has gotten too big too fast."'
    )
    a = analyze(text)
    q = quote_with(a, "quiet little town")
    assert [text[s:e] for s, e in q.pieces] == [
        "We are a quiet little town,", "Tourists are more noticeable here. You almost never see a stranger in winter."
    ]
    assert q.speaker_name == "Paul Okafor"
    p = quote_with(a, "too big too fast")
    assert p.kind == "partial" and p.speaker_name == "Paul Okafor"
    check_offsets(text, a)


def test_a_quote_going_on_in_lower_case_after_its_cue_starts_before_it(analyze):
    # the model hangs the clause's opening on the cue ("Evaluating …, Ramos said, “is like …”")
    text = (
        'Evaluating the candidates on the basis of national polls, Ramos said, "is like looking at '
        "someone's bowling average. It's completely irrelevant.\"\n\n"
        'In an interview on Tuesday, Ramos said, "is what I told them."'
    )
    a = analyze(text)
    q = quote_with(a, "bowling average")
    assert q.kind == "partial" and q.speaker_name == "Ramos"
    s, e = q.context_pieces[0]
    assert text[s:e] == "Evaluating the candidates on the basis of national polls"
    t = quote_with(a, "what I told them")
    assert t.kind == "direct"  # a scene set before the cue is the writer's
    check_offsets(text, a)


def test_a_long_title_after_book_is_no_quote(analyze):
    text = (
        '"We will come back to the table," Omar Haddad said, as recalled by a former aide in Ines Varga\'s book '
        '"Low Tide: Omar Haddad\'s Long Battle for the Soul of the Harbor Board." Haddad called the book "a work of fiction."'
    )
    a = analyze(text)
    assert not [q for q in a.quotes if "Low Tide" in q.text]
    assert quote_with(a, "come back to the table").speaker_name == "Omar Haddad"
    assert quote_with(a, "a work of fiction").speaker_name == "Omar Haddad"
    check_offsets(text, a)


def test_the_nearer_of_two_misparsed_subjects_is_the_speaker(analyze):
    # the model gives "chanted" two subjects: the signs and the protesters
    text = "Holding signs calling Haddad “Millbrook’s Biggest Loser,” the protesters chanted “Omar Haddad: Bad for Millbrook, bad for you.”"
    a = analyze(text)
    q = quote_with(a, "Bad for Millbrook")
    assert q.cue == "chanted" and q.speaker == "the protesters"
    check_offsets(text, a)


def test_a_verb_about_something_else_after_the_quote_is_not_its_cue(analyze):
    text = (
        'Mayor Omar Haddad made his famous demand at the pier in 2019: "Open the gates, and keep them open!" '
        "Residents still praise his refusal to accept the closure.\n\n"
        "“We will not back down!” opined the newspaper."
    )
    a = analyze(text)
    q = quote_with(a, "Open the gates")
    assert q.speaker_name == "Omar Haddad"
    assert q.cue != "praise"
    # the speaker the parser reads as the verb's object is no thing acted on
    assert quote_with(a, "We will not back down").speaker == "the newspaper"
    check_offsets(text, a)


def test_a_long_apposition_between_the_speaker_and_the_cue_after_the_quote(analyze):
    text = (
        "Mayor Omar Haddad praised the Harbor Ledger reporter at a briefing in Millbrook on Monday.\n\n"
        "“Very good reporter, very good reporter this guy,” Haddad, the front-runner in the county race and "
        "current polling leader in Millbrook by a wide margin after winning the primary, said when the reporter asked him a question."
    )
    a = analyze(text)
    q = quote_with(a, "Very good reporter")
    assert q.kind == "direct" and q.cue == "said" and q.speaker_name == "Omar Haddad"
    check_offsets(text, a)


def test_a_document_that_reads_after_the_quote_is_its_speaker(analyze):
    text = (
        "The editors of the Harbor Ledger aimed their Friday editorial at Haddad.\n\n"
        "“If he wants to be the next governor, Omar Haddad should act like one, and come to Millbrook,” the editorial read.\n\n"
        "The paper said more."
    )
    a = analyze(text)
    q = quote_with(a, "should act like one")
    assert q.kind == "direct" and q.cue == "read" and q.speaker == "the editorial"
    check_offsets(text, a)


@pytest.mark.parametrize(
    ("lead", "subject"),
    [
        ("The union endorsement", "The union endorsement"),
        ("Instead, the union endorsement", "Instead, the union endorsement"),
        # (a lead-in up to a colon is not the subject)
        ("Here is one example of the problem: the union endorsement", "the union endorsement"),
    ],
)
def test_a_subject_whose_predicate_is_a_quote_of_several_sentences_leads_it(analyze, lead, subject):
    text = (
        "The vote was early.\n\n"
        f"{lead} “was early enough that most people didn’t know who Omar Haddad was. "
        "People were still talking about Ines Varga,” said Cole of the Harbor Teachers. And the rest followed."
    )
    a = analyze(text)
    q = quote_with(a, "was early enough")
    assert q.kind == "partial" and q.cue == "said" and q.speaker_name == "Cole"
    assert text[q.context_start : q.context_end].startswith(f"{subject} “was early")
    assert "still talking about Ines Varga" in q.text
    check_offsets(text, a)


def test_a_direction_mark_before_a_paragraph_opening_quote_is_no_text(analyze):
    text = "He left.\n\n\u202a”This is why the harbor has to be rebuilt. It is old,” said John Krystek.\n\nHe left."
    a = analyze(text)
    q = quote_with(a, "This is why the harbor")
    assert q.kind == "direct" and q.speaker_name == "John Krystek" and "It is old" in q.text
    check_offsets(text, a)


def test_an_apposition_with_a_place_and_its_state_before_the_cue(analyze):
    text = (
        "Much like Mr. Haddad, Mr. Brandt was criticized.\n\n"
        "''If Brandt had gone with Haddad, I would have been sitting in a cell for a long time,'' Mr. Daniloff, "
        "now 81 and retired in Cambridge, Mass., said by telephone this week. ''I've got to tell you about being arrested.''\n\n"
        "But he agreed."
    )
    a = analyze(text)
    q = quote_with(a, "sitting in a cell")
    assert q.kind == "direct" and q.cue == "said" and q.speaker == "Mr. Daniloff"
    assert "being arrested" in q.text
    check_offsets(text, a)


def test_a_name_read_as_a_modal_before_the_cue_is_the_speaker(analyze):
    text = (
        "The columnist George Will urged voters to look elsewhere.\n\n"
        "“The storm on the coast is a reminder. This might, and should, hasten the eclipse of Omar Haddad,” Will wrote.\n\n"
        "Others disagreed."
    )
    a = analyze(text)
    q = quote_with(a, "The storm on the coast")
    assert q.kind == "direct" and q.cue == "wrote" and q.speaker == "Will"
    check_offsets(text, a)


def test_crediting_someone_with_quoted_words_is_a_partial_quote(analyze):
    text = "Mayor Mary Brandt credited Omar Haddad for \"an exciting and inspiring campaign.\" The count went on."
    a = analyze(text)
    q = quote_with(a, "an exciting and inspiring campaign")
    assert q.kind == "partial" and q.cue == "credited" and q.speaker_name == "Mary Brandt"
    check_offsets(text, a)


def test_a_quote_in_the_that_clause_of_someones_remark_is_theirs(analyze):
    text = (
        "Mary Brandt fanned controversy this year over her remark that “there’s a special place in hell for mayors who don’t help each other.” "
        "Her aides buttress the contention of Mayor Omar Haddad that the ferry accounts were subjected to \"over-classification.\""
    )
    a = analyze(text)
    q = quote_with(a, "a special place in hell")
    assert q.kind == "partial" and q.cue == "remark" and q.speaker_name == "Mary Brandt"
    assert text[q.context_start : q.context_end].startswith("that “there’s")
    # the parser hangs this that-clause on the verb, not on "contention"
    q = quote_with(a, "over-classification")
    assert q.kind == "partial" and q.cue == "contention" and q.speaker_name == "Omar Haddad"
    check_offsets(text, a)


def test_quoted_words_in_someones_pledge_or_call_are_theirs(analyze):
    text = (
        "Omar Haddad's past statements, including his promise to be \"neutral\" in talks between the unions and the city, "
        "have caused concern. The fears also stem from his call for \"a total and complete ban\" on cars entering Millbrook. "
        "He kept his promise to cut taxes."
    )
    a = analyze(text)
    q = quote_with(a, "neutral")
    assert q.kind == "partial" and q.cue == "promise" and q.speaker_name == "Omar Haddad"
    assert text[q.context_start : q.context_end] == 'to be "neutral" in talks between the unions and the city'
    q = quote_with(a, "a total and complete ban")
    assert q.kind == "partial" and q.cue == "call"
    assert text[q.context_start : q.context_end] == '"a total and complete ban" on cars entering Millbrook'
    # a pledge with nothing quoted in it is not reported
    assert not [x for x in a.quotes if "cut taxes" in x.text]
    check_offsets(text, a)


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            # an apposition, a clause of claiming
            (
                "Senator Ada Brook said the law created the “Millbrook loophole,” a flaw in the county’s system that let buyers skip checks. "
                "Mayor Omar Haddad said the deal was “a clear win” for the town before claiming that the council had misled voters."
            ),
            {
                "Millbrook loophole": "the law created the “Millbrook loophole,”",
                "a clear win": "the deal was “a clear win” for the town",
            },
        ),
        (
            # ", also known as", ", with whom"
            (
                "Haddad said he would “bomb the hell” out of the Northern Front, also known as the NFL, if elected.\n\n"
                "Okafor said Mary Brandt chaired a “let’s get Dana” campaign to discredit Dana Whitfield, with whom the "
                "mayor had a long feud."
            ),
            {
                "bomb the hell": "he would “bomb the hell” out of the Northern Front",
                "let’s get Dana": "Mary Brandt chaired a “let’s get Dana” campaign to discredit Dana Whitfield",
            },
        ),
    ],
)
def test_a_partial_quotes_clause_ends_at_a_clause_break(analyze, text, clauses):
    a = analyze(text)
    for fragment, clause in clauses.items():
        q = quote_with(a, fragment)
        assert text[q.context_start : q.context_end] == clause
    check_offsets(text, a)


def test_the_comma_after_the_cue_clause_is_no_part_of_the_reported_clause(analyze):
    text = "Instead, Omar Haddad told the Ledger, his policy would merely be “to go after them” if he wins the race."
    q = quote_with(analyze(text), "to go after them")
    assert q.kind == "partial" and q.cue == "told"
    assert text[q.context_start : q.context_end] == "his policy would merely be “to go after them” if he wins the race"


def test_as_someone_noted_sets_off_the_clause_it_attributes(analyze):
    text = 'But as Mayor Mary Brandt noted in an op-ed, the new ferry "has surprisingly earned itself a few fans in Millbrook."'
    a = analyze(text)
    q = quote_with(a, "has surprisingly earned")
    assert q.kind == "partial" and q.cue == "noted" and q.speaker_name == "Mary Brandt"
    assert text[q.context_start : q.context_end] == 'the new ferry "has surprisingly earned itself a few fans in Millbrook."'
    check_offsets(text, a)


def test_a_paragraph_ending_in_a_tag_after_quoted_words_gives_its_speaker_the_next_quote(analyze):
    text = (
        "Critics have mocked the campaign, calling Haddad “an orange buffoon,” Mary Brandt said as she turned around.\n\n"
        "“But he’s our orange buffoon, and we love him!”"
    )
    a = analyze(text)
    q = quote_with(a, "we love him")
    assert q.kind == "direct" and q.cue == "said" and q.speaker_name == "Mary Brandt"
    check_offsets(text, a)


def test_a_subject_leading_a_quoted_question_closed_by_the_cue(analyze):
    text = (
        "The debate went on.\n\n"
        "Haddad \"vehemently offers support for the banks as a recovery effort. Does that fly?\" "
        "former adviser Mary Brandt asked on Twitter."
    )
    a = analyze(text)
    q = quote_with(a, "Does that fly")
    assert q.kind == "partial" and q.cue == "asked" and q.speaker_name == "Mary Brandt"
    assert text[q.context_start : q.context_end].startswith('Haddad "vehemently')
    check_offsets(text, a)


def test_a_closing_mark_typed_to_open_a_quote_mid_sentence_opens_it(analyze):
    text = "Cole told the Ledger that the advisers would not let policy aides ”get close to the mayor on the things that he needed.”"
    a = analyze(text)
    q = quote_with(a, "get close to the mayor")
    assert q.kind == "partial" and q.speaker_name == "Cole"
    assert text[q.start : q.end] == "get close to the mayor on the things that he needed."
    check_offsets(text, a)


def test_a_fronted_topic_read_as_the_subject_is_not_the_speaker(analyze):
    text = "Of Haddad, Levine, who has given money to Mary Brandt, said, “He’s flat and boring.”"
    q = quote_with(analyze(text), "flat and boring")
    assert q.kind == "direct" and q.cue == "said" and q.speaker == "Levine"


def test_a_clause_the_parser_reads_as_the_subject_of_an_inverted_cue_is_what_was_said(analyze):
    text = 'The rejection of the treaty signals "the beginning of the end" for the union, said Omar Haddad, founder of the party.'
    a = analyze(text)
    q = quote_with(a, "the beginning of the end")
    assert q.kind == "partial" and q.cue == "said" and q.speaker_name == "Omar Haddad"
    assert text[q.context_start : q.context_end] == 'The rejection of the treaty signals "the beginning of the end" for the union'
    check_offsets(text, a)


def test_a_speech_verb_coordinated_with_a_passive_shares_its_subject(analyze):
    text = "At the end of the day, Mr. Haddad was forced into a rare moment of damage control and said that his words had been ''misconstrued.''"
    q = quote_with(analyze(text), "misconstrued")
    assert q.kind == "partial" and q.cue == "said" and q.speaker == "Mr. Haddad"


def test_a_cue_in_the_speakers_relative_clause_frames_its_own_fragment(analyze):
    text = (
        'The talks "went nowhere," said a former trade official who oversaw the negotiations '
        'and described the deal as "a lesser set of promises."'
    )
    a = analyze(text)
    first = quote_with(a, "went nowhere")
    assert first.speaker == "a former trade official who oversaw the negotiations"
    q = quote_with(a, "a lesser set of promises")
    assert q.kind == "partial" and q.cue == "described"
    assert q.speaker == "who" and q.speaker_name == first.speaker_name
    assert text[q.context_start : q.context_end] == 'the deal as "a lesser set of promises."'
    check_offsets(text, a)


def test_a_quoted_paragraph_after_a_reported_one_is_that_speakers(analyze):
    text = "Mary Brandt said on Friday that the ruling was wrong.\n\n“We will fight this ruling. It is wrong.”"
    a = analyze(text)
    q = quote_with(a, "We will fight this ruling")
    assert q.kind == "partial" and q.cue == "said" and q.speaker_name == "Mary Brandt"
    assert q.text == "We will fight this ruling. It is wrong."
    # the quote goes on from the clause the paragraph before reported
    assert [text[s:e] for s, e in q.context_pieces] == ["that the ruling was wrong", "“We will fight this ruling. It is wrong.”"]
    check_offsets(text, a)


def test_a_quoted_paragraph_after_a_statement_was_issued_is_that_statement(analyze):
    text = (
        "The party issued a statement apologizing to Omar Haddad for the emails.\n\n"
        "“On behalf of everyone at the party, we offer a sincere apology. These comments do not reflect our values.”"
    )
    a = analyze(text)
    q = quote_with(a, "we offer a sincere apology")
    assert q.kind == "direct" and q.cue == "issued" and q.speaker == "The party"
    check_offsets(text, a)


def test_a_quoted_paragraph_after_a_sentence_about_someone_has_no_speaker(analyze):
    text = "Mary Brandt walked out of the hall on Friday.\n\n“We will fight this ruling. It is wrong.”"
    assert not [q for q in analyze(text).quotes if "fight this ruling" in q.text]


def test_a_transcript_paragraph_after_a_reported_one_is_not_given_to_the_reporter(analyze):
    text = (
        "Mary Brandt said the panel dismissed the plan.\n\n"
        "“Omar Haddad: Seriously, this plan will never pass. It cannot work.”"
    )
    assert not [q for q in analyze(text).quotes if "will never pass" in q.text and q.speaker_name == "Mary Brandt"]


def test_a_speaker_before_a_relative_aside_the_parser_misread_is_found(analyze):
    text = (
        "One attendee, who like others spoke on the condition of anonymity to discuss the private meeting, "
        'said the message was that "this is not going to be over in February."'
    )
    q = quote_with(analyze(text), "this is not going to be over")
    assert q.kind == "partial" and q.cue == "said" and q.speaker == "One attendee" and q.unnamed
    text = (
        "Mr. Haddad, whose latest start-up, Paradata, uses big data to help brands, said the mayor was "
        "a candidate in the spirit of the valley: ''He's a start-up kind of guy. He has a lot of ideas.''"
    )
    q = quote_with(analyze(text), "start-up kind of guy")
    assert q.cue == "said" and q.speaker == "Mr. Haddad"


def test_a_cue_read_as_a_reduced_relative_on_the_subject_of_a_quoted_root_noun_is_the_main_verb(analyze):
    text = "The Haddad campaign called AP’s report a “rush to judgment,” because delegates can change their minds."
    a = analyze(text)
    q = quote_with(a, "rush to judgment")
    assert q.kind == "partial" and q.cue == "called" and q.speaker == "The Haddad campaign"
    assert text[q.context_start : q.context_end].startswith("AP’s report a “rush to judgment,”")
    check_offsets(text, a)


def test_a_cue_after_a_semicolon_read_as_a_reduced_relative_is_the_clauses_main_verb(analyze):
    text = (
        "The plan prompted a debate on whether to ban Okafor; "
        'one lawmaker called Okafor "the orange prince of American self-publicity." But the move failed.'
    )
    a = analyze(text)
    q = quote_with(a, "the orange prince")
    assert q.kind == "partial" and q.cue == "called" and q.speaker == "one lawmaker" and q.unnamed
    check_offsets(text, a)


def test_a_cue_after_an_apposition_and_a_setting_read_as_a_relative_clause_is_the_main_verb(analyze):
    text = (
        "Speaker Hugo D. Ryan, the nation's highest-ranking Republican, on Tuesday called Mary J. Brandt's "
        "remarks about a Latino judge ''racist,'' an extraordinary indictment that generated a fresh wave of criticism."
    )
    a = analyze(text)
    q = quote_with(a, "racist")
    assert q.kind == "partial" and q.cue == "called" and q.speaker_name == "Hugo D. Ryan"
    assert text[q.context_start : q.context_end] == "Mary J. Brandt's remarks about a Latino judge ''racist,''"
    check_offsets(text, a)


def test_an_as_reported_aside_whose_comma_the_parse_hung_on_it_frames_the_clause(analyze):
    text = "As The Daily Ledger reported, the Harbor Show creator and star “gave between $1,001 and $5,000” to the Vargas."
    a = analyze(text)
    q = quote_with(a, "gave between")
    assert q.kind == "partial" and q.cue == "reported" and q.speaker == "The Daily Ledger"
    assert text[q.context_start : q.context_end] == "the Harbor Show creator and star “gave between $1,001 and $5,000” to the Vargas"
    check_offsets(text, a)


def test_in_the_words_of_someone_attributes_the_quote_to_them(analyze):
    text = "Mary Brandt was, in the words of a senior adviser, ''the torchbearer'' of his legacy."
    a = analyze(text)
    q = quote_with(a, "the torchbearer")
    assert q.kind == "partial" and q.cue == "in the words of" and q.speaker == "a senior adviser" and q.unnamed
    assert [text[s:e] for s, e in q.context_pieces] == ["Mary Brandt was", "''the torchbearer'' of his legacy"]
    text = "The summit was held in Port Ellis because, in Okafor’s words, “they are the most inventive places on the planet.”"
    q = quote_with(analyze(text), "the most inventive places")
    assert q.kind == "direct" and q.cue == "in Okafor’s words" and q.speaker == "Okafor"
    check_offsets(text, analyze(text))


def test_the_one_led_or_asked_to_speak_is_the_speaker(analyze):
    text = "Mary Brandt won a strong victory that led her to declare that the nomination was ''in sight.''"
    q = quote_with(analyze(text), "in sight")
    assert q.cue == "declare" and q.speaker == "her" and q.speaker_name == "Mary Brandt"
    text = "The reporters asked Omar Haddad to explain why the plan was ''dead.''"
    a = analyze(text)
    (q,) = [q for q in a.quotes if q.kind == "partial"]
    assert q.text == "dead." and q.cue == "explain" and q.speaker_name == "Omar Haddad"
    # what the reporters asked is theirs
    asked = next(q for q in a.quotes if q.cue == "asked")
    assert asked.kind == "indirect" and asked.speaker == "The reporters"


def test_a_piece_an_outlet_ran_speaks_for_that_outlet(analyze):
    text = 'The Ledger recently ran a piece that noted his "health plan would benefit affluent households more than poorer ones."'
    q = quote_with(analyze(text), "health plan would benefit")
    assert q.cue == "noted" and q.speaker == "that" and q.speaker_name == "Ledger"


def test_a_quote_after_a_reported_sentence_in_its_paragraph_goes_on_from_the_report(analyze):
    text = 'Omar Haddad said that he is staying in the race until the convention. "We will fight on to the end."'
    a = analyze(text)
    q = quote_with(a, "We will fight on")
    assert q.kind == "partial" and q.cue == "said" and q.speaker_name == "Omar Haddad"
    assert [text[s:e] for s, e in q.context_pieces] == [
        "that he is staying in the race until the convention",
        '"We will fight on to the end."',
    ]
    check_offsets(text, a)


def test_a_negated_speech_verb_after_a_quote_is_not_its_tag(analyze):
    # "He did not answer" says who did not say the question: the one asking did
    text = (
        "The hearing ended at noon. A reporter asked Omar Haddad, “What is the most dangerous "
        "place you have been to?” He did not answer."
    )
    a = analyze(text)
    q = quote_with(a, "most dangerous place")
    assert q.kind == "direct" and q.cue == "asked" and q.speaker == "A reporter"
    check_offsets(text, a)
    # a "not" inside the quote is the quote's, not the tag's
    text = (
        '"Absolutely not. Absolutely not," Okafor responded, remarking that she is "looking for a '
        'team" and that the most important member would be her running mate.'
    )
    a = analyze(text)
    assert quote_with(a, "Absolutely not").cue == "responded"
    assert quote_with(a, "looking for a team").cue == "remarking"


def test_a_sentence_adverb_between_the_speaker_and_a_relative_clause_keeps_the_speaker(analyze):
    # the parse hangs Okafor on the relative clause and leaves said without a subject
    text = (
        "Okafor, meanwhile, who sits at zero such endorsements, said that fact speaks volumes "
        'about which of the two candidates is "prepared to take on the establishment."'
    )
    a = analyze(text)
    q = quote_with(a, "prepared to take on")
    assert q.cue == "said" and q.speaker == "Okafor"
    check_offsets(text, a)


def test_a_participle_the_parse_hangs_on_a_relative_clause_is_said_by_the_main_clause(analyze):
    text = (
        "Okafor was similarly defensive when forced to defend not paying an architect who said he was "
        "stiffed after he designed a clubhouse at one of his golf courses, saying, “Maybe he didn’t do a good job.”"
    )
    a = analyze(text)
    q = quote_with(a, "Maybe he didn’t do a good job")
    assert q.cue == "saying" and q.speaker == "Okafor"
    check_offsets(text, a)


def test_a_source_named_by_a_relative_pronoun_is_the_noun_without_its_clause(analyze):
    a = analyze("The council heard from an architect who said the north pier would hold for another decade.")
    q = quote_with(a, "the north pier would hold")
    assert q.speaker == "who" and q.unnamed and q.speaker_name == "an architect"


_COUNCIL = (
    "The council of Port Ellis met on Tuesday evening in the old harbour hall to vote on the ferry "
    "budget for next year, after a long debate about fares, timetables, repairs to the north pier "
    "and the cost of fuel, which has risen sharply since the spring. The vote was close, and the "
    "public gallery was full until late in the night.\n\n"
)


def _resolved(analyze, story: str, fragment: str = "the fares would be reviewed") -> tuple[str | None, str | None]:
    """The speaker as written and the person it resolves to, of the quote holding
    ``fragment`` in ``story``, told after a preface long enough that where a name stands in
    the text weighs little."""
    q = quote_with(analyze(_COUNCIL + story), fragment)
    return q.speaker, q.speaker_name


@pytest.mark.parametrize(
    "sentence",
    [
        "Omar Haddad praised the plan that Tom Okafor drafted.",
        "Omar Haddad spoke after the vote, while Tom Okafor left the hall early.",
    ],
)
def test_he_is_the_main_clause_subject_before_the_subject_of_a_subordinate_clause(analyze, sentence):
    assert _resolved(analyze, sentence + " He said the budget would pass.", "the budget would pass") == ("He", "Omar Haddad")


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a person the paragraph brings in as its subject, after another spoke the paragraph before
        ("“The fares will rise,” Omar Haddad said.\n\nCouncil leader Tom Okafor was more careful.", "Tom Okafor"),
        # the subject of a main clause coordinated with the first
        ("Tom Okafor opened the meeting, but a tired Omar Haddad got the last word.", "Omar Haddad"),
    ],
)
def test_he_is_the_subject_this_paragraph_brings_in(analyze, paragraph, speaker):
    assert _resolved(analyze, paragraph + " He said the fares would be reviewed in the spring.") == ("He", speaker)


def test_she_is_not_a_man_the_article_names_by_a_first_name_given_to_men(analyze):
    # no honorific says so; the census gives "Tom" to men and "Mary" to women
    story = "Mary Brandt chaired the meeting. Tom Okafor opened the debate. She said the fares would be reviewed."
    assert _resolved(analyze, story) == ("She", "Mary Brandt")


def test_she_after_a_quote_of_many_sentences_is_who_just_spoke(analyze):
    # no one is named in the writer's words of the last few sentences: they were the quote's
    story = (
        "“The ferries will run,” Mary Brandt said. “They always have. They always will. Nobody can stop "
        "them. Not the storms, not the fares.”\n\nShe then said the fares would be reviewed."
    )
    assert _resolved(analyze, story) == ("She", "Mary Brandt")


def test_he_opening_a_paragraph_goes_on_from_the_subject_the_paragraph_before_brings_in(analyze):
    story = (
        "“The fares will rise,” Omar Haddad said.\n\nCouncil leader Tom Okafor opened the debate on Wednesday.\n\n"
        "He said the fares would be reviewed in the spring."
    )
    assert _resolved(analyze, story) == ("He", "Tom Okafor")


def test_he_is_the_person_named_beside_the_subject(analyze):
    # "Another man, Tom Okafor, …": the subject is "man", the apposition names him
    story = (
        "“The fares will rise,” Omar Haddad said. Another man, Tom Okafor, who is also from Port Ellis, "
        "said the ferry was late again. He said the fares would be reviewed."
    )
    assert _resolved(analyze, story) == ("He", "Tom Okafor")


@pytest.mark.parametrize(
    ("text", "fragment", "speaker_name"),
    [
        # an organisation of that kind, as "it" would be
        ("Lakeview Air cancelled 40 flights on Monday after a storm. The airline said it would refund every passenger.", "refund", "Lakeview Air"),
        # the one the text calls so, before a later speaker it does not
        (
            (
                "The official news agency VNA said the only hospital was full. The Vale Weather Service said more rain was coming. "
                "The agency also said that two roads were closed."
            ),
            "two roads",
            "VNA",
        ),
        # a company, not the regulator its filing went to
        (
            (
                "Brandt Holdings disclosed the charge in a filing with the Lakeview Securities Commission on Friday. "
                "The company did not say how the change would affect hiring."
            ),
            "affect hiring",
            "Brandt Holdings",
        ),
        # the one an earlier "a/an" description of that kind stood beside
        (
            (
                "Most freight in Lakeview moves by truck, according to the Vale Haulers Association, an industry group. "
                "Trucks haul nine billion tons a year, the group says."
            ),
            "nine billion",
            "Vale Haulers Association",
        ),
        # not the paper that reported the story
        (
            (
                "Lakeview Air turned the flight back over the ocean. Flight 175 was carrying 226 passengers, the Vale Gazette "
                "reported. The carrier said it was reviewing how the passenger boarded."
            ),
            "reviewing how",
            "Lakeview Air",
        ),
        # an organisation of that kind that just spoke, named after an indefinite one
        (
            (
                "An airline says a flight bound for Tokyo turned back four hours after take-off.\n"
                "Velmar Airways said it was trying to learn how the passenger had boarded. “We are looking into it,” Velmar Airways said.\n"
                "The airline said it backed the pilot's decision."
            ),
            "backed the pilot",
            "Velmar Airways",
        ),
        # a kind of person, when one person is in the last sentences
        ("The pop star Mira Vale is mourning her cousin. The singer posted photos on Tuesday, writing that she “can't believe it.”", "believe it", "Mira Vale"),
    ],
)
def test_a_kind_noun_speaker_is_the_organisation_or_person_of_that_kind_just_named(analyze, text, fragment, speaker_name):
    a = analyze(text)
    q = quote_with(a, fragment)
    assert q.speaker_name == speaker_name and q.entity is not None


@pytest.mark.parametrize(
    "text",
    [
        # two people and neither called a director: the writer said "the director" to tell one
        # from the other, which the order of mentions cannot
        "Mary Brandt said she had doubts about the car, but that Tom Okafor had persuaded her to drive it. The director said the crash was his biggest regret.",
        # the only organisation named is the paper that reported the story
        "The flight turned back over the ocean. Flight 175 was carrying 226 passengers, the Vale Gazette reported. The carrier said it was reviewing how the passenger boarded.",
        # a name inside the noun phrase names its own speaker, whether or not it was recognised
        "The storm hit Lakeview on Sunday, the Vale Weather Service said. The only hospital was full, the state news agency Varta said.",
    ],
)
def test_a_kind_noun_speaker_stays_as_written_when_the_text_does_not_say_which(analyze, text):
    a = analyze(text)
    q = a.quotes[-1]
    assert q.entity is None and q.speaker_name == q.speaker


def test_a_kind_noun_after_an_indefinite_one_is_not_the_paper_that_reported_since(analyze):
    text = (
        "A network says it will send two reporters to the islands.\n"
        "The Daily Ledger reported that the trip had been planned for months.\n"
        "The network said it wanted a better understanding of the vote."
    )
    q = quote_with(analyze(text), "better understanding")
    assert q.entity is None and q.speaker_name == "A network"


def test_a_kind_of_person_is_the_one_the_article_called_so_though_others_are_named_since(analyze):
    text = (
        "Comedian Mira Vale will host the awards again, the academy said on Friday. Vale first hosted them in 2007, "
        "the second woman to do so after Dana Whitfield. “I am so excited to be hosting for the second time,” the comedian said in a statement."
    )
    q = quote_with(analyze(text), "so excited")
    assert q.entity is not None and q.speaker_name.endswith("Mira Vale")


@pytest.mark.parametrize(
    ("text", "speaker_name"),
    [
        # people described by a plural noun, not the organisation named with them
        (
            (
                "Researchers at Vale University used data from the Lakeview Observatory to find the planets. "
                "Before this, they say, no planet had been seen outside the galaxy."
            ),
            "Researchers at Vale University",
        ),
        # two people named together
        ("Tom Okafor and Mary Brandt met the board on Monday. They said the plan would fail.", "Tom Okafor and Mary Brandt"),
    ],
)
def test_they_after_people_described_or_named_together_is_those_people(analyze, text, speaker_name):
    q = analyze(text).quotes[-1]
    assert q.speaker.lower() == "they" and q.entity is None and q.speaker_name == speaker_name


def test_they_after_an_organisation_alone_is_that_organisation(analyze):
    q = analyze("Lakeview Air cancelled 40 flights on Monday. They said the storm was to blame.").quotes[-1]
    assert q.speaker == "They" and q.speaker_name == "Lakeview Air"


def test_a_name_that_only_qualifies_a_noun_is_not_whom_a_pronoun_stands_for(analyze):
    # "the Okafor family" is a family, not a person the "he" can be
    text = (
        "Jos Okafor said the race was incredible. “It is good for the sport,” he said.\n"
        "Equally pleased was Piet Brandt, the former world champion and the team’s chairman. "
        "Congratulating the Okafor family, he said: “Max was outstanding with the passes he performed.”"
    )
    a = analyze(text)
    q = quote_with(a, "Max was")
    assert (q.speaker, q.speaker_name) == ("he", "Piet Brandt")


def test_he_can_be_a_man_whose_family_name_comes_first(analyze):
    # the census gives Kim to women; in "Kim Tae Sung" it is the family's name
    text = (
        "Kim Tae Sung, the party chairman, spoke in Lakeview on Monday. “We are ready,” Kim said.\n"
        "“The talks will go on,” he added."
    )
    a = analyze(text)
    q = quote_with(a, "The talks")
    assert (q.speaker, q.speaker_name) == ("he", "Kim Tae Sung")


def test_a_wife_named_by_her_first_name_is_not_whom_he_stands_for(analyze):
    text = (
        "Mike Haddad flew in from his home in California to watch the game with fellow fans.\n"
        "His wife Sue said: “I am so proud to be a part of it.”\n"
        "For Tom Okafor, the victory was bittersweet. His father never got to see a win.\n"
        "He said: “I came here by myself, but I am not alone at all.”"
    )
    a = analyze(text)
    q = quote_with(a, "I came here")
    assert q.speaker_name == "Tom Okafor"


def test_a_person_a_sentence_opens_with_for_is_whom_he_stands_for_after_another_spoke(analyze):
    # "For Tom Okafor, …" turns the story to him: not the man who spoke last
    text = (
        "Mike Haddad flew into Lakeview from his home in Vale to watch the game. “I would not miss it,” Haddad said.\n"
        "For Tom Okafor, last night's victory was bittersweet. His father never got to see them win.\n"
        "He said: “I came here by myself, but I am not alone at all.”"
    )
    a = analyze(text)
    assert quote_with(a, "I came here").speaker_name == "Tom Okafor"


def test_a_name_after_an_office_that_opens_the_sentence_is_its_subject(analyze):
    # the parse makes "Mayor" the subject and the name the object of "of"
    text = (
        "The parade route ran along Lake Street for three miles and the crowd was large. " * 12
        + "\nActor Omar Haddad appeared on a morning show on Thursday and described the title-clinching game as"
        " “unbelievable”. He was also presented with a jersey by Dana Whitfield.\n"
        "Mayor of Chicago Tom Okafor posted a message of congratulations seconds after the game ended.\n"
        "He said the result proved last night was “more than a game”."
    )
    a = analyze(text)
    assert quote_with(a, "more than a game").speaker_name == "Tom Okafor"


def test_a_he_after_reported_words_is_not_a_name_below_their_subject(analyze):
    text = (
        "A suspect has been arrested in connection with the killing of a deputy, authorities said today.\n"
        "Tom Okafor was arrested just before midnight near where the shooting occurred in Lakeview,"
        " sheriff's Sgt. Omar Haddad said.\n"
        "No shots were fired when Okafor was taken into custody, he added."
    )
    a = analyze(text)
    assert quote_with(a, "shots were fired").speaker_name == "Omar Haddad"


def test_a_she_after_reported_words_may_be_their_subject_reported_in_the_third_person(analyze):
    text = (
        "Dana Whitfield drove Mary Brandt to the rally from Vale.\n"
        "In Lakeview last week, Ms. Brandt was shocked by the reaction from the crowd, she said."
    )
    a = analyze(text)
    assert quote_with(a, "was shocked").speaker_name == "Mary Brandt"


def test_a_statement_followed_by_said_and_the_speaker_is_theirs_and_makes_them_the_last_speaker(analyze):
    text = (
        "“Right now, no one is better than Vale,” said Omar Haddad, a 72-year-old fisherman.\n"
        "If anything, the country has been too passive, said 23-year-old Tom Okafor, who supports the ruling party.\n"
        "“Next time they launch one, I would like to see us fire one back,” he said."
    )
    a = analyze(text)
    said = quote_with(a, "the country has been too passive")
    assert said.kind == "indirect" and said.speaker_name == "Tom Okafor"
    assert said.text.startswith("If anything, the country has been too passive")
    q = quote_with(a, "Next time")
    assert q.speaker_name == "Tom Okafor"


def test_a_person_named_only_in_a_reporting_credit_is_not_the_one_the_story_names(analyze):
    text = (
        "Kim said the talks would resume in March, according to the state broadcaster.\n"
        "“We are ready for anything,” Kim said in the address.\n"
        "(Reporting by Kim Haddad in Lakeview; Editing by Tom Okafor)"
    )
    a = analyze(text, published=None, credits=True)
    assert {q.speaker_name for q in a.quotes if q.speaker == "Kim"} == {"Kim"}
    assert not any(e.name in {"Kim Haddad", "Tom Okafor"} for e in a.entities)


def test_the_name_after_an_inverted_cue_is_the_speaker_though_parsed_as_the_subject_of_what_follows(analyze):
    text = (
        "“It was a testament to the water system,” Jon Owen said.\n"
        "A Crowley employee was at the office within minutes, said terminal manager Jasper Hall, "
        "ready to move the fuel trucks out of harm's way.\n"
        "The terminal mainly holds heating oil, he said."
    )
    a = analyze(text)
    said = quote_with(a, "A Crowley employee")
    assert (said.speaker, said.speaker_name) == ("terminal manager Jasper Hall", "Jasper Hall")
    assert quote_with(a, "The terminal").speaker_name == "Jasper Hall"


def test_she_far_from_any_name_is_the_one_woman_the_article_is_about(analyze):
    text = (
        "Ms. Brandt, the model who posed for a generation of photographers, died on Thursday. Tom Okafor, her agent, confirmed it. "
        "Ms. Brandt was 85.\n"
        "The hospital had admitted her for pneumonia. She was set to go home in December. "
        "A heart attack came first. A representative said she never woke. "
        "Her photographs still sell. Collectors trade them at fairs.\n"
        "“I don't want to be photographed in my old age,” she said in 1998."
    )
    a = analyze(text)
    q = quote_with(a, "I don't want")
    assert q.speaker_name == "Brandt"


_MOSTLY_ABOUT_BRANDT = (
    "Ms. Brandt, the model who posed for a generation of photographers, died on Thursday. "
    "Ms. Brandt was 85. Her agent confirmed it.\n"
    "Ms. Brandt became famous in the 1950s. Actresses such as Mary Okafor and Jane Haddad copied her look. "
    "{extra}"
    "The hospital had admitted her for pneumonia. She was set to go home in December. "
    "A heart attack came first. A representative said she never woke. "
    "Her photographs still sell. Collectors trade them at fairs.\n"
    "“I don't want to be photographed in my old age,” she said in 1998."
)


def test_she_far_from_any_name_is_the_woman_named_far_more_than_the_others(analyze):
    # Brandt three times, each other woman once: the article is about Brandt
    a = analyze(_MOSTLY_ABOUT_BRANDT.format(extra=""))
    assert quote_with(a, "I don't want").speaker_name == "Brandt"


def test_she_far_from_any_name_is_no_one_when_another_woman_is_named_nearly_as_often(analyze):
    extra = "Mary Okafor later wrote a book about the look. Okafor said it changed fashion.\n"
    a = analyze(_MOSTLY_ABOUT_BRANDT.format(extra=extra))
    assert quote_with(a, "I don't want").speaker_name is None


def test_he_right_after_a_named_person_is_not_the_man_the_article_is_about(analyze):
    # "Robin" reads as a woman's name, so "He" fits no one near; the man named most is
    # still not who spoke: a person named just before is the likelier speaker
    text = (
        "Tom Brandt, 30, was on the tram when it derailed. Mr. Brandt said people were screaming. "
        "Brandt was taken to hospital.\n"
        "The tram was carrying sixty people. It left the rails at a bend. "
        "Seven people died. Fifty were hurt.\n"
        "Robin Okafor, an assistant chief constable, confirmed there had been deaths. "
        "He said: “Sadly we can say there has been some loss of life.”"
    )
    a = analyze(text)
    assert quote_with(a, "Sadly we can say").speaker_name != "Tom Brandt"


@pytest.mark.parametrize(
    "sentence",
    [
        "But he could not resist taking swipes at Tom Okafor, who he dubbed “the little senator.”",
        "Tom Okafor, the council's leader, walked out. He mocked Okafor for “losing every single vote.”",
    ],
)
def test_a_he_never_stands_for_the_one_its_own_clause_names_as_its_object(analyze, sentence):
    # binding: the subject of a relative clause on Okafor, or of a verb whose object is
    # Okafor, is someone else (here Brandt, who spoke just before)
    text = "Mayor Omar Brandt says he is “a unifier.” He criticized the council's budget.\n" + sentence
    a = analyze(text)
    q = next(q for q in a.quotes if q.cue in {"dubbed", "mocked"})
    assert q.speaker_name == "Omar Brandt"


def test_a_person_the_story_turns_to_after_a_quote_is_whom_the_next_he_stands_for(analyze):
    text = (
        "“We are all deeply shocked by these deaths,” Mr. Haddad said.\n"
        "A professor of economics at Vale University, Tom Okafor, did not go to work today because it was not safe.\n"
        "But he rode his bicycle into the city to survey the aftermath.\n"
        "“What I did witness was the battlefields after the troops had departed,” he said."
    )
    a = analyze(text)
    q = quote_with(a, "What I did")
    assert q.speaker_name == "Tom Okafor"


@pytest.mark.parametrize(
    "text",
    [
        "Mary Brandt came under heavy criticism when it was revealed in March that she had used a private email account as mayor.",
        "Lakeview officials met on Monday. It comes after it was suggested Omar Haddad could resign over the budget.",
    ],
)
def test_what_it_was_revealed_or_suggested_is_said_by_no_one_of_the_sentence(analyze, text):
    # an impersonal passive names no speaker: neither the subject of the clause it sits in
    # nor the "it" of "It comes after …" says it
    a = analyze(text)
    assert not [q for q in a.quotes if q.cue in {"revealed", "suggested"}]


def test_it_is_no_nationality_written_as_a_people(analyze):
    # "The Chinese" is a people (NORP), no "it": the agency said it
    text = "The Lakeview Space Agency launched the probe on Monday. The Chinese had built its camera. It said the probe was on course."
    q = quote_with(analyze(text), "the probe was on course")
    assert q.speaker == "It" and q.speaker_name == "Lakeview Space Agency"


def test_a_sentence_led_by_as_the_source_reported_reports_its_main_clause_on_that_source(analyze):
    text = (
        "As reported by the Dunmore Ledger, inspectors found cracks in two girders.\n\n"
        "As Haddad told the Daily Courier, the levy pays for the new ferries.\n\n"
        "As one aide put it, the campaign was running on fumes.\n\n"
        "As a city study from 2019 noted, the average commute was 41 minutes; the regional one was 29.\n\n"
        "Staff can still be disciplined, and as Okafor noted, the contractors could lose their licences.\n\n"
        "As she explained her plan, the crowd grew restless. As the economy grew, wages rose."
    )
    a = analyze(text)
    by_cue = {q.cue: q for q in a.quotes}
    assert [q.text for q in a.quotes if q.cue == "noted"] == [
        "the average commute was 41 minutes; the regional one was 29", "the contractors could lose their licences"
    ]
    assert by_cue["reported"].text == "inspectors found cracks in two girders" and "Dunmore Ledger" in by_cue["reported"].speaker
    assert by_cue["told"].text == "the levy pays for the new ferries" and by_cue["told"].speaker == "Haddad"
    assert by_cue["put"].text == "the campaign was running on fumes" and by_cue["put"].speaker == "one aide"
    assert not any("restless" in q.text or "wages" in q.text for q in a.quotes)
    check_offsets(text, a)


def test_a_document_from_a_year_is_described_not_owned_by_the_year(analyze):
    text = "A city study from 2019 found that the average commute in Dunmore was 41 minutes."
    a = analyze(text)
    q = quote_with(a, "the average commute")
    assert (q.speaker, q.speaker_name, q.unnamed) == ("A city study from 2019", "A city study from 2019", True)


def test_a_reported_clause_cut_before_a_second_clause_leaves_no_and_hanging(analyze):
    text = "Six in 10 Dunmore voters said the mayor is honest and trustworthy, and three-quarters said the same of Okafor."
    a = analyze(text)
    q = quote_with(a, "the mayor is honest")
    assert q.text == "the mayor is honest and trustworthy"
    check_offsets(text, a)


def test_a_reported_clause_the_parse_broke_at_its_nt_is_reported_whole(analyze):
    # the model hangs "they do" and "n’t yet know …" on "say" as two clauses
    text = "But 16 percent of registered voters in Lakeview still say they don’t yet know enough about Okafor to form an opinion."
    a = analyze(text)
    (q,) = [q for q in a.quotes if q.cue == "say"]
    assert q.text == "they don’t yet know enough about Okafor to form an opinion"
    check_offsets(text, a)


@pytest.mark.parametrize(("opening", "rival"), [("Mary Brandt issued a plan.", True), ("The council issued a plan.", False)])
def test_a_she_given_to_a_person_of_unknown_sex_tells_their_sex_only_with_no_woman_named_near(settings, opening, rival):
    # "Clinton … she issued a plan …: President Obama later adopted a similar approach. She has
    # called for …" had made Obama a woman for the rest of the article
    pytest.importorskip(settings.spacy_model)
    from corroborate.analysis.entities import build_entities
    from corroborate.analysis.paragraphs import analysis_nlp
    from corroborate.analysis.quotes import _rival_of_sex, _Tokens

    text = opening + " Governor Okafor adopted a similar approach. She has called for a ban."
    doc = analysis_nlp(settings.spacy_model)(text)
    index = build_entities(doc)
    okafor = next(e.id for e in index.entities if e.name == "Okafor")
    assert _rival_of_sex(index, _Tokens(doc, text), okafor, "f", text.index("She has")) is rival


@pytest.mark.parametrize(
    "between",
    ["He did not suggest retaliation.", "She would not say whether the pier would reopen."],
)
def test_a_sentence_saying_what_the_speaker_did_not_say_does_not_introduce_the_next_quote(analyze, between):
    # the quote after it goes on with the speaker's quote before: it is not the content of
    # "did not suggest" (which would make "retaliation. “Our goal …”" the words reported)
    text = (
        "“We have had problems with intrusions before,” Mayor Ana Soto said after the meeting. "
        f"{between} “Our goal is to start setting some rules so that everybody acts responsibly.”"
    )
    a = analyze(text)
    q = quote_with(a, "We have had problems")
    assert [text[s:e] for s, e in q.pieces] == [
        "We have had problems with intrusions before,",
        "Our goal is to start setting some rules so that everybody acts responsibly.",
    ]
    assert q.speaker_name == "Ana Soto"
    assert [x.id for x in a.quotes if "Our goal" in x.text] == [q.id]
    check_offsets(text, a)


def test_the_platform_a_statement_was_posted_on_is_not_the_it_that_said_more(analyze):
    text = (
        "“The talks will continue,” Garba Sule, a spokesman for President Idris Kamu, said in a series of "
        "messages posted on Twitter. The girls were released around dawn on Thursday, the government said. "
        "A boy born to one of them was also released, it said."
    )
    a = analyze(text)
    assert next(e for e in a.entities if e.name == "Twitter").label == "ORG"
    q = quote_with(a, "A boy born")
    assert q.speaker == "it" and q.entity is None


def test_a_platform_naming_a_profile_is_not_the_company_that_speaks(analyze):
    text = (
        "The tenth passenger was Ana Ruiz, 33, a guide for Coastways, which has run sailing trips for 25 years. "
        "Her LinkedIn profile said she was based in Porto.\n"
        "“Ana was a rising star at Coastways,” the company said in a statement."
    )
    a = analyze(text)
    q = quote_with(a, "rising star")
    assert q.speaker == "the company" and q.speaker_name != "LinkedIn"


def test_a_post_embedded_in_the_page_is_the_words_of_whoever_posted_it(analyze):
    text = (
        "Ports Minister Tomas Reyl welcomed the vote on Thursday.\n"
        "Today the harbour board voted to open the north terminal to all shipping lines. https://t.co/x1Y2z3 "
        "pic.twitter.com/AbC123 — Tomas Reyl (@TomasReyl) March 6, 2025\n"
        "A historic day for the port.#PortEllishttps://t.co/Q9w8e7 — Port Ellis Harbour (@PortEllisHarbour) March 6, 2025\n"
        "The vote was 7-2 — Reyl said the result was expected."
    )
    a = analyze(text)
    reyl = quote_with(a, "harbour board voted")
    assert reyl.kind == "direct" and reyl.speaker_name == "Tomas Reyl"
    assert reyl.text == "Today the harbour board voted to open the north terminal to all shipping lines."  # not its links
    port = quote_with(a, "historic day")
    assert port.text == "A historic day for the port.#PortEllis" and port.speaker_name == "Port Ellis Harbour"
    assert not any(e.name.startswith("Port Ellis Harbour (") for e in a.entities)
    check_offsets(text, a)


def test_a_speaker_stressed_by_himself_is_the_word_it_stresses(analyze):
    # (a text that quotes with straight single marks, as the Daily Mail does)
    radio = (
        "The tram crashed on Friday. A member of the crew said 'well held' on the radio before the driver himself "
        "joked 'my heartbeat went a little higher there.'"
    )
    [q] = [q for q in analyze(radio).quotes if q.text.startswith("my heartbeat")]
    assert q.speaker == "the driver"
    [q] = analyze("\"It was terrifying,\" the mayor herself said.").quotes
    assert q.speaker == "the mayor"


def test_a_hyphenated_name_the_tokenizer_split_is_the_speaker_not_its_last_part(analyze):
    text = "South Korean President Moon Jae-in has said North Korea's participation will ensure safety."
    [q] = analyze(text).quotes
    assert q.speaker == "South Korean President Moon Jae-in"


def test_he_after_a_clause_about_someone_put_before_his_own_is_that_someone(analyze):
    text = (
        "“We cannot book everyone,” said Ken Ehrlich, the show's producer.\n"
        "A day after Mr. Portnow made his remark, he issued a statement saying that the industry “must welcome” women."
    )
    [q] = [q for q in analyze(text).quotes if q.text == "must welcome"]
    assert q.speaker == "he" and q.speaker_name == "Portnow"


def test_a_report_owned_by_a_pronoun_is_named_as_written(analyze):
    text = "Reporters traced the payments. According to their report, “the evidence suggests a front man.”"
    [q] = analyze(text).quotes
    assert q.speaker == "their report" and q.speaker_name == "their report"


def test_a_title_set_off_by_the_name_of_its_holder_is_that_person_not_another_of_that_title(analyze):
    text = (
        "Lynn Fox, a former Apple and Google communications executive, said the firms should act. "
        "Already, Apple’s chief executive, Timothy D. Cook, told The Guardian last month that he would not let his nephew on social media."
    )
    [q] = [q for q in analyze(text).quotes if "nephew" in q.text]
    assert q.speaker_name == "Timothy D. Cook"


def test_a_participle_of_saying_after_a_subject_that_cannot_speak_goes_on_from_the_speaker_before(analyze):
    text = (
        "Her remarks followed criticism from the investor Tom Okafor, who said in May that he had become a "
        "“conscientious objector”, adding that the firms were exploiting “a weakness of the mind”."
    )
    [q] = [q for q in analyze(text).quotes if q.text == "a weakness of the mind"]
    assert q.speaker_name == "Tom Okafor"


def test_a_participle_of_saying_after_advice_is_the_advisers(analyze):
    text = "Police have also advised festival-goers to leave valuables at home and carry only small amounts of cash, warning about rampaging pickpockets during the parade."
    [q] = [q for q in analyze(text).quotes if "pickpockets" in q.text]
    assert q.speaker == "Police"


def test_a_line_of_capitals_in_quotation_marks_is_a_subheading_not_the_last_speakers_quote(analyze):
    text = (
        "Asked by reporters to comment on the speech, Mayor Ann Lee simply said \"we'll see, we'll see\", "
        "as she walked into a celebration at the harbour.\n"
        "The State Department did not immediately respond to a request for comment on the address.\n"
        "\"REALITY, NOT A THREAT\"\n"
        "The North tested missiles and conducted a test in September."
    )
    assert [q.text for q in analyze(text).quotes if q.kind == "direct"] == ["we'll see, we'll see"]


def test_a_person_quoted_in_an_article_is_not_the_article_that_says_more(analyze):
    text = (
        "Okafor said in the article that the road “was not a straight road.” "
        "She said that after the crash she left a hospital in a neck brace.\n"
        "The studio's representatives did not respond to a request for comment. "
        "The Ledger also did not get a response, according to the article."
    )
    [q] = [q for q in analyze(text).quotes if q.text.startswith("The Ledger")]
    assert q.speaker == "the article" and q.entity is None


def test_a_thing_that_threatens_to_happen_says_nothing(analyze):
    text = (
        "After two days of digging, rescuers in Marlow have reached only 13m down the old mine shaft, "
        "which threatens to collapse at any moment. The union threatened to strike over pay."
    )
    quotes = analyze(text).quotes
    assert not [q for q in quotes if "collapse" in q.text]
    assert [q.text for q in quotes if q.cue == "threatened"] == ["to strike over pay"]


def test_a_quoted_label_on_a_thing_added_is_no_quote_but_an_added_hashtag_is(analyze):
    tab = "We're adding a function that will let you hide apps under the ‘Bought’ tab in the Library."
    assert not analyze(tab).quotes
    hashtag = "The actress said they \"are thrilled\". She added the hashtag \"#familyof4\"."
    [tag] = [q for q in analyze(hashtag).quotes if q.text == "#familyof4"]
    assert tag.speaker == "She"


def test_someone_recalled_or_heard_saying_words_is_their_speaker(analyze):
    text = "Dana Perry boarded the plane. He recalled the pilot telling the passengers: \"We're going to take off.\""
    [q] = analyze(text).quotes
    assert q.speaker == "the pilot" and q.entity is None


def test_a_cue_the_parse_coordinates_with_the_root_is_said_by_the_clause_its_and_follows(analyze):
    text = (
        "For Brian Bodo, a traveling DJ, it felt as if they'd been flying for an hour before the captain came "
        "back on the intercom and said: \"The bird is back.\"\n"
        "\"The bird is flying around the cockpit,\" he announced, as Perry recalled it."
    )
    quotes = analyze(text).quotes
    assert [(q.speaker, q.speaker_name) for q in quotes] == [("the captain", "the captain"), ("he", "the captain")]


def test_a_title_opening_a_sentence_and_naming_what_follows_is_no_quote(analyze):
    text = (
        "\"Harbor Nights\" actor Tom Vale and the director Ada Lind split in 2015, according to a statement "
        "the former couple gave to a magazine.\n"
        "\"Morning Show\" co-host Lara Penn and her husband released a statement stating that they had decided to part."
    )
    quotes = analyze(text).quotes
    assert not [q for q in quotes if q.text in {"Harbor Nights", "Morning Show"}]
    assert "that they had decided to part" in [q.text for q in quotes]
    inside = "Comic Sara Vale tweeted that she and \"Harbor Nights\" star Tom Lind broke up after four years."
    [q] = analyze(inside).quotes
    assert q.kind == "indirect" and q.speaker.endswith("Sara Vale")


def test_a_clause_coordinated_with_a_cue_that_reports_no_clause_is_not_its_report(analyze):
    text = (
        "This effect was predicted by Einstein's general theory of relativity, and the rings of light "
        "that form are known as “Einstein rings”."
    )
    assert not analyze(text).quotes


def test_a_quoted_sentence_coordinated_with_a_cue_is_still_the_speakers(analyze):
    text = "Mara Lind had told him before. But she reminded him again and “the penny dropped for him. He confronted the producer.”"
    [q] = analyze(text).quotes
    assert q.text.startswith("the penny dropped") and q.speaker_name == "Mara Lind"


def test_he_added_goes_on_from_the_quote_before_whatever_the_census_says_of_the_first_name(analyze):
    # the census gives "Lai" to women; the text's "he added", right after his quote, is his
    text = (
        "Information minister Lai Okon denied that the girls were exchanged for prisoners, saying \"this is not a swap.\"\n"
        "\"It is a release, the product of long negotiations,\" he added."
    )
    [q] = [q for q in analyze(text).quotes if q.text.startswith("It is a release")]
    assert q.speaker == "he" and q.speaker_name == "Lai Okon"


def test_the_couple_or_the_pair_is_the_two_people_last_named_together(analyze):
    text = (
        "In September 2017, Mara Lind and Tom Vale announced they were separating after eight years of marriage. "
        "\"To give our family the best opportunity to adjust, we wanted to keep this a private matter,\" the couple said.\n"
        "Kris Holm filed for divorce from Bruce Holm. The couple acknowledged that they separated in October."
    )
    quotes = analyze(text).quotes
    [couple] = [q for q in quotes if q.text.startswith("To give our family")]
    assert couple.speaker == "the couple" and couple.speaker_name == "Mara Lind and Tom Vale" and couple.entity is None
    [holms] = [q for q in quotes if q.text == "that they separated in October"]
    assert holms.speaker_name == "The couple"  # (not named together: left as written)


def test_a_participle_hung_on_a_clause_with_no_subject_but_there_is_the_speakers(analyze):
    text = (
        "Tom Vale, 30, from Millbrook, who was among more than 50 injured, said he recalled the tram \"speeding up\".\n"
        "Speaking outside Millbrook General Hospital, he said people were screaming and there was \"blood everywhere\", "
        "describing the scene as \"like something out of a film\"."
    )
    quotes = {q.text: q for q in analyze(text).quotes}
    # (not "Millbrook", the place ending the apposition before "who")
    assert quotes["speeding up"].speaker_name == "Tom Vale"
    # (not "people", the subject of the clause coordinated with "there was")
    assert quotes["like something out of a film"].speaker_name == "Tom Vale"


def test_they_is_not_a_subject_of_what_they_are_said_to_say(analyze):
    text = (
        "Mr. Okafor and Mr. Brandt took issue with the suggestion that they were exploiting a loophole. "
        "By filling the role of “U.S. citizen” for registration purposes, the bank provided a valuable service "
        "for foreign companies whose top executives might not be American, they said."
    )
    [q] = analyze(text).quotes
    assert q.speaker == "they" and q.speaker_name == "Mr. Okafor and Mr. Brandt"


def test_the_airline_is_the_one_last_named_by_its_short_name(analyze):
    text = (
        "One of the flights was run by Velmark Airlines and the other by Nordic Ostra. "
        "A passenger said the Nordic Ostra crew told her the man had a Velmark Airlines boarding pass.\n"
        "A spokesperson for Nordic Ostra told reporters in a statement that the crew “became aware that one of the "
        "passengers boarded the incorrect flight.”\n"
        "The airline said the plane returned to Velmark City in accordance with its security protocol.\n"
        "“[Nordic Ostra Airways] would like to express its apologies,” the statement said."
    )
    [q] = [q for q in analyze(text).quotes if q.speaker == "The airline"]
    assert q.speaker_name == "Nordic Ostra Airways"


def test_a_video_posted_by_someone_is_the_speaker_not_whoever_put_something_somewhere(analyze):
    text = (
        "Rescuers have put metal tubes around the well to protect the boy.\n"
        "An aerial video posted by Varta.com shows the diggers have dug a crater of around 100 metres around the well."
    )
    [q] = analyze(text).quotes
    assert q.speaker == "An aerial video" and q.speaker_name == "An aerial video" and q.entity is None
    # (nor a publisher of something else before: the text says who posted the video)
    text = "The ministry released a statement on Monday.\n" + text
    [q] = [q for q in analyze(text).quotes if q.text.startswith("the diggers")]
    assert q.speaker_name == "An aerial video" and q.entity is None


def test_saying_goodbye_to_a_motto_quotes_no_one(analyze):
    assert not analyze("TEMPE, Ariz. — Say goodbye to “No risk it, no biscuit.”\nCoach Tom Vale is retiring after five seasons.").quotes


def test_another_poll_is_not_the_one_before(analyze):
    text = (
        "In a poll released Sunday, some 62 percent of respondents said the reactions to the shooting were inexcusable.\n"
        "The poll of 1,000 people gave no margin of error.\n"
        "According to another poll, Greeks see more in the violence than a simple reaction to the shooting."
    )
    [q] = [q for q in analyze(text).quotes if q.text.startswith("Greeks")]
    assert q.speaker == "another poll" and q.speaker_name == "another poll" and q.entity is None


def test_a_report_relayed_according_to_an_outlet_is_the_reports(analyze):
    text = (
        "The Millbrook fire department's incident report stated that the bear was \"violently dragging and throwing the child,\" "
        "according to WKRC.\n"
        "The coroner's report said the man had died of \"blunt force trauma\", according to the Ostra Herald."
    )
    quotes = {q.text: q for q in analyze(text).quotes}
    assert quotes["violently dragging and throwing the child,"].speaker == "The Millbrook fire department's incident report"
    assert quotes["blunt force trauma"].speaker == "The coroner's report"


def test_according_to_plan_is_no_attribution(analyze):
    text = (
        "If all goes according to plan, the Falcon Heavy will lift off and enter orbit before noon.\n"
        "According to the company's plan, the plant will close in May.\n"
        "According to the initial schedule published Thursday, Thiel is scheduled to speak next Thursday night."
    )
    speakers = {q.text: q.speaker for q in analyze(text).quotes}
    assert speakers == {
        "the plant will close in May": "the company's plan",
        "Thiel is scheduled to speak next Thursday night": "the initial schedule published Thursday",
    }


def test_nothing_that_cannot_speak_goes_on_with_a_quote(analyze):
    text = (
        "At 10:12 p.m. an officer reports in an agitated voice: “We have multiple casualties.”\n"
        "But the confusion over the source of the gunshots continues:\n"
        "“Shots are coming from Gate 7.”\n"
        "The mayor continues: “We will rebuild.”\n"
        "\"Lewandowski grabbed her left arm,\" Bujnowski wrote in the affidavit. It continued: "
        "\"Probable cause exists to charge Lewandowski with battery.\""
    )
    quotes = {q.text: q for q in analyze(text).quotes}
    assert quotes["Shots are coming from Gate 7."].speaker_name != "the confusion over the source of the gunshots"
    assert quotes["We will rebuild."].speaker_name == "The mayor"
    assert quotes["Probable cause exists to charge Lewandowski with battery."].speaker == "It"  # (the affidavit goes on)


def test_who_after_a_name_and_its_role_is_the_one_named(analyze):
    [q] = analyze("Ruiz’s son contacted Penlow, her electric provider, who confirmed the error.").quotes
    assert q.speaker == "who" and q.speaker_name == "Penlow"


def test_he_after_a_sentence_about_someone_unnamed_is_that_person(analyze):
    text = (
        "“This shooting was going on for at least 10 minutes,” said Jake Owen, a country singer who was on stage.\n"
        "At 10:08 p.m., an officer on the scene sounds the alarm. “We got shots fired,” he says.\n"
        "A woman who lives nearby heard the shots. “It was terrifying,” he said."
    )
    speakers = {q.text: (q.speaker_name, q.entity) for q in analyze(text).quotes}
    assert speakers["We got shots fired,"] == ("an officer on the scene", None)
    assert speakers["It was terrifying,"][0] != "A woman who lives nearby"  # (not a he)


def test_words_someone_named_said_inside_another_report_are_theirs(analyze):
    text = (
        "Premier Holm said she spoke to Varga on Tuesday and they agreed to keep the ferries running. "
        "Varga also said the city was “100 percent with Kessmouth”, Holm told reporters.\n"
        "Okafor said voters will say “no” to the toll."
    )
    quotes = {q.text: q for q in analyze(text).quotes}
    assert quotes["100 percent with Kessmouth"].speaker == "Varga"
    assert quotes["Varga also said the city was “100 percent with Kessmouth"].speaker == "Holm"  # (who relays it)
    assert quotes["no"].speaker == "Okafor"  # (a guess at what others will say is in the speaker's own words)


def test_a_quote_in_a_clause_coordinated_inside_a_report_is_its_own_subjects(analyze):
    text = (
        "The Ledger notes that Varga tweeted that council leader Ines Brandt should resign, and Brandt later "
        "called Varga “very weak on ferries.”\n"
        "Okafor said she felt the toll was unfair because “most people can't pay it,” she said."
    )
    quotes = {q.text: q for q in analyze(text).quotes}
    assert quotes["very weak on ferries."].speaker == "Brandt"
    assert quotes["most people can't pay it,"].speaker_name == "Okafor"  # (she may be the one named)


def test_it_after_a_clause_about_an_institution_is_that_institution(analyze):
    text = (
        "Gen. Ines Brandt said the navy did not try to stop the ship because it posed no threat to Varland.\n"
        "But when the government tracked the ship along the coast, it warned fishermen in its path to stay in port "
        "— just in case the ship turned toward them.\n"
        "After the Kessmouth Port Authority reviewed the footage, it said the driver was not at fault."
    )
    quotes = {q.text: q for q in analyze(text).quotes}
    warned = quotes["fishermen in its path to stay in port — just in case the ship turned toward them"]  # (its purpose too)
    assert (warned.speaker, warned.speaker_name, warned.entity) == ("it", "the government", None)
    assert quotes["the driver was not at fault"].speaker_name == "Kessmouth Port Authority"


def test_the_writers_own_say_so_is_no_quote(analyze):
    text = (
        "The Moon Village plan was put forward by the agency in 2015.\n"
        "But it is safe to say that Varland's plans are the most advanced. Needless to say, the budget grew. "
        "Suffice it to say the talks went badly. It's fair to say he was upset, Okafor said."
    )
    assert {q.text: q.speaker for q in analyze(text).quotes} == {"It's fair to say he was upset": "Okafor"}


def test_what_a_phrase_refers_to_is_no_quote(analyze):
    text = "He used a profane phrase that commonly refers to people who are full of themselves. The senator referred to the mayor as a coward."
    assert [q.text for q in analyze(text).quotes] == ["the mayor as a coward"]


def test_a_menu_in_capitals_reports_nothing(analyze):
    text = (
        "Categories Select Category 2015 MAINS SELF STUDY GUIDE POLITICAL SCIENCE PRELIMS 2016 QUESTION PAPERS "
        "QUESTIONS AND ANSWERS QUESTIONS FOR MAINS QUIZ 2015-16 QUIZ 2017 VIDEOS RESULTS SCIENCE ESSAY WRITING "
        "SKILLS ENGLISH LITERATURE ENVIRONMENT\n"
        "The ministry said the exam would be held in May."
    )
    assert [q.text for q in analyze(text).quotes] == ["the exam would be held in May"]


def test_the_woman_is_the_woman_the_sentence_just_described(analyze):
    text = (
        "A black woman was moved to coach at the ticket counter, the group said.\n"
        "The group listed other incidents: a man was removed after a dispute, and an older woman and her "
        "infant child were removed from a flight to Kessmouth when the woman asked that her stroller be "
        "retrieved from checked baggage."
    )
    [q] = [q for q in analyze(text).quotes if q.text.startswith("that her stroller")]
    assert (q.speaker, q.speaker_name) == ("the woman", "an older woman")


def test_a_definite_speaker_with_a_name_in_it_takes_up_only_a_description_with_that_name(analyze):
    text = (
        "A Delta Air Lines spokesman described the problem as minor. A new CBS poll released Monday showed Varga ahead.\n"
        "“We returned out of caution,” the Delta spokesman said. The USC Dornsife tracking poll shows Okafor with a lead. "
        "The CBS poll shows Varga leading among women. The two polls show the race tightening. "
        "The previous CBS poll showed Okafor ahead."
    )
    speakers = {q.text: q.speaker_name for q in analyze(text).quotes}
    assert speakers["We returned out of caution,"] == "A Delta Air Lines spokesman"
    assert speakers["Okafor with a lead"] == "The USC Dornsife tracking poll"
    assert speakers["Varga leading among women"] == "A new CBS poll released Monday"
    assert speakers["the race tightening"] == "The two polls"  # (not one poll of those before)
    assert speakers["Okafor ahead"] == "The previous CBS poll"  # (not the new one)


def test_a_statement_of_the_company_is_the_company_the_article_is_about(analyze):
    text = (
        "Credit agency Norvik Data Inc. said on Thursday that a breach may have affected 1 million customers.\n"
        "The company, which stores payment data for retailers, said in a statement it learned of the breach "
        "on July 29 and “acted immediately.”\n"
        "“Criminals exploited a flaw in our website,” the statement said."
    )
    speakers = {q.text: q.speaker_name for q in analyze(text).quotes}
    assert speakers["acted immediately."] == "Norvik Data Inc."  # (a clause set off by commas only describes it)
    assert speakers["Criminals exploited a flaw in our website,"] == "Norvik Data Inc."


def test_a_resolution_says_what_the_body_that_passed_it_says(analyze):
    text = (
        "On Sunday, the Varland Harbour Council voted unanimously for a resolution that calls for a new ferry line.\n"
        "“The council calls upon the ministry to fund the line,” the non-binding resolution says, according to Channel 4.\n"
        "A bill in parliament says the line should open in 2027."
    )
    speakers = {q.text: q.speaker_name for q in analyze(text).quotes}
    assert speakers["The council calls upon the ministry to fund the line,"] == "Varland Harbour Council"
    assert speakers["the line should open in 2027"] == "A bill in parliament"  # (no one said to pass it)


def test_slamming_the_door_says_nothing(analyze):
    text = "He would slam the door on the Vikings and end the drought. The mayor slammed the plan as reckless."
    assert [q.text for q in analyze(text).quotes] == ["the plan as reckless"]


def test_a_quote_after_a_word_of_its_clause_ends_that_clause_however_the_parse_hung_it(analyze):
    text = "The Ohio governor said critics and the press are to blame for focusing on “she said this, she posted that.”"
    a = analyze(text)
    q = quote_with(a, "she said this, she posted that.")
    assert q.kind == "partial" and q.speaker == "The Ohio governor"
    assert text[q.context_start : q.context_end] == "critics and the press are to blame for focusing on “she said this, she posted that.”"
    check_offsets(text, a)


def test_a_name_read_as_an_organisation_that_her_stands_for_is_a_person(analyze):
    text = (
        "Kevin Snow said he noticed the ferry did not slow down.\n"
        "Yetunde Akande said her husband was travelling on the ferry and suffered a deep cut on his face.\n"
        "She said some people trapped underneath the deck were calling for help."
    )
    q = quote_with(analyze(text), "trapped underneath the deck")
    assert q.speaker == "She" and q.speaker_name == "Yetunde Akande"
    # (the parse breaks the reported clause in two before "were": one clause)
    assert q.text == "some people trapped underneath the deck were calling for help"


def test_a_place_a_she_follows_stays_a_place(analyze):
    text = (
        "Asked if she believed Putin wanted Trump to win, Clinton said she was not going to jump to that conclusion.\n"
        "The United States would not tolerate that from any other country, especially one considered an adversary, she said."
    )
    a = analyze(text)
    assert [e.label for e in a.entities if e.name == "United States"] == ["GPE"]
    assert quote_with(a, "would not tolerate that").speaker_name == "Clinton"


def test_a_newsletter_box_between_two_paragraphs_does_not_push_the_person_out_of_reach(analyze):
    text = (
        "In November, Kim Jong Un declared his nuclear force complete.\n"
        "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. "
        "Invalid email address. Please re-enter. You must select a newsletter to subscribe to. Sign Up "
        "You agree to receive occasional updates and special offers for The New York Times's products and services. "
        "Thank you for subscribing. An error has occurred. Please try again later. View all New York Times newsletters.\n"
        "He continued that theme in his address, announcing that the country would focus on \"mass producing warheads\" this year."
    )
    q = quote_with(analyze(text), "mass producing warheads")
    assert q.speaker == "He" and q.speaker_name == "Kim Jong Un"


def test_the_brother_is_the_one_the_text_calls_a_brother(analyze):
    text = (
        "Their mother raised the family alone, his brother, Eric Dunmore, told reporters on Monday.\n"
        "They moved around the country, another brother, Patrick Dunmore, of Tucson, said. "
        "Stephen Dunmore's behavior did not offer any indication of violent tendencies, the brother said.\n"
        "Police said Stephen Dunmore's mother lives in Florida. The mother said she was shocked.\n"
        "The brother told reporters that he knew Stephen Dunmore had handguns. "
        "“Where did he get automatic weapons?” the brother said."
    )
    speakers = {q.text: q.speaker_name for q in analyze(text).quotes}
    assert speakers["Stephen Dunmore's behavior did not offer any indication of violent tendencies"] == "Patrick Dunmore"
    # (not Stephen, named near "The brother"; Patrick is beyond the sentences looked back on)
    assert speakers["Where did he get automatic weapons?"] == "the brother"
    assert speakers["she was shocked"] == "The mother"  # (no one is called a mother: not Stephen Dunmore)


def test_what_a_posted_message_read_is_the_posters(analyze):
    text = (
        "Another man, James Tolland, who is also from Croydon, said he too was on the tram. "
        "On Wednesday evening, he posted an image online of a text message to his partner. "
        "It read: “The driver went round the bend so fast, he smacked on the brakes.”"
    )
    q = quote_with(analyze(text), "The driver went round the bend")
    assert q.speaker == "It" and q.speaker_name == "James Tolland"
    text = (
        "A coalition of nearly 40 groups - including the Harbour Academy of Pediatrics, and Easter Seals - sent a letter "
        "this week urging Congress to act.\n"
        '"The fact that Congress has failed to act would seem to reflect an appalling indifference," it read.'
    )
    q = quote_with(analyze(text), "The fact that Congress has failed")
    assert q.entity is None and q.speaker_name == "A coalition of nearly 40 groups"  # (not Congress)


def test_quoting_someone_as_saying_gives_the_words_to_the_one_quoted(analyze):
    text = (
        "Director Quincy Tarrant persuaded her to do it, the article said, quoting him as saying, "
        "“Hit 40 miles per hour or your hair won’t blow the right way.”\n"
        "The Ledger quoted one of Tarrant's advisers as saying the shoot was safe.\n"
        "Police union head Rainer Wendler told the Nordstadt Zeitung daily that the zone sends a “devastating message.”\n"
        "“By doing so one is saying there are safe zones and unsafe zones” for women that could result in "
        "“the end of equality,” the newspaper quoted him as saying."
    )
    speakers = {q.text: (q.speaker, q.speaker_name) for q in analyze(text).quotes}
    assert speakers["By doing so one is saying there are safe zones and unsafe zones"] == ("him", "Rainer Wendler")
    assert speakers["the end of equality,"] == ("him", "Rainer Wendler")
    assert speakers["Hit 40 miles per hour or your hair won’t blow the right way."] == ("him", "Quincy Tarrant")
    assert speakers["the shoot was safe"] == ("one of Tarrant's advisers", "one of Tarrant's advisers")  # (not Tarrant)
    a = analyze("Quincy Tarrant flew to Tokyo. Several of Tarrant's tweets questioned the efficacy of the ticket scanner.")
    assert quote_with(a, "the efficacy of the ticket scanner").speaker_name == "Quincy Tarrant"  # (his tweets are his)


def test_police_ranks_abbreviated_are_no_one_and_a_branch_is_an_organisation(analyze):
    text = (
        "The Rail Accident Investigation Branch (RAIB) said: “Initial indications suggest that the tram was travelling fast.”\n"
        "British Transport police Asst Ch Con Robin Smith said the force was investigating.\n"
        "He said officers would be “working through the night” at the scene."
    )
    a = analyze(text)
    assert {e.name for e in a.entities if e.label == "PERSON"} == {"Robin Smith"}
    assert quote_with(a, "working through the night").speaker_name in {None, "Robin Smith"}  # (the census calls Robin a woman)


def test_a_label_in_what_a_picture_shows_is_no_ones_words(analyze):
    text = "A picture taken on January 1, 2018 shows the 'super moon' rising over the harbour, in Port Ellis"
    quotes = analyze(text).quotes
    assert [q.kind for q in quotes] == ["indirect"]  # (what it shows, as a finding; no partial quote of 'super moon')


def test_a_question_of_what_someone_would_have_thought_reports_nothing(analyze):
    text = (
        "What would the mayor have thought that the ferry line closed?\n"
        "The mayor said he would have thought the line was safe."
    )
    assert [q.text for q in analyze(text).quotes] == ["he would have thought the line was safe"]


def test_a_quote_after_a_participle_that_says_more_goes_on_from_what_it_says(analyze):
    text = (
        '"It is abundantly clear that he did not fight for the bill," Christie said, adding that he had fought for '
        'bills in his time as governor. "A leader must fight for what they believe in."\n'
        '"We are looking at the needs of the people," Sanders said, going on to contrast Clinton\'s proposals with '
        'those of Trump: "So I would just simply say to the millennials: look at the issues."'
    )
    a = analyze(text)
    q = quote_with(a, "A leader must fight")
    assert q.kind == "partial" and q.cue == "adding" and q.speaker_name == "Christie"
    assert [text[s:e] for s, e in q.context_pieces] == [
        "that he had fought for bills in his time as governor", '"A leader must fight for what they believe in."'
    ]
    q = quote_with(a, "It is abundantly clear")
    assert not q.pieces and (q.start, q.end) == (1, 59)  # (one piece: B is no piece of it)
    q = quote_with(a, "So I would just simply say")
    assert q.cue == "contrast" and q.speaker_name == "Sanders"
    assert text[q.context_pieces[0][0] : q.context_pieces[0][1]] == "Clinton's proposals with those of Trump"
    check_offsets(text, a)


def test_who_after_two_descriptions_of_a_named_speaker_is_that_speaker(analyze):
    text = (
        "''I don't think that voters in Texas trust him,'' said Lionel Sosa, a Texas media consultant and an "
        "influential Hispanic Republican who said he would not vote for Mr. Cruz."
    )
    q = quote_with(analyze(text), "he would not vote for Mr. Cruz")
    assert q.speaker == "who" and q.speaker_name == "Lionel Sosa"  # (not "Republican")


def test_a_fronted_time_before_an_aside_cue_is_the_writers(analyze):
    text = (
        "During his seven and a half years in office, Mr. Obama said, a majority of Americans have come to believe "
        '"that climate change is real."'
    )
    q = quote_with(analyze(text), "that climate change is real.")
    assert text[q.context_start : q.context_end].startswith("a majority of Americans")


def test_a_quote_standing_after_what_someone_was_said_to_call_it_is_theirs(analyze):
    text = (
        "In the 1990s, Tom Varga turned a small chain of bakeries into a national business. "
        "His former partner at the firm, Lena Ostrova, called him a master at closing impossible deals. "
        '"He showed again and again an ability to find deals that other people could not."\n\n'
        "Varga sold the business in 2004."
    )
    a = analyze(text)
    q = quote_with(a, "He showed again and again")
    assert q.kind == "direct" and q.inherited and q.speaker_name == "Lena Ostrova"


def test_a_quote_after_someone_elses_quote_in_that_sentence_is_not_the_reports(analyze):
    text = (
        "Mara Lind said the director had been kind to her at first. He told her to follow him down a hall - "
        'there were always, she says, "doors within doors" - so they could keep talking. '
        '"Then I followed him through a door and it was a steam room."'
    )
    a = analyze(text)
    assert not any("Then I followed him" in q.text and q.inherited for q in a.quotes)


def test_a_kind_of_person_with_what_they_are_known_for_is_the_one_just_named(analyze):
    text = (
        "Felipe Varela bid farewell to the Grand Prix of Castelmar, leaving the circuit to the applause of rival teams.\n"
        "The Tornado driver was making his final appearance in his native country after announcing he is to retire "
        'at the end of the season, and admitted: "I will never forget this day."'
    )
    a = analyze(text)
    assert quote_with(a, "I will never forget this day").speaker_name == "Felipe Varela"
    assert quote_with(a, "he is to retire").speaker_name == "Felipe Varela"


def test_someone_named_by_their_age_is_the_one_just_named(analyze):
    a = analyze(
        'Student Amina Nkeki was kidnapped by a militia in 2014 and escaped after two years.\n\n'
        '"I want to see my friends again," the 21-year-old said.'
    )
    assert quote_with(a, "I want to see my friends").speaker_name == "Amina Nkeki"
    # (not when two people were just named: which of them it is, the text does not say)
    a = analyze("Actress Sara Milton and the writer Paul Green have broken up.\nThe 47 year old comic announced the split on Twitter.")
    assert quote_with(a, "the split").entity is None


def test_a_role_qualified_by_a_name_is_not_the_same_role_of_someone_else(analyze):
    text = (
        "The Veronan chief Cabinet secretary, Aiko Morimura, says the missile reached an altitude of 700 kilometers.\n"
        "Morimura condemned the test.\n"
        "The White House press secretary says the president has been briefed on the launch."
    )
    a = analyze(text)
    q = quote_with(a, "the president has been briefed")
    assert q.entity is None and q.speaker_name == "The White House press secretary"


def test_the_statement_is_the_one_who_spoke_in_a_statement_not_the_one_who_tweeted(analyze):
    text = (
        "A jet returned to Castelmar on Tuesday because a passenger was on the wrong plane, Nordair said in a statement.\n"
        "Flight 175 turned around over the ocean when the crew learned of the mix-up. It landed in the evening.\n"
        "Model Dana Pryce said in a tweet that she and her husband were on the flight.\n"
        '"During the flight, the crew became aware that one of the passengers boarded the wrong flight," the statement said.'
    )
    a = analyze(text)
    assert quote_with(a, "the crew became aware").speaker_name == "Nordair"


def test_they_past_a_photo_caption_are_the_people_said_to_speak_before_it(analyze):
    text = (
        "Investigators are looking into what caused a small plane to crash in woods soon after takeoff.\n"
        "Officials said they are still seeking the names of the passengers who died when the plane went down in Vallora.\n"
        "The tail of the plane could be seen at the crash site (Public Safety Ministry/AP)\n"
        "They said Skyline Air had provided a passenger list, but the names on it had not been confirmed."
    )
    a = analyze(text)
    q = quote_with(a, "Skyline Air had provided")
    assert q.entity is None and q.speaker_name == "Officials"


def test_paragraphs_of_one_quote_run_together_on_a_line_are_one_quote(analyze):
    text = (
        'Foreign Minister Pia Holm said: "Norland has conducted yet another illegal missile launch. '
        '"The international community has condemned the actions of the Norland regime. '
        '"We stand firmly by our partners."\n'
        "Talks resume on Monday."
    )
    a = analyze(text)
    q = quote_with(a, "We stand firmly by our partners")
    assert q.kind == "direct" and q.speaker_name == "Pia Holm"
    assert [text[s:e] for s, e in q.pieces] == [
        "Norland has conducted yet another illegal missile launch.",
        "The international community has condemned the actions of the Norland regime.",
        "We stand firmly by our partners.",
    ]
    check_offsets(text, a)


def test_a_quote_that_lost_its_closing_mark_before_a_lead_in_does_not_swallow_the_next(analyze):
    text = (
        'Asked about the ban, Ian Morrow said: "Definitely. This is why most banks limited it. '
        '"Banks are not trying to stop you spending your own money! When asked about the future, Mr Morrow said: '
        '"Not really. Until now, mainstream firms have not been close to digital currencies."\n'
    )
    a = analyze(text)
    q = quote_with(a, "Not really")
    assert q.kind == "direct" and q.speaker_name == "Ian Morrow"
    assert not any("When asked about the future" in q.text for q in a.quotes)


def test_citing_sources_says_where_it_heard_it_not_what_anyone_said(analyze):
    a = analyze("The Norland Herald claimed the satellites had spotted the launch, citing government sources in Vallora.")
    assert quote_with(a, "the satellites had spotted the launch").speaker_name == "Norland Herald"
    assert not any("government sources" in q.text for q in a.quotes)
    # (what a citation is cited for stays: "cited officials as saying …")
    a = analyze("Mayor Ines Brandt cited officials as saying the plant would close.")
    assert quote_with(a, "the plant would close").speaker_name == "Ines Brandt"


def test_people_named_together_after_an_opening_clause_are_who_call_it_so(analyze):
    # the small model hangs the names on the clause before the comma, leaving the verb no subject
    a = analyze(
        "When terrorists are revealed as part of the second front of the radical Islamic terror war, "
        'Varga and Holm call them "lone wolves" and describe their actions as crimes.'
    )
    assert quote_with(a, "lone wolves").speaker == "Varga and Holm"


def test_what_someone_is_called_goes_on_past_a_phrase_hung_on_the_verb_but_not_the_scene(analyze):
    a = analyze("His former partner at the firm, Lena Ostrova, called him a master at bolting together impossible deals.")
    assert quote_with(a, "a master").text == "him a master at bolting together impossible deals"
    a = analyze("Mayor Tom Haddad called the plan a sham at a rally in Vallora.")
    assert quote_with(a, "a sham").text == "the plan a sham"


def test_it_goes_without_saying_is_no_ones_words(analyze):
    a = analyze("It goes without saying that raising taxes on the rich is anathema to Republicans, who call it ''a tax grab.''")
    assert not any(q.cue in {"saying", "goes"} for q in a.quotes)
    assert quote_with(a, "a tax grab").speaker_name == "Republicans"


def test_a_name_in_marks_after_during_a_is_an_events_not_a_quote(analyze):
    a = analyze('Governor Ines Brandt stressed her support of the new port during a "Harbour Leaders Forum" sponsored by Vallora News.')
    assert not any("Harbour Leaders Forum" in q.text for q in a.quotes)


def test_a_title_in_marks_that_a_sentence_is_about_is_no_quote(analyze):
    a = analyze("“Harbor Nights” made the studio rich, and Ines Brandt says the city should share in it.")
    assert not any("Harbor Nights" in q.text for q in a.quotes)
    assert quote_with(a, "the city should share in it").speaker_name == "Ines Brandt"


def test_someone_a_lead_describes_is_the_one_the_next_sentence_names(analyze):
    a = analyze(
        "ERIE, Pa. (AP) - A Vallora woman says she went online to check her electric bill and was stunned at the amount.\n"
        "The Vallora Courier reports that Mara Lindqvist said her eyes just about popped out of her head."
    )
    assert quote_with(a, "she went online").speaker_name == "Mara Lindqvist"
    a = analyze(
        "A leading space expert has warned that parts of the station could survive the journey to Earth. "
        "Jonas Wexler, a renowned astrophysicist from Vale University, suggested the debris would be small."
    )
    assert quote_with(a, "parts of the station").speaker_name == "Jonas Wexler"
    # (an official is not the suspect named next)
    a = analyze("A police spokesman said the suspect fled on foot. Daniel Okafor, 32, was later charged.")
    assert quote_with(a, "the suspect fled").entity is None


def test_a_report_that_goes_on_as_a_list_of_clauses_holds_the_words_quoted_in_them(analyze):
    text = (
        "Mayor Ines Brandt went on offense against Tom Haddad on Monday, saying he would abandon the harbour, "
        'his plan is "dangerously wrong" and he is a "bully" -- all without speaking his name.'
    )
    a = analyze(text)
    q = quote_with(a, "dangerously wrong")
    assert q.kind == "partial" and q.speaker_name == "Ines Brandt"
    assert text[q.context_start : q.context_end] == 'he would abandon the harbour, his plan is "dangerously wrong" and he is a "bully"'
    assert [text[s:e] for s, e in q.pieces] == ["dangerously wrong", "bully"]
    # (not a clause of the writer's after the report: the crowd's cheer is the crowd's)
    a = analyze('Mayor Ines Brandt opened the bridge on Monday, saying it would cut commutes, and the crowd cheered "Brandt!"')
    assert quote_with(a, "it would cut commutes").kind == "indirect"


def test_a_quote_with_no_cue_is_by_whoever_spoke_last_before_it_in_any_form(analyze):
    text = (
        "Halvern Freight said in a statement: “Our policy forbids it. We will investigate.”\n"
        "The women have since left the city, according to Rosa Imbert, director of Safe Harbour, a volunteer group.\n"
        "“They were in debt and they tried to get out and they were afraid.”\n"
    )
    assert quote_with(analyze(text), "They were in debt").speaker_name == "Rosa Imbert"
    # (not past a line that leads in to the quote with a colon)
    text = (
        "“Shots are coming from Gate 7,” an officer on the scene said.\n"
        "The gunman had smashed two windows, the sheriff said later.\n"
        "Even with pandemonium on the streets, one officer has identified where the shooting is coming from:\n"
        "“I'm inside on the 31st floor, I can hear the automatic fire above us.”\n"
    )
    assert quote_with(analyze(text), "automatic fire above us").speaker_name != "the sheriff"


def test_a_quote_with_no_cue_after_a_paragraph_that_brings_in_a_new_person_is_theirs(analyze):
    text = (
        "Marta Quist and her husband Tom watched from their balcony.\n"
        "“These bodies just sat there,” he said.\n"
        "Pavel Dunn, who has lived in Lenza for 25 years, had just finished watching the fireworks when the crowd ran.\n"
        "“My partner took my hand and we started running with everybody.”\n"
    )
    assert quote_with(analyze(text), "My partner took my hand").speaker_name == "Pavel Dunn"
    # (not a person named before: the quote goes on with the one who spoke)
    text = (
        "“These bodies just sat there,” said Tom Quist.\n"
        "Quist had just finished watching the fireworks when the crowd ran.\n"
        "“My partner took my hand and we started running with everybody.”\n"
    )
    assert quote_with(analyze(text), "My partner took my hand").speaker_name == "Tom Quist"
    # (nor a caption that names someone, with no full stop)
    text = (
        "“Nobody wants a war,” Prime Minister Alan Voss said.\n"
        "American tourist Matthew Galen woken by sirens after the launch\n"
        "“That would be the end for his government.”\n"
    )
    assert quote_with(analyze(text), "the end for his government").speaker_name == "Alan Voss"


def test_the_chipmaker_is_the_company_named_just_before(analyze):
    text = (
        "Corvane Inc. has countered that its future is brighter as a standalone company. "
        "The chipmaker says it is on the cusp of breaking into new markets."
    )
    assert quote_with(analyze(text), "on the cusp").speaker_name == "Corvane Inc."


def test_a_name_set_off_after_a_spokespersons_phrase_names_the_spokesperson(analyze):
    # the parse hangs the name on "Buhari", the phrase's last word; it names the spokesperson
    text = "A spokesperson for Buhari, Mallam Garba Shehu, said the release was the outcome of talks."
    assert quote_with(analyze(text), "the outcome of talks").speaker_name == "Garba Shehu"
    # (not a company named after "a spokesman for the company")
    text = "A spokesman for the company, Acme Corp, said profits rose."
    assert quote_with(analyze(text), "profits rose").entity is None


def test_words_a_news_agency_cites_by_name_are_the_named_sources(analyze):
    text = '"The attack was carried out by a soldier of the group," Reuters cited the Amaq website as saying.'
    assert quote_with(analyze(text), "carried out by a soldier").speaker_name == "Amaq"
    # (not what is cited: a phrase in marks, or a poll the verb takes with no words of its own)
    a = analyze('The senator cited "security concerns" at the Capitol. Trump cited the New York Times poll showing him ahead.')
    assert quote_with(a, "security concerns").speaker_name == "The senator"
    assert quote_with(a, "poll showing him ahead").speaker_name == "Trump"


def test_a_comma_typed_against_the_next_word_after_an_abbreviation_still_parts_them(analyze):
    text = (
        "All Nippon Airways said in a statement that the crew had turned back. "
        "It landed in Los Angeles at 7:33 p.m.,the airline said."
    )
    assert quote_with(analyze(text), "It landed").speaker_name == "All Nippon Airways"


def test_a_definite_description_is_the_one_the_next_sentence_names_with_the_same_noun(analyze):
    text = (
        "However, the child's uncle told a reporter that he found the well to be empty this morning. "
        "The boy's uncle, Song Jianmin, told a reporter from The Courier that he saw only dry mud."
    )
    assert quote_with(analyze(text), "found the well to be empty").speaker_name == "Song Jianmin"


def test_they_after_a_sentence_whose_subject_the_parse_left_hanging_is_that_subject(analyze):
    # the group's name, "It's Time for Brimley", reads as a clause of its own and leaves
    # "The event organisers" with no verb
    text = (
        "The fireworks started going off at once.\nThe event organisers, It's Time for Brimley, said on Facebook "
        'that they believed a canister had exploded, setting off "a chain of blasts".'
    )
    assert quote_with(analyze(text), "a chain of blasts").speaker_name == "The event organisers"


def test_they_is_who_said_something_not_who_it_was_said_of(analyze):
    text = (
        "Emergency crews were called and police said the crowds were moved off the pier as a precaution.\n"
        '"It was over in seconds," they said.'
    )
    assert quote_with(analyze(text), "over in seconds").speaker_name == "police"


def test_words_of_an_email_received_from_someone_are_the_senders(analyze):
    text = (
        "A day after the Gazette contacted Orbis Labs, an unknown number of its employees in Millbrook received an email "
        'from Human Resources officials warning them: "Orbis Labs has been informed by the county prosecutor that records were obtained."'
    )
    assert quote_with(analyze(text), "has been informed").speaker_name == "Human Resources officials"


def test_they_looks_past_a_photos_credit_in_brackets_to_the_people_before_it(analyze):
    text = (
        "Investigators are looking into what caused a small plane to crash in woods soon after takeoff.\n"
        "Officials said they are still seeking to establish the names of the passengers who died when the plane went down in Velmark.\n"
        "The tail of the plane could be seen at the crash site\n(Velmark Public Safety Ministry/AP)\n"
        "They said Skyline Air had provided a passenger list, but the names on it had not been confirmed."
    )
    assert quote_with(analyze(text), "provided a passenger list").speaker_name == "Officials"


def test_who_of_a_second_relative_clause_stands_for_the_noun_the_first_follows(analyze):
    text = (
        "The senator was rallying for a retired teacher named Ana Brandt, who is running for the council and who "
        'worked the crowd, praising "the mayor\'s honesty and energy" as she promised to fix the roads.'
    )
    assert "Ana Brandt" in quote_with(analyze(text), "honesty and energy").speaker_name


def test_a_name_before_a_comma_and_a_verb_of_saying_read_as_modifying_it_is_the_speaker(analyze):
    # the parse reads "tweeted" as a phrase on the name and a word of the quote as the subject
    text = "Tom Okafor, the party's 2020 nominee, tweeted in response: “Important distinction: the regime jails reporters and rivals; our leaders jail no one.”"
    assert quote_with(analyze(text), "Important distinction").speaker_name == "Tom Okafor"


def test_a_name_and_colon_after_a_dash_names_the_quote_a_verb_before_the_dash_took(analyze):
    text = "Pollsters agree - Jane Holm: “One of the biggest lessons was a simple one: keep on contacting voters as late as possible.”"
    assert quote_with(analyze(text), "biggest lessons").speaker_name == "Jane Holm"


def test_a_participle_after_a_cue_set_in_a_reported_clause_is_that_cues_speaker(analyze):
    text = "Kerr cannot say that “from his perspective,” Lindqvist added, saying it should be “up to the prosecutor to move forward or not.”"
    assert quote_with(analyze(text), "up to the prosecutor").speaker_name == "Lindqvist"
    # (a participle on a reported clause that is no one's saying is still the outer speaker's)
    text = "Maher said the report was bad, adding, “It is a mess.”"
    assert quote_with(analyze(text), "It is a mess").speaker_name == "Maher"


def test_added_after_a_cue_set_in_a_quote_with_a_quote_inside_it_is_the_cues_speaker(analyze):
    text = (
        "Ms. Varga said she considered how that would play to readers. ''I hate the term 'Millbrook poor,' '' she said, "
        "but added that after taxes, as a couple with one income, ''They weren't living large.''"
    )
    assert quote_with(analyze(text), "living large").speaker_name == "Varga"


def test_a_participle_the_parse_made_a_root_after_a_quoted_title_is_the_earlier_verbs_subject(analyze):
    text = (
        "Former prosecutor and Millbrook Mayor Ines Brandt, who backs Okafor, trashed Kerr on MSNBC’s “Morning Joe,” "
        "calling it a “no-brainer” to prosecute under the statutory definition of the law."
    )
    assert quote_with(analyze(text), "no-brainer").speaker_name == "Ines Brandt"


def test_a_participle_on_a_main_clause_about_no_one_is_the_people_of_the_clause_before_it(analyze):
    text = (
        "The first incident came during a speech at the State University of Millbrook at Purchase, "
        "when Okafor protesters interrupted her speech, shouting “she wins, we lose!”"
    )
    assert quote_with(analyze(text), "she wins").speaker_name == "Okafor protesters"


def test_he_after_a_colon_lead_in_is_the_one_whose_clause_leads_in(analyze):
    text = (
        "David Vale has advised three mayors. “The mayor wins a full-throated endorsement from her press secretary,” "
        "Vale tweeted last January, after spokesman Tom Okafor expressed his support for his boss online. “It was a joke,” Vale added.\n"
        "Okafor fired back: “As a guardian of the city’s legacy,” he wrote, “we know you are rooting for her, too.”"
    )
    assert quote_with(analyze(text), "guardian of the city").speaker_name == "Tom Okafor"


def test_a_verb_of_saying_after_but_in_a_reported_clause_pairs_with_the_outer_cue(analyze):
    text = "The mayor conceded that Okafor had pushed the reporter but implied that it was the reporter's fault for \"grabbing\" at him."
    assert quote_with(analyze(text), "grabbing").speaker_name == "The mayor"


def test_leaving_some_to_question_is_the_question_of_some(analyze):
    text = (
        "The merger opened opportunities for the firm. But its fortunes truly turned only after Okafor left, "
        "leaving some to question whether she or her replacement deserved credit."
    )
    assert quote_with(analyze(text), "deserved credit").speaker == "some"


def test_a_question_asked_by_someone_named_is_theirs(analyze):
    a = analyze("Asked by reporters whether she would run again, Okafor smiled.")
    assert quote_with(a, "run again").speaker == "reporters"


def test_a_name_the_parse_hung_on_the_verb_after_a_quoted_word_is_the_speaker(analyze):
    text = "When someone in the audience shouted, “Okafor,” Holm joked, again using an exaggerated accent, “Amen, brother! Come on up!”"
    assert quote_with(analyze(text), "Amen, brother").speaker_name == "Holm"


def test_an_ad_that_ends_with_footage_of_someone_saying_something_quotes_them(analyze):
    a = analyze("The spot concludes with footage of Okafor saying during the debate last week, “That makes me smart,” when Ruiz blasted him.")
    assert quote_with(a, "makes me smart").speaker_name == "Okafor"
    # (a report that ends with its own warning is still the report's)
    assert quote_with(analyze("The report concludes with a warning: “The dam will fail.”"), "dam will fail").speaker == "The report"


def test_a_description_said_after_a_name_set_in_what_is_said_of_them_is_the_speaker(analyze):
    a = analyze("Ruiz, a top aide said, “is very confident, very confident in the contrast” between her and Okafor.")
    assert quote_with(a, "very confident").speaker == "a top aide"
    # (a name with a role set off on both sides still says it)
    assert quote_with(analyze('Okafor, a retired teacher, said the roads were "a disgrace."'), "a disgrace").speaker == "Okafor"


def test_what_a_crowd_chants_is_the_crowds_even_after_a_main_subject_who_could_speak(analyze):
    text = (
        "Ruiz spoke just down the street from the Millbrook Casino, where about 50 protesters had gathered on Wednesday morning, "
        'chanting "no contract, no peace" after the union failed to reach a contract.'
    )
    assert quote_with(analyze(text), "no contract").speaker == "about 50 protesters"
    # (a participle of saying stays the main subject's)
    assert quote_with(analyze('Ruiz addressed the hall, where supporters had gathered, saying "We will win."'), "We will win").speaker == "Ruiz"


def test_adding_after_a_quote_whose_own_subject_the_parse_gave_it_is_the_speakers(analyze):
    text = (
        "Ruiz spoke on Monday. On the radio the day before, she stated, “When I look at this, an absence of action by the council, "
        "by its members, would have probably turned Millbrook into Vale, which I think would have been an even more dangerous situation,” "
        "adding, “I think maybe 1,500 people were hurt last year.”"
    )
    assert quote_with(analyze(text), "1,500 people").speaker == "she"


def test_footage_of_someone_asking_is_their_question_not_the_ads(analyze):
    text = "The ad uses footage of Hillary Holm asking, “Why aren’t I 50 points ahead, you might ask?”"
    assert quote_with(analyze(text), "50 points ahead").speaker_name == "Hillary Holm"


def test_going_on_to_say_after_a_cue_set_in_a_quote_is_that_cues_speaker(analyze):
    text = (
        '"The birther issue again we\'re bringing that up, is insane," Holm said, going on to say that the country has spent '
        '"hundreds of years fighting against racism and sexism and all that stuff, to have that debate again, young people do not '
        "want to see that…. They're way beyond that.\""
    )
    assert quote_with(analyze(text), "hundreds of years").speaker_name == "Holm"


def test_a_cue_after_while_is_no_attribution_of_the_quote_before_it(analyze):
    text = (
        "The leaker Ana Holm has posted a series of tweets about the Orbis X9. The first tweet read: "
        "'100% sure, Orbis X9 no screen fingerprint recognition,' while the second continued: 'The back of the Orbis X9 will change a lot'"
    )
    assert quote_with(analyze(text), "100% sure").speaker_name == "Ana Holm"


def test_two_countries_ambassadors_are_the_ambassadors_not_the_first_country(analyze):
    text = (
        "Diplomats say the council members typically only view a test as a violation. "
        "Ostland’s and Velmark’s ambassadors to the United Nations said they opposed any unilateral sanctions on Norland."
    )
    q = quote_with(analyze(text), "unilateral sanctions")
    assert q.entity is None and q.speaker_name == "Ostland’s and Velmark’s ambassadors to the United Nations"


def test_a_role_set_off_after_a_name_read_as_a_second_subject_leaves_the_name_the_speaker(analyze):
    text = "Lee Min-jun, the spokesman for Norland President Kim Tae-ho, said the president's office welcomed the comments about the need to improve relations."
    assert quote_with(analyze(text), "office welcomed").speaker_name == "Lee Min-jun"


def test_a_tweet_that_read_the_parse_took_for_a_noun_is_a_direct_quote_of_its_poster(analyze):
    text = "The leaker Ana Holm has posted a series of tweets about the Orbis X9. The first tweet read: “We are sure of the screen.”"
    q = quote_with(analyze(text), "We are sure of the screen")
    assert q.kind == "direct" and q.cue == "read" and q.speaker_name == "Ana Holm"


def test_words_someone_said_that_a_source_relays_according_to_it_are_theirs(analyze):
    text = (
        "According to The Vale Courier, the University of Vale's student paper, the university stated that some "
        "'750 employees had suspicious activity' on their accounts."
    )
    a = analyze(text)
    q = next(q for q in a.quotes if q.kind == "partial")
    assert q.text == "750 employees had suspicious activity" and q.cue == "stated" and q.speaker_name == "University of Vale"
    relay = next(r for r in a.quotes if r.kind == "indirect")
    assert relay.cue == "According to" and relay.speaker_name == "Vale Courier"


def test_words_according_to_someone_that_others_relay_stay_theirs(analyze):
    text = (
        "According to doctors hired by the family, the bullet \"is a bit deformed, which showed it touched a hard surface\" "
        "before entering his chest, court sources said."
    )
    q = quote_with(analyze(text), "a bit deformed")
    assert q.cue == "According to" and q.speaker == "doctors hired by the family"


def test_we_would_say_in_the_writers_voice_is_no_quote(analyze):
    text = "It is a good question to ask, but we would say it's safe to assume that the rumors about the Orbis X9 are not correct."
    assert not analyze(text).quotes


def test_a_second_that_clause_after_a_partial_quote_is_reported_too(analyze):
    text = "Mr. Okafor said that their father ''could be unyielding,'' and that Freddy had struggled with his criticism and stinginess with praise."
    q = quote_with(analyze(text), "could be unyielding")
    assert text[q.context_start : q.context_end].endswith("and that Freddy had struggled with his criticism and stinginess with praise")


def test_the_n_year_old_is_the_person_the_text_gave_that_age(analyze):
    text = "Amina Okafor, 21, was freed in May. Her mother Binta Okafor wept. “I'm not comfortable here,” the 21-year-old said."
    assert quote_with(analyze(text), "not comfortable").speaker_name == "Amina Okafor"


def test_a_description_by_age_says_what_it_reports_though_the_model_tags_the_age_a_date(analyze):
    text = "Daniel Okafor founded Orbis Space in 2002. The 46-year-old said the payload will stay in deep space for a while."
    q = quote_with(analyze(text), "payload will stay")
    assert q.kind == "indirect" and q.speaker_name == "Daniel Okafor"


def test_a_nationality_described_by_age_is_the_person_not_the_nationality(analyze):
    text = (
        "Daniel Okafor founded Orbis Space in 2002. Okafor said the car will play music. "
        "The 46-year-old South African is also the head of Velmark, and predicts the payload will stay in deep space."
    )
    assert quote_with(analyze(text), "payload will stay").speaker_name == "Daniel Okafor"


def test_an_age_the_parse_hung_on_the_verb_is_still_who_adds(analyze):
    text = (
        'Hannah Okafor, who lives by the tram station, said: "Heard a massive crash outside my window."\n'
        "The 23-year-old added that she had seen people being carried away on stretchers."
    )
    q = quote_with(analyze(text), "carried away")
    assert q.cue == "added" and q.speaker_name == "Hannah Okafor"


def test_a_name_described_by_age_stays_that_person(analyze):
    text = "Daniel Okafor beat Tony Marsh on Saturday. Marsh was hurt. \"I'm satisfied,\" the 36-year-old Okafor said."
    assert quote_with(analyze(text), "satisfied").speaker_name == "Daniel Okafor"


def test_a_verb_the_parse_coordinated_inside_a_relative_clause_is_the_root_nouns(analyze):
    text = (
        "Mitchell and Leslie Okafor, along with two children Hannah and Ari, also died in the crash.\n"
        "A representative for the United Synagogue of Vale, of which Hannah and Ari were both heavily involved, "
        "confirmed the family members’ deaths in a tweet."
    )
    q = quote_with(analyze(text), "deaths in a tweet")
    assert q.entity is None and q.speaker_name.startswith("A representative for the United Synagogue")


def test_a_name_split_off_the_end_of_the_subjects_relative_clause_is_not_the_speaker(analyze):
    text = "One victim who spoke with German channel n-tv accused police of keeping her and her friends from seeking refuge inside the station."
    q = quote_with(analyze(text), "keeping her")
    assert q.speaker.startswith("One victim") and q.speaker_name != "n-tv"


def test_a_toll_after_a_place_and_colon_in_a_list_of_events_is_no_quote(analyze):
    text = (
        "Here are the deadliest shootings in the past 25 years:\n"
        "Vale Tech: 32 killed\n"
        "A 23-year-old student goes on a rampage at Vale Tech University in April."
    )
    assert not any("32 killed" in q.text for q in analyze(text).quotes)


def test_a_sentence_before_a_semicolon_is_not_what_the_next_clause_reports(analyze):
    text = "The attacker is killed in a shootout with police; he pledges allegiance to the Islamic State group, which later claims responsibility."
    assert not any("shootout" in q.text for q in analyze(text).quotes)


def test_a_statement_brought_in_anew_is_not_the_one_someone_issued_a_sentence_before(analyze):
    text = (
        "The couple decided to divorce after two years of marriage, a publicist for the actress said in a statement.\n"
        "Actor Tom Okafor and filmmaker Jenna Marsh split in 2015, according to a statement the former couple provided to People magazine."
    )
    q = quote_with(analyze(text), "split in 2015")
    assert q.cue == "according to" and q.speaker == "a statement" and "publicist" not in (q.speaker_name or "")


def test_the_expert_after_the_experts_own_quotes_is_the_expert_named_before_them(analyze):
    text = (
        "Gregory Okafor, an adviser to the Vale Policy Institute, believes the threats will only harden Norland.\n"
        '"The Trump administration is already at war with Norland. The sanctions target its economy."\n'
        '"So the administration is out to strangle Norland," the expert concluded.'
    )
    assert quote_with(analyze(text), "out to strangle").speaker_name == "Gregory Okafor"


def test_an_official_or_a_provider_after_a_named_speaker_stays_as_written(analyze):
    text = "Ana Okafor said the port would reopen on Monday. The official said the ferries would run again by noon."
    q = quote_with(analyze(text), "ferries would run")
    assert q.entity is None and q.speaker == "The official"
    text = "Mary Okafor said her bill was $284 billion. The electricity provider said the actual amount was $284.46."
    q = quote_with(analyze(text), "actual amount")
    assert q.entity is None and q.speaker == "The electricity provider"


def test_a_players_only_meeting_brings_in_no_players(analyze):
    text = (
        "Before Game 7 the team held a players-only meeting in the weight room.\n"
        "When he arrived he was startled to see the players shouting and screaming: “We got this!”"
    )
    q = quote_with(analyze(text), "We got this")
    assert q.speaker == "the players" and q.speaker_name == "the players"


def test_a_user_called_by_name_is_named_and_the_verb_after_cues(analyze):
    text = "“It was saddening to read about such news,” one user called 80 Hou Bu Huai wrote."
    q = quote_with(analyze(text), "saddening")
    assert q.cue == "wrote" and "Hou Bu Huai" in q.speaker


def test_a_relative_clause_coordinated_with_the_one_before_stands_for_the_same_noun(analyze):
    text = (
        "Hannah and Ari were both involved in the southeastern chapter of Vale Synagogue Youth, "
        "a Jewish organization that promotes engagement with Israel, and that announced their deaths in a Facebook post."
    )
    q = quote_with(analyze(text), "their deaths")
    assert q.speaker == "that" and "Vale Synagogue Youth" in q.speaker_name


def test_someone_known_only_by_a_first_name_is_not_a_namesake_named_later(analyze):
    text = (
        "France TV Info reported a dad known only as Kevin was with his wife trying to find an ice cream when panic broke out. "
        'He said: "I was barely 50m from the scene."\n'
        "Brit tourist Kevin Okafor left the promenade just minutes before the attack."
    )
    assert quote_with(analyze(text), "barely 50m").speaker_name == "Kevin"


def test_a_kind_of_person_after_their_own_quote_is_them_described_again(analyze):
    text = (
        "Lewis Marsh won in Baku. Sebastian Okafor was furious. 'This is just bad, just stupid,' Okafor exclaimed over the radio.\n"
        "'Red flag is what it needs, we need to stop the race,' added the four-times champion."
    )
    assert quote_with(analyze(text), "Red flag").speaker_name == "Sebastian Okafor"
    text = (
        '"The bird had flown out of some hatch," Shane Okafor said.\n'
        'He recalled the pilot telling the passengers: "We are going to take off, but if I hear any chirping, I will turn around."'
    )
    q = quote_with(analyze(text), "chirping")
    assert q.speaker == "the pilot" and q.entity is None


def test_a_title_before_a_name_in_apposition_is_no_name_of_its_own(analyze):
    text = "Newslook\nQualtek CEO Hock Tan on Nov. 2, 2017, announced in the Oval Office that the company is moving its global headquarters to the U.S."
    q = quote_with(analyze(text), "moving its global headquarters")
    assert q.speaker_name == "Hock Tan"


def test_a_relative_clause_after_a_date_stands_for_the_noun_the_dates_phrase_hangs_on(analyze):
    text = (
        "The council voted on Friday for a new resolution cutting Norland's fuel imports.\n"
        "The latest resolution is an extension of the one passed in September, which set the cap and asked member "
        'states to prohibit their companies from "trading fuel with Norland-flagged vessels at sea".'
    )
    q = quote_with(analyze(text), "trading fuel")
    assert q.speaker == "which" and q.speaker_name == "the one passed in September"


def test_they_after_a_plural_subject_whose_apposition_names_them_is_the_first_named(analyze):
    text = (
        "Facemark and Vidora have already faced backlash over their apps for children. Vidora also faced a scandal "
        "late last year over ads on its main service.\n"
        "Then of course there is Pomme. In January, two major shareholders—activist investor Harrow Partners LLC and "
        "the Vale State Teachers' Retirement System—sent an open letter to the company pushing for a study of phone "
        'addiction in children. Phones may be having "unintentional negative consequences" on young users, they said.'
    )
    assert quote_with(analyze(text), "unintentional negative").speaker_name == "Harrow Partners"


def test_the_statement_is_the_one_whoever_issued_a_statement_just_before(analyze):
    text = (
        "Norland's leader Tomas Brel signed the order to launch the satellite on Saturday.\n"
        "The satellite is circling the earth every 94 minutes, said a statement issued by the National Space "
        "Development Agency of Norland and carried by the official news agency.\n"
        'The launch marks "an epochal event" in the country\'s science, the statement stressed.'
    )
    assert quote_with(analyze(text), "an epochal event").speaker_name == "National Space Development Agency"


def test_a_letter_someone_announced_something_in_is_theirs_not_whoever_released_it(analyze):
    text = (
        "Coach Ben Arlow once said he and quarterback Carl Penner would ride into the sunset together.\n"
        "Penner announced his retirement after 15 seasons on Tuesday in an open letter released by the Hawks, one "
        "day after Arlow said he was leaving.\n"
        '"Over the years, I have had teammates who decided to hang it up," the letter began.'
    )
    assert quote_with(analyze(text), "Over the years").speaker_name == "Carl Penner"


def test_words_an_institution_said_that_a_site_reports_are_the_institutions(analyze):
    text = (
        "The keeper was rushed to a local hospital. Police said the keeper "
        '"was treated for serious, but non-life threatening injuries," Harbour.com reported.'
    )
    q = quote_with(analyze(text), "was treated for serious")
    assert (q.cue, q.speaker) == ("said", "Police")


def test_the_circus_is_the_circus_named_before_not_the_last_speaker(analyze):
    text = (
        'Those moves were the "beginning of the end" for a Brightwater Brothers Circus tradition, said Lange. '
        "The circus announced in January that it would no longer tour with elephants."
    )
    assert quote_with(analyze(text), "no longer tour").speaker_name == "Brightwater Brothers Circus"


def test_the_friend_is_the_one_the_text_called_a_friend(analyze):
    text = (
        "She was staying in Fulham with her friend, Ilona Varga, a makeup artist.\n"
        'Downstairs, Varga was getting nervous. "It seemed to take forever," the friend told me.'
    )
    assert quote_with(analyze(text), "take forever").speaker_name == "Ilona Varga"


def test_adding_a_touchdown_says_nothing(analyze):
    text = (
        "Okafor threw for two scores. Bell added a 10-yard TD run late in the third quarter and rookie Tom Reyes "
        "made it 34-6 early in the fourth."
    )
    assert not analyze(text).quotes


def test_a_participle_after_with_and_a_noun_of_people_is_theirs_and_the_one_named_of_them(analyze):
    text = (
        "The Harbour Grand Prix descended into farce when it was stopped after a crash for a second time in the "
        '28th lap with some drivers, including eventual winner Tomas Reyl, claiming conditions were "fine".'
    )
    q = quote_with(analyze(text), "fine")
    assert (q.speaker, q.speaker_name) == ("some drivers", "Tomas Reyl")


def test_questioning_people_says_nothing_but_questioning_a_decision_does(analyze):
    text = (
        "Police boarded the ship and questioned its crew members when they returned to port on Nov. 24. "
        "The senator questioned the decision to close the base."
    )
    assert [q.text for q in analyze(text).quotes] == ["the decision to close the base"]


def test_a_numbered_captions_item_number_is_no_part_of_its_speaker(analyze):
    text = (
        "Chaos unfolded among concertgoers. 2People took cover under the bleachers. "
        "4A video showed people climbing over a fence about eight feet tall."
    )
    q = quote_with(analyze(text), "climbing over a fence")
    assert (q.speaker, q.speaker_name) == ("A video", "A video")
    assert text[q.speaker_start : q.speaker_end] == "A video"


def test_he_said_goes_on_from_the_one_who_just_spoke_though_the_census_gives_the_name_to_women(analyze):
    text = (
        "Transport police Asst Ch Con Robin Hale said the force was investigating whether the driver fell asleep, "
        'alongside "a number of factors".\n'
        'He said officers would be "working through the night" at the scene. He said: "We have a very difficult '
        'and very challenging scene."'
    )
    a = analyze(text)
    assert quote_with(a, "working through the night").speaker_name == "Robin Hale"
    assert quote_with(a, "very challenging scene").speaker_name == "Robin Hale"


def test_single_marks_quote_where_the_only_double_ones_hold_a_title(analyze):
    text = (
        'Fans sang "Take Me Out to the Ball Game" in the seventh inning.\n'
        "'It happened. Chicago, it happened,' first baseman Tom Reyes said after the final out. "
        "'We did it. I can't believe it.'"
    )
    q = quote_with(analyze(text), "Chicago, it happened")
    assert q.speaker_name == "Tom Reyes" and q.kind == "direct"


def test_a_letter_in_marks_is_named_not_quoted(analyze):
    text = (
        "One source in the campaign said fellow staffer Dana Reyes took out a \"W\" flag and passed it to the "
        "candidate, who held it up."
    )
    q = quote_with(analyze(text), "fellow staffer")
    assert q.kind == "indirect" and q.text.startswith("fellow staffer Dana Reyes took out")


def test_a_participle_the_parse_pairs_with_a_reported_verb_goes_with_the_participle_of_saying(analyze):
    text = (
        "The ministry dismissed the claims before the files were published, saying the report had nothing to do "
        "with the minister and suggesting it was part of what it described as \"a smear campaign.\""
    )
    q = quote_with(analyze(text), "a smear campaign")
    assert q.cue == "suggesting" and q.speaker == "The ministry"


def test_a_document_of_his_or_its_is_the_one_the_possessive_stands_for(analyze):
    text = (
        "Harbor Savings Bank holds the titles of 900 aircraft. The bank is wary of the attention. Its website carries "
        "a statement about the planes, noting its only role is that of trustee.\n"
        "Senator Paul Ward spoke on Monday. His website says he \"will not back down.\""
    )
    a = analyze(text)
    assert quote_with(a, "its only role").speaker_name == "Harbor Savings Bank"
    assert quote_with(a, "will not back down").speaker_name == "Paul Ward"


def test_words_in_marks_before_a_speaking_noun_are_part_of_it(analyze):
    text = "A “Missing” poster for the teenager warned that he was “without his medication.”"
    q = quote_with(analyze(text), "without his medication")
    assert q.speaker.startswith("A “Missing” poster")


def test_film_titles_in_marks_inside_a_report_are_not_its_quoted_words(analyze):
    text = (
        "Hale, one of the stars of “Night Harbor,” also was quoted as saying that just before shooting began on "
        "Ruiz’s “Glass Tide: Part 2,” which came out in 2009, she told Ruiz about the producer and he confronted him."
    )
    quotes = analyze(text).quotes
    assert not any("Night Harbor" in q.text and q.kind == "partial" for q in quotes)
    q = quote_with(analyze(text), "just before shooting began")
    assert q.cue == "saying" and q.speaker_name == "Hale"


def test_early_reports_according_to_someone_are_that_ones(analyze):
    text = (
        "The rocket took off near the capital. Early reports, which are often corrected later, indicated it was launched "
        "from a site near the airport, according to the coastal command."
    )
    assert quote_with(analyze(text), "it was launched").speaker == "the coastal command"


def test_a_participle_after_an_inverted_report_is_the_reporters(analyze):
    text = "The regional prefecture treated the crash as an attack, reported local media, adding that the driver was arrested."
    assert quote_with(analyze(text), "the driver was arrested").speaker == "local media"


def test_marked_words_a_described_person_told_someone_are_that_persons(analyze):
    text = "Survivors spoke to reporters at the depot. One said the driver told them he had “blacked out”."
    q = next(q for q in analyze(text).quotes if q.text == "blacked out")
    assert q.speaker == "the driver" and q.cue == "told"


def test_a_spokesman_named_after_a_link_line_is_that_person(analyze):
    text = (
        "A government spokesman said the release of the captives was part of ongoing talks.\n"
        "[Video shows the handover]\n"
        "It was “brokered by the Red Cross. The talks will continue,” the spokesman, Musa Danjuma, said on Twitter."
    )
    a = analyze(text)
    assert quote_with(a, "ongoing talks").speaker_name == "Musa Danjuma"
    assert quote_with(a, "brokered by the Red Cross").speaker_name == "Musa Danjuma"


def test_it_after_an_institution_spoke_is_that_institution(analyze):
    text = (
        "The hostages were released early on Thursday, the government said. In addition to the hostages, a boy born "
        "in captivity was released, it said."
    )
    assert quote_with(analyze(text), "a boy born").speaker_name == "the government"


def test_an_organisations_board_speaks_for_it(analyze):
    text = (
        "Harbor Telecom rejected the bid on Monday. Harbor Telecom’s management team and board have argued that the "
        "offer undervalues the company."
    )
    q = quote_with(analyze(text), "the offer undervalues")
    assert q.speaker_name == "Harbor Telecom" and q.speaker == "Harbor Telecom’s management team and board"


def test_a_described_person_whose_words_a_named_one_relays_is_not_that_one(analyze):
    text = (
        "Tom Reyes, 30, a passenger, said the tram sped up. Reyes said the driver told him that "
        "“he thinks he blacked out.”"
    )
    q = next(q for q in analyze(text).quotes if q.text.startswith("he thinks"))
    assert q.speaker == "the driver" and q.speaker_name != "Tom Reyes"


def test_she_after_a_hyphenated_name_opening_her_paragraph_is_hers(analyze):
    text = (
        "The head of the Labor Party, Avner Tal, voiced opposition to the decision, calling it “another reckless” move.\n"
        "Yael Ben-Dor, the head of the Meretz party, called Sunday’s vote “crazy.” “The committee has gone completely "
        "crazy. We are being offered an annexation,” she said."
    )
    assert quote_with(analyze(text), "gone completely crazy").speaker_name == "Yael Ben-Dor"


def test_she_after_a_name_the_parse_made_the_root_is_hers(analyze):
    text = (
        "The head of the Labor Party, Avner Tal, voiced opposition to the decision, calling it “another reckless” move.\n"
        "Noa Baron, the head of the Meretz party, called Sunday’s vote a disaster. “The committee has gone completely "
        "crazy,” she said."
    )
    assert quote_with(analyze(text), "gone completely crazy").speaker_name == "Noa Baron"


def test_a_newspaper_named_two_sentences_on_is_that_paper(analyze):
    text = (
        "The ministry promised Friday to act after a Velmark newspaper said foreign-owned ships regularly delivered oil.\n"
        "Officials have no information about the ships, said a ministry spokesman, Tomas Brandt.\n"
        "The newspaper Harbor Daily Courant reported this week that the vessels were suspected of improper trading."
    )
    assert quote_with(analyze(text), "foreign-owned ships").speaker_name == "Harbor Daily Courant"


def test_the_group_is_not_the_news_agency_that_cited_it(analyze):
    text = (
        "The Northern Front (NF, formerly NLF/NLA) has claimed responsibility for the attack.\n"
        "“The attack was carried out by a soldier of the Northern Front,” Reuters cited the front's website.\n"
        "The militant group did not name the attacker but claimed that he “carried out the operation.”"
    )
    q = quote_with(analyze(text), "carried out the operation")
    assert q.speaker_name == "Northern Front"


def test_it_after_the_airline_spoke_is_the_airline(analyze):
    text = (
        "“We are researching how the passenger boarded the flight,” the airline said, adding that it would like to "
        "apologize. “We take great pride in our service, and on this flight we failed,” it said."
    )
    assert quote_with(analyze(text), "we failed").speaker_name == "the airline"


def test_he_is_not_a_name_that_only_qualifies_a_thing_before_it(analyze):
    text = (
        "Jordan Blake opened the show with a medley of his hits. He danced his way out. He was wearing a shirt with "
        "two deer on it. It seems worth noting that he yelled “Duluth!” a lot. During his second song, he did some "
        "nice microphone-stand work—not Dexter Vance calibre, but nonetheless jazzy. “Let me see you put your phones "
        "up!” he hollered."
    )
    assert quote_with(analyze(text), "put your phones up").speaker_name == "Jordan Blake"


def test_who_right_after_a_person_is_that_person_though_the_parse_hangs_it_on_the_subject(analyze):
    text = (
        "Telegram has previously been accused of harbouring violent and extremist content on its platform and was "
        "recently singled out by prime minister Ruth May who said the app acts as a place where criminals can hide "
        "their activities."
    )
    assert quote_with(analyze(text), "the app acts as a place").speaker_name == "Ruth May"


def test_it_in_a_clause_of_a_sentence_whose_subject_the_center_owns_is_the_center(analyze):
    text = (
        "The group was founded by former Apple and Google employees.\n"
        "The center's core advocacy efforts focus on what it calls \"Humane Design,\" a way of building software."
    )
    assert quote_with(analyze(text), "Humane Design").speaker_name == "The center"


def test_her_profile_after_a_sentence_naming_her_is_hers(analyze):
    text = (
        "The 10th passenger on the plane was Amanda R. Keller, 33, a guide for the tour company. Her LinkedIn "
        "profile said she was based in Salt Lake City."
    )
    assert quote_with(analyze(text), "based in Salt Lake City").speaker_name == "Amanda R. Keller"


def test_the_end_of_a_book_title_in_the_speakers_apposition_is_not_the_speaker(analyze):
    text = "Brian Hale, space analyst and author of Velmark in Space: The Long March Upward said that engineers are pushing the frontier."
    assert quote_with(analyze(text), "engineers are pushing").speaker_name == "Brian Hale"


def test_the_second_of_a_list_of_titles_in_marks_is_no_quote(analyze):
    text = (
        'The pair, who worked together on films such as "Harbor Nights" and "Glass Tide," "separated amicably earlier '
        'this year and have continued to be friends," a rep told the magazine.'
    )
    quotes = analyze(text).quotes
    assert not any(q.text.startswith(("Glass Tide", "Harbor Nights")) for q in quotes)
    assert quote_with(analyze(text), "separated amicably").speaker == "a rep"


def test_it_after_a_subject_that_can_speak_is_that_subject_not_its_owner(analyze):
    text = "Velmark's Defence Ministry today released footage of its own missile tests which it says were undertaken last week."
    assert quote_with(analyze(text), "were undertaken last week").speaker_name.endswith("Defence Ministry")


def test_names_someone_was_called_in_a_list_are_quoted(analyze):
    text = 'At the debate, Harper cited Vance calling her "Miss Piggy" and "Miss Housekeeping," aides said.'
    assert any("Miss Housekeeping" in q.text for q in analyze(text).quotes)


def test_a_name_before_a_description_the_parse_made_the_subject_is_the_speaker(analyze):
    # "Brittany" read as a verb and "Nicely" as an adverb: the description became the subject
    text = (
        'Brittany Nicely, a visitor who was at the lake when the boat capsized, described a chaotic scene, saying: '
        '"Everyone started shouting and running."'
    )
    assert quote_with(analyze(text), "Everyone started shouting").speaker_name == "Brittany Nicely"


def test_the_observatory_is_the_one_named_so_further_back(analyze):
    text = (
        "The Naval Observatory said the solstice falls on Thursday. Winter is the darkest season.\n"
        "Good news: the days grow longer.\n"
        "On New Year’s Day, the capital gets nine hours and 30 minutes of daylight, according to the observatory."
    )
    assert quote_with(analyze(text), "nine hours and 30 minutes").speaker_name == "Naval Observatory"


def test_a_name_and_colon_line_that_links_to_another_page_is_no_quote(analyze):
    text = (
        "The half-time show was satisfactory.\n"
        "Jordan Blake: Man of the Harbor review – a failed fusion of rural rhythms Read more\n"
        "Jordan Blake began in what looked like the basement of a nightclub."
    )
    assert not any("failed fusion" in q.text for q in analyze(text).quotes)


def test_a_participle_on_a_clause_someone_reports_is_part_of_that_report(analyze):
    # "indicating …" hung on "public space is unsafe", inside Wendt's report: his, not the space's
    text = (
        "Rainer Vohl, head of the police union, told a regional paper on Saturday that the apparent need for safety "
        'zones implies that public space is unsafe, indicating "the end of equality and freedom of movement."'
    )
    assert quote_with(analyze(text), "the end of equality").speaker_name == "Rainer Vohl"


def test_a_description_the_next_sentence_introduces_as_also_saying_is_that_person(analyze):
    text = (
        "The price of the token yo-yoed wildly again on Tuesday. The latest gyrations came as a leading central banker "
        "described the token as “a bubble and a Ponzi scheme”.\n"
        "The new head of the Bank for Settlements, Augusto Carvell, also said the token threatened public trust in "
        "central banks."
    )
    assert quote_with(analyze(text), "a bubble and a Ponzi scheme").speaker_name == "Augusto Carvell"
    # with no apposition, a second voice may be someone else
    text = (
        "A Pentagon spokesman said the drills would go ahead. Defense Secretary Jim Marlow also said the drills were "
        "needed."
    )
    assert quote_with(analyze(text), "the drills would go ahead").speaker_name != "Jim Marlow"


def test_thought_printed_for_though_after_a_thing_is_no_quote(analyze):
    text = "As it happened, Varga's decision made no difference to Holm, thought it could have forced Rask into a mistake."
    assert not any("forced Rask" in q.text for q in analyze(text).quotes)
    text = "Holm thought it could have forced Rask into a mistake."
    assert quote_with(analyze(text), "forced Rask").speaker_name == "Holm"


def test_what_an_organisation_may_find_is_a_prospect_not_a_finding(analyze):
    text = "Orbitek built the Skylance to lift heavy payloads. The Skylance may also find a niche in deploying large satellites."
    assert not any("a niche" in q.text for q in analyze(text).quotes)


def test_what_a_report_someone_answers_claims_is_the_reports(analyze):
    text = (
        "Senior Colonel Tian Rui was responding to media reports from Velmark claiming that the navy failed to stop "
        "tankers from trading oil."
    )
    assert quote_with(analyze(text), "the navy failed").speaker_name != "Tian Rui"


def test_a_full_stop_after_a_name_ending_in_a_capital_is_not_part_of_it(analyze):
    text = "The Skylance can lift twice the mass of any other rocket, according to OrbitekX.\nIts price is $90 million."
    q = quote_with(analyze(text), "twice the mass")
    assert q.speaker == "OrbitekX" and q.speaker_name == "OrbitekX"


def test_the_role_a_last_speaker_was_set_off_as_is_that_speaker(analyze):
    # (the office and the president named in Choi's report since do not make him someone else)
    text = (
        "Choi Dong-wook, the spokesman for Velmark President Han Seo-jun, said the President's office welcomed Ri's "
        "comments about the need to improve cross-border ties and his wish to send a team to the Games.\n"
        "\"The (President's office) has been expressing its intent to talk with Ostland at any time and in any format "
        "if this serves peace on the peninsula,\" the spokesman said, adding that the office also \"hopes both sides "
        "will settle the nuclear issue peacefully.\""
    )
    a = analyze(text)
    assert quote_with(a, "its intent to talk").speaker_name == "Choi Dong-wook"
    assert quote_with(a, "settle the nuclear issue").speaker_name == "Choi Dong-wook"
    # a spokesman the text never set off so stays as written
    text = (
        "Choi Dong-wook said President Han Seo-jun welcomed Ri's comments about the need to improve ties.\n"
        "\"The office has been expressing its intent to talk at any time,\" the spokesman said."
    )
    assert quote_with(analyze(text), "its intent to talk").entity is None


def test_words_in_marks_naming_someones_suggestion_are_theirs(analyze):
    text = 'Singers Mara Lind and Ana Holm condemned Varga\'s "step aside" suggestion, while others stayed silent.'
    assert quote_with(analyze(text), "step aside").speaker_name.endswith("Varga")
    # words that only qualify the saying are the reporter's of it, not its owner's
    text = 'In an interview, Mara Lind stated that Varga\'s "divisive" and "mean-spirited" comments do not fit him.'
    assert quote_with(analyze(text), "mean-spirited").speaker_name == "Mara Lind"


def test_a_quote_in_parentheses_after_a_name_is_that_persons(analyze):
    text = (
        'The remark was met with backlash from artists: Mara Lind ("Women in music don\'t need to step up. They have '
        'been stepping up for years"), Ana Holm and Tessa Vale all condemned Varga\'s words.'
    )
    assert quote_with(analyze(text), "Women in music").speaker_name == "Mara Lind"


def test_the_advocate_is_the_one_the_sentence_before_is_about(analyze):
    text = (
        "Even Lena Marsh, the woman who first tweeted about the scene, is frustrated by the attention.\n"
        '"Even more outrageous than the dress code is the fact that there were two shootings this weekend," '
        "the gun control advocate wrote on Medium."
    )
    assert quote_with(analyze(text), "more outrageous").speaker_name == "Lena Marsh"


def test_a_longer_title_in_marks_naming_the_subject_noun_is_no_quote(analyze):
    text = (
        "Photos: Shocking celebrity splits Tom Varga Jr. and his reality star wife, the former Mara de Lind, have split. "
        '"The Real Fishwives of New York City" star tweeted on August 3 that she and her husband of seven months had '
        "decided to divorce. Hide Caption 6 of 59"
    )
    assert not any("Real Fishwives" in q.text for q in analyze(text).quotes)


def test_he_after_an_unnamed_journalist_is_that_journalist(analyze):
    text = (
        "A truck ploughed into the crowd on the seafront, said Jacques Morel, who owns a cafe there.\n"
        "A journalist for Agence France-Presse said that the white truck rushed at full speed into the crowd.\n"
        '"It was absolute chaos" in the tourist heart of the city, he said.'
    )
    q = quote_with(analyze(text), "absolute chaos")
    assert q.entity is None and q.speaker_name == "A journalist for Agence France-Presse"


def test_according_to_a_medium_that_relays_someones_report_is_not_the_speaker(analyze):
    text = (
        "Zoo Director Tane Marsh said the animal did not appear to be attacking the boy, but he said it was "
        "\u201can extremely strong\u201d animal in an agitated situation, according to AP reports."
    )
    a = analyze(text)
    assert quote_with(a, "did not appear to be attacking").speaker_name == "Tane Marsh"
    assert not any(q.speaker == "AP" for q in a.quotes)


def test_a_name_after_by_that_the_parse_read_into_the_verb_is_part_of_the_speaker(analyze):
    text = (
        "The photos released by SkyLift show one of the still-unreleased Velmark Roadsters perched on a large cone "
        "inside the Skylance on what appears to be an adapter."
    )
    assert quote_with(analyze(text), "Velmark Roadsters").speaker == "The photos released by SkyLift"


def test_they_going_on_from_one_unnamed_spokesman_is_that_spokesman(analyze):
    text = (
        "A Port Ellis Fire Brigade spokesman said they had been called at 6.04am to an overturned tram in a tunnel.\n"
        '"There are eight fire engines and four rescue crews in attendance," they added.'
    )
    q = quote_with(analyze(text), "eight fire engines")
    assert q.entity is None and q.speaker_name == "A Port Ellis Fire Brigade spokesman"


def test_they_after_unnamed_people_who_just_spoke_is_them(analyze):
    text = (
        "Police have made an arrest after raiding the attacker's house in Abbatoirs, Port Ellis today.\n"
        'Neighbours described Varga as "rude", "a bit weird", "lonely" and "silent".\n'
        "They claimed he did not seem religious."
    )
    q = quote_with(analyze(text), "did not seem religious")
    assert q.entity is None and q.speaker_name == "Neighbours"
    # not once other people in the plural have become a subject
    text = (
        "Police said the crowds were removed from the beach as a precaution.\n"
        'The event organisers said on Facebook that they believed a canister had exploded, setting off "multiple '
        'detonations".'
    )
    assert quote_with(analyze(text), "multiple detonations").speaker_name != "Police"


def test_a_step_in_a_lawsuit_or_a_cited_source_is_no_quote(analyze):
    text = "Mara Lind sued the port in May. Lind voluntarily dismissed the lawsuit the following month, without a reason."
    assert not any(q.text.startswith("the lawsuit") for q in analyze(text).quotes)
    text = (
        "The probe is undergoing a final round of tests, the official Velmark Daily said, citing the Velmark "
        "National Space Administration."
    )
    assert not any(q.text.startswith("the Velmark National Space") for q in analyze(text).quotes)


def test_a_person_named_only_as_owner_of_a_place_is_no_antecedent(analyze):
    text = (
        "Ilse Brandt says her former agency was connected to his behaviour.\n"
        "\u201cI stand as a person who was subjected to it,\u201d she says.\n"
        "She talks mordantly about the power of the film, and reminds me that it is in the national archive.\n"
        "When asked about the scandal at the premiere of her play, an intrigue about a young woman in President "
        "Okafor\u2019s Washington written by Beau Lind, she looked steely and said she was waiting to feel less angry.\n"
        "\u201cI used the word \u2018anger\u2019 but I was more worried about crying,\u201d she says now."
    )
    a = analyze(text)
    assert quote_with(a, "waiting to feel less angry").speaker_name == "Ilse Brandt"
    assert quote_with(a, "more worried about crying").speaker_name == "Ilse Brandt"


def test_the_banking_giant_is_the_company_just_named(analyze):
    text = (
        "Harbourside Capital said the new tax rules will cut $5 billion from its profit in the final quarter.\n"
        "Harbourside declined to comment on whether it would bring money back from overseas.\n"
        "The banking giant said it will also have to write down the value of tax credits it had been saving up."
    )
    q = quote_with(analyze(text), "write down the value")
    assert q.entity is not None and q.speaker_name.startswith("Harbourside")


def test_a_new_alliance_is_the_organisation_the_next_sentence_introduces(analyze):
    text = (
        "They were there at the start of the social media age. Now they warn the world of what they built.\n"
        "A new alliance says that the platforms are in a \u201crace to monetise our attention\u201d.\n"
        "The engineers behind the Institute for Calmer Technology (ICT) include Ana Ruiz, a former designer at "
        "Velmark.\n"
    )
    q = quote_with(analyze(text), "race to monetise")
    assert q.speaker_name == "Institute for Calmer Technology"
    # not a body of someone's, nor a next sentence naming one without its initials
    text = (
        "A group of lawmakers said the port must \u201cstay open\u201d.\n"
        "The Port Ellis Harbour Board met on Friday.\n"
    )
    assert quote_with(analyze(text), "stay open").speaker_name != "Port Ellis Harbour Board"


def test_what_a_thing_promises_is_no_quote(analyze):
    text = (
        "The combined company also stands to be a global player in 5G, the next generation of mobile technology. "
        "5G wireless networks promise Internet connections 10 to 100 times faster than current networks and are "
        "expected to improve connectivity for smartphones.\n"
        "Blue Harbour, run by another billionaire, is developing a large rocket that promises to give the Skylance a "
        "run for its money."
    )
    a = analyze(text)
    assert not any(q.text.startswith("Internet connections") for q in a.quotes)
    assert not any(q.text.startswith("to give the Skylance") for q in a.quotes)


def test_a_she_prefers_a_woman_named_in_the_same_sentence_over_one_of_unknown_sex(analyze):
    text = (
        "The boy climbed through a fence while visiting the zoo with his mother Mara and her partner Deonne Lind, 37.\n"
        "In the call you can hear his mum shouting at the operator for help.\n"
        'At one point she says: "He is being dragged, I cannot watch this"\n'
    )
    assert quote_with(analyze(text), "being dragged").speaker_name == "Mara"


def test_an_institution_or_a_person_that_promised_still_made_a_promise(analyze):
    text = (
        "Students sued the college that promised a useful education.\n"
        "Applicants must promise to furnish $2,000 to take part."
    )
    a = analyze(text)
    assert any(q.text.startswith("a useful education") for q in a.quotes)
    assert any(q.text.startswith("to furnish") for q in a.quotes)


def test_a_name_read_as_an_organisation_whose_subject_phrase_is_followed_by_he_is_a_person(analyze):
    text = (
        "The missile landed off the coast of Cape Ellis, around 6:12 a.m.\n"
        "Takaaki Uesugi, a security guard at the town hall of Ellisburg, on the southern tip of Varn, said he first "
        "heard about the launch from an alert on his phone.\n"
        "Video\n"
        "\u201cI am really worried about how the neighbours will react,\u201d he said."
    )
    assert quote_with(analyze(text), "really worried").speaker_name == "Takaaki Uesugi"


def test_a_description_is_who_the_next_sentence_names_doing_the_same_act(analyze):
    text = (
        "In January, the heads of the main regulators wrote in The Harbour Journal that the situation presented an "
        "unprecedented challenge. \u201cThese markets are new, evolving and international,\u201d Omar Haddad, the Port "
        "Ellis Securities Commission\u2019s chairman, and Helen Carter, his counterpart at the Varn Futures "
        "Commission, wrote."
    )
    assert quote_with(analyze(text), "unprecedented challenge").speaker_name == "Omar Haddad and Helen Carter"
    # not for a verb any speaker is given
    text = (
        "Officials said the port would reopen on Friday.\n"
        "\u201cWe are ready,\u201d Omar Haddad, a dock worker, said."
    )
    assert quote_with(analyze(text), "port would reopen").speaker_name == "Officials"


def test_a_preposition_read_as_a_clause_or_a_name_cut_at_its_hyphen_is_not_the_speaker(analyze):
    text = (
        "Mara Lind and President Okafor agreed on the need for more action on Velmark in a phone call lasting 50 "
        "minutes.\n"
        "A Port Ellis Council statement after the phone call said the two leaders \u201cagreed that Velmark poses a "
        "grave threat\u201d."
    )
    q = quote_with(analyze(text), "grave threat")
    assert q.speaker == "A Port Ellis Council statement" and q.speaker_name == "Port Ellis Council"
    text = (
        "Port Ellis\u2019s president has said the country possesses the power to destroy its neighbour \u201cbeyond "
        'recovery."\n'
        "Moon Jae-in also said dialogue with Velmark was \u201cimpossible in a situation like this\u201d, the Yonhap "
        "news agency reported."
    )
    q = quote_with(analyze(text), "impossible in a situation")
    assert q.speaker == "Moon Jae-in" and q.speaker_name == "Moon Jae-in"


def test_marked_words_after_a_possessive_and_an_adjective_are_the_owners(analyze):
    text = (
        "Six top music executives called the academy \u201cwoefully out of touch\u201d in a joint letter marking the "
        "latest fallout following Omar Haddad\u2019s controversial \u201cstep up\u201d remarks."
    )
    assert quote_with(analyze(text), "step up").speaker_name == "Omar Haddad"


def test_a_headlines_expert_is_the_person_the_body_quotes_saying_the_same(analyze):
    text = (
        "Pieces weighing up to 100kg could make it to the surface, says expert, when the station breaks apart\n"
        "An 8.5-tonne space station has accelerated its descent towards Earth.\n"
        "\u201cThe rate of decay is getting higher,\u201d said Omar Haddad, an astrophysicist from Vale University.\n"
        "Haddad says some parts might still weigh up to 100kg when they crash into the Earth\u2019s surface."
    )
    q = quote_with(analyze(text), "Pieces weighing")
    assert q.speaker == "expert" and q.speaker_name == "Omar Haddad"


def test_calling_for_a_player_or_a_sentence_before_a_dash_is_no_quote(analyze):
    text = (
        "Senators called for Omar Haddad to resign. Mara Lind called for his resignation on Friday. With two outs "
        "in the eighth, Okafor called for his closer, Tomas Lindqvist.\n"
        "The Velmark Front is going through a leadership struggle \u2014 two different men claim to be in charge of "
        "the group."
    )
    a = analyze(text)
    assert any(q.text.startswith("Omar Haddad to resign") for q in a.quotes)
    assert any(q.text.startswith("his resignation") for q in a.quotes)
    assert not any(q.text.startswith("his closer") for q in a.quotes)
    assert not any("leadership struggle" in q.text for q in a.quotes)


def test_claiming_responsibility_is_an_act_of_saying(analyze):
    text = (
        "The Velmark Front claimed responsibility for the blast which they say is a response to the port closures. "
        "Okafor claimed his third victory on Sunday night. The crash claimed 50 lives. Tarrow claimed the title."
    )
    a = analyze(text)
    claim = quote_with(a, "responsibility for the blast")
    assert claim.speaker_name == "Velmark Front" and "port closures" not in claim.text
    assert quote_with(a, "a response to the port closures").speaker_name == "Velmark Front"
    assert not any("victory" in q.text or "lives" in q.text or "title" in q.text for q in a.quotes)


def test_an_unnamed_speaker_keeps_the_floor_past_the_reporter_they_spoke_to(analyze):
    text = (
        "One man who was leaving the Velmark Hospital on Friday told the Harbour Gazette's Mara Lind that the "
        'driver had "just kept driving straight through."\n'
        "The man, who had sustained an ankle injury but was able to limp, had blood on his feet. He told the "
        "Gazette that he worked at a cafe across from the harbour.\n"
        '"I work there," he said. "And my daughter. My daughter. I don\'t know," he added before walking away.'
    )
    a = analyze(text)
    for words in ("he worked at a cafe", "I work there", "My daughter"):
        q = quote_with(a, words)
        assert q.entity is None and q.speaker_name.startswith("One man who was leaving"), words


def test_a_name_said_to_be_a_startup_is_the_company_and_a_coin_is_not(analyze):
    text = (
        "Brennick is officially the name of a Port Ellis-based start-up building a payments network for banks. "
        "Network participants use a digital coin called ZRB for transactions. The coin settles in four seconds, "
        "according to Brennick's website.\n"
        "The company said more than 100 banks use its network."
    )
    assert quote_with(analyze(text), "more than 100 banks").speaker_name == "Brennick"
    text = (
        "Network participants use a digital coin called QRX for transactions.\n"
        "The company said more than 100 banks use its network."
    )
    assert quote_with(analyze(text), "more than 100 banks").speaker_name == "The company"


def test_reports_in_the_plural_are_no_ones_in_particular(analyze):
    text = (
        '"Shouldn\'t the well be the focus? If the well didn\'t exist, would this accident happen?" wrote another '
        "user.\nFalling ground water levels in Tarrow province have left many wells without water, reports say."
    )
    q = quote_with(analyze(text), "Falling ground water")
    assert q.entity is None and q.speaker_name == "reports"


def test_two_kinds_of_person_together_are_the_one_so_described(analyze):
    text = (
        "Mara Lind revealed she was expecting her third baby in July.\n"
        "Speaking to a magazine last year, the businesswoman and film star praised her \u201cincredible\u201d life "
        "as a mum."
    )
    assert quote_with(analyze(text), "incredible").speaker_name == "Mara Lind"


def test_kin_of_someone_described_is_the_one_the_text_introduced_so(analyze):
    text = (
        "The boy's uncle, Tomas Lindqvist, told a reporter that he only saw dry mud at the bottom of the well.\n"
        "Mr Lindqvist said he was digging with another family member.\n"
        "The rescuers said they dug from 5am for about two hours.\n"
        "The boy's uncle said he peeked over the edge of the well."
    )
    assert quote_with(analyze(text), "he peeked over").speaker_name == "Tomas Lindqvist"


def test_a_name_after_the_noun_newspaper_is_the_newspaper(analyze):
    text = (
        "The government promised Friday to act after a Kessmouth newspaper said ships registered abroad delivered oil.\n"
        "The newspaper Hanbit Ilbo reported this week that vessels flying the flags of Panama were suspected.\n"
        "Hanbit Ilbo said the tanker belongs to a company in Port Ellis. The newspaper said the ship was registered "
        "in Malaysia."
    )
    a = analyze(text)
    assert quote_with(a, "registered in Malaysia").speaker_name == "Hanbit Ilbo"
    assert next(e for e in a.entities if e.name == "Hanbit Ilbo").label == "ORG"
    text = (
        "Kessmouth has defended its enforcement of sanctions following reports that ships transferred oil at sea. "
        "The ministry's spokeswoman, Mara Lind, said Wednesday the port has \u201ccompletely and strictly\u201d "
        "enforced the rules. The South Korean newspaper Hanbit Ilbo said this week, citing unidentified officials, "
        "that ships transferred oil to other vessels some 30 times since October."
    )
    assert quote_with(analyze(text), "30 times since October").speaker_name == "Hanbit Ilbo"
    # (not a ticker in brackets after the first of several)
    text = (
        "Many companies said the changes will benefit them over the long term, but warned of one-off losses.\n"
        "Major European banks Barclays (BCS), Credit Suisse (CS) and UBS (UBS), plus oil giant Shell (RDSA), have "
        "indicated the new tax rules could cost them between $1 billion to $3 billion each in one-off charges."
    )
    assert quote_with(analyze(text), "the new tax rules").speaker_name != "BCS"


def test_as_someone_phrased_it_gives_the_marked_words_to_them(analyze):
    text = (
        "Tomas Lindqvist's criticism was shared by others who believe that the zones would come close to accepting "
        "violence, and that it could lead to the \u201cend of equality, freedom and self-determination,\u201d in "
        "Kessmouth, as Lindqvist phrased it. Mara Lind phrased the question carefully."
    )
    a = analyze(text)
    assert quote_with(a, "end of equality").speaker_name == "Tomas Lindqvist"
    assert not any("question" in q.text for q in a.quotes)


def test_another_set_against_one_person_is_a_second_speaker(analyze):
    text = (
        "One woman told police she was surrounded by 20 men before they attacked her, while another said hands were "
        "'all over her coat and bag'."
    )
    q = quote_with(analyze(text), "all over her coat")
    assert q.speaker == "another" and q.entity is None


def test_a_name_set_off_after_a_relative_clause_on_the_speaker_is_theirs(analyze):
    text = (
        "On Friday, the man who engineered the opening of Kessmouth's trade relations with Velmark, former Secretary "
        "of State Henry A. Lindqvist, argued the administration needed a new and different approach."
    )
    assert quote_with(analyze(text), "a new and different approach").speaker_name == "Henry A. Lindqvist"


def test_words_in_marks_a_medium_says_it_is_quoting_are_the_persons_quoted(analyze):
    text = (
        '"The port will reopen on Monday," the Harbour Gazette said, quoting Omar Haddad, the port director. '
        '"The ferries will run as usual," the agency said, quoting a port official who was not named. '
        "The tolls will rise in May, the Harbour Gazette said, quoting officials. "
        '"The bridge stays shut," the Harbour Gazette said, quoting a statement.'
    )
    a = analyze(text)
    assert quote_with(a, "reopen on Monday").speaker_name == "Omar Haddad"
    assert quote_with(a, "ferries will run").speaker.startswith("a port official")
    assert quote_with(a, "tolls will rise").speaker_name == "Harbour Gazette"  # (a report, no words in marks)
    assert quote_with(a, "bridge stays shut").speaker_name == "Harbour Gazette"
    # the medium, not a party named in the words it relays, goes on as "it"
    text = (
        '"Space development for peaceful purposes is a sovereign state\'s legitimate right," the Korean Central '
        "News Agency said, quoting the agency director who was not identified by name\n"
        'The world will "clearly see a series of satellites soaring into the sky at times and locations determined" '
        "by the Workers' Party, it said."
    )
    assert quote_with(analyze(text), "clearly see a series").speaker_name == "Korean Central News Agency"


def test_an_office_read_as_a_name_is_shown_as_written_not_as_its_place(analyze):
    text = (
        "Two people remain trapped. The Glasgow Mayor has warned that the death toll 'may well increase'. "
        "Rescue crews worked through the night. Mayor Ines Brandt said the port would reopen."
    )
    a = analyze(text)
    assert quote_with(a, "may well increase").speaker_name == "The Glasgow Mayor"
    assert quote_with(a, "the port would reopen").speaker_name == "Ines Brandt"


def test_a_secretary_read_as_a_name_is_an_office_shown_as_written(analyze):
    # the model reads "Cabinet Secretary" as a person's name; no one is called "Secretary"
    text = (
        "Japan’s Chief Cabinet Secretary told reporters the rocket was likely “the same as before,” "
        "referring to the August launch. The Foreign Secretary said the embassy would stay open."
    )
    a = analyze(text)
    assert quote_with(a, "the same as before").speaker_name == "Japan’s Chief Cabinet Secretary"
    assert quote_with(a, "the embassy would stay open").speaker_name == "The Foreign Secretary"


def test_the_statement_after_someone_spoke_through_a_spokesperson_is_theirs(analyze):
    text = (
        "Through a spokesperson, Omar Haddad denied ever threatening her and said that he thought she was "
        "\u201ca brilliant engineer.\u201d\n"
        "\u201cMr. Haddad acknowledges making a mistake in Kessmouth,\u201d the statement said. "
        "\u201cHe immediately apologized.\u201d"
    )
    assert quote_with(analyze(text), "acknowledges making a mistake").speaker_name == "Omar Haddad"


def test_a_subject_the_parse_read_as_another_conjunct_before_the_cue_is_the_speaker(analyze):
    text = (
        "The Kessmouth Rovers could be another, but Tomas Lindqvist is expected to remain with the Port Ellis "
        "Mariners despite their 0-16 season and the Velmark Broncos have assured Omar Haddad his job is safe."
    )
    assert quote_with(analyze(text), "his job is safe").speaker_name == "Velmark Broncos"


def test_a_kind_of_person_is_the_one_person_named_before_it_in_its_sentence(analyze):
    text = (
        "Tomas Lindqvist and Omar Haddad teased the internet this week by sharing a video from Kessmouth Tourism.\n"
        "Mara Lind is another name in the trailer.\n"
        "A shirtless and chiseled Jonas Brandt will appear in the brewery's ad where the sexy star suggests that, to "
        "be fit, 'you gotta love Velmark Lager.'"
    )
    assert quote_with(analyze(text), "you gotta love").speaker_name == "Jonas Brandt"
    # (not where the sentence names someone else too)
    text = (
        "Tomas Lindqvist and Omar Haddad teased the internet this week by sharing a video from Kessmouth Tourism.\n"
        "Mara Lind is another name in the trailer.\n"
        "Jonas Brandt will appear beside Anna Schmidt in the brewery's ad where the sexy star suggests that, to be "
        "fit, 'you gotta love Velmark Lager.'"
    )
    assert quote_with(analyze(text), "you gotta love").speaker_name == "the sexy star"


def test_a_paper_named_before_its_kind_is_the_speaker_and_the_paper_later(analyze):
    text = (
        "Aides to the mayor hid money offshore, according to Le Monde newspaper.\n"
        "Velmark used shell companies to break sanctions, the French paper said.\n"
        "The rocket fell into the sea, the Xinhua news agency said."
    )
    a = analyze(text)
    assert quote_with(a, "hid money offshore").speaker_name == "Le Monde"
    assert quote_with(a, "used shell companies").speaker_name == "Le Monde"
    assert quote_with(a, "fell into the sea").speaker_name == "Xinhua news agency"
    # (one of its kind, or one of two named, is not the organisation named before the kind)
    a = analyze(
        "A pro-Islamic State group that calls itself Asawitri Media said it would hit back. "
        "The official IRNA news agency and the Kessland Geological Survey said the quake had a magnitude of 5.9."
    )
    assert quote_with(a, "it would hit back").speaker_name.startswith("A pro-Islamic State group")
    assert quote_with(a, "magnitude of 5.9").speaker_name.endswith("Kessland Geological Survey")


def test_the_paper_is_only_a_news_medium_the_text_presents_as_one(analyze):
    text = "Researchers at Kessmouth University studied 400 patients. The paper said the drug had no effect."
    assert quote_with(analyze(text), "the drug had no effect").speaker_name == "The paper"


def test_the_ministry_is_the_one_just_named_by_its_country(analyze):
    text = (
        "The mother of a boy was killed in the attack, said Velmark's foreign ministry.\n"
        "People lay flowers in the street.\n"
        "Two Velmark men were also killed, said the ministry.\n"
        "Officials at the health ministry met on Monday. Schools stay shut, the ministry said."
    )
    a = analyze(text)
    assert quote_with(a, "Two Velmark men").speaker_name == "Velmark's foreign ministry"
    assert quote_with(a, "Schools stay shut").speaker_name == "the ministry"


def test_the_groups_are_the_organisations_just_named_together(analyze):
    text = (
        "This week, Common Sense Media and the Center for Humane Technology will hold a conference. "
        "The groups say they will work together to develop standards.\n"
        "Mattel, Hasbro and Lego met on Monday. The companies said they would cut prices."
    )
    a = analyze(text)
    assert quote_with(a, "work together").speaker_name == "Common Sense Media and Center for Humane Technology"
    assert quote_with(a, "cut prices").speaker_name == "Mattel, Hasbro and Lego"


def test_her_profile_is_the_one_the_sentences_she_stands_for(analyze):
    text = (
        "“He’s a generous man,” Eric Ruiz said.\n"
        "Stephen Ruiz, 64, lived with his partner, Marilou Danvers, 62.\n"
        "She worked as a “head croupier” at the Seaview Club from 2010 to 2013, according to her LinkedIn account."
    )
    assert quote_with(analyze(text), "head croupier").speaker_name == "Marilou Danvers"
    # (not a man named further back, where the sentences between name no one: the "he" may be anyone)
    text = (
        "Governor Tom Ruiz appeared to end his bid owing roughly $200,000.\n"
        "Not so with political newcomer Dan Okafor.\n"
        "The retired neurosurgeon never won any of the early contests, and he suspended his campaign this month. "
        "Even so, in February he raised $5.7 million, according to his campaign finance documents."
    )
    assert quote_with(analyze(text), "he raised $5.7 million").speaker_name != "Tom Ruiz"


def test_a_statement_naming_its_company_as_its_subject_is_that_companys(analyze):
    text = (
        "Nordavia Airways flight NV175 turned back to Kessmouth on Tuesday after a passenger boarded the wrong plane. "
        "The airline said Nordavia staff had found him.\n"
        "The plane landed safely. Passengers were told to stay in their seats. The flight left again at noon. "
        "The passenger was questioned and released. Airport police would not comment and deferred to the airline.\n"
        "“Nordavia is researching how the passenger boarded the flight,” the airline said.\n"
        "“Borealis Airlines must answer for its own mistakes,” the airline said."
    )
    a = analyze(text)
    assert quote_with(a, "researching how the passenger").speaker_name.startswith("Nordavia")
    # (only an organisation the text named before, outside quotes)
    assert quote_with(a, "must answer for its own").speaker_name != "Borealis Airlines"


def test_the_prosecutor_is_the_one_the_next_sentence_names_as_prosecutor(analyze):
    text = (
        "Twelve people were hurt on Saturday on the seafront, struck by a runaway tram that left its tracks, "
        "the Kessmouth prosecutor said.\n"
        '"This is still a very preliminary assessment," added Jean-Michel Pretre, prosecutor of Kessmouth, said of the crash.'
    )
    assert quote_with(analyze(text), "Twelve people were hurt").speaker_name == "Jean-Michel Pretre"
    # (a role of another place's is not the one described)
    text = (
        "The shift started in 2014, when Velmark's president and foreign and defense ministers all urged an increased "
        "global security role for the country at the Kessmouth Security Conference. Weeks later, Corrania's leader, "
        "President Ivan Dorov, annexed the peninsula."
    )
    assert quote_with(analyze(text), "global security role").speaker_name != "Ivan Dorov"


def test_a_firm_described_first_is_the_one_the_next_sentence_names_doing_the_same(analyze):
    text = (
        "THE second largest credit rating firm in the country has admitted that up to 30,000 customers' card "
        "details were exposed in a major \"security incident\".\n"
        "Corvane Credit admitted the names and card numbers of \"fewer than 30,000 customers\" had been accessed."
    )
    assert quote_with(analyze(text), "security incident").speaker_name == "Corvane Credit"


def test_a_title_in_marks_in_the_writers_clause_before_the_speaker_is_not_their_words(analyze):
    text = (
        "One element that stands out was the inspiration Holm drew from the captain.\n"
        "While it wasn’t initially a part of the initial “Callister” pitch, Holm said that “it just became obvious "
        "that there’s no way to do this without giving some sort of homage to the captain.” So he worked with a coach."
    )
    a = analyze(text)
    assert not any(q.text == "Callister" for q in a.quotes)
    assert quote_with(a, "it just became obvious").speaker_name == "Holm"
    # (a phrase he harks back to is his)
    text = (
        "But Tom Ruiz, at a consulting firm in Kessmouth, argues that Velmark's influence will grow. Harking back to "
        "the \"Long Rivalry,\" the old contest between the two coastal powers, he says there is only one winner this time."
    )
    assert quote_with(analyze(text), "Long Rivalry").speaker_name == "Tom Ruiz"


def test_the_actress_is_the_one_woman_among_the_people_just_named(analyze):
    text = (
        "Jessica Brandt has had a baby boy.\n"
        "The screen star, 36, and her husband Cash Lind welcomed their son on the last day of the year.\n"
        "Brandt shared a picture of little Hayes and wrote: \"The best way to end the year!\"\n"
        "Jessica and Cash are already parents to daughters Honor and Haven.\n"
        "The actress said they \"are already smitten with their new baby brother\"."
    )
    assert quote_with(analyze(text), "already smitten").speaker_name == "Jessica Brandt"


def test_that_said_and_having_said_that_are_the_writers_turn_not_a_quote(analyze):
    text = (
        "The storm hit the coast hard in early spring. That said, the fact that it struck during the harvest "
        "festival certainly had an impact on the town. Having said that, the mayor remains upbeat. That being said, "
        "the town will rebuild."
    )
    assert analyze(text).quotes == ()
    # (but "having said that" with a clause of its own reports it)
    text = "Having said that he would resign, Tomas Reyl left the room."
    assert quote_with(analyze(text), "he would resign").speaker_name == "Tomas Reyl"
    # (nor is a relative "that said," one: the sign's words are quoted)
    text = 'The page was replaced by a message that said, "Sorry, but the item you asked for is gone."'
    assert quote_with(analyze(text), "the item you asked for").kind == "direct"


def test_a_thing_that_helps_explain_something_explains_nothing_said(analyze):
    text = (
        "Loyalty points, flash sales and free delivery encourage constant shopping, Mira Olsen has said. They help "
        "explain how people may plan to buy one book but somehow end up filling a whole basket."
    )
    assert not any("buy one book" in q.text for q in analyze(text).quotes)
    # (a person who helps explain does)
    text = "At the briefing, Dr. Ana Ruiz helped explain how the vaccine works."
    assert quote_with(analyze(text), "how the vaccine works").speaker_name == "Ana Ruiz"


def test_a_demand_the_writer_supposes_someone_might_be_brought_to_make_is_no_quote(analyze):
    text = "The strike has dragged on for weeks. But the new pay offer may entice members to demand that the union's leaders resume talks."
    assert not any("resume talks" in q.text for q in analyze(text).quotes)
    # (one someone was brought to make is theirs)
    text = "The outage prompted Mayor Lin Aster to demand that the utility pay for the damage."
    assert quote_with(analyze(text), "pay for the damage").speaker_name == "Lin Aster"


def test_the_writers_sentence_before_a_dash_is_not_what_the_verb_after_it_reveals(analyze):
    text = (
        "Few expected the audit to matter. And if the figures in it hold up, it is easy to see why the club's owner "
        "would be nervous -- the ledgers reveal a string of loans to firms close to him."
    )
    assert not any("easy to see why" in q.text for q in analyze(text).quotes)
    # (but one told to someone is the teller's)
    text = "The plan is dead -- Mayor Lin Aster told reporters on Friday."
    assert quote_with(analyze(text), "The plan is dead").speaker_name == "Lin Aster"


def test_a_rocket_blasted_to_a_planet_is_a_launch_not_a_rebuke(analyze):
    text = "Students watched as Dara Venn's team loaded the weather balloon she hopes to blast to the edge of space."
    assert analyze(text).quotes == ()
    text = "Senator Lin Aster blasted the decision to close the port."
    assert quote_with(analyze(text), "the decision to close the port").speaker_name == "Lin Aster"


def test_the_reply_to_which_someone_deadpans_is_theirs_not_the_first_speakers(analyze):
    text = (
        "Kell posted a clip of her and Omar Bishop stuck in a lift. She tells her husband: 'What a romantic evening "
        "out, darling,' to which Bishop deadpans: 'Only the best for you.'"
    )
    a = analyze(text)
    assert quote_with(a, "Only the best").speaker_name == "Omar Bishop"
    assert quote_with(a, "romantic evening").speaker_name == "Kell"
    assert "Only the best" not in quote_with(a, "romantic evening").text


def test_a_title_in_capitals_opening_the_subject_is_no_dateline(analyze):
    text = "Bakers from across the region met on Monday. The CEO of Crumbwell says he can halve the price of bread."
    assert quote_with(analyze(text), "halve the price").speaker == "The CEO of Crumbwell"


def test_the_frontwoman_and_the_mogul_are_the_woman_just_named(analyze):
    text = (
        "Singer Dara Venn never rests for long. She has now announced she wants to tour the islands by boat. The "
        "Glasshouse frontwoman revealed her plans via Twitter late Friday, saying that the first show will be her "
        'very own "harbour lullaby." The media mogul said the boat would carry a piano.'
    )
    a = analyze(text)
    assert quote_with(a, "harbour lullaby").speaker_name == "Dara Venn"
    assert quote_with(a, "the boat would carry a piano").speaker_name == "Dara Venn"


def test_anyone_nobody_and_no_one_say_nothing(analyze):
    for text in (
        "The bridge opened at last. Don't let anyone tell you it is anything but a triumph for the town.",
        "No one says the plan is perfect, but it is a start.",
        "Nobody claims the bridge is safe.",
    ):
        assert analyze(text).quotes == (), text


def test_they_after_a_report_according_to_the_military_are_the_military(analyze):
    text = (
        "The ferry that sank on Tuesday had left from near Varna, Keltan's main port. Early reports indicated it "
        "sailed from a jetty near Varna's fish market, not the usual harbour in the north, according to the "
        "Ostrian navy. They said they were still trying to determine what caused the leak."
    )
    q = quote_with(analyze(text), "still trying to determine")
    assert q.entity is None and q.speaker_name == "the Ostrian navy"


def test_a_spokesman_of_a_body_is_the_one_the_article_names_as_its_spokesman(analyze):
    text = (
        "Two fans were turned away at the gate.\n"
        "An Arden Air spokesman said the fans were later booked on another flight.\n"
        "The flight left from Kessmouth bound for Port Ellis, according to Arden Air spokesman Tom Vale.\n"
        "They boarded late. A police spokesman said no one was hurt."
    )
    a = analyze(text)
    assert quote_with(a, "later booked on another flight").speaker_name == "Tom Vale"
    # (not another body's spokesman)
    assert quote_with(a, "no one was hurt").speaker_name == "A police spokesman"
    text = (
        "Ostria has followed the sanctions strictly, a Defense Ministry spokesman said on Thursday.\n"
        "Colonel Ivo Stan was speaking at a monthly briefing.\n"
        "Foreign Ministry spokeswoman Mira Lund also lashed out at the report.\n"
        "A spokeswoman for Lena Brandt said the senator was resting. A spokesman for presidential candidate Lena "
        "Brandt called the report outrageous. Brandt spokesman Tom Vale said she would return on Monday."
    )
    a = analyze(text)
    assert quote_with(a, "followed the sanctions").speaker_name == "a Defense Ministry spokesman"
    # (nor one of the other sex)
    assert quote_with(a, "the senator was resting").speaker_name == "A spokeswoman for Lena Brandt"
    assert quote_with(a, "the report outrageous").speaker_name == "Tom Vale"
    # a spokesperson of no body named is the one named so in the next sentences
    text = (
        "The rebels have freed 12 of the hostages, said a spokesperson here on Monday.\n"
        "The rebels freed the hostages after talks.\n"
        '"We are relieved," UN Spokesperson Anders Holm told a daily briefing.'
    )
    assert quote_with(analyze(text), "freed 12 of the hostages").speaker_name == "Anders Holm"


def test_a_description_that_speaks_twice_in_one_sentence_is_one_speaker(analyze):
    text = (
        "A Nordair Airways jet bound for Oslo turned back to Port Ellis on Wednesday.\n"
        "A cargo door had not closed properly. Passengers waited for hours at the gate. Some "
        "slept on the floor. Others went to hotels in the city. The plane left again the next morning.\n"
        "“Nordair Airways is checking every door on its fleet to find out how the fault was missed,” the "
        "airline said, adding that it would like to apologize to passengers for the delay."
    )
    a = analyze(text)
    assert quote_with(a, "is checking every door").speaker_name == "Nordair Airways"
    assert quote_with(a, "apologize to passengers").speaker_name == "Nordair Airways"


def test_an_office_that_spoke_is_the_holder_the_next_sentence_names_saying_more(analyze):
    text = (
        "Rescue teams worked through the night after the storm hit the coast.\n"
        "Japan’s Chief Cabinet Secretary told reporters the damage was “worse than first feared,” referring to the "
        "flooded towns. Kenji Arata urged calm “above all,” saying relief crews were on their way."
    )
    assert quote_with(analyze(text), "worse than first feared").speaker_name == "Kenji Arata"
    # (not one the next sentence names doing something else)
    text = (
        "Rescue teams worked through the night after the storm hit the coast.\n"
        "Japan’s Chief Cabinet Secretary told reporters the damage was “worse than first feared.” Kenji Arata "
        "arrived in the flooded towns on Monday."
    )
    assert quote_with(analyze(text), "worse than first feared").speaker_name == "Japan’s Chief Cabinet Secretary"


def test_an_announcement_or_a_demand_foreseen_is_not_one_made(analyze):
    text = (
        "Analysts expect that many other big retailers will announce similar store closures. Because the Vantor "
        "leak exposed the records of so many patients—thieves can open accounts with them—lawyers predict a long "
        "fight, with patients likely to demand damages in the millions of dollars."
    )
    assert analyze(text).quotes == ()
    text = "Senator Lin Aster announced her plan on Friday."
    assert quote_with(analyze(text), "her plan").speaker_name == "Lin Aster"


def test_the_authorities_a_report_cites_are_its_source_not_its_words(analyze):
    text = (
        "Firefighters were called to the warehouse around noon, an hour after it closed, local channel KTV reported, "
        "citing fire authorities."
    )
    a = analyze(text)
    assert not any(q.text == "fire authorities" for q in a.quotes)
    assert quote_with(a, "Firefighters were called").speaker_name == "KTV"


def test_what_people_are_asked_to_report_they_have_not_reported(analyze):
    text = (
        "One resident posted that her dog thought it was thunder. Residents are being encouraged to report what "
        "they heard to the council's website."
    )
    a = analyze(text)
    assert [q.speaker for q in a.quotes] == ["One resident"]
    # (but one forced to admit something admitted it)
    text = "Tom Vale was forced to admit that the plan had failed."
    assert quote_with(analyze(text), "the plan had failed").speaker_name == "Tom Vale"


def test_people_told_to_do_something_in_a_passive_are_told_not_telling(analyze):
    text = "Choir leader Tom Vale fell ill before the concert on Friday. Fellow singers were alerted by email, and told to pray for him."
    assert analyze(text).quotes == ()
    text = "Tom Vale was arrested on Friday and told police that he had acted alone."
    assert quote_with(analyze(text), "he had acted alone").speaker_name == "Tom Vale"


def test_the_clause_of_fears_after_the_cue_is_not_what_the_speaker_said(analyze):
    text = (
        "The old dam is sound and will not burst, a leading engineer has said amid fears it could soon give way in "
        "the floods."
    )
    a = analyze(text)
    assert not any("give way" in q.text for q in a.quotes)
    assert quote_with(a, "The old dam is sound").speaker == "a leading engineer"


def test_an_it_the_parse_made_the_subject_of_a_passive_names_no_one(analyze):
    text = (
        "The station weighs nearly 19,000 pounds, and Keltan launched it in 2011. And it’s estimated that around 10 "
        "to 40 percent of a spacecraft will make it down to the ground."
    )
    assert not any(q.speaker_name == "Keltan" for q in analyze(text).quotes)
