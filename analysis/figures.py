"""Figure extraction (placeholder: being written; the API and columns are final)."""

from __future__ import annotations

import re

import pandas as pd

from .report import Report
from .schema import coerce_figures

__all__ = ["extract_figures"]


def extract_figures(report: Report | str) -> pd.DataFrame:
    """One row per figure in text order; columns as in :mod:`analysis.schema`."""
    if not isinstance(report, Report):
        report = Report.from_text(report)
    rows = []
    for m in re.finditer(r"\d[\d,]*", report.text):
        v = float(m.group().replace(",", "") or 0)
        rows.append(dict(start=m.start(), end=m.end(), text=m.group(), value=v, low=v, high=v,
                         bound="exact", kind="count", sentence=report.sentence_index(m.start())))
    return coerce_figures(pd.DataFrame(rows))
