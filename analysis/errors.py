"""The package's one exception family.

Every problem with an input file surfaces as a :class:`ReportError` whose message
names the file and says what is wrong, so a batch run can record it and go on, and
an analyst never has to read a traceback from deep inside a library.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ReportError",
    "ReportNotFoundError",
    "ReportIsDirectoryError",
    "ReportUnreadableError",
    "BinaryReportError",
    "MalformedHeaderError",
    "ReportTooLargeError",
    "ReferenceDataError",
]


class ReportError(Exception):
    """A report could not be read or parsed. ``path`` and ``problem`` are kept apart."""

    def __init__(self, path: str | Path | None, problem: str) -> None:
        self.path = None if path is None else str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path else problem)


class ReportNotFoundError(ReportError, FileNotFoundError):
    """The path does not exist (or is a dangling link)."""


class ReportIsDirectoryError(ReportError, IsADirectoryError):
    """The path is a folder, not a report."""


class ReportUnreadableError(ReportError, OSError):
    """The operating system refused to read the file."""


class BinaryReportError(ReportError, ValueError):
    """The file holds NUL bytes or is mostly not text."""


class MalformedHeaderError(ReportError, ValueError):
    """The file starts with a ``date`` header whose date is not a valid ISO date."""


class ReportTooLargeError(ReportError, ValueError):
    """The file is over the configured size limit."""


class ReferenceDataError(ReportError, ValueError):
    """A reference table (official counts) lacks a column or holds a cell of the wrong shape."""
