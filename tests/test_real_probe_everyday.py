"""Everyday and consumer copy, annotated by hand: property and rents, food features, shop and
fuel prices, farming, fitness, obituaries and weather features.

Session 6 read real reports through the stored-pages search (none is kept here): Rightmove
asking-price copy in regional and national papers, house-price, rental and listing reports
in square feet (Zumper, RentCafe, Redfin, RE/MAX write-ups), RAC Fuel Watch petrol and diesel
copy, AAA gas-price copy, ONS shopping-basket and food-inflation copy, Freddie Mac mortgage
copy, farm-press harvest and yield reports (UK and US, tonnes per hectare and bushels per
acre), livestock-mart reports, Caribbean tourism statistics, US TV-station and wire
heat-wave and snow-storm forecasts, AP "Obituaries in the News", business and football
obituaries, newspaper recipes, running and fitness features (steps, calories). No real
sentence is stored here: every sentence below was invented for this table, with the
construction of a failure seen in the real copy and other names and numbers; the id names
the desk it imitates. The expected rows were written by hand before the extractor was run
on the sentence. Conventions are those of ``tests/test_unseen_styles.py``: a range's value
is ``(low, high)``, money is its ISO code, a measure its pint name, a percentage "%", a
count ``None``; ``part_of`` is the index of the whole among the sentence's figures. Ages
are no figures ("He was 84.", "died aged just 31", "The father-of-three, 42,"), nor are
house types ("a three-bed semi", "a two-car garage"), labels ("Flat 3", "a size 8 dress",
"gas mark 6") or a shop's offers ("buy one get one free").

Pass counts (``pytest tests/test_real_probe_everyday.py``, the table copied beside each
``analysis`` tree): of the 87 cases, 18 pass with the branch point's code (01aefa1), all
guards written for forms of these desks that already worked (named "guard" in their ids,
plus "She was 5 when" and the first "three states" sentence, which were written to catch a
failure and did not reproduce it); 21 with main at 23:00 UTC without this branch (3c84619:
main's own fixes of "over" before a measure and of glued hours cover three cases); 87 with
this branch. Each batch was written and run before its fix: the first batch was 8 of 36.
Two annotations were corrected after a run, each said so in its comment (a measure takes
its "per week"; a determiner "One valley" left out of a sentence).

Left out as open conventions: temperatures as decades ("highs in the 90s", "the mid-30s": a
range of degrees or no figure); "a foot of snow", "a penny less" (a unit or coin as one);
snowfall tables with inch marks ('22.0"'); "rated 4.5 out of 5" (a score or a share);
"the mother of two" (a count of children); "over 2 feet" of a wall's height and other
"over" readings beyond main's rule. Known misses left alone: recipe fractions without a
whole number ("½ cup", "1/2 tsp", "2 1/2 cups": read since session 7, cases in
tests/test_unseen_styles.py), "225 g/ 8 oz" (a spaced gram before a
slash), "6ft 4in" (one height in two units; since session 7 read
as its two parts, as race times are), "where you'll get 868" (an elided unit taken
from the money before it), "30-year fixed-rate mortgage" (a product's term read as a
duration), "was 79." after a long subject (an age or a count, by the subject).
"""

from __future__ import annotations

import pytest
from figure_checks import check_figures

E, C, P, M, D, MON = "exact", "count", "percent", "measure", "duration", "money"

# (id, text, [(text, value or (low, high), bound, kind, unit[, extra fields])])
CASES = [
    # A yield over an area written with a slash ("9.9 tonnes/hectare", "9.3t/ha", seen in
    # UK farm-press harvest copy) was dropped whole: a slash after a measure was read as an
    # identifier's unless a time followed it.
    (
        "invented/farm weekly: a yield per hectare written with a slash",
        "Winter barley averaged 8.7 tonnes/ha on the estate, against 7.9 tonnes/ha last season.",
        [
            ("8.7 tonnes/ha", 8.7, E, M, "metric_ton / hectare"),
            ("7.9 tonnes/ha", 7.9, E, M, "metric_ton / hectare"),
        ],
    ),
    (
        "invented/agronomy column: t/ha and kg/ha glued to the number",
        "The trial plots yielded 11.2t/ha after 180kg/ha of nitrogen.",
        [
            ("11.2t/ha", 11.2, E, M, "metric_ton / hectare"),
            ("180kg/ha", 180, E, M, "kilogram / hectare"),
        ],
    ),
    (
        "invented/US crop report: tons/acre and tonnes/hectare spelt out",
        "Growers cut 4.1 tons/acre of hay, about 9.2 tonnes/hectare.",
        [
            ("4.1 tons/acre", 4.1, E, M, "ton / acre"),
            ("about 9.2 tonnes/hectare", 9.2, "approximate", M, "metric_ton / hectare"),
        ],
    ),
    # Floor areas as an adjective ("an 1,103-square-foot apartment", seen in US rental
    # reports) vanished, and "a 1,029 square foot apartment" was a count of apartments.
    (
        "invented/US property listing: a hyphenated square-foot adjective",
        "The couple bought a 2,850-square-foot colonial for $615,000.",
        [
            ("2,850-square-foot", 2850, E, M, "foot ** 2"),
            ("$615,000", 615000, E, MON, "USD"),
        ],
    ),
    (
        "invented/rental report: a spaced singular square foot before the noun",
        "That budget now rents a 940 square foot apartment in Denver.",
        [("940 square foot", 940, E, M, "foot ** 2")],
    ),
    (
        "invented/UK property: sq-ft and a square-metre adjective",
        "The 1,150-sq-ft flat was listed at £425,000, beside a 60-square-metre studio.",
        [
            ("1,150-sq-ft", 1150, E, M, "foot ** 2"),
            ("£425,000", 425000, E, MON, "GBP"),
            ("60-square-metre", 60, E, M, "meter ** 2"),
        ],
    ),
    (
        "invented/property: 75m2 is square metres, not 75 million",
        "The 75m2 flat sold for €410,000.",
        [("75m2", 75, E, M, "meter ** 2"), ("€410,000", 410000, E, MON, "EUR")],
    ),
    (
        "invented/US listing: a two-car garage is a type",
        "The ranch has a two-car garage and sold for $530,000.",
        [("$530,000", 530000, E, MON, "USD")],
    ),
    (
        "invented/traffic: a three-car crash counts cars (guard for the rule above)",
        "A three-car crash closed the road for 4 hours.",
        [("three-car", 3, E, C, None), ("4 hours", 4, E, D, "hour")],
    ),
    (
        "invented/office rents: a price per square foot (guard)",
        "Prime offices in the district let for £95 per square foot last year.",
        [("£95", 95, E, MON, "GBP")],
    ),
    # A bare degree sign ("tapping 90°", "Preheat oven to 180°", US weather and recipe copy)
    # gave a count.
    (
        "invented/US weather: a bare degree sign",
        "Highs will reach 94° on Thursday before storms cool the city to 78°.",
        [("94°", 94, E, M, "degree"), ("78°", 78, E, M, "degree")],
    ),
    (
        "invented/recipe feature: an oven temperature with a bare degree sign",
        "Bake the loaf at 220° for 35 minutes.",
        [("220°", 220, E, M, "degree"), ("35 minutes", 35, E, D, "minute")],
    ),
    # Wire obituaries close the death's sentence with the age: "died Saturday. He was 89."
    (
        "invented/AP obituary: 'He was N.' after the death is an age",
        "Ronald Pike, a jazz trumpeter who recorded 30 albums, died Tuesday in Memphis. He was 84.",
        [("30", 30, E, C, None, {"head": "albums"})],
    ),
    (
        "invented/obituary: 'She was N,' before a tally is an age",
        "She was 79, and had written 14 novels.",
        [("14", 14, E, C, None, {"head": "novels"})],
    ),
    # Profile and court copy: "The father-of-three, 42,", "now 91", "who turns 100 next week"
    (
        "invented/court copy: 'The father-of-three, 42,' is an age",
        "The father-of-three, 42, from Hull, was fined £1,500.",
        [("£1,500", 1500, E, MON, "GBP")],
    ),
    (
        "invented/profile: 'now 91' between commas is an age",
        "The former teacher, now 91, has 23 great-grandchildren.",
        [("23", 23, E, C, None)],
    ),
    (
        "invented/local news: 'who turns 100 next week' is an age",
        "Edna Marsh, who turns 100 next week, has knitted 500 blankets.",
        [("500", 500, E, C, None, {"head": "blankets"})],
    ),
    (
        "invented/engineering: 'turns 90 degrees' is a measure (guard)",
        "The arm turns 90 degrees in 2 seconds.",
        [("90 degrees", 90, E, M, "degree"), ("2 seconds", 2, E, D, "second")],
    ),
    (
        "invented/obituary: 'died at 87 in' is an age",
        "The painter died at 87 in Lisbon, leaving 300 canvases.",
        [("300", 300, E, C, None, {"head": "canvases"})],
    ),
    (
        "invented/obituary: 'passed away at 91 on' is an age",
        "He passed away at 91 on Sunday, leaving 12 grandchildren.",
        [("12", 12, E, C, None, {"head": "grandchildren"})],
    ),
    (
        "invented/obituary: ', who was 92,' is an age",
        "The actor, who was 92, made 140 films.",
        [("140", 140, E, C, None, {"head": "films"})],
    ),
    (
        "invented/profile: 'He is 54 and' is an age",
        "He is 54 and has run 61 marathons.",
        [("61", 61, E, C, None, {"head": "marathons"})],
    ),
    (
        "invented/profile: 'She was 5 when' is an age",
        "She was 5 when her family moved 3,000 miles to Toronto.",
        [("3,000 miles", 3000, E, M, "mile")],
    ),
    (
        "invented/football obituary: aged just N",
        "The winger, who died aged just 31, scored 58 goals in 210 games.",
        [
            ("58", 58, E, C, None, {"head": "goals"}),
            ("210", 210, E, C, None, {"head": "games"}),
        ],
    ),
    (
        "invented/obituary: career tallies beside 'died aged' (guard)",
        "Pearson wrote 40 books and presented 300 episodes before he died aged 87.",
        [
            ("40", 40, E, C, None, {"head": "books"}),
            ("300", 300, E, C, None, {"head": "episodes"}),
        ],
    ),
    # "612 games over 18 seasons": "over" after a tally and before spans of time is during
    (
        "invented/sports obituary: 'N appearances over M seasons' is during",
        "He made 412 appearances over 15 seasons at the club.",
        [
            ("412", 412, E, C, None, {"head": "appearances"}),
            ("15", 15, E, C, None, {"head": "seasons"}),
        ],
    ),
    (
        "invented/sport: 'spent over 20 seasons' is more than (guard for the rule above)",
        "The club has spent over 20 seasons in the top flight.",
        [("over 20", 20, "lower", C, None, {"head": "seasons"})],
    ),
    # A band's name in title case after "The" ("a vocal group called The Four Preps")
    (
        "invented/music obituary: a band named The Four ... is a name",
        "In 1956 he joined a group called The Four Preps and later toured with them for 12 years.",
        [("12 years", 12, E, D, "year")],
    ),
    (
        "invented/headline in title case: The Four Men ... still counts (guard)",
        "The Four Men Who Changed Football",
        [("Four", 4, E, C, None, {"head": "men"})],
    ),
    # Goals in games, then the same for the country with the nouns left out: "31 in 75" is
    # two tallies, not a rate of one in so many.
    (
        "invented/sports obituary: 'N in M' after a tally of goals in games",
        "He scored 143 goals in 301 games for the club and 12 in 41 for Wales.",
        [
            ("143", 143, E, C, None, {"head": "goals"}),
            ("301", 301, E, C, None, {"head": "games"}),
            ("12", 12, E, C, None),
            ("41", 41, E, C, None),
        ],
    ),
    (
        "invented/health survey: 'three in 10' stays a rate (guard)",
        "Three in 10 adults walk fewer than 5,000 steps a day.",
        [
            ("Three in 10", 30, E, P, "%"),
            ("fewer than 5,000", 5000, "upper", C, None, {"head": "steps"}),
        ],
    ),
    # A temperature above or below a record or a norm ("0.3C above the old record", UK
    # heat-wave copy) had no direction: "above" counted only with "than"
    (
        "invented/heat-wave copy: degrees above a record and a norm",
        "Heathrow hit 34.1C, 0.4C above the June record, and nights were 6 degrees above normal.",
        [
            ("34.1C", 34.1, E, M, "degree_Celsius"),
            ("0.4C", 0.4, E, M, "degree_Celsius", {"direction": "up"}),
            ("6 degrees", 6, E, M, "degree", {"direction": "up"}),
        ],
    ),
    # Cooking units in food features: spoons, cups of, pints and quarts.
    (
        "invented/recipe in a food feature: spoons",
        "Whisk 2 tbsp of honey with 1 tsp of mustard and 3 tablespoons of cider vinegar.",
        [
            ("2 tbsp", 2, E, M, "tablespoon"),
            ("1 tsp", 1, E, M, "teaspoon"),
            ("3 tablespoons", 3, E, M, "tablespoon"),
        ],
    ),
    (
        "invented/recipe: cups of flour and milk",
        "Stir in 1.5 cups of flour and 2 cups of milk.",
        [("1.5 cups", 1.5, E, M, "cup"), ("2 cups", 2, E, M, "cup")],
    ),
    (
        "invented/sport: a club's cups are trophies (guard)",
        "The club has won four cups in five years.",
        [
            ("four", 4, E, C, None, {"head": "cups"}),
            ("five years", 5, E, D, "year"),
        ],
    ),
    (
        "invented/shopping basket: pints of milk",
        "Four pints of milk now cost £1.95 at the corner shop.",
        [("Four pints", 4, E, M, "pint"), ("£1.95", 1.95, E, MON, "GBP")],
    ),
    # ONS shopping-basket copy: "up from £2.76 to £3.00 in six months" made "£3.00 in six"
    # a rate of 50%; "up by one fifth", "almost one sixth" were counts of one.
    (
        "invented/shopping basket: an amount 'in six months' is no rate",
        "A jar of coffee went from £4.10 to £5.00 in six months.",
        [
            ("£4.10", 4.1, E, MON, "GBP"),
            ("£5.00", 5.0, E, MON, "GBP"),
            ("six months", 6, E, D, "month"),
        ],
    ),
    (
        "invented/shopping basket: up by one fifth, almost one sixth",
        "Cheese is up by one fifth and butter has risen almost one sixth.",
        [
            ("one fifth", 20, E, P, "%", {"direction": "up"}),
            ("almost one sixth", 100 / 6, "upper", P, "%", {"direction": "up"}),
        ],
    ),
    (
        "invented/running feature: miles a week written with a slash",
        "She logged 40 miles/wk before the race.",
        [("40 miles", 40, E, M, "mile")],
    ),
    # Shop offers: "buy one get one free", "a 2-for-1 deal" count nothing
    (
        "invented/retail copy: buy one get one free",
        "Stores will offer buy one get one free on 300 lines.",
        [("300", 300, E, C, None, {"head": "lines"})],
    ),
    (
        "invented/retail copy: a 3-for-2 deal",
        "The chain ran a 3-for-2 deal on books at 450 branches.",
        [("450", 450, E, C, None, {"head": "branches"})],
    ),
    (
        "invented/basketball: '6-for-21' shooting stays two tallies (guard)",
        "Jones went 6-for-21 from the field.",
        [("6", 6, E, C, None), ("21", 21, E, C, None)],
    ),
    # Prices by the dozen and the hundredweight (egg-price and livestock copy): "a dozen"
    # after a price was a count of twelve, "$80/cwt" was dropped as an identifier, and
    # "3 dozen" gave 3 and 12
    (
        "invented/food prices: eggs at so much a dozen",
        "Eggs hit $4.95 a dozen in March, against 40p per dozen in 1990.",
        [("$4.95", 4.95, E, MON, "USD"), ("40p", 0.4, E, MON, "GBP")],
    ),
    (
        "invented/market stall: N dozen is N times twelve",
        "The stall sold 3 dozen eggs and 2 dozen rolls.",
        [
            ("3 dozen", 36, E, C, None, {"head": "eggs"}),
            ("2 dozen", 24, E, C, None, {"head": "rolls"}),
        ],
    ),
    (
        "invented/US livestock prices: dollars per hundredweight with a slash",
        "Hogs fetched $82/cwt and feeder calves $265/cwt.",
        [("$82", 82, E, MON, "USD"), ("$265", 265, E, MON, "USD")],
    ),
    # Movement verbs of consumer copy: "went up 3p", "has gone up", "shot up over 50%",
    # "prices dipped by 0.4%" (fuel and housing copy) had no direction.
    (
        "invented/fuel prices: 'went up' and 'gone up' by pence",
        "Petrol went up 4p a litre in June, and diesel has gone up 6p since May.",
        [
            ("4p", 0.04, E, MON, "GBP", {"direction": "up"}),
            ("6p", 0.06, E, MON, "GBP", {"direction": "up"}),
        ],
    ),
    (
        "invented/rents: 'shot up' and 'dipped'",
        "Rents in the city shot up 9.5% last year, while house prices dipped 1.2%.",
        [
            ("9.5%", 9.5, E, P, "%", {"direction": "up"}),
            ("1.2%", 1.2, E, P, "%", {"direction": "down"}),
        ],
    ),
    (
        "invented/shopping basket: 'went down' by pence",
        "The price of a loaf went down 3p to £1.42.",
        [
            ("3p", 0.03, E, MON, "GBP", {"direction": "down"}),
            ("£1.42", 1.42, E, MON, "GBP"),
        ],
    ),
    # US housing-market copy: "levels down nearly 19%", "25 days longer than 176 days",
    # "a 3.9% uptick" had no direction
    (
        "invented/housing report: listings down nearly N%",
        "Active listings stood at levels down nearly 14% from a year ago.",
        [("nearly 14%", 14, "upper", P, "%", {"direction": "down"})],
    ),
    (
        "invented/industry copy: 'shut down N%' is no fall (guard for the rule above)",
        "The plant shut down 40% of its capacity.",
        [("40%", 40, E, P, "%", {"direction": None})],
    ),
    (
        "invented/housing report: N days longer than",
        "Homes took 48 days to sell, 9 days longer than a year earlier.",
        [
            ("48 days", 48, E, D, "day"),
            ("9 days", 9, E, D, "day", {"direction": "up"}),
        ],
    ),
    (
        "invented/housing report: a 3.9% uptick",
        "Inventory saw a 3.9% uptick in May.",
        [("3.9%", 3.9, E, P, "%", {"direction": "up"})],
    ),
    # "the council tax rise of 4.99%", "a rent hike of 8.5%": a noun before the change noun
    (
        "invented/council copy: a tax rise of N%",
        "The council tax rise of 4.99% takes the Band D bill to £2,171.",
        [
            ("4.99%", 4.99, E, P, "%", {"direction": "up"}),
            ("£2,171", 2171, E, MON, "GBP"),
        ],
    ),
    (
        "invented/rental copy: a rent hike of N%",
        "Tenants face a rent hike of 8.5% in April.",
        [("8.5%", 8.5, E, P, "%", {"direction": "up"})],
    ),
    (
        "invented/rental report: risen by an average of £N a month",
        "Rents have risen by an average of £135 a month since 2021.",
        [("£135", 135, E, MON, "GBP", {"direction": "up"})],
    ),
    # House types abbreviated by estate agents ("a three-bed semi-detached house").
    (
        "invented/estate agent copy: three-bed and four-bed are house types",
        "A three-bed semi in the town now sells for £310,000, and a four-bed detached for "
        "£455,000.",
        [("£310,000", 310000, E, MON, "GBP"), ("£455,000", 455000, E, MON, "GBP")],
    ),
    (
        "invented/US listing: two-bath and three-bedroomed are types",
        "A two-bed, two-bath condo listed at $489,000 beside a three-bedroomed villa.",
        [("$489,000", 489000, E, MON, "USD")],
    ),
    (
        "invented/health copy: a small ward's beds still count (guard for the rule above)",
        "The clinic added a 6-bed ward last winter.",
        [("6-bed", 6, E, C, None)],
    ),
    # Pence per litre written "ppl" in UK fuel copy ("a reduction of 46.55ppl") was dropped.
    (
        "invented/motoring: pence per litre written ppl",
        "Supermarkets cut diesel by 4.5ppl on Monday, after a 12ppl rise in March.",
        [
            ("4.5ppl", 0.045, E, MON, "GBP", {"direction": "down"}),
            ("12ppl", 0.12, E, MON, "GBP", {"direction": "up"}),
        ],
    ),
    # "N cents more than one week ago" (AAA fuel copy): a comparison of the cents with the
    # week before, not a lower bound on "one week".
    (
        "invented/AAA fuel copy: cents more than a week ago",
        "Regular gas averaged $3.41 a gallon, six cents more than one week ago.",
        [
            ("$3.41", 3.41, E, MON, "USD"),
            ("six cents", 0.06, E, MON, "USD", {"direction": "up"}),
            ("one week", 1, E, D, "week"),
        ],
    ),
    # "over" before a measure after a verb of being or reaching ("an area saw over 2 feet",
    # snow-storm wire copy) lost its bound: "over" before a measure was read as "across"
    # unless "for", "of" or "in" stood before it.
    (
        "invented/snowstorm wire: 'saw over N feet' is at least",
        # (first written "One valley saw ...": a determiner "one", an open convention, is
        # left out by starting with "The")
        "The valley saw over 3 feet of snow, and the summit is over 10 feet deep in drifts.",
        [
            ("over 3 feet", 3, "lower", M, "foot"),
            ("over 10 feet", 10, "lower", M, "foot"),
        ],
    ),
    (
        "invented/property: 'is over N square metres' is at least",
        "The penthouse is over 240 square metres and was valued at €3.1m.",
        [
            ("over 240 square metres", 240, "lower", M, "meter ** 2"),
            ("€3.1m", 3.1e6, E, MON, "EUR"),
        ],
    ),
    (
        "invented/wildfire copy: 'spread over N hectares' stays where (guard)",
        "The blaze spread over 450 hectares of scrub.",
        [("450 hectares", 450, E, M, "hectare")],
    ),
    # "a quarter million" (outage copy), as "a half-million" already was
    (
        "invented/US outage copy: a quarter million customers",
        "The storm left a quarter million customers without power.",
        [("a quarter million", 250000, E, C, None, {"head": "customers"})],
    ),
    # "N head of cattle" (farm and livestock-mart copy) counted "head"
    (
        "invented/farm copy: head of cattle counts the cattle",
        "The dairy milks 320 head of cattle and sold 2.4 million litres of milk last year.",
        [
            ("320", 320, E, C, None, {"head": "cattle"}),
            ("2.4 million litres", 2.4e6, E, M, "liter"),
        ],
    ),
    # "in the three states." read "states" as a reporting verb whose subject was "seven
    # locations" (grocery-chain obituary copy)
    (
        "invented/retail copy: 'the three states' is no speech",
        # (first written "The chain has 12 stores in the three states.", which passed before:
        # the failure needs the real copy's "There are N ..." opening; kept as a guard)
        "The chain has 12 stores in the three states.",
        [
            ("12", 12, E, C, None, {"head": "stores", "source": None}),
            ("three", 3, E, C, None, {"head": "states", "source": None}),
        ],
    ),
    (
        "invented/retail copy: 'There are nine branches in the two states' is no speech",
        "There are nine branches in the two states.",
        [
            ("nine", 9, E, C, None, {"head": "branches", "source": None}),
            ("two", 2, E, C, None, {"head": "states", "source": None}),
        ],
    ),
    # Regional dollars in island tourism copy ("around CI$325 million" was a count of
    # visitors: the letters before "$" hid the sign)
    (
        "invented/Caribbean tourism: CI$ and J$ are local dollars",
        "Visitors spent around CI$310 million, while Jamaica earned J$95 billion.",
        [
            ("around CI$310 million", 310e6, "approximate", MON, "KYD"),
            ("J$95 billion", 95e9, E, MON, "JMD"),
        ],
    ),
    # "Visitor numbers rose to 3.4 million" (tourism copy) counted "numbers"
    (
        "invented/tourism copy: passenger numbers count passengers",
        "Passenger numbers fell from 28 million in 2019 to 19 million in 2021.",
        [
            ("28 million", 28e6, E, C, None, {"head": "passengers"}),
            ("19 million", 19e6, E, C, None, {"head": "passengers"}),
        ],
    ),
    # Labels of homes, clothes and ovens ("Apartment 4B" was four billion people)
    (
        "invented/fashion feature: a dress size is a label",
        "The actress, who wears a size 8 dress, sold 40 gowns at auction.",
        [("40", 40, E, C, None, {"head": "gowns"})],
    ),
    (
        "invented/court copy: a flat's number is a label",
        "Police found 12 phones in Flat 3 and Apartment 4B.",
        [("12", 12, E, C, None, {"head": "phones"})],
    ),
    (
        "invented/recipe: gas mark is an oven setting",
        "Roast at 200C, gas mark 6, for 50 minutes.",
        [("200C", 200, E, M, "degree_Celsius"), ("50 minutes", 50, E, D, "minute")],
    ),
    (
        "invented/newspaper recipe: the oven line '220C (200C fan)/gas 7'",
        "Heat the oven to 220C (200C fan)/gas 7 and bake for 25 minutes.",
        [
            ("220C", 220, E, M, "degree_Celsius"),
            ("200C", 200, E, M, "degree_Celsius"),
            ("25 minutes", 25, E, D, "minute"),
        ],
    ),
    # "near" before an amount (US weather and market copy: "temperatures near 100 degrees")
    (
        "invented/US weather: 'near' before a temperature is approximate",
        "Highs near 100 degrees are expected in Phoenix on Friday.",
        [("near 100 degrees", 100, "approximate", M, "degree")],
    ),
    (
        "invented/markets: 'near' before a price is approximate",
        "Oil traded near $82 a barrel on Tuesday.",
        [("near $82", 82, "approximate", MON, "USD")],
    ),
    # "a five-and-a-half-year deal" (football transfer and obituary copy) vanished, and
    # "a 5 and a half year deal" was a count of five.
    (
        "invented/transfer news: a hyphenated five-and-a-half-year contract",
        "The defender signed a five-and-a-half-year contract worth £90,000 a week.",
        [
            ("five-and-a-half-year", 5.5, E, D, "year"),
            ("£90,000", 90000, E, MON, "GBP"),
        ],
    ),
    (
        "invented/transfer news: 'N and a half year' in digits",
        "He agreed a 3 and a half year deal in January.",
        [("3 and a half year", 3.5, E, D, "year")],
    ),
    # A year shortened with an apostrophe before a noun ("a '62 movie", obituary copy).
    (
        "invented/film obituary: the '62 remake is a year",
        "She starred in the '62 remake and won two Emmys.",
        [("two", 2, E, C, None, {"head": "emmys"})],
    ),
    (
        "invented/UK court copy: an opening single quote before a count (guard)",
        "'62 people were hurt in the crash,' the officer said.",
        [("62", 62, E, C, None, {"head": "people"})],
    ),
    # A unit written once for a list whose last member has "even" before it ("climb 30, 35
    # and even 40 degrees higher", US weather copy).
    (
        "invented/US weather: a unit written once for a list closed by 'and even'",
        "Temperatures will be 20, 25 and even 30 degrees above normal.",
        [
            ("20", 20, E, M, "degree"),
            ("25", 25, E, M, "degree"),
            ("30 degrees", 30, E, M, "degree"),
        ],
    ),
    # Pounds lost or gained in a fitness feature are weight, not sterling.
    (
        "invented/fitness column: pounds lost are a weight",
        "Dieters on the plan lost 8 pounds over six weeks.",
        [("8 pounds", 8, E, M, "pound"), ("six weeks", 6, E, D, "week")],
    ),
    (
        "invented/fitness column: a range of pounds to lose",
        "Aim to lose 1 to 2 pounds per week.",
        # first annotated "1 to 2 pounds" in "pound": the table's convention (a measure takes
        # its "per week", as "3,500 calories a week" does) was missed; corrected after the run
        [("1 to 2 pounds per week", (1, 2), "range", M, "pound / week")],
    ),
    (
        "invented/diet feature: stone is a weight",
        "She lost 6 stone in 14 months.",
        [("6 stone", 6, E, M, "stone"), ("14 months", 14, E, D, "month")],
    ),
    (
        "invented/running feature: hours glued as hr",
        "He finished in 3hr 41min, 20 minutes inside his target.",
        [
            ("3hr", 3, E, D, "hour"),
            ("41min", 41, E, D, "minute"),
            ("20 minutes", 20, E, D, "minute"),
        ],
    ),
    (
        "invented/fitness: steps and calories (guard)",
        "Walking 10,000 steps burns about 400 calories.",
        [
            ("10,000", 10000, E, C, None, {"head": "steps"}),
            ("about 400 calories", 400, "approximate", M, "kilocalorie"),
        ],
    ),
    (
        "invented/weather feature: 'in his 70s' is an age, inches of snow a figure (guard)",
        "A man in his 70s was rescued after 3 inches of snow fell overnight.",
        [("3 inches", 3, E, M, "inch")],
    ),
    (
        "invented/travel feature: an age, a road's number and miles (guard)",
        "The 54-year-old drove Route 66 for 2,400 miles.",
        [("2,400 miles", 2400, E, M, "mile")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_real_probe_everyday_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
