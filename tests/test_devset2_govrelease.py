"""Second dev set, batch ``ds2-govrelease``: reports 118-120 of ``tests/fixtures/devset2``,
government and agency press releases and media statements on migration and removals, as the
bodies themselves put them out: a US agency's news release in its own voice ("ICE
Enforcement and Removal Operations removed 1,348 illegal aliens", "encounters", a fiscal
year, quotes from a field office director and an acting director, an "About ICE"
boilerplate and a tip line), a UK Home Office news story ("returns", "small boat arrivals",
"we have", "The Home Secretary said:" above a quotation running over two paragraphs, notes
to editors), and a South Asian provincial home department's press release (PoR and ACC
card holders, "illegal foreigners repatriated", the plan's phases written as prose, "as per
the official data", "It is further informed that", a directive with "directed that", a
landline with its area code). Attribution is what sets the style apart: the body's own
voice with no "said", titles long before a name ("Additional Chief Secretary Home ..."), a
minister first given by title alone and named further down. Before writing them, real copy
of these kinds was read through the stored-pages search (none is kept here): ICE's
fiscal-year ERO reports and a GovDelivery bulletin, the Home Office media blog's reactive
statements with their "Background" bullets and its "Home Office in the media" posts, and
APP, Nation, UrduPoint and Frontier Post copy on the Illegal Foreigners Repatriation Plan's
phases and holding centres. Every sentence, name and number is invented; places and
organisations are real:

- 118-ice-miami-removals-release.txt: an ICE news release, 2026-11-20, datelined Miami, on
  a two-week surge's removals, criminal histories, charter flights and costs, the fiscal
  year's removals, CBP's encounters, 287(g) agreements and the agency boilerplate.
- 119-home-office-returns-news-story.txt: a Home Office news story, 2026-11-13, on returns
  since July 2025, the UK-France returns agreement, the Home Secretary's statement over two
  quoted paragraphs, a minister's seizures and arrests, hotels, and notes to editors.
- 120-kp-home-department-repatriation-release.txt: a Khyber Pakhtunkhwa Home and Tribal
  Affairs Department press release, 2026-11-18, on repatriations by phase and in the last
  24 hours, holding centres and funds in rupees, districts, the ACS's directive, the
  Commissionerate's sources, arrests under the Foreigners Act and a control-room number.

The reports and their gold were committed (709cdc2) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/govrelease-blind --misses``, only
this batch in the folder, the code of 625d9cd)::

    report                                           gold  pred match      P      R     F1  date
    118-ice-miami-removals-release.txt                 25    25    25  1.000  1.000  1.000  ok
    119-home-office-returns-news-story.txt             25    25    25  1.000  1.000  1.000  ok
    120-kp-home-department-repatriation-release.txt    23    23    22  0.957  0.957  0.957  ok
    TOTAL                                              73    73    72  0.986  0.986  0.986  1.000

    field accuracy over 72 matched figures:
      bound                         1.000  (72/72)
      kind                          1.000  (72/72)
      head                          0.972  (70/72)
      low_high                      1.000  (72/72)
      part_of                       0.986  (71/72)
      source                        0.847  (61/72)
      source (lenient: surname ok)  0.847  (61/72)
      counted                       0.181  (13/72)
      date (per report)             1.000

    misses (gold not found): 1; extras (not in gold): 1
      120-kp-home-department-repatriation-release.txt
        MISS  '211,930'  in: In the first phase, 298,440 undocumented foreigners were repatriated, while in the second phase 211,930 Afghan Citizen Card (ACC) holders were sent back.
        EXTRA '091-9212345' (4.60622e+06)  in: The public may contact the control room of the Home Department at 091-9212345 for any complaint.

    matched figures with a field wrong (gold -> predicted):
      118-ice-miami-removals-release.txt '1,348': counted: 'illegal aliens removed in the Florida surge' -> 'illegal aliens'
      118-ice-miami-removals-release.txt '1,348': counted: 'illegal aliens removed by ERO Miami' -> 'illegal aliens'
      118-ice-miami-removals-release.txt '14': counted: 'countries the aliens were removed to' -> 'countries'
      118-ice-miami-removals-release.txt '612': counted: 'removed aliens with criminal convictions or pending charges' -> 'illegal aliens'
      118-ice-miami-removals-release.txt '47': counted: 'removed aliens convicted of homicide or sexual assault' -> 'illegal aliens'
      118-ice-miami-removals-release.txt '286': counted: 'aliens at large arrested during the operation' -> 'aliens'
      118-ice-miami-removals-release.txt 'more than 200': head: 'aliens' -> nan; counted: 'removed aliens who had been removed before' -> nan
      118-ice-miami-removals-release.txt '135': counted: 'Honduran nationals on the largest flight' -> 'Honduran nationals'
      118-ice-miami-removals-release.txt '318,462': counted: 'noncitizens removed nationwide in fiscal year 2026' -> 'noncitizens'
      118-ice-miami-removals-release.txt '22%': counted: 'rise in removals on the previous fiscal year' -> nan
      118-ice-miami-removals-release.txt 'approximately 61,000': counted: 'people in ICE detention on Nov. 1' -> 'people'
      118-ice-miami-removals-release.txt 'nearly 4,000': counted: 'aliens arrested in the interior last month' -> 'aliens'
      118-ice-miami-removals-release.txt '41,218': counted: 'southwest border encounters in October' -> 'southwest border encounters'
      118-ice-miami-removals-release.txt 'roughly 8 percent': counted: 'fall in encounters from September' -> nan
      118-ice-miami-removals-release.txt '9,870': counted: 'encounters at ports of entry' -> 'encounters'
      118-ice-miami-removals-release.txt '312': head: 'agencies' -> 'state'; counted: 'state and local law enforcement agencies with 287(g) agreements' -> 'state'
      118-ice-miami-removals-release.txt '24': counted: 'states with 287(g) agreements' -> 'states'
      118-ice-miami-removals-release.txt 'up to 48 hours': counted: 'time aliens may be held beyond their release date' -> nan
      118-ice-miami-removals-release.txt 'approximately 21,000': counted: 'ICE employees' -> 'employees'
      118-ice-miami-removals-release.txt 'more than 400': counted: 'ICE offices' -> 'offices'
      118-ice-miami-removals-release.txt '48': counted: 'foreign countries with ICE offices' -> 'foreign countries'
      119-home-office-returns-news-story.txt 'Over 38,000': counted: 'people with no right to be here returned since July 2025' -> 'people'
      119-home-office-returns-news-story.txt 'Over 38,000': source: nan -> 'new figures'; counted: 'people with no right to be in the UK returned since July 2025' -> 'people'
      119-home-office-returns-news-story.txt '600': source: 'Claire Ashworth' -> 'Home Secretary'; counted: 'further immigration enforcement officers' -> 'immigration enforcement officers'
      119-home-office-returns-news-story.txt '38,416': source: nan -> 'Home Secretary'; counted: 'people returned between July 2025 and October 2026' -> 'people'
      119-home-office-returns-news-story.txt '9,052': source: nan -> 'Home Secretary'; counted: 'foreign national offenders returned' -> 'foreign national offenders'
      119-home-office-returns-news-story.txt '27%': counted: 'rise in enforced returns on a year earlier' -> nan
      119-home-office-returns-news-story.txt '61%': counted: 'returns that were voluntary' -> 'returns'
      119-home-office-returns-news-story.txt '412': counted: 'small boat arrivals returned to France' -> 'small boat arrivals'
      119-home-office-returns-news-story.txt '389': counted: 'people who came to the UK through the new legal route' -> 'people'
      119-home-office-returns-news-story.txt '42%': counted: 'cut in the asylum backlog' -> nan
      119-home-office-returns-news-story.txt '600': source: 'Claire Ashworth' -> nan
      119-home-office-returns-news-story.txt '31,204': counted: 'small boat arrivals so far this year' -> 'arrivals'
      119-home-office-returns-news-story.txt '9%': counted: 'fall in arrivals on the same point last year' -> nan
      119-home-office-returns-news-story.txt '62': counted: 'average number of people per boat' -> 'people'
      119-home-office-returns-news-story.txt '214': counted: 'boat engines seized' -> 'boat engines'
      119-home-office-returns-news-story.txt '1,120': counted: 'people arrested on suspicion of people smuggling' -> 'people suspected of people'
      119-home-office-returns-news-story.txt '8,930': counted: 'arrests for illegal working' -> 'arrests'
      119-home-office-returns-news-story.txt '5,910': counted: 'arrests for illegal working a year earlier' -> 'arrests'
      119-home-office-returns-news-story.txt '164': counted: 'hotels housing asylum seekers now' -> 'hotels'
      119-home-office-returns-news-story.txt '402': counted: 'hotels in use at the peak in autumn 2023' -> 'hotels'
      119-home-office-returns-news-story.txt '£120 million': part_of: '£750 million' -> nan
      120-kp-home-department-repatriation-release.txt '684,215': counted: 'illegal foreigners repatriated from Khyber Pakhtunkhwa under the IFRP' -> 'illegal foreigners'
      120-kp-home-department-repatriation-release.txt '298,440': counted: 'undocumented foreigners repatriated in the first phase' -> 'undocumented foreigners'
      120-kp-home-department-repatriation-release.txt '173,845': counted: 'Proof of Registration (PoR) card holders repatriated in the third phase' -> 'Proof of Registration (PoR) card holders'
      120-kp-home-department-repatriation-release.txt '24 hours': counted: 'reporting period' -> nan
      120-kp-home-department-repatriation-release.txt '3,612': counted: 'illegal foreigners repatriated in the last 24 hours' -> 'illegal foreigners'
      120-kp-home-department-repatriation-release.txt '1,104': counted: 'PoR card holders repatriated in the last 24 hours' -> 'PoR card holders'
      120-kp-home-department-repatriation-release.txt '1,870': counted: 'children among those repatriated' -> 'children'
      120-kp-home-department-repatriation-release.txt '942': counted: 'women among those repatriated' -> 'women'
      120-kp-home-department-repatriation-release.txt '47': source: 'Home and Tribal Affairs Department' -> 'A spokesperson of the Home and Tribal Affairs Department'; counted: 'holding centres functional across the province' -> 'holding centres'
      120-kp-home-department-repatriation-release.txt '1,245': counted: 'foreigners repatriated from Peshawar' -> 'foreigners'
      120-kp-home-department-repatriation-release.txt '684': counted: 'foreigners repatriated from Nowshera' -> 'foreigners'
      120-kp-home-department-repatriation-release.txt '412': counted: 'foreigners repatriated from Mardan' -> 'foreigners'
      120-kp-home-department-repatriation-release.txt '377': counted: 'foreigners repatriated from Haripur' -> 'foreigners'
      120-kp-home-department-repatriation-release.txt '24 hours': counted: 'reporting period' -> nan
      120-kp-home-department-repatriation-release.txt '30 days': source: 'Muhammad Tariq Khattak' -> nan; counted: 'deadline for repatriating the remaining PoR card holders' -> nan
      120-kp-home-department-repatriation-release.txt 'an estimated 0.27 million': source: 'Muhammad Tariq Khattak' -> 'A spokesperson of the Home and Tribal Affairs Department'; counted: 'PoR card holders still residing in the province' -> 'PoR card holders'
      120-kp-home-department-repatriation-release.txt 'around 1,400': source: 'Commissionerate for Afghan Refugees' -> 'Sources in the Commissionerate for Afghan Refugees'; counted: 'families who sought extension on medical grounds' -> 'families'
      120-kp-home-department-repatriation-release.txt '2,318': source: nan -> 'Sources in the Commissionerate for Afghan Refugees'; counted: 'illegal foreigners arrested during the ongoing phase' -> 'illegal foreigners'
      120-kp-home-department-repatriation-release.txt '96': source: nan -> 'Sources in the Commissionerate for Afghan Refugees'; counted: 'landlords with FIRs registered against them' -> 'landlords'

Two gold slips against the dev set's own practice were fixed after the blind run (in the
commit with the rules, and said here): report 120's "A spokesperson of the Home and Tribal
Affairs Department informed that 47 ..." and "Sources in the Commissionerate for Afghan
Refugees said that around 1,400 ..." had been given the bare body as source; the dev set's
gold keeps such a speaker's whole phrase ("Sources in the Border Security Force", "A
spokesperson for the French interior ministry", reports 101 and 44), so they now do too. No
other gold was changed.

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the three reports, written by hand; each row failed on the
blind commit's code (``analysis/`` of 625d9cd: 10 of 10 rows failed) and passes after this
round's rules, one line each:

- "in the second phase 211,930 ... holders were sent back": an ordinal (or "ongoing",
  "current", "final", ...) before a lower-case "phase" or "stage" has named it already, so
  the number after it is a count, not the phase's label (figures.py).
- "the control room ... at 091-9212345": an area code with its leading zero, a hyphen and
  five to eight digits is a landline, no range of counts (figures.py).
- "312 state and local law enforcement agencies": two levels of government joined by "and"
  modify one noun, as "college and university students" do (head "agencies").
- "The £750 million ... budget for 2026 to 2027 includes £120 million": the amount opening
  the sentence's subject holds the amount its "includes"/"included" introduces (part_of).
- "It is further informed that 2,318 illegal foreigners have been arrested": an impersonal
  "it is/was (further/also) informed" is the release's own voice, no "it" for the body a
  sentence before named (attribution.py).
- "Additional Chief Secretary Home Muhammad Tariq Khattak chaired a meeting ... He said": a
  capitalised run longer than a name's six words is read to its end, so the person behind
  a long title is the next "he".
- "... chaired a meeting and directed that the remaining PoR card holders be repatriated
  within 30 days": "directed" and "instructed" with "that" soon after attribute the
  directive's figures to the official (reporting_verbs.csv, gated in attribution.py).
- "Home Secretary Claire Ashworth said:" above '"We have ... 42% ...' and '"These 600 new
  officers ..."': a closing paragraph that names no speaker ends the quotation that the
  colon-introduced speaker began.
- "..., as the Home Secretary announced a further 600 immigration enforcement officers"
  before "Home Secretary Claire Ashworth said:": a speaker given by a capitalised title
  alone is the one person the text names with that title (not a "former" one, not when
  two are named).
- "The figures show that 38,416 ..." after "as the Home Secretary announced": a title names
  a person, who keeps no data, so "the figures" go to a body named before it, if any.

The regression diff over the project's 6,122 texts (``regress.py diff`` against base14)
showed no change.

Seen and left alone: "new figures published today show" (and "The figures show" after it)
gives the source "new figures" (gold: none, the release's own voice); the extractor keeps a
data noun that names no body as the source by design ("Provisional figures", "official
immigration data"), and changing that would touch every such story. "Each of the aliens we
removed had a final order of removal, and more than 200 of them had been removed ... before"
has no head (gold "aliens"): "of them" points at a noun with no figure of its own in a
quotation. "counted" is not scored and differs on most figures (the gold's counted phrases
are long).

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/govrelease-blind``, the batch alone): F1 1.000 (73/73, no miss, no extra); bound, kind,
low_high and part_of 1.000; head 0.986 (72/73); source 0.959 (70/73). The two development
sets: devset 1.000 on F1 and every scored field; devset2 no report's score lower than
before the round.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# before the extractor was run on them; each failed on the blind commit's code).
CASES = [
    (
        "invented/KP home department release: 'in the second phase N holders' is a count",
        "In the second phase 48,120 Afghan Citizen Card holders were sent back, and in the "
        "third phase 12,400 PoR card holders left.",
        [
            ("48,120", 48120, E, C, None, {"head": "holders"}),
            ("12,400", 12400, E, C, None, {"head": "holders"}),
        ],
    ),
    (
        "invented/Punjab home department release: a landline with its area code",
        "Complaints may be lodged with the control room at 081-9201667 or by email.",
        [],
    ),
    (
        "invented/ICE news release: 'state and local law enforcement officers'",
        "The academy trains 140 state and local law enforcement officers a year.",
        [("140", 140, E, C, None, {"head": "officers"})],
    ),
    (
        "invented/Home Office notes to editors: 'The £300 million programme includes £45 million'",
        "The £300 million programme includes £45 million for detention centres.",
        [
            ("£300 million", 300e6, E, M, "GBP", {"part_of": None}),
            ("£45 million", 45e6, E, M, "GBP", {"part_of": 0}),
        ],
    ),
    (
        "invented/Sindh home department release: 'It is further informed that' is its own voice",
        "Sources in the Federal Investigation Agency said that about 900 passengers had been "
        "offloaded.\n\nIt is further informed that 1,150 illegal foreigners have been arrested "
        "in Karachi.",
        [
            (
                "about 900",
                900,
                AP,
                C,
                None,
                {"source": "Sources in the Federal Investigation Agency"},
            ),
            ("1,150", 1150, E, C, None, {"source": None}),
        ],
    ),
    (
        "invented/Sindh home department release: a long title before the name, then 'He said'",
        "Additional Chief Secretary Home Sindh Abdul Rehman Memon chaired a meeting on Monday. "
        "He said that some 3,000 families remained in the camps.",
        [("some 3,000", 3000, AP, C, None, {"source": "Abdul Rehman Memon"})],
    ),
    (
        "invented/Punjab chief secretary's release: 'directed that ... within 15 days'",
        "Chief Secretary Nadeem Aslam chaired the meeting and directed that the remaining "
        "families be moved within 15 days.",
        [("15 days", 15, E, D, "day", {"source": "Nadeem Aslam"})],
    ),
    (
        "invented/Home Office statement: 'X said:' over two quoted paragraphs",
        'The Security Minister said:\n\n"We have cut crossings by 30%.\n\n"These 450 officers '
        'will start in May."',
        [
            ("30%", 30, E, P, "%", {"source": "Security Minister"}),
            ("450", 450, E, C, None, {"source": "Security Minister"}),
        ],
    ),
    (
        "invented/UK government news story: a minister by title, named further down",
        "About 1,000 people crossed on Tuesday, as the Prime Minister announced 300 more "
        "officers.\n\nPrime Minister Keir Walton said he was determined.",
        [
            ("About 1,000", 1000, AP, C, None, {"source": None}),
            ("300", 300, E, C, None, {"source": "Keir Walton"}),
        ],
    ),
    (
        "invented/UK government news story: 'The figures show' after a title is the body's",
        "Home Office statistics were published on Thursday, as the Home Secretary announced 200 "
        "more officers.\n\nThe figures show that 2,000 people were removed.",
        [
            ("200", 200, E, C, None, {"source": "Home Secretary"}),
            ("2,000", 2000, E, C, None, {"source": "Home Office"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_govrelease_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "118-ice-miami-removals-release.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.96,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "119-home-office-returns-news-story.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.88,
    },
    "120-kp-home-department-repatriation-release.txt": {
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
def test_devset2_govrelease_floors(name):
    assert_floors(name, FLOORS[name])
