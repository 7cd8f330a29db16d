"""The ``analysis corpus`` and ``analysis figures`` subcommands, as an analyst runs them."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.cli import main
from analysis.corpus import Corpus

DEVSET = Path(__file__).parent / "fixtures" / "devset"
GOOD = ["01-torkham-returns.txt", "04-por-registration.txt", "11-iran-deportations.txt"]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """Three good reports, a binary file and a dangling link, as a download folder holds."""
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in GOOD:
        (reports / name).write_bytes((DEVSET / name).read_bytes())
    (reports / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 16)
    (reports / "moved.txt").symlink_to(tmp_path / "no-longer-here.txt")
    return reports


def _expected_rows(path: Path) -> list[tuple]:
    figs = analysis.extract_figures(analysis.load_report(path))
    return list(zip(figs["start"], figs["end"], figs["text"], strict=True))


def test_corpus_command_writes_every_good_figure_names_bad_files_and_exits_1(folder, tmp_path):
    out = tmp_path / "out" / "figures.parquet"
    run = subprocess.run(
        [sys.executable, "-m", "analysis", "corpus", str(folder), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1, run.stderr
    assert str(folder / "photo.txt") in run.stderr
    assert str(folder / "moved.txt") in run.stderr
    assert "BinaryReportError" in run.stderr and "ReportNotFoundError" in run.stderr
    assert run.stdout.strip().endswith(f"-> {out}")
    figures = Corpus.read_figures(out)
    assert sorted(set(figures["report"])) == sorted(str(folder / n) for n in GOOD)
    for name in GOOD:
        rows = figures[figures["report"] == str(folder / name)]
        got = list(zip(rows["start"], rows["end"], rows["text"], strict=True))
        assert got == _expected_rows(folder / name), name
    n = sum(len(_expected_rows(folder / name)) for name in GOOD)
    assert run.stdout.strip() == f"3 reports, {n} figures, 2 failed -> {out}"


def test_corpus_command_writes_csv_and_the_side_tables(folder, tmp_path, capsys):
    out = tmp_path / "figures.csv"
    status = main(
        [
            "corpus",
            str(folder / GOOD[0]),
            str(folder / "moved.txt"),
            "--out",
            str(out),
            "--workers",
            "1",
            "--progress",
            "no",
            "--errors-out",
            str(tmp_path / "errors.csv"),
            "--reports-out",
            str(tmp_path / "reports.csv"),
        ]
    )
    assert status == 1
    table = pd.read_csv(out)
    assert set(table["report"]) == {str(folder / GOOD[0])}
    assert len(table) == len(_expected_rows(folder / GOOD[0]))
    errors = pd.read_csv(tmp_path / "errors.csv")
    assert errors[["path", "error"]].values.tolist() == [
        [str(folder / "moved.txt"), "ReportNotFoundError"]
    ]
    assert pd.read_csv(tmp_path / "reports.csv")["report"].tolist() == [str(folder / GOOD[0])]
    assert "1 reports" in capsys.readouterr().out


def test_corpus_command_on_good_reports_only_exits_0(tmp_path, capsys):
    out = tmp_path / "f.parquet"
    status = main(["corpus", str(DEVSET / GOOD[1]), "--out", str(out), "--workers", "2"])
    assert status == 0
    assert capsys.readouterr().err == ""
    assert len(Corpus.read_figures(out)) == len(_expected_rows(DEVSET / GOOD[1]))


def test_corpus_command_on_a_folder_without_reports_says_so(tmp_path, capsys):
    assert main(["corpus", str(tmp_path), "--out", str(tmp_path / "f.csv")]) == 2
    assert "no *.txt reports" in capsys.readouterr().err
    assert not (tmp_path / "f.csv").exists()


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_figures_command_prints_one_reports_figures(fmt, capsys):
    path = DEVSET / GOOD[0]
    assert main(["figures", str(path), "--format", fmt]) == 0
    out = capsys.readouterr().out
    expected = [text for _, _, text in _expected_rows(path)]
    if fmt == "csv":
        got = pd.read_csv(io.StringIO(out), dtype={"text": str})["text"].tolist()
    elif fmt == "json":
        got = [row["text"] for row in json.loads(out)]
    else:
        lines = out.splitlines()[2:]  # header, then the index name line
        assert len(lines) == len(expected)
        got = [t for t, line in zip(expected, lines, strict=True) if f" {t} " in line]
    assert got == expected


def test_figures_command_on_a_bad_file_names_it_and_exits_2(folder, capsys):
    assert main(["figures", str(folder / "photo.txt")]) == 2
    err = capsys.readouterr().err
    assert str(folder / "photo.txt") in err and "binary" in err


def test_corpus_command_refuses_an_unknown_output_format_before_any_work(tmp_path, capsys):
    assert main(["corpus", str(DEVSET), "--out", str(tmp_path / "figures.xlsx")]) == 2
    assert "use a .parquet or .csv file" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
