"""Second dev set, batch ``ds2-appropriations``: reports 286-288 of
``tests/fixtures/devset2``, government budget copy on migration and border spending: a US
wire story on a House subcommittee's Homeland Security appropriations bill ("$1.3 billion
for 22,000 more detention beds in fiscal 2026", a bill number "H.R. 4367" and "FY2025" that
are no figures, "a 12% cut from last year's $2.4 billion", a range of complaints, the
agents "Of the agents, about 2,500"), an Australian budget-night story on the cost of
offshore processing on Nauru ("$485 million over four years", "about $3.4m per person per
year", financial years "2026-27", a humanitarian program "Of those, 3,000") and a UK
spending review story on asylum accommodation ("£4.7bn in 2024-25, down from £5.4bn",
"about 21 per cent of the aid budget", "of which £420m"). Before writing them, real copy of
these kinds was read through the stored-pages search (none is kept here): wire, trade-press
and committee copy on DHS appropriations bills and ICE detention-bed funding, Guardian
Australia and Refugee Council of Australia pages on the per-person cost of offshore
processing in budget papers and Senate estimates, and BBC, PA and Nation.Cymru stories on
the Home Office's aid-funded asylum accommodation spending and the spending review. Every
sentence, name and number is invented; places and organisations are real:

- 286-ap-house-dhs-appropriations-beds: a House Appropriations subcommittee approves a DHS
  bill (ICE, CBP, detention beds, deportation officers, a civil-rights office's cut);
- 287-abc-budget-night-offshore-processing: budget-night story on Nauru's offshore
  processing costs, the humanitarian program and the review tribunal's backlog;
- 288-pa-spending-review-asylum-accommodation: spending review documents on the asylum
  accommodation bill, hotels, the aid budget's refugee costs and the asylum backlog.

Gold first: commit e0e9ec4 holds the three reports and their gold, written by hand before
any extractor run. Four gold slips against the set's conventions were fixed after the blind
run, and are said here: 288's "asylum seekers" heads were written "asylum seekers" where the
set writes the head noun "seekers" (22 golds of the set), and "Home Office figures show"
(288's 18,240 and 9%) names its owner as the source, as the set's golds do for a named
body's figures showing, and "budget papers ... show" and "The budget papers also reveal"
(287's second $485 million and four years, its $9.2 million and 7 per cent) are
attributed to "budget papers", as the set's golds write "Budget papers" for them; and
286's speakers are named without "Rep." ("Dana Whitcomb"), as 212's golds name theirs;
these had been "asylum seekers", null and "Rep. ..." in e0e9ec4.

Blind run (``python -m analysis.evaluate /tmp/appropriations-blind --misses`` on e0e9ec4's
code, branch start f96ed36):

    report                                           gold  pred match      P      R     F1  date
    286-ap-house-dhs-appropriations-beds.txt           25    26    25  0.962  1.000  0.980  ok
    287-abc-budget-night-offshore-processing.txt       25    25    25  1.000  1.000  1.000  ok
    288-pa-spending-review-asylum-accommodation.txt    25    25    25  1.000  1.000  1.000  ok
    TOTAL                                              75    76    75  0.987  1.000  0.993  1.000

    field accuracy over 75 matched figures:
      bound                         1.000  (75/75)
      kind                          1.000  (75/75)
      head                          0.973  (73/75)
      low_high                      1.000  (75/75)
      part_of                       0.987  (74/75)
      source                        0.680  (51/75)
      source (lenient: surname ok)  0.680  (51/75)
      counted                       0.507  (38/75)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 1
      286-ap-house-dhs-appropriations-beds.txt
        EXTRA '4367' (4367)  in: The measure, H.R. 4367, would fund ICE at $10.6 billion overall, up from $9.4 billion in the FY2025 bill, according to a summary released by the committee's Republican majority.

    matched figures with a field wrong (gold -> predicted):
      286-ap-house-dhs-appropriations-beds.txt '22,000': counted: 'more detention beds' -> 'detention beds'
      286-ap-house-dhs-appropriations-beds.txt '$10.6 billion': source: "committee's Republican majority" -> "a summary released by the committee's Republican majority"
      286-ap-house-dhs-appropriations-beds.txt '$9.4 billion': source: "committee's Republican majority" -> "a summary released by the committee's Republican majority"
      286-ap-house-dhs-appropriations-beds.txt '63,000': counted: 'average daily population of detainees' -> 'detainees'
      286-ap-house-dhs-appropriations-beds.txt 'about 41,000': counted: 'detainees funded this year' -> 'detainees'
      286-ap-house-dhs-appropriations-beds.txt 'nearly four hours': counted: 'session' -> nan
      286-ap-house-dhs-appropriations-beds.txt 'more than 58,000': source: 'Rep. Dana Whitcomb' -> 'Dana Whitcomb'; counted: 'people held by ICE a day' -> 'people'
      286-ap-house-dhs-appropriations-beds.txt 'roughly $165': source: 'Rep. Luis Carrasco' -> 'Luis Carrasco'
      286-ap-house-dhs-appropriations-beds.txt 'almost $1.4 billion': source: 'Rep. Luis Carrasco' -> 'Luis Carrasco'
      286-ap-house-dhs-appropriations-beds.txt '12%': counted: 'cut in transportation and removal funding' -> nan
      286-ap-house-dhs-appropriations-beds.txt '$600 million': part_of: nan -> '$18.9 billion'
      286-ap-house-dhs-appropriations-beds.txt 'about 2,500': source: "committee's Republican majority" -> 'the summary'; counted: 'agents who would be new hires' -> 'agents'
      286-ap-house-dhs-appropriations-beds.txt '86%': counted: "reduction in the office's funding" -> nan
      286-ap-house-dhs-appropriations-beds.txt 'between 3,000 and 3,500': counted: 'complaints a year handled by the office' -> 'complaints'
      286-ap-house-dhs-appropriations-beds.txt '38,000': source: nan -> 'The Senate version'; counted: 'beds funded in the Senate version' -> 'beds'
      287-abc-budget-night-offshore-processing.txt 'four years': counted: 'offshore processing spending period' -> nan
      287-abc-budget-night-offshore-processing.txt '$485 million': source: nan -> 'night'
      287-abc-budget-night-offshore-processing.txt 'four years': source: nan -> 'night'; counted: 'offshore processing spending period' -> nan
      287-abc-budget-night-offshore-processing.txt '74': source: nan -> 'night'; counted: 'people held on Nauru' -> 'people'
      287-abc-budget-night-offshore-processing.txt 'three years': counted: 'maritime surveillance funding period' -> nan
      287-abc-budget-night-offshore-processing.txt '13,750': source: 'Department of Home Affairs' -> nan
      287-abc-budget-night-offshore-processing.txt '3,000': counted: 'places set aside for women at risk' -> 'places'
      287-abc-budget-night-offshore-processing.txt '185,000': counted: 'places in the permanent migration program' -> 'places'
      287-abc-budget-night-offshore-processing.txt 'fewer than 80': counted: 'people held on the island' -> 'people'
      287-abc-budget-night-offshore-processing.txt '3,000 kilometres': counted: 'distance of the island' -> nan
      287-abc-budget-night-offshore-processing.txt '18 months': counted: 'period without an unauthorised vessel reaching the mainland' -> nan
      287-abc-budget-night-offshore-processing.txt '$9.2 million': source: nan -> 'The budget papers'
      287-abc-budget-night-offshore-processing.txt '7 per cent': source: nan -> 'The budget papers'; counted: 'increase in tribunal funding' -> nan
      287-abc-budget-night-offshore-processing.txt 'roughly 41,000': source: nan -> 'The budget papers'; counted: 'migration cases in the tribunal backlog' -> 'migration cases'
      287-abc-budget-night-offshore-processing.txt 'up to three years': counted: 'wait for a hearing' -> nan
      287-abc-budget-night-offshore-processing.txt 'About 20': counted: 'people found not to be owed protection' -> 'people on the island'
      288-pa-spending-review-asylum-accommodation.txt '£4.7bn': source: 'documents published alongside the spending review' -> 'documents published alongside'
      288-pa-spending-review-asylum-accommodation.txt '£5.4bn': source: 'documents published alongside the spending review' -> 'documents published alongside'
      288-pa-spending-review-asylum-accommodation.txt '£3.1bn': source: 'documents published alongside the spending review' -> 'documents published alongside'
      288-pa-spending-review-asylum-accommodation.txt '1.2 per cent': counted: "real-terms growth in the department's budget" -> nan
      288-pa-spending-review-asylum-accommodation.txt 'Around 29,500': head: 'asylum seekers' -> 'seekers'; source: nan -> 'the documents'; counted: 'asylum seekers living in hotels' -> 'asylum seekers'
      288-pa-spending-review-asylum-accommodation.txt 'more than 56,000': head: 'asylum seekers' -> 'seekers'; source: nan -> 'the documents'; counted: 'asylum seekers in hotels at the peak' -> 'asylum seekers'
      288-pa-spending-review-asylum-accommodation.txt 'over 400': source: nan -> 'the documents'; counted: 'hotels in use at the peak' -> 'hotels'
      288-pa-spending-review-asylum-accommodation.txt 'three years': counted: 'large sites funding period' -> nan
      288-pa-spending-review-asylum-accommodation.txt 'about 21 per cent': source: nan -> 'the settlement'; counted: 'share of the aid budget used for in-donor refugee costs' -> 'aid budget'
      288-pa-spending-review-asylum-accommodation.txt '18 per cent': source: nan -> 'the settlement'; counted: 'share of the aid budget used for in-donor refugee costs' -> 'aid budget'
      288-pa-spending-review-asylum-accommodation.txt '0.3 per cent': counted: 'aid spending as a share of gross national income' -> 'gross national income'
      288-pa-spending-review-asylum-accommodation.txt 'between 8,000 and 10,000': counted: 'people who could be pushed into homelessness' -> 'people'
      288-pa-spending-review-asylum-accommodation.txt '18,240': source: nan -> 'Home Office'; counted: 'small boat crossings between January and May' -> 'Small boat crossings'
      288-pa-spending-review-asylum-accommodation.txt '9%': source: nan -> 'Home Office'; counted: 'rise in small boat crossings' -> nan
      288-pa-spending-review-asylum-accommodation.txt '74,600': counted: 'cases in the asylum backlog' -> 'cases'
      288-pa-spending-review-asylum-accommodation.txt '31,200': counted: 'cases waiting for an initial decision' -> 'cases'
      288-pa-spending-review-asylum-accommodation.txt 'more than six months': counted: 'wait for an initial decision' -> nan
"""

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
        "invented/US wire: a House bill's number is a label (Congress copy)",
        "The House passed H.R. 5821 on Friday, adding $2.7 billion for border technology.",
        [("$2.7 billion", 2.7e9, E, M, "USD")],
    ),
    (
        "invented/US trade press: a joint resolution's number is a label",
        "Senators attached H.J.Res. 118 to a bill covering 4,000 more asylum officers.",
        [("4,000", 4000, E, C, None, {"head": "officers"})],
    ),
    (
        "invented/budget night: papers released on a weekday evening speak, not 'evening'",
        "Canberra will spend $212 million on regional processing, budget papers released on "
        "Tuesday evening show.",
        [("$212 million", 212e6, E, M, "AUD", {"source": "budget papers"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_appropriations_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


_ALL = ("f1", "bound", "kind", "head", "low_high", "part_of", "source")

# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "286-ap-house-dhs-appropriations-beds.txt": {
        **dict.fromkeys(_ALL, 1.0),
        "part_of": 0.96,
        "source": 0.84,
    },
    "287-abc-budget-night-offshore-processing.txt": {**dict.fromkeys(_ALL, 1.0), "source": 0.88},
    "288-pa-spending-review-asylum-accommodation.txt": {**dict.fromkeys(_ALL, 1.0), "source": 0.68},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_appropriations_floors(name):
    assert_floors(name, FLOORS[name])
