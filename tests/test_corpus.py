"""extract_corpus: same result on every executor, nothing lost, bad files recorded.

The oracle for a report's rows is the one-report API (``extract_figures(load_report(p))``),
which this module does not test; what is tested is that the corpus runner moves those rows
intact, in order, whatever runs them.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest

import analysis
import analysis.corpus as corpus_mod
from analysis.corpus import (
    CORPUS_COLUMNS,
    Corpus,
    SerialExecutor,
    extract_corpus,
    find_disagreements,
    list_reports,
    plot_figures_over_time,
    value_interval,
)
from analysis.schema import FIGURE_COLUMNS, coerce_figures

DEVSET = Path(__file__).parent / "fixtures" / "devset"
DEVSET_TXT = sorted(p.name for p in DEVSET.iterdir() if p.suffix == ".txt")

# Bytes of a PNG signature and header: NUL bytes make it binary by any rule.
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06" * 8
# A report saved by a Windows editor in cp1252: "é" and the en dash are single high bytes.
CP1252_BYTES = (
    "date 2023-11-20\nCafé owners in Peshawar said 1,200 people – mostly Afghans – left.\n"
).encode("cp1252")


@pytest.fixture(scope="module")
def serial() -> Corpus:
    return extract_corpus(DEVSET, executor=SerialExecutor(), progress=False)


def test_devset_has_the_fourteen_reports_its_readme_describes():
    assert len(DEVSET_TXT) == 14  # devset README: "14 original, synthetic news-style reports"


def test_serial_run_reads_every_devset_report_in_sorted_order(serial):
    assert [Path(r).name for r in serial.reports["report"]] == DEVSET_TXT
    assert serial.errors.empty
    assert list(serial.figures.columns) == list(CORPUS_COLUMNS)
    for col, dtype in FIGURE_COLUMNS.items():
        assert serial.figures[col].dtype == pd.api.types.pandas_dtype(dtype), col
    assert serial.figures["report"].dtype == pd.StringDtype()
    assert str(serial.figures["report_date"].dtype) == "datetime64[s]"


def test_each_reports_rows_are_exactly_its_own_figure_table(serial):
    for path in serial.reports["report"]:
        own = analysis.extract_figures(analysis.load_report(path))
        rows = serial.figures[serial.figures["report"] == path]
        got = rows[list(FIGURE_COLUMNS)].reset_index(drop=True)
        pd.testing.assert_frame_equal(got, own.reset_index(drop=True), check_index_type=False)
        assert rows["figure"].tolist() == list(range(len(own)))
    n = serial.reports.set_index("report")["n_figures"]
    assert n.sum() == len(serial.figures)


def test_report_dates_come_from_the_date_headers(serial):
    # devset README: every report but 14 starts with a date line; 14 has none.
    dates = dict(
        zip(
            serial.reports["report"].map(lambda p: Path(p).name),
            serial.reports["report_date"],
            strict=True,
        )
    )
    assert pd.isna(dates["14-rohingya-new-arrivals.txt"])
    assert sum(pd.notna(d) for d in dates.values()) == 13
    first_line = (DEVSET / "01-torkham-returns.txt").read_text().split("\n", 1)[0]
    assert dates["01-torkham-returns.txt"] == pd.Timestamp(first_line.split()[1])


def test_default_process_pool_gives_the_serial_result(serial):
    pooled = extract_corpus(DEVSET, progress=False)
    pd.testing.assert_frame_equal(pooled.figures, serial.figures)
    pd.testing.assert_frame_equal(pooled.reports, serial.reports)
    pd.testing.assert_frame_equal(pooled.errors, serial.errors)


@pytest.mark.parametrize("chunksize", [1, 3, 100])
def test_thread_pool_and_any_chunk_size_give_the_serial_result(serial, chunksize):
    with ThreadPoolExecutor(max_workers=2) as ex:
        got = extract_corpus(DEVSET, executor=ex, chunksize=chunksize, progress=False)
    pd.testing.assert_frame_equal(got.figures, serial.figures)
    pd.testing.assert_frame_equal(got.reports, serial.reports)


def test_dask_cluster_executor_gives_the_serial_result():
    import distributed  # declared in the [test] extra: a missing one is a failure, not a skip

    files = [DEVSET / name for name in DEVSET_TXT[:3]] + [DEVSET / "missing.txt"]
    expected = extract_corpus(files, executor=SerialExecutor(), progress=False)
    with (
        # (":0", a free port: None still asks for 8787, and a second run on the machine,
        # a helper's or a notebook's, made the cluster warn that the port was taken)
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        got = extract_corpus(files, executor=client.get_executor(), chunksize=1, progress=False)
    pd.testing.assert_frame_equal(got.figures, expected.figures)
    pd.testing.assert_frame_equal(got.reports, expected.reports)
    pd.testing.assert_frame_equal(got.errors, expected.errors)
    assert got.errors["error"].tolist() == ["ReportNotFoundError"]


# --------------------------------------------------------------------------- bad inputs


@pytest.fixture()
def messy(tmp_path: Path) -> Path:
    """Two good reports and one of each kind of bad input a folder of downloads holds."""
    for name in DEVSET_TXT[:2]:
        (tmp_path / name).write_bytes((DEVSET / name).read_bytes())
    (tmp_path / "image.txt").write_bytes(PNG_BYTES)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "deleted-long-ago.txt")
    (tmp_path / "x.txt").mkdir()
    (tmp_path / "windows.txt").write_bytes(CP1252_BYTES)
    (tmp_path / "notes.md").write_text("not a report: only *.txt are read\n")
    return tmp_path


def test_bad_inputs_are_recorded_and_good_ones_still_read(messy: Path):
    got = extract_corpus(messy, executor=SerialExecutor(), progress=False)
    errors = {Path(p).name: e for p, e in zip(got.errors["path"], got.errors["error"], strict=True)}
    assert errors == {
        "image.txt": "BinaryReportError",
        "dangling.txt": "ReportNotFoundError",
        "x.txt": "ReportIsDirectoryError",
    }
    for path, message in zip(got.errors["path"], got.errors["message"], strict=True):
        assert path in message  # every message names its file
    read = [Path(p).name for p in got.reports["report"]]
    assert read == sorted([*DEVSET_TXT[:2], "windows.txt"])
    # Every *.txt input is accounted for, once.
    assert len(read) + len(errors) == 6


def test_a_non_utf8_report_is_read_with_a_warning(messy: Path):
    got = extract_corpus(messy / "windows.txt", executor=SerialExecutor(), progress=False)
    assert got.errors.empty
    (warning,) = got.reports["warnings"].tolist()
    assert "UTF-8" in warning and "cp1252" in warning
    assert got.reports["report_date"].tolist() == [pd.Timestamp("2023-11-20")]
    assert "1,200" in got.figures["text"].tolist()
    # The good reports carry no warning.
    clean = extract_corpus(DEVSET / DEVSET_TXT[0], executor=SerialExecutor(), progress=False)
    assert clean.reports["warnings"].isna().all()


def test_any_exception_in_the_extractor_is_caught_per_file(monkeypatch):
    real = corpus_mod.figure_rows

    def flaky(report):
        if report.path.name.startswith("02-"):
            raise RuntimeError("extractor bug")
        return real(report)

    monkeypatch.setattr(corpus_mod, "figure_rows", flaky)
    files = [DEVSET / n for n in DEVSET_TXT[:3]]
    got = extract_corpus(files, executor=SerialExecutor(), chunksize=3, progress=False)
    assert got.errors.to_dict("records") == [
        {
            "path": str(DEVSET / DEVSET_TXT[1]),
            "error": "RuntimeError",
            "message": f"{DEVSET / DEVSET_TXT[1]}: extractor bug",
        }
    ]
    assert [Path(p).name for p in got.reports["report"]] == [DEVSET_TXT[0], DEVSET_TXT[2]]


class _DyingExecutor(Executor):
    """Every task fails as if its worker process had been killed."""

    def submit(self, fn, /, *args, **kwargs):
        fut: Future = Future()
        fut.set_exception(OSError("worker killed"))
        return fut


def test_a_dead_worker_fails_its_files_not_the_run():
    files = [DEVSET / n for n in DEVSET_TXT[:3]]
    got = extract_corpus(files, executor=_DyingExecutor(), chunksize=2, progress=False)
    assert got.reports.empty and got.figures.empty
    assert got.errors["path"].tolist() == [str(f) for f in files]
    assert set(got.errors["error"]) == {"OSError"}
    assert all(m.endswith("worker killed") for m in got.errors["message"])


class _RecordingExecutor(Executor):
    """A thread pool that records what each task receives and how many are pending at once."""

    def __init__(self):
        self._pool = ThreadPoolExecutor(max_workers=2)
        self._lock = threading.Lock()
        self.args: list[tuple] = []
        self.pending = 0
        self.max_pending = 0

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            self.args.append(args)
            self.pending += 1
            self.max_pending = max(self.max_pending, self.pending)
        fut = self._pool.submit(fn, *args, **kwargs)
        fut.add_done_callback(self._done)
        return fut

    def _done(self, _):
        with self._lock:
            self.pending -= 1

    def shutdown(self, wait=True, **kwargs):
        self._pool.shutdown(wait=wait)


def test_workers_get_chunks_of_paths_and_few_chunks_are_in_flight():
    ex = _RecordingExecutor()
    got = extract_corpus(DEVSET, executor=ex, chunksize=2, max_in_flight=3, progress=False)
    ex.shutdown()
    assert len(got.reports) == 14
    chunks = [args[0] for args in ex.args]
    assert len(chunks) == 7
    assert all(isinstance(c, tuple) and 1 <= len(c) <= 2 for c in chunks)
    assert all(isinstance(p, str) and p.endswith(".txt") for c in chunks for p in c)
    assert ex.max_pending <= 3


def test_an_empty_folder_gives_an_empty_typed_corpus(tmp_path: Path):
    got = extract_corpus(tmp_path, executor=SerialExecutor(), progress=False)
    assert got.summary() == "0 reports, 0 figures, 0 failed"
    assert list(got.figures.columns) == list(CORPUS_COLUMNS)
    assert got.figures["value"].dtype == pd.Float64Dtype()


# --------------------------------------------------------------------------- listing inputs


def test_list_reports_walks_folders_sorted_and_skips_hidden_ones(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "c.TXT").write_text("x")
    (tmp_path / "skip.csv").write_text("x")
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "a-checkpoint.txt").write_text("x")
    got = list_reports(tmp_path)
    assert got == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt"), str(tmp_path / "c.TXT")]
    # A single path, a missing path (kept, to be reported) and duplicates (dropped).
    assert list_reports(tmp_path / "a.txt") == [str(tmp_path / "a.txt")]
    assert list_reports([tmp_path / "gone.txt", tmp_path / "a.txt", tmp_path / "a.txt"]) == [
        str(tmp_path / "gone.txt"),
        str(tmp_path / "a.txt"),
    ]


# --------------------------------------------------------------------------- writing


def test_parquet_and_csv_round_trip_with_dtypes(serial, tmp_path: Path):
    pq = serial.to_parquet(tmp_path / "out" / "figures.parquet")
    plain = pd.read_parquet(pq)  # nullable dtypes survive; Parquet has no second unit (-> ms)
    assert plain["part_of"].dtype == pd.Int64Dtype() and plain["bound"].dtype == "category"
    pd.testing.assert_frame_equal(Corpus.read_figures(pq), serial.figures)
    csv = serial.write(tmp_path / "figures.csv")
    back = Corpus.read_figures(csv)
    pd.testing.assert_frame_equal(back, serial.figures)
    assert sorted(os.listdir(tmp_path)) == ["figures.csv", "out"]  # no temporary files left
    with pytest.raises(ValueError, match="unknown output format"):
        serial.write(tmp_path / "figures.xlsx")


# --------------------------------------------------------------------------- disagreements


@pytest.mark.parametrize(
    ("value", "low", "high", "bound", "expected"),
    [
        # devset README bounds rules, one example each
        (340000, 340000, None, "lower", (340000, float("inf"))),  # "Over 340,000"
        (1e6, None, 1e6, "upper", (float("-inf"), 1e6)),  # "up to 1 million"
        (2000, 2000, 2000, "exact", (2000, 2000)),  # "2,000"
        (1e6, None, None, "approximate", (9e5, 1.1e6)),  # "around one million", 10 %
        (450, 400, 500, "range", (400, 500)),  # "between 400 and 500"
        (300, None, None, None, (270, 330)),  # bound unknown: treated as approximate
        (None, None, None, None, (float("-inf"), float("inf"))),  # nothing known
    ],
)
def test_value_interval_follows_the_bounds_rules(value, low, high, bound, expected):
    assert value_interval(value, low, high, bound) == pytest.approx(expected)


def _figs(*rows: dict) -> pd.DataFrame:
    """A hand-made corpus figure table: each row dict gives report, report_date and figure cols."""
    table = coerce_figures(
        pd.DataFrame([{k: v for k, v in r.items() if k in FIGURE_COLUMNS} for r in rows])
    )
    table.insert(0, "figure", pd.array([r.get("figure", i) for i, r in enumerate(rows)], "Int64"))
    table.insert(
        0,
        "report_date",
        pd.to_datetime([r.get("report_date") for r in rows]).astype("datetime64[s]"),
    )
    table.insert(0, "report", pd.array([r["report"] for r in rows], "string"))
    return table.reset_index(drop=True)


RET = dict(category="returned", head="afghans", kind="count", place="Pakistan")
NOV = dict(date_from="2023-09-15", date_to="2023-11-18")


# Hand-made pairs, after the reference README's caveats (340,000 vs 374,600 on 18 Nov;
# UN ~375k vs government ~246k in the same week) and the seed report's claims.
@pytest.mark.parametrize(
    ("a", "b", "n_rows", "why"),
    [
        (dict(text="340,000", value=340000, low=340000, high=340000, bound="exact"),
         dict(text="250,000", value=250000, low=250000, high=250000, bound="exact"),
         1, "exact values that differ"),
        (dict(text="over 340,000", value=340000, low=340000, bound="lower"),
         dict(text="around 375,000", value=375000, bound="approximate"),
         0, "a lower bound below an approximate value agrees"),
        (dict(text="around 375,000", value=375000, bound="approximate"),
         dict(text="245,833", value=245833, low=245833, high=245833, bound="exact"),
         1, "UN ~375k vs government 245,833: beyond 10 %"),
        (dict(text="around 340,000", value=340000, bound="approximate"),
         dict(text="374,600", value=374600, low=374600, high=374600, bound="exact"),
         1, "just beyond 10 % (374,000 is the edge)"),
        (dict(text="up to 1 million", value=1e6, high=1e6, bound="upper"),
         dict(text="1.2 million", value=1.2e6, low=1.2e6, high=1.2e6, bound="exact"),
         1, "an exact value above an upper bound"),
        (dict(text="300,000-400,000", value=350000, low=300000, high=400000, bound="range"),
         dict(text="375,000", value=375000, low=375000, high=375000, bound="exact"),
         0, "a value inside a range agrees"),
    ],
)  # fmt: skip
def test_find_disagreements_compares_bounds(a, b, n_rows, why):
    figs = _figs(
        dict(report="r1.txt", report_date="2023-11-20", **RET, **NOV, **a),
        dict(report="r2.txt", report_date="2023-11-21", **RET, **NOV, **b),
    )
    got = find_disagreements(figs)
    assert len(got) == n_rows, why
    if n_rows:
        row = got.iloc[0]
        assert (row["report_a"], row["text_a"], row["report_b"], row["text_b"]) == (
            "r1.txt", a["text"], "r2.txt", b["text"],
        )  # fmt: skip
        assert row["ratio"] == pytest.approx(b["value"] / a["value"])


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (dict(category="deported"), "different category: a different event"),
        (dict(head="cards"), "different head: a different thing counted"),
        (dict(category=None), "no category: nothing says they count the same thing"),
        (dict(head=None), "no head: likewise"),
        (dict(kind="percent"), "a count and a percentage are never compared"),
        (dict(date_from="2024-01-01", date_to="2024-01-13"), "periods that do not overlap"),
        # Reference CSV: UN 327,400 as of 11 Nov vs 340,000 as of 18 Nov, both since 15 Sep.
        (dict(date_to="2023-11-11"), "a running total at two dates a week apart"),
        # Reference README: UNHCR counts "since 3 Oct", the Border Consortium since 15 Sep.
        (dict(date_from="2023-10-03"), "the same end but another baseline"),
        (dict(kind="money", head="pkr"), "sums of money: the head is only the currency"),
        # Dev set 02 (Chaman) and 11 (Iran): deported Afghans, from two countries.
        (dict(place="Iran"), "a known place that differs (the other figure's is Pakistan)"),
    ],
)
def test_find_disagreements_needs_the_same_quantity_and_period(change, why):
    a = dict(report="r1.txt", report_date="2023-11-20", text="340,000", value=340000,
             low=340000, high=340000, bound="exact", **RET, **NOV)  # fmt: skip
    b = {**a, "report": "r2.txt", "text": "250,000", "value": 250000, "low": 250000, "high": 250000}
    assert len(find_disagreements(_figs(a, b))) == 1  # the baseline pair disagrees
    assert find_disagreements(_figs(a, {**b, **change})).empty, why


def test_an_unknown_or_differently_written_place_still_compares():
    a = dict(report="r1.txt", report_date="2023-11-20", text="340,000", value=340000,
             low=340000, high=340000, bound="exact", **RET, **NOV)  # fmt: skip
    b = {**a, "report": "r2.txt", "text": "250,000", "value": 250000, "low": 250000, "high": 250000}
    assert len(find_disagreements(_figs(a, {**b, "place": None}))) == 1
    assert len(find_disagreements(_figs(a, {**b, "place": "pakistan "}))) == 1


def test_gaps_of_a_few_days_still_compare_and_other_kinds_on_request():
    a = dict(report="r1.txt", report_date="2023-11-20", text="340,000", value=340000,
             low=340000, high=340000, bound="exact", **RET, **NOV)  # fmt: skip
    b = {**a, "report": "r2.txt", "text": "250,000", "value": 250000, "low": 250000, "high": 250000}
    three_days = {**b, "date_to": "2023-11-21"}  # MAX_GAP_DAYS = 3
    assert len(find_disagreements(_figs(a, three_days))) == 1
    assert find_disagreements(_figs(a, three_days), max_gap_days=2).empty
    money = [{**x, "kind": "money", "head": "usd"} for x in (a, b)]
    assert find_disagreements(_figs(*money)).empty
    assert len(find_disagreements(_figs(*money), kinds=("money",))) == 1


def test_figures_without_dates_of_their_own_are_dated_by_their_report():
    base = dict(text="340,000", value=340000, low=340000, high=340000, bound="exact", **RET)
    other = {**base, "text": "250,000", "value": 250000, "low": 250000, "high": 250000}
    same_day = _figs(
        dict(report="a", report_date="2023-11-23", **base),
        dict(report="b", report_date="2023-11-23", **other),
    )
    other_day = _figs(
        dict(report="a", report_date="2023-11-23", **base),
        dict(report="b", report_date="2023-12-23", **other),
    )
    assert len(find_disagreements(same_day)) == 1
    assert find_disagreements(other_day).empty


def test_within_one_report_only_on_request_and_never_a_part_with_its_whole():
    # Seed report: "of 24 suicide attacks ..., 14 had the involvement of Afghan nationals".
    whole = dict(report="seed", report_date="2023-11-23", text="24", value=24, low=24,
                 high=24, bound="exact", category="attacks", head="attacks", kind="count",
                 figure=5)  # fmt: skip
    part = {**whole, "text": "14", "value": 14, "low": 14, "high": 14, "figure": 6, "part_of": 5}
    assert find_disagreements(_figs(whole, part), within_reports=True).empty
    loose = {**part, "part_of": None}
    assert find_disagreements(_figs(whole, loose)).empty
    assert len(find_disagreements(_figs(whole, loose), within_reports=True)) == 1


def test_find_disagreements_on_a_table_without_categories_is_empty_and_typed(serial):
    got = find_disagreements(serial.figures.assign(category=pd.NA))
    assert got.empty
    assert got["value_a"].dtype == pd.Float64Dtype()


# --------------------------------------------------------------------------- presentation


def test_relative_to_makes_report_paths_independent_of_the_checkout(messy: Path):
    got = extract_corpus(messy, executor=SerialExecutor(), progress=False).relative_to(messy)
    assert got.reports["report"].tolist() == sorted([*DEVSET_TXT[:2], "windows.txt"])
    assert sorted(got.errors["path"]) == ["dangling.txt", "image.txt", "x.txt"]
    assert set(got.figures["report"]) == set(got.reports["report"])
    assert got.figures["report"].dtype == pd.StringDtype()


def test_plot_figures_over_time_draws_each_category_and_uncategorised():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    base = dict(kind="count", bound="exact", date_to="2023-11-18")
    figs = _figs(
        dict(report="a", report_date="2023-11-20", text="340,000", value=340000,
             category="returned", **base),
        dict(report="a", report_date="2023-11-20", text="2,000", value=2000,
             category="deported", **base),
        dict(report="b", report_date="2023-11-23", text="24", value=24, category=None, **base),
        dict(report="b", report_date="2023-11-23", text="58%", value=58, category="returned",
             **{**base, "kind": "percent"}),
        dict(report="c", report_date=None, text="7", value=7, category="returned",
             **{**base, "date_to": None}),
    )  # fmt: skip
    ax = plot_figures_over_time(figs)
    drawn = {line.get_label(): len(line.get_xdata()) for line in ax.get_lines()}
    # The percentage and the undated figure are left out; the NA category is kept.
    assert drawn == {"deported": 1, "returned": 1, "uncategorised": 1}
    assert ax.get_yscale() == "log"
    plt.close(ax.figure)


# --------------------------------------------------------------------------- notebook 04


def test_notebook_04_runs_on_the_devset_and_writes_the_corpus(tmp_path: Path):
    import papermill

    from analysis import paths

    out = tmp_path / "out"
    papermill.execute_notebook(
        str(paths.NOTEBOOKS_DIR / "04-across-reports.ipynb"),
        str(tmp_path / "04.ipynb"),
        parameters={"reports_dir": str(DEVSET), "output_dir": str(out)},
        kernel_name="python3",
        cwd=str(tmp_path),
        progress_bar=False,
    )
    written = sorted(p.name for p in out.iterdir())
    assert written == [
        "claims-vs-official.csv",
        "claims-vs-official.png",
        "corpus-errors.csv",
        "corpus-figures.csv",
        "corpus-reports.csv",
        "disagreements.csv",
        "figures-over-time.png",
    ]
    figures = pd.read_csv(out / "corpus-figures.csv", dtype={"report": str, "text": str})
    reports = pd.read_csv(out / "corpus-reports.csv", dtype={"report": str})
    # Paths relative to reports_dir: the fixture's file names, every one of them.
    assert sorted(reports["report"]) == DEVSET_TXT
    assert set(figures["report"]) <= set(DEVSET_TXT)
    assert len(pd.read_csv(out / "corpus-errors.csv")) == 0
    expected = sum(
        len(analysis.extract_figures(analysis.load_report(DEVSET / n))) for n in DEVSET_TXT
    )
    assert len(figures) == expected


def test_progress_bar_on_request_and_never_into_a_pipe(capsys):
    extract_corpus(DEVSET, executor=SerialExecutor(), progress=True)
    assert "14/14" in capsys.readouterr().err  # tqdm's "n/total" as it closes
    extract_corpus(DEVSET, executor=SerialExecutor(), progress=None)  # stderr is not a TTY
    assert capsys.readouterr().err == ""


def test_extract_many_is_each_report_on_its_own_in_one_table():
    """The batch table must hold, report by report, exactly what extract_figures gives."""
    from analysis import extract_figures, extract_many, load_report

    reports = [load_report(DEVSET / n) for n in DEVSET_TXT[:4]]
    got = extract_many(reports, names=[f"r{i}" for i in range(4)])
    assert list(got.columns) == list(CORPUS_COLUMNS)
    for col, dtype in CORPUS_COLUMNS.items():
        assert got[col].dtype == pd.api.types.pandas_dtype(dtype), col
    assert got.index.equals(pd.RangeIndex(len(got)))
    for i, report in enumerate(reports):
        part = got[got["report"] == f"r{i}"]
        assert (part["report_date"] == pd.Timestamp(report.date)).all()
        assert part["figure"].tolist() == list(range(len(part)))
        alone = extract_figures(report)
        mine = part.drop(columns=["report", "report_date", "figure"]).reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, alone.reset_index(drop=True))


def test_extract_many_on_strings_and_on_nothing():
    from analysis import extract_many

    got = extract_many(["date 2023-11-23\n\nOver 340,000 people have left.", "No figure."])
    assert got["report"].tolist() == ["0"]
    assert got["value"].tolist() == [340000.0]
    assert got["report_date"].tolist() == [pd.Timestamp("2023-11-23")]
    empty = extract_many([])
    assert empty.empty and list(empty.columns) == list(CORPUS_COLUMNS)


# End to end: three invented wire items of the same day on the same returns, read by the
# extractor (not hand-made rows), then compared. By hand: "over 340,000" and "around
# 375,000" agree; 250,000 is below the first's lower bound and beyond 10 % of the second.
THREE_CLAIMS = {
    "a": "date 2023-11-18\nOver 340,000 Afghans have returned from Pakistan since "
    "September 15, officials said.",
    "b": "date 2023-11-18\nThe government said 250,000 Afghans had returned from Pakistan "
    "since September 15.",
    "c": "date 2023-11-18\nAround 375,000 Afghans have returned from Pakistan since "
    "September 15, the UN said.",
}


def test_find_disagreements_on_extracted_reports():
    from analysis import extract_many

    figures = extract_many(list(THREE_CLAIMS.values()), names=list(THREE_CLAIMS))
    assert len(figures) == 3  # one figure per item, each with what the comparison needs
    assert figures["head"].tolist() == ["afghans"] * 3
    assert figures["category"].nunique() == 1 and figures["place"].tolist() == ["Pakistan"] * 3
    pairs = find_disagreements(figures)
    got = sorted(tuple(sorted((r.report_a, r.report_b))) for r in pairs.itertuples())
    assert got == [("a", "b"), ("b", "c")]
