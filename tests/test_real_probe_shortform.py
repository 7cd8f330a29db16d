"""Short-form news copy, annotated by hand (session 8, realprobe8d).

Real short-form copy was read through the stored-pages search (none of it is kept here):
title-case headlines and standfirsts of US, UK and Indian sites, Indian market headlines
("Sensex Sheds N Pts; Nifty At ..."), Reuters-style headlines that name their source after
a dash, "Hard Numbers" and "By the numbers" newsletter boxes, live-blog tickers of a
bombing, agency tweets and threads ("1/", "2/"), a radio bulletin script ("News at
Eleven", "[Time: 05s]"), market tickers ("S&P 500 2,761.63 (-1.01%)"), "Top headlines
today" round-ups. Each failure that looked general became invented lines below (own
words, own names and numbers), whose ids say which copy they imitate. The expected rows
were written by hand before the extractor was run on them.

Conventions are those of tests/test_unseen_styles.py: each row is ``(text, value or (low,
high), bound, kind, unit[, extra])``; money is its ISO 4217 code; a source compared as the
scorer compares it (``None``: the report's own voice).

Pass counts (``pytest tests/test_real_probe_shortform.py``): the first batch (cases 1 to
13 below) was written, expected rows first, at the branch point (main at e336ae5), where 27
of its 32 cases failed (the five guards passed, and the id check); every later round was
written and run against the code before its fix, and the comment above it gives its
count. With this branch all pass. Annotations changed after a run, and why, are noted
where they stand (the "0.2 pts" ticker draft, the "10g" base, the one-word places of the
firefighters round).

Left out as open conventions: the base after a price's slash ("/10g") as a figure of its
own; "N points" of a percentage ("↓ 0.2 pts to 3.8%"); the bound of a threshold verb
("Toll Crosses 2,300", "cases top 9,000", "Toll Nears 150": only heads are checked there);
"2 min 30 sec" as one duration or two; an exchange rate ("Rupee Hits Record Low of 84.5
Against Dollar": a count or money); the head of an index level (none or "points"); a
spaced minus in a ticker ("- 2.22%": a sign or a bullet); newsletter labels ("1 big
thing:"); an organisation's age ("Axios turns 5"). Known misses left alone: "Rs" in an
earnings wrap that names neither an Indian place nor a market (PKR by default); the head
"people" that a large count with no noun of its own falls back to ("deliveries ... at
387K"); a series score ("Lead Series 2-1"); a TV script's "3-shot"; "7-Day Average of
1,200" (its head).
"""

from __future__ import annotations

import pytest
from figure_checks import check_figures

E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"
C, P, M, D, X = "count", "percent", "money", "duration", "measure"

CASES = [
    # 1. Title-case headlines capitalise the words of a rate ("Three in Four Parents
    # Worried", "One In Three Children", "Seven Out of 10 Voters"): the second number word,
    # a capital after it, was read as a name ("the Three Gorges") and dropped, and "In" /
    # "Out of" in capitals made no rate; the line gave no figure or two bare counts.
    (
        "invented/headline in title case: N in M in words",
        "Two in Five Renters Fall Behind on Payments",
        [("Two in Five", 40, E, P, "%", {"head": "renters"})],
    ),
    (
        "invented/headline in title case: One In Four, the preposition capitalised",
        "One In Four Nurses Plan to Quit",
        [("One In Four", 25, E, P, "%", {"head": "nurses"})],
    ),
    (
        "invented/headline in title case: N Out of 10",
        "Six Out of 10 Shoppers Cut Back on Treats",
        [("Six Out of 10", 60, E, P, "%", {"head": "shoppers"})],
    ),
    (
        "invented/headline in title case: digits Out Of 10",
        "8 Out Of 10 Councils to Raise Tax",
        [("8 Out Of 10", 80, E, P, "%")],
    ),
    (
        "invented/headline in title case: a qualifier before the rate",
        "Nearly One in Three Pupils Missed School Last Term",
        [("Nearly One in Three", 100 / 3, UP, P, "%")],
    ),
    # 2. "Half a Million", "Quarter of a Million" with the scale capitalised: no figure.
    (
        "invented/headline in title case: Half a Million",
        "Half a Million Households Still Without Power",
        [("Half a Million", 500_000, E, C, None, {"head": "households"})],
    ),
    (
        "invented/headline in title case: Quarter of a Million",
        "Quarter of a Million Flee Fighting in Khartoum",
        [("Quarter of a Million", 250_000, E, C, None)],
    ),
    # 3. A number word after a lower-case preposition of a title-case headline ("Deaths of
    # Two Soldiers Probed", "Search for Four Missing Hikers") was read as a name ending in a
    # number and dropped.
    (
        "invented/headline in title case: of Three Miners",
        "Deaths of Three Miners Investigated",
        [("Three", 3, E, C, None, {"head": "miners"})],
    ),
    (
        "invented/headline in title case: for Four Missing Climbers",
        "Search for Four Missing Climbers Called Off",
        [("Four", 4, E, C, None, {"head": "climbers"})],
    ),
    (
        "invented/headline in title case: for Two Weeks",
        "Rail Strike to Last for Two Weeks",
        [("Two Weeks", 2, E, D, "week")],
    ),
    (
        "invented/guard: a title in running prose keeps its number word a name",
        'She played the lead in "A Tale of Two Cities" at the Lyric last year.',
        [],
    ),
    # 4. An age between commas in a title-case headline ("Man, 45, Held Over Stabbing"):
    # the rule asked for a lower-case word after the second comma, so the age was a count.
    (
        "invented/headline in title case: Grandmother, 81,",
        "Grandmother, 81, Rescued From Flooded Home",
        [],
    ),
    ("invented/headline in title case: Student, 19,", "Student, 19, Jailed for Exam Fraud", []),
    (
        "invented/guard: a count after a person noun and a comma is no age",
        "Soldier, 3 Civilians Killed in Border Shelling",
        [("3", 3, E, C, None, {"head": "civilians"})],
    ),
]

# 5. A change in a headline's present tense or capitals ("Imports Down 3%", "Costs Climb
# 6%", "Jobless Rate Rises to 4.1%") was read as a share of the money or count before it
# (part_of set); "imports fell 3%" in prose was not.
CASES += [
    (
        "invented/headline: Down N% after an amount",
        "Exports Rise 6.2% to $41.3 Bn; Imports Down 3%",
        [
            ("6.2%", 6.2, E, P, "%"),
            ("$41.3 Bn", 41.3e9, E, M, "USD"),
            ("3%", 3, E, P, "%", {"part_of": None}),
        ],
    ),
    (
        "invented/headline: Climb N% after an amount",
        "Sales Hit $4B; Costs Climb 6%",
        [("$4B", 4e9, E, M, "USD"), ("6%", 6, E, P, "%", {"part_of": None})],
    ),
    (
        "invented/headline: Rises to N% after a count",
        "Payrolls Grow by 210,000; Jobless Rate Rises to 4.1%",
        [("210,000", 210_000, E, C, None), ("4.1%", 4.1, E, P, "%", {"part_of": None})],
    ),
    (
        "invented/wire: to fall N% in prose, after a count",
        "Factories shipped 12,000 units in May, and output is forecast to fall 4% in June.",
        [("12,000", 12_000, E, C, None), ("4%", 4, E, P, "%", {"part_of": None})],
    ),
]

# 6. Reuters-style headlines and agency alerts name their source after a dash ("... -
# officials", "... — USGS"): the figure had no source.
CASES += [
    (
        "invented/Reuters-style headline: - officials",
        "Floods cut off 35 villages in Assam - officials",
        [("35", 35, E, C, None, {"source": "officials"})],
    ),
    (
        "invented/Reuters-style headline: - trade ministry",
        "Turkey's exports rise 8.4% in May - trade ministry",
        [("8.4%", 8.4, E, P, "%", {"source": "trade ministry"})],
    ),
    (
        "invented/agency alert: an em dash before the source",
        "Navy intercepts 14 migrant boats off Crete — coastguard",
        [("14", 14, E, C, None, {"source": "coastguard"})],
    ),
    (
        "invented/agency tweet: BREAKING, then an acronym source after a dash",
        "🔴 BREAKING: Magnitude 5.8 quake strikes off Sumatra — USGS",
        [("Magnitude 5.8", 5.8, E, X, "magnitude", {"source": "USGS"})],
    ),
    (
        "invented/guard: a dash before a page label names no source",
        "Wildfire forces 2,000 to flee - in pictures",
        [("2,000", 2000, E, C, None, {"source": None})],
    ),
    (
        "invented/guard: a dash before Live Updates names no source",
        "Sensex ends 400 pts higher - Live Updates",
        [("400", 400, E, C, None, {"source": None})],
    ),
]

# 7. Jobs tickers sign a count that a scale letter ends ("Payrolls +175K"): the "+" read as
# a telephone number's country code, and the figure was dropped.
CASES += [
    (
        "invented/jobs ticker: a signed count with a scale letter",
        "Payrolls +175K in March; jobless rate 4%",
        [("175K", 175_000, E, C, None), ("4%", 4, E, P, "%")],
    ),
]

# 8. Newsroom threads number their posts "1/", "2/" at the line start: with the figures of
# the lines around them they made a "run of numbers" (a pasted table), and every number of
# the thread was dropped.
CASES += [
    (
        "invented/newsroom thread: numbered posts",
        "1/ Death toll from the landslide rises to 1,240\n"
        "2/ 3,800 people remain missing, officials say\n"
        "3/ Rescuers have 72 hours left, experts warn",
        [
            ("1,240", 1240, E, C, None),
            ("3,800", 3800, E, C, None, {"source": "officials"}),
            ("72 hours", 72, E, D, "hour"),
        ],
    ),
]

# 9. A bulletin's name ("the News at Ten", "BBC News at Six") gave a count of 10.
CASES += [
    (
        "invented/broadcast: a bulletin's name",
        "Speaking on the News at Ten, the minister said 300 jobs would go.",
        [("300", 300, E, C, None)],
    ),
]

# 10. Agency alerts and tweets glue "h" to hours ("in past 24h", "a 48h curfew"): no figure.
CASES += [
    (
        "invented/agency alert: hours glued as h",
        "Curfew extended by 48h in Imphal; 6 arrested in past 24h",
        [("48h", 48, E, D, "hour"), ("6", 6, E, C, None), ("24h", 24, E, D, "hour")],
    ),
    (
        "invented/guard: a French clock time with h",
        "Polls open at 7h30 in Dakar.",
        [],
    ),
]

# 11. Indian bullion headlines price gold per ten grams after a slash ("₹71,450/10g"): the
# slash made the price an identifier and it was dropped. (Whether the base after the slash,
# "10g", is a figure of its own is open: the first draft of this case said so; "/oz" has
# no number and a rate's base, "12/100,000", is no figure here. Only the price is checked,
# in test_price_per_quantity_after_a_slash below.)
PRICE_PER_QUANTITY = [
    ("invented/Indian bullion headline: price per 10 grams after a slash",
     "Gold Rises to ₹71,450/10g in Delhi", "₹71,450", 71_450, "INR"),
    ("invented/UK shop copy: price per 100 grams after a slash",
     "Own-brand coffee now costs £1.35/100g", "£1.35", 1.35, "GBP"),
]  # fmt: skip

# 12. Indian headlines put "K" before "crore" ("₹12K Crore", "Rs 5K cr"): the crore was lost.
CASES += [
    (
        "invented/Indian headline: K before Crore",
        "Govt Clears ₹12K Crore Defence Deals",
        [("₹12K Crore", 1.2e11, E, M, "INR")],
    ),
]

# 13. Market tickers put a signed change after an index's name with a number in it ("S&P
# 500 -1.2%"): the minus was lost.
CASES += [
    (
        "invented/market ticker: a signed change after S&P 500",
        "S&P 500 -1.2% | Nasdaq -2.4%",
        [("-1.2%", -1.2, E, P, "%"), ("-2.4%", -2.4, E, P, "%")],
    ),
]


# Second round (earnings wraps, key-facts boxes), written and run against the code before
# its fixes: 3 of 3 failed. 14. An earnings wrap's "14.2% vs 12.7%" gave both shares the
# head "vs". 15. A key-facts label with its year ("Population estimate, 2024:") named
# "Population" as the source of the figure.
CASES += [
    (
        "invented/earnings wrap: a share vs another",
        "Operating margin at 14.2% vs 12.7%; net profit up 9% at ₹412 crore",
        [
            ("14.2%", 14.2, E, P, "%", {"head": None}),
            ("12.7%", 12.7, E, P, "%", {"head": None}),
            ("9%", 9, E, P, "%"),
            ("₹412 crore", 4.12e9, E, M, "INR"),
        ],
    ),
    (
        "invented/key facts box: an estimate's year label",
        "Population estimate, 2024: 5.6 million",
        [("5.6 million", 5.6e6, E, C, None, {"source": None})],
    ),
    (
        "invented/key facts box: a forecast's year label",
        "GDP forecast, 2025: 3.1%",
        [("3.1%", 3.1, E, P, "%", {"source": None})],
    ),
]

# Third round (photo captions and AP quake briefs), written and run against the code
# before its fix: 1 of 1 failed. 16. AP's hyphenated "a magnitude-7.1 quake" read as an
# identifier ("GPT-4") and gave no figure.
CASES += [
    (
        "invented/AP quake brief: magnitude-N hyphenated",
        "A magnitude-6.4 quake shook Crete on Sunday, damaging 30 homes.",
        [("magnitude-6.4", 6.4, E, X, "magnitude"), ("30", 30, E, C, None)],
    ),
]

# Fourth round (newsletter and TV tickers), written and run against the code before its
# fixes: 3 of 3 failed (the second as first drafted; see there). 17. An arrow stands for "up"/"down" ("Gold ▲ $14 to $2,385/oz"):
# the change and the new level were read as a range, and the next change ("Brent ▼ 0.9%")
# as a share of it. 18. "yr" was no time unit ("the 10-yr yield"): a count of "yr".
CASES += [
    (
        "invented/newsletter ticker: arrows before changes",
        "Gold ▲ $14 to $2,385/oz; Brent ▼ 0.9%",
        [
            ("$14", 14, E, M, "USD", {"direction": "up"}),
            ("$2,385", 2385, E, M, "USD"),
            ("0.9%", 0.9, E, P, "%", {"part_of": None, "direction": "down"}),
        ],
    ),
    # (a first draft, "Unemployment ↓ 0.2 pts to 3.8%", was dropped: "N points" of a
    # percentage is an open convention, and I had written "0.2 pts" as the figure's text)
    (
        "invented/TV ticker: an arrow before a share price's change",
        "Shares in Norvane ↑ 7% to €41.20",
        [("7%", 7, E, P, "%", {"direction": "up"}), ("€41.20", 41.2, E, M, "EUR")],
    ),
    (
        "invented/newsletter ticker: yr as a time unit",
        "The 10-yr yield rose to 4.31%.",
        [("10-yr", 10, E, D, "year"), ("4.31%", 4.31, E, P, "%")],
    ),
]

# Fifth round (Indian price headlines), written and run against the code before its fix:
# 2 of 2 failed. 19. A title-case headline capitalises the unit after a price's slash
# ("₹80/Kg", "₹150/Quintal"): the price read as an identifier and was dropped.
CASES += [
    (
        "invented/Indian price headline: /Kg in title case",
        "Tomatoes Sell at ₹80/Kg in Delhi Markets",
        [("₹80", 80, E, M, "INR")],
    ),
    (
        "invented/Indian price headline: /Quintal in title case",
        "Govt Raises MSP for Wheat by ₹150/Quintal",
        [("₹150", 150, E, M, "INR")],
    ),
]

# Sixth round (AP police briefs), written and run against the code before its fix: 1 of 2
# failed (the second is a guard). 21. Names and ages listed with semicolons ("Clifford
# Henry, 22; Jon Jarrell, 23; and ...") gave each age as a count.
CASES += [
    (
        "invented/police brief: names and ages in a semicolon list",
        "Officers charged Dara Quinlan, 24; Tomas Reyes, 31; and Lee Chang, 19, with burglary.",
        [],
    ),
    (
        "invented/guard: places and counts in a semicolon list",
        "New cases by country: Kenya, 14; Uganda, 9; Somalia, 22.",
        [("14", 14, E, C, None), ("9", 9, E, C, None), ("22", 22, E, C, None)],
    ),
]

# Seventh round (radio and TV scripts: radio copy is written in capitals, numbers spelt
# out; slugs carry timing cues), written and run against the code before its fixes: 4 of 5
# failed (the fifth, "NO ONE", is a guard). 22.
# Number words in capitals ("DESTROYED NINE HOMES", "FOUR MILLION DOLLARS", a tabloid's
# "THREE DEAD") gave no figure. 23. A slug's timing cue (":25" after "(VO)") gave a count.
CASES += [
    (
        "invented/radio script in capitals: number words",
        "A BLAZE IN EAST HARLOW DESTROYED NINE HOMES AND FORCED TWO HUNDRED RESIDENTS TO "
        "FLEE. NO ONE WAS HURT.",
        [
            ("NINE", 9, E, C, None, {"head": "homes"}),
            ("TWO HUNDRED", 200, E, C, None, {"head": "residents"}),
        ],
    ),
    (
        "invented/radio script in capitals: money in words",
        "OFFICIALS SAY REPAIRS COULD COST FOUR MILLION DOLLARS.",
        [("FOUR MILLION DOLLARS", 4e6, E, M, "USD")],
    ),
    (
        "invented/tabloid headline in capitals: THREE DEAD",
        "THREE DEAD AFTER BOAT CAPSIZES OFF CORNWALL",
        [("THREE", 3, E, C, None)],
    ),
    ("invented/guard: NO ONE in capitals", "NO ONE WAS HURT IN THE BLAZE.", []),
    (
        "invented/TV script: a timing cue after the slug",
        "FLOODS (VO) :25\n\nRiver levels rose two metres overnight in Dunmore.",
        [("two metres", 2, E, X, "meter")],
    ),
]

# Eighth round (agencies' social posts), written and run against the code before its fix:
# 1 of 1 failed. 24. Posts number their points with keycap emoji ("1\ufe0f\u20e3 12,000
# people displaced"): the keycap's digit gave a count of its own.
CASES += [
    (
        "invented/agency post: keycap emoji numbering",
        "Key figures:\n1\ufe0f\u20e3 12,000 people displaced\n2\ufe0f\u20e3 45 schools closed",
        [
            ("12,000", 12_000, E, C, None, {"head": "people"}),
            ("45", 45, E, C, None, {"head": "schools"}),
        ],
    ),
]

# Ninth round ("at a glance" boxes with cells split by pipes), written and run against the
# code before its fix: 1 of 1 failed. 25. "Deaths: 61 | Injured: 240+ | Missing: ~45": the
# labels after the first were not read (a label opened a line only, and a state such as
# "Injured" is no plural noun), so every cell counted deaths.
CASES += [
    (
        "invented/at-a-glance box: cells split by pipes",
        "Deaths: 61 | Injured: 240+ | Missing: ~45",
        [
            ("61", 61, E, C, None, {"head": "deaths"}),
            ("240+", 240, LO, C, None, {"head": "injured"}),
            ("~45", 45, AP, C, None, {"head": "missing"}),
        ],
    ),
]

# Tenth round (markets newsletters), written and run against the code before its fixes: 2
# of 2 failed. 26. "the jobless rate ticked up to 4.3%" was read as a share of the jobs
# counted before it. 27. A ticker's index level with cents ("S&P 500: 4,105.02") got the
# head "people", the fallback of a large count with no noun: no count of people has cents.
CASES += [
    (
        "invented/newsletter: a rate ticked up to N% after a count",
        "Employers added 88,000 jobs in March, and the jobless rate ticked up to 4.3%.",
        [("88,000", 88_000, E, C, None), ("4.3%", 4.3, E, P, "%", {"part_of": None})],
    ),
    (
        "invented/newsletter ticker: an index level is no count of people",
        "S&P 500: 4,105.02",
        [("4,105.02", 4105.02, E, C, None, {"head": None})],
    ),
]

# Eleventh round (jobs-report headlines), written and run against the code before its fix:
# 1 of 1 failed. 28. "Unemployment At 4.1%" after a count of jobs read as a share of them.
CASES += [
    (
        "invented/jobs headline: Unemployment At N%",
        "US Adds 175K Jobs; Unemployment At 4.1%",
        [("175K", 175_000, E, C, None), ("4.1%", 4.1, E, P, "%", {"part_of": None})],
    ),
]

# Twelfth round (emergency services' posts quoted in live copy), written and run against
# the code before its fix: 2 of 4 failed. 29. A place's firefighters or paramedics as the source lost
# their noun ("According to San Bernardino firefighters" gave "San Bernardino"). My first
# two cases (a one-word place) passed already; the failure needs a two-word place, so two
# more were written, and both failed before the fix.
CASES += [
    (
        "invented/live copy: a two-word town's firefighters as the source",
        "According to Fort Collins firefighters, 9 homes burned overnight.",
        [("9", 9, E, C, None, {"source": "Fort Collins firefighters"})],
    ),
    (
        "invented/live copy: a two-word county's paramedics as the source",
        "According to San Mateo paramedics, 4 people were taken to hospital.",
        [("4", 4, E, C, None, {"source": "San Mateo paramedics"})],
    ),
    (
        "invented/live copy: a town's firefighters as the source",
        "According to Riverside firefighters, 14 homes burned overnight.",
        [("14", 14, E, C, None, {"source": "Riverside firefighters"})],
    ),
    (
        "invented/live copy: a county's paramedics as the source",
        "Dorset paramedics said 6 people were taken to hospital.",
        [("6", 6, E, C, None, {"source": "Dorset paramedics"})],
    ),
]

# Thirteenth round (Reuters-style economic headlines), written and run against the code
# before its fix: 1 of 1 failed. 30. "2.8% yr/yr" gave the percentage the head "yr" (the
# one-letter "y/y" was already shorthand).
CASES += [
    (
        "invented/Reuters-style headline: yr/yr after a percentage",
        "Japan core inflation slows to 2.8% yr/yr in June",
        [("2.8%", 2.8, E, P, "%", {"head": None})],
    ),
]

# Fourteenth round (podcast, video and sports page titles), written and run against the
# code before its fixes: 3 of 4 failed ("Game 7" was a label already). 31. An episode's or a game's number ("Ep 31:", "Game 7") gave a
# count. 32. A title-case headline's second half after a colon ("...: Inside the Relief
# Camps") was read as the source the headline names after a colon ("...: NDMA").
CASES += [
    (
        "invented/podcast title: an episode number is a label",
        "Podcast Ep 31: Why Rents Keep Rising",
        [],
    ),
    ("invented/TV listing: Episode N", "Episode 4 of the drama airs tonight on BBC One.", []),
    (
        "invented/NBA headline: Game 7",
        "Celtics Win Game 7 by 12 Points",
        [("12", 12, E, C, None)],
    ),
    (
        "invented/headline: a colon before a preposition names no source",
        "Floods Force 8,000 From Homes: Inside the Relief Camps",
        [("8,000", 8000, E, C, None, {"source": None})],
    ),
]

# Fifteenth round (UK tabloid headlines), written and run against the code before its fix:
# 1 of 1 failed. 33. "Dad-of-Two, 41, Jailed": the title-case age rule knew only single
# person nouns.
CASES += [
    (
        "invented/UK tabloid headline: Dad-of-Two, 41,",
        "Dad-of-Two, 41, Jailed for Drink-Driving",
        [],
    ),
]

# Sixteenth round (Indian live-blog headlines), written and run against the code before
# its fixes: 4 of 4 failed (this case and the three of HEAD_CASES below; the second of
# those also lost "9,000": "top" before a count was always a rank, "cases top 9,000" too).
# 34. "20 LAKH CRORES" in capitals lost its crores (a count of 20 lakh).
CASES += [
    (
        "invented/Indian headline in capitals: LAKH CRORES",
        "A PACKAGE OF RS 20 LAKH CRORES WAS ANNOUNCED IN DELHI.",
        [("RS 20 LAKH CRORES", 2e13, E, M, "INR")],
    ),
]

# Seventeenth round (newsletter items), written and run against the code before its fix: 1
# of 1 failed. 36. A headline's passive without its auxiliary ("Record 2.9 million
# passengers screened Friday") made the subject holding the figure its own source.
CASES += [
    (
        "invented/newsletter item: the figure inside the subject of an agent verb",
        "Travel: Record 2.9 million passengers screened Friday",
        [("2.9 million", 2.9e6, E, C, None, {"source": None})],
    ),
]

# Eighteenth round (charts' and boxes' credit lines), written and run against the code
# before its fix: 2 of 3 failed (the third is a guard). 37. A graphic or a box names its source on a line of its own ("Source:
# Home Office", "Source: OCHA" under the box): its figures had none. A wire credit under
# an article ("Source: AFP") is the report's own voice and stays so.
CASES += [
    (
        "invented/chart caption: a Source: sentence after the figures",
        "Graphic: Channel crossings fell 12% to 31,000 in 2024. Source: Home Office",
        [
            ("12%", 12, E, P, "%", {"source": "Home Office"}),
            ("31,000", 31_000, E, C, None, {"source": "Home Office"}),
        ],
    ),
    (
        "invented/key facts box: a Source: line under the box",
        "IN NUMBERS\n1.4 million people displaced\n620 schools damaged\n\nSource: OCHA",
        [
            ("1.4 million", 1.4e6, E, C, None, {"source": "OCHA"}),
            ("620", 620, E, C, None, {"source": "OCHA"}),
        ],
    ),
    (
        "invented/guard: a wire credit under a brief names no source",
        "Floodwaters cut off 40 villages in the north on Sunday.\n\nSource: AFP",
        [("40", 40, E, C, None, {"source": None})],
    ),
]

# Nineteenth round (Indian agency alerts), written and run against the code before its
# fix: 1 of 2 failed (the second is a guard). 38. A headline that names a lower-case
# source after its closing colon ("...: officials", "...: police") had none: only
# capitalised names were read there.
CASES += [
    (
        "invented/agency alert: a lower-case source after the closing colon",
        "URGENT | 4 miners trapped after shaft collapse in Jharkhand: officials",
        [("4", 4, E, C, None, {"source": "officials"})],
    ),
    (
        "invented/guard: a lower-case phrase after the closing colon names no source",
        "Exports rise 8% in May: what it means for jobs",
        [("8%", 8, E, P, "%", {"source": None})],
    ),
]

# Twentieth round (retweets quoted in live copy), written and run against the code before
# its fix: 1 of 1 failed. 39. "RT @WFP: ..." repeats the agency's own post: its figures
# had no source.
CASES += [
    (
        "invented/retweet: RT @handle gives the source",
        "RT @WFP: Over 2 million people in Haiti now face acute hunger",
        [("Over 2 million", 2e6, LO, C, None, {"source": "WFP"})],
    ),
]

# A guard for "hit" as a verb of passing a mark (Deaths Hit 1,350): a weapon that hits
# is no subject whose count this is.
CASES += [
    (
        "invented/guard: a weapon that hits is no counted subject",
        "Missiles hit 12 in Odesa overnight",
        [("12", 12, E, C, None, {"head": None})],
    ),
]

# Twenty-first round (photo galleries pasted with their captions), written and run against
# the code before its fix: 1 of 2 failed (the second is a guard). 40. A gallery's counter
# opening a caption or standing alone ("Slide 4 of 18:", "Image 7 of 18") gave two counts.
CASES += [
    (
        "invented/photo gallery: slide counters",
        "Slide 4 of 18: Volunteers stack sandbags along the river in Dhaka.\n\nImage 7 of 18",
        [],
    ),
    (
        "invented/guard: a series' part keeps its total",
        "Part 3 of 5: The long road home",
        [("5", 5, E, C, None)],
    ),
]

# Guards written after the fixes above (they passed before them too): what the dash-source
# and the fact-box rules must leave alone.
CASES += [
    (
        "invented/guard: a byline after a dash names no source",
        "Heatwave grips Delhi as mercury hits 46°C - By Anna Reyes",
        [("46°C", 46, E, X, "degree_Celsius", {"source": None})],
    ),
    (
        "invented/guard: an estimate's owner before the colon stays the source",
        "UN estimate: 400 dead",
        [("400", 400, E, C, None, {"source": "UN"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_short_form_copy(text, expected):
    check_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [c[1:] for c in PRICE_PER_QUANTITY],
    ids=[c[0] for c in PRICE_PER_QUANTITY],
)
def test_price_per_quantity_after_a_slash(text, figure, value, unit):
    from analysis import extract_figures

    rows = extract_figures(text)
    assert rows["text"].tolist()[:1] == [figure], text
    row = rows.iloc[0]
    assert (row["value"], row["kind"], row["unit"]) == (value, "money", unit)


# 20. A headline's toll in the present tense ("Toll Crosses 2,300", "Toll Nears 150"): the
# count's head was "people", not the deaths a toll counts (prose "rose to" gave deaths).
# Only the head is checked: whether "crosses" makes a lower bound is an open convention.
# Written and run against the code before its fix: 2 of 3 failed (the third, "Climbs to",
# passed already).
TOLL_HEADS = [
    ("invented/headline: toll crosses N", "Quake Toll Crosses 2,300 in Morocco", "2,300"),
    ("invented/headline: toll nears N", "Flood Toll Nears 150 in Kenya", "150"),
    ("invented/headline: toll climbs to N", "Death Toll Climbs to 87 After Bus Plunge", "87"),
]


@pytest.mark.parametrize(
    ("text", "figure"), [c[1:] for c in TOLL_HEADS], ids=[c[0] for c in TOLL_HEADS]
)
def test_toll_heads_in_headlines(text, figure):
    from analysis import extract_figures

    rows = extract_figures(text)
    assert rows["text"].tolist() == [figure], text
    assert rows.iloc[0]["head"] == "deaths", text


# 35. Live-blog headlines drop the verb after "toll" ("..., toll 61", "toll at 23") and
# put deaths as a subject ("Global deaths cross 12,000"): the counts took the noun of the
# count before them, or "people". Only heads are checked ("cross", "top": open bounds).
HEAD_CASES = [
    (
        "invented/Indian live-blog headline: toll N",
        "Flu outbreak: Kerala tally rises to 4,120 cases, toll 61",
        [("4,120", "cases"), ("61", "deaths")],
    ),
    (
        "invented/Indian live-blog headline: toll at N",
        "Dengue cases top 9,000 in Delhi, toll at 23",
        [("9,000", "cases"), ("23", "deaths")],
    ),
    (
        "invented/live-blog headline: deaths cross N",
        "Global deaths cross 12,000 as outbreak spreads",
        [("12,000", "deaths")],
    ),
    # (written after the round above, run before its fix: it failed, "people")
    (
        "invented/headline: Deaths Hit N",
        "Heatwave Deaths Hit 1,350 in Karachi",
        [("1,350", "deaths")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in HEAD_CASES], ids=[c[0] for c in HEAD_CASES]
)
def test_heads_in_live_blog_headlines(text, expected):
    from analysis import extract_figures

    rows = extract_figures(text)
    assert list(zip(rows["text"], rows["head"], strict=True)) == expected, text


def test_ids_are_unique():
    ids = [c[0] for c in CASES + PRICE_PER_QUANTITY + TOLL_HEADS + HEAD_CASES]
    assert len(ids) == len(set(ids))
