"""Unit tests of the scorer in analysis.evaluate, with hand-made gold and stub extractors.

Every expected number below is computed by hand from the three-figure report in
``REPORT`` (comments show the arithmetic); none comes from running the scorer.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest

from analysis import ReportError
from analysis.evaluate import (
    Evaluation,
    GoldError,
    evaluate,
    main,
    normalise_source,
    source_agrees,
    values_agree,
)
from analysis.schema import coerce_figures

# CRLF line ends and a date header on purpose: offsets must be taken in Report.text
# (body after the header, CRLF -> LF), not in the raw file.
REPORT = (
    "date 2024-01-10\r\n"
    "Border crossing busy\r\n"
    "\r\n"
    "Over 3,000 Afghans crossed on Monday, officials said. Of them, 1,200 were children, "
    "according to the UNHCR's Ahmad Shah Khan.\r\n"
    "\r\n"
    "The camp now holds about 500 families.\r\n"
)


def fig(text, value, bound, low, high, head, counted, kind="count", part_of=None, source=None):
    return {
        "text": text, "value": value, "bound": bound, "low": low, "high": high, "head": head,
        "counted": counted, "kind": kind, "part_of": part_of, "source": source,
    }  # fmt: skip


GOLD_FIGURES = [
    fig("Over 3,000", 3000, "lower", 3000, None, "afghans", "Afghans", source="officials"),
    fig("1,200", 1200, "exact", 1200, 1200, "children", "children", part_of="Over 3,000",
        source="Ahmad Shah Khan"),
    fig("about 500", 500, "approximate", None, None, "families", "families"),
]  # fmt: skip


def write_devset(tmp_path: Path, figures=GOLD_FIGURES, date="2024-01-10", name="01-x") -> Path:
    (tmp_path / f"{name}.txt").write_bytes(REPORT.encode("utf-8"))
    gold = {"report": f"{name}.txt", "date": date, "figures": figures, "not_figures": ["Monday"]}
    (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def rows_from_gold(report, figures=GOLD_FIGURES):
    """A perfect extractor's answer: the gold rows, located in report.text by the stub."""
    rows, cursor = [], 0
    texts = [f["text"] for f in figures]
    for f in figures:
        start = report.text.index(f["text"], cursor)
        cursor = start + len(f["text"])
        row = {k: v for k, v in f.items() if k != "part_of"}
        row.update(start=start, end=cursor)
        row["part_of"] = texts.index(f["part_of"]) if f["part_of"] else None
        rows.append(row)
    return rows


def stub(edit=lambda report, rows: rows):
    """An extractor returning the gold rows after ``edit`` (a hand-made mistake)."""

    def extractor(report):
        return coerce_figures(pd.DataFrame(edit(report, rows_from_gold(report))))

    return extractor


def test_perfect_extractor_scores_one_everywhere(tmp_path):
    ev = evaluate(write_devset(tmp_path), extractor=stub())
    assert isinstance(ev, Evaluation)
    assert (ev.n_gold, ev.n_pred, ev.n_matched) == (3, 3, 3)
    assert (ev.precision, ev.recall, ev.f1) == (1.0, 1.0, 1.0)
    for name, acc in ev.accuracy.items():
        assert acc == 1.0, name
    assert ev.date_accuracy == 1.0
    assert ev.errors == {}
    assert len(ev.misses) == 0 and len(ev.extras) == 0
    assert ev.summary["f1"] == 1.0 and ev.summary["source"] == 1.0


def test_missing_row_and_two_extras_give_hand_computed_p_r(tmp_path):
    def edit(report, rows):
        # drop "about 500"; add "Monday" (not a figure) and "3" inside "3,000" with the
        # wrong value (overlap alone must not match).
        kept = rows[:2]
        m = report.text.index("Monday")
        t = report.text.index("3,000")
        extra1 = dict(start=m, end=m + 6, text="Monday", value=1.0, bound="exact", kind="count")
        extra2 = dict(start=t, end=t + 1, text="3", value=3.0, bound="exact", kind="count")
        return [*kept, extra1, extra2]

    ev = evaluate(write_devset(tmp_path), extractor=stub(edit))
    # matched 2 of 4 predicted and 2 of 3 gold: P = 1/2, R = 2/3, F1 = 2PR/(P+R) = 4/7
    assert (ev.n_gold, ev.n_pred, ev.n_matched) == (3, 4, 2)
    assert ev.precision == pytest.approx(1 / 2)
    assert ev.recall == pytest.approx(2 / 3)
    assert ev.f1 == pytest.approx(4 / 7)
    assert ev.misses["text"].tolist() == ["about 500"]
    assert ev.misses["context"].tolist() == ["The camp now holds about 500 families."]
    assert sorted(ev.extras["text"]) == ["3", "Monday"]
    row = ev.per_report.iloc[0]
    assert (row["gold"], row["predicted"], row["matched"]) == (3, 4, 2)


def test_value_must_agree_within_relative_tolerance():
    # 1.7 lakh computed in floats is not exactly 170000; 1e-6 relative is the same figure.
    assert values_agree(170000, 1.7 * 100000)
    assert values_agree(3000, 3000.002)  # 6.7e-7 relative
    assert not values_agree(3000, 3000.01)  # 3.3e-6 relative
    assert values_agree(None, pd.NA) and values_agree(None, float("nan"))
    assert not values_agree(None, 0.0)


def test_wrong_bound_lowers_bound_accuracy_only(tmp_path):
    def edit(report, rows):
        rows[0]["bound"] = "exact"  # gold: lower ("Over 3,000"); low/high left as gold
        return rows

    ev = evaluate(write_devset(tmp_path), extractor=stub(edit))
    assert ev.f1 == 1.0
    assert ev.accuracy["bound"] == pytest.approx(2 / 3)  # 2 of 3 matched pairs right
    assert ev.accuracy["kind"] == 1.0 and ev.accuracy["low_high"] == 1.0


def test_wrong_low_high_and_head_case(tmp_path):
    def edit(report, rows):
        rows[0]["high"] = 3000  # gold high is null for a lower bound
        rows[1]["head"] = "Children"  # head compares case-insensitively: still right
        rows[2]["head"] = "family"  # not the gold "families"
        return rows

    ev = evaluate(write_devset(tmp_path), extractor=stub(edit))
    assert ev.accuracy["low_high"] == pytest.approx(2 / 3)
    assert ev.accuracy["head"] == pytest.approx(2 / 3)


def test_part_of_maps_row_id_to_the_wholes_text(tmp_path):
    def wrong(report, rows):
        rows[1]["part_of"] = 2  # "1,200" part of "about 500": wrong
        return rows

    def shorter_whole(report, rows):
        # The whole found without its qualifier ("3,000" for "Over 3,000") is still the
        # figure matched to the gold whole, so part_of agrees.
        rows[0]["start"] += len("Over ")
        rows[0]["text"] = "3,000"
        return rows

    def spurious(report, rows):
        rows[2]["part_of"] = 0  # gold part_of is null for "about 500"
        return rows

    ev = evaluate(write_devset(tmp_path), extractor=stub(wrong))
    assert ev.accuracy["part_of"] == pytest.approx(2 / 3)  # the two nulls agree
    assert ev.matches.loc[1, "pred_part_of"] == "about 500"
    ev = evaluate(write_devset(tmp_path), extractor=stub(shorter_whole))
    assert ev.accuracy["part_of"] == 1.0
    ev = evaluate(write_devset(tmp_path), extractor=stub(spurious))
    assert ev.accuracy["part_of"] == pytest.approx(2 / 3)


# (gold, predicted, strict, lenient); the names are the dev set's and the seed's sources.
SOURCE_CASES = [
    ("the government", "Government", True, True),  # seed: leading "the", case
    ("Khyber Pakhtunkhwa home department", "the Khyber Pakhtunkhwa home department's", True, True),
    ("UNHCR", "UNHCR\u2019s", True, True),  # curly possessive (dev set report 12 style)
    ("Jan Achakzai", "Jan  Achakzai", True, True),  # whitespace
    ("Javed Iqbal Marwat", "Marwat", False, True),  # surname only: lenient
    ("Marwat", "Javed Iqbal Marwat", False, True),
    ("Javed Iqbal Marwat", "Javed", False, False),  # first name is not enough
    ("UNHCR", "UNHCR spokesperson", False, False),
    (None, None, True, True),  # stated in the report's own voice, both agree
    (None, "officials", False, False),
    ("officials", None, False, False),
]


@pytest.mark.parametrize(("gold", "pred", "strict", "lenient"), SOURCE_CASES)
def test_source_comparison(gold, pred, strict, lenient):
    assert source_agrees(gold, pred) is strict
    assert source_agrees(gold, pred, lenient=True) is lenient


def test_normalise_source_examples():
    assert normalise_source("The UNHCR\u2019s  office") == "unhcr office"
    assert normalise_source("  ") is None and normalise_source(None) is None


def test_source_and_counted_accuracy(tmp_path):
    def edit(report, rows):
        rows[0]["source"] = "The officials"  # agrees after normalisation
        rows[1]["source"] = "Khan"  # lenient only
        rows[2]["counted"] = "FAMILIES"  # counted is case-insensitive
        rows[1]["counted"] = "boys"
        return rows

    ev = evaluate(write_devset(tmp_path), extractor=stub(edit))
    assert ev.accuracy["source"] == pytest.approx(2 / 3)
    assert ev.accuracy["source_lenient"] == 1.0
    assert ev.accuracy["counted"] == pytest.approx(2 / 3)


def test_date_compared_with_gold(tmp_path):
    ev = evaluate(write_devset(tmp_path, date="2024-01-11"), extractor=stub())
    assert ev.date_accuracy == 0.0
    assert bool(ev.per_report.loc[0, "date_ok"]) is False


def test_extractor_crash_is_recorded_and_other_reports_still_scored(tmp_path):
    write_devset(tmp_path, name="01-a")
    write_devset(tmp_path, name="02-b")
    good = stub()

    def flaky(report):
        if report.name == "02-b.txt":
            raise RuntimeError("boom")
        return good(report)

    ev = evaluate(tmp_path, extractor=flaky)
    assert list(ev.errors) == ["02-b.txt"] and "boom" in ev.errors["02-b.txt"]
    assert (ev.n_gold, ev.n_pred, ev.n_matched) == (6, 3, 3)  # the crashed one predicts nothing
    assert ev.recall == pytest.approx(1 / 2)


def test_bad_gold_dir_raises_gold_error_naming_the_path(tmp_path):
    with pytest.raises(GoldError, match="no such folder"):
        evaluate(tmp_path / "missing")
    with pytest.raises(GoldError, match="no \\*.gold.json"):
        evaluate(tmp_path)
    (tmp_path / "01-x.gold.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldError, match="01-x.gold.json.*not valid JSON"):
        evaluate(tmp_path)
    assert issubclass(GoldError, ReportError)


def test_gold_text_not_in_report_is_a_gold_error(tmp_path):
    figures = [*GOLD_FIGURES, fig("9,999", 9999, "exact", 9999, 9999, "people", "people")]
    write_devset(tmp_path, figures=figures)
    with pytest.raises(GoldError, match="'9,999' not found"):
        evaluate(tmp_path, extractor=stub())


def test_command_line_exit_status_and_output(tmp_path, monkeypatch, capsys):
    assert main([str(tmp_path / "missing")]) == 2
    assert "no such folder" in capsys.readouterr().err
    write_devset(tmp_path)
    monkeypatch.setattr("analysis.figures.extract_figures", stub())
    assert main([str(tmp_path), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "TOTAL" in out and "1.000" in out and "source (lenient" in out
    assert main([str(tmp_path), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["summary"]["f1"] == 1.0 and payload["summary"]["gold"] == 3
    assert not math.isnan(payload["summary"]["bound"])
