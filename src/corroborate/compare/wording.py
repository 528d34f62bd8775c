"""Comparing wordings: normalisation levels and word-level diffs.

Levels, from strict to loose, used to tell a verbatim quote from a cosmetic variant:

* :func:`typographic` — quote marks, dashes, apostrophes and whitespace unified;
* :func:`cosmetic_tokens` — also case, punctuation, editorial brackets ("relations(hip)",
  "[the] minister"), ellipses and British/American spelling.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from corroborate.compare.types import WordDiff

_QUOTES = str.maketrans({
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "′": "'",
    "–": "-", "—": "-", "‒": "-", "―": "-", "\u00a0": " ",
})
_WS = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"\.\s*\.\s*\.|…")
_BRACKETED = re.compile(r"[\[(]([^\])]{0,40})[\])]")
_WORD = re.compile(r"\.\.\.|[\w']+|[^\w\s]")  # an ellipsis ("…" is "..." after NFKC) is one token

# British -> American endings, applied to whole words (a small, safe set).
_SPELLING = [
    (re.compile(r"(\w{2,})our$"), r"\1or"),  # colour, labour, favour
    (re.compile(r"(\w{3,})is(e|ed|es|ing|ation)$"), r"\1iz\2"),  # organise, realised
    (re.compile(r"(\w{2,})ys(e|ed|es|ing)$"), r"\1yz\2"),  # analyse
    (re.compile(r"(\w{2,})tre(s?)$"), r"\1ter\2"),  # centre, theatre
    (re.compile(r"(\w{2,})ll(ed|ing|er)$"), r"\1l\2"),  # travelled, cancelling
    (re.compile(r"(\w{2,})ogue$"), r"\1og"),  # catalogue
    (re.compile(r"(\w{2,})ence$"), r"\1ense"),  # defence, licence
]


def typographic(text: str) -> str:
    """Unify quote marks, apostrophes, dashes and whitespace; keep words and case."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _WS.sub(" ", text).strip().strip("\"'").strip()


def _americanise(word: str) -> str:
    for pattern, repl in _SPELLING:
        new = pattern.sub(repl, word)
        if new != word:
            return new
    return word


_IRREGULAR = {"won't": ["will", "not"], "can't": ["can", "not"], "cannot": ["can", "not"], "shan't": ["shall", "not"]}
_CONTRACTION = re.compile(r"^(\w+)(n't|'re|'ve|'ll|'m)$")
_EXPANDED = {"n't": "not", "'re": "are", "'ve": "have", "'ll": "will", "'m": "am"}


def _expand(word: str) -> list[str]:
    """A contraction as its words ("we're" -> we are, "won't" -> will not); "'s" and "'d"
    (is or has, would or had) are left alone."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    match = _CONTRACTION.match(word)
    return [match.group(1), _EXPANDED[match.group(2)]] if match else [word]


def cosmetic_tokens(text: str) -> list[str]:
    """Words of ``text`` with everything a copy editor may change without changing the words:
    case, punctuation, editorial brackets, ellipses, spelling variety, contractions."""
    text = typographic(text)
    text = _ELLIPSIS.sub(" ", text)
    text = _BRACKETED.sub(lambda m: m.group(1), text)  # "relations(hip)" -> "relationship"
    words = [w.strip("'") for w in re.findall(r"[\w']+", text.casefold())]
    return [_americanise(x) for w in words if w for x in _expand(w)]


def tokens(text: str) -> list[str]:
    """Words and punctuation as written (for diffs shown to a person)."""
    return _WORD.findall(typographic(text))


def word_diff(ref: str, other: str) -> tuple[WordDiff, ...]:
    """Word-level diff of ``other`` against ``ref`` (case- and punctuation-insensitive
    matching, original words shown)."""
    a, b = tokens(ref), tokens(other)
    key_a = [w.casefold() for w in a]
    key_b = [w.casefold() for w in b]
    ops: list[WordDiff] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, key_a, key_b, autojunk=False).get_opcodes():
        ops.append(WordDiff(op=tag, ref=" ".join(a[i1:i2]), other=" ".join(b[j1:j2])))  # type: ignore[arg-type]
    return tuple(ops)


def changed_words(diff: tuple[WordDiff, ...], inner: bool = False) -> list[tuple[str, str]]:
    """The (ref, other) word changes of a diff, ignoring punctuation-only edits. With
    ``inner``, words of the reference left off before the first shared token or after the
    last are not changes: a partial quote may start and end anywhere in the remark (a word
    cut before a shared closing full stop is a change: "its head tonight." / "its head.")."""
    shared = [n for n, op in enumerate(diff) if op.op == "equal"]
    first, last = (shared[0], shared[-1]) if shared else (0, len(diff) - 1)
    out = []
    for n, op in enumerate(diff):
        if op.op == "equal":
            continue
        if inner and shared and op.op == "delete" and (n < first or n > last):
            continue
        if not re.search(r"\w", op.ref + op.other):
            continue
        out.append((op.ref, op.other))
    return out


def overlap(a: list[str], b: list[str]) -> float:
    """Share of the shorter token list matched, in order, in the longer (0..1)."""
    if not a or not b:
        return 0.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / min(len(a), len(b))


def similarity(a: list[str], b: list[str]) -> float:
    """Symmetric token similarity (0..1): matched tokens over the longer list."""
    if not a or not b:
        return 0.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / max(len(a), len(b))


def is_contiguous_part(part: list[str], whole: list[str]) -> bool:
    """True when ``part`` occurs as a contiguous run of ``whole``."""
    n = len(part)
    if n == 0 or n > len(whole):
        return False
    return any(whole[i : i + n] == part for i in range(len(whole) - n + 1))
