"""Time references: spans and resolved dates, from the seed, the dev set and common forms.

Every expected date below was worked out by hand from a calendar: the weekday of each
report date is written next to it, and each case names the sentence it comes from.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.report import Report, load_report
from analysis.timeref import (
    GRANULARITIES,
    TimeRef,
    find_time_refs,
    in_time_ref,
    is_date_like,
    time_refs_frame,
    time_spans,
)

FIXTURES = Path(__file__).parent / "fixtures"
D = dt.date

SEED = D(2023, 11, 23)  # Thursday
R01 = D(2023, 11, 3)  # Friday
R02 = D(2023, 11, 8)  # Wednesday
R03 = D(2024, 7, 10)  # Wednesday
R04 = D(2024, 2, 15)  # Thursday
R05 = D(2025, 3, 12)  # Wednesday
R06 = D(2024, 5, 20)  # Monday
R07 = D(2025, 3, 18)  # Tuesday
R08 = D(2024, 12, 19)  # Thursday
R09 = D(2024, 7, 4)  # Thursday
R10 = D(2022, 9, 7)  # Wednesday
R11 = D(2024, 9, 25)  # Wednesday
R12 = D(2023, 12, 12)  # Tuesday
R13 = D(2025, 4, 2)  # Wednesday

# (where from, text, report date, [(span text, date_from, date_to, granularity, relation)])
CASES = [
    # --- seed 2023-11-23
    (
        "seed",
        "Minister Jan Achakzai on Wednesday said",
        SEED,
        [("Wednesday", D(2023, 11, 22), D(2023, 11, 22), "day", "on")],
    ),
    (
        "seed",
        "foreigners from Pakistan by January 2024, as he",
        SEED,
        [("January 2024", D(2024, 1, 1), D(2024, 1, 31), "month", "by")],
    ),
    (
        "seed",
        "its policy to deport undocumented migrants in October.",
        SEED,
        [("October", D(2023, 10, 1), D(2023, 10, 31), "month", "in")],
    ),
    (
        "seed",
        "attacks recorded in Pakistan thus far this year, 14 had",
        SEED,
        [("thus far this year", D(2023, 1, 1), SEED, "relative", None)],
    ),
    (
        "seed",
        "deported from Pakistan since the government announced its policy to deport "
        "undocumented migrants in October.",
        SEED,  # "since <event> in October": since October
        [("October", D(2023, 10, 1), SEED, "month", "since")],
    ),
    # --- devset 01, 2023-11-03
    (
        "devset 01",
        "crossed into Afghanistan through the Torkham border on Thursday as",
        R01,
        [("Thursday", D(2023, 11, 2), D(2023, 11, 2), "day", "on")],
    ),
    (
        "devset 01",
        "since the repatriation plan was announced on October 3.",
        R01,  # "since <event> on X" counts from X
        [("October 3", D(2023, 10, 3), R01, "day", "since")],
    ),
    (
        "devset 01",
        "leave voluntarily expired on November 1.",
        R01,
        [("November 1", D(2023, 11, 1), D(2023, 11, 1), "day", "on")],
    ),
    (
        "devset 01",
        "waiting near Landi Kotal on Wednesday night, with some families",
        R01,
        [("Wednesday night", D(2023, 11, 1), D(2023, 11, 1), "day", "on")],
    ),
    (
        "devset 01",
        "Under rules notified last month, each",
        R01,
        [("last month", D(2023, 10, 1), D(2023, 10, 31), "relative", None)],
    ),
    (
        "devset 01",
        "his family had lived in Peshawar since 1979.",
        R01,
        [("1979", D(1979, 1, 1), R01, "year", "since")],
    ),
    (
        "devset 01",
        "imposed in Khyber district till November 15 to prevent",
        R01,
        [("November 15", D(2023, 11, 15), D(2023, 11, 15), "day", "until")],
    ),
    ("devset 01", "with some families stuck there for three days.", R01, []),
    # --- devset 02, 2023-11-08
    (
        "devset 02",
        "CHAMAN, Pakistan, Nov 8 — Pakistan has sent back",
        R02,
        [("Nov 8", R02, R02, "day", None)],
    ),
    (
        "devset 02",
        "the Chaman border crossing since the start of the month, officials",
        R02,
        [("the start of the month", D(2023, 11, 1), R02, "relative", "since")],
    ),
    (
        "devset 02",
        "Roughly 2,300 people crossed into Spin Boldak on Tuesday alone,",
        R02,
        [("Tuesday", D(2023, 11, 7), D(2023, 11, 7), "day", "on")],
    ),
    (
        "devset 02",
        "The gate opened at 10am local time (0500 GMT) on Wednesday, and",
        R02,
        [
            ("10am local time", None, None, "time", "at"),
            ("0500 GMT", None, None, "time", None),
            ("Wednesday", R02, R02, "day", "on"),
        ],
    ),
    (
        "devset 02",
        "Local authorities last week gave the protesters a 15-day deadline",
        R02,
        [("last week", D(2023, 10, 30), D(2023, 11, 5), "relative", None)],
    ),
    ("devset 02", "The disruption is the longest since the COVID-19 pandemic", R02, []),
    # --- devset 03, 2024-07-10
    (
        "devset 03",
        "Flash Update No. 1 | Reporting period: 1–7 July 2024",
        R03,
        [("1–7 July 2024", D(2024, 7, 1), D(2024, 7, 7), "span", None)],
    ),
    (
        "devset 03",
        "Returns from Iran rose sharply in the first week of July, with",
        R03,
        [("the first week of July", D(2024, 7, 1), D(2024, 7, 7), "week", "in")],
    ),
    (
        "devset 03",
        "being deported at all hours, including after 10 pm.",
        R03,
        [("10 pm", None, None, "time", "after")],
    ),
    ("devset 03", "to sustain reception services over the next 90 days.", R03, []),
    # --- devset 04, 2024-02-15
    (
        "devset 04",
        "the cards had technically lapsed on December 31, 2023, leaving",
        R04,
        [("December 31, 2023", D(2023, 12, 31), D(2023, 12, 31), "day", "on")],
    ),
    (
        "devset 04",
        "have not updated their biometric data since 2017, while",
        R04,
        [("2017", D(2017, 1, 1), R04, "year", "since")],
    ),
    (
        "devset 04",
        "The points will remain open from 9am to 5pm, and a helpline, 051-111-222-333,",
        R04,
        [("9am to 5pm", None, None, "time", "from")],
    ),
    (
        "devset 04",
        "from the Rs10 billion earmarked last year for the",
        R04,
        [("last year", D(2023, 1, 1), D(2023, 12, 31), "relative", None)],
    ),
    ("devset 04", "cards by six months and ... within 30 days. Form 5", R04, []),
    ("devset 04", "detained in Islamabad and Rawalpindi over the past three months.", R04, []),
    # --- devset 05, 2025-03-12
    (
        "devset 05",
        "COX'S BAZAR, 12 March 2025 — Coastal Aid Alliance today warned",
        R05,
        [("12 March 2025", R05, R05, "day", None), ("today", R05, R05, "relative", None)],
    ),
    (
        "devset 05",
        "rations fall from $11.50 to $6.25 per person from 1 April.",
        R05,
        [("1 April", D(2025, 4, 1), D(2025, 4, 1), "day", "from")],
    ),
    (
        "devset 05",
        "Most arrived after August 2017, when more than",
        R05,
        [("August 2017", D(2017, 8, 1), D(2017, 8, 31), "month", "after")],
    ),
    (
        "devset 05",
        "Our teams screened 2,140 children last month and found",
        R05,
        [("last month", D(2025, 2, 1), D(2025, 2, 28), "relative", None)],
    ),
    (
        "devset 05",
        "A fire in Camp 8W on Sunday destroyed around 600 shelters",
        R05,
        [("Sunday", D(2025, 3, 9), D(2025, 3, 9), "day", "on")],
    ),
    (
        "devset 05",
        "to Bhasan Char island since December 2020.",
        R05,
        [("December 2020", D(2020, 12, 1), R05, "month", "since")],
    ),
    ("devset 05", "to keep its 14 nutrition centres open for the next six months.", R05, []),
    # --- devset 06, 2024-05-20
    (
        "devset 06",
        "Flash Update No. 4 | As of 19 May 2024",
        R06,
        [("19 May 2024", D(2024, 5, 19), D(2024, 5, 19), "day", "as of")],
    ),
    (
        "devset 06",
        "has displaced an estimated 40,000 people since 10 May.",
        R06,
        [("10 May", D(2024, 5, 10), R06, "day", "since")],
    ),
    (
        "devset 06",
        "Since fighting escalated on 10 May, IOM's Displacement Tracking Matrix",
        R06,
        [("10 May", D(2024, 5, 10), R06, "day", "since")],
    ),
    (
        "devset 06",
        "Heavy shelling was reported at 5:30 am on 18 May near Abu Shouk",
        R06,
        [
            ("5:30 am", None, None, "time", "at"),
            ("18 May", D(2024, 5, 18), D(2024, 5, 18), "day", "on"),
        ],
    ),
    (
        "devset 06",
        "Since April 2023, almost 600,000 Sudanese refugees",
        R06,
        [("April 2023", D(2023, 4, 1), R06, "month", "since")],
    ),
    (
        "devset 06",
        "The 2024 Humanitarian Response Plan for Sudan seeks",
        R06,
        [("2024", D(2024, 1, 1), D(2024, 12, 31), "year", None)],
    ),
    (
        "devset 06",
        "UNHCR registered some 5,200 new arrivals at the Adre crossing during the week, of whom",
        R06,
        [("the week", None, None, "relative", "during")],  # anaphoric: no date of its own
    ),
    ("devset 06", "A 72-hour humanitarian pause proposed", R06, []),
    # --- devset 07, 2025-03-18
    (
        "devset 07",
        "a Common European System for Returns, published last week, aims",
        R07,
        [("last week", D(2025, 3, 10), D(2025, 3, 16), "relative", None)],
    ),
    (
        "devset 07",
        "between 18 and 23 percent since the late 2010s, and fell",
        R07,
        [("the late 2010s", D(2017, 1, 1), R07, "span", "since")],
    ),
    ("devset 07", "would replace Directive 2008/115/EC and create", R07, []),
    (
        "devset 07",
        "return operations cost €1.2bn between 2021 and 2024. Frontex",
        R07,
        [("2021 and 2024", D(2021, 1, 1), D(2024, 12, 31), "span", "between")],
    ),
    (
        "devset 07",
        "partnerships before the end of 2026 and publish",
        R07,
        [("the end of 2026", D(2026, 12, 31), D(2026, 12, 31), "day", "before")],
    ),
    (
        "devset 07",
        "These should be on the agenda when coordinators hold their 3rd meeting in June.",
        R07,
        [("June", D(2025, 6, 1), D(2025, 6, 30), "month", "in")],
    ),
    ("devset 07", "pre-removal detention from 18 months to up to 24 months", R07, []),
    # --- devset 08, 2024-12-19
    (
        "devset 08",
        "WASHINGTON, Dec 19 — U.S. Immigration",
        R08,
        [("Dec 19", R08, R08, "day", None)],
    ),
    (
        "devset 08",
        "removed more than 265,000 people in fiscal year 2024, the highest annual total "
        "since 2014, according",
        R08,
        [
            ("fiscal year 2024", D(2023, 10, 1), D(2024, 9, 30), "fiscal_year", "in"),
            ("2014", D(2014, 1, 1), R08, "year", "since"),
        ],
    ),
    (
        "devset 08",
        "covering the 12 months that ended Sept. 30, compares with about 140,000 "
        "removals the previous year, when",
        R08,
        [
            ("Sept. 30", D(2024, 9, 30), D(2024, 9, 30), "day", None),
            ("the previous year", D(2023, 1, 1), D(2023, 12, 31), "relative", None),
        ],
    ),
    (
        "devset 08",
        "The figures were released at 2 p.m. Eastern time.",
        R08,
        [("2 p.m. Eastern time", None, None, "time", "at")],
    ),
    ("devset 08", "under the Title 42 public health order ... Section 240 of the Act", R08, []),
    # --- devset 09, 2024-07-04
    (
        "devset 09",
        "A total of 52 people have died in this year's floods",
        R09,
        [("this year", D(2024, 1, 1), R09, "relative", "in")],
    ),
    (
        "devset 09",
        "the worst flooding they had seen since 2004. Schools",
        R09,
        [("2004", D(2004, 1, 1), R09, "year", "since")],
    ),
    (
        "devset 09",
        "will remain closed till July 10, and people in distress can call the state "
        "helpline 1070, officials said.",
        R09,
        [("July 10", D(2024, 7, 10), D(2024, 7, 10), "day", "until")],
    ),
    ("devset 09", "Traffic on NH-715, which skirts the park", R09, []),
    # --- devset 10, 2022-09-07
    (
        "devset 10",
        "1,314 people have died nationwide since June 14, of whom 458",
        R10,
        [("June 14", D(2022, 6, 14), R10, "day", "since")],
    ),
    (
        "devset 10",
        "The provincial cabinet on Tuesday approved Rs1.2bn",
        R10,
        [("Tuesday", D(2022, 9, 6), D(2022, 9, 6), "day", "on")],
    ),
    (
        "devset 10",
        "So far 1.5 lakh families in the province",
        R10,
        [("So far", None, R10, "relative", None)],
    ),
    ("devset 10", "34,000 cases of diarrhoea were reported in 24 hours.", R10, []),
    # --- devset 11, 2024-09-25
    (
        "devset 11",
        "HERAT, Afghanistan, Sept 25 — Iran has deported almost 1.7 million Afghans "
        "since the start of last year, Deputy",
        R11,
        [
            ("Sept 25", R11, R11, "day", None),
            ("the start of last year", D(2023, 1, 1), R11, "relative", "since"),
        ],
    ),
    (
        "devset 11",
        "up to 3,000 people a day were arriving this week, according",
        R11,
        [("this week", D(2024, 9, 23), R11, "relative", None)],
    ),
    (
        "devset 11",
        "police had detained him at 6am outside his workplace.",
        R11,
        [("6am", None, None, "time", "at")],
    ),
    (
        "devset 11",
        "In the first eight months of 2024, more than 610,000",
        R11,
        [("2024", D(2024, 1, 1), D(2024, 12, 31), "year", "of")],
    ),
    (
        "devset 11",
        "Nearly one million more could be sent back by March, the agency warned.",
        R11,
        [("March", D(2025, 3, 1), D(2025, 3, 31), "month", "by")],
    ),
    # --- devset 12, 2023-12-12
    (
        "devset 12",
        "returned from Pakistan since mid-September, and most",
        R12,
        [("mid-September", D(2023, 9, 11), R12, "span", "since")],
    ),
    (
        "devset 12",
        "we registered 3,100 new families on Sunday alone.",
        R12,
        [("Sunday", D(2023, 12, 10), D(2023, 12, 10), "day", "on")],
    ),
    (
        "devset 12",
        "hasn't been to school since October,” said Gul Pari",
        R12,
        [("October", D(2023, 10, 1), R12, "month", "since")],
    ),
    ("devset 12", "families who lived in Pakistan for 40 years and arrive", R12, []),
    # --- devset 13, 2025-04-02
    (
        "devset 13",
        "at the peak in the 1980s registered refugees",
        R13,
        [("the 1980s", D(1980, 1, 1), D(1989, 12, 31), "decade", "in")],
    ),
    (
        "devset 13",
        "Plan, announced in October 2023, is the most sustained push yet; its deadline "
        "expired on 1 November 2023.",
        R13,
        [
            ("October 2023", D(2023, 10, 1), D(2023, 10, 31), "month", "in"),
            ("1 November 2023", D(2023, 11, 1), D(2023, 11, 1), "day", "on"),
        ],
    ),
    (
        "devset 13",
        "roughly 850,000 people had left by the end of 2024, of whom",
        R13,
        [("the end of 2024", D(2024, 12, 31), D(2024, 12, 31), "day", "by")],
    ),
    (
        "devset 13",
        "The second phase, which began this week, covers",
        R13,
        [("this week", D(2025, 3, 31), R13, "relative", None)],
    ),
    (
        "devset 13",
        "holders of PoR cards, whose validity ends on June 30.",
        R13,
        [("June 30", D(2025, 6, 30), D(2025, 6, 30), "day", "on")],
    ),
    (
        "devset 13",
        "Data cut-off: 2025-03-31",
        R13,
        [("2025-03-31", D(2025, 3, 31), D(2025, 3, 31), "day", None)],
    ),
    ("devset 13", "For more than four decades the state's approach", R13, []),
    # --- devset 14, undated: spans are found, dates needing the report date stay None
    (
        "devset 14",
        "COX'S BAZAR, Bangladesh, Jan 9 — Bangladesh has recorded",
        None,
        [("Jan 9", None, None, "day", None)],
    ),
    (
        "devset 14",
        "who reached Teknaf at 3am on Monday with her 4-year-old son",
        None,
        [("3am", None, None, "time", "at"), ("Monday", None, None, "day", "on")],
    ),
    (
        "devset 14",
        "Rohingya have fled to Bangladesh in waves since the 1970s.",
        None,
        [("the 1970s", D(1970, 1, 1), D(1979, 12, 31), "decade", "since")],
    ),
    # --- journalistic forms, against the seed's date 2023-11-23 (Thursday)
    (
        "journalistic form",
        "on Oct 3, 2023 the",
        SEED,
        [("Oct 3, 2023", D(2023, 10, 3), D(2023, 10, 3), "day", "on")],
    ),
    (
        "journalistic form",
        "It began on 3 October.",
        SEED,  # 51 days back beats 315 ahead
        [("3 October", D(2023, 10, 3), D(2023, 10, 3), "day", "on")],
    ),
    (
        "journalistic form",
        "Wednesday, 22 November 2023",
        SEED,
        [("Wednesday, 22 November 2023", D(2023, 11, 22), D(2023, 11, 22), "day", None)],
    ),
    (
        "journalistic form",
        "the operation ran 28 June–4 July 2024",
        SEED,
        [("28 June–4 July 2024", D(2024, 6, 28), D(2024, 7, 4), "span", None)],
    ),
    (
        "journalistic form",
        "returns in Q4 2023 rose",
        SEED,
        [("Q4 2023", D(2023, 10, 1), D(2023, 12, 31), "quarter", "in")],
    ),
    (
        "journalistic form",
        "in the fourth quarter of 2023",
        SEED,
        [("the fourth quarter of 2023", D(2023, 10, 1), D(2023, 12, 31), "quarter", "in")],
    ),
    (
        "journalistic form",
        "the budget for 2005-06 was",
        SEED,
        [("2005-06", D(2005, 7, 1), D(2006, 6, 30), "fiscal_year", "for")],
    ),
    (
        "journalistic form",
        "in FY 2023-24",
        SEED,
        [("FY 2023-24", D(2023, 7, 1), D(2024, 6, 30), "fiscal_year", "in")],
    ),
    (
        "journalistic form",
        "refugees of the 1970s",
        SEED,
        [("the 1970s", D(1970, 1, 1), D(1979, 12, 31), "decade", "of")],
    ),
    (
        "journalistic form",
        "expected by mid-2024",
        SEED,
        [("mid-2024", D(2024, 5, 1), D(2024, 8, 31), "span", "by")],
    ),
    (
        "journalistic form",
        "this week",
        SEED,
        [("this week", D(2023, 11, 20), SEED, "relative", None)],
    ),
    (
        "journalistic form",
        "yesterday and today",
        SEED,
        [
            ("yesterday", D(2023, 11, 22), D(2023, 11, 22), "relative", None),
            ("today", SEED, SEED, "relative", None),
        ],
    ),
    (
        "journalistic form",
        "valid until June 30",
        SEED,  # 'until' points forward
        [("June 30", D(2024, 6, 30), D(2024, 6, 30), "day", "until")],
    ),
    (
        "journalistic form",
        "Talks will resume on Monday.",
        SEED,  # future verb
        [("Monday", D(2023, 11, 27), D(2023, 11, 27), "day", "on")],
    ),
    (
        "journalistic form",
        "It happened last Monday.",
        SEED,
        [("last Monday", D(2023, 11, 20), D(2023, 11, 20), "day", None)],
    ),
    (
        "journalistic form",
        "In March 20 people died.",
        SEED,  # a count after a month
        [("March", D(2023, 3, 1), D(2023, 3, 31), "month", "in")],
    ),
    (
        "journalistic form",
        "dated 25/12/2023 and 12/03/2025",
        SEED,  # the 2nd is ambiguous
        [
            ("25/12/2023", D(2023, 12, 25), D(2023, 12, 25), "day", None),
            ("12/03/2025", None, None, "day", None),
        ],
    ),
    (
        "journalistic form",
        "ahead of the 2024 elections",
        SEED,
        [("2024", D(2024, 1, 1), D(2024, 12, 31), "year", None)],
    ),
    ("journalistic form", "more than 2000 people and some 1990 families", SEED, []),
    (
        "journalistic form",
        "a 30-day window, 12 months, the past 40 years, next six months",
        SEED,
        [],
    ),
    ("journalistic form", "Rs 2023 crore under Section 2019", SEED, []),
    (
        "journalistic form",
        "the FY2024-25 budget",
        SEED,
        [("FY2024-25", D(2024, 7, 1), D(2025, 6, 30), "fiscal_year", None)],
    ),
    (
        "journalistic form",
        "In March 2000 people died.",  # a count after a month, not March 2000
        SEED,
        [("March", D(2023, 3, 1), D(2023, 3, 31), "month", "in")],
    ),
    ("journalistic form", "They counted ١٬٢٥٠ people and २५ families.", SEED, []),
    (
        "journalistic form",
        "on February 29, 2023 and on June 31",  # impossible dates: spans kept, no dates
        SEED,
        [("February 29, 2023", None, None, "day", "on"), ("June 31", None, None, "day", "on")],
    ),
    (
        "journalistic form",
        "on Feb 29",  # the leap day nearest the report date of 2023-11-23
        SEED,
        [("Feb 29", D(2024, 2, 29), D(2024, 2, 29), "day", "on")],
    ),
    (
        "journalistic form",
        "between January and March 2024, 12,000 people",
        SEED,
        [("January and March 2024", D(2024, 1, 1), D(2024, 3, 31), "span", "between")],
    ),
    (
        "journalistic form",
        "from October 2023 to March 2024",
        SEED,
        [("October 2023 to March 2024", D(2023, 10, 1), D(2024, 3, 31), "span", "from")],
    ),
    (
        "journalistic form",
        "in Jan-Mar 2024 and from December to February 2024",  # 2024 is a leap year
        SEED,
        [
            ("Jan-Mar 2024", D(2024, 1, 1), D(2024, 3, 31), "span", "in"),
            ("December to February 2024", D(2023, 12, 1), D(2024, 2, 29), "span", "from"),
        ],
    ),
    (
        "journalistic form",
        "in October and November",  # two months, not one span, without "between"
        SEED,
        [
            ("October", D(2023, 10, 1), D(2023, 10, 31), "month", "in"),
            ("November", D(2023, 11, 1), D(2023, 11, 30), "month", None),
        ],
    ),
    ("journalistic form", "March organisers said May Khan", SEED, []),
    # "a year ago", "a week ago" (session 8, ICE data stories): the day that far before the
    # report date (2023-11-23); "two years ago" is no reference, its duration a figure
    (
        "journalistic form",
        "up from 39,300 a year ago and 41,000 a week ago, and 30,000 two years ago",
        SEED,
        [
            ("a year ago", D(2022, 11, 23), D(2022, 11, 23), "relative", None),
            ("a week ago", D(2023, 11, 16), D(2023, 11, 16), "relative", None),
        ],
    ),
]


@pytest.mark.parametrize(
    "source, text, report_date, expected",
    CASES,
    ids=[f"{c[0]}: {c[1][:40]}" for c in CASES],
)
def test_time_refs(source, text, report_date, expected):
    refs = find_time_refs(text, report_date)
    got = [(r.text, r.date_from, r.date_to, r.granularity, r.relation) for r in refs]
    assert got == expected, source
    for r in refs:
        assert text[r.start : r.end] == r.text


def _locate_in_order(text: str, items: list[str]) -> list[tuple[str, int, int]]:
    """Gold lists are verbatim and in order of appearance: find each after the previous."""
    out, pos = [], 0
    for item in items:
        m = re.compile(r"(?<!\w)" + re.escape(item) + r"(?!\w)").search(text, pos)
        assert m is not None, f"{item!r} not found after offset {pos}"
        out.append((item, m.start(), m.end()))
        pos = m.end()
    return out


# Every not_figure of the dev set and the seed, classified by hand: time expressions must
# lie inside a TimeRef span; identifiers, ages and phone numbers that carry digits must
# not touch one (they are not dates, and a date span over them would hide nothing useful
# but would be wrong). Ordinals and vague quantities may do either.
TIME_LIKE = {
    "October 3", "November 1", "1979", "November 15", "Nov 8", "10am", "0500 GMT",
    "1–7 July 2024", "10 pm", "December 31, 2023", "2017", "9am", "5pm", "12 March 2025",
    "1 April", "August 2017", "December 2020", "19 May 2024", "10 May", "5:30 am", "18 May",
    "April 2023", "2024", "2023", "2010s", "2021", "2026", "Dec 19", "2014", "Sept. 30",
    "2 p.m.", "2004", "July 10", "June 14", "Sept 25", "6am", "12 December 2023", "1980s",
    "October 2023", "1 November 2023", "June 30", "2025-03-31", "Jan 9", "3am", "1970s",
    "January 2024", "October", "this year",
}  # fmt: skip
NOT_TIME = {
    "second", "12-year-old", "Section 144", "third", "one of the", "hundreds of", "COVID-19",
    "No. 1", "first", "one-time", "+93 700 123 456", "051-111-222-333", "Form 5",
    "under five", "Camp 8W", "+880 1711 000000", "No. 4", "tens of thousands",
    "Directive 2008/115/EC", "Article 7", "Article 14", "3rd", "Title 42", "age of 18",
    "Section 240", "10-year-old", "lakhs of", "NH-715", "1070", "N-55", "35-year-old",
    "dozens of", "eight-year-old", "Phase one", "under 18", "Hundreds of thousands of",
    "4-year-old", "Camp 1E", "Camp 26", "Thousands of", "second phase",
}  # fmt: skip


def _gold_files() -> list[Path]:
    files = sorted((FIXTURES / "devset").glob("*.gold.json"))
    files += sorted((FIXTURES / "seed").glob("*.gold.json"))
    return files


def test_gold_files_present():
    assert len(_gold_files()) == 15


@pytest.mark.parametrize("gold_path", _gold_files(), ids=lambda p: p.name)
def test_gold_coverage(gold_path: Path):
    """Dates in not_figures are inside TimeRef spans; no gold figure touches one."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    report = load_report(gold_path.with_name(gold["report"]))
    refs = find_time_refs(report.text, report.date)
    for item, start, end in _locate_in_order(report.text, gold["not_figures"]):
        assert item in TIME_LIKE or item in NOT_TIME, f"unclassified not_figure {item!r}"
        if item in TIME_LIKE:
            assert any(r.start <= start and end <= r.end for r in refs), f"{item!r} not covered"
        elif any(c.isdigit() for c in item):
            assert not in_time_ref(refs, start, end), f"{item!r} wrongly read as a date"
    for item, start, end in _locate_in_order(report.text, [f["text"] for f in gold["figures"]]):
        assert not in_time_ref(refs, start, end), f"figure {item!r} inside a time reference"


def test_frame_types_and_order():
    text = "On Wednesday, since 10 May and at 5:30 am, in the 1980s."
    frame = time_refs_frame(text, R06)
    assert list(frame.columns) == [
        "start", "end", "text", "date_from", "date_to", "granularity", "relation"
    ]  # fmt: skip
    assert str(frame["start"].dtype) == "Int64"
    assert str(frame["text"].dtype).startswith("string")
    assert str(frame["date_from"].dtype) == "datetime64[s]"
    assert str(frame["date_to"].dtype) == "datetime64[s]"
    assert list(frame["granularity"].cat.categories) == list(GRANULARITIES)
    assert frame["text"].tolist() == ["Wednesday", "10 May", "5:30 am", "the 1980s"]
    assert frame["date_from"].tolist()[:2] == [
        pd.Timestamp("2024-05-15"),
        pd.Timestamp("2024-05-10"),
    ]
    assert frame["date_to"].tolist()[1] == pd.Timestamp("2024-05-20")  # "since" runs to the report
    assert pd.isna(frame["date_from"].iloc[2])  # a clock time has no date


def test_empty_frame_is_typed():
    frame = time_refs_frame("No dates here at all.", None)
    assert len(frame) == 0
    assert str(frame["date_from"].dtype) == "datetime64[s]"
    assert str(frame["start"].dtype) == "Int64"


def test_in_time_ref_and_spans():
    text = "since 1979 and 240 people on June 30"
    spans = time_spans(text, SEED)
    assert spans == [(6, 10), (29, 36)]  # "1979", "June 30"
    assert in_time_ref(spans, 6, 10)
    assert in_time_ref(spans, 8, 12)  # overlap counts
    assert not in_time_ref(spans, 15, 18)  # "240"
    assert not in_time_ref([], 0, 1)


def test_fiscal_start_month_for_other_fiscal_years():
    """India's fiscal year starts in April: FY2024 is April 2023 to March 2024."""
    refs = find_time_refs("fiscal year 2024 and 2005-06", SEED, fiscal_start_month=4)
    assert [(r.text, r.date_from, r.date_to) for r in refs] == [
        ("fiscal year 2024", D(2023, 4, 1), D(2024, 3, 31)),
        ("2005-06", D(2005, 4, 1), D(2006, 3, 31)),
    ]


def test_is_date_like_answers_per_number():
    text = "since 1979 and 240 people on June 30"
    assert is_date_like(text, 6, 10)  # "1979"
    assert not is_date_like(text, 15, 18)  # "240"
    assert is_date_like(text, 32, 34, SEED)  # the "30" of "June 30"


def test_a_report_brings_its_own_date():
    report = Report.from_text("date 2023-11-23\nOfficials said on Wednesday that 2,000 left.")
    refs = find_time_refs(report)
    assert [(r.text, r.date_from) for r in refs] == [("Wednesday", D(2023, 11, 22))]
    assert time_refs_frame(report)["text"].tolist() == ["Wednesday"]


def test_bad_input_type():
    with pytest.raises(TypeError):
        find_time_refs(b"October 3", SEED)  # type: ignore[arg-type]


def test_one_megabyte_of_text_and_adversarial_runs():
    """Patterns are bounded: 1 MB of reports plus pathological runs completes, spans sound."""
    reports = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "devset").glob("*.txt"))
    )
    hostile = (
        "1 " * 20_000
        + "January " * 10_000
        + "2023-" * 10_000
        + "9am to " * 5_000
        + "the start of the end of the " * 2_000
        + "1–2–3–4–5 " * 5_000
    )
    text = (reports + "\n" + hostile) * 1
    text = (text * (1_000_000 // len(text) + 1))[:1_000_000]
    refs = find_time_refs(text, SEED)
    assert len(refs) > 1000
    last_end = 0
    for r in refs:
        assert isinstance(r, TimeRef)
        assert r.start >= last_end and text[r.start : r.end] == r.text
        last_end = r.end


_FRAGMENTS = [
    "since ", "by ", "until ", "on ", "in ", "the ", "last ", "this ", "mid-", "early ",
    "October", "Oct.", "Sept. ", "May", "Wednesday", "3", "31", "2023", "1980s", "'90s",
    "2005-06", "Q4", "FY", "fiscal year ", "10am", "5:30 ", "p.m.", "GMT", "week", "year",
    "–", "-", "/", ",", ".", " ", "\n", "\u00a0", "1,200", "people", "so far", "today",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join),
    st.one_of(st.none(), st.dates(min_value=D(1990, 1, 1), max_value=D(2040, 12, 31))),
)
def test_spans_are_sound_for_any_text(text, report_date):
    """Whatever the text: spans in order, without overlaps, matching the text, and every
    resolved interval runs forwards."""
    last_end = 0
    for r in find_time_refs(text, report_date):
        assert r.start >= last_end and text[r.start : r.end] == r.text
        assert r.granularity in GRANULARITIES
        if r.date_from is not None and r.date_to is not None:
            assert r.date_from <= r.date_to
        last_end = r.end


# One phrase for each way a time expression opens, written for this check.
_OPENINGS = [
    "earlier this year", "later this month", "so far this year", "thus far", "to date",
    "year-to-date", "the end of last year", "the previous month", "the past week",
    "the first week of July", "the 1990s", "mid-1990s", "the '90s", "late 2010s",
    "the first quarter of 2024", "first half of 2024", "the second half of last year",
    "H1 2024", "Q4 2023", "2023 Q4", "fourth quarter", "12 noon", "noon", "midnight",
    "3 o'clock", "FY24", "FY 2023-24", "fiscal 2024", "financial year 2023-24", "2005-06",
    "Wednesday, 3 October 2023", "3rd of October", "October 3, 2023", "Sept. 30",
    "last Wednesday night", "this morning", "tonight", "tomorrow", "yesterday", "today",
    "next week", "the coming year", "late 2023", "the start of 2024", "the beginning of March",
    "the middle of June", "early July", "this March", "last May", "1–7 July 2024",
    "July 1–7, 2024", "January–March 2024", "from October 2023 to March 2024", "2021–24",
    "between 2019 and 2022", "2023-11-22", "22/11/2023", "10am", "5:30 p.m.", "1400 GMT",
    "14:30", "this weekend", "1990s", "'90s", "early 1980s", "1st half of 2024",
    "1st week of July", "start of next year", "end of this month", "middle of the year",
    "beginning of the week", "end of 2024", "beginning of 2023", "middle of 2022",
    "early 2024", "the end of October 2023", "mid-September 2023", "early June 2024",
    "late August 2023", "beginning of April 2021", "start of May 2020", "middle of July 2019",
    "end of June", "next May", "middle of August", "start of December", "beginning of April",
    "late January", "next Friday", "this Saturday", "financial year 2024",
    "fiscal year 2023-24", "the last quarter of 2023", "second quarter", "final quarter",
    "third quarter", "3/10/2023", "1st quarter of 2024", "14:30 GMT", "1430 GMT",
    "XFY 23-24", "end of March 2024", "first week of May", "last week of June",
    "final week of April", "second week of March", "third week of May", "fourth week of July",
]  # fmt: skip


# The scan that tries each pattern only at its possible first words must find exactly
# what a full ``finditer`` over the text finds. Texts: every fixture report, every case
# of the table above, and hypothesis-built strings of date-like fragments (with words
# that only look like first words: "bathe", "amid", "Mayor", "FYI", "Q&A", "H&M").
_SCAN_FRAGMENTS = _FRAGMENTS + [f"{p} " for p in _OPENINGS] + [
    "the ", "The ", "bathe ", "amid ", "mid-", "Mid ", "late ", "early ", "end of ", "start of ",
    "Mayor ", "May ", "MAY ", "Sept.", "FYI ", "FY", "FY ", "Q", "Q&A ", "H", "H&M ", "first ",
    "last ", "Last ", "next ", "this ", "noon", "midnight", "o'clock", "’", "'", "s", "0s",
    "1990", "19", "2", "4", "0", "1st ", "half of ", "quarter ", "year-to-date", "to date",
    "Tuesday ", "a.m.", "pm", "hrs", "to ", "and ", "through ", "of ", "week of ", "earlier ",
    "later ", "Yesterday ", "tonight ", "thus far ", "month ", "this morning", "the past ",
]  # fmt: skip


def _scan_texts() -> list[str]:
    paths = sorted(FIXTURES.rglob("*.txt"))
    phrases = [f"{p}; Since {p.capitalize()}, by {p}." for p in _OPENINGS]
    return [p.read_text(encoding="utf-8") for p in paths] + [c[1] for c in CASES] + phrases


def _both_scans(text: str):
    from analysis import scan, timeref

    for order, (_prio, pattern, _h) in enumerate(timeref._PATTERNS):
        fast = [m.span() for m in scan.scan(pattern, text, timeref._STARTS[order])]
        full = [m.span() for m in timeref._scan_full(pattern, text)]
        yield order, fast, full


@pytest.mark.parametrize("text", _scan_texts(), ids=lambda t: t[:30])
def test_first_word_scan_equals_full_scan_on_fixtures(text):
    for order, fast, full in _both_scans(text):
        assert fast == full, f"pattern {order}"


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_FRAGMENTS), max_size=30).map("".join))
def test_first_word_scan_equals_full_scan_on_any_text(text):
    for order, fast, full in _both_scans(text):
        assert fast == full, f"pattern {order} on {text!r}"


def _gates_hold(text: str) -> None:
    """A pattern skipped for want of its words (timeref._NEEDS) would have found nothing."""
    from analysis import scan, timeref

    words = scan.WordIndex(text).words
    for order, (_prio, pattern, _h) in enumerate(timeref._PATTERNS):
        need = timeref._NEEDS[order]
        if need is not None and need.isdisjoint(words):
            assert timeref._scan_full(pattern, text) == [], f"pattern {order} on {text!r}"


@pytest.mark.parametrize("text", _scan_texts(), ids=lambda t: t[:30])
def test_pattern_word_gates_on_fixtures(text):
    _gates_hold(text)


_GATE_FRAGMENTS = _SCAN_FRAGMENTS + [
    "week", "weeks ", "weekend ", "Q4", "Q4 2023", "2023 Q4", "q4", "quarter", "quarters ",
    "third quarter", "H1", "H2 2024", "half", "halfway ", "14:00 ", "1400", "GMT", "GMTX",
    "UTC", "Zulu", "local time", "hours", "hrs", "hr", "h", "first half of ", "fourth ",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_GATE_FRAGMENTS), max_size=30).map("".join))
def test_pattern_word_gates_on_any_text(text):
    _gates_hold(text)
