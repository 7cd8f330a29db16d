"""The figure table's columns and dtypes, in one place.

The extractor, the corpus runner, the evaluation and the notebooks all build or read
this table; declaring it once keeps their dtypes identical (pandas nullable types, so
a missing bound is ``<NA>`` rather than a float NaN that silently turns ints to floats).
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd
import pyarrow as pa

__all__ = [
    "BOUNDS",
    "KINDS",
    "DIRECTIONS",
    "FIGURE_COLUMNS",
    "empty_figures",
    "coerce_figures",
    "coerce_table",
]

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
    order, with their dtypes."""
    return coerce_table(data, FIGURE_COLUMNS)


def coerce_table(
    data, columns: dict[str, object], *, clean: bool = False, index_name: str | None = "figure"
) -> pd.DataFrame:
    """Give ``data`` (a DataFrame or a dict of column lists) exactly ``columns``, in order,
    with their dtypes, and a fresh index named ``index_name``.

    Builds each column once from NumPy arrays and a mask rather than casting a frame
    column by column: generic casts would dominate the extraction time. ``clean=True``
    says the values are already plain Python values with ``None`` for missing (what the
    extractor produces), which skips the NaN/NA check per value.
    """
    if isinstance(data, pd.DataFrame):
        cols = {c: data[c].tolist() for c in data.columns}
        n = len(data)
    else:
        cols = data
        n = len(next(iter(cols.values()))) if cols else 0
    out: dict[str, object] = {}
    for col, dtype in columns.items():
        values = cols.get(col)
        if values is None:
            values = [None] * n
        elif not clean:
            values = [_none_if_nan(v) for v in values]
        if isinstance(dtype, pd.CategoricalDtype):
            lookup = _category_codes(dtype)
            codes = np.fromiter((lookup.get(v, -1) for v in values), dtype=np.int8, count=n)
            # validate=False: the codes come from the dtype's own categories (or -1), so
            # the range check from_codes makes would never fail (5 us a column).
            out[col] = pd.Categorical.from_codes(codes, dtype=dtype, validate=False)
        elif dtype == "Int64":
            mask = np.fromiter((v is None for v in values), dtype=bool, count=n)
            arr = np.fromiter((0 if v is None else int(v) for v in values), dtype=np.int64, count=n)
            out[col] = pd.arrays.IntegerArray(arr, mask)
        elif dtype == "Float64":
            mask = np.fromiter((v is None for v in values), dtype=bool, count=n)
            arr = np.fromiter(
                (0.0 if v is None else float(v) for v in values), dtype=np.float64, count=n
            )
            out[col] = pd.arrays.FloatingArray(arr, mask)
        elif dtype == "boolean":
            mask = np.fromiter((v is None for v in values), dtype=bool, count=n)
            arr = np.fromiter(
                (bool(v) if v is not None else False for v in values), dtype=bool, count=n
            )
            out[col] = pd.arrays.BooleanArray(arr, mask)
        elif str(dtype).startswith("datetime64"):
            out[col] = _datetimes(values, n)
        else:
            strings = values if clean else [None if v is None else str(v) for v in values]
            out[col] = _strings(strings, dtype)
    # copy=False: every array above was built here and is referenced nowhere else, so the
    # copy a dict of arrays gets by default (and the consolidation that comes with it)
    # buys nothing: 220 -> 145 us a figure table. The frames equal the copied ones
    # (tests/test_schema_speed.py).
    return pd.DataFrame(out, index=pd.RangeIndex(n, name=index_name), copy=False)


@functools.cache
def _category_codes(dtype: pd.CategoricalDtype) -> dict[object, int]:
    """Category -> code, built once per dtype (5 us a column each time otherwise)."""
    return {c: i for i, c in enumerate(dtype.categories)}


_ARROW_STRING = pd.StringDtype()  # pandas' "string": pyarrow-backed when pyarrow is installed


def _strings(values: list, dtype) -> pd.api.extensions.ExtensionArray:
    """A ``string`` column. Built from a pyarrow array when that is what "string" means:
    ``pd.array(values, dtype="string")`` takes 25 us a column to infer and validate what
    ``pa.array`` checks in 6 (a figure table has 11 string columns)."""
    if dtype == "string" and _ARROW_STRING.storage == "pyarrow":
        return pd.arrays.ArrowStringArray(pa.array(values, type=pa.large_string()))
    return pd.array(values, dtype=dtype)


def _datetimes(values: list, n: int) -> np.ndarray:
    """Dates (or anything ``pd.Timestamp`` takes) as ``datetime64[s]``; one conversion per
    distinct value, since a batch repeats each report's date on all its rows."""
    if not n:
        return np.array([], dtype="datetime64[s]")
    seen: dict[object, np.datetime64] = {}
    nat = np.datetime64("NaT")
    out = []
    for v in values:
        if v is None:
            out.append(nat)
            continue
        d = seen.get(v)
        if d is None:
            d = seen[v] = np.datetime64(pd.Timestamp(v).date(), "s")
        out.append(d)
    return np.array(out, dtype="datetime64[s]")


def _none_if_nan(v):
    if v is None or v is pd.NaT:
        return None
    try:
        if v != v:  # NaN
            return None
    except TypeError:  # pd.NA
        return None
    return v
