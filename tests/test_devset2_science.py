"""Second dev set, batch ``ds2-science``: reports 112-114 (docstring completed below)."""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, MS = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

CASES = [
    # --- heads: a toll past the measure of the event that caused it -----------------------
    (
        "invented/AP quake: a magnitude between the toll and its verb",
        "The death toll from a magnitude 7.0 quake that shook the coast of Ecuador on Friday "
        "climbed to 212, the government said.",
        [
            ("magnitude 7.0", 7.0, E, MS, "magnitude", {"head": "magnitude"}),
            ("212", 212, E, C, None, {"head": "deaths", "source": "the government"}),
        ],
    ),
    (
        "invented/storm copy: the storm's wind speed between the toll and its verb",
        "The toll from a cyclone that made landfall with winds of 185 km/h has risen to at "
        "least 64, officials said.",
        [
            ("185 km/h", 185, E, MS, "kilometer / hour", {"source": "officials"}),
            ("at least 64", 64, LO, C, None, {"head": "deaths", "source": "officials"}),
        ],
    ),
    (
        "invented/AFP quake: the hyphenated magnitude before the quake",
        "The death toll from a 5.8-magnitude earthquake in Nepal's Jajarkot district rose to "
        "157 on Sunday.",
        [
            ("5.8-magnitude", 5.8, E, MS, "magnitude", {"head": "magnitude"}),
            ("157", 157, E, C, None, {"head": "deaths"}),
        ],
    ),
    # --- sources: researchers at a university ---------------------------------------------
    (
        "invented/Guardian science desk: a study by researchers at the University of X",
        "About 70% of the boats were overloaded, according to a study by researchers at the "
        "University of Exeter.",
        [("About 70%", 70, AP, P, "%", {"source": "researchers at the University of Exeter"})],
    ),
    (
        "invented/BBC science: a report published by scientists from a college",
        "The crossing takes about seven hours, according to a report published on Monday by "
        "scientists from Imperial College London.",
        [
            (
                "about seven hours",
                7,
                AP,
                D,
                "hour",
                {"source": "scientists from Imperial College London"},
            )
        ],
    ),
    (
        "invented/wire: sentence-initial researchers at a named university",
        "Researchers at Oxford University said 1,300 people had died on the route.",
        [("1,300", 1300, E, C, None, {"source": "Researchers at Oxford University"})],
    ),
    (
        "invented/wire: officials at the University of X keep their employer",
        "Officials at the University of Bath said 45 students had left the city.",
        [("45", 45, E, C, None, {"source": "Officials at the University of Bath"})],
    ),
    (
        "invented/science desk: 'The researchers found' after researchers at a university",
        "Researchers at the University of Bristol said 300 boats had been tracked since 2022. "
        "The researchers found that 45% of them had no working compass.",
        [
            ("300", 300, E, C, None, {"source": "Researchers at the University of Bristol"}),
            ("45%", 45, E, P, "%", {"source": "Researchers at the University of Bristol"}),
        ],
    ),
    (
        "invented/science desk: 'The scientists estimated' after a study by scientists from",
        "Crossings rose by 12%, according to a study by scientists from Imperial College "
        "London. The scientists estimated that 800 people had died.",
        [
            ("12%", 12, E, P, "%", {"source": "scientists from Imperial College London"}),
            ("800", 800, E, C, None, {"source": "scientists from Imperial College London"}),
        ],
    ),
    # --- batch 2: the style beyond the three reports (invented, written before the run) ----
    (
        "invented/Reuters quake: officials revised the death toll down to N from M",
        "Officials revised the death toll down to 2,053 from 2,445 after some victims were "
        "counted twice.",
        [
            ("2,053", 2053, E, C, None, {"head": "deaths"}),
            ("2,445", 2445, E, C, None, {"head": "deaths"}),
        ],
    ),
    (
        "invented/AFP quake: the ministry updated the toll to N",
        "The health ministry updated the toll to 97 on Tuesday.",
        [("97", 97, E, C, None, {"head": "deaths"})],
    ),
    (
        "invented/transport desk: a closing 'investigators found'",
        "The boat was carrying 3 tonnes more than it was built for, investigators found.",
        [("3 tonnes", 3, E, MS, "metric_ton", {"source": "investigators"})],
    ),
    (
        "invented/wire: a closing 'auditors found'",
        "The camp had received 410 tents fewer than it paid for, auditors found.",
        [("410", 410, E, C, None, {"head": "tents", "source": "auditors"})],
    ),
    (
        "invented/storm copy: a toll's own verb after rainfall in millimetres",
        "The storm dumped 300 mm of rain and the toll rose to 38.",
        [
            ("300 mm", 300, E, MS, "millimeter"),
            ("38", 38, E, C, None, {"head": "deaths"}),
        ],
    ),
    (
        "invented/transport desk: a boat's length, then what it was built to carry",
        "The dinghy, 9 metres long and built to carry 25, had 70 people on board.",
        [
            ("9 metres", 9, E, MS, "meter"),
            ("25", 25, E, C, None),
            ("70", 70, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/AP storm: winds and rain in the toll's relative clause",
        "The death toll from the storm, which brought winds of up to 200 km/h and 400 mm of "
        "rain, rose to 61.",
        [
            ("up to 200 km/h", 200, UP, MS, "kilometer / hour"),
            ("400 mm", 400, E, MS, "millimeter"),
            ("61", 61, E, C, None, {"head": "deaths"}),
        ],
    ),
    (
        "guard/wire: a gapped list keeps its unit ('the EU is at 134' has only a copula)",
        "Prices rose 4.1% in Spain, 3.8 in Italy and 2.9 in France.",
        [
            ("4.1%", 4.1, E, P, "%"),
            ("3.8", 3.8, E, P, "%"),
            ("2.9", 2.9, E, P, "%"),
        ],
    ),
    (
        "invented/UK feature: a shelter's second side after 'by' keeps the first's unit",
        "Each shelter, 3 metres by 4, sleeps a family of six.",
        [
            ("3 metres", 3, E, MS, "meter"),
            ("4", 4, E, MS, "meter"),
            ("six", 6, E, C, None),
        ],
    ),
    (
        "guard/flood copy: 'by' and a clock time after a measure",
        "The water rose 2 metres by 9 pm.",
        [("2 metres", 2, E, MS, "meter")],
    ),
    (
        "invented/AP quake: the group set off before 'N of them'",
        "The aftershocks, more than 300 of them, have kept 15,000 people sleeping outdoors.",
        [
            ("more than 300", 300, LO, C, None, {"head": "aftershocks"}),
            ("15,000", 15000, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/wire: the protesters, some N of them",
        "The protesters, some 2,000 of them, marched to the border crossing.",
        [("some 2,000", 2000, AP, C, None, {"head": "protesters"})],
    ),
    (
        "guard/wire: 'of them' with a count before it stays a part",
        "Of the 500 arrivals, 300 of them were Syrians.",
        [
            ("500", 500, E, C, None, {"head": "arrivals"}),
            ("300", 300, E, C, None, {"part_of": 0}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_science_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
_ALL = {"f1": 1.0, "bound": 1.0, "kind": 1.0, "head": 1.0, "low_high": 1.0, "part_of": 1.0}
FLOORS = {
    "112-herat-quake-toll-tents.txt": {**_ALL, "source": 0.88},
    "113-idlib-camps-heat-storm.txt": {**_ALL, "source": 0.791},
    "114-channel-dinghy-study.txt": {**_ALL, "source": 0.72},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_science_floors(name):
    assert_floors(name, FLOORS[name])
