"""DOCSTRING PLACEHOLDER"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, MS = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# (id saying where the style came from, invented sentence, expected rows)
CASES = [
    # --- a headline's verb of arrival after a count of people ----------------------------
    (
        "invented/wire headline (Reuters/AFP on Aceh landings): 'Boat carrying 93 Rohingya "
        "lands in ...'",
        "Boat carrying 93 Rohingya lands in North Aceh after weeks adrift",
        [("93", 93, E, C, None, {"head": "rohingya"})],
    ),
    (
        "invented/wire headline: 'Second boat with 51 Rohingya reaches Sabang'",
        "Second boat with 51 Rohingya reaches Sabang",
        [("51", 51, E, C, None, {"head": "rohingya"})],
    ),
    (
        "invented/guard: 'voluntary returns in 2024' keep their noun",
        "UNHCR recorded 4,200 voluntary returns in 2024.",
        [("4,200", 4200, E, C, None, {"head": "returns"})],
    ),
    # --- "X, which hosts N ..., has said": the relative clause is the reporter's ----------
    (
        "invented/wire (AFP on Bangladesh's stance): 'Bangladesh, which hosts some 1.1 "
        "million Rohingya, has said ...'",
        "Bangladesh, which hosts about 1.1 million Rohingya, has said it cannot take in "
        "any more refugees.",
        [("about 1.1 million", 1100000, AP, C, None, {"source": None})],
    ),
    (
        "invented/guard: 'UNHCR, which has ..., has said 3,000 ...' keeps the figure after "
        "the verb",
        "Malaysia, which is not a party to the convention, has said 3,000 Rohingya are held "
        "in its depots.",
        [("3,000", 3000, E, C, None, {"source": "Malaysia"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_rohingya_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "235-daily-star-ukhiya-camp5-fire.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.95,
        "source": 1.0,
    },
    "237-wire-aceh-landing-malaysia-interception.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.95,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_rohingya_floors(name):
    assert_floors(name, FLOORS[name])
