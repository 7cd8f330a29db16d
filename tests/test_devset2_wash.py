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
    (
        "invented/Kenyan daily rewriting an NGO release: the lead's unnamed 'aid agency' is the "
        "body the next paragraph names, and so is a later 'the agency'",
        "Families in Kakuma camp are queueing for six hours for water, an international aid "
        "agency has warned.\n\nThe International Rescue Committee (IRC) said on Monday that 14 "
        "water points had closed. The camp hosts about 300,000 refugees, according to UNHCR."
        '\n\n"We cannot keep up," said Jane Atieno, IRC\'s field coordinator. Repairs will cost '
        "$90,000, the agency said.",
        [
            ("six hours", 6, E, D, "hour", {"source": "International Rescue Committee"}),
            ("14", 14, E, C, None, {"source": "International Rescue Committee"}),
            ("about 300,000", 300000, AP, C, None, {"source": "UNHCR"}),
            ("$90,000", 90000, E, M, "USD", {"source": "International Rescue Committee"}),
        ],
    ),
    (
        "invented/Kenyan daily: a county executive's portfolio and title before his name",
        "Turkana County Health Executive Joseph Lokol said 36 new latrines had been dug in Kakuma.",
        [("36", 36, E, C, None, {"head": "latrines", "source": "Joseph Lokol"})],
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
