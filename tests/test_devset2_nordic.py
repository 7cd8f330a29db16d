"""Second dev set, batch ``ds2-nordic``: reports 145-147 of ``tests/fixtures/devset2``, the
Nordic and Dutch English-language press on asylum and deportation: agency figures by ground
and decision, return grants in kronor and kroner ("SEK 10,000", "350,000 kronor (about
$33,000)", "up to DKK 150,000"), reception places and their cost in euros ("€1.2 billion",
"1.3 million euros", "about €40 million"), "just over", "at most", "a third", "a quarter",
"12.5 percent", and not-figures in day-month dates, years, ages, clock times, road numbers
("E4", "Highway 7", "N366") and law sections ("Chapter 12, Section 5", "Article 3"). Before
writing them, real copy of this kind was read through the stored-pages search (none is kept
here): the Swedish Migration Agency's English pages on asylum, residence permits and the
repatriation grant. Every sentence, name and number is invented; places and organisations
are real:

- 145-local-sweden-migration-agency-return-grant.txt: a The Local Sweden-like story,
  2026-11-24, on the Migration Agency's January-October figures (asylum seekers, permits by
  ground, deportation decisions, processing times), the return grant raised to 350,000
  kronor, a minister quoted, Delmi's estimate and Denmark's scheme.
- 146-yle-eastern-border-reception-centres.txt: a Yle News-like story, 2026-11-19, on the
  closed eastern border (crossing points, irregular crossings, a Border Guard colonel),
  Migri's shrinking reception system, decisions by share, costs in euros and the Red Cross.
- 147-dutchnews-ter-apel-dispersal-law.txt: a DutchNews-like story, 2026-11-26, on nights
  slept outside at Ter Apel, COA places, MSF, the dispersal law's municipal quotas, the
  Court of Audit's cost per asylum seeker a year, a State Secretary's target and the IND's
  backlog.

The reports and their gold were committed (b90192d) before the extractor was first run on
them (the gold checker's wrapper learnt kronor, kroner, SEK/DKK/NOK, "just over" and "at
most" in the same commit). The BLIND score (``python -m analysis.evaluate /tmp/nordic-blind
--misses``, only this batch in the folder, at that commit)::

    report                                              gold  pred match      P      R     F1  date
    145-local-sweden-migration-agency-return-grant.txt    26    26    26  1.000  1.000  1.000  ok
    146-yle-eastern-border-reception-centres.txt          24    24    24  1.000  1.000  1.000  ok
    147-dutchnews-ter-apel-dispersal-law.txt              25    25    25  1.000  1.000  1.000  ok
    TOTAL                                                 75    75    75  1.000  1.000  1.000  1.000

    field accuracy over 75 matched figures:
      bound                         1.000  (75/75)
      kind                          1.000  (75/75)
      head                          0.760  (57/75)
      low_high                      1.000  (75/75)
      part_of                       0.987  (74/75)
      source                        0.733  (55/75)
      source (lenient: surname ok)  0.747  (56/75)
      counted                       0.173  (13/75)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      145-local-sweden-migration-agency-return-grant.txt 'Just over 7,400': source: 'Swedish Migration Agency' -> 'the Swedish Migration Agency (Migrationsverket)'; counted: 'people who applied for asylum in Sweden between January and October' -> 'people'
      145-local-sweden-migration-agency-return-grant.txt '18 percent': source: 'Swedish Migration Agency' -> 'the Swedish Migration Agency (Migrationsverket)'; counted: 'fall in asylum applications on the same period last year' -> nan
      145-local-sweden-migration-agency-return-grant.txt 'Around a third': source: 'Swedish Migration Agency' -> 'the Swedish Migration Agency (Migrationsverket)'; counted: 'asylum applicants who were children' -> 'people'
      145-local-sweden-migration-agency-return-grant.txt '4,160': head: 'residence permits' -> 'permits'; counted: 'residence permits granted on protection grounds so far this year' -> 'residence permits'
      145-local-sweden-migration-agency-return-grant.txt '5,930': head: 'residence permits' -> 'permits'; counted: 'residence permits granted on protection grounds a year earlier' -> 'residence permits'
      145-local-sweden-migration-agency-return-grant.txt '1,020': counted: 'permits granted to Syrians' -> 'permits'
      145-local-sweden-migration-agency-return-grant.txt '39,800': head: 'work permits' -> 'permits'; counted: 'work permits this year' -> 'Work permits'
      145-local-sweden-migration-agency-return-grant.txt '44,100': head: 'work permits' -> 'permits'; counted: 'work permits a year earlier' -> 'Work permits'
      145-local-sweden-migration-agency-return-grant.txt '9 percent': counted: 'fall in family reunification permits' -> nan
      145-local-sweden-migration-agency-return-grant.txt 'some 21,000': head: 'family reunification permits' -> 'permits'; counted: 'family reunification permits this year' -> 'permits'
      145-local-sweden-migration-agency-return-grant.txt '11,300': head: 'decisions' -> 'deportation'; counted: 'deportation or refusal-of-entry decisions issued over the period' -> 'deportation'
      145-local-sweden-migration-agency-return-grant.txt 'about 60 percent': head: 'decisions' -> 'people'; counted: 'decisions that concerned people whose asylum claims had been rejected' -> 'concerned people'
      145-local-sweden-migration-agency-return-grant.txt '1,900': counted: 'cases handed to the police because the person could not be found' -> 'cases'
      145-local-sweden-migration-agency-return-grant.txt 'four weeks': counted: 'period within which a refused applicant must leave' -> nan
      145-local-sweden-migration-agency-return-grant.txt '112 days': source: 'Swedish Migration Agency' -> 'the Swedish Migration Agency (Migrationsverket)'; counted: 'average processing time for a first asylum decision' -> nan
      145-local-sweden-migration-agency-return-grant.txt '163 days': source: 'Swedish Migration Agency' -> 'the Swedish Migration Agency (Migrationsverket)'; counted: 'average processing time for a first asylum decision in 2024' -> nan
      145-local-sweden-migration-agency-return-grant.txt '92': source: 'Swedish Migration Agency' -> 'the Swedish Migration Agency (Migrationsverket)'; counted: 'people who received the return grant in 2025' -> 'people'
      145-local-sweden-migration-agency-return-grant.txt '2,000': counted: 'people who use the return grant in the first year' -> 'people'
      145-local-sweden-migration-agency-return-grant.txt 'at most 1,500': source: 'Delmi' -> 'Researchers at Delmi'; counted: 'additional people a year who would take up the offer' -> 'additional people'
      145-local-sweden-migration-agency-return-grant.txt 'fewer than 700': counted: 'people who left Denmark under its scheme last year' -> 'people'
      146-yle-eastern-border-reception-centres.txt 'eight': head: 'crossing points' -> 'points'; counted: "crossing points on Finland's land border with Russia" -> 'crossing points'
      146-yle-eastern-border-reception-centres.txt '1,340-kilometre': counted: "Finland's land border with Russia" -> 'land border'
      146-yle-eastern-border-reception-centres.txt 'more than 1,300': head: 'asylum seekers' -> 'seekers'; counted: 'asylum seekers who arrived from Russia before the closure' -> 'asylum seekers'
      146-yle-eastern-border-reception-centres.txt 'just over three months': counted: 'period in which the asylum seekers arrived from Russia' -> nan
      146-yle-eastern-border-reception-centres.txt '41': counted: 'people crossing the land border irregularly so far this year' -> 'people crossing the land border'
      146-yle-eastern-border-reception-centres.txt '29': source: 'Finnish Border Guard' -> nan; counted: 'people who crossed the land border and applied for asylum' -> 'people crossing the land border'
      146-yle-eastern-border-reception-centres.txt 'about 150': counted: 'people turned back at the border line since January' -> 'people'
      146-yle-eastern-border-reception-centres.txt '400': counted: 'more officers in the district than in 2023' -> 'officers'
      146-yle-eastern-border-reception-centres.txt 'around 4,500': counted: 'travellers a day at the Vaalimaa crossing before the closure' -> 'travellers'
      146-yle-eastern-border-reception-centres.txt 'up to 30 percent': counted: 'turnover lost by businesses in Lappeenranta' -> 'turnover'
      146-yle-eastern-border-reception-centres.txt '3,850': source: 'Finnish Immigration Service' -> 'UNHCR'; counted: 'places in reception centres at the end of October' -> 'places'
      146-yle-eastern-border-reception-centres.txt '11,200': source: 'Finnish Immigration Service' -> 'UNHCR'; counted: 'places in reception centres at the start of 2024' -> 'places'
      146-yle-eastern-border-reception-centres.txt '14': source: 'Finnish Immigration Service' -> 'UNHCR'; counted: 'reception centres closed this year' -> 'centres'
      146-yle-eastern-border-reception-centres.txt 'about €40 million': source: 'Finnish Immigration Service' -> 'UNHCR'
      146-yle-eastern-border-reception-centres.txt '2,870': head: 'asylum applications' -> 'applications'; counted: 'asylum applications received between January and October' -> 'asylum applications'
      146-yle-eastern-border-reception-centres.txt '3,400': counted: 'asylum decisions made between January and October' -> 'decisions'
      146-yle-eastern-border-reception-centres.txt '38 percent': counted: 'decisions that were positive' -> 'decisions'
      146-yle-eastern-border-reception-centres.txt '12.5 percent': head: 'decisions' -> 'people'; counted: 'decisions concerning people who already had protection in another EU country' -> 'concerned people'
      146-yle-eastern-border-reception-centres.txt 'four years': counted: 'period over which reception funding is cut' -> nan
      146-yle-eastern-border-reception-centres.txt 'around 80 percent': counted: 'occupancy of reception centres' -> 'occupancy'
      146-yle-eastern-border-reception-centres.txt 'nine': counted: 'reception centres run by the Finnish Red Cross' -> 'centres'
      146-yle-eastern-border-reception-centres.txt 'a quarter': head: 'staff' -> nan; counted: 'staff cut at Finnish Red Cross centres' -> nan
      147-dutchnews-ter-apel-dispersal-law.txt 'More than 80': head: 'asylum seekers' -> 'seekers'; counted: 'asylum seekers who slept outside the registration centre in Ter Apel on Tuesday night' -> 'asylum seekers'
      147-dutchnews-ter-apel-dispersal-law.txt 'just over 66,000': source: 'COA' -> 'a spokeswoman'; counted: 'people housed by the COA' -> 'people'
      147-dutchnews-ter-apel-dispersal-law.txt '64,500': source: 'COA' -> 'a spokeswoman'; counted: "places in COA's capacity" -> 'places'
      147-dutchnews-ter-apel-dispersal-law.txt 'Around 2,000': head: 'people' -> 'places'; part_of: 'just over 66,000' -> '64,500'; source: 'COA' -> nan; counted: 'people housed by the COA in emergency shelters' -> 'places'
      147-dutchnews-ter-apel-dispersal-law.txt '2,000': counted: 'people Ter Apel is meant to hold' -> 'people'
      147-dutchnews-ter-apel-dispersal-law.txt '2,340': counted: 'people housed in Ter Apel on Wednesday morning' -> 'people'
      147-dutchnews-ter-apel-dispersal-law.txt '450': counted: 'people a week registered in Ter Apel since September' -> 'people'
      147-dutchnews-ter-apel-dispersal-law.txt '37': counted: 'people treated by MSF in Ter Apel in the past week' -> 'people'
      147-dutchnews-ter-apel-dispersal-law.txt 'a third': counted: 'people treated for skin infections' -> 'people'
      147-dutchnews-ter-apel-dispersal-law.txt '342': counted: 'municipalities in the country' -> 'municipalities'
      147-dutchnews-ter-apel-dispersal-law.txt '96,000': counted: 'places municipalities must provide under the dispersal law' -> 'places'
      147-dutchnews-ter-apel-dispersal-law.txt '212': head: 'municipalities' -> nan; source: 'VNG' -> 'the VNG local authorities association'; counted: 'municipalities that have met their quota' -> nan
      147-dutchnews-ter-apel-dispersal-law.txt '342': head: 'municipalities' -> nan; source: 'VNG' -> 'the VNG local authorities association'; counted: 'municipalities in the country' -> nan
      147-dutchnews-ter-apel-dispersal-law.txt 'just over 19,000': source: 'VNG' -> 'the VNG local authorities association'; counted: 'shortfall of places under the dispersal law' -> 'places'
      147-dutchnews-ter-apel-dispersal-law.txt '50,000': source: 'Marieke de Groot' -> 'Asylum Marieke de Groot'; counted: 'people in COA housing targeted by the State Secretary' -> 'people'
      147-dutchnews-ter-apel-dispersal-law.txt 'two years': source: 'Marieke de Groot' -> 'Asylum Marieke de Groot'; counted: 'period to cut the number of people in COA housing' -> nan
      147-dutchnews-ter-apel-dispersal-law.txt '38,500': head: 'asylum cases' -> 'cases'; counted: "asylum cases in the IND's backlog" -> 'asylum cases'
      147-dutchnews-ter-apel-dispersal-law.txt 'almost half': head: 'asylum cases' -> 'cases'; counted: 'asylum cases that have passed the statutory deadline' -> 'asylum cases'
      147-dutchnews-ter-apel-dispersal-law.txt 'six-month': counted: 'statutory deadline for an asylum decision' -> 'deadline'
      147-dutchnews-ter-apel-dispersal-law.txt 'some 400': counted: 'children among those waiting in Ter Apel' -> 'children'
      147-dutchnews-ter-apel-dispersal-law.txt '12.5 percent': counted: 'people at Ter Apel who already had a residence permit' -> 'people'

Gold corrected afterwards (a slip against the schema, not toward the output; e475f1c): the
head is the head noun, as the schema and every other batch write it, so "residence
permits", "work permits" and "family reunification permits" are "permits", "asylum seekers"
"seekers", "crossing points" "points", "asylum applications" "applications" and "asylum
cases" "cases" (the blind head score on the corrected gold: 0.907, 68/75).

The general rules of this round, one line each:

- 7b59143: a body's one-word native name in brackets is dropped like its acronym ("the
  Swedish Migration Agency (Migrationsverket)"); "Asylum" ends a minister's portfolio
  ("State Secretary for Asylum Marieke de Groot"); an opening "Meanwhile", "However",
  "Separately", "Elsewhere" or "Instead" before a body leaves it the next sentence's "it".
- e5837bf: after "of which" the word after a share ("concerned", "involved", "related",
  "affected") is its verb, so the share is of the whole's noun; a hyphened compound may be
  one of the modifiers listed before a shared noun ("deportation or refusal-of-entry
  decisions").
- 2bc219b: "the 342" with its noun left out, before a verb or a clause's end, names again
  the count of that value a few sentences back, and the part before it ("212 of the 342")
  takes the noun too.

Left alone (open conventions or gold calls that may be the slip): "Researchers at Delmi"
(the gold says "Delmi"; another batch's convention keeps researchers at a body), "a
spokeswoman" for the COA's figures and "the VNG local authorities association" (the gold
says "COA" and "VNG"), "Of these, 29 applied for asylum" with no source of its own, "Around
2,000 of them" read as a share of the capacity of 64,500 places rather than the 66,000
people, and "staff had been cut by a quarter" with no head.

Final score of the three reports after the rules (same command)::

    report                                              gold  pred match      P      R     F1  date
    145-local-sweden-migration-agency-return-grant.txt    26    26    26  1.000  1.000  1.000  ok
    146-yle-eastern-border-reception-centres.txt          24    24    24  1.000  1.000  1.000  ok
    147-dutchnews-ter-apel-dispersal-law.txt              25    25    25  1.000  1.000  1.000  ok
    TOTAL                                                 75    75    75  1.000  1.000  1.000  1.000

    field accuracy over 75 matched figures:
      bound                         1.000  (75/75)
      kind                          1.000  (75/75)
      head                          0.973  (73/75)
      low_high                      1.000  (75/75)
      part_of                       0.987  (74/75)
      source                        0.893  (67/75)
      source (lenient: surname ok)  0.907  (68/75)
      counted                       0.173  (13/75)
      date (per report)             1.000
"""

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
        "invented/The Local Denmark: a body's native name in brackets is no part of its name",
        "A total of 2,100 people were granted asylum last year, the Danish Immigration "
        "Service (Udlændingestyrelsen) said on Friday.",
        [("2,100", 2100, E, C, None, {"source": "Danish Immigration Service"})],
    ),
    (
        "invented/The Local Norway: a long native name after the directorate, in brackets",
        "The Norwegian Directorate of Immigration (Utlendingsdirektoratet) said 640 people "
        "had been returned by force since January.",
        [("640", 640, E, C, None, {"source": "Norwegian Directorate of Immigration"})],
    ),
    (
        "invented/DutchNews: 'Asylum' ends a portfolio before the holder's name",
        "Minister for Asylum Pieter Smit said 3,000 extra places would open in Zeeland.",
        [("3,000", 3000, E, C, None, {"source": "Pieter Smit"})],
    ),
    (
        "invented/Yle: a body after an opening 'Meanwhile' is the next sentence's 'it'",
        "The Red Cross has criticised the plan. Meanwhile the Finnish Immigration Service "
        "(Migri) is closing more centres. It said 2,400 places would remain in March.",
        [("2,400", 2400, E, C, None, {"source": "Finnish Immigration Service"})],
    ),
    (
        "invented/DutchNews: after 'of which' the word after a share is its verb",
        "The Council of State heard 800 appeals last year, of which 40 percent concerned "
        "families with children.",
        [
            ("800", 800, E, C, None, {"head": "appeals"}),
            ("40 percent", 40, E, P, "%", {"head": "appeals", "part_of": 0}),
        ],
    ),
    (
        "invented/The Local Denmark: a hyphened modifier after 'or' shares the head noun",
        "The Danish Immigration Service issued 1,150 expulsion or entry-ban decisions in 2025, "
        "of which 30 percent concerned Iraqis.",
        [
            ("1,150", 1150, E, C, None, {"head": "decisions"}),
            ("30 percent", 30, E, P, "%", {"head": "decisions", "part_of": 0}),
        ],
    ),
    (
        "invented/The Local Norway: 'the 357' names again the count of that value",
        "Norway's 357 municipalities were asked to settle refugees this year. So far 290 of "
        "the 357 have agreed, the directorate said.",
        [
            ("357", 357, E, C, None, {"head": "municipalities"}),
            ("290", 290, E, C, None, {"head": "municipalities", "part_of": 2}),
            ("357", 357, E, C, None, {"head": "municipalities"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_nordic_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "145-local-sweden-migration-agency-return-grant.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.96,
    },
    "146-yle-eastern-border-reception-centres.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.95,
    },
    "147-dutchnews-ter-apel-dispersal-law.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.96,
        "low_high": 1.0,
        "part_of": 0.96,
        "source": 0.76,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_nordic_floors(name):
    assert_floors(name, FLOORS[name])
