"""Build the brief of one story from its inputs and its comparison (pure)."""

from __future__ import annotations

import re
from collections import defaultdict

from corroborate.brief.sources import source_roles
from corroborate.brief.types import BRIEF_SCHEMA, Brief, KeyPerson, SourceRow, SummarySentence, TimelineEvent
from corroborate.compare.context import StoryInput
from corroborate.compare.facts import representative, restatement_groups, statement_start
from corroborate.compare.types import Cite, Fact, StoryComparison
from corroborate.compare.wording import cosmetic_tokens, similarity

MAX_SUMMARY = 8
MAX_PEOPLE = 10
MAX_SINGLE_OUTLET = 8
CODE_VERSION = f"brief-{BRIEF_SCHEMA}.9"
def _strip_dateline(story: StoryInput, cite: Cite) -> Cite:
    """Drop a wire dateline ("PORT ELLIS, March 6 (Northgate Wire) -") from the start of a
    cited sentence: the rest is still a verbatim span of the article."""
    start = statement_start(story.by_id[cite.article], cite.start, cite.end)
    return cite if start == cite.start else story.cite(cite.article, start, cite.end)


def _summary_sentence(story: StoryInput, fact: Fact) -> SummarySentence:
    lead = _strip_dateline(story, fact.support[0])
    cites = tuple(_strip_dateline(story, c) for c in fact.support)
    return SummarySentence(text=lead.text.strip(), citations=cites, independent_count=fact.independent_count)


def pick_summary(story: StoryInput, comparison: StoryComparison) -> tuple[SummarySentence, ...]:
    """Up to :data:`MAX_SUMMARY` facts, the most central and best supported, in the order
    the story tells them. A fact restated with other numbers (a rewrite's "about C$55
    billion") is one candidate, shown in the version most articles support."""
    multi = comparison.independent_sources > 1

    def score(f: Fact) -> float:
        return f.centrality + (0.5 if multi and f.independent_count > 1 else 0.0)

    candidates = []
    for group in restatement_groups(comparison.facts):
        group = [f for f in group if not re.search(r"[“”\"]", f.text[:1])]
        if group:
            candidates.append((max(score(f) for f in group), representative(group, story.order)))
    candidates.sort(key=lambda sf: -sf[0])
    chosen: list[Fact] = []
    for _score, fact in candidates:
        if len(chosen) == MAX_SUMMARY:
            break
        toks = cosmetic_tokens(fact.text)
        if any(similarity(toks, cosmetic_tokens(c.text)) > 0.6 for c in chosen):
            continue
        chosen.append(fact)
    chosen.sort(key=lambda f: (story.order.get(f.support[0].article, 0), f.support[0].start))
    return tuple(_summary_sentence(story, f) for f in chosen)


NOT_PEOPLE = {"GPE", "LOC", "ORG", "NORP", "FAC"}
RELATIONAL = {"his", "her", "their", "its", "my", "our", "your"}


def distinct_roles(roles: list[str]) -> tuple[str, ...]:
    """A person's roles worth listing, in order: not one whose words a longer role holds
    ("Trade Minister" beside "Canadian Trade Minister"), and not a relation to someone the
    reader of the list cannot see ("Her host")."""
    kept = [r for r in roles if r.split() and r.split()[0].casefold() not in RELATIONAL]
    words = [f" {' '.join(r.casefold().split())} " for r in kept]
    return tuple(
        r for i, r in enumerate(kept)
        if not any(len(w) > len(words[i]) and words[i] in w for w in words)
    )


def key_people(story: StoryInput) -> tuple[KeyPerson, ...]:
    """The people of the story, merged across articles by surname, with their roles. A
    one-word name that some article of the story reads as a place or an organisation
    ("Velmark") is not a person, even where the model called it one. A person named once in
    passing (in one article, once, neither described nor quoted) is not one of the story's
    key people: in the news of giveme5w1h, half of such names were no person at all
    ("Editorial Insights", "Kivu Lacus", "Galaxy S9")."""
    by_surname: dict[str, dict] = defaultdict(lambda: {"names": [], "roles": {}, "articles": set(), "mentions": 0, "quoted": False})
    not_people = {
        entity.name.casefold()
        for analysis in story.analyses.values()
        for entity in analysis.entities
        if entity.label in NOT_PEOPLE
    }
    for article in story.articles:
        analysis = story.analyses.get(article.id)
        if analysis is None:
            continue
        speakers = {q.entity for q in analysis.quotes if q.entity}
        for entity in analysis.entities:
            if entity.label != "PERSON":
                continue
            words = entity.name.split()
            if not words or (len(words) == 1 and entity.name.casefold() in not_people) or not _name_like(words):
                continue
            slot = by_surname[words[-1].casefold()]
            slot["names"].append(entity.name)
            slot["articles"].add(article.id)
            slot["mentions"] += len(entity.mentions)
            slot["quoted"] = slot["quoted"] or entity.id in speakers
            for role in entity.roles:
                slot["roles"].setdefault(role.text.strip().casefold(), role.text.strip())
    slots = sorted(
        (slot for slot in by_surname.values() if len(slot["articles"]) > 1 or slot["mentions"] > 1 or slot["roles"] or slot["quoted"]),
        key=lambda slot: (-len(slot["articles"]), -slot["mentions"]),
    )
    people = [
        KeyPerson(
            name=max(slot["names"], key=lambda n: (len(n.split()) if len(n.split()) <= 4 else 0, len(n))),
            roles=distinct_roles(list(slot["roles"].values()))[:4],
            articles=len(slot["articles"]),
        )
        for slot in slots
    ]
    return tuple(people[:MAX_PEOPLE])


def _name_like(words: list[str]) -> bool:
    """Whether the words the model called a person read as a name: they open with a capital
    (not "moon"; "Bill de Blasio" and "Bashar al-Assad" do), and they are not a line of
    capitals ("DOWNLOADS ECONOMICS EDITORIALS": a page's menu)."""
    letters = [w for w in words if w[:1].isalpha()]
    if not letters or not letters[0][0].isupper():
        return False
    return not (len(letters) >= 2 and all(w.isupper() and len(w) > 2 for w in letters))


def timeline(story: StoryInput, comparison: StoryComparison | None = None) -> tuple[TimelineEvent, ...]:
    """Dated events: each sentence with a resolved date, once per date — a sentence that
    states a fact already listed for that date (a copy's, a rewrite's) is left out."""
    group_of: dict[tuple[str, int], int] = {}
    if comparison is not None:
        for n, group in enumerate(restatement_groups(comparison.facts)):
            for fact in group:
                for cite in fact.support:
                    group_of[(cite.article, cite.end)] = n
    events: list[TimelineEvent] = []
    seen: dict[str, list[list[str]]] = defaultdict(list)
    seen_groups: dict[str, set[int]] = defaultdict(set)
    for article in story.articles:
        analysis = story.analyses.get(article.id)
        if analysis is None:
            continue
        for date in analysis.dates:
            if not date.resolved or date.sentence is None or date.sentence >= len(analysis.sentences):
                continue
            if any(c.start <= date.start < c.end for c in article.credits if c.kind != "dateline"):
                continue  # "© 2025 Northgate Wire" is not an event
            sent = analysis.sentences[date.sentence]
            cite = _strip_dateline(story, story.cite(article.id, sent.start, sent.end))
            group = group_of.get((article.id, cite.end))
            if group is not None and group in seen_groups[date.resolved]:
                continue
            toks = cosmetic_tokens(cite.text)
            if any(similarity(toks, other) > 0.5 for other in seen[date.resolved]):
                continue
            seen[date.resolved].append(toks)
            if group is not None:
                seen_groups[date.resolved].add(group)
            events.append(TimelineEvent(date=date.resolved, text=cite.text.strip(), cite=cite))
    events.sort(key=lambda e: e.date)
    return tuple(events)


def sources_table(story: StoryInput) -> tuple[SourceRow, ...]:
    """One row per article, in publish order, with its role (see :func:`source_roles`)."""
    role = source_roles([a.id for a in story.articles], story.links)
    rows = []
    for article in story.articles:
        kind, of = role.get(article.id, ("independent", None))
        rows.append(
            SourceRow(
                article=article.id, outlet=article.outlet, title=article.title, published=article.published,
                source_id=article.source_id, role=kind, of=of, url=article.url,
            )
        )
    return tuple(rows)


def build_brief(story: StoryInput, comparison: StoryComparison) -> Brief:
    facts = {f.id: f for f in comparison.facts}
    single = sorted((facts[i] for i in comparison.single_outlet_facts if i in facts), key=lambda f: -f.centrality)
    headline = story.story.headline or (story.articles[0].title if story.articles else "") or story.story.id
    return Brief(
        story_id=story.story.id,
        version=f"{CODE_VERSION}:{comparison.version}",
        headline=headline,
        summary=pick_summary(story, comparison),
        people=key_people(story),
        quotes=tuple(g for g in comparison.quotes),
        timeline=timeline(story, comparison),
        differences_quotes=tuple(g for g in comparison.quotes if g.label in ("altered", "paraphrase_as_quote")),
        differences_numbers=tuple(g for g in comparison.numbers if g.label == "conflict"),
        differences_dates=tuple(g for g in comparison.dates if g.label == "conflict"),
        single_outlet_facts=tuple(_summary_sentence(story, f) for f in single[:MAX_SINGLE_OUTLET]),
        numbers=tuple(g for g in comparison.numbers if g.label != "single_source"),
        sources=sources_table(story),
        independent_sources=comparison.independent_sources,
    )
