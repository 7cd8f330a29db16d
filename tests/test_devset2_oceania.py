"""Second dev set, batch ``ds2-oceania``: reports 133-135 of ``tests/fixtures/devset2``, the
Australian, New Zealand and Pacific English-language press on migration and displacement:
Australian dollars written "$", "A$" and "$260m", New Zealand dollars written "NZ$85" and
"$35", Fijian dollars written "$" in Suva copy, Senate estimates exchanges, a department's
figures "as at 30 June", financial years ("2025-26"), ballot places, a rate "nine in 10",
fractions ("more than two-thirds", "a fifth"), sea-level rise in millimetres and
centimetres, cyclone gusts in km/h and cyclone categories that are no figures ("Category
4"), bodies named for their country ("Horticulture New Zealand") and Fijian chiefly titles
("Ratu"). Before writing them, real copy of these kinds was read through the stored-pages
search (none is kept here): Guardian Australia's story on the cost per refugee held on
Nauru, Senate estimates transcripts on the Nauru facility, a Sydney Morning Herald story on
the Nauru centre's budget line, a Senate debate on the designation of Nauru, Immigration
New Zealand's and Pacific outlets' notices of the Pacific Access Category and Samoan Quota
ballots (places by country, registration fees in NZ$) and a Scoop release on a ballot's
registrations. Every sentence, name and number is invented; places and organisations are
real:

- 133-nauru-estimates-turnbacks.txt: an ABC/Guardian Australia-style story, 2026-10-29, on
  the Department of Home Affairs' figures tabled at Senate estimates (people held on Nauru
  as at 30 June, the cost in A$ and "$", a rise of 5.7 per cent), boat turnbacks under
  Operation Sovereign Borders, an exchange between a Greens senator, the operation's
  commander and a deputy secretary, an advocacy group's "a fifth" and the opposition's
  claim.
- 134-pacific-access-ballot-rse.txt: an RNZ/Stuff-style story, 2026-07-03, on the Pacific
  Access Category ballot's registrations and places by country, the Samoan Quota's "fewer
  than one in 20", fees in NZ$, a minister's "nine in 10" claim, an Infometrics economist's
  estimate of RSE earnings, the RSE cap and Horticulture New Zealand's wage and worker
  figures, a worker's deductions and a flight number.
- 135-fiji-relocations-falepili.txt: a Fiji Times/PINA-like story, 2026-03-12, on six more
  villages to be relocated (cost in Fijian "$" with an A$ share), sea-level rise in
  millimetres and centimetres (the Pacific Community), a Roko Tui's count of villages, an
  elder's "nearly half", a Category 4 cyclone's gusts in km/h, the national budget's
  relocation line, and Tuvalu's Falepili Union registrations and A$ adaptation funding.

Gold first: the reports and their gold were committed (c3ac65a) before the extractor was
run on them. Blind score (``PYTHONPATH=$PWD python -m analysis.evaluate
/tmp/oceania-blind --misses``, the batch alone, at main a473534):

BLIND_OUTPUT

Gold corrected after the blind run, for a slip against the schema's "fullest name that
occurs in the text" (as the set's earlier gold gives "Iraq's Ministry of Migration and
Displacement"): 135's four figures of "Tuvalu's Ministry of Foreign Affairs" had the name
without the country's possessive.

AFTER_OUTPUT
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, ME = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# before the fix that makes it pass, and checked to fail before it).
CASES = [
    (
        "invented/Fiji Times: a bare '$' in Suva copy is the Fijian dollar",
        "LABASA - Villagers in Vanua Levu will share $4.2 million for new homes on higher "
        "ground, the Fijian Government said.",
        [("$4.2 million", 4.2e6, E, M, "FJD")],
    ),
    (
        "invented/RNZ: a body named for its country is no person",
        "Arrivals rose, with Immigration New Zealand saying it approved 9,400 visas. Tourism "
        "New Zealand said operators still wanted 500 more staff.",
        [
            ("9,400", 9400, E, C, None, {"source": "Immigration New Zealand"}),
            ("500", 500, E, C, None, {"source": "Tourism New Zealand"}),
        ],
    ),
    (
        "invented/Guardian Australia: a body's figures tabled at estimates are the body's",
        "Detention on Christmas Island cost $93 million last year, according to Australian "
        "Border Force figures tabled at Senate estimates on Monday. The agency said 40 people "
        "were held there.",
        [
            ("$93 million", 93e6, E, M, "AUD", {"source": "Australian Border Force"}),
            ("40", 40, E, C, None, {"source": "Australian Border Force"}),
        ],
    ),
    (
        "invented/ABC: a rank inside the apposition after a named operation",
        "The head of Operation Resolute, Rear Admiral Paul Dwyer, said 118 people had been "
        "intercepted near Ashmore Reef.",
        [("118", 118, E, C, None, {"source": "Paul Dwyer"})],
    ),
    (
        "invented/Fiji Times: Ratu is a chiefly title, no part of the name",
        "In Ba, the Roko Tui Ba, Ratu Peni Nailatikau, said 11 villages had asked to move.",
        [("11", 11, E, C, None, {"head": "villages", "source": "Peni Nailatikau"})],
    ),
    (
        "invented/Pacific outlet: a long speaker in a which-clause speaks for that clause",
        "The state budget set aside $15 million for housing, which Refugee Council of "
        "Australia policy director Ann Moore said was less than 1 per cent of what was needed.",
        [
            ("$15 million", 15e6, E, M, "AUD", {"source": None}),
            ("less than 1 per cent", 1, UP, P, "%", {"source": "Ann Moore"}),
        ],
    ),
    (
        "invented/RNZ: 'of them' after an amount is people, no share of the amount",
        "Seasonal workers sent home about NZ$900m last year, with 70 per cent of them coming "
        "from Vanuatu.",
        [
            ("about NZ$900m", 900e6, AP, M, "NZD"),
            ("70 per cent", 70, E, P, "%", {"part_of": None}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_oceania_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "133-nauru-estimates-turnbacks.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.9,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.5,
    },
    "134-pacific-access-ballot-rse.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.9,
        "low_high": 1.0,
        "part_of": 0.9,
        "source": 0.9,
    },
    "135-fiji-relocations-falepili.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.9,
        "source": 0.7,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_oceania_floors(name):
    assert_floors(name, FLOORS[name])
