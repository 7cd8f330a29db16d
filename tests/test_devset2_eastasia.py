"""DOCSTRING"""

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
        "invented/Korea Herald: 'again' after a count is a repeat, the noun is the subject",
        "Asylum claims in Hong Kong rose to 3,100 again last year, the Security Bureau said.",
        [("3,100", 3100, E, C, None, {"head": "claims", "source": "Security Bureau"})],
    ),
    (
        "invented/Yonhap: a group's count 'of the total' is part of the count before",
        "The coast guard intercepted 4,860 migrants off Jeju in the first half. Chinese "
        "nationals accounted for 3,120 of the total, followed by Vietnamese at 940, the "
        "agency said.",
        [
            ("4,860", 4860, E, C, None, {"head": "migrants"}),
            ("3,120", 3120, E, C, None, {"head": "migrants", "part_of": 0}),
            ("940", 940, E, C, None, {"head": "migrants", "part_of": 0}),
        ],
    ),
    (
        "invented/Taipei Times: 'Legislator' is a title before a name and its Chinese",
        "Democratic Progressive Party Legislator Chiu Chih-wei (邱志偉) said 45 fishermen had "
        "gone missing from Kaohsiung boats this year.",
        [("45", 45, E, C, None, {"head": "fishermen", "source": "Chiu Chih-wei"})],
    ),
    (
        "invented/NHK World: a group that 'made up' a bare count is of the count before",
        "The number of Nepali workers who left their farms rose to 2,410 in the first half."
        "\n\nNepalis made up 1,390, or 57.7 percent, followed by Cambodians at 520, the "
        "ministry said.",
        [
            ("2,410", 2410, E, C, None, {"head": "workers"}),
            ("1,390", 1390, E, C, None, {"head": "workers", "part_of": 0}),
            ("57.7 percent", 57.7, E, P, "%", {"head": "workers", "part_of": 0}),
            ("520", 520, E, C, None),
        ],
    ),
    (
        "invented/Korea Times: 'A study by X found' with 'that' left out is X's finding",
        "A study by the Korea Labor Institute released on Tuesday found E-9 workers had paid "
        "an average of 9.5 million won to brokers.",
        [("9.5 million won", 9.5e6, E, M, "KRW", {"source": "Korea Labor Institute"})],
    ),
    (
        "invented/Japan Times headline: a plural subject, then a present 'rise to'",
        "Overstaying Thai visitors rise to 12,400 on Jeju as visa waiver ends",
        [("12,400", 12400, E, C, None, {"head": "visitors"})],
    ),
    (
        "invented/Taipei Times headline: a subject with its place, then 'climb to'",
        "Deportations from Taiwan climb to 18,200 as NIA steps up searches",
        [("18,200", 18200, E, C, None, {"head": "deportations"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_eastasia_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "151-kyodo-missing-trainees-skilled-workers.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.0,
        "low_high": 1.0,
        "part_of": 0.0,
        "source": 0.0,
    },
    "152-yonhap-undocumented-e9-quota.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.0,
        "low_high": 1.0,
        "part_of": 0.0,
        "source": 0.0,
    },
    "153-focus-taiwan-missing-migrant-workers.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.0,
        "low_high": 1.0,
        "part_of": 0.0,
        "source": 0.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_eastasia_floors(name):
    assert_floors(name, FLOORS[name])
