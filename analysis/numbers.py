"""Numbers as journalists write them: digits, groupings, scale words and number words.

Why our own: quantulum3 and Recognizers-Text parse numbers but not South Asian
grouping ("3,46,718"), lakh/crore, or attached scale abbreviations ("Rs2bn", "1.7m")
the way the subcontinent's press writes them, and neither keeps offsets that survive a
range ("1.3-1.5 million"). This module is pure: text in, numbers and spans out.

Every pattern is bounded (``{m,n}`` instead of ``+``/``*`` where it could run on) so a
hostile text of digit runs or repeated separators is scanned in linear time.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, fields

from .scan import scan

__all__ = [
    "VULGAR_FRACTIONS",
    "NumberToken",
    "SCALES",
    "UNITS",
    "TENS",
    "NUMBER_TOKEN_RE",
    "find_number_tokens",
    "parse_digits",
    "parse_number_words",
    "MAX_VALUE",
]

#: Larger values are not figures a report states (a run of digits, an identifier, "1e400").
MAX_VALUE = 1e18  # Iranian budgets in rials reach 1e17 ("144 quadrillion rials")

SCALES: dict[str, float] = {
    "thousand": 1e3,
    "k": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "bil": 1e9,
    "mil": 1e6,
    "tril": 1e12,
    "tr": 1e12,  # glued only: "Rs1.2tr" (Pakistani press)
    # Nigerian and Russian-agency copy: "N5.41trn", "1.2 trln roubles"
    "trn": 1e12,
    "trln": 1e12,
    # translated copy (Iranian, Chinese, Arab agencies) writes the plural after digits:
    # "2 millions of them", "3 billions"
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
    "quadrillion": 1e15,
    # science copy's largest words: "would take a supercomputer 10 septillion years"
    # (quantum-computing copy, session 8)
    "quintillion": 1e18,
    "sextillion": 1e21,
    "septillion": 1e24,
}

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_WORD_SCALES = {
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
    # South Asian copy: "Rs eight lac", "two lakhs", "three crores" after a number word
    "lac": 1e5,
    "lacs": 1e5,
    "lakhs": 1e5,
    "crores": 1e7,
}


def _cased(words) -> str:
    """An alternation of each word in lower case and Capitalised (case-sensitive matching
    keeps the regex engine's first-character prefilter, which IGNORECASE defeats)."""
    forms = sorted({f for w in words for f in (w, w.capitalize())}, key=len, reverse=True)
    return "|".join(forms)


_SMALL = _cased(list(UNITS) + list(TENS))
_SMALL_LOWER = "|".join(sorted(list(UNITS) + list(TENS), key=len, reverse=True))
_BIG = "hundred|thousand|million|billion|trillion|lakhs|lakh|lacs|lac|crores|crore"
_HALF_UNITS = (
    "tonne|ton|kilo|kilogram|kilogramme|gram|gramme|litre|liter|gallon|pint|mile|kilometre"
    "|kilometer|metre|meter|acre|hectare|second|minute|hour|day|week|fortnight|month|year"
    "|decade|century"
)
_SMALL_TITLE = "|".join(w.capitalize() for w in _SMALL_LOWER.split("|"))
_BIG_TITLE = "|".join(w.capitalize() for w in _BIG.split("|"))
# Radio scripts and tabloid headlines in capitals ("DESTROYED NINE HOMES", "FOUR MILLION
# DOLLARS", session 8). "ONE" opens a number only before a scale ("NO ONE WAS HURT").
_SMALL_UPPER = "|".join(w.upper() for w in _SMALL_LOWER.split("|"))
_BIG_UPPER = "|".join(w.upper() for w in _BIG.split("|"))
_SMALL_UPPER_OPENERS = "|".join(w.upper() for w in _SMALL_LOWER.split("|") if w != "one")
# A number written in words: "two hundred", "twenty-one", "one million", "half a million",
# "a dozen", "a hundred and fifty" ("half-a-million", hyphenated as an adjective, too). Plural scale words ("hundreds of") are vague, not figures,
# so they are not part of the pattern.
# "and" joins the words of one number only after a scale word ("a hundred and fifty",
# "two thousand and five"); after a unit or a tens word it joins two numbers: "between
# five and eight days" is a range, not 13.
_AND_AFTER_SCALE = (
    "(?:" + "|".join(f"(?<={w})" for w in [*_BIG.split("|"), "dozen"]) + r")[ \u00a0]and"
)
_AND_AFTER_TITLE_SCALE = (
    "(?:" + "|".join(f"(?<={w})" for w in _BIG_TITLE.split("|")) + r")[ \u00a0]and"
)
_WORDS = (
    # "one and a half million", "two and a half": a whole number and a half, then a scale
    # (hyphenated as an adjective too: "a five-and-a-half-year contract", session 6)
    rf"(?:(?:{_SMALL})[ \u00a0]and[ \u00a0]a[ \u00a0]half(?:[ \u00a0](?:{_BIG}))?(?![ \u00a0-]dozen)"
    # and hyphenated before a scale in broadcast copy: "around two-and-a-half million" (KBS,
    # session 7)
    rf"|(?:{_SMALL})-and-a-half(?:[ \u00a0-](?:{_BIG}))?(?![ \u00a0-]dozen)"
    # "six and half million" (NGO copy drops the article): only before a scale word
    rf"|(?:{_SMALL})[ \u00a0]and[ \u00a0]half[ \u00a0](?:{_BIG})"
    # ("Half a Million Without Power": a title-case headline capitalises the scale)
    rf"|(?:half|Half)[ \u00a0-]a[ \u00a0-](?:{_BIG}|dozen|{_BIG_TITLE}|Dozen)"
    # "more than half a tonne of cocaine", "half an hour", "half a mile": half of one unit
    # of weight, length, volume or time (police, court and spoken copy, session 7); the
    # unit is read after the token, as after "2"
    rf"|(?:half|Half)[ \u00a0]an?(?=[ \u00a0](?:{_HALF_UNITS})\b)"
    # "a half-dozen drones" (American usage of "half a dozen")
    rf"|(?:a|A)[ \u00a0]half[ \u00a0-]dozen"
    # "a half-million people", "the half-billion dollar mark": American "half a million"
    rf"|(?:(?:a|A)[ \u00a0])?(?<![A-Za-z-])(?:half|Half)[ \u00a0-](?:million|billion|trillion)(?![a-z])"
    # "a quarter million people" (US weather and outage copy, session 6)
    rf"|(?<![A-Za-z-])(?:a|A)[ \u00a0]quarter[ \u00a0-](?:million|billion|trillion)(?![a-z])"
    rf"|(?:a|an|A|An)[ \u00a0](?:dozen|{_BIG})(?:(?:{_AND_AFTER_SCALE})?[ \u00a0-](?:{_SMALL_LOWER}|{_BIG})){{0,6}}"
    # a title-case headline or charge sheet: "Fire Leaves Seven Thousand Homeless", "Over Two
    # Million Afghans", "Four Hundred and Twenty Million Naira" ("and" after a scale word)
    rf"|(?:{_SMALL_TITLE})(?:(?:{_AND_AFTER_TITLE_SCALE})?[ \u00a0-](?:{_SMALL_TITLE}|{_BIG_TITLE}))"
    rf"{{1,8}}(?![a-z])"
    # in capitals: "NINE HOMES", "TWO HUNDRED RESIDENTS", "ONE MILLION" (not a lone "ONE")
    rf"|(?:(?:{_SMALL_UPPER_OPENERS})(?:[ \u00a0-](?:{_SMALL_UPPER}|{_BIG_UPPER})){{0,8}}"
    rf"|ONE(?:[ \u00a0-](?:{_BIG_UPPER})){{1,3}})(?![A-Za-z])"
    rf"|(?:{_SMALL})(?:(?:{_AND_AFTER_SCALE})?[ \u00a0-](?:{_SMALL_LOWER}|{_BIG}|dozen"
    # South Asian copy capitalises its own scales after a number word: "around eight Lac
    # Afghan refugees", "Rs two Crore" (Pakistani channel copy, session 10)
    rf"|(?:Lakhs|Lakh|Lacs|Lac|Crores|Crore)\b)){{0,8}}"
    # a bare "dozen", but not "a few dozen", "several dozen", "many dozen": vague, like
    # "a few hundred" (tests/test_unseen_styles.py)
    rf"|(?<!few[ \u00a0])(?<!eral[ \u00a0])(?<!many[ \u00a0])(?:dozen|Dozen))"
)
# Continental forms in English copy from European and Latin American agencies: thousands
# grouped by points, at least two groups ("1.048.900"; one group, "12.345", stays a decimal
# point), and a decimal comma before a scale or a percent sign ("7,7 million", "211,4%"),
# which comma grouping cannot mean (it needs three digits after the comma).
_EURO_TAIL = (
    r"(?:(?:\.\d{3}){2,5}(?![\d.])"
    r"|,\d{1,2}(?![\d,])(?=[ \u00a0]?(?:million|billion|trillion|mn|bn|m\b|%|per[ \u00a0]?cent"
    r"|percent)))"
)
_DECIMAL_COMMA_RE = re.compile(r"\d{1,3},\d{1,2}")
# Digits: comma-grouped (Western 1,234,567 or South Asian 3,46,718), grouped by a no-break,
# narrow no-break or thin space ("105 585"), or plain; then an optional decimal part. A plain
# space group may end a clause ("(100 900, or 10%)", "reached 80 375."), but not before a
# comma or point and more digits ("3 100,5", "2 100.25"), which stay apart.
_DIGITS = (
    rf"(?:\d{{1,3}}{_EURO_TAIL}"
    # a stray space after a thousands comma ("more than 10, 000km", "N400, 700, 000",
    # "N50, 049,000": African copy): joined only when a group after such a space opens
    # with 0, which no number of its own does
    r"|\d{1,3}(?:,[ \u00a0]?\d{3}){0,3}?,[ \u00a0]0\d{2}(?:,[ \u00a0]?\d{3}){0,3}(?!\d)"
    r"|\d{1,3}(?:[,\u066c]\d{2,3}){1,7}(?!\d)"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3}){1,5}(?!\d)"
    # (not before a hyphenated word: "300 120-mm rounds" is a count and a calibre)
    r"|\d{1,3}(?: \d{3}){1,5}(?!\d|[,.]\d|-[A-Za-z])"
    # but before a point and two decimals, cents: "R850 000.00", "R42 500.50" (South
    # African municipal copy groups thousands with a plain space), not "2 100.00%"
    r"|\d{1,3}(?: \d{3}){1,5}(?=\.\d{2}(?![\d%]))"
    r"|\d{1,400})"
    r"(?:[.\u066b]\d{1,20}(?!\d))?"
)
# "lakh crore" and "thousand crore" are one scale (1e12, 1e10): Indian budgets and debts
# are written "Rs 1.3 lakh crore", "Rs 10 thousand crore" (as an adjective, hyphenated: "a
# Rs 2.5-lakh-crore package", PTI copy, session 7).
_SCALE_AFTER = (
    # ("RS 20 LAKH CRORES" in capitals too, session 8)
    r"(?:(?:[ \u00a0]{0,2}|-)(?:(?:thousand|lakhs?|lacs?|Thousand|Lakhs?|THOUSAND|LAKHS?)"
    r"(?:[ \u00a0-](?:crores?|Crores?|CRORES?))?"
    r"|millions?|billions?|trillions?|quadrillion|quintillion|sextillion|septillion"
    r"|crores?|mn|mln|bn|bln|trln|trn|tn"
    # The Star (Malaysia): "RM1.2bil", "RM500mil"
    r"|bil|mil|tril"
    r"|Million|Billion|Trillion|Crores?|Mn|Bn|MN|BN"
    # Indian startup and business copy: "INR 913.7 Cr", "Rs 350 cr", "1.14 Cr shares"
    r"|Cr|cr"
    # an all-capitals headline: "OVER 2 MILLION AFGHANS LEFT", "RS 5 CRORE RELEASED"
    r"|MILLION|BILLION|TRILLION|THOUSAND|LAKHS?|CRORES?)"
    # ("75m2", "40m²" are square metres, not millions: property copy, session 6)
    # ("₹12K Crore", "Rs 5k cr": Indian headlines write thousands of crores so, session 8)
    r"|(?:m(?![23\u00b2\u00b3])|[kK](?:[ \u00a0](?:[Cc]rores?|[Cc]r))?|b|cr|tr|M|B)"
    # a capital M or B after a space that ends the line or the clause: the fact boxes of
    # humanitarian updates ("People in need: 134.0 M", "Unmet requirements: 16.68 B")
    r"|[ \u00a0](?:M|B)(?=[ \u00a0]*(?:\n|$)|[.,;:)])"
    # a spaced lower-case "m" after an amount of money: "$300 m" (kept only after a currency
    # sign, below: "within 300 m of the shore" is metres)
    r"|[ \u00a0]m)(?![A-Za-z])"
)
# A vulgar fraction glued to the digits: "2½ years", "1¼ million".
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
# What may follow the digits (a glued vulgar fraction, a scale) and the words (a scale):
# shared by the reference pattern and the two fast passes below, so they cannot drift.
# A spaced one too: "sentenced to 9 ½ years" (wire copy).
# A fraction written with a slash after a space, before a word: "3 1/2 miles",
# "a 2 1/2-year-old", "2 1/2 cups" (American and recipe copy). Only the common fractions,
# and only before a lower-case word or a hyphen, so "11/2" and "on 3 1/2." stay as before.
_SLASH_FRACTION = r"(?:1/[2348]|2/3|3/[48]|[57]/8)"
_SLASH_FRACTIONS = {
    "1/2": 0.5, "1/3": 1 / 3, "2/3": 2 / 3, "1/4": 0.25, "3/4": 0.75,
    "1/8": 0.125, "3/8": 0.375, "5/8": 0.625, "7/8": 0.875,
}  # fmt: skip
# (before "of" a slash fraction is a share, read with its own guards in analysis.figures:
# "1/3 of them"; a glyph's share is read there too)
_BEFORE_WORD = r"(?=[ \u00a0-](?!of\b)[a-z])"
_DIGIT_TAIL = (
    rf"(?:[ \u00a0]?(?P<vf>[½¼¾⅓⅔⅛])|[ \u00a0](?P<sf>{_SLASH_FRACTION}){_BEFORE_WORD})?"
    rf"(?P<scale>{_SCALE_AFTER})?"
)
#: The fraction glyphs, which can stand as a token of their own ("½ cup", "¾ of").
VULGAR_FRACTIONS = frozenset(_VULGAR)
# A fraction standing alone before a word: "½ cup", "¾ of voters", "1/2 inch". Not after a
# digit and a space (that is the tail above) nor inside a word, a date or a path.
_FRACTION = rf"(?P<frac>(?<![\w/.,])(?<!\d[ \u00a0])(?:{_SLASH_FRACTION}{_BEFORE_WORD}|[½¼¾⅓⅔⅛](?=[ \u00a0-][a-z])))"
_WORD_TAIL = r"(?P<wscale>[ \u00a0](?:thousand|million|billion|trillion|lakhs|lakh|lacs|lac|crores|crore)\b)?"
# A decimal written without its leading zero (American copy: "rose .5 percent"): only after
# a space, a line start or a bracket, never after a word, a digit or another point, and
# never before a separator and more digits (".5 123", ".5,000": those read as before).
# A number word glued to a digit before it is part of a name ("2seventy bio"): no token.
_POINT_DIGITS = r"(?<![\w.,])\.\d{1,20}(?![.,\u066b\u066c\u00a0\u202f\u2009 ]?\d)"
# (A digit after a comma opens no number when a digit stands before the comma, "1,234" being
# one number; after a word it does: "This summer,118,949 entries" lost its space.)
NUMBER_TOKEN_RE = re.compile(
    rf"{_FRACTION}"
    rf"|(?P<digits>{_POINT_DIGITS}|(?<!\d)(?<!\d,)(?<!\d\.){_DIGITS}){_DIGIT_TAIL}"
    rf"|(?P<words>(?<![A-Za-z0-9]){_WORDS}\b){_WORD_TAIL}"
)


# The same two alternatives as two passes, for speed. ``NUMBER_TOKEN_RE`` opens with
# look-behinds and an alternation, which leave Python's regex engine no prefilter: it
# tried the whole pattern at every offset (about 0.25 ms a report). The digit pass opens
# with ``\d`` (the engine then skips to the next digit) and checks what stood before the
# first digit after consuming it; the word pass is tried only where a word that can open
# a number in words stands. ``find_number_tokens`` merges both and gives what
# ``NUMBER_TOKEN_RE.finditer`` gives (``tests/test_numbers.py`` checks that).
_DIGITS_AFTER_FIRST = (
    rf"(?:\d{{0,2}}{_EURO_TAIL}"
    r"|\d{0,2}(?:,[ \u00a0]?\d{3}){0,3}?,[ \u00a0]0\d{2}(?:,[ \u00a0]?\d{3}){0,3}(?!\d)"
    r"|\d{0,2}(?:[,\u066c]\d{2,3}){1,7}(?!\d)"
    r"|\d{0,2}(?:[\u00a0\u202f\u2009]\d{3}){1,5}(?!\d)"
    r"|\d{0,2}(?: \d{3}){1,5}(?!\d|[,.]\d|-[A-Za-z])"
    r"|\d{0,2}(?: \d{3}){1,5}(?=\.\d{2}(?![\d%]))"
    r"|\d{0,399})"
    r"(?:[.\u066b]\d{1,20}(?!\d))?"
)
_DIGIT_TOKEN_RE = re.compile(
    rf"(?P<digits>\d(?<!\d\d)(?<!\d,\d)(?<!\d\.\d){_DIGITS_AFTER_FIRST}){_DIGIT_TAIL}"
)
# The point form as its own pass, opening with the literal point the engine skips to.
_POINT_TOKEN_RE = re.compile(
    rf"(?P<digits>\.(?<![\w.,]\.)\d{{1,20}}(?![.,\u066b\u066c\u00a0\u202f\u2009 ]?\d))"
    rf"{_DIGIT_TAIL}"
)
# Bare fractions as their own pass, tried only where a slash or a fraction glyph stands.
_FRACTION_TOKEN_RE = re.compile(_FRACTION)
_FRACTION_MARKS = frozenset("/½¼¾⅓⅔⅛")
# What every bare fraction holds, with a plain character first so ``re`` skips to it: the
# full pattern opens with look-behinds and is tried at every offset (85 us on a report
# with a date's or a link's slash), so it runs only where this finds something.
_FRACTION_QUICK_RE = re.compile(r"[1-7]/[2348][ \u00a0-]|[½¼¾⅓⅔⅛]")
_WORD_TOKEN_RE = re.compile(rf"(?P<words>(?<![A-Za-z0-9]){_WORDS}\b){_WORD_TAIL}")
_WORD_OPENERS = frozenset(["half", "a", "an", "dozen", *_SMALL_LOWER.split("|")])


def _number_matches(text: str) -> list[re.Match]:
    """The matches ``NUMBER_TOKEN_RE.finditer(text)`` yields, found in two fast passes."""
    out = list(_DIGIT_TOKEN_RE.finditer(text))
    points = list(_POINT_TOKEN_RE.finditer(text))
    if points:
        # the digit pass read ".5" as "5": the point's match replaces it
        after = {p.start() + 1 for p in points}
        out = [m for m in out if m.start() not in after]
        out.extend(points)
        out.sort(key=lambda m: m.start())
    if not _FRACTION_MARKS.isdisjoint(text) and _FRACTION_QUICK_RE.search(text):
        fracs = list(_FRACTION_TOKEN_RE.finditer(text))
        if fracs:
            # a fraction that opens inside a number already read is no token: "1٫1/2"
            # (an Arabic decimal point) is "1٫1" then "2", as finditer reads it
            ends = {p for m in out for p in range(m.start() + 1, m.end())}
            fracs = [f for f in fracs if f.start() not in ends]
        if fracs:
            # the digit pass read "1/2" as "1" and "2": the fraction replaces them
            inside = {p for f in fracs for p in range(f.start(), f.end())}
            out = [m for m in out if m.start() not in inside]
            out.extend(fracs)
            out.sort(key=lambda m: m.start())
    words = scan(_WORD_TOKEN_RE, text, _WORD_OPENERS)
    if words:
        out.extend(words)
        out.sort(key=lambda m: m.start())
    return out


@dataclass(frozen=True, slots=True)
class NumberToken:
    """One number in the text: its span, raw text, value and how it was written."""

    start: int
    end: int
    text: str
    value: float
    mantissa: float
    scale: float
    in_words: bool
    has_decimal: bool
    grouped: bool


def _token_maker():
    """A constructor of :class:`NumberToken` that sets its slots directly: the frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__`` and cost 1 us
    a token, this half that (a report holds some 30 numbers). It makes the same object:
    the class has no ``__post_init__`` and every field is set, in order
    (``tests/test_numbers.py`` compares the two)."""
    assert not hasattr(NumberToken, "__post_init__")
    assert [f.name for f in fields(NumberToken)] == list(NumberToken.__slots__)
    new = object.__new__
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = (
        getattr(NumberToken, f).__set__ for f in NumberToken.__slots__
    )

    def make(start, end, text, value, mantissa, scale, in_words, has_decimal, grouped):
        tok = new(NumberToken)
        s0(tok, start)
        s1(tok, end)
        s2(tok, text)
        s3(tok, value)
        s4(tok, mantissa)
        s5(tok, scale)
        s6(tok, in_words)
        s7(tok, has_decimal)
        s8(tok, grouped)
        return tok

    return make


_make_token = _token_maker()

_GROUPED_RE = re.compile("[, \u00a0\u202f\u2009\u066c]")
_GROUP_SEPARATORS_RE = re.compile("[,\u00a0\u202f\u2009 \u066c]")


def parse_digits(raw: str) -> float | None:
    """'1,03,764' -> 103764.0; '105 585' -> 105585.0; None when not finite."""
    if _DECIMAL_COMMA_RE.fullmatch(raw):
        raw = raw.replace(",", ".")  # "7,7 million": a decimal comma
    elif raw.count(".") > 1:
        raw = raw.replace(".", "")  # "1.048.900": points as thousands separators
    cleaned = _GROUP_SEPARATORS_RE.sub("", raw).replace("\u066b", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_number_words(raw: str) -> float | None:
    """'two hundred' -> 200; 'half a million' -> 500000; 'a dozen' -> 12; 'twenty-one' -> 21."""
    words = re.split(r"[\s\u00a0-]+", raw.lower().strip())
    if len(words) >= 4 and words[-3:-1] == ["and", "half"]:
        words[-2:-1] = ["a", "half"]  # "six and half million" is "six and a half million"
    if words[-3:] == ["and", "a", "half"] or (
        len(words) >= 5 and words[-4:-1] == ["and", "a", "half"]
    ):
        # "two and a half" -> 2.5; "one and a half million" -> 1,500,000
        k = words.index("and")
        whole = parse_number_words(" ".join(words[:k]))
        scale = _WORD_SCALES.get(words[-1], 1) if words[-1] != "half" else 1
        return None if whole is None else (whole + 0.5) * scale
    words = [w for w in words if w and w != "and"]
    if not words:
        return None
    if words in (["half", "a"], ["half", "an"]):
        return 0.5  # "half a tonne", "half an hour": the unit follows the token
    if words[1:] == ["half", "dozen"]:
        return 6.0  # "a half-dozen"
    if words[0] == "half" and len(words) == 3:
        return 0.5 * (12 if words[2] == "dozen" else _WORD_SCALES.get(words[2], 1))
    if words[-2:-1] == ["half"] and words[-1] in _WORD_SCALES and words[:-2] in ([], ["a"]):
        return 0.5 * _WORD_SCALES[words[-1]]  # "a half-million", "half-billion"
    if words[-2:-1] == ["quarter"] and words[-1] in _WORD_SCALES and words[:-2] == ["a"]:
        return 0.25 * _WORD_SCALES[words[-1]]  # "a quarter million"
    total = 0.0
    current = 0.0
    for i, w in enumerate(words):
        if w in ("a", "an") and i == 0:
            current = 1
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _WORD_SCALES:
            if current == 0 and i > 0 and words[i - 1] in _WORD_SCALES and total:
                total *= _WORD_SCALES[w]  # "one lakh crore", "a thousand crore": one scale
                continue
            total += (current or 1) * _WORD_SCALES[w]
            current = 0
        else:
            return None
    return total + current


def _unit_word_run(raw: str) -> int | None:
    """Where a number in words holds two numbers side by side ("two four", "three two",
    "twenty thirty"), the offset of the space or hyphen between them; None when the words
    make one number ("twenty-four", "two hundred", "a hundred and five")."""
    words = list(re.finditer(r"[^\s\u00a0-]+", raw))
    for a, b in zip(words, words[1:], strict=False):
        x, y = a.group().lower(), b.group().lower()
        if (x in UNITS and (y in UNITS or y in TENS)) or (x in TENS and y in TENS):
            return a.end()
    return None


def _scale_of(raw: str) -> float:
    """'m' -> 1e6; ' lakh crore' -> 1e12 (a compound scale multiplies its words)."""
    words = raw.strip(" \u00a0-").lower().replace("-", " ").split()
    scale = 1.0
    for w in words:
        scale *= SCALES[w]
    return scale


#: Signs right before the digits that make "$25 B" a sum in billions.
_CURRENCY_GLYPHS = frozenset("$€£¥₹")


def _same_scale_split(raw: str) -> int | None:
    """Where "and" joins two numbers that each end with the same scale word ("one million
    and three million"), the offset of " and "; None for one number ("a hundred and
    fifty", "two thousand and five", "one hundred and fifty thousand")."""
    k = raw.rfind(" and ")
    first, second = raw[:k].lower().split(), raw[k + 5 :].lower().split()
    if not first or not second or second[-1] not in _WORD_SCALES:
        return None
    return k if first[-1].rstrip("s") == second[-1].rstrip("s") else None


def find_number_tokens(text: str) -> list[NumberToken]:
    """Every number in ``text``, in order, with scale words folded in ("1.7 lakh" is one token)."""
    out: list[NumberToken] = []
    for m in _number_matches(text):
        if m.re is _FRACTION_TOKEN_RE:
            raw = m.group("frac")
            v = _VULGAR.get(raw) or _SLASH_FRACTIONS[raw]
            out.append(_make_token(m.start(), m.end(), raw, v, v, 1.0, False, True, False))
            continue
        if m.re is _DIGIT_TOKEN_RE or m.re is _POINT_TOKEN_RE:
            raw = m.group("digits")
            if raw.isascii() and raw.isdigit():  # the common case, without a regex
                mant = float(raw)
                has_dec = grouped = False
            else:
                mant = parse_digits(raw)
                if mant is None:
                    continue
                if raw.count(".") > 1:
                    has_dec, grouped = False, True  # "1.048.900"
                elif _DECIMAL_COMMA_RE.fullmatch(raw):
                    has_dec, grouped = True, False  # "7,7 million"
                else:
                    has_dec = "." in raw or "\u066b" in raw
                    grouped = _GROUPED_RE.search(raw) is not None
            if m.group("vf"):
                mant += _VULGAR[m.group("vf")]
                has_dec = True
            elif m.group("sf"):
                mant += _SLASH_FRACTIONS[m.group("sf")]
                has_dec = True
            sc_raw = m.group("scale")
            end = m.end()
            if (
                sc_raw
                and sc_raw[0] in " \u00a0"
                and len(sc_raw) == 2
                and (not has_dec or sc_raw[1] == "m")
                and text[m.start() - 1 : m.start()] not in _CURRENCY_GLYPHS
            ):
                sc_raw, end = None, m.end("digits")  # "a grade 5 B.": a letter, no scale
            scale = _scale_of(sc_raw) if sc_raw else 1.0
            in_words = False
        else:
            raw = m.group("words")
            split = _same_scale_split(raw) if " and " in raw else None
            if split is not None and not m.group("wscale"):
                # "between one million and three million": two numbers of one scale each
                k = m.start() + split
                for a, b in ((m.start(), k), (k + 5, m.end())):
                    v = parse_number_words(text[a:b])
                    if v is not None:
                        out.append(_make_token(a, b, text[a:b], v, v, 1.0, True, False, False))
                continue
            end = m.end()
            if (cut := _unit_word_run(raw)) is not None:
                # "Two four-stroke engines": two numbers side by side, not 6; the first ends
                # at the second's start (which is read on its own after it)
                raw, end = raw[:cut], m.start() + cut
                rest = m.start() + cut + 1
                more = find_number_tokens(text[rest : m.end()])
                mant = parse_number_words(raw)
                if mant is not None:
                    out.append(
                        _make_token(m.start(), end, raw, mant, mant, 1.0, True, False, False)
                    )
                for t in more:
                    out.append(
                        _make_token(
                            t.start + rest,
                            t.end + rest,
                            t.text,
                            t.value,
                            t.mantissa,
                            t.scale,
                            t.in_words,
                            t.has_decimal,
                            t.grouped,
                        )
                    )
                continue
            mant = parse_number_words(raw)
            if mant is None:
                continue
            sc_raw = m.group("wscale")
            scale = SCALES[sc_raw.strip(" \u00a0").lower()] if sc_raw else 1.0
            in_words = True
            has_dec = False
            grouped = False
        # "4.02 billion" is 4,020,000,000, not the binary product 4019999999.9999995: fifteen
        # significant digits hold every amount written in digits and drop that noise
        value = mant * scale if scale == 1 else float(f"{mant * scale:.15g}")
        if not math.isfinite(value) or (value > MAX_VALUE and scale < 1e18):
            continue  # (a scale word beyond a quadrillion says itself how big it is)
        out.append(
            _make_token(
                m.start(),
                end,
                text[m.start() : end],
                value,
                mant,
                scale,
                in_words,
                has_dec,
                grouped,
            )
        )
    if "^" in text and len(out) > 1:
        out = _merge_powers_of_ten(text, out)
    if len(out) > 1 and ", " in text:
        out = _merge_spaced_thousands(text, out)
    return out


#: A month's name or abbreviation, a label or an age word before "4, 250": the day of a date
#: or a label's number, then a count of its own ("On May 4, 250 families", "aged 5, 300").
_SPACED_COMMA_BLOCKERS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december aged age ages no nos".split()
)


def _merge_spaced_thousands(text: str, toks: list[NumberToken]) -> list[NumberToken]:
    """A thousands comma with a space after it is one number: "suspend the aid to 2, 400
    families", "reached 3, 600" (copy translated by the English services of EFE, KUNA and
    WAM, session 13). Only a group of one to three digits after a lower-case word (or a
    currency sign) and a group of exactly three digits, with no list around them: "In 2025,
    300 migrants", "On May 4, 250 families", "Camp 3, 400 people" and "1, 2, 300" stay
    apart (a stray space before a group that opens with 0, "10, 000", is joined by the
    lexer)."""
    merged: list[NumberToken] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if (
            nxt is not None
            and nxt.start == t.end + 2
            and text[t.end : nxt.start] == ", "
            and len(t.text) <= 3
            and t.text.isdigit()
            and t.text[0] != "0"
            and len(nxt.text) == 3
            and nxt.text.isdigit()
            and text[nxt.end : nxt.end + 1] not in (",", ".", "-", "/", ":")
            and _spaced_comma_lead_ok(text, t.start)
        ):
            value = t.value * 1000 + nxt.value
            merged.append(
                _make_token(
                    t.start, nxt.end, text[t.start : nxt.end], value, value, 1.0, False, False, True
                )
            )
            i += 2
            continue
        merged.append(t)
        i += 1
    return merged


#: A sentence that opens "Of the 289, 121 are children" (Jakarta Post, AFP): the whole, then
#: its part, with the comma of the "Of the N ..., M" opener between them.
_OF_THE_OPENER_RE = re.compile(r"Of (?:the|these|those) $")


def _spaced_comma_lead_ok(text: str, start: int) -> bool:
    """The word before the first group is a lower-case word that is no month, label or age
    word, or a currency sign stands right before it; a sentence's "Of the" opener is none
    ("Of the 289, 121 are children": two counts, not 289,121)."""
    if start > 0 and text[start - 1] in "$€£":
        return True
    if start < 2 or text[start - 1] != " ":
        return False
    j = start - 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:j]
    if _OF_THE_OPENER_RE.search(text, max(0, start - 10), start):
        return False
    return bool(word) and word.islower() and word not in _SPACED_COMMA_BLOCKERS


#: Between a mantissa and its power of ten: "3.8 x 10^25", "2×10^9".
_TIMES_SIGN_RE = re.compile("[ \u00a0]?[x\u00d7*][ \u00a0]?")


def _merge_powers_of_ten(text: str, toks: list[NumberToken]) -> list[NumberToken]:
    """A power of ten written with a caret is one number: "10^26 operations", "3.8 x 10^25
    FLOPs" (AI-regulation and science copy, session 8); the exponent was a count of its own
    and the mantissa another."""
    merged: list[NumberToken] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            nxt is not None
            and t.text == "10"
            and text[t.end : t.end + 1] == "^"
            and text[t.end + 1 : nxt.start] in ("", "-", "\u2212")
            and nxt.text.isdigit()
            and len(nxt.text) <= 3
        ):
            exp = int(nxt.text) * (-1 if nxt.start > t.end + 1 else 1)
            start, mant = t.start, 1.0
            prev = merged[-1] if merged else None
            if (
                prev is not None
                and not prev.in_words
                and prev.scale == 1
                and _TIMES_SIGN_RE.fullmatch(text, prev.end, t.start)
            ):
                start, mant = prev.start, prev.value
                merged.pop()
            value = float(f"{mant * 10.0**exp:.15g}")
            merged.append(
                _make_token(
                    start, nxt.end, text[start : nxt.end], value, value, 1.0, False, True, False
                )
            )
            i += 2
            continue
        merged.append(t)
        i += 1
    return merged
