import json

from corroborate.brief.build import build_brief
from corroborate.brief.render_html import render_html
from corroborate.brief.render_md import render_markdown
from corroborate.compare.service import compare_story


def test_a_rewrite_counts_once_with_its_original(story, embed):
    comparison = compare_story(story, embed)
    assert comparison.independent_sources == 2  # wire (+ copy + rewrite) and Corvania Post
    talks = next(f for f in comparison.facts if "would continue next week" in f.text)
    assert {c.outlet for c in talks.support} == {"Northgate Wire", "Harbour Times", "Daily Ledger", "Corvania Post"}
    assert talks.independent_outlets == ("Northgate Wire", "Corvania Post") and talks.independent_count == 2


def test_a_sentence_with_another_number_does_not_support_a_fact(story, embed):
    comparison = compare_story(story, embed)
    trade = next(f for f in comparison.facts if "worth C$55.4 billion" in f.text)
    assert {c.outlet for c in trade.support} == {"Northgate Wire", "Harbour Times"}
    jobs = next(f for f in comparison.facts if "1,200 jobs" in f.text)
    assert "Daily Ledger" not in {c.outlet for c in jobs.support}


def test_a_fact_only_one_outlet_reports_is_listed(story, embed):
    comparison = compare_story(story, embed)
    facts = {f.id: f for f in comparison.facts}
    single = [facts[i].text for i in comparison.single_outlet_facts]
    assert any("fishermen staged a small protest" in t for t in single)
    assert not any("would continue next week" in t for t in single)


def test_every_summary_sentence_cites_articles_that_state_it(story, embed):
    brief = build_brief(story, compare_story(story, embed))
    assert 1 <= len(brief.summary) <= 8
    for sentence in brief.summary:
        assert sentence.citations
        for cite in sentence.citations:
            assert story.by_id[cite.article].text[cite.start : cite.end] == cite.text
    # the dateline is not part of the summary text, and the text is the cited words
    assert not any(s.text.startswith("PORT ELLIS") for s in brief.summary)


def test_the_brief_lists_differences_and_the_sources_roles(story, embed):
    brief = build_brief(story, compare_story(story, embed))
    labels = {v.label for g in brief.differences_quotes for v in g.versions}
    assert {"altered", "paraphrase_as_quote"} <= labels
    assert [g.label for g in brief.differences_numbers] == ["conflict"]
    roles = {row.outlet: (row.role, row.of) for row in brief.sources}
    wire_id = story.articles[0].id
    assert roles["Northgate Wire"] == ("original", None)
    assert roles["Harbour Times"] == ("copy", wire_id)
    assert roles["Daily Ledger"] == ("rewrite", wire_id)
    assert roles["Corvania Post"] == ("independent", None)
    assert brief.people[0].name == "Alva Brandt" and any("Trade Minister" in r for r in brief.people[0].roles)


def test_a_persons_roles_are_listed_once_and_without_relations_to_someone_unseen():
    from corroborate.brief.build import distinct_roles

    roles = ["Canadian Trade Minister", "Her host", "Trade Minister", "trade minister of Canada", "minister"]
    assert distinct_roles(roles) == ("Canadian Trade Minister", "trade minister of Canada")


def test_renderers_escape_untrusted_text_and_keep_every_section(story, embed):
    brief = build_brief(story, compare_story(story, embed))
    brief = brief.model_copy(update={"headline": "<script>alert(1)</script> talks"})
    html = render_html(brief)
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html
    for section in ("Summary", "Who said what", "Where sources differ", "Sources"):
        assert f"<h2>{section}</h2>" in html
    assert "<del>not</del>" in html and "<ins>never</ins>" in html
    md = render_markdown(brief)
    assert "## Where sources differ" in md and "~~not~~ **never**" in md
    assert json.loads(brief.model_dump_json())["story_id"] == "s-test"


def test_a_number_conflict_shows_each_figure_once_with_the_sources_that_give_it(story, embed):
    brief = build_brief(story, compare_story(story, embed))
    md = render_markdown(brief)
    line = next(x for x in md.splitlines() if "— conflict:" in x and "jobs" in x)
    assert line.count("1,200 jobs (") == 1 and "Northgate Wire [1], Harbour Times [2]" in line
    html = render_html(brief)
    assert html.count("1,200 jobs (Northgate Wire") == 1 and "1,200 jobs (Harbour Times" not in html


def test_a_restatement_with_another_number_is_an_echo_of_the_earlier_fact(story, embed):
    comparison = compare_story(story, embed)
    wire_trade = next(f for f in comparison.facts if "worth C$55.4 billion" in f.text)
    rounded = next(f for f in comparison.facts if "reached C$55 billion" in f.text)
    assert wire_trade.id in rounded.echoes
    assert not any(wire_trade.id in f.echoes for f in comparison.facts if "jobs" in f.text)


def test_the_summary_states_an_echoed_fact_once_even_when_reworded(story):
    from corroborate.brief.build import pick_summary
    from corroborate.compare.types import Fact, StoryComparison

    wire, rewrite = story.articles[0], next(a for a in story.articles if a.outlet == "Daily Ledger")

    def fact(fid, article, words, centrality, echoes=()):
        start = article.text.index(words)
        cite = story.cite(article.id, start, start + len(words))
        return Fact(id=fid, text=words, support=(cite,), independent_outlets=(article.outlet,),
                    independent_count=1, centrality=centrality, echoes=echoes)

    first = fact("f1", wire, "Trade Minister Alva Brandt said talks with Corvania would continue next week.", 0.9)
    # worded apart (surface similarity alone would keep both), an echo by meaning
    echo = fact("f2", rewrite, "The new terminal will create 2,100 jobs in the port city.", 0.8, echoes=("f1",))
    other = fact("f3", wire, "The new terminal will create 1,200 jobs in the port city.", 0.5)
    comparison = StoryComparison(story_id=story.story.id, version="t", facts=(first, echo, other))
    assert [s.text for s in pick_summary(story, comparison)] == [first.text, other.text]


def test_articles_carrying_one_wire_credit_count_once_without_a_pair_link():
    from corroborate.compare.context import StoryInput
    from corroborate.linking.types import Story
    from corroborate.types import Article, Credit, content_id

    def article(outlet, text, credit_kind=None, agency="Associated Press"):
        credits = ()
        if credit_kind:
            head = text.split(" - ")[0]
            credits = (Credit(kind=credit_kind, start=0, end=len(head), text=head, agency=agency),)
        return Article(id=content_id(outlet, text), title=outlet, outlet=outlet, text=text, credits=credits)

    first = article("Post", "RAMALLAH (AP) - A court indicted the teenager on Monday.", "dateline")
    update = article("Herald", "RAMALLAH (AP) - The teenager appeared in court on Tuesday.", "dateline")
    helped = article("Gazette", "AP contributed - Our reporter saw the hearing.", "contributed")
    agency = Article(id=content_id("x", "y"), title="x", outlet="reuters.com", text="The court sat.")
    arts = (first, update, helped, agency)
    story = StoryInput(
        story=Story(id="s", headline="x", article_ids=tuple(a.id for a in arts), outlets=()), articles=arts, analyses={}
    )
    assert story.independent(a.id for a in arts) == ("Associated Press", "Gazette", "Reuters")


def test_plain_datelines_are_place_names_before_a_sentence():
    from corroborate.compare.facts import PLAIN_DATELINE as _PLAIN_DATELINE

    assert _PLAIN_DATELINE.match("SALT LAKE CITY - The council voted on Monday.")
    assert _PLAIN_DATELINE.match("PORT ELLIS, March 6 — “We are ready,” she said.")
    assert _PLAIN_DATELINE.match("OFER PRISON, West Bank — Israel indicted a teenager on Monday.")
    assert not _PLAIN_DATELINE.match("INSIGHTS PRELIMS TEST SERIES – 2018 (OFFLINE – CLASSROOM)")
    assert not _PLAIN_DATELINE.match("UPDATE - 2 people hurt")


def test_sentences_overlapping_a_photo_credit_are_not_facts(story):
    from dataclasses import replace

    from corroborate.compare.facts import story_sentences
    from corroborate.types import Credit

    wire = story.articles[0]
    start = wire.text.index("Trade between")
    caption = Credit(kind="photo", start=start, end=start + 20, text=wire.text[start : start + 20])
    edited = wire.model_copy(update={"credits": (*wire.credits, caption)})
    changed = replace(story, articles=(edited, *story.articles[1:]))
    texts = [t for a, _s, _e, t in story_sentences(changed) if a == wire.id]
    assert texts and not any(t.startswith("Trade between") for t in texts)
    assert any(t.startswith("Trade between") for a, _s, _e, t in story_sentences(story) if a == wire.id)


def test_a_restated_fact_is_shown_in_the_version_most_articles_support(story):
    from corroborate.compare.facts import representative, restatement_groups, single_outlet
    from corroborate.compare.types import Fact

    wire, copy, rewrite, other = story.articles

    def fact(fid, articles, words, outlets, echoes=()):
        cites = []
        for article in articles:
            start = article.text.index(words[article.id])
            cites.append(story.cite(article.id, start, start + len(words[article.id])))
        return Fact(id=fid, text=cites[0].text, support=tuple(cites), independent_outlets=outlets,
                    independent_count=len(outlets), echoes=echoes)

    rounded = fact("f1", [rewrite], {rewrite.id: "reached C$55 billion"}, ("Northgate Wire",))
    wire_version = fact("f2", [wire, copy], {wire.id: "worth C$55.4 billion", copy.id: "worth C$55.4 billion"},
                        ("Northgate Wire",), echoes=("f1",))
    fishermen = fact("f3", [other], {other.id: "fishermen staged a small protest"}, ("Corvania Post",))
    conflict = fact("f4", [other], {other.id: "C$56 billion"}, ("Corvania Post",), echoes=("f2",))
    facts = (rounded, wire_version, fishermen, conflict)
    groups = restatement_groups(facts)
    assert [[f.id for f in g] for g in groups] == [["f1", "f2", "f4"], ["f3"]]
    assert representative(groups[0], story.order).id == "f2"
    # several outlets state the trade figure (differently): not a fact one outlet has alone
    assert single_outlet(facts, story) == ("f3",)
    assert single_outlet((rounded, wire_version, fishermen), story) == ("f2", "f3")


def test_a_one_word_person_that_another_article_reads_as_a_place_is_not_a_key_person(story):
    from dataclasses import replace

    from corroborate.analysis.types import Entity, Mention
    from corroborate.brief.build import key_people

    wire, copy, *_rest = story.articles
    analyses = dict(story.analyses)

    def with_entity(article, label):
        s = article.text.index("Corvania")
        mention = Mention(start=s, end=s + 8, text="Corvania")
        entity = Entity(id="e9", label=label, name="Corvania", mentions=(mention, mention))
        a = analyses[article.id]
        return a.model_copy(update={"entities": (*a.entities, entity)})

    analyses[wire.id] = with_entity(wire, "PERSON")
    names = [p.name for p in key_people(replace(story, analyses=analyses))]
    assert "Corvania" in names  # nothing says otherwise
    analyses[copy.id] = with_entity(copy, "GPE")
    names = [p.name for p in key_people(replace(story, analyses=analyses))]
    assert "Corvania" not in names and "Alva Brandt" in names


def test_one_speakers_remarks_that_one_source_reports_share_one_heading(story, embed):
    brief = build_brief(story, compare_story(story, embed))
    single = [g for g in brief.quotes if g.label == "single_source"]
    # two remarks of one speaker, each reported by one outlet, one after the other
    brief = brief.model_copy(update={"quotes": (single[0], single[0].model_copy(update={"id": "again"}))})
    said = render_markdown(brief).split("## Who said what")[1].split("\n## ")[0]
    assert said.count(f"- **{single[0].speaker}** — *single source*") == 1
    assert said.count("\n  - “") == 2
    html = render_html(brief)
    assert html.count(f"<strong>{single[0].speaker}</strong> <span class=\"label single_source\">") == 1


def test_a_person_named_once_in_passing_is_no_key_person(story):
    from dataclasses import replace

    from corroborate.analysis.types import Entity, Mention, Role
    from corroborate.brief.build import key_people

    wire = story.articles[0]
    s = wire.text.index("Corvania")
    once = Entity(id="e9", label="PERSON", name="Edda Lund", mentions=(Mention(start=s, end=s + 8, text="Corvania"),))
    a = story.analyses[wire.id]

    def names(entity, quotes=a.quotes):
        analyses = {**story.analyses, wire.id: a.model_copy(update={"entities": (*a.entities, entity), "quotes": quotes})}
        return [p.name for p in key_people(replace(story, analyses=analyses))]

    assert "Edda Lund" not in names(once) and "Alva Brandt" in names(once)
    assert "Edda Lund" in names(once.model_copy(update={"mentions": once.mentions * 2}))  # named twice
    described = once.model_copy(update={"roles": (Role(text="a farmer", start=s, end=s + 8),)})
    assert "Edda Lund" in names(described)
    quoted = (*a.quotes[1:], a.quotes[0].model_copy(update={"entity": "e9"}))
    assert "Edda Lund" in names(once, quoted)


def test_words_that_do_not_read_as_a_name_are_no_key_person():
    from corroborate.brief.build import _name_like

    assert _name_like(["Bill", "de", "Blasio"]) and _name_like(["Bashar", "al-Assad"]) and _name_like(["Kim", "Jong", "Un"])
    assert _name_like(["KIM"])  # one word in capitals may be a name in a headline
    assert not _name_like(["moon"]) and not _name_like(["DOWNLOADS", "ECONOMICS", "EDITORIALS"])


def test_a_brief_of_one_article_counts_it_in_the_singular():
    from rich.console import Console

    from corroborate.brief.render_html import render_index
    from corroborate.brief.render_terminal import render_terminal
    from corroborate.brief.types import Brief, KeyPerson, SourceRow

    one = Brief(
        story_id="s-one", version="v", headline="Ferry runs aground",
        people=(KeyPerson(name="Ilse Brandt", articles=1),),
        sources=(SourceRow(article="a1", outlet="Harbour Post", title="Ferry runs aground", published=None),),
        independent_sources=1,
    )
    assert "*1 article, 1 independent source.*" in render_markdown(one)
    assert "(1 article)" in render_markdown(one)
    html = render_html(one)
    assert "1 article · 1 independent source<" in html and "(1 article)" in html
    assert "1 article, 1 independent source<" in render_index([(one, "one.html")])
    console = Console(record=True, width=100)
    render_terminal(one, console)
    assert "1 article · 1 independent source" in console.export_text()
    two = one.model_copy(update={"sources": one.sources * 2, "independent_sources": 2})
    assert "*2 articles, 2 independent sources.*" in render_markdown(two)


def test_people_of_one_surname_are_one_key_person_only_when_their_given_names_agree():
    from corroborate.brief.build import _one_person_each, _shown_name

    def people(*named):
        records = [{"name": n, "article": a, "mentions": m} for n, a, m in named]
        return sorted(sorted({r["name"] for r in g}) for g in _one_person_each(records))

    # a brother is not the gunman; a bare surname is the one its article names most
    assert people(("Stephen Paddock", "a1", 5), ("Eric Paddock", "a2", 2), ("Paddock", "a1", 3)) == [
        ["Eric Paddock"], ["Paddock", "Stephen Paddock"],
    ]
    # spellings, short forms, initials, titles and words in capitals before a name
    assert people(("Moisés Alou", "a1", 1), ("Moises Alou", "a2", 1)) == [["Moises Alou", "Moisés Alou"]]
    assert people(("Jim Steyer", "a1", 1), ("James P. Steyer", "a2", 1)) == [["James P. Steyer", "Jim Steyer"]]
    assert people(("Manual Valls", "a1", 1), ("Manuel Valls", "a2", 1)) == [["Manual Valls", "Manuel Valls"]]
    assert people(("MVP Ben Zobrist", "a1", 1), ("Ben Zobrist", "a2", 1)) == [["Ben Zobrist", "MVP Ben Zobrist"]]
    assert people(("Sheriff Lombardo", "a1", 1), ("Joseph Lombardo", "a1", 2)) == [["Joseph Lombardo", "Sheriff Lombardo"]]
    # one letter apart in a short name, or a shared particle, is two people
    assert people(("Ron Santo", "a1", 1), ("Ray Santo", "a2", 1)) == [["Ray Santo"], ["Ron Santo"]]
    assert people(("Tarek El Moussa", "a1", 1), ("Christina El Moussa", "a1", 1)) == [["Christina El Moussa"], ["Tarek El Moussa"]]
    assert _shown_name(["AFP Angela Merkel", "Angela Merkel", "Merkel", "Angela Merkel"]) == "Angela Merkel"


def test_a_name_written_with_and_without_its_hyphen_is_one_key_person(story):
    from dataclasses import replace

    from corroborate.analysis.types import Entity, Mention
    from corroborate.brief.build import key_people

    analyses = dict(story.analyses)
    for article, name in zip(story.articles[:2], ("Lee Jae-sung", "Lee Jae Sung"), strict=True):
        s = article.text.index("Corvania")
        mention = Mention(start=s, end=s + 8, text="Corvania")
        a = analyses[article.id]
        analyses[article.id] = a.model_copy(update={"entities": (*a.entities, Entity(id="e9", label="PERSON", name=name, mentions=(mention,)))})
    [lee] = [p for p in key_people(replace(story, analyses=analyses)) if p.name.startswith("Lee")]
    assert lee.articles == 2


def test_one_persons_remarks_carry_one_name_whatever_each_article_wrote(story):
    from dataclasses import replace

    from corroborate.brief.build import speakers_as_people
    from corroborate.compare.types import QuoteGroup, QuoteVersion

    copy = story.articles[1]
    a = story.analyses[copy.id]
    accented = a.model_copy(update={"entities": tuple(e.model_copy(update={"name": "Alvá Brandt"}) for e in a.entities)})
    changed = replace(story, analyses={**story.analyses, copy.id: accented})
    cite = story.cite(copy.id, 0, 10)
    group = QuoteGroup(
        id="qg1", speaker="Alvá Brandt", label="single_source", reference=cite,
        versions=(QuoteVersion(cite=cite, label="single_source", words="x"),), reason="",
    )
    # three articles write "Alva Brandt", one "Alvá Brandt": her remark in that one is Alva Brandt's
    [shown] = speakers_as_people(changed, (group,))
    assert shown.speaker == "Alva Brandt"
    other = group.model_copy(update={"speaker": "Someone Else"})
    assert speakers_as_people(changed, (other,)) == (other,)
