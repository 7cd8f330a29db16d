"""Second dev set, batch ``ds2-americas2``: reports 124-126 of ``tests/fixtures/devset2``,
migration copy from the Americas' English-language press and wires (the second batch of
that region, after ``test_devset2_americas.py``'s 43-46): an AP dispatch from a Panamanian
reception station, a US border-city daily on CBP's monthly figures, and a Colombian
English-language story on Venezuelans' protection permits. Before writing them, real copy of
these kinds was read through the stored-pages search (none is kept here): AP's Darien Gap
stories from Penitas and Panama City (SENAFRONT's and the migration service's counts,
minors, a year on year multiple), Newsroom Panama's National Migration Service items,
Costa Rican and Prensa Latina items on the bus from the Darien to the Nicaraguan border and
its fare in dollars, El Paso Matters', Border Report's and Breitbart Texas's sector items
(daily averages, gotaways, releases, FEMA money and the city's dashboard), The Monitor's
Rio Grande Valley apprehension story, and Migración Colombia's figures as EFE, Semana and
reliefweb's UNHCR operational updates gave them (PPTs issued, the undocumented share, a
mayor's complaint). Every sentence, name and number is invented; places and organisations
are real:

- 124-ap-darien-lajas-blancas.txt: an AP-style dispatch, 2026-11-18, LAJAS BLANCAS
  dateline: October crossings by nationality, the year so far against the 520,000-plus of
  2023, "about one in four" children and unaccompanied minors, SENAFRONT's bodies and
  rescues, the station's capacity, a migrant's smuggling fee, the bus fare to Paso Canoas
  ($60 from $40), IOM's kits and appeal, the migration director's forecast.
- 125-el-paso-cbp-october-encounters.txt: an El Paso daily, 2026-11-20: the sector's
  monthly apprehensions and their daily average, single adults, family units and
  unaccompanied children, other sectors' counts, "gotaways", Title 8 removals, a
  congressman's claim and the CBP spokeswoman's reply ("less than a quarter"), the city's
  migrant budget and FEMA money, a shelter's beds and budget ("More than half").
- 126-colombia-ppt-cucuta-mayor.txt: a Colombian English-language story, 2026-11-24,
  BOGOTÁ: PPTs issued ("2mn" in the headline), Migración Colombia's count and its
  undocumented share, the Cúcuta mayor's "at least 90,000" against the agency's 41,300,
  "COP 1.2 billion", R4V's 7.7 million ("nearly 1.7mn", "680,000-plus"), pesos and a pay
  gap, "seven in ten", UNHCR's money and appeal, daily entries.

The reports and their gold were committed (41a12d7) before the extractor was first run on
them (the gold checker's wrapper learnt "520,000-plus" and "COP" before the amount in the
same commit). The BLIND score (``python -m analysis.evaluate /tmp/americas-blind
--misses``, only this batch in the folder, at that commit)::

    report                                  gold  pred match      P      R     F1  date
    124-ap-darien-lajas-blancas.txt           25    25    25  1.000  1.000  1.000  ok
    125-el-paso-cbp-october-encounters.txt    24    24    24  1.000  1.000  1.000  ok
    126-colombia-ppt-cucuta-mayor.txt         25    26    25  0.962  1.000  0.980  ok
    TOTAL                                     74    75    74  0.987  1.000  0.993  1.000

    field accuracy over 74 matched figures:
      bound                         1.000  (74/74)
      kind                          0.986  (73/74)
      head                          0.851  (63/74)
      low_high                      1.000  (74/74)
      part_of                       0.851  (63/74)
      source                        0.811  (60/74)
      source (lenient: surname ok)  0.811  (60/74)
      counted                       0.149  (11/74)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 1
      126-colombia-ppt-cucuta-mayor.txt
        EXTRA '7' (7)  in: Luisa Perdomo, 34, crossed the Simón Bolívar bridge in 2019 with her 17-year-old son and sells coffee on Avenida 7.

    matched figures with a field wrong (gold -> predicted):
      124-ap-darien-lajas-blancas.txt 'More than 4,300': counted: 'migrants who came out of the Darien Gap in October' -> 'migrants'
      124-ap-darien-lajas-blancas.txt '1,520': counted: 'migrants counted in October 2025' -> 'migrants'
      124-ap-darien-lajas-blancas.txt '2,210': part_of: 'More than 4,300' -> nan; counted: 'October crossings by Venezuelans' -> 'October crossings'
      124-ap-darien-lajas-blancas.txt '640': head: 'crossings' -> 'colombians'; part_of: 'More than 4,300' -> nan; counted: 'October crossings by Colombians' -> 'Colombians'
      124-ap-darien-lajas-blancas.txt '385': head: 'crossings' -> 'ecuadorians'; part_of: 'More than 4,300' -> nan; counted: 'October crossings by Ecuadorians' -> 'Ecuadorians'
      124-ap-darien-lajas-blancas.txt '18,950': counted: 'people who have crossed the jungle since January' -> 'people'
      124-ap-darien-lajas-blancas.txt '64%': counted: 'rise in crossings on the same period last year' -> nan
      124-ap-darien-lajas-blancas.txt '520,000-plus': counted: 'people who made the trek in 2023' -> 'people'
      124-ap-darien-lajas-blancas.txt 'About one in four': part_of: '18,950' -> '520,000-plus'; counted: "this year's migrants who were children" -> 'migrants'
      124-ap-darien-lajas-blancas.txt '612': head: 'children' -> 'people'; part_of: '18,950' -> '520,000-plus'; counted: 'children who reached the reception stations without a parent or guardian' -> 'people'
      124-ap-darien-lajas-blancas.txt '148': counted: 'unaccompanied minors under the age of 12' -> 'unaccompanied minors'
      124-ap-darien-lajas-blancas.txt '23': source: 'SENAFRONT' -> "Panama's border police"; counted: 'migrants whose bodies were recovered along the trail since January' -> 'migrants along the trail'
      124-ap-darien-lajas-blancas.txt 'nine': source: 'SENAFRONT' -> "Panama's border police"; counted: 'migrants whose bodies were recovered in all of 2025' -> 'migrants'
      124-ap-darien-lajas-blancas.txt '317': counted: 'people rescued by SENAFRONT units this year' -> 'people'
      124-ap-darien-lajas-blancas.txt '500': counted: 'people the Lajas Blancas station was built for' -> 'people'
      124-ap-darien-lajas-blancas.txt 'roughly 760': counted: 'people sleeping at Lajas Blancas on Monday night' -> 'people'
      124-ap-darien-lajas-blancas.txt 'six days': counted: 'time spent in the jungle' -> nan
      124-ap-darien-lajas-blancas.txt '8-hour': counted: 'bus ride to the Costa Rican border at Paso Canoas' -> 'ride'
      124-ap-darien-lajas-blancas.txt '9,400': counted: 'hygiene kits handed out in Darien this year' -> 'hygiene kits'
      124-ap-darien-lajas-blancas.txt '38%': counted: 'share of the appeal for Panama received' -> 'appeal'
      124-ap-darien-lajas-blancas.txt 'between 5,000 and 6,000': counted: 'crossings expected in November' -> 'crossings'
      125-el-paso-cbp-october-encounters.txt '2,412': counted: 'migrants apprehended in the El Paso sector in October' -> 'migrants'
      125-el-paso-cbp-october-encounters.txt '18%': counted: 'increase over September' -> nan
      125-el-paso-cbp-october-encounters.txt '78': head: 'apprehensions' -> nan; counted: 'daily average of apprehensions in the El Paso sector in October' -> nan
      125-el-paso-cbp-october-encounters.txt 'roughly 1,700': head: 'migrants' -> nan; counted: 'migrants arrested a day in December 2023' -> nan
      125-el-paso-cbp-october-encounters.txt '1,870': part_of: '2,412' -> nan; counted: 'single adults among the October apprehensions' -> 'single adults'
      125-el-paso-cbp-october-encounters.txt '412': part_of: '2,412' -> nan; counted: 'members of family units among the October apprehensions' -> 'members'
      125-el-paso-cbp-october-encounters.txt '130': part_of: '2,412' -> nan; counted: 'unaccompanied children among the October apprehensions' -> 'unaccompanied children'
      125-el-paso-cbp-october-encounters.txt '9,870': counted: 'apprehensions between ports of entry across the Southwest border in October' -> 'apprehensions'
      125-el-paso-cbp-october-encounters.txt '1,080': counted: 'apprehensions in the Rio Grande Valley sector' -> 'apprehensions'
      125-el-paso-cbp-october-encounters.txt '2,960': counted: 'apprehensions in the Tucson sector' -> 'apprehensions'
      125-el-paso-cbp-october-encounters.txt '690': head: 'gotaways' -> nan; counted: 'gotaways recorded by El Paso agents in October' -> nan
      125-el-paso-cbp-october-encounters.txt '575': head: 'gotaways' -> nan; counted: 'gotaways recorded in September' -> nan
      125-el-paso-cbp-october-encounters.txt '1,515': counted: 'people removed from the sector under Title 8 in October' -> 'people'
      125-el-paso-cbp-october-encounters.txt 'about 600': counted: 'people turned over to Immigration and Customs Enforcement' -> 'people'
      125-el-paso-cbp-october-encounters.txt 'over 40,000': counted: 'illegals who got away in El Paso this year' -> 'illegals'
      125-el-paso-cbp-october-encounters.txt '9,380': counted: 'gotaways recorded in the sector in fiscal year 2026' -> 'gotaways'
      125-el-paso-cbp-october-encounters.txt 'less than a quarter': part_of: 'over 40,000' -> nan; counted: 'share of the number the congressman cited' -> 'number'
      125-el-paso-cbp-october-encounters.txt '$3.5 million': source: 'Marcus Ibarra' -> 'Deputy City Manager Marcus Ibarra'
      125-el-paso-cbp-october-encounters.txt '$12.8 million': source: 'Marcus Ibarra' -> 'Deputy City Manager Marcus Ibarra'
      125-el-paso-cbp-october-encounters.txt '$7.6 million': source: 'Marcus Ibarra' -> 'Deputy City Manager Marcus Ibarra'
      125-el-paso-cbp-october-encounters.txt '180': counted: 'beds at the Casa Vida shelter' -> 'beds'
      125-el-paso-cbp-october-encounters.txt '142': counted: 'people housed a night on average in October' -> 'people'
      125-el-paso-cbp-october-encounters.txt 'More than half': counted: "share of the shelter's budget from city contracts" -> 'budget'
      126-colombia-ppt-cucuta-mayor.txt '2mn': counted: 'protection permits for Venezuelans' -> 'protection permits'
      126-colombia-ppt-cucuta-mayor.txt '2,016,480': counted: 'Temporary Protection Permits issued to Venezuelans since 2021' -> 'Temporary Protection Permits'
      126-colombia-ppt-cucuta-mayor.txt '2.79 million': counted: 'Venezuelans living in Colombia at the end of September' -> 'Venezuelans'
      126-colombia-ppt-cucuta-mayor.txt '1.2%': counted: 'fall on a year earlier' -> nan
      126-colombia-ppt-cucuta-mayor.txt 'Some 512,000': source: 'Migración Colombia' -> 'the report'; counted: 'Venezuelans with no regular status' -> 'Venezuelans'
      126-colombia-ppt-cucuta-mayor.txt '18.4%': source: 'Migración Colombia' -> 'the report'; counted: 'share of Venezuelans with no regular status' -> 'Venezuelans'
      126-colombia-ppt-cucuta-mayor.txt 'at least 90,000': head: 'venezuelans' -> 'people'; counted: 'undocumented Venezuelans in Cúcuta' -> 'people'
      126-colombia-ppt-cucuta-mayor.txt '41,300': head: 'venezuelans' -> 'people'; source: 'Migración Colombia' -> 'Hernán Villamizar Ortiz'; counted: 'undocumented Venezuelans recorded by Migración Colombia for Cúcuta' -> 'people'
      126-colombia-ppt-cucuta-mayor.txt 'More than half': counted: 'people sleeping in the streets who are Venezuelan' -> 'people sleeping in our streets'
      126-colombia-ppt-cucuta-mayor.txt 'one in four': counted: 'children in public hospitals who are Venezuelan' -> 'children'
      126-colombia-ppt-cucuta-mayor.txt 'COP 1.2 billion': kind: 'money' -> 'count'; head: 'COP' -> 'people'; counted: nan -> 'people'
      126-colombia-ppt-cucuta-mayor.txt '94%': counted: 'PPT holders who renewed their registration on time' -> 'PPT holders'
      126-colombia-ppt-cucuta-mayor.txt '7.7 million': source: 'Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela' -> nan; counted: 'Venezuelans living abroad' -> 'Venezuelans'
      126-colombia-ppt-cucuta-mayor.txt 'some 6.6 million': source: 'Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela' -> nan; counted: 'Venezuelans in Latin America and the Caribbean' -> 'Venezuelans'
      126-colombia-ppt-cucuta-mayor.txt 'nearly 1.7mn': source: 'Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela' -> 'Inter-Agency Coordination Platform for Refugees and Migrants'; counted: 'Venezuelans hosted in Peru' -> 'Venezuelans'
      126-colombia-ppt-cucuta-mayor.txt '680,000-plus': source: 'Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela' -> 'Inter-Agency Coordination Platform for Refugees and Migrants'; counted: 'Venezuelans hosted in Brazil' -> 'Venezuelans'
      126-colombia-ppt-cucuta-mayor.txt '22%': counted: 'pay gap with Colombians in the same occupations' -> nan
      126-colombia-ppt-cucuta-mayor.txt 'seven in ten': head: 'venezuelans' -> nan; part_of: nan -> '1.1 million pesos'; counted: 'Venezuelans with jobs who work informally' -> nan
      126-colombia-ppt-cucuta-mayor.txt 'about 9,000': counted: 'families the cash assistance can cover' -> 'families'
      126-colombia-ppt-cucuta-mayor.txt '31%': part_of: nan -> 'nearly $2.5mn'; counted: 'share of the 2027 appeal for Colombia funded' -> 'appeal for Colombia'
      126-colombia-ppt-cucuta-mayor.txt '1,850': source: 'Migración Colombia' -> 'UNHCR'; counted: 'daily entries from Venezuela through the official crossings in October' -> 'daily entries from Venezuela'
      126-colombia-ppt-cucuta-mayor.txt '2,600': source: 'Migración Colombia' -> 'UNHCR'; counted: 'daily entries from Venezuela a year earlier' -> 'daily entries'

One gold slip against the schema was fixed after the blind run (216a29b): in 125, "Of the
October apprehensions, 1,870 were single adults, 412 ... and 130 ..." stands two sentences
after the "2,412" it splits, and the schema sets ``part_of`` only "in the same sentence or
the one after", so the three now have none (the blind table above is against the gold as
first committed, where they had "2,412").

Rules of this round (each with its invented rows below, failing before it; the row
"counted by UNHCR in the camps" is a guard that passed before):

- figures: streets and roads named by their number in Spanish and Portuguese are labels
  ("Carrera 7", "Calle 19", "Avenida 9", "Rua 25 de Março", "Ruta 5").
- figures (letter_currencies.csv): "COP" spaced before an amount is the Colombian peso in a
  report that names Colombia or its cities ("COP 1.2 billion", "COP 850,000"); "COP28" and
  a small bare "COP 30" are no pesos (the climate summit).
- entities: "Manager" is a title before a name ("Deputy City Manager Marcus Ibarra",
  "County Manager Ana Lozano").
- figures: a noun in quotes keeps the comma or full stop American copy sets inside the
  closing quote ('690 "gotaways," people seen crossing', 'counted 2,300 "gotaways."').
- figures: a quoted estimate, its bound word inside the quotes, takes the noun after the
  closing quote ('"at least 90,000" undocumented Venezuelans', '"more than 500" shelters').
- attribution: "the report said" after "according to the agency's quarterly report" is
  the report's owner, as after "a report by X".
- attribution: "the agency said" closing a sentence that a named body opens (with its
  country's possessive or an article) is that body, not a UN agency named before
  ("Migración Colombia recorded ..., the agency said").
- attribution: a figure's own "recorded by X" right after it (or after its noun, no finite
  verb between) gives X, whoever speaks the sentence ("the mayor said ..., against the
  41,300 recorded by Migración Colombia"); and a lower-case place or purpose after the
  agent ("for the city", "in the camps") is no part of its name.
- attribution: a country's possessive and a described body or security force, then its
  name in apposition, is the name ("Panama's border police, SENAFRONT, said", "Chile's
  investigative police, the PDI, said").
- attribution: a participle's apposition between a body and its counting verb ("The Mixed
  Migration Centre, backed by the Danish Refugee Council, counts", "R4V, co-led by UNHCR
  and IOM, counts").
- figures: a rate ("seven in ten") is no share of an amount of money, neither directly nor
  through a share before it ("earn 1.1 million pesos a month, 22% less than ..., and seven
  in ten work informally").
- tests/test_figures.py: the label reference learnt the "older than 5" age limit that
  ``_token_is_label`` got in 1598ff4 (the new fixture was the first to reach it).

Regression diff (``regress.py``, against base15): empty for every rule but the last
attribution round's tail cut, which changes one text, a docstring of
``test_devset2_courts.py`` ("a judgment given by a named judge for the court": the agent is
now "a named judge").

AFTER these rules (the same command, on the corrected gold; counted details left out)::

    report                                  gold  pred match      P      R     F1  date
    124-ap-darien-lajas-blancas.txt           25    25    25  1.000  1.000  1.000  ok
    125-el-paso-cbp-october-encounters.txt    24    24    24  1.000  1.000  1.000  ok
    126-colombia-ppt-cucuta-mayor.txt         25    25    25  1.000  1.000  1.000  ok
    TOTAL                                     74    74    74  1.000  1.000  1.000  1.000

    field accuracy over 74 matched figures:
      bound                         1.000  (74/74)
      kind                          1.000  (74/74)
      head                          0.919  (68/74)
      low_high                      1.000  (74/74)
      part_of                       0.905  (67/74)
      source                        0.946  (70/74)
      source (lenient: surname ok)  0.946  (70/74)
      counted                       0.162  (12/74)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      124-ap-darien-lajas-blancas.txt '2,210': part_of: 'More than 4,300' -> nan
      124-ap-darien-lajas-blancas.txt '640': head: 'crossings' -> 'colombians'; part_of: 'More than 4,300' -> nan
      124-ap-darien-lajas-blancas.txt '385': head: 'crossings' -> 'ecuadorians'; part_of: 'More than 4,300' -> nan
      124-ap-darien-lajas-blancas.txt 'About one in four': part_of: '18,950' -> '520,000-plus'
      124-ap-darien-lajas-blancas.txt '612': head: 'children' -> 'people'; part_of: '18,950' -> '520,000-plus'
      125-el-paso-cbp-october-encounters.txt '78': head: 'apprehensions' -> nan
      125-el-paso-cbp-october-encounters.txt 'roughly 1,700': head: 'migrants' -> nan
      125-el-paso-cbp-october-encounters.txt 'less than a quarter': part_of: 'over 40,000' -> nan
      126-colombia-ppt-cucuta-mayor.txt '7.7 million': source: 'Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela' -> 'Venezuela (R4V)'
      126-colombia-ppt-cucuta-mayor.txt 'some 6.6 million': source: 'Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela' -> 'Venezuela (R4V)'
      126-colombia-ppt-cucuta-mayor.txt 'nearly 1.7mn': source: 'Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela' -> 'Inter-Agency Coordination Platform for Refugees and Migrants'
      126-colombia-ppt-cucuta-mayor.txt '680,000-plus': source: 'Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela' -> 'Inter-Agency Coordination Platform for Refugees and Migrants'
      126-colombia-ppt-cucuta-mayor.txt 'seven in ten': head: 'venezuelans' -> nan
      126-colombia-ppt-cucuta-mayor.txt '31%': part_of: nan -> 'nearly $2.5mn'

Left alone: "Venezuelans accounted for 2,210 of the October crossings, followed by
Colombians with 640 and Ecuadorians with 385" (part_of from "the October crossings" to the
"More than 4,300" of the lead, and the elided head of the two after: the extractor takes
the nationality, as other batches' gold accepts); "About one in four of this year's
migrants ... and 612 of them" (the whole is the year's 18,950, not the 2023 "520,000-plus"
named last, and "them" is the children); "That is a daily average of 78" and "the roughly
1,700 a day agents were arresting" (no noun); "less than a quarter of the number the
congressman cited" (part_of the claim a sentence before); "its 2027 appeal for Colombia was
only 31% funded" (taken as a share of the "$2.5mn" left for cash assistance); R4V's full
name, cut at "from Venezuela" by the entity pass ("from" is no name connector: "Officials
from Mexico"), and so its counts; "seven in ten work informally" (head from the subject
"Venezuelans with jobs"); the bare rate "one in three has no contract" after a pay gap still
takes the wage as its whole by another path (a rate's part_of set outside
``_share_whole``); "COP 30" with a space is still read as a count of 30.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

CASES = [
    # --- figures: a street or road named by its number in Spanish or Portuguese ----------
    (
        "invented/Colombia Reports-style: Carrera and Calle numbers are streets, not counts",
        "Some 300 vendors, most of them Venezuelan, work on Carrera 7 and Calle 19 in central "
        "Bogotá, the city's economic development secretariat said.",
        [("Some 300", 300, AP, C, None, {"head": "vendors"})],
    ),
    (
        "invented/Rio Times-style: Rua and Avenida numbers are addresses",
        "The shelter at Rua 25 de Março, 410 beds in all, took in 380 Venezuelans last month, "
        "and a second one opened on Avenida 9.",
        [
            ("410", 410, E, C, None, {"head": "beds"}),
            ("380", 380, E, C, None, {"head": "venezuelans"}),
        ],
    ),
    # --- money: the Colombian peso by its ISO code ------------------------------------------
    (
        "invented/Colombian-outlet-style: COP before the amount in a Colombian story",
        "Medellín will spend COP 3.4 billion on a new shelter for Venezuelan families, and COP "
        "850,000 a month on each family's rent, the mayor's office said.",
        [
            ("COP 3.4 billion", 3.4e9, E, M, "COP"),
            ("COP 850,000", 850000, E, M, "COP"),
        ],
    ),
    (
        "invented/wire-style: COP28 stays the climate summit in a Colombian story",
        "Colombia pledged $40 million at COP28 in Dubai for the Amazon.",
        [("$40 million", 4e7, E, M, "USD")],
    ),
    # --- entities: a city manager's title before the name ----------------------------------
    (
        "invented/El Paso Times-style: Deputy City Manager before the name",
        "Deputy City Manager Marcus Ibarra said the city had spent $4.1 million on migrant "
        "buses. County Manager Ana Lozano said 300 beds were ready.",
        [
            ("$4.1 million", 4.1e6, E, M, "USD", {"source": "Marcus Ibarra"}),
            ("300", 300, E, C, None, {"source": "Ana Lozano"}),
        ],
    ),
    # --- figures: a noun in quotes, American style, with its comma inside -----------------
    (
        "invented/Border Report-style: '410 \"got-aways,\" migrants seen but not caught'",
        'Rio Grande Valley agents recorded 410 "got-aways," migrants seen but not caught. El '
        'Paso agents counted 2,300 "gotaways."',
        [
            ("410", 410, E, C, None, {"head": "got-aways"}),
            ("2,300", 2300, E, C, None, {"head": "gotaways"}),
        ],
    ),
    # --- figures: a quoted figure, then its noun after the closing quote -------------------
    (
        "invented/Colombian-outlet-style: a mayor's quoted figure, the noun after the quote",
        'The governor said the state had "more than 500" shelters and "at least 12,000" '
        "homeless Venezuelans.",
        [
            ("more than 500", 500, LO, C, None, {"head": "shelters"}),
            ("at least 12,000", 12000, LO, C, None, {"head": "venezuelans"}),
        ],
    ),
    # --- attribution: "the report said" after a body's possessive report -------------------
    (
        "invented/Reuters-style: the report said, after the ministry's annual report",
        "According to the Dominican migration directorate's annual report, 41,000 Haitians "
        "were deported in 2025. Some 9,000 of them were children, the report said.",
        [
            ("41,000", 41000, E, C, None, {"source": "Dominican migration directorate"}),
            ("Some 9,000", 9000, AP, C, None, {"source": "Dominican migration directorate"}),
        ],
    ),
    # --- attribution: "the agency said" closing a sentence opened by a named body ----------
    (
        "invented/AP-style: the agency said, after a sentence opened by a national body",
        "UNICEF said it had reached 3,000 children in Darien. Mexico's National Migration "
        "Institute recorded 12,400 entries in October, the agency said.",
        [
            ("3,000", 3000, E, C, None, {"source": "UNICEF"}),
            (
                "12,400",
                12400,
                E,
                C,
                None,
                {"source": "Mexico's National Migration Institute"},
            ),
        ],
    ),
    # --- attribution: the agent of the figure's own "recorded by" --------------------------
    (
        "invented/Colombian-outlet-style: a speaker's figure against one recorded by a body",
        "The governor said 80,000 migrants lived in the state, against the 52,000 recorded by "
        "Migración Colombia.",
        [
            ("80,000", 80000, E, C, None, {"source": "The governor"}),
            ("52,000", 52000, E, C, None, {"source": "Migración Colombia"}),
        ],
    ),
    # --- attribution: a country's security force, then its name in apposition --------------
    (
        "invented/AP-style: Panama's border police, SENAFRONT, said",
        "Panama's border police, SENAFRONT, said 41 migrants had died on the trail this year.",
        [("41", 41, E, C, None, {"source": "SENAFRONT"})],
    ),
    (
        "invented/AP-style: Chile's investigative police, the PDI, said",
        "Chile's investigative police, the PDI, said 1,200 migrants had entered irregularly in "
        "March.",
        [("1,200", 1200, E, C, None, {"source": "PDI"})],
    ),
    # --- part_of: a rate of people is no share of an amount of money ----------------------
    (
        "invented/Colombian-outlet-style: 'seven in ten' after a wage in pesos",
        "Venezuelan workers in Colombia earn about 1.3 million pesos a month, and seven in ten "
        "have no written contract.",
        [
            ("about 1.3 million pesos", 1.3e6, AP, M, "COP"),
            ("seven in ten", 70, E, P, "%", {"part_of": None}),
        ],
    ),
    # --- attribution: a body counts, after a participle's apposition ---------------------
    (
        "invented/wire-style: 'The Mixed Migration Centre, backed by ..., counts'",
        "The Mixed Migration Centre, backed by the Danish Refugee Council, counts 4,100 deaths "
        "on the route this year.",
        [("4,100", 4100, E, C, None, {"source": "Mixed Migration Centre"})],
    ),
    (
        "invented/Latin American outlet-style: 'R4V, co-led by UNHCR and IOM, counts'",
        "The regional platform R4V, co-led by UNHCR and IOM, counts 7.7 million Venezuelans "
        "abroad.",
        [("7.7 million", 7.7e6, E, C, None, {"source": "R4V"})],
    ),
    # --- attribution: where the agent counted is no part of its name ----------------------
    (
        "invented/Colombian-outlet-style: 'registered by Migración Colombia for the municipality'",
        "The mayor said 9,000 Venezuelans lived in the city, against the 6,200 registered by "
        "Migración Colombia for the municipality.",
        [
            ("9,000", 9000, E, C, None, {"source": "The mayor"}),
            ("6,200", 6200, E, C, None, {"source": "Migración Colombia"}),
        ],
    ),
    (
        "invented/UNHCR-briefing-style: 'counted by UNHCR in the camps'",
        "Some 41,000 refugees were counted by UNHCR in the camps last year.",
        [("Some 41,000", 41000, AP, C, None, {"source": "UNHCR"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_americas2_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "124-ap-darien-lajas-blancas.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.88,
        "low_high": 1.0,
        "part_of": 0.8,
        "source": 1.0,
    },
    "125-el-paso-cbp-october-encounters.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.916,
        "low_high": 1.0,
        "part_of": 0.958,
        "source": 1.0,
    },
    "126-colombia-ppt-cucuta-mayor.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.96,
        "low_high": 1.0,
        "part_of": 0.96,
        "source": 0.84,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_americas2_floors(name):
    assert_floors(name, FLOORS[name])
