"""Second dev set, batch ``ds2-factcheck``: reports 83-86 of ``tests/fixtures/devset2``.

DOCSTRING-PLACEHOLDER
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# Batch 1: the constructions that failed in the four reports, each in other words (written
# by hand before the rules that pass them).
CASES = [
    # --- transcripts: a presenter named with her role, a guest's short first line ---------
    (
        "invented/radio transcript (ABC RN-style): a presenter labelled with her role",
        "JANE ROWE (HOST): The Home Affairs Minister, Tom Keller, is with me. Minister, "
        "welcome.\n\nTOM KELLER: Thanks, Jane.\n\nROWE: You promised 45,000 arrivals. The "
        "figure was 61,000.\n\nKELLER: We have cut visa grants by 18,000 since then, and "
        "that is real progress.",
        [
            ("45,000", 45000, E, C, None, {"head": "arrivals", "source": None}),
            ("61,000", 61000, E, C, None, {"source": None}),
            ("18,000", 18000, E, C, None, {"head": "grants", "source": "Tom Keller"}),
        ],
    ),
    (
        "invented/TV interview transcript: 'PRESENTER' after the name, the guest's own modelling",
        "ANNA BERG (PRESENTER): Welcome back. With me is the shadow minister, Luke Dwyer.\n\n"
        "LUKE DWYER: Good evening.\n\nBERG: The Home Office says 12,400 visas were cancelled."
        "\n\nDWYER: Our own modelling puts the cost at about $2 billion, and that is before "
        "appeals.",
        [
            ("12,400", 12400, E, C, None, {"head": "visas", "source": "Home Office"}),
            ("about $2 billion", 2e9, AP, M, "USD", {"source": "Luke Dwyer"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_factcheck_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "83-fullfact-removals-claim.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.8,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.9,
    },
    "84-us-deportations-explainer.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.8,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.7,
    },
    "85-oped-unchecked-number.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.8,
        "low_high": 1.0,
        "part_of": 0.9,
        "source": 0.8,
    },
    "86-rn-breakfast-migration-interview.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.9,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.9,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_factcheck_floors(name):
    assert_floors(name, FLOORS[name])
