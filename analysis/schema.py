"""The figure table's columns and dtypes, in one place.

The extractor, the corpus runner, the evaluation and the notebooks all build or read
this table; declaring it once keeps their dtypes identical (pandas nullable types, so
a missing bound is ``<NA>`` rather than a float NaN that silently turns ints to floats).
"""

from __future__ import annotations

import pandas as pd

__all__ = ["BOUNDS", "KINDS", "DIRECTIONS", "FIGURE_COLUMNS", "empty_figures", "coerce_figures"]

BOUNDS = ("exact", "lower", "upper", "approximate", "range")
KINDS = ("count", "percent", "money", "duration", "measure")
DIRECTIONS = ("up", "down")

#: column -> dtype, in the order the table shows them.
FIGURE_COLUMNS: dict[str, object] = {
    "start": "Int64",
    "end": "Int64",
    "text": "string",
    "value": "Float64",
    "low": "Float64",
    "high": "Float64",
    "bound": pd.CategoricalDtype(BOUNDS),
    "kind": pd.CategoricalDtype(KINDS),
    "unit": "string",
    "counted": "string",
    "head": "string",
    "part_of": "Int64",
    "sentence": "Int64",
    "paragraph": "Int64",
    "source": "string",
    "reporting": "string",
    "hedged": "boolean",
    "direction": pd.CategoricalDtype(DIRECTIONS),
    "category": "string",
    "place": "string",
    "when": "string",
    "date_from": "datetime64[s]",
    "date_to": "datetime64[s]",
}


def empty_figures() -> pd.DataFrame:
    """A figure table with no rows and every column typed."""
    return coerce_figures(pd.DataFrame({c: [] for c in FIGURE_COLUMNS}))


def coerce_figures(data) -> pd.DataFrame:
    """Give ``data`` (a DataFrame or a dict of column lists) exactly the figure columns, in
    order, with their dtypes.

    Builds each column once with ``pd.array`` rather than casting a frame column by
    column: a report's table is small, and per-column casts would dominate extraction time.
    """
    if isinstance(data, pd.DataFrame):
        cols = {c: data[c].tolist() for c in data.columns}
        n = len(data)
    else:
        cols = data
        n = len(next(iter(cols.values()))) if cols else 0
    out: dict[str, object] = {}
    for col, dtype in FIGURE_COLUMNS.items():
        values = cols.get(col)
        if values is None:
            values = [None] * n
        if isinstance(dtype, pd.CategoricalDtype):
            out[col] = pd.Categorical(values, dtype=dtype)
        elif str(dtype).startswith("datetime64"):
            out[col] = pd.to_datetime(pd.Series(values, dtype="object"), errors="coerce").astype(dtype).array
        else:
            out[col] = pd.array([_none_if_nan(v) for v in values], dtype=dtype)
    return pd.DataFrame(out, index=pd.RangeIndex(n, name="figure"))


def _none_if_nan(v):
    if v is None:
        return None
    try:
        if v != v:  # NaN, pd.NA raises TypeError
            return None
    except TypeError:
        return None
    return v
