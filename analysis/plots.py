"""Charts of a report's figures, their sources and its time references.

Every function here has the shape ``plot_x(data, *, ax=None) -> Axes``: it draws on the
``ax`` it is given, or on a new figure when ``ax`` is None, and returns the axes. None of
them shows or saves anything: a notebook shows the chart inline, the command line saves it
(:func:`analysis.notebooks.save_outputs`), and a caller composing a dashboard passes its own
axes. That split is what lets the same chart serve JupyterLab, papermill and a test.

A chart reads only the table it is given, never the report text, so an analyst who filters
or corrects the figure table sees the corrected chart.
"""

from __future__ import annotations

from collections.abc import Iterable

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

__all__ = ["BOUND_STYLE", "figure_label", "plot_figures", "plot_sources", "plot_timeline"]

#: Colour and legend text for each bound, shared by every chart so a bound looks the same
#: everywhere (colour-blind-safe Okabe–Ito colours).
BOUND_STYLE: dict[str, tuple[str, str]] = {
    "exact": ("#000000", "exact"),
    "lower": ("#0072B2", "lower bound (over, at least): at least this"),
    "upper": ("#D55E00", "upper bound (up to, nearly): at most this"),
    "approximate": ("#009E73", "approximate (around, about)"),
    "range": ("#CC79A7", "range (between X and Y)"),
}

# How far a bound's arrow reaches, as a factor on the log axis: one third of a decade looks
# the same length whatever the figure's size, and says "unbounded on this side".
_ARROW_FACTOR = 10 ** (1 / 3)
# Half-width of the band drawn for an approximate figure, as a factor. It is drawn for the
# eye (±20%), not computed from the text: "around" carries no number of its own.
_BAND_FACTOR = 1.2
_OWN_VOICE = "the report itself"


def _axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    """The given axes, or new ones on a new figure: a figure is made only when needed."""
    if ax is not None:
        return ax
    _fig, new_ax = plt.subplots(figsize=figsize, layout="constrained")
    return new_ax


def _empty(ax: Axes, message: str) -> Axes:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value))


def figure_label(row: pd.Series, width: int = 48) -> str:
    """``"Over 340,000 — illegal migrants"``: the figure as written and what it counts."""
    what = row.get("counted")
    if _missing(what):
        what = row.get("head")
    label = str(row["text"]) if _missing(what) else f"{row['text']} — {what}"
    return label if len(label) <= width else label[: width - 1] + "…"


def plot_figures(
    figures: pd.DataFrame,
    *,
    ax: Axes | None = None,
    kinds: Iterable[str] = ("count",),
    title: str | None = "The report's figures and what each one claims",
) -> Axes:
    """Each figure on a log scale, drawn as the claim it makes.

    An exact figure is a dot; "over"/"at least" (bound ``lower``) is a dot with an arrow
    to the right, since the truth lies at or above it; "up to" (``upper``) points left;
    "around" (``approximate``) is a shaded band; a range is a bar from low to high with
    its midpoint marked. A log scale keeps 14 attacks and a million people readable on
    one chart. Only the ``kinds`` given are drawn (counts by default): a percentage and a
    head count on one axis would invite a comparison that means nothing.
    """
    ax = _axes(ax, figsize=(8, 0.45 * max(len(figures), 4) + 1.4))
    kinds = tuple(kinds)
    value = pd.to_numeric(figures["value"], errors="coerce").astype("float64")
    keep = figures["kind"].astype("string").isin(kinds).fillna(False).to_numpy() & (
        value.fillna(0).to_numpy() > 0
    )
    rows = figures[keep]
    if title:
        ax.set_title(title, loc="left")
    if rows.empty:
        return _empty(ax, "no figures to draw")

    lows, highs, seen = [], [], []
    for y, (_, row) in enumerate(rows.iterrows()):
        bound = str(row["bound"]) if not _missing(row["bound"]) else "exact"
        colour = BOUND_STYLE.get(bound, BOUND_STYLE["exact"])[0]
        v = float(row["value"])
        lo = float(row["low"]) if not _missing(row["low"]) else v
        hi = float(row["high"]) if not _missing(row["high"]) else v
        if bound == "lower":
            ax.annotate(
                "",
                xy=(v * _ARROW_FACTOR, y),
                xytext=(v, y),
                arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2},
            )
            lo, hi = v, v * _ARROW_FACTOR
        elif bound == "upper":
            ax.annotate(
                "",
                xy=(v / _ARROW_FACTOR, y),
                xytext=(v, y),
                arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2},
            )
            lo, hi = v / _ARROW_FACTOR, v
        elif bound == "approximate":
            lo, hi = v / _BAND_FACTOR, v * _BAND_FACTOR
            ax.barh(y, hi - lo, left=lo, height=0.5, color=colour, alpha=0.3, linewidth=0)
        elif bound == "range" and lo > 0 and hi > lo:
            ax.barh(y, hi - lo, left=lo, height=0.25, color=colour, alpha=0.8, linewidth=0)
        ax.plot([v], [y], marker="o", color=colour, markersize=6, linestyle="none")
        lows.append(lo if lo > 0 else v)
        highs.append(hi)
        if bound not in seen:
            seen.append(bound)

    ax.set_xscale("log")
    ax.set_xlim(min(lows) / 2, max(highs) * 2)
    ax.set_yticks(range(len(rows)), [figure_label(r) for _, r in rows.iterrows()])
    ax.set_ylim(len(rows) - 0.5, -0.5)  # text order, top to bottom
    ax.set_xlabel("value (log scale)")
    ax.grid(axis="x", which="major", color="0.9")
    ax.set_axisbelow(True)
    handles = [
        Line2D([], [], color=BOUND_STYLE[b][0], marker="o", lw=2, label=BOUND_STYLE[b][1])
        for b in BOUND_STYLE
        if b in seen
    ]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.18), frameon=False)
    return ax


def plot_sources(
    figures: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = "Who gives each figure, and whether it is hedged",
) -> Axes:
    """How many figures each source gives, split into stated and hedged.

    A figure with no ``source`` is the report's own claim and gets its own bar, so the
    reader sees at a glance how much of the report rests on one official's word. Each bar
    is labelled with the figures it holds, as written. A figure whose ``hedged`` is
    unknown counts as stated: the chart never makes a claim look weaker than the table.
    """
    ax = _axes(ax, figsize=(8, 0.5 * max(len(figures), 3) + 1.2))
    if title:
        ax.set_title(title, loc="left")
    if figures.empty:
        return _empty(ax, "no figures in this report")
    source = figures["source"].astype("string").fillna(_OWN_VOICE)
    hedged = figures["hedged"].astype("boolean").fillna(False).astype(bool)
    order = list(dict.fromkeys(source))  # first appearance in the text
    stated_n = [int(((source == s) & ~hedged).sum()) for s in order]
    hedged_n = [int(((source == s) & hedged).sum()) for s in order]
    y = np.arange(len(order))
    ax.barh(y, stated_n, color="#0072B2", label="stated")
    ax.barh(
        y, hedged_n, left=stated_n, color="#E69F00", hatch="//", label="hedged (claimed, alleged…)"
    )
    for i, s in enumerate(order):
        texts = "; ".join(figures.loc[(source == s).to_numpy(), "text"].astype(str))
        if len(texts) > 60:
            texts = texts[:59] + "…"
        ax.text(stated_n[i] + hedged_n[i] + 0.1, i, texts, va="center", fontsize=8, color="0.25")
    ax.set_yticks(y, order)
    ax.set_ylim(len(order) - 0.5, -0.5)
    most = max(a + b for a, b in zip(stated_n, hedged_n, strict=True))
    ax.set_xlim(0, most * 2.2 + 1)
    ax.xaxis.set_major_locator(plt.MaxNLocator(integer=True))
    ax.set_xlabel("number of figures")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), frameon=False, ncols=2)
    return ax


def _time_label(text, relation) -> str:
    """ "by January 2024": the reference with the word that ties the text to it."""
    text = str(text)
    if relation and not text.lower().startswith(str(relation).lower() + " "):
        return f"{relation} {text}"
    return text


def plot_timeline(
    time_refs: pd.DataFrame,
    *,
    ax: Axes | None = None,
    report_date=None,
    title: str | None = "When the report's time references fall",
) -> Axes:
    """Each time reference as the stretch of calendar it means, against the report's date.

    ``time_refs`` has ``text``, ``date_from`` and ``date_to`` (inclusive), and optionally
    ``relation`` ("by", "since", "in"), which prefixes the label; a "by" deadline after the
    report date gets a dotted arrow from the report date to it. A reference with
    both ends is a bar ("in October" covers the month); a single day is a dot; one with only
    an end ("by January 2024") is an arrow from the report date up to that end, one with
    only a start ("since October") an arrow from it forward to the report date, mirroring
    how bounds are drawn in :func:`plot_figures`. A dashed line marks ``report_date``, the
    anchor every relative reference ("on Wednesday") was resolved against.
    """
    ax = _axes(ax, figsize=(8, 0.45 * max(len(time_refs), 3) + 1.4))
    if title:
        ax.set_title(title, loc="left")
    anchor = pd.Timestamp(report_date) if report_date is not None else None
    if time_refs.empty:
        return _empty(ax, "no time references found")
    frm = pd.to_datetime(time_refs["date_from"], errors="coerce")
    to = pd.to_datetime(time_refs["date_to"], errors="coerce")
    keep = (frm.notna() | to.notna()).to_numpy()
    if not keep.any():
        return _empty(ax, "no time reference could be placed on the calendar")
    rows = time_refs[keep]
    frm, to = frm[keep], to[keep]
    day = pd.Timedelta(days=1)
    points = [t for t in list(frm.dropna()) + list(to.dropna())]
    if anchor is not None:
        points.append(anchor)
    span = max(max(points) - min(points), pd.Timedelta(days=30))
    reach = span / 6  # an open end reaches a sixth of the chart
    colour = "#0072B2"
    arrow = {"arrowstyle": "-|>", "color": colour, "lw": 2}
    relation = (
        rows["relation"].astype("string").fillna("")
        if "relation" in rows
        else pd.Series("", index=rows.index, dtype="string")
    )
    for y, (a, b, rel) in enumerate(zip(frm, to, relation, strict=True)):
        if rel == "by" and anchor is not None and pd.notna(a) and anchor < a:
            # a deadline: the time left from the report date to the period it names
            ax.annotate("", xy=(a, y), xytext=(anchor, y), arrowprops={**arrow, "ls": ":"})
        if pd.notna(a) and pd.notna(b):
            if a == b:
                ax.plot([a + day / 2], [y], marker="o", color=colour)
            else:
                ax.barh(y, (b + day) - a, left=a, height=0.4, color=colour, alpha=0.7)
        elif pd.notna(b):
            start = anchor if anchor is not None and anchor < b else b - reach
            ax.annotate("", xy=(b + day, y), xytext=(start, y), arrowprops=arrow)
        else:
            end = anchor if anchor is not None and anchor > a else a + reach
            ax.annotate("", xy=(end, y), xytext=(a, y), arrowprops=arrow)
    if anchor is not None:
        ax.axvline(
            anchor, color="#D55E00", linestyle="--", lw=1.5, label=f"report date {anchor:%Y-%m-%d}"
        )
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), frameon=False)
    ax.set_xlim(min(points) - span / 10, max(points) + day + span / 10)
    labels = [_time_label(t, r) for t, r in zip(rows["text"], relation, strict=True)]
    ax.set_yticks(range(len(rows)), labels)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="0.9")
    ax.set_axisbelow(True)
    return ax
