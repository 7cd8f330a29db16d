"""analysis.scan's word index: its digit runs and words (patterns written so that ``re``
can skip ahead) must be exactly what ``(?<![0-9])[0-9]+`` and ``[a-z]+`` find, on any text.

Texts: every fixture report and hypothesis-built strings of digits, letters, separators
and non-ASCII characters (written for this check).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import scan

FIXTURES = Path(__file__).parent / "fixtures"
_LOOKBEHIND_DIGITS_RE = re.compile(r"(?<![0-9])[0-9]+")


def _runs_equal(text: str) -> None:
    low = scan.WordIndex(text).low
    fast = [m.span() for m in scan._DIGITS_RE.finditer(low)]
    assert fast == [m.span() for m in _LOOKBEHIND_DIGITS_RE.finditer(low)]
    assert scan._WORD_RE.findall(low) == re.findall(r"[a-z]+", low)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["1", "23", "2024", "0", "a", "the", " ", ",", ".", "-", "é", "٣", "¹", "K"]),
                max_size=30).map("".join))  # fmt: skip
def test_digit_runs_equal_lookbehind_pattern(text):
    _runs_equal(text)


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.txt")), ids=lambda p: p.name)
def test_digit_runs_equal_lookbehind_pattern_on_fixtures(path):
    _runs_equal(path.read_text(encoding="utf-8"))
