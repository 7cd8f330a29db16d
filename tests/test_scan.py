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


def _keys_equal(text: str) -> None:
    """Each special key's offsets, as filled in one pass, equal the per-key definitions:
    runs of n digits (five or more under "#5") and _QUOTE_RE over the text."""
    index = scan.WordIndex(text)
    runs = [m.span() for m in _LOOKBEHIND_DIGITS_RE.finditer(index.low)]
    assert index.at(scan.DIGITS) == [a for a, _ in runs]
    for n in range(1, 6):
        assert index.at(f"{scan.DIGITS}{n}") == [a for a, b in runs if min(b - a, 5) == n]
    assert index.at(scan.QUOTE) == [m.start() for m in scan._QUOTE_RE.finditer(text)]
    fresh = scan.WordIndex(text)  # asked first for a quote, then for digits
    assert fresh.at(scan.QUOTE) == index.at(scan.QUOTE)
    assert fresh.at(f"{scan.DIGITS}4") == index.at(f"{scan.DIGITS}4")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["1", "23", "2024", "123456", "0", "a", " ", "'", "’", "‘",
                                 "'9", "’90s", "é", "٣", "-", "x'", "\n"]),
                max_size=30).map("".join))  # fmt: skip
def test_special_keys_equal_definitions(text):
    _keys_equal(text)


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.txt")), ids=lambda p: p.name)
def test_special_keys_equal_definitions_on_fixtures(path):
    _keys_equal(path.read_text(encoding="utf-8"))


def _word_offsets_by_find(low: str, key: str) -> list[int]:
    """WordIndex.at's definition for a word: each str.find hit bounded by non-letters."""
    found = []
    i = low.find(key)
    while i != -1:
        j = i + len(key)
        if (i == 0 or not ("a" <= low[i - 1] <= "z")) and (
            j == len(low) or not ("a" <= low[j] <= "z")
        ):
            found.append(i)
        i = low.find(key, j)
    return found


_WORD_KEYS = ["a", "an", "the", "to", "aa", "tt", "that", "said", "ana"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "an", "the", "to", "aa", "t", "that", "hat", "said",
                                 "The", "A", " ", "-", "é", "2", "_", "’", "\n"]),
                max_size=30).map("".join))  # fmt: skip
def test_word_offsets_equal_find_definition(text):
    index = scan.WordIndex(text)
    for key in _WORD_KEYS:
        assert index.at(key) == _word_offsets_by_find(index.low, key), key


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.txt")), ids=lambda p: p.name)
def test_word_offsets_equal_find_definition_on_fixtures(path):
    index = scan.WordIndex(path.read_text(encoding="utf-8"))
    for key in sorted(index.words - scan._SPECIAL_KEYS):
        assert index.at(key) == _word_offsets_by_find(index.low, key), key
