"""Figures from many reports at once: one tidy table, every input accounted for.

An analyst's question is rarely about one article: it is "what did the press say about
returns from Pakistan over three months?". :func:`extract_corpus` runs the one-report
extractor over a folder (or list) of reports, in parallel, and returns a :class:`Corpus`:

* ``figures``: every figure of every report in one table (``report``, ``report_date``,
  ``figure`` then the columns of :mod:`analysis.schema`);
* ``reports``: one row per report that was read (date, title, number of figures, warnings);
* ``errors``: one row per input that could not be read or parsed, with the exception.

A bad file never stops a run and never disappears: every input is in ``reports`` or in
``errors``. Workers receive *paths* (not texts), in chunks, and send back only the figure
rows, and no more than a few chunks are in flight at once, so memory stays bounded by the
largest report and the result, whatever the corpus size. Any
:class:`concurrent.futures.Executor` runs it: the default local process pool, the
:class:`SerialExecutor` (for debugging and tests) or a Dask cluster via
``distributed.Client(...).get_executor()``.

:func:`find_disagreements` then finds the same quantity reported differently across reports.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .errors import ReportError
from .figures import Figure, figure_rows
from .io import write_csv_atomic, write_parquet_atomic
from .report import Report, load_report
from .schema import FIGURE_COLUMNS, coerce_table

__all__ = [
    "Corpus",
    "SerialExecutor",
    "extract_corpus",
    "extract_many",
    "list_reports",
    "default_workers",
    "CORPUS_COLUMNS",
    "REPORT_COLUMNS",
    "ERROR_COLUMNS",
    "DISAGREEMENT_COLUMNS",
    "APPROXIMATE_TOLERANCE",
    "MAX_GAP_DAYS",
    "value_interval",
    "find_disagreements",
    "figure_dates",
    "plot_figures_over_time",
]

#: Columns of ``Corpus.figures``: which report, its date, the figure's row in that report's
#: own table (what ``part_of`` refers to), then the figure columns of :mod:`analysis.schema`.
CORPUS_COLUMNS: dict[str, object] = {
    "report": "string",
    "report_date": "datetime64[s]",
    "figure": "Int64",
    **FIGURE_COLUMNS,
}
REPORT_COLUMNS: dict[str, object] = {
    "report": "string",
    "report_date": "datetime64[s]",
    "title": "string",
    "n_figures": "Int64",
    "warnings": "string",
}
ERROR_COLUMNS: dict[str, object] = {"path": "string", "error": "string", "message": "string"}


def _typed(rows: list[tuple] | pd.DataFrame, columns: dict[str, object]) -> pd.DataFrame:
    """A frame with exactly ``columns``, in order, with their dtypes, and a fresh RangeIndex."""
    df = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows, columns=list(columns))
    out = {}
    for col, dtype in columns.items():
        s = df[col] if col in df else pd.Series([None] * len(df), index=df.index, dtype="object")
        if s.dtype != pd.api.types.pandas_dtype(dtype):  # "string" == str dtype is True
            if str(dtype).startswith("datetime64"):
                s = pd.to_datetime(s.astype("object"), errors="coerce")
            s = s.astype(dtype)
        out[col] = s.reset_index(drop=True)
    return pd.DataFrame(out, index=pd.RangeIndex(len(df)))


# --------------------------------------------------------------------------- the result


@dataclass(frozen=True)
class Corpus:
    """The figures of many reports, and what happened to every input file."""

    figures: pd.DataFrame
    reports: pd.DataFrame
    errors: pd.DataFrame

    @property
    def failed(self) -> bool:
        """True when at least one input could not be read or parsed."""
        return len(self.errors) > 0

    def summary(self) -> str:
        """One line for a log or a terminal: ``N reports, M figures, K failed``."""
        n, m, k = len(self.reports), len(self.figures), len(self.errors)
        return f"{n} reports, {m} figures, {k} failed"

    def __repr__(self) -> str:  # the dataclass repr would print three whole tables
        return f"<Corpus: {self.summary()}>"

    def to_parquet(self, path: str | os.PathLike) -> Path:
        """Write the figure table as Parquet (dtypes round-trip), atomically."""
        return write_parquet_atomic(self.figures, path)

    def to_csv(self, path: str | os.PathLike) -> Path:
        """Write the figure table as UTF-8 CSV, atomically."""
        return write_csv_atomic(self.figures, path)

    def write(self, path: str | os.PathLike) -> Path:
        """Write the figure table as CSV or Parquet, chosen by the extension of ``path``."""
        suffix = Path(path).suffix.lower()
        if suffix == ".csv":
            return self.to_csv(path)
        if suffix in (".parquet", ".pq"):
            return self.to_parquet(path)
        raise ValueError(f"{path}: unknown output format {suffix!r} (use .csv or .parquet)")

    def relative_to(self, folder: str | os.PathLike) -> Corpus:
        """The same corpus with report paths relative to ``folder``.

        Paths depend on where the project was checked out; tables that are shown or saved
        (a notebook's committed outputs, a CSV sent to a colleague) should not.
        """
        base = os.fspath(folder)

        def rel(col: pd.Series) -> pd.Series:
            return col.map(lambda p: os.path.relpath(p, base), na_action="ignore").astype("string")

        return Corpus(
            figures=self.figures.assign(report=rel(self.figures["report"])),
            reports=self.reports.assign(report=rel(self.reports["report"])),
            errors=self.errors.assign(path=rel(self.errors["path"])),
        )

    @staticmethod
    def read_figures(path: str | os.PathLike) -> pd.DataFrame:
        """Read a figure table written by :meth:`to_parquet` or :meth:`to_csv`, dtypes restored."""
        p = Path(path)
        df = pd.read_parquet(p) if p.suffix.lower() != ".csv" else pd.read_csv(p, dtype=str)
        if p.suffix.lower() == ".csv":
            df = df.replace({np.nan: None})
            for col in ("start", "end", "figure", "part_of", "sentence", "paragraph"):
                df[col] = pd.to_numeric(df[col]).astype("Int64")
            for col in ("value", "low", "high"):
                df[col] = pd.to_numeric(df[col]).astype("Float64")
            df["hedged"] = df["hedged"].map({"True": True, "False": False, None: None})
        return _typed(df, CORPUS_COLUMNS)


# --------------------------------------------------------------------------- inputs


def list_reports(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> list[str]:
    """The report files named by ``paths``, as strings, without duplicates.

    ``paths`` is one path or an iterable of paths. A folder stands for every ``*.txt`` under
    it, recursively (links to folders are not followed, hidden folders such as
    ``.ipynb_checkpoints`` are skipped), sorted so that runs are reproducible. Anything else is
    taken as given, even if it does not exist, so that it is reported as an error rather than
    silently dropped. A folder *named* ``x.txt`` inside a folder is listed too, for the same
    reason.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out: list[str] = []
    seen: set[str] = set()
    for given in paths:
        p = Path(given)
        found = _walk_txt(p) if p.is_dir() else [str(p)]
        for f in found:
            if f not in seen:
                seen.add(f)
                out.append(f)
    return out


def _walk_txt(folder: Path) -> list[str]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in [*files, *dirs]:
            if name.lower().endswith(".txt") and not name.startswith("."):
                found.append(os.path.join(root, name))
    return sorted(found)


def default_workers() -> int:
    """CPUs this process may run on (respects ``taskset`` and container CPU sets)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------- the worker


@dataclass(frozen=True)
class _ChunkResult:
    figures: pd.DataFrame
    reports: list[tuple]
    errors: list[tuple]


class _Batch:
    """The figure rows of many reports as column lists, made one typed table at the end.

    Why not a frame per report and ``pd.concat``: building a typed frame costs about a
    millisecond whatever its size, as much as extracting a short report; one frame per
    batch pays that once.
    """

    def __init__(self) -> None:
        self.cols: dict[str, list] = {c: [] for c in CORPUS_COLUMNS}
        self.n = 0

    def add(self, name: str, date, rows: list[dict]) -> None:
        k = len(rows)
        cols = self.cols
        cols["report"].extend([name] * k)
        cols["report_date"].extend([date] * k)
        cols["figure"].extend(range(k))
        for field in _FIGURE_FIELDS:
            cols[field].extend([r[field] for r in rows])
        self.n += k

    def frame(self) -> pd.DataFrame:
        return coerce_table(self.cols, CORPUS_COLUMNS, clean=True, index_name=None)


_FIGURE_FIELDS = tuple(c for c in FIGURE_COLUMNS if c in Figure.__slots__)


def extract_many(
    reports: Iterable[Report | str], names: Iterable[str] | None = None
) -> pd.DataFrame:
    """The figures of many reports already in memory, as one table (:data:`CORPUS_COLUMNS`).

    Each report is extracted on its own, exactly as :func:`~analysis.extract_figures` does;
    only the table is built once for all. ``report`` holds ``names`` (default: each
    report's position, "0", "1", ...). For files on disk, :func:`extract_corpus` adds
    parallel workers and an account of unreadable inputs.
    """
    batch = _Batch()
    names_it = iter(names) if names is not None else None
    for i, item in enumerate(reports):
        report = item if isinstance(item, Report) else Report.from_text(item)
        name = next(names_it) if names_it is not None else str(i)
        batch.add(name, report.date, figure_rows(report))
    return batch.frame()


def _extract_chunk(paths: tuple[str, ...]) -> _ChunkResult:
    """Run in a worker: read and extract each file; any exception is caught per file.

    Only the figure rows travel back, as one frame per chunk (see :class:`_Batch`).
    """
    batch, reports, errors = _Batch(), [], []
    for path in paths:
        try:
            report = load_report(path)
            rows = figure_rows(report)
        except Exception as exc:  # noqa: BLE001 - a batch run must survive any one file
            errors.append(_error_row(path, exc))
            continue
        date = pd.Timestamp(report.date) if report.date is not None else pd.NaT
        reports.append((path, date, report.title, len(rows), "; ".join(report.warnings) or None))
        batch.add(path, report.date, rows)
    return _ChunkResult(batch.frame() if batch.n else None, reports, errors)


def _error_row(path: str, exc: BaseException) -> tuple[str, str, str]:
    message = str(exc) or repr(exc)
    if not isinstance(exc, ReportError):
        message = f"{path}: {message}"  # every message names its file, as ReportError does
    return (path, type(exc).__name__, message)


# --------------------------------------------------------------------------- executors


class SerialExecutor(Executor):
    """Runs each task at once, in this process: same results as a pool, easy to debug."""

    _max_workers = 1

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        fut: Future = Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - delivered through the future
            fut.set_exception(exc)
        return fut


def _workers_of(executor: Executor) -> int:
    n = getattr(executor, "_max_workers", None)
    if isinstance(n, int) and n > 0:
        return n
    client = getattr(executor, "_client", None)  # distributed.client.ClientExecutor
    if client is not None:
        try:
            return max(1, sum(client.nthreads().values()))
        except Exception:  # noqa: BLE001 - a guess for sizing only
            pass
    return default_workers()


def _chunks(items: list[str], size: int) -> Iterator[tuple[str, ...]]:
    for i in range(0, len(items), size):
        yield tuple(items[i : i + size])


def _progress_bar(progress: bool | None, total: int):
    if progress is None:
        progress = bool(getattr(sys.stderr, "isatty", lambda: False)())
    if not progress:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="report", file=sys.stderr, dynamic_ncols=True)


# --------------------------------------------------------------------------- the runner


def extract_corpus(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    executor: Executor | None = None,
    progress: bool | None = None,
    chunksize: int | None = None,
    max_in_flight: int | None = None,
) -> Corpus:
    """Extract the figures of every report in ``paths`` (see :func:`list_reports`).

    ``executor`` runs the work: ``None`` starts (and then stops) a local process pool sized
    to this machine; any :class:`~concurrent.futures.Executor` may be passed, e.g.
    :class:`SerialExecutor` or ``distributed.Client(...).get_executor()``. Files go to the
    workers in chunks of ``chunksize`` paths (default: small enough that every worker gets
    several chunks, at most 32 files), and at most ``max_in_flight`` chunks (default: twice
    the workers) are submitted at a time. ``progress`` shows a tqdm bar; ``None`` shows it
    when stderr is a terminal.

    The result does not depend on the executor: rows come back in input order.
    """
    files = list_reports(paths)
    own = executor is None
    if executor is None:
        executor = ProcessPoolExecutor(max_workers=min(default_workers(), max(1, len(files))))
    workers = _workers_of(executor)
    if chunksize is None:
        chunksize = max(1, min(32, math.ceil(len(files) / (workers * 8))))
    if max_in_flight is None:
        max_in_flight = 2 * workers
    chunks = list(_chunks(files, max(1, int(chunksize))))
    results: dict[int, _ChunkResult] = {}
    bar = _progress_bar(progress, len(files))
    pending: dict[Future, int] = {}
    todo = iter(range(len(chunks)))
    try:
        while True:
            for i in todo:
                try:
                    pending[executor.submit(_extract_chunk, chunks[i])] = i
                except Exception as exc:  # noqa: BLE001 - e.g. a broken pool: record, go on
                    results[i] = _ChunkResult(None, [], [_error_row(p, exc) for p in chunks[i]])
                    if bar is not None:
                        bar.update(len(chunks[i]))
                    continue
                if len(pending) >= max_in_flight:
                    break
            if not pending:
                break
            done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
            for fut in done:
                i = pending.pop(fut)
                try:
                    results[i] = fut.result()
                except Exception as exc:  # noqa: BLE001 - the worker died; its files failed
                    results[i] = _ChunkResult(None, [], [_error_row(p, exc) for p in chunks[i]])
                if bar is not None:
                    bar.update(len(chunks[i]))
    except BaseException:
        for fut in pending:
            fut.cancel()
        raise
    finally:
        if bar is not None:
            bar.close()
        if own:
            executor.shutdown(wait=True, cancel_futures=True)
    return _assemble([results[i] for i in range(len(chunks))])


def _assemble(parts: list[_ChunkResult]) -> Corpus:
    frames = [p.figures for p in parts if p.figures is not None and len(p.figures)]
    if frames:
        figures = _typed(pd.concat(frames, ignore_index=True), CORPUS_COLUMNS)
    else:
        figures = _typed([], CORPUS_COLUMNS)
    reports = _typed([r for p in parts for r in p.reports], REPORT_COLUMNS)
    errors = _typed([e for p in parts for e in p.errors], ERROR_COLUMNS)
    return Corpus(figures=figures, reports=reports, errors=errors)


# --------------------------------------------------------------------------- disagreements

#: Relative half-width given to an "approximate" figure ("around 340,000" is taken as
#: 306,000 to 374,000): news copy rounds to one or two significant digits.
APPROXIMATE_TOLERANCE = 0.10

#: How far apart (days) the starts and the ends of two figures' periods may be for them to
#: count as one quantity: news copy often quotes a running total a few days old.
MAX_GAP_DAYS = 3

DISAGREEMENT_COLUMNS: dict[str, object] = {
    "category": "string",
    "head": "string",
    "report_a": "string",
    "figure_a": "Int64",
    "text_a": "string",
    "value_a": "Float64",
    "bound_a": "string",
    "from_a": "datetime64[s]",
    "to_a": "datetime64[s]",
    "report_b": "string",
    "figure_b": "Int64",
    "text_b": "string",
    "value_b": "Float64",
    "bound_b": "string",
    "from_b": "datetime64[s]",
    "to_b": "datetime64[s]",
    "ratio": "Float64",
}


def value_interval(
    value: float | None,
    low: float | None,
    high: float | None,
    bound: str | None,
    *,
    tolerance: float = APPROXIMATE_TOLERANCE,
) -> tuple[float, float]:
    """The values a figure allows, as a closed interval ``(lo, hi)``.

    exact: the value; lower ("over 340,000"): from ``low`` up; upper ("up to 1 million"): up
    to ``high``; range: ``low`` to ``high``; approximate ("around one million") and unknown
    bounds: the value plus or minus ``tolerance`` of it. Missing ends fall back on the value.
    """

    def num(x):
        return None if x is None or pd.isna(x) else float(x)

    value, low, high = num(value), num(low), num(high)
    bound = None if bound is None or pd.isna(bound) else str(bound)
    if bound == "lower":
        return (low if low is not None else value if value is not None else -math.inf, math.inf)
    if bound == "upper":
        return (-math.inf, high if high is not None else value if value is not None else math.inf)
    if bound in ("exact", "range") and (low is not None or high is not None):
        lo = low if low is not None else value
        hi = high if high is not None else value
        return (lo if lo is not None else -math.inf, hi if hi is not None else math.inf)
    if value is None:
        return (-math.inf, math.inf)
    if bound == "exact":
        return (value, value)
    spread = abs(value) * tolerance
    return (value - spread, value + spread)


def _periods(figures: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Each figure's period: ``date_from``..``date_to``, falling back on the report's date.

    A figure with no date of its own ("so far", "now") refers to the day its report came out,
    as the official series does for such figures; one with only an end date is taken as of
    that day; one with only a start date runs to the report's date.
    """
    if "report_date" in figures:
        rd = figures["report_date"]
    else:
        rd = pd.Series(pd.NaT, index=figures.index, dtype="datetime64[s]")
    end = figures["date_to"].fillna(rd)
    start = figures["date_from"].fillna(end)
    end = end.fillna(start)
    return start, end


def find_disagreements(
    figures: pd.DataFrame,
    *,
    tolerance: float = APPROXIMATE_TOLERANCE,
    max_gap_days: int = MAX_GAP_DAYS,
    kinds: tuple[str, ...] = ("count",),
    within_reports: bool = False,
) -> pd.DataFrame:
    """Pairs of figures that count the same thing over overlapping dates but cannot both be right.

    Two figures are about "the same quantity" when they share ``category`` and ``head`` (the
    kind of event and what is counted: "returned" + "refugees"), are of the same ``kind``
    (one of ``kinds``: counts by default, since the head of a sum of money is its currency
    and says nothing about what it pays for), and their periods (see :func:`_periods`)
    overlap, with starts and ends at most ``max_gap_days`` apart. That last condition is what
    keeps running totals apart: "327,400 since 15 Sep, as of 11 Nov" and "375,000 since 15
    Sep, as of 18 Nov" overlap but may both be right, and so may two totals counted from
    different starts (the reference README's "different baselines"). Figures whose ``place``
    is known and differs are not compared either. They *disagree* when
    the intervals of values
    their bounds allow (:func:`value_interval`) do not meet: "over 340,000" and "around
    375,000" agree, "340,000" and "250,000" do not. Figures with no category, head or date are
    never compared, since nothing says they count the same thing; nor are a figure and one it
    is ``part_of``. By default only figures of different reports are paired
    (``within_reports=True`` also pairs figures of one report).

    Returns one row per pair (``a`` before ``b`` in table order), columns
    :data:`DISAGREEMENT_COLUMNS`; ``ratio`` is ``value_b / value_a``. Cost grows with the square
    of the largest group of one category and head.
    """
    need = {"category", "head", "kind", "value", "low", "high", "bound", "date_from", "date_to"}
    missing = need - set(figures.columns)
    if missing:
        raise KeyError(f"find_disagreements: figure table lacks columns {sorted(missing)}")
    df = figures.reset_index(drop=True)
    if "report" not in df:
        df = df.assign(report=pd.Series([None] * len(df), dtype="string"))
    if "figure" not in df:
        df = df.assign(figure=pd.array(range(len(df)), dtype="Int64"))
    start, end = _periods(df)
    df = df.assign(_start=start, _end=end)
    ok = df["category"].notna() & df["head"].notna() & df["_start"].notna() & df["_end"].notna()
    ok &= df["kind"].astype("string").isin(list(kinds)).fillna(False)
    df = df[ok]
    gap = pd.Timedelta(days=max_gap_days)
    rows = []
    for _, group in df.groupby(
        [df["category"].astype(str), df["head"].astype(str).str.lower(), df["kind"].astype(str)],
        sort=True,
        dropna=False,
    ):
        if len(group) < 2:
            continue
        ivals = [
            value_interval(v, lo, hi, b, tolerance=tolerance)
            for v, lo, hi, b in zip(
                group["value"], group["low"], group["high"], group["bound"], strict=True
            )
        ]
        recs = group.to_dict("records")
        for i in range(len(recs)):
            a = recs[i]
            for j in range(i + 1, len(recs)):
                b = recs[j]
                same_report = a["report"] == b["report"] if not pd.isna(a["report"]) else True
                if same_report and not within_reports:
                    continue
                if same_report and _linked(a, b):
                    continue
                if a["_start"] > b["_end"] or b["_start"] > a["_end"]:
                    continue  # different periods: both may be right
                if abs(a["_start"] - b["_start"]) > gap or abs(a["_end"] - b["_end"]) > gap:
                    continue  # a running total at two dates, or from two baselines
                if _differ(a.get("place"), b.get("place")):
                    continue  # returns from Iran are not returns from Pakistan
                (alo, ahi), (blo, bhi) = ivals[i], ivals[j]
                if alo <= bhi and blo <= ahi:
                    continue  # the bounds allow a common value
                rows.append(_pair_row(a, b))
    out = _typed(rows, DISAGREEMENT_COLUMNS) if rows else _typed([], DISAGREEMENT_COLUMNS)
    return out


def _differ(x, y) -> bool:
    """Both known and different (case aside); an unknown place matches any place."""
    if x is None or y is None or pd.isna(x) or pd.isna(y):
        return False
    return str(x).strip().lower() != str(y).strip().lower()


def _linked(a: dict, b: dict) -> bool:
    return (not pd.isna(a.get("part_of")) and a["part_of"] == b["figure"]) or (
        not pd.isna(b.get("part_of")) and b["part_of"] == a["figure"]
    )


def _pair_row(a: dict, b: dict) -> tuple:
    va, vb = a["value"], b["value"]
    ratio = None if pd.isna(va) or pd.isna(vb) or va == 0 else float(vb) / float(va)
    return (
        a["category"],
        a["head"],
        a["report"],
        a["figure"],
        a["text"],
        va,
        a["bound"],
        a["_start"],
        a["_end"],
        b["report"],
        b["figure"],
        b["text"],
        vb,
        b["bound"],
        b["_start"],
        b["_end"],
        ratio,
    )


# --------------------------------------------------------------------------- over time


def figure_dates(figures: pd.DataFrame) -> pd.Series:
    """The day each figure refers to: its ``date_to``, else its report's date (see _periods)."""
    return _periods(figures)[1]


def plot_figures_over_time(figures: pd.DataFrame, *, ax=None):
    """Every count of a corpus against its date, one colour per ``category``.

    A figure without a category (an extractor that does not fill it, or a number it could
    not place) is drawn as "uncategorised" rather than dropped, so the chart shows how much
    of the corpus is still unexplained; figures with no date at all (an undated report) and
    non-counts (percentages, money, durations) are left out. The value axis is logarithmic
    because one corpus holds "2,000 expelled" and "1.7 million undocumented" side by side.
    """
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(10, 4.5), layout="constrained")
    df = figures.assign(_date=figure_dates(figures))
    if "kind" in df:
        df = df[df["kind"].isna() | (df["kind"].astype("string") == "count")]
    df = df[df["_date"].notna() & df["value"].notna() & (df["value"] > 0)]
    category = df["category"].astype("string").fillna("uncategorised")
    for name in sorted(category.unique()):
        part = df[category == name]
        ax.plot(part["_date"], part["value"].astype(float), "o", alpha=0.6, label=name)
    ax.set_yscale("log")
    ax.set_ylabel("count (log scale)")
    ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.set_title(f"{len(df)} counts from {df['report'].nunique() if 'report' in df else 1} reports")
    if len(df):
        import matplotlib.dates as mdates

        locator = mdates.AutoDateLocator(maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.legend(title="category", fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    ax.grid(True, alpha=0.3)
    return ax
