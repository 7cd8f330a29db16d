"""Official counts to check news claims against.

``data/reference/afghan-returns-from-pakistan.csv`` holds dated official figures on Afghans
leaving Pakistan after the 2023 Illegal Foreigners Repatriation Plan (see the README next
to it). :func:`load_returns` reads it with explicit dtypes and refuses a malformed file
with a :class:`~analysis.errors.ReferenceDataError` naming the file and the line, because a
silently mis-parsed reference is worse than none: every claim would be checked against it.

The ``measure`` column is deliberately coarse (all government and several UN tallies are
``other``). :func:`official_series` splits the rows into the series an analyst actually
compares (UN count since 15 Sep 2023, Government of Pakistan cumulative departures,
Khyber Pakhtunkhwa only, ...), by rules on ``measure``, ``scope`` and ``source`` that are
listed in :data:`SERIES_RULES` so that they can be read and argued with.
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pandas as pd

from . import paths
from .errors import ReferenceDataError, ReportNotFoundError, ReportUnreadableError
from .schema import BOUNDS

__all__ = [
    "MEASURES",
    "REFERENCE_COLUMNS",
    "SERIES_RULES",
    "SERIES",
    "load_returns",
    "official_series",
]

#: The values of ``measure``, as the reference README lists them.
MEASURES = (
    "returned_total_since_2023-09-15",
    "deported_total_since_2023-09-15",
    "returned_daily",
    "registered_por",
    "registered_acc",
    "undocumented_estimate",
    "other",
)

#: column -> dtype of the loaded table, in file order.
REFERENCE_COLUMNS: dict[str, object] = {
    "as_of": "datetime64[s]",
    "published": "datetime64[s]",
    "measure": pd.CategoricalDtype(MEASURES),
    "value": "Int64",
    "bound": pd.CategoricalDtype(BOUNDS),
    "scope": "string",
    "source": "string",
    "url": "string",
}

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UN = r"\b(?:UNHCR|IOM|OCHA|UN|WHO)\b"

#: (label, measure, pattern on scope, pattern on source): the first rule whose measure matches
#: (None: any) and whose patterns are found (None: anything) names the row's series.
SERIES_RULES: tuple[tuple[str, str | None, str | None, str | None], ...] = (
    ("UN: returns since 15 Sep 2023", "returned_total_since_2023-09-15", None, None),
    ("UN: deportations since 15 Sep 2023", "deported_total_since_2023-09-15", None, None),
    ("daily returns", "returned_daily", None, None),
    ("PoR card holders", "registered_por", None, None),
    ("ACC holders", "registered_acc", None, None),
    ("undocumented (estimate)", "undocumented_estimate", None, None),
    # Government of Pakistan tallies: scope written "GoP cumulative: ...", "GoP: ...",
    # "GoP Interior Ministry: ..."; baselines vary (README, "Government vs agency figures").
    ("Government of Pakistan: departures", "other", r"^GoP\b", None),
    (
        "Khyber Pakhtunkhwa: departures (KP only)",
        "other",
        r"^Khyber Pakhtunkhwa only",
        None,
    ),
    # UN counts of returns with another start ("since 3 Oct", OCHA April 2024, phase 2 2025).
    ("UN: returns, other baseline", "other", r"\breturn|\bcrossing", _UN),
    ("other", None, None, None),
)
#: Every series label, in the order of :data:`SERIES_RULES`.
SERIES = tuple(label for label, *_ in SERIES_RULES)


def load_returns(path: str | os.PathLike = paths.REFERENCE_RETURNS) -> pd.DataFrame:
    """The official returns table, typed: dates as datetime64, ``value`` Int64, categories.

    Raises :class:`~analysis.errors.ReportNotFoundError` if the file is missing and
    :class:`~analysis.errors.ReferenceDataError` (naming the file and line) if a column is
    missing or a cell is not of its column's shape: an ISO date, an integer, a known measure
    or bound. Empty ``published`` cells are NaT (the README: "empty if not seen").
    """
    p = Path(path)
    if not p.exists():
        raise ReportNotFoundError(p, "no such reference file")
    if p.is_dir():
        raise ReferenceDataError(p, "is a folder, not a reference CSV file")
    try:
        with p.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
            missing = [c for c in REFERENCE_COLUMNS if c not in header]
            if missing:
                raise ReferenceDataError(
                    p, f"not a reference table: missing column(s) {', '.join(missing)}"
                )
            rows = [(reader.line_num, row) for row in reader]
    except UnicodeDecodeError as exc:
        raise ReferenceDataError(
            p, f"is not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from None
    except csv.Error as exc:
        raise ReferenceDataError(p, f"is not valid CSV ({exc})") from None
    except OSError as exc:
        raise ReportUnreadableError(p, f"cannot be read ({exc.strerror or exc})") from None
    records = {c: [] for c in REFERENCE_COLUMNS}
    for line, row in rows:
        if None in row:
            raise ReferenceDataError(p, f"line {line}: more cells than columns")
        records["as_of"].append(_date(p, line, "as_of", row["as_of"], required=True))
        records["published"].append(_date(p, line, "published", row["published"], required=False))
        records["measure"].append(_choice(p, line, "measure", row["measure"], MEASURES))
        records["value"].append(_integer(p, line, row["value"]))
        records["bound"].append(_choice(p, line, "bound", row["bound"], BOUNDS))
        for col in ("scope", "source", "url"):
            cell = (row[col] or "").strip()
            records[col].append(cell or None)
    out = pd.DataFrame(index=pd.RangeIndex(len(rows)))
    for col, dtype in REFERENCE_COLUMNS.items():
        values = pd.Series(records[col], dtype="object")
        if str(dtype).startswith("datetime64"):
            values = pd.to_datetime(values)
        out[col] = values.astype(dtype) if len(values) else pd.Series([], dtype=dtype)
    return out


def _date(p: Path, line: int, col: str, cell: str | None, *, required: bool):
    cell = (cell or "").strip()
    if not cell:
        if required:
            raise ReferenceDataError(p, f"line {line}: {col} is empty")
        return None
    if not _ISO_DATE.fullmatch(cell):
        raise ReferenceDataError(p, f"line {line}: {col} {cell!r} is not an ISO date (YYYY-MM-DD)")
    try:
        return pd.Timestamp(cell)
    except ValueError:
        raise ReferenceDataError(p, f"line {line}: {col} {cell!r} is not a valid date") from None


def _choice(p: Path, line: int, col: str, cell: str | None, allowed: tuple[str, ...]) -> str:
    cell = (cell or "").strip()
    if cell not in allowed:
        raise ReferenceDataError(
            p, f"line {line}: {col} {cell!r} is not one of {', '.join(allowed)}"
        )
    return cell


def _integer(p: Path, line: int, cell: str | None) -> int:
    cell = (cell or "").strip()
    if not cell.isdigit():
        raise ReferenceDataError(p, f"line {line}: value {cell!r} is not a whole number")
    return int(cell)


def official_series(official: pd.DataFrame) -> pd.Series:
    """The series each row of :func:`load_returns` belongs to, by :data:`SERIES_RULES`.

    A categorical Series aligned with ``official``; why a series and not the ``measure``: the
    README warns that counts with different baselines or from different bodies "run well
    below" one another, so a claim must be set beside each series separately, never a mix.
    """
    labels = []
    for measure, scope, source in zip(
        official["measure"].astype("string").fillna(""),
        official["scope"].astype("string").fillna(""),
        official["source"].astype("string").fillna(""),
        strict=True,
    ):
        for label, m, scope_pat, source_pat in SERIES_RULES:
            if m is not None and m != measure:
                continue
            if scope_pat is not None and not re.search(scope_pat, scope):
                continue
            if source_pat is not None and not re.search(source_pat, source):
                continue
            labels.append(label)
            break
    return pd.Series(labels, index=official.index, dtype=pd.CategoricalDtype(SERIES), name="series")
