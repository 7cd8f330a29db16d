"""Second dev set, batch ``ds2-cbp``: reports 250-252 of ``tests/fixtures/devset2``, US
copy built on CBP's monthly operational updates and the Border Patrol's statistics: a
CBP release-like summary, a wire story and a border-region daily. Southwest border
encounters by month, USBP apprehensions between ports against OFO encounters at ports of
entry, per-day averages, month-over-month and year-over-year changes, "gotaways", sectors
(Rio Grande Valley, Tucson, San Diego, El Paso) with their own counts, single adults
against family units and unaccompanied children, fentanyl seizures in pounds and CBP One
appointments; and, as not-figures, fiscal-year labels ("FY2027", "fiscal 2022"), Title 8
and Title 42, "CBP One", dates and years. Before writing them, real copy of these kinds
was read through the stored-pages search (none is kept here): CBP's national media
releases on its monthly updates (February 2020, June 2023, July 2024), a local radio
station's and a news wire's write-ups of the August 2024 and April 2024 updates, and a
federal-news site's summary of the September 2023 update. Every sentence, name and number
is invented; places and organisations are real:

- 250-cbp-october-operational-update.txt: a CBP release-like summary, 2026-11-18, with
  section headings, October's southwest border encounters, USBP's and OFO's shares and
  their daily averages, demographics, gotaways, three sectors' counts, an acting
  commissioner's quote, CBP One's past bookings, fentanyl and methamphetamine in pounds,
  travelers and duties.
- 251-wire-border-encounters-november.txt: an AP-like story, 2026-12-16, on November's
  arrests between crossings, month-over-month and year-over-year changes, two anonymous
  officials, families and lone children, gotaways, the Homeland Security secretary's
  removals claim, a WOLA analyst, Humane Borders' desert recoveries, fentanyl in pounds
  and CBP One's daily appointments at their height.
- 252-rgv-daily-sector-apprehensions.txt: a McAllen daily-like story, 2026-12-17, on the
  Rio Grande Valley sector's November apprehensions against Tucson's, El Paso's and San
  Diego's, demographics, a sector spokesman (an agent) on gotaways, the Laredo Field
  Office's inadmissibles and fentanyl, a respite centre's weekly range, a congressman's
  office and a county judge's reimbursed share.

The reports and their gold were committed (c38d5f2) before the extractor was first run on
them; in the same commit the gold checker's wrapper learnt drug seizures weighed in pounds
(a figure whose gold kind is "measure" and whose text ends in pounds is checked as a
measure; the text alone cannot tell it from a currency in pounds). The BLIND score
(``python -m analysis.evaluate /tmp/cbp-blind --misses``, only this batch in the folder, at
that commit)::

    report                                   gold  pred match      P      R     F1  date
    250-cbp-october-operational-update.txt     27    25    25  1.000  0.926  0.962  ok
    251-wire-border-encounters-november.txt    22    22    22  1.000  1.000  1.000  ok
    252-rgv-daily-sector-apprehensions.txt     25    25    25  1.000  1.000  1.000  ok
    TOTAL                                      74    72    72  1.000  0.973  0.986  1.000

    field accuracy over 72 matched figures:
      bound                         0.986  (71/72)
      kind                          0.972  (70/72)
      head                          0.917  (66/72)
      low_high                      0.986  (71/72)
      part_of                       0.944  (68/72)
      source                        0.833  (60/72)
      source (lenient: surname ok)  0.833  (60/72)
      counted                       0.000  (0/72)
      date (per report)             1.000

    misses (gold not found): 2; extras (not in gold): 0
      250-cbp-october-operational-update.txt
        MISS  '2,206'  in: By sector, the Rio Grande Valley Sector apprehended 1,148 people, the Tucson Sector 2,206 and the San Diego Sector 1,731.
        MISS  '1,731'  in: By sector, the Rio Grande Valley Sector apprehended 1,148 people, the Tucson Sector 2,206 and the San Diego Sector 1,731.

    matched figures with a field wrong (gold -> predicted):
      250-cbp-october-operational-update.txt '11,842': source: nan -> 'U.S. Customs and Border Protection'; counted: 'total encounters along the southwest border in October' -> 'total encounters'
      250-cbp-october-operational-update.txt '6%': source: nan -> 'U.S. Customs and Border Protection'; counted: 'decrease in southwest border encounters from September' -> nan
      250-cbp-october-operational-update.txt '91%': source: nan -> 'U.S. Customs and Border Protection'; counted: 'decrease in southwest border encounters from October 2023' -> nan
      250-cbp-october-operational-update.txt '382': counted: 'average southwest border encounters per day in October' -> 'encounters'
      250-cbp-october-operational-update.txt '7,315': counted: 'people apprehended by USBP between ports of entry in October' -> 'people'
      250-cbp-october-operational-update.txt '236': head: 'apprehensions' -> 'people'; counted: 'daily average of USBP apprehensions in October' -> 'people'
      250-cbp-october-operational-update.txt '4,527': source: nan -> 'Office of Field Operations'; counted: 'OFO encounters at ports of entry in October' -> 'encounters'
      250-cbp-october-operational-update.txt '12 percent': source: nan -> 'Office of Field Operations'; counted: 'month-over-month decrease in OFO encounters' -> nan
      250-cbp-october-operational-update.txt '6,104': counted: 'single adults among the USBP apprehensions' -> 'single adults'
      250-cbp-october-operational-update.txt '798': counted: 'individuals in family units among the USBP apprehensions' -> 'individuals'
      250-cbp-october-operational-update.txt '413': counted: 'unaccompanied children among the USBP apprehensions' -> 'unaccompanied children'
      250-cbp-october-operational-update.txt '1,960': counted: 'known gotaways in October' -> 'Known gotaways'
      250-cbp-october-operational-update.txt 'more than 2,300': counted: 'known gotaways in September' -> 'Known gotaways'
      250-cbp-october-operational-update.txt '1,148': counted: 'people apprehended by the Rio Grande Valley Sector in October' -> 'people'
      250-cbp-october-operational-update.txt '37': counted: 'rescues of migrants in distress by El Paso Sector agents' -> 'rescues of migrants'
      250-cbp-october-operational-update.txt 'more than 936,500': counted: 'people who booked appointments through CBP One' -> 'people'
      250-cbp-october-operational-update.txt '1,284 pounds': counted: 'fentanyl seized nationwide in October' -> 'fentanyl'
      250-cbp-october-operational-update.txt '9%': counted: 'increase in fentanyl seizures from September' -> nan
      250-cbp-october-operational-update.txt 'roughly 14,600 pounds': counted: 'methamphetamine seized nationwide in October' -> 'methamphetamine'
      250-cbp-october-operational-update.txt '212 pounds': counted: 'fentanyl pills seized at the Port of Nogales' -> 'fentanyl pills'
      250-cbp-october-operational-update.txt 'nearly 18,900 pounds': counted: 'fentanyl seized since the start of FY2026' -> 'fentanyl'
      250-cbp-october-operational-update.txt 'about 24 percent': counted: 'decrease in fentanyl seizures from FY2025' -> nan
      250-cbp-october-operational-update.txt 'about 36.1 million': counted: 'travelers processed at ports of entry in October' -> 'travelers'
      250-cbp-october-operational-update.txt '3%': counted: 'increase in travelers over October 2025' -> nan
      250-cbp-october-operational-update.txt '$9.7 billion': counted: 'duties, taxes and fees collected in October' -> nan
      251-wire-border-encounters-november.txt '8,046': counted: 'Border Patrol arrests between official crossings in November' -> 'arrests'
      251-wire-border-encounters-november.txt '10%': counted: 'increase in arrests from October' -> nan
      251-wire-border-encounters-november.txt '7,315': head: 'arrests' -> 'crossings'; counted: 'Border Patrol arrests in October' -> 'crossings'
      251-wire-border-encounters-november.txt 'about 268': head: 'arrests' -> 'crossings'; counted: 'average arrests a day in November' -> 'crossings'
      251-wire-border-encounters-november.txt '6,211': counted: 'arrests a year earlier' -> 'arrests'
      251-wire-border-encounters-november.txt '30%': counted: 'year-over-year increase in arrests' -> nan
      251-wire-border-encounters-november.txt '242,399': counted: 'arrests in December 2023' -> 'arrests'
      251-wire-border-encounters-november.txt '12,905': counted: 'encounters on the southwest border in November' -> 'encounters'
      251-wire-border-encounters-november.txt 'Two': counted: 'officials familiar with the figures' -> 'officials'
      251-wire-border-encounters-november.txt '71%': counted: 'share of arrests that were of Mexicans' -> 'arrests'
      251-wire-border-encounters-november.txt '642': source: 'U.S. Customs and Border Protection' -> 'Two officials familiar with the'; counted: 'people traveling as families arrested' -> 'people'
      251-wire-border-encounters-november.txt '388': source: 'U.S. Customs and Border Protection' -> 'Two officials familiar with the'; counted: 'children traveling alone arrested' -> 'children'
      251-wire-border-encounters-november.txt '72 hours': counted: 'transfer of unaccompanied children' -> nan
      251-wire-border-encounters-november.txt '2,140': bound: 'exact' -> 'approximate'; source: 'U.S. Customs and Border Protection' -> 'Two officials familiar with the'; counted: 'estimated gotaways in November' -> 'gotaways'; low/high: 2140/2140 -> null/null
      251-wire-border-encounters-november.txt '310,000': counted: 'removals under Title 8 since fiscal 2027 began' -> 'removals'
      251-wire-border-encounters-november.txt 'about 25': counted: 'more people a day crossing' -> 'people'
      251-wire-border-encounters-november.txt '1,954-mile': counted: 'length of the border' -> 'border'
      251-wire-border-encounters-november.txt '19': counted: 'people whose remains were recovered in the Arizona desert in November' -> 'people in the Arizona desert'
      251-wire-border-encounters-november.txt '11': counted: 'people whose remains were recovered a year earlier' -> 'people'
      251-wire-border-encounters-november.txt '1,037 pounds': kind: 'measure' -> 'money'; head: 'pounds' -> 'GBP'; counted: 'fentanyl seized nationwide in November' -> nan
      251-wire-border-encounters-november.txt 'about 19%': counted: 'decrease in fentanyl seizures from October' -> nan
      251-wire-border-encounters-november.txt '1,450': head: 'appointments' -> 'people'; counted: "CBP One appointments offered daily at the program's height" -> 'people'
      252-rgv-daily-sector-apprehensions.txt '1,322': counted: 'migrants apprehended in the Rio Grande Valley sector in November' -> 'migrants'
      252-rgv-daily-sector-apprehensions.txt '15%': counted: 'increase in apprehensions from October' -> nan
      252-rgv-daily-sector-apprehensions.txt '1,148': counted: 'migrants apprehended in the Rio Grande Valley sector in October' -> 'migrants'
      252-rgv-daily-sector-apprehensions.txt 'roughly 44': counted: 'apprehensions a day in the sector' -> 'apprehensions'
      252-rgv-daily-sector-apprehensions.txt 'some 1,800': counted: 'people apprehended a day in the Valley at the height of the 2021 surge' -> 'people'
      252-rgv-daily-sector-apprehensions.txt '2,415': counted: 'apprehensions in the Tucson sector in November' -> 'apprehensions'
      252-rgv-daily-sector-apprehensions.txt '1,906': counted: 'apprehensions in the El Paso sector in November' -> 'apprehensions'
      252-rgv-daily-sector-apprehensions.txt '1,587': counted: 'apprehensions logged by San Diego sector agents in November' -> 'apprehensions'
      252-rgv-daily-sector-apprehensions.txt '8%': counted: 'decrease in San Diego sector apprehensions from October' -> nan
      252-rgv-daily-sector-apprehensions.txt '1,104': part_of: None -> '1,587'; counted: "single adults among the Valley's November apprehensions" -> 'single adults'
      252-rgv-daily-sector-apprehensions.txt '131': part_of: None -> '1,587'; counted: "people traveling in family units among the Valley's November apprehensions" -> 'people'
      252-rgv-daily-sector-apprehensions.txt '87': part_of: None -> '1,587'; counted: "unaccompanied children among the Valley's November apprehensions" -> 'unaccompanied children'
      252-rgv-daily-sector-apprehensions.txt 'more than 80 percent': source: 'Ruben Cavazos' -> 'Agent Ruben Cavazos'; counted: 'share of migrants apprehended who were Hondurans, Guatemalans and Mexicans' -> 'migrants'
      252-rgv-daily-sector-apprehensions.txt '317': source: 'Ruben Cavazos' -> 'Agent Ruben Cavazos'; counted: 'known gotaways in the sector in November' -> 'known gotaways'
      252-rgv-daily-sector-apprehensions.txt '402': source: 'Ruben Cavazos' -> 'Agent Ruben Cavazos'; counted: 'known gotaways in the sector a year earlier' -> 'known gotaways'
      252-rgv-daily-sector-apprehensions.txt '21%': source: 'Ruben Cavazos' -> 'Agent Ruben Cavazos'; counted: 'decline in gotaways from a year earlier' -> nan
      252-rgv-daily-sector-apprehensions.txt '612': counted: 'inadmissible people encountered by officers in the Laredo Field Office in November' -> 'inadmissible people'
      252-rgv-daily-sector-apprehensions.txt '96 pounds': counted: 'fentanyl seized at the Pharr-Reynosa International Bridge' -> 'fentanyl'
      252-rgv-daily-sector-apprehensions.txt '2,318 pounds': kind: 'measure' -> 'money'; head: 'pounds' -> 'GBP'; counted: 'fentanyl seized across the Laredo Field Office in FY2026' -> nan
      252-rgv-daily-sector-apprehensions.txt 'between 15 and 25': counted: "people a week seen by the Humanitarian Respite Center's staff" -> 'people'
      252-rgv-daily-sector-apprehensions.txt 'up to 1,000': counted: 'people taken in by the center on its busiest days in 2019' -> 'people'
      252-rgv-daily-sector-apprehensions.txt '40': counted: 'beds kept ready at the center' -> 'beds'
      252-rgv-daily-sector-apprehensions.txt '$45 million': counted: 'port staffing funding Hector Zamora would seek' -> nan
      252-rgv-daily-sector-apprehensions.txt '$2.1 million': counted: "Hidalgo County's own funds spent on migrant-related costs in fiscal 2022" -> nan
      252-rgv-daily-sector-apprehensions.txt '60%': part_of: None -> '$2.1 million'; counted: "share of the county's costs reimbursed" -> nan

Gold corrected afterwards (5d175f6; slips against the schema, not toward the output):
"CBP recorded 11,842 ..." (with its "6%" and "91%") and "The Office of Field Operations
(OFO) recorded 4,527 ..." (with its "12 percent") name the agent of "recorded", which the
schema makes the source, where the gold had the release's own voice; and "reimbursed just
60% of it" after "$2.1 million" is a share signalled as "of them" signals one (reports 100,
111 and 115 set part_of for "percent of them"). No other gold was changed.

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the three reports, each written by hand and seen to fail on
the blind commit's package before its rule; rows as in ``tests/test_unseen_styles.py``
(``(text, value or (low, high), bound, kind, unit[, fields])``).

The general rules of this round, one line each:

- "the Tucson Sector 2,206 and the San Diego Sector 1,731": a number grouped in thousands
  after an area's word (Sector, District, Region, Zone, Division, Station) is the area's
  gapped count, not its number, which is never written with a thousands separator.
- "Fentanyl seizures, nearly all at ports of entry, fell to 1,037 pounds": a drug and its
  seizure earlier in the same sentence (either first) make the pounds a weight, as "pounds
  of fentanyl" after the number already did; an amount with a scale word stays money.
- "Two officials familiar with the figures said ... the agency said": nameless sources
  ("officials/sources/people familiar with, close to, briefed on") are no body for a later
  "the agency" to name, which now reaches the agency the text named before.
- "a sector spokesman, Agent Ruben Cavazos, said": "Agent" is a title before a name, for
  the name finder (entity_titles.txt's heads, with Sergeant and Constable) and for the
  speaker's noun phrase (attribution's title words).

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/cbp-blind``, the batch alone, corrected gold; no miss, no extra)::

    report                                   gold  pred match      P      R     F1  date
    250-cbp-october-operational-update.txt     27    27    27  1.000  1.000  1.000  ok
    251-wire-border-encounters-november.txt    22    22    22  1.000  1.000  1.000  ok
    252-rgv-daily-sector-apprehensions.txt     25    25    25  1.000  1.000  1.000  ok
    TOTAL                                      74    74    74  1.000  1.000  1.000  1.000

    field accuracy over 74 matched figures:
      bound                         0.986  (73/74)
      kind                          1.000  (74/74)
      head                          0.946  (70/74)
      low_high                      0.986  (73/74)
      part_of                       0.959  (71/74)
      source                        1.000  (74/74)
      source (lenient: surname ok)  1.000  (74/74)
      counted                       0.000  (0/74)
      date (per report)             1.000

The dev set still scores 1.000 on every field; the second dev set's matched figures, kind,
head and source rose (5354 -> 5356 matched, kind 5352 -> 5356, head 5175 -> 5179, source
5117 -> 5126, against the start commit's package on the same fixtures), with no field
lower; the regression texts (base28) show no change.

Left alone (seen, not fixed): "The agency estimated 2,140 'gotaways'" read as approximate
(the verb "estimated" before a bare number; the schema's checker keeps it exact); "Of the
Valley's November apprehensions, 1,104 were single adults" taking San Diego's "1,587" of
the sentence before as its whole (the gold, as report 125's, sets none); "a daily average
of 236" after "apprehended 7,315 people" headed "people"; "up 10% from 7,315 in October"
and "about 268 a day" headed "crossings" from "between official crossings"; "CBP One
appointments, of which 1,450 were offered daily" headed "people"; and, outside the
reports, "Three officials who had seen the data, who spoke on condition of anonymity ...,
said the rise came" crediting a figure to "the rise came". "counted" is not scored.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, MS = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# and run on the blind commit's package, where each failed, before its rule).
CASES = [
    (
        "invented/CBP release-like: sectors' gapped counts grouped in thousands",
        "By sector, the Del Rio Sector apprehended 3,412 people, the Laredo Sector 1,905 and "
        "the Big Bend Sector 1,020.",
        [
            ("3,412", 3412, E, C, None, {"head": "people"}),
            ("1,905", 1905, E, C, None, {"head": "people"}),
            ("1,020", 1020, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/wire and border daily: a drug's seizures before a bare number of pounds",
        "Methamphetamine seizures at the ports climbed to 3,410 pounds in March, the agency "
        "said. Seizures of heroin in the Tucson Field Office totaled 1,762 pounds, CBP said. "
        "The smuggler was fined 5,000 pounds.",
        [
            ("3,410 pounds", 3410, E, MS, "pound", {"head": "pounds", "source": "the agency"}),
            ("1,762 pounds", 1762, E, MS, "pound", {"head": "pounds", "source": "CBP"}),
            ("5,000 pounds", 5000, E, M, "GBP"),
        ],
    ),
    (
        "invented/AP-like: 'the agency said' after nameless officials familiar with the data",
        "Agents made 4,100 arrests in May, U.S. Customs and Border Protection said. Two "
        "officials familiar with the numbers said most were Mexican men. Agents arrested 510 "
        "people traveling as families, the agency said.",
        [
            (
                "4,100",
                4100,
                E,
                C,
                None,
                {"head": "arrests", "source": "U.S. Customs and Border Protection"},
            ),
            ("Two", 2, E, C, None, {"head": "officials", "source": None}),
            (
                "510",
                510,
                E,
                C,
                None,
                {"head": "people", "source": "U.S. Customs and Border Protection"},
            ),
        ],
    ),
    (
        "invented/McAllen daily-like: 'Agent' as a title before a spokeswoman's name",
        "The sector logged 2,000 apprehensions in May, a spokeswoman, Agent Lucia Garza, "
        "said. Agents recorded 240 gotaways, Garza said.",
        [
            ("2,000", 2000, E, C, None, {"head": "apprehensions", "source": "Lucia Garza"}),
            ("240", 240, E, C, None, {"head": "gotaways", "source": "Lucia Garza"}),
        ],
    ),
    (
        "invented/El Paso daily-like: 'said Agent Name, a spokesman'",
        "The sector logged 2,000 apprehensions in May, said Agent Tomas Rivas, a Border "
        "Patrol spokesman.",
        [("2,000", 2000, E, C, None, {"head": "apprehensions", "source": "Tomas Rivas"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_cbp_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "250-cbp-october-operational-update.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.962,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "251-wire-border-encounters-november.txt": {
        "f1": 1.0,
        "bound": 0.954,
        "kind": 1.0,
        "head": 0.863,
        "low_high": 0.954,
        "part_of": 1.0,
        "source": 1.0,
    },
    "252-rgv-daily-sector-apprehensions.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.88,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_cbp_floors(name):
    assert_floors(name, FLOORS[name])
