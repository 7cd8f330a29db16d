"""The row check of the hand-annotated figure tables (``test_unseen_styles.py`` and the
``test_real_probe_*.py`` tables): each table had its own copy of it, with small variations,
which this one function holds together."""

from __future__ import annotations

import math

import pandas as pd

from analysis.evaluate import source_agrees

#: A field whose annotation is open: not checked.
ANY = object()


def check_row(row, text, value, bound, kind, unit, extra=None, *, abs_tol: float = 0.0) -> None:
    """Assert that an extracted row has the annotated value (``(low, high)`` for a range,
    whose value is the midpoint), bound, kind and unit, and the ``extra`` fields (a source
    compared as the scorer compares it; a tuple of sources: any of them)."""
    if isinstance(value, tuple):
        low, high = value
        assert math.isclose(row["low"], low), (text, row["low"])
        assert math.isclose(row["high"], high), (text, row["high"])
        value = (low + high) / 2
    assert math.isclose(row["value"], value, rel_tol=1e-9, abs_tol=abs_tol), (text, row["value"])
    assert row["bound"] == bound, (text, row["bound"])
    assert row["kind"] == kind, (text, row["kind"])
    if unit is not ANY:
        got = None if pd.isna(row["unit"]) else row["unit"]
        assert got == unit, (text, got)
    for field, want in (extra or {}).items():
        got = row[field]
        got = None if got is None or pd.isna(got) else got
        if field == "source" and isinstance(want, tuple):  # open: any of these
            assert any(source_agrees(w, got) for w in want), (text, field, got)
        elif field == "source":
            assert source_agrees(want, got), (text, field, got)
        else:
            assert got == want, (text, field, got)


def check_figures(text, expected, *, abs_tol: float = 0.0) -> None:
    """The figures of ``text`` are exactly the ``expected`` rows, in order, each as
    :func:`check_row` says; a row is ``(figure text, value, bound, kind, unit[, extra])``."""
    from analysis import extract_figures

    df = extract_figures(text)
    assert df["text"].tolist() == [e[0] for e in expected], text
    for exp, (_, row) in zip(expected, df.iterrows(), strict=True):
        check_row(row, *exp, abs_tol=abs_tol)
