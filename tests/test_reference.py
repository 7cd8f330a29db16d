"""The official returns table and the matching of news claims against it.

Expected values are read off ``data/reference/afghan-returns-from-pakistan.csv`` and its
README by eye (row counts, named rows), not produced by the code under test.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import paths  # noqa: E402
from analysis.crosscheck import (
    claim_dates,
    match_claims,
    nearest_per_series,
    plot_claims_vs_official,
)  # noqa: E402
from analysis.errors import ReferenceDataError, ReportError, ReportNotFoundError  # noqa: E402
from analysis.reference import MEASURES, load_returns, official_series  # noqa: E402
from analysis.schema import coerce_figures  # noqa: E402

CSV = paths.REFERENCE_RETURNS
HEADER = "as_of,published,measure,value,bound,scope,source,url"


@pytest.fixture(scope="module")
def official() -> pd.DataFrame:
    return load_returns()


def test_the_reference_files_are_in_the_project_data_folder():
    assert CSV == paths.DATA_DIR / "reference" / "afghan-returns-from-pakistan.csv"
    assert (paths.REFERENCE_DIR / "README.md").is_file()


def test_load_returns_has_every_row_with_typed_columns(official):
    assert len(official) == 40  # README: "(40 rows)"
    assert list(official.columns) == HEADER.split(",")
    assert str(official["as_of"].dtype) == "datetime64[s]"
    assert str(official["published"].dtype) == "datetime64[s]"
    assert official["value"].dtype == pd.Int64Dtype()
    assert official["measure"].dtype == "category"
    assert official["bound"].dtype == "category"
    for col in ("scope", "source", "url"):
        assert official[col].dtype == pd.StringDtype()


def test_measures_are_the_ones_the_readme_lists(official):
    readme = (paths.REFERENCE_DIR / "README.md").read_text()
    listed = readme.split("one of ", 1)[1].split(".\n", 1)[0]
    assert tuple(m.strip() for m in listed.split(",")) == MEASURES
    assert set(official["measure"]) == set(MEASURES)  # all seven occur in the table
    assert set(official["bound"]) == {"exact", "lower", "upper", "approximate"}


# Rows read off the CSV: (as_of, measure, value, bound, published or None).
@pytest.mark.parametrize(
    ("as_of", "measure", "value", "bound", "published"),
    [
        ("2023-11-18", "returned_total_since_2023-09-15", 340000, "approximate", None),  # BC
        ("2023-11-23", "other", 245833, "exact", "2023-11-23"),  # GoP via ARY, seed's day
        ("2023-11-08", "registered_por", 1304000, "approximate", "2023-11-09"),  # "1.304 million"
        ("2023-11-15", "deported_total_since_2023-09-15", 3400, "lower", None),
        ("2025-11-08", "returned_total_since_2023-09-15", 1723481, "exact", "2025-11-16"),
    ],
)
def test_named_rows_are_read_as_written(official, as_of, measure, value, bound, published):
    rows = official[(official["as_of"] == pd.Timestamp(as_of)) & (official["value"] == value)]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row["measure"], row["bound"]) == (measure, bound)
    if published is None:
        assert pd.isna(row["published"])  # README: "empty if not seen"
    else:
        assert row["published"] == pd.Timestamp(published)


def test_official_series_splits_the_rows_as_the_readme_describes(official):
    series = official_series(official)
    # Counted by hand in the CSV: 11 returned_total rows; the 11 "other" rows whose scope
    # starts "GoP"; the two "Khyber Pakhtunkhwa only" rows; four UN "other" return counts
    # (since 3 Oct, OCHA April 2024, phase 2 total and its deportees); four other rows
    # (4.4m all Afghans, Balochistan 500k and 300k, 330k in camps).
    assert series.value_counts().to_dict() == {
        "UN: returns since 15 Sep 2023": 11,
        "Government of Pakistan: departures": 11,
        "UN: returns, other baseline": 4,
        "other": 4,
        "daily returns": 3,
        "Khyber Pakhtunkhwa: departures (KP only)": 2,
        "undocumented (estimate)": 2,
        "UN: deportations since 15 Sep 2023": 1,
        "PoR card holders": 1,
        "ACC holders": 1,
    }
    kp = official[series == "Khyber Pakhtunkhwa: departures (KP only)"]
    assert sorted(kp["value"]) == [227239, 246013]


# --------------------------------------------------------------------------- bad files


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "returns.csv"
    p.write_text(text, encoding="utf-8")
    return p


GOOD_ROW = "2023-11-18,,returned_total_since_2023-09-15,340000,approximate,scope,source,http://x"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("as_of,measure,value\n2023-11-18,other,1\n", "missing column(s) published, bound"),
        (f"{HEADER}\n{GOOD_ROW.replace('2023-11-18', '18/11/2023')}\n", "line 2: as_of"),
        (f"{HEADER}\n{GOOD_ROW.replace('2023-11-18', '2023-02-30')}\n", "not a valid date"),
        (
            HEADER + "\n" + GOOD_ROW + "\n" + GOOD_ROW.replace("340000", '"340,000"'),
            "line 3: value",
        ),
        (f"{HEADER}\n{GOOD_ROW.replace('approximate', 'about')}\n", "bound 'about'"),
        (f"{HEADER}\n{GOOD_ROW.replace('returned_total', 'returns')}\n", "measure 'returns"),
        (f"{HEADER}\n{GOOD_ROW[len('2023-11-18') :]}\n", "as_of is empty"),
        (f"{HEADER}\n{GOOD_ROW},extra\n", "more cells than columns"),
    ],
)
def test_a_malformed_reference_file_is_refused_naming_file_and_line(tmp_path, text, problem):
    p = _write(tmp_path, text)
    with pytest.raises(ReferenceDataError) as info:
        load_returns(p)
    assert isinstance(info.value, ReportError)
    assert str(info.value).startswith(f"{p}: ")
    assert problem in str(info.value)


def test_a_missing_or_non_utf8_reference_file_is_a_report_error(tmp_path):
    with pytest.raises(ReportNotFoundError, match="no such reference file"):
        load_returns(tmp_path / "gone.csv")
    p = tmp_path / "latin1.csv"
    row = GOOD_ROW.replace("scope", "Peshawar caf\xe9")
    p.write_bytes(f"{HEADER}\n{row}\n".encode("latin-1"))
    with pytest.raises(ReferenceDataError, match="not UTF-8"):
        load_returns(p)


def test_a_header_only_file_is_an_empty_typed_table(tmp_path):
    got = load_returns(_write(tmp_path, HEADER + "\n"))
    assert got.empty and got["value"].dtype == pd.Int64Dtype()


# --------------------------------------------------------------------------- claims


def _seed_claims(**override) -> pd.DataFrame:
    """The seed report's claims as its gold file gives them, categorised by hand."""
    rows = [
        dict(text="Over 340,000", value=340000, low=340000, bound="lower", kind="count",
             head="migrants", category="deported or expelled"),
        dict(text="around one million", value=1e6, bound="approximate", kind="count",
             head="refugees", category="registered or documented"),
        dict(text="200,000", value=200000, low=200000, high=200000, bound="exact",
             kind="count", head="cards", category="registered or documented"),
        dict(text="at least 2,000", value=2000, low=2000, bound="lower", kind="count",
             head="migrants", category=None),
    ]  # fmt: skip
    figs = coerce_figures(pd.DataFrame([{**r, **override} for r in rows]))
    figs.insert(0, "figure", pd.array(range(len(rows)), "Int64"))
    figs.insert(0, "report_date", pd.Timestamp("2023-11-23").as_unit("s"))
    figs.insert(0, "report", pd.array(["seed.txt"] * len(rows), "string"))
    return figs


def test_the_340000_claim_meets_the_un_and_government_tallies_of_that_week(official):
    got = match_claims(_seed_claims(), official)
    claim = got[got["text"] == "Over 340,000"]
    pairs = {
        (str(a.date()), v): c
        for a, v, c in zip(claim["as_of"], claim["value"], claim["consistent"], strict=True)
    }
    # Within 7 days of 23 Nov 2023, read off the CSV: UN/BC 340,000, WHO 374,600, IOM 375,000
    # (18 Nov); UNHCR since 3 Oct 374,000 (21 Nov); GoP 235,821 (19 Nov), 245,833 (23 Nov),
    # 387,593 (29 Nov); KP-only 227,239 (19 Nov), 246,013 (27 Nov).
    assert pairs == {
        ("2023-11-18", 340000): True,  # "over 340,000" vs about 340,000
        ("2023-11-18", 374600): True,
        ("2023-11-18", 375000): True,  # "less than 375,000": room above 340,000
        ("2023-11-21", 374000): True,
        ("2023-11-19", 235821): False,  # "over 340,000" cannot be 235,821
        ("2023-11-23", 245833): False,
        ("2023-11-29", 387593): True,
        ("2023-11-19", 227239): False,
        ("2023-11-27", 246013): False,
    }
    same_day = claim[claim["as_of"] == pd.Timestamp("2023-11-23")].iloc[0]
    assert same_day["days_apart"] == 0
    assert same_day["ratio"] == pytest.approx(340000 / 245833)


def test_the_one_million_claim_meets_the_registered_totals_not_the_cards(official):
    got = match_claims(_seed_claims(), official)
    million = got[got["text"] == "around one million"]
    assert dict(zip(million["series"], million["value"], strict=True)) == {
        "ACC holders": 880000,  # 2024-03-25, within the two-year window of a stock
        "PoR card holders": 1304000,  # 2023-11-08
    }
    por = million[million["series"] == "PoR card holders"].iloc[0]
    assert not por["consistent"]  # around 1m (0.9-1.1m) is not about 1.304m
    assert "200,000" not in set(got["text"])  # cards are not people
    assert "at least 2,000" not in set(got["text"])  # no category: nothing to match


def test_nearest_per_series_keeps_one_official_figure_per_claim_and_series(official):
    got = nearest_per_series(match_claims(_seed_claims(), official))
    claim = got[got["text"] == "Over 340,000"].set_index("series")
    # Nearest to 23 Nov 2023 in each series (CSV): GoP 245,833 the same day; KP 246,013 on
    # 27 Nov (4 days) before 227,239 on 19 Nov (4 days): a tie, the earlier wins; UN
    # 340,000/374,600/375,000 all on 18 Nov, the first in date then table order; UNHCR 374,000.
    assert claim["value"].to_dict() == {
        "Government of Pakistan: departures": 245833,
        "Khyber Pakhtunkhwa: departures (KP only)": 227239,
        "UN: returns since 15 Sep 2023": 340000,
        "UN: returns, other baseline": 374000,
    }
    assert len(got) == 6  # four series for the 340,000, two for the million


def test_a_claim_dated_to_one_day_is_as_of_that_day(official):
    claims = _seed_claims(date_to=pd.Timestamp("2024-01-13"))  # "by 13 January 2024"
    assert claim_dates(claims).tolist() == [pd.Timestamp("2024-01-13")] * 4
    got = match_claims(claims.iloc[:1], official)
    # Within 7 days of 13 Jan 2024: UN 500,200 (13 Jan) and 501,242 (15 Jan).
    assert sorted(got["value"]) == [500200, 501242]
    assert got["consistent"].tolist() == [True, True]


def test_a_claim_over_a_period_is_as_of_its_report():
    # Seed: "Over 340,000 ... since the government announced its policy ... in October".
    since_october = _seed_claims(
        date_from=pd.Timestamp("2023-10-01"), date_to=pd.Timestamp("2023-10-31")
    )
    assert claim_dates(since_october).tolist() == [pd.Timestamp("2023-11-23")] * 4
    undated_report = since_october.assign(report_date=pd.NaT)
    assert claim_dates(undated_report).tolist() == [pd.Timestamp("2023-10-31")] * 4


def test_a_corpus_without_categories_matches_nothing(official):
    got = match_claims(_seed_claims(category=None), official)
    assert got.empty and got["consistent"].dtype == pd.BooleanDtype()


def test_plot_claims_vs_official_marks_each_claim_on_the_matched_series(official):
    matches = match_claims(_seed_claims(), official)
    fig, ax = plt.subplots()
    out = plot_claims_vs_official(official, matches, ax=ax)
    assert out is ax
    labels = [line.get_label() for line in ax.get_lines() if not line.get_label().startswith("_")]
    # The matched series dated within 40 days of 23 Nov 2023 (ACC holders, 25 Mar 2024, is not).
    assert set(labels) == {
        "UN: returns since 15 Sep 2023",
        "UN: returns, other baseline",
        "Government of Pakistan: departures",
        "Khyber Pakhtunkhwa: departures (KP only)",
        "PoR card holders",
    }
    texts = [t.get_text() for t in ax.texts]
    assert texts == ["Over 340,000", "around one million"]  # one report: no report names
    several = matches.assign(report=["a.txt"] * (len(matches) - 1) + ["b.txt"])
    fig2, ax2 = plt.subplots()
    plot_claims_vs_official(official, several, ax=ax2)
    assert [t.get_text() for t in ax2.texts] == [
        "Over 340,000 (a.txt)",
        "around one million (a.txt)",
        "around one million (b.txt)",
    ]
    plt.close(fig2)
    plt.close(fig)


def test_plot_without_claims_draws_the_main_series(official):
    empty = match_claims(_seed_claims(category=None), official)
    ax = plot_claims_vs_official(official, empty)
    labels = {line.get_label() for line in ax.get_lines()}
    assert {"UN: returns since 15 Sep 2023", "Government of Pakistan: departures"} <= labels
    plt.close(ax.figure)
