"""Round 22 of the second dev set (ds2-eastroute, 238-240): copy on the Eastern Route from
the Horn of Africa to Yemen and Saudi Arabia (2023-25) as wires, IOM pages and Ethiopian
papers write it: a boat capsizing off Obock (passengers, dead, missing, survivors, the
captain arrested, a fare in birr and dollars), IOM's Missing Migrants Project counts, DTM flow
monitoring of arrivals in Yemen (a month against the one before, shares of Ethiopians, women
and children, percent changes), a rights group's report on killings at the Saudi border, and
Ethiopian returnees flown home from Saudi Arabia (flights, returnees a week, costs in birr
and riyals). Officials and survivors are quoted by one name ("said Abdi, a 19-year-old
survivor", "said Dawit, 17,"). The not-figures are datelines ("Aug 14", "Nov 7"), years
("2023", "April 2024"), ages, an ordinal, a road ("RN1") and an airport terminal ("Terminal
2").

Before writing them, real copy of these kinds was read through the stored-pages search (none
is kept here): IOM's and ReliefWeb's notes on shipwrecks off Godoria and Obock, AFP, Reuters
and TRT wires built on them (a death toll that rises, "more than 130 missing", a survivor's
"There were 85 of us"), and Ethiopian Monitor's, Addis Standard's and borkena's items on
returnee flights from Riyadh and Jeddah (flights a day, women and children among them, a
running total). Every sentence, name and number is invented; places and organisations are
real:

- 238-wire-obock-capsizing-crew-arrests: a Reuters-style wire; at least 31 dead and 42
  missing, 87 survivors "including 11 women and three children", a fare of 25,000 birr, the
  Missing Migrants Project's 462 dead or missing this year and "Of the 462, 288".
- 239-dtm-yemen-arrivals-saudi-border-killings: DTM's monthly arrivals in Yemen ("Of the
  17,340 migrants, 91 percent were Ethiopian, 19 percent were women"), the response plan 14
  percent funded, and Human Rights Watch on at least 655 killed, with a survivor's "We were
  120 in the group".
- 240-ethiopia-returnees-saudi-flights-birr: 4,312 returnees on 13 flights in a week ("The
  returnees, most of them held ..., included 1,106 women"), charter costs in birr, wages and
  fines in riyals, IOM's help to 2,940 of them.

The reports and their gold were committed (3685bf6) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/eastroute-blind --misses``, only
this batch in the folder, at that commit)::

    report                                            gold  pred match      P      R     F1  date
    238-wire-obock-capsizing-crew-arrests.txt           25    25    25  1.000  1.000  1.000  ok
    239-dtm-yemen-arrivals-saudi-border-killings.txt    25    25    25  1.000  1.000  1.000  ok
    240-ethiopia-returnees-saudi-flights-birr.txt       25    25    25  1.000  1.000  1.000  ok
    TOTAL                                               75    75    75  1.000  1.000  1.000  1.000

    field accuracy over 75 matched figures:
      bound                         1.000  (75/75)
      kind                          1.000  (75/75)
      head                          0.907  (68/75)
      low_high                      1.000  (75/75)
      part_of                       0.933  (70/75)
      source                        0.880  (66/75)
      source (lenient: surname ok)  0.880  (66/75)
      counted                       0.680  (51/75)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      238-wire-obock-capsizing-crew-arrests.txt '42': head: 'migrants' -> 'missing'; counted: 'migrants' -> 'missing'
      238-wire-obock-capsizing-crew-arrests.txt 'roughly 40 minutes': counted: 'voyage' -> nan
      238-wire-obock-capsizing-crew-arrests.txt '25,000 birr': source: 'police official' -> 'a police official'
      238-wire-obock-capsizing-crew-arrests.txt 'about $430': source: 'police official' -> 'a police official'
      238-wire-obock-capsizing-crew-arrests.txt 'two months': counted: 'shipwrecks' -> nan
      238-wire-obock-capsizing-crew-arrests.txt '462': counted: 'migrants dead or missing' -> 'migrants'
      238-wire-obock-capsizing-crew-arrests.txt '311': counted: 'migrants dead or missing' -> 'migrants'
      238-wire-obock-capsizing-crew-arrests.txt '462': counted: 'migrants dead or missing' -> 'migrants'
      238-wire-obock-capsizing-crew-arrests.txt '288': counted: 'migrants lost at sea' -> 'migrants'
      238-wire-obock-capsizing-crew-arrests.txt 'more than 200 kilometres': counted: 'trek' -> nan
      238-wire-obock-capsizing-crew-arrests.txt '20 days': counted: 'walk' -> nan
      239-dtm-yemen-arrivals-saudi-border-killings.txt '17,340': source: "International Organization for Migration's Displacement Tracking Matrix" -> 'DTM teams'; counted: 'migrants' -> 'migrants landing in Yemen'
      239-dtm-yemen-arrivals-saudi-border-killings.txt '13,650': source: "International Organization for Migration's Displacement Tracking Matrix" -> 'DTM teams'
      239-dtm-yemen-arrivals-saudi-border-killings.txt '11,020': head: 'migrants' -> 'people'; counted: 'migrants' -> 'people'
      239-dtm-yemen-arrivals-saudi-border-killings.txt '6,320': head: 'migrants' -> 'people'; counted: 'migrants' -> 'people'
      239-dtm-yemen-arrivals-saudi-border-killings.txt 'up to three days': counted: 'journey' -> nan
      239-dtm-yemen-arrivals-saudi-border-killings.txt '4,870': source: "International Organization for Migration's Displacement Tracking Matrix" -> 'Displacement Tracking Matrix'; counted: 'migrants' -> 'migrants returning from Yemen'
      239-dtm-yemen-arrivals-saudi-border-killings.txt '9 percent': source: "International Organization for Migration's Displacement Tracking Matrix" -> 'Displacement Tracking Matrix'
      239-dtm-yemen-arrivals-saudi-border-killings.txt '14 percent': head: nan -> 'plan'; part_of: nan -> '$104 million'; counted: nan -> 'Migrant Response Plan'
      239-dtm-yemen-arrivals-saudi-border-killings.txt 'at least 655': counted: 'ethiopian migrants and asylum seekers' -> 'Ethiopian migrants'
      239-dtm-yemen-arrivals-saudi-border-killings.txt '46': source: nan -> 'Human Rights Watch'; counted: 'survivors and relatives' -> 'survivors'
      239-dtm-yemen-arrivals-saudi-border-killings.txt '29': counted: 'people' -> 'people interviewed'
      239-dtm-yemen-arrivals-saudi-border-killings.txt '11': counted: 'people' -> 'people interviewed'
      239-dtm-yemen-arrivals-saudi-border-killings.txt 'up to 170': counted: 'people' -> 'people in the mountains'
      239-dtm-yemen-arrivals-saudi-border-killings.txt '120': head: 'people' -> nan; counted: 'people' -> nan
      239-dtm-yemen-arrivals-saudi-border-killings.txt 'about 40': head: 'people' -> nan; counted: 'people' -> nan
      239-dtm-yemen-arrivals-saudi-border-killings.txt 'between 1,500 and 2,000 riyals': head: 'SAR' -> 'YER'; source: 'report' -> 'Human Rights Watch'
      240-ethiopia-returnees-saudi-flights-birr.txt '1,106': part_of: '4,312' -> None
      240-ethiopia-returnees-saudi-flights-birr.txt '287': part_of: '4,312' -> None
      240-ethiopia-returnees-saudi-flights-birr.txt '22 percent': source: 'Ministry of Foreign Affairs' -> nan
      240-ethiopia-returnees-saudi-flights-birr.txt '15-day': counted: 'stay' -> nan
      240-ethiopia-returnees-saudi-flights-birr.txt '14 months': counted: 'work' -> nan
      240-ethiopia-returnees-saudi-flights-birr.txt '2,940': part_of: '4,312' -> None
      240-ethiopia-returnees-saudi-flights-birr.txt '612': part_of: '2,940' -> None

Two gold slips against the schema were fixed after the blind run (a61edcc): "a police
official" keeps its article, as the other batches' gold writes an unnamed source, and "22
percent" stands in a sentence with no attribution, so its source is null.

Rules made from the misses (each with its rows below, checked to fail before the fix):
"There were 85 of us", "We were 120 in the group": a count followed by "of us", or after
"we were" with no noun of its own, counts people (8e11e3d); "The returnees, most of them held
for months in Jeddah, included 1,106 women": an apposition set off by commas between the
subject (the dead, detainees, deportees, returnees, ...) and "included" keeps the part_of link
to the count before (0889f99). A third try, "The arrivals included ..." as such a subject, was
dropped: it linked 123's "some 6,800 unaccompanied minors" to the wrong count.

Seen and left alone: "42 missing" and "14 dead" with no noun are headed "missing"/"dead" by
the extractor (the gold of 42 and 209 says "people"; many test rows keep "dead"); "DTM teams
counted" gives "DTM teams" as the source (the gold takes the body's fullest name); "11,020
set out from beaches" after a count of migrants is headed "people"; "between 1,500 and 2,000
riyals" in a report mostly about Yemen is read as Yemeni rials (the sentence says "into the
kingdom"); "2,940 of the returnees" after a count of "citizens" finds no whole; "14 percent
funded" is linked to the plan's "$104 million" (arguably right; the gold leaves it null); "the
report said" and "the monthly flow monitoring update said" are given in the gold as the
document, where the Sudan batch gives the body (left as written).

Final score of the three reports (``python -m analysis.evaluate /tmp/eastroute-final``, the
corrected gold): F1 1.000 (75/75/75); bound 1.000, kind 1.000, head 0.933, low_high 1.000,
part_of 0.960, source 0.920, counted 0.707.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, MS = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

CASES = [
    # --- "N of us", "we were N": the speaker's party, in people -------------------------
    (
        "invented/AFP-Africanews-like: a survivor's 'There were 85 of us' and '12 of us'",
        '"There were 85 of us in the boat and only 12 of us reached the shore," said Kedir, '
        "a survivor from Harar.",
        [
            ("85", 85, E, C, None, {"head": "people", "source": "Kedir"}),
            ("12", 12, E, C, None, {"head": "people", "source": "Kedir"}),
        ],
    ),
    (
        "invented/wire (HRW-like testimony): 'We were 60 in the truck', 'we were about 45'",
        '"We were 60 in the truck when the soldiers stopped us," said Hawa. "By morning we '
        'were about 45."',
        [
            ("60", 60, E, C, None, {"head": "people", "source": "Hawa"}),
            ("about 45", 45, AP, C, None, {"head": "people", "source": "Hawa"}),
        ],
    ),
    (
        "invented/guard: 'We were 60 migrants' keeps its own noun",
        '"We were 60 migrants in the truck," said Hawa.',
        [("60", 60, E, C, None, {"head": "migrants", "source": "Hawa"})],
    ),
    # --- "The deportees, <apposition>, included N women": a part of the count before ----
    (
        "invented/Ethiopian Monitor-like: 'The deportees, held for weeks ..., included 512 "
        "women and 130 children'",
        "Saudi authorities deported 2,300 Ethiopians on Tuesday, the ministry said. The "
        "deportees, held for weeks at the Shumaisi centre near Jeddah, included 512 women and "
        "130 children.",
        [
            ("2,300", 2300, E, C, None, {"head": "ethiopians"}),
            ("512", 512, E, C, None, {"head": "women", "part_of": 0}),
            ("130", 130, E, C, None, {"head": "children", "part_of": 0}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_eastroute_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "238-wire-obock-capsizing-crew-arrests.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "239-dtm-yemen-arrivals-saudi-border-killings.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.8,
        "low_high": 1.0,
        "part_of": 0.95,
        "source": 0.75,
    },
    "240-ethiopia-returnees-saudi-flights-birr.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.9,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_eastroute_floors(name):
    assert_floors(name, FLOORS[name])
