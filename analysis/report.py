"""A report: its body text, header date, title, paragraphs and sentences.

Every offset the package hands out (figures, sentences, quotes, names) points into
``Report.text``, the body after the optional ``date YYYY-MM-DD`` header with line
ends normalised to ``\\n``. Keeping one coordinate system is what lets an analyst
trust that ``report.text[start:end]`` is exactly the figure the table shows.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import os
import re
import stat
from bisect import bisect_right
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
_HEADER = re.compile(
    r"\A\s{0,200}date:?[ \t]{1,20}(?P<val>\d[\d\-/.]{0,20})(?=\s|\Z)", re.IGNORECASE
)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
# "date" and a digit start a header even when junk follows the date ("2023-11-23T10:00",
# "2023-11-23,"): that is a malformed header too, not a body that happens to start so.
_HEADER_START = re.compile(r"\A\s{0,200}date:?[ \t]{1,20}(?P<val>\d\S{0,40})", re.IGNORECASE)

# Characters that are whitespace in effect and that copy-pastes from the web bring along.
# Zero-width and directional marks are dropped; exotic spaces become plain spaces only in
# the analysis of sentences, never in ``text`` (offsets must stay true to the file).
_ZERO_WIDTH = dict.fromkeys(
    map(
        ord,
        "\u200b\u200c\u200d\u2060\ufeff"  # zero-width spaces and joiners, BOM
        "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",  # bidi marks
    )
)
_ZERO_WIDTH_RE = re.compile("[" + "".join(map(chr, _ZERO_WIDTH)) + "]")


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
        the body; an explicit ``date`` argument wins over it. A malformed header
        ("date 2023-13-45") is a :class:`MalformedHeaderError` for text from a file
        (``path`` given, as :func:`load_report` does), where the header is the project's
        convention; for a bare string it stays part of the text and ``warnings`` says so,
        since a pasted paragraph may well start with "Date 5 ..." and ``extract_figures``
        must take any string.
        """
        if not isinstance(text, str):
            raise ReportError(path, f"report text must be str, not {type(text).__name__}")
        text = normalise_newlines(text.lstrip("\ufeff"))
        if _ZERO_WIDTH_RE.search(text):  # rare; str.translate costs ~70 us on any text
            text = text.translate(_ZERO_WIDTH)
        header_date = None
        if parse_header:
            try:
                header_date, text = _split_header(text, path)
            except MalformedHeaderError as exc:
                if path is not None:
                    raise
                warnings = (*warnings, f"{exc.problem}; kept as part of the text")
        if isinstance(date, str):
            try:
                date = dt.date.fromisoformat(date)
            except ValueError:
                raise MalformedHeaderError(
                    path, f"date {date!r} is not an ISO date (YYYY-MM-DD)"
                ) from None
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

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @functools.cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the nearest one before, between sentences)."""
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def paragraph_index(self, offset: int) -> int | None:
        """Index of the paragraph holding ``offset`` (the nearest one before); None without any."""
        if not self.paragraphs:
            return None
        return max(0, bisect_right(self._paragraph_starts, offset) - 1)

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
    """Render ``text`` with ``<mark>`` around each figure span; everything from the text is escaped.

    Only this function's own tags reach the output (``div``, ``p``, ``br``, ``mark`` with a
    ``title``); the report's characters, markup included, are always escaped, because a
    report pasted from the web can carry ``<script>`` and a notebook renders what it is given.
    Rows without offsets, outside the text or overlapping an earlier row are not marked.
    """
    spans: list[tuple[int, int, int]] = []
    if figures is not None and len(figures):
        for i, (start, end) in enumerate(zip(figures["start"], figures["end"], strict=True)):
            try:
                start, end = int(start), int(end)
            except (TypeError, ValueError):  # <NA> or NaN: nothing to mark
                continue
            if 0 <= start < end <= len(text):
                spans.append((start, end, i))
        spans.sort()
    out: list[str] = []
    pos = 0
    for start, end, i in spans:
        if start < pos:
            continue
        out.append(_html_text(text[pos:start]))
        marked = html.escape(text[start:end]).replace("\n", "<br>")
        out.append(f'<mark title="figure {i}">{marked}</mark>')
        pos = end
    out.append(_html_text(text[pos:]))
    return f'<div class="report"><p>{"".join(out)}</p></div>'


def _html_text(chunk: str) -> str:
    """Escape ``chunk``; a blank line starts a paragraph, a line end is a ``<br>``."""
    return html.escape(chunk).replace("\n\n", "</p><p>").replace("\n", "<br>")


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets agree whatever system wrote the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _split_header(text: str, path) -> tuple[dt.date | None, str]:
    m = _HEADER.match(text)
    if not m:
        bad = _HEADER_START.match(text)
        if bad:
            raise MalformedHeaderError(
                path, f"header 'date {bad.group('val')}' is not an ISO date (YYYY-MM-DD)"
            )
        return None, text
    raw = m.group("val")
    if not _ISO.fullmatch(raw):
        raise MalformedHeaderError(path, f"header 'date {raw}' is not an ISO date (YYYY-MM-DD)")
    try:
        day = dt.date.fromisoformat(raw)
    except ValueError as exc:
        raise MalformedHeaderError(
            path, f"header 'date {raw}' is not a valid date ({exc})"
        ) from None
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


# Abbreviations after which a full stop does not end a sentence; the ranks the attribution
# pass strips before a name among them ("said Brig. Gen. Mansour Al-Harbi", Gulf copy's
# police and army spokesmen, ds2-gulf).
_ABBREV = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt st sen rep gov pres no nos vs etc inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec approx est fig dept govt min
    mt ft ave rd hon rev sr jr incl excl brig cmdr adm cpl pvt insp supt""".split()
)
# Currency abbreviations with a full stop before the amount: "Bs. 420" (bolivars), "Sh. 7.8
# million" (shillings), "Rs. 500": no sentence ends before a digit after them (devset2
# americas).
_CURRENCY_ABBREV = frozenset("rs sh shs ksh bs dh dhs tk".split())
# A sentence end is [.!?]{1,8}, closing quotes or brackets, then space; or a line end. It is
# written with one branch per opening character ("\.[.!?]{0,7}..." for "[.!?]{1,8}...",
# tried in the same order) because ``re`` takes a skip-ahead prefilter from branches that
# open with literals, and tried the original form at every offset (40 us a report);
# ``tests/test_report_speed.py`` checks the two forms find the same ends.
_SENT_END_TAIL = r"[.!?]{0,7}[\"'”’)\]]{0,3}(?=\s)"
# After "a.m."/"p.m.", a capitalised word opens a new sentence unless it goes on the time:
# a day, a month or a time zone ("at 3 a.m. Monday", "9 p.m. ET"; session 14).
_SENTENCE_AFTER_CLOCK_RE = re.compile(
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[a-z]*\b|[A-Z]{2,4}\b|[Ll]ocal\b|[Tt]oday\b|[Tt]omorrow\b|[Yy]esterday\b)"
    r"[A-Z][a-z]"
)
_SENT_END = re.compile(rf"\.{_SENT_END_TAIL}|!{_SENT_END_TAIL}|\?{_SENT_END_TAIL}|\n")


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
                while k > 0 and j - k < 24 and (text[k - 1].isalpha() or text[k - 1] == "."):
                    k -= 1
                word = text[k:j].lower()
                if word in ("a.m", "p.m") and _SENTENCE_AFTER_CLOCK_RE.match(text, nxt):
                    pass  # "... shortly after 3 a.m. Three coast guard vessels were sent"
                elif (
                    word.rstrip(".") in _ABBREV
                    or (word in _CURRENCY_ABBREV and text[nxt : nxt + 1].isdigit())
                    or (len(word.replace(".", "")) <= 2 and "." in word)
                    # a single letter is an initial, but not a scale glued to a number:
                    # "The plan asks for $630m. By May ..." ends there (ds2-wires)
                    or (len(word) == 1 and word.isalpha() and not text[k - 1 : k].isdigit())
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


# Byte-order marks of the encodings that put NUL bytes in plain text. A file that starts with
# one is text saved by e.g. Windows Notepad as "Unicode", not binary; without a mark, NUL
# bytes mean binary (UTF-16 without a BOM is not guessed at). UTF-32 first: its LE mark
# begins with the UTF-16 LE one.
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)
# Control characters that have no business in a report: C0 except tab, LF, form feed, CR;
# DEL; C1 (a sign of bytes decoded with the wrong code page).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Mojibake: UTF-8 bytes that an earlier program read as cp1252 or Latin-1 ("â€™" for "’",
# "Ã©" for "é"). Not repaired (the text must stay what the file says), but flagged.
_MOJIBAKE = re.compile("â€|Ã[\u0080-\u00bf]")
#: More control characters than this share of a sample, or (for text that is not UTF-8)
#: more bytes >= 0x80 than ``_MAX_HIGH_SHARE``, and the file is called binary. Real reports
#: in cp1252 have a few per cent of accented letters and curly quotes at most.
_MAX_CONTROL_SHARE = 0.05
_MAX_HIGH_SHARE = 0.30
_SAMPLE = 65536


def _looks_binary(data: bytes) -> str | None:
    """Why raw bytes without a wide BOM are not a text report, or None if they may be."""
    if b"\x00" in data:
        return "is binary (holds NUL bytes), not a text report"
    return None


def _looks_binary_text(text: str) -> str | None:
    """Why decoded text is not a report: NULs or mostly control characters, else None."""
    if "\x00" in text:
        return "is binary (holds NUL characters), not a text report"
    sample = text[:_SAMPLE]
    n = len(_CONTROL.findall(sample))
    # A short note with one stray BEL is text with a flaw (a warning); a run of them is not.
    if sample and n / len(sample) > _MAX_CONTROL_SHARE and (n >= 16 or n / len(sample) > 0.3):
        return "is binary (mostly control characters), not a text report"
    return None


def _decode(data: bytes) -> tuple[str | None, list[str], str | None]:
    """Decode a report's bytes: (text, warnings, why-binary).

    Order matters: a wide-encoding BOM first (UTF-16/32 text holds NUL bytes), then NUL
    bytes mean binary, then UTF-8 (BOM tolerated), then cp1252 with a warning, since a
    cp1252 decode never fails and so must come last.
    """
    warnings: list[str] = []
    for bom, codec, label in _WIDE_BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            warnings.append(f"decoded as {label} (the file starts with a {label} byte-order mark)")
            break
    else:
        why = _looks_binary(data)
        if why:
            return None, warnings, why
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            high = sum(1 for b in data[:_SAMPLE] if b >= 0x80)
            if high / min(len(data), _SAMPLE) > _MAX_HIGH_SHARE:
                why = "is binary (mostly bytes that are not text), not a text report"
                return None, warnings, why
            warnings.append(
                f"not valid UTF-8 (first bad byte at offset {exc.start}); decoded as cp1252"
            )
            # Five byte values are undefined in cp1252; they become U+FFFD below.
            text = data.decode("cp1252", errors="replace")
    why = _looks_binary_text(text)
    if why:
        return None, warnings, why
    n = text.count("\ufffd")
    if n and warnings:  # U+FFFD from our own decode of UTF-16/32 or cp1252
        warnings.append(f"{n} undecodable character(s) replaced with U+FFFD")
    elif n:  # valid UTF-8 that already held U+FFFD: damaged by whatever wrote the file
        warnings.append(
            f"holds {n} U+FFFD replacement character(s): the text was damaged before it was saved"
        )
    if _MOJIBAKE.search(text):
        warnings.append(
            "looks like mojibake (UTF-8 once read as cp1252, e.g. 'â€™' for '’'); left as is"
        )
    n_control = len(_CONTROL.findall(text))
    if n_control:
        warnings.append(f"holds {n_control} stray control character(s); left as is")
    return text, warnings, None


def _as_path(path: object) -> Path:
    try:
        return Path(os.fsdecode(path) if isinstance(path, bytes) else path)
    except TypeError:
        raise ReportError(repr(path), "is not a file path (expected str or os.PathLike)") from None


def load_report(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """Read a report file.

    UTF-8 first (a BOM is tolerated); text that is not valid UTF-8 is read as cp1252, the
    encoding of most copy-pastes from Windows, and the report's ``warnings`` say so. A file
    that starts with a UTF-16 or UTF-32 byte-order mark is decoded as such (with a warning);
    without a mark, NUL bytes mean binary. Replaced characters, mojibake and stray control
    characters are kept (offsets stay true to the file) and recorded in ``warnings``.

    Every failure is a :class:`~analysis.errors.ReportError` naming the file, and nothing
    else escapes, so a batch run can record the problem and go on with the next file.
    Only regular files are read (a pipe or ``/dev/zero`` would never end), and at most
    ``max_bytes`` bytes (50 MB by default: a news report is a few kB).
    """
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0:
        raise ValueError(f"max_bytes must be a non-negative int, not {max_bytes!r}")
    p = _as_path(path)
    try:
        if not p.exists():
            problem = "is a dangling link" if p.is_symlink() else "no such file"
            raise ReportNotFoundError(p, problem)
        if p.is_dir():
            raise ReportIsDirectoryError(p, "is a folder, not a report file")
        st = p.stat()
        if not stat.S_ISREG(st.st_mode):
            raise ReportUnreadableError(p, "is not a regular file (a device, pipe or socket)")
        if st.st_size > max_bytes:
            raise ReportTooLargeError(
                p, f"is {st.st_size:,} bytes, over the limit of {max_bytes:,} bytes"
            )
        data = p.read_bytes()
    except ReportError:
        raise
    except PermissionError:
        raise ReportUnreadableError(p, "cannot be read (permission denied)") from None
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ReportUnreadableError(p, f"cannot be read ({reason})") from None
    if len(data) > max_bytes:  # it grew between stat and read
        raise ReportTooLargeError(
            p, f"is {len(data):,} bytes, over the limit of {max_bytes:,} bytes"
        )
    text, warnings, why = _decode(data)
    if why:
        raise BinaryReportError(p, why)
    try:
        return Report.from_text(text, path=p, warnings=tuple(warnings))
    except ReportError:
        raise
    except Exception as exc:  # a bug, but a batch run must still learn which file hit it
        raise ReportError(p, f"could not be parsed ({type(exc).__name__}: {exc})") from exc
