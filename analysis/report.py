"""A report: its body text, header date, title, paragraphs and sentences.

Every offset the package hands out (figures, sentences, quotes, names) points into
``Report.text``, the body after the optional ``date YYYY-MM-DD`` header with line
ends normalised to ``\\n``. Keeping one coordinate system is what lets an analyst
trust that ``report.text[start:end]`` is exactly the figure the table shows.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import (
    BinaryReportError,
    MalformedHeaderError,
    ReportError,
    ReportIsDirectoryError,
    ReportNotFoundError,
    ReportTooLargeError,
    ReportUnreadableError,
)

__all__ = ["Span", "Report", "load_report", "split_sentences", "DEFAULT_MAX_BYTES"]

#: Default size limit for one report file; a news report is a few kB, 50 MB is a mistake.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

# "date 2023-11-23" at the very start, after optional whitespace. The body may follow on
# the same line or the next. A "date" followed by something that starts like a date but is
# not a valid ISO date is an error, not a silently ignored header.
_HEADER = re.compile(r"\A\s{0,200}date:?[ \t]{1,20}(?P<val>\d[\d\-/.]{0,20})(?=\s|\Z)", re.IGNORECASE)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")

# Characters that are whitespace in effect and that copy-pastes from the web bring along.
# Zero-width and directional marks are dropped; exotic spaces become plain spaces only in
# the analysis of sentences, never in ``text`` (offsets must stay true to the file).
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of ``Report.text``: ``text == report.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Report:
    """One news report, as the rest of the package sees it."""

    text: str
    date: dt.date | None = None
    title: str | None = None
    path: Path | None = None
    warnings: tuple[str, ...] = ()
    paragraphs: tuple[Span, ...] = field(default=(), repr=False)
    sentences: tuple[Span, ...] = field(default=(), repr=False)

    @classmethod
    def from_text(
        cls,
        text: str,
        date: dt.date | str | None = None,
        *,
        path: str | Path | None = None,
        warnings: tuple[str, ...] = (),
        parse_header: bool = True,
    ) -> Report:
        """Build a report from text already in memory.

        When ``parse_header`` is true a leading ``date YYYY-MM-DD`` header is taken off
        the body; an explicit ``date`` argument wins over it.
        """
        if not isinstance(text, str):
            raise ReportError(path, f"report text must be str, not {type(text).__name__}")
        text = normalise_newlines(text.lstrip("\ufeff")).translate(_ZERO_WIDTH)
        header_date = None
        if parse_header:
            header_date, text = _split_header(text, path)
        if isinstance(date, str):
            try:
                date = dt.date.fromisoformat(date)
            except ValueError:
                raise MalformedHeaderError(path, f"date {date!r} is not an ISO date (YYYY-MM-DD)") from None
        if isinstance(date, dt.datetime):
            date = date.date()
        paragraphs = tuple(_paragraphs(text))
        return cls(
            text=text,
            date=date if date is not None else header_date,
            title=_title(text),
            path=Path(path) if path is not None else None,
            warnings=tuple(warnings),
            paragraphs=paragraphs,
            sentences=tuple(split_sentences(text)),
        )

    @property
    def name(self) -> str:
        """A short label: the file name, or "(text)" for a report built from a string."""
        return self.path.name if self.path is not None else "(text)"

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the nearest one before, between sentences)."""
        from bisect import bisect_right

        starts = [s.start for s in self.sentences]
        return max(0, bisect_right(starts, offset) - 1)

    def to_html(self, figures=None) -> str:
        """The text as HTML with every figure highlighted; the report's text is always escaped."""
        if figures is None:
            from .figures import extract_figures

            figures = extract_figures(self)
        return highlight_html(self.text, figures)

    def _repr_html_(self) -> str:
        head = html.escape(f"{self.name} — {self.date.isoformat() if self.date else 'undated'}")
        return f"<div><p><b>{head}</b></p>{self.to_html()}</div>"


def highlight_html(text: str, figures) -> str:
    """Render ``text`` with ``<mark>`` around each figure span; everything from the text is escaped."""
    out: list[str] = []
    pos = 0
    spans = []
    if figures is not None and len(figures):
        spans = sorted(zip(figures["start"].astype(int), figures["end"].astype(int), range(len(figures))))
    for start, end, i in spans:
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark title="figure {i}">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n\n", "</p><p>").replace("\n", "<br>")
    return f'<div class="report"><p>{body}</p></div>'


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets agree whatever system wrote the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _split_header(text: str, path) -> tuple[dt.date | None, str]:
    m = _HEADER.match(text)
    if not m:
        return None, text
    raw = m.group("val")
    if not _ISO.fullmatch(raw):
        raise MalformedHeaderError(path, f"header 'date {raw}' is not an ISO date (YYYY-MM-DD)")
    try:
        day = dt.date.fromisoformat(raw)
    except ValueError as exc:
        raise MalformedHeaderError(path, f"header 'date {raw}' is not a valid date ({exc})") from None
    rest = text[m.end() :]
    # The body starts after the separator: one space, tab or newline (as the seed and dev set
    # are written), and any further blank space before the first word.
    return day, rest.lstrip(" \t\n")


def _title(text: str) -> str | None:
    """A short first line without a full stop at its end is a headline."""
    first = text.split("\n", 1)[0].strip()
    if not first or "\n" not in text.strip():
        return None
    if len(first) > 150 or first.endswith((".", ":")) or len(first.split()) < 2:
        return None
    return first


def _paragraphs(text: str):
    """Paragraphs are non-empty lines: news copy puts one paragraph on a line."""
    for m in re.finditer(r"[^\n]+", text):
        chunk = m.group()
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            yield Span(m.start() + lead, m.start() + trail, chunk[lead:trail])


# Abbreviations after which a full stop does not end a sentence.
_ABBREV = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt st sen rep gov pres no nos vs etc inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec approx est fig dept govt min
    mt ft ave rd hon rev sr jr""".split()
)
_SENT_END = re.compile(r"[.!?]+[\"'”’)\]]{0,3}(?=\s)|\n")


def split_sentences(text: str):
    """Split ``text`` into sentence spans.

    A rule-based splitter (no model): a sentence ends at ``.``, ``!`` or ``?`` followed by
    space and a capital, digit or quote, unless the word before is a known abbreviation or
    a single capital letter (initials, "U.S."); a line end always closes a sentence, since
    headlines, datelines and bullet points carry no full stop.
    """
    n = len(text)
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        if m.group() != "\n":
            nxt = end
            while nxt < n and text[nxt] in " \t\u00a0":
                nxt += 1
            if nxt < n and text[nxt] != "\n":
                c = text[nxt]
                if not (c.isupper() or c.isdigit() or c in "\"'“‘(["):
                    continue
            if text[m.start()] == ".":
                j = m.start()
                k = j
                while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
                    k -= 1
                word = text[k:j].lower()
                if word.rstrip(".") in _ABBREV or (len(word.replace(".", "")) <= 2 and "." in word) or (
                    len(word) == 1 and word.isalpha()
                ):
                    continue
        yield from _span(text, start, end)
        start = end
    yield from _span(text, start, n)


def _span(text: str, start: int, end: int):
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        yield Span(start + lead, start + lead + len(stripped), stripped)


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:65536]
    if not sample:
        return False
    bad = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(sample) > 0.05


def load_report(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """Read a report file.

    UTF-8 first (a BOM is tolerated); text that is not valid UTF-8 is read as cp1252, the
    encoding of most copy-pastes from Windows, and the report's ``warnings`` say so.
    Every failure is a :class:`~analysis.errors.ReportError` naming the file.
    """
    p = Path(path)
    try:
        if not p.exists():
            problem = "is a dangling link" if p.is_symlink() else "no such file"
            raise ReportNotFoundError(p, problem)
        if p.is_dir():
            raise ReportIsDirectoryError(p, "is a folder, not a report file")
        size = p.stat().st_size
        if size > max_bytes:
            raise ReportTooLargeError(p, f"is {size:,} bytes, over the limit of {max_bytes:,} bytes")
        data = p.read_bytes()
    except ReportError:
        raise
    except OSError as exc:
        raise ReportUnreadableError(p, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise ReportTooLargeError(p, f"is {len(data):,} bytes, over the limit of {max_bytes:,} bytes")
    if _looks_binary(data):
        raise BinaryReportError(p, "is binary (NUL bytes or mostly control characters), not a text report")
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warnings.append(f"not valid UTF-8 (byte {exc.start}); decoded as cp1252")
        text = data.decode("cp1252", errors="replace")
    if "\ufffd" in text:
        n = text.count("\ufffd")
        warnings.append(f"{n} undecodable character(s) replaced with U+FFFD")
    return Report.from_text(text, path=p, warnings=tuple(warnings))
