"""Second dev set, batch ds2-southasia: reports 15-18 of ``tests/fixtures/devset2``.

Style imitated: South Asian dailies and wires on migration, deportation and displacement.
Before writing, real copy of this kind was read through the stored-pages search (none of
it is kept here): The News and Frontier Post on Afghan deportations through Torkham and
the Landi Kotal holding camp, retaining-centre copy from Peshawar agencies, Bakhtar, Tolo
News (as syndicated), Afghanistan International and Daryo on returns from Iran through
Islam Qala and Milak, Observer/bdnews24 copy on Bhasan Char relocation batches, Firstpost
and agency copy on flood camps in Kerala and Bihar, and Indian and Bengali outlets on
Bengali-speaking migrant workers detained in Odisha and pushed into Bangladesh. The four
reports are invented (people, quotes and numbers); places and organisations are real:

- 15-acc-deadline-islamabad.txt: a Pakistani daily (Dawn-like), 2025-04-19, on the Afghan
  Citizen Card deadline, holding centres, transport fares in Rs and the HRCP's allegation.
- 16-islam-qala-surge.txt: an Afghan outlet (Amu-like), 2025-07-06, on a day of mass
  returns from Iran at Islam Qala; afghanis, dollars and a returnee known by one name.
- 17-bhasan-char-relocation.txt: a Bangladeshi daily (Daily Star-like), 2026-02-08, on a
  relocation batch to Bhasan Char, lakh counts, Tk crore and the Joint Response Plan.
- 18-bengal-workers-odisha.txt: an Indian daily (Indian Express-like), 2025-07-21, on
  Bengal migrant workers returning from detentions in Odisha; Rs, lakh, crore, a wage range.

The reports and their gold were committed (cfb5a57) before the extractor was first run
on them. The BLIND score (``python -m analysis.evaluate tests/fixtures/devset2 --misses``
on that commit, only this batch in the folder)::

    report                         gold  pred match      P      R     F1  date
    15-acc-deadline-islamabad.txt    22    22    22  1.000  1.000  1.000  ok
    16-islam-qala-surge.txt          17    17    17  1.000  1.000  1.000  ok
    17-bhasan-char-relocation.txt    22    22    22  1.000  1.000  1.000  ok
    18-bengal-workers-odisha.txt     20    20    20  1.000  1.000  1.000  ok
    TOTAL                            81    81    81  1.000  1.000  1.000  1.000

    field accuracy over 81 matched figures:
      bound                         1.000  (81/81)
      kind                          1.000  (81/81)
      head                          0.938  (76/81)
      low_high                      1.000  (81/81)
      part_of                       0.951  (77/81)
      source                        0.864  (70/81)
      source (lenient: surname ok)  0.864  (70/81)
      counted                       0.889  (72/81)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      15 '38', '11', '48 hours': source 'A senior official at the interior ministry' -> nan
      15 '40pc': counted 'fares' -> nan
      16 '1,305': part_of 'More than 30,000' -> nan
      16 '214': head 'children' -> 'returnees'; part_of '1,305' -> nan
      16 '$900': source 'Zabihullah' -> 'Mohammad Yousuf Hamdard'
      16 '38 percent': head 'afghans' -> 'people'
      17 '497': part_of 'Some 1,140' -> nan
      17 '2,000': head 'rohingyas' -> 'people'
      17 'about 12.4 lakh', '54 percent': head 'population' -> 'arrivals'
      18 '412': part_of 'More than 600' -> nan
      18 '81': counted 'workers' -> 'workers held in Jagatsinghpur'
      18 '1,846', '14', '37': source 'A senior officer in Bhubaneswar' -> 'A senior officer'
      18 'Rs 5,000' (the body's): source nan -> 'The West Bengal government'
      18 '11', 'six days', 'Rs 8,000': source 'Rafiqul Sheikh' -> 'Domkal'
      18 'six': counted 'people from Birbhum' -> 'people'

Open conventions, left as they are (gold unchanged): the government that "has announced a
one-time assistance of Rs 5,000" (an announced decision, not a reported fact: gold null,
the extractor names the government); "Another 2,000 will be shifted" (the elided noun is
the Rohingyas of the batch two sentences up; the extractor restores "people").

The table below holds invented sentences with the constructions that failed (expected
values written by hand before the run; rows as in ``tests/test_unseen_styles.py``:
``(text, value or (low, high), bound, kind, unit[, fields])``, ``part_of`` the index of
the whole among the expected rows).
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

CASES = [
    # A speaker named with an age and a home town ("Name, 26, of Town said"): the town
    # was taken for the speaker.
    (
        "invented/Indian daily: Name, age, of Town said",
        "Shafiqul Mondal, 31, of Raninagar said he had been held for four days at a police "
        "station in Surat.",
        [("four days", 4, E, D, "day", {"source": "Shafiqul Mondal"})],
    ),
    (
        "invented/Indian daily: Name of Town said",
        "Meena Kumari of Kishanganj said four of her relatives were still missing.",
        [("four", 4, E, C, None, {"source": "Meena Kumari"})],
    ),
    # A speaker whose anonymity is asked between subject and verb.
    (
        "invented/Pakistani daily: X, requesting anonymity, said",
        "A district official, requesting anonymity, said 27 shelters had been set up in the town.",
        [("27", 27, E, C, None, {"source": "A district official"})],
    ),
    (
        "invented/Pakistani daily: X, speaking on condition of anonymity, said",
        "A senior police officer, speaking on condition of anonymity, said 640 people had been "
        "detained overnight.",
        [("640", 640, E, C, None, {"source": "A senior police officer"})],
    ),
    (
        "invented/Pakistani daily: an official at a ministry, requesting anonymity, said",
        "A senior official at the health ministry, requesting anonymity, said 19 clinics were "
        "now operating in the district.",
        [("19", 19, E, C, None, {"source": "A senior official at the health ministry"})],
    ),
    (
        "invented/Pakistani daily: an official at a ministry, then he said a quote",
        "A senior official at the education ministry, requesting anonymity, said 52 schools "
        'had been shut. "Of the 52 schools, 17 are in Sindh," he said.',
        [
            ("52", 52, E, C, None, {"source": "A senior official at the education ministry"}),
            ("52", 52, E, C, None, {"source": "A senior official at the education ministry"}),
            (
                "17",
                17,
                E,
                C,
                None,
                {"source": "A senior official at the education ministry", "part_of": 1},
            ),
        ],
    ),
    (
        "invented/Afghan outlet: X, who asked not to be named, said",
        "Aid workers, who asked not to be named, said about 90 families were sleeping in the open.",
        [("about 90", 90, AP, C, None, {"source": "Aid workers"})],
    ),
    # A speaker with a place after the noun keeps it (the tables' convention).
    (
        "invented/Indian daily: a senior officer in a city said",
        "A senior officer in Lucknow said 1,230 people had been questioned since May.",
        [("1,230", 1230, E, C, None, {"source": "A senior officer in Lucknow"})],
    ),
    # A returnee known by one name, with his age, then "he said" in the next sentence.
    (
        "invented/Afghan outlet: a one-name speaker and his age",
        "The camp manager, Abdul Wahid Rahimi, said 300 tents had been pitched. Samiullah, 29, "
        'said he had waited two days at the crossing. "They took $400 from me," he said.',
        [
            ("300", 300, E, C, None, {"source": "Abdul Wahid Rahimi"}),
            ("two days", 2, E, D, "day", {"source": "Samiullah"}),
            ("$400", 400, E, M, "USD", {"source": "Samiullah"}),
        ],
    ),
    # "N of the <noun>" whose whole is the count of the sentence before.
    (
        "invented/Pakistani daily: N of the detainees, whole in the sentence before",
        "Police arrested 2,450 Afghan nationals in Karachi last month. Officials said 1,120 of "
        "the detainees had been deported.",
        [
            ("2,450", 2450, E, C, None, {"part_of": None}),
            ("1,120", 1120, E, C, None, {"part_of": 0, "head": "detainees"}),
        ],
    ),
    (
        "invented/Bangladeshi daily: N of the returnees, whole in the sentence before",
        "More than 8,000 people have returned to their villages in Sylhet. Relief officials "
        "said 2,300 of the returnees had found their homes destroyed.",
        [
            ("More than 8,000", 8000, LO, C, None, {"part_of": None}),
            ("2,300", 2300, E, C, None, {"part_of": 0, "head": "returnees"}),
        ],
    ),
    # "Out of the <noun>, N were <noun>".
    (
        "invented/Afghan outlet: Out of the N people, M were women",
        "Out of the 950 people rescued, 310 were women.",
        [
            ("950", 950, E, C, None, {"part_of": None}),
            ("310", 310, E, C, None, {"part_of": 0, "head": "women"}),
        ],
    ),
    (
        "invented/Afghan outlet: Out of the returnees, N were minors",
        "Nearly 4,000 migrants were returned from Turkey this month. Out of the returnees, 860 "
        "were minors.",
        [
            ("Nearly 4,000", 4000, UP, C, None, {"part_of": None}),
            ("860", 860, E, C, None, {"part_of": 0, "head": "minors"}),
        ],
    ),
    (
        "invented/guard: Of the returnees, N were <participle> keeps the returnees",
        "Of the returnees, 860 were deported from Iran.",
        [("860", 860, E, C, None, {"part_of": None, "head": "returnees"})],
    ),
    (
        "invented/guard: N of the detainees with no count before",
        "Officials said 1,120 of the detainees had been deported.",
        [("1,120", 1120, E, C, None, {"part_of": None, "head": "detainees"})],
    ),
    # "N of them <noun>" after a count: the share is of the count's noun.
    (
        "invented/Afghan outlet: N percent of them children",
        "Around 96,000 Afghans were deported from Pakistan in April, 45 percent of them children.",
        [
            ("Around 96,000", 96000, AP, C, None, {"head": "afghans"}),
            ("45 percent", 45, E, P, "%", {"part_of": 0, "head": "afghans"}),
        ],
    ),
    # "<noun> stands at N" after an opening "With the ...,": the subject is counted, not the
    # plural of the opening phrase.
    (
        "invented/Bangladeshi daily: the population stands at N",
        "With the latest arrivals, the camp population stands at nearly 84,000, of whom 56 "
        "percent are children.",
        [
            # (a population counts people: the convention of tests/test_unseen_styles.py)
            ("nearly 84,000", 84000, UP, C, None, {"head": "people"}),
            ("56 percent", 56, E, P, "%", {"part_of": 0, "head": "people"}),
        ],
    ),
    (
        "invented/Bangladeshi daily: the X population in Place and Place stands at N",
        "With the new arrivals, the Rohingya population in Ukhiya and Teknaf stands at about "
        "9.8 lakh, of whom 52 percent are children.",
        [
            ("about 9.8 lakh", 980000, AP, C, None, {"head": "people"}),
            ("52 percent", 52, E, P, "%", {"part_of": 0, "head": "people"}),
        ],
    ),
    # "The group, which includes N ...": the group is the count of the sentence before.
    (
        "invented/Bangladeshi daily: the group, which includes N",
        "About 600 Rohingyas boarded navy ships for the island on Monday. The group, which "
        "includes 230 women, is expected to arrive by evening.",
        [
            ("About 600", 600, AP, C, None, {"part_of": None}),
            ("230", 230, E, C, None, {"part_of": 0, "head": "women"}),
        ],
    ),
    (
        "invented/Afghan outlet: the flight included N",
        "A charter flight carrying 120 deportees landed in Kabul. The flight included 40 children.",
        [
            ("120", 120, E, C, None, {"part_of": None}),
            ("40", 40, E, C, None, {"part_of": 0, "head": "children"}),
        ],
    ),
    # An aside's list closed by the clause's verb: the count after the verb is no item.
    (
        "invented/Bangladeshi daily: the group, which includes N, left in M buses",
        "Some 860 Rohingyas left the camps on Sunday. The group, which includes 310 children, "
        "left the Kutupalong transit point in 14 buses.",
        [
            ("Some 860", 860, AP, C, None, {"part_of": None}),
            ("310", 310, E, C, None, {"part_of": 0}),
            ("14", 14, E, C, None, {"part_of": None, "head": "buses"}),
        ],
    ),
    (
        "invented/wire: X, including N, arrived in M boats",
        "About 600 people, including 40 children, arrived in 12 boats.",
        [
            ("About 600", 600, AP, C, None, {"part_of": None}),
            ("40", 40, E, C, None, {"part_of": 0}),
            ("12", 12, E, C, None, {"part_of": None, "head": "boats"}),
        ],
    ),
    (
        "invented/guard: including N in Place, M in Place stays a list",
        "Some 3,000 people were displaced, including 500 in Kabul, 300 in Herat.",
        [
            ("Some 3,000", 3000, AP, C, None, {"part_of": None}),
            ("500", 500, E, C, None, {"part_of": 0}),
            ("300", 300, E, C, None, {"part_of": 0}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_southasia_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# The scores of each report as they stand (rounded down), so a regression fails.
FLOORS = {
    "15-acc-deadline-islamabad.txt": {
        "f1": 1.0, "bound": 1.0, "kind": 1.0, "head": 1.0, "low_high": 1.0, "part_of": 1.0,
        "source": 1.0,
    },
    "16-islam-qala-surge.txt": {
        "f1": 1.0, "bound": 1.0, "kind": 1.0, "head": 0.882, "low_high": 1.0, "part_of": 0.882,
        "source": 1.0,
    },
    "17-bhasan-char-relocation.txt": {
        "f1": 1.0, "bound": 1.0, "kind": 1.0, "head": 0.863, "low_high": 1.0, "part_of": 0.954,
        "source": 1.0,
    },
    "18-bengal-workers-odisha.txt": {
        "f1": 1.0, "bound": 1.0, "kind": 1.0, "head": 1.0, "low_high": 1.0, "part_of": 0.95,
        "source": 0.95,
    },
}  # fmt: skip


def test_floor_15_acc_deadline_islamabad():
    assert_floors("15-acc-deadline-islamabad.txt", FLOORS["15-acc-deadline-islamabad.txt"])


def test_floor_16_islam_qala_surge():
    assert_floors("16-islam-qala-surge.txt", FLOORS["16-islam-qala-surge.txt"])


def test_floor_17_bhasan_char_relocation():
    assert_floors("17-bhasan-char-relocation.txt", FLOORS["17-bhasan-char-relocation.txt"])


def test_floor_18_bengal_workers_odisha():
    assert_floors("18-bengal-workers-odisha.txt", FLOORS["18-bengal-workers-odisha.txt"])
