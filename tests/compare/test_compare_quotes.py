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
