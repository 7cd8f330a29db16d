"""The notebooks as a product: papermill runs them on a second report and they write
what they promise; run_notebooks and ``python -m analysis report`` wrap that.

The report is tests/fixtures/second-report.txt, an invented report written for these tests
(so the notebooks are shown to work on a report other than the one they were developed on).
The figure table written by a notebook must be the library's table for that report: a
notebook only displays and saves what ``analysis`` computes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pandas as pd
import papermill
import pytest

import analysis
from analysis import paths
from analysis.cli import main
from analysis.notebooks import NotebookError, list_notebooks, run_notebooks

FIXTURE = Path(__file__).parent / "fixtures" / "second-report.txt"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# What each notebook writes into output_dir: tables (CSV) and charts (PNG). A notebook not
# listed here (another team's) must still run and write at least one file.
WRITES = {
    "01-the-report": (["figures", "entities", "quotes"], []),
    "02-the-figures": (["figures", "relations"], ["figures"]),
    "03-who-says-what": (["figures", "time_refs"], ["sources", "timeline"]),
}

NOTEBOOKS = list_notebooks()


def test_the_three_report_notebooks_are_there():
    # Guards the parametrised test below against silently running on nothing.
    assert {p.stem for p in NOTEBOOKS} >= set(WRITES)


def _parameters(tmp_path: Path) -> dict:
    """Every notebook gets both a report and a folder of reports; each ignores the other."""
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(FIXTURE, reports / FIXTURE.name)
    return {
        "report_path": str(FIXTURE),
        "reports_dir": str(reports),
        "output_dir": str(tmp_path / "out"),
    }


def _expected_figures() -> pd.DataFrame:
    return analysis.extract_figures(analysis.load_report(FIXTURE))


def _assert_png(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE), f"{path.name} is not a PNG"
    assert len(data) > 1000, f"{path.name} is a nearly empty PNG"


def _assert_figures_csv(path: Path) -> None:
    written = pd.read_csv(path, keep_default_na=False, na_values=[""], dtype={"text": str})
    expected = _expected_figures()
    assert written.columns[0] == "figure"
    assert list(written["figure"]) == list(expected.index)
    assert list(written["text"]) == list(expected["text"])
    assert list(written["start"]) == list(expected["start"])
    assert list(written["end"]) == list(expected["end"])
    assert written["value"].tolist() == pytest.approx(expected["value"].astype(float).tolist())
    assert list(written["bound"].astype(str)) == list(expected["bound"].astype(str))
    # Whatever the extractor finds, each row's text is the report's text at its offsets.
    text = analysis.load_report(FIXTURE).text
    for _, row in written.iterrows():
        assert text[row["start"] : row["end"]] == row["text"]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_on_another_report_and_writes_its_outputs(notebook, tmp_path):
    params = _parameters(tmp_path)
    executed = papermill.execute_notebook(
        str(notebook),
        str(tmp_path / notebook.name),
        parameters=params,
        kernel_name="python3",
        cwd=str(tmp_path),  # not the notebooks folder: paths must not depend on it
        progress_bar=False,
    )
    injected = [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1, "the notebook needs exactly one cell tagged 'parameters'"
    out = Path(params["output_dir"])
    written = sorted(p.name for p in out.iterdir()) if out.exists() else []
    tables, charts = WRITES.get(notebook.stem, (None, None))
    if tables is None:
        assert written, f"{notebook.name} wrote nothing into output_dir"
    else:
        assert written == sorted([f"{t}.csv" for t in tables] + [f"{c}.png" for c in charts])
    if "figures.csv" in written:
        _assert_figures_csv(out / "figures.csv")
    for name in written:
        if name.endswith(".png"):
            _assert_png(out / name)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_has_one_parameters_cell_first(notebook):
    nb = nbformat.read(notebook, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    tagged = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0] is code[0], "one parameters cell, the first code cell"
    assert "output_dir = None" in tagged[0].source


def test_run_notebooks_writes_notebook_html_table_and_chart(tmp_path):
    notebook = paths.NOTEBOOKS_DIR / "02-the-figures.ipynb"
    written = run_notebooks(FIXTURE, tmp_path / "build", notebooks=[notebook])
    names = [p.name for p in written]
    assert names == sorted(
        [
            "02-the-figures.ipynb",
            "02-the-figures.html",
            "figures.csv",
            "figures.png",
            "relations.csv",
        ]
    )
    assert all(p.parent == (tmp_path / "build").resolve() for p in written)
    # nothing else in the folder: no temporary file was left behind
    assert sorted(p.name for p in (tmp_path / "build").iterdir()) == names
    html = (tmp_path / "build" / "02-the-figures.html").read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html>")
    executed = nbformat.read(tmp_path / "build" / "02-the-figures.ipynb", as_version=4)
    assert any("injected-parameters" in c.metadata.get("tags", []) for c in executed.cells)
    _assert_figures_csv(tmp_path / "build" / "figures.csv")
    _assert_png(tmp_path / "build" / "figures.png")


def _failing_notebook(folder: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "language": "python",
        "display_name": "Python 3",
    }
    params = nbformat.v4.new_code_cell("report_path = None\noutput_dir = None")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        params,
        nbformat.v4.new_code_cell("x = 1"),
        nbformat.v4.new_code_cell("raise ValueError('no figures in ' + report_path)"),
    ]
    path = folder / "99-broken.ipynb"
    nbformat.write(nb, path)
    return path


def test_a_failing_notebook_names_the_report_and_the_cell(tmp_path):
    broken = _failing_notebook(tmp_path)
    with pytest.raises(NotebookError) as caught:
        run_notebooks(FIXTURE, tmp_path / "build", notebooks=[broken])
    err = caught.value
    assert isinstance(err, analysis.ReportError)
    assert err.path == str(FIXTURE.resolve())
    assert (err.notebook, err.cell) == ("99-broken.ipynb", 3)  # after papermill's injected cell
    message = str(err)
    assert message.startswith(f"{FIXTURE.resolve()}: notebook 99-broken.ipynb failed in cell 3")
    assert "ValueError: no figures in" in message
    assert not list((tmp_path / "build").glob("99-broken*")), "no output for a failed notebook"


def test_a_missing_report_fails_before_any_notebook_runs(tmp_path):
    with pytest.raises(analysis.ReportNotFoundError):
        run_notebooks(tmp_path / "nope.txt", tmp_path / "build")
    assert not (tmp_path / "build").exists()


def test_cli_report_on_a_missing_file_says_which_and_exits_2(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    assert main(["report", str(missing), "--out", str(tmp_path / "build")]) == 2
    err = capsys.readouterr().err
    assert str(missing) in err and "no such file" in err
