"""Figures an analyst can trust from news reports on migration, deportation and displacement.

The public API::

    import analysis
    report = analysis.load_report(analysis.paths.DEFAULT_REPORT)
    figures = analysis.extract_figures(report)   # one row per figure, tidy and typed
"""

from __future__ import annotations

from . import paths, reference
from .corpus import Corpus, extract_corpus, extract_many
from .errors import (
    BinaryReportError,
    MalformedHeaderError,
    ReferenceDataError,
    ReportError,
    ReportIsDirectoryError,
    ReportNotFoundError,
    ReportTooLargeError,
    ReportUnreadableError,
)
from .figures import extract_figures
from .report import Report, Span, load_report

__all__ = [
    "paths",
    "Report",
    "Span",
    "load_report",
    "extract_figures",
    "ReportError",
    "ReportNotFoundError",
    "ReportIsDirectoryError",
    "ReportUnreadableError",
    "BinaryReportError",
    "MalformedHeaderError",
    "ReportTooLargeError",
    "ReferenceDataError",
    "Corpus",
    "extract_corpus",
    "extract_many",
    "reference",
]
