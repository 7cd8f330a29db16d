"""Run the notebooks on a report, and save what they produce.

The notebooks in ``notebooks/`` are the product an analyst reads; this module is how the
command line (``python -m analysis report``), ``make report`` and the tests run them on any
report with papermill, and how a notebook saves its table and charts when it is given an
``output_dir``. Every file is written to a temporary name and renamed into place
(:mod:`analysis.io`), so a run that dies half-way never leaves a torn CSV or PNG behind.

``python -m analysis.notebooks`` re-executes the committed notebooks in place with their
default parameters (the seed report): run it after the extractor changes, since the
committed outputs are what nbval compares.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pandas as pd

from . import paths
from .errors import ReportError
from .io import atomic_write_text, atomic_write_with, write_csv_atomic
from .report import load_report

__all__ = [
    "KERNEL_NAME",
    "NotebookError",
    "list_notebooks",
    "run_notebooks",
    "execute_in_place",
    "save_outputs",
]

#: The kernel papermill starts. jupyter_client runs the "python3" kernelspec with the
#: interpreter that runs papermill (``sys.executable``), so ``.venv/bin/python`` gets the
#: venv's kernel and package even when the venv is not activated.
KERNEL_NAME = "python3"

# A notebook's first cell may take a while on a cold machine (imports, font cache).
_CELL_TIMEOUT = 600


class NotebookError(ReportError):
    """A notebook failed on a report: the message names the report, notebook and cell."""

    def __init__(
        self,
        path: str | Path | None,
        problem: str,
        *,
        notebook: str,
        cell: int | None = None,
    ) -> None:
        self.notebook = notebook
        self.cell = cell
        super().__init__(path, problem)


def list_notebooks(folder: str | os.PathLike | None = None) -> list[Path]:
    """The notebooks to run, in name order (their numbers are the reading order)."""
    folder = Path(folder) if folder is not None else paths.NOTEBOOKS_DIR
    return sorted(p for p in folder.glob("*.ipynb") if not p.name.startswith("."))


def save_outputs(
    output_dir: str | os.PathLike | None,
    *,
    tables: Mapping[str, pd.DataFrame] | None = None,
    charts: Mapping[str, object] | None = None,
) -> list[Path]:
    """Write ``tables`` as ``<name>.csv`` and ``charts`` as ``<name>.png`` into ``output_dir``.

    This is the notebooks' one way out to the file system. ``output_dir=None`` writes
    nothing, which is how a notebook opened in JupyterLab stays side-effect free. A table
    with a named index (the figure table's ``figure``) keeps it as the first column, since
    ``part_of`` refers to it. A chart is a matplotlib Axes or Figure; its PNG carries no
    timestamp or version metadata, so the same chart gives the same bytes.
    """
    if output_dir is None:
        return []
    folder = Path(output_dir)
    written: list[Path] = []
    for name, table in (tables or {}).items():
        keep_index = table.index.name is not None
        written.append(write_csv_atomic(table, folder / f"{name}.csv", index=keep_index))
    for name, chart in (charts or {}).items():
        fig = getattr(chart, "figure", chart)  # an Axes knows its Figure; a Figure is itself
        written.append(
            atomic_write_with(
                folder / f"{name}.png",
                lambda fh, fig=fig: fig.savefig(
                    fh, format="png", dpi=100, bbox_inches="tight", metadata={"Software": None}
                ),
            )
        )
    return written


def _execute(notebook: Path, parameters: dict | None):
    """Execute one notebook with papermill in the notebooks folder; return the executed node."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    try:
        return papermill.execute_notebook(
            str(notebook),
            None,  # papermill writes nothing: the caller writes atomically
            parameters=parameters or {},
            kernel_name=KERNEL_NAME,
            cwd=str(notebook.parent),
            progress_bar=False,
            log_output=False,
            execution_timeout=_CELL_TIMEOUT,
        )
    except PapermillExecutionError as exc:
        return exc


def _failure(report: Path | None, notebook: Path, exc) -> NotebookError:
    first_line = next((ln for ln in str(exc.source).splitlines() if ln.strip()), "")
    evalue = str(exc.evalue).strip().splitlines()[0] if str(exc.evalue).strip() else ""
    problem = (
        f"notebook {notebook.name} failed in cell {exc.cell_index} "
        f"(In [{exc.exec_count}]: {first_line.strip()!r}): {exc.ename}: {evalue}"
    )
    return NotebookError(report, problem, notebook=notebook.name, cell=exc.cell_index)


def run_notebooks(
    report_path: str | os.PathLike,
    out_dir: str | os.PathLike,
    notebooks: Iterable[str | os.PathLike] | None = None,
) -> list[Path]:
    """Execute ``notebooks`` (default: every notebook in ``notebooks/``) on one report.

    Each notebook runs with the parameters ``report_path`` and ``output_dir=out_dir``; its
    executed copy (``<name>.ipynb``) and an HTML rendering (``<name>.html``) are written to
    ``out_dir`` next to the tables and charts the notebooks save there. Returns every file
    written, sorted. The report is loaded first, so a missing or unreadable report fails
    with its own :class:`~analysis.errors.ReportError` before any kernel starts; a notebook
    that fails raises :class:`NotebookError` naming the report, notebook and cell.
    """
    import nbformat
    from nbconvert import HTMLExporter

    # absolute(), not resolve(): an error about a link must name the link the user gave
    report = Path(report_path).absolute()
    load_report(report)
    folder = Path(out_dir).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    chosen = [Path(n).resolve() for n in notebooks] if notebooks is not None else list_notebooks()
    if not chosen:
        raise NotebookError(report, f"no notebooks found in {paths.NOTEBOOKS_DIR}", notebook="")
    exporter = HTMLExporter()
    started = time.time_ns()
    written: set[Path] = set()
    for notebook in chosen:
        result = _execute(notebook, {"report_path": str(report), "output_dir": str(folder)})
        if not isinstance(result, nbformat.NotebookNode):
            raise _failure(report, notebook, result) from result
        written.add(atomic_write_text(folder / notebook.name, nbformat.writes(result)))
        body, _resources = exporter.from_notebook_node(result)
        written.add(atomic_write_text(folder / f"{notebook.stem}.html", body))
    # What the notebooks saved themselves (figures.csv, the charts) during this run.
    for path in folder.iterdir():
        if path.is_file() and not path.name.startswith(".") and path.stat().st_mtime_ns >= started:
            written.add(path)
    return sorted(written)


def _scrub(nb) -> None:
    """Drop what changes on every run without changing the notebook (timings, papermill's log)."""
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)


def execute_in_place(notebooks: Sequence[str | os.PathLike] | None = None) -> list[Path]:
    """Re-execute ``notebooks`` (default: all) with their default parameters, in place.

    The committed outputs are what nbval checks the notebooks against, so they must be
    regenerated whenever the library's results change. Timings and papermill's run metadata
    are removed so that a re-run with the same results leaves ``git diff`` empty.
    """
    import nbformat

    chosen = [Path(n).resolve() for n in notebooks] if notebooks else list_notebooks()
    done = []
    for notebook in chosen:
        result = _execute(notebook, None)
        if not isinstance(result, nbformat.NotebookNode):
            raise _failure(paths.DEFAULT_REPORT, notebook, result) from result
        _scrub(result)
        atomic_write_text(notebook, nbformat.writes(result) + "\n")
        done.append(notebook)
    return done


if __name__ == "__main__":
    try:
        for _path in execute_in_place(sys.argv[1:] or None):
            print(f"executed {_path.relative_to(paths.PROJECT_ROOT)}")
    except ReportError as _exc:
        print(f"python -m analysis.notebooks: {_exc}", file=sys.stderr)
        raise SystemExit(2) from None
