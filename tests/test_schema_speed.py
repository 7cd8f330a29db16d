"""coerce_table's fast paths build the same table as the plain constructions they replaced.

``coerce_table`` hands its freshly built arrays to ``pd.DataFrame`` with ``copy=False``
and reads category codes from a per-dtype cache; these tests rebuild each table the
plain way (a copying constructor, ``pd.array`` per column with its dtype) and compare.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from analysis.figures import Figure, figure_rows
from analysis.schema import FIGURE_COLUMNS, coerce_table

FIXTURES = sorted((Path(__file__).parent / "fixtures").rglob("*.txt"))


def _plain(data: dict, columns: dict) -> pd.DataFrame:
    """The table built column by column with pandas' own casts (no fast path)."""
    n = len(next(iter(data.values())))
    out = {}
    for col, dtype in columns.items():
        values = data.get(col, [None] * n)
        if str(dtype).startswith("datetime64"):
            out[col] = pd.Series(
                [pd.NaT if v is None else pd.Timestamp(v) for v in values], dtype=dtype
            )
        else:
            out[col] = pd.Series(pd.array(values, dtype=dtype))
    return pd.DataFrame(out).rename_axis("figure")


@pytest.mark.parametrize("path", FIXTURES[:12], ids=lambda p: p.name)
def test_coerce_table_equals_plain_construction_on_fixtures(path):
    rows = figure_rows(path.read_text(encoding="utf-8"))
    data = {name: [r[name] for r in rows] for name in Figure.__slots__}
    fast = coerce_table(data, FIGURE_COLUMNS, clean=True)
    pd.testing.assert_frame_equal(fast, _plain(data, FIGURE_COLUMNS))
    assert list(fast.dtypes) == list(FIGURE_COLUMNS.values())


def test_coerce_table_missing_values_categories_and_dates():
    # Hand-made rows: every dtype with a value, a None, and a category outside the dtype's
    # categories (which must come out missing, as pd.array gives).
    data = {
        "start": [0, None, 7],
        "value": [1.5, None, 3.0],
        "bound": ["lower", None, "range"],
        "kind": ["count", "percent", None],
        "direction": ["down", None, "up"],
        "hedged": [True, None, False],
        "text": ["1,500", None, "three"],
        "date_from": [dt.date(2023, 11, 1), None, dt.date(2023, 11, 1)],
    }
    fast = coerce_table(data, FIGURE_COLUMNS, clean=True)
    pd.testing.assert_frame_equal(fast, _plain(data, FIGURE_COLUMNS))
    assert fast["bound"].tolist()[:1] == ["lower"] and pd.isna(fast.loc[1, "bound"])
    # a second call reads the cached codes: same answer
    pd.testing.assert_frame_equal(coerce_table(data, FIGURE_COLUMNS, clean=True), fast)
