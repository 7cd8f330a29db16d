"""Second dev set, batch ``ds2-wash``: reports 301-303 of ``tests/fixtures/devset2``, water,
sanitation and hygiene (WASH) copy from displacement camps, dense with the measures and
ratios of that beat: litres per person per day against the emergency standard ("7.4 litres
per person per day, half the 15-litre minimum standard"), people per latrine ("one latrine
for every 232 people", "one for every 20"), boreholes drilled and broken, water trucked in
cubic metres a day, jerrycans and pots by their size ("A 20-litre jerrycan", "three
10-litre pots"), cholera cases, deaths and case-fatality rates, and appeals and their
funding. Before writing them, real copy of these kinds was read through the stored-pages
search (none is kept here): the Camp Management Toolkit's WASH chapter and the UNHCR
briefing note on water trucking (for the cluster's terms), WHO and Sphere notes on how much
water is needed in emergencies, a VOA/Woke on Water story on latrines and tube wells in the
Rohingya camps, an IPS-like story on Teknaf's water shortages, and Oxfam's Dadaab releases
and fact boxes (tanks in litres, a jerrycan's price in shillings) with the newspaper copy
written from them. Every sentence, name and number is invented; places and organisations
are real:

- 301-unicef-sitrep-tawila-wash.txt: a UNICEF-style numbered humanitarian situation report,
  2026-11-20, on North Darfur, with a highlights list, section headings in the report's own
  voice, the WASH Sector's trucking figures, the state health ministry's cholera split, the
  appeal's funding and a WASH specialist's quote.
- 302-wire-coxs-bazar-water-cholera.txt: a wire story from Cox's Bazar, 2026-11-24, on
  water cuts and cholera in the Rohingya camps: litres a day now and a year ago, the RRRC
  office's cases, the WASH Sector's latrine ratios and trucked cubic metres, a refugee's
  queue, MSF's patients, the Joint Response Plan's funding and a UNICEF spokesman.
- 303-daily-nrc-dadaab-water.txt: a Kenyan regional daily's rewrite of a Norwegian Refugee
  Council release, 2026-11-26, on Dadaab: the lead's unnamed "humanitarian agency", broken
  boreholes, a household survey, jerrycan prices in shillings ("Sh50 ..., up from Sh10"),
  repair costs, a county water executive's bowsers and UNHCR's budget.

The reports and their gold were committed (f41af86, "gold first") before the extractor
was first run on them; the gold checker's wrapper learnt "cubic metres" as a measure unit
in the same commit. The BLIND score (``python -m analysis.evaluate /tmp/wash-blind
--misses``, only this batch in the folder, at that commit)::

    report                                 gold  pred match      P      R     F1  date
    301-unicef-sitrep-tawila-wash.txt        25    25    25  1.000  1.000  1.000  ok
    302-wire-coxs-bazar-water-cholera.txt    25    25    25  1.000  1.000  1.000  ok
    303-daily-nrc-dadaab-water.txt           25    24    23  0.958  0.920  0.939  ok
    TOTAL                                    75    74    73  0.986  0.973  0.980  1.000

    field accuracy over 73 matched figures:
      bound                         1.000  (73/73)
      kind                          1.000  (73/73)
      head                          0.918  (67/73)
      low_high                      1.000  (73/73)
      part_of                       0.932  (68/73)
      source                        0.808  (59/73)
      source (lenient: surname ok)  0.808  (59/73)
      counted                       0.164  (12/73)
      date (per report)             1.000

    misses (gold not found): 2; extras (not in gold): 1
      303-daily-nrc-dadaab-water.txt
        MISS  'Sh50'  in: "A 20-litre jerrycan now sells for Sh50 at private kiosks, up from Sh10 in March.
        MISS  'Sh10'  in: "A 20-litre jerrycan now sells for Sh50 at private kiosks, up from Sh10 in March.
        EXTRA '2' (2)  in: NRC said that in parts of Ifo 2, one latrine now serves 140 people, against a standard of one for every 20.

    matched figures with a field wrong (gold -> predicted):
      301-unicef-sitrep-tawila-wash.txt 'Around 612,000': counted: 'people displaced from El Fasher and Zamzam sheltering around Tawila' -> 'people displaced from El Fasher and Zamzam'
      301-unicef-sitrep-tawila-wash.txt '7.4 litres': counted: 'water supply per person per day in Tawila' -> nan
      301-unicef-sitrep-tawila-wash.txt '1,932': counted: 'suspected cholera cases in Tawila locality' -> 'suspected cholera cases'
      301-unicef-sitrep-tawila-wash.txt '41': counted: 'cholera deaths' -> 'deaths'
      301-unicef-sitrep-tawila-wash.txt '2.1 per cent': head: nan -> 'cases'; part_of: nan -> '1,932'; counted: nan -> 'suspected cholera cases'
      301-unicef-sitrep-tawila-wash.txt 'three to five days': counted: 'journeys on foot' -> nan
      301-unicef-sitrep-tawila-wash.txt '14': counted: 'new boreholes drilled' -> 'new boreholes'
      301-unicef-sitrep-tawila-wash.txt '1,150 cubic metres': counted: 'water trucked a day' -> nan
      301-unicef-sitrep-tawila-wash.txt '38': counted: 'trucks delivering water' -> 'trucks'
      301-unicef-sitrep-tawila-wash.txt '30 per cent': counted: 'need covered by trucked water' -> 'need'
      301-unicef-sitrep-tawila-wash.txt 'Some 2,640': counted: 'emergency latrines functional across the gatherings' -> 'emergency latrines'
      301-unicef-sitrep-tawila-wash.txt 'one': counted: 'latrine for every 232 people' -> 'latrine'
      301-unicef-sitrep-tawila-wash.txt '232': counted: 'people per latrine' -> 'people'
      301-unicef-sitrep-tawila-wash.txt '50': counted: 'people per latrine under the emergency threshold' -> 'people'
      301-unicef-sitrep-tawila-wash.txt '19': counted: 'sites where open defecation was observed' -> 'sites assessed by sector monitoring teams'
      301-unicef-sitrep-tawila-wash.txt '1,932': source: nan -> 'State Ministry of Health'
      301-unicef-sitrep-tawila-wash.txt '318': counted: 'children under five among suspected cholera cases' -> 'children'
      301-unicef-sitrep-tawila-wash.txt '28 per cent': head: 'appeal' -> nan; part_of: nan -> '$96.4 million'; counted: 'appeal received' -> nan
      301-unicef-sitrep-tawila-wash.txt 'roughly 3,000': counted: 'people served by each borehole' -> 'people'
      301-unicef-sitrep-tawila-wash.txt 'at least 40': head: 'boreholes' -> 'people'; counted: 'more boreholes needed' -> 'people'
      302-wire-coxs-bazar-water-cholera.txt '11 litres': counted: 'water per refugee a day' -> 'water'
      302-wire-coxs-bazar-water-cholera.txt '17 litres': counted: 'water per refugee a day a year ago' -> nan
      302-wire-coxs-bazar-water-cholera.txt 'more than 1.1 million': source: 'Refugee Relief and Repatriation Commissioner' -> 'the office of the Refugee Relief and Repatriation Commissioner'; counted: 'Rohingya living in the camps' -> 'Rohingya'
      302-wire-coxs-bazar-water-cholera.txt '412': source: 'Refugee Relief and Repatriation Commissioner' -> 'the office of the Refugee Relief and Repatriation Commissioner'; counted: 'suspected cholera cases in the first three weeks of November' -> 'suspected cholera cases'
      302-wire-coxs-bazar-water-cholera.txt 'three weeks': source: 'Refugee Relief and Repatriation Commissioner' -> 'the office of the Refugee Relief and Repatriation Commissioner'; counted: 'period of November' -> nan
      302-wire-coxs-bazar-water-cholera.txt '96': source: 'Refugee Relief and Repatriation Commissioner' -> 'the office of the Refugee Relief and Repatriation Commissioner'; counted: 'suspected cholera cases in October' -> 'suspected cholera cases'
      302-wire-coxs-bazar-water-cholera.txt 'Three': counted: 'people who died of cholera' -> 'people'
      302-wire-coxs-bazar-water-cholera.txt '1,480': counted: 'tube wells and tap stands working in January' -> 'tube wells'
      302-wire-coxs-bazar-water-cholera.txt 'close to 1,100': counted: 'tube wells and tap stands working today' -> 'tube wells'
      302-wire-coxs-bazar-water-cholera.txt '38 per cent': counted: 'solar-powered water systems in Teknaf needing repairs' -> 'solar-powered water systems'
      302-wire-coxs-bazar-water-cholera.txt 'about 420 cubic metres': counted: 'water trucked a day to hilltop camps' -> 'water'
      302-wire-coxs-bazar-water-cholera.txt 'one': counted: 'latrine for every 37 people in the Ukhia camps' -> 'latrine'
      302-wire-coxs-bazar-water-cholera.txt '37': counted: 'people per latrine' -> 'people'
      302-wire-coxs-bazar-water-cholera.txt 'one': counted: 'latrine for every 20 people in 2023' -> 'latrine'
      302-wire-coxs-bazar-water-cholera.txt '20': counted: 'people per latrine in 2023' -> 'people'
      302-wire-coxs-bazar-water-cholera.txt 'two hours': counted: 'queue at a tap' -> nan
      302-wire-coxs-bazar-water-cholera.txt 'three': counted: 'water pots filled' -> '10-litre pots'
      302-wire-coxs-bazar-water-cholera.txt '10-litre': counted: 'capacity of a pot' -> 'pots'
      302-wire-coxs-bazar-water-cholera.txt '2,310': counted: 'patients treated for acute watery diarrhoea' -> 'patients'
      302-wire-coxs-bazar-water-cholera.txt 'Nearly half': head: 'patients' -> nan; counted: 'patients who were children' -> nan
      302-wire-coxs-bazar-water-cholera.txt '41 per cent': part_of: None -> '$934.5 million'; counted: 'Joint Response Plan funded' -> 'Joint Response Plan'
      302-wire-coxs-bazar-water-cholera.txt 'Ten years': source: 'UNICEF' -> 'A UNICEF spokesman'; counted: 'Rohingya crisis' -> nan
      303-daily-nrc-dadaab-water.txt '9 litres': counted: 'water per refugee a day in Dadaab' -> 'water'
      303-daily-nrc-dadaab-water.txt '9 litres': source: 'Norwegian Refugee Council' -> 'a humanitarian agency'; counted: 'water per person per day in the Dadaab camps' -> 'water'
      303-daily-nrc-dadaab-water.txt '20 litres': source: 'Norwegian Refugee Council' -> 'a humanitarian agency'; counted: 'water recommended in emergencies' -> nan
      303-daily-nrc-dadaab-water.txt 'five': counted: 'boreholes broken down' -> 'boreholes serving Hagadera'
      303-daily-nrc-dadaab-water.txt '19': counted: 'boreholes serving Hagadera, Ifo and Dagahaley' -> 'boreholes serving Hagadera'
      303-daily-nrc-dadaab-water.txt 'nearly a third': head: 'output' -> nan; counted: 'water output cut' -> nan
      303-daily-nrc-dadaab-water.txt 'about 412,000': counted: 'refugees and asylum seekers in the complex' -> 'refugees'
      303-daily-nrc-dadaab-water.txt 'more than 6,800': counted: 'new arrivals since June' -> 'new arrivals'
      303-daily-nrc-dadaab-water.txt 'one': counted: 'latrine in parts of Ifo 2' -> 'latrine'
      303-daily-nrc-dadaab-water.txt '140': counted: 'people per latrine in parts of Ifo 2' -> 'people'
      303-daily-nrc-dadaab-water.txt 'one': counted: 'latrine under the standard' -> 'latrine'
      303-daily-nrc-dadaab-water.txt '20': counted: 'people per latrine under the standard' -> 'people'
      303-daily-nrc-dadaab-water.txt '1,250': source: 'Norwegian Refugee Council' -> nan; counted: 'households surveyed across the camps' -> 'households across the camps'
      303-daily-nrc-dadaab-water.txt '63 per cent': part_of: nan -> '1,250'; source: 'Norwegian Refugee Council' -> nan; counted: 'households that ran out of drinking water in the past week' -> 'households'
      303-daily-nrc-dadaab-water.txt '20-litre': counted: 'capacity of a jerrycan' -> 'jerrycan'
      303-daily-nrc-dadaab-water.txt 'Sh48 million': source: 'Norwegian Refugee Council' -> 'UNHCR'
      303-daily-nrc-dadaab-water.txt 'about $372,000': source: 'Norwegian Refugee Council' -> 'UNHCR'
      303-daily-nrc-dadaab-water.txt 'six': source: 'Abdirahman Hussein' -> 'Garissa County Water Executive Abdirahman Hussein'; counted: 'bowsers deployed by the county' -> 'bowsers'
      303-daily-nrc-dadaab-water.txt 'about 240 cubic metres': source: 'Abdirahman Hussein' -> 'Garissa County Water Executive Abdirahman Hussein'; counted: 'water delivered a day to the worst-affected blocks' -> nan
      303-daily-nrc-dadaab-water.txt '57': counted: 'suspected cholera cases in Dadaab sub-county' -> 'suspected cholera cases'
      303-daily-nrc-dadaab-water.txt '12': counted: 'cases confirmed by laboratory tests' -> 'cases'
      303-daily-nrc-dadaab-water.txt '44 per cent': head: 'budget' -> 'water'; part_of: nan -> '$39 million'; counted: 'water and sanitation budget for Kenya funded' -> 'water'

Gold corrected afterwards (a slip against the set's conventions, not toward the output): in
302, "Ten years" (a quote closed by "he said" after "A UNICEF spokesman in Dhaka said") had
the source "UNICEF"; the set's gold keeps a spokesman named only by his body as the phrase
("A Home Office spokesperson", "A Sindh police spokesman"; tests/test_devset2_stats.py), so
it is "A UNICEF spokesman" now (5b3aeb0). No other gold was changed.

The general rules of this round, one line each (each with its invented row below, seen to
fail on the blind commit's code first):

- a small amount after a letter currency is money after a price verb or a change ("sells
  for Sh50, up from Sh10", "costs R12"), as it was after a unit it is paid per (aec6dc6).
- a lead's unnamed body ("..., a humanitarian agency has warned.") is the body the next
  paragraph opens with as a speaker ("The Norwegian Refugee Council (NRC) said"), and a
  later "the agency" is it, not an older UN agency named between (6710a56).
- "Executive" is a title before a full name of two or more words ("Garissa County Water
  Executive Abdirahman Hussein"), not before one word ("the Executive Yuan") or a body's
  word ("Executive Board") (fbf5f42).

Seen and left alone: "Ifo 2" (a camp's name with its number, read as a count: a rule for a
place name and a digit would need a list of camps); "(CFR 2.1 per cent)" given the cases
before it as its whole and head (a rate, no share of the cases); "$27.1 million, or 28 per
cent" given the appeal as its whole (arguable: the gold leaves part_of to "of which" and
kin); "at least 40 more" (boreholes, elided after "Each borehole we drill serves roughly
3,000 people") counted as people; "Nearly half were children" without a head; a survey's
"63 per cent said" taken as the households' own words and "according to the office of the
Refugee Relief and Repatriation Commissioner" keeping "the office of the". "counted" is not
scored.

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/wash-blind``, the batch alone, corrected gold): F1 0.993 (75/75 matched, no miss, one
extra: "Ifo 2"); bound, kind and low_high 1.000; head 0.920; part_of 0.933; source 0.907.
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
        "invented/Kenyan daily on camp markets: a small shilling price after 'sells for' and "
        "'up from'",
        "In Kakuma, Kenya, a bar of soap now sells for Sh40, up from Sh25 last year, traders said.",
        [
            ("Sh40", 40, E, M, "KES", {"source": "traders"}),
            ("Sh25", 25, E, M, "KES", {"source": "traders"}),
        ],
    ),
    (
        "invented/Kenyan daily rewriting an NGO release: the lead's unnamed 'aid agency' is the "
        "body the next paragraph names, and so is a later 'the agency'",
        "Families in Kakuma camp are queueing for six hours for water, an international aid "
        "agency has warned.\n\nThe International Rescue Committee (IRC) said on Monday that 14 "
        "water points had closed. The camp hosts about 300,000 refugees, according to UNHCR."
        '\n\n"We cannot keep up," said Jane Atieno, IRC\'s field coordinator. Repairs will cost '
        "$90,000, the agency said.",
        [
            ("six hours", 6, E, D, "hour", {"source": "International Rescue Committee"}),
            ("14", 14, E, C, None, {"source": "International Rescue Committee"}),
            ("about 300,000", 300000, AP, C, None, {"source": "UNHCR"}),
            ("$90,000", 90000, E, M, "USD", {"source": "International Rescue Committee"}),
        ],
    ),
    (
        "invented/Kenyan daily: a county executive's portfolio and title before his name",
        "Turkana County Health Executive Joseph Lokol said 36 new latrines had been dug in Kakuma.",
        [("36", 36, E, C, None, {"head": "latrines", "source": "Joseph Lokol"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_wash_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


_ALL = ("f1", "bound", "kind", "head", "low_high", "part_of", "source")

# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "301-unicef-sitrep-tawila-wash.txt": {
        **dict.fromkeys(_ALL, 1.0),
        "head": 0.88,
        "part_of": 0.92,
        "source": 0.96,
    },
    "302-wire-coxs-bazar-water-cholera.txt": {
        **dict.fromkeys(_ALL, 1.0),
        "head": 0.96,
        "part_of": 0.96,
        "source": 0.84,
    },
    "303-daily-nrc-dadaab-water.txt": {
        **dict.fromkeys(_ALL, 1.0),
        "f1": 0.98,
        "head": 0.92,
        "part_of": 0.92,
        "source": 0.92,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_wash_floors(name):
    assert_floors(name, FLOORS[name])
