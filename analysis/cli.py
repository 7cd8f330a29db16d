"""The ``analysis`` command line: one subcommand per analyst task.

Each subcommand is one ``cmd_<name>(args) -> int`` function plus one block in
:func:`build_parser` that declares its arguments and sets ``func``. Keeping that
shape lets several people add subcommands without touching each other's code.
Every :class:`~analysis.errors.ReportError` ends the run with a one-line message
naming the file (exit status 2) instead of a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import paths
from .errors import ReportError

__all__ = ["build_parser", "main", "cmd_report", "cmd_figures", "cmd_corpus"]


def cmd_report(args: argparse.Namespace) -> int:
    """Run every notebook on one report and list what was written."""
    from .notebooks import run_notebooks

    written = run_notebooks(args.report, args.out)
    out = Path(args.out)
    print(f"{args.report}: {len(written)} files written to {out}/")
    for path in written:
        print(f"  {out / path.name}")
    print(f"Open {out / '01-the-report.html'} in a browser to read the report.")
    return 0


#: Columns of ``analysis figures --format table``: what a reader checks first; csv/json give all.
FIGURE_TABLE_COLUMNS = (
    "start", "end", "text", "value", "bound", "kind", "head", "category", "source",
)  # fmt: skip


def cmd_figures(args: argparse.Namespace) -> int:
    """Print the figures of one report to stdout, as a table, CSV or JSON."""
    from .figures import extract_figures
    from .report import load_report

    report = load_report(args.report)
    for warning in report.warnings:
        print(f"{args.report}: warning: {warning}", file=sys.stderr)
    figures = extract_figures(report)
    try:
        _print_figures(figures, args)
    except BrokenPipeError:  # `analysis figures r.txt | head`: the reader left, not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


def _print_figures(figures, args: argparse.Namespace) -> None:
    import pandas as pd

    if args.format == "csv":
        figures.to_csv(sys.stdout, lineterminator="\n")
    elif args.format == "json":
        sys.stdout.write(
            figures.reset_index().to_json(
                orient="records", date_format="iso", force_ascii=False, indent=1
            )
            + "\n"
        )
    else:
        cols = [c for c in FIGURE_TABLE_COLUMNS if c in figures]
        with pd.option_context("display.max_rows", None, "display.width", 200):
            print(figures[cols].to_string() if len(figures) else f"{args.report}: no figures")


def cmd_corpus(args: argparse.Namespace) -> int:
    """Extract the figures of many reports into one table; exit 1 if any file failed."""
    from concurrent.futures import ProcessPoolExecutor

    from .corpus import SerialExecutor, extract_corpus, list_reports

    if Path(args.out).suffix.lower() not in (".csv", ".parquet", ".pq"):
        print(f"analysis corpus: --out {args.out}: use a .parquet or .csv file", file=sys.stderr)
        return 2
    files = list_reports(args.paths)
    if not files:
        print(f"analysis corpus: no *.txt reports in {' '.join(args.paths)}", file=sys.stderr)
        return 2
    if args.workers == 1:
        executor = SerialExecutor()
    elif args.workers and args.workers > 1:
        executor = ProcessPoolExecutor(max_workers=args.workers)
    else:
        executor = None  # a pool sized to this machine
    progress = {"auto": None, "yes": True, "no": False}[args.progress]
    try:
        corpus = extract_corpus(files, executor=executor, progress=progress)
    finally:
        if executor is not None:
            executor.shutdown()
    out = corpus.write(args.out)
    warned = corpus.reports[corpus.reports["warnings"].notna()]
    for path, warnings in zip(warned["report"], warned["warnings"], strict=True):
        print(f"{path}: warning: {warnings}", file=sys.stderr)
    for row in corpus.errors.itertuples(index=False):
        print(f"analysis corpus: failed: {row.message} [{row.error}]", file=sys.stderr)
    if args.errors_out:
        from .io import write_csv_atomic

        write_csv_atomic(corpus.errors, args.errors_out)
    if args.reports_out:
        from .io import write_csv_atomic

        write_csv_atomic(corpus.reports, args.reports_out)
    print(f"{corpus.summary()} -> {out}")
    return 1 if corpus.failed else 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; one block per subcommand."""
    parser = argparse.ArgumentParser(
        prog="analysis",
        description="Figures an analyst can trust from news reports on migration, "
        "deportation and displacement.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    # report: the notebooks, executed on one report, as .ipynb, HTML, figures.csv and PNG charts.
    p = sub.add_parser(
        "report",
        help="run the notebooks on one report and write HTML, figures.csv and charts",
        description="Execute every notebook in notebooks/ on REPORT and write the executed "
        "notebooks, their HTML, figures.csv and the charts as PNG into --out.",
    )
    p.add_argument(
        "report",
        nargs="?",
        default=str(paths.DEFAULT_REPORT),
        help="the report file (default: the seed report in data/reports)",
    )
    p.add_argument("--out", default="build", help="output folder (default: build)")
    p.set_defaults(func=cmd_report)

    # figures: one report's figure table on stdout.
    p = sub.add_parser(
        "figures",
        help="print the figures of one report (table, CSV or JSON)",
        description="Extract the figures of REPORT and print them to stdout.",
    )
    p.add_argument("report", help="the report file")
    p.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table (a readable subset of columns, default), or csv/json (every column)",
    )
    p.set_defaults(func=cmd_figures)

    # corpus: many reports, in parallel, into one table.
    p = sub.add_parser(
        "corpus",
        help="extract the figures of many reports into one CSV or Parquet table",
        description="Extract the figures of every report in PATH (files, or folders searched "
        "for *.txt recursively) into one table. Files that cannot be read are named on stderr "
        "and the exit status is 1; the others are still written.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders")
    p.add_argument(
        "--out",
        default="figures.parquet",
        help="output table; .parquet or .csv by extension (default: figures.parquet)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=0,
        help="worker processes (default 0: one per CPU; 1: no pool, in this process)",
    )
    p.add_argument(
        "--progress",
        choices=("auto", "yes", "no"),
        default="auto",
        help="progress bar on stderr (default: auto, when stderr is a terminal)",
    )
    p.add_argument("--errors-out", metavar="CSV", help="also write the failed files to CSV")
    p.add_argument("--reports-out", metavar="CSV", help="also write the reports read to CSV")
    p.set_defaults(func=cmd_corpus)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv``, run the subcommand, turn a ReportError into a message and status 2."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ReportError as exc:
        print(f"analysis {args.command}: {exc}", file=sys.stderr)
        return 2
