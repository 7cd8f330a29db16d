"""Second dev set, batch ``ds2-wires``: DOCSTRING PLACEHOLDER"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

CASES = [
    # --- a key-facts box's bracketed credit with its date; a list label's credit ----------
    (
        "invented/key-facts box (wire factbox): a bracketed credit with its period",
        "AT A GLANCE\n- New arrivals in Uganda: 2,450 (UNHCR, week to 14 March)\n"
        "- Settlements: 13\n",
        [
            ("2,450", 2450, E, C, None, {"source": "UNHCR"}),
            ("13", 13, E, C, None, {"source": None}),
        ],
    ),
    (
        "invented/key-facts box: a bracketed acronym credit by the name the text spells out",
        "KEY FACTS\n- Arrivals at Renk: 940 (IOM, week to 8 June)\n\nThe International "
        "Organization for Migration runs the transit centre with the government.",
        [("940", 940, E, C, None, {"source": "International Organization for Migration"})],
    ),
    (
        "invented/situation report (NDMA-style): a colon list labelled with its credit",
        "The International Organization for Migration (IOM) counts returns at the border "
        "daily.\n\nReturns by crossing point (IOM): Torkham: 3,120; Chaman: 1,870; Spin "
        "Boldak 960.\n",
        [
            ("3,120", 3120, E, C, None, {"source": "International Organization for Migration"}),
            ("1,870", 1870, E, C, None, {"source": "International Organization for Migration"}),
            ("960", 960, E, C, None, {"source": "International Organization for Migration"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_wires_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down to 0.05): a
# regression fails, an improvement may raise them.
FLOORS = {
    "91-dover-crossings-live.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.75,
    },
    "92-adre-transit-key-facts.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.95,
        "source": 0.95,
    },
    "93-pakistan-floods-province-list.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.95,
        "source": 0.75,
    },
    "94-migration-wire-roundup.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.9,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_wires_floors(name):
    assert_floors(name, FLOORS[name])
