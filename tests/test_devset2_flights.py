"""DOCSTRING PLACEHOLDER"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, MS = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# before the fix that makes it pass, and checked to fail before it), and guards that pass
# before and after.
CASES = [
    # --- aviation copy's numbered things: a runway, an aircraft's variant ----------------
    (
        "invented/flight tracker: a runway's number is its name, not a count",
        "The charter touched down on runway 24 at Tegucigalpa with 112 Hondurans aboard.",
        [("112", 112, E, C, None)],
    ),
    (
        "invented/UK wire: 'runways 09 and 27' list two runways",
        "Fog closed runways 09 and 27 at Stansted, and 63 deportees waited on the tarmac.",
        [("63", 63, E, C, None)],
    ),
    (
        "invented/AP: a Boeing's variant after its model number, 'Boeing 767-300'",
        "The Boeing 767-300 carried 141 Guatemalans and a crew of nine.",
        [("141", 141, E, C, None), ("nine", 9, E, C, None)],
    ),
    (
        "invented/guard: an Airbus A330-200 stays a model, as before",
        "An Airbus A330-200 flew 58 people to Kingston.",
        [("58", 58, E, C, None)],
    ),
    # --- a source's data 'released under freedom of information' -------------------------
    (
        "invented/Guardian: 'X figures released under freedom of information' name X",
        "A charter to Tirana costs £95,000, according to Home Office figures released under "
        "freedom of information rules.",
        [("£95,000", 95000, E, M, "GBP", {"source": "Home Office"})],
    ),
    (
        "invented/BORDER/LINES: 'X data obtained through a records request' name X",
        "Each flight to Port-au-Prince carried 88 people on average, according to ICE data "
        "obtained through a public records request.",
        [("88", 88, E, C, None, {"source": "ICE"})],
    ),
    # --- a lawsuit's kin: a complaint filed by a body -------------------------------------
    (
        "invented/wire: 'according to a complaint filed by X on behalf of ...' names X",
        "Detainees were kept in leg irons for up to 14 hours, according to a complaint filed "
        "by the National Immigrant Justice Center on behalf of detainees.",
        [("up to 14 hours", 14, UP, D, "hour", {"source": "National Immigrant Justice Center"})],
    ),
    (
        "invented/guard: a complaint with no filer named leaves the sentence's speaker",
        "Officials said 30 people had filed a complaint about the flight.",
        [("30", 30, E, C, None, {"source": "officials"})],
    ),
    # --- an audit office finds, 'that' left out ------------------------------------------
    (
        "invented/Politico: 'The Government Accountability Office found the agency had paid'",
        "The Government Accountability Office found the agency had paid $2.1 million for "
        "empty seats.",
        [("$2.1 million", 2.1e6, E, M, "USD", {"source": "Government Accountability Office"})],
    ),
    (
        "invented/guard: officers who found people in a lorry report nothing",
        "Border Force officers found 14 migrants in a lorry at Dover.",
        [("14", 14, E, C, None, {"source": None})],
    ),
    (
        "invented/Guardian: 'the National Audit Office (NAO) found' with its acronym",
        "The National Audit Office (NAO) found the Rwanda scheme had cost £700 million.",
        [("£700 million", 7e8, E, M, "GBP", {"source": "National Audit Office"})],
    ),
    # --- a deportee's age and home town before ', who said' -----------------------------
    (
        "invented/PTI: 'said NAME, AGE, from TOWN, who said' is the person, not the town",
        '"They chained us," said Jaswinder Kaur, 41, from Fatehgarh Sahib, who said her '
        "husband had paid an agent $40,000.",
        [("$40,000", 40000, E, M, "USD", {"source": "Jaswinder Kaur"})],
    ),
    (
        "invented/guard: a body's name with 'of' before ', which said' stays whole",
        "The figures came from the Office of the High Commissioner, which said 1,200 people "
        "had been flown out.",
        [("1,200", 1200, E, C, None, {"source": "Office of the High Commissioner"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_flights_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "220-tracker-ice-air-october-record.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.8,
    },
    "221-uk-jamaica-charter-reprieves.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 0.95,
        "source": 0.8,
    },
    "222-wire-c17-amritsar-costs.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.8,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.8,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_flights_floors(name):
    assert_floors(name, FLOORS[name])
