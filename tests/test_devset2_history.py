"""DOCSTRING PLACEHOLDER"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, ME = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# and run on the blind commit's package, where each failed, before its rule).
CASES = [
    (
        "invented/anniversary feature: 'according to UNHCR, which has estimated that' "
        "after a sentence opened by a span of years",
        "Between 1992 and 1995, some 2.2 million Bosnians were driven from their homes, "
        "according to UNHCR, which has estimated that 1.2 million sought refuge abroad.",
        [
            ("some 2.2 million", 2.2e6, AP, C, None, {"source": "UNHCR"}),
            ("1.2 million", 1.2e6, E, C, None, {"source": "UNHCR"}),
        ],
    ),
    (
        "invented/history feature: the antecedent of ', which said' is the name in an "
        "apposition, not the whole apposition",
        "The figures came from the International Committee of the Red Cross, the ICRC, which "
        "said 5,000 families were still searching for relatives, and from the Bosnian "
        "Missing Persons Institute, a state body, which said 7,600 people were missing.",
        [
            ("5,000", 5000, E, C, None, {"source": "International Committee of the Red Cross"}),
            ("7,600", 7600, E, C, None, {"source": "Bosnian Missing Persons Institute"}),
        ],
    ),
    (
        "invented/anniversary feature: a speaker set off by a body's possessive role "
        "('X, UNHCR's head of archives, said') with another person named in the text",
        'Among the guests was Pavel Novak, who reached Vienna in 1968. "We counted 2,000 '
        "arrivals a week then,\" Ruth Mendes-Lowe, UNHCR's head of archives, said.",
        [("2,000", 2000, E, C, None, {"source": "Ruth Mendes-Lowe"})],
    ),
    (
        "invented/anniversary feature: the audience a speaker 'told' is counted by the "
        "reporter, what the speaker told her listeners is hers",
        "Ruth Mendes-Lowe told a commemoration attended by about 400 survivors that 9,000 "
        "names had been added to the archive.",
        [
            ("about 400", 400, AP, C, None, {"source": None}),
            ("9,000", 9000, E, C, None, {"source": "Ruth Mendes-Lowe"}),
        ],
    ),
    (
        "invented/survivor's quote: 'My sister was 12.' is her age, not a count",
        '"My sister was 12. We lost her at the border with 40 others," he said.',
        [("40", 40, E, C, None)],
    ),
    (
        "invented/survivor's story: 'her father was 31' is an age",
        "Her father was 31, and the family had spent 18 months in a camp near Trieste.",
        [("18 months", 18, E, D, "month")],
    ),
    (
        "invented/anniversary headline: 'The NHS at 75:' is the age of a body",
        "The NHS at 75: nurses recruited abroad now fill 20,000 posts.",
        [("20,000", 20000, E, C, None)],
    ),
    (
        "invented/title-case tally headline: 'Death Toll at 75:' stays a count",
        "Death Toll at 75: Rescuers Search for 20 Missing",
        [("75", 75, E, C, None), ("20", 20, E, C, None)],
    ),
    (
        "invented/tally headline: 'Death toll at 75:' stays a count",
        "Death toll at 75: rescuers search for 20 missing.",
        [("75", 75, E, C, None), ("20", 20, E, C, None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_history_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "277-afp-refugee-convention-75th-anniversary.txt": {
        "f1": 0.973,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.947,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.947,
    },
    "278-hindustantimes-partition-survivors-archive.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.944,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.722,
    },
    "279-sbs-boat-people-darwin-50-years.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_history_floors(name):
    assert_floors(name, FLOORS[name])
