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
