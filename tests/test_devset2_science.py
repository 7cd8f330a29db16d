"""Second dev set, batch ``ds2-science``: reports 112-114 (docstring completed below)."""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, MS = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

CASES = [
    # --- heads: a toll past the measure of the event that caused it -----------------------
    (
        "invented/AP quake: a magnitude between the toll and its verb",
        "The death toll from a magnitude 7.0 quake that shook the coast of Ecuador on Friday "
        "climbed to 212, the government said.",
        [
            ("magnitude 7.0", 7.0, E, MS, "magnitude", {"head": "magnitude"}),
            ("212", 212, E, C, None, {"head": "deaths", "source": "the government"}),
        ],
    ),
    (
        "invented/storm copy: the storm's wind speed between the toll and its verb",
        "The toll from a cyclone that made landfall with winds of 185 km/h has risen to at "
        "least 64, officials said.",
        [
            ("185 km/h", 185, E, MS, "kilometer / hour", {"source": "officials"}),
            ("at least 64", 64, LO, C, None, {"head": "deaths", "source": "officials"}),
        ],
    ),
    (
        "invented/AFP quake: the hyphenated magnitude before the quake",
        "The death toll from a 5.8-magnitude earthquake in Nepal's Jajarkot district rose to "
        "157 on Sunday.",
        [
            ("5.8-magnitude", 5.8, E, MS, "magnitude", {"head": "magnitude"}),
            ("157", 157, E, C, None, {"head": "deaths"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_science_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
_ALL = {"f1": 1.0, "bound": 1.0, "kind": 1.0, "head": 1.0, "low_high": 1.0, "part_of": 1.0}
FLOORS = {
    "112-herat-quake-toll-tents.txt": {**_ALL, "source": 0.88},
    "113-idlib-camps-heat-storm.txt": {**_ALL, "source": 0.791},
    "114-channel-dinghy-study.txt": {**_ALL, "source": 0.72},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_science_floors(name):
    assert_floors(name, FLOORS[name])
