"""Figures in general news that session 3 did not probe, annotated by hand.

Session 4 read real reports of many desks (wire market closes, earthquake bulletins,
sentencing copy, heatwave lists, election results, central-bank decisions, layoff round-ups,
poll write-ups, cricket and tennis reports, marathon records, air-crash copy, housing and
grain-market reports) and ran the extractor on them. No real sentence is stored here: every
sentence below was invented for this table, with the construction of a failure seen in the
real copy and other names and numbers; the id names the desk it imitates. The expected rows
were written by hand before the extractor was run on the sentence. Conventions are those of
``tests/test_unseen_styles.py``: a range's value is ``(low, high)``, money is its ISO code,
a measure its pint name, a percentage "%", a count ``None``; ``ANY`` skips the unit check.

Before the fixes of this round, 3 of the first 33 cases passed, and 1 of the 25 cases
(basketball, market, name, weather, astronomy, athletics, poll, phone, sentencing and
hyphenated-percentage forms) added after later readings; the case "a single age opens no list
of ages" guards a rule of this branch
(``pytest tests/test_real_probe_general.py``).
"""

from __future__ import annotations

import pytest
from figure_checks import check_figures

# (id, sentence, [(text, value or (low, high), bound, kind, unit)])
CASES = [
    # Scores and tallies whose first side is the smaller one were read as ranges ("0-2" gave
    # one figure worth 1): a score word before ("behind", "lost", "figures of", "a vote of")
    # or a result noun after ("defeat", "lead") makes them two counts, as "won 3-1" is.
    (
        "invented/tennis: fell behind 0-3",
        "The champion fell behind 0-3 in the second set before rallying.",
        [("0", 0, "exact", "count", None), ("3", 3, "exact", "count", None)],
    ),
    (
        "invented/football: lost 1-2 at home",
        "Leeds lost 1-2 at home to Burnley on Saturday.",
        [("1", 1, "exact", "count", None), ("2", 2, "exact", "count", None)],
    ),
    (
        "invented/cricket: bowling figures of 4-27",
        "Khan returned figures of 4-27 from his ten overs.",
        [
            ("4", 4, "exact", "count", None),
            ("27", 27, "exact", "count", None),
            ("ten", 10, "exact", "count", None),
        ],
    ),
    (
        "invented/football: a 2-4 defeat",
        "The 2-4 defeat left the club bottom of the table.",
        [("2", 2, "exact", "count", None), ("4", 4, "exact", "count", None)],
    ),
    (
        "invented/courts: a vote of 3 to 6",
        "The appeal failed by a vote of 3 to 6.",
        [("3", 3, "exact", "count", None), ("6", 6, "exact", "count", None)],
    ),
    (
        "invented/wire: a range stays a range",
        "Repairs will take 2-3 days and cost 5-8 million dollars.",
        [
            ("2-3 days", (2, 3), "range", "duration", "day"),
            ("5-8 million dollars", (5e6, 8e6), "range", "money", "USD"),
        ],
    ),
    # An earthquake's magnitude stated by a verb or "of" ("its magnitude was 6.3", "a
    # magnitude of 5.8", "a quake measuring 6.2") or placed "on the moment magnitude scale"
    # is a magnitude, not a count.
    (
        "invented/quake: its magnitude was",
        "Its magnitude was 6.3, the survey said, and the quake was 12 km deep.",
        [
            ("6.3", 6.3, "exact", "measure", "magnitude"),
            ("12 km", 12, "exact", "measure", "kilometer"),
        ],
    ),
    (
        "invented/quake: a magnitude of",
        "A quake with a magnitude of 5.8 shook the island on Monday.",
        [("5.8", 5.8, "exact", "measure", "magnitude")],
    ),
    (
        "invented/quake: an earthquake measuring",
        "An earthquake measuring 6.2 hit the border region, killing 14 people.",
        [("6.2", 6.2, "exact", "measure", "magnitude"), ("14", 14, "exact", "count", None)],
    ),
    (
        "invented/quake: a range on the moment magnitude scale",
        "Experts put the old quake at 8.7-9.2 on the moment magnitude scale.",
        [
            (
                "8.7-9.2 on the moment magnitude scale",
                (8.7, 9.2),
                "range",
                "measure",
                "magnitude",
            )
        ],
    ),
    # Polls: "plus or minus 3 points" is a margin of 3, not minus 3.
    (
        "invented/poll: plus or minus percentage points",
        "The survey of 1,012 adults has a margin of error of plus or minus 3.1 percentage points.",
        [
            ("1,012", 1012, "exact", "count", None),
            ("3.1 percentage points", 3.1, "exact", "percent", "%"),
        ],
    ),
    # Central banks: "half a point" and "half a percent" are 0.5 points, not 50 %.
    (
        "invented/rates: half a point",
        "The bank raised rates by half a point, its biggest move since 2000.",
        [("half a point", 0.5, "exact", "percent", "%")],
    ),
    (
        "invented/rates: half a percent in brackets",
        "Lenders added 50 basis points (half a percent) to mortgage rates.",
        [
            ("50 basis points", 50, "exact", "percent", "basis point"),
            ("half a percent", 0.5, "exact", "percent", "%"),
        ],
    ),
    # "edged up to 2.79%": after a verb of movement "up to" is the new level, not a bound.
    (
        "invented/housing: edged up to",
        "The average rate edged up to 6.81% from 6.72% a week earlier.",
        [("6.81%", 6.81, "exact", "percent", "%"), ("6.72%", 6.72, "exact", "percent", "%")],
    ),
    (
        "invented/markets: went up to",
        "Gold went up to $2,410 an ounce before slipping back.",
        [("$2,410", 2410, "exact", "money", "USD")],
    ),
    (
        "invented/wire: up to stays a bound",
        "The storm could dump up to 30 cm of snow.",
        [("up to 30 cm", 30, "upper", "measure", "centimeter")],
    ),
    # A bare number after "from" takes the unit of the new level it is compared with.
    (
        "invented/economy: to N percent from M",
        "Unemployment fell to 4.1 percent from 4.4 in March.",
        [("4.1 percent", 4.1, "exact", "percent", "%"), ("4.4", 4.4, "exact", "percent", "%")],
    ),
    (
        "invented/agriculture: to N million tonnes, from M million",
        "Forecasters cut the maize crop to 9.2 million tonnes, from 14 million last season.",
        [
            ("9.2 million tonnes", 9.2e6, "exact", "measure", "metric_ton"),
            ("14 million", 14e6, "exact", "measure", "metric_ton"),
        ],
    ),
    # A unit or a scale written once after two coordinated numbers belongs to both.
    (
        "invented/markets: N and M percent, respectively",
        "Copper and zinc gained 12.5 and 9.8 percent, respectively.",
        [("12.5", 12.5, "exact", "percent", "%"), ("9.8 percent", 9.8, "exact", "percent", "%")],
    ),
    (
        "invented/economy: N and M million",
        "Both regions lost 3 and 4.5 million jobs respectively.",
        [("3", 3e6, "exact", "count", None), ("4.5 million", 4.5e6, "exact", "count", None)],
    ),
    (
        "invented/business: $N and $M billion",
        "The bids were worth $1.2 and $1.6 billion.",
        [
            ("$1.2", 1.2e9, "exact", "money", "USD"),
            ("$1.6 billion", 1.6e9, "exact", "money", "USD"),
        ],
    ),
    # Units seen in real copy that gave counts: a misspelt "celcius", lower-case "celsius",
    # "mi" for miles, a spaced "m" for metres in a bracketed conversion or before a dimension.
    (
        "invented/weather: degrees celcius misspelt",
        "The mercury hit 46 degrees celcius in the valley.",
        [("46 degrees celcius", 46, "exact", "measure", "degree_Celsius")],
    ),
    (
        "invented/weather: degrees celsius lower case",
        "Nights stayed above 30 degrees celsius.",
        [("above 30 degrees celsius", 30, "lower", "measure", "degree_Celsius")],
    ),
    (
        "invented/athletics: mi for miles",
        "The trail race covers 31.1 mi of desert.",
        [("31.1 mi", 31.1, "exact", "measure", "mile")],
    ),
    (
        "invented/aviation: spaced metres in a bracketed conversion",
        "The jet tore away 120 feet (37 m) of fencing.",
        [("120 feet", 120, "exact", "measure", "foot"), ("37 m", 37, "exact", "measure", "meter")],
    ),
    (
        "invented/disaster: spaced metres before a dimension",
        "The new sea wall is 12 m high.",
        [("12 m", 12, "exact", "measure", "meter")],
    ),
    # Weather and travel copy: a suspended hyphen before "to" ("two- to five-inch") opens a
    # range whose first end takes the unit of the second; US "centimeters".
    (
        "invented/weather: three- to six-inch totals",
        "Forecasters expect three- to six-inch totals in the hills.",
        [("three- to six-inch", (3, 6), "range", "measure", "inch")],
    ),
    (
        "invented/travel: 20- to 30-minute delays",
        "Commuters faced 20- to 30-minute delays.",
        [("20- to 30-minute", (20, 30), "range", "duration", "minute")],
    ),
    (
        "invented/weather: centimeters, the US spelling",
        "Up to 4 inches (10 centimeters) of rain fell.",
        [
            ("Up to 4 inches", 4, "upper", "measure", "inch"),
            ("10 centimeters", 10, "exact", "measure", "centimeter"),
        ],
    ),
    # Astronomy: light-years are a length; a catalogue name and its number are a name
    # ("Kepler 10b" read as 10 billion).
    (
        "invented/astronomy: light-years",
        "The comet's parent star lies 310 light-years away.",
        [("310 light-years", 310, "exact", "measure", "light_year")],
    ),
    (
        "invented/astronomy: a catalogue name with a letter",
        "Kepler 22b is about 600 light-years from Earth.",
        [("about 600 light-years", 600, "approximate", "measure", "light_year")],
    ),
    (
        "invented/astronomy: a catalogue name, then a figure",
        "Gliese 486 b circles its star every 1.5 days.",
        [("1.5 days", 1.5, "exact", "duration", "day")],
    ),
    (
        "invented/motorsport: car number",
        "Car number 44 led for 31 laps.",
        [("31", 31, "exact", "count", None)],
    ),
    (
        "invented/prices: bounced back up to",
        "The rate bounced back up to 2.4% from 2.1%.",
        [("2.4%", 2.4, "exact", "percent", "%"), ("2.1%", 2.1, "exact", "percent", "%")],
    ),
    # Athletics: a glued "m" is metres after "the men's"/"the women's" or a field event's
    # mark ("an effort of 18.29m" read as 18.29 million), and before "world record" or "title".
    (
        "invented/athletics: the women's 400m world record",
        "The women's 400m world record has stood since 1985.",
        [("400m", 400, "exact", "measure", "meter")],
    ),
    (
        "invented/athletics: a leap of N m",
        "Ruiz won with a leap of 8.35m in the last round.",
        [("8.35m", 8.35, "exact", "measure", "meter")],
    ),
    # Polls and votes: the second share of "54 percent to 39" is a percentage too; after a
    # verb of change "5 percent to 52" is a change, then a level.
    (
        "invented/poll: N percent to M",
        "The governor leads 54 percent to 39 among likely voters.",
        [("54 percent", 54, "exact", "percent", "%"), ("39", 39, "exact", "percent", "%")],
    ),
    (
        "invented/markets: a change, then a level, stays",
        "Shares rose 4 percent to 52 on Tuesday.",
        [("4 percent", 4, "exact", "percent", "%"), ("52", 52, "exact", "count", None)],
    ),
    # Phone copy: megapixels (glued "16MP" was dropped) and battery milliampere-hours are
    # units; a phone named by a number is a name.
    (
        "invented/tech: megapixels glued and spaced",
        "The phone has a 50MP main camera and a 12 MP selfie camera.",
        [
            ("50MP", 50, "exact", "measure", "megapixel"),
            ("12 MP", 12, "exact", "measure", "megapixel"),
        ],
    ),
    (
        "invented/tech: a battery in mAh",
        "It packs a 4,500 mAh battery.",
        [("4,500 mAh", 4500, "exact", "measure", "milliampere_hour")],
    ),
    (
        "invented/tech: a phone named by a number",
        "The Redmi 12 sells for $149.",
        [("$149", 149, "exact", "money", "USD")],
    ),
    # Sentencing copy: "one day" after another duration is the sentence's last part, not
    # "one day" (some day).
    (
        "invented/courts: years and one day",
        "The judge imposed two years and one day in prison.",
        [
            ("two years", 2, "exact", "duration", "year"),
            ("one day", 1, "exact", "duration", "day"),
        ],
    ),
    # Percentages and points hyphenated as adjectives ("a one percentage-point drop" gave a
    # count of one, "a 50-basis-point hike" nothing at all).
    (
        "invented/hotels: a two percentage-point fall",
        "Occupancy slipped to 81 percent, a two percentage-point fall.",
        [
            ("81 percent", 81, "exact", "percent", "%"),
            ("two percentage-point", 2, "exact", "percent", "%"),
        ],
    ),
    (
        "invented/rates: a 75-basis-point hike",
        "The bank delivered a 75-basis-point hike.",
        [("75-basis-point", 75, "exact", "percent", "basis point")],
    ),
    (
        "invented/economy: a 3-percent rise",
        "Wages saw a 3-percent rise.",
        [("3-percent", 3, "exact", "percent", "%")],
    ),
    # Labels and ages seen beside real figures.
    (
        "invented/markets: Standard & Poor's 500",
        "The Standard & Poor's 500 index slipped 11.2 points.",
        [("11.2", 11.2, "exact", "count", None)],
    ),
    (
        "invented/business: the Big Four",
        "Big Four firm EY will cut 900 jobs.",
        [("900", 900, "exact", "count", None)],
    ),
    (
        "invented/cricket: Day 2 of the Test",
        "Pakistan were all out for 212 on Day 2 of the second Test.",
        [("212", 212, "exact", "count", None)],
    ),
    (
        "invented/basketball: Game 7",
        "He scored 41 points in Game 7 on Sunday.",
        [("41", 41, "exact", "count", None)],
    ),
    (
        "invented/aviation: age N between commas",
        "The co-pilot, age 37, had logged 4,100 hours.",
        [("4,100 hours", 4100, "exact", "duration", "hour")],
    ),
    (
        "invented/poll: a single age opens no list of ages",
        "Among voters under age 30, 58 percent backed the measure.",
        [("58 percent", 58, "exact", "percent", "%")],
    ),
    (
        "invented/tennis: At N, an age",
        "At 36, Moreau is the oldest man to reach the final.",
        [],
    ),
    # Basketball box-score prose: made and attempted shots ("9-for-17", "11-24 shooting")
    # are two counts, not a range or an identifier; "a 3-pointer" and "3-point attempts"
    # name a kind of basket.
    (
        "invented/basketball: N-for-M from the floor",
        "Diaz went 9-for-17 from the floor and scored 23 points.",
        [
            ("9", 9, "exact", "count", None),
            ("17", 17, "exact", "count", None),
            ("23", 23, "exact", "count", None),
        ],
    ),
    (
        "invented/basketball: N-M shooting",
        "Carter scored 30 points on 11-24 shooting.",
        [
            ("30", 30, "exact", "count", None),
            ("11", 11, "exact", "count", None),
            ("24", 24, "exact", "count", None),
        ],
    ),
    (
        "invented/basketball: a 3-pointer",
        "Lopez sank a 3-pointer with 4.2 seconds left.",
        [("4.2 seconds", 4.2, "exact", "duration", "second")],
    ),
    (
        "invented/basketball: 3-point attempts",
        "She made five of her 11 3-point attempts.",
        [("five", 5, "exact", "count", None), ("11", 11, "exact", "count", None)],
    ),
    # "+" right before a digit signs the next number; it is no "or more" of the one before.
    (
        "invented/markets: a price, then its signed change",
        "Shares closed at $41.20 +3.5% on the day.",
        [("$41.20", 41.2, "exact", "money", "USD"), ("3.5%", 3.5, "exact", "percent", "%")],
    ),
    # A number word glued to a digit is part of a name ("2seventy bio" gave 70).
    (
        "invented/business: a number word glued to a digit",
        "Biotech firm 3seven Labs raised $40 million.",
        [("$40 million", 4e7, "exact", "money", "USD")],
    ),
    (
        "invented/markets: Nasdaq 100",
        "The Nasdaq 100 rose 1.4%.",
        [("1.4%", 1.4, "exact", "percent", "%")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_real_probe_general_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected, abs_tol=1e-12)
