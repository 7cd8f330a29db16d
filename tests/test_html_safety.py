"""Report text rendered as HTML is always escaped (issue 5).

A report pasted from a web page can carry markup, and a notebook renders whatever HTML it
is given: an unescaped ``<script>`` in a report would run in the analyst's browser, in the
exported HTML and in anyone's browser who opens it. Every place the package turns report
text into HTML is checked here with the standard library's HTML parser: the output may hold
only the package's own tags and attributes, and nothing from the report may become an
element, an attribute or script.

The payloads are the classic ones (OWASP XSS filter evasion cheat sheet): a script element,
an image whose ``onerror`` runs, a ``javascript:`` link, and a tag left open so that what
follows becomes its attributes.
"""

from __future__ import annotations

import math
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from analysis import Report, extract_figures, load_report
from analysis.report import highlight_html
from analysis.schema import FIGURE_COLUMNS, coerce_figures

PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "<b onmouseover=alert(1)",  # unterminated: the rest of the text would become attributes
)

HOSTILE = (
    "date 2023-11-23\n"
    "Border crossings <script>alert(1)</script> and 2,000 returns\n"
    "\n"
    'Over 340,000 migrants <img src=x onerror=alert(1)> have left, officials said. "Up to '
    '1 million <a href="javascript:alert(1)">x</a> must go," said Jan Achakzai.\n'
    "\n"
    "At least 2,000 <b onmouseover=alert(1) people & 5% of 1,200 families > 3 < 4 \"quoted\" 'x'\n"
)


class Collector(HTMLParser):
    """Every start tag with its attributes, the text of scripts, and all other text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.script: list[str] = []
        self.text: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        if tag in ("script", "style"):
            self._in.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_endtag(self, tag):
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data):
        (self.script if self._in else self.text).append(data)


def parse(html: str) -> Collector:
    c = Collector()
    c.feed(html)
    c.close()
    return c


def assert_nothing_from_the_report(c: Collector) -> None:
    """No element, attribute or script that came from the payloads, whatever else is there."""
    for tag, attrs in c.tags:
        assert tag not in ("img", "a") or not any(
            v and ("alert" in v or v.strip().lower().startswith("javascript:")) for _, v in attrs
        ), (tag, attrs)
        for name, value in attrs:
            assert name not in ("onerror", "onmouseover"), (tag, attrs)
            assert "alert(1)" not in (value or ""), (tag, attrs)
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, attrs)
    assert not any("alert(1)" in s for s in c.script), "report text ran as script"


# Exactly the package's own markup: the tag and the attributes it may carry.
OWN_TAGS = {"div": {"class"}, "p": set(), "br": set(), "mark": {"title"}, "b": set()}


def assert_only_own_markup(html: str, report_text: str) -> None:
    c = parse(html)
    for tag, attrs in c.tags:
        assert tag in OWN_TAGS, f"<{tag}> is not the package's own markup"
        assert {name for name, _ in attrs} <= OWN_TAGS[tag], (tag, attrs)
    assert_nothing_from_the_report(c)
    shown = "".join(c.text)
    for payload in PAYLOADS:  # still there, as text the analyst can read
        assert payload in shown
    assert shown.count("alert(1)") == report_text.count("alert(1)")


@pytest.fixture
def hostile_report(tmp_path: Path) -> Report:
    p = tmp_path / "hostile <i>report.txt"
    p.write_text(HOSTILE, encoding="utf-8")
    return load_report(p)


def test_highlight_html_escapes_the_report(hostile_report: Report) -> None:
    figures = extract_figures(hostile_report)
    assert len(figures) > 0, "the test needs highlighted figures"
    html = highlight_html(hostile_report.text, figures)
    assert_only_own_markup(html, hostile_report.text)
    assert parse(html).tags.count(("mark", [("title", "figure 0")])) == 1


def test_highlight_html_escapes_a_figure_span_holding_markup() -> None:
    """A row whose span covers markup (a bad extractor row) is still escaped inside <mark>."""
    text = "a <script>alert(1)</script> b"
    rows = coerce_figures(
        pd.DataFrame({"start": [2], "end": [27], "text": [text[2:27]], "value": [1.0]})
    )
    html = highlight_html(text, rows)
    assert_only_own_markup_subset(html, ["<script>alert(1)</script>"])


def assert_only_own_markup_subset(html: str, payloads: list[str]) -> None:
    c = parse(html)
    for tag, attrs in c.tags:
        assert tag in OWN_TAGS and {n for n, _ in attrs} <= OWN_TAGS[tag], (tag, attrs)
    assert_nothing_from_the_report(c)
    for payload in payloads:
        assert payload in "".join(c.text)


def test_highlight_html_ignores_rows_without_sound_offsets() -> None:
    """<NA>, reversed or out-of-range offsets are skipped, not turned into broken markup."""
    text = "x <script>alert(1)</script> 12"
    rows = coerce_figures(
        pd.DataFrame({"start": [None, 5, 28, 0], "end": [3, 2, 999, 1], "value": [1.0] * 4})
    )
    html = highlight_html(text, rows)
    assert_only_own_markup_subset(html, ["<script>alert(1)</script>"])
    assert parse(html).tags.count(("mark", [("title", "figure 3")])) == 1
    assert sum(t == "mark" for t, _ in parse(html).tags) == 1


def test_repr_html_escapes_report_and_file_name(hostile_report: Report) -> None:
    """What a notebook shows for a bare ``report`` cell; the file name is report data too."""
    html = hostile_report._repr_html_()
    assert_only_own_markup(html, hostile_report.text)
    assert "hostile <i>report.txt" in "".join(parse(html).text)


def test_repr_html_of_text_without_a_file() -> None:
    report = Report.from_text(HOSTILE)
    assert_only_own_markup(report._repr_html_(), report.text)


def _hostile_figure_table() -> pd.DataFrame:
    """A figure table with a payload in every text column (they all hold report words)."""
    payload = " ".join(PAYLOADS)
    data = {}
    for col, dtype in FIGURE_COLUMNS.items():
        if str(dtype) == "string":
            data[col] = [payload, "<i>ok</i>"]
    data.update(start=[0, 5], end=[3, 8], value=[1.0, math.pi], low=[1.0, None])
    return coerce_figures(pd.DataFrame(data))


@pytest.mark.parametrize("render", ["to_html", "_repr_html_"])
def test_pandas_escapes_figure_tables(render: str) -> None:
    """pandas escapes cell text by default; the figure tables rely on it, so check it stays so."""
    table = _hostile_figure_table()
    html = getattr(table, render)()
    c = parse(html)
    assert_nothing_from_the_report(c)
    allowed = {"div", "style", "table", "thead", "tbody", "tr", "th", "td", "p"}
    assert {t for t, _ in c.tags} <= allowed, {t for t, _ in c.tags}
    assert "<i>ok</i>" in "".join(c.text)


def test_pandas_escapes_the_extractor_output(hostile_report: Report) -> None:
    figures = extract_figures(hostile_report)
    for render in (figures.to_html, figures._repr_html_):
        assert_nothing_from_the_report(parse(render()))


# --- the exported notebook --------------------------------------------------------------


def test_exported_notebooks_hold_nothing_from_the_report(tmp_path: Path) -> None:
    """Run every notebook on the hostile report with papermill and export it with nbconvert.

    Notebook 01 shows the report's text as HTML (``report.to_html``); the others show tables
    of figures, sources and quotes, all report words. nbconvert's own template carries script
    tags (MathJax, require.js), so the check is that nothing *from the report* became markup:
    no script whose code holds the payload, no element with its event attributes, no
    ``javascript:`` link, while the payload is still shown to the reader as text.
    """
    from analysis.notebooks import list_notebooks, run_notebooks

    notebooks = list_notebooks()
    names = [nb.name for nb in notebooks]
    assert "01-the-report.ipynb" in names, "notebook 01 is the page that renders report text"
    report = tmp_path / "hostile.txt"
    report.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "out"
    written = run_notebooks(report, out, notebooks=notebooks)
    for name in names:
        page = out / name.replace(".ipynb", ".html")
        assert page in written
        c = parse(page.read_text(encoding="utf-8"))
        assert_nothing_from_the_report(c)
        if name == "01-the-report.ipynb":
            shown = "".join(c.text)
            assert "<script>alert(1)</script>" in shown, "the report text must still be readable"
            assert '<a href="javascript:alert(1)">x</a>' in shown
