from corroborate.compare.quotes import group_quotes
from corroborate.compare.wording import changed_words, cosmetic_tokens, word_diff


def by_text(groups, words):
    return next(g for g in groups if any(words in v.cite.text for v in g.versions))


def test_changed_words_make_an_altered_group_with_a_word_diff(story, embed):
    groups = group_quotes(story, embed)
    group = by_text(groups, "We will never sign")
    assert group.label == "altered"
    altered = next(v for v in group.versions if "never" in v.cite.text)
    assert altered.label == "altered" and altered.cite.outlet == "Daily Ledger"
    assert ("not", "never") in changed_words(altered.diff)
    assert ("our", "") in changed_words(altered.diff)
    assert "Daily Ledger changes the words" in group.reason


def test_the_copy_carries_the_reference_words_verbatim(story, embed):
    group = by_text(group_quotes(story, embed), "We will not sign")
    labels = {v.cite.outlet: v.label for v in group.versions}
    assert labels["Northgate Wire"] == "verbatim" and labels["Harbour Times"] == "verbatim"
    assert "hurts our farmers" in group.reference.text


def test_same_remark_in_other_words_is_a_paraphrase_presented_as_a_quote(story, embed):
    group = by_text(group_quotes(story, embed), "We refuse any agreement")
    version = next(v for v in group.versions if "refuse" in v.cite.text)
    assert version.label == "paraphrase_as_quote"
    assert "Corvania Post puts in quotation marks" in group.reason


def test_a_fragment_only_one_outlet_quotes_is_single_source(story, embed):
    group = by_text(group_quotes(story, embed), "a careful first step")
    assert group.label == "single_source" and len(group.versions) == 1


def test_without_embeddings_a_paraphrase_is_not_matched_to_the_remark(story):
    group = by_text(group_quotes(story, None), "We refuse any agreement")
    assert group.label == "single_source"


def test_cosmetic_normalisation_covers_spelling_brackets_and_ellipsis():
    assert cosmetic_tokens("We must honour our relations(hip) … with them.") == cosmetic_tokens(
        "we must honor our relationship with them"
    )
    assert cosmetic_tokens("They organised it") == cosmetic_tokens("they organized it")
    assert [op.op for op in word_diff("a b c", "a x c")] == ["equal", "replace", "equal"]


def test_every_version_points_at_its_words_in_the_stored_text(story, embed):
    for group in group_quotes(story, embed):
        for v in group.versions:
            assert story.by_id[v.cite.article].text[v.cite.start : v.cite.end] == v.cite.text


def _split_quote_story():
    """A wire quote split around its cue, a verbatim copy, and a rewrite that quotes the
    remark in one passage with 'not' made 'never' and 'tonight' dropped."""
    from corroborate.analysis.types import ArticleAnalysis, Quote
    from corroborate.compare.context import StoryInput
    from corroborate.linking.types import Story
    from corroborate.types import Article, content_id

    wire = ('"We are not going to leave anyone behind," Mayor Ilse Varrow said. '
            '"Every family will have a roof over its head tonight."')
    rewrite = ('Mayor Ilse Varrow promised: "We are never going to leave anyone behind. '
               'Every family will have a roof over its head."')

    def quote(text: str, passages: list[str]) -> Quote:
        spans = tuple((text.index(p), text.index(p) + len(p)) for p in passages)
        start, end = spans[0][0], spans[-1][1]
        return Quote(id="q1", kind="direct", start=start, end=end, text=text[start:end],
                     pieces=spans if len(spans) > 1 else (), cue="said", speaker="Mayor Ilse Varrow",
                     speaker_name="Ilse Varrow", entity="e1", sentence=0)

    made = []
    for outlet, text, published, passages in (
        ("Meridian Press", wire, "2026-10-13T18:05:00+00:00",
         ["We are not going to leave anyone behind,", "Every family will have a roof over its head tonight."]),
        ("Valdoria Courier", wire, "2026-10-13T18:50:00+00:00",
         ["We are not going to leave anyone behind,", "Every family will have a roof over its head tonight."]),
        ("Lakeshore Standard", rewrite, "2026-10-13T21:30:00+00:00",
         ["We are never going to leave anyone behind. Every family will have a roof over its head."]),
    ):
        article = Article(id=content_id(outlet, text), title=outlet, outlet=outlet, text=text, published=published)
        made.append((article, ArticleAnalysis(article_id=article.id, version="test", quotes=(quote(text, passages),))))
    articles = tuple(a for a, _ in made)
    story = Story(id="s-q", headline="flood", article_ids=tuple(a.id for a in articles),
                  outlets=tuple(a.outlet for a in articles))
    return StoryInput(story=story, articles=articles, analyses={a.id: an for a, an in made})


def test_a_quote_split_around_its_cue_is_compared_whole_and_the_rewrite_is_the_altered_one(embed):
    story = _split_quote_story()
    (group,) = group_quotes(story, embed)
    assert group.label == "altered"
    assert group.reference.outlet == "Meridian Press"
    labels = {v.cite.outlet: v.label for v in group.versions}
    assert labels == {"Meridian Press": "verbatim", "Valdoria Courier": "verbatim", "Lakeshore Standard": "altered"}
    altered = next(v for v in group.versions if v.label == "altered")
    assert changed_words(altered.diff) == [("not", "never"), ("tonight", "")]
    assert "..." in [op.ref for op in altered.diff]  # where the cue was: one ellipsis, not three stops
    assert group.reason.startswith("Lakeshore Standard changes the words: 'not' → 'never'; 'tonight' → '∅'")
    for v in group.versions:
        assert story.by_id[v.cite.article].text[v.cite.start : v.cite.end] == v.cite.text


def test_words_a_partial_quote_leaves_off_at_its_ends_are_not_named_as_changes():
    # "build it on time and on budget" starts after "We will" (a partial quote may) but drops
    # "we will build it" from its middle: only that is a change to the mayor's words.
    diff = word_diff("We will build it on time and we will build it on budget.", "build it on time and on budget.")
    assert changed_words(diff) == [("We will", ""), ("we will build it", "")]
    assert changed_words(diff, inner=True) == [("we will build it", "")]


def test_an_unnamed_source_is_known_by_the_noun_that_heads_its_description():
    from corroborate.analysis.types import Quote
    from corroborate.compare.quotes import speaker_key

    def unnamed(description: str) -> str | None:
        return speaker_key(Quote(id="q1", kind="direct", start=0, end=1, text="x", speaker=description,
                                 speaker_name=description, unnamed=True))

    assert unnamed("A senior finance ministry official") == "unnamed:official"
    assert unnamed("An official at the finance ministry") == "unnamed:official"
    assert unnamed("a person familiar with the talks") == "unnamed:person"
    assert unnamed("officials close to the negotiations") == "unnamed:official"


def test_a_contraction_is_a_cosmetic_difference():
    # "We're" for "We are", "won't" for "will not": the same words, written as spoken.
    assert cosmetic_tokens("We're not finished") == cosmetic_tokens("We are not finished")
    assert cosmetic_tokens("We won't wait for Brussels to act.") == cosmetic_tokens("We will not wait for Brussels to act")
    assert cosmetic_tokens("They can't and shouldn't") == cosmetic_tokens("They cannot and should not")
    assert cosmetic_tokens("We're not finished") != cosmetic_tokens("We were not finished")
