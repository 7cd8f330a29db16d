"""Second dev set, batch ``ds2-food``: reports 259-261 of ``tests/fixtures/devset2``,
food-security and agriculture copy around displacement: an early-warning outlook's key
messages written up by a wire, a WFP ration cut with the ration's make-up, and a
farming-region daily's story on displaced farmers. Harvests in tonnes and hectares, prices
per kilogram, per sack and per bag in local currency (Somali shillings, CFA francs, naira
written "N48,000"), rainfall deficits in percent, livestock losses, WFP rations in
kilocalories and grams ("450 grams of sorghum", "50g of pulses"), terms of trade ("A day of
casual farm labour now buys 4 kilograms"), fractions ("roughly half", "About two-thirds",
"up to a quarter", "one in four"); and, as not-figures, IPC and Cadre Harmonise phases
("IPC Phase 4", "Phase 3 (Crisis)") against the people counted in them, a year span
("1995-2025"), ordinals ("the first week", "a third poor season", "2nd") and "under five".
Before writing them, real copy of these kinds was read through the stored-pages search
(none is kept here): FEWS NET's East Africa and Kenya outlooks and a Yemen outlook update,
WFP's release and Reuters' and Anadolu's stories on a ration cut in Dadaab and Kakuma
(2,100 against 1,520 kilocalories), FAO GIEWS "Crop Prospects and Food Situation" issues,
IFPRI's monthly maize market reports for Malawi, a Zimbabwe market monitoring report and
Radio Dabanga's stories on sorghum prices and farmers in El Gedaref and Kassala. Every
sentence, name and number is invented; places and organisations are real:

- 259-fewsnet-somalia-deyr-outlook.txt: a wire story from Nairobi, 2026-11-19, on a FEWS
  NET outlook for Somalia after poor deyr rains: people in Crisis or worse "Of those" in
  Emergency, the planted area and the projected harvest, FSNAU's livestock losses, water and
  sorghum prices in Baidoa in Somali shillings, terms of trade, the UNHCR-led PRMN's
  displacements, a camp committee chair, WFP's cash transfers and OCHA's funding.
- 260-wfp-chad-ration-cut-camps.txt: a wire story from N'Djamena, 2026-11-24, on WFP's 40
  percent ration cut for Sudanese refugees in eastern Chad: kilocalories and grams before
  and after, WFP's shortfall, UNHCR's registered refugees, a joint WFP-UNHCR assessment, an
  FAO crop assessment's harvest and unplanted hectares, sorghum prices in CFA francs from
  WFP's market monitoring bulletin, a farmer's sacks and MSF's admissions.
- 261-benue-displaced-farmers-harvest.txt: a Nigerian daily's story from Makurdi,
  2026-11-26, on displaced farmers in Benue: SEMA's camps and IDPs "of whom" farmers, a
  farmer's hectares and bags, the state ministry's abandoned cropland and lost yam output,
  FAO's paddy estimate, maize and yam prices in naira at Wurukum market, inputs for
  dry-season farming, the Cadre Harmonise projection, livestock losses and an economist's
  estimate of the lost crops.

The reports and their gold were committed (a201559) before the extractor was first run on
them; in the same commit the gold checker's wrapper learnt kilocalories ("kilocalories",
"kcal") and grams ("grams", a glued "g") as measures. The BLIND score (``python -m
analysis.evaluate /tmp/food-blind --misses``, only this batch in the folder, at that
commit)::

    report                                   gold  pred match      P      R     F1  date
    259-fewsnet-somalia-deyr-outlook.txt       25    25    25  1.000  1.000  1.000  ok
    260-wfp-chad-ration-cut-camps.txt          25    25    25  1.000  1.000  1.000  ok
    261-benue-displaced-farmers-harvest.txt    23    23    23  1.000  1.000  1.000  ok
    TOTAL                                      73    73    73  1.000  1.000  1.000  1.000

    field accuracy over 73 matched figures:
      bound                         1.000  (73/73)
      kind                          0.973  (71/73)
      head                          0.973  (71/73)
      low_high                      1.000  (73/73)
      part_of                       1.000  (73/73)
      source                        0.753  (55/73)
      source (lenient: surname ok)  0.753  (55/73)
      counted                       0.219  (16/73)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      259-fewsnet-somalia-deyr-outlook.txt '40 to 60 percent': counted: 'rainfall deficit below average in southern Somalia' -> nan
      259-fewsnet-somalia-deyr-outlook.txt 'about 4.1 million': counted: 'people in Crisis (IPC Phase 3) or worse by March' -> 'people'
      259-fewsnet-somalia-deyr-outlook.txt 'some 950,000': counted: 'people expected to face Emergency (IPC Phase 4) outcomes' -> 'people'
      259-fewsnet-somalia-deyr-outlook.txt '55 percent': counted: 'share of the usual area planted in Bay region' -> 'usual area'
      259-fewsnet-somalia-deyr-outlook.txt 'around 38,000 tonnes': source: 'Famine Early Warning Systems Network' -> 'FEWS NET'; counted: 'deyr cereal harvest projected in southern Somalia' -> nan
      259-fewsnet-somalia-deyr-outlook.txt 'roughly half': head: 'average' -> nan; source: 'Famine Early Warning Systems Network' -> 'FEWS NET'; counted: 'harvest as a share of the 1995-2025 average' -> nan
      259-fewsnet-somalia-deyr-outlook.txt 'between 20 and 30 percent': counted: 'goats and sheep lost by pastoralists in Bakool and Hiiraan since July' -> 'goats'
      259-fewsnet-somalia-deyr-outlook.txt '20-litre': counted: 'jerrycan of water' -> 'jerrycan'
      259-fewsnet-somalia-deyr-outlook.txt '35 percent': counted: 'rise in the sorghum price on a month earlier' -> nan
      259-fewsnet-somalia-deyr-outlook.txt '62 percent': counted: 'sorghum price above the five-year average' -> nan
      259-fewsnet-somalia-deyr-outlook.txt 'five-year': counted: 'average period' -> 'average'
      259-fewsnet-somalia-deyr-outlook.txt '4 kilograms': counted: 'sorghum bought by a day of casual farm labour' -> 'sorghum'
      259-fewsnet-somalia-deyr-outlook.txt '7 kilograms': counted: 'sorghum bought by a day of casual farm labour a year ago' -> nan
      259-fewsnet-somalia-deyr-outlook.txt '87,400': source: 'Protection and Return Monitoring Network' -> 'UNHCR-led Protection and Return Monitoring Network'; counted: 'new drought-related displacements in October' -> 'new drought-related displacements'
      259-fewsnet-somalia-deyr-outlook.txt '61,200': source: 'Protection and Return Monitoring Network' -> 'UNHCR-led Protection and Return Monitoring Network'; counted: 'displacements into Baidoa district' -> 'new drought-related displacements'
      259-fewsnet-somalia-deyr-outlook.txt '40 to 50': counted: 'households registered every day' -> 'households'
      259-fewsnet-somalia-deyr-outlook.txt '1.1 million': counted: 'people reached a month with cash transfers' -> 'people'
      259-fewsnet-somalia-deyr-outlook.txt '2.2 million': counted: 'people reached a month with cash transfers in June' -> 'people'
      259-fewsnet-somalia-deyr-outlook.txt 'about 60 percent': counted: 'share of a minimum food basket the transfer buys' -> 'minimum food basket'
      259-fewsnet-somalia-deyr-outlook.txt '90 days': counted: 'window for a scale-up' -> nan
      260-wfp-chad-ration-cut-camps.txt '40 percent': counted: 'cut in food rations for Sudanese refugees in eastern Chad' -> nan
      260-wfp-chad-ration-cut-camps.txt 'more than 780,000': counted: 'people in camps along the border' -> 'people'
      260-wfp-chad-ration-cut-camps.txt 'about 1,260 kilocalories': kind: 'measure' -> 'count'; counted: 'daily ration after the cut' -> 'kilocalories'
      260-wfp-chad-ration-cut-camps.txt '2,100 kilocalories': kind: 'measure' -> 'count'; counted: 'full ration per person per day' -> 'kilocalories'
      260-wfp-chad-ration-cut-camps.txt '450 grams': counted: 'sorghum in the full ration' -> 'sorghum'
      260-wfp-chad-ration-cut-camps.txt '50g': counted: 'pulses in the full ration' -> 'pulses'
      260-wfp-chad-ration-cut-camps.txt '25 grams': counted: 'fortified vegetable oil in the full ration' -> 'fortified vegetable oil'
      260-wfp-chad-ration-cut-camps.txt '270 grams': counted: 'sorghum in the ration from next month' -> 'sorghum'
      260-wfp-chad-ration-cut-camps.txt '30g': counted: 'pulses in the ration from next month' -> 'pulses'
      260-wfp-chad-ration-cut-camps.txt 'About two-thirds': counted: 'refugees in Ouaddai, Wadi Fira and Sila who arrived after April 2023' -> 'refugees'
      260-wfp-chad-ration-cut-camps.txt '1.2 million': source: 'UN refugee agency' -> 'World Food Programme'
      260-wfp-chad-ration-cut-camps.txt '61 percent': source: 'UN refugee agency' -> 'World Food Programme'; counted: 'children among the registered Sudanese refugees' -> 'Sudanese refugees registered in Chad'
      260-wfp-chad-ration-cut-camps.txt '38 percent': source: 'joint WFP-UNHCR assessment' -> 'A joint WFP-UNHCR assessment'; counted: 'refugee households in Farchana and Metche camps with a poor food consumption score' -> 'refugee households in Farchana and Metche camps'
      260-wfp-chad-ration-cut-camps.txt 'one in four': source: 'joint WFP-UNHCR assessment' -> 'A joint WFP-UNHCR assessment'; counted: 'families skipping meals on most days' -> 'families'
      260-wfp-chad-ration-cut-camps.txt '94,000 tonnes': source: 'FAO' -> 'FAO crop'; counted: 'cereal harvest in Ouaddai this year' -> nan
      260-wfp-chad-ration-cut-camps.txt 'Around 11,500 hectares': source: 'FAO' -> 'A joint WFP-UNHCR assessment'; counted: 'sorghum and millet not planted near Adre' -> 'sorghum'
      260-wfp-chad-ration-cut-camps.txt '100-kilogram': source: 'World Food Programme' -> "WFP's market"; counted: 'sack of sorghum' -> 'sack'
      260-wfp-chad-ration-cut-camps.txt '38,000 CFA francs': source: 'World Food Programme' -> "WFP's market"
      260-wfp-chad-ration-cut-camps.txt '26,500 CFA francs': source: 'World Food Programme' -> "WFP's market"
      260-wfp-chad-ration-cut-camps.txt 'four': counted: 'sacks harvested this year' -> 'sacks'
      260-wfp-chad-ration-cut-camps.txt 'twelve': counted: 'sacks the land used to give' -> 'sacks'
      260-wfp-chad-ration-cut-camps.txt 'up to a quarter': counted: 'rise in admissions of severely malnourished children' -> nan
      260-wfp-chad-ration-cut-camps.txt '1,340': counted: 'children admitted to the Adre feeding centre in October' -> 'children'
      261-benue-displaced-farmers-harvest.txt '28': counted: 'camps and host communities sheltering displaced persons' -> 'camps'
      261-benue-displaced-farmers-harvest.txt 'about 1.4 million': counted: 'internally displaced persons in Benue State' -> 'internally displaced persons'
      261-benue-displaced-farmers-harvest.txt 'more than 600,000': counted: 'registered farmers among the displaced' -> 'registered farmers'
      261-benue-displaced-farmers-harvest.txt 'four hectares': counted: 'yam and rice farmed at Yelwata' -> 'yam'
      261-benue-displaced-farmers-harvest.txt '60': counted: 'bags of rice taken from the land last year' -> 'bags of rice'
      261-benue-displaced-farmers-harvest.txt 'some 212,000 hectares': source: 'state Ministry of Agriculture and Food Security' -> 'Ministry of Agriculture and Food Security'; counted: 'cropland abandoned in 2026' -> 'cropland'
      261-benue-displaced-farmers-harvest.txt 'about 21 per cent': source: 'state Ministry of Agriculture and Food Security' -> 'Ministry of Agriculture and Food Security'; counted: 'share of the land cultivated in the state two years ago' -> 'land'
      261-benue-displaced-farmers-harvest.txt 'two years': source: 'state Ministry of Agriculture and Food Security' -> 'Ministry of Agriculture and Food Security'; counted: 'time since the comparison season' -> nan
      261-benue-displaced-farmers-harvest.txt 'up to 340,000 tonnes': source: 'state Ministry of Agriculture and Food Security' -> 'Ministry of Agriculture and Food Security'; counted: 'fall in yam output' -> nan
      261-benue-displaced-farmers-harvest.txt 'an estimated 410,000 tonnes': counted: "Benue's rice paddy production" -> nan
      261-benue-displaced-farmers-harvest.txt '530,000 tonnes': counted: "Benue's rice paddy production in 2024" -> nan
      261-benue-displaced-farmers-harvest.txt '100kg': counted: 'bag of maize' -> 'bag'
      261-benue-displaced-farmers-harvest.txt '2,500': counted: 'bags of fertiliser and improved seed distributed' -> 'bags of fertiliser'
      261-benue-displaced-farmers-harvest.txt '9,000': counted: 'displaced farmers given inputs for dry-season farming' -> 'displaced farmers'
      261-benue-displaced-farmers-harvest.txt 'about 2.3 million': source: 'Cadre Harmonise' -> nan; counted: 'people in Benue projected in Phase 3 (Crisis) or worse' -> 'people in Benue'
      261-benue-displaced-farmers-harvest.txt 'nearly 3,000': counted: 'cattle, goats and pigs driven away or killed in the past year' -> 'cattle'
      261-benue-displaced-farmers-harvest.txt '420': head: 'cows' -> 'members'; counted: "members' cows lost in reprisals" -> 'members'

Gold corrected afterwards (5171eff; slips against the set's conventions, not toward the
output): in 260, "registered in Chad by the UN refugee agency (UNHCR)" and its "it says"
name "UNHCR", as the gold of reports 47, 48, 235 and 247 names "the UN refugee agency
(UNHCR)"; and "A joint WFP-UNHCR assessment" keeps its article, as "A Home Office
spokesperson" and "A doctor at El Obeid Teaching Hospital" do. No other gold was changed.

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the three reports, each written by hand and seen to fail on
the package before its rule; rows as in ``tests/test_unseen_styles.py`` (``(text, value or
(low, high), bound, kind, unit[, fields])``).

The general rules of this round, one line each:

- "2,100 kilocalories per person per day": kilocalories spelled out are a measure, as
  "calories" and "kcal" already were (measure_units.csv).
- "according to WFP's market monitoring bulletin", "An FAO crop assessment estimated": what
  food-security copy watches (market, price, crop, harvest, nutrition, food security; lower
  case only) may stand between a body and its bulletin or assessment, which names the body
  and not "WFP's market" or "FAO crop".
- "refugees registered in Chad by the UN refugee agency (UNHCR)": where it counted ("in" or
  "at" and a capitalised name) may stand between a recording verb and its agent.
- "Of the 1.2 million refugees registered ... by the UN refugee agency (UNHCR), 61 percent are
  children, it says": the closing "it" of a sentence that names the agent that counted is
  that agent, not the body of the sentences before.

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/food-blind``, the batch alone, corrected gold; no miss, no extra)::

    report                                   gold  pred match      P      R     F1  date
    259-fewsnet-somalia-deyr-outlook.txt       25    25    25  1.000  1.000  1.000  ok
    260-wfp-chad-ration-cut-camps.txt          25    25    25  1.000  1.000  1.000  ok
    261-benue-displaced-farmers-harvest.txt    23    23    23  1.000  1.000  1.000  ok
    TOTAL                                      73    73    73  1.000  1.000  1.000  1.000

    field accuracy over 73 matched figures:
      bound                         1.000  (73/73)
      kind                          1.000  (73/73)
      head                          0.973  (71/73)
      low_high                      1.000  (73/73)
      part_of                       1.000  (73/73)
      source                        0.863  (63/73)
      source (lenient: surname ok)  0.863  (63/73)
      date (per report)             1.000

The dev set still scores 1.000 on every field; on the second dev set (all of it, this
batch's corrected gold, against the start commit's package) kind rose 5633 -> 5635 and
source 5377 -> 5385, with no field lower; the regression texts (base29) show no change.

Left alone (seen, not fixed): "FEWS NET projects" naming "FEWS NET" where the text spelt
out "Famine Early Warning Systems Network (FEWS NET)" (an acronym with a space is not
tied to its full name); "The UNHCR-led Protection and Return Monitoring Network recorded"
keeping "UNHCR-led" in the name (a "Saudi-led coalition" is its name, so no rule strips
"-led"); "the state Ministry of Agriculture and Food Security" given without "state" (the
gold keeps the text's lower-case "state", the output the body's name: both defensible);
"the assessment found" after two assessments taking the first (a joint WFP-UNHCR one)
rather than the nearer FAO crop assessment; "Under the latest Cadre Harmonise analysis,
about 2.3 million ... are projected" with no source ("Under" is no attribution the
extractor reads); "roughly half the 1995-2025 average" with no head (a year span between
the fraction and its noun); and "420 of its members' cows" headed "members" (the noun
after a plural possessive is the head). "counted" is not scored.
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
        "invented/WFP release-like: a daily ration in kilocalories is a measure",
        "Refugees in Kakuma will now receive 1,480 kilocalories a day, down from 2,100 "
        "kilocalories, the agency said.",
        [
            ("1,480 kilocalories a day", 1480, E, MS, "kilocalorie / day"),
            ("2,100 kilocalories", 2100, E, MS, "kilocalorie", {"head": "kilocalories"}),
        ],
    ),
    (
        "invented/wire on a WFP bulletin: the owner of a market monitoring bulletin is the source",
        "Maize flour in Kismayo cost 18 percent more than in August, according to WFP's "
        "market monitoring bulletin.",
        [("18 percent", 18, E, P, "%", {"source": "WFP"})],
    ),
    (
        "invented/relief copy: 'An FAO crop assessment estimated' names FAO, not 'FAO crop'",
        "An FAO crop assessment estimated the sorghum harvest in Sennar at 210,000 tonnes.",
        [("210,000 tonnes", 210000, E, MS, "metric_ton", {"source": "FAO"})],
    ),
    (
        "invented/relief copy: the agent of 'registered in <place> by' with the place between",
        "Of the 310,000 refugees registered in Kiryandongo by the Office of the Prime Minister, "
        "58 percent are women. Some 5,600 arrivals were recorded at Renk by the International "
        "Organization for Migration in May.",
        [
            ("310,000", 310000, E, C, None, {"source": "Office of the Prime Minister"}),
            ("58 percent", 58, E, P, "%", {"source": "Office of the Prime Minister"}),
            (
                "Some 5,600",
                5600,
                AP,
                C,
                None,
                {"source": "International Organization for Migration"},
            ),
        ],
    ),
    (
        "invented/relief copy: a closing 'it says' after an agent that counted is that agent",
        "The Norwegian Refugee Council said it had cut staff. Of the 86,000 arrivals recorded "
        "by the International Organization for Migration, 40 percent are children, it says.",
        [
            ("86,000", 86000, E, C, None, {"source": "International Organization for Migration"}),
            ("40 percent", 40, E, P, "%", {"source": "International Organization for Migration"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_food_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "259-fewsnet-somalia-deyr-outlook.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.96,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.84,
    },
    "260-wfp-chad-ration-cut-camps.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.96,
    },
    "261-benue-displaced-farmers-harvest.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.956,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.782,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_food_floors(name):
    assert_floors(name, FLOORS[name])
