"""relate_figures: shares and comparisons computed from the figure table.

The figures are written by hand. Where a case cites the seed, the numbers, bounds and heads
are those of data/reports/2023-11-23-balochistan-crackdown.txt as its gold file
(/work/shared/seed/*.gold.json) records them; the expected shares are worked out by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.relations import RELATION_COLUMNS, format_share, relate_figures
from analysis.schema import coerce_figures


def _fig(
    text,
    value,
    *,
    bound="exact",
    kind="count",
    head=None,
    counted=None,
    part_of=None,
    unit=None,
    category=None,
):
    low = value if bound in ("exact", "lower") else None
    high = value if bound in ("exact", "upper") else None
    return dict(
        text=text,
        value=value,
        low=low,
        high=high,
        bound=bound,
        kind=kind,
        head=head,
        counted=counted,
        part_of=part_of,
        unit=unit,
        category=category,
    )


# Seed, paragraph 6: "of 24 suicide attacks ... 14 had the involvement of Afghan nationals".
ATTACKS = [
    _fig("24", 24, head="attacks", counted="suicide attacks"),
    _fig("14", 14, head="attacks", counted="suicide attacks", part_of=0),
]
# Seed, paragraphs 1-2: the target, the people gone so far, and the second phase. The gold
# has no category; these are the categories analysis/data/categories.csv gives their verbs
# ("expel", "left or been deported", "expelled").
SEED_DEPORTATIONS = [
    _fig(
        "up to 1 million",
        1_000_000,
        bound="upper",
        head="foreigners",
        counted="illegally residing foreigners",
        category="deported or expelled",
    ),
    _fig(
        "Over 340,000",
        340_000,
        bound="lower",
        head="migrants",
        counted="illegal migrants",
        category="returned or left",
    ),
    _fig(
        "at least 2,000",
        2_000,
        bound="lower",
        head="migrants",
        counted="illegal migrants",
        category="deported or expelled",
    ),
]


def _relate(rows):
    return relate_figures(coerce_figures(pd.DataFrame(rows)))


def test_part_of_gives_the_share_of_the_whole():
    table = _relate(ATTACKS)
    # One row: the same-head rule must not repeat the pair already related by part_of.
    assert len(table) == 1
    row = table.iloc[0]
    assert (row["figure"], row["other"], row["relation"]) == (1, 0, "part_of")
    assert row["share"] == pytest.approx(14 / 24)
    assert row["statement"] == "14 of 24 suicide attacks = 58%"
    assert bool(row["exact"]) is True


def test_same_head_and_same_category_compare_smaller_with_larger():
    table = _relate(SEED_DEPORTATIONS)
    got = {(r.figure, r.other): (r.relation, r.share, r.exact) for r in table.itertuples()}
    assert got == {
        # 340,000 who left against the up-to-1-million target: 34% (one family: departures).
        (1, 0): ("same_category", pytest.approx(0.34), False),
        # 2,000 against the up-to-1-million target: 0.2%.
        (2, 0): ("same_category", pytest.approx(0.002), False),
        # The 2,000 of the second phase against the 340,000: 0.59%.
        (2, 1): ("same_head", pytest.approx(2_000 / 340_000), False),
    }
    statements = set(table["statement"])
    assert (
        "Over 340,000 illegal migrants is 34% of up to 1 million illegally residing foreigners"
        in statements
    )
    assert "at least 2,000 illegal migrants is 0.59% of Over 340,000 illegal migrants" in statements


@pytest.mark.parametrize(
    "rows, why",
    [
        (
            [
                _fig("over 12,500", 12_500, bound="lower", head="people", category="crossed"),
                _fig("5,000", 5_000, head="people", category="displaced"),
            ],
            "one head noun, two populations (tests/fixtures/second-report.txt)",
        ),
        (
            [
                _fig("10 days", 10, kind="duration", head="days", unit="day"),
                _fig("30 days", 30, kind="duration", head="days", unit="day"),
            ],
            "durations are not parts of each other (tests/fixtures/second-report.txt)",
        ),
        (
            [
                _fig("40%", 40, kind="percent", head="attacks"),
                _fig("58%", 58, kind="percent", head="attacks"),
            ],
            "nor are percentages",
        ),
        (
            [_fig("58%", 58, kind="percent", head="attacks"), _fig("24", 24, head="attacks")],
            "a percentage is not a share of a head count",
        ),
        (
            [
                _fig("$5 million", 5e6, kind="money", head="usd", unit="USD"),
                _fig("Rs 30 crore", 3e8, kind="money", head="usd", unit="PKR"),
            ],
            "different currencies do not compare",
        ),
        ([_fig("0", 0, head="people"), _fig("300", 300, head="people")], "a zero has no share"),
        (
            [
                _fig("30 days", 30, kind="duration", head="days", category="deadline"),
                _fig("15 days", 15, kind="duration", head="weeks", category="deadline"),
            ],
            "the category rule only relates counts",
        ),
        (
            [_fig("5,000", 5000, head="people"), _fig("9,000", 9000, head="tents")],
            "different heads and no category",
        ),
    ],
)
def test_no_relation(rows, why):
    assert _relate(rows).empty, why


def test_money_of_one_currency_compares_without_repeating_the_code():
    rows = [
        _fig("$1.2 million", 1.2e6, kind="money", head="USD", unit="USD"),
        _fig("$5 million", 5e6, kind="money", head="USD", unit="USD"),
    ]
    (statement,) = _relate(rows)["statement"]
    assert statement == "$1.2 million is 24% of $5 million"


def test_part_of_pointing_outside_the_table_is_ignored():
    rows = [_fig("14", 14, head="attacks", part_of=7)]
    assert _relate(rows).empty


def test_empty_table_keeps_columns_and_dtypes():
    table = relate_figures(coerce_figures(pd.DataFrame()))
    assert list(table.columns) == list(RELATION_COLUMNS)
    assert {c: str(t) for c, t in table.dtypes.items()} == {
        c: str(t) for c, t in RELATION_COLUMNS.items()
    }


@pytest.mark.parametrize(
    "share, text",
    [(14 / 24, "58%"), (0.34, "34%"), (0.034, "3.4%"), (2_000 / 340_000, "0.59%"), (1.0, "100%")],
)
def test_format_share(share, text):
    assert format_share(share) == text
