"""Figure extraction: which numbers in a report are figures, and what each one is.

A *figure* is a number that counts or measures something: people, cards, attacks,
money, shares, durations, distances. Dates, years, ordinals, clock times, ages,
identifiers and vague quantities ("thousands of") are numbers that are not figures.

The rules are written from how journalists write numbers (wire copy, South Asian
dailies, UN flash updates, NGO releases), not from any one report:

1. find every number token once (:mod:`analysis.numbers`);
2. drop the ones inside dates, times, phone numbers, identifiers, ages and vague phrases;
3. grow each remaining token into the figure as written: a bound qualifier before it
   ("up to", "over"), a currency, a range ("between 1.3 and 1.5 million", "2-3 lakh"),
   a percent sign or word, a time or measure unit;
4. read what it counts (the noun phrase after it, or the elided noun: "of whom 3,000
   were children", "Of the 24 attacks, 14 ..."), its relation to other figures
   (``part_of``), and who says so (:mod:`analysis.attribution`).

Every step looks at a bounded window around the number, so the whole pass is linear
in the length of the text. No statistical model: the official spaCy models are not on
PyPI and a per-sentence parser could not keep the speed this needs.
"""

from __future__ import annotations

import csv
import functools
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, fields

import pandas as pd

from .attribution import _FORECASTERS
from .entities import _L as _ENT_L
from .entities import _UP as _ENT_UP
from .numbers import SCALES, TENS, UNITS, NumberToken, find_number_tokens
from .numbers import VULGAR_FRACTIONS as _VULGAR_FRACTIONS
from .paths import PACKAGE_DATA_DIR
from .report import Report
from .scan import scan
from .schema import FIGURE_COLUMNS, coerce_table

__all__ = ["Figure", "find_figures", "extract_figures"]


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure: the raw text beside the normalised value, and what it is about.

    Absent parts are ``None``. ``part_of`` is the index of the figure this one is a
    subset or share of; ``sentence``/``paragraph`` index ``Report.sentences``/``paragraphs``.
    """

    start: int
    end: int
    text: str
    value: float
    low: float | None
    high: float | None
    bound: str
    kind: str
    unit: str | None = None
    counted: str | None = None
    head: str | None = None
    part_of: int | None = None
    sentence: int | None = None
    paragraph: int | None = None
    source: str | None = None
    reporting: str | None = None
    hedged: bool | None = None
    direction: str | None = None
    category: str | None = None
    place: str | None = None
    when: str | None = None
    date_from: object = None
    date_to: object = None


# ---------------------------------------------------------------------------------------
# Word lists (data files in analysis/data, read once)


def _read_csv(name: str) -> list[dict[str, str]]:
    with open(PACKAGE_DATA_DIR / name, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines))


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _by_first_letter(words) -> str:
    """``words`` as an alternation grouped by first letter ("r(?:is|os)|c(?:reas|ut)"): it
    matches the same strings, and at each offset the engine compares one letter per
    group rather than every word (the change hints: 1.6 -> 1.0 us a figure)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict:
    quals = {r["phrase"].lower(): r["bound"] for r in _read_csv("qualifiers.csv")}
    cur = _read_csv("currencies.csv")
    prefixes = {r["surface"]: r["code"] for r in cur if r["position"] == "prefix"}
    suffixes = {r["surface"].lower(): r["code"] for r in cur if r["position"] == "suffix"}
    minor = {r["surface"].lower(): r["code"] for r in cur if r["position"] == "minor"}
    suffixes.update(minor)
    time_units = {r["surface"].lower(): r["unit"] for r in _read_csv("time_units.csv")}
    measure_rows = _read_csv("measure_units.csv")
    measures = {r["surface"]: r["pint"] for r in measure_rows}
    # a headline in title case writes the unit so: "Fire Grows To 86,000 Acres"
    for surface, pint in list(measures.items()):
        if len(surface) >= 4 and surface.replace(" ", "").isalpha() and surface.islower():
            measures.setdefault(surface.title(), pint)
            measures.setdefault(surface.upper(), pint)  # and in capitals: "12,000 HECTARES"
    before_measures = [r["surface"] for r in measure_rows if r.get("position") == "before"]
    percent = [r["surface"] for r in _read_csv("percent_words.csv")]
    lex = {
        "quals": quals,
        "qual_last": frozenset(q.split(" ")[-1] for q in quals),
        "prefixes": prefixes,
        "prefix_last": frozenset(p[-1] for p in prefixes),
        "suffixes": suffixes,
        "minor": frozenset(minor),
        "time_units": time_units,
        "measures": measures,
    }
    # A qualifier must end right where the number (or its currency) begins.
    lex["qual_re"] = re.compile(
        rf"(?:^|(?<=[\s(\[“\"‘'—–,;:]))(?P<q>{_alternation(quals)})[ \u00a0]{{1,3}}$", re.IGNORECASE
    )
    # Currency written before the number: "$", "US$ ", "Rs", "Rs.", "PKR ", "Tk ".
    lex["prefix_re"] = re.compile(
        rf"(?:^|(?<=[^A-Za-z]))(?P<c>{_alternation(prefixes)})[ \u00a0]{{0,2}}$"
    )
    # An ISO code written after the amount, upper case only ("12.8M USD"; "20 try" is a verb).
    codes = sorted({r["code"] for r in cur if re.fullmatch(r"[A-Z]{3}", r["code"])})
    lex["code_suffix_re"] = re.compile(rf"[ \u00a0]?(?P<c>{'|'.join(codes)})\b(?![-'’])")
    # "500 rials", and joined by a hyphen as an adjective: "a 3-billion-dollar plan"
    # ("Bucks" in capitals is the NBA side or the county: "20 Bucks fans", session 8)
    lex["suffix_re"] = re.compile(
        rf"(?:[ \u00a0]{{1,2}}|-)(?!(?-i:Bucks)\b)(?P<c>{_alternation(suffixes)})\b",
        re.IGNORECASE,
    )
    # "a 26-percent increase", "a 12-per-cent fall": the word joined by hyphens (US and
    # Canadian copy) makes a percentage as the spaced word does
    hyphenable = _alternation(percent[1:]).replace(r"\ ", "[ \u00a0-]")
    lex["percent_re"] = re.compile(
        rf"(?:[ \u00a0]{{0,2}}(?P<p>%)|(?:[ \u00a0]{{0,2}}|-)(?P<w>{hyphenable})\b)",
        re.IGNORECASE,
    )
    lex["time_re"] = re.compile(
        # minutes and seconds glued to the number in sports and transport copy: "in 44.1sec",
        # "a 15min walk"; hours glued as a lower-case "h" in alerts and tweets ("in past 24h",
        # "a 48h curfew": session 8), never spaced nor before digits ("7h30" is a clock time)
        # ("ms" in lower case only, glued too: "27 ms", "a 12ms ping"; "MS patients")
        rf"(?P<sep>[ \u00a0]{{1,2}}|-|(?=(?:mins?|secs?|hrs?|(?-i:ms)|(?-i:h))\b))"
        rf"(?P<u>{_alternation(set(time_units) - {'ms'})}|(?-i:ms)|(?-i:h)(?<=\dh))"
        r"\b(?!-old)",
        re.IGNORECASE,
    )
    time_units["h"] = "hour"  # (glued only: the pattern above reads it after a digit)
    # A unit of position "glued" counts only glued to the digits: "6in of snow", "a 12in
    # pizza", "6ft 4in" (British copy), never "5 in the morning".
    glued = [r["surface"] for r in measure_rows if r.get("position") == "glued"]
    spaced = [m for m in measures if m not in glued]
    # (not before an article: "scored 10in the first half" lost a space)
    glued_alts = "".join(
        f"|{re.escape(g)}(?<=\\d{re.escape(g)})(?![ \u00a0](?:the|an?|his|her|its|their)\\b)"
        for g in glued
    )
    # ("18 metre-gauge locomotives": the track's gauge names the stock, no length; session 7)
    lex["measure_re"] = re.compile(
        rf"(?P<sep>[ \u00a0]{{0,2}}|-)(?P<u>{_alternation(spaced)}{glued_alts})(?![A-Za-z0-9]|-gauge)"
    )
    # A unit written right before the number: "magnitude 6.1", "magnitude-6.1". The endings
    # are checked first (str.endswith), so most numbers never run the regex.
    lex["measure_before_re"] = re.compile(
        rf"(?<![A-Za-z])(?P<u>{_alternation(before_measures)})[ \u00a0-]{{1,2}}$", re.IGNORECASE
    )
    lex["measure_before_ends"] = tuple(
        f + sep
        for w in before_measures
        for f in {w, w.lower(), w.capitalize()}
        for sep in (" ", "-", "\u00a0", "  ")
    )
    with open(PACKAGE_DATA_DIR / "number_names.txt", encoding="utf-8") as fh:
        names = [ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")]
    # A name the number completes: "the S&P 500", "a Boeing 737" (see number_names.txt).
    # Folded into the label-word regex, so a number costs one search for both.
    lex["number_names"] = tuple(names)
    lex["id_before_re"] = re.compile(
        rf"{_ID_KEYWORD_RE.pattern}|(?<![\w&])(?:{_alternation(names)})[ \u00a0]$"
    )
    verbs = _read_csv("reporting_verbs.csv")
    lex["categories"] = [
        (r["category"], re.compile(rf"\b(?:{r['keywords']})", re.IGNORECASE))
        for r in _read_csv("categories.csv")
    ]
    lex["verbs"] = verbs
    speech = [r["verb"] for r in verbs if r["kind"] == "speech"]
    speakers = _read_lines("speaker_nouns.txt")
    # "one official said", "one man from Guinea said": the noun, an optional place phrase,
    # then (group v) a speech verb; without the verb it must follow "said"/"told" etc.
    lex["speaker_after_re"] = re.compile(
        # (a modifier before the noun, and a nameless speaker's condition set off by commas
        # before the verb: "One aid worker, speaking on condition of anonymity, estimated",
        # features, devset2 feature)
        rf"[ \u00a0](?:(?:aid|senior|local|camp|health|humanitarian)[ \u00a0])?"
        rf"(?:{_alternation(speakers)})\b"
        rf"(?:[ \u00a0](?:from|in|at)[ \u00a0][A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*)?)?"
        r"(?:,[ \u00a0](?:speaking|who[ \u00a0]asked|who[ \u00a0]spoke|who[ \u00a0]requested"
        r"|requesting|asking)[^,.;\n]{0,70},"
        # his or her name set off by commas: "One returnee, Habibullah, said" (Afghan
        # agency copy, session 18)
        r"|,[ \u00a0][A-Z][\w'’\-]+(?:[ \u00a0][A-Z][\w'’\-]+){0,2},)?"
        rf"(?:,?[ \u00a0](?P<v>{_alternation(speech)})\b)?"
    )
    lex["speech_before_re"] = re.compile(rf"\b(?:{_alternation(speech)})[ \u00a0]$")
    lex["one_source_re"] = re.compile(
        rf"[ \u00a0](?:{_alternation(_read_lines('one_source_nouns.txt'))})\b"
    )
    lex["multiplier_re"] = re.compile(
        rf"[ \u00a0]times[ \u00a0](?:{_alternation(_read_lines('multiplier_after.txt'))})\b",
        re.IGNORECASE,  # a title-case headline: "Bottled Water Holds 100 Times More Plastic"
    )
    return lex


def _read_lines(name: str) -> list[str]:
    with open(PACKAGE_DATA_DIR / name, encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")]


@functools.lru_cache(maxsize=256)
def _pint_unit(expr: str) -> str:
    """Normalise a unit through pint's registry (loaded only when a measure is met).

    A scale pint does not define (an earthquake's "magnitude") keeps its own name."""
    import pint

    try:
        return str(_ureg().parse_units(expr))
    except pint.errors.UndefinedUnitError:
        return expr


@functools.lru_cache(maxsize=1)
def _ureg():
    import pint

    return pint.UnitRegistry()


# ---------------------------------------------------------------------------------------
# Spans that hold numbers which are not figures

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # fact boxes write months in capitals: "15 FEBRUARY - 15 MARCH 2024"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    # wire datelines abbreviate them in capitals: "(ANSA) - ROME, OCT 21 -", "SEPT 14"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC"
    # the Afghan solar calendar's months in Afghan outlets' English: "since 1 Hamal", "on
    # 15 Saratan 1404" (session 10)
    r"|Hamal|Sawr|Jawza|Saratan|Asad|Sunbula|Mizan|Aqrab|Qaws|Jadi|Dalw|Hoot)"
)
# Each test below looks at a few characters on either side of one number token, anchored
# there, so excluding dates, times and labels costs the same whatever the text's length.
_MONTH_BEFORE_RE = re.compile(rf"{_MONTHS}\.?[ \u00a0]{{1,2}}$")
_MONTH_COMMA_BEFORE_RE = re.compile(rf"{_MONTHS}\.?,[ \u00a0]$")
# (not a clock's minutes: "Updated 12:11 August 10, 2018" has its day after the month; a
# web page's time stamp, session 17)
_DAY_MONTH_BEFORE_RE = re.compile(
    rf"(?<![\d,.:])\d{{1,2}}(?:st|nd|rd|th)?[ \u00a0]{_MONTHS}\.?[ \u00a0]{{1,2}}$"
)
# "500 day school students", "40 night shift workers": a compound noun, no duration
_DAY_COMPOUND_AFTER_RE = re.compile(
    r"[ \u00a0](?:schools?|scholars?|care|labou?rers?|shifts?|students|pupils|boarders"
    # "2.3 million day visitors", "610,000 day trippers", "18 million day trips", "4.6 million
    # day and overnight visitors": tourism boards count visits by their kind (ds2-tourism)
    r"|visitors?|trippers?|trips|and[ \u00a0](?:staying|overnight)[ \u00a0]visitors)\b",
    re.I,
)
_DAY_RANGE_JOINS = (" and ", " to ", " until ", " till ", " through ")
_MONTH_DAY_RANGE_BEFORE_RE = re.compile(
    rf"{_MONTHS}\.?[ \u00a0]{{1,2}}\d{{1,2}}(?:st|nd|rd|th)?[ \u00a0](?:and|to|until|till|through)[ \u00a0]$"
)
_MONTH_AFTER_RE = re.compile(
    # (a day range: "28-31 March", "28 through 31 March", "from 28 to 31 March", session 7;
    # its joins start with a character _MONTH_AFTER_SECOND holds)
    rf"(?:st|nd|rd|th)?(?:(?:[ \u00a0]?[-–—][ \u00a0]?|[ \u00a0](?:through|to|till)[ \u00a0])"
    rf"\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"[ \u00a0](?:of[ \u00a0])?{_MONTHS}\b"
)
#: The rest of a list of days before their month: ", 13 and 14 March", " and 6 May".
_DAY_LIST_MONTH_AFTER_RE = re.compile(
    rf"(?:,[ \u00a0]\d{{1,2}}(?:st|nd|rd|th)?){{0,6}},?[ \u00a0](?:and|or|&)[ \u00a0]"
    rf"\d{{1,2}}(?:st|nd|rd|th)?[ \u00a0](?:of[ \u00a0])?{_MONTHS}\b"
)
_TIME_AFTER_RE = re.compile(
    r"(?:[:.]\d{2})?[ \u00a0]?(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|h\b(?!-\w)|o'clock)"
    r"|[ \u00a0]?(?:GMT|UTC|IST|PKT|EST|EDT|CET|CEST|BST)\b|:\d{2}",
    re.IGNORECASE,
)


def _is_clock_phrase(text: str, s: int, e: int) -> bool:
    """An hour of the day written as a small number and a part of the day: "at 8 this
    morning", "until 6 in the evening", "up to seven in the morning", "By six in the morning,".

    After "at", "until", "till" or "up to" the phrase is enough (unless "at" follows an
    amount's verb: "the toll stood at 8 this morning" is a count), and after "by" unless a
    verb of change stands before it ("fell by 5 in the morning session"); after "around",
    "before" and the like the phrase must also end its clause ("killed six in the morning
    raid" is a count of the dead)."""
    m = _CLOCK_PHRASE_AFTER_RE.match(text, e)
    if m is None:
        return False
    if text[s - 3 : s] == "at " or text[max(0, s - 6) : s] in (
        "until ",
        "Until ",  # "Until six in the morning this Wednesday, 399,606 migrants had entered"
        "up to ",
        " till ",
        " Till ",
    ):
        return not _AMOUNT_AT_BEFORE_RE.search(text, max(0, s - 20), s)
    if text[max(0, s - 3) : s] in ("By ", "by ") and not _CLOCK_BY_CHANGE_RE.search(
        text, max(0, s - 16), s
    ):
        return True  # "By 10 in the morning some 600 people had gathered"
    if text[s - 3 : s] == "to " and _CLOCK_FROM_BEFORE_RE.search(text, max(0, s - 40), s):
        return True  # "a curfew from nine at night to five in the morning": both ends hours
    return bool(
        _CLOCK_OPENER_BEFORE_RE.search(text, max(0, s - 8), s)
        and _CLOCK_PHRASE_END_RE.match(text, m.end())
    )


def _is_hours_duration(text: str, tok: NumberToken, s: int, tm: re.Match) -> bool:
    """ "2 hrs", "48 hrs" are durations; "1400 hrs", "14.30 hrs", "at 9 hrs" clock times.
    A lower-case "h" glued to the number is hours in alerts and tweets when no clock can
    be meant ("a 48h curfew") or a span's word stands before it ("in past 24h"); "at 14h"
    stays a clock time (session 8)."""
    if tm.group() == "h":
        return (
            tok.value < 100
            and not (tok.has_decimal or tok.in_words)
            and (tok.value > 24 or text.endswith(_HOURS_SPAN_ENDS, 0, s))
        )
    return (
        tm.group()[-3:].lower() == "hrs"
        and tm.group()[:1] not in ":."
        and tok.value < 100
        and not tok.has_decimal
        and text[max(0, s - 3) : s] != "at "
    )


_HOURS_SPAN_ENDS = ("past ", "last ", "next ", "first ", "within ", "for ", "over ", "in ")
_MILITARY_CLOCK_BEFORE = ("at ", "by ", "from ", "until ", "till ", "before ")


_TIME_BEFORE_RE = re.compile(r"\d[:]$")
_WORD_AFTER_SIGNED_RE = re.compile(r"[ \u00a0]+[a-z]{3,}\b")
# A capitalised number word after a lower-case word (an opening quote between them) and
# before a capitalised word is part of a name: 'nicknamed "Zero Point"', "the Three Gorges
# Dam"; a title-case headline ("Fire Leaves Seven Homeless") has a capital before it.
#: The scale words spelt out (a list's last count carries one for all: "2, 3 and 4 million
#: people"), and in title case.
_SCALE_WORDS = ("hundred", "thousand", "million", "billion", "lakh", "crore")
_SCALE_WORDS_TITLE = tuple(w.title() for w in _SCALE_WORDS)
# An amount spelt in title case before its currency ("Four Hundred Naira"): money, no name.
_TITLE_CURRENCY_AFTER_RE = re.compile(
    r" (?:Naira|Dollars|Pounds|Euros|Rupees|Shillings|Cedis|Rand|Kwacha|Birr|Taka|Pesos)\b"
)
_NAME_NUMBER_WORD_BEFORE_RE = re.compile(r"\b[a-z][a-z]*[ \u00a0][\"“‘']?$")
#: The short words a title-case headline leaves in lower case ("Deaths of Two Soldiers
#: Probed", "Search for Four Missing Hikers", "Two in Five Renters").
_TITLE_SMALL_WORDS = frozenset(
    "a an the of in on at to for by with from and or as vs via per into over amid".split()
)


def _in_title_case_line(text: str, s: int) -> bool:
    """Is the line holding offset ``s`` a title-case headline: short, every word but the
    small ones of _TITLE_SMALL_WORDS capitalised, at least three of them? A name ending in
    a number word ("the Three Gorges") is told from a headline's count ("Deaths of Two
    Soldiers Probed") by the words around it (session 8, short-form copy)."""
    a = text.rfind("\n", max(0, s - 160), s) + 1
    b = text.find("\n", s, s + 160)
    if b == -1:
        b = min(len(text), s + 160)
    if a == 0 and s > 160 or b - a >= 160:
        return False
    caps = 0
    for w in text[a:b].split():
        c = w.lstrip("\"'“‘(")[:1]
        if not c.isalpha():
            continue
        if c.islower():
            if w.strip(".,;:!?\"'”’()").lower() not in _TITLE_SMALL_WORDS:
                return False
        else:
            caps += 1
    return caps >= 3


_LOWER_WORD_SOON_RE = re.compile(r"[ \u00a0][a-z]{4,}\b")


def _line_end(text: str, start: int, limit: int) -> int:
    """Where the line holding ``start`` ends, at most at ``limit``."""
    nl = text.find("\n", start, limit)
    return limit if nl == -1 else nl


# A news outlet with a number in its name, after the verb that names the listener or the
# medium: "told France 24 that", "speaking to Darfur 24,". The name
# is one or two capitalised words of three letters or more ("Rs 24" is money).
_OUTLET_BEFORE_RE = re.compile(
    r"\b(?:told|tells|telling|via|(?:[Ss]peaking|[Ss]poke|[Ss]peaks|[Tt]alking|[Tt]alked|[Ii]nterview)"
    r"[ \u00a0](?:to|with))[ \u00a0](?:[A-Z][A-Za-z]+[ \u00a0])?[A-Z][A-Za-z]{2,}[ \u00a0]$"
)
_OUTLET_AFTER_FIRST = " ,.;'’"
_OUTLET_AFTER_RE = re.compile(
    r"(?:[ \u00a0](?:that|on|in|news|television|TV|radio|last|earlier|this)\b|[,.;](?!\d)|['’]s\b)"
)
# An hour written bare after "at", then the part of the day: "at 8 this morning", "at 10
# last night", "at 6 in the evening", "at 9 tonight" (Italian and French ministry copy in
# English); "the toll stood at 8 this morning" is a count, so is "put it at 9".
_CLOCK_PHRASE_AFTER_RE = re.compile(
    r" (?:(?:this|last|tomorrow|yesterday|on[ \u00a0]\w+day|in[ \u00a0]the|every)[ \u00a0]"
    # ("keep the Torkham border open till 11 at night": Pakistani copy, session 13)
    r"(?:morning|evening|night|afternoon)|tonight|at[ \u00a0]night)\b"
)
# Other words that put an hour before "in the morning" (wire and agency copy: "By six in
# the morning, 3,000 people had gathered", "arrived at around seven in the evening"). After
# them the phrase must end its clause, so that "killed six in the morning raid" stays a count.
_CLOCK_OPENER_BEFORE_RE = re.compile(
    r"\b(?:[Aa]round|[Aa]bout|[Bb]efore|[Aa]fter|[Ff]rom|[Ss]ince|[Uu]ntil|[Tt]ill)[ \u00a0]$"
)
# An hour's span, its first end an hour too: "from nine at night to five in the morning",
# "from 10 in the evening to 6 in the morning" (curfew copy; wire and regional, session 17).
_CLOCK_FROM_BEFORE_RE = re.compile(
    r"\b[Ff]rom[ \u00a0](?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve)(?:[ \u00a0](?:this|last|in[ \u00a0]the)[ \u00a0](?:morning|evening|night|afternoon)"
    r"|[ \u00a0]at[ \u00a0]night|[ \u00a0]tonight)[ \u00a0]to[ \u00a0]$"
)
_CLOCK_PHRASE_END_RE = re.compile(
    r"[ \u00a0]?(?:[,.;:)\n]|$|[ \u00a0](?:and|on|when|as|to|until|till|but|with|local|every"
    r"|that|the|a|an|he|she|they|we|I|it|there)\b)"
)
# "By 11 in the morning the thermometer reads 49 degrees": the hour by which, as "at";
# not a change's "by" ("fell by 5 in the morning session"; features, ds2-climate)
_CLOCK_BY_CHANGE_RE = re.compile(
    r"\b(?:rose|rise|rises|rising|fell|fall|falls|falling|up|down|increased?|decreased?"
    r"|grew|grow|dropped|drop|climbed|climb|declined?|jumped|slipped|gained|lost|cut"
    r"|raised|lowered|reduced|risen|fallen|grown|higher|lower)[ \u00a0]by $"
)
_AMOUNT_AT_BEFORE_RE = re.compile(
    r"\b(?:stood|stands?|was|is|were|are|remained|remains|put|puts|pegged|estimated|toll"
    r"|number|figure|it|them)[ \u00a0]at $"
)
_PHONE_BEFORE_RE = re.compile(r"\+[ \u00a0]?(?:\d{1,8}[ \u00a0\-]){0,5}$|\(\d{2,5}\)[ \u00a0]?$")
_CHAIN_AFTER_RE = re.compile(r"-\d{2,}")
# A place in a table of players or teams (tennis, golf and football copy, session 7): "to
# 38 in the world rankings", "ranked 52 in the world", "12th"-less ranks.
_RANKINGS_AFTER_RE = re.compile(
    r"(?:(?:world|WTA|ATP|FIFA|official|latest|singles|doubles|men's|women's)[ \u00a0]){0,2}"
    r"(?:rankings?|standings)\b"
)
# Golf names a half of the course "the back nine", "the front nine", "his second nine".
_HALF_NINE_BEFORE_RE = re.compile(
    r"\b(?:(back|front)|(?:his|her|their)[ \u00a0](?:first|second|closing|opening))[ \u00a0]$",
    re.I,
)
_HALF_NINE_AFTER_RE = re.compile(r"[.,;:!?)]|$|[ \u00a0](?:in|on|with|and|at|to|for|of|but)\b")
# A shooting or serving rate: "44.3% from the field", "38% from three", "71% on first serve".
_SHOT_RATE_AFTER_RE = re.compile(
    r" (?:from (?:the field|the floor|the (?:free-throw |foul )?line|three|deep|beyond the arc"
    r"|the spot)|on (?:(?:his|her|their) )?(?:first|second) serve)\b"
)
_LAST_ROUND_BEFORE_RE = re.compile(
    r"\b(?:reach|reached|reaches|reaching|into|made|make|makes|making|in|to)"
    r"[ \u00a0]the[ \u00a0]last[ \u00a0]$"
)
_LEAGUE_BEFORE_RE = re.compile(r"\b(?:Ligue|Liga|Bundesliga|League|WSL|Tier|Pool)[ \u00a0]$")
_RANKED_BEFORE_RE = re.compile(r"\b(?:ranked|rated|seeded|No\.?|number)[ \u00a0]$")
#: The distances of pool races, and the strokes that name a race after one.
_SWIM_DISTANCES = frozenset((50, 100, 200, 400, 800, 1500))
_SWIM_EVENT_AFTER_RE = re.compile(
    r" (?:(freestyle|backstroke|breaststroke|butterfly|individual medley|medley|IM)|free|back"
    r"|breast|fly)\b"
)
_SWIM_RACE_AFTER_RE = re.compile(
    r" (?:final|finals|heat|heats|semi-final|semi-finals|semifinal|title|gold|silver|bronze"
    r"|world record|in|by)\b"
)
# A whole number of seconds glued as "s" before a word of racing copy: "a 5s penalty", "a
# 12s lead" (decimals, "0.037s", need no word after them).
_GLUED_SECONDS_AFTER_RE = re.compile(
    r"[ \u00a0](?:penalty|lead|gap|margin|ahead|behind|clear|adrift|faster|slower|quicker)\b"
)
_CHAIN_BEFORE_RE = re.compile(r"\d-$")
_DECADE_AFTER_RE = re.compile(r"'?s\b")
_ORDINAL_AFTER_RE = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_AGE_AFTER_RE = re.compile(r"[ \u00a0-](?:year|month|week|day)s?[ \u00a0-]olds?\b", re.IGNORECASE)
_AGE_RANGE_AFTER_RE = re.compile(
    r"-?[ \u00a0](?:to|and|or)[ \u00a0]\d{1,3}[ \u00a0-](?:year|month)s?[ \u00a0-]olds?\b",
    re.IGNORECASE,
)
_AGE_WORDS = (
    r"\b(?:aged|ages?[ \u00a0]of|ages|aged[ \u00a0]between|ages[ \u00a0]between"
    # "drowned aged just 25", "at the age of only 19" (obituary copy, session 6)
    r"|aged[ \u00a0](?:just|only)|ages?[ \u00a0]of[ \u00a0](?:just|only))[ \u00a0]{1,2}"
)
# ... and a single "age 37" ("The co-pilot, age 37, had logged 4,100 hours": aviation and
# court copy), which opens no list: "voters under age 30, 53 percent to 45" is an age, then
# a share.
_AGE_BEFORE_RE = re.compile(
    # a bound sign between: "children aged > 12 years", "adults aged \u226518" (session 6)
    r"(?:" + _AGE_WORDS + r"|\bage[ \u00a0]{1,2})(?:[<>\u2264\u2265][ \u00a0]?)?$",
    re.IGNORECASE,
)
# The later ages of a list: "two men, aged 24 and 31", "aged 9, 12 and 15".
_AGE_LIST_BEFORE_RE = re.compile(
    _AGE_WORDS
    # an age in words too: "three children, aged four, six and 12"
    + r"(?:(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]{3,5})?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?:,[ \u00a0]?(?:(?:and|or)[ \u00a0])?|[ \u00a0](?:and|or)[ \u00a0])){1,4}$",
    re.IGNORECASE,
)
#: A plural noun (perhaps after one modifier) right after a number: "and two (other) men".
_AGE_LIST_NOUN_AFTER_RE = re.compile(
    r"[ \u00a0](?:[a-z-]{2,}[ \u00a0])?([a-z]{2,}s|[a-z]*(?:men|children|people))\b"
)
_AGE_UNIT_PLURALS = frozenset("years months weeks days olds respectively".split())
#: What the text before a later item of a list ends with (checked before the list regex).
_LIST_ENDINGS = (",", ", ", "and ", "or ")
# The upper end of an age band written with units: "children aged six months to five years",
# "aged 6 months to 15 years" (UNICEF and vaccination copy, devset2 agency).
_AGE_BAND_END_BEFORE_RE = re.compile(
    _AGE_WORDS + r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"[ \u00a0-](?:years?|months?|weeks?|days?)[ \u00a0]?(?:to|and|-|\u2013)[ \u00a0]?$",
    re.IGNORECASE,
)
# "=" glues a number to an identifier ("id=123"), but "n=1,234" (also "N=") is a survey's
# sample size: a count, and so is an amount after an amount in an exchange-rate note
# ("($1=117.50 taka)").
# A letter and a hyphen glue one too ("A-4"), but not "to-": "five-to-10 years" is a range.
# "for-" neither: "6-for-21 shooting" is made and attempted shots (basketball copy).
_RATE_BASE_AFTER_SLASH_RE = re.compile(
    r"1(?:,000){1,2}(?![\d.,/])|10,000(?![\d.,])|100,000(?![\d.,])"
)
#: A subsection in brackets glued to a number: "287(g)", "212(f)", "501(c)(3)".
_SUBSECTION_AFTER_RE = re.compile(r"\((?:[a-z]|[ivx]{2,4}|\d{1,2})\)")
# "1-in-4 adults", "Six-in-10 Americans": a rate's hyphens ("in-" before its base) join no
# identifier, nor does a scale word's ("10.1 million-15.2 million", "1.5m-2m": a range with
# the scale on both ends).
_ID_BEFORE_RE = re.compile(
    # ("a magnitude-7.1 quake": AP's hyphen before a quake's magnitude, session 8)
    r"[A-Za-z](?<!\bto)(?<!\bfor)(?<![Mm]agnitude)(?<!\d-of)(?<![\dA-Za-z]-in)(?<!\d million)(?<!\d billion)(?<!\d trillion)"
    r"(?<!\dm)(?<!\dbn)(?<!\dk)(?<!\dmn)-$"
    # ("S/1,500": Peru's sol glued to the amount, no identifier; devset2 americas)
    r"|(?<!\bS)[/\\@#_]$|(?<!\b[nN])(?<![\d ])=$"
)
_COUNTED_SLASH_BEFORE_RE = re.compile(
    r"\d[ \u00a0](?:[A-Za-z\-]+[ \u00a0]){0,2}(?:[a-z]{2,}s|people|IDPs|HHs)/$"
)
_URL_BEFORE_RE = re.compile(r"(?:https?://|www\.)[^\s]{0,80}$")
_ONE_AFTER_RE = re.compile(
    r"[ \u00a0]of\b|-(?:time|off|way|sided|stop)\b|[ \u00a0](?:another|by[ \u00a0]one|day\b|side\b|or[ \u00a0]another)"
    # a scheme's name: "the one-in, one-out deal" (UK returns copy, session 11)
    r"|-in,[ \u00a0]one-out\b|-out\b(?<=\bone-out)",
    re.IGNORECASE,
)
# A p-value: "(p<0.001)", "P = 0.03", "a p-value of 0.002", "P value for interaction =
# 0.61" (study write-ups): the strength of the evidence, no quantity of the world.
_P_VALUE_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])[pP](?:[ \u00a0]?[<=>\u2264\u2265]|[- \u00a0]values?\b[^.;()\d]{0,30}"
    # "P for trend = 0.02", "P for interaction <0.001", "P interaction=0.54"
    r"|[ \u00a0](?:for[ \u00a0][a-z]+(?:[ \u00a0][a-z]+)?|interaction|trend|heterogeneity)"
    r"[ \u00a0]?[<=>\u2264\u2265])[ \u00a0]*$"
)
_P_VALUE_SIGNS = "<=>\u2264\u2265"
# A ratio written with a colon: "in a 2:1 ratio", "a 3:1 split" (trial randomisation).
_RATIO_AFTER_RE = re.compile(r":\d{1,2}(?:[ \u00a0-](?:ratio|split|allocation|randomi[sz]ation)\b)")
# ("a load factor of 86.1%" is a level: only "a factor of N" multiplies)
_FACTOR_OF_ENDS = (" a factor of ", " a factor of\u00a0", "A factor of ")
# An age limit written after the people it bounds: "adults 60 years and older", "people 75
# and over", "women 50 years or older" (health and trial copy): an age, not a figure.
_AGE_OLDER_AFTER_RE = re.compile(
    r"(?:[ \u00a0-]years?(?:[ \u00a0-]old)?)?[ \u00a0-](?:and|or)[ \u00a0-]"
    # (or below it: "children five and younger", "were five years old or younger")
    r"(?:older|over|above|younger|under)\b"
)
# An age limit after a comparative only ages take (Darien Gap and census copy: "were younger
# than 18", "those older than 65"); "more than" and "fewer than" bound counts instead.
_AGE_THAN_ENDS = ("younger than ", "older than ", "younger than\u00a0", "older than\u00a0")
# The same after a copula, with "or older" or "or younger" only ("85 of them are 17 or older",
# "40 were 16 or younger", US school-district copy, ds2-schools; "half of them were five or
# younger", Darien Gap copy, session 19): "over" and "above" after
# "were" may bound a count ("the total was 50 or over"); "older" and "younger" bound ages.
_AGE_OR_OLDER_AFTER_RE = re.compile(
    r"(?:[ \u00a0-]years?(?:[ \u00a0-]old)?)?[ \u00a0](?:and|or)[ \u00a0](?:older|younger)\b"
)
# A population's median or average age, and the later ages of the same clause ("the median
# age has risen to 31 and is projected to reach 36", "Germany's median age is 44.9, against
# 40.1 in 1990": demography and census copy, ds2-demography): ages, not figures. The clause
# ends at a semicolon, a line break or a full stop (not a decimal point).
_MEDIAN_AGE_BEFORE_RE = re.compile(
    r"(?:median|average|mean)[ \u00a0]ages?\b(?:[^.;\n]|\.(?=\d))*$", re.IGNORECASE
)
#: What may follow such an age: "years" ("48.3 years"), then an end of phrase or a word that
#: opens no counted noun ("in 1990", "against 44", "by 2050"); "the median age of the 40
#: passengers" keeps its count.
_MEDIAN_AGE_AFTER_RE = re.compile(
    r"(?:[ \u00a0-]years?(?:[ \u00a0-]old)?)?(?:[,;:.)!?]|$|[ \u00a0](?:in|by|and|against"
    r"|last|this|while|compared|from|for|or|to|at|now|when|but|as|with|a|an|the|since"
    r"|among|across|versus|vs)\b)",
)
_AGE_COPULA_BEFORE_ENDS = tuple(
    w + sp for w in (" are", " were", " is", " was", " be") for sp in (" ", "\u00a0")
)
_AGE_OLDER_BEFORE_RE = re.compile(
    r"\b(?:children|kids|boys|girls|babies|infants|people|persons|men|women|adults|those"
    r"|anyone|everyone|patients|residents|pensioners|voters|workers|drivers|participants"
    r"|volunteers|smokers|individuals|Americans|Britons|seniors)[ \u00a0]\(?$",
    re.IGNORECASE,
)
_DURATION_JOIN_BEFORE_RE = re.compile(
    r"\b(?:years?|months?|weeks?|days?|hours?)(?:,|,?[ \u00a0]and)[ \u00a0]$", re.IGNORECASE
)
#: What makes "one day" a span rather than some day: "for (only) one day", "within one day".
_ONE_DAY_SPAN_BEFORE_RE = re.compile(
    r"\b(?:for|within|in|lasting|lasted|lasts)[ \u00a0](?:only[ \u00a0]|just[ \u00a0])?$",
    re.IGNORECASE,
)
#: A capitalised word (a name, not a sentence's first word after a stop) right before it.
_VERSION_NAME_BEFORE_RE = re.compile(r"(?<![.!?] )(?<!^)\b[A-Z][A-Za-z]+ $")
_PLURAL_AFTER_RE = re.compile(r"[ \u00a0][a-z]{2,}s\b")
# A kind of thing named by a number, not a count: "a two-bedroom flat", "a five-star hotel",
# "four-wheel drive", "a two-seater"; "net zero", "zero-emission buses", "zero tolerance".
_TYPE_AFTER_RE = re.compile(
    r"-(?:bedroom|star|door|seater|wheel|piece"
    # how many digits an amount has: "a six-figure salary", "double-digit growth"
    r"|figures?|digits?"
    # a basket named by its points: "a 3-pointer", "10 3-point attempts" (not "a 3-point lead")
    r"|pointers?|point[ \u00a0-](?:attempts?|shots?|shooting|range|line|play|baskets?|field)"
    # a party system: "a one-party state", "on a two-party preferred basis" (not "a 12-party
    # coalition", a count of parties)
    r"|party[ \u00a0-](?:system|systems|state|states|rule|preferred|politics|democracy"
    r"|dominance)"
    # a plan's or a contest's shape: "a three-pronged plan", "a two-tier system", "a
    # four-way race" (a "two-way street")
    r"|pronged|tier|tiered|sided|way[ \u00a0-](?:race|races|contest|split|tie|primary|street))"
    r"\b(?!-)",
    re.IGNORECASE,
)
# A military or border force's unit named by its number before a singular unit word
# (Bangladeshi and Indian border copy, session 12: "BGB 48 battalion commander", "the 42
# Brigade"); a plural counts them ("deployed 12 battalions").
_UNIT_NAME_AFTER_RE = re.compile(
    r"[ \u00a0](?:[Bb]attalion|[Bb]rigade|[Rr]egiment|[Ss]quadron|[Pp]latoon)\b(?![s’'])"
)
# A home's type in estate agents' shorthand (session 6): "a three-bed semi", "a two-bath
# condo", "a three-bedroomed villa"; small numbers only, "a 100-bed hospital" counts beds.
_HOME_TYPE_AFTER_RE = re.compile(
    # (and Azerbaijani and post-Soviet copy's "three-room apartment", session 7)
    r"-(?:beds?|bedroomed|bedrooms|baths?|bathrooms?|rooms?|roomed|car(?=[ \u00a0]garages?\b))"
    r"\b(?!-)"
    r"(?![ \u00a0](?:wards?|units?|hospitals?|facility|clinics?|hostels?|dorms?|shelters?|ICU"
    r"|cent(?:re|er)s?)\b)",
    re.I,
)
# A year shortened by an apostrophe after a word that opens a time or names an edition
# (obituary and sports copy): "the '62 remake", "in '62", "the class of '99". An opening
# quote at a clause's start ("'62 people were hurt,' he said") has no such word before it.
_SHORT_YEAR_BEFORE_RE = re.compile(
    r"\b(?:the|The|a|in|In|of|since|Since|from|until|by|summer|spring|autumn|fall|winter"
    # a month or the end of a span: "thru Apr. '07", "from '07 to '10" (a research centre's
    # slide text, session 8)
    rf"|From|Until|By|to|through|thru|till|{_MONTHS}\.?)"
    r"[ \u00a0]['\u2019]\Z"  # (not "$": that also matches before a newline)
)
_ZERO_AFTER_RE = re.compile(
    r"[ \u00a0-](?:emissions?|carbon|tolerance|sum|hours?|waste|rated"
    # "at the zero point", "across the zero line": a border's line at Torkham, Wagah or on
    # the Bangladesh-India border, a place (Afghan and South Asian copy); "zero point five"
    # is a number read aloud
    r"|lines?|point(?![ \u00a0-](?:zero|one|two|three|four|five|six|seven|eight|nine)\b))\b",
    re.IGNORECASE,
)
# "net zero", "Ground Zero"; "Point Zero", the desert line on the Algeria-Niger border where
# expelled migrants are left (AFP and Alarme Phone Sahara copy), and "patient zero", the
# first case: names, no count ("one point zero" is one number token, never split; ds2-sahel)
_ZERO_BEFORE_RE = re.compile(r"\b(?:net|ground|point|patient)[ \u00a0-]$", re.IGNORECASE)
#: "return rates are close to zero", "virtually zero", "near-zero": a vague quantity, as
#: "hardly any" is, not a count of nought (UK copy on returns, ds2-homeoffice)
_ZERO_VAGUE_BEFORE_RE = re.compile(
    r"\b(?:close[ \u00a0]to|next[ \u00a0]to|near|virtually|practically|effectively|almost"
    r"|nearly)[ \u00a0-]$",
    re.IGNORECASE,
)
_ONE_BEFORE_RE = re.compile(
    # "another one carrying 71", "the other one": a pronoun (session 7, Alarm Phone copy)
    r"\b(?:no|the|at|on|any|every|each|which|this|that|another|other)[ \u00a0]$",
    re.IGNORECASE,
)
#: A time unit hyphened to "one": "on one-year contracts", "the one-month pause" is a
#: duration, never the pronoun "the one" (Canadian copy on shelter contracts, ds2-canada);
#: an age ("a one-year-old") is left to the age rules.
_ONE_HYPHEN_UNIT_AFTER_RE = re.compile(r"-(?:year|month|week|day)\b(?!-old)", re.IGNORECASE)

# "one in three", "one out of ten": a rate, whatever word stands before "one".
_ONE_RATE_AFTER_RE = re.compile(
    r"[ \u00a0](?:in|out[ \u00a0]of)[ \u00a0](?:every[ \u00a0])?(?:[0-9]|two|three|four|five|six|seven"
    r"|eight|nine|ten|twenty|a[ \u00a0]hundred)\b",
    re.IGNORECASE,
)


_ROUND_THE_CLOCK_RE = re.compile(r"24[-/x×]7(?![\w/-])")


def _round_the_clock(text: str, at: int) -> bool:
    return (
        at >= 0
        and _ROUND_THE_CLOCK_RE.match(text, at) is not None
        and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-/"))
    )


# The characters each pattern of _token_is_label can open with (after the number) or end
# with (before it; a ``$`` also matches before a final newline, so "\n" is among them).
# A pattern runs only when the character next to the number is one of these: most numbers
# sit between spaces and letters, and a Python membership test costs a tenth of a regex
# call (4.7 -> 2.6 us a token). Derived from the patterns by hand, with the characters
# IGNORECASE folds ("\u017f" is an s, "\u0130"/"\u0131" are i's); the test
# ``test_label_gates_answer_as_the_patterns`` (tests/test_figures.py) checks that.
_MONTH_AFTER_FIRST = "stnr \u00a0-\u2013\u2014"
# After a space: a range's dash or "through", "of", or a month (capitalised: the pattern is
# cased).
_MONTH_AFTER_SECOND = "-\u2013\u2014otJFMASODNHQ"
_SPACE_BEFORE = " \u00a0\n"
_AGE_AFTER_FIRST = " \u00a0-"
_AGE_AFTER_SECOND = "ymwdYMWD"  # year, month, week, day (no IGNORECASE folds for these)
_TIME_AFTER_FIRST = ":. \u00a0aphoguiecbAPHOGUIECB\u0130\u0131"
_TIME_AFTER_SECOND = "aphoguiecbAPHOGUIECB\u0130\u0131"  # after one space: am, GMT, ...
_ORDINAL_FIRST = "snrtSNRT\u017f"
_DECADE_FIRST = "'s"
_ID_BEFORE_LAST = "-/\\=@#_\n"
#: A law's or treaty's name after its year: " Alien Enemies Act", " Naturalization Act".
_OLD_LAW_AFTER_RE = re.compile(
    r"(?:[ \u00a0][A-Z][\w'’\-]*){0,5}[ \u00a0](?:Act|Law|Treaty|Convention"
    r"|Constitution|Declaration|Accords?|Agreement|Protocol|Charter|Code|Statute)\b"
)
# "4K video", "an 8K TV", "5K display": a resolution's name, then what has it
_RESOLUTION_KS = frozenset((2.0, 4.0, 5.0, 6.0, 8.0, 12.0))
_RESOLUTION_AFTER_RE = re.compile(
    r"[ \u00a0](?:(?:HDR|UHD|OLED|QLED|Ultra|ultra|HD)[ \u00a0])?(?:video|videos|TVs?|televisions?"
    r"|screens?|displays?|monitors?|resolution|footage|recording|streaming|content|camera|panel"
    r")\b|[ \u00a0]at[ \u00a0]\d"
)
# The second end of a multiplier after the first: " or five", " to 3.5" (then " times")
_TWO_END_TIMES_RE = re.compile(r" (?:or|to) (?:[a-z]{3,9}|\d{1,3}(?:\.\d{1,2})?)(?= times)")
# A unit glued to a slash after a number: the "kW/" of "441 kW/600 hp"
_UNIT_SLASH_BEFORE_RE = re.compile(r"\d[ \u00a0]?([A-Za-z]{1,4})/$")
_ISO_AFTER_RE = re.compile(r"-\d{1,2}-\d{1,2}\b")


_ONE_SOURCE_BEFORE_RE = re.compile(r"\b(?:according[ \u00a0]to|by|on)[ \u00a0]$", re.IGNORECASE)
# An all-capitals word of two or more letters right before a capitalised "One".
_ACRONYM_BEFORE_RE = re.compile(r"\b[A-Z]{2,}[ \u00a0]$")
_NAME_BEFORE_ONE_RE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+[ \u00a0]$")
_NAME_OF_BEFORE_RE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+[ \u00a0]of[ \u00a0]$")
_CAPITAL_NUMBER_NAMES = frozenset(
    "Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty".split()
)


# An age between commas after a person (a name or a person noun), as British headlines
# and agency copy write it: "Man, 45, charged over stabbing", "Jane Doe, 32, of Leeds". The
# number is followed by a word in lower case ("Kabul, 45, Herat, 30" is a list; "In
# March, 45, mostly children, drowned" is a count: one capitalised word is no name).
_AGE_IN_COMMAS_BEFORE_RE = re.compile(
    r"(?:\b(?!(?:In|On|At|By|For|From|Since|Last|This|That|The|Of|During|Until|After|Before"
    r"|Between|And|But|Early|Late|Next|Mid)\b)[A-Z][a-z]+[ \u00a0][A-Z][a-z]+|\b(?:[Mm]an|[Ww]oman|[Bb]oy|[Gg]irl|[Tt]eenager"
    r"|[Tt]een|[Mm]other|[Ff]ather|[Ss]on|[Dd]aughter|[Ww]ife|[Hh]usband|[Gg]randmother"
    r"|[Gg]randfather|[Pp]ensioner|[Vv]ictim|[Ss]uspect|[Dd]river|[Bb]rother|[Ss]ister"
    # a person by role or trade: "The smuggler, 42, was jailed", "the farmer, 60, said"
    # (court and feature copy, session 14)
    r"|[Ss]muggler|[Tt]rafficker|[Mm]igrant|[Rr]efugee|[Ss]eeker|[Dd]eportee|[Rr]eturnee"
    r"|[Dd]efendant|[Ff]armer|[Ff]isherman|[Tt]eacher|[Ss]tudent|[Ww]orker|[Ll]abou?rer"
    r"|[Tt]rader|[Vv]endor|[Ss]hopkeeper|[Nn]urse|[Dd]octor|[Ss]oldier|[Oo]fficer|[Ww]idow"
    r"|[Ss]urvivor|[Rr]esident|[Vv]illager|[Hh]erder|[Tt]ailor|[Mm]echanic|[Cc]arpenter"
    r"|[Jj]ournalist|[Aa]ctivist))"
    r",[ \u00a0]$"
)
_AGE_IN_COMMAS_AFTER_RE = re.compile(r",[ \u00a0](?!and\b|or\b)[a-z]")
# The same in a title-case headline ("Man, 45, Held Over Stabbing"), where the word after
# the age is capitalised: only after a noun that names a person (a two-word name could be
# a place's in a list: "Kabul Province, 45, Herat Province, 30").
_AGE_PERSON_TITLE_BEFORE_RE = re.compile(
    r"\b(?:Man|Woman|Boy|Girl|Teenager|Teen|Mother|Mum|Mom|Father|Dad|Son|Daughter|Wife"
    r"|Husband|Grandmother|Grandfather|Grandma|Grandpa|Gran|Grandad|Pensioner|Toddler"
    r"|Student|Schoolboy|Schoolgirl|Cyclist|Motorcyclist|Driver|Motorist|Pedestrian|Nurse"
    r"|Teacher|Doctor|Hiker|Swimmer|Tourist|Farmer|Widow|Widower|Victim|Suspect|Priest"
    r"|Brother|Sister"
    # "Dad-of-Two, 41, Jailed", "Mother-Of-Three, 35, Dies" (UK tabloids, session 8)
    r"|[A-Z][a-z]+-[Oo]f-(?:[A-Z][a-z]+|\d))"
    r",[ \u00a0]$"
)
#: A photo gallery's counter at a line's start: "Slide 4 of 18", "Image 7 of 18".
_GALLERY_WORD_BEFORE_RE = re.compile(r"(?:^|\n)(?:Photo|Image|Slide|Picture)[ \u00a0]$")
_GALLERY_TOTAL_BEFORE_RE = re.compile(
    r"(?:^|\n)(?:Photo|Image|Slide|Picture)[ \u00a0]\d{1,3}[ \u00a0]of[ \u00a0]$"
)
_AGE_TITLE_AFTER_RE = re.compile(r",[ \u00a0][A-Z][a-z]")


# "At 36, Moreau is ...", "At 33, she ...": an age opening a sentence (sports and profile
# copy), the sentence's subject right after the comma.
#: A price's unit after the amount (shop and farm copy, session 6): "$4.95 a dozen",
#: "£4 per dozen", "£4/dozen".
_A_DOZEN_BEFORE_RE = re.compile(r"\d[p\u00a2]?[ \u00a0]$")
_PER_DOZEN_BEFORE_RE = re.compile(r"(?:\d[p\u00a2]?[ \u00a0]per[ \u00a0]|\d/)$")
#: "buy one get one free" (shop copy): neither "one" counts anything.
_BOGOF_RE = re.compile(r"\b[Bb]uy[ \u00a0-]one,?[ \u00a0-]get[ \u00a0-]one\b")
#: A clock time after "died at N": "died at 3 am", "died at 10 o'clock".
_CLOCK_AFTER_RE = re.compile(r"[ \u00a0]?(?:am|pm|a\.m|p\.m|o'clock|o\u2019clock|GMT|BST)\b", re.I)
#: After "turns N": a time ("who turns 100 next week") or "years old" makes N an age.
_TURNS_AGE_AFTER_RE = re.compile(
    r"[ \u00a0](?:next|this|last|on|in|years?|today|tomorrow|later|soon|when)\b"
)
#: A person named by a singular noun, then the age between commas: "the pensioner, 78,",
#: "The father-of-three, 42,".
_PERSON_APPOSITIVE_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er)[ \u00a0](?:[a-z]+[ \u00a0])?(?:man|woman|boy|girl"
    r"|pensioner|teenager|widow|widower|grandmother|grandfather|mother|father|driver|victim"
    r"|nurse|farmer|defendant|suspect|[a-z]+-of-[a-z]+)$"
)
#: A relative named by a possessive and a kin noun, then "was" or "is": "My sister was 12.",
#: "Her father was 31, and ..." (survivors' stories in history and anniversary copy,
#: ds2-history): the relative's age, as after "He was".
_KIN_WAS_BEFORE_RE = re.compile(
    r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our)[ \u00a0]"
    r"(?:(?:elder|older|younger|little|baby|big|eldest|youngest|twin)[ \u00a0])?"
    r"(?:brother|sister|son|daughter|mother|father|husband|wife|grandmother|grandfather"
    r"|grandson|granddaughter|mum|mom|dad|cousin|uncle|aunt|niece|nephew)[ \u00a0]"
    r"(?:was|is)[ \u00a0]$"
)
#: "He was 84." closing an obituary's first paragraph: the person's age.
_HE_WAS_ENDS = (
    "He was ",
    "he was ",
    "She was ",
    "she was ",
    "He is ",
    "he is ",
    "She is ",
    "she is ",
)
#: After "..., of N": "years," or "years old" (an age as Spanish "de 34 años" is rendered).
_OF_YEARS_AGE_AFTER_RE = re.compile(r" years?(?: old)?[,;)]")
#: A capitalised word (a name) right before ", of N years,".
_OF_YEARS_NAME_BEFORE_RE = re.compile(rf"[{_ENT_UP}][{_ENT_L}'’\-]+, of $")
#: Words before "at N:" whose level N is (a tally's): "Death Toll at 75:", "Arrivals at 90:".
_AT_AGE_TALLY_WORDS = frozenset(
    """toll tally count total number numbers figure figures deaths dead arrivals crossings
    cases rate rates inflation unemployment index score temperature temperatures""".split()
)
_AT_AGE_BEFORE_RE = re.compile(r"(?:^|[.!?\n][\"'”’]?[ \u00a0]*)At $")
_AT_AGE_AFTER_RE = re.compile(r",[ \u00a0](?:(?!The\b|This\b|That\b|It\b)[A-Z][a-z]|(?:he|she)\b)")


# A name of one to three capitalised words ending right before ", 56,", in any Latin
# alphabet ("Jesús Alberto Rondón, 31,", "María José Peñaloza, 44,": features, devset2
# feature).
_APPOSITIVE_NAME_RE = re.compile(
    rf"(?<![\w'’\-])(?P<name>[{_ENT_UP}][{_ENT_L}'’\-]+(?:[ \u00a0][{_ENT_UP}][{_ENT_L}'’\-]+){{0,2}})$"
)


_SPEECH_VERB_BEFORE_NAME_RE = re.compile(
    r"\b(?:said|says|added|adds|recalled|explained|asked|told[ \u00a0]\w+)[ \u00a0]$"
)

#: A speech verb or "according to", then the speaker's role in a few words (no figure, no
#: sentence end), right before a name: "said its pastor, ", "according to site committee
#: president ".
_SPEAKER_ROLE_BEFORE_NAME_RE = re.compile(
    r"\b(?:said|says|added|adds|explained|told[ \u00a0]\w+|according[ \u00a0]to)"
    r"[ \u00a0](?:[a-z][a-z'’\-]*,?[ \u00a0]){1,5}$"
)


def _names_place_or_date(name: str) -> bool:
    """A place from the gazetteer, a month or a weekday: no person's name."""
    from .entities import _lexicon as _entity_lexicon
    from .entities import _norm

    lex = _entity_lexicon()
    return _norm(name) in lex.places or any(w in lex.calendar for w in name.split())


def _appositive_age(text: str, s: int, e: int) -> bool:
    """The number between commas (``text[s - 2]`` and ``text[e]``) follows a person's name:
    "Lars Mikkelsen, 58, told", "Voss, 41, misled". A one-word name needs a lower-case
    word after the age (a list "Kenya, 14, Uganda, 9" has none); a place from the
    gazetteer ("South Sudan, 14,"), a month or a weekday is no name; a digit after the
    second comma makes it a list."""
    # NGO copy marks a changed name with an asterisk: "Aamina*, 50, a farmer"
    name_end = s - 3 if text[s - 3 : s - 2] == "*" else s - 2
    m = _APPOSITIVE_NAME_RE.search(text, max(0, s - 48), name_end)
    if m is None:
        return False
    if text[e : e + 1] == ".":
        # the speaker named last, then the age: '"It was hard," said Felizor, 26.'
        if _SPEECH_VERB_BEFORE_NAME_RE.search(text, max(0, m.start() - 12), m.start()):
            return True
        # the same after the speaker's role, or after "according to": "said its pastor,
        # Wilner Augustin, 61.", "according to site committee president Roseline Thervil,
        # 46." (Caribbean and wire copy, ds2-caribbean); a name of two words or more, no place
        return (
            len(m.group("name").split()) > 1
            and _SPEAKER_ROLE_BEFORE_NAME_RE.search(text, max(0, m.start() - 60), m.start())
            is not None
            and not _names_place_or_date(m.group("name"))
        )
    after = text[e + 2 : e + 3] if text[e + 1 : e + 2] == " " else ""
    if after.isdigit():
        return False
    name = m.group("name")
    words = name.split()
    if len(words) == 1 and not after.islower():
        return False
    from .entities import _lexicon as _entity_lexicon
    from .entities import _norm

    lex = _entity_lexicon()
    if _norm(name) in lex.places or any(w in lex.calendar for w in words):
        return False
    return True


#: Capitalised words that label a numbered part, not a person: "Section (4)", "Phase (2)".
_NOT_NAME_BEFORE_BRACKET = frozenset(
    """Section Article Chapter Rule Para Paragraph Clause Table Figure Annex Annexure Schedule
    Phase Stage Level Grade Class Act Part Item Note Point Step Round Unit Block Sector Ward
    Zone Gate Platform Room Floor Page Vol Volume No Number Case Exhibit""".split()
)


def _bracket_age(text: str, s: int) -> bool:
    """The number in brackets (``text[s - 1]`` is "(") follows a person's name: "Prakash
    Pawar (27)", "Kirta Kirade (48)", "Sunil (29)" (Indian and Bangladeshi court and
    police copy, session 7). A place, a month or a numbered part ("Section (4)") is no
    name."""
    m = _APPOSITIVE_NAME_RE.search(text, max(0, s - 48), s - 2)
    if m is None:
        return False
    words = m.group("name").split()
    last = words[-1].lower()
    if words[-1] in _NOT_NAME_BEFORE_BRACKET or last in UNITS or last in TENS:
        return False  # "Fourteen (14) countries": the words restated in digits
    from .entities import _lexicon as _entity_lexicon
    from .entities import _norm

    lex = _entity_lexicon()
    if _norm(m.group("name")) in lex.places or any(w in lex.calendar for w in words):
        return False
    if len(words) == 1 and (words[0] in lex.demonyms or words[0].rstrip("s") in lex.demonyms):
        # "including Syrians (130) and Afghans (75)": a nationality's count, no person (merge
        # of realprobe7b's and realprobe7e's rules, session 7)
        return False
    # a score after a player's name ("Kohli (82) and Rahul (51) put on 140 runs", "Kane
    # (23)" in a match report) is runs or a minute, not an age; a party's or a club's
    # count ("the Greens (4)", "Arsenal (45)") has no word of people around it
    return (
        _SCORE_CUE_RE.search(text, max(0, s - 160), s + 160) is None
        and _AGE_PERSON_CUE_RE.search(text, max(0, s - 160), s + 160) is not None
    )


_AGE_PERSON_CUE_RE = re.compile(
    r"\b(?:arrest\w*|accused|identified|victims?|suspects?|deceased|resident|wife|husband|son"
    r"|daughter|brother|sister|mother|father|booked|held|detained|convicted|sentenced|killed"
    r"|died|dead|injured|police|court|charged|driver|rescued|missing|named)\b",
    re.I,
)
_SCORE_CUE_RE = re.compile(
    r"\b(?:runs?|wickets?|balls|innings|overs|not[ \u00a0]out|scored|scoring|goals?|minutes?"
    r"|half-century|century|points|rebounds|assists|seeded|seed|ranked|rank)\b",
    re.I,
)


# After a year of the Hijri calendars (Gulf and Iranian copy): "1445 AH", "1445 AH-2024",
# "1433 H.", "1403 SH", "1446 Hijri".
_HIJRI_AFTER_RE = re.compile(r"[ \u00a0]?(?:AH|A\.H\.|H\.|H|SH|S\.H\.|Hijri)(?![A-Za-z])")


def _tonnes_not_trillions(text: str, end: int, lex) -> bool:
    """After "N tn" with no currency before it: no currency word or code follows either."""
    return not (lex["suffix_re"].match(text, end) or lex["code_suffix_re"].match(text, end))


def _second_of_year_span(text: str, tok: NumberToken) -> bool:
    """Is ``tok`` the two-digit second year of a span of years ("in 2014-19")?"""
    s = tok.start
    return (
        len(tok.text) == 2
        and s >= 5
        and text[s - 1] in "-–"
        and text[s - 5 : s - 3] in ("19", "20")
        and text[s - 5 : s - 1].isdecimal()
        and not (text[s - 6 : s - 5].isalnum() or text[s - 6 : s - 5] == "_")
        and tok.value > int(text[s - 3 : s - 1])
    )


def _priced_before(text: str, tok: NumberToken) -> bool:
    """A currency before a number a per-unit slash follows: "$29.45/oz", a letter currency
    ("N617/litre", Nigerian pump-price copy), or a currency's name before a bare rate over
    "$" ("the naira weakened to 1,600/$")."""
    s, e = tok.start, tok.end
    return (
        _currency_before(text, s, _lexicon()) is not None
        or bool(s and text[s - 1] in _LETTER_LAST and _letter_currency(text, s, tok))
        or (text[e + 1 : e + 2] == "$" and _fx_rate_currency(text, s, _lexicon()) is not None)
    )


def _is_stones(text: str, tok: NumberToken) -> bool:
    """ "carried 9st 4lb", "weighs 22st": a weight in stones, where "st" after a whole number
    that no ordinal ends so ("22nd", "9th", "11th") cannot be one (session 7)."""
    v = tok.value
    return (
        text.startswith("st", tok.end)
        and not (tok.in_words or tok.has_decimal or tok.grouped)
        and v == int(v)
        and (int(v) % 10 != 1 or int(v) % 100 == 11)
        and not text[tok.end + 2 : tok.end + 3].isalnum()
    )


#: A scale word made an ordinal: "our 23 millionth citizen", "the 10 thousandth visitor".
_SCALE_ORDINAL_AFTER_RE = re.compile(r"[ \u00a0-](?:hundred|thousand|million|billion)th\b", re.I)


#: A benefit named by its amount and a plus sign (Polish copy: "the 800+ child benefit",
#: "Rodzina 500+ programme"): the scheme's name, no lower bound.
_PLUS_PROGRAMME_AFTER_RE = re.compile(
    r"[ \u00a0](?:child[ \u00a0])?(?:benefit|programme|program|scheme|payment|allowance)s?\b"
)


#: After "1" in a newsletter's fixed heading (Axios-style, session 11).
_BIG_THING_AFTER_RE = re.compile(r" (?:big|fun|more) thing:")
#: A live page's time stamp on a line of its own (session 11, live blogs).
_PAGE_STAMP_RE = re.compile(
    r"[ \t]*(?:(?:Last[ \u00a0])?(?:[Uu]pdated|Posted|Published|Edited)[: \u00a0]+"
    # a byline with its time stamp: "By Jane Smith, 3 hours ago" (scraped pages, session 17)
    r"|By[ \u00a0][A-Z][\w.'’-]*(?:[ \u00a0](?:and[ \u00a0])?[A-Z][\w.'’-]*){0,5}"
    r"[ \u00a0]?[,|·•\u2013\u2014-][ \u00a0]*)(?:about[ \u00a0])?"
    r"\w+[ \u00a0](?:seconds?|minutes?|mins?|hours?|hrs?|days?)[ \u00a0]ago\b[^\n\d]{0,60}"
    # (and the reading time set beside it: "Published 3 hours ago | 5 min read", session 14)
    r"(?:\d{1,2}[ \u00a0]?(?:min|mins|minute|minutes)\.?[ \u00a0]read\b[^\n\d]{0,20})?"
)


#: The exchange suffix that closes a numeric ticker in brackets: "(9101.T)", "(0144.HK)",
#: "(005930.KS)", Reuters' instrument codes in business copy (devset2 markets).
_TICKER_AFTER_RE = re.compile(r"\.[A-Z]{1,2}\)")


def _token_is_label(text: str, tok: NumberToken) -> bool:
    """Is this number part of a date, a time, a phone number, an age, an ordinal, a decade,
    a link or a fixed phrase ("one of the")? Looks only at its immediate neighbourhood."""
    s, e = tok.start, tok.end
    # "" (the text's edge) is "in" every gate string, so there the pattern runs as before.
    nxt = text[e : e + 1]
    nxt2 = text[e + 1 : e + 2]
    prev = text[s - 1 : s] if s else ""
    if nxt in ("°", "º") and (
        nxt2.isdigit() or (nxt2 in ("N", "S", "E", "W") and not text[e + 2 : e + 3].isalpha())
    ):
        return True  # a coordinate, a place's address: "36.5°N, 70.9°E", "51°42'N"
    if prev in ("°", "º") and s >= 2 and text[s - 2].isdigit() and nxt in ("'", "′", "’"):
        return True  # the minutes of a coordinate: the "42" of "51°42'N"
    if (nxt == " " and text.startswith(_US_CODE_TITLE_AFTER, e + 1)) or (
        prev in (" ", "§")
        and text.endswith(_US_CODE_SECTION_BEFORE, 0, s)
        and not text.startswith(_SHARE_AFTER, e)
    ):
        # a US statute or regulation cited by title and section: "8 CFR 214.2(h)", "8 U.S.C.
        # 1184", "§ 1101" (law-firm and business-immigration copy, ds2-visas); not a case
        # fatality rate, "(CFR 1.8%)", a share, not a section
        return True
    if nxt == "." and prev == "(" and _TICKER_AFTER_RE.match(text, e):
        return True  # an exchange ticker: "Nippon Yusen (9101.T)", "(1919.HK)" (markets copy)
    if nxt == "+" and _PLUS_PROGRAMME_AFTER_RE.match(text, e + 1):
        return True  # "the 800+ child benefit", "the Family 500+ programme": a scheme's name
    if nxt == " " and text[s:e] == "1" and _BIG_THING_AFTER_RE.match(text, e):
        return True  # a newsletter's fixed heading: "1 big thing: ...", "1 fun thing: ..."
    if (
        nxt in " \u00a0"
        and "ago" in text[e : e + 16]
        and _PAGE_STAMP_RE.fullmatch(
            text, text.rfind("\n", 0, s) + 1, (text.find("\n", e) + 1 or len(text) + 1) - 1
        )
    ):
        return True  # a live page's "Updated 3 hours ago", "Posted 45 minutes ago by ..."
    if nxt in " \u00a0-" and nxt2 in "hHtTmMbB" and _SCALE_ORDINAL_AFTER_RE.match(text, e):
        return True  # "the airport's 50 millionth passenger": an ordinal (session 7)
    if (
        nxt in _MONTH_AFTER_FIRST
        and (nxt not in " \u00a0" or nxt2 in _MONTH_AFTER_SECOND)
        and _MONTH_AFTER_RE.match(text, e)
    ):
        return True
    if (
        nxt in ", \u00a0"
        and e - s <= 2
        and nxt2 in " \u00a0ao&"
        and text[s : s + 1].isdigit()
        and _DAY_LIST_MONTH_AFTER_RE.match(text, e)
    ):
        return True  # "on 12, 13 and 14 March", "on 5 and 6 May": days of a month listed
    if text[s : s + 1] in ("2", "7") and _round_the_clock(text, s if text[s] == "2" else s - 3):
        return True  # "24-7", "24/7", "24x7": round the clock
    if (
        prev
        and (
            prev in _P_VALUE_SIGNS
            or (prev in " \u00a0" and s >= 2 and text[s - 2] in _P_VALUE_SIGNS)
            or (prev in " \u00a0" and "alue" in text[max(0, s - 40) : s])
        )
        and _P_VALUE_BEFORE_RE.search(text, max(0, s - 45), s)
    ):
        return True  # a p-value: "(p<0.001)", "P = 0.03", "a p-value of 0.002"
    if (nxt == ":" and nxt2.isdigit() and _RATIO_AFTER_RE.match(text, e)) or (
        prev == ":" and s >= 2 and text[s - 2].isdigit() and _RATIO_AFTER_RE.match(text, s - 1)
    ):
        return True  # "randomly assigned in a 2:1 ratio": a ratio's terms, no counts
    if prev in " \u00a0" and text.endswith(_FACTOR_OF_ENDS, 0, s):
        return True  # "increased by a factor of two": a multiplier, as "three times" is
    if (
        len(tok.text) == 4
        and tok.text.isdigit()
        and (
            (1300 <= tok.value <= 1500 and nxt in " \u00a0AHS" and _HIJRI_AFTER_RE.match(text, e))
            or text.endswith((" year ", " Year ", " year (", " Year ("), 0, s)
        )
    ):
        return True  # a Hijri year, "1445 AH", "1433 H."; "in the year 1446"
    if (
        tok.value <= 31
        and not (tok.grouped or tok.has_decimal or tok.in_words or tok.scale != 1)
        and text.endswith(_DAY_RANGE_JOINS, 0, s)
        and _MONTH_DAY_RANGE_BEFORE_RE.search(text, max(0, s - 32), s)
    ):
        return True  # the second day of "between November 17 and 20"
    if (
        nxt == ":"
        and prev in " \u00a0"
        and tok.value <= 31
        and _MONTH_COMMA_BEFORE_RE.search(text, max(0, s - 12), s)
    ):
        return True  # a dateline, "COX'S BAZAR, Jan, 30:"
    if (
        nxt == ","
        and prev in " \u00a0"
        and tok.value <= 31
        and text[e + 1 : e + 4] in (" 19", " 20")
        and text[e + 4 : e + 6].isdigit()
        and tok.text.isdigit()
        and _MONTH_COMMA_BEFORE_RE.search(text, max(0, s - 12), s)
    ):
        return True  # "December, 31, 2020": a date with a stray comma after its month
    space_before = prev in _SPACE_BEFORE
    if (
        space_before
        and not (tok.grouped or tok.scale != 1 or tok.has_decimal)
        and _MONTH_BEFORE_RE.search(text, max(0, s - 12), s)
        # "On 3 March 12 people died": the month has its day already; only a year follows
        and not (len(tok.text) < 4 and _DAY_MONTH_BEFORE_RE.search(text, max(0, s - 16), s))
    ):
        # "Sept. 30", "March 2023"; but "Jan 12,300" in a table is a count for January
        return True
    if (
        nxt in _AGE_AFTER_FIRST
        and nxt2 in _AGE_AFTER_SECOND
        and _AGE_AFTER_RE.match(text, e)
        # "4.6 billion years old", "a 4.4-billion-year-old zircon": the age of a rock or a
        # star, a span of time
        and tok.scale < 1e6
    ):
        return True
    if nxt in _AGE_AFTER_FIRST and nxt2 in " \u00a0taoTAO" and _AGE_RANGE_AFTER_RE.match(text, e):
        return True  # the first age of "16- to 24-year-olds", "18 to 24-year-olds"
    if (space_before or prev in "<>\u2264\u2265") and _AGE_BEFORE_HINTED.search(
        text, max(0, s - 16), s
    ):
        return True
    if (
        (space_before or prev == "(")  # "82% of women (15 and older)"
        and nxt in " \u00a0-"
        and tok.value <= 120
        and not (tok.grouped or tok.has_decimal or tok.scale != 1)
        and (
            "older" in (after := text[e : e + 26])
            or "over" in after
            or "above" in after
            or "younger" in after
            or "under" in after
        )
        and _AGE_OLDER_AFTER_RE.match(text, e)
        and _AGE_OLDER_BEFORE_RE.search(text, max(0, s - 16), s)
    ):
        return True  # "adults 60 years and older", "people 75 and over": an age limit
    if (
        prev in " \u00a0"
        and nxt in " \u00a0-"
        and tok.value <= 120
        and not (tok.grouped or tok.has_decimal or tok.scale != 1)
        and text.endswith(_AGE_COPULA_BEFORE_ENDS, 0, s)
        and _AGE_OR_OLDER_AFTER_RE.match(text, e)
    ):
        return True  # "85 of those are 17 or older": an age limit after a copula
    if (
        prev in " \u00a0"
        and tok.value <= 120
        and not (tok.grouped or tok.has_decimal or tok.scale != 1)
        and text.endswith(_AGE_THAN_ENDS, 0, s)
        and not text.startswith((" of ", "\u00a0of "), e)  # "older than 30 of his rivals"
    ):
        return True  # "9,683 of the migrants were younger than 18": an age limit
    if (
        prev in " \u00a0"
        and tok.value <= 120
        and not (tok.grouped or tok.scale != 1)
        and "age" in (window := text[max(0, s - 90) : s])
        and _MEDIAN_AGE_BEFORE_RE.search(window)
        and _MEDIAN_AGE_AFTER_RE.match(text, e)
    ):
        return True  # "the median age is 44.9, against 40.1 in 1990": ages, not counts
    if (
        tok.value <= 125
        and not tok.grouped
        and text.endswith(_LIST_ENDINGS, 0, s)
        and _AGE_LIST_BEFORE_RE.search(text, max(0, s - 40), s)
        and not (
            # "A woman aged 41 and two men were arrested": a plural noun after it makes
            # it the count of a new group, not the list's next age (court and police
            # copy, session 17)
            (pa := _AGE_LIST_NOUN_AFTER_RE.match(text, e))
            and pa.group(1).lower() not in _AGE_UNIT_PLURALS
        )
    ):
        return True  # a later item of an age list, if it could be an age
    if (
        tok.value <= 125
        and not tok.grouped
        and text.endswith(("to ", "and ", "-", "\u2013", "- ", "\u2013 "), 0, s)
        and _AGE_BAND_END_BEFORE_RE.search(text, max(0, s - 40), s)
    ):
        return True  # "aged six months to five years": the band's upper age, no duration
    if (
        nxt == ","
        and prev in " \u00a0"
        and _AGE_IN_COMMAS_BEFORE_RE.search(text, max(0, s - 30), s)
    ):
        if tok.value <= 110 and _AGE_IN_COMMAS_AFTER_RE.match(text, e):
            return True  # an age set off by commas: "Man, 45, charged", "Jane Doe, 32, of Leeds"
    if (
        prev == "("
        and nxt == ")"
        and s >= 3
        and text[s - 2] == " "
        and text[s - 3].islower()
        and tok.value <= 110
        and not (tok.grouped or tok.scale != 1 or tok.has_decimal or tok.in_words)
        and _bracket_age(text, s)
    ):
        return True  # "Prakash Pawar (27) was arrested": an age in brackets (Indian copy)
    if (
        prev == " "
        # (a semicolon ends an age in a list of names: "Dara Quinlan, 24; Tomas Reyes, 31;
        # and ...", AP police briefs, session 8)
        and (
            (nxt and nxt in ",;")
            or (nxt == "." and text[e + 1 : e + 2] in ("", " ", "\n", "\u00a0"))
        )
        and s >= 2
        and text[s - 2] == ","
        and tok.value <= 119
        and not (tok.grouped or tok.scale != 1 or tok.has_decimal or tok.in_words)
        and _appositive_age(text, s, e)
    ):
        return True  # "Graham Pell, 56, of Hadley Road": a person's age, wire style
    if (
        prev == " "
        and tok.value < 100
        and not (tok.grouped or tok.scale != 1 or tok.has_decimal or tok.in_words)
        and nxt in _OUTLET_AFTER_FIRST
        and s > 4
        and text[s - 2].isalpha()
        # the word before opens with a capital (a cheap look before the patterns)
        and text[text.rfind(" ", max(0, s - 40), s - 1) + 1].isupper()
        and _OUTLET_AFTER_RE.match(text, e)
        and _OUTLET_BEFORE_RE.search(text, max(0, s - 60), s)
    ):
        return True  # "told France 24 that", "speaking to Darfur 24,": a station's name
    if (
        nxt == ","
        and prev == " "
        and text.endswith("At ", 0, s)
        and tok.value <= 110
        and not (tok.grouped or tok.has_decimal or tok.scale != 1)
        and _AT_AGE_BEFORE_RE.search(text, max(0, s - 6), s)
        and _AT_AGE_AFTER_RE.match(text, e)
    ):
        return True  # "At 36, Moreau is the oldest finalist": an age opening the sentence
    if (
        nxt == ":"
        and prev == " "
        and text.startswith(" ", e + 1)
        and text.endswith(" at ", 0, s)
        and tok.value <= 150
        and not (tok.grouped or tok.has_decimal or tok.scale != 1 or tok.in_words)
        and (word := text[text.rfind(" ", max(0, s - 40), s - 4) + 1 : s - 4])[:1].isupper()
        and word.lower() not in _AT_AGE_TALLY_WORDS
    ):
        # "Partition at 79: last witnesses ...", "The NHS at 75:": a headline's age of an
        # event, a body or a treaty (anniversary copy, ds2-history); "Death Toll at 75:" is
        # a tally's level
        return True
    if (
        nxt == " "
        and prev == " "
        and tok.value <= 110
        and not (tok.grouped or tok.has_decimal or tok.scale != 1)
        and text.endswith(", of ", 0, s)
        and _OF_YEARS_AGE_AFTER_RE.match(text, e)
        and _OF_YEARS_NAME_BEFORE_RE.search(text, max(0, s - 40), s)
    ):
        # "the Venezuelan Yorman Pérez, of 34 years, who travels": an age as the English
        # services of Spanish agencies render "de 34 años" (EFE, session 13)
        return True
    if (
        (
            nxt in ".,;"
            or text.startswith(" when ", e)
            or (text.startswith(" and ", e) and text[e + 5 : e + 6].isalpha())
            or (
                text.startswith((" in ", " on ", " after ", " following "), e)
                and text.endswith(("died at ", "dies at ", "passed away at "), 0, s)
            )
        )
        and prev == " "
        and tok.value <= 120
        and not (tok.grouped or tok.has_decimal or tok.scale != 1)
        and (
            text.endswith(_HE_WAS_ENDS, 0, s)
            or (
                text.endswith((" was ", " is "), 0, s)
                and _KIN_WAS_BEFORE_RE.search(text, max(0, s - 40), s)
            )
            # "The actor, who was 92, died", "died at 87" (obituary copy, session 6)
            or (nxt == "," and text.endswith((" who was ", " who is "), 0, s))
            or (
                nxt != ","
                and text.endswith(("died at ", "dies at ", "passed away at "), 0, s)
                and not _CLOCK_AFTER_RE.match(text, e)
            )
        )
        and not text[e + 1 : e + 2].isdigit()
    ):
        return True  # "died Tuesday in Memphis. He was 84.": the obituary's age (session 6)
    if (
        tok.value <= 120
        and prev in " \u00a0"
        and not (tok.grouped or tok.has_decimal or tok.scale != 1)
        and (
            (nxt == "," and text.endswith((", now ", ", now aged "), 0, s))
            or (
                text.endswith(("turns ", "turned ", "turning "), 0, s)
                and (nxt in ".,;" or _TURNS_AGE_AFTER_RE.match(text, e))
            )
            # after "who": also before "and", "he", a bracket or the text's end ("Blagojevich,
            # who will turn 55 on December 10, was ordered")
            or (
                text.endswith(_WHO_TURNS_ENDS, 0, s)
                and (_AGE_END_RE.match(text, e) or _TURNS_AGE_AFTER_RE.match(text, e))
            )
            or (
                nxt == ","
                and text[s - 2 : s] == ", "
                and _PERSON_APPOSITIVE_RE.search(text, max(0, s - 40), s - 2)
            )
        )
    ):
        # profile copy (session 6): "The former nurse, now 91, lives alone", "who turns 100
        # next week", "The father-of-three, 42, from Leeds": an age
        return True
    if (
        prev in "'\u2019"
        and e - s == 2
        and not tok.in_words
        and _SHORT_YEAR_BEFORE_RE.search(text, max(0, s - 12), s)
        and not (nxt.isdigit() or nxt in "%-")
        # a quoted phrase opening with a number ("the '24 hours' rule") closes its quote;
        # another short year is no closing quote ("from '07 to '10")
        and (
            (q := text.find(text[s - 1], e, e + 30)) == -1
            or (text[q + 1 : q + 3].isdigit() and not text[q + 3 : q + 4].isdigit())
        )
    ):
        return True  # "the '62 remake", "in '62", "the class of '99": a year (session 6)
    if (
        nxt == "-"
        and prev in "'\u2019"
        and e - s == 2
        and text[e + 1 : e + 3].isdigit()
        and not text[e + 3 : e + 4].isdigit()
        and int(text[e + 1 : e + 3]) == (int(tok.value) + 1) % 100
        and _SHORT_YEAR_BEFORE_RE.search(text, max(0, s - 12), s)
    ):
        return True  # "his cap hit in '26-27": a season, shortened (NBA copy, session 7)
    if (
        prev == "-"
        and e - s == 2
        and s >= 4
        and text[s - 4] in "'\u2019"
        and text[s - 3 : s - 1].isdigit()
        and int(tok.value) == (int(text[s - 3 : s - 1]) + 1) % 100
        and _SHORT_YEAR_BEFORE_RE.search(text, max(0, s - 15), s - 3)
    ):
        return True  # the season's second year: "in '99-00"
    if nxt == "-" and _TYPE_AFTER_RE.match(text, e):
        return True  # "a two-bedroom flat", "a five-star hotel"
    if (
        tok.has_decimal
        and prev == " "
        and tok.text.endswith(".0")
        and e - s <= 4
        and text[s - 2 : s - 1].isalpha()
        and _VERSION_NAME_BEFORE_RE.search(text, max(0, s - 24), s)
        and not _PLURAL_AFTER_RE.match(text, e)
    ):
        return True  # a version: "LockBit 3.0 claimed", "Industry 4.0", "Web 3.0" (session 8)
    if nxt == " " and tok.in_words and text.startswith((" figure ", " digit "), e):
        return True  # spaced: "an eight figure ransom", "double digit growth" (session 8)
    if (
        tok.in_words
        and tok.value == 12
        and (
            (tok.text.lower() == "a dozen" and _A_DOZEN_BEFORE_RE.search(text, max(0, s - 3), s))
            or (tok.text.lower() == "dozen" and _PER_DOZEN_BEFORE_RE.search(text, max(0, s - 7), s))
        )
    ):
        return True  # "eggs at $4.95 a dozen", "£4 per dozen": the unit of a price
    if (
        tok.value <= 4
        and (
            (text.startswith("-for-", e) and text[e + 5 : e + 6] in ("1", "2", "3"))
            or (
                text.endswith("-for-", 0, s)
                and text[s - 6 : s - 5] in ("2", "3", "4")
                # an offer gives more than it charges ("3-for-2"); "went 2-for-4 on the
                # power play" is made of attempted (session 7)
                and int(text[s - 6]) > tok.value
            )
            or (tok.text.lower() == "one" and _BOGOF_RE.search(text, max(0, s - 14), e + 9))
        )
        and not text[e : e + 1].isdigit()
    ):
        return True  # a shop's offer (session 6): "a 2-for-1 deal", "buy one get one free"
    if (
        nxt in " \u00a0"
        and 1 < tok.value < 1000
        and not (tok.grouped or tok.has_decimal or tok.scale != 1 or tok.in_words)
        and _UNIT_NAME_AFTER_RE.match(text, e)
    ):
        return True  # "BGB 48 battalion commander": a force's unit named by its number
    if nxt == "-" and tok.value <= 6 and _HOME_TYPE_AFTER_RE.match(text, e):
        return True  # "a three-bed semi", "a two-bath condo" ("a 100-bed hospital" counts)
    if tok.in_words:
        if (
            tok.text[:1].isupper()
            and nxt == " "
            and nxt2.isupper()
            and _NAME_NUMBER_WORD_BEFORE_RE.search(text, max(0, s - 30), s)
            and not text.startswith(_SCALE_WORDS_TITLE, e + 1)
            and not _TITLE_CURRENCY_AFTER_RE.match(text, e)
            # "Deaths of Two Soldiers Probed": a title-case headline's count (session 8)
            and not _in_title_case_line(text, s)
        ):
            return True  # 'nicknamed "Zero Point"', "the Three Gorges Dam": a name
        if (
            tok.text[:1].isupper()
            and nxt == " "
            and nxt2.isupper()
            and text.endswith("The ", 0, s)
            and not text.startswith(_SCALE_WORDS_TITLE, e + 1)
            and _LOWER_WORD_SOON_RE.search(text, e, _line_end(text, e, e + 40))
        ):
            # "a group called The Four Preps", "The Three Tenors sold 10 million albums": a
            # name in title case in running text (not a headline, all in capitals)
            return True
        if nxt == " " and tok.value <= 12 and _is_clock_phrase(text, s, e):
            return True  # "began at eight in the evening", "By six in the morning, ..."
        if tok.text.lower() == "zero" and (
            _ZERO_AFTER_RE.match(text, e)
            or _ZERO_BEFORE_RE.search(text, max(0, s - 9), s)
            or _ZERO_VAGUE_BEFORE_RE.search(text, max(0, s - 13), s)
        ):
            return True
        if tok.text.lower() == "one" and (
            (
                (one_m := _ONE_AFTER_RE.match(text, e))
                # "one year, one day in prison", "two years and one day": a compound
                # duration's last part, not "one day" (some day)
                and not (
                    one_m.group().strip().lower() == "day"
                    and (
                        _DURATION_JOIN_BEFORE_RE.search(text, max(0, s - 16), s)
                        # "could hold them for only one day each", "within one day": a
                        # span's length (scraped regional pages, ds2-scraped; session 18)
                        or _ONE_DAY_SPAN_BEFORE_RE.search(text, max(0, s - 16), s)
                    )
                )
                # "we sent 11 to Jalalabad, and one of them died": one of a group counted
                # in its sentence (ds2-health)
                and not _one_of_a_count(text, s, e)
            )
            or (
                _ONE_BEFORE_RE.search(text, max(0, s - 8), s)
                # "that one in three ..." is the conjunction before a rate, not "that one"
                and not _ONE_RATE_AFTER_RE.match(text, e)
                and not _ONE_HYPHEN_UNIT_AFTER_RE.match(text, e)
            )
        ):
            return True
        return False
    if (
        nxt == " "
        and len(tok.text) == 4
        and tok.text.isdigit()
        and text.startswith((" hours", " hrs"), e)
        and tok.text[:2] <= "23"
        and tok.text[2:] <= "59"
        and (tok.text[0] == "0" or text.endswith(_MILITARY_CLOCK_BEFORE, 0, s))
    ):
        # "at 0100 hours this morning", "by 1800 hours": a clock in military style (police
        # and army statements in South Asian copy, session 17); "1000 hours of training"
        # stays a duration
        return True
    if (
        nxt in _TIME_AFTER_FIRST
        and (nxt not in " \u00a0" or nxt2 in _TIME_AFTER_SECOND)
        # a clock reads at most 2400, never with a thousands comma ("85,000 H-1B visas")
        and not (tok.grouped or tok.value > 2400)
        and (tm := _TIME_AFTER_RE.match(text, e))
        and not _is_hours_duration(text, tok, s, tm)
    ) or (prev == ":" and _TIME_BEFORE_RE.search(text, max(0, s - 2), s)):
        return True
    if (
        nxt == " "
        and tok.value <= 12
        and not (tok.grouped or tok.has_decimal)
        and _is_clock_phrase(text, s, e)
    ):
        return True  # "updated at 8 this morning", "began at 6 in the evening": a clock time
    lo = max(0, s - 40)
    if (
        (text.find("+", lo, s) != -1 or text.find("(", lo, s) != -1)
        # a signed change: "+3.4%", "(+12%)"; a signed count: "+230,000" (no phone
        # number has a thousands comma, nor a scale: "Payrolls +175K", session 8)
        and not (tok.has_decimal or nxt == "%" or "," in tok.text or tok.scale != 1)
        # "(+302 persons)": a sign before a lone number that a word follows, no country code
        and not (prev == "+" and _WORD_AFTER_SIGNED_RE.match(text, e))
        and (ph := _PHONE_BEFORE_RE.search(text, lo, s))
        # a signed change in a table of changes: "Germany (+9,615; +2.8%)", "(+6 640;",
        # "(+550, or": a sign right before a number with a clause mark or "per cent" after it
        and not (
            ph.group() == "+"
            and (
                (nxt and nxt in ";,)")
                or text.startswith((" per cent", " percent", "\u00a0per cent"), e)
            )
        )
    ):
        return True
    if (
        nxt == "-"
        and _CHAIN_AFTER_RE.match(text, e)
        and _CHAIN_BEFORE_RE.search(text, max(0, s - 2), s)
    ):
        return True
    if (
        tok.scale == 1
        and nxt in _ORDINAL_FIRST
        and _ORDINAL_AFTER_RE.match(text, e)
        and not _is_stones(text, tok)
    ):
        return True
    if (
        tok.scale == 1
        and nxt in _DECADE_FIRST
        and _DECADE_AFTER_RE.match(text, e)
        and (len(tok.text) == 4 or tok.text.endswith("0"))
    ):
        return True
    if (
        nxt == "("
        and tok.scale == 1
        and not (tok.grouped or tok.has_decimal or tok.in_words)
        and _SUBSECTION_AFTER_RE.match(text, e)
    ):
        return True  # a statute's subsection: "287(g) agreements", "501(c)(3)" (session 9)
    if (
        prev == "("
        and s >= 2
        and text[s - 2] == ")"
        and text[e : e + 1] == ")"
        and not (tok.grouped or tok.has_decimal or tok.in_words)
    ):
        return True  # the inner subsection of "501(c)(3)", "212(a)(6)"
    # A slash after the number joins an identifier or a date, but "Rs 5,000/-" is how South
    # Asian notices write a sum in whole rupees.
    if (
        (
            (
                prev
                and prev in _ID_BEFORE_LAST
                and _ID_BEFORE_RE.search(text, max(0, s - 2), s)
                # "1,023,439 individuals/196,609 households": the same people counted two ways,
                # a count and its noun on each side of the slash (IOM DTM copy, session 13)
                and not (prev == "/" and _COUNTED_SLASH_BEFORE_RE.search(text, max(0, s - 40), s))
            )
            or (
                e < len(text)
                and text[e] in "/\\@"
                and text[e : e + 2] != "/-"
                # a rate over its base: "12/100,000", "0.6/10,000/day" (the base is no figure)
                and not (text[e] == "/" and _RATE_BASE_AFTER_SLASH_RE.match(text, e + 1))
                # "$29.45/oz": a price per unit (_PER_UNIT_SLASH_RE), its currency before it
                and not (
                    text[e] == "/"
                    and _PER_UNIT_SLASH_RE.match(text, e)
                    and _priced_before(text, tok)
                )
            )
        )
        and not (
            # "441 kW/600 hp": one quantity in two units, the second after the slash
            prev == "/"
            and tok.value != 100
            and (um := _UNIT_SLASH_BEFORE_RE.search(text, max(0, s - 12), s))
            and um.group(1) in _lexicon()["measures"]
            and _lexicon()["measure_re"].match(text, e)
        )
    ):
        return True
    if s > 0 and text[s - 1] == "[" and e < len(text) and text[e] == "]":
        return True
    if prev in " \u00a0" and s >= 2 and text[s - 2] == "#":
        return True  # a number after a spaced sign: "CSMS # 64687696", "case # 12"
    lo = max(0, s - 90)
    if (text.find("://", lo, s) != -1 or text.find("www.", lo, s) != -1) and _URL_BEFORE_RE.search(
        text, lo, s
    ):
        return True
    if len(tok.text) == 4 and nxt == "-" and _ISO_AFTER_RE.match(text[e : e + 7]):
        return True  # ISO date 2025-03-31
    if tok.has_decimal and nxt == "." and nxt2.isdigit():
        # a second decimal point: a date written with full stops ("as on 31.12.2016"), a
        # phone number ("202.450.9153"), a version ("1.2.3"); no amount has two
        return True
    if prev in "'’" and s >= 6 and text[s - 2] in "-–" and len(tok.text) == 2:
        if text[s - 6 : s - 2].isdecimal():
            return True  # the second year of "2016-’17", "2020-'21"
    if prev in "-–" and _second_of_year_span(text, tok):
        return True  # the second year of a span of years, "over 2014-19"
    if nxt == " " and nxt2 in "mM" and _READ_TIME_AFTER_RE.match(text, e):
        return True  # a web page's reading time: "4 min read", "3 Min Read"
    if prev in "+-−" and s >= 4 and text[s - 4 : s - 1] in ("GMT", "UTC"):
        return True  # a time zone's offset in a page's timestamp: "3:14 PM GMT+1"
    if nxt == " " and nxt2 in "mM" and text.find("to this article", max(0, s - 30), s) != -1:
        return True  # a player's length under "Listen to this article" (Al Jazeera pages)
    if (
        prev == " "
        and text.find("list ", max(0, s - 12), s) != -1
        and (
            (text[s - 5 : s] == "list " and text.startswith(" of ", e))
            or (text[s - 8 : s] == "list of " and text.startswith(" item", e))
            or _LIST_WIDGET_BEFORE_RE.search(text, max(0, s - 14), s)
        )
    ):
        # a related-stories widget of scraped pages (lines that unwrapping may join to the
        # headlines around them): "list of 4 items", "list 2 of 4" (Al Jazeera pages)
        return True
    if nxt == " " and nxt2.isupper() and not tok.grouped and _STREET_AFTER_RE.match(text, e):
        return True  # a street address: "at 9292 Sheep Creek Road", "10 Downing Street"
    if tok.text == "0" and _alone_on_line(text, s, e):
        return True  # a page's comment or share counter: "0" or "0 : 0" on a line of its own
    if (
        tok.value < 60
        and (nxt == ":" or prev in ": ")
        and _TIME_LINE_RE.fullmatch(_line_of(text, s, e))
    ):
        return True  # a live blog's time on a line of its own, written "15: 12"
    return False


_STREET_AFTER_RE = re.compile(
    # ("45 Red Crescent volunteers": the relief body, no street; session 10)
    r" (?!Red Crescent\b)(?:[A-Z][a-z]+ ){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd"
    r"|Way|Highway|Hwy|Parkway|Pkwy|Terrace|Crescent|Place)\b"
)
_READ_TIME_AFTER_RE = re.compile(r" (?:min|mins|minute)\.? read\b", re.IGNORECASE)
#: The total of a related-stories widget's "list 2 of 4", right before it.
_LIST_WIDGET_BEFORE_RE = re.compile(r"\blist \d{1,2} of $")


def _line_of(text: str, s: int, e: int) -> str:
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", e)
    return text[a : len(text) if b < 0 else b]


def _alone_on_line(text: str, s: int, e: int) -> bool:
    """No letter stands on the line that holds ``text[s:e]`` (page furniture)."""
    line = _line_of(text, s, e)
    return len(line) <= 24 and not any(c.isalpha() for c in line)


_TIME_LINE_RE = re.compile(r"[ \t]*\d{1,2}: \d{2}[ \t]*")


# A number opening a line as a list or outline label: "1. The investigation", "2) Shelter",
# "3.1 In the year to June" (an outline number, then a capitalised word; "2.4 million ..."
# goes on in lower case, and a figure's scale or unit would have joined the number); also
# an item that opens with its own figure: "1. 4,500 tents were delivered".
_LINE_NUMBER_RE = re.compile(
    r"[0-9]{1,2}(?:[.)][ \t]+(?=[A-Z(“\"]|[0-9][0-9,.]*[ \t]+[a-z])"
    r"|(?:\.[0-9]{1,2}){1,3}[ \t]+(?=[A-Z]))"
)


def _opens_line(text: str, at: int) -> bool:
    """Nothing but spaces or tabs stands between the line's start and ``at``."""
    j = at
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] == "\n"


#: An airline's two-character code after "flight", right before the flight's number
#: ("flight BG 147", "Flight EK585"; copy on migrant workers' departures, ds2-labour).
_FLIGHT_CODE_BEFORE_RE = re.compile(r"\b[Ff]light[ \u00a0](?:[A-Z]{2}|[A-Z]\d|\d[A-Z])[ \u00a0]?$")

#: A US citation's code after its title's number ("8 CFR", "8 U.S.C.") and before its
#: section's ("CFR 214.2", "U.S.C. 1184", "§ 1101").
_US_CODE_TITLE_AFTER = ("CFR ", "C.F.R. ", "U.S.C. ", "USC ", "U.S.C. §", "CFR §")
_US_CODE_SECTION_BEFORE = ("CFR ", "C.F.R. ", "U.S.C. ", "USC ", "§ ", "§")
_SHARE_AFTER = ("%", " per", "\u00a0per")

#: An area's word before a number grouped in thousands: its count, not its number ("the
#: Tucson Sector 2,206", "the Sixth District 1,040"; see ``_is_not_figure``).
_AREA_COUNT_BEFORE_ENDS = tuple(
    w + sp
    for w in ("Sector", "District", "Region", "Zone", "Division", "Station")
    for sp in (" ", "\u00a0")
)

# Words that, right before a number, make it a label: Article 14, Section 144, Form 5,
# Camp 26, Phase one, No. 1, Title 42, Rescue 1122, Flight 370.
_ID_KEYWORD_RE = re.compile(
    r"(?:\b(?:Article|Art|Section|Sec|Form|Camp|Phase|No|Nos|Number|Title|Chapter|Rule|Resolution"
    r"|Directive|Regulation|Annex|Appendix|Clause|Paragraph|Para|Page|Flight|Route|Highway|Gate"
    r"|Block|Sector|Zone|Ward|Room|Rescue|Level|Grade|Class|Act|Order|Case|Item|Table|Figure"
    # a bulletin's running order: "ITEM 3: Rohingya boats", "Segment 2" (session 11)
    r"|ITEM|Segment|SEGMENT"
    # Philippine and other administrative regions and districts: "Region 8", "District 4"
    r"|Region|Regions|District|Districts"
    # a road's kilometre marker: "at Kilometre 168 southbound" (Malaysian copy, session 7)
    r"|Kilometre|Kilometer"
    r"|Fig|Vol|Volume|Part|Pt|Round|Step|Unit|Building|Road|Street|Platform|Terminal|Channel|Lane"
    # streets and roads named by their number in Spanish and Portuguese, as Latin American
    # copy in English keeps them: "on Carrera 7 and Calle 19", "Avenida 9", "Rua 25 de
    # Março", "Ruta 5", "Rodovia 101" (Colombian and Brazilian outlets, ds2-americas2)
    r"|Avenida|Calle|Carrera|Carretera|Ruta|Rua|Rodovia|Autopista"
    # an explainer's graphics named by number: "(Chart 2)", "As Exhibit 4 shows", "Map 3"
    # (think-tank and explainer copy, session 8)
    r"|Chart|Graph|Graphic|Exhibit|Map|Infographic"
    # ("the House" is the chamber, its number a vote: "passed the House 219-212"; written
    # as "he" so that "the", a word before most numbers, is no keyword of the fast path)
    # an international convention by its number: "ILO Convention 189", "Convention No. 143"
    # (labour-migration copy, ds2-labour)
    r"|Convention|Conventions"
    # a lower-case "no." only with its point: "near sub-pillar no. 1 of the 905 main border
    # pillar" (Bangladeshi border copy, session 12; "no 5" in running text is no keyword)
    r"|no(?=\.)"
    r"|Bus|Train|Plot|(?<!he[ \u00a0])House|Station|Precinct|Battalion|Brigade|Division|Corps"
    r"|Squadron|Box"
    # an airport's runway by its heading: "touched down on runway 02", "runways 09 and 27"
    # (aviation trackers' and wire copy on deportation flights, ds2-flights)
    r"|Runway|runway|Runways|runways"
    # a launch site's number: "Space Launch Complex 40", "Pad 39" (spaceflight, session 8)
    r"|Complex|Pad"
    # a chip plant's number: "Intel's Fab 52", "TSMC's Fab 18" (chip copy, session 8)
    r"|Fab"
    r"|Update|Bulletin|Report|Sitrep|Issue|Edition|Ordinance|Bill|Law|Decree|Article\."
    # a page's or a document's version: "Version 2"
    r"|Version"
    # lower case in running text: "the app, now in version 3.2, ranks 41st" (technology
    # copy, ds2-general)
    r"|version"
    # a motorway junction: "on the M25 at junction 30", "Junction 8 of the M20" (UK copy on
    # lorries and Channel arrivals, devset2 europe)
    r"|junction|Junction|junctions|Junctions"
    # a home's and a garment's number, an oven's setting (property, fashion and recipe copy,
    # session 6): "Flat 3", "Apartment 4B", "a size 9 shoe", "gas mark 6"
    r"|Flat|Apartment|Apt|Suite|size|Size|gas[ \u00a0]mark|Gas[ \u00a0]Mark|gas[ \u00a0]Mark"
    # a recipe's oven line: "200C (180C fan)/gas 6"
    r"|(?<=/)gas|(?<=/)Gas"
    # a trial's arms and groups: "Group 1 (n = 10)", "Cohort 3", "Arm 2" (session 6)
    r"|Group|Cohort|Arm"
    # a fiscal year written apart: "105 for FY 14" (transcripts, budget copy)
    r"|FY"
    # a US bill or resolution by its number: "H.R. 4367", "H.Res. 12", "H.J.Res. 118",
    # "S.Res. 40" (US appropriations copy, ds2-appropriations; the points are the keyword's
    # own, so no "U.S." before a number is caught: its "S." has no "Res." after it)
    r"|H\.R\.|H\.(?:J\.|Con\.)?Res\.|S\.(?:J\.|Con\.)?Res\."
    # a storm's category, a reporting week: "a Category 4 hurricane", "in week 32"
    r"|Category|category|Cat|Week|(?:[Ii]n|[Oo]f|[Ff]or|[Ff]rom|to|[Ss]ince|[Uu]ntil|[Dd]uring|[Bb]y"
    r"|[Aa]fter|[Bb]efore|[Ee]pi|EPI|[Ee]pidemiological)[ \u00a0-]week"
    # a span of them: "the epidemiological weeks from 5 to 8", "epi weeks 10-12" (WHO
    # situation reports, session 12)
    r"|(?:[Ee]pi|EPI|[Ee]pidemiological)[ \u00a0-]weeks(?:[ \u00a0]from)?"
    # a virus's clade, a school grade, a phase in running text: "clade 1b", "grade 9
    # students", "face phase 5 conditions"
    r"|clade|subclade|lineage|serotype|genotype|grade|grades|Grades|phase|phases"
    # "car number 63", "victory number 63", "the number 10 shirt": lower case in running text
    # (a verb after its subject is no label: "the protesters, who say they number 5,000",
    # "families, who number over 265,000", session 8)
    r"|(?<!they[ \u00a0])(?<!They[ \u00a0])(?<!who[ \u00a0])(?<!which[ \u00a0])(?<!now[ \u00a0])number"
    # a match's day or game of a series: "on Day 2 of the second Test", "Game 7 on Sunday"
    r"|Day|Game"
    # a podcast's or a series' episode, a tournament's match (page titles, session 8):
    # "Podcast Ep 31:", "Episode 4 of the drama", "Season 2", "Match 12: India vs Pakistan"
    # (capitalised "Season" and "Episode" for the TV copy below too)
    r"|Episode|Ep|Season|Match"
    # a lap, a corner or a round of a race or a league named by its number: "on Lap 41 of
    # the 66-lap race", "on lap 17", "at Turn 9", "Heat 3", "Matchday 12" (session 7)
    r"|Lap|lap|Turn|Heat|Matchday|Gameweek"
    # lower case in running text, a heat or a lane only after a word that names it (athletics
    # and swimming copy, ds2-athletes): "won heat 2 of the 5,000m", "from lane 8"; "to heat
    # 40 homes" stays a count
    r"|heat(?:(?<=won heat)|(?<=in heat)|(?<=of heat)|(?<=from heat)|(?<=wins heat)"
    r"|(?<=winning heat))"
    r"|lane(?:(?<=in lane)|(?<=from lane)|(?<=of lane))"
    # a US executive order's number: "EO 14257"
    r"|EO"
    # a UK parliamentary paper's number in brackets: "(HC 1187)", "HL Paper 45" (UK
    # copy on the cost of asylum, ds2-money)
    # (or after a comma, in an oral-evidence transcript's heading: "Oral evidence: Asylum
    # accommodation, HC 512", ds2-transcripts)
    r"|(?<=\()HC|(?<=,[ \u00a0])HC|HL[ \u00a0]Paper"
    # a quarter of a fiscal year named by its number: "in Quarter 1 of the fiscal year"
    r"|Quarter"
    # the parties and patients a court's or a health authority's record names by number:
    # "Defendant 2 offered the sum of 1500 USD", "Witness 4", "Victim 1", "Patient 31"
    # (UNODC case digests, session 20)
    r"|Defendant|Witness|Victim|Complainant|Patient"
    # ballots, alert scales, tiers and stages (US state, civil-defence and health copy,
    # session 7): "Proposition 22", "Measure 110", "alert level 3", "a Tier 2 visa",
    # "stage 4 cancer", "DEFCON 2"
    r"|Proposition|Prop|Measure|[Aa]lert[ \u00a0-]level|[Ll]ockdown[ \u00a0-]level|Tier|tier"
    r"|Stage|stage|DEFCON"
    # a series' season, episode or instalment (TV, streaming and film copy, session 8):
    # "Season 3 drew", "Episode 4", "renewed for season 2", "(season 1)", "is part 2 of a
    # trilogy"; a lower-case "season" or "part" only after these words ("this season 14
    # players", "took part 3 times" count)
    # (the word first, then what stands before it: a pattern tried at every offset fails
    # fast on a literal, slowly on a row of look-behinds; the capitalised words are above)
    r"|episode"
    r"|season(?:(?<=for season)|(?<=in season)|(?<=of season)|(?<=to season)|(?<=\(season))"
    r"|part(?:(?<=for part)|(?<=in part)|(?<=of part)|(?<=to part)|(?<=\(part)"
    r"|(?<= [iI]s part))"
    # a survey's or an assessment's round or wave, lower case in running text: "Emergency
    # Site Assessment round 9", "in wave 3 of the survey" (IOM DTM copy, session 13; "a
    # round 40,000" stays a figure)
    r"|Wave|round(?:(?<=in round)|(?<=In round)|(?<=of round)|(?<=for round)|(?<=\(round)|(?<=ment round)"
    r"|(?<=survey round)|(?<=DTM round)|(?<=latest round)|(?<=next round)|(?<=last round))"
    r"|wave(?:(?<=in wave)|(?<=In wave)|(?<=of wave)|(?<=for wave)|(?<=\(wave)|(?<=survey wave))"
    # legal references are often lower case in running text: "under section 25 of the Act"
    r"|section|sections|subsection|article|paragraph|para|clause|chapter"
    # a page of a filing, a report or a newspaper: "said on page 12 of its quarterly
    # filing", "Page 37" (business copy, devset2 markets)
    r"|page|pages|Page|Pages"
    # an Australian visa's class: "Student visa (subclass 500) grants" (devset2 stats)
    r"|subclass|subclasses"
    # a statute's schedule and a convention's protocol, a section abbreviated ("s 501 of the
    # Migration Act", "ss 189 and 196"), and a judgment's neutral citation ("[2023] UKSC
    # 42", "[2024] EWCA Civ 118", "[2023] HCA 37"; court copy)
    r"|Schedules|Schedule|schedule|Protocol|(?<![\w'’.])ss?"
    r"|(?<=\][ \u00a0])(?:UKSC|UKHL|UKPC|UKUT|UKFTT|EWCA[ \u00a0](?:Civ|Crim)|EWHC|HCA|FCA|FCAFC"
    r"|FedCFamC2G|AATA|ART|NZSC|NZCA|SCC|CSIH|CSOH|NICA|IEHC|IESC|IECA)"
    # South Asian copy's lower-case plural "nos": "Balukhali camp nos 8 and 9"
    r"|nos"
    # plurals that open a list of labels: "Articles 14, 15 and 16", "Camps 8 and 9"
    r"|Articles|Sections|Paragraphs|Clauses|Chapters|Camps|Phases|Wards|Blocks|Zones|Rules"
    # a camp's numbered clusters: "relocated to clusters 88, 89 and 90", "cluster 56"
    # (Bhasan Char copy, session 13)
    r"|Clusters|clusters|Cluster|cluster"
    r"|Resolutions|articles|paragraphs|clauses|chapters"
    # a UN resolution in running text: "after resolution 2417 was ignored", "Security
    # Council resolution 2728" (OCHA and briefing-note copy, devset2 agency)
    r"|resolution|resolutions"
    # a bill's amendment named by its number in parliamentary copy: "rejected Lords
    # amendment 56 by 301 votes to 229", "Amendment 14 fell" (ds2-sportpolls)
    r"|Amendment|Amendments|amendment|amendments"
    # a presidential proclamation and an occupation's code by their numbers: "Proclamation
    # 10998", "SOC code 6135", "NOC code 33102" (US and UK visa copy, ds2-visas)
    # ("the code 12 people use" stays a count: a lower-case "code" only after these)
    r"|Proclamation|Proclamations|Code"
    # an app's or a website's error by its code: "showed Error 4012", "got error 429"
    # (technology desks on border and visa apps, ds2-tech; "an error rate of 2%" keeps its
    # figure, the word before it being "rate")
    r"|Error|error"
    r"|code(?:(?<=[A-Z][ \u00a0]code)|(?<=area code)|(?<=zip code)|(?<=postal code)"
    r"|(?<=occupation code)|(?<=occupational code)|(?<=country code)|(?<=dialling code)))"
    # a point after the keyword only when it is an abbreviation ("No. 1", "Art. 280", "Fig.
    # 3"): a full word's point ends the sentence, and the number opens the next ("marched to
    # Market Street. Three men were arrested", local and wire protest copy, ds2-crowds)
    r"(?:(?:(?<=No)|(?<=Nos)|(?<=no)|(?<=nos)|(?<=Art)|(?<=Arts)|(?<=Sec)|(?<=Secs)|(?<=Para)"
    r"|(?<=para)|(?<=Fig)|(?<=Vol)|(?<=Pt)|(?<=Ep)|(?<=Apt)|(?<=Cat)|(?<=Prop)|(?<=FY)|(?<=EO)"
    r"|(?<=HC))\.)?[ \u00a0]{1,2}$)",
)
# "when he was seven," in obituaries and profiles: an age, then the clause ends; "since I was
# 16" in athletes' profiles too ("has not seen me run since I was 16", ds2-athletes)
# (and the age a payment or a rule runs to: "paying him £350,000 a week until he is 34",
# "child benefit until they turn 18", "before she turned 30"; football and welfare copy,
# session 20)
_WHEN_AGE_BEFORE_RE = re.compile(
    r"\b(?:[Ww]hen|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Oo]nce)[ \u00a0]"
    r"(?:he|she|I|they|we|you|[A-Z][a-z]+)[ \u00a0](?:was|were|turned|is|are|turns|turn)[ \u00a0]$"
)
# "a girl of nine", "the boy of 14", "a woman of 60": a person's age after "of"; not "a
# mother of two" (her children), "a family of five" or "a group of 12" (think-tank and
# academic study copy quoting researchers, ds2-thinktank)
_PERSON_OF_AGE_BEFORE_RE = re.compile(
    r"(?:^|[^\w])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ \u00a0](?:child|boy|girl|baby|toddler"
    r"|teenager|man|woman)[ \u00a0]of[ \u00a0]$"
)
_PERSON_WAS_BEFORE_RE = re.compile(
    r"(?:^|[^\w])(?:[Hh]e|[Ss]he|I|[A-Z][a-z]+)[ \u00a0](?:was|turned)[ \u00a0]$"
)
_AGE_END_RE = re.compile(r"[,.;:)!?]|$|[ \u00a0](?:and|or|but|when|in|he|she|they)\b")
#: "who turns N", "who will turn N": N is an age before any end _AGE_END_RE or
#: _TURNS_AGE_AFTER_RE allows.
_WHO_TURNS_ENDS = ("who turns ", "who will turn ", "who turned ", "who turns\u00a0")
_PHONE_KEYWORD_RE = re.compile(
    r"\b(?:helpline|hotline|phone|telephone|tel|call|dial|fax|whatsapp|sms|toll-free|mobile"
    r")\b[^.\n]{0,25}$"
    # "toll free phone numbers -- 1070 for the State ..., and 1077 for the District ..."
    r"|\b(?:helpline|hotline|phone|telephone)[ \u00a0]numbers\b[^.\n]{0,90}$",
    re.IGNORECASE,
)
#: A report made by phone: "can be reported on 911", "... and on 999 or 996" (the number
#: right after "on" or "or", within the sentence).
_REPORTED_ON_PHONE_RE = re.compile(
    r"(?:be|been)[ \u00a0]reported[ \u00a0](?:[^.\n]{0,90}[ \u00a0])?(?:on|or)[ \u00a0]$"
)
_SAID_AFTER_PHONE_RE = re.compile(r"[ \u00a0](?:said|says|told|added|reported)[ \u00a0]")
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
# A label word with plural forms, then a list of numbers up to the one at hand.
_LABEL_LIST_BEFORE_RE = re.compile(
    r"\b(?:[Aa]rticles?|[Ss]ections?|[Ss]ubsections?|[Pp]aragraphs?|[Cc]lauses?|[Cc]hapters?"
    r"|[Rr]ules?|[Rr]esolutions?|[Cc]amps?|[Pp]hases?|[Nn]os\.?|[Ww]ards?|[Bb]locks?|[Zz]ones?"
    r"|[Cc]lusters?"
    r"|[Gg]rades?|Regions?|Districts?|[Jj]unctions?|[Ss]chedules?|[Rr]unways?"
    # a health bulletin's reporting weeks: "between epi weeks 27 and 38", "in weeks 40 and
    # 41" (WHO and health-ministry outbreak copy, ds2-health)
    r"|(?:[Ee]pi|EPI|[Ee]pidemiological|[Ii]n|[Dd]uring|[Bb]etween|[Oo]f|[Ff]rom)[ \u00a0-]weeks"
    # a statute's sections abbreviated: "ss 189 and 196 of the Migration Act" (court copy)
    r"|(?<![\w'’.])ss"
    # abbreviated: "under Art. 280 and 281 of the Criminal Code" (session 7, Bulgarian copy)
    r"|(?<![A-Za-z])(?:Arts?|Secs?)\.)"
    r"[ \u00a0]\d{1,4}[A-Za-z]?(?:(?:,[ \u00a0]?|[ \u00a0](?:and|or|to)[ \u00a0])\d{1,4}[A-Za-z]?){0,5}"
    r"(?:,[ \u00a0]?|,?[ \u00a0](?:and|or|to)[ \u00a0])$"
)
#: A landline written as its area code (a leading zero) and the number: "091-9212345",
#: "042-99201450" (South Asian government press releases; no count starts with 0).
_AREA_CODE_PHONE_RE = re.compile(r"0\d{1,4}-\d{5,8}")
#: A dialling code written with its leading zero right before the number's next group: the
#: "0800 " of "0800 555 111", the "0300 123 " of "0300 123 7000".
_LEADING_ZERO_GROUP_BEFORE_RE = re.compile(r"(?<![\d.,])0\d{2,4}(?:[ \u00a0]\d{2,4})?[ \u00a0]$")
#: An ordinal or a "current" before a lower-case "phase" or "stage" has already named it, so
#: the number after is a count: "in the second phase 211,930 card holders were sent back"
#: (South Asian press releases on repatriation phases).
_NAMED_PHASE_BEFORE_RE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|initial"
    r"|ongoing|current|latest|next|last|previous|earlier)[ \u00a0](?:phase|stage)[ \u00a0]{1,2}$"
)
_ID_KEYWORDS = frozenset(re.findall(r"[A-Za-z]+", _ID_KEYWORD_RE.pattern.split("(?:", 2)[2]))


class _Hinted:
    """A window pattern anchored with ``$`` (it tries every offset of the window), searched
    only when the case-folded window holds one of ``hints``: a substring every match
    contains, so the answer is the pattern's own (``tests/test_figures.py`` checks
    that). Most numbers have none of these words before them."""

    __slots__ = ("rx", "hints", "_find")

    def __init__(self, rx: re.Pattern, hints: tuple[str, ...]):
        self.rx, self.hints = rx, hints
        # One search for any hint (grouped by first letter) rather than a generator of
        # ``in`` tests: the phone hints cost 1.2 -> 0.4 us a number.
        self._find = re.compile(_by_first_letter(hints)).search

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(s) if endpos is None else endpos
        if self._find(s[pos:end].casefold()) is not None:
            return self.rx.search(s, pos, end)
        return None


def _label_word_before(before: str, lex) -> bool:
    """``lex["id_before_re"].search(before)``: a label word ("Article", "No.") or a name
    the number completes ("the S&P 500") right before the number. Each half is asked
    only when the window's end could hold it (``tests/test_figures.py`` checks the
    answer equals the pattern's)."""
    if _id_keyword_before(before):
        return True
    # the pattern's "$" also matches before a final newline ("S&P \n" is one's end)
    core = before[:-1] if before.endswith("\n") else before
    return (
        core[-1:] in (" ", "\u00a0")
        and core[:-1].endswith(lex["number_names"])
        and lex["id_before_re"].search(before) is not None
    )


def _id_keyword_before(before: str) -> bool:
    """``_ID_KEYWORD_RE.search(before)``, asked only when the last word of ``before`` is
    one of its keywords (the pattern, a long alternation anchored at the end, is slow to
    try at every offset of the window)."""
    # the pattern's "$" also matches before a final newline ("Article \n" is one's end)
    core = before[:-1] if before.endswith("\n") else before
    t = core.rstrip(" \u00a0")
    if not 1 <= len(core) - len(t) <= 2:
        return False
    t = t[:-1] if t.endswith(".") else t
    t = t[:-1] if t.endswith(".") else t
    # The last word, as the run of letters (str.isalpha) ending ``t``: the keywords are
    # ASCII, so it is one when the run of ASCII letters ending ``t`` is one and no other
    # letter stands before that run (rstrip in C, not a loop over the word's letters).
    i = len(t.rstrip(_ASCII_LETTERS))
    return (
        t[i:] in _ID_KEYWORDS
        and not (i and t[i - 1].isalpha())
        and _ID_KEYWORD_RE.search(before) is not None
        and not (t[i:] in ("phase", "stage") and _NAMED_PHASE_BEFORE_RE.search(before))
    )


#: A determiner, then a lower-case keyword, right before a number: "this section ", "each
#: round ", "that page ".
_DETERMINER_KEYWORD_END_RE = re.compile(
    r"\b(?:[Tt]his|[Tt]hat|[Ee]ach|[Ee]very|same|one|another)[ \u00a0][a-z]+[ \u00a0]$"
)


class _SpanSet:
    """Sorted, merged spans with an O(log n) membership test."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.starts = [s for s, _ in spans]
        self.spans = spans

    def overlaps(self, start: int, end: int) -> bool:

        i = bisect_right(self.starts, start) - 1
        for j in (i, i + 1):
            if 0 <= j < len(self.spans):
                s, e = self.spans[j]
                if s < end and start < e:
                    return True
        return False


# ---------------------------------------------------------------------------------------
# Growing a number token into a figure

_YEAR_LO, _YEAR_HI = 1800, 2100
#: Before a projection's far year: "by 2150", "until 2300", "in 2200".
_FAR_YEAR_BEFORE_RE = re.compile(r"\b(?:by|in|until|till|through|before|after|beyond)[ \u00a0]$")
#: The word after a number ("by 2150 people": a plural makes it a count, not a year).
_WORD_AFTER_NUMBER_RE = re.compile(r"[ \u00a0]([a-z]+)\b")
_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:rose|risen|rise|rises|rising|increased?|increases|increasing|grew|grown|grow|grows"
    r"|jumped?|jumps|climbed?|climbs|surged?|surges|soared?|soars|up|fell|fallen|fall|falls"
    r"|falling|dropped|drop|drops|declined?|declines|decreased?|decreases|shrank|shrunk|cut|cuts"
    r"|slashed?|reduced?|reduces|down|plunged?|plummeted?|went|gone|go|goes|changed?|moved?"
    r"|raised?|raises|raising|lowered?|lowers|lowering|hike[sd]?|hiking|slipped?|edged"
    # "lifting the millage from 8.06 to 9.67", "hiked fees from $12 to $15" (session 5)
    r"|cutting|reducing|lift|lifts|lifted|lifting|boost|boosts|boosted|boosting|trimmed"
    r"|trimming"
    # a gap, a deficit or a share: "widened from $61 billion to $74 billion"
    r"|widen(?:ed|s)?|expand(?:ed|s)?|swell(?:ed|s)?|swollen|narrow(?:ed|s)?"
    # "double the famine from 30 to 60 million", "halved from 12 to 6"
    r"|doubled?|doubles|doubling|tripled?|triples|tripling|halved?|halves|halving"
    # (a decimal point in between is no sentence's end: "rose by 2.4 percent, from")
    r"|push|pushed|pushes|pushing|bringing|brought"
    # "its shipment total improved from 20.2 million to 29.9 million", "latency worsened
    # from", "sales slumped from", "growth slowed from" (market-research copy, session 8)
    r"|improved?|improves|improving|worsened|worsens|slumped|tumbled|slid|sank|rebounded"
    r"|recovered|slowed|accelerated|ballooned)\b(?:[^.\n]|(?<=\d)\.(?=\d)){0,40}$",
    re.IGNORECASE,
)
_DOTTED_SCALES = ("tril", "bil", "mil", "mln", "bln", "trln")
_CHANGE_BEFORE_FAR_RE = re.compile(_CHANGE_BEFORE_RE.pattern.replace("{0,40}$", "{0,55}$"), re.I)
_CHANGE_BEFORE_FARTHER_RE = re.compile(
    _CHANGE_BEFORE_RE.pattern.replace("{0,40}$", "{0,85}$"), re.I
)
# After a change verb: "by", then a softening or bounding word, up to the number ("rose by
# nearly", "fell just"); shared by _UP_RE and _DOWN_RE.
_CHANGE_TAIL = (
    r"(?:[ \u00a0]by)?[ \u00a0]{1,2}(?:(?:about|around|nearly|almost|over|more[ \u00a0]than|some"
    r"|just|only|roughly|slightly|a[ \u00a0]further|another"
    # "rents have risen by an average of £120 a month" (housing copy, session 6)
    r"|an[ \u00a0]average[ \u00a0]of|a[ \u00a0]total[ \u00a0]of)[ \u00a0])?$"
)
#: A market's noun before "up"/"down" and the change: "sent shares up 15%", "Oil prices
#: down 2%" (a headline's or a market report's verbless change).
_MARKET_NOUNS = (
    "shares stocks stock prices price index indices sales exports imports revenue revenues "
    "profit profits output earnings yields bonds oil gold futures".split()
)


def _after_nouns(word: str) -> str:
    """``word`` right after one of the market nouns: one fixed-width lookbehind each."""
    return "|".join(f"(?<={n}[ \u00a0]){word}" for n in _MARKET_NOUNS)


_UP_RE = re.compile(
    r"\b(?:rose|risen|rise|rises|rising|increased?|increases|increasing|grew|grown|grow|grows"
    # "..., growing by 5.3 percent compared with 2011" (World Bank briefs and the copy
    # built on them, session 18); only with "by" ("a growing 40 per cent of voters")
    r"|growing(?=[ \u00a0]by)"
    rf"|{_after_nouns('up')}"
    r"|jumped?|jumps|climbed?|climbs|surged?|surges|soared?|soars"
    # the bare verb after "to": "managed to jump 185 percent" (Canalys copy, session 7)
    r"|jump|climb|soar"
    # a currency's or a market's rise: "the rand appreciated 2.3%"
    r"|appreciated|appreciating|strengthened|strengthening"
    # market copy: "the pound rallied 1.2%", "shares gained 4%"
    r"|rall(?:y|ies|ied|ying)|gain(?:s|ed|ing)?"
    # a change in a participle clause: "580,500, jumping 65.9 percent"
    # a phrasal verb of consumer copy: "went up 4p a litre", "has gone up 6p", "shot up 9.5%"
    r"|(?<=went[ \u00a0])up|(?<=gone[ \u00a0])up|(?<=goes[ \u00a0])up|(?<=shot[ \u00a0])up"
    r"|jumping|climbing|surging|soaring|up(?=[ \u00a0]by)|(?<=[,;(—–][ \u00a0])up|(?<=[(\n—–])up|(?<=were[ \u00a0])up|(?<=was[ \u00a0])up|(?<=is[ \u00a0])up|(?<=are[ \u00a0])up|raised?|(?<=\()increase[ \u00a0]of|an[ \u00a0]increase"
    r"[ \u00a0]of|a[ \u00a0]rise[ \u00a0]of|a[ \u00a0]jump[ \u00a0]of|growth[ \u00a0]of|higher"
    # "a modest increase of 17,439": an adjective between
    r"|an?[ \u00a0][a-z]{3,15}[ \u00a0](?:increase|rise|jump)[ \u00a0]of"
    r"|(?<=further[ \u00a0])(?:jump|rise|increase)[ \u00a0]of"
    # a noun before the change noun: "the council tax rise of 4.99%", "a rent hike of 9%"
    # (consumer copy, session 6)
    r"|(?<![Tt]he[ \u00a0])(?<=[a-z][ \u00a0])(?:rise|increase|hike)[ \u00a0]of"
    # "the rise was 4%", "the increase stood at 12 per cent"
    r"|the[ \u00a0](?:rise|increase|growth|jump)(?:[ \u00a0]in[ \u00a0][a-z]+)?[ \u00a0]"
    r"(?:was|is|stood[ \u00a0]at|came[ \u00a0]to))"
    rf"{_CHANGE_TAIL}",
    re.IGNORECASE,
)
_DOWN_RE = re.compile(
    r"\b(?:fell|fallen|fall|falls|falling|dropped|drop|drops|declined?|declines|decreased?"
    r"|dropping|declining|decreasing|shrinking|plunging|plummeting|slipping"
    # a currency's or a market's fall: "the cedi depreciated by 12 per cent", "the Hang
    # Seng dipped 0.8%" (for a percentage, money or points only, as the market verbs below)
    r"|depreciated|depreciating|weakened|weakening|dipped|dipping"
    # "the loaf went down 3p" (shopping copy, session 6)
    r"|(?<=went[ \u00a0])down|(?<=gone[ \u00a0])down|(?<=goes[ \u00a0])down"
    r"|(?<=came[ \u00a0])down|(?<=come[ \u00a0])down"
    # market copy: "Tesla shares slump 12%", "tumbled 8%", "sank 3%", "slid 2.4%" (not
    # "dive 300 metres", "sink 40 wells")
    r"|slump(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|sank|sinks|sinking|slid(?:es|ing)?"
    # headline present tenses and an economy's contraction: "exports shrink 3.4%", "profit
    # dips 4%", "shares slide 6%", "the economy contracted 3.3%" (Yonhap copy, session 7)
    r"|shrinks?|dips?|slide|contract(?:s|ed|ing)?"
    rf"|{_after_nouns('down')}"
    r"|decreases|shrank|shrunk|cut|slashed?|reduced?|(?<=\()decrease[ \u00a0]of|down(?=[ \u00a0]by)|(?<=[,;(—–][ \u00a0])down|(?<=[(\n—–])down|(?<=were[ \u00a0])down|(?<=was[ \u00a0])down|(?<=is[ \u00a0])down|(?<=are[ \u00a0])down|plunged?|plummeted?|lowered?|slipped?"
    r"|a[ \u00a0]decrease[ \u00a0]of|a[ \u00a0]decline[ \u00a0]of|a[ \u00a0]drop[ \u00a0]of"
    r"|a[ \u00a0]fall[ \u00a0]of|a[ \u00a0]cut[ \u00a0]of|a[ \u00a0]reduction[ \u00a0]of|lower"
    r"|(?<![Tt]he[ \u00a0])(?<=[a-z][ \u00a0])(?:decrease|decline|reduction)[ \u00a0]of"
    # "a marginal population decline of 0.2 per cent": up to two words between
    r"|a[ \u00a0](?:[a-z]{3,15}[ \u00a0]){1,2}(?:decline|decrease|drop|fall|reduction)[ \u00a0]of"
    # "In April, the drop was 16.7%", "the decline stood at 3 per cent"
    r"|the[ \u00a0](?:drop|fall|decline|decrease|cut)(?:[ \u00a0]in[ \u00a0][a-z]+)?[ \u00a0]"
    r"(?:was|is|stood[ \u00a0]at|came[ \u00a0]to))"
    rf"{_CHANGE_TAIL}",
    re.IGNORECASE,
)
# The period of a change between the figure and its noun: "a 5.3% year-on-year increase",
# "a 12% annual rise", "a 40 per cent month-on-month drop" (business and statistics copy,
# session 17)
_CHANGE_PERIOD = (
    r"(?:(?:(?:year|month|week|quarter|day)-(?:on|over|to)-(?:year|month|week|quarter|day)"
    r"|annual|yearly|quarterly|monthly|weekly|daily|annuali[sz]ed)[ \u00a0])?"
)
_UP_AFTER_RE = re.compile(
    # (and "a 3.9% uptick", "a 2% upswing": housing-market copy, session 6)
    rf"^[ \u00a0-]{{1,2}}{_CHANGE_PERIOD}"
    r"(?:increase|rise|jump|surge|hike|growth|spike|uptick|upswing)\b",
    re.I,
)
_DOWN_AFTER_RE = re.compile(
    rf"^[ \u00a0-]{{1,2}}{_CHANGE_PERIOD}"
    r"(?:decrease|decline|drop|fall|cut|reduction|dip|downtick|downturn)\b",
    re.I,
)


#: A count written as millions without the word: "so far 0.241888 Afghanis repatriated".
_SIX_DECIMALS_RE = re.compile(r"0\.\d{6}")
_PEOPLE_PLURAL_AFTER_RE = re.compile(
    r"[ \u00a0](?:[A-Za-z-]+[ \u00a0]){0,2}(?:[A-Z][a-z]+s|people|persons|individuals|refugees"
    r"|migrants|families|nationals|citizens|immigrants|foreigners|returnees|deportees)\b"
)


def _millions_as_decimals(text: str, out: list) -> None:
    """ "so far 0.241888 Afghanis repatriated to their motherland": a count of people in
    millions to six places with the word left out (Pakistani provincial copy, session 14),
    as "0.246013 million illegal Afghan immigrants" says in full. No count of people is a
    fraction, so six decimals after "0." before people are millions."""
    for d in out:
        if (
            d.kind == "count"
            and d.token is d.end_token
            and d.token.scale == 1
            and d.value < 1
            and _SIX_DECIMALS_RE.fullmatch(d.token.text)
            and _PEOPLE_PLURAL_AFTER_RE.match(text, d.end)
        ):
            d.value *= 1e6
            d.low = d.low * 1e6 if d.low is not None else None
            d.high = d.high * 1e6 if d.high is not None else None


@dataclass
class _Draft:
    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    bound: str
    kind: str
    unit: str | None
    token: NumberToken
    end_token: NumberToken
    qualifier: str | None = None
    time_unit_text: str | None = None
    hyphen_unit: bool = False
    currency: str | None = None


def _is_year(tok: NumberToken) -> bool:
    return (
        not tok.in_words
        and not tok.grouped
        and not tok.has_decimal
        and tok.scale == 1
        and len(tok.text) == 4
        and _YEAR_LO <= tok.value <= _YEAR_HI
    )


#: What "5g" names when it is the mobile network, not five grams.
_G_NETWORK_NEXT_RE = re.compile(
    r"(?:network|phone|mobile|service|technology|tech|spectrum|connectivity|coverage|rollout"
    r"|roll-out|data|internet|signal|speed|handset|smartphone|mast|tower|auction|licen[cs]e"
    r"|band|era|users?|subscribers?|customers?|sims?|plans?|devices?|smartphones?|and|or|in"
    r"|on|is|was|will|has|have|to|for|the|a)s?\b",
    re.I,
)
_POUND_WORDS = frozenset(("pound", "pounds"))
#: A weighing word shortly before the number: "weighed 180 pounds", "weighing about 9 pounds".
_WEIGH_BEFORE_RE = re.compile(
    r"\b(?:weigh(?:s|ed|ing|t|ts)?|heavier|lighter|tipped[ \u00a0]the[ \u00a0]scales)\b", re.I
)
#: A body's weight lost or gained, a few words before a number of pounds (session 6):
#: "dieters lost 8 pounds", "lost an average of 6 pounds"; "the firm lost 5 million pounds"
#: is money.
_LOSE_BEFORE_RE = re.compile(
    r"\b(?:lose|loses|lost|losing|shed|sheds|shedding|gain|gains|gained|gaining|put[ \u00a0]on)"
    r"(?:[ \u00a0][a-z]+){0,3}[ \u00a0]$",
    re.I,
)
_SCALED_AMOUNT_RE = re.compile(r"million|billion|thousand|\dbn|\dm\b", re.I)
#: A passage about bodies, not money: "the weight-loss drug", "on the placebo".
_BODY_CUE_RE = re.compile(
    r"weight|\bdiet|obes|placebo|\bdrug|\bdose|\btrial|participants|patients|body", re.I
)
#: What follows "pounds": a conversion to kilograms, or "of" and a thing that is weighed.
_POUNDS_KG_RE = re.compile(
    # "90 pounds (41 kg)"; "three hundred pounds (300 lbs) of drugs" (session 5, police copy);
    # "8.8 million pounds (4,400 tons) of thrust" (session 6, rocket copy)
    r"[ \u00a0]*[(,][ \u00a0]*(?:or[ \u00a0]|about[ \u00a0]|some[ \u00a0])?[\d.,]+[ \u00a0]?"
    r"(?:kg|kilo|lbs?\b|(?:metric[ \u00a0])?(?:tonnes?|tons?)\b|grams?\b)",
    re.I,
)
# (a chemical's formula is a noun too: "0.87 pounds of CO2"; the first word is kept, so
# "5 million pounds of funding to ..." finds "funding" before "to")
_POUNDS_OF_RE = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:(?P<a>[a-z]+)[ \u00a0]+)?(?P<w>[a-z][a-z0-9₂]*)\b", re.I
)
#: Nouns of money after "pounds of": "5 million pounds of funding" is sterling.
_MONEY_OF_NOUNS = frozenset(
    """money funding funds investment investments aid cash damage damages debt debts losses
    revenue revenues sales savings spending taxpayers taxpayer public government state tax taxes
    assets contracts contract property bonds shares stock fraud profit profits cuts subsidies
    grants benefits compensation fines bribes donations payments wages income budget""".split()
)


#: A drug and its seizure (either first) before a number of pounds in the same sentence:
#: "Fentanyl seizures ... totaled 2,318 pounds", "seizures of cocaine rose to 900 pounds".
_DRUG_SEIZURE_BEFORE_RE = re.compile(
    r"(?:\b(?:fentanyl|cocaine|methamphetamine|meth|heroin|marijuana|cannabis|narcotics|drugs?)"
    r"\b[^.]{0,80}?\b(?:seiz|haul|confiscat|interdict)"
    r"|\b(?:seiz|haul|confiscat|interdict)\w*[^.]{0,80}?"
    r"\b(?:fentanyl|cocaine|methamphetamine|meth|heroin|marijuana|cannabis|narcotics|drugs?)\b)",
    re.I,
)


def _pounds_of_weight(text: str, start: int, end: int, value: float = 0.0) -> bool:
    """ "He weighed 180 pounds", "2,000 pounds of cocaine", "90 pounds (41 kg)": pounds of
    weight, as US copy writes them, not sterling. Without such a sign "pounds" stays
    money (British copy: "a fine of 5,000 pounds")."""
    if _WEIGH_BEFORE_RE.search(text, max(0, start - 40), start):
        return True
    if _LOSE_BEFORE_RE.search(text, max(0, start - 40), start) and (
        0 < abs(value) < 200
        or (
            not _SCALED_AMOUNT_RE.search(text, start, end)
            and _BODY_CUE_RE.search(text, max(0, start - 200), end + 60)
        )
    ):
        # "dieters lost 8 pounds", "aim to lose 1 to 2 pounds" (fitness copy); a larger
        # plain number in a passage about bodies: "lost 230 pounds on the drug"
        return True
    if _POUNDS_KG_RE.match(text, end):
        return True
    m = _POUNDS_OF_RE.match(text, end)
    if m is not None:
        return not (
            m.group("w").lower() in _MONEY_OF_NOUNS
            or (m.group("a") or "").lower() in _MONEY_OF_NOUNS
        )
    if (
        (cue := _DRUG_SEIZURE_BEFORE_RE.search(text, max(0, start - 120), start)) is not None
        and ". " not in text[cue.start() : start]
        and not _SCALED_AMOUNT_RE.search(text, start, end)
    ):
        # "Fentanyl seizures, nearly all at ports of entry, fell to 1,037 pounds": a drug's
        # seizures earlier in the sentence weigh the pounds (US border copy, ds2-cbp)
        return True
    if (
        text.endswith(("to ", "to\u00a0"), 0, start)
        and (at := text.rfind(" pounds of ", max(0, start - 120), start)) != -1
    ):
        # the later level of a change whose first was a weight: "from 0.87 pounds of
        # carbon dioxide per kilowatt-hour in 2019 to 0.81 pounds in 2020"
        first = _POUNDS_OF_RE.match(text, at + 7)
        return (
            first is not None
            and first.group("w").lower() not in _MONEY_OF_NOUNS
            and (first.group("a") or "").lower() not in _MONEY_OF_NOUNS
            and ". " not in text[at:start]
        )
    return False


# An exchange rate: a bare number "against the dollar", "to the dollar", "per dollar", "a
# dollar" after the name of the currency it prices (forex wraps of Indian, Nigerian, Kenyan,
# Japanese papers): an amount of that currency, as "($1=117.50 taka)" is. The euro and the
# pound are quoted the other way: "the pound rose to 1.27 against the dollar" is in dollars.
_FX_AFTER_RE = re.compile(
    r" (?:a|per|to the|to a|to one|against the|versus the|vs\.?|vs\. the)"
    r"(?:(?: US| U\.S\.| American)? (?:dollar|[Gg]reenback)| (?:US|U\.S\.|American) currency)\b"
)
_FX_CURRENCY_RE = re.compile(
    r"\b(?:rupee|naira|shilling|cedi|rand|yen|yuan|renminbi|won|lira|peso|ringgit|rupiah|baht"
    r"|taka|kwacha|birr|rouble|ruble|hryvnia|riyal|rial|dirham|dinar|kyat|afghani|zloty"
    r"|forint|shekel|pound|euro|sterling)s?\b",
    re.IGNORECASE,
)


def _fx_rate_currency(text: str, start: int, lex) -> str | None:
    """The currency a rate before "against the dollar" prices: the last currency name
    earlier in the sentence ("The rupee closed at 83.42 against the dollar" -> RUPEE)."""
    lo = max(0, start - 160)
    lo = max(lo, text.rfind(". ", lo, start) + 1, text.rfind(";", lo, start) + 1)
    found = None
    for m in _FX_CURRENCY_RE.finditer(text, lo, start):
        found = m
    if found is None:
        return None
    word = found.group().lower().rstrip("s")
    if word in ("pound", "euro", "sterling"):
        return "USD"  # "the pound rose to 1.27 against the dollar": dollars a pound ("$1.27")
    return lex["suffixes"].get(word) or lex["suffixes"].get(word + "s")


def _currency_before(text: str, start: int, lex) -> tuple[str, int] | None:
    window = text[max(0, start - 9) : start]  # "Rupees  " is the longest sign and spaces
    # A match is a currency sign, then up to two spaces (and a final newline, which "$"
    # allows): without the spaces the window ends with the sign's last character. That
    # is tested before the search, which tries every offset of the window (0.8 -> 0.3 us
    # a number; ``test_currency_gate`` checks the answer is the search's).
    core = window.rstrip(" \u00a0\n")
    if not core or core[-1] not in lex["prefix_last"]:
        return None
    m = lex["prefix_re"].search(window)
    if not m:
        return None
    surface = m.group("c")
    # Two- and three-letter codes need a word boundary before them: "Rs40,000" but not "hours 5".
    return lex["prefixes"][surface], start - (len(window) - m.start("c"))


_OPENERS = "\"“‘'([—–-,;:"

# A sign glued to the number in key-figure lists and tables: ">500 residents", "<5%",
# "~12,000 people" (spaced, they are qualifiers in qualifiers.csv). Only after a space, a
# line start or an opening bracket: "x>5", "a=~3" and "->" arrows are no bound.
_SIGN_BEFORE = {
    ">": "lower",
    "≥": "lower",
    "<": "upper",
    "≤": "upper",
    "~": "approximate",
    "≈": "approximate",
}


def _sign_before(text: str, start: int) -> tuple[str, str, int] | None:
    at = start - 1
    if at and text[at - 1] not in " \u00a0\n\t([:;,":
        return None
    sign = text[at]
    return sign, _SIGN_BEFORE[sign], at


#: "c.41,000", "ca.300", "(c.1,200)": circa glued to the number, as archive and history copy
#: write it (spaced, "c. 41,000" is in qualifiers.csv).
_CIRCA_GLUED_RE = re.compile(r"(?:^|(?<=[ \u00a0(\[]))(?:c|ca|C|Ca)\.$")


def _circa_before(text: str, start: int) -> tuple[str, str, int] | None:
    m = _CIRCA_GLUED_RE.search(text, max(0, start - 4), start)
    return (m.group(), "approximate", m.start()) if m else None


#: A hundred or a thousand written with the article: "over a 100 people", "more than a
#: 1,000 families" (South Asian and spoken English).
_A_ROUND_NUMBER_RE = re.compile(r"1(?:00|,?000)(?:,?000)*(?![\d.,]?\d)")


def _qualifier_before(text: str, start: int, lex) -> tuple[str, str, int] | None:
    """The bound qualifier ending right before ``start`` ("up to", "more than", "some").

    Looks up the last one to three words in the qualifier table instead of running a
    regex over the window: this runs once per number."""
    window = text[max(0, start - 30) : start]
    if not window or window[-1] not in " \u00a0":
        return None
    if window[-3:-1] == " a" and _A_ROUND_NUMBER_RE.match(text, start):
        # "Over a 100 million people": the qualifier before the article
        q = _qualifier_before(text, start - 2, lex)
        if q is not None:
            return q
    written = window
    if "\u2014" in window or "\u2013" in window:
        # "A majority\u2014more than 6.6 million\u2014...": a dash glued to the qualifier
        # opens it as a space would (same length, so offsets stay those of the text)
        window = window.replace("\u2014", " ").replace("\u2013", " ")
    words = window.split()
    # Every qualifier ends with the window's last word (its opening quote or bracket
    # stripped when it is the only word): most numbers have no qualifier and stop here,
    # before three joins and lookups (1.7 -> 0.7 us a number). Tested in
    # ``test_qualifier_last_word_gate``.
    if not words:
        return None
    last = words[-1].lower()
    qual_last = lex["qual_last"]
    if (
        last == "to"
        and len(words) > 2
        and words[-2].lower() == "over"
        and words[-3].lower() in _RISE_OVER_TO_VERBS
        and window.endswith(" over to ")
    ):
        # "the number rose over to 113,000": "to more than", as the English services
        # of Spanish and Turkish agencies render "ascendió a más de" (Anadolu, EFE,
        # session 13); "handed over to 300 families" is a verb's particle, no bound
        q_start = len(window) - len("over to ")
        return window[q_start : q_start + 7], "lower", start - (len(window) - q_start)
    if last not in qual_last and last.lstrip(_OPENERS) not in qual_last:
        if (
            last[-2:] == "ed"
            and len(words) > 3
            and words[-3].lower() == "at"
            and words[-2].lower() == "least"
            and words[-4].lower() in ("has", "have", "had")
            and window.endswith(last + " ")
        ):
            # "Mexico has at least intercepted 115,379 migrants": the bound before the verb,
            # as the English services of Spanish agencies render "al menos" (session 13)
            # (the figure's text stays the number: the verb is no part of it)
            return "at least", "lower", start
        if last in ("another", "further") and len(words) > 1 and window.endswith(last + " "):
            # "at least another 25 injured", "up to a further 300": the bound reaches past
            # the word of addition
            q = _qualifier_before(text, start - len(last) - 1, lex)
            if q is not None:
                return q[0], q[1], q[2]
        return None
    quals = lex["quals"]
    # (four words: "in the region of", "a little more than")
    for n in (4, 3, 2, 1):
        if len(words) < n:
            continue
        raw = " ".join(words[-n:])
        lead = len(raw) - len(raw.lstrip(_OPENERS))
        phrase = raw[lead:].lower()
        bound = quals.get(phrase)
        if bound is None:
            continue
        # Locate the phrase's first word from the right (words may be joined by a no-break space).
        q_start = window.rfind(words[-1])
        for w in reversed(words[-n:-1]):
            q_start = window.rfind(w, 0, q_start)
        q_start += lead
        if q_start > 0 and window[q_start - 1].isalnum():
            continue
        if _compares_figures(phrase, written[:q_start]):
            # "9 per cent more than twelve months earlier": a comparison ("2,827 \u2013 less
            # than 3% \u2013" is an aside, its dash as written)
            return None
        if phrase == "up to" and (
            _MOVED_UP_RE.search(window, 0, q_start)
            # "revenue was up to £5.9 million, from £3 million": a change to a new level
            or (
                _BE_BEFORE_UP_RE.search(window, 0, q_start)
                and _FROM_LEVEL_AFTER_RE.match(text, start)
            )
        ):
            return None  # "the rate edged up to 6.81%": the new level, not a bound
        if phrase == "near" and _PREP_OR_NEAR_RE.search(window, 0, q_start):
            # "sheltering in or near 154 UNRWA facilities", "at or near 14 sites": a place's
            # preposition paired with "near", not "nearly" (UN situation reports, ds2-levant)
            return None
        if phrase == "about" and _TOPIC_ABOUT_VERB_RE.search(window, 0, q_start):
            # "She spoke about 40 families who lost homes", "worried about 300 jobs": the
            # preposition of a verb of speech or concern, its object the figure (quotes in
            # agency copy, session 18); "rescued about 186" stays a bound
            return None
        if phrase == "over" and _HAND_OVER_RE.search(window, 0, q_start):
            # "ordered to hand over £1.4m", "residents handed over 312 firearms": the
            # particle of a verb of giving, not "more than" (fraud and police copy, session 7)
            return None
        return (
            window[q_start : q_start + len(phrase)].rstrip(),
            bound,
            start - (len(window) - q_start),
        )
    return None


#: A verb of speech or concern right before "about", which makes it a preposition: "spoke
#: about 40 families", "worried about 300 jobs" (not "spent about", "rescued about", nor
#: "asked about 1,000 adults" or "wrote about 40 letters", which count roughly).
_TOPIC_ABOUT_VERB_RE = re.compile(
    # ("we're talking about 2,000 a day" stays a speaker's rough figure)
    r"\b(?:speak|speaks|spoke|speaking|worried|worry|worrying"
    r"|concerned|complained|complaining|heard|hearing|learned"
    r"|learnt|thinking|care|cares|cared)[ \u00a0]$",
    re.IGNORECASE,
)
#: A preposition and "or" before "near" ("in or near 154 facilities"): "near" is a place's.
_PREP_OR_NEAR_RE = re.compile(r"\b(?:in|at|on|inside|within|around)[ \u00a0]or[ \u00a0]$", re.I)


#: A verb of rising before "over to N" ("rose over to 113,000"): a lower bound.
_RISE_OVER_TO_VERBS = frozenset(
    "rose risen rises rise increased increases climbed climbs amounted amounts reached "
    "reaches jumped jumps grew grown grows soared swelled went surged".split()
)


# A past verb of movement before "up to": "edged up to 6.81%", "went up to $2,410",
# "was revised up to 3.1%", "bounced back up to 1.8%" give the new level (markets, housing and
# price copy); "could go up to"
# and "up to 30 cm of snow" stay bounds, and so does "water rose up to 2 metres" (a most).
_MOVED_UP_RE = re.compile(
    r"\b(?:edged|inched|crept|ticked|moved|went|gone|revised|pushed|bumped|rounded|ratcheted"
    r"|nudged|ramped|marked|trended|back"
    # "that number shot up to 520K", "prices soared up to $90": the new level after a
    # lively verb of rising (wire and regional copy on crossings and prices, session 17)
    r"|shot|shoots|shooting|soared|jumped|climbed|leapt|leaped|rocketed|skyrocketed|spiked"
    # a sum: "the fines added up to $4.7 million", "the bill adds up to £3,200" (session 7)
    r"|adds?|added|adding)[ \u00a0]$",
    re.IGNORECASE,
)
# "pound" as an adjective after a scaled amount, then a noun: "a 50 million pound scheme".
_SCALED_POUND_ADJ_RE = re.compile(r"[ \u00a0-][Pp]ound(?:[ \u00a0]|-(?!force))[a-z]")


def _in_millions(tok: NumberToken) -> bool:
    """Written in millions or more: "50 million", "3bn", "three million", "five-million"."""
    return tok.scale >= 1e6 or (
        tok.in_words and tok.text.lower().endswith(("million", "billion", "trillion"))
    )


_LAKH_CURRENCIES = frozenset(("INR", "PKR", "NPR", "BDT", "LKR"))
# Words of money right before an amount in lakh or crore with no currency sign.
_LAKH_MONEY_BEFORE_RE = re.compile(
    r"\b(?:cash|worth|valued[ \u00a0]at|totalling|totaling|amounting[ \u00a0]to|fine[ \u00a0]of"
    r"|fined|bail[ \u00a0]of|compensation[ \u00a0]of|bribe[ \u00a0]of|ransom[ \u00a0]of"
    r"|cost[ \u00a0]of|loss[ \u00a0]of)[ \u00a0](?:(?:about|around|over|nearly|some)[ \u00a0])?$",
    re.I,
)

# ... and the box office's verbs before it, its milestones after it (session 8)
_LAKH_BOX_OFFICE_BEFORE_RE = re.compile(
    r"\b(?:collect(?:ed|s|ing)?|gross(?:ed|es|ing)?|nett?(?:ed|s)?|earn(?:ed|s|ing)?"
    r"|mint(?:ed|s)?|add(?:ed|s)|raked[ \u00a0]in|rakes[ \u00a0]in|budget[ \u00a0]of"
    r"|collections?[ \u00a0]of"
    r"|business[ \u00a0]of)[ \u00a0](?:(?:about|around|over|nearly|some|approximately|another"
    r"|more[ \u00a0]than|close[ \u00a0]to)[ \u00a0])?$",
    re.I,
)
_PEOPLE_BEFORE_TOTAL_RE = re.compile(
    r"\b(?:people|persons|individuals|families|children|men|women|refugees|migrants|returnees"
    r"|nationals|citizens|workers|pilgrims|students|voters|patients|passengers)\b"
)
_LAKH_MONEY_AFTER_RE = re.compile(r"[ \u00a0](?:mark|club|worldwide|nett?|gross|approx)\b", re.I)
_PLUS_NOUN_RE = re.compile(r"([A-Za-z]{2,})\b")
_HAND_OVER_RE = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|signing)"
    r"[ \u00a0]$",
    re.IGNORECASE,
)
_BE_BEFORE_UP_RE = re.compile(r"\b(?:was|were|is|are|been)[ \u00a0]$", re.IGNORECASE)
_FROM_LEVEL_AFTER_RE = re.compile(r"[^,;\n]{1,30}?,?[ \u00a0]from[ \u00a0](?:[$£€¥₹]|\d)")
# "more than" right after a figure compares it with the next number, which it does not
# bound: "9 per cent more than twelve months earlier", "3,000 fewer than in 2022".
_COMPARATIVES = frozenset(["more than", "less than", "fewer than", "greater than"])
_FIGURE_ENDINGS = (
    *"0123456789%",
    "per cent",
    "percent",
    "pc",
    # "four cents more than one week ago" (AAA fuel copy, session 6)
    " cents",
    " pence",
    " points",
    " degrees",
)
# ... but a year before it is no figure: "In 2023 more than 400 people died".
_YEAR_END_RE = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d$")


def _compares_figures(phrase: str, before: str) -> bool:
    """Is the qualifier ``phrase`` a comparison of the figure ending ``before`` with the
    next number, rather than a bound on it?"""
    if phrase not in _COMPARATIVES:
        return False
    if before.rstrip(" \t\u00a0").endswith("\n"):
        # a figure closing the line before ("Bangladesh 1,018\nMore than 6,500 ...", a
        # chart's labels over a story): a new line opens a new phrase (session 7)
        return False
    head = before.rstrip()
    return head.endswith(_FIGURE_ENDINGS) and not _YEAR_END_RE.search(head)


# A minus sign glued to the number, after a space or an opening bracket that does not follow
# a number ("rose 20 -30" is a range written loosely), or the word "minus".
_NEGATIVE_BEFORE_RE = re.compile(
    r"(?:(?<![\d%][ \u00a0])(?<=[ \u00a0(\[])[-\u2212]|\b[Mm]inus[ \u00a0]{1,2}"
    # "net migration is negative 740 thousand" (think-tank scenarios, session 8); not a
    # test's result before a time: "tested negative 48 hours before"
    r"|(?<!tested )(?<!tests )(?<!test )(?<!testing )(?<!back )(?<![-\w])[Nn]egative[ \u00a0])$"
)
#: A market ticker's index whose name ends in a number, then a signed change: "S&P 500
#: -1.2%", "FTSE 100 -0.4%", "Nifty 50 -0.3%" (session 8); the digit before the minus is
#: the name's, so the minus is a sign, not a range's hyphen.
_INDEX_NUMBER_BEFORE_RE = re.compile(
    r"\b(?:S&P|FTSE|Nikkei|DAX|Stoxx|STOXX|CAC|Russell|ASX|Nifty|NIFTY|KOSPI|IBEX|Sensex"
    r"|SENSEX|TOPIX|FTSE[ \u00a0]MIB)[ \u00a0]\d{2,4}[ \u00a0]+[-\u2212]$"
)
_MINUS_AT_END_RE = re.compile(r"[-\u2212]$")
#: An en dash typeset as a minus, glued to a number that opens a bracket or follows a comma
#: in one: "Bangladeshis (17,000, \u201326%)", "Germany (\u201343%)" (EUAA figures as the
#: European press typeset them, session 16); a range's en dash follows a number instead.
_EN_DASH_SIGN_RE = re.compile(r"(?:(?<=\()|(?<=[,;][ \u00a0]))\u2013$")
#: "plus or minus 3 points" (a poll's margin of error): "minus" there is no sign.
_PLUS_OR_ENDS = ("plus or ", "Plus or ", "plus-or-", "plus/", "plus or\u00a0")
#: What text before a negative number ends with; checked before the regex, which is slower.
_NEGATIVE_ENDINGS = ("-", "\u2212", "inus ", "inus\u00a0", "inus  ", "negative ", "Negative ")
_CENTURY_SCORED_BEFORE_RE = re.compile(
    r"\b(?:scored|scores|scoring|made|makes|making|hit|hits|struck|compiled|notched|smashed"
    r"|registered)[ \u00a0](?:[a-z]+[ \u00a0])?$"
)
_PAR_AFTER_RE = re.compile(r"-(under|over)-par\b")
_HYPHEN_NOUN_RE = re.compile(r"-(?P<w>[a-z]{2,20})\b(?!-)")
#: Words after "N-" that do not make "N-word" a count of that word ("2,000-strong" is a
#: count of what follows; "3-fold" a multiplier; "5-year-old" an age, excluded earlier).
_NOT_HYPHEN_NOUNS = frozenset(
    "strong odd plus fold times like style based related led backed linked run bound wide "
    "old something day week month year hour minute decade half halves third thirds quarter "
    "quarters fourth fourths fifth fifths tenth tenths stroke sixth sixths seventh sevenths "
    "eighth eighths ninth ninths hundredth hundredths".split()
)
# Hyphenated as an adjective too: "a one-in-four chance" (not "a 1-in-100-year flood").
# (title-case headlines capitalise the words: "One In Four Nurses", "8 Out Of 10 Councils")
_RATE_GAP_RE = re.compile(
    r"[ \u00a0-](?:(?:in|In|out[ \u00a0-]of|Out[ \u00a0-][Oo]f)(?:[ \u00a0-][Ee]very)?"
    # "Venezuelans made up about two of every three" (AP copy): "of" only with "every"
    r"|of[ \u00a0][Ee]very)[ \u00a0-]"
)
#: "N out of M" is a rate over a base a reader scales by ("three out of four", "7 out of
#: 10", "1 out of 100"); over any other total ("28 out of 31 drones", "38 out of 50
#: schools") it counts a part of a stated whole, as "29 of the 35 districts" does.
_OUT_OF_BASES = frozenset((2, 3, 4, 5, 10, 100, 1000))
# A title's last word before a sequel number (:func:`_sequel_title_after`): capitalised, with
# lower-case letters (no acronym: "the SNP 9"), no function word, weekday or month.
_TITLE_WORD_BEFORE_RE = re.compile(
    r"(?<![\w'’.-])(?!(?:The|A|An|In|On|At|For|Of|And|But|By|To|From|With|Its|Their|His|Her"
    r"|Our|Some|All|About|Over|Under|Top|Big|No|Only|Nearly|Just|Around|Almost|Another|Those"
    r"|These|Each|Every|Number|Exactly|Roughly|Approximately|Perhaps|Maybe|Up|Down|Since"
    r"|Until|After|Before|Between|Now|Also|Then|Still|More|Fewer|Less|Most|Least|Both|Any"
    r"|Police|Officials|Reports|Sources|Figures|Data)\b)"
    rf"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?!{_MONTHS}\b)"
    r"[A-Z][a-z][A-Za-z]*[ \u00a0]$"
)
_SCORE_SIDE_BEFORE_RE = re.compile(r"\d[ \u00a0]+(?:[A-Z][\w'’.-]*[ \u00a0]+){1,3}$")
# What follows a sequel's number: a verb of the box office or a singular verb, no noun.
_SEQUEL_VERB_AFTER_RE = re.compile(
    r"[ \u00a0](?:earned|earns|grossed|grosses|opened|opens|took|takes|made|makes|debuted"
    r"|debuts|topped|tops|led|leads|crossed|crosses|passed|passes|surpassed|surpasses|fell"
    r"|dropped|slipped|added|adds|carries|faces|became|becomes|remains|stays|arrived|arrives"
    # (a singular "is", "was", "has": a count of two or more takes none of them)
    r"|premiered|premieres|sold|sells|hit|hits|moved|shipped|launched|watched|drew|attracted"
    # a singular noun the title modifies: "the Skyforge 2 winner", "the Road Kings 6 trailer"
    r"|winner|trailer|cover|soundtrack|finale|premiere|reboot|remake|release|launch|patch"
    r"|update|champion|cast|director"
    r"|is|was|has)\b"
)


def _sequel_title_after(text: str, end: int, start: int) -> bool:
    """After a small number that follows a capitalised word: what makes it a title's sequel
    number (a subtitle, a possessive, a gross in brackets, a verb, a closing quote)."""
    c = text[end : end + 1]
    if c == ":":
        return text[end + 1 : end + 2] == " " and text[end + 2 : end + 3].isupper()
    if c in ("'", "’"):
        return text[end + 1 : end + 2] == "s" and not text[end + 2 : end + 3].isalpha()
    if c in ('"', "”") or (c in (",", ".") and text[end + 1 : end + 2] in ('"', "”")):
        # '"Street Kings 6"', '"GTA 5,"': the quotation opens on a capital before the number
        q = max(
            text.rfind('"', max(0, start - 40), start), text.rfind("“", max(0, start - 40), start)
        )
        return q >= 0 and text[q + 1 : q + 2].isupper()
    if c == " ":
        return text[end + 1 : end + 3] in ("($", "(£", "(€") or bool(
            _SEQUEL_VERB_AFTER_RE.match(text, end)
        )
    return False


# Before "N figures" as the size of a sum: "went for seven figures", "reach six figures",
# "in the high six figures" ("Seven figures were found" counts statues).
_FIGURES_IDIOM_BEFORE_RE = re.compile(
    r"\b(?:for|into|in|to|reach|reached|reaches|hit|hits|topped|tops|low|high|mid|of|at)"
    r"[ \u00a0]$"
)
# A chart place right before a number: "No. 1 in 38 countries" is no rate (session 8).
_RANK_MARK_BEFORE_RE = re.compile(r"(?:\b(?:No\.?|no\.|[Nn]umber|[Tt]op)[ \u00a0]|#)$")
# "40 months or longer", "5% or higher" are lower bounds; "10% or less", "3 or fewer" upper.
_SUFFIX_BOUND_RE = re.compile(
    # (not "... 10 years and more than 10 years": "more than" opens the next figure)
    # ("or above", "or below": Xinhua and Indian copy, "500 billion yuan or above")
    r"[ \u00a0]{0,2}(?:or[ \u00a0](?:more|longer|higher|greater|above)\b(?![ \u00a0]than\b)"
    r"|and[ \u00a0](?:above|over|more)\b(?![ \u00a0]than\b)"
    # "40,000 and counting have signed" (petition and toll copy, session 7)
    r"|and[ \u00a0]counting\b"
    # a "+" before a digit signs the next number: "348.62 +0.5%" (an index, then its change)
    r"|\+(?![\d.])|-plus\b)|[ \u00a0](?P<up>or[ \u00a0](?:less|fewer|lower|shorter|below"
    # "2.5 microns or smaller", "a 7nm node or smaller" (science and chip copy, session 8)
    r"|smaller|under))\b",
    re.IGNORECASE,
)
_BETWEEN_TO_UNIT_RE = re.compile(
    r"[ \u00a0]?(?:%|per[ \u00a0]?cent|percent|years?|months?|weeks?|days?|hours?|lakh|crore"
    r"|million|billion)\b"
)
# A plural noun right after "between A to B": "between 150 to 200 people" (session 7).
_BETWEEN_TO_NOUN_RE = re.compile(r"[ \u00a0]([a-z]{2,})\b")


def _between_to_range(text: str, tok: NumberToken, nxt: NumberToken, lex) -> bool:
    """ "between A to B" with a unit of measure, a currency or a counted plural noun on its
    second end is a range too, as with a time unit: "between 20 to 25 kilograms of
    cocaine", "between $622 million to $1.3 billion", "between 150 to 200 people" (drug
    seizure, damages and African court copy, session 7); two years stay two years."""
    if _is_year(tok) and _is_year(nxt):
        return False
    if (
        text[nxt.end : nxt.end + 1] in (".", ",", ";", ")", "")
        and not text[nxt.end + 1 : nxt.end + 2].isdigit()
    ):
        # "increased its daily capacity from 3,000 to between 15,000 to 20,000.": the
        # clause ends on the second end, whose noun was named before (Turkish returns
        # copy, session 13)
        return True
    if _currency_before(text, nxt.start, lex) is not None:
        return True
    if (mu := lex["measure_re"].match(text, nxt.end)) and len(mu.group("u")) > 1:
        return True
    noun = _BETWEEN_TO_NOUN_RE.match(text, nxt.end)
    if noun is not None and _is_plural_noun(noun.group(1)):
        return True
    if text[nxt.end : nxt.end + 1] == " " and text[nxt.end + 1 : nxt.end + 2].isalpha():
        # "between 10,000 to 20,000 Afghan migrants": a demonym or a name before the noun
        # (Afghan returns copy, session 8); "between 800 to 1,000 new arrivals": an
        # adjective before it (Xinhua's and EFE's English services, session 13)
        if _BETWEEN_TO_MORE_RE.match(text, nxt.end):
            # "between 15,000 to 20,000 more could arrive": "more" stands for the noun
            return True
        _, head = _noun_phrase_after(text, nxt.end, 60)
        return head is not None and _is_plural_noun(head)
    return False


# "between 15,000 to 20,000 more", "... others", "... additional": the noun named before
_BETWEEN_TO_MORE_RE = re.compile(r" (?:more|others|additional|extra)\b")


_NOUN_AND_COUNTING_RE = re.compile(r"(?:[ \u00a0][a-z]+){1,2}[ \u00a0]and[ \u00a0]counting\b")
_SUFFIX_APPROX_RE = re.compile(r"[ \u00a0]or[ \u00a0]so\b|-odd\b|[ \u00a0]odd\b", re.IGNORECASE)
# "between " or "from " right before a number (on the lower-cased 9 characters before it).
# One precompiled search instead of two through ``re.search`` (whose pattern-cache lookup
# cost as much as the search): 1.4 -> 0.4 us a number. Both words end where the spaces
# before the ``$`` begin and their last letters differ, so at most one can match: the
# same answer as the two searches in turn (``test_range_word_as_two_searches``).
_RANGE_WORD_RE = re.compile(r"\b(between|from)[ \u00a0]{1,2}$")
_UNKNOWN = "?"  # a range word not looked up yet (never a word _RANGE_WORD_RE gives)


# "1080p" is a video's lines, not pence.
_VIDEO_LINES = frozenset((240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0))


def _range_word_before(text: str, start: int) -> str | None:
    """ "between" or "from" ending right before ``start`` (then spaces), else None."""
    rw = _RANGE_WORD_RE.search(text[max(0, start - 9) : start].lower())
    return rw.group(1) if rw else None


# "to" hyphenated into an adjective, "five-to-10 years", "a 10-to-15 per cent rise", too.
# A suspended hyphen before a spaced "to" too: "two- to five-inch amounts", "a 10- to
# 15-minute walk" (weather and travel copy; the first end carries the second's unit).
_CONNECTOR_RE = re.compile(
    # "the 20- to 30-metre boat", "65- and 100-foot", "two- to five-inch": a suspended
    # hyphen before "to" or "and"
    r"(?:-(?=to-)|-[ \u00a0](?=(?:to|and)[ \u00a0])|[ \u00a0]{0,2})(?P<c>-|–|—|to|and|or)"
    r"(?:(?<=to)-|[ \u00a0]{0,2})",
    re.IGNORECASE,
)


def _scale_of(tok: NumberToken) -> tuple[float, float]:
    """The scale and mantissa of a token, a word token's read back from its last words
    ("three hundred thousand" -> 1e5, 3): its value already holds them."""
    if not tok.in_words or tok.scale != 1 or " " not in tok.text:
        return tok.scale, tok.mantissa
    k = 1.0
    for w in reversed(tok.text.lower().split()[1:]):
        if w not in ("hundred", "thousand", "million", "billion", "lakh", "crore"):
            break
        k *= 100 if w == "hundred" else SCALES[w]
    return k, tok.value / k


#: A day's rate at the end of a unit's surface: "barrels a day", "barrels per day".
_DAY_RATE_END_RE = re.compile(r" (?:a|per) day$")
# A rate written out after a unit of measure ("per hour", "an hour", "per gallon", a crop's
# "bushels per acre"); the word is pint's name for the unit (a bare "per day" after a count
# is left alone, and so is "a year ago").
_PER_UNIT_RE = re.compile(
    r"[ \u00a0](?:per|an|a)[ \u00a0](?P<per>hour|second|minute|day|week|month|year|decade|century|gallon|litre"
    r"|liter|acre|hectare)\b(?![ \u00a0](?:ago|earlier|later|before|after|from)\b)",
    re.IGNORECASE,
)
# A section word, then bracketed labels joined by commas and "and"/"or", up to the "(" of
# the next one: "sub-sections (1), (2)(c) and (", "clause (".
_LABEL_LIST_AFTER_RE = re.compile(
    r"[A-Z]?(?:,[ \u00a0]?\d{1,3}[A-Z]?)*,?[ \u00a0](?:and|&|to|or)[ \u00a0]\d{1,3}[A-Z]?\b(?![,.]\d)"
)
# Before the mark of a run-in list's item: the clause's opening punctuation, a joining word,
# or a line start; "(" is the mark's own, or absent ("including: 1) the level; 2) ...").
_ENUMERATOR_BEFORE_RE = re.compile(
    r"(?:^|[\n:;,]|\b(?:or|and|who|which|that|to|are|were|is|was))[ \u00a0]*\(?$"
)
# After the mark: a word that opens the item (not a unit or a noun of the number).
_ENUMERATED_AFTER_RE = re.compile(r"(?!(?:and|or|nor|but|of|per|percent)\b)[A-Za-z]")
# A dot leader (four points or more; three are an ellipsis: "fell to 40 ... 30 remain").
_LEADER_ENDINGS = tuple(
    lead + sp for lead in ("....", "\u2026\u2026", ". . . .") for sp in ("", " ", "\u00a0", "  ")
)
_SUBSECTION_BEFORE_RE = re.compile(
    r"\b(?:sub-?sections?|sections?|sub-?clauses?|clauses?|articles?|rules?|paras?|paragraphs?"
    r"|regulations?)[ \u00a0]*(?:\([0-9A-Za-z]{1,4}\)(?:\([0-9A-Za-z]{1,4}\))*"
    r"[ \u00a0]*(?:,|and|or)[ \u00a0]*)*$",
    re.IGNORECASE,
)
# After a glued "m", the words that make it metres: an event of the track or the pool, or a
# dimension ("the 100m final", "the 400m hurdles", "a 50m pool", "30m high").
_METRE_AFTER_RE = re.compile(
    r"[ \u00a0-](?:sprint|dash|races?|hurdles|freestyle|backstroke|breaststroke|butterfly|medley"
    # (plural: "the men's 100m and 200m titles", session 15)
    r"|relays?|finals?|heats?|events?|pool|swim|tall|high|long|wide|deep|thick|below|above[ \u00a0]sea"
    # a size: "an asteroid 70m across", "30m in diameter" (real space copy, session 4)
    r"|across|in[ \u00a0](?:size|diameter|length|height|width)"
    # a zone or a line of a field: "outside the 30m circle", "from the 22m line", "a 5m
    # radius" (cricket and rugby copy, session 7; "a 30m line of credit" keeps its millions)
    r"|circle|radius|line(?![ \u00a0]of|-)"
    # a track and what is run on it: "a 400m dirt track", "the 3,000m steeplechase" (sports
    # copy on refugee athletes, ds2-sportpolls)
    r"|(?:(?:dirt|cinder|grass|clay|synthetic|running|athletics|indoor|outdoor)[ \u00a0])?tracks?"
    r"|steeplechase"
    # an event's record or title: "the 100m world record holder", "the 400m title"
    r"|world[ \u00a0]record|records?|titles?|champions?|championships?|gold|silver|bronze"
    r"|medals?)\b"
    # a race run in a time: "ran the 100m in 10.72 seconds", "the 1500m in 3:29.4"
    r"|[ \u00a0]in[ \u00a0]\d{1,2}[.:]\d",
    re.IGNORECASE,
)
# ... or a position along a way or from a place (Channel and Mediterranean copy: "the
# dinghy sank just 100m into their journey", "capsized 200m off the beach", "found 50m from
# the shore", "just 30m away"); only a small amount, with no currency.
_METRE_POSITION_AFTER_RE = re.compile(
    r"[ \u00a0](?:away|offshore|inland|underground|underwater|upstream|downstream"
    r"|(?:off|from|into|short[ \u00a0]of|beyond|inside|outside|below|beneath|under)"
    r"(?:[ \u00a0](?:the|their|its|his|her|our|a))?[ \u00a0]"
    r"(?:coast|coastline|shore|beach|border|frontier|fence|wall|river|bank|harbour|harbor|port"
    r"|pier|jetty|cliff|island|boat|ship|vessel|camp|site|scene|building|house|surface|water"
    r"|sea|ground|summit|top|edge|finish|line|journey|crossing|trip|swim|race|tunnel))\b",
    re.IGNORECASE,
)
_SPACED_METRE_AFTER_RE = re.compile(
    r"[ \u00a0](?:of[ \u00a0](?:the|a|an|its|their)[ \u00a0](?![\d$€£])|from|away|off|offshore"
    r"|inland|north|south|east|west)\b"
)
#: The item before in a list of glued-"m" marks: "the men's 800m, 1500m and 5000m".
_GLUED_M_ITEM_BEFORE_RE = re.compile(
    r"(?<![\d,.])\d[\d,.]*m(?:,[ \u00a0](?:and[ \u00a0]|or[ \u00a0])?|[ \u00a0](?:and|or)[ \u00a0])$"
)


def _metre_list_before(text: str, start: int) -> bool:
    """Is the number at ``start`` a later item of a list of events in metres ("the men's
    800m, 1500m and 5000m", "the women's 5,000m and 10,000m")? Only the first item has the
    field before it; each later glued "m" is metres as the first is (athletics copy, where
    "1500m" read as 1.5 billion, session 15)."""
    for _ in range(6):
        item = _GLUED_M_ITEM_BEFORE_RE.search(text, max(0, start - 24), start)
        if item is None:
            return False
        start = item.start()
        if _METRE_BEFORE_RE.search(text, max(0, start - 16), start):
            return True
    return False


# ... or before it, the event's field or a field event's mark: "the men's 100m", "an effort
# of 18.29m", "she cleared 2.01m" (athletics copy; "2.5m people" keeps its millions)
_NEXT_WORD_RE = re.compile(r"[ \u00a0]?([A-Za-z]*)")
#: The track's distances in metres, and the verbs of racing that name a race by one: "won the
#: 1,500m", "wins Berlin 5,000m", "ran the 800m".
_TRACK_DISTANCES = frozenset({100, 110, 200, 400, 800, 1500, 3000, 5000, 10000})
_RACE_VERB_BEFORE_RE = re.compile(
    r"\b(?:wins?|won|winning|ran|runs?|running|raced|races|racing|clocked)[ \u00a0]"
    r"(?:(?:the|a|his|her|their)[ \u00a0])?(?:[A-Z][\w'’.-]*[ \u00a0]){0,2}$"
)
#: Words that may follow such a mark ("18.29m that he set", "2.01m at the first attempt");
#: a noun there ("2.5m people") keeps the millions.
_METRE_NEXT_OK = frozenset(
    "that at in on and to for with from by when as was is after before the which among".split()
)
#: Words after a bare new level that end its phrase ("from $400 to 650 last year").
_LEVEL_NEXT_OK = frozenset(
    "last this next over under since per a an but while across during within through".split()
)
#: Words that may follow a glued "m" in sea-level copy ("rise by 1.1m by 2100", "2m would").
_SEA_METRE_NEXT_OK = frozenset("by of or than if would could will this since higher".split())


def _sea_level_metres(text: str, start: int, end: int) -> bool:
    """A glued "m" near "sea level" (or "ocean level") in the same sentence is metres, not millions ("Sea
    levels could rise by 0.6m to 1.1m", "a 2m sea-level rise"), unless a noun follows it
    ("1.2m people")."""
    if text[end : end + 11].lower() in (" sea-level ", " sea level "):
        return True
    seg = text[max(0, start - 70) : start].lower()
    at = max(seg.rfind("sea level"), seg.rfind("sea-level"), seg.rfind("ocean level"))
    if at == -1 or ". " in seg[at:]:
        return False
    nw = _NEXT_WORD_RE.match(text, end)
    word = nw.group(1).lower() if nw else ""
    return not word or word in _METRE_NEXT_OK or word in _SEA_METRE_NEXT_OK


_METRE_BEFORE_RE = re.compile(
    r"(?:\b(?:men|women|boys|girls)['’]s"
    r"|\b(?:effort|jump|leap|throw|vault|mark|heave|put|best|PB|SB)[ \u00a0]of"
    # a field event's mark after its verb or a medal (session 7): "throwing 79.06m for
    # ninth", "took silver with 14.61m", "the bronze in 14.38m"
    r"|\b(?:throwing|jumping|leaping|clearing|vaulting|heaved|hurled)"
    r"|\b(?:gold|silver|bronze)[ \u00a0](?:with|in)"
    # a dimension of a ship, a plane or a building: "a beam of 48.2m", "a breadth of 32.3m"
    r"|\b(?:length|width|breadth|beam|height|depth|draught|wingspan|span|diameter)[ \u00a0]of"
    r"|\b(?:cleared|jumped|leapt|threw|vaulted))[ \u00a0]$"
)


#: A plural count of areas after the number, and the word before "over": "drones over
#: four regions" says where the drones were, not how many regions.
_AREA_NOUN_AFTER_RE = re.compile(
    r"[ \u00a0](?:regions|provinces|oblasts|districts|cities|towns|countries|states|areas"
    r"|territories|counties|villages|municipalities)\b"
)
_WORD_BEFORE_RE = re.compile(r"\b([A-Za-z]+)[ \u00a0]$")


# "magnitude was 6.3", "a magnitude of 5.8", "the quake measured 6.1", "a tremor
# registering 4.9": the words before a magnitude the measure table (a unit right before the
# number) does not hold. The endings are checked first (str.endswith).
_MAGNITUDE_VERB_ENDS = ("of ", "was ", "is ", "at ", "measuring ", "measured ", "registering ")
_MAGNITUDE_VERB_RE = re.compile(
    r"\bmagnitude[ \u00a0](?:of|was|is|(?:put|estimated|measured|revised)[ \u00a0](?:at|to))"
    # ("The quake, measured at 7.1 by the USGS", the verb set off by a comma: wire copy,
    # ds2-climate)
    r"[ \u00a0]$|\b(?:quake|earthquake|tremor|temblor|aftershock)s?,?[ \u00a0](?:measuring"
    r"|measured(?:[ \u00a0]at)?|registering|(?:was|is)[ \u00a0]measured[ \u00a0]at)[ \u00a0]$",
    re.IGNORECASE,
)
_QUAKE_AFTER_RE = re.compile(
    r"[ \u00a0-](?:earthquake|quake|tremor|temblor|aftershock)s?\b(?!-)", re.IGNORECASE
)
# An inch mark glued to a size, then (up to two words on) what is measured in inches: the
# screens of phone, car and TV copy and the wheels of car copy (real launch copy, session 4)
_INCH_MARKS = frozenset('"”″')
_INCH_MARK_AFTER_RE = re.compile(
    r"[ \u00a0-]?(?:[\w-]{1,14}[ \u00a0]){0,2}(?:screens?|touch-?screens?|displays?|monitors?"
    r"|TVs?|televisions?|laptops?|tablets?|wheels?|alloys?|rims?|panels?)\b",
    re.IGNORECASE,
)
# "nm" is nanometres in chip copy and nautical miles in maritime and aviation copy ("45
# nautical miles (nm) west of", "a range of 2.5nm", "6nm south of Dungeness"): a bearing or
# "off" after it, or a word of the sea or the air shortly before it, makes it nautical.
_NM_CHIP_AFTER_RE = re.compile(
    r"[ \u00a0-](?:chips?|process|node|technology|processors?|transistors?|wafers?|lithography"
    r"|manufacturing|production|fabrication|class|family|parts?|lines?|SoCs?|GPUs?|CPUs?)\b",
    re.IGNORECASE,
)
_NM_BEARING_AFTER_RE = re.compile(
    r"[ \u00a0](?:(?:north|south|east|west)(?:-?(?:east|west))?|off|offshore|away|from)\b",
    re.IGNORECASE,
)
_NM_SEA_BEFORE_RE = re.compile(
    r"\b(?:knots?|nautical|vessels?|ships?|boats?|ferry|tanker|trawler|coaster|yacht|coast"
    r"|coastguard|offshore|visibility|bow|starboard|harbou?r|strait|aircraft|airport|runway"
    r"|radar|navy|warship|sea)\b",
    re.IGNORECASE,
)


def _nautical_nm(text: str, start: int, end: int) -> bool:
    """Is the "nm" of ``text[start:end]`` nautical miles rather than nanometres?"""
    if _NM_CHIP_AFTER_RE.match(text, end):
        return False
    if _NM_BEARING_AFTER_RE.match(text, end):
        return True
    return _NM_SEA_BEFORE_RE.search(text, max(0, start - 150), start) is not None


_CAMERA_AFTER_RE = re.compile(
    r"[ \u00a0](?:rear|front|main|selfie|primary|wide|ultra|telephoto|camera|cameras|sensor"
    r"|sensors|lens|lenses|shooter|resolution)\b"
)
# The bracketed conversion in feet after a length in metres: " (30 ft)", " (13 to 16 ft)".
_FEET_BRACKET_AFTER_RE = re.compile(
    r" \(\d[\d,.]{0,8}(?:(?: to |[-–])\d[\d,.]{0,8})?[ \u00a0]?(?:ft|feet|foot|yards?|yd)\b"
)
# A length in feet, yards or inches, then the opening bracket of its conversion.
_LENGTH_BRACKET_BEFORE_RE = re.compile(
    r"(?:\b(?:feet|foot|yards?|yd|inches|in)|\dft)\.?[ \u00a0]?\($|\bft\.?[ \u00a0]?\($"
)


_TIME_ADJECTIVE_RE = re.compile(
    r"[ \u00a0](?:consecutive|straight|successive"
    # days counted by a calendar (session 7, Canadian and court copy): "within 30 sitting
    # days", "10 working days", "five business days", "14 calendar days", "three full years"
    r"|working|business|calendar|sitting|trading|school|full)(?=[ \u00a0])"
)


def _time_after_adjective(text: str, end: int, lex) -> re.Match | None:
    """The time unit after an adjective of succession: "in 23 consecutive months", "for
    three straight years" (a span, as "23 months" is; session 5, NHS and council copy)."""
    if text[end + 1 : end + 2] not in ("c", "s", "w", "b", "t", "f") or not (
        a := _TIME_ADJECTIVE_RE.match(text, end)
    ):
        return None
    return lex["time_re"].match(text, a.end())


def _grow(text: str, toks: list[NumberToken], i: int, lex, rupee: str) -> tuple[_Draft, int] | None:
    """Grow token ``i`` into a figure; returns the draft and how many tokens it used."""
    tok = toks[i]
    start, end = tok.start, tok.end
    value = tok.value
    currency = None
    cur = _currency_before(text, start, lex)
    if (
        cur is None
        and start
        and (
            text[start - 1] in _LETTER_LAST
            or (
                text[start - 1] in " ."
                and start > 2
                and (
                    text[start - 2] in _LETTER_LAST_SPACED
                    or (text[start - 2] == "." and text[start - 3] in _LETTER_LAST_SPACED)
                    # one letter, spaced: "R 141 million", "N 2,500,000"
                    or (text[start - 2] in _LETTER_LAST and (tok.scale != 1 or tok.grouped))
                )
            )
        )
    ):
        cur = _letter_currency(text, start, tok)  # "R350", "N28.7 trillion", "Sh346 billion"
    if (
        cur is None
        and tok.scale > 1
        and not tok.in_words
        and text.endswith(("euro ", "Euro ", "euro\u00a0", "Euro\u00a0"), 0, start)
        and not text[start - 6 : start - 5].isalpha()
    ):
        cur = "EUR", start - 5  # "over euro 2.3 billion" (Gulf agency copy); "Euro 2024" stays
    if cur:
        currency, start = cur
        if currency == "NGN" and tok.scale == 1e3 and tok.text[-4:-2].startswith("."):
            value = tok.mantissa  # "N133.80k": 133 naira 80 kobo (Nigerian copy), no thousands
    sign = text.endswith(_NEGATIVE_ENDINGS, 0, start) and _NEGATIVE_BEFORE_RE.search(
        text, max(0, start - 10), start
    )
    if sign and text.endswith(_PLUS_OR_ENDS, 0, sign.start()):
        sign = None  # "plus or minus 3.1 percentage points": a poll's margin, not below zero
    if (
        not sign
        and text.endswith(("0 -", "0 \u2212", "5 -", "5 \u2212"), 0, start)
        and _INDEX_NUMBER_BEFORE_RE.search(text, max(0, start - 24), start)
    ):
        # "S&P 500 -1.2%", "FTSE 100 -0.4%": a ticker's change after the index
        sign = _MINUS_AT_END_RE.search(text, start - 1, start)
    if not sign and text[start - 1 : start] == "\u2013":
        sign = _EN_DASH_SIGN_RE.search(text, start - 1, start)
    if sign:
        # "-5C", "to -0.5%", "minus 10 degrees": a value below zero, written alone (never a
        # range's end: "20 - 30" has a number before the hyphen).
        start = sign.start()
        value = -value
    qual = _qualifier_before(text, start, lex)
    if qual is None and start and text[start - 1] in _SIGN_BEFORE:
        qual = _sign_before(text, start)
    elif qual is None and start > 1 and text[start - 1] == "." and text[start - 2] in "cCa":
        qual = _circa_before(text, start)
    if (
        currency is None
        and qual is not None
        and qual[2] > 1
        and text[qual[2] - 1] in " \u00a0"
        and (cur := _currency_before(text, qual[2], lex))
    ):
        # "worth Tk about 1.5 crore", "Rs around 20 lakh": the sign before the qualifier
        # (Bangladeshi and Indian seizure copy, session 7); the figure opens at the sign
        currency = cur[0]
        qual = (qual[0], qual[1], cur[1])
    # "between" or "from" before the number: looked up only when a rate or a range
    # connector follows the number (most numbers have neither), at this start.
    range_word: str | None = _UNKNOWN
    # "between about 3,000 and 5,000 families", "between roughly 40 and 60": an
    # approximating word inside the range's first end (US metro and wire copy, session 17)
    range_at = qual[2] if qual is not None and qual[1] == "approximate" else start

    # A rate: "one in five returnees", "3 out of 10" is a share; also after "from"
    # ("up from one in five a decade ago"): "from" opens a change, not only a range.
    if i + 1 < len(toks) and not sign:
        nxt = toks[i + 1]
        if (
            # " in ", " in every ", " out of (every) ": 4 to 14 characters, checked before
            # the pattern, which is matched in place rather than on a slice of the gap
            4 <= nxt.start - tok.end <= 14
            and _RATE_GAP_RE.fullmatch(text, tok.end, nxt.start)
            and (
                nxt.value in _OUT_OF_BASES
                or "every" in (gap := text[tok.end : nxt.start].lower())
                or "out" not in gap
            )
            and (range_word := _range_word_before(text, range_at)) != "between"
            and 0 < tok.value < nxt.value
            # "1 in 100,000"; in words too: "one in a million", "one in ten thousand"; and
            # over a base with its scale: "one in 10 million women", "1 in 2 billion"
            and (
                (
                    nxt.scale == 1
                    and (
                        nxt.value <= 1000
                        or ((nxt.grouped or nxt.in_words) and nxt.value in (1e4, 1e5, 1e6))
                        # "One out of every 2,500 workers died" (wire analysis of migrant
                        # deaths, session 8): one over a grouped base of any size
                        or (tok.value == 1 and nxt.grouped and nxt.value <= 1e6)
                    )
                )
                or (nxt.scale in (1e6, 1e9) and tok.scale == 1 and tok.value <= 10)
            )
            # "143 goals in 301 games ... and 12 in 41 for Wales": two tallies, the nouns
            # left out; a rate of more than one is over a round base ("3 in 10", "7 in 100")
            and (
                tok.value == 1
                or nxt.value <= 12
                or nxt.value % 10 == 0
                or "o" in text[tok.end : nxt.start]
            )
            # "up from £2.76 to £3.00 in six months": an amount of money is no rate's part
            and currency is None
            and not _is_year(nxt)
            and not lex["percent_re"].match(text, nxt.end)
            # "a 1-in-100-year flood" is a return period, not a share
            and not (text[tok.end] == "-" and text[nxt.end : nxt.end + 1] == "-")
            # "Kent were 63 for one in nine overs", "posted 186-7 in 20 overs": a total,
            # its wickets, then the overs (cricket copy, session 7)
            and not (text.endswith(" for ", 0, start) and text[start - 6 : start - 5].isdigit())
            and not (text[start - 1 : start] == "-" and text[start - 2 : start - 1].isdigit())
            # "No. 1 in 38 countries", "#1 in 64 markets", "the top 10 in 45 more": a chart
            # place, then a count of the places it holds (chart copy, session 8)
            and not _RANK_MARK_BEFORE_RE.search(text, max(0, start - 8), start)
        ):
            qual = _qualifier_before(text, start, lex)
            value = 100 * tok.value / nxt.value
            bound, qword = ("exact", None) if not qual else (qual[1], qual[0])
            start = qual[2] if qual else start
            low, high = {
                "exact": (value, value),
                "lower": (value, None),
                "upper": (None, value),
            }.get(bound, (None, None))
            return _Draft(
                start, nxt.end, value, low, high, bound, "percent", "%", tok, nxt, qword
            ), 2

    # Range: "between X and Y", "from X to Y", "X to Y", "X-Y", "X–Y".
    used = 1
    second = None
    change_pct = None
    change_mu = None
    pm1, pm1_at = None, -1
    if i + 1 < len(toks) and not sign:
        nxt = toks[i + 1]
        after_first = tok.end
        pm1, pm1_at = lex["percent_re"].match(text, tok.end), tok.end
        if pm1 and i + 1 < len(toks) and lex["percent_re"].match(text, toks[i + 1].end):
            after_first = pm1.end()  # "between 10% and 15%"
        elif (
            not pm1
            and nxt.start - tok.end <= 24  # a unit, then "and"/"to"/"-": a range's gap
            and (mu := lex["measure_re"].match(text, tok.end))
            and (
                len(mu.group("u")) > 1
                or mu.group("u").isupper()
                or (mu.group("u") == "g" and not mu.group("sep"))  # "20g to 25g"
            )
            and (mu2 := lex["measure_re"].match(text, nxt.end))
            and mu2.group("u") == mu.group("u")
        ):
            after_first = mu.end()  # "between 1,760GW and 2,500GW", "from 200 mm to 300 mm"
        elif (
            not pm1
            and nxt.start - tok.end <= 24
            and (sc1 := lex["suffix_re"].match(text, tok.end))
            and (sc2 := lex["suffix_re"].match(text, nxt.end))
            and sc2.group("c").lower() == sc1.group("c").lower()
        ):
            after_first = sc1.end()  # "between 300,000 NPR and 500,000 NPR": money both ends
        m = _CONNECTOR_RE.match(text, after_first)
        if (
            m
            and m.group("c") in ("-", "–", "—")
            and " " in m.group()
            and text.endswith(("No. ", "No ", "no. ", "No.\u00a0", "Nos. "), 0, tok.start)
        ):
            # "Camp No. 4 — 120 families", "school No. 3 — 11": a label's number, then a
            # count after a spaced dash (session 7, Kyrgyz evacuation copy)
            m = None
        if m and range_word is _UNKNOWN:
            range_word = _range_word_before(text, range_at)
        if m and m.group("c").lower() == "and" and range_word != "between":
            m = None
        if (
            m
            and m.group("c").lower() == "to"
            and range_word == "between"
            and not _BETWEEN_TO_UNIT_RE.match(text, nxt.end)
            # (a currency on the second end makes it one too: "between US$4,500 to
            # US$6,000", "between $560 million to $565 million": three helpers of session 7
            # found the form in labour, guidance and damages copy; one rule serves them)
            and not _between_to_range(text, tok, nxt, lex)
        ):
            # "between 2 to 5 years" (South Asian copy) is a range when a unit follows
            m = None
        if m and m.group("c").lower() == "or":
            # "six or seven lakh", "2 or 3 million": one amount whose scale both ends share;
            # "two or three people" stays two counts
            s2, m2 = _scale_of(nxt)
            if not (_scale_of(tok)[0] == 1 and s2 > 1 and tok.mantissa < m2):
                m = None
        if (
            m
            and m.group("c").lower() == "to"
            and pm1
            and pm1.group("w")
            and "point" in pm1.group("w")
        ):
            # "rose 2.3 percentage points to 9.1 per cent": a change in points, then the new
            # level; a range is never written with points on its first end only.
            m = None
        if m and text[tok.start - 1 : tok.start] in ("-", "–") and _second_of_year_span(text, tok):
            m = None  # "from $119 billion in 2014-19 to $284 billion": a span's second year
        if (
            m
            and m.group("c").lower() == "to"
            and text[tok.start - 2 : tok.start - 1].isdigit()
            and text[tok.start - 1 : tok.start] in ("-", "–")
            and text[nxt.end : nxt.end + 1] in ("-", "–")
            and text[nxt.end + 1 : nxt.end + 2].isdigit()
        ):
            m = None  # "from 52-48 to 51-49": a tally to a tally, each end one side
        if m and _is_year(tok) and currency is None and _currency_before(text, nxt.start, lex):
            m = None  # "from $6 trillion in 2021 to $7.4T": a year opens no range of money
        if m and _is_year(tok) and nxt.scale != 1:
            # "from 1.2m in 2022 to 1.9m": a year does not open a range of millions.
            m = None
        if m:
            gap_end = m.end()
            cur2 = _currency_before(text, nxt.start, lex)
            if (
                cur2 is None
                and currency is not None
                and 0 < nxt.start - gap_end <= 3
                and _letter_currency_codes(text).get(text[gap_end : nxt.start]) == currency
            ):
                cur2 = currency, gap_end  # "QR200-QR300": a letter currency on both ends
            nstart = cur2[1] if cur2 else nxt.start
            if (
                cur2
                and currency is not None
                and cur2[0] != currency
                and "DOLLAR" in (cur2[0], currency)
                and (named := cur2[0] if currency == "DOLLAR" else currency) in _DOLLAR_CODES
            ):
                # "between US$4,500 and $6,000": the bare "$" of one end is the dollar the
                # other names (Malaysian labour copy, session 7)
                currency, cur2 = named, (named, cur2[1])
            if nstart == gap_end and (cur2 is None or currency is None or cur2[0] == currency):
                second = nxt
                if cur2 and currency is None:
                    currency = cur2[0]
    low = high = None
    if second is not None:
        a, b = tok.value, second.value
        # "two to three million", "between six and seven lakh": a word token carries its
        # scale in its value, so it is read back from its last words for the first end
        s2, m2 = _scale_of(second)
        if tok.scale == 1 and s2 != 1 and tok.mantissa < m2:
            a = tok.mantissa * s2
        elif (
            tok.scale == 1
            and s2 != 1
            and range_word == "between"
            and m.group("c").lower() == "and"
            and not tok.grouped
            and m2 < tok.mantissa < 10 * m2
        ):
            a = tok.mantissa * s2  # high to low, one scale: "between 2.5 and 1.9 million"
        elif (
            tok.scale == 1
            and s2 != 1
            and tok.mantissa < 10 * m2
            and _CHANGE_BEFORE_RE.search(text[max(0, start - 60) : start])
        ):
            a = tok.mantissa * s2  # a fall: "fell from 1.2 to 0.9 million"
        elif (
            (
                m.group("c") in "-–"
                # spoken and crowd copy: "the police gave their initial estimate as 2 to
                # 3,000" (session 7); "rose from 2 to 3,000" stays a change
                or (
                    m.group("c").lower() == "to"
                    and range_word not in ("from", _UNKNOWN)
                    and not _CHANGE_BEFORE_RE.search(text[max(0, start - 60) : start])
                )
            )
            and tok.scale == 1
            and not (tok.grouped or tok.has_decimal or tok.in_words)
            and second.text.endswith((",000", "\u00a0000", " 000"))
            and 1000 * a <= b <= 10000 * a
        ):
            a = 1000 * a  # "a bonus of £15-20,000": the thousands written once, on the second end
        is_change = (
            (
                range_word == "from"
                and (
                    _CHANGE_BEFORE_RE.search(text[max(0, start - 60) : start])
                    # "raise the reciprocal tariff on Chinese goods from 34% to 84%": a long
                    # object between the verb and "from ... to" (a hyphen range keeps the short
                    # reach: "cut its forecast to 3%-5% growth from 4%-6%")
                    or (
                        m.group("c").lower() == "to"
                        and _CHANGE_BEFORE_FAR_RE.search(text[max(0, start - 60) : start])
                    )
                    # money, farther: "raised the monthly allowance for village security
                    # volunteers, from RM600 to RM900" (Bernama copy, session 7)
                    or (
                        m.group("c").lower() == "to"
                        and currency is not None
                        and _CHANGE_BEFORE_FARTHER_RE.search(text[max(0, start - 90) : start])
                    )
                )
                # "3,000, down from 5,000 to 6,000 last year": the old level was a range (a fall
                # to more would contradict "down")
                and not (a < b and text[max(0, start - 10) : start].lower().endswith("down from "))
            )
            or (
                # "the toll rose by 12 to 140", "cut the price by $500 to $2,999": the change,
                # then the new level (a range after "by" has close ends: "by 10 to 15 per cent")
                b > 3 * a > 0
                and (
                    text[max(0, start - 3) : start].lower() == "by "
                    # "raise their vote by nearly 850,000 to 6.83 million"
                    or (
                        "by" in text[max(0, start - 24) : start]
                        and _BY_QUALIFIER_BEFORE_RE.search(text, max(0, start - 24), start)
                    )
                )
                and m.group("c").lower() == "to"
            )
        )
        if (
            # "were up 19,000 to 74,000", "fell 49,000 to 273,000", "fell by 82,000 to
            # 107,000": a bare change verb, then the change and the new level (a range
            # there has close ends or a percentage: "rose 10 to 15 percent")
            not is_change
            and a < b
            and m.group("c").lower() == "to"
            and (b > 3 * a or (tok.grouped and second.grouped))
            and text[start - 1 : start] == " "
            and (
                _CHANGE_VERB_JUST_BEFORE_RE.search(text, max(0, start - 14), start)
                # "the FTSE 100 index slipped 0.7% or 49.63 to 6,728": the change as a
                # share, "or" the same change in points, then the new level (market copy,
                # session 13)
                or (
                    text[start - 4 : start] == " or "
                    and _CHANGE_PCT_OR_BEFORE_RE.search(text, max(0, start - 40), start)
                )
            )
            and not lex["percent_re"].match(text, second.end)
            and (b > 3 * a or text[max(0, start - 3) : start] == "by ")
        ):
            is_change = True
        if (
            # "is expected to slip 1% to 21%", "fell 2% to 18%": each end with its own sign,
            # the second far above the first: the change, then the new share (a range of a
            # change writes close ends: "rose 10% to 15%"; session 8)
            not is_change
            and 0 < 3 * a < b
            and m.group("c").lower() == "to"
            and text[tok.end : tok.end + 1] == "%"
            and text[second.end : second.end + 1] == "%"
            and text[start - 1 : start] == " "
            and _CHANGE_VERB_JUST_BEFORE_RE.search(text, max(0, start - 14), start)
        ):
            is_change = True
        if (
            # "rose less than $0.1 billion to $21.4 billion", "grew nearly 2,000 tonnes to
            # 31,500 tonnes": a bound on the change, then the new level; no range opens with
            # "less than" or "nearly" after a change verb
            not is_change
            and a < b
            and m.group("c").lower() == "to"
            and text[start - 1 : start] == " "
            and (b > 3 * a or not lex["percent_re"].match(text, second.end))
            and _BOUNDED_CHANGE_BEFORE_RE.search(text, max(0, start - 32), start)
        ):
            is_change = True
        fiscal = (
            _is_year(tok)
            and (
                _is_year(second)
                or (len(second.text) == 2 and second.value == (tok.value + 1) % 100)
                # a span of years, its end in two digits: "between 1985-91 and 2006-12"
                or (
                    len(second.text) == 2
                    and second.value > tok.value % 100
                    and m.group("c") in "-–—"
                    and text[tok.end : second.start] in ("-", "–", "—")
                )
            )
        )
        # A range written high to low: "between 1,200 and 800" (estimates that vary),
        # "the 45,900-45,800 zone" (grouped ends of one size); its low is still the
        # smaller end. "fell from 12,000 to 9,500" is a change, never this.
        hi_lo = (
            a > b >= a / 10
            and not is_change
            and (
                (range_word == "between" and m.group("c").lower() == "and")
                or (m.group("c") in "-–" and tok.grouped and second.grouped and b >= a / 2)
            )
        )
        if hi_lo:
            a, b = b, a
        if (
            a < b
            and not is_change
            and not fiscal
            # "(ANSA) - ROME, OCT 21 - 240 migrants ...": the day of a dateline, then its
            # dash, then the story's first figure, which no day can open a range with
            and not (
                text[tok.end : tok.end + 1] == " "
                and m.group("c") in "-–—"
                and tok.value <= 31
                and (second.value > 31 or second.grouped)
                and _MONTH_BEFORE_RE.search(text, max(0, tok.start - 12), tok.start)
            )
            and not (
                tok.value < 1000
                and second.value < 1000
                and not (tok.in_words or tok.has_decimal or tok.scale != 1 or tok.grouped)
                and not (second.in_words or second.has_decimal or second.scale != 1)
                and m.group("c").lower() in ("-", "–", "to")
                and range_word not in ("between", "from")
                and _score_context(text, tok.start, second.end)
            )
        ):
            low, high, value = a, b, (a + b) / 2
            end = second.end
            used = 2
        elif fiscal:
            return None
        elif is_change and not sign:
            if a != tok.value:
                value = a  # "rose from 1.2 to 1.9 million": the old level shares the scale
            if not pm1 and (pc2 := lex["percent_re"].match(text, second.end)):
                change_pct = pc2  # "rose from 5 to 7 percent": the old level is a percentage
            if currency is None and (sm2 := lex["suffix_re"].match(text, second.end)):
                # "rose from 5 to 7 dollars": the old level is in the new one's currency
                w2 = sm2.group("c").lower()
                if w2 not in lex["minor"] and (
                    w2 not in _POUND_WORDS
                    # "went up from 30 to 270 billion pounds": money, as the new level is,
                    # unless pounds of weight ("weighed from 180 to 200 pounds")
                    or not _pounds_of_weight(text, start, sm2.end())
                ):
                    currency = lex["suffixes"][w2]
            if (
                currency is None
                and not pm1
                and change_pct is None
                and (mu2 := lex["measure_re"].match(text, second.end))
                and len(mu2.group("u")) > 1
            ):
                # "fell from 1.3 to 0.9 million hectares": the old level in the new one's unit
                change_mu = mu2
    tail_tok = second if used == 2 else tok
    if (
        used == 1
        and currency is not None
        and tok.scale == 1
        and not tok.in_words
        and text[end : end + 1] in (" ", "\u00a0", "-", "T")
        and (sl := _SPACED_SCALE_LETTER_RE.match(text, end))
    ):
        # "$ 548.1 m", "$ 1.2 b" (Sri Lankan business papers), "$2.91-B" (Philippine
        # ones): after a currency sign a spaced or hyphenated lone "m" or "b" is the scale,
        # as the glued one is ("$1.2b"); a glued "T" is trillions ("$7.4T", US copy), a
        # spaced "cr" crores ("Rs 1,040 cr", Indian copy)
        letter = (sl.group(1) or sl.group(2) or sl.group(3)).lower()
        value *= {"m": 1e6, "b": 1e9, "t": 1e12, "cr": 1e7}[letter]
        end = sl.end()
    if (
        used == 1
        and currency is None
        and tok.scale == 1
        and not (tok.in_words or tok.has_decimal)
        and text.startswith(" and a half ", end)
    ):
        # digits, then "and a half" and the unit: "13 and a half minutes", "21 and a half
        # kilometres" (the words' own "two and a half" is one number token already)
        value += 0.5 if value >= 0 else -0.5
        end += 11
    if (
        used == 1
        and currency is None
        and tok.scale == 1
        and text[end : end + 1] == "T"
        and not tok.in_words
        and _T_TRILLION_NOUN_RE.match(text, end + 1)
    ):
        # AI copy glues a trillion's "T" as it glues "B": "trained on 18T tokens", "500B
        # parameters" (only before a lower-case plural noun: "7.5T" alone may be tonnes)
        value *= 1e12
        end += 1
    # What follows: percent, currency word, time unit, measure unit.
    kind, unit = "count", None
    minor = False
    tomans = False
    unit_scale = 1.0  # "41.2 mb/d": a unit that carries its scale (_SCALED_UNITS)
    feet_inches = 0.0
    time_unit_text = None
    hyphen = False
    if (
        currency is None
        and used == 1
        and tok.scale == 1e12
        and tok.text.endswith(" tn")
        and _tonnes_not_trillions(text, end, lex)
    ):
        # "procured 5,210 tn of paddy": tonnes (Indian farm copy); "$7.2 tn" and "126 tn
        # yuan" are trillions, an amount of money
        kind, unit, time_unit_text = "measure", _pint_unit("metric_ton"), "tn"
        value = tok.mantissa
    if (
        currency is None
        and tail_tok.scale == 1e6
        and text[tail_tok.end - 1] == "m"
        and (used == 1 or tok.scale in (1, 1e6))
        and (
            _METRE_AFTER_RE.match(text, tail_tok.end)
            or (
                used == 1
                and tok.mantissa < 10000
                and text[tail_tok.end : tail_tok.end + 1] == " "
                and _METRE_POSITION_AFTER_RE.match(text, tail_tok.end)
            )
            or (
                used == 1
                and tok.mantissa < 100000
                and (
                    _METRE_BEFORE_RE.search(text, max(0, start - 16), start)
                    or (
                        text[start - 2 : start] in (", ", "d ", "r ")
                        and _metre_list_before(text, start)
                    )
                )
                and (nw := _NEXT_WORD_RE.match(text, tok.end)) is not None
                and (not nw.group(1) or nw.group(1).lower() in _METRE_NEXT_OK)
            )
            # a track race named by its distance after a verb of racing: "won the 1,500m in
            # June", "Syrian refugee wins Berlin 5,000m" (sports copy, ds2-sportpolls); only
            # the track's own distances, and no noun after them ("won 5m votes")
            or (
                used == 1
                and tok.mantissa in _TRACK_DISTANCES
                and not tok.has_decimal
                and _RACE_VERB_BEFORE_RE.search(text, max(0, start - 28), start)
                and (nw := _NEXT_WORD_RE.match(text, tok.end)) is not None
                and (not nw.group(1) or nw.group(1).lower() in _METRE_NEXT_OK)
            )
            # a conversion of feet: "500ft (150m)", "21-47m (68-152ft)", "6m (20ft) across"
            or (
                text.startswith(")", tail_tok.end)
                and _LENGTH_BRACKET_BEFORE_RE.search(text, max(0, start - 9), start)
            )
            or (
                text.startswith(" (", tail_tok.end)
                and _FEET_BRACKET_AFTER_RE.match(text, tail_tok.end)
            )
            # sea-level copy: "could rise by 0.6m to 1.1m by 2100", "a sea-level rise of 2m"
            or (tok.mantissa < 100 and _sea_level_metres(text, start, tail_tok.end))
        )
    ):
        # "the 100m final", "30m high": metres, not millions (the token read "m" as a scale)
        kind, unit, time_unit_text = "measure", _pint_unit("meter"), "m"
        if used == 2:
            # "12m to 27m across", "21-47m (68-152ft)": both ends in metres
            low, high = tok.mantissa, second.mantissa
            value = (low + high) / 2
        else:
            value = tok.mantissa if value >= 0 else -tok.mantissa
    if (
        used == 1
        and kind == "count"
        and currency is None
        and tok.scale == 1
        and not (tok.in_words or tok.has_decimal)
        and text.startswith((" and a half ", " and a half-"), end)
        and lex["time_re"].match(text, end + 11)
    ):
        # "a 3 and a half year deal" (transfer copy, session 6); in words the token holds it
        value += 0.5
        end += 11
    if (
        used == 1
        and kind == "count"
        and currency is None
        and tok.scale == 1
        and not tok.has_decimal
        and text.startswith((" and one-half ", " and one half "), end)
        and lex["time_re"].match(text, end + 13)
    ):
        # "four and one-half years", "6 and one-half hours" (US court and wire copy,
        # session 7)
        value += 0.5
        end += 13
    if (
        used == 1
        and kind == "count"
        and currency is None
        and tok.scale == 1
        and not tok.in_words
        and text.startswith((" dozen", "\u00a0dozen"), end)
        and not text[end + 6 : end + 7].isalpha()
    ):
        value *= 12  # "3 dozen roses" are 36 (shop and farm copy, session 6)
        end += 6
    if (
        used == 1
        and kind == "count"
        and tok.scale == 1
        and not tok.in_words
        and text[end : end + 1] == "-"
        and text[end + 1 : end + 2] in _HYPHEN_SCALES
        and not text[end + 2 : end + 3].isalnum()
        and (
            currency is not None
            or (
                text[end + 2 : end + 3] == " "
                and (nw := _NOUN_AFTER_ADJ_RE.match(text, end + 3))
                and any(_is_plural_noun(w) for w in nw.groups() if w)
            )
        )
    ):
        # Philippine headlines: "P929-M in subsidies", "over 172-K low-income families",
        # "1.3-M beneficiaries" (session 7); "Room 4-B" has no currency nor plural noun
        value *= _HYPHEN_SCALES[text[end + 1]]
        end += 2
    # Each pattern is matched only when the branches before it did not decide (they are
    # pure), and the percent match at the token's end is the one the range test made.
    pm = None
    if (
        currency is None
        and kind == "count"
        and ("€" in (two := text[end : end + 2]) or "£" in two)
        and (trail := _TRAILING_SIGN_RE.match(text, end))
    ):
        # the sign after the amount, as continental copy writes it: "fined 3,333€",
        # "10.000 €" (session 7, Sea-Watch releases)
        currency, end = _TRAILING_SIGNS[trail.group(1)], trail.end()
    if (
        currency is None
        and kind == "count"
        and (text[end : end + 1] in (" ", "\u00a0") or text[end : end + 1].isupper())
        and not _is_year(tok)
        and (cs := lex["code_suffix_re"].match(text, end))
        # "100,000 AMD" is drams (a dram is worth a fraction of a cent); "2 AMD
        # processors" is the chipmaker (session 7)
        and not (cs.group("c") == "AMD" and value < 100)
    ):
        # an ISO code after the amount: "12.8M USD", "250 EUR", "1,000 AFN"
        currency, end = cs.group("c"), cs.end()
    if (
        currency is None
        and kind == "count"
        and tok.scale == 1
        and (
            (
                text[end : end + 1] == " "
                and text[end + 1 : end + 2] in ("a", "p", "t", "v")
                and _FX_AFTER_RE.match(text, end)
            )
            or (text.startswith("/$", end) and not text[end + 2 : end + 3].isdigit())
        )
        and (fx := _fx_rate_currency(text, start, lex))
    ):
        currency = fx  # "the rupee closed at 83.42 against the dollar": rupees a dollar
    if (
        currency is None
        and kind == "count"
        and tok.scale == 1
        and tok.has_decimal
        and "/" in text[max(0, start - 40) : start]
        and (pair := _FX_PAIR_BEFORE_RE.search(text, max(0, start - 40), start))
        and lex["code_suffix_re"].fullmatch(pair.group(1))
        and lex["code_suffix_re"].fullmatch(pair.group(2))
    ):
        # "EUR/USD climbed to 1.0912", "The average USD/TRY rate was 3.5768": a pair's rate
        # is an amount of its second currency (markets and Anadolu copy, session 7)
        currency = pair.group(2)
    if (
        currency is None
        and text[end : end + 1] == "."
        and text.endswith(_DOTTED_SCALES, 0, end)
        and lex["suffix_re"].match(text, end + 1)
    ):
        end += 1  # Kyodo headlines write the scale with a point: "97.45 tril. yen" (session 7)
    if currency is None:
        pm = pm1 if pm1_at == end else lex["percent_re"].match(text, end)
        if pm and pm.group("w") in ("BP", "BPS"):
            pm = None  # the oil company ("20 BP stations"), not basis points ("25bp", "50bps")
    if pm:
        kind, unit = "percent", "%"
        if pm.group("w") and pm.group("w").lstrip("-")[0] in "bB":
            unit = "basis point"  # "25 basis points", "50bps": hundredths of a point
        end = pm.end()
    elif change_pct is not None and currency is None:
        kind, unit = "percent", "%"
        if change_pct.group("w") and change_pct.group("w")[0] in "bB":
            unit = "basis point"
    elif currency is not None or (
        (sm := lex["suffix_re"].match(text, end))
        and (tok.value >= 1000 or sm.group("c").lower() != "won")
        and (value >= 100 or sm.group("c").lower() != "amd")  # "2 AMD processors"
        # "241,888 Afghanis repatriated": Pakistani English's word for Afghans, before a
        # verb done to people, is no currency (Khyber repatriation copy, session 8)
        and not (
            sm.group("c").lower() == "afghanis"
            and _PEOPLE_VERB_AFTER_CURRENCY_RE.match(text, sm.end())
        )
        and not (
            sm.group("c").lower() in _POUND_WORDS
            and _pounds_of_weight(text, start, sm.end(), value)
        )
    ):
        kind = "money"
        suffixed = currency is None
        if suffixed:
            word = sm.group("c").lower()
            currency = lex["suffixes"][word]
            minor = word in lex["minor"]
            tomans = word in _TOMAN_WORDS
            end = sm.end()
        unit = rupee if currency == "RUPEE" else currency
        if unit == "CROWN":
            # bare "crowns"/"kroner": the crown of the country the report is about, found
            # as rupees are (analysis/data/crown_countries.csv), SEK when none is named
            unit = _rupee_code(text, "crown_countries.csv", "SEK")
        elif unit == "DOLLAR" and not suffixed and (local := _peso_sign(text, start, end)):
            # Mexican (and other peso countries') English copy writes its own currency with
            # the bare sign: "$48.6 million (US$2.4 million)", "$85,000 pesos"
            unit, end = local
        elif unit in _COUNTRY_CURRENCIES:
            # bare "pesos"/"dinars": the peso or dinar named by its country earlier in the
            # sentence, else that of the country the report is about
            named = _named_before(text, start, word, lex) if suffixed else None
            unit = named or _rupee_code(text, *_COUNTRY_CURRENCIES[unit])
        currency = unit
        if (
            tok.scale == 1
            and tail_tok.scale == 1
            and end == tail_tok.end
            and text[end : end + 1] in (" ", "M", "m")
            and (mmm := _FINANCE_MM_RE.match(text, end))
        ):
            # US finance writes millions "MM": "$200MM", "USD 1.5MM", "$40 MM", "$5MM-$10MM"
            # (an amount of money is never in millimetres; without a currency "200 MM" is one)
            value *= 1e6
            if used == 2:
                low, high = low * 1e6, high * 1e6
            end = mmm.end()
        elif (
            tok.scale == 1
            and tail_tok.scale == 1
            and end == tail_tok.end
            and text[end : end + 1] == "L"
            and not text[end + 1 : end + 2].isalnum()
            and currency in _LAKH_CURRENCIES
        ):
            # a lakh glued as "L" after rupees: "ganja plants worth Rs 10L" (Indian
            # headlines and captions, session 7); "Rs 2.5L-Rs 3L" keeps both ends
            value *= 1e5
            if used == 2:
                low, high = low * 1e5, high * 1e5
            end += 1
    elif text[end : end + 1] == "¢" and tok.scale == 1:
        # the cent sign glued to the number in tariff schedules and US copy: "4.8¢/kg"
        kind, currency, unit = "money", "CENT", "CENT"
        minor = True  # in dollars, as "61 cents" is
        end += 1
    elif (
        text[end : end + 1] == "p"
        and tok.scale == 1
        and (
            not text[end + 1 : end + 2].isalnum()
            # pence per litre in fuel copy: "cut diesel by 4.5ppl" (session 6)
            or (text.startswith("ppl", end) and not text[end + 3 : end + 4].isalnum())
        )
        and text[end + 1 : end + 3] != ".m"
        and tok.value not in _VIDEO_LINES
    ):
        # pence glued to the number: "petrol at 145.3p a litre", "a 5p rise"
        kind, currency, unit = "money", "GBP", "GBP"
        minor = True  # in pounds, as "50 pence" is
        end += 3 if text.startswith("ppl", end) else 1
    elif (
        text[end : end + 1] == "s"
        and tok.scale == 1
        and not tok.in_words
        and not text[end + 1 : end + 2].isalnum()
        and (tok.has_decimal or _GLUED_SECONDS_AFTER_RE.match(text, end + 1))
    ):
        # seconds glued as "s" in motor-racing and athletics copy: "pole by 0.037s", "a
        # 3.9s lead", "a 5s penalty" (a decade, "the 1990s", and "six 4s" have no decimal)
        kind, unit, time_unit_text = "duration", "second", "s"
        end += 1
    elif (
        (tm := lex["time_re"].match(text, end) or _time_after_adjective(text, end, lex))
        and not (
            tm.group("sep") != "-"
            and tm.group("u").lower() in ("day", "night")
            and _DAY_COMPOUND_AFTER_RE.match(text, tm.end())
        )
        # "guests spent 2.7 million nights in hotels", "1,184,000 nights, down 6 per cent":
        # a tourism board's overnight stays summed over all its guests, a count of nights
        # and no one span of time (ds2-tourism)
        and not (tok.value >= 10000 and tm.group("u").lower() == "nights")
        # "14 Year 9 classes": a school year's name, not 14 years
        and not (tm.group("u")[:1].isupper() and text[tm.end() : tm.end() + 2][1:].isdigit())
        # "with 4 HRs and 19 RBIs": home runs in baseball copy (session 7)
        and tm.group("u") not in ("HR", "HRs")
        # "Channel crossings hit 30,000 WEEKS earlier than last year": a tabloid headline's
        # capitals stress how early, the unit word no part of the number before it (ds2-tabloid)
        and not (
            len(tm.group("u")) > 3
            and tm.group("u").isupper()
            and _CAPS_WHEN_AFTER_RE.match(text, tm.end())
            and not text[start:end].isupper()
        )
        # "34,750 second-chance asylum requests", "1,200 second-generation migrants": the
        # ordinal of a compound adjective, no seconds (German asylum copy, session 13)
        and not (
            tm.group("u").lower() == "second"
            and tm.group("sep") != "-"
            and text[tm.end() : tm.end() + 1] == "-"
            and text[tm.end() + 1 : tm.end() + 2].isalpha()
        )
        # "an increase of 400,000 year on year", "rose 12,000 month-on-month": the basis of
        # a comparison, no span of time (an Australian fact-check, session 8)
        and not (
            text.startswith((" on", "-on", " over", "-over"), tm.end())
            and (same := _ON_SAME_UNIT_RE.match(text, tm.end())) is not None
            and same.group(1).lower() == tm.group("u").lower()
        )
        # "five century breaks", "scored three centuries": hundreds in snooker and
        # cricket copy, no spans of time (session 7)
        and not (
            tm.group("u").lower() in ("century", "centuries")
            and (
                text.startswith((" break", "\u00a0break"), tm.end())
                or _CENTURY_SCORED_BEFORE_RE.search(text, max(0, start - 24), start)
            )
        )
    ):
        kind = "duration"
        time_unit_text = tm.group("u")
        unit = lex["time_units"][time_unit_text.lower()]
        hyphen = tm.group("sep") == "-"
        end = tm.end()
    elif (
        (mm := lex["measure_re"].match(text, end))
        and (
            len(mm.group("u")) > 1
            or (mm.group("u").isupper() and not mm.group("sep"))
            # a bare degree sign: "highs of 94°", "bake at 220°" (US weather and recipe copy)
            or mm.group("u") == "\u00b0"
            # ... or the ordinal indicator written for it, glued: "1.5º", "heeled 15º"
            or (mm.group("u") == "º" and not mm.group("sep"))
            # grams glued to the number ("30g of fibre"); "a 5g network" is the network's
            or (
                mm.group("u") == "g"
                and not mm.group("sep")
                and (
                    tok.value not in (2, 3, 4, 5, 6)
                    or text.startswith(" of ", mm.end())
                    # "5g warfarin", "a 2g dose": a lower-case noun that no network is
                    or (
                        text[mm.end() : mm.end() + 1] == " "
                        and text[mm.end() + 1 : mm.end() + 2].islower()
                        and not _G_NETWORK_NEXT_RE.match(text, mm.end() + 1)
                    )
                )
            )
            # spaced before "of": "28 g of fuel", "9 g of sugar" (nutrition and aviation copy);
            # and a dose's span: "3 g in 24 hours", "4 g a day", "1 g every six hours"
            or (
                mm.group("u") == "g"
                and text.startswith(
                    (" of ", " in ", " a day", " per ", " daily", " every "), mm.end()
                )
            )
            # spaced before a clause mark: "the largest dose taken was 4.5 g.", "up to 4 g,"
            # (dosage and overdose copy; "the 5G network" is a capital glued to the number)
            or (
                mm.group("u") == "g"
                and mm.group("sep")
                and text[mm.end() : mm.end() + 1] in (".", ",", ";", ")")
                and text[mm.end() + 1 : mm.end() + 2] in ("", " ", "\n", "\u00a0")
            )
        )
        and (
            # "1.5 cups of flour" is a measure, "won four cups" trophies (session 6)
            mm.group("u")[:3] != "cup" or text.startswith(" of ", mm.end())
        )
    ):
        surface = mm.group("u")
        if (
            not (
                surface.islower() and len(surface) <= 2 and mm.group("sep") == "" and tok.scale != 1
            )
            and (surface != "pound" or (mm.group("sep") == "-" and not _in_millions(tok)))
            and (surface != "MP" or not mm.group("sep") or _CAMERA_AFTER_RE.match(text, mm.end()))
            # "2TB of storage" is terabytes, "1,200 TB patients" tuberculosis; "0.3 AU from
            # the Sun" astronomical units, "2,500 AU troops" the African Union's
            and (surface not in ("TB", "PB") or not mm.group("sep"))
            and (
                surface != "AU"
                or tok.has_decimal
                or text.startswith((" from ", " away"), mm.end())
                # a bracketed conversion: "6.25 light-hours (45 AU)"
                or text[tok.start - 1 : tok.start] == "("
            )
        ):
            # "a 2,000-pound bomb" is a weight; "a 50 pound fine" is money (measure_units.csv);
            # "16MP" and "a 4.7 MP camera" are megapixels, "16 MP were absent" members
            kind = "measure"
            unit = _pint_unit(lex["measures"][surface])
            if surface == "nm" and _nautical_nm(text, start, mm.end()):
                unit = _pint_unit("nautical_mile")  # "sank 14nm east of", "a range of 1.8 nm"
            unit_scale = _SCALED_UNITS.get(surface, 1.0)
            time_unit_text = surface
            hyphen = mm.group("sep") == "-"
            end = mm.end()
            if (
                hyphen
                and surface == "foot"
                and text[end : end + 1] == "-"
                and (inch := _FOOT_INCH_RE.match(text, end))
            ):
                # "the 6-foot-4 forward", "a 5-foot-11 guard": feet and inches, one height
                # (sports copy, session 11)
                feet_inches = int(inch.group(1)) / 12
                end = inch.end()
            if text.startswith((" per ", " an ", " a "), end) and (
                per := _PER_UNIT_RE.match(text, end)
            ):
                # "120 kilometres per hour", "75 miles an hour", "50 miles per gallon"
                per_unit = per.group("per").lower()
                if per_unit == "decade":
                    # pint's "decade" is a logarithmic ratio, not ten years: the name is kept
                    unit = f"{_pint_unit(lex['measures'][surface])} / decade"
                else:
                    unit = _pint_unit(f"{lex['measures'][surface]} / {per_unit}")
                end = per.end()
    if (
        kind == "count"
        and used == 1
        and currency is None
        and tok.scale >= 1e6
        and text.startswith(("-year-old", "-years-old"), end)
    ):
        # "a 4.374-billion-year-old zircon": an age in years, hyphened as an adjective (a
        # person's "15-year-old" is no figure; see _AGE_AFTER_RE)
        kind, unit, time_unit_text, hyphen = "duration", "year", "year", True
        end += 5
    if (
        kind == "count"
        and used == 1
        and currency is None
        and text[end : end + 1] in (" ", "-")
        and (pa := _SCALED_POUND_ADJ_RE.match(text, end))
        and _in_millions(tok)
    ):
        # "a three million pound advertising push", "a five-million-pound deal": sterling
        # as an adjective (a weight is never written in millions of pounds before a noun),
        # or the pound of the country the report is about (session 7)
        kind = "money"
        currency = unit = _rupee_code(text, *_COUNTRY_CURRENCIES["POUND"])
        end = pa.end() - 2
    if (
        kind == "count"
        and currency is None
        and tail_tok.scale in (1e5, 1e7)
        and not tail_tok.in_words
        and (
            (
                (lm := _LAKH_MONEY_BEFORE_RE.search(text, max(0, start - 32), start))
                # "men, women, and children—totaling 2 lakh—have returned": a total of
                # people named just before (Pakistani returns copy, session 13)
                and not (
                    lm.group().lower().startswith("total")
                    and _PEOPLE_BEFORE_TOTAL_RE.search(text, max(0, lm.start() - 60), lm.start())
                )
            )
            # box-office copy: "collected 42.5 crore", "the 100 crore mark", "grossed over
            # 300 crores worldwide" (Bollywood trade copy, session 8)
            or _LAKH_BOX_OFFICE_BEFORE_RE.search(text, max(0, start - 32), start)
            or _LAKH_MONEY_AFTER_RE.match(text, end)
        )
        and not (
            (nw := _PLUS_NOUN_RE.match(text, end + 1))
            and text[end : end + 1] == " "
            and _is_plural_noun(nw.group(1))
        )
    ):
        # "unaccounted cash totalling 18.7 lakh", "ganja worth 12 lakh": an amount of
        # money whose rupee sign the page lost (Indian police copy, session 7), in the
        # rupee of the report's country; "13 lakh people" stays a count
        kind = "money"
        currency = unit = _rupee_code(text)
    if (
        kind == "count"
        and used == 1
        and currency is None
        and tok.value < 1
        and tok.text in _VULGAR_FRACTIONS
        and text.startswith(" of ", end)
        and not text.startswith(("a ", "an "), end + 4)
    ):
        # "about ½ of voters", "¾ of the budget": a share, as "a third of" and "1/3 of" are
        # (_slash_share_drafts); "¾ of a mile" stays a number before its unit
        kind, unit = "percent", "%"
        value = value * 100
        if low is not None:
            low, high = low * 100, high * 100
    if kind == "count" and change_mu is not None and currency is None:
        # "fell from 1.3 to 0.9 million hectares": the old level, in the new one's unit
        kind, unit = "measure", _pint_unit(lex["measures"][change_mu.group("u")])
    if (
        kind == "count"
        and currency is None
        and tok.scale == 1
        and text.startswith(" m", end)
        and not text[end + 2 : end + 3].isalnum()
        and (
            (
                used == 1
                and text.startswith(")", end + 2)
                and _LENGTH_BRACKET_BEFORE_RE.search(text, max(0, start - 9), start)
            )
            or (used == 1 and _METRE_AFTER_RE.match(text, end + 2))
            # a distance: "came within 300 m of the shore", "sank 200 m offshore"
            or (used == 1 and not tok.has_decimal and _SPACED_METRE_AFTER_RE.match(text, end + 2))
            # metres first, feet in brackets: "9 m (30 ft)", "4 to 5 m (13 to 16 ft)"
            or (text.startswith(" (", end + 2) and _FEET_BRACKET_AFTER_RE.match(text, end + 2))
        )
    ):
        # a spaced "m" is metres in a bracketed conversion ("120 feet (37 m)") or before a
        # dimension ("12 m high"); elsewhere it may be millions ("$30 m"), so left alone
        kind, unit, time_unit_text = "measure", _pint_unit("meter"), "m"
        end += 2
    if (
        kind == "count"
        and used == 1
        and currency is None
        and tok.value in _SWIM_DISTANCES
        and not (tok.in_words or tok.has_decimal or tok.grouped or tok.scale != 1)
        and text[end : end + 1] == " "
        and (sw := _SWIM_EVENT_AFTER_RE.match(text, end))
        and text.endswith(("the ", "The ", "'s ", "\u2019s "), 0, start)
        # "sent the 200 back to the camp": a short stroke name only before a race word
        and (sw.group(1) is not None or _SWIM_RACE_AFTER_RE.match(text, sw.end()))
    ):
        # swimming names a race by its distance in metres, unwritten: "won the 100
        # backstroke", "the women's 400 freestyle", "the 200 IM" (session 7)
        kind, unit = "measure", _pint_unit("meter")
    if (
        kind == "count"
        and used == 1
        and currency is None
        and tok.has_decimal
        and tok.scale == 1
        and tok.value < 100
        and not tok.grouped
        and text.endswith(("clocked ", "clocking ", " time of "), 0, start)
        and not text[end : end + 1].isalnum()
        and not lex["percent_re"].match(text, end)
    ):
        # a race time with its unit unwritten: "Mensah clocked 44.37 for the silver", "won
        # the heat in a time of 11.02" (athletics copy, session 7)
        kind, unit, time_unit_text = "duration", "second", None
    if (
        kind == "count"
        and used == 1
        and text.startswith((" quarter", "\u00a0quarter"), end)
        and (qm := _QUARTERS_RE.match(text, end))
        and _PERIOD_OPENER_BEFORE_RE.search(text, max(0, start - 10), start)
    ):
        # "in the first three quarters (of the year)", "over the past two quarters": a
        # period, as "the first two months" is ("three quarters of the vote", with no
        # "first" or "past" before it, is a share, left alone)
        kind, unit, time_unit_text = "duration", "quarter", qm.group(1)
        end = qm.end()
    if (
        kind == "count"
        and currency is None
        and tok.scale >= 1e6
        and (at := text.find("ollar terms", max(0, start - 160), start)) != -1
        and (dt := _DOLLAR_TERMS_RE.search(text, max(0, at - 20), at + 11))
        and ". " not in text[dt.end() : start]
    ):
        # "In US dollar terms, remittance inflow reached 1.96 billion": the currency named
        # once for the sentence (central-bank copy)
        kind, currency, unit = "money", "USD", "USD"
    if (
        kind == "count"
        and text.endswith(lex["measure_before_ends"], 0, start)
        and (mb := lex["measure_before_re"].search(text, max(0, start - 14), start))
    ):
        # "a magnitude 6.1 earthquake": the unit before the number
        surface = mb.group("u")
        kind = "measure"
        unit = _pint_unit(lex["measures"].get(surface, surface.lower()))
        time_unit_text = surface
        start = mb.start()
        if qual is None and not sign:
            # the bound before the unit: "above Mach 5", "about magnitude 5"
            qual = _qualifier_before(text, start, lex)
    if (
        kind == "count"
        and tok.value < 10
        and not tok.in_words
        and text.endswith(_MAGNITUDE_VERB_ENDS, 0, start)
        and _MAGNITUDE_VERB_RE.search(text, max(0, start - 45), start)
    ):
        # "its magnitude was 6.3", "a magnitude of 5.8", "an earthquake measuring 6.2": the
        # magnitude stated by a verb or "of" after the word or the quake
        kind, unit, time_unit_text = "measure", _pint_unit("magnitude"), "magnitude"
    if (
        kind == "count"
        and tok.has_decimal
        and tok.value < 10
        and text[end : end + 1] in (" ", "\u00a0", "-")
        and _QUAKE_AFTER_RE.match(text, end)
    ):
        # "a 5.9 aftershock followed", "the 7.8 quake": a decimal before the quake is its
        # magnitude (wire copy, ds2-climate)
        kind, unit, time_unit_text = "measure", _pint_unit("magnitude"), "magnitude"
    if (
        kind == "count"
        and currency is None
        and text[end : end + 1] in _INCH_MARKS
        and _INCH_MARK_AFTER_RE.match(text, end + 1)
    ):
        # an inch mark after a screen or a wheel: "a 17” touchscreen", "27\" display"
        kind, unit, time_unit_text = "measure", _pint_unit("inch"), "inch"
        end += 1
    if kind == "count" and text[end : end + 1] == "-" and (pm := _PAR_AFTER_RE.match(text, end)):
        # golf: "a 16-under-par total", "a three-over-par 75", as "seven-under" (session 7)
        time_unit_text, hyphen = pm.group(1), True
        end = pm.end()
    # A count written as a compound adjective: "a 100-bed hospital", "a 12-member team".
    elif (
        kind == "count"
        and (hn := _HYPHEN_NOUN_RE.match(text, end))
        and hn.group("w").lower() not in _NOT_HYPHEN_NOUNS
    ):
        time_unit_text, hyphen = hn.group("w"), True
        end = hn.end()
    # Suffix bounds: "2,000 or more", "or so", "and above", "-plus", "+".
    bound = "exact"
    qword = None
    if qual and kind in ("duration", "measure") and qual[0].lower() in ("over", "under"):
        lead = text[max(0, qual[2] - 12) : qual[2]]
        lm = re.search(
            r"(?:\b(?P<w>for|of|in|after|than|lasting|lasted|lasts|last|spanning"
            # a verb of taking time: "renewals take under 10 minutes", "the crossing took
            # over six hours" (less or more than; technology and travel copy, ds2-general)
            r"|take|takes|took|taking|taken"
            # a verb of waiting or staying: "migrants waited over 48 hours for a bed",
            # "families have stayed under 90 days", "remained over six months" (shelter
            # copy, ds2-shelters)
            r"|wait|waits|waited|waiting|stay|stays|stayed|staying|remain|remains|remained"
            r"|remaining)|[,;(]|^)"
            r"[ \u00a0]{0,2}$",
            lead,
        )
        if not lm and kind == "measure" and not _EXTENT_VERB_BEFORE_RE.search(lead):
            # "fires have burned over 644,000 acres", "weighing over 5kg": more than; a
            # verb of extent makes it "across" ("spread over 2,000 acres") (session 6)
            pass
        elif (
            not lm or (not lm.group("w") and kind == "duration" and text[end : end + 1] == ",")
        ) and not (
            # "in people under 45 years": an age limit, kept for _age_context to drop
            kind == "duration"
            and unit == "year"
            and _PERSON_BEFORE_RE.search(text[max(0, qual[2] - 30) : qual[2]].lower())
        ):
            # "Over 72 hours, 1,450 people reached ...": an opening "over" is "during"
            qual = None
    if (
        qual
        and kind == "count"
        and qual[0] == "over"
        and _SPAN_NOUN_AFTER_RE.match(text, end)
        and _TALLY_BEFORE_OVER_RE.search(text, max(0, qual[2] - 40), qual[2])
        # "300 goals in over 500 matches": after a preposition "over" is "more than"
        and not _PREP_BEFORE_OVER_RE.search(text, max(0, qual[2] - 6), qual[2])
    ):
        qual = None  # "played 612 games over 18 seasons": during (obituary copy, session 6)
    if qual and kind == "money" and qual[0] == "over" and _CAUSE_NOUN_AFTER_RE.match(text, end):
        qual = None  # "jailed over £3.2m fraud", "a row over $50m contract": "because of"
    if qual and kind == "money" and qual[0] == "under" and _TERMS_NOUN_AFTER_RE.match(text, end):
        # "to add 600 beds under $48 million contract": a headline's "under (a) contract",
        # the terms it is done by, not less than (regional papers' related links, ds2-scraped)
        qual = None
    if (
        qual
        and kind == "count"
        and qual[0].lower() == "over"
        and _AREA_NOUN_AFTER_RE.match(text, end)
        and (pw := _WORD_BEFORE_RE.search(text, max(0, qual[2] - 30), qual[2]))
        and _is_plural_noun(pw.group(1))
    ):
        qual = None  # "shot down 17 drones over four regions": where, not "more than"
    if qual and unit == "furlong" and qual[0].lower() == "over":
        qual = None  # "won over seven furlongs": the race's distance (session 7)
    if qual:
        qword, bound, start = qual[0], qual[1], qual[2]
    if used == 2:
        bound = "range"
        # "from" opens "from 200 to 300", but before "4%-6%" it is a change's "from"
        if range_word and not (range_word == "from" and m.group("c") in "-–—"):
            found_at = text.lower().rfind(range_word, max(0, start - 10), start)
            if found_at >= 0:
                start = min(start, found_at)
            qword = None
    else:
        # A bound written after the number belongs to the figure's text; it sets the bound
        # unless a qualifier before the number already did ("some 20,000-odd").
        sfx = _SUFFIX_BOUND_RE.match(text, end)
        if sfx and sfx.group().strip():
            if bound == "exact":
                bound = "upper" if sfx.group("up") else "lower"
            end = sfx.end()
            if (
                kind == "count"
                and (text[end - 5 : end].lower() == "-plus" or text[end - 1 : end] == "+")
                and (tm := lex["time_re"].match(text, end))
            ):
                # "for 25-plus years", "its 60-plus-year history", "a 6+ minute ovation": the
                # unit after "-plus" makes a duration, as after "-odd" and " plus " (Boxscore
                # and Cannes copy, session 8)
                kind, time_unit_text = "duration", tm.group("u")
                unit = lex["time_units"][time_unit_text.lower()]
                end = tm.end()
            elif (
                text[end - 1 : end] == "+"
                and tok.scale == 1
                and (sc := _PLUS_SCALE_RE.match(text, end))
            ):
                # "5+ million podcasts", "$2+ billion": the scale word after the "+" (app
                # and streaming statistics copy, session 8)
                value *= _PLUS_SCALES[sc.group(1).lower()]
                end = sc.end()
                if kind == "count" and (tm := lex["time_re"].match(text, end)):
                    kind, time_unit_text = "duration", tm.group("u")  # "1.5+ billion hours"
                    unit = lex["time_units"][time_unit_text.lower()]
                    end = tm.end()
        elif (
            kind == "count"
            and text[end : end + 6] in (" plus ", " Plus ")
            and (pw := _PLUS_NOUN_RE.match(text, end + 6))
            and _is_plural_noun(pw.group(1))
        ):
            # "after 100 plus arrests", "50 plus years": spoken and headline "-plus"
            # (transcripts and crime copy, session 7); "2 plus 2", "$400 plus costs" add
            bound = "lower" if bound == "exact" else bound
            end += 5
            if tm := lex["time_re"].match(text, end):
                kind, time_unit_text = "duration", tm.group("u")  # "30 plus years"
                unit = lex["time_units"][time_unit_text.lower()]
                end = tm.end()
        elif ax := _SUFFIX_APPROX_RE.match(text, end):
            bound = "approximate" if bound == "exact" else bound  # "2,000 or so", "20,000-odd"
            end = ax.end()
            if (
                kind == "count"
                and ax.group()[-3:].lower() == "odd"
                and (tm := lex["time_re"].match(text, end))
                and tm.group("sep") != "-"
                and not text.startswith((" old", "\u00a0old"), tm.end())  # an age
            ):
                # "30-odd years", "forty-odd minutes": the unit after "-odd" makes a
                # duration, as it does right after the number (session 7)
                kind, time_unit_text = "duration", tm.group("u")
                unit = lex["time_units"][time_unit_text.lower()]
                end = tm.end()
        elif (
            bound == "exact"
            and "and counting" in text[end : end + 40]
            and _NOUN_AND_COUNTING_RE.match(text, end)
        ):
            bound = "lower"  # "40,000 signatures and counting": the count still grows
        elif bound == "exact" and (
            text.startswith(" (", end)
            or (text[end : end + 1] == ")" and text[start - 1 : start] == "(")
        ):
            # "20 million yuan ($2.83 million) or more" (NBS releases), "TL 12,000 ($370) or
            # above": the bound after a bracketed conversion holds for both amounts (session 7)
            close = end if text[end] == ")" else text.find(")", end + 2, end + 60)
            if (
                close > 0
                and "(" not in text[end + 2 : close]
                and (sfx2 := _SUFFIX_BOUND_RE.match(text, close + 1))
                and sfx2.group().strip()[:2] in ("or", "an")
            ):
                bound = "upper" if sfx2.group("up") else "lower"
    if minor:
        # "61 cents", "50 pence": money is given in currency units (0.61, 0.5)
        value /= 100
        low = low / 100 if low is not None else None
        high = high / 100 if high is not None else None
    elif tomans:
        # "30 million tomans": Iran's everyday unit, ten rials; the ISO currency is the rial
        value *= 10
        low = low * 10 if low is not None else None
        high = high * 10 if high is not None else None
    if feet_inches:
        value += feet_inches  # "6-foot-4": 6 feet 4 inches
    if unit_scale != 1.0:
        # "0.4 mb/d" is 400,000 barrels a day, as "0.4 million barrels per day" is
        value *= unit_scale
        low = low * unit_scale if low is not None else None
        high = high * unit_scale if high is not None else None
    if bound == "exact":
        low = high = value
    elif bound == "lower":
        low, high = value, None
    elif bound == "upper":
        low, high = None, value
    elif bound == "approximate":
        low = high = None
    draft = _Draft(
        start,
        end,
        value,
        low,
        high,
        bound,
        kind,
        unit,
        tok,
        tail_tok,
        qword,
        time_unit_text,
        hyphen,
        currency,
    )
    return draft, used


_PERSON_BEFORE_RE = re.compile(
    r"\b(?:children|child|kids|boys|girls|minors|babies|infants|people|persons|men|women|adults"
    r"|returnees|refugees|students|those|aged|age)[ \u00a0]{1,2}$"
)


_AGE_GROUP_AFTER = tuple(
    sp + "age" + sep + w
    for sp in (" ", "\u00a0")
    for sep in (" ", "-", "\u00a0")
    for w in ("group", "bracket", "band", "range", "cohort")
) + (" demo", " demos", " demographic", "\u00a0demo")  # "the 18-49 demo": a TV audience
# (session 8: US ratings copy)
_AGED_THROUGH_RE = re.compile(r"\baged[ \u00a0]\d{1,3}[ \u00a0](?:through|thru)[ \u00a0]$")
_AGE_GROUP_BEFORE_RE = re.compile(
    r"\bage[ \u00a0-](?:group|bracket|band|range|cohort)s?[ \u00a0](?:of[ \u00a0])?$"
    # "among adults 25-54", "viewers 18-49": the audience a ratings report names (session 8)
    r"|\b(?:adults|viewers|men|women)[ \u00a0]$",
    re.I,
)


#: A number as the subject before "was under 20": "the average number of people per boat
#: was", "The total is" (no age: "the average age of those who crossed was under 30", "the
#: number of children who were under five").
_NUMBER_SUBJECT_RE = re.compile(
    r"\b(?:[Nn]umber|[Tt]otal|[Aa]verage|[Tt]ally|[Cc]ount)\b[^.;:!?]{0,70}?[ \u00a0]"
    r"(?:was|is|were|are)[ \u00a0]$"
)


#: A child's noun right before "under five" or "below 18": what follows is an age.
_CHILD_NOUN_END_RE = re.compile(
    r"\b(?:children|child|kids|boys|girls|minors|babies|infants|toddlers)[ \u00a0]{1,2}$"
)


def _age_context(text: str, draft: _Draft) -> bool:
    """'Children under five', 'returnees were under 18', 'over 60s': an age, not a bound."""
    if (
        draft.bound == "range"
        and draft.kind in ("count", "duration")
        and (draft.high or 0) <= 120
        and (
            text.startswith(_AGE_GROUP_AFTER, draft.end)
            or _AGE_GROUP_BEFORE_RE.search(text, max(0, draft.start - 26), draft.start)
        )
    ):
        return True  # "in the age group of 18-45 years", "the 5-11 age group": ages
    if (
        draft.kind == "duration"
        and draft.unit == "year"
        and text.endswith((" through ", " thru "), 0, draft.start)
        and _AGED_THROUGH_RE.search(text, max(0, draft.start - 20), draft.start)
    ):
        return True  # "men aged 35 through 39 years": the upper end of an age band
    q = (draft.qualifier or "").lower()
    if (
        draft.kind == "duration"
        and draft.unit == "year"
        and draft.value <= 120
        and text.startswith((" of age", "\u00a0of age"), draft.end)
    ):
        return True  # "children less than 5 years of age", "people 60 years of age": an age
    if q not in ("under", "over", "above", "below") or draft.value > 99:
        return False
    if draft.kind == "duration":
        # "children below 14 years", "people over 60 years": an age limit, not a time span
        return (
            draft.unit == "year"
            # "Children under 5 years" opening a sentence too
            and _PERSON_BEFORE_RE.search(text[max(0, draft.start - 30) : draft.start].lower())
            is not None
        )
    if draft.kind != "count":
        return False
    after = text[draft.end : draft.end + 25]
    nxt = re.match(r"[ \u00a0]{0,2}([A-Za-z]+)?", after).group(1)
    if nxt and nxt.lower() in ("years", "year", "yrs"):
        return True
    before = text[max(0, draft.start - 30) : draft.start].lower()
    if draft.value <= 18 and _CHILD_NOUN_END_RE.search(before):
        # "Acute malnutrition among children under five stands at 18.2%": a child's age,
        # whatever word follows (nutrition survey copy, session 15; "stands" read as the
        # noun counted)
        return True
    if nxt and nxt[0].isalpha() and nxt.lower() not in _CLAUSE_WORDS and nxt.lower().endswith("s"):
        return False  # "under 4,000 new arrivals", "over 50 families"
    if (
        before.endswith(("was ", "is ", "were ", "are ", "was\u00a0", "is\u00a0"))
        and (subj := _NUMBER_SUBJECT_RE.search(text, max(0, draft.start - 90), draft.start))
        and " age" not in subj.group()
        and " who " not in subj.group()
    ):
        # "the average number of people per boat was under 20", "The total was over 40": a
        # number compared, not someone's age (UK copy on small boats, ds2-homeoffice)
        return False
    if q in ("under", "below") and before.endswith(("of them ", "of them\u00a0")):
        # "1,900 children ..., a third of them under two": the age of the children
        # (features, devset2 feature)
        return True
    if (
        q in ("over", "above")
        and draft.value >= 40
        and before.endswith(("of them ", "of them\u00a0"))
        and text[draft.end : draft.end + 1] in (",", ".", ";", ")", "")
    ):
        # "About 1,200 civilians remain in the town, 40% of them over 60.": the age of the
        # people, the clause ending on it (UN civilian-harm copy, ds2-defence's note;
        # session 20)
        return True
    return bool(
        re.search(
            r"\b(?:children|child|kids|boys|girls|minors|babies|infants|those|people|persons"
            r"|returnees|refugees|students|were|are|is|was|aged|age"
            # "anyone over 50 is eligible", "women over 65", "patients under 18"
            r"|men|women|adults|anyone|everyone|patients|residents|pensioners|voters|workers"
            r"|drivers)\b[ \u00a0]{0,2}$",
            before,
        )
    )


# A score or a vote: "won 3-2", "beat the Suns 112-104", "backed the measure 52-48". Two
# short integers joined by a hyphen, the first not smaller (so not a range), neither
# chained to more digits (a phone number or a date).
_SCORE_RE = re.compile(r"(?<![\d,.\-/])(\d{1,3})-(\d{1,3})(?![\d\-/%]|\.\d)")


def _is_score_side(text: str, tok: NumberToken) -> bool:
    """Is this token one side of a score or a vote ("3-2", "52-48")? Then each side is a count."""
    if tok.in_words or tok.scale != 1 or tok.has_decimal or tok.grouped:
        return False
    s, e = tok.start, tok.end
    if (text.startswith("-for-", e) and text[e + 5 : e + 6].isdigit()) or (
        s >= 6 and text.startswith("-for-", s - 5) and text[s - 6].isdigit()
    ):
        return True  # "6-for-21 shooting": made and attempted shots (basketball copy)
    if (text.startswith("-of-", e) and text[e + 4 : e + 5].isdigit()) or (
        s >= 5 and text.startswith("-of-", s - 4) and text[s - 5].isdigit()
    ):
        return True  # "finished 23-of-32 for 257 yards": passes completed and thrown (NFL)
    lo, hi = max(0, s - 4), min(len(text), e + 7)
    if text.find("-", lo, hi) == -1:
        return False  # every score holds a hyphen: no window search without one
    for m in _SCORE_RE.finditer(text, lo, hi):
        if m.start(1) == s or m.end(2) == e:
            return int(m.group(1)) >= int(m.group(2)) or _score_context(text, m.start(1), m.end(2))
    return False


# A score whose first side is the smaller ("fell behind 0-3", "lost 1-2 at home", "figures
# of 4-27", "a vote of 3 to 6", "the 2-4 defeat"): a score word before it, or a result noun
# after it. Tried only for two short integers that would otherwise make a range.
_SCORE_BEFORE_RE = re.compile(
    r"\b(?:won|wins?|winning|lost|lose|loses|losing|beat|beats|beaten|drew|draws?|drawn|tied"
    r"|trail(?:s|ed|ing)?|behind|led|leads?|leading|defeated|figures[ \u00a0]of"
    r"|(?:a|the)[ \u00a0](?:vote|score|scoreline|tally|margin)[ \u00a0]of|voted|ruled"
    # a motion's fate, then its tally: "The amendment failed 45-55", "rejected 201-226"
    r"|failed|passed|approved|rejected|adopted|carried|confirmed|backed"
    # a season's record and a bowler's figures: "the Kings went 14-29 and", "Ahmed took 4-38
    # as Sussex" (NBA and cricket copy, session 7; "took 3-5 days" stays a range, as a noun
    # follows)
    r"|went|goes|took|takes|taking|bagged|clinched|claimed|returned|grabbed|snared)"
    r"(?:[ \u00a0](?:[A-Z][\w'’.-]*|to|against|by|the|at|in|series|match|game|set|tie"
    # what a chamber votes on: "rejected the motion 198-305"
    r"|motion|bill|amendment|measure|nomination|nominee|resolution|proposal|budget|law"
    r"|treaty|deal|plan)){0,4}"
    r"[ \u00a0]$"
)
_SCORE_AFTER_RE = re.compile(
    r"[ \u00a0-](?:defeat|loss|win|victory|draw|lead|deficit|scoreline|result|thrashing"
    r"|drubbing|rout|triumph|upset|aggregate|verdict|decision|majority|shooting|record)\b"
)
# A name, then a bracket: "the Cowboys (", "Denver (" (NFL and NBA roundups, session 7).
_TEAM_BEFORE_SCORE_RE = re.compile(r"(?<![\w'’.-])[A-Z][a-z][\w'’.-]*[ \u00a0]$")
_TEAM_BEFORE_BRACKET_RE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*[ \u00a0]\($")
#: Words that may follow a score read from the words before it (a noun there would make
#: "lost 2-3 kg" a range of kilograms).
_SCORE_NEXT_OK = frozenset(
    "at in on to against with after before and but for the when as despite over from "
    "away home this last into during while thanks".split()
)


def _score_context(text: str, s: int, e: int) -> bool:
    """Is the pair of numbers spanning ``s:e`` a score or a tally, not a range?"""
    if _SCORE_AFTER_RE.match(text, e):
        return True
    if (
        text[s - 1 : s] == "("
        and text[e : e + 1] == ")"
        and _TEAM_BEFORE_BRACKET_RE.search(text, max(0, s - 32), s)
    ):
        return True  # "the Cowboys (2-3) snapped", "Denver (4-5)": a side's win-loss record
    if (
        text[s - 1 : s] == " "
        and text[e : e + 1] == " "
        and text[e + 1 : e + 2].isupper()
        and text[e + 2 : e + 3].islower()
        and _TEAM_BEFORE_SCORE_RE.search(text, max(0, s - 32), s)
        and (nw := _NEXT_WORD_RE.match(text, e)) is not None
        # (a title-case unit is no side: "Ages 2-5 Years", "6-12 Months")
        and nw.group(1).lower() not in _lexicon()["time_units"]
        and nw.group(1).lower() not in _lexicon()["measures"]
        and nw.group(1).lower() not in ("percent", "per", "million", "billion", "lakh", "crore")
    ):
        return True  # a results line: "Walsall 1-4 Bradford", "FT: Leeds 0-3 Burnley"
    if not _SCORE_BEFORE_RE.search(text, max(0, s - 50), s):
        return False
    nxt = re.match(r"[ \u00a0]?([A-Za-z]*)", text[e : e + 16])
    if text[e : e + 1] in ("%", "-") or text[e : e + 1].isalnum():
        return False
    word = nxt.group(1)
    return not word or word[0].isupper() or word in _SCORE_NEXT_OK


def _unnamed_speaker(text: str, tok: NumberToken, lex) -> bool:
    """ "one official said", "said one resident": "one" picks out a speaker, not a count."""
    m = lex["speaker_after_re"].match(text, tok.end)
    if m is None:
        return False
    return m.group("v") is not None or bool(
        lex["speech_before_re"].search(text, max(0, tok.start - 12), tok.start)
    )


# A verb of extent before "over" and a measure: "spread over 2,000 acres", "stretches over
# 300 km", "flew over 40 km": where, not "more than".
_EXTENT_VERB_BEFORE_RE = re.compile(
    r"\b(?:spread|spreads|spreading|stretch\w*|extend\w*|span|spans|spanned|spanning"
    r"|scattered|sprawl\w*|fl(?:y|ies|ew|ying|own)|hover\w*|dispersed|distributed"
    r"|located|situated|built|lies|lying|lay)[ \u00a0]{1,2}$",
    re.IGNORECASE,
)
# A count of spans of time after "over": "over 18 seasons", "over three terms" is during them
# unless "for", "of", "in", "than" or a clause mark opens it ("for over 18 seasons").
_SPAN_NOUN_AFTER_RE = re.compile(
    r"[ \u00a0](?:seasons|campaigns|terms|summers|winters|generations|decades|centuries|sessions"
    r"|tours|careers|elections|parliaments|administrations"
    # and events a tally is spread over: "grossed $84.2 million over 31 shows", "sold 2.3
    # million tickets over 58 concerts" (Boxscore tour recaps, session 8)
    r"|shows|concerts|gigs|nights|dates|performances|screenings|episodes|matches|games"
    r"|appearances|outings|races)\b"
)
# ... when a tally comes right before it ("612 games over", "40 goals over"): "had over 20
# seasons in the top flight" is more than.
_TALLY_BEFORE_OVER_RE = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty"
    # (or a bare amount: "sold its rights for 8m over three seasons", session 15)
    r"|hundred|hundreds|thousand|thousands|dozen|dozens))[\d,.]*(?:m|bn|k)?[ \u00a0]"
    r"(?:[a-z-]+[ \u00a0]){0,2}$"
)
_PREP_BEFORE_OVER_RE = re.compile(r"\b(?:in|of|for|than|and|or|with|from|to|at|by|on)[ \u00a0]$")
# A money figure used as a modifier of what a dispute or a crime is about (after "over").
_CAUSE_NOUN_AFTER_RE = re.compile(
    r"(?:[ \u00a0](?!(?:in|of|for|on|to|and|or|worth|from|as)\b)[a-z]+)?[ \u00a0]"
    r"(?:fraud|scam|theft|heist|robbery|bribes?|bribery|deal|debts?|loans?|contract|claims?"
    r"|fines?|bill|payout|lawsuit|dispute|scheme|embezzlement)\b"
)
# A money figure naming the agreement a thing is done under ("under $48 million contract").
_TERMS_NOUN_AFTER_RE = re.compile(
    r"(?:[ \u00a0](?!(?:in|of|for|on|to|and|or|worth|from|as|a|the|per|each)\b)[a-z-]+)?"
    r"[ \u00a0](?:deal|contract|agreement|accord|pact|settlement|grant|package|scheme)s?\b"
)
_ON_SAME_UNIT_RE = re.compile(r"[ \u00a0-](?:on|over)[ \u00a0-]([A-Za-z]+)\b")
_PER_TIME_AFTER_RE = re.compile(
    # (and a week or a month: "20-25 miles/wk" in running copy, session 6; "150 GWh/annum")
    r"/[ \u00a0]?\d{0,3}[ \u00a0]?(?:h|hr|hrs|hours?|d|days?|yr|years?|annum|wk|wks|weeks?|mo"
    r"|months?)\b"
)
_MODEL_AFTER_RE = re.compile(r" (?:MAX|Dreamliner)\b")
_MAX_VARIANT_BEFORE_RE = re.compile(r"\d[ \u00a0-]MAX[ \u00a0]$")
# A product line's suffix after its model number ("the Nimbus 7 Pro", "a Magic 6 Lite"),
# and a capitalised name before the number (not a function word opening the sentence).
# (and a game's edition: "Mario Kart 8 Deluxe", "Dark Souls 3 Remastered", session 8)
_MODEL_SUFFIX_AFTER_RE = re.compile(
    r" (?:Pro|Ultra|Plus|Max|Mini|mini|Lite|Neo|FE|SE|XL|Deluxe|Remastered|Definitive)\b"
)
_MODEL_SUFFIX_FIRST = frozenset("PUMmLNFSXDR")
_MODEL_SUFFIX_TAIL_RE = re.compile(
    r"[.,;:)!?]|[ \u00a0](?:Max|Ultra|Plus|Mini|mini|models?|variants?|series|lineup|and|or"
    r"|vs)\b"
)
_PART_NOUN_AFTER_RE = re.compile(
    r" (?:GPU|CPU|SoC|NPU|chip|chipset|processor|sensor|engine|interface|platform|smartphone"
    r"|phone|handset|tablet|laptop|console|headset|smartwatch|airliner|jet|helicopter|rocket"
    r"|booster|launcher|satellite|telescope|reactor|turbine)(?![\w-])"
)
_PART_NOUN_FIRST = frozenset("GCSNcpsiehtajbrl")
_MODEL_NAME_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?!(?:The|A|An|In|On|At|For|Of|And|But|By|To|From|With|Its|Their|His|Her"
    r"|Our|Some|All|About|Over|Top|Big)\b)[A-Z][A-Za-z]+[ \u00a0]$"
)
# "The Zephyr 9 has", "the Surface Pro 11 has": "the", one or two capitalised words, the number,
# then a verb (a count would have its noun there: "across the Gulf 40 ships waited")
_THE_NAME_BEFORE_RE = re.compile(
    rf"\b[Tt]he[ \u00a0](?:(?!{_MONTHS}\b)[A-Z][A-Za-z]+[ \u00a0]){{1,2}}$"
)
_SINGULAR_VERB_AFTER_RE = re.compile(r" (?:is|was|has|weighs|boasts|comes|goes|arrives)\b")
_OPENING_NAME_BEFORE_RE = re.compile(
    r"(?:^|\n|[.!?][\"'”’]?[ \u00a0]+)(?!(?:The|A|An|Only|Nearly|About|Almost|Some|Just"
    r"|Roughly|Around|Approximately|Over|Under|Another|All|Exactly|Perhaps|Maybe|In|On|At|By"
    r"|Since|Until|After|Before|Of|Now|Those|These|Each|Every|Also|Still|Then|Overall"
    r"|Altogether|More|Fewer|Less|Most|Up|Down|Barely|Well|Precisely|Top|Big|No|Number"
    r"|Below|Above|Between|From|Fully)\b)[A-Z][A-Za-z]+[ \u00a0]$"
)
_MODEL_VERB_AFTER_RE = re.compile(
    # (no verb that is also a plural noun: "the Gulf 40 ships", "the Hall 3 costs")
    r" (?:is|was|has|had|will|would|can|could|should|may|might|comes|came|got|weighs|boasts"
    r"|launched|goes|went|arrives|arrived|added|kept|brought)\b"
)
_CHANNEL_COUNT_AFTER_RE = re.compile(
    r"[ \u00a0](?:people|migrants|boats|dinghies|times|at[ \u00a0]a[ \u00a0]time|years|days|months)\b"
)
_NEXT_NAMED_AFTER_RE = re.compile(r",? and the [A-Z]|, the [A-Z]")
_PLURAL_VERB_AFTER_RE = re.compile(r" (?:were|are|have|had) (?:been |all |both )?[a-z]+ed\b")
_COORDINATE_LABEL_BEFORE_RE = re.compile(
    r"\b(?:[Ll]atitude|[Ll]ongitude|LATITUDE|LONGITUDE|[Ll]at|[Ll]ong?|[Ll]ng)\.?:[ \u00a0]$"
)
_HYPHEN_NAME_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+-[A-Z][a-z]+)[ \u00a0]$")
#: A vessel's or an aircraft's name after its noun, then its number: "its rescue ship, Humanity
#: 1,", "the charity vessel Aurora 2" (rescue NGO copy, session 9).
#: (Also one of several: "One of the ships, the Humanity 1, was held"; and a group's name
#: with its number after the group's noun: "the aid group Utopia 56", "the charity Sea-Eye
#: 4": InfoMigrants copy, ds2-infomigrants.)
_VESSEL_NAME_BEFORE_RE = re.compile(
    r"\b(?:ship|vessel|boat|ferry|tanker|frigate|cutter|trawler|yacht|aircraft|plane|helicopter"
    r"|group|charity|NGO|association|organi[sz]ation|collective)s?"
    r",?[ \u00a0](?:the[ \u00a0])?[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*)?[ \u00a0]$"
)
#: Who runs a named thing, right after its name and number: "Humanity 1, operated by SOS
#: Humanity, was told ..." (a vessel's operator; rescue NGO copy, ds2-italy).
_OPERATOR_AFTER_RE = re.compile(r", (?:operated|run|managed|owned|chartered|crewed) by ")
#: The capitalised word just before a number: the name a number may belong to.
_CAP_WORD_BEFORE_NUMBER_RE = re.compile(r"[A-Z][\w'’-]*[ \u00a0]$")


def _named_number_elsewhere(text: str, start: int, end: int) -> bool:
    """Is the name and number ending at ``end`` ("Utopia 56") written elsewhere in the text
    after a vessel's or a group's noun ("the aid group Utopia 56"), so that here too ("a
    coordinator with Utopia 56 in Grande-Synthe") it is a name, not a count?"""
    m = _CAP_WORD_BEFORE_NUMBER_RE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    key = text[m.start() : end]
    i = text.find(key)
    while i >= 0:
        j = i + len(key)
        if i != m.start() and not text[j : j + 1].isdigit():
            n = i + (start - m.start())
            if _VESSEL_NAME_BEFORE_RE.search(text, max(0, n - 50), n) or (
                text.startswith(", ", j) and _OPERATOR_AFTER_RE.match(text, j)
            ):
                return True
        i = text.find(key, i + 1)
    return False


#: Hyphenated place and people names before a count ("Saudi-Yemeni 40 km"): no names of things
_NOT_HYPHEN_NAMES = frozenset(
    (
        "Al-Shabaab",
        "Al-Qaeda",
        "Guinea-Bissau",
        "Timor-Leste",
        # regions with hyphenated names, before a gapped count ("Bavaria sent 19 of the
        # deportees and North Rhine-Westphalia 14": German copy, ds2-germany; Italian and
        # Balkan copy names its regions and states the same way)
        "Rhine-Westphalia",
        "Rhineland-Palatinate",
        "Schleswig-Holstein",
        "Saxony-Anhalt",
        "Emilia-Romagna",
        "Bosnia-Herzegovina",
        "Khyber-Pakhtunkhwa",
    )
)
_TRAILING_SIGNS = {"€": "EUR", "£": "GBP"}
_TRAILING_SIGN_RE = re.compile(r"[ \u00a0]?([€£])(?![ \u00a0]?[\d$€£])")
_PLAN_NAMES = (" Plan", " Programme", " Program", "\u00a0Plan")
_FX_PAIR_BEFORE_RE = re.compile(r"\b([A-Z]{3})/([A-Z]{3})\b[^.;:\d/]{0,30}$")
_HYPHEN_SCALES = {"K": 1e3, "M": 1e6, "B": 1e9}
#: The two words after a number: a plural noun, or one after a modifier ("172-K low-income
#: families", "1.3-M farmers").
_NOUN_AFTER_ADJ_RE = re.compile(r"([a-z][a-z-]*)\b(?:[ \u00a0]([a-z]+)\b)?")
_FINANCE_MM_RE = re.compile(r"[ \u00a0]?MM(?![A-Za-z])|mm(?![A-Za-z])")
# A confidence level names the interval after it, not a share of anything: "(95% CI
# 0.9-1.5 million)", "95% uncertainty interval", "a 90 per cent confidence level", "with
# 90% certainty" (levels are 80% and up: "30% confidence in the police" is a poll's share).
_CONFIDENCE_AFTER_RE = re.compile(
    r"[ \u00a0](?:CI|UI|CrI|PI|(?:confidence|uncertainty|credible|prediction)[ \u00a0]"
    r"(?:intervals?|levels?|bounds?|limits?|ranges?)|confiden(?:t|ce)|certain(?:ty)?)\b"
)
_QUARTERS_RE = re.compile(r"[ \u00a0](quarters?)\b")
_PERIOD_OPENER_BEFORE_RE = re.compile(r"\b(?:first|last|past|next|previous|latest)[ \u00a0]$")
#: The dollars a bare "$" may be (analysis/data/dollar_countries.csv).
_DOLLAR_CODES = frozenset(r["code"] for r in _read_csv("dollar_countries.csv"))
_DOLLAR_TERMS_RE = re.compile(
    r"\b[Ii]n[ \u00a0](?:the[ \u00a0])?(?:US[ \u00a0]|U\.S\.[ \u00a0])?[Dd]ollar[ \u00a0]terms\b"
)
_PLUS_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_PLUS_SCALE_RE = re.compile(r"[ \u00a0](thousand|million|billion|trillion)\b", re.IGNORECASE)
_SPACED_SCALE_LETTER_RE = re.compile(r"(?:[ \u00a0]([mb]|cr)|-([MB])|(T))(?![\w²³/'’-])")
# Units written with their scale in oil, gas and farm copy (measure_units.csv): millions and
# thousands of barrels a day, billions of cubic metres, trillions of cubic feet, millions
# and lakhs of metric tonnes.
_SCALED_UNITS = {
    "mb/d": 1e6,
    "mbpd": 1e6,
    "kb/d": 1e3,
    "bcm": 1e9,
    "tcf": 1e12,
    "MMT": 1e6,
    "LMT": 1e5,
    # LNG copy: "5.2 mtpa", million tonnes a year
    "mtpa": 1e6,
    "MTPA": 1e6,
    "Mtpa": 1e6,
}
# A price per unit written with a slash in commodity and pay copy: "$29.45/oz", "$84.20/bbl",
# "7,840 USD/MT", "Rs 25,000/month". After an amount of money the slash is "per", no identifier.
_PER_UNIT_SLASH_RE = re.compile(
    r"/[ \u00a0]?(?:oz|ozt|bbl|t|mt|MT|tonne|ton|lb|lbs|kg|MWh|kWh|mmBtu|MMBtu|mmbtu|gal|bu"
    r"|month|mo|year|yr|week|day|hour|hr|night|sq ?ft|litre|liter|barrel|ounce|share|head"
    # farm and shop prices per unit (session 6): "$80/cwt", "£4/dozen", "€12/m2", "£30/pp"
    r"|cwt|acre|ha|hectare|dozen|doz|pack|box|bottle|pair|m2|sqm|sq ?m|person|pp"
    # "$3.89/gallon", "Rs 2,300/quintal" (farm prices), "Rs 3,250/cylinder" (LPG copy)
    r"|gallon|quintal|qtl|cylinder|bag|unit|kilo|k)\b"
    # over a round quantity of grams: "₹71,450/10g" (Indian bullion), "£1.35/100g" (shop
    # unit prices; session 8)
    r"|/[ \u00a0]?10{1,2}[ \u00a0]?(?:g|gm|gms|grams?|ml)\b"
    # an exchange rate over the dollar sign: "N1,540/$" (Nigerian forex copy)
    r"|/\$(?![\d.,])"
    # a title-case headline capitalises the unit: "₹80/Kg", "₹150/Quintal" (session 8)
    r"|/[ \u00a0]?(?:Kg|KG|Oz|Tonne|Ton|Litre|Liter|Quintal|Qtl|Barrel|Bbl|Ounce|Gallon"
    r"|Dozen|Kilo|Cylinder|Bag|Unit|Acre|Hectare|Month|Year|Week|Day|Night|Share|Person)\b"
)


# A word of order that a number labels before "of": "year two of", "day 3 of the trial"
_STAGE_WORD_ENDS = tuple(
    w + sp
    for w in ("year", "day", "month", "phase", "stage", "round", "season", "term", "Year")
    for sp in (" ", "\u00a0")
)


def _in_ranked_list(text: str, s: int, e: int, n: int) -> bool:
    """Is "n. " at s:e a place in a ranked list run into a line ("Standings: 1. Moreau 288
    pts, 2. Lindqvist 251, 3. Abara 240")? The place before or after it is written so
    too, after a comma, a semicolon or a colon."""
    after = text[e : e + 90]
    before = text[max(0, s - 90) : s]
    return (
        n >= 1
        and (
            f", {n + 1}. " in after
            or f"; {n + 1}. " in after
            or (n > 1 and (f", {n - 1}. " in before or f": {n - 1}. " in before))
        )
        and text[s - 2 : s] in (", ", "; ", ": ")
    )


# A song's or an album's move on a chart, last week's place then this week's, after a verb
# of rising or falling (Billboard chart write-ups, session 8): "dips 3-6 on Radio Songs",
# "climbs 14-9 on Streaming Songs", "rockets 31-7,". The places must move the verb's way, so
# a score ("falls 2-1 at Leeds", "jumps 2-0") is never one.
_CHART_MOVE_RE = re.compile(
    r"(?<![\w-])(?P<v>dips|slips|slides|falls|drops|tumbles|sinks|descends|climbs|jumps|leaps"
    r"|soars|rockets|vaults|surges|bounds|zooms|rises|pushes|lifts|ascends|hops|shoots)"
    r"[ \u00a0](?P<a>[1-9]\d{0,2})-(?P<b>[1-9]\d{0,2})"
    r"(?=[ \u00a0]on[ \u00a0](?:the[ \u00a0])?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z]"
    r"|[ \u00a0](?:after|following)\b|[,.;)])"
)
_CHART_FALLS = frozenset(
    ("dips", "slips", "slides", "falls", "drops", "tumbles", "sinks", "descends")
)


def _is_chart_move(text: str, start: int, end: int) -> bool:
    """Is the number (or the pair) at ``start:end`` a chart move (:data:`_CHART_MOVE_RE`)?"""
    for m in _CHART_MOVE_RE.finditer(text, max(0, start - 20), min(len(text), end + 22)):
        if m.start("a") <= start and end <= m.end("b"):
            a, b = int(m.group("a")), int(m.group("b"))
            return a < b if m.group("v") in _CHART_FALLS else a > b
    return False


# A list's name around its number: a capitalised word (or a name's possessive) before it,
# capitalised words and "list" after it.
_LIST_NAME_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?!(?:Some|About|Only|The|All|Nearly|Almost|Around|Over|Just|Another|Those"
    r"|These|Exactly|Roughly|Approximately|Up|More|Fewer|Less|At|In|Of|By|For|With)\b)"
    r"[A-Z][\w'’]*[ \u00a0]$"
)
_LIST_NAME_AFTER_RE = re.compile(r"(?:[ \u00a0][A-Z][\w'’]*){0,3}[ \u00a0][Ll]ists?\b")
#: A model's name of letters glued to digits, then a hyphen: "A330-", "B737-", "Su-35S-"
#: (or a maker's name, then its model number: "a Boeing 767-300", "an Embraer 190-100";
#: aviation copy on deportation charters, ds2-flights)
_MODEL_BEFORE_HYPHEN_RE = re.compile(
    r"(?<![\w-])(?:[A-Z]{1,3}\d{2,4}|(?:Boeing|Airbus|Embraer|Bombardier|Tupolev|Ilyushin"
    r"|Antonov|Douglas)[ \u00a0]\d{2,4})-$"
)
#: The word "flight" before a code glued to its airline's letters: "flight QR7431"
_FLIGHT_BEFORE_RE = re.compile(r"\b[Ff]light[ \u00a0]$|\bFLIGHT[ \u00a0]$")


#: A battalion's abbreviation after its number: "8 APBn", "16 Bn".
_BATTALION_AFTER_RE = re.compile(r"[ \u00a0-](?:[A-Z]{1,5})?Bn\b")


#: A web page's counters, a line of their own: "Comments (3) | 1.2k views | 4 min read".
_CHROME_ITEM = (
    r"(?:(?:Comments?|Shares?|Likes?|Views?|Reactions?|Replies)[ \u00a0]*[(:]?[ \u00a0]*"
    r"\d[\d,.]*[kKmM]?\)?"
    r"|\d[\d,.]*[kKmM]?[ \u00a0]+(?:views?|comments?|shares?|likes?|reactions?|replies|reads?"
    r"|retweets?|min(?:ute)?s?[ \u00a0]read))"
)
#: The share buttons set between them, with no number: "Share 212 | Tweet | WhatsApp |
#: 14 comments" (regional and Canarian English-language pages, ds2-scraped).
_CHROME_BUTTON = (
    r"(?:Share|Tweet|Post|E-?mail|Print|WhatsApp|Facebook|Twitter|X|LinkedIn|Reddit"
    r"|Pinterest|Telegram|Flipboard|Copy[ \u00a0]link|Save|Comment)"
)
_CHROME_ANY = rf"(?:{_CHROME_ITEM}|{_CHROME_BUTTON})"
_CHROME_LINE_RE = re.compile(
    rf"[ \t]*{_CHROME_ANY}(?:[ \u00a0]*[|·•][ \u00a0]*{_CHROME_ANY})*[ \t]*"
)
_CHROME_WORD_AFTER_RE = re.compile(
    r"[kKmM]?[ \u00a0]+(?:views?|comments?|shares?|likes?|reactions?|replies|reads?|retweets?)\b"
)
#: A subscription or newsletter prompt on a line of its own: "Subscribe for $1 a week for
#: the first 6 months.", "Get our weekly newsletter for €2.99 a month.", "Sign up for
#: breaking news alerts, sent 3 times a week." (scraped regional pages, ds2-scraped).
_SUBSCRIBE_LINE_RE = re.compile(
    r"[ \t]*(?:Subscribe\b|(?:Sign[ \u00a0]up|Get[ \u00a0](?:our|the)|Join|Unlock"
    r"|Become[ \u00a0]a)\b[^\n]{0,120}?(?:newsletter|[Ss]ubscri|alerts\b|unlimited"
    r"|[Dd]igital[ \u00a0]access|membership|free[ \u00a0]trial))"
)
#: A US broadcaster's call sign or network before its channel: "KBRX 7 News", "(Photo: NBC 5
#: / Staff)", "Sign up for KXAN 36 alerts" (local television pages, ds2-scraped).
_CALL_SIGN_BEFORE_RE = re.compile(
    r"\b(?!WHO\b|WFP\b|WTO\b|WEF\b|WSJ\b)(?:[KW][A-Z]{2,3}|NBC|ABC|CBS|FOX|CW)[ \u00a0]$"
)
_CHANNEL_AFTER_RE = re.compile(r"(?:[ \u00a0]+[A-Z]|[ \u00a0]*[)/|\n]|[ \u00a0]*$)")
#: A listicle's headline in a related link: "Read more: 5 things to know about ..."
_RELATED_LINE_RE = re.compile(
    r"[ \t]*(?:Read[ \u00a0]more|READ[ \u00a0]MORE|Related|RELATED|More|Also[ \u00a0]read"
    r"|See[ \u00a0]also|Watch)[ \u00a0]*:"
)
_LISTICLE_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:things|takeaways|questions|ways|reasons|facts)[ \u00a0]+(?:to[ \u00a0]know"
    r"|we[ \u00a0]know|you[ \u00a0]need|to[ \u00a0]watch|answered|about|from|on)\b"
)
_CHROME_BEFORE = (
    "Comments (",
    "Comments ",
    "Comment (",
    "Shares (",
    "Likes (",
    "Views (",
    # a share button with its count: "Share 318 | Comments 27" (ds2-scraped)
    "Share ",
    "Shares ",
)


def _is_not_figure(text: str, draft: _Draft, lex) -> bool:
    tok = draft.token
    end_tok = draft.end_token
    if draft.kind == "duration" and draft.value == 1 and text.startswith(" at a time", draft.end):
        # "chasing guests one night at a time", "taking it one step at a time": an idiom of
        # pace, no span of time (a hotelier quoted in business copy, ds2-tourism; session 20)
        return True
    if (
        draft.kind == "count"
        and text.endswith(("through ", "thru "), 0, draft.start)
        and draft.value < 1000
        and (th := _THROUGH_SPAN_BEFORE_RE.search(text, max(0, draft.start - 30), draft.start))
        and th.group(1).lower() in _SPAN_LABEL_PLURALS
    ):
        # "in grades 3 through 8", "weeks 10 through 12": the last label of a span whose
        # first one its plural names, no count
        return True
    if (
        draft.kind == "count"
        and draft.value < 1000
        and text.startswith((" through ", " thru "), draft.end)
        and _THROUGH_SPAN_AFTER_RE.match(text, draft.end)
        and _word_before(text, draft.start) in _SPAN_LABEL_PLURALS
    ):
        return True  # the first label of the same span: "In weeks 10 through 12, 4,500"
    if (
        draft.kind == "count"
        and tok.value <= 12
        and draft.end_token.value <= 12
        and (
            text[max(0, tok.start - 6) : tok.start].lower() in ("force ", "force\u00a0")
            or _BEAUFORT_AFTER_RE.match(text, draft.end_token.end) is not None
        )
    ):
        # "Beaufort force 4", "a Force 6 wind", "winds of 7 Beaufort", "up to 9 on the
        # Beaufort scale": a level of the wind scale, as "Category 4" is a storm's, not a count
        # (coastguard and NGO rescue copy, ds2-maritime)
        return True
    if (
        draft.kind == "count"
        and (
            _CHROME_WORD_AFTER_RE.match(text, draft.end)
            or text.endswith(_CHROME_BEFORE, 0, draft.start)
        )
        and _CHROME_LINE_RE.fullmatch(
            text, text.rfind("\n", 0, draft.start) + 1, _line_end(text, draft.end, len(text))
        )
    ):
        # "Comments (3) | 1.2k views | 4 min read": a web page's counters, copied with the
        # story (scraped pages, session 17); "the video had 1.2 million views" is a sentence
        return True
    if (
        draft.kind == "count"
        and not tok.in_words
        and draft.value < 100
        and draft.start == tok.start
        and end_tok is tok
        and _CALL_SIGN_BEFORE_RE.search(text, max(0, tok.start - 6), tok.start)
        and _CHANNEL_AFTER_RE.match(text, tok.end)
    ):
        return True  # "By Ana Lopez | KXAN 36 News", "(Photo: NBC 5)": a station's channel
    if (
        draft.kind == "count"
        and _LISTICLE_AFTER_RE.match(text, draft.end)
        and _RELATED_LINE_RE.match(text, text.rfind("\n", 0, draft.start) + 1)
    ):
        return True  # "Read more: 5 things to know about the asylum rule": a link's title
    if (
        (ls := text.rfind("\n", 0, draft.start) + 1) >= 0
        and text[ls : ls + 1] in "SGJUB \t"
        and _line_end(text, draft.end, len(text)) - ls <= 200
        and _SUBSCRIBE_LINE_RE.match(text, ls)
    ):
        # "Subscribe for $1 a week for the first 6 months. Cancel anytime.": the page's
        # own price and schedule, copied with the story (ds2-scraped)
        return True
    if (
        draft.kind == "duration"
        and text.startswith((" ago", "\u00a0ago"), draft.end)
        and (bar := text.rfind("|", text.rfind("\n", 0, draft.start) + 1, draft.start)) >= 0
        and _PAGE_STAMP_RE.fullmatch(text, bar + 1, _line_end(text, draft.end, len(text)))
    ):
        # "Nov. 20, 2026 at 5:02 a.m. CST | Updated 2 hours ago": a page's stamp set after
        # its date on one line, the part after the bar (regional papers' pages, ds2-scraped)
        return True
    if (
        end_tok is not tok
        and draft.kind == "count"
        and text[tok.end : end_tok.start] in ("-", "–")
        and draft.start == tok.start
        and _word_before(text, tok.start) in _SPAN_LABEL_PLURALS
    ):
        return True  # "In weeks 10-12,", "On days 3-4,", "pages 12-14": labels' span
    if (
        end_tok is not tok
        and draft.kind == "count"
        and tok.text[:1] == "0"
        and text[tok.end : end_tok.start] == "-"
        and _AREA_CODE_PHONE_RE.fullmatch(tok.text + "-" + end_tok.text)
    ):
        # "contact the control room at 091-9212345": an area code with its leading zero
        # and a subscriber number (South Asian press releases), no range of counts
        return True
    if (
        end_tok is not tok
        and end_tok.in_words
        and not tok.in_words
        and end_tok.text[:1].isupper()
        and end_tok.start == tok.end + 1
        and text[tok.end] == "-"
    ):
        return True  # "a 7-Eleven franchise": digits hyphened to a capitalised number word
    if (
        draft.kind == "duration"
        and text[draft.start : draft.start + 1].isupper()
        and text.startswith(_PLAN_NAMES, draft.end)
        and "-" in text[draft.start : draft.end]
    ):
        return True  # "the 14th Five-Year Plan": a plan's name (Xinhua copy, session 7)
    if (
        draft.kind == "duration"
        and draft.unit == "year"
        and text[draft.end : draft.end + 1] == "-"
        and len(tok.text) == 4
        and tok.text[:2] in ("19", "20")
        and tok.text.isdigit()
        and text[tok.end : tok.end + 1] == " "
        and text.startswith(("-end", "-to-date", "-ender"), draft.end)
    ):
        return True  # "the 2021 year-end chart": a year (Billboard Boxscore copy, session 8)
    if (
        tok.in_words
        and draft.kind == "count"
        and end_tok is tok
        and (
            text[tok.end : tok.end + 4].lower() == " by "
            and text[tok.end + 4 : tok.end + 4 + len(tok.text)].lower() == tok.text.lower()
            or text[tok.start - 4 : tok.start].lower() == " by "
            and text[tok.start - 4 - len(tok.text) : tok.start - 4].lower() == tok.text.lower()
        )
    ):
        return True  # "filed in two by two" (the novel "Two by Two"): an idiom (session 8)
    if (
        draft.kind == "count"
        and draft.end == tok.end
        and not (tok.in_words or tok.grouped or tok.has_decimal or tok.scale != 1)
        and " list" in text[draft.end : draft.end + 32].lower()
        and _LIST_NAME_AFTER_RE.match(text, draft.end)
        and _LIST_NAME_BEFORE_RE.search(text, max(0, tok.start - 20), tok.start)
    ):
        # "the World's 50 Best Restaurants list", "the BBC 100 Women list", "the Time 100
        # list", "Forbes 30 Under 30 list": a list named with its number (session 8)
        return True
    if (
        draft.kind == "count"
        and draft.end == tok.end
        and "Bn" in text[draft.end : draft.end + 8]
        and not (tok.in_words or tok.grouped or tok.has_decimal or tok.scale != 1)
        and _BATTALION_AFTER_RE.match(text, draft.end)
    ):
        # "Commander of 8 APBn", "14 APBn": a battalion's number before its abbreviation
        # (Bangladeshi copy on the Rohingya camps, ds2-disaster)
        return True
    if draft.kind == "count" and text.endswith("Live+", 0, draft.start):
        return True  # Nielsen's "Live+7", "Live+3": a measurement's name (session 8)
    if (
        draft.kind == "count"
        and draft.end == tok.end
        and text.startswith((" certificate", "-certificate"), draft.end)
        and tok.value <= 21
    ):
        return True  # "an 18 certificate", "a 12A certificate": a film's age rating (session 8)
    if (
        tok.text in ("4K", "8K")
        and draft.kind == "count"
        and draft.end == tok.end
        and not (
            (nw := _NEXT_WORD_RE.match(text, draft.end)) is not None
            and nw.group(1)
            and _is_plural_noun(nw.group(1).lower())
        )
    ):
        return True  # "streams in 4K", "an 8K master": a resolution ("4K fans" count)
    if (
        tok.in_words
        and draft.kind == "count"
        and 4 <= tok.value <= 12
        and text.startswith(" figures", draft.end)
        and _FIGURES_IDIOM_BEFORE_RE.search(text, max(0, draft.start - 12), draft.start)
    ):
        return True  # "went for seven figures", "into six figures": a sum's size (session 8)
    if (
        tok.in_words
        and draft.kind == "count"
        and end_tok is tok
        and draft.end == tok.end
        and text[tok.end : tok.end + 2] in ("'s", "’s")
        and tok.text[:1].isupper()
    ):
        return True  # "Seventeen's 10th mini album": a name with its possessive (session 8)
    if (
        draft.kind == "count"
        and not tok.in_words
        and (
            "-" in text[draft.start : draft.end]
            or text[draft.end : draft.end + 1] == "-"
            or text[draft.start - 1 : draft.start] == "-"
        )
        and _is_chart_move(text, draft.start, draft.end)
    ):
        return True  # "dips 3-6 on Radio Songs", "rockets 31-7": last week's place, then this
    if (
        tok.start > 3
        and text[tok.start - 1] == "-"
        and text[tok.start - 2].isdigit()
        and _MODEL_BEFORE_HYPHEN_RE.search(text, max(0, tok.start - 20), tok.start)
    ):
        return True  # "an Airbus A330-200", "a B737-800": a model's variant (session 8)
    if (
        draft.kind == "money"
        and draft.currency is not None
        and text[draft.start : draft.start + 1].isalpha()
        and text[tok.start - 1 : tok.start].isalpha()
        and _FLIGHT_BEFORE_RE.search(text, max(0, draft.start - 10), draft.start)
    ):
        return True  # "flight QR7431": a flight's code, no Qatari riyals (session 8)
    if (
        draft.kind == "money"
        and draft.unit == "SDG"
        and text.startswith("SDG", draft.start)
        and tok.value <= 17
        and tok.scale == 1
        and not (tok.has_decimal or tok.grouped)
    ):
        return True  # "SDG 4", "SDG 13": a Sustainable Development Goal, no Sudanese pounds
    if (
        tok.text[:1] == "0"
        and len(tok.text) >= 4
        and tok.text.isdigit()
        and draft.kind == "count"
        and end_tok is tok
    ):
        # "item 021300", "code 0712345": a code padded with zeros, never a count (budget
        # copy, session 7; "02 accused" in police copy is short and stays a count)
        return True
    if _token_is_label(text, tok) or (
        draft.end_token is not tok and _token_is_label(text, draft.end_token)
    ):
        return True
    if (
        text[tok.end : tok.end + 1] == ","
        and text[tok.start - 2 : tok.start] == ", "
        and draft.end_token is tok
        and draft.kind == "count"
        and tok.value <= 110
        and not (tok.grouped or tok.has_decimal or tok.in_words or tok.scale != 1)
        and _AGE_TITLE_AFTER_RE.match(text, tok.end)
        and _AGE_PERSON_TITLE_BEFORE_RE.search(text, max(0, tok.start - 24), tok.start)
    ):
        # "Grandmother, 81, Rescued From Flooded Home", "Man, 45, Held Over Stabbing": an
        # age between commas in a title-case headline, a capital after it (session 8)
        return True
    if (
        tok.value <= 12
        and draft.end_token is tok
        and text.endswith(("News at ", "NEWS AT ", "News At "), 0, tok.start)
        and not (tok.grouped or tok.has_decimal)
    ):
        return True  # "the News at Ten", "BBC News at Six": a bulletin's name (session 8)
    if (
        tok.start >= 2
        and text[tok.start - 1] == ":"
        and text[tok.start - 2] in " \u00a0"
        and len(tok.text) == 2
        and tok.text.isdigit()
        and text[tok.end : tok.end + 1] in ("", "\n")
    ):
        return True  # "FLOODS (VO) :25": a script slug's running time (session 8)
    if (
        draft.kind == "count"
        and tok.value < 1000
        and (
            "Photo" in (head := text[max(0, tok.start - 24) : tok.start])
            or "Image" in head
            or "Slide" in head
            or "Picture" in head
        )
        and (
            _GALLERY_TOTAL_BEFORE_RE.search(text, max(0, tok.start - 24), tok.start)
            or (
                text.startswith(" of ", tok.end)
                and _GALLERY_WORD_BEFORE_RE.search(text, max(0, tok.start - 10), tok.start)
            )
        )
    ):
        return True  # "Slide 4 of 18:", "Image 7 of 18": a gallery's counter (session 8)
    if text[tok.end : tok.end + 1] in ("\ufe0f", "\u20e3"):
        return True  # "1\ufe0f\u20e3 12,000 displaced": a keycap emoji numbering a post's points
    if (
        draft.start >= 5
        and text[draft.start - 2 : draft.start] in (": ", ":\u00a0")
        and (tok.has_decimal or text[draft.end : draft.end + 1] == "°")
        and _COORDINATE_LABEL_BEFORE_RE.search(text, max(0, draft.start - 14), draft.start)
    ):
        return True  # "Latitude: 33.60", "Longitude: 14.24": a position (session 7, NGO logs)
    if (
        draft.kind == "measure"
        and draft.unit == "foot"
        and text[draft.end : draft.end + 11].lower() in (" equivalent", "-equivalent")
    ):
        return True  # "twenty-foot equivalent units (TEUs)": the name of the unit counted
    if (
        tok.text in ("1", "2", "3")
        and _LEAGUE_BEFORE_RE.search(text, max(0, draft.start - 12), draft.start)
        and not (
            (nw := _NEXT_WORD_RE.match(text, draft.end)) is not None
            and nw.group(1)
            and _is_plural_noun(nw.group(1).lower())
        )
    ):
        # a league or a tier named by its number: "the Ligue 1 side", "the Bundesliga 2
        # club", "the WSL 2" (football copy, session 7); "won the League 3 times" counts
        return True
    if (
        draft.kind == "count"
        and tok.value in (4, 8, 16, 32, 64)
        and not (tok.grouped or tok.has_decimal)
        and (
            text.endswith(("round of ", "Round of "), 0, draft.start)
            or (
                text.endswith("last ", 0, draft.start)
                and _LAST_ROUND_BEFORE_RE.search(text, max(0, draft.start - 24), draft.start)
                and not (
                    (nw := _NEXT_WORD_RE.match(text, draft.end))
                    and nw.group(1).isalpha()
                    and nw.group(1) not in _METRE_NEXT_OK
                )
            )
        )
    ):
        # a knockout round named by the sides left: "in the round of 16", "reached the last
        # 16 for the first time" (football and tennis copy, session 7; "the last 16 years"
        # and "the last four hostages" count)
        return True
    if (
        text[draft.end : draft.end + 2] == ". "
        and text[draft.end + 2 : draft.end + 3].isupper()
        and draft.kind == "count"
        and tok.text.isdigit()
        and int(tok.text) <= 30
        and _in_ranked_list(text, draft.start, draft.end, int(tok.text))
    ):
        return True  # "Standings: 1. Moreau 288 pts, 2. Lindqvist 251": places (session 7)
    if (
        tok.text in ("1B", "2B", "3B")
        and draft.kind == "count"
        and text[draft.end : draft.end + 1] == " "
        and text[draft.end + 1 : draft.end + 2].isupper()
    ):
        return True  # "Mets 3B Luis Ortega": a baseball position before a name (session 7)
    if (
        tok.in_words
        and tok.text.lower() == "nine"
        and (hn := _HALF_NINE_BEFORE_RE.search(text, max(0, draft.start - 16), draft.start))
        and (hn.group(1) is not None or _HALF_NINE_AFTER_RE.match(text, tok.end))
    ):
        return True  # golf: "four birdies on the back nine", "home in 31 on his second nine"
    if (
        draft.kind == "count"
        and text.startswith(" in the ", draft.end)
        and not (tok.in_words or tok.has_decimal or tok.grouped or tok.scale != 1)
        and (
            _RANKINGS_AFTER_RE.match(text, draft.end + 8)
            or (
                text.startswith("world", draft.end + 8)
                and _RANKED_BEFORE_RE.search(text, max(0, draft.start - 12), draft.start)
            )
        )
    ):
        return True  # "climbed to 38 in the world rankings", "ranked 52 in the world": a rank
    score = draft.kind == "count" and draft.end_token is tok and _is_score_side(text, tok)
    # Each chain pattern needs a hyphen right next to the figure: tested first, in Python.
    if not score and (
        (text[draft.end : draft.end + 1] == "-" and _CHAIN_AFTER_RE.match(text, draft.end))
        or (
            draft.start
            and text[draft.start - 1] == "-"
            and _CHAIN_BEFORE_RE.search(text, max(0, draft.start - 2), draft.start)
        )
    ):
        if draft.kind == "count" and not tok.in_words:
            return True  # digit groups chained by hyphens: 051-111-222-333
    if (
        draft.kind == "percent"
        and draft.bound == "exact"
        and draft.value >= 80
        and text[draft.end + 1 : draft.end + 2] in ("C", "U", "P", "c", "u", "p")
        and _CONFIDENCE_AFTER_RE.match(text, draft.end)
    ):
        return True  # a confidence level: "(95% CI 0.9-1.5 million)", "with 90% certainty"
    if (
        draft.kind == "count"
        and text[draft.end : draft.end + 1] == " "
        and text[draft.end + 1 : draft.end + 2] in ("M", "D")
        and _MODEL_AFTER_RE.match(text, draft.end)
    ):
        return True  # an aircraft model: "the 737 MAX", "a 787 Dreamliner"
    if (
        draft.kind == "count"
        and draft.end == tok.end
        and tok.value < 100
        and tok.text.isdigit()
        and tok.start >= 3
        and text[tok.start - 1] == " "
        and text[tok.start - 2].isalpha()
        and "he " in text[max(0, tok.start - 26) : tok.start]
        and _THE_NAME_BEFORE_RE.search(text, max(0, tok.start - 26), tok.start)
        and (
            _NEXT_NAMED_AFTER_RE.match(text, draft.end)
            or (
                " and the " in text[max(0, tok.start - 30) : tok.start]
                and _PLURAL_VERB_AFTER_RE.match(text, draft.end)
            )
        )
    ):
        # names listed with their numbers: "the Sea-Watch 5 and the Humanity 1 were
        # detained", "the Louise 7, the Sea Eye 4 and ..." (rescue NGO copy, devset2
        # europe): a count would have its noun after it, not "and the" or a plural verb
        return True
    if text.endswith(("MAX ", "MAX\u00a0"), 0, tok.start) and _MAX_VARIANT_BEFORE_RE.search(
        text, max(0, tok.start - 6), tok.start
    ):
        return True  # the variant of a 737 MAX: "a Boeing 737 MAX 8" (real aviation copy)
    if (
        draft.kind == "count"
        and draft.end == tok.end
        and tok.value < 10000
        and not (tok.grouped or tok.has_decimal or tok.in_words or tok.scale != 1)
        and text[draft.end : draft.end + 1] == " "
        and tok.start >= 3
        and text[tok.start - 1] == " "
        and text[tok.start - 2].isalpha()
        and (
            (
                tok.value < 1000
                and text[draft.end + 1 : draft.end + 2] in _MODEL_SUFFIX_FIRST
                and (sfx := _MODEL_SUFFIX_AFTER_RE.match(text, draft.end))
                and (
                    _MODEL_NAME_BEFORE_RE.search(text, max(0, tok.start - 24), tok.start)
                    # the brand left out: "the stainless steel 14 Pro.", "its 15 Pro Max
                    # variant" (a count goes on to its noun: "5 Pro Bowls")
                    or _MODEL_SUFFIX_TAIL_RE.match(text, sfx.end())
                )
            )
            # a part's name, its number and a singular noun no count of two or more
            # takes: "an Adreno 750 GPU", "the Exynos 2400 chipset", "One UI 6 interface"
            or (
                tok.value >= 2
                and text[draft.end + 1 : draft.end + 2] in _PART_NOUN_FIRST
                and _PART_NOUN_AFTER_RE.match(text, draft.end)
                and _MODEL_NAME_BEFORE_RE.search(text, max(0, tok.start - 24), tok.start)
            )
            or (
                tok.value < 1000
                and "he " in text[max(0, tok.start - 26) : tok.start]
                and _MODEL_VERB_AFTER_RE.match(text, draft.end)
                and _THE_NAME_BEFORE_RE.search(text, max(0, tok.start - 26), tok.start)
            )
            # a name opening the sentence, then a singular verb no count of two or more
            # takes: "Merdeka 118 is a 118-storey tower" (real construction copy)
            or (
                2 <= tok.value < 1000
                and _SINGULAR_VERB_AFTER_RE.match(text, draft.end)
                and _OPENING_NAME_BEFORE_RE.search(text, max(0, tok.start - 26), tok.start)
            )
        )
    ):
        # a product's model number: "the Nimbus 7 Pro", "The Zephyr 9 has a 5,200mAh
        # battery" (real phone-launch copy: "the Note 6 is expected", "Honor Magic 6 Pro")
        return True
    if (
        draft.kind == "count"
        and draft.end == tok.end
        and 2 <= tok.value <= 12
        and not (tok.grouped or tok.has_decimal or tok.in_words or tok.scale != 1)
        and text[tok.start - 1 : tok.start] == " "
        and text[tok.start - 2 : tok.start - 1].isalpha()
        and _sequel_title_after(text, draft.end, tok.start)
        and _TITLE_WORD_BEFORE_RE.search(text, max(0, tok.start - 20), tok.start)
        # "Arsenal 3 Chelsea 2: Saka scores twice": the second side of a score line
        and not _SCORE_SIDE_BEFORE_RE.search(text, max(0, tok.start - 40), tok.start)
    ):
        # a film's or a game's sequel number after its title: "Paper Moon 2 took in $9
        # million", "Meg 2: The Trench", "Iron Man 3 ($409m)", "Inside Out 2's opening",
        # '"GTA 5"' (weekend box-office reports and Steam copy, session 8)
        return True
    if (
        draft.kind == "count"
        and draft.end == tok.end
        and tok.value < 100
        and not (tok.grouped or tok.has_decimal or tok.in_words or tok.scale != 1)
        and tok.start >= 8
        and text[tok.start - 1] == " "
        and (
            (
                "-" in text[tok.start - 12 : tok.start]
                and (hn := _HYPHEN_NAME_BEFORE_RE.search(text, max(0, tok.start - 30), tok.start))
                and hn.group(1) not in _NOT_HYPHEN_NAMES
            )
            or (
                text[tok.start - 2 : tok.start - 1].isalpha()
                and (
                    _VESSEL_NAME_BEFORE_RE.search(text, max(0, tok.start - 50), tok.start)
                    or _named_number_elsewhere(text, tok.start, tok.end)
                    or (
                        text.startswith(", ", draft.end)
                        and _OPERATOR_AFTER_RE.match(text, draft.end)
                        and _CAP_WORD_BEFORE_NUMBER_RE.search(
                            text, max(0, tok.start - 30), tok.start
                        )
                    )
                )
            )
        )
        and not (
            (nw := _NEXT_WORD_RE.match(text, draft.end).group(1))
            and _is_plural_noun(nw)
            and nw.lower() not in _CLAUSE_WORDS
        )
    ):
        # a vessel's or a product's name and its number: two capitalised halves ("the
        # Sea-Watch 5 was detained", "on board the Sea-Eye 4": session 7, rescue NGO copy)
        # or after a vessel's noun ("its rescue ship, Humanity 1, was held": devset2
        # western); a count goes on to its noun ("Al-Shabaab 12 fighters")
        return True
    if (
        draft.kind == "count"
        and text.startswith(" block of ", draft.end)
        and not (tok.grouped or tok.has_decimal or tok.in_words)
        and text[draft.end + 10 : draft.end + 11].isupper()
        and text.endswith(("the ", "The "), 0, draft.start)
    ):
        return True  # a US street address: "in the 2300 block of Oak Avenue"
    before = text[max(0, tok.start - 40) : tok.start]
    if "light" in before[-14:] and _FLIGHT_CODE_BEFORE_RE.search(before):
        return True  # an airline's code and a flight's number: "boarded flight BG 147"
    if (
        before.endswith(("Dublin ", "Dublin\u00a0"))
        and draft.kind == "count"
        and not (tok.grouped or tok.has_decimal or tok.in_words)
        and 1 <= tok.value <= 24
        and not (
            (nw := _NEXT_WORD_RE.match(text, draft.end).group(1))
            and _is_plural_noun(nw)
            and nw.lower() not in _CLAUSE_WORDS
        )
    ):
        # a Dublin postal district: "a former office block in Dublin 15", "from Dublin 7
        # to Co Meath"; a count goes on to its noun ("In Dublin 12 men were arrested";
        # the Irish press, ds2-ireland)
        return True
    if (
        _label_word_before(before, lex)
        and not (
            # "This morning in this section 10 foreigners illegally crossed the border": a
            # determiner makes a lower-case keyword a noun of its own, the number no label
            # of it (Polish Border Guard copy, session 19)
            before[-2:-1].islower()
            and _DETERMINER_KEYWORD_END_RE.search(before, max(0, len(before) - 24))
        )
        and not (
            # "the Rio Grande Valley Sector apprehended 1,148 people, the Tucson Sector 2,206":
            # an area's gapped count, grouped in thousands as no area's number is (US border
            # copy by Border Patrol sector, ds2-cbp)
            tok.grouped and draft.kind == "count" and before.endswith(_AREA_COUNT_BEFORE_ENDS)
        )
        and not (
            # "finished the stage 19 minutes down": a level's name takes no unit after it
            draft.kind in ("duration", "measure") and before.endswith(("stage ", "Stage "))
        )
        and not (
            # "across the Channel 60 at a time", "In the Channel 40 people were rescued":
            # the English Channel, then a count; a TV channel's number is small and bare
            # ("the Channel 4 documentary"; UK small-boat copy, devset2 europe)
            before.endswith(("the Channel ", "the Channel\u00a0"))
            and (
                draft.kind != "count"
                or tok.grouped
                or tok.value > 20
                or _CHANNEL_COUNT_AFTER_RE.match(text, draft.end) is not None
            )
        )
    ):
        return True
    if (
        draft.kind == "count"
        and draft.value <= 60
        and text.startswith(" of ", draft.end)
        and before.endswith(_STAGE_WORD_ENDS)
        and not (" " + before.rstrip(" \u00a0").rsplit(None, 1)[0])
        .lower()
        .endswith((" a", " the", " one", " every", " each", " per", " that", " this"))
    ):
        return True  # "in year two of a five-year plan", "on day three of the trial": labels
    if (
        draft.kind == "count"
        and draft.end == tok.end
        and not (tok.grouped or tok.has_decimal or tok.in_words)
        and before[-2:-1].isalpha()
        and _COUNT_NAME_BEFORE_RE.search(before)
        and (mn := _MODEL_NUMBER_NOUN_RE.match(text, tok.start - 1))
        and _is_plural_noun(mn.group(1))
        and mn.group(1) not in _UNIT_NOUNS
    ):
        return True  # "14 Leopard 2 tanks": a count, then a model's name and its number
    if before.endswith(("\u00a7 ", "\u00a7\u00a0", "\u00a7", "\u00b6 ", "\u00b6")):
        return True  # a paragraph's number: "Article 44 § 2", "Rule 36 § 4 (a)"
    if (
        draft.kind == "count"
        and draft.end == tok.end
        and tok.value <= 120
        and not (tok.grouped or tok.has_decimal)
        and before.endswith(("was ", "were ", "turned ", "is ", "are ", "turns ", "turn "))
        and (
            (_WHEN_AGE_BEFORE_RE.search(before) and _AGE_END_RE.match(text, tok.end))
            # "he was 18 when he first crossed": the age, then the event
            or (_PERSON_WAS_BEFORE_RE.search(before) and text.startswith(" when ", tok.end))
        )
    ):
        return True  # an age: "his father died when he was seven", "when Amira was 15;"
    if (
        draft.kind == "count"
        and draft.end == tok.end
        and tok.value <= 120
        and not (tok.grouped or tok.has_decimal)
        and before.endswith((" of ", " of\u00a0"))
        and _PERSON_OF_AGE_BEFORE_RE.search(before, max(0, len(before) - 30))
        and not (
            (nw := _NEXT_WORD_RE.match(text, draft.end).group(1))
            and _is_plural_noun(nw)
            and nw.lower() not in _CLAUSE_WORDS
        )
    ):
        return True  # an age: "For a child of eight, ...", "a woman of 60 who fled"
    if (
        before.endswith(("camps ", "camps\u00a0", "weeks ", "weeks\u00a0"))
        and tok.value < (1000 if before[-3] == "p" else 54)
        and not tok.grouped
        and _LABEL_LIST_AFTER_RE.match(text, tok.end)
    ):
        # "spread to the adjoining camps 10 and 12": camps by number; "cases rose in
        # weeks 12 to 15", "in epi weeks 27 and 38": reporting weeks by number (a year has
        # 53 at most; WHO and health-ministry outbreak copy, ds2-health)
        return True
    if (
        draft.kind == "count"
        and draft.start
        and text[draft.start - 1] == "("
        and text.startswith(")", draft.end)
        and (
            text.startswith("(", draft.end + 1)
            # "Section 34(3)", "article 19(2)": a sub-section glued to its section number
            or (draft.start > 1 and text[draft.start - 2].isdigit() and tok.value < 100)
            or _SUBSECTION_BEFORE_RE.search(text, max(0, draft.start - 60), draft.start - 1)
        )
    ):
        return True  # a statute's sub-section: "(2)(c)", "sub-sections (1), (2) and (3)"
    if (
        draft.kind == "count"
        and draft.start > 1
        and text[draft.start - 1] == "("
        and text[draft.start - 2].isalpha()
        and text.startswith(")", draft.end)
        and tok.value < 10
        and not (tok.grouped or tok.has_decimal or tok.in_words)
    ):
        return True  # a footnote mark glued to a word: "Adjusted EBITDA(1) rose 4%"
    if (
        draft.kind == "count"
        and tok.value <= 30
        and not (tok.grouped or tok.has_decimal or tok.in_words)
        and text.startswith(") ", draft.end)
        and draft.start == tok.start
        and _ENUMERATOR_BEFORE_RE.search(text, max(0, draft.start - 8), draft.start)
        and _ENUMERATED_AFTER_RE.match(text, draft.end + 2)
    ):
        return True  # a run-in list's item mark: "who (1) have been ...; (2) have", "2) the"
    if tok.start >= 4 and text.endswith(_LEADER_ENDINGS, max(0, tok.start - 9), tok.start):
        return True  # a page number after a dot leader: "Overview ...... 3"
    if (
        draft.kind == "count"
        and before.endswith(("top ", "Top ", "top\u00a0"))
        and not before[-5:-4].isalpha()
        # "Dengue cases top 9,000", "Arrivals Top 10,000": a plural subject makes "top" a
        # verb of passing (headline copy, session 8)
        and not (
            (pw := before[:-4].rstrip().rsplit(None, 1)[-1:])
            and pw[0].isalpha()
            and _is_plural_noun(pw[0])
            and pw[0].lower() not in _CLAUSE_WORDS
        )
        # "claimed arrivals would top 50,000 by December", "is set to top 1 million": a
        # modal or "to" makes it the verb too (UK political copy, devset2 stats)
        and not (pw and pw[0] in _MODALS_BEFORE_TOP)
    ):
        return True  # a rank's cut-off: "among the top 10 hosts", "the top five donors"
    if (
        draft.kind in ("count", "measure")
        and draft.start == tok.start
        and (
            (before.endswith(("per ", "per\u00a0")) and not before[-5:-4].isalpha())
            or before.endswith(" for every ")
        )
        # "1.17 fatalities per 100 million vehicle miles" (session 5, road-safety copy)
        and draft.value in (100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9)
    ):
        # a rate's base, a power of ten: "12 per 100,000 people", "3.2 per 1,000 live
        # births", "41 homicides for every 100,000 residents" ("1 latrine per 95 people"
        # gives the 95: it is the ratio, not its base)
        return True
    if (
        draft.kind == "money"
        and not draft.qualifier
        and draft.value in (1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9)
        and text.endswith(("per ", "per\u00a0", " for every "), 0, draft.start)
    ):
        # a rate's base in money: "37 refugees per $1 million of GDP", "a fee of $4 per
        # $100 sent" (explainers and remittance copy, session 8)
        return True
    if (
        draft.kind == "count"
        and not tok.in_words
        and tok.scale == 1
        and before.endswith(_LIST_ENDINGS)
        and _LABEL_LIST_BEFORE_RE.search(before)
    ):
        return True  # the later labels of a list: "sections 25 and 26", "Articles 14, 15 and 16"
    if (
        draft.kind == "count"
        and draft.end == tok.end
        and not tok.in_words
        and tok.scale == 1  # "2.4 Million Flee Floods": a title-case headline's figure
        and (tok.start == 0 or text[tok.start - 1] in "\n \t")
        and _LINE_NUMBER_RE.match(text, tok.start)
        and _opens_line(text, tok.start)
    ):
        return True  # a numbered paragraph or heading: "1. The investigation", "3.1 In the year"
    # (a number with a scale word is no phone number: "an app that lets refugees update
    # their records from a phone has passed 2 million registered users", ds2-general)
    if draft.kind == "count" and not tok.in_words and tok.scale == 1:
        m = _PHONE_HINTED.search(before)
        if m is None and "numbers" in text[max(0, tok.start - 120) : tok.start]:
            # a list of numbers after "phone numbers": "-- 1070 for the State ..., and 1077"
            m = _PHONE_HINTED.search(text[max(0, tok.start - 120) : tok.start])
        # "phone data and 450 messages": an "and" with no digit before it ends the phone
        # phrase, so the number is a count of something else ("call 999 and 112" stays).
        if (
            m
            and not (" and " in m.group() and not any(c.isdigit() for c in m.group()))
            # "Residents reached by telephone said 14 people had been killed": a reporting
            # verb after the phone word starts what was said (crisis wire copy, session 10)
            and not _SAID_AFTER_PHONE_RE.search(m.group())
            # "The helpline received 9,000 calls": a count grouped by thousands, or with a
            # plural noun after it, is no phone number (devset2 europe probes)
            and not (
                "," in tok.text
                or (
                    (nw := _NEXT_WORD_RE.match(text, draft.end)) is not None
                    and _is_plural_noun(nw.group(1))
                )
                # "a WhatsApp group of 212 Haitian workers": a count after "of", its noun
                # after a modifier (features, devset2 feature)
                or (
                    text.endswith(" of ", max(0, tok.start - 4), tok.start)
                    and nw is not None
                    and (nw2 := _NEXT_WORD_RE.match(text, nw.end())) is not None
                    and _is_plural_noun(nw2.group(1))
                )
            )
        ):
            return True
    if (
        draft.kind == "count"
        and not tok.in_words
        and tok.scale == 1
        and tok.text.isdigit()
        and 3 <= len(tok.text) <= 8
        and text.endswith((" on ", " or "), 0, tok.start)
        and _REPORTED_ON_PHONE_RE.search(text, max(0, tok.start - 120), tok.start)
    ):
        # "Violations can be reported on 911 in the Makkah, Riyadh and Eastern regions and
        # on 999 or 996 in the rest of the Kingdom": the numbers to call (the Saudi interior
        # ministry's weekly item, ds2-gulf)
        return True
    if (
        draft.kind == "count"
        and not tok.in_words
        and tok.start >= 4
        and text[tok.start - 1] in " \u00a0"
        and text[tok.start - 2].isdigit()
        and _LEADING_ZERO_GROUP_BEFORE_RE.search(text, max(0, tok.start - 7), tok.start)
    ):
        # "Crimestoppers anonymously on 0800 555 111", "call 0300 123 1212": the groups after
        # a leading-zero dialling code are a phone number, however they parse (no count is
        # written with a leading zero; police appeals and charity helplines, ds2-police)
        return True
    if (
        draft.kind == "count"
        and text.startswith((" or ", " to "), draft.end)
        and (tw := _TWO_END_TIMES_RE.match(text, draft.end))
        and lex["multiplier_re"].match(text, tw.end())
    ):
        return True  # "four or five times the mass of Jupiter": a multiplier's first end
    if (
        draft.kind == "count"
        and tok.scale == 1000
        and tok.text[-1] == "K"
        and tok.mantissa in _RESOLUTION_KS
        and _RESOLUTION_AFTER_RE.match(text, draft.end)
    ):
        return True  # "4K video", "an 8K TV": a resolution's name, not 4,000
    if draft.kind == "count" and text.startswith((" times", " Times"), draft.end):
        if lex["multiplier_re"].match(text, draft.end):
            return True  # a multiplier: "nearly three times its capacity", "3 times as many"
        if (tok.has_decimal and tok.scale == 1) or not float(draft.value).is_integer():
            # "1.5 times those of 2019": a fraction of a time is a multiplier; "arrest people
            # 10.5 million times each year" counts times (session 7, Vera arrest copy)
            return True
        if before.endswith(_TIMES_CHANGE_ENDS) and (
            _UP_RE.search(before) or _DOWN_RE.search(before)
        ):
            return True  # "grew by nearly four times": a change's multiplier, not a frequency
    if tok.in_words and tok.text.lower() == "one" and _unnamed_speaker(text, tok, lex):
        return True
    if (
        tok.text == "one"
        and lex["one_source_re"].match(text, tok.end)
        and _ONE_SOURCE_BEFORE_RE.search(text, max(0, tok.start - 14), tok.start)
    ):
        return True  # "according to one estimate", "by one count": a source, not a count
    if tok.text == "One" and _ACRONYM_BEFORE_RE.search(text, max(0, tok.start - 8), tok.start):
        return True  # a name after an acronym: "the CBP One app", "BBC One", "UNHCR One"
    if (
        tok.text in _CAPITAL_NUMBER_NAMES
        and not (text[tok.end : tok.end + 1] == " " and text[tok.end + 1 : tok.end + 2].isupper())
        and (
            _ACRONYM_BEFORE_RE.search(text, max(0, tok.start - 8), tok.start)
            or text.startswith(("'s ", "’s "), tok.end)
            or _NAME_OF_BEFORE_RE.search(text, max(0, tok.start - 16), tok.start)
        )
    ):
        # a name ending in a capitalised number, not followed by a capital as a title-case
        # headline goes on: "on BBC Two last night", "BBC Three's drama", "the Group of
        # Seven (G7)", "a Gang of Four" (TV and diplomatic copy, session 7)
        return True
    if (
        tok.text == "One"
        and text[tok.end : tok.end + 1] == " "
        and text[tok.end + 1 : tok.end + 2].islower()
        and _NAME_BEFORE_ONE_RE.search(text, max(0, tok.start - 16), tok.start)
        # "Nearly One in Three Pupils": a rate after a title-case qualifier (session 8)
        and draft.end_token is tok
    ):
        # a name ending in "One", then a lower-case verb: "the Hualong One needs 20 MWe",
        # "Air Force One landed" (a title-case headline's "Kills One In" goes on in capitals)
        return True
    prev = text[tok.start - 1] if tok.start > 0 else " "
    nxt = text[draft.end] if draft.end < len(text) else " "
    if tok.text[0] == "." and draft.kind == "count" and tok.scale == 1:
        return True  # a bare point number is a calibre or a name: "a .22 rifle", ".NET 8"
    if draft.currency is None and (prev.isalpha() or prev in "#№"):
        return True
    if (
        draft.currency is None
        and prev == "."
        and tok.start >= 2
        and text[tok.start - 2].isalnum()
        and draft.start == tok.start  # "c.41,000": circa, glued (its qualifier)
    ):
        return True  # "v.2", "3.2.1", a sentence's last word glued to a number
    if nxt.isalpha() and draft.kind == "count" and not tok.in_words:
        return True
    if (
        (
            nxt in "/\\"
            and text[draft.end : draft.end + 2] != "/-"
            # "rains above 200mm/24h", "50 mm/day": a measure over a time, still a figure
            and not (draft.kind == "measure" and _PER_TIME_AFTER_RE.match(text, draft.end))
            # "$29.45/oz", "7,840 USD/MT": a price per unit
            and not (draft.kind == "money" and _PER_UNIT_SLASH_RE.match(text, draft.end))
            # "441 kW/600 hp": the same quantity in a second unit after the slash
            # ("25 kWh/100 km" is a rate per 100 km, left alone)
            and not (
                draft.kind == "measure"
                and text[draft.end + 1 : draft.end + 2].isdigit()
                and not text.startswith("100", draft.end + 1)
            )
            # "12/100,000", "0.6/10,000/day": a rate over its base
            and not (nxt == "/" and _RATE_BASE_AFTER_SLASH_RE.match(text, draft.end + 1))
        )
        or (
            nxt == "-"
            and draft.end + 1 < len(text)
            and text[draft.end + 1].isalpha()
            and draft.kind == "count"
            and not score
        )
    ):
        # "2,000-strong", "9/11"; "a 15-day deadline" is a duration and was taken above.
        # ("Rs 5,000/-", whole rupees, is no slash.)
        if nxt != "-" or not re.match(r"-(?:strong|plus|odd)\b", text[draft.end : draft.end + 8]):
            return True
    if (
        prev == "-"
        and tok.start >= 2
        and text[tok.start - 2].isalnum()
        and draft.kind == "count"
        and not score
    ):
        return True
    # Years: a bare four-digit number from 1800 to 2100 with nothing that makes it a count.
    if (
        _is_year(tok)
        and draft.kind == "count"
        and draft.currency is None
        # "A total of 1919 Afghans left": a total is a count, whatever follows it (Radio
        # Pakistan return copy, session 9)
        and not text.endswith(("total of ", "total of\u00a0"), max(0, draft.start - 9), draft.start)
        and not _counted_group_after_of(text, draft)
    ):
        nxt_word = _COUNT_WORD_AFTER_RE.match(text, draft.end)
        counted_plural = (
            nxt_word
            and (nxt_word.group(1).endswith("s") or _is_plural_noun(nxt_word.group(1)))
            and nxt_word.group(1) not in _CLAUSE_WORDS
            and nxt_word.group(1) not in _YEAR_NOUNS
        )
        if not (
            counted_plural
            and (
                draft.qualifier
                or _YEAR_AS_COUNT_BEFORE_RE.search(text, max(0, draft.start - 16), draft.start)
                # "with 1925 families, totalling 11350 individuals", "said 2015 families
                # crossed": a group of people after "with" or a reporting verb (Afghan
                # agency return copy, session 19); "compared with 2022 arrivals" stays a year
                or (
                    nxt_word.group(1) in _YEAR_COUNT_PEOPLE
                    and _YEAR_PEOPLE_LEAD_RE.search(text, max(0, draft.start - 12), draft.start)
                )
            )
        ):
            # "Some 2000 people", "displaced 1800 families": South Asian copy writes counts
            # without a comma; "the 2019 floods", "in 2000 people voted" stay years
            return True
    if (
        draft.kind == "count"
        and len(tok.text) == 4
        and _YEAR_HI < tok.value <= 2500
        and not (tok.grouped or tok.has_decimal or tok.in_words or draft.qualifier)
        and draft.currency is None
        and _FAR_YEAR_BEFORE_RE.search(text, max(0, draft.start - 8), draft.start)
        and not _CLOCK_BY_CHANGE_RE.search(text, max(0, draft.start - 16), draft.start)
        and not (
            (nw := _WORD_AFTER_NUMBER_RE.match(text, draft.end))
            and (nw.group(1).endswith("s") or _is_plural_noun(nw.group(1)))
        )
    ):
        # "Up to 1.5 metres of sea-level rise is possible by 2150", "by 2300": a year of a
        # projection past the years counted above (climate copy, ds2-climate)
        return True
    if (
        draft.kind == "count"
        and draft.currency is None
        and not tok.in_words
        and tok.scale == 1
        and not tok.has_decimal
        and (
            (text[draft.end : draft.end + 1] == " " and _ERA_AFTER_RE.match(text, draft.end))
            or text.endswith(("AD ", "A.D. "), 0, draft.start)
        )
    ):
        return True  # a year of an era: "around 3500 BC", "from 1200 BCE", "AD 79"
    if (
        draft.kind == "count"
        and draft.currency is None
        and not tok.grouped
        and not tok.has_decimal
        and tok.scale == 1
        and len(tok.text) == 4
        and 1000 <= tok.value < _YEAR_LO
        and _OLD_YEAR_BEFORE_RE.search(text, max(0, draft.start - 8), draft.start)
        and not _counted_group_after_of(text, draft)
        and not (
            (nw := _COUNT_WORD_AFTER_RE.match(text, draft.end))
            and (
                # "441 were men and 1242 were children": a plural verb agrees with a
                # count, never with a year (Radio Pakistan return copy, session 9)
                nw.group(1) in ("were", "are", "have")
                or (
                    nw.group(1) not in _CLAUSE_WORDS
                    and (nw.group(1).endswith("s") or _is_plural_noun(nw.group(1)))
                )
            )
        )
    ):
        # a year before 1800 after "in", "since", "from"...: "sank in 1545 with 500 men",
        # "since 1066" (history copy); "in 1500 homes" keeps its count before a plural
        return True
    if (
        draft.kind == "count"
        and draft.currency is None
        and not tok.grouped
        and not tok.has_decimal
        and len(tok.text) == 4
        and 1000 <= tok.value < _YEAR_LO
        and text.endswith(("the ", "The ", "its ", "'s ", "’s "), 0, draft.start)
        and _OLD_LAW_AFTER_RE.match(text, draft.end)
    ):
        # the year in a law's or treaty's name: "the 1798 Alien Enemies Act", "the 1648
        # Peace of Westphalia Treaty" (US immigration copy, devset2 americas)
        return True
    if (
        draft.kind == "count"
        and draft.bound == "range"
        and draft.currency is None
        and (et := draft.end_token) is not tok
        and 1000 <= tok.value < _YEAR_LO
        and tok.value < et.value <= _YEAR_HI
        and len(tok.text) == len(et.text) == 4
        and not (tok.grouped or et.grouped or tok.has_decimal or et.has_decimal)
        and text.startswith(("from ", "between "), draft.start)
        and not (
            (nw := _WORD_AFTER_RE.match(text, draft.end))
            and nw.group(1) not in _CLAUSE_WORDS
            and (nw.group(1).endswith("s") or _is_plural_noun(nw.group(1)))
        )
    ):
        # a span of years that opens before 1800, as those after it are: "species described
        # from 1758 to 1767" (biodiversity and history copy, session 8)
        return True
    if draft.kind == "count" and draft.currency is None and _solar_hijri_date(text, tok):
        # a Solar Hijri date or year (Iranian and Afghan copy): "since 1 Tir 1404", "Tir 15,
        # 1404", "the 1401 headcount" (Iran's returns of Afghans, ds2-iran)
        return True
    if _age_context(text, draft):
        return True
    if (
        tok.in_words
        and tok.text in _ENUMERATOR_BEFORE
        and draft.start == tok.start
        and draft.end == tok.end
        and text.startswith((", ", ",\u00a0"), tok.end)
        and _opens_sentence(text, tok.start)
        and (
            (
                prev := text.rfind(
                    _ENUMERATOR_BEFORE[tok.text] + ", ", max(0, tok.start - 600), tok.start
                )
            )
            >= 0
        )
        and _opens_sentence(text, prev)
    ):
        # "said three things. One, Labor had promised 235,000 ... Two, by January we were
        # already looking at 300,000. Three, ...": a spoken list's marks (a columnist's
        # fact-check of a senator's tweet, session 8)
        return True
    if tok.in_words:
        # "one" alone is a pronoun more often than a count: keep it only with a qualifier,
        # a scale word, or a counted noun right after it ("Phase one" is a label, above).
        if (
            tok.text.lower() == "one"
            and not draft.qualifier
            and draft.kind == "count"
            # "Kent were 63 for one": a total's wickets, as "134 for four" is (cricket copy)
            and not (
                text.endswith(" for ", 0, draft.start)
                and text[draft.start - 6 : draft.start - 5].isdigit()
            )
        ):
            m = re.match(r"[ \u00a0]([a-z]+)", text[draft.end : draft.end + 20])
            if (
                (not m or m.group(1) in _CLAUSE_WORDS or m.group(1) in _NOT_COUNT_AFTER_ONE)
                # "a standard of one for every 20": a ratio's count, its noun said before
                # (session 10, UN sitrep copy)
                and not text.startswith((" for every ", " for each "), draft.end)
                and not _one_of_a_count(text, draft.start, draft.end)
                # "Three men were arrested, two for affray and one for assault": the last
                # item of a breakdown whose items are counts before a preposition (police
                # and protest copy, ds2-crowds)
                and not (
                    m is not None
                    and m.group(1) in _ONE_ITEM_PREPOSITIONS
                    and _ONE_LAST_ITEM_BEFORE_RE.search(
                        text, max(0, draft.start - 120), draft.start
                    )
                )
                # "Of the 27 countries, only one, Hungary, voted against": "only" makes it
                # a count, its noun said before ("the only one" stays a pronoun; wire
                # copy, session 17)
                and not (
                    text.endswith(("only ", "Only ", "just ", "Just "), 0, draft.start)
                    and not text.endswith(("the only ", "the just "), 0, draft.start)
                    and text[draft.end : draft.end + 1] in (",", ";")
                )
            ):
                return True
            if (
                m is not None
                and (m.group(1).endswith(("s", "ed")) or m.group(1) in _VERBS_AFTER_ONE)
                and _ONE_PRONOUN_BEFORE_RE.search(text, max(0, draft.start - 30), draft.start)
            ):
                # "the cheapest one sold", "the red one weighs": a pronoun before its verb
                # ("a further one child died" keeps its count)
                return True
            if text.endswith(("from ", "From "), 0, draft.start) and _ONE_TO_ANOTHER_RE.match(
                text, draft.end
            ):
                # "varies from one country to another", "from one crisis to the next": an
                # idiom of variety or succession that counts nothing (explainers, session 8)
                return True
    return False


#: The prepositions a breakdown's items open with: "seven for affray", "four in Leeds".
_ONE_ITEM_PREPOSITIONS = frozenset("for on in with from at to by as".split())
#: A breakdown's earlier item, a count and its preposition after a comma, then the join
#: before a closing "one": ", two on suspicion of affray and ", ", four in Leeds, ".
_ONE_LAST_ITEM_BEFORE_RE = re.compile(
    r",[ \u00a0](?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,]*)[ \u00a0]"
    r"(?:for|on|in|with|from|at|to|by|as)[ \u00a0][^.;:!?]{1,80}?(?:,[ \u00a0]|,?[ \u00a0]and[ \u00a0])$"
)
#: "one of them", "one of whom": one of a group just counted.
_OF_THEM_AFTER_RE = re.compile(r"[ \u00a0]of[ \u00a0](?:them|whom|those|these)\b")
#: A count earlier in the sentence: digits, or a number word from two up.
_GROUP_COUNT_IN_SENTENCE_RE = re.compile(
    # (no year: "In 2023 the brothers fled; one of them ...")
    r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty"
    r"|forty|fifty|hundred|thousand)\b",
    re.IGNORECASE,
)


def _one_of_a_count(text: str, start: int, end: int) -> bool:
    """ "We sent 11 to Jalalabad, and one of them did not survive", "12 boats, one of them
    carrying 40 people": "one of them" after a count in its sentence is one of that group,
    a count (medical charities' and health agencies' copy, ds2-health); "he is one of them"
    is a pronoun."""
    if not _OF_THEM_AFTER_RE.match(text, end):
        return False
    lo = max(0, start - 200)
    cut = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    return any(
        # (an age counts no group: "Fifty-year-old Firdaws is one of those recently
        # deported", Afghan agency copy, session 18)
        not _AGE_HYPHEN_AFTER_RE.match(text, g.end())
        for g in _GROUP_COUNT_IN_SENTENCE_RE.finditer(text, cut + 1 if cut >= 0 else lo, start)
    )


#: The rest of a number and its age suffix: "0-year-old" after the "5" of "50-year-old",
#: "-year-old" after "Fifty".
_AGE_HYPHEN_AFTER_RE = re.compile(r"\d*-years?-old\b|\d*[ \u00a0]years?[ \u00a0]old\b")


#: A verb right before a year-like number that makes it a count ("displaced 1800 families").
_ERA_AFTER_RE = re.compile(r" (?:BCE?|CE|AD|B\.C\.(?:E\.)?|A\.D\.|C\.E\.)(?![A-Za-z])")
#: What opens a count of a group written without a comma: "Out of 1195 Afghan citizens",
#: "393 families, consisting of 1493 Afghan nationals" (Pakistani agency copy, session 10).
_GROUP_COUNT_BEFORE_RE = re.compile(
    r"\b(?:[Oo]ut[ \u00a0]of|consisting[ \u00a0]of|comprising|made[ \u00a0]up[ \u00a0]of)[ \u00a0]$"
)
#: A people's adjective, then the people: "Afghan nationals", "Syrian refugees".
_DEMONYM_PEOPLE_AFTER_RE = re.compile(r"[ \u00a0](?:[A-Z][a-z]+[ \u00a0])?([a-z]+)\b")


def _counted_group_after_of(text: str, draft: _Draft) -> bool:
    """A four-digit number after "out of" or "consisting of", then a group of people
    ("Out of 1195 Afghan citizens"): a count written without a comma, not a year."""
    if not _GROUP_COUNT_BEFORE_RE.search(text, max(0, draft.start - 16), draft.start):
        return False
    m = _DEMONYM_PEOPLE_AFTER_RE.match(text, draft.end)
    return m is not None and (
        m.group(1) in _PEOPLE_NOUNS
        or m.group(1) in ("families", "households", "children", "women", "men")
    )


_OLD_YEAR_BEFORE_RE = re.compile(
    r"\b(?:in|In|since|Since|from|From|until|till|by|of|to|and|after|before|c\.|year)[ \u00a0]$"
)
# The Solar Hijri calendar of Iranian and Afghan copy (IRNA, Tasnim, TOLOnews, Khaama): its
# months, the Iranian names and the Afghan (Dari) ones, and its years, 1300 to 1499 ("1 Tir
# 1404", "Tir 15, 1404", "since 12 Hamal 1403", "the 1401 headcount", "the 1403 Iranian year").
_SH_MONTHS = (
    r"(?:Farvardin|Ordibehesht|Khordad|Tir|Mordad|Amordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman"
    r"|Esfand|Hamal|Sawr|Saur|Jawza|Saratan|Asad|Sunbula|Mizan|Aqrab|Qaws|Jadi|Dalw|Hoot|Hut)"
)
_SH_YEAR = r"1[34]\d\d(?!\d|[,.]\d)"
# a year after its month, with the day or without: "Shahrivar 1404", "Tir 15, 1404"
_SH_MONTH_BEFORE_YEAR_RE = re.compile(rf"\b{_SH_MONTHS}[ \u00a0](?:\d{{1,2}},[ \u00a0])?$")
# a year named as one: "the 1403 Iranian year", "the 1401 headcount", "the Iranian year 1403"
_SH_YEAR_AFTER_RE = re.compile(
    r"[ \u00a0](?:Iranian year|Persian year|[Ss]olar year|Solar Hijri|Hijri|SH\b|headcount|census)"
)
_SH_YEAR_BEFORE_RE = re.compile(r"(?:Iranian|Persian|[Ss]olar|Hijri) year[ \u00a0]$")
# a day before its month and year, "12 Hamal 1403", or after its month, "Saratan 5, 1403"
_SH_DAY_BEFORE_RE = re.compile(rf"[ \u00a0]{_SH_MONTHS}[ \u00a0]{_SH_YEAR}")
_SH_DAY_AFTER_MONTH_RE = re.compile(rf"\b{_SH_MONTHS}[ \u00a0]$")
_SH_YEAR_AFTER_DAY_RE = re.compile(rf",[ \u00a0]{_SH_YEAR}")


def _solar_hijri_date(text: str, tok: NumberToken) -> bool:
    """A day or a year of the Solar Hijri calendar, written with its month or named a year."""
    if tok.grouped or tok.has_decimal or tok.in_words or tok.scale != 1:
        return False
    s, e = tok.start, tok.end
    if len(tok.text) == 4 and 1300 <= tok.value < 1500:
        return bool(
            _SH_MONTH_BEFORE_YEAR_RE.search(text, max(0, s - 16), s)
            or _SH_YEAR_AFTER_RE.match(text, e)
            or _SH_YEAR_BEFORE_RE.search(text, max(0, s - 14), s)
        )
    if len(tok.text) <= 2 and 1 <= tok.value <= 31:
        return bool(
            _SH_DAY_BEFORE_RE.match(text, e)
            or (
                _SH_DAY_AFTER_MONTH_RE.search(text, max(0, s - 14), s)
                and _SH_YEAR_AFTER_DAY_RE.match(text, e)
            )
        )
    return False


_WORD_AFTER_RE = re.compile(r"[ \u00a0]{0,2}([a-z]+)")
#: The word after a year-like number, past a word that only says which or how many more:
#: "and 1153 other migrants are without ID cards" (Afghan agency copy, session 19).
_COUNT_WORD_AFTER_RE = re.compile(
    r"[ \u00a0]{0,2}(?:(?:other|more|additional|further|new)[ \u00a0])?([a-z]+)"
)
#: Groups of people a bare year-like number counts after "with" or a reporting verb.
_YEAR_COUNT_PEOPLE = frozenset(
    "families households people persons individuals refugees migrants returnees deportees "
    "children women men".split()
)
_YEAR_PEOPLE_LEAD_RE = re.compile(r"\b(?:with|said|says|comprising|including)[ \u00a0]$")
_YEAR_AS_COUNT_BEFORE_RE = re.compile(
    r"\b(?:[a-z]+ed|were|are|had|has|have|left|fled|lost|sent|took|met|hit|saw"
    # a winning margin: "won by just 1912 votes", "got 1884 votes" (not "by 2030 emissions
    # should fall", a year)
    r"|(?:won|lost|beat|led|[a-z]+ed)[ \u00a0]+by(?:[ \u00a0]+(?:just|only|barely))?|won|got|beat)"
    r"[ \u00a0]+$"
)
#: Plural nouns a year modifies ("2019 figures", "the 2022 floods" after "recorded", "a 24
#: percent increase over 2017 levels").
_YEAR_NOUNS = frozenset(
    "figures levels prices rates elections floods polls games olympics census data numbers "
    "results accounts budgets estimates records statistics rules standards models totals highs "
    "lows peaks averages".split()
)
# A determiner and an adjective before "one": "the cheapest one", "the red one", "a new one"
_ONE_PRONOUN_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Ee]ach|[Ee]very|[Aa]ny)[ \u00a0](?:most[ \u00a0])?"
    r"(?!only\b|last\b|first\b|single\b|extra\b|additional\b)[a-z]{2,14}[ \u00a0]$"
)
_VERBS_AFTER_ONE = frozenset("sold got came went made ran took won cost can will did had".split())
_PLURAL_NAME_BEFORE_BRACKET_RE = re.compile(r"\b([A-Z][a-z]{2,}(?:s|ese))[ \u00a0]\($")
#: What a count of points counts ("said three things. One, Labor had promised 235,000"):
#: no noun for the figures the points go on to give.
_LIST_HEADS = frozenset("things points reasons ways questions lessons takeaways facts".split())
#: A spoken list's mark and the mark that comes before it: "One, ... Two, ... Three, ...".
_ENUMERATOR_BEFORE = {
    "Two": "One", "Three": "Two", "Four": "Three", "Five": "Four", "Six": "Five",
}  # fmt: skip


def _opens_sentence(text: str, at: int) -> bool:
    """Does ``at`` open a sentence or a line (after ". ", "? ", "! ", ": " or a newline)?"""
    j = at
    while j > 0 and text[j - 1] in " \u00a0":
        j -= 1
    return j == 0 or text[j - 1] in ".?!:\n"


_ONE_TO_ANOTHER_RE = re.compile(
    r"(?:[ \u00a0][a-z]+){1,2}[ \u00a0](?:to|after)[ \u00a0](?:another|the[ \u00a0]next|the[ \u00a0]other)\b"
)


_NOT_COUNT_AFTER_ONE = frozenset(
    "another more way thing point side hand time day night morning evening week month year of "
    "such who which that would could should might must can will".split()
)

# ---------------------------------------------------------------------------------------
# What is counted

_CLAUSE_WORDS = frozenset(
    """a an the this that these those their its his her our your my of in on at to from for with by
    since during across into onto over under about around between among after before while as than
    per via through within without towards toward against amid despite until till and or but nor so
    yet if because although though whereas whether when where who whom whose which what why how
    is are was were be been being has have had having do does did will would shall should can could
    may might must not no also only just still already now then there here mostly mainly largely
    each every all some any more most many much few several other another such including alone
    respectively together according said says told say claimed alleged up down out off away back
    above below behind ahead beyond near along beside inside outside upon throughout worldwide
    globally nationally nationwide
    a-day last next this week month year today yesterday tonight it they he she we you i them
    us him me overnight late early earlier later due owing following
    rather never always vs versus
    throughout upon themselves itself himself herself ourselves yourselves
    don't didn't doesn't won't can't couldn't wouldn't isn't aren't wasn't weren't
    haven't hasn't hadn't don’t didn’t doesn’t won’t can’t couldn’t wouldn’t isn’t
    aren’t wasn’t weren’t haven’t hasn’t hadn’t cannot shouldn't mustn't shouldn’t mustn’t
    """.split()  # "above 500,000 due to the violence"
    # "40% rather than", "the numbers never exceeded 12,000": adverbs, no counted noun; a
    # reflexive pronoun, a preposition and a negated verb end the noun phrase: "of whom
    # 70,000 find themselves in settlements", "the 610 registered throughout the year",
    # "40 million don't try" (real Haiti, Canary and Dhaka copy, session 7)
)
_IRREGULAR_PLURALS = frozenset(
    """people children women men persons police personnel staff cattle livestock sheep
    families deer fish aircraft offspring folk data media""".split()
)
# Verbs in -s that follow a singular noun ("the population needs aid") and would otherwise
# read as its plural head ("funding needs"); taken as verbs only when an object follows.
_S_VERBS = frozenset(
    """needs lacks faces remains depends relies receives wants requires suffers
    supports backs favours favors opposes earns owns""".split()
)
# A verb and its preposition after a singular noun: "GDP comes from", "the state accounts for"
_S_PREP_VERBS = frozenset("comes goes accounts stems flows arrives returns belongs".split())
# A headline's verb of a boat's arrival after the people it carries, before where it arrives:
# "Boat carrying 147 Rohingya lands in Aceh", "... 51 Rohingya reaches Sabang" (wire
# headlines on Rohingya boats, ds2-rohingya); an invariant plural ("Rohingya") lets it run on.
_ARRIVAL_S_VERBS = frozenset("lands arrives reaches docks".split())
_ARRIVAL_PLACE_AFTER_RE = re.compile(r"[ \u00a0](?:(?:in|on|at|off|near|ashore)\b|[A-Z])")
_PREP_AFTER_RE = re.compile(r"[ \u00a0](?:with|in|on|below|under|abroad|alone|outside|without)\b")
# After an acronym: a lower-case word, or a model's name with a number ("two US B-52
# bombers", "40 US M1 tanks"): the acronym modifies the noun, it is no pronoun "us"/"it"
_LOWER_WORD_AFTER_RE = re.compile(r" (?:[a-z]|[A-Z]{1,3}-?\d)")
# Plurals without -s that also stand before another noun as its modifier.
_MODIFIER_PLURALS = frozenset(
    "police staff personnel livestock cattle data media rights arms sales goods customs "
    "savings sports affairs services".split()
)  # "12 rights groups", "40 customs officials", "300 sports fans", "two home affairs vans"
_VERBISH = frozenset(
    """return returned returning cross crossed crossing flee fled fleeing face faced facing live lived
    remain remained need needed arrive arrived leave left hit die died lost lose make made take took
    get got go went come came stay stayed wait waited work worked receive received seek sought
    want wanted say said tell told fear feared risk risked move moved reach reached number numbered
    total totalled totaled stand stood account accounted held fled left lost got went came took gave
    found kept paid sent spent built met ran saw won fell rose grew brought bought became began
    were are was is have has had set seen given taken shown own owns possess possessed possesses
    lack lacked lacks hold holds chose choose chooses opted involved slept find finds
    living residing sleeping sheltering staying waiting working studying suffering receiving
    seeking travelling traveling arriving
    lacking needing awaiting possessing requiring
    sank sunk slid struck swam flew drove broke burst caught fought stole swept threw sold
    involve involves require requires belong belongs reside resides
    consist consists consisted comprise comprises represent represents
    attend attends attended attending enrolled depend depends suffer survive""".split()  # "86% of the population living in cities"
    # ("Of the 3.4 million pending cases, more than 1.5 million involve asylum claims":
    # the elided noun's verb, devset2 americas; "183,400 Ukrainian pupils, of whom 41,700
    # attend preparatory classes", ds2-ukraine)
    + list(
        _POLL_VERBS := frozenset(  # poll copy: "the top 1% own a third", "35% think prices"
            """think thinks believe believes agree agrees oppose opposes favour favours favor
            favors expect expects prefer prefers rely earn struggle
            backed opposed favoured favored preferred voted saying
            offer offers provide provides""".split()
            # ballot copy: "64% backed action", "40% voted Labour", "30% saying they"
        )
    )
)
#: Verbs that never modify a noun, so "120 involve claims" is a verb (devset2 americas).
#: After "work", a document's noun and the plural who hold it: "work permit holders".
_WORK_DOC_RE = re.compile(r" (?:permit|visa|pass|card|licence|license) ([A-Za-z]+)")
#: After "return", an abstract noun, then the plural it modifies: "11 return coordination
#: centers", "six return reception centres" (Turkish and Lebanese copy, ds2-syriareturns).
_RETURN_COMPOUND_RE = re.compile(r" [a-z]+(?:tion|sion|ment|ance|ence) ([a-z]+)")
#: After a modifier and "return", the plural it modifies: "mobile return units".
_RETURN_NOUN_NEXT_RE = re.compile(r" ([a-z]+)\b")
_RETURN_TIME_PLURALS = frozenset("days weeks months years hours decades".split())
#: One person's nouns, which a gerund after them does not join to a plural ("one man
#: crossing rivers").
_ONE_PERSON_NOUNS = frozenset("man woman child boy girl person migrant refugee baby".split())
#: What "people" modifies as a compound's first noun: "people smugglers", "people traffickers".
_PEOPLE_TRADE_NOUNS = frozenset("smugglers traffickers smuggler trafficker".split())
_NEVER_MODIFIER_VERBS = frozenset(
    "involve involves require requires belong belongs reside resides".split()
    # ("another estimated 800,000 hold ACCs": Pakistani copy on card holders, session 15;
    # not "own", which makes "two own goals")
    + "hold holds possess possesses lack lacks".split()
    # "with about 2 million lacking papers", "40 awaiting flights" (wire copy on Pakistan's
    # expulsions, session 19); not "holding", which makes "two holding centres"
    + "lacking needing awaiting possessing requiring".split()
)
_ADJ_SUFFIXES = (
    "ed",
    "al",
    "ic",
    "ous",
    "ive",
    "ful",
    "less",
    "able",
    "ible",
    "ary",
    "ing",
    "ese",
    "ian",
    "ish",
    "ern",
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]{0,40}")
# (with a hyphened partner or prefix: "the U.S.-Mexico border", "101 non-U.S. citizens",
# session 7, US smuggling copy)
_DOTTED_ABBR_RE = re.compile(r"(?:non-)?(?:[A-Z]\.){2,3}(?:-[A-Za-z][a-z]+)?(?=[ \u00a0][A-Za-z])")
#: A word, or an ampersand standing for "and" between words ("oil & gas companies": Indian
#: and business copy, session 7).
_WORD_OR_AMP_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]{0,40}|&(?=[ \u00a0][A-Za-z])")


# A count's modifier, then "and" and a second count with a modifier and the plural noun
# both share: " primary and 23 secondary schools", " male and 18 female officers".
_ELIDED_HEAD_AFTER_RE = re.compile(
    r"[ \u00a0](?P<adj>[A-Za-z]{3,14})[ \u00a0]and[ \u00a0](?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
    r"[ \u00a0][a-z]{3,14}[ \u00a0](?P<noun>[a-z]{3,16})\b"
)
_LIST_ITEM = r"\d[\d,]*[ \u00a0][a-z][a-z-]{1,20}"
_LIST_MODIFIER_RE = re.compile(
    rf"[ \u00a0](?P<mod>[a-z][a-z-]{{1,20}})(?:,(?:[ \u00a0]{_LIST_ITEM},){{0,4}}"
    rf"(?:[ \u00a0]{_LIST_ITEM})?,?)?[ \u00a0](?:and|or)[ \u00a0]{_LIST_ITEM}[ \u00a0]"
    r"(?P<noun>[a-z]{3,}s)\b"
)
_SHARED_NOUN_AFTER_RE = re.compile(
    # thousands grouped by spaces too (South African copy, session 7): "6 045 and 3 257
    # deportations"
    r"[ \u00a0](?:and|or)[ \u00a0]\d[\d,]*(?:[ \u00a0]\d{3}(?![\d,]))*[ \u00a0]"
    r"(?P<noun>[A-Za-z]{3,16})\b"
)
#: Who forecasts, as the subject of a reduced relative: "the 0.2% economists had predicted"
#: (attribution's forecasters, and who else expects a number).
_FORECASTER_NOUNS = _FORECASTERS | frozenset(
    "officials pollsters observers organisers organizers".split()
)
_EXPECTED_AFTER_RE = re.compile(
    r"[ \u00a0](?:(?:had|have|has)[ \u00a0])?(?:[a-z]+ly[ \u00a0])?(?:expected|forecast|forecasted"
    r"|predicted|anticipated|projected|estimated|feared|pencill?ed[ \u00a0]in)\b"
    # ("the 300 officials expected to attend": a passive, the officials are counted)
    r"(?![ \u00a0](?:to|by)\b)"
)
_LIST_COUNT = r"\d[\d,]*(?:[ \u00a0]\d{3}(?![\d,]))*"
#: The rest of a list of bare counts, then the noun they all count: ", 12,500 and 9,900
#: applications", ", 5,605, and 4,690 first-time applications".
_SHARED_LIST_NOUN_AFTER_RE = re.compile(
    rf"(?:,[ \u00a0]{_LIST_COUNT}){{0,5}},?[ \u00a0](?:and|or)[ \u00a0]{_LIST_COUNT}[ \u00a0]"
    r"(?:(?P<mod>[a-z][a-z-]{2,20})[ \u00a0])?(?P<noun>[a-z]{3,16})\b"
)
_MODIFIER_PAIR_NEXT_RE = re.compile(r"[ \u00a0]([a-z]{3,14})[ \u00a0]([a-z]{3,16})\b")


#: Levels of government that pair before one noun: "state and local law enforcement
#: agencies", "federal and state prisons" (US agency releases, ds2-govrelease).
_GOVERNMENT_LEVELS = frozenset(
    "federal state local county municipal provincial national regional district tribal".split()
)
_LEVEL_AND_BEFORE_RE = re.compile(r"([a-z]+)[ \u00a0]and$")


def _modifier_pair_next(window: str, at: int) -> bool:
    """After "and": a singular modifier, then a plural noun ("and university students"); or
    a level of government after another ("state and local law enforcement agencies")."""
    m = _MODIFIER_PAIR_NEXT_RE.match(window, at)
    if (
        m
        and m.group(1) in _GOVERNMENT_LEVELS
        and m.group(2) not in _CLAUSE_WORDS
        and (lv := _LEVEL_AND_BEFORE_RE.search(window, max(0, at - 24), at)) is not None
        and lv.group(1) in _GOVERNMENT_LEVELS
    ):
        return True
    return bool(
        m
        and m.group(1) not in _CLAUSE_WORDS
        and m.group(2) not in _CLAUSE_WORDS
        and not _is_plural_noun(m.group(1))
        and _is_plural_noun(m.group(2))
    )


_OUT_OF_INNER_RE = re.compile(r"\d[\d,.]*[ \u00a0]out[ \u00a0]of[ \u00a0]\d[\d,.]*")


def _fill_out_of_bracket_heads(text: str, rows: list[dict]) -> None:
    """ "50% of all children exiting Ethiopia (760 out of 1,500)": the bracket's two counts,
    with no noun of their own, count what the share before it counts (IOM DTM copy,
    session 13)."""
    for k, r in enumerate(rows):
        if r["kind"] != "count" or r["head"] or not k:
            continue
        bo = text.rfind("(", max(0, r["start"] - 20), r["start"])
        bc = text.find(")", r["end"], r["end"] + 20)
        if bo < 0 or bc < 0 or not _OUT_OF_INNER_RE.fullmatch(text, bo + 1, bc):
            continue
        for j in range(k - 1, -1, -1):
            if rows[j]["end"] <= bo:
                if rows[j]["kind"] == "percent" and rows[j]["head"] and bo - 60 <= rows[j]["end"]:
                    r["head"], r["counted"] = rows[j]["head"], rows[j]["counted"]
                break


#: Between two shares of one survey, each the subject of its own reporting verb: "one in
#: three respondents said they had been kidnapped, and 58 percent said ...".
_PAIRED_SHARE_GAP_RE = re.compile(
    r"[ \u00a0](?:said|say|reported|told)[^.;:()\d]{1,90}?(?:,[ \u00a0]and|[ \u00a0]and"
    r"|,[ \u00a0]while|,[ \u00a0]whereas|;)[ \u00a0](?:(?:another|a[ \u00a0]further|only|just)"
    r"[ \u00a0])?$"
)
_SHARE_SPEAKS_AFTER_RE = re.compile(r"[ \u00a0](?:said|say|reported|told)\b")


#: A group opening its sentence, then its verb of share, right before a count with no noun:
#: "Vietnamese made up ", "Myanmar nationals accounted for ".
_GROUP_SHARE_VERB_RE = re.compile(
    r"(?:[A-Z][\w'’\-]+[ \u00a0])?[A-Z][\w'’\-]+(?:[ \u00a0][a-z]+)?[ \u00a0]"
    r"(?:made[ \u00a0]up|accounted[ \u00a0]for)[ \u00a0]"
)


def _fill_group_share_heads(text: str, rows: list[dict]) -> None:
    """ "... went missing fell to 3,870 ... Vietnamese made up 2,148, or 55.5 percent": a
    group that made up a bare count is part of the larger count just before, counted in its
    noun, as a ranking's items are (Kyodo and Yonhap copy on nationalities, ds2-eastasia; it
    took "people")."""
    for k, r in enumerate(rows):
        if r["kind"] != "count" or r["part_of"] is not None or r["bound"] == "range":
            continue
        start, end = r["start"], r["end"]
        if text[end : end + 1] not in (",", ".") or not text.endswith(" ", 0, start):
            continue
        head_at = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
        if start - head_at > 60 or not _GROUP_SHARE_VERB_RE.fullmatch(text, head_at, start):
            continue
        tot = _total_before(text, rows, k)
        if tot is None or (rows[tot]["value"] or 0) <= (r["value"] or 0):
            continue
        r["head"], r["counted"] = rows[tot]["head"], rows[tot]["counted"]
        r["part_of"] = tot
        w = rows[k + 1] if k + 1 < len(rows) else None
        if (
            w is not None
            and w["kind"] == "percent"
            and w["part_of"] is None
            and w["value"] is not None
            and _COUNT_OR_SHARE_RE.fullmatch(text, end, w["start"])
            and abs(100 * (r["value"] or 0) / rows[tot]["value"] - w["value"]) < 1
        ):
            # "..., or 55.5 percent": the share restating the group's count is of that
            # whole too (its ratio, within rounding)
            w["head"], w["counted"] = rows[tot]["head"], rows[tot]["counted"]
            w["part_of"] = tot


#: The first item after a ranking's leader: "..., followed by Eritreans (", "..., followed by
#: Colombians with ", "followed by the Afghans at ", "followed by Iraqi nationals with ".
_FOLLOWED_BY_ITEM_RE = re.compile(
    r"[^.;:()\d]{0,60}?,?[ \u00a0]followed[ \u00a0]by[ \u00a0](?:the[ \u00a0])?"
    r"[A-Z][\w'’\-]+(?:[ \u00a0][A-Z][\w'’\-]+)?(?:[ \u00a0](?:nationals|citizens))?"
    r"(?:[ \u00a0]\(|[ \u00a0](?:with|at|on)[ \u00a0])"
)
#: A later item of that list: "), Egyptians (", " and Ecuadorians with ".
_FOLLOWED_NEXT_ITEM_RE = re.compile(
    r"\)?,?[ \u00a0](?:and[ \u00a0])?(?:the[ \u00a0])?[A-Z][\w'’\-]+(?:[ \u00a0][A-Z][\w'’\-]+)?"
    # (a nationality's adjective before "nationals" or "citizens": "and Turkish nationals
    # with 9,115", ds2-germany)
    r"(?:[ \u00a0](?:nationals|citizens))?"
    r"(?:[ \u00a0]\(|[ \u00a0](?:with|at|on)[ \u00a0])"
)


def _fill_followed_by_heads(text: str, rows: list[dict]) -> None:
    """ "Bangladeshis were the largest group with 11,480 arrivals, followed by Eritreans
    (6,230), Egyptians (5,910) and Pakistanis (4,470)", "Venezuelans accounted for 2,210 of
    the October crossings, followed by Colombians with 640 and Ecuadorians with 385": each
    group after the leader is counted in the leader's noun (arrivals, crossings), not as the
    group (Xinhua and AP copy ranking nationalities, session 15: it took "eritreans")."""
    lead = None
    for k in range(1, len(rows)):
        r, p = rows[k], rows[k - 1]
        if r["kind"] != "count" or p["kind"] != "count" or r["sentence"] != p["sentence"]:
            lead = None
            continue
        if (
            lead is None
            and p["head"]
            and _is_plural_noun(p["head"])
            # (not a group itself: "Afghans were the largest group, at 4,320, followed by
            # Eritreans (3,910)" ranks people by group, each item its own)
            and (p["counted"] or "A").rsplit(None, 1)[-1][:1].islower()
        ):
            if _FOLLOWED_BY_ITEM_RE.fullmatch(text, p["end"], r["start"]):
                lead = p
        elif lead is not None and not _FOLLOWED_NEXT_ITEM_RE.fullmatch(text, p["end"], r["start"]):
            lead = None
        if lead is not None:
            r["head"], r["counted"] = lead["head"], lead["counted"]
            if r["part_of"] is None and lead["part_of"] is not None:
                # "Indonesians accounted for 47,108 of the total, followed by Vietnamese at
                # 38,765": each item is of the whole the leader is of (Focus Taiwan copy,
                # ds2-eastasia)
                r["part_of"] = lead["part_of"]


#: A bare count in brackets after a name: "France (78 000)", "Germany (70,000),".
_NAME_BRACKET_BEFORE_RE = re.compile(r"[A-Z][\w.'’-]*[ \u00a0]\($")
#: What a list of places with their counts in brackets received, after it: "both received
#: more applications than", "received the most asylum claims".
_BRACKETED_OBJECT_AFTER_RE = re.compile(
    r"[ \u00a0](?:(?:both|each|all|also|together)[ \u00a0])?(?:received|recorded|registered"
    r"|lodged|took[ \u00a0]in|hosted|processed|granted|issued)[ \u00a0]"
    r"(?:(?:the[ \u00a0])?(?:most|more|fewer|highest[ \u00a0]number[ \u00a0]of"
    r"|largest[ \u00a0]number[ \u00a0]of)[ \u00a0])?"
    r"(?P<np>(?:[a-z][a-z-]+[ \u00a0]){0,2}?(?P<n>[a-z]{3,}s))\b"
)
#: ... or the sentence's subject before it, lodged in the places: "Most claims were lodged
#: in Germany (70,000)".
_BRACKETED_SUBJECT_BEFORE_RE = re.compile(
    r"(?:(?:The[ \u00a0])?(?:Most|most)[ \u00a0]|The[ \u00a0]|)"
    r"(?P<np>(?:[A-Za-z][a-z-]+[ \u00a0]){0,2}?(?P<n>[A-Za-z][a-z]{2,}s))[ \u00a0]"
    r"(?:were|was|have[ \u00a0]been|had[ \u00a0]been)[ \u00a0](?:lodged|filed|registered"
    r"|recorded|made|submitted|received)[ \u00a0](?:in|by)[ \u00a0]"
)


def _fill_bracketed_place_heads(report: Report, rows: list[dict]) -> None:
    """ "France (78 000) and Spain (77 000) both received more applications than Germany
    (70 000)", "Most claims were lodged in Germany (70,000) and France (50,000)": a bare
    count in brackets after each place is counted in what the places received, named after
    the list or as the sentence's subject (EUAA figures as the European press wrote them,
    session 16: each took "people")."""
    text = report.text
    for r in rows:
        if (
            r["kind"] != "count"
            or r["head"] not in (None, "people")
            or not report.sentences
            or text[r["end"] : r["end"] + 1] != ")"
            or not _NAME_BRACKET_BEFORE_RE.search(text, max(0, r["start"] - 40), r["start"])
        ):
            continue
        sent = report.sentences[r["sentence"]]
        # the verb and its object after the first place of the list ("France (78 000) and
        # Spain (77 000) both received more applications than Germany (70 000)": all three)
        got = _BRACKETED_OBJECT_AFTER_RE.search(text, r["end"], sent.end)
        if got is None:
            got = next(
                (
                    m
                    for m in _BRACKETED_OBJECT_AFTER_RE.finditer(text, sent.start, r["start"])
                    if text.startswith(")", m.start() - 1)
                    or text.startswith(") and ", m.start() - 6)
                ),
                None,
            )
        if got is None and (subj := _BRACKETED_SUBJECT_BEFORE_RE.match(text, sent.start)):
            if subj.end() <= r["start"]:
                got = subj
        if got is not None and _is_plural_noun(got.group("n").lower()):
            r["head"], r["counted"] = got.group("n").lower(), got.group("np")


#: What joins two bounded counts that share the noun after the second: "At least 10 and as
#: many as 30 people", "More than 1,000 but fewer than 2,000 families".
_BOUND_PAIR_JOINS = frozenset((" and ", " but ", ", but ", " or "))


#: What a court's split decides: "a 6-3 decision", "the 5-4 ruling", "a 2-1 opinion".
_COURT_SPLIT_NOUN_RE = re.compile(r"[ \u00a0](?:decision|ruling|opinion|judgment|judgement)s?\b")
#: A bench of judges named after the split: "a 2-1 decision by the 9th U.S. Circuit".
_JUDGES_BENCH_RE = re.compile(
    r"Circuit|Court[ \u00a0]of[ \u00a0]Appeals?|[Aa]ppeals[ \u00a0]court|[Pp]anel|[Tt]ribunal"
)
#: A supreme or constitutional court, whose members are justices.
_JUSTICES_COURT_RE = re.compile(r"Supreme[ \u00a0]Court|[Jj]ustices?\b|High[ \u00a0]Court")


def _fill_court_split_heads(text: str, rows: list[dict]) -> None:
    """ "a 6-3 decision", "In a 2-1 decision, the 5th U.S. Circuit ...": the two sides of
    a court's split count its justices (a supreme court) or judges (an appeals panel), one
    side of one a single "justice" or "judge" (court copy, ds2-courts: the sides had no head,
    or "decision")."""
    for k in range(len(rows) - 1):
        r, n = rows[k], rows[k + 1]
        if (
            r["kind"] != "count"
            or n["kind"] != "count"
            or text[r["end"] : n["start"]] != "-"
            or not _COURT_SPLIT_NOUN_RE.match(text, n["end"])
        ):
            continue
        after = text[n["end"] : n["end"] + 80]
        if _JUDGES_BENCH_RE.search(after):
            noun = "judge"
        elif _JUSTICES_COURT_RE.search(text, max(0, r["start"] - 400), n["end"] + 80):
            noun = "justice"
        else:
            continue  # no court named near it: a vote or a score, not a bench's split
        for x in (r, n):
            x["head"] = x["counted"] = noun if x["value"] == 1 else noun + "s"


def _fill_bound_pair_heads(text: str, rows: list[dict]) -> None:
    """ "At least 10 and as many as 30 people died", "More than 1,000 but fewer than 2,000
    families were moved": a bounded count with no noun of its own, joined to a bounded count
    whose noun follows it, counts that noun (wire copy, session 16: the first had no head,
    or "people")."""
    for k in range(len(rows) - 1):
        r, n = rows[k], rows[k + 1]
        if (
            r["kind"] != "count"
            or n["kind"] != "count"
            or r["bound"] == "exact"
            or n["bound"] == "exact"
            or r["head"] not in (None, "people")
            or not n["head"]
            or r["sentence"] != n["sentence"]
            or text[r["end"] : n["start"]] not in _BOUND_PAIR_JOINS
            or not n["counted"]
            or not text.startswith(" " + n["counted"], n["end"])
        ):
            continue
        r["head"], r["counted"] = n["head"], n["counted"]


# A gap between two counts of the same kind: "Deaths outnumbered births by 41", "arrivals
# exceeded departures by 12,400" (demography and migration-statistics copy, ds2-demography):
# the count is of the subject's noun, not of "people".
_OUTNUMBER_BY_BEFORE_RE = re.compile(
    r"(?P<subj>[A-Za-z]+)[ \u00a0](?:outnumbered|outnumber|outnumbers|exceeded|exceed|exceeds"
    r"|outstripped|outstrip|outstrips|outpaced)[ \u00a0](?:the[ \u00a0]number[ \u00a0]of[ \u00a0])?"
    # (a place between: "Deaths outnumbered births in Neepawa by 41")
    r"[a-z]+(?:[ \u00a0](?:in|across)[ \u00a0][A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*)?)?"
    r"[ \u00a0]by[ \u00a0](?:(?:about|around|nearly|almost|over|more[ \u00a0]than|some"
    r"|roughly|just|only)[ \u00a0])?$"
)
_OUTNUMBER_NOT_SUBJECTS = frozenset(
    ("this", "these", "those", "they", "numbers", "figures", "totals")
)


def _fill_outnumbered_by_heads(text: str, rows: list[dict]) -> None:
    """ "Deaths outnumbered births by 41": the bare count after "by" counts the subject."""
    for r in rows:
        if r["kind"] != "count" or r["head"] not in (None, "people"):
            continue
        if text.startswith((" people", "\u00a0people", " persons"), r["end"]):
            continue
        m = _OUTNUMBER_BY_BEFORE_RE.search(text, max(0, r["start"] - 80), r["start"])
        if not m:
            continue
        subj = m.group("subj").lower()
        if subj in _OUTNUMBER_NOT_SUBJECTS or not _is_plural_noun(subj):
            continue
        r["head"] = r["counted"] = subj


def _fill_paired_share_speaker_heads(text: str, rows: list[dict]) -> None:
    """ "One in three respondents said they had been kidnapped, and 58 percent said they had
    been robbed": a share with no noun of its own that says something, after a share of
    the same sentence that said something else, counts what that share counts (survey
    copy from NGO releases, ds2-ngo)."""
    for k, r in enumerate(rows):
        if r["kind"] != "percent" or r["head"] or not k:
            continue
        p = rows[k - 1]
        if (
            p["kind"] != "percent"
            or not p["head"]
            or p["sentence"] != r["sentence"]
            or not _SHARE_SPEAKS_AFTER_RE.match(text, r["end"])
        ):
            continue
        # the earlier share's own words first: "of the women interviewed said"
        v = _SHARE_SPEAKS_AFTER_RE.search(text, p["end"], min(r["start"], p["end"] + 50))
        if (
            v is not None
            and not any(c in ".;:()" or c.isdigit() for c in text[p["end"] : v.start()])
            and _PAIRED_SHARE_GAP_RE.fullmatch(text, v.start(), r["start"])
        ):
            r["head"], r["counted"] = p["head"], p["counted"]


#: A poll's population, first named by a share of it: "58% of respondents", "41 per cent of
#: those polled"; the group a "those polled" names is people.
_POLL_POPULATION_RE = re.compile(
    r"(?:%|[ \u00a0]per[ \u00a0]cent|[ \u00a0]percent)[ \u00a0]of[ \u00a0](?:all[ \u00a0]|the[ \u00a0])?"
    r"(?P<n>respondents|voters|adults|(?:those|people)[ \u00a0](?:polled|surveyed|asked|questioned))\b"
)
#: A share that answers, right after it (a share in brackets between): "14% said", "Some 64%
#: backed", "Fewer than a third (31%) said they trusted", "one in four guessed".
_SHARE_ANSWERS_AFTER_RE = re.compile(
    r"(?:[ \u00a0]\([^()\d]{0,3}\d[\d.,]*(?:%|[ \u00a0]per[ \u00a0]cent)\))?[ \u00a0]"
    r"(?:(?:also|correctly|only|still|now)[ \u00a0])?"
    r"(?:said|say|says|thought|think|believed?|believes|backed|back|supported|support|opposed"
    r"|oppose|wanted|want|trusted|trust|agreed|agree|disagreed|disagree|favoured|favored"
    r"|preferred|prefer|felt|feel|expected|guessed|estimated)\b"
)
#: A poll's subgroup opening the sentence: "Among those who voted Reform UK at the last
#: election, 81% said".
_AMONG_VOTED_RE = re.compile(
    r"\b[Aa]mong[ \u00a0](?:those|people)[ \u00a0]who[ \u00a0](?:voted|vote|will[ \u00a0]vote)"
    r"\b[^.;:\d]{0,70},[ \u00a0](?:(?:some|about|around|nearly|almost|just|only)[ \u00a0])?$"
)


def _fill_poll_population_heads(text: str, rows: list[dict]) -> None:
    """ "The survey found that 58% of respondents thought ... Just 14% said correctly that it
    had fallen": a share with no noun of its own (or only the object of its verb: "52%
    supported sending asylum seekers") that answers, right after it, in a report that
    named the poll's population by a share of it before, is a share of that population
    ("respondents"); "Among those who voted X, 81% said" is of the voters (poll stories
    and pollsters' releases, ds2-sportpolls)."""
    first = _POLL_POPULATION_RE.search(text)
    if first is None:
        return
    for r in rows:
        if r["kind"] != "percent" or r["start"] < first.end():
            continue
        if not _SHARE_ANSWERS_AFTER_RE.match(text, r["end"]):
            continue
        if _AMONG_VOTED_RE.search(text, max(0, r["start"] - 110), r["start"]):
            r["head"], r["counted"] = "voters", "voters"
        else:
            n = first.group("n")
            r["head"] = r["counted"] = "people" if " " in n else n
        if (w := r["part_of"]) is not None and not pd.isna(w) and rows[int(w)]["head"] != r["head"]:
            r["part_of"] = None  # "the median respondent guessed 500,000, and one in four"
    for k, r in enumerate(rows):
        if (
            k
            and r["kind"] == "percent"
            and r["head"] is None
            and (p := rows[k - 1])["kind"] == "percent"
            and p["head"] is not None
            and p["end"] + 2 == r["start"]
            and text.startswith(" (", p["end"])
            and text.startswith(")", r["end"])
        ):
            # "Fewer than a third (31%) said": the bracketed share restates the one before
            r["head"], r["counted"] = p["head"], p["counted"]


def _plural_before_bracket(text: str, s_start: int, at: int) -> str | None:
    """The last plural common noun of the clause before a bracket at ``at`` (back to a
    comma, colon, semicolon, bracket or digit), if the words after it are a phrase that
    qualifies it (prepositions, places, participles), not a clause of its own."""
    lo = max(s_start, at - 70)
    seg = text[lo:at]
    cut = max(seg.rfind(c) for c in ",;:()")
    seg = seg[cut + 1 :]
    words = seg.split()
    if not words or (
        any(c.isdigit() for c in words[-1]) and not (words[-1].isdigit() and len(words[-1]) == 4)
    ):
        return None  # "45% (760)": a count in brackets after a number restates it
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if i == 0 and lo + cut + 1 == s_start and w[:1].isupper() and w[1:].islower():
            w = w.lower()  # "Arrivals by sea in 2023 (4,500)": the sentence's first word
        if w.islower() and w.isalpha() and _is_plural_noun(w) and w not in _CLAUSE_WORDS:
            rest = words[i + 1 :]
            if not rest and i and words[i - 1][:1].isupper():
                from .entities import _lexicon as _entity_lexicon
                from .entities import _norm

                if _norm(words[i - 1]) in _entity_lexicon().places and w not in _PEOPLE_NOUNS:
                    # "Peru follows (1,542,004)": a place, then its verb; not a place's
                    # people, "and Myanmar nationals (1,967)" (Bernama's depot lists,
                    # ds2-thailand)
                    return None
            if all(
                x[:1].isupper()
                or x.isdigit()
                or x in _BRACKET_PHRASE_WORDS
                or x.endswith("ed")
                # a preposition's one-word object: "Arrivals by sea in 2023 (4,500)"
                or (j and rest[j - 1] in _BRACKET_PHRASE_WORDS and x.isalpha())
                for j, x in enumerate(rest)
            ):
                return w
            return None
    return None


#: The capitalised word right before a count's bracket: "Filipinos (2,106)".
_WORD_BEFORE_BRACKET_RE = re.compile(r"\b([A-Z][a-z]+) $")
#: A people named right before a count between commas: "Venezuelans, more than 252,000,".
_PEOPLE_COMMA_BEFORE_RE = re.compile(
    r"\b([A-Z][a-z]+),[ \u00a0](?:(?:more|fewer|less)[ \u00a0]than|over|nearly|almost|about"
    r"|around|some|at[ \u00a0]least)?[ \u00a0]?$"
)

#: Words that may stand between a plural noun and a bracketed count of it.
_BRACKET_PHRASE_WORDS = frozenset(
    "from to in at of on by for via into across between and the".split()
)


def _is_plural_noun(w: str) -> bool:
    lw = w.lower()
    if lw in _IRREGULAR_PLURALS or (lw.endswith("is") and lw in _DEMONYMS_IN_IS):
        return True
    if len(w) == 3 and w[2] == "s" and w[:2].isupper() and w[:2].isalpha():
        return True  # a short acronym's plural: "41 MPs defy the whip", "12 GPs", "TDs"
    if lw.endswith(("children", "people", "women")) or (
        lw.endswith("men") and len(lw) > 5 and lw not in _SINGULAR_IN_MEN
    ):
        return True  # "four grandchildren", "two policemen", "six fishermen", "townspeople"
    return (
        len(lw) > 3
        and lw.endswith("s")
        and not lw.endswith(("ss", "us", "is", "ous", "'s", "’s"))
        and lw not in _CLAUSE_WORDS
        and lw not in _SINGULAR_IN_S
    )


# Nouns that end in -s but are singular (or uncountable) and so modify a head after them:
# "measles cases", "diabetes patients", "news outlets", "a series of".
_SINGULAR_IN_S = frozenset(
    """overseas measles mumps rabies diabetes herpes scabies rickets shingles tetanus news series
    species
    means politics economics physics athletics aerobics logistics statistics mathematics ethics
    gymnastics headquarters crossroads barracks
    corps""".split()
)  # ("1,900 standing corps officers", "press corps members": devset2 europe)


_DEMONYMS_IN_IS = frozenset(_read_lines("demonyms_in_is.txt"))
_SINGULAR_IN_MEN = frozenset("""specimen regimen abdomen acumen bitumen albumen foramen""".split())


def _first_word_at(window: str) -> int:
    """Where the first word of ``window`` starts (after spaces)."""
    return len(window) - len(window.lstrip(" \u00a0"))


#: A name's acronym in brackets, then a lower-case plural: "Visa (SIV) applications".
# (a lower-case modifier may stand before the noun: "(NADRA) mobile vans", session 8)
_ACRONYM_BRACKET_RE = re.compile(
    r"\([A-Z]{2,6}s?\)(?=[ \u00a0](?:[a-z]{2,}[ \u00a0])?[a-z]{2,}s\b)"
)


def _initials_spell(words: list[tuple[int, int, str]], bracket: str) -> bool:
    """Do the last words' initials spell the bracketed acronym after them ("liquefied
    petroleum gas (LPG)", "solar home system (SHS)")?"""
    letters = bracket[1:-1].rstrip("s")
    k = len(letters)
    return len(words) >= k and "".join(w[2][:1] for w in words[-k:]).upper() == letters


#: After an adjective: a comma, another adjective, then a plural ("big, white blisters").
_COMMA_ADJECTIVE_RE = re.compile(
    r",[ \u00a0]([a-z]{3,14})[ \u00a0]([a-z]{3,16})\b"
    # (not a speaker after the comma: "The wildfire is 35% contained, fire officials said";
    # wire copy on wildfires, session 16)
    r"(?![ \u00a0](?:said|say|says|told|reported|estimated|added)\b)"
)
#: After a count, "fall" as a verb of belonging: "31.0 million fall under UNHCR's mandate".
_FALL_UNDER_RE = re.compile(r"[ \u00a0](?:under|within|outside|into|short|below|between)\b")
_NOT_FIRST_NOUN = frozenset(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty above below short under ahead behind shy
    year-on-year year-over-year month-on-month month-over-month quarter-on-quarter
    quarter-over-quarter week-on-week day-on-day yoy y-o-y q-o-q m-o-m
    thereafter apiece onwards altogether both either neither""".split()
    # a participle opening a clause about the elided noun: "at least 212 pushbacks, including
    # 41 involving families with children", "19 carrying Syrians" (Polish NGO copy)
    + "involving concerning affecting targeting carrying containing regarding".split()
)
#: Words of a time that may stand right after a count: "1.11 million pre-war".
_ERA_WORDS = frozenset(
    """pre-war post-war prewar postwar pre-pandemic post-pandemic pre-crisis post-crisis
    pre-conflict pre-covid pre-invasion""".split()
)
_NAME_NUMBER_RE = re.compile(r"\d{1,2}(?=[ \u00a0][a-z])")
_AGE_MODIFIER_RE = re.compile(r"\d{1,3}-(?:year|month|week|day)-old(?=[ \u00a0][a-z])")
#: A noun in quotes after a number: '"gotaways"', "“push-backs”" (one or two words).
# ... or three: "325,000 \u201ctechnical intern trainees\u201d" (Japanese residence copy, session 7)
#: A quoted estimate, the figure with its bound word inside the quotes and the noun after
#: them: 'the city had "at least 12,000" homeless Venezuelans', '"more than 500" shelters'.
_QUOTED_ESTIMATE_BEFORE_RE = re.compile(
    r"[\"\u201c](?:at[ \u00a0]least|more[ \u00a0]than|over|nearly|almost|about|around|some"
    r"|up[ \u00a0]to|as[ \u00a0]many[ \u00a0]as|close[ \u00a0]to|roughly|upwards[ \u00a0]of"
    r"|fewer[ \u00a0]than|less[ \u00a0]than|tens[ \u00a0]of|hundreds[ \u00a0]of)[ \u00a0][^\"\u201d\n]*[\"\u201d]$"
)
_QUOTED_NOUN_RE = re.compile(
    # (American copy sets the comma or the full stop inside the closing quote: 'recorded 690
    # "gotaways," people seen crossing but not caught', ds2-americas2)
    r"[\"\u201c][a-z][a-z-]*(?: [a-z][a-z-]*){0,2}[,.]?[\"\u201d]"
    # single quotes, as South Asian dailies set scare quotes: "10 'suspicious' motorcycles"
    # (Dawn police copy, session 11)
    r"|['\u2018][a-z][a-z-]*(?: [a-z][a-z-]*){0,2}['\u2019](?![a-z])"
)
#: A preposition after an "-ing" word right after a number: a participle ("six landing in").
_ADVERBS_AFTER_COUNT = frozenset(
    "aboard onboard abroad ashore overboard nationwide worldwide overall altogether apiece".split()
    # "has topped 400,000 again", "rose to 3,100 again last year": a repeat, never the noun
    # (Yonhap and Korea Herald copy on undocumented residents, ds2-eastasia)
    + ["again"]
)
_PARTICIPLE_PREP_RE = re.compile(
    r"[ \u00a0](?:in|at|on|into|onto|near|off|from|to|toward|towards"
    # or its object: "while April saw 91,200 doing the same"
    r"|the|a|an|their|its|his|her|this|that|these|those"
    # "with nearly 2.4 million holding some form of legal documentation" (Afghan outlet
    # copy, session 11)
    r"|some|any|no|valid|both)\b"
    # or an amount: "twenty-two achieving 40 points or more" (exam copy, session 7)
    r"|[ \u00a0](?:\d|more[ \u00a0]than|at[ \u00a0]least|over[ \u00a0]\d)"
    # or a name, after a participle in lower case (not a title-case headline's "Four
    # Missing Climbers"): "with 813,000 holding Afghan Citizen Cards" (session 11)
    r"|[ \u00a0](?P<cap>[A-Z])[a-z]"
)
#: The inches after "6-foot": "-4", "-11" (not "-2-inch" or a range's "-8" feet).
_FOOT_INCH_RE = re.compile(r"-(1[01]|[0-9])\b(?![-.,]?\d|[ \u00a0\-]?(?:inch|in\b|ft|feet|foot))")
_MEASURE_ADJ_RE = re.compile(
    r"\d[\d.,]{0,6}-(?:kg|kilogram|kilo|tonne|ton|litre|liter|pound|lb|metre|meter|foot|ft"
    r"|gallon|acre|hectare|kilometre|km|mile|inch|gram|g)(?=[ \u00a0][a-z])"
)


_PLURAL_JUST_BEFORE_RE = re.compile(r"\b([a-z]{3,}s)[ \u00a0]$")
_COMPARED_AFTER_RE = re.compile(r"[ \u00a0](?:more|fewer|higher|lower|less)[ \u00a0](?:than|on)\b")
_USER_BASE_BEFORE_RE = re.compile(
    r"\b(?P<x>subscriber|user|customer|member|reader|viewer|listener|player|client|fan)"
    r"[ \u00a0]base\b[^.;\d]{0,40}$",
    re.IGNORECASE,
)
_PRODUCT_CODE_PLURAL_RE = re.compile(r"[ \u00a0]([A-Z][A-Za-z]{0,2}\d{2,4}[A-Za-z]?s)\b")
#: Singular modifiers listed before one plural noun: " bird and mammal species".
_LISTED_MODIFIERS_RE = re.compile(
    # (a hyphened compound among them: "11,300 deportation or refusal-of-entry decisions",
    # "expulsion or entry-ban orders"; The Local Sweden copy, ds2-nordic)
    r"[ \u00a0](?P<np>(?:(?:[a-z]{2,}(?:-[a-z]{2,}){1,3}|[a-z]{3,})(?<!s),?[ \u00a0]){1,5}?"
    r"(?:and|or)[ \u00a0](?:[a-z]{2,}(?:-[a-z]{2,}){1,3}|[a-z]{3,})(?<!s)"
    r"[ \u00a0](?P<n>[a-z]{3,}s))\b"
)


@functools.lru_cache(maxsize=1024)
def _is_people_name(word: str) -> bool:
    """Is ``word`` a people's name in the entity lexicon ("Rohingya", "Afghans", "Syrian")?"""
    from .entities import _lexicon as _entity_lexicon

    return word in _entity_lexicon().demonyms


@functools.lru_cache(maxsize=1024)
def _is_place_name(word: str) -> bool:
    """Is ``word`` a place in the entity gazetteer ("Texas", "Athens", "Lagos")?"""
    from .entities import _lexicon as _entity_lexicon
    from .entities import _norm

    return _norm(word) in _entity_lexicon().places


#: A slash between two words: "pregnant/breastfeeding", "women/girls" (not "km/h").
_SLASHED_WORDS_RE = re.compile(r"(?<=[a-z]{3})/(?=[a-z]{3})")


def _noun_phrase_after(
    text: str, pos: int, limit: int = 120, *, after_det: bool = False
) -> tuple[str | None, str | None]:
    """The counted noun phrase right after a number, and its head noun.

    A noun phrase is a run of modifiers and nouns; it ends at a function word, a
    punctuation mark, a verb after a noun, or right after a plural noun (English compounds
    put the plural on the head: "card holders", "relief camps").
    """
    window = text[pos : pos + limit]
    if "--" in window:
        # plain-text copy's dash: "528 refugees--including 97 women" (same length, so the
        # offsets into the window stay those of the text)
        window = window.replace("--", ", ")
    slashed = 0
    if "/" in window:
        # "216 pregnant/breastfeeding women", "40 women/girls": words joined by a slash read
        # as one modifier or one noun (IFRC and OCHA copy, session 15; it stopped at "/")
        window, slashed = _SLASHED_WORDS_RE.subn(" ", window)
    wlen = len(window)
    words: list[tuple[int, int, str]] = []
    has_noun = False
    skipped = False
    i = 0
    n = len(window)
    while i < n and len(words) < 7:
        while i < n and window[i] in " \u00a0":
            i += 1
        if i >= n:
            break
        if (
            i == 0
            and window[:1] in '"\u201d'
            and window[1:2] == " "
            and window[2:3].isalpha()
            and _QUOTED_ESTIMATE_BEFORE_RE.search(text, max(0, pos - 40), pos + 1)
        ):
            # 'the city had "at least 12,000" homeless Venezuelans': a quoted figure, then
            # its noun after the closing quote (a mayor's or a congressman's words, quoted
            # by the figure alone; ds2-americas2)
            i = 1
            continue
        if (
            not words
            and window[i] in "\"\u201c'\u2018"
            and window[i + 1 : i + 2].islower()
            and (quoted := _QUOTED_NOUN_RE.match(window, i))
        ):
            i += 1  # 'over 64,000 "gotaways"': a noun in quotes is still the noun
            if (
                window[quoted.end() : quoted.end() + 1] == " "
                # (or a demonym: 'nearly one million "documented" Afghans', session 11)
                and window[quoted.end() + 1 : quoted.end() + 2].isalpha()
            ):
                # 'a total of 123 "illegal" aliens': a quoted modifier, then the noun
                # (Pakistani return copy, session 9): the phrase reads on past the quote
                window = window[: quoted.end() - 1] + window[quoted.end() :]
                n = len(window)
        if (
            not words
            and window[i : i + 1].islower()
            and (pl := _PARTICIPLE_LIST_RE.match(window, i))
            and _is_plural_noun(pl.group("n"))
        ):
            # "3,492 owned, managed or ordered aircraft", "2,340 damaged, destroyed or
            # flooded homes": participles listed before the noun (lessor copy, session 7)
            return pl.group(), pl.group("n").lower()
        if (
            not words
            and window[i] in "pcPC"
            and (dop := _DOC_OF_PLURAL_RE.match(window, i))
            and _is_plural_noun(dop.group("n"))
        ):
            # "12,000 proof of registration cards": the document's name before the plural
            # noun it modifies, in lower case (Pakistani copy, session 9)
            return dop.group(), dop.group("n").lower()
        if (
            not words
            and (
                window[i].isupper()
                or (
                    window[i].islower()
                    and (sp := window.find(" ", i, i + 16)) > 0
                    and window[sp + 1 : sp + 2].isupper()
                )
            )
            and " of " in window[i : i + 56]
            and (non := _NAME_OF_NAME_NOUN_RE.match(window, i))
            and _is_plural_noun(non.group("n"))
            # "1.3 million possessing Proof of Registration (PoR) cards": who hold them are
            # counted, the cards are what they hold (Afghan outlet copy, session 11)
            and not window.startswith(_HOLDING_PARTICIPLES, i)
        ):
            # "14.5 lakh Proof of Registration (PoR) card holders", "60 Ministry of Interior
            # officials": a name with "of" in it modifies the plural noun after it (Pakistani
            # copy, session 9)
            return non.group(), non.group("n").lower()
        if not words and window[i].isdigit() and (ma := _MEASURE_ADJ_RE.match(window, i)):
            # "44 million 90-kg bags": the bag's measure modifies the noun after it
            words.append((ma.start(), ma.end(), ma.group()))
            i = ma.end()
            continue
        m = _WORD_OR_AMP_RE.match(window, i)
        if not m:
            if window[i].isdigit() and (age := _AGE_MODIFIER_RE.match(window, i)):
                # "71% of 15-year-old pupils": an age modifying the noun after it
                words.append((i, age.end(), age.group()))
                i = age.end()
                continue
            if (
                window[i] == "("
                and words
                and (ac := _ACRONYM_BRACKET_RE.match(window, i))
                and (words[-1][2][:1].isupper() or _initials_spell(words, ac.group()))
            ):
                # "20,000 Special Immigrant Visa (SIV) applications", "2,300 Temporary
                # Protected Status (TPS) holders": a name's acronym, then the noun the
                # name modifies (Afghan evacuee copy, session 7); or a common term's, its
                # words' initials ("18,500 liquefied petroleum gas (LPG) cylinders",
                # ds2-environment)
                i = ac.end()
                continue
            break
        if window[m.end() : m.end() + 1].isdigit() and (
            m.group()[-1] == "-" or m.group()[0].isupper()
        ):
            j = m.end()
            while j < n and (
                window[j].isalnum() or (window[j] == "/" and window[j + 1 : j + 2].isdigit())
            ):
                j += 1
            if j < n and window[j] == " ":
                # "12,591 new Covid-19 cases", "300 G-20 delegates", "48 Shahed-136/131
                # drones", "31 M1A2 Abrams tanks", "40 A320neo aircraft": a name with a
                # number, modifying the noun after it
                words.append((m.start(), j, window[m.start() : j]))
                has_noun = True
                i = j
                continue
        if (
            m.group()[0].isupper()
            and window[m.end() : m.end() + 1] == " "
            and (mn := _MODEL_NUMBER_NOUN_RE.match(window, m.end()))
            and _is_plural_noun(mn.group(1))
            and not _is_plural_noun(m.group())
            and mn.group(1) not in _UNIT_NOUNS
        ):
            # "14 Leopard 2 tanks", "8 Mirage 2000 jets": a model's name and number
            words.append((m.start(), mn.start(1) - 1, window[m.start() : mn.start(1) - 1]))
            has_noun = True
            i = mn.start(1)
            continue
        if (
            (m.end() - i == 1 and window[m.end() : m.end() + 1] == ".")
            or (
                m.end() - i == 5
                and window[m.end() : m.end() + 1] == "."
                and window[i : i + 4].lower() == "non-"
            )
        ) and (ab := _DOTTED_ABBR_RE.match(window, i)):
            # "2,000 U.S. troops", "half of U.K. voters", "38 U.S. and allied troops": a
            # dotted abbreviation modifying the noun after it (its first letter alone was
            # read as the head, "u"); a modifier, so no noun yet ("allied" may follow)
            words.append((i, ab.end(), ab.group()))
            i = ab.end()
            continue
        w = m.group().rstrip("'’-")
        lw = w.lower() if w != "&" else "and"  # "2.3 crore building & construction workers"
        if (
            (w[:1].isupper() or w in ("type", "stage", "grade"))
            and window[m.end() : m.end() + 1] == " "
            and (nn := _NAME_NUMBER_RE.match(window, m.end() + 1))
            and w in _lexicon()["number_names"]
        ):
            # "82% of Year 11 pupils", "14 Year 9 classes": a name its number completes,
            # modifying the noun after it; in lower case too: "3.4 million type 1 admissions"
            words.append((m.start(), nn.end(), window[m.start() : nn.end()]))
            i = nn.end()
            continue
        if (len(w) == 1 or lw in ("yr", "mo", "qtr", "wk")) and window[
            m.end() : m.end() + 1
        ] == "/":
            break  # "3.2% y/y", "0.4% m/m", "n/a", "2.4% yr/yr": shorthand, no noun
        if not words and not skipped and lw in _MORE_WORDS:
            skipped = True  # "two more persons", "three more own goals": the noun follows
            i = m.end()
            continue
        if not words and not skipped and lw in _MOSTLY_WORDS:
            # "756 mostly Central American migrants", "491 mainly Guatemalan migrants": the
            # noun follows the adverb (Mexican INM copy, session 7)
            skipped = True
            i = m.end()
            continue
        if not words and lw == "others":
            break  # "60 others were rescued": a pronoun, the noun is elided
        if not words and lw in _ERA_WORDS:
            nxt = (
                _WORD_RE.match(window, m.end() + 1)
                if window[m.end() : m.end() + 1] == " "
                else None
            )
            if nxt is None or nxt.group().lower() in _CLAUSE_WORDS:
                # "from 1.11 million pre-war to 413,454": when, not what (UN copy on El
                # Fasher, session 8); "2 million pre-war residents" keeps its noun
                break
        if not words and lw in _NOT_FIRST_NOUN:
            # "up from 745 three years earlier": a span, not what 745 counts; "37 above its
            # capacity", "2,100 short of": a comparison, the noun is elided; "21.8 percent
            # year-on-year": the comparison's base (Xinhua copy, session 7)
            break
        if (
            not words
            and lw in ("number", "numbers")
            and window[m.end() : m.end() + 4]
            in (
                " of ",
                " Of ",
            )
        ):
            # a fact box's "173,300 Number of Damaged or Destroyed Buildings", in title case
            low = window.lower()
            c, h = _noun_phrase_after(low, m.end() + 4, limit, after_det=True)
            if h is None:
                return None, None
            at = low.find(c, m.end() + 4)
            return window[at : at + len(c)], h
        if not words and not skipped and lw in ("most", "least", "worst", "hardest", "badly"):
            skipped = True  # "the ten most affected provinces": the noun follows
            i = m.end()
            continue
        if not words and not skipped and lw == "such" and window[m.end() : m.end() + 1] == " ":
            skipped = True  # "about 5,600 such attempts", "12 such cases": the noun follows
            i = m.end()
            continue
        if not words and lw == "other" and i == _first_word_at(window):
            nxt = (
                _WORD_RE.match(window, m.end() + 1)
                if window[m.end() : m.end() + 1] == " "
                else None
            )
            if nxt and nxt.group().lower() not in _CLAUSE_WORDS:
                i = m.end()  # "12 other people": the noun after it
                continue
        if (
            not words
            and lw in ("alleged", "claimed")
            and window[m.end() : m.end() + 1] == " "
            and (nxt := _WORD_RE.match(window, m.end() + 1))
            and nxt.group()[:1].islower()
            and nxt.group().lower() not in _CLAUSE_WORDS
        ):
            # "from two alleged drug dealers", "14 alleged gang members": an adjective, as
            # "suspected" is (crime copy, session 7), not the reporting verb
            words.append((m.start(), m.end(), w))
            i = m.end()
            continue
        if len(w) == 1 and w.isupper() and words and words[-1][2].lower() in _CLASS_WORDS:
            # "22 million class A shares", "500 Series B preferred shares": a class's letter
            # (IPO copy, session 7), not the article "a"
            words.append((m.start(), m.end(), w))
            i = m.end()
            continue
        if (
            not words
            and lw in _HEARSAY_PARTICIPLES
            and window.startswith((" to ", " to\u00a0"), m.end())
        ):
            # "at least 2,082 went missing, including 693 known to have drowned", "52
            # bodies, including 11 thought to be children": hearsay's verb before its
            # infinitive, the noun is elided (IOM Yemen copy, session 14)
            break
        if lw == "prior" and window.startswith((" to ", " to\u00a0"), m.end()):
            # "the 1.0 million projected prior to the pandemic": when, as "before" says (a
            # think tank's takeaways, session 8), no noun
            break
        if lw in _CLAUSE_WORDS and not (
            len(w) > 1 and w.isupper() and _LOWER_WORD_AFTER_RE.match(window, m.end())
        ):  # "2,500 US troops", "300 IT workers": an acronym, not "us"/"it"
            if (
                lw in ("and", "or")
                and len(words) == 1
                and _looks_adjective(words[0][2])
                and (shared := _SHARED_HEAD_AFTER_NUM_RE.match(window, m.end()))
                # "displaced or 500 were holders": a verb is no shared noun's modifier
                and (shared.group("adj") or "") not in _VERBISH
                and (shared.group("adj") or "") not in _CLAUSE_WORDS
            ):
                # "484 primary and 63 secondary schools": one noun after both numbers
                return window[words[0][0] : words[0][1]] + " " + shared.group("n"), shared.group(
                    "n"
                ).lower()
            if (
                lw in ("and", "or")
                and words
                and (
                    _looks_adjective(words[-1][2])
                    or words[-1][2].endswith(".")
                    or (
                        (nn := _NOUN_AND_NOUN_RE.match(window, m.end())) is not None
                        and _is_plural_noun(nn.group(1))
                    )
                    # "41% of EU and British nationals", "300 US and British troops":
                    # proper modifiers joined before one plural noun
                    or (
                        words[-1][2][0].isupper()
                        and _PROPER_MODIFIER_NEXT_RE.match(window, m.end())
                    )
                    # "250 college and university students": noun modifiers joined before
                    # one plural noun
                    or _modifier_pair_next(window, m.end())
                )
            ):  # "acutely malnourished and sick", "U.S. and allied", "search and rescue teams"
                i = m.end()
                continue
            break
        if (
            lw == "born"
            and words
            and (words[-1][2][:1].isupper() or words[-1][2].lower() in _BORN_MODIFIERS)
            and not _is_plural_noun(words[-1][2])
            and (nb := _WORD_AFTER_RE.match(window, m.end()))
            and nb.group(1) not in _CLAUSE_WORDS
        ):
            # "the number of foreign born people", "2.1 million EU born residents": a
            # compound modifier written open, the noun follows (migration briefings,
            # session 8)
            words.append((m.start(), m.end(), w))
            i = m.end()
            continue
        # has_noun: a word taken so far does not look like an adjective (kept as a flag
        # updated on each append, not an any() over the words for every word)
        if (
            has_noun
            and (
                # ("30 Red Cross volunteers": a capital that goes on a capitalised run is a
                # name's word, not a verb; session 10)
                (lw in _VERBISH and not (w[0].isupper() and words[-1][2][:1].isupper()))
                or (lw.endswith(("ed",)) or lw in _IRREGULAR_PARTICIPLES)
                and not w[0].isupper()
            )
            # "1 126 laboratory confirmed cases": how the cases were confirmed
            and words[-1][2].lower() not in _TEST_MODIFIERS
            # "nine mobile return units": "return" modifies the plural after it, as in
            # "nine return units" (Turkish copy, ds2-syriareturns); "return months later"
            # is a verb
            and not (
                lw == "return"
                and (rn := _RETURN_NOUN_NEXT_RE.match(window, m.end()))
                and _is_plural_noun(rn.group(1))
                and rn.group(1) not in _CLAUSE_WORDS
                and rn.group(1) not in _RETURN_TIME_PLURALS
            )
            and not (
                # "15,700 border crossing attempts", "12 river crossing points": a gerund
                # between a singular noun and the plural it modifies with it (Polish Border
                # Guard copy, session 19); "300 people crossing borders" is a participle
                lw.endswith("ing")
                and len(words) == 1
                # right after the number ("35% of the population receiving benefits" is
                # a participle and its object)
                and not after_det
                and words[0][2].islower()
                and not _is_plural_noun(words[0][2])
                and words[0][2] not in _ONE_PERSON_NOUNS
                and (gn := _RETURN_NOUN_NEXT_RE.match(window, m.end()))
                and _is_plural_noun(gn.group(1))
                and gn.group(1) not in _CLAUSE_WORDS
                and gn.group(1) not in _RETURN_TIME_PLURALS
            )
            and not (
                lw == "total"
                and (
                    window[m.end() : m.end() + 1] in _CLOSING
                    or _TOTAL_NOUN_NEXT_RE.match(window, m.end())
                )
            )
        ):  # "10% of the EU total)", "the EU total with": the noun; "EU states total 500": a verb
            break
        if (
            words
            and after_det
            and lw in ("lives", "works", "resides", "stays")
            and _PREP_AFTER_RE.match(window, m.end())
        ):
            break  # "15% of the world's population lives with a disability"
        if words and lw in _S_VERBS and window[m.end() : m.end() + 1] == " ":
            nxt = _WORD_RE.match(window, m.end() + 1)
            if nxt and nxt.group().lower() not in _CLAUSE_WORDS:
                break  # "65 per cent of the population needs aid": a verb with an object
        if (
            words
            and lw in _S_PREP_VERBS
            and window.startswith((" from ", " for ", " to ", " into "), m.end())
            # right after a count the phrase is plural: "61,800 forced returns from Mexico"
            # are the noun (AP deportation copy), as "voluntary returns from Libya" are
            and (after_det or lw != "returns")
        ):
            break  # "27% of Kyrgyzstan's GDP comes from remittances" (session 7)
        if words and lw in _ARRIVAL_S_VERBS and _ARRIVAL_PLACE_AFTER_RE.match(window, m.end()):
            break  # "Boat carrying 147 Rohingya lands in Aceh": the boat's verb
        if words and lw in _PAST_CHANGE_VERBS:
            break  # "the number of registered unemployed fell by 129,378": the verb (session 7)
        if not words and lw in _POLL_VERBS:
            break  # "35% think prices will rise": a verb, never a compound's first noun
        if not words and lw in _CONTROL_VERBS and window.startswith(" to ", m.end()):
            # "about half plan to return", "a quarter intend to settle": a verb before its
            # infinitive (UN survey copy on reverse migration, session 8)
            break
        if not words and lw in _ADVERBS_AFTER_COUNT:
            break  # "had at least 260 aboard", "12 abroad": where, the noun is elided
        if (
            not words
            and lw in _VERDICT_PARTICIPLES
            and (st := _STATE_AFTER_RE.match(window, m.end()))
            and st.group(1).lower() in _STATE_HEADS
        ):
            # "115 people had been rescued and 44 confirmed dead", "61 presumed missing": a
            # verdict on people whose noun is elided, no "confirmed dead" counted (IOM and
            # coast-guard copy on the Eastern Route, session 18)
            break
        if not words and lw == "voting" and window.startswith((" for ", " against"), m.end()):
            break  # "51.6% voting for action": a verb ("300 voting machines" is a compound)
        if (
            not words
            and lw.endswith("ing")
            # "47% of all spending on new arrivals", "a third of the funding for shelters":
            # after a determiner a gerund of money is the noun (shelter-cost copy,
            # ds2-shelters)
            and not (after_det and lw in _MONEY_OF_NOUNS)
            and (pp := _PARTICIPLE_PREP_RE.match(window, m.end()))
            and (pp.group("cap") is None or window[m.start()].islower())
        ):
            break  # "14 flights, with six landing in Tegucigalpa": a verb, the noun is elided
        if (
            not words
            and lw[:4] == "fall"
            and lw in ("fall", "falls")
            and _FALL_UNDER_RE.match(window, m.end())
            and not text.endswith(("%", "cent"), max(0, pos - 4), pos)
        ):
            # "42.7 million refugees, of whom 31.0 million fall under UNHCR's mandate": the
            # verb of an elided noun ("a 5% fall under the new rules" stays the change's
            # noun; wire copy on UNHCR's Global Trends, ds2-idmc)
            break
        if not words and lw in _VERBISH and not after_det:
            nxt = (
                _WORD_RE.match(window, m.end() + 1)
                if m.end() + 1 < n and window[m.end()] == " "
                else None
            )
            if (
                lw in _NEVER_MODIFIER_VERBS
                or not (
                    (
                        nxt
                        and _is_plural_noun(nxt.group())
                        and nxt.group().lower() not in _CLAUSE_WORDS
                    )
                    # "1.1 million work permit holders", "300 work visa applicants": the verb's
                    # noun names a document, then the plural who hold it (Straits Times copy)
                    or (
                        lw == "work"
                        and (wd := _WORK_DOC_RE.match(window, m.end()))
                        and _is_plural_noun(wd.group(1))
                    )
                    # "60,000 returned Chadian migrants", "2,000 returned Afghan families": a
                    # participle of return before a people's adjective and the plural counted
                    # (UNHCR and agency copy, session 18); "3,000 returned to Herat" is a verb
                    or (
                        lw == "returned"
                        and nxt
                        and nxt.group()[:1].isupper()
                        and _is_people_name(nxt.group())
                        and (nn := _WORD_RE.match(window, nxt.end() + 1))
                        and window[nxt.end() : nxt.end() + 1] == " "
                        and _is_plural_noun(nn.group())
                        and nn.group().lower() not in _CLAUSE_WORDS
                    )
                    # "11 return coordination centers": "return" modifies a compound whose
                    # last word is the plural counted, as in "return centers"
                    or (
                        lw == "return"
                        and (rc := _RETURN_COMPOUND_RE.match(window, m.end()))
                        and _is_plural_noun(rc.group(1))
                        and rc.group(1) not in _CLAUSE_WORDS
                    )
                )
            ):
                break  # "return decisions", "transit camps": a compound; "returned home": a verb
        if (
            len(words) == 1
            and lw in _VERBISH
            and words[0][2][:1].isupper()
            and words[0][2].endswith("ese")
            and not after_det
        ):
            nxt = (
                _WORD_RE.match(window, m.end() + 1)
                if m.end() + 1 < n and window[m.end()] == " "
                else None
            )
            if not (nxt and _is_plural_noun(nxt.group())):
                # "14.5 million Congolese need aid", "3 million Sudanese remain displaced": a
                # demonym in -ese is its own plural, the people counted, before their verb
                break
        if (
            len(words) == 1
            and w[:1].islower()
            and words[0][2][:1].isupper()
            and not _is_plural_noun(w)
            and _is_people_name(words[0][2])
            # the verb's clause goes on with a mark or a function word ("disembark, police
            # said", "land in Aceh"), not with a further modifier ("Russian unmanned aerial
            # vehicles", "Rohingya boat people")
            and (
                window[m.end() : m.end() + 1] in (",", ".", ";", ":", "")
                or (
                    (nxt := _WORD_AFTER_RE.match(window, m.end())) is not None
                    and nxt.group(1) in _CLAUSE_WORDS
                )
            )
        ):
            # "refused to let 249 Rohingya disembark": a people, then its verb ("40 Syrian
            # asylum seekers" goes on to its plural noun)
            break
        words.append((m.start(), m.start() + len(w), w))
        # "41 Russian unmanned aerial vehicles", "9 Israeli armoured bulldozers": a
        # capitalised demonym first is a modifier, so a participle after it is one too
        has_noun = has_noun or not (
            _looks_adjective(w)
            or (len(words) == 1 and w[0].isupper() and lw.endswith(_DEMONYM_ENDS))
        )
        i = m.end()
        if (
            _is_plural_noun(w)
            and not (
                (i < n and window[i] == "-")
                # a capitalised plural possessive in a name: "300 Foreigners' Tribunals" (but
                # "300 workers' wages" counts workers)
                or (
                    m.group()[-1] in "'’"
                    and w[-1] in "sS"
                    and w[0].isupper()
                    and window[i : i + 1] == " "
                )
            )
        ):
            if (
                lw == "people"
                and window[i : i + 1] == " "
                and (nxt := _WORD_RE.match(window, i + 1))
                and nxt.group().lower() in _PEOPLE_TRADE_NOUNS
            ):
                continue  # "11 suspected people smugglers": the trade's noun is the head
            if (lw in _MODIFIER_PLURALS or w[0].isupper()) and window[i : i + 1] == " ":
                nxt = _WORD_RE.match(window, i + 1)
                if (
                    nxt
                    and (lw in _MODIFIER_PLURALS or nxt.group()[0].islower())
                    and _is_plural_noun(nxt.group())
                    and nxt.group().lower() not in _CLAUSE_WORDS
                ):
                    # "5,000 police officers", "300 staff members": a compound; "9 Abrams
                    # tanks": a capitalised name in -s before its noun
                    continue
                if w[0].isupper() and nxt and nxt.group()[0].islower() and _is_place_name(w):
                    # "four Texas detention centers", "12 Athens hotels": a place in -s is
                    # a modifier before its noun, never the plural counted (court copy)
                    continue
            break
        if (
            i < n
            and window[i] == ","
            and len(words) == 1
            and w.islower()
            and (ca := _COMMA_ADJECTIVE_RE.match(window, i))
            and lw not in _VERBISH
            and ca.group(1) not in _CLAUSE_WORDS
            and ca.group(1) not in _VERBISH
            and not _is_plural_noun(ca.group(1))
            and _is_plural_noun(ca.group(2))
            and ca.group(2) not in _CLAUSE_WORDS
        ):
            # "three big, white blisters", "four deep, open wounds": two adjectives joined
            # by a comma before the plural noun (caravan copy, session 7)
            i += 1
            continue
        if i < n and window[i] not in " \u00a0":
            break
    # Drop trailing adjective-like words that cannot be heads ("acutely malnourished").
    dropped = None
    while words and (
        _looks_adjective(words[-1][2])
        and not _is_plural_noun(words[-1][2])
        and words[-1][2].lower().endswith(("ed", "ly"))
    ):
        popped = words.pop()
        if dropped is None or not dropped[2].lower().endswith("ed"):
            dropped = popped  # the last "-ed" word: "of registered unemployed" (session 7)
    if not words and after_det and dropped is not None and dropped[2].lower().endswith("ed"):
        words = [dropped]  # "of the displaced", "of the injured": an adjective used as a noun
    if not words:
        return None, None
    if (
        len(words) >= 2
        and words[0][2].endswith("ing")
        and words[0][2][:1].islower()
        and not _is_plural_noun(words[-1][2])
        and not (text[max(0, pos - 3) : pos].lower() == "one" or text[pos - 1 : pos] == "1")
    ):
        return None, None  # "3.8 million taking refuge abroad": a verb and its object
    counted = window[words[0][0] : words[-1][1]]
    if slashed and len(window) == wlen:
        counted = text[pos + words[0][0] : pos + words[-1][1]]  # (with its slash)
    head = words[-1][2]
    if (
        head.lower().endswith(("ly",))
        or (len(words) == 1 and head.lower() in _COMPARATIVE_WORDS)
        or (len(words) == 1 and head.lower() in _PREDICATE_ADJECTIVES)
        or (head.lower() in _VERBISH and len(words) == 1 and not after_det)
    ):
        return None, None
    return counted, head.lower()


#: Participles listed before a noun: "owned, managed or ordered aircraft".
_PARTICIPLE_LIST_RE = re.compile(
    r"(?:[a-z]+ed,[ \u00a0])+[a-z]+ed,?[ \u00a0](?:or|and)[ \u00a0][a-z]+ed[ \u00a0](?P<n>[a-z]{3,})\b"
)
_MORE_WORDS = frozenset(("more", "fewer"))
#: Past forms of the verbs of change and amount, which end a noun phrase after a modifier.
_PAST_CHANGE_VERBS = frozenset(
    """fell rose grew stood came went reached dropped declined increased decreased jumped
    climbed totalled totaled amounted numbered""".split()
)
#: Verbs that take an infinitive, after a count or a share with its noun left out.
_CONTROL_VERBS = frozenset(
    """plan plans intend intends want wants hope hopes wish wishes aim aims refuse refuses
    decided planned intended wanted hoped wished chose choose chooses managed tried try tries
    agreed agree agrees""".split()
)
_CLASS_WORDS = frozenset(("class", "series", "category", "grade", "tier", "type"))
_MOSTLY_WORDS = frozenset(("mostly", "mainly", "largely", "predominantly", "primarily"))
#: A count, then a capitalised name (not a month) right before a number: "14 Leopard 2".
#: A wind force written after its level: "7 Beaufort", "8 on the Beaufort scale".
_BEAUFORT_AFTER_RE = re.compile(r"[ \u00a0-](?:on[ \u00a0]the[ \u00a0])?Beaufort\b")
_COUNT_NAME_BEFORE_RE = re.compile(
    # (not a clock time's minutes: "11:20 The 38 passengers are transferred", an NGO ship's
    # operation log opening each line on its time, ds2-maritime)
    rf"(?<![\d,.:])\d{{1,3}}(?:,\d{{3}})*[ \u00a0](?!{_MONTHS}\b)[A-Z][a-z]+[ \u00a0]$"
)
#: A number, then a lower-case noun, after a capitalised word: a model ("Leopard 2 tanks").
_MODEL_NUMBER_NOUN_RE = re.compile(r" \d{1,4}[A-Za-z]{0,3}(?: [A-Z][A-Za-z]*)? ([a-z]{3,})\b")
#: Nouns that measure rather than count: a number before them is an amount of its own
#: ("took 40 Marines 3 km inland", "3 days").
_UNIT_NOUNS = frozenset(
    """days weeks months years hours minutes seconds km kms miles metres meters feet
    tonnes tons kilograms kilos litres liters hectares acres dollars euros pounds rupees
    percent""".split()
)
# "search and rescue personnel", "food and water supplies": "and" joins two modifiers of
# the plural noun after them (a lower-case word, then a plural one)
_NOUN_AND_NOUN_RE = re.compile(r" [a-z]{3,20} ([a-z]{3,20})\b")
_COMMON_ADJECTIVES = frozenset(("new", "fresh", "probable", "young", "old"))
_SHARED_HEAD_AFTER_NUM_RE = re.compile(
    r"[ \u00a0]\d[\d,.]*[ \u00a0](?:(?P<adj>[a-z]+)[ \u00a0])?(?P<n>[a-z]{3,}s)\b(?![ \u00a0]?\()"
)
_TEST_MODIFIERS = frozenset(("laboratory", "lab", "pcr", "clinically", "test", "culture"))
#: Past participles not in -ed that end a noun phrase: "the increase seen during the quarter".
_BORN_MODIFIERS = frozenset(("foreign", "native", "locally", "overseas"))
#: Participles of hearsay that take an infinitive: "11 thought to be children".
_HEARSAY_PARTICIPLES = frozenset(
    """known thought said believed feared presumed reported understood estimated suspected
    rumoured rumored alleged claimed""".split()
)
_IRREGULAR_PARTICIPLES = frozenset(
    "seen given taken shown known made done held found kept built paid sent brought caught "
    "driven written born thrown drawn spent won".split()
)
_DOC_OF_PLURAL_RE = re.compile(
    r"(?i:proof|certificate|citizen)[ \u00a0]of[ \u00a0](?:[a-z]+[ \u00a0]){0,2}"
    r"(?P<n>(?:cards|certificates|holders|documents|forms))\b"
)
_HOLDING_PARTICIPLES = ("holding ", "possessing ", "carrying ", "having ", "owning ")
_NAME_OF_NAME_NOUN_RE = re.compile(
    # ("52,000 assisted Proof of Registration (PoR) cardholders", "81,200 Proof of Registration
    # (PoR) Card holders": a participle before the name, a capitalised word after its
    # acronym; UNHCR updates, session 10)
    r"(?:[a-z]+[ \u00a0])?(?:[A-Z][a-z]+[ \u00a0]){1,3}of[ \u00a0](?:the[ \u00a0])?"
    r"(?:[A-Z][a-z]+[ \u00a0]){0,3}[A-Z][a-z]+[ \u00a0](?:\([A-Za-z]{2,8}\)[ \u00a0])?"
    r"(?:[a-z]{2,}[ \u00a0]|(?<=\)[ \u00a0])[A-Z][a-z]+[ \u00a0]){0,2}(?P<n>[a-z]{3,}s)\b"
)
#: (a name's acronym and a lower-case modifier may follow it: "Twelve National Database and
#: Registration Authority (NADRA) mobile vans", Pakistani copy, session 8)
_PROPER_MODIFIER_NEXT_RE = re.compile(
    # (a prefix before a proper adjective too: "176 Tunisian and sub-Saharan migrants",
    # Tunisian coastguard copy, session 13)
    r"[ \u00a0]+(?:(?:[a-z]+-)?[A-Z][A-Za-z\-]*[ \u00a0]+){1,2}(?:\([A-Z]{2,6}\)[ \u00a0]+)?"
    r"(?:[a-z]{2,}[ \u00a0]+)?[a-z]{2,}s\b"
)
#: Comparatives after a number are no noun: "7,000 lower than the estimate".
_COMPARATIVE_WORDS = frozenset(
    "lower higher less fewer smaller cheaper greater larger bigger dearer more".split()
    # "70 percent faster than the summer average", "15% lighter" (science and tech copy,
    # session 8)
    + "faster slower lighter heavier longer shorter stronger weaker warmer colder hotter".split()
    + "cooler wider deeper thicker thinner safer quicker costlier denser brighter".split()
)
#: Adjectives a share is said of, no noun it counts: "94.1% effective", "80% accurate",
#: "100% renewable" (a one-word phrase only: "5% renewable energy" counts energy).
_PREDICATE_ADJECTIVES = frozenset(
    """effective ineffective accurate likely unlikely sure certain complete full efficient
    renewable positive negative correct confident reliable successful safe free true pure
    recyclable biodegradable literate compliant severe moderate mild""".split()
)
_CLOSING = frozenset(").,;:")
#: A function word after "total" makes it the noun: a verb "total" takes an amount.
_TOTAL_NOUN_NEXT_RE = re.compile(
    r"[ \u00a0](?:with|of|in|for|and|or|at|was|is|were|are|by|from|since|last|this|that|which)\b"
)


_DEMONYM_ENDS = ("ian", "ean", "can", "ese", "ish", "ani", "eli", "aqi", "ari", "ali", "eni", "udi")


def _looks_adjective(w: str) -> bool:
    lw = w.lower()
    if w[:1].isupper():
        return False
    if lw in _COMMON_ADJECTIVES:
        return True  # "29 new confirmed cases": no suffix says so
    return lw.endswith(("ly",)) or (lw.endswith(_ADJ_SUFFIXES) and not _is_plural_noun(w))


# The bound words that may stand between an amount verb and its number ("numbered over",
# "rose to nearly"), shared by the patterns that find what a number's subject counts.
_AMOUNT_QUALIFIER = (
    # "has reached a record 83,181", "rose to a new record high of 4.2 million" (session 5)
    # ... or "reached a record level of 2.38 million" (OECD copy on Japan, session 7)
    r"(?:a[ \u00a0](?:new[ \u00a0])?record(?:[ \u00a0](?:high|low|level)[ \u00a0]of)?[ \u00a0]{1,2})?"
    # "have increased by 18%, reaching a total of over 232,350" (Frontex and Italian copy,
    # session 18)
    r"(?:a[ \u00a0](?:grand[ \u00a0])?total[ \u00a0]of[ \u00a0]{1,2})?"
    r"(?:(?:just|well|roughly|about|around|some|nearly|almost|over|more[ \u00a0]than"
    r"|at[ \u00a0]least|up[ \u00a0]to)[ \u00a0]{1,2})?"
)
_AMOUNT_VERB_RE = re.compile(
    r"\b(?:numbered|numbering|number|numbers|totalled|totaled|total|totals|stood[ \u00a0]at|stand[ \u00a0]at"
    r"|stands[ \u00a0]at|reached|reach|reaches|exceeded|exceed|exceeds|were|are|was|is"
    # "deaths peaked in 2015, hitting around 11,000", "arrivals topped 9,000"
    r"|hitting|reaching|topping|topped|peaking[ \u00a0]at|peaked[ \u00a0]at"
    # "Males make up 41,056 and females 43,900" (session 7, Armenian government updates)
    r"|make[ \u00a0]up|makes[ \u00a0]up|made[ \u00a0]up|accounted[ \u00a0]for|account[ \u00a0]for"
    # "Applications from Serbians amounted to more than 24,000" (a weekly's graphic desk,
    # session 8)
    r"|amounted[ \u00a0]to|amounts[ \u00a0]to|amount[ \u00a0]to"
    # "claiming arrivals had averaged more than 1,600 a day", "arrivals would top 50,000"
    # right before the number (UK and Australian copy, devset2 stats)
    r"|averaged|averaging|tops?(?=[ \u00a0](?:[a-z]+[ \u00a0])?$)"
    # an aside that sizes its subject: "Afghan traders in the bazaar, estimated at about
    # 4,000, were given more time" (Pakistani dailies on the repatriation drive, ds2-pakistan25)
    r"|estimated[ \u00a0]at"
    r"|(?:rose|risen|climbed|jumped|increased|grew|fell|fallen|dropped|declined)[ \u00a0]to"
    # the change itself: "Arrivals rose by 12,000", "Applications fell 40,000 to 310,000"
    r"|(?:rose|risen|climbed|jumped|increased|grew|fell|fallen|dropped|declined|decreased)"
    r"(?:[ \u00a0]by)?"
    # ... said with "up" or "down": "Care visas are down by more than 20,000 on last year"
    # (UK visa statistics, ds2-visas)
    r"|(?:are|is|were|was)[ \u00a0](?:up|down)(?:[ \u00a0]by)?"
    # a change by a percentage, then the new or old level: "Burglaries fell by 7% to
    # 312,400", "Cyclist deaths increased by 9 per cent from 91"
    r"|(?:rose|risen|climbed|jumped|increased|grew|fell|fallen|dropped|declined|decreased"
    # "Burglary was down 7% to 312,904", "Arrivals were up 14% to 81,250"
    r"|soared|surged|slumped|plunged|up|down)(?:[ \u00a0]by)?[ \u00a0](?:\d[\d.,]*(?:%|[ \u00a0]per"
    # ... and a comma before the levels: "increased by 12.4%, from 33 600 in 2015"
    r"[ \u00a0]?cent|[ \u00a0]percent|[ \u00a0](?:million|billion))?"
    # a share in words: "Landings were down by nearly a quarter to 3,150" (Frontex copy
    # as the press rewrites it, session 15)
    r"|(?:(?:nearly|almost|about|around|roughly|more[ \u00a0]than|over|just[ \u00a0]over"
    r"|just[ \u00a0]under)[ \u00a0])?(?:(?:a|one)[ \u00a0](?:third|quarter|fifth|tenth)|half"
    r"|two[ \u00a0-]thirds|three[ \u00a0-]quarters))"
    # the basis of the change between: "fell 19% year on year to about 142,000" (session 9)
    r"(?:[ \u00a0](?:year|month|quarter|week)[ \u00a0-](?:on|over)[ \u00a0-](?:year|month|quarter|week))?"
    # ... or the period: "are down 36% so far this year to 113,400" (session 15)
    r"(?:[ \u00a0](?:so[ \u00a0]far[ \u00a0])?(?:this|last)[ \u00a0](?:year|month|week)"
    r"|[ \u00a0](?:in|over)[ \u00a0]the[ \u00a0](?:first|past|last)[ \u00a0](?:[a-z]+[ \u00a0])?"
    r"(?:half|quarter|months?|weeks?|years?))?"
    r",?[ \u00a0](?:to|from)"
    # a multiple: "increased nearly tenfold to 490,000" (Kyodo copy, session 7)
    r"|(?:rose|risen|increased|grew|jumped|fell|dropped|declined|decreased)[ \u00a0]"
    r"(?:(?:nearly|almost|about|roughly|more[ \u00a0]than)[ \u00a0])?[a-z]+fold[ \u00a0](?:to|from))"
    r"[ \u00a0]{1,2}"
    rf"{_AMOUNT_QUALIFIER}$"
)


_AMOUNT_VERBS = frozenset("numbers totals stands reaches exceeds".split())
# A singular noun phrase right before a verb of amount ("the crowd numbered", "its
# workforce was"), and the nouns that name a figure rather than what it counts ("the total
# stood at", "the figure was": the plural before them, if any, is what is counted).
_SINGULAR_SUBJECT_RE = re.compile(
    # not inside a prepositional phrase: "Shares in the water company rose 3% to 118"
    r"(?<!\bin[ \u00a0])(?<!\bof[ \u00a0])(?<!\bat[ \u00a0])(?<!\bon[ \u00a0])(?<!\bfor[ \u00a0])"
    r"(?<!\bfrom[ \u00a0])(?<!\bwith[ \u00a0])(?<!\bby[ \u00a0])"
    r"\b(?i:the|a|an|its|their|this|that|his|her)[ \u00a0](?:[a-z]+[ \u00a0]|[A-Z][a-z]+[ \u00a0](?=[a-z]))??"
    r"(?P<n>[a-z]{3,})"
    # where the subject is: "the Rohingya population in Ukhiya and Teknaf stands at about 9.8
    # lakh" (Bangladeshi dailies, session 9); then an adverb between the subject and its
    # verb: "the crowd never exceeded 6,000" (session 7)
    r"(?:[ \u00a0](?:in|at|across)[ \u00a0][A-Z][\w'’\-]*(?:[ \u00a0](?:and[ \u00a0])?[A-Z][\w'’\-]*){0,4})?"
    r"(?:[ \u00a0](?:never|always|still|already|also|now|only|just|again))?"
    r"[ \u00a0]{1,2}$"
)
_DATA_SUBJECTS = frozenset(
    """total number figure figures toll tally count amount sum level rate share percentage
    proportion majority minority rest remainder average median estimate result increase
    rise fall drop decline growth gap difference balance incidence prevalence""".split()
)


#: Singular nouns of offences that statistics count as incidents: the subject of "Burglary
#: was down 7% to 312,904" or "Vehicle crime reached 128,300" heads the count it reaches.
_OFFENCE_NOUNS = frozenset(
    """burglary robbery theft shoplifting fraud crime vandalism arson assault homicide
    murder manslaughter stalking harassment violence cybercrime carjacking mugging
    pickpocketing""".split()
)


_OFFENCE_VERBS = frozenset(
    """was is has had rose fell reached climbed jumped dropped increased decreased declined
    grew hit topped totalled totaled stood numbered remained went""".split()
)


#: A participle's aside after a subject, before its verb of amount: ", filed by people ...",
#: ", carried out mainly on charter flights ...", ", lodged mostly by young men".
_PARTICIPLE_ASIDE_RE = re.compile(
    r",[ \u00a0](?:[a-z]+ly[ \u00a0])?(?:[a-z]{2,}(?:ed|en)|made|sent|held|brought|caught|kept"
    r"|paid|built|run|spent|set|put|taken|given)[ \u00a0](?:[a-z]+ly[ \u00a0])?(?:out[ \u00a0]"
    r"(?:[a-z]+ly[ \u00a0])?)?(?:by|in|at|from|on|through|under|since|for|with|to|across|via)"
    r"[ \u00a0][^,]*$"
)


def _last_match(matches):
    """The last of an iterator of matches, or None."""
    last = None
    for m in matches:
        last = m
    return last


#: A population, then its place phrase, right before the verb of amount: "population in 14
#: camps stood at", "population of the camps reached".
_POPULATION_PP_BEFORE_RE = re.compile(
    r"\b(?P<n>population)[ \u00a0](?:in|of|at|across|inside|within|living[ \u00a0]in)"
    r"[ \u00a0][^,;.:()]{1,60}[ \u00a0]$"
)


def _last_noun_before(text: str, start: int, floor: int) -> tuple[str | None, int | None]:
    """The nearest plural noun before ``start`` (not before ``floor``): the subject of
    'registered refugees numbered over 3 million', 'the protesters, who say they number 5,000'."""
    window = text[max(floor, start - 120) : start]
    # Only a subject joined to the number by a verb of amount ("numbered", "number",
    # "totalled", "stood at", "reached", "were") is what the number counts.
    if not _AMOUNT_VERB_RE.search(window):
        return None, None
    base = start - len(window)
    verbs = list(_AMOUNT_VERB_RE.finditer(window))  # the last one is the number's verb
    sing = _SINGULAR_SUBJECT_RE.search(window, 0, verbs[-1].start()) if verbs else None
    if (
        sing
        and (n := sing.group("n").lower()) not in _DATA_SUBJECTS
        and n not in _CLAUSE_WORDS
        and not _is_plural_noun(n)
    ):
        # "According to police, the crowd numbered about 30,000": a singular subject right
        # before the verb is what the number measures, not a plural further back ("police")
        # (and "net inward migration was over 100,000": people moving, ds2-factcheck)
        people = n in ("population", "populace") or n in _MIGRATION_NOUNS
        return ("people" if people else n), base + sing.start("n")
    if (
        verbs
        and "population" in window
        and (pop := _POPULATION_PP_BEFORE_RE.search(window, 0, verbs[-1].start()))
    ):
        # "the registered refugee population in 14 government-run camps stood at 101,834":
        # the population counts people; the camps of its place phrase count nothing here
        # (UN Geneva briefing summaries, session 18)
        return "people", base + pop.start("n")
    best = None
    end_at = len(window)
    if verbs and ", wh" in window:
        subj = window[: verbs[-1].start()].rstrip()
        rel = max(subj.rfind(", which "), subj.rfind(", who "))
        if rel >= 0 and subj.endswith(","):
            # "Applications from Serbians, which shot up after visa rules eased, amounted to
            # more than 24,000": the subject is before the relative clause (session 8)
            end_at = rel
    elif verbs and ", " in window:
        subj = window[: verbs[-1].start()].rstrip()
        if subj.endswith(",") and (
            aside := _last_match(_PARTICIPLE_ASIDE_RE.finditer(subj, 0, len(subj) - 1))
        ):
            # "Follow-up applications, filed by people whose earlier claims were rejected,
            # numbered 14,118": the subject is before the participle's aside, not the nouns
            # inside it (DW copy on BAMF figures, ds2-infomigrants)
            end_at = aside.start()
    verb_at = verbs[-1].start() if verbs else -1
    for m in _WORD_RE.finditer(window, 0, end_at):
        if m.start() == verb_at:
            continue  # "That amounts to 667 a day": the verb, no noun (US copy, session 16)
        w = m.group().rstrip("'’-")
        if w[:1].isupper() and base + m.start() > floor:
            continue  # "Both Reuters and Associated Press said it was 7.9": names
        if (
            (
                _is_plural_noun(w)
                and not w.lower().endswith(("ens", "izes", "ises", "ates", "ifies"))
                and w.lower()
                not in ("others", "its", "years", "days", "months", "weeks", "hours", "decades")
                # "the last few nights there were around a hundred" (session 7, Dutch copy)
                and w.lower() not in ("nights", "minutes", "weekends", "mornings", "evenings")
                # a level, not what is counted: "Shares rose 4 percent to 52" (a price)
                and w.lower() not in ("shares", "prices", "stocks", "rates", "yields")
                # where a level is read, not what it counts: "In the last quarter's data net
                # migration was estimated to stand at 318,000" (session 8)
                and w.lower() not in ("data", "figures", "statistics")
                # a verb of the subject before: "The figure appears to refer to net migration,
                # which ... reached approximately 906,000" (a fact-check, session 8)
                and w.lower() not in _S_VERBS_BEFORE_AMOUNT
                and w.lower() not in _AMOUNT_VERBS
                # a relative clause's verb: "the route, which runs across Turkey and Greece,
                # though the number fell to around 2,500" (Frontex copy, session 12)
                # ("that" stays: "Critics point out that deportations peaked at 400,000")
                and not window.endswith(("which ", "who "), 0, m.start())
            )
            or (
                w.lower() in _OFFENCE_NOUNS
                # the subject itself, not a modifier: "The murder rate fell to 12" is a rate
                and (window[m.end() : m.end() + 12].split() or [""])[0] in _OFFENCE_VERBS
            )
        ):
            if best is not None and _PREP_PHRASE_GAP_RE.fullmatch(
                window, best[1] - base + len(best[0]), m.start()
            ):
                continue  # "Arrivals at the Greek islands rose by 12,000": the subject
            if _SPEAKER_AFTER_NOUN_RE.match(window, m.end()):
                # "Local officials said the number fell by 2,000", "Ukrainian media have
                # reported this figure decreased by 900,000": who speaks, not what the
                # number counts (session 7, Interfax copy)
                continue
            best = (w.lower(), base + m.start())
    return best if best else (None, None)


_S_VERBS_BEFORE_AMOUNT = frozenset(
    "appears seems remains refers means includes represents suggests shows".split()
)
_SPEAKER_AFTER_NOUN_RE = re.compile(
    r"[ \u00a0](?:have[ \u00a0]|had[ \u00a0]|has[ \u00a0])?(?:said|say|says|reported|report|told"
    r"|estimated|estimate|claimed|claim|announced|noted|added)\b"
)
# Between a subject and a plural noun of a phrase after it: "Arrivals at the Greek islands".
_PREP_PHRASE_GAP_RE = re.compile(
    # ... after a participle: "Migrants living in tents outside Calais numbered about 1,500",
    # "traders married to local women, estimated at 900" (ds2-pakistan25)
    r"[ \u00a0](?:(?:living|staying|sheltering|married|born|based|stranded|held|housed)[ \u00a0])?"
    r"(?:at|in|on|from|to|across|into|along|through)[ \u00a0](?:the[ \u00a0])?"
    r"(?:[A-Za-z-]+[ \u00a0]){0,2}"
)


# ---------------------------------------------------------------------------------------
# The extraction pass


_PLAIN_KEYWORD_RE = re.compile(r"(\\b)?([^\\()\[\]{}|*+?.^$]+?)(\\b)?")


@functools.lru_cache(maxsize=8)
def _rupee_countries(table: str = "rupee_countries.csv") -> list[tuple[str, list]]:
    """Each country code with its keywords: a plain word or phrase (with the ``\\b`` it
    may carry) as ``(text, boundary_before, boundary_after)``, anything else compiled."""
    out = []
    for row in _read_csv(table):
        keys: list = []
        for kw in row["keywords"].split("|"):
            m = _PLAIN_KEYWORD_RE.fullmatch(kw)
            keys.append((m.group(2), bool(m.group(1)), bool(m.group(3))) if m else re.compile(kw))
        out.append((row["code"], keys))
    return out


def _count_keyword(low: str, key) -> int:
    if isinstance(key, re.Pattern):
        return sum(1 for _ in key.finditer(low))
    word, before, after = key
    n, i = 0, low.find(word)
    while i != -1:
        j = i + len(word)
        if (not before or i == 0 or not low[i - 1].isalnum()) and (
            not after or j == len(low) or not low[j].isalnum()
        ):
            n += 1
        i = low.find(word, j if j > i else i + 1)
    return n


@functools.lru_cache(maxsize=8)
def _rupee_code(text: str, table: str = "rupee_countries.csv", default: str = "PKR") -> str:
    """Rs is the Pakistani rupee in a report about Pakistan, the Indian rupee in one about
    India (and so on, from ``analysis/data/rupee_countries.csv``): the country with the
    most keyword mentions (on a tie the earlier row of the file; PKR when none is found).
    The same count, over ``crown_countries.csv``, names the crown of bare "crowns".
    Plain keywords are counted with ``str.find``: one alternation of them all, with no
    prefix for the regex engine to skip to, cost 0.5 ms a report."""
    low = text.lower()
    best, best_n = default, 0
    for code, keys in _rupee_countries(table):
        n = 0
        for k in keys:
            # Most keywords are absent: one C-level test each, no call. A keyword without
            # word boundaries is counted by str.count, which like the find loop counts
            # occurrences that do not overlap (test_rupee_code_counts_as_before).
            if type(k) is tuple:
                if k[0] not in low:
                    continue
                if not (k[1] or k[2]):
                    n += low.count(k[0])
                    continue
            n += _count_keyword(low, k)
        if n > best_n:
            best, best_n = code, n
    return best


# A bare "$" that the copy itself says is no US dollar (Mexican papers' English pages, El
# Universal's and Milenio's; session 17): the word "pesos" after the amount ("$85,000
# pesos"), a conversion into US dollars in brackets after it ("$48.6 million (about US$2.4
# million)": a paper converts its own currency, never the dollar into itself), or an
# earlier "$N pesos" in the same sentence ("$6.5 million pesos ..., up from $3.9 million").
_PESOS_AFTER_SIGN_RE = re.compile(r"[ \u00a0]pesos\b")
_USD_BRACKET_AFTER_RE = re.compile(
    r"[ \u00a0]\((?:(?:about|around|roughly|some|approximately|nearly|almost|over|more than"
    r"|just over|just under|or|or about)[ \u00a0])?(?:US[ \u00a0]?\$|USD[ \u00a0]?\$?|U\.S\.[ \u00a0]?\$)"
    r"[ \u00a0]?\d"
)
_PESOS_SIGN_BEFORE_RE = re.compile(
    r"\$[ \u00a0]?\d[\d,.]*(?:[ \u00a0](?:million|billion))?[ \u00a0]pesos\b"
)


def _peso_sign(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The code (and the amount's new end) of a bare "$" at ``start`` the copy marks as no
    US dollar (:data:`_USD_BRACKET_AFTER_RE`): the report's own dollar (SGD, CAD, ...) when
    it names one, else its peso (MXN when none is named); None when nothing marks it."""
    if text[start : start + 1] != "$":
        return None
    if m := _PESOS_AFTER_SIGN_RE.match(text, end):
        return _rupee_code(text, *_COUNTRY_CURRENCIES["PESO"]), m.end()
    if _USD_BRACKET_AFTER_RE.match(text, end):
        # (the conversion's own "US$" counts for USD: the best other dollar, else the peso)
        low, best, best_n = text.lower(), None, 0
        for code, keys in _rupee_countries("dollar_countries.csv"):
            if code != "USD" and (n := sum(_count_keyword(low, k) for k in keys)) > best_n:
                best, best_n = code, n
        return best or _rupee_code(text, *_COUNTRY_CURRENCIES["PESO"]), end
    window = text[max(0, start - 160) : start]
    cut = max(window.rfind(". "), window.rfind("\n"))
    if "pesos" in window[cut + 1 :] and _PESOS_SIGN_BEFORE_RE.search(window, cut + 1):
        return _rupee_code(text, *_COUNTRY_CURRENCIES["PESO"]), end
    return None


# A shared currency word named by its country, as a sentence's earlier amount names it:
# "4,000 Syrian pounds, up from 2,500 pounds", "18,000 CFA francs, against 12,000 francs".
_NAMED_CURRENCY_RE = re.compile(
    r"\b([A-Z][A-Za-z]+) (pounds|francs|dinars|shillings|pesos|riyals|rials|dirhams)\b"
)


_IN_PLACE_RE = re.compile(r"[ \u00a0]in[ \u00a0][A-Z]")


def _named_before(text: str, start: int, word: str, lex) -> str | None:
    """The code of ``word`` ("pounds") as the same sentence named it before ``start``
    ("Syrian pounds" -> SYP); None when it did not (crisis copy, session 10)."""
    window = text[max(0, start - 200) : start]
    if word not in window:
        return None
    cut = max(window.rfind(". "), window.rfind("\n"))
    code = None
    for m in _NAMED_CURRENCY_RE.finditer(window, cut + 1):
        if m.group(2) == word:
            code = lex["suffixes"].get(f"{m.group(1).lower()} {word}")
            # (not "500 Egyptian pounds, while in London it costs 40 pounds": another
            # country named between them)
            if " in " in window[m.end() :] and _IN_PLACE_RE.search(window, m.end()):
                code = None
    if code in _COUNTRY_CURRENCIES:
        return _rupee_code(text, *_COUNTRY_CURRENCIES[code])
    return code


# Currency words several countries share, resolved by the country the report names as
# rupees and crowns are: (table, code when no country is named).
_COUNTRY_CURRENCIES = {
    "PESO": ("peso_countries.csv", "MXN"),
    "DINAR": ("dinar_countries.csv", "IQD"),
    "DIRHAM": ("dirham_countries.csv", "AED"),
    "SHILLING": ("shilling_countries.csv", "KES"),
    "KWACHA": ("kwacha_countries.csv", "ZMW"),
    "FRANC": ("franc_countries.csv", "CHF"),
    "POUND": ("pound_countries.csv", "GBP"),
    "RIYAL": ("riyal_countries.csv", "SAR"),
    "RIAL": ("riyal_countries.csv", "IRR"),
    "DOLLAR": ("dollar_countries.csv", "USD"),
    "CFAF": ("cfa_countries.csv", "XOF"),  # (four letters: no ISO code after an amount)
    "SOM": ("som_countries.csv", "KGS"),
    # "¥101.5036 trillion" in Chinese statistics copy is yuan (session 20)
    "YEN": ("yen_countries.csv", "JPY"),
}


@functools.lru_cache(maxsize=1)
def _letter_currencies() -> list[tuple[str, str, list]]:
    """``analysis/data/letter_currencies.csv``: (surface, code, keywords as in
    :func:`_rupee_countries`)."""
    out = []
    for row in _read_csv("letter_currencies.csv"):
        keys: list = []
        for kw in row["keywords"].split("|"):
            m = _PLAIN_KEYWORD_RE.fullmatch(kw)
            keys.append((m.group(2), bool(m.group(1)), bool(m.group(3))) if m else re.compile(kw))
        out.append((row["surface"], row["code"], keys))
    return out


# The last letter of each letter currency ("R", "N", "Sh", "Dh", "SR"): a number glued to
# one of these (or, for two- and three-letter ones, one space after) may have one.
_LETTER_LAST = frozenset(surface[-1] for surface, _, _ in _letter_currencies())
_LETTER_LAST_SPACED = frozenset(s[-1] for s, _, _ in _letter_currencies() if len(s) > 1)


@functools.lru_cache(maxsize=4)
def _letter_currency_codes(text: str) -> dict[str, str]:
    """Each one- or two-letter currency surface the text's country gives it ("R" -> ZAR in a
    report naming South Africa); a surface whose countries are not named is absent."""
    low = text.lower()
    best: dict[str, tuple[str, int]] = {}
    for surface, code, keys in _letter_currencies():
        n = sum(_count_keyword(low, k) for k in keys if type(k) is not tuple or k[0] in low)
        if n and n > best.get(surface, ("", 0))[1]:
            best[surface] = (code, n)
    return {surface: code for surface, (code, _) in best.items()}


# What makes a small number after a letter currency a price (Philippine and South African
# farm and fuel copy): a unit it is paid per, or a second end with a letter of its own.
_LETTER_SMALL_NEXT = frozenset(" /-–\u00a0")
_LETTER_SMALL_RE = re.compile(
    r"(?:[ \u00a0]per[ \u00a0]|/|[ \u00a0]a[ \u00a0])(?:kilo(?:gram)?s?|kgs?|k|litres?|liters?"
    r"|sacks?|bags?|loaf|bottles?|piece|head|day|month)\b"
    r"|[ \u00a0]?(?:-|–|to[ \u00a0])[ \u00a0]?[A-Z][a-z]?\d"
    # a range whose second end carries the scale: "Sh2-3 billion", "Sh4 to 6 billion"
    r"|(?:-|–|[ \u00a0]to[ \u00a0])\d[\d.]*[ \u00a0]?(?:million|billion|trillion|bn|mn|tn|trn|m)\b"
    # an exchange rate: "close to P59 to the dollar", "R18 against the US dollar" (copy on
    # remittances, ds2-labour)
    r"|[ \u00a0](?:to|against|per|a)[ \u00a0](?:the[ \u00a0])?(?:US[ \u00a0]|U\.S\.[ \u00a0])?"
    r"(?:dollar|euro|pound)\b"
)
# ... or a price's verb or change right before the letters: "a 20-litre jerrycan now sells for
# Sh50, up from Sh10 in March", "a bar of soap costs R12" (Kenyan and South African copy on
# camp markets, ds2-wash); searched in the few characters before the amount only.
_LETTER_PRICE_BEFORE_RE = re.compile(
    r"\b(?:(?:sells?|sold|selling|costs?|costing|priced|retails?|retailing|fetch(?:es|ing)?)"
    r"(?:[ \u00a0](?:for|at))?(?:[ \u00a0](?:just|only|about|around))?"
    r"|(?:up|down)[ \u00a0]from)[ \u00a0][A-Z][a-z]{0,2}\.?[ \u00a0]?$"
)


def _letter_currency(text: str, start: int, tok: NumberToken) -> tuple[str, int] | None:
    """A letter currency before a number that a label would not be, in a report about its
    country: "R350", "N28.7 trillion", "Sh346 billion" (letter_currencies.csv)."""
    if (
        tok.in_words
        # "Y2K": one digit and a capital K glued is a name, never 2,000 of a letter currency
        or (len(tok.text) == 2 and tok.text[1] == "K")
        or not (
            tok.scale != 1
            or tok.grouped
            or tok.has_decimal
            or tok.value >= 100
            # a small price: "P46 per kilo", "P52/kg", "R23 a litre", "P19 to P22"
            or (
                text[tok.end : tok.end + 1] in _LETTER_SMALL_NEXT
                and _LETTER_SMALL_RE.match(text, tok.end)
            )
            or _LETTER_PRICE_BEFORE_RE.search(text, max(0, start - 32), start)
        )
    ):
        return None
    # "Sh 2,000": spaced, two letters; "Sh.95 million", "Sh. 7.8 million": a point after
    # two or three letters
    end = start - 1 if text[start - 1] in " ." else start
    if end < start and end > 1 and text[end - 1] == "." and text[end] == " ":
        end -= 1
    # One letter spaced from the amount only before a scale word or thousands grouping: "R
    # 141 million", "N 2,500,000" (South African and Nigerian copy), not "Grade R 3".
    spaced_one = end < start and text[end] == " " and (tok.scale != 1 or tok.grouped)
    for width in ((3, 2, 1) if spaced_one else (3, 2)) if end < start else (3, 2, 1):
        at = end - width
        if at < 0 or (at and (text[at - 1].isalnum() or text[at - 1] in "$-/.")):
            continue
        code = _letter_currency_codes(text).get(text[at:end])
        if code:
            return code, at
    return None


_FRACTIONS = {
    "half": 50.0,
    "third": 100 / 3,
    "fourth": 25.0,
    "fourths": 25.0,
    "thirds": 100 / 3,
    "quarter": 25.0,
    "quarters": 25.0,
    "fifth": 20.0,
    "fifths": 20.0,
    "tenth": 10.0,
    "tenths": 10.0,
    "sixth": 100 / 6,
    "sixths": 100 / 6,
    "seventh": 100 / 7,
    "sevenths": 100 / 7,
    "eighth": 12.5,
    "eighths": 12.5,
    "ninth": 100 / 9,
    "ninths": 100 / 9,
    "hundredth": 1.0,
    "hundredths": 1.0,
}
# A change by a share: "cut by a third", "fell by half", "rose by nearly a fifth", "down by
# more than a quarter". Look-behinds must be of fixed width, so each change phrase, bare or
# after a qualifier from qualifiers.csv, is its own; they are tried only where a fraction
# word matched, so their number costs nothing on text without one.
_FRACTION_BY = "".join(
    "|(?<="
    + w
    + "[ \u00a0]"
    + (re.escape(q).replace(r"\ ", "[ \u00a0]") + "[ \u00a0]" if q else "")
    + f
    + ")"
    # "down three-quarters since 2003" (not "shot down a third drone": a time or a clause's
    # end follows), "a fall of two-thirds" (session 5, health copy)
    + (
        # (or a headline's next clause or its end: "Small boat arrivals up a fifth as
        # asylum claims hit record", devset2 stats)
        r"(?=[,.;)\n]|$|[ \u00a0](?:on|since|in|from|to|compared|over|against|year|last|as"
        r"|after|amid|while|despite)\b)"
        if w in ("down", "up")
        else ""
    )
    for w, quals in (
        ("by", ["", *sorted({r["phrase"] for r in _read_csv("qualifiers.csv")})]),
        ("down", [""]),
        ("up", [""]),
        ("fall[ \u00a0]of", [""]),
        ("drop[ \u00a0]of", [""]),
        ("decline[ \u00a0]of", [""]),
        ("rise[ \u00a0]of", [""]),
    )
    for q in quals
    for f in (
        "half",
        "a[ \u00a0]half",
        "a[ \u00a0]third",
        "two-thirds",
        # "dropped by two thirds (- 66 %)" (EUAA figures as the European press wrote them,
        # session 16)
        "two[ \u00a0]thirds",
        "a[ \u00a0]quarter",
        "three-quarters",
        "three[ \u00a0]quarters",
        "a[ \u00a0]fifth",
        "a[ \u00a0]tenth",
        # "up by one fifth", "soared almost one sixth" (shopping-basket copy, session 6)
        "one[ \u00a0-]third",
        "one[ \u00a0-]quarter",
        "one[ \u00a0-]fifth",
        "one[ \u00a0-]sixth",
        "a[ \u00a0]sixth",
        "one[ \u00a0-]tenth",
    )
)
_FRACTION_RE = re.compile(
    r"\b(?P<n>(?:an?|one|two|three|four|five|six|seven|eight|nine)[ \u00a0-])?"
    r"(?P<f>half|thirds?|quarters?|fourths?|fifths?|tenths?|sixths?|sevenths?|eighths?|ninths?"
    r"|hundredths?)\b"
    # a quarter or a half of a point as an adjective: "cut rates by a quarter point", "a
    # half-point rise", "a quarter-percentage-point cut" (central-bank copy, session 16)
    r"(?=(?:(?<=quarter)|(?<=half))[ \u00a0-](?:percentage[ \u00a0-])?point\b"
    r"|[ \u00a0](?:of[ \u00a0]|the[ \u00a0]|their[ \u00a0]|its[ \u00a0]|them\b|those\b"
    # (or another possessive, in a speaker's own words: "Half our kitchens may close", "half
    # my salary", aid workers and the displaced quoted in Sudan copy, ds2-sudan)
    r"|(?:our|my|your|his)[ \u00a0]"
    # the exact share in parentheses first: "almost half (46.6%) of the beneficiaries"
    r"|\([^()\n]{1,40}\)[ \u00a0]of[ \u00a0]"
    # a share as a clause's subject: "a fifth were undecided", "half said they would leave",
    # "two thirds come from five countries", "a quarter live in camps"; only plural verbs:
    # "a third was injured" is the third of a list of people.
    r"|(?:were|are|have|had|said|say|come|live|remain|want|work|think|believe|support"
    r"|oppose|own|hold|need|plan|expect|lack|face"
    # "Almost half raise less than £10,000 a year", "a third rely on volunteers" (session 5)
    r"|rely|raise|receive|use|feel|agree|spend|earn|struggle"
    # "of those who remain, half depend on aid", "a third fear eviction" (wire copy on
    # displaced populations, session 16)
    r"|depend|fear|stay|return|suffer|survive|cannot)\b"
    # a fraction of a percentage point: "cut rates by half a percentage point"
    # ... or of a point, a percent: "half a point", "half a percent" (central-bank copy)
    r"|a[ \u00a0](?:percentage[ \u00a0])?point|a[ \u00a0]per[ \u00a0]?cent\b|a[ \u00a0]percent\b"
    # glossed by its percentage: "received two-thirds (68%) of global funding"
    r"|\(\d{1,2}(?:\.\d)?[ \u00a0]?(?:%|per[ \u00a0]?cent|percent|pc)\)[ \u00a0]of\b"
    # ... or the share of a poll's respondents, its verb after the bracket: "More than half
    # (54%) said", "Fewer than half (44%) backed the plan" (poll copy, ds2-sportpolls)
    r"|\(\d{1,2}(?:\.\d)?[ \u00a0]?(?:%|per[ \u00a0]?cent|percent|pc)\)[ \u00a0](?:were|are|have"
    r"|had|said|say|think|thought|believe|believed|support|supported|backed|back|oppose"
    r"|opposed|want|wanted|agree|agreed|trust|trusted|feel|felt|expect|expected)\b"
    # or between dashes: "almost one quarter - 23% - of new infections" (UN fact sheets)
    r"|[-\u2013\u2014][ \u00a0]\d{1,2}(?:\.\d)?[ \u00a0]?(?:%|per[ \u00a0]?cent|percent)[ \u00a0]"
    r"[-\u2013\u2014][ \u00a0]of\b"
    # a difference before a comparative: "a third lower risk of death", "a quarter less
    # power" (research and tech copy, session 8; "third" alone stays an ordinal, below)
    r"|(?:lower|higher|less|fewer|more|smaller|larger|cheaper|greater|faster|slower)\b)"
    # glossed between commas: "More than half, 52 per cent, of all submissions" (UN
    # briefing notes, devset2 agency)
    r"|,[ \u00a0](?:or[ \u00a0])?\d{1,2}(?:\.\d)?[ \u00a0]?(?:%|per[ \u00a0]?cent|percent|pc),[ \u00a0]of\b"
    + _FRACTION_BY
    # Anything else, kept only after a bound qualifier ("nearly a third reported", "around
    # two thirds"): "a third" after "nearly" cannot be an ordinal. The empty group tells
    # _fraction_drafts that none of the contexts above held.
    + r"|(?P<q>)(?![ \u00a0]*-))",
    re.IGNORECASE,
)
# What "a third" or "a quarter" after a qualifier can still be: an ordinal or a unit
# ("almost a third time", "nearly a quarter century").
_FRACTION_NOT_SHARE_NEXT = frozenset(
    "time times term terms round century centuries party place straight consecutive "
    "hour hours mile miles inch inches pound pounds".split()
)
_FRACTION_WORD_AFTER_RE = re.compile(r"[ \u00a0]+(\w+)")
# A share written with a numerator word and a space ("two thirds of", "one third of"): the
# numerator is not a count of its own. "three quarters" is left out: "the first three quarters of 2023"
# are periods. "one third", "one fifth", "one quarter" (Eurostat and NGO copy: "slightly
# more than one third (34.6%)") are shares as "one-third" is: _FRACTION_RE only takes
# them before "of", "the", a plural verb or after a bound qualifier.
#: A share of a point after the fraction, which the share's token then holds: "two thirds
#: of a percentage point" (a rate-setter's change; session 16: the numerator was counted).
_OF_A_POINT_TAIL = r"(?:[ \u00a0](?:of[ \u00a0])?a[ \u00a0](?:percentage[ \u00a0])?points?)?"
_SPACED_SHARE_RE = re.compile(
    r"(?:(?:two|three|four|nine)[ \u00a0](?:thirds|fifths|tenths)"
    r"|one[ \u00a0](?:third|quarter|fifth|sixth|tenth))"  # "almost one third of all applicants"
    + _OF_A_POINT_TAIL
    + "$",
    re.IGNORECASE,
)
_THREE_QUARTERS_RE = re.compile(r"three[ \u00a0]quarters" + _OF_A_POINT_TAIL, re.IGNORECASE)
_PERIOD_ORDINAL_BEFORE_RE = re.compile(
    r"\b(?:first|last|past|next|final|previous|opening|remaining|latest)[ \u00a0]$", re.I
)
_QUARTERS_OF_PERIOD_RE = re.compile(
    r"[ \u00a0]of[ \u00a0](?:\d|(?:the|this|last|next)[ \u00a0](?:year|fiscal|financial|season"
    r"|decade|century|game|match))",
    re.I,
)


def _three_quarters_share(text: str, tok: NumberToken) -> bool:
    """ "three quarters of homes" is a share (75%); "the first three quarters of 2023" and
    "three quarters of the season" are periods, and stay a count of quarters."""
    return (
        _THREE_QUARTERS_RE.fullmatch(tok.text) is not None
        and not _PERIOD_ORDINAL_BEFORE_RE.search(text, max(0, tok.start - 12), tok.start)
        and not _QUARTERS_OF_PERIOD_RE.match(text, tok.end)
    )


_FRACTION_OF_SCALE_RE = re.compile(
    # "a quarter of a million"; "a quarter of million Somalis" drops the article
    r"[ \u00a0]of[ \u00a0](?:(?:a|one)[ \u00a0])?(?P<s>million|billion|thousand|lakh|crore)\b",
    re.IGNORECASE,
)
# "half a percentage point", "a quarter of a percentage point": a change of 0.5 and 0.25
# points, written as the percentage points are ("0.25 percentage points" is 0.25); "half a
# point" and "half a percent" too (they gave 50 %).
_FRACTION_OF_POINT_RE = re.compile(
    r"[ \u00a0](?:of[ \u00a0])?a[ \u00a0](?:percentage[ \u00a0])?points?\b"
    r"|[ \u00a0-](?:percentage[ \u00a0-])?point\b"  # "a quarter point", "a half-point cut"
    r"|[ \u00a0](?:of[ \u00a0])?a[ \u00a0](?:per[ \u00a0]?cent|percent)\b",
    re.IGNORECASE,
)
_MONTH_NAME_AFTER_OF_RE = re.compile(rf"{_MONTHS}\b")
_FRACTION_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
_FRACTION_NUMERATORS.update(five=5, six=6, seven=7, eight=8)
# The words a match of _FRACTION_RE can open with (its numerators and fractions), for
# analysis.scan: the IGNORECASE pattern opens with \b and gets no prefilter from ``re``.
_FRACTION_OPENERS = frozenset(
    [
        *(_FRACTION_NUMERATORS.keys() - {"an"}),
        "half",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "fifth",
    ]
    + ["fifths", "tenth", "tenths", "fourth", "fourths", "sixth", "sixths", "seventh"]
    + ["sevenths", "eighth", "eighths", "ninth", "ninths", "hundredth", "hundredths"]
)


#: Iran's toman, ten rials: amounts in tomans are given in rials (IRR), times ten.
_TOMAN_WORDS = frozenset(("toman", "tomans"))


def _suffix_currency(text: str, word: str, lex) -> str | None:
    """The ISO code of a currency word after an amount ("euros", "rupees", "pesos"), the
    country's where the word is shared, as ``_grow`` reads it; None for a minor unit."""
    if word in lex["minor"]:
        return None
    code = lex["suffixes"].get(word)
    if code == "RUPEE":
        return _rupee_code(text) if _RUPEE_GATE_RE.search(text) else "PKR"
    if code == "CROWN":
        return _rupee_code(text, "crown_countries.csv", "SEK")
    if code in _COUNTRY_CURRENCIES:
        return _rupee_code(text, *_COUNTRY_CURRENCIES[code])
    return code


def _fraction_drafts(text: str) -> list[_Draft]:
    """Shares written in words ("half of the returnees", "a third of", "three-quarters of")
    as percentages; "the second half of 2023" and "half a million" are not shares."""
    lex = _lexicon()
    out = []
    for m in scan(_FRACTION_RE, text, _FRACTION_OPENERS):
        f = m.group("f").lower()
        num = m.group("n")
        ms = m.start()
        if num is None and f[:6] == "eighth" and text[max(0, ms - 3) : ms].lower() == "an ":
            num, ms = "an ", ms - 3  # "an eighth": "an" is no opener (too common a word)
        if (
            f != "half"
            and num is None
            # "Quarter of a Million Flee": a headline drops the article (session 8)
            and not (
                f == "quarter"
                and _FRACTION_OF_SCALE_RE.match(text, m.end())
                and not _PERIOD_ORDINAL_BEFORE_RE.search(text, max(0, ms - 12), ms)
                and not text.endswith(("second ", "third ", "fourth "), 0, ms)
            )
        ):
            continue  # "third" alone is an ordinal ("a third phase" is caught by the lookahead)
        if (
            f == "half"
            and num is None
            and (cw := _FRACTION_WORD_AFTER_RE.match(text, m.end()))
            and cw.group(1).lower() in _COMPARATIVE_WORDS
        ):
            continue  # a bare "half" before a comparative is no difference ("half more")
        if (
            f == "half"
            and num is None
            and text.startswith((" a ", " an "), m.end())
            and (hw := _NEXT_WORD_RE.match(text, m.end() + (3 if text[m.end() + 2] == " " else 4)))
            and (
                hw.group(1).lower() in lex["time_units"]
                or hw.group(1).lower() in lex["measures"]
                or hw.group(1).lower() in ("length", "lap", "stroke", "shot", "goal", "point")
            )
            and not _FRACTION_OF_POINT_RE.match(text, m.end())
        ):
            continue  # "won by half a second", "by half a length": a margin, no share (session 7)
        if text.startswith(" of ", m.end()) and _MONTH_NAME_AFTER_OF_RE.match(text, m.end() + 4):
            continue  # "a Fourth of July parade", "a seventh of May": a date, not a share
        if m.group("q") is not None:
            if num is None or f == "half" or not _qualifier_before(text, ms, lex):
                continue
            nxt = _FRACTION_WORD_AFTER_RE.match(text, m.end())
            if nxt and nxt.group(1).lower() in _FRACTION_NOT_SHARE_NEXT:
                continue
        k = _FRACTION_NUMERATORS.get((num or "one").strip(" -\u00a0").lower(), 1)
        value = k * _FRACTIONS[f]
        if text.startswith((" a", " of", "\u00a0", " p", "-p"), m.end()) and (
            pt := _FRACTION_OF_POINT_RE.match(text, m.end())
        ):
            value /= 100
            tok = NumberToken(
                ms,
                pt.end(),
                text[ms : pt.end()],
                value,
                value,
                1.0,
                True,
                False,
                False,
            )
            qual = _qualifier_before(text, ms, lex)
            start, bound, qword = (qual[2], qual[1], qual[0]) if qual else (ms, "exact", None)
            low, high = {
                "exact": (value, value),
                "lower": (value, None),
                "upper": (None, value),
            }.get(bound, (None, None))
            out.append(
                _Draft(start, pt.end(), value, low, high, bound, "percent", "%", tok, tok, qword)
            )
            continue
        scale_m = _FRACTION_OF_SCALE_RE.match(text, m.end())
        if scale_m:
            # "a quarter of a million" is a count, not a share
            count = value / 100 * SCALES[scale_m.group("s").lower()]
            tok = NumberToken(
                ms,
                scale_m.end(),
                text[ms : scale_m.end()],
                count,
                count,
                1.0,
                True,
                False,
                False,
            )
            qual = _qualifier_before(text, ms, lex)
            start, bound, qword = ms, "exact", None
            if qual:
                qword, bound, start = qual
            low, high = {
                "exact": (count, count),
                "lower": (count, None),
                "upper": (None, count),
            }.get(bound, (None, None))
            end, kind, unit = scale_m.end(), "count", None
            if text[end : end + 1] == " " and (sm := lex["suffix_re"].match(text, end)):
                # "a quarter of a million euros": money, as "half a million dollars" is
                code = _suffix_currency(text, sm.group("c").lower(), lex)
                if code is not None and not (
                    sm.group("c").lower() in _POUND_WORDS
                    and _pounds_of_weight(text, start, sm.end(), count)
                ):
                    end, kind, unit = sm.end(), "money", code
            out.append(_Draft(start, end, count, low, high, bound, kind, unit, tok, tok, qword))
            continue
        if value > 100:
            continue
        before = text[max(0, ms - 12) : ms].lower()
        # "that half of the year" is a demonstrative; "that a third of those" is the
        # conjunction before a share, so the check is for a fraction without a numerator.
        if num is None and re.search(
            r"\b(?:first|second|latter|former|other|last|next|this|that)[ \u00a0]$", before
        ):
            continue
        if (
            num is None
            and text[m.end() - 4 : m.end()].lower() in ("half", "rter")
            and _PERIOD_FRACTION_BEFORE_RE.search(before)
        ):
            # "in the same half of last year", "the previous quarter": a period of a year
            # compared in results copy, no share ("the same third of respondents" stays one;
            # ds2-tourism, session 20)
            continue
        start = ms
        qual = _qualifier_before(text, start, lex)
        bound, qword = "exact", None
        if qual:
            qword, bound, start = qual
        tok = NumberToken(ms, m.end(), text[ms : m.end()], value, value, 1.0, True, False, False)
        low, high = {"exact": (value, value), "lower": (value, None), "upper": (None, value)}.get(
            bound, (None, None)
        )
        out.append(_Draft(start, m.end(), value, low, high, bound, "percent", "%", tok, tok, qword))
    if "very " in text or "very\u00a0" in text:
        out.extend(_every_nth_drafts(text, lex))
        out.sort(key=lambda d: d.start)
    return out


# A share written "every third <noun>" (Ukrainian, Polish and Central European copy
# translating "кожен третій", "co trzeci": "every third beneficiary was a child", "every
# fifth Ukrainian refugee has a job"), 100/n as "one in three" is read; not a frequency or a
# rank: "every third day", "every second Tuesday", "every second of it", "every third time".
_EVERY_NTH_RE = re.compile(
    r"\b[Ee]very[ \u00a0](?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"[ \u00a0](?P<w>[A-Za-z][a-z-]+)\b"
)
_EVERY_NTH_DENOMINATORS = dict(
    second=2, third=3, fourth=4, fifth=5, sixth=6, seventh=7, eighth=8, ninth=9, tenth=10
)
_EVERY_NTH_NOT_NOUNS = frozenset(
    "time times turn round of or and to in on at is was day night weekend morning evening "
    "monday tuesday wednesday thursday friday saturday sunday month year week hour minute "
    "season semester term line row page issue".split()
)


#: The last letters of an "every third" share's text, to find its rows cheaply.
_EVERY_NTH_ENDS = frozenset(w[-3:] for w in _EVERY_NTH_DENOMINATORS)
_EVERY_NTH_TEXT_RE = re.compile(r"(?:^|[ \u00a0])[Ee]very[ \u00a0][a-z]+$")
_NEXT_TWO_WORDS_RE = re.compile(
    r"[ \u00a0]+(?P<a>[A-Za-z][a-z-]+)(?:[ \u00a0]+(?P<b>[a-z][a-z-]+))?"
)
#: The people a demonym before them qualifies: "every fifth Ukrainian refugee".
_EVERY_NTH_PEOPLE = frozenset(
    "refugee migrant family household child woman man worker resident citizen pupil student "
    "employee person adult beneficiary applicant returnee evacuee respondent".split()
)
_IRREGULAR_PLURAL_OF = {"child": "children", "woman": "women", "man": "men", "person": "people"}


def _plural_of(noun: str) -> str:
    """The plural of a singular count noun, as a share's whole is named ("beneficiaries")."""
    if noun in _IRREGULAR_PLURAL_OF:
        return _IRREGULAR_PLURAL_OF[noun]
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def _every_nth_head(text: str, r: dict) -> None:
    """The whole of "every third beneficiary" is the beneficiaries: the noun after the
    ordinal, made plural (a demonym before a people noun gives way to it)."""
    if not _EVERY_NTH_TEXT_RE.search(r["text"]):
        return
    m = _NEXT_TWO_WORDS_RE.match(text, r["end"])
    if not m:
        return
    noun = m.group("a").lower()
    if m.group("a")[0].isupper() and m.group("b") in _EVERY_NTH_PEOPLE:
        noun = m.group("b")
    r["head"] = r["counted"] = _plural_of(noun)


def _every_nth_drafts(text: str, lex) -> list[_Draft]:
    """Shares written "every third <noun>" as percentages (100/3), qualified as "nearly"
    before them bounds them; a time unit or a weekday after the ordinal is a frequency."""
    out = []
    for m in _EVERY_NTH_RE.finditer(text):
        w = m.group("w").lower()
        if w in _EVERY_NTH_NOT_NOUNS or w in lex["time_units"] or w in lex["measures"]:
            continue
        value = 100 / _EVERY_NTH_DENOMINATORS[m.group("n")]
        end = m.end("n")
        start, bound, qword = m.start(), "exact", None
        if qual := _qualifier_before(text, start, lex):
            qword, bound, start = qual
        tok = NumberToken(
            m.start(), end, text[m.start() : end], value, value, 1.0, True, False, False
        )
        low, high = {"exact": (value, value), "lower": (value, None), "upper": (None, value)}.get(
            bound, (None, None)
        )
        out.append(_Draft(start, end, value, low, high, bound, "percent", "%", tok, tok, qword))
    return out


# A share written as a slash fraction before "of": "1/3 of them", "2/3 of the budget".
# Without "of" a slash joins a date ("1/3") or an identifier, which are not figures; so do
# "9/11 of course" and "1/3 of March" (denominators stop at 10, a month after "of" is a date).
_SLASH_SHARE_RE = re.compile(
    rf"(?<![\w/.,])([1-9])/([2-9]|10)(?![\w/])(?=[ \u00a0]of[ \u00a0](?!course\b|{_MONTHS}\b))"
)


# A share whose denominator is an ordinal in digits: "one-10th of the aid", "a 20th of the
# budget", "1/10th of its revenue" (copy that writes numbers from 10 up in digits). Not "a
# 10th of a second", a fraction of a unit, nor "a 4th of July" parade, a date.
# (the digits first, so the search skips to them; "a", "one-" or "1/" is checked before)
_ORDINAL_SHARE_RE = re.compile(
    rf"([1-9]\d{{0,2}})th(?=[ \u00a0]of[ \u00a0](?!an?[ \u00a0]|{_MONTHS}\b))", re.IGNORECASE
)
_ORDINAL_SHARE_BEFORE_RE = re.compile(r"(?<![\w/.,-])(?:(?:a|one|1)[ \u00a0-]|1/)$", re.IGNORECASE)


def _slash_share_drafts(text: str) -> list[_Draft]:
    lex = _lexicon()
    out = []
    found = []  # (start, end, numerator, denominator)
    if "/" in text:
        found = [
            (m.start(), m.end(), int(m.group(1)), int(m.group(2)))
            for m in _SLASH_SHARE_RE.finditer(text)
        ]
    if "th of" in text:
        for m in _ORDINAL_SHARE_RE.finditer(text):
            if int(m.group(1)) > 3 and not text[m.start() - 1 : m.start()].isdigit():
                pm = _ORDINAL_SHARE_BEFORE_RE.search(text, max(0, m.start() - 4), m.start())
                if pm:
                    found.append((pm.start(), m.end(), 1, int(m.group(1))))
    for s, e, num, den in found:
        if num >= den or _ID_KEYWORD_RE.search(text, max(0, s - 40), s):
            continue  # "Form 1/2 of the law" is a label
        value = 100 * num / den
        tok = NumberToken(s, e, text[s:e], value, value, 1.0, False, True, False)
        start, bound, qword = s, "exact", None
        qual = _qualifier_before(text, start, lex)
        if qual:
            qword, bound, start = qual
        low, high = {"exact": (value, value), "lower": (value, None), "upper": (None, value)}.get(
            bound, (None, None)
        )
        out.append(_Draft(start, e, value, low, high, bound, "percent", "%", tok, tok, qword))
    return out


_RUN_GAP_RE = re.compile(r"[\s,;|/\-–]{1,6}")
#: Plural nouns of numbered things, before a list or a span of their numbers.
_LABEL_PLURALS = frozenset(
    """articles sections clauses paragraphs chapters pages items lines rounds phases stages
    levels grades classes wards blocks camps sectors zones rooms floors games matches
    episodes seasons""".split()
)
#: Before a list of them: "Articles 7, 9 and 17", "in rounds 3, 10, 12 and 15".
_LIST_LABEL_PLURALS = _LABEL_PLURALS | frozenset(
    """pp. questions batches gates units categories tables figures charts nos. numbers routes
    highways platforms terminals runways""".split()
)
#: Before a span of them: "weeks 10-12", "days 3-4", "pages 12-14".
_SPAN_LABEL_PLURALS = _LABEL_PLURALS | frozenset("weeks days months years hours laps".split())
#: The first label of a span written with "through" (US usage): "grades 3 through 8",
#: "Grades 9 thru 12", "chapters 4 through 7"; the plural before it is checked against
#: ``_SPAN_LABEL_PLURALS`` (US school-district copy, ds2-schools).
_THROUGH_SPAN_BEFORE_RE = re.compile(
    r"([A-Za-z]+)[ \u00a0]\d{1,3}[ \u00a0](?:through|thru)[ \u00a0]$"
)
_THROUGH_SPAN_AFTER_RE = re.compile(r" (?:through|thru)[ \u00a0]\d")
#: The close of a list in prose after its items: ", and 1,847", " and 240", " or 12".
_LIST_CLOSE_RE = re.compile(r",?[ \u00a0](?:and|or)[ \u00a0](?:(?:\$|€|£|Rs\.?|Tk)[ \u00a0]?)?\d")


def _word_before(text: str, start: int) -> str:
    """The word before ``start`` (within 14 characters), lower-cased, without an opening
    bracket; "" at the text's start."""
    words = text[max(0, start - 14) : start].split()
    return words[-1].lstrip("([").lower() if words else ""


def _joins_one_item(text: str, a: NumberToken, b: NumberToken) -> bool:
    """Do ``a`` and ``b`` make one item of a run ("604/2013", the years "2019-2021", the
    days "June 1-28")?"""
    gap = text[a.end : b.start]
    if (
        gap in ("-", "–")
        and not (a.grouped or b.grouped)
        and a.value < b.value
        and _word_before(text, a.start) in _SPAN_LABEL_PLURALS
    ):
        # "In weeks 10-12, 4,500 cases", "On days 3-4, 900 people": a span of labelled
        # periods or items, one item before the figure (WHO and IOM copy, session 13)
        return True
    if gap in ("-", "–") and a.value <= 31 and b.value <= 31 and not a.grouped:
        # a span of days: "From June 1-28, 233,941 people returned", "1-28 June, 3,400"
        # (Afghan returns copy, session 8)
        return bool(
            _MONTH_BEFORE_RE.search(text, max(0, a.start - 12), a.start)
            or _MONTH_AFTER_RE.match(text, b.end)
        )
    return gap == "/" or (gap in ("-", "–") and _is_year(a))


def _drop_number_runs(text: str, toks: list[NumberToken]) -> list[NumberToken]:
    """Drop runs of three or more numbers with nothing but spaces or commas between them.

    Prose puts words between figures; a bare run ("1 1 1 1", "12 15 19 24") is a table,
    a list of page numbers or garbage from a PDF, and reading it number by number would
    cost time in proportion to the run's density, not the text's meaning."""
    if "/ " in text or "/\n" in text:
        # "1/ Death toll rises to 1,240\n2/ 3,800 missing": a thread's post numbers, at a
        # line's start, are labels; with the figures of the lines around them they made a
        # "run" that dropped them all (newsroom threads, session 8)
        toks = [
            t
            for t in toks
            if not (
                text[t.end : t.end + 1] == "/"
                and text[t.end + 1 : t.end + 2] in (" ", "\n")
                and (t.start == 0 or text[t.start - 1] == "\n")
                and t.value < 100
                and not t.in_words
            )
        ]
    n = len(toks)
    if n < 3:
        return toks
    joined = [
        _RUN_GAP_RE.fullmatch(text, toks[i].end, toks[i + 1].start) is not None
        # a number glued to the letters of a label ("Q1 2025, 52,300 people", "FY26 2,100")
        # is part of that label, no item of a run of numbers (Home Office copy, devset2
        # stats)
        and not (toks[i].start > 0 and text[toks[i].start - 1].isalpha())
        for i in range(n - 1)
    ]
    for i in range(n - 1):
        if (
            joined[i]
            and toks[i + 1].start - toks[i].end == 1
            and text[toks[i].end] in "/-–"
            and _is_year(toks[i])
            and toks[i + 1].value in (toks[i].value + 1, (toks[i].value + 1) % 100)
        ):
            # a fiscal year is one word: "rose 25% in 2024/25, 11% in 2025/26" is no run
            joined[i] = False
    keep = []
    i = 0
    while i < n:
        j = i
        while j < n - 1 and joined[j]:
            j += 1
        if (
            j - i + 1 >= 3
            and _is_year(toks[i + 1])
            and _MONTH_BEFORE_RE.search(text, max(0, toks[i].start - 12), toks[i].start)
        ):
            # "On March 3, 2024, 300 people died": a date's day and year, then a figure
            keep.extend(toks[i : i + 2])
            i += 2
            continue
        if (
            j - i + 1 >= 3
            and _LIST_CLOSE_RE.match(text, toks[j].end)
            and all(text[toks[k].end : toks[k + 1].start] == ", " for k in range(i, j))
            # (not the numbers of labels: "Articles 7, 9, 17 and 18", "in rounds 3, 10, 12
            # and 15", "Camps 1, 2, 4 and 9")
            and _word_before(text, toks[i].start) not in _LIST_LABEL_PLURALS
        ):
            # a list in prose: "with 1,669, 1,293, 1,553, and 1,847 recorded in the
            # following days": items set off by ", " and closed by "and" and a last item
            # (Turkish returns copy, session 13), no table's run
            keep.extend(toks[i : j + 1])
            i = j + 1
            continue
        if j - i + 1 >= 3 and not (
            ("/" in text or "-" in text)
            and j - i + 1 - sum(_joins_one_item(text, toks[k], toks[k + 1]) for k in range(i, j))
            < 3
        ):
            # (a slash joins one identifier or date, a hyphen one span of years: "Regulation
            # 604/2013, 3,400 transfers" and "Between 2019-2021, 300 people left" are a label
            # or a time and a figure, not a run of three numbers)
            i = j + 1
            continue
        keep.extend(toks[i : j + 1])
        i = j + 1
    return keep


# Does the text write rupees ("Rs", "Rs.5", "rupee")? The same as
# ``re.search(r"\bRs\b|\bRs\.?\d|rupee", text, re.I)`` written case by case: an
# IGNORECASE pattern opening with ``\b`` gets no prefilter from ``re`` and cost 60 us a
# report; one opening with the class ``[Rr]`` lets the engine skip to each r (11 us).
# ``\u017f`` (long s) is one of the characters IGNORECASE matches to "s";
# ``tests/test_figures.py`` checks the two patterns agree.
_RUPEE_GATE_RE = re.compile(r"[Rr](?:(?<!\w[Rr])[Ss\u017f](?:\b|\.?\d)|[Uu][Pp][Ee][Ee])")
_RUPEE_GATE_SLOW_RE = re.compile(r"\bRs\b|\bRs\.?\d|rupee", re.IGNORECASE)


def _is_thousand_word(t: NumberToken) -> bool:
    """Digits and the word "thousand" ("12 thousand"), which Afghan agency copy translated
    from Dari writes before the units: "12 thousand 500 migrants" (session 10)."""
    return t.scale == 1e3 and not t.in_words and t.text[-8:].lower() == "thousand"


def _is_lakh_word(t: NumberToken) -> bool:
    """Digits and "lakh", which South Asian copy writes before the thousands: "Tk 4 lakh 50
    thousand", "Rs 2 lakh 25 thousand" (Bangladeshi and Nepali copy, ds2-labour)."""
    return t.scale == 1e5 and not t.in_words and t.text[-4:].lower() in ("lakh", "akhs")


def _join_compound_scales(text: str, toks: list[NumberToken], lex) -> list[NumberToken]:
    """'201 billion 839 million pesos' (translated Spanish copy, "201 mil 839 millones"):
    one amount, the second part a smaller scale right after the first. Translated Turkish
    and Arabic agency copy writes the parts down to the units, spaced or joined by "and"
    ("23 million 30 thousand 209 tourists", "150 billion and 581 million liras", "5
    million and 865 thousand visitors"; session 7)."""
    out: list[NumberToken] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if (t.scale < 1e6 and not _is_thousand_word(t) and not _is_lakh_word(t)) or t.in_words:
            out.append(t)
            i += 1
            continue
        value, last, end, j = t.value, t.scale, t.end, i
        while j + 1 < len(toks):
            n = toks[j + 1]
            gap = text[end : n.start]
            if n.in_words or gap not in (" ", " and "):
                break
            if 1e3 <= n.scale < last and n.mantissa < 1000:
                if gap == " " and last == 1e6 and n.scale != 1e3:
                    break  # "4 million 334 thousand"; not "2 million 300 million"
            elif last == 1e3 and n.scale == 1 and gap == " ":
                # "30 thousand 209": the units after the thousands
                if n.grouped or n.has_decimal or n.value >= 1000:
                    break
            else:
                break
            if gap == " and " and (
                n.has_decimal
                # "$3 billion and 200 million doses": an amount, then a count; the parts of
                # one amount carry their currency after the last ("... million liras")
                # or end in thousands ("5 million and 865 thousand visitors")
                or _currency_before(text, t.start, lex) is not None
                or not (n.scale == 1e3 or lex["suffix_re"].match(text, n.end))
            ):
                break
            value += n.value
            last, end, j = n.scale, n.end, j + 1
        if j == i:
            out.append(t)
            i += 1
            continue
        out.append(
            NumberToken(
                t.start, end, text[t.start : end], value, value / t.scale, t.scale,
                False, True, False,
            )
        )  # fmt: skip
        i = j + 1
    return out


_HYPHEN_CHAIN_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def _join_hyphen_scales(text: str, toks: list[NumberToken]) -> list[NumberToken]:
    """Broadcast scripts (KBS) hyphenate a number's spoken parts: "one-million-476-thousand",
    "493-thousand-250", "one-million-635-thousand-066": one number. A part joins when it is
    smaller than the scale the part before ends in ("2 million-3 million", a range, does
    not)."""
    out: list[NumberToken] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        last = _HYPHEN_CHAIN_SCALES.get(t.text.rsplit("-", 1)[-1].rsplit(None, 1)[-1].lower())
        value, end, j = t.value, t.end, i
        while last and j + 1 < len(toks):
            n = toks[j + 1]
            if n.start != end + 1 or text[end] != "-" or n.in_words or n.grouped or n.has_decimal:
                break
            if n.scale != 1 and not (n.scale < last and n.mantissa < 1000):
                break
            if n.scale == 1 and not (last == 1e3 and n.value < 1000):
                break
            value += n.value
            end, j = n.end, j + 1
            last = n.scale if n.scale != 1 else None
        if j == i:
            out.append(t)
            i += 1
            continue
        out.append(
            NumberToken(
                t.start, end, text[t.start : end], value, value, 1.0, False, True, False,
            )
        )  # fmt: skip
        i = j + 1
    return out


# Broadcast copy spells the decimal point out (KBS, Arirang): "13-point-eight trillion won",
# "424-point-2-billion dollars", "three-point-one percent".
_SPOKEN_POINT_GAPS = frozenset(("-point-", " point ", "-point ", " point-"))
_LEADING_DIGITS_RE = re.compile(r"\d+")


def _join_spoken_points(text: str, toks: list[NumberToken]) -> list[NumberToken]:
    """Join a whole number, "point" and one digit (a word or digits) after it into one
    decimal token, with the second token's scale: the second alone ("eight trillion") was a
    wrong value."""
    out: list[NumberToken] = []
    i = 0
    while i < len(toks):
        a = toks[i]
        if i + 1 < len(toks) and a.scale == 1 and not a.has_decimal and not a.grouped:
            b = toks[i + 1]
            frac = None
            scale = b.scale
            if text[a.end : b.start] in _SPOKEN_POINT_GAPS:
                if b.in_words:
                    # "six trillion": one digit word, then scale words only
                    first, *rest = b.text.lower().replace("-", " ").split()
                    if UNITS.get(first, 10) <= 9 and all(w in SCALES for w in rest):
                        frac = UNITS[first] / 10
                        scale = math.prod(SCALES[w] for w in rest)
                elif d := _LEADING_DIGITS_RE.match(b.text):
                    frac = float("0." + d.group())
            if frac is not None:
                mant = a.mantissa + frac
                out.append(
                    NumberToken(
                        a.start, b.end, text[a.start : b.end], mant * scale, mant,
                        scale, a.in_words, True, False,
                    )
                )  # fmt: skip
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _drafts(text: str) -> list[_Draft]:
    lex = _lexicon()
    toks = find_number_tokens(text)
    if any(t.scale >= 1e6 or _is_thousand_word(t) for t in toks):
        # (before the runs are dropped: "21 million 415 thousand 380" is one number)
        toks = _join_compound_scales(text, toks, lex)
    if "thousand-" in text or "million-" in text or "billion-" in text:
        toks = _join_hyphen_scales(text, toks)
    toks = _drop_number_runs(text, toks)
    if "point" in text:
        toks = _join_spoken_points(text, toks)
    rupee = _rupee_code(text) if _RUPEE_GATE_RE.search(text) else "PKR"
    out: list[_Draft] = []
    i = 0
    while i < len(toks):
        grown = _grow(text, toks, i, lex, rupee)
        if grown is None:
            i += 2
            continue
        draft, used = grown
        i += used
        if _is_not_figure(text, draft, lex):
            t0 = draft.token.start
            if used == 2 and (
                (t0 > 1 and text[t0 - 1] == "-" and text[t0 - 2].isalpha())
                # "from 255 in 2008/09 to 210 in 2009/10": a financial year's second half
                # opened a "range" (UK crime-statistics copy, session 20)
                or (t0 > 1 and text[t0 - 1] == "/" and text[t0 - 2].isdigit())
                or (_is_year(draft.token) and not _is_year(draft.end_token))
                # "the toll rose from 12 on June 26 to 412": a day after its month opened a
                # "range" whose end is no day (Pakistani flood copy, ds2-disaster)
                or (
                    draft.token.value <= 31
                    and draft.end_token.value > 31
                    and _MONTH_BEFORE_RE.search(text, max(0, t0 - 12), t0) is not None
                )
            ):
                # "GPT-4 to 100 million users", "Covid-19 to 200 wards": a name's number
                # opened a "range"; "from 2,100 in February 2022 to 12,185 in March": a
                # year did. The number after "to" is a figure of its own.
                i -= 1
            continue
        if out and draft.start < out[-1].end:
            continue
        if (
            out
            and draft.start - out[-1].end == 2
            and text[out[-1].end : draft.start] == " ("
            and text[draft.end : draft.end + 1] == ")"
            and out[-1].token.in_words
            and not draft.token.in_words
            and draft.value == out[-1].value
            and draft.kind == out[-1].kind == "count"
        ):
            # "Fourteen (14) countries": the digits restate the words, one figure
            out[-1].end = draft.end + 1
            if (tm := lex["time_re"].match(text, out[-1].end)) and tm.group("sep") != "-":
                # "for a period of twenty (20) years", "within seventy-two (72) hours": the
                # unit after the bracket makes a duration (US court copy, session 7)
                out[-1].kind, out[-1].time_unit_text = "duration", tm.group("u")
                out[-1].unit = lex["time_units"][tm.group("u").lower()]
                out[-1].end = tm.end()
            continue
        out.append(draft)
    if len(out) > 1:
        _share_listed_units(text, out)
        if " of " in text:
            _share_leading_unit(text, out)
    # No substring gate before this: _fraction_drafts only tries its pattern at the offsets
    # of its opening words, from the word index find_number_tokens built for this text
    # (a case-insensitive gate search over the whole text cost 45 us a report). Every
    # match holds a fraction word, so a text without one gives no shares either way.
    shares = _fraction_drafts(text)
    if shares:
        # "a quarter of a million" (and "... euros", money)
        counts = [d for d in shares if d.kind in ("count", "money")]
        if counts:
            spans = _SpanSet([(d.start, d.end) for d in counts])
            out = [d for d in out if not spans.overlaps(d.start, d.end)]
        spaced = [
            d
            for d in shares
            if _SPACED_SHARE_RE.search(d.token.text) or _three_quarters_share(text, d.token)
        ]
        if spaced:
            spans = _SpanSet([(d.start, d.end) for d in spaced])
            out = [d for d in out if not spans.overlaps(d.start, d.end)]
        taken = _SpanSet([(d.start, d.end) for d in out])
        out.extend(d for d in shares if not taken.overlaps(d.start, d.end))
        out.sort(key=lambda d: d.start)
    for d in out:
        if (
            d.value < 0
            and d.kind == "duration"
            and d.start
            and text[d.start - 1] == " "
            and text[d.start] in "-\u2212"
        ):
            # "longest for neurosurgery -46.9 weeks": a dash before the figure, as no span
            # of time is below zero (wait-times tables set as prose, session 6)
            d.start += 1
            d.value = -d.value
            d.low = -d.low if d.low is not None else None
            d.high = -d.high if d.high is not None else None
            if d.low is not None and d.high is not None and d.low > d.high:
                d.low, d.high = d.high, d.low
    if "0." in text:
        _millions_as_decimals(text, out)
    if "and a half" in text:
        out = _and_a_half(text, out, lex)
    if any(w in text for w in _A_UNIT_GATES):
        out = _bounded_a_unit(text, out, lex)
    if "cent" in text or "¢" in text:
        _resolve_cents(out, text)
    if ("/" in text or "th of" in text) and (slashed := _slash_share_drafts(text)):
        taken = _SpanSet([(d.start, d.end) for d in out])
        out.extend(d for d in slashed if not taken.overlaps(d.start, d.end))
        out.sort(key=lambda d: d.start)
    if len(out) > 1:
        _carry_units(text, out)
    return out


# "an hour and a half", "a year and a half", "a mile and a half": one and a half of the unit
# (health and general copy); "a bottle and a half of wine" is no half of the wine either.
_AND_A_HALF_RE = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Oo]ne)[ \u00a0](?P<u>[a-z]+)[ \u00a0]and[ \u00a0]a[ \u00a0]half\b"
)


def _and_a_half(text: str, out: list[_Draft], lex) -> list[_Draft]:
    """One and a half of a time or measure unit as one figure; the "a half" of "a bottle
    and a half" is no share."""
    for m in _AND_A_HALF_RE.finditer(text):
        u = m.group("u")
        drop = [d for d in out if d.start < m.end() and m.start() < d.end]
        if any(d.kind != "percent" and d.start < m.start() for d in drop):
            continue  # part of a figure that starts before it ("one hour and a half" kept)
        out = [d for d in out if d not in drop]
        if u in lex["time_units"]:
            kind, unit = "duration", lex["time_units"][u]
        elif u in lex["measures"] and len(u) > 2:
            kind, unit = "measure", _pint_unit(lex["measures"][u])
        else:
            continue
        tok = NumberToken(m.start(), m.end(), m.group(), 1.5, 1.5, 1.0, True, False, False)
        qual = _qualifier_before(text, m.start(), lex)
        start, bound, qword = (qual[2], qual[1], qual[0]) if qual else (m.start(), "exact", None)
        low, high = {"exact": (1.5, 1.5), "lower": (1.5, None), "upper": (None, 1.5)}.get(
            bound, (None, None)
        )
        d = _Draft(start, m.end(), 1.5, low, high, bound, kind, unit, tok, tok, qword, u)
        out.append(d)
        out.sort(key=lambda d: d.start)
    return out


# "more than a year", "almost a month", "over a decade": a bound on one unit of time is a
# duration (wire and newspaper copy, session 9); "a year" alone ("£1bn a year", "a year
# earlier") is a rate or a date, and "a year ago", "under a year old" are no span.
_A_UNIT_GATES = (
    " a year",
    " a month",
    " a decade",
    " a week",
    " a day",
    " an hour",
    " a fortnight",
)
_A_UNIT_RE = re.compile(
    r"(?<=[ \u00a0])an?[ \u00a0](?P<u>year|month|decade|week|day|hour|fortnight)\b"
    r"(?![-'’]|[ \u00a0]+(?:ago|earlier|before|later|old|and|or|to)\b)"
)


def _bounded_a_unit(text: str, out: list[_Draft], lex) -> list[_Draft]:
    """A bound qualifier before "a"/"an" and a time unit: a duration of one unit."""
    added = False
    for m in _A_UNIT_RE.finditer(text):
        qual = _qualifier_before(text, m.start(), lex)
        if qual is None or qual[1] not in ("lower", "upper", "approximate"):
            continue
        qword, bound, start = qual
        if qword.lower() == "over" and any(
            c.isdigit() or c == "%" for c in text[max(0, start - 30) : start]
        ):
            continue  # "rose 12% over a year": across the span, no bound on it
        if (
            qword.lower() == "over"
            and text[m.end() : m.end() + 1] == ","
            and text[max(0, start - 3) : start].rstrip(" \u00a0\n")[-1:]
            in ("", ".", ",", ";", ":", "(")
        ):
            # "Over a year, the number of applicants increased by 191,000": an opening
            # "over" is "during", as in "Over two years, ..." (Eurostat copy, session 18)
            qword, bound, start = None, "exact", m.start()
        if any(d.start < m.end() and start < d.end for d in out):
            continue
        u = m.group("u")
        tok = NumberToken(m.start(), m.end(), m.group(), 1.0, 1.0, 1.0, True, False, False)
        low, high = {"lower": (1.0, None), "upper": (None, 1.0)}.get(bound, (None, None))
        unit = lex["time_units"][u]
        out.append(
            _Draft(start, m.end(), 1.0, low, high, bound, "duration", unit, tok, tok, qword, u)
        )
        added = True
    if added:
        out.sort(key=lambda d: d.start)
    return out


# "12.5 and 9.8 percent", "3 and 4.5 million jobs", "$1.2 and $1.6 billion": one unit or
# scale written after two coordinated numbers. "fell to 4.1 percent from 4.4": a bare number
# after "from" compared with the new level before it.
_COORD_GAPS = frozenset([" and ", " or ", "\u00a0and\u00a0", "\u00a0or\u00a0"])
_FROM_GAP_RE = re.compile(
    r",?(?:[ \u00a0]in[ \u00a0][A-Z][a-z]+)?[ \u00a0](?:up[ \u00a0]|down[ \u00a0])?from[ \u00a0]"
)


_COMPARED_END_RE = re.compile(
    r"[ \u00a0](?:compared[ \u00a0](?:with|to)|against|from)[ \u00a0](?:US[ \u00a0]?)?\$?$"
)
# "79 bushels per acre, compared with 72": the figure compared with (_carry_units).
_COMPARED_GAP_RE = re.compile(
    r",?[ \u00a0](?:compared[ \u00a0](?:with|to)|versus|against)[ \u00a0]"
)


# A verb of change before "N percent to M": then M is a new level, not the other share.
_CHANGE_VERB_JUST_BEFORE_RE = re.compile(
    r"\b(?:rose|risen|rises?|fell|fallen|falls?|increased|decreased|grew|jumped|climbed"
    r"|dropped|slipped|declined|surged|slumped|up|down"
    # "slip 1% to 21%", "edge lower 1% to 24%" (market-share outlooks, session 8)
    r"|slips?|dip|dips|dipped|(?:edged?|edges|ticked|ticks?)[ \u00a0](?:lower|higher|up|down))"
    r"[ \u00a0](?:by[ \u00a0])?$"
    # a ticker's arrow for "up"/"down": "Gold ▲ $14 to $2,385/oz" (session 8)
    r"|[\u25b2\u25bc\u2191\u2193][ \u00a0]?$",
    re.IGNORECASE,
)
#: A change verb and its share, then "or" before the same change in points.
_CHANGE_PCT_OR_BEFORE_RE = re.compile(
    r"\b(?:rose|fell|slipped|slid|dropped|declined|climbed|gained|lost|added|shed|jumped"
    r"|surged|tumbled|plunged|soared|eased|advanced|retreated|dipped|rallied|sank|was[ \u00a0]up"
    r"|was[ \u00a0]down|ended[ \u00a0](?:up|down)|closed[ \u00a0](?:up|down))[ \u00a0](?:by[ \u00a0])?"
    r"\d[\d.,]*(?:%|[ \u00a0]per[ \u00a0]?cent|[ \u00a0]percent)[ \u00a0]or[ \u00a0]$",
    re.IGNORECASE,
)
#: The arrows of tickers and newsletters for "up" and "down" (session 8).
_UP_ARROWS = "\u25b2\u2191"
_DOWN_ARROWS = "\u25bc\u2193"
_BY_QUALIFIER_BEFORE_RE = re.compile(
    r"\bby[ \u00a0](?:about|around|nearly|almost|some|roughly|approximately|over|under"
    r"|just[ \u00a0]over|just[ \u00a0]under|more[ \u00a0]than|less[ \u00a0]than|an[ \u00a0]estimated"
    # a change played down: "vacancies fell by just 4,000 to 781,000", "by only 850 to
    # 96,400", "by a mere 300 to 12,100" (economy and markets desks, devset2 markets)
    r"|just|only|a[ \u00a0]mere)"
    r"[ \u00a0]$",
    re.IGNORECASE,
)
_BOUNDED_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:rose|risen|rises?|fell|fallen|falls?|increased|decreased|grew|jumped|climbed"
    r"|dropped|slipped|declined|surged|slumped|gained|added|lost|shed|up|down)[ \u00a0]"
    r"(?:by[ \u00a0])?(?:just[ \u00a0])?(?:less|more|fewer)[ \u00a0]than[ \u00a0]$"
    r"|\b(?:rose|risen|rises?|fell|fallen|falls?|increased|decreased|grew|jumped|climbed"
    r"|dropped|slipped|declined|surged|slumped|gained|added|lost|shed|up|down)[ \u00a0]"
    r"(?:by[ \u00a0])?(?:nearly|almost|just[ \u00a0]over|just[ \u00a0]under|over|under)[ \u00a0]$"
    # "increased by around \u00a310bn to \u00a378bn": an approximate change after "by", then
    # the new level (health-system spending copy, session 6)
    r"|\b(?:rose|risen|rises?|fell|fallen|falls?|increased|decreased|grew|jumped|climbed"
    r"|dropped|slipped|declined|surged|slumped|gained|added|lost|shed|up|down)[ \u00a0]"
    r"by[ \u00a0](?:around|about|roughly|approximately|some)[ \u00a0]$",
    re.IGNORECASE,
)
_CHANGE_VERB_BEFORE_RE = re.compile(
    r"\b(?:rose|risen|rise|rises|fell|fallen|falls?|increased?|decreased?|grew|grown|jumped"
    r"|climbed|dropped|gained|lost|slipped|cut|raised|up|down|declined|surged|slumped)\b",
    re.IGNORECASE,
)


def _rebound(d: _Draft) -> None:
    """Set ``low``/``high`` from ``value`` and ``bound`` after the value changed."""
    if d.bound == "exact":
        d.low = d.high = d.value
    elif d.bound == "lower":
        d.low = d.value
    elif d.bound == "upper":
        d.high = d.value


#: Lengths whose second side "by N" an area may leave without its unit ("4 metres by 5").
_LENGTH_UNITS = frozenset(
    _pint_unit(u) for u in ("meter", "centimeter", "kilometer", "foot", "inch", "yard", "mile")
)


def _carry_units(text: str, out: list[_Draft]) -> None:
    """Give a bare number the unit or scale written once for it and another figure in a
    comparison: a change's "to X from Y", a vote's "51 percent to 43", "from one year to
    three", a part "5.0 of the 11.4 million". (Numbers in a list or joined by "and"/"or"
    share theirs in :func:`_share_listed_units`.)"""
    for d, n in zip(out, out[1:], strict=False):
        if d.end_token is not d.token or n.end_token is not n.token:
            continue  # ranges carry their own units
        dt, nt = d.token, n.token
        gap_len = n.start - d.end
        if (
            gap_len == 4
            and d.kind == "percent"
            and d.unit == "%"
            and n.kind == "count"
            and n.start == nt.start
            and nt.scale == 1
            and d.value + n.value <= 100.5
            and text[d.end : n.start] == " to "
            and not _CHANGE_VERB_BEFORE_RE.search(text, max(0, d.start - 30), d.start)
            and (nw := _NEXT_WORD_RE.match(text, n.end)) is not None
            and (not nw.group(1) or nw.group(1).lower() in _METRE_NEXT_OK)
        ):
            # a poll's or a vote's two shares: "leads by 8 points, 51 percent to 43"
            n.kind, n.unit, n.time_unit_text = "percent", "%", d.time_unit_text
        elif (
            gap_len == 4
            and d.kind == "measure"
            and d.unit in _LENGTH_UNITS
            and n.kind == "count"
            and n.start == nt.start
            and n.end == nt.end
            and n.bound == "exact"
            and nt.scale == 1
            and text[d.end : n.start] in (" by ", " by\u00a0")
            and (nw := _NEXT_WORD_RE.match(text, n.end)) is not None
            and nw.group(1).lower() in ("", "and", "with")
            and d.value
            and 0.1 <= n.value / d.value <= 10
        ):
            # "The tent, 4 metres by 5, housed ...", "a cell 3 metres by 2": the second side
            # of an area is in the first one's unit (shelter and camp copy, ds2-science)
            n.kind, n.unit, n.time_unit_text = d.kind, d.unit, d.time_unit_text
        elif (
            n.kind == "count"
            and d.kind in ("percent", "measure")
            and n.start == nt.start
            and n.bound == "exact"
            and 6 <= gap_len <= 30
            and text.endswith("to ", 0, d.start)
            and _FROM_GAP_RE.fullmatch(text, d.end, n.start)
            and nt.scale == d.end_token.scale
            and not text.startswith((" to ", "-", "–"), n.end)
            and 0.1 < n.value / d.value < 10
        ):
            # "fell to 4.1 percent from 4.4", "to 9.2 million tonnes, from 14 million"
            n.kind, n.unit, n.time_unit_text = d.kind, d.unit, d.time_unit_text
        elif (
            n.kind == "count"
            and d.kind in ("percent", "measure", "money")
            and n.start == nt.start
            and n.end == nt.end
            and n.bound == "exact"
            and 11 <= gap_len <= 24
            and text[d.end : d.end + 1] in ", \u00a0"
            and _COMPARED_GAP_RE.fullmatch(text, d.end, n.start)
            and nt.scale == d.end_token.scale
            and 0.1 < n.value / d.value < 10
        ):
            # "79 bushels per acre, compared with 72 last year", "58.5 million tonnes,
            # compared to 61 million": the figure compared with takes its unit
            n.kind, n.unit, n.time_unit_text = d.kind, d.unit, d.time_unit_text
            n.currency = d.currency
        elif (
            gap_len == 2
            and d.kind == "money"
            and n.kind == "count"
            and n.start in (nt.start, nt.start - 1)
            and n.end == nt.end
            and text[d.end : n.start] == " ("
            and text[n.end : n.end + 1] == ")"
            and d.value
            and (
                (nt.scale > 1 and 0.95 < n.value / d.value < 1.05)
                or (
                    nt.scale == d.end_token.scale
                    and (nt.scale > 1 or (nt.has_decimal and d.end_token.has_decimal))
                    and 0.1 < abs(n.value / d.value) < 10
                )
            )
        ):
            # "Tk 17.81 billion (1,781 crore)", "Rs 12.5 billion (1,250 crore)": the same
            # amount in another scale, its currency not repeated (session 7, UNB copy); an
            # interim report's figure of the year before: "18.2 million euros (41.5
            # million)", "7.47 euros (7.24)" (Nordic results copy)
            n.kind, n.unit, n.time_unit_text = d.kind, d.unit, d.time_unit_text
            n.currency = d.currency
        elif (
            d.kind == "money"
            and n.kind == "count"
            and n.start == nt.start
            and n.end == nt.end
            and nt.scale > 1
            and n.value < d.value
            and gap_len <= 60
            and _MONEY_INCLUDING_RE.fullmatch(text, d.end, n.start)
            and not ((nw := _NEXT_WORD_RE.match(text, n.end)) and _is_plural_noun(nw.group(1)))
        ):
            # "Rs 32000 million out of which 300 million for one new scheme", "$5 billion,
            # of which 2 billion in loans", "including 200 million for roads": a part of the
            # amount, in its currency (APP and Pakistani budget copy, session 7; "of which 2
            # million people" counts people)
            n.kind, n.unit, n.time_unit_text = d.kind, d.unit, d.time_unit_text
            n.currency = d.currency
        elif (
            n.kind == "count"
            and d.kind in ("money", "measure")
            and n.start == nt.start
            and n.end == nt.end
            and n.bound == "exact"
            and nt.scale > 1
            and nt.scale == d.end_token.scale
            and 24 < gap_len <= 120
            and text.endswith(("compared with ", "compared to "), 0, n.start)
            and ". " not in text[d.end : n.start]
            and 0.1 < n.value / d.value < 10
        ):
            # "claims totalled 2.9 billion pounds ..., Lloyd's said, compared with 4.5
            # billion in 2017": the same scale, compared across a clause
            n.kind, n.unit, n.time_unit_text = d.kind, d.unit, d.time_unit_text
            n.currency = d.currency
        elif (
            d.kind == n.kind == "money"
            and d.currency == n.currency
            and d.end_token.scale > 1
            and nt.scale == 1
            and n.end == nt.end
            and not nt.grouped
            and nt.value < 1000
            and gap_len <= 40
            and _COMPARED_END_RE.search(text, d.end, n.start)
            and 0.1 < n.value * d.end_token.scale / d.value < 10
        ):
            # "$11.74 billion in FY19 as compared to $11.38 in FY18": the scale written
            # once, on the amount compared with
            n.value *= d.end_token.scale
            _rebound(n)
        elif (
            n.kind == "count"
            and d.kind == "measure"
            and n.start == nt.start
            and n.end == nt.end
            and n.bound == "exact"
            and nt.scale > 1
            and nt.scale == d.end_token.scale
            and gap_len <= 120
            and text.endswith(_COMPARED_ENDS, 0, n.start)
            and ". " not in text[d.end : n.start]
            and 0.1 < n.value / d.value < 10
            and (nw := _NEXT_WORD_RE.match(text, n.end)) is not None
            and (not nw.group(1) or nw.group(1).lower() in _METRE_NEXT_OK | _LEVEL_NEXT_OK)
        ):
            # "held 41.5 billion litres in May, against 52.3 billion a year earlier", "up from
            # 3.9 million": the unit written once, on the first amount (session 5, waste and
            # water copy)
            n.kind, n.unit, n.time_unit_text = d.kind, d.unit, d.time_unit_text
        elif (
            gap_len == 4
            and d.kind in ("duration", "money", "percent", "measure")
            and n.kind == "count"
            and n.start == nt.start
            and n.end == nt.end
            and n.bound == "exact"
            and dt.scale == 1
            and nt.scale == 1
            and text[d.end : n.start] == " to "
            and text.endswith(("from ", "from\u00a0"), 0, d.start)
            and (nw := _NEXT_WORD_RE.match(text, n.end)) is not None
            and (not nw.group(1) or nw.group(1).lower() in _METRE_NEXT_OK | _LEVEL_NEXT_OK)
        ):
            # the unit written once, on the old level: "extended from one year to three",
            # "rose from $400 to 650 last year", "from 12% to 15", "ranged from 108
            # Fahrenheit to 120" (weather and poll copy, session 7)
            n.kind, n.unit, n.time_unit_text = d.kind, d.unit, d.time_unit_text
            n.currency = d.currency
        elif (
            d.kind == n.kind == "count"
            and dt.has_decimal
            and dt.scale == 1
            and nt.scale > 1
            and d.end == dt.end
            and n.start == nt.start
            and text[d.end : n.start] in (" of the ", " of ")
            and dt.value < nt.value / nt.scale
        ):
            # a part whose scale is written once, on the whole: "would affect 5.0 of the
            # 11.4 million unauthorized immigrants" (a decimal count is never of people)
            d.value *= nt.scale
            _rebound(d)
    if any(d.kind == "money" for d in out):
        _carry_list_currency(text, out)
    if any(d.kind in _GAPPED_KINDS for d in out[:-1]):
        _carry_gapped_units(text, out)


_GAPPED_KINDS = frozenset(("percent", "measure", "money"))
#: What may follow a bare number that takes the unit of a gapped list's first item: a place
#: or a time after it, the list going on, or the clause's end (never a noun it counts).
_GAPPED_NEXT_OK = frozenset(
    # ("1 bln euros to Egypt and 105 mn to Tunisia": ANSA copy, devset2 europe)
    # ("for £3m, 5m and 8m over three seasons", "each": session 15)
    "in at on for and or while respectively last this from during to over each".split() + [""]
)
_GAP_STOPS = frozenset('.!?;:\n()"“”')  # (digits between are no figure: "3% in 2022, 4 in 2023")


#: A verb that states the amount right after it (no copula: "the EU is at 134" is gapped).
_OWN_AMOUNT_VERB_BEFORE_RE = re.compile(
    r"\b(?:rose|risen|rises|climbed|climbs|jumped|fell|fallen|falls|dropped|declined|reached"
    r"|reaches|topped|passed|exceeded|surpassed|carry|carries|carried|carrying)"
    r"(?:[ \u00a0](?:to|at|by|past))?[ \u00a0]$"
)


def _carry_gapped_units(text: str, out: list[_Draft]) -> None:
    """A unit, currency or scale written once, on the first item of a gapped list ("Prices
    rose 4.1% in Spain, 3.8 in Italy and 2.9 in France", "The US pledged $4 billion, Japan
    2.5 and Germany 1.8", "240 GW ..., the EU is at 134 and India at 103"): the bare numbers
    after it, joined by a comma or "and"/"or" in the same clause, take it. A number with a
    noun after it counts that noun ("..., and 12 people were arrested")."""
    lead = carried = None  # the list's first item, the last number that took its unit
    for k in range(1, len(out)):
        prev, n = out[k - 1], out[k]
        if prev is not carried:
            lead = prev if prev.kind in _GAPPED_KINDS and prev.token is prev.end_token else None
        if lead is None:
            continue
        nt = n.token
        gap = text[prev.end : n.start]
        # an item before with its own scale word sets the size of the next bare one: "2 bln
        # euros to Egypt and 150 mn to Tunisia, and 40 to Senegal" (40 million)
        ref = prev if prev is carried and prev.token.scale > 1 else lead
        if not (
            n.kind == "count"
            and nt is n.end_token
            and n.start == nt.start
            and n.end == nt.end
            and n.qualifier is None
            and not nt.in_words
            and (nt.scale == 1 or lead.kind == "money")
            # (not after an amount in cents: "61 cents" is 0.61 of its unit)
            and (lead.kind != "money" or lead.value == lead.token.value)
            and 1 <= len(gap) <= 45
            and (
                "," in gap
                or " and " in gap
                or " or " in gap
                # "52 million euros up front with a further 8 million in add-ons": an amount
                # added to the first is in its unit (transfer copy, session 7)
                or gap.endswith((" a further ", " another ", " an additional ", " plus "))
            )
            and not any(c in _GAP_STOPS for c in gap)
            # "400 mm of rain and the death toll rose to 61", "25 metres long and built to
            # carry 40": a number after a verb of its own is no item of a gapped list, whose
            # later items leave the verb out (storm and boat copy, ds2-science)
            and not _OWN_AMOUNT_VERB_BEFORE_RE.search(text, max(prev.end, n.start - 24), n.start)
            and (nw := _NEXT_WORD_RE.match(text, n.end)) is not None
            and nw.group(1).lower() in _GAPPED_NEXT_OK
            # "the number of deaths had dropped by 15 per cent, from 82 to 70": the levels
            # the change ran between, in the thing's own unit, no share (UK crime-statistics
            # copy, session 20)
            and not (lead.kind == "percent" and gap.endswith((", from ", ",\u00a0from ")))
            # "slipped 0.7% or 49.63 to 6,728": the same change in points, then the new
            # level, no second share (market copy, session 13)
            and not (
                lead.kind == "percent"
                and " or " in gap
                and text.startswith((" to ", "\u00a0to "), n.end)
                and text[n.end + 4 : n.end + 5].isdigit()
            )
            and (
                nt.value <= 100
                if lead.kind == "percent"
                # an item with its own scale word is compared by value: "1 bln euros to
                # Egypt and 105 mn to Tunisia" (ANSA copy, devset2 europe)
                else (lead.kind == "money" and lead.value and 0.001 <= n.value / lead.value <= 1000)
                if nt.scale > 1
                # (a zero amount has no size to compare: "`0, 0" in a garbled table)
                else ref.token.mantissa != 0 and 0.1 <= nt.mantissa / ref.token.mantissa <= 10
            )
        ):
            continue
        carried = n
        n.kind, n.unit, n.currency = lead.kind, lead.unit, lead.currency
        n.time_unit_text = lead.time_unit_text
        if nt.scale == 1 and ref.token.scale > 1 and ref.value == ref.token.value:
            n.value *= ref.token.scale  # ("the 100m, 200 and 400": metres, not millions)
        _rebound(n)


def _carry_list_currency(text: str, out: list[_Draft]) -> None:
    """A list of amounts with its currency written on the first item and its scale on the
    last: "Rs 2, 3 and 5 crore", "$2 and 3 billion" (each item is an amount in both; the
    scale of a list of one kind is _share_listed_units' work). Only bare items joined by
    commas and a closing "and"/"or", and not when the last counts a noun ("$15, and 2
    million people use it")."""
    k = 0
    while k < len(out) - 1:
        j = k
        while j + 1 < len(out) and text[out[j].end : out[j + 1].start] in _LIST_COMMAS:
            j += 1
        if j + 1 >= len(out) or text[out[j].end : out[j + 1].start] not in _LIST_END_JOINS:
            k = j + 1
            continue
        run, k = out[k : j + 2], j + 2
        first, last = run[0], run[-1]
        if not (
            first.kind == "money"
            and last.token.scale > 1
            and last.kind == "count"
            and all(
                d.end_token is d.token
                and d.end == d.token.end
                and (
                    d is last
                    or (d.token.scale == 1 and not d.token.grouped and d.token.value < 1000)
                )
                and (d is first or (d.kind == "count" and d.start == d.token.start))
                for d in run
            )
            and not ((nw := _NEXT_WORD_RE.match(text, last.end)) and _is_plural_noun(nw.group(1)))
        ):
            continue
        for d in run:
            d.kind, d.unit, d.currency = "money", first.unit, first.currency
            if d.value == d.token.value and d is not last:
                d.value *= last.token.scale
                _rebound(d)


_COMPARED_ENDS = tuple(
    w + sp
    for w in ("compared to", "compared with", "against", "versus", "up from", "down from")
    for sp in (" ", "\u00a0")
)
_LIST_JOINS = frozenset(
    (" and ", " or ", ", ", ",\u00a0", " and\u00a0", " or\u00a0", ", and ", ", or ")
)
#: The serial comma ends a list as "and" does: "ranges of 160, 230, and 300 miles".
_SERIAL_JOINS = frozenset((", and ", ", or "))


# What may stand between two items of a list of seizures: ", 12 of", " and 3 of".
_LEADING_UNIT_GAP_RE = re.compile(
    r"[ \u00a0]of[ \u00a0][a-z][a-z \u00a0-]{0,30}?(?:,[ \u00a0](?:and[ \u00a0])?|[ \u00a0]and[ \u00a0])$"
)
_PARTITIVE_AFTER_OF_RE = re.compile(
    r"[ \u00a0]of[ \u00a0](?!the\b|these\b|those\b|them\b|which\b|whom\b|its\b|their\b|our\b)[a-z]"
)


def _share_leading_unit(text: str, drafts: list[_Draft]) -> None:
    """A unit written on the first item of a list of substances belongs to the later ones
    that name only what they weigh: "40 kg of heroin, 12 of cocaine and 3 of
    methamphetamine" (drug-seizure copy, session 7); "40 of the 60 migrants" is a part."""
    for k in range(1, len(drafts)):
        a, b = drafts[k - 1], drafts[k]
        if (
            a.kind == "measure"
            and b.kind == "count"
            and b.token is b.end_token
            and b.end == b.token.end
            and b.qualifier is None
            and not b.token.in_words
            and _LEADING_UNIT_GAP_RE.match(text, a.end, b.start)
            and _PARTITIVE_AFTER_OF_RE.match(text, b.end)
        ):
            b.kind, b.unit, b.time_unit_text = "measure", a.unit, a.time_unit_text


def _share_listed_units(text: str, drafts: list[_Draft]) -> None:
    """A unit written once after a list of numbers belongs to each: "funded at 27 and 43
    per cent respectively", "10, 20 or 30 km", "for 3 or 4 days", "3 and 4.5 million
    tonnes" (with the scale), "3 and 4.5 million jobs", "$1.2 and $1.6 billion". The one
    place that does so: the coordination part was a second pass of its own, run after the
    fractions and slashes, and is folded in here with identical output on the regression
    texts.

    Two ways in. A list: only a bare number (no noun, sign or word of its own) right before
    the joined one takes it; a comma joins only inside a list that ends "and"/"or" ("(41 200,
    12%)" is a count and its share). Coordination ("X and Y", "X or Y"): a number with no
    unit or scale of its own, with or without a qualifier or in words, takes the unit and
    the scale of the number after it; a grouped or large count before a share is the count
    and its share ("266,295 or 88% were immigrants")."""
    joined = -1  # the draft that took its unit from the list, last time round
    scaled, factor = -1, 1.0  # the draft that took its scale from the list, and the scale
    for k in range(len(drafts) - 2, -1, -1):
        a, b = drafts[k], drafts[k + 1]
        at, bt = a.token, b.token
        if at is not a.end_token or bt is not b.end_token:
            continue  # ranges carry their own units
        join = text[a.end : b.start]
        if join.endswith(" even "):
            join = join[:-5]  # "30, 35 and even 40 degrees" (US weather copy, session 6)
        # "and"/"or", or a serial comma closing a list ("10, 20, and 30 thousand")
        coord = join in _COORD_GAPS or (
            join in _SERIAL_JOINS and k > 0 and text[drafts[k - 1].end : a.start] in _LIST_COMMAS
        )
        if b.kind in _UNIT_KINDS and a.end == at.end and b.start == bt.start:
            if (
                a.kind == "count"
                and a.qualifier is None
                and not at.in_words
                and (b.end > bt.end or joined == k + 1)  # its unit is written after it
                and (b.kind != "percent" or a.value <= 100)
                and join in _LIST_JOINS
                and (join[0] != "," or join in _SERIAL_JOINS or joined == k + 1)
            ):
                a.kind, a.unit = b.kind, b.unit
                a.time_unit_text = b.time_unit_text
                joined = k
            if (
                coord
                and (a.kind == "count" or (a.kind == b.kind and a.unit == b.unit))
                and at.scale == 1
                # "266,295 or 88% were immigrants": a count, then its share
                and not (b.kind == "percent" and (at.grouped or at.value > 100))
            ):
                a.kind, a.unit, a.time_unit_text = b.kind, b.unit, b.time_unit_text
                if bt.scale != 1:
                    a.value *= bt.scale
                    _rebound(a)
                    scaled, factor = k, bt.scale
                    continue
        elif (
            coord
            and a.kind == b.kind
            and a.kind in ("count", "money")
            and a.currency == b.currency
            and at.scale == 1
            and bt.scale > 1
            and not at.grouped
            and at.value < 1000
            and (a.kind == "money" or b.start == bt.start)
        ):
            a.value *= bt.scale  # "3 and 4.5 million jobs", "$1.2 and $1.6 billion"
            _rebound(a)
            scaled, factor = k, bt.scale
            continue
        if (
            scaled == k + 1
            and join in _LIST_COMMAS
            and a.kind == b.kind
            and a.unit == b.unit
            and a.currency == b.currency
            and a.end == at.end
            and at.scale == 1
            and not at.grouped
            and at.value < 1000
        ):
            # further back in the list: "2, 3 and 4 million people", "$2, $3 and $5 billion"
            a.value *= factor
            _rebound(a)
            scaled = k


#: A comma inside a list of numbers ("2, 3 and 4 million").
_LIST_COMMAS = frozenset((", ", ",\u00a0"))
#: What closes a list: "and"/"or", with or without the serial comma.
_LIST_END_JOINS = _SERIAL_JOINS | _COORD_GAPS
#: The kinds whose unit a list shares: "27 and 43 per cent", "10, 20 or 30 km", "3 or 4 days".
_UNIT_KINDS = frozenset(("percent", "measure", "duration"))


def _resolve_cents(drafts: list[_Draft], text: str = "") -> None:
    """ "Cents" are hundredths of the dollar or euro the text last named ("$4.8 billion, or
    61 cents a share"); with no such money before them, of the dollar of the country the
    report is about (dollar_countries.csv: "a 20 cent increase" in Singapore copy), the US
    dollar when none is named, as wire copy means them."""
    last = None
    for d in drafts:
        if d.kind != "money":
            continue
        if d.unit == "CENT":
            if last is None:
                last = _rupee_code(text, *_COUNTRY_CURRENCIES["DOLLAR"]) if text else "USD"
            d.unit = d.currency = last
        elif d.unit in _CENT_CURRENCIES:
            last = d.unit


#: Currencies whose hundredth is written "cents" in English-language news.
_CENT_CURRENCIES = frozenset(
    "USD EUR CAD AUD NZD HKD SGD ZAR KES UGX TZS LKR TTD JMD BBD NAD BZD FJD".split()
)


def find_figures(report: Report | str) -> list[Figure]:
    """The figures of a report as frozen dataclasses, in text order."""
    return [_make_figure(r) for r in figure_rows(report)]


def _figure_maker():
    """``Figure(**row)`` setting the slots directly: the frozen dataclass's ``__init__``
    sets each of its 23 fields through ``object.__setattr__`` (2.7 -> 1.6 us a figure).
    The same object, since the class has no ``__post_init__``; a row that is not exactly
    the fields goes to ``Figure(**row)`` and its error (``test_figure_maker``)."""
    assert not hasattr(Figure, "__post_init__")
    assert [f.name for f in fields(Figure)] == list(Figure.__slots__)
    setters = tuple((name, getattr(Figure, name).__set__) for name in Figure.__slots__)
    n = len(setters)
    new = object.__new__

    def make(row: dict) -> Figure:
        if len(row) != n:
            return Figure(**row)
        fig = new(Figure)
        try:
            for name, set_ in setters:
                set_(fig, row[name])
        except KeyError:
            return Figure(**row)
        return fig

    return make


_make_figure = _figure_maker()


def figure_rows(report: Report | str) -> list[dict]:
    """The figures of a report as plain dicts keyed by :class:`Figure`'s fields, in text
    order: what :func:`find_figures` and the batch table builders start from."""
    if not isinstance(report, Report):
        report = Report.from_text(report)
    from .attribution import attribute

    shown = report
    report = _unwrapped(report)
    text = report.text
    drafts = _drafts(text)

    rows: list[dict] = []
    for d in drafts:
        si = report.sentence_index(d.start)
        para = report.paragraph_index(d.start)
        row = dict.fromkeys(Figure.__slots__)
        row.update(
            start=d.start,
            end=d.end,
            text=text[d.start : d.end],
            value=d.value,
            low=d.low,
            high=d.high,
            bound=d.bound,
            kind=d.kind,
            unit=d.unit,
            sentence=si,
            paragraph=para,
        )
        rows.append(row)
    if " more" in text or "otal" in text or "worth" in text or "cost" in text:
        _fill_money_more(text, rows)
    if "for " in text:
        _fill_elided_currency(text, rows)
    _fill_counted(report, drafts, rows)
    _fill_postmodifiers(report, drafts, rows)
    _fill_predicate_shares(report, rows)
    if "very " in text:
        for k, r in enumerate(rows):
            if r["kind"] == "percent" and r["text"][-3:] in _EVERY_NTH_ENDS:
                was = r["head"]
                _every_nth_head(text, r)
                for q in rows[k + 1 : k + 3]:
                    # its gloss took the singular: "every fifth arrival was a child (19.8%)"
                    if (
                        q["sentence"] == r["sentence"]
                        and q["kind"] == "percent"
                        and q["head"] == was
                    ):
                        q["head"], q["counted"] = r["head"], r["counted"]
    if "(" in text:
        _fill_quantified_share_heads(text, rows)
    _fill_coordinated_share_heads(text, rows)
    if "% " in text:
        _fill_elided_copula_shares(text, rows)
    if ", with " in text:
        _fill_with_elided_parts(text, rows)
    if "share" in text or "proportion" in text or "percentage" in text:
        _fill_named_share_heads(text, rows)
        _fill_share_subject_heads(report, rows)
        _fill_share_change_heads(report, rows)
    if " mark" in text or "milestone" in text or "threshold" in text:
        _fill_mark_heads(report, rows)
    if " among " in text or "rate for " in text or "rates for " in text:
        _fill_among_subject_heads(report, rows)
    if ", and " in text or ", but " in text or ", while " in text or ", yet " in text:
        _fill_clause_share_heads(report, rows)
    if " out of " in text and "(" in text:
        _fill_out_of_bracket_heads(text, rows)
    if " in " in text:
        _fill_bare_rate_heads(text, rows)
    if " said" in text or " say" in text:
        _fill_paired_share_speaker_heads(text, rows)
    if (
        " of respondents" in text
        or " of voters" in text
        or " of adults" in text
        or "polled" in text
    ):
        _fill_poll_population_heads(text, rows)
    if "he " in text:
        _fill_restated_the_heads(text, rows)
    if "made up " in text or "accounted for " in text:
        _fill_group_share_heads(text, rows)
    if "\n\n" in text:
        _fill_one_line_comparison_heads(report, rows)
    if "followed by " in text:
        _fill_followed_by_heads(text, rows)
    if " and " in text or " but " in text or " or " in text:
        _fill_bound_pair_heads(text, rows)
    if "outnumber" in text or "exceed" in text or "outstrip" in text or "outpaced" in text:
        _fill_outnumbered_by_heads(text, rows)
    if "-" in text and ("decision" in text or "ruling" in text or "opinion" in text):
        _fill_court_split_heads(text, rows)
    if "(" in text:
        _fill_bracketed_place_heads(report, rows)
    for r in rows:
        if (
            r["kind"] == "count"
            and "." in r["text"]
            and r["bound"] != "range"
            and r["head"]
            and _POINT_THOUSANDS_RE.search(r["text"])
            and _is_plural_noun(r["head"])
        ):
            # "More than 30.000 people crossed": a point grouping thousands (one group), as
            # a translated European report writes it; no count of people has decimals
            for f in ("value", "low", "high"):
                if r[f] is not None:
                    r[f] *= 1000
    if "total of" in text or "out of" in text or " of " in text or " among the " in text:
        _fill_total_after(text, rows)
        if " those " in text:
            _fill_those_after_noun(text, rows)
            _fill_those_list_items(text, rows)
    if "Of th" in text:
        _fill_opening_of_money(report, rows)
    if " or " in text:
        _fill_restated_part(text, rows)
        _fill_restated_money_share(text, rows)
        _fill_share_restated_counts(text, rows)
    if "respectively" in text:
        _fill_respective_heads(text, rows)
    if "(" in text:
        _fill_bracket_parts(text, rows)
        if "CI" in text or "interval" in text:
            _fill_interval_units(text, rows)
    _fill_summed_parts(text, rows)
    if "of the total)" in text:
        _fill_ranked_bracket_shares(text, rows)
    if "umbers of " in text and " per " in text:
        _fill_per_capita_ranking_heads(report, rows)
    if " - " in text or " \u2013 " in text or " \u2014 " in text:
        _fill_dashed_share_counts(text, rows)
    if "point" in text:
        _unpart_points(rows)
    if "\t" in text or "|" in text:
        _fill_table_heads(text, rows)
    for k, r in enumerate(rows):
        if r["kind"] == "percent" and text.startswith((" of what ", " of what\u00a0"), r["end"]):
            # "after receiving only 32 percent of what it needs": a share of a need the
            # clause names, not of a count before it (appeal and funding copy, devset2
            # mideast)
            r["part_of"] = r["head"] = r["counted"] = None
        if r["head"] in _DAY_HEADS and r["kind"] == "count":
            # "The Senate voted 53-46 Thursday": the day of the vote, not what is counted
            r["head"] = r["counted"] = None
        elif (
            r["head"] == "people"
            and r["kind"] == "count"
            and _RESULTS_LABEL_RE.match(text, text.rfind("\n", 0, r["start"]) + 1, r["start"])
            and _PARTY_BEFORE_TALLY_RE.search(text, max(0, r["start"] - 40), r["start"])
        ):
            # "Full result: Reform UK 1,148; Conservative 836; Labour 93": a results line's
            # tallies after each party's name are its votes, not people of a nationality
            # (local papers' by-election results, ds2-elections)
            r["head"], r["counted"] = "votes", "votes"
        elif r["head"] == "cast" and r["kind"] in ("count", "percent"):
            # "by 4,312 votes out of more than 1.9 million cast", "1,148 votes, 41.2% of those
            # cast": the participle of the votes, which it stands for; the share is of all the
            # votes cast, not of the candidate's count before it (results copy, ds2-elections)
            r["head"], r["counted"] = "votes", "votes cast"
            if r["kind"] == "percent" and text.startswith(_OF_THOSE_CAST, r["end"]):
                r["part_of"] = None
        elif (
            r["head"] in _POSTPOSITIVE_WHOLE_WORDS
            and r["kind"] == "count"
            and k
            and rows[k - 1]["part_of"] == k
            and rows[k - 1]["head"]
        ):
            # "at least 50 seats out of 75 available", "12 places out of 40 possible": an
            # adjective after the whole stands for the part's noun, as "cast" does for votes
            # (election-night copy, session 20)
            r["head"] = rows[k - 1]["head"]
            r["counted"] = f"{rows[k - 1]['head']} {r['counted']}"
        elif (
            r["kind"] == "count"
            and r["counted"]
            and r["counted"][:1].isupper()
            and (place := _PLACE_AFTER_COUNT_RE.match(text, r["end"]))
            and _is_place_name(place.group(1))
        ):
            # "Over 50 people are dead (8 U.S., 10 Cuba, 38 Caribbean)", "(12 Haiti, 28
            # Dominican Republic)": a place after a count says where, never what is
            # counted; the count is of the whole's noun, the count the bracket breaks down
            # (storm statistics in weather blogs and wire copy, session 20)
            w = r["part_of"]
            if w is None and (w := _bracket_whole(text, rows, k)) is not None:
                r["part_of"] = w
            if w is not None:
                r["head"], r["counted"] = rows[w]["head"], rows[w]["counted"]
            else:
                r["head"] = r["counted"] = None
        elif r["head"] in _OPINION_VERBS and r["kind"] == "percent":
            # "Thirty-eight percent approve of the President": the verb of the share's
            # subject, no noun of a whole
            r["head"] = r["counted"] = None
        j = r["part_of"]
        if j is not None and j > k and r["head"] is None and rows[j]["kind"] == "count":
            # "about 6% of its 18,000-strong workforce": the whole's noun, found after it
            r["head"], r["counted"] = rows[j]["head"], rows[j]["counted"]
        elif r["head"] == "ones" and j is not None and rows[j]["head"]:
            # "3.5 million Afghans, including 1.5 million undocumented ones": the pronoun
            # stands for the whole's noun (wire copy, session 10)
            r["head"] = rows[j]["head"]
    _fill_direction(text, rows)
    entities = _entities(report)
    attribute(report, rows, entities)
    _fill_category(report, rows)
    _fill_place_and_time(report, rows, entities)
    if report is not shown:
        # read with its soft line breaks as spaces; told in the report's own text and units
        if ("-\n" in shown.text or ",\n" in shown.text) and (joins := _line_joins(shown.text)):
            marks = _join_marks(joins)
            for row in rows:  # "five thou-\nsand": the offsets of the text as written
                row["start"] = _shown_offset(row["start"], joins, False, marks)
                row["end"] = _shown_offset(row["end"], joins, True, marks)
        for row in rows:
            row["text"] = shown.text[row["start"] : row["end"]]
            row["sentence"] = shown.sentence_index(row["start"])
            row["paragraph"] = shown.paragraph_index(row["start"])
    return rows


# A lower-case word that never ends a line of its own: a hard-wrapped line that ends with it
# goes on in the next line, even when that opens with a capital or a digit ("the
# International\nOrganization for Migration", "more than\n2,000 families").
_WRAP_WORDS = frozenset(
    """the a an of and or for to in on at by from with than about nearly some over under least
    around almost per its their his her as into""".split()
)


_DAY_HEADS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tonight yesterday".split()
)


#: A line opening with a results label: "Result:", "Full result:", "Final results:", "Votes:".
_RESULTS_LABEL_RE = re.compile(
    r"(?:(?:Full|Final|Declared)[ \u00a0])?(?:[Rr]esults?|Votes):[ \u00a0]"
)
#: A capitalised name, then the tally: "Reform UK 1,148", "; Conservative 836", "Lib Dem 498".
_PARTY_BEFORE_TALLY_RE = re.compile(r"[A-Z][\w'’.&\-]*[ \u00a0]$")
_OF_THOSE_CAST = (" of those cast", "\u00a0of those cast", " of all those cast")


_OPINION_VERBS = frozenset(
    """approve disapprove support oppose favour favor agree disagree say believe think want
    back prefer""".split()
)


#: A share's copula and what it names, then the list's next share: " were Yemenis, ".
_COPULA_SHARE_GAP_RE = re.compile(
    r"[ \u00a0](?:were|are|was|is)[ \u00a0](?:[A-Za-z][\w'’\-]*[ \u00a0]){0,2}?[A-Za-z][\w'’\-]*"
    r",?[ \u00a0](?:and[ \u00a0])?"
)
#: What a share with its copula left out names, then the list's next share: " Ethiopians, and ".
_ELIDED_SHARE_GAP_RE = re.compile(
    r"[ \u00a0](?:[A-Z][a-z]+[ \u00a0])?[A-Za-z][\w'’\-]*,?[ \u00a0](?:and[ \u00a0])?"
)
#: The noun right after a share, with no "of": " Ethiopians", " women", " Afghan nationals".
_NOUN_AFTER_SHARE_RE = re.compile(
    r"[ \u00a0](?:[A-Z][a-z]+[ \u00a0])?([A-Za-z][a-z]+)\b(?![ \u00a0]of\b)"
)


def _fill_elided_copula_shares(text: str, rows: list[dict]) -> None:
    """ "619 people were arrested ..., 43% were Yemenis, 54% Ethiopians", "60% were men, 25%
    women and 15% children": the copula is written once, on the list's first share; the
    next shares name their parts the same way, so they take the first one's head and whole
    (the Saudi interior ministry's weekly figures as Gulf papers print them, session 19)."""
    chained = False
    for k in range(1, len(rows)):
        r, q = rows[k], rows[k - 1]
        gap_re = _ELIDED_SHARE_GAP_RE if chained else _COPULA_SHARE_GAP_RE
        chained = bool(
            r["kind"] == "percent"
            and q["kind"] == "percent"
            and q["part_of"] is not None
            and q["sentence"] == r["sentence"]
            and gap_re.fullmatch(text, q["end"], r["start"])
            and (nw := _NOUN_AFTER_SHARE_RE.match(text, r["end"]))
            and _is_plural_noun(nw.group(1))
            and nw.group(1).lower() not in _CLAUSE_WORDS
        )
        if chained:
            r["head"], r["counted"], r["part_of"] = q["head"], q["counted"], q["part_of"]


_MORE_AFTER_COUNT = (" more", " additional", " extra", " further", " others", " other")
_AND_NAME_BEFORE_WITH_RE = re.compile(
    r"\b(?:and|or|by|than)[ \u00a0]\W?[A-Z][\w'’.\-]*(?:[ \u00a0][A-Z][\w'’.\-]*){0,3},[ \u00a0]with[ \u00a0]$"
)
_RATE_AFTER_COUNT_RE = re.compile(
    r"(?:[ \u00a0][a-z]+){0,2}[ \u00a0](?:a|an|per|each|every)[ \u00a0]"
    r"(?:day|week|month|year|night|hour|fortnight)\b"
)


def _fill_with_elided_parts(text: str, rows: list[dict]) -> None:
    """ "Pakistan is home to around 4 million Afghan migrants and refugees, with approximately
    1.7 million lacking documentation": a count after ", with" whose noun is left out (so it
    took the count's before it) is a part of that count when smaller (wire copy on the 2023
    expulsions, session 19)."""
    for k in range(1, len(rows)):
        r, q = rows[k], rows[k - 1]
        if (
            r["kind"] == "count"
            and q["kind"] == "count"
            and r["part_of"] is None
            and r["sentence"] == q["sentence"]
            and r["head"] is not None
            and r["head"] == q["head"]
            and r["counted"] == q["counted"]
            and (r["value"] or 0) < (q["value"] or 0)
            and text.endswith((", with ", ",\u00a0with "), 0, r["start"])
            # one clause: "Tucson, where agents made 2,415, and El Paso, with 1,906" compares
            and "," not in text[q["end"] : r["start"] - 7]
            and ";" not in text[q["end"] : r["start"]]
            # "Turkey hosted 3.1 million and Uganda, with about 1.8 million, ...": another
            # holder's count
            and not _AND_NAME_BEFORE_WITH_RE.search(text, q["end"], r["start"])
            # "with 3,000 more expected by June" adds to the count, no part of it
            and not text.startswith(_MORE_AFTER_COUNT, r["end"])
            # "about 70,000 by June, with close to 3,500 arriving every week": a rate
            and not _RATE_AFTER_COUNT_RE.match(text, r["end"])
        ):
            r["part_of"] = k - 1


def _unpart_points(rows: list[dict]) -> None:
    """Points are a difference or a margin, never a part of a whole nor a whole of parts: "a
    margin of error of plus or minus 2.8 percentage points" is no share of the poll's 1,150
    voters, nor "48% to 45%" a share of "a three-point edge"."""
    for k, r in enumerate(rows):
        j = r["part_of"]
        if j is None:
            continue
        whole = rows[j]
        if (
            r["kind"] == "percent"
            and k + 1 < len(rows)
            and rows[k + 1]["kind"] == "percent"
            and rows[k + 1]["text"].endswith(("points", "point"))
            and 0 < rows[k + 1]["start"] - r["end"] <= 6
        ):
            # "2.6 and 1.4 percentage points higher": the points written once, on the
            # second of two differences (Xinhua copy, session 7), no share of a count
            r["part_of"] = None
            r["head"] = r["counted"] = None
            continue
        if whole["head"] in ("point", "points") and (whole["counted"] or "").startswith("point"):
            # ("40 registration points, including 12 mobile vans" are places: parts stay)
            if r["head"] == whole["head"]:
                r["head"] = r["counted"] = None
            r["part_of"] = None
        elif r["head"] in ("point", "points") or (
            r["kind"] == "percent" and r["text"].endswith(("points", "point"))
        ):
            r["part_of"] = None
            if r["kind"] == "percent":
                r["head"] = r["counted"] = None


def _soft_breaks(text: str) -> list[int]:
    """The line breaks of hard-wrapped copy (wire text cut at 60-70 characters a line):
    a break after a letter, a digit or a comma that the next line continues, opening in
    lower case, or after a word that never ends a line (``_WRAP_WORDS``). A blank line, a
    line that ends a sentence, a headline over a capitalised line, a list or a table row
    stay breaks. In a text shown to be wrapped so (two such breaks or more), a line as long
    as the wrapped ones that ends inside a name goes on too ("the International\nOrganization
    for Migration")."""
    out = []
    names = []  # breaks between two capitalised words, kept if the text is wrapped
    width = 0  # the longest line that a lower-case line continues: the wrap width
    i = text.find("\n")
    n = len(text)
    line_start = 0
    while 0 < i < n - 1:
        prev, nxt = text[i - 1], text[i + 1]
        if (
            (prev.isalnum() or prev == ",")
            and nxt not in "\n \t"
            and i - line_start >= 20  # a wrapped line of prose, not a label or a word
            and not text[line_start:i].replace(",", "").replace(".", "").strip().isdigit()
        ):  # a number on a line of its own ("0" over "comments") is furniture, not prose
            if nxt.islower():
                out.append(i)
                width = max(width, i - line_start)
            elif prev == "," and nxt.isdigit():
                out.append(i)  # a list goes on after its comma: "was 41,\n38 and 44 per cent"
            elif nxt.isupper() or nxt.isdigit():
                j = i - 1
                while j >= 0 and text[j].isalpha():
                    j -= 1
                word = text[j + 1 : i]
                if word in _WRAP_WORDS:
                    out.append(i)
                elif nxt.isupper() and word[:1].isupper() and i - line_start >= 40:
                    names.append((i, i - line_start))
        line_start = i + 1
        i = text.find("\n", i + 1)
    if names and len(out) >= 2:
        # a line no longer than the wrap width (a headline over the text is longer)
        out = sorted(out + [i for i, length in names if length <= width + 3])
    return out


# Words that keep their own hyphen when a line break falls on it ("twenty-\nfive",
# "two-\nthirds"): a number word before it and a number or fraction word after it.
_HYPHEN_NUMBER_WORDS = frozenset(
    [*UNITS, *TENS, "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths"]
    + ["tenth", "tenths", "fourth", "fourths"]
)


# First words of compounds that keep their hyphen at a line's end ("asylum-\nseekers",
# "self-\nemployed"): never the first syllables of one word.
_HYPHEN_COMPOUND_HEADS = frozenset(("asylum", "self"))


def _hyphen_joins(text: str) -> list[tuple[int, int, str]]:
    """The words hard-wrapped copy splits with a hyphen at a line's end ("mig-\nrants",
    "thou-\nsand"), as (start, end, the word joined); a number word keeps its own hyphen
    ("twenty-\nfive"), as do a few compounds ("asylum-\nseekers"). A number split inside a
    thousands group ("1,2-\n00") is joined too; a range split at its hyphen ("5,000-\n6,000",
    "1995-\n2000") keeps it."""
    out = []
    i = text.find("-\n")
    while i != -1:
        if i >= 1 and text[i - 1].islower() and text[i + 2 : i + 3].islower():
            j = i - 1
            while j >= 0 and text[j].isalpha():
                j -= 1
            k = i + 2
            while k < len(text) and text[k].isalpha():
                k += 1
            head, tail = text[j + 1 : i], text[i + 2 : k]
            keep = (
                head.lower() in _HYPHEN_NUMBER_WORDS and tail.lower() in _HYPHEN_NUMBER_WORDS
            ) or (head.lower() in _HYPHEN_COMPOUND_HEADS and len(tail) >= 4)
            out.append((j + 1, k, head + "-" + tail if keep else head + tail))
        elif i >= 2 and text[i - 1].isdigit() and text[i + 2 : i + 3].isdigit():
            j = i - 1
            while j >= 0 and text[j].isdigit():
                j -= 1
            k = i + 2
            while k < len(text) and text[k].isdigit():
                k += 1
            if (
                text[j] == ","
                and j > 0
                and text[j - 1].isdigit()
                and (i - j - 1) + (k - i - 2) == 3
            ):
                out.append((j + 1, k, text[j + 1 : i] + text[i + 2 : k]))  # "1,2-\n00"
            else:
                out.append((i, i + 2, "-"))  # a range at its hyphen: "5,000-\n6,000"
        i = text.find("-\n", i + 2)
    return out


_MONTH_ABBREVS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december".split()
)


def _group_joins(text: str) -> list[tuple[int, int, str]]:
    """The line breaks that split a number inside its thousands grouping ("12,\n000",
    "\u00a34,\n250,000"), as joins that drop the break: the line ends in a group of one to
    three digits and its comma, and the next line goes on with exactly three digits. A year
    ("in 2019,\n300 people") or a day of a month ("May 12,\n300 delegates") before the comma
    is no group, nor is a next line of two digits ("41,\n38 and 44 per cent")."""
    out = []
    i = text.find(",\n")
    while i != -1:
        j = i
        while j > 0 and text[j - 1].isdigit():
            j -= 1
        k = i + 2
        while k < len(text) and text[k].isdigit():
            k += 1
        if 1 <= i - j <= 3 and k - i - 2 == 3 and not (j > 0 and text[j - 1] in ".-/"):
            before = text[max(0, j - 12) : j].rstrip(" \u00a0.").rsplit(None, 1)
            if not (before and before[-1].lower() in _MONTH_ABBREVS):
                out.append((i + 1, i + 2, ""))  # the break itself goes
        i = text.find(",\n", i + 2)
    return out


def _line_joins(text: str) -> list[tuple[int, int, str]]:
    """The joins of hard-wrapped copy, in text order: words split by a hyphen at a line's
    end and numbers split inside their grouping."""
    joins = _hyphen_joins(text) if "-\n" in text else []
    if ",\n" in text and (groups := _group_joins(text)):
        joins = sorted(joins + groups)
    return joins


_NB_HYPHENS = str.maketrans({"\u2011": "-", "\u2010": "-"})


def _unwrapped(report: Report) -> Report:
    """The report with its soft line breaks read as spaces (the same offsets) and its words
    split by a hyphen at a line's end joined (shorter: :func:`_shown_offset` maps back), or
    itself."""
    text = report.text
    if ("\u2011" in text or "\u2010" in text) and "\u2011\n" not in text and "\u2010\n" not in text:
        # web copy's non-breaking hyphen (U+2011) and hyphen (U+2010) read as "-" (one
        # character for one, so the offsets stay): "a 70\u2011kg adult", "10\u201120 mg"
        # (not at a line's end, where the joins below map back only "-\n")
        text = text.translate(_NB_HYPHENS)
        if "\n" not in text:
            return Report.from_text(text, report.date, parse_header=False)
    elif "\n" not in text:
        return report
    breaks = _soft_breaks(text)
    joins = _line_joins(text) if "-\n" in text or ",\n" in text else ()
    if not breaks and not joins:
        if text is report.text:
            return report
        return Report.from_text(text, report.date, parse_header=False)
    chars = list(text)
    for i in breaks:
        chars[i] = " "
    for a, b, word in reversed(joins):
        chars[a:b] = word
    return Report.from_text("".join(chars), report.date, parse_header=False)


def _shown_offset(at: int, joins: list[tuple[int, int, str]], end: bool, marks=None) -> int:
    """An offset into the unwrapped text as an offset into the text as written: after each
    joined word, the characters it lost; inside one, its start or (an ``end``) its end.
    ``marks`` (from :func:`_join_marks`) finds the last join before ``at`` by bisection."""
    marks = marks or _join_marks(joins)
    k = bisect_right(marks[0], at - 1) - 1  # the last join starting before ``at``
    if k < 0:
        return at
    a, b, word = joins[k]
    ua, cut_before = marks[0][k], marks[1][k]
    if at < ua + len(word):
        return b if end else a
    return at + cut_before + (b - a - len(word))


#: A comparative after a unit word set in capitals for stress, in a line of lower case.
_CAPS_WHEN_AFTER_RE = re.compile(r"[ \u00a0](?:earlier|sooner|later|ahead|faster)[ \u00a0]than\b")


def _join_marks(joins: list[tuple[int, int, str]]) -> tuple[list[int], list[int]]:
    """Where each join starts in the unwrapped text, and the characters joins before it
    removed."""
    starts, cuts, cut = [], [], 0
    for a, b, word in joins:
        starts.append(a - cut)
        cuts.append(cut)
        cut += b - a - len(word)
    return starts, cuts


# Between a count and the bracket that breaks it down: its noun, where from, or nothing
# ("21,781 (11,198 deportees and 10,583 returnees)", "4,770 from Pakistan (4,478 ...)").
_BREAKDOWN_GAP_RE = re.compile(
    r"(?P<np>(?:[ \u00a0][a-z][a-z'’-]*){0,3})[ \u00a0]?"
    r"(?:(?:from|in|at)[ \u00a0][A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*)?[ \u00a0]?)?\("
)


# The opening of a bracketed interval after an estimate: "(95% CI 22-40)", "(95%
# confidence interval, 51 to 79)", "(uncertainty interval 3.1-4.4)".
_INTERVAL_GAP_RE = re.compile(
    r"\((?:[^()]{0,12}\b(?:CI|CrI|UI|(?:confidence|credible|uncertainty)[ \u00a0]interval))"
    r"[ \u00a0]*[,:]?[ \u00a0]*$",
    re.IGNORECASE,
)


def _fill_interval_units(text: str, rows: list[dict]) -> None:
    """A confidence interval in brackets right after a percentage, a measure or a duration
    is in its unit: "a 31% higher risk (95% CI 22-40)" is 22% to 40% (study write-ups)."""
    for k in range(1, len(rows)):
        r, p = rows[k], rows[k - 1]
        if (
            r["bound"] == "range"
            and r["kind"] == "count"
            and p["kind"] in ("percent", "measure", "duration")
            and 0 < r["start"] - p["end"] <= 48
            and _INTERVAL_GAP_RE.search(text, p["end"], r["start"])
        ):
            r["kind"], r["unit"] = p["kind"], p["unit"]
            r["head"], r["counted"] = p["head"], p["counted"]


def _fill_bracket_parts(text: str, rows: list[dict]) -> None:
    """Counts in a bracket opened right after a count are its parts: "the total from Iran
    was 21,781 (11,198 deportees and 10,583 spontaneous returnees)"."""
    for k, r in enumerate(rows):
        if r["kind"] != "count" or r["part_of"] is not None or k == 0:
            continue
        if (lead := _figure_before_bracket(text, rows, k)) is None:
            continue
        opened, j = lead
        if (
            rows[j]["kind"] == "count"
            and rows[j]["sentence"] == r["sentence"]
            and rows[j]["value"] > r["value"]
            and (gap := _BREAKDOWN_GAP_RE.fullmatch(text, rows[j]["end"], opened + 1))
            # the count's own noun may stand between ("3,000 people (1,200 children)"), not
            # a verb ("5,000 fled (2,000 in 2022)")
            and not any(
                w in _VERBISH or w.endswith("ed") or w in _CLAUSE_WORDS
                for w in gap.group("np").split()
            )
            # "67,321 individuals (14,118 households)": the same people counted by the
            # households they live in, no part of them (DTM copy, devset2 agency;
            # "1,432 individuals (302 families)", Afghan ministry copy, devset2 South Asia)
            and not (r["head"] in _HOUSEHOLD_HEADS and rows[j]["head"] not in _HOUSEHOLD_HEADS)
        ):
            r["part_of"] = j
        elif (
            opened == r["start"] - 1
            and "of " in text[max(0, opened - 60) : opened]
            and _OF_THEM_PLACE_BEFORE_RE.search(text, max(0, opened - 60), opened)
            and (whole := _antecedent(rows, k, kinds=("count",), whole=True)) is not None
            and rows[whole]["sentence"] == r["sentence"]
        ):
            # "1 810 unaccompanied minors applied ..., most of them from Afghanistan (560)":
            # the bracket counts those of them from the place (Eurostat releases, devset2
            # stats)
            r["part_of"] = whole
            if rows[whole]["head"]:
                r["head"], r["counted"] = rows[whole]["head"], rows[whole]["counted"]


#: "most of them from Afghanistan (", "many of whom in Germany (": a place the people of a
#: count before are from or in, its own count in brackets after it.
_OF_THEM_PLACE_BEFORE_RE = re.compile(
    r"\b(?:most|many|some|half|the[ \u00a0]majority|a[ \u00a0]third)[ \u00a0]of[ \u00a0]"
    r"(?:them|whom|these|those)[ \u00a0](?:(?:were|are|came)[ \u00a0])?(?:from|in|to|at)"
    r"[ \u00a0](?:the[ \u00a0])?[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*){0,3}[ \u00a0]?$"
)
#: Units that group people: a count of them in brackets restates a count of people.
_HOUSEHOLD_HEADS = frozenset("households household families family hhs hh".split())


_CELL_SPLIT_RE = re.compile(r"[ \u00a0]*(?:\t+|\|)[ \u00a0]*")
_HEADER_CELL_RE = re.compile(r"[A-Za-z][A-Za-z'’\- ]{0,40}")


def _table_cells(line: str) -> list[str]:
    return [c.strip() for c in _CELL_SPLIT_RE.split(line.strip(" \u00a0|"))]


def _fill_table_heads(text: str, rows: list[dict]) -> None:
    """A count alone in a cell of a table pasted as text (cells split by tabs or pipes)
    counts what its column's header names: "Province<TAB>Returns<TAB>Families" above
    "Punjab<TAB>12,345<TAB>2,100" gives returns and families, not a noun carried over."""
    for r in rows:
        if r["kind"] != "count":
            continue
        ls = text.rfind("\n", 0, r["start"]) + 1
        le = text.find("\n", r["end"])
        le = len(text) if le < 0 else le
        line = text[ls:le]
        if "\t" not in line and line.count("|") < 2:
            continue
        cells = _table_cells(line)
        col = len(_table_cells(text[ls : r["start"]] + "x")) - 1
        if col >= len(cells) or cells[col] != text[r["start"] : r["end"]].strip():
            continue  # the figure is not alone in its cell
        # the header: the first line of the block of table lines above this one
        hs = ls
        while hs > 0:
            prev_start = text.rfind("\n", 0, hs - 1) + 1
            prev = text[prev_start : hs - 1]
            if not prev.strip() or ("\t" not in prev and prev.count("|") < 2):
                break
            hs = prev_start
        if hs == ls:
            continue
        header_end = text.find("\n", hs)
        header = _table_cells(text[hs : header_end if header_end >= 0 else len(text)])
        if len(header) != len(cells) or not _HEADER_CELL_RE.fullmatch(header[col]):
            continue
        word = header[col].split()[-1].lower()
        if word in _PEOPLE_STATE_HEADERS and (
            " " not in header[col] or header[col].split()[0].lower() in _CAPTION_PEOPLE
        ):
            # "Region | Affected | Displaced": a column of people in that state, named by the
            # caption's noun ("Affected and displaced households by region") or people
            # (OCHA flash updates' tables, ds2-climate)
            cap_start = text.rfind("\n", 0, max(0, hs - 1)) + 1
            cap = _CAPTION_NOUN_RE.search(text, cap_start, max(cap_start, hs - 1))
            noun = cap.group("n").lower() if cap else "people"
            if " " in header[col]:
                noun = header[col].split()[0].lower()  # "People displaced"
            r["head"], r["counted"] = noun, f"{noun} {word}"
            continue
        r["head"], r["counted"] = word, header[col]


#: A column header that names people by their state, not a noun of its own.
_PEOPLE_STATE_HEADERS = frozenset(
    "affected displaced evacuated injured killed dead missing relocated sheltered rescued "
    "stranded homeless".split()
)
_CAPTION_PEOPLE = frozenset("people persons individuals households families children".split())
#: The plural noun a table's caption counts: "Affected and displaced people by region".
_CAPTION_NOUN_RE = re.compile(
    r"\b(?P<n>people|persons|individuals|households|families|children)\b", re.IGNORECASE
)


def extract_figures(report: Report | str) -> pd.DataFrame:
    """One row per figure, in text order, index 0..n-1 (the figure id).

    Columns and dtypes are those of :data:`analysis.schema.FIGURE_COLUMNS`. Never raises
    on a ``str``: text that holds no figure gives an empty, fully typed table.
    """
    rows = figure_rows(report)
    return coerce_table({name: [r[name] for r in rows] for name in Figure.__slots__},
                        FIGURE_COLUMNS, clean=True)  # fmt: skip


# ---------------------------------------------------------------------------------------
# Counted nouns and part-of relations

#: A definite group the sentence names before "N of them", in the phrase of its speaker:
#: "Lawyers for the men said", "A lawyer representing the families said".
_THEM_IN_SENTENCE_RE = re.compile(
    r"\b(?:for|of|representing|from)[ \u00a0](?:the|these|those)[ \u00a0](?P<np>(?:[a-z][a-z\-]*[ \u00a0])?(?P<n>[a-z]{3,}))"
    r"(?=[ \u00a0](?:said|say|says|told|claimed|added|who|had|have|were|are)\b)"
)
#: The plural noun a comma sets off before "N of them": "The aftershocks, more than 300".
_APPOSED_GROUP_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)[ \u00a0](?P<n>[a-z]{3,}),[ \u00a0]"
    r"(?:(?:some|about|around|more[ \u00a0]than|nearly|almost|at[ \u00a0]least|over|roughly)[ \u00a0])?$"
)
#: "of those in the city's care", "of those in custody": people named by where they are held.
_THOSE_HELD_RE = re.compile(
    r"[ \u00a0]in[ \u00a0](?:[A-Za-z'\u2019]+[ \u00a0]){0,3}?(?:care|custody|detention|shelters?"
    r"|camps?|prisons?|jails?)\b"
)
_OF_PRONOUN_RE = re.compile(
    r"^[ \u00a0]{0,2}of[ \u00a0](?:them|these(?![ \u00a0]+[A-Za-z-]{3,}s\b)|whom|which|it"
    r"|those(?=[ \u00a0]{0,2}[,.;:)]|[ \u00a0](?:on|in|at|from|with|were|are|was|had|have)\b))"
    r"\b(?![ \u00a0](?:who|which|that)\b)",
    re.IGNORECASE,
)
#: A count's noun, then ", or" and its share: "2.81 million Venezuelans, or 42% of those".
_NOUN_OR_BETWEEN_RE = re.compile(r"(?:[ \u00a0][A-Za-z][\w'’\-]*){0,4},[ \u00a0]or[ \u00a0]")
_NAME_BEFORE_BRACKET_RE = re.compile(r"\b[A-Z][\w'’-]+[ \u00a0]$")
_BREAKDOWN_WORD_RE = re.compile(
    r"\b(?:mainly|mostly|predominantly|primarily|chiefly|largely|including|notably|among"
    r"[ \u00a0]them|of[ \u00a0]whom|of[ \u00a0]which)\b"
)
_SIZE_OF_AFTER_RE = re.compile(
    r" the[ \u00a0](size|length|height|area|width|weight|depth|population|volume)[ \u00a0]of\b"
)
_GLOSS_AFTER_RE = re.compile(
    r"(?:\)|[ \u00a0]\((?:about|some|around|nearly|almost|over|under|roughly|approximately"
    # a bounded gloss: "119 (just under 15%) of the men" (cohort copy, session 6)
    r"|just[ \u00a0](?:over|under)|more[ \u00a0]than|less[ \u00a0]than)?[ \u00a0]?\d[\d.,]{0,8}[ \u00a0]?"
    r"(?:%|per[ \u00a0]?cent|percent|pc)?\))(?=[ \u00a0]of[ \u00a0])"
)
_ASIDE_AFTER_RE = re.compile(
    r"[ \u00a0]\((?:corrected|revised|updated|provisional|preliminary|estimated|approximate)"
    r"(?:[ \u00a0](?:number|figure|count|total|data))?\)(?=[ \u00a0][a-z])"
)
_SQUARE_GLOSS_AFTER_RE = re.compile(r"(?:\]|[ \u00a0]\[[^\[\]\n]{1,40}\])(?=[ \u00a0][A-Za-z])")
_DASH_GLOSS_AFTER_RE = re.compile(
    r"[ \u00a0][-\u2013\u2014](?:[ \u00a0](?:about|some|around|nearly|almost|over)?[ \u00a0]?\d"
    r"[\d.,]{0,8}[ \u00a0]?(?:%|per[ \u00a0]?cent|percent|pc)?[ \u00a0][-\u2013\u2014])?"
    r"(?=[ \u00a0]of[ \u00a0])"
)
_COMMA_GLOSS_AFTER_RE = re.compile(
    # (or with no "or": "More than half, 52 per cent, of all submissions", devset2 agency)
    r",(?:[ \u00a0](?:or[ \u00a0])?[^,;:()\n]{1,30},)?(?=[ \u00a0]of[ \u00a0](?!wh))"
)
_OPENING_OF_NP_RE = re.compile(
    # "Among large hospitals, 41 percent offer ...": a plural group without a determiner too
    # "Out of the deportees, 214 were ...": Afghan outlets' form (session 9)
    r"(?:Of|Among|Out[ \u00a0]of)[ \u00a0](?:(?P<det>the|these|those|all)[ \u00a0])?"
    # (a long participle phrase too: "Of the returnee households surveyed by the Norwegian
    # Refugee Council in August, 23 percent ...", features, devset2 feature)
    r"(?P<np>[A-Za-z][\w’'\- ]{1,120}?),[ \u00a0]"
)
#: A change right before a percentage: "the sharpest falls, of ", "rose ", "down by ".
_CHANGE_BEFORE_PCT_RE = re.compile(
    r"\b(?:(?:rises|rise|falls|fall|drops|drop|increases|increase|decreases|decrease|declines"
    r"|decline|jumps|jump|growth|surges|surge|reductions|reduction|cuts|cut),?[ \u00a0]of"
    r"|up|down|rose|fell|grew|dropped|declined|increased|decreased|jumped|surged|plunged"
    r"|climbed|slumped|soared)(?:[ \u00a0]by)?[ \u00a0](?:(?:about|around|some|nearly|almost"
    r"|over|roughly|more[ \u00a0]than)[ \u00a0])?$"
)
#: "of those arriving", "of those leaving": the count of the sentence before whose verb
#: moves the same way ("125,300 people moved to Ireland", "69,800 left").
_ARRIVING_AFTER_RE = re.compile(
    r"(?:[ \u00a0][a-z]+){0,2}?[ \u00a0](?:moved[ \u00a0](?:to|into)|arrived|came|entered"
    r"|immigrated|migrated[ \u00a0]to)\b"
)
_LEAVING_AFTER_RE = re.compile(
    r"(?:[ \u00a0][a-z]+){0,2}?[ \u00a0](?:left|emigrated|departed|moved[ \u00a0]abroad)\b"
)
_FLOW_PARTICIPLES = {
    "arriving": _ARRIVING_AFTER_RE,
    "arrived": _ARRIVING_AFTER_RE,
    "coming": _ARRIVING_AFTER_RE,
    "leaving": _LEAVING_AFTER_RE,
    "departing": _LEAVING_AFTER_RE,
}
_OF_THOSE_RE = re.compile(
    # ("of all those interviewed": the same group, ds2-ngo)
    r"^[ \u00a0]{0,2}of[ \u00a0](?:all[ \u00a0])?(?P<np>those[ \u00a0](?:(?:who|which|that)(?:[ \u00a0][a-z]{2,20}){1,2}"
    # a particle after the participle: "of those ordered out", "of those turned away"
    # (Eurostat copy, devset2 stats)
    r"|[a-z]{2,20}ed[ \u00a0](?:out|away|back|off|down|in)\b|[a-z]{2,20}(?:ed|ing)"
    # an irregular participle: "71.6% of those held by ICE" (US copy, devset2 americas)
    r"|held|kept|sent|taken|caught|brought|found|left|given|hit|shot|hurt|born|flown|driven"
    r"|stuck|sought|seen|freed)\b)",
    re.IGNORECASE,
)
#: A day's possessive before a partitive's noun: "of Monday's detainees", "of yesterday's".
_DAY_POSSESSIVE_RE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|Yesterday|today"
    r"|Today)(?:'s|’s)[ \u00a0]"
)
_OF_NP_RE = re.compile(
    # (a key figure over its label line: "61%\nof displaced individuals are children", DTM
    # and UNHCR key-figure boxes, devset2 agency)
    # ("Four of my cousins drowned": a speaker's own, in a feature's quote, devset2 feature)
    r"^(?:[ \u00a0]{0,2}|\n)of[ \u00a0]{1,2}(?P<det>(?:the|all|these|those|this|that|its|their|his|her|our|my|your"
    # the owner is a name of one to four words, not a clause with a count: "two of the 23
    # Labour MPs to back the government's plan" are of the MPs, not of the plan
    r"|all[ \u00a0]the)[ \u00a0]{1,2})?(?P<poss>(?!\d)(?:(?![a-z]+ed[ \u00a0])[\w’'\-]+[ \u00a0]){0,3}?"
    # (nor a verb: "44 percent of America approved of Trump's job" is of America)
    r"[\w’'\-]+?"
    r"(?:'s|’s)[ \u00a0])?",
    re.IGNORECASE,
)
#: "of each", "of every" after a share: "8 percent of each transfer"; "of a", "of an":
#: "70 per cent of a full food basket" (WFP ration copy, session 10), not "of a total".
_OF_EACH_RE = re.compile(
    r"^[ \u00a0]{0,2}of[ \u00a0](?:each|every|an?(?![ \u00a0](?:total|number|record|further)\b))"
    r"[ \u00a0](?=[a-z])"
)
#: A rate "among" a group after a percentage: "a malnutrition rate of 23.5 per cent among
#: children under five" is a share of the children (session 10, crisis copy).
_AMONG_GROUP_RE = re.compile(
    r"^[ \u00a0]among[ \u00a0](?!(?:them|whom|which|those|these|others|other|the[ \u00a0]top)\b)"
    r"(?:the[ \u00a0])?(?=[a-z])"
)
#: A past-tense verb opening what follows a share after "of which": "concerned", "involved".
_PAST_VERB_OPENING_RE = re.compile(r"(?:concerned|involved|related|affected|came|went)[ \u00a0]")
#: What follows "the 342" when its noun is left out: a verb or a clause's end.
_BARE_THE_AFTER_RE = re.compile(
    r"(?:[ \u00a0](?:have|has|had|were|was|are|is|will|would|did|do|can|could|still|so|now"
    r"|already)\b|[,.;:)])"
)
_OF_WHOM_BEFORE_RE = re.compile(
    # (a fact box's "Of whom: 876 men, 121 women", IOM Libya maritime updates, session 10)
    r"\b(?:of|among)[ \u00a0](?:whom|which|them|these|those)[ \u00a0,:]{1,3}"
    r"(?:(?:only|just|some|nearly|almost)[ \u00a0])?$",
    re.I,
)
#: "Some 6,400 Afghans crossed. Among them were 1,900 women": the part after an inverted
#: copula, the whole in the sentence before (agency and wire copy, session 11); "Among the
#: migrants were 11 children" names the whole's own noun.
_AMONG_COPULA_RE = re.compile(
    r"\b[Aa]mong[ \u00a0](?:(?:them|these|those|whom)|the[ \u00a0](?P<noun>[a-z][\w\-]*))"
    r"[ \u00a0](?:are|were|is|was)[ \u00a0](?:(?:only|just|some|nearly|almost|about|around"
    r"|over|more[ \u00a0]than|at[ \u00a0]least)[ \u00a0])?$"
)
_INCLUDING_BEFORE_RE = re.compile(
    r"\b(?:including|includ(?:es|ed|ing)|among[ \u00a0]them|among[ \u00a0]whom"
    # a key-facts box's abbreviation: "Cholera cases: 96, incl. 31 children" (ds2-wires)
    r"|incl\.)[ \u00a0]{1,2}$",
    re.I,
)
#: A sentence opened by a group of people and "including": "The survivors, including ".
_GROUP_INCLUDING_OPENING_RE = re.compile(
    r"The[ \u00a0](?:survivors|migrants|people|passengers|refugees|asylum[ \u00a0]seekers"
    r"|rescued|victims|detainees|deportees|returnees),[ \u00a0](?:including|among[ \u00a0]them)"
    r"[ \u00a0]"
)
_INCLUDING_HINTED = _Hinted(_INCLUDING_BEFORE_RE, ("incl", "among"))
#: A participle right after a part, with or without its noun: "including 112 killed",
#: "including 45 migrants detained" (the verb that tells which count it is part of).
_PART_PARTICIPLE_RE = re.compile(
    r" (?:[a-z]+ )?(?P<v>killed|injured|wounded|arrested|detained|displaced|deported|returned"
    r"|rescued|missing|dead)\b"
)
#: The longest match of each pattern: "of which, nearly " and "among whom  ".
_OF_WHOM_MAX = len("among") + 1 + len("which") + 3 + len("nearly") + 1
_INCLUDING_MAX = len("among whom") + 2
_PHONE_HINTED = _Hinted(
    _PHONE_KEYWORD_RE,
    ("helpline", "hotline", "phone", "tel", "call", "dial", "fax", "whatsapp", "sms", "toll")
    + ("mobile",),
)
_AGE_BEFORE_HINTED = _Hinted(_AGE_BEFORE_RE, ("age",))
_OF_THE_LEAD_RE = re.compile(
    r"(?:^|[.;:\n]|\b)[ \u00a0]*\b[Oo]f[ \u00a0](?:the[ \u00a0](?:total[ \u00a0](?:of[ \u00a0])?)?|these[ \u00a0]"
    r"|those[ \u00a0]|all[ \u00a0])?$"
)
# "Among the 3.33 crore applicants, almost 19 lakh were excluded": "among" opening a clause
_AMONG_LEAD_RE = re.compile(
    r"\b[Aa]mong[ \u00a0](?:the[ \u00a0](?:total[ \u00a0])?|these[ \u00a0]|those[ \u00a0]|all[ \u00a0])?$"
)


def _among_opens_clause(text: str, fig_start: int, s_start: int) -> bool:
    m = _AMONG_LEAD_RE.search(text, max(s_start, fig_start - 24), fig_start)
    if m is None:
        return False
    before = text[s_start : m.start()].rstrip(" \u00a0")
    return not before or before[-1] in ".;:\n,(—–" or before.endswith("that")


_ITEM_END_RE = re.compile(r"[ \u00a0]*(?:$|[,;.()\u2022\u2013\u2014\n]|-[ \u00a0])")
# Between an amount and a part of it: "$123 million, including $80.5 million", "$2bn (of
# which $400m ...", "Rs5 billion, of which Rs1 billion".
_MONEY_INCLUDING_RE = re.compile(
    # (a year between is no amount: "6 billion euros under the 2016 deal with Ankara, of
    # which 4.7 billion euros", Anadolu, session 13)
    # (60 characters: the recipient, purpose and period between, "€163 million to Croatia
    # for border management since 2021, including about €10 million", ds2-ngo)
    r"(?:[^.;:\d]|(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d)){0,60}?,?[ \u00a0]"
    r"(?:including|of[ \u00a0]which|among[ \u00a0]which)"
    # (who paid that part, before it: "$312.4 million, of which the federal government
    # reimbursed $143 million", "of which Ottawa covered $90 million"; Canadian copy on
    # shelter costs, ds2-canada)
    r"(?:(?<=which)[ \u00a0](?:[Tt]he[ \u00a0])?(?:[A-Za-z][\w'’\-]*[ \u00a0]){1,3}?"
    r"(?:paid|covered|reimbursed|contributed|provided|funded|gave|transferred|disbursed"
    r"|pledged|committed|allocated|spent|received|raised))?"
    r"[ \u00a0](?:(?:about|around|some|over|nearly|almost|more[ \u00a0]than|at[ \u00a0]least)[ \u00a0])?"
)
# From one part of an amount to the next in its list: " came from Saudi Arabia and ",
# ", ", " from the UK, ".
_NEXT_MONEY_ITEM_RE = re.compile(r"[^.;:\d()]{0,50}?(?:,|[ \u00a0]and|,[ \u00a0]and)[ \u00a0]")
#: Between an amount and the period it is spent over: " over ", " in the next ".
_OVER_PERIOD_RE = re.compile(
    r"[ \u00a0](?:over|across|in|within|during)(?:[ \u00a0](?:the|its)"
    r"(?:[ \u00a0](?:next|first|coming|last))?)?[ \u00a0]"
)
_RATE_AFTER_MONEY_RE = re.compile(r"/|[ \u00a0](?:per|a|an|each|every)\b")
# From a count to a bare number that opens the clause after a semicolon ("52 drones
# overnight; 47"), and the verb of that clause right after the number.
_SEMICOLON_OPENING_RE = re.compile(r"[^;.\d]{0,60};[ \u00a0]{0,2}")
_OWN_VERB_AFTER_RE = re.compile(r"[ \u00a0](?:were|was|are|is|had|have)\b")
_NUMBER_OF_WITH_RE = re.compile(
    r"\bnumber[ \u00a0]of[ \u00a0](?:the[ \u00a0])?(?P<np>[a-z][a-z\-'’ ]{1,50}?),?[ \u00a0]with[ \u00a0]$"
)
# "This number includes 630", "The figure also included 40", "the toll includes 12".
#: A verb and its preposition right before a count, after the comma that closes an aside:
#: "children, left in 19 buses", "children, left the college ground in 19 buses" (the count
#: is the clause's, not an item of the aside's list).
_VERB_PHRASE_GAP_RE = re.compile(
    r",[ \u00a0](?!and\b|or\b|but\b)[a-z]{3,}(?:[ \u00a0][\w'’\-]+){0,6}?"
    r"[ \u00a0](?:in|on|at|by|aboard|into|from|with)[ \u00a0]$"
)
#: A finite verb right after a comma: the main clause resuming after an aside.
_ASIDE_CLOSED_VERB_RE = re.compile(r",[ \u00a0](?:were|was|are|is|have|has|had)[ \u00a0]")
#: Those asked in a survey are no part of a count before them ("of those polled").
_ASKED_PARTICIPLE_RE = re.compile(r"\b(?:surveyed|polled|asked|interviewed|questioned|sampled)\b")
#: A direction after a number, before "of" and a place: "112 south of Gavdos".
_COMPASS_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west".split()
)
_THAT_CLAUSE_GAP_RE = re.compile(
    r",[ \u00a0](?:adding|saying|noting|stating|explaining|claiming)[ \u00a0]that[ \u00a0]$"
    # "said 211,400 houses were damaged, of which 84,900 were destroyed, and that 1,247
    # people had died": a second reported clause, no further item (ds2-wires)
    r"|,?[ \u00a0]and[ \u00a0]that[ \u00a0]$"
)
#: Between a subject's figure and the next: its noun phrase and "includes"/"included" ("The
#: £750 million ... budget for 2026 to 2027 includes £120 million"): no clause break.
_FIGURE_SUBJECT_INCLUDES_RE = re.compile(
    r"[ \u00a0][^,;:.!?\n()\"“”]{1,80}?[ \u00a0](?:also[ \u00a0])?(?:includes|included)[ \u00a0]"
    r"(?:(?:about|around|some|over|nearly|almost|more[ \u00a0]than|at[ \u00a0]least|up[ \u00a0]to)"
    r"[ \u00a0])?"
)
#: A determiner opening the sentence right before its subject's figure ("The £750 million").
_SUBJECT_DET_BEFORE_RE = re.compile(r"(?:^|[.!?][ \u00a0]+|\n)(?:The|This|Its|Their|A)[ \u00a0]$")
_TOTAL_INCLUDES_RE = re.compile(
    # "Enforced returns fell by 11% to 12,193. This includes 10,706 enforced removals": the
    # bare pronoun stands for the count too (session 7, Home Office statistics)
    r"(?:\b(?:[Tt]his|[Tt]hat|[Tt]he)[ \u00a0](?:(?:number|figure|total|toll|tally|count)[ \u00a0]"
    # "About 600 Rohingyas boarded ... The group, which includes 230 women": the people
    # counted just before, as a group (Bangladeshi relocation copy, session 9)
    r"|(?:group|batch|convoy|caravan|contingent|flight)(?:,[ \u00a0]which)?[ \u00a0])?"
    # "... 1,240 undocumented foreigners. They include 310 women" (agency copy, session 11)
    r"|\b(?:They|These|Those)[ \u00a0]"
    # "Rangers rounded up 122 suspects. The arrested included 89 men": the people counted,
    # named by what happened to them (Pakistani police copy, session 11)
    r"|\b[Tt]he[ \u00a0](?:dead|injured|wounded|missing|arrested|detained|deported|deceased"
    r"|victims|casualties|detainees|deportees|returnees|evacuees|survivors|passengers)"
    # "The returnees, most of them held for months in Jeddah, included 1,106 women": an
    # apposition between the subject and its verb, set off by commas (Ethiopian and IOM
    # copy on returns from Saudi Arabia, ds2-eastroute)
    r"(?:,[ \u00a0][^,.;:!?\n\d\"“”]{1,90}?,)?[ \u00a0]"
    # "The total number of Afghans who returned during this period includes 3,870 men"
    # (Pakistani agency copy, session 11): the whole restated as a noun phrase, no number
    r"|\btotal[ \u00a0]number[ \u00a0]of[ \u00a0][^.;:\d]{1,60}?[ \u00a0])"
    r"(?:also[ \u00a0])?(?:includes|included|include)[ \u00a0]"
    r"(?:(?:about|around|some|over|nearly|almost|more[ \u00a0]than|at[ \u00a0]least)[ \u00a0])?$"
)
#: A base of comparison: "up from", "versus", "compared with".
_BASE_BEFORE_RE = re.compile(
    r"\b(?:(?:up|down)[ \u00a0]from|versus|vs\.?|compared[ \u00a0](?:with|to)|against)[ \u00a0]"
)
#: Between a figure and the next: a second predicate or a base of comparison.
_NEXT_PREDICATE_RE = re.compile(r"\b(?:and|or|from|against|versus|vs)\b|\bcompared[ \u00a0]")
# (a comma or a point inside a number, "$6.25", "1,200", ends nothing)
_WHEN_CLAUSE_END_RE = re.compile(r"[,.](?!\d)|;|[ \u00a0](?:but|while|whereas)[ \u00a0]")
# A verb or participle right after a count: the count is its subject ("1,500 evacuated",
# "61 feared dead", "25,000 flee"), so a label before the number is a topic, not its noun.
_OWN_PREDICATE_AFTER_RE = re.compile(
    r"[ \u00a0](?:[a-z]+ed|dead|missing|killed|hurt|homeless|flee|fled|displaced|held|die"
    r"|shot|slain)\b"
)
# A label and a dash or colon right before the number: "tanks \u2013 9,200", "Deaths: 1,200".
_LABEL_BEFORE_RE = re.compile(
    r"(?:^|[,;:()\n.\u2022\u2013\u2014-][ \u00a0]*)(?P<label>[A-Za-z][a-z]+(?:[ \u00a0][a-z]+){0,2})[ \u00a0]*"
    r"(?:[:\u2013\u2014]|[ \u00a0]-)[ \u00a0]*(?:(?:about|around|some|over|nearly|almost"
    r"|more[ \u00a0]than)[ \u00a0])?$"
)
#: A participle standing alone for people: "the displaced", "the injured", "the deported".
_PEOPLE_PARTICIPLE_NP_RE = re.compile(r"[a-z]{3,}(?:ed|en)")
#: People named by what befell them or what they did: a second reference to people counted
#: before ("the detainees", "the returnees", "the new arrivals", "the survivors").
_ROLE_OF_PEOPLE_RE = re.compile(r"[a-z]{3,}ees|arrivals|survivors|victims|repatriates")
#: ... or by a participle before a noun for people: "3,108 of the repatriated persons".
_PARTICIPLE_PEOPLE_RE = re.compile(
    r"[a-z]{3,}(?:ed|en)[ \u00a0](?:persons|people|individuals|migrants|refugees|nationals"
    r"|foreigners|workers|civilians|residents)"
)


def _names_people_again(head: str, counted: str | None) -> bool:
    """Does "the <counted>" name again people counted before ("the detainees", "the
    returnees", "the repatriated persons")?"""
    return bool(
        _ROLE_OF_PEOPLE_RE.fullmatch(head)
        or (counted and _PARTICIPLE_PEOPLE_RE.fullmatch(counted.lower()))
    )


_COPULA_NOUN_RE = re.compile(
    r"^[ \u00a0]{1,2}(?:were|are|was|is)[ \u00a0]{1,2}"
    # (a nationality before the noun: "11 were Sudanese nationals", session 10; a card's or
    # a body's short name: "were PoR card holders", "were ACC holders", Afghan return copy,
    # session 10; not a verb's progressive: "41 were wearing electronic ankle monitors" is
    # no count of monitors, court copy)
    r"(?![a-z]{2,}ing[ \u00a0])"
    r"(?P<np>(?:[A-Z](?:[a-z]+|[A-Za-z]{1,5})[ \u00a0])?[a-z][a-z\- ]{1,60})"
)
#: "of the returnees", "of these families": a partitive's noun right after a count.
_OF_THE_HEAD_RE = re.compile(r"[ \u00a0]of[ \u00a0](?:the|these|those)[ \u00a0]([A-Za-z]+)\b")
#: A copula, then a people's name in the plural and no noun after it: " are Ukrainians".
_COPULA_DEMONYM_RE = re.compile(r"[ \u00a0]{1,2}(?:were|are)[ \u00a0]{1,2}(?P<np>[A-Z][a-z]+s)\b")
_COPULA_AT_RE = re.compile(r"[ \u00a0]{1,2}(?:were|are|was|is)(?=[ \u00a0])")
#: A participle's short phrase after a noun, then its copula: " sent back last week were",
#: " deported were", " held at the centre are", " sent back on Friday were".
_PARTICIPLE_THEN_COPULA_RE = re.compile(
    r"[ \u00a0](?:[a-z]{2,}ed|sent|held|taken|caught|brought|found|kept|flown|driven|seen)"
    r"(?:[ \u00a0][A-Za-z]+){0,4}?[ \u00a0]{1,2}(?:were|are)(?=[ \u00a0])"
)
_SHARE_VERB_AFTER_RE = re.compile(
    r"[ \u00a0](?:think|thinks|thought|say|says|said|believe|believes|want|wants|support"
    r"|supports|oppose|opposes|expect|expects|agree|agrees|prefer|prefers|plan|plans|feel"
    r"|feels|favou?r|favou?rs|back|backs)\b"
)
_OF_NP_OF_RE = re.compile(
    r"[ \u00a0]of[ \u00a0](?:(?:the|total|its|their|all)[ \u00a0])*(?:[a-z][a-z-]*[ \u00a0]){1,4}"
    r"of[ \u00a0]"
)
_RATE_LABEL_BEFORE_RE = re.compile(
    r"(?:\bCFR|\bcase[ \u00a0]fatality[ \u00a0](?:rate|ratio)|\bpositivity[ \u00a0]rate"
    r"|\battack[ \u00a0]rate"
    # a business or economic rate: "a combined ratio of 97.3%", "a profit margin of 12%"
    r"|\b(?:ratio|margin|yield|rate))[ \u00a0:=]{1,3}(?:(?:is|was|of|at|stands[ \u00a0]at)[ \u00a0])?$"
    # the rate's new level after its verb: "the jobless rate rose to 3.9%", "Jobless Rate
    # Rises to 4.1%" (short-form copy, session 8)
    r"|(?i:\b(?:ratio|margin|yield|rate)[ \u00a0](?:rose|rises?|fell|falls?|climbed|climbs?"
    r"|jumped|jumps?|dropped|drops?|eased|eases?|slipped|slips?|increased|increases?"
    r"|declined|declines?|edged[ \u00a0](?:up|down)|edges?[ \u00a0](?:up|down)|hit|hits"
    r"|ticked[ \u00a0](?:up|down)|ticks?[ \u00a0](?:up|down)|inched[ \u00a0](?:up|down)"
    r"|crept[ \u00a0]up|dipped|dips?"
    r"|reached|reaches)[ \u00a0](?:to|at)[ \u00a0])$"
    # a rate named by its noun alone: "Unemployment At 4.1%", "inflation at 3.2%" (a level,
    # not a share of the jobs counted before it; session 8)
    r"|(?i:\b(?:unemployment|joblessness|inflation|turnout|occupancy|literacy|poverty"
    # "punctuality was 91 per cent": trains or flights on time, a level (rail and airline
    # copy, ds2-transport)
    r"|punctuality)"
    r"[ \u00a0](?:at|is|was|of|stands[ \u00a0]at|hits?|rises[ \u00a0]to|falls[ \u00a0]to)[ \u00a0])$"
    # a level, not a share of the count before it: "beds fell to 2,700, while occupancy was
    # stable at 67 percent", "30 hospitals ... above the recommended level of 85%"
    r"|\b(?:stable|steady|unchanged|constant)[ \u00a0]at[ \u00a0]$"
    r"|\b(?:level|threshold|occupancy|coverage|turnout)[ \u00a0](?:of|at)[ \u00a0]$"
    # the seats filled or the capacity used, not a share of the passengers counted before:
    # "48,600 passengers ..., with an average load factor of 91 per cent", "a capacity
    # factor of 35%", "utilisation of 80%" (airline, rail and energy copy, ds2-transport)
    r"|\b(?:factor|utili[sz]ation)[ \u00a0](?:of|at|was|is)[ \u00a0]$"
    # the size of a deal or a charge, not a share of the people before it: "1,000 members
    # rejected an offer of 7.5%", "a pay award of 2.45%", "a tariff of 25%" (session 6,
    # labour and trade copy)
    r"|\b(?:offer|award|settlement|tariff|tax|levy|duty|discount|fee|commission|stake"
    r"|subsidy|bonus|premium|rebate|surcharge)[ \u00a0]of[ \u00a0]$"
)
# What stands before the earlier value of a compared share: "up from 12%", "compared with 35%"
# ("took action against 1,184 employers", "cases against 40 agents": what is done to those
# counted, no comparison; Straits Times copy on enforcement, devset2 asiapac)
_COMPARED_BEFORE_RE = re.compile(
    r"(?:\b(?:up|down)[ \u00a0]from|\bcompared[ \u00a0](?:with|to)|\bversus|\bvs\.?"
    r"|(?<!action[ \u00a0])(?<!actions[ \u00a0])(?<!cases[ \u00a0])(?<!charges[ \u00a0])"
    r"(?<!proceedings[ \u00a0])(?<!complaints[ \u00a0])\bagainst)"
    r"[ \u00a0]$"
)
#: An aside in brackets, no digits in it, then a lower-case plural: " (mainly Rohingya)".
_ASIDE_BRACKET_RE = re.compile(r"[ \u00a0]\([A-Za-z][^()\d\n]{1,30}\)(?=[ \u00a0][a-z]{3,}s\b)")
_SHARE_BRACKET_RE = re.compile(r" \((?:\d[\d.,]{0,6}[ \u00a0]?(?:%|per[ \u00a0]?cent|percent))\)")
_OF_THAT_NUMBER_RE = re.compile(
    r"[ \u00a0]of[ \u00a0](?:that|this)[ \u00a0](?:number|total|figure|tally)\b", re.I
)
_OPENING_OF_TOTAL_RE = re.compile(
    r"(?:Of|Among)[ \u00a0](?:(?:that|this)[ \u00a0](?:number|total|figure|tally)\b,?"
    # "Of the total, 77.2 million are ...": the total the sentence before gave (Global
    # Trends copy, ds2-disaster); with its comma, so "Of the total 3,000 deportees" is not
    r"|the[ \u00a0](?:overall[ \u00a0])?total,)[ \u00a0]"
)
#: "hosted the largest number, 3.1 million": a count set off after a superlative "number".
_SUPERLATIVE_NUMBER_BEFORE_RE = re.compile(
    r"\b(?:largest|highest|biggest|greatest|second-largest|second-highest)[ \u00a0]"
    r"(?:number|total),[ \u00a0]$"
)
#: A preposition of place right before a count: "in 12 upazilas", "across six sites".
_PLACE_PREP_BEFORE_RE = re.compile(
    r"\b(?:in|into|across|at|over|throughout)[ \u00a0](?:the[ \u00a0])?$"
)
#: "N families or M individuals": one group counted in two units, households and heads.
_RESTATED_BY_OR_RE = re.compile(r"[ \u00a0][a-z]{3,}s[ \u00a0]or[ \u00a0]")
#: "one of the institute's 33 holding centres", "one of its 14 shelters": the set a thing
#: belongs to, sized by the count after it (no item of a list of parts).
_ONE_OF_SET_BEFORE_RE = re.compile(
    r"\b[Oo]ne[ \u00a0]of[ \u00a0](?:the|its|their|his|her|our)[ \u00a0](?:[\w'’.-]+[ \u00a0]){0,2}$"
)
#: What opens the next item of a list: "5.2 million were in India, 2.7 million in
#: Bangladesh and 1.1 million in Pakistan".
_LIST_ITEM_BEFORE_RE = re.compile(r"(?:,|,?[ \u00a0]and)[ \u00a0]$")
# ("of the record 44,000 people", "of the total 3,000": session 7, UK Channel copy)
_PARTICIPLE_BEFORE_INNER_RE = re.compile(
    r"(?:[a-z]{2,14}(?:ed|ing)|other|record|total|overall|combined)[ \u00a0]"
)
_OF_THAT_ALONE_RE = re.compile(r"[ \u00a0]of[ \u00a0](?:that|this)(?=[,.;:)!?\"\u201d]|$)")
_THIS_NP_RE = re.compile(
    # ("accounted for €88 million of that.": the pronoun alone; European copy, ds2-money)
    r"^[ \u00a0]{0,2}of[ \u00a0]{1,2}(?:this|that|these|those)(?:[ \u00a0]|[.,;:](?!\d))",
    re.I,
)


#: The earlier level of a change, right before its figure: "up from 142", "down from".
#: A verb that moves people, right before "N of them" (an adverb may come between).
_MOVED_PEOPLE_BEFORE_RE = re.compile(
    r"\b(?:moved|relocated|transferred|deported|returned|resettled|evacuated|bused|bussed"
    r"|flown|flew|rehoused|repatriated|expelled|removed|released)"
    r"(?:[ \u00a0](?:so[ \u00a0]far|already|since|now|also|only))?[ \u00a0]$"
)
#: Groups of people such a verb moves, besides _PEOPLE_NOUNS' general nouns.
_MOVED_GROUPS = frozenset(
    "minors children detainees families adults women men prisoners inmates students".split()
)
_FROM_BEFORE_RE = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|increased|decreased|climbing|dropping)"
    r"[ \u00a0](?:(?:sharply|slightly|steeply)[ \u00a0])?"
    # "down 41% from 6,640", "up 12 per cent from": the change's size before "from" (ds2-andes)
    r"(?:\d[\d.,]*(?:%|[ \u00a0]per[ \u00a0]cent|[ \u00a0]percent|pc)[ \u00a0])?"
    r"from[ \u00a0](?:(?:about|around|some"
    r"|nearly|almost|over|just)[ \u00a0])?$"
)


_AUX_AFTER_RE = re.compile(r"(?:[ \u00a0][a-z]+){0,2}?[ \u00a0](?:were|was|are|is|have|has|had)\b")
_FINITE_AFTER_RE = re.compile(
    r"(?:[ \u00a0][a-z]+){0,2}?[ \u00a0](?:were|was|are|is|have|has|had)[ \u00a0](?:been[ \u00a0])?"
    r"(?:[a-z]+[ \u00a0])?[a-z]+ed\b"
)


# A fact box's label, alone at the start of its line: "Deaths: ", "Homes destroyed: "
_FACT_LINE_LABEL_RE = re.compile(
    # (after a list mark too: "4) Urban jobs created: ", Xinhua fact lists, session 7)
    # (or after a pipe, the next cell of a box: "Deaths: 61 | Injured: 240+", session 8)
    # (an acronym's plural, and a date after the label: "IDPs in camps: ", "Cumulative
    # arrivals since 15 April 2023: ", situation-report dashboards, devset2 agency)
    r"(?:^|\n|\|[ \t])[ \t•*-]*(?:\(?\d{1,2}[.)][ \t]+)?"
    r"(?P<label>[A-Z](?:[a-z]+|[A-Z]{1,4}s)(?:[ \u00a0][a-z]+){0,2})"
    r"(?:[ \u00a0](?:since|as[ \u00a0]of)[ \u00a0][\w \u00a0]{1,24}?"
    # (or the period it covers: "Deportations, January-June 2025: ", "Deportations called
    # off in 2024: ", an explainer's "at a glance" box, session 11)
    r"|,?[ \u00a0](?:in|during)[ \u00a0](?:19|20)\d\d"
    r"|,[ \u00a0](?:[A-Z][a-z]+(?:[-\u2013][A-Z][a-z]+)?[ \u00a0])?(?:19|20)\d\d)?:[ \t]$"
)
#: ... or a longer one, a plural and its participle first: "Deaths recorded on the Polish
#: side since 2021: " (a live blog's quick facts, session 11).
_FACT_LINE_LONG_LABEL_RE = re.compile(
    r"(?:^|\n)[ \t•*-]*(?P<label>[A-Z][a-z]+s[ \u00a0][a-z]+ed)\b[^:\n\d]{0,50}"
    r"(?:(?:19|20)\d\d[^:\n\d]{0,10})?:[ \t]$"
)
#: Words before the noun of a dashboard's label: "Cumulative arrivals", "New registrations".
_LABEL_MODIFIERS = frozenset(
    """cumulative total new daily weekly monthly registered verified estimated confirmed
    reported recorded""".split()
)


#: "For every migrant who reaches the coast, " right before a count with no noun.
_FOR_EVERY_BEFORE_RE = re.compile(
    r"[Ff]or[ \u00a0]every[ \u00a0](?P<n>[a-z]{3,20})\b[^.;:!?\n\d]{0,100},[ \u00a0]$"
)
#: Nouns of a rate a percentage charges or pays on some amount: "a 5% fee", "a 1% tax",
#: "10 percent interest" (business copy on remittances and migrants' debts, ds2-money).
_RATE_NOUNS = frozenset(
    """tax taxes levy levies fee fees charge charges surcharge commission tariff tariffs
    interest incentive incentives subsidy rebate discount markup mark-up premium
    forecast forecasts projection projections prediction predictions estimate estimates
    target targets""".split()
    # ("above the 2.9% forecast by economists", "a 5% target": a level set or expected, no
    # share of a whole; business copy, session 14)
)


def _opener_noun_phrase(text: str, lead_np: re.Match) -> tuple[str | None, str | None]:
    """The group an "Of the ..., " opener names, as (counted, head): "Of these returnees,"
    gives the returnees; "Of the total of deportees," the deportees (Honduran copy, session
    7). The share after the opener and the elided items of its list both read it."""
    np_at = lead_np.start("np")
    if text.startswith(("total of ", "number of "), np_at):
        np_at = text.index(" of ", np_at) + 4
    return _noun_phrase_after(text, np_at)


#: A rate's base right after a number: " per 100,000", " per 1,000 live births".
_PER_BASE_AFTER_RE = re.compile(r"[ \u00a0]per[ \u00a0](?:every[ \u00a0])?\d[\d,]*\b")
#: A rate's noun before its number: "attack rate", "incidence", "mortality rate" (the last
#: such noun before the number, with no sentence mark between them).
_RATE_NOUN_BEFORE_RE = re.compile(
    r"\b([Aa]ttack|[Ii]ncidence|[Mm]ortality|[Dd]eath)(?:[ \u00a0]rates?)?\b(?!.*\b(?:[Aa]ttack"
    r"|[Ii]ncidence|[Mm]ortality|[Dd]eath)\b)"
    # (no clause of its own between them: "Death rates fell, and 300 per 1,000 ...")
    r"(?:(?!\b(?:and|but|while|whereas)\b)[^.;:\n])*$"
)
#: A counted noun, then a rate's base: " cases per 100,000", " deaths per 1,000".
_NOUN_PER_BASE_AFTER_RE = re.compile(
    r"(?:[ \u00a0][\w'’-]+){1,3}[ \u00a0]per[ \u00a0](?:every[ \u00a0])?\d"
)


def _larger_money_before(rows: list[dict], k: int) -> bool:
    """Is the figure right before amount ``k`` a larger amount in the same currency and
    sentence (the whole it may be a part of)?"""
    if not k:
        return False
    prev, r = rows[k - 1], rows[k]
    return (
        prev["kind"] == "money"
        and prev["sentence"] == r["sentence"]
        and prev["unit"] == r["unit"]
        and prev["value"] > r["value"]
    )


#: The dimension a length stands before: "828 metres tall", "12 metres deep", "40km away".
_DIMENSION_WORDS = frozenset("tall high long wide deep thick across away apart broad".split())


#: "40 of us": a count of the speaker's party, whose noun is elided.
_OF_US_AFTER_RE = re.compile(r"[ \u00a0]of[ \u00a0]us\b")
#: "We were 120 in the group", "by morning we were about 45": the same, before the count ...
_WE_WERE_BEFORE_RE = re.compile(r"[Ww]e[ \u00a0]were[ \u00a0]$")
#: ... when no noun follows it ("We were 60 migrants" counts migrants).
_PARTY_NO_NOUN_AFTER_RE = re.compile(
    r"(?:[ \u00a0](?:in|on|at|aboard|inside|when|and|left|then)\b|[,.;:!?\"”])"
)


def _fill_counted(report: Report, drafts: list[_Draft], rows: list[dict]) -> None:
    text = report.text
    sentences = report.sentences
    # Figure id of "Of the M X," that opens a clause, per sentence.
    for k, (d, r) in enumerate(zip(drafts, rows, strict=True)):
        kind = r["kind"]
        if kind == "money":
            r["head"] = r["unit"]
            if _THIS_NP_RE.match(text[d.end : d.end + 40]):
                # "Over Rs2 billion of that fund": part of the amount named before, as far
                # back as the sentence before a paragraph break ("...reached £4.9bn.\n\n
                # Hotels accounted for £2.1bn of that spending", UK copy, ds2-money)
                ante = _antecedent(rows, k, kinds=("money",), whole=True)
                while (
                    ante is not None
                    and ante > 0
                    and (rows[ante]["kind"] != "money" or rows[ante]["value"] <= r["value"])
                    and rows[ante - 1]["sentence"] == rows[ante]["sentence"]
                ):
                    # "€214 million ..., or about €9,200 for each ... Detention accounted
                    # for €88 million of that": the amount that can hold it, not a rate after
                    # it in the same sentence (ds2-money)
                    ante -= 1
                if (
                    ante is not None
                    and rows[ante]["kind"] == "money"
                    and rows[ante]["value"] > r["value"]
                ):
                    r["part_of"] = ante
            elif (
                _larger_money_before(rows, k)
                and _MONEY_INCLUDING_RE.fullmatch(text, rows[k - 1]["end"], d.start)
                # "including Rs 1,000 per month per displaced person": a rate, no part
                and not _RATE_AFTER_MONEY_RE.match(text, d.end)
            ):
                # "$123 million, including $80.5 million for the UN trust fund"
                r["part_of"] = k - 1
            elif (
                k > 1
                and rows[k - 1]["kind"] == "duration"
                and _larger_money_before(rows[: k - 1] + [r], k - 1)
                and _OVER_PERIOD_RE.fullmatch(text, rows[k - 2]["end"], rows[k - 1]["start"])
                and _MONEY_INCLUDING_RE.fullmatch(text, rows[k - 1]["end"], d.start)
                and not _RATE_AFTER_MONEY_RE.match(text, d.end)
            ):
                # "will cost €1.3 billion over four years, including €410 million for
                # caseworkers": the period the amount is spent over stands between the
                # amount and its part (parliamentary copy on a bill's cost, ds2-sportpolls)
                r["part_of"] = k - 2
            elif (
                _larger_money_before(rows, k)
                and "nclude" in text[rows[k - 1]["end"] : d.start]
                and _FIGURE_SUBJECT_INCLUDES_RE.fullmatch(text, rows[k - 1]["end"], d.start)
                and _SUBJECT_DET_BEFORE_RE.search(
                    text, max(0, rows[k - 1]["start"] - 8), rows[k - 1]["start"]
                )
            ):
                # "The £750 million Border Security Command budget for 2026 to 2027 includes
                # £120 million for immigration enforcement": the subject's amount holds the
                # object's (UK government notes to editors, ds2-govrelease)
                r["part_of"] = k - 1
            elif (
                k > 0
                and (w := rows[k - 1]["part_of"]) is not None
                and not pd.isna(w)
                and rows[k - 1]["kind"] == "money"
                and rows[k - 1]["sentence"] == r["sentence"]
                and rows[k - 1]["unit"] == r["unit"]
                and rows[int(w)]["value"] > r["value"]
                and _NEXT_MONEY_ITEM_RE.fullmatch(text, rows[k - 1]["end"], d.start)
            ):
                # "$2.6bn, of which $640m came from Saudi Arabia and $515m from the UAE": the
                # next item of the list is a part of the same whole (remittance copy,
                # ds2-labour)
                r["part_of"] = int(w)
            continue
        if kind == "count" and d.hyphen_unit:
            # "a 100-bed hospital": 100 beds, of a hospital
            r["head"] = (d.time_unit_text or "").lower()
            counted, _ = _noun_phrase_after(text, d.end)
            r["counted"] = f"{_plural_of(r['head'])} of {counted}" if counted else r["head"]
            continue
        if (
            kind == "count"
            and text[d.start - 2 : d.start] in ("a ", "n ", "A ")
            and _ARTICLE_END_RE.search(text, max(0, d.start - 4), d.start)
            and (sn := _SPACED_UNIT_NOUN_RE.match(text, d.end))
            and sn.group("w") not in _NOT_SPACED_UNIT_NOUNS
        ):
            # "a 175 billion parameter LLM", "a 12 member panel": the article of a singular
            # noun before a plural number makes the number's noun an adjective, as the
            # hyphens of "a 70-billion-parameter model" do (AI copy, session 8)
            r["head"] = sn.group("w")
            counted, _ = _noun_phrase_after(text, sn.end("w"))
            r["counted"] = f"{_plural_of(r['head'])} of {counted}" if counted else r["head"]
            continue
        if kind == "count" and (
            _OF_US_AFTER_RE.match(text, d.end)
            or (
                _WE_WERE_BEFORE_RE.search(text, max(0, d.start - 9), d.start)
                and _PARTY_NO_NOUN_AFTER_RE.match(text, d.end)
            )
        ):
            # "There were 85 of us in the boat", "We were 120 in the group": the speaker's
            # own party, counted in people (survivors quoted in wire copy on boats and
            # border crossings, ds2-eastroute)
            r["head"] = r["counted"] = "people"
            continue
        if kind == "duration":
            r["head"] = (d.time_unit_text or "").lower() or None
            if d.hyphen_unit:
                counted, _ = _noun_phrase_after(text, d.end)
                r["counted"] = counted
            continue
        if kind == "measure":
            r["head"] = (d.time_unit_text or "").lower() or None
            if (
                r["head"]
                and r["head"][-4:] == " day"
                and (rate := _DAY_RATE_END_RE.search(r["head"]))
            ):
                # "62,000 barrels a day", "1.1 million barrels per day": the unit is the rate
                # (oil_barrel / day), the head the unit as written, as "120 kilometres per
                # hour" gives "kilometres" (commodities copy, ds2-general and ds2-energy)
                r["head"] = r["head"][: rate.start()]
            of = re.match(r"[ \u00a0]of[ \u00a0]", text[d.end : d.end + 4])
            # "5,000 tonnes of food" measures food; "a 900-kilometre border" measures a border
            counted, _ = _noun_phrase_after(text, d.end + of.end() if of else d.end)
            if counted and not of:
                first, _, rest = counted.partition(" ")
                if first.lower() in _DIMENSION_WORDS:
                    # "828 metres tall", "200 metres wide", "a 3 km long queue": the
                    # dimension measured, not a thing (session 17, general copy)
                    counted = rest or None
            r["counted"] = counted
            if (
                k > 0
                and rows[k - 1]["kind"] == "measure"
                and rows[k - 1]["sentence"] == r["sentence"]
                and rows[k - 1]["unit"] == r["unit"]
                and rows[k - 1]["value"] > r["value"]
                and _MONEY_INCLUDING_RE.fullmatch(text, rows[k - 1]["end"], d.start)
            ):
                # "32 lakh hectares under paddy, of which nearly 6.5 lakh hectares is
                # basmati", "900,000 tonnes, including 120,000 tonnes sold abroad": a part of
                # the measure before, in its unit, as an amount's part is (ds2-farming)
                r["part_of"] = k - 1
            continue
        sent = sentences[r["sentence"]] if sentences else None
        s_start = sent.start if sent else 0
        if text[s_start : s_start + 1] in ('"', "“") and sent is not None and d.start > s_start + 1:
            # '"Of the families who went back, about 1,200 have ...," she said': a quote
            # opening the sentence is no word of it; its openers read as in running text
            # (devset2 mideast)
            s_start += 1
        prev_ids = []
        j = k - 1
        while j >= 0 and rows[j]["sentence"] == r["sentence"] and len(prev_ids) < _LOOKBACK:
            prev_ids.append(j)
            j -= 1
        before = text[max(s_start, d.start - 60) : d.start]
        # A bracketed gloss between the figure and its "of": "two-thirds (68%) of global
        # funding", "1,200 (40%) of the migrants"; read on as if it were not there.
        gl = _GLOSS_AFTER_RE.match(text, d.end) if text.startswith((" (", ")"), d.end) else None
        if gl is None and text.startswith(" (", d.end):
            # an editor's aside: "saved 276 (corrected number) people" (session 7, SOS
            # Mediterranee reports); read on after it
            gl = _ASIDE_AFTER_RE.match(text, d.end)
        if gl is None and text.startswith((" [", "]"), d.end):
            # an uncertainty interval in square brackets: "1.3 million [1.0 million-1.7
            # million] new HIV infections" (UN fact sheets); read on after it
            gl = _SQUARE_GLOSS_AFTER_RE.match(text, d.end)
        elif gl is None and text.startswith((" -", " \u2013", " \u2014"), d.end):
            gl = _DASH_GLOSS_AFTER_RE.match(text, d.end)  # "one quarter - 23% - of new ..."
        if gl is None and kind == "percent" and text.startswith(",", d.end):
            # "Nearly three quarters, or 72 per cent, of refugees": a share restated between
            # commas before its "of" (a humanitarian overview, session 8)
            gl = _COMMA_GLOSS_AFTER_RE.match(text, d.end)
        d_end = gl.end() if gl else d.end
        after = text[d_end : d_end + 160]

        if (
            kind == "count"
            and prev_ids
            and text[d.start - 1 : d.start] == "("
            and text[d_end : d_end + 1] == ")"
            and _NAME_BEFORE_BRACKET_RE.search(text, max(0, d.start - 30), d.start - 1)
        ):
            # "1,729 illegal migrants, predominantly from Syria (920), Morocco (270) ...",
            # "400 people, including Syrians (120)": a breakdown by name of the count before
            # (session 7, Bulgarian interior-ministry copy)
            j = next((j for j in prev_ids if rows[j]["part_of"] is None), None)
            if (
                j is not None
                and rows[j]["kind"] == "count"
                and (rows[j]["value"] or 0) > (r["value"] or 0)
                and d.start - rows[j]["end"] < 200
                and _BREAKDOWN_WORD_RE.search(text, rows[j]["end"], d.start)
            ):
                r["part_of"] = j
                r["head"], r["counted"] = rows[j]["head"], rows[j]["counted"]
                name = text[max(0, d.start - 30) : d.start - 1].split()[-1]
                if _is_plural_noun(name):
                    r["head"] = r["counted"] = name.lower()  # "including Syrians (120)"
                continue
        if (
            kind == "count"
            and text[d.start - 2 : d.start] == " ("
            and text[d_end : d_end + 1] == ")"
            and (pn := _PLURAL_NAME_BEFORE_BRACKET_RE.search(text, max(0, d.start - 30), d.start))
            and (
                pn.group(1).endswith("ese")
                or (
                    _is_plural_noun(pn.group(1))
                    and pn.group(1).endswith(("ans", "is", "ers", "ees"))
                )
            )
        ):
            # "followed by Iranians (3,900) and Turks (3,100)": a people named before its
            # count in brackets is what the count counts (explainers' Q&A, session 8)
            r["head"] = r["counted"] = pn.group(1).lower()
            continue
        if (
            kind == "count"
            and text[d.start - 1 : d.start] == "("
            and text[d_end : d_end + 1] == ")"
            and (no := before.rfind("number of ")) >= 0
        ):
            # "the number of asylum applications lodged last year (more than 660,000)": the
            # count in brackets counts what the number before it is of (explainers, session 8)
            at = d.start - len(before) + no + 10
            at += 4 if text.startswith("the ", at) else 0
            c2, h2 = _noun_phrase_after(text, at, after_det=True)
            if h2 and _is_plural_noun(h2):
                r["head"], r["counted"] = h2, c2
                continue
        if kind == "percent" and after[:5] == " the " and (sz := _SIZE_OF_AFTER_RE.match(after)):
            # "a camp a tenth the size of Hong Kong Island", "half the size of Wales": a
            # ratio of two sizes, no share of the count before it (session 7, Zaatari copy)
            r["head"] = r["counted"] = sz.group(1).lower()
            continue
        # "N of the M X", "N of them", "N% of X".
        of_pron = _OF_PRONOUN_RE.match(after)
        if of_pron:
            ante = _antecedent(rows, k, kinds=("count",), whole=True, text=text)
            if (
                ante is None
                and text[d.start - 2 : d.start] in (", ", ",\u00a0")
                and (ap := _APPOSED_GROUP_BEFORE_RE.search(text, max(0, d.start - 30), d.start))
                and _is_plural_noun(ap.group("n"))
            ):
                # "The aftershocks, more than 300 of them, kept ...", "The protesters, some
                # 2,000 of them, marched": the group set off before "N of them" is what it
                # counts, with no count of it before (quake and wire copy, ds2-science)
                r["head"] = r["counted"] = ap.group("n").lower()
                continue
            if (
                ante is None
                and k > 0
                and rows[k - 1]["kind"] == "count"
                and rows[k - 1]["paragraph"] == (rows[k]["paragraph"] or 0) - 1
                and rows[k - 1]["sentence"] == rows[k]["sentence"] - 2
                and (rows[k - 1]["value"] or 0) > (r["value"] or 0)
                and text[max(0, s_start - 1) : s_start] in ("", "\n")
            ):
                # "... 212,000 Afghans had left Sindh. It called the drive a success.\n\nOnly
                # 9,400 of those were deported": a paragraph that opens with "of those"
                # reaches past the figureless sentence that closed the one before to its
                # last count (Pakistani dailies, session 10)
                ante = k - 1
            if ante is not None and _FROM_BEFORE_RE.search(
                text, max(0, rows[ante]["start"] - 24), rows[ante]["start"]
            ):
                # "About 240 sites are now open, up from 142 a year earlier; 61 of them":
                # the earlier level of a change is no group "them" points to; the count it
                # changed to is (OCHA copy, devset2 agency)
                ante = next(
                    (
                        j
                        for j in range(ante - 1, max(-1, ante - 4), -1)
                        if rows[j]["kind"] == "count"
                        and rows[j]["sentence"] == rows[ante]["sentence"]
                        and (rows[j]["value"] or 0) >= (r["value"] or 0)
                    ),
                    ante,
                )
            if (
                ante is not None
                and rows[ante]["head"] not in _PEOPLE_NOUNS
                and of_pron.group().split()[-1].lower() == "them"
                and _MOVED_PEOPLE_BEFORE_RE.search(text, max(0, d.start - 30), d.start)
            ):
                # "5,400 minors, against roughly 2,000 places, and has moved 890 of them to
                # the mainland": what is moved, flown or deported are the people counted,
                # not the places or beds set beside them (Canarian copy, ds2-scraped)
                ante = next(
                    (
                        j
                        for j in range(ante - 1, max(-1, ante - 1 - _LOOKBACK), -1)
                        if rows[j]["sentence"] == rows[ante]["sentence"]
                        and rows[j]["kind"] == "count"
                        and (rows[j]["head"] in _PEOPLE_NOUNS or rows[j]["head"] in _MOVED_GROUPS)
                        and (rows[j]["value"] or 0) >= (r["value"] or 0)
                    ),
                    ante,
                )
            if (
                ante is not None
                and rows[ante]["head"] not in _PEOPLE_NOUNS
                and of_pron.group().split()[-1].lower() in ("those", "whom")
            ):
                # "90,000 refugees in nine camps, 80% of whom are Karen": people, not camps;
                # "312 people in five operations ... 40% of those on board" too (session 9,
                # ds2-asiaeurope and ds2-western)
                ante = _people_whole(rows, k, ante)
            if (
                ante is not None
                and rows[ante]["head"] not in _PEOPLE_NOUNS
                and rows[ante]["sentence"] < rows[k]["sentence"]
                and of_pron.group().split()[-1].lower() == "those"
                and (held := _THOSE_HELD_RE.match(after, of_pron.end()))
            ):
                # "The city runs 214 sites, 17 of them large centers. Families make up 58
                # percent of those in the city's care": people named by where they are held,
                # no part of the places or things counted before (shelter copy, ds2-shelters)
                r["head"], r["counted"] = "people", "those" + held.group()
                continue
            if (
                ante is not None
                and (w := rows[ante]["part_of"]) is not None
                and rows[ante]["sentence"] < rows[k]["sentence"]
                and any(
                    j != ante
                    and rows[j]["part_of"] == w
                    and rows[j]["sentence"] == rows[ante]["sentence"]
                    for j in range(w + 1, k)
                )
            ):
                # "Arrivals reached 52,400, including 8,100 women and 11,300 children. About
                # 70 per cent of them were deported": "them" in the next sentence is the
                # whole the list's parts share, never its last item alone (IOM flash
                # copy, session 10)
                ante = w
            if (
                ante is not None
                and rows[ante]["sentence"] < rows[k]["sentence"]
                and of_pron.group().split()[-1].lower() == "them"
                and (own := _THEM_IN_SENTENCE_RE.search(text, s_start, d.start)) is not None
                and _is_plural_noun(own.group("n"))
                and own.group("n").lower() != (rows[ante]["head"] or "")
            ):
                # "Lawyers for the men said two of them had been granted asylum": "them" is
                # the group the sentence itself names before the number, not a count of the
                # sentences before (court copy)
                r["head"], r["counted"] = own.group("n").lower(), own.group("np")
                continue
            if ante is not None:
                r["part_of"] = ante
                r["head"], r["counted"] = rows[ante]["head"], rows[ante]["counted"]
                if (
                    kind == "percent"
                    and rows[ante]["kind"] == "count"
                    and _NOUN_OR_BETWEEN_RE.fullmatch(text, rows[ante]["end"], d.start)
                ):
                    # "with 2.81 million Venezuelans, or 42% of those in the region": the
                    # count restated as its share of a larger whole, no part of the count;
                    # the whole is the count before it of which it is that share, "about 6.7
                    # million of them in Latin America" (EFE copy, devset2 americas)
                    r["part_of"] = _share_of_whole_before(rows, ante, r["value"])
                    if r["part_of"] is None:
                        r["part_of"] = rows[ante]["part_of"]
                    continue
                if kind == "percent":
                    # "12,400 new arrivals, some 60 per cent of them Somali women and
                    # children", "96,000 Afghans ..., 45 percent of them children": a share's
                    # head is the whole's noun, not what the part is (devset2, session 9)
                    continue
                at = d_end + of_pron.end()
                if kind == "count" and (cop := _COPULA_AT_RE.match(text, at)):
                    # "86 people, 30 of whom were women", "Hùng said 900 of them were women":
                    # the noun after the verb names the part, as in "of whom 3,000 were
                    # children" (devset2 regions and asiaeurope wrote this rule each)
                    at = cop.end()
                c2, h2 = _noun_phrase_after(text, at)
                if h2 and _is_plural_noun(h2):
                    r["head"], r["counted"] = h2, c2  # "1,100 people, 300 of them children"
                continue
        those = _OF_THOSE_RE.match(after)
        if those:
            # "40pc of those detained", "85% of those who left": a group named by a clause.
            r["counted"] = those.group("np").strip()
            # a share's head is the whole's noun, and those are people ("Nearly 40% of those
            # detained were women", devset2 americas), as a count of them is
            r["head"] = "people"
            if kind == "count" and not _ASKED_PARTICIPLE_RE.search(r["counted"]):
                # "Police arrested over 1,800 Afghans ... 1,160 of those arrested had been
                # shifted": part of the people counted before (Pakistani dailies, session 9)
                ante = _antecedent(rows, k, kinds=("count",), whole=True, text=text)
                if ante is not None and _is_plural_noun(rows[ante]["head"] or ""):
                    r["part_of"] = ante
            elif (
                kind == "percent"
                and prev_ids
                and rows[prev_ids[0]]["kind"] == "count"
                and _is_plural_noun(rows[prev_ids[0]]["head"] or "")
                and _NOUN_OR_BETWEEN_RE.fullmatch(text, rows[prev_ids[0]]["end"], d.start)
            ):
                # "USCIS selected 77,690 beneficiaries, or roughly 21.4% of those
                # registered": the count restated as its share of a larger group of the same
                # people, no part of the count; those are what the count counts (law-firm
                # alerts on the H-1B lottery, ds2-visas)
                r["head"] = rows[prev_ids[0]]["head"]
            elif (
                kind == "percent"
                and prev_ids
                and rows[prev_ids[0]]["kind"] == "count"
                and _is_plural_noun(rows[prev_ids[0]]["head"] or "")
                and not _ASKED_PARTICIPLE_RE.search(r["counted"])
                # "412 evictions, up from 287 a year earlier, and ... 40% of those evicted":
                # the earlier level of a change is another period's, no whole of a share
                # now (wire copy on an NRC release, ds2-ngo)
                and not _FROM_BEFORE_RE.search(
                    text, max(0, rows[prev_ids[0]]["start"] - 24), rows[prev_ids[0]]["start"]
                )
            ):
                # "104,815 non-EU citizens were ordered to leave, which means that roughly
                # three in ten of those ordered out were sent back": a share of the people
                # the sentence counted just before (Eurostat copy, devset2 stats)
                r["part_of"] = prev_ids[0]
            elif (
                kind == "percent"
                and not prev_ids
                and k
                and sentences
                and rows[k - 1]["sentence"] == r["sentence"] - 1
                and (flow := _FLOW_PARTICIPLES.get(those.group("np").split()[-1].lower()))
            ):
                # "125,300 people moved to Ireland ... and 69,800 left, giving net migration
                # of 55,500. Almost 30% of those arriving were Irish citizens": of the count
                # the sentence before gave for that direction (an op-ed, ds2-factcheck)
                for j in range(k - 1, -1, -1):
                    q = rows[j]
                    if q["sentence"] != r["sentence"] - 1:
                        break
                    if (
                        q["kind"] == "count"
                        and _is_plural_noun(q["head"] or "")
                        and flow.match(text, q["end"], min(len(text), q["end"] + 40))
                    ):
                        r["part_of"] = j
                        break
            continue
        if _OF_THAT_NUMBER_RE.match(after):
            # "with 25,000 of that number sheltering in schools": part of the count before
            ante = _antecedent(rows, k, kinds=("count",))
            if ante is not None:
                r["part_of"] = ante
                r["head"], r["counted"] = rows[ante]["head"], rows[ante]["counted"]
                continue
        if kind == "percent" and (each := _OF_EACH_RE.match(after)):
            # "keeping up to 8 percent of each transfer", "5% of every sale": the share is
            # of one such thing, its noun the whole (East African market copy)
            counted, head = _noun_phrase_after(text, d_end + each.end(), after_det=True)
            if head:
                r["counted"], r["head"] = counted, head
                continue
        if kind == "percent" and after[:7] == " among " and (am := _AMONG_GROUP_RE.match(after)):
            # "a rate of 23.5 per cent among children under five", "27 percent among young
            # Syrians": the group the rate is among is the whole (session 10, crisis copy)
            counted, head = _noun_phrase_after(text, d_end + am.end(), after_det=True)
            if head and _is_plural_noun(head):
                r["counted"], r["head"] = counted, head
                continue
        m_of = _OF_NP_RE.match(after)
        if m_of and after.lstrip().lower().startswith("of"):
            np_start = d_end + m_of.end()
            inner = next(
                (
                    j
                    for j in range(k + 1, min(k + 3, len(rows)))
                    if rows[j]["start"] == np_start
                    or (rows[j]["start"] >= np_start and rows[j]["start"] - np_start < 3)
                    # "40 per cent of an $80 million appeal"
                    or (rows[j]["start"] == np_start + 3 and text.startswith("an ", np_start))
                    # "10 of the reported 16 dead", "400 of the remaining 2,500 residents"
                    or _PARTICIPLE_BEFORE_INNER_RE.fullmatch(text, np_start, rows[j]["start"])
                    or _ORDER_WORD_RE.fullmatch(text, np_start, rows[j]["start"])
                ),
                None,
            )
            if inner is not None and rows[inner]["kind"] in ("count", "money"):
                r["part_of"] = inner
                counted, head = _noun_phrase_after(text, rows[inner]["end"])
                if rows[inner]["kind"] == "count" or kind == "percent":
                    r["counted"], r["head"] = counted, head
                if head is None:
                    r["head"], r["counted"] = rows[inner]["head"], rows[inner]["counted"]
                    if rows[inner]["kind"] == "money":
                        r["head"] = None
                continue
            counted, head = _noun_phrase_after(text, np_start, after_det=bool(m_of.group("det")))
            if (
                kind == "count"
                and counted
                and counted.isupper()
                and len(counted) > 1
                and any(rows[j]["kind"] == "count" and rows[j]["head"] for j in prev_ids)
            ):
                # "Sixteen teams of the NDRF and 18 of the SDRF": a body's acronym is whose
                # they are, not what is counted (Indian flood copy, session 9)
                counted = head = None
            if (
                head in ("top", "bottom")
                and counted == head
                and (tn := _TOP_N_AFTER_RE.match(text, np_start + len(head)))
            ):
                # "Seven of the top 10 most expensive metros": the ranking's items, after
                # the ranking's size (a number no figure of its own; property copy, session
                # 20)
                c3, h3 = _noun_phrase_after(text, tn.end())
                if h3 and _is_plural_noun(h3):
                    counted, head = c3, h3
            if head in ("number", "total") and counted:
                # "40% of the total number of refugees": the share is of the refugees
                of_at = np_start + text[np_start : np_start + 60].find(counted) + len(counted)
                tail = _OF_NP_RE.match(text[of_at : of_at + 60])
                if tail and text.startswith(" of ", of_at):
                    c3, h3 = _noun_phrase_after(text, of_at + tail.end(), after_det=True)
                    if h3:
                        counted, head = c3, h3
            if head == "total" and kind == "percent" and counted in ("total", "the total"):
                # "Arrivals: 1,340 ...\nMinors: about 410, roughly 30% of the total": the
                # total is the count before, past the one the share restates (a live blog's
                # list, session 11)
                tot = _total_before(text, rows, k)
                if tot is not None:
                    counted, head = rows[tot]["counted"], rows[tot]["head"]
                    r["part_of"] = tot
            elif head == "total" and kind == "count" and counted in ("total", "the total"):
                # "Indonesians accounted for 47,108 of the total": a count of the total is
                # part of the larger count before, and counted in its noun (Focus Taiwan and
                # Yonhap copy ranking nationalities, ds2-eastasia)
                tot = _total_before(text, rows, k)
                if tot is not None and (rows[tot]["value"] or 0) > (r["value"] or 0):
                    counted, head = rows[tot]["counted"], rows[tot]["head"]
                    r["part_of"] = tot
            if head:
                r["counted"], r["head"] = counted, head
                if _THIS_NP_RE.match(after):
                    # "78 of those people" after a cost per person: a count is of a count
                    kinds = ("count",) if kind == "count" else ("count", "money")
                    ante = _antecedent(rows, k, kinds=kinds)
                    if ante is None:
                        # "...more than 12,000 Afghan families.\n\nA director said sixty
                        # percent of these families ...": wire and Afghan outlet copy set each
                        # sentence as a paragraph, so the whole may close the one before
                        # (session 10)
                        ante = _antecedent(rows, k, kinds=kinds, whole=True, text=text)
                    if (
                        ante is not None
                        and rows[ante]["kind"] == "count"
                        # (a plural's "these"/"those", not "of this year's quota", which may
                        # be the earlier level itself)
                        and "th" in after[:10]
                        and after.lstrip(" \u00a0")[3:9].lower() in ("these ", "those ")
                        and _FROM_BEFORE_RE.search(
                            text, max(0, rows[ante]["start"] - 24), rows[ante]["start"]
                        )
                    ):
                        # "3,918 irregular entries in 2024, down 41% from 6,640 the year
                        # before. Nearly 70% of those entries": the earlier level of a
                        # change is another period's; the count it changed to is the whole
                        # (Reuters copy, ds2-andes), as for "of them" above
                        ante = next(
                            (
                                j
                                for j in range(ante - 1, max(-1, ante - 4), -1)
                                if rows[j]["kind"] == "count"
                                and rows[j]["sentence"] == rows[ante]["sentence"]
                                and rows[j]["head"] == rows[ante]["head"]
                            ),
                            ante,
                        )
                    # "14 of these attacks" is part of the attacks counted before, not of
                    # "300 members" (a whole of another plural noun); a share of "this
                    # amount" or "those held" points back whatever its noun
                    if (
                        ante is not None
                        and (
                            kind != "count"
                            or rows[ante]["kind"] == "money"
                            or rows[ante]["head"] in (None, head)
                            or not _is_plural_noun(head)
                            # "25,000 Rohingyas and Bangladeshis ... 300 of these refugees":
                            # a named people, then what they are (Aceh wire copy, session 9)
                            or (
                                head in _PEOPLE_NOUNS
                                and (rows[ante]["counted"] or "")[:1].isupper()
                            )
                        )
                        # a count is no part of a smaller count ("12 boats were new. Some 20
                        # of these boats ...")
                        and not (
                            kind == "count"
                            and rows[ante]["kind"] == "count"
                            and (rows[ante]["value"] or 0) < (r["value"] or 0)
                        )
                    ):
                        r["part_of"] = ante
                    elif kind == "count" and _is_plural_noun(head):
                        # "over 3,400 deaths, including 580 women and 100 children. 1,400 of
                        # these deaths ...": the count of the same noun further back
                        # (session 7, IOM Missing Migrants copy)
                        r["part_of"] = _same_head_whole(rows, k, head)
                elif (
                    kind == "count"
                    and (
                        (
                            (m_of.group("det") or "").strip().lower() == "the"
                            and not m_of.group("poss")
                        )
                        # "1,120 of Monday's detainees", "300 of yesterday's arrivals": a
                        # day's own group is the group counted before, as "of the"
                        # (Pakistani dailies' daily Torkham figures, ds2-pakistan25)
                        or (
                            not m_of.group("det")
                            and m_of.group("poss")
                            and _DAY_POSSESSIVE_RE.fullmatch(m_of.group("poss"))
                        )
                    )
                    and _is_plural_noun(head)
                ):
                    # "brought down 29 of the drones": part of the drones counted before
                    # (the same noun, no fewer), in this sentence or the two before
                    same = _same_head_whole(rows, k, head)
                    if same is not None and " " in counted:
                        # "6 million of the conflict displacements": of the displacements
                        # the word "conflict" went with (IDMC copy, ds2-disaster)
                        same = _modified_whole(text, sentences, rows, k, head, counted, same)
                    if same is None and _names_people_again(head, counted):
                        # "Police arrested 2,450 Afghans. Officials said 1,120 of the
                        # detainees had been deported": a noun for what befell the people
                        # counted just before names them again (South Asian copy, session 9)
                        same = _antecedent(rows, k, kinds=("count",), whole=True, text=text)
                        if same is not None and not _is_plural_noun(rows[same]["head"] or ""):
                            same = None
                        if (
                            same is not None
                            and (up := rows[same]["part_of"]) is not None
                            and rows[up]["kind"] == "count"
                        ):
                            # "Of the total, 31,206 arrived by air and 12,712 by bus ... 4,870
                            # of the returnees were minors": the noun names all of them, the
                            # whole, not the last item of its breakdown (devset2 americas)
                            same = up
                    if same is not None:
                        r["part_of"] = same
                    # "4,870 of the returnees were minors": the noun after the verb names
                    # the part, as in "900 of them were women" (devset2 americas)
                    at = np_start + text[np_start : np_start + 80].find(counted) + len(counted)
                    if cop := (
                        _COPULA_AT_RE.match(text, at) or _PARTICIPLE_THEN_COPULA_RE.match(text, at)
                    ):
                        # ("312 of the people sent back last week were unaccompanied
                        # children": a participle's phrase on the noun, then the verb;
                        # Caribbean and wire copy, ds2-caribbean)
                        c2, h2 = _noun_phrase_after(text, cop.end())
                        if h2 and _is_plural_noun(h2):
                            r["head"], r["counted"] = h2, c2
                continue
        # "of whom 3,000 were children", "including 12 mobile vans", "Of the 24 attacks, 14".
        whole = None
        via_of_whom = False
        sibling = None
        # Both patterns end at "$" and are at most 18 and 14 characters long (plus a final
        # newline "$" allows), so a match starts in the last 19 or 15 characters: the
        # search starts there rather than at each of the 60 (``\b`` still sees the
        # character before; ``test_bounded_tail_searches`` checks the answers are the same).
        n = len(before)
        if (
            "nclude" in before
            and (
                (inc := _TOTAL_INCLUDES_RE.search(sb := before))
                # (the whole as a long noun phrase can start before the 60 characters, as
                # can a subject with an apposition: "The returnees, most of them ...,
                # included")
                or (
                    ("al number of" in (sb := text[s_start : d.start]) or ", " in sb)
                    and (inc := _TOTAL_INCLUDES_RE.search(sb))
                )
            )
        ):
            # "Russia has lost 173,990 soldiers. This number includes 630 ...": a part of
            # the count that "this number", "the figure" or "the toll" stands for
            whole = _antecedent(rows, k, kinds=("count",), whole=True, text=text)
            if (
                whole is None
                and k > 0
                and rows[k - 1]["kind"] == "count"
                and r["paragraph"] is not None
                and rows[k - 1]["paragraph"] == r["paragraph"] - 1
                and rows[k - 1]["sentence"] == r["sentence"] - 2
                and (rows[k - 1]["value"] or 0) >= (r["value"] or 0)
            ):
                # "Security forces arrested 21,846 violators ...\n\nAccording to the
                # ministry, the arrests were made from Nov. 13 to 19. They included 12,407
                # ...": the count of the paragraph before, a sentence with no figure between
                # (the Saudi interior ministry's weekly item, ds2-gulf)
                whole = k - 1
            if whole is not None and rows[whole]["start"] >= d.start - len(sb) + inc.start():
                whole = None  # "the toll of 40 includes 12": the of-phrase's own count
        elif ofw := _OF_WHOM_BEFORE_RE.search(before, max(0, n - _OF_WHOM_MAX - 1)):
            whole = _antecedent(rows, k, kinds=("count",), whole=True, text=text)
            if (
                (whole is None or rows[whole]["sentence"] < r["sentence"])
                and "hich" in ofw.group()
                and kind in ("percent", "money")  # not "of which 1.2 million tents"
                and k > 0
                and rows[k - 1]["kind"] == "money"
                and rows[k - 1]["sentence"] == r["sentence"]
            ):
                # "About 900 people had not been screened. Aid groups need $64 million for
                # the response, of which 19 percent had been received": "which" is the
                # amount of its own sentence, not a count of the one before (appeal copy,
                # ds2-eastafrica)
                whole = k - 1
            if (
                whole is not None
                and rows[whole]["end"] <= d.start - len(before) + ofw.start()
                and ofw.group()[3:6].lower() in ("tho", "the")
            ):
                # "... 412 attempts on Tuesday, up from 260 a day earlier. Of those, 58 were
                # detained": not the old value of the comparison (a live blog, session 11)
                whole = _not_baseline(text, rows, whole)
            if (
                whole is not None
                and (w0 := rows[whole]["part_of"]) is not None
                and rows[whole]["sentence"] < r["sentence"]
                and text.startswith(("Of ", "Among "), s_start)
                and (rows[w0]["value"] or 0) >= (r["value"] or 0)
                and any(
                    j != whole
                    and rows[j]["part_of"] == w0
                    and rows[j]["sentence"] == rows[whole]["sentence"]
                    for j in range(w0 + 1, k)
                )
            ):
                # "A total of 38,519 violators ..., of whom 33,870 are men and 4,649 are
                # women. Of them, 30,115 were referred to their missions": "them" is the
                # group the breakdown split, not its last large item (Saudi interior
                # ministry's weekly figures, ds2-gulf)
                whole = w0
            if (
                whole is not None
                and rows[whole]["head"] not in _PEOPLE_NOUNS
                and "whom" in before[-24:]
            ):
                # "around 90,000 refugees in nine camps, 80% of whom are Karen": "whom"
                # stands for people, so the count of people before the count of places
                whole = _people_whole(rows, k, whole)
            via_of_whom = True
        elif "mong" in before and (am := _AMONG_COPULA_RE.search(before)):
            whole = _antecedent(rows, k, kinds=("count",), whole=True, text=text)
            if (
                whole is not None
                and am.group("noun")
                and am.group("noun") not in (rows[whole]["head"], rows[whole]["counted"])
            ):
                whole = None  # "Among the injured were 14 police officers": not the 3,000
        elif _INCLUDING_HINTED.search(before, max(0, n - _INCLUDING_MAX - 1)):
            # "arrested over 1,800 Afghans during the past 10 days, including 214 women": the
            # count before the period the sentence names (Pakistani dailies, session 9; "212
            # pushbacks in the first five months of the year, including 41", Polish copy;
            # "1,640 removal flights in the last three months of 2025, according to ...,
            # including 212 to Guatemala", ds2-western)
            lead = next(
                (
                    j
                    for j in prev_ids
                    # a distance or a weight between is no whole either: "73 people 32
                    # nautical miles off Zuwara, including 14 minors" (rescue NGO copy,
                    # ds2-italy)
                    if rows[j]["kind"] not in ("duration", "measure")
                    # "uprooted more than 12 million people, about a quarter of the
                    # population, including 3.3 million who ...": a share set off between
                    # the whole and "including" is no whole of a count (Sudan copy,
                    # session 13)
                    and not (rows[j]["kind"] == "percent" and kind == "count")
                ),
                None,
            )
            whole = lead if lead is not None and rows[lead]["kind"] == "count" else None
            if (
                lead is None
                and not prev_ids
                and kind == "count"
                and text.startswith("The ", s_start)
                and _GROUP_INCLUDING_OPENING_RE.match(text, s_start, d.start)
            ):
                # "... after picking up 67 people, some 1,000 nautical miles and four days
                # from the port.\n\nThe survivors, including 14 minors, ...": the group the
                # sentence opens with is the count of people the sentence before gave
                # (rescue NGO and wire copy, ds2-italy)
                whole = next(
                    (
                        j
                        for j in range(k - 1, -1, -1)
                        if rows[j]["sentence"] == r["sentence"] - 1
                        and rows[j]["kind"] == "count"
                        and rows[j]["head"] in _PEOPLE_NOUNS
                        and (rows[j]["value"] or 0) >= (r["value"] or 0)
                    ),
                    None,
                )
            if (
                whole is not None
                and kind == "count"
                and (pp := _PART_PARTICIPLE_RE.match(text, d_end))
                and not re.search(rf"\b{pp.group('v')}\b", text[rows[whole]["end"] : d.start])
            ):
                # "31,272 Palestinians have been killed and 73,024 injured ..., including 112
                # killed in the past day": the part's participle names the count it is part
                # of, not the nearest (UN and health-ministry tolls, ds2-levant)
                same_verb = next(
                    (
                        j
                        for j in prev_ids[1:]
                        if rows[j]["kind"] == "count"
                        and (rows[j]["value"] or 0) >= (r["value"] or 0)
                        and re.search(
                            rf"\b{pp.group('v')}\b",
                            text[rows[j]["end"] : rows[j + 1]["start"]],
                        )
                    ),
                    None,
                )
                if same_verb is not None:
                    whole = same_verb
            if whole is not None and (rows[whole]["value"] or 0) < (r["value"] or 0):
                # "1,618 cases ... from 22 localities ..., including 67 deaths": a part is
                # no bigger than its whole, so the whole is the larger count further back
                whole = next(
                    (
                        j
                        for j in prev_ids[1:]
                        if rows[j]["kind"] == "count" and (rows[j]["value"] or 0) >= r["value"]
                    ),
                    None,
                )
        else:
            whole = _opening_of_the(text, rows, k, s_start)
            if whole is None and "hose" in text[s_start : s_start + 16]:
                whole = _of_those_whole(text, rows, k, s_start)

            elif whole is None and "otal," in text[s_start : s_start + 24]:
                whole = _of_the_total_whole(text, rows, k, s_start)
            # "Of the 300 migrants, 120 were women": the part named after its verb
            via_of_whom = whole is not None
            if whole is None and prev_ids:
                # Coordinated shares: "of whom 71% were deported and 29% returned".
                j = prev_ids[0]
                if (
                    rows[j]["part_of"] is None
                    and len(prev_ids) > 1
                    and rows[prev_ids[1]]["part_of"] is not None
                    and rows[prev_ids[1]]["kind"] == kind == rows[j]["kind"] == "count"
                    and rows[j]["head"] != rows[prev_ids[1]]["head"]
                    and rows[j]["start"] > rows[prev_ids[1]]["end"]
                ):
                    # "4,550 of them on 28 charter flights and 9,175 on scheduled flights":
                    # the count of another thing between the items (session 7, Turkish
                    # migration-directorate copy)
                    j = prev_ids[1]
                between = text[rows[j]["end"] : d.start]
                if (
                    rows[j]["part_of"] is not None
                    and kind == rows[j]["kind"] == "count"
                    and " or " in between
                    and _RESTATED_BY_OR_RE.fullmatch(between)
                ):
                    # "Of these, 12,450 families or 43,900 individuals": one group counted
                    # by households and by heads (Philippine DSWD copy, ds2-disaster); the
                    # whole beside the first item's that counts this item's own noun
                    own = _noun_phrase_after(text, d_end)[1]
                    w = rows[j]["part_of"]
                    whole = next(
                        (
                            i
                            for i in (w - 1, w + 1)
                            if 0 <= i < j
                            and rows[i]["sentence"] == rows[w]["sentence"]
                            and rows[i]["kind"] == "count"
                            and rows[i]["head"] == own
                            and (rows[i]["value"] or 0) >= (r["value"] or 0)
                        ),
                        None,
                    )
                    via_of_whom = whole is not None
                elif (
                    rows[j]["part_of"] is not None
                    and rows[j]["kind"] == kind
                    # a part is no larger than its whole: "31 people, including two
                    # children, ... (compared to 47 in 2023)" (session 7, ECRE copy)
                    and not (
                        kind == "count"
                        and (r["value"] or 0) > (rows[rows[j]["part_of"]]["value"] or 0)
                    )
                    and re.search(r"\band\b|,", between)
                    and (
                        len(between) < 60
                        # "Of those recognized, 97 were from Afghanistan, most of them former
                        # local staff ..., and 61 were from Myanmar": an opener that names the
                        # whole for the sentence reaches past a longer item
                        or (len(between) < 160 and text.startswith(("Of ", "Among "), s_start))
                        # "This figure includes 1.3 million refugees holding Proof of
                        # Registration (PoR) cards from a 2006-07 census and an additional
                        # 880,000 ...": a list a verb of including opens runs longer items
                        # (Afghan outlet copy, session 11)
                        or (
                            len(between) < 120
                            and " includ" in text[s_start : rows[j]["start"]]
                            and " and " in between[-30:]
                        )
                    )
                    # "(including 80 children) and 530 were injured": the bracket ends the list
                    and not (")" in between and "(" not in between)
                    # "222 members, including six Democrats, backed it, while 209 members":
                    # a clause of its own, no further item; but after an opener that names
                    # the whole for the sentence ("Of these, 9,462 had a toleration, while
                    # 1,710 lived without status": German register copy, session 8) each
                    # clause tells a part of it
                    and (
                        (" while " not in between and " whereas " not in between)
                        or text.startswith(("Of ", "Among "), s_start)
                    )
                    # "including 830 children, 512 women, and 6,900 were injured": an item
                    # that opens a clause of its own, after verbless items
                    and not (
                        kind == "count"
                        and _FINITE_AFTER_RE.match(text, d_end)
                        # "31,000 are sleeping in the open air and 34,000 are crammed into
                        # classrooms": an item with its own verb is no verbless one
                        and not _AUX_AFTER_RE.match(text, rows[j]["end"])
                        # "Of the returnees, 380 returned voluntarily and 132 were deported":
                        # after an opener that names the whole, each clause tells a part
                        # (IOM return updates, session 10)
                        and not text.startswith(("Of ", "Among "), s_start)
                    )
                    # "The group, which includes 497 children, left in 19 buses": the
                    # aside closed and the clause's verb came back; no further item
                    and not ("," in between and _VERB_PHRASE_GAP_RE.search(between))
                    # "Eight women, including two minors, were rescued as two men, their
                    # captors, were arrested": the aside closed and the main verb came back
                    # (police copy, session 17)
                    and not (
                        "," in between
                        and _ASIDE_CLOSED_VERB_RE.search(between)
                        and not text.startswith(("Of ", "Among "), s_start)
                    )
                    # "3,108 of them were children, adding that 116 prisoners": a reported
                    # clause of its own (Pakistani agency copy, session 9)
                    and not ("that" in between and _THAT_CLAUSE_GAP_RE.search(between))
                    # "Of the total, 4,100 were in Sylhet, in 12 upazilas", "across six
                    # sites": a count after a preposition of place says where the items are,
                    # no further item (ds2-disaster); "and storms for 9.5 million" is one
                    and not _PLACE_PREP_BEFORE_RE.search(between[-12:])
                    # "35 per cent of them were deported, against 12 per cent a year
                    # earlier": the value compared with, of another year's whole, no further
                    # item (UNHCR copy, session 10)
                    and not _COMPARED_BEFORE_RE.search(between[-24:])
                    # "Of those, 116,840 were detentions, in which migrants were taken to
                    # one of the institute's 33 holding centres": the count after "one of"
                    # is the set an item belongs to, no further item (wire copy, ds2-mexico)
                    and not ("one" in between and _ONE_OF_SET_BEFORE_RE.search(between[-48:]))
                ):
                    whole = rows[j]["part_of"]
                    via_of_whom = True  # "..., 120 were women and 80 were children"
                    sibling = j
        # "an 18,000-strong workforce", "a 7,000-strong crowd": the noun after "-strong"
        np_at = d_end + 7 if text.startswith(("-strong ", "-strong\u00a0"), d_end) else d_end
        if text.startswith(" head of ", np_at):
            np_at += 8  # "180 head of cattle" counts cattle (farm copy, session 6)
        elif text.startswith(" heads of ", np_at):
            np_at += 9  # "1.1 million heads of livestock" (Pakistani flood copy, ds2-disaster)
        counted, head = _noun_phrase_after(text, np_at)
        if (
            head is None
            and kind == "count"
            and before.endswith(("the ", "the\u00a0"))
            and _BARE_THE_AFTER_RE.match(text, d_end)
            and (
                same := next(
                    (
                        j
                        for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1)
                        if rows[j]["sentence"] >= r["sentence"] - 3
                        and rows[j]["kind"] == "count"
                        and rows[j]["head"]
                        and rows[j]["value"] == r["value"]
                    ),
                    None,
                )
            )
            is not None
        ):
            # "the country's 342 municipalities must provide ... Only 212 of the 342 have met
            # their quota": "the 342" names again the count of that value, its noun left out,
            # and so does the part of it before (DutchNews copy, ds2-nordic)
            r["head"], r["counted"] = rows[same]["head"], rows[same]["counted"]
            for j in range(max(0, k - 3), k):
                if rows[j]["part_of"] == k and not rows[j]["head"]:
                    rows[j]["head"], rows[j]["counted"] = r["head"], r["counted"]
            continue
        if (
            head is None
            and kind == "count"
            and text[d.start - 2 : d.start] in (": ", ":\u00a0")
            and (mo := _MOST_NOUN_OPENING_RE.match(text, s_start, d.start - 2))
            and _is_plural_noun(mo.group("n"))
        ):
            # "The most applications were again registered in Germany: 124,000", "Most
            # arrivals came from Tunisia: 12,000": the count after the colon is of what the
            # sentence opened with (Eurostat and EUAA copy, session 14)
            r["head"] = r["counted"] = mo.group("n").lower()
            continue
        if head in _COMPASS_WORDS and text.startswith(
            (" of ", "\u00a0of "), np_at + len(counted) + 1
        ):
            # "Greek coastguard rescues 112 south of Gavdos": where they were found, no
            # noun; read as "112 off Gavdos" is (wire headlines, ds2-wires)
            counted = head = None
        if (
            kind == "count"
            and head is None
            and (fe := text.rfind("or every ", max(0, d.start - 150), d.start)) > 0
            and (every := _FOR_EVERY_BEFORE_RE.match(text, fe - 1, d.start))
        ):
            # "For every worker who files a complaint, around 50 do not": the count is of
            # the noun the ratio opens with (South Asian and NGO copy, ds2-money)
            n = every.group("n")
            head = "people" if n == "person" else n[:-1] + "ies" if n[-1:] == "y" else n + "s"
            counted = head
        if (
            head in _FORECASTER_NOUNS
            and counted == text[np_at + 1 : np_at + 1 + len(counted)]
            and _EXPECTED_AFTER_RE.match(text, np_at + 1 + len(counted))
        ):
            # "faster than the 0.2% economists had predicted", "below the 12,000 officials
            # expected": the subject of a clause on the figure, which counts none of them
            # (business copy, session 14)
            counted = head = None
        if kind == "percent" and head in _RATE_NOUNS:
            # "a 1% tax on cash remittances", "10 percent monthly interest", "a 2.5 percent
            # cash incentive": a rate charged or paid on an amount, no share of a whole that
            # is the tax or the interest, nor a part of an amount before it ("borrowed Tk 1.5
            # lakh at 10 percent monthly interest"; business and South Asian copy, ds2-money)
            r["head"] = r["counted"] = None
            continue
        if (
            np_at != d_end
            and counted
            and " " in counted
            and head[-1:] == "s"
            and counted[:1].islower()
            and not _is_plural_noun(counted.split()[-2])
        ):
            # "a 300-strong crowd gathers every Friday", "a 1.5m-strong diaspora sends home
            # $30bn": after "-strong" the noun is singular, so a last word in -s is its verb
            # (business and features copy, session 16)
            counted = counted.rsplit(None, 1)[0]
            head = counted.rsplit(None, 1)[-1].lower()
        if (
            np_at != d_end
            and counted
            and " " not in counted
            and counted[:1].isupper()
            and text.startswith(counted + " ", np_at + 1)
        ):
            # "a 1,500-strong Chadian contingent was deployed": after "-strong" the noun is
            # singular, so the demonym before it is no people of its own (crisis copy,
            # session 10); read on past it
            c2, h2 = _noun_phrase_after(text, np_at + len(counted) + 2)
            if h2 and c2[:1].islower():
                counted, head = f"{counted} {c2}", h2
        if head is not None and kind == "count" and _STATE_PAIR_AFTER_RE.match(text, d_end):
            # "more than 1,000 killed or injured underscore the toll": two states of people
            # with the noun left out, no noun after them (UN copy on El Fasher, session 8)
            counted = head = None
        if (
            kind == "count"
            and ("," in (w24 := text[np_at : np_at + 24]) or " and " in w24 or " or " in w24)
            and (lm := _LIST_MODIFIER_RE.match(text, np_at))
            and not _is_plural_noun(lm.group("mod"))
            and lm.group("mod") not in _STATE_HEADS  # "40 dead and 20 injured people"
        ):
            # "49 two-room, 73 three-room and 16 four-room apartments", "40 red, 30 blue
            # and 20 green cars": each count's modifier, the noun they share at the end
            # (session 7, Azerbaijani resettlement copy)
            counted = head = lm.group("noun").lower()
        elif (
            kind == "count"
            and head is not None
            and (" and " in (w40 := text[np_at : np_at + 40]) or " or " in w40)
            and (lm := _LISTED_MODIFIERS_RE.match(text, np_at))
            and lm.group("np").split(None, 1)[0].rstrip(",").lower() == head
            and (_is_plural_noun(lm.group("n")) or lm.group("n") == "species")
            and not any(
                w in _CLAUSE_WORDS or w in _NOT_FIRST_NOUN or _is_plural_noun(w)
                for w in lm.group("np").replace(",", "").split()[:-1]
                if w not in ("and", "or")
            )
        ):
            # "1,200 bird and mammal species", "5,495 mammal, bird, fish and reptile species":
            # singular modifiers listed before one noun, the head (biodiversity copy, session 8)
            counted, head = lm.group("np"), lm.group("n").lower()
        elif (
            kind == "count"
            and text[np_at : np_at + 1] == " "
            and text[np_at + 1 : np_at + 2].isupper()
            and (pc := _PRODUCT_CODE_PLURAL_RE.match(text, np_at))
        ):
            # "100,000 H100s", "20,000 GB200s": a product's code in the plural is the noun
            # (the reader stopped at its letters, "h"; AI-hardware copy, session 8)
            counted, head = pc.group(1), pc.group(1).lower()
        if (
            head is None
            and kind == "count"
            and before.endswith((", ", ",\u00a0"))
            and text.startswith((" in all", " in total", " altogether"), d_end)
        ):
            # "dropping off migrants from sub-Saharan Africa, a hundred in all": a total set
            # off after the noun it counts (session 7, AFP Tunisia copy)
            counted_heads = {rows[j]["head"] for j in prev_ids}  # "on three beaches, 40 in all"
            for w in reversed(_WORD_RE.findall(before[-60:])):
                if (
                    w[:1].islower()
                    and w not in _CLAUSE_WORDS
                    and w not in counted_heads
                    and _is_plural_noun(w)
                ):
                    counted = head = w
                    break
        if (
            head is None
            and kind == "count"
            and before.endswith((" with ", " with\u00a0", ", at ", " group at "))
            and (nat := _PEOPLE_WITH_BEFORE_RE.search(before[-90:]))
            and _is_people_name(nat.group("p"))
        ):
            # "Venezuelans were the largest group, with 512, followed by Colombians, with
            # 208": the people listed before "with" are what it counts (AP copy on
            # nationalities, devset2 americas)
            counted, head = nat.group("p"), nat.group("p").lower()
        if (
            kind == "count"
            and before.endswith((" of ", " of\u00a0"))
            and (pace := _AT_A_PACE_BEFORE_RE.search(before[-120:]))
            and _is_plural_noun(pace.group("n"))
        ):
            # "deportation flights were departing at a pace of about seven a day": the
            # subject is what is counted, not the pace (US copy, devset2 americas)
            counted, head = pace.group("np"), pace.group("n")
        if (
            kind == "count"
            and r["value"] == 1
            and head is not None
            and " " in counted
            # "one or more protection incidents" takes a plural (a 4Mi snapshot, session 8)
            and not r["text"].lower().endswith(("or more", "or over"))
            and _is_plural_noun(head)
            and (one_noun := counted.rsplit(" ", 1)[0]).split()[-1].isalpha()
            and not _is_plural_noun(one_noun.split()[-1])
        ):
            # "One firm leads a $12M round", "one officer dies": one counts a singular noun,
            # so the plural-looking word after it is its verb (funding copy, session 7)
            counted, head = one_noun, one_noun.split()[-1].lower()
        if (
            head is None
            and kind == "count"
            and text[np_at : np_at + 1] == "\n"
            and (d.start == 0 or text[d.start - 1] == "\n")
            and text[np_at + 1 : np_at + 2].isalpha()
        ):
            # a fact box with each number on a line over its label ("1,843\nVoluntary
            # returns to Mali facilitated since January 2016", UNHCR fact sheets, session 7)
            counted, head = _noun_phrase_after(text, np_at + 1)
        if (
            head is not None
            and k + 1 < len(rows)
            and rows[k + 1]["kind"] == "duration"
            and rows[k + 1]["start"] - np_at <= 2
        ):
            # "compared to 63% one year ago", "61% two years ago": the words after the
            # figure are another figure, a time, not what it counts
            counted = head = None
        elif (
            head is None
            and kind == "count"
            and k + 1 < len(rows)
            and rows[k + 1]["kind"] == "measure"
            and 0 < rows[k + 1]["start"] - np_at <= 2
        ):
            # "20,000 155mm artillery shells", "5,000 155 mm shells": a calibre between the
            # count and its noun
            counted, head = _noun_phrase_after(text, rows[k + 1]["end"])
        if (
            head is not None
            and head == counted
            and kind == "count"
            and (ah := _ELIDED_HEAD_AFTER_RE.match(text, d_end))
            and ah.group("adj").lower() == head.lower()
            and not _is_plural_noun(head)
            and _is_plural_noun(ah.group("noun"))
        ):
            # "72 primary and 23 secondary schools": one noun after the second count
            head = ah.group("noun").lower()
            counted = f"{ah.group('adj')} {ah.group('noun')}"
        elif (
            head is None
            and kind == "count"
            and text.startswith((" and ", " or "), d_end)
            and (sh := _SHARED_NOUN_AFTER_RE.match(text, d_end))
            and _is_plural_noun(sh.group("noun"))
            and sh.group("noun").lower() not in _CLAUSE_WORDS
        ):
            # "holding 4472 and 307 refugees respectively": the noun both counts share
            head = counted = sh.group("noun").lower()
        elif (
            head is None
            and kind == "count"
            and text.startswith((", ", " and ", " or "), d_end)
            and (sl := _SHARED_LIST_NOUN_AFTER_RE.match(text, d_end))
            and (
                shared := next(
                    (
                        w
                        for w in (sl.group("noun"), sl.group("mod"))
                        if w and _is_plural_noun(w) and w not in _CLAUSE_WORDS
                    ),
                    None,
                )
            )
        ):
            # "lodged 26,600, 12,500 and 9,900 applications respectively", "with 13,340,
            # 5,605, and 4,690 first-time applications": the noun after a list's last count
            # is every item's (Eurostat copy, session 14)
            head = counted = shared
            if shared == sl.group("noun") and sl.group("mod") not in (None, *_SCALE_WORDS):
                counted = f"{sl.group('mod')} {shared}"
        elif (
            head is None
            and kind == "count"
            and (sh := _SHARED_NOUN_AFTER_RE.match(text, d_end))
            and sh.group("noun")[:1].isupper()
            and (nxt := _WORD_RE.match(text, sh.end() + 1))
            and text[sh.end() : sh.end() + 1] == " "
            and _is_plural_noun(nxt.group())
            and nxt.group().islower()
        ):
            # "3426 and 698 Afghan citizens": a demonym before the noun both share (Khyber
            # repatriation copy, session 8)
            head, counted = nxt.group().lower(), sh.group("noun") + " " + nxt.group()
        if (
            head is None
            and kind == "count"
            and text.startswith(" (", d_end)
            and (br := _SHARE_BRACKET_RE.match(text, d_end))
        ):
            # "228 (72%) severe cases": the noun after the count's bracketed share
            counted, head = _noun_phrase_after(text, br.end())
        elif (
            head is None
            and kind == "count"
            and text.startswith(" (", d_end)
            and (aside := _ASIDE_BRACKET_RE.match(text, d_end))
        ):
            # "131 (mainly Rohingya) refugees escaped": an aside between the count and
            # its noun (Malaysian detention copy, session 7)
            counted, head = _noun_phrase_after(text, aside.end())
        if (
            whole is None
            and text.startswith(("Of ", "Among "), s_start)
            and _OPENING_OF_TOTAL_RE.match(text, s_start, d.start)
            and not any(s_start <= rows[j]["start"] < d.start for j in prev_ids)
        ):
            # "Of that number, 2,040 were killed": part of the count the sentence before
            # gave; "Of that total, 3,059 people were killed" keeps its own noun
            ante = _antecedent(
                rows, k, kinds=("count",), same_or_previous=True, whole=True, text=text
            )
            if ante is not None and head is not None:
                # "Of the total, 1,180 families or 4,189 persons": the count of its own noun
                ante = _same_noun_beside(rows, ante, k, head)
            if ante is not None and _parts_exceed(text, rows, k, ante):
                # two parts after it adding up to more than that count: a total given
                # earlier, not that count (ds2-iran)
                ante = None
            if ante is not None:
                r["part_of"] = ante
                if head is None:
                    r["head"], r["counted"] = rows[ante]["head"], rows[ante]["counted"]
            if (
                head is None
                and kind == "count"
                and (cop := _COPULA_NOUN_RE.match(text[d_end : d_end + 70]))
            ):
                # "Of the total, 4,812 were minors": the part's own noun after its verb, as
                # "Of them, 4,812 were minors" gives (EFE's English copy, session 13)
                c3, h3 = _noun_phrase_after(text, d_end + cop.start("np"))
                if h3 and _is_plural_noun(h3):
                    r["head"], r["counted"] = h3, c3
                    continue
            if ante is not None and head is None:
                continue
        elif (
            kind == "count"
            and prev_ids
            and text.startswith(("Of ", "Among "), s_start)
            and rows[prev_ids[0]]["part_of"] is not None
            and rows[prev_ids[0]]["part_of"] == rows[prev_ids[-1]]["part_of"]
            and rows[prev_ids[0]]["kind"] == "count"
            and (r["value"] or 0) <= (rows[rows[prev_ids[0]]["part_of"]]["value"] or 0)
            and _LIST_ITEM_BEFORE_RE.search(text, max(s_start, d.start - 6), d.start)
            and _OPENING_OF_TOTAL_RE.match(text, s_start, rows[prev_ids[-1]]["start"])
        ):
            # "Of the total, 77.2 million are internally displaced, 43.1 million are refugees
            # and 11.1 million ...": each item of the list is part of the total, as its first
            r["part_of"] = rows[prev_ids[0]]["part_of"]
            if head is None:
                whole_row = rows[r["part_of"]]
                r["head"], r["counted"] = whole_row["head"], whole_row["counted"]
                if cop := _COPULA_NOUN_RE.match(text[d_end : d_end + 70]):
                    # "... and 11.1 million are asylum seekers": the item's own noun
                    c3, h3 = _noun_phrase_after(text, d_end + cop.start("np"))
                    if h3 and _is_plural_noun(h3):
                        r["head"], r["counted"] = h3, c3
                continue
        lead_np = _OPENING_OF_NP_RE.match(text, s_start, d.start)
        if (
            lead_np
            and kind == "percent"
            and prev_ids
            and rows[first := prev_ids[-1]]["kind"] == "percent"
            and rows[first]["start"] >= lead_np.end() - 2
            and all(rows[j]["kind"] == "percent" for j in prev_ids)
            and rows[first]["head"] is not None
            and rows[first]["head"] == _opener_noun_phrase(text, lead_np)[1]
            and _LIST_ITEM_BEFORE_RE.search(text, max(s_start, d.start - 6), d.start)
        ):
            # "Of the total returnees, 87% were undocumented, 9% held ACCs and 4% were PoR
            # card holders": each share in the list is of the group the opener names, as
            # the first is (UNHCR flash updates, session 11)
            r["head"], r["counted"] = rows[first]["head"], rows[first]["counted"]
            r["part_of"] = rows[first]["part_of"]
            continue
        if (
            lead_np
            and kind == "percent"
            and _CHANGE_BEFORE_PCT_RE.search(text, max(s_start, d.start - 40), d.start)
        ):
            # "Among the main routes, X and Y saw the sharpest falls, of 52% and 48%
            # respectively": a change of each, no share of the routes (Euronews copy,
            # devset2 europe)
            lead_np = None
        if (
            lead_np
            and head is None
            and not any(
                rows[j]["start"] < d.start and rows[j]["start"] >= s_start for j in prev_ids
            )
        ):
            # "Of these returnees, 61pc were women": the share of the group named up front
            c2, h2 = _opener_noun_phrase(text, lead_np)
            if (
                h2 is None
                and (lead_np.group("det") or "").lower() == "the"
                and _PEOPLE_PARTICIPLE_NP_RE.fullmatch(lead_np.group("np"))
            ):
                # "Of the displaced, about 14,000 are children": a participle standing for
                # the people it befell (Indian copy on Manipur, session 9)
                c2 = lead_np.group("np")
                h2 = c2 if c2 in _STATE_HEADS else "people"  # "Of the injured" as "the dead"
            if h2 and (lead_np.group("det") or _is_plural_noun(h2)):  # not "Of course, ..."
                r["head"], r["counted"] = h2, c2
                det = (lead_np.group("det") or "").lower()
                if kind == "count" and (cop := _COPULA_NOUN_RE.match(text[d_end : d_end + 70])):
                    # "Out of the deportees, 214 were unaccompanied children": the part's
                    # own noun, as in "of whom 3,000 were children" (session 9)
                    c3, h3 = _noun_phrase_after(text, d_end + cop.start("np"))
                    if h3 and _is_plural_noun(h3):
                        r["head"], r["counted"] = h3, c3
                if det in ("these", "those"):
                    ante = _antecedent(rows, k, kinds=("count",))
                    if ante is not None:
                        r["part_of"] = _not_baseline(text, rows, ante)
                elif (
                    det == "the"
                    and c2 in _CHANGE_WHOLE_NOUNS
                    and (change := _of_the_change_whole(text, rows, k, s_start)) is not None
                ):
                    r["part_of"] = change  # "Of the decline, about 96,000 were students"
                    if r["head"] == c2:
                        # "Of the increase, 7,000 came from Syria": of the arrivals it was in
                        r["head"], r["counted"] = rows[change]["head"], rows[change]["counted"]
                elif det == "the" and _names_people_again(h2, c2):
                    # "Out of the deportees, 214 ...": the people counted just before; of
                    # them, the count of the same noun ("Arrivals fell to 611,000 while
                    # departures rose to 305,000 ... Of the arrivals, 183,000", devset2 stats)
                    ante = _same_head_whole(rows, k, h2)
                    if ante is None:
                        ante = _antecedent(rows, k, kinds=("count",), whole=True, text=text)
                    if ante is not None and c2 and c2[:6].lower() == "total ":
                        # "541,210 Afghans ..., including 30,512 deportees. Of the total
                        # returnees, 87% ...": the total is the whole, not its part (UNHCR
                        # flash updates, session 11)
                        while rows[ante]["part_of"] is not None:
                            ante = rows[ante]["part_of"]
                    if ante is not None and _is_plural_noun(rows[ante]["head"] or ""):
                        r["part_of"] = ante
                elif (
                    det == "the"
                    and kind == "count"
                    and h2
                    and _is_plural_noun(h2)
                    and (same := _same_head_whole(rows, k, h2)) is not None
                ):
                    # "Work visas fell ... to 183,400 ... Of the work visas, 52,100 went to
                    # health and care workers": the count of the same noun before (a
                    # think-tank commentary, devset2 stats)
                    r["part_of"] = same
                elif (
                    det == "the"
                    and kind == "count"
                    and c2
                    and len(part := c2.split(None, 1)[0].lower()) > 4
                    and part.endswith("ed")
                ):
                    # "Myanmar has cleared only 1.8 lakh of them ... Of the cleared names,
                    # about 70,000 ...": the participle names again what its verb did to the
                    # count before (Bangladeshi repatriation copy, session 9)
                    ante = _antecedent(rows, k, kinds=("count",), whole=True, text=text)
                    if ante is not None and re.search(
                        r"\b" + re.escape(part) + r"\b",
                        # the verb before the count or its participle after the noun:
                        # "cleared only 1.8 lakh", "58,000 people displaced by"
                        text[
                            max(0, rows[ante]["start"] - 60) : min(rows[ante]["end"] + 40, s_start)
                        ],
                    ):
                        r["part_of"] = ante
                continue
            if (
                h2 is None
                and (lead_np.group("det") or "").lower() in ("these", "those")
                and lead_np.group("np").endswith("ed")
                and " " not in lead_np.group("np")
                and (ante := _antecedent(rows, k, kinds=("count",), whole=True, text=text))
                is not None
            ):
                # "Of those intercepted, 1,450 were women": the people of the count before,
                # named by a participle (AFP copy, session 9); the noun after "were" if any.
                # The count that sentence is about is its first one big enough, not a later
                # count of something else ("..., even as applications climbed to 15,806")
                ante = next(
                    j
                    for j in range(ante + 1)
                    if rows[j]["sentence"] == rows[ante]["sentence"]
                    and rows[j]["kind"] == "count"
                    and (rows[j]["value"] or 0) >= (r["value"] or 0)
                )
                if (
                    lead_np.group("np").endswith("ed")
                    and len(lead_np.group("np")) > 5
                    and (
                        told := _participle_whole(text, rows, k, lead_np.group("np")[:-2], s_start)
                    )
                    is not None
                ):
                    ante = told  # "Of those deported, 8,915 were men": the deportations' count
                r["part_of"] = ante
                whole_row = rows[r["part_of"]]
                own = (
                    _noun_phrase_after(text, d_end + 6)
                    if text.startswith((" were ", " are "), d_end)
                    else (None, None)
                )
                if own[1] and _is_plural_noun(own[1]):
                    r["counted"], r["head"] = own
                else:
                    r["head"], r["counted"] = whole_row["head"], whole_row["counted"]
                continue
        if kind == "percent":
            if (
                head is None
                and whole is None
                and (det := _SHARE_DET_AFTER_RE.match(after))
                and text[d.start : d.end].lower().endswith(("half", "third", "quarter", "thirds"))
            ):
                # "about half the population", "over half the population": a share of the
                # population, named right after it; or after a possessive: "half their
                # savings", "Half our kitchens may close" (quoted aid workers, ds2-sudan)
                c2, h2 = _noun_phrase_after(text, d_end + det.end(), after_det=True)
                if h2:
                    r["head"], r["counted"] = h2, c2
                    continue
            j = prev_ids[0] if prev_ids else None
            if (
                j is not None
                and rows[j]["kind"] != "percent"
                and head is None
                and _COMPARED_BEFORE_RE.search(before[-24:])
            ):
                # "20 percent of the population lived with two or more generations, up from
                # 12 percent in 1980": the earlier value of the share compared, not a share
                # of the count between them (session 6, census copy)
                j = next((i for i in prev_ids if rows[i]["kind"] == "percent"), j)
            if (
                j is not None
                and rows[j]["kind"] == "count"
                and head is None
                and rows[j]["counted"]
                and (p := next((i for i in prev_ids if rows[i]["kind"] == "percent"), None))
                is not None
                and rows[p]["head"]
                and (ce := text.find(rows[j]["counted"], rows[j]["end"], d.start)) > 0
                and ce - rows[j]["end"] <= 16
                and not any(c in ",;:()" for c in text[rows[j]["end"] : ce])
                and _SUBJECT_VERB_GAP_RE.fullmatch(text, ce + len(rows[j]["counted"]), d.start)
                is not None
            ):
                # "Low- and middle-income countries host 71 per cent of the world's refugees,
                # while the 46 least developed countries host 21 per cent": the count is the
                # clause's subject, and the share, its noun left out, shares the earlier
                # share's (UNHCR's Global Trends as wires carry them, session 20)
                j = p
            if (
                head is None
                and whole is None
                and j is not None
                and rows[j]["kind"] == "percent"
                and rows[j]["head"]
                # "own half the land, and 35% think ...": a verb of its own, another group
                and not _SHARE_VERB_AFTER_RE.match(after)
                # "after a 100-basis-point cut in August as inflation edged up to 13.6 per
                # cent": a change in points is no share of a whole to pass on (economy
                # copy, ds2-general)
                and rows[j]["unit"] != "basis point"
            ):
                # "nearly 58pc of card holders live in KP and around 22pc in Balochistan"
                r["head"], r["counted"], r["part_of"] = (
                    rows[j]["head"],
                    rows[j]["counted"],
                    # "35 per cent of them were deported, against 12 per cent a year
                    # earlier": the same share of another year's whole, no part of this one
                    # (UNHCR copy, session 10)
                    None if _COMPARED_BEFORE_RE.search(before[-24:]) else rows[j]["part_of"],
                )
                continue
            if head is None and whole is None and _CHANGE_RIGHT_BEFORE_RE.search(before[-24:]):
                # "4.5 million passengers last year, up 12 per cent": a change, no share
                r["head"] = r["counted"] = None
                continue
            if (
                head is None
                and whole is None
                and prev_ids
                and before.endswith(("by ", "by\u00a0"))
                and _CLAUSE_BREAK_RE.search(text, rows[prev_ids[0]]["end"], d.start)
            ):
                # "caused 8 billion baht in damage and will cut GDP by 0.08 percent": a
                # change of the thing named before "by", in a clause of its own, not a share
                # of the figure before that clause
                r["head"] = r["counted"] = None
                continue
            if (
                head is None
                and whole is None
                and prev_ids
                and before.endswith(("by ", "by\u00a0"))
                and rows[prev_ids[0]]["kind"] in ("money", "measure")
                and rows[prev_ids[0]]["end"] >= d.start - 30
            ):
                # "beating last year's record of $1.7 billion by 7.8 percent": the change of
                # the amount right before "by", no share of a count further back (Broadway
                # season copy, session 8)
                r["head"] = r["counted"] = None
                continue
            if (
                head is None
                and whole is None
                and prev_ids
                and before.endswith(_BY_ENDINGS)
                and _CHANGE_VERB_OBJECT_RE.search(
                    text, max(0, rows[prev_ids[0]]["start"] - 60), rows[prev_ids[0]]["start"]
                )
            ):
                # "raise the minimum wage in all 34 provinces by 6.5 percent", "cuts spending
                # at 12 ministries by 8%": the verb's change, measured after "by", no share
                # of the count between the verb and "by"
                r["head"] = r["counted"] = None
                continue
            if (
                head is None
                and whole is None
                and prev_ids
                and text[d.start - 1 : d.start] == "("
                and ")" in text[rows[prev_ids[0]]["end"] : d.start]
            ):
                # "Kenya (48.2%; 1,310), Uganda (30.1%; 818)": a new name's share of a total
                # named elsewhere, not of the count in the bracket before
                continue
            if (
                head is None
                and whole is None
                and prev_ids
                and (
                    before.endswith(("shooting ", "shooting\u00a0"))
                    or (
                        text.startswith((" from ", " on "), d_end)
                        and _SHOT_RATE_AFTER_RE.match(text, d_end)
                    )
                )
            ):
                # "averaged 19.2 points while shooting 44.3% from the field", "won 81% of
                # points on first serve": a player's rate, no share of the tally before it
                # (NBA and tennis copy, session 7)
                r["head"] = r["counted"] = None
                continue
            if head is None and whole is None and _RATE_LABEL_BEFORE_RE.search(before[-24:]):
                # "(CFR 1.8%)", "a positivity rate of 44%": a rate, a share of no count before
                # it unless it is the ratio of two of them
                whole = _ratio_whole(rows, prev_ids, r)
                if whole is None:
                    r["head"], r["counted"] = head, counted
                    continue
            if (
                head is None
                and whole is None
                and k + 1 < len(rows)
                and rows[k + 1]["kind"] in ("money", "count")
                and _OF_NP_OF_RE.fullmatch(text, r["end"], rows[k + 1]["start"])
            ):
                # "82 percent of total export earnings of $31 billion": the whole is the
                # amount the of-phrase gives, not a count earlier in the sentence
                whole = k + 1
            if (
                head is None
                and whole is None
                and prev_ids
                and k + 1 < len(rows)
                and rows[k + 1]["kind"] == "count"
                and text[d_end : rows[k + 1]["start"]] in (" and ", "\u00a0and ")
            ):
                # "while the Moderates fell to 17.9% and 64 seats": a party's share of the vote
                # and the seats it won side by side, no share of the seats counted before
                # (election results copy, ds2-elections)
                r["head"] = r["counted"] = None
                continue
            if head is None and whole is None and not _COMPARED_BEFORE_RE.search(before[-24:]):
                # ("to 82.31 trillion yuan ($12.79 trillion), compared with 12.7 percent in
                # the first half": a rate compared, no share of the amount before; Xinhua
                # copy, session 20)
                whole = _share_whole(rows, k, prev_ids, r)
                if (
                    whole is not None
                    and rows[whole]["kind"] == "count"
                    and text.startswith((" of that", " of this"), d_end)
                    and _OF_THAT_ALONE_RE.match(text, d_end)
                ):
                    # "three donors fund around 50% to 60% of that": "that" alone is an
                    # amount or a mass named before, never a plural count (an aid explainer's
                    # quote, session 8)
                    whole = None
                if (
                    whole is not None
                    and rows[whole]["kind"] == "money"
                    and text.startswith((" of them", " of whom", "\u00a0of them"), d_end)
                ):
                    # "workers earned about NZ$1.1bn a year, with more than two-thirds of them
                    # coming from Vanuatu": "them" are people, never an amount (NZ copy,
                    # ds2-oceania)
                    whole = None
                if whole is not None and "|" in text[rows[whole]["end"] : d.start]:
                    # "| 8.5% (29,325) | 9.5% (31,350) |": a table's next cell is no share
                    # of the count in the cell before
                    whole = None
                if (
                    whole is not None
                    and prev_ids
                    and whole == prev_ids[0]
                    and _restates_count(text, rows[whole], r)
                ):
                    # "Poland (991,375; 25%)", "Spain (160 500, 15%)", "41,275 (+1.0%)",
                    # "-550, or -0.3%": the count restated as a share of a whole the
                    # sentence does not give
                    whole = None
                if (
                    whole is not None
                    and rows[whole]["kind"] == "count"
                    and (outer := rows[whole]["part_of"]) is not None
                    and rows[outer]["kind"] == "count"
                    and _COUNT_OR_SHARE_RE.fullmatch(text, rows[whole]["end"], d.start)
                    and rows[outer]["value"]
                    and r["value"] is not None
                    and abs(100 * (rows[whole]["value"] or 0) / rows[outer]["value"] - r["value"])
                    <= 1.5
                ):
                    # "Germany received 230,000 applications. Syrians lodged 76,000 of them,
                    # or 33%": the count restated as its share of the whole it is part of
                    # (DW and ANSA copy, devset2 europe)
                    whole = outer
                if (
                    whole is not None
                    and rows[whole]["kind"] == "count"
                    and "share" in text[rows[whole]["end"] : d.start]
                    and (own := _OWN_SHARE_BETWEEN_RE.search(text, rows[whole]["end"], d.start))
                ):
                    # "Mexico remained the largest country of birth, at about 4.0 million,
                    # but its share of the total has fallen to 28%": the count's own share
                    # of a larger whole, no part of the count; of the whole the phrase
                    # names (think-tank estimates, ds2-thinktank)
                    whole = None
                    if own.group("n"):
                        head, counted = own.group("n").lower(), own.group("np")
            if whole is not None:
                r["part_of"] = whole
                if (
                    via_of_whom
                    and head is not None
                    and counted
                    and _PAST_VERB_OPENING_RE.match(counted)
                ):
                    # "3,400 decisions, of which 38 percent concerned people from Syria": after
                    # "of which" the word after the share is its verb, and the share is of the
                    # whole's noun, not the verb's object (Yle and The Local copy, ds2-nordic)
                    head = None
                if head is None:
                    r["head"], r["counted"] = rows[whole]["head"], rows[whole]["counted"]
                else:
                    r["head"], r["counted"] = head, counted
                if rows[whole]["kind"] == "money" and head is None:
                    # a share of "the $2.7 billion appeal" is a share of the appeal
                    r["counted"], r["head"] = _noun_phrase_after(text, rows[whole]["end"])
            else:
                r["head"], r["counted"] = head, counted
            continue
        if (
            whole is not None
            and kind == "count"
            and head is not None
            and rows[whole]["kind"] == "count"
            and rows[whole]["head"] != head
        ):
            # "affected 84,300 families or 310,560 individuals. Of these, 12,450 families or
            # 43,900 individuals ...": the whole beside the one found that counts the part's
            # own noun (Philippine DSWD copy, ds2-disaster)
            whole = _same_noun_beside(rows, whole, k, head)
        if whole is not None:
            r["part_of"] = whole
        if head is not None:
            r["head"], r["counted"] = head, counted
            continue
        if (
            whole is None
            and prev_ids
            and text[d.start - 2 : d.start] in ("(+", "(-", "(\u2212")
            and rows[prev_ids[0]]["kind"] == "count"
            and rows[prev_ids[0]]["end"] >= d.start - 3
        ):
            # "tanks \u2013 9,200 (+9)": the day's change counts what the total before it counts
            r["head"], r["counted"] = rows[prev_ids[0]]["head"], rows[prev_ids[0]]["counted"]
            continue
        if whole is None and (
            ":" in before[-14:]
            or "\u2013" in before[-14:]
            or "\u2014" in before[-14:]
            or " -" in before[-14:]
        ):
            lab = _LABEL_BEFORE_RE.search(before)
            # the number ends its item ("Deaths: 1,200.", "tanks \u2013 9,200 (+9),"); a
            # headline's "Assam floods: over 6 lakh hit" goes on with a verb of its own
            if (
                lab
                and (lab.start("label") > 0 or len(before) < 60)
                and _ITEM_END_RE.match(text, d_end)
            ):
                label = lab.group("label")
                if " in " in label or " at " in label:
                    # "Inmates in camps: 38,509": the noun before where they are (an Assam
                    # flood bulletin, session 9)
                    label = re.split(r" (?:in|at) ", label, maxsplit=1)[0]
                noun = label.rsplit(None, 1)[-1].lower()
                if _is_plural_noun(noun) or noun in _MODIFIER_PLURALS or noun in _STATE_HEADS:
                    # a loss list's or fact box's label: "tanks \u2013 9,200", "Deaths: 1,200"
                    r["head"], r["counted"] = noun, lab.group("label").lower()
                    continue
        # The counted noun is elided.
        if (
            kind == "count"
            and before.endswith(("All ", "all ", "All\u00a0", "all\u00a0"))
            and (
                same := next(
                    (
                        j
                        for j in range(k - 1, -1, -1)
                        if rows[j]["kind"] == "count"
                        and rows[j]["value"] == r["value"]
                        and rows[j]["head"]
                        # the whole named a few sentences before, as a story's lede is
                        and r["sentence"] - rows[j]["sentence"] <= 4
                    ),
                    None,
                )
            )
            is not None
        ):
            # "17 people, including four children, were found ... All 17 were handed to
            # Immigration Enforcement": "all" and the number again name the whole counted
            # before, whatever the figures between them count (police copy, ds2-police)
            r["head"], r["counted"] = rows[same]["head"], rows[same]["counted"]
            continue
        if (
            kind == "count"
            and prev_ids
            and text.startswith((" per ", "\u00a0per\u00a0"), d_end)
            and _PER_BASE_AFTER_RE.match(text, d_end)
        ):
            # "287 cases per 100,000 people, against 41 per 100,000 in the host
            # communities": a rate over the same base, its noun left out, counts what the
            # rate before it in the sentence counted (health copy, ds2-general)
            j = next(
                (
                    j
                    for j in prev_ids
                    if rows[j]["kind"] == "count"
                    and rows[j]["head"]
                    and _NOUN_PER_BASE_AFTER_RE.match(text, rows[j]["end"])
                ),
                None,
            )
            if j is not None:
                r["head"], r["counted"] = rows[j]["head"], rows[j]["counted"]
                continue
        if (
            kind == "count"
            and text.startswith((" per ", "\u00a0per\u00a0"), d_end)
            and _PER_BASE_AFTER_RE.match(text, d_end)
            and (rate := _RATE_NOUN_BEFORE_RE.search(text, max(s_start, d.start - 60), d.start))
        ):
            # "The attack rate in Metche has reached 38 per 10,000 people", "a crude
            # mortality rate of 1.7 per 10,000 per day": the rate's noun names what its
            # count counts, cases or deaths (WHO, MSF and UNHCR health copy, ds2-health)
            noun = "deaths" if rate.group(1).lower() in ("mortality", "death") else "cases"
            r["head"], r["counted"] = noun, noun
            continue
        if (
            text.startswith(": ", d_end)
            and (
                d.start == 0
                or text[d.start - 1] == "\n"
                # (a bullet's: "- 1,200: the number of unaccompanied children ...", session 11)
                or (
                    text[d.start - 2 : d.start] in ("- ", "\u2022 ", "* ")
                    and (d.start == 2 or text[d.start - 3] == "\n")
                )
            )
            and (lab := _FACT_LABEL_RE.match(text, d_end + 2))
        ):
            # a fact box's "59,500: Total number of applications from Ukrainians"
            c2, h2 = _noun_phrase_after(text, lab.end(), after_det=True)
            if h2 and _is_plural_noun(h2):
                r["head"], r["counted"] = h2, c2
                continue
        cm = _COPULA_NOUN_RE.match(after)
        if (
            whole is None
            and prev_ids
            and kind == "count"
            and ";" in before
            and rows[prev_ids[0]]["kind"] == "count"
            and (rows[prev_ids[0]]["value"] or 0) > (r["value"] or 0)
            and _SEMICOLON_OPENING_RE.fullmatch(text, rows[prev_ids[0]]["end"], d.start)
            and _OWN_VERB_AFTER_RE.match(after)
        ):
            # "Russia launched 52 drones overnight; 47 were shot down", "31 people died;
            # 9 were children": the clause after the semicolon tells part of the count
            j = prev_ids[0]
            r["part_of"] = j
            c2, h2 = _noun_phrase_after(text, d_end + cm.start("np")) if cm else (None, None)
            if h2 and _is_plural_noun(h2):
                r["head"], r["counted"] = h2, c2
            else:
                r["head"], r["counted"] = rows[j]["head"], rows[j]["counted"]
            continue
        if (
            cm is None
            and via_of_whom
            and kind == "count"
            and (dm := _COPULA_DEMONYM_RE.match(after))
            and _is_people_name(dm.group("np"))
        ):
            # "..., of whom some 61,000 are Ukrainians": the part's own people, named by
            # their nationality, as "12,000 of whom are Ukrainians" gives (ds2-germany)
            r["head"], r["counted"] = dm.group("np").lower(), dm.group("np")
            continue
        if (
            cm
            and (
                via_of_whom
                # "Some 8,800 are ground troops and 1,700 naval personnel": a bare number that
                # opens the sentence, then named
                or (
                    whole is None
                    and kind == "count"
                    and not prev_ids
                    and (
                        len(text[s_start : d.start].split()) <= 2
                        # "it was found that four were minors": a number that opens its
                        # clause after "that" (Italian transfer copy, session 8)
                        or text.endswith(("that ", "that\u00a0"), s_start, d.start)
                        # "The agency said 700 were children": after a speaker's verb
                        # (agency copy on returns, session 10)
                        or text.endswith((" said ", " says "), s_start, d.start)
                    )
                )
            )
        ):
            c2, h2 = _noun_phrase_after(text, d_end + cm.start("np"))
            if h2 and _is_plural_noun(h2):
                r["head"], r["counted"] = h2, c2
                continue
        if (
            sibling is not None
            and rows[sibling]["head"]
            and text.startswith((" of the ", " of these ", " of those "), rows[sibling]["end"])
            and _OF_THE_HEAD_RE.match(text, rows[sibling]["end"])
            and _OF_THE_HEAD_RE.match(text, rows[sibling]["end"]).group(1).lower()
            == rows[sibling]["head"]
        ):
            # "1,102 of the returnees had been living in Peshawar, 410 in Nowshera": the
            # item before named the group as "of the returnees"; the elided noun is that
            # one, not the whole's other name (Dawn copy, session 10)
            r["head"], r["counted"] = rows[sibling]["head"], rows[sibling]["counted"]
            continue
        if whole is not None:
            r["head"], r["counted"] = rows[whole]["head"], rows[whole]["counted"]
            if (
                kind == "count"
                and text.startswith(("Of ", "Among ", "Out of "), s_start)
                and (lead_np := _OPENING_OF_NP_RE.match(text, s_start, d.start)) is not None
                and lead_np.group("det")
            ):
                # "Of the total returnees, 595 were ... and 28 were deported": the group the
                # opener names, not the whole's own noun ("623 Afghans"; IOM return
                # updates, session 10)
                c2, h2 = _opener_noun_phrase(text, lead_np)
                if h2 and _is_plural_noun(h2):
                    r["head"], r["counted"] = h2, c2
            if whole is not None and rows[whole]["kind"] != "count":
                r["head"] = r["counted"] = None
            continue
        # First the subject whose amount the number states ("the death toll rose to 63",
        # "the number of returnees rose from 1,200", "families, who number over 265,000"),
        # then the count just before it in the sentence ("58 civilians killed and 213
        # injured", "found 297 acutely malnourished"), then the subject noun ("registered
        # refugees numbered over 3 million"), then a count in the sentences before.
        if before.endswith(("of ", "of\u00a0")) and (nm := _NOUN_OF_BEFORE_RE.search(before)):
            noun = nm.group("noun").lower()
            if noun == "toll":
                r["head"] = r["counted"] = "deaths"  # "a death toll of 52"
                continue
            if noun in _PARENT_NOUNS:
                # "a mother of seven", "a father of five": her children, the noun the
                # description leaves out (African dailies, devset2 africa)
                r["head"] = r["counted"] = "children"
                continue
            if noun in ("population", "populace"):
                # "Ceuta, with a population of 80,000": people, never the count before it
                r["head"] = r["counted"] = "people"
                continue
            if noun in _PEOPLED_PLACE_NOUNS:
                # "the impoverished nation of 50 million", "a town of 30,000": how many
                # live there, so people, never the place (wire copy on Sudan, session 16)
                r["head"] = r["counted"] = "people"
                continue
            if noun in _MIGRATION_NOUNS:
                # "giving net migration of 55,500": a balance of people moving, so people
                # (as "net migration fell to 204,000"; an op-ed, ds2-factcheck)
                r["head"], r["counted"] = "people", nm.group("noun")
                continue
            if noun == "base" and (ub := _USER_BASE_BEFORE_RE.search(before)):
                r["head"] = r["counted"] = ub.group("x").lower() + "s"  # "a user base of 300m"
                continue
            noun_end = d.start - len(before) + nm.end("noun")
            if (
                noun not in _NOT_NOUN_OF
                and noun not in _CLAUSE_WORDS
                and not noun.endswith("ly")
                # "Nine of 10 were in Africa": the word before "of" is a figure, no noun
                # (an NGO's ranking in explainer copy, session 8)
                and not any(rows[j]["end"] == noun_end for j in prev_ids)
            ):
                # "a record crowd of 41,213", "a television audience of 188,000"
                r["head"], r["counted"] = noun, nm.group("noun")
                if before.endswith(("counter-", "Counter-"), 0, nm.start("noun")):
                    # "a counter-protest of around 150": the compound names the gathering,
                    # as "crowd" does (UK protest copy, ds2-crowds)
                    r["head"] = r["counted"] = "counter-" + noun
                continue
        if (" by" in before or " to" in before) and (obj := _VERB_OBJECT_BY_RE.search(before)):
            # "that increased deaths by 507", "cut arrivals by 40%": the verb's object
            r["head"], r["counted"] = obj.group("noun").lower(), obj.group("np")
            continue
        subject = _amount_subject(text, d.start, s_start, rows, prev_ids)
        if subject is not None:
            r["head"], r["counted"] = subject
            continue
        if (
            kind == "count"
            and "to" in before[-28:]
            # (from the end of the clause's last figure: "Arrivals fell to 611,000 while
            # departures rose to 305,000" counts departures; devset2 stats)
            and (
                lvl := _CHANGE_TO_LEVEL_RE.search(
                    text,
                    max(
                        s_start,
                        d.start - 200,
                        next((rows[j]["end"] for j in prev_ids if rows[j]["kind"] == "count"), 0),
                    ),
                    d.start,
                )
            )
            and _is_plural_noun(lvl.group("noun"))
            and lvl.group("noun").lower() not in _CLAUSE_WORDS
            # "Passenger numbers rose 12% to 19 million": the numbers' own noun, found below
            and lvl.group("noun").lower() not in ("numbers", "figures", "totals", "levels")
        ):
            # "Asylum applications across Poland fell 38% in the first quarter, to 2,190",
            # "the number of foreign workers in Japan rose 12.4 percent from a year earlier to
            # a record 2.57 million": the level the subject reached after its change counts it
            r["head"] = r["counted"] = lvl.group("noun").lower()
            if ev := _events_of_subject(text, s_start, lvl.start("noun")):
                # "Removals of failed asylum seekers rose 13% to 9,100", "Arrivals of
                # Syrians rose to 2,000": the subject's own noun, not its complement's, as
                # "arrivals of Eritreans" is counted in arrivals (UK and Italian statistics
                # copy, session 17)
                r["head"], r["counted"] = (
                    ev.group("x").lower(),
                    text[ev.start("x") : lvl.end("noun")],
                )
            continue
        if (
            kind == "count"
            and "ing" in before
            and "to" in before[-28:]
            and (br := _BRINGING_TO_RE.search(text, max(s_start, d.start - 120), d.start))
            and _is_plural_noun(br.group("noun"))
            and br.group("noun").lower() not in _CLAUSE_WORDS
        ):
            # "1,150 migrants landed ..., bringing arrivals since January to 41,300": the
            # running total counts what it brings up (Italian landing copy)
            r["head"] = r["counted"] = br.group("noun").lower()
            continue
        if kind == "count" and "oll" in before[-12:] and _HEADLINE_TOLL_BEFORE_RE.search(before):
            # "..., toll 61", "toll at 23": a live blog's headline drops the toll's verb
            # (session 8)
            r["head"] = r["counted"] = "deaths"
            continue
        if (
            kind == "count"
            and (sp := _SUBJECT_PASSES_RE.search(before[-48:]))
            and _is_plural_noun(sp.group("noun"))
            and sp.group("noun").lower() not in _CLAUSE_WORDS
            and sp.group("noun").lower() not in _STRIKING_SUBJECTS
        ):
            # "Global deaths cross 12,000", "Arrivals Top 10,000": the subject of a verb of
            # passing a mark (headline copy, session 8)
            pw = [w for w in sp.group("np").split() if w.lower() not in _CLAUSE_WORDS]
            noun = sp.group("noun").lower()
            win = before[-48:]
            if (
                sp.group("np").split()[0].lower() in _PP_OBJECT_PREPS
                or _PREP_BEFORE_NP_RE.search(win, 0, sp.start())
            ) and (
                of_np := _OF_NP_BEFORE_PP_RE.search(text, max(s_start, d.start - 120), d.start)
                or _NP_BEFORE_PP_RE.search(text, max(s_start, d.start - 120), d.start)
            ):
                # "The backlog of pending asylum cases in immigration courts topped 3.7
                # million": the of-phrase's noun, not the place after its preposition
                # (US court-backlog copy, session 13)
                pw, noun = [of_np.group("noun")], of_np.group("noun").lower()
            if noun in ("numbers", "figures", "totals", "levels"):
                # "Prisoner numbers reached 86,400" counts prisoners (at the merge: it gave
                # "numbers"); with no such modifier the noun says nothing counted
                if len(pw) < 2 or pw[-2].lower() not in _NUMBERS_OF | {"prisoner", "refugee"}:
                    pw = []
                else:
                    noun = pw[-2].lower() + "s"
            if pw:
                # ("and arrests reached 640": the conjunction is no part of the noun)
                r["head"], r["counted"] = noun, " ".join(pw)
                continue
        if before.endswith(("to ", "to\u00a0")) and (nb := _NUMBER_OF_AFTER_RE.match(text, d_end)):
            # "It brings to 183 the number of Sri Lankans sent back": the number's noun
            c2, h2 = _noun_phrase_after(text, nb.end(), after_det=True)
            if h2:
                r["head"], r["counted"] = h2, c2
                continue
        if before.endswith(("from ", "to ")) and (
            cs := _CHANGE_SUBJECT_RE.search(text[s_start : d.start])
        ):
            # "Deportations fell from 10,787 in 2015 to 7,987": the subject that changed
            noun = cs.group("noun")
            if _is_plural_noun(noun) and noun.lower() not in _CLAUSE_WORDS:
                r["head"], r["counted"] = noun.lower(), cs.group("np")
                if (
                    ev := _events_of_subject(cs.group("np"), 0, len(cs.group("np")))
                ) and ev.end() == cs.start("noun") - cs.start("np"):
                    r["head"] = ev.group("x").lower()  # "Arrivals of Syrians rose to 2,000"
                pw = cs.group("np").split()
                if noun.lower() == "numbers" and len(pw) > 1 and pw[-2].lower() in _NUMBERS_OF:
                    # "Visitor numbers rose to 3.4 million" counts visitors (tourism copy)
                    r["head"] = pw[-2].lower() + "s"
                continue
        if (
            before.endswith("from ")
            and " in " in before
            and (ci := _CHANGE_IN_FROM_RE.search(before))
            and _is_plural_noun(ci.group("noun"))
        ):
            # "a significant decline in white rhinos from 8,968 in 2013 to 4,116": the
            # noun the change is in (wildlife and science copy, session 8)
            r["head"], r["counted"] = ci.group("noun").lower(), ci.group("np")
            continue
        if (
            before.endswith(("from ", "to "))
            and " of " in before
            and (so := _SALES_OF_SUBJECT_RE.search(text[s_start : d.start]))
        ):
            # "Sales of heat pumps in Europe tripled to 2.6 million", "Exports of electric
            # cars doubled to 1.2 million": what was sold or shipped (energy and EV copy,
            # session 8; it fell back to people)
            c2, h2 = _noun_phrase_after(text, s_start + so.start("of"), after_det=True)
            if h2 and _is_plural_noun(h2):
                r["head"], r["counted"] = h2, c2
                continue
        # "put the number of dead at least 50": the figure's own "at least" is the "at"
        probe = before + "at " if text.startswith("at ", d.start) else before
        number_of = _NUMBER_OF_RE.search(probe) if " of " in before else None
        if number_of is None and before.endswith("with ") and " of " in before:
            # "recorded the highest number of casualties for the second year, with 1,214"
            number_of = _NUMBER_OF_WITH_RE.search(before)
        np_base = d.start - len(before)
        if (
            number_of is None
            and d.start - s_start > 60
            and "umber of " in (wide := text[max(s_start, d.start - 110) : d.start - 50])
        ):
            # a long subject: "put the number of Syrians who have left Turkey voluntarily
            # since 2017 at 768,912" (session 7, Turkish interior-ministry copy)
            wide = text[max(s_start, d.start - 110) : d.start]
            number_of = _NUMBER_OF_RE.search(
                wide + "at " if text.startswith("at ", d.start) else wide
            )
            np_base = d.start - len(wide)
        if (
            number_of is None
            and kind == "count"
            and " who " in before
            and _NUMBER_WHO_RE.search(probe)
        ):
            # "Local officials put the number who have moved permanently at between 30,000
            # and 45,000": "who" stands for people, not for the noun counted before
            # (features, ds2-climate)
            r["head"], r["counted"] = "people", "people"
            continue
        if number_of:
            # "put the number of returnees at 13,200", "the toll of migrants rose to 40"
            c2, h2 = _noun_phrase_after(
                text, np_base + number_of.start("np"), after_det=True
            )  # "the number of injured", as "of the injured"
            if h2:
                r["head"], r["counted"] = h2, c2
                continue
            if number_of.group("np").startswith(("those ", "those\u00a0")) and not any(
                rows[j]["kind"] == "count" and rows[j]["head"] for j in prev_ids
            ):
                # "The number of those killed rose to 61", "the tally of those missing": the
                # people the participle describes (wire copy, session 16: no head); after a
                # count in the sentence ("2,350 Syrians left ..., bringing the number of
                # those who left to 19,800") "those" are that count's, read below
                r["head"] = r["counted"] = "people"
                continue
        if (
            kind == "count"
            and " at " in before[-24:]
            and (pa := _PUT_NP_AT_RE.search(before))
            and (gw := pa.group("np").split())[-1].lower() in _GATHERING_NOUNS
            and len(gw) <= 3
        ):
            # "Police estimated the crowd at 2,500": a gathering's noun, as "a crowd of N"
            # and "the crowd numbered N" have it (protest copy, ds2-crowds)
            r["head"] = r["counted"] = gw[-1].lower()
            continue
        if (
            kind == "count"
            and " at " in before[-24:]
            and (pa := _PUT_NP_AT_RE.search(before))
            and (h2 := _noun_phrase_after(text, np_base + pa.start("np"), after_det=True))[1]
            and _is_plural_noun(h2[1])
        ):
            # "Pew puts unauthorized immigrants at 13.1 million", "officials estimate
            # returnees from Iran at 40,000": the object put at the figure is what it counts
            # (headline and statistics copy, devset2 stats)
            r["counted"], r["head"] = h2
            continue
        if (
            kind == "count"
            and before.endswith(", ")
            and (" number, " in before or " total, " in before)
            and _SUPERLATIVE_NUMBER_BEFORE_RE.search(before)
            and (
                named := next(
                    (
                        j
                        for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1)
                        if rows[j]["sentence"] >= r["sentence"] - 1
                        and rows[j]["paragraph"] == r["paragraph"]
                        and rows[j]["kind"] in ("count", "percent")
                        and _is_plural_noun(rows[j]["head"] or "")
                    ),
                    None,
                )
            )
            is not None
        ):
            # "69 percent of refugees lived in ... . Turkey hosted the largest number, 3.1
            # million": the number of what the sentence before counted (ranking copy on
            # refugee hosts, ds2-disaster)
            r["head"], r["counted"] = rows[named]["head"], rows[named]["counted"]
            continue
        if before.endswith((": ", ":\t")) and (
            lab := _FACT_LINE_LABEL_RE.search(before) or _FACT_LINE_LONG_LABEL_RE.search(before)
        ):
            first = lab.group("label").split()[0]
            words = lab.group("label").split()
            if len(words) == 2 and not _is_plural_noun(first) and _is_plural_noun(words[1]):
                first = words[1]  # "Crossing attempts in 2024: about 30,000" (session 11)
            if (
                not _is_plural_noun(first)
                and len(words) == 3
                and (
                    words[2].endswith("ed")
                    or words[2].endswith(("wn", "en"))
                    and _is_plural_noun(words[1])
                )
            ):
                # ("Asylum claims withdrawn in 2024: 3,900", session 11)
                # "Urban jobs created: 11.8 million" (not a headline's topic, "Assam floods:")
                first = words[1]
            elif len(words) > 1 and first.lower() in _LABEL_MODIFIERS and _is_plural_noun(words[1]):
                first = words[1]  # "Cumulative arrivals since 15 April 2023: 731,294"
            if len(words) == 1 and first.lower() in _STATE_HEADS:
                # "Injured: 240+", "Missing: ~45": a state names those counted (session 8)
                r["head"] = r["counted"] = first.lower()
                continue
            if _is_plural_noun(first) and not _OWN_PREDICATE_AFTER_RE.match(text, d_end):
                # (not a headline's topic: "Floods: 1,500 evacuated as river bursts banks"
                # counts those evacuated, not floods)
                # a fact box's line: "Deaths: 71", "Homes destroyed: At least 1,700"
                r["head"], r["counted"] = first.lower(), lab.group("label")
                continue
        if (
            kind == "count"
            and "the " in before
            and (sp := _SUPERLATIVE_APPOSITION_RE.search(before))
            and _is_plural_noun(sp.group("n"))
        ):
            # "Syrians lodged the most claims, around 72,000": the count restates the noun
            # before its comma (wire copy on asylum statistics, session 9), before any count
            # the sentence gave ("Spain made the most arrests, 2,140, but Italy carried out
            # the most removals, at 1,390"; devset2 stats)
            r["head"] = r["counted"] = sp.group("n")
            continue
        if (
            kind == "count"
            and " with " in before[-28:]
            and any(w in before for w in (" largest ", " biggest ", " main ", " top "))
            and (lg := _LARGEST_GROUP_WITH_RE.search(text[s_start : d.start]))
        ):
            # "Georgians were the largest group returned, with 3,115": the subject is what
            # the count counts (Eurostat copy, devset2 stats)
            r["head"], r["counted"] = lg.group("n").lower(), lg.group("n")
            continue
        if (
            kind == "count"
            and text[d.end : d.end + 1] == ","
            and before.endswith(("Of the ", "Of these ", "Of those "))
            and (
                same := next(
                    (
                        j
                        for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1)
                        if rows[j]["sentence"] >= r["sentence"] - 3
                        and rows[j]["kind"] == "count"
                        and rows[j]["value"] == r["value"]
                        and rows[j]["head"]
                    ),
                    None,
                )
            )
            is not None
        ):
            # "... landed with 289 Rohingya refugees. ... Of the 289, 121 are children": the
            # opener restates a count named before, and counts what it counted (Jakarta Post
            # and AFP copy, devset2 asiapac)
            r["head"], r["counted"] = rows[same]["head"], rows[same]["counted"]
            continue
        if (
            kind == "count"
            and text[d.start - 1 : d.start] == "("
            and text[d.end : d.end + 1] == ")"
            and (dm := _WORD_BEFORE_BRACKET_RE.search(text, max(0, d.start - 24), d.start - 1))
            and _is_people_name(dm.group(1))
        ):
            # "Those held comprised Filipinos (2,106), Indonesians (1,388)": a people, then
            # its count in brackets (The Star's and Malay Mail's immigration-raid copy)
            r["head"] = r["counted"] = dm.group(1).lower()
            continue
        if (
            kind == "count"
            and text[d.start - 2 : d.start] == ", "
            and text[d.end : d.end + 1] in (",", ".", ";")
            and (dm := _PEOPLE_COMMA_BEFORE_RE.search(text, max(0, d.start - 30), d.start))
            and _is_people_name(dm.group(1))
        ):
            # "led by Venezuelans, more than 252,000, Ecuadorians (47,724)": a people, then
            # its count between commas (EFE's and AP's Darien copy in English, session 17);
            # the counted words as written, so that a ranking's "followed by Cubans (12,420)"
            # is not read as counted in the leader's noun (``_fill_followed_by_heads``)
            r["head"], r["counted"] = dm.group(1).lower(), dm.group(1)
            continue
        if (
            kind == "count"
            and text[d.start - 1 : d.start] == "("
            and text[d.end : d.end + 1] == ")"
            and (pl := _plural_before_bracket(text, s_start, d.start - 1))
        ):
            # "spontaneous returns from Yemen to Somalia (732)", "all exits tracked in 2023
            # (185,000)": a bare count in brackets counts the plural noun its phrase opens
            # with (IOM DTM Eastern Route copy, session 13)
            r["head"] = r["counted"] = pl
            continue
        # Of several counts before it, the one of its own size: "408 people arrived on nine
        # boats, bringing the total to 21,063" (people), "12 boats carrying 600 people ...
        # and 3 more" (boats), "55,000 people ... in 53 camps, while another 30,000" (people).
        owners = [j for j in prev_ids if rows[j]["kind"] == "count" and rows[j]["head"]]
        owner = owners[0] if owners else None
        if len(owners) > 1 and r["value"] > 0:
            owner = min(owners, key=lambda j: _magnitude_gap(rows[j]["value"], r["value"]))
        if (
            owner is not None
            and kind == "count"
            and (gap := _GAPPED_NOUN_BEFORE_RE.search(before))
            and _is_plural_noun(gap.group(1))
            and gap.group(1) not in _CLAUSE_WORDS
            and gap.group(1) != rows[owner]["head"]
        ):
            if (
                rows[owner]["start"] <= np_base + gap.start() < rows[owner]["end"]
                and rows[owner]["head"] in (words := gap.group().split()[1:-2])
                # ("Boys make up 9,400 of the children and girls 8,700": a whole after
                # "of", the gapped subject its part, as before)
                and "of" not in words
            ):
                # "Storms caused 29.1 million displacements and floods 14.3 million": the
                # verb and the noun left out, the count's noun written after the first
                # number is what the second counts too; the subject is no noun of it
                # (disaster-displacement copy, ds2-idmc)
                r["head"], r["counted"] = rows[owner]["head"], rows[owner]["counted"]
                continue
            # "Males make up 41,056 and females 43,900": the verb left out, the subject
            # kept (session 7, Armenian government updates)
            r["head"] = r["counted"] = gap.group(1)
            continue
        if (
            owner is not None
            and before.endswith((" of the ", " of the\u00a0"))
            and _STATE_AFTER_RE.match(text, d_end)
        ):
            # "The dead included 14 women, while 23 of the 61 injured were ...": the whole
            # of a new partitive, its state its own; no noun carried from the count before
            owner = None
        if owner is not None:
            # A subject joined to the number by a verb of amount after that count comes
            # first: "of the 13 provinces ..., and arrests reached 640" counts arrests.
            noun, noun_at = _last_noun_before(text, d.start, rows[owners[0]]["end"])
            if "population" in text[max(0, d.start - 160) : d.start]:
                w2 = text[max(0, d.start - 160) : d.start]
                v2 = _last_match(_AMOUNT_VERB_RE.finditer(w2))
                if v2 is not None and _POPULATION_PP_BEFORE_RE.search(w2, 0, v2.start()):
                    # "the population in 14 camps stood at 101,834": the count in the
                    # population's place phrase owns no part of it (session 18)
                    noun = "people"
            if noun is not None:
                r["head"], r["counted"] = noun, noun
                continue
            r["head"], r["counted"] = rows[owner]["head"], rows[owner]["counted"]
            if (
                r["value"] != 1
                and rows[owner]["value"] == 1
                and rows[owner]["head"] in _PLURAL_OF_ONE
                and rows[owner]["counted"] == rows[owner]["head"]
            ):
                # "One person died and 65 were rescued": 65 people, the noun's plural
                # (wire copy, session 9)
                r["head"] = r["counted"] = _PLURAL_OF_ONE[rows[owner]["head"]]
            if (
                cm
                and kind == "count"
                and text.startswith((" were ", " are "), d_end)
                and (own := _noun_phrase_after(text, d_end + cm.start("np")))[1]
                and _is_plural_noun(own[1])
                and text.startswith((" were ", " are "), rows[owner]["end"])
            ):
                # "12 were children and 3 were women": each count of the list named after
                # its own verb, not by the one before it (session 8)
                r["counted"], r["head"] = own
                continue
            if (rows[owner]["head"] in _STATE_HEADS or rows[owner]["head"] in _DEATH_HEADS) and (
                st := _STATE_AFTER_RE.match(text, d_end)
            ):
                # "1,037 dead and 1,204 injured": each count of people in its own state;
                # "some 3,516 deaths and 14,929 injured" (session 7, Lebanon copy)
                r["head"] = r["counted"] = st.group(1).lower()
            elif rows[owner]["head"] in _DEATH_HEADS and text.startswith(
                (" others ", " other people"), d_end
            ):
                # "placed the death toll at 46, with 20 others missing": the others are
                # people, not deaths (Philippine and wire copy, ds2-disaster)
                r["head"] = r["counted"] = "people"
            elif rows[owner]["head"] in _ROLE_HEADS and _PEOPLE_VERB_AFTER_RE.match(text, d_end):
                # "found 14 survivors, while 9 remain missing": the survivors' noun names a
                # state the others are not in; a verb done to people gives people
                r["head"] = r["counted"] = "people"
            another = re.search(
                r"\b(?:another|further|more|additional|other)\b", before[-25:], re.I
            ) or re.match(r"[ \u00a0]{1,2}more\b", after)
            found_verb = _FINDING_BEFORE_RE.search(text, max(s_start, d.start - 40), d.start)
            if (
                rows[owner]["value"] > r["value"]
                and not another
                and found_verb
                and _elided_adjective(after)
            ):
                # "screened 2,140 children ... and found 297 acutely malnourished"
                r["part_of"] = owner
            continue
        if (
            kind == "count"
            and prev_ids
            and rows[prev_ids[0]]["kind"] == "percent"
            and before.endswith((", with ", ", at "))
            and text.startswith(",", d_end)
            and _is_plural_noun(rows[prev_ids[0]]["head"] or "")
        ):
            # "hosted 38 percent of the world's refugees, and Uganda, with about 1.8 million,
            # hosted the most": a bare count set off after a place counts what the share
            # before it was of (Global Trends copy, ds2-disaster)
            r["head"], r["counted"] = rows[prev_ids[0]]["head"], rows[prev_ids[0]]["counted"]
            continue
        if (
            _PEOPLE_VERB_AFTER_RE.match(text, d_end)
            or _PEOPLE_VERB_BEFORE_RE.search(before, max(0, len(before) - 16))
            # "Of the 142 who escaped": "who" stands for people
            or text.startswith((" who ", " who\u00a0"), d_end)
        ):
            # "at least 92 were killed", "killing at least 95", "rescued 23 from the rubble":
            # a verb done to people restores the elided noun, as the gold's "3,118 were
            # identified" gives people (disaster and conflict copy, session 7)
            # ("move refugees ..., but only about 2,600 have been relocated": the people the
            # sentence named before, as below; crisis and europe rules merged, session 10)
            # ("Asked about foreign national offenders, Ashcombe said 5,120 had been
            # deported": the question's topic, committee copy; "asylum seekers" are seekers)
            if (
                kind == "count"
                and k
                and rows[k - 1]["kind"] == "count"
                and rows[k - 1]["head"]
                and rows[k - 1]["head"] not in _LIST_HEADS
                and r["sentence"] - 1 <= rows[k - 1]["sentence"]
                and _ANOTHER_BEFORE_RE.search(before)
            ):
                # "Police arrested 230 migrants on Monday. A further 45 were detained on
                # Tuesday": more of what was counted just before (Tunisian copy, session 13)
                j = _breakdown_whole(rows, k - 1)
                r["head"], r["counted"] = rows[j]["head"], rows[j]["counted"]
                continue
            topic = _question_topic(text, s_start, d.start) if kind == "count" else None
            pn = kind == "count" and _people_done_to(text, s_start, d.start, after)
            r["head"], r["counted"] = topic or (
                (pn.replace("\u00a0", " ").split()[-1], pn) if pn else ("people", "people")
            )
            continue
        if (
            kind == "count"
            and before.endswith(_PP_CHANGE_BEFORE_ENDS)
            and (ps := _OPENING_PP_CHANGE_RE.match(text[s_start : d.start].lstrip()))
            and _is_plural_noun(ps.group("n"))
            and ps.group("n").lower() not in _CLAUSE_WORDS
            and ps.group("n").lower() not in _NOT_CHANGE_SUBJECTS
        ):
            # "Deaths from cholera in the camps rose to 54", "Admissions for severe acute
            # malnutrition at the clinic doubled to 1,140": the plural noun opening the
            # sentence, before its prepositional phrases, is what the level counts (crisis
            # copy, session 10; it took the last plural noun, "camps", or fell to people)
            r["head"] = r["counted"] = ps.group("n").lower()
            continue
        if (
            kind == "count"
            and ", which " in text[s_start : d.start]
            and (wl := _WHICH_SAY_LEVEL_RE.search(text, s_start, d.start)) is not None
        ):
            # "a rise in deaths in detention, which rights groups say reached 34": the
            # level of what the clause before "which" names, not the speakers' noun
            words = _WORD_RE.findall(text, max(s_start, wl.start() - 80), wl.start())
            ante = [
                w
                for k2, w in enumerate(words)
                if w[:1].islower()
                and _is_plural_noun(w)
                and w not in _TIME_PLURALS
                # (not where they are: "deaths in detention centres, which ...", but what
                # a change is in: "a rise in deaths")
                and not (
                    k2
                    and words[k2 - 1] in ("in", "at", "across", "inside", "near")
                    and not (k2 > 1 and words[k2 - 2] in _CHANGE_NOUNS_BEFORE_IN)
                )
            ]
            if ante:
                r["head"] = r["counted"] = ante[-1].lower()
                continue
        noun, _noun_at = _last_noun_before(text, d.start, s_start)
        if noun is not None:
            r["head"], r["counted"] = noun, noun
            continue
        if kind == "count" and (subj := _change_subject(text, s_start, d.start)):
            # "Apprehensions reached their low point around 310,000", "Crossings rose in
            # 2018 and surged in 2019 to more than 850,000", "The Border Patrol's
            # apprehensions of migrants dropped by 25% from 2023, from 2,045,838 to
            # 1,530,523": the plural subject opening the sentence is what the level counts
            # (year-in-review and border explainers, session 8)
            r["head"], r["counted"] = subj.lower(), subj
            continue
        if (
            kind == "count"
            and before.endswith((", at ", ", to "))
            and (subj := _change_subject(text, s_start, d.start, _OPENING_BE_AT_SUBJECT_RE))
        ):
            # "Deaths at sea were three times higher than in 2022, at 2,300": the level the
            # comparison ends on counts the plural subject (Mediterranean copy, session 13)
            r["head"], r["counted"] = subj.lower(), subj
            continue
        if (
            kind == "count"
            and text[d.start - 1 : d.start] == "("
            and text[d.start - 3 : d.start - 2].isalpha()
            and (subj := _change_subject(text, s_start, d.start, _OPENING_MOVE_SUBJECT_RE))
        ):
            # "Refugees have fled to Chad (768,000), South Sudan (1.1 million) and Egypt":
            # a count in brackets after each place counts the plural subject that moved
            # there (wire copy on where refugees went)
            r["head"], r["counted"] = subj.lower(), subj
            continue
        if (
            kind == "count"
            and after[:1] == " "
            and _COMPARED_AFTER_RE.match(after)
            and (pb := _PLURAL_JUST_BEFORE_RE.search(before))
            and _is_plural_noun(pb.group(1))
            and pb.group(1) not in _CLAUSE_WORDS
        ):
            # "with EV registrations 19,000 more than a year earlier": the noun right before
            # the difference (registrations copy, session 8; it fell back to people)
            r["head"] = r["counted"] = pb.group(1)
            continue
        ante = _antecedent(rows, k, kinds=("count",), same_or_previous=True)
        if (
            ante is None
            and kind == "count"
            and k
            and rows[k - 1]["kind"] == "count"
            and rows[k - 1]["head"]
            and rows[k - 1]["sentence"] == r["sentence"] - 1
            and (after[:6] in (" more ", " more.", " more,") or _ANOTHER_BEFORE_RE.search(before))
            # the one count of that sentence ("in 19 buses" after "497 children" names no
            # group another 2,000 could be more of)
            and not (k > 1 and rows[k - 2]["sentence"] == r["sentence"] - 1)
        ):
            # "... at about 180,000.\n\nThe minister wants at least 400,000 more to leave": more
            # of what the sentence before counted, across the paragraph break of wire copy
            # (Al Jazeera copy, session 10)
            ante = k - 1
        if (
            ante is None
            and kind == "count"
            and k
            and d.start - s_start < 40
            and rows[k - 1]["kind"] == "count"
            and rows[k - 1]["head"]
            and rows[k - 1]["sentence"] == r["sentence"] - 1
            and _THAT_RESTATES_RE.match(text, s_start)
        ):
            # "... 6,085 arrests in July.\n\nThat works out to about 196 a day": "That" is
            # the count just before, across wire copy's paragraph break (AP, devset2 stats)
            ante = k - 1
        if ante is not None and rows[ante]["head"] not in _LIST_HEADS:
            if ante == k - 1 and _ANOTHER_BEFORE_RE.search(before):
                ante = _breakdown_whole(rows, ante)
            r["head"], r["counted"] = rows[ante]["head"], rows[ante]["counted"]
            continue
        if (
            kind == "count"
            and k > 0
            and (bullet := _bullet_before(text, d.start))
            and rows[k - 1]["kind"] == "count"
            and rows[k - 1]["head"]
            and _bullet_before(text, rows[k - 1]["start"]) == bullet
        ):
            # "\u2022 1,120 Rohingyas arrived in January\n\u2022 2,340 in February": a list's
            # item with its noun left out counts the noun of the item before (Bangladeshi
            # copy, session 9)
            r["head"], r["counted"] = rows[k - 1]["head"], rows[k - 1]["counted"]
            continue
        if " base" in before and (ub := _USER_BASE_BEFORE_RE.search(before)):
            # "MTN's subscriber base grew to 80.9 million", "a user base of 300 million"
            # counts subscribers, users (telecoms and app copy, session 8)
            r["head"] = r["counted"] = ub.group("x").lower() + "s"
            continue
        if kind == "count" and "?" in text[max(0, d.start - 160) : d.start]:
            qn = _question_noun(text, d.start)
            if qn is not None:
                # "How many children are in the camps?\nA: Roughly 61,000, Unicef estimates":
                # the answer's bare count is of what the question asks about (a Q&A
                # explainer, session 11)
                r["counted"], r["head"] = qn
                continue
        if kind == "count" and (topic := _question_topic(text, s_start, d.start)):
            # "Asked about unaccompanied children, Garza said 180 were still in shelters":
            # the topic of the question is what the answer's bare number counts
            # (committee and press-conference copy)
            r["head"], r["counted"] = topic
            continue
        if kind == "count" and (pn := _people_done_to(text, s_start, d.start, after)):
            # "UNHCR wants to move refugees inland, but only about 9,000 have been relocated":
            # a bare number done to as the people named before it in the sentence were
            # (crisis copy, session 10); "asylum seekers" counts seekers
            r["head"], r["counted"] = pn.replace("\u00a0", " ").split()[-1], pn
            continue
        if (
            kind == "count"
            and "the " in before
            and (_FIGURE_PUT_AT_RE.search(before))
            and (
                same := min(
                    (
                        j
                        for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1)
                        if rows[j]["sentence"] >= r["sentence"] - 4
                        and rows[j]["kind"] == "count"
                        and rows[j]["head"]
                        and _magnitude_gap(rows[j]["value"] or 0, r["value"] or 0) < 0.5
                    ),
                    key=lambda j: _magnitude_gap(rows[j]["value"], r["value"]),
                    default=None,
                )
            )
            is not None
        ):
            # "Pew ... fell to 13.1 million ... [a margin of 500,000 people] ... The Migration
            # Policy Institute put the figure lower, at about 12.4 million": a rival estimate
            # of the same thing, the count of its own size named before (think-tank copy,
            # devset2 stats)
            r["head"], r["counted"] = rows[same]["head"], rows[same]["counted"]
            continue
        if (
            kind == "count"
            and ", by " in before[-28:]
            and (mt := _MORE_THAN_BY_RE.search(text[max(s_start, d.start - 160) : d.start]))
            and _is_plural_noun(mt.group("n").lower())
        ):
            # "more unauthorized immigrants are leaving than arriving, by roughly 300,000 a
            # year": the margin counts what the comparison does (think-tank copy, devset2
            # stats)
            r["head"], r["counted"] = mt.group("n").lower(), mt.group("np")
            continue
        if (
            kind == "count"
            and "ing " in before
            and (_CHANGE_PARTICIPLE_BEFORE_RE.search(before))
            and (subj := _SUBJECT_BEFORE_VERB_RE.match(text, s_start, d.start))
            and _is_plural_noun(subj.group("n").lower())
        ):
            # "Asylum claimants were the only group to grow, rising by 8,150 to 512,600":
            # the participle's change is in the clause's subject (Statistics Canada copy,
            # devset2 stats)
            r["head"] = subj.group("n").lower()
            r["counted"] = subj.group("np")
            continue
        if r["value"] >= 1000 and r["value"] == int(r["value"]):
            # (not "S&P 500: 4,105.02", a ticker's index level: no count of people has
            # cents, session 8)
            r["head"], r["counted"] = "people", "people"


def _question_topic(text: str, s_start: int, start: int) -> tuple[str, str] | None:
    """``(head, counted)`` of the plural topic of an opening "Asked (by X) about <topic>, "
    before a bare number at ``start``, or None."""
    if "how many" in text[max(0, s_start - 250) : start]:
        # "Senator Ruth Dale asked how many visas had been cancelled. Mr Garner said 412
        # had been cancelled": the question, in this sentence or the one before
        lo = max(0, s_start - 250)
        lo = max(lo, text.rfind("\n\n", lo, s_start) + 2)
        hm = next(reversed(list(_HOW_MANY_RE.finditer(text, lo, start))), None)
        if hm is not None and _is_plural_noun(hm.group("n")):
            return hm.group("n").lower(), hm.group("np")
    if not text.startswith("Asked ", s_start):
        return None
    ask = _ASKED_ABOUT_RE.match(text, s_start, start)
    if ask is None or not _is_plural_noun(ask.group("n")):
        return None
    return ask.group("n").lower(), ask.group("np")


def _people_done_to(text: str, s_start: int, start: int, after: str) -> str | None:
    """The people named earlier in the sentence that a bare number with a passive verb after
    it counts ("move refugees ..., only about 9,000 have been relocated": "refugees")."""
    if after[:1] != " " or not _PASSIVE_AFTER_RE.match(after):
        return None
    pn = _PEOPLE_NOUN_BEFORE_RE.findall(text, s_start, start)
    return pn[-1].lower() if pn else None


_CHANGE_NOUNS_BEFORE_IN = frozenset(
    "rise increase fall drop surge spike jump decline growth fall-off".split()
)
#: ", which rights groups say reached ", ", which officials said had risen to ": a level
#: the relative clause's speakers give, right before the number.
_WHICH_SAY_LEVEL_RE = re.compile(
    r",[ \u00a0]which[ \u00a0](?:[A-Za-z][\w'’\-]*[ \u00a0]){1,4}(?:say|says|said|estimate|estimates"
    r"|estimated|believe|believes|believed)[ \u00a0](?:(?:has|have|had)[ \u00a0])?(?:reached|rose[ \u00a0]to"
    r"|risen[ \u00a0]to|stood[ \u00a0]at|stands[ \u00a0]at|totalled|totaled|numbered|hit|topped"
    r"|exceeded|passed)[ \u00a0](?:[a-z]+[ \u00a0]){0,2}$"
)
#: A question's noun: "asked how many visas had been cancelled".
_HOW_MANY_RE = re.compile(
    r"\bhow[ \u00a0]many[ \u00a0](?P<np>(?:[a-z][a-z\-]*[ \u00a0]){0,2}?(?P<n>[a-z]{3,}))"
    r"(?=[ \u00a0](?:had|have|has|were|are|was|is|would|will|could|did|do|does|remained|remain)\b)"
)
#: A question's topic opening the sentence: "Asked about failed asylum seekers, ", "Asked by
#: Anna Pryor, the Liberal Democrat MP for Bath, about foreign national offenders, ".
_ASKED_ABOUT_RE = re.compile(
    r"Asked[ \u00a0](?:by[ \u00a0][^;:.\"“”\d]{1,100}?,?[ \u00a0])?about[ \u00a0]"
    r"(?:(?:the|their|its|his|her)[ \u00a0])?"
    r"(?P<np>(?:[a-z][a-z\-]*[ \u00a0]){0,3}(?P<n>[a-z]{3,})),[ \u00a0]"
)
#: A sentence opening with a plural noun and its prepositional phrases, then a verb of
#: change to a level: "Deaths from cholera in the camps rose to ".
_OPENING_PP_CHANGE_RE = re.compile(
    # (one or two words before the noun, a capital opening them: "Sponsored study visas to
    # main applicants rose 3% to 402,100", "Work permits for refugees rose to 3,100"; UK
    # and Canadian visa statistics, ds2-visas)
    # (tried last: "Deaths from cholera in the camps rose to 54" counts deaths)
    r"(?:[A-Z][\w'’\-]*[ \u00a0](?:[a-z][\w\-]*[ \u00a0])?)??"
    r"(?P<n>[A-Za-z][a-z]+)[ \u00a0]"
    # ("Visas granted to the dependants of students totalled 17,450": to whom they went)
    r"(?:(?:granted|issued|given|awarded|approved|offered)[ \u00a0])?"
    r"(?:for|from|of|at|in|among|on|to)[ \u00a0][^,;:\d\n]{0,80}?"
    r"[ \u00a0](?:(?:has|have|had)[ \u00a0])?(?:(?:rose|risen|fell|fallen|doubled|tripled|halved"
    r"|climbed|jumped|increased|decreased|dropped|declined|surged|grew|grown|reached|hit"
    r"|topped"
    # (a headline's present: "Deportations from Taiwan climb to 18,200"; ds2-eastasia)
    r"|rise|fall|drop|climb|jump|surge|soar|plunge|decline|grow)"
    r"(?:[ \u00a0](?:sharply|again|further))?"
    # (the change before the level: "rose 3% to 402,100", "fell by 12 per cent to")
    r"(?:[ \u00a0](?:by[ \u00a0])?\d[\d,.]*(?:%|[ \u00a0]per[ \u00a0]cent|pc))?"
    r"[ \u00a0](?:to|from)|totalled|totaled|numbered)[ \u00a0]"
    rf"{_AMOUNT_QUALIFIER}$"
)


_PP_CHANGE_BEFORE_ENDS = (
    "to ", "to\u00a0", "from ", "from\u00a0", "totalled ", "totaled ", "numbered ",
)  # fmt: skip

#: A sentence that opens with the most of something, up to a colon: "The most applications
#: among the 29 countries were again registered in Germany".
_MOST_NOUN_OPENING_RE = re.compile(
    r"[ \u00a0\n\"“]*(?:[Tt]he[ \u00a0])?[Mm]ost[ \u00a0](?:[a-z][a-z-]+[ \u00a0]){0,2}?"
    r"(?P<n>[a-z][a-z-]{2,}s)\b[^:;.]{0,140}$"
)


def _breakdown_whole(rows: list[dict], j: int) -> int:
    """The whole that figure ``j`` is the last item of a breakdown by sex or age of, else
    ``j``: after "46 migrants drowned, 37 men and 9 women", "A further 16 remain missing"
    counts more migrants, not more women (IOM Yemen copy, session 14)."""
    if rows[j]["head"] not in _PEOPLE_LIST_HEADS:
        return j
    s, i, parts = rows[j]["sentence"], j, 0.0
    while i >= 0 and rows[i]["sentence"] == s and rows[i]["head"] in _PEOPLE_LIST_HEADS:
        parts += rows[i]["value"] or 0
        i -= 1
    if (
        i >= 0
        and i < j - 1
        and rows[i]["sentence"] == s
        and rows[i]["kind"] == "count"
        and rows[i]["head"]
        and (rows[i]["value"] or 0) >= parts
    ):
        return i
    return j


#: "another", "a further" right before a number: more of what was counted before.
_ANOTHER_BEFORE_RE = re.compile(r"\b(?:[Aa]nother|[Aa][ \u00a0]further)[ \u00a0]+$")
#: A bare number's passive verb: "9,000 have been relocated", "300 were flown back".
_PASSIVE_AFTER_RE = re.compile(
    r"[ \u00a0](?:have|has|had)[ \u00a0]been[ \u00a0](?:[a-z]+ly[ \u00a0])?[a-z]+ed\b"
    r"|[ \u00a0](?:were|are)[ \u00a0](?:[a-z]+ly[ \u00a0])?(?:[a-z]+ed|flown|taken|sent)\b"
)
#: The people a sentence names before such a number (not "people" itself, the default).
_PEOPLE_NOUN_BEFORE_RE = re.compile(
    r"\b(refugees|migrants|returnees|deportees|evacuees|asylum[ \u00a0-]seekers|detainees"
    r"|prisoners|families|households)\b"
)
#: The plural of a singular noun a count of one names ("One person died and 65 ...").
_PLURAL_OF_ONE = {"person": "people", "child": "children", "man": "men", "woman": "women"}
#: The subject named as the largest group, then its count: "Georgians were the largest group
#: returned, with 3,115", "Syrians remained the biggest nationality, with about 9,000".
_LARGEST_GROUP_WITH_RE = re.compile(
    r"(?:^|[.;:]\s+|\n)(?:[A-Z][\w'’-]*[ \u00a0])?(?P<n>[A-Za-z][a-z'’-]+s)[ \u00a0]"
    r"(?:were|was|are|remained|remain|formed|made[ \u00a0]up)[ \u00a0]the[ \u00a0]"
    r"(?:single[ \u00a0])?(?:largest|biggest|second-largest|third-largest|main|top)[ \u00a0]"
    r"(?:group|nationality|national[ \u00a0]group|category|cohort)\b[^,;.]{0,60},[ \u00a0]with[ \u00a0]"
    rf"{_AMOUNT_QUALIFIER}$"
)
#: Another estimate of a figure named before: "put the figure lower, at about 12.4 million".
_FIGURE_PUT_AT_RE = re.compile(
    r"\b(?:put|puts|putting|places|placed|estimated|estimates)[ \u00a0]the[ \u00a0]"
    r"(?:figure|number|total|count|estimate)(?:[ \u00a0](?:(?:much|slightly|far|even)[ \u00a0])?"
    r"(?:lower|higher|closer))?,?[ \u00a0]at[ \u00a0]"
    rf"{_AMOUNT_QUALIFIER}$"
)
#: A comparison of two flows of the same people, then its margin: "more immigrants are
#: leaving than arriving, by roughly 300,000".
_MORE_THAN_BY_RE = re.compile(
    r"\b(?:[Mm]ore|[Ff]ewer)[ \u00a0](?P<np>(?:[a-z-]+[ \u00a0])?(?P<n>[A-Za-z][a-z-]+s))[ \u00a0]"
    r"(?:(?:are|were|have[ \u00a0]been|had[ \u00a0]been|will[ \u00a0]be)[ \u00a0])?"
    r"[a-z]+(?:ing|ed)[ \u00a0]than[ \u00a0][^,;.]{1,40},[ \u00a0]by[ \u00a0]"
    rf"{_AMOUNT_QUALIFIER}$"
)
#: A participle of change closing a clause, with its amounts: ", rising by 8,150 to ".
_CHANGE_PARTICIPLE_BEFORE_RE = re.compile(
    r",[ \u00a0](?:rising|falling|growing|climbing|dropping|declining|increasing|decreasing"
    r"|jumping|shrinking|sliding)[ \u00a0](?:by|to|from)[ \u00a0]"
    r"(?:[\w.,]+(?:[ \u00a0](?:million|billion|thousand))?[ \u00a0](?:to|from)[ \u00a0])?"
    rf"{_AMOUNT_QUALIFIER}$"
)
#: A sentence's plural subject and its finite verb: "Asylum claimants were", "Refugees rose".
_SUBJECT_BEFORE_VERB_RE = re.compile(
    r"[ \u00a0\n\"“]*(?P<np>(?:[A-Z][a-z-]+[ \u00a0])?(?P<n>[A-Za-z][a-z-]+s))"
    r"[ \u00a0](?:were|are|was|is|have|has|had|remained|remain|rose|fell|grew|jumped)\b"
)
_MODALS_BEFORE_TOP = frozenset("will would could may might should must can to cannot".split())
#: A sentence that restates the figure before it: "That works out to about 196 a day".
_THAT_RESTATES_RE = re.compile(
    r"(?:That|This)(?:’s|'s|[ \u00a0](?:works|worked|comes|came|translates|translated"
    r"|amounts|amounted)[ \u00a0]out[ \u00a0]to|[ \u00a0](?:works|worked|comes|came|translates"
    r"|translated|amounts|amounted)[ \u00a0]to|[ \u00a0](?:is|was|equals|means))\b"
)
#: A verb of estimate, its object, then "at" and the figure: "puts unauthorized immigrants at".
_PUT_NP_AT_RE = re.compile(
    r"\b(?:put|puts|putting|placed|places|pegged|pegs|estimated|estimates|estimate|estimating)"
    r"[ \u00a0](?P<np>(?!(?:the|its|their)[ \u00a0](?:number|total|toll|figure|count)\b)"
    r"[\w'’-](?:[^,;:.]|(?<=[A-Z])\.){1,60}?)[ \u00a0]at[ \u00a0]"  # (not "U.S." a stop)
    rf"{_AMOUNT_QUALIFIER}$"
)
#: A superlative's noun, then its count after a comma: "lodged the most claims, around 9,000".
_SUPERLATIVE_APPOSITION_RE = re.compile(
    r"\bthe[ \u00a0](?:most|fewest|largest[ \u00a0]number[ \u00a0]of|highest[ \u00a0]number"
    r"[ \u00a0]of|greatest[ \u00a0]number[ \u00a0]of)[ \u00a0](?:[a-z-]+[ \u00a0]){0,2}?"
    # "carried out the most returns, at 6,340", "..., with 3,115" (Eurostat copy, devset2
    # stats)
    rf"(?P<n>[a-z]+),[ \u00a0](?:(?:at|with)[ \u00a0])?{_AMOUNT_QUALIFIER}$"
)


def _bullet_before(text: str, start: int) -> str | None:
    """The list marker that opens the line a figure opens ("\u2022 2,340 in February"),
    or None."""
    line = text.rfind("\n", max(0, start - 6), start) + 1
    if line == 0 and start > 5:
        return None
    mark = text[line:start].strip()
    return mark if mark in ("\u2022", "-", "*", "\u2013", "\u25cf", "\u25aa") else None


#: A sentence that opens with a plural subject and a verb of change or level.
_OPENING_SUBJECT = (
    r"[\"\u201c\u2018']?(?:(?:The|the|Its|Their|[A-Z][\w.'\u2019&-]*(?:'s|\u2019s))[ \u00a0]){0,2}"
    r"(?:[A-Za-z][\w-]*(?:'s|\u2019s)?[ \u00a0]){0,3}?(?P<n>[A-Za-z][a-z]+s)"
    r"(?:[ \u00a0]of[ \u00a0](?:[a-z]+[ \u00a0]){0,2}?[a-z]+)?"
    # where from or where: "Deportations from Punjab rose 40pc to 12,400", "Arrivals in
    # Spain's Canary Islands fell" (session 9, ds2-southasia and ds2-western)
    r"(?:[ \u00a0](?:from|in|at|to|on|into|across|through)[ \u00a0](?:the[ \u00a0])?"
    r"[A-Z][\w.'\u2019-]*(?:[ \u00a0][A-Z][\w.'\u2019-]*){0,3})?[ \u00a0]"
)
_OPENING_CHANGE_SUBJECT_RE = re.compile(
    _OPENING_SUBJECT
    + r"(?:rose|fell|dropped|declined|surged|climbed|jumped|grew|increased|decreased|plunged"
    r"|soared|slumped|hit|reached|topped|peaked|totalled|totaled|doubled|halved)\b"
)

#: The opening subject, a comparison with "were", then its level after a comma: "Deaths at
#: sea were three times higher than in 2022, at 2,300" (Mediterranean copy, session 13).
_OPENING_BE_AT_SUBJECT_RE = re.compile(
    r"[\"\u201c\u2018']?(?:(?:The|the)[ \u00a0])?(?:[A-Za-z][\w-]*[ \u00a0]){0,2}?(?P<n>[A-Za-z][a-z]+s)"
    r"(?:[ \u00a0](?:from|in|at|on|across|off|near|along|to|into)[ \u00a0](?:the[ \u00a0])?"
    r"(?:sea|land|[A-Z][\w.'\u2019-]*)"
    r"(?:[ \u00a0][A-Z][\w.'\u2019-]*){0,3})?[ \u00a0]"
    r"(?:(?:were|was|are|is|have[ \u00a0]been|has[ \u00a0]been)[ \u00a0](?:[\w-]+[ \u00a0]){0,6}?"
    r"(?:higher|lower|more|fewer|up|down|as[ \u00a0](?:high|low|many|large)[ \u00a0]as)"
    r"(?:[ \u00a0](?:than[ \u00a0])?[^,;:.]{1,30})?"
    r"|(?:rose|fell|dropped|declined|doubled|tripled|halved|jumped|climbed)[^,;:.]{0,50})"
    rf",[ \u00a0](?:at|to)[ \u00a0]{_AMOUNT_QUALIFIER}$"
)
#: The same opening subject before a verb of movement: "Refugees have fled to Chad (768,000)".
_OPENING_MOVE_SUBJECT_RE = re.compile(
    _OPENING_SUBJECT
    + r"(?:(?:have|has|had)[ \u00a0](?:also[ \u00a0])?)?(?:fled|crossed|arrived|returned|gone"
    r"|moved|travelled|traveled|headed|escaped|sought[ \u00a0]refuge)\b"
)


def _change_subject(
    text: str, s_start: int, start: int, pattern: re.Pattern | None = None
) -> str | None:
    """The plural noun that opens the sentence as the subject of a verb of change or level
    before ``start``, when no other plural noun stands between that verb and ``start``
    (of a verb of movement with ``_OPENING_MOVE_SUBJECT_RE``)."""
    at = s_start
    while at < start and text[at] in " \u00a0\n\t":
        at += 1
    if text[at : at + 2].isupper() and (dl := _DATELINE_OPEN_RE.match(text, at, start)):
        at = dl.end()  # "OTTAWA (CP) — Asylum claims in Canada fell ..." (session 9)
    m = (pattern or _OPENING_CHANGE_SUBJECT_RE).match(text, at, start)
    if m is None:
        return None
    n = m.group("n")
    if not _is_plural_noun(n) or n.lower() in _NOT_CHANGE_SUBJECTS:
        return None
    if n.lower() in _STRIKING_SUBJECTS and text.startswith(("hit", "Hit"), m.end() - 3):
        return None  # "Missiles hit 12 in Odesa": struck, no mark reached (merge, session 8)
    if n[0].isupper() and m.start("n") > at + 1:
        return None  # a name: "The United States hit a record 12,000"
    for w in _WORD_RE.findall(text, m.end(), start):
        if w[:1].islower() and _is_plural_noun(w) and w not in _TIME_PLURALS:
            return None  # "Arrivals rose to 5,000 and deaths to 300": deaths are the 300
    return n


#: A wire dateline before the first sentence: "OTTAWA (CP) — ", "ROME, Sept 27 (Reuters) - ".
_DATELINE_OPEN_RE = re.compile(
    r"[A-Z][A-Z'’ .\-]{2,60}(?:,[^—–\n]{0,60}?)?(?:[ \u00a0]\([A-Za-z ]{1,20}\))?"
    r"[ \u00a0]?[—–\-][ \u00a0]"
)
_NOT_CHANGE_SUBJECTS = frozenset(
    "prices rates shares stocks yields figures data numbers statistics estimates".split()
)
_TIME_PLURALS = frozenset("years months weeks days decades hours quarters".split())


# ---------------------------------------------------------------------------------------
# What follows a counted noun and narrows it down (session 8): "holders of temporary
# visas", "people displaced by the fighting", "families living in tents", "the 26 camps in
# Kutupalong and Balukhali host". The dev set's schema keeps it in ``counted``.

#: Prepositions whose phrase says what the things are; a part takes it from its whole.
_PM_RELATIONAL = frozenset(("of", "on", "with", "against"))
#: Prepositions whose phrase says where the things are (the ``place`` column says it too).
_PM_PLACE = frozenset(
    """in at across near inside outside along to from between under into around throughout
    within""".split()
)
#: Prepositions before a count whose noun phrase then has no verb to lean on: "for 800
#: nurses trained in the Philippines", "including 120 flights to Europe" (not "by three
#: points with a game in hand": a margin).
_PM_PREPS_BEFORE = frozenset("of for among including between with against amid".split())
_PM_LONG_NAME_RE = re.compile(
    r"[A-Z][A-Za-z'’\-]*(?:[ \u00a0](?:(?:of|and|for|&)[ \u00a0])?[A-Z][A-Za-z'’\-]*)+"
    r"(?:[ \u00a0]\([A-Z][A-Za-z]{1,7}\))?(?:[ \u00a0][a-z]{3,}s\b)?"
)
#: The people a list of "men, women and children" names together.
_PEOPLE_LIST_HEADS = frozenset(("men", "women", "children", "boys", "girls"))
#: What a named people (a demonym, an ethnic group) are counted as later: "of these refugees".
_PEOPLE_NOUNS = frozenset(
    """people persons individuals refugees migrants returnees deportees evacuees arrivals
    asylum-seekers seekers passengers survivors victims residents civilians nationals
    citizens""".split()
)
_PEOPLE_LIST_RE = re.compile(
    r"(?:,[ \u00a0](?:women|men|boys|girls|children))*,?[ \u00a0](?:and|&)[ \u00a0]"
    r"(?:women|men|boys|girls|children)\b(?![ \u00a0]*\d)"
)  # (not "of the children and girls 8,700": a second count, its verb left out)
#: Nouns of a place named after "of": "the town of Ed Daein".
_PM_NAMED_PLACES = frozenset(
    """town city village province state region district county island islands camp
    governorate municipality port""".split()
)
_PM_NAME_RE = re.compile(r"[A-Z][A-Za-z'’\-]*(?:[ \u00a0][A-Z][A-Za-z'’\-]*){0,3}")
_PM_DETS = frozenset("the a an its their his her our these those this that some".split())
_PM_WORD_RE = re.compile(r"[ \u00a0]([A-Za-z][A-Za-z'’\-]*)")
#: Past forms of change, which are the main verb after a counted noun (those
#: ``_PAST_CHANGE_VERBS`` lacks added to it).
_PM_CHANGE = _PAST_CHANGE_VERBS | frozenset(
    "doubled tripled halved surged soared plunged slumped added gained".split()
)
#: Words that start a verb's object: a word before them in a noun phrase was a verb.
_PM_OBJECT_START = frozenset("the a an their its his her our to".split())
_NUMBER_WORDS_PM = frozenset(
    "two three four five six seven eight nine ten dozen hundred hundreds thousand".split()
)
_PM_MORE_PARTICIPLES = frozenset("born hit struck shot stuck hidden stolen sold".split())


@functools.lru_cache(maxsize=1)
def _pm_words() -> dict[str, frozenset[str]]:
    """The word lists of ``data/postmodifier_words.csv``, by role."""
    roles: dict[str, set[str]] = {}
    for r in _read_csv("postmodifier_words.csv"):
        roles.setdefault(r["role"], set()).add(r["word"])
    return {k: frozenset(v) for k, v in roles.items()}


def _pm_np_end(text: str, pos: int, time: frozenset[str]) -> int | None:
    """Where the noun phrase after a preposition at ``pos`` ends, or None when it is a time,
    a pronoun or no noun phrase ("in the camp", "of Afghan Citizen Cards", "in Ukhiya and
    Teknaf"; not "on Monday", "in the past week", "of whom")."""
    m = _PM_WORD_RE.match(text, pos)
    if not m or m.group(1).lower() in time:
        return None
    start = pos
    if m.group(1).lower() in _PM_DETS:
        m2 = _PM_WORD_RE.match(text, m.end())
        if not m2 or m2.group(1).lower() in time:
            return None
        start = m.end()
    np, head = _noun_phrase_after(text, start, 80, after_det=True)
    if not np or not head:
        return None
    at = text.find(np, start, start + 2 + len(np))
    if at < 0:
        return None
    end = at + len(np)
    if np[-1:].isalpha() and text.startswith(" of ", end):
        last = np.rsplit(" ", 1)[-1]
        if last[0].isupper():
            # "holding (expired) Proof of Registration (PoR) cards": a name with "of"
            # inside, its acronym, and the noun it modifies (the reader stops at "of")
            first = at + len(np)
            for w in reversed(np.split(" ")):
                if not w[:1].isupper():
                    break
                first -= len(w) + 1
            name = _PM_LONG_NAME_RE.match(text, first + 1 if first > at else at)
            if name and name.end() > end:
                return name.end()
    if " " in np:
        # the noun phrase reader reads on through a verb after a singular noun ("residents
        # of the camp share two clinics", "Pakistan thus far"): cut before an adverb, and
        # before a word followed by a number, "to" or a determiner (a verb and its object)
        stop = _pm_words()["stop"]
        pos = at
        for i, w in enumerate(np.split(" ")):
            if i and (
                w.lower() in stop
                or (
                    (n := _PM_WORD_RE.match(text, pos + len(w)))
                    and (
                        n.group(1).lower() in _PM_OBJECT_START
                        or n.group(1).lower() in _NUMBER_WORDS_PM
                    )
                )
                or text[pos + len(w) + 1 : pos + len(w) + 2].isdigit()
            ):
                end = pos - 1
                break
            pos += len(w) + 1
        if end <= at:
            return None
    if text[end : end + 1] in (" ", "\u00a0") and text[end + 1 : end + 2].isdigit():
        return None  # "under Section 144", "in calendar 2023": a label's or a year's word
    if (
        text.startswith(" of ", end)
        and text[end + 4 : end + 5].isupper()
        and np.rsplit(" ", 1)[-1].lower() in _PM_NAMED_PLACES
        and (name := _PM_NAME_RE.match(text, end + 4))
    ):
        return name.end()  # "in the town of Ed Daein", "in the state of Chiapas"
    if text.startswith(" and ", end) and text[end + 5 : end + 6].isupper():
        # "in Ukhiya and Teknaf": two names
        if name := _PM_NAME_RE.match(text, end + 5):
            end = name.end()
    return end


def _pm_context(text: str, start: int, s_start: int) -> str:
    """Where a counted phrase starting at ``start`` stands: "partitive" ("Of the 31 boats"),
    "prep" (after a preposition: "for 800 nurses"), "place" (after one of place: "in 300
    camps"), "subject" (at a clause's start: "said 300 migrants") or "object" (after a
    verb: "killed 12 villagers")."""
    before = text[max(s_start, start - 40) : start].rstrip()
    words = before.split()
    if not words or not before[-1].isalpha():
        return "subject"
    lw = words[-1].lower()
    if lw in ("the", "all", "these", "those", "some"):
        if len(words) < 2 or not words[-2][-1:].isalpha():
            return "subject"
        words.pop()
        lw = words[-1].lower()
    if lw == "of" and (len(words) < 2 or not words[-2][-1:].isalnum()):
        return "partitive"  # "Of the 410 migrants rescued, 62 ...": the clause's opener
    if lw in _PM_PLACE:
        # "living in 5,344 relief camps across Sindh": a place after a place is the verb's
        return "place"
    if lw in _PM_PREPS_BEFORE:
        return "prep"
    if lw in _pm_words()["clause"]:
        return "subject"
    return "object"


def _postmodifier(text: str, end: int, ctx: str) -> tuple[int, str] | None:
    """The phrase after a counted noun ending at ``end`` that narrows it down: its end and
    what it is ("relational", "place" or "participle"), or None.

    Written here because no parser is at hand (a statistical one would not meet the speed
    goal): the reading is what journalists write after a counted noun. A preposition's
    phrase, unless it is a time; a participle, unless it is the main verb. After a verb
    ("killed 12 villagers in the raid") a place belongs to the verb, and after a subject
    ("300 migrants arrived in Lampedusa") a past form is the main verb, unless a verb of
    the noun's own follows ("people injured in the blast were taken"). ``ctx`` is
    ``_pm_context``'s, or "of_object" for a share's "of" phrase after a verb ("make up 54
    per cent of arrivals registered at Torkham": a participle, never the main verb)."""
    m = _PM_WORD_RE.match(text, end)
    if not m:
        return None
    w = m.group(1)
    if not w.islower():
        return None
    words = _pm_words()
    time = words["time"]
    if w in _PM_RELATIONAL or w in _PM_PLACE:
        e = _pm_np_end(text, m.end(), time)
        if e is None:
            return None
        if (
            w == "of"
            or ctx in ("prep", "partitive")
            or (ctx == "subject" and _pm_finite_after(text, e))
        ):
            return e, "relational" if w in _PM_RELATIONAL else "place"
        return None
    if len(w) >= 5 and w.endswith("ing"):
        if w in words["not_participle"] or w in _CLAUSE_WORDS:
            return None
        n = _PM_WORD_RE.match(text, m.end())
        if not n:
            return None
        nxt = n.group(1).lower()
        if nxt in _PM_RELATIONAL or nxt in _PM_PLACE:
            e = _pm_np_end(text, n.end(), time)
        else:
            e = _pm_np_end(text, m.end(), time)
        return (e, "participle") if e is not None else None
    participle = (len(w) >= 5 and w.endswith("ed")) or w in _IRREGULAR_PARTICIPLES
    if not (participle or w in _PM_MORE_PARTICIPLES):
        return None
    if w in words["document"] or w in _PM_CHANGE:
        return None
    if w in words["record"]:
        # "cases reported by clinics", "24 suicide attacks recorded in Pakistan": how the
        # figure was got (and by whom: the source), not what it counts
        return None
    n = _PM_WORD_RE.match(text, m.end())
    nxt = n.group(1).lower() if n else ""
    if nxt == "by":
        e = _pm_np_end(text, n.end(), time)
        return (e, "participle") if e is not None else None
    if ctx in ("subject", "object") and w in words["intransitive"]:
        return None  # "300 migrants arrived in Lampedusa": the main verb
    if nxt in _PM_PLACE or nxt in _PM_RELATIONAL:
        e = _pm_np_end(text, n.end(), time)
        if e is None:
            # "Of the 75 boats intercepted since January": the participle alone
            return (m.end(), "participle") if ctx == "partitive" else None
        # a second place: "children born in Pakistan to registered refugees"
        n2 = _PM_WORD_RE.match(text, e)
        if n2 and n2.group(1) in _PM_PLACE:
            e2 = _pm_np_end(text, n2.end(), time)
            if e2 is not None:
                e = e2
        if ctx == "subject" and not _pm_finite_after(text, e):
            return None
        return e, "participle"
    if ctx == "partitive" and (
        text.startswith(",", m.end()) or nxt in ("since", "during", "last", "this", "so")
    ):
        return m.end(), "participle"  # "Of the 410 migrants rescued, 62 ..."
    return None


def _pm_finite_after(text: str, end: int) -> bool:
    """A verb right after the phrase: the noun phrase was its subject."""
    m = _PM_WORD_RE.match(text, end)
    return bool(m and m.group(1) in _pm_words()["finite"])


def _fill_postmodifiers(report: Report, drafts: list[_Draft], rows: list[dict]) -> None:
    """Extend each count's and share's ``counted`` with what narrows it down (see
    ``_postmodifier``); a part ("Of the 75 boats intercepted, 40 ...") takes its whole's
    phrase when that says what the things are, not where."""
    text = report.text
    sentences = report.sentences
    grown: dict[int, tuple[str, str, str]] = {}
    for k, (d, r) in enumerate(zip(drafts, rows, strict=True)):
        counted = r["counted"]
        if not counted or r["kind"] not in ("count", "percent"):
            continue
        if r["kind"] == "count" and not _is_plural_noun(counted.rsplit(" ", 1)[-1]):
            continue  # "four clear of defending champions": no noun counted
        at = text.find(counted, d.end, d.end + 24 + len(counted))
        if at < 0:
            continue
        np_end = at + len(counted)
        if (
            r["head"] in _PEOPLE_LIST_HEADS
            and text[np_end : np_end + 1] in (",", " ")
            and (pl := _PEOPLE_LIST_RE.match(text, np_end))
        ):
            # "almost 1.7 million men, women and children": people, the list whole
            # (UN briefing copy, session 8)
            r["head"], r["counted"] = "people", counted + pl.group()
            continue
        if text[np_end : np_end + 1] not in (" ", "\u00a0"):
            continue
        gap = text[d.end : at]
        s_start = sentences[r["sentence"]].start if sentences else 0
        if gap.strip() and not _PM_OF_GAP_RE.fullmatch(gap):
            continue
        start = d.start
        if k and text.endswith((" of the ", " of "), s_start, start):
            # "131 of the 233 forest camps in ...": the phrase stands where "131" does
            prev = rows[k - 1]
            if prev["sentence"] == r["sentence"] and _PM_OF_GAP_RE.fullmatch(
                text, prev["end"], start
            ):
                start = prev["start"]
        ctx = _pm_context(text, start, s_start)
        if gap.strip() and ctx == "partitive":
            ctx = "prep"  # "Of the 40% of voters polled": no opener of its own
        elif gap.strip() and ctx == "object":
            # "make up 54 per cent of arrivals registered at Torkham": inside "of", a past
            # form is a participle, but a place may still be the verb's ("spending 10% of
            # income on rent")
            ctx = "of_object"
        pm = _postmodifier(text, np_end, ctx)
        if pm is None:
            continue
        end, what = pm
        phrase = counted + text[np_end:end]
        if "\n" in phrase:
            continue
        grown[k] = (counted, phrase, what)
        r["counted"] = phrase
    if not grown:
        return
    for r in rows:
        j = r["part_of"]
        if isinstance(j, int) and j in grown and r["counted"] == grown[j][0]:
            if grown[j][2] != "place":
                r["counted"] = grown[j][1]


_PM_OF_GAP_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:the|all)[ \u00a0]+)?")


#: A share said of its clause's subject: "The flash appeal is only 12% funded", "the new
#: terminal is 80 percent complete", "The dam was 90% full" (humanitarian funding updates,
#: construction and reservoir copy, session 8).
_PREDICATE_SHARE_AFTER_RE = re.compile(
    r"[ \u00a0](?:funded|financed|complete|completed|full|vaccinated|occupied|built|finished"
    r"|subscribed|booked|covered|damaged|destroyed|operational|implemented|disbursed)\b"
)
#: "was funded at only 17 percent", "is funded only at the 28 percent" (the English services
#: of Chinese and Arab agencies, session 13): the share after the participle.
_FUNDED_AT_BEFORE_RE = re.compile(
    r"\b(?:is|was|are|were|has[ \u00a0]been|had[ \u00a0]been|remains|remained)[ \u00a0]+"
    r"(?:(?:only|just|barely|now|still)[ \u00a0]+)?(?:funded|financed)[ \u00a0]+"
    r"(?:(?:only|just|barely)[ \u00a0]+)?at[ \u00a0]+(?:(?:only|just|barely|the)[ \u00a0]+)*$"
)
_COPULA_BEFORE_RE = re.compile(
    r"\b(?:is|was|are|were|stands at|stood at)"
    r"(?:[ \u00a0]+(?:only|just|now|still|currently|barely|already))*[ \u00a0]+$"
)
#: Where the clause of the subject opens: after a reporting verb or "that".
_SUBJECT_CLAUSE_OPEN_RE = re.compile(
    # (or a clause of its own after a comma: "..., but its programme is 31 percent funded")
    r"\b(?:said|says|say|that|showed|shows)[ \u00a0]+|,[ \u00a0](?:but|while|although|though)"
    # (or a clause after a semicolon: "Partners require US$28.6 million; the requirement is
    # 19 per cent funded", OCHA flash updates, ds2-climate)
    r"[ \u00a0]+|;[ \u00a0]+(?=(?:the|this|that|its|their)[ \u00a0])"
    # (or a list item's label: "- Funding: the 2026 regional plan ... is 6% funded")
    r"|(?:^|(?<=\n))[-\u2022*]?[ \u00a0]*[A-Z][a-z]+:[ \u00a0]+"
)
_SUBJECT_DET_RE = re.compile(
    r"(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Aa]n?)[ \u00a0]+)?"
    r"(?:[A-Z][A-Za-z.]*['’]s[ \u00a0]+)?(?:(?:19|20)\d\d[ \u00a0]+)?"
)  # "The UN's 2025 appeal", "the 2024 plan"
#: A plan's or an appeal's name in capitals, "and" or "of" inside it: "Afghanistan
#: Humanitarian Needs and Response Plan"
_SUBJECT_NAME_RE = re.compile(
    r"[A-Z][A-Za-z'’\-]+(?:[ \u00a0](?:(?:and|of|&)[ \u00a0])?[A-Z][A-Za-z'’\-]+)+"
    # (ends at a word's end: a name before a bracketed acronym, "Joint Response Plan (JRP)",
    # once backed off into "Joint Respons"; Bangladeshi dailies, ds2-southasia2)
    r"\b(?![ \u00a0]*[A-Za-z'’\-]*[ \u00a0]?\()"
)
#: What a named body's share is of, right after its name: "the Border Consortium appeal".
_NAMED_BODY_PLAN_RE = re.compile(
    r"[ \u00a0](appeal|plan|programme|program|project|fund|budget|response|operation"
    # (plural: "The Yemen and Sudan plans are funded at 31 and 18 per cent")
    r"|requirements?|scheme|campaign)(s?)\b(?![ \u00a0]?-)"
)
_FOR_NAME_RE = re.compile(
    r"[ \u00a0](?:for|in|of)[ \u00a0][A-Z][A-Za-z'’\-]+(?:[ \u00a0][A-Z][A-Za-z'’\-]+)*"
)


def _fill_predicate_shares(report: Report, rows: list[dict]) -> None:
    """A share with no noun of its own, said of the subject of its clause ("is 16 per cent
    funded"), is a share of that subject: its head and counted phrase (the dev set's
    "The 2024 Humanitarian Response Plan for Sudan ... is 16 per cent funded" gives "plan")."""
    text = report.text
    sentences = report.sentences
    for k, r in enumerate(rows):
        if r["kind"] != "percent":
            continue
        funded_at = None
        if not _PREDICATE_SHARE_AFTER_RE.match(text, r["end"]):
            if text.find(" at ", max(0, r["start"] - 16), r["start"]) < 0 or not (
                funded_at := _FUNDED_AT_BEFORE_RE.search(text, max(0, r["start"] - 48), r["start"])
            ):
                continue
        # "WFP says it has reached 18,000 people, but its Libya operation is only 23 percent
        # funded": what is funded is never a share of the people counted before it, whose
        # head and whole the share took (crisis copy, session 10)
        funded = funded_at is not None or text.startswith((" funded", " financed"), r["end"])
        of_count = r["part_of"] is not None and rows[r["part_of"]]["kind"] == "count" and funded
        if r["head"] is not None and not of_count:
            continue
        s_start = sentences[r["sentence"]].start if sentences else 0
        if funded_at is not None:
            cop = funded_at  # "the appeal ... was funded at only 17 percent"
        else:
            cop = _COPULA_BEFORE_RE.search(text, max(s_start, r["start"] - 40), r["start"])
        if cop is None or cop.start() < s_start:
            continue
        at = s_start
        for m in _SUBJECT_CLAUSE_OPEN_RE.finditer(text, s_start, cop.start()):
            at = m.end()
        while at < cop.start() and text[at] in ' \u00a0\n"“':
            at += 1
        det = _SUBJECT_DET_RE.match(text, at)
        np_at = det.end() if det else at
        if name := _SUBJECT_NAME_RE.match(text, np_at):
            counted, head = name.group(), name.group().rsplit(None, 1)[-1].lower()
            if own := _NAMED_BODY_PLAN_RE.match(text, name.end()):
                # "The Border Consortium appeal ... is 14 per cent funded": the body's appeal,
                # not the body (border flash updates, session 10)
                counted, head = counted + own.group(), own.group(1) + own.group(2)
        else:
            counted, head = _noun_phrase_after(text, np_at, 80, after_det=True)
            words = counted.split() if counted else []
            if (
                len(words) > 1
                and _NAMED_BODY_PLAN_RE.fullmatch(" " + words[-2].lower())
                and not _NAMED_BODY_PLAN_RE.fullmatch(" " + words[-1].lower())
            ):
                # "The regional refugee plan asks for $1.9bn and is 6% funded": the verb
                # after the plan is no part of its name (a newsletter, session 11)
                counted, head = " ".join(words[:-1]), words[-2].lower()
        if not counted or not head:
            continue
        end = text.find(counted, np_at, np_at + 2 + len(counted))
        if end < 0 or end + len(counted) > cop.start():
            continue
        end += len(counted)
        if fn := _FOR_NAME_RE.match(text, end):
            counted += text[end : fn.end()]  # "the flash appeal for Gaza"
        r["head"], r["counted"] = head, counted
        if of_count:
            r["part_of"] = None
        if r["part_of"] is None and funded:
            # "UNHCR appealed for $40.4 million ... That appeal is only 11 per cent funded":
            # a share of the sum asked for, the largest one named in this sentence or the
            # one before (UN briefing notes, devset2 agency)
            asked = [
                j
                for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1)
                if rows[j]["kind"] == "money"
                and rows[j]["sentence"] >= r["sentence"] - 1
                and rows[j]["paragraph"] == r["paragraph"]
            ]
            if asked:
                r["part_of"] = max(asked, key=lambda j: rows[j]["value"] or 0)


#: A plural noun after a quantifier, right before a bracket: "Most displaced families (",
#: "the majority of returnees (".
_QUANTIFIED_NP_BEFORE_RE = re.compile(
    r"\b(?:[Mm]ost|[Mm]any|[Ff]ew|(?:[Tt]he|[Aa])[ \u00a0]majority[ \u00a0]of|(?:[Nn]early|[Aa]lmost)"
    r"[ \u00a0]all)[ \u00a0](?:the[ \u00a0])?(?P<np>(?:[a-z\-]+[ \u00a0]){0,3}(?P<head>[a-z\-]+))"
    r"[ \u00a0]\($"
)
_SHARE_COORD_RE = re.compile(r"[^.\d]{0,80}?(?:;|,|[ \u00a0]and|[ \u00a0]while)[ \u00a0]+$")


def _fill_quantified_share_heads(text: str, rows: list[dict]) -> None:
    """ "Most displaced families (83 per cent) are staying with host families; 11 per cent are
    in schools": the share in brackets after a quantified plural noun is a share of that
    noun, and so are the bare shares coordinated after it in its sentence (DTM copy,
    devset2 agency)."""
    for k, r in enumerate(rows):
        if (
            r["kind"] != "percent"
            or r["head"] is not None
            or text[r["start"] - 1 : r["start"]] != "("
            or text[r["end"] : r["end"] + 1] != ")"
        ):
            continue
        m = _QUANTIFIED_NP_BEFORE_RE.search(text, max(0, r["start"] - 60), r["start"])
        if (
            m is None
            and k
            and r["part_of"] is None
            and _MAJORITY_BEFORE_RE.search(text, max(0, r["start"] - 20), r["start"])
            and rows[k - 1]["kind"] == "count"
            and rows[k - 1]["head"]
            and rows[k - 1]["sentence"] >= r["sentence"] - 1
        ):
            # "Some 78,000 migrants were interviewed. The majority (78%) were men": the
            # majority of the group counted just before (DTM Libya copy, session 10)
            r["head"], r["counted"] = rows[k - 1]["head"], rows[k - 1]["counted"]
            r["part_of"] = k - 1
            continue
        if m is None or not _is_plural_noun(m.group("head")):
            continue
        head, counted = m.group("head"), m.group("np")
        r["head"], r["counted"] = head, counted
        for j in range(k + 1, min(len(rows), k + 6)):
            q = rows[j]
            if (
                q["kind"] != "percent"
                or q["sentence"] != r["sentence"]
                or q["head"] is not None
                or q["part_of"] is not None
                or text.startswith((" of", "\u00a0of"), q["end"])
                or not _SHARE_COORD_RE.fullmatch(text, rows[j - 1]["end"], q["start"])
            ):
                break
            q["head"], q["counted"] = head, counted


def _fill_coordinated_share_heads(text: str, rows: list[dict]) -> None:
    """ "24 percent and 21 percent of the total", "38 per cent and 19 per cent of the
    workers": a share coordinated with the next one shares its "of" phrase (remittance
    copy, ds2-labour)."""
    for k in range(len(rows) - 2, -1, -1):
        r, q = rows[k], rows[k + 1]
        if (
            r["kind"] == "percent"
            and q["kind"] == "percent"
            and r["head"] is None
            and r["part_of"] is None
            and q["head"] is not None
            and q["sentence"] == r["sentence"]
            and text[r["end"] : q["start"]] in (" and ", " or ", " to ", "\u00a0and\u00a0")
            and text.startswith((" of ", "\u00a0of\u00a0"), q["end"])
        ):
            r["head"], r["counted"], r["part_of"] = q["head"], q["counted"], q["part_of"]


#: "The majority (", "most (" with the group left out, right before a share in brackets.
_MAJORITY_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he[ \u00a0](?:vast[ \u00a0])?majority|[Mm]ost|[Mm]ost[ \u00a0]of[ \u00a0]them)"
    r"[ \u00a0]\($"
)
_SHARE_IS_BEFORE_RE = re.compile(
    r"\b(?:share|proportion|percentage)[ \u00a0](?:is|was|stands[ \u00a0]at|stood[ \u00a0]at)"
    r"[ \u00a0](?:(?:only|just|closer[ \u00a0]to|nearer)[ \u00a0])?$"
)


def _fill_named_share_heads(text: str, rows: list[dict]) -> None:
    """ "The ministry claimed that 40 per cent of sea arrivals came on NGO ships. MSF says the
    true share is under 10 per cent": a share said of "the share" is of the whole of the
    share named just before, in its sentence or the one before (claims and counter-claims,
    devset2 agency)."""
    for k, r in enumerate(rows):
        if (
            k == 0
            or r["kind"] != "percent"
            or r["head"] is not None
            or not _SHARE_IS_BEFORE_RE.search(text, max(0, r["start"] - 40), r["start"])
        ):
            continue
        _take_previous_share_head(rows, k)


def _take_previous_share_head(rows: list[dict], k: int) -> None:
    """Row ``k`` takes the head and counted noun of the share right before it, when that
    share has them and stands in the same paragraph, in its sentence or the one before."""
    r, prev = rows[k], rows[k - 1]
    if (
        prev["kind"] == "percent"
        and prev["head"] is not None
        and prev["sentence"] >= r["sentence"] - 1
        and prev["paragraph"] == r["paragraph"]
    ):
        r["head"], r["counted"] = prev["head"], prev["counted"]


#: A rate "one in five" with no noun, a verb of its own right after it: "roughly one in five
#: had lived in the country for more than a decade".
_BARE_RATE_RE = re.compile(
    r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|\d{1,2})"
    r"[ \u00a0]in[ \u00a0]"
)
#: What follows a rate's verb: a preposition, an adverb or an article ("nine in ten run on
#: Android phones", "one in five work in farming", "two in three use a phone").
_WORD_AFTER_RATE_VERB_RE = re.compile(
    r"[ \u00a0](?:on|in|at|to|from|with|without|for|into|by|as|a|an|the|their|its|no|not"
    r"|only|still|also|never|now|here|there|abroad|alone|together|outside|below|above)\b"
)
_VERB_AFTER_RATE_RE = re.compile(
    r"[ \u00a0](?:had|have|has|were|was|are|is|said|say|says)[ \u00a0]"
)


def _fill_bare_rate_heads(text: str, rows: list[dict]) -> None:
    """ "About 70% of the people ICE removed had no conviction, according to TRAC. Lindqvist
    said roughly one in five had lived in the country for more than a decade": a rate with
    no noun of its own, its verb right after it, is of the people the share just before
    counted, in its sentence or the one before (explainers, ds2-factcheck).

    A rate's noun is plural ("one in three Egyptians", "nine in ten sessions"), so a word
    after it that is none is the rate's verb: "Roughly two in five sessions come from Kenya,
    and nine in ten run on Android phones" is of the sessions; and "one in three Egyptians
    lives below the poverty line" agrees with "one", the -s word after the plural noun is
    that verb (general-news copy, ds2-general)."""
    for k, r in enumerate(rows):
        if r["kind"] != "percent" or _BARE_RATE_RE.search(r["text"]) is None:
            continue
        counted = r["counted"]
        if (
            r["head"] is not None
            and counted is not None
            and (two := counted.split()) == [two[0], r["head"]]
            and _is_plural_noun(two[0])
            and r["head"].endswith("s")
            and r["head"].islower()
            and text.startswith(counted, r["end"] + 1)
        ):
            # "one in three Egyptians lives": the noun is the plural, its verb the -s word
            r["head"], r["counted"] = two[0].lower(), two[0]
            continue
        if (
            r["head"] is not None
            and counted == r["head"]
            and counted.isalpha()
            and counted.islower()
            and not _is_plural_noun(counted)
            and text.startswith(counted, r["end"] + 1)
            and _WORD_AFTER_RATE_VERB_RE.match(text, r["end"] + 1 + len(counted))
        ):
            # "nine in ten run on Android phones": the word after the rate is its verb
            r["head"] = r["counted"] = None
        if (
            k == 0
            or r["head"] is not None
            or (
                _VERB_AFTER_RATE_RE.match(text, r["end"]) is None
                and (counted is None or r["counted"] is not None)
            )
        ):
            continue
        _take_previous_share_head(rows, k)


#: "The 2.8 million is real": a number taken up again as a noun, by its article alone.
_THE_BEFORE_RE = re.compile(r"(?:^|(?<=[ \u00a0\n\"“]))[Tt]he[ \u00a0]$")
_RESTATED_NEXT_RE = re.compile(r"(?:[ \u00a0](?:is|was|are|were|includes|figure|number)\b)")


def _fill_restated_the_heads(text: str, rows: list[dict]) -> None:
    """ "Karen Whitfield says there are 2.8 million temporary visa holders ... MEI TANAKA: The
    2.8 million is real": a count named by "the" and its number alone, as the subject of its
    verb, takes up the same number counted before, and counts what it counted (interviews
    and fact-checks, ds2-factcheck)."""
    for k, r in enumerate(rows):
        if (
            k == 0
            or r["kind"] != "count"
            or r["bound"] != "exact"
            or not _THE_BEFORE_RE.search(text, max(0, r["start"] - 5), r["start"])
            or not _RESTATED_NEXT_RE.match(text, r["end"])
        ):
            continue
        same = next(
            (
                q
                for q in reversed(rows[:k])
                if q["kind"] == "count" and q["value"] == r["value"] and q["head"]
            ),
            None,
        )
        if same is not None:
            r["head"], r["counted"] = same["head"], same["counted"]


#: What stands before a count compared with, or named as the record it beats: "It beats the
#: previous weekly high of 71", "At this stage in 2025 the figure was 902", "That compares
#: with just 420 a week earlier", "up from 300".
_COMPARISON_COUNT_BEFORE_RE = re.compile(
    r"(?:\b(?:record|high|peak|low|tally|total|figure)[ \u00a0](?:of|was|stood[ \u00a0]at)"
    r"|\bcompare[sd]?[ \u00a0](?:with|to)|\b(?:up|down)[ \u00a0]from)"
    r"[ \u00a0](?:just[ \u00a0]|only[ \u00a0])?$"
)


def _fill_one_line_comparison_heads(report: Report, rows: list[dict]) -> None:
    """A count with no noun of its own that is compared with, or is the record beaten by,
    a count of the sentence or two before counts what that one counted, across the
    paragraph breaks of copy that sets each sentence as its own paragraph ("A record 86
    children ...\n\nThe youngsters all arrived in Dover ...\n\nIt beats the previous weekly
    high of 71"; British tabloid and regional copy, ds2-tabloid). Within a paragraph the
    noun-phrase pass already does this."""
    text = report.text
    for k, r in enumerate(rows):
        if k == 0 or r["kind"] != "count" or r["head"] or r["paragraph"] is None:
            continue
        s_start = report.sentences[r["sentence"]].start
        if not _COMPARISON_COUNT_BEFORE_RE.search(text, max(s_start, r["start"] - 40), r["start"]):
            continue
        for q in reversed(rows[:k]):
            gap = r["sentence"] - q["sentence"]
            if gap > 2 or q["paragraph"] is None:
                break
            if gap == 0 or q["kind"] != "count":
                continue
            if r["paragraph"] - q["paragraph"] != gap:
                break  # a paragraph of more than one sentence between: no longer one-line copy
            if q["head"]:
                r["head"], r["counted"] = q["head"], q["counted"]
            break


#: The subject "the share of <plural noun> <what part of them>": "The share of claims approved
#: has stayed around 35%", "the proportion of applicants who were granted protection was
#: 41%". A postmodifier names the part, so the noun is the whole ("the share of children
#: was 48%" names the part and no whole, and "the share of children among arrivals" has
#: its whole after "among").
_SHARE_OF_WHOLE_SUBJECT_RE = re.compile(
    r"\b[Tt]he[ \u00a0](?:share|proportion|percentage|fraction)[ \u00a0]of[ \u00a0]"
    r"(?:(?:all|the)[ \u00a0])?(?:[a-z-]+[ \u00a0])?(?P<n>[a-z-]{3,}s)[ \u00a0]"
    # (a present participle too: "put the share of adults saying immigration had been too
    # high at 67%", poll copy, ds2-sportpolls)
    r"(?:[a-z]{3,}ed|[a-z]{3,}ing|who|that|which|with|granted|given|sent|held|won|made)\b"
    r"(?![ \u00a0](?:among|of|in[ \u00a0]the[ \u00a0]total)\b)[^.;:%\d]{0,80}$"
)


def _fill_share_subject_heads(report: Report, rows: list[dict]) -> None:
    """A share with no whole of its own whose sentence's subject is "the share of N <part>"
    before it: the noun is the whole ("The share of orders enforced had hovered around
    20%", Eurostat and Home Office copy, devset2 stats)."""
    text = report.text
    for r in rows:
        if r["kind"] != "percent" or r["head"] is not None or not report.sentences:
            continue
        s0 = report.sentences[r["sentence"]].start
        seg = text[s0 : r["start"]]
        if "of " not in seg or not (m := _SHARE_OF_WHOLE_SUBJECT_RE.search(seg)):
            continue
        if _is_plural_noun(m.group("n")):
            r["head"] = m.group("n")
            r["counted"] = r["counted"] or m.group("n")


_SHARE_NOUN = r"(?:[a-z][\w'’-]{2,}s|women|men|children|people)"
#: "The share of non-criminal detainees has climbed from 7%", "The proportion of women among
#: arrivals rose to 31%": a share that opens its clause, then the verb that sets its level.
_SHARE_CHANGE_SUBJECT_RE = re.compile(
    # (searched from the sentence's start, where "^" holds only for a report's first
    # sentence: the look-behinds see the end of the sentence before; session 16)
    r"(?:^|(?<=[.!?][ \u00a0])|(?<=[.!?][\"”’][ \u00a0])|(?<=\n)|[,;:][ \u00a0]|\b[Tt]hat[ \u00a0])"
    r"[ \u00a0\n]*[Tt]he[ \u00a0](?:share|proportion|percentage)"
    r"[ \u00a0]of[ \u00a0](?:(?:all|the)[ \u00a0])?"
    rf"(?P<np>(?:[A-Za-z][\w'’-]*[ \u00a0]){{0,2}}?{_SHARE_NOUN})"
    r"(?:[ \u00a0]among[ \u00a0](?:all[ \u00a0]|the[ \u00a0])?"
    rf"(?P<np2>(?:[A-Za-z][\w'’-]*[ \u00a0]){{0,2}}?{_SHARE_NOUN}))?"
    r"(?:[ \u00a0](?:in|at|on|across)[ \u00a0][^,.;:%\d]{1,40}?)?"
    r"[ \u00a0](?:(?:has|have|had)[ \u00a0])?(?:rose|risen|climbed|jumped|increased|grew|grown"
    r"|fell|fallen|dropped|declined|decreased|doubled|halved|reached|hit|stood|was|is)"
    r"(?:[ \u00a0][a-z]+ly)?[ \u00a0](?:to|from|at)[ \u00a0][^.;:%\d]{0,24}$"
)
_TO_LEVEL_RE = re.compile(r"[^.;:%\d]{0,40}?\bto[ \u00a0]+")


def _share_level_after(
    text: str, rows: list[dict], k: int, marked: set[int], level_re: re.Pattern
) -> bool:
    """Give share ``k`` the whole of the share just before it in its sentence, when that one
    was ``marked`` as a rate's level and the words between them say ``k`` is its other level
    ("from 7% in recent years to nearly one in four", "fell to 71 per cent last year, from 88
    per cent"); mark ``k`` too."""
    if not k or k - 1 not in marked:
        return False
    prev, r = rows[k - 1], rows[k]
    if prev["sentence"] != r["sentence"] or not level_re.fullmatch(text, prev["end"], r["start"]):
        return False
    r["head"], r["counted"] = prev["head"], prev["counted"]
    marked.add(k)
    return True


def _fill_share_change_heads(report: Report, rows: list[dict]) -> None:
    """ "The share of non-criminal detainees has climbed from 7% in recent years to nearly
    one in four": a share that is the subject of a change names its whole (the noun after
    "among", if any, else its own plural noun), and so does the level it changed to (ICE
    detention copy, session 14). The rule before this one takes "the share of N <part>"."""
    text = report.text
    done: set[int] = set()
    for k, r in enumerate(rows):
        if r["kind"] != "percent" or r["head"] is not None or r["part_of"] is not None:
            continue
        if not report.sentences:
            return
        if _share_level_after(text, rows, k, done, _TO_LEVEL_RE):
            continue
        s0 = report.sentences[r["sentence"]].start
        m = _SHARE_CHANGE_SUBJECT_RE.search(text, s0, r["start"])
        if m is None:
            continue
        np = m.group("np2") or m.group("np")
        r["head"] = np.split()[-1].lower()
        r["counted"] = r["counted"] or np
        done.add(k)


#: A rate of a group as a sentence's subject: "Coverage with the second dose among children
#: in the camps", "Unemployment among young Syrians"; or a rate "for" a group right after
#: "rate": "The gross enrolment rate for refugees", "the pass rate for refugee pupils"
#: (education copy, ds2-schools).
_AMONG_SUBJECT_RE = re.compile(
    r"\b(?:[Cc]overage|[Uu]ptake|[Uu]nemployment|[Ee]mployment|[Ee]nrol{1,2}ment|[Pp]revalence"
    r"|[Ll]iteracy|[Aa]ttendance|[Pp]overty|[Mm]alnutrition|[Ss]tunting|[Tt]urnout|rates?)\b"
    r"(?:[^.;:]{0,80}?\bamong|(?<=rate)[ \u00a0]for|(?<=rates)[ \u00a0]for)"
    r"[ \u00a0](?:the[ \u00a0])?(?P<np>(?:[\w'’-]+[ \u00a0]){0,2}[\w'’-]+)"
)
#: The verb that sets the rate at the share: "fell to ", "stood at ", "is ".
_RATE_LEVEL_BEFORE_RE = re.compile(
    r"[^.;]{0,60}?\b(?:to|at|is|was|were|are|reached|hit)[ \u00a0]+(?:(?:about|around|nearly"
    r"|almost|just|only|some|over|under)[ \u00a0]+)?$"
)


#: A sentence opening on a plural group as its subject: "Pupils are ...", "Most of the new
#: students come ...", "The refugees who ..." (the group, then a word that is no noun's).
_GROUP_SUBJECT_OPENING_RE = re.compile(
    r"(?:(?:Most|Many|Some|All|Half|Nearly[ \u00a0]all|Almost[ \u00a0]all)[ \u00a0]of[ \u00a0]"
    r"(?:the|these|those)[ \u00a0]|The[ \u00a0]|These[ \u00a0])?"
    r"(?P<np>(?:[\w-]+[ \u00a0]){0,2}?[\w-]+)[ \u00a0]"
    r"(?:are|were|have|had|come|came|arrived|live|lived|who|must|can|could|may|should|will"
    r"|would|need|needed|get|got|go|went|receive|received|qualify|qualified)\b"
)
#: A bare share opening the sentence's next clause, its verb right after it: ", and about
#: 60% arrived", ", but only 57% did so".
_CLAUSE_SHARE_BEFORE_RE = re.compile(
    r",[ \u00a0](?:and|but|while|yet)[ \u00a0](?:(?:only|just|about|around|some|nearly|almost"
    r"|roughly|over|under|more[ \u00a0]than|fewer[ \u00a0]than|less[ \u00a0]than)[ \u00a0])?$"
)
_CLAUSE_SHARE_VERB_AFTER_RE = re.compile(
    r"[ \u00a0](?:did|do|does|had|have|has|were|are|was|is|arrived|came|spoke|speak|left"
    r"|went|got|said|say|passed|failed|finished|completed|stayed)\b"
)


def _fill_clause_share_heads(report: Report, rows: list[dict]) -> None:
    """ "Most of the new students come from Venezuela, and about 60% arrived speaking little
    English", "Pupils are supposed to move on after a year, but only 57% did so": a bare
    share opening a later clause of the sentence, its verb right after it, is a share of the
    plural group the sentence opened on (US and European education copy, ds2-schools)."""
    text = report.text
    for r in rows:
        if (
            r["kind"] != "percent"
            or r["head"] is not None
            or r["part_of"] is not None
            or not report.sentences
            or not _CLAUSE_SHARE_VERB_AFTER_RE.match(text, r["end"])
            or not _CLAUSE_SHARE_BEFORE_RE.search(text, max(0, r["start"] - 22), r["start"])
        ):
            continue
        s0 = report.sentences[r["sentence"]].start
        m = _GROUP_SUBJECT_OPENING_RE.match(text, s0, r["start"])
        if m is None or any(q is not r and s0 <= q["start"] < r["start"] for q in rows):
            continue  # no group, or another figure before the share in the sentence
        words = m.group("np").split()
        word = words[-1]
        # (a capital only on the sentence's first word: "Pupils are", not "Most of the
        # Afghans"' name-like plurals mid-phrase, nor "The Netherlands")
        if _is_plural_noun(word) and (
            word[:1].islower() or (len(words) == 1 and m.start("np") == s0)
        ):
            r["head"], r["counted"] = word.lower(), m.group("np")


def _fill_among_subject_heads(report: Report, rows: list[dict]) -> None:
    """ "Coverage with the second dose among children in the camps fell to 71 per cent last
    year, from 88 per cent in 2022": a rate of a group, set at the share by its verb, is a
    share of that group, and so is the level it changed from (health copy, ds2-general)."""
    text = report.text
    among: set[int] = set()
    for k, r in enumerate(rows):
        if (
            r["kind"] != "percent"
            or r["head"] is not None
            or r["part_of"] is not None
            or not report.sentences
        ):
            continue
        if _share_level_after(text, rows, k, among, _FROM_LEVEL_RE) or _share_level_after(
            text, rows, k, among, _LIST_LEVEL_RE
        ):
            continue
        s0 = report.sentences[r["sentence"]].start
        before = text[s0 : r["start"]]
        if "among" not in before and "rate for" not in before and "rates for" not in before:
            continue
        m = _AMONG_SUBJECT_RE.search(text, s0, r["start"])
        # (the verb looked for from the group's first word: its three words may take it in,
        # "among girls rose to 44%")
        if m is None or not _RATE_LEVEL_BEFORE_RE.search(text, m.start("np"), r["start"]):
            continue
        if any(s0 <= q["start"] < r["start"] and q is not r for q in rows[max(0, k - 3) : k]):
            continue  # another figure between the subject and the share
        words = m.group("np").split()
        at = next((i for i, w in enumerate(words) if _is_plural_noun(w)), None)
        if at is not None and not any(c.isdigit() for w in words[: at + 1] for c in w):
            # ("among 16- to 24-year-olds": an age band, no noun of a group to name)
            r["head"], r["counted"] = words[at].lower(), " ".join(words[: at + 1])
            among.add(k)


#: A share's earlier level after it: " last year, from ", " from ".
_FROM_LEVEL_RE = re.compile(r"[^.;\d]{0,30}?\bfrom[ \u00a0]+")
#: The same rate's next level in a list by where it stands: "64% in primary school, 41% in
#: secondary school and 7% in higher education" (education copy, ds2-schools).
_LIST_LEVEL_RE = re.compile(
    r"[ \u00a0](?:in|for|at)[ \u00a0][^.;:\d%]{1,40}?"
    r"(?:,[ \u00a0](?:and[ \u00a0])?|[ \u00a0]and[ \u00a0])"
)


#: A round number as a point passed: "passed the 700,000 mark", "crossed the 1 million
#: threshold"; what is counted is what "the number of" names before it.
_MARK_HEADS = frozenset("mark milestone threshold barrier".split())


def _fill_mark_heads(report: Report, rows: list[dict]) -> None:
    """ "The number of Sudanese refugees registered in Chad has now passed the 700,000 mark":
    the mark counts the refugees (UNHCR copy, devset2 agency)."""
    text = report.text
    for r in rows:
        if r["kind"] != "count" or r["head"] not in _MARK_HEADS or not report.sentences:
            continue
        s_start = report.sentences[r["sentence"]].start
        at = max(
            text.rfind("number of ", s_start, r["start"]),
            text.rfind("total of ", s_start, r["start"]),
        )
        if at < 0:
            continue
        at = text.find(" of ", at) + 4
        counted, head = _noun_phrase_after(text, at, after_det=True)
        if head and _is_plural_noun(head):
            r["head"], r["counted"] = head, counted


# What is done only to people, after or before a count with no noun of its own.
_PEOPLE_PARTICIPLES = (
    r"(?:killed|injured|wounded|hurt|dead|died|drowned|missing|rescued|evacuated|arrested"
    # "Red Cross: 87 treated" (a live blog's heading, session 11)
    r"|treated"
    r"|detained|abducted|kidnapped|hospitali[sz]ed|trapped|stranded|executed|shot[ \u00a0]dead"
    # what is done only to migrants: "just 47 repatriated", "1,200 deported" (ANSA and
    # wire headlines, devset2 europe)
    r"|deported|repatriated|expelled|displaced|relocated|resettled|evicted"
    # "capsized with 40 aboard", "had at least 260 on board" (ferry and air copy)
    r"|aboard|onboard|on[ \u00a0]board)"
)
_PEOPLE_VERB_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:(?:were|was|are|have|has|had|remain|remains|remained|still)"
    # "at least 41 are feared dead", "12 are believed to be missing" (session 10, IOM Libya
    # copy: the survivors counted before named a state the others are not in)
    r"(?:[ \u00a0]+(?:been|also|reportedly|now|later|still|feared|presumed|believed|thought"
    r"|confirmed|to[ \u00a0]be))*"
    rf"[ \u00a0]+)?{_PEOPLE_PARTICIPLES}\b"
)
_PEOPLE_VERB_BEFORE_RE = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|injur(?:ed|ing|es)|wound(?:ed|ing|s)|rescu(?:ed|ing|es)"
    r"|evacuat(?:ed|ing|es)|arrest(?:ed|ing|s)|detain(?:ed|ing|s)|abduct(?:ed|ing|s)"
    r"|kidnapp(?:ed|ing)|execut(?:ed|ing|es))[ \u00a0]+$"
)


def _fill_money_more(text: str, rows: list[dict]) -> None:
    """ "around 100 million euros already, with an estimated 700 million more to be spent":
    a scaled amount with "more" and no noun of its own after an amount of money in its
    sentence is more of that money ("3 million more people" stays a count)."""
    for k, r in enumerate(rows):
        if (
            k
            and r["kind"] == "count"
            and _SCALE_END_RE.search(r["text"])
            and _MORE_MONEY_AFTER_RE.match(text, r["end"])
        ):
            for j in range(k - 1, -1, -1):
                if rows[j]["sentence"] != r["sentence"]:
                    break
                if rows[j]["kind"] == "money":
                    r["kind"], r["unit"] = "money", rows[j]["unit"]
                    break
        elif (
            k
            and r["kind"] == "count"
            and _SCALE_END_RE.search(r["text"])
            and _MONEY_VERB_BEFORE_RE.search(text, max(0, r["start"] - 16), r["start"])
            and _NO_NOUN_AFTER_RE.match(text, r["end"])
        ):
            # "contracts were signed totaling 74.2 million", "a deal worth 3 billion": a
            # scaled amount of a verb of money with no noun is money, in the currency of an
            # amount in its sentence or the two before (Italian detention-centre copy,
            # session 8)
            for j in range(k - 1, -1, -1):
                if rows[j]["sentence"] < r["sentence"] - 2:
                    break
                if rows[j]["kind"] == "money":
                    r["kind"], r["unit"] = "money", rows[j]["unit"]
                    break


_PEOPLE_VERB_AFTER_CURRENCY_RE = re.compile(
    r"[ \u00a0](?:were|have|had|are|repatriated|returned|deported|crossed|arrived|left|fled"
    r"|went|expelled|detained|arrested|living|residing)\b"
)
_SCALE_END_RE = re.compile(r"(?:million|billion|trillion|bn|mn|crore|lakh)$", re.IGNORECASE)
_MONEY_VERB_BEFORE_RE = re.compile(
    r"\b(?:totall?ing|totall?ed|worth|costing|cost|valued[ \u00a0]at|amounting[ \u00a0]to"
    r"|a[ \u00a0]cost[ \u00a0]of)[ \u00a0](?:(?:about|around|some|nearly|almost|over|roughly)"
    r"[ \u00a0])?$"
)
#: No noun after an amount: punctuation, or a word that opens no noun phrase.
_NO_NOUN_AFTER_RE = re.compile(
    r"[,.;:)]|$|[ \u00a0](?:in|for|to|from|by|on|over|and|or|but|last|this|next|since|a|an"
    r"|the|per|each|so|already|until|with)\b"
)
_MORE_MONEY_AFTER_RE = re.compile(
    r"[ \u00a0](?:more|extra|additional)(?=[ \u00a0](?:to|in|for|on|by|over|will|would|is|was"
    r"|has|had|this|next|last|from|until)\b|[,.;:)]|$)"
)


#: "brings to 183 the number of ...": the amount before the noun it is the number of.
_NUMBER_OF_AFTER_RE = re.compile(
    r"[ \u00a0](?:the|its|their)[ \u00a0](?:total[ \u00a0])?(?:number|total|tally|toll|count)"
    r"[ \u00a0]of[ \u00a0](?:the[ \u00a0])?"
)
#: The opening of a fact box's label after "N: " ("Total number of", "Number of").
_FACT_LABEL_RE = re.compile(
    r"(?:(?:[Tt]otal|[Tt]he)[ \u00a0]+)?(?:[Nn]umber[ \u00a0]+of[ \u00a0]+)?"
)
_POINT_THOUSANDS_RE = re.compile(r"(?<![\d.,])[1-9]\d{0,2}\.\d{3}$")


_ARTICLE_END_RE = re.compile(r"(?<![A-Za-z])[Aa]n?[ \u00a0]$")
#: A lower-case singular word, then another word, after "a N": "a 12 member panel".
_SPACED_UNIT_NOUN_RE = re.compile(r"[ \u00a0](?P<w>[a-z]{3,}(?<!s))[ \u00a0][A-Za-z]")
_NOT_SPACED_UNIT_NOUNS = frozenset(
    """and or nor but for from per than the that this with into onto off out odd plus
    strong more less fewer cent percent times nil all each apiece""".split()
)
_T_TRILLION_NOUN_RE = re.compile(r"[ \u00a0](?:[a-z]+[ \u00a0])?[a-z]{2,}s\b")
#: A headline's toll without its verb, right before the count: "..., toll 61", "toll at 23".
_HEADLINE_TOLL_BEFORE_RE = re.compile(r"\b[Tt]oll(?:[ \u00a0](?:at|now))?[ \u00a0]$")
#: A plural subject, then a verb of passing a mark, right before the count: "Global deaths
#: cross 12,000", "Arrivals Top 10,000", "cases near 5,000".
_SUBJECT_PASSES_RE = re.compile(
    r"(?:^|(?<=[\s,;:]))(?P<np>(?:[A-Za-z][a-z-]*[ \u00a0]){0,2}?(?P<noun>[A-Za-z][a-z]{2,}s))"
    r"[ \u00a0](?:cross(?:es|ed)?|tops?|topped|pass(?:es|ed)?|nears?|neared|exceeds?|exceeded"
    r"|surpass(?:es|ed)?|breach(?:es|ed)?|hits?|reach(?:es|ed)?)[ \u00a0]$",
    re.IGNORECASE,
)
#: Prepositions whose object is no subject of the verb after it.
_PP_OBJECT_PREPS = frozenset("in at on across from among within inside".split())
_PREP_BEFORE_NP_RE = re.compile(r"\b(?:in|at|on|across|from|among|within|inside)[ \u00a0]$")
#: "of pending asylum cases in immigration courts topped ": the of-phrase's plural noun, a
#: prepositional phrase, then a verb of passing a mark.
_OF_NP_BEFORE_PP_RE = re.compile(
    r"\bof[ \u00a0](?:[a-z-]+[ \u00a0]){0,3}?(?P<noun>[a-z]{2,}s)[ \u00a0]"
    r"(?:in|at|on|across|from|among|within|inside)[ \u00a0][^,;:.]{1,50}?[ \u00a0]"
    r"(?:cross(?:es|ed)?|tops?|topped|pass(?:es|ed)?|nears?|neared|exceeds?|exceeded"
    r"|surpass(?:es|ed)?|reach(?:es|ed)?)[ \u00a0]$"
)
#: The same with the plural right before the preposition: "Arrivals in Greek islands passed".
_NP_BEFORE_PP_RE = re.compile(
    _OF_NP_BEFORE_PP_RE.pattern.replace(
        r"\bof[ \u00a0](?:[a-z-]+[ \u00a0]){0,3}?(?P<noun>[a-z]{2,}s)",
        r"\b(?P<noun>[A-Za-z][a-z]{2,}s)",
    )
)
#: Subjects that "hit" strikes rather than reaches a mark ("Missiles hit 12 in Odesa").
_STRIKING_SUBJECTS = frozenset(
    """missiles rockets drones shells bombs strikes airstrikes storms floods quakes
    earthquakes tornadoes cyclones hurricanes typhoons waves landslides attacks raids""".split()
)
# A plural subject that opens its clause, then a verb of change and "from" or "to" right
# before the number: "Deportations had decreased from 10,787", "Asylum claims rose to 9,100".
_CHANGE_SUBJECT_RE = re.compile(
    # (an acronym among the modifiers: "ICE detentions have soared", session 14)
    r"(?:^|[,;:][ \u00a0])(?P<np>(?:[A-Za-z][A-Za-z-]*[ \u00a0]){0,2}?(?P<noun>[A-Za-z][a-z]{2,}s))"
    r"[ \u00a0](?:(?:had|has|have)[ \u00a0])?(?:rose|risen|fell|fallen|dropped|decreased"
    r"|increased|declined|grew|grown|climbed|jumped|plunged|plummeted|surged|soared|slumped"
    # ("ICE arrests spiked to around 800-1,200 per day", "Applications ballooned to 9,000":
    # the livelier verbs of US and UK data stories, session 16)
    r"|spiked|skyrocketed|rocketed|ballooned|swelled|tumbled|dipped|slid|shrank|shrunk"
    # a headline's present: "Missing technical trainees fall to 3,870" (Kyodo and Japan Times
    # headlines, ds2-eastasia)
    r"|rise|fall|drop|climb|jump|surge|soar|plunge|decline|grow"
    # a multiple: "Arrivals doubled to 4,000", "Deportations more than tripled to 9,000"
    # (session 6)
    r"|(?:(?:more[ \u00a0]than|nearly|almost)[ \u00a0])?(?:doubled|tripled|trebled|quadrupled"
    r"|halved)"
    # "Displacement sites have gone from 73 to 108" (IOM Haiti copy, session 14)
    r"|(?:went|gone)(?=[ \u00a0]from))"
    # ("ICE detentions have soared (from 14,882 to 39,314)", session 14)
    r"[ \u00a0]\(?(?:from|to)[ \u00a0]$"
)
_CHANGE_IN_FROM_RE = re.compile(
    r"\b(?:decline|declines|fall|falls|drop|drops|decrease|increase|increases|rise|rises"
    r"|growth|jump|surge|plunge)[ \u00a0]in[ \u00a0](?:the[ \u00a0](?:number[ \u00a0]of[ \u00a0])?)?"
    r"(?P<np>(?:[a-z-]+[ \u00a0]){0,2}(?P<noun>[a-z]{3,}))[ \u00a0]from[ \u00a0]$"
)
_SALES_OF_SUBJECT_RE = re.compile(
    r"(?:^|[,;:][ \u00a0])(?:[A-Za-z]+[ \u00a0]){0,2}?(?:[Ss]ales|[Ee]xports|[Ii]mports"
    r"|[Ss]hipments|[Dd]eliveries|[Rr]egistrations|[Pp]urchases|[Oo]rders)[ \u00a0]of(?P<of>[ \u00a0])"
    r"[^,;:]{3,60}?[ \u00a0](?:(?:had|has|have)[ \u00a0])?(?:rose|risen|fell|fallen|dropped"
    r"|decreased|increased|declined|grew|grown|climbed|jumped|plunged|plummeted|surged|soared"
    r"|slumped|(?:(?:more[ \u00a0]than|nearly|almost)[ \u00a0])?(?:doubled|tripled|trebled"
    r"|quadrupled|halved))[ \u00a0](?:from|to)[ \u00a0]$"
)
# A transitive change and its object before "by": "increased deaths by 507".
_VERB_OBJECT_BY_RE = re.compile(
    r"\b(?:increased|increasing|raised|raising|boosted|cut|cutting|reduced|reducing|lowered"
    r"|pushed|drove|swelled|increase|raise|boost|boosting|reduce|lower|lowering)"
    r"[ \u00a0](?:the[ \u00a0]|its[ \u00a0]|their[ \u00a0])?"
    # ... or before "to": "The trust cut its beds to 1,140" (session 5, hospital copy);
    # "increasing the number of GPs by 8,000": what the number counts
    r"(?:number[ \u00a0]of[ \u00a0])?"
    r"(?P<np>(?:[a-z]+[ \u00a0]){0,2}(?P<noun>[a-z]{3,}s|[A-Z]{2,}s))[ \u00a0](?:by|to)[ \u00a0]"
    rf"{_AMOUNT_QUALIFIER}$"
)
_GAPPED_NOUN_BEFORE_RE = re.compile(
    r"\d(?:[ \u00a0][a-z]+){0,3},?[ \u00a0](?:and|while|whereas)[ \u00a0]([a-z]{3,}s|women|men|children)"
    r"[ \u00a0]$"
)
#: The determiner between a share in words and what it is a share of: "half the population",
#: "half their savings", "Half our kitchens" ("half its value" is a change, no share of a
#: count: left alone).
_SHARE_DET_AFTER_RE = re.compile(r"[ \u00a0](?:the|their|our|my|your|his)[ \u00a0]")
_STATE_HEADS = frozenset(("dead", "missing", "injured", "wounded"))
#: Participles that pass a verdict on people before their state: "44 confirmed dead".
_VERDICT_PARTICIPLES = frozenset(("confirmed", "presumed", "feared", "believed", "reported"))
#: Two states of people joined, right after a count: "killed or injured", "dead and missing".
_STATE_PAIR_AFTER_RE = re.compile(
    r"[ \u00a0](?:killed|dead|injured|wounded|missing|hurt)[ \u00a0](?:or|and)[ \u00a0]"
    r"(?:killed|dead|injured|wounded|missing|hurt)\b"
)
_DEATH_HEADS = frozenset(("deaths", "fatalities"))
#: Nouns of a state people are in, which no other count of people shares ("casualties"
#: is not one: "2,415 civilian casualties (803 killed and 1,612 injured)" are its parts).
_ROLE_HEADS = _STATE_HEADS | _DEATH_HEADS | {"survivors"}
_STATE_AFTER_RE = re.compile(r"[ \u00a0](dead|missing|injured|wounded)\b")
#: A balance or a flow of people moving, which a number counts in people.
_MIGRATION_NOUNS = frozenset(("migration", "immigration", "emigration"))
#: A gathering counted by its people, the head of "put/estimated the crowd at N".
_GATHERING_NOUNS = frozenset(("crowd", "throng", "audience"))
# "a crowd of 41,213": the noun a number with no noun of its own is "of"
_NOUN_OF_BEFORE_RE = re.compile(r"\b(?P<noun>[A-Za-z]+)[ \u00a0]of[ \u00a0]$")
#: A place where people live, before "of" and a bare count: "a country of 240 million".
_PEOPLED_PLACE_NOUNS = frozenset(
    "country nation city town village island state province region district territory"
    " enclave metropolis camp settlement".split()
)
#: A parent "of N": the children counted ("a mother of seven who fled Jilib").
_PARENT_NOUNS = frozenset("mother father parent grandmother grandfather mum mom dad".split())
# ... unless it is a partitive, an amount word, a change or a measure, which do not say what
# is counted ("a total of 52", "out of 10", "an increase of 300", "a depth of 10").
_NOT_NOUN_OF = frozenset(
    """total number sum set out part parts range age ages maximum minimum average majority
    minority tally count figure figures estimate estimates score scores rate ratio share
    proportion percentage increase increases rise rises drop drops fall falls decline declines
    jump growth cut cuts reduction gain gains loss losses times one two three each all some
    many most both none any several half third quarter top record margin period term distance
    depth height length speed width weight tune excess upwards instead because ahead inside
    outside none amount amounts value level levels peak high low sum price prices cost costs
    capacity population target targets goal goals quota quotas ceiling cap limit threshold
    fraction standard standards norm benchmark minimum pace expectations expectation
    projection projections forecast forecasts prediction predictions interval intervals
    error errors""".split()
)
# A verb that states the amount of its subject, right before the number (and its qualifier).
_AMOUNT_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:rose|risen|rises|climbed|climbs|jumped|increased|grew|grown|fell|fallen|dropped"
    r"|declined|decreased|reached|reaches|hit|hits|stood|stands|topped|tops|passed|crossed"
    # a headline's present tense: "Quake Toll Crosses 2,300", "Flood Toll Nears 150"
    r"|crosses|passes|exceeds|surpasses|nears|neared|nearing|near|mounts|soars|jumps"
    r"|surges|swells|doubles|triples|increases|grows"
    r"|exceeded|surpassed|numbered|number|totalled|totaled|is|was|were|are|now|remains|remained"
    r"|raised|revised|lowered|adjusted|mounted|soared|swelled"
    # "the death toll has tripled since Monday, to 96" (session 7, flood copy)
    r"|doubled|tripled|trebled|quadrupled|surged"
    # after a modal: "the death toll could pass 20", "is expected to rise to 300"
    r"|pass|exceed|surpass|top|cross|reach|rise|climb"
    # "the maximum number of refugees allowed ... will likely decline from 110,000 to
    # 50,000" (a research centre's key facts, session 8)
    r"|fall|drop|decline|decrease|increase|grow"
    # "with the number of returns submitted online passing 1.2 million"
    r"|passing|topping|crossing|exceeding|surpassing|reaching|hitting)"
    # "rose Tuesday to nearly 12,000", "climbed overnight to 800"
    r"(?:[ \u00a0](?:on[ \u00a0])?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|overnight|again|further|sharply"
    # "The number of cases ... rose year on year from 11,062"
    r"|year[ \u00a0-]on[ \u00a0-]year"
    # "has tripled since Monday, to 96"
    r"|since[ \u00a0][A-Za-z]+,?))?"
    # "the number of IDPs ... has increased by 16,000": the change counts them too
    r"(?:[ \u00a0](?:to|at|from|past|by))?[ \u00a0]{1,2}"
    rf"{_AMOUNT_QUALIFIER}$",
    re.IGNORECASE,
)
# "fell by 1% in 2016 to 17,395", "rose by 12 per cent to 4,100": a change by a share, then
# the level reached
_CHANGE_BY_TO_RE = re.compile(
    r"\b(?:rose|risen|climbed|jumped|increased|grew|grown|fell|fallen|dropped|declined"
    # (a comma may set the level off: "fell by 30 percent, to approximately 94,000", Frontex
    # copy, session 12)
    r"|decreased)[ \u00a0]by[ \u00a0][^,;:()]{1,40}?,?[ \u00a0]to[ \u00a0]"
    rf"{_AMOUNT_QUALIFIER}$",
    re.IGNORECASE,
)
# "taking/raising/bringing the death toll (in the region) to 162"
_TOLL_TO_RE = re.compile(
    r"\b(?:taking|took|raising|raised|bringing|brought|pushing|pushed|lifting|lifted"
    # "Officials revised the death toll down to 2,053", "updated the toll to 97": a
    # correction of the toll (quake copy, ds2-science)
    r"|revised|revising|updated|updating|lowered|lowering|adjusted|adjusting)"
    r"[ \u00a0](?:the|its|their|[A-Z][\w'’]*)[ \u00a0](?:[\w'’-]+[ \u00a0]){0,2}toll\b"
)
_TOLL_AT_RE = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|set|sets|estimated|estimates)[ \u00a0]"
    r"(?:the|its|their)[ \u00a0](?:[\w'’-]+[ \u00a0]){0,2}toll[ \u00a0]"
    # "put the death toll in Dadu at 52": where or from what, between the toll and its "at"
    # (Pakistani flood copy, ds2-disaster)
    r"(?:(?:in|from|for|of|on)[ \u00a0](?:the[ \u00a0])?[\w'’-]+(?:[ \u00a0][\w'’-]+){0,2}[ \u00a0])?"
    rf"at[ \u00a0]{_AMOUNT_QUALIFIER}$"
)
_SUBJECT_KEY_RE = re.compile(
    # "the quota for foreign care workers will rise to 135,000", "the cap on arrivals"
    r"\b(?:[Tt]he[ \u00a0](?:annual[ \u00a0])?(?:quota|cap|ceiling|intake)[ \u00a0](?:for|of|on)[ \u00a0]"
    r"|(?P<toll>toll|death[ \u00a0]count)|the[ \u00a0](?:(?:total|maximum|minimum|overall"
    # "the maximum number of refugees allowed ... will decline" (session 8)
    r"|annual|combined|official|estimated|average|daily|monthly)[ \u00a0])?number[ \u00a0]of[ \u00a0])",
    re.I,
)
# "displaced families, who number over 265,000", "the protesters, who totalled 5,000"
_WHO_NUMBER_RE = re.compile(
    r"\b(?P<noun>[A-Za-z]+),?[ \u00a0](?:who|which|that)[ \u00a0](?:now[ \u00a0])?"
    r"(?:number|numbered|total|totalled|totaled)[ \u00a0]{1,2}"
    rf"{_AMOUNT_QUALIFIER}$"
)


def _magnitude_gap(a: float, b: float) -> float:
    """How many orders of magnitude apart two positive values are (inf for a non-positive)."""
    return abs(math.log10(a / b)) if a > 0 and b > 0 else math.inf


#: A plural subject (a place after it), a verb of change, the change (a share or an amount)
#: and "to" before the level reached: "Arrivals on Crete fell 22% in July, to ".
_CHANGE_TO_LEVEL_RE = re.compile(
    r"\b(?<!of[ \u00a0])(?P<noun>[A-Za-z][a-z'’-]+)(?:[ \u00a0](?:in|on|across|at|into|from)[ \u00a0]"
    r"(?:the[ \u00a0])?[A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*){0,2})?"
    # the subject's participle phrase, whose object is no subject: "Health and care visas
    # issued to main applicants fell 84pc to 3,950", "visas granted to students rose 12% to"
    # (economy desks, devset2 markets)
    # ... or with no participle, to whom or for whom they are: "Sponsored study visas to
    # main applicants rose 3% to 402,100", "visas for the dependants of students fell 86%
    # to 17,450" (UK visa statistics, ds2-visas)
    r"(?:[ \u00a0](?:(?:issued|granted|given|awarded|offered|sent|paid|made)[ \u00a0](?:to|by|for)"
    r"|to|for)"
    r"[ \u00a0](?:[A-Za-z-]+[ \u00a0]){0,2}?[a-z]+s(?:[ \u00a0]of[ \u00a0](?:[a-z-]+[ \u00a0]){0,2}?[a-z]+s)?)?"
    r"[ \u00a0](?:(?:has|have|had)[ \u00a0])?(?:(?:rose|risen|climbed|jumped|increased|grew|grown"
    r"|fell|fallen|dropped|declined|decreased|slipped|surged|slumped)(?:[ \u00a0]by)?[ \u00a0]"
    r"(?=[^,;:()\d]{0,12}\d)[^;:()\d]{0,12}\d[^;:()]{0,50}?"
    # a multiple, then when, then the level: "Arrivals on Crete have more than tripled this
    # year, to about 14,800" (wire copy, ds2-wires)
    r"|(?:(?:more[ \u00a0]than|nearly|almost)[ \u00a0])?(?:doubled|tripled|trebled|quadrupled"
    r"|halved)[ \u00a0][^;:()\d,]{1,30}?,)"
    rf",?[ \u00a0]to[ \u00a0]{_AMOUNT_QUALIFIER}$"
)


#: A sentence's subject "X of (or from) ..." up to its last noun: "Removals of failed asylum ".
_EVENTS_OF_OPENING_RE = re.compile(
    r"[\"“‘']?(?:[Tt]he[ \u00a0])?(?P<x>[A-Za-z][a-z]{2,}s)[ \u00a0](?:of|from)[ \u00a0]"
    r"(?:[A-Za-z-]+[ \u00a0]){0,3}"
)
#: Nouns that open "X of Y" but whose Y is what is counted: "numbers of migrants", "sales of
#: electric cars" (units sold), "millions of people".
_NOT_EVENTS_OF = frozenset(
    """numbers figures totals levels millions thousands hundreds dozens tens lakhs crores
    sales exports imports shipments deliveries purchases groups families""".split()
)


def _events_of_subject(text: str, pos: int, endpos: int) -> re.Match | None:
    """The subject "X of (or from) ..." opening ``text[pos:endpos]`` whose X is the plural
    counted ("Removals of failed asylum seekers", "Arrivals of Syrians"), or None."""
    ev = _EVENTS_OF_OPENING_RE.match(text, pos, endpos)
    if ev is None:
        return None
    x = ev.group("x")
    if not _is_plural_noun(x) or x.lower() in _NOT_EVENTS_OF or x.lower() in _CLAUSE_WORDS:
        return None
    return ev


#: A running total brought up to a level: "bringing arrivals since January to ", "taking the
#: total number of landings this year to ".
_BRINGING_TO_RE = re.compile(
    r"\b(?:bringing|taking|pushing|raising|lifting)[ \u00a0](?:(?:the|its|their)[ \u00a0])?"
    r"(?:(?:total|overall|cumulative)[ \u00a0](?:number[ \u00a0]of[ \u00a0])?)?"
    r"(?:[a-z-]+[ \u00a0]){0,2}?(?P<noun>[a-z]+s)"
    r"(?:[ \u00a0](?:this|so|since|for|in)[ \u00a0][^,;:.\d]{0,30}?)?[ \u00a0]to[ \u00a0]"
    rf"{_AMOUNT_QUALIFIER}$"
)


#: What may not stand between "from A" and "to B" of one change: a clause's mark or verb.
_FROM_TO_GAP_BREAK_RE = re.compile(r"[,;:()\d]|\b(?:and|but|while|which|who)\b")


def _amount_subject(
    text: str, start: int, floor: int, rows: list[dict], prev_ids: list[int]
) -> tuple[str, str] | None:
    """``(head, counted)`` of the subject whose amount the number at ``start`` states: a
    toll counts deaths ("the death toll from the floods rose to 289", "taking the toll to
    162"), "the number of X ... rose from 1,200" counts X, "families, who number over
    265,000" counts families. None when no such subject is in the clause, or when another
    figure stands between it and the number (that figure's own noun comes first)."""
    # (room for a long subject: "The number of refugees from Ukraine registered for being
    # provided with temporary protection ... in European countries reached 3.2 million")
    window_start = max(floor, start - 200)
    window = text[window_start:start]
    if (
        "oll" not in window
        and "umber" not in window
        and "otal" not in window
        and "count" not in window
        and "quota" not in window
        and "cap " not in window
        and "ceiling" not in window
        and "intake" not in window
    ):
        return None  # "oll": "toll" and a sentence's "Toll"
    who = _WHO_NUMBER_RE.search(window)
    if who and _is_plural_noun(who.group("noun")):
        return who.group("noun").lower(), who.group("noun")
    verb = _AMOUNT_CHANGE_BEFORE_RE.search(window)
    change = None
    if verb is None and " by " in window and window.endswith(("to ", "to\u00a0")):
        # "The number of passengers refused entry ... fell by 1% in 2016 to 17,395": the
        # change by a share, then the level it reached (session 7, Home Office statistics)
        verb = change = _CHANGE_BY_TO_RE.search(window)
    if verb is None and "from" in window and window.endswith(("to ", "to\u00a0")):
        # "the number of people held rose from 5,200 in June to 8,950 in January": the
        # verb of change stands before the level it started from (court copy)
        for j in reversed(prev_ids):
            fs = rows[j]["start"]
            if (
                window_start < fs < start
                and text[fs - 5 : fs] in ("from ", "from\u00a0")
                and not _FROM_TO_GAP_BREAK_RE.search(text, rows[j]["end"], start)
            ):
                verb = _AMOUNT_CHANGE_BEFORE_RE.search(window[: fs - window_start])
                break
    keys = list(_SUBJECT_KEY_RE.finditer(window, 0, verb.start() if verb else len(window)))
    if not keys:
        return None
    key = keys[-1]
    if verb is None and key.group("toll") and _TOLL_AT_RE.search(window):
        return "deaths", "deaths"  # "The ministry's figures put the toll at 212"
    if verb is None and not (key.group("toll") and window.endswith(("to ", "to\u00a0"))):
        return None
    if verb is None and not _TOLL_TO_RE.search(window, 0, key.end()):
        return None
    if any(
        rows[j]["start"] >= window_start + key.start()
        # "the death toll from three days of shelling has risen to 212": how long the
        # fighting lasted is no count of its own
        and rows[j]["kind"] != "duration"
        # nor is the measure of the event that caused it: "the death toll from a
        # 6.2-magnitude earthquake ... has risen to", "the toll from a cyclone with winds of
        # 185 km/h" (quake and storm copy, ds2-science)
        and rows[j]["kind"] != "measure"
        # nor is the share of the change ("fell by 1% in 2016 to 17,395")
        and not (change is not None and rows[j]["start"] >= window_start + change.start())
        # nor the level it started from: "the number of people held rose from 5,200 in June
        # to 8,950 in January" counts people at both ends (court copy)
        and not (
            window.endswith(("to ", "to\u00a0"))
            and text[rows[j]["start"] - 5 : rows[j]["start"]] in ("from ", "from\u00a0")
            and not _FROM_TO_GAP_BREAK_RE.search(text, rows[j]["end"], start)
        )
        for j in prev_ids
    ):
        return None
    if key.group("toll"):
        return "deaths", "deaths"
    counted, head = _noun_phrase_after(text, window_start + key.end(), after_det=True)
    return (head, counted) if head else None


#: People counted as "X numbers" ("visitor numbers", "passenger numbers"): the head is X's
#: plural (session 6, tourism and transport copy).
_NUMBERS_OF = frozenset(
    """visitor passenger tourist student pupil patient migrant applicant member customer
    subscriber viewer user worker player fan spectator guest resident voter shopper
    arrival""".split()
)
#: "the number who have left ... at", "the total who fled ... reached": a count of people.
_NUMBER_WHO_RE = re.compile(
    r"\b(?:number|total|tally|count)[ \u00a0]who[ \u00a0][^.;]{2,80}?[ \u00a0](?:at|to|stood|was"
    r"|is|reached|rose|climbed|fell|hit)\b[^.;]*$"
)
_NUMBER_OF_RE = re.compile(
    # (a capitalised plural, a name or a year inside: "put the number of Syrians who have
    # left Turkey voluntarily since 2017 at 768,912", session 7)
    r"\b(?:number|total|tally|count|toll)[ \u00a0]of[ \u00a0](?:the[ \u00a0])?"
    # (an acronym in brackets inside: "the number of Proof of Registration (PoR) card holders
    # who have returned this month to 18,600", Pakistani dailies, ds2-pakistan25)
    r"(?P<np>[A-Za-z][\w\-'’ ()]{1,80}?)"
    # "recorded the highest number of crashes with 1,169" (session 5, Nigerian road copy)
    # ("originally gave the number of voluntary returns as 24,171": a correction, ds2-factcheck)
    r"[ \u00a0](?:at|as|to|from|with|stood|was|is|has|had|reached|rose|climbed|fell|jumped|hit|rising"
    # ("with the number of landings increasing by 18% to 6,400", session 15)
    r"|falling|climbing|growing|grew|reaching|increasing|decreasing|declining|dropping"
    r"|increased|decreased|declined|dropped)\b[^.;]*$"
)
# "12 of their last 15 matches": a word of order between "of their" and the whole
_ORDER_WORD_RE = re.compile(
    r"(?:last|first|next|past|top|remaining|previous|latest|initial)[ \u00a0]{1,2}"
)
_BY_ENDINGS = ("by ", "by\u00a0", "by an average of ", "by a total of ")
# A verb that changes its object by an amount given after "by" (the object, then "by N%").
_CHANGE_VERB_OBJECT_RE = re.compile(
    r"\b(?:raise[sd]?|raising|increase[sd]?|increasing|cut|cuts|cutting|reduce[sd]?|reducing"
    r"|lower(?:s|ed|ing)?|hike[sd]?|hiking|boost(?:s|ed|ing)?|slash(?:es|ed|ing)?|trim(?:s|med)?"
    r"|lift(?:s|ed|ing)?)\b[^.;:\n]*$"
)
_CHANGE_RIGHT_BEFORE_RE = re.compile(
    r"\b(?:(?:up|down|rose|fell|rising|falling|risen|fallen|increased|decreased|dropped|jumped"
    r"|climbed|grew|declined|slipped|gained|increasing|decreasing|declining|growing|jumping"
    r"|climbing|dropping|surged|surging|soared|soaring|plunged|plunging|shrank|shrinking"
    # market wraps: "while nickel added 1.3%", "silver shed 2%", "tin eased 0.4%"
    r"|added|adding|lost|losing|shed|shedding|eased|easing|slid|sliding|tumbled|tumbling"
    r"|advanced|rallied|slumped|sank|dipped"
    # a headline's present tense, in capitals too: "Imports Down 3%", "Costs Climb 6%",
    # "output is forecast to fall 4%" (short-form copy, session 8)
    r"|rises?|falls?|jumps?|climbs?|grows?|drops?|declines?|slips?|gains?|dips?|surges?"
    r"|soars?|plunges?|shrinks?|adds|loses|sheds|eases|slides?|tumbles?|slumps?|sinks?"
    r"|increases?|decreases?|rallies|advances)"
    r"(?:[ \u00a0]by)?"
    # "an increase of 20%", "a drop of 12 per cent"; plural over several places: "Jalisco and
    # Guanajuato each saw falls of more than 6%" (business copy on remittances, ds2-money)
    r"|(?:increase|rise|jump|drop|fall|decline|decrease|growth|surge|reduction)s?[ \u00a0]of)"
    r"[ \u00a0]{1,2}$"
    # a ticker's arrow: "Brent \u25bc 0.9%" (session 8)
    r"|[\u25b2\u25bc\u2191\u2193][ \u00a0]?$",
    re.IGNORECASE,
)
_FINDING_BEFORE_RE = re.compile(
    r"\b(?:found|find|finds|identified|identify|diagnosed|detected|confirmed|tested)[ \u00a0]{1,2}"
    r"(?:[A-Za-z]{1,12}[ \u00a0]{1,2}){0,2}$"
)


def _elided_adjective(after: str) -> bool:
    """'found 297 acutely malnourished': a number followed by adjectives and no noun."""
    m = re.match(r"[ \u00a0]{1,2}(?:[a-z]+ly[ \u00a0])?([a-z]+)\b", after)
    return (
        bool(m)
        and m.group(1).endswith(("ed", "ous", "ill", "sick", "ic"))
        and m.group(1) not in _CLAUSE_WORDS
    )


#: How many figures back a relation may reach. A sentence rarely holds more than a handful
#: of figures; the bound keeps a hostile "sentence" of 100,000 numbers linear.
_LOOKBACK = 12


def _modified_whole(text, sentences, rows, k, head, counted, same) -> int:
    """Of the counts of ``head`` before figure ``k`` (the latest is ``same``), the one whose
    own words name the modifier of ``counted``: "Conflict and violence triggered 20.1
    million internal displacements, while disasters triggered 45.8 million. Sudan
    accounted for 6 million of the conflict displacements" is of the 20.1 million."""
    words = counted.lower().split()
    if len(words) < 2 or words[-1] != head or not words[-2].isalpha() or len(words[-2]) < 4:
        return same
    mod = re.compile(r"\b" + re.escape(words[-2]) + r"\b", re.IGNORECASE)
    part = rows[k]["value"] or 0
    for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1):
        if rows[j]["sentence"] < rows[k]["sentence"] - 2:
            break
        if rows[j]["kind"] != "count" or rows[j]["head"] != head or (rows[j]["value"] or 0) <= part:
            continue
        floor = sentences[rows[j]["sentence"]].start if sentences else 0
        if j > 0 and rows[j - 1]["sentence"] == rows[j]["sentence"]:
            floor = max(floor, rows[j - 1]["end"])
        floor = max(floor, rows[j]["start"] - 80)
        if mod.search(text, floor, rows[j]["end"]) or mod.search(rows[j]["counted"] or ""):
            return j
    return same


def _same_noun_beside(rows: list[dict], whole: int, k: int, head: str) -> int:
    """The count right before or after ``whole`` in its sentence that counts ``head`` and
    can hold figure ``k`` ("84,300 families or 310,560 individuals": the individuals for
    "43,900 individuals"); else ``whole``."""
    if rows[whole]["kind"] != "count" or rows[whole]["head"] == head:
        return whole
    return next(
        (
            j
            for j in (whole - 1, whole + 1)
            if 0 <= j < k
            and rows[j]["sentence"] == rows[whole]["sentence"]
            and rows[j]["kind"] == "count"
            and rows[j]["head"] == head
            and (rows[j]["value"] or 0) >= (rows[k]["value"] or 0)
            # the same group in another unit ("families or individuals"), not a part of it
            # listed beside ("41,300 returns, including 9,800 PoR card holders and 6,100 ACC
            # holders": merge of the disaster and afghan rounds, session 10)
            and rows[j]["part_of"] != whole
        ),
        whole,
    )


def _same_head_whole(rows: list[dict], k: int, head: str) -> int | None:
    """The latest count before figure ``k`` (this sentence or the two before, same
    paragraph) that counts ``head`` and is no smaller: the whole of "29 of the drones"."""
    s, para, part = rows[k]["sentence"], rows[k]["paragraph"], rows[k]["value"] or 0
    for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1):
        if rows[j]["sentence"] < s - 2 or rows[j]["paragraph"] != para:
            if not (
                para is not None
                and rows[j]["paragraph"] == para - 1
                and rows[j]["sentence"] == s - 1
            ):
                # wire copy sets each sentence as a paragraph: the whole may be the last
                # sentence of the paragraph before, as in _antecedent (session 9)
                return None
        if (
            rows[j]["kind"] == "count"
            and rows[j]["head"] == head
            and (rows[j]["value"] or 0) > part
        ):
            return j
    return None


def _not_baseline(text: str, rows: list[dict], j: int) -> int:
    """The whole "Of those cases" refers to: not the earlier value it was compared with ("71,340
    cases ..., down from 87,010 cases a year earlier. Of those cases, 51,220 ...": the 71,340;
    UK statistics copy, session 9) but the figure of the same kind before it in its sentence."""
    r = rows[j]
    if not _COMPARED_BEFORE_RE.search(text, max(0, r["start"] - 24), r["start"]):
        return j
    same = [
        i
        for i in range(j - 1, max(-1, j - 6), -1)
        if rows[i]["sentence"] == r["sentence"] and rows[i]["kind"] == r["kind"]
    ]
    # ("71,340 cases, relating to 90,686 people, ..., down from 87,010 cases": the cases)
    return next((i for i in same if rows[i]["head"] == r["head"]), same[0] if same else j)


#: What may stand before an answer's number on its line: "A: ", "Roughly ", "About ".
_ANSWER_OPENING_RE = re.compile(
    r"(?:A[:.][ \u00a0]+)?(?:(?:[A-Z][a-z]+|[a-z]+)(?:[ \u00a0](?:than|of|to))?[ \u00a0]){0,2}"
)
_HOW_MANY_QUESTION_RE = re.compile(r"\b[Hh]ow[ \u00a0]many[ \u00a0]")


def _question_noun(text: str, start: int) -> tuple[str, str] | None:
    """(counted, head) of "How many <noun>" in the question on the line before the line
    that opens with the number at ``start`` (a blank line between them allowed)."""
    line0 = text.rfind("\n", 0, start) + 1
    if line0 == 0 or not _ANSWER_OPENING_RE.fullmatch(text, line0, start):
        return None
    q_end = line0 - 1
    while q_end > 0 and text[q_end - 1] == "\n":
        q_end -= 1
    q0 = text.rfind("\n", 0, q_end) + 1
    if text[q_end - 1 : q_end] != "?" or not (hm := _HOW_MANY_QUESTION_RE.search(text, q0, q_end)):
        return None
    counted, head = _noun_phrase_after(text, hm.end(), after_det=True)
    if not head or not _is_plural_noun(head):
        return None
    return counted, head


#: Between a count and the share that restates it: "about 410, roughly 30% of the total".
_RESTATED_SHARE_GAP_RE = re.compile(
    r"(?:[ \u00a0][a-z]+){0,2}[,;][ \u00a0](?:or[ \u00a0])?(?:(?:about|around|roughly|some|nearly|almost"
    r"|just[ \u00a0]over|over)[ \u00a0])?"
)


#: A count and its share in a ranking's brackets, the share's whole left unsaid after the
#: first: "Germany (1,177,800 people; 27.3% of the total), Poland (986,450; 23%)".
_RANKED_BRACKET_BEFORE_RE = re.compile(
    r"\((?:[\d,. \u00a0]+|[\d,.]+[ \u00a0]+[a-z]+)[;,][ \u00a0]$"
)


#: A ranking of rates by the noun they count: "the highest numbers of beneficiaries per
#: thousand people were observed in Czechia (35.8)".
_RATE_RANKING_NP_RE = re.compile(
    r"numbers[ \u00a0]of[ \u00a0](?:[a-z]+[ \u00a0]){0,3}?(?P<n>[a-z]+s)[ \u00a0]per[ \u00a0]"
    r"(?:thousand|1,000|10,000|100,000|million|capita)\b"
)


def _fill_per_capita_ranking_heads(report: Report, rows: list[dict]) -> None:
    """The rates of a ranking by "the highest numbers of X per thousand people", each in
    brackets after its country or "the corresponding figure ... was 9.5 per thousand
    people", count the X (Eurostat's temporary-protection releases, ds2-ukraine)."""
    text = report.text
    for r in rows:
        if r["kind"] != "count":
            continue
        s0 = report.sentences[r["sentence"]].start
        m = _RATE_RANKING_NP_RE.search(text, s0, r["start"])
        if m is None:
            continue
        if (
            r["head"] is None
            and text[r["start"] - 1 : r["start"]] == "("
            and text.startswith(")", r["end"])
        ):
            r["head"] = r["counted"] = m.group("n")
        elif text.startswith(text[m.end("n") : m.end()], r["end"]):
            # "9.5 per thousand people": the base's noun is no head of its own
            r["head"] = r["counted"] = m.group("n")


_SHARE_GROUP_GAP_RE = re.compile(
    r"[ \u00a0]of[ \u00a0][^\d,;:()\n]{2,90}[ \u00a0][-\u2013\u2014][ \u00a0]$"
)


def _fill_dashed_share_counts(text: str, rows: list[dict]) -> None:
    """A count set off by dashes right after a share's group counts that group: "over a
    half of Ukrainian children of school age living in Poland - up to 130,000 - are still
    outside the system" (Polish copy, ds2-ukraine), not the count of a sentence before."""
    for k in range(1, len(rows)):
        r, sh = rows[k], rows[k - 1]
        if (
            r["kind"] != "count"
            or sh["kind"] != "percent"
            or not sh["head"]
            or sh["sentence"] != r["sentence"]
            or text[r["end"] : r["end"] + 3] not in (" - ", " \u2013 ", " \u2014 ")
            or not _SHARE_GROUP_GAP_RE.fullmatch(text, sh["end"], r["start"])
        ):
            continue
        r["head"], r["counted"] = sh["head"], sh["counted"]


def _fill_ranked_bracket_shares(text: str, rows: list[dict]) -> None:
    """A ranking's later shares, "(986,450; 23%)", are of the total its first share named
    ("(1,177,800 people; 27.3% of the total)", Eurostat releases and the stories on them)."""
    named = None
    for r in rows:
        if r["kind"] != "percent":
            continue
        before = text[max(0, r["start"] - 32) : r["start"]]
        if not _RANKED_BRACKET_BEFORE_RE.search(before):
            continue
        if text.startswith(" of the total)", r["end"]) and r["head"] == "total":
            named = r
        elif (
            named is not None
            and named["sentence"] == r["sentence"]
            and r["head"] is None
            and text.startswith(")", r["end"])
        ):
            r["head"], r["counted"] = named["head"], named["counted"]


def _total_before(text: str, rows: list[dict], k: int) -> int | None:
    """The count a share "of the total" is of: the last one with a noun in its sentence or
    the two before, past a count the share restates right before it (a larger one then)."""
    s = rows[k]["sentence"]
    prev = [
        j
        for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1)
        if rows[j]["kind"] == "count" and rows[j]["head"] and rows[j]["sentence"] >= s - 2
    ]
    if (
        prev
        and rows[prev[0]]["sentence"] == s
        and _RESTATED_SHARE_GAP_RE.fullmatch(text, rows[prev[0]]["end"], rows[k]["start"])
    ):
        part = rows[prev[0]]["value"] or 0
        # ... in its sentence or the one before: "Germany (1,177,800 people; 27.3% of the
        # total)" two sentences after the EU's total is a share of a total not given there
        # (a Eurostat story's ranking, ds2-ukraine)
        prev = [
            j for j in prev[1:] if (rows[j]["value"] or 0) > part and rows[j]["sentence"] >= s - 1
        ]
    return prev[0] if prev else None


def _antecedent(
    rows: list[dict],
    k: int,
    *,
    kinds=("count",),
    same_or_previous: bool = True,
    whole=False,
    text: str | None = None,
) -> int | None:
    """The most recent figure of these kinds within this sentence or the two before, in
    the same paragraph ("half of them" in a new paragraph does not reach back into the
    last one); a negative number ("Italy (-550)") is a change, never a whole; with
    ``whole``, one that can hold figure ``k`` (a count no smaller than it: "more than 1
    million Rohingya across 34 camps. Of them, nearly 750,000" are of the million)."""
    s = rows[k]["sentence"]
    para = rows[k]["paragraph"]
    part = rows[k]["value"] if whole and rows[k]["kind"] == "count" else None
    for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1):
        if rows[j]["sentence"] < s - 3 or (para is not None and rows[j]["paragraph"] != para):
            if not (
                whole
                and para is not None
                and rows[j]["paragraph"] == para - 1
                and rows[j]["sentence"] == s - 1
            ):
                return None
            # wire copy sets each sentence as a paragraph: "... hosts more than 1.3 million
            # Rohingya ...\n\nNearly 150,000 of them have fled" (session 8, Rohingya copy);
            # a whole reaches back into the sentence right before, the last of its paragraph
        if rows[j]["kind"] in kinds and not (rows[j]["value"] or 0) < 0:
            if (
                part is not None
                and rows[j]["kind"] == "count"
                and rows[j]["value"] is not None
                and rows[j]["value"] < part
            ):
                continue
            if (
                whole
                and text is not None
                and _COMPARED_BEFORE_RE.search(
                    text, max(0, rows[j]["start"] - 24), rows[j]["start"]
                )
            ):
                # "3,812 workers were brought home, up from 3,270 the year before. Of them,
                # 1,480 ...": the base compared with is another period's count, no whole
                # (Bangladeshi copy on migrants' deaths, ds2-labour)
                continue
            return j
    return None


# The whole named after its part: "794,000 have sought refuge in Chad, out of a total of
# 3.9 million who crossed", "12 (of a total of 40)"; "out of" alone or before a whole's
# noun: "3,100 out of 7,400 applicants", "$74.8 million out of a $371.8 million appeal",
# "a workforce of 6.3 million, out of a population of 9.1 million".
_TOTAL_AFTER_PART_RE = re.compile(
    r"(?:(?:,|\(|\u2013|\u2014)[ \u00a0]?(?:out[ \u00a0])?of[ \u00a0]a[ \u00a0]total[ \u00a0]of[ \u00a0]"
    r"|(?:,[ \u00a0]?|[ \u00a0])out[ \u00a0]of[ \u00a0](?:(?:a|an|the|its|their)[ \u00a0])?"
    # "out of the entire 150,000 violators", "out of a record $27.4 billion" (remittance
    # copy, ds2-labour)
    r"(?:(?:entire|whole|overall|total|record|combined)[ \u00a0])?"
    r"(?:(?:total|population|workforce|labour[ \u00a0]force|labor[ \u00a0]force)[ \u00a0]of[ \u00a0])?)$"
)
_AMONG_THE_WHOLE_RE = re.compile(r"[ \u00a0]among[ \u00a0]the[ \u00a0]$")
_MONEY_GOT_OF_RE = re.compile(
    r"[ \u00a0](?:received|disbursed|funded|pledged|raised|mobili[sz]ed|secured|committed)"
    r"[ \u00a0]of[ \u00a0](?:(?:the|a|an|its|their)[ \u00a0])?"
)
_MONEY_OF_GAPS = frozenset((" of the ", " of a ", " of an ", " of its ", " of their "))
# A clause break between two figures: "... in damage and will cut GDP by 0.08 percent".
_CLAUSE_BREAK_RE = re.compile(r"[,;]|\b(?:and|but|while|whereas|which)\b")


def _words_before_total(gap: str) -> bool:
    """Does the gap between a part and its whole hold words before "out of" ("four entries
    out of 261"), beyond the phrase itself ("3,100 out of 7,400")?"""
    m = _TOTAL_AFTER_PART_RE.search(gap)
    return m is not None and any(c.isalpha() for c in gap[: m.start()])


#: ", out of those who were repatriated," right after a count's noun: the whole named after
#: the part (Pakistani dailies on returns, session 10).
_THOSE_AFTER_NOUN_RE = re.compile(
    r"(?:[ \u00a0]+[\w'’-]+){1,4},[ \u00a0](?:out[ \u00a0]of|of|among)[ \u00a0]those[ \u00a0]"
    r"(?:(?:who|that)[ \u00a0])?(?:(?:were|was|had[ \u00a0]been|have[ \u00a0]been)[ \u00a0])?"
    r"[a-z]{3,}ed\b"
)


def _fill_those_after_noun(text: str, rows: list[dict]) -> None:
    """'3,865 Afghan citizens, out of those who were repatriated, arrived ...': the count is
    part of the people counted before it (this sentence or the last of the paragraph before),
    the first count no smaller than it."""
    for k, r in enumerate(rows):
        if r["kind"] != "count" or r["part_of"] is not None or not r["head"]:
            continue
        m = _THOSE_AFTER_NOUN_RE.match(text, r["end"], min(len(text), r["end"] + 90))
        if m is None or r["head"] not in m.group().lower():
            continue
        ante = _antecedent(rows, k, kinds=("count",), whole=True, text=text)
        if ante is not None and _is_plural_noun(rows[ante]["head"] or ""):
            r["part_of"] = ante


#: A list item with no noun of its own after a count "of those <participle>": ", 947 from
#: West Bengal", " and 412 to Hazro" (the item's gap, then its preposition).
_LIST_ITEM_GAP_RE = re.compile(r"(?:,|,?[ \u00a0]and)[ \u00a0]$")
_LIST_ITEM_PREP_RE = re.compile(r"[ \u00a0](to|from|in|at|via|through)[ \u00a0]")


def _fill_those_list_items(text: str, rows: list[dict]) -> None:
    """'1,862 of those deported were sent back from Assam, 947 from West Bengal and 412 from
    Delhi': the items after a count of "those <participle>" count the same people, under
    the same whole (PTI on a parliamentary reply, ds2-southasia2)."""
    for k, r in enumerate(rows):
        if (
            r["kind"] != "count"
            or r["head"] != "people"
            or not text.startswith(" of those ", r["end"])
        ):
            continue
        prev = r
        for j in range(k + 1, len(rows)):
            q = rows[j]
            if q["kind"] != "count" or q["sentence"] != r["sentence"]:
                break
            gap = text[prev["end"] : q["start"]]
            prep = _LIST_ITEM_PREP_RE.match(text, q["end"])
            if (
                prep is None
                or not _LIST_ITEM_GAP_RE.search(gap)
                or f" {prep.group(1)} " not in text[r["end"] : q["start"]]
            ):
                break
            q["head"], q["counted"], q["part_of"] = r["head"], r["counted"], r["part_of"]
            prev = q


#: A price whose currency the sentence gave before: "bought for 20,000 rupees cannot be sold
#: even for 10,000", "cost $50 last year now sell for 80" (session 10).
_PRICE_FOR_BEFORE_RE = re.compile(
    r"\b(?:sold|sell|sells|selling|bought|buy|buys|fetch|fetches|fetched|go|goes|went"
    r"|rent|rents|rented|even|only|just)[ \u00a0]for[ \u00a0]$"
)
_PRICE_END_RE = re.compile(r"[ \u00a0]*(?:[.,;:!?)\n]|$|each\b|apiece\b)")


def _fill_elided_currency(text: str, rows: list[dict]) -> None:
    """A bare number after a verb of price and "for", with no noun of its own, in a sentence
    that named a money amount before it, is money in that currency."""
    for k, r in enumerate(rows):
        if (
            k == 0
            or r["kind"] != "count"
            or not text.endswith(("for ", "for\u00a0"), 0, r["start"])
            or not _PRICE_FOR_BEFORE_RE.search(text, max(0, r["start"] - 16), r["start"])
            or not _PRICE_END_RE.match(text, r["end"])
        ):
            continue
        money = next(
            (
                j
                for j in range(k - 1, max(-1, k - 4), -1)
                if rows[j]["sentence"] == r["sentence"] and rows[j]["kind"] == "money"
            ),
            None,
        )
        if money is not None:
            r["kind"], r["unit"] = "money", rows[money]["unit"]


def _fill_total_after(text: str, rows: list[dict]) -> None:
    for k in range(len(rows) - 1):
        r, w = rows[k], rows[k + 1]
        if (
            r["part_of"] is None
            and (r["kind"] == w["kind"] == "count" or r["kind"] == w["kind"] == "money")
            and r["unit"] == w["unit"]
            and w["sentence"] == r["sentence"]
            and (w["value"] or 0) > (r["value"] or 0) > 0
            and (
                _TOTAL_AFTER_PART_RE.search(text, max(r["end"], w["start"] - 40), w["start"])
                # money of money: "N4.91 trillion of the N47.96 trillion budget"
                or (r["kind"] == "money" and text[r["end"] : w["start"]] in _MONEY_OF_GAPS)
                # "US$ 69.4 million received of US$ 300 million required" (funding lines
                # of situation reports, devset2 agency)
                or (
                    r["kind"] == "money"
                    and _MONEY_GOT_OF_RE.fullmatch(text, r["end"], w["start"]) is not None
                )
                # "2,874 Rohingya were among the 14,105 detainees", "..., the largest group
                # among the 74,863 overstayers": the whole named after "among the"
                # (Bernama's and VnExpress's breakdowns, ds2-thailand)
                or (
                    r["kind"] == "count"
                    and _AMONG_THE_WHOLE_RE.search(text, max(r["end"], w["start"] - 16), w["start"])
                    is not None
                )
            )
        ):
            r["part_of"] = k + 1
            if (
                r["kind"] == "count"
                and w["start"] - r["end"] <= 16
                and w["head"]
                # "four entries out of 261 achieved ...": a noun of its own is kept
                and not _words_before_total(text[r["end"] : w["start"]])
            ):
                # "3,100 out of 7,400 applicants": no noun of its own, the whole's
                r["head"], r["counted"] = w["head"], w["counted"]


#: A capitalised name right after a count, up to its end: " Cuba,", " Dominican Republic)",
#: " U.S.,".
_PLACE_AFTER_COUNT_RE = re.compile(
    r"[ \u00a0]((?:[A-Z]\.){2,3}|[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+){0,2})(?=[,;)]|\.?$|\.[ \u00a0])"
)


def _figure_before_bracket(text: str, rows: list[dict], k: int) -> tuple[int, int] | None:
    """Row ``k`` stands in a bracket still open, opened within 80 characters before it, and
    the bracket's first item is a figure (a list, not "(down 12,000 on the year)"): the
    bracket's offset and the index of the last figure before it; else None."""
    r = rows[k]
    opened = text.rfind("(", max(0, r["start"] - 80), r["start"])
    if opened < 0 or text.find(")", opened, r["start"]) != -1:
        return None
    j = k - 1
    while j >= 0 and rows[j]["start"] > opened:
        j -= 1  # the earlier items of the same bracket
    if j < 0 or rows[j + 1]["start"] != opened + 1:
        return None
    return opened, j


def _bracket_whole(text: str, rows: list[dict], k: int) -> int | None:
    """The count a bracket that holds row ``k`` breaks down: "Over 50 people are dead (8
    U.S., 10 Cuba)": the last count before the bracket, in the same sentence, within 40
    characters of its opening, no smaller than the part."""
    if (lead := _figure_before_bracket(text, rows, k)) is None:
        return None
    opened, j = lead
    r = rows[k]
    if (
        rows[j]["kind"] == "count"
        and rows[j]["head"]
        and rows[j]["sentence"] == r["sentence"]
        and opened - rows[j]["end"] <= 40
        and (rows[j]["value"] or 0) >= (r["value"] or 0)
    ):
        return j
    return None


#: The size of a ranking after "the top": " 10 ", " ten ", " 50 ".
_TOP_N_AFTER_RE = re.compile(
    r"[ \u00a0](?:\d{1,3}|ten|five|three|twenty|hundred)[ \u00a0](?:(?:most|least)[ \u00a0])?"
)


#: A verb alone between a count's noun phrase and a share (a bound word may stand before the
#: share): " host ", " accounted for about ".
_SUBJECT_VERB_GAP_RE = re.compile(
    r"[ \u00a0][a-z]{3,}(?:[ \u00a0]for)?[ \u00a0]"
    r"(?:(?:about|around|nearly|almost|some|just|only|over|roughly|another)[ \u00a0])?"
)


#: Words before "half" or "quarter" that make it a period of the year: "the same half".
_PERIOD_FRACTION_BEFORE_RE = re.compile(r"\b(?:same|previous|preceding|final|opening)[ \u00a0]$")


#: Adjectives that can follow a whole's number with its noun left out: "out of 75 available".
_POSTPOSITIVE_WHOLE_WORDS = frozenset("available eligible possible contested remaining".split())


def _fill_opening_of_money(report: Report, rows: list[dict]) -> None:
    """'Of the $2.4bn sought for Afghanistan, donors had provided just $410m': the amount
    after the clause that "Of the" opens is part of the one it names, as "Of the 24
    attacks, 14 ..." is for counts (aid funding copy, session 10)."""
    text, sentences = report.text, report.sentences
    for k, r in enumerate(rows):
        if r["kind"] != "money" or r["part_of"] is not None or k == 0:
            continue
        s_start = sentences[r["sentence"]].start if sentences else 0
        for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1):
            w = rows[j]
            if w["sentence"] != r["sentence"]:
                break
            if w["kind"] != "money" or w["unit"] != r["unit"]:
                continue
            lead = text[max(s_start, w["start"] - 16) : w["start"]]
            if (
                _OF_THE_LEAD_RE.search(lead)
                and _opens_clause(text, w["start"], s_start)
                and "," in text[w["end"] : r["start"]]
                and (w["value"] or 0) > (r["value"] or 0)
            ):
                r["part_of"] = j
            break
        if (
            r["part_of"] is None
            and r["sentence"]
            and text.startswith("Of th", s_start)
            and _OF_THAT_OPENING_RE.match(text, s_start)
        ):
            # "The campaign will cost about $2.3 million. Of that, Gavi said it would provide
            # $1.5 million": the amount the sentence before gave, of which this is a part
            # (health and aid copy, ds2-general)
            r["part_of"] = next(
                (
                    j
                    for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1)
                    if rows[j]["sentence"] == r["sentence"] - 1
                    and rows[j]["kind"] == "money"
                    and rows[j]["unit"] == r["unit"]
                    and (rows[j]["value"] or 0) > (r["value"] or 0)
                ),
                None,
            )


#: A sentence opening on the amount before: "Of that, ", "Of this sum, ".
_OF_THAT_OPENING_RE = re.compile(
    r"Of[ \u00a0]th(?:at|is)(?:[ \u00a0](?:amount|sum|total|figure|money))?,[ \u00a0]"
)


def _fill_restated_part(text: str, rows: list[dict]) -> None:
    """ "Some 12,000 people, or 40% of the 30,000 residents": the count its share restates
    is a part of the share's whole too."""
    for k in range(len(rows) - 1):
        r, w = rows[k], rows[k + 1]
        if (
            r["part_of"] is None
            and r["kind"] == "count"
            and w["kind"] == "percent"
            and w["part_of"] is not None
            and w["part_of"] > k + 1
            and rows[w["part_of"]]["kind"] == "count"
            and (rows[w["part_of"]]["value"] or 0) > (r["value"] or 0)
            and _COUNT_OR_SHARE_RE.fullmatch(text, r["end"], w["start"])
        ):
            r["part_of"] = w["part_of"]


_COUNT_OR_SHARE_RE = re.compile(r"(?:[ \u00a0]+[a-z]+){0,3},?[ \u00a0]+or[ \u00a0]+")
#: A share of a plural noun, then "or" and the count it comes to: "12% of the migrants, or ".
_SHARE_OF_OR_RE = re.compile(
    r"[ \u00a0]of[ \u00a0](?:the|its|their|all|these|those)?[ \u00a0]?(?:[A-Za-z-]+[ \u00a0]){0,2}"
    r"(?P<n>[a-z]{3,}s),[ \u00a0]or[ \u00a0]+"
)
#: Nothing named after that count: "or 3,400, were", "or about 900 a day".
_BARE_COUNT_END_RE = re.compile(
    r"[,.;)]|[ \u00a0](?:a|an|per|each|every)[ \u00a0](?:day|week|month|year|night)\b"
)


#: "the number of Syrians and Afghans rose to almost 44,000 and 27,000, respectively": the
#: nouns a "respectively" list counts one by one, coordinated after "number of".
_NUMBER_OF_NOUNS_RE = re.compile(
    r"\b(?:[Nn]umbers?|[Tt]otals?|[Cc]ounts?)[ \u00a0]of[ \u00a0](?P<a>[A-Za-z][\w\-]+)"
    r"(?:,[ \u00a0](?P<b>[A-Za-z][\w\-]+))?,?[ \u00a0]and[ \u00a0](?P<c>[A-Za-z][\w\-]+)\b"
)
_LIST_JOIN_RE = re.compile(r",?[ \u00a0](?:and[ \u00a0])?")
_RESPECTIVELY_AFTER_RE = re.compile(r",?[ \u00a0]respectively\b")


def _fill_respective_heads(text: str, rows: list[dict]) -> None:
    """ "The number of Syrians and Afghans rose to almost 44,000 and 27,000, respectively":
    each count of a "respectively" list counts the noun in its place, not the first one
    for all (Eurostat and statistics-office copy, session 18)."""
    k = 0
    while k < len(rows):
        r = rows[k]
        m = None
        if r["kind"] == "count":
            # the last one before the count
            m = max(
                _NUMBER_OF_NOUNS_RE.finditer(text, max(0, r["start"] - 160), r["start"]),
                key=lambda x: x.start(),
                default=None,
            )
        if m is None or ". " in text[m.end() : r["start"]] or ";" in text[m.end() : r["start"]]:
            k += 1
            continue
        nouns = [w for w in (m.group("a"), m.group("b"), m.group("c")) if w]
        run = [r]
        while (
            len(run) < len(nouns)
            and k + len(run) < len(rows)
            and rows[k + len(run)]["kind"] == "count"
            and rows[k + len(run)]["sentence"] == r["sentence"]
            and _LIST_JOIN_RE.fullmatch(text, run[-1]["end"], rows[k + len(run)]["start"])
        ):
            run.append(rows[k + len(run)])
        if (
            len(run) == len(nouns)
            and _RESPECTIVELY_AFTER_RE.match(text, run[-1]["end"])
            and all(_is_plural_noun(w) or _is_people_name(w) for w in nouns)
            # (the first or last noun given to all: "Sudanese and Somalis" for each)
            and all(x["head"] in (None, *(w.lower() for w in nouns)) for x in run)
        ):
            for x, w in zip(run, nouns, strict=True):
                x["head"], x["counted"] = w.lower(), w
        k += len(run)


def _fill_share_restated_counts(text: str, rows: list[dict]) -> None:
    """ "About 12% of the migrants, or 3,400, were children", "cut 5% of flights, or about 900
    a day": the count a share comes to, with its noun left out, counts the share's noun
    (wire and business copy, session 17: it fell back to people, or to nothing)."""
    for k in range(1, len(rows)):
        r, w = rows[k], rows[k - 1]
        if (
            r["kind"] == "count"
            and w["kind"] == "percent"
            and r["sentence"] == w["sentence"]
            and (m := _SHARE_OF_OR_RE.fullmatch(text, w["end"], r["start"]))
            and _is_plural_noun(m.group("n"))
            and m.group("n") not in _CLAUSE_WORDS
            and _BARE_COUNT_END_RE.match(text, r["end"])
        ):
            r["head"] = m.group("n")
            r["counted"] = w["counted"] if w["head"] == m.group("n") else m.group("n")
    for k in range(len(rows) - 1):
        r, w = rows[k], rows[k + 1]
        if (
            r["kind"] == "count"
            and w["kind"] == "percent"
            and r["sentence"] == w["sentence"]
            and r["head"] in (None, "people")
            and w["head"]
            and _is_plural_noun(w["head"])
            and text.startswith((", or ", " or "), r["end"])
            and r["end"] + 6 >= w["start"]
            and text.startswith((" of ", "\u00a0of "), w["end"])
        ):
            # "Syrians ..., lodging 14,000 or 18% of all applications": the count the share
            # restates counts the share's noun (the EUAA's monthly asylum trends as news
            # sites carry them, session 20: it fell back to people)
            r["head"], r["counted"] = w["head"], w["counted"]


def _fill_restated_money_share(text: str, rows: list[dict]) -> None:
    """ "The plan requests US$908 million ... donors had contributed $36.5 million, or 4 per
    cent of requirements": a share restating an amount is a share of the earlier amount it
    is the ratio of (36.5 of 908 is 4%), in its sentence or the two before (OCHA funding
    paragraphs, devset2 agency)."""
    for k in range(1, len(rows)):
        r, m = rows[k], rows[k - 1]
        if (
            r["kind"] != "percent"
            or r["part_of"] is not None
            or m["kind"] != "money"
            or m["sentence"] != r["sentence"]
            or not m["value"]
            or not r["value"]
            or not _COUNT_OR_SHARE_RE.fullmatch(text, m["end"], r["start"])
        ):
            continue
        p = r["value"]
        for j in range(k - 2, max(-1, k - 2 - _LOOKBACK), -1):
            w = rows[j]
            if w["sentence"] < r["sentence"] - 2 or w["paragraph"] != r["paragraph"]:
                break
            if (
                w["kind"] == "money"
                and w["unit"] == m["unit"]
                and (w["value"] or 0) > m["value"]
                and abs(100 * m["value"] / w["value"] - p) <= max(1.0, 0.05 * p)
            ):
                r["part_of"] = j
                break


# (or a comma: "9,429 damaged houses, 351 totally and 9,078 partially", NDRRMC copy,
# ds2-disaster; the exact sum is the signal)
_SUM_OPENERS = ("(", ":", "\u2013", "\u2014", " - ", ",")
_SUMMED_WHOLE_BOUNDS = frozenset(("exact", "approximate", "lower", "upper"))
_SUM_JOIN_RE = re.compile(r"[a-z \u00a0]{0,24}?(?:,|;|[ \u00a0]and|[ \u00a0]&)[ \u00a0]{1,2}$")


def _fill_summed_parts(text: str, rows: list[dict]) -> None:
    """A breakdown that adds up to the count just before it: "2,415 civilian casualties (803
    killed and 1,612 injured)", "412 casualties: 97 killed and 315 injured", "9,730
    casualties – 3,204 killed and 6,526 injured –", "42 pupils (25 girls and 17 boys)".
    Two to six exact counts right after an opening mark, joined by "and" or commas, whose sum
    is the whole exactly."""
    n = len(rows)
    for k in range(n - 2):
        w = rows[k]
        # ("Some 40 people drowned, 30 men and 10 women", "at least 40 died, ...": parts
        # that add up to the stated figure break it down whatever its hedge; IOM Yemen
        # copy, session 14)
        if w["kind"] != "count" or w["bound"] not in _SUMMED_WHOLE_BOUNDS or not w["value"]:
            continue
        first = rows[k + 1]
        gap = text[w["end"] : first["start"]]
        if (
            first["sentence"] != w["sentence"]
            # (a breakdown by sex or age may follow a clause: "At least 58 migrants drowned
            # when the skiff overturned, 41 men and 17 women", session 14)
            or len(gap) > (80 if first["head"] in _PEOPLE_LIST_HEADS else 40)
            or not any(o in gap for o in _SUM_OPENERS)
            or ")" in gap
        ):
            continue
        parts = [k + 1]
        total = first["value"] or 0
        j = k + 1
        while total < w["value"] and j + 1 < n and len(parts) < 6:
            nxt = rows[j + 1]
            if nxt["sentence"] != w["sentence"] or nxt["kind"] != "count":
                break
            if not _SUM_JOIN_RE.search(text, rows[j]["end"], nxt["start"]):
                break
            j += 1
            parts.append(j)
            total += nxt["value"] or 0
        if len(parts) < 2 or total != w["value"]:
            continue
        if any(rows[p]["kind"] != "count" or rows[p]["bound"] != "exact" for p in parts):
            continue
        for p in parts:
            if rows[p]["part_of"] is None:
                rows[p]["part_of"] = k


def _opens_clause(text: str, fig_start: int, s_start: int) -> bool:
    """Is the "of" before this figure at the head of a clause ("Of the 24 attacks, 14 ...",
    "alleging of 24 attacks ..., 14"), not a noun's complement ("a survey of 1,250 households")?"""
    of_at = text.rfind("of", max(s_start, fig_start - 16), fig_start)
    if of_at < 0:
        of_at = text.rfind("Of", max(s_start, fig_start - 16), fig_start)
    if of_at > 0 and text[max(s_start, of_at - 10) : of_at].rstrip().endswith(" total"):
        # "Of the total of 8,605 casualties ..., 2,089": the "of" before "the total"
        lead = max(s_start, of_at - 16)
        of_at = max(text.rfind("of", lead, of_at - 6), text.rfind("Of", lead, of_at - 6))
    if of_at < 0:
        # "So far this year, a total of 1,965 migrants were ..., while 34 died": "a total
        # of" names the count, no "of" opening a clause (IOM's weekly Libya figures as
        # Libyan sites carry them, session 20)
        return False
    before = text[max(s_start, of_at - 30) : of_at].rstrip()
    if before[-3:].lower() == "out" and (len(before) == 3 or not before[-4].isalnum()):
        # "Out of 4,015 requests sent ..., only 22": "out of" opens the clause as "of" does
        before = before[:-3].rstrip()
        if before.lower().endswith(("as regards", "furthermore", "however", "and", "but")):
            return True
    if not before or before[-1] in ',;:—–("“':
        return True
    word = re.search(r"([A-Za-z]+)$", before)
    return bool(word) and (
        word.group(1).lower().endswith(("ing", "ed"))
        or word.group(1).lower() in ("said", "says", "that")
    )


def _people_whole(rows: list[dict], k: int, near: int) -> int:
    """The count of people before figure ``near`` in ``near``'s sentence (no smaller than a
    count ``k``), for "of whom" after a count of places or things; else ``near`` ("312
    people in five operations. ... 40% of those on board": the sentence before, ds2-western)."""
    s, part = rows[near]["sentence"], rows[k]["value"] if rows[k]["kind"] == "count" else None
    for j in range(near - 1, max(-1, near - 1 - _LOOKBACK), -1):
        if rows[j]["sentence"] != s:
            break
        if (
            rows[j]["kind"] == "count"
            and rows[j]["head"] in _PEOPLE_NOUNS
            and (part is None or (rows[j]["value"] or 0) >= part)
        ):
            return j
    return near


def _opening_of_the(text: str, rows: list[dict], k: int, s_start: int) -> int | None:
    """'Of the 24 attacks on health care ..., 14 took place in North Darfur': 14 is part of 24."""
    s = rows[k]["sentence"]
    for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1):
        if rows[j]["sentence"] != s:
            break
        lead = text[max(s_start, rows[j]["start"] - 16) : rows[j]["start"]]
        if rows[j]["kind"] == "count" and (
            (_OF_THE_LEAD_RE.search(lead) and _opens_clause(text, rows[j]["start"], s_start))
            or ("mong" in lead and _among_opens_clause(text, rows[j]["start"], s_start))
        ):
            between = text[rows[j]["end"] : rows[k]["start"]]
            if rows[j]["part_of"] is not None and (
                _VERB_AFTER_ITEM_RE.match(text, rows[j]["end"])
                or (
                    rows[j]["head"] in _PEOPLE_LIST_HEADS
                    and (nw := _WORD_AFTER_RE.match(text, rows[k]["end"])) is not None
                    and nw.group(1) in _PEOPLE_LIST_HEADS
                    and nw.group(1) != rows[j]["head"]
                )
            ):
                # "Of these 512 were men, 301 were women": the first item of a breakdown
                # of the whole named before, not the whole of the items after it; nor is
                # "512 men" the whole of "301 women" (Radio Pakistan copy, session 9)
                return rows[j]["part_of"]
            if (
                "," in between
                and rows[j]["value"] >= rows[k]["value"]
                # "Of the 2,400 visitors surveyed, 600 came from 14 countries": a count
                # after a preposition is no subject of the clause, so no part (session 8)
                and not _PREP_BEFORE_PART_RE.search(between[-12:])
                # "Of the 289, 121 are children ..., UNHCR said, adding that three people had
                # died": a reported clause of its own (Jakarta Post copy, devset2 asiapac)
                and not ("that" in between and _THAT_CLAUSE_GAP_RE.search(between))
            ):
                return j
    return None


#: "Of those recognized, ", "Among those who crossed, ": people named by a clause open the
#: sentence, then the count of some of them.
_OF_THOSE_OPENING_RE = re.compile(
    r"[ \u00a0\n]*(?:Of|Among|Out[ \u00a0]of)[ \u00a0]those[ \u00a0](?:who[ \u00a0]|that[ \u00a0])?"
    r"[a-z][^,;:\d\n]{0,60},[ \u00a0]*"
)
#: "Of those deported, ": the participle's stem, to find the count its verb tells.
_OF_THOSE_PARTICIPLE_RE = re.compile(
    r"[ \u00a0\n]*(?:Of|Among|Out[ \u00a0]of)[ \u00a0]those[ \u00a0](?P<stem>[a-z]{3,})ed,"
)
#: The old value of a comparison ("down from 303", "more than 40"): never the people meant.
_OLD_VALUE_BEFORE_RE = re.compile(r"\b(?:from|than)[ \u00a0]$")


def _participle_whole(text: str, rows: list[dict], k: int, stem: str, s_start: int) -> int | None:
    """'The DGM deported 11,482 Haitians ... Agents detained 14,206 foreigners ... Of those
    deported, 8,915 were men': the count that the participle's own verb tells ("deported
    11,482", "3,100 were deported", "intercepted 14,962 migrants at sea and returned them"),
    up to three sentences back and before this sentence (``s_start``), no smaller than the
    part; before the latest count of people (Dominican and wire copy, ds2-caribbean)."""
    verb = re.compile(r"\b" + re.escape(stem) + r"(?:ed|d|ing|s|es)?\b")
    s, part = rows[k]["sentence"], rows[k]["value"] or 0
    for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1):
        if rows[j]["sentence"] < s - 3:
            break
        if (
            rows[j]["sentence"] < s
            and rows[j]["kind"] == "count"
            and (rows[j]["value"] or 0) >= part
            and (
                verb.search(text, max(0, rows[j]["start"] - 24), rows[j]["start"])
                or verb.search(text, rows[j]["end"], min(rows[j]["end"] + 40, s_start))
            )
        ):
            return j
    return None


def _of_those_whole(text: str, rows: list[dict], k: int, s_start: int) -> int | None:
    """'Japan granted refugee status to 214 people ... Of those recognized, 97 were from
    Afghanistan': the latest count of people in the sentence before (not the old value of a
    comparison, and no smaller than the part) is what "those" are."""
    if not _OF_THOSE_OPENING_RE.fullmatch(text, s_start, rows[k]["start"]):
        return None
    s, part = rows[k]["sentence"], rows[k]["value"] or 0
    if (named := _OF_THOSE_PARTICIPLE_RE.match(text, s_start)) is not None and (
        told := _participle_whole(text, rows, k, named.group("stem"), s_start)
    ) is not None:
        return told
    for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1):
        if rows[j]["sentence"] < s - 1:
            return None
        if (
            rows[j]["sentence"] == s - 1
            and rows[j]["kind"] == "count"
            and rows[j]["head"] in _PEOPLE_NOUNS
            and (rows[j]["value"] or 0) >= part
            and not _OLD_VALUE_BEFORE_RE.search(
                text, max(0, rows[j]["start"] - 8), rows[j]["start"]
            )
        ):
            return j
    return None


#: A people, then its number after "with": "Haitians, with 2,310", "Cubans were the largest
#: group, with 1,870" (nationality breakdowns).
_PEOPLE_WITH_BEFORE_RE = re.compile(
    r"\b(?P<p>[A-Z][a-z]+)(?:[ \u00a0](?:were|was|are|made[ \u00a0]up|formed)[ \u00a0](?:the|a)"
    r"(?:[ \u00a0][a-z\-]+){0,2}[ \u00a0](?:group|nationality|contingent|share|number))?,?"
    # ("Afghans were the largest group, at 4,320", a Q&A explainer, session 11)
    r"[ \u00a0](?:with|at)[ \u00a0]$"
)
#: A plural subject moving "at a pace of" a number: "flights were leaving at a rate of".
_AT_A_PACE_BEFORE_RE = re.compile(
    r"\b(?P<np>(?:[a-z\-]+[ \u00a0])?(?P<n>[a-z]+s))[ \u00a0](?:were|are|have[ \u00a0]been)"
    r"[ \u00a0][a-z]+ing(?:[ \u00a0][A-Za-z.\-]+){0,3}?[ \u00a0]at[ \u00a0]a[ \u00a0]"
    r"(?:[a-z]+[ \u00a0])?(?:pace|rate)[ \u00a0]of[ \u00a0]$"
)


def _share_of_whole_before(rows: list[dict], j: int, pct: float | None) -> int | None:
    """The latest count before row ``j`` (in its sentence or the one before) of which
    ``j``'s count is ``pct`` per cent, within a point or 5% of it; else None."""
    part = rows[j]["value"]
    if not part or not pct:
        return None
    for w in range(j - 1, max(-1, j - 1 - _LOOKBACK), -1):
        if rows[w]["sentence"] < rows[j]["sentence"] - 1:
            return None
        whole = rows[w]["value"]
        if rows[w]["kind"] == "count" and whole and whole > part:
            if abs(100 * part / whole - pct) <= max(1.0, 0.05 * pct):
                return w
    return None


#: The words between two parts of a total, the second joined by "and": " people crossed at
#: Islam Qala in Herat province and " (no "or", no bracket, no "including" or "of whom").
_SECOND_PART_GAP_RE = re.compile(
    r"(?![^.;:()]*\b(?:or|includ\w*|of whom|of them|among)\b)[^.;:()]{0,80}[ \u00a0]and[ \u00a0]"
)
#: "Of the total, ", "Of that total, ": the count just given, then some of it.
_OF_TOTAL_OPENING_RE = re.compile(
    r"[ \u00a0\n]*(?:Of|Out[ \u00a0]of)[ \u00a0](?:the|that|this)[ \u00a0]total,[ \u00a0]*"
)


def _of_the_total_whole(text: str, rows: list[dict], k: int, s_start: int) -> int | None:
    """'Guatemala received 43,918 deported migrants ... Of the total, 31,206 arrived on 254
    flights and 12,712 ...': the latest count in the sentence before, no smaller than the
    part, is the total (Central American copy, devset2 americas)."""
    if not _OF_TOTAL_OPENING_RE.fullmatch(text, s_start, rows[k]["start"]):
        return None
    j = _count_in_sentence_before(
        rows,
        k,
        lambda j: (
            not _OLD_VALUE_BEFORE_RE.search(text, max(0, rows[j]["start"] - 8), rows[j]["start"])
        ),
    )
    return None if j is None or _parts_exceed(text, rows, k, j) else j


def _parts_exceed(text: str, rows: list[dict], k: int, j: int) -> bool:
    """'... 1,842 families comprising 9,604 people ..., while 21,570 individuals ... Of the
    total, 18,215 people crossed at Islam Qala and 12,959 at Milak': two parts joined by
    "and" that add up to more than count ``j`` are parts of a total given earlier, not of it
    (Afghan outlets' daily returns, ds2-iran)."""
    nxt = rows[k + 1] if k + 1 < len(rows) else None
    return bool(
        nxt is not None
        and nxt["sentence"] == rows[k]["sentence"]
        and nxt["kind"] == rows[k]["kind"] == rows[j]["kind"] == "count"
        and _SECOND_PART_GAP_RE.fullmatch(text, rows[k]["end"], nxt["start"])
        and (rows[k]["value"] or 0) + (nxt["value"] or 0) > (rows[j]["value"] or 0) * 1.01
    )


def _count_in_sentence_before(rows: list[dict], k: int, ok) -> int | None:
    """The latest count in the sentence before figure ``k``, no smaller than it, for which
    ``ok(j)`` holds: the whole an opener such as "Of the total," or "Of the decline," names."""
    s, part = rows[k]["sentence"], rows[k]["value"] or 0
    for j in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1):
        if rows[j]["sentence"] < s - 1:
            return None
        if (
            rows[j]["sentence"] == s - 1
            and rows[j]["kind"] == "count"
            and (rows[j]["value"] or 0) >= part
            and ok(j)
        ):
            return j
    return None


_CHANGE_WHOLE_NOUNS = frozenset(
    "decline fall drop decrease increase rise growth gain loss reduction".split()
)
_OF_CHANGE_OPENING_RE = re.compile(
    r"Of[ \u00a0](?:the|that|this)[ \u00a0](?:net[ \u00a0])?(?:decline|fall|drop|decrease"
    r"|increase|rise|growth|gain|loss|reduction),[ \u00a0]*(?:[a-z]+[ \u00a0]){0,2}?"
)
_CHANGE_BY_BEFORE_RE = re.compile(r"\b(?:by|of|down|up)[ \u00a0]$")


def _of_the_change_whole(text: str, rows: list[dict], k: int, s_start: int) -> int | None:
    """'The number ... fell by 178,300 to 2,641,000 ... Of the decline, about 96,000 were
    study permit holders': the amount of the change in the sentence before (after "by"),
    not the level it reached, is the whole (Statistics Canada copy, devset2 stats)."""
    if not _OF_CHANGE_OPENING_RE.fullmatch(text, s_start, rows[k]["start"]):
        return None
    return _count_in_sentence_before(
        rows,
        k,
        lambda j: (
            _CHANGE_BY_BEFORE_RE.search(text, max(0, rows[j]["start"] - 6), rows[j]["start"])
            is not None
        ),
    )


_VERB_AFTER_ITEM_RE = re.compile(r"[ \u00a0](?:were|are|was|is)[ \u00a0]")
_PREP_BEFORE_PART_RE = re.compile(
    r"\b(?:from|in|into|across|to|at|by|with|over|on|for|between|of)[ \u00a0]"
    r"(?:the[ \u00a0])?$"
)


# What stands between a count and the percentage that restates it: "; " inside a
# parenthesis, an opening parenthesis after the count's own words ("10,530 individuals in
# August (1.1%)"), ", or " (or a bare " or ": "rose $2.6 billion or 1.4 percent"); a sign may
# open the percentage (Eurostat and NGO tables).
_RESTATED_SHARE_RE = re.compile(
    r"(?:[ \u00a0]*;|[ \u00a0]?(?:[A-Za-z][A-Za-z ]{0,40}[ \u00a0])?\(|,?[ \u00a0]or)[ \u00a0]*[+\-\u2212]?$"
)


def _restates_count(text: str, prev: dict, r: dict) -> bool:
    """Is the percentage ``r`` the count ``prev`` before it restated as a share: after a
    semicolon, a bracket or ", or" (_RESTATED_SHARE_RE), or beside it in one pair of
    brackets, "(160 500, 15%)"?"""
    return bool(_RESTATED_SHARE_RE.match(text, prev["end"], r["start"])) or (
        prev["start"] > 0
        and text[prev["start"] - 1] == "("
        and text[prev["end"] : r["start"]] in (", ", ",\u00a0")
        and text[r["end"] : r["end"] + 1] == ")"
    )


def _ratio_whole(rows, prev_ids, r) -> int | None:
    """The count before it in the sentence that this percentage is the ratio of two counts
    of ("500 cases and 9 deaths (CFR 1.8%)": of the 500), else None."""
    counts = [j for j in prev_ids if rows[j]["kind"] == "count"][:8]
    p = r["value"]
    for a in counts:
        for b in counts:
            if a != b and rows[a]["value"] > rows[b]["value"] > 0:
                share = 100 * rows[b]["value"] / rows[a]["value"]
                if abs(share - p) <= max(1.0, 0.05 * p):
                    return a
    return None


def _share_of_few_impossible(whole: dict, r: dict) -> bool:
    """An exact share no part of a small whole can have: "in one of five states: California
    (18 percent ...)" (18% of 5 is 0.9; the share is of something else)."""
    w, p = whole["value"], r["value"]
    if (
        r["bound"] != "exact"
        or whole["bound"] != "exact"
        or w is None
        or p is None
        or not 1 < w <= 20
        or w != int(w)
    ):
        return False
    return min(abs(100 * k / w - p) for k in range(int(w) + 1)) > 1.0


def _share_whole(rows, k, prev_ids, r) -> int | None:
    """The whole a bare percentage is a share of: the count it is the ratio of, else the
    nearest count before it in the sentence ("of 1,250 households, 19 per cent said")."""
    counts = [j for j in prev_ids if rows[j]["kind"] == "count"][:8]
    ratio = _ratio_whole(rows, prev_ids, r)
    if ratio is not None:
        return ratio
    # A share right after another share of the same sentence has the same whole.
    if prev_ids and rows[prev_ids[0]]["kind"] == "percent":
        j = prev_ids[0]
        whole = rows[j]["part_of"]
        if not (
            whole is not None and rows[whole]["kind"] == "money" and _RATE_TEXT_RE.search(r["text"])
        ):
            r["head"] = rows[j]["head"]
            return whole
    if counts and not _share_of_few_impossible(rows[counts[0]], r):
        return counts[0]
    money = [j for j in prev_ids if rows[j]["kind"] == "money"]
    if money and not _RATE_TEXT_RE.search(r["text"]):
        # (a rate counts people or things: "earn about 1.3 million pesos a month, and seven
        # in ten have no written contract" is no share of the wage; ds2-americas2)
        return money[0]
    return None


#: "its share of the total", "their share of all arrivals": what a count before it makes up of
#: a larger whole, named between the count and the share.
_OWN_SHARE_BETWEEN_RE = re.compile(
    r"\b(?:its|their|the[ \u00a0]country's|the[ \u00a0]group's)[ \u00a0](?:share|proportion)"
    r"(?:[ \u00a0]of[ \u00a0](?P<np>(?:the[ \u00a0]|all[ \u00a0])?(?P<n>[a-z]+)))?"
)
#: A share written as a rate: "seven in ten", "one in every four", "1 in 5".
_RATE_TEXT_RE = re.compile(r"[ \u00a0]in[ \u00a0](?:every[ \u00a0])?[\w,]+$")


# Letters every change word of _UP_RE/_DOWN_RE/_*_AFTER_RE holds: a window without any
# of them cannot match, and most figures are not changes, so the long alternations
# (about 10 µs a figure) run only where one of these stands.
_CHANGE_HINTS = (
    "ris", "ros", "creas", "gr", "jump", "climb", "surg", "soar", "up", "rais", "hik",
    "spik", "high", "fell", "fall", "drop", "declin", "shr", "cut", "slash", "reduc",
    "down", "plung", "plummet", "lower", "slip", "dip", "less", "fewer", "small", "cheap",
    "more", "great", "larg", "big", "dear", "below", "above",
    "long", "short", "warm", "hott", "cool", "cold",
    "slump", "tumbl", "sank", "sink", "slid", "rall", "gain",
    "apprec", "strength", "deprec", "weak", "contract",
)  # fmt: skip


# Literals: the engine's fast path. Tested equal to the flat alternation of the hints.
_CHANGE_HINT_RE = re.compile(_by_first_letter(_CHANGE_HINTS))


# The words a match of _UP_RE / _DOWN_RE holds whole (the verb, or the noun of "an
# increase of", "a drop of"; "d?" in the patterns gives both forms, "lowere" too).
_UP_WORDS = frozenset(
    """rose risen rise rises rising increase increased increases increasing grew grown grow
    grows growing jump jumpe jumped jumps climb climbe climbed climbs surge surged surges soar soare
    soared soars up raise raised growth higher jumping climbing surging soaring
    rally rallies rallied rallying gain gains gained gaining hike
    appreciated appreciating strengthened strengthening""".split()
)
_DOWN_WORDS = frozenset(
    """fell fallen fall falls falling dropped drop drops decline declined declines decrease
    decreased decreases shrank shrunk cut slashe slashed reduce reduced down plunge plunged
    plummete plummeted lower lowere lowered slippe slipped dropping declining decreasing
    shrinking plunging plummeting slipping reduction dipped
    slump slumps slumped slumping tumble tumbles tumbled tumbling sank sinks sinking
    slid slides sliding depreciated depreciating weakened weakening dipped dipping
    shrink shrinks dip dips slide contract contracts contracted contracting""".split()
)
#: The first letters of _DOWN_RE's market verbs (slump, tumble, sank/sinks, slid; depreciated,
#: weakened, dipped).
_MARKET_ONLY_DOWN = frozenset(
    ("slum", "tumb", "sank", "sink", "slid", "depr", "weak", "dipp", "dip ", "dips", "cont")
)
_ASCII_LOWER_WORD_RE = re.compile(r"[a-z]+")
# A change verb then one of these, then "N times", states a multiplier ("rose by three
# times", "grew nearly four times"); a bare "rose three times" may count three rises.
_TIMES_CHANGE_ENDS = tuple(
    w + sp
    for w in ("by", "nearly", "almost", "about", "around", "roughly", "some", "over", "than")
    for sp in " \u00a0"
)


def _change_words_in(before: str) -> tuple[bool, bool]:
    """Could _UP_RE, _DOWN_RE match in ``before``? Each tries a long IGNORECASE
    alternation at every offset (6 us a window); its words are looked up in the window's
    words first. Exact only for ASCII, where IGNORECASE folds as ``str.lower`` does (it
    also folds "\u017f" to s and "\u0130"/"\u0131" to i), so any other window says
    "maybe". ``test_change_word_gate`` (tests/test_figures.py) checks it."""
    if not before.isascii():
        return True, True
    words = set(_ASCII_LOWER_WORD_RE.findall(before.lower()))
    return not words.isdisjoint(_UP_WORDS), not words.isdisjoint(_DOWN_WORDS)


# A verb of change whose "by" comes after its object or an adverbial: "increased its sales
# in the fourth quarter by twelve percent", "fell in the capital by about a third". At most
# seven words between, none a digit, a clause mark or a participle ("rose after being hit
# by", "fell, driven by": that "by" is another verb's).
_FAR_BY_RE = re.compile(
    r"\b(?:(?P<up>rose|raised|increased|grew|boosted|lifted|expanded|pushed[ \u00a0]up"
    # base forms after "will", "to" or "see X": "see Canada reduce the figure by 21%",
    # "will increase its defence budget by 9%"
    r"|raises?|increases?|boosts?|expands?|lifts?|hiked?|hikes"
    # "surpassed the 2023 figure by 2,310", "exceeded the target by 12%": above it by that
    r"|surpassed|surpassing|exceeded|exceeding|outstripped|topped"
    # a participle clause: "before increasing slightly by 17,439 in 2027" (Canadian
    # levels-plan copy, session 13)
    r"|increasing|raising|boosting|lifting|expanding|growing|rising)"
    r"|(?P<down>fell|cut|reduced|lowered|decreased|dropped|declined|slashed|trimmed|reduces?"
    r"|lowers?|cuts|cutting|reducing|lowering|decreasing|falling|dropping|declining|slashing"
    # "is (also) down year-on-year by nearly two-thirds" (not "shut down ... by 300 police")
    r"|(?<=is[ \u00a0])down|(?<=was[ \u00a0])down|(?<=are[ \u00a0])down|(?<=were[ \u00a0])down"
    r"|(?<=also[ \u00a0])down"
    r"|decreases?|slash|slashes|trims?))\b"
    r"[ \u00a0](?:(?![\w-]*ed\b|being\b|been\b|hit\b|led\b|by\b)(?:[^\s0-9.,;:!?]+|(?:19|20)\d\d)"
    # (up to nine words: "cut targets for the Provincial Nominee Program (PNP) admissions
    # by approximately 50%", same copy)
    r"[ \u00a0]){1,9}"
    r"by[ \u00a0]{1,2}"
    r"(?:(?:about|around|nearly|almost|over|more[ \u00a0]than|some|just|only|roughly"
    r"|approximately|an[ \u00a0]estimated|a[ \u00a0]further|another)[ \u00a0])?$",
    re.IGNORECASE,
)


# A share compared with another figure: "19% lower than", "74 per cent fewer returns than".
# "61% below the peak", "30% above last year's level" too, but not a share living "below
# the poverty line".
_COMPARED_DOWN_RE = re.compile(
    r"[ \u00a0]{1,2}(?:lower|less|fewer|smaller|cheaper|down(?=[ \u00a0](?:on|from)\b)"
    # a time or a measure against another, with "than" (housing and weather copy, session 6):
    # "201 days, 25 days longer than 176 days", "3 degrees cooler than"
    r"|shorter|cooler|colder"
    r"|below(?![ \u00a0]the[ \u00a0]poverty))\b",
    re.I,
)
_COMPARED_UP_RE = re.compile(
    r"[ \u00a0]{1,2}(?:higher|more|greater|larger|bigger|dearer|up(?=[ \u00a0](?:on|from)\b)"
    r"|longer|warmer|hotter"
    r"|above(?![ \u00a0]the[ \u00a0]poverty))\b",
    re.I,
)


# "up" or "down" right before an amount, with a softening word between at most; not the
# particle of a phrasal verb ("shut down 40% of capacity", "paid down $2bn", "set up").
_BARE_UPDOWN_BEFORE_RE = re.compile(
    r"\b(?P<d>up|down)[ \u00a0](?:(?:nearly|almost|about|around|some|over|more[ \u00a0]than|just"
    r"|only|roughly|slightly|another)[ \u00a0])?$",
    re.IGNORECASE,
)
_PARTICLE_VERB_BEFORE_RE = re.compile(
    r"\b(?:shut|shuts|cut|cuts|turned|turn|turns|broke|break|breaks|broken|set|sets|signed|sign"
    r"|picked|pick|made|make|makes|take|takes|took|added|add|adds|summed|sum|backed|stepped|step"
    r"|ended|end|brought|bring|counted|rounded|round|marked|mark|ramped|ramp|scaled|scale|wound"
    r"|wind|paid|pay|pays|knocked|knock|slowed|slow|wrote|write|written|drawn|drew|draw|beat"
    r"|beaten|voted|vote|gave|give|gives|put|puts|keep|kept|keeps|held|hold|holds|played|play"
    # the participles: "arrived, making up nearly a quarter of the 44,000" (session 7, UK
    # Channel copy), "investing VND20 trillion, making up 17.8 per cent of the target"
    # (Vietnamese agency copy, session 7)
    r"|making|taking|taken|adding|summing|shutting|cutting|turning|breaking|setting|signing"
    r"|picking|backing|stepping|ending|bringing|counting|rounding|marking|ramping|scaling"
    r"|winding|paying|knocking|slowing|writing|drawing|beating|voting|giving|putting|keeping"
    r"|holding|playing"
    # Indian IPO copy raises money by "mopping up": "aims to mop up Rs 500 crore"
    r"|mop|mops|mopped|mopping"
    # paying up (AFP Nepal and Gulf labour copy, session 7): "after stumping up 120,000
    # rupees", "coughed up $3,000", "paying up"
    r"|stump|stumps|stumped|stumping|cough|coughs|coughed|coughing|ponied|pony)"
    r"[ \u00a0](?:up|down)$",
    re.IGNORECASE,
)
#: A temperature compared without "than" ("10 degrees above normal", "4C warmer on Friday").
_TEMPERATURE_COMPARED = frozenset(
    ("above", "below", "warmer", "hotter", "cooler", "colder", "higher", "lower")
)
# What aircraft and drones drop: "dropped 14 bombs", "dropping four grenades" count the
# things let fall (the verb's object), not a decrease.
_DROPPED_OBJECTS = frozenset(
    """bombs shells leaflets grenades munitions explosives mines flares supplies parcels
    pallets packages paratroopers charges bomblets warheads payloads rockets missiles
    barrels""".split()
)
_DROPPED_BEFORE_RE = re.compile(
    r"\bdrop(?:ped|ping|s)?[ \u00a0](?:(?:about|around|nearly|some|over|more[ \u00a0]than"
    r"|at[ \u00a0]least|up[ \u00a0]to)[ \u00a0])?$",
    re.IGNORECASE,
)


def _far_by_direction(text: str, start: int) -> str | None:
    m = _FAR_BY_RE.search(text, max(0, start - 90), start)
    if m is None:
        return None
    return "up" if m.group("up") else "down"


def _fill_direction(text: str, rows: list[dict]) -> None:
    for k, r in enumerate(rows):
        s0 = r["start"]
        if (
            k
            and r["kind"] == "count"
            and rows[k - 1]["kind"] == "percent"
            and rows[k - 1]["direction"]
            and text[rows[k - 1]["end"] : s0] == " or "
            and text.startswith(" to ", r["end"])
        ):
            # "slipped 0.7% or 49.63 to 6,728": the same change in points (market copy,
            # session 13)
            r["direction"] = rows[k - 1]["direction"]
            continue
        if r["kind"] in ("count", "percent") and (
            (s0 and text[s0 - 1] == "+") or (text[s0] in "-\u2212\u2013" and r["value"] < 0)
        ):
            # a signed change in a table of changes: "Germany (+21,830; +1.9%)", "Italy
            # (-550, or -0.3%)": a change, so not a share of the figure before it
            r["direction"] = "up" if text[s0] not in "-\u2212\u2013" else "down"
            r["part_of"] = None
            if r["kind"] == "percent":
                r["head"] = r["counted"] = None
            continue
        arrow = text[max(0, s0 - 2) : s0].strip(" \u00a0")[-1:]
        if arrow and arrow in _UP_ARROWS + _DOWN_ARROWS:
            # "Gold \u25b2 $14", "Brent \u25bc 0.9%": a ticker's arrow (session 8)
            r["direction"] = "up" if arrow in _UP_ARROWS else "down"
            if r["kind"] == "percent":
                r["part_of"] = r["head"] = r["counted"] = None
            continue
        by_before = " by" in text[max(0, r["start"] - 22) : r["start"]]
        # (40 characters after: "a 7% year-over-year decline" puts the change noun 24 on)
        if not _CHANGE_HINT_RE.search(text[max(0, r["start"] - 40) : r["end"] + 40].lower()):
            if by_before:
                r["direction"] = _far_by_direction(text, r["start"])
        else:
            before = text[max(0, r["start"] - 40) : r["start"]]
            after = text[r["end"] : r["end"] + 40]
            up, down = _change_words_in(before)
            # "a six-day hike through the jungle", "a three-day fall": a duration written
            # as a modifier says how long, not by how much
            lasting = r["kind"] == "duration" and "-" in r["text"]
            um = _UP_RE.search(before) if up else None
            if (
                um
                and (
                    r["kind"] == "money"
                    # "they have raised almost half of their £250,000 target" (session 5)
                    or (
                        r["kind"] == "percent"
                        and r["part_of"] is not None
                        and rows[r["part_of"]]["kind"] == "money"
                    )
                )
                and um.group()[:4].lower() == "rais"
                and "by" not in um.group()
            ):
                um = None  # "hopes to raise $1.2 billion": money collected, not a rise
            if um or (not lasting and _UP_AFTER_RE.match(after)):
                r["direction"] = "up"
            elif (
                down
                and (dm := _DOWN_RE.search(before))
                and not (
                    # "the boat sank 40 nautical miles off", "slid 30 metres down", "sinking
                    # three vessels": the market verbs say a change only of a price or share
                    dm.group()[:4].lower() in _MARKET_ONLY_DOWN
                    and r["kind"] not in ("percent", "money")
                    and r["head"] != "points"
                )
            ) or (not lasting and _DOWN_AFTER_RE.match(after)):
                r["direction"] = "down"
            elif by_before:
                r["direction"] = _far_by_direction(text, r["start"])
            if (
                r["direction"] == "down"
                and r["kind"] == "count"
                and r["head"] in _DROPPED_OBJECTS
                and _DROPPED_BEFORE_RE.search(before)
            ):
                r["direction"] = None  # "jets dropped 14 bombs": let fall, not a fall of 14
            if (
                r["direction"] is None
                and r["kind"] in ("percent", "money")
                and (bm := _BARE_UPDOWN_BEFORE_RE.search(before))
                and not _PARTICLE_VERB_BEFORE_RE.search(before, 0, bm.end("d"))
            ):
                # "stood at levels down nearly 19% from a year ago", "a loaf, up 3p" (housing
                # and shopping copy, session 6): "up"/"down" right before the amount
                r["direction"] = bm.group("d").lower()
            if r["direction"] is None and r["kind"] == "percent":
                # "19% lower than in September", "12pc higher than a year ago", "16% up on
                # 2023": a change, so not a share of a figure named nearby
                if _COMPARED_DOWN_RE.match(after):
                    r["direction"], r["part_of"] = "down", None
                elif _COMPARED_UP_RE.match(after):
                    r["direction"], r["part_of"] = "up", None
            elif (
                r["direction"] is None
                and r["kind"] in ("count", "money", "duration", "measure")
                and (cm := _COMPARED_DOWN_RE.match(after) or _COMPARED_UP_RE.match(after))
                and (
                    after.startswith((" than", "\u00a0than"), cm.end())
                    # a temperature against a norm or a record: "10 degrees above normal",
                    # "0.3C above the old record" (weather copy, session 6; a height "30 m
                    # above the sea" is where, so only degrees)
                    or (
                        r["kind"] == "measure"
                        and (r["unit"] or "").startswith("degree")
                        and cm.group().strip().lower() in _TEMPERATURE_COMPARED
                    )
                )
            ):
                # "Net migration was 7,000 lower than the estimate", "$2m more than in 2022":
                # a difference (a money figure keeps its currency as its head)
                r["direction"] = "up" if cm.re is _COMPARED_UP_RE else "down"
        if (
            r["direction"]
            and r["kind"] == "percent"
            and r["part_of"] is not None
            and (
                _CHANGE_OF_BEFORE_RE.search(text, max(0, r["start"] - 30), r["start"])
                # "One drink a day raises the risk by 5%": "by" a percentage is the change
                or text.endswith((" by ", "\u00a0by "), 0, r["start"])
            )
        ):
            # "over 3,000 deaths, an increase of 168 per cent": the change, not a share of
            # the count before it
            r["part_of"] = None
        if (
            r["kind"] == "percent"
            and r["part_of"] is not None
            and (cn := _CHANGE_NOUN_OF_BEFORE_RE.search(text, max(0, s0 - 48), s0))
        ):
            # "a decrease of 58% or 8,530 cases", "an increase of 42 cases or 12%": the change
            # against an earlier level, not a share of the count before it
            r["part_of"] = None
            if r["direction"] is None:
                r["direction"] = "up" if cn.group("n").lower() in _UP_NOUNS else "down"
        if r["direction"] and r["kind"] == "percent" and r["part_of"] is None:
            r["head"] = r["counted"] = None
        if (
            r["direction"] is None
            and (
                r["kind"] in ("count", "percent")
                # "down 23.6% ($2.70 billion)": the fall restated in money (Yonhap, session 7)
                or (r["kind"] == "money" and rows[k - 1]["kind"] == "percent")
            )
            and k
            and rows[k - 1]["direction"]
            and rows[k - 1]["kind"] in ("count", "percent")
            and text[rows[k - 1]["end"] : s0] in _RESTATED_CHANGE_GAPS
        ):
            # "an increase of 77% (6,117 persons)", "decreased by 2,827 \u2013 less than 3%
            # \u2013", "down by almost half (47%)": the same change, restated
            r["direction"], r["part_of"] = rows[k - 1]["direction"], None
            if r["kind"] == "percent":
                r["head"] = r["counted"] = None
        elif (
            r["direction"] is None
            and r["kind"] == "percent"
            and k
            and rows[k - 1]["direction"]
            and (
                (
                    r["part_of"] is None
                    and rows[k - 1]["kind"] == "percent"
                    and _COORDINATED_CHANGE_GAP_RE.fullmatch(text, rows[k - 1]["end"], s0)
                )
                # "Revenue increased $1.1 billion or 13%", "fell by 1,200, or 4.5 percent",
                # "up 213,015 people, or 1.25 percent": the change restated as a percentage
                # (no share of the count before it)
                or _RESTATED_OR_GAP_RE.fullmatch(text, rows[k - 1]["end"], s0)
            )
            and not text.startswith((" of ", "\u00a0of "), r["end"])
        ):
            # "rose 14.2 percent and 21.8 percent year-on-year", "increased 9.8 percent and
            # 13 percent respectively", "up 35 percent y-o-y and 10 percent sequentially":
            # one verb's two changes (Xinhua and results copy, session 7)
            r["direction"] = rows[k - 1]["direction"]
            r["head"] = r["counted"] = r["part_of"] = None


_RESTATED_OR_GAP_RE = re.compile(r"(?:[ \u00a0][a-z]{3,20})?,?[ \u00a0]or[ \u00a0]")
#: Between two changes of one verb: "and", after the first one's base ("35 percent y-o-y and
#: 10 percent sequentially").
_COORDINATED_CHANGE_GAP_RE = re.compile(
    r"(?:[ \u00a0](?:year-on-year|year-over-year|y-o-y|yoy|y/y|month-on-month|"
    # unhyphenated, as financial dailies and wires write it: "declined 9% year on year and
    # 3.2% quarter on quarter" (results copy, devset2 markets)
    r"(?:year|quarter|month|week)[ \u00a0](?:on|over)[ \u00a0](?:year|quarter|month|week)|"
    r"quarter-on-quarter|annually|sequentially|on[ \u00a0]an?[ \u00a0](?:yearly|annual|monthly"
    r"|quarterly|weekly|daily)[ \u00a0]basis"
    # the period compared with, as statistics offices write it: "up 15 per cent on the
    # quarter and 85 per cent on the year", "from a year earlier" (Eurostat and ONS copy,
    # session 18)
    r"|(?:on|over)[ \u00a0](?:the|a)[ \u00a0](?:previous[ \u00a0]|last[ \u00a0])?"
    r"(?:year|quarter|month|week)|from[ \u00a0]a[ \u00a0](?:year|month|quarter)[ \u00a0]"
    r"(?:earlier|ago|before)))?,?[ \u00a0]and(?:[ \u00a0]by)?[ \u00a0]"
    # "up by 15 per cent compared with the first quarter of 2015 and by 85 per cent compared
    # with ...": a second "by" shares the verb, whatever period stands between (Eurostat copy)
    r"|[ \u00a0][^;:()\n]{1,80}?,?[ \u00a0]and[ \u00a0]by[ \u00a0]"
)
#: What stands between a change and its restatement: a bracket or a spaced dash.
_RESTATED_CHANGE_GAPS = frozenset(
    (" (", "\u00a0(", "(", " \u2013 ", " \u2014 ", "\u2014", "\u2013", " - ")
)
_CHANGE_OF_BEFORE_RE = re.compile(
    r"\b(?:an?[ \u00a0])?(?:increase|rise|jump|surge|drop|fall|decline|reduction|decrease|cut"
    r"|growth)[ \u00a0]of[ \u00a0](?:(?:about|around|nearly|almost|some|over|more[ \u00a0]than"
    r"|roughly)[ \u00a0])?$"
)
_UP_NOUNS = frozenset(("increase", "rise", "jump", "surge", "growth", "spike"))
_CHANGE_NOUN_OF_BEFORE_RE = re.compile(
    r"\b(?:a|an)[ \u00a0](?:[a-z]+[ \u00a0])?(?P<n>increase|decrease|rise|drop|fall|decline|jump"
    # "an increase of 12,751 people, or 2.2 percent": the comma before "or" (session 5)
    r"|surge|growth|spike|reduction)[ \u00a0]of[ \u00a0](?:[\d,.]+[ \u00a0][a-z]+,?[ \u00a0]or[ \u00a0])?$",
    re.IGNORECASE,
)


def _fill_category(report: Report, rows: list[dict]) -> None:
    """What happened to what is counted, from the words around the figure (data file
    ``categories.csv``): its counted noun and the verbs next to it first, then its clause."""
    rx, names, finder = _category_re()
    text = report.text
    blank = None  # the text lower-cased with its look-alikes blanked, made once when needed
    for r in rows:
        if r["kind"] in ("duration",):
            continue
        if r["kind"] == "money":
            r["category"] = "funding"  # an amount of money is a cost, a budget, an appeal or a fee
            continue
        if blank is None:
            blank = _blank_lookalikes(text)
        sent = report.sentences[r["sentence"]] if report.sentences else None
        lo = max(sent.start if sent else 0, r["start"] - 80)
        hi = min(sent.end if sent else len(text), r["end"] + 100)
        after = blank[r["end"] : min(hi, r["end"] + 70)]
        before = blank[max(lo, r["start"] - 50) : r["start"]]
        if "while" in after or ";" in after:
            # "1,965 were returned to Libya, while 34 died": the next clause is another
            # figure's (its deaths are not these returns)
            after = _OTHER_CLAUSE_RE.split(after, maxsplit=1)[0]
        if "while" in before or ";" in before:
            before = _OTHER_CLAUSE_RE.split(before)[-1]
        local = (
            (_blank_lookalikes(r["counted"]) if r["counted"] else "") + " " + after + " " + before
        )
        best = _first_category(rx, finder, local)
        if best is None:
            best = _first_category(rx, finder, blank[lo:hi])
        if best is not None:
            r["category"] = names[best]


#: Where a figure's clause ends and another figure's begins, for its category.
_OTHER_CLAUSE_RE = re.compile(r",?[ \u00a0]+(?:while|whereas)[ \u00a0]|;")


@functools.lru_cache(maxsize=1)
def _lookalike_re() -> re.Pattern:
    words = [w.lower() for w in _read_lines("not_category_words.txt")]
    return re.compile(
        rf"(?<![a-z])(?:{_by_first_letter(sorted(set(words), key=len, reverse=True))})(?![a-z])"
    )


def _blank_lookalikes(s: str) -> str:
    """``s`` lower-cased, with the names and longer words that only look like category
    keywords ("Red Cross", "deadline", "hostage": ``not_category_words.txt``) blanked out,
    so a keyword is never read inside them. Blanked to spaces of the same length."""
    low = s.lower()
    if len(low) != len(s):  # "İ" lower-cases to two characters: keep offsets those of ``s``
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in s)
    if _lookalike_re().search(low) is None:
        return low
    return _lookalike_re().sub(lambda m: " " * len(m.group()), low)


def _first_category(rx: re.Pattern, finder: re.Pattern, s: str) -> int | None:
    """Index of the highest-priority category with a keyword in ``s``: the least
    ``lastgroup`` of ``rx.finditer(s.lower())``.

    Why not that finditer: at every word start ``rx`` tries twelve named groups of about
    ten keywords each, and a group gives the engine's branch no first letter to skip on
    (8 us a window). The match starts are found with ``finder`` instead, the same keywords
    grouped by first letter (3 us a window), and ``rx`` is matched only there for its
    group and its end, from which the next search resumes as finditer does.
    ``test_category_finder_equals_finditer`` (tests/test_figures.py) checks it.
    """
    low = s.lower()
    find = finder.search
    best = None
    pos = 0
    while (found := find(low, pos)) is not None:
        m = rx.match(low, found.start())
        i = int(m.lastgroup[1:])
        if best is None or i < best:
            best = i
            if i == 0:
                break
        pos = m.end()
    return best


@functools.lru_cache(maxsize=1)
def _category_re() -> tuple[re.Pattern, list[str], re.Pattern]:
    """The category pattern, the category names, and the pattern's start finder
    (:func:`_category_patterns`) for ``categories.csv``."""
    cats = _read_csv("categories.csv")
    rx, finder = _category_patterns([row["keywords"] for row in cats])
    return rx, [row["category"] for row in cats], finder


def _category_patterns(keyword_rows: list[str]) -> tuple[re.Pattern, re.Pattern]:
    """A pattern with one group ``c<i>`` per row of keywords, and a pattern that matches
    where it does but without groups, as ``k(?:illed|ill)|d(?:ied|ead)|...``: at each word
    start the engine then tests one letter per first letter rather than every keyword.

    Only keywords of plain letters, spaces, ``?`` and ``\\b`` are split by first letter
    (that letter may not carry a ``?``); rows with any other keyword get the grouped
    pattern itself as the finder."""
    # Lower-cased text against lower-case keywords: IGNORECASE would defeat the regex
    # engine's first-character prefilter on this long alternation.
    parts = [rf"(?P<c{i}>(?:{kws.lower()}))" for i, kws in enumerate(keyword_rows)]
    rx = re.compile(r"(?<![a-z])(?:" + "|".join(parts) + ")")
    keywords = [kw for kws in keyword_rows for kw in kws.lower().split("|")]
    if not all(re.fullmatch(r"[a-z](?!\?)(?:[a-z ]|\\b|(?<=[a-z ])\?)*", kw) for kw in keywords):
        return rx, rx
    by_first: dict[str, list[str]] = {}
    for kw in keywords:
        by_first.setdefault(kw[0], []).append(kw[1:])
    branches = "|".join(f"{c}(?:{'|'.join(rests)})" for c, rests in by_first.items())
    return rx, re.compile(r"(?<![a-z])(?:" + branches + ")")


def _entities(report: Report) -> list:
    """People, organisations and places, found once per report (see :mod:`analysis.entities`).

    Not wrapped in a catch-all: both this and the time references are total on any string
    (``tests/test_properties.py`` and the modules' own hypothesis tests check that), so an
    exception here is a bug to see, not a figure table with its names silently missing.
    """
    from .entities import find_entities

    return list(find_entities(report))


#: Places and times further than this from a figure (in characters) are not its own.
_NEAR = 400


#: Between a figure and a place it is "in": "2 in Sindh", "1 each in Balochistan", "300
#: people from the Kurram district of" (a few lower-case words, then the preposition).
_PLACE_PREP_RE = re.compile(
    r"(?:[ \u00a0]+[a-z][a-z'’-]*){0,3}?[ \u00a0]+(?:in|at|from|across|inside|within)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?"
    # "13,626 in the province of Quebec", "in the state of Chiapas"
    r"(?:(?:province|state|region|city|district|county|island|governorate|municipality)"
    r"[ \u00a0]+of[ \u00a0]+)?"
)


def _fill_place_and_time(report: Report, rows: list[dict], entities: list) -> None:
    """Place named in the figure's sentence, and the time reference nearest to it."""
    from .timeref import find_time_refs

    text = report.text
    places = [e for e in entities if e.label == "place"]
    refs = find_time_refs(text, report.date)
    place_starts = [p.start for p in places]
    ref_starts = [t.start for t in refs]
    fig_ends = {r["end"] for r in rows}  # a figure, a space, then a time: the time is its own
    for k, r in enumerate(rows):
        sent = report.sentences[r["sentence"]] if report.sentences else None
        s0, s1 = (sent.start, sent.end) if sent else (0, len(text))
        s0, s1 = max(s0, r["start"] - _NEAR), min(s1, r["end"] + _NEAR)
        lo_i, hi_i = bisect_right(place_starts, s0 - 1), bisect_right(place_starts, s1 - 1)
        cands = [p for p in places[lo_i:hi_i] if not (r["start"] <= p.start < r["end"])]
        if cands:
            # "3 in KP, 2 in Sindh": a place the figure's own "in"/"at"/"from" introduces
            # comes first; otherwise the nearest one
            best = (
                next(
                    (
                        p
                        for p in cands
                        if r["end"] <= p.start <= r["end"] + 40
                        and _PLACE_PREP_RE.fullmatch(text, r["end"], p.start)
                    ),
                    None,
                )
                # "Haiti (27%), Turkey (15%)": the place the bracket follows
                or next(
                    (
                        p
                        for p in cands
                        if r["start"] - 3 <= p.end < r["start"]
                        and text[p.end : r["start"]] in ("(", " (", "\u00a0(")
                    ),
                    None,
                )
                or min(cands, key=lambda p: abs(p.start - r["start"]))
            )
            r["place"] = best.text
        lo_i, hi_i = bisect_right(ref_starts, s0 - 1), bisect_right(ref_starts, s1 - 1)
        tcands = [
            t
            for t in refs[lo_i:hi_i]
            if (t.end <= r["start"] or t.start >= r["end"])
            and t.granularity != "time"
            # "Nearly 1 in 4 ..., up from one in five a decade ago", "21.4%, versus 22.9% a
            # year ago": a time glued to a later figure that is a base of comparison is
            # that figure's ("soared 23% to 469,788 last year": both figures')
            and not (
                t.start > r["end"]
                and t.start - 1 in fig_ends
                and t.start - 1 > r["end"]
                and _BASE_BEFORE_RE.search(text, r["end"], t.start)
            )
        ]
        if tcands:
            # A reference later in the figure's own clause ("... by January 2024") is its
            # time; otherwise the nearest one.
            # (a clause also ends at "but", "while", "whereas": "From January to June only
            # 33,000 crossed but in July alone a further 29,000": July is the second's)
            ce = _WHEN_CLAUSE_END_RE.search(text, r["end"], s1)
            clause_end = ce.start() if ce else s1
            if (
                k + 1 < len(rows)
                and r["end"] <= rows[k + 1]["start"] < clause_end
                and _NEXT_PREDICATE_RE.search(text, r["end"], rows[k + 1]["start"])
            ):
                # the next figure opens the next predicate, or is a base with its own time:
                # "1.52C above the pre-industrial average and 0.68C above the 1991-2020
                # mean", "up 2% from 71,680 at the end of December" (not "half of the $3bn
                # ... needed this year": one phrase)
                clause_end = rows[k + 1]["start"]
            after = [t for t in tcands if r["end"] <= t.start < clause_end]
            if (
                not after
                and tcands[0].end <= r["start"]
                and tcands[-1].start >= clause_end
                # the later time opens a clause of its own ("in 1951, it dropped"); one that
                # closes the sentence is the figure's ("cutting 1,100 jobs, or 6% of its
                # workforce, last year.": session 8, at the merge)
                and all(text[t.end : t.end + 1] == "," for t in tcands if t.start >= clause_end)
            ):
                # "In 1941, the share was 29.48%, in 1951, it dropped to 19.46%": a time
                # past the figure's clause opens the next one; one before the figure is its
                # own (fact-checks quoting a series, session 8)
                tcands = [t for t in tcands if t.end <= r["start"]]
            best = (
                after[0]
                if after
                else min(
                    tcands,
                    key=lambda t: (
                        abs(t.start - r["end"]) if t.start >= r["end"] else abs(r["start"] - t.end)
                    ),
                )
            )
            r["when"] = best.text
            r["date_from"] = best.date_from
            r["date_to"] = best.date_to
