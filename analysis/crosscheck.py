"""Set news claims beside the official series they can be checked against.

A report says "Over 340,000 illegal migrants ... have voluntarily left or been deported ...
since the government announced its policy ... in October". Whether that is right depends on
*whose* count it is compared with: the UN count since 15 Sep 2023, the Government of
Pakistan's own tallies and the Khyber Pakhtunkhwa figures all differ in the same week (see
``data/reference/README.md``). :func:`match_claims` therefore pairs each claim with every
official figure of a comparable series and a close date, rather than with one "truth", and
:func:`plot_claims_vs_official` draws the series with the claims marked on them.

Which claim compares with which series is decided from the figure's ``category`` (what
happened: returned, deported, registered, ...), its ``head`` (what is counted: only people,
not cards or attacks) and its date, through the tables :data:`CATEGORY_SERIES`,
:data:`PEOPLE_HEADS` and :data:`SERIES_WINDOW_DAYS`, which an analyst can read and extend.
"""

from __future__ import annotations

import os

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

from .corpus import APPROXIMATE_TOLERANCE, value_interval
from .reference import official_series

__all__ = [
    "CATEGORY_SERIES",
    "PEOPLE_HEADS",
    "SERIES_WINDOW_DAYS",
    "DEFAULT_WINDOW_DAYS",
    "MATCH_COLUMNS",
    "claim_dates",
    "match_claims",
    "nearest_per_series",
    "plot_claims_vs_official",
]

_DEPARTURES = (
    "UN: returns since 15 Sep 2023",
    "UN: returns, other baseline",
    "Government of Pakistan: departures",
    "Khyber Pakhtunkhwa: departures (KP only)",
)
#: figure ``category`` (the names of ``analysis/data/categories.csv``) -> the official series
#: that count the same kind of event. "Left or been deported" is counted by every departure
#: series (deportations were a small share of returns in 2023, README), so both categories
#: map to all of them. Categories not listed (attacks, funding, ...) have no official series.
CATEGORY_SERIES: dict[str, tuple[str, ...]] = {
    "returned or left": _DEPARTURES,
    "deported or expelled": (*_DEPARTURES, "UN: deportations since 15 Sep 2023"),
    "registered or documented": ("PoR card holders", "ACC holders"),
}

#: Heads that name people; a figure with another head ("cards", "attacks") counts something
#: else and is never set against a count of people. A figure with no head is kept.
PEOPLE_HEADS = frozenset(
    """people persons individuals afghans afghan migrants refugees returnees deportees
    foreigners nationals immigrants undocumented aliens residents holders""".split()
)

#: How far apart (days) a claim's date and an official figure's ``as_of`` may be. Running
#: totals move by thousands a day, so only the same week compares; population stocks
#: (registered card holders, estimates of the undocumented) change slowly.
DEFAULT_WINDOW_DAYS = 7
SERIES_WINDOW_DAYS: dict[str, int] = {
    "PoR card holders": 730,
    "ACC holders": 730,
    "undocumented (estimate)": 730,
}

MATCH_COLUMNS: dict[str, object] = {
    "report": "string",
    "figure": "Int64",
    "text": "string",
    "category": "string",
    "head": "string",
    "claim_value": "Float64",
    "claim_bound": "string",
    "claim_as_of": "datetime64[s]",
    "series": "string",
    "as_of": "datetime64[s]",
    "value": "Int64",
    "bound": "string",
    "source": "string",
    "days_apart": "Int64",
    "ratio": "Float64",
    "consistent": "boolean",
}


def claim_dates(figures: pd.DataFrame) -> pd.Series:
    """The day each claim is checked "as of".

    * a figure dated to one day ("by 13 January": ``date_from`` missing or equal to
      ``date_to``) is as of that day;
    * a figure with a period ("since October", "thus far this year") or no date at all is as
      of the day its report came out: the official series it is checked against are running
      totals and population stocks, and what a report's "340,000 have left since October"
      claims is the total *at publication*, which is also how the reference table dates
      figures "with no stated date";
    * with no report date, the end of the figure's period.
    """
    nat = pd.Series(pd.NaT, index=figures.index, dtype="datetime64[s]")
    date_to = figures["date_to"] if "date_to" in figures else nat
    date_from = figures["date_from"] if "date_from" in figures else nat
    published = figures["report_date"] if "report_date" in figures else nat
    one_day = date_to.notna() & (date_from.isna() | (date_from == date_to))
    as_of = date_to.where(one_day, published).fillna(date_to)
    return as_of.astype("datetime64[s]")


def match_claims(
    figures: pd.DataFrame,
    official: pd.DataFrame,
    *,
    category_series: dict[str, tuple[str, ...]] | None = None,
    window_days: int | None = None,
    tolerance: float = APPROXIMATE_TOLERANCE,
) -> pd.DataFrame:
    """Every (claim, official figure) pair that counts the same thing at about the same time.

    ``figures`` is a figure table (one report's or a corpus's, with ``report_date`` for claims
    without a date of their own); ``official`` is :func:`analysis.reference.load_returns`.
    A count figure is paired with an official row when its ``category`` maps to the row's
    series (:data:`CATEGORY_SERIES`, or ``category_series``), its ``head`` is a people noun
    or missing, and the dates are at most the series' window apart
    (:data:`SERIES_WINDOW_DAYS`, else ``window_days`` or :data:`DEFAULT_WINDOW_DAYS`).

    ``ratio`` is claim / official; ``consistent`` says whether the values the two figures'
    bounds allow meet (:func:`analysis.corpus.value_interval`): "over 340,000" is consistent
    with 375,000, not with 245,833. Rows are sorted by claim, then series, then date.
    Figures with no category (an extractor that does not fill it) match nothing.
    """
    mapping = {k.lower(): v for k, v in (category_series or CATEGORY_SERIES).items()}
    default_window = DEFAULT_WINDOW_DAYS if window_days is None else int(window_days)
    off = official.assign(series=official_series(official).astype("string"))
    claims = figures.reset_index(drop=True)
    claims = claims.assign(
        claim_as_of=claim_dates(claims),
        figure=claims["figure"] if "figure" in claims else pd.array(range(len(claims)), "Int64"),
        report=claims["report"] if "report" in claims else pd.array([None] * len(claims), "string"),
    )
    rows = []
    for claim in claims.to_dict("records"):
        category = claim.get("category")
        if category is None or pd.isna(category) or str(category).lower() not in mapping:
            continue
        kind = claim.get("kind")
        if kind is not None and not pd.isna(kind) and str(kind) != "count":
            continue
        head = claim.get("head")
        if head is not None and not pd.isna(head) and str(head).lower() not in PEOPLE_HEADS:
            continue
        if pd.isna(claim["claim_as_of"]) or pd.isna(claim.get("value")):
            continue
        c_lo, c_hi = value_interval(
            claim["value"],
            claim.get("low"),
            claim.get("high"),
            claim.get("bound"),
            tolerance=tolerance,
        )
        wanted = set(mapping[str(category).lower()])
        for ref in off[off["series"].isin(wanted)].to_dict("records"):
            days = (ref["as_of"] - claim["claim_as_of"]).days
            window = SERIES_WINDOW_DAYS.get(ref["series"], default_window)
            if abs(days) > window:
                continue
            r_lo, r_hi = value_interval(ref["value"], None, None, ref["bound"], tolerance=tolerance)
            rows.append(
                (
                    claim["report"], claim["figure"], claim.get("text"), category,
                    head, claim["value"], claim.get("bound"), claim["claim_as_of"],
                    ref["series"], ref["as_of"], ref["value"], ref["bound"], ref["source"],
                    days, float(claim["value"]) / float(ref["value"]) if ref["value"] else None,
                    bool(c_lo <= r_hi and r_lo <= c_hi),
                )
            )  # fmt: skip
    out = pd.DataFrame(rows, columns=list(MATCH_COLUMNS))
    for col, dtype in MATCH_COLUMNS.items():
        if str(dtype).startswith("datetime64"):
            out[col] = pd.to_datetime(out[col].astype("object"))
        out[col] = out[col].astype(dtype)
    out = out.sort_values(["report", "figure", "series", "as_of"], kind="stable")
    return out.reset_index(drop=True)


def nearest_per_series(matches: pd.DataFrame) -> pd.DataFrame:
    """For each claim and series, only the official figure nearest in date to the claim.

    :func:`match_claims` lists every official figure of the week, which is the evidence;
    this is the summary an analyst reads first: one line per claim and series. Ties go to
    the earlier official figure (published before the report, it could have been its source).
    """
    if matches.empty:
        return matches.copy()
    order = matches.assign(_gap=matches["days_apart"].abs()).sort_values(
        ["report", "figure", "series", "_gap", "as_of"], kind="stable"
    )
    nearest = order.drop_duplicates(["report", "figure", "series"], keep="first")
    return nearest.drop(columns="_gap").reset_index(drop=True)


_BOUND_MARKERS = {"lower": "^", "upper": "v", "approximate": "D", "exact": "o", "range": "s"}


def plot_claims_vs_official(
    official: pd.DataFrame,
    claims: pd.DataFrame,
    *,
    series: tuple[str, ...] | None = None,
    around: object = None,
    pad_days: int = 40,
    ax: Axes | None = None,
) -> Axes:
    """The official series over time, with the claims marked on them.

    ``official`` is :func:`analysis.reference.load_returns`; ``claims`` is the output of
    :func:`match_claims` (one marker per claim, whatever the number of pairs). The series
    drawn are those the claims were matched with (or ``series``); the time axis spans the
    claims' dates (and the date ``around``, e.g. the report's, when there are no claims)
    plus ``pad_days`` either side, so a claim of November 2023 is not lost in a series that
    runs to 2025. A claim's marker says its bound: ▲ "over", ▼ "up to", ◆
    "around", ● exact.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 4.5), layout="constrained")
    off = official.assign(series=official_series(official).astype("string"))
    if series is None:
        series = tuple(dict.fromkeys(claims["series"].dropna())) if len(claims) else ()
    if not series:
        series = ("UN: returns since 15 Sep 2023", "Government of Pakistan: departures")
    shown = claims.drop_duplicates(["report", "figure"]) if len(claims) else claims
    dates = list(shown["claim_as_of"].dropna()) if len(shown) else []
    if around is not None and not pd.isna(around):
        dates.append(pd.Timestamp(around))
    if dates:
        lo = min(dates) - pd.Timedelta(days=pad_days)
        hi = max(dates) + pd.Timedelta(days=pad_days)
        off = off[(off["as_of"] >= lo) & (off["as_of"] <= hi)]
    for name in series:
        part = off[off["series"] == name].sort_values("as_of")
        if not len(part):
            continue
        style = "-" if len(part) > 1 else ""
        ax.plot(part["as_of"], part["value"].astype(float), style, marker="o", ms=4, label=name)
    several_reports = len(shown) and shown["report"].nunique() > 1
    placed: dict[tuple, int] = {}  # claims at one point get their labels stacked, not overlaid
    for claim in shown.to_dict("records"):
        point = (claim["claim_as_of"], float(claim["claim_value"]))
        stacked = placed[point] = placed.get(point, -1) + 1
        marker = _BOUND_MARKERS.get(str(claim["claim_bound"]), "o")
        ax.plot(
            [claim["claim_as_of"]], [float(claim["claim_value"])], linestyle="",
            marker=marker, markersize=11, color="black", zorder=5,
        )  # fmt: skip
        ax.annotate(
            _label(claim, with_report=bool(several_reports)), point,
            textcoords="offset points", xytext=(9, 4 - 11 * stacked), fontsize=8,
        )  # fmt: skip
    ax.set_ylabel("people")
    ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_ylim(bottom=0)
    ax.set_title("News claims (black) against official counts")
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
    ax.grid(True, alpha=0.3)
    return ax


def _label(claim: dict, *, with_report: bool) -> str:
    text = claim.get("text")
    text = f"{float(claim['claim_value']):,.0f}" if text is None or pd.isna(text) else str(text)
    report = claim.get("report")
    if not with_report or report is None or pd.isna(report):
        return text
    return f"{text} ({os.path.basename(str(report))})"
