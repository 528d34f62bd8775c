"""Dates and times of one article, resolved against the publish time when known.

Mentions come from spaCy's DATE and TIME entities. Common forms are resolved by a
small, fast resolver ("Thursday", "on Thursday", "yesterday", "last November", "next
year", "three weeks ago", "March 6, 2025", "March 2025", "2025"); anything else goes to
dateparser, relative to the publish time. News speaks of the past, so a bare weekday or
month is the latest one on or before the publish date. Relative mentions are left
unresolved (``resolved=None``) when the article has no publish time.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.tokens import Doc

from corroborate.analysis.types import DateMention

WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"
)
MONTHS = {m: i + 1 for i, m in enumerate(MONTH_NAMES)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
RELATIVE_RE = re.compile(
    r"\b(yesterday|today|tomorrow|tonight|last|next|this|ago|earlier|later|coming|past|previous|"
    r"recent|recently|current|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|"
    r"afternoon|evening|night|week|weekend|month|year|now)\b",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None,
}


HOLIDAYS = (
    (r"christmas day", (12, 25)), (r"christmas eve", (12, 24)), (r"boxing day", (12, 26)),
    (r"new year['’]?s['’]? day", (1, 1)), (r"new year['’]?s['’]? eve", (12, 31)), (r"valentine['’]?s['’]? day", (2, 14)),
    (r"april fool['’]?s['’]? day", (4, 1)), (r"st\.? patrick['’]?s['’]? day", (3, 17)), (r"bastille day", (7, 14)),
    (r"halloween", (10, 31)), (r"canada day", (7, 1)), (r"australia day", (1, 26)), (r"guy fawkes night", (11, 5)),
    (r"bonfire night", (11, 5)), (r"veterans['’]? day", (11, 11)), (r"remembrance day", (11, 11)),
    (r"armistice day", (11, 11)),
)
"""Holidays of a fixed date: the name (a pattern of its lower-case spellings) and (month, day)."""
_HOLIDAY_NAME = "|".join(name for name, _ in HOLIDAYS)
_HOLIDAY = re.compile(rf"({_HOLIDAY_NAME})(?:,? (\d{{4}}))?")
_HOLIDAY_IN_TEXT = re.compile(rf"\b(?:{_HOLIDAY_NAME})\b(?:,? \d{{4}}\b)?", re.IGNORECASE)


def _holiday_date(name: str) -> tuple[int, int]:
    """(month, day) of a holiday's name as :data:`HOLIDAYS` spells it."""
    return next(when for pattern, when in HOLIDAYS if re.fullmatch(pattern, name))


def _shift_months(d: date, months: int) -> tuple[int, int]:
    total = d.year * 12 + (d.month - 1) + months
    return total // 12, total % 12 + 1


_PART_OF = re.compile(
    r"(?:the )?(?:(?:very )?(?:end|start|beginning|middle|close|turn|first half|second half|rest) of (?:the )?"
    r"|(?:early|late|mid)[ -]|earlier |later )"
)


def resolve(text: str, base: date | None, future: bool = False, past: bool = True) -> tuple[bool, str | None, str]:
    """(relative, resolved ISO or None, granularity) for one date expression. A bare
    weekday or month is the latest one on or before ``base``, or with ``future`` (the
    sentence speaks of what will happen) the next one on or after it. A bare month one or two
    months after the publish month is the coming one unless ``past`` (the clause is in the
    past tense: "ads reserved in December", written in November, are December's)."""
    low = re.sub(r"[\s,.]+", " ", text.lower()).strip()
    low = re.sub(r"^(?:just|only|as recently as|as early as) ", "", low)
    low = re.sub(r"['’]s?$", "", low)  # "next year's election"
    low = re.sub(r"^(on|in|by|since|from|until|till|at|during|of|the) ", "", low)
    low = re.sub(r"^this (?=.*\b\d{4}\b)", "", low)  # "In this Dec. 13, 2016, file photo"
    holiday = _HOLIDAY.fullmatch(low)
    if holiday is not None:  # a holiday of a fixed date: that month and day
        month, day = _holiday_date(holiday.group(1))
        at = f"{MONTH_NAMES[month - 1]} {day}"
        return resolve(f"{at} {holiday.group(2)}" if holiday.group(2) else at, base, future)
    # a part of a period ("the end of 2028", "mid-January", "earlier this month"): the period
    part = _PART_OF.match(low)
    if part is not None and part.end() < len(low):
        return resolve(low[part.end() :], base, future)
    relative = bool(RELATIVE_RE.search(low)) and not YEAR_RE.search(low)
    # a time or a page counter left after a full date ("September 14, 2013 11", "May 2,
    # 2013 - 4"), and a leading weekday with a comma ("Monday, March 11, 2013")
    low = re.sub(r"(?<=\b\d{4}) (?:[-@] ?)?\d{1,2}$|(?<=\b\d{4}) [-@]$", "", low)
    # a span of two dates ("March 3 to March 14"): both ends, when both resolve alike
    span = re.fullmatch(r"(.{3,}?) (?:to|through|until|till|-|–) (.{3,})", low)
    if span is not None:
        a, b = resolve(span.group(1), base, future), resolve(span.group(2), base, future)
        if a[1] and b[1] and a[2] == b[2] and "/" not in a[1] + b[1]:
            return a[0] or b[0], f"{a[1]}/{b[1]}", a[2]
    words = low.split()
    if not words:
        return relative, None, "unknown"
    quarter = _quarter(low, base, future)
    if quarter is not None:
        return quarter
    # absolute forms
    m = re.fullmatch(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?([a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?", low)
    if m and m.group(1) in MONTHS:
        year = int(m.group(3)) if m.group(3) else (base.year if base else None)
        if year is None:
            return True, None, "day"
        try:
            d = date(year, MONTHS[m.group(1)], int(m.group(2)))
        except ValueError:
            return relative, None, "unknown"
        if not m.group(3) and base and d > base + timedelta(days=31):
            d = d.replace(year=d.year - 1)
        return (not m.group(3)), d.isoformat(), "day"
    m = re.fullmatch(r"(\d{1,2}) ([a-z]+)(?: (\d{4}))?", low)
    if m and m.group(2) in MONTHS:
        year = int(m.group(3)) if m.group(3) else (base.year if base else None)
        if year is None:
            return True, None, "day"
        try:
            return (not m.group(3)), date(year, MONTHS[m.group(2)], int(m.group(1))).isoformat(), "day"
        except ValueError:
            return relative, None, "unknown"
    m = re.fullmatch(r"(?:(last|next|this|coming|past) )?(spring|summer|autumn|fall|winter)(?: (?:of )?(\d{4}))?", low)
    if m and (m.group(3) or base is not None):
        return _season(m.group(1), m.group(2), int(m.group(3)) if m.group(3) else None, base, future)
    m = re.fullmatch(r"([a-z]+) (\d{4})", low)
    if m and m.group(1) in MONTHS:
        return False, f"{int(m.group(2)):04d}-{MONTHS[m.group(1)]:02d}", "month"
    m = re.fullmatch(r"(\d{4})", low)
    if m:
        return False, m.group(1), "year"
    if base is None:
        if YEAR_RE.search(low):
            return _dateparser(text, None)
        return True, None, _granularity(low)
    # relative forms
    if low in {"today", "tonight", "this morning", "this afternoon", "this evening", "now"}:
        return True, base.isoformat(), "day"
    if low in {"yesterday", "last night", "yesterday morning", "yesterday afternoon", "yesterday evening"}:
        return True, (base - timedelta(days=1)).isoformat(), "day"
    if low in {"tomorrow", "tomorrow morning", "tomorrow night"}:
        return True, (base + timedelta(days=1)).isoformat(), "day"
    m = re.fullmatch(r"(last|next|this|coming)? ?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?", low)
    if m:
        wd = WEEKDAYS[m.group(2)]
        if future and m.group(1) is None:
            delta = (wd - base.weekday()) % 7
            return True, (base + timedelta(days=delta)).isoformat(), "day"
        if m.group(1) in {"next", "coming"}:
            delta = (wd - base.weekday()) % 7 or 7
            return True, (base + timedelta(days=delta)).isoformat(), "day"
        delta = (base.weekday() - wd) % 7
        if m.group(1) == "last" and delta == 0:
            delta = 7
        return True, (base - timedelta(days=delta)).isoformat(), "day"
    m = re.fullmatch(r"(last|next|this|past|previous|coming) (week|month|year|weekend)", low)
    if m:
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}[m.group(1)]
        unit = m.group(2)
        if unit == "year":
            return True, str(base.year + step), "year"
        if unit == "month":
            y, mo = _shift_months(base, step)
            return True, f"{y:04d}-{mo:02d}", "month"
        monday = base - timedelta(days=base.weekday()) + timedelta(days=7 * step)
        if unit == "weekend":
            saturday = monday + timedelta(days=5)
            return True, f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}", "day"
        return True, f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}", "day"
    m = re.fullmatch(r"(last|next|this) ([a-z]+)", low)
    if m and m.group(2) in MONTHS:
        mo = MONTHS[m.group(2)]
        if m.group(1) == "last":
            year = base.year if mo < base.month else base.year - 1
        elif m.group(1) == "next":
            year = base.year if mo > base.month else base.year + 1
        else:
            year = base.year
        return True, f"{year:04d}-{mo:02d}", "month"
    m = re.fullmatch(r"([a-z]+|\d+) (day|week|fortnight|month|year)s? ago", low)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS.get(m.group(1))
        if n:
            unit = m.group(2)
            if unit in UNIT_DAYS:
                return True, (base - timedelta(days=n * UNIT_DAYS[unit])).isoformat(), "day"
            if unit == "month":
                y, mo = _shift_months(base, -n)
                return True, f"{y:04d}-{mo:02d}", "month"
            return True, str(base.year - n), "year"
    if low in MONTHS and len(low) > 3:
        mo = MONTHS[low]
        if future or (not past and 0 < (mo - base.month) % 12 <= 2):
            year = base.year if mo >= base.month else base.year + 1
        else:
            year = base.year if mo <= base.month else base.year - 1
        return True, f"{year:04d}-{mo:02d}", "month"
    # dateparser is slow: only for what looks like a calendar date it may read
    if not re.search(r"\d", low) and not any(w in MONTHS for w in words):
        return relative, None, _granularity(low)
    return _dateparser(text, base)


SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


_ORDINAL_QUARTER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}
_QUARTER = re.compile(
    r"(?:(first|1st|second|2nd|third|3rd|fourth|4th|final|last)[ -]quarter|q([1-4]))"
    r"(?: (?:of )?(\d{4}|this year|last year|next year))?"
)


def _quarter(low: str, base: date | None, future: bool) -> tuple[bool, str | None, str] | None:
    """A quarter of a year as its three months ("the fourth quarter", "Q3 2016", "the last
    quarter of 2017"), or None when ``low`` names none. With no year: the one the publish
    day is in, else the latest such quarter to start before it (the next one for a sentence
    about the future);
    "last quarter", "this quarter", "next quarter" count from the publish day's quarter."""
    rel = re.fullmatch(r"(last|past|previous|this|current|next|coming) quarter", low)
    if rel is not None:
        if base is None:
            return True, None, "month"
        step = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel.group(1)]
        y, m = _shift_months(date(base.year, (base.month - 1) // 3 * 3 + 1, 1), 3 * step)
        end_y, end_m = _shift_months(date(y, m, 1), 2)
        return True, f"{y:04d}-{m:02d}/{end_y:04d}-{end_m:02d}", "month"
    q = _QUARTER.fullmatch(low)
    if q is None or (q.group(1) == "last" and not q.group(3)):
        return None
    first = 3 * ((_ORDINAL_QUARTER[q.group(1)] if q.group(1) else int(q.group(2))) - 1) + 1
    when = q.group(3)
    if when is not None and when[0].isdigit():
        year, relative = int(when), False
    elif base is None:
        return True, None, "month"
    elif when is not None:
        year, relative = base.year + {"this year": 0, "last year": -1, "next year": 1}[when], True
    else:
        start = date(base.year, first, 1)
        if first <= base.month < first + 3:
            year = base.year  # the quarter the publish day is in
        else:
            year = base.year if (start > base) == future else base.year + (1 if future else -1)
        relative = True
    end_y, end_m = _shift_months(date(year, first, 1), 2)
    return relative, f"{year:04d}-{first:02d}/{end_y:04d}-{end_m:02d}", "month"


def _season(which: str | None, season: str, year: int | None, base: date | None, future: bool) -> tuple[bool, str | None, str]:
    """A season as its three months (northern hemisphere: the meteorological seasons start
    in March, June, September and December). With no year: "next" is the first one to start
    after the publish month, "last" the latest to end before it, "this" or none the one it
    falls in, else the coming one for a sentence about the future and the past one if not."""
    first = SEASON_START[season]
    relative = year is None
    if year is None:
        assert base is not None
        month = base.year * 12 + base.month - 1
        starts = [y * 12 + first - 1 for y in range(base.year - 2, base.year + 3)]
        inside = [st for st in starts if st <= month <= st + 2]
        after = [st for st in starts if st > month]
        before = [st for st in starts if st + 2 < month]
        if which in {"next", "coming"}:
            pick = after[0]
        elif which in {"last", "past"}:
            pick = before[-1]
        elif inside:
            pick = inside[0]
        else:
            pick = after[0] if future else before[-1]
        year = pick // 12
    end_y, end_m = _shift_months(date(year, first, 1), 2)
    return relative, f"{year:04d}-{first:02d}/{end_y:04d}-{end_m:02d}", "month"


def _granularity(low: str) -> str:
    if re.search(r"\b(month|months)\b", low) or low in MONTHS:
        return "month"
    if re.search(r"\b(year|years)\b", low):
        return "year"
    if re.search(r"\b(day|days|weekday)\b", low) or any(w in low for w in WEEKDAYS) or low in {"today", "yesterday", "tomorrow"}:
        return "day"
    return "unknown"


def warm_up() -> None:
    """Load dateparser's language data now (about a second), e.g. in a parent process
    before it forks analysis workers, which then inherit it instead of each loading it."""
    _dateparser.__wrapped__("1 January 2000", None)


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: date | None) -> tuple[bool, str | None, str]:
    low = text.lower()
    relative = bool(RELATIVE_RE.search(low)) and not YEAR_RE.search(low)
    if len(text) > 40:
        return relative, None, _granularity(low)
    try:
        import dateparser

        settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False, "REQUIRE_PARTS": []}
        if base is not None:
            settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day, 12)
        elif relative:
            return relative, None, _granularity(low)
        parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - dateparser raises many kinds on odd input
        parsed = None
    if parsed is None:
        return relative, None, _granularity(low)
    gran = "day"
    if not re.search(r"\d{1,2}\b(?!\d)", re.sub(r"\b\d{4}\b", "", low)) and not any(w in low for w in WEEKDAYS) and not re.search(r"yesterday|today|tomorrow|ago", low):
        gran = "month" if any(mo in low.split() for mo in MONTHS) else "year" if YEAR_RE.search(low) else gran
    if gran == "year":
        return relative, f"{parsed.year:04d}", gran
    if gran == "month":
        return relative, f"{parsed.year:04d}-{parsed.month:02d}", gran
    return relative, parsed.date().isoformat(), gran


def extract_dates(doc: Doc, published: datetime | None, sentence_of, text: str | None = None) -> list[DateMention]:
    base = published.date() if published else None
    out: list[DateMention] = []
    full = doc.text if text is None else text  # spaCy rebuilds doc.text on every read
    for ent in doc.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        s, e = ent.start_char, ent.end_char
        text = full[s:e]
        if re.match(r"(?:every|each)\b|(?:annual(?:ly)?|yearly|quarterly|monthly|weekly|daily|nightly)$", text.lower()):
            continue  # a frequency ("every ten minutes", "each year"), not a point in time
        if ent.label_ == "TIME":
            if re.fullmatch(
                r"(?:(?:about|nearly|almost|more than|over|some|just|only|around|under|less than|at least|up to) )?"
                r"(?:a few|a couple of|[\w.,-]+) (?:seconds|minutes|hours|minute|hour|second)",
                text.lower(),
            ):
                continue  # a duration, kept as a quantity
            if re.fullmatch(r"(?:the )?(?:early |late )?(?:morning|afternoon|evening|night)", text.lower()):
                continue  # "in the morning", "that evening": a part of a day no words name
            relative = bool(RELATIVE_RE.search(text.lower()))
            resolved = None
            if base is not None and re.search(r"\b(tonight|this morning|this afternoon|this evening|last night)\b", text.lower()):
                resolved = (base - timedelta(days=1) if "last night" in text.lower() else base).isoformat()
            elif base is not None and (day := _DAY_IN_TIME.search(text.lower())) is not None:
                # "late Thursday night", "early Wednesday morning": the time of a named day
                _, on, gran = resolve(day.group(0), base, future=_future(ent))
                resolved = on if gran == "day" and on and "/" not in on else None
            out.append(DateMention(start=s, end=e, text=text, relative=relative, resolved=resolved, granularity="time", sentence=sentence_of(s)))
            continue
        score = re.match(r"\d{1,3}-\d{1,3} (?=\S)", text)
        if score is not None:  # "won 34-6 Christmas Day": the score is no part of the date
            s += score.end()
            text = full[s:e]
        # durations ("eight years", "the past three weeks") are quantities, not dates
        low = text.lower().strip()  # (a no-break space may end the entity)
        if re.fullmatch(r"\d{1,3}(?:\s*(?:,|and|or|to|-)\s*(?:\d{1,3})?)*", low) or re.search(r"\baged?\s*$", full[max(0, s - 6) : s]):
            continue  # bare numbers ("Marta Holm, 67,", "aged 34 and 41"): ages or counts, not years
        if re.fullmatch(r"(?:\(?\d{3}\)?[ -])?\d{3}-\d{4}", low):
            continue  # a phone number
        if re.fullmatch(r"(?:the )?(?:(?:early|mid|late)[- ])?(?:\d{2}|')?\d0'?s", low):
            # a decade ("the '90s", "the 1990s"): a period, not a dated event
            out.append(DateMention(start=s, end=e, text=text, relative=False, resolved=None, granularity="unknown", sentence=sentence_of(s)))
            continue
        if _SPAN_OF_TIME.fullmatch(low) and "ago" not in low:
            continue
        if re.fullmatch(r"(?:the )?(?:first|second) half", low) or _NUMBERED_NAME.match(low):
            continue  # a half of a game; "Flight 1943", "Route 66": names, not years
        if re.search(r"-year-old|years? old", low):
            continue
        relative, resolved, gran = resolve(text, base, future=_future(ent), past=_past(ent))
        if resolved and "quarter" in low and not YEAR_RE.search(low) and not _BUSINESS.search(ent.sent.text):
            resolved, gran = None, "unknown"  # "in the third quarter" of a game, not of the year
        out.append(
            DateMention(start=s, end=e, text=text, relative=relative, resolved=resolved, granularity=gran, sentence=sentence_of(s))  # type: ignore[arg-type]
        )
    out.extend(_holidays(doc, full, out, base, sentence_of))
    return _weekday_with_its_date(sorted(out, key=lambda d: d.start), full)


# a day named in a time of day ("late Thursday night", "early Wednesday morning")
_DAY_IN_TIME = re.compile(
    r"\b(?:(?:last|next|this|coming) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:yesterday|today|tomorrow)\b"
)
# a span of time, not a point in it ("the past three weeks", "nearly two years", "just a few hours")
_SPAN_OF_TIME = re.compile(
    r"(?:(?:nearly|almost|about|around|roughly|some|only|just|over|under|more than|less than|at least|up to) )?"
    r"(?:the )?(?:past |last |next |first |several |few |a few |a couple of )?(?:\w+ )?"
    r"(?:days|weeks|months|quarters|years|decades|hours)(?: old)?"
    r"|(?:half an?|an?) (?:\w+ )?(?:day|week|month|year|decade|century)"
)
# words of a sentence about money or the economy, where "the fourth quarter" is of the year
_BUSINESS = re.compile(
    r"\b(?:profits?|earnings|revenues?|sales|results|growth|gdp|econom(?:y|ic)|fiscal|quarterly|loss(?:es)?|income"
    r"|shares|stocks?|investors|compan(?:y|ies)|banks?|billion|million|percent|tax|charges?|spending|deliveries"
    r"|output|inflation|forecasts?)\b|[$€£%]",
    re.IGNORECASE,
)
# a number naming a thing, which the model may take for a year
_NUMBERED_NAME = re.compile(
    r"(?:flight|route|highway|interstate|gate|terminal|platform|room|apollo|bus|exit|pier|chapter|section"
    r"|article|amendment|proposition|prop|resolution|bill|no|number) \d"
)


def _holidays(doc: Doc, full: str, found: list[DateMention], base: date | None, sentence_of) -> list[DateMention]:
    """Holidays of a fixed date the model did not tag as a date ("on Bastille Day", "New
    Year's Eve"): each resolved as its month and day would be."""
    out = []
    for m in _HOLIDAY_IN_TEXT.finditer(full):
        s, e = m.span()
        if any(d.start < e and s < d.end for d in found):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        relative, resolved, gran = resolve(m.group(0), base, future=span is not None and _future(span))
        out.append(DateMention(start=s, end=e, text=full[s:e], relative=relative, resolved=resolved, granularity=gran, sentence=sentence_of(s)))  # type: ignore[arg-type]
    return out


def _weekday_with_its_date(mentions: list[DateMention], full: str) -> list[DateMention]:
    """A weekday written before its full date ("Friday, Dec. 29, 2017"), which the model
    may tag as two dates, is one mention: the date's."""
    out: list[DateMention] = []
    for d in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.text.lower() in WEEKDAYS
            and full[prev.end : d.start] == ", "
            and d.granularity == "day"
            and not d.relative
        ):
            out[-1] = d.model_copy(update={"start": prev.start, "text": full[prev.start : d.end], "sentence": prev.sentence})
            continue
        out.append(d)
    return out


_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo"}
_FUTURE_HEADS = {"plan", "expect", "schedule", "due", "set", "hope", "aim", "intend", "go", "want", "prepare", "agree"}


def _governing_verb(ent):
    """The verb (or auxiliary) a date hangs from, within four heads, or None."""
    node = ent.root
    for _ in range(4):
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} else None


def _past(ent) -> bool:
    """Is the clause of this date in the past tense ("dismissed the claims in December",
    "had been recorded in December")? A clause with no verb, or a participle alone ("ads
    reserved in December"), is not."""
    verb = _governing_verb(ent)
    if verb is None:
        return False
    if verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children):
        return True
    return verb.tag_ == "VBN" and any(c.lower_ in {"has", "have", "had", "'ve", "’ve"} for c in verb.children)


def _future(ent) -> bool:
    """Does the clause of this date speak of the future ("will meet on Friday", "are due
    to meet on Friday", "is scheduled for Monday")?"""
    node = _governing_verb(ent)
    if node is None:
        return False
    # "has issued a warning for more rain by Thursday": a deadline in a clause not in the past
    prep = ent.doc[ent.start - 1] if ent.start > 0 else None
    if prep is not None and prep.lower_ in {"by", "before", "until", "till"} and node.tag_ != "VBD" and not any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in node.children
    ):
        return True
    chain = [node]
    while chain[-1].dep_ in {"xcomp", "conj"} and len(chain) < 3:
        chain.append(chain[-1].head)
    for verb in chain:
        if any(c.lower_ in _FUTURE_AUX or (c.lower_ == "would" and c.dep_ == "aux") for c in verb.children):
            return True
    # "The ministers meet again on Friday": a present tense with a weekday is a schedule
    if node.tag_ in {"VBP", "VBZ"} and node.lemma_ not in {"say", "be", "have"} and not any(c.dep_ == "aux" for c in node.children):
        return True
    if node.lemma_ in {"schedule", "plan", "expect"}:
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        head = node.head
        if head.lemma_ in _FUTURE_HEADS or any(c.lower_ in _FUTURE_AUX for c in head.children):
            return True
    return False
