"""Credits in article text: copyright lines, wire datelines, "X contributed reporting",
"Reporting by …", photo credits. Found as spans; the text is never changed."""

from __future__ import annotations

import os
import re

from corroborate.types import Credit

# Agency names as written -> canonical name. Keys are matched case-sensitively for acronyms.
AGENCIES: dict[str, str] = {
    "AP": "Associated Press",
    "Associated Press": "Associated Press",
    "The Associated Press": "Associated Press",
    "Reuters": "Reuters",
    "Thomson Reuters": "Reuters",
    "Thomson/Reuters": "Reuters",
    "AFP": "Agence France-Presse",
    "Agence France-Presse": "Agence France-Presse",
    "Agence France Presse": "Agence France-Presse",
    "Bloomberg": "Bloomberg",
    "CP": "Canadian Press",
    "The Canadian Press": "Canadian Press",
    "Canadian Press": "Canadian Press",
    "PA": "PA Media",
    "dpa": "dpa",
    "DPA": "dpa",
    "UPI": "United Press International",
    "Xinhua": "Xinhua",
    "EFE": "EFE",
    "ANSA": "ANSA",
    "Kyodo": "Kyodo",
    "Yonhap": "Yonhap",
    "TASS": "TASS",
    "PTI": "Press Trust of India",
    "AAP": "Australian Associated Press",
}
_AGENCY_ALT = "|".join(sorted((re.escape(k) for k in AGENCIES), key=len, reverse=True))

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# Picture agencies, whose name is a photo's credit where a credit stands: opening or closing a
# line or a caption ("Getty Images Massa sits down …"), in brackets, after a photographer's
# slash; and wires, whose name is a photo's credit only after a photographer's ("Jane
# Barlow/PA", "(Brett Coomer/AP)").
_PICTURE_AGENCIES = (
    r"Getty Images|Getty|GETTY IMAGES|GETTY|Rex Features|Rex Shutterstock|Shutterstock|Splash News|Alamy"
    r"|USA TODAY Sports|USA Today Sports|Usa Today Sports"
    r"|Pixel ?8000|SWNS|BNPS|Caters News|WENN|BACKGRID|Backgrid"  # (the British and American tabloids' agencies)
)
# a photographer's name, or an agency's, before the slash of a credit: "Jae C. Hong", "AFP"
_PHOTOGRAPHER = r"\b[A-Z][\w'’-]*(?: [A-Z]\.)?(?: [A-Z][\w'’-]*)?"
_WIRE_PHOTO = r"AP|AFP|EPA|PA|REX|Rex|Reuters|REUTERS|Getty Images|Getty|DPA|dpa|Landov|Pool|Invision|File"

_PATTERNS: list[tuple[str, re.Pattern[str]] | tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (
        "copyright",
        re.compile(
            r"(?m)^[^\S\n]*(?:©|\(c\)|Copyright\b)[^\n]{0,160}$|(?:©|Copyright ©?)\s*\d{4}[^\n.]{0,100}",
            re.IGNORECASE,
        ),
    ),
    (
        "dateline",
        # "OTTAWA (Reuters) -", "PORT VALEN, March 12 (MPA) —", "(AP) —" at a paragraph start.
        re.compile(
            r"(?m)^[^\S\n]*(?:[A-Z][A-Za-z.'’-]*(?:[ ,]+[A-Z][A-Za-z.'’-]*)*(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*)?"
            r"\((?P<agency>[A-Z][A-Za-z&/. -]{1,40}?)\)\s*[-—–]+"
        ),
    ),
    (
        "contributed",
        # Anchored at a sentence start (text start, after a newline or after ". "), so
        # the engine does not rescan every sentence from every position.
        re.compile(
            r"(?:^|(?<=\n)|(?<=\. ))[^.\n]*\b(?:contributed (?:reporting|to (?:this|the) "
            r"(?:report|story|article))|contributed\.)[^\n]*"
        ),
    ),
    (
        "reporting",
        re.compile(
            r"(?m)^[^\S\n]*[(\[]?(?:Reporting|Additional reporting|Writing|Editing) by [^\n]+"
            # a reporter's sign-off: "Follow USA TODAY reporter Mike Snider on Twitter: @MikeSnider."
            r"|^[^\S\n]*Follow (?!us\b)[^\n]{2,80}? on (?:Twitter|Instagram|Facebook)\b[^\n]*"
        ),
    ),
    # photo credits: several patterns, each tried only on a text holding what it needs (its
    # guard), so that the many ways of crediting a picture cost little on a text with none
    (
        "photo",
        re.compile(
            # in brackets: "(AP Photo/Kim Lee)", "(Brett Coomer/AP)", "(Photo: SpaceX via Florida
            # Today)", "(Courtesy of Brian Buonassissi)"
            r"\((?:(?:AP|Reuters|AFP|Getty|EPA|[A-Z][A-Za-z]+) Photo(?:/[^)\n]{1,80})?"
            r"|(?:Photo|Image|Photograph)s?(?: by|:)\s*[^()\n]{1,80}|Courtesy of [^()\n]{1,80}"
            rf"|[A-Z][^()\n]{{0,60}}?/\s*(?:{_WIRE_PHOTO})(?:[/ ,][^()\n]{{0,30}})?)\)"
            # opening a line
            r"|(?m:^[^\S\n]*(?:"
            r"(?:Photo|Photograph|Image|Picture|Photo credit)s?\s*(?:by|:)\s*[^\n]{2,120}$"
            # a photographer and an outlet on a line of their own, under a picture: "Stephen Shankland/CNET"
            r"|[A-Z][\w'’-]+(?: [A-Z]\.)? [A-Z][\w'’-]+ ?/ ?[A-Z][\w&.-]+[^\S\n]*$"
            # a gallery's picture on a line of its own: "8/34 23 November 2017 Shoppers pass … AFP/Getty Images"
            rf"|\d{{1,2}}/\d{{1,2}} \d{{1,2}} (?:{_MONTHS}) \d{{4}}\b[^\n]*"
            # NPR's "Enlarge this image toggle caption Joe Raedle/Getty Images Joe Raedle/Getty Images"
            r"|Enlarge this image\s+toggle caption\b[^\n]*"
            # a wire opening a caption, as the Sun credits its pictures: "Reuters The truck was
            # riddled …", "AP:Associated Press Felipe Massa waves …", "EPA A victim is treated …"
            r"|(?:AP:Associated Press|AFP|Reuters|REUTERS)(?= [A-Z])(?! (?:Photo|Breakingviews|TV|Television|Graphics|Staff)\b)"
            r"|(?:EPA|PA|Twitter|Instagram)(?= (?:The|A|An) )"
            # a picture taken from a social account, opening its caption: "Twitter / @ForIamPJ Zoo
            # directors insisted …", "Twitter/@procrastinateur 4/8 …"
            r"|(?:Twitter|Instagram|Facebook|YouTube) ?/ ?@[\w.]+(?=[^\S\n]+[A-Z0-9]|[^\S\n]*$)"
            r"))"
            r"|(?:Photo|Photograph|Photographer|Image)\s*:\s*[A-Z][^\n]{1,80}?/\s*[A-Z][A-Za-z .&-]{1,40}"
            # the BBC's "Image copyright PA Image caption …"
            r"|Image copyright\s+[^\n]{1,60}?(?:\s+Image caption\b|(?m:$))|Media caption(?: Courtesy of [^\n.]{1,80})?"
        ),
    ),
    (
        "photo",
        # a photo gallery flattened into the text: "Tram crash 8 show all 1/8 The scene after …
        # Jo Lee/PA 2/8 Police officers … Getty Images 3/8 …" to the line's end
        re.compile(r"(?m)(?:^|(?<=[.!?\"”] ))[^.\n]{0,80}?\b1/(?P<n>[2-9]|[1-9]\d) [^\n]*?\b2/(?P=n) [^\n]*"),
        re.compile(r"\b2/(?:[2-9]|[1-9]\d) "),
    ),
    (
        "photo",
        # a slideshow teaser flattened into the text: "… Play slideshow Getty Images 1 of 11 11. McLaren-Honda"
        re.compile(r"(?m)^[^\n]*\bPlay slideshow\b[^\n]*"),
        re.compile(r"Play slideshow"),
    ),
    (
        "photo",
        # a picture agency's name, alone or after the photographer's, in brackets or not:
        # "Getty Images Massa sits down …", "(Getty)", "(Joe Raedle/Getty Images)", "Handout - Getty"
        re.compile(
            rf"\((?:(?:Photo|Image|Photograph)s?(?: by|:)\s*)?(?:[A-Z][^()\n]{{0,60}}?/\s*)?(?:{_PICTURE_AGENCIES})\)"
            rf"|(?m:^[^\S\n]*(?:Handout - )?(?:{_PICTURE_AGENCIES})(?: - (?:Getty|Contributor))?(?=\s+[A-Z0-9‘'\"“]))"
            rf"|(?:{_PHOTOGRAPHER} ?/ ?)+(?:{_PICTURE_AGENCIES})\b|(?:{_PHOTOGRAPHER} )?\bvia (?:{_PICTURE_AGENCIES})\b"
            rf"|(?m:(?<=\s)(?:Getty Images|GETTY IMAGES|GETTY|Rex Features|Shutterstock|Splash News|Alamy)$)|(?<=[a-z] )(?:Getty Images|Rex Features|Splash News)(?= [A-Z])"
        ),
        re.compile(_PICTURE_AGENCIES),
    ),
    (
        "photo",
        # a photographer and a wire at a caption's end: "… outside Downing Street Jane Barlow/PA",
        # "… January 1, 2018. REUTERS/Ammar Awad"
        re.compile(
            rf"(?m:(?<=\s){_PHOTOGRAPHER} ?/ ?(?:{_WIRE_PHOTO})$)"
            r"|(?m:\bREUTERS/ ?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: TPX IMAGES OF THE DAY)?$)"
        ),
        re.compile(rf"(?m)/ ?(?:{_WIRE_PHOTO})$|REUTERS/"),
    ),
    (
        "byline_agency",
        re.compile(rf"(?m)^[^\S\n]*(?:By [^\n]{{1,80}}?,?\s+)?(?:The )?(?:{_AGENCY_ALT})\s*$"),
    ),
]

_AGENCY_IN = re.compile(rf"(?<![A-Za-z])(?:{_AGENCY_ALT})(?![A-Za-z])")

# The holder named by a copyright line: "© 2025-2026 The Astra News Service, all rights
# reserved" -> "Astra News Service". Capitalised words (and "of", "&", hyphens) after the
# mark and the years, up to the first other word or punctuation.
_HOLDER = re.compile(
    r"(?i:©|\(c\)|Copyright)(?:\s*©)?\s*(?:\d{4}(?:\s*[-–/]\s*\d{2,4})?,?\s*)?(?i:by\s+)?(?i:The\s+)?"
    r"(?P<name>[A-Z][\w'’&-]*(?:[ ](?:[A-Z][\w'’&-]*|of|de|del|di|du|&))*)"
)
_CORPORATE_SUFFIX = re.compile(r"(?:[ ,]+(?:Ltd|Limited|Inc|LLC|plc|GmbH|SA|AG|Corp)\.?)+$")
# A name that says it is a news agency: "… Agency", "… Press", "… Wire", "… News Service",
# "… Presse", "Agence …", "Agencia …".
_AGENCY_NAME = re.compile(
    r"(?:\b(?:Agency|Press|Presse|Wire|Newswire|News Service|Wire Service|Press Service|Press Association|"
    r"Agentur|Presseagentur|Nachrichtenagentur)$)|^(?:Agence|Agencia|Agenzia|Agência|Agentia)\b"
)
# … unless the name is a newspaper's, a broadcaster's or a publisher's ("Port Valen Free
# Press", "Astra Evening Press", "Valen University Press"): their copyright line is the
# outlet's own, not a wire's.
_NOT_AGENCY_NAME = re.compile(
    r"\b(?:Free|Evening|Morning|Daily|Weekly|Sunday|Gazette|Times|Post|Herald|Journal|Tribune|Chronicle|"
    r"Courier|Observer|Standard|Telegraph|Examiner|Mirror|Star|Sun|Record|Register|Review|Ledger|Mail|"
    r"Globe|Bulletin|Dispatch|Monitor|Magazine|Radio|TV|Television|Broadcasting|University|Books)\b"
)


def agency_by_name(text: str) -> str | None:
    """The news agency holding the copyright of ``text`` (a copyright line) when the agency
    is on no list of ours but its name says it is one ("© 2026 Meridian Press Agency")."""
    match = _HOLDER.search(text)
    if not match:
        return None
    name = _CORPORATE_SUFFIX.sub("", match.group("name")).strip(" &-")
    name = re.sub(r"(?:\s+(?:of|de|del|di|du|&))+$", "", name)
    if _AGENCY_NAME.search(name) and not _NOT_AGENCY_NAME.search(name):
        return name
    return None


def agency_of(text: str) -> str | None:
    """The canonical wire agency named in ``text``, if any."""
    match = _AGENCY_IN.search(text)
    if match:
        return AGENCIES[match.group(0)]
    return None


# a gallery's pictures, one a line, each opening with its number: "15/30 Morning Aurora From the
# Space Station …" (a gallery when two lines of one text count to one total: "1/2 Today we
# transferred …" alone is a post of a thread)
_GALLERY_LINE = re.compile(r"(?m)^[^\S\n]*(\d{1,2})/(\d{1,2}) [^\n]+")


def _gallery_lines(text: str) -> list[Credit]:
    by_total: dict[str, list[re.Match[str]]] = {}
    for m in _GALLERY_LINE.finditer(text):
        if 0 < int(m.group(1)) <= int(m.group(2)):
            by_total.setdefault(m.group(2), []).append(m)
    out = []
    for lines in by_total.values():
        if len({m.group(1) for m in lines}) >= 2:
            for m in lines:
                start = m.start() + len(m.group()) - len(m.group().lstrip())
                out.append(Credit(kind="photo", start=start, end=m.end(), text=text[start : m.end()], agency=agency_of(m.group())))
    return out


# CNN's galleries flattened into the text, a picture a line: "Photos: North Korea launches rocket
# U.N. Secretary-General Ban Ki-moon called the launch … Hide Caption 3 of 8", or all pictures on
# one line, each opening after the one before's counter. The gallery's title (the words all its
# pictures open with) and the counter are the credit; the caption between them is the text's,
# its names and quotes too.
_GALLERY_PHOTOS = re.compile(r"Photos: ")
_HIDE_CAPTION = re.compile(r"Hide Caption \d+ of \d+")
_HIDE_CAPTION_BEFORE = re.compile(_HIDE_CAPTION.pattern + r"[^\S\n]*$")  # (the counter ending what precedes)


def _gallery_pictures(text: str) -> list[tuple[int, int]]:
    """(start, end) of each picture of a titled gallery: from its "Photos: " (opening a line,
    or right after the counter of the picture before) to the next picture or the line's end."""
    starts = []
    for m in _GALLERY_PHOTOS.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        if not before.strip() or _HIDE_CAPTION_BEFORE.search(before):
            starts.append(m.start())
    out = []
    for k, start in enumerate(starts):
        line_end = text.find("\n", start)
        end = len(text) if line_end < 0 else line_end
        if k + 1 < len(starts) and starts[k + 1] < end:
            end = starts[k + 1]
        out.append((start, end))
    return out


def _titled_gallery(text: str) -> list[Credit]:
    pictures = _gallery_pictures(text)
    words = [text[s + len("Photos: ") : e].split(" ") for s, e in pictures]
    title = " ".join(os.path.commonprefix(words)) if len(pictures) >= 2 else ""
    out = []
    for s, e in pictures if title else ():
        start, end = s, s + len("Photos: ") + len(title)
        out.append(Credit(kind="photo", start=start, end=end, text=text[start:end]))
        if (hide := _HIDE_CAPTION.search(text, end, e)) is not None:
            out.append(Credit(kind="photo", start=hide.start(), end=hide.end(), text=hide.group()))
    return out


def find_credits(text: str) -> tuple[Credit, ...]:
    """All credits in ``text``, in order, non-overlapping (earlier, longer match wins)."""
    found: list[Credit] = _gallery_lines(text) if "/" in text else []
    titled = _titled_gallery(text) if "Photos: " in text else []
    found += titled
    gallery_starts = {c.start for c in titled}
    for kind, pattern, *guard in _PATTERNS:
        if guard and guard[0].search(text) is None:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            raw = text[start:end]
            stripped = raw.strip()
            if not stripped:
                continue
            start += len(raw) - len(raw.lstrip())
            end = start + len(stripped)
            if start in gallery_starts:
                continue  # (a titled gallery's line: its title and counter only)
            agency = None
            if kind == "dateline":
                name = match.group("agency").strip()
                agency = AGENCIES.get(name, name)
            else:
                agency = agency_of(stripped)
                if agency is None and kind == "copyright":
                    agency = agency_by_name(stripped)
            found.append(Credit(kind=kind, start=start, end=end, text=text[start:end], agency=agency))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    result: list[Credit] = []
    for credit in found:
        if result and credit.start < result[-1].end:
            continue
        result.append(credit)
    return tuple(result)
