"""Second dev set, batch ``ds2-environment``: reports 307-309 of ``tests/fixtures/devset2``,
environmental copy around displacement: deforestation around large camps (hectares of forest
lost, tonnes of firewood a day, seedlings planted, LPG cylinders handed out), a lake shrinking
and herders moving (square kilometres, metres of water level, head of cattle, litres of water
a day) and emissions and air pollution in a host city (tonnes of carbon dioxide, micrograms
per cubic metre, a 95% confidence interval and a range of premature deaths). Their
not-figures are years, a dateline's date, an age, a decade ("the 1960s"), "thousands of"
and "PM2.5". Before writing them, real copy of these kinds was read through the
stored-pages search (none is kept here): UNHCR's and IOM's releases and factsheets on LPG
distribution and reforestation around the Rohingya camps in Cox's Bazar, a FAO-UNHCR note on
woodfuel in displacement settings, a Thomson Reuters Foundation story on tree planting
around refugee camps and a USA for UNHCR release on firewood scarcity. Every sentence, name
and number is invented; places and organisations are real:

- 307-unhcr-unep-bidibidi-firewood-restoration.txt: a UNHCR/UNEP-style joint press release,
  2026-11-24, on a restoration plan around Bidibidi and Palorinya in Uganda (hectares, tonnes
  of firewood a day, an NFA assessment's tree-cover loss, seedlings and fruit trees, LPG
  cylinders and stoves, a refill in shillings, the plan's funding "of which ... including"),
  with notes to editors.
- 308-wire-lake-chad-herders-shrinking.txt: a Reuters-like wire from Bol, 2026-11-26, on the
  northern pool of Lake Chad at "a 20-year low" (square kilometres, metres at a gauge),
  herders' cattle and camels, a livestock ministry note, IOM's displaced, an anonymous LCBC
  hydrologist, an appeal's funding and WFP's fodder.
- 309-science-desk-gaziantep-air-study.txt: a science-desk story, 2026-11-27, on a study of
  carbon dioxide and PM2.5 in Gaziantep linked to the arrival of Syrian refugees (a 95%
  confidence interval, shares of emissions as a range, a range of premature deaths), an
  outside expert's comparison with the city's total and a municipal gas subsidy in lira.

The reports and their gold were committed (4d9b3d4) before the extractor was first run on
them (the gold checker's wrapper learnt micrograms, with "per cubic metre", as a measure in
the same commit). The BLIND score (``python -m analysis.evaluate /tmp/environment-blind
--misses``, only this batch in the folder, at that commit)::

    report                                            gold  pred match      P      R     F1  date
    307-unhcr-unep-bidibidi-firewood-restoration.txt    25    25    25  1.000  1.000  1.000  ok
    308-wire-lake-chad-herders-shrinking.txt            24    24    24  1.000  1.000  1.000  ok
    309-science-desk-gaziantep-air-study.txt            24    22    22  1.000  0.917  0.957  ok
    TOTAL                                               73    71    71  1.000  0.973  0.986  1.000

    field accuracy over 71 matched figures:
      bound                         1.000  (71/71)
      kind                          1.000  (71/71)
      head                          0.887  (63/71)
      low_high                      1.000  (71/71)
      part_of                       0.986  (70/71)
      source                        0.761  (54/71)
      source (lenient: surname ok)  0.761  (54/71)
      counted                       0.099  (7/71)
      date (per report)             1.000

    misses (gold not found): 2; extras (not in gold): 0
      309-science-desk-gaziantep-air-study.txt
        MISS  'a decade'  in: Science | Study puts a number on the air-quality cost of a decade of hosting refugees
        MISS  '95%'  in: Researchers at Middle East Technical University and the University of Leeds estimate that rapid population growth linked to the arrival of Syrian refugees added 0.9 million tonnes of carbon dioxide a year to emissions in Gaziantep, in south-east Turkey, between 2014 and 2024, with a 95% confidence interval of 0.6 million to 1.2 million tonnes.

    matched figures with a field wrong (gold -> predicted):
      307-unhcr-unep-bidibidi-firewood-restoration.txt '4,200 hectares': counted: 'degraded land to be restored around Bidibidi and Palorinya' -> 'degraded land'
      307-unhcr-unep-bidibidi-firewood-restoration.txt 'an estimated 310 tonnes': counted: 'firewood burned a day by refugees and host families' -> 'firewood'
      307-unhcr-unep-bidibidi-firewood-restoration.txt '38 per cent': source: 'National Forestry Authority' -> "Uganda's National Forestry Authority"; counted: 'fall in tree cover around Bidibidi between 2017 and 2025' -> nan
      307-unhcr-unep-bidibidi-firewood-restoration.txt 'some 11,600 hectares': source: 'National Forestry Authority' -> "Uganda's National Forestry Authority"; counted: 'forest lost around Bidibidi between 2017 and 2025' -> nan
      307-unhcr-unep-bidibidi-firewood-restoration.txt 'about 192,000': counted: 'refugees hosted in Bidibidi' -> 'refugees'
      307-unhcr-unep-bidibidi-firewood-restoration.txt 'up to six hours': counted: 'walk by women and girls to collect a bundle of wood' -> nan
      307-unhcr-unep-bidibidi-firewood-restoration.txt '1.5 million': counted: 'seedlings to be planted under the plan' -> 'seedlings'
      307-unhcr-unep-bidibidi-firewood-restoration.txt 'three years': counted: 'planting under the plan' -> nan
      307-unhcr-unep-bidibidi-firewood-restoration.txt '400,000': counted: 'fruit trees to be raised by refugee-run nurseries' -> 'fruit trees'
      307-unhcr-unep-bidibidi-firewood-restoration.txt 'more than 2.3 million': source: 'National Forestry Authority' -> "Uganda's National Forestry Authority"; counted: 'trees planted in Yumbe and Obongi districts since 2019' -> 'trees'
      307-unhcr-unep-bidibidi-firewood-restoration.txt 'about 64 per cent': head: 'trees' -> nan; source: 'National Forestry Authority' -> "Uganda's National Forestry Authority"; counted: 'survival rate of the trees planted' -> nan
      307-unhcr-unep-bidibidi-firewood-restoration.txt '18,500': head: 'cylinders' -> 'gas'; counted: 'liquefied petroleum gas cylinders handed out' -> 'liquefied petroleum gas'
      307-unhcr-unep-bidibidi-firewood-restoration.txt '9,000': counted: 'energy-saving stoves handed out' -> 'energy-saving stoves'
      307-unhcr-unep-bidibidi-firewood-restoration.txt '12.5-kilogram': counted: 'LPG cylinder' -> 'cylinder lasts'
      307-unhcr-unep-bidibidi-firewood-restoration.txt 'around 45 days': counted: 'an LPG cylinder lasting an average household' -> nan
      307-unhcr-unep-bidibidi-firewood-restoration.txt '6,000': counted: 'poorest households whose refills will be subsidised' -> 'poorest households'
      307-unhcr-unep-bidibidi-firewood-restoration.txt 'half': counted: 'Ugandan households among those subsidised' -> 'poorest households'
      307-unhcr-unep-bidibidi-firewood-restoration.txt 'roughly two tonnes': counted: 'wood kept on the hillside a year by each cylinder in use' -> 'wood'
      307-unhcr-unep-bidibidi-firewood-restoration.txt 'two': counted: 'settlements where firewood demand is to be cut' -> 'settlements'
      307-unhcr-unep-bidibidi-firewood-restoration.txt 'a quarter': counted: 'cut in firewood demand in the two settlements by 2028' -> nan
      307-unhcr-unep-bidibidi-firewood-restoration.txt '€3 million': part_of: '$7.2 million' -> nan
      307-unhcr-unep-bidibidi-firewood-restoration.txt '2,800 square kilometres': counted: 'area of Yumbe and Obongi covered by the NFA assessment' -> nan
      308-wire-lake-chad-herders-shrinking.txt '20-year': counted: 'low in the water of Lake Chad' -> 'low'
      308-wire-lake-chad-herders-shrinking.txt 'about 1,350 square kilometres': source: 'officials' -> 'officials and residents'; counted: 'northern pool of Lake Chad this dry season' -> nan
      308-wire-lake-chad-herders-shrinking.txt 'two decades': source: 'officials' -> 'officials and residents'; counted: 'period in which the northern pool was not smaller' -> nan
      308-wire-lake-chad-herders-shrinking.txt '1.8 metres': counted: 'fall in the water level at the Bol gauge between April and October' -> nan
      308-wire-lake-chad-herders-shrinking.txt '1.1 metres': counted: 'average drop in the water level in recent years' -> nan
      308-wire-lake-chad-herders-shrinking.txt 'roughly 2,100 square kilometres': counted: 'open water at the same point last year' -> nan
      308-wire-lake-chad-herders-shrinking.txt 'some 25,000 square kilometres': counted: 'lake at its largest in the 1960s' -> nan
      308-wire-lake-chad-herders-shrinking.txt 'six weeks': counted: 'channels drying this year' -> nan
      308-wire-lake-chad-herders-shrinking.txt '300': counted: 'head of cattle moved by Abakar Brahim' -> 'cattle'
      308-wire-lake-chad-herders-shrinking.txt '80': counted: 'camels moved by Abakar Brahim' -> 'camels'
      308-wire-lake-chad-herders-shrinking.txt '41,000': source: 'livestock ministry' -> 'a livestock ministry note'; counted: 'head of cattle crossing into the southern districts in October' -> 'cattle'
      308-wire-lake-chad-herders-shrinking.txt '17,500': source: 'livestock ministry' -> 'a livestock ministry note'; counted: 'head of cattle crossing a year earlier' -> 'cattle'
      308-wire-lake-chad-herders-shrinking.txt 'more than 220,000': counted: 'internally displaced people in Lac province' -> 'internally displaced people'
      308-wire-lake-chad-herders-shrinking.txt 'about 60 per cent': counted: 'women and children among the internally displaced' -> 'internally displaced people'
      308-wire-lake-chad-herders-shrinking.txt 'at least 14': counted: 'people killed in clashes between herders and farmers since August' -> 'people'
      308-wire-lake-chad-herders-shrinking.txt 'up to 90 per cent': source: 'hydrologist' -> 'the shrinking reflected weak rains'; counted: "share of the lake's inflow supplied by the Chari-Logone basin" -> 'inflow'
      308-wire-lake-chad-herders-shrinking.txt '21 per cent': source: 'hydrologist' -> 'Abakar Brahim'; counted: "shortfall of inflow at N'Djamena against the long-term average" -> nan
      308-wire-lake-chad-herders-shrinking.txt '3.4 million': counted: 'people in the basin who need help' -> 'people across the basin'
      308-wire-lake-chad-herders-shrinking.txt '2,400 tonnes': counted: 'fodder and sorghum to be trucked to Baga Sola' -> 'fodder'
      308-wire-lake-chad-herders-shrinking.txt 'three months': counted: 'trucking of fodder and sorghum' -> nan
      308-wire-lake-chad-herders-shrinking.txt '40 to 50 litres': counted: 'water a cow needs a day in the dry season' -> 'water'
      308-wire-lake-chad-herders-shrinking.txt '23': head: 'animals' -> nan; counted: 'animals Abakar Brahim lost on the road' -> nan
      309-science-desk-gaziantep-air-study.txt 'a third': counted: "growth in a city's population" -> nan
      309-science-desk-gaziantep-air-study.txt 'five years': counted: "growth of the city's population by a third" -> nan
      309-science-desk-gaziantep-air-study.txt '0.9 million tonnes': source: 'Researchers at Middle East Technical University and the University of Leeds' -> 'University of Leeds'; counted: 'carbon dioxide added a year to emissions in Gaziantep between 2014 and 2024' -> 'carbon dioxide'
      309-science-desk-gaziantep-air-study.txt '0.6 million to 1.2 million tonnes': source: 'Researchers at Middle East Technical University and the University of Leeds' -> 'University of Leeds'; counted: 'confidence interval of the carbon dioxide added a year' -> nan
      309-science-desk-gaziantep-air-study.txt 'about 1.9 million': head: 'population' -> 'people'; source: nan -> 'Turkish migration authorities'; counted: "Gaziantep's population in 2012" -> 'people'
      309-science-desk-gaziantep-air-study.txt '2.2 million': head: 'population' -> 'people'; source: nan -> 'Turkish migration authorities'; counted: "Gaziantep's population in 2024" -> 'people'
      309-science-desk-gaziantep-air-study.txt 'more than 460,000': counted: 'Syrians under temporary protection registered in the province at the peak of arrivals' -> 'Syrians'
      309-science-desk-gaziantep-air-study.txt 'Some 400,000': counted: 'Syrians under temporary protection who remain in the province' -> 'Syrians'
      309-science-desk-gaziantep-air-study.txt 'between 55 and 70 per cent': head: 'emissions' -> nan; source: 'authors' -> nan; counted: 'share of the extra emissions that came from heating' -> nan
      309-science-desk-gaziantep-air-study.txt 'about a fifth': head: 'emissions' -> nan; counted: 'share of the extra emissions from road transport' -> nan
      309-science-desk-gaziantep-air-study.txt '41 micrograms per cubic metre': source: 'Researchers at Middle East Technical University and the University of Leeds' -> nan; counted: "PM2.5 averaged in the city's winter months" -> nan
      309-science-desk-gaziantep-air-study.txt '29 micrograms': source: 'Researchers at Middle East Technical University and the University of Leeds' -> nan; counted: 'PM2.5 in comparable cities that received few refugees' -> nan
      309-science-desk-gaziantep-air-study.txt '5 micrograms': counted: 'World Health Organization guideline for the annual average of PM2.5' -> nan
      309-science-desk-gaziantep-air-study.txt 'two': counted: 'sacks of lignite handed to families' -> 'sacks of lignite'
      309-science-desk-gaziantep-air-study.txt '310 to 540': counted: 'premature deaths a year among residents associated with the additional pollution' -> 'premature deaths'
      309-science-desk-gaziantep-air-study.txt '0.9 million tonnes': counted: 'estimate of carbon dioxide added by the study' -> nan
      309-science-desk-gaziantep-air-study.txt 'roughly 11 million tonnes': counted: "the city's total emissions of carbon dioxide" -> nan
      309-science-desk-gaziantep-air-study.txt 'around 8 per cent': head: 'emissions' -> nan; counted: "signal of the added emissions in the city's total" -> nan
      309-science-desk-gaziantep-air-study.txt '96,000': counted: 'households connected to natural gas since 2019' -> 'households'
      309-science-desk-gaziantep-air-study.txt '50 per cent': counted: 'share of the cost of a gas connection covered by the subsidy' -> 'cost of a connection'
      309-science-desk-gaziantep-air-study.txt '18 months': counted: 'subsidy for gas connections' -> nan

The rule of this round, one line:

- "18,500 liquefied petroleum gas (LPG) cylinders": a bracketed acronym whose letters are the
  initials of the lower-case words before it is skipped, as a name's acronym already was
  ("Special Immigrant Visa (SIV) applications"), so the noun after it is the head.

Tried and dropped: "write" as a reporting verb for "..., the authors write" (science desks
quoting a paper's authors) made "as wires and papers write it" and "clinical study
write-ups" into attributions in the regression corpus, so the verb was left out.

Left alone (conventions or gold calls): the confidence level "95%" (the gold counts it, as
report 188's does; the extractor reads a confidence level as no share, tests/
test_devset2_thinktank.py); the headline's bare "a decade" (a unit of time is taken only
with a bound, tests/test_devset2_translated.py); "Uganda's National Forestry Authority" and
"officials and residents" for the gold's "National Forestry Authority" and "officials"
(fuller names the text gives); the researchers' long name against the extractor's
"University of Leeds"; "according to Turkish migration authorities" at the end of a sentence
reaching back to the city's population figures in the same sentence (defensible, the gold
keeps them unattributed); "a livestock ministry note seen by Reuters" kept whole as the
source (the gold's "livestock ministry"); the anonymous "A hydrologist at the LCBC, who asked
not to be named because ..., said" (the extractor takes the clause after "said", and the
next "he said" finds the herder quoted before); "the authors write" and "they found" after a
figure (no source); "€3 million" as part of "$7.2 million" ("including", across currencies);
"I lost 23" (an elided head). "counted" is not scored.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, MS = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The construction that failed in the reports, in other words (written by hand and checked
# to fail before the fix that makes it pass), and guards that pass before and after.
CASES = [
    # --- a common term spelled out, then its acronym in brackets, then the noun -------------
    (
        "invented/agency release: 'compressed natural gas (CNG) cylinders' (style of 307)",
        "The agency has distributed 12,000 compressed natural gas (CNG) cylinders since March.",
        [("12,000", 12000, E, C, None, {"head": "cylinders"})],
    ),
    (
        "invented/factsheet: 'More than 3,500 solar home system (SHS) kits' (style of 307)",
        "More than 3,500 solar home system (SHS) kits were installed in Kakuma last year.",
        [("More than 3,500", 3500, LO, C, None, {"head": "kits"})],
    ),
    (
        "invented/guard: a name's acronym still skipped ('Temporary Protected Status (TPS)')",
        "About 2,300 Temporary Protected Status (TPS) holders applied in May.",
        [("About 2,300", 2300, AP, C, None, {"head": "holders"})],
    ),
    (
        "invented/guard: initials that do not spell the acronym leave the noun before it",
        "The camp received 900 water tanks (UNICEF) last week.",
        [("900", 900, E, C, None, {"head": "tanks"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_environment_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rule (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "307-unhcr-unep-bidibidi-firewood-restoration.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.96,
        "low_high": 1.0,
        "part_of": 0.96,
        "source": 0.84,
    },
    "308-wire-lake-chad-herders-shrinking.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.75,
    },
    "309-science-desk-gaziantep-air-study.txt": {
        "f1": 0.95,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.77,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.68,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_environment_floors(name):
    assert_floors(name, FLOORS[name])
