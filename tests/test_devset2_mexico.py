"""Second dev set, batch ``ds2-mexico``: reports 205-207 of ``tests/fixtures/devset2``,
English-language copy from and about Mexico on migration (2023-2025).

DOCSTRING-PLACEHOLDER
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# Invented sentences (other names, places and numbers) with the constructions that failed in
# the three reports, each written and run before its rule.
CASES = [
    # --- a peso "$": Mexican papers' English copy writes the peso with the dollar sign ----
    (
        "invented/El Universal-like: '$X (US$Y)', the bare '$' before a US$ conversion",
        "The Nuevo Leon government said it had spent $12.3 million (US$610,000) on the "
        "Monterrey shelter since January, as deportations from the United States rose.",
        [
            ("$12.3 million", 12.3e6, E, M, "MXN"),
            ("US$610,000", 610000, E, M, "USD"),
        ],
    ),
    (
        "invented/Milenio-like: '$N pesos', then a bare '$' in the same sentence",
        "Each family in the Tapachula program receives $3,500 pesos a month, up from $2,800 "
        "last year, the city said.",
        [
            ("$3,500 pesos", 3500, E, M, "MXN"),
            ("$2,800", 2800, E, M, "MXN"),
        ],
    ),
    (
        "invented/guard: a wire's bare '$' in a Mexico story is the US dollar",
        "Migrants in Tijuana told Reuters they had paid smugglers $4,000 each to reach the "
        "U.S. border.",
        [("$4,000", 4000, E, M, "USD")],
    ),
    (
        "invented/guard: a Singapore daily's '$X (US$Y)' stays the Singapore dollar",
        "The Ministry of Manpower said employers paid $1.2 million (US$890,000) in fines in "
        "Singapore last year.",
        [("$1.2 million", 1.2e6, E, M, "SGD"), ("US$890,000", 890000, E, M, "USD")],
    ),
    # --- "with X putting its size at N": organisers' and officials' differing counts ---
    (
        "invented/AP-like: 'with organisers putting the number at N' names who counts",
        "Hundreds of migrants left Huixtla on foot on Monday, with organisers putting the "
        "number of walkers at about 2,500 while police said 1,100 had set out.",
        [
            ("about 2,500", 2500, AP, C, None, {"source": "organisers"}),
            ("1,100", 1100, E, C, None, {"source": "police"}),
        ],
    ),
    (
        "invented/guard: 'putting them at risk' and 'putting up' are no estimates",
        "The raids are putting 3,000 families at risk of eviction, and the city is putting up "
        "400 tents.",
        [
            ("3,000", 3000, E, C, None, {"source": None}),
            ("400", 400, E, C, None, {"source": None}),
        ],
    ),
    # --- "Of those, N were X, ... one of its M Y": a set the part belongs to, no item ---
    (
        "invented/Reuters-like: 'one of the agency's 21 shelters' after a part is no part",
        "The agency said it intercepted 48,300 migrants in July. Of those, 6,120 were "
        "children, who were sent to one of the agency's 21 shelters for minors.",
        [
            ("48,300", 48300, E, C, None),
            ("6,120", 6120, E, C, None, {"part_of": 0}),
            ("21", 21, E, C, None, {"part_of": None}),
        ],
    ),
    (
        "invented/guard: 'Of them, N were X and M were Y' keeps each item a part",
        "Police detained 2,400 migrants at the checkpoint. Of them, 900 were Hondurans, who "
        "had crossed at Tecun Uman, and 610 were Guatemalans.",
        [
            ("2,400", 2400, E, C, None),
            ("900", 900, E, C, None, {"part_of": 0}),
            ("610", 610, E, C, None, {"part_of": 0}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_mexico_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "205-mnd-comar-asylum-tapachula.txt": {
        "f1": 0.95,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.9,
        "low_high": 1.0,
        "part_of": 0.9,
        "source": 0.8,
    },
    "206-reuters-tapachula-caravan-inm.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.9,
        "low_high": 1.0,
        "part_of": 0.8,
        "source": 0.7,
    },
    "207-eluniversal-bc-shelters-deportees.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.9,
        "source": 0.6,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_mexico_floors(name):
    assert_floors(name, FLOORS[name])
