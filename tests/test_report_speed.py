"""Fast forms of the report module's scans: each must find exactly what the pattern as
first written finds, so that sentences (and every offset built on them) do not move.

Texts: every fixture report and hypothesis-built strings of sentence ends, quotes,
brackets, spaces and words (written for this check).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import report

FIXTURES = Path(__file__).parent / "fixtures"
# _SENT_END as first written: the reference.
_SENT_END_AS_WRITTEN = re.compile(r"[.!?]{1,8}[\"'”’)\]]{0,3}(?=\s)|\n")

_PIECES = [
    ".", "!", "?", "...", "?!", '"', "'", "”", "’", ")", "]", " ", "\u00a0", "\t", "\n",
    "\r", "Word", "U.S.", "Dr", "5", "é", "(", "[", "“",
]  # fmt: skip


def _same_ends(text: str) -> None:
    fast = [m.span() for m in report._SENT_END.finditer(text)]
    assert fast == [m.span() for m in _SENT_END_AS_WRITTEN.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_sentence_ends_equal_pattern_as_written(text):
    _same_ends(text)


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.txt")), ids=lambda p: p.name)
def test_sentence_ends_equal_pattern_as_written_on_fixtures(path):
    _same_ends(path.read_text(encoding="utf-8"))
