"""Build the brief of one story from its inputs and its comparison (pure)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

from corroborate.analysis.names import HONORIFICS, TITLE_WORDS
from corroborate.brief.sources import source_roles
from corroborate.brief.types import BRIEF_SCHEMA, Brief, KeyPerson, SourceRow, SummarySentence, TimelineEvent
from corroborate.compare.context import StoryInput
from corroborate.compare.facts import representative, restatement_groups, statement_start
from corroborate.compare.types import Cite, Fact, QuoteGroup, StoryComparison
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


def _person_slots(story: StoryInput) -> list[dict]:
    """The people of the story: the PERSON entities of its articles merged by surname and
    given name (:func:`_one_person_each`), each with its names, roles, articles, mentions,
    whether it is quoted, and its ``records`` (one per article's entity)."""
    by_surname: dict[str, list[dict]] = defaultdict(list)
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
            # (a hyphen joins the parts of a name as a space does: "Kim Jong-un", "Kim Jong Un")
            by_surname[entity.name.replace("-", " ").split()[-1].casefold()].append({
                "name": entity.name, "article": article.id, "mentions": len(entity.mentions),
                "quoted": entity.id in speakers, "roles": [r.text.strip() for r in entity.roles],
            })
    slots = []
    for records in by_surname.values():
        for group in _one_person_each(records):
            roles: dict[str, str] = {}
            for r in group:
                for role in r["roles"]:
                    roles.setdefault(role.casefold(), role)
            slots.append({
                "names": [r["name"] for r in group], "roles": roles, "articles": {r["article"] for r in group},
                "mentions": sum(r["mentions"] for r in group), "quoted": any(r["quoted"] for r in group),
                "records": group,
            })
    return slots


def key_people(story: StoryInput) -> tuple[KeyPerson, ...]:
    """The people of the story, merged across articles by surname and given name, with their
    roles. A one-word name that some article of the story reads as a place or an
    organisation ("Velmark") is not a person, even where the model called it one. A person
    named once in passing (in one article, once, neither described nor quoted) is not one of
    the story's key people: in the news of giveme5w1h, half of such names were no person at
    all ("Editorial Insights", "Kivu Lacus", "Galaxy S9")."""
    slots = sorted(
        (
            slot for slot in _person_slots(story)
            if len(slot["articles"]) > 1 or slot["mentions"] > 1 or slot["roles"] or slot["quoted"]
        ),
        key=lambda slot: (-len(slot["articles"]), -slot["mentions"]),
    )
    people = [
        KeyPerson(name=_shown_name(slot["names"]), roles=distinct_roles(list(slot["roles"].values()))[:4], articles=len(slot["articles"]))
        for slot in slots
    ]
    return tuple(people[:MAX_PEOPLE])


def speakers_as_people(story: StoryInput, groups: tuple[QuoteGroup, ...]) -> tuple[QuoteGroup, ...]:
    """Quote groups whose speaker is shown under the name the brief gives that person, so
    that one person's remarks carry one name whatever each article wrote ("Francois
    Hollande" and "François Hollande", "Thurman" and "Uma Thurman")."""
    shown: dict[tuple[str, str], str] = {}
    for slot in _person_slots(story):
        name = _shown_name(slot["names"])
        for r in slot["records"]:
            shown[(r["article"], r["name"])] = name
    out = []
    for g in groups:
        name = next((shown[(v.cite.article, g.speaker)] for v in g.versions if (v.cite.article, g.speaker) in shown), g.speaker)
        out.append(g if name == g.speaker else g.model_copy(update={"speaker": name}))
    return tuple(out)


# Short forms of given names: "Jim Steyer" and "James Steyer" are one person.
_SHORT_NAMES = {
    "jim": "james", "jimmy": "james", "bill": "william", "billy": "william", "will": "william",
    "bob": "robert", "bobby": "robert", "rob": "robert", "mike": "michael", "tom": "thomas",
    "dick": "richard", "rick": "richard", "joe": "joseph", "dan": "daniel", "danny": "daniel",
    "dave": "david", "chris": "christopher", "tony": "anthony", "ben": "benjamin", "sam": "samuel",
    "alex": "alexander", "steve": "stephen", "steven": "stephen", "matt": "matthew", "nick": "nicholas",
    "andy": "andrew", "ed": "edward", "ted": "edward", "pat": "patrick", "liz": "elizabeth",
    "kate": "katherine", "greg": "gregory", "jeff": "jeffrey", "ken": "kenneth", "ron": "ronald",
    "don": "donald", "doug": "douglas", "charlie": "charles", "chuck": "charles",
}


# Particles of family names, which two people of one family share ("Christina El Moussa",
# "Tarek El Moussa"): no given name.
_PARTICLES = {"el", "al", "de", "del", "della", "da", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn"}


def _given_names(name: str) -> set[str]:
    """The given names in a person's name as written, folded ("Moisés" is "moises") and
    unabbreviated ("Jim" is "james"): not its surname, an initial, a title or honorific
    ("Sheriff"), a particle ("El"), or a word in capitals before it ("MVP Ben Zobrist", "AFP
    Angela Merkel")."""
    out = set()
    for word in name.replace("-", " ").split()[:-1]:
        bare = word.strip(".,")
        low = bare.casefold()
        if len(bare) < 2 or bare.isupper() or low in HONORIFICS or low in TITLE_WORDS or low in _PARTICLES:
            continue
        folded = "".join(c for c in unicodedata.normalize("NFKD", bare) if not unicodedata.combining(c)).casefold()
        out.add(_SHORT_NAMES.get(folded, folded))
    return out


def _same_given_name(a: str, b: str) -> bool:
    """Whether two folded given names are one, allowing one letter's slip in a long one
    ("Mohamed" / "Mohammed", "Manual" / "Manuel"), not "Ray" / "Ron"."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _one_person_each(records: list[dict]) -> list[list[dict]]:
    """The records of one surname grouped into people: two full names are one person when
    they share a given name ("Richard F. Smith", "Richard Smith"); "Stephen Paddock" and his
    brother "Eric Paddock" are two. A surname alone ("Paddock", "Sheriff Lombardo") is the
    person of that surname named most in its article, or else in the story."""
    groups: list[list[dict]] = []
    names: list[set[str]] = []
    bare = []
    for r in records:
        given = _given_names(r["name"])
        if not given:
            bare.append(r)
            continue
        hits = [i for i, g in enumerate(names) if any(_same_given_name(x, y) for x in given for y in g)]
        if not hits:
            groups.append([r])
            names.append(set(given))
            continue
        keep = hits[0]
        for i in reversed(hits[1:]):  # a name that bridges two groups joins them
            groups[keep] += groups.pop(i)
            names[keep] |= names.pop(i)
        groups[keep].append(r)
        names[keep] |= given
    if not groups:
        return [bare] if bare else []
    for r in bare:
        here = [g for g in groups if any(x["article"] == r["article"] for x in g)] or groups
        max(here, key=lambda g: sum(x["mentions"] for x in g)).append(r)
    return groups


def _shown_name(names: list[str]) -> str:
    """A person's name as the articles write it most often, in full (not a surname alone
    when a full name is known); of names written as often, the longest of up to four words."""
    full = [n for n in names if len(n.split()) > 1] or names
    counts = Counter(full)
    return max(counts, key=lambda n: (counts[n], len(n.split()) <= 4, len(n)))


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
    quotes = speakers_as_people(story, comparison.quotes)
    return Brief(
        story_id=story.story.id,
        version=f"{CODE_VERSION}:{comparison.version}",
        headline=headline,
        summary=pick_summary(story, comparison),
        people=key_people(story),
        quotes=quotes,
        timeline=timeline(story, comparison),
        differences_quotes=tuple(g for g in quotes if g.label in ("altered", "paraphrase_as_quote")),
        differences_numbers=tuple(g for g in comparison.numbers if g.label == "conflict"),
        differences_dates=tuple(g for g in comparison.dates if g.label == "conflict"),
        single_outlet_facts=tuple(_summary_sentence(story, f) for f in single[:MAX_SINGLE_OUTLET]),
        numbers=tuple(g for g in comparison.numbers if g.label != "single_source"),
        sources=sources_table(story),
        independent_sources=comparison.independent_sources,
    )
