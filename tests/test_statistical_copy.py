"""Figures as statistics offices and their press write them, annotated by hand.

Session 4 read real statistical releases and the news copy built on them (EU asylum
figures, monthly and annual, and reports quoting them) and ran the extractor on them. The
forms it got wrong are below, each in a sentence invented for this table (same
construction, other names and numbers; no article's text is kept). The expected values were
written before the fixes; ``BEFORE`` records which cases failed then.

Each figure is ``(text, value, bound, kind, head, part_of)``: ``value`` a number (a range
is not used here), ``head`` the lowercase head noun or ``None``, ``part_of`` the index in
the case's own list of the figure it is a part of, or ``None``. ``ANY`` skips a field whose
annotation is open.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import extract_figures
from analysis.evaluate import source_agrees

ANY = object()

CASES = [
    (
        "invented/statistics release: a space-grouped number before a comma",
        "Syria was again the main country of origin (98 300, or 11% of the EU total).",
        [
            ("98 300", 98300, "exact", "count", ANY, None),
            ("11%", 11, "exact", "percent", "total", None),
        ],
    ),
    (
        "invented/statistics release: a space-grouped number before a full stop",
        "In April, monthly applications reached 64 215.",
        [("64 215", 64215, "exact", "count", "applications", None)],
    ),
    (
        "invented/news on a release: 'one third' written with a space",
        "Germany received almost one third of all first-time applicants.",
        [("almost one third", 100 / 3, "upper", "percent", "applicants", None)],
    ),
    (
        "invented/news on a release: 'one fifth' and 'three quarters' with a space",
        "One fifth of the budget went to housing and nearly three quarters of the homes "
        "were rebuilt.",
        [
            ("One fifth", 20, "exact", "percent", "budget", None),
            ("nearly three quarters", 75, "upper", "percent", "homes", None),
        ],
    ),
    (
        "invented/statistics release: from N in a month and year to M in another",
        "Claims rose sharply (from 3,400 in January 2023 to 9,150 in March 2023).",
        [
            ("3,400", 3400, "exact", "count", ANY, None),
            ("9,150", 9150, "exact", "count", ANY, None),
        ],
    ),
    (
        "invented/statistics release: a count and its share side by side in brackets",
        "Next came Italy (41 200, 12%) and Spain (38 900, 11%).",
        [
            ("41 200", 41200, "exact", "count", ANY, None),
            ("12%", 12, "exact", "percent", ANY, None),
            ("38 900", 38900, "exact", "count", ANY, None),
            ("11%", 11, "exact", "percent", ANY, None),
        ],
    ),
    (
        "invented/statistics release: a share of 'the EU total with'",
        "Greece accounted for 8% of the EU total with 30 100 applications.",
        [
            ("8%", 8, "exact", "percent", "total", None),
            ("30 100", 30100, "exact", "count", "applications", None),
        ],
    ),
]

# From real UK migration-statistics copy (the ONS's long-term migration bulletins and news
# on them); cases invented. Written before the fixes; all failed.
CASES += [
    (
        "invented/statistics bulletin: a signed net figure",
        "Net migration was +212,000 in the year ending March 2019.",
        [("212,000", 212000, "exact", "count", ANY, None)],
    ),
    (
        "invented/statistics bulletin: a change in brackets and after a dash",
        "Immigration was 598,000 (down 12,000 on the year) and emigration 351,000 — up 4,000.",
        [
            ("598,000", 598000, "exact", "count", ANY, None),
            ("12,000", 12000, "exact", "count", ANY, None),
            ("351,000", 351000, "exact", "count", ANY, None),
            ("4,000", 4000, "exact", "count", ANY, None),
        ],
    ),
    (
        "invented/statistics bulletin: a count 'lower than' another",
        "The new figure was 8,000 lower than the first estimate of 254,000.",
        [
            # head first annotated None; the extractor's documented fallback for a bare
            # count of 1,000 or more is "people" (the dev set's convention), so left open
            ("8,000", 8000, "exact", "count", ANY, None),
            # first annotated "estimate"; by the table's convention a figure-noun
            # ("total", "estimate": analysis.figures._NOT_NOUN_OF) is not what is counted
            ("254,000", 254000, "exact", "count", ANY, None),
        ],
    ),
    (
        "invented/statistics bulletin: proper modifiers joined before one noun",
        "An estimated 44% of EU and British nationals came for work, as did 300 US and "
        "Canadian students.",
        [
            ("An estimated 44%", 44, "approximate", "percent", "nationals", None),
            ("300", 300, "exact", "count", "students", None),
        ],
    ),
]

# From real OCHA humanitarian funding updates (fact boxes and the prose under them);
# cases invented. Written before the fixes; all failed.
CASES += [
    (
        "invented/funding update: fact-box scale letters after a space",
        "Funding required: $31.7 B\nPeople in need: 142.6 M\nCountries affected: 29\n",
        [
            ("$31.7 B", 31.7e9, "exact", "money", "USD", None),
            ("142.6 M", 142.6e6, "exact", "count", "people", None),
            ("29", 29, "exact", "count", ANY, None),
        ],
    ),
    (
        "invented/funding update: a fraction glossed by its percentage",
        "The appeals have received two-thirds (67%) of all humanitarian funding this year.",
        [
            ("two-thirds", 200 / 3, "exact", "percent", "funding", None),
            ("67%", 67, "exact", "percent", "funding", None),
        ],
    ),
    (
        "invented/funding update: one unit after a list of numbers",
        "The Yemen and Sudan plans are funded at 31 and 18 per cent respectively, and the "
        "camps lie 10, 15 or 40 km from the border.",
        [
            ("31", 31, "exact", "percent", ANY, None),
            ("18 per cent", 18, "exact", "percent", ANY, None),
            ("10", 10, "exact", "measure", ANY, None),
            ("15", 15, "exact", "measure", ANY, None),
            ("40 km", 40, "exact", "measure", "km", None),
        ],
    ),
]

# From real Statistics Canada population releases and news on them; cases invented.
# Written before the fixes; both failed.
CASES += [
    (
        "invented/population release: a signed count in brackets before its noun",
        "Manitoba recorded slight gains in its exchanges with other provinces (+415 persons) "
        "for a third quarter.",
        [("415", 415, "exact", "count", "persons", None)],
    ),
    (
        "invented/population release: a share of 'the increase seen during'",
        "Net migration accounted for about 64% of the increase seen during the quarter.",
        [("about 64%", 64, "approximate", "percent", "increase", None)],
    ),
]

#: Other fields of some figures, written with them: id -> {figure text: {field: value}}.
#: ``source`` is compared as the scorer compares it (analysis.evaluate.source_agrees).
EXTRA = {
    "invented/statistics bulletin: a change in brackets and after a dash": {
        "12,000": {"direction": "down"},
        "4,000": {"direction": "up"},
        "598,000": {"direction": None},
    },
    "invented/statistics bulletin: a count 'lower than' another": {"8,000": {"direction": "down"}},
}

# From real Pakistani dailies on the return of Afghans (Khyber and Peshawar datelines);
# cases invented. Written before the fixes; all failed.
CASES += [
    (
        "invented/Pakistani daily: a list of counts each 'in' a province",
        "Shelters were set up across the country: 21 in Punjab, 4 in KP, 2 in Sindh and 1 in AJK.",
        [
            ("21", 21, "exact", "count", ANY, None),
            ("4", 4, "exact", "count", ANY, None),
            ("2", 2, "exact", "count", ANY, None),
            ("1", 1, "exact", "count", ANY, None),
        ],
    ),
    (
        "invented/Pakistani daily: a department's statement 'here Thursday'",
        "The provincial relief department statement here Thursday said that 412 families had "
        "been shifted to camps.",
        [("412", 412, "exact", "count", "families", None)],
    ),
    (
        "invented/Pakistani daily: 'according to' data, then a bound, no comma",
        "According to available provincial data nearly 64,000 people have left the district.",
        [("nearly 64,000", 64000, "upper", "count", "people", None)],
    ),
    (
        "invented/Pakistani daily: transit facilities are no crossing",
        "Officials opened 12 transit facilities across the province on Monday.",
        [("12", 12, "exact", "count", "facilities", None)],
    ),
]
# From real immigration-court backlog analyses (TRAC and MPI reports and news on them);
# cases invented. Written before the fixes; both failed.
CASES += [
    (
        "invented/research report: the number of X from N to M",
        "A rise in the number of asylum officers from 310 in 2017 to about 520 in 2023 has "
        "not cut the backlog.",
        [
            ("310", 310, "exact", "count", "officers", None),
            ("about 520", 520, "approximate", "count", "officers", None),
        ],
    ),
    (
        "invented/US city copy: the number of X in Y's care rising from N to M",
        "Officials expect the number of migrants in the city's care rising from 41,200 now to "
        "more than 80,000 next year.",
        [
            ("41,200", 41200, "exact", "count", "migrants", None),
            ("more than 80,000", 80000, "lower", "count", "migrants", None),
        ],
    ),
    (
        "invented/population release: a change by a percentage is no share of a count",
        "Manitoba grew fastest of the 13 provinces and territories, increasing by 3.1%, and "
        "arrests reached 640, an increase of 12% on 2022.",
        [
            ("13", 13, "exact", "count", "provinces", None),
            ("3.1%", 3.1, "exact", "percent", None, None),
            ("640", 640, "exact", "count", "arrests", None),
            ("12%", 12, "exact", "percent", None, None),
        ],
    ),
    (
        "invented/research report: N times a present level is a multiplier",
        "Holding every applicant would take more than 30 times current detention capacity, "
        "and 4,100 beds exist.",
        [("4,100", 4100, "exact", "count", "beds", None)],
    ),
]
# From real Indian copy on Assam's citizens register; cases invented. Written before the
# fixes; all failed.
CASES += [
    (
        "invented/Indian daily: 'Among the N X,' opens the clause of its part",
        "The register was published. Among the 2.8 crore applicants, nearly 12 lakh were left "
        "out of the list.",
        [
            ("2.8 crore", 2.8e7, "exact", "count", "applicants", None),
            ("nearly 12 lakh", 1.2e6, "upper", "count", "applicants", 0),
        ],
    ),
    (
        "invented/Indian daily: 'Out of the total N X,' opens the clause of its part",
        "Out of the total 2.8 crore applicants, 2.68 crore were included.",
        [
            ("2.8 crore", 2.8e7, "exact", "count", "applicants", None),
            ("2.68 crore", 2.68e7, "exact", "count", "applicants", 0),
        ],
    ),
    (
        "invented/Indian daily: a plural possessive in a name before the counted noun",
        # first written with "and 40 farmers' cooperatives" (cooperatives); changed before
        # the fix, as open: "300 workers' wages" counts workers, so only a capitalised
        # possessive (a name) is read through
        "The state will set up 300 Foreigners' Tribunals and pay 40 workers' wages.",
        [
            ("300", 300, "exact", "count", "tribunals", None),
            ("40", 40, "exact", "count", "workers", None),
        ],
    ),
]
# From real IOM and UNHCR border-monitoring updates on Afghan returns; cases invented.
# Written before the fixes; both failed.
CASES += [
    (
        "invented/border-monitoring update: counts broken down in brackets",
        "The number of returnees from Iran was 18,420 (9,105 deportees and 9,315 spontaneous "
        "returnees) and from Pakistan 610 (540 returnees and 70 deportees).",
        [
            ("18,420", 18420, "exact", "count", "returnees", None),
            ("9,105", 9105, "exact", "count", "deportees", 0),
            ("9,315", 9315, "exact", "count", "returnees", 0),
            ("610", 610, "exact", "count", ANY, None),
            ("540", 540, "exact", "count", "returnees", 3),
            ("70", 70, "exact", "count", "deportees", 3),
        ],
    ),
    (
        "invented/agency update: an ISO code after the amount",
        "The programme is 31% funded against a request of 14.6M USD, and cash grants average "
        "150 EUR a family.",
        [
            ("31%", 31, "exact", "percent", ANY, None),
            ("14.6M USD", 14.6e6, "exact", "money", "USD", None),
            ("150 EUR", 150, "exact", "money", "EUR", None),
        ],
    ),
]
# From real German asylum-statistics copy (dpa on BAMF figures); case invented. Written
# before the fix; it failed (9% was first annotated with no direction by a slip, corrected
# to "up" before the "rise in X stood at" form was added).
CASES += [
    (
        "invented/wire on monthly asylum figures: 'the drop was N%'",
        "Applications fell again in May. In April, the drop was 14.2%, and the rise in "
        "decisions stood at 9%.",
        [
            ("14.2%", 14.2, "exact", "percent", None, None),
            ("9%", 9, "exact", "percent", None, None),
        ],
    ),
]
# Tables pasted as text (tabs or pipes) in real agency updates and news: a figure alone in
# a cell took a noun carried over ("people"), not its column's header. Invented.
CASES += [
    (
        "invented/agency update: a table pasted with tabs",
        "District\tReturnees\tFamilies\nKhyber\t4,210\t730\nKurram\t1,980\t345\n",
        [
            ("4,210", 4210, "exact", "count", "returnees", None),
            ("730", 730, "exact", "count", "families", None),
            ("1,980", 1980, "exact", "count", "returnees", None),
            ("345", 345, "exact", "count", "families", None),
        ],
    ),
    (
        "invented/news site: a markdown table",
        "| Crossing | Arrivals |\n|---|---|\n| Torkham | 6,120 |\n| Chaman | 2,045 |\n",
        [
            ("6,120", 6120, "exact", "count", "arrivals", None),
            ("2,045", 2045, "exact", "count", "arrivals", None),
        ],
    ),
]
EXTRA.update(
    {
        "invented/wire on monthly asylum figures: 'the drop was N%'": {
            "14.2%": {"direction": "down"},
            "9%": {"direction": "up"},
        },
        "invented/Pakistani daily: a list of counts each 'in' a province": {
            "21": {"place": "Punjab"},
            "4": {"place": "KP"},
            "2": {"place": "Sindh"},
            "1": {"place": "AJK"},
        },
        "invented/Pakistani daily: a department's statement 'here Thursday'": {
            "412": {"source": "provincial relief department"}
        },
        "invented/Pakistani daily: 'according to' data, then a bound, no comma": {
            "nearly 64,000": {"source": "available provincial data"}
        },
        "invented/Pakistani daily: transit facilities are no crossing": {"12": {"category": None}},
    }
)

#: Cases that failed before this round's fixes (all of them), by id.
BEFORE = {c[0] for c in CASES}


def _find(df: pd.DataFrame, text: str, fig_text: str, pos: int) -> tuple[int, int] | None:
    start = text.find(fig_text, pos)
    assert start >= 0, f"{fig_text!r} not in order in the case"
    end = start + len(fig_text)
    hit = df.index[(df["start"] < end) & (df["end"] > start)]
    return (int(hit[0]), end) if len(hit) else (None, end)


@pytest.mark.parametrize("cid,text,figs", CASES, ids=[c[0] for c in CASES])
def test_statistical_copy(cid, text, figs):
    df = extract_figures(text)
    assert len(df) == len(figs), list(df["text"])
    rows: list[int] = []
    pos = 0
    for fig_text, value, bound, kind, head, part_of in figs:
        i, pos = _find(df, text, fig_text, pos)
        assert i is not None, f"{fig_text!r} not found"
        rows.append(i)
        r = df.loc[i]
        assert r["text"] == fig_text
        assert math.isclose(float(r["value"]), value, rel_tol=1e-9)
        assert (r["bound"], r["kind"]) == (bound, kind)
        if head is not ANY:
            got = None if pd.isna(r["head"]) else r["head"]
            assert got == head
        if part_of is not ANY:
            got = None if pd.isna(r["part_of"]) else int(r["part_of"])
            want = None if part_of is None else rows[part_of]
            assert got == want, (fig_text, got, want)
        for field, want in EXTRA.get(cid, {}).get(fig_text, {}).items():
            got = None if pd.isna(r[field]) else r[field]
            if field == "source":
                assert source_agrees(want, got), (fig_text, field, got, want)
            else:
                assert got == want, (fig_text, field, got, want)
