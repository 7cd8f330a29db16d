"""Figures in measure-heavy science and technology copy, annotated by hand (session 6,
realprobe6a).

A helper read real reports of the kinds where figures are physical quantities: climate
science (CO2 concentrations, ice loss, sea-level rise), astronomy and spaceflight (asteroid
fly-bys, launch vehicles), energy engineering (wind farms, turbines, capacity factors),
electric cars, phone launches, aviation accident reports (NTSB preliminary reports) and
maritime accident reports (MAIB, TSB Canada, ship-collision copy). It judged every row the
extractor gave, and wrote each GENERAL failure below as an invented sentence (own words, own
names and numbers; nothing is copied from an article), with the expected figures written by
hand before the extractor was run on it. Ids say which real genre each case imitates.

Before the fixes of this branch, 8 of the first 41 cases passed (the guards: a chip's
"2nm" process, "1,200 TB patients", AU troops, an area "spread over" acres, "Level 3" and
"Windows 11", a count after "the Gulf", the ice sheet's "1.5 km", a "7nm" chip). Cases
were added in rounds as more real copy was read, each written and run before its fix; in
all, against the code at the session's start 12 of the 75 cases pass (all of them guards),
and against main at this branch's last merge 16 (main's own rules from other desks' copy
pass four: "over" before a measure twice, a bare degree sign, digits "and a half" before a
time unit). All 75 pass now. Command:
``PYTHONPATH=<tree> python -m pytest -q tests/test_real_probe_measures.py``.

Conventions are those of tests/test_unseen_styles.py: a range's value is ``(low, high)``; a
measure's unit is pint's normalised name (a unit pint does not define keeps its own name,
as "magnitude" does); ``ANY`` skips a field whose annotation is open. Left out as open
conventions (see the branch report): "49 ± 67 Gt/yr" (an estimate and its uncertainty),
"0-60 mph" as a span, TEU (a count of container units or a measure), screen resolutions
written "A x B", and a capacity factor written as a bare fraction ("0.40").
"""

from __future__ import annotations

import pytest
from figure_checks import ANY, check_figures

# (id, sentence, [(text, value or (low, high), bound, kind, unit)])
CASES = [
    # Maritime and aviation accident reports abbreviate nautical miles "nm" ("45 nautical
    # miles (nm) west of", "a range of 2.5nm", "6nm south of"): every one was read as
    # nanometres, the unit of chip copy.
    (
        "invented/maritime: nm after a bearing word is nautical miles",
        "The trawler sank 14nm east of the lighthouse.",
        [("14nm", 14, "exact", "measure", "nautical_mile")],
    ),
    (
        "invented/maritime: nm in a report that speaks of knots and vessels",
        "The ferry was making 12 knots when the coaster, at a range of 1.8 nm, turned to port.",
        [
            ("12 knots", 12, "exact", "measure", "knot"),
            ("1.8 nm", 1.8, "exact", "measure", "nautical_mile"),
        ],
    ),
    (
        "invented/maritime: visibility in nm",
        "Visibility fell to about 0.5 nm as the vessel entered the strait.",
        [("about 0.5 nm", 0.5, "approximate", "measure", "nautical_mile")],
    ),
    (
        "invented/tech: guard, a chip's nm stays nanometres",
        "The foundry will start making 2nm chips next year.",
        [("2nm", 2, "exact", "measure", "nanometer")],
    ),
    # A bare degree sign after a bearing, a heel or an angle ("near 11° on the starboard
    # bow", "a course of 260°", "keeled over by about 15°"): read as a count.
    (
        "invented/maritime: a heel and a course in degrees",
        "The ferry heeled by about 18° before she was steadied on a course of 145°.",
        [
            ("about 18°", 18, "approximate", "measure", "degree"),
            ("145°", 145, "exact", "measure", "degree"),
        ],
    ),
    # Coordinates ("at 19°32'N", "36.5°N, 70.9°E"): a place's address, not a quantity; they
    # were read as counts, one for each part.
    (
        "invented/quake: decimal coordinates are no figures",
        "The epicentre lay at 41.3°N, 19.8°E, about 30 km from the capital.",
        [("about 30 km", 30, "approximate", "measure", "kilometer")],
    ),
    (
        "invented/maritime: degrees and minutes are no figures",
        "The wreck lies at 51°42'N 6°15'W in 80 metres of water.",
        [("80 metres", 80, "exact", "measure", "meter")],
    ),
    # Speeds in kilometres or metres a second ("17 km/s", "7,814 m/s"): dropped or counted.
    (
        "invented/space: km/s and m/s",
        "The comet is travelling at 44 km/s; its dust leaves at 300 m/s.",
        [
            ("44 km/s", 44, "exact", "measure", "kilometer / second"),
            ("300 m/s", 300, "exact", "measure", "meter / second"),
        ],
    ),
    # Thrust in kilonewtons ("7,500 kN of thrust"): a count.
    (
        "invented/space: thrust in kN",
        "Each of the booster's engines gives 2,250 kN of thrust at lift-off.",
        [("2,250 kN", 2250, "exact", "measure", "kilonewton")],
    ),
    # "Mach 25": the unit before the number, read as a count.
    (
        "invented/aviation: a Mach number",
        "The test vehicle reached Mach 6.5 over the Pacific.",
        [("Mach 6.5", 6.5, "exact", "measure", "mach")],
    ),
    # Pilot reports write the Mach number after it, in lower case, and knots as "kts"
    # ("accelerated to .78 mach", "slowed to 250 kts"): dropped or counted.
    (
        "invented/aviation: a Mach number after the number, knots as kts",
        "The jet slowed to .74 mach and then to 240 kts.",
        [
            (".74 mach", 0.74, "exact", "measure", "mach"),
            ("240 kts", 240, "exact", "measure", "knot"),
        ],
    ),
    (
        "invented/defence: above Mach 5",
        "Hypersonic missiles fly at speeds above Mach 5.",
        [("above Mach 5", 5, "lower", "measure", "mach")],
    ),
    # Grid copy writes voltage in kilovolts ("the 400kV line", "an 11 kV feeder"): dropped
    # when glued (the "k" read as thousands), counted when spaced.
    (
        "invented/energy: kilovolts glued and spaced",
        "The new 275kV cable joins a 33 kV substation.",
        [
            ("275kV", 275, "exact", "measure", "kilovolt"),
            ("33 kV", 33, "exact", "measure", "kilovolt"),
        ],
    ),
    # Battery energy density ("270 Wh/kg"): a count.
    (
        "invented/EV: energy density in Wh/kg",
        "The new cells store 320 Wh/kg, up from 260 Wh/kg.",
        [
            ("320 Wh/kg", 320, "exact", "measure", "watt_hour / kilogram"),
            ("260 Wh/kg", 260, "exact", "measure", "watt_hour / kilogram"),
        ],
    ),
    # Supercomputer speeds ("1.1 exaflops", "1,100 petaflops"): counts of a noun.
    (
        "invented/computing: exaflops and petaflops",
        "The machine peaks at 1.4 exaflops, ahead of a rival's 850 petaflops.",
        [
            ("1.4 exaflops", 1.4, "exact", "measure", ANY),
            ("850 petaflops", 850, "exact", "measure", ANY),
        ],
    ),
    # Chip copy abbreviates them ("82 TFLOPS", an NPU's "45 TOPS") and gives link speeds in
    # bits with a slash ("a 100 Gb/s port"): counts or dropped figures.
    (
        "invented/computing: TFLOPS, TOPS and Gb/s",
        "The GPU delivers 83 TFLOPS, its NPU 48 TOPS, over a 400 Gb/s link.",
        [
            ("83 TFLOPS", 83, "exact", "measure", ANY),
            ("48 TOPS", 48, "exact", "measure", ANY),
            ("400 Gb/s", 400, "exact", "measure", "gigabit / second"),
        ],
    ),
    # Internet-traffic copy counts data in zettabytes and exabytes ("64.2 ZB of data",
    # "more than 21 exabytes ... every month", "9.57 zettabytes"): counts of a noun.
    (
        "invented/computing: zettabytes, exabytes and kilobytes",
        "Traffic will reach 6.2 zettabytes (6,200 exabytes), against 2.9 ZB in 2020; a page "
        "weighs 480 kilobytes.",
        [
            ("6.2 zettabytes", 6.2, "exact", "measure", "zettabyte"),
            ("6,200 exabytes", 6200, "exact", "measure", "exabyte"),
            ("2.9 ZB", 2.9, "exact", "measure", "zettabyte"),
            ("480 kilobytes", 480, "exact", "measure", "kilobyte"),
        ],
    ),
    # LNG capacity in million tonnes a year ("5.2 mtpa"): a count; the unit carries its scale.
    (
        "invented/energy: LNG capacity in mtpa",
        "The second train will lift the plant's capacity to 8.4 mtpa.",
        [("8.4 mtpa", 8.4e6, "exact", "measure", "metric_ton / year")],
    ),
    # Energy in joules ("15 zettajoules", "600 EJ"): counts.
    (
        "invented/climate: ocean heat in zettajoules, demand in exajoules",
        "The oceans took up 14 zettajoules of heat, while the world used 590 EJ of energy.",
        [
            ("14 zettajoules", 14, "exact", "measure", "zettajoule"),
            ("590 EJ", 590, "exact", "measure", "exajoule"),
        ],
    ),
    # Pressure: a storm's millibars or hectopascals, a tyre's psi: counts.
    (
        "invented/weather: central pressure in millibars and hPa",
        "The typhoon's central pressure fell to 915 millibars (915 hPa).",
        [
            ("915 millibars", 915, "exact", "measure", "millibar"),
            ("915 hPa", 915, "exact", "measure", "hectopascal"),
        ],
    ),
    (
        "invented/motoring: tyre pressure in psi",
        "Inflate the front tyres to 36 psi.",
        [("36 psi", 36, "exact", "measure", "pound_force_per_square_inch")],
    ),
    # Screen density ("460 ppi"): a count.
    (
        "invented/phones: pixel density",
        "The 6.3-inch panel has a density of 428 ppi.",
        [
            ("6.3-inch", 6.3, "exact", "measure", "inch"),
            ("428 ppi", 428, "exact", "measure", "pixels_per_inch"),
        ],
    ),
    # Storage in terabytes glued to the number ("holds 2TB") and read speeds ("7,000 MB/s"):
    # both dropped ("TB" is no unit when spaced: "1,200 TB patients").
    (
        "invented/computing: glued terabytes and a read speed",
        "The laptop ships with 4TB of storage that reads at 7,300 MB/s.",
        [
            ("4TB", 4, "exact", "measure", "terabyte"),
            ("7,300 MB/s", 7300, "exact", "measure", "megabyte / second"),
        ],
    ),
    (
        "invented/health: guard, TB patients",
        "The clinic treated 1,200 TB patients last year.",
        [("1,200", 1200, "exact", "count", None)],
    ),
    # Astronomical units ("1.3 AU from its companion"): a count; the African Union's "AU
    # troops" stays a count.
    (
        "invented/space: astronomical units",
        "The asteroid will pass 0.28 AU from the Sun in March.",
        [("0.28 AU", 0.28, "exact", "measure", "astronomical_unit")],
    ),
    # Black-hole and exoplanet copy measures in solar and Earth masses and light-hours
    # ("3.7 million solar masses", "6.25 light-hours (45 AU)"): counts of a noun, and an
    # integer AU in a bracketed conversion was a count.
    (
        "invented/space: solar masses, Earth masses, light-hours and a bracketed AU",
        "The hole holds 2.9 million solar masses; a planet of 4.2 Earth masses orbits "
        "5.5 light-hours (40 AU) away.",
        [
            ("2.9 million solar masses", 2.9e6, "exact", "measure", ANY),
            ("4.2 Earth masses", 4.2, "exact", "measure", ANY),
            ("5.5 light-hours", 5.5, "exact", "measure", ANY),
            ("40 AU", 40, "exact", "measure", "astronomical_unit"),
        ],
    ),
    (
        "invented/conflict: guard, AU troops",
        "The mission still has 2,500 AU troops in the region.",
        [("2,500", 2500, "exact", "count", None)],
    ),
    # A ship's size in deadweight tonnes ("11 million DWT", "198,000 dwt"): a count.
    (
        "invented/maritime: deadweight tonnes abbreviated",
        "The 81,600 dwt bulk carrier lost power off the cape.",
        [("81,600 dwt", 81600, "exact", "measure", "metric_ton")],
    ),
    (
        "invented/maritime: deadweight tonnes spelt out",
        "The tanker, of 158,000 deadweight tonnes, was anchored offshore.",
        [("158,000 deadweight tonnes", 158000, "exact", "measure", "metric_ton")],
    ),
    # A rate of warming "per decade": the unit stopped at the degree.
    (
        "invented/climate: warming per decade",
        "The Arctic is warming at 0.7C per decade.",
        [("0.7C per decade", 0.7, "exact", "measure", "degree_Celsius / decade")],
    ),
    # "over" before a measure that a verb governs ("generates over 402,000 kWh per month",
    # "produces over 500 MW"): the bound was dropped (kept only after "of", "than", ...).
    (
        "invented/energy: over after a verb is more than",
        "At midday the array generates over 420 MW.",
        [("over 420 MW", 420, "lower", "measure", "megawatt")],
    ),
    (
        "invented/EV: over after a verb, a speed",
        "The hypercar can reach over 250 mph.",
        [("over 250 mph", 250, "lower", "measure", "mile / hour")],
    ),
    (
        "invented/wildfire: guard, spread over an area",
        "The blaze spread over 300 acres of scrub.",
        [("300 acres", 300, "exact", "measure", "acre")],
    ),
    # A number in digits, then "and a half" and its unit ("18 and a half minutes"): the
    # number was read alone, a bare count.
    (
        "invented/space: digits and a half, then a time unit",
        "The signal takes 13 and a half minutes to reach the rover.",
        [("13 and a half minutes", 13.5, "exact", "duration", "minute")],
    ),
    (
        "invented/space: digits and a half, then a measure",
        "The tether stretched to 21 and a half kilometres.",
        [("21 and a half kilometres", 21.5, "exact", "measure", "kilometer")],
    ),
    # A glued "m" before "thick" ("up to 2,000m thick"): read as millions.
    (
        "invented/climate: metres thick",
        "The ice shelf is up to 350m thick in places.",
        [("up to 350m", 350, "upper", "measure", "meter")],
    ),
    (
        "invented/climate: guard, km thick",
        "The ice sheet is 1.5 km thick at its centre.",
        [("1.5 km", 1.5, "exact", "measure", "kilometer")],
    ),
    # Sea-level copy glues metres to the number ("could rise globally by 0.9m to 1.5m by
    # 2100"): read as millions of people.
    (
        "invented/climate: sea-level rise in glued metres",
        "Sea levels could rise by 0.6m to 1.1m by 2100, the panel warned.",
        [("0.6m to 1.1m", (0.6, 1.1), "range", "measure", "meter")],
    ),
    (
        "invented/climate: sea-level rise, one glued metre figure",
        "A sea-level rise of 2m would swamp the delta.",
        [("2m", 2, "exact", "measure", "meter")],
    ),
    (
        "invented/climate: ocean levels and a glued metre figure",
        "Ocean levels may climb by 0.4m this century.",
        [("0.4m", 0.4, "exact", "measure", "meter")],
    ),
    # Model numbers in phone and aviation copy ("the Note 6 is expected", "the Xiaomi 14
    # has", "Honor Magic 6 Pro", "Boeing 737 MAX 9"): each number was read as a count.
    (
        "invented/phones: a model name and its number before a verb",
        "The Zephyr 9 has a 5,200mAh battery.",
        [("5,200mAh", 5200, "exact", "measure", "milliampere_hour")],
    ),
    (
        "invented/computing: a two-word model name and its number before a verb",
        "The Vertex Slate 11 has a 13-inch screen.",
        [("13-inch", 13, "exact", "measure", "inch")],
    ),
    (
        "invented/phones: a model number before Pro",
        "The Nimbus 7 Pro ships with 16GB of RAM.",
        [("16GB", 16, "exact", "measure", "gigabyte")],
    ),
    (
        "invented/aviation: the variant of a 737 MAX",
        "A Boeing 737 MAX 8 was diverted after a warning at 31,000 feet.",
        [("31,000 feet", 31000, "exact", "measure", "foot")],
    ),
    # A building or a product named by a number opening the sentence ("Merdeka 118 is a
    # 118-storey tower", "Area 51 is"): read as a count of the storeys after it.
    (
        "invented/construction: a tower named by a number opens the sentence",
        "Vantage 88 is a 72-storey tower rising 390 metres.",
        [
            ("72-storey", 72, "exact", "count", None),
            ("390 metres", 390, "exact", "measure", "meter"),
        ],
    ),
    (
        "invented/construction: guard, a count opening the sentence",
        "Only 3 was the answer; Nearly 40 had left.",
        [("3", 3, "exact", "count", None), ("Nearly 40", 40, "upper", "count", None)],
    ),
    # Battery-factory copy spaces the hour ("100 GW h of capacity") and writes a rate per
    # year with a slash ("150 GWh/annum"): a power in gigawatts, and a dropped figure.
    (
        "invented/energy: gigawatt hours spaced",
        "The plant will add 40 GW h of cell capacity.",
        [("40 GW h", 40, "exact", "measure", "gigawatt_hour")],
    ),
    (
        "invented/energy: a rate per annum after a slash",
        "The site will make 60 GWh/annum of cells.",
        [("60 GWh", 60, "exact", "measure", "gigawatt_hour")],
    ),
    # "2 billion yuans": the plural of the currency was no currency.
    (
        "invented/construction: yuans",
        "The bridge cost more than 3 billion yuans.",
        [("more than 3 billion yuans", 3e9, "lower", "money", "CNY")],
    ),
    # Astronomy copy writes "degrees F" ("a searing 1,400 degrees F"): read as bare degrees.
    (
        "invented/space: degrees F and degrees C",
        "The dayside reaches 1,650 degrees F, the nightside minus 40 degrees C.",
        [
            ("1,650 degrees F", 1650, "exact", "measure", "degree_Fahrenheit"),
            ("minus 40 degrees C", -40, "exact", "measure", "degree_Celsius"),
        ],
    ),
    # Nuclear copy rates a reactor in electrical megawatts ("1,125 MWe", "a 1000 MWe
    # reactor"), writes the hour singular and spaced ("the 2,000 terawatt hour mark") and
    # weighs in short tons ("650 short tons"): counts, or a power without its hour.
    (
        "invented/energy: electrical megawatts",
        "Each unit runs at about 1,150 MWe; the site totals 4.6 GWe.",
        [
            ("about 1,150 MWe", 1150, "approximate", "measure", "megawatt"),
            ("4.6 GWe", 4.6, "exact", "measure", "gigawatt"),
        ],
    ),
    (
        "invented/energy: a spaced singular terawatt hour",
        "The fleet has passed the 1,500 terawatt hour mark.",
        [("1,500 terawatt hour", 1500, "exact", "measure", "terawatt_hour")],
    ),
    (
        "invented/energy: short tons",
        "The vessel head weighs 420 short tons (381 metric tons).",
        [
            ("420 short tons", 420, "exact", "measure", "ton"),
            ("381 metric tons", 381, "exact", "measure", "metric_ton"),
        ],
    ),
    # A name ending in "One" ("the Hualong One needs 20 MWe", "Air Force One landed"):
    # read as a count of one.
    (
        "invented/energy: a reactor named ... One",
        "The Linhai One needs 18 MWe for its pumps.",
        [("18 MWe", 18, "exact", "measure", "megawatt")],
    ),
    (
        "invented/aviation: a name ending in One, then a verb",
        "Air Force One landed at 3pm with 70 passengers.",
        [("70", 70, "exact", "count", None)],
    ),
    # Car-emissions copy writes grams of CO2 per kilometre glued ("153.5g/km", "a decrease
    # of 5.2g/km", "140g CO2/km", "90g/km CO2"): all dropped (a letter glued, then a slash).
    (
        "invented/motoring: CO2 emissions in g/km",
        "The hatchback emits 112g/km, down 4.5g/km, against a target of 95g CO2/km.",
        [
            ("112g/km", 112, "exact", "measure", "gram / kilometer"),
            ("4.5g/km", 4.5, "exact", "measure", "gram / kilometer"),
            ("95g CO2/km", 95, "exact", "measure", "gram / kilometer"),
        ],
    ),
    (
        "invented/energy: grid carbon intensity in gCO2/kWh",
        "The grid's carbon intensity fell to 124 gCO2/kWh.",
        [("124 gCO2/kWh", 124, "exact", "measure", "gram / kilowatt_hour")],
    ),
    # The later level of a change in pounds of weight ("from 0.87 pounds of carbon dioxide
    # per kilowatt-hour in 2019 to 0.81 pounds in 2020"): read as sterling.
    (
        "invented/energy: the second level of a change in pounds of weight",
        "Intensity fell from 0.92 pounds of CO2 per kilowatt-hour in 2019 to 0.85 pounds in 2021.",
        [
            ("0.92 pounds", 0.92, "exact", "measure", "pound"),
            ("0.85 pounds", 0.85, "exact", "measure", "pound"),
        ],
    ),
    (
        "invented/budget: pounds of funding, then 'to', stay money",
        "Grants rose from 5 million pounds of funding to 7 million pounds.",
        [
            ("5 million pounds", 5e6, "exact", "money", "GBP"),
            ("7 million pounds", 7e6, "exact", "money", "GBP"),
        ],
    ),
    # EV tests write efficiency per 100 km or miles and miles per kWh ("27 kWh/100 mi",
    # "3.7 mi/kWh") and glue an abbreviated "deg C" to the temperature ("in 15-21deg C
    # ambient conditions", "set to 21deg C"): all dropped.
    (
        "invented/EV: consumption and efficiency with slashes",
        "The SUV used 19.5 kWh/100 km, or 3.2 miles/kWh, in mixed driving.",
        [
            ("19.5 kWh/100 km", 19.5, "exact", "measure", ANY),
            ("3.2 miles/kWh", 3.2, "exact", "measure", "mile / kilowatt_hour"),
        ],
    ),
    (
        "invented/EV: temperatures in glued deg C",
        "The cars stood overnight in 12-17deg C conditions, the cabins set to 20deg C.",
        [
            ("12-17deg C", (12, 17), "range", "measure", "degree_Celsius"),
            ("20deg C", 20, "exact", "measure", "degree_Celsius"),
        ],
    ),
    # Rocket copy converts thrust in pounds to tonnes in brackets ("8.8 million pounds
    # (4,400 tons) of maximum thrust"): the pounds were read as sterling.
    (
        "invented/space: pounds of thrust with a conversion to tonnes",
        "The first stage makes 7.6 million pounds (3,450 tonnes) of thrust.",
        [
            ("7.6 million pounds", 7.6e6, "exact", "measure", "pound"),
            ("3,450 tonnes", 3450, "exact", "measure", "metric_ton"),
        ],
    ),
    (
        "invented/courts: guard, pounds converted to euros stay money",
        "He was fined 5,000 pounds (5,800 euros).",
        [
            ("5,000 pounds", 5000, "exact", "money", "GBP"),
            ("5,800 euros", 5800, "exact", "money", "EUR"),
        ],
    ),
    # The age of a rock, a star or the universe in millions or billions of years ("up to
    # 4.276 billion years old", "a 4.374-billion-year-old zircon", real geology copy):
    # dropped as a person's age is.
    (
        "invented/space: an age in billions of years",
        "The crater is 3.9 billion years old.",
        [("3.9 billion years", 3.9e9, "exact", "duration", "year")],
    ),
    (
        "invented/space: a hyphenated age in billions of years",
        "Geologists dated a 4.1 billion-year-old grain and a 3.8-billion-year-old pebble.",
        [
            ("4.1 billion-year", 4.1e9, "exact", "duration", "year"),
            ("3.8-billion-year", 3.8e9, "exact", "duration", "year"),
        ],
    ),
    (
        "invented/profile: guard, a person's age",
        "She is 45 years old.",
        [],
    ),
    (
        "invented/EV: a bare glued deg",
        "The climate control was left at 20deg throughout.",
        [("20deg", 20, "exact", "measure", "degree")],
    ),
    # Some copy writes the degree with the ordinal indicator "º" (U+00BA) rather than the
    # degree sign ("1.5ºC", "1.5º Celsius"): the figure was dropped as a number glued to a
    # letter.
    (
        "invented/climate: degrees written with the ordinal indicator",
        "Warming could reach 2.4ºC, or 4.3º Fahrenheit, by 2100.",
        [
            ("2.4ºC", 2.4, "exact", "measure", "degree_Celsius"),
            ("4.3º Fahrenheit", 4.3, "exact", "measure", "degree_Fahrenheit"),
        ],
    ),
    # A multiplier before a comparative of size, distance or heat ("about 40 times closer
    # to its star", "4.6 times heavier"): counts of "times" (a multiplier is no figure in
    # this project's convention, as "three times higher" is not).
    (
        "invented/space: multipliers before comparatives of science copy",
        "The world orbits 25 times closer to its star and is 3 times denser than Earth.",
        [],
    ),
    # Phone copy names a model by its number and suffix with the brand left out ("the
    # stainless steel 14 Pro", "its 15 Pro Max variant") and a part by a capitalised name,
    # its number and a singular noun ("an Adreno 750 GPU", "the Exynos 2400 chipset"):
    # each number was read as a count.
    (
        "invented/phones: a model number and suffix after a lower-case word",
        "The frame is 12% lighter than the aluminium 13 Pro, and its 13 Pro Max sibling "
        "costs $1,199.",
        [("12%", 12, "exact", "percent", "%"), ("$1,199", 1199, "exact", "money", "USD")],
    ),
    (
        "invented/phones: a part's name, its number and a singular noun",
        "The handset pairs a Vega 820 GPU with an Orion 3100 chipset.",
        [],
    ),
    (
        "invented/phones: guard, a count before a plural noun",
        "Across Texas 300 chips were seized.",
        [("300", 300, "exact", "count", None)],
    ),
    (
        "invented/tech: guard, names already known",
        "Level 3 driving is allowed up to 95 km/h, and the car runs Windows 11.",
        [("up to 95 km/h", 95, "upper", "measure", "kilometer / hour")],
    ),
    (
        "invented/tech: guard, a plain count after a capitalised word",
        "Across the Gulf 40 ships waited at anchor.",
        [("40", 40, "exact", "count", None)],
    ),
    (
        "invented/tech: guard, a chip node spaced",
        "The 7nm chip runs at 3.1GHz.",
        [
            ("7nm", 7, "exact", "measure", "nanometer"),
            ("3.1GHz", 3.1, "exact", "measure", "gigahertz"),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_real_probe_measure_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
