"""Quotes of one article: direct, partial and indirect, with cue, speaker as written and
the speaker resolved to a canonical entity or an unnamed-source description.

How it works, in three passes over one parsed document:

1. **Quotation marks** are paired in the raw text, paragraph by paragraph: curly “…”,
   straight "…", and the two-apostrophe ''…'' some papers use. A quote running over
   several paragraphs (a paragraph that opens a quote without closing it, followed by a
   paragraph that opens one again) is one quote with a piece per paragraph.
2. **Direct quotes** are quoted passages that stand alone in their sentence. Their cue
   is looked for after the closing mark (“…,” he said / said Ford), then before the
   opening mark (Ford said: “…”), then "according to". A quoted passage with no cue of
   its own that follows a cue of the previous quote in the same paragraph
   (“A,” he said. “B.”) becomes another *piece* of that quote. **Partial quotes** are
   quoted fragments inside a sentence (described it as “a subtle dance”): their cue is
   found by walking up the dependency tree, and ``context`` holds the whole reported
   clause. Quoted fragments with no speech cue above them (titles, scare quotes) are
   not quotes.
3. **Indirect quotes**: a speech verb with a clausal complement ("X said (that) …"),
   and "according to X, …".

Speakers: the subject of the cue. A name resolves to its canonical entity; "he"/"she"
to the most recent fitting person (preferring subjects and the previous speaker);
"the premier" to the person holding that role; "the post"/"the statement" to whoever
posted or issued it; anything else ("a Canadian official") is an unnamed source.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from corroborate.analysis._tokens import where
from corroborate.analysis.entities import (
    HONORIFICS,
    PLATFORMS,
    TITLE_WORDS,
    WORK_NOUNS,
    EntityIndex,
    first_name_gender,
    first_name_given_to,
    introduced_as,
    is_per_first_name,
)
from corroborate.analysis.names import NOUN_SEX
from corroborate.analysis.types import Entity, Quote

# Less common verbs of saying, from PolNeAR train's misses ("Walter Hewlett sniped that …"),
# cues of quotes and of reported clauses alike ("snip": the model's lemma of "sniped").
MORE_SAY_LEMMAS = {
    "grouse", "vent", "snipe", "snip", "protest", "intimate", "confide", "affirm", "confess", "divulge",
    "elaborate",
}
CUE_LEMMAS = {
    "say", "tell", "add", "note", "state", "claim", "argue", "insist", "explain", "write",
    "tweet", "post", "announce", "declare", "warn", "suggest", "predict", "report",
    "acknowledge", "admit", "contend", "assert", "maintain", "caution", "recall", "remark",
    "reply", "respond", "ask", "answer", "continue", "conclude", "emphasize", "emphasise",
    "stress", "describe", "call", "deny", "promise", "vow", "pledge", "urge", "concede",
    "confirm", "observe", "quip", "joke", "shout", "yell", "testify", "repeat", "reiterate",
    "complain", "boast", "recount", "allege", "estimate", "mention", "comment", "counter",
    "retort", "scoff", "lament", "muse", "wonder", "agree", "disclose", "reveal", "proclaim",
    "charge", "thunder", "exclaim", "whisper", "plead", "demand", "highlight",
    "indicate", "signal", "speculate", "surmise", "tout", "hint", "reason", "chime",
    "marvel", "fume", "rail", "blast", "slam", "criticize", "criticise", "accuse",
    "praise", "cite", "quote", "brag", "concur", "inform", "assure", "remind", "believe",
    "think", "feel", "read", "begin", "go", "text", "email",
    "message", "posit", "project", "forecast", "opine", "acknowledged",
    # manner of speaking ("Clinton cracked, “…”", "“…!” beamed Hartley")
    "crack", "beam", "interject", "jeer", "gush", "snap", "sneer", "chuckle", "sigh",
    "grumble", "mutter", "murmur", "scream", "groan", "bark", "growl", "rave", "enthuse",
    "intone", "volunteer", "taunt", "tease", "cry", "holler", "boom", "react", "riff", "rant", "lecture", "deadpan",
    # verbs that frame a partial quote ("thanked Obama for “taking these steps”")
    "thank", "decry", "label", "dub", "brand", "term", "characterize", "characterise", "refer",
    "anticipate", "welcome", "condemn", "denounce", "dismiss", "defend", "applaud", "hail",
    "bemoan", "chant", "sing", "coin", "echo", "point", "express",
    "question", "mock", "ridicule", "lambaste", "attack", "nickname", "portray",
    "exhort", "reference", "credit", "worry", "fret",
    "demur", "scold", "chide", "rebuke", "gripe", "imply", "advise",
} | MORE_SAY_LEMMAS
# Verbs of judging someone or something "as" a quoted label ("pounding Trump as a “con
# artist”", "admires Putin as a “strong leader”"): the label is the subject's words.
REGARD_LEMMAS = {
    "see", "view", "regard", "consider", "admire", "pound", "paint", "cast", "frame", "bill",
    "rate", "classify", "depict", "present", "position", "market", "pitch", "peg", "rank",
    "style", "envision", "imagine", "remember", "single", "target", "lampoon", "pillory",
    "disparage", "deride", "excoriate", "celebrate", "laud", "extol", "promote", "recast",
    "tar", "smear", "vilify", "demonize", "demonise", "caricature", "assail", "castigate",
    "liken", "compare", "equate",
}
LIKEN_LEMMAS = {"liken", "compare", "equate"}
# Phrasal verbs of attack, with the preposition naming the one attacked "as" a quoted label.
REGARD_PHRASAL = {("go", "after"), ("lash", "at"), ("rail", "against"), ("turn", "on"), ("lash", "against")}
# Verbs that take a clausal complement as reported speech (indirect quotes).
INDIRECT_LEMMAS = {
    "say", "tell", "add", "note", "state", "claim", "argue", "insist", "explain", "write",
    "tweet", "post", "announce", "declare", "warn", "suggest", "predict", "report",
    "acknowledge", "admit", "contend", "assert", "maintain", "caution", "recall", "remark",
    "reply", "respond", "conclude", "emphasize", "emphasise", "stress", "deny", "promise",
    "vow", "pledge", "concede", "confirm", "observe", "testify", "reiterate", "complain",
    "boast", "allege", "estimate", "disclose", "reveal", "charge", "indicate", "speculate",
    "tout", "hint", "believe", "think", "agree", "inform", "assure", "remind",
    "counter", "mention", "signal", "guarantee", "forecast", "brag", "recount", "suspect",
    "answer", "ask", "wonder", "point", "gripe", "grumble", "lament", "quip", "joke",
} | MORE_SAY_LEMMAS
# Plain verbs of saying: a framing verb inside their reported clause ("said Trump had
# called it “a disaster”") gives the fragment to them.
SAY_LEMMAS = {"say", "tell", "write", "add", "argue", "claim", "insist", "note", "explain", "contend", "assert", "suggest", "state", "declare", "tweet", "warn"}
# Speech acts whose content is an object or an infinitive rather than a clause ("announced
# a plan to …", "urged Congress to act", "accused him of lying"): indirect quotes too.
ACT_LEMMAS = {
    "announce", "propose", "reject", "accuse", "urge", "vow", "pledge", "threaten", "call",
    "demand", "recommend", "ask", "question", "praise", "criticize", "criticise", "blame", "defend",
    "endorse", "condemn", "denounce", "applaud", "dismiss", "outline", "thank",
    "encourage", "challenge", "refuse", "decline", "offer", "promise", "deny", "warn",
    "slam", "blast", "mock", "lambaste", "chide", "scold", "commend", "hail", "tout", "refer", "cite",
}
# Verbs of saying that also report an object or an infinitive ("told him to leave",
# "asked about the war", "denied the report", "promised to act").
OBJECT_SPEECH = {
    "tell", "announce", "agree", "acknowledge", "confirm", "promise", "vow", "urge", "warn",
    "disclose", "reiterate", "recommend", "ask",
}
# Nouns of saying that report a that-clause ("his claim that …", "Trump's warning that …").
SPEECH_NOUNS = {
    "claim", "warning", "statement", "comment", "remark", "assertion", "allegation", "argument",
    "promise", "pledge", "vow", "suggestion", "insistence", "accusation", "prediction", "admission",
    "denial", "assurance", "announcement", "contention", "declaration", "complaint", "charge",
    "interjection", "boast", "threat", "observation", "explanation",
}
# Nouns of pledging or demanding whose content follows as an infinitive or after "for" ("his
# promise to be “neutral”", "his call for “a total ban”").
PLEDGE_NOUNS = {"promise", "pledge", "vow", "threat", "call", "demand", "plea", "offer", "refusal", "push"}
# Nouns that name someone's words ("used the phrase “…”", "coined the term “…”").
WORD_NOUNS = {"phrase", "term", "slogan", "words", "catchphrase", "motto", "mantra", "expression", "refrain", "line"}
# Findings reported by a poll, study or report ("a Pew survey found that …").
EVIDENCE_LEMMAS = {"show", "find"}
EVIDENCE_NOUNS = {"poll", "survey", "study", "report", "data", "analysis", "research", "review", "investigation", "audit", "census", "figure", "number", "statistic", "count", "tally", "estimate", "projection", "model", "forecast", "record", "document", "memo", "email", "filing", "result",
                  "video", "footage", "photo", "photograph", "image", "picture", "recording", "tape", "map", "chart", "graph", "return", "average"}
# Verbs that only count as cues when they frame a quote (too common otherwise).
WEAK_PARTIAL = {"go", "begin", "think", "feel", "believe", "continue", "express", "point", "wonder", "worry", "fret"}
WEAK_DIRECT = {"go", "begin", "read", "continue", "call", "describe", "cite", "quote", "think", "feel", "believe", "credit",
               "thank", "label", "dub", "brand", "term", "refer", "anticipate", "welcome", "dismiss",
               "defend", "coin", "sing", "echo", "express", "question", "attack", "portray", "point", "worry", "fret"}
# verbs that put out a document ("The party issued a statement.")
ISSUE_LEMMAS = {"issue", "release", "send", "post", "publish", "put"}
# Verbs that cue words only with "it" as their object ("as Amar put it", "as Wendt phrased it").
PUT_IT_LEMMAS = frozenset({"put", "phrase"})
# What a body passes or adopts ("the Likud Central Committee voted for a resolution … the
# resolution says"): its words are the body's.
MOTION_NOUNS = frozenset({"resolution", "bill", "motion", "amendment", "manifesto", "declaration", "communique", "communiqué"})
DOC_NOUNS = {
    "post", "tweet", "statement", "release", "report", "letter", "memo", "message",
    "email", "e-mail", "filing", "document", "complaint", "ad", "advertisement", "video",
    "note", "notice", "blog", "op-ed", "editorial", "column", "affidavit", "lawsuit",
    "suit", "ruling", "decision", "order", "indictment", "transcript", "book", "speech",
    "interview", "survey", "poll", "study", "analysis", "paper", "website", "site",
    "page", "account", "spot", "clip", "commercial", "motion", "petition", "warrant",
    "article", "piece", "essay", "profile",
} | MOTION_NOUNS
ADOPT_LEMMAS = frozenset({"approve", "adopt", "pass", "unveil", "introduce", "propose", "draft", "sponsor"})
# What one adds in writing ("added the hashtag “#familyof5”"), unlike a thing one adds ("a tab")
_ADDED_WORDS = DOC_NOUNS | WORD_NOUNS | SPEECH_NOUNS | {"hashtag", "caption", "word", "sentence", "quote"}
INSTITUTIONS = {
    "ministry", "government", "department", "office", "agency", "company", "police", "campaign",
    "committee", "council", "party", "administration", "embassy", "court", "military", "army",
    "authority", "board", "commission", "service", "union", "association", "bureau", "cabinet",
    "parliament", "congress", "senate", "legislature", "regulator", "firm", "bank", "carrier",
}
PUBLISH_LEMMAS = {"post", "tweet", "write", "publish", "issue", "release", "send", "file", "put", "share", "sign", "deliver", "give", "air", "run"}
PRONOUNS_PERSON = {"he", "she", "him", "her", "his"}
PRONOUNS_GROUP = {"they", "it", "we", "them"}
PRONOUNS_FIRST = {"i", "we"}


def _pronoun_sex(pronoun: str) -> str:
    """The sex ("m" or "f") a he/she pronoun of :data:`PRONOUNS_PERSON` (lower case) gives."""
    return "m" if pronoun in {"he", "him", "his"} else "f"


OPEN_MARKS = {"“", "„", "«", "``"}
CLOSE_MARKS = {"”", "»"}
TOGGLE_MARKS = {'"', "''"}
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,300}>")
MARK_RE = re.compile(r"“|”|„|«|»|``|''|\"")
ALL_MARK_CHARS = "“”„«»\"'`"


@dataclass
class QSpan:
    """A quoted passage: inner bounds (inside the marks) and the marks' bounds."""

    open_start: int
    inner_start: int
    inner_end: int
    close_end: int
    continues: bool = False
    """The quote runs on into the next paragraph."""


# direction marks pasted in from social media ("\u202a”This is why …”"): no text
_BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"


def find_quoted(text: str) -> list[list[QSpan]]:
    """Quoted passages in ``text``, grouped so that a multi-paragraph quote is one group."""
    groups: list[list[QSpan]] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    # marks inside markup left in the text (<tweet id="…" author="…">) are not quotes
    tags = [(m.start(), m.end()) for m in _TAG.finditer(text)] if "<" in text else []
    carry = False
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        open_at: tuple[int, int] | None = None
        outer: tuple[int, int] | None = None
        nested: list[QSpan] = []
        first_in_para = True
        run_together = False  # pieces of one quote run together on this line (_reopens_unclosed)
        for m in MARK_RE.finditer(text, p_start, p_end):
            mark = m.group()
            if tags and any(a <= m.start() < b for a, b in tags):
                continue
            if mark == "''" and (m.start() > 0 and text[m.start() - 1].isalnum() and m.end() < len(text) and text[m.end()].isalnum()):
                continue
            is_open: bool
            if mark in OPEN_MARKS:
                # a “ typed for a ” ("... for her here,“ said Jim Clyburn", "called the KKK
                # “abhorrent“ in a tweet")
                is_open = not (
                    open_at is not None
                    and m.start() > 0
                    and (text[m.start() - 1] in ",.?!" or text[m.start() - 1].isalnum())
                    and (m.end() >= len(text) or text[m.end()].isspace() or text[m.end()] in ",.;:!?)")
                )
            elif mark in CLOSE_MARKS:
                # a ” typed for a “ opening a paragraph (”Fear. I am truly afraid …”), also
                # before the ellipsis of a quote taken up mid-sentence (” … what I learned)
                after = text[m.end() : m.end() + 5].lstrip(" \t")
                is_open = open_at is None and (
                    not text[p_start : m.start()].strip().strip(_BIDI)
                    and (text[m.end() : m.end() + 1].isalnum() or after.startswith(("…", "...")))
                    # (or mid-sentence, a space before it and a word right after: aides ”get close …”)
                    or text[m.start() - 1 : m.start()].isspace() and text[m.end() : m.end() + 1].isalpha()
                )
            elif open_at is not None and (reopens := _reopens_unclosed(text, open_at, m.start())) is not None:
                if reopens == "lead":
                    # "A. When asked, he said: "B.": the quote before the writer's lead-in
                    # lost its closing mark; where it ended is unknown, so it is left out
                    if run_together and groups:
                        groups[-1][-1].continues = False  # (and the pieces before it end there)
                    carry = first_in_para = run_together = False
                    open_at = (m.start(), m.end())
                    continue
                # "A. "B. "C." on one line: paragraphs of one quote run together, each
                # opening with a mark and only the last closing: each piece ends at its
                # sentence, and the quote goes on
                end = _end_before_space(text, open_at[1], m.start())
                span = QSpan(open_at[0], open_at[1], end, end, continues=True)
                if carry and first_in_para and groups:
                    groups[-1].append(span)
                else:
                    groups.append([span])
                carry = first_in_para = True
                open_at = (m.start(), m.end())
                run_together = True
                continue
            else:
                is_open = open_at is None
            if is_open:
                if open_at is not None and mark == "“" and text[open_at[0] : open_at[1]] in {"“", "\""} and outer is None:
                    # “… what he calls “hell” than …”, "… the question: “Do you …?” Yes": a
                    # quote nested in a quote
                    outer = open_at
                open_at = (m.start(), m.end())
                continue
            if open_at is None:
                continue
            if outer is not None:
                # the nested quote closes; the outer one goes on (kept as a quote of its own
                # only if the outer one never closes)
                nested.append(QSpan(open_at[0], open_at[1], m.start(), m.end()))
                open_at, outer = outer, None
                continue
            nested = []
            span = QSpan(open_at[0], open_at[1], m.start(), m.end())
            if carry and first_in_para and groups:
                groups[-1].append(span)
            else:
                groups.append([span])
            carry = False
            first_in_para = False
            open_at = None
        if nested and open_at is not None and _runs_on(text, paragraphs, p_index, open_at):
            # the outer quote opens its paragraph and the next paragraph opens another: one
            # quote over several paragraphs, each opening with a mark and only the last one
            # closing; what it quotes inside stays inside
            nested = []
        if nested:
            # an outer quote that never closed: the nested pairs are the quotes, as if the
            # first mark had not been there
            for span in nested:
                groups.append([span])
            carry = False
            first_in_para = False
            open_at = None
            outer = None
        if outer is not None:
            # “A “B … with neither closed: no pairing to trust, nothing runs on
            open_at, outer = None, None
        if open_at is not None:
            # Unclosed at the end of the paragraph: a multi-paragraph quote if the next
            # paragraph opens a quote again.
            nxt = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
            next_mark = text[nxt[0] : nxt[0] + 2].lstrip()[:1] if nxt is not None else ""
            next_opens = next_mark in {"“", '"', "'", "`", "„", "«"} and not _other_kind(
                text[open_at[0] : open_at[1]], next_mark
            )
            fragment = text[open_at[1] : open_at[1] + 1].islower() and text[p_start : open_at[0]].rstrip()[-1:].isalpha()
            if fragment and next_opens:
                # "said the plan is “really a half-built bridge." with its closing mark
                # forgotten: a fragment inside a sentence does not run on into the next
                # paragraph's quote; it ends with its paragraph
                groups.append([QSpan(open_at[0], open_at[1], p_end, p_end)])
                carry = False
            elif next_opens:
                span = QSpan(open_at[0], open_at[1], p_end, p_end, continues=True)
                if carry and first_in_para and groups:
                    groups[-1].append(span)
                else:
                    groups.append([span])
                carry = True
            else:
                if run_together and carry and first_in_para and groups:
                    groups[-1].append(QSpan(open_at[0], open_at[1], p_end, p_end))  # its last piece, never closed
                carry = False
        elif not first_in_para:
            carry = False
    out = []
    for g in groups:
        g = [_trim(text, q) for q in g]
        g = [q for q in g if q.inner_end > q.inner_start]
        if len(g) == 1 and _NICKNAME.fullmatch(text[g[0].inner_start : g[0].inner_end]) and (
            _NAME_BEFORE.search(text, max(0, g[0].open_start - 20), g[0].open_start) and _NAME_AFTER.match(text, g[0].close_end)
        ):
            continue  # Marcia "Cia" Price: a nickname inside a name, not a quotation
        if g:
            out.append(g)
    return out


def _reopens_unclosed(text: str, open_at: tuple[int, int], at: int) -> str | None:
    """Does the straight mark at ``at``, with the straight quote ``open_at`` still open, open
    a quote rather than close that one? It does when, like an opening mark, it has a space
    before it and a capital letter after it, and the open quote's words end a sentence
    before that space ("launch." would close it): "piece" when they end with a full stop,
    "!" or "?" (the next piece of one quote: "… missile launch. "The UK …"), "lead" when
    with a colon (the writer's lead-in to a quote of its own: "… When asked, Mr Bradbury
    said: "Not really."); None otherwise."""
    if text[open_at[0] : open_at[1]] != '"' or text[at] != '"' or not text[at - 1 : at].isspace():
        return None
    if not text[at + 1 : at + 2].isupper():
        return None
    inner = text[open_at[1] : at].rstrip()
    if len(inner.split()) < 3:
        return None
    return "piece" if inner[-1:] in {".", "!", "?"} else "lead" if inner[-1:] == ":" else None


def _runs_on(text: str, paragraphs: list[tuple[int, int]], p_index: int, open_at: tuple[int, int]) -> bool:
    """The mark at ``open_at``, left open, opens its paragraph; the paragraphs after it open
    with a mark of the same kind and one of them ends closing it; and the paragraph before
    the first of them ends with a speech verb and a colon ("Dr. Ward stated:"): one quote
    running over paragraphs. (Paragraphs that each open with a mark after no such lead are
    often an excerpt pasted with a sign at each paragraph, a transcript or an article, whose
    inner quotes are the quotes.)"""
    opened = text[open_at[0] : open_at[1]]

    def opens_same(k: int) -> bool:
        mark = text[paragraphs[k][0] : paragraphs[k][0] + 2].lstrip()[:1]
        return mark in {"“", '"'} and not _other_kind(opened, mark)

    def closes(k: int) -> bool:
        return text[paragraphs[k][0] : paragraphs[k][1]].rstrip()[-1:] in {'"', "”"}

    if text[paragraphs[p_index][0] : open_at[0]].strip().strip(_BIDI):
        return False
    first = p_index
    while first > 0 and opens_same(first - 1) and not closes(first - 1):
        first -= 1
    if first == 0:
        return False
    lead = text[paragraphs[first - 1][0] : paragraphs[first - 1][1]].rstrip()
    last_sentence = re.split(r"[.!?]\s", lead)[-1]
    if not lead.endswith(":") or not any(w.lower() in _CUE_FORMS for w in re.findall(r"[A-Za-z]+", last_sentence)):
        return False
    for k in range(p_index + 1, min(p_index + 30, len(paragraphs))):
        if not opens_same(k):
            return False
        if closes(k):
            return True
    return False


def _other_kind(opened: str, reopened: str) -> bool:
    """A straight mark left open and a curly one opening the next paragraph (or the other
    way round) are not one quote running on: a text types its quotes one way, and a stray "
    opening each pasted paragraph is a blockquote sign."""
    return {opened, reopened} == {'"', "“"}


_NICKNAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_NAME_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]\.)[ \t]$")
_NAME_AFTER = re.compile(r"[ \t][A-Z][a-z]+(?![\w-]|[ \t][A-Z])")  # not a Title-Case headline going on


def _modifies_next_noun(doc: Doc, toks: _Tokens, q: QSpan, inner: list[Token], after_i: int) -> bool:
    """Do the quoted words ``inner`` modify the token ``after_i`` right after the closing
    mark, a common noun? By the parse, or, where the parse broke the phrase, by its shape:
    "a" or "an" before the opening mark."""
    noun = doc[after_i]
    if noun.pos_ != "NOUN":
        return False
    if any(t.head.i == after_i for t in inner):
        return True
    open_i = toks.first_from(q.open_start)
    if noun.tag_ in {"NN", "NNS"} and _possessor_before(doc, open_i) is not None:
        return True  # "Neil Portnow's controversial “step up” remarks", the parse reading "step" as a verb
    return open_i > 0 and doc[open_i - 1].lower_ in {"a", "an"} and noun.tag_ in {"NN", "NNS"}


def _possessor_before(doc: Doc, open_i: int) -> Token | None:
    """The name whose possessive comes right before the opening mark at token ``open_i``, or
    before one adjective there ("Portnow's “step up”", "Portnow's controversial “step up”"),
    else None."""
    i = open_i - 1
    if i >= 0 and doc[i].pos_ == "ADJ":
        i -= 1
    if i >= 1 and doc[i].lower_ in {"'s", "’s"} and doc[i - 1].pos_ == "PROPN":
        return doc[i - 1]
    return None


def _owner_of_words_named(doc: Doc, toks: _Tokens, q: QSpan, inner: list[Token], after_i: int) -> Token | None:
    """The name owning the words or saying the quoted words name ("condemned Portnow's “step
    up” suggestion": Portnow's words, not those who condemn them), else None. Not words that
    only qualify the saying, someone else's ("Trump’s “mean-spirited” comments")."""
    if after_i >= len(doc) or doc.text[q.close_end : doc[after_i].idx].strip() or not _modifies_next_noun(doc, toks, q, inner, after_i):
        return None
    noun = doc[after_i]
    if noun.lemma_.lower() not in SPEECH_NOUNS | WORD_NOUNS | PLEDGE_NOUNS:
        return None
    if any(t.head.i == after_i and t.dep_ == "amod" for t in inner):
        return None  # (what someone calls the words: "Trump’s “divisive” and “mean-spirited” comments", Clinton's)
    open_i = toks.first_from(q.open_start)
    # (however the parse hung the possessive: "following Neil Portnow's controversial “step up” remarks")
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or _possessor_before(doc, open_i)
    return owner if owner is not None and owner.pos_ == "PROPN" and owner.i < open_i else None


def _name_before_parenthesis(doc: Doc, toks: _Tokens, q: QSpan) -> Token | None:
    """The name a quote in parentheses right after it belongs to, in a list of who said
    what ("Pink (“Women in music don't need to ‘step up’ …”), Sheryl Crow and Charli XCX all
    condemned …": Pink's words), else None."""
    open_i, after_i = toks.first_from(q.open_start), toks.first_from(q.close_end)
    if open_i < 2 or after_i >= len(doc) or doc[open_i - 1].text != "(" or doc[after_i].text != ")":
        return None
    name = doc[open_i - 2]
    return name if name.text[:1].isupper() and name.ent_type_ in {"PERSON", "ORG"} else None  # (a name the parse may read as a noun: "Pink")


def _end_before_space(text: str, lo: int, end: int) -> int:
    """``end`` moved back over the white space before it, not past ``lo``."""
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end


def _trim(text: str, q: QSpan) -> QSpan:
    s, e = q.inner_start, q.inner_end
    while s < e and text[s].isspace():
        s += 1
    return QSpan(q.open_start, s, _end_before_space(text, s, e), q.close_end, q.continues)


@dataclass
class _Found:
    kind: str
    pieces: list[tuple[int, int]]
    cue: Token | None = None
    cue_end_tok: Token | None = None
    subject: Token | None = None
    speaker_bounds: tuple[int, int] | None = None
    """Token span of the speaker as written, when the format sets it apart ("Jane Doe: “…”");
    else it is read off the parse around ``subject``."""
    context: tuple[int, int] | None = None
    inherited: _Found | None = None
    marks: list[QSpan] = field(default_factory=list)
    context_pieces: list[tuple[int, int]] = field(default_factory=list)
    topic_only: bool = False
    """A question put by someone the text never names ("Asked whether he still believes …"):
    no one's words, only what was talked about. It is found, so that no cue inside it is
    read as a report of its own, and dropped before the quotes are made."""


def _embedded(text: str, q: QSpan) -> bool:
    """Is ``q`` a short name or phrase quoted in the middle of a clause, with words on both
    sides ("wearing “Team Brandt” campaign pins", "a “No-B.S.” barbecue", "what he calls the
    ''crooked'' process")? Inside a quote's cue clause it is part of the frame, not the end
    of the clause nor a quote that takes the cue."""
    if len(text[q.inner_start : q.inner_end].split()) > 5:
        return False
    before = text[max(0, q.open_start - 2) : q.open_start]
    after = text[q.close_end : q.close_end + 2]
    return len(before) == 2 and before[0].isalnum() and before[1] == " " and len(after) == 2 and after[0] == " " and after[1].isalnum()


class _Tokens:
    """Char offset -> token index lookups for one doc."""

    def __init__(self, doc: Doc, text: str, furniture: Sequence[tuple[int, int]] = ()) -> None:
        self.doc = doc
        self.text = text
        self.length = len(text)
        self.starts = doc.to_array([IDX]).tolist() if len(doc) else []
        self.sent_starts = [s.start_char for s in doc.sents]
        self.sents = list(doc.sents)
        # sentences wholly inside the page's furniture (a newsletter box between two
        # paragraphs of the story)
        self.furniture = [any(a <= s.start_char and s.end_char <= b for a, b in furniture) for s in self.sents]

    def window_start(self, sent_i: int, n: int) -> int:
        """Where the ``n`` sentences of the story before sentence ``sent_i`` start (the
        page furniture between them not counted)."""
        i = sent_i
        while n > 0 and i > 0:
            i -= 1
            n -= not self.furniture[i]
        return self.sent_starts[i] if self.sent_starts else 0

    def at(self, char: int) -> int:
        """Index of the token containing (or the last one starting before) ``char``."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def first_from(self, char: int) -> int:
        return bisect.bisect_left(self.starts, char)

    def sent_index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def sent_after(self, char: int) -> Span | None:
        """The sentence after the one holding ``char``, or None at the end."""
        si = self.sent_index(char) + 1
        return self.sents[si] if si < len(self.sents) else None


def _skip_lead(doc: Doc, lo: int, hi: int) -> int:
    """The first token from ``lo`` (before ``hi``) that is neither punctuation nor space, or
    a quotation mark opening a name closed before ``hi`` (“Mad Men” actor Jon Hamm split …,
    according to …: the reported clause opens with the mark, not inside it; a quoted
    sentence, “No,” replied …, is a quote of its own, its mark left out as before)."""
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space) and not (_opens(doc[lo]) and _closes_a_name(doc, lo, hi)):
        lo += 1
    return lo


def _closes_a_name(doc: Doc, open_i: int, hi: int) -> bool:
    """Does the mark at ``open_i`` close before ``hi`` on a word (“Mad Men”), not on the
    punctuation that ends a quoted sentence (“No,”)?"""
    close = next((j for j in range(open_i + 1, hi) if _closes(doc[j])), None)
    return close is not None and close > open_i + 1 and not doc[close - 1].is_punct


def _trailing(tok: Token) -> bool:
    """Punctuation or space trimmed from the end of a span ("15%" keeps its sign)."""
    return tok.is_space or (tok.is_punct and tok.text != "%")


def _is_cue(tok: Token, strict: bool = False) -> bool:
    if tok.pos_ not in {"VERB", "AUX"} and not (tok.pos_ == "NOUN" and (tok.lemma_ in {"tweet", "post"} or _read_as_noun(tok))):
        return False
    lemma = tok.lemma_.lower()
    if lemma in PUT_IT_LEMMAS:
        # "as Amar put it, “…”", "as Wendt phrased it"
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    if lemma in {"shoot", "fire", "hit", "push", "snap"}:
        # "“…,” shot back Trump", "she fired back"
        return any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in tok.children)
    if lemma not in CUE_LEMMAS:
        return False
    if lemma in {"call", "name"} and tok.head.i > tok.i and tok.head.lemma_ in SAY_LEMMAS and not any(
        c.dep_ in {"dobj", "oprd", "xcomp", "prep", "ccomp"} and c.i > tok.i for c in tok.children
    ):
        return False  # "“…,” one user called 80 Hou Bu Huai wrote": who the user is, named; the verb after it cues
    if lemma == "add" and _adds_a_thing(tok):
        return False  # "Bell added a 10-yard TD run": adding a thing says nothing
    if lemma == "say" and any(c.dep_ == "dobj" and c.lower_ in _SAY_NOTHING for c in tok.children):
        return False  # "Say goodbye to “No risk it, no biscuit.”": a leave-taking, nothing said
    if _goes_without_saying(tok):
        return False
    return not (strict and lemma in WEAK_DIRECT)


def _adds_a_thing(verb: Token) -> bool:
    """Does the verb "add", after its subject, take a thing for its object ("Bell added a
    10-yard TD run", "the firm added 300 jobs"), not words ("added a caveat"), nothing
    ("“…,” he added") or, as the parse may read it, the one who speaks after the words
    ("“…,” added the spokesman")?"""
    return any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) and any(
        c.dep_ == "dobj" and c.i > verb.i
        and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children))
        # (not the words themselves, nor what holds them: "added the hashtag “#familyof5”")
        and not _opened_before(c) and not any(t.is_quote or t.lemma_.lower() in _ADDED_WORDS for t in c.subtree)
        for c in verb.children
    )


def _read_as_noun(tok: Token) -> bool:
    """"The first tweet read: “…”": the small model reads the verb as a noun, the root of the
    sentence, with the document for its subject."""
    return tok.lower_ in {"read", "reads"} and any(c.dep_ == "nsubj" and c.lemma_.lower() in DOC_NOUNS for c in tok.children)


def _goes_without_saying(tok: Token) -> bool:
    """"It goes without saying that …" (the "goes" or the "saying"), "we would say it's safe
    to assume …", "That said, …" ("That being said", "Having said that", for "even so"): the
    writer's idiom or hedge, nothing anyone said."""
    if _that_said(tok):
        return True
    if tok.lemma_ == "go":
        return any(c.lower_ == "without" and any(g.lemma_ == "say" for g in c.children) for c in tok.children)
    if tok.lemma_ == "say" and any(c.dep_ == "aux" and c.lower_ in {"would", "'d", "’d"} for c in tok.children):
        return any(c.dep_ == "nsubj" and c.lower_ in {"we", "i"} for c in tok.children)
    return tok.lemma_ == "say" and tok.head.lower_ == "without" and tok.head.head.lemma_ == "go"


def _that_said(tok: Token) -> bool:
    """Is ``tok`` the "said" of "That said," "That being said," or "Having said that,", words
    the writer turns on (for "even so"), a comma after them (not "Having said that he would
    resign, Okafor …")?"""
    doc = tok.doc
    if tok.lower_ != "said" or tok.i < 1:
        return False
    before = doc[tok.i - 1].lower_
    if before == "being" and tok.i >= 2:
        before = doc[tok.i - 2].lower_
    if before == "that":
        # (the demonstrative opening a clause, not a relative pronoun: "a message that said, “…”")
        that = doc[tok.i - 1] if doc[tok.i - 1].lower_ == "that" else doc[tok.i - 2]
        opens = that.is_sent_start or that.i > 0 and doc[that.i - 1].lower_ in {"but", "and", "with", "all", "yet", "still", "so"}
        return opens and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","
    return before == "having" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "that" and doc[tok.i + 2].text == ","


def _helps_explain(verb: Token) -> bool:
    """"They help explain how people …", "The figures helped explain why …": a thing that
    accounts for something, the writer's reasoning, not someone explaining (not "Okafor helped
    explain the plan", a person's)."""
    if verb.lemma_ != "explain" or verb.dep_ not in {"xcomp", "ccomp"} or verb.head.lemma_ != "help":
        return False
    subj = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is None or subj.lower_ in {"it", "they", "this", "that", "these", "those", "which"} or _thing(subj)


def _no_one_in_particular(subj: Token) -> bool:
    """"Don't let anyone tell you this is …", "Nobody says the plan is perfect": a speaker
    that is no one, whom the writer supposes or denies; no words anyone said."""
    return subj.lower_ in {"anyone", "anybody", "nobody"} or subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children)


_ADDRESSED = frozenset({"tell", "ask", "remind", "inform", "warn", "assure", "answer", "thank"})
"""Verbs of saying whose object is the one spoken to ("told reporters")."""


_INDUCING = frozenset({
    "entice", "prompt", "push", "lead", "force", "encourage", "spur", "tempt", "persuade", "cause", "drive",
    "pressure", "convince", "inspire", "provoke", "move",
})
"""Verbs of bringing someone to do something ("may entice shareholders to demand …")."""


def _induced_hypothetically(verb: Token) -> bool:
    """"The revised offer may entice shareholders to demand that …": what someone might be
    brought to say, which the writer supposes; no one has said it (a "would", "could", "may"
    or "might" on the verb of bringing them to it); nor have those asked to say it ("Observers
    are being encouraged to report what they saw")."""
    head = verb.head
    if verb.dep_ != "xcomp":
        return False
    if head.lemma_ in {"encourage", "urge", "ask", "invite", "advise"} and any(c.dep_ == "auxpass" for c in head.children):
        return True
    return head.lemma_ in _INDUCING and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


_SAY_NOTHING = frozenset({"goodbye", "good-bye", "bye", "farewell", "adieu", "hello", "yes", "no", "grace"})
"""What one says that reports no words: "say goodbye to …", "said yes to the deal"."""


def _phrasal_target(verb: Token, prep: Token) -> Token | None:
    """The one a phrasal verb of attack is aimed at ("gone after the mayor", "lashed out at
    the mayor", "railed against him"), or None."""
    if prep.head.i != verb.i or prep.dep_ != "prep" or (verb.lemma_.lower(), prep.lower_) not in REGARD_PHRASAL:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _regards_as(verb: Token, child: Token) -> bool:
    """"pounding Trump as a “con artist”", "likened the refugees to a “vicious snake”", "has
    gone after the mayor as a “human leech”": a verb of judging, its object (or the one it
    is aimed at), and the quoted label after "as" (or "to"), said by a subject who can say it."""
    lemma = verb.lemma_.lower()
    return (
        verb.pos_ == "VERB" and child.dep_ == "prep" and child.i > verb.i
        and (
            lemma in REGARD_LEMMAS and (child.lower_ == "as" or child.lower_ in {"to", "with"} and lemma in LIKEN_LEMMAS)
            and any(c.dep_ == "dobj" and verb.i < c.i < child.i for c in verb.children)
            or child.lower_ == "as" and any(verb.i < c.i < child.i and _phrasal_target(verb, c) is not None for c in verb.children)
        )
        and _animate(_subject(verb))
    )


def _misparsed_main_verb(verb: Token) -> bool:
    """"Beruff, a Scott ally, called Florida’s standards “strong.”": the small model reads
    the verb after the apposition (or relative clause) as a reduced relative ("a man called
    …") in a sentence left with a noun for its root. A cue so read, after a comma, in such a
    sentence is its main verb, the root noun its subject (not "a website called “Save the
    Pier”", whose sentence has a verb); so is one hung on the subject of a quoted root noun,
    or on the noun opening a clause after a semicolon (:func:`_misparsed_subject`)."""
    return _misparsed_subject(verb) is not None


def _misparsed_subject(verb: Token) -> Token | None:
    """The subject of a cue :func:`_misparsed_main_verb` reads as the main verb: the root
    noun before it, or the root's subject that the verb hangs on ("The campaign called the
    report a “rush to judgment”", the quoted noun read as the root); else None."""
    if not (verb.dep_ in {"acl", "relcl"} and verb.tag_ in {"VBN", "VBD"} and verb.lemma_ in CUE_LEMMAS and verb.left_edge.i > 0):
        return None  # (before the sentence's root is looked up: _subject asks of every cue)
    if verb.dep_ == "relcl" and (verb.left_edge.i == verb.i or _own_subject(verb)):
        return None
    root = verb.sent.root
    if verb.doc[verb.left_edge.i - 1].text == ",":
        # (its setting may come first: "Ryan, the nation's highest-ranking Republican, on
        # Tuesday called …", read as a relative clause)
        return root if root.i < verb.i and root.pos_ in {"PROPN", "NOUN"} and _speaker_like(root) else None
    head = verb.head
    if head.dep_ == "nsubj" and head.head.i == root.i and root.pos_ in {"PROPN", "NOUN"} and root.i > verb.i and _animate(head):
        return head
    if head.i == verb.i - 1 and head.left_edge.i > 0 and verb.doc[head.left_edge.i - 1].text == ";" and _animate(head):
        return head  # "…; one lawmaker called Trump “…”": a clause of its own after a semicolon
    return None


def _name_after_inverted_cue(cue: Token) -> Token | None:
    """The name after a cue that follows its reported clause and a comma, which the parse
    made the subject of what comes after the name ("…, said terminal manager Jasper Hall,
    ready to move the trucks": Hall read as the subject of "ready"); None otherwise."""
    doc = cue.doc
    if cue.lemma_ not in SAY_LEMMAS or cue.i == 0 or doc[cue.i - 1].text != "," or any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children):
        return None
    if not any(c.dep_ in {"ccomp", "advcl"} and c.i < cue.i for c in cue.children):
        return None
    j = cue.i + 1
    while j < len(doc) and j - cue.i <= 4 and doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"}:
        j += 1  # role words: "terminal manager"
    k = j
    while k + 1 < len(doc) and doc[k].pos_ == "PROPN" and doc[k + 1].pos_ == "PROPN":
        k += 1
    name = doc[k] if k < len(doc) else None
    if name is None or name.pos_ != "PROPN" or name.dep_ not in {"nsubj", "nsubjpass"} or name.head.i < k:
        return None
    return name if k + 1 < len(doc) and doc[k + 1].text == "," else None


def _object_after_inverted_cue(cue: Token) -> Token | None:
    """The speaker after a cue that follows its reported clause and a comma, which the parse
    made the cue's object ("… took the incident as an attack, reported French media, adding
    …": the media report it); None otherwise."""
    doc = cue.doc
    if cue.lemma_ not in SAY_LEMMAS | {"report"} or cue.tag_ not in {"VBD", "VBZ"} or cue.i == 0 or doc[cue.i - 1].text != ",":
        return None
    if cue.dep_ != "conj" or cue.head.i > cue.i or any(c.dep_ in {"nsubj", "nsubjpass", "ccomp"} for c in cue.children):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == cue.i + 1), None)
    if obj is None or obj.right_edge.i + 1 >= len(doc) or doc[obj.right_edge.i + 1].text not in {",", "."}:
        return None
    return obj if obj.tag_ in {"NNS", "NNPS"} or obj.ent_type_ in {"ORG", "NORP", "PERSON"} or obj.lemma_.lower() in {"media", "press"} else None


def _words_of(prep: Token) -> Token | None:
    """Whose words "in the words of X" / "in X's words" / "in her words" names, when
    ``prep`` is that phrase's "in"; else None."""
    if prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    words = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "words"), None)
    if words is None:
        return None
    owner = next((c for c in words.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in words.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if owner is None:
        # "in Forbes’ words" read as two objects of "in"
        owner = next((c for c in prep.children if c.dep_ == "pobj" and c.i < words.i and c.pos_ == "PROPN"), None)
    return owner


_POLL_NOUNS = frozenset({"poll", "survey"})


def _poll_in(prep: Token) -> Token | None:
    """The poll that "In a poll, …" / "In the latest CNN survey, …" names, when ``prep`` is
    that phrase's "in", opening its sentence and set off by a comma: the finding that follows
    is the poll's ("In a CNN poll, Clinton leads by 24 points"); else None. Inside a sentence
    ("Trump is ahead in the polls", "a drop in the polls") the phrase mostly says where
    someone stands: taking those too was measured on PolNeAR train and a quarter of them were
    attributions."""
    if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.lemma_ in CUE_LEMMAS or prep.i != prep.sent.start:
        return None
    end = prep.right_edge.i + 1
    if end >= len(prep.doc) or prep.doc[end].text != ",":
        return None
    return next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _POLL_NOUNS), None)


def _quoted_as_saying(verb: Token) -> Token | None:
    """The one ``verb`` quotes as saying something ("quoted him as saying", "quoting a
    witness as saying"), or cites by name ("…,” Reuters cited the Amaq, IS-affiliated
    website): the words are theirs, whoever quotes them. None otherwise."""
    if verb.lemma_ == "cite" and verb.tag_ in {"VBD", "VBZ", "VBP"}:
        # (the words a clause of their own, not what is cited: 'cited "security concerns"',
        # 'cited the New York Times poll showing him ahead')
        source = next((c for c in verb.children if c.dep_ == "dobj"), None)
        words = any(c.dep_ == "ccomp" for c in verb.children) or _as_saying(verb)
        if words and source is not None and any(t.pos_ == "PROPN" for t in source.subtree) and not any(t.is_quote for t in source.subtree):
            return source if source.pos_ == "PROPN" else next(t for t in source.subtree if t.pos_ == "PROPN")  # (the name of "the Amaq website")
        return None
    if verb.lemma_ != "quote":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None) if _as_saying(verb) else None


def _quoting_whom(cue: Token) -> Token | None:
    """The person a cue after words in marks goes on to say it is quoting ("“…,” the Korean
    Central News Agency said, quoting the agency director who was not identified by name"):
    the words are theirs, the medium relays them. None otherwise, and for words not in marks
    ("…, the paper said, quoting officials": the paper's report) or a source that is no
    person ("quoting a statement")."""
    if cue.lemma_ not in SAY_LEMMAS | {"report"}:
        return None
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    first = min(cue.i, subj.left_edge.i) if subj is not None else cue.i
    if first < 2 or not (cue.doc[first - 1].text == "," and cue.doc[first - 2].is_quote or cue.doc[first - 1].is_quote):
        return None
    quoting = next((c for c in cue.children if c.dep_ == "advcl" and c.lemma_ == "quote" and c.tag_ == "VBG" and c.i > cue.i and not _as_saying(c)), None)
    source = next((c for c in quoting.children if c.dep_ == "dobj"), None) if quoting is not None else None
    if source is None or not (source.lemma_.lower() in HUMAN_NOUNS or source.pos_ == "PROPN" and source.ent_type_ == "PERSON"):
        return None
    return source


def _subject_read_as_conjunct(cue: Token) -> Token | None:
    """The subject of a cue coordinated with an earlier clause that the parse took into the
    phrase before it, as another conjunct there ("Hue Jackson is expected to remain with the
    Browns despite their 0-16 season and the Denver Broncos have assured Vance Joseph …": the
    Broncos, read as a second thing "despite" governs). None otherwise."""
    if cue.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children):
        return None
    aux = [c for c in cue.children if c.dep_ == "aux" and c.i < cue.i]
    if not aux or aux[0].i < 2 or aux[0].tag_ not in {"VBZ", "VBP", "VBD", "MD"}:
        return None
    noun = cue.doc[aux[0].i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in {"PROPN", "NOUN"} or noun.head.i == cue.i or noun.head.i > noun.i:
        return None
    left = noun.left_edge.i
    return noun if left > 0 and cue.doc[left - 1].lower_ == "and" and cue.doc[left - 1].head.i == noun.head.i else None


def _as_saying(verb: Token) -> bool:
    """Does ``verb`` take "as saying" ("quoted him as saying")?"""
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and g.lemma_ in SAY_LEMMAS for g in c.children)
        for c in verb.children
    )


def _subject(cue: Token) -> Token | None:
    """The speaker token of a cue (a verb of saying, "according to", "in the words of", a
    poll): the one "according to" names; else the first of :data:`_SPEAKER_READINGS` that
    names someone; else the cue's own subject (:func:`_own_subject_reading`); else the
    subject of the clause the cue hangs on (:func:`_governing_speaker`,
    :func:`_coordinated_speaker`); else where a misparse hung it (:func:`_hung_speaker`);
    else a subject inside a closed quote, the last resort."""
    if cue.lower_ == "according":
        return _according_source(cue)
    for reading in _SPEAKER_READINGS:
        if (speaker := reading(cue)) is not None:
            return speaker
    speaker, misparsed, in_quote, impersonal = _own_subject_reading(cue)
    if speaker is not None:
        return speaker
    if impersonal:
        return None  # "It comes after it was suggested Kim could …": no one is said to say it
    if (speaker := _governing_speaker(cue)) is not None:
        return speaker
    if cue.dep_ in {"conj", "xcomp", "advcl"} and cue.head.i != cue.i:
        if _writers_aside(cue):
            return None  # "it is safe to say that …", "needless to say": the writer's own words
        speaker, in_quote = _coordinated_speaker(cue, in_quote)
        if speaker is not None:
            return speaker
    return _hung_speaker(cue, misparsed) or in_quote


def _aged(tok: Token) -> bool:
    """Is ``tok`` "old" of a person named by their age ("the 21-year-old", "the 47 year old"),
    as a subject, or as the parse sometimes reads it, a modifier of the verb ("The 23-year-old
    added that …")?"""
    return _year_old(tok) and (tok.dep_ in {"nsubj", "nsubjpass"} or tok.dep_ == "amod" and tok.head.pos_ in {"VERB", "AUX"} and tok.i < tok.head.i)


def _year_old(tok: Token) -> bool:
    """Is ``tok`` the "old" of "21-year-old" or "47 year old"?"""
    return tok.lower_ == "old" and any(c.lower_ in {"year", "years"} and c.i < tok.i for c in tok.children)


def _age_read_as_modifier(cue: Token) -> Token | None:
    """"The 23-year-old added that …" read with "old" modifying the verb, which has no subject:
    the one of that age speaks."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ == "amod" and _aged(c)), None)


def _noun_before_relative(cue: Token) -> Token | None:
    """"A representative for the United Synagogue, of which Hannah and Ari were both involved,
    confirmed …" read with the verb coordinated inside the relative clause and the sentence
    left with a noun for its root: the root noun, the relative clause set off before the verb
    by a comma, speaks."""
    if cue.dep_ != "conj" or cue.i == 0 or cue.doc[cue.i - 1].text != ",":
        return None
    relative = cue.head
    noun = relative.head
    if relative.dep_ != "relcl" or noun.dep_ != "ROOT" or noun.pos_ != "NOUN" or not noun.i < relative.i < cue.i:
        return None
    doc = cue.doc
    # (the relative word after a comma, on its own or after its preposition: "…, of which")
    opened = any(t.tag_ in {"WDT", "WP", "WP$"} and "," in {doc[t.i - 1].text, doc[t.i - 2].text} for t in doc[noun.i + 2 : relative.i])
    return noun if opened else None


def _name_read_as_compound(cue: Token) -> Token | None:
    """"“Okafor,” Holm joked": the name before the verb, which the parse read as a noun's first part."""
    if cue.tag_ not in {"VBD", "VBZ"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ == "compound" and c.i == cue.i - 1 and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)


def _shown_at_the_close(cue: Token) -> Token | None:
    """"The spot concludes with footage of Okafor saying …, “…”": how it ends; the words are
    the one it shows saying them."""
    if cue.lemma_ not in {"conclude", "begin", "open", "close", "end"}:
        return None
    shown = next(
        (t for c in cue.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree if t.tag_ == "VBG" and t.lemma_ in SAY_LEMMAS),
        None,
    )
    return next((c for c in shown.children if c.dep_ == "nsubj"), None) if shown is not None else None


def _asker(cue: Token) -> Token | None:
    """"Asked by Thrush if Clinton “gets” race, Sharpton …": the one who asks, named as the agent."""
    return _agent_of(cue) if cue.lemma_ == "ask" and cue.tag_ == "VBN" else None


_ITEM_NUMBER = re.compile(r"\d{1,2}(?=(?:A|An|The|[A-Z][a-z]+)\b)")
"""The number a numbered caption or list puts against its first word, typed with no space
("4A video showed …", "2People took cover"; not "3M", a name)."""


_SOME = frozenset({"some", "many", "several", "few", "most", "other", "all", "both"})
"""Words for some of a group ("with some drivers … claiming")."""


def _with_absolute(cue: Token) -> Token | None:
    """"… in the 28th lap with some drivers, including Lewis Hamilton, claiming conditions
    were “fine”": the subject of a participle is the people "with" takes right before it,
    some or a number of a group, not the sentence's subject (whatever the parse hung the
    participle on)."""
    if cue.tag_ != "VBG" or cue.dep_ not in {"advcl", "acl"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children):
        return None
    i = cue.i - 1
    while i >= 0 and cue.doc[i].text == ",":
        i -= 1
    for t in cue.doc[cue.sent.start : i + 1]:
        if t.lower_ == "with" and t.dep_ == "prep" and t.head.pos_ == "NOUN":
            noun = next((c for c in t.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.right_edge.i == i and _people_plural(noun) and any(
                c.dep_ in {"det", "amod", "nummod"} and (c.lower_ in _SOME or c.like_num) for c in noun.children
            ):
                return noun  # (some of a group: not "meeting with fellow commanders, observing training")
    return None


def _according_source(cue: Token) -> Token | None:
    """Who "according to X" names; None for "according to plan"."""
    to = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None and cue.i + 1 < len(cue.doc) and cue.nbor(1).lower_ == "to":
        to = cue.nbor(1)
    source = next((p for p in to.children if p.dep_ == "pobj"), None) if to is not None else None
    if source is not None and source.lemma_.lower() in _NO_SOURCE and not list(source.children):
        return None  # "If all goes according to plan": as planned, no one's words
    return source


def _reports_according_to(cue: Token) -> Token | None:
    """Who the "according to" of a cue whose subject is reports of no one's names: "Early
    reports … indicated it was launched from …, according to the South Korean military" are
    the military's. None otherwise, and for a document of its own, which the "according to"
    only relays ("the resolution says, according to Channel 4")."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() != "report" or subj.tag_ != "NNS" or _document_owner(subj) is not None:
        return None
    if any(c.dep_ == "det" for c in subj.children):
        return None  # (not "the reports", which the text has named)
    according = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "according" and c.i > cue.i), None)
    return _according_source(according) if according is not None else None


_SPEAKER_READINGS: tuple[Callable[[Token], Token | None], ...] = (
    _words_of,  # "in the words of X", "in X's words"
    _reports_according_to,  # "Early reports indicated …, according to the military"
    _poll_in,  # "In a CNN poll, …"
    _misparsed_subject,  # "Beruff, a Scott ally, called …" read as "a man called …"
    _name_after_inverted_cue,  # "…, said terminal manager Jasper Hall, ready to …"
    _object_after_inverted_cue,  # "…, reported French media, adding …"
    _name_read_as_compound,
    _age_read_as_modifier,
    _noun_before_relative,
    _shown_at_the_close,
    _asker,
    _with_absolute,  # "with some drivers … claiming …"
    _quoted_as_saying,  # "“…,” the newspaper quoted him as saying": his words
    _quoting_whom,  # "“…,” the agency said, quoting its director": the director's words
    _subject_read_as_conjunct,  # "… despite their 0-16 season and the Denver Broncos have assured …"
)
"""Readings of a cue's phrase that name its speaker before its grammatical subject does, in
order: the first that names someone is the speaker."""


def _own_subject_reading(cue: Token) -> tuple[Token | None, bool, Token | None, bool]:
    """The cue's own subject as the speaker, with what the reading found on the way: whether
    the subject the parse gave is a misparse to look past, a subject inside a closed quote
    (the last resort), and whether the cue is impersonal ("it was suggested"): (speaker,
    misparsed, in_quote, impersonal)."""
    misparsed = False
    in_quote: Token | None = None  # a subject inside a closed quote, the last resort
    subjects = [c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) > 1:
        # two subjects are a misparse, the nearer the speaker ("Holding signs calling
        # Christie “…,” the protesters chanted": not the signs)
        subjects.sort(key=lambda c: abs(c.i - cue.i))
        # (but a role set off after a name is the name's apposition, read as a second subject:
        # "Park Soo-hyun, the spokesman for South Korean President Moon Jae-in, said")
        # (nor the end of a title in the name's apposition: "Brian Harvey, space analyst and
        # author of China in Space: The Great Leap Forward said")
        named = [
            n for n in subjects if n.ent_type_ == "PERSON" and n.pos_ == "PROPN"
            and any(
                r.pos_ == "NOUN" and r.left_edge.i >= 2 and cue.doc[r.left_edge.i - 1].text == "," and r.left_edge.i - 2 == n.i
                or r.i > n.i and any(c.dep_ == "appos" for c in n.children) and cue.doc[r.left_edge.i - 1].text == ":"
                for r in subjects
            )
        ]
        subjects = named or subjects
        # (nor a name the parse split off the end of the other subject's relative clause:
        # "One victim who spoke with German channel n-tv accused police", not n-tv)
        near, far = subjects[0], subjects[-1]
        if far.i < near.i and any(r.dep_ == "relcl" and r.right_edge.i + 1 == near.left_edge.i for r in far.children):
            subjects = [far] + [c for c in subjects if c.i != far.i]
        elif far.i < near.i and any(
            m.dep_ == "mark" and m.lower_ in {"after", "before"} and far.i < m.i and m.i + 1 == near.left_edge.i for m in cue.children
        ):
            # (nor the object of a preposition read as a clause's subject: "A White House
            # statement after the phone call said …", not the call)
            subjects = [far] + [c for c in subjects if c.i != far.i]
    impersonal = False
    for c in subjects:
        # (an "it" the parse made the active subject of a passive: "And it’s estimated that …")
        passive = c.dep_ == "nsubjpass" or c.lower_ == "it" and any(x.dep_ == "auxpass" for x in cue.children)
        if passive and (c.lower_ == "it" or cue.lemma_ != "quote"):
            # only "... was quoted as saying" (not "it"): the passive subject is the speaker
            impersonal = impersonal or c.lower_ == "it"
            continue
        if c.is_upper and len(c.text) > 1 and cue.i > 0 and c.i < cue.i - 1 and not (
            c.lower_ in TITLE_WORDS or any(d.dep_ == "det" for d in c.children)
        ):
            # a dateline parsed as the subject: "PORT ELLIS, March 6 - ... Brandt said" (not
            # a title in capitals: "The CEO of Vannix says")
            before = cue.doc[cue.i - 1]
            if before.pos_ in {"PROPN", "NOUN", "PRON"} and not before.is_upper:
                return before, misparsed, in_quote, impersonal
        between = cue.doc[min(c.i, cue.i) + 1 : max(c.i, cue.i)]
        if _inside_closed_quote(cue, c):
            in_quote = in_quote or c
            misparsed = True
            continue
        if c.ent_type_ in {"TIME", "DATE"} and not _aged(c) or any("\n" in t.text for t in between) or _across_quote(cue, c):
            # a liveblog time stamp read as the subject ("6:50 p.m.\n\nClinton has told"),
            # or a subject inside the quote the cue introduces: look further
            misparsed = True
            continue
        if c.tag_ in {"VBZ", "VBD", "VBP"} and (inner := next(
            (g for g in c.children if g.dep_ == "nsubj" and g.pos_ == "PROPN" and g.i < c.i), None
        )) is not None:
            # "Whit Honea, co-founder of Dads4Change.com and a father of two boys ages 10 and
            # 12, said": a noun read as a verb ("ages") and as the subject, the name as its subject
            return inner, misparsed, in_quote, impersonal
        if c.pos_ == "ADP" and c.lower_ != "per":
            # "Of Carson, Levine, who …, said": a fronted preposition read as the subject;
            # the name after its object is the speaker
            obj = next((p for p in c.subtree if p.dep_ == "pobj" and p.i > c.i + 1 and p.pos_ == "PROPN"), None)
            if obj is not None:
                return obj, misparsed, in_quote, impersonal
        if (
            cue.dep_ == "parataxis" and cue.i + 1 < len(cue.doc) and cue.doc[cue.i + 1].text == ","
            and (inset := next((a for a in c.children if a.dep_ == "appos" and a.right_edge.i == cue.i - 1 and a.pos_ == "NOUN"), None)) is not None
            and cue.doc[c.i + 1].text == "," and inset.left_edge.lower_ in {"a", "an", "one"}
        ):
            return inset, misparsed, in_quote, impersonal  # "Clinton, a top aide said, “is very confident …”": the aide says it of Clinton
        return c, misparsed, in_quote, impersonal
    for c in cue.children:
        # "Per Vik, a spokesman, said" / "…, said Per Vik": the first name read as "per"
        if c.dep_ == "prep" and is_per_first_name(c) and c.i + 1 < len(cue.doc) and cue.doc[c.i + 1].pos_ == "PROPN":
            name = next((p for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
            if name is not None:
                return name, misparsed, in_quote, impersonal
    return None, misparsed, in_quote, impersonal


def _governing_speaker(cue: Token) -> Token | None:
    """The speaker of a participle or clause the parse hung on another word: the one a
    witness sees or hears saying it, a name the cue was read as modifying, or the subject of
    the verb that governs it ("punctuated his list by saying “Too many.”")."""
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.dep_ == "dobj" and cue.head.head.lemma_ in _WITNESS_LEMMAS:
        # "He recalled the pilot telling the passengers: “…”", "a video shows him saying …":
        # the one heard or seen speaks, not the one who hears or sees
        return cue.head
    if (named := _name_before_comma_cue(cue)) is not None:
        return named  # "Mitt Romney, the 2012 nominee, tweeted in response: “…”", the verb read as modifying the name
    if (answered := _answered_report(cue)) is not None:
        return answered  # "Ren was responding to media reports … claiming that …": the reports claim it
    if cue.dep_ in {"pcomp", "acl"} and cue.head.i != cue.i:
        # "punctuated his list by saying “Too many.”": the subject of the governing verb
        head = cue.head
        for _ in range(3):
            if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
                break
            head = head.head
        if (quoted_one := _quoted_as_saying(head)) is not None:
            return quoted_one  # "the article said, quoting him as saying, “…”": the one quoted
        # "Voss appeared on the radio and began by saying …": the first verb's subject (or a
        # passive one: "After saying …, she was whisked off")
        own = [c for c in head.children if c.dep_ == "nsubj"] or [c for c in head.children if c.dep_ == "nsubjpass" and c.pos_ in {"PROPN", "PRON"} and _animate(c)]
        head, subjects = _up_coordination(head, own)
        if subjects:
            return subjects[-1]
    return None


_ANSWERING = frozenset({"respond", "reply", "react", "deny", "dismiss", "reject", "refute", "counter", "rebut", "answer", "address"})
"""Verbs of answering what others said: what the answered report says is not the answerer's."""


def _answered_report(cue: Token) -> Token | None:
    """The report a participle of saying describes when the subject answers it ("was
    responding to media reports from the United States claiming that …", "denied reports
    saying …"): the report, not who answers it. None otherwise."""
    report = cue.head
    if cue.dep_ != "acl" or cue.tag_ != "VBG" or report.i > cue.i or report.lemma_.lower() not in DOC_NOUNS | EVIDENCE_NOUNS | SPEECH_NOUNS:
        return None
    verb = report.head.head if report.dep_ == "pobj" else report.head if report.dep_ == "dobj" else None
    return report if verb is not None and verb.lemma_ in _ANSWERING else None


def _coordinated_speaker(cue: Token, in_quote: Token | None) -> tuple[Token | None, Token | None]:
    """The speaker of a cue coordinated with, or an infinitive or adverbial clause of, the
    verb it hangs on (``cue.head``): mostly that verb's subject, with the repairs below; and
    ``in_quote`` updated with a subject inside a closed quote passed over: (speaker, in_quote)."""
    head = cue.head
    if cue.dep_ == "advcl" and (outside := _out_of_aside(head, cue)) is not None:
        # "looping the streets around the stadium - where the Panthers played the
        # Vikings - while chanting, “…”": the verb the parse hung the cue on sits in an
        # aside set off by dashes; the speaker is the subject of the clause around it
        head = outside
    elif cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.doc[cue.i - 1].text == "," and (outside := _out_of_relative(head)) is not None:
        # "… defend not paying an architect who said he was stiffed, saying, “…”": a
        # participle after a comma that the parse hangs on a relative clause goes with
        # the clause the relative clause sits in
        head = outside
    if cue.dep_ == "advcl" and cue.tag_ == "VBG" and (inverted := _object_after_inverted_cue(head)) is not None:
        return inverted, in_quote  # "…, reported French media, adding that …": the media's
    if cue.dep_ == "advcl" and cue.tag_ == "VBG" and (sender := _sender_of(head)) is not None:
        return sender, in_quote  # "employees received an email from Human Resources officials warning them: “…”": the senders
    if cue.dep_ == "xcomp":
        # "a win that led her to declare …", "asked Haddad to explain …": the one
        # led or asked speaks, not the subject of leading or asking
        # (not a finite verb the parse hung on a quoted object: "someone shouted, “Okafor,”
        # Holm joked" is not Okafor's joke)
        obj = next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < cue.i), None) if cue.tag_ not in {"VBD", "VBZ", "VBP"} else None
        if obj is not None and (_animate(obj) or obj.lower_ in {"him", "her", "them", "some", "many", "others", "few", "most"}):
            return obj, in_quote
        if obj is not None and obj.lemma_.lower() in _FOOTAGE_NOUNS and (shown := _of_whom(obj)) is not None:
            return shown, in_quote  # "The ad uses footage of Hillary Clinton asking, “…”": the one it shows
    if (participle := _paired_participle(cue)) is not None and (outer := _subject(participle)) is not None:
        return outer, in_quote
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects and (cue.dep_ == "xcomp" and head.tag_ == "VBN" or cue.dep_ == "conj" and head.i < cue.i):
        # "Mr. Trump was prompted to say, “…”", "Trump was forced into damage control and
        # said …": the passive subject says it
        subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    # (nor is the subject of a quote that is no reported clause, with the cue the parse
    # coordinates to it: "-- ''That makes me smart'' -- and … asserting, ''…''")
    quoted_root = head.dep_ != "ccomp" and _quoted_before(head, cue)
    if any(_inside_closed_quote(cue, c) or quoted_root for c in subjects):
        in_quote = in_quote or subjects[-1]
        subjects = [c for c in subjects if not (_inside_closed_quote(cue, c) or quoted_root)]
        if not subjects and cue.dep_ == "conj" and (said := _aside_speaker(head, cue)) is not None:
            return said, in_quote  # "“I hate the term …,” she said, but added that …"
        if (
            not subjects and cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.lemma_ in SAY_LEMMAS
            and head.dep_ == "ccomp" and head.head.i < head.i and _is_cue(head.head, strict=True)
            and (outer := _subject(head.head)) is not None and _animate(outer)
        ):
            return outer, in_quote  # "she stated, “… would have turned Libya into Syria …,” adding, “…”": hers, not the quote's subject
    # "he said people were screaming and there was “blood everywhere”, describing the
    # scene as “…”": a clause whose only subject is 'there' describes nothing, so a
    # participle the parse hangs on it is the outer speaker's, as "adding" is
    expletive = any(c.dep_ == "expl" for c in head.children)
    head, subjects = _up_coordination(head, subjects)
    if subjects:
        # two subjects means one is a misparsed dateline ("PORT ELLIS, ... Brandt opened")
        plain = [c for c in subjects if not (c.is_upper and len(c.text) > 1)]
        subj = (plain or subjects)[-1]
        # "Brandt said that the stadium was “…” and insisted …": a speech verb the
        # parse coordinates inside the reported clause belongs to the outer speaker
        # when the clause's own subject cannot speak; "Maher said the report was bad,
        # adding, “…”": a participle of saying the parse hangs on the reported clause
        # is the outer speaker's, whoever the clause is about
        speech_participle = cue.dep_ == "advcl" and cue.tag_ == "VBG" and (cue.lemma_ in SAY_LEMMAS or expletive)
        # (not where the clause is itself someone's saying, the parse's reading of a cue set
        # in: "Comey cannot say that “…,” Lewandowski added, saying …" is Lewandowski's)
        own_saying = _is_cue(head, strict=True) and head.lemma_ in SAY_LEMMAS and _animate(subj)
        # ("Trump conceded that Lewandowski had touched Fields but implied that …": a verb
        # of saying with a that-clause of its own, after "but", pairs with the outer one)
        paired = cue.dep_ == "conj" and _is_cue(cue, strict=True) and not _is_cue(head, strict=True) and any(
            c.dep_ == "cc" and c.lower_ == "but" for c in head.children
        ) and any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in cue.children)
        if (cue.dep_ == "conj" and (not _animate(subj) or paired) or speech_participle) and not own_saying and head.dep_ == "ccomp" and head.head.i < head.i and _is_cue(head.head, strict=True):
            outer = _subject(head.head)
            if outer is not None and (_animate(outer) or outer.lemma_.lower() in INSTITUTIONS):
                return outer, in_quote  # ("Police advised festival-goers to …, warning about …")
        if speech_participle and cue.doc[cue.i - 1].text == "," and not _animate(subj):
            # "His remarks followed criticism from Sean Parker, who said …, adding that
            # …": the participle goes on from the speaker of the cue before it, not from a
            # subject that cannot speak
            for t in reversed(cue.doc[head.i + 1 : cue.i]):
                earlier = _subject(t) if _is_cue(t, strict=True) else None
                if earlier is not None and (_animate(earlier) or earlier.tag_ == "WP"):
                    return earlier, in_quote
        if (
            cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.doc[cue.i - 1].text == "," and _thing(subj)
            and (reporter := _reporter_above(head)) is not None
        ):
            # "Wendt told a paper that the need … implies that public space is unsafe,
            # indicating “the end of equality …”": a participle on a clause someone reports,
            # whose subject is a thing, is part of that report (not where the subject is a
            # finding: "Ross said the numbers he saw were dramatic, showing …" is the numbers')
            return reporter, in_quote
        if cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.doc[cue.i - 1].text == ",":
            # "The first incident came during a speech, when protesters interrupted her,
            # shouting “…”": the people of the clause right before the participle; also
            # where the main subject could speak, for what a crowd does ("Clinton spoke
            # down the street, where about 50 protesters had gathered, chanting “…”")
            verb = next((t for t in reversed(cue.doc[head.i + 1 : cue.i]) if t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "VBZ", "VBP", "VBN"}), None)
            nearer = next((c for c in verb.children if c.dep_ == "nsubj" and _animate(c)), None) if verb is not None else None
            if nearer is not None and nearer.lower_ not in {"who", "which", "that"} and (
                not _could_speak(subj) and subj.is_lower or cue.lemma_ in _CROWD_CUES and nearer.tag_ == "NNS"
            ):
                return nearer, in_quote
        if cue.dep_ == "conj" and head.i < cue.i and not _animate(subj) and (nearer := _nearer_conjunct_subject(cue, head)) is not None:
            return nearer, in_quote
        if cue.dep_ == "advcl" and _across_quote(cue, subj):
            # "As Amar put it, “Senate Republicans should …”", "…, telling the crowd,
            # “Some people …”": not the quote's own subject but the main clause's, or
            # the person named before the cue
            root = cue.sent.root
            main = next((c for c in root.children if c.dep_ == "nsubj" and c.i < cue.i), None) if root.i < cue.i else None
            # ("“…,” Sanders said, going on to say that …": the cue set in before it)
            return main or _aside_speaker(head, cue) or _person_before(cue) or subj, in_quote
        return subj, in_quote
    if cue.dep_ in {"xcomp", "conj"} and head.tag_ == "VBG" and head.dep_ in {"advcl", "xcomp", "pcomp", "acl"}:
        # "…, going on to say that …", "…, calling it “…” and asserting that …": the
        # speaker of the participle
        return _subject(head), in_quote
    return None, in_quote


def _clauses_up(verb: Token, deps: frozenset[str], from_before: bool = False) -> Iterator[Token]:
    """The heads up the chain of clauses ``verb`` hangs on by ``deps`` ("ccomp": the verbs
    that report it, nearest first); with ``from_before``, only while each head comes before
    its clause."""
    while verb.dep_ in deps and verb.head.i != verb.i and not (from_before and verb.head.i > verb.i):
        verb = verb.head
        yield verb


def _reporter_above(clause: Token) -> Token | None:
    """Who reports ``clause``: the first speaking subject up its chain of reported clauses
    (at most three up) of a verb of saying before it ("Wendt told a paper that the need
    implies that public space is unsafe": Wendt, for 'is'). None when the chain reaches no
    one who could say it."""
    for verb in itertools.islice(_clauses_up(clause, frozenset({"ccomp"}), from_before=True), 3):
        if _is_cue(verb, strict=True) and (subj := _subject(verb)) is not None and _animate(subj):
            return subj
    return None


def _paired_participle(cue: Token) -> Token | None:
    """The participle of saying a participle cue pairs with where the parse coordinates it
    with the finite verb of the clause that participle reports ("saying the report had
    nothing to do with Putin and suggesting it was …": 'suggesting' goes with 'saying', not
    with 'had', so it is the Kremlin's, not the report's). None otherwise."""
    head = cue.head
    finite = head.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in head.children)
    if cue.dep_ != "conj" or cue.tag_ != "VBG" or head.i >= cue.i or not finite:
        return None
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in cue.children):
        return None  # ("… said they were leaving and were going", a subject of its own: a clause of its own)
    up = head.head
    if head.dep_ != "ccomp" or up.tag_ != "VBG" or up.i >= head.i or not _is_cue(up, strict=True):
        return None
    return up


def _hung_speaker(cue: Token, misparsed: bool) -> Token | None:
    """The speaker of a cue whose subject the parse hung elsewhere: an agent of a passive ("the
    post said" read so), the sentence's subject for a participle after a comma, the subject of
    the verb before a participle read as the root, the name after an inverted cue, or the
    nearest person named before a finite verb of saying (or one a misparse hid)."""
    # "the post said" parsed with the subject as an agent of a passive
    if (agent := _agent_of(cue)) is not None:
        return agent
    # "..., writing “…”" misparsed: the participle's subject is the sentence's subject
    if cue.tag_ == "VBG" and cue.i > 0 and cue.doc[cue.i - 1].text == ",":
        root = cue.sent.root
        if root.i < cue.i:
            for c in root.children:
                if c.dep_ == "nsubj" and c.i < cue.i and not _quoted_before(c, cue):
                    return c
            if _quoted_before(root, cue):
                # the parse made a quoted clause the sentence's root: the writer's subject
                subj = next((t for t in cue.sent if t.dep_ == "nsubj" and t.i < cue.i and not _quoted_before(t, cue)), None)
                if subj is not None:
                    return subj
    if (earlier := _verb_before_participle_root(cue)) is not None:
        return earlier
    inverted = _inverted_speaker(cue)
    if inverted is not None:
        return inverted
    # a finite speech verb whose subject the parser hung elsewhere ("On Dec. 2, Col. Steven
    # Warren, a spokesman, said"): the nearest person named before it in its clause
    if misparsed or (cue.tag_ in {"VBD", "VBZ", "VBP"} and cue.dep_ in {"ROOT", "conj", "ccomp"}):
        return _person_before(cue) or _relative_head(cue) or _subject_before_aside(cue) or _subject_before_relative(cue)
    return None


def _aside_speaker(head: Token, cue: Token) -> Token | None:
    """The speaker of a cue set in before ``cue`` that the parse hangs on a quote's own verb
    ``head`` ("“I hate the term …,” she said, but added that …", "“… is insane,” Sanders said,
    going on to say that “…”"): who goes on speaking."""
    aside = [c for c in head.children if c.dep_ == "parataxis" and c.i < cue.i and _is_cue(c, strict=True)]
    return _subject(aside[-1]) if aside else None


def _verb_before_participle_root(cue: Token) -> Token | None:
    """The subject of the finite verb before a participle of saying that the parse made the
    sentence's root after a quoted title ("Giuliani trashed Comey on MSNBC's “Morning Joe,”
    calling it a “no-brainer”": "Joe" read as the subject of "calling"): Giuliani."""
    doc = cue.doc
    if not (cue.tag_ == "VBG" and cue.dep_ == "ROOT" and cue.i > 1):
        return None
    before = doc[cue.i - 1].text
    if not (before == "," or (before in CLOSE_MARKS | TOGGLE_MARKS and doc[cue.i - 2].text == ",")):
        return None
    start = cue.sent.start
    if start > 0 and doc[start - 1].text not in {".", "!", "?"} and "\n" not in doc[start - 1].text:
        start = doc[start - 1].sent.start  # (a sentence the parse ended inside the title's marks)
    for t in reversed(doc[start : cue.i]):
        if t.tag_ in {"VBD", "VBZ", "VBP"} and t.pos_ == "VERB" and not _quoted_before(t, cue):
            return next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i and not _quoted_before(c, cue)), None)
    return None


def _writers_aside(cue: Token) -> bool:
    """Is ``cue`` the "say" of a phrase in which the writer speaks for themself: "it is safe
    (fair, true …) to say", "needless to say", "suffice it to say"?"""
    if cue.lemma_ != "say" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    head = cue.head
    if head.lower_ in {"needless", "suffice"}:
        return True
    return head.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children) and any(
        c.dep_ == "acomp" and c.pos_ == "ADJ" for c in head.children
    )


_WITNESS_LEMMAS = frozenset({"recall", "remember", "hear", "overhear", "see", "watch", "film", "record", "catch", "notice", "show", "capture"})
"""Verbs of witnessing someone speak: "recalled the pilot telling …", "heard a man shouting …"."""


def _nearer_conjunct_subject(cue: Token, head: Token) -> Token | None:
    """"It felt as if they had been flying for an hour before the captain came back on the
    intercom and said: “…”": the parse coordinates the cue with the sentence's root, but hangs
    the "and" before it on a nearer verb. That verb's subject, when it can speak, says it."""
    cc = next((t for t in reversed(cue.doc[head.i + 1 : cue.i]) if t.dep_ == "cc"), None)
    if cc is None or cc.head.i in {head.i, cue.i} or not (head.i < cc.head.i < cc.i) or cc.head.pos_ not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in cc.head.children if c.dep_ == "nsubj"), None)
    return subj if _animate(subj) else None


def _out_of_aside(head: Token, cue: Token) -> Token | None:
    """When ``head`` sits in an aside between two dashes that closes before ``cue``, the
    nearest verb above it, outside the aside, that has a subject (past participles and
    infinitives without one, up to six steps up); else None."""
    doc = cue.doc
    # (a dash with spaces on both sides: not the hyphen of "63-year-old")
    dashes = [
        t.i for t in doc[head.sent.start : cue.i]
        if t.text in {"-", "--", "—", "–", "―"} and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_
    ]
    before = [i for i in dashes if i < head.i]
    after = [i for i in dashes if head.i < i < cue.i]
    if not before or not after:
        return None
    return _verb_with_subject_above(head, skip=(before[-1], after[0]))


def _out_of_relative(head: Token) -> Token | None:
    """When ``head`` heads a relative clause, the nearest verb with a subject above the noun
    it qualifies (participles and infinitives without one passed over, up to six steps up);
    else None."""
    return _verb_with_subject_above(head.head) if head.dep_ == "relcl" else None


def _verb_with_subject_above(node: Token, skip: tuple[int, int] | None = None) -> Token | None:
    """The nearest verb above ``node`` that has a subject of its own, up to six steps up,
    not one strictly between the token bounds ``skip``; None when there is none."""
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if skip is not None and skip[0] < node.i < skip[1]:
            continue
        if node.pos_ in {"VERB", "AUX"} and _own_subject(node):
            return node
    return None


def _name_before_comma_cue(cue: Token) -> Token | None:
    """The name a verb of saying follows after a comma, where the parse read the verb as a
    phrase modifying the name and made a word inside the quote the sentence's subject
    ("Mitt Romney, the 2012 Republican presidential nominee, tweeted in response: “…
    Putin kills journalists …”"): the name, when a colon or an opening mark follows the
    verb's own words. Not a phrase that is one ("Romney, told of the news by aides, …")."""
    name = cue.head
    if not (
        cue.dep_ == "acl" and cue.tag_ in {"VBD", "VBN"} and cue.lemma_ in SAY_LEMMAS | {"tweet", "post", "reply", "respond"} - {"tell"}
        and name.pos_ == "PROPN" and name.i < cue.i and cue.i > 0 and cue.doc[cue.i - 1].text == ","
        and not any(c.dep_ in {"agent", "auxpass"} for c in cue.children)
    ):
        return None
    after = cue.doc[cue.right_edge.i + 1] if cue.right_edge.i + 1 < len(cue.doc) else None
    return name if after is not None and (after.text == ":" or after.text in OPEN_MARKS) else None


_FOOTAGE_NOUNS = frozenset({"footage", "video", "clip", "recording", "audio", "tape", "film"})
"""What shows or plays someone saying something ("footage of Clinton asking, “…”")."""


def _of_whom(noun: Token) -> Token | None:
    """The person named after "of" on ``noun`` ("footage of Hillary Clinton")."""
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj" and _animate(p)), None)


def _agent_of(verb: Token) -> Token | None:
    """The one a passive verb names with "by" ("Asked by Thrush", "as reported by the Ledger")."""
    return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def _sender_of(verb: Token) -> Token | None:
    """Who sent what the subject of ``verb`` received ("received an email from Human
    Resources officials", "got a letter from the mayor"): the object of "from" on the verb or
    on its object, a written message (:data:`DOC_NOUNS`)."""
    if verb.lemma_ not in {"receive", "get"}:
        return None
    message = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DOC_NOUNS), None)
    if message is None:
        return None
    for holder in (verb, message):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                return next((p for p in prep.children if p.dep_ == "pobj"), None)
    return None


def _subject_before_relative(cue: Token) -> Token | None:
    """The noun before a relative clause set off by commas that ends right before the cue
    ("One attendee, who like others spoke on condition of anonymity, said", "Mr. Haddad,
    whose start-up, Paradata, uses big data, said", past a sentence adverb: "Okafor,
    meanwhile, who …, said"), when the parse read the clause as what was said and left the
    cue without a subject."""
    doc = cue.doc
    if cue.i - cue.sent.start < 4 or doc[cue.i - 1].text != ",":
        return None
    for i in range(cue.i - 2, max(cue.sent.start + 1, cue.i - 40), -1):
        t = doc[i]
        if t.is_quote or "\n" in t.text or _is_cue(t, strict=True) and t.i != cue.i and _own_subject(t):
            return None
        if t.lower_ in {"who", "whose", "which"} and doc[i - 1].text == "," and i >= 2:
            clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
            if clause is not None and clause.head.pos_ == "PROPN" and clause.head.i < i - 2 and _animate(clause.head):
                # "Martin Bamford, 30, from Croydon, who was among …, said": the person the
                # parse hangs the clause on, not the place ending an apposition before it
                return clause.head
            head = doc[i - 2]
            if head.pos_ == "ADV" and i >= 4 and doc[i - 3].text == ",":
                head = doc[i - 4]
            while t.lower_ == "who" and head.dep_ == "pobj" and head.head.lower_ in {"from", "of", "in"} and head.head.head.pos_ == "PROPN":
                head = head.head.head  # "Tom Vale, 30, from Millbrook, who …": who is from there, not the place
            return head if head.pos_ in {"NOUN", "PROPN"} else None
    return None


def _subject_before_aside(cue: Token) -> Token | None:
    """The noun phrase opening the sentence before a participle aside set off by commas
    ("Oduya, asked whether …, replied"), which the parse took for the main verb (tagged
    VBD) with the cue under it."""
    doc = cue.doc
    start = cue.sent.start
    if cue.i - start < 4 or doc[cue.i - 1].text != ",":
        return None
    for i in range(cue.i - 2, max(start, cue.i - 30), -1):
        if doc[i].text != ",":
            continue
        head = doc[i - 1]
        phrase = doc[start:i]
        if doc[i + 1].tag_ in {"VBN", "VBD"} and head.pos_ in {"PROPN", "NOUN"} and all(t.pos_ in {"PROPN", "NOUN", "DET", "ADJ", "PART"} for t in phrase):
            return head
        return None
    return None


def _up_coordination(head: Token, subjects: list[Token]) -> tuple[Token, list[Token]]:
    """With no subject of its own, the subjects of the first verb of a coordination ("he
    prevailed …; praised Saddam …; and declared that …"), up to four verbs back: that verb
    and its subjects."""
    hops = 0
    while not subjects and head.dep_ == "conj" and head.head.i != head.i and hops < 4:
        head = head.head
        hops += 1
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return head, subjects


_ADDRESSEE_CUES = {
    "tell", "ask", "inform", "assure", "remind", "thank", "urge", "answer", "email", "text", "message", "call",
    "quote", "cite", "praise", "accuse", "blast", "slam", "criticize", "criticise", "attack", "mock", "question",
}


def _acts_on_other(verb: Token, speaker: Token | None) -> bool:
    """Does ``verb`` take an object that is no person ("praise his refusal", "cited it as
    evidence")? A verb whose object is a thing is not the cue of the quote before it; the
    person spoken to ("told reporters", "asked him"), a time ("tweeted Friday") and the
    speaker the parser read as the object ("opined the newspaper") are no such object."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.i > verb.i and (speaker is None or c.i != speaker.i):
            return not (
                c.lower_ in {"him", "her", "them", "us", "me", "you"} or c.ent_type_ in {"PERSON", "ORG", "NORP", "GPE", "DATE", "TIME"}
                or c.lemma_.lower() in HUMAN_NOUNS
            )
    return False


def _inverted_speaker(cue: Token) -> Token | None:
    """The speaker of an inverted cue the parser read as its object ("“…,” opined
    Port Ellis's Harbor Ledger", Ledger a dobj): the noun right after a cue that follows a
    closing mark, for a finite verb that does not take the person spoken to as its object
    (not "“…,” referencing the many ferry workers in the city")."""
    doc = cue.doc
    if cue.i < 2 or cue.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if cue.lemma_.lower() in _ADDRESSEE_CUES and not (
        # "“Is he running?” asked Mr. Varga": with no subject anywhere, the one asking
        cue.lemma_.lower() in {"ask", "answer"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children)
    ):
        return None
    if not doc[cue.i - 1].is_quote or doc[cue.i - 2].text not in {",", "?", "!"}:
        return None
    for c in cue.children:
        if c.i > cue.i and c.dep_ in {"dobj", "npadvmod", "attr", "oprd"} and c.pos_ in {"PROPN", "NOUN"}:
            return c
    return None


def _relative_head(cue: Token) -> Token | None:
    """The noun whose relative clause ends right before ``cue``, for a subject the parser
    hung elsewhere ("…, a White House official who spoke anonymously said, “…”")."""
    if cue.i == 0:
        return None
    t = cue.doc[cue.i - 1]
    while t.dep_ != "relcl" and t.head.i != t.i and t.head.i < cue.i:
        t = t.head
    if t.dep_ == "relcl" and t.right_edge.i == cue.i - 1 and t.head.pos_ in {"NOUN", "PROPN"} and t.head.i < t.i:
        return t.head
    return None


def _across_quote(cue: Token, subj: Token) -> bool:
    """Is ``subj`` after an opening quotation mark that follows ``cue`` (inside the quote the
    cue introduces)?"""
    return subj.i > cue.i and any(
        t.text in OPEN_MARKS or (t.text in TOGGLE_MARKS and not t.whitespace_) for t in cue.doc[cue.i + 1 : subj.i]
    )


def _inside_closed_quote(cue: Token, subj: Token) -> bool:
    """Is ``subj`` inside a quote that closes before ``cue`` (“My reaction was …,” the
    strategist said: "reaction" parsed as the subject of "said")? The first quotation
    mark after the subject is a closing one."""
    t = _closing_mark_after(subj, cue)
    # a quote that ends a sentence or a clause of its own (“…,” / “….”), not a fragment
    # (the “kind of problems” Sanders had)
    if t is None:
        return False
    k = t.i - 1
    while k > 0 and cue.doc[k].text in {"'", "’"}:
        k -= 1  # (past a quote closing inside it: “I hate the term ‘Manhattan poor,’ ”)
    return k > 0 and cue.doc[k].text in {",", ".", "?", "!", "…", "..."}


def _quoted_before(tok: Token, cue: Token) -> bool:
    """Is ``tok`` inside a quote that closes before ``cue``?"""
    return _opened_before(tok) and _closing_mark_after(tok, cue) is not None


def _opened_before(tok: Token) -> bool:
    """Is ``tok`` after an opening quotation mark in its sentence, with no closing one
    between?"""
    for t in reversed(tok.doc[tok.sent.start : tok.i]):
        if _closes(t):
            return False
        if _opens(t):
            return True
    return False


def _opens(t: Token) -> bool:
    """Is ``t`` an opening quotation mark? A straight one by its spacing where that tells
    (space before, none after), else by its tag."""
    if t.text in OPEN_MARKS:
        return True
    if t.text not in TOGGLE_MARKS:
        return False
    spaced_before = t.i == 0 or bool(t.doc[t.i - 1].whitespace_)
    if spaced_before != bool(t.whitespace_):
        return spaced_before
    return t.tag_ == "``"


def _closes(t: Token) -> bool:
    """Is ``t`` a closing quotation mark (see ``_opens``)?"""
    return t.text in CLOSE_MARKS or (t.text in TOGGLE_MARKS and not _opens(t))


def _closing_mark_after(tok: Token, cue: Token) -> Token | None:
    """The first quotation mark between ``tok`` and a later ``cue``, when it closes a quote
    (so ``tok`` is inside that quote); else None. Straight marks by their tag alone: judging
    them by spacing too, as ``_opens`` does, moved seven train quotes, not all for the better."""
    if tok.i >= cue.i:
        return None
    for t in cue.doc[tok.i + 1 : cue.i]:
        if t.text in OPEN_MARKS or (t.text in TOGGLE_MARKS and t.tag_ == "``"):
            return None
        if t.text in CLOSE_MARKS or (t.text in TOGGLE_MARKS and t.tag_ == "''"):
            return t
    return None


def _person_before(cue: Token) -> Token | None:
    """The nearest person named before ``cue`` in its clause and on its line."""
    doc = cue.doc
    for i in range(cue.i - 1, max(cue.sent.start, cue.i - 25) - 1, -1):
        t = doc[i]
        if (t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"}) or t.text in {";", ":"} or t.text in ALL_MARK_CHARS or "\n" in t.text:
            break
        if t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
            while t.dep_ == "conj" and t.head.i < t.i and t.head.pos_ == "PROPN" and any(
                c.dep_ == "cc" and t.head.i < c.i < t.i for c in t.head.children
            ):
                t = t.head  # the first of people named together ("Obama and Clinton call them"; not "Florida, Rabbi Luski said")
            return t
    return None


_CLAUSE_BREAK = re.compile(
    r"\n|,?\s+(?:as well as|which)\s|,\s+(?:while|whereas|although|though|even as)\s|"
    r",\s+(?:claiming|insisting|arguing|referring|in an?|as|after|before|when|in what|an?)\s|"
    r"\s+in (?:an? )?(?:interview|statement|speech|post|tweet|op-ed|letter|email|video)\b|"
    r"\s+as (?:he|she|they)\s|\s+(?:before|after|while) (?:claiming|saying|adding|arguing|insisting|noting|calling|suggesting|declaring)\b|,\s+(?:who|which|with whom|also known as|adding|saying|noting|calling|according)\b|\s+(?:[—–]|--?)\s|;|\s+on\s+\w+(?:’s|'s)\s"
)
# What follows a framed fragment ("described her as a “disgrace” [during a stop in Flint]",
# "called it “a sham” [Wednesday on Fox]") is said of the speech act, not part of what
# was said.
_FRAME_TAIL = re.compile(
    r",|\s+(?:during|after|before|while|when|amid|at|in|on|following|since)\s|"
    r"\s+(?:(?:last|this|on|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|earlier|later)\b"
)


_ABBREV = {"st", "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "jr", "sr", "u.s", "inc", "corp", "co", "no", "vs", "mt", "ft", "ave", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
           "rev", "prof", "sgt", "capt", "cmdr", "adm", "maj", "hon", "fr", "msgr", "atty", "supt", "det", "cpl", "pvt", "sens", "reps", "govs", "gens", "lt.gov"}
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "G.K" of "G.K. Butterfield", "H.W" of "George H.W. Bush"


_MINOR = {"the", "of", "and", "a", "an", "to", "in", "on", "for", "with", "at", "by", "from", "or", "&"}
# (the entities' nouns for a work, and those a title in quotation marks follows, verbs as often)
_WORK_NOUNS = frozenset(WORK_NOUNS | {
    "titled", "entitled", "autobiography", "play", "essay", "podcast", "show", "program", "programme",
})
_TITLE_LEAD = _WORK_NOUNS | {
    "on", "in", "to", "of", "at", "with", "from", "named", "’s", "'s",
    "told", "tells", "telling", "wrote", "writes", "starring", "hosts", "hosted", "watching", "watched",
}


_ROLE_AFTER_TITLE = re.compile(r"[ \t]+([a-z][a-z-]+)[ \t]+(?=[A-Z])")
"""A word in lower case right after a closing mark, then a capitalised word (a name)."""
_CAST_ROLES = frozenset({
    "star", "co-star", "actor", "actress", "host", "co-host", "anchor", "creator", "co-creator", "producer",
    "writer", "showrunner", "director", "author", "singer", "rapper", "contestant", "judge", "alum", "narrator",
})
"""Who someone is on a show, a film or a book named right before: “Mad Men” actor Jon Hamm."""


_EVENT_LEAD = re.compile(r"\b(?:during|at|ahead of|before|after|following)\s+(?:a|an|the)\s*$", re.IGNORECASE)
"""A preposition of time or place and an article right before a name in marks: an event's."""


def _subject_of_verb_after(doc: Doc, toks: _Tokens, q: QSpan) -> bool:
    """Are the words quoted the subject of the verb right after the closing mark (“Pulp
    Fiction” made him rich)? A verb of saying there is theirs to say (“A,” said …)."""
    j = toks.first_from(q.close_end)
    if j >= len(doc):
        return False
    verb = doc[j]
    lo = toks.first_from(q.inner_start)
    return verb.tag_ in {"VBD", "VBZ", "VBP", "MD"} and not _is_cue(verb) and any(
        c.dep_ in {"nsubj", "nsubjpass"} and lo <= c.i < j for c in verb.children
    )


def _title_case(inner: str, max_words: int) -> bool:
    """At most ``max_words`` words, every one but "of", "the", "and" … capitalised."""
    words = re.findall(r"[A-Za-z][\w’'-]*", inner)
    content = [w for w in words if w.lower() not in _MINOR]
    return 0 < len(words) <= max_words and bool(content) and all(w[0].isupper() for w in content)


def _looks_like_title(text: str, q: QSpan) -> bool:
    """“Meet the Press”, “This Week”, “Fox News Sunday” after "on"/"told NBC’s": a title,
    not a quotation; after "book" or "film", a long one too ("the book “Backfire: Carly
    Fiorina's High-Stakes Battle for the Soul of Hewlett-Packard.”")."""
    inner = _quoted_words(text, q)
    if not _title_case(inner, 16):
        return False
    lead = _word_before(text, q)
    if lead in _WORK_NOUNS:
        return True
    if not _title_case(inner, 7):
        return False
    if lead in {"a", "an", "the"} and _EVENT_LEAD.search(text, max(0, q.open_start - 30), q.open_start):
        return True  # "during a “Commander-in-Chief Forum”": an event's name
    if _WORKS_LISTED.search(text, max(0, q.open_start - 30), q.open_start):
        return True  # "films such as “Alice in Wonderland”"
    if lead in {"and", "or"} and (listed := _TITLE_BEFORE.search(text, max(0, q.open_start - 60), q.open_start)) and (
        _title_case(listed.group(1).strip(" ,"), 7) and _WORKS_LISTED.search(text, max(0, listed.start() - 30), listed.start())
    ):
        # "films such as “Alice in Wonderland” and “Dark Shadows,”": the second of a list of
        # works (not of names someone was called: "“Miss Piggy” and “Miss Housekeeping”")
        return True
    return _before_cast_role(text, q) or lead in _TITLE_LEAD or lead.endswith(("’s", "'s"))


_WORKS_LISTED = re.compile(r"\b(?:films?|movies?|shows?|songs?|books?|albums?|series|novels?|plays?)\s+(?:such as|like|including)\s*$", re.IGNORECASE)
_TITLE_BEFORE = re.compile(r"[“\"]([A-Z][^“”\"\n]{0,50})[”\"],?\s+(?:and|or)\s+$")


def _word_before_at(text: str, at: int) -> str:
    """The word right before character ``at`` (over punctuation), in lower case."""
    before = re.search(r"([\w’']+)\W*$", text[max(0, at - 30) : at])
    return before.group(1).lower() if before else ""


def _quoted_words(text: str, q: QSpan) -> str:
    """What the marks of ``q`` hold, without the punctuation that ends or opens it."""
    return text[q.inner_start : q.inner_end].strip(" ,.;:!?")


def _word_before(text: str, q: QSpan) -> str:
    """The word right before the opening mark of ``q`` (over punctuation), in lower case."""
    return _word_before_at(text, q.open_start)


def _a_letter(text: str, q: QSpan) -> bool:
    """Are the words in the marks ``q`` a letter at most ("took out a 'W' flag"): named, not
    quoted?"""
    return len(text[q.inner_start : q.inner_end].strip()) <= 1


def _names_a_work(text: str, q: QSpan) -> bool:
    """A title in marks right after "book", "film", "play" … or before the role of someone
    in it: the name of a work, not someone's words."""
    named = _word_before(text, q) in _WORK_NOUNS
    return (named and _title_case(_quoted_words(text, q), 16)) or _before_cast_role(text, q)


def _before_cast_role(text: str, q: QSpan) -> bool:
    """“Masters of Sex” star Michael Sheen, “Mad Men” actor Jon Hamm: a show's name, right
    before the role of a person named after it."""
    role = _ROLE_AFTER_TITLE.match(text, q.close_end)
    return role is not None and role.group(1).lower() in _CAST_ROLES and _title_case(_quoted_words(text, q), 7)


def _title_then_prose(text: str, q: QSpan, max_words: int = 6) -> bool:
    """A short Title Case name in marks that the writer's sentence goes on after ("“Harbor
    Nights” borrows freely from …", "“Harbor Nights,” the 1990s drama …"): a title."""
    inner = text[q.inner_start : q.inner_end].strip(" ,")
    if inner[-1:] in {".", "?", "!"} or not _title_case(inner, max_words):
        return False
    after = text[q.close_end : q.close_end + 40].lstrip(" ,")
    return after[:1].islower() and not re.match(r"(?:he|she|they|it|we|i)\s|(?:says|said|adds|added|asks|asked)\b", after)


def _names_next_noun(doc: Doc, toks: _Tokens, text: str, q: QSpan) -> bool:
    """A short Title Case name in marks, nothing inside them closing a clause, right before a
    noun of the writer's sentence: “Mad Men” actor Jon Hamm, “Morning Show” co-host Lara
    Penn, “The Real Housewives of New York City” star (a longer title, as it names a noun; not
    “Hopefully,” the president said; nor “American Skin” was written by …)."""
    if not _title_then_prose(text, q, max_words=10) or not text[q.inner_start : q.inner_end].rstrip()[-1:].isalnum():
        return False
    after_i = toks.first_from(q.close_end)
    return after_i < len(doc) and doc[after_i].pos_ == "NOUN" and not text[q.close_end : doc[after_i].idx].strip()


def _sentence_count(text: str) -> int:
    """Sentences in ``text``: breaks after . ! ? before a capital or an opening mark
    (abbreviations like "St." and initials do not count)."""
    n = 1
    for m in re.finditer(r"[.!?][\"”’']?\s+[A-Z“\"]", text):
        word = re.search(r"([\w.]+)$", text[: m.start()])
        if m.group()[0] == "." and word and (word.group(1).lower() in _ABBREV or len(word.group(1)) == 1 or _INITIALS.fullmatch(word.group(1))):
            continue
        n += 1
    return n


def _one_sentence(text: str) -> bool:
    """No sentence break inside ``text``."""
    return _sentence_count(text) == 1


def _frames(doc: Doc, toks: _Tokens, tail: re.Match[str]) -> bool:
    """Does the ``_FRAME_TAIL`` match after a quoted fragment frame the speech act (a comma,
    a day, when or where or in what medium: “a disaster” on Monday, in a statement) rather
    than go on with what was said (“an historic step forward” in global efforts to …)?"""
    word = tail.group()
    if not word.endswith(" "):
        return True  # a comma, a day's name
    prep = doc[toks.first_from(tail.start() + len(word) - len(word.lstrip()))]
    return prep.dep_ != "prep" or _setting(prep)


def _cut_clause(text: str, after: int, end: int) -> int:
    """End of a reported clause: cut ``end`` back to the first clause break after the
    position ``after`` (the last quoted fragment's closing mark)."""
    if end <= after:
        return end
    # a comma inside the closing mark (“That makes me smart,” when …) sets off what follows
    inner = after
    while inner > 0 and text[inner - 1] in "”\"'’":
        inner -= 1
    if inner < after and text[inner - 1] == ",":
        m = _CLAUSE_BREAK.search("," + text[after:end])
        if m is None:
            return end
        cut = max(after, after + m.start() - 1)
    else:
        m = _CLAUSE_BREAK.search(text, after, end)
        if m is None:
            return end
        cut = m.start()
    while cut > after and text[cut - 1] in " ,":
        cut -= 1
    return cut


_REFLEXIVES = {"himself", "herself", "themselves", "itself"}


def _split_name_of(tok: Token) -> Token | None:
    """The name a token ends when the tokenizer split a hyphenated name and the model's name
    stops at the hyphen ("Moon Jae-in": the parse makes "in" a subject of its own): the
    name's token before the hyphen, or None."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return None
    if tok.ent_type_:
        return None
    before = doc[tok.i - 2]
    if before.ent_type_ == "PERSON":
        return before
    # (or a name the model stopped a word short of the hyphen: "Moon" of "Moon Jae-in also said")
    if before.is_title and tok.is_lower and len(tok) <= 3 and before.i > 0 and (
        doc[before.i - 1].ent_type_ == "PERSON" or doc[before.i - 1].is_title and doc[before.i - 1].pos_ == "PROPN"
    ):
        return before
    return None


def _speaker_bounds(subj: Token) -> tuple[int, int]:
    """Token bounds of the speaker as written: the subject's phrase, cut before an
    apposition or relative clause set off by a comma."""
    doc = subj.doc
    if (name := _split_name_of(subj)) is not None:
        # the last part of a hyphenated name the tokenizer split: "Moon Jae-in has said"
        left, _right = _speaker_bounds(name)
        return left, subj.i + 1
    if subj.lower_ in _REFLEXIVES and subj.i > 0 and doc[subj.i - 1].pos_ in {"NOUN", "PROPN"}:
        # the parse's subject is the word that stresses it: "before the driver himself joked"
        left, _right = _speaker_bounds(doc[subj.i - 1])
        return left, subj.i
    left = subj.left_edge.i
    right = subj.right_edge.i + 1
    if subj.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP | PRONOUNS_FIRST:
        return subj.i, subj.i + 1
    tail = next((c for c in subj.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.i == right), None)
    if tail is not None and any(r.dep_ == "relcl" and r.right_edge.i + 1 == right for r in subj.children):
        # "One victim who spoke with German channel n-tv accused …": the name the parse split
        # off the end of the relative clause as a second subject (:func:`_own_subject_reading`)
        right = tail.right_edge.i + 1
    if subj.dep_ in {"nsubj", "nsubjpass"} and subj.i < subj.head.i < right:
        # a phrase the parse hung on the subject past its own verb: cut before the verb's
        # own words ("Podliska further alleges", "Some advisers are said to be …")
        verb = subj.head
        right = min([verb.i, *(c.i for c in verb.children if subj.i < c.i < verb.i and c.dep_ in {"aux", "auxpass", "neg", "advmod", "prep", "npadvmod"})])
    for i in range(subj.i + 1, right):
        if doc[i].text in {",", "(", "—", "―", "–", ";", ":"} or (doc[i].text in ALL_MARK_CHARS and doc[i].dep_ != "case"):
            # (an apostrophe that marks an owner, "the drivers' union", is not a quotation mark)
            right = i
            break
        if i == subj.i + 1 and doc[i].pos_ == "VERB" and doc[i].lemma_ in CUE_LEMMAS and doc[i].tag_ in {"VBD", "VBZ", "VBN"}:
            # the cue misparsed under its subject ("the 43-year-old asked in the video")
            right = i
            break
    for acl in (c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_ in CUE_LEMMAS and subj.i < c.i < right):
        right = acl.left_edge.i  # "recalled the pilot telling the passengers": the pilot, not the telling
    for rel in (c for c in subj.children if c.dep_ == "relcl" and c.i > subj.i):
        if rel.left_edge.lower_ in {"when", "while", "after", "before", "as"} and rel.left_edge.i > subj.i:
            # "said Cruz constituent Dan Golvach when asked about …": the parse's relative
            # clause is the cue's adverbial
            right = min(right, rel.left_edge.i)
        for verb in (c for c in rel.children if c.dep_ == "conj" and c.lemma_ in CUE_LEMMAS and c.i < right):
            # "an official who oversaw the talks and described them as …": the speech act
            # coordinated in the relative clause is not part of who the speaker is
            right = min(right, min([verb.left_edge.i, *(c.i for c in rel.children if c.dep_ == "cc" and c.i < verb.i)]))
    # never across a line break, a quotation mark (“…,” Smith, the nominee, said) or a
    # dash ("… made public ― Trump boasted")
    i = subj.i - 1
    while i >= left:
        if (opened := _marked_modifier(subj, i, left)) is not None:
            i = opened - 1  # "A “Wanted” poster for …": marks around a word of the phrase's own
            continue
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_ or (doc[i].text in ALL_MARK_CHARS and doc[i].dep_ != "case") or doc[i].text in {"—", "―", "–", ","}:
            left = i + 1
            break
        i -= 1
    for i in range(subj.i, right):
        if "\n" in doc[i].whitespace_ or "\n" in doc[i].text:
            right = max(subj.i + 1, i + (0 if "\n" in doc[i].text else 1))
            break
    # leading punctuation / quote marks / line breaks
    while left < subj.i and (doc[left].is_punct or doc[left].is_space or doc[left].lower_ in {"but", "and"}):
        if any(_marked_modifier(subj, close, left) == left for close in range(left + 1, subj.i)):
            break  # (the mark that opens a word of the phrase's own: "the “American Pie” star")
        left += 1
    right = max(right, subj.i + 1)
    if doc[right - 1].dep_ in {"agent", "prep"} and not any(c.dep_ == "pobj" for c in doc[right - 1].children):
        # "The photos released by SpaceX show …", the name read as part of the verb's noun:
        # the preposition's object is the name right after it
        while right < len(doc) and doc[right].pos_ == "PROPN" and doc[right].dep_ == "compound" and doc[right].head.i == subj.head.i:
            right += 1
    while right - 1 > subj.i and (doc[right - 1].text in {".", ",", ";", ":"} or doc[right - 1].is_space or doc[right - 1].lower_ in _REFLEXIVES):
        right -= 1  # a signature's full stop ("- Bernie Sanders."), a stress ("Prince himself")
    if left == subj.i and left > 0 and is_per_first_name(doc[left - 1]) and subj.head.i == left - 1:
        left -= 1  # "Per Vik": the first name the parser read as "per"
    if right - 1 > left and doc[right - 1].dep_ == "case":
        right -= 1  # an owner as the speaker: "Mr. Trump" of "Mr. Trump's claim"
    if left == subj.left_edge.i and subj.dep_ in {"amod", "compound"} and left > 0 and doc[left - 1].pos_ == "DET" and doc[left - 1].head.i == subj.head.i:
        left -= 1  # "the editorial read" with the cue read as a noun, "The 23-year-old added": its article is the speaker's
    return left, right


def _marked_modifier(subj: Token, close: int, left: int) -> int | None:
    """Where the opening mark is of a word or two in marks that modify ``subj`` from its left,
    when token ``close`` is the closing mark ("A “Wanted” poster", "the “Fight for $15”
    campaign"); None otherwise. ``left`` is the phrase's first token."""
    doc = subj.doc
    if doc[close].text not in ALL_MARK_CHARS or close + 1 > subj.i:
        return None
    for opened in range(close - 1, max(left, close - 5) - 1, -1):
        if doc[opened].text in ALL_MARK_CHARS:
            words = doc[opened + 1 : close]
            if len(words) and all(t.is_alpha or t.is_digit or t.text in {"$", "-", "&"} for t in words) and all(
                subj in t.ancestors for t in doc[opened : close + 1]
            ):
                return opened
            return None
    return None


_CUE_FORMS = {"says", "said", "notes", "noted", "adds", "added", "points", "pointed", "asks", "asked",
              "answers", "answered", "explains", "explained", "argues", "argued", "writes", "wrote",
              "continues", "continued", "insists", "insisted", "tells", "told", "recalls", "recalled",
              "warns", "warned", "concludes", "concluded", "claims", "claimed", "states", "stated",
              "quips", "quipped", "jokes", "joked", "replies", "replied", "responds", "responded",
              "observes", "observed", "declares", "declared", "tweets", "tweeted", "remarks", "remarked",
              "counters", "countered", "admits", "admitted", "cautions", "cautioned", "laments", "lamented",
              "remembers", "remembered",
              "say", "add", "note", "write", "argue", "explain", "insist", "claim", "state", "warn", "tell", "recall"}
_SUBJ_PRON = {"he", "she", "they", "i", "we", "it"}


def _in_year_old(doc: Doc, j: int) -> bool:
    """Is token ``j`` part of an age used as a noun ("the 43-year-old", "a 27-year-old")?"""
    for start in range(max(0, j - 4), j + 1):
        words = [t.lower_ for t in doc[start : start + 5]]
        if len(words) == 5 and words[0].isdigit() and words[1:4] == ["-", "year", "-"] and words[4] == "old":
            return True
    return False


def _pattern_cue(doc: Doc, lo: int, hi: int, generic: bool = True) -> tuple[Token | None, Token | None]:
    """Surface pattern right after a closing mark when the parse missed the verb
    ("…,” he notes." with "notes" tagged as a noun): SUBJECT CUE or CUE SUBJECT."""
    i = lo
    while i < hi and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if i >= hi:
        return None, None
    t = doc[i]
    if t.lower_ in {"read", "reads"} and i + 1 < hi:
        # "…,” read the email. (parsed as an order to read it): a document's words
        j = i + 1
        while j < hi and doc[j].pos_ in {"DET", "ADJ", "PROPN", "NOUN"}:
            j += 1
        return (t, doc[j - 1]) if j > i + 1 and doc[j - 1].lower_ in DOC_NOUNS else (None, None)
    if t.lower_ in _CUE_FORMS and i + 1 < hi:
        # "said Bozell" / "says the senator"
        j = i + 1
        while j < hi and (doc[j].pos_ in {"DET", "ADJ", "PROPN", "NOUN", "PUNCT"} and doc[j].text not in {",", ".", ";", ":"}):
            j += 1
        if j > i + 1:
            return t, doc[j - 1]
        return None, None
    # SUBJECT: a pronoun, a run of proper nouns, or "the" + up to 4 words
    j = i
    if t.lower_ in _SUBJ_PRON:
        j = i + 1
    else:
        while j < hi and j - i < 6 and (
            doc[j].pos_ in {"PROPN", "DET", "ADJ", "NOUN"}
            or doc[j].pos_ == "NUM" and j > i and doc[j - 1].pos_ == "DET"  # "…,” the two write.
            or doc[j].text in {".", "-"} and doc[j - 1].is_title
            or _in_year_old(doc, j)
            # a name the tagger read as a modal ("…,” Will wrote.)
            or j == i and doc[j].text in {"Will", "May"} and j + 1 < hi and doc[j + 1].lemma_ in CUE_LEMMAS and doc[j + 1].tag_ in {"VBD", "VBN"}
        ) and doc[j].lower_ not in _CUE_FORMS:
            if j > i and doc[j].lower_ in {"read", "reads"} and doc[j - 1].lower_ in DOC_NOUNS:
                # "…,” the editorial read. (with "read" tagged as a noun): a document's words
                return doc[j], doc[j - 1]
            j += 1
    if j == i or j >= hi:
        return None, None
    # adverbs between ("he later said")
    k = fallback = j
    segments = 0
    while k < hi and doc[k].text == "," and t.lower_ not in _SUBJ_PRON and segments < 3:
        # an apposition set off by commas: "…,” Ramos, 58, told AFP; "Mr. Daniloff, now 81
        # and retired in Cambridge, Mass., said"
        m = k + 1
        # (a relative clause holds verbs of its own: "an official, who was not authorized
        # to speak, told AFP")
        relative = m < hi and doc[m].lower_ in {"who", "whose"}
        while m < hi and m - k <= 30 and doc[m].text != "," and (
            relative
            or doc[m].tag_ not in {"VBD", "VBZ", "VBP", "MD"}
            # (a participle the tagger read as past: "Daniloff, now 81 and retired in Cambridge, said")
            or doc[m].tag_ == "VBD" and doc[m - 1].lower_ in {"and", "or"} and doc[m].lemma_ not in CUE_LEMMAS
        ):
            m += 1
        if not (k + 1 < m < hi and doc[m].text == ","):
            break
        fallback = m + 1
        segments += 1
        # the words after the comma go on with the apposition ("Cambridge, Mass., said"):
        # scan on from that comma, back to after it if no segment follows
        k = m if m + 1 < hi and doc[m + 1].pos_ in {"PROPN", "NUM"} and doc[m + 1].lower_ not in _CUE_FORMS else m + 1
    if segments and k == fallback - 1:
        k = fallback
    # (and a particle read as a preposition right before the cue: "a voice over says")
    while k < hi and (doc[k].pos_ == "ADV" or doc[k].pos_ == "ADP" and k + 1 < hi and doc[k + 1].lower_ in _CUE_FORMS):
        k += 1
    if k < hi and (
        doc[k].lower_ in _CUE_FORMS
        or (doc[k].tag_ in {"VBD", "VBZ"} and doc[k].lemma_ in CUE_LEMMAS and doc[k].lemma_ not in WEAK_DIRECT)
        # a past form tagged as a participle right after the subject ("…,” Trump barked)
        or (
            doc[k].tag_ == "VBN" and k == j and doc[k].lemma_ in CUE_LEMMAS and doc[k].lemma_ not in WEAK_DIRECT
            and (k + 1 >= len(doc) or doc[k + 1].lower_ != "by")
        )
    ):
        return doc[k], doc[j - 1]
    # any past-tense verb closing the clause right after the quote: "…,” Hollande retaliated.
    if generic and k < hi and _speaker_like(doc[j - 1]) and doc[k].tag_ in {"VBD", "VBZ"} and doc[k].pos_ == "VERB" and (
        k + 1 >= len(doc) or doc[k + 1].is_punct or doc[k + 1].pos_ in {"ADP", "ADV"}
    ):
        return doc[k], doc[j - 1]
    return None, None


HUMAN_NOUNS = TITLE_WORDS | {
    "source", "people", "person", "voter", "critic", "supporter", "expert", "member",
    "resident", "witness", "group", "campaign", "team", "staff", "worker", "family",
    "parent", "friend", "neighbour", "neighbor", "protester", "crowd", "audience", "fan",
    "man", "woman", "child", "insider", "observer", "democrat", "republican", "conservative",
    "liberal", "administration", "government", "ministry", "office", "company", "party",
    "journalist", "photographer", "applicant",
}


def _animate(tok: Token | None) -> bool:
    """Can this subject say something? Names, personal pronouns, people nouns."""
    if tok is None:
        return False
    return _speaker_like(tok) or tok.lemma_.lower() in HUMAN_NOUNS or tok.lemma_.lower() in DOC_NOUNS


_GOES_ON = frozenset({"continue", "go", "begin"})
"""Verbs that introduce a quote as going on ("he continues: “…”") only with someone to go on."""
_NO_SOURCE = frozenset({"plan", "schedule", "script", "custom", "tradition", "design", "form", "expectation", "protocol", "procedure"})
"""What "according to" names, bare, when it means "as …" ("according to plan", "according
to tradition"), not who says so ("according to the company's plan", "according to the
initial schedule published Thursday" name a document)."""


def _another_person(subj: Token) -> bool:
    """Is ``subj`` "another" set against one person just described in its sentence ("One
    woman told police …, while another said …"): a second such person?"""
    return subj.lower_ == "another" and any(
        t.pos_ == "NOUN" and t.lemma_.lower() in HUMAN_NOUNS and any(c.lower_ == "one" for c in t.children)
        for t in subj.sent if t.i < subj.i
    )


def _could_speak(subj: Token) -> bool:
    """Can ``subj`` be who says or writes something: a person, a document, an institution, a
    named group or a pronoun for one ("It continued: “…”", the affidavit; not "the
    confusion" of "the confusion … continues")?"""
    return _animate(subj) or subj.pos_ == "PRON" or subj.lemma_.lower() in INSTITUTIONS  # (names: _animate)


def _past_date(noun: Token) -> Token:
    """The noun a relative clause after ``noun`` stands for: ``noun`` itself, unless it is a
    date or time closing a phrase that hangs on another noun ("the one passed in September,
    which set the cap": the one passed, not September; a date says nothing)."""
    if noun.ent_type_ not in {"DATE", "TIME"} or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return noun
    up = noun.head.head
    if up.dep_ in {"acl", "relcl"} and up.pos_ == "VERB" and up.head.i < up.i:
        up = up.head
    return up if up.pos_ in {"NOUN", "PROPN"} or up.pos_ == "PRON" and up.lower_ == "one" else noun


def _though_misprinted(cue: Token, subj: Token) -> bool:
    """Is ``cue`` "thought" printed for "though": set on after a comma, with no "and", with
    the subject of a clause that names no one who thinks ("Whiting's decision made no
    difference to Hamilton, thought it could have forced Rosberg into a mistake")?"""
    return (
        cue.lower_ == "thought" and cue.dep_ == "conj" and cue.i > 0 and cue.doc[cue.i - 1].text == ","
        and not any(c.dep_ == "cc" for c in cue.head.children) and subj.pos_ == "NOUN" and not _speaker_like(subj)
        and subj.lemma_.lower() not in HUMAN_NOUNS | INSTITUTIONS and not _people_plural(subj)
    )


def _summons(cue: Token) -> bool:
    """Is "call for" sending for a person ("called for his closer, Chapman"), not a demand
    ("called for Okafor to resign", "called for his resignation")?"""
    prep = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    who = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if who is None or any(c.dep_ in {"acl", "relcl", "xcomp", "prep"} for c in who.children):
        return False
    doc = cue.doc
    # (the name set off after it, read as the verb's object: "called for his closer, Tomas Lindqvist")
    named_after = {
        c.i for c in cue.children
        if c.dep_ == "dobj" and c.ent_type_ == "PERSON" and who.i + 1 < len(doc) and doc[who.i + 1].text == "," and c.left_edge.i == who.i + 2
    }
    person = who.ent_type_ == "PERSON" or bool(named_after) or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in who.children)
    return person and not any(c.dep_ in {"xcomp", "ccomp", "dobj"} and c.i not in named_after for c in cue.children)


def _one_body(noun: Token) -> bool:
    """Is ``noun`` one organisation named by its kind ("a college", "the network"; not
    "wireless networks")?"""
    return noun.tag_ == "NN" and noun.lemma_.lower() in ORG_KINDS


def _past_relative(subj: Token) -> Token:
    """The noun a relative "which" or "that" as subject stands for, else ``subj``."""
    return subj.head.head if subj.lower_ in {"which", "that"} and subj.head.dep_ == "relcl" else subj


def _thing(subj: Token) -> bool:
    """Is this subject a thing, which cannot say or do anything said: a common noun that names
    no person, group, institution, document or finding ("the shaft", "a bill"), or a relative
    "which" standing for one ("the shaft, which threatens …")? Names, pronouns and the nouns
    of the lists are not things."""
    subj = _past_relative(subj)
    if subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    lemma = subj.lemma_.lower()
    return not (
        lemma in HUMAN_NOUNS or lemma in DOC_NOUNS or lemma in INSTITUTIONS or lemma in EVIDENCE_NOUNS
        or lemma.endswith(("ist", "ian", "er", "or"))  # agent nouns: "the insurer", "a lender"
    )


def _speaker_like(tok: Token) -> bool:
    """Without a speech verb, only a name or a personal pronoun is taken as a speaker."""
    return tok.lower_ in {"he", "she", "they", "i", "we"} or tok.pos_ == "PROPN" or tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}


def _in_marks(tok_i: int, doc: Doc, inside: frozenset[int]) -> bool:
    """Is token ``tok_i`` inside quotation marks (``inside``: token indices)?"""
    return tok_i in inside


def _negated(verb: Token, quoted: frozenset[int] = frozenset()) -> bool:
    """"He did not suggest retaliation.": a verb that says what someone did not say reports
    no words of theirs. A "not" among the tokens ``quoted`` does not count (“Absolutely
    not,” Clinton responded)."""
    return any(c.dep_ == "neg" and c.i not in quoted for c in verb.children)


def _asked_hypothetically(verb: Token) -> bool:
    """"What would Prince have thought that …?": a question of what someone would, could or
    might say or think asks it; it reports no words of theirs."""
    modal = any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "will"} and c.i < verb.i for c in verb.children)
    return modal and verb.sent.text.rstrip(" \n\"'”’)").endswith("?")


def _find_cue_in(doc: Doc, lo: int, hi: int, quoted: frozenset[int], strict: bool) -> Token | None:
    """The first cue verb with a speaker among tokens lo..hi that is not inside a quote and
    not negated ("“…?” He did not answer.": the one who did not say it; a "not" in the quote
    before it, “Absolutely not,” Clinton responded, does not count)."""
    for i in range(lo, min(hi, len(doc))):
        t = doc[i]
        if _in_marks(i, doc, quoted) or _negated(t, quoted):
            continue
        if t.lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
            return t
        if _is_cue(t, strict=strict) and _subject(t) is not None:
            return t
    return None


def _closing_sentence(toks: _Tokens, q: QSpan) -> int:
    """The index of the sentence a quote's words end in."""
    return toks.sent_index(max(q.inner_start, q.inner_end - 1))


def _cue_after_run_on(doc: Doc, toks: _Tokens, q: QSpan, quoted: frozenset[int]) -> tuple[Token, tuple[int, int]] | None:
    """For a quote opening inside one sentence and closing in a later one, the cue after its
    closing mark in the sentence it closes in, whose speaker comes after the mark too ("…
    no joy” in the town hall, Haddad said."), and the quote's clause as character bounds:
    from the start of the sentence it opens in to where the writer's words between the mark
    and that cue clause end; else None."""
    first_si, last_si = toks.sent_index(q.open_start), _closing_sentence(toks, q)
    if last_si <= first_si or "\n" in toks.text[q.open_start : q.close_end]:
        return None
    after_lo = toks.first_from(q.close_end)
    cue = _find_cue_in(doc, after_lo, toks.sents[last_si].end, quoted, strict=True)
    if cue is None or cue.lower_ == "according":
        return None
    subj = _subject(cue)
    if subj is None or subj.i < after_lo:
        return None
    end_char = doc[min(cue.i, subj.left_edge.i)].idx
    while end_char > q.close_end and toks.text[end_char - 1] in " ,—–":
        end_char -= 1
    if end_char <= q.close_end:
        return None  # (“Marco! Marco!,” the senator said: a quote the parser split, then its cue)
    return cue, (toks.sents[first_si].start_char, end_char)


def _same_speaker(inner: Token, outer: Token) -> bool:
    """Does the framing verb ``inner`` inside what ``outer`` reports have the outer speaker
    as its subject ("he said he found her “charming” and called the race “unheard of”")?
    Then it is an attribution of its own, not words inside the outer one."""
    if inner.dep_ == "relcl" or any(c.i < inner.i and c.lower_ in {"what", "which", "whom"} for c in inner.children):
        return False  # "she said … what she calls a “war of words”": a phrase inside the report
    a, b = _subject(inner), _subject(outer)
    if a is None or b is None:
        return False
    if a.i == b.i or a.lower_ == b.lower_:
        return True
    return a.lower_ in {"he", "she"} and (b.ent_type_ == "PERSON" or b.lower_ in {"he", "she"})


def _reported_as_subject(cue: Token, child: Token) -> bool:
    """Is ``child``, a subject of the cue by the parse, the reported clause misread as one?
    ("The rejection signals “the end” for the union, said Omar Haddad": the speaker is the
    subject after the cue; the clause before it is what he said.)"""
    speaker = _subject(cue)
    return (
        speaker is not None and speaker.i > cue.i and child.i < cue.i and speaker.i != child.i
        and cue.i > 0 and cue.doc[cue.i - 1].text == ","
    )


_SAYS_MORE = frozenset({"add", "note", "explain", "remark", "repeat", "contrast", "insist", "argue", "stress", "warn"})
"""Participles that go on saying something after a quote's cue ("he said, adding that …")."""


def _said_more(cue: Token | None, lo: int, hi: int) -> tuple[Token, tuple[int, int]] | None:
    """A participle of saying hung on ``cue`` between characters ``lo`` and ``hi`` (between
    two quotes) that reports words of its own ("said, adding that he had fought for bills",
    "said, going on to contrast her plans with Trump's:"): the participle and the character
    span of what it reports, up to the next quote; else None."""
    if cue is None:
        return None
    doc = cue.doc
    for t in cue.children:
        verb = t
        if t.lemma_ in _GOES_ON and t.tag_ == "VBG":
            # "going on to contrast …": the verb of saying the going on governs
            verb = next((c for c in t.children if c.dep_ == "xcomp" and c.lemma_ in _SAYS_MORE), t)
        if not (lo <= verb.idx < hi and t.tag_ == "VBG" and t.dep_ in {"advcl", "xcomp", "conj"} and verb.lemma_ in _SAYS_MORE):
            continue
        said = [c for c in verb.children if c.i > verb.i and c.dep_ in {"ccomp", "dobj"}]
        if not said:
            return None
        start = said[0].left_edge
        end = max((c.right_edge for c in verb.children if c.i > verb.i and c.dep_ in {"ccomp", "dobj", "prep", "advcl"}), key=lambda x: x.i)
        while end.i > start.i and (end.is_punct or end.idx + len(end.text) > hi):
            end = doc[end.i - 1]
        if end.idx + len(end.text) > hi or start.idx < lo:
            return None
        return verb, (start.idx, end.idx + len(end.text))
    return None


def _going_on_after(f: _Found, prev: _Found, said_more: tuple[Token, tuple[int, int]], first: QSpan, last: QSpan) -> None:
    """Make ``f`` (marks ``first`` … ``last``) the quote of ``prev``'s speaker that goes on
    from what a participle of saying after ``prev`` reports (:func:`_said_more`): a quote of
    its own, not a piece of ``prev``, its cue the participle."""
    verb, clause = said_more
    f.cue, f.subject, f.speaker_bounds = verb, prev.subject, prev.speaker_bounds
    _go_on_from(f, clause, first, last)


def _continues(prev: _Found | None) -> bool:
    """Can a following quote with no cue of its own be another piece of ``prev``? A direct
    quote, or a partial one whose cue comes after it (Lead “A,” he said. “B.”)."""
    if prev is None:
        return False
    if prev.kind == "direct":
        return True
    if prev.kind != "partial" or prev.cue is None or not prev.marks:
        return False
    return prev.cue.idx >= prev.marks[-1].close_end or _tag_after(prev.cue, prev.marks[-1].close_end)


def _bear_out(text: str, toks: _Tokens, found: list[_Found], orphans: list[_Found]) -> None:
    """Give each quote standing alone that bears out an indirect quote right before it to
    that quote's speaker: "Cummings called him a master at bolting deals together. “He
    showed again and again …”" is Cummings's. It bears it out when it is the whole of the
    sentence after the indirect quote's, in the same paragraph, and no other quote sits in
    that sentence."""
    by_sentence = {toks.sent_index(f.cue.idx): f for f in found if f.kind == "indirect" and f.cue is not None}
    for f in orphans:
        first, last = f.marks[0], f.marks[-1]
        own = toks.sent_index(first.open_start)
        prev = by_sentence.get(own - 1)
        if prev is None or toks.sent_index(prev.pieces[-1][1] - 1) != own - 1:
            continue  # (what it reports ends in its cue's sentence)
        if "\n" in text[prev.pieces[-1][1] : first.open_start] or text[toks.sents[own].start_char : first.open_start].strip():
            continue  # (the quote opens the next sentence, in the paragraph)
        if text[last.close_end : toks.sents[toks.sent_index(last.close_end - 1)].end_char].strip(" .\n"):
            continue  # (and ends it)
        if any(g is not prev and toks.sents[own - 1].start_char <= g.pieces[0][0] < last.close_end for g in found):
            continue  # (nor a quote of another's in its sentence)
        f.inherited = prev
        found.append(f)


def _here_is(doc: Doc, colon_i: int) -> Token | None:
    """The person a presenting clause ending at the colon ``colon_i`` names ("Here’s Clinton in
    December 1992: “…”", "Here is Mary Brandt on the budget:"): the last word of the first
    name in it; else None."""
    start = doc[colon_i].sent.start
    if colon_i - start < 3 or doc[start].lower_ != "here" or doc[start + 1].lower_ not in {"'s", "’s", "is"}:
        return None
    name = None
    for t in doc[start + 2 : colon_i]:
        if t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
            name = t
        elif name is not None:
            break
    return name


def _tag_after(before: Token, close_end: int) -> bool:
    """Does a speech tag follow a closing mark at ``close_end`` (after the token ``before``),
    ending its sentence (“…,” she said. / “…,” said Haddad.)? Its speaker and cue verb
    within the next few words."""
    doc, i = before.doc, before.i
    while i < len(doc) and doc[i].idx < close_end:
        i += 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    elif doc.text[max(0, close_end - 4) : close_end].rstrip(ALL_MARK_CHARS)[-1:] not in {",", "?", "!"}:
        return False
    if i >= len(doc):
        return False
    sent = doc[i].sent
    words = [t for t in doc[i : min(sent.end, i + 5)] if not t.is_punct]
    cue = next((t for t in words[:3] if _is_cue(t, strict=True)), None)
    if cue is None:
        return False
    subj = _subject(cue)
    tail = [t for t in doc[cue.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    return subj is not None and subj.i >= i and len(tail) <= 3


def _cue_ending_paragraph_before(
    toks: _Tokens, groups: list[list[QSpan]], para_start: int, group: list[QSpan]
) -> tuple[Token, tuple[int, int] | None] | None:
    """The speech verb of the sentence that ends the paragraph before ``para_start`` ("Brandt
    said on Friday that …", "The party issued a statement …"), with the clause it reports
    as character bounds (None when it reports none), when that paragraph quotes nothing
    and the quote ``group`` is a whole paragraph of its own that ends a sentence; else None."""
    text = toks.text
    first, last = group[0], group[-1]
    if para_start == 0 or text[last.close_end :].split("\n", 1)[0].strip():
        return None
    if text[first.inner_start : last.inner_end].rstrip(" " + ALL_MARK_CHARS)[-1:] not in {".", "?", "!", "…"}:
        return None  # a heading in marks ("“VOTERS MAKE GOOD DECISIONS”")
    if re.match(r"[A-Z][\w.’' -]{0,40}:\s", text[first.inner_start : last.inner_end]):
        return None  # a transcript, each turn led by its speaker ("“HADDAD: We will …”")
    si = toks.sent_index(para_start)
    if si == 0:
        return None
    sent = toks.sents[si - 1]
    if sent.end_char > para_start or text[sent.end_char : para_start].count("\n") > 2 or "\n" in sent.text.strip():
        return None
    prev_para = text.rfind("\n", 0, sent.start_char) + 1
    root = sent.root
    if root.pos_ != "VERB" or (subj := _subject(root)) is None or _negated(root):
        return None
    marks = [q for g in groups for q in g if prev_para <= q.open_start < para_start]
    last_close = max((q.close_end for q in marks), default=None)
    if last_close is not None and not (
        root.dep_ == "ROOT" and subj.pos_ == "PROPN" and _is_cue(root, strict=True)
        and sent.start_char < last_close <= min(subj.idx, root.idx)
    ):
        # the paragraph before quotes someone: the quote continues or answers that (unless
        # that paragraph ends in a tag naming its speaker after the quoted words: “… an
        # orange buffoon,” Susan said as she turned around. ¶ “But he’s our buffoon!”)
        return None
    if root.lemma_.lower() in ISSUE_LEMMAS and any(c.dep_ == "dobj" and c.lemma_.lower() in DOC_NOUNS for c in root.children):
        return root, None  # "The party issued a statement …": the statement
    if not _is_cue(root, strict=True):
        return None
    return root, _reported_clause(root)


def _reported_clause(cue: Token) -> tuple[int, int] | None:
    """Character bounds of what the cue, the root of its sentence, reports, up to the
    sentence's end: its clause ("said that the ruling was wrong"), a participle's
    ("responded, saying the campaign was lying"), or its object ("praised his
    leadership"); None when it reports nothing."""
    sent, doc = cue.sent, cue.doc
    verbs = [cue, *(c for c in cue.children if c.dep_ in {"advcl", "xcomp", "conj"} and c.tag_ == "VBG" and c.lemma_ in CUE_LEMMAS)]
    clause = next((c for v in reversed(verbs) for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)
    if clause is None:
        clause = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i and c.lemma_.lower() not in DOC_NOUNS), None)
    if clause is None:
        return None
    lo, hi = clause.left_edge.i, sent.end
    while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _go_on_from(f: _Found, clause: tuple[int, int], first: QSpan, last: QSpan) -> None:
    """Make the quote ``f`` (marks ``first`` … ``last``) go on from a reported ``clause``
    before it: a partial quote whose context pieces are the clause and the quote."""
    f.kind = "partial"
    f.context = (clause[0], last.close_end)
    f.context_pieces = [clause, (first.open_start, last.close_end)]


def _previous(found: list[_Found], text: str) -> _Found | None:
    """The quote a following one may continue: the last found, passing over a name quoted
    inside that quote's own cue clause ("“A?” asked Varga, on what he calls the “crooked”
    process. “B.”")."""
    if not found:
        return None
    last = found[-1]
    if len(found) > 1 and len(last.marks) == 1 and _embedded(text, last.marks[0]):
        before = found[-2]
        if (
            before.kind == "direct" and before.cue is not None and before.marks
            and before.marks[-1].close_end <= before.cue.idx < last.marks[0].open_start
            and last.marks[0].open_start < before.cue.sent.end_char
        ):
            return before
    return last


def _describes_speaker(verb: Token, outer: Token) -> bool:
    """Is the verb in a relative clause on the outer cue's speaker, or coordinated with
    one ("said an official who oversaw the talks and described them as …")? Then it is
    that speaker's own speech act, not words inside what the outer cue reports."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    speaker = _subject(outer)
    return verb.dep_ == "relcl" and speaker is not None and verb.head.i == speaker.i


def _claims_a_deed(verb: Token) -> bool:
    """Does ``verb`` claim responsibility or credit ("The Islamic State group claimed
    responsibility for the attack"): an act of saying whose content is its object (not "the
    crash claimed 50 lives", "claimed the title", nor "claimed his third victory", which
    is winning as often as saying so)?"""
    return verb.lemma_ == "claim" and any(c.dep_ == "dobj" and c.lemma_ in {"responsibility", "credit"} for c in verb.children)


def _own_subject(cue: Token) -> bool:
    """Does the verb have a subject of its own (not one borrowed from a governing verb)?"""
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children)


def _cut_at_new_cue(doc: Doc, after: int, right: int) -> int:
    """Token end of a reported clause: before a coordinated or participial speech verb
    after token ``after`` that starts an attribution of its own ("… confusing and called
    the venture “a great example”", "…, claiming that …")."""
    for i in range(after, right):
        t = doc[i]
        participle = (
            t.tag_ == "VBG" and t.dep_ in {"advcl", "xcomp", "conj", "acl"} and i > 1
            and (doc[i - 1].text == "," or (doc[i - 1].pos_ == "ADV" and doc[i - 2].text == ","))  # ", implicitly putting …"
            and t.lower_ not in {"including", "according", "excluding", "regarding", "concerning"}
        )
        # an infinitive ("was “deeply hurt” to even read the letter") starts no attribution
        if participle or (
            t.dep_ in {"conj", "advcl"} and t.pos_ == "VERB" and _is_cue(t) and not _own_subject(t) and t.lemma_ not in WEAK_PARTIAL
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        ):
            j = i
            while j > after and (
                doc[j - 1].is_punct or doc[j - 1].lower_ in {"and", "then", "also", "but", "or"} or doc[j - 1].is_space
                or (doc[j - 1].dep_ in {"mark", "advmod"} and doc[j - 1].head.i == i and (doc[j - 1].tag_ in {"IN", "WRB", "RB"}))
            ):
                j -= 1
            return max(j, after)
    return right


def _cue_tail(doc: Doc, cue: Token, right: int, framed: bool = False) -> int:
    """Token end of a reported clause that the parse ended early: words after it that hang
    on the cue itself ("said that the fee is “a tax,” compared with what drivers paid",
    "said the plan was “not a rescue” but a way to sell the pier") go on with what was
    said, to the cue's last word in its sentence; the clause breaks of the caller still cut
    it.

    ``framed``: the clause is a phrase the cue frames ("decried the council for “turning its
    back”", "called the deal “a step forward”"), and only a phrase or clause of what was
    said goes on from it ("… on the city's working families", "… in efforts to curb
    emissions"): not one of when, where or in what medium it was said (``_setting``), not a
    participle's clause of its own, nor anything after a comma ("“a strong leader,”
    comparing him to …"); it ends at the cue's next coordinated verb or participle or at a
    comma or colon."""
    j = right
    while j < len(doc) and (doc[j].is_quote or doc[j].is_space):
        j += 1
    if j >= len(doc) or doc[j].head.i != cue.i or doc[j].is_punct or doc[j].dep_ in {"nsubj", "parataxis"}:
        return right
    if framed:
        k = j - 1
        while k > 0 and (doc[k].is_quote or doc[k].is_space):
            k -= 1
        if doc[j].dep_ not in {"prep", "advcl"} or doc[j].tag_ == "VBG" or _setting(doc[j]) or doc[k].text == ",":
            return right
    end = min(cue.right_edge.i + 1, doc[j].sent.end)
    if framed:
        end = next((
            i for i in range(j + 1, end)
            if doc[i].text in {",", ":", ";", "—", "--", "–"}
            or doc[i].head.i == cue.i and (doc[i].dep_ == "cc" or doc[i].dep_ in {"conj", "advcl"} and doc[i].tag_ == "VBG")
        ), end)
    while end > j and doc[end - 1].is_punct:
        end -= 1
    return max(right, end)


def _complement_span(doc: Doc, cue: Token, comp: Token, quoted: frozenset[int], quoted_ok: bool = False) -> tuple[int, int] | None:
    """Character span of an indirect quote: the complement clause ``comp`` of ``cue``,
    without what follows it but is not reported (a participle or a new speech verb after a
    comma: "…, echoing a memo", "…, while voters said …"); None when it is too short or
    mostly inside quotation marks (unless ``quoted_ok``: the clause then frames a quote)."""
    lo, hi = comp.left_edge.i, comp.right_edge.i + 1
    if comp.i > cue.i:
        lo = max(lo, cue.i + 1)
        # a clause the parse broke in two, both halves hung on the cue, at a "n't" ("say
        # [they do][n’t yet know enough about Sanders]") or before a predicate with no
        # subject of its own ("said [some people trapped under the tram][were calling for
        # help]"): one clause
        while hi < len(doc) and (
            more := next((c for c in cue.children if c.dep_ == "ccomp" and c.i > comp.i and c.left_edge.i == hi), None)
        ) is not None and (
            not doc[hi - 1].whitespace_ and doc[hi].lower_ in {"n't", "n’t"}
            or not doc[hi - 1].is_punct and doc[hi].dep_ in {"aux", "auxpass"} and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in more.children)
        ):
            hi = more.right_edge.i + 1
    else:
        hi = min(hi, cue.i)
        if any(doc[i].text == ";" for i in range(comp.right_edge.i + 1, cue.i)):
            return None  # "The attacker is killed …; he pledges allegiance to …": a sentence of its own, not what is said
    for i in range(comp.i + 1, hi):
        t = doc[i]
        if t.pos_ not in {"VERB", "AUX"} or t.dep_ not in {"advcl", "conj"}:
            continue
        left = t.left_edge.i
        after_comma = left > lo and doc[left - 1].text in {",", "—", "–", ";"} or doc[left].text in {",", "—", "–", ";"}
        if t.head.i == comp.i and after_comma and (t.tag_ == "VBG" or (_is_cue(t, strict=True) and _own_subject(t))):
            hi = left
            break
        if t.head.i == comp.i and t.dep_ == "conj" and _is_cue(t, strict=True) and any(j in quoted for j in range(t.i, t.right_edge.i + 1)):
            # "said it was too early to congratulate winners [but added, “…”]": the parse
            # hung the cue of the next quote on the clause as its conjunct
            hi = min([c.i for c in comp.children if c.dep_ == "cc" and comp.i < c.i < t.i] + [left])
            break
    if comp.i > cue.i:
        hi = _listed_clauses(doc, cue, hi, quoted)
    # never across a line break
    for i in range(lo, hi):
        if "\n" in doc[i].text or ("\n" in doc[i].whitespace_ and i + 1 < hi):
            if i < comp.i:
                lo = i + 1
            else:
                hi = i + 1
                break
    lo = _skip_lead(doc, lo, hi)
    while hi > lo and _trailing(doc[hi - 1]):
        hi -= 1
    if hi - lo < 2:
        return None
    if not quoted_ok and sum(1 for i in range(lo, hi) if i in quoted) * 2 > hi - lo:
        return None
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _listed_clauses(doc: Doc, cue: Token, hi: int, quoted: frozenset[int]) -> int:
    """Token end of a reported clause that goes on as a list of clauses the parse hung on the
    sentence's main verb: "saying [he would abdicate U.S. leadership], [his world view is
    “dangerously wrong”] and [he is a “bully”]" (a comma before the second, a comma or "and"
    before the next), each with a subject of its own and no verb of saying; taken only when
    they hold words in marks, which no other walk reaches. ``hi`` when there are none."""
    end = hi
    end_sent = cue.sent.end
    verbs: set[int] = set()  # the listed clauses' verbs
    while end < end_sent:
        j = end
        if doc[j].text == ",":
            j += 1
            if verbs and j < end_sent and doc[j].lower_ == "and":
                j += 1
        elif verbs and doc[j].lower_ == "and":
            j += 1
        else:
            break
        if j >= end_sent:
            break
        v = doc[j]
        while v.head.i != v.i and j <= v.head.i < end_sent:
            v = v.head
        if v.head.i == v.i:
            # the parse made this clause the sentence's root, the cue's hung on it
            hung = v.i > cue.i
        else:
            hung = v.dep_ in {"advcl", "conj", "ccomp", "parataxis"} and (v.head.i < cue.i or v.head.i in verbs)
        if not (hung and v.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i >= j for c in v.children)):
            break
        # the clause without the clauses coordinated with it, each the next on the list
        v_end = max([v.i] + [c.right_edge.i for c in v.children if c.i > v.i and c.dep_ not in {"conj", "cc"}]) + 1
        if v_end > end_sent or any(_is_cue(t) or t.lower_ == "according" for t in doc[j:v_end]):
            break
        dash = next((t.i for t in doc[j:v_end] if t.text in {"--", "—", "–"}), None)
        end = v_end if dash is None else dash  # (not an aside after a dash: "… a “bully” -- all without speaking his name")
        verbs.add(v.i)
        if dash is not None:
            break
    return end if verbs and any(i in quoted for i in range(hi, end)) else hi


def _aside_cue(node: Token, below: Token | None, quoted: frozenset[int]) -> Token | None:
    """A cue set off inside the clause headed by ``node`` rather than governing it: a
    parenthetical speech verb ("X, he said, Y") or "according to X"; not the branch
    ``below`` the walk came from."""
    for c in node.children:
        if (below is not None and c.i == below.i) or c.i in quoted:
            continue
        if c.dep_ == "parataxis" and _is_cue(c, strict=True) and c.lemma_ not in WEAK_PARTIAL and _subject(c) is not None:
            return c
        if c.lower_ == "according" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "to" and _subject(c) is not None:
            return c
        if _words_of(c) is not None:
            return c  # "Mrs. Clinton was, in the words of a senior adviser, “the torchbearer”"
        if (
            c.dep_ == "advcl" and _is_cue(c, strict=True) and c.lemma_ in SAY_LEMMAS | {"report"} | PUT_IT_LEMMAS and _subject(c) is not None
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
            and any(t.text == "," for t in (c.doc[c.right_edge.i : c.right_edge.i + 3] if c.i < node.i else c.doc[c.left_edge.i - 1 : c.left_edge.i]))
        ):
            return c  # "as the Ledger noted in an op-ed, the candidate “…”"
    return None


def _clause_without(doc: Doc, host: Token, cue: Token, q: QSpan | None) -> list[tuple[int, int]] | None:
    """Character pieces of the clause headed by ``host`` around the aside ``cue`` (the
    cue's own phrase and the commas around it left out), within the host's sentence."""
    sent = host.sent
    lo, hi = max(host.left_edge.i, sent.start), min(host.right_edge.i + 1, sent.end)
    a, b = cue.left_edge.i, cue.right_edge.i + 1
    for c in host.children:
        # a fronted time ("Six months ago, the senator said, the media …") is the writer's
        # (not a phrase or clause of more: "For black voters in the South, …", "Two years
        # before the public learned of it, …", which the annotators keep)
        if c.i >= a or c.left_edge.i > lo:
            break
        sub = list(c.subtree)
        if c.dep_ in {"prep", "advmod", "npadvmod"} and any(t.ent_type_ in {"DATE", "TIME"} for t in sub) and not any(t.pos_ in {"VERB", "AUX"} for t in sub):
            lo = c.right_edge.i + 1
    spans = [(lo, a), (b, hi)] if lo <= a < b <= hi else [(lo, hi)]
    out: list[tuple[int, int]] = []
    for x, y in spans:
        # no leading or trailing punctuation, but keep the quotation marks of a fragment
        while x < y and (doc[x].is_space or (doc[x].is_punct and not doc[x].is_quote) or (x == lo and doc[x].dep_ == "cc")):
            x += 1  # (nor the "But" that opens the sentence)
        while y > x and (doc[y - 1].is_space or (doc[y - 1].is_punct and not doc[y - 1].is_quote)):
            y -= 1
        if y > x:
            out.append((doc[x].idx, doc[y - 1].idx + len(doc[y - 1].text)))
    if not out or (q is not None and not any(s <= q.inner_start < e for s, e in out)):
        return None
    return out


_ACT_PREPS = {"for", "of", "on", "about", "as", "against", "over", "to"}


_CITED_SOURCES = frozenset({
    "source", "official", "outlet", "media", "medium", "person", "people", "insider", "aide", "authority", "witness",
    "police", "spokesman", "spokeswoman", "spokesperson",
})
"""Who a writer cites for what it says ("citing local news outlets"): no words of theirs."""
_COURT_STEPS = frozenset({"lawsuit", "suit", "complaint", "appeal", "petition", "indictment", "motion"})
"""What a party dismisses, files or drops in court: a step in a case, not someone's words."""


def _act_content(doc: Doc, cue: Token, quoted: frozenset[int]) -> tuple[int, int] | None:
    """Content of a speech act or a finding: the complements after the verb ("announced
    [a plan to cut taxes]", "accused [him of lying]", "a poll found [that …]"), or None."""
    subj = _subject(cue)
    if subj is None:
        return None
    if any(c.dep_ == "auxpass" for c in cue.children) or cue.dep_ in {"acl", "amod"} or (
        cue.tag_ == "VBN" and not any(c.dep_ == "aux" for c in cue.children)
    ):
        return None  # "a website called …", "Texas was called for Cruz"
    if (
        cue.lemma_ in _ADDRESSED and cue.dep_ == "conj" and any(c.dep_ == "auxpass" for c in cue.head.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"} for c in cue.children)
    ):
        return None  # "Fellow coaches were alerted …, and told to pray for him": told, not telling (not "was arrested and told police …")
    if cue.lemma_ == "threaten" and _thing(subj) and any(c.dep_ == "xcomp" for c in cue.children):
        return None  # "the metal shaft, which threatens to collapse": a danger, not a threat made
    if cue.lemma_ == "promise" and subj.head.i == cue.i and _thing(subj) and not _one_body(_past_relative(subj)):
        # "5G wireless networks promise Internet connections 10 to 100 times faster", "a
        # rocket that promises to give Heavy a run for its money": what a thing holds out
        # (not "a college that promised …", an institution, nor "the time frame in which
        # Kaine promised …", a subject the parse took from the clause's noun)
        return None
    if cue.lemma_ == "call" and _summons(cue):
        return None  # "Maddon called for his closer, Chapman": sent for someone, no words of his
    if cue.lemma_ == "refer" and _thing(subj):
        return None  # "a phrase that commonly refers to people who …": what words mean
    if cue.lemma_ == "cite" and not any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children) and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _CITED_SOURCES or c.ent_type_ == "ORG" and c.pos_ == "PROPN")
        for c in cue.children
    ):
        return None  # "citing government sources in Seoul", "citing the China National Space Administration": where it heard what it says, not what anyone said
    if cue.lemma_ in {"slam", "blast"} and any(c.dep_ == "dobj" and c.lemma_.lower() in {"door", "brake", "ball"} for c in cue.children):
        return None  # "He would slam the door on the Indians": a closer's pitching, not a rebuke
    if cue.lemma_ in {"slam", "blast"} and not any(c.dep_ == "dobj" for c in cue.children) and any(
        c.dep_ in {"prep", "prt"} and c.lower_ in {"to", "into", "off", "toward", "towards"} for c in cue.children
    ):
        return None  # "the car he hopes to blast to the red planet", "blast off": a launch, not a rebuke
    if _not_yet_made(cue):
        return None  # "companies will announce similar charges", "plaintiffs likely to demand billions": an act foreseen, not made
    if cue.lemma_ in {"dismiss", "drop", "file", "settle", "withdraw"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _COURT_STEPS for c in cue.children
    ):
        return None  # "Yochanan voluntarily dismissed the lawsuit": a step in a case, no words
    if cue.lemma_ in EVIDENCE_LEMMAS:
        # only what a poll, study, report or an organisation found
        if not (subj.lemma_.lower() in EVIDENCE_NOUNS or subj.ent_type_ == "ORG"):
            return None
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children) and not any(c.dep_ == "ccomp" for c in cue.children):
            return None  # "The Falcon Heavy may also find a niche in …": a prospect, no finding
        kids = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
        if not kids and any(c.dep_ == "dobj" and c.i > cue.i for c in cue.children):
            # what it shows without a clause: "a poll shows [Sanders with 47 percent]",
            # "showed [Mr. Trump leading Mr. Cruz nationally]", "found [no record of the class]"
            kids = [c for c in cue.children if c.i > cue.i and c.dep_ in {"dobj", "oprd", "xcomp", "prep", "advcl", "npadvmod", "advmod"}]
    else:
        kids = [
            c for c in cue.children
            if c.i > cue.i and (
                c.dep_ in {"dobj", "xcomp", "ccomp", "oprd"}
                or (c.dep_ == "prep" and c.lower_ in _ACT_PREPS)
                or (c.dep_ == "advcl" and cue.lemma_ in OBJECT_SPEECH and _infinitive(c))  # ("warned citizens in its path to take cover")
                or (c.dep_ == "dative" and cue.lemma_ in {"ask", "offer", "promise"})
            )
        ]
        if cue.lemma_ in _ADDRESSED:
            # the person told or asked is not the content: "asked him a question", "told the
            # students" say nothing; "told Bush to quiet down", "asked about the war" do
            addressee = {"dobj", "dative"}
            if not any(c.dep_ not in addressee for c in kids) and not any(
                c.dep_ == "dobj" and c.lemma_ in {"story", "joke", "tale", "lie", "truth"} for c in kids
            ):
                return None
        if cue.lemma_ == "call":
            # "called the police" is not speech; "called for", "called on X to", "called it a
            # sham" are
            kids = [c for c in kids if c.dep_ in {"oprd", "xcomp", "dobj"} or (c.dep_ == "prep" and c.lower_ in {"for", "on"} and c.i <= cue.i + 2)]
            if not any(c.dep_ in {"oprd", "xcomp"} or c.dep_ == "prep" for c in kids):
                return None
            # (what it was called goes on past a phrase the parse hung on the verb: "called him a
            # master [at bolting deals together]"; not the scene: "called it a sham [at a rally]")
            kids += [
                c for c in cue.children
                if c.dep_ == "prep" and c not in kids and not _setting(c)
                and any(k.dep_ == "oprd" and k.right_edge.i + 1 == c.i for k in kids)
            ]
    if not kids:
        return None
    # its reason or purpose, after it ("warned citizens to take cover — just in case any
    # parts fell on Japan")
    kids += [c for c in cue.children if c.i > max(k.i for k in kids) and _gives_reason(c)]
    lo = min(c.left_edge.i for c in kids)
    hi = max(c.right_edge.i for c in kids) + 1
    lo = max(lo, cue.i + 1)
    first = min(kids, key=lambda c: c.i)
    if first.dep_ == "prep" and first.i == lo and (
        first.lower_ in {"for", "on", "about", "against", "over"} or (first.lower_ == "to" and cue.lemma_ == "refer")
    ):
        lo += 1  # "called for [an inquiry]": the preposition belongs to the cue
    # a trailing participle or another speaker's clause is not part of it (a reason or a
    # purpose is)
    for i in range(lo, hi):
        t = doc[i]
        if t.dep_ in {"advcl", "conj"} and t.pos_ in {"VERB", "AUX"} and t.head.i in {c.i for c in kids} | {cue.i} and not _gives_reason(t):
            left = t.left_edge.i
            if left > lo and doc[left - 1].text in {",", ";", "—", "–"} or doc[left].text in {",", ";"}:
                hi = left
                break
    for i in range(lo, hi):
        t = doc[i]
        if t.dep_ == "relcl" and t.i != cue.i and _is_cue(t, strict=True) and _says_in_relative(t) and _in_object_phrase(t.head, kids):
            # (nor a relative clause of saying on a noun of the object, a quote of its own:
            # "claimed responsibility for the assault which they say is a response to …"; not
            # one inside a reported clause, "found that interviews, in which applicants are
            # asked …, were …")
            hi = t.left_edge.i
            break
    for i in range(lo, hi):
        if "\n" in doc[i].text or ("\n" in doc[i].whitespace_ and i + 1 < hi):
            hi = i + 1
            break
    lo = _skip_lead(doc, lo, hi)
    while hi > lo and _trailing(doc[hi - 1]):
        hi -= 1
    if hi - lo < 2 or all(t.pos_ in {"PRON", "DET", "ADP"} for t in doc[lo:hi]):
        return None
    if sum(1 for i in range(lo, hi) if i in quoted) * 2 > hi - lo:
        return None
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


_CLAUSE_NOUNS = frozenset({
    "fear", "concern", "hope", "worry", "speculation", "rumour", "rumor", "suggestion", "sign", "evidence", "indication",
    "expectation", "belief", "warning", "suspicion", "doubt", "assumption", "perception",
})
"""Nouns that take a clause of their own ("amid fears it could crash")."""


def _noun_clause_before(clause: Token) -> bool:
    """Does ``clause`` follow right after a noun that takes a clause, as the object of a
    preposition ("amid fears [it could soon crash]"): that noun's clause, not the verb's?"""
    left = clause.left_edge.i
    if left < 2:
        return False
    noun = clause.doc[left - 1]
    return noun.dep_ == "pobj" and noun.lemma_.lower() in _CLAUSE_NOUNS and noun.head.dep_ == "prep"


def _not_yet_made(cue: Token) -> bool:
    """Is the speech act ``cue`` one the writer or someone else foresees rather than one made:
    "many other big companies will announce similar charges" (a "will" on it, in what tax
    experts expect), "with plaintiffs likely to demand settlement figures in the billions"?"""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "'ll", "’ll"} for c in cue.children):
        return cue.dep_ in {"ccomp", "xcomp"} and cue.head.lemma_ in {"expect", "predict", "anticipate", "forecast", "project"}
    return cue.dep_ == "xcomp" and cue.head.lemma_ == "likely"


def _says_in_relative(verb: Token) -> bool:
    """Does the relative clause of ``verb`` say something: someone (a person, "who", a
    pronoun) is its subject, and it is not negated ("which they say …", "who say …", "the
    story where it said …"; not "instances that suggest …", "the military, which did not
    respond")?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "neg" for c in verb.children):
        return False
    return subj.lower_ in {"who", "whom"} or (subj.pos_ == "PRON" and subj.lower_ not in {"that", "which", "what"}) or _animate(subj)


def _in_object_phrase(noun: Token, kids: list[Token]) -> bool:
    """Is ``noun`` in the noun phrase of one of an act's complements ``kids`` that is no
    clause: the object, or a noun of a preposition's phrase on it ("responsibility for [the
    assault]")?"""
    while all(noun.i != k.i for k in kids) and noun.dep_ in {"pobj", "prep", "dobj", "conj", "appos", "compound"} and noun.head.i != noun.i:
        noun = noun.head
    return any(noun.i == k.i and k.dep_ != "ccomp" and k.pos_ in {"NOUN", "PROPN", "ADP", "PRON"} for k in kids)


def _gives_reason(clause: Token) -> bool:
    """Does the adverbial clause ``clause`` open with "because", "in case", "so that" or
    "lest" (its reason or purpose, which belongs to what it hangs on)?"""
    if clause.dep_ != "advcl":
        return False
    words = [t.lower_ for t in clause.doc[clause.left_edge.i : clause.i] if t.lower_ not in {"just", "only", "simply"}][:2]
    return words[:1] in (["because"], ["lest"]) or words == ["in", "case"] or words == ["so", "that"]


def _infinitive(verb: Token) -> bool:
    """Is ``verb`` an infinitive with "to" ("to take cover"), however the parse hung it?"""
    return verb.dep_ in {"xcomp", "advcl"} and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


_SIGNED_NAME = r"((?:[A-Z][\w.’'-]*[^\S\n]+){0,4}[A-Z][\w’'-]*)"
"""Up to five capitalised words signing a quote after a dash."""
_DASH_SIGNATURE = re.compile(rf"(?:[^\S\n]*([―—–]|--)|[^\S\n]+(-))[^\S\n]*{_SIGNED_NAME}\.?[^\S\n]*$", re.MULTILINE)
# A paragraph wholly a quote, signed by the next one: "“…”\n\n- Bernie Sanders." or
# "-President Obama, tweeting after Clinton's speech." (a dash, a name, maybe a description)
_DASH_SIGNATURE_LINE = re.compile(rf"[^\S\n]*(?:[―—–]|--?)[^\S\n]*{_SIGNED_NAME}(?:,[^\n]{{1,120}})?\.?[^\S\n]*$", re.MULTILINE)
_NAME_COLON = re.compile(
    r"^[ \t\"“]*((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)(?:[ \t]*\([^()\n]{1,20}\))?:(?:[ \t]+|(?=[“\"]))(\S[^\n]*)$", re.MULTILINE
)
# "Iowa polls overhyped - Jane Doe: “…”", "More from Doe: “…”", "Continued Doe: “…”": a
# source named before a colon after a dash or a "more from" lead, its quote to the line's end
_LEAD_NAME_COLON = re.compile(
    r"(?:[ \t][-–—][ \t]+(?:More from[ \t]+)?|^[ \t]*(?:More from|Continued|Added)[ \t]+|(?:^|[.!?][ \t]+)From[ \t]+(?=the ))"
    r"((?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.’'-]*|(?<=[Ff]rom )the[ \t]+[a-z]+):[ \t]+([“\"][^\n]*)$",
    re.MULTILINE,
)


_BRACKET_CREDIT = re.compile(r"(?<=[”\"“.!?])[ \t]*\[[A-Z][^\[\]\n]{0,40}\][ \t]*$", re.MULTILINE)
"""A newsletter's credit after an excerpt: "“…” [Gallup.]"."""


_COLON_SOURCES = frozenset({"poll", "survey", "study", "report", "newspaper", "camp", "insiders", "sources", "officials", "aides"})
"""Nouns that name a source before a colon as a name does ("Poll: …", "Insiders: …", "Newspaper: …")."""


def _name_colon_lines(
    doc: Doc, text: str, toks: _Tokens, index: EntityIndex, found: list[_Found], groups: list[list[QSpan]]
) -> list[_Found]:
    """Lines of the form "Marco Rubio: You Don't Win by How Many States You Win" (headlines,
    transcripts): what follows the colon, attributed to the person named before it."""
    out: list[_Found] = []
    if ":" not in text:
        return out
    matches = [(m, False) for m in _NAME_COLON.finditer(text)] + [(m, True) for m in _LEAD_NAME_COLON.finditer(text)]
    # a transcript: the same name labels two lines or more ("Okonkwo: …" after "Q: …"); the
    # format names the speaker even where the model does not know the name for a person's
    labels = Counter(m.group(1) for m, led in matches if not led)
    for m, led in matches:
        transcript = not led and labels[m.group(1)] >= 2 and len(m.group(1)) > 2
        n0, n1 = m.span(1)
        c0, c1 = m.span(2)
        if led and (credit := _BRACKET_CREDIT.search(text, c0, c1)) is not None:
            c1 = credit.start()  # "“…” [Gallup.]": a newsletter's credit for the excerpt
        c1 = _end_before_space(text, c0, c1)
        # ("Pollsters agree - Carl Bialik: “…”": the quote found with the verb before the dash is Bialik's)
        relabel = next(
            (f for f in found if led and f.kind == "direct" and c0 <= f.pieces[0][0] <= c0 + 1 and f.cue is not None and f.cue.idx < n0),
            None,
        )
        if c1 - c0 < 8 or relabel is None and _overlaps_found(found + out, (c0, c1)):
            continue
        lo, hi = toks.first_from(n0), toks.first_from(n1)
        if hi <= lo or hi >= len(doc):
            continue
        # the words before the colon name a person the article knows
        person = [
            i for i in range(lo, hi)
            if _label(index, doc[i]) == "PERSON"
            or (led and (doc[i].pos_ == "PROPN" or doc[i].text[:1].isupper()))  # the format names the source; the model may not know it
            or (transcript and doc[i].text[:1].isupper())
            or (led and doc[i].lower_ in DOC_NOUNS)  # "More from the report: “…”"
            or (i == hi - 1 and doc[i].lower_ in _COLON_SOURCES)  # "Poll: Trump and Clinton hold narrow leads"
            or (doc[i].lower_ in index.surnames and doc[i].text[:1].isupper())
        ]
        if not person or any(doc[i].pos_ in {"VERB", "AUX"} and doc[i].is_lower for i in range(lo, hi)):
            continue
        said = [t for t in doc[toks.first_from(c0) : toks.first_from(c1)] if not t.is_punct]
        if 1 < len(said) <= 3 and said[0].like_num and all(t.tag_ in {"VBN", "VBD", "JJ", "CD"} for t in said[1:]):
            continue  # "Virginia Tech: 32 killed": a heading of a list of events, a toll, not words
        head = doc[person[-1]]
        colon = doc[toks.at(text.index(":", n1))]  # after the name or its "(R-S.C.)"
        if relabel is not None:
            relabel.cue, relabel.cue_end_tok, relabel.subject, relabel.speaker_bounds = colon, None, head, (lo, hi)
            continue
        inner = [q for g in groups for q in g if c0 <= q.open_start and q.close_end <= c1 + 1]
        whole = len(inner) == 1 and inner[0].open_start == c0 and inner[0].close_end >= c1
        if whole:
            q = inner[0]
            out.append(_Found(kind="direct", pieces=[(q.inner_start, q.inner_end)], cue=colon, subject=head, speaker_bounds=(lo, hi), marks=[q]))
        elif inner:
            out.append(_Found(kind="partial", pieces=[(q.inner_start, q.inner_end) for q in inner], cue=colon, subject=head, speaker_bounds=(lo, hi), context=(c0, c1), marks=inner))
        elif led and text[c0] in "“\"" and not any(ch in "“”\"" for ch in text[c0 + 1 : c1 - 1]):
            # an excerpt whose closing mark was dropped (or typed the wrong way round): in
            # marks to its line's end
            end = c1 - 1 if text[c1 - 1] in "“”\"" else c1
            out.append(_Found(kind="direct", pieces=[(c0 + 1, end)], cue=colon, subject=head, speaker_bounds=(lo, hi)))
        else:
            # not in quotation marks: "indirect" by the kinds' definition, a transcript's
            # lines included (PolNeAR's gold reads them so too)
            out.append(_Found(kind="indirect", pieces=[(c0, c1)], cue=colon, subject=head, speaker_bounds=(lo, hi)))
    return out


_EMBEDDED_POST = re.compile(
    r"^[^\S\n]*(?P<body>\S[^\n]*?)[^\S\n]+(?P<dash>[—–]|--?)[^\S\n]+(?P<name>[^\s()—–@][^\n()—–@]{0,59}?)"
    r"[^\S\n]+\(@\w{1,30}\)[^\S\n]+[A-Z][a-z]{2,8}\.?[^\S\n]\d{1,2},?[^\S\n]\d{4}[^\S\n]*$",
    re.MULTILINE,
)
"""A post embedded in the page as its text shows it: "I welcome the release of 21 of our
Chibok Girls. — Muhammadu Buhari (@MBuhari) October 13, 2016"."""
_LINKS_AT_END = re.compile(r"(?:[^\S\n]*(?:https?://|pic\.twitter\.com/)\S+)+$")  # (typed against a word too: "#PanamaPapershttps://t.co/…")


def _embedded_posts(doc: Doc, text: str, toks: _Tokens, found: list[_Found]) -> list[_Found]:
    """Posts embedded in the page (:data:`_EMBEDDED_POST`): their words, as posted, are the
    poster's, signed by the name and handle after the dash (links at the end are the post's
    attachments, not its words)."""
    out: list[_Found] = []
    if "(@" not in text:
        return out
    for m in _EMBEDDED_POST.finditer(text):
        b0, b1 = m.span("body")
        if (links := _LINKS_AT_END.search(text, b0, b1)) is not None:
            b1 = links.start()
        if len(text[b0:b1].split()) < 3 or _overlaps_found(found, (b0, b1)):
            continue
        lo, hi = toks.first_from(m.start("name")), toks.first_from(m.end("name"))
        dash = toks.at(m.start("dash"))
        if not lo < hi < len(doc) or not doc[hi - 1].text[:1].isupper():
            continue
        out.append(_Found(kind="direct", pieces=[(b0, b1)], cue=doc[dash], subject=doc[hi - 1], speaker_bounds=(lo, hi)))
    return out


def _question_content(doc: Doc, cue: Token, quoted: frozenset[int]) -> tuple[int, int] | None:
    """What a question was about: "asked [about her weaknesses]", "asked [whether he would
    run]"."""
    kids = [
        c for c in cue.children
        if c.i > cue.i and (c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "prep" and c.lower_ == "about"))
    ]
    if not kids:
        return None
    k = min(kids, key=lambda c: c.i)
    lo, hi = k.left_edge.i, k.right_edge.i + 1
    if k.dep_ == "prep":
        lo = k.i + 1
    while hi > lo and _trailing(doc[hi - 1]):
        hi -= 1
    if hi - lo < 2 or any(i in quoted for i in range(lo, hi)) or any("\n" in t.text for t in doc[lo:hi]):
        return None
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _subheading(text: str, q: QSpan) -> bool:
    """Is ``q`` (a quote with no cue of its own) a line of its own in capitals, a section's
    title quoting someone ("“REALITY, NOT A THREAT”")?"""
    inner = text[q.inner_start : q.inner_end]
    line_start = text.rfind("\n", 0, q.open_start) + 1
    line_end = text.find("\n", q.close_end)
    after = text[q.close_end : len(text) if line_end < 0 else line_end]
    return (
        not text[line_start : q.open_start].strip() and not after.strip()
        and sum(c.isalpha() for c in inner) >= 6 and not any(c.islower() for c in inner) and " " in inner.strip()
    )


def _path_child(cue: Token, tok: Token) -> Token | None:
    """The child of ``cue`` on the way up from ``tok`` (None when ``tok`` is not below it)."""
    node = tok
    for _ in range(12):
        if node.head.i == cue.i:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _lead_in(doc: Doc, text: str, cue: Token, q: QSpan, toks: _Tokens) -> int | None:
    """Start of the reported clause a quote ends, when that clause begins with words of its
    own between the cue and the opening mark ("said that if X wins, “…”", "noted the change
    from the slogan, “…”"); None when the quote is the cue's whole complement."""
    lo, hi = toks.first_from(q.inner_start), toks.first_from(q.inner_end)
    if hi <= lo:
        return None
    roots = [doc[i] for i in range(lo, hi) if not (lo <= doc[i].head.i < hi) or doc[i].head.i == i]
    if not roots:
        return None
    child = _path_child(cue, roots[0])
    if child is None or child.dep_ in {"nsubj", "nsubjpass", "npadvmod", "advmod", "prep", "dative", "punct"} and child.i < toks.first_from(q.open_start):
        return None
    left = child.left_edge.i
    open_i = toks.first_from(q.open_start)
    if left <= cue.i:
        left = cue.i + 1
    words = [t for t in doc[left:open_i] if t.is_alpha and t.lower_ != "that"]
    if not words or any("\n" in t.text for t in doc[left:open_i]):
        return None
    if text[doc[left].idx : q.open_start].rstrip().endswith(":") and not any(_finite_with_subject(t) for t in doc[left:open_i]):
        return None  # "issued a statement Sunday: “…”": a colon sets off the quote itself
    while left < open_i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left].idx


def _stranded_clause(doc: Doc, cue: Token, open_i: int) -> int | None:
    """Where the reported clause starts that a quote right after a word of it ends ("said
    Democrats are to blame for focusing on “he said this, he tweeted that.”"), when the
    parse hangs the quote off the cue beside that clause instead of inside it: the first
    clause of the cue's own (a finite verb with a subject) between the cue and the mark,
    which the mark follows with no comma, colon or dash between; else None."""
    before = doc[open_i - 1] if open_i > 0 else None
    if before is None or before.i <= cue.i or before.is_punct or before.pos_ not in {"ADP", "VERB", "DET", "ADJ", "AUX"}:
        return None
    for t in doc[cue.i + 1 : open_i]:
        if t.head.i == cue.i and t.dep_ in {"ccomp", "conj"} and _finite_with_subject(t) and t.right_edge.i >= open_i - 1:
            return t.left_edge.i if t.left_edge.i > cue.i else None
    return None


_DASH_BEFORE = re.compile(r"(?<=\S)[^\S\n]+(--|[—–―])[^\S\n]*$")
_DASH_AFTER = re.compile(r"[^\S\n]*(--|[—–―])[^\S\n]+")


def _dash_before(text: str, open_start: int) -> int | None:
    """Where the dash right before an opening mark starts (a dash with a space before it, not
    the hyphen of a word), else None."""
    m = _DASH_BEFORE.search(text, max(0, open_start - 12), open_start)
    return m.start(1) if m is not None else None


def _lead_clause_subject(doc: Doc, root: Token, colon_i: int) -> bool:
    """Does the clause of ``root`` run up to the colon at ``colon_i``, with no other subject
    after it and no name right before the colon? Then a people or document noun as its
    subject ("the economist went so far as to say:", "Hoff's letter makes a case:")
    introduces the quote after it; an earlier clause's ("after 14 people were killed, a
    voice celebrated the attacks on Twitter:") does not, nor one whose colon follows a name
    ("POLLS TOO EARLY - Mark Blumenthal:")."""
    if doc[colon_i].text != ":" or colon_i < 1:
        return False
    last = doc[colon_i - 1]
    if last.pos_ == "PROPN" and last.ent_type_ == "PERSON":
        return False
    if any(t.dep_ in {"nsubj", "nsubjpass"} for t in doc[root.i + 1 : colon_i]):
        return False
    return last == root or root in last.ancestors


def _finite_with_subject(t: Token) -> bool:
    """A finite verb, or one with a finite auxiliary ("it could help …"), with a subject."""
    finite = t.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"MD", "VBD", "VBZ", "VBP"} for c in t.children)
    return finite and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children)


def _clause_lead(doc: Doc, cue: Token, open_i: int) -> int | None:
    """Start of a reported clause that opens between the cue and a quote set off by a comma
    or a colon ("said he rarely asks surrogates to stump for him, “except for people …”",
    "says no matter what Obama does, “his word …”", "said she has the quality the job
    needs: “Steadiness …”"), when the parse hangs it off the cue: a finite
    verb with a subject of its own (not a relative clause) before the mark; else None."""
    if open_i - cue.i < 3 or cue.sent.start > open_i or not (doc[open_i - 1].text in {",", ":"} or doc[open_i - 1].is_quote and doc[open_i - 2].text == ","):
        return None
    lo = cue.i + 1
    while lo < open_i and (
        doc[lo].is_punct or doc[lo].dep_ == "prt" or (doc[lo].head.i == cue.i and doc[lo].dep_ in {"npadvmod", "advmod", "prep"} and doc[lo].right_edge.i < open_i - 1)
    ):
        lo = (doc[lo].right_edge.i if doc[lo].head.i == cue.i and doc[lo].dep_ in {"npadvmod", "prep"} else doc[lo].i) + 1
    span = doc[lo:open_i]
    if any("\n" in t.text or "\n" in t.whitespace_ for t in span) or any(t.is_quote for t in span[:-1]):
        return None
    clause = any(_finite_with_subject(t) and t.dep_ not in {"relcl", "acl"} and t.i != cue.i for t in span)
    return span[0].idx if clause and len(span) > 1 else None


def _subject_lead(doc: Doc, text: str, lo: int, open_i: int, q: QSpan, toks: _Tokens) -> int | None:
    """Where the text before the opening mark starts, when it is a bare subject (no verb of
    its own, an auxiliary at most: "It was “brokered by …") whose predicate the quote
    supplies over several sentences, with a cue clause after it; else None."""
    inner = text[q.inner_start : q.inner_end]
    colon = max((i for i in range(lo, open_i) if doc[i].text == ":"), default=None)
    if colon is not None:
        lo = colon + 1  # "Here's one example: the S.E.C. “only requires …”": a lead-in, then the subject
    start = lo
    if lo + 2 < open_i and doc[lo].pos_ in {"ADV", "CCONJ"} and doc[lo + 1].text == ",":
        lo += 2  # "Instead, Grayson “is trying …”": a sentence adverb before the subject
    if not inner[:1].islower() or inner.rstrip()[-1:] not in {",", "?", "!"} or _one_sentence(inner) or open_i - lo > 12:
        return None
    if lo >= open_i or any(t.pos_ == "VERB" or t.is_punct or t.is_space for t in doc[lo:open_i]):
        return None
    verbs = [t for t in doc[lo:open_i] if t.pos_ == "AUX"]
    if verbs and (verbs[0].i == lo or any(t.pos_ != "AUX" and t.dep_ != "neg" for t in doc[verbs[0].i : open_i])):
        return None  # (a subject and its auxiliary only: "It was “brokered by …. The talks will go on,” he said")
    after_lo = toks.first_from(q.close_end)
    end = after_lo
    while end < len(doc) and end - after_lo < 40 and doc[end].text not in {".", "!", "?", "“", '"'} and "\n" not in doc[end].text:
        end += 1
    cue, _ = _pattern_cue(doc, after_lo, end, generic=False)
    return doc[start].idx if cue is not None else None


def _lead_before_cue(doc: Doc, cue: Token, q: QSpan, toks: _Tokens) -> tuple[int, int] | None:
    """The start of a quote's clause written before the cue that interrupts it ("An
    economic downturn, he said, “could be a good time …”"): its character span, or None.
    Also when the parse hangs the quote on the cue and the clause before it as the cue's
    complement ("It is time to be led, she said, “not only by …”"), and when the cue sits
    inside the clause the quote completes ("The reality is, he added, “there are …”")."""
    lo, hi = toks.first_from(q.inner_start), toks.first_from(q.inner_end)
    if hi <= lo:
        return None
    roots = [doc[i] for i in range(lo, hi) if not (lo <= doc[i].head.i < hi) or doc[i].head.i == i]
    if not roots:
        return None
    if cue.dep_ == "parataxis" and (cue.head.i == roots[0].i or _path_child(cue.head, roots[0]) is not None):
        host = cue.head
        if host.dep_ == "ccomp" and host.head.dep_ == "ROOT" and host.head.i < cue.left_edge.i and not _is_cue(host.head):
            host = host.head  # "The reality is, he added, “there are no …”": the clause the quote completes
    else:
        host = _path_child(cue, roots[0])
        if host is None or host.dep_ not in {"ccomp", "xcomp"}:
            # "It is time for the country to be led, she said, “not only by …”": the parse
            # hangs the quote's words on the cue and reads the clause before the cue as its
            # complement; the quote going on in lower case joins the two
            host = next((c for c in cue.lefts if c.dep_ == "ccomp"), None)
            if host is None or not doc[lo].is_lower:
                return None
    sent = cue.sent
    a, b = max(host.left_edge.i, sent.start), cue.left_edge.i
    subj = next((c for c in cue.lefts if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.left_edge.i > b and doc[lo].is_lower and not any(
        _setting(c) for c in cue.lefts if c.i < subj.left_edge.i and c.dep_ not in {"punct", "cc"} and c.i != host.i
    ):
        # "Evaluating the candidates on polls, Stevens said, “is like …”": the parser hung
        # the opening of the quote's clause on the cue; the quote going on in lower case says
        # whose it is
        a, b = max(min(a, b), sent.start), subj.left_edge.i
    # a fronted adverbial that sets the scene ("In an interview with TMZ,", "Asked about
    # it,", "On Tuesday,") is the writer's, not the start of what was said
    for c in host.children:
        if c.i >= b:
            break
        if c.left_edge.i <= a and (c.dep_ in {"punct", "cc"} or (c.dep_ in {"prep", "advmod", "npadvmod", "advcl"} and _setting(c))):
            a = max(a, c.right_edge.i + 1)
    while a < b and (doc[a].is_punct or doc[a].is_space):
        a += 1
    while b > a and _trailing(doc[b - 1]):
        b -= 1
    if b <= a or not any(t.is_alpha for t in doc[a:b]) or any("\n" in t.text or "\n" in t.whitespace_ for t in doc[a:b]):
        return None
    if any(i in range(a, b) for i in range(toks.first_from(q.open_start), hi)):
        return None
    return doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)


_SETTING_NOUNS = frozenset({
    "interview", "statement", "speech", "conference", "briefing", "rally", "appearance", "event",
    "meeting", "call", "email", "letter", "post", "tweet", "message", "hearing", "debate", "show",
    "program", "programme", "broadcast", "podcast", "op-ed", "column", "article", "video",
    "remarks", "session", "visit", "forum", "address", "conversation", "news", "radio",
    "television", "tv", "release", "report", "book", "memo", "testimony", "stop", "campaign",
    "trail", "town", "hall", "luncheon", "dinner", "breakfast", "gathering", "ceremony",
    "convention", "summit", "time", "moment",
})
_SPEAKING = frozenset({
    "speaking", "talking", "addressing", "responding", "writing", "appearing", "testifying",
    "answering", "referring", "asked", "pressed", "questioned", "interviewed",
})


def _setting(c: Token) -> bool:
    """Is a fronted adverbial the writer's scene-setting (where, when, in what medium the
    words were said: "In an interview on Fox,", "On Tuesday,", "Asked about it,", "When
    pressed,") rather than the opening of what was said ("In other words,", "If Clinton
    is elected,", "Evaluating the candidates on polls," he said, “is like …”)?"""
    sub = list(c.subtree)
    marks = [m.lower_ for m in c.children if m.dep_ == "mark"]
    if c.dep_ == "advcl" and any(m in {"while", "although", "though"} for m in marks) and any(
        s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ != "PRON" for s in c.children
    ):
        return False  # a contrast about something else: "While consumer confidence is high, he said, “…”"
    if any(t.ent_type_ in {"DATE", "TIME", "GPE", "LOC", "FAC"} for t in sub):
        return True
    if c.dep_ == "prep":
        return any(t.lemma_.lower() in _SETTING_NOUNS or t.ent_type_ in {"ORG", "EVENT", "WORK_OF_ART"} for t in sub)
    if c.dep_ in {"advmod", "npadvmod"}:
        return True  # "Later,", "Perhaps,", "Tuesday,"
    # advcl
    if marks:
        return marks[0] in {"when", "as", "after", "before", "while", "since"}
    return c.tag_ == "VBN" or c.lower_ in _SPEAKING


def _continue_in_sentence(
    text: str, toks: _Tokens, found: list[_Found], q: QSpan, groups: list[list[QSpan]], continued: set[int]
) -> bool:
    """“A,” he said. Unless rivals quit, “it is very difficult to stop him.” — a quoted
    fragment with no cue of its own, in the sentence right after the previous quote's cue
    clause, continues that quote: its whole sentence becomes a piece of it (and the quote
    a partial one, since that piece has words of the writer's). True when taken."""
    si = toks.sent_index(q.open_start)
    if si in continued:
        return True
    prev = _previous(found, text)
    if not _continues(prev) or prev.cue is None or not prev.marks:
        return False
    prev_close = prev.marks[-1].close_end
    sent = toks.sents[si]
    s0 = sent.start_char
    between = text[prev_close:s0]
    if not (prev_close <= prev.cue.idx < s0) or "\n" in between or len(between) > 200 or not between.rstrip().endswith("."):
        return False
    if not _one_sentence(between.strip()) or any(prev_close <= g[0].open_start < s0 for g in groups):
        return False
    e0 = _end_before_space(text, s0, sent.end_char)
    # (a quote running on past the sentence ends where it closes: “… go on. And …”)
    last_sent = toks.sents[_closing_sentence(toks, q)]
    end = max(e0, _end_before_space(text, 0, last_sent.end_char))
    if "\n" in text[s0:e0] or text[q.close_end : end].strip(" .,;:!?)"):
        # the fragment must end its sentence, not sit inside it ("tips about the “Freedom Vans”
        # and …", The old mayors “were stiff. They were not fun” in the town hall, Haddad said.)
        return False
    if _narrates_speaker(sent, q, prev):
        return False
    e0 = max(e0, q.close_end)
    # the continuation ends the paragraph or is followed by a quote-free sentence
    if prev.kind == "direct":
        prev.kind = "partial"
        first, last = prev.marks[0], prev.marks[-1]
        prev.context = (first.open_start, last.close_end)
        prev.context_pieces = [(m.open_start, m.close_end) for m in prev.marks]
    if prev.context_pieces:
        prev.context_pieces.append((s0, e0))
    elif prev.context is not None:
        prev.context_pieces = [prev.context, (s0, e0)]
    prev.context = (prev.context[0] if prev.context else s0, e0)
    prev.pieces.append((q.inner_start, q.inner_end))
    prev.marks.append(q)
    continued.add(si)
    return True


def _narrates_speaker(sent: Span, q: QSpan, prev: _Found) -> bool:
    """Is the sentence the writer's own about the previous quote's speaker, its main verb
    before the quote and the speaker, by name, its subject ("A voter who backs the mayor,
    Haddad lost his barn when “…”")? Then its quoted words are no more of that quote. (Not
    by a pronoun: in "He has led “…”" after Solomon's quote, "he" may be someone else.)"""
    root = sent.root
    if root.idx >= q.open_start or prev.subject is None:
        return False
    names = {t.lower_ for t in prev.subject.subtree if t.pos_ == "PROPN"}
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i < root.i and c.pos_ == "PROPN" and c.lower_ in names
        for c in root.children
    )


def _opens_with_that(clause: Token) -> bool:
    """Does ``clause`` open with the complementiser "that"?"""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ == "that" and first.dep_ == "mark" and first.head.i == clause.i


def _complementizer_as_relative(that: Token) -> bool:
    """A "that" the parse read as the object or subject of a relative clause which has its
    own ("predicted at the debate that Republicans will take “every state”": "debate" is
    the setting, "that" opens what was said)."""
    clause = that.head
    if that.dep_ not in {"dobj", "nsubj"} or clause.dep_ != "relcl" or that.i != clause.left_edge.i:
        return False
    return any(c.dep_ == that.dep_ and c.i != that.i for c in clause.children)


def _owns_words(owner: Token | None) -> bool:
    """Can ``owner`` (of "his warning", "Trump's promise") be the one whose words they are?"""
    return owner is not None and (_speaker_like(owner) or owner.lower_ in {"his", "her", "their"})


def _speech_noun_cue(noun: Token) -> tuple[Token, Token] | None:
    """(owner, that-clause) of a speech noun that reports someone's words ("his warning
    that …", "the claim by the governor that …"), or None."""
    if noun.pos_ != "NOUN" or noun.lemma_ not in SPEECH_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if by is not None and by.lower_ == "of" and owner is not None and owner.ent_type_ != "PERSON":
            owner = None  # "the contention of Mary Brandt that …", not "the claim of victory"
    clause = next(
        # (a "relative clause" opened by the complementiser is the noun's content too)
        (c for c in noun.children if c.dep_ in {"acl", "ccomp", "appos", "relcl"} and c.i > noun.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)),
        None,
    )
    verb = (noun.head.head if noun.dep_ == "pobj" else noun.head) if clause is None and noun.dep_ in {"dobj", "pobj"} else None
    if verb is not None and verb.pos_ == "VERB" and not _is_cue(verb):
        # the that-clause hung on the verb ("buttress the contention of Brandt that …",
        # "challenged over his statement on Wednesday that …"), right after the noun's phrase
        # or a time or place set between
        clause = next(
            (
                c for c in verb.children
                if c.dep_ == "ccomp" and c.i > noun.i and _opens_with_that(c)
                and all(t.dep_ in {"prep", "pobj", "det", "npadvmod", "compound"} or t.ent_type_ == "DATE" for t in noun.doc[noun.right_edge.i + 1 : c.left_edge.i])
            ),
            None,
        )
    if clause is None or not _owns_words(owner):
        return None
    return owner, clause


def _pledge_content(noun: Token) -> tuple[Token, Token] | None:
    """(owner, content) of someone's pledge or demand ("his promise to be …", "Trump's call
    for …"), or None."""
    if noun.pos_ != "NOUN":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if not _owns_words(owner):
        return None
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return owner, c
        if c.dep_ == "prep" and c.lower_ == "for" and noun.lemma_ in {"call", "demand", "plea", "push"}:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            return (owner, obj) if obj is not None else None
    return None


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))‘(?=\S)", re.MULTILINE)
# a straight mark opening a word is an elision, not a quote, before these ('90s, 'em, rock 'n' roll)
_STRAIGHT_OPEN = re.compile(
    r"(?:^|(?<=[\s(\[—–-]))'(?=\S)(?!\d0s\b|\d\ds\b|(?:em|til|tis|twas|cause|n|bout|round|im|ere|er)\b)",
    re.MULTILINE | re.IGNORECASE,
)
_DOUBLE_MARKS = ("“", "”", '"', "«", "„", "``")
# two straight marks opening a quote: ''…'', as the NYT writes double ones
_TWO_STRAIGHT_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))''(?=\w)", re.MULTILINE)


def single_marks_as_double(text: str) -> str:
    """``text`` with British-style single quotation marks (‘…’, or straight '…', as the
    Daily Mail writes them) written as double ones, when it uses no double marks at all
    (where it does, single ones are quotes inside quotes). Same length, so every offset
    holds. An apostrophe (it’s, the union's) is no closing mark: a closing mark has no
    letter after it, and a plural possessive (workers’ demands) closes only when nothing
    else in its paragraph can; a straight mark opening a word ('90s, 'em) opens no quote."""
    if any(m in text for m in _DOUBLE_MARKS) and not _doubles_only_titles(text):
        return text
    if "''" in text and len(_TWO_STRAIGHT_OPEN.findall(text)) >= len(_STRAIGHT_OPEN.findall(text)) / 2:
        return text  # ''…'' are its double marks (a text of single ones may type one inner quote so)
    out = list(text)
    if "‘" in text:
        _single_as_double(text, out, _SINGLE_OPEN, "’")
    if "'" in text:
        _single_as_double(text, out, _STRAIGHT_OPEN, "'")
    marked = "".join(out)
    return text if marked == text else marked


_DOUBLE_PAIR = re.compile(r'"([^"\n]{1,120})"|“([^”\n]{1,120})”')


def _doubles_only_titles(text: str) -> bool:
    """Are the only double marks of ``text`` a title's or two (a caption's "Take Me Out to the
    Ball Game" in a Daily Mail story whose quotes are all in single marks): at most two pairs,
    each round a few words in title case, and no other double mark?"""
    pairs = list(_DOUBLE_PAIR.finditer(text))
    if not 0 < len(pairs) <= 2 or sum(text.count(m) for m in _DOUBLE_MARKS) != 2 * len(pairs):
        return False
    return all(_title_case(m.group(1) or m.group(2), 8) for m in pairs)


def _single_as_double(text: str, out: list[str], opener: re.Pattern[str], closer: str) -> None:
    """Write each pair of ``opener`` and ``closer`` marks of ``text`` as “ ” in ``out``. A
    mark after a plural closes only where no other mark can ("the workers’ demands"; a
    straight one before any word: "the United States' Trump administration")."""
    possessive = r"\s[a-z]" if closer == "’" else r"\s[A-Za-z]"
    for para in re.finditer(r"[^\n]+", text):
        p0, p1 = para.span()
        opens = [m.start() for m in opener.finditer(text, p0, p1) if not _doubled(text, m.start())]
        for k, o in enumerate(opens):
            limit = opens[k + 1] if k + 1 < len(opens) else p1
            closes = [
                i for i in range(o + 2, limit)
                if text[i] == closer and not _doubled(text, i)
                and (not text[i - 1].isspace() or text[i - 2] in ",.?!")  # ("Center, '": spaced as some corpora are)
                and (i + 1 >= len(text) or not text[i + 1].isalnum())
            ]
            plain = [i for i in closes if not (text[i - 1] == "s" and re.match(possessive, text[i + 1 : i + 3]))]
            if not plain and o == p0 and closer == "'":
                closes = []  # a quote opening its paragraph does not end in "the United States' Trump …"
            if not closes:
                out[o] = "“"  # open to the paragraph's end: a quote going on in the next one
                continue
            close = plain[0] if plain else closes[-1]
            out[o], out[close] = "“", "”"


def _doubled(text: str, i: int) -> bool:
    """Whether the straight mark at ``i`` is one of two (''), an inner quote's mark."""
    return text[i] == "'" and (text[i - 1 : i] == "'" or text[i + 1 : i + 2] == "'")


def extract_quotes(doc: Doc, index: EntityIndex, text: str | None = None, furniture: Sequence[tuple[int, int]] = ()) -> list[Quote]:
    """Every quote in ``doc``, in text order, with speakers resolved through ``index``.
    ``text`` is ``doc.text`` when the caller already has it (spaCy rebuilds it per read).
    Single quotation marks quote where the text uses no double ones. ``furniture``: the
    page's furniture (:mod:`corroborate.furniture`), whose sentences do not count in how
    far back a pronoun looks for whom it stands for."""
    text = doc.text if text is None else text
    marked = single_marks_as_double(text)
    quotes = _extract_quotes(doc, index, marked, furniture)
    if marked is text:
        return quotes
    # the spans hold; the text they show is the article's own
    return [
        q.model_copy(update={
            "text": text[q.start : q.end],
            "speaker": text[q.speaker_start : q.speaker_end] if q.speaker_start is not None and q.speaker_end is not None else q.speaker,
        })
        for q in quotes
    ]


def _extract_quotes(doc: Doc, index: EntityIndex, text: str, furniture: Sequence[tuple[int, int]] = ()) -> list[Quote]:
    toks = _Tokens(doc, text, furniture)
    groups = find_quoted(text)
    quoted_all = frozenset(
        i
        for g in groups
        for q in g
        for i in range(toks.first_from(q.open_start), toks.first_from(q.close_end))
    )
    found: list[_Found] = []
    used_cues: set[int] = set()
    continued: set[int] = set()  # sentences taken whole as a continuation piece
    orphans: list[_Found] = []  # quotes standing alone that no cue or quote before claims

    for group in groups:
        first, last = group[0], group[-1]
        # tokens strictly inside
        in_lo = toks.first_from(first.inner_start)
        if in_lo >= len(doc):
            continue
        open_tok_i = toks.at(first.open_start)
        sent = toks.sents[toks.sent_index(first.inner_start)]
        # What precedes the opening mark in its sentence?
        before = text[max(sent.start_char, 0) : first.open_start]
        before_stripped = (_TAG.sub("", before) if "<" in before else before).rstrip()
        para_start = text.rfind("\n", 0, first.open_start) + 1
        line_before = text[para_start : first.open_start].strip().strip(_BIDI)
        standalone = (
            not before_stripped.strip(ALL_MARK_CHARS + " —–-")
            or before_stripped.strip(ALL_MARK_CHARS + " —–-") in {"But", "And", "So", "Yet", "Still", "Or"}
            or before_stripped.endswith((":", ",", "—", "–", "..."))
            # (after a dash typed as two hyphens, a quote that opens a sentence of its own: a
            # quote in lower case there goes on from the one the dash aside interrupts)
            or before_stripped.endswith("--") and text[first.inner_start : first.inner_start + 1].isupper()
            or not line_before
        )
        prev_tok = doc[open_tok_i - 1] if open_tok_i > 0 else None
        after_close = text[last.close_end : last.close_end + 3].lstrip(" ")[:1]
        continues_sentence = (after_close.isalnum() or after_close in {"(", "[", "$"}) and text[
            last.inner_start : last.inner_end
        ].rstrip(" '’\"")[-1:] not in {".", "?", "!"}
        lead_start = None
        if not standalone and prev_tok is not None and _is_cue(prev_tok, strict=True):
            # Ford said “we are ready.” stands alone; Obama said “it gets me mad” every
            # time ... is a fragment inside the reported clause (partial)
            standalone = not continues_sentence
        elif standalone and continues_sentence and before_stripped.endswith(","):
            if len(group) == 1 and not _one_sentence(text[first.inner_start : last.inner_end]):
                # In 2019, “towns were short of cash. The grant kept them afloat,” Brandt said.: a lead
                # opens a quote of several sentences, which no walk from one sentence's
                # words reaches the cue from; the cue after it decides, the lead is context
                lead_start = sent.start_char
            else:
                prev = _previous(found, text)
                between = text[prev.marks[-1].close_end : first.open_start] if prev is not None and prev.marks else ""
                if (
                    prev is not None and prev.kind == "direct" and prev.cue is not None and prev.marks
                    and prev.marks[-1].close_end <= prev.cue.idx < first.open_start and re.fullmatch(r"\s*,?[^.!?\n“”\"]{1,80},\s*", between)
                ):
                    # “A,” Varga wrote last January, “b …,” after …: the quote goes on past
                    # its cue clause into a second piece, which the writer's sentence then
                    # continues from
                    prev.pieces.extend((q.inner_start, q.inner_end) for q in group)
                    prev.marks.extend(group)
                    continue
                standalone = False
        elif not standalone and len(group) == 1 and (subject_at := _subject_lead(doc, text, sent.start, open_tok_i, first, toks)) is not None:
            # The union's endorsement “was early. People were still talking about Varga,” said
            # Cole.: a subject opens a quote of several sentences that the cue after it closes
            standalone, lead_start = True, subject_at
        if len(group) == 1 and not before_stripped.strip(ALL_MARK_CHARS + " ") and _names_next_noun(doc, toks, text, first):
            continue  # “Mad Men” actor Jon Hamm …: a title opening the writer's sentence, named not quoted
        inner_text = text[first.inner_start : last.inner_end]
        n_words = len(inner_text.split())
        ends_sentence = inner_text.rstrip()[-1:] in {".", "?", "!", ",", "—", "…"}
        if standalone and n_words <= 3 and not ends_sentence:
            # “Shark Tank” at the start of a sentence is a title, not a quote
            standalone = False if before_stripped.strip(ALL_MARK_CHARS) else standalone
        if len(group) == 1 and n_words <= 4 and not ends_sentence and _title_case(inner_text, 4) and _subject_of_verb_after(doc, toks, first):
            continue  # “Pulp Fiction” made Weinstein rich, and Thurman says …: a title the sentence is about
        if standalone and len(group) == 1 and _looks_like_title(text, first):
            standalone = False
        if standalone:
            f = _Found(kind="direct", pieces=[(q.inner_start, q.inner_end) for q in group], marks=list(group))
            cue = None
            pattern_subject = None
            # 0. a cue right before the opening mark: Obama said “…” / saying “…”
            if prev_tok is not None and _is_cue(prev_tok) and _subject(prev_tok) is not None and not _in_marks(prev_tok.i, doc, quoted_all):
                cue = prev_tok
            # 1. after the closing mark: “...,” he said / said Ford / the post said.
            after_lo = toks.first_from(last.close_end)
            # (a name quoted inside the cue clause does not end it: “…,” Bill Varga, wearing
            # “Team Brandt” pins, said)
            nxt_q = next(
                (q for g in groups for q in g if q.open_start >= last.close_end and not (len(g) == 1 and _embedded(text, q))),
                None,
            )
            nxt_open = nxt_q.open_start if nxt_q is not None else len(text)
            para_end = text.find("\n", last.close_end)
            para_end = len(text) if para_end < 0 else para_end
            limit_char = min(nxt_open, para_end)
            after_hi = after_lo
            while after_hi < len(doc) and doc[after_hi].idx < limit_char and after_hi - after_lo < 40:
                after_hi += 1
            inner_end_char = text[last.inner_start : last.inner_end].rstrip(" '’‘")[-1:]
            if after_lo < len(doc) and cue is None:
                # the cue clause must come right after the quote, not in a later sentence
                window_sent_end = after_hi
                for i in range(after_lo, after_hi):
                    if doc[i].text in {".", "!", "?"} and i > after_lo:
                        window_sent_end = i
                        break
                lead = doc[after_lo].text
                # a cue clause that opens the next quote ("He added, “B.”", "Later, he said
                # that “b …”") is not this one's (but "“A!” she wrote, arguing that …, “b.”"
                # goes on past its cue first)
                last_i = min(window_sent_end if window_sent_end < after_hi else after_hi - 1, len(doc) - 1)
                window_text = text[doc[after_lo].idx : doc[last_i].idx + len(doc[last_i].text)].rstrip(" " + ALL_MARK_CHARS)
                runs_into_next = False
                if window_sent_end == after_hi < len(doc) and doc[after_hi].idx >= nxt_open:
                    runs_into_next = nxt_q is not None and (
                        doc[after_hi - 1].lower_ == "that"
                        # (not into a title: "…,” Clinton remarked, alluding to “The Revenant.”)
                        or (len(text[nxt_q.inner_start : nxt_q.inner_end].split()) > 3 and not _looks_like_title(text, nxt_q))
                    )
                leads_next = (
                    (window_text.endswith((",", ":")) or runs_into_next)
                    and ("," not in window_text[:-1] or window_text[:1].isupper())
                    and nxt_open < para_end and inner_end_char in {".", "?", "!"}
                )
                punct_end = inner_end_char in {".", ",", "?", "!", "—", "–", "…", "-"} or lead in {",", "—", "–", ";"}
                # (a clause after "while" is another's: "The first tweet read: “…,” while the second
                # continued: “…”"; so is a reply "to which" someone made: "… ‘…,’ to which Legend
                # deadpans: ‘…’")
                contrast = doc[after_lo].lower_ in {"while", "whereas"} or (
                    doc[after_lo].lower_ == "to" and after_lo + 1 < len(doc) and doc[after_lo + 1].lower_ == "which"
                )
                if punct_end and not leads_next and not contrast and (inner_end_char != "." or lead in {",", "—", "–"} or window_sent_end - after_lo <= 6):
                    cue = _find_cue_in(doc, after_lo, window_sent_end, quoted_all, strict=False)
                    if cue is not None:
                        subj = _subject(cue)
                        if subj is not None and (subj.i < after_lo or subj.i >= window_sent_end + 1) and cue.lower_ != "according":
                            cue = None
                        elif inner_end_char in {".", "?", "!"} and _acts_on_other(cue, subj):
                            # “… this wall!” Conservatives still praise his refusal …: the next
                            # sentence's verb is about something else
                            cue = None
                    if cue is None:
                        cue, pattern_subject = _pattern_cue(doc, after_lo, window_sent_end, generic=inner_end_char != ".")
            if cue is None:
                # “…” ― Carla Sanchez: a dash and a name closing the paragraph sign the quote
                sign = _DASH_SIGNATURE.match(text, last.close_end, para_end)
                if sign is not None:
                    dash = 1 if sign.group(1) else 2
                    dash_i, name_i = toks.at(sign.start(dash)), toks.at(sign.end(3) - 1)
                    if dash_i < name_i < len(doc) and doc[name_i].pos_ in {"PROPN", "NOUN"}:
                        cue, pattern_subject = doc[dash_i], doc[name_i]
                elif not line_before and not text[last.close_end : para_end].strip(" \t.") and len(group) == 1:
                    # “…”\n\n- Bernie Sanders.: the next paragraph signs a paragraph-long quote
                    nxt = para_end
                    while nxt < len(text) and text[nxt].isspace():
                        nxt += 1
                    nxt_end = text.find("\n", nxt)
                    sign = _DASH_SIGNATURE_LINE.match(text, nxt, len(text) if nxt_end < 0 else nxt_end)
                    if sign is not None:
                        dash_i, name_i = toks.at(nxt), toks.at(sign.end(1) - 1)
                        if dash_i < name_i < len(doc) and doc[name_i].pos_ == "PROPN":
                            cue, pattern_subject = doc[dash_i], doc[name_i]
            if cue is None and continues_sentence and not before_stripped.strip(ALL_MARK_CHARS + " —–-"):
                # “We’re extremely happy” about the decision, said RoseAnn DeMoro.
                sent_end = max(sent.end, toks.sents[toks.sent_index(last.close_end)].end)
                c = _find_cue_in(doc, after_lo, sent_end, quoted_all, strict=True)
                if c is not None and c.lower_ != "according":
                    subj = _subject(c)
                    if subj is not None and subj.i >= after_lo:
                        upto = min(c.i, subj.left_edge.i)
                        end_char = doc[upto].idx
                        while end_char > last.close_end and text[end_char - 1] in " ,—–":
                            end_char -= 1
                        if end_char > last.close_end:
                            # the quoted words open a reported clause: a partial quote
                            f.kind = "partial"
                            f.context = (first.open_start, end_char)
                        cue = c
            # a clause quoted between two dashes ("including Mitt Romney -- “It is …” -- and
            # …"): the words of the person named right before it, whatever the sentence's cue
            before_dash = None
            if (
                cue is None
                and (dash_at := _dash_before(text, first.open_start)) is not None
                and _DASH_AFTER.match(text, last.close_end)
                and toks.at(dash_at) > sent.start
                and any(t.pos_ in {"VERB", "AUX"} for t in doc[in_lo : toks.first_from(last.inner_end)])
            ):
                before_dash = doc[toks.at(dash_at) - 1]
                if before_dash.pos_ == "PROPN" and before_dash.ent_type_ == "PERSON":
                    cue, pattern_subject = doc[toks.at(dash_at)], before_dash
            # 2. before the opening mark: Ford said: “...”
            # a lead-in ending in a colon, in the quote's sentence or as the sentence (or
            # paragraph) before it: "X made the following comment:\n\n“…”"
            lead_sent = None
            if not before_stripped.strip(ALL_MARK_CHARS + " ") and sent.start > 0:
                si = toks.sent_index(first.inner_start)
                if si > 0 and toks.sents[si - 1].text.rstrip().endswith(":"):
                    lead_sent = toks.sents[si - 1]
            if cue is None:
                lo = sent.start if lead_sent is None else lead_sent.start
                hi = open_tok_i
                cand = None
                for i in range(hi - 1, lo - 1, -1):
                    t = doc[i]
                    if _in_marks(i, doc, quoted_all):
                        continue
                    if t.lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
                        cand = t
                        break
                    if _is_cue(t) and (subj := _subject(t)) is not None:
                        if t.lemma_ in WEAK_DIRECT and i < hi - 3 and cand is None:
                            # "that once the Senate goes on recess, “…”": a weak verb far
                            # from the mark frames nothing; keep looking for the cue
                            cand = False
                            continue
                        if t.lemma_ in _GOES_ON and not _could_speak(subj):
                            # "But the confusion over the source of the gunshots continues: “…”":
                            # no one goes on
                            break
                        cand = t
                        break
                cue = cand or None
            # the last token before the opening mark ("Jones: “…”", "a statement, “…”")
            mark_lead_i = open_tok_i - 1
            while mark_lead_i > 0 and doc[mark_lead_i].is_space:
                mark_lead_i -= 1
            # 2b. "… was conclusive in its findings: “…”": a quote introduced by a colon is
            # attributed to the subject of the lead-in even without a speech verb
            if cue is None and (before_stripped.endswith(":") or lead_sent is not None):
                lead_root = None
                if open_tok_i > 0:
                    lead_sent = doc[open_tok_i - 1].sent
                    lead_root = next(
                        (
                            t for t in doc[lead_sent.start : open_tok_i]
                            if t.pos_ in {"VERB", "AUX"} and (t.head.i >= open_tok_i or t.head.i == t.i)
                            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
                        ),
                        None,
                    )
                if lead_root is not None and doc[mark_lead_i].text == ":":
                    # the clause the colon ends, not an earlier one the sentence opened with
                    # ("She became upset, and drove so erratically that I had to change my
                    # answer: “…”" is mine)
                    near = doc[mark_lead_i - 1] if mark_lead_i > lead_sent.start else None
                    while near is not None and not (
                        near.pos_ in {"VERB", "AUX"} and near.dep_ != "relcl"
                        and any(c.dep_ in {"nsubj", "nsubjpass"} and _speaker_like(c) for c in near.children)
                    ):
                        near = near.head if near.head.i != near.i else None
                    if near is not None and lead_root.i < near.i < open_tok_i:
                        lead_root = near
                if lead_root is not None:
                    subj = next((c for c in lead_root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                    if subj is not None and (_speaker_like(subj) or _animate(subj) and _lead_clause_subject(doc, lead_root, mark_lead_i)):
                        cue = lead_root
                        pattern_subject = subj
                colon_i = mark_lead_i
                if cue is None and colon_i > 0 and doc[colon_i].text == ":":
                    # "More from Jones: “…”", "… doesn't surprise pollster Dana Shaw: “…”": a
                    # person named right before the colon introduces the quote
                    name = doc[colon_i - 1]
                    if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and not _in_marks(name.i, doc, quoted_all):
                        cue, pattern_subject = doc[colon_i], name
                    elif (here := _here_is(doc, colon_i)) is not None:
                        cue, pattern_subject = doc[colon_i], here
            # 2c. "Trump issued a statement, “…”": the document or remark named right before
            # the comma is the quote, its issuer the speaker
            named_before = False
            if cue is None and before_stripped.endswith(",") and open_tok_i > 1:
                comma_i = mark_lead_i
                noun = doc[comma_i - 1]
                verb = noun.head
                if comma_i > 0 and doc[comma_i].text == "," and noun.dep_ == "dobj" and noun.lower_ in DOC_NOUNS | SPEECH_NOUNS and verb.pos_ == "VERB":
                    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                    if subj is not None and _speaker_like(subj):
                        cue, pattern_subject, named_before = verb, subj, True
            # 2d. "treating the remark as a compliment -- “…” --": a clause quoted between two
            # dashes is the words of the subject of the clause it interrupts
            if cue is None and before_dash is not None:
                verb = before_dash if before_dash.pos_ in {"VERB", "AUX"} and _own_subject(before_dash) else _verb_with_subject_above(before_dash)
                subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb is not None else None
                if subj is not None and _speaker_like(subj) and subj.i < before_dash.i:
                    cue, pattern_subject = verb, subj
            # 3. "according to" anywhere in the sentence, outside the quote
            if cue is None:
                for i in range(sent.start, sent.end):
                    t = doc[i]
                    if (t.lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to" or _words_of(t) is not None) and not _in_marks(i, doc, quoted_all):
                        cue = t  # (or "in X's words")
                        break
            # 4. a whole-sentence quote right after a sentence with a speech verb in the
            # same paragraph ("Lynch announced on Monday the lawsuit. “We are seeking…”")
            across = False
            if cue is None and not line_before.strip(ALL_MARK_CHARS):
                # a paragraph that is nothing but a quote, right after a paragraph that ends
                # reporting someone ("Brandt said the ruling was wrong.", "The party issued a
                # statement."): their words, going on from what the report said
                reported = _cue_ending_paragraph_before(toks, groups, para_start, group)
                if reported is not None:
                    cue, across = reported[0], True
                    if reported[1] is not None:
                        _go_on_from(f, reported[1], first, last)
            elif cue is None:
                si = toks.sent_index(first.open_start)
                if si > 0:
                    prev_sent = toks.sents[si - 1]
                    if prev_sent.start_char >= para_start and not any(prev_sent.start_char <= q.open_start < prev_sent.end_char for g in groups for q in g):
                        for t in prev_sent:
                            if _is_cue(t, strict=True) and t.dep_ in {"ROOT"} and _subject(t) is not None and not _negated(t):
                                cue = t
                                clause = _reported_clause(t)
                                if clause is not None:
                                    # "Haddad said he was staying in the race. “…”": the quote
                                    # goes on from what the sentence before reported
                                    _go_on_from(f, clause, first, last)
                                break
            prev = _previous(found, text)
            if cue is not None and _continues(prev) and prev.cue is not None and prev.cue.i == cue.i and prev.pieces[-1][1] <= cue.idx < first.open_start:
                said_more = _said_more(cue, prev.pieces[-1][1], first.open_start)
                if said_more is None:
                    prev.pieces.extend((q.inner_start, q.inner_end) for q in group)
                    prev.marks.extend(group)
                    continue
                # “A,” Sanders said, going on to contrast her plans with Trump's: “B”
                _going_on_after(f, prev, said_more, first, last)
                used_cues.add(said_more[0].i)
                found.append(f)
                continue
            pattern_subject_cue = cue.i if (cue is not None and pattern_subject is not None) else -1
            if cue is not None:
                f.cue = cue
                used_cues.add(cue.i)
                f.subject = pattern_subject if pattern_subject is not None and pattern_subject_cue == cue.i else _subject(cue)
                if f.kind == "direct" and cue.i < open_tok_i and cue.lower_ != "according" and not named_before and not across:
                    lead = _lead_in(doc, text, cue, first, toks)
                    if lead is None:
                        lead = _clause_lead(doc, cue, open_tok_i)
                    before_cue = _lead_before_cue(doc, cue, first, toks)
                    if lead is not None or before_cue is not None:
                        # said that whatever voters decide, “they should not …”: the quote
                        # ends a reported clause that starts before its opening mark;
                        # An economic downturn, he said, “could be …”: the clause starts
                        # before the cue that interrupts it
                        f.kind = "partial"
                        rest = (lead if lead is not None else first.open_start, last.close_end)
                        f.context = (before_cue[0] if before_cue else rest[0], rest[1])
                        if before_cue is not None:
                            f.context_pieces = [before_cue, rest]
                elif lead_start is not None and cue.idx >= last.close_end:
                    f.kind = "partial"
                    f.context = (lead_start, last.close_end)
                found.append(f)
                continue
            # 4. no cue of its own: another piece of the previous quote when nothing but
            # that quote's cue clause stands between them (“A,” he said. “B.” — or a
            # quoted paragraph following the attributed one), else a quote by the previous
            # speaker, else (no speaker anywhere) not reported.
            prev = _previous(found, text)
            if len(group) == 1 and _title_then_prose(text, first):
                continue  # “Harbor Nights” borrows freely from …: a title the sentence goes on about
            if len(group) == 1 and _subheading(text, first):
                continue  # "REALITY, NOT A THREAT" on a line of its own: a section's title quoting someone unnamed
            if _continues(prev) and (prev.cue is not None or prev.inherited is not None):
                prev_close = prev.marks[-1].close_end if prev.marks else prev.pieces[-1][1]
                between = text[prev_close : first.open_start]
                lines = between.split("\n")
                rest = lines[0].strip(" ,.;:—–-" + ALL_MARK_CHARS)
                others = [ln for ln in lines[1:] if ln.strip()]
                cue_in_rest = prev.cue is not None and prev_close <= prev.cue.idx < prev_close + len(lines[0])
                rest = re.sub(r"[\s.]*\b(?:But|And|So|Yet|Still|Or)$", "", rest)
                # “A,” she said. One more sentence of hers. “B.” (not “A,” she said. If
                # …, “b …”: a clause that the quote ends)
                sentences = _sentence_count(rest)
                whole = sentences == 1 or (sentences == 2 and re.search(r"[.!?]\s*$", lines[0]) is not None)
                said_more = _said_more(prev.cue, prev_close, first.open_start) if cue_in_rest and not others else None
                if said_more is not None:
                    # “A,” Christie said, adding that he had fought for bills. “B.”
                    _going_on_after(f, prev, said_more, first, last)
                    used_cues.add(said_more[0].i)
                    found.append(f)
                    continue
                if not others and (not rest or (cue_in_rest and whole and len(rest) < 400)):
                    prev.pieces.extend((q.inner_start, q.inner_end) for q in group)
                    prev.marks.extend(group)
                    continue
                # (or the tag alone: said that because “a,” she said. “B.” — B is hers)
                tag_only = prev.kind == "partial" and not others and sentences == 1 and first.open_start == toks.sents[toks.sent_index(first.open_start)].start_char
                if between.count("\n") <= 4 and len(between) < 400 and (not line_before or tag_only):
                    f.inherited = prev
                    found.append(f)
                    continue
            if not (len(group) == 1 and line_before and _continue_in_sentence(text, toks, found, first, groups, continued)):
                orphans.append(f)  # perhaps what an indirect quote found later reports (_bear_out)
            continue
        # Partial quote: a fragment inside a sentence. Walk up from the fragment.
        for q in group:
            lo = toks.first_from(q.inner_start)
            hi = toks.first_from(q.inner_end)
            if hi <= lo or _a_letter(text, q):
                continue
            inner = [doc[i] for i in range(lo, hi)]
            roots = [t for t in inner if not (lo <= t.head.i < hi) or t.head.i == t.i]
            if not roots:
                continue
            node = roots[0]
            path: list[Token] = [node]
            name_like = len(inner) <= 4 and inner[0].text[:1].isupper() and text[q.inner_start : q.inner_end].rstrip()[-1:] not in {".", "!", "?"}
            cues: list[tuple[Token, Token]] = []  # (cue, its child on the path)
            asides: dict[int, Token] = {}  # cue set off inside the clause -> the clause's head
            aside = _aside_cue(node, None, quoted_all)
            if aside is not None:
                cues.append((aside, node))
                asides[aside.i] = node
            for _ in range(10):
                if node.head.i == node.i:
                    break
                node = node.head
                noun_cue = _speech_noun_cue(node)
                if noun_cue is not None and noun_cue[1].i == path[-1].i:
                    break  # "responded to Trump's claim that it made him “smart”": the claim's owner's words
                if node.dep_ in {"acl", "amod"} and node.tag_ == "VBN" and not _misparsed_main_verb(node):
                    pass  # "a website called “Save the Pier”": a name, not a quote
                elif node.lemma_ == "add" and path[-1].dep_ == "dobj" and path[-1].pos_ == "NOUN" and not lo <= path[-1].i < hi and path[-1].lemma_.lower() not in _ADDED_WORDS:
                    # "adding a function to hide apps under the ‘Purchased’ tab": adding a thing
                    # says nothing (adding a hashtag, a caption or a line writes it)
                    pass
                elif (
                    path[-1].dep_ == "conj" and path[-1].pos_ in {"VERB", "AUX"} and _is_cue(node) and name_like
                    and any(c.dep_ in {"nsubj", "nsubjpass"} for c in path[-1].children)
                    and not any(c.dep_ == "ccomp" for c in node.children)
                ):
                    # "This was predicted by Einstein's theory, and the discs are known as
                    # “Einstein discs”": a clause with its own subject, coordinated with a cue
                    # that reports no clause, is not what the cue reports when what it quotes
                    # is a few words naming something (after a cue that reports a clause, it
                    # may go on with it: "added that he could do without a jet but it was a
                    # “great luxury”"; and a sentence in marks is someone's: "she reminded him
                    # and “the penny dropped for him.”")
                    pass
                elif _is_cue(node) and _subject(node) is not None and not (lo <= node.i < hi) or _regards_as(node, path[-1]):
                    cues.append((node, path[-1]))
                else:
                    aside = _aside_cue(node, path[-1], quoted_all)
                    if aside is not None:
                        # "Back then, Ms. Ripert said, she found him “very quiet”"
                        cues.append((aside, node))
                        asides[aside.i] = node
                path.append(node)
            if not cues and node.dep_ == "ROOT":
                # the fragment hung on the root noun of a misparsed sentence: its main verb
                verb = next((t for t in reversed(doc[node.sent.start : lo]) if _misparsed_main_verb(t)), None)
                if verb is not None:
                    cues.append((verb, path[-2] if len(path) > 1 else path[0]))
            if not cues:
                if _continue_in_sentence(text, toks, found, q, groups, continued):
                    continue
                run_on = _cue_after_run_on(doc, toks, q, quoted_all)
                if run_on is not None:
                    # The old mayors “were stiff. They were not fun” in the town hall, Haddad
                    # said.: a quote of several sentences, the cue after it
                    cue, clause = run_on
                    found.append(_Found(
                        kind="partial", pieces=[(q.inner_start, q.inner_end)], cue=cue, subject=_subject(cue),
                        context=clause, marks=[q],
                    ))
                    used_cues.add(cue.i)
                    continue
                # "Trump has used the phrase “Islamic terrorism”": words named as someone's
                # phrase, slogan or words are that person's, quoted
                open_i = toks.first_from(q.open_start)
                noun = doc[open_i - 1] if open_i > 0 else None
                if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in WORD_NOUNS and not _looks_like_title(text, q):
                    verb = noun.head
                    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None
                    if subj is not None and subj.i < verb.i and _speaker_like(subj):
                        found.append(_Found(kind="direct", pieces=[(q.inner_start, q.inner_end)], cue=verb, subject=subj, marks=[q]))
                        used_cues.add(verb.i)
                continue
            if _looks_like_title(text, q):
                continue
            # The nearest cue, unless an outer one already frames another fragment of this
            # sentence ("Americans are “right to be angry,” but hungry for what she calls
            # “real solutions”") or the nearest is a weak one ("feels", "going to").
            grouped = {p.cue.i for p in found if p.kind == "partial" and p.cue is not None}
            cue, child = cues[0]
            # (not from an adverbial clause with a speaker of its own: "described her as a
            # “disgrace” after she blamed shootings on “implicit bias”")
            # (nor from a clause coordinated with the outer cue's, its speaker its own: "Haddad
            # called the toll “outrageous”, and the mayor called it “fair”")
            if len(cues) > 1 and _relays_report(cue, cues[1][0], q.close_end):
                # Police said the boy “was treated …,” Cincinnati.com reported: the police's
                # words, which the site relays (the parse hung the site's report on "said")
                cue, child = cues[1]
            coordinated = cue.dep_ == "conj" and any(c[0].i == cue.head.i for c in cues[1:])
            outer = (
                [c for c in cues[1:] if c[0].i in grouped]
                if cue.lemma_ not in INDIRECT_LEMMAS and _own_subject(cue) and cue.dep_ != "advcl" and not coordinated
                else []
            )
            if outer:
                cue, child = outer[0]
            elif len(cues) > 1 and not _describes_speaker(cue, cues[1][0]) and not (coordinated and _named_conjunct(cue, cue.head)) and (
                cue.lemma_ in WEAK_PARTIAL
                or not (_animate(cue_subj := _subject(cue)) or cue_subj is not None and (cue_subj.lemma_.lower() in INSTITUTIONS or _another_person(cue_subj)))
                or (cue.lemma_ not in INDIRECT_LEMMAS and cues[1][0].lemma_ in SAY_LEMMAS and not _same_speaker(cue, cues[1][0]))
            ) and not _someone_else_described(cue, cues[1][0]):
                # "she said that party procedures call for a “special meeting”": the
                # procedures do not speak; the outer cue's subject does
                cue, child = cues[1]
            elif cue.lemma_ in WEAK_PARTIAL and cue.lemma_ in {"go", "begin", "continue"} and not _regards_as(cue, child):
                continue
            if len(group) == 1 and _embedded(text, q) and any(
                d.kind == "direct" and d.cue is not None and d.cue.i == cue.i and d.marks and d.marks[-1].close_end <= q.open_start for d in found
            ):
                continue  # “…,” said Holm, before a “No-B.S.” barbecue: a name in the quote's frame
            if len(group) == 1 and _embedded(text, q) and child.dep_ == "advcl" and child.i < cue.i and (
                (who := _subject(cue)) is not None and child.i < who.i and any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)
                and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in child.children)
            ):
                # "While it wasn’t a part of the initial “Callister” pitch, Plemons said that
                # “…”": a title in a clause of the writer's own, with its own subject, before
                # the speaker, who goes on to say something else (not "Harking back to the
                # “Great Game,” he says …", which is his)
                continue
            if cue.i in asides:
                host = asides[cue.i]
                pieces_ctx = _clause_without(doc, host, cue, q)
                if pieces_ctx is None:
                    continue
                existing = next((p for p in found if p.kind == "partial" and p.cue is not None and p.cue.i == cue.i), None)
                f = _Found(
                    kind="partial", pieces=[(q.inner_start, q.inner_end)], cue=cue, subject=_subject(cue),
                    context=(pieces_ctx[0][0], pieces_ctx[-1][1]), marks=[q],
                    context_pieces=existing.context_pieces if existing is not None else pieces_ctx,
                )
                if existing is not None and existing.context is not None:
                    f.context = existing.context
                # “A,” he said, but “B.”: the clause around the cue holds the direct quote
                # before it, which is the start of this one, not a quote of its own
                for d in [d for d in found if d.kind == "direct" and d.cue is not None and d.cue.i == cue.i]:
                    if all(any(a <= s0 < b and e0 <= b + 2 for a, b in f.context_pieces) for s0, e0 in d.pieces):
                        found.remove(d)
                        f.pieces = [*d.pieces, *f.pieces]
                        f.marks = [*d.marks, *f.marks]
                used_cues.add(cue.i)
                found.append(f)
                continue
            if child.dep_ in {"nsubj", "nsubjpass"} and not _reported_as_subject(cue, child):
                continue  # the quoted words name the speaker ("the “Avatar” star posted")
            left, right = child.left_edge.i, child.right_edge.i + 1
            if child.dep_ == "ccomp" and child.i > cue.i and left >= toks.first_from(q.open_start):
                # "said Democrats are to blame for focusing on “he said this, …”": the
                # quote is the end of a clause the parse set beside it
                stranded = _stranded_clause(doc, cue, toks.first_from(q.open_start))
                if stranded is not None:
                    left = stranded
            if child.dep_ == "ccomp" and child.i > cue.i and not any(
                c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} or (c.dep_ == "mark" and c.i < child.i) for c in child.children
            ):
                # "told the Ledger the city's ferries are “…”", "argued her plan … is
                # “…”": the reported clause's subject, parsed as the cue's object (not
                # when the clause opens with its own "that": "told reporters that “to be …”")
                objs = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < left]
                subj = objs[-1] if objs else None
                if subj is not None and not any(t.is_punct or t.is_quote for t in doc[subj.right_edge.i + 1 : left]):
                    left = subj.left_edge.i
            fronted = None
            misparsed_subject = _misparsed_subject(cue)
            if misparsed_subject is not None and (cue.i < left or misparsed_subject.i >= left):
                left = cue.i + 1  # its object hangs on the verb, the fragment on the root noun
            if child.dep_ == "prep" and child.lower_ == "as" and cue.i < child.i:
                # "refers to the governor as “Chris”": everything after the cue
                left = cue.i + 1
                while left < child.i and (
                    doc[left].lower_ in {"to", "of"} or doc[left].head.i == cue.i and doc[left].dep_ == "prt"
                    or _phrasal_target(cue, doc[left]) is not None
                ):
                    left += 1  # "gone after the mayor as …", "lashed out at …": from the one judged
            elif child.dep_ == "prep" and child.lower_ not in {"as"} and cue.i < child.i and all(
                t.dep_ in {"prt", "advmod"} for t in doc[cue.i + 1 : child.i]
            ) and child.i - cue.i <= 3:
                # "talked about “winning”", "called for a “deportation force”": the
                # preposition goes with the verb, the content is its object
                left = max(left, child.i + 1)
            if child.dep_ == "conj" and (_own_subject(child) or any(c.dep_ == "expl" for c in child.children)) and child.i > cue.i:
                # "said Clinton’s server was unprotected, and he had access to a server
                # that “was like an open orchid”": the second clause is read as coordinated
                # with the cue; the reported clause starts with the first one
                firsts = [c for c in cue.children if c.dep_ == "ccomp" and cue.i < c.i < child.i]
                if firsts:
                    left = min(left, firsts[0].left_edge.i)
            # "described it as “...”": include the object before the preposition
            if child.dep_ in {"prep", "oprd", "xcomp", "acomp"} and cue.lemma_ not in {"tell", "inform", "remind", "assure"}:
                # "described the talks as “…”", "called it “…”": the object belongs
                objs = [c for c in cue.children if c.dep_ in {"dobj", "oprd"} and c.i < child.i]
                if objs and objs[0].i < cue.i and objs[0].lower_ in {"what", "which", "that", "whom", "who"}:
                    # "what Zimmerman described as a “piece of history”": the object and
                    # the complement, without the speaker and the cue between them
                    fronted = objs[0]
                elif objs:
                    left = min(left, objs[0].left_edge.i)
            if cue.i < left:
                # "told supporters at a breakfast spot that “…”", "said on a regular basis
                # that “…”": the reported clause starts at its "that"; words before it are
                # the speech act's setting, however the parse hung them
                on_path = {t.i for t in path if t.i != cue.i}
                mark = next((t for t in doc[left + 1 : lo] if t.lower_ == "that" and t.head.i in on_path and (
                    t.dep_ == "mark" or _complementizer_as_relative(t)
                )), None)
                setting = doc[left].pos_ in {"ADP", "ADV"} or doc[left].ent_type_ in {"DATE", "TIME"} or (
                    mark is not None and mark.dep_ != "mark" and doc[left - 1].dep_ == "prep" and doc[left - 1].head.i == cue.i
                )  # (its preposition left out above: "predicted at [the debate] that …")
                if mark is not None and setting and not any(t.is_quote or t.pos_ in {"VERB", "AUX"} for t in doc[left : mark.i]):
                    left = mark.i
            if right < len(doc) and doc[right].lower_ == "because" and doc[right].head.dep_ == "advcl" and doc[right].head.head.i == cue.i and doc[right].head.i > right:
                # "charged that the mayor “hid” the records because they …": the reason
                # belongs to the reported clause, whichever verb the parse hung it on
                right = doc[right].head.right_edge.i + 1
            if child.dep_ == "ccomp" and child.i > cue.i:
                right = _cue_tail(doc, cue, right)
            elif child.i > cue.i and child.dep_ in {"prep", "dobj", "oprd", "xcomp", "acomp"}:
                right = _cue_tail(doc, cue, max(right, toks.first_from(q.close_end)), framed=True)
            right = _cut_at_new_cue(doc, hi, right)
            while left < lo and (doc[left].is_space or (doc[left].is_punct and not doc[left].is_quote)):
                left += 1  # (the comma the parse hung on the clause: "Haddad told the Ledger, his policy …")
            ctx_start = doc[left].idx
            last_tok = doc[right - 1]
            ctx_end = last_tok.idx + len(last_tok.text)
            # the context covers the whole fragment, marks included
            ctx_end = max(ctx_end, q.close_end)
            ctx_start = min(ctx_start, q.open_start)
            # ... and stops at a new clause after it, and at the paragraph's end
            after_i = toks.first_from(q.close_end)
            def _completes(prep: Token) -> bool:
                if prep.lower_ == "of":
                    return True
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                return prep.lower_ in {"to", "as"} and obj is not None and not _animate(obj) and obj.pos_ in {"NOUN", "PROPN"} and obj.ent_type_ not in {"PERSON", "ORG", "NORP", "GPE"}
            if ctx_end <= q.close_end + 1 and after_i < len(doc) and text[q.close_end : doc[after_i].idx].strip() == "" and (
                _completes(doc[after_i]) or _modifies_next_noun(doc, toks, q, inner, after_i)
            ):
                # the phrase right after the fragment completes the quoted noun phrase, however
                # the parse hung it: an "of" phrase (“a clear violation” of five resolutions), or
                # the noun the quoted words name a kind of, with what follows it (a “use it or
                # lose it” approach to voting)
                end = doc[after_i].right_edge
                ctx_end = max(ctx_end, end.idx + len(end.text))
            ctx_end = _cut_clause(text, q.close_end, ctx_end)
            if child.dep_ in {"prep", "oprd", "xcomp", "acomp", "dobj"} and cue.lemma_ not in INDIRECT_LEMMAS:
                tail = _FRAME_TAIL.search(text, q.close_end, ctx_end)
                if tail is not None and tail.start() - q.close_end <= 2 and _frames(doc, toks, tail):
                    ctx_end = tail.start()
            para_s = text.rfind("\n", 0, q.open_start) + 1
            ctx_start = max(ctx_start, para_s)
            while ctx_end > ctx_start and text[ctx_end - 1] in ".,;:" and ctx_end - 1 > q.close_end:
                ctx_end -= 1
            existing = next((p for p in found if p.kind == "partial" and p.cue is not None and p.cue.i == cue.i), None)
            if existing is not None and existing.context is not None:
                ctx_start = min(ctx_start, existing.context[0])
            owner = _owner_of_words_named(doc, toks, q, inner, after_i)
            f = _Found(kind="partial", pieces=[(q.inner_start, q.inner_end)], cue=cue, subject=owner or _subject(cue), context=(ctx_start, ctx_end), marks=[q])
            if fronted is not None and existing is None and fronted.idx < ctx_start:
                f.context_pieces = [(fronted.idx, fronted.idx + len(fronted.text)), (ctx_start, ctx_end)]
                f.context = (fronted.idx, ctx_end)
            if existing is not None and existing.context is not None:
                c0 = min(existing.context[0], ctx_start)
                c1 = max(existing.context[1], ctx_end)
                for p in found:
                    if p.kind == "partial" and p.cue is not None and p.cue.i == cue.i:
                        p.context = (c0, c1)
                f.context = (c0, c1)
            used_cues.add(cue.i)
            found.append(f)

    # Partial-quote groups: fragments whose clauses overlap share one clause (each
    # fragment's own parse may end it at a different mark: … “some people” …, “but not
    # among the vast majority.”), ending at the first clause break after the last fragment
    # and never leaving the fragments' paragraph.
    # (a clause around an aside cue is delimited by the parse already)
    clauses: dict[int, list[tuple[tuple[int, int], _Found]]] = {}
    for f in found:
        if f.kind == "partial" and f.context is not None and f.cue is not None and not f.context_pieces:
            clauses.setdefault(f.cue.i, []).append((f.context, f))
    for cue_i, members in clauses.items():
        every = [g for g in found if g.kind == "partial" and g.cue is not None and g.cue.i == cue_i]
        last_close = max(m.marks[-1].close_end for m in every)
        para_s = text.rfind("\n", 0, min(m.marks[0].open_start for m in every)) + 1
        clusters: list[list[tuple[tuple[int, int], _Found]]] = []
        for member in sorted(members, key=lambda cm: cm[0]):
            if clusters and member[0][0] < max(c[1] for c, _ in clusters[-1]):
                clusters[-1].append(member)
            else:
                clusters.append([member])
        for cluster in clusters:
            clause = (max(min(c[0] for c, _ in cluster), para_s), _cut_clause(text, last_close, max(c[1] for c, _ in cluster)))
            for _, m in cluster:
                m.context = clause

    _and_that(doc, toks, found)
    for f in found:
        if f.kind == "partial" and len(f.marks) == 1 and (name := _name_before_parenthesis(doc, toks, f.marks[0])) is not None:
            f.subject = name  # "Pink (“Women in music don't need to …”), Sheryl Crow and Charli XCX all condemned …"

    # "Marco Rubio: You Don't Win by States" — a headline or transcript line led by a name
    found.extend(_name_colon_lines(doc, text, toks, index, found, groups))
    # "… — Muhammadu Buhari (@MBuhari) October 13, 2016": a post embedded in the page
    found.extend(_embedded_posts(doc, text, toks, found))

    # "his warning that Britain would go to the back of the queue": a speech noun with a
    # that-clause and an owner
    for i in where(doc, "lemma", SPEECH_NOUNS):
        noun = doc[i]
        noun_cue = None if i in quoted_all else _speech_noun_cue(noun)
        if noun_cue is None:
            continue
        owner, clause = noun_cue
        # (a clause quoted whole after "that" is still the owner's: "her remark that “…”")
        span = _complement_span(doc, noun, clause, quoted_all, quoted_ok=_opens_with_that(clause))
        if span is None or _overlaps_found(found, span):
            continue
        found.append(_Found(kind="indirect", pieces=[span], cue=noun, subject=owner))
    # "his promise to be “neutral”", "his call for “a total and complete ban”": someone's
    # pledge or demand, in words quoted inside it
    for i in where(doc, "lemma", PLEDGE_NOUNS):
        framed = None if i in quoted_all else _pledge_content(doc[i])
        if framed is None:
            continue
        owner, content = framed
        span = _complement_span(doc, doc[i], content, quoted_all, quoted_ok=True)
        if span is not None and span[0] > 0 and text[span[0] - 1] in OPEN_MARKS | {'"'}:
            span = (span[0] - 1, span[1])  # the opening mark the span's trim left out
        if span is None or not any(toks.first_from(span[0]) <= j < toks.first_from(span[1]) for j in quoted_all):
            continue
        if _overlaps_found(found, span):
            continue
        found.append(_Found(kind="indirect", pieces=[span], cue=doc[i], subject=owner))

    # Indirect quotes: a speech verb with a clausal complement, "according to X, ..." and
    # "In a poll, ...".
    candidates = sorted(set(where(doc, "lemma", INDIRECT_LEMMAS | ACT_LEMMAS | EVIDENCE_LEMMAS)) | set(where(doc, "lower", {"according", "in"})))
    for tok in (doc[i] for i in candidates):
        if tok.i in used_cues or _goes_without_saying(tok) or _helps_explain(tok) or _induced_hypothetically(tok):
            continue
        if _in_marks(tok.i, doc, quoted_all):
            continue
        if tok.lower_ == "in" and _poll_in(tok) is None:
            continue
        if (tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to") or tok.lower_ == "in":
            # "according to X, …", and a finding "in a poll": the rest of the sentence
            subj = _subject(tok)
            if subj is None:
                continue
            host = tok.head
            if any(
                v.i < tok.i and _is_cue(v, strict=True) and _own_subject(v) and any(c.dep_ == "ccomp" for c in v.children)
                for v in (host, tok.sent.root)
            ):
                # "The fire department's report stated that the bear was …, according to
                # WKRC": the report's words, which the station relays; the verb reports them
                # (the sentence's own verb too, where the parse hung the phrase lower: "Zoo
                # Director Thane Maynard said the animal …, according to AP reports")
                continue
            sent = tok.sent
            prep_l, prep_r = tok.left_edge.i, tok.right_edge.i + 1
            swallowed = prep_r >= sent.end - 1
            for comma in (t for t in doc[subj.i + 1 : prep_r] if t.text == "," and swallowed):
                # "According to … Rush Limbaugh, the move reeks of …": a clause the parse
                # hung on the source's name ends the phrase at its comma (a role set off by
                # commas, "Jane Roe, an assistant professor, …", or a relative clause does not)
                nxt = doc[comma.i + 1] if comma.i + 1 < prep_r else None
                if nxt is None or nxt.tag_ in {"WDT", "WP", "WP$"} or nxt.head.dep_ in {"relcl", "acl"}:
                    continue
                if not (nxt.head.dep_ == "appos" and _animate(nxt.head)) and not (nxt.dep_ == "appos" and _animate(nxt)):
                    prep_r = comma.i
                    break
            # the content is the rest of the sentence, on both sides of the phrase, within
            # the line
            s_lo, s_hi = sent.start, sent.end
            for i in range(prep_l - 1, s_lo - 1, -1):
                if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                    s_lo = i + 1
                    break
            for i in range(prep_r, s_hi):
                if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                    s_hi = i + (0 if "\n" in doc[i].text else 1)
                    break
            spans = []
            for lo, hi in ((s_lo, prep_l), (prep_r, s_hi)):
                lo = _skip_lead(doc, lo, hi)
                while hi > lo and _trailing(doc[hi - 1]):
                    hi -= 1
                if hi - lo >= 2 or (hi - lo == 1 and doc[lo].is_alpha):
                    spans.append((doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)))
            if not spans or sum(e - s for s, e in spans) < 12:
                continue
            found.append(_Found(kind="indirect", pieces=spans, cue=tok, subject=subj))
            continue
        if tok.pos_ == "VERB" and tok.lemma_ not in INDIRECT_LEMMAS and (tok.lemma_ in ACT_LEMMAS or tok.lemma_ in EVIDENCE_LEMMAS):
            if tok.lemma_ == "question" and any(
                c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in HUMAN_NOUNS or _people_plural(c)) for c in tok.children
            ):
                continue  # "questioned its crew members": people asked, nothing said
            act = _act_content(doc, tok, quoted_all)
            if act is not None and not any(s <= act[0] < e or s < act[1] <= e for p in found for s, e in p.pieces if p.kind == "direct"):
                found.append(_Found(kind="indirect", pieces=[act], cue=tok, subject=_subject(tok)))
            continue
        if tok.pos_ not in {"VERB"} or tok.lemma_.lower() not in INDIRECT_LEMMAS:
            continue
        if tok.lemma_ == "add" and _adds_a_thing(tok):
            continue  # "Bell added a 10-yard TD run late in the third quarter and …": scoring, not saying
        comps = [
            c for c in tok.children if c.dep_ in {"ccomp"} and c.pos_ in {"VERB", "AUX"}
            # (not the clause of a noun the parse hung on the cue: "…, an engineer has said amid
            # fears it could soon crash", what the fears are)
            and not (c.i > tok.i and _noun_clause_before(c))
            # (not the writer's sentence before a dash, where the cue has its own words after
            # it: "Boko Haram is going through a leadership struggle — two men claim to be in
            # charge", "… it is easy to see why he would be worried — the papers reveal a trail
            # of payments")
            and not (c.i < tok.i and any(
                x.i > tok.i and (x.dep_ == "xcomp" or x.dep_ == "dobj" and x.pos_ == "NOUN" and tok.lemma_ not in _ADDRESSED)
                for x in tok.children
            ) and any(doc[j].text in {"—", "–", "--"} for j in range(c.right_edge.i + 1, tok.i)))
        ]
        if not comps:
            # "said that ..." sometimes hangs as a dobj/advcl with a "that" mark
            comps = [c for c in tok.children if c.dep_ in {"advcl", "dobj", "xcomp"} and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
        if not comps and tok.lemma_ in SAY_LEMMAS:
            # "told reporters outside the courthouse that he would appeal": a "that" clause
            # the parse hung as a relative clause on the cue's own object or setting ("that"
            # a conjunction, not a relative pronoun)
            near = [c for c in tok.children if c.dep_ == "dobj"] + [
                g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
            ]
            comps = [
                t for n in near for t in n.children
                if t.dep_ == "relcl" and any(c.lower_ == "that" and c.tag_ == "IN" and c.i == t.left_edge.i for c in t.children)
            ][:1]
        if not comps and tok.lemma_ in SAY_LEMMAS:
            # "Trump said after the convention he would not accept …": a clause with its own
            # subject and no conjunction of its own, read as an adverbial; before the cue too
            # when the speaker follows it ("If anything, the country has been too passive, said
            # Tom Okafor")
            inverted = doc[tok.i - 1].text == "," and any(g.dep_ == "nsubj" and g.i > tok.i for g in tok.children)
            comps = [
                c for c in tok.children
                if c.dep_ == "advcl" and (c.i > tok.i or inverted)
                and (
                    c.tag_ in {"VBD", "VBZ", "VBP"} or (c.tag_ == "VB" and any(g.tag_ == "MD" for g in c.children))
                    or (inverted and c.tag_ == "VBN" and any(g.dep_ == "aux" and g.tag_ in {"VBZ", "VBP", "VBD"} for g in c.children))
                )
                and any(g.dep_ == "nsubj" and g.lower_ not in {"it", "there"} for g in c.children)
                and not any(g.dep_ == "mark" or g.tag_ in {"WRB", "WDT", "WP"} for g in c.children)
                # (not after an infinitive the cue already reports: "warned citizens to take
                # cover — just in case any parts fell on Japan")
                and not any(_infinitive(g) and tok.i < g.i < c.i for g in tok.children)
            ][:1]
        if not comps and tok.lemma_ in SAY_LEMMAS:
            # "He said legalizing it could put …": a gerund clause read as an xcomp
            comps = [c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == tok.i + 1 and any(g.pos_ in {"VERB", "AUX"} for g in c.children)]
        if tok.lemma_ == "ask" and (
            (tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children))
            or (tok.i >= 2 and doc[tok.i - 1].text == "," and any(c.dep_ == "nsubj" and c.i == tok.i - 2 for c in tok.children))
            # ("When asked about …, she looked steely", the participle the parse tagged as a past)
            or (tok.i >= 1 and doc[tok.i - 1].lower_ in {"when", "if", "once", "after", "unless", "until", "before", "while"}
                and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children))
        ):
            # "Asked about her weaknesses, …", "when asked whether he would …", "Oduya, asked
            # whether …, replied" (no comma parts a subject from its own verb): the clause's
            # subject is the one asked, and the question is the asker's words only where the
            # text names who asked ("Asked by Thrush if Clinton “gets” race"); a question put
            # by an interviewer it never names is no one's words, only what was talked about
            asker = _agent_of(tok)
            question = _question_content(doc, tok, quoted_all)
            if question is not None:
                found.append(_Found(kind="indirect", pieces=[question], cue=tok, subject=asker, topic_only=asker is None))
            continue
        subj = _subject(tok)
        if subj is None or _asked_hypothetically(tok) or _no_one_in_particular(subj):
            continue
        if not comps and tok.dep_ == "parataxis" and tok.head.pos_ in {"VERB", "AUX"}:
            # "Facebook created the tool, a spokeswoman said on Saturday, and …": the
            # clause the cue interrupts, in pieces around it
            clause = _clause_without(doc, tok.head, tok, None)
            if clause and sum(e - s for s, e in clause) >= 12 and not any(
                doc[i].i in quoted_all for i in range(tok.head.left_edge.i, tok.head.right_edge.i + 1)
            ):
                found.append(_Found(kind="indirect", pieces=clause, cue=tok, subject=subj))
            continue
        if not comps and tok.tag_ in {"VBD", "VBZ", "VBP"} and tok.dep_ not in {"ROOT", "conj", "relcl", "advcl", "xcomp", "ccomp", "pcomp", "parataxis"}:
            # A misparse like "Chen added inflation had peaked" (cue as a modifier of the
            # next noun): the rest of the sentence is the reported clause.
            rest = [t for t in tok.sent if t.i > tok.i]
            if len(rest) >= 3 and any(t.pos_ in {"VERB", "AUX"} for t in rest) and not any(t.pos_ in {"VERB", "AUX"} for t in tok.sent if subj.i < t.i < tok.i):
                comps = [tok.sent.root] if tok.sent.root.i > tok.i else []
                if comps:
                    lo, hi = tok.i + 1, tok.sent.end
                    lo = _skip_lead(doc, lo, hi)
                    while hi > lo and _trailing(doc[hi - 1]):
                        hi -= 1
                    found.append(_Found(kind="indirect", pieces=[(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text))], cue=tok, subject=subj))
                    continue
        if not comps:
            if tok.lemma_ in OBJECT_SPEECH or _claims_a_deed(tok):
                # "told Jeb Bush to quiet down", "asked about his tax returns", "denied the report"
                act = _act_content(doc, tok, quoted_all)
                if act is not None and not any(s <= act[0] < e or s < act[1] <= e for p in found for s, e in p.pieces if p.kind == "direct"):
                    found.append(_Found(kind="indirect", pieces=[act], cue=tok, subject=subj))
            continue
        if tok.lemma_.lower() in {"think", "believe", "feel", "wonder", "ask", "answer"} and subj.lower_ in {"i", "you", "we"}:
            continue
        if _though_misprinted(tok, subj):
            continue  # "Whiting's decision made no difference to Hamilton, thought it could …"
        # the complement after the cue first (a quote before it is usually one already
        # attributed: “…” Moments later, Trump said he …)
        comps.sort(key=lambda c: (c.i < tok.i, abs(c.i - tok.i)))
        # (not a clause before the cue that is itself a report of someone's words, which the
        # parse hung on it: "Thurman … also was quoted as saying that …, she told Tarantino")
        comps = [c for c in comps if not (c.i < tok.i and c.lemma_ == "quote" and _as_saying(c))]
        for comp in comps:
            span = _complement_span(doc, tok, comp, quoted_all)
            if span is None:
                continue
            start, end = span
            # skip when the complement is itself (mostly) a direct quote already found
            if any(s <= start < e or s < end <= e for p in found for s, e in p.pieces if p.kind == "direct"):
                continue
            # a clause opened by a quotation mark that never closes ("There was …, said
            # Kessel, whose …"): the writer's words quoted, the closing mark forgotten
            unclosed = start > 0 and text[start - 1] in {'"', "“"} and comp.i < tok.i and (start < 2 or text[start - 2] in " \n") and not any(
                q.open_start == start - 1 for g in groups for q in g
            )
            found.append(_Found(kind="direct" if unclosed else "indirect", pieces=[(start, end)], cue=tok, subject=subj))
            break

    _bear_out(text, toks, found, orphans)
    _as_the_source_said(doc, found)
    _quoted_inside_indirect(text, found, groups)
    _split_coordinated_cues(doc, toks, found)
    found = [f for f in _drop_nested(found) if not (f.kind == "indirect" and f.cue is not None and _in_capitals(f.cue))]
    return _finish(doc, toks, found, index)


def _in_capitals(tok: Token) -> bool:
    """Is ``tok`` a word in capitals among words in capitals, two on each side ("… QUESTION
    PAPERS QUESTIONS AND ANSWERS …", a site's menu): no sentence there reports anything."""
    doc = tok.doc
    near = [doc[i] for i in range(max(0, tok.i - 2), min(len(doc), tok.i + 3))]
    return len(near) == 5 and all(t.is_upper or t.like_num or t.is_punct for t in near) and sum(t.is_upper for t in near) >= 3


# Verbs of an "As the Ledger reported, …" lead.
_AS_CUES = (INDIRECT_LEMMAS - {"ask", "wonder", "answer", "agree", "think", "believe", "suspect"}) | PUT_IT_LEMMAS | {"observe", "explain"}


def _as_the_source_said(doc: Doc, found: list[_Found]) -> None:
    """A sentence led by "As the Ledger reported,", "As Crane said,", "As reported by the
    Ledger,", "As she told the Daily News," or "As one aide put it," (or a clause: "…, and as
    Comey noted, …") reports its main clause on that source's word: an indirect quote (a
    partial one if it quotes words), unless a quote already holds the clause. Not "As she
    explained her plan, …": a verb with an object of its own (other than the one told, or
    "it" of "put it") times the sentence."""
    for sent in doc.sents:
        opening = next((t for t in sent if not (t.is_space or t.is_punct)), None)
        if opening is None:
            continue
        # at the start of the sentence, or of a clause after "and" ("…, and as Comey noted, …")
        firsts = [t for t in sent if t.lower_ == "as" and (t.i == opening.i or t.i > sent.start + 1 and doc[t.i - 1].lower_ in {"and", "but"} and doc[t.i - 2].text == ",")]
        for first in firsts:
            _as_lead(doc, sent, first, found)


def _as_lead(doc: Doc, sent: Span, first: Token, found: list[_Found]) -> None:
    """One "As the Ledger reported, …" lead opening at ``first`` (see :func:`_as_the_source_said`)."""
    if first.dep_ not in {"mark", "advmod", "prep"}:
        return
    verb = first.head
    lemma = verb.lemma_.lower()
    if verb.i <= first.i or verb.pos_ != "VERB" or lemma not in _AS_CUES:
        return
    objects = [c for c in verb.children if c.dep_ in {"dobj", "ccomp", "xcomp", "dative"}]
    if lemma in PUT_IT_LEMMAS and [c.lower_ for c in objects] != ["it"] or lemma not in PUT_IT_LEMMAS | {"tell"} and objects:
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:  # "As reported by the Ledger"
        subj = _agent_of(verb)
    if subj is None or subj.lower_ in {"i", "you", "we", "it"}:
        return
    # the comma closing the lead (the parse hangs it on the lead's verb or on the main one)
    lead = {t.i for t in verb.subtree if t.text != ","}
    at = max(verb.i, subj.right_edge.i) + 1
    while at < sent.end and at in lead:
        at += 1
    comma = doc[at] if at < sent.end else None
    if comma is None or comma.text != ",":
        return
    lo, hi = comma.i + 1, sent.end
    while lo < hi and (doc[lo].is_space or doc[lo].is_punct and not doc[lo].is_quote):
        lo += 1
    while hi > lo and _trailing(doc[hi - 1]):
        hi -= 1
    if hi - lo < 3:
        return
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    if any(s < end and start < e for f in found for s, e in f.pieces):
        return
    found.append(_Found(kind="indirect", pieces=[(start, end)], cue=verb, subject=subj))


_PICTURES = frozenset({"picture", "photo", "photograph", "image", "map", "chart", "graph"})
"""Findings without words (:data:`EVIDENCE_NOUNS`): "a photo shows the moon rising over Rome"."""


def _quoted_inside_indirect(text: str, found: list[_Found], groups: list[list[QSpan]]) -> None:
    """An indirect quote whose reported clause holds quoted words no other quote took
    ("his claim that there were “thousands of shootings” in Chicago") is a partial quote:
    the fragments, in that clause."""
    for f in list(found):
        if f.kind != "indirect" or f.cue is None or all(f is not g for g in found):
            continue  # (or taken in by an earlier one)
        if f.cue.lemma_ in EVIDENCE_LEMMAS and f.subject is not None and f.subject.lemma_.lower() in _PICTURES:
            continue  # "A picture … shows the 'super moon' rising": a picture holds no one's words
        lo, hi = f.pieces[0][0], f.pieces[-1][1]
        # a partial quote cued inside this clause ("said he’d asked his “people” to “look
        # into” it", "said Americans will say “no”") quotes this speaker's words: its
        # fragments are this quote's
        inner = [
            g for g in found
            if g.kind == "partial" and g.cue is not None and lo <= g.cue.idx < hi and all(lo <= a and b <= hi + 2 for a, b in g.pieces)
            and not _speaks_apart(g.cue, f.cue) and not _relayed(g, f)
        ]
        absorbed = {id(g) for g in inner}
        taken = [(s, e) for g in found if g.kind != "indirect" and id(g) not in absorbed for s, e in g.pieces]
        # a fragment inside the clause, its closing punctuation perhaps just beyond it
        # ("his claim that people would ''learn nothing,''")
        marks = [
            q for g in groups for q in g
            if any(s <= q.open_start and (q.inner_end <= e or (q.inner_end <= e + 2 and not text[e : q.inner_end].strip(" ,.;:!?"))) for s, e in f.pieces)
            and not any(a < q.inner_end and q.inner_start < b for a, b in taken)
            and not _names_a_work(text, q)  # (“Masters of Sex” star Michael Sheen, her play “The Parisian Woman”)
            and not _looks_like_title(text, q)  # (one of the stars of “Pulp Fiction,”, Tarantino’s “Kill Bill: Vol. 1”)
            and not _a_letter(text, q)
        ]
        if not marks:
            continue
        close = max(q.close_end for q in marks)
        if close > hi and text[hi:close].strip(" ,.;:!?" + ALL_MARK_CHARS):
            continue
        found[:] = [g for g in found if id(g) not in absorbed]
        for g in found:
            if g.inherited is not None and id(g.inherited) in absorbed:
                g.inherited = f  # a quote by the speaker of one absorbed is by this one's
        context_pieces = list(f.pieces)
        hi = max(hi, close)
        context_pieces[-1] = (context_pieces[-1][0], hi)
        f.kind = "partial"
        f.context = (lo, hi)
        f.context_pieces = context_pieces if len(context_pieces) > 1 else []
        f.pieces = [(q.inner_start, q.inner_end) for q in marks]
        f.marks = marks


_BID_TO_SPEAK = frozenset({"ask", "lead", "prompt", "invite", "urge", "press", "challenge", "encourage"})
"""Verbs whose object is the one to speak in their infinitive ("asked Haddad to explain")."""


def _speaks_apart(inner: Token, outer: Token) -> bool:
    """Does the cue ``inner``, inside what ``outer`` reports, cue words that are not the
    report's: on the way up from it to ``outer`` there is a relative or adverbial clause
    ("asked Trump about statements he had made, when he claimed Obama was “the founder”",
    "asked him to be best man, an honor Donald said would be ''a good thing''"), or the
    infinitive of someone asked or led to speak ("asked Haddad to explain why the plan was
    ''dead''": Haddad's word), or a report of what someone named did say ("Trump also said
    the United States was “100 percent with Japan”, Abe told reporters": Trump's words, Abe
    relays them; not "said Americans will say “no”", a guess in the speaker's own words)."""
    if _reports_named_other(inner, outer) or inner.head.i != outer.i and _named_conjunct(inner, outer):
        return True
    tok = inner
    for _ in range(64):
        if tok.i == outer.i or tok.head.i == tok.i:
            return False
        if tok.dep_ in {"relcl", "advcl"} or (
            tok.dep_ == "xcomp" and tok.head.lemma_ in _BID_TO_SPEAK and any(c.dep_ == "dobj" for c in tok.head.children)
        ):
            return True
        tok = tok.head
    return False


def _relays_report(near: Token, far: Token, close_end: int) -> bool:
    """Is ``near`` a cue whose subject comes after the quoted words (“…,” X reported) that
    relays what ``far``, a verb of saying in the past before them, reports, with a subject
    of its own, named or an institution, that is not ``near``'s ("Police said the boy “…,”
    Cincinnati.com reported")?"""
    subj, own = _subject(near), _subject(far)
    return (
        subj is not None and subj.idx >= close_end and own is not None and own.i < far.i < subj.i
        and far.lemma_ in SAY_LEMMAS and far.tag_ in {"VBD", "VBZ", "VBP"} and _named_apart(far, near)
    )


def _relayed(partial: _Found, according: _Found) -> bool:
    """Is ``partial`` a speech act that someone's words ``according`` to another relay, its
    verb before the words ("According to an unnamed source cited by Haaretz, the prime
    minister told the rabbis, ‘…’", "he said it was “an extremely strong” animal, according to
    AP reports": his words; not "According to doctors …, the bullet “…”, court sources said",
    the doctors' words that the sources relay)?"""
    cue, outer = partial.cue, according.cue
    return (
        cue is not None and outer is not None and outer.lower_ == "according"
        and cue.lemma_ in SAY_LEMMAS and cue.tag_ in {"VBD", "VBZ", "VBP"} and _own_subject(cue)
        and cue.idx < partial.pieces[0][0]
    )


def _reports_named_other(inner: Token, outer: Token) -> bool:
    """Is ``inner`` a verb of saying in the past ("said", "has said") whose subject is a
    name other than ``outer``'s speaker: a speech act that took place, told by the outer
    speaker?"""
    if inner.lemma_ not in SAY_LEMMAS or inner.tag_ not in {"VBD", "VBN"}:
        return False
    if inner.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in inner.children):
        return False
    return _named_apart(inner, outer) or _someone_else_described(inner, outer)


def _someone_else_described(inner: Token, outer: Token) -> bool:
    """Is the subject of ``inner`` one person described, not named, who is not ``outer``'s
    speaker ("One said the driver told them he had “blacked out”": the driver's words, the
    survivor relays them)?"""
    a = next((c for c in inner.children if c.dep_ == "nsubj"), None)
    b = _subject(outer)
    return (
        a is not None and b is not None and a.tag_ == "NN" and a.lemma_.lower() in HUMAN_NOUNS | PERSON_KINDS
        and any(c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in a.children) and a.lower_ != b.lower_
    )


def _named_conjunct(inner: Token, other: Token) -> bool:
    """Is ``inner`` a verb coordinated with another, with a subject of its own that names
    someone other than ``other``'s speaker, and what it says after it ("Coulter tweeted that
    Trump should deport Haley, and Trump later called Haley “very weak on immigration.”":
    Trump's words, not Coulter's)? Not a verb the parse coordinated after the words it
    reports ("said the train sped up and “everyone just went flying,” the Associated Press
    reports": Bamford's words, which the agency relays)."""
    return (
        inner.dep_ == "conj" and _named_apart(inner, other)
        and any(c.i > inner.i and not c.is_punct for c in inner.children)
    )


def _named_apart(inner: Token, other: Token) -> bool:
    """Has ``inner`` a subject of its own that names someone other than ``other``'s speaker
    (who is named too: a pronoun may stand for the one named), or an institution ("Police
    said the boy “was treated …,” Cincinnati.com reported")?"""
    a = next((c for c in inner.children if c.dep_ == "nsubj"), None)
    b = _subject(other)
    if a is None or b is None or b.pos_ == "PRON":
        return False
    if not (a.pos_ == "PROPN" or a.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or a.pos_ == "NOUN" and a.lemma_.lower() in INSTITUTIONS):
        return False
    return a.lower_ != b.lower_


def _overlaps_found(found: list[_Found], span: tuple[int, int]) -> bool:
    """Does ``span`` overlap what a quote already found covers (its clause, else its pieces)?"""
    return any(s < span[1] and span[0] < e for f in found for s, e in (f.context_pieces or ([f.context] if f.context else f.pieces)))


_TENSE = {"VBD": "past", "VBN": "past", "VBZ": "present", "VBP": "present", "VB": "base"}
"""Verb tags of one form (the parse tags a cue "tweeted" VBN as often as VBD); a cue of
another tag (a participle, "saying") has no verb coordinated with it."""
# Verbs of saying or of a speech act that, coordinated with a cue, report words of their own.
_COORDINATED_CUES = (INDIRECT_LEMMAS | ACT_LEMMAS) - {"think", "believe", "wonder", "point", "agree", "ask", "answer"}


def _coordinated_cue(doc: Doc, toks: _Tokens, cue: Token, lo: int, hi: int) -> Token | None:
    """A verb of saying in the reported clause ``lo``..``hi`` (char offsets) of ``cue`` that
    is coordinated with the cue itself, though the parse hung it in the clause: "tweeted
    that Machado was “disgusting” and encouraged Americans to “check out” her tape", "said
    he would order a review and warned against hackers". Of the cue's form, with no subject
    of its own, right after "and", and joined to the clause's own verbs (not to a verb of a
    relative or adverbial clause inside it: "which she was doing when security located her
    and told her to leave")."""
    if cue.idx >= lo:
        return None
    for tok in doc[toks.first_from(lo) : toks.first_from(hi)]:
        if tok.dep_ != "conj" or _TENSE.get(tok.tag_) != _TENSE.get(cue.tag_, cue.tag_) or tok.lemma_.lower() not in _COORDINATED_CUES:
            continue
        if tok.i < 2 or doc[tok.i - 1].lower_ != "and" or any(
            c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in tok.children
        ):
            continue
        before = toks.text[lo : tok.idx]
        if before.count("“") > before.count("”") or before.count('"') % 2:
            continue  # a verb inside quoted words is the quoted speaker's ("approached her “and said, …")
        node = tok.head
        for _ in range(6):
            if node.i == cue.i:
                return tok
            if node.dep_ in {"relcl", "acl", "advcl", "csubj", "ccomp"} and node.head.i != cue.i or node.head.i == node.i:
                break
            node = node.head
    return None


def _indirect_by(speaker_of: _Found, pieces: list[tuple[int, int]], cue: Token | None) -> _Found:
    """An indirect quote of ``pieces`` on ``cue`` by the speaker of ``speaker_of``."""
    return _Found(kind="indirect", pieces=pieces, cue=cue, subject=speaker_of.subject,
                  speaker_bounds=speaker_of.speaker_bounds, inherited=speaker_of.inherited)


def _split_coordinated_cues(doc: Doc, toks: _Tokens, found: list[_Found]) -> None:
    """An indirect or partial quote whose reported clause runs on into a second verb of
    saying coordinated with its cue (see :func:`_coordinated_cue`) is two attributions by
    one speaker: the clause up to the "and", and what the second verb reports. Quoted
    fragments go with the part they are in; a part without any is indirect."""
    text = toks.text
    groups: dict[tuple, list[_Found]] = {}
    for f in found:
        if f.cue is None:
            continue
        if f.kind == "partial" and f.context is not None and len(f.context_pieces) <= 1:
            groups.setdefault((f.cue.i, f.context), []).append(f)  # the fragments of one clause
        elif f.kind == "indirect":
            groups.setdefault((f.cue.i, id(f)), []).append(f)
    for members in groups.values():
        first = members[0]
        partial = first.kind == "partial"
        lo, hi = first.context if partial and first.context else (first.pieces[0][0], first.pieces[-1][1])
        # (also right after it: "that Haddad was “a fraud” and urged voters to “look closely”",
        # the fragment after the verb a quote of its own already)
        verb = _coordinated_cue(doc, toks, first.cue, lo, min(len(text), hi + 8))
        if verb is None:
            continue
        own = [g for g in found if g.cue is not None and g.cue.i == verb.i and all(g is not f for f in members)]
        after = verb.i + 1
        while after < len(doc) and doc[after].dep_ == "prt" and doc[after].head.i == verb.i:
            after += 1  # "and called on Congress to act": what follows the phrasal verb
        start = doc[after].idx if after < len(doc) else len(text)
        fragments_beyond = any(g.kind == "partial" for g in own) or partial and any(f.pieces[0][0] >= start for f in members)
        if any(g.kind == "indirect" and g.subject is not None and g.subject.pos_ in {"PROPN", "NOUN"} for g in own) and not fragments_beyond:
            continue  # the verb has a speaker of its own ("Mook was holding a meeting … and told aides")
        for g in own:  # (read as the clause's verb, it took the clause's subject: "he" would order)
            g.subject, g.speaker_bounds, g.inherited = first.subject, first.speaker_bounds, first.inherited
        cut = len(text[: doc[verb.i - 1].idx].rstrip(" ,;"))
        if start >= hi or cut <= lo:
            continue
        own = [g for g in own if g.kind == "indirect"]
        if not partial:
            first.pieces = [(lo, cut)]
            if not own:
                found.append(_indirect_by(first, [(start, hi)], verb))
            continue
        if any(not (b <= cut or a >= start) for f in members for a, b in f.pieces):
            continue  # a fragment across the cut
        before = [f for f in members if f.pieces[-1][1] <= cut]
        beyond = [f for f in members if f.pieces[0][0] >= start]
        for f in before:
            f.context, f.context_pieces = (lo, cut), [(lo, cut)] if f.context_pieces else []
        if not before:
            found.append(_indirect_by(first, [(lo, cut)], first.cue))
        for f in beyond:
            f.cue, f.cue_end_tok = verb, None
            f.context, f.context_pieces = (start, hi), [(start, hi)] if f.context_pieces else []
        if beyond:
            found[:] = [g for g in found if all(g is not o for o in own)]  # the fragments carry its words
        elif not own:
            found.append(_indirect_by(first, [(start, hi)], verb))


_AND_THAT = re.compile(r",?[ \t]+and[ \t]+that[ \t]")


def _and_that(doc: Doc, toks: _Tokens, found: list[_Found]) -> None:
    """A partial quote's reported clause that ends at its last closing mark, where a second
    "that" clause coordinated with it follows ("said that “we tell the truth, we deal with
    the issues” and that he’d seen continued support from voters"): the cue reports both."""
    text = toks.text
    for f in found:
        if f.kind != "partial" or f.context is None or f.context_pieces or f.cue is None or not f.marks:
            continue
        if f.context[1] > max(q.close_end for q in f.marks) + 1 or (m := _AND_THAT.match(text, f.context[1])) is None:
            continue
        that = doc[toks.at(m.end() - 2)]
        verb = that.head
        if that.dep_ != "mark" or verb.dep_ != "conj" or verb.i <= that.i:
            continue
        node, up = verb.head, 0
        while node.i != f.cue.i and node.head.i != node.i and up < 3:
            node, up = node.head, up + 1
        if node.i != f.cue.i:
            continue  # (coordinated inside the clause of another verb)
        para_end = text.find("\n", f.context[1])
        end_tok = verb.right_edge
        end = min(end_tok.idx + len(end_tok.text), len(text) if para_end < 0 else para_end)
        end = _cut_clause(text, m.end(), end)
        while end > m.end() and text[end - 1] in ".,;:":
            end -= 1
        if end <= m.end() or any(g is not f and g.cue is not None and g.cue.i != f.cue.i and _overlaps_found([g], (m.end(), end)) for g in found):
            continue
        old = f.context
        for g in found:
            if g.kind == "partial" and g.cue is not None and g.cue.i == f.cue.i and g.context == old:
                g.context = (old[0], end)


def _drop_nested(found: list[_Found]) -> list[_Found]:
    """Indirect quotes whose cue sits inside another quote's content ("she said that he
    thinks …"): the outer attribution already carries them."""
    spans = [(s, e, f) for f in found for s, e in (f.context_pieces or ([f.context] if f.context else f.pieces))]
    out = []
    for f in found:
        if f.kind == "indirect" and f.cue is not None:
            c = f.cue.idx
            if any(
                s <= c < e and g is not f and g.cue is not None and g.cue.i != f.cue.i
                and (g.kind != "indirect" or g.cue.lemma_ in INDIRECT_LEMMAS or g.cue.lower_ == "according" or f.cue.pos_ != "NOUN")
                for s, e, g in spans
            ):
                continue
        out.append(f)
    return out


# -- speaker resolution ------------------------------------------------------------------


_SOME_OF = frozenset({
    "one", "two", "three", "four", "five", "some", "several", "many", "most", "none", "each", "both", "all",
    "any", "either", "neither", "few", "another", "others",
})


def _mention_entity_at(index: EntityIndex, lo_char: int, hi_char: int, doc: Doc, head: Token) -> str | None:
    """Entity mentioned inside the speaker span, preferring the one at the head token."""
    if any(g.dep_ == "case" and g.text in {"'s", "’s"} for g in head.children) and any(
        g.dep_ == "conj" and g.tag_ == "NNS" and any(x.dep_ == "poss" for x in g.children) for g in head.children
    ):
        return None  # "China's and Russia's ambassadors … said", the first owner read as the head: the ambassadors, as described
    eid = index.by_token.get(head.i)
    if eid:
        ent = index.entity(eid)
        if ent is not None and ent.label == "PERSON":
            return eid
    if head.pos_ == "PROPN" and head.lower_ in index.surnames and not eid:
        return index.surnames[head.lower_]  # a last name the NER missed
    if head.tag_ == "NN" and head.is_lower and head.lemma_.lower() in ORG_KINDS and not any(
        c.dep_ == "det" and c.lower_ in {"a", "an", "another"} or c.dep_ == "conj" for c in head.children
    ):
        # "Le Monde newspaper", "the Xinhua news agency": the organisation named right before
        # its kind (not "a pro-Islamic State group", one of its kind; nor one of two named,
        # "the IRNA news agency and the United States Geological Survey")
        named = eid
        if named is None:
            j = head.i - 1
            while j > 0 and doc[j].is_lower and doc[j].dep_ == "compound":
                j -= 1  # (over "news")
            named = index.by_token.get(j) if j >= 0 and doc[j].dep_ == "compound" and doc[j].idx >= lo_char else None
        if named is not None and _label_of(index, named) == "ORG":
            return named
    if head.pos_ in {"NOUN", "PROPN"} and head.is_lower:
        # "a spokesperson for Brandt", "Velmark officials": a description, not the name
        return None
    if head.lower_ in _SOME_OF and any(
        c.dep_ == "prep" and c.lower_ == "of" and not any(g.dep_ == "pobj" and g.lemma_.lower() in DOC_NOUNS for g in c.children)
        for c in head.children
    ):
        # "one of Carson's advisers": some of them, not the one they work for (but "several of
        # Teigen's tweets" are hers)
        return None
    persons = [
        ent_id
        for s, e, ent_id, kind in index.mention_spans
        if s >= lo_char and e <= hi_char and getattr(index.entity(ent_id), "label", None) == "PERSON"
    ]
    if persons:
        return persons[-1]
    if eid and (head.pos_ == "PROPN" or head.text[:1].isupper()):
        return eid
    if eid:
        ent = index.entity(eid)
        if ent is not None and ent.label == "PERSON":
            return eid  # a role noun ("the premier") that names a known person
    return None


_PRONOUN_WINDOW = 4
"""How many sentences before a pronoun's own the people it may stand for are looked for in."""
_PROTAGONIST_LEAD = 3
"""How many times more often than anyone else who may be of that sex (the same, or not known)
the article must have named a person for a he/she far from any name to stand for them."""


def _named_a_thing(first: Token) -> bool:
    """Does the name that starts at ``first`` name a thing the words before it call so: "a
    digital coin called XRP", "a rocket named Falcon Heavy" (not "a company called Velmark",
    "a man named Okafor")?"""
    before = first.doc[first.i - 1] if first.i > 0 else None
    if before is None or before.lower_ not in {"called", "named", "dubbed"} or before.dep_ != "acl":
        return False
    thing = before.head
    lemma = thing.lemma_.lower()
    return thing.pos_ == "NOUN" and lemma not in ORG_KINDS and lemma not in HUMAN_NOUNS and lemma not in PERSON_KINDS and lemma not in INSTITUTIONS


def _recent_entity(
    index: EntityIndex,
    doc: Doc,
    before_char: int,
    labels: set[str],
    last_speaker: str | None,
    gender: str | None,
    toks: _Tokens,
    quoted: list[tuple[int, int]],
    kind: str | None = None,
    reported: Sequence[tuple[int, int]] = (),
) -> str | None:
    """Most recent fitting entity before ``before_char``: prefers the previous speaker
    (unless the story has turned to another person since, the subject of a main clause:
    "“…,” Haddad said. ¶ A professor …, Tom Okafor, did not go to work. … “…,” he said" is
    Okafor),
    mentions that are sentence subjects (of a main clause more than of a subordinate or
    relative one: "Haddad praised the plan that Okafor drafted. He said …" is Haddad) and
    people the pronoun's own paragraph brings in, most of all as the subject of its main
    clause (after "“…,” Haddad said." a paragraph opening "Council leader Okafor was more
    careful. He said …" is about Okafor, not the last speaker; for a pronoun opening its
    paragraph, the paragraph before),
    within the last few sentences; never one named
    inside ``quoted`` (the quotes' words: “Minister Strand has served …,” he said — he is
    not Strand), nor a person whose name only qualifies a noun in the pronoun's own sentence
    ("Congratulating the Okafor family, he said" is not Okafor; a sentence before may still
    be about them: "the Sanders campaign is … . He continues to insist"), nor one named in
    ``reported`` (the words the pronoun's own quote reports) below their subject ("No shots
    were fired when Okafor was arrested, he added"; "Ms. Okafor was shocked …, she said" may
    be Okafor), nor one the pronoun's own clause names as its object (:func:`_bound_away`).
    With no one fitting in those sentences, a he/she is who just spoke, else the person of
    that sex the article is about (:func:`_protagonist`), else no one.

    For a kind noun (``kind``: "the agency", "the singer") rather than a pronoun, most of
    all one the text calls so ("Iran's news agency IRNA", "Rihanna, the singer", a role "the
    comedian"); for a kind of business, not an institution ("the company" is not the
    Securities and Exchange Commission its filing went to) nor a news medium the story was
    told to or reported by (:func:`_medium`); and for a kind of person, no one
    when several people are named in those sentences and none is called so: a writer names a
    person by kind to tell them from another ("Thurman said … Tarantino had persuaded her ….
    The director said"), which salience cannot tell."""
    sent_i = toks.sent_index(before_char)
    window_start = toks.window_start(sent_i, _PRONOUN_WINDOW)
    para_start = toks.text.rfind("\n", 0, before_char) + 1
    if not toks.text[para_start:before_char].strip():
        # a pronoun opening its paragraph ("He said …") goes on from the paragraph before
        para_start = toks.text.rfind("\n", 0, _end_before_space(toks.text, 0, para_start)) + 1
    kind_re = re.compile(rf"\b{re.escape(kind)}\b", re.IGNORECASE) if kind else None
    # entities the article calls so anywhere before ("Comedian Ellen DeGeneres", "Rihanna,
    # the singer"): within a few words before or after one of their mentions, as the title
    # it opens with, or in one of their roles (not a name ending in the kind: "UnitedHealth
    # Group" is not called a group; nor a name beside the kind as another's name opens with
    # it: "The Louisville Cardinal, the University of Louisville's student paper")
    def _beside(pattern: re.Pattern[str], s: int, e: int) -> bool:
        # (the word within a few words before or after the mention at s..e, in no name itself)
        return any(
            m is not None and not any(a <= m.start() < b for a, b, _eid, _k in index.mention_spans)
            for m in (pattern.search(toks.text, max(0, s - 30), s), pattern.search(toks.text, e, min(e + 30, before_char)))
        )

    called_so = (
        {
            eid for s, e, eid, _k in index.mention_spans
            if s < before_char
            and (_beside(kind_re, s, e) or kind_re.match(toks.text, s))
        }
        | {ent.id for ent in index.entities if any(kind_re.search(r.text) for r in ent.roles)}
        if kind_re is not None and kind not in RELATION_KINDS
        else set()
    )
    if kind in RELATION_KINDS:
        # kin only as the text names them so, the noun right beside the name ("another
        # brother, Patrick Paddock II", "The boy's uncle, Song Jiandang"): "The brother told
        # CBS News that he knew Mr. Paddock" does not make Mr. Paddock a brother
        called_so = {eid for s, _e, eid, _k in index.mention_spans if s < before_char and introduced_as(toks.text, s, kind)}
    # a circus, a zoo, a museum whose name ends in its kind is the one "the circus" takes up,
    # where one is named before ("the Brightwater Brothers Circus … The circus announced":
    # not the last speaker)
    named_so = {
        eid for s, _e, eid, _k in index.mention_spans
        if s < before_char and index.entity(eid).name.casefold().endswith(" " + kind)
    } if kind in _NAMED_BY_KIND else set()
    # a news medium as the text presents one: called so beside a name ("according to Le
    # Monde newspaper"), or telling or reporting ("the Kessmouth Herald reported")
    press_so = {
        eid for s, e, eid, _k in index.mention_spans
        if s < before_char and (
            _beside(_PRESS_WORDS, s, e) or _medium(doc[toks.at(e - 1)]) or _MASTHEAD.search(index.entity(eid).name)
        )
    } if kind in _PRESS_KINDS else set()
    # a thing the text names as such is no company ("a digital coin called XRP")
    things_named = {eid for s, _e, eid, _k in index.mention_spans if s < before_char and _named_a_thing(doc[toks.at(s)])} if kind in BUSINESS_KINDS else set()
    scores: dict[str, float] = {}
    best_at: dict[str, int] = {}  # where each one's best-scoring mention starts
    # the last speaker's last mention: a person the story turns to after it, as a main
    # clause's subject, takes the last speaker's precedence away
    last_spoke = max((s for s, _e, eid, _k in index.mention_spans if eid == last_speaker and s < before_char), default=-1)
    turned = False
    pronoun = doc[toks.at(before_char)] if kind is None else None
    bound = _bound_away(pronoun, index) if pronoun is not None else set()
    for s, e, eid, _mention_kind in index.mention_spans:
        if s >= before_char or s < window_start or any(a <= s < b for a, b in quoted) or not _fits(index, eid, labels, gender):
            continue
        if eid in bound or kind in RELATION_KINDS and eid not in called_so or named_so and eid not in named_so or kind in _PRESS_KINDS and eid not in press_so:
            continue
        if kind in BUSINESS_KINDS and (_INSTITUTION_NAME.search(index.entity(eid).name) or eid in things_named):
            continue
        tok = doc[toks.at(s)]
        head = tok
        while head.i + 1 < len(doc) and index.by_token.get(head.i + 1) == eid and (
            head.dep_ == "compound" or head.dep_ == "punct" and head.text in {"-", "‐"} and _ends_mention(index, head.i + 1, eid)
        ):
            head = doc[head.i + 1]  # (over the hyphen of a family name that ends the name: "Zahava Gal-On")
        if any(a <= s < b for a, b in reported) and not (head.dep_ in {"nsubj", "nsubjpass"} and _reported_root(head.head, reported)):
            continue  # named in the words reported, below their subject ("No shots were fired when Okafor was arrested, he added")
        if kind is not None and kind not in _MEDIA_KINDS and _medium(head):
            continue  # ("Reuters cited the Amaq website. … The terrorist group claimed": not Reuters)
        if head.text in PLATFORMS and (head.dep_ == "pobj" and head.head.lower_ in {"on", "via"} or head.dep_ == "compound"):
            # "… said in messages posted on Twitter. … , it said", "Her LinkedIn profile said
            # …": where it was said, not who
            continue
        if head.dep_ == "compound" and head.head.pos_ == "NOUN" and _label_of(index, eid) == "PERSON" and (
            toks.sent_index(s) == sent_i
            or head.head.lemma_.lower() not in HUMAN_NOUNS and head.head.dep_ not in {"ROOT", "relcl", "ccomp", "advcl", "xcomp"}
        ):
            # in the pronoun's sentence, a name that only qualifies a noun ("Congratulating the
            # Okafor family, he said"); before it, one that qualifies a thing, not people of
            # theirs ("not James Brown calibre", "the Ali-Frazier fight"; "the Sanders campaign
            # is … . He continues to insist" may be Sanders; nor a verb the parse read as the
            # noun, "something that Benson echoes")
            continue
        if _label_of(index, eid) == "PERSON" and _owns_place(doc, index, toks.at(e - 1)):
            # a person named only to say whose a place is ("a glamorous woman in President
            # Trump’s Washington …, she looked steely"): not an antecedent there
            continue
        score = s / max(1, toks.length)
        if head.dep_ == "appos":
            # "Another man, James Tofield, …, said": the subject it names, also past the
            # phrases after the subject the parse hung it on ("A professor of economics at
            # Vale University, Tom Okafor, did not go")
            up = head.head
            while up.dep_ in {"pobj", "prep"} and up.head.i != up.i and up.i - up.head.i < 8:
                up = up.head
            if up.dep_ in {"nsubj", "nsubjpass"}:
                head = up
        elif (
            head.dep_ == "pobj" and _label_of(index, eid) == "PERSON" and head.head.lower_ == "of" and head.head.head.lower_ in TITLE_WORDS
            and head.head.head.dep_ in {"nsubj", "nsubjpass"} and head.left_edge.i < toks.at(s)
        ):
            # "Mayor of Chicago Rahm Emanuel posted …": the office's holder is the subject
            # (not "a spokesman of Okafor", whose name is all the phrase after "of")
            head = head.head.head
        verb = head.head
        subject = head.dep_ in {"nsubj", "nsubjpass"}
        if subject:
            score += 0.2 if verb.dep_ in {"advcl", "relcl"} else 0.5
        main_subject = subject and (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
        if _name_read_as_root(head):
            score += 0.5  # "Zahava Gal-On, the head of the Meretz party, called …" with "called" read as a modifier
            subject = main_subject = True
        if subject and pronoun is not None and _opens_pronoun_clause(verb, pronoun):
            # the subject of a clause put before the pronoun's own ("A day after Mr. Okafor
            # made the remark, he issued another statement"): the sentence is theirs
            score += 0.8
            main_subject = True
        if _framed_by_for(head):
            score += 0.5  # "For Okafor, the vote was bittersweet.": the sentence is about them
            main_subject = True
        if head.dep_ == "poss" and head.head.dep_ in {"nsubj", "nsubjpass"} and head.head.head.dep_ == "ROOT" and _label_of(index, eid) == "PERSON":
            score += 0.3  # "Oz's dubious medical advice earned him the attention of Congress": the sentence is about Oz
            main_subject = True
        if subject and reported and _leads_in_to(verb, reported[0][0]):
            # "Fallon fired back: “…,” he wrote": the one whose clause leads in to the quote with a colon
            score += 0.8
            main_subject = True
        turned = turned or (main_subject and eid != last_speaker and s > last_spoke >= 0)
        if toks.sent_index(s) == sent_i:
            score += 0.2
        if para_start <= s:
            score += 0.6 if main_subject else 0.3  # a person this paragraph brings in (as its subject)
        if eid in called_so:
            score += 1.0
        if score >= scores.get(eid, score):
            best_at[eid] = s
        scores[eid] = max(score, scores.get(eid, score))
    if last_speaker in scores and not turned:
        scores[last_speaker] += 0.6
    if not scores and len(named_so) == 1:
        return next(iter(named_so))  # "the Naval Observatory said …. … , according to the observatory": the one so named, further back
    if not scores:
        if last_speaker is not None and kind is None and labels == {"PERSON"} and _fits(index, last_speaker, labels, gender):
            # a he/she with no one named in the last few sentences, which were the quotes' own
            # ("“Don't shoot him. He has no weapon. …” ¶ She then urges …"): who just spoke
            return last_speaker
        if kind is None and labels == {"PERSON"} and gender is not None:
            return _protagonist(index, toks, before_char, sent_i, gender, quoted)
        return None
    best = max(scores, key=lambda eid: scores[eid])
    if gender is not None and index.gender.get(best) is None:
        # one known to be of the pronoun's sex over one whose sex is not known, named in the
        # same sentence and standing as well there, place aside (as a subject, as who just
        # spoke): "with his mother Michelle and her partner Deonne Dickerson …. … she says"
        # is Michelle
        def standing(eid: str) -> float:  # the score less the place of the mention it came from
            return scores[eid] - best_at[eid] / max(1, toks.length)

        known = [
            eid for eid in scores
            if index.gender.get(eid) == gender and toks.sent_index(best_at[eid]) == toks.sent_index(best_at[best])
            and standing(eid) > standing(best) - 1e-6
        ]
        if known:
            best = max(known, key=lambda eid: scores[eid])
    if kind is not None and labels == {"PERSON"} and best not in called_so and len(scores) > 1:
        # (unless the kind noun's own sentence names one of them before it, and no one else:
        # "A shirtless and chiseled Chris Pratt will appear in Michelob Ultra's ad where the
        # sexy star suggests …")
        own = {eid for eid in scores if toks.sent_index(best_at[eid]) == sent_i}
        here = {
            eid for s, _e, eid, _k in index.mention_spans
            if toks.sent_index(s) == sent_i and s < before_char and not any(a <= s < b for a, b in quoted) and _label_of(index, eid) == "PERSON"
        }
        if own == {best} and here == {best}:
            return best
        # (or the one of them the text has shown to be of the noun's sex, "the actress" after
        # "Jessica Alba … her husband Cash Warren … a baby boy named Hayes")
        of_sex = [eid for eid in scores if gender is not None and index.gender.get(eid) == gender]
        return of_sex[0] if len(of_sex) == 1 else None
    return best


def _owns_place(doc: Doc, index: EntityIndex, last: int) -> bool:
    """Is the name whose last token is ``last`` written as the owner of a place right after
    it ("President Trump’s Washington", "Putin's Russia"), however the parse hung the
    possessive?"""
    return (
        last + 2 < len(doc) and doc[last + 1].lower_ in {"'s", "’s"}
        and _label(index, doc[last + 2]) in {"GPE", "LOC"} and index.by_token.get(doc[last + 2].i) != index.by_token.get(last)
    )


def _ends_mention(index: EntityIndex, i: int, eid: str) -> bool:
    """Is token ``i`` the last of a mention of ``eid``?"""
    return index.by_token.get(i + 1) != eid


def _name_read_as_root(name: Token) -> bool:
    """Is ``name`` the subject of its sentence that the parse made its root, with the verb as
    a modifier of it after an apposition ("Zahava Gal-On, the head of the Meretz party,
    called Sunday’s vote “crazy.”": "called" read as "the one called …")?"""
    return name.dep_ == "ROOT" and name.pos_ == "PROPN" and any(
        c.dep_ == "appos" for c in name.children
    ) and any(
        c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"} and c.i > name.i and name.doc[c.i - 1].text == ","
        and any(g.dep_ in {"dobj", "oprd", "ccomp"} for g in c.children) and not any(g.dep_ == "agent" for g in c.children)
        for c in name.children
    )


def _goes_on_against_census(
    index: EntityIndex, toks: _Tokens, prev: _Found, last_speaker: str | None, gender: str, before_char: int,
    any_name: bool = True,
) -> bool:
    """Does a "he added" or "he said" go on from the quote just before it, by ``last_speaker``,
    whose sex only the census guessed from a first name, the other one (“It is not a swap,”
    said Information minister Lai Mohammed. “It is a release …,” he added: the census gives
    "Lai" to women)? The quote before ends in the sentence before or the pronoun's own, and no
    honorific in the person's mentions tells their sex. Unless ``any_name`` (a "he added" goes
    on; a "he said" may be someone else's, as "Ebeling said …. “…,” she said" is not the
    Tom Ebeling a surname went to), the census gives the name to the pronoun's sex too
    ("Robin")."""
    if last_speaker is None or (ent := index.entity(last_speaker)) is None or ent.label != "PERSON":
        return False
    g = index.gender.get(last_speaker)
    first = ent.name.split()[0]
    if g is None or g == gender or first_name_gender(first) != g:
        return False
    if not any_name and not first_name_given_to(first, gender):
        return False
    if any(m.text.split()[0].rstrip(".").casefold() in HONORIFICS for m in ent.mentions):
        return False
    prev_end = prev.pieces[-1][1]
    here, there = toks.sent_index(before_char), toks.sent_index(prev_end)
    # (or a piece of the pronoun's own sentence after it: "He said officers would be “…” at the
    # scene, and staff would be present for a “…”", one cue)
    return here - there <= 1 and (prev_end <= before_char or here == there)


_PAIR_NOUNS = frozenset({"couple", "pair", "duo"})
"""Nouns for two people at once: "the couple said"."""


def _names_itself(index: EntityIndex, doc: Doc, toks: _Tokens, subj: Token, start: int, quoted: list[tuple[int, int]]) -> str | None:
    """"“ANA is researching the situation …,” the airline said": an organisation of the
    kind noun's kind that its own words name as their first subject, as a statement speaks
    of its company by name, where the text named it before, outside quotes; else None."""
    kind = _kind_of(subj)
    if kind is None or kind[0] != {"ORG"}:
        return None
    first = toks.first_from(start)
    if first >= len(doc):
        return None
    eid = index.by_token.get(first)
    if eid is None or _label_of(index, eid) != "ORG":
        return None
    head = doc[first]
    while head.head.i != head.i and index.by_token.get(head.head.i) == eid:
        head = head.head  # (to the name's last word)
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    before = any(s < start and not any(a <= s < b for a, b in quoted) for s, _e, e, _k in index.mention_spans if e == eid)
    return eid if before and _fits(index, eid, kind[0], None) else None


def _pair_before(doc: Doc, subj: Token, index: EntityIndex, toks: _Tokens, label: str = "PERSON") -> str | None:
    """The people a definite "the couple" or "the pair" stands for, or the organisations of
    a plural kind ("the groups", ``label`` "ORG"): the last of them named together ("Fergie
    and Josh Duhamel announced …. “…,” the couple said"; "said Laurence Mark and Bill Condon,
    the new producers. … the pair said"; "Common Sense Media and the Center for Humane
    Technology will hold a conference …. The groups say"), in its sentence or the two before,
    as "A and B" ("A, B and C"); None when none are named so."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "these"} for c in subj.children):
        return None
    start = toks.sent_starts[max(0, toks.sent_index(subj.idx) - 2)]
    together: list[str] = []
    for t in doc[toks.first_from(start) : subj.i]:
        if t.dep_ != "conj" and _label(index, t) == label and any(c.dep_ == "conj" for c in t.children):
            chain, todo = [t], [t]
            while todo:  # (every conjunct: "A and B and C", "A, B and C")
                kids = [c for c in todo.pop().children if c.dep_ == "conj" and _label(index, c) == label]
                chain += kids
                todo += kids
            named = list(dict.fromkeys(e for c in sorted(chain, key=lambda c: c.i) if (e := index.by_token.get(c.i)) is not None))
            if len(named) >= 2:
                together = named
    if label == "PERSON" and len(together) != 2 or not together:
        return None  # (a couple or a pair is two)
    names = [ent.name for eid in together if (ent := index.entity(eid)) is not None]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _opens_pronoun_clause(verb: Token, pronoun: Token) -> bool:
    """Whether ``verb`` heads an adverbial clause before ``pronoun`` in its sentence that
    hangs on the pronoun's own verb ("After Okafor made the remark, he issued …")."""
    if verb.dep_ != "advcl" or verb.i >= pronoun.i or pronoun.dep_ not in {"nsubj", "nsubjpass"} or verb.sent.start != pronoun.sent.start:
        return False
    up = verb.head
    for _ in range(4):  # "A day after …": through the phrase the clause hangs on
        if up.i == pronoun.head.i:
            return True
        if up.head.i == up.i or up.i > pronoun.i:
            return False
        up = up.head
    return False


def _bound_away(pronoun: Token, index: EntityIndex) -> set[str]:
    """The entities a subject pronoun cannot stand for by where it stands: the one whose
    name a relative clause it is the subject of describes ("swipes at Marco Rubio, who he
    dubbed “the little senator”": not Rubio), and those its own verb names as its object
    ("He mocked Rubio for …", "she told Okafor that …": not Rubio, not Okafor)."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return set()
    verb = pronoun.head
    named = [verb.head] if verb.dep_ == "relcl" else []
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"}:
            named.append(child)
        elif child.dep_ == "prep":
            named.extend(c for c in child.children if c.dep_ == "pobj")
    return {eid for tok in named if (eid := index.by_token.get(tok.i)) is not None}


def _rival_of_sex(index: EntityIndex, toks: _Tokens, eid: str, gender: str, before_char: int) -> bool:
    """Is another person known to be of the sex ``gender`` named in the sentences before
    ``before_char`` that a pronoun's candidates come from (``_PRONOUN_WINDOW``)? Then a he/she
    resolved there to ``eid``, whose sex is not known, does not tell it: the pronoun may be
    theirs ("Clinton … she issued a plan …: President Obama later adopted a similar approach.
    She has called for …" does not make Obama a woman)."""
    window_start = toks.window_start(toks.sent_index(before_char), _PRONOUN_WINDOW)
    return any(
        other != eid and index.gender.get(other) == gender and _label_of(index, other) == "PERSON" and s >= window_start
        for s, _e, other, _k in index.mention_spans
        if s < before_char
    )


def _protagonist(
    index: EntityIndex, toks: _Tokens, before_char: int, sent_i: int, gender: str, quoted: list[tuple[int, int]]
) -> str | None:
    """The person a he/she far from any name stands for: the one the article is about, the
    person it has named most before ``before_char`` (outside quotes), of the pronoun's sex
    (``gender``), named at least ``_PROTAGONIST_LEAD`` times as often as anyone else who may
    be of that sex ("Ms. Page … died on Thursday" and, paragraphs later, "she said in 1998",
    with Madonna and Uma Thurman each named once between); None when a person is named in
    the pronoun's sentence or the one before (one whose sex we read wrong, or whose bare
    surname went to a relative, is more likely than the article's subject)."""
    named: Counter[str] = Counter()
    for s, _e, eid, _k in index.mention_spans:
        if s < before_char and not any(a <= s < b for a, b in quoted) and _label_of(index, eid) == "PERSON":
            if toks.sent_index(s) >= sent_i - 1:
                return None
            named[eid] += 1
    if not named:
        return None
    (best, top), *rest = named.most_common()
    if index.gender.get(best) != gender or any(n == top for _eid, n in rest):
        return None
    if any(top < _PROTAGONIST_LEAD * n for eid, n in rest if index.gender.get(eid) in {gender, None}):
        return None
    return best


def _reported_root(verb: Token, reported: Sequence[tuple[int, int]]) -> bool:
    """Is ``verb`` the main verb of the words reported (its head outside them)?"""
    inside = [(a, b) for a, b in reported if a <= verb.idx < b]
    return bool(inside) and (verb.head.i == verb.i or not any(a <= verb.head.idx < b for a, b in inside))


_CROWD_CUES = frozenset({"chant", "shout", "yell", "scream", "cheer", "boo", "sing"})
"""What a crowd does with words ("protesters … chanting “No contract, no peace”")."""


def _leads_in_to(verb: Token, quote_start: int) -> bool:
    """Does the clause of ``verb`` end in a colon right before the quote that starts at
    ``quote_start`` ("Fallon fired back: “…”")?"""
    doc = verb.doc
    end = verb.right_edge.i if verb.right_edge.text == ":" else verb.right_edge.i + 1
    return end < len(doc) and doc[end].text == ":" and 0 < quote_start - doc[end].idx <= 3


def _framed_by_for(name: Token) -> bool:
    """Is ``name`` the person a sentence opens by framing ("For Okafor, the vote was
    bittersweet"; "For Brandt, leaving the team was no hardship")? A fronted "For" phrase,
    set off by a comma, of the main clause: the sentence tells what things are to them."""
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep" or prep.head.dep_ != "ROOT":
        return False
    if prep.i != prep.sent.start or prep.head.i < name.i:
        return False
    after = name.doc[name.right_edge.i + 1] if name.right_edge.i + 1 < len(name.doc) else None
    return after is not None and after.text == ","


_PEOPLE_PLURALS = frozenset({
    "authority", "official", "leader", "country", "nation", "government", "people", "police", "expert", "researcher",
    "worker", "voter", "member", "lawmaker", "legislator", "investigator", "prosecutor", "organizer", "organiser",
    "manager", "executive", "adviser", "advisor", "aide", "staffer", "employee", "student", "teacher", "doctor",
    "contender", "fighter", "soldier", "contractor", "watcher", "owner", "officer", "senator", "conservative",
    "progressive", "liberal", "nationalist", "other", "shareholder", "investor", "driver",
})
"""Plural nouns of people (with ``HUMAN_NOUNS`` and words in -ist and -ian) a "they" can stand for."""


def _plural_people_before(doc: Doc, pronoun: Token, toks: _Tokens, index: EntityIndex) -> Token | None:
    """The subject a "they" stands for when it is people described by a plural noun
    ("Researchers spotted …", "Authorities also say …", "Panama's leaders have …") or two
    people named together ("Mr. Croasmun and Mr. Hansen took issue …"), the last subject of
    the pronoun's sentence before it or of the two sentences before (past a photo caption:
    "Officials said …. The tail of the plane could be seen … . They said"); None when there
    is none, when an organisation, place or group is a subject after it, or "it", "he" or
    "she" in the sentence between."""
    si = toks.sent_index(pronoun.idx)
    # (a photo's credit in brackets, "(Costa Rica's Public Safety Ministry/AP)", is no sentence of the story's)
    back = [i for i in range(si - 1, -1, -1) if not _bracketed(toks.sents[i].text)][:2]
    lo = toks.sents[back[-1]].start if back else toks.sents[si].start
    near = toks.sents[back[0]].start if back else toks.sents[si].start
    # (not a subject of what they are said to say: "… companies whose top executives might
    # not be American, they said")
    said = {t.i for c in pronoun.head.children if c.dep_ == "ccomp" and c.i < pronoun.i for t in c.subtree}
    found: Token | None = None
    for t in doc[lo : pronoun.i]:
        opening = _opening_subject(t)
        if t.dep_ not in {"nsubj", "nsubjpass"} and not opening or t.i in said:
            continue
        if not opening and t.sent.start < pronoun.sent.start and t.head.dep_ == "ccomp" and t.head.head.lemma_ in INDIRECT_LEMMAS:
            continue  # who another said something of, not who says it ("police said the crowds were removed … . They said")
        people = _people_plural(t)
        pair = _label(index, t) == "PERSON" and any(c.dep_ == "conj" and _label(index, c) == "PERSON" for c in t.children)
        if people or pair:
            found = t
        elif _label(index, t) in {"ORG", "GPE", "NORP"} or t.tag_ == "NNPS":
            found = None
        elif found is not None and found.i < near and t.lower_ in {"it", "he", "she"}:
            found = None  # (people two sentences back, when the one between is about someone or something else)
    return found


def _people_plural(t: Token) -> bool:
    """Is ``t`` a plural noun of people ("researchers", "authorities", "drivers")?"""
    lemma = t.lemma_.lower()
    return t.tag_ == "NNS" and t.pos_ == "NOUN" and (lemma in HUMAN_NOUNS or lemma in _PEOPLE_PLURALS or lemma.endswith(("ist", "ian")))


def _named_in_apposition(noun: Token, index: EntityIndex) -> str | None:
    """The entity an apposition to ``noun`` names ("two shareholders—activist investor Jana
    Partners LLC and …—"), the first of several; None when it names none."""
    for c in noun.children:
        if c.dep_ == "appos" and c.i > noun.i:
            for t in c.subtree:
                if (eid := index.by_token.get(t.i)) is not None:
                    return eid
    return None


def _bracketed(sentence: str) -> bool:
    """Is ``sentence`` all in brackets (a photo's credit: "(Hyung Min-woo/Yonhap via AP)")?"""
    sentence = sentence.strip()
    return sentence.startswith("(") and sentence.endswith(")") and ")" not in sentence[:-1]


def _opening_subject(t: Token) -> bool:
    """Is ``t`` a plural noun that opens its sentence before the main verb, which the parse
    left hanging ("The event organisers, It's Time for Terrigal, said", the group's name read
    as a clause of its own): the subject as the writer meant it?"""
    if t.dep_ != "dep" or t.tag_ != "NNS":
        return False  # (before the sentence is looked up: every subject candidate is asked)
    sent = t.sent
    return (
        t.i < sent.root.i and sent.root.pos_ == "VERB"
        and all(x.head.i == t.i and x.dep_ in {"det", "compound", "amod", "poss"} for x in t.doc[sent.start : t.i])
    )


def _label_of(index: EntityIndex, eid: str | None) -> str | None:
    """The label of entity ``eid``."""
    return getattr(index.entity(eid), "label", None)


def _label(index: EntityIndex, tok: Token) -> str | None:
    """The label of the entity ``tok`` is part of, if any."""
    return _label_of(index, index.by_token.get(tok.i))


def _mention_span(doc: Doc, index: EntityIndex, toks: _Tokens, start: int, eid: str) -> Span:
    """The run of tokens of entity ``eid``'s mention starting at char ``start`` (its ``root``
    is the word the parse hangs the others on: "Times" of "the Sun-Times")."""
    first = last = toks.at(start)
    while last + 1 < len(doc) and index.by_token.get(last + 1) == eid:
        last += 1
    return doc[first : last + 1]


def _medium(head: Token) -> bool:
    """Is the mention headed by ``head`` a news medium something was said to or reported by
    ("he told The Associated Press", "CNN reported", "Reuters cited the Amaq website")? Such an
    outlet is not what "the company", "the carrier" or "the group" of the story is."""
    verb = head.head
    return head.dep_ in {"dobj", "dative"} and verb.lemma_ == "tell" or head.dep_ == "nsubj" and verb.lemma_ in {"report", "cite"}


_MEDIA_KINDS = frozenset({"agency", "network", "broadcaster", "newspaper", "paper", "outlet", "channel", "station", "magazine", "tabloid", "daily"})
"""Kinds of organisation a news medium is: "the agency" may be the news agency that reported
something, "the group" or "the company" is not."""


PERSON_KINDS = {
    "singer", "actor", "actress", "director", "filmmaker", "producer", "rapper", "musician", "comedian",
    "star", "player", "athlete", "author", "writer", "novelist", "poet", "artist", "designer", "host",
    "billionaire", "entrepreneur", "businessman", "businesswoman", "pilot", "astronaut", "chef",
    "driver", "founder", "model", "personality", "comic", "astrologer", "champion",
    "advocate", "activist", "campaigner", "frontman", "frontwoman", "mogul", "tycoon", "magnate",
}
"""Kinds of person, not roles of an office, a definite noun can stand for ("the singer"); "the
man" and "the official" are left as written: such speakers are mostly unnamed."""
RELATION_KINDS = frozenset({
    "brother", "sister", "mother", "father", "son", "daughter", "wife", "husband", "widow", "widower",
    "uncle", "aunt", "cousin", "grandmother", "grandfather", "stepfather", "stepmother", "friend",
})
"""Kin (and friends) a definite noun can stand for ("another brother, Patrick Paddock II, said. … the brother
said"): only someone the text calls so, as "the mother" of a person named is not that person."""
PERSON_KINDS |= RELATION_KINDS
BUSINESS_KINDS = frozenset({
    "company", "firm", "airline", "carrier", "retailer", "automaker", "carmaker", "manufacturer", "maker",
    "startup", "insurer", "lender", "chain", "operator", "giant",
    "chipmaker", "drugmaker", "planemaker", "steelmaker", "toymaker", "conglomerate", "supplier",
})
"""Kinds of company, of those a definite noun can stand for."""
ORG_KINDS = BUSINESS_KINDS | {
    "agency", "group", "organization", "organisation", "bank", "network", "broadcaster", "newspaper",
    "paper", "magazine", "tabloid", "daily",
    "publisher", "union", "charity", "foundation", "university", "institute", "club", "team", "militia",
    "studio", "label", "exchange", "circus", "zoo", "museum", "hospital", "school", "league", "observatory",
    "college",
}
"""Kinds of organisation a definite noun can stand for ("the company", "the militant group")."""
_PRESS_KINDS = frozenset({"paper", "magazine", "tabloid", "daily"})
"""Kinds of news medium a definite noun can stand for ("the French paper said") only as an
organisation the text presents as a medium (:data:`_PRESS_WORDS`, :func:`_medium`) or whose
name is a masthead's (:data:`_MASTHEAD`): "the paper" may be a study, "the magazine" an issue
of one. ("The newspaper" is always one.)"""
_PRESS_WORDS = re.compile(r"\b(?:newspaper|paper|magazine|tabloid|daily|weekly|news agency|journal|broadcaster)\b", re.IGNORECASE)
"""Words beside a name that present it as a news medium ("Le Monde newspaper")."""
_MASTHEAD = re.compile(
    r"\b(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Daily|Press|Zeitung|Telegraph|Guardian|Mail|Express|Mirror|"
    r"Chronicle|Observer|Independent|Standard|Examiner|Inquirer|Monde|Figaro|Magazine)\b"
)
"""Words of a newspaper's or magazine's name ("Global Times", "Science and Technology Daily")."""
_NAMED_BY_KIND = frozenset({"circus", "zoo", "museum", "hospital", "school", "league", "observatory", "college"})
"""Kinds of organisation whose names end in the kind ("Cincinnati Zoo"): "the zoo" is the
one so named (not "the group" of "UnitedHealth Group", a name any business may take)."""
_INSTITUTION_NAME = re.compile(
    r"\b(?:Commission|Agency|Administration|Authority|Department|Ministry|Bureau|University|College|Institute|"
    r"Association|Council|Committee|Court|Police|Party|Government|Congress|Senate|Parliament|Service)\b"
)


def _described_by_age(tok: Token) -> bool:
    """Is the subject ``tok`` a definite description of a person by their age: "the
    21-year-old" (:func:`_aged`), or a noun so described ("The 46-year-old South African",
    "the 87-year-old comedian")?"""
    if _aged(tok):
        return True
    return (
        tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and any(c.dep_ == "amod" and _year_old(c) for c in tok.children)
    )


_AGE = re.compile(r"(\d+)[- ]years?[- ]old\b", re.IGNORECASE)


def _aged_entity(
    index: EntityIndex, doc: Doc, subj: Token, last_speaker: str | None, toks: _Tokens, quoted: list[tuple[int, int]],
) -> str | None:
    """The person a description by age (:func:`_described_by_age`) stands for: the one the text
    gave that age before ("Amina Ali, 21, …. the 21-year-old said", "58-year-old Mary
    Horomanski"), else for a kind of person the one called so ("the 47-year-old comic"), else
    the person the last sentences are about, as for "he" or "she" (of the noun's sex, when it
    has one: "the 23-year-old woman")."""
    sex = NOUN_SEX.get(subj.lemma_.lower())
    text = toks.text
    m = _AGE.search(text, subj.left_edge.idx, subj.idx + len(subj.text))
    if m is not None:
        age = m.group(1)
        given = {
            eid for s, e, eid, _k in index.mention_spans
            if s < subj.left_edge.idx and _fits(index, eid, {"PERSON"}, sex)
            and (re.match(rf",[ \t]*{age}\b", text[e : e + 8]) or re.search(rf"\b{age}[- ]year[- ]old[ \t]+$", text[max(0, s - 24) : s]))
        }
        if len(given) == 1:
            return given.pop()
    if not _aged(subj) and (kind := _kind_of(subj)) is not None:
        # "the 47-year-old comic": a kind of person, who is the one called so (:func:`_kind_entity`)
        return _kind_entity(index, doc, subj, kind, last_speaker, toks, quoted)
    return _recent_entity(index, doc, subj.idx, {"PERSON"}, last_speaker, sex, toks, quoted)


def _common_noun(tok: Token) -> bool:
    """Is ``tok`` a common noun: one, or one in small letters that the model read as a name
    ("the businesswoman and film star")?"""
    return tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower()


def _kind_of(subj: Token) -> tuple[set[str], str | None] | None:
    """The labels (and sex) of what a definite kind noun as speaker stands for ("the airline":
    an organisation; "the actress": a woman); None for other speakers, for a plural ("the
    groups": several, not one entity), for a noun with an owner ("its parent company"), a
    name in it ("the state news agency Varta", which the entity recogniser may have missed)
    or a clause or phrase of its own ("the company that built it"; not one set off by a
    comma, which only describes it: "The company, which safeguards financial data, said")."""
    lemma = subj.lemma_.lower()
    aged = _aged(subj)
    if not aged and (not _common_noun(subj) or subj.tag_ == "NNS" or lemma not in ORG_KINDS and lemma not in PERSON_KINDS):
        return None
    children = list(subj.children)
    # (kin of someone described or a pronoun for them, not of a name, whose kin may be others')
    kin_of = lemma in RELATION_KINDS and any(c.dep_ == "poss" and c.pos_ in {"NOUN", "PRON"} for c in children)
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in children) and not kin_of:
        return None
    if any(
        c.dep_ in {"poss", "appos", "relcl", "acl", "prep"} and not _set_off(c)
        # (kin of someone's are the one the text introduced so: "The boy's uncle, Song
        # Jiandang, told …. The boy's uncle said")
        and not (c.dep_ == "poss" and kin_of)
        # (a name before a kind of person names what they are known for: "the Williams
        # driver", "the SpaceX founder"; nor a second kind of person, "the businesswoman and
        # film star", which the model may read as names)
        or c.pos_ == "PROPN" and not (lemma in PERSON_KINDS and c.dep_ == "compound" and c.i < subj.i)
        and not (lemma in PERSON_KINDS and c.dep_ == "conj" and _common_noun(c) and c.lemma_.lower() in PERSON_KINDS)
        for c in children
    ):
        return None
    if aged:
        return {"PERSON"}, None
    if lemma in ORG_KINDS:
        # (a zoo, a hospital or an observatory is often read as a facility: "the Naval Observatory")
        return ({"ORG", "FAC"} if lemma in _NAMED_BY_KIND else {"ORG"}), None
    return {"PERSON"}, NOUN_SEX.get(lemma)


def _kind_entity(
    index: EntityIndex, doc: Doc, noun: Token, kind: tuple[set[str], str | None], last_speaker: str | None,
    toks: _Tokens, quoted: list[tuple[int, int]],
) -> str | None:
    """The entity a definite kind noun (``kind``: :func:`_kind_of`) stands for: the one a
    description of that kind was in apposition to ("the American Trucking Associations, an
    industry group, … the group says"), else the organisation or person of that kind the last
    sentences are about, chosen as for "it" or "she" ("The company said", "the singer
    wrote"); None when it does not fit the kind."""
    if (described := _earlier_kind(doc, noun)) is not None:
        entity = index.by_token.get(described.head.i) if described.dep_ == "appos" else None
        if entity is None and kind[0] == {"ORG"} and last_speaker is not None:
            # "An airline says a Tokyo-bound flight returned … . “…,” ANA said. The airline
            # said": the organisation that just spoke, first named after the indefinite
            # one, is that one, named since (not a news medium that reported it: "The
            # New York Times reported …. The network said")
            spans = [s for s, _e, eid, _k in index.mention_spans if eid == last_speaker and s < noun.idx]
            if spans and spans[0] > described.idx:
                entity = None if _medium(_mention_span(doc, index, toks, spans[-1], last_speaker).root) else last_speaker
    else:
        entity = _recent_entity(index, doc, noun.idx, kind[0], last_speaker, kind[1], toks, quoted, noun.lemma_.lower())
    return entity if entity is not None and _fits(index, entity, kind[0], kind[1]) else None


def _set_off(clause: Token) -> bool:
    """Is ``clause`` a relative clause set off by a comma ("The company, which safeguards
    financial data, said"): it describes, it does not pick out which one?"""
    left = clause.left_edge.i
    return clause.dep_ == "relcl" and left > 0 and clause.doc[left - 1].text == ","


IT_NORP = "NORP:it"
"""A label set holding this takes a NORP entity only when its name is no nationality, creed
or party written as an adjective or a plural ("Chinese", "Republican", "Americans" are no
"it"; "UPI" or "Facebook", which the model sometimes reads as NORP, may be)."""
_PEOPLE_ADJECTIVE = re.compile(r"(?:an|ese|ic|ish|i|s)$")


def _fits(index: EntityIndex, eid: str, labels: set[str], gender: str | None) -> bool:
    """Can entity ``eid`` be what a pronoun stands for: one of ``labels``, and not of the
    other sex when the pronoun has one (``gender``) and the entity's is known?"""
    ent = index.entity(eid)
    if ent is None:
        return False
    if ent.label == "NORP" and IT_NORP in labels:
        if _PEOPLE_ADJECTIVE.search(ent.name) and not ent.name.isupper():
            return False
    elif ent.label not in labels:
        return False
    g = index.gender.get(eid)
    return not (gender and g and g != gender)


_INTRODUCED_NOUNS = frozenset({
    "woman", "man", "girl", "boy", "mother", "father", "mum", "mom", "dad", "grandmother", "grandfather",
    "teenager", "student", "resident", "passenger", "traveller", "traveler", "customer", "fan", "nurse",
    "teacher", "doctor", "expert", "scientist", "researcher", "professor",
})
"""People a lead brings in by description before naming them ("A Pennsylvania woman says …")."""


def _named_next(doc: Doc, index: EntityIndex, toks: _Tokens, subj: Token) -> str | None:
    """The person an indefinite description as speaker is named as in the next sentence: "A
    Pennsylvania woman says she went online …. Mary Horomanski, 40, …", "a leading space
    expert has warned …. Jonathan McDowell, a renowned astrophysicist, …": the first person
    who is a subject there, named there for the first time with their age or who they are
    right after the name, or as saying something ("… reports that Mary Horomanski said …"),
    and not of the other sex; else None. A definite description is the person the next
    sentence names in apposition to the same noun ("the child's uncle told a reporter …. The
    boy's uncle, Song Jiandang, told …")."""
    if subj.tag_ in {"NN", "NNP"} and any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in subj.children):
        return _same_noun_named_next(index, toks, subj) or _role_named_next(index, toks, subj) or _holder_named_next(index, toks, subj)
    if subj.tag_ == "NN" and (same := _same_noun_named_next(index, toks, subj)) is not None:
        return same  # "A government spokesman said …. ¶ “…,” the spokesman, Mallam Garba Shehu, said"
    if subj.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subj.children):
        return None
    if (also := _introduced_saying_also(index, toks, subj)) is not None:
        return also  # "a leading central banker described …. The new head of the BIS, Agustín Carstens, also said …"
    if (founded := _organisation_named_next(doc, index, toks, subj)) is not None:
        return founded  # "A new alliance says …. The Silicon Valley potentates behind the Center for Humane Technology (CHT) …"
    if (spokesperson := _spokesperson_named(index, toks, subj)) is not None:
        return spokesperson  # "An Arden Air spokesman said …" where the article names "Arden Air spokesman Tom Vale"
    if subj.lemma_.lower() not in _INTRODUCED_NOUNS:
        return None
    si = toks.sent_index(subj.idx)
    if si + 1 >= len(toks.sents) or toks.sents[si].text.rstrip()[-1:] not in {".", "!", "?", '"', "”", "’", "'"}:
        return None  # (not a sentence the parse cut short: "… of Kimani (Kiki) | Gray says …")
    nxt = toks.sents[si + 1]
    sex = NOUN_SEX.get(subj.lemma_.lower())
    for named in nxt:
        eid = index.by_token.get(named.i) if named.dep_ in {"nsubj", "nsubjpass"} else None
        if eid is None or _label_of(index, eid) != "PERSON" or not _fits(index, eid, {"PERSON"}, sex) or _medium(named):
            continue
        if _named_before(index, eid, nxt.start_char):
            continue  # (named before: someone else the story is about)
        after = doc[named.i + 1 : named.i + 3]
        introduced = len(after) == 2 and after[0].text == "," and (after[1].like_num or any(c.dep_ == "appos" for c in named.children))
        # (or named as saying something: "The Erie Times-News reports that Mary Horomanski said …")
        if introduced or _is_cue(named.head, strict=True):
            return eid
    return None


_NOT_ONE_DESCRIBED = frozenset({
    "people", "person", "man", "woman", "child", "group", "campaign", "team", "staff", "family", "crowd", "audience",
    "administration", "government", "ministry", "office", "company", "party", "source", "member", "insider",
    "democrat", "republican", "conservative", "liberal",
})
"""People nouns that, definite, are not a way to describe again someone just named: a group,
an unnamed source, or a person the text keeps unnamed ("the man")."""


def _described_again(
    doc: Doc, index: EntityIndex, toks: _Tokens, subj: Token, last_speaker: str | None, quoted: list[tuple[int, int]],
) -> str | None:
    """The person a definite description as speaker describes again, the writer varying
    the name ("“…,” Elich pointed out. … “…,” the expert concluded"): the
    last speaker, a person named in the two sentences before (not counting sentences of
    quoted words: theirs, which go on from the naming) with no one named since; else
    None. Only a people noun that is no office or role ("the official", "the senator": a role
    of its own, :data:`TITLE_WORDS`), nor one the text brought in unnamed ("a witness … the
    witness"), nor a group. A last speaker set off in an apposition as the same noun ("Park
    Soo-hyun, the spokesman for President Moon, said Kim's … ¶ “…,” the spokesman said") is
    that noun within the two sentences, whoever the report named since."""
    if last_speaker is None or _label_of(index, last_speaker) != "PERSON" or subj.tag_ != "NN" or subj.head.lemma_ in _WITNESS_LEMMAS:
        return None  # (not one heard saying it: "He recalled the pilot telling the passengers: “…”")
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) or _earlier_kind(doc, subj) is not None:
        return None
    lemma = subj.lemma_.lower()
    if lemma in _NOT_ONE_DESCRIBED or lemma in DOC_NOUNS | EVIDENCE_NOUNS | INSTITUTIONS | ORG_KINDS:
        return None
    # (a people noun: "the carpet fitter" or "the GOP front-runner" may as well be someone
    # else, known to the reader, as "the electricity provider" is no person)
    if lemma not in HUMAN_NOUNS and lemma not in PERSON_KINDS:  # (a kind of person too: "added the four-times champion")
        return None
    if not _fits(index, last_speaker, {"PERSON"}, NOUN_SEX.get(lemma)):
        return None
    # (an office or role only where the last speaker was set off as one: "Park Soo-hyun, the spokesman for …")
    called_so = _called_so_in_apposition(doc, toks, index, last_speaker, lemma)
    if lemma in TITLE_WORDS and not called_so:
        return None
    def in_marks(sent: Span) -> bool:  # a sentence of quoted words, found as a quote or not
        words = sent.text.strip()
        return any(a - 2 <= sent.start_char and sent.end_char <= b + 2 for a, b in quoted) or (
            words[:1] in OPEN_MARKS | TOGGLE_MARKS or words[-1:] in CLOSE_MARKS | TOGGLE_MARKS
        )

    k, counted, said = toks.sent_index(subj.idx), 0, []
    while k > 0 and counted < 2:
        k -= 1
        if in_marks(toks.sents[k]):
            said.append((toks.sents[k].start_char, toks.sents[k].end_char))
        else:
            counted += 1
    since = toks.sents[k].start_char
    last = max((s for s, _e, eid, _k in index.mention_spans if eid == last_speaker and s < subj.idx), default=-1)
    if last >= since and called_so:
        return last_speaker  # "Park Soo-hyun, the spokesman for President Moon, said Kim's … ¶ “…,” the spokesman said"
    if last < since or any(
        last < s < subj.idx and eid != last_speaker and _label_of(index, eid) == "PERSON" and not any(a <= s < b for a, b in quoted + said)
        for s, _e, eid, _k in index.mention_spans
    ):  # (one named in their words does not count: "“So the Trump administration is out to …,” the expert concluded")
        return None
    return last_speaker


def _called_so_in_apposition(doc: Doc, toks: _Tokens, index: EntityIndex, eid: str, lemma: str) -> bool:
    """Does a name of ``eid`` come with an apposition "the <lemma> …" right after it ("Park
    Soo-hyun, the spokesman for South Korean President Moon Jae-in, said")?"""
    for s, e, who, kind in index.mention_spans:
        if who != eid or kind != "name":
            continue
        i = toks.first_from(e)
        if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "the":
            head = next((t for t in doc[i + 2 : i + 6] if t.pos_ == "NOUN"), None)
            if head is not None and head.lemma_.lower() == lemma:
                return True
    return False


_NEW_BODIES = frozenset({
    "alliance", "coalition", "group", "organisation", "organization", "campaign", "charity", "foundation",
    "initiative", "movement", "network", "institute", "consortium",
})
"""Bodies a story may bring in as new before naming them ("A new alliance says …")."""


def _organisation_named_next(doc: Doc, index: EntityIndex, toks: _Tokens, subj: Token) -> str | None:
    """The organisation an indefinite "a new alliance" or "a group" as speaker is: the next
    sentence names it as a name is introduced, for the first time and with its initials in
    brackets after it ("A new alliance says …. The Silicon Valley potentates behind the Center
    for Humane Technology (CHT) include …"). None for a body of someone's ("a group of
    lawmakers") or one described further ("a group that …"), and where the first organisation
    the next sentence names for the first time comes without its initials."""
    if subj.lemma_.lower() not in _NEW_BODIES or any(c.dep_ in {"prep", "relcl", "acl", "appos", "poss"} for c in subj.children):
        return None
    nxt = toks.sent_after(subj.idx)
    if nxt is None:
        return None
    for s, e, eid, _k in index.mention_spans:
        if nxt.start_char <= s < nxt.end_char and _label_of(index, eid) == "ORG" and not _named_before(index, eid, nxt.start_char):
            return eid if re.match(r"\s*\([A-Z]{2,6}\)", toks.text[e : e + 10]) else None
    return None


_PLAIN_CUES = frozenset({"say", "tell", "add", "note", "explain", "continue"})
"""Verbs any speaker is given: one named doing it next is not therefore the one before."""


def _same_act_named_next(index: EntityIndex, toks: _Tokens, subj: Token, cue: Token) -> tuple[str | None, str | None]:
    """Who a description of people (or of one organisation) as speaker is, where the next
    sentence names them, for the first time, as the subject of the same act ("the heads of
    the main regulators wrote in The Wall Street Journal that …. “These markets are new …,”
    Jay Clayton, …, and J. Christopher Giancarlo, …, wrote."): the one person (or
    organisation) for a singular description (the entity), the two for a plural ("A and B",
    as a name); else (None, None). Not for verbs any speaker is given ("said": "Officials
    said …. “…,” Omar Haddad, a resident, said" is someone else)."""
    lemma = subj.lemma_.lower()
    if subj.pos_ != "NOUN" or cue.lemma_ in _PLAIN_CUES or lemma in _NOT_ONE_DESCRIBED:
        return None, None
    # (or one organisation of a kind: "THE second largest credit rating firm in the UK has
    # admitted …. Equifax admitted …")
    label = "ORG" if lemma in ORG_KINDS and subj.tag_ == "NN" else "PERSON"
    if lemma not in HUMAN_NOUNS and lemma not in PERSON_KINDS and label != "ORG":
        return None, None  # (people only: not "the Clinton campaign", nor "a projection by …")
    if any(t.ent_type_ == "PERSON" for t in subj.subtree):
        return None, None  # (nor someone's: "A spokesman for U.N. Secretary-General Ban Ki-moon")
    nxt = toks.sent_after(subj.idx)
    if nxt is None:
        return None, None
    for verb in nxt:
        if verb.lemma_ != cue.lemma_ or verb.pos_ != "VERB":
            continue
        for who in (c for c in verb.children if c.dep_ == "nsubj"):
            people = [who, *(c for c in who.children if c.dep_ == "conj")]
            eids = [index.by_token.get(p.i) for p in people]
            if any(e is None or _label_of(index, e) != label or _named_before(index, e, nxt.start_char) for e in eids):
                continue
            if subj.tag_ == "NN" and len(eids) == 1:
                return eids[0], None
            if subj.tag_ == "NNS" and len(eids) == 2 and eids[0] != eids[1]:
                return None, f"{index.entity(eids[0]).name} and {index.entity(eids[1]).name}"
    return None, None


def _holder_named_next(index: EntityIndex, toks: _Tokens, subj: Token) -> str | None:
    """The person the next sentence names for the first time, as the subject of a verb of
    saying, after an office written with capitals spoke ("Japan’s Chief Cabinet Secretary told
    reporters the damage was “worse than first feared.” Kenji Arata urged calm …, saying"): its
    holder; else None."""
    if subj.lower_ not in TITLE_WORDS or not subj.text[:1].isupper():
        return None
    si = toks.sent_index(subj.idx) + 1
    if si >= len(toks.sents):
        return None
    nxt = toks.sents[si]
    named = next((t for t in nxt if t.dep_ in {"nsubj", "nsubjpass"}), None)
    eid = index.by_token.get(named.i) if named is not None else None
    if eid is None or _label_of(index, eid) != "PERSON" or _named_before(index, eid, nxt.start_char):
        return None
    return eid if _is_cue(named.head, strict=True) else None


def _named_before(index: EntityIndex, eid: str, at: int) -> bool:
    """Is the entity ``eid`` mentioned before the character offset ``at``?"""
    return any(s < at for s, _e, e, _k in index.mention_spans if e == eid)


def _introduced_saying_also(index: EntityIndex, toks: _Tokens, subj: Token) -> str | None:
    """The person the sentence after an indefinite description's introduces, in apposition
    to who they are, as *also* saying something ("a leading central banker described the
    cryptocurrency as …. The new head of the BIS, Agustín Carstens, also said …"): the
    description was them. Named there for the first time, and not of the other sex; else None
    ("Defense Secretary Jim Mattis also said", no apposition, may be a second voice)."""
    nxt = toks.sent_after(subj.idx)
    if nxt is None:
        return None
    for cue in nxt:
        if not _is_cue(cue, strict=True) or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in cue.children):
            continue
        for who in (c for c in cue.children if c.dep_ == "nsubj"):
            names = [c for c in who.children if c.dep_ == "appos" and c.pos_ == "PROPN"]  # "The new head …, Agustín Carstens,"
            if who.pos_ == "PROPN" and any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in who.children):
                names.append(who)  # "Agustín Carstens, the new head of the BIS, also said"
            for name in names:
                eid = index.by_token.get(name.i)
                if eid is not None and _fits(index, eid, {"PERSON"}, NOUN_SEX.get(subj.lemma_.lower())) and not _named_before(index, eid, nxt.start_char):
                    return eid
    return None


_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person)\b", re.IGNORECASE)


def _spokesperson_named(index: EntityIndex, toks: _Tokens, subj: Token) -> str | None:
    """The one person the article names as a spokesperson of the body an indefinite "a …
    spokesman" speaks for: "An Arden Air spokesman said …" where the article names "Arden Air
    spokesman Tom Vale", before or after; for a spokesperson of no body named ("said a
    spokesperson here on Monday"), one named so within the next three sentences ("UN
    Spokesperson Stephane Dujarric told a daily briefing"). None when it names none so, or
    several."""
    if not _SPOKESPERSON.fullmatch(subj.text):
        return None
    # (the body's own words, not the kind of body: "Defense" of "a Defense Ministry spokesman",
    # not "Ministry", which "Foreign Ministry spokeswoman Hua Chunying" shares)
    body = {
        t.lower_ for t in subj.subtree
        if t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in {"DATE", "TIME"} and not _INSTITUTION_NAME.fullmatch(t.text)
    }
    si = toks.sent_index(subj.idx)
    until = toks.sents[min(si + 3, len(toks.sents) - 1)].end_char
    # (not one of the other sex the nouns give: "A spokeswoman for Hillary Clinton" is not
    # "Clinton spokesman Nick Merrill")
    other = {"spokesman": "spokeswoman", "spokeswoman": "spokesman"}.get(subj.lower_)
    named = {
        ent.id for ent in index.entities
        if ent.label == "PERSON" and any(
            (m := _SPOKESPERSON.search(r.text)) and m.group().lower() != other and (
                body & {w.lower() for w in re.findall(r"[\w.’'-]+", r.text)} if body else subj.idx < r.start < until
            )
            for r in ent.roles
        )
    }
    return next(iter(named)) if len(named) == 1 else None


def _same_noun_named_next(index: EntityIndex, toks: _Tokens, subj: Token) -> str | None:
    """The person the sentence after ``subj``'s names, for the first time, in apposition to a
    subject of the same noun; else None. A line of page furniture between, a link in
    brackets ("[Video purports to show captives]"), is passed over, and the naming may come a
    sentence later ("It was “brokered by …. The negotiations will continue,” the spokesman,
    Mallam Garba Shehu, said"; "a South Korean newspaper said …. … . The newspaper Chosun Ilbo
    reported", an organisation the recogniser may have read as a person)."""
    si = toks.sent_index(subj.idx) + 1
    while si < len(toks.sents) and re.fullmatch(r"\s*\[[^\[\]]*\]\s*", toks.sents[si].text):
        si += 1
    if si >= len(toks.sents):
        return None
    nxt = toks.sents[si]
    after = toks.sents[si : si + 2]  # (the naming may close quoted words in the sentence after)
    labels = {"PERSON", "ORG"} if subj.lemma_.lower() in ORG_KINDS else {"PERSON"}
    for noun in (t for sent in after for t in sent):
        if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.lemma_.lower() != subj.lemma_.lower():
            continue
        names = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        # (or the name right after the noun, read as a second subject: "The newspaper Chosun Ilbo reported")
        names += [c for c in noun.head.children if c.dep_ == noun.dep_ and c.pos_ == "PROPN" and c.left_edge.i == noun.i + 1]
        for name in names:
            eid = index.by_token.get(name.i)
            if eid is not None and _label_of(index, eid) in labels and not _named_before(index, eid, nxt.start_char):
                return eid
    return None


def _role_named_next(index: EntityIndex, toks: _Tokens, subj: Token) -> str | None:
    """The person the next sentence names for the first time with a role of the definite
    noun ``subj`` ("…, the Nice prosecutor said. ¶ “…,” added Jean-Michel Prêtre,
    prosecutor of Nice"); None when it names no one so, or two."""
    si = toks.sent_index(subj.idx) + 1
    lemma = subj.lemma_.lower()
    if si >= len(toks.sents) or lemma not in HUMAN_NOUNS | PERSON_KINDS or lemma in _NOT_ONE_DESCRIBED:
        return None  # (a person's role: not "the Indian navy", nor "this story")
    nxt = toks.sents[si]
    noun = re.compile(rf"\b{re.escape(subj.text)}\b", re.IGNORECASE)
    # (not one whose roles name only other places than the description's own: "Germany's
    # president" is not "Russia's leader, President Vladimir V. Putin")
    places = {t.text for t in subj.subtree if t.i < subj.i and (t.ent_type_ in {"GPE", "NORP"} or t.pos_ == "PROPN")}
    place_names = [e.name for e in index.entities if e.label in {"GPE", "NORP"}]

    def elsewhere(ent: Entity) -> bool:
        theirs = {n for n in place_names for r in ent.roles if re.search(rf"\b{re.escape(n)}\b", r.text)}
        return bool(places) and bool(theirs) and not any(p in n or n in p for n in theirs for p in places)

    named = {
        ent.id for ent in index.entities
        if ent.label == "PERSON" and any(nxt.start_char <= r.start < nxt.end_char and noun.search(r.text) for r in ent.roles)
        and not _named_before(index, ent.id, nxt.start_char) and not elsewhere(ent)
    }
    return next(iter(named)) if len(named) == 1 else None


def _institution_named_before(doc: Doc, toks: _Tokens, subj: Token) -> str | None:
    """"the ministry" a few sentences after "Tunisia's foreign ministry" (or "the Ontario
    government"): the last institution of that noun named by its place or name before, as
    written; None for a noun with words of its own ("the health ministry") or none so named."""
    if subj.tag_ != "NN" or subj.lemma_.lower() not in INSTITUTIONS or any(c.dep_ != "det" or c.lower_ != "the" for c in subj.children):
        return None
    first = toks.first_from(toks.sent_starts[max(0, toks.sent_index(subj.idx) - 3)])  # (its sentence and the three before)
    for tok in reversed(doc[first : subj.i]):
        if tok.lemma_ == subj.lemma_ and tok.tag_ == "NN" and tok.pos_ == "NOUN":
            lo, hi = _speaker_bounds(tok)
            if not any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[lo : tok.i]):
                return None  # (the nearest is not named: "a ministry", "the same ministry")
            hi = min([hi, *(c.i for c in tok.children if c.dep_ == "cc" and c.i > tok.i)])
            return doc[lo:hi].text
    return None


def _earlier_description(doc: Doc, subj: Token) -> str | None:
    """"the spokesperson" after "a spokesperson for Brandt": the fuller, first description."""
    tok = _earlier_kind(doc, subj)
    if tok is None:
        return None
    lo, hi = _speaker_bounds(tok)
    hi = min([hi, *(c.i for c in tok.children if c.dep_ == "cc" and c.i > tok.i)])  # (not "… and her infant child")
    return doc[lo:hi].text


_EARLIER_WORDS = frozenset({"previous", "earlier", "prior", "old", "older", "former"})
_LATER_WORDS = frozenset({"new", "newer", "latest", "recent", "next"})
_AGE_OPPOSITE = {**{w: _LATER_WORDS for w in _EARLIER_WORDS}, **{w: _EARLIER_WORDS for w in _LATER_WORDS}}
"""Words that date a thing, each against those that date it the other way ("the previous
poll" is no "new poll")."""


def _earlier_kind(doc: Doc, subj: Token) -> Token | None:
    """The earlier indefinite mention, in the same number, of the noun a definite ``subj``
    takes up ("a spokesperson for Brandt" for "the spokesperson"), else None: the nearest
    when it is in the subject's sentence or the two before ("An African-American woman and
    her infant child were removed … when the woman asked", not a woman of an incident
    before), else the first, which the story is about ("an Ohio zoo", not "a zoo in Texas"
    the gorilla came from, mentioned since). A definite noun with a name in it takes up only
    a mention that holds that name ("the Delta spokesman": "a Delta Air Lines spokesman";
    "the USC Dornsife tracking poll" names itself, not "a CBS poll" before it), and none
    that its age contradicts ("the previous Post-ABC poll" is not "a new Post-ABC poll")."""
    if subj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in subj.children):
        return None
    before = doc[subj.left_edge.i : subj.i]
    names = [t.text for t in before if t.pos_ == "PROPN"]
    unlike = set().union(*(_AGE_OPPOSITE.get(t.lower_, ()) for t in before))

    def fits(tok: Token) -> bool:
        span = doc[slice(*_speaker_bounds(tok))]
        return all(name in span.text for name in names) and not any(t.lower_ in unlike for t in span)

    mentions = [
        tok for tok in doc[: subj.i]
        if tok.lemma_ == subj.lemma_ and tok.tag_ == subj.tag_ and tok.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an", "one"} for c in tok.children)
        and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_)  # ("a players-only meeting": no players)
        and fits(tok)
    ]
    if not mentions:
        return None
    near_from = subj.sent.start
    for _ in range(2):  # the two sentences before the subject's
        if near_from == 0:
            break
        near_from = doc[near_from - 1].sent.start
    return mentions[-1] if mentions[-1].i >= near_from else mentions[0]


def _name_as_written(span) -> str | None:
    """The proper name in a speaker span, without its titles and honorifics ("Mayor Ines
    Brandt" -> "Ines Brandt"); None when it has none."""
    names = [t for t in span if t.pos_ == "PROPN" and t.lower_.rstrip(".") not in TITLE_WORDS | HONORIFICS]
    return span.doc[names[0].i : names[-1].i + 1].text if names else None


def _someone_just_before(pronoun: Token, index: EntityIndex, quoted: list[tuple[int, int]]) -> str | None:
    """The unnamed person a he/she speaker stands for when the sentence right before the
    pronoun's is about them: its main subject is one person described, not named ("an
    officer on the scene", "a woman who lives nearby"), the sentence quotes nothing, and no
    person is named between them. That description, as written; else None."""
    doc = pronoun.doc
    sent = pronoun.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    root = before.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NN" or subj.lemma_.lower() not in HUMAN_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an", "another", "one"} for c in subj.children):
        return None
    if any(t.is_quote for t in before) or index.by_token.get(subj.i) is not None or any(c.dep_ == "appos" for c in subj.children):
        return None  # (nor one named in apposition: "A lawyer for the family, Ana Ruiz, …")
    other = "f" if pronoun.lower_ in {"he", "him", "his"} else "m"
    if NOUN_SEX.get(subj.lemma_.lower()) == other:
        return None
    if _person_named_between(index, subj.idx, pronoun.idx, quoted):
        return None
    slo, shi = _speaker_bounds(subj)
    return doc[slo:shi].text


def _owner_of_subject(pronoun: Token, index: EntityIndex) -> Token | None:
    """The owner of its sentence's subject that an "it" in a clause of that sentence stands
    for: an organisation named, or a definite noun ("The center's core advocacy efforts focus
    on what it calls …"); None otherwise (and for a person's: "Smith's plan … it")."""
    root = pronoun.sent.root
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i), None)
    if subj is None or subj.i == pronoun.i or pronoun.head.i == root.i:
        return None
    if subj.i in index.by_token or _could_speak(subj):
        return None  # ("South Korea's Defence Ministry released footage of tests which it says …": the ministry)
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON":
        return None
    if owner.pos_ == "PROPN":
        return owner if _label(index, owner) in {"ORG", "GPE"} else None
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children)
    return owner if owner.pos_ == "NOUN" and owner.tag_ == "NN" and definite and owner.lemma_.lower() not in HUMAN_NOUNS - INSTITUTIONS else None


def _institution_opening(pronoun: Token) -> Token | None:
    """The subject of an adverbial clause that opens the sentence of an "it" speaker and hangs
    on its verb, when it is one institution ("When the government detected the launch, it
    warned …", "After the company reviewed the case, it said …"): the "it" is that
    institution. None otherwise."""
    verb = next((c for c in pronoun.head.children if _opens_pronoun_clause(c, pronoun)), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is None or subj.tag_ not in {"NN", "NNP"}:
        return None
    if subj.tag_ == "NN" and subj.lemma_.lower() not in INSTITUTIONS:
        return None
    if subj.tag_ == "NNP" and subj.ent_type_ not in {"ORG", "GPE"}:
        return None
    return subj


def _person_named_between(
    index: EntityIndex, lo: int, hi: int, quoted: list[tuple[int, int]], labels: frozenset[str] = frozenset({"PERSON"}),
) -> bool:
    """Is a person (or one of ``labels``) named in the writer's words (not inside ``quoted``)
    strictly between the characters ``lo`` and ``hi``?"""
    return any(
        lo < s < hi and getattr(index.entity(eid), "label", None) in labels and not any(a <= s < b for a, b in quoted)
        for s, _e, eid, _k in index.mention_spans
    )


def _name_before_description(subj: Token, index: EntityIndex) -> str | None:
    """The person named at the start of the sentence, right before a comma and the
    description ``subj`` heads, where the parse made the description the subject and the name
    something else ("Brittany Nicely, a zoo visitor who was at the exhibit, described …",
    "Brittany" read as a verb); None otherwise."""
    if subj.pos_ != "NOUN" or subj.dep_ not in {"nsubj", "nsubjpass"} or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subj.children):
        return None
    comma = subj.left_edge.i - 1
    start = subj.sent.start
    if comma <= start or subj.doc[comma].text != ",":
        return None
    eids = {index.by_token.get(i) for i in range(start, comma)}
    eid = eids.pop() if len(eids) == 1 else None
    return eid if eid is not None and _label_of(index, eid) == "PERSON" else None


_GOVERNING_BODIES = frozenset({"board", "management", "leadership", "directors"})
"""Who governs an organisation and speaks for it ("Qualcomm’s board")."""


def _body_of(subj: Token, index: EntityIndex) -> str | None:
    """The organisation whose board or management ``subj`` is, named as its owner
    ("Qualcomm’s board", "Qualcomm’s management team and board"); None otherwise."""
    if subj.pos_ != "NOUN":
        return None
    team = subj.lemma_.lower() == "team" and any(c.dep_ == "compound" and c.lemma_.lower() in _GOVERNING_BODIES for c in subj.children)
    if subj.lemma_.lower() not in _GOVERNING_BODIES and not team:  # (a "management team" too)
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    eid = index.by_token.get(owner.i) if owner is not None else None
    return eid if eid is not None and _label_of(index, eid) == "ORG" else None


def _reporter_of(cue: Token) -> Token | None:
    """Whoever reports the clause ``cue`` speaks in ("Bamford said the driver told him …":
    Bamford), the subject of the cue above it; None otherwise."""
    verb = next((v for v in _clauses_up(cue, frozenset({"ccomp", "conj"})) if v.pos_ == "VERB" and _is_cue(v, strict=True)), None)
    return _subject(verb) if verb is not None else None


def _institution_just_spoke(before: _Found, pronoun: Token, toks: _Tokens) -> bool:
    """Is the speaker of the quote ``before`` an institution or organisation given by a common
    noun ("the government", "the airline"), in the sentence before the "it" ``pronoun`` or its
    own?"""
    subj = before.subject
    return (
        subj is not None and subj.tag_ == "NN" and subj.lemma_.lower() in INSTITUTIONS | ORG_KINDS and subj.i < pronoun.i
        and toks.sent_index(pronoun.idx) - toks.sent_index(subj.idx) <= 1
    )


def _people_described(subj: Token) -> bool:
    """Is ``subj`` a plural noun of people ("Neighbours", "witnesses"), which the parse may
    tag as a name at the start of a sentence?"""
    if subj.tag_ == "NNS":
        return subj.lemma_.lower() in HUMAN_NOUNS or _people_plural(subj)
    low = subj.lower_
    return subj.tag_ in {"NNP", "NNPS"} and low.endswith("s") and (low[:-1] in HUMAN_NOUNS or low[:-2] in HUMAN_NOUNS)


_COLLECTIVE_SPEAKERS = frozenset({"military", "army", "navy", "police", "crew", "staff"})
"""Bodies of people a "they" goes on from, named in the singular ("the military")."""


_GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
"""What a "they" may stand for besides people described: a group, a place, a people."""


def _crowd_holds(people: Token, pronoun: Token, index: EntityIndex, quoted: list[tuple[int, int]]) -> bool:
    """Does a "they" stand for the unnamed ``people`` who spoke in the quote before: in their
    sentence or the next, with no group, place or people named in the writer's words between,
    nor other people in the plural made a subject ("The event organisers said … they
    believed" is the organisers', not the police who spoke before)?"""
    doc = pronoun.doc
    if pronoun.i <= people.i or len(list(doc[people.sent.start : pronoun.sent.end].sents)) > 2:
        return False
    if _person_named_between(index, people.idx, pronoun.idx, quoted, _GROUP_LABELS):
        return False
    return not any(t.dep_ in {"nsubj", "nsubjpass"} and t.tag_ in {"NNS", "NNPS"} for t in doc[people.i + 1 : pronoun.i])


def _singular_they_going_on(pronoun: Token, cue: Token | None, floor: tuple[Token, str] | None) -> bool:
    """Is ``pronoun`` a "they" that goes on from one unnamed person who has the floor ("A
    London Fire Brigade spokesman said …. “There are eight fire engines …,” they added"), the
    cue one of going on, the floor one person (a singular noun)?"""
    return (
        pronoun.lower_ == "they" and floor is not None and floor[0].tag_ == "NN" and floor[0].lemma_.lower() not in _NOT_ONE_DESCRIBED
        and cue is not None and cue.lemma_ in {"add", "continue"}
    )


def _still_has_floor(floor: tuple[Token, str], pronoun: Token, index: EntityIndex, quoted: list[tuple[int, int]]) -> bool:
    """Does a he/she speaker stand for the unnamed speaker ``floor``: within the next two
    sentences, with no person named in the writer's words between them?"""
    subj, _ = floor
    doc = pronoun.doc
    if pronoun.lower_ in PRONOUNS_PERSON:
        # (of the floor's sex where its noun or the pronoun that took it up says: not "a
        # 26-year-old man … “…,” she said")
        sex = _pronoun_sex(subj.lower_) if subj.lower_ in PRONOUNS_PERSON else NOUN_SEX.get(subj.lemma_.lower())
        if sex is not None and sex != _pronoun_sex(pronoun.lower_):
            return False
    # (counting the writer's sentences: not a closing mark the parse leaves as a sentence of
    # its own, nor the sentences of a quote)
    sentences = sum(
        1 for s in doc[subj.sent.start : pronoun.sent.end].sents
        if any(t.is_alpha and not any(a <= t.idx < b for a, b in quoted) for t in s)
    )
    if pronoun.i <= subj.i or pronoun.sent.start - subj.sent.end > 60 or sentences > 3:
        return False
    # (the one they spoke to is no one else brought in: "One man … told CNN's Atika Shubert
    # that …. He told CNN …" is still the man)
    listener = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
        for c in subj.head.children
        if subj.dep_ == "nsubj" and subj.head.lemma_ in {"tell", "say"} and (c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ == "to"))
    ]
    return not _person_named_between(index, subj.idx, pronoun.idx, quoted + listener)


def _appositions(subj: Token) -> list[Token]:
    """Appositions to ``subj``, then appositions inside those (nearest first); for a noun of
    a person, also one the parse hung on the object of its preposition when a comma closes
    it before the verb ("A spokesperson for Buhari, Mallam Garba Shehu, said")."""
    first = [c for c in subj.children if c.dep_ == "appos"]
    deeper = [t for c in first for t in c.subtree if t.dep_ == "appos" and t.i != c.i]
    hung = []
    if subj.lemma_.lower() in HUMAN_NOUNS and subj.head.i > subj.i:
        for prep in (c for c in subj.children if c.dep_ == "prep" and c.i > subj.i):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for a in (c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
                    after = subj.doc[a.right_edge.i + 1] if a.right_edge.i + 1 < len(subj.doc) else None
                    if after is not None and after.text == "," and after.i + 1 == subj.head.i:
                        hung.append(a)
        if not hung and any(c.dep_ == "relcl" for c in subj.children):
            # (or deeper in a relative clause: "the man who engineered the opening of
            # America's relations with China, former Secretary of State Henry A. Kissinger,
            # argued", the name hung on "China")
            for a in subj.subtree:
                after = subj.doc[a.right_edge.i + 1] if a.right_edge.i + 1 < len(subj.doc) else None
                if (
                    a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ == "PERSON" and a.head.i != subj.i
                    and after is not None and after.text == "," and after.i + 1 == subj.head.i
                    and subj.doc[a.left_edge.i - 1].text == ","
                ):
                    hung.append(a)
    return first + deeper + hung


def _possessor(
    owner: Token, index: EntityIndex, doc: Doc, last_speaker: str | None, toks: _Tokens, quoted: list[tuple[int, int]],
) -> str | None:
    """The entity a possessive "his", "her" or "its" owning a document stands for, where the
    text makes it plain: the main subject of its sentence, before it ("Dalton Brody is a
    store …, according to its website"), or, for one in the subject that opens its sentence,
    the main subject of the sentence before ("The bank is wary of it. Its website carries a
    statement …, noting …"), a name or a kind noun ("the bank"). None otherwise, and for
    "their" ("their report" may be anyone's) or a subject that is another pronoun; a "he" or
    "she" subject of the owner's sex is the one person of that sex its sentence or the one
    before names."""
    if owner.lower_ not in {"his", "her", "its"} or owner.dep_ != "poss":
        return None
    labels, sex = ({"ORG", "GPE", IT_NORP}, None) if owner.lower_ == "its" else ({"PERSON"}, _pronoun_sex(owner.lower_))
    root = owner.sent.root
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.i <= owner.i), None)
    if subj is not None and owner in subj.subtree:
        # the possessive opens the sentence's subject: the sentence before says whose
        if owner.sent.start == 0 or any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in doc[owner.sent.start : owner.i]):
            return None
        before = doc[owner.sent.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or any(a <= subj.idx < b for a, b in quoted):
        return None
    if sex is not None and subj.lower_ in {"he", "she"} and _pronoun_sex(subj.lower_) == sex:
        # "… his current girlfriend, Marilou Danley, 62. ¶ She worked as a “high-limit
        # hostess” …, according to her LinkedIn account": the one the sentence's "she"
        # stands for, where only one person of that sex is named in it or the sentence before
        start = toks.sent_starts[max(0, toks.sent_index(subj.idx) - 1)]
        named = {
            eid for s, _e, eid, _k in index.mention_spans
            if start <= s < subj.idx and _label_of(index, eid) == "PERSON" and not any(a <= s < b for a, b in quoted) and _fits(index, eid, labels, sex)
        }
        return next(iter(named)) if len(named) == 1 else None
    if index.by_token.get(subj.i) is None and subj.head.lemma_ == "be":
        # "The 10th passenger on the plane was Amanda R. Geissler, 33. Her LinkedIn profile
        # said …": the one the sentence names
        subj = next((c for c in subj.head.children if c.dep_ == "attr" and c.i in index.by_token), subj)
    if (eid := index.by_token.get(subj.i)) is not None:
        return eid if _fits(index, eid, labels, sex) else None
    kind = _kind_of(subj)
    if kind is None or not kind[0] & labels or sex is not None and kind[1] not in {None, sex}:
        return None
    return _kind_entity(index, doc, subj, kind, last_speaker, toks, quoted)


_STATEMENT_NOUNS = frozenset({"statement", "release", "announcement", "letter", "memo", "communique", "readout"})
"""Documents an organisation issues in its own voice ("a White House statement"), unlike a
report or a poll someone's name only says where it appeared ("a CNN poll")."""


def _document_owner(noun: Token) -> Token | None:
    """Whose document a document noun names, when it says so: "the union's statement",
    "a statement from / by the ministry" (the owner's head token)."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}:
                return pobj  # (not "a study from 2011": when, not whose)
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in {"ORG", "GPE"} and c.i == noun.i - 1 and noun.lemma_.lower() in _STATEMENT_NOUNS:
            return c  # "A White House statement after the phone call said …": the White House's
    if noun.dep_ == "dobj" and noun.head.lemma_ in ISSUE_LEMMAS | {"run", "write", "pen"}:
        # "The Ledger ran a piece that noted …": who ran, wrote or issued it
        return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"}), None)
    return None


# Documents someone else writes with one's words in them: speaking "in" one does not make it one's own.
_QUOTING_DOCS = frozenset({"article", "interview", "piece"})


_SAYS_IN = SAY_LEMMAS | {
    "announce", "declare", "confirm", "reveal", "disclose", "acknowledge", "admit", "deny", "call", "urge",
    "demand", "accuse", "criticize", "criticise", "condemn", "thank", "apologize", "apologise",
}
"""Verbs of saying and speech acts one performs in a document of one's own ("announced his
retirement in an open letter"; not respondents who "agree in a poll")."""


def _says_in_document(verb: Token) -> bool:
    """A verb of saying or a speech act with a document of the speaker's as its medium ("said
    in a statement", "announced his retirement in an open letter"; not "said in the
    article", a journalist's piece quoting them)."""
    return verb.lemma_.lower() in _SAYS_IN and any(
        c.dep_ == "prep" and c.lower_ in {"in", "through", "via"}
        and any(
            g.dep_ == "pobj" and (
                g.lemma_.lower() in DOC_NOUNS - _QUOTING_DOCS
                # (or through someone who speaks for them, by a statement: "Through a
                # spokesperson, Weinstein denied …")
                or c.lower_ == "through" and g.lemma_.lower() in _SPOKESPEOPLE
            )
            for g in c.children
        )
        for c in verb.children
    )


_SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "rep", "publicist", "lawyer", "attorney"})
"""Who speaks for someone "through" whom a statement comes."""


_PUBLISH_ALONE = frozenset({"post", "tweet", "write", "publish"})
"""Verbs of publishing that need no document as their object to be one ("she posted")."""


def _publishes(verb: Token) -> bool:
    """Does ``verb`` publish something: post, tweet, write, publish, or issue, release, put
    out, give … a document ("released a statement"; not "Rescuers have put metal tubes
    around the well")?"""
    lemma = verb.lemma_.lower()
    if lemma in _PUBLISH_ALONE:
        return True
    return lemma in PUBLISH_LEMMAS and any(c.dep_ == "dobj" and c.lemma_.lower() in DOC_NOUNS for c in verb.children)


def _adopted(verb: Token) -> set[str]:
    """The motions ``verb`` approves, adopts, passes or votes for ("has approved a
    non-binding resolution", "voted unanimously for a resolution"): their nouns."""
    if verb.lemma_.lower() not in ADOPT_LEMMAS and verb.lemma_.lower() != "vote":
        return set()
    objs = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"
    ]
    return {o.lemma_.lower() for o in objs} & MOTION_NOUNS


def _publisher(
    doc: Doc, index: EntityIndex, before_char: int, toks: _Tokens, noun: Token | None = None,
    quoted: Sequence[tuple[int, int]] = (),
) -> Token | None:
    """Whoever posted / issued / wrote something, or said something in a statement, or
    approved, adopted, passed or voted for the motion ``noun`` names, in the last few
    sentences (the subject of that verb): the nearest one the article names as an entity, else
    the nearest described one ("the premier's office released a statement"); not in the
    words of a quote (``quoted``: "a rep said, “Mr. Weinstein acknowledges …”")."""
    sent_i = toks.sent_index(before_char)
    described = None
    named: list[tuple[Token, Token, bool]] = []  # (subject, verb, in the last four sentences), the nearest first
    for k in range(sent_i, max(-1, sent_i - 6), -1):
        sent = toks.sents[k]
        for t in sent:
            if t.idx >= before_char:
                break
            if t.pos_ != "VERB" or any(a <= t.idx < b for a, b in quoted) or _opened_before(t):
                continue
            motions = _adopted(t)
            issuer = _issued_by(t)
            if issuer is not None and (noun is None or t.head.lemma_ != noun.lemma_):
                issuer = None  # (who posted a video has not issued the reports cited after it)
            if not (motions or issuer is not None or _publishes(t) or _says_in_document(t)):
                continue
            if motions and noun is not None and noun.lemma_.lower() not in motions:
                continue  # (a resolution passed is no bill's author)
            subj = issuer or next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            if index.by_token.get(subj.i):
                named.append((subj, t, k > sent_i - 4))
            elif described is None and subj.pos_ in {"NOUN", "PROPN"} and k > sent_i - 4:
                described = subj
    # the one whose document the noun names before a nearer one's other kind, a sentence or
    # two further back too ("ANA said in a statement. … Teigen said in a tweet …. The
    # statement said" is ANA's)
    lemma = noun.lemma_.lower() if noun is not None else None
    same = next((subj for subj, verb, _near in named if lemma in _documents_of(verb)), None)
    return same or next((subj for subj, _verb, near in named if near), described)


def _documents_of(verb: Token) -> set[str]:
    """The document nouns a verb of publishing or saying names as its object or medium
    ("released a statement", "said in a tweet"), or the one it describes ("a statement
    issued by the agency")."""
    return {
        g.lemma_.lower()
        for c in verb.children
        for g in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"] if c.dep_ == "prep" else [])
    } & DOC_NOUNS | ({verb.head.lemma_.lower()} if _issued_by(verb) is not None else set())


def _issued_by(verb: Token) -> Token | None:
    """Who issued the document a participle describes ("a statement issued by the National
    Aerospace Development Administration", "a letter posted by the union"): the head of the
    agent; None when ``verb`` is no such participle."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.lemma_.lower() not in DOC_NOUNS or verb.lemma_.lower() not in PUBLISH_LEMMAS:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None


_POSTED_NOUNS = DOC_NOUNS | {"text", "sign", "image", "photo", "picture", "screenshot"}


def _poster_of(verb: Token) -> Token | None:
    """The subject of ``verb`` when it posts, writes or sends a message, a letter, a note
    or the like ("he posted an image of a text message", "she sent a letter")."""
    if verb.pos_ != "VERB" or not (_publishes(verb) or verb.lemma_.lower() in {"send", "show", "share"}):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if not any(o.lemma_.lower() in _POSTED_NOUNS for o in objs):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _poster_before(pronoun: Token, toks: _Tokens) -> Token | None:
    """Who posted, wrote or sent the message that "it" in "It read: “…”" stands for: the
    subject of such a verb in the pronoun's sentence before it or in the sentence before;
    None when there is none."""
    si = toks.sent_index(pronoun.idx)
    for k in range(si, max(-1, si - 2), -1):
        posters = [p for t in toks.sents[k] if t.i < pronoun.i and (p := _poster_of(t)) is not None]
        if posters:
            return posters[-1]
    return None


def _cut_out_cue_clause(text: str, f: _Found, marks: list[QSpan]) -> None:
    """A partial quote's clause that its own cue clause interrupts between two quoted
    fragments (Oz is “smart as hell,” Mosko wrote in an email, and “full of it.”) is two
    pieces, around that cue clause: the speaker's words, not the writer's frame."""
    c0, c1 = f.context  # type: ignore[misc]
    lo = min(f.cue.idx, f.subject.left_edge.idx)  # type: ignore[union-attr]
    if not c0 < lo < c1:
        return
    before = [m for m in marks if c0 <= m.open_start and m.close_end <= lo]
    after = [m for m in marks if m.open_start > lo and m.close_end <= c1]
    if not before or not after or text[before[-1].close_end : lo].strip(" ,"):
        return  # (only right after a closing mark: “a,” Mosko wrote …)
    f.context_pieces = [(c0, before[-1].close_end), (after[0].open_start, c1)]


_DANGLING = re.compile(r"(?:[\s,;:—–-]*\b(?:and|but|or)\b)+[\s,;:—–-]*$")


def _without_dangling_conjunction(text: str, start: int, end: int) -> int:
    """The end of a reported clause cut before a second clause, without the "and" (", but",
    "— and") left hanging: "said Clinton is honest and trustworthy, [and] three-quarters
    said the same of Sanders"."""
    m = _DANGLING.search(text, start, end)
    return m.start() if m else end


def _lead_in_line(text: str, start: int, end: int) -> bool:
    """Does a line of ``text[start:end]`` end with a colon, a lead-in of what follows ("Even
    with pandemonium on the streets, one officer has clearly identified where the shooting
    is coming from:")?"""
    return any(line.rstrip().endswith(":") for line in text[start:end].split("\n")[1:])


def _last_voice_before(text: str, found: list[_Found]) -> None:
    """A quote with no cue of its own is by whoever spoke last before it, in any form.

    The marks are paired before reported speech is found, so a quote in marks first
    inherits from the last quote in marks; an attribution found since, between the two
    ('…, according to Robert Beiser, executive director of Seattle Against Slavery.
    “They were in debt …”'), is the nearer voice. ``found`` is in text order.
    """
    for n, f in enumerate(found):
        source = f.inherited
        if source is None:
            continue
        nearer = [g for g in found[:n] if g.pieces[0][0] >= source.pieces[-1][1] and g.cue is not None and g.subject is not None and g.inherited is None]
        if nearer and not _lead_in_line(text, nearer[-1].pieces[-1][1], f.pieces[0][0]):
            f.inherited = nearer[-1]


def _newcomer_before(toks: _Tokens, index: EntityIndex, found: list[_Found]) -> None:
    """A paragraph in marks with no cue, after a paragraph that brings in a person named for
    the first time, is that person's: 'Paul DeLane, who's lived in France for 25 years, had
    just finished watching the fireworks when … / “My partner took my hand immediately …”',
    not the words of the couple quoted before him."""
    text = toks.text
    for f in found:
        if f.inherited is None or f.cue is not None or not f.marks:
            continue
        start = f.marks[0].open_start
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip():
            continue  # not a paragraph of its own
        si = toks.sent_index(start)
        if si == 0:
            continue
        sent = toks.sents[si - 1]
        if text[sent.end_char : line_start].strip() or text.rfind("\n", 0, sent.start_char) + 1 != sent.start_char:
            continue  # not one whole paragraph right before the quote
        if not re.search(r"[.!?]\W*$", sent.text):
            continue  # a caption ("American tourist Matthew Galat woken by sirens …"), not prose
        if any(sent.start_char <= a < sent.end_char or sent.start_char < b <= sent.end_char for g in found for a, b in g.pieces):
            continue
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "PROPN":
            continue
        eid = index.by_token.get(subj.i)
        entity = index.entity(eid)
        if entity is None or entity.label != "PERSON":
            continue
        if _named_before(index, eid, sent.start_char):
            continue  # named before: not brought in here
        f.inherited = None
        f.subject = subj


def _finish(doc: Doc, toks: _Tokens, found: list[_Found], index: EntityIndex) -> list[Quote]:
    text = toks.text
    found = [f for f in found if not f.topic_only]
    for f in found:
        if f.kind == "partial" and f.context is not None and not f.context_pieces and len(f.pieces) == 1 and f.marks:
            # a "reported clause" that is nothing but the quoted words: a direct quote
            c0, c1 = f.context
            m = f.marks[0]
            if not text[c0 : m.open_start].strip(" ,;:—–-") and not text[m.close_end : c1].strip(" ,.;:!?—–-"):
                f.kind = "direct"
                f.context = None
    marks = sorted((m for f in found for m in f.marks), key=lambda m: m.open_start)
    for f in found:
        if f.kind == "partial" and f.context is not None and not f.context_pieces and f.cue is not None and f.subject is not None:
            _cut_out_cue_clause(text, f, marks)
    for f in found:
        if f.kind == "indirect":
            s0, e0 = f.pieces[-1]
            e1 = _without_dangling_conjunction(text, s0, e0)
            if e1 > s0:
                f.pieces[-1] = (s0, e1)
    found.sort(key=lambda f: f.pieces[0][0])
    _last_voice_before(text, found)
    _newcomer_before(toks, index, found)
    quotes: list[Quote] = []
    last_speaker: str | None = None
    resolved: dict[int, tuple[str | None, str | None, bool, tuple[int, int] | None, str | None]] = {}
    quoted = [(m.inner_start, m.inner_end) for f in found for m in f.marks]
    floor: tuple[Token, str] | None = None  # the unnamed person who spoke last, as described
    crowd: tuple[Token, str] | None = None  # unnamed people, in the plural, who spoke in the quote before
    by_subject: dict[int, tuple[str | None, str | None, bool]] = {}  # a description's resolution, by its token
    for n, f in enumerate(found):
        speaker = speaker_start = speaker_end = None
        entity = None
        speaker_name = None
        unnamed = False
        if f.inherited is not None and id(f.inherited) in resolved:
            entity, speaker_name, unnamed, _bounds, _sp = resolved[id(f.inherited)]
        subj = f.subject
        relative = None
        owner = None  # whose document the speaker is ("a statement from the union")
        pair_name = None  # the two people "the couple" or "the pair" stands for, named together
        clause = subj.head if subj is not None else None
        while clause is not None and subj.lower_ == "who" and clause.dep_ == "conj" and clause.head.i < clause.i:
            clause = clause.head  # "Eric Kingson, who is running for Congress and who worked the crowd, praising …"
        written = subj
        if (
            subj is not None and subj.lower_ in {"who", "which", "that"} and clause.dep_ != "relcl" and subj.i > 0 and doc[subj.i - 1].lower_ == "and"
            and (earlier := next((
                t for t in reversed(doc[subj.sent.start : subj.i - 1])
                if t.lower_ == subj.lower_ and t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "relcl"
            ), None)) is not None
        ):
            # "an organization that promotes engagement with Israel, and that announced their
            # deaths": a relative clause coordinated with the one before, which the parse hung
            # on the main verb, stands for the same noun
            subj, clause = earlier, earlier.head
        if (
            subj is not None and subj.lower_ == "who" and subj.i > 0
            and (named := doc[subj.i - 1]).pos_ == "PROPN" and _label(index, named) == "PERSON"
            and (clause.dep_ != "relcl" or clause.head.i != named.i and _label(index, clause.head) != "PERSON")
            # (the agent of a passive or an object, not a name inside another's phrase: "the man
            # with a famously complicated relationship with Clinton who declined to run" is Biden)
            and (named.dep_ in {"dobj", "nsubj", "appos"} or named.dep_ == "pobj" and named.head.dep_ == "agent")
        ):
            # "Telegram … was recently singled out by prime minister Theresa May who said …",
            # the clause hung on the sentence's subject or read as the main verb's: "who"
            # stands for the person right before it
            relative, subj = subj, named
        elif subj is not None and subj.lower_ in {"who", "which", "that"} and clause.dep_ == "relcl" and clause.head.i != clause.i:
            # "the council, which said …": the relative pronoun stands for the noun it
            # follows; the speaker as written stays the pronoun
            relative = subj
            subj = _past_date(clause.head)
            before = doc[relative.i - 2] if relative.i >= 2 and doc[relative.i - 1].text == "," else None
            while before is not None and before.dep_ == "compound" and before.head.i > before.i:
                before = before.head
            if before is not None and before.i > subj.i and before.pos_ == "PROPN" and before.dep_ == "conj" and subj in before.conjuncts:
                # "celebrities like Oprah Winfrey, Will Smith and Stevie Wonder, who joked": the
                # name right before it, where the parse hung the clause on the list's first
                subj = before
            else:
                while subj.dep_ == "conj" and subj.head.dep_ in {"appos", "conj"} and subj.head.i < subj.i:
                    subj = subj.head  # "Lionel Sosa, a consultant and a Republican who said …"
            if subj.dep_ == "appos" and subj.head.pos_ == "PROPN" and subj.head.i < subj.i:
                subj = subj.head  # "Penelac, her electric provider, who confirmed …": the one named
            relative = written
        if subj is not None:
            lo, hi = f.speaker_bounds or _speaker_bounds(subj)
            if relative is not None and f.cue is not None and relative.head.i == f.cue.i and lo < relative.i < hi:
                # "an architect who said the pier would hold": the one the relative pronoun
                # stands for, without the clause of saying it opens (a clause that says who
                # they are stays: "an official who oversaw the talks and described …")
                hi = relative.i
                while hi - 1 > lo and _trailing(doc[hi - 1]):
                    hi -= 1
            speaker_start = doc[lo].idx
            if (numbered := _ITEM_NUMBER.match(text, speaker_start)) is not None:
                speaker_start = numbered.end()  # "4A video showed …": a numbered caption's item number is no part of it
            speaker_end = doc[hi - 1].idx + len(doc[hi - 1].text)
            speaker = text[speaker_start:speaker_end]
            low = subj.lower_
            if subj.pos_ == "NOUN" and subj.i in by_subject:
                # "“ANA is researching …,” the airline said, adding that it would like to
                # apologize": one description speaking twice is one speaker
                entity, speaker_name, unnamed = by_subject[subj.i]
            elif (low in PRONOUNS_PERSON or _singular_they_going_on(subj, f.cue, floor)) and floor is not None and _still_has_floor(floor, subj, index, quoted):
                # "A police spokeswoman said …. “…,” she said.": the one unnamed speaker who
                # just spoke, not a person named before them
                entity, unnamed, speaker_name = None, True, floor[1]
            elif low in PRONOUNS_PERSON and (someone := _someone_just_before(subj, index, quoted)) is not None:
                # "An officer on the scene sounds the alarm. “We got shots fired,” he says.":
                # the unnamed person the sentence before is about, not a person named earlier
                entity, unnamed, speaker_name = None, True, someone
            elif low in PRONOUNS_PERSON:
                gender = _pronoun_sex(low)
                entity = _recent_entity(index, doc, speaker_start, {"PERSON"}, last_speaker, gender, toks, quoted, reported=f.pieces)
                if (
                    entity is None and f.cue is not None and f.cue.lemma_ in {"add", "continue", "say"}
                    and n and resolved[id(found[n - 1])][0] == last_speaker
                    and _goes_on_against_census(index, toks, found[n - 1], last_speaker, gender, speaker_start, f.cue.lemma_ != "say")
                ):
                    # "“…,” he added", right after Lai Mohammed's quote: his, whatever the census says of
                    # "Lai" (and "Asst Ch Con Robin Smith said … . He said …": his, though "Robin" is
                    # a woman's name to the census)
                    entity = last_speaker
                if entity and index.gender.get(entity) is None and not _rival_of_sex(index, toks, entity, gender, speaker_start):
                    index.gender[entity] = gender
            elif low == "they" and crowd is not None and _crowd_holds(crowd[0], subj, index, quoted):
                # "Neighbours described Bouhlel as “a bit weird” …. They claimed he did not
                # seem religious": the unnamed people who just spoke, not a place named since
                entity, unnamed, speaker_name = None, True, crowd[1]
            elif low == "they" and (people := _plural_people_before(doc, subj, toks, index)) is not None:
                # "Astrophysicists at the University of Oklahoma used data from NASA's
                # observatory. … they say": the people, not the organisation named with them
                plo, phi = _speaker_bounds(people)
                if phi - plo > 12:
                    plo, phi = people.left_edge.i, people.i + 1  # not a whole clause hung on it
                entity, unnamed, speaker_name = None, True, doc[plo:phi].text
                if (named := _named_in_apposition(people, index)) is not None:
                    # "two major shareholders—activist investor Jana Partners LLC and the
                    # California State Teachers' Retirement System—sent a letter. … , they
                    # said": the first of those the apposition names
                    entity, unnamed, speaker_name = named, False, None
            elif low == "it" and (owner_of := _owner_of_subject(subj, index)) is not None:
                # "The center's core advocacy efforts focus on what it calls “Humane Design”":
                # the owner of the sentence's subject, named or as described
                entity = index.by_token.get(owner_of.i)
                if entity is None and (owner_kind := _kind_of(owner_of)) is not None:
                    entity = _kind_entity(index, doc, owner_of, owner_kind, last_speaker, toks, quoted)
                if entity is None:
                    olo, ohi = _speaker_bounds(owner_of)
                    unnamed, speaker_name = True, doc[olo:ohi].text
            elif low == "it" and (opener := _institution_opening(subj)) is not None:
                # "when the government detected the launch …, it warned citizens": the
                # institution the clause before the pronoun's is about, named or as described
                entity = index.by_token.get(opener.i)
                if entity is None:
                    olo, ohi = _speaker_bounds(opener)
                    unnamed, speaker_name = True, doc[olo:ohi].text
            elif low == "it" and f.cue is not None and f.cue.lemma_ == "read" and (poster := _poster_before(subj, toks)) is not None:
                # "he posted an image of a text message to his partner. It read: “…”": the
                # words of what was posted are the poster's
                if poster.lower_ in PRONOUNS_PERSON:
                    entity = _recent_entity(index, doc, poster.idx, {"PERSON"}, last_speaker, _pronoun_sex(poster.lower_), toks, quoted)
                else:
                    entity = index.by_token.get(poster.i)
                    if entity is None and poster.pos_ == "NOUN":
                        # "A coalition of nearly 40 groups sent a letter …": the senders, as described
                        plo, phi = _speaker_bounds(poster)
                        while phi - 1 > poster.i and any(t.text in {",", "-", "--", "—", "–", "("} for t in doc[poster.i : phi]):
                            phi -= 1  # (not the aside after it: "- including the American Academy of Pediatrics -")
                        unnamed, speaker_name = True, doc[plo:phi].text
            elif low in PRONOUNS_GROUP:
                # (not one named in the clause it reports, below its subject: "The world will
                # “clearly see …” by the Workers' Party, it said")
                said = ([f.context] if f.kind == "partial" and f.context is not None else f.pieces) if low == "it" else ()
                entity = _recent_entity(index, doc, speaker_start, {"ORG", "GPE", IT_NORP if low == "it" else "NORP"}, last_speaker, None, toks, quoted, reported=said)
                if entity is None and low in {"they", "we"}:
                    unnamed = True
                if entity is None and low == "it" and n and _institution_just_spoke(found[n - 1], subj, toks):
                    # "…, the government said. In addition …, it said": the institution that
                    # just spoke, as it was given
                    entity, speaker_name, unnamed = resolved[id(found[n - 1])][:3]
            elif low in PRONOUNS_FIRST:
                entity = None
            elif _described_by_age(subj) and _label(index, subj) != "PERSON":
                # "the 21-year-old said", "The 46-year-old South African … predicts": a person
                # named by their age, not a nationality the model read as a name
                entity = _aged_entity(index, doc, subj, last_speaker, toks, quoted)
            else:
                entity = _mention_entity_at(index, speaker_start, speaker_end, doc, _split_name_of(subj) or subj)
                if entity is None or subj.pos_ == "NOUN":
                    # "Canada's trade minister, Alva Brandt, said": the apposition names them
                    # (also one level down: "One commuter, a nurse who gave only her first
                    # name, Ingrid, said"), even where the title alone might be another's
                    # ("Apple's chief executive, Timothy D. Cook, told …" after an Apple
                    # communications executive)
                    for c in _appositions(subj):
                        # (or an organisation of the noun's kind: "The South Korean newspaper
                        # Chosun Ilbo said")
                        if _label(index, c) == "PERSON" or (
                            _label(index, c) == "ORG" and subj.lemma_.lower() in ORG_KINDS and subj.tag_ != "NNS" and doc[c.left_edge.i - 1].text != "("
                        ):  # (one, by its name, not a ticker in brackets: "banks Barclays (BCS), …")
                            entity = index.by_token.get(c.i) or entity
                            break
                if entity is None and (body := _body_of(subj, index)) is not None:
                    entity = body  # "Qualcomm’s management team and board have argued": Qualcomm, as written
                if entity is None and (named := _name_before_description(subj, index)) is not None:
                    entity = named  # "Brittany Nicely, a zoo visitor who …, described …, saying": the name the parse lost
                if entity is None and subj.dep_ == "pobj" and subj.head.lower_ == "with":
                    # "with some drivers, including eventual winner Lewis Hamilton, claiming …":
                    # the one named of them
                    entity = next((
                        index.by_token[t.i] for c in subj.children if c.dep_ == "prep" and c.lower_ == "including"
                        for t in c.subtree if t.i in index.by_token and _label(index, t) == "PERSON"
                    ), None)
                if entity is None and (kind := _kind_of(subj)) is not None:
                    entity = _kind_entity(index, doc, subj, kind, last_speaker, toks, quoted)
                if entity is None and subj.lemma_.lower() in DOC_NOUNS:
                    # (not whoever published something before when the text says which it is
                    # or who made it: "According to another poll", "An aerial video posted by
                    # QQ.com shows", the document as described)
                    described = any(
                        c.dep_ == "det" and c.lower_ == "another" or c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children)
                        for c in subj.children
                    ) or (subj.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in subj.children))
                    # (nor documents in the plural with no one's or "the" before them, which
                    # are no one's in particular: "Falling ground water levels … have left many
                    # wells without water, reports say", after a Weibo user wrote)
                    owner = _document_owner(subj)
                    publisher = None if owner is not None or described else _publisher(doc, index, speaker_start, toks, subj, quoted)
                    if publisher is not None and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subj.children) and (
                        toks.sent_index(publisher.idx) != toks.sent_index(subj.idx)
                    ):
                        # "according to a statement the former couple provided": a document
                        # brought in anew, not one a sentence before had someone issue
                        publisher = None
                    owner = owner or publisher
                    if owner is not None:
                        entity = index.by_token.get(owner.i)
                    if entity is None and owner is not None:
                        entity = _possessor(owner, index, doc, last_speaker, toks, quoted)
                    if entity is None and publisher is not None and (owner_kind := _kind_of(publisher)) is not None:
                        # "The company, which …, said in a statement … ¶ “…,” the statement
                        # said": the company the article is about, as for "the company said"
                        # (not the owner a possessive names, "the company's statement", which
                        # may stand for one the article names only in passing)
                        entity = _kind_entity(index, doc, publisher, owner_kind, last_speaker, toks, quoted)
                if entity is None and subj.lemma_.lower() in _PAIR_NOUNS:
                    pair_name = _pair_before(doc, subj, index, toks)
                elif entity is None and subj.tag_ == "NNS" and subj.lemma_.lower() in ORG_KINDS and not any(
                    c.dep_ in {"poss", "nummod", "compound", "amod", "prep", "relcl", "acl"} for c in subj.children
                ):
                    pair_name = _pair_before(doc, subj, index, toks, "ORG")  # "The groups say"
                if entity is None:
                    entity = _named_next(doc, index, toks, subj)
                if entity is None and pair_name is None and f.cue is not None:
                    entity, pair_name = _same_act_named_next(index, toks, subj, f.cue)
                if entity is None:
                    entity = _described_again(doc, index, toks, subj, last_speaker, quoted)
                if entity is None and f.kind == "direct":
                    entity = _names_itself(index, doc, toks, subj, f.pieces[0][0], quoted)
                if entity is not None and subj.pos_ == "NOUN" and f.cue is not None and (reporter := _reporter_of(f.cue)) is not None and (
                    reporter.i != subj.i and index.by_token.get(reporter.i) == entity
                ):
                    entity = None  # "Bamford said the driver told him that “…”": the driver is not Bamford
                if entity is None:
                    unnamed = True
            if entity is None and unnamed and subj.lemma_.lower() in INSTITUTIONS and any(
                t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[lo:hi]
            ):
                # "Velmark's ports ministry", "the Ontario government": a named institution
                unnamed = False
                speaker_name = speaker
            elif entity is None and unnamed and (named_before := _institution_named_before(doc, toks, subj)) is not None:
                # "…, said Tunisia's foreign ministry. … , said the ministry": that one, by its place
                unnamed = False
                speaker_name = named_before
            elif entity is not None:
                ent = index.entity(entity)
                speaker_name = ent.name if ent else None
                unnamed = False
            elif pair_name is not None:
                speaker_name, unnamed = pair_name, False  # "the couple": "Fergie and Josh Duhamel"
            elif owner is not None and owner.pos_ != "PRON":
                # "the statement from the drivers' union", "the office released a statement
                # … the statement said": that group, as described (not "their" of "their
                # report", which is the report as written)
                olo, ohi = _speaker_bounds(owner)
                speaker_name = doc[olo:ohi].text
                unnamed = not any(t.pos_ == "PROPN" for t in doc[olo:ohi])
            elif subj.pos_ == "PROPN" and subj.text[:1].isupper() and subj.lower_ not in TITLE_WORDS and (name := _name_as_written(doc[lo:hi])):
                # a name the entity recogniser missed ("Mayor Ines Brandt said"): a named
                # speaker, not an unnamed source (not an office the model read as a name,
                # whose place is no one's name: "The London Mayor has warned", as written)
                speaker_name, unnamed = name, False
            elif speaker_name is None:
                speaker_name = _earlier_description(doc, subj) or speaker if unnamed else None
        elif f.inherited is None:
            pass
        if relative is not None:
            speaker_start, speaker_end = relative.idx, relative.idx + len(relative.text)
            speaker = relative.text
        if entity is not None and not (f.kind == "indirect" and f.cue is not None and f.cue.lemma_ not in INDIRECT_LEMMAS and f.cue.lower_ != "according"):
            # a speech act or a finding ("welcomed X", "a poll found") does not make its
            # subject the one a following "he"/"she" most likely refers to
            last_speaker = entity
        if entity is not None:
            floor = None
        elif floor is not None and unnamed and subj is not None and speaker_name == floor[1] and subj.lower_ in PRONOUNS_PERSON:
            floor = (subj, speaker_name)  # ("…,” he said.": the unnamed speaker keeps the floor from here)
        elif unnamed and subj is not None and subj.tag_ == "NN" and subj.lemma_.lower() in HUMAN_NOUNS and speaker_name:
            # "A police spokeswoman said …": one unnamed person has the floor
            floor, last_speaker = (subj, speaker_name), None
        if entity is None and subj is not None and subj.dep_ == "dobj" and subj.head.lemma_ == "quote" and f.cue is not None and (
            (relayer := next((c for c in f.cue.children if c.dep_ == "nsubj"), None)) is not None and relayer.i in index.by_token
        ):
            # "“…,” the Korean Central News Agency said, quoting the agency director …. The
            # world will “…”, it said": the medium that relays an unnamed source goes on
            last_speaker = index.by_token[relayer.i]
        # "Neighbours described him as …": unnamed people in the plural have it until anyone else speaks
        # (and a body of them named by its kind: "…, according to the South Korean military. They said …")
        crowd = (subj, speaker_name) if entity is None and subj is not None and speaker_name and (
            _people_described(subj) or subj.lemma_.lower() in _COLLECTIVE_SPEAKERS and any(c.lower_ == "the" for c in subj.children)
        ) else None
        resolved[id(f)] = (entity, speaker_name, unnamed, (speaker_start, speaker_end) if speaker_start is not None else None, speaker)
        if subj is not None and subj.pos_ == "NOUN" and entity is not None and subj.i not in by_subject:
            by_subject[subj.i] = (entity, speaker_name, unnamed)
        pieces = sorted(f.pieces)
        start, end = pieces[0][0], pieces[-1][1]
        cue = f.cue
        cue_start = cue_end = None
        cue_text = None
        if cue is not None:
            cue_tok_end = cue
            if cue.lower_ == "according" and cue.i + 1 < len(doc):
                cue_tok_end = doc[cue.i + 1]
            elif _words_of(cue) is not None:
                # "in the words of", "in her words"
                words = next(c for c in cue.children if c.lower_ == "words")
                cue_tok_end = next((c for c in words.children if c.dep_ == "prep" and c.lower_ == "of"), words)
            else:
                # phrasal particle: "pointed out"
                prt = [c for c in cue.children if c.dep_ == "prt" and c.i == cue.i + 1]
                if prt:
                    cue_tok_end = prt[0]
            cue_start = cue.idx
            cue_end = cue_tok_end.idx + len(cue_tok_end.text)
            cue_text = text[cue_start:cue_end]
        quote_text = text[start:end]
        quotes.append(
            Quote(
                id="",
                kind=f.kind,  # type: ignore[arg-type]
                start=start,
                end=end,
                text=quote_text,
                pieces=tuple(pieces) if len(pieces) > 1 else (),
                cue=cue_text,
                cue_start=cue_start,
                cue_end=cue_end,
                speaker=speaker,
                speaker_start=speaker_start,
                speaker_end=speaker_end,
                entity=entity,
                speaker_name=speaker_name,
                unnamed=unnamed,
                sentence=toks.sent_index(start),
                context_start=f.context[0] if f.context else None,
                context_end=f.context[1] if f.context else None,
                context_pieces=tuple(f.context_pieces) if len(f.context_pieces) > 1 else (),
                inherited=f.inherited is not None,
            )
        )
    quotes = _headline_speaker_in_body(doc, index, text, quotes)
    return [q.model_copy(update={"id": f"q{i + 1}"}) for i, q in enumerate(quotes)]


def _content_lemmas(doc: Doc, start: int, end: int) -> set[str]:
    """The lemmas of the words that carry meaning between the characters ``start`` and ``end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    return {t.lemma_.lower() for t in span if t.pos_ in {"NOUN", "PROPN", "NUM", "VERB", "ADJ"} and not t.is_stop and len(t.text) > 1}


def _headline_speaker_in_body(doc: Doc, index: EntityIndex, text: str, quotes: list[Quote]) -> list[Quote]:
    """A headline's speaker described by a bare noun ("Pieces weighing up to 100kg could make
    it to the surface, says expert") is the person the body quotes saying the same thing
    ("McDowell says some parts might still weigh up to 100kg when they crash into the
    Earth's surface"): the one quote of a person named whose words share the most meaning
    words with the headline's, at least two, and more than any other's."""
    line_end = text.find("\n")
    if line_end < 0 or text[:line_end].rstrip().endswith((".", "!", "?")):
        return quotes  # (no headline: a first line that ends as a sentence does)
    out = list(quotes)
    for n, q in enumerate(quotes):
        if q.end > line_end or q.entity is not None or q.speaker is None or q.speaker_start is None or " " in q.speaker.strip():
            continue
        noun = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
        if noun is None or len(noun) != 1 or noun[0].tag_ != "NN" or noun[0].lemma_.lower() not in HUMAN_NOUNS:
            continue
        said = _content_lemmas(doc, q.start, q.end)
        shared = sorted(
            ((len(said & _content_lemmas(doc, o.start, o.end)), o) for o in quotes[n + 1 :]
             if o.entity is not None and _label_of(index, o.entity) == "PERSON"),
            key=lambda pair: -pair[0],
        )
        if shared and shared[0][0] >= 2 and (len(shared) == 1 or shared[1][0] < shared[0][0] or shared[1][1].entity == shared[0][1].entity):
            best = shared[0][1]
            ent = index.entity(best.entity)
            out[n] = q.model_copy(update={"entity": best.entity, "speaker_name": ent.name if ent else best.speaker_name, "unnamed": False})
    return out
