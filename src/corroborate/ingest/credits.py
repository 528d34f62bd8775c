"""Credits in article text: copyright lines, wire datelines, "X contributed reporting",
"Reporting by …", photo credits. Found as spans; the text is never changed."""

from __future__ import annotations

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

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
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
        re.compile(r"(?m)^[^\S\n]*[(\[]?(?:Reporting|Additional reporting|Writing|Editing) by [^\n]+"),
    ),
    (
        "photo",
        re.compile(
            r"\((?:AP|Reuters|AFP|Getty|EPA|[A-Z][A-Za-z]+) Photo(?:/[^)\n]{1,80})?\)"
            r"|(?m:^[^\S\n]*(?:Photo|Photograph|Image|Picture|Photo credit)s?\s*(?:by|:)\s*[^\n]{2,120}$)"
            r"|(?:Photo|Photograph|Image)\s*:\s*[A-Z][^\n]{1,80}?/\s*[A-Z][A-Za-z .&-]{1,40}"
            # a photo gallery flattened into the text: "Tram crash 8 show all 1/8 The scene
            # after … Jo Lee/PA 2/8 Police officers … Getty Images 3/8 …" to the line's end
            r"|(?m:(?:^|(?<=[.!?\"”] ))[^.\n]{0,80}?\b1/(?P<n>[2-9]|[1-9]\d) [^\n]*?\b2/(?P=n) [^\n]*)"
        ),
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


def find_credits(text: str) -> tuple[Credit, ...]:
    """All credits in ``text``, in order, non-overlapping (earlier, longer match wins)."""
    found: list[Credit] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            raw = text[start:end]
            stripped = raw.strip()
            if not stripped:
                continue
            start += len(raw) - len(raw.lstrip())
            end = start + len(stripped)
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
