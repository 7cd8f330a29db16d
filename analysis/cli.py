"""The ``analysis`` command line: one subcommand per analyst task.

Each subcommand is one ``cmd_<name>(args) -> int`` function plus one block in
:func:`build_parser` that declares its arguments and sets ``func``. Keeping that
shape lets several people add subcommands without touching each other's code.
Every :class:`~analysis.errors.ReportError` ends the run with a one-line message
naming the file (exit status 2) instead of a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import paths
from .errors import ReportError

__all__ = ["build_parser", "main", "cmd_report"]


def cmd_report(args: argparse.Namespace) -> int:
    """Run every notebook on one report and list what was written."""
    from .notebooks import run_notebooks

    written = run_notebooks(args.report, args.out)
    out = Path(args.out)
    print(f"{args.report}: {len(written)} files written to {out}/")
    for path in written:
        print(f"  {path}")
    print(f"Open {out / '01-the-report.html'} in a browser to read the report.")
    return 0


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

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv``, run the subcommand, turn a ReportError into a message and status 2."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ReportError as exc:
        print(f"analysis {args.command}: {exc}", file=sys.stderr)
        return 2
