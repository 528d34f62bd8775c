"""Canonical entities of one article: spaCy's named entities merged into people,
organisations and places, with roles taken from titles and appositions.

"Ontario Premier Doug Ford", "Mr. Ford", "Ford" and "the Premier" become one
:class:`~corroborate.analysis.types.Entity` with the role "Ontario Premier".

Merging rules (within one article only):

* PERSON: a full name opens an entity; a later mention whose last name (or, alone,
  first name) matches joins the most recently mentioned person with that name. An
  honorific ("Mr.", "Sen.") is stripped from the name and the mention is kind ``title``.
  A one-word ORG/GPE mention equal to a known person's last name ("Ford" mis-tagged as
  ORG) joins the person.
* ORG, GPE, ...: same normalised text (without "the" and possessive), or an acronym of
  a longer name ("RBC" / "Royal Bank of Canada").
* Role nouns: "the premier" joins the one person whose role ends in that noun.

A person's gender, for the he/she a quote's speaker may be: an honorific ("Mr.", "Ms."),
else a first name that the 1990 US census gives to one sex at least four times as often
as to the other (the ``names`` package's public-domain lists); else unknown.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from corroborate.analysis._tokens import where
from corroborate.analysis.names import HONORIFICS, NOUN_SEX, TITLE_WORDS
from corroborate.analysis.types import Entity, Mention, Role

LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
    "FAC": "FAC",
    "EVENT": "EVENT",
}

ORG_WORDS = {
    "line", "lines", "group", "ministry", "bank", "company", "corp", "corporation", "inc",
    "ltd", "llc", "university", "college", "party", "council", "association", "union",
    "foods", "logistics", "storage", "research", "institute", "foundation", "agency",
    "department", "committee", "commission", "authority", "airlines", "airways", "times",
    "post", "news", "court", "house", "center", "centre", "club", "partners", "holdings",
    "rail", "railway", "railways", "transit", "motors", "energy", "airport", "port", "ports",
    "media", "pharmaceuticals", "telecom", "networks", "systems", "industries", "services",
}
# Last words of an organisation's name ("Rail Accident Investigation Branch") that the name
# of a person may end in too ("Taylor Branch"): an organisation's only after two more words.
_LONG_ORG_ENDINGS = {"branch", "bureau", "division", "directorate", "administration", "office", "unit", "board", "service"}
# Nouns that describe an organisation right before its name ("energy company Borealis
# Pipelines", "insurer Maple Mutual"): the name after them is not a person.
ORG_DESCRIPTORS = {
    "company", "firm", "group", "carrier", "operator", "insurer", "retailer", "maker",
    "manufacturer", "developer", "producer", "broadcaster", "publisher", "network", "chain",
    "airline", "startup", "conglomerate", "lender", "utility", "supplier", "distributor",
    "newspaper", "tabloid", "magazine", "daily",
}
_PEOPLE_DO_TOO = {"developer", "producer", "broadcaster", "publisher"}
"""Of ORG_DESCRIPTORS, the jobs of people too ("film producer Dana Reyes")."""
# Nouns for a work right before its title ("her hit song Bodak Yellow", "the 2003 film Kill
# Bill", "her latest single, Bartier Cardi"): the title after them is no person. (Not the
# nouns that are verbs as often, which the model may read as nouns: "rioting show Alexandros
# Grigoropoulos died", "play", "hit", "track".)
WORK_NOUNS = {
    "song", "single", "album", "film", "movie", "sitcom", "series", "book", "novel", "memoir", "poem",
    "musical", "documentary", "painting", "opera",
}
# Places and structures named after their common noun ("the Ostra bridge", "Kemp street").
STRUCTURE_NOUNS = {
    "bridge", "road", "street", "avenue", "tunnel", "dam", "highway", "motorway", "square",
    "park", "station", "river", "lake", "valley", "bay", "canal", "harbour", "harbor", "quay",
    "pier", "reservoir", "district", "mine", "field", "plant", "refinery",
}
# Portfolios before "Minister" or "Secretary" ("Ports Minister Tomas Reyl"): part of the
# role, not an organisation of their own.
PORTFOLIOS = {
    "ports", "trade", "finance", "foreign", "health", "defence", "defense", "interior",
    "justice", "education", "transport", "transportation", "energy", "agriculture",
    "environment", "fisheries", "labour", "labor", "housing", "culture", "tourism",
    "immigration", "industry", "economy", "home", "treasury", "commerce", "infrastructure",
    "mines", "mining", "forestry", "water", "communications", "veterans", "development",
}
# First words of place names the model reads as organisations ("Port Ellis", "Fort
# Dunmore"); a second word that names an organisation ("Port Authority") keeps it one.
PLACE_PREFIXES = {"port", "fort", "mount", "lake", "cape", "point", "san", "santa", "saint"}
# Last words of place names the model reads as people ("Dunmore Falls").
PLACE_SUFFIXES = {"falls", "springs", "heights", "hills", "creek", "harbour", "harbor", "beach", "junction", "crossing"}
# What a country or a town has and a person does not ("Velmark officials", "Velmark's
# coastal provinces", "a senior Velmark official").
PLACE_NOUNS = {
    "official", "officials", "government", "province", "provinces", "ministry", "coast",
    "economy", "capital", "border", "borders", "army", "military", "parliament", "embassy",
    "citizens", "residents", "authorities", "exports", "imports", "territory", "region",
}
# Endings of nationalities, peoples and groups ("Azerbaijani officials", "from Republicans",
# "in Spanish"), which are no places.
_DEMONYM_LIKE = re.compile(r"(?:s|i|an|ish|ese|ch)$")
# Words that describe a person and the model takes into the name after them ("Model Chrissy
# Teigen"), beside the titles.
PERSON_DESCRIPTORS = {
    "model", "comedian", "musician", "filmmaker", "novelist", "poet", "artist", "chef", "astronaut", "pilot",
    # who someone was at an event ("Eyewitness Damien Allemend told …")
    "eyewitness", "witness", "passenger", "bystander", "tourist", "survivor",
}
# Online platforms, which the model often reads as a person, a place or a people ("She
# wondered on Twitter why …" made Twitter the "she" of the next quote): organisations.
PLATFORMS = frozenset({
    "Twitter", "Facebook", "Instagram", "YouTube", "Youtube", "TikTok", "Snapchat", "Reddit", "LinkedIn",
    "WhatsApp", "Weibo", "WeChat", "Telegram", "Tumblr", "Pinterest",
})
# Named storms, read by the model as people ("Storm Idris", "Hurricane Leda").
NAMED_WEATHER = {"storm", "hurricane", "typhoon", "cyclone", "tropical"}
STRONG_TITLES = {
    "minister", "chief", "marshal", "president", "ceo", "premier", "senator", "governor",
    "mayor", "spokesperson", "spokesman", "spokeswoman", "director", "secretary", "chairman",
    "chairwoman", "chair", "commissioner", "inspector", "judge", "sheriff", "critic", "leader",
    "ambassador", "chancellor", "superintendent", "captain", "officer", "executive", "founder",
}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_CONNECTORS = {"of", "for", "and", "&", "at", "'s", "’s", "-"}
# nouns that say whom someone works for or is kin to: a title before a name that holds one
# ("spokesman for Nigerian President Muhammadu Buhari") is the name's only after "for" / "of"
_RELATION_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisor", "lawyer", "attorney",
    "assistant", "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "widow",
}
# tags of words that open no name: "Telling", "Said", "Certainly", "Beneath", "Neither"
_NOT_NAME_TAGS = {"VBG", "VBD", "VBN", "RB", "IN", "CC", "DT", "PDT", "PRP", "UH", "WRB", "WDT", "TO"}


def _written_in_lower_case(word: str, text: str) -> bool:
    """Does ``text`` write ``word`` in lower case somewhere (a word of the language, not a
    name: "says", "crooked", "follow")?"""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def _not_a_name_word(token: Token) -> bool:
    """Is ``token``, at the start of a person's name as the model read it, a word of the
    sentence instead ("Telling Jeb Bush", "Follow Pam Key")? A verb's base form counts only
    when the text also writes it in lower case (not "Trump Calls …"); "Will" may be a name."""
    if token.tag_ in _NOT_NAME_TAGS:
        return not is_per_first_name(token)
    if token.tag_ in {"VB", "VBP", "VBZ"}:
        return _written_in_lower_case(token.text, token.doc.text)
    return False


# lowercase words that open a surname ("bin Laden", "van Gogh", "de Blasio"): no title
_NAME_PARTICLES = {"bin", "ibn", "al", "el", "van", "von", "de", "da", "del", "der", "den", "di", "du", "la", "le"}
_MALE = {"mr", "sir", "lord", "mallam", "malam", "alhaji", "he", "him", "his"}
_FEMALE = {"mrs", "ms", "miss", "dame", "lady", "she", "her"}


def _honorific_sex(honorific: str | None) -> str | None:
    """"m" after Mr., Sir, Lord, Mallam or Alhaji; "f" after Mrs., Ms., Miss, Dame or Lady; else None."""
    return "m" if honorific in _MALE else "f" if honorific in _FEMALE else None


@cache
def _first_names() -> tuple[dict[str, float], dict[str, float]]:
    """US census (1990) first names of men and of women, each with its share of people in
    percent: the data files of the ``names`` package (public domain), found through its
    installed distribution (a module of the same name on the path does not hide it)."""
    try:
        dist = distribution("names")
    except PackageNotFoundError as exc:
        raise RuntimeError("the 'names' package (census first names) is not installed: run make install") from exc

    def load(name: str) -> dict[str, float]:
        out = {}
        for line in Path(str(dist.locate_file(f"names/{name}"))).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                out[parts[0].casefold()] = float(parts[1])
        return out

    return load("dist.male.first"), load("dist.female.first")


def _org_ending_in(found: list[_Entity], other_by_key: dict[tuple[str, str], int], word: str) -> int | None:
    """The one organisation named so far whose name of two words or more ends in ``word``
    ("Cincinnati Enquirer" for "Enquirer"), when ``word`` is no first name; else None."""
    if _census_first_name(word):
        return None
    orgs = {i for i in other_by_key.values() if found[i].label == "ORG" and len(found[i].name_tokens) >= 2 and found[i].name_tokens[-1] == word}
    return next(iter(orgs)) if len(orgs) == 1 else None


def _named_properly(doc: Doc, mention: Mention) -> bool:
    """Does ``mention`` open with a proper noun ("Alva Brandt"), not an adjective the model
    took for a first name ("Overjoyed Cubs")?"""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is None or span[0].pos_ == "PROPN"


def first_name_gender(first: str) -> str | None:
    """"m" or "f" for a first name that the census gives to one sex at least four times as
    often as to the other ("Hillary", "Don"); None for one it does not list ("Barack") or
    gives to both ("Jamie", "Dana")."""
    male, female = _first_names()
    m, f = male.get(first.casefold(), 0.0), female.get(first.casefold(), 0.0)
    if m > 4 * f:
        return "m"
    if f > 4 * m:
        return "f"
    return None


def first_name_given_to(first: str, sex: str) -> bool:
    """Does the census give the first name ``first`` to people of ``sex`` ("m" or "f") at
    all ("Robin" to men, though to women six times as often; not "Tom" to women)?"""
    male, female = _first_names()
    return (male if sex == "m" else female).get(first.casefold(), 0.0) > 0.0


# a given name written last, as Korean names are romanised ("Kim Jong-un", "Lee Jae-myung",
# "Kim Jong Un": the census lists Kim and Lee as first names, but here they are the family's)
_GIVEN_NAME_LAST = re.compile(r" [A-Z][a-z]+-[a-z]+$|^[A-Z][a-z]+ [A-Z][a-z]{1,3} [A-Z][a-z]{1,3}$")


# one syllable of Korean romanised ("Jae", "Jong", "in", "un", "il", "myung", "hye"): not
# "Bush", "Putin", "era", "led", "style"
_KOREAN_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|[gkndrmbsjtph])?"  # a consonant or none
    r"[yw]?(?:ae|eo|eu|ui|oe|oo|ee|[aeiou])"  # a vowel
    r"(?:ng|[nmlkpt])?"  # a final consonant or none
)


def _korean_given_name_end(ent: Span) -> int:
    """The end of a person's name the model stopped at the hyphen of a Korean given name
    ("Moon Jae" of "Moon Jae-in", "Kim Jong" of "Kim Jong-il"): past the hyphen and the
    syllable after it, when the words on both sides of the hyphen are syllables of Korean as
    romanised, unspaced, the one after it in lower case and no verb or adjective
    ("Bush-era", "Putin-led", "Clinton-Kaine", "Kim-run" stay apart); else ``ent.end``."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "PERSON" or len(ent) < 2 or end + 1 >= len(doc):
        return end
    last, hyphen, piece = doc[end - 1], doc[end], doc[end + 1]
    if hyphen.text != "-" or last.whitespace_ or hyphen.whitespace_:
        return end
    if not (piece.is_lower and piece.is_alpha and len(piece) <= 5 and piece.pos_ not in {"VERB", "ADJ"}):
        return end
    if not (last.is_title and all(_KOREAN_SYLLABLE.fullmatch(w.lower_) for w in (last, piece))):
        return end
    return end + 2


# the commonest Korean family names as romanised
_KOREAN_FAMILY_NAMES = frozenset({
    "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo",
    "shin", "kwon", "hwang", "ahn", "song", "jeon", "hong", "moon", "yang", "ko", "son", "bae",
    "baek", "heo", "yoo", "nam", "noh", "ha", "kwak", "sung", "cha", "joo", "woo", "ryu", "na",
    "jin", "ji", "chae", "won", "chun", "bang", "gong", "hyun", "ham", "byun", "yeom",
})


def given_name_last(name: str) -> bool:
    """Is ``name`` written family name first, as Korean names are romanised ("Kim Jong-un",
    "Kim Jong Un": the family name is Kim; "Moon Jae", a Korean family name and one syllable
    of a given name, as a writer cut "Moon Jae-in": the census gives "Moon" to women)?"""
    if _GIVEN_NAME_LAST.search(name) is not None:
        return True
    words = name.split()
    return (
        len(words) == 2 and words[0].casefold() in _KOREAN_FAMILY_NAMES and words[1].istitle()
        and _KOREAN_SYLLABLE.fullmatch(words[1].casefold()) is not None
    )


def _gender_of(ent: _Entity) -> str | None:
    """What an honorific said, else what the person's first name says (not for a name whose
    given name comes last, "Kim Jong-un", "Kim Jong Un")."""
    if ent.gender:
        return ent.gender
    if len(ent.name_tokens) < 2 or given_name_last(ent.name):
        return None
    return first_name_gender(ent.name_tokens[0])


_GENERATION = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def _surname(tokens: list[str]) -> str:
    """The last name of a name's words, case-folded, past "Jr." or "III" ("Okafor" of
    "Arcade Joseph Okafor Jr.")."""
    words = [t.casefold() for t in tokens]
    while len(words) > 1 and words[-1] in _GENERATION:
        words.pop()
    return words[-1] if words else ""


def _norm(text: str) -> str:
    text = _LEADING_THE.sub("", text.strip())
    text = _POSSESSIVE.sub("", text)
    return re.sub(r"\s+", " ", text).strip(" .,").casefold()


@dataclass
class _Entity:
    label: str
    name: str
    name_tokens: list[str]
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    first: int = 0
    last_seen: int = 0
    gender: str | None = None

    @property
    def surname(self) -> str:
        return _surname(self.name_tokens)

    @property
    def firstname(self) -> str:
        return self.name_tokens[0].casefold() if len(self.name_tokens) > 1 else ""


def _last_named_as_subject(doc: Doc, tok: Token, found: _Entity) -> int:
    """Where ``found`` was last named as a subject in ``tok``'s sentence or the two before,
    before ``tok`` (a character offset), or -1. (Not as the object: "… shot and killed
    Superior Court Judge Rowland Barnes. … The judge, after sentencing Nichols" is another
    judge.)"""
    sent = tok.sent
    for _ in range(2):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    last = -1
    for m in found.mentions:
        if sent.start_char <= m.start < tok.idx and m.start > last:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in {"nsubj", "nsubjpass"}:
                last = m.start
    return last


def _named_just_before(doc: Doc, tok: Token, ids: set[int], found: list[_Entity]) -> set[int]:
    """Of ``ids``, the entity named as a subject last (:func:`_last_named_as_subject`), when
    no other is in that sentence; else ``ids`` unchanged."""
    last = {i: _last_named_as_subject(doc, tok, found[i]) for i in ids}
    order = sorted(ids, key=lambda i: last[i], reverse=True)
    if last[order[0]] < 0 or len(order) > 1 and doc.char_span(last[order[0]], last[order[0]] + 1, alignment_mode="expand").sent.start_char <= last[order[1]]:
        return ids  # none, or two in the latest sentence that names one
    return {order[0]}


_TITLE_HEADS = {
    "gov": "governor", "governor": "governor", "sen": "senator", "senator": "senator", "rep": "representative",
    "pres": "president", "president": "president", "mayor": "mayor", "gen": "general", "col": "colonel",
    "capt": "captain", "sgt": "sergeant", "adm": "admiral", "prof": "professor", "sheriff": "sheriff",
}
"""What a title before a name makes its holder: the noun a later "the governor" uses."""


_PERSONAL_TITLES = frozenset({
    "president", "senator", "governor", "mayor", "premier", "chancellor", "judge", "congressman", "congresswoman",
    "pope", "king", "queen", "prince", "princess",
})
"""Titles written only before a person's name ("President Trump"), never a place's or an organisation's."""


def _after_personal_title(doc: Doc, start: int, end: int) -> bool:
    """Is the one-word name ``doc[start:end]`` written right after a capitalised title of
    :data:`_PERSONAL_TITLES` and before no other capitalised word ("President Trump", which
    the model read as a place; not "Prince William County")?"""
    if end - start != 1 or start == 0:
        return False
    title = doc[start - 1]
    after = doc[end] if end < len(doc) else None
    return title.is_title and title.lower_ in _PERSONAL_TITLES and not (after is not None and after.is_title and after.pos_ == "PROPN")


_ONE_AT_A_TIME = frozenset({"president", "premier", "pope", "king", "queen", "chancellor", "mayor"})
"""Offices a story seldom has two holders of: "the president" after other people were named is
still the one the text called president."""


def _after_sex_noun(doc: Doc, start: int) -> bool:
    """Is the name at token ``start`` written right after a noun for a woman or a man ("his
    mother Michelle", "the actress Emma Stone")?"""
    return start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ in NOUN_SEX


def _still_in_view(doc: Doc, tok: Token, idx: int, found: list[_Entity]) -> bool:
    """May ``tok`` ("the senator") still be the person ``found[idx]``? Not when a sentence
    since their last mention before it has another person for its subject ("Rubio sought to
    stoke positive energy …. Walking into the office …, the senator said": Rubio, whose role
    the text never gave, not Ted Cruz, called "the senator from Texas" paragraphs before);
    an office a story seldom has two holders of ("the president") stays its holder's."""
    if tok.lower_ in _ONE_AT_A_TIME:
        return True
    last = max((m.start for m in found[idx].mentions if m.start < tok.idx), default=-1)
    others = [(m.start, m.end) for i, e in enumerate(found) if i != idx and e.label == "PERSON" for m in e.mentions]
    sent = tok.sent
    while sent.start > 0:
        sent = doc[sent.start - 1].sent  # back from the sentence before tok's to the one that last named them
        if sent.start_char <= last:
            break
        subj = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and any(a <= subj.idx < b for a, b in others):
            return False
    return True


@dataclass
class EntityIndex:
    """Entities with lookups used by quote attribution."""

    entities: list[Entity]
    by_token: dict[int, str]
    """Token index -> entity id, for every token of a name, title or role mention."""
    mention_spans: list[tuple[int, int, str, str]]
    """(start char, end char, entity id, kind) in text order."""
    gender: dict[str, str]
    """Entity id -> "m"/"f" where an honorific, a first name given to one sex or a resolved
    pronoun told us."""
    surnames: dict[str, str] = field(default_factory=dict)
    """Last name (case-folded) -> person entity id, for names the NER missed."""

    def __post_init__(self) -> None:
        self._by_id = {e.id: e for e in self.entities}  # the entities are fixed once built

    def entity(self, eid: str | None) -> Entity | None:
        return self._by_id.get(eid) if eid is not None else None


_OFFICES_LAST = frozenset({
    "mayor", "governor", "president", "senator", "minister", "chancellor", "premier", "spokesman", "spokeswoman", "spokesperson",
    "secretary",
})
"""Offices a name read as a person's may end in where it is a place's office ("The Boston
Mayor"), which no person's name ends in."""


def _clean_ent(ent: Span) -> tuple[int, int, str | None]:
    """Token bounds of the name proper in ``ent`` (no "the", no possessive, no honorific),
    and the honorific if one was stripped."""
    start, end = ent.start, ent.end
    doc = ent.doc
    honorific = None
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_space):
        start += 1
    # "Telling Jeb Bush", "Certainly Donald Trump": a verb or adverb the model took into a name
    while ent.label_ == "PERSON" and start < end - 1 and _not_a_name_word(doc[start]):
        start += 1
    # a name never runs on past a line break (a headline line and the text after it), nor
    # into a bracket it does not close ("Cincinnati Zoo (@CincinnatiZoo": a post's signature)
    end = next((i for i in range(start, end) if "\n" in doc[i].text), end)
    end = _before_open_bracket(doc, start, end)
    while end > start and (
        doc[end - 1].text in {"'s", "’s", "'", "’", ".", ",", "-"} or doc[end - 1].is_space
        # a closing mark after the name ("Donald Trump''"), not one closing a nickname in it
        or doc[end - 1].text in {"''", '"', "”", "“"} and not any(c in doc[start : end - 1].text for c in ('"', "“", "”", "''"))
    ):
        end -= 1
    while ent.label_ == "PERSON" and end > start + 1 and re.fullmatch(r"[\d,%\-–]+", doc[end - 1].text):
        end -= 1  # "Marco Rubio 3", "Cruz 42-40" (a poll table's figures after the name; not "Guccifer 2.0")
    if ent.label_ == "PERSON" and end - start >= 2 and doc[end - 1].lower_ in _OFFICES_LAST:
        start = end  # "The Boston Mayor has warned": a place and an office, no one's name
    while start < end - 1 and doc[start].lower_.rstrip(".") in HONORIFICS:
        honorific = doc[start].lower_.rstrip(".")
        start += 1
    if honorific is not None and doc[start].lower_.rstrip(".") in HONORIFICS and doc[start].is_title:
        start = end  # "Asst Ch" of "Asst Ch Con Robin Smith": ranks, no name
    if honorific is None and ent.label_ in {"PERSON", "ORG", "GPE", "NORP"} and start > 0:
        prev = doc[start - 1]
        if prev.lower_.rstrip(".") in HONORIFICS and prev.text[:1].isupper():
            honorific = prev.lower_.rstrip(".")
    if ent.label_ == "PERSON" and honorific not in {None, "st"} and end - start > 2 and doc[start + 1].text in {"'s", "’s"}:
        end = start + 1  # "Mr. Abe’s Twitter account": the man, not what is his
    return start, end, honorific


def _affiliation_at(ent: Span) -> int | None:
    """The "of" where a person's name the model ran over an affiliation ends ("Felipe Nasr
    of Sauber"): after two or more words of a name, before capitalised words; None for a
    name "of" is part of ("Catherine of Aragon", "Queen Elizabeth of England": a single name,
    or a title the "of" goes with)."""
    if ent.label_ != "PERSON":
        return None
    of = next((t.i for t in ent if t.lower_ == "of"), None)
    if of is None or of - ent.start < 2 or of + 1 >= ent.end:
        return None
    doc = ent.doc
    name, rest = doc[ent.start : of], doc[of + 1 : ent.end]
    titles = TITLE_WORDS | HONORIFICS
    if not all(t.text.rstrip(".").isalpha() and t.text[:1].isupper() and t.lower_.rstrip(".") not in titles for t in name):
        return None
    if not rest[0].text[:1].isupper() or not all(t.text[:1].isupper() or t.text in {"&", "-"} for t in rest):
        return None
    return of


def _before_open_bracket(doc: Doc, start: int, end: int) -> int:
    """``end`` moved back to a bracket that tokens ``start + 1``..``end`` open and do not close
    ("Cincinnati Zoo (@CincinnatiZoo", "… company Tesla (TSLA")."""
    return next((i for i in range(start + 1, end) if doc[i].text.startswith("(") and ")" not in doc[i:end].text), end)


def _title_before(doc: Doc, start: int) -> tuple[int, int] | None:
    """Title words written directly before a name ("Ontario Premier", "Bank of Nova
    Scotia CEO", "White House spokesman"): token bounds, or None."""
    i = start - 1
    if i < 0:
        return None
    t = doc[i]
    low = t.lower_.rstrip(".")
    if low in HONORIFICS:
        i -= 1
        if i < 0:
            return None
        t = doc[i]
        low = t.lower_
    if low in _NAME_PARTICLES:
        return None  # "bring down bin Laden": part of the name
    # (a lowercase word the parser read as part of the name is a noun all the same; so is a
    # capitalised one naming what a person is: "Receptionist Mary Kell")
    is_title = low in TITLE_WORDS or (t.pos_ in {"NOUN", "PROPN"} and t.is_lower and t.dep_ in {"compound", "nmod", "amod"}) or _role_word_before_a_name(t)
    if not is_title or t.sent.start > i:
        return None
    end = i + 1
    sent_start = t.sent.start
    j = i
    while j - 1 >= sent_start:
        p = doc[j - 1]
        if p.is_punct and p.text not in {"-", "&"}:
            break
        if p.text == "-" and p.whitespace_:
            break  # a dash between words ("OTTAWA - Opposition critic"), not a hyphen
        if p.lower_ in {"the", "a", "an", "former", "then", "late"} or p.pos_ in {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ"} and p.lower_ not in _CONNECTORS:
            break  # (nor a sentence's "But" or "While": "But police chief William Bratton")
        if p.lower_ in {"for", "of"} and j - 2 >= sent_start and doc[j - 2].lower_ in _RELATION_NOUNS:
            break  # "spokesman for Russian President Vladimir Putin": Putin is the President
        if p.lower_ in {"and", "&"} and j - 2 >= sent_start and doc[j - 2].ent_type_ == "PERSON":
            break  # "President Okafor and Republican nominee Omar Haddad": another person before "and"
        if not (p.is_title or p.is_upper or p.lower_ in _CONNECTORS or p.lower_ in TITLE_WORDS
                or (p.pos_ in {"ADJ", "NOUN", "PROPN"} and p.dep_ in {"compound", "amod", "nmod", "poss"})):
            break
        j -= 1
    while j < end and doc[j].lower_ in _CONNECTORS:
        j += 1
    if j >= end or end - j > 10:
        return None
    return j, end


_NOT_ROLE_EDGES = {"”", "’", ",", ";", ":", ")", "—", "–"}

EXTRA_ROLE_NOUNS = {
    "member", "expert", "worker", "employee", "colleague", "friend", "wife", "husband", "mother",
    "father", "son", "daughter", "brother", "sister", "fellow", "engineer", "farmer", "veteran",
    "campaigner", "consultant", "pollster", "lobbyist", "organiser", "organizer", "volunteer",
    "survivor", "victim", "witness", "neighbour", "neighbor", "investigator", "negotiator",
    "soldier", "pilot", "driver", "journalist", "columnist", "commentator", "presenter",
    "producer", "writer", "novelist", "historian", "politician", "delegate", "spokesperson",
    "founder", "graduate", "chef", "entrepreneur", "specialist", "advocate", "chairwoman",
    "counterpart", "successor", "predecessor", "rival", "opponent", "challenger", "referee", "umpire",
}


# words naming what a person is, which a sentence or a caption may open capitalised before
# the name ("Comedienne Sarah Silverman")
_ROLE_WORDS = TITLE_WORDS | EXTRA_ROLE_NOUNS | PERSON_DESCRIPTORS
# titles that kings, popes and nuns take before their given name ("Queen Elizabeth", "Pope
# Francis", "Sister Mary"): how the person is named, not a role before the name
_GIVEN_NAME_TITLES = {
    "king", "queen", "prince", "princess", "pope", "emperor", "empress", "sultan", "emir", "sheikh",
    "father", "mother", "brother", "sister", "saint",
}


def _census_first_name(word: str) -> bool:
    """Does the census list ``word`` as a first name, of either sex ("Dean", "Star", "Hunter")?"""
    male, female = _first_names()
    return word.casefold() in male or word.casefold() in female


def _role_word_before_a_name(token: Token) -> bool:
    """Is the capitalised ``token`` a word naming what a person is, which a sentence or a
    caption may open with before the name ("Comedienne", "Deputy", "Receptionist")? A title
    or role noun of the lists (not a title kings and nuns take: "Queen Elizabeth", "Sister
    Mary"), or an agent noun the model reads as a common noun (:func:`_is_role_head`:
    "Receptionist"); never a word the census gives as a first name ("Dean Martin", "Star
    Jones")."""
    if not token.is_title or token.lower_ in _GIVEN_NAME_TITLES or _census_first_name(token.text):
        return False
    return token.lower_ in _ROLE_WORDS or (token.pos_ == "NOUN" and _is_role_head(token))


def _opens_with_a_role(ent: Span) -> bool:
    """Does a capitalised word naming what a person is (:func:`_role_word_before_a_name`)
    open the name ``ent``, as a sentence's or a caption's first word does ("Councillor Hana
    Ruiz", "Comedian Ellen DeGeneres", "Receptionist Mary Kell", "Comedienne Sarah", "Deputy
    Ortiz")? Before two or more words of a name; before one word, before a first name the
    census gives one sex ("Comedienne Sarah"), or, after a title or role noun of the lists,
    before a surname: a proper noun the text never writes in lower case that names no role
    nor organisation ("Deputy Ortiz", "Lawyer Harjit"; not "Driver Charged" of a headline,
    "Doctor Who")."""
    first, rest = ent[0], ent[1:]
    if not rest or not all(t.text[:1].isupper() and t.text.rstrip(".").isalpha() for t in rest):
        return False
    if not _role_word_before_a_name(first):
        return False
    if len(rest) >= 2 or first_name_gender(rest[0].text) is not None:
        return True
    word = rest[0]
    return (
        first.lower_ in _ROLE_WORDS and word.pos_ == "PROPN" and word.lower_ not in _ROLE_WORDS | ORG_WORDS
        and not _written_in_lower_case(word.text, ent.doc.text)
    )


def _is_role_head(token: Token) -> bool:
    """Does this noun name what a person is ("analyst", "president", "critic")?"""
    low, lemma = token.lower_, token.lemma_.lower()
    if low in TITLE_WORDS or lemma in TITLE_WORDS or lemma in EXTRA_ROLE_NOUNS:
        return True
    # agent nouns: "a baker", "a retired teacher", "an investigator", "a violinist"
    return token.pos_ == "NOUN" and lemma.endswith(("ist", "ian", "er", "or")) and len(lemma) >= 5


def is_per_first_name(token: Token) -> bool:
    """"Per Vik": the first name "Per", which the model reads as the preposition "per" (the
    callers tell it from "Per Reuters" by what follows)."""
    return token.text == "Per" and token.pos_ == "ADP"


def _is_person_role(token: Token) -> bool:
    """A role only a person holds ("coordinator", "minister", "a farmer"), unlike the agent
    nouns that also describe organisations ("the insurer", "a lender")."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (token.lower_ in TITLE_WORDS or lemma in TITLE_WORDS or lemma in EXTRA_ROLE_NOUNS)


# A party and state set in parentheses after a name: (D-Va.), (R), (I-Vt.), (Ky.)
_PARTY_STATE = re.compile(r"(?:[DRI](?:-[A-Z][A-Za-z]*\.?(?:\s?[A-Z][A-Za-z]*\.?)?)?|[A-Z][a-z]{1,3}\.)")


def _party_in_parentheses(ent_root: Token) -> tuple[int, int] | None:
    """"Dana Whitfield (D-Va.)" -> the token bounds of "D-Va.", a party and state written
    in parentheses right after the name; None when the parentheses hold anything else
    ("(all times EDT)")."""
    doc = ent_root.doc
    open_i = ent_root.i + 1
    if open_i >= len(doc) or doc[open_i].text != "(":
        return None
    close_i = next((i for i in range(open_i + 1, min(open_i + 6, len(doc))) if doc[i].text == ")"), None)
    if close_i is None or close_i == open_i + 1:
        return None
    inner = doc[open_i + 1 : close_i]
    return (open_i + 1, close_i) if _PARTY_STATE.fullmatch(inner.text) else None


def _in_parentheses(token: Token) -> bool:
    """Does ``token``'s phrase open with, or follow, an opening parenthesis?"""
    left = token.left_edge
    return left.text == "(" or (left.i > 0 and left.doc[left.i - 1].text == "(")


def _appositive_roles(ent_root: Token) -> list[tuple[int, int]]:
    """The roles set beside a name: a party and state in parentheses after it, and an
    appositive (see :func:`_appositive_role`)."""
    party = _party_in_parentheses(ent_root)
    appos = _appositive_role(ent_root, party)
    return [b for b in (party, appos) if b is not None]


def _unnamed_speakers(doc: Doc) -> list[Token]:
    """Nouns bringing in someone new and unnamed who speaks ("An American witness at the
    scene said"), not set beside a name ("another brother, Patrick Paddock II, said") nor
    named in passing or in general ("the murders of a judge", "whether a judge could
    inquire"): the subjects of verbs of saying, with "a", "an", "one" or "another"."""
    out = []
    for verb in (doc[i] for i in where(doc, "lemma", _SPEECH)):
        for t in verb.children:
            if t.dep_ != "nsubj" or t.pos_ != "NOUN" or any(c.dep_ == "appos" for c in t.children):
                continue
            if any(c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one", "another"} for c in t.children):
                out.append(t)
    return out


def _unnamed_one_between(unnamed: list[Token], tok: Token, after_char: int) -> bool:
    """Is one of ``unnamed`` (:func:`_unnamed_speakers`) the noun ``tok`` is, after
    ``after_char`` and before ``tok``?"""
    return any(after_char < t.idx < tok.idx and t.lemma_ == tok.lemma_ for t in unnamed)


def _role_noun_over(name: Token) -> Token | None:
    """The role noun whose "for", "of" or "to" the name ``name`` follows ("spokesperson" of "A
    spokesperson for Buhari", "head" of "the head of the Labor Party"); None otherwise."""
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ not in {"for", "of", "to"} or prep.dep_ != "prep":
        return None
    noun = prep.head
    return noun if noun.i < prep.i and noun.pos_ == "NOUN" and not noun.ent_type_ and _is_role_head(noun) else None


def _appositive_role(ent_root: Token, skip: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """"Jane Roe, an assistant professor ..." -> the appositive's token bounds. The
    appositive's head must name a role: "Reyl, the first formal round since …" (a
    misparse) is no role. Words in parentheses right after the name are not an
    appositive (a party and state, found apart: ``skip``). A name set beside a name that
    follows a role noun's "for", "of" or "to" holds that role ("A spokesperson for Buhari,
    Mallam Garba Shehu, said": Shehu is the spokesperson, not Buhari's role), however the
    parser hangs it on the name before it."""
    for child in ent_root.children:
        if (
            child.dep_ == "appos"
            and not (child.pos_ == "PROPN" and _role_noun_over(ent_root) is not None)
            and child.i > ent_root.i
            and not (skip is not None and skip[0] <= child.i < skip[1])
            and not (_in_parentheses(child) and not _is_role_head(child))
            and child.pos_ in {"NOUN", "PROPN"}
            and child.ent_type_ not in {"PERSON", "DATE", "TIME"}  # (a post's date: "Elon Musk (@elonmusk) December 2")
            and (child.pos_ == "PROPN" or _is_role_head(child))
            # (not a photo credit's "Vjeran Pavic/The Verge": who the picture is by, and for)
            and not (child.left_edge.i > 0 and ent_root.doc[child.left_edge.i - 1].text == "/")
        ):
            left, right = child.left_edge.i, child.right_edge.i + 1
            doc = ent_root.doc
            # the role ends at a comma: what follows says more about the person ("…, who
            # has been challenging …", "…, whose state relies on coal", "…, and"), and at a
            # bracket it leaves open ("… company Tesla (TSLA")
            right = next((i for i in range(left + 1, right) if doc[i].text == ","), right)
            right = _before_open_bracket(doc, left, right)
            while right > left and (doc[right - 1].is_punct or doc[right - 1].dep_ == "cc"):
                right -= 1
            if 0 < right - left <= 20:
                return left, right
    # "A spokesperson for Buhari, Mallam Garba Shehu": the role noun and what follows it, up
    # to the comma before the name
    head = ent_root.head
    if ent_root.dep_ == "appos" and head.i < ent_root.i and head.pos_ == "PROPN" and (noun := _role_noun_over(head)) is not None:
        doc = ent_root.doc
        left = noun.left_edge.i
        right = next((i for i in range(head.i + 1, ent_root.left_edge.i) if doc[i].text == ","), ent_root.left_edge.i)
        while right > left and doc[right - 1].is_punct:
            right -= 1
        if 0 < right - left <= 15:
            return left, right
    # "the company's chief executive, Scott Thomson"
    if ent_root.dep_ == "appos" and head.i < ent_root.i and head.pos_ == "NOUN" and not head.ent_type_ and _is_role_head(head):
        left = head.left_edge.i
        right = head.i + 1
        doc = ent_root.doc
        while right < ent_root.i and doc[right].dep_ == "prep":
            right = doc[right].right_edge.i + 1
        if 0 < right - left <= 15:
            return left, right
    return None


def _organisation_in(doc: Doc, start: int, end: int) -> str | None:
    for ent in doc.ents:
        if ent.start >= start and ent.end <= end and ent.label_ in {"ORG", "GPE", "NORP", "FAC"}:
            s, e, _ = _clean_ent(ent)
            if e > s:
                return doc[s:e].text
    return None


def _alias_in_parentheses(doc: Doc, found: list, candidates, label: str, s: int) -> int | None:
    """The entity (of ``candidates``, indices into ``found``) of the same label whose mention
    ends right before a parenthesis still open at token ``s``, a few words on: the name at
    ``s`` is another name of it ("Islamic State (IS, formerly ISIS/ISIL)"). None otherwise."""
    open_i = next((i for i in range(s - 1, max(-1, s - 6), -1) if doc[i].text == "("), None)
    if open_i is None or any(t.text == ")" for t in doc[open_i:s]):
        return None
    for i in candidates:
        if found[i].label == label and any(m.end <= doc[open_i].idx and not doc.text[m.end : doc[open_i].idx].strip() for m in found[i].mentions):
            return i
    return None


def _acronym(tokens: list[str]) -> str:
    return "".join(t[0] for t in tokens if t[:1].isupper())


_RELATIVE = r"(?:wife|husband|first lady|son|daughter|brother|sister|mother|father|widow|nephew|niece|cousin|grandson|granddaughter)"


def _relative_patterns(owner: str, relative: str = _RELATIVE) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of a relative noun (``relative``, any of :data:`_RELATIVE` unless given) right
    before a name ("his daughter ") and in apposition after it ("…, her husband"), the noun
    phrase opened by ``owner`` ("his", "Trump's"); when ``owner`` is empty, by anything before
    the name and by "his/her/their/the" after it."""
    return (
        re.compile((owner + r"\s+(?:[\w-]+\s+){0,2}" if owner else "") + relative + r",?\s*$"),
        re.compile(r"[^,.;\n]{1,40},\s*" + (owner or r"(?:his|her|their|the)") + r"\s+(?:[\w-]+\s+){0,2}" + relative + r"\b"),
    )


_RELATIVE_BEFORE, _RELATIVE_AFTER = _relative_patterns("")


_SEX_NOUN_BEFORE = re.compile(r"\b(" + "|".join(NOUN_SEX) + r"),?\s+$", re.IGNORECASE)


def _sex_before(text: str, at: int) -> str | None:
    """The sex a noun right before the name written at ``at`` gives ("his wife Sue", "her
    husband, Jamie Brandt", "actress Emma Stone"); None when there is none."""
    m = _SEX_NOUN_BEFORE.search(text, max(0, at - 20), at)
    return NOUN_SEX[m.group(1).lower()] if m else None


_RELATIVE_OF_BEFORE, _RELATIVE_OF_AFTER = _relative_patterns(r"(?:his|her|their|[A-Z][\w.-]*['’]s)")


def _named_as_a_relative(text: str, at: int) -> bool:
    """Is the name written at ``at`` given as the relative of someone the text is about ("his
    daughter Ivanka Trump", "Trump's eldest daughter, Ivanka Trump", "Tom Ebeling, her
    husband"), not as a person in their own right ("Liz Cheney, the daughter of …")?"""
    return bool(_RELATIVE_OF_BEFORE.search(text, max(0, at - 40), at)) or bool(_RELATIVE_OF_AFTER.match(text, at, at + 100))


# (not "his", "him", "her": "Sanders endorsed her challenger" is someone else's; nor
# "himself": "Teachout decided to bypass Faso himself")
_PRONOUN_SEX = {"he": "m", "she": "f"}
_THIRD_PERSON = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
# nouns of people a he or she after a name may stand for instead ("told the woman she could stay")
_PEOPLE_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister",
    "friend", "child", "person", "victim", "officer", "reporter", "voter", "resident",
})


def _pronoun_after_subject(name: Span, stop: Callable[[Token], bool], past_phrase: bool = False) -> Token | None:
    """The first he, she, him, his, her or -self after ``name`` in its sentence, where the
    name is a clause's subject and no quotation mark, nor a token ``stop`` holds (another
    name, a noun for a person), comes between; None otherwise. With ``past_phrase``, the
    search starts after the subject's whole phrase (its apposition: "Takaaki Uesugi, a
    security guard at the town hall of Erimo, said he …")."""
    if name.root.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    start = max(name.end, name.root.right_edge.i + 1) if past_phrase else name.end
    if any(t.ent_type_ == "PERSON" or t.pos_ == "PRON" for t in name.doc[name.end : start]):
        return None  # (a person the phrase names may be whom the pronoun stands for)
    for t in name.doc[start : name.sent.end]:
        if t.is_quote or stop(t):
            return None
        if t.pos_ == "PRON" and t.lower_ in _THIRD_PERSON:
            return t
    return None


def _pronoun_after(doc: Doc, ent: _Entity, by_token: dict[int, int], idx: int) -> str | None:
    """The sex the first he or she after a person's name tells, where the
    name is a clause's subject and no other person, nor a noun for one, nor a quotation mark
    comes between in the sentence ("President Obama said he would …"); None when the
    mentions disagree or none tells."""

    def stop(t: Token) -> bool:
        return by_token.get(t.i, idx) != idx or (t.pos_ == "NOUN" and (t.lemma_.lower() in _PEOPLE_NOUNS or t.lower_ in TITLE_WORDS))

    votes = set()
    for m in ent.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        t = None if span is None else _pronoun_after_subject(span, stop)
        if t is not None and t.lower_ in _PRONOUN_SEX:  # (after a his, him, her or -self, whose it is stays unsure)
            votes.add(_PRONOUN_SEX[t.lower_])
    return votes.pop() if len(votes) == 1 else None


def _introduced_as_relative(text: str, at: int) -> bool:
    """Is the name written at ``at`` introduced as someone's relative ("the first lady,
    Michelle Obama", "his older brother, Freddy Trump", "Tom Ebeling, her husband")?"""
    return bool(_RELATIVE_BEFORE.search(text, max(0, at - 30), at)) or bool(_RELATIVE_AFTER.match(text, at, at + 100))


@cache
def _kin_patterns(noun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return _relative_patterns("", rf"\b{re.escape(noun)}")


def introduced_as(text: str, at: int, noun: str) -> bool:
    """Is the name written at ``at`` introduced as the kin ``noun`` says, the noun right
    beside it ("another brother, Patrick Paddock II", "Tom Ebeling, her husband"), as
    :func:`_introduced_as_relative` reads any relative?"""
    before, after = _kin_patterns(noun.lower())
    return bool(before.search(text, max(0, at - 30), at)) or bool(after.match(text, at, at + 100))


_ONLY_AS = re.compile(r"\b(?:(?:known|identified|named|described|referred to|given)\s+only\s+as|only by (?:his|her|their) first name,?)\s+$", re.IGNORECASE)
"""What brings in someone by a first name alone, as the text knows no more of them."""


def _salience(ent: _Entity, at: int) -> tuple[int, int]:
    """How present a person is at character ``at``, to choose among people who share the
    surname a bare "Cruz" names: the one mentioned most before it (the story's Ted Cruz,
    not his wife Heidi named once), then the one mentioned last."""
    seen = [m.start for m in ent.mentions if m.start < at]
    return len(seen), max(seen, default=-1)


def _tail_of(found: list[_Entity], person_by_surname: dict[str, list[int]], tokens: list[str]) -> int | None:
    """The person named so far whose name ends with ``tokens`` and is longer ("Van Loon"
    of "Pieter Van Loon", "de la Cruz" of "Ana de la Cruz"): the most recent one."""
    want = [t.casefold() for t in tokens]
    for idx in reversed(person_by_surname.get(want[-1], [])):
        have = [t.casefold() for t in found[idx].name_tokens]
        if len(have) > len(want) and have[-len(want) :] == want:
            return idx
    return None


def _ending_in(found: list[_Entity], person_by_surname: dict[str, list[int]], tokens: list[str]) -> int | None:
    """The person named so far by a full name (two words or more) that ``tokens`` end with,
    after words of their own ("Crooked Hillary Clinton" after "Hillary Clinton"): the most
    recent one."""
    want = [t.casefold() for t in tokens]
    for idx in reversed(person_by_surname.get(want[-1], [])):
        have = [t.casefold() for t in found[idx].name_tokens]
        if 2 <= len(have) < len(want) and want[-len(have) :] == have:
            return idx
    return None


def _before_credit(ent: Span, credits: Sequence[tuple[int, int]]) -> Span | None:
    """A name the model ran into a credit ("Steve Mollenkopf Photographer: Patrick T.
    Fallon/Bloomberg") ends where the credit starts; None when nothing is left."""
    cut = min((a for a, _b in credits if ent.start_char < a < ent.end_char), default=None)
    if cut is None:
        return ent
    end = ent.start
    while end < ent.end and ent.doc[end].idx + len(ent.doc[end].text) <= cut:
        end += 1
    while end > ent.start and not ent.doc[end - 1].text[:1].isalnum():
        end -= 1
    return Span(ent.doc, ent.start, end, label=ent.label_) if end > ent.start else None


def build_entities(doc: Doc, credits: Sequence[tuple[int, int]] = ()) -> EntityIndex:
    """Merge the named entities of ``doc`` into canonical entities. Names inside ``credits``
    (character spans of the article's credit lines: "Reporting by Kim Haddad; Editing by …")
    are the people who made the article, not people of its story: left out, so that the
    story's "Kim" is not taken for the editor; no role is read from them either, and a name
    the model ran into one ends where it starts. The pipeline passes the page's furniture
    there too (:mod:`corroborate.furniture`): no name is taken from it."""
    text = doc.text  # (spaCy joins the tokens anew on every read)
    found: list[_Entity] = []
    by_token: dict[int, int] = {}
    person_by_surname: dict[str, list[int]] = {}
    person_by_first: dict[str, list[int]] = {}
    other_by_key: dict[tuple[str, str], int] = {}

    orgs = _unlabelled_orgs(doc)
    in_orgs = {i for o in orgs for i in range(o.start, o.end)}
    speakers = [sp for sp in _unlabelled_speakers(doc) + _per_names(doc) if not any(i in in_orgs for i in range(sp.start, sp.end))]
    # (an entity inside a name taken whole is a piece of it: "Islamic" of "Islamic State has claimed")
    ents = [
        e for e in _fix_ents(doc, [e for e in doc.ents if e.label_ in LABELS or e.label_ in _MAY_NAME_A_PERSON])
        if not any(x.start <= e.start and e.end <= x.end for x in speakers)
    ] + speakers + orgs
    # a hashtag or a handle ("#MeToo", "@CincinnatiZoo") is a tag, not a mention of a name
    ents = [
        _before_credit(e, credits) for e in ents
        if not any(a <= e.start_char < b for a, b in credits) and not (text[e.start_char - 1 : e.start_char] in {"#", "@"} or e.text[:1] in {"#", "@"})
    ]
    ents = [e for e in ents if e is not None]
    ents += _untagged_surnames(doc, ents, text)
    ents += _untagged_org_names(doc, ents)
    ents.sort(key=lambda e: e.start)
    # Full names first would change "first mention" order; instead, process in order but
    # let a single-token person mention wait until all full names are known.
    pending: list[tuple[Span, int, int, str | None]] = []

    def add(idx: int, s: int, e: int, kind: str) -> None:
        ent = found[idx]
        if kind == "title" and s > 0 and doc[s - 1].lower_.rstrip(".") in HONORIFICS:
            s -= 1
        span = doc[s:e]
        ent.mentions.append(Mention(start=span.start_char, end=span.end_char, text=span.text, kind=kind))  # type: ignore[arg-type]
        ent.first = min(ent.first, span.start_char) if ent.mentions[:-1] else span.start_char
        ent.last_seen = max(ent.last_seen, span.start_char)
        if ent.label == "PERSON" and ent.gender is None and kind != "role":
            ent.gender = _sex_before(text, span.start_char)
        for i in range(s, e):
            by_token[i] = idx

    def new(label: str, s: int, e: int, kind: str) -> int:
        tokens = [t.text for t in doc[s:e] if not t.is_punct or t.text in {"-", "&"}]
        found.append(_Entity(label=label, name=doc[s:e].text, name_tokens=tokens))
        if kind == "title" and s > 0 and doc[s - 1].lower_.rstrip(".") in HONORIFICS:
            pass
        idx = len(found) - 1
        add(idx, s, e, kind)
        return idx

    # Names the NER also reads as a place or organisation elsewhere in the article
    # ("Foundry Road", "Millbrook") are that, not people.
    # But a name written after "Mr." or "Ms." somewhere is a person's everywhere ("Obama on
    # Climate Change" read as a place in the headline, "Mr. Obama" in the text).
    non_person = {}
    addressed = set()
    keys = []  # each entity's name, normalised (None when cleaning left nothing)
    for ent in ents:
        s0, e0, honorific = _clean_ent(ent)
        keys.append(_norm(doc[s0:e0].text) if e0 > s0 else None)
        if keys[-1] is None:
            continue
        if ent.label_ != "PERSON":
            non_person.setdefault(keys[-1], ent.label_)
            if _after_personal_title(doc, s0, e0):
                addressed.add(keys[-1])  # "President Trump and South Korea", Trump read as a place throughout
        elif _honorific_sex(honorific) or _after_sex_noun(doc, s0):
            addressed.add(keys[-1])  # (or "his mother Michelle", read as an organisation elsewhere)
    # and a first and last name read as an organisation whose last name is addressed so
    # ("Bettie Page" beside "Ms Page"), or that was born or died ("Pinup icon Bettie Page died
    # Thursday", the model reading "Bettie Page" as an organisation throughout)
    addressed_surnames = {key.split()[-1] for key in addressed}
    lived = {key for ent, key in zip(ents, keys) if key is not None and _born_or_died(ent)}
    # and a name the model read as a person somewhere and as a place or organisation
    # elsewhere, whom a he or she stands for ("Rihanna had just spent the holiday with her
    # cousin" read as a person, "Rihanna called for an end to gun violence" as a place)
    person_keys = {key for ent, key in zip(ents, keys) if key is not None and ent.label_ == "PERSON"}
    # (or, a first and last name read as a person nowhere but as an organisation: "Kudirat
    # Okesola said her husband was on the tram"; not a place: "The United States would not
    # tolerate that, she said")
    referred = {
        key for ent, key in zip(ents, keys)
        if key in non_person and (key in person_keys or non_person[key] == "ORG" and _first_and_last(ent, key))
        and _referred_to_as_person(doc, ent, ents)
    }
    said_companies = _said_to_be_companies(doc)
    for n, (ent, key) in enumerate(zip(ents, keys)):
        if key in referred or key in addressed or (
            _first_and_last(ent, key) and ent.label_ != "PERSON" and (key.split()[-1] in addressed_surnames or key in lived)
        ):
            if ent.label_ != "PERSON":
                ents[n] = Span(doc, ent.start, ent.end, label="PERSON")
        elif ent.label_ == "PERSON" and (relabel := non_person.get(key)):
            ents[n] = Span(doc, ent.start, ent.end, label=relabel)
        elif ent.label_ == "PERSON" and len(ent) == 1 and _brand_name(ent.text) and not _referred_to_as_person(doc, ent, ents):
            ents[n] = Span(doc, ent.start, ent.end, label="ORG")  # "SpaceX", read as a person throughout
        elif ent.label_ == "PERSON" and len(ent) == 1 and ent.text in said_companies and not _referred_to_as_person(doc, ent, ents):
            ents[n] = Span(doc, ent.start, ent.end, label="ORG")  # "Ripple is … the name of a … start-up"

    for ent in ents:
        s, e, honorific = _clean_ent(ent)
        if e <= s:
            continue
        label = LABELS[ent.label_]
        if label == "PERSON":
            tokens = [t.text for t in doc[s:e] if not t.is_punct]
            if len(tokens) >= 2:
                surname = _surname(tokens)
                first = tokens[0].casefold()
                tail = _tail_of(found, person_by_surname, tokens)
                if tail is not None:
                    add(tail, s, e, "title" if honorific else "name")  # "Van Loon" after "Pieter Van Loon"
                    continue
                head = _ending_in(found, person_by_surname, tokens)
                if head is not None:
                    # "Debbie Wasserman Schultz" after "Wasserman Schultz" once: the longer
                    # name; "Crooked Hillary Clinton" after "Hillary Clinton": one person, and
                    # the name kept when the text has written it more than once or writes the
                    # word before it in lower case too
                    extra = tokens[: len(tokens) - len(found[head].name_tokens)]
                    written = sum(m.text == found[head].name for m in found[head].mentions)
                    add(head, s, e, "title" if honorific else "name")
                    if written < 2 and not _written_in_lower_case(extra[0], text):
                        found[head].name = doc[s:e].text
                        found[head].name_tokens = tokens
                    continue
                match = None
                for idx in reversed(person_by_surname.get(surname, [])):
                    if found[idx].firstname in {first, ""} or first.rstrip(".") == found[idx].firstname[:1]:
                        match = idx
                        break
                if match is None:
                    match = new("PERSON", s, e, "title" if honorific else "name")
                    person_by_surname.setdefault(surname, []).append(match)
                    person_by_first.setdefault(first, []).append(match)
                else:
                    add(match, s, e, "title" if honorific else "name")
                    if len(" ".join(tokens)) > len(found[match].name):
                        found[match].name = doc[s:e].text
                        found[match].name_tokens = tokens
                if honorific:
                    found[match].gender = _honorific_sex(honorific) or found[match].gender
                continue
            pending.append((ent, s, e, honorific))
            continue
        pending.append((ent, s, e, honorific))

    # Single names and non-person entities, in text order.
    one_word_labels: dict[str, Counter[str]] = defaultdict(Counter)
    for ent in ents:
        words = [t.text for t in ent if not t.is_punct]
        if len(words) == 1:
            one_word_labels[words[0].casefold()][ent.label_] += 1
    for ent, s, e, honorific in sorted(pending, key=lambda p: p[1]):
        label = LABELS[ent.label_]
        tokens = [t.text for t in doc[s:e] if not t.is_punct]
        key = " ".join(tokens).casefold()
        if len(tokens) >= 2 and label in {"ORG", "GPE", "NORP"}:
            tail = _tail_of(found, person_by_surname, tokens)
            if tail is not None:
                add(tail, s, e, "name")  # "Van Loon" read as an organisation
                continue
        if len(tokens) == 1 and label in {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}:
            cands = person_by_surname.get(key) or (person_by_first.get(key) if label == "PERSON" else None)
            if cands and label != "PERSON" and 1 < len(key) <= 3 and tokens[0].isupper():
                # "the UN" is no Kim Jong Un: a short acronym names a person only written so in
                # the name (a longer word in capitals may be a name: "FALLIN:" of a transcript)
                cands = [i for i in cands if tokens[0] in found[i].name_tokens] or None
            if cands and label == "PERSON" and _ONLY_AS.search(text, max(0, doc[s].idx - 40), doc[s].idx):
                cands = None  # "a dad known only as Kevin": someone of their own, not the Kevin Harris named elsewhere
            if cands and label != "PERSON" and not one_word_labels[key]["PERSON"] and sum(one_word_labels[key].values()) >= 3:
                # "Overjoyed Cubs fans celebrate", read once as a person's name (an adjective
                # for its first name), does not make the Cubs that the model reads as a team
                # everywhere else that person
                cands = [i for i in cands if len(found[i].mentions) > 1 or _named_properly(doc, found[i].mentions[0])] or None
            at = doc[s].idx
            guessed = False  # which of several people the honorific goes with is a guess
            if cands and (want := _honorific_sex(honorific)):
                # "Mrs. Clinton" after Hillary and Bill Clinton: not the man; among several
                # left ("Mrs. Khan" after Khizr and Ghazala Khan, whose sex no honorific or
                # first name told) the usual choice, which then says nothing of their sex
                cands = [i for i in cands if _gender_of(found[i]) in {want, None}] or cands
                guessed = len(cands) > 1
            if cands and len(cands) > 1 and key in person_by_surname:
                # a bare "Trump" after "his daughter Ivanka Trump" and "Donald Trump": not the
                # one the text names as the relative of another, unless named again since by a
                # name with the surname, the story then about them as much ("Zuma's nephew, Clive
                # Khulubuse Zuma, … Khulubuse Zuma was authorised …": who a later "Zuma" is, the
                # more present of the two; not "his older brother, Freddy Trump", then "Freddy")
                cands = [
                    i for i in cands
                    if not _named_as_a_relative(text, found[i].first)
                    or sum(m.start < at and key in text[m.start : m.end].casefold() for m in found[i].mentions) >= 2
                ] or cands
            if cands:
                before = [i for i in cands if found[i].first <= at]
                if not before and label == "PERSON" and key in person_by_surname and all(
                    _introduced_as_relative(text, found[i].first) for i in cands
                ):
                    # "President Obama …" before "the first lady, Michelle Obama": the one the
                    # text names by surname alone, not a relative introduced later
                    cands = None
                else:
                    idx = max(before, key=lambda i: _salience(found[i], at)) if before else cands[0]
            if cands:
                add(idx, s, e, "title" if honorific else "name")
                if honorific and not guessed:
                    found[idx].gender = _honorific_sex(honorific) or found[idx].gender
                continue
        if (
            label == "PERSON" and not honorific and s > 0 and doc[s - 1].text == "the"
            and (org := _org_ending_in(found, other_by_key, tokens[0])) is not None
        ):
            add(org, s, e, "name")  # "told the Enquirer" after "the Cincinnati Enquirer": the paper, as no one's name takes "the"
            continue
        if label == "PERSON":
            idx = new("PERSON", s, e, "title" if honorific else "name")
            person_by_surname.setdefault(key, []).append(idx)
            if honorific:
                found[idx].gender = _honorific_sex(honorific)
            continue
        # one place or organisation whatever label each mention got ("Millbrook" as GPE
        # and as NORP): the first label wins
        nkey = ("*", _norm(doc[s:e].text))
        idx = other_by_key.get(nkey)
        if idx is None and len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) >= 2:
            for i in other_by_key.values():
                if found[i].label == label and _acronym(found[i].name_tokens) == tokens[0]:
                    idx = i
                    break
        if idx is None and label == "ORG":
            acr = _acronym(tokens)
            for i in other_by_key.values():
                if found[i].label == "ORG" and len(found[i].name_tokens) == 1 and found[i].name_tokens[0] == acr and len(acr) >= 2:
                    idx = i
                    if len(doc[s:e].text) > len(found[i].name):
                        found[i].name = doc[s:e].text
                        found[i].name_tokens = tokens
                    break
        if idx is None and (alias := _alias_in_parentheses(doc, found, other_by_key.values(), label, s)) is not None:
            idx = alias  # "Islamic State (IS, formerly ISIS/ISIL)": its other names, here and later
            other_by_key[nkey] = alias
        if idx is None and label == "ORG" and len(tokens) >= 2:
            # "All Nippon" and "All Nippon Airways": one company, by its short and full name
            for i in other_by_key.values():
                other = found[i].name_tokens
                if found[i].label == "ORG" and (_short_and_full(other, tokens) or _short_and_full(tokens, other)):
                    idx = i
                    if len(tokens) > len(other):
                        found[i].name = doc[s:e].text
                        found[i].name_tokens = tokens
                    break
        if idx is None:
            idx = new(label, s, e, "name")
            other_by_key[nkey] = idx
        else:
            add(idx, s, e, "name")
            if len(doc[s:e].text) > len(found[idx].name) and len(tokens) > 1 and label != "ORG":
                pass

    # Roles: titles before a person's name, appositions, and an organisation after "of".
    # (not a home town the model read as an organisation: "Vishwanand Subryan of Schenectady")
    place_like = _place_like_words(doc)
    orgs_at = {e.start: e for e in ents if e.label_ == "ORG" and e.text.strip(" ,.") not in place_like}
    for idx, ent in enumerate(found):
        if ent.label != "PERSON":
            continue
        seen: set[str] = set()
        for m in list(ent.mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            bounds = _title_before(doc, span.start)
            if bounds is None and m.kind == "title" and span.start > 0 and doc[span.start - 1].text == ",":
                # "Ontario's premier, Mr. Ford": the title before the comma (not "Mr. King
                # and Mr. Schultz", "the leader that Mr. Trump admires": no comma, no role)
                bounds = _title_before(doc, span.start - 1)
            candidates = [bounds] if bounds else []
            candidates.extend(_appositive_roles(span[-1] if is_per_first_name(span[0]) else span.root))
            affiliation = None
            org = orgs_at.get(span.end + 1) if span.end < len(doc) and doc[span.end].lower_ == "of" else None
            if org is not None and org[-1].text not in {"'s", "’s"}:  # (not "Gerson of Universal’s publishing arm")
                affiliation = (org.start, org.end)  # "Felipe Nasr of Sauber": the team he is of
                candidates.append(affiliation)
            for b in candidates:
                rs, re_ = b
                while rs < re_ and doc[rs].lower_ in {"the", "a", "an"} and b is bounds:
                    rs += 1
                # not the marks around a role: a quote's closing mark before it ("…,” the group’s
                # spokesman, Abu Muhammad al-Adnani"), a transcript's colon after it ("HOST:")
                while rs < re_ and (doc[rs].text in _NOT_ROLE_EDGES or doc[rs].is_space):
                    rs += 1
                while re_ > rs and (doc[re_ - 1].text in _NOT_ROLE_EDGES or doc[re_ - 1].is_space):
                    re_ -= 1
                rspan = doc[rs:re_]
                rtext = rspan.text
                if len(rspan) > 1 and rtext.isupper():
                    continue  # a line of capitals ("ABOUT ELON MUSK"), a headline's, not a role
                if not rtext or rtext.casefold() in seen:
                    continue
                # A title that is just an honorific is not a role, and a credit gives none
                # ("Image copyright PA Image caption Martin Bamford, who …").
                if rtext.rstrip(".").casefold() in HONORIFICS or any(a < rspan.end_char and rspan.start_char < b for a, b in credits):
                    continue
                seen.add(rtext.casefold())
                organisation = _organisation_in(doc, rs, re_) or (rtext if b is affiliation else None)
                ent.roles.append(
                    Role(text=rtext, start=rspan.start_char, end=rspan.end_char, organisation=organisation)
                )
                if b is bounds:
                    for i in range(rs, re_):
                        if doc[i].ent_type_ not in {"ORG", "GPE", "NORP"}:
                            by_token.setdefault(i, idx)

    # Role-noun mentions: "the Premier" -> the one person whose role ends in "premier".
    role_heads: dict[str, set[int]] = {}
    current: set[tuple[str, int]] = set()  # (head, entity) of a role the entity holds now
    for idx, ent in enumerate(found):
        name_starts = {m.start for m in ent.mentions}
        for role in ent.roles:
            if role.organisation is not None and _norm(role.text) == _norm(role.organisation):
                continue  # an affiliation alone ("Sauber", "the Wasilla Bible Church") names no role
            words = [w for w in re.findall(r"[A-Za-z][A-Za-z\-]*", role.text)]
            # head of "Bank of Nova Scotia CEO" (a title before the name) is "ceo"; of
            # "an assistant professor of X" (an apposition) is "professor"
            head = None
            between = [text[role.end : st] for st in name_starts if 0 <= st - role.end <= 6]
            if between and words:
                head = words[-1].casefold()
                if any("," in b for b in between) and not words[-1].islower() and head not in TITLE_WORDS:
                    head = None  # "The head of the Labor Party, Yosef Harel": a name before the comma, no noun
            else:
                for w in words:
                    if w.casefold() in {"of", "at", "for", "in", "with"}:
                        break
                    head = w.casefold()
                rspan = doc.char_span(role.start, role.end, alignment_mode="expand")
                if rspan is not None and rspan.root.pos_ == "NOUN" and rspan.root.tag_ == "NN":
                    # "an American student living in Nice": the noun the apposition is
                    # about, not the clause after it
                    head = rspan.root.lower_
            if head in TITLE_WORDS or head in {"premier"}:
                pass
            elif head and not head.islower():
                head = None
            if head and head not in {"a", "an", "the"}:
                role_heads.setdefault(head, set()).add(idx)
                if not re.search(r"\b(?:former|ex)\b", role.text, re.IGNORECASE):
                    current.add((head, idx))
    for idx, ent in enumerate(found):
        for m in ent.mentions:
            if m.kind == "title" and ent.label == "PERSON":
                # "Gov. Christie" is "the governor"
                word = re.match(r"[A-Za-z]+", text[m.start : m.end])
                head = _TITLE_HEADS.get(word.group().casefold()) if word else None
                if head is not None:
                    role_heads.setdefault(head, set()).add(idx)
                    current.add((head, idx))
    if role_heads:
        unnamed: list[Token] | None = None  # (found once, when first asked)
        for tok in (doc[i] for i in where(doc, "lower", role_heads)):
            if tok.i in by_token or tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            ids = role_heads.get(tok.lower_)
            if not ids:
                continue
            det = [c for c in tok.children if (c.dep_ == "det" and c.lower_ in {"the", "this"}) or c.dep_ == "poss"]
            if not det:
                continue
            ids = {i for i in ids if found[i].first <= tok.idx}
            before = doc[det[0].left_edge.i : tok.i]  # the words of the noun phrase before the role noun
            qualified = any(t.is_alpha and t.lower_ not in {"the", "this"} for t in before)
            if not any(t.lower_ in {"former", "ex"} for t in before):
                # "the governor" is not "the former New Jersey governor" Christine Todd Whitman
                ids = {i for i in ids if (tok.lower_, i) in current}
            if not qualified:
                # (a bare "the witness" not past someone the text brings in with the same noun
                # and no name: "Witness Tony Molina said …. An American witness at the scene
                # said …. The witness said" takes up the American witness)
                if unnamed is None:
                    unnamed = _unnamed_speakers(doc)
                ids = {i for i in ids if not _unnamed_one_between(unnamed, tok, found[i].first)}
                if len(ids) > 1:
                    # "Grieving student Polina Serebryannikova … Tiffany Marchbanks, an American
                    # student living in Nice, was watching …. The student described …": the
                    # one just named as a subject
                    ids = _named_just_before(doc, tok, ids, found)
                # nor someone other people have been named after: "Rubio sought to stoke
                # positive energy …. Walking into the office …, the senator said" is Rubio,
                # whose role the text never gave, not Ted Cruz, "the senator from Texas"
                if len(ids) == 1:
                    ids = {i for i in ids if _still_in_view(doc, tok, i, found)}
            if len(ids) > 1 or (ids and qualified):
                # "Canada's trade minister": the person whose role shares the most words
                words = {t.lower_[:5] for t in before if t.is_alpha and t.lower_ not in {"the", "this"}}
                role_words = {i: {w.casefold()[:5] for r in found[i].roles for w in re.findall(r"[A-Za-z]+", r.text)} for i in ids}
                scored = sorted(((len(words & role_words[i]), i) for i in ids), reverse=True)
                names = {t.lower_[:5] for t in before if t.pos_ == "PROPN"}
                if scored[0][0] == 0 and len(ids) == 1 and not names and _last_named_as_subject(doc, tok, found[next(iter(ids))]) >= 0:
                    # "Sixteen crew members were aboard, said Wicharn Sirichaiekawat, owner of the
                    # Ekawat Nava 5. … the ship's owner said": the one just named, whatever
                    # words qualify the noun
                    scored = [(1, next(iter(ids)))]
                if scored[0][0] == 0 or (len(scored) > 1 and scored[0][0] == scored[1][0]):
                    continue
                if names and not names & role_words[scored[0][1]]:
                    continue  # a name qualifies it that their roles do not hold: "The White House press secretary" is not "The Japanese chief Cabinet secretary"
                ids = {scored[0][1]}
            if len(ids) != 1:
                continue
            idx = next(iter(ids))
            s = det[0].left_edge.i
            add(idx, s, tok.i + 1, "role")
            # keep mentions in order
    entities: list[Entity] = []
    order = sorted(range(len(found)), key=lambda i: found[i].first)
    ids = {old: f"e{n + 1}" for n, old in enumerate(order)}
    headline_lines = _title_case_lines(text)
    for old in order:
        ent = found[old]
        name = _name_outside_headlines(ent, headline_lines, text) if headline_lines else ent.name
        mentions = tuple(sorted(ent.mentions, key=lambda m: m.start))
        entities.append(Entity(id=ids[old], label=ent.label, name=name, mentions=mentions, roles=tuple(ent.roles)))  # type: ignore[arg-type]
    spans = sorted(
        (m.start, m.end, ids[old], m.kind) for old in order for m in found[old].mentions
    )
    # what an honorific said, else, for a person, a first name only one sex is given
    # ("Hillary Clinton"), else a pronoun right after the person as a subject ("Obama said
    # he would …")
    gender = {
        ids[i]: g for i in order
        if (g := _gender_of(found[i]) or _pronoun_after(doc, found[i], by_token, i) if found[i].label == "PERSON" else found[i].gender)
    }
    surnames: dict[str, str] = {}
    for i in order:
        if found[i].label == "PERSON" and len(found[i].name_tokens) > 1:
            key = found[i].surname
            surnames[key] = "" if key in surnames else ids[i]  # "" = ambiguous
    return EntityIndex(
        surnames={k: v for k, v in surnames.items() if v},
        entities=entities,
        by_token={t: ids[i] for t, i in by_token.items()},
        mention_spans=spans,
        gender=gender,  # type: ignore[arg-type]
    )


_SPEECH = {"say", "tell", "add", "note", "write", "tweet", "explain", "argue", "claim", "insist", "ask", "warn", "state", "announce", "reply"}


# Groups of people that speak in news, which the model may tag as a name when they open a
# sentence ("Neighbours on Mill Street said …").
GROUP_NOUNS = {
    "residents", "neighbours", "neighbors", "witnesses", "officials", "analysts", "experts",
    "critics", "protesters", "protestors", "villagers", "workers", "firefighters", "police",
    "doctors", "parents", "students", "teachers", "locals", "survivors", "investors",
    "economists", "lawmakers", "voters", "supporters", "opponents", "organisers", "organizers",
    "authorities", "prosecutors", "investigators", "researchers", "scientists", "passengers",
    "shoppers", "commuters", "farmers", "fishermen", "employees", "staff", "campaigners",
}


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Character bounds of the lines written in title case (a headline, a section title:
    "Obama Says Museum Tells a Story"), where the model takes a capitalised verb or
    adjective for part of a name ("Obama Says", "Crooked Hillary Clinton")."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", m.group()) if w.lower() not in _SMALL_WORDS]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            out.append((m.start(), m.end()))
    return out


# verbs that follow the name opening a headline ("Obama Says …", "Haddad Slams …")
_HEADLINE_VERBS = {
    "says", "said", "tells", "calls", "slams", "rips", "blasts", "urges", "warns", "vows", "asks",
    "claims", "wants", "admits", "denies", "defends", "attacks", "praises", "hid", "hits", "responds",
}
_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "as", "from", "is"}


def _name_outside_headlines(ent: _Entity, lines: list[tuple[int, int]], text: str) -> str:
    """A person's name without the headline words the model took for part of it: when their
    name comes from a title-case line and running text names them with some of its words
    only — "Donald Trump" inside "Rip Donald Trump", or "Obama" opening "Obama Says" (a
    headline's verb, or a word the text writes in lower case) — the name as running text
    writes it. ("Elizabeth Warren" in a headline, then "Warren": the headline has the full
    name, kept; so has "Ghassan Abu-Laban" when the text then says "Ghassan".)"""
    if ent.label != "PERSON":
        return ent.name
    inside = [m for m in ent.mentions if any(a <= m.start < b for a, b in lines)]
    if not any(m.kind == "name" and m.text == ent.name for m in inside):
        return ent.name
    words = ent.name.split()
    running = [m.text.split() for m in ent.mentions if m.kind == "name" and m not in inside]
    within = [r for r in running if 2 <= len(r) < len(words) and any(words[i : i + len(r)] == r for i in range(len(words)))]
    if within:
        return " ".join(max(within, key=len))
    if len(words) >= 2 and running and all(r == words[:1] for r in running) and (
        words[1].lower() in _HEADLINE_VERBS or _written_in_lower_case(words[1], text)
    ):
        return words[0]  # (the word after it is a headline's verb, or a word the text writes in lower case)
    return ent.name


def _per_names(doc: Doc) -> list[Span]:
    """"Per Vik, a spokesman, said": a first name "Per" the model reads as the preposition,
    and a name after it the model missed — taken as a person when a person's role stands
    beside the name or the text names that person elsewhere ("Per Reuters" is no one)."""
    people = {e[-1].text for e in doc.ents if e.label_ == "PERSON"}
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    out = []
    for per in doc:
        if not is_per_first_name(per) or per.i + 1 >= len(doc):
            continue
        end = per.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and end not in covered:
            end += 1
        if end == per.i + 1:
            continue
        last = doc[end - 1]
        if last.text in people or any(c.dep_ == "appos" and _is_person_role(c) for c in last.children):
            out.append(Span(doc, per.i, end, label="PERSON"))
    return out


_NAME_PARTS = frozenset({"Vande", "Vander", "Rose", "Mary", "Anne", "Fitz"})
"""Parts that open a person's name written in one word with a capital inside ("VanderSloot",
"RoseAnn"), as the shorter "Mc", "De" or "La" do."""


def _brand_name(word: str) -> bool:
    """Is ``word`` written as brands are, not as names: a word of four letters or more with a
    capital run on after it ("SpaceX", "YouTube", "HuffPost"; not "McCain", "DeGeneres",
    "LaTonya" or "VanderSloot"), or a capital after a small first letter ("eBay")?"""
    m = re.fullmatch(r"([A-Z][a-z]{3,})[A-Z][\w]*|[a-z][A-Z]\w+", word)
    return m is not None and m.group(1) not in _NAME_PARTS


def _said_to_be_companies(doc: Doc) -> set[str]:
    """One-word names the text says are companies, as a copula's subject: "Ripple is officially
    the name of a San Francisco-based start-up", "Velmark is an insurer" (not a job people
    have too: "Lind is a producer")."""
    out = set()
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.head.lemma_ != "be" or any(c.dep_ == "compound" for c in tok.children):
            continue
        for attr in (c for c in tok.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
            if attr.lemma_ == "name":
                attr = next((g for p in attr.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), attr)
            words = [c for c in attr.children if c.dep_ == "compound" and c.i >= attr.i - 2] + [attr]
            kind = doc[words[0].i : attr.i + 1].text.lower().replace("-", "") if words[0].i < attr.i else attr.lemma_.lower()
            if kind in ORG_DESCRIPTORS - _PEOPLE_DO_TOO:
                out.add(tok.text)
    return out


def _first_and_last(ent: Span, key: str | None) -> bool:
    """Could the name ``ent`` (normalised ``key``) be a person's first and last name: two
    capitalised words, neither one that organisations' names hold?"""
    return key is not None and len(key.split()) == 2 and all(t.is_title for t in ent) and not any(t.lower_ in ORG_WORDS for t in ent)


def _referred_to_as_person(doc: Doc, ent: Span, ents: Sequence[Span]) -> bool:
    """Is the name ``ent`` a clause's subject that a he or she, or a his or her, after it in
    its sentence stands for ("Rihanna had just spent the holiday with her cousin"; not past
    another name, a noun of people or a quotation mark: "Lakeview gave her a seat" is no
    subject's pronoun, and "Clarkston became his home" says whose home it is)?"""
    others = {t for other in ents if other is not ent for t in range(other.start, other.end)}
    stop = lambda t: t.i in others or (t.pos_ == "NOUN" and t.lemma_.lower() in _PEOPLE_NOUNS)  # noqa: E731
    # (also past the subject's own phrase, whatever it names: "Takaaki Uesugi, a security
    # guard at the town hall of Erimo, on the southern tip of Hokkaido, said he …")
    t = _pronoun_after_subject(ent, stop) or _pronoun_after_subject(ent, stop, past_phrase=True)
    if t is None:
        return False
    if t.dep_ == "poss" and t.head.dep_ in {"attr", "oprd", "acomp"}:
        return False  # what the subject is or became is another's ("Clarkston became his home")
    return t.lower_ in {"he", "she", "his", "her"} and t.dep_ in {"nsubj", "nsubjpass", "poss"}


def _born_or_died(ent: Span) -> bool:
    """Is the name ``ent`` the subject of "died" or "was born": someone's life, not an
    organisation's?"""
    head = ent.root
    verb = head.head
    return (head.dep_ == "nsubj" and verb.lemma_ == "die") or (head.dep_ == "nsubjpass" and verb.lemma_ == "bear")


def _person_after_office(doc: Doc, ent: Span, lowered: set[str]) -> Span | None:
    """The person named after an office "<title> of <place or portfolio>" when the model read
    the place and the name as one organisation or place ("Mayor of Chicago Rahm Emanuel",
    "Secretary of Defense Leon Panetta", "Minister of Defence Itsunori Onodera"): the last two
    words, after one word of place or portfolio, proper nouns written as names are and words
    the text never writes in lower case (``lowered``, the words it does: not "the United
    States" after "President of", nor "British Transport Police" after "Chief of"); None
    otherwise."""
    if ent.label_ not in {"ORG", "GPE", "FAC", "NORP"}:
        return None
    if ent[0].lower_ == "the":
        ent = ent[1:]  # "Secretary of the Interior Ken Salazar", the article read into the name
    if len(ent) != 3:
        return None
    k = ent.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "of" or doc[k - 1].lower_ not in TITLE_WORDS or not doc[k - 1].is_title:
        return None
    if not all(t.is_title and t.is_alpha for t in ent) or not all(t.pos_ == "PROPN" for t in ent[1:]):
        return None
    if any(t.lower_ in ORG_WORDS or t.lower_ in lowered for t in ent[1:]):
        return None
    return Span(doc, ent.end - 2, ent.end, label="PERSON")


def _untagged_surnames(doc: Doc, ents: list[Span], text: str) -> list[Span]:
    """A person's surname written alone where the NER tagged nothing ("For Plemons, playing
    Daly was no challenge" after "Jesse Plemons", "Plemons" read as a plural noun): in
    capitals and lower case as names are, a noun or a proper noun (a proper noun only, opening
    a sentence: not the adjective of "Young voters" after "Neil Young"), and a word
    the text never writes in lower case (not the "Bill" of a film "Kill Bill" the model took
    for a person, nor a "Street"); not a word of a longer name ("Ivanka Trump", "Space
    Oddity") nor one opening a quotation."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    last_words = {words[-1] for e in ents if e.label_ == "PERSON" and len(words := [t.text for t in e if t.is_alpha]) >= 2}
    # (and a one-word name the model reads as a person and as nothing else: "Oz" of "Oz's show",
    # untagged in "— Oz’s dubious medical advice earned him …")
    others = {e.text for e in ents if e.label_ != "PERSON"}
    last_words |= {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1 and e[0].is_alpha and len(e.text) > 1} - others
    surnames = {w for w in last_words if w[:1].isupper() and w[1:].islower() and not _written_in_lower_case(w, text)}
    extra = []
    for tok in doc:
        if tok.text not in surnames or tok.i in covered or tok.pos_ not in {"PROPN", "NOUN"} or tok.is_sent_start and tok.pos_ != "PROPN":
            continue
        near = [doc[k] for k in (tok.i - 1, tok.i + 1) if 0 <= k < len(doc)]
        if any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in near) or tok.i > 0 and doc[tok.i - 1].is_quote:
            continue
        extra.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
    return extra


def _untagged_org_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation's name of two words or more, one of them a word of organisations
    ("Airways", "Ministry"), written again where the NER tagged nothing ("A spokesperson for
    All Nippon told HuffPost", after "All Nippon Airways"), its short form without a
    company's suffix included: the same words in the same case, not run into a longer
    capitalised name."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    # (only a name with a word of an organisation's in it: the model reads "Amber Heard" or
    # "Tesla Roadster" as one now and then, and such a slip is not to be copied)
    names: dict[str, set[tuple[str, ...]]] = {}
    for e in ents:
        words = tuple(t.text for t in e)
        if e.label_ != "ORG" or len(words) < 2 or not words[-1][:1].isupper() or not any(w.lower() in ORG_WORDS or w.lower() in _COMPANY_SUFFIXES for w in words):
            continue
        names.setdefault(words[0], set()).add(words)
        if words[-1].lower() in _COMPANY_SUFFIXES and len(words) >= 3:
            names[words[0]].add(words[:-1])
    extra: list[Span] = []
    for tok in doc:
        if tok.text not in names or tok.i in covered:
            continue
        for words in sorted(names[tok.text], key=len, reverse=True):
            end = tok.i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[tok.i : end]) != words or any(i in covered for i in range(tok.i, end)):
                continue
            if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" or tok.i > 0 and doc[tok.i - 1].is_title and doc[tok.i - 1].pos_ == "PROPN":
                continue  # part of a longer name
            extra.append(Span(doc, tok.i, end, label="ORG"))
            covered.update(range(tok.i, end))
            break
    return extra


def _unlabelled_speakers(doc: Doc) -> list[Span]:
    """Proper names the NER missed that are the subject of a speech verb ("Doug Ford
    said"): taken as people, so that their quotes resolve to an entity; after a noun that
    describes an organisation ("research firm IDC says"), as that organisation."""
    covered = {i for e in doc.ents if e.label_ in LABELS for i in range(e.start, e.end)}
    org_names = {e.text for e in doc.ents if e.label_ == "ORG" and len(e) >= 2}
    extra: list[Span] = []
    for tok in (doc[i] for i in where(doc, "lemma", _SPEECH)):
        if tok.pos_ != "VERB":
            continue
        for subj in tok.children:
            if subj.dep_ != "nsubj" or subj.pos_ != "PROPN" or subj.i in covered:
                continue
            if subj.lower_ in TITLE_WORDS and any(c.dep_ == "appos" and c.i in covered for c in subj.children):
                continue  # "Broadcom CEO Hock Tan … announced": a title, the name in apposition to it
            lo = subj.i
            while lo - 1 >= 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ == "compound" and doc[lo - 1].i not in covered:
                lo -= 1
            # title words before the name are a role, not the name
            for k in range(subj.i - 1, lo - 1, -1):
                if doc[k].lower_ in TITLE_WORDS or doc[k].lower_.rstrip(".") in HONORIFICS:
                    lo = k + 1
                    break
            if doc[lo].lower_ in TITLE_WORDS or not subj.text[:1].isupper():
                continue
            if lo == subj.i and subj.lower_ in GROUP_NOUNS:
                continue  # "Neighbours on Mill Street said": people, no one named
            if lo == subj.i and (k := next((k for k in range(max(0, subj.i - 3), subj.i) if doc[k : subj.i + 1].text in org_names), None)) is not None:
                # "Islamic State has claimed", "Islamic" read as a people: the organisation the
                # text names so elsewhere
                extra.append(Span(doc, k, subj.i + 1, label="ORG"))
                continue
            # (and a name ending in an organisation's word: "The Rail Accident Investigation
            # Branch (RAIB) said", read as a work of art)
            org = lo > 0 and doc[lo - 1].lower_ in ORG_DESCRIPTORS or (
                lo < subj.i and subj.lower_ in ORG_HEADS | ORG_WORDS or subj.i - lo >= 2 and subj.lower_ in _LONG_ORG_ENDINGS
            )
            extra.append(Span(doc, lo, subj.i + 1, label="ORG" if org else "PERSON"))
            covered.update(range(lo, subj.i + 1))
    return extra


# Head words that end an organisation's name ("Kestrel Bay Harbour Authority").
ORG_HEADS = {
    "authority", "association", "union", "council", "committee", "commission", "agency",
    "department", "ministry", "institute", "foundation", "university", "federation",
    "board", "corporation", "bank", "party", "society", "trust", "league",
}


def _unlabelled_orgs(doc: Doc) -> list[Span]:
    """Capitalised names ending in an organisation's head word that the NER missed ("The
    Kestrel Bay Harbour Authority voted", its dateline upsetting the model): taken as
    organisations. Only runs of two or more capitalised words, none of them labelled."""
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    extra: list[Span] = []
    for i in where(doc, "lower", ORG_HEADS):
        head = doc[i]
        if i in covered or not head.is_title or i == 0:
            continue
        lo = i
        while lo - 1 >= 0 and doc[lo - 1].i not in covered and doc[lo - 1].is_title and doc[lo - 1].pos_ in {"PROPN", "NOUN", "ADJ"} and "\n" not in doc[lo - 1].whitespace_:
            lo -= 1
        if lo == i or (lo == doc[lo].sent.start and i - lo < 2):
            continue  # one capitalised word before it; at a sentence start that proves nothing
        extra.append(Span(doc, lo, i + 1, label="ORG"))
        covered.update(range(lo, i + 1))
    return extra


def _place_like_words(doc: Doc) -> set[str]:
    """Single capitalised words the text uses the way it uses a country or a town: with
    officials, provinces, a government ("Velmark officials", "Velmark's coastal provinces"),
    or as where a person named with their age is from ("Johnson, 66, of Burnsville").
    (A person's surname can take them too, "Trump officials": the caller keeps the surnames
    of the text's full names as people.)"""
    out = set()
    for t in doc:
        if t.pos_ != "PROPN" or not t.is_title or t.dep_ not in {"compound", "poss", "nmod", "amod", "pobj"}:
            continue
        # one word, not the last of a longer name ("Canadian Pacific officials"); after "of",
        # not the first of one either
        alone = t.i == 0 or not doc[t.i - 1].is_title or doc[t.i - 1].is_sent_start
        if (
            t.dep_ != "pobj" and alone and t.head.i > t.i and t.head.lower_ in PLACE_NOUNS and not _DEMONYM_LIKE.search(t.text)
            and not any(c.dep_ == "compound" and c.i < t.i for c in t.children)
        ):
            out.add(t.text)
        elif (
            t.dep_ == "pobj" and t.head.lower_ == "of" and t.tag_ == "NNP"
            and alone and not (t.i + 1 < len(doc) and doc[t.i + 1].is_title)
            and (t.head.head.like_num or t.head.head.ent_type_ == "PERSON" and t.head.head.i < t.head.i)
        ):
            out.add(t.text)  # "LuAnn Marie Johnson, 66, of Burnsville", "Subryan of Schenectady": a home town
    return out


# labels the model gives a person's name with a word describing them ("Model Chrissy Teigen"
# as a product)
_MAY_NAME_A_PERSON = frozenset({"PRODUCT", "WORK_OF_ART"})
SHIP_PREFIXES = frozenset({"MV", "M/V", "MS", "MT", "SS", "RMS", "INS", "HMS", "USS", "USNS", "HMAS", "HMCS", "HMNZS", "FV"})
"""What opens a ship's name ("MV Gibe", "HMS Ocean"): a vessel, read as a person by the model
at times."""


def _named_person_in(doc: Doc, ent: Span) -> Span | None:
    """The person an entity names, when the model read a word describing them as part of the
    name ("Model Chrissy Teigen") or the name after a role noun as an organisation
    ("researcher Eduardo Guerras"): a first name the census gives to one sex (or, after a
    role noun, any name that is the subject of a speech verb: "governor Heydar Alishbandi
    told AFP") and one or two capitalised words after it, to the entity's end. None otherwise."""
    if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP", "FAC"} | _MAY_NAME_A_PERSON or not 2 <= len(ent) <= 4:
        return None
    k = ent.start + 1 if ent[0].is_title and ent[0].lower_ in PERSON_DESCRIPTORS else ent.start
    name = doc[k : ent.end]
    if not 2 <= len(name) <= 3 or not all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in ORG_WORDS for t in name):
        return None
    speaks = ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in _SPEECH  # no building tells anyone anything
    if first_name_gender(name[0].text) is None and not (k == ent.start and speaks):
        return None
    if k > ent.start:
        return Span(doc, k, ent.end, label="PERSON")
    before = doc[ent.start - 1] if ent.start > 0 else None
    if (
        ent.label_ != "PERSON" and before is not None and before.is_lower and before.pos_ == "NOUN"
        and before.lower_ in TITLE_WORDS | PERSON_DESCRIPTORS
        and not (ent.end < len(doc) and doc[ent.end].is_lower and doc[ent.end].lower_ in TITLE_WORDS)  # not "billionaire Dallas Mavericks owner"
    ):
        return Span(doc, ent.start, ent.end, label="PERSON")
    return None


def _named_work(doc: Doc, ent: Span) -> bool:
    """Is the name ``ent``, read as a person, the title of a work written right after a noun
    for it ("her hit song Bodak Yellow", "the 2003 film Kill Bill", "her latest single, Bartier
    Cardi", "the movie “Kill Bill”")? The noun in lower case, a noun ("single" may be read as an
    adjective), right before the name, its opening quotation mark or the comma of a name set
    beside it; not a name opening with a first name the census lists ("the film Tom Hanks
    made"), nor the subject of a clause on the noun ("the album Beyonce released")."""
    k = ent.start - 1
    while k >= 0 and doc[k].is_quote and doc[k].is_left_punct:
        k -= 1
    if k >= 1 and doc[k].text == "," and ent.root.dep_ == "appos" and ent.root.head.i == k - 1:
        k -= 1
    if k < 0:
        return False
    noun = doc[k]
    if not (noun.is_lower and noun.lower_ in WORK_NOUNS and (noun.pos_ == "NOUN" or noun.lower_ == "single")):
        return False
    if _census_first_name(ent[0].text):
        return False
    return not (ent.root.dep_ in {"nsubj", "nsubjpass"} and ent.root.head.dep_ == "relcl" and ent.root.head.head.i == k)


_WORK_PARTS = frozenset({"volume", "vol", "chapter", "episode", "season"})
"""Words that end a work's title, not a person's name ("Kill Bill Volume", "Chapter")."""


_COMPANY_SUFFIXES = frozenset({
    "airlines", "airways", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "llc", "co", "co.", "company",
    "group", "holdings", "motors", "industries", "plc", "ag", "sa",
})
"""A last word a company's name is often written without: "All Nippon (Airways)"."""


def _short_and_full(short: Sequence[str], full: Sequence[str]) -> bool:
    """Is ``short`` (two words or more) ``full`` without a company's suffix at its end?"""
    return len(short) >= 2 and len(full) == len(short) + 1 and list(full[:-1]) == list(short) and full[-1].lower() in _COMPANY_SUFFIXES


def _short_org_name(doc: Doc, ent: Span, org_names: list[tuple[str, ...]], covered: set[int]) -> Span | None:
    """A person's name that is, with the capitalised words right before it that no entity
    holds, the opening words of an organisation the text names in full: "All Nippon" (the
    model reading only "Nippon", as a person) of "All Nippon Airways". That organisation, by
    its short name; else None. Only a name the model cut short so: "George Washington"
    beside "George Washington University" is the man, and so is "Trump" beside "the Trump
    Organization"."""
    start = ent.start
    while start > ent.sent.start and start - 1 not in covered and doc[start - 1].is_title and ent.start - start < 2:
        start -= 1
    words = tuple(t.text for t in doc[start : ent.end])
    if start == ent.start or not any(len(name) > len(words) and name[: len(words)] == words for name in org_names):
        return None
    return Span(doc, start, ent.end, label="ORG")


def _fix_ents(doc: Doc, ents: list[Span]) -> list[Span]:
    """Repair common NER slips around titles and names:

    * a word describing a person read as part of the name ("Model Chrissy Teigen", even as a
      product), or a name after a role noun read as an organisation ("researcher Eduardo
      Guerras"): the person (:func:`_named_person_in`); other products and works: dropped;
    * a plural common noun read as a person ("Households" opening a sentence): dropped;
    * the title of a work read as a person, written after a noun for it ("her hit song Bodak
      Yellow": :func:`_named_work`) each time the text writes it: dropped;
    * lowercase words the model took into a person's name ("baker Tomas Reinholt"): left out;
    * a title inside the entity ("Fire Chief Marcus Etholm" as ORG, "Fire Marshal Ivo
      Brenner" as PERSON) or opening a person's ("Councillor Hana Ruiz"): the name after
      the last title word becomes the PERSON; so does the name after a role noun opening it
      ("Comedian Ellen DeGeneres", "Comedienne Sarah": :func:`_opens_with_a_role`), and a
      role word read as a person of its own right before a person ("Comedienne" of
      "Comedienne Sarah Silverman") is dropped;
    * a name in apposition to a role ("the group's director, Maren Holt") tagged as an
      organisation or a place, or followed by a role only a person holds ("Nadia Okonkwo,
      the region's emergency coordinator"): relabelled PERSON;
    * a named storm read as a person ("Storm Idris"): relabelled EVENT;
    * a portfolio before "Minister" ("Ports Minister Tomas Reyl"): part of the role, dropped;
    * a place named "Port …" or "Fort …" read as an organisation, a person or a building: a
      place (GPE);
    * one word read as a person and joined by "and" to a country ("Canada and Velmark"), or
      one whose officials, provinces or government the text speaks of ("Velmark officials"):
      a country (GPE); so is a name ending in "Falls", "Springs", "Heights" … read as a
      person, and one word read as a nationality that the text puts something "in" ("a
      warehouse in Millbrook");
    * one word opening a sentence that the text writes lowercase elsewhere ("Ammonia is
      widely used"): no name;
    * a dash set off by spaces inside an entity ("OTTAWA - Opposition"): the entity ends there;
    * a Korean name the model stopped at the hyphen of its given name ("Moon Jae" of "Moon
      Jae-in"): the whole name (:func:`_korean_given_name_end`);
    * a person's name run over "of" and an affiliation ("Felipe Nasr of Sauber"): the name
      ends before "of", and the affiliation is an organisation of its own
      (:func:`_affiliation_at`);
    * "Per" before a person's name, read as the preposition ("Per Vik"), or a first name
      the model left out ("Chrissy Teigen" read as "Teigen"): part of the name;
    * a name read as a person before the structure it names ("the Ostra bridge"): that
      place (FAC), the noun included;
    * an organisation tagged as a person right before a title and a name ("Velmark Ports"
      in "Velmark Ports Minister Tomas Reyl"), or right after a noun that describes an
      organisation ("energy company Borealis Pipelines"): relabelled ORG;
    * an office's place and its holder's name read as one organisation ("Mayor of Chicago
      Rahm Emanuel"): the person (:func:`_person_after_office`);
    * a ship read as a person ("MV Gibe", "INS Mysore", and "Mysore" alone after it): a vessel
      (FAC), no one a he can be;
    * a people in the plural read as a person ("Greeks", where the text writes "Greek" as a
      nationality): that people (NORP);
    * one word written twice read as a person ("Equifax Equifax") where the model reads the
      word alone elsewhere as no person: that word, labelled so;
    * an online platform read as a person, a place or a people ("Twitter"): an organisation;
    * a name an honorific opens ("Capt. Tennant") read as anything but a person, a product
      included: a person.
    """
    out: list[Span] = []
    ship_names = {e[-1].text for e in ents if len(e) >= 2 and e[0].text in SHIP_PREFIXES}
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2} - ship_names
    in_place = {t.i for e in ents if e.label_ == "GPE" for t in e}
    lowered = {t.lower_ for t in doc if t.is_lower}
    place_like = _place_like_words(doc)
    # single words something is "in" or comes "from", the way one is in a town
    located = {
        t.text for t in doc
        if t.dep_ == "pobj" and t.head.lower_ in {"in", "from", "near", "outside"} and t.is_title and t.tag_ == "NNP"
        and not _DEMONYM_LIKE.search(t.text)
    }
    covered = {i for e in ents for i in range(e.start, e.end)}
    # the nationalities, creeds and parties the text names in the singular ("Greek police")
    peoples = {t.text for t in doc if t.ent_type_ == "NORP" and t.is_title}
    # (each time the text writes it, and no part of another person's full name nor their
    # surname: not the "Beyonce" of "the album Beyonce released" where the text names her
    # elsewhere; but "her second single Bartier Cardi" of Cardi B is the song)
    people = [e for e in ents if e.label_ == "PERSON"]
    works = {tuple(t.text for t in e) for e in people if _named_work(doc, e)} - {tuple(t.text for t in e) for e in people if not _named_work(doc, e)}
    full = {tuple(t.text for t in e) for e in people if len(e) >= 2}
    works = {w for w in works if not any(n != w and (set(w) <= set(n) or n[-1] == w[-1]) for n in full)}
    org_names = [tuple(t.text for t in e) for e in ents if e.label_ == "ORG" and len(e) >= 3]
    for n, ent in enumerate(ents):
        if ent.label_ == "PERSON" and (short := _short_org_name(doc, ent, org_names, covered)) is not None:
            out.append(short)  # "A spokesperson for All Nippon" ("Nippon" read as a person) of All Nippon Airways
            continue
        if ent.label_ == "PERSON" and tuple(t.text for t in ent) in works:
            continue  # "her hit song Bodak Yellow": a song, no one
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].lower_.rstrip(".") in _WORK_PARTS:
            continue  # "Kill Bill Volume One was released in 2003": a film, no one
        if (
            ent.label_ == "PERSON" and len(ent) == 1 and ent.end + 1 < len(doc)
            and doc[ent.end].text in {"-", "‐"} and not doc[ent.end - 1].whitespace_ and not doc[ent.end].whitespace_
            and doc[ent.end + 1].is_lower and doc[ent.end + 1].tag_ in {"VBN", "VBG", "JJ"}
        ):
            # "The Grammy-nominated singer": a word of an adjective, no one who can be "she" (not
            # a person's full name so used, "a Vladimir Putin-led war"; a surname so used, "the
            # Vale-led band", is still found as theirs where the text names them)
            continue
        if ent.label_ == "PERSON" and len(ent) >= 2 and len({t.text for t in ent}) == 1 and (
            labels := [e.label_ for e in ents if e.text == ent[-1].text and e.label_ != "PERSON"]
        ):
            # "Equifax Equifax holds data on …": one word written twice (a caption's label run
            # into the text), which the model reads alone elsewhere as no person, is that name,
            # not a first and last one (a person named so, "Sirhan Sirhan", stays, as does a
            # place, "Bora Bora")
            ent = Span(doc, ent.end - 1, ent.end, label=labels[0])
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.text.endswith("s") and ent.text[:-1] in peoples:
            out.append(Span(doc, ent.start, ent.end, label="NORP"))  # "83 percent of Greeks": a people, no one a he can be
            continue
        if ent.label_ == "PERSON" and ent.start > 0 and is_per_first_name(doc[ent.start - 1]):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # "Per Vik": a first name, not "per"
        elif (
            ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 0 and ent.start - 1 not in covered
            and (first := doc[ent.start - 1]).pos_ == "PROPN" and first.is_title and first_name_gender(first.text) is not None
        ):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # "Chrissy Teigen" read as "Teigen"
        dash = next((t.i for t in ent[1:] if t.text in {"-", "–", "—"} and doc[t.i - 1].whitespace_ and t.whitespace_), None)
        if dash is not None:
            ent = Span(doc, ent.start, dash, label=ent.label_)  # "OTTAWA - Opposition …": the dateline's place
        if (end := _korean_given_name_end(ent)) != ent.end:
            ent = Span(doc, ent.start, end, label="PERSON")  # "Moon Jae" read of "Moon Jae-in"
        if (of := _affiliation_at(ent)) is not None:
            # "Felipe Nasr of Sauber": the person, and the team they are of (an organisation,
            # unless the model reads those words as something else elsewhere)
            rest = doc[of + 1 : ent.end]
            labels = [e.label_ for e in ents if e.text == rest.text and e.label_ in {"ORG", "GPE", "FAC"}]
            label = labels[0] if labels else "ORG"
            out.append(Span(doc, rest.start, rest.end, label=label))
            ent = Span(doc, ent.start, of, label="PERSON")
        if (
            ent.label_ == "PERSON" and len(ent) == 1 and ent[0].is_title and ent[0].lower_ in _ROLE_WORDS
            and n + 1 < len(ents) and ents[n + 1].start == ent.end and ents[n + 1].label_ == "PERSON"
        ):
            continue  # "Comedienne" read apart from the "Sarah Silverman" after it: her role, no one
        if (person := _named_person_in(doc, ent)) is not None:
            out.append(person)  # "Model Chrissy Teigen", "researcher Eduardo Guerras" read as an organisation
            continue
        if (person := _person_after_office(doc, ent, lowered)) is not None:
            out.append(person)  # "Mayor of Chicago Rahm Emanuel" read as the organisation "Chicago Rahm Emanuel"
            continue
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].text in SHIP_PREFIXES or len(ent) == 1 and ent[0].text in ship_names:
            out.append(Span(doc, ent.start, ent.end, label="FAC"))  # "MV Gibe", "INS Mysore" (and "Mysore"): a vessel, no one's name
            continue
        if (
            ent.label_ != "PERSON" and len(ent) >= 2 and ent[0].lower_.rstrip(".") in HONORIFICS - {"st"} and ent[0].is_title
            and all(t.is_title and t.is_alpha for t in ent[1:])
        ):
            # "Capt. Tennant", read as a product: an honorific opens a person's name (not "St.":
            # St. Petersburg)
            out.append(Span(doc, ent.start, ent.end, label="PERSON"))
            continue
        if ent.label_ not in LABELS:
            continue  # a product or a work that names no person
        if ent.text in PLATFORMS and ent.label_ != "ORG":
            out.append(Span(doc, ent.start, ent.end, label="ORG"))
            continue
        if len(ent) == 1 and ent.start == ent.sent.start and ent[0].is_title and ent[0].lower_ in lowered and ent[0].text not in surnames:
            # "Ammonia is widely used …": a word the text writes lowercase elsewhere (but
            # "Rice said" of a text that names Ana Rice is hers, whatever the rice harvest)
            continue
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].lower_ in PLACE_SUFFIXES:
            out.append(Span(doc, ent.start, ent.end, label="GPE"))  # "Dunmore Falls"
            continue
        if ent.label_ == "PERSON" and len(ent) == 1 and ent[0].text in place_like and ent[0].text not in surnames:
            out.append(Span(doc, ent.start, ent.end, label="GPE"))  # "talks with Velmark" beside "Velmark officials"
            continue
        if ent.label_ == "NORP" and len(ent) == 1 and ent[0].text in located:
            out.append(Span(doc, ent.start, ent.end, label="GPE"))  # "a warehouse in Millbrook"
            continue
        if (
            len(ent) == 1 and ent[0].lower_ in PORTFOLIOS and ent.end + 1 < len(doc)
            and doc[ent.end].lower_ in {"minister", "secretary"} and doc[ent.end + 1].is_title
        ):
            continue  # "Ports Minister Tomas Reyl": the portfolio is part of the role
        if (
            ent.label_ in {"ORG", "PERSON", "FAC"} and len(ent) == 2 and ent[0].lower_ in PLACE_PREFIXES
            and ent[0].is_title and ent[1].pos_ == "PROPN" and ent[1].is_title and ent[1].lower_ not in ORG_WORDS
        ):
            out.append(Span(doc, ent.start, ent.end, label="GPE"))  # "Port Ellis", "Fort Dunmore"
            continue
        if (
            ent.label_ == "PERSON" and len(ent) == 1 and in_place
            and (ent.root.dep_ == "conj" and ent.root.head.i in in_place or any(c.dep_ == "conj" and c.i in in_place for c in ent.root.children))
        ):
            out.append(Span(doc, ent.start, ent.end, label="GPE"))  # "between Canada and Velmark"
            continue
        if ent.label_ == "PERSON" and ent[0].is_lower and not ent[-1].is_lower:
            # "baker Tomas Reinholt": a lowercase word is no part of a name (a role before it)
            lo = ent.start
            while lo < ent.end and doc[lo].is_lower:
                lo += 1
            ent = Span(doc, lo, ent.end, label="PERSON")
        if ent.label_ == "PERSON" and all(t.tag_ == "NNS" for t in ent) and ent[-1].text not in surnames:
            continue  # "Households with variable mortgages …" at a sentence start: no one (but "Sanders" of "Bernie Sanders" is)
        if ent.label_ == "PERSON" and (
            len(ent) >= 2 and ent[-1].lower_ in ORG_WORDS
            or ent.start > 0 and doc[ent.start - 1].lower_ in ORG_DESCRIPTORS
            # (not a person's job before a first and last name: "broadcaster Harry Caray")
            and not (doc[ent.start - 1].lower_ in _PEOPLE_DO_TOO and len(ent) >= 2 and first_name_gender(ent[0].text) is not None)
        ):
            out.append(Span(doc, ent.start, ent.end, label="ORG"))
            continue
        if ent.label_ in {"PERSON", "ORG"} and len(ent) >= 3:
            last_title = None
            for i in range(ent.start, ent.end - 1):
                if doc[i].lower_ in STRONG_TITLES or doc[i].lower_.rstrip(".") in HONORIFICS and i > ent.start:
                    last_title = i
            if last_title is not None:
                rest = doc[last_title + 1 : ent.end]
                if 1 <= len(rest) <= 3 and all(t.is_title or t.text in {".", "-"} for t in rest):
                    out.append(Span(doc, last_title + 1, ent.end, label="PERSON"))
                    continue
        if (
            ent.label_ in {"ORG", "GPE", "NORP"} and 2 <= len(ent) <= 3 and ent.root.dep_ == "appos" and ent.root.head.lower_ in TITLE_WORDS
            and all(t.pos_ == "PROPN" and t.is_title for t in ent) and not any(t.lower_ in ORG_WORDS for t in ent)
        ):
            # "the group's director, Maren Holt": a name set beside a role is a person's
            out.append(Span(doc, ent.start, ent.end, label="PERSON"))
            continue
        if (
            ent.label_ in {"ORG", "GPE", "NORP"} and 2 <= len(ent) <= 3
            and all(t.pos_ == "PROPN" and t.is_title for t in ent) and not any(t.lower_ in ORG_WORDS for t in ent)
            and any(c.dep_ == "appos" and c.i > ent.end and _is_person_role(c) for c in ent.root.children)
        ):
            # "Nadia Okonkwo, the region's emergency coordinator": a name a role follows
            out.append(Span(doc, ent.start, ent.end, label="PERSON"))
            continue
        head = ent.root.head
        if (
            ent.label_ == "PERSON" and ent.root.dep_ == "compound" and head.i == ent.end
            and head.is_lower and head.lemma_ in STRUCTURE_NOUNS
        ):
            out.append(Span(doc, ent.start, ent.end + 1, label="FAC"))  # "the Ostra bridge"
            continue
        if ent.label_ == "PERSON" and ent[0].lower_ in NAMED_WEATHER and len(ent) >= 2:
            out.append(Span(doc, ent.start, ent.end, label="EVENT"))  # "Storm Idris", "Hurricane Leda"
            continue
        if ent.label_ == "PERSON" and _opens_with_a_role(ent):
            # "Councillor Hana Ruiz", "Comedian Ellen DeGeneres", "Comedienne Sarah": a role opening the name
            out.append(Span(doc, ent.start + 1, ent.end, label="PERSON"))
            continue
        if ent.label_ == "PERSON" and ent.end < len(doc) and doc[ent.end].lower_ in STRONG_TITLES:
            nxt = ents[n + 1] if n + 1 < len(ents) else None
            if nxt is not None and nxt.label_ == "PERSON" and nxt.start <= ent.end + 3:
                out.append(Span(doc, ent.start, ent.end, label="ORG"))
                continue
        out.append(ent)
    return out
