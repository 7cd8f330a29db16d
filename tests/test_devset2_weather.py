"""Second dev set, batch ``ds2-weather``: reports 217-219 of ``tests/fixtures/devset2``,
weather-desk and wire copy on heat, cold and storms hitting migrants and displaced people:
temperatures in both F and C, glued ("43C", "112-116F") and spelt out ("110 degrees
Fahrenheit"), below zero written "minus" ("minus 11 degrees Celsius", "a wind chill of minus
19C"), a heat index, water hauled in gallons, snow in centimetres, feet and inches, winds in
km/h and mph, rainfall in mm and inches, forecast ranges ("highs of 31-33C", "60-80 km/h
(37-50 mph)"), "three-day" searches and alerts, and the forecasters, rescuers and aid bodies
who give them. Before writing them, real copy of these kinds was read through the
stored-pages search (none is kept here): US stories on migrant deaths in the South Texas
brush and the Arizona and New Mexico deserts in triple-digit heat (the Brooks County
sheriff's deputies, Humane Borders' water stations, a Pima County medical examiner's
counts, Border Patrol rescues and a National Weather Service meteorologist), and pages on
cold in tents (which gave little of the camp copy's style; the winter-camp story leans on
the wire copy of the earlier climate and science batches). Every sentence, name and number
is invented; places and organisations are real:

- 217-ap-arizona-heat-deaths-water-stations.txt: an AP-like story from Tucson, 2026-07-16,
  on migrants' bodies recovered in the desert, the National Weather Service's excessive heat
  warning ("forecasting highs of 112-116F (44-47C)", "a heat index of up to 120F"), a
  pathologist's gallons, Humane Borders' water stations, the Tucson Sector's rescues, an
  agent's "group of 14", a "three-day search", Sonora's count and the county's yearly total.
- 218-afp-arsal-snowstorm-tents-lebanon.txt: an AFP-like story from Arsal, 2027-01-22, on a
  named snowstorm over the Syrian refugee tents ("up to 60 centimetres (two feet)", "minus 11
  degrees Celsius", "gusting up to 85 km/h (53 mph)", "It forecast ... lows of minus 9C"),
  UNHCR's blankets, litres of fuel and coverage shares, the Lebanese Civil Defence's
  evacuations and the Syria Civil Defence's snow in cm and inches.
- 219-reuters-cyclone-cabo-delgado-camps.txt: a Reuters-like story from Pemba, 2027-03-09,
  on a cyclone through Cabo Delgado's displacement sites ("a Category 3 storm", "165 km/h
  (103 mph)", "gusts up to 205km/h"), the INGD's toll, a camp leader's "nine in 10",
  Meteo-France's rainfall, IOM's and its Displacement Tracking Matrix's counts, OCHA's appeal
  and INAM's forecast ranges.

The reports and their gold were committed (b57ab76) before the extractor was first run on
them; in the same commit the gold checker's wrapper learnt "minus" before a temperature and
US gallons. The BLIND score (``python -m analysis.evaluate /tmp/weather-blind --misses``, only
this batch in the folder, at that commit)::

    report                                         gold  pred match      P      R     F1  date
    217-ap-arizona-heat-deaths-water-stations.txt    25    25    25  1.000  1.000  1.000  ok
    218-afp-arsal-snowstorm-tents-lebanon.txt        25    25    25  1.000  1.000  1.000  ok
    219-reuters-cyclone-cabo-delgado-camps.txt       25    25    25  1.000  1.000  1.000  ok
    TOTAL                                            75    75    75  1.000  1.000  1.000  1.000

    field accuracy over 75 matched figures:
      bound                         1.000  (75/75)
      kind                          1.000  (75/75)
      head                          0.933  (70/75)
      low_high                      1.000  (75/75)
      part_of                       0.987  (74/75)
      source                        0.707  (53/75)
      source (lenient: surname ok)  0.773  (58/75)
      counted                       0.013  (1/75)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      217-ap-arizona-heat-deaths-water-stations.txt '11': counted: "migrants' bodies recovered over the past week" -> 'migrants'
      217-ap-arizona-heat-deaths-water-stations.txt '110 degrees Fahrenheit': counted: "temperature in southern Arizona's deserts" -> nan
      217-ap-arizona-heat-deaths-water-stations.txt '43 degrees Celsius': counted: "temperature in southern Arizona's deserts" -> nan
      217-ap-arizona-heat-deaths-water-stations.txt 'at least 74': counted: 'migrant deaths this summer' -> 'deaths'
      217-ap-arizona-heat-deaths-water-stations.txt '112-116F': source: 'National Weather Service' -> nan; counted: 'forecast highs in the low desert west of Tucson' -> nan
      217-ap-arizona-heat-deaths-water-stations.txt '44-47C': source: 'National Weather Service' -> nan; counted: 'forecast highs in the low desert west of Tucson' -> nan
      217-ap-arizona-heat-deaths-water-stations.txt 'around 85F': source: 'National Weather Service' -> nan; counted: 'overnight lows' -> nan
      217-ap-arizona-heat-deaths-water-stations.txt '29C': source: 'National Weather Service' -> nan; counted: 'overnight lows' -> nan
      217-ap-arizona-heat-deaths-water-stations.txt 'up to 120F': counted: 'heat index near Yuma' -> nan
      217-ap-arizona-heat-deaths-water-stations.txt '150F': counted: 'temperature of the desert floor' -> nan
      217-ap-arizona-heat-deaths-water-stations.txt '66C': counted: 'temperature of the desert floor' -> nan
      217-ap-arizona-heat-deaths-water-stations.txt 'at least 2 gallons': counted: 'water an adult walking in the heat needs a day' -> 'water'
      217-ap-arizona-heat-deaths-water-stations.txt '47': head: 'water stations' -> 'stations'; counted: 'water stations refilled every week' -> 'water stations'
      217-ap-arizona-heat-deaths-water-stations.txt 'roughly 1,500 gallons': counted: 'water hauled to the stations every week' -> nan
      217-ap-arizona-heat-deaths-water-stations.txt '389': source: "U.S. Border Patrol's Tucson Sector" -> 'Tucson Sector'; counted: 'rescues by Tucson Sector agents in June' -> 'rescues'
      217-ap-arizona-heat-deaths-water-stations.txt '22%': source: "U.S. Border Patrol's Tucson Sector" -> 'Tucson Sector'; counted: 'rise in rescues from June a year earlier' -> nan
      217-ap-arizona-heat-deaths-water-stations.txt 'nine in 10': part_of: '389' -> nan; source: "U.S. Border Patrol's Tucson Sector" -> 'Tucson Sector'; counted: 'people rescued suffering from heat illness or dehydration' -> 'people'
      217-ap-arizona-heat-deaths-water-stations.txt '14': head: 'people' -> 'group'; counted: 'people in a group found near Ajo' -> 'group'
      217-ap-arizona-heat-deaths-water-stations.txt 'two': head: 'people' -> 'group'; counted: 'people in the group who could not walk' -> 'group'
      217-ap-arizona-heat-deaths-water-stations.txt 'one': counted: 'woman with a body temperature of 106 degrees' -> 'woman'
      217-ap-arizona-heat-deaths-water-stations.txt '106 degrees': counted: "a woman's body temperature" -> nan
      217-ap-arizona-heat-deaths-water-stations.txt 'three-day': source: nan -> 'brother'; counted: 'search near Organ Pipe Cactus National Monument' -> 'search'
      217-ap-arizona-heat-deaths-water-stations.txt '19': counted: 'bodies found on the Mexican side since April 1' -> 'bodies'
      217-ap-arizona-heat-deaths-water-stations.txt 'four to five days': counted: 'hottest stretch' -> nan
      217-ap-arizona-heat-deaths-water-stations.txt '171': counted: 'migrant remains recorded by the county in 2025' -> 'migrant remains'
      218-afp-arsal-snowstorm-tents-lebanon.txt 'up to 60 centimetres': counted: 'snow on the camps around Arsal' -> nan
      218-afp-arsal-snowstorm-tents-lebanon.txt 'two feet': counted: 'snow on the camps around Arsal' -> nan
      218-afp-arsal-snowstorm-tents-lebanon.txt 'some 340': counted: 'tents whose roofs collapsed' -> 'tents'
      218-afp-arsal-snowstorm-tents-lebanon.txt 'minus 11 degrees Celsius': counted: 'temperature in eastern Lebanon' -> nan
      218-afp-arsal-snowstorm-tents-lebanon.txt 'up to 85 km/h': counted: 'wind gusts' -> nan
      218-afp-arsal-snowstorm-tents-lebanon.txt '53 mph': counted: 'wind gusts' -> nan
      218-afp-arsal-snowstorm-tents-lebanon.txt 'minus 19C': counted: 'wind chill on the high ground' -> nan
      218-afp-arsal-snowstorm-tents-lebanon.txt 'over 900 metres': source: "Lebanon's meteorological department" -> nan; counted: 'altitude above which more snow is forecast' -> nan
      218-afp-arsal-snowstorm-tents-lebanon.txt 'minus 9C': source: "Lebanon's meteorological department" -> nan; counted: 'night-time lows in the Bekaa valley' -> nan
      218-afp-arsal-snowstorm-tents-lebanon.txt 'about 38,000': counted: 'Syrian refugees in the Arsal hills' -> 'Syrian refugees'
      218-afp-arsal-snowstorm-tents-lebanon.txt 'more than 120': counted: 'informal settlements in the Arsal hills' -> 'informal settlements'
      218-afp-arsal-snowstorm-tents-lebanon.txt 'one': counted: 'heater for the family' -> 'heater'
      218-afp-arsal-snowstorm-tents-lebanon.txt '11': counted: 'people sharing one heater' -> 'people'
      218-afp-arsal-snowstorm-tents-lebanon.txt '9,500': counted: 'thermal blankets distributed since Monday' -> 'thermal blankets'
      218-afp-arsal-snowstorm-tents-lebanon.txt '27,000 litres': counted: 'heating fuel distributed since Monday' -> nan
      218-afp-arsal-snowstorm-tents-lebanon.txt '45%': counted: 'refugee families most in need covered by winter assistance' -> 'refugee families'
      218-afp-arsal-snowstorm-tents-lebanon.txt '70%': counted: 'refugee families most in need covered last winter' -> 'refugee families'
      218-afp-arsal-snowstorm-tents-lebanon.txt 'one': head: 'family' -> 'fuel'; counted: 'family given a blanket' -> 'family and fuel'
      218-afp-arsal-snowstorm-tents-lebanon.txt '64': source: 'Lebanese Civil Defence' -> 'Syria Civil Defence'; counted: 'people evacuated from tents at risk of collapse' -> 'people'
      218-afp-arsal-snowstorm-tents-lebanon.txt '29': source: 'Lebanese Civil Defence' -> 'Syria Civil Defence'; counted: 'children evacuated' -> 'children'
      218-afp-arsal-snowstorm-tents-lebanon.txt '15 cm': counted: 'snow on camps near Azaz and Afrin' -> nan
      218-afp-arsal-snowstorm-tents-lebanon.txt '6 inches': counted: 'snow on camps near Azaz and Afrin' -> nan
      218-afp-arsal-snowstorm-tents-lebanon.txt 'about 1,150': counted: 'tents damaged or flooded by meltwater' -> 'tents'
      218-afp-arsal-snowstorm-tents-lebanon.txt '2-4C': counted: 'forecast daytime highs' -> nan
      218-afp-arsal-snowstorm-tents-lebanon.txt '36-39F': counted: 'forecast daytime highs' -> nan
      219-reuters-cyclone-cabo-delgado-camps.txt 'at least 23': counted: 'people killed by the cyclone' -> 'people'
      219-reuters-cyclone-cabo-delgado-camps.txt '165 km/h': counted: 'sustained winds' -> nan
      219-reuters-cyclone-cabo-delgado-camps.txt '103 mph': counted: 'sustained winds' -> nan
      219-reuters-cyclone-cabo-delgado-camps.txt 'up to 205km/h': counted: 'gusts' -> nan
      219-reuters-cyclone-cabo-delgado-camps.txt 'at least 23': counted: 'people killed' -> 'people'
      219-reuters-cyclone-cabo-delgado-camps.txt '71': head: 'others' -> 'people'; counted: 'people injured' -> 'people'
      219-reuters-cyclone-cabo-delgado-camps.txt '48,600': counted: 'houses and shelters damaged or destroyed' -> 'houses'
      219-reuters-cyclone-cabo-delgado-camps.txt 'three-day': counted: 'red alert for the coastal districts' -> 'red alert'
      219-reuters-cyclone-cabo-delgado-camps.txt 'about 5,200': counted: 'displaced people in the Ntokota site' -> 'displaced people'
      219-reuters-cyclone-cabo-delgado-camps.txt 'nine in 10': counted: 'emergency shelters that lost their roofs' -> 'emergency shelters'
      219-reuters-cyclone-cabo-delgado-camps.txt 'more than 300 mm': source: "Meteo-France's regional cyclone centre" -> 'La Reunion'; counted: 'rain on Pemba' -> nan
      219-reuters-cyclone-cabo-delgado-camps.txt '12 inches': source: "Meteo-France's regional cyclone centre" -> 'La Reunion'; counted: 'rain on Pemba' -> nan
      219-reuters-cyclone-cabo-delgado-camps.txt '24 hours': source: "Meteo-France's regional cyclone centre" -> 'La Reunion'; counted: 'rainfall' -> nan
      219-reuters-cyclone-cabo-delgado-camps.txt 'as much as 4 metres': counted: 'rise of the rivers' -> nan
      219-reuters-cyclone-cabo-delgado-camps.txt 'more than 1 million': counted: 'people displaced in Cabo Delgado since 2017' -> 'people'
      219-reuters-cyclone-cabo-delgado-camps.txt 'about 580,000': counted: 'displaced people still in sites or with host families' -> 'people'
      219-reuters-cyclone-cabo-delgado-camps.txt '17,400': source: 'Displacement Tracking Matrix' -> 'Its Displacement Tracking Matrix'; counted: 'people who fled flooded sites to schools and churches' -> 'people'
      219-reuters-cyclone-cabo-delgado-camps.txt '8,900': source: 'Displacement Tracking Matrix' -> 'Its Displacement Tracking Matrix'; counted: 'children among those who fled flooded sites' -> 'children'
      219-reuters-cyclone-cabo-delgado-camps.txt 'three months': counted: 'response' -> nan
      219-reuters-cyclone-cabo-delgado-camps.txt '100-150mm': source: 'INAM' -> "Mozambique's national meteorology institute INAM"; counted: 'further rain forecast' -> 'rain'
      219-reuters-cyclone-cabo-delgado-camps.txt '72 hours': source: 'INAM' -> "Mozambique's national meteorology institute INAM"; counted: 'forecast period' -> nan
      219-reuters-cyclone-cabo-delgado-camps.txt '60-80 km/h': source: 'INAM' -> "Mozambique's national meteorology institute INAM"; counted: 'winds' -> nan
      219-reuters-cyclone-cabo-delgado-camps.txt '37-50 mph': source: 'INAM' -> "Mozambique's national meteorology institute INAM"; counted: 'winds' -> nan
      219-reuters-cyclone-cabo-delgado-camps.txt '31-33C': source: 'INAM' -> "Mozambique's national meteorology institute INAM"; counted: 'forecast highs' -> nan

Gold corrected afterwards (slips against the set's conventions, not toward the output): in
219, "71 others injured" had the head "others"; the set restores the elided noun ("19 others
abducted" is "persons" in 109), so it is "people"; in 217, "47 water stations" had the head
"water stations"; heads are one noun across the set (units apart), so it is "stations". No
other gold was changed. After this round's rules, over the corrected gold: F1 1.000 (75/75),
bound, kind and low_high 1.000, head 0.960 (72/75), part_of 0.987 (74/75), source 0.920
(69/75).

The CASES below are invented sentences (other names, places and numbers) with the
constructions that failed in the three reports, each labelled with the kind of copy it
imitates; each non-guard row was checked to fail on the start commit (7a808e3) before its
rule, and the guards pass before and after.

The general rules of this round, one line each:

- "It forecast lows of minus 9C", "They forecast 200mm": a pronoun before "forecast" makes it
  the verb (3fc35dd).
- "..., forecasting highs of 112-116F", "..., predicting up to 250mm of rain": forecasters'
  participles after the body's main clause share its subject, gated as "warning" is so that
  "weather forecasting services" stays a noun (3fc35dd).
- "Mozambique's national meteorology institute INAM", "Indonesia's disaster agency BNPB": a
  country's possessive may open the description before a body's name (f926467).
- "Its Displacement Tracking Matrix counted 17,400": the body's unit without the pronoun
  (f926467).
- "the Lebanese Civil Defence", "Kenya Red Cross said": Civil Defence is a known body, a
  demonym before a known body's name is its own, and a country's name before one is no
  person's name cued by "said" (e955752).
- "... a man whose brother said he was left behind": a "whose" clause's speaker after the
  figure speaks for the clause only (d0fa0aa).
- "the regional cyclone centre on La Reunion said": La Reunion is a place (d2506bc).

Seen and left alone: "U.S. Border Patrol's Tucson Sector" is given as "Tucson Sector" (the
project drops a body owner before a body's name, as "Syracuse University's" before TRAC;
the gold keeps the fullest form); "nine in 10 of the people rescued" gets no part_of 389 (a
share of a count named by its verb's noun, "rescues"); "a group of 14", "two of them" have
the head "group", not the people in it; "a blanket for one family and fuel for another"
gives "one" the head "fuel"; the counted field is mostly empty for measures; "the regional
cyclone centre on La Reunion" keeps its place phrase, as the project keeps "in" and "on"
phrases after a body's noun, where the gold names the centre alone.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
MS = "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# before the fix that makes it pass, and checked to fail before it), and guards that pass
# before and after.
CASES = [
    # --- forecasters as sources --------------------------------------------------------
    (
        "invented/PA-like weather copy: 'It forecast' after the forecaster named before",
        "The Met Office said the cold snap would last into next week. It forecast lows of "
        "minus 8C in the Scottish Highlands on Sunday night.",
        [("minus 8C", -8, E, MS, "degree_Celsius", {"source": "Met Office"})],
    ),
    (
        "invented/IMD-like copy: 'predicting' opens a phrase after the body's main clause",
        "The India Meteorological Department issued a red alert for Assam on Monday, "
        "predicting up to 250mm of rain in the hills near the relief camps.",
        [
            (
                "up to 250mm",
                250,
                UP,
                MS,
                "millimeter",
                {"source": "India Meteorological Department"},
            )
        ],
    ),
    (
        "invented/Dawn-like copy: 'forecasting' opens a phrase after the body's main clause",
        "The Pakistan Meteorological Department extended its heatwave warning for Sindh until "
        "Friday, forecasting highs of 47-49C in Jacobabad.",
        [
            (
                "47-49C",
                (47, 49),
                R,
                MS,
                "degree_Celsius",
                {"source": "Pakistan Meteorological Department"},
            )
        ],
    ),
    (
        "invented/AP-like: the speaker of a 'whose' clause after the figure speaks for it only",
        "Rescuers found 12 bodies near a village whose mayor said the river had risen overnight.",
        [("12", 12, E, C, None, {"source": None})],
    ),
    # --- bodies' names -------------------------------------------------------------------
    (
        "invented/Reuters-like: a country's body described in lowercase, then its acronym",
        "Bangladesh's disaster management department DDM said 3,400 shelters in the Rohingya "
        "camps were damaged.",
        [("3,400", 3400, E, C, None, {"source": "DDM"})],
    ),
    (
        "invented/guard: a country's body described with no name after it",
        "Italy's coast guard said 80 people were rescued off Lampedusa.",
        [("80", 80, E, C, None, {"source": "Italy's coast guard"})],
    ),
    (
        "invented/OCHA-like: a body's own system named after 'Its' is named without it",
        "UNHCR said 12 sites in Borno had flooded. Its Protection Monitoring System counted "
        "2,150 families sleeping in the open.",
        [
            ("12", 12, E, C, None, {"source": "UNHCR"}),
            ("2,150", 2150, E, C, None, {"source": "Protection Monitoring System"}),
        ],
    ),
    (
        "invented/AFP-like: a country's Civil Defence is a body with its demonym",
        "The Iraqi Civil Defence said its divers had recovered nine bodies from the Tigris "
        "near Mosul.",
        [("nine", 9, E, C, None, {"source": "Iraqi Civil Defence"})],
    ),
    (
        "invented/AFP-like: La Reunion is a place, never the body that speaks from it",
        "The regional cyclone centre on La Reunion said the storm had dumped 180 mm of rain "
        "on Toamasina.",
        [
            (
                "180 mm",
                180,
                E,
                MS,
                "millimeter",
                {"source": ("regional cyclone centre on La Reunion", "regional cyclone centre")},
            )
        ],
    ),
    (
        "invented/Nation-like: a country's name before a known body's is the body's own",
        "The Kenya Red Cross said its teams had moved 2,300 families from the banks of the "
        "Tana River. The Ethiopian Red Cross said 800 more had fled in Somali region.",
        [
            ("2,300", 2300, E, C, None, {"source": "Kenya Red Cross"}),
            ("800", 800, E, C, None, {"source": "Ethiopian Red Cross"}),
        ],
    ),
    (
        "invented/guard: 'Defence' and 'Civil Defence' before a minister's name stay titles",
        "Defence Minister Khawaja Asif said 300 soldiers were sent to the camps. Civil Defence "
        "Minister Ali Shah said 20 boats were deployed.",
        [
            ("300", 300, E, C, None, {"source": "Khawaja Asif"}),
            ("20", 20, E, C, None, {"source": "Ali Shah"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_weather_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "217-ap-arizona-heat-deaths-water-stations.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.92,
        "low_high": 1.0,
        "part_of": 0.96,
        "source": 0.88,
    },
    "218-afp-arsal-snowstorm-tents-lebanon.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.96,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "219-reuters-cyclone-cabo-delgado-camps.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.88,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_weather_floors(name):
    assert_floors(name, FLOORS[name])
