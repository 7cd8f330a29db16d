"""Second dev set, batch ``ds2-pakistan25``: reports 247-249 of ``tests/fixtures/devset2``,
Pakistani English-language dailies and agencies (Dawn-, Express Tribune-, The News- and
APP-like) on the 2025 repatriation drive of Afghans: Afghan Citizen Card (ACC) and Proof of
Registration (PoR) card holders, the March 31, June 30 and September 1 deadlines, daily
figures from Torkham and Chaman in "individuals" and "families", the transit camps at Landi
Kotal and Haji Camp, province-wise figures, arrests, "deported" against "returned
voluntarily", and the interior ministry's cumulative totals since November 2023, from the
ministry, a Minister of State for Interior, district administrations, police spokespersons
and UNHCR. Before writing them, real copy of this kind was read through the stored-pages
search (none is kept here): Nation, Frontier Post and The News stories on families crossing
at Torkham and the Landi Kotal holding centre, a Khyber holding-camp story and a story on
UNHCR's return grants. Every sentence, name and number is invented; places and
organisations are real:

- 247-dawn-torkham-acc-transit-camp.txt: a Dawn-like Landi Kotal story, 2025-04-09, on a
  day's returns through Torkham after the ACC deadline, the deputy commissioner's
  voluntary/deported split, the transit camp, Peshawar police arrests, UNHCR and
  transporters' fares.
- 248-app-interior-cumulative-returns.txt: an APP-like Islamabad story, 2025-07-08, on the
  Minister of State for Interior's cumulative total since November 2023 before a Senate
  committee, the province-wise breakdown, a senator's claim and UNHCR.
- 249-tribune-chaman-haji-camp-por.txt: an Express Tribune-like Quetta/Karachi story,
  2025-09-03, on PoR card holders crossing at Chaman after the September 1 deadline, the
  Haji Camp transit facility, Karachi police detentions, Sindh's figures and UNHCR's arrests.

The reports and their gold were committed (4da0896) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/pakistan25-blind --misses``, only
this batch in the folder, at that commit)::

    report                                   gold  pred match      P      R     F1  date
    247-dawn-torkham-acc-transit-camp.txt      22    22    22  1.000  1.000  1.000  ok
    248-app-interior-cumulative-returns.txt    19    19    19  1.000  1.000  1.000  ok
    249-tribune-chaman-haji-camp-por.txt       18    18    18  1.000  1.000  1.000  ok
    TOTAL                                      59    59    59  1.000  1.000  1.000  1.000

    field accuracy over 59 matched figures:
      bound                         1.000  (59/59)
      kind                          1.000  (59/59)
      head                          0.847  (50/59)
      low_high                      1.000  (59/59)
      part_of                       0.966  (57/59)
      source                        0.797  (47/59)
      source (lenient: surname ok)  0.797  (47/59)
      counted                       0.746  (44/59)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      247-dawn-torkham-acc-transit-camp.txt '19,407': head: 'holders' -> 'nationals'; counted: 'Afghan Citizen Card (ACC) holders and undocumented foreigners' -> 'Afghan nationals'
      247-dawn-torkham-acc-transit-camp.txt '1,932': part_of: 'As many as 2,846' -> nan; counted: "Tuesday's returnees" -> 'returnees'
      247-dawn-torkham-acc-transit-camp.txt '914': part_of: 'As many as 2,846' -> nan; counted: "Tuesday's returnees" -> 'returnees'
      247-dawn-torkham-acc-transit-camp.txt '60 per cent': head: nan -> 'capacity'
      247-dawn-torkham-acc-transit-camp.txt '14': counted: 'doctors' -> 'doctors from the health department'
      247-dawn-torkham-acc-transit-camp.txt 'nearly 600': head: 'women' -> 'people'
      247-dawn-torkham-acc-transit-camp.txt 'about 45 minutes': source: 'officials' -> 'Officials at Torkham'; counted: 'clearance of a family' -> nan
      247-dawn-torkham-acc-transit-camp.txt 'up to three hours': source: 'officials' -> 'Officials at Torkham'; counted: 'clearance of a family' -> nan
      247-dawn-torkham-acc-transit-camp.txt '12': source: 'officials' -> 'Officials at Torkham'
      247-dawn-torkham-acc-transit-camp.txt '41pc': head: nan -> 'returnees'
      247-dawn-torkham-acc-transit-camp.txt 'Rs45,000 to Rs60,000': source: 'Transporters' -> 'Transporters at the Landi Kotal bazaar'
      247-dawn-torkham-acc-transit-camp.txt 'Rs25,000': source: 'Transporters' -> 'Transporters at the Landi Kotal bazaar'
      248-app-interior-cumulative-returns.txt 'Over 1.1m': source: 'Saad Hanif' -> 'MoS Interior'
      248-app-interior-cumulative-returns.txt '8,912': counted: 'individuals' -> 'individuals crossing the border'
      248-app-interior-cumulative-returns.txt '61 percent': head: nan -> 'returnees'
      248-app-interior-cumulative-returns.txt '24 percent': head: nan -> 'returnees'
      248-app-interior-cumulative-returns.txt 'at least 300': counted: 'PoR card holders' -> 'PoR card holders in Islamabad'
      248-app-interior-cumulative-returns.txt 'around 15,000': head: 'afghans' -> 'students'; counted: 'Afghans married to Pakistani nationals' -> 'Afghan students'
      248-app-interior-cumulative-returns.txt '44pc': head: nan -> 'people'; counted: 'those who returned in June' -> 'those who returned in'
      249-tribune-chaman-haji-camp-por.txt '1,088': source: 'Quetta district administration' -> 'A spokesperson for the Quetta district administration'
      249-tribune-chaman-haji-camp-por.txt '72 hours': source: 'Quetta district administration' -> 'A spokesperson for the Quetta district administration'
      249-tribune-chaman-haji-camp-por.txt '64': source: 'Quetta district administration' -> 'A spokesperson for the Quetta district administration'
      249-tribune-chaman-haji-camp-por.txt '92pc': head: nan -> 'families'; counted: 'families who registered with us' -> 'families'
      249-tribune-chaman-haji-camp-por.txt '24 hours': counted: 'crossing' -> nan
      249-tribune-chaman-haji-camp-por.txt '38,900': source: 'Sindh government spokesman' -> 'A Sindh government spokesman'
      249-tribune-chaman-haji-camp-por.txt 'an estimated 60,000': source: 'Sindh government spokesman' -> 'A Sindh government spokesman'
      249-tribune-chaman-haji-camp-por.txt 'up to Rs8,000': source: 'Taxi drivers' -> 'Taxi drivers at the Haji Camp'
      249-tribune-chaman-haji-camp-por.txt '1,450': counted: 'arrests and detentions of PoR card holders' -> 'arrests'
      249-tribune-chaman-haji-camp-por.txt 'at least six months': counted: 'pause' -> nan
      249-tribune-chaman-haji-camp-por.txt 'over four decades': counted: 'families' -> nan

Gold slips against the schema were then fixed (392c75c), and said here: a percentage's head
is the noun for the whole ("60 per cent of capacity", "41pc of the returnees", "Balochistan
with 24 percent" of the returnees, "44pc of those who returned" is people), which the gold
had left null; and a source is the fullest phrase as written ("Officials at Torkham",
"Transporters at the Landi Kotal bazaar", "A spokesperson for the Quetta district
administration", "A Sindh government spokesman", "Taxi drivers at the Haji Camp"), as the
rest of the dev set writes it. With those, the blind run scores head 0.949 (56/59) and
source 0.983 (58/59).

Left alone: "nearly 600 women and children" (the extractor's deliberate "people" for a list
of women and children, while the gold follows 149 and 171 with "women"); "Over 1.1m Afghans
returned since Nov 2023: MoS Interior" (the headline's title, not the minister's name
given in the body); "Afghans married to Pakistani nationals, estimated at around 15,000"
(a capitalised people's name before the comma is skipped as a name, so "nationals" wins);
"the number of Afghan Citizen Card (ACC) holders and undocumented foreigners who have left
through the crossing since April 1 to 19,407" (a subject of over 100 characters); counted
phrases.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# and run on the blind commit's package, where each failed, before its rule).
CASES = [
    (
        "invented/Quetta daily: an aside sizes its subject, 'traders ..., estimated at about N'",
        "Officials registered 2,300 Afghans in Quetta on Monday, while Afghan traders in the "
        "Kandahari Bazaar, estimated at about 4,000, were given until the end of the month.",
        [
            ("2,300", 2300, E, C, None, {"head": "afghans", "source": "Officials"}),
            ("about 4,000", 4000, AP, C, None, {"head": "traders"}),
        ],
    ),
    (
        "invented/French prefecture copy: a participle's phrase after the subject, 'Migrants "
        "living in tents ... numbered'",
        "Migrants living in tents outside Calais numbered about 1,500, the prefecture said.",
        [("about 1,500", 1500, AP, C, None, {"head": "migrants", "source": "the prefecture"})],
    ),
    (
        "invented/Chaman story: an acronym in brackets inside 'the number of ... to N'",
        "Another 2,210 Afghans left via Chaman on Sunday, bringing the number of Proof of "
        "Registration (PoR) card holders who have returned this month to 18,600, the district "
        "administration said.",
        [
            ("2,210", 2210, E, C, None, {"head": "afghans"}),
            ("18,600", 18600, E, C, None, {"head": "holders"}),
        ],
    ),
    (
        "invented/Karachi police copy: 'N of Monday's detainees' is part of the day's count",
        "Police said 1,400 Afghans were held in Karachi on Monday. Some 900 of Monday's "
        "detainees were sent to Sultanabad.",
        [
            ("1,400", 1400, E, C, None, {"head": "afghans", "source": "Police"}),
            ("Some 900", 900, AP, C, None, {"head": "detainees", "part_of": 0}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_pakistan25_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "247-dawn-torkham-acc-transit-camp.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.909,
        "low_high": 1.0,
        "part_of": 0.909,
        "source": 1.0,
    },
    "248-app-interior-cumulative-returns.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.947,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.947,
    },
    "249-tribune-chaman-haji-camp-por.txt": {
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
def test_devset2_pakistan25_floors(name):
    assert_floors(name, FLOORS[name])
