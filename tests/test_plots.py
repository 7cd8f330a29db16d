"""The chart functions: what they draw, and that they draw only where they are told.

Tables are written by hand; rows marked "seed" are the seed report's figures as its gold
file records them (text, value, bound, head, source). Sources and hedges not in the gold
are this test's own.
"""

from __future__ import annotations

import datetime as dt

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402
from matplotlib.text import Annotation  # noqa: E402

from analysis import plots  # noqa: E402
from analysis.notebooks import save_outputs  # noqa: E402
from analysis.schema import coerce_figures  # noqa: E402

ROWS = [
    # seed: "up to 1 million illegally residing foreigners", said by the minister
    dict(
        text="up to 1 million",
        value=1e6,
        high=1e6,
        bound="upper",
        kind="count",
        counted="illegally residing foreigners",
        source="Jan Achakzai",
        hedged=False,
    ),
    # seed: "Over 340,000 illegal migrants", the report's own voice
    dict(
        text="Over 340,000",
        value=340_000,
        low=340_000,
        bound="lower",
        kind="count",
        counted="illegal migrants",
    ),
    # seed: "around one million Afghan refugees"
    dict(
        text="around one million",
        value=1e6,
        bound="approximate",
        kind="count",
        counted="Afghan refugees",
        source="Jan Achakzai",
        hedged=False,
    ),
    # seed: "of 24 suicide attacks", alleged by the government
    dict(
        text="24",
        value=24,
        low=24,
        high=24,
        bound="exact",
        kind="count",
        head="attacks",
        source="the government",
        hedged=True,
    ),
    # invented: a range, and a percentage that must not be drawn with the counts
    dict(
        text="between 150 and 200",
        value=175,
        low=150,
        high=200,
        bound="range",
        kind="count",
        counted="buses",
        source="Ilse Marant",
        hedged=False,
    ),
    dict(
        text="18 per cent",
        value=18,
        low=18,
        high=18,
        bound="exact",
        kind="percent",
        source="Ilse Marant",
        hedged=False,
    ),
]


@pytest.fixture
def figures():
    return coerce_figures(pd.DataFrame(ROWS))


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture
def no_show_or_save(monkeypatch):
    """A library chart function must neither show nor save: both raise while it runs."""

    def refuse(*_a, **_k):
        raise AssertionError("a plot function called show() or savefig()")

    monkeypatch.setattr(plt, "show", refuse)
    monkeypatch.setattr(plt, "savefig", refuse)
    monkeypatch.setattr(Figure, "savefig", refuse)


def _arrows(ax):
    """(start x, end x) of every arrow drawn with annotate."""
    return [(a.xyann[0], a.xy[0]) for a in ax.texts if isinstance(a, Annotation)]


def _bars(ax):
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def test_plot_figures_draws_each_bound_as_its_claim(figures, no_show_or_save):
    ax = plots.plot_figures(figures)
    assert ax.get_xscale() == "log"
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [
        "up to 1 million — illegally residing foreigners",
        "Over 340,000 — illegal migrants",
        "around one million — Afghan refugees",
        "24 — attacks",
        "between 150 and 200 — buses",
    ]  # text order, counts only: the percentage is left out
    arrows = _arrows(ax)
    # "up to": from the value leftwards; "over": from the value rightwards.
    assert any(start == 1e6 and end < 1e6 for start, end in arrows)
    assert any(start == 340_000 and end > 340_000 for start, end in arrows)
    assert len(arrows) == 2  # the exact, approximate and range figures carry no arrow
    bars = {(round(b.get_x(), 6), round(b.get_x() + b.get_width(), 6)) for b in _bars(ax)}
    assert (150, 200) in bars  # the range runs from low to high
    band = [b for b in _bars(ax) if b.get_x() < 1e6 < b.get_x() + b.get_width()]
    assert len(band) == 1  # "around one million" is a band around the value


def test_plot_figures_makes_a_figure_only_without_ax(figures, no_show_or_save):
    fig, ax = plt.subplots()
    before = plt.get_fignums()
    assert plots.plot_figures(figures, ax=ax) is ax
    assert plt.get_fignums() == before
    new_ax = plots.plot_figures(figures)
    assert new_ax is not ax
    assert len(plt.get_fignums()) == len(before) + 1


def test_plot_figures_with_nothing_to_draw(figures):
    ax = plots.plot_figures(figures[figures["kind"] == "percent"])
    assert [t.get_text() for t in ax.texts] == ["no figures to draw"]
    assert _bars(ax) == []


def test_plot_sources_counts_stated_and_hedged_per_source(figures, no_show_or_save):
    ax = plots.plot_sources(figures)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # first appearance order; no source is the report's own voice
    assert labels == ["Jan Achakzai", "the report itself", "the government", "Ilse Marant"]
    stated, hedged = ax.containers
    assert [b.get_width() for b in stated] == [2, 1, 0, 2]
    assert [b.get_width() for b in hedged] == [0, 0, 1, 0]
    assert [b.get_x() for b in hedged] == [2, 1, 0, 2]  # stacked after the stated ones
    notes = [t.get_text() for t in ax.texts]
    assert "up to 1 million; around one million" in notes


def test_plot_sources_unknown_hedge_counts_as_stated(figures):
    table = figures.copy()
    table["hedged"] = pd.array([pd.NA] * len(table), dtype="boolean")
    stated, hedged = plots.plot_sources(table).containers
    assert sum(b.get_width() for b in stated) == len(table)
    assert sum(b.get_width() for b in hedged) == 0


TIME_REFS = pd.DataFrame(
    {
        # The seed's references resolved against its date, 2023-11-23 (a Thursday).
        "text": ["on Wednesday", "by January 2024", "in October"],
        "date_from": pd.to_datetime(["2023-11-22", None, "2023-10-01"]),
        "date_to": pd.to_datetime(["2023-11-22", "2024-01-31", "2023-10-31"]),
        "granularity": ["day", "month", "month"],
    }
)


def _day(x) -> str:
    """A date on the axis as ISO text, whether matplotlib kept it as a date or a number."""
    if isinstance(x, (float, int)):
        x = mdates.num2date(x)
    return pd.Timestamp(x).date().isoformat()


def test_plot_timeline_places_each_reference(no_show_or_save):
    ax = plots.plot_timeline(TIME_REFS, report_date=pd.Timestamp("2023-11-23"))
    assert [t.get_text() for t in ax.get_yticklabels()] == list(TIME_REFS["text"])
    (october,) = _bars(ax)
    # the whole of October: from its first day to the end of its last day
    assert _day(october.get_x()) == "2023-10-01"
    end = october.get_x() + october.get_width()
    assert _day(end) == "2023-11-01"
    (deadline,) = _arrows(ax)  # "by January 2024": from the report date up to its end
    assert _day(deadline[0]) == "2023-11-23"
    assert _day(deadline[1]) == "2024-02-01"
    anchor = [ln for ln in ax.get_lines() if ln.get_linestyle() == "--"]
    assert len(anchor) == 1
    assert _day(anchor[0].get_xdata()[0]) == "2023-11-23"


def test_plot_timeline_labels_the_relation_and_draws_a_deadline():
    # The shape analysis.timeref gives the seed's "by January 2024": the month, relation "by".
    refs = pd.DataFrame(
        {
            "text": ["January 2024", "October"],
            "date_from": pd.to_datetime(["2024-01-01", "2023-10-01"]),
            "date_to": pd.to_datetime(["2024-01-31", "2023-10-31"]),
            "relation": pd.array(["by", "in"], dtype="string"),
        }
    )
    ax = plots.plot_timeline(refs, report_date=dt.date(2023, 11, 23))
    assert [t.get_text() for t in ax.get_yticklabels()] == ["by January 2024", "in October"]
    assert len(_bars(ax)) == 2
    ((start, end),) = _arrows(ax)  # the time left until the deadline
    assert (_day(start), _day(end)) == ("2023-11-23", "2024-01-01")


def test_plot_timeline_with_nothing_to_place():
    ax = plots.plot_timeline(TIME_REFS.iloc[0:0])
    assert [t.get_text() for t in ax.texts] == ["no time references found"]


def test_save_outputs_writes_png_and_csv_atomically(tmp_path, figures):
    ax = plots.plot_figures(figures)
    written = save_outputs(tmp_path / "out", tables={"figures": figures}, charts={"chart": ax})
    assert sorted(p.name for p in written) == ["chart.png", "figures.csv"]
    png = (tmp_path / "out" / "chart.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 1000
    table = pd.read_csv(tmp_path / "out" / "figures.csv")
    assert table.columns[0] == "figure"  # the id part_of refers to is kept
    assert list(table["text"]) == [r["text"] for r in ROWS]
    # nothing but the two files: the temporary names were renamed away
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["chart.png", "figures.csv"]


def test_save_outputs_without_a_folder_writes_nothing(tmp_path, figures, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert save_outputs(None, tables={"figures": figures}) == []
    assert list(tmp_path.iterdir()) == []
