"""Numbers of one article, normalised and tied to what they measure.

* money: currency symbol or code plus number and scale ("C$55.4 billion" -> 55.4e9 CAD,
  "$40.5 billion" -> 40.5e9 USD, "€3 million", "£12bn", "500 million euros");
* percentages ("12%", "12 percent", "five per cent");
* durations ("eight years", "a 10-year term");
* measures, shares and ages, kind "other" with their unit: "300 km", "5.6 magnitude",
  "two thirds" (unit "fraction"), "Okafor, 33," and "a 45-year-old" (unit "age");
* counts: any other cardinal that counts a noun ("300 people", "three sources").

Money and percentages are found with regular expressions on the raw text (so the
offsets are exact); counts and durations from spaCy's tokens. What a number measures is
read from the dependency parse: the noun it modifies ("a $5 billion deal"), the noun
it is "of" ("trade of C$55.4 billion"), or the subject of the verb it is the object
of ("sales rose 12%").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from corroborate.analysis._tokens import numeric
from corroborate.analysis.types import Quantity

SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "t": 1e12,
}
WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a": 1, "an": 1,
    "half": 0.5,
}
PREFIX_CURRENCY = [
    ("C$", "CAD"), ("CA$", "CAD"), ("CAN$", "CAD"), ("US$", "USD"), ("U.S.$", "USD"),
    ("A$", "AUD"), ("AU$", "AUD"), ("NZ$", "NZD"), ("HK$", "HKD"), ("S$", "SGD"),
    ("R$", "BRL"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"),
    ("CAD", "CAD"), ("USD", "USD"), ("EUR", "EUR"), ("GBP", "GBP"), ("JPY", "JPY"),
    ("CHF", "CHF"), ("AUD", "AUD"), ("CNY", "CNY"), ("Rs.", "INR"), ("Rs", "INR"),
]
SUFFIX_CURRENCY = {
    "canadian dollars": "CAD", "canadian dollar": "CAD", "u.s. dollars": "USD",
    "us dollars": "USD", "american dollars": "USD", "australian dollars": "AUD",
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY", "rupees": "INR", "pesos": "MXN",
    "francs": "CHF", "swiss francs": "CHF", "rubles": "RUB", "roubles": "RUB", "won": "KRW",
    "cents": "USD-cent", "kronor": "SEK", "krona": "SEK", "swedish crowns": "SEK",
    "danish kroner": "DKK", "norwegian kroner": "NOK", "rand": "ZAR", "zlotys": "PLN",
    "zloty": "PLN", "forints": "HUF", "lira": "TRY", "shekels": "ILS", "rupiah": "IDR",
    "ringgit": "MYR", "baht": "THB", "reais": "BRL", "naira": "NGN", "shillings": "KES",
}
# Nouns that stand for the number itself ("an average of 9 percent", "a total of 300"):
# what the number measures is what they measure.
AMOUNT_NOUNS = {"average", "total", "maximum", "minimum", "sum", "peak", "high", "low", "median"}
MEASURE_UNITS = {
    "inch": "inch", "foot": "foot", "feet": "foot", "yard": "yard", "mile": "mile", "metre": "metre", "meter": "metre",
    "kilometre": "km", "kilometer": "km", "km": "km", "centimetre": "cm", "centimeter": "cm", "cm": "cm",
    "millimetre": "mm", "millimeter": "mm", "mm": "mm", "kilogram": "kg", "kg": "kg", "gram": "gram",
    "ounce": "ounce", "ton": "ton", "tonne": "tonne", "acre": "acre", "hectare": "hectare", "degree": "degree",
    "gallon": "gallon", "litre": "litre", "liter": "litre", "mph": "mph", "knot": "knot", "magnitude": "magnitude",
}
"""Units of a measure (a length, a weight, an area): such a number is no count of things."""
FRACTION_DENOMINATORS = {"third": 3, "fourth": 4, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
# Words that make "two-way", "threefold"-like modifiers of a number: no count of anything.
NOT_COUNTED_AFTER_HYPHEN = {"way", "fold", "sided", "dimensional", "tier", "tiered", "pronged", "speed", "stroke"}
DURATION_UNITS = {
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
    "fortnight": "week", "month": "month", "year": "year", "decade": "decade",
    "century": "century", "term": None,
}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# (also joined by a hyphen, as a compound modifier: "a $400-million-a-year business")
_SCALE = r"(?:\s?(?:trillion|billion|million|thousand|bn|mln|bln|mn|tn|[mbkMBK])\b|-(?:trillion|billion|million|thousand)\b)?"
_PREFIX = "|".join(re.escape(p) for p, _ in sorted(PREFIX_CURRENCY, key=lambda x: -len(x[0])))
_SUFFIX = "|".join(re.escape(s) for s in sorted(SUFFIX_CURRENCY, key=len, reverse=True))
MONEY_RE = re.compile(
    rf"(?<![\w$])(?P<cur>{_PREFIX})\s?(?P<num>{_NUM})(?P<scale>{_SCALE})"
    rf"|(?<![\w.,])(?P<num2>{_NUM})(?P<scale2>{_SCALE})\s(?P<suf>{_SUFFIX})\b",
    re.IGNORECASE,
)
# a number word of WORD_NUMBERS ("dozen" and "half" are no count of a scale), or tens and
# units ("twenty-five")
_TENS = "|".join(w for w, v in WORD_NUMBERS.items() if v in range(20, 100, 10))
_UNITS = "|".join(w for w, v in WORD_NUMBERS.items() if v in range(1, 10) and len(w) > 2)
_NUMBER_WORD = (
    rf"(?:(?:{_TENS})[\s-](?:{_UNITS})|"
    + "|".join(w for w in WORD_NUMBERS if w not in {"dozen", "half"})
    + ")"
)
# a fraction before an amount or its scale: "a quarter of", "half a", "two-thirds of"
_FRACTION = r"(?P<frac>a quarter|one[\s-]+quarter|a half|one[\s-]+half|half|three[\s-]+quarters|a third|one[\s-]+third|two[\s-]+thirds)\s+(?:of\s+)?"
# money written in words: "two million dollars", "half a million euros", "a quarter of a billion pounds"
WORD_MONEY_RE = re.compile(
    rf"(?<![\w-])(?:{_FRACTION})?"
    rf"(?P<num>{_NUMBER_WORD})\s+(?P<scale>thousand|million|billion|trillion)\s+(?P<suf>{_SUFFIX})\b",
    re.IGNORECASE,
)
PERCENT_RE = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM}|(?:[a-z]+-)?[a-z]+)\s?(?P<unit>%|percent(?:age points?)?|per cent|pct\b|percentage points?)",
    re.IGNORECASE,
)


FRACTIONS = {
    "a quarter": 0.25, "one quarter": 0.25, "a half": 0.5, "half": 0.5, "one half": 0.5,
    "three quarters": 0.75, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
}
_FRACTION_BEFORE = re.compile(r"(?<![\w-])" + _FRACTION + "$", re.IGNORECASE)


def word_number(text: str) -> float | None:
    """"forty-three" -> 43, "2,521" -> 2521, "1.5" -> 1.5, "three hundred" -> 300."""
    t = text.strip().lower().replace(",", "")
    try:
        return float(t)
    except ValueError:
        pass
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion)", t)
    if m:
        return float(m.group(1)) * SCALES[m.group(2)]
    total = 0.0
    current = 0.0
    seen = False
    for part in re.split(r"[\s-]+", t):
        if not part or part == "and":
            continue
        if part in WORD_NUMBERS:
            v = WORD_NUMBERS[part]
            if part == "hundred":
                current = (current or 1) * 100
            elif part in {"a", "an"}:
                current += 1
            else:
                current += v
            seen = True
        elif part in SCALES and part not in {"m", "b", "k", "t"}:
            total += (current or 1) * SCALES[part]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _currency(prefix: str) -> str:
    p = prefix.upper()
    for sym, code in PREFIX_CURRENCY:
        if sym.upper() == p:
            return code
    return "USD"


def _suffix_currency(suffix: str, other_dollar: bool) -> str | None:
    """The currency a word after an amount names ("euros" -> EUR); "dollars" alone names
    none unless the text also writes another dollar (see :func:`extract_quantities`)."""
    suffix = suffix.lower()
    if suffix in {"dollars", "dollar"} and not other_dollar:
        return None
    return SUFFIX_CURRENCY[suffix]


def _fraction(words: str) -> float:
    """"a quarter" -> 0.25, "three-quarters" -> 0.75."""
    return FRACTIONS[re.sub(r"[\s-]+", " ", words.lower())]


def _scale(s: str | None) -> float:
    if not s:
        return 1.0
    s = s.strip().lstrip("-")
    if s in {"M", "B", "K", "T"}:
        s = s.lower()
    return SCALES.get(s.lower(), 1.0) if s else 1.0


def _subject(verb: Token, inside: set[int]) -> Token | None:
    """The verb's subject outside the number; of two, the one nearest before the verb (the
    other is a dateline the parse took for one: "NORTHGATE, Aug. 14 — Wheat prices rose");
    of a verb with none, its governing verb's ("The line is expected to cost €260 million")."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i not in inside]
    if not subjects and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i not in inside]
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else (subjects[0] if subjects else None)


def _measure(doc: Doc, lo: int, hi: int, kind: str, unit: str | None, others: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """Char bounds of the phrase the quantity in tokens lo..hi (of ``kind`` and ``unit``)
    measures; never one of the article's other numbers (tokens ``others``), save the sum a
    share is "of" ("two thirds of the $5 billion")."""
    inside = set(range(lo, hi))
    root = None
    for i in range(lo, hi):
        if doc[i].head.i not in inside or doc[i].head.i == i:
            root = doc[i]
            break
    if root is None:
        return None
    target: Token | None = None
    # "58% of registered voters", "€3.2 million in emergency aid", "€250 million for relief",
    # "two of its girders": the phrase the number is of, in or for
    # (a share is "of" something; a sum also "in" or "for" it; never "in July")
    money = any(doc[i].ent_type_ == "MONEY" or doc[i].is_currency for i in inside)
    share = root.text.endswith("%") or root.lower_ in {"percent", "per", "%"}
    # (a number standing alone, "two of its girders", counts what it is "of")
    alone = root.pos_ == "NUM" and root.dep_ not in {"nummod", "compound", "quantmod"}
    fraction = unit == "fraction"
    # (a duration is "of" what fills it: "30 years of experience")
    preps = {"of", "in", "for"} if money else {"of"} if share or alone or fraction or kind == "duration" else set()
    tail = next(
        (
            g for t in (doc[i] for i in range(lo, hi)) for c in t.children
            if c.dep_ == "prep" and c.i >= hi and c.lower_ in preps
            for g in c.children
            if g.dep_ == "pobj" and g.i not in inside and g.ent_type_ not in {"DATE", "TIME"} and (
                g.pos_ in {"NOUN", "PROPN"} or g.tag_ == "VBG"  # "100% of the precincts reporting"
                or g.i in others and (share or fraction)  # "two thirds of the $5 billion"
            )
        ),
        None,
    )
    if tail is not None and tail.i in others:
        # a share of another number: that number is what it measures, as written
        return doc[tail.left_edge.i].idx, doc[tail.right_edge.i].idx + len(doc[tail.right_edge.i].text)
    if tail is not None:
        target = tail
    node = root
    for _ in range(5 if target is None else 0):
        head = node.head
        if node.dep_ == "appos" and head.i < node.i:
            if unit == "age" and head.pos_ in {"NOUN", "PROPN"}:
                target = head  # "Haddad, 19,": Haddad's age
                break
            node = head
            continue
        if head is node or head.pos_ in {"VERB", "AUX"}:
            gov = head
            subj = _subject(gov, inside)
            if subj is not None:
                target = subj
            elif node.dep_ in {"nsubj", "nsubjpass"}:
                target = next((c for c in gov.children if c.dep_ in {"dobj", "attr"} and c.i not in inside), None)
            break
        if head.pos_ in {"NOUN", "PROPN"} and node.dep_ in {"nummod", "compound", "amod", "quantmod", "nmod", "npadvmod", "appos"}:
            target = head
            break
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of" and head.head.lemma_.lower() in AMOUNT_NOUNS:
            node = head.head  # "by an average of 9 percent": the average is the number's
            continue
        if kind == "duration" and node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"in", "after"} and head.head.pos_ == "VERB":
            obj = next((c for c in head.head.children if c.dep_ == "dobj" and c.i not in inside and c.i < head.i), None)
            if obj is not None and (head.lower_ == "after" or any(
                t.lower_ in {"first", "last"} or t.tag_ == "JJS" for t in obj.lefts for t in t.subtree
            )):
                # "celebrated their first title in 52 years", "reopen a hotline after two
                # years": the event the time is up to (not "will hit the airwaves in the
                # next two months": the subject's)
                target = obj
                break
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"by", "to", "at", "from"} and head.head.pos_ == "VERB":
            obj = next((c for c in head.head.children if c.dep_ == "dobj" and c.i not in inside and c.i < head.i), None)
            if obj is not None:
                target = obj  # "raised bread prices by 9 percent", "keep its rate at 3.25%"
                break
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"of", "at", "to", "for", "on", "in"}:
            gov = head.head
            if gov.pos_ in {"NOUN", "PROPN"} and gov.i not in inside and head.lower_ in {"of", "at", "to", "for"}:
                target = gov
                break
            node = gov if gov.pos_ in {"VERB", "AUX"} else head
            if gov.pos_ in {"VERB", "AUX"}:
                target = _subject(gov, inside)
                break
            continue
        node = head
    if target is not None and target.lower_ in {"that", "which", "who"} and target.head.dep_ == "relcl" and target.head.head.pos_ in {"NOUN", "PROPN"}:
        target = target.head.head  # "the operator, which earned $5 billion": the operator
    if target is None or target.i in inside or target.i in others or target.pos_ == "PRON" and target.lower_ not in {"it", "that"}:
        return None
    left = target.left_edge.i
    # the phrase: the noun with its modifiers and a short prepositional tail, never the number
    right = target.i + 1
    for c in target.children:
        if c.dep_ == "prep" and c.i > target.i and c.right_edge.i - target.i <= 8 and not any(
            j in inside for j in range(c.i, c.right_edge.i + 1)
        ):
            right = max(right, c.right_edge.i + 1)
    if lo >= left and lo < right:
        if lo > target.i:
            right = lo
        else:
            left = hi
    while left < right and (doc[left].is_punct or doc[left].pos_ in {"DET"} and doc[left].lower_ in {"a", "an"}):
        left += 1
    if left >= max(hi, 2) and left + 1 < right and doc[left - 1].text == "-" and doc[left - 2].lower_ in {"a", "an", "per"}:
        left += 1  # "a $400-million-a-year business", "a $5-a-share dividend": the rate's unit is no part of it
        while left < right and doc[left].is_punct:
            left += 1  # (the “$12-an-hour” workers)
    while right > left and doc[right - 1].is_punct:
        right -= 1
    if right <= left or right - left > 12:
        return None
    return doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text)


def _tokens_for(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0, 0
    return span.start, span.end


def extract_quantities(doc: Doc, sentence_of, text: str | None = None) -> list[Quantity]:
    """Money, percentages, durations and counts in ``doc``, in text order."""
    text = doc.text if text is None else text
    out: list[Quantity] = []
    found: list[tuple[int, int, str, float, str | None, str | None]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, *_ in found)

    def add(s: int, e: int, kind: str, value: float, unit: str | None, currency: str | None) -> None:
        found.append((s, e, kind, value, unit, currency))

    matches = list(MONEY_RE.finditer(text))
    # A bare "$" is US dollars only where the article sets it against another dollar
    # ("C$56 billion ($40.5 billion)"); alone it may be any dollar, so no currency is
    # claimed (unit "$").
    other_dollar = any(
        (m.group("cur") or "").upper() in {"C$", "CA$", "CAN$", "A$", "AU$", "NZ$", "HK$", "S$", "CAD", "AUD"}
        or (m.group("suf") or "").lower() in {"canadian dollars", "canadian dollar", "australian dollars"}
        for m in matches
    )
    for m in matches:
        if m.group("num") is not None:
            sym = m.group("cur")
            cur = _currency(sym)
            if sym == "$" and not other_dollar:
                cur = None
            num, scale = m.group("num"), m.group("scale")
        else:
            cur = _suffix_currency(m.group("suf"), other_dollar)
            num, scale = m.group("num2"), m.group("scale2")
        value = float(num.replace(",", "")) * _scale(scale)
        if cur == "USD-cent":
            cur, value = "USD", value / 100
        s, e = m.start(), m.end()
        if cur == "GBP" and (m.group("suf") or "").lower() in {"pound", "pounds"} and _WEIGHT_BEFORE.search(text, max(0, s - 25), s):
            add(s, e, "other", value, "pound", None)  # "the fish weighed 236 pounds": a weight
            continue
        if m.group("num") is not None and not scale:
            # "$5 billion" written with the scale after a space is caught above; "$5 a share" is fine.
            pass
        add(s, e, "money", value, cur or "$", cur)
    for m in WORD_MONEY_RE.finditer(text):
        s, e = m.start(), m.end()
        num = word_number(m.group("num"))
        if num is None or not free(s, e):
            continue
        cur = _suffix_currency(m.group("suf"), other_dollar)
        value = num * SCALES[m.group("scale").lower()]
        if m.group("frac"):
            value *= _fraction(m.group("frac"))
        if cur == "USD-cent":
            cur, value = "USD", value / 100
        add(s, e, "money", value, cur or "$", cur)
    for m in PERCENT_RE.finditer(text):
        s, e = m.start(), m.end()
        if not free(s, e):
            continue
        v = word_number(m.group("num"))
        if v is None:
            continue
        unit = "percentage point" if "point" in m.group("unit").lower() else "%"
        if m.group("num").lower() in {"a", "an", "one", "1"}:
            # "a quarter of a percentage point", "half a percentage point", "one-half of 1 percent"
            frac = _FRACTION_BEFORE.search(text, max(0, s - 30), s)
            if frac is not None and free(frac.start(), e):
                s, v = frac.start(), v * _fraction(frac.group("frac"))
        add(s, e, "percent", v, unit, None)

    # Counts and durations from tokens.
    n = len(doc)
    candidates = numeric(doc, set(WORD_NUMBERS) | {"dozens", "hundreds", "thousands", "millions"})
    ci = 0
    i = 0
    while ci < len(candidates):
        if candidates[ci] < i:
            ci += 1
            continue
        i = candidates[ci]
        ci += 1
        t = doc[i]
        if not (t.like_num or t.lower_ in WORD_NUMBERS and t.lower_ not in {"a", "an", "half"} or t.lower_ in {"dozens", "hundreds", "thousands", "millions"}):
            i += 1
            continue
        if t.lower_ in {"one"} and t.pos_ != "NUM":
            i += 1
            continue
        age = _age(doc, i)
        if age is not None:  # "Okafor, 33, said", "aged 45", "a 45-year-old mayor"
            start, end = age
            if free(start, end):
                add(start, end, "other", float(t.text), "age", None)
            i = i + 1
            continue
        if t.ent_type_ in {"DATE", "TIME", "ORDINAL", "MONEY", "PERCENT"} and not _duration_next(doc, i):
            i += 1
            continue
        # the whole number: "forty - three", "2,521", "1.5 million"
        j = i + 1
        while j < n and (doc[j].like_num or doc[j].lower_ in SCALES and doc[j].lower_ not in {"m", "b", "k", "t"} or doc[j].text == "-" and j + 1 < n and doc[j + 1].like_num):
            j += 1
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        if not free(s, e):
            i = j
            continue
        value = word_number(text[s:e].replace(" - ", "-"))
        if value is None:
            i = j
            continue
        nxt = doc[j] if j < n else None
        if nxt is not None and nxt.text == "-" and j + 1 < n:
            # "10-year term" / "45-year-old"
            unit_tok = doc[j + 1]
            lemma = unit_tok.lemma_.lower()
            if DURATION_UNITS.get(lemma):
                if j + 2 < n and doc[j + 2].text == "-" and j + 3 < n and doc[j + 3].lower_ == "old":
                    i = j + 4
                    continue
                e2 = unit_tok.idx + len(unit_tok.text)
                add(s, e2, "duration", value, DURATION_UNITS[lemma], None)
                i = j + 2
                continue
            if lemma in NOT_COUNTED_AFTER_HYPHEN:
                i = j + 2
                continue  # "two-way trade", "a three-pronged plan": a kind, not a count
            measured = _measure_or_share(value, unit_tok)
            if measured is not None:  # "an 18-yard run", "two-thirds of"
                add(s, unit_tok.idx + len(unit_tok.text), "other", *measured, None)
                i = j + 2
                continue
        if nxt is not None and nxt.lemma_.lower() in DURATION_UNITS and DURATION_UNITS[nxt.lemma_.lower()]:
            after = doc[j + 1] if j + 1 < n else None
            if after is not None and after.lower_ in {"ago", "old", "earlier", "later", "before", "after"}:
                i = j + 1
                continue
            e2 = nxt.idx + len(nxt.text)
            add(s, e2, "duration", value, DURATION_UNITS[nxt.lemma_.lower()], None)
            i = j + 1
            continue
        measured = _measure_or_share(value, nxt) if nxt is not None else None
        if measured is not None:  # "3 inches", "5.6 magnitude", "two thirds of the charge"
            add(s, nxt.idx + len(nxt.text), "other", *measured, None)
            i = j + 1
            continue
        if t.ent_type_ in {"DATE", "TIME", "ORDINAL", "MONEY", "PERCENT"}:
            i = j
            continue
        # a count: the noun it counts
        head = doc[j - 1].head
        unit = None
        if doc[j - 1].dep_ in {"nummod", "quantmod", "compound"} and head.pos_ in {"NOUN", "PROPN"} and head.i >= j:
            unit = head.lemma_.lower()
        elif nxt is not None and nxt.lower_ == "of" and j + 1 < n:
            unit = None
        if unit is None and doc[j - 1].dep_ not in {"pobj", "dobj", "nsubj", "attr", "appos", "conj"}:
            i = j
            continue
        # years written as numbers are dates, not counts
        if unit is None and 1800 <= value <= 2100 and "," not in text[s:e]:
            i = j
            continue
        if t.lower_ == "one" and (unit is None or (i > 0 and doc[i - 1].lower_ == "at" and unit in {"point", "time", "stage"})):
            i = j
            continue  # "one of the longest droughts", "at one point": no count
        if unit is None and i > 0 and doc[i - 1].text == "(" and j < n and doc[j].text == ")" and i > 1 and doc[i - 2].pos_ == "PROPN":
            i = j
            continue  # "Tom Okafor (7)": a player's number or an age, not a count
        add(s, e, "count", value, unit, None)
        i = j
    # what each number measures, once all are known: never one of the others
    spans = [_tokens_for(doc, s, e) for s, e, *_ in found]
    numbers = frozenset(i for a, b in spans for i in range(a, b))
    for (s, e, kind, value, unit, currency), (lo, hi) in zip(found, spans, strict=True):
        others = numbers.difference(range(lo, hi))
        m = _measure(doc, lo, hi, kind, unit, others) if hi > lo else None
        out.append(
            Quantity(
                start=s, end=e, text=text[s:e], kind=kind, value=value, unit=unit, currency=currency,  # type: ignore[arg-type]
                measures=text[m[0] : m[1]] if m else None,
                measures_start=m[0] if m else None, measures_end=m[1] if m else None,
                sentence=sentence_of(s),
            )
        )
    out.sort(key=lambda q: q.start)
    return out


_WEIGHT_BEFORE = re.compile(r"\b(?:weigh(?:s|ed|ing)?|weight of|heavier|lighter)\b[^.;]*$", re.IGNORECASE)


def _age(doc: Doc, i: int) -> tuple[int, int] | None:
    """The span of a person's age written at ``doc[i]``, a whole number: between commas
    after a name ("Okafor, 33, said"), after "aged" or "age", or as "45-year-old"; else None."""
    t = doc[i]
    if not t.text.isdigit() or not 0 < int(t.text) < 120:
        return None
    n = len(doc)
    end = t.idx + len(t.text)
    if i + 4 < n and doc[i + 1].text == "-" and doc[i + 2].lower_ in {"year", "years"} and doc[i + 3].text == "-" and doc[i + 4].lower_ == "old":
        return t.idx, doc[i + 4].idx + len(doc[i + 4].text)
    if i > 0 and doc[i - 1].lower_ in {"aged", "age"}:
        return t.idx, end
    if i > 1 and doc[i - 1].text == "," and doc[i - 2].pos_ == "PROPN" and i + 1 < n and doc[i + 1].text in {",", ";", "."}:
        return t.idx, end
    return None


def _measure_or_share(value: float, word: Token) -> tuple[float, str] | None:
    """(value, unit) of a number that ``word``, after it, makes a measure ("3 inches": 3,
    "inch") or a share ("two thirds": 0.667, "fraction"); None when it makes neither."""
    shared = _fraction_of(value, word)
    if shared is not None:
        return shared, "fraction"
    lemma = word.lemma_.lower()
    return (value, MEASURE_UNITS[lemma]) if lemma in MEASURE_UNITS else None


def _fraction_of(value: float, word) -> float | None:
    """The share "two thirds", "one fifth", "three quarters of" writes: value / denominator,
    or None when ``word`` is no fraction's denominator ("two quarters" of a year is a span
    of time unless "of" follows)."""
    low = word.lower_
    lemma = word.lemma_.lower()
    denominator = FRACTION_DENOMINATORS.get(lemma)
    if denominator is None or not 0 < value < denominator:
        return None
    if value != 1 and low == lemma:  # "two third": no fraction
        return None
    if lemma == "quarter" and not (word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ == "of"):
        return None
    return value / denominator


def _duration_next(doc: Doc, i: int) -> bool:
    j = i + 1
    while j < len(doc) and (doc[j].like_num or doc[j].text == "-"):
        j += 1
    if j < len(doc) and doc[j].lemma_.lower() in DURATION_UNITS and DURATION_UNITS[doc[j].lemma_.lower()]:
        after = doc[j + 1] if j + 1 < len(doc) else None
        return not (after is not None and after.lower_ in {"ago", "old", "earlier", "later", "-"})
    return False
