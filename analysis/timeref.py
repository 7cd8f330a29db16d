"""Time references in a report, resolved to calendar dates against the report's date.

A figure is only as useful as the period it covers: "over 340,000 since October" means
nothing until October is pinned to 2023 and "since" stretches it to the report's date.
This module finds every date-like expression (full dates, months, weekdays, years,
decades, fiscal years, quarters, relative phrases such as "last week", clock times) and
resolves it to a ``date_from``..``date_to`` interval.

It has a second job that is just as important: the figure extractor must not read the
"3" in "October 3" or the "2023" in "since 2023" as counts. Every such number lies
inside a :class:`TimeRef` span, and :func:`in_time_ref` answers the question in
O(log n). Durations ("six months", "30 days", "the past three months") are *figures*
and are deliberately never tagged.

Everything is rule-based: precompiled regular expressions with bounded repetition
(linear in the length of the text) and a little calendar arithmetic. Spans never
include the preposition in front ("since", "by", "until"): that goes to ``relation``.

Resolution rules, each chosen because it matches how news copy is written:

- A weekday is the most recent such day on or before the report date (a report dated
  Thursday saying "on Wednesday" means the day before; "on Thursday" means that day),
  or the next one when the sentence speaks of the future ("will", "is due", "by").
- A day and month without a year ("October 3") is the nearer of the two candidates
  around the report date; "since" forces the past, "until"/"till"/"by" the future.
- A month alone ("in October") is the most recent such month not after the report
  month, unless "by"/"until" or a future cue in the sentence ("will", "should", "is
  due", "plans to") point forward ("in June" in a March report about a planned meeting).
- "since X" stretches ``date_to`` to the report date; every other relation keeps the
  anchor's own interval. "since <an event> in/on X" ("since the plan was announced on
  October 3") counts as "since X": the figure's period starts with the event.
- "this week/month/year" runs from the start of that period to the report date; "last
  week" is the previous Monday-to-Sunday week; "the past week" the seven days ending on
  the report date. A bare "the week" ("during the week") is anaphoric: no dates.
- "early/mid/late" split a month into days 1–10, 11–20, 21–end, a year into thirds and
  a decade into years 0–3, 4–6, 7–9; "the start/end of X" is X's first/last day.
- A single fiscal year ("fiscal year 2024", "FY24") is the US federal year ending that
  September; a split year ("2005-06", "FY 2023-24") starts in July (Pakistan). Pass
  ``fiscal_start_month`` to change both.
- Without a report date, anything that needs one (a weekday, "last year", "October 3")
  keeps its span and granularity but has ``None`` dates.
- A bare four-digit number is a year only when nothing marks it as a count or an
  identifier: "more than 2000", "2000 people", "Rs 2023", "Section 2019" are not years.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from dateutil.relativedelta import relativedelta

from .report import Report
from .scan import scan, word_index

__all__ = [
    "TimeRef",
    "GRANULARITIES",
    "find_time_refs",
    "time_refs_frame",
    "time_spans",
    "in_time_ref",
    "is_date_like",
    "TIME_REF_COLUMNS",
]

#: Granularity values, from the finest to the coarsest; "relative" is a phrase anchored on
#: the report date ("last week"), "span" an explicit range or a part of a period
#: ("1–7 July 2024", "mid-September"), "time" a clock time (no date).
GRANULARITIES = (
    "time",
    "day",
    "week",
    "month",
    "quarter",
    "year",
    "decade",
    "fiscal_year",
    "relative",
    "span",
)

#: Column dtypes of :func:`time_refs_frame`.
TIME_REF_COLUMNS: dict[str, object] = {
    "start": "Int64",
    "end": "Int64",
    "text": "string",
    "date_from": "datetime64[s]",
    "date_to": "datetime64[s]",
    "granularity": pd.CategoricalDtype(GRANULARITIES),
    "relation": "string",
}


@dataclass(frozen=True, slots=True)
class TimeRef:
    """One time expression: ``text == source[start:end]`` and the interval it denotes.

    ``date_from``/``date_to`` are inclusive; both are ``None`` when the expression cannot
    be resolved (a clock time, or a weekday in an undated report). ``relation`` is the
    preposition in front of it ("since", "by", "until", "in", "on", ...), or ``None``.
    """

    start: int
    end: int
    text: str
    date_from: dt.date | None
    date_to: dt.date | None
    granularity: str
    relation: str | None = None


# --------------------------------------------------------------------------- vocabulary

_MONTHS_FULL = (
    "January February March April May June July August September October November December"
).split()
_MONTH_NUM: dict[str, int] = {}
for _i, _name in enumerate(_MONTHS_FULL, 1):
    _MONTH_NUM[_name.lower()] = _i
    _MONTH_NUM[_name[:3].lower()] = _i
_MONTH_NUM["sept"] = 9

_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_WEEKDAY_NUM = {w.lower(): i for i, w in enumerate(_WEEKDAYS)}


def _alt(words: Sequence[str]) -> str:
    """Title-case and upper-case variants, longest first (so "Sept" wins over "Sep")."""
    variants: list[str] = []
    for w in sorted(words, key=len, reverse=True):
        variants += [w, w.upper()]
    return "|".join(variants)


_ABBR = "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()
# A month name, full or abbreviated (an abbreviation may carry a full stop).
_MON = rf"(?:(?:{_alt(_MONTHS_FULL)})\b|(?:{_alt(_ABBR)})\b\.?)"
_MON_FULL = rf"(?:{_alt(_MONTHS_FULL)})\b"
_WD = rf"(?:{_alt(_WEEKDAYS)})\b"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89][0-9][0-9]|20[0-9][0-9])"
_DASH = r"\s{0,2}[-–—]\s{0,2}"
# No digit, decimal separator or currency sign right before a number we read as a date part.
_NB = r"(?<![\w$€£¥₹.,:/+-])"
# ...and none right after it ("12 March 2,000" is not a year; "2023/24" is handled apart).
_NA = r"(?![\w%]|[.,:/][0-9]|[-–][0-9])"
_PART = r"(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[\s-]{1,2}"
_EDGE = r"(?:the\s{1,3})?(?P<edge>start|beginning|middle|end)\s{1,3}of\s{1,3}"

# Words in front of a bare four-digit number that make it a count or an identifier.
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\b(?:more\s+than|over|about|around|some|nearly|almost|up\s+to|at\s+least|roughly|"
    r"approximately|approx\.?|estimated|fewer\s+than|less\s+than|under|than|just|total\s+of|"
    r"no\.|nos?\.|number|article|section|form|camp|title|phase|rule|order|resolution|"
    r"directive|regulation|chapter|clause|act|room|flight|route|highway|road|page|pp?\.|"
    # a plan named by its year: "Agenda 2030", "Vision 2030", "Horizon 2020"
    r"agenda|vision|horizon|"
    # a resolution's year in brackets: "resolution 2334 (2016)"
    r"(?:resolution|directive|regulation|decision)[ \u00a0]\d{1,5}(?:/\d{1,5})?[ \u00a0]?\(|"
    r"tel\.?|phone|helpline|hotline|code|unit|block|plot|sector|ward|house|bus|train|"
    r"rs\.?|tk|pkr|inr|afn|usd|us\$|eur|gbp|bdt)|[$€£¥₹#])\s{0,3}$",
    re.IGNORECASE,
)
# Count nouns right after a bare four-digit number that make it a count.
_NOT_YEAR_AFTER = re.compile(
    r"\s{1,3}(?:people|persons|person|families|family|households|refugees|migrants|children|"
    r"women|men|individuals|returnees|deportees|afghans|cases|deaths|dead|homes|houses|"
    r"shelters|tents|km|kilometres|kilometers|miles|kg|tonnes|tons|metres|meters|feet|"
    r"dollars|rupees|afghanis|taka|euros|pounds|troops|soldiers|officers|police|students|"
    r"workers|villages|schools|trucks|vehicles|boats|flights|beds|acres|hectares|units|"
    r"applications|arrests|detainees|prisoners|camps|sites|points|more|others|of\s+them|"
    r"of\s+whom|new|hours|days|weeks|months|years|minutes|per\s*cent|percent|pc)\b",
    re.IGNORECASE,
)
# A year in the name of an instrument ("the 1951 Refugee Convention", "the 1967 Protocol",
# "the 2030 Agenda", "the 1989 Convention on the Rights of the Child") names the text, not
# the time of what the sentence reports.
_INSTRUMENT_AFTER = re.compile(
    r"[ \u00a0](?:[A-Z][a-z]+[ \u00a0]){0,3}(?:Conventions?|Protocols?|Agenda|Agreement|Accords?"
    r"|Treaty|Charter|Declaration|Compact|Statute|Constitution|Covenant|Directive|Regulation"
    r"|Pact|Framework|Programme[ \u00a0]of[ \u00a0]Action)\b"
)

# The preposition in front of a span, read from at most 24 characters before it.
_RELATION = re.compile(
    r"(?:^|[^\w])(?P<rel>as\s+of|up\s+until|since|by|until|till|til|in|on|before|after|between|"
    r"from|through|throughout|during|at|of|to|for|around|within)\s{1,3}$",
    re.IGNORECASE,
)
_REL_NORMAL = {"till": "until", "til": "until", "up until": "until", "throughout": "through"}

# A verb or word that sets a sentence in the future (for year-less months and weekdays).
_FUTURE = re.compile(
    r"\b(?:will|shall|would|should|could|expected|expects|scheduled|(?:is|are)\s+due|"
    r"(?:plans?|planned|planning|aims?|intends?|set|going)\s+to|upcoming|coming|next|"
    r"(?:is|are)\s+to)\b",
    re.IGNORECASE,
)
# "since <an event> in/on <date>": the clause counts from that date. No punctuation and no
# digit between "since" and the date, so "since 2019, and in March" stays two references.
_SINCE_EVENT = re.compile(r"\b[Ss]ince\s[^.;,!?\n0-9]{3,90}\s(?:in|on|during|at)\s{1,3}$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]{0,2}\s|\n")


# --------------------------------------------------------------------------- calendar helpers


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), _last_day(year, month)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _part_of_month(year: int, month: int, part: str | None) -> tuple[dt.date, dt.date]:
    """early = 1–10, mid = 11–20, late = 21–end; no part = the whole month."""
    first, last = _month_range(year, month)
    if part == "early":
        return first, first.replace(day=10)
    if part == "mid":
        return first.replace(day=11), first.replace(day=20)
    if part == "late":
        return first.replace(day=21), last
    return first, last


def _part_of_year(year: int, part: str | None) -> tuple[dt.date, dt.date]:
    """early = Jan–Apr, mid = May–Aug, late = Sep–Dec (thirds of the year)."""
    if part == "early":
        return dt.date(year, 1, 1), dt.date(year, 4, 30)
    if part == "mid":
        return dt.date(year, 5, 1), dt.date(year, 8, 31)
    if part == "late":
        return dt.date(year, 9, 1), dt.date(year, 12, 31)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _edge(lo: dt.date, hi: dt.date, edge: str | None) -> tuple[dt.date, dt.date]:
    """The start of X is X's first day, the end of X its last, the middle of X mid-X."""
    if edge in ("start", "beginning"):
        return lo, lo
    if edge == "end":
        return hi, hi
    if edge == "middle":
        mid = lo + (hi - lo) / 2
        return mid, mid
    return lo, hi


# --------------------------------------------------------------------------- context


@dataclass(frozen=True, slots=True)
class _Ctx:
    text: str
    report_date: dt.date | None
    fiscal_start_month: int | None


def _relation_before(text: str, start: int) -> str | None:
    m = _RELATION.search(text, max(0, start - 24), start)
    if not m:
        return None
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    return _REL_NORMAL.get(rel, rel)


def _future_context(text: str, start: int) -> bool:
    """True when the sentence, up to the span, speaks of the future."""
    lo = max(0, start - 200)
    window = text[lo:start]
    cut = 0
    for m in _SENTENCE_BREAK.finditer(window):
        cut = m.end()
    return _FUTURE.search(window, cut) is not None


def _direction(ctx: _Ctx, start: int, relation: str | None) -> str:
    """'past', 'future' or 'near' (nearest candidate) for an expression without a year."""
    if relation == "since":
        return "past"
    if relation in ("until", "by"):
        return "future"
    if _future_context(ctx.text, start):
        return "future"
    return "near"


def _pick_year_for_day(month: int, day: int, rd: dt.date, direction: str) -> dt.date | None:
    candidates = [
        d for y in (rd.year - 1, rd.year, rd.year + 1) if (d := _safe_date(y, month, day))
    ]
    past = [d for d in candidates if d <= rd]
    future = [d for d in candidates if d >= rd]
    if direction == "past":
        return max(past) if past else None
    if direction == "future":
        return min(future) if future else None
    best_past = max(past) if past else None
    best_future = min(future) if future else None
    if best_past is None:
        return best_future
    if best_future is None:
        return best_past
    return best_future if (best_future - rd) < (rd - best_past) else best_past


def _pick_year_for_month(month: int, rd: dt.date, direction: str) -> int:
    past_year = rd.year if month <= rd.month else rd.year - 1
    future_year = rd.year if month >= rd.month else rd.year + 1
    if direction == "past":
        return past_year
    if direction == "future":
        return future_year
    return past_year  # "in October" with no cue for the future: the most recent October


def _weekday_date(weekday: int, rd: dt.date, direction: str, modifier: str | None) -> dt.date:
    if modifier == "last":
        back = (rd.weekday() - weekday) % 7 or 7
        return rd - dt.timedelta(days=back)
    if modifier == "next":
        ahead = (weekday - rd.weekday()) % 7 or 7
        return rd + dt.timedelta(days=ahead)
    if modifier == "this":
        return _monday(rd) + dt.timedelta(days=weekday)
    if direction == "future":
        return rd + dt.timedelta(days=(weekday - rd.weekday()) % 7)
    return rd - dt.timedelta(days=(rd.weekday() - weekday) % 7)


def _two_digit_year(raw: str, century_of: int) -> int:
    value = int(raw)
    if len(raw) == 4:
        return value
    return century_of // 100 * 100 + value


# --------------------------------------------------------------------------- handlers
# Each handler gets the match and the context and returns (date_from, date_to,
# granularity) or None to reject the match (a guard failed).

_Result = tuple[dt.date | None, dt.date | None, str] | None


def _part(m: re.Match) -> str | None:
    return m["part"].lower() if m["part"] else None


def _h_iso(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (d, d, "day") if d else None


def _h_numeric(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if a > 12 and b <= 12:
        d = _safe_date(y, b, a)
    elif b > 12 and a <= 12:
        d = _safe_date(y, a, b)
    elif a == b:
        d = _safe_date(y, a, a)
    else:
        if a > 31 or b > 31:
            return None
        return (None, None, "day")  # 03/04/2024: day-first or month-first, we cannot tell
    return (d, d, "day") if d else None


def _resolve_day(month: int, day: int, year: str | None, ctx: _Ctx, start: int, rel) -> _Result:
    if day < 1 or day > 31:
        return None
    # An impossible date ("February 29, 2023", "June 31") is still a date phrase: keep the
    # span, so its numbers are not read as counts, but give it no dates.
    if year:
        d = _safe_date(int(year), month, day)
        return (d, d, "day")
    if ctx.report_date is None:
        return (None, None, "day")
    d = _pick_year_for_day(month, day, ctx.report_date, _direction(ctx, start, rel))
    return (d, d, "day")


def _h_day_month(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    if not m["y"] and _NOT_YEAR_AFTER.match(ctx.text, m.end()):
        return None  # "In March 20 people died": a count after a month, not a date
    month = _MONTH_NUM[m["mon"].rstrip(".").lower()]
    day = int(re.match(r"[0-9]+", m["day"]).group())
    return _resolve_day(month, day, m["y"], ctx, m.start(), rel)


def _h_ago(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    """ "a year ago": the day that far before the report date."""
    rd = ctx.report_date
    if rd is None:
        return (None, None, "relative")
    step = {
        "day": relativedelta(days=1),
        "week": relativedelta(weeks=1),
        "month": relativedelta(months=1),
        "year": relativedelta(years=1),
        "decade": relativedelta(years=10),
    }[m.group("ago")]
    d = rd - step
    return (d, d, "relative")


def _h_day_range(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    month2 = _MONTH_NUM[m["mon2"].rstrip(".").lower()]
    month1 = _MONTH_NUM[m["mon1"].rstrip(".").lower()] if m["mon1"] else month2
    d1 = int(re.match(r"[0-9]+", m["d1"]).group())
    d2 = int(re.match(r"[0-9]+", m["d2"]).group())
    y1 = m.groupdict().get("y1")
    first = _resolve_day(month1, d1, y1 or m["y"], ctx, m.start(), rel)
    if first is None:
        return None
    if first[0] is None:
        return (None, None, "span")
    year = first[0].year
    if y1 and m["y"]:
        end_year = int(m["y"])  # "1 January 2024 to 28 April 2025": each date its own year
    else:
        end_year = year + 1 if month2 < month1 else year
    last = _safe_date(end_year, month2, d2)
    if last is None or last < first[0]:
        return (None, None, "span")  # "30–31 June": a date phrase, not a real range
    return (first[0], last, "span")


def _h_month_year(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    if _NOT_YEAR_AFTER.match(ctx.text, m.end()):
        return None  # "In March 2000 people died": a count after a month
    month = _MONTH_NUM[m["mon"].rstrip(".").lower()]
    year = int(m["y"])
    part = _part(m)
    lo, hi = _part_of_month(year, month, part)
    lo, hi = _edge(lo, hi, m["edge"])
    gran = (
        "day"
        if m["edge"] in ("start", "beginning", "end", "middle")
        else ("span" if part else "month")
    )
    return (lo, hi, gran)


def _h_month_alone(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    part = _part(m)
    modifier = (m["mod"] or "").lower() or None
    cue = (
        part
        or m["edge"]
        or modifier
        or rel in _MONTH_CUES
        or _AND_MONTH.search(ctx.text, max(0, m.start() - 40), m.start())
    )
    if not cue:
        return None
    month = _MONTH_NUM[m["mon"].lower()]
    gran = "span" if part else "month"
    if m["edge"]:
        gran = "day"
    if ctx.report_date is None:
        return (None, None, gran)
    rd = ctx.report_date
    if modifier == "last":
        year = rd.year if month < rd.month else rd.year - 1
    elif modifier == "next":
        year = rd.year if month > rd.month else rd.year + 1
    elif modifier == "this":
        year = rd.year
    else:
        year = _pick_year_for_month(month, rd, _direction(ctx, m.start(), rel))
    lo, hi = _part_of_month(year, month, part)
    lo, hi = _edge(lo, hi, m["edge"])
    return (lo, hi, gran)


# A month name alone is a month only after one of these ("in October"), never when it
# could be a name or a verb ("March organisers said", "May Khan").
_MONTH_CUES = frozenset(
    "in since by until from of during through before after between to around within".split()
    + ["as of"]
)
# "October and November", "between September and December": the second month needs no cue
_AND_MONTH = re.compile(rf"{_MON_FULL}\s{{1,3}}(?:and|to|or|-|–)\s{{1,3}}$")


def _h_month_range(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    """Two months joined by a dash, "to" or (after "between") "and", as one span."""
    if m["conj"] == "and" and rel != "between":
        return None  # "in October and November" may be two events; leave them apart
    m1 = _MONTH_NUM[m["m1"].rstrip(".").lower()]
    m2 = _MONTH_NUM[m["m2"].rstrip(".").lower()]
    if m["y2"]:
        y2 = int(m["y2"])
    elif m["y1"]:
        y2 = int(m["y1"]) + (1 if m2 < m1 else 0)
    elif ctx.report_date is None:
        return (None, None, "span")
    else:
        y2 = _pick_year_for_month(m2, ctx.report_date, _direction(ctx, m.start(), rel))
    y1 = int(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    lo, hi = dt.date(y1, m1, 1), _last_day(y2, m2)
    if hi < lo:
        return None
    return (lo, hi, "span")


def _h_week_of_month(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    month = _MONTH_NUM[m["mon"].rstrip(".").lower()]
    which = m["which"].lower()
    if m["y"]:
        year = int(m["y"])
    elif ctx.report_date is None:
        return (None, None, "week")
    else:
        year = _pick_year_for_month(month, ctx.report_date, _direction(ctx, m.start(), rel))
    first, last = _month_range(year, month)
    order = {
        "first": 0,
        "1st": 0,
        "second": 1,
        "2nd": 1,
        "third": 2,
        "3rd": 2,
        "fourth": 3,
        "4th": 3,
    }
    if which in ("last", "final"):
        return (last - dt.timedelta(days=6), last, "week")
    lo = first + dt.timedelta(days=7 * order[which])
    return (lo, min(lo + dt.timedelta(days=6), last), "week")


def _h_weekday(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    if ctx.report_date is None:
        return (None, None, "day")
    weekday = _WEEKDAY_NUM[m["wd"].lower()]
    modifier = (m["mod"] or "").lower() or None
    direction = _direction(ctx, m.start(), rel)
    d = _weekday_date(weekday, ctx.report_date, direction, modifier)
    return (d, d, "day")


def _year_guard(m: re.Match, ctx: _Ctx, start: int, end: int) -> bool:
    """False when a bare four-digit number is a count or an identifier, not a year."""
    text = ctx.text
    if _NOT_YEAR_BEFORE.search(text, max(0, start - 24), start):
        return False
    if _NOT_YEAR_AFTER.match(text, end):
        return False
    if text[end + 1 : end + 2].isupper() and _INSTRUMENT_AFTER.match(text, end):
        return False
    return True


def _h_year(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    if not m["partall"] and not m["edge"] and not _year_guard(m, ctx, m.start("y"), m.end("y")):
        return None
    year = int(m["y"])
    part = _part(m)
    lo, hi = _part_of_year(year, part)
    lo, hi = _edge(lo, hi, m["edge"])
    if m["edge"]:
        return (lo, hi, "day")
    return (lo, hi, "span" if part else "year")


def _h_year_range(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    if _NOT_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None  # "Decree No. 2024-56": a label's number, not the years 2024-56
    y1 = int(m["y1"])
    y2 = _two_digit_year(m["y2"], y1)
    if y2 <= y1 or y2 - y1 > 200:
        return None
    return (dt.date(y1, 1, 1), dt.date(y2, 12, 31), "span")


def _fiscal(start_year: int, start_month: int) -> tuple[dt.date, dt.date]:
    lo = dt.date(start_year, start_month, 1)
    hi = lo + relativedelta(years=1) - dt.timedelta(days=1)
    return lo, hi


def _h_fiscal_split(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    """A split year ("2005-06", "FY 2023-24") starts in its first year (July by default)."""
    y1 = _two_digit_year(m["y1"], (ctx.report_date or dt.date(2000, 1, 1)).year)
    y2 = _two_digit_year(m["y2"], y1)
    if y2 != y1 + 1:
        return None
    if not m.group(0)[:1].isdigit() or len(m["y1"]) == 4:
        lo, hi = _fiscal(y1, ctx.fiscal_start_month or 7)
        return (lo, hi, "fiscal_year")
    return None


def _h_fiscal_single(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    """A single year ("fiscal year 2024", "FY24") is the fiscal year ending in it."""
    year = _two_digit_year(m["y"], (ctx.report_date or dt.date(2000, 1, 1)).year)
    start_month = ctx.fiscal_start_month or 10
    if start_month == 1:
        return (dt.date(year, 1, 1), dt.date(year, 12, 31), "fiscal_year")
    lo, hi = _fiscal(year - 1, start_month)
    return (lo, hi, "fiscal_year")


def _h_decade(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    if m["y"]:
        decade = int(m["y"])
    else:
        short = int(m["yy"])
        ref_year = (ctx.report_date or dt.date.today()).year
        decade = 2000 + short if 2000 + short <= ref_year else 1900 + short
    part = _part(m)
    lo_y, hi_y = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(part or "", (0, 9))
    lo, hi = dt.date(decade + lo_y, 1, 1), dt.date(decade + hi_y, 12, 31)
    return (lo, hi, "span" if part else "decade")


_ORDINAL = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}


def _quarter_range(year: int, q: int) -> tuple[dt.date, dt.date]:
    lo = dt.date(year, 3 * q - 2, 1)
    return lo, _last_day(year, 3 * q)


def _quarter_year(q: int, explicit: str | None, ctx: _Ctx) -> int | None:
    if explicit:
        return int(explicit)
    rd = ctx.report_date
    if rd is None:
        return None
    return rd.year if dt.date(rd.year, 3 * q - 2, 1) <= rd else rd.year - 1


def _h_half(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    h = int(m["h"]) if m["h"] else (1 if m["hw"].lower() in ("first", "1st") else 2)
    year = m["y"] or m["y2"]
    if m["rel_year"]:
        if ctx.report_date is None:
            return (None, None, "span")
        shift = {"this": 0, "the": 0, "last": -1, "next": 1}[m["rel_year"].lower()]
        year = str(ctx.report_date.year + shift)
    if year is None:
        if ctx.report_date is None:
            return (None, None, "span")
        rd = ctx.report_date
        year = str(rd.year if (h == 1 or rd.month >= 7) else rd.year - 1)
    y = int(year)
    if h == 1:
        return (dt.date(y, 1, 1), dt.date(y, 6, 30), "span")
    return (dt.date(y, 7, 1), dt.date(y, 12, 31), "span")


def _h_clock(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    return (None, None, "time")


def _h_clock24(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    if m["hrs"] and rel not in ("at", "from", "until", "by", "before", "after", "since", "to"):
        return None
    return (None, None, "time")


def _unit_range(unit: str, rd: dt.date, which: str) -> tuple[dt.date, dt.date]:
    """The calendar unit ("week", "month", "quarter", "year") containing rd, shifted."""
    if unit == "week":
        lo = _monday(rd)
        step = relativedelta(weeks=1)
    elif unit == "month":
        lo = rd.replace(day=1)
        step = relativedelta(months=1)
    elif unit == "quarter":
        lo = dt.date(rd.year, (rd.month - 1) // 3 * 3 + 1, 1)
        step = relativedelta(months=3)
    elif unit == "weekend":
        sat = _monday(rd) + dt.timedelta(days=5)
        if which == "last" or (which == "the" and rd < sat):
            sat -= dt.timedelta(days=7)
        elif which == "next" and rd >= sat:
            sat += dt.timedelta(days=7)
        return sat, sat + dt.timedelta(days=1)
    else:
        lo = dt.date(rd.year, 1, 1)
        step = relativedelta(years=1)
    if which == "last":
        lo = lo - step
    elif which == "next":
        lo = lo + step
    return lo, lo + step - dt.timedelta(days=1)


def _h_relative(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    rd = ctx.report_date
    if rd is None:
        return (None, None, "relative")
    g = m.groupdict()
    if g.get("day_word"):
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["day_word"].lower()]
        d = rd + dt.timedelta(days=offset)
        return (d, d, "relative")
    if g.get("daypart"):
        d = rd - dt.timedelta(days=1) if g["dp_mod"].lower() == "last" else rd
        return (d, d, "relative")
    if g.get("sofar_only"):
        if g["sofar_only"].lower().startswith("year"):
            return (dt.date(rd.year, 1, 1), rd, "relative")
        return (None, rd, "relative")
    unit = (g.get("unit") or "").lower()
    which = re.sub(r"\s+", " ", (g.get("which") or "").lower())
    which = {
        "the previous": "last",
        "the preceding": "last",
        "previous": "last",
        "the following": "next",
        "the coming": "next",
        "the next": "next",
        "the current": "this",
        "current": "this",
        "the": "the",
        "the past": "past",
        "the last": "past",
        "past": "past",
    }.get(which, which)
    if unit == "weekend":
        lo, hi = _unit_range("weekend", rd, which)
        return (lo, hi, "relative")
    if which == "past":
        span = {
            "week": relativedelta(weeks=1),
            "month": relativedelta(months=1),
            "quarter": relativedelta(months=3),
            "year": relativedelta(years=1),
        }[unit]
        return (rd - span + dt.timedelta(days=1), rd, "relative")
    if which == "the":
        if not g.get("edge"):
            return (None, None, "relative")  # "during the week": which week, the text must say
        which = "this"
    lo, hi = _unit_range(unit, rd, which)
    if which == "this":
        hi = rd
        if g.get("later"):
            lo, hi = rd, _unit_range(unit, rd, "this")[1]
    if g.get("edge"):
        full_hi = _unit_range(unit, rd, which)[1] if which == "this" else hi
        lo, hi = _edge(lo, full_hi, g["edge"].lower())
    return (lo, hi, "relative")


# --------------------------------------------------------------------------- patterns

_TZ = (
    r"(?:\s{1,2}(?:local\s+time|(?:Eastern|Pacific|Central|Mountain)\s+time|GMT|UTC|IST|PKT|"
    r"AFT|EST|EDT|CST|CET|CEST|BST|ET|PT|EAT|WAT|CAT|BDT|AST)\b)?"
)
_AMPM = r"(?:[ap]\.\s?m\.|[AP]\.\s?M\.|[ap]m\b|[AP]M\b)"
_CLOCK = rf"(?:1[0-2]|0?[1-9])(?:[:.][0-5][0-9])?\s?{_AMPM}"
_MOD = r"(?:(?P<mod>last|next|this|Last|Next|This)\s{1,3})?"

_PATTERNS: list[tuple[int, re.Pattern[str], Callable[[re.Match, _Ctx, str | None], _Result]]] = [
    # priority (lower wins a tie of equal length), pattern, handler
    (
        0,
        re.compile(rf"{_NB}(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2][0-9]|3[01])(?![\w-])"),
        _h_iso,
    ),
    (
        1,
        re.compile(
            rf"{_NB}(?P<a>[0-3]?[0-9])[/.](?P<b>[0-3]?[0-9])[/.](?P<y>{_YEAR})(?![\w/]|[.,][0-9])"
        ),
        _h_numeric,
    ),
    # 1–7 July 2024, 28 June–4 July 2024, 1 January 2024 to 28 April 2024
    (
        0,
        re.compile(
            rf"{_NB}(?P<d1>{_DAY})(?:\s{{1,3}}(?P<mon1>{_MON})(?:,?\s{{1,3}}(?P<y1>{_YEAR}))?)?"
            rf"(?:{_DASH}|\s{{1,3}}(?:to|and|through)\s{{1,3}})"
            rf"(?P<d2>{_DAY})\s{{1,3}}(?P<mon2>{_MON})(?:,?\s{{1,3}}(?P<y>{_YEAR}))?{_NA}"
        ),
        _h_day_range,
    ),
    # July 1–7, 2024 / July 1 to 7
    (
        0,
        re.compile(
            rf"\b(?P<mon2>{_MON})\s{{0,3}}(?P<d1>{_DAY})(?:{_DASH}|\s{{1,3}}(?:to|and)\s{{1,3}})"
            rf"(?P<d2>{_DAY})(?![0-9])(?:,?\s{{1,3}}(?P<y>{_YEAR}))?{_NA}(?P<mon1>)"
        ),
        _h_day_range,
    ),
    # (Wednesday,) 3 October (2023) / 3rd of October
    (
        1,
        re.compile(
            rf"\b(?:{_WD},?\s{{1,3}})?{_NB}(?P<day>{_DAY})(?:\s{{1,3}}of)?\s{{1,3}}(?P<mon>{_MON})"
            rf"(?:,?\s{{1,3}}(?P<y>{_YEAR}))?{_NA}"
        ),
        _h_day_month,
    ),
    # (Wednesday,) October 3(rd)(, 2023) / Sept. 30
    (
        1,
        re.compile(
            rf"\b(?:{_WD},?\s{{1,3}})?(?P<mon>{_MON})\s{{0,3}}(?P<day>{_DAY})(?![0-9,.][0-9]|[0-9])"
            rf"(?:,?\s{{1,3}}(?P<y>{_YEAR}))?{_NA}"
        ),
        _h_day_month,
    ),
    # mid-September 2023, October 2023, the end of October 2023
    (
        2,
        re.compile(
            rf"\b(?:{_EDGE})?(?P<partall>{_PART})?(?P<mon>{_MON})(?:,|\s{{1,3}}of)?\s{{1,3}}"
            rf"(?P<y>{_YEAR}){_NA}"
        ),
        _h_month_year,
    ),
    # month ranges: January–March 2024, between January and June, from October 2023 to March 2024
    (
        1,
        re.compile(
            rf"\b(?P<m1>{_MON})(?:,?\s{{1,3}}(?P<y1>{_YEAR}))?"
            rf"(?:\s{{0,2}}[-–]\s{{0,2}}|\s{{1,3}}(?P<conj>to|and|through|until|till)\s{{1,3}})"
            rf"(?P<m2>{_MON})(?:,?\s{{1,3}}(?P<y2>{_YEAR}))?{_NA}"
        ),
        lambda m, c, r: _h_month_range(m, c, r),
    ),
    # the first week of July (2024)
    (
        2,
        re.compile(
            rf"\b(?:the\s{{1,3}})?(?P<which>first|second|third|fourth|1st|2nd|3rd|4th|last|final)"
            rf"\s{{1,3}}week\s{{1,3}}of\s{{1,3}}(?P<mon>{_MON_FULL})(?:,?\s{{1,3}}(?P<y>{_YEAR}))?{_NA}"
        ),
        _h_week_of_month,
    ),
    # in October, mid-September, last March, the end of June
    (
        3,
        re.compile(rf"\b(?:{_EDGE})?{_MOD}(?P<partall>{_PART})?(?P<mon>{_alt(_MONTHS_FULL)})\b"),
        _h_month_alone,
    ),
    # (last) Wednesday (night)
    (
        3,
        re.compile(
            rf"\b{_MOD}(?P<wd>{_alt(_WEEKDAYS)})\b(?:\s{{1,3}}(?:morning|afternoon|evening|night))?"
        ),
        _h_weekday,
    ),
    # fiscal years: "fiscal year 2024", "FY2024", "FY24", "fiscal 2024"
    (
        1,
        re.compile(
            rf"\b(?:(?:[Ff]iscal|[Ff]inancial)(?:\s{{1,3}}[Yy]ear)?\s{{1,3}}|FY\s?)(?P<y>{_YEAR}|[0-9][0-9])"
            rf"(?![\w/–-]|[.,][0-9])"
        ),
        _h_fiscal_single,
    ),
    # split fiscal years: "2005-06", "FY 2023-24", "fiscal year 2023/24"
    (
        0,
        re.compile(
            rf"\b(?P<fy>(?:[Ff]iscal|[Ff]inancial)(?:\s{{1,3}}[Yy]ear)?\s{{1,3}}|FY\s?)?(?(fy)|{_NB})"
            rf"(?P<y1>{_YEAR}|(?<=FY)[0-9]{{2}}|(?<=FY )[0-9]{{2}})[-–/](?P<y2>[0-9]{{2}})"
            r"(?![\w/]|[.,][0-9]|[-–][0-9])"
        ),
        _h_fiscal_split,
    ),
    # year ranges: 2021–2024, 2021-24, between 2021 and 2024, from 2019 to 2022
    (
        1,
        re.compile(
            rf"{_NB}(?P<y1>{_YEAR})(?:{_DASH}|\s{{1,3}}(?:to|and|through|until)\s{{1,3}})"
            # a share after "to" ends no span of years: "from just 12% during FY 2021 to
            # 24% in FY 2022" (court statistics explainers, session 8)
            rf"(?P<y2>{_YEAR}|[0-9][0-9])(?![\w/%]|[.,][0-9]|\s?per\s?cent)"
        ),
        _h_year_range,
    ),
    # decades: the 1980s, the late 2010s, mid-1990s, the '90s
    (
        1,
        re.compile(
            rf"(?:\b[Tt]he\s{{1,3}})?(?P<partall>\b{_PART})?(?:(?(partall)|{_NB})(?P<y>1[89][0-9]0|20[0-9]0)|['’](?P<yy>[0-9]0))"
            rf"['’]?s\b"
        ),
        _h_decade,
    ),
    # quarters: Q4 2023, Q4, the fourth quarter of 2023, the first quarter of this year
    (
        1,
        re.compile(
            rf"\b(?:\bQ(?P<q>[1-4])(?:\s{{0,2}}(?:of\s{{1,3}})?[/-]?\s{{0,2}}(?P<y>{_YEAR}))?\b|"
            rf"(?:(?P<y2>{_YEAR})\s{{1,2}}Q(?P<q2>[1-4])\b)|"
            rf"(?:the\s{{1,3}})?(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
            rf"\s{{1,3}}quarter(?:\s{{1,3}}of\s{{1,3}}(?:(?P<rel_year>this|last|next|the)\s{{1,3}}year|"
            rf"(?P<y3>{_YEAR})))?\b)"
        ),
        lambda m, c, r: _h_quarter_any(m, c, r),
    ),
    # halves: H1 2024, the first half of 2024, the second half of last year
    (
        1,
        re.compile(
            rf"\b(?:\bH(?P<h>[12])\s{{0,2}}(?P<y>{_YEAR})\b|"
            rf"(?:the\s{{1,3}})?(?P<hw>first|second|1st|2nd)\s{{1,3}}half\s{{1,3}}of\s{{1,3}}"
            rf"(?:(?P<rel_year>this|last|next|the)\s{{1,3}}year|(?P<y2>{_YEAR}))\b)"
        ),
        _h_half,
    ),
    # a year: 2023, mid-2024, late 2023, the end of 2024
    (
        4,
        re.compile(rf"\b(?:{_EDGE})?(?P<partall>{_PART})?(?(partall)|{_NB})(?P<y>{_YEAR}){_NA}"),
        _h_year,
    ),
    # clock times: 10am, 5:30 am, 2 p.m., 9am to 5pm, 10am local time
    (
        0,
        re.compile(rf"{_NB}{_CLOCK}(?:\s{{0,2}}(?:to|until|till|-|–)\s{{0,2}}{_CLOCK})?{_TZ}"),
        _h_clock,
    ),
    (
        0,
        re.compile(
            rf"{_NB}(?:[01][0-9]|2[0-3])[:.h]?[0-5][0-9]\s{{0,2}}(?:(?P<tz>GMT|UTC|Zulu|local\s+time)\b|"
            rf"(?P<hrs>hours|hrs|hr)\b)"
        ),
        _h_clock24,
    ),
    (0, re.compile(rf"{_NB}(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?![0-9:]){_TZ}"), _h_clock),
    (
        0,
        re.compile(
            r"(?:\b(?:1[0-2]|0?[1-9])\s{1,2}|\b)(?:noon|midnight)\b|\b(?:1[0-2]|0?[1-9])\s?o['’]clock\b",
            re.IGNORECASE,
        ),
        _h_clock,
    ),
    # relative phrases anchored on the report date
    (
        2,
        re.compile(
            r"\b(?:(?P<day_word>today|yesterday|tomorrow|tonight)|"
            r"(?P<daypart>(?P<dp_mod>this|last)\s{1,3}(?:morning|afternoon|evening|night))|"
            r"(?:(?:so|thus)\s{1,3}far\s{1,3}|(?P<later>later)\s{1,3}|earlier\s{1,3})?"
            r"(?:(?:the\s{1,3})?(?P<edge>start|beginning|middle|end)\s{1,3}of\s{1,3})?"
            r"(?P<which>this|last|next|the\s{1,3}previous|the\s{1,3}preceding|the\s{1,3}following|"
            r"the\s{1,3}coming|the\s{1,3}current|the\s{1,3}past|the\s{1,3}last|the\s{1,3}next|"
            r"the(?=\s{1,3}(?:month|year|week)\b(?!\s{1,3}(?:of|before|after|"
            r"when|in|to|that|which|ending|ended|since|after))))"
            r"\s{1,3}(?P<unit>week|month|quarter|year|weekend)\b(?!-)"
            r"(?:(?:['’]s)?\s{1,3}(?:so|thus)\s{1,3}far|\s{1,3}to\s{1,3}date)?|"
            r"(?P<sofar_only>(?:so|thus)\s{1,3}far|to\s{1,3}date|year[-\s]to[-\s]date))\b",
            re.IGNORECASE,
        ),
        _h_relative,
    ),
    # Jan 1 to Aug 17 (, 2024), January 1, 2024 to March 3, 2024 (month first on both sides)
    (
        0,
        re.compile(
            rf"\b(?P<mon1>{_MON})\s{{0,3}}(?P<d1>{_DAY})(?:,?\s{{1,3}}(?P<y1>{_YEAR}))?"
            rf"(?:{_DASH}|\s{{1,3}}(?:to|and|through|until)\s{{1,3}})"
            rf"(?P<mon2>{_MON})\s{{0,3}}(?P<d2>{_DAY})(?![0-9])(?:,?\s{{1,3}}(?P<y>{_YEAR}))?{_NA}"
        ),
        _h_day_range,
    ),  # "a year ago", "a week ago": a point as far before the report date (data copy, session
    # 8: "up from a year ago, when ICE had 39,328 beds"); "two years ago" keeps its duration,
    # a figure by the tables' convention
    (
        2,
        re.compile(r"\b[Aa]n?\s{1,3}(?P<ago>day|week|month|year|decade)\s{1,3}ago\b"),
        _h_ago,
    ),
]


# Where a match of each pattern can start: the lower-cased first word of the match, "#"
# for a run of ASCII digits, "'" for a quote before a digit ("'90s"). Python's ``re``
# has no prefilter for patterns that open with ``\b`` or an alternation, so scanning the
# whole text once per pattern cost about 2 ms a report; trying each pattern only where
# one of its first words stands gives the same matches (``tests/test_timeref.py`` checks
# that against a full scan) at a fraction of the cost. A pattern added to ``_PATTERNS``
# needs its first words here, in the same order.
_K_MONTH = frozenset(w.lower() for w in (*_MONTHS_FULL, *_ABBR))
_K_WEEKDAY = frozenset(w.lower() for w in _WEEKDAYS)
_K_EDGE = frozenset({"the", "start", "beginning", "middle", "end"})
_K_PART = frozenset({"early", "mid", "late"})
_K_MOD = frozenset({"last", "next", "this"})
_K_FISCAL = frozenset({"fiscal", "financial", "fy"})
_K_ORD = frozenset({"the", "first", "second", "third", "fourth", "last", "final"})
_D12 = frozenset({"#1", "#2"})  # a day, a month or an hour: one or two digits
_D4 = frozenset({"#4"})  # a year
_STARTS: tuple[frozenset[str], ...] = (  # "#n": a run of n digits, "'": a quote (analysis.scan)
    _D4,  # ISO date
    _D12,  # 3/10/2023
    _D12,  # 1–7 July 2024
    _K_MONTH,  # July 1–7
    _K_WEEKDAY | _D12,  # (Wednesday,) 3 October
    _K_WEEKDAY | _K_MONTH,  # (Wednesday,) October 3
    _K_EDGE | _K_PART | _K_MONTH,  # mid-September 2023
    _K_MONTH,  # January–March 2024
    _K_ORD | {"#1"},  # the first week of July, the 1st week
    _K_EDGE | _K_MOD | _K_PART | _K_MONTH,  # in October
    _K_MOD | _K_WEEKDAY,  # last Wednesday
    _K_FISCAL,  # fiscal year 2024
    _K_FISCAL | _D4 | {"#2"},  # 2005-06, and "23-24" after an "FY" glued to a word
    _D4,  # 2021–2024
    frozenset({"the", "'"}) | _K_PART | _D4,  # the 1980s
    frozenset({"q", "#1"}) | _K_ORD | _D4,  # Q4 2023, 2023 Q4, the 1st quarter
    frozenset({"h", "the", "first", "second", "#1"}),  # H1 2024, the 1st half
    _K_EDGE | _K_PART | _D4,  # a year
    _D12,  # 10am
    frozenset({"#2", "#4"}),  # 14:00 GMT, 1400 GMT
    _D12,  # 14:00
    frozenset({"noon", "midnight"}) | _D12,  # noon, 3 o'clock
    frozenset(
        {"today", "yesterday", "tomorrow", "tonight", "so", "thus", "later", "earlier", "to"}
        | {"year", "next"}
        | _K_EDGE
        | _K_MOD
    ),  # relative
    _K_MONTH,  # Jan 1 to Aug 17 (added last: _NEEDS counts the patterns by place)
    frozenset({"a", "an"}),  # a year ago (added after it)
)
assert len(_STARTS) == len(_PATTERNS)

# Words a pattern cannot match without (None: no such word). Patterns 8, 15, 16 and 19 open
# at ordinals, digits or "the", which most reports are full of, but each needs a rarer word
# as a whole token ("week", "quarter" or "Q4", "half" or "H1", a time zone or "hours"), so
# when the text has none of them the pattern is skipped: about 90 match attempts a report.
# Only case-sensitive patterns are gated (an IGNORECASE "k" also matches the Kelvin sign,
# which the ASCII word index does not hold). ``tests/test_timeref.py`` checks that every
# full-scan match of a gated pattern comes with one of its words in the word index.
_NEEDS: tuple[frozenset[str] | None, ...] = tuple(
    {
        8: frozenset({"week"}),  # the first week of July
        15: frozenset({"q", "quarter"}),  # Q4 2023, 2023 Q4, the 1st quarter
        16: frozenset({"h", "half"}),  # H1 2024, the 1st half
        19: frozenset({"gmt", "utc", "zulu", "time", "hours", "hrs", "hr"}),  # 1400 GMT
        24: frozenset({"ago"}),  # a year ago
    }.get(order)
    for order in range(len(_PATTERNS))
)


def _scan_full(pattern: re.Pattern[str], text: str) -> list[re.Match]:
    """The reference :func:`analysis.scan.scan` must agree with (used by the tests)."""
    return [m for m in pattern.finditer(text) if m.end() > m.start()]


def _h_quarter_any(m: re.Match, ctx: _Ctx, rel: str | None) -> _Result:
    g = m.groupdict()
    q = int(g["q"] or g["q2"] or _ORDINAL[g["qw"].lower()])
    year = g["y"] or g["y2"] or g["y3"]
    if g["rel_year"]:
        if ctx.report_date is None:
            return (None, None, "quarter")
        shift = {"this": 0, "the": 0, "last": -1, "next": 1}[g["rel_year"].lower()]
        year = str(ctx.report_date.year + shift)
    if g["qw"] and g["qw"].lower() in ("last", "final") and not year:
        return None  # "last quarter" is relative; left to the relative pattern
    resolved = _quarter_year(q, year, ctx)
    if resolved is None:
        return (None, None, "quarter")
    lo, hi = _quarter_range(resolved, q)
    return (lo, hi, "quarter")


# --------------------------------------------------------------------------- API


def find_time_refs(
    text: str | Report,
    report_date: dt.date | None = None,
    *,
    fiscal_start_month: int | None = None,
) -> list[TimeRef]:
    """Every time expression in ``text``, in text order, without overlaps.

    ``text`` may be a :class:`~analysis.report.Report`, whose date is then the default
    ``report_date``. ``report_date`` anchors year-less dates, weekdays and relative
    phrases; without it those keep their spans with ``None`` dates.
    ``fiscal_start_month`` sets the first month of a fiscal year; by default "fiscal year
    2024" is the US federal year (October 2023 to September 2024, the dev set's only
    single-year case) and a split year such as "2005-06" starts in July (Pakistan's).

    Why longest-match-first: "Wednesday, 22 November 2023" must be one reference, not a
    weekday plus a date plus a year; a candidate is kept only if it overlaps no longer
    (or equally long, higher-priority) candidate already kept.
    """
    if isinstance(text, Report):
        report_date = report_date if report_date is not None else text.date
        text = text.text
    if not isinstance(text, str):
        raise TypeError(f"text must be str or Report, not {type(text).__name__}")
    if isinstance(report_date, dt.datetime):
        report_date = report_date.date()
    ctx = _Ctx(text, report_date, fiscal_start_month)
    candidates: list[tuple[int, int, int, int, re.Match, Callable]] = []
    words = word_index(text).words
    for order, (priority, pattern, handler) in enumerate(_PATTERNS):
        need = _NEEDS[order]
        if need is not None and need.isdisjoint(words):
            continue  # the pattern cannot match here (see _NEEDS)
        for m in scan(pattern, text, _STARTS[order]):
            candidates.append((m.start(), m.end(), priority, order, m, handler))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    # One byte per character marks what is taken: checking and marking a span costs its
    # length (a few dozen characters), so the selection stays linear in the text.
    taken = bytearray(len(text))
    kept: list[TimeRef] = []
    for start, end, _priority, _order, m, handler in candidates:
        if taken.find(1, start, end) != -1:
            continue
        rel = _relation_before(text, start)
        if rel in ("in", "on", "during", "at") and _SINCE_EVENT.search(
            text, max(0, start - 100), start
        ):
            rel = "since"  # "since the plan was announced on October 3": since October 3
        result = handler(m, ctx, rel)
        if result is None:
            continue
        lo, hi, gran = result
        if rel == "since" and lo is not None and report_date is not None and gran != "time":
            hi = max(report_date, lo)
        taken[start:end] = b"\x01" * (end - start)
        kept.append(TimeRef(start, end, text[start:end], lo, hi, gran, rel))
    kept.sort(key=lambda r: r.start)
    return kept


def time_refs_frame(
    text: str | Report,
    report_date: dt.date | None = None,
    *,
    fiscal_start_month: int | None = None,
) -> pd.DataFrame:
    """:func:`find_time_refs` as a tidy, typed table (columns :data:`TIME_REF_COLUMNS`)."""
    refs = find_time_refs(text, report_date, fiscal_start_month=fiscal_start_month)
    data = {
        "start": pd.array([r.start for r in refs], dtype="Int64"),
        "end": pd.array([r.end for r in refs], dtype="Int64"),
        "text": pd.array([r.text for r in refs], dtype="string"),
        "date_from": pd.Series(
            [pd.Timestamp(r.date_from) if r.date_from else pd.NaT for r in refs],
            dtype="datetime64[s]",
        ).array,
        "date_to": pd.Series(
            [pd.Timestamp(r.date_to) if r.date_to else pd.NaT for r in refs],
            dtype="datetime64[s]",
        ).array,
        "granularity": pd.Categorical(
            [r.granularity for r in refs], categories=list(GRANULARITIES)
        ),
        "relation": pd.array([r.relation for r in refs], dtype="string"),
    }
    frame = pd.DataFrame(data)
    frame.index.name = "time_ref"
    return frame


@lru_cache(maxsize=8)
def _cached_refs(text: str, report_date: dt.date | None) -> tuple[TimeRef, ...]:
    return tuple(find_time_refs(text, report_date))


def is_date_like(text: str, start: int, end: int, report_date: dt.date | None = None) -> bool:
    """True when ``text[start:end]`` overlaps a time reference of ``text``.

    For callers that ask about many numbers of one text: the references are computed once
    per text (a small cache keyed on the text and date), then each question is a binary
    search. Spans do not depend on ``report_date``; it is only part of the cache key.
    """
    return in_time_ref(_cached_refs(text, report_date), start, end)


def time_spans(text: str, report_date: dt.date | None = None) -> list[tuple[int, int]]:
    """Just the (start, end) spans, sorted: what a figure extractor needs to skip dates."""
    return [(r.start, r.end) for r in find_time_refs(text, report_date)]


def in_time_ref(refs: Sequence[TimeRef] | Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """True when ``[start, end)`` overlaps a time reference (``refs`` sorted by start).

    Overlap rather than containment: a number that straddles a date span ("2023-24" read
    as "2023") is still not a count.
    """
    i = bisect.bisect_right(refs, start, key=_span_start)
    if i > 0 and _span_end(refs[i - 1]) > start:
        return True
    return i < len(refs) and _span_start(refs[i]) < end


def _span_start(r) -> int:
    return r.start if isinstance(r, TimeRef) else r[0]


def _span_end(r) -> int:
    return r.end if isinstance(r, TimeRef) else r[1]
