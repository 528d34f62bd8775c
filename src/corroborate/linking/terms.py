"""Term counts for story assignment, for many articles at once.

:func:`part_counts` is the definition, one text at a time with regular expressions: the
words of the case-folded text (runs of letters and digits, joined by single inner
apostrophes, dots or hyphens; a number's thousands separators are left out first, so "6,000"
is the word "6000"), stop words and one-letter words left out; a word with a digit
is a number and weighs ``number_weight`` times its count; any other word counts once per
occurrence plus ``name_weight - 1`` per occurrence as a name (a capitalised word after a
space that does not follow sentence punctuation).

:func:`count_terms_many` gives exactly the same dictionaries (same keys in the same order,
same float values) for a whole batch of texts with a handful of numpy passes instead of
Python work per word: all texts are joined into one code-point array; words and names are
found with lookup tables (``str.isalnum`` & co. for every BMP code point); every word gets
two independent 64-bit hashes; counting is a sort by (text, hash). A text the fast path
cannot vouch for — a code point outside the BMP, case folding that changes its length, a
word longer than 64 characters, or two different words with one hash (checked with the
second hash) — is counted by :func:`part_counts` instead.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from corroborate.linking.text import MONTHS_AND_WEEKDAYS, STOPWORDS

_TOKEN = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)
# A capitalised word not at the start of the text and not right after sentence punctuation.
_NAME = re.compile(r"(?<=[^.!?:;\"“”\n\s] )[A-Z][^\W_]*(?:['’.\-][^\W_]+)*")

# Capitalised, but naming no one: two events of one week share them.
NOT_NAMES = MONTHS_AND_WEEKDAYS

# A number written with thousands separators ("6,000", "1,200,000"): counted without them,
# so "$6,000" and "USD 6000" share a term and "000" is no term of its own. A separator is a
# comma between a digit and three digits that no fourth follows.
_SEPARATOR = re.compile(r",(?=\d{3}(?!\d))")


def ungroup_numbers(text: str) -> str:
    """``text`` with the thousands separators of its numbers removed ("6,000" -> "6000")."""
    return _SEPARATOR.sub(lambda m: "" if m.start() and text[m.start() - 1].isdigit() else ",", text)


_JOINERS = "'’.-"
_NAME_STOPS = ".!?:;\"“”\n"
_MAX_WORD = 64
_BMP = 0x10000


def part_counts(part: str, base: float, number_weight: float, name_extra: float) -> dict[str, float]:
    """Weighted counts of one text (title or body), in first-occurrence order."""
    counts: dict[str, float] = {}
    plain: Counter[str] = Counter(_TOKEN.findall(ungroup_numbers(part).casefold()))
    names: Counter[str] = Counter(m.casefold() for m in _NAME.findall(part))
    for term, c in plain.items():
        if len(term) < 2 or term in STOPWORDS:
            continue
        if not term.isalpha() and any(ch.isdigit() for ch in term):
            counts[term] = base * c * number_weight
        else:
            counts[term] = base * (c + name_extra * names.get(term, 0))
    return counts


def text_counts(title: str, body: str, title_weight: float, number_weight: float, name_extra: float) -> dict[str, float]:
    """The counts of an article: its title's (weighing ``title_weight``), then its body's."""
    return merge_parts(
        part_counts(title, title_weight, number_weight, name_extra) if title else None,
        part_counts(body, 1.0, number_weight, name_extra) if body else None,
    )


def named_terms(title: str, body: str) -> set[str]:
    """The terms of ``text_counts(title, body, ...)`` that name or number something — what
    tells one event from another of its kind: numbers; words written as names in the body;
    words written as names in the title that the body never writes starting with a lower-case
    letter (a title in title case capitalises its kind words, which the body writes in lower
    case). Weekday and month names (:data:`NOT_NAMES`) are left out."""
    counted = text_counts(title, body, 1.0, 1.0, 0.0)
    out = {t for t in counted if not t.isalpha() and any(ch.isdigit() for ch in t)}
    out |= {m.casefold() for m in _NAME.findall(body)}
    if title:
        lower = {m.casefold() for m in _TOKEN.findall(body) if not ("A" <= m[0] <= "Z")}
        out |= {w for w in (m.casefold() for m in _NAME.findall(title)) if w not in lower}
    return {t for t in out if t in counted and t not in NOT_NAMES}


def merge_parts(title: dict[str, float] | None, body: dict[str, float] | None) -> dict[str, float]:
    """Title counts, then the body's added (a word in both sums its two values)."""
    if not title:
        return dict(body) if body else {}
    out = dict(title)
    if body:
        out.update(body)
        for term in title.keys() & body.keys():
            out[term] = title[term] + body[term]
    return out


_ALNUM, _JOINER, _NAME_STOP, _UNSAFE, _DECIMAL, _WORD = 1, 2, 4, 8, 16, 32


class _Tables:
    """Per BMP code point: the character classes the word and name patterns use."""

    def __init__(self) -> None:
        chars = [chr(i) for i in range(_BMP)]
        cls = np.fromiter(map(str.isalnum, chars), dtype=np.uint8, count=_BMP) * _ALNUM
        cls[[ord(c) for c in _JOINERS]] |= _JOINER
        cls |= np.fromiter(map(str.isspace, chars), dtype=np.uint8, count=_BMP) * _NAME_STOP
        cls[[ord(c) for c in _NAME_STOPS]] |= _NAME_STOP
        # a character whose case folding is one character of another word class (U+0345):
        # words found in the folded text would not be the names found in the original
        for i, c in enumerate(chars):
            f = c.casefold()
            if len(f) == 1 and (c.isalnum() != f.isalnum() or (c in _JOINERS) != (f in _JOINERS)):
                cls[i] |= _UNSAFE
        cls |= np.fromiter(map(str.isdecimal, chars), dtype=np.uint8, count=_BMP) * _DECIMAL
        cls[(cls & _ALNUM) != 0] |= _WORD
        cls[ord("_")] |= _WORD
        self.cls = cls
        self.digit_value = np.array([int(c) if c.isdecimal() else 0 for c in chars], dtype=np.int64)
        nonalpha = ~np.fromiter(map(str.isalpha, chars), dtype=bool, count=_BMP)
        digit = np.fromiter(map(str.isdigit, chars), dtype=bool, count=_BMP)
        # both counts of a word in one number: non-letters + 128 * digits (words are <= 64 long)
        self.stats = nonalpha.astype(np.uint16) + 128 * digit.astype(np.uint16)
        stop = sorted(STOPWORDS)
        cps = _code_units("\n".join(stop))
        starts = np.cumsum([0] + [len(w) + 1 for w in stop[:-1]])
        ends = starts + np.array([len(w) for w in stop])
        h1, h2 = _interval_hashes(cps, starts, ends)
        o = np.argsort(h1)
        self.stop_h1, self.stop_h2 = h1[o], h2[o]


_tables: _Tables | None = None


def _get_tables() -> _Tables:
    global _tables
    if _tables is None:
        _tables = _Tables()
    return _tables


def _code_units(s: str) -> np.ndarray:
    return np.frombuffer(s.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)


_BASES = (np.uint64(0x100000001B3), np.uint64(0x9E3779B97F4A7C15 | 1))
_POWERS: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _powers(which: int, n: int) -> tuple[np.ndarray, np.ndarray]:
    cached = _POWERS.get(which)
    if cached is None or len(cached[0]) < n + 1:
        size = max(n + 1, 2 * (0 if cached is None else len(cached[0])), 1 << 17)
        base = _BASES[which]
        inv = np.uint64(pow(int(base), -1, 2**64))
        with np.errstate(over="ignore"):
            out = []
            for b in (base, inv):
                steps = np.full(size, b, dtype=np.uint64)
                steps[0] = 1
                out.append(np.cumprod(steps, dtype=np.uint64))
        _POWERS[which] = cached = (out[0], out[1])
    return cached


def _interval_hashes(cps: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two independent 64-bit polynomial hashes of ``cps[s:e]`` for every interval."""
    out = []
    n = len(cps)
    values = cps.astype(np.uint64)
    values += np.uint64(1)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    length = (ends - starts).astype(np.uint64)
    with np.errstate(over="ignore"):
        for which in (0, 1):
            pw, inv = _powers(which, n)
            np.multiply(values, pw[:n], out=prefix[1:])
            np.cumsum(prefix[1:], out=prefix[1:])
            h = (prefix[ends] - prefix[starts]) * inv[starts]
            h ^= length
            # scramble (splitmix64 finaliser): the top bits alone must tell words apart
            h ^= h >> np.uint64(30)
            h *= np.uint64(0xBF58476D1CE4E5B9)
            h ^= h >> np.uint64(27)
            h *= np.uint64(0x94D049BB133111EB)
            h ^= h >> np.uint64(31)
            out.append(h)
    return out[0], out[1]


_CHUNK_CHARS = 60_000


def count_terms_many(
    items: Sequence[tuple[str | None, str]],
    title_weight: float,
    number_weight: float,
    name_extra: float,
    max_body_chars: int,
    years: list[int | None] | None = None,
    named: list[np.ndarray | None] | None = None,
) -> list[tuple[list[str], np.ndarray]]:
    """For each (title, text): the terms of ``text_counts(title, text[:max_body_chars],
    ...)`` and their values, as a list and a float array, in that dictionary's order. With ``years`` (a list as long as ``items``),
    also :func:`latest_year` of each into it; with ``named`` (likewise), a boolean array by
    term: is it in :func:`named_terms`."""
    out: list[tuple[list[str], np.ndarray] | None] = [None] * len(items)
    raw = [(title or "", text[:max_body_chars]) for title, text in items]
    # the fast path reads the words of the numbers as :func:`part_counts` does
    parts = [(ungroup_numbers(t), ungroup_numbers(b)) for t, b in raw]
    folded = [(t.casefold(), b.casefold()) for t, b in parts]
    fast = [i for i, ((t, b), (ft, fb)) in enumerate(zip(parts, folded)) if len(ft) == len(t) and len(fb) == len(b)]
    start = 0
    while start < len(fast):
        end, size = start, 0
        while end < len(fast) and (end == start or size < _CHUNK_CHARS):
            t, b = parts[fast[end]]
            size += len(t) + len(b) + 2
            end += 1
        _count_fast(fast[start:end], parts, folded, title_weight, number_weight, name_extra, out, years, named)
        start = end
    if years is not None:
        # a year is read as written: "2,016 people" is no year, though its words are "2016"
        for i in fast:
            if parts[i] != raw[i]:
                years[i] = latest_year(*raw[i])
    for i, slot in enumerate(out):
        if slot is None:  # the exact, one-text-at-a-time definition
            t, b = raw[i]
            counts = text_counts(t, b, title_weight, number_weight, name_extra)
            out[i] = (list(counts), np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
            if years is not None:
                years[i] = latest_year(t, b)
            if named is not None:
                found = named_terms(t, b)
                named[i] = np.fromiter((term in found for term in counts), dtype=bool, count=len(counts))
    return out  # type: ignore[return-value]


# A year (1950-2049) not inside a longer number or word. The lookbehind comes after the
# digits (it then looks at the character before them) so the search can skip to a 1 or a 2.
YEAR = re.compile(r"((?:19[5-9]|20[0-4])\d)(?<![\w.,]\d{4})(?![\w]|[.,]\d)")


def latest_year(title: str | None, text: str) -> int | None:
    """The latest year (1950-2049) written in the title or text: usually the event's year."""
    years = [int(y) for y in YEAR.findall(f"{title or ''}\n{text}")]
    return max(years) if years else None


def _count_fast(
    which: list[int],
    parts: list[tuple[str, str]],
    folded: list[tuple[str, str]],
    title_weight: float,
    number_weight: float,
    name_extra: float,
    out: list,
    years: list[int | None] | None = None,
    named: list[np.ndarray | None] | None = None,
) -> None:
    """Count the articles ``which`` into ``out``; an article the fast path cannot vouch for
    is left ``None`` (the caller counts it exactly)."""
    t = _get_tables()
    orig_s = "\n".join(p for i in which for p in parts[i])
    cf_s = "\n".join(p for i in which for p in folded[i])
    cf, orig = _code_units(cf_s), _code_units(orig_s)
    if len(cf) != len(cf_s) or len(orig) != len(orig_s):  # outside the BMP: one by one
        if len(which) == 1:
            return
        half = len(which) // 2
        _count_fast(which[:half], parts, folded, title_weight, number_weight, name_extra, out, years, named)
        _count_fast(which[half:], parts, folded, title_weight, number_weight, name_extra, out, years, named)
        return
    # text j of the batch: article which[j // 2], its title (even j) or body (odd j)
    lengths = [len(p) + 1 for i in which for p in parts[i]]
    part_start = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=part_start[1:])
    n_articles = len(which)
    bad = np.zeros(n_articles, dtype=bool)

    cls = t.cls[cf]
    unsafe = np.flatnonzero(t.cls[orig] & _UNSAFE)
    if len(unsafe):
        bad[(np.searchsorted(part_start, unsafe, "right") - 1) // 2] = True
    # words: runs of alphanumerics, a joiner counting when alphanumerics stand on both sides
    alnum = (cls & _ALNUM).view(bool)
    k = alnum.copy()
    if len(k) > 2:
        k[1:-1] |= (cls[1:-1] & _JOINER).astype(bool) & alnum[:-2] & alnum[2:]
    edges = np.flatnonzero(np.diff(np.concatenate([[0], k.view(np.int8), [0]])))
    ws, we = edges[0::2], edges[1::2]
    if len(ws) == 0:
        for j, i in enumerate(which):
            if not bad[j]:
                out[i] = ([], np.zeros(0))
                if years is not None:
                    years[i] = latest_year(*parts[i])
                if named is not None:
                    named[i] = np.zeros(0, dtype=bool)
        return
    part = np.searchsorted(part_start, ws, "right") - 1
    art = part // 2
    is_title = (part & 1) == 0
    too_long = we - ws > _MAX_WORD
    if too_long.any():
        bad[art[too_long]] = True
    # a name: a capital A-Z after a space that does not follow sentence punctuation
    name = (orig[ws] >= 65) & (orig[ws] <= 90) & (ws >= 2)
    cand = ws[name]
    name[name] = (orig[cand - 1] == 32) & ((t.cls[orig[cand - 2]] & _NAME_STOP) == 0)
    h1, h2 = _interval_hashes(cf, ws, we)
    # group equal (article, hash): one sort key, the article in the top bits and the hash
    # below (a group is then checked to hold one hash pair: any clash is counted exactly)
    bits = max(1, n_articles.bit_length())
    key = (art.astype(np.uint64) << np.uint64(64 - bits)) | (h1 >> np.uint64(bits))
    order = key.argsort()
    g_key = key[order]
    first = np.concatenate([[True], g_key[1:] != g_key[:-1]])
    gstart = np.flatnonzero(first)
    group = np.cumsum(first) - 1
    head = np.minimum.reduceat(order, gstart)  # a group's first occurrence
    clash = (h1[order] != h1[head][group]) | (h2[order] != h2[head][group])
    if clash.any():
        bad[art[order[clash]]] = True
    n_groups = len(gstart)
    title_o = is_title[order]
    name_o = name[order]
    n_title = np.bincount(group, weights=title_o, minlength=n_groups)
    n_body = np.bincount(group, minlength=n_groups) - n_title
    names_title = np.bincount(group, weights=name_o & title_o, minlength=n_groups)
    names_body = np.bincount(group, weights=name_o & ~title_o, minlength=n_groups)
    if named is not None:  # body occurrences not starting with a capital A-Z
        capital = (orig[ws] >= 65) & (orig[ws] <= 90)
        lower_body = np.bincount(group, weights=~capital[order] & ~title_o, minlength=n_groups)
    # stop words and one-letter words out; a stop word is a match of both hashes
    hh1, hh2 = h1[head], h2[head]
    at = np.minimum(np.searchsorted(t.stop_h1, hh1), len(t.stop_h1) - 1)
    stop = (t.stop_h1[at] == hh1) & (t.stop_h2[at] == hh2)
    keep = ~stop & (we[head] - ws[head] >= 2)
    # a group's first occurrence is its place: the title's words first, then the body's
    idx = np.flatnonzero(keep)
    idx = idx[np.argsort(head[idx], kind="stable")]
    head = head[idx]
    n_title, n_body, names_title, names_body = n_title[idx], n_body[idx], names_title[idx], names_body[idx]
    if named is not None:
        lower_body = lower_body[idx]
    # letters and digits of each word: is it a number (not all letters, has a digit)?
    st = np.zeros(len(cf) + 1, dtype=np.uint16)
    np.take(t.stats, cf, out=st[:-1])
    bounds = np.empty(2 * len(head), dtype=np.int64)
    bounds[0::2], bounds[1::2] = ws[head], we[head]
    sums = np.add.reduceat(st, bounds, dtype=np.uint16)[0::2]
    number = ((sums & 127) > 0) & ((sums >> 7) > 0)
    # the values of part_counts, operation for operation
    with np.errstate(invalid="ignore"):
        v_title = np.where(number, (title_weight * n_title) * number_weight,
                           title_weight * (n_title + name_extra * names_title))
        v_body = np.where(number, (1.0 * n_body) * number_weight, 1.0 * (n_body + name_extra * names_body))
    values = np.where(n_title == 0, v_body, np.where(n_body == 0, v_title, v_title + v_body))
    terms = [cf_s[a:b] for a, b in zip(ws[head].tolist(), we[head].tolist())]
    cut = np.searchsorted(art[head], np.arange(n_articles + 1)).tolist()
    year = _latest_years(orig, part_start[0::2][: n_articles + 1], t) if years is not None else None
    if named is not None:  # named_terms, by term
        is_named = number | (names_body > 0) | ((names_title > 0) & (lower_body == 0))
        is_named &= np.fromiter((term not in NOT_NAMES for term in terms), dtype=bool, count=len(terms))
    for j, i in enumerate(which):
        if not bad[j]:
            out[i] = (terms[cut[j] : cut[j + 1]], values[cut[j] : cut[j + 1]])
            if years is not None:
                years[i] = None if year[j] < 0 else int(year[j])
            if named is not None:
                named[i] = is_named[cut[j] : cut[j + 1]]


def _latest_years(o: np.ndarray, starts: np.ndarray, t: _Tables) -> np.ndarray:
    """For each text ``o[starts[j]:starts[j + 1]]``: the latest year :data:`YEAR` finds (-1
    if none): 19[5-9]d or 20[0-4]d, not after a word character, dot or comma, and not before
    a word character or a dot or comma followed by a digit. (Texts are joined by line breaks,
    which no year touches, so the ends behave as the ends of one text.)"""
    n = len(starts) - 1
    out = np.full(n, -1, dtype=np.int64)
    if len(o) < 4:
        return out
    head = o[:-3]
    p = np.flatnonzero((head == 49) | (head == 50))
    if len(p) == 0:
        return out
    c0, c1, c2, c3 = o[p], o[p + 1], o[p + 2], o[p + 3]
    ok = ((c0 == 49) & (c1 == 57) & (c2 >= 53) & (c2 <= 57)) | ((c0 == 50) & (c1 == 48) & (c2 >= 48) & (c2 <= 52))
    ok &= (t.cls[c3] & _DECIMAL) != 0
    before = o[np.maximum(p - 1, 0)]
    ok &= (p == 0) | (((t.cls[before] & _WORD) == 0) & (before != 46) & (before != 44))
    after = np.minimum(p + 4, len(o) - 1)
    a0 = o[after]
    a1 = o[np.minimum(p + 5, len(o) - 1)]
    at_end = p + 4 >= len(o)
    ok &= at_end | ((t.cls[a0] & _WORD) == 0)
    ok &= at_end | ~(((a0 == 46) | (a0 == 44)) & (p + 5 < len(o)) & ((t.cls[a1] & _DECIMAL) != 0))
    p = p[ok]
    if len(p) == 0:
        return out
    value = (o[p] - 48) * 1000 + (o[p + 1] - 48) * 100 + (o[p + 2] - 48) * 10 + t.digit_value[o[p + 3]]
    np.maximum.at(out, np.searchsorted(starts, p, "right") - 1, value.astype(np.int64))
    return out
