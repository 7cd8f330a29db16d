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


def coerce_figures(df: pd.DataFrame) -> pd.DataFrame:
    """Give ``df`` exactly the figure columns, in order, with their dtypes."""
    out = pd.DataFrame(index=pd.RangeIndex(len(df), name="figure"))
    for col, dtype in FIGURE_COLUMNS.items():
        values = df[col].tolist() if col in df else [None] * len(df)
        if str(dtype).startswith("datetime64"):
            out[col] = pd.to_datetime(pd.Series(values, dtype="object"), errors="coerce").astype(dtype)
        else:
            out[col] = pd.Series(values, dtype="object").astype(dtype) if len(df) else pd.Series([], dtype=dtype)
    return out
