"""Trying a pattern only where one of its opening words stands.

Why this module: Python's ``re`` has a fast prefilter only for a pattern that opens with
a literal or a character class. The extractor's patterns open with ``\\b``, a
look-behind or an alternation of words ("said|told|...", "January|February|..."), so
``finditer`` tries the whole pattern at every offset of the text: a few hundred
microseconds a pattern on a 2 kB report, which made them most of the extraction time.

Here a text's words are collected once (and shared by every pass over the same text);
a pattern is then matched only at the offsets of its possible first words.
:func:`scan` returns exactly what ``pattern.finditer(text)`` returns, provided every
match opens with one of ``keys``: each caller's tests check that against ``finditer``.
No library does this (``regex`` and ``google-re2`` were measured no faster on these
patterns, and RE2 lacks the look-arounds they need).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

__all__ = ["DIGITS", "QUOTE", "WordIndex", "word_index", "offsets", "scan", "match_at"]

#: Key of a run of ASCII digits, and of a quote mark before a digit ("'90s"). A run of
#: ``n`` digits is also under ``DIGITS + str(n)`` (``"#4"`` for "2023"; ``"#5"`` for five
#: or more), for patterns that open only with a day (one or two digits) or a year.
DIGITS = "#"
QUOTE = "'"

# "[a-z][a-z]*" rather than "[a-z]+" (and "[0-9][0-9]*" below): the same matches, but
# ``re`` takes its skip-ahead prefilter from a leading class and not from a leading repeat
# (the word set 29 -> 24 us a report, the digit runs 27 -> 14; tests/test_scan.py).
_WORD_RE = re.compile(r"[a-z][a-z]*")
# Digit runs: a maximal run is what ``finditer`` gives for ``[0-9]+`` (each match starts
# where the previous run ended or after a non-digit), so the ``(?<![0-9])`` this had was
# redundant, and as an opening look-behind it left ``re`` no prefilter: 56 us a report,
# against 14 for "[0-9][0-9]*". ``tests/test_scan.py`` checks the two agree.
_DIGITS_RE = re.compile(r"[0-9][0-9]*")
_SPECIAL_KEYS = frozenset([DIGITS, QUOTE, *(f"{DIGITS}{n}" for n in range(1, 6))])
_QUOTE_RE = re.compile(r"['’](?=[0-9])")
_SHORT_WORD_RES: dict[str, re.Pattern[str]] = {}  # WordIndex.at's patterns for short words


class WordIndex:
    """Where each token of a text starts. Tokens are runs of ASCII letters (keyed lower
    case), runs of ASCII digits (:data:`DIGITS`) and a quote before a digit (:data:`QUOTE`).

    Lazy: the set of words is taken in one C-level pass; the offsets of a word are looked
    up with ``str.find`` only when a pass asks for that word, since each pass asks for a
    few dozen words of which a text holds a handful.
    """

    __slots__ = ("text", "low", "words", "_at")

    def __init__(self, text: str):
        # ASCII letters lower-cased and every other character one "?", so that offsets
        # do not move ("İ".lower() is two characters); bytes.lower touches ASCII only.
        self.text = text
        self.low = text.encode("ascii", "replace").lower().decode("ascii")
        self.words = frozenset(_WORD_RE.findall(self.low)) | _SPECIAL_KEYS
        self._at: dict[str, list[int]] = {}

    def at(self, key: str) -> list[int]:
        """Sorted offsets of the tokens under ``key``."""
        found = self._at.get(key)
        if found is not None:
            return found
        low = self.low
        if key in _SPECIAL_KEYS:
            # Every digit key in one pass over the digit runs (a pass asks for several),
            # and the quotes before a digit from the runs' starts: a quote is never a
            # digit, so a quote before a digit stands right before a run. Both equal the
            # per-key filters and _QUOTE_RE.finditer(text) (tests/test_scan.py); the
            # regex over the whole text cost 14 us a report, the three filters 10 us.
            if key not in self._at:
                self._digit_keys()
            return self._at[key]
        if len(key) <= 3:
            # A short word ("a", "an", "the") is inside many longer ones: "a" is found ~120
            # times a report, each a Python step. ``key(?![a-z])`` (a literal, which ``re``
            # skips to) leaves only the ends of words, and the start is checked here: the
            # same offsets (an occurrence inside another follows a letter, so skipping or
            # not skipping overlaps changes nothing; tests/test_scan.py). 21 -> 4 us for "a".
            rx = _SHORT_WORD_RES.get(key)
            if rx is None:
                rx = _SHORT_WORD_RES[key] = re.compile(re.escape(key) + "(?![a-z])")
            found = [
                i
                for m in rx.finditer(low)
                if (i := m.start()) == 0 or not ("a" <= low[i - 1] <= "z")
            ]
        else:
            found = []
            n = len(key)
            i = low.find(key)
            while i != -1:
                j = i + n
                if (i == 0 or not ("a" <= low[i - 1] <= "z")) and (
                    j == len(low) or not ("a" <= low[j] <= "z")
                ):
                    found.append(i)
                i = low.find(key, j)
        self._at[key] = found
        return found

    def _digit_keys(self) -> None:
        """Fill the offsets of :data:`DIGITS`, ``DIGITS + "1"`` .. ``"5"`` and :data:`QUOTE`."""
        at = self._at
        runs = [m.span() for m in _DIGITS_RE.finditer(self.low)]
        starts: list[int] = []
        by_len: tuple[list[int], ...] = ([], [], [], [], [], [])
        for a, b in runs:
            starts.append(a)
            by_len[b - a if b - a < 5 else 5].append(a)
        at[DIGITS] = starts
        for n in range(1, 6):
            at[f"{DIGITS}{n}"] = by_len[n]
        text = self.text
        at[QUOTE] = [a - 1 for a in starts if a > 0 and text[a - 1] in "'’"]


@functools.lru_cache(maxsize=8)
def word_index(text: str) -> WordIndex:
    """The :class:`WordIndex` of ``text``, cached for the few texts in hand, since the
    time, number and attribution passes all ask about one text."""
    return WordIndex(text)


def offsets(text: str, keys: frozenset[str]) -> list[int]:
    """Sorted offsets of the tokens of ``text`` under any of ``keys``."""
    index = word_index(text)
    present = keys & index.words
    if not present:
        return []
    if len(present) == 1:
        return index.at(next(iter(present)))
    found = [p for k in present for p in index.at(k)]
    found.sort()
    return found


def scan(pattern: re.Pattern[str], text: str, keys: frozenset[str]) -> list[re.Match]:
    """What ``pattern.finditer(text)`` yields, leaving out empty matches, when every
    match opens at a token under ``keys``."""
    return match_at(pattern, text, offsets(text, keys))


def match_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match]:
    """What ``pattern.finditer(text)`` yields, leaving out empty matches, when every match
    opens at one of ``starts`` (ascending): the pattern is tried there only, and not
    inside a match already taken, as ``finditer`` would."""
    out: list[re.Match] = []
    last = 0
    match = pattern.match
    for p in starts:
        if p < last:
            continue
        m = match(text, p)
        if m is not None and m.end() > p:
            out.append(m)
            last = m.end()
    return out
