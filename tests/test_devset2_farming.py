"""Second dev set, batch ``ds2-farming``: reports 292-294 of ``tests/fixtures/devset2``,
agriculture copy where seasonal and migrant labour is part of the story: visa quotas for
harvest workers, farm wages per hour, day and acre, crop areas in hectares and acres, yields
and losses in tonnes, prices per kilo and the growers', unions' and ministries' counts of
pickers. Before writing them, real copy of these kinds was read through the stored-pages
search (none is kept here): farm-press and wire stories on crops left to rot for want of
pickers (farms.com, an AFP story on Californian growers' labour shortage, AgFuse's H-2A
delays), Choices magazine and EPI pieces on the H-2A programme and its adverse effect wage
rate, and a Civil Eats feature on guest workers. Every sentence, name and number is
invented; places and well-known organisations are real:

- 292-fw-seasonal-visa-quota-growers.txt: a UK farming trade paper (Farmers Weekly-like),
  2026-11-24, on the Seasonal Worker visa quota held at 43,000, an NFU survey of growers,
  British Summer Fruits' crop in tonnes, English Apples and Pears' shortfall, the hourly
  minimum, the GLAA's investigations into recruitment fees, a researcher and a Home Office
  spokesperson.
- 293-reuters-huelva-berry-pickers-drought.txt: a Reuters-like wire story from Huelva,
  2026-11-20, on Moroccan seasonal pickers for Spain's berry farms, Freshuelva's hectares
  and tonnes, exports in euros with dollars in brackets, reservoirs at a share of capacity,
  a day's pay and prices per kilo, ANAPEC's shortlist, workers who did not go home, a
  women's rights group "Mujeres 24H" and the labour inspectorate.
- 294-tribune-paddy-migrant-labour-punjab.txt: an Indian regional daily (The Tribune-like),
  2026-06-14, on labour from Bihar for paddy transplanting in Punjab, rates in "Rs
  4,500-5,000 per acre", "32 lakh hectares, of which nearly 6.5 lakh hectares", a
  contractor's and a farmer's counts, direct seeding of rice "(DSR)", "114 of the state's
  153 blocks", yields in tonnes per hectare and a deputy commissioner's registrations.

The reports and their gold were committed (66bef25) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/farming-blind --misses``, only
this batch in the folder, at that commit)::

    report                                        gold  pred match      P      R     F1  date
    292-fw-seasonal-visa-quota-growers.txt          25    25    25  1.000  1.000  1.000  ok
    293-reuters-huelva-berry-pickers-drought.txt    25    25    25  1.000  1.000  1.000  ok
    294-tribune-paddy-migrant-labour-punjab.txt     24    24    24  1.000  1.000  1.000  ok
    TOTAL                                           74    74    74  1.000  1.000  1.000  1.000

    field accuracy over 74 matched figures:
      bound                         1.000  (74/74)
      kind                          1.000  (74/74)
      head                          0.959  (71/74)
      low_high                      1.000  (74/74)
      part_of                       0.959  (71/74)
      source                        0.851  (63/74)
      source (lenient: surname ok)  0.851  (63/74)
      counted                       0.216  (16/74)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      292-fw-seasonal-visa-quota-growers.txt '43,000': head: 'places' -> 'people'; source: nan -> 'Growers'; counted: 'places on the Seasonal Worker visa route' -> 'people'
      292-fw-seasonal-visa-quota-growers.txt '43,000': counted: 'places on the Seasonal Worker visa route in 2027' -> 'places'
      292-fw-seasonal-visa-quota-growers.txt '55,000': source: nan -> 'Home Office'; counted: 'places the industry had asked for' -> 'places'
      292-fw-seasonal-visa-quota-growers.txt '2,000': counted: 'places set aside for poultry workers' -> 'places'
      292-fw-seasonal-visa-quota-growers.txt '312': counted: 'growers who responded to the survey' -> 'growers'
      292-fw-seasonal-visa-quota-growers.txt '128': counted: 'growers who left crops unharvested' -> 'growers'
      292-fw-seasonal-visa-quota-growers.txt '18 hectares': counted: 'strawberries where fruit was falling off the plants' -> 'strawberries'
      292-fw-seasonal-visa-quota-growers.txt '240 acres': counted: "Tom Bradley's berry farm" -> nan
      292-fw-seasonal-visa-quota-growers.txt 'about 60': counted: 'pickers short at the peak' -> 'pickers'
      292-fw-seasonal-visa-quota-growers.txt '95 per cent': source: nan -> 'the crop came'; counted: 'berries sold by UK supermarkets supplied by members' -> 'berries sold by UK supermarkets'
      292-fw-seasonal-visa-quota-growers.txt 'roughly 128,000 tonnes': source: 'British Summer Fruits' -> 'the crop came'; counted: 'berry crop this year' -> nan
      292-fw-seasonal-visa-quota-growers.txt '141,000 tonnes': source: 'British Summer Fruits' -> 'the crop came'; counted: 'berry crop in 2025' -> nan
      292-fw-seasonal-visa-quota-growers.txt 'about 9,000 tonnes': counted: 'apples fewer than expected' -> nan
      292-fw-seasonal-visa-quota-growers.txt '6 per cent': counted: 'shortfall of the apple crop' -> 'crop'
      292-fw-seasonal-visa-quota-growers.txt 'at least 32 hours': counted: 'paid work a week' -> nan
      292-fw-seasonal-visa-quota-growers.txt '27': counted: 'investigations into recruitment fees' -> 'investigations'
      292-fw-seasonal-visa-quota-growers.txt '46': source: nan -> 'Sarah Quayle'; counted: 'pickers interviewed for the study' -> 'pickers'
      292-fw-seasonal-visa-quota-growers.txt 'Nine': counted: 'pickers sent home early' -> 'pickers'
      292-fw-seasonal-visa-quota-growers.txt '38,500': counted: 'visas issued under the route' -> 'visas'
      292-fw-seasonal-visa-quota-growers.txt '12 months': counted: 'period to September' -> nan
      292-fw-seasonal-visa-quota-growers.txt 'five-year': counted: 'settlement for the route' -> 'settlement'
      292-fw-seasonal-visa-quota-growers.txt '12,000': counted: 'places the quota should rise by' -> 'places'
      293-reuters-huelva-berry-pickers-drought.txt 'up to 19,000': counted: 'seasonal workers from Morocco' -> 'seasonal workers'
      293-reuters-huelva-berry-pickers-drought.txt 'up to nine months': counted: 'stays' -> nan
      293-reuters-huelva-berry-pickers-drought.txt '8%': counted: 'fall in strawberry area in Huelva' -> nan
      293-reuters-huelva-berry-pickers-drought.txt '10,600 hectares': counted: 'strawberry area in Huelva' -> nan
      293-reuters-huelva-berry-pickers-drought.txt 'roughly 12,400 hectares': counted: 'total berry area' -> nan
      293-reuters-huelva-berry-pickers-drought.txt '241,000 tonnes': counted: 'berry output in the last campaign' -> nan
      293-reuters-huelva-berry-pickers-drought.txt '31%': counted: 'reservoir capacity around the Donana wetlands' -> 'capacity'
      293-reuters-huelva-berry-pickers-drought.txt '40 tonnes': counted: 'fruit thrown away' -> 'fruit'
      293-reuters-huelva-berry-pickers-drought.txt 'three weeks': counted: "crew's late arrival" -> nan
      293-reuters-huelva-berry-pickers-drought.txt '35 hectares': counted: "Manuel Ortega's farm" -> nan
      293-reuters-huelva-berry-pickers-drought.txt 'more than 60%': counted: "labour share of growers' costs" -> 'costs'
      293-reuters-huelva-berry-pickers-drought.txt '21,500': counted: 'women shortlisted for interviews' -> 'women'
      293-reuters-huelva-berry-pickers-drought.txt '16,300': part_of: nan -> '17,500'; counted: 'Moroccan workers last season' -> 'Moroccan workers'
      293-reuters-huelva-berry-pickers-drought.txt '17,500': counted: 'places approved last season' -> 'places'
      293-reuters-huelva-berry-pickers-drought.txt 'about 400': head: 'workers' -> 'places'; part_of: '16,300' -> nan; counted: 'workers who did not return home' -> 'places'
      293-reuters-huelva-berry-pickers-drought.txt '57': source: 'Mujeres 24H' -> nan; counted: 'workers helped to file complaints' -> 'workers'
      293-reuters-huelva-berry-pickers-drought.txt '11': source: 'Mujeres 24H' -> nan; counted: 'workers who left the farms before their contracts ended' -> 'workers'
      293-reuters-huelva-berry-pickers-drought.txt '214': counted: 'inspections on Huelva farms' -> 'inspections'
      294-tribune-paddy-migrant-labour-punjab.txt '32 lakh hectares': source: 'state Agriculture Department' -> 'Agriculture Department'; counted: 'target area under paddy this kharif season' -> nan
      294-tribune-paddy-migrant-labour-punjab.txt 'nearly 6.5 lakh hectares': part_of: '32 lakh hectares' -> nan; source: 'state Agriculture Department' -> 'Agriculture Department'; counted: 'area expected under basmati' -> nan
      294-tribune-paddy-migrant-labour-punjab.txt '220': counted: 'labourers brought last year' -> 'labourers'
      294-tribune-paddy-migrant-labour-punjab.txt '14': counted: 'villages the labourers worked in' -> 'villages'
      294-tribune-paddy-migrant-labour-punjab.txt '130': head: 'labourers' -> 'villages'; counted: 'labourers who have agreed to come' -> 'villages'
      294-tribune-paddy-migrant-labour-punjab.txt '1,600 km': counted: 'distance the workers travel for the season' -> nan
      294-tribune-paddy-migrant-labour-punjab.txt '18 acres': counted: "Gurpreet Singh Sidhu's farm" -> nan
      294-tribune-paddy-migrant-labour-punjab.txt '12': counted: 'labourers in a group' -> 'labourers'
      294-tribune-paddy-migrant-labour-punjab.txt 'four acres': counted: 'area a group transplants a day' -> nan
      294-tribune-paddy-migrant-labour-punjab.txt 'Rs 1,500': source: nan -> 'DSR'
      294-tribune-paddy-migrant-labour-punjab.txt '2.5 lakh acres': counted: 'area under DSR last year' -> nan
      294-tribune-paddy-migrant-labour-punjab.txt '5 lakh acres': counted: 'target area under DSR' -> nan
      294-tribune-paddy-migrant-labour-punjab.txt '114': counted: 'over-exploited blocks' -> 'blocks'
      294-tribune-paddy-migrant-labour-punjab.txt '153': counted: 'blocks in the state' -> 'blocks'
      294-tribune-paddy-migrant-labour-punjab.txt '185 lakh tonnes': counted: 'paddy produced last kharif season' -> 'paddy'
      294-tribune-paddy-migrant-labour-punjab.txt '6.8 tonnes': counted: 'average paddy yield per hectare' -> nan
      294-tribune-paddy-migrant-labour-punjab.txt 'eight hours': counted: 'power supply a day' -> nan
      294-tribune-paddy-migrant-labour-punjab.txt '2,340': counted: 'migrant workers registered so far this month' -> 'migrant workers'
      294-tribune-paddy-migrant-labour-punjab.txt '3,870': counted: 'migrant workers registered in June last year' -> 'migrant workers'

No gold was changed after the blind run. The table below holds invented sentences (other
names, places and numbers) with the constructions that failed in the three reports, each
seen to fail on the blind commit's package before its rule (``analysis/`` of 88b6163 copied
aside with this module, figure_checks.py and devset2_checks.py): 10 of the 13 rows failed
there; the three others (a term with no small word, pay per hour and a union's survey,
euros with dollars in brackets) passed and probe the style. After this round's rules all 13
pass.

The general rules of this round, one line each:

- "X, whose members ..., said the crop came in at roughly N tonnes": "came in" is a verb of
  amount and "roughly" a qualifier, so what follows "said" is a clause, not the speaker
  ("the crop came"); the subject before the verb speaks (1efc6e9).
- "..., which represents 1,900 vessels, said the catch dropped sharply": a verb of change
  after "the/a/its N" with no figure after it makes a clause too (1efc6e9).
- "an incentive of Rs 1,500 per acre to farmers who adopt direct seeding of rice (DSR).": a
  lower-case term's small words ("of", "and", "for", ...) are skipped when the words before
  a bracket spell its acronym, so the term credits no one (bed8da3).
- "32 lakh hectares under paddy, of which nearly 6.5 lakh hectares", "900,000 tonnes,
  including 120,000 tonnes": a measure after "of which"/"including" is a part of the larger
  measure before it in the same unit and sentence (6c1f72a).
- "The charity Utopia 56 said": a body whose name ends in a number (or a number and a
  letter, "Mujeres 24H") after a lower-case description is a source, as "Rescue 1122 said"
  was (c8ee465).

Seen and left alone (the gold keeps its reading):

- 292 "95 per cent" in "British Summer Fruits, whose members supply 95 per cent of the
  berries ..., said": the gold leaves a relative clause's figure to the writer, as report 100
  does "Gul Rahman, who lived in Peshawar for 38 years, said"; the extractor now gives the
  body (it gave "the crop came" blind). "46" in "said Dr Sarah Quayle, a researcher ... who
  interviewed 46 pickers" likewise (the extractor gives her).
- 292's headline "quota held at 43,000" (head "people", source "Growers" from "Growers
  warn"), and "the 55,000 the industry had asked for" (the Home Office's, after "the Home
  Office confirmed that"): the gold keeps places and the writer's voice.
- 293 "16,300 Moroccan workers took part, out of 17,500 places approved": the extractor
  makes the workers part of the places (a fill rate, not a subset, in the gold); "Of those
  who came, about 400": the extractor takes "places", the nearest noun, for "those who came"
  (the gold: workers, part of 16,300).
- 293 "Women's rights group Mujeres 24H said": after the last rule the source is the whole
  phrase with its description; the gold wants "Mujeres 24H" (the description's stripping
  for a body's name is left for later).
- 294 "according to the state Agriculture Department": the extractor drops "state"; the
  gold keeps the fullest phrase. "This time only 130 have agreed to come" after "220
  labourers for farmers in 14 villages": the elided head is taken from the nearer count
  ("villages").
- "counted" is not scored; it differs on most figures (the gold's descriptions are long).

Final score of the three reports (``python -m analysis.evaluate /tmp/farming-blind``, the
batch alone, after the rules): F1 1.000 (74/74); bound, kind, low_high 1.000; head 0.959
(71/74); part_of 0.973 (72/74); source 0.892 (66/74).
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import ANY, check_figures

C, P, M, D, MS = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# before the fixes, each seen to fail on the blind commit), then rows probing the style.
CASES = [
    # --- sources: what follows "said" is a clause when its verb is one of amount --------
    (
        "invented/trade paper: X, whose members ..., said the harvest came in at N",
        "Citrus Australia, whose members grow most of the country's oranges, said the harvest "
        "came in at about 640,000 tonnes, down from 700,000 tonnes.",
        [
            ("about 640,000 tonnes", 640000, AP, MS, "metric_ton", {"source": "Citrus Australia"}),
            ("700,000 tonnes", 700000, E, MS, "metric_ton", {"source": "Citrus Australia"}),
        ],
    ),
    (
        "invented/wire: X, which ..., said the grape crush came in at N",
        "Wine Australia, which tracks every winery, said the grape crush came in at 1.6 "
        "million tonnes.",
        [("1.6 million tonnes", 1.6e6, E, MS, "metric_ton", {"source": "Wine Australia"})],
    ),
    (
        "invented/trade paper: said the crop stood at roughly N",
        "Fruit Growers Victoria, whose members pick most of the state's pears, said the crop "
        "stood at roughly 98,000 tonnes.",
        [
            (
                "roughly 98,000 tonnes",
                98000,
                AP,
                MS,
                "metric_ton",
                {"source": "Fruit Growers Victoria"},
            )
        ],
    ),
    (
        "invented/fisheries paper: said the catch dropped sharply, no figure after it",
        "Seafood Scotland, which represents 1,900 vessels, said the catch dropped sharply.",
        # (the relative clause's count: the body's, or the writer's; open)
        [("1,900", 1900, E, C, None, {"head": "vessels", "source": ("Seafood Scotland", None)})],
    ),
    # --- a farming term's abbreviation in brackets credits no one ------------------------
    (
        "invented/Indian daily: an incentive for direct seeding of rice (DSR)",
        "The state is offering an incentive of Rs 2,000 per acre to farmers who adopt direct "
        "seeding of rice (DSR).",
        [("Rs 2,000", 2000, E, M, ANY, {"source": None})],
    ),
    (
        # (passed on the blind commit: no small word inside the term)
        "invented/US farm paper: the adverse effect wage rate (AEWR), a term",
        "Growers in Georgia must pay guest workers at least $14.68 an hour under the adverse "
        "effect wage rate (AEWR).",
        [("at least $14.68", 14.68, LO, M, "USD", {"source": None})],
    ),
    # --- a body whose name ends in a number, after a lower-case description ------------
    (
        "invented/wire: 'The charity Utopia 56 said' names the charity",
        "The charity Utopia 56 said it had counted 57 people sleeping near the port.",
        [("57", 57, E, C, None, {"head": "people", "source": "Utopia 56"})],
    ),
    # --- a measure's part after "of which" or "including", in the same unit --------------
    (
        "invented/wire: hectares, of which about N hectares",
        "Farmers planted 42,000 hectares of wheat this year, of which about 9,000 hectares "
        "were irrigated.",
        [
            ("42,000 hectares", 42000, E, MS, "hectare", {"head": "hectares", "part_of": None}),
            ("about 9,000 hectares", 9000, AP, MS, "hectare", {"part_of": 0}),
        ],
    ),
    (
        "invented/Indian daily: lakh hectares under cotton, of which nearly N lakh",
        "The state has set a target of 12 lakh hectares under cotton, of which nearly 2 lakh "
        "hectares is expected to be under Bt varieties, officials said.",
        [
            ("12 lakh hectares", 1.2e6, E, MS, "hectare", {"source": "officials"}),
            ("nearly 2 lakh hectares", 2e5, UP, MS, "hectare", {"part_of": 0}),
        ],
    ),
    (
        "invented/trade paper: tonnes, including N tonnes exported",
        "The harvest reached 900,000 tonnes, including 120,000 tonnes sold abroad.",
        [
            ("900,000 tonnes", 900000, E, MS, "metric_ton"),
            ("120,000 tonnes", 120000, E, MS, "metric_ton", {"part_of": 0}),
        ],
    ),
    (
        "invented/trade paper: a yield per hectare, then hectares including hectares",
        "Yields fell to 3.2 tonnes a hectare on 5,000 hectares, including 40 hectares lost "
        "to hail.",
        [
            ("3.2 tonnes a hectare", 3.2, E, MS, "metric_ton / hectare"),
            ("5,000 hectares", 5000, E, MS, "hectare", {"part_of": None}),
            ("40 hectares", 40, E, MS, "hectare", {"part_of": 1}),
        ],
    ),
    # --- the style, beyond the failures (passed on the blind commit) --------------------
    (
        "invented/trade paper: pay per hour, a quota and a union's survey",
        "Pickers must be paid at least £12.71 an hour, the Home Office said. Of the 280 "
        "growers who replied, 95 had left fruit unpicked, the NFU said.",
        [
            ("at least £12.71", 12.71, LO, M, "GBP", {"source": "Home Office"}),
            ("280", 280, E, C, None, {"head": "growers", "source": "NFU"}),
            ("95", 95, E, C, None, {"head": "growers", "part_of": 1, "source": "NFU"}),
        ],
    ),
    (
        "invented/wire: euros a day and dollars in brackets",
        "Exports were worth about 900 million euros ($1.04 billion), and pickers earn 61.50 "
        "euros a day, the union said.",
        [
            ("about 900 million euros", 9e8, AP, M, "EUR", {"source": "union"}),
            ("$1.04 billion", 1.04e9, E, M, "USD", {"source": "union"}),
            ("61.50 euros", 61.5, E, M, "EUR", {"source": "union"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_farming_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


FLOORS = {
    "292-fw-seasonal-visa-quota-growers.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.96,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.84,
    },
    "293-reuters-huelva-berry-pickers-drought.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.96,
        "low_high": 1.0,
        "part_of": 0.92,
        "source": 0.92,
    },
    "294-tribune-paddy-migrant-labour-punjab.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.958,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.916,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_farming_floors(name):
    assert_floors(name, FLOORS[name])
