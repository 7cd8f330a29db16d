"""DOCSTRING"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP = "exact", "lower", "upper", "approximate"

# Invented sentences (other names, places and numbers than the reports') with the
# constructions that failed in the three reports, each written before its rule and seen to
# fail on the blind commit's code.
CASES = [
    (
        "invented/Kenyan daily on camp markets: a small shilling price after 'sells for' and "
        "'up from'",
        "In Kakuma, Kenya, a bar of soap now sells for Sh40, up from Sh25 last year, traders said.",
        [
            ("Sh40", 40, E, M, "KES", {"source": "traders"}),
            ("Sh25", 25, E, M, "KES", {"source": "traders"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_wash_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


_ALL = ("f1", "bound", "kind", "head", "low_high", "part_of", "source")

# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "301-unicef-sitrep-tawila-wash.txt": dict.fromkeys(_ALL, 0.0),
    "302-wire-coxs-bazar-water-cholera.txt": dict.fromkeys(_ALL, 0.0),
    "303-daily-nrc-dadaab-water.txt": dict.fromkeys(_ALL, 0.0),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_wash_floors(name):
    assert_floors(name, FLOORS[name])
