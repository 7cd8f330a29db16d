"""Forms read in real science, crime, schools, council, road-safety, health-system and charity
copy, rewritten as invented cases.

Session 5 read real reports through the stored-pages search (none is kept here): Copernicus,
NOAA and Mauna Loa write-ups, glacier and ice-sheet studies, emission inventories, Amazon
deforestation copy, Indian tiger and elephant counts, coral-reef and air-quality studies, ONS
police-recorded crime, FBI crime reports, county-lines and drug-seizure police copy, prison
population and Crown Court backlog copy, Indian court-pendency copy, GCSE/A-level results,
teacher-shortage and school-funding copy, teacher-strike closures, English, US, New Zealand
and Indian council and civic budgets, temporary-accommodation and HUD homelessness counts,
social-housing waiting lists, DfT, NHTSA, Indian and Nigerian road-casualty reports, bus-crash
wire copy, NHS waiting-list, GP-appointment, ambulance-response and bed-occupancy copy, WHO/CDC
measles coverage and UK vaccination uptake, Health Survey for England and cohort studies,
waste and recycling statistics, reservoir levels, and charity appeals and annual reports. Each
failure that looked general became one or more sentences below, INVENTED in the same
construction with other names and numbers; the id names the desk it imitates. Some cases
are guards: constructions of these desks that already worked, kept so they stay working.
The expected rows were written by hand before the extractor was run.

Conventions are those of tests/test_unseen_styles.py and tests/test_real_probe_sitreps.py:
each row is ``(text, value or (low, high), bound, kind, unit)`` plus an optional dict of
further fields (``part_of`` as the index of the whole among the expected rows, ``head``,
``source`` compared as the scorer does; a tuple of sources lists answers that are all right).

Before this branch's fixes (``pytest tests/test_real_probe_society.py`` at the branch point),
16 of the first 43 cases passed: the 13 guards and three cases written to catch a failure
that the invented sentence did not reproduce ("surged by", "declined to", "two-year-old
children"); they stay as guards. One row (the "two" surveys of the sea-ice case) was added
after the first run: the first annotation had missed that count. Each later reading added
cases written before they were run, then checked against the tree before that reading's fix
(the file copied aside, the committed version run, copied back): all failed before their
fix except four that stay as guards, named in their comments ("Nearly half of the heads
surveyed said", "shot down a third drone", "the number of women held in jails has reached a
record", "5 to 10 years and more than 10 years" without "between"), and a "Shares rose 3%
to 118" guard written for a side effect of this branch's "X rose N% to M" rule seen in the
regression texts (failing before its fix too). In all, of the 98 cases, 21 pass with the
branch point's ``analysis`` (958b6c2), 27 with main's at the end of the session without this
branch (other helpers fixed some of the same forms meanwhile: the scraped rupee sign, a
decimal point before "from", "compared with"), 98 with it.
"""

from __future__ import annotations

import pytest
from figure_checks import check_figures

E, C, P, M, D, MON = "exact", "count", "percent", "measure", "duration", "money"

# (id, sentence, [(text, value or (low, high), bound, kind, unit[, extra])])
CASES = [
    # A change by a percentage with a decimal point, then "from A to B": the point was read as
    # a sentence end, so the change went unseen and "from 48.6 to 42.6 million tonnes" became
    # one range whose low end had lost its scale (seen in a national emissions inventory).
    (
        "invented/emissions inventory: a change by a decimal percentage, then two levels",
        "Scotland's greenhouse gas emissions fell by 12.4% from 48.6 to 42.6 million tonnes "
        "between 2019 and 2022.",
        [
            ("12.4%", 12.4, E, P, "%"),
            ("48.6", 48.6e6, E, M, "metric_ton"),
            ("42.6 million tonnes", 42.6e6, E, M, "metric_ton"),
        ],
    ),
    (
        "invented/crime bulletin: a decimal percentage before from ... to keeps a change",
        "Recorded burglaries rose by 4.5% from 1,210 to 1,264 in the year to March.",
        [
            ("4.5%", 4.5, E, P, "%"),
            ("1,210", 1210, E, C, None, {"head": "burglaries"}),
            ("1,264", 1264, E, C, None, {"head": "burglaries"}),
        ],
    ),
    # The old level of a change takes the new level's scale and its unit of measure, as it
    # already took a percentage or a currency ("fell from 25.2 to 20.7 million tonnes" gave
    # a count of 25.2 million people).
    (
        "invented/deforestation: the old level shares the new one's scale and unit",
        "Forest clearance in the state dropped from 1.3 to 0.9 million hectares last year.",
        [
            ("1.3", 1.3e6, E, M, "hectare"),
            ("0.9 million hectares", 0.9e6, E, M, "hectare"),
        ],
    ),
    (
        "invented/sea ice: a change in millions of square kilometres",
        "Winter sea ice shrank from 14.2 to 13.9 million square kilometres between the two "
        "surveys.",
        [
            ("14.2", 14.2e6, E, M, "kilometer ** 2"),
            ("13.9 million square kilometres", 13.9e6, E, M, "kilometer ** 2"),
            # missed in the first annotation, added after the first run: the surveys counted
            ("two", 2, E, C, None, {"head": "surveys"}),
        ],
    ),
    # Climate units: the US spelling "gigatons", "Gt", and CO2 tonnages glued to their gas
    # ("MtCO2e", "GtCO2e", "tCO2e") were counts of "gigatons" or "gtco".
    (
        "invented/ice sheets: gigatons in the US spelling",
        "Antarctica lost 118 gigatons of ice in 2023, against 92 gigatons in 2022.",
        [
            ("118 gigatons", 118, E, M, "gigametric_ton"),
            ("92 gigatons", 92, E, M, "gigametric_ton"),
        ],
    ),
    (
        "invented/emissions: megatonnes of CO2 equivalent written MtCO2e",
        "The steelworks emitted 6.8 MtCO2e last year, and the whole country 392 MtCO2e.",
        [
            ("6.8 MtCO2e", 6.8, E, M, "megametric_ton"),
            ("392 MtCO2e", 392, E, M, "megametric_ton"),
        ],
    ),
    (
        "invented/emissions: GtCO2e and a bare Gt",
        "Global emissions reached 57.1 GtCO2e in 2023, of which fossil fuels made up 37.4 Gt.",
        [
            ("57.1 GtCO2e", 57.1, E, M, "gigametric_ton"),
            ("37.4 Gt", 37.4, E, M, "gigametric_ton"),
        ],
    ),
    (
        "invented/emissions: tonnes per person written tCO2e",
        "Emissions per person were 4.9 tCO2e, down from 6.1 tCO2e in 2005.",
        [
            ("4.9 tCO2e", 4.9, E, M, "metric_ton"),
            ("6.1 tCO2e", 6.1, E, M, "metric_ton"),
        ],
    ),
    # Concentrations written with a slash: a road-safety profile's blood-alcohol limit in g/l
    # was a count of "g"; water-quality copy writes mg/l.
    (
        "invented/road safety: blood alcohol in grams per litre",
        "The legal limit is 0.5 g/l, and the driver was found with 1.8 g/l in his blood.",
        [
            ("0.5 g/l", 0.5, E, M, "gram / liter"),
            ("1.8 g/l", 1.8, E, M, "gram / liter"),
        ],
    ),
    (
        "invented/water quality: milligrams per litre",
        "Nitrate levels in the river reached 62 mg/l, above the 50 mg/l limit.",
        [
            ("62 mg/l", 62, E, M, "milligram / liter"),
            ("50 mg/l", 50, E, M, "milligram / liter"),
        ],
    ),
    # "The number of X <verb> ... to N" counts X; only a few verbs were known ("soared",
    # "surged", "declined" gave "people" or nothing), and an adverb such as "year on year"
    # between the verb and "from" hid the subject.
    (
        "invented/crime stats: the number of X soared N% to M",
        "The number of shoplifting offences soared 23% to 469,788 last year.",
        [
            ("23%", 23, E, P, "%"),
            ("469,788", 469788, E, C, None, {"head": "offences"}),
        ],
    ),
    (
        "invented/schools: the number of X surged by N% to M",
        "The number of pupils excluded from school surged by 15% to 9,376.",
        [("15%", 15, E, P, "%"), ("9,376", 9376, E, C, None, {"head": "pupils"})],
    ),
    (
        "invented/homelessness: the number of X declined to M",
        "The number of rough sleepers declined to 3,069 in the autumn count.",
        [("3,069", 3069, E, C, None, {"head": "sleepers"})],
    ),
    (
        "invented/housing: the number of X rose year on year from A to B",
        "The number of households in temporary accommodation rose year on year from 104,510 "
        "to 117,450.",
        [
            ("104,510", 104510, E, C, None, {"head": "households"}),
            ("117,450", 117450, E, C, None, {"head": "households"}),
        ],
    ),
    # A plural subject, a change by a percentage, then the new level (and the old one):
    # "Burglaries fell by 7% to 312,400" counted "people" (crime and road-casualty copy).
    (
        "invented/road casualties: X increased by N per cent from A in YEAR to B in YEAR",
        "Cyclist deaths increased by 9 per cent from 91 in 2022 to 99 in 2023.",
        [
            ("9 per cent", 9, E, P, "%"),
            ("91", 91, E, C, None, {"head": "deaths"}),
            ("99", 99, E, C, None, {"head": "deaths"}),
        ],
    ),
    (
        "invented/crime stats: X fell by N% to M",
        "Burglaries fell by 7% to 312,400 last year, the lowest on record.",
        [("7%", 7, E, P, "%"), ("312,400", 312400, E, C, None, {"head": "burglaries"})],
    ),
    (
        "invented/crime stats: X climbed N% to M",
        "Knife possession offences climbed 4% to 27,102 in the year to June.",
        [("4%", 4, E, P, "%"), ("27,102", 27102, E, C, None, {"head": "offences"})],
    ),
    # "In the 12 months to April police recorded ...": the month closing the period was read
    # as part of the source ("April police").
    (
        "invented/crime stats: a month name before police is no part of the source",
        "In the 12 months to September police recorded 50,489 knife offences.",
        [
            ("12 months", 12, E, D, "month"),
            ("50,489", 50489, E, C, None, {"source": "police", "head": "offences"}),
        ],
    ),
    (
        "invented/crime stats: In May police recorded",
        "In May police recorded 318 hate crimes in the city.",
        [("318", 318, E, C, None, {"source": "police", "head": "crimes"})],
    ),
    # "recorded by the police fell by 5%": the agent's phrase ran on into the verb and the
    # figure ("the police fell by 5%" as a source).
    (
        "invented/crime stats: a passive agent stops before the clause's verb",
        "The number of thefts recorded by police fell by 6% last year.",
        [("6%", 6, E, P, "%", {"source": ("police", None)})],
    ),
    # "He said ..." with nobody named before resolved to a capitalised run that names a
    # place or a thing ("Albion Square", "Useable Operational Capacity").
    (
        "invented/council budget: he with nobody named is not a square named before",
        "The plan includes £2m for the Castle Square market. He said the authority would also "
        "need savings of £14m.",
        [
            ("£2m", 2e6, E, MON, "GBP", {"source": None}),
            ("£14m", 14e6, E, MON, "GBP", {"source": None}),
        ],
    ),
    (
        "invented/prisons: she with nobody named is not a capitalised title",
        "The Usable Operational Capacity of the estate is 88,000 places. Given that, there "
        "remain 780 spaces, she added.",
        [
            ("88,000", 88000, E, C, None, {"source": None, "head": "places"}),
            ("780", 780, E, C, None, {"source": None, "head": "spaces"}),
        ],
    ),
    # "annual reported measles incidence declined 72%": "reported" after an adjective of
    # frequency is an adjective too, not a reporting verb ("annual" was the source).
    (
        "invented/health: annual reported incidence",
        "Annual reported incidence of measles declined 58% over the decade.",
        [("58%", 58, E, P, "%", {"source": None})],
    ),
    (
        "invented/health: daily reported infections",
        "Daily reported infections rose to 4,210 on Monday.",
        [("4,210", 4210, E, C, None, {"source": None, "head": "infections"})],
    ),
    # "69.2% of 16-year-old pupils": the age adjective stopped the noun phrase, so the
    # share had no head (exam-results copy).
    (
        "invented/exam results: a share of pupils of an age",
        "Some 71% of 15-year-old pupils met the expected standard in maths.",
        [("Some 71%", 71, "approximate", P, "%", {"head": "pupils"})],
    ),
    (
        "invented/vaccination: a share of children of an age",
        "Only 84.5% of two-year-old children had received a first MMR dose.",
        [("84.5%", 84.5, E, P, "%", {"head": "children"})],
    ),
    # "up from 2,967 four years earlier": the span after the old level gave it the head
    # "years" (wildlife census and arrests copy).
    (
        "invented/wildlife census: a span after the old level is not its noun",
        "Rangers counted 812 rhinos, up from 745 three years earlier.",
        [
            ("812", 812, E, C, None, {"head": "rhinos"}),
            ("745", 745, E, C, None, {"head": "rhinos"}),
            ("three years", 3, E, D, "year"),
        ],
    ),
    (
        "invented/policing: up from N two years ago",
        "Officers made 1,048 arrests, up from 812 two years ago.",
        [
            ("1,048", 1048, E, C, None, {"head": "arrests"}),
            ("812", 812, E, C, None, {"head": "arrests"}),
            ("two years", 2, E, D, "year"),
        ],
    ),
    # "107 above the usable capacity", "2,100 short of": a word of comparison after the
    # number was taken as its noun.
    (
        "invented/prisons: above is no counted noun",
        "The jail held 812 inmates, 37 above its certified capacity.",
        [
            ("812", 812, E, C, None, {"head": "inmates"}),
            ("37", 37, E, C, None, {"head": "inmates"}),
        ],
    ),
    (
        "invented/schools: below is no counted noun",
        "The school has 418 pupils, 32 below the number it was built for.",
        [
            ("418", 418, E, C, None, {"head": "pupils"}),
            ("32", 32, E, C, None, {"head": "pupils"}),
        ],
    ),
    # Second reading (US road-safety and FBI crime copy, prison and wildlife copy).
    # "A spokeswoman for the Ministry of Justice said ... she added": a role "for" a body is
    # a person for a later "she" (only "of" was read); a lower-case one-word source
    # ("government") is no one's "she"; a year range describes a survey ("the 2018-19
    # survey" was cut to "the 2018-19").
    (
        "invented/housing: she after a spokeswoman for a council",
        "A spokeswoman for the county council said 412 families were in temporary "
        "accommodation. A year earlier the figure was 371, she added.",
        [
            (
                "412",
                412,
                E,
                C,
                None,
                {
                    "source": ("A spokeswoman for the county council", "the county council"),
                    "head": "families",
                },
            ),
            (
                "371",
                371,
                E,
                C,
                None,
                {"source": ("A spokeswoman for the county council", "the county council")},
            ),
        ],
    ),
    (
        "invented/prisons: a lower-case body is no one's she",
        "Prisoner numbers reached 86,400, government data show. There are 1,150 places left, "
        "she said.",
        [
            ("86,400", 86400, E, C, None, {"source": "government"}),
            ("1,150", 1150, E, C, None, {"source": None, "head": "places"}),
        ],
    ),
    (
        "invented/wildlife census: a year range describes the survey",
        "According to the 2021-22 survey, the reserve has 326 leopards.",
        [("326", 326, E, C, None, {"source": "the 2021-22 survey", "head": "leopards"})],
    ),
    # "..., the Federal Bureau of Investigation reported this week": "this week" was read as
    # the verb's object, so the figure had no source.
    (
        "invented/crime stats: the bureau reported this week",
        "Property crime fell 3.6 percent last year, the bureau reported this week.",
        [("3.6 percent", 3.6, E, P, "%", {"source": "the bureau"})],
    ),
    # "1.17 fatalities per 100 million vehicle miles traveled": the rate's base is no figure
    # ("per 100,000" already was not).
    (
        "invented/road safety: a rate per 100 million miles",
        "The death rate fell to 1.26 fatalities per 100 million vehicle miles traveled.",
        [("1.26", 1.26, E, C, None, {"head": "fatalities"})],
    ),
    (
        "invented/transport: a rate per 10 million trips",
        "Scooter riders suffered 14 serious injuries per 10 million trips.",
        [("14", 14, E, C, None, {"head": "injuries"})],
    ),
    # Third reading (New Zealand council long-term plans, wildfire fact boxes, hospital
    # bed-occupancy copy, US school enrolment copy). "25% in 2024/2025, 11% in 2025/2026":
    # the fiscal year's two halves and the next figure were dropped as a run of numbers.
    (
        "invented/council plan: a fiscal year is no run of numbers",
        "Water charges will rise 18% in 2025/26, 9% in 2026/27 and 6% in 2027/28.",
        [("18%", 18, E, P, "%"), ("9%", 9, E, P, "%"), ("6%", 6, E, P, "%")],
    ),
    (
        "invented/council budget: fiscal years written in full",
        "The levy rose 7.5% in 2023-2024, 4% in 2024-2025.",
        [("7.5%", 7.5, E, P, "%"), ("4%", 4, E, P, "%")],
    ),
    # "occupancy rates were stable at 67 percent", "above the recommended level of 85%": a
    # level, made a share of the count before it.
    (
        "invented/hospitals: a level stable at N percent is no share",
        "The trust cut its beds to 1,140, while occupancy stayed stable at 94 percent.",
        [
            ("1,140", 1140, E, C, None, {"head": "beds"}),
            ("94 percent", 94, E, P, "%", {"part_of": None}),
        ],
    ),
    (
        "invented/hospitals: the safe level of N% is no share",
        "Some 41 hospitals ran above the safe level of 85% last winter.",
        [
            ("Some 41", 41, "approximate", C, None, {"head": "hospitals"}),
            ("85%", 85, E, P, "%", {"part_of": None}),
        ],
    ),
    # "We're making cost savings and adding revenue of $6 million": "adding" with a noun and
    # its amount is no speech (the clause before it was the source).
    (
        "invented/council budget: adding a noun of an amount is no speech",
        "The council is cutting costs and adding income of £4.2m next year.",
        [("£4.2m", 4.2e6, E, MON, "GBP", {"source": None})],
    ),
    # "for year two of the Long Term Plan": a stage's label, counted as 2.
    (
        "invented/council plan: year three of a plan is a label",
        "The scheme enters year three of a ten-year programme.",
        [("ten-year", 10, E, D, "year")],
    ),
    (
        "invented/courts: day four of the trial is a label",
        "On day four of the trial, 9 witnesses gave evidence.",
        [("9", 9, E, C, None, {"head": "witnesses"})],
    ),
    # British school years: "14 Year 9 classes" read as 14 years; "of Year 11 pupils" had
    # no head.
    (
        "invented/exam results: Year 11 pupils and Year 10 groups",
        "Some 64% of Year 11 pupils passed, and 12 Year 10 groups were split.",
        [
            ("Some 64%", 64, "approximate", P, "%", {"head": "pupils"}),
            ("12", 12, E, C, None, {"head": "groups"}),
        ],
    ),
    # A wildfire fact box: "Homes destroyed: At least 1,700" counted "people", "Deaths:
    # Seven" nothing.
    (
        "invented/wildfire fact box: the line's label names what is counted",
        "Homes destroyed: About 2,300\nDeaths: 14\nInjuries: 52",
        [
            ("About 2,300", 2300, "approximate", C, None, {"head": "homes"}),
            ("14", 14, E, C, None, {"head": "deaths"}),
            ("52", 52, E, C, None, {"head": "injuries"}),
        ],
    ),
    # Fourth reading (Indian road-accident reports, US city budgets, IUCN and vaccination
    # copy). "Young adults in the age group of 18 - 45 years" was a range of years; "the
    # 18-45 age group" a range of 31.5.
    (
        "invented/road safety: an age group of A-B years is no figure",
        "Riders in the age group of 16-24 years made up 38% of deaths.",
        [("38%", 38, E, P, "%", {"head": "deaths"})],
    ),
    (
        "invented/vaccination: the A-B age group is no figure",
        "Uptake in the 12-17 age group was 61%.",
        [("61%", 61, E, P, "%")],
    ),
    # "lifting the millage from 8.06 to 9.67": a change, read as one range.
    (
        "invented/council budget: lifting a rate from A to B is a change",
        "The board voted to lift the levy from 4.12 to 4.38 mills, raising $3.1 million.",
        [
            ("4.12", 4.12, E, C, None),
            ("4.38", 4.38, E, C, None),
            ("$3.1 million", 3.1e6, E, MON, "USD"),
        ],
    ),
    (
        "invented/council fees: hiking fees from A to B is a change",
        "The council hiked parking permits from £60 to £95.",
        [("£60", 60, E, MON, "GBP"), ("£95", 95, E, MON, "GBP")],
    ),
    # Fifth reading (Indian civic budgets, charity reports, university admissions copy).
    # Indian dailies' rupee sign scraped as a backtick ("`3,375 crore") gave a count.
    (
        "invented/civic budget: a backtick is a scraped rupee sign",
        "The state released `412 crore to the corporation, against `1,050 crore promised.",
        [
            ("`412 crore", 4.12e9, E, MON, "INR"),
            ("`1,050 crore", 1.05e10, E, MON, "INR"),
        ],
    ),
    # "they have raised almost half of their £250,000 target": money collected, no rise.
    (
        "invented/charity appeal: raising half of a target is no rise",
        "Volunteers have raised nearly half of the £80,000 needed for the new roof.",
        [
            ("nearly half", 50, "upper", P, "%", {"direction": None, "part_of": 1}),
            ("£80,000", 80000, E, MON, "GBP"),
        ],
    ),
    # Sixth reading (drug-seizure police copy, reservoir levels, pupil-teacher ratios,
    # air-quality studies). "approximately three hundred pounds (300 lbs) of controlled
    # drugs" was sterling; "25 μg/m3" written with the Greek mu was a count.
    (
        "invented/drug seizure: pounds with a bracketed lbs conversion are a weight",
        "Officers seized about two hundred pounds (200 lbs) of cannabis and $40,000 in cash.",
        [
            ("about two hundred pounds", 200, "approximate", M, "pound"),
            ("200 lbs", 200, E, M, "pound"),
            ("$40,000", 40000, E, MON, "USD"),
        ],
    ),
    (
        "invented/air quality: micrograms per cubic metre with the Greek mu",
        "Annual PM2.5 averaged 38 μg/m3 in the city, against a guideline of 5 μg/m³.",
        [
            ("38 μg/m3", 38, E, M, "microgram / meter ** 3"),
            ("5 μg/m³", 5, E, M, "microgram / meter ** 3"),
        ],
    ),
    # Seventh reading (county-lines police copy, school-funding surveys): "Greater Manchester
    # Police for example report that" kept "for example" in the source; "Close to half of
    # the school leaders surveyed said" made the surveyed the source; "the union's Breaking
    # Point report showed" gave the report's title, read as a person.
    (
        "invented/policing: 'for example' is no part of the source",
        "West Yorkshire Police for example said its officers closed 64 drug lines last year.",
        [("64", 64, E, C, None, {"source": "West Yorkshire Police", "head": "lines"})],
    ),
    (
        "invented/schools survey: a share of those surveyed is no source",
        "Nearly half of the heads surveyed said they would cut staff, and 58% expected a deficit.",
        [
            ("Nearly half", 50, "upper", P, "%", {"source": None}),
            ("58%", 58, E, P, "%", {"source": None}),
        ],
    ),
    (
        "invented/hospitals survey: close to a third of those asked is no source",
        "Close to a third of the nurses questioned said they planned to leave within a year.",
        [("Close to a third", 100 / 3, "upper", P, "%", {"source": None, "head": "nurses"})],
    ),
    (
        "invented/schools survey: an owner's titled report names the owner",
        "Some 12 per cent of schools ran a deficit, the union's Stretched Thin report found.",
        [("Some 12 per cent", 12, "approximate", P, "%", {"source": "the union"})],
    ),
    # Eighth reading (Defra waste statistics, GP-appointment copy): "collected 29.1m tonnes
    # ..., compared to 28.7m in 2005-06" gave 28.7 million people; "The NHS figures include
    # data from 90% ... and estimate that" gave the source "The NHS figures include";
    # "increasing the number of GPs by 8,000" counted people.
    (
        "invented/waste statistics: the unit written once on the first amount compared",
        "Councils sent 11.2m tonnes to landfill last year, compared with 12.6m the year before.",
        [
            ("11.2m tonnes", 11.2e6, E, M, "metric_ton"),
            ("12.6m", 12.6e6, E, M, "metric_ton"),
        ],
    ),
    (
        "invented/water supply: against N billion a year earlier",
        "The reservoirs held 41.5 billion litres in May, against 52.3 billion a year earlier.",
        [
            ("41.5 billion litres", 41.5e9, E, M, "liter"),
            ("52.3 billion", 52.3e9, E, M, "liter"),
        ],
    ),
    (
        "invented/schools inspection: 'cover' ends the subject before a reporting verb",
        "Ofsted's figures cover 21,000 schools and show that 88% were rated good.",
        [
            ("21,000", 21000, E, C, None, {"head": "schools", "source": "Ofsted"}),
            ("88%", 88, E, P, "%", {"source": "Ofsted"}),
        ],
    ),
    (
        "invented/NHS workforce: boosting the number of GPs by N counts GPs",
        "Ministers promised to boost the number of GPs by 6,000 within five years.",
        [("6,000", 6000, E, C, None, {"head": "gps"}), ("five years", 5, E, D, "year")],
    ),
    # Ninth reading (HUD homelessness counts, Shelter waiting-list copy): "The HUD's 2024
    # Annual Homelessness Assessment found that" had no source (a number in the subject
    # was taken for a count, "5,000 people said"); "an increase of 12,751 people, or 2.2
    # percent" made the percentage a share of the count before.
    (
        "invented/homelessness: a year in the subject is no count; the owner of a titled "
        "assessment",
        "The agency's 2023 Rough Sleeping Assessment found that 3,898 people slept outside.",
        [("3,898", 3898, E, C, None, {"source": "the agency", "head": "people"})],
    ),
    (
        "invented/homelessness: an increase of N people, or P percent",
        "Some 412,000 households were homeless in March, an increase of 9,300 households, "
        "or 2.3 percent, on a year earlier.",
        [
            ("Some 412,000", 412000, "approximate", C, None, {"head": "households"}),
            ("9,300", 9300, E, C, None, {"head": "households", "direction": "up"}),
            ("2.3 percent", 2.3, E, P, "%", {"part_of": None, "direction": "up"}),
        ],
    ),
    # Tenth reading (Health Survey for England copy, cohort studies): "down three-quarters
    # since 2003" and "a fall of two-thirds" were missed (only "by a third" was read);
    # "the lowest level ever reported since" made "the lowest level ever" a source; "men
    # aged 35 through 39 years" gave a duration of 39 years.
    (
        "invented/health survey: down three-quarters since a year",
        "Teen smoking is now 3%, down three-quarters since 2005.",
        [("3%", 3, E, P, "%"), ("three-quarters", 75, E, P, "%", {"direction": "down"})],
    ),
    (
        "invented/health survey: a fall of two-thirds",
        "Only 12% of pupils had tried alcohol, a fall of two-thirds on a decade earlier.",
        [
            ("12%", 12, E, P, "%", {"head": "pupils"}),
            ("two-thirds", 200 / 3, E, P, "%", {"direction": "down"}),
        ],
    ),
    (
        "invented/policing: shooting down a third drone is an ordinal",
        "Police shot down a third drone over the prison on Sunday.",
        [],
    ),
    (
        "invented/health survey: 'ever reported' is a participle",
        "Obesity among adults stood at 29 per cent, the highest level ever reported since the "
        "survey began.",
        [("29 per cent", 29, E, P, "%", {"source": None})],
    ),
    (
        "invented/medical study: men aged A through B years",
        "The trial enrolled 4,318 men aged 45 through 64 years.",
        [("4,318", 4318, E, C, None, {"head": "men"})],
    ),
    # Eleventh reading (NHS ambulance-response copy, coral-reef studies): "category 2
    # patients" gave a count of 2 ("Category" was a label only in capitals); "between
    # 1985-91 and 2006-12" gave counts of 91 and 12; "breached in 23 consecutive months" was
    # a count of months.
    (
        "invented/ambulance: a lower-case category number is a label",
        "Crews took 41 minutes to reach category 2 patients in January.",
        [("41 minutes", 41, E, D, "minute")],
    ),
    (
        "invented/coral reefs: a span of years with a two-digit end is no figure",
        "Heat stress hit 38% of reefs in 2014–17, against 12% in 1995–99.",
        [("38%", 38, E, P, "%"), ("12%", 12, E, P, "%")],
    ),
    (
        "invented/ambulance: N consecutive months is a duration",
        "The response target has now been missed for 31 consecutive months.",
        [("31 consecutive months", 31, E, D, "month")],
    ),
    (
        "invented/council tax: four straight years is a duration",
        "The council has held its tax flat for four straight years.",
        [("four straight years", 4, E, D, "year")],
    ),
    # Twelfth reading (prison-population and bus-crash copy): "The number of prison inmates
    # ... has reached a record 83,181" counted "people" ("a record" stood between the verb
    # and the number).
    (
        "invented/prisons: the number of X has reached a record N",
        "The number of women held in jails has reached a record 3,912.",
        [("3,912", 3912, E, C, None, {"head": "women"})],
    ),
    (
        "invented/children's services: the number of X in a named place reached a record N",
        "The number of children in care in Greater Manchester has reached a record 6,210.",
        [("6,210", 6210, E, C, None, {"head": "children"})],
    ),
    (
        "invented/homelessness: the number of X rose to a record high of N",
        "The number of families in bed and breakfasts rose to a record high of 5,120.",
        [("5,120", 5120, E, C, None, {"head": "families"})],
    ),
    # Thirteenth reading (Amazon deforestation copy in English): "The sharp year-over-year
    # rise in deforestation was confirmed by Imazon, which found a 29% increase" gave the
    # passive verb's subject as the source.
    (
        "invented/deforestation: a passive reporting verb's agent is the source",
        "The steep fall in clearing was confirmed by Imazon, which logged a 41% drop.",
        [("41%", 41, E, P, "%", {"source": "Imazon", "direction": "down"})],
    ),
    # Fourteenth reading (Mauna Loa CO2 copy): "According to measurements from the National
    # Oceanic and Atmospheric Administration" gave the measurements as the source; "up three
    # PPM" in capitals was a count.
    (
        "invented/climate: according to readings from an agency",
        "According to readings from the Met Office, the station logged 38.7C on Tuesday.",
        [("38.7C", 38.7, E, M, "degree_Celsius", {"source": "Met Office"})],
    ),
    (
        "invented/climate: PPM in capitals",
        "Carbon dioxide was up 2.4 PPM on the year.",
        [("2.4 PPM", 2.4, E, M, "ppm")],
    ),
    # Fifteenth reading (Indian court-pendency copy): "between 2 to 5 years" gave a count
    # and a duration; "between 5 to 10 years and more than 10 years" swallowed "and more"
    # and lost the last figure; "As per information available on the web-portal of
    # National Judicial Data Grid" gave the information as the source.
    (
        "invented/court backlog: between A to B years is a range",
        "Some 31% of the cases have been pending for between 3 to 5 years.",
        [
            ("Some 31%", 31, "approximate", P, "%", {"head": "cases"}),
            ("between 3 to 5 years", (3, 5), "range", D, "year"),
        ],
    ),
    (
        "invented/court backlog: 'and more than' opens the next figure",
        "Cases were grouped as pending for 5 to 10 years and more than 10 years.",
        [
            ("5 to 10 years", (5, 10), "range", D, "year"),
            ("more than 10 years", 10, "lower", D, "year"),
        ],
    ),
    (
        "invented/court backlog: 'N years and more than M' keeps M's bound",
        "Some 900 cases were pending for 10 years and more than 300 for a decade.",
        [
            ("Some 900", 900, "approximate", C, None, {"head": "cases"}),
            ("10 years", 10, E, D, "year"),
            ("more than 300", 300, "lower", C, None),
        ],
    ),
    (
        "invented/court backlog: as per information from a body names the body",
        "As per information available from the State Judicial Academy, 2.4 lakh cases are pending.",
        [
            (
                "2.4 lakh",
                240000,
                E,
                C,
                None,
                {"source": "State Judicial Academy", "head": "cases"},
            )
        ],
    ),
    # Sixteenth reading (Nigerian NBS/FRSC road-crash copy): "recorded the highest number of
    # crashes with 1,169" counted "people".
    (
        "invented/road crashes: the highest number of X with N",
        "In 2023 the Northern zone recorded the highest number of crashes with 2,340, ahead of "
        "the Coastal zone with 1,905.",
        [
            ("2,340", 2340, E, C, None, {"head": "crashes"}),
            ("1,905", 1905, E, C, None, {"head": "crashes"}),
        ],
    ),
    # Seventeenth reading (charity-sector reports): "Almost half raise less than £10,000 a
    # year" lost the share (a share before a verb was read only before "were", "are",
    # "have", "had", "said", "say").
    (
        "invented/charity sector: a share as the subject of a present-tense verb",
        "Of the 2,100 foodbanks surveyed, almost half rely on a single paid worker.",
        [
            ("2,100", 2100, E, C, None, {"head": "foodbanks"}),
            ("almost half", 50, "upper", P, "%", {"part_of": 0}),
        ],
    ),
    # A guard for the rule "X rose N% to M" counts X (first reading): a price is no count of
    # shares (the regression texts' "Shares rose 4 percent to 52" took the head "shares").
    (
        "invented/markets guard: shares rose N% to a price",
        "Shares in the water company rose 3% to 118 on Friday.",
        [("3%", 3, E, P, "%"), ("118", 118, E, C, None, {"head": None})],
    ),
    # Guards: forms of these desks that the extractor read right.
    (
        "invented/council tax: a Band D bill, the increase and the rise",
        "Band D households will pay £2,171.45, or £103.41 more than now, after a 4.99% rise.",
        [
            ("£2,171.45", 2171.45, E, MON, "GBP"),
            ("£103.41", 103.41, E, MON, "GBP"),
            ("4.99%", 4.99, E, P, "%"),
        ],
    ),
    (
        "invented/charity appeal: what a gift could pay for",
        "A gift of £12 could pay for a night in the shelter, and £40 for a week of hot meals.",
        [("£12", 12, E, MON, "GBP"), ("£40", 40, E, MON, "GBP")],
    ),
    (
        "invented/charity appeal: raised so far against a target",
        "The appeal has raised £86,500 so far, more than half of its £150,000 target.",
        [
            ("£86,500", 86500, E, MON, "GBP"),
            ("more than half", 50, "lower", P, "%"),
            ("£150,000", 150000, E, MON, "GBP"),
        ],
    ),
    (
        "invented/NHS: a waiting list and a rate in words",
        "Nearly 290,000 patients had waited more than a year for treatment, and 1 in 9 people "
        "in England is on the list.",
        [
            ("Nearly 290,000", 290000, "upper", C, None, {"head": "patients"}),
            # a bound on one unit of time is a duration (session 9, tests/test_devset2_western.py)
            ("more than a year", 1, "lower", D, "year"),
            ("1 in 9", 100 / 9, E, P, "%"),
        ],
    ),
    (
        "invented/NHS: A&E performance against its target",
        "Only 72.1% of patients were seen within four hours, against a target of 95%.",
        [
            ("72.1%", 72.1, E, P, "%", {"head": "patients"}),
            ("four hours", 4, E, D, "hour"),
            ("95%", 95, E, P, "%"),
        ],
    ),
    (
        "invented/courts: an open caseload up from the quarter before",
        "The open caseload was 73,105 at the end of March, up 2% from 71,680 at the end of "
        "December.",
        [
            ("73,105", 73105, E, C, None),
            ("2%", 2, E, P, "%"),
            ("71,680", 71680, E, C, None),
        ],
    ),
    (
        "invented/sea level: centimetres since a year, millimetres a year",
        "Global mean sea level has risen about 10 centimetres since 1993 and is now rising at "
        "4.5 mm a year.",
        [
            ("about 10 centimetres", 10, "approximate", M, "centimeter"),
            ("4.5 mm a year", 4.5, E, M, "millimeter / year"),
        ],
    ),
    (
        "invented/climate: anomalies above two baselines",
        "Last month was 1.52C above the pre-industrial average and 0.68C above the 1991-2020 mean.",
        [
            ("1.52C", 1.52, E, M, "degree_Celsius"),
            ("0.68C", 0.68, E, M, "degree_Celsius"),
        ],
    ),
    (
        "invented/air quality: a concentration, then a multiplier",
        "PM2.5 readings peaked at 212 µg/m³, more than 14 times the WHO guideline.",
        [("212 µg/m³", 212, E, M, "microgram / meter ** 3")],
    ),
    (
        "invented/road casualties: deaths, a fall and the seriously injured",
        "There were 1,624 road deaths last year, 3% fewer than in 2023, and 29,711 people "
        "were seriously injured.",
        [
            ("1,624", 1624, E, C, None, {"head": "deaths"}),
            ("3%", 3, E, P, "%"),
            ("29,711", 29711, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/vaccination: coverage against the herd-immunity level",
        "Coverage of the second dose fell to 84.9%, well below the 95% needed for herd immunity.",
        [("84.9%", 84.9, E, P, "%"), ("95%", 95, E, P, "%")],
    ),
    (
        "invented/teacher shortage: vacancies and councils of a whole",
        "Schools advertised 5,400 vacancies, and 31 of the 150 councils had shortages in physics.",
        [
            ("5,400", 5400, E, C, None, {"head": "vacancies"}),
            ("31", 31, E, C, None, {"head": "councils", "part_of": 2}),
            ("150", 150, E, C, None, {"head": "councils"}),
        ],
    ),
    (
        "invented/wildfires: millions of hectares",
        "Fires burned 2.1 million hectares, an area roughly the size of Wales.",
        [("2.1 million hectares", 2.1e6, E, M, "hectare")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_real_probe_society_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
