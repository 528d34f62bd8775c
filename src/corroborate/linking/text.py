"""Text pieces shared by the linking modules: words, stable hashes, sentences with offsets,
excerpts shortened for a reason in words.

Linking works from the stored text alone; per-article analysis is an optional extra.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

# scikit-learn's ENGLISH_STOP_WORDS (318 words), copied: importing scikit-learn for it took seconds
# in every process that links (tests/linking check the copy still matches when it is installed).
ENGLISH_STOP_WORDS: frozenset[str] = frozenset(
    {
        "a", "about", "above", "across", "after", "afterwards", "again", "against", "all", "almost", "alone",
        "along", "already", "also", "although", "always", "am", "among", "amongst", "amoungst", "amount", "an",
        "and", "another", "any", "anyhow", "anyone", "anything", "anyway", "anywhere", "are", "around", "as",
        "at", "back", "be", "became", "because", "become", "becomes", "becoming", "been", "before",
        "beforehand", "behind", "being", "below", "beside", "besides", "between", "beyond", "bill", "both",
        "bottom", "but", "by", "call", "can", "cannot", "cant", "co", "con", "could", "couldnt", "cry", "de",
        "describe", "detail", "do", "done", "down", "due", "during", "each", "eg", "eight", "either", "eleven",
        "else", "elsewhere", "empty", "enough", "etc", "even", "ever", "every", "everyone", "everything",
        "everywhere", "except", "few", "fifteen", "fifty", "fill", "find", "fire", "first", "five", "for",
        "former", "formerly", "forty", "found", "four", "from", "front", "full", "further", "get", "give",
        "go", "had", "has", "hasnt", "have", "he", "hence", "her", "here", "hereafter", "hereby", "herein",
        "hereupon", "hers", "herself", "him", "himself", "his", "how", "however", "hundred", "i", "ie", "if",
        "in", "inc", "indeed", "interest", "into", "is", "it", "its", "itself", "keep", "last", "latter",
        "latterly", "least", "less", "ltd", "made", "many", "may", "me", "meanwhile", "might", "mill", "mine",
        "more", "moreover", "most", "mostly", "move", "much", "must", "my", "myself", "name", "namely",
        "neither", "never", "nevertheless", "next", "nine", "no", "nobody", "none", "noone", "nor", "not",
        "nothing", "now", "nowhere", "of", "off", "often", "on", "once", "one", "only", "onto", "or", "other",
        "others", "otherwise", "our", "ours", "ourselves", "out", "over", "own", "part", "per", "perhaps",
        "please", "put", "rather", "re", "same", "see", "seem", "seemed", "seeming", "seems", "serious",
        "several", "she", "should", "show", "side", "since", "sincere", "six", "sixty", "so", "some",
        "somehow", "someone", "something", "sometime", "sometimes", "somewhere", "still", "such", "system",
        "take", "ten", "than", "that", "the", "their", "them", "themselves", "then", "thence", "there",
        "thereafter", "thereby", "therefore", "therein", "thereupon", "these", "they", "thick", "thin",
        "third", "this", "those", "though", "three", "through", "throughout", "thru", "thus", "to", "together",
        "too", "top", "toward", "towards", "twelve", "twenty", "two", "un", "under", "until", "up", "upon",
        "us", "very", "via", "was", "we", "well", "were", "what", "whatever", "when", "whence", "whenever",
        "where", "whereafter", "whereas", "whereby", "wherein", "whereupon", "wherever", "whether", "which",
        "while", "whither", "who", "whoever", "whole", "whom", "whose", "why", "will", "with", "within",
        "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves",
    }
)

STOPWORDS: frozenset[str] = ENGLISH_STOP_WORDS | frozenset(
    {
        "said", "says", "say", "told", "according", "also", "would", "could", "new", "one", "two",
        "year", "years", "time", "people", "like", "just", "including", "day", "week", "advertisement",
        "continue", "reading", "main", "story", "photo", "image", "caption", "getty", "images",
        "mr", "mrs", "ms", "dr", "s", "t", "don", "it's", "he's", "she's", "that's",
    }
)

_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)
_SENT_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|U\.S|U\.K|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m)\.|\b[A-Z]\.)$"
)


def words(text: str) -> list[str]:
    """Lower-cased words (letters or digits, inner apostrophes/dots/hyphens kept)."""
    return _WORD.findall(text.casefold())


def word_spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters: cut at the last space past half of
    that (else mid-word) and ended with "…" when it is longer."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def stable_hash(token: str) -> int:
    """A 32-bit hash that is the same in every process (unlike ``hash``)."""
    return zlib.crc32(token.encode("utf-8", "surrogatepass"))


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[SentenceSpan]:
    """Sentences (and paragraph lines) with character offsets into ``text``.

    A light splitter: line breaks and sentence-final punctuation followed by a capital, not
    after a common abbreviation or an initial."""
    out: list[SentenceSpan] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if "\n" not in m.group() and _ABBREV.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        _emit(text, start, m.start(), out)
        start = m.end()
    _emit(text, start, len(text), out)
    return out


def _emit(text: str, start: int, end: int, out: list[SentenceSpan]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        out.append(SentenceSpan(start, end, text[start:end]))


MONTHS_AND_WEEKDAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})
"""The months and weekdays, written out."""

_DATELINE_WORDS = MONTHS_AND_WEEKDAYS | frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "am", "pm", "a", "m", "p", "gmt", "utc", "est",
    "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "et", "updated", "last", "posted", "published",
})
"""Words of a dateline: months, weekdays, times and zones, "Updated", "Posted"."""


_SITE_WORDS = frozenset({
    "news", "search", "home", "homepage", "world", "international", "latest", "breaking", "online", "today",
    "live", "video", "videos", "page", "top", "stories", "headlines", "edition", "english", "official", "site",
    "website", "the", "and", "of",
})
"""Words of a site's own page title ("World news - RT International", "NPR Search : NPR")."""


def event_title(title: str | None, outlet: str | None = None) -> str | None:
    """``title`` as a headline of the event, or None when it holds no word but dates and
    times ("Saturday, August 24, 2013", "Posted 11 / 27 / 2005 7: 21 AM", "Last Updated:
    Monday, 28 November 2005, 02: 24 GMT"), or no word but the site's name (written in
    ``outlet``, its domain) and words of a site's pages ("ABC News" of abcnews.go.com, "NPR
    Search : NPR", "World news - RT International", "Latest News"): a dateline or a site's
    name taken for the title says nothing of the event, so it does not headline a story.
    (Story assignment still weighs its words as title words: leaving a dateline's out was
    measured, ECB+ 0.935 against 0.937.)"""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", title or "")]
    if not title or all(w in _DATELINE_WORDS for w in words):
        return None
    site = re.sub(r"[^a-z0-9]", "", (outlet or "").lower())
    if all(w in _SITE_WORDS or (len(w) > 1 and w in site) for w in words):
        return None
    return title


def lead(title: str | None, text: str, max_chars: int = 400) -> str:
    """Title plus the opening of the body: what an article is about, for embeddings."""
    body = " ".join(s.text for s in sentences(text[: max_chars * 2])[:3])[:max_chars]
    return f"{title}. {body}" if title else body
