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
    # --- fact-check headlines and explainers: the claim, the body's data -----------------
    (
        "invented/fact-check headline (Full Fact-style): a quoted claim is a noun",
        'Mayor\'s "12,000 new homes" claim leaves out demolitions\n\nThe council built '
        "7,400 homes in the period.",
        [
            ("12,000", 12000, E, C, None, {"head": "homes", "source": None}),
            ("7,400", 7400, E, C, None, {"source": None}),
        ],
    ),
    (
        "invented/explainer (Q&A): a body's own data, then 'It shows'",
        "Frontex counts attempts, not people. Eurostat's own data is narrower. It shows "
        "96,300 return orders enforced in 2025.",
        [("96,300", 96300, E, C, None, {"head": "orders", "source": "Eurostat"})],
    ),
    (
        "invented/explainer: a university's centre by its acronym keeps no owner",
        "The figures were compiled by Columbia University's Center for Labor Mobility (CLM). "
        "A CLM analysis found 58% of the workers had no written contract.",
        [
            (
                "58%",
                58,
                E,
                P,
                "%",
                {"head": "workers", "source": "Center for Labor Mobility"},
            )
        ],
    ),
    # --- heads: a balance of migration, a pace, a corrected number, a bare rate -----------
    (
        "invented/op-ed (Irish Times-style): net migration of N counts people",
        "Over the year emigration rose to 69,900, leaving net migration of 79,300.",
        [
            ("69,900", 69900, E, C, None, {"head": "people"}),
            ("79,300", 79300, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/explainer: 'at the present pace of N a day' counts what the target counts",
        "The ministry wants 300,000 deportations a year. At the present pace of about 550 a "
        "day, it will fall short.",
        [
            ("300,000", 300000, E, C, None, {"head": "deportations"}),
            ("about 550", 550, AP, C, None, {"head": "deportations"}),
        ],
    ),
    (
        "invented/correction note: 'gave the number of X as N. The correct figure was M'",
        "The ministry's first statement gave the number of detained migrants as 1,212. The "
        "correct figure was 1,221.",
        [
            ("1,212", 1212, E, C, None, {"head": "migrants"}),
            ("1,221", 1221, E, C, None, {"head": "migrants"}),
        ],
    ),
    (
        "invented/explainer (AP-style): a bare rate after a share of a group",
        "Nearly 60% of the workers surveyed had no contract, the union found. Its organiser, "
        "Paul Nkemelu, said about one in three had not been paid at all.",
        [
            ("Nearly 60%", 60, UP, P, "%", {"head": "workers"}),
            ("about one in three", 100 / 3, AP, P, "%", {"head": "workers"}),
        ],
    ),
    # --- sources: a party's release, a person's number, a clause's opening word -----------
    (
        "invented/fact-check (Full Fact-style): a party's press release on a date, which said",
        "The number first appeared in a Reform UK press release on 4 March, which said 60,000 "
        "migrants had crossed.",
        [("60,000", 60000, E, C, None, {"head": "migrants", "source": "Reform UK"})],
    ),
    (
        "invented/op-ed: a titled person's possessive before the number",
        "Lena Brandt, the party's leader, spoke on Monday. Add those up and you get close to "
        "Ms Brandt's 250,000.",
        [("250,000", 250000, E, C, None, {"source": "Lena Brandt"})],
    ),
    (
        "invented/op-ed: 'When Ms X says N' is no first name 'When'",
        "Last week the Sinn Féin TD Aoife Nolan said 30,000 homes were needed.\n\nWhen Ms "
        "Nolan says 30,000, she means social homes. When prices rise, she says, 4,000 more are "
        "needed.",
        [
            ("30,000", 30000, E, C, None, {"head": "homes", "source": "Aoife Nolan"}),
            ("30,000", 30000, E, C, None, {"source": "Aoife Nolan"}),
            ("4,000", 4000, E, C, None, {"source": "Aoife Nolan"}),
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
