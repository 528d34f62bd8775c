"""Paragraphs never run into each other: a line break starts a sentence before parsing.

spaCy's small English model sometimes parses two paragraphs as one sentence (a quote
closing one paragraph, the next opening with a name: ``… “a careful dance.”\\n\\nMarta
Velez, a professor, said …``). The parser then hangs the first paragraph on the second's
verb, and a quote is given to a speaker in another paragraph. The parser keeps sentence
starts set before it runs, so this component marks the first token after every line break
as one, and the parse stays inside its paragraph. Inside a paragraph it marks a word in lower
case, or any token right after a word, as no sentence start: the model sometimes ended a
sentence there ("… a Boeing 757 | but it was …").

The module holds the other fixes made to what the model reads before it parses: quotation
marks and dashes typed against words split off into tokens of their own, and rare dashes read
as the common ones.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IDX, IS_ALPHA, LENGTH, LIKE_NUM, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.models import get_nlp

NAME = "corroborate_paragraphs"
BREAKS = "corroborate_breaks"
"""Key of a Doc's ``user_data`` holding the character offsets where a sentence must start
(:func:`doc_with_breaks`)."""
DASHES = "corroborate_dashes"
RARE_DASHES = {"―": "—", "‒": "–"}
"""Dashes the small model hardly saw in training (a horizontal bar, some outlets' em dash:
"taxes ― as was true … public ― Trump boasted"), read as the dashes they stand for. The
model read "―" as the subject of "boasted"; with the em dash's norm it finds Trump."""


QUOTE_INFIXES = r"(?:(?<=[^\W\d_])|(?<=[)\]]))[,:](?=[\"“”][^\W_])|(?:(?<=[^\W\d_][,:])|(?<=[)\]][,:]))[\"“”](?=[^\W_])"
"""A comma or colon and a quotation mark typed with no space between a word (or a closing
bracket) and the next ('Ryan said,“Look, …', 'Gowdy (R-S.C.):"I have …') are tokens of
their own. The tokenizer kept 'said,“Look' as one token: the model saw no cue and the
quote had no speaker."""
COMMA_INFIX = r"(?<=\.),(?=[a-z]{2})"
"""A comma typed with no space after an abbreviation's period and before a word ('at 7:33
p.m.,the airline said') is a token of its own; the tokenizer kept ',the', and the model read
'airline' as a name."""
SIGNATURE_PREFIX = r"^-(?=[A-Z])"
"""A hyphen typed against a capitalised word ('-President Obama, tweeting …' signing a quote)
is a token of its own, the dash it stands for; the tokenizer kept '-President' whole."""


@Language.component(DASHES)
def dash_norms(doc: Doc) -> Doc:
    """Give rare dashes the norm of the common one (the text stays as written)."""
    if not any(dash in doc.text for dash in RARE_DASHES):
        return doc
    for tok in doc:
        norm = RARE_DASHES.get(tok.text)
        if norm is not None:
            tok.norm_ = norm
    return doc


@Language.component(NAME)
def paragraph_starts(doc: Doc) -> Doc:
    """Mark the first non-space token after a line break as a sentence start, and a word
    in lower case inside a paragraph as no sentence start.

    "… without owning a Boeing 757 but it was …", "she felt the 13th Amendment was …": the
    model ended a sentence inside one; no sentence of a paragraph opens in lower case
    ("iPhone", "eBay" may) or right after a word or a number. The marks are computed for the
    whole Doc at once from its token arrays (:func:`_paragraph_marks`) and written in one
    pass: a loop over the tokens in Python cost 4% of the analysis."""
    if len(doc) < 2:
        return doc
    cols = doc.to_array([ORTH, IS_ALPHA, LIKE_NUM])
    orths, at = np.unique(cols[:, 0], return_inverse=True)
    strings = doc.vocab.strings
    kinds = np.fromiter((_kind(strings[o]) for o in orths.tolist()), dtype=np.int64, count=len(orths))[at.reshape(-1)]
    kinds |= np.where((cols[:, 1] != 0) | (cols[:, 2] != 0), _WORD, 0)
    marks = _paragraph_marks(kinds)
    if breaks := doc.user_data.get(BREAKS):
        bounds = doc.to_array([IDX, LENGTH]).astype(np.int64)
        _mark_breaks(marks, kinds, bounds[:, 0], bounds[:, 0] + bounds[:, 1], breaks)
    if marks.any():
        starts = doc.to_array(SENT_START).astype(np.int64)
        starts[marks != 0] = marks[marks != 0]
        doc.from_array([SENT_START], starts.astype(np.uint64).reshape(-1, 1))
    return doc


def doc_with_breaks(nlp: Language, text: str, breaks: list[int]) -> Doc:
    """The tokens of ``text``, to be parsed with a sentence starting at each of the
    character offsets ``breaks`` (and none running across one). A photo credit set into the
    text ("… in Nice Hide Caption 18 of 25 Photos: Harrowing images of the attack BFM-TV, a
    CNN affiliate, reported …") is no part of the sentences around it: read as one, its words
    took the speaker's place in the parse."""
    doc = nlp.make_doc(text)
    if breaks:
        doc.user_data[BREAKS] = tuple(sorted(set(breaks)))
    return doc


def _mark_breaks(marks: np.ndarray, kinds: np.ndarray, starts: np.ndarray, ends: np.ndarray, breaks: tuple[int, ...]) -> None:
    """Mark the first token that is not whitespace at or after each offset of ``breaks`` as
    a sentence start, where white space parts it from the token before ("Jim
    Spellman/WireImage via Getty Images", a credit from "WireImage" on, starts no sentence
    inside the word). The first token of the Doc is left alone."""
    solid = np.flatnonzero((kinds & _SPACE) == 0)
    if len(solid) == 0:
        return
    offsets = np.asarray(breaks, dtype=np.int64)
    at = np.searchsorted(starts[solid], offsets)
    keep = (at < len(solid)) & (at > 0)
    at, offsets = at[keep], offsets[keep]
    # (white space between the token before and the one after: not "Spellman/" "WireImage")
    clean = (ends[solid[at - 1]] <= offsets) & (ends[solid[at - 1]] < starts[solid[at]])
    marks[solid[at[clean]]] = 1


_SPACE, _BREAK, _LOWER, _WORD = 1, 2, 4, 8
"""Bits of a token's kind: whitespace; whitespace holding a line break; a word that opens
in lower case (and not as "iPhone" does); a word or a number (after which no sentence
starts: spaCy's ``is_alpha`` or ``like_num``)."""


def _kind(text: str) -> int:
    """The bits of a token's kind its text gives (all but ``_WORD``)."""
    if text.isspace():
        return _SPACE | (_BREAK if "\n" in text else 0)
    return _LOWER if text[:1].islower() and not text[1:2].isupper() else 0


def _paragraph_marks(kinds: np.ndarray) -> np.ndarray:
    """Sentence-start marks by token (1: starts one, -1: does not, 0: left to the model)
    from the tokens' kinds (bits of :func:`_kind`, and ``_WORD``): a token that is not whitespace
    starts a sentence when whitespace with a line break lies between it and the token
    before it that is not whitespace; otherwise it starts none when it opens in lower case
    or follows a word or a number. Whitespace tokens, and the first token, are left alone."""
    n = len(kinds)
    marks = np.zeros(n, dtype=np.int64)
    solid = np.flatnonzero((kinds & _SPACE) == 0)
    if len(solid) == 0:
        return marks
    breaks = np.concatenate([[0], np.cumsum((kinds & _BREAK) != 0)])  # breaks before each token
    prev = np.concatenate([[-1], solid[:-1]])  # the solid token before each solid token
    after_break = breaks[solid] - breaks[prev + 1] > 0
    after_word = np.zeros(len(solid), dtype=bool)
    after_word[1:] = (kinds[solid[:-1]] & _WORD) != 0
    lower = (kinds[solid] & _LOWER) != 0
    inside = solid > 0
    marks[solid[after_break & inside]] = 1
    marks[solid[~after_break & inside & (lower | after_word)]] = -1
    return marks


def _with_alternative(finder, extra: str) -> re.Pattern | None:
    """The pattern of a tokenizer's ``finder`` (a compiled pattern's bound method, or None)
    with ``extra`` as one more alternative; None when it holds ``extra`` already (the
    pipeline is shared: :func:`analysis_nlp` may run again on it)."""
    pattern = finder.__self__.pattern if finder is not None else None
    if pattern is not None and extra in pattern:
        return None
    return re.compile("|".join(filter(None, (pattern, extra))))


TITLE_ABBREVIATIONS = (
    "Lt.", "Col.", "Capt.", "Sgt.", "Maj.", "Cpl.", "Pvt.", "Det.", "Insp.", "Supt.", "Cmdr.", "Brig.",
    "Hon.", "Fr.", "Msgr.", "Atty.", "Pres.", "Ald.", "Sr.",
)
"""Abbreviated titles the English tokenizer splits from their period ("Sgt" "."), so that
the model read "call Sgt." as a sentence end and "Sgt" as a person: one token each, as "Gen."
and "Dr." already are."""


def analysis_nlp(name: str) -> Language:
    """The spaCy pipeline ``name`` (loaded once per process, :func:`get_nlp`) with
    :data:`QUOTE_INFIXES`, :data:`COMMA_INFIX` and :data:`SIGNATURE_PREFIX` in its tokenizer,
    the abbreviated titles of :data:`TITLE_ABBREVIATIONS` kept whole, :func:`dash_norms` first and
    :func:`paragraph_starts` before its parser. They are added to that one shared pipeline (a
    second copy of the model would cost its memory again), so other users of :func:`get_nlp`
    in the process see them too; they only split unspaced quotation marks and dashes off
    words, set the norms of rare dashes and mark sentence starts."""
    nlp = get_nlp(name)
    tokenizer = nlp.tokenizer
    for infix in (QUOTE_INFIXES, COMMA_INFIX):
        if (infixes := _with_alternative(tokenizer.infix_finditer, infix)) is not None:
            tokenizer.infix_finditer = infixes.finditer
    if (prefixes := _with_alternative(tokenizer.prefix_search, SIGNATURE_PREFIX)) is not None:
        tokenizer.prefix_search = prefixes.search
    for abbreviation in TITLE_ABBREVIATIONS:
        if abbreviation not in tokenizer.rules:
            tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if DASHES not in nlp.pipe_names:
        nlp.add_pipe(DASHES, first=True)  # before the token vectors that read the norms
    if NAME not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(NAME, before="parser")
        else:
            nlp.add_pipe(NAME, first=True)
    return nlp
