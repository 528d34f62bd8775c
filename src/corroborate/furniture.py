"""Page furniture: the words a web page puts around an article that are not the article's.

Text taken from news pages (news-please's ``maintext``, a feed's content, a scrape) often
keeps them: "Advertisement Continue reading the main story", a newsletter box ("Invalid
email address. Please re-enter. …"), "Scroll down for video", a tabloid's call for tips,
a transcript's notice. Read as the article's own, they gave briefs a key person called
"Invalid" and a summary sentence "Re-enter zip code or sign up for digital access."

:func:`furniture_spans` finds them in a text: a sentence of :data:`ALONE` wherever it
stands, and a sentence of :data:`IN_A_RUN` only beside another piece of furniture (alone,
"Please try again later." may be someone's words). The analysis leaves out what lies inside
them (sentences, names, quotes, numbers, dates); the stored text stays as it was read.
Ingest refuses an item whose text is nothing but furniture (a scrape that caught only the
page's frame): it holds no article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_APOSTROPHE = "['’]"

ALONE = (
    r"Advertisement\s+Continue reading the main story",
    r"Continue reading the main story",
    r"Newsletter\s+Sign Up\s+Continue reading the main story[^\n]*",  # a newsletter box: its whole line
    r"Sign Up\s+Continue reading the main story",
    rf"Please verify you{_APOSTROPHE}re not a robot by clicking the box\.",
    r"You must select a newsletter to subscribe to\.",
    r"Sign Up\s+You agree to receive occasional updates and special offers for [^.\n]{3,60}\.",
    r"View all [A-Z][^.\n]{0,40} newsletters\.",
    r"Re-enter zip code or sign up for digital access\.",
    r"Scroll down for video\.?",
    r"Media playback is unsupported on your device",
    r"Do you have a story for The Sun Online news team\?",
    # the Sun's boxes of other stories' teasers, each one line: "MOST READ IN NEWS 'I'M
    # MADDIE!' Student jokes …", "Most Read In TV & Showbiz LEW WANTED SEX …", "Related
    # stories OH NO, MO Moeen Ali doubt …"
    r"(?<![^\n])(?:MOST READ IN [A-Z&]+(?: [A-Z&]+)*|Most Read In [A-Z][\w&]*(?: [A-Z&][\w&]*)*) [^\n]*",
    r"(?<![^\n])Related [Ss]tories (?=[A-Z'‘])[^\n]*",
    # "more on space and astronomy OUT OF THIS WORLD Space rock found in Egypt …": the same
    # box, headed by its topic in lower case, each teaser led by a label in capitals
    r"(?<![^\n])more on (?:[a-z]+ ){1,5}(?=[A-Z]{2,}\b)[^\n]*",
    # a line linking to another story: "READ MORE: Second kidnapped schoolgirl found",
    # "More: After the Elon Musk show, Tesla questions linger", "Related: 34 things to know …"
    r"(?<![^\n])(?:READ MORE|Read more|More|Related|RELATED): [A-Z0-9'‘\"“][^\n]{0,200}(?![^\n])",
    # or a line in square brackets, another story's headline: "[North Korea announces plan to
    # launch rocket carrying observation satellite]"
    r"(?<![^\n])\[[A-Z0-9'‘\"“][^\[\]\n]{10,200}\](?![^\n])",
    # or a line that ends so: "I was Mark Zuckerberg's mentor. Today I would tell him: … Read more"
    r"(?<![^\n])[^\n]{1,200} (?:Read more|READ MORE)(?![^\n])",
    # a video carousel's frame, its heading in capitals and the next video's title with its
    # running time: "13 of 41 Skip in Skip x Embed x Share CLOSE WHAT YOU NEED TO KNOW ABOUT
    # ELON MUSK Elon Musk says global race for A.I. will cause WW3 | 0:56", with the credit of
    # the video before it, after that video's last sentence ("Brett Larson ex Buzz60", "USA TODAY")
    r"(?:(?<=[.!?\"”'’] )[A-Z][\w.’'-]*(?: (?:ex|[A-Z0-9][\w.’'-]*)){0,5} )?\d+ of \d+ Skip in Skip x Embed x Share CLOSE(?: [A-Z0-9’'&,:-]+\b)*(?: [^|\n]{1,150}? \| \d{1,2}:\d\d(?= |$))?",
    r"Email us at tips@[\w.-]+ or call [\d ]+\.?",
    r"We pay for your stories!",
    r"Click here to upload yours\.",
    r"Could not subscribe, try again later\.?",
    rf"Chat with us in Facebook Messenger\. Find out what{_APOSTROPHE}s happening in the world as it unfolds\.",
    r"External links are provided for reference purposes\.",
    r"ABC News is not responsible for the content of external Internet sites\.",
    r"Copyright ©\s*\d{4} ABC News Internet Ventures\.",
    r"Yahoo! - ABC News Network",
    r"Visit our website terms of use and permissions pages at [\w.]+ for further information\.",
    r"NPR transcripts are created on a rush deadline by [^\n]{3,200}? developed with NPR\.",
    r"This text may not be in its final form and may be updated or revised in the future\.",
    rf"The authoritative record of NPR{_APOSTROPHE}s programming is the audio record\.",
)
"""Furniture wherever it stands: no article says these words of its own."""

IN_A_RUN = (
    r"Advertisement",
    r"Invalid email(?: address)?\.?",
    r"Please re-enter\.",
    r"Thank you for subscribing[.!]",
    r"An error has occurred\.",
    r"Please try again later\.",
    r"(?:Newsletter\s+)?Sign Up",
    r"We pay for videos too\.",
    r"Accuracy and availability may vary\.",
)
"""Furniture only beside other furniture."""

_ALONE = re.compile("|".join(f"(?:{p})" for p in ALONE))
_ANY = re.compile("|".join(f"(?:{p})" for p in (*ALONE, *IN_A_RUN)))


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the page furniture in ``text``, in order, runs merged."""
    pieces: list[tuple[int, int, bool]] = []
    for m in _ANY.finditer(text):
        s, e = m.span()
        if (s > 0 and not (text[s - 1].isspace() or text[s - 1] in ".!?")) or (e < len(text) and not text[e].isspace()):
            continue  # part of a sentence: "Sign Up" inside "Sign Up Here To Win" is no furniture
        pieces.append((s, e, _ALONE.fullmatch(text, s, e) is not None))
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int, bool]] = []

    def close() -> None:
        if run and (len(run) > 1 or run[0][2]):
            out.append((run[0][0], run[-1][1]))
        run.clear()

    for piece in pieces:
        if run and text[run[-1][1] : piece[0]].strip():
            close()
        run.append(piece)
    close()
    return out


def only_furniture(text: str) -> bool:
    """Whether ``text`` holds nothing but page furniture (and white space)."""
    if _ANY.match(text, len(text) - len(text.lstrip())) is None:
        return False  # (an article opens with its own words: no need to read it all)
    spans = furniture_spans(text)
    return bool(spans) and not any(text[a:b].strip() for a, b in outside(0, len(text), spans))


def outside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces of ``start``–``end`` outside ``spans`` (sorted, not overlapping)."""
    pieces, at = [], start
    for a, b in spans:
        if b <= at or a >= end:
            continue
        if a > at:
            pieces.append((at, a))
        at = max(at, b)
    if at < end:
        pieces.append((at, end))
    return pieces
