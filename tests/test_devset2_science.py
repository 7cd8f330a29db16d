"""Second dev set, batch ``ds2-science``: reports 112-114 of ``tests/fixtures/devset2``,
copy from general-news desks that touch displacement but write numbers of many physical
kinds: an earthquake story (a magnitude written "6.2-magnitude" and "of magnitude 5.6",
the depth in km, aftershocks, a death toll revised from one day to the next, "at least",
tents and houses), a weather story of a heatwave and then a storm hitting camps
(temperatures glued to C and F and spelt out in degrees Celsius and Fahrenheit, gusts in
km/h and mph, rainfall in millimetres and inches, hours and days) and a science and
transport desk's piece on a study of boat journeys (nautical miles, knots, tonnes,
centimetres, litres, kg, "a 6-metre dinghy", percentages, a smuggler's fee range in
euros), each with its conversions in brackets as wires write them. Before writing them,
real copy of these kinds was read through the stored-pages search (none is kept here):
AFP, AP and PTI stories on the October 2023 Herat earthquakes and their revised tolls
(the USGS's epicentre "40 kilometres (25 miles) northwest", aftershocks "with magnitudes
of 5.5, 4.7, 6.3", OCHA's houses destroyed and damaged), the Syrian Observatory's, Enab
Baladi's, SNHR's and ECHO's notes on storms and floods in north-west Syria's camps
(tents destroyed and partly destroyed, wind speeds in kilometres per hour), and the
Economist's explainer and an economics paper on Mediterranean crossings (inflatable boats,
fuel, distances). Every sentence, name and number is invented; places and organisations
are real:

- 112-herat-quake-toll-tents.txt: an AFP-style story from Herat, 2026-10-19, on a quake's
  toll rising from 870 to 1,140, the USGS's epicentre and depth, the disaster ministry's
  spokesman, OCHA's houses and people in tents, night temperatures, UNHCR's tents, the
  WHO, and the IOM on returnees among the dead, water in litres and its appeal.
- 113-idlib-camps-heat-storm.txt: a Reuters-style story from Idlib, 2026-08-14, on a
  heatwave (43C (109F) outside, 49 degrees Celsius (120 degrees Fahrenheit) inside the
  tents) and then a storm's gusts and rain hitting the camps, the Syria Civil Defence's
  tents, a clinic doctor's patients, UNICEF, and the Turkish State Meteorological Service's
  forecast as a range "38C to 40C (100F to 104F)".
- 114-channel-dinghy-study.txt: a UK science-desk story, 2026-11-20, on a University of
  Portsmouth study of Channel dinghies (people per boat, lengths, weight, fuel, speed in
  knots, the crossing in nautical miles, life jackets, smugglers' fees), a naval
  architect's quotes, the IOM's deaths and the Home Office's crossings.

The reports and their gold were committed (e392d71) before the extractor was first run on
them; in the same commit the gold checker's wrapper learnt what this copy writes that it
did not read: a magnitude after its number with a hyphen ("6.2-magnitude"), temperatures
glued to C and F ("43C", "38C to 40C"), nautical miles, "kg" and the bound "no more than".
The BLIND score (``python -m analysis.evaluate /tmp/science-blind --misses``, only this
batch in the folder, at that commit)::

    report                          gold  pred match      P      R     F1  date
    112-herat-quake-toll-tents.txt    25    25    25  1.000  1.000  1.000  ok
    113-idlib-camps-heat-storm.txt    24    24    24  1.000  1.000  1.000  ok
    114-channel-dinghy-study.txt      25    25    25  1.000  1.000  1.000  ok
    TOTAL                             74    74    74  1.000  1.000  1.000  1.000

    field accuracy over 74 matched figures:
      bound                         1.000  (74/74)
      kind                          1.000  (74/74)
      head                          0.986  (73/74)
      low_high                      1.000  (74/74)
      part_of                       1.000  (74/74)
      source                        0.797  (59/74)
      source (lenient: surname ok)  0.865  (64/74)
      counted                       0.068  (5/74)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      112-herat-quake-toll-tents.txt 'at least 1,140': head: 'deaths' -> 'people'; counted: 'deaths' -> 'people'
      112-herat-quake-toll-tents.txt 'about 35 kilometres': counted: 'distance of the epicentre from Herat city' -> nan
      112-herat-quake-toll-tents.txt '22 miles': counted: 'distance of the epicentre from Herat city' -> nan
      112-herat-quake-toll-tents.txt '10 km': counted: 'depth' -> nan
      112-herat-quake-toll-tents.txt 'at least eight': source: 'United States Geological Survey' -> nan
      112-herat-quake-toll-tents.txt 'magnitude 5.6': source: 'United States Geological Survey' -> nan; counted: 'strongest aftershock' -> nan
      112-herat-quake-toll-tents.txt 'about 40 minutes': source: 'United States Geological Survey' -> nan; counted: 'time to the strongest aftershock' -> nan
      112-herat-quake-toll-tents.txt '1,140': counted: 'bodies recovered' -> 'bodies'
      112-herat-quake-toll-tents.txt '870': counted: 'bodies recovered' -> 'bodies'
      112-herat-quake-toll-tents.txt '2,430': counted: 'people injured' -> 'people'
      112-herat-quake-toll-tents.txt '610': counted: 'people seriously injured' -> 'people'
      112-herat-quake-toll-tents.txt '3,210': counted: 'houses destroyed' -> 'houses'
      112-herat-quake-toll-tents.txt 'nearly 5,000': counted: 'houses damaged' -> 'houses'
      112-herat-quake-toll-tents.txt 'about 11,600': counted: 'people sleeping in the open or in tents' -> 'people'
      112-herat-quake-toll-tents.txt '4 degrees Celsius': counted: 'night temperature' -> nan
      112-herat-quake-toll-tents.txt '39 degrees Fahrenheit': counted: 'night temperature' -> nan
      112-herat-quake-toll-tents.txt '1,500': counted: 'family tents sent' -> 'family tents'
      112-herat-quake-toll-tents.txt '11': counted: 'members of his family lost' -> 'members'
      112-herat-quake-toll-tents.txt '90%': counted: 'people treated who were women and children' -> 'people treated at Herat Regional Hospital'
      112-herat-quake-toll-tents.txt 'two years': counted: 'period of return' -> nan
      112-herat-quake-toll-tents.txt 'more than half': counted: 'families in worst-hit villages' -> 'families in the worst-hit villages'
      112-herat-quake-toll-tents.txt 'less than 18 months': counted: 'time lived in the villages' -> nan
      112-herat-quake-toll-tents.txt '250,000 litres': counted: 'drinking water a day' -> nan
      113-idlib-camps-heat-storm.txt '43C': counted: 'temperature in the camps' -> nan
      113-idlib-camps-heat-storm.txt '109F': counted: 'temperature in the camps' -> nan
      113-idlib-camps-heat-storm.txt 'up to 95 km/h': counted: 'gusts' -> nan
      113-idlib-camps-heat-storm.txt '59 mph': counted: 'gusts' -> nan
      113-idlib-camps-heat-storm.txt 'more than 2,300': counted: 'families left without shelter' -> 'families'
      113-idlib-camps-heat-storm.txt '1,870': counted: 'tents damaged' -> 'tents'
      113-idlib-camps-heat-storm.txt '420': counted: 'tents beyond repair' -> 'tents'
      113-idlib-camps-heat-storm.txt 'Two': counted: 'children killed' -> 'children'
      113-idlib-camps-heat-storm.txt '17': counted: 'people injured' -> 'people'
      113-idlib-camps-heat-storm.txt '46 millimetres': source: 'local weather station' -> 'a local weather station'; counted: 'rain' -> nan
      113-idlib-camps-heat-storm.txt '1.8 inches': source: 'local weather station' -> 'a local weather station'; counted: 'rain' -> nan
      113-idlib-camps-heat-storm.txt 'about three hours': source: 'local weather station' -> 'a local weather station'; counted: 'rainfall' -> nan
      113-idlib-camps-heat-storm.txt 'five days': counted: 'heatwave' -> nan
      113-idlib-camps-heat-storm.txt '49 degrees Celsius': counted: 'temperature inside the tents' -> nan
      113-idlib-camps-heat-storm.txt '120 degrees Fahrenheit': counted: 'temperature inside the tents' -> nan
      113-idlib-camps-heat-storm.txt '312': counted: 'patients treated for heat exhaustion and dehydration' -> 'patients'
      113-idlib-camps-heat-storm.txt 'a third': counted: 'patients who were children under five' -> 'patients'
      113-idlib-camps-heat-storm.txt 'about 1.9 million': counted: "people living in the northwest's camps" -> 'people'
      113-idlib-camps-heat-storm.txt 'nearly 60%': counted: 'people in the camps who are children' -> 'people'
      113-idlib-camps-heat-storm.txt '40%': counted: 'cut in water trucking' -> nan
      113-idlib-camps-heat-storm.txt '38C to 40C': source: 'Turkish State Meteorological Service' -> 'Forecasters at the Turkish State Meteorological Service'; counted: 'temperature expected by the weekend' -> nan
      113-idlib-camps-heat-storm.txt '100F to 104F': source: 'Turkish State Meteorological Service' -> 'Forecasters at the Turkish State Meteorological Service'; counted: 'temperature expected by the weekend' -> nan
      113-idlib-camps-heat-storm.txt '900': counted: 'replacement tents handed out' -> 'replacement tents'
      113-idlib-camps-heat-storm.txt 'two days': counted: 'time spent under a tarpaulin' -> nan
      114-channel-dinghy-study.txt '61': source: 'University of Portsmouth' -> 'Portsmouth'; counted: 'people per boat on average' -> 'people'
      114-channel-dinghy-study.txt '28': source: 'University of Portsmouth' -> 'Portsmouth'; counted: 'people per boat on average' -> 'people'
      114-channel-dinghy-study.txt '1,214': source: 'University of Portsmouth' -> nan; counted: 'boats intercepted or recovered' -> 'boats'
      114-channel-dinghy-study.txt '8 to 10 metres': source: 'University of Portsmouth' -> 'Portsmouth'; counted: 'length of the dinghies' -> 'long'
      114-channel-dinghy-study.txt 'no more than 20': source: 'University of Portsmouth' -> 'Portsmouth'; counted: 'people the dinghies are built to carry' -> 'people'
      114-channel-dinghy-study.txt '6-metre': counted: 'length of the smallest dinghy' -> 'dinghy'
      114-channel-dinghy-study.txt '34': counted: 'people on board' -> 'people'
      114-channel-dinghy-study.txt 'about 3.5 tonnes': counted: 'weight of a loaded boat' -> nan
      114-channel-dinghy-study.txt 'less than 2 tonnes': counted: 'rating of the tubes' -> nan
      114-channel-dinghy-study.txt '15 centimetres': counted: 'height above the water' -> nan
      114-channel-dinghy-study.txt '40 to 60 litres': source: 'University of Portsmouth' -> 'The researchers'
      114-channel-dinghy-study.txt 'about 6 knots': counted: 'speed' -> nan
      114-channel-dinghy-study.txt '11 km/h': counted: 'speed' -> nan
      114-channel-dinghy-study.txt 'roughly 27 nautical miles': counted: 'crossing to British waters' -> nan
      114-channel-dinghy-study.txt '50 km': counted: 'crossing to British waters' -> nan
      114-channel-dinghy-study.txt 'around five hours': counted: 'crossing' -> nan
      114-channel-dinghy-study.txt 'up to 12 litres': counted: 'fuel burnt an hour' -> nan
      114-channel-dinghy-study.txt '38%': source: 'University of Portsmouth' -> 'Portsmouth'; counted: 'cases in which the engine failed or the fuel ran out' -> 'cases'
      114-channel-dinghy-study.txt '22%': counted: 'passengers with a life jacket meeting standards' -> 'passengers'
      114-channel-dinghy-study.txt 'about 1.2 kg': counted: 'weight of a fake life jacket' -> nan
      114-channel-dinghy-study.txt '10 minutes': counted: 'time from inflating to launch' -> nan
      114-channel-dinghy-study.txt '78': counted: 'deaths in the Channel' -> 'deaths'
      114-channel-dinghy-study.txt 'more than 38,900': counted: 'people crossed in small boats' -> 'people'
      114-channel-dinghy-study.txt '5 nautical miles': counted: 'distance of rescue vessels from the French coast' -> nan

Gold corrected afterwards (slips against the schema, not toward the output; 32a1292): in
112, the sentence after the USGS's ("It was followed by at least eight aftershocks, the
strongest of magnitude 5.6, about 40 minutes later.") states its three figures in the
report's own voice, with no verb of saying, so their source is null (the gold had carried
the USGS over from the sentence before, which the schema does not do; 114's "Only 22% of
passengers wore ..." after "the study said" was already null); in 113, "a local weather
station said" keeps its article as the text writes it, as "A Sindh police spokesman" (35)
and "a driver in Chtaura" (29) do. No other gold was changed. Kept as judged when the gold
was written, against the project's convention that people at a body keep it ("Officials at
the Torkham facility", "Researchers at Oxford" in tests/test_devset2_courts.py): 113's
"Forecasters at the Turkish State Meteorological Service said" (gold: the service) and
114's "a study published ... by researchers at the University of Portsmouth" (gold: the
university), as ds2-general kept "Analysts at Rystad Energy" (gold: the firm). The
second of them came out as "Portsmouth" blind, a clipped name, which a rule below mends to
the convention's "researchers at the University of Portsmouth".

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the three reports (batch 1), then sentences probing the style
beyond them (batch 2), rows as in ``tests/test_unseen_styles.py`` (``(text, value or (low,
high), bound, kind, unit[, fields])``). Each row was seen to fail on the code before its
rule (the code of the commit before the rule) and to pass after it, except the three rows
marked "guard", which pass on both (22 rows: 19 failed before their rule). About 45
more invented sentences of the style (quakes' magnitudes and depths, revised tolls, heat
in C and F, gusts, rainfall, boats' lengths, loads, fuel, speeds and distances at sea)
were run along the way; the failures among them are the rows of batch 2.

The general rules of this round, one line each:

- "The death toll from a 6.2-magnitude earthquake that struck ... has risen to at least
  1,140", "the toll from a cyclone with winds of 185 km/h": a measure between the toll and
  its verb is the event's, no count of its own, so the toll still counts deaths (e105753).
- "a study by researchers at the University of Exeter" was "Exeter" and "Researchers at
  Oxford University said" was "Researchers": people at a named university keep it whole,
  and a later "the researchers" or "the scientists" are those people (eee7f58).
- "Officials revised the death toll down to 2,053 from 2,445", "updated the toll to 97": a
  corrected toll counts deaths; "..., investigators found." and "..., auditors found."
  close a sentence with their finding (72d12e2).
- "The storm dumped 300 mm of rain and the toll rose to 38" gave 38 mm, "9 metres long and
  built to carry 25" gave 25 metres: a number right after a verb of its own is no item of
  a gapped list, whose later items leave the verb out ("4.1% in Spain, 3.8 in Italy")
  (e5fd681).
- "Each shelter, 3 metres by 4, sleeps ...": the second side of an area after "by" takes the
  first's unit of length (not "2 metres by 9 pm") (396f2b5).
- "The aftershocks, more than 300 of them, kept ...": the plural group a comma sets off
  before "N of them", with no count of it before, is what the number counts (d400767).

Seen and left alone: "counted" is not scored and differs on most figures (the gold writes
"night temperature", "gusts", "depth" for what a measure measures, the extractor nothing);
"The team examined 1,214 boats" has no source (a verb of examination is no agent's verb of
record in reporting_verbs.csv, and "the team" is no second reference to the researchers;
left for a round that can weigh "Doctors examined 40 patients"); the two "X at Y" sources
kept as judged above; "a family of nine" has no head; "The tent, 4 metres by 5 metres"
written out in full needs no rule.

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/science-blind``, the batch alone, corrected gold): F1 1.000 (74/74, no miss, no
extra); bound, kind, head, low_high and part_of 1.000; source 0.878 (65/74: eight figures
of the two "X at Y" sources above, and "The team examined 1,214 boats"); counted 0.081.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, MS = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# Batch 1: the constructions that failed in the three reports, each in other words; batch 2
# below: the style beyond them. Written by hand before each rule was run on them.
CASES = [
    # --- heads: a toll past the measure of the event that caused it -----------------------
    (
        "invented/AP quake: a magnitude between the toll and its verb",
        "The death toll from a magnitude 7.0 quake that shook the coast of Ecuador on Friday "
        "climbed to 212, the government said.",
        [
            ("magnitude 7.0", 7.0, E, MS, "magnitude", {"head": "magnitude"}),
            ("212", 212, E, C, None, {"head": "deaths", "source": "the government"}),
        ],
    ),
    (
        "invented/storm copy: the storm's wind speed between the toll and its verb",
        "The toll from a cyclone that made landfall with winds of 185 km/h has risen to at "
        "least 64, officials said.",
        [
            ("185 km/h", 185, E, MS, "kilometer / hour", {"source": "officials"}),
            ("at least 64", 64, LO, C, None, {"head": "deaths", "source": "officials"}),
        ],
    ),
    (
        "invented/AFP quake: the hyphenated magnitude before the quake",
        "The death toll from a 5.8-magnitude earthquake in Nepal's Jajarkot district rose to "
        "157 on Sunday.",
        [
            ("5.8-magnitude", 5.8, E, MS, "magnitude", {"head": "magnitude"}),
            ("157", 157, E, C, None, {"head": "deaths"}),
        ],
    ),
    # --- sources: researchers at a university ---------------------------------------------
    (
        "invented/Guardian science desk: a study by researchers at the University of X",
        "About 70% of the boats were overloaded, according to a study by researchers at the "
        "University of Exeter.",
        [("About 70%", 70, AP, P, "%", {"source": "researchers at the University of Exeter"})],
    ),
    (
        "invented/BBC science: a report published by scientists from a college",
        "The crossing takes about seven hours, according to a report published on Monday by "
        "scientists from Imperial College London.",
        [
            (
                "about seven hours",
                7,
                AP,
                D,
                "hour",
                {"source": "scientists from Imperial College London"},
            )
        ],
    ),
    (
        "invented/wire: sentence-initial researchers at a named university",
        "Researchers at Oxford University said 1,300 people had died on the route.",
        [("1,300", 1300, E, C, None, {"source": "Researchers at Oxford University"})],
    ),
    (
        "invented/wire: officials at the University of X keep their employer",
        "Officials at the University of Bath said 45 students had left the city.",
        [("45", 45, E, C, None, {"source": "Officials at the University of Bath"})],
    ),
    (
        "invented/science desk: 'The researchers found' after researchers at a university",
        "Researchers at the University of Bristol said 300 boats had been tracked since 2022. "
        "The researchers found that 45% of them had no working compass.",
        [
            ("300", 300, E, C, None, {"source": "Researchers at the University of Bristol"}),
            ("45%", 45, E, P, "%", {"source": "Researchers at the University of Bristol"}),
        ],
    ),
    (
        "invented/science desk: 'The scientists estimated' after a study by scientists from",
        "Crossings rose by 12%, according to a study by scientists from Imperial College "
        "London. The scientists estimated that 800 people had died.",
        [
            ("12%", 12, E, P, "%", {"source": "scientists from Imperial College London"}),
            ("800", 800, E, C, None, {"source": "scientists from Imperial College London"}),
        ],
    ),
    # --- batch 2: the style beyond the three reports (invented, written before the run) ----
    (
        "invented/Reuters quake: officials revised the death toll down to N from M",
        "Officials revised the death toll down to 2,053 from 2,445 after some victims were "
        "counted twice.",
        [
            ("2,053", 2053, E, C, None, {"head": "deaths"}),
            ("2,445", 2445, E, C, None, {"head": "deaths"}),
        ],
    ),
    (
        "invented/AFP quake: the ministry updated the toll to N",
        "The health ministry updated the toll to 97 on Tuesday.",
        [("97", 97, E, C, None, {"head": "deaths"})],
    ),
    (
        "invented/transport desk: a closing 'investigators found'",
        "The boat was carrying 3 tonnes more than it was built for, investigators found.",
        [("3 tonnes", 3, E, MS, "metric_ton", {"source": "investigators"})],
    ),
    (
        "invented/wire: a closing 'auditors found'",
        "The camp had received 410 tents fewer than it paid for, auditors found.",
        [("410", 410, E, C, None, {"head": "tents", "source": "auditors"})],
    ),
    (
        "invented/storm copy: a toll's own verb after rainfall in millimetres",
        "The storm dumped 300 mm of rain and the toll rose to 38.",
        [
            ("300 mm", 300, E, MS, "millimeter"),
            ("38", 38, E, C, None, {"head": "deaths"}),
        ],
    ),
    (
        "invented/transport desk: a boat's length, then what it was built to carry",
        "The dinghy, 9 metres long and built to carry 25, had 70 people on board.",
        [
            ("9 metres", 9, E, MS, "meter"),
            ("25", 25, E, C, None),
            ("70", 70, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/AP storm: winds and rain in the toll's relative clause",
        "The death toll from the storm, which brought winds of up to 200 km/h and 400 mm of "
        "rain, rose to 61.",
        [
            ("up to 200 km/h", 200, UP, MS, "kilometer / hour"),
            ("400 mm", 400, E, MS, "millimeter"),
            ("61", 61, E, C, None, {"head": "deaths"}),
        ],
    ),
    (
        "guard/wire: a gapped list keeps its unit ('the EU is at 134' has only a copula)",
        "Prices rose 4.1% in Spain, 3.8 in Italy and 2.9 in France.",
        [
            ("4.1%", 4.1, E, P, "%"),
            ("3.8", 3.8, E, P, "%"),
            ("2.9", 2.9, E, P, "%"),
        ],
    ),
    (
        "invented/UK feature: a shelter's second side after 'by' keeps the first's unit",
        "Each shelter, 3 metres by 4, sleeps a family of six.",
        [
            ("3 metres", 3, E, MS, "meter"),
            ("4", 4, E, MS, "meter"),
            ("six", 6, E, C, None),
        ],
    ),
    (
        "guard/flood copy: 'by' and a clock time after a measure",
        "The water rose 2 metres by 9 pm.",
        [("2 metres", 2, E, MS, "meter")],
    ),
    (
        "invented/AP quake: the group set off before 'N of them'",
        "The aftershocks, more than 300 of them, have kept 15,000 people sleeping outdoors.",
        [
            ("more than 300", 300, LO, C, None, {"head": "aftershocks"}),
            ("15,000", 15000, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/wire: the protesters, some N of them",
        "The protesters, some 2,000 of them, marched to the border crossing.",
        [("some 2,000", 2000, AP, C, None, {"head": "protesters"})],
    ),
    (
        "guard/wire: 'of them' with a count before it stays a part",
        "Of the 500 arrivals, 300 of them were Syrians.",
        [
            ("500", 500, E, C, None, {"head": "arrivals"}),
            ("300", 300, E, C, None, {"part_of": 0}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_science_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
_ALL = {"f1": 1.0, "bound": 1.0, "kind": 1.0, "head": 1.0, "low_high": 1.0, "part_of": 1.0}
FLOORS = {
    "112-herat-quake-toll-tents.txt": {**_ALL, "source": 1.0},
    "113-idlib-camps-heat-storm.txt": {**_ALL, "source": 0.916},
    "114-channel-dinghy-study.txt": {**_ALL, "source": 0.72},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_science_floors(name):
    assert_floors(name, FLOORS[name])
