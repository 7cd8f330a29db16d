"""Figures in whole, long texts, annotated by hand.

Each text in tests/fixtures/longform/ was invented for this table (none is copied from an
article) and imitates a style the dev set and tests/test_unseen_styles.py do not hold: a
long-form feature with byline, dateline, photo captions and pull quotes; a UN operational
update with a key-figures list and a table written as lines; a Q&A explainer; a
government press release with section and case numbers; a live blog with timestamps; an
aid-funding story; a Pakistani daily with Rs, pc, lakh and crore; an opinion piece with
rhetorical numbers. The gold figures below were written down by hand, before the extractor
was run on the texts; none comes from the extractor.

Conventions are those of tests/test_unseen_styles.py: a range's value is ``(low, high)``,
a money unit its ISO 4217 code, a measure unit the pint name, a duration's unit the
singular time word, a percentage's "%", a count's ``None``; ``ANY`` skips a check. Years,
dates, clock times, section/case/phone numbers, ordinals, ages, multipliers and vague
plurals are not figures. A gold row marked ``OPT`` is debatable (an age, "a year", "at
least once", "two years ago"): it counts neither as a miss nor, when found, as a false
figure. An optional sixth element names the source (matched as a substring).

Scoring compares sets per text: a found figure matches a gold one when their spans overlap
and their values agree. Each text must keep precision and recall at or above its floor
(``FLOORS``), which is where the extractor stood when the table was last scored, so a
regression fails and an improvement can raise the floor.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import extract_figures

ANY = object()
OPT = "optional"
FOLDER = Path(__file__).parent / "fixtures" / "longform"
C, P, M, D, X = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# file -> [(text, value or (low, high), bound, kind, unit[, source or OPT])]; a repeated
# text is matched in order of appearance.
GOLD: dict[str, list[tuple]] = {
    "01-feature.txt": [
        ("almost 3 kilometres", 3, UP, X, "kilometer"),
        ("38 years", 38, E, D, "year"),
        ("two decades", 2, E, D, "decade"),
        ("48 hours", 48, E, D, "hour"),
        ("four", 4, E, C, None),
        ("more than 540,000", 540000, LO, C, None, "International Organization for Migration"),
        ("Roughly 80 percent", 80, AP, P, "%"),
        ("between 9,000 and 12,000", (9000, 12000), R, C, None),
        ("about 300", 300, AP, C, None),
        ("two", 2, E, C, None),
        ("5,000", 5000, E, C, None),
        ("10,000 afghanis", 10000, E, M, "AFN"),
        ("about $140", 140, AP, M, "USD"),
        ("50kg", 50, E, X, "kilogram"),
        ("about three weeks", 3, AP, D, "week"),
        ("some 18,000", 18000, AP, C, None),
        ("11", 11, E, C, None),
        ("close to 40%", 40, UP, P, "%"),
        ("14", 14, E, C, None),
        ("up to 16 hours", 16, UP, D, "hour"),
        ("$280 million", 280e6, E, M, "USD", "World Food Programme"),
        ("six months", 6, E, D, "month"),
        ("less than a quarter", 25, UP, P, "%"),
        ("1.2 million", 1.2e6, E, C, None),
        ("half", 50, E, P, "%"),
        ("23", 23, E, ANY, ANY),
        ("1,500", 1500, E, ANY, ANY),
        ("five", 5, E, C, None),
    ],
    "02-operational-update.txt": [
        ("2,961,500", 2961500, E, C, None),
        ("11.3 million", 11.3e6, E, C, None),
        ("68%", 68, E, P, "%"),
        ("US$ 1.4 billion", 1.4e9, E, M, "USD"),
        ("31%", 31, E, P, "%"),
        ("1,850", 1850, E, C, None),
        ("1,200", 1200, E, C, None),
        ("nine days", 9, E, D, "day"),
        ("14,320", 14320, E, C, None),
        ("9,450", 9450, E, C, None),
        ("3,000", 3000, E, C, None),
        ("6,200", 6200, E, C, None),
        ("716,400", 716400, E, C, None),
        ("812,900", 812900, E, C, None),
        ("1,200,000", 1200000, E, C, None),
        ("71,300", 71300, E, C, None),
        ("97,000", 97000, E, C, None),
        ("31,600", 31600, E, C, None),
        ("2,929,200", 2929200, E, C, None),
        ("1,234,567", 1234567, E, C, None),
        ("57,300", 57300, E, C, None),
        ("41,900", 41900, E, C, None),
        ("2,114", 2114, E, C, None),
        ("37 per cent", 37, E, P, "%"),
        ("at least one", 1, LO, C, None, OPT),
        ("1 in 5", 20, E, P, "%"),
        ("Some 460", 460, AP, C, None),
        ("212", 212, E, C, None),
        ("8,700", 8700, E, C, None),
        ("six days", 6, E, D, "day", OPT),
        ("6 to 59 months", (6, 59), R, D, "month", OPT),
        ("23.6 per cent", 23.6, E, P, "%"),
        ("15 per cent", 15, E, P, "%"),
        ("3,410", 3410, E, C, None),
        ("more than 250,000", 250000, LO, C, None),
        ("Around 4,800", 4800, AP, C, None),
        ("11 litres", 11, E, X, "liter"),
        ("15 litres", 15, E, X, "liter"),
        ("Some 120", 120, AP, C, None),
        ("52", 52, E, C, None, OPT),
        ("US$ 1.4 billion", 1.4e9, E, M, "USD"),
        ("US$ 434 million", 434e6, E, M, "USD"),
        ("US$ 966 million", 966e6, E, M, "USD"),
    ],
    "03-explainer.txt": [
        ("about 271,000", 271000, AP, C, None, "Immigration and Customs Enforcement"),
        ("12 months", 12, E, D, "month"),
        ("a decade", 1, E, D, "decade", OPT),
        ("142,580", 142580, E, C, None),
        ("400,000", 400000, E, C, None),
        ("more than 400,000", 400000, LO, C, None),
        ("roughly 45%", 45, AP, P, "%"),
        ("Around 6,300", 6300, AP, C, None, "Department of Homeland Security"),
        ("39,000", 39000, E, C, None),
        ("about 34,000", 34000, AP, C, None),
        ("47 days", 47, E, D, "day"),
        ("30 days", 30, E, D, "day"),
        ("two years", 2, E, D, "year", OPT),
        ("an estimated $17,000", 17000, AP, M, "USD", "American Immigration Council"),
        ("$420m", 420e6, E, M, "USD"),
        ("roughly 11 million", 11e6, AP, C, None),
        ("at least $315bn", 315e9, LO, M, "USD"),
        ("1,100", 1100, E, C, None),
        ("500 quetzals", 500, E, M, "GTQ"),
        ("about $65", 65, AP, M, "USD"),
        ("4 in 10", 40, E, P, "%"),
        ("seven days", 7, E, D, "day", OPT),
        ("Two", 2, E, C, None, OPT),
        ("as many as 25,000", 25000, UP, C, None),
    ],
    "04-press-release.txt": [
        ("Four", 4, E, C, None),
        ("31 years", 31, E, D, "year"),
        ("at least 1,300", 1300, LO, C, None),
        ("3", 3, E, C, None),
        ("more than 2,000 hours", 2000, LO, D, "hour"),
        ("450", 450, E, C, None),
        ("between £3,000 and £6,000", (3000, 6000), R, M, "GBP"),
        ("up to £250,000", 250000, UP, M, "GBP"),
        ("£2.4 million", 2.4e6, E, M, "GBP"),
        ("17", 17, E, C, None),
        ("6", 6, E, C, None),
        ("41", 41, E, C, None, OPT),
        ("12 years", 12, E, D, "year"),
        ("36", 36, E, C, None, OPT),
        ("9 years", 9, E, D, "year"),
        ("6 months", 6, E, D, "month"),
        ("Two", 2, E, C, None),
        ("4 years", 4, E, D, "year"),
        ("9 months", 9, E, D, "month"),
        ("31,079", 31079, E, C, None),
        ("4%", 4, E, P, "%"),
        ("71%", 71, E, P, "%"),
        ("around 26,000", 26000, AP, C, None),
        ("246", 246, E, C, None),
        ("£476 million", 476e6, E, M, "GBP"),
        ("three years", 3, E, D, "year"),
        ("Eight", 8, E, C, None),
        ("an hour", 1, E, D, "hour", OPT),
        ("12 months", 12, E, D, "month"),
    ],
    "05-liveblog.txt": [
        ("At least 41", 41, LO, C, None),
        ("30 nautical miles", 30, E, X, "nautical_mile"),
        ("112", 112, E, C, None),
        ("about 190", 190, AP, C, None),
        ("41", 41, E, C, None),
        ("41", 41, E, C, None),
        ("27", 27, E, C, None),
        ("Nine", 9, E, C, None),
        ("two", 2, E, C, None),
        ("37 hours", 37, E, D, "hour"),
        ("190", 190, ANY, C, None),
        ("200", 200, ANY, C, None),
        ("1,500 euros", 1500, E, M, "EUR"),
        ("up to 3 metres", 3, UP, X, "meter"),
        ("25 knots", 25, E, X, "knot"),
        ("Two", 2, E, C, None),
        ("more than 1,450", 1450, LO, C, None),
        ("400", 400, E, C, None),
        ("1,870", 1870, E, C, None, "Italian Red Cross"),
        ("Some 600", 600, AP, C, None),
        ("12-metre", 12, E, X, "meter"),
        ("40 minutes", 40, ANY, D, "minute"),
        ("112", 112, E, C, None),
        ("23", 23, E, C, None),
        ("41", 41, E, C, None),
        ("62,400", 62400, E, C, None),
        ("nearly 60%", 60, UP, P, "%"),
        ("about a third", 100 / 3, AP, P, "%"),
        ("roughly 6,000", 6000, AP, C, None),
        ("about 110 miles", 110, AP, X, "mile"),
    ],
    "06-funding.txt": [
        ("$1.2bn", 1.2e9, E, M, "USD"),
        ("$1.2bn", 1.2e9, E, M, "USD"),
        ("less than half", 50, UP, P, "%"),
        ("$3bn", 3e9, E, M, "USD"),
        ("38 percent", 38, E, P, "%"),
        ("$1.14bn", 1.14e9, E, M, "USD"),
        ("$3bn", 3e9, E, M, "USD"),
        ("22 percent", 22, E, P, "%"),
        ("24.6 million", 24.6e6, E, C, None),
        ("€250 million", 250e6, E, M, "EUR"),
        ("£120m", 120e6, E, M, "GBP"),
        ("two years", 2, E, D, "year"),
        ("€125m", 125e6, E, M, "EUR"),
        ("$100 million", 100e6, E, M, "USD"),
        ("$50m", 50e6, E, M, "USD"),
        ("$1.7bn", 1.7e9, E, M, "USD"),
        ("about 70%", 70, AP, P, "%"),
        ("$700m", 700e6, E, M, "USD", "World Food Programme"),
        ("7 million", 7e6, E, C, None),
        ("six months", 6, E, D, "month"),
        ("$210m", 210e6, E, M, "USD"),
        ("roughly $20", 20, AP, M, "USD"),
        ("$1m", 1e6, E, M, "USD"),
        ("a month", 1, E, D, "month", OPT),
        ("50,000", 50000, E, C, None),
        ("barely 15 per cent", 15, ANY, P, "%"),
        ("fewer than one in four", 25, UP, P, "%"),
        ("nearly a fifth", 20, UP, P, "%"),
        ("$47.4bn", 47.4e9, E, M, "USD"),
        ("190 million", 190e6, E, C, None),
        ("$9.3bn", 9.3e9, E, M, "USD"),
        ("about 20%", 20, AP, P, "%"),
        ("close to a third", 100 / 3, UP, P, "%"),
        ("9%", 9, E, P, "%"),
        ("$62.5m", 62.5e6, E, M, "USD"),
        ("54%", 54, E, P, "%"),
        ("28%", 28, E, P, "%"),
        ("two years", 2, E, D, "year", OPT),
        ("less than 1%", 1, UP, P, "%"),
        ("an estimated 2 million", 2e6, AP, C, None),
        ("30 to 40 per cent", (30, 40), R, P, "%"),
        ("more than six months", 6, LO, D, "month"),
        ("six months", 6, E, D, "month", OPT),
    ],
    "07-dawn.txt": [
        ("Rs4.5bn", 4.5e9, E, M, "PKR"),
        ("Rs4.5 billion", 4.5e9, E, M, "PKR"),
        ("around 8 lakh", 8e5, AP, C, None),
        ("3.2 lakh", 3.2e5, E, C, None),
        ("1.3m", 1.3e6, E, C, None),
        ("2,84,000", 284000, E, C, None),
        ("1,100", 1100, E, C, None),
        ("17", 17, E, C, None),
        ("45,000", 45000, E, C, None),
        ("Rs1,800", 1800, E, M, "PKR"),
        ("Rs650", 650, E, M, "PKR"),
        ("Rs50 crore", 5e8, E, M, "PKR"),
        ("Rs12.5 crore", 1.25e8, E, M, "PKR"),
        ("1,246", 1246, E, C, None),
        ("14", 14, E, C, None),
        ("nearly 70pc", 70, UP, P, "%"),
        ("40 to 50pc", (40, 50), R, P, "%"),
        ("Half", 50, E, P, "%", OPT),
        ("three", 3, E, C, None),
        ("12", 12, E, C, None),
        ("up to 25pc", 25, UP, P, "%"),
        ("20kg", 20, E, X, "kilogram"),
        ("Rs2,600", 2600, E, M, "PKR"),
        ("Rs300", 300, E, M, "PKR"),
        ("a fortnight", 1, E, D, "fortnight", OPT),
        ("at least six months", 6, LO, D, "month"),
        ("over 60pc", 60, LO, P, "%"),
        ("48,000", 48000, E, C, None),
        ("22", 22, E, C, None),
        ("about 1,000", 1000, AP, C, None),
        ("about 3.7 million", 3.7e6, AP, C, None),
        ("1.52m", 1.52e6, E, C, None),
        ("$1.1bn", 1.1e9, E, M, "USD"),
        ("Rs3.1 trillion", 3.1e12, E, M, "PKR"),
        ("a decade", 1, E, D, "decade", OPT),
    ],
    "08-opinion.txt": [
        ("the past decade", 1, E, D, "decade", OPT),
        ("72", 72, E, ANY, ANY),
        ("one in three", 100 / 3, E, P, "%"),
        ("a third", 100 / 3, E, P, "%"),
        ("above 80%", 80, LO, P, "%"),
        ("an estimated €2bn", 2e9, AP, M, "EUR"),
        ("a year", 1, E, D, "year", OPT),
        ("perhaps a tenth", 10, ANY, P, "%"),
        ("Roughly half", 50, AP, P, "%"),
        ("two", 2, E, C, None, OPT),
        ("about 85 per cent", 85, AP, P, "%"),
        ("more than 10 years", 10, LO, D, "year"),
        ("Nine out of ten", 90, E, P, "%"),
        ("at least once", 1, LO, C, None, OPT),
        ("four or five", (4, 5), R, C, None, OPT),
        ("Ten years", 10, E, D, "year", OPT),
        ("more than 800", 800, LO, C, None),
        ("some 150,000", 150000, AP, C, None),
        ("a year", 1, E, D, "year", OPT),
        ("50", 50, E, C, None, OPT),
        ("500", 500, E, C, None, OPT),
    ],
}

# file -> (precision floor, recall floor), set from the last scoring.
FLOORS: dict[str, tuple[float, float]] = {
    "01-feature.txt": (1.0, 1.0),
    # "one latrine for every 52 people": the ratio's "one" is still taken as a count
    "02-operational-update.txt": (1.0, 1.0),
    "03-explainer.txt": (1.0, 1.0),
    "04-press-release.txt": (1.0, 1.0),
    "05-liveblog.txt": (1.0, 1.0),
    "06-funding.txt": (1.0, 1.0),
    "07-dawn.txt": (1.0, 1.0),
    "08-opinion.txt": (1.0, 1.0),
}


def _gold_spans(text: str, rows: list[tuple]) -> list[dict]:
    """Place each gold row in the text: the first occurrence after the previous match of
    the same text (rows are listed in reading order)."""
    out, next_from = [], {}
    for row in rows:
        span, value, bound, kind, unit, *extra = row
        pat = re.compile(r"(?<!\w)(?<!\d[,.])" + re.escape(span) + r"(?!\w|[,.]\d)")
        m = pat.search(text, next_from.get(span, 0))
        # skip a place inside an earlier gold span ("two" inside "two decades")
        while m and any(g["start"] <= m.start() < g["end"] for g in out):
            m = pat.search(text, m.end())
        assert m, f"gold text {span!r} not found in order"
        next_from[span] = m.end()
        low, high = value if isinstance(value, tuple) else (value, value)
        out.append(
            {
                "start": m.start(),
                "end": m.end(),
                "text": span,
                "value": (low + high) / 2,
                "low": low,
                "high": high,
                "bound": bound,
                "kind": kind,
                "unit": unit,
                "optional": OPT in extra,
                "source": next((e for e in extra if e != OPT), None),
            }
        )
    return out


def score(name: str) -> dict:
    """Match found figures to gold ones (span overlap, value equal) for one text."""
    text = (FOLDER / name).read_text(encoding="utf-8")
    gold = _gold_spans(text, GOLD[name])
    found = extract_figures(text).to_dict("records")
    used, pairs, false = set(), [], []
    for f in found:
        hit = next(
            (
                k
                for k, g in enumerate(gold)
                if k not in used
                and f["start"] < g["end"]
                and g["start"] < f["end"]
                and math.isclose(f["value"], g["value"], rel_tol=1e-6)
            ),
            None,
        )
        if hit is None and any(
            g["optional"] and f["start"] < g["end"] and g["start"] < f["end"] for g in gold
        ):
            continue  # a debatable figure, found in some reading: neither hit nor false
        if hit is None:
            false.append(f)
        else:
            used.add(hit)
            pairs.append((gold[hit], f))
    missed = [g for k, g in enumerate(gold) if k not in used and not g["optional"]]
    tp = sum(1 for g, _ in pairs if not g["optional"])
    n_gold = sum(1 for g in gold if not g["optional"])
    attrs = []
    for g, f in pairs:
        for col in ("bound", "kind", "unit"):
            want = g[col]
            got = None if pd.isna(f[col]) else f[col]
            if want is not ANY and got != want:
                attrs.append((g["text"], col, want, got))
        if g["source"] and not (
            isinstance(f["source"], str) and g["source"].lower() in f["source"].lower()
        ):
            attrs.append((g["text"], "source", g["source"], f["source"]))
    return {
        "precision": tp / (tp + len(false)) if tp + len(false) else 1.0,
        "recall": tp / n_gold if n_gold else 1.0,
        "missed": [(g["text"], g["value"]) for g in missed],
        "false": [(f["text"], f["value"]) for f in false],
        "attrs": attrs,
    }


@pytest.mark.parametrize("name", sorted(GOLD))
def test_longform_floor(name):
    s = score(name)
    p_floor, r_floor = FLOORS[name]
    assert s["precision"] >= p_floor, (s["precision"], s["false"])
    assert s["recall"] >= r_floor, (s["recall"], s["missed"])


def test_gold_files_match_fixtures():
    assert sorted(p.name for p in FOLDER.glob("*.txt")) == sorted(GOLD)


if __name__ == "__main__":
    for name in sorted(GOLD):
        s = score(name)
        print(f"{name:28} P={s['precision']:.3f} R={s['recall']:.3f}")
        for m in s["missed"]:
            print("   missed", m)
        for f in s["false"]:
            print("   false ", f)
        for a in s["attrs"]:
            print("   attr  ", a)
