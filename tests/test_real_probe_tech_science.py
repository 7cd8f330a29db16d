"""Figures in technology and science news, annotated by hand (session 8, realprobe8a).

A helper read real reports of these kinds: AI funding rounds and model launches (valuations,
weekly active users, parameters, tokens, GPUs), chip foundries (process nodes, fab
investments), telecoms speed tests (Mbps, latency), data breaches and ransomware incidents,
spaceflight, climate monitoring (temperature anomalies), biodiversity reports (species and
population counts), COP finance pledges and the energy transition (EV sales, GW). It judged
every row the extractor gave, and wrote each GENERAL failure below as an invented sentence
(own words, own names and numbers; nothing is copied from an article), with the expected
figures written by hand before the extractor was run on it. Ids say which real genre each
case imitates.

Conventions are those of tests/test_unseen_styles.py and tests/figure_checks.py: a range's
value is ``(low, high)``; a duration's unit is the singular time word (milliseconds too); a
measure's unit is pint's name; a multiplier ("46x", "three times more likely") is no figure;
``ANY`` skips a field whose annotation is open.

Cases were written in rounds, each run before its fix. Against the code at the session's start
(e336ae5) 7 of the 63 cases pass (guards, and three the old code already met by other
paths), against main at this branch's last merge 8 (main's own "verb before 'to'" rule
meets "N% plan to"); all 63 pass now. Command:
``PYTHONPATH=<tree> python -m pytest -q tests/test_real_probe_tech_science.py``.

Left out as open conventions (see the branch report): ratings on a scale ("a severity score of
10 out of 10", "rated 9.8 on the CVSS scale"), odds and hazard ratios, a model's size in its
name ("Llama 3.1 405B"), a wind farm named by a number ("Hornsea 3"), a return period ("a
1-in-100-year flood"), an estimate and its uncertainty ("553 ± 202"), a count over its total
in brackets ("(1165/2007)").
"""

from __future__ import annotations

import pytest
from figure_checks import check_figures

E, AP, LO, UP, R = "exact", "approximate", "lower", "upper", "range"
C, P, M, D, MS = "count", "percent", "money", "duration", "measure"

# (id, sentence, [(text, value or (low, high), bound, kind, unit[, extra fields])])
CASES = [
    # Speed-test and network copy gives latency in milliseconds ("33.34 ms", "a 12ms
    # ping"): "ms" was a counted noun, glued it was no figure at all; "milliseconds" spelt
    # out was a count of milliseconds.
    (
        "invented/telecoms: latency in ms, spaced and glued",
        "Median latency on the operator's network fell to 27 ms in the third quarter, "
        "from 41ms a year earlier.",
        [("27 ms", 27, E, D, "millisecond"), ("41ms", 41, E, D, "millisecond")],
    ),
    (
        "invented/science desk: milliseconds and microseconds spelt out",
        "Each burst lasted about 300 milliseconds, and the clock was off by 5 microseconds.",
        [
            ("about 300 milliseconds", 300, AP, D, "millisecond"),
            ("5 microseconds", 5, E, D, "microsecond"),
        ],
    ),
    (
        "invented/guard: MS patients stay a count",
        "Some 1,500 MS patients joined the trial.",
        [("Some 1,500", 1500, AP, C, None, {"head": "patients"})],
    ),
    # AI copy writes a trillion as a glued "T" ("30T tokens"), as it writes "500B
    # parameters": the "T" figure was dropped.
    (
        "invented/AI desk: a glued T for trillion before a plural noun",
        "The lab trained the model on 18T tokens of text and code.",
        [("18T", 18e12, E, C, None, {"head": "tokens"})],
    ),
    # Chip copy: "1nm-class (10 angstroms)" gave a count of angstroms.
    (
        "invented/chips: angstroms",
        "The gates in the new process are just 14 angstroms wide.",
        [("14 angstroms", 14, E, MS, "angstrom")],
    ),
    # Survey write-ups: "Approximately N% of respondents with X reported ...": the noun
    # after "with" was taken as the one who reported; the share's own people report.
    (
        "invented/survey: a share of subscribers with a plan said",
        "About 40% of subscribers with a family plan said they would switch providers.",
        [("About 40%", 40, AP, P, "%", {"source": None, "head": "subscribers"})],
    ),
    (
        "invented/survey: a share of gamers with a console reported",
        "Nearly 30% of gamers with a console reported playing online every day.",
        [("Nearly 30%", 30, UP, P, "%", {"source": None, "head": "gamers"})],
    ),
    # "a 175 billion parameter LLM" (spaced, as "a 70-billion-parameter model" is
    # hyphenated) counts parameters; the head was the model, or the word after it.
    (
        "invented/AI desk: a spaced N billion parameter model counts parameters",
        "The start-up released a 405 billion parameter model last month.",
        [("405 billion", 405e9, E, C, None, {"head": "parameter"})],
    ),
    (
        "invented/AI desk: a spaced N trillion parameter system using chips",
        "It trained a 1.2 trillion parameter system using 4,096 chips.",
        [
            ("1.2 trillion", 1.2e12, E, C, None, {"head": "parameter"}),
            ("4,096", 4096, E, C, None, {"head": "chips"}),
        ],
    ),
    (
        "invented/wire: a spaced N member panel opening the sentence",
        "A 12 member panel will review the bids.",
        [("12", 12, E, C, None, {"head": "member"})],
    ),
    # "an eight figure ransom demand": a size written in digits' count, as "a six-figure
    # sum" (no figure) is; spaced, it was a count of 8.
    (
        "invented/cyber: an eight figure ransom is no figure",
        "The gang demanded an eight figure ransom from the retailer.",
        [],
    ),
    (
        "invented/business: a seven figure salary, spaced",
        "She left for a seven figure salary at a rival bank.",
        [],
    ),
    # Biodiversity copy reaches back before 1800: "species discovered from 1758 to 1767"
    # was a range count (of people).
    (
        "invented/biodiversity: an eighteenth-century year span is no figure",
        "Some 12 percent of the beetles described from 1761 to 1790 are now extinct.",
        [("Some 12 percent", 12, AP, P, "%", {"head": "beetles"})],
    ),
    # "Records from 1880 to 2020 show 412 floods": the end year was the source.
    (
        "invented/climate records: a year in the subject is no source",
        "Records from 1900 to 2020 show 318 major floods on the river.",
        [("318", 318, E, C, None, {"source": ("Records", None), "head": "floods"})],
    ),
    # "5,495 mammal, bird, fish, amphibian, and reptile species": singular modifiers
    # listed before one noun; the first was the head.
    (
        "invented/biodiversity: two singular modifiers joined before species",
        "The team surveyed 1,200 bird and mammal species in the park.",
        [("1,200", 1200, E, C, None, {"head": "species"})],
    ),
    (
        "invented/biodiversity: a list of singular modifiers before species",
        "Scientists tracked 2,310 frog, lizard, snake and turtle species.",
        [("2,310", 2310, E, C, None, {"head": "species"})],
    ),
    # "48% plan to cut jobs": "plan" was the share's noun. (Written expecting no head; main's
    # rule of this session, a verb before "to" ends the noun phrase, fixed it first, and the
    # opener "Of the firms polled," now names the share's whole, as its convention has it.)
    (
        "invented/business survey: N% plan to",
        "Of the firms polled, 45% plan to raise prices this year.",
        [("45%", 45, E, P, "%", {"head": "firms"})],
    ),
    # "Assessment of 14,152 populations ... from around the world reveals": the world was
    # the source.
    (
        "invented/wildlife report: the world is no source",
        "Analysis of 9,800 populations from around the world reveals a 61 per cent fall.",
        [
            ("9,800", 9800, E, C, None, {"source": ("Analysis", None)}),
            ("61 per cent", 61, E, P, "%", {"source": ("Analysis", None)}),
        ],
    ),
    # Market-research copy: "its shipment total improved from 20.2 million to 29.9 million"
    # was one range; "improved" is a change as "rose" is, so two levels.
    (
        "invented/market research: improved from A to B is a change",
        "Tablet shipments improved from 31.4 million to 36.8 million in the quarter.",
        [("31.4 million", 31.4e6, E, C, None), ("36.8 million", 36.8e6, E, C, None)],
    ),
    (
        "invented/telecoms: upload speeds slowed from A to B",
        "Median upload speeds slowed from 18.2 Mbps to 15.6 Mbps during the period.",
        [
            ("18.2 Mbps", 18.2, E, MS, "megabit / second"),
            ("15.6 Mbps", 15.6, E, MS, "megabit / second"),
        ],
    ),
    # Spaceflight copy: "lifted off from Space Launch Complex 40" gave a count of 40.
    (
        "invented/spaceflight: a launch complex and a pad are names",
        "The rocket left Launch Complex 16 at dawn, a week after a launch from Pad 7 carried "
        "24 satellites.",
        [("24", 24, E, C, None, {"head": "satellites"})],
    ),
    # AI-regulation copy writes compute as a power of ten ("10^26 operations", "3.8 x 10^25
    # FLOPs"): the 10 was one count and the exponent another.
    (
        "invented/AI policy: a power of ten with a caret",
        "The rules apply to models trained with more than 10^26 operations.",
        [("more than 10^26", 1e26, LO, C, None, {"head": "operations"})],
    ),
    (
        "invented/AI desk: a mantissa times a power of ten",
        "Its largest run used roughly 2.1 x 10^24 FLOPs, the paper says.",
        [("roughly 2.1 x 10^24", 2.1e24, AP, C, None)],
    ),
    # EV and energy copy: "Sales of heat pumps tripled to 3.3 million", with no noun after
    # the level, fell back to a count of people.
    (
        "invented/energy: sales of X in a place doubled to N",
        "Sales of induction hobs in Britain doubled to 410,000 last year.",
        [("410,000", 410000, E, C, None, {"head": "hobs"})],
    ),
    (
        "invented/phones: shipments of X rose to N",
        "Shipments of foldable phones rose to 17.9 million in 2024.",
        [("17.9 million", 17.9e6, E, C, None, {"head": "phones"})],
    ),
    # Astronomy copy: "about 10 billion times fainter than the star" was a count of times.
    (
        "invented/astronomy: N billion times fainter is a multiplier",
        "The companion glows about 2 billion times fainter than its host star.",
        [],
    ),
    (
        "invented/astronomy: N times younger is a multiplier",
        "The cluster is roughly 40 times younger than the Sun.",
        [],
    ),
    # Data-centre water copy: "one 500-millilitre bottle" was a count of millilitres.
    (
        "invented/data centres: a singular millilitre as an adjective",
        "Each reply uses a 250-millilitre glass of water.",
        [("250-millilitre", 250, E, MS, "milliliter")],
    ),
    # Cyber and industry copy: "the ransomware gang LockBit 3.0 claimed ..." gave a count of
    # 3.0; a ".0" after a name is its version.
    (
        "invented/cyber: a ransomware strain's version",
        "Affiliates of BlackCat 2.0 hit 340 firms last year.",
        [("340", 340, E, C, None, {"head": "firms"})],
    ),
    (
        "invented/business: Industry 4.0",
        "Some 40% of factories have adopted Industry 4.0, the survey found.",
        [("Some 40%", 40, AP, P, "%")],
    ),
    # Research write-ups: "were at a third lower risk of death" gave no figure; "melting 70
    # percent faster than" made "faster" the share's noun.
    (
        "invented/research: a third lower risk",
        "Adults who slept seven hours had a third lower risk of stroke, the study found.",
        [
            ("seven hours", 7, E, D, "hour"),
            ("a third", 100 / 3, E, P, "%", {"direction": "down"}),
        ],
    ),
    (
        "invented/chips: a quarter less power",
        "The new server chip draws a quarter less power than its predecessor.",
        [("a quarter", 25, E, P, "%")],
    ),
    (
        "invented/climate: N percent faster has no noun",
        "Glaciers in the range are thinning 40 percent faster than in the 1990s.",
        [("40 percent", 40, E, P, "%", {"head": None})],
    ),
    # Chip-capacity outlooks: "Taiwan's share is expected to slip 1% to 21%" was a range of
    # 1-21%; "Intel's Fab 52" a count of 52.
    (
        "invented/chips: a share expected to slip N% to M%",
        "Japan's share of the market is expected to slip 2% to 13% by 2027.",
        [("2%", 2, E, P, "%"), ("13%", 13, E, P, "%")],
    ),
    (
        "invented/chips: a share edging lower N% to M%",
        "Europe's share is projected to edge lower 1% to 7% over the period.",
        [("1%", 1, E, P, "%"), ("7%", 7, E, P, "%")],
    ),
    (
        "invented/guard: a range of changes with close ends",
        "Analysts expect prices to rise 10% to 15% next year.",
        [("10% to 15%", (10, 15), R, P, "%")],
    ),
    (
        "invented/chips: a fab named by its number",
        "Samsung's Fab 9 will start 35,000 wafers a month.",
        [("35,000", 35000, E, C, None, {"head": "wafers"})],
    ),
    # Data-breach copy: "A notice sent to the Maine Attorney General says that 35.8 million
    # people were impacted": the recipient was the source.
    (
        "invented/data breach: a notice sent to an attorney general says",
        "A notice sent to the Vermont Attorney General says 2.4 million customers were affected.",
        [
            (
                "2.4 million",
                2.4e6,
                E,
                C,
                None,
                {"source": ("A notice sent to the Vermont Attorney General", None)},
            )
        ],
    ),
    (
        "invented/data breach: a letter sent to customers said",
        "A letter sent to account holders said 84,000 accounts were accessed.",
        [
            (
                "84,000",
                84000,
                E,
                C,
                None,
                {"source": ("A letter sent to account holders", None), "head": "accounts"},
            )
        ],
    ),
    # DDoS copy: "peaked at 3.8 Tbps" was a count of 3.8 with "tbps" its noun.
    (
        "invented/cyber: a DDoS peak in Tbps",
        "The flood of traffic peaked at 5.1 Tbps, the firm said.",
        [("5.1 Tbps", 5.1, E, MS, "terabit / second")],
    ),
    (
        "invented/telecoms: kbps in lower case",
        "Some rural lines still run at 256 kbps.",
        [("256 kbps", 256, E, MS, "kilobit / second")],
    ),
    # Ransomware copy: "the gang claims to have stolen 1.2 terabytes" had no source ("claims"
    # after a common noun was read as the noun).
    (
        "invented/ransomware: a group claims to have stolen",
        "The ransomware group claims to have stolen 2.3 terabytes of files from the insurer.",
        [
            (
                "2.3 terabytes",
                2.3,
                E,
                MS,
                "terabyte",
                {"source": "The ransomware group", "hedged": True},
            )
        ],
    ),
    # Spaceflight copy: "The Voyager 1 probe is more than 24 billion km from Earth" gave a
    # count of 1 probe.
    (
        "invented/spaceflight: a probe named by its number",
        "The Pioneer 10 probe is now about 13 billion km away.",
        [("about 13 billion km", 13e9, AP, MS, "kilometer")],
    ),
    (
        "invented/spaceflight: a crewed mission named by its number",
        "Shenzhou 19 docked with the station carrying three astronauts.",
        [("three", 3, E, C, None, {"head": "astronauts"})],
    ),
    # AI-hardware copy: "a cluster of 100,000 H100s" made "h" the noun.
    (
        "invented/AI hardware: a chip's code in the plural is the noun",
        "The lab's new cluster links 32,000 B200s across its campus.",
        [("32,000", 32000, E, C, None, {"head": "b200s"})],
    ),
    # Microplastics copy: "microplastics >4.7 μm", "nanoplastics less than one micrometer"
    # were counts (no micrometres); a title-case headline's "100 Times More Plastic" a count
    # of times; "2.5 microns or smaller" an exact figure.
    (
        "invented/microplastics: micrometres with the Greek mu and spelt out",
        "The filter caught fragments above 20 μm, and nanoplastics under one micrometre slipped through.",
        [
            ("above 20 μm", 20, LO, MS, "micrometer"),
            ("under one micrometre", 1, UP, MS, "micrometer"),
        ],
    ),
    (
        "invented/headline: N Times More in title case is a multiplier",
        "Tap Water Holds 20 Times More Particles Than Expected",
        [],
    ),
    (
        "invented/air quality: N microns or smaller is an upper bound",
        "The sensor counts particles 10 microns or smaller.",
        [("10 microns or smaller", 10, UP, MS, "micrometer")],
    ),
    # Funding copy: "The deal values Scale AI at about $29 billion": the deal was the source.
    (
        "invented/funding: a deal that values a company is no source",
        "The investment values the Berlin start-up at roughly €4 billion.",
        [("roughly €4 billion", 4e9, AP, M, "EUR", {"source": None})],
    ),
    (
        "invented/guard: a publisher that values a club is the source",
        "Forbes values the club at $5.1 billion.",
        [("$5.1 billion", 5.1e9, E, M, "USD", {"source": "Forbes"})],
    ),
    # Telecoms copy: "MTN Nigeria's subscriber base grew to 80.9 million" fell back to people.
    (
        "invented/telecoms: a subscriber base grew to N",
        "The operator's subscriber base grew to 41.2 million in the quarter.",
        [("41.2 million", 41.2e6, E, C, None, {"head": "subscribers"})],
    ),
    (
        "invented/apps: a user base of N",
        "The messaging app now has a user base of 650 million.",
        [("650 million", 650e6, E, C, None, {"head": "users"})],
    ),
    # Wildlife reports: "a significant decline in white rhinos from 8,968 in 2013 to 4,116"
    # fell back to people; "Shocking statistics reveal" made "Shocking" the source.
    (
        "invented/wildlife: a decline in X from A to B",
        "Surveys show a steep decline in mountain hares from 6,200 in 2012 to 2,900 in 2022.",
        [
            ("6,200", 6200, E, C, None, {"head": "hares"}),
            ("2,900", 2900, E, C, None, {"head": "hares"}),
        ],
    ),
    (
        "invented/science desk: an adjective of judgement owns no figures",
        "Alarming new figures show that 45% of the reef has bleached.",
        [("45%", 45, E, P, "%", {"source": ("Alarming new figures", None)})],
    ),
    # Breach-cost copy: "a 6.4 percent increase from the 2017 report" read "report" as the
    # verb and "the 2017" as its source.
    (
        "invented/breach costs: the year of a report is no source",
        "Recovery now costs $2.7 million on average, a 9.1 percent rise from the 2022 report.",
        [
            ("$2.7 million", 2.7e6, E, M, "USD", {"source": None}),
            ("9.1 percent", 9.1, E, P, "%", {"source": None}),
        ],
    ),
    # Supercomputer rankings: "reaching 1102 petaFlops (1.102 exaFlops)" in mixed case gave
    # two counts, the second read as 1,102.
    (
        "invented/supercomputers: petaFlops and exaFlops in mixed case",
        "The new machine reached 1353 petaFlops (1.353 exaFlops) in the benchmark.",
        [
            ("1353 petaFlops", 1353, E, MS, "petaflops"),
            ("1.353 exaFlops", 1.353, E, MS, "exaflops"),
        ],
    ),
    # Quantum-computing copy: "would take a supercomputer 10 septillion years" gave a count of
    # 10 years; "cooled to 15 millikelvin" a count of 15.
    (
        "invented/quantum: a septillion",
        "The same task would keep a classical machine busy for 3 septillion years.",
        [("3 septillion years", 3e24, E, D, "year")],
    ),
    (
        "invented/quantum: millikelvin",
        "The chip sits in a fridge held at 10 millikelvin.",
        [("10 millikelvin", 10, E, MS, "millikelvin")],
    ),
    # EV-registration copy: "with UK EV registrations 19,000 more than March of 2024" fell
    # back to people.
    (
        "invented/EV sales: with X N more than a year earlier",
        "It was a record month, with heat pump installations 4,300 higher than a year earlier.",
        [("4,300", 4300, E, C, None, {"head": "installations"})],
    ),
    (
        "invented/AI hardware: a chip's code in the plural before a comma",
        "Only three labs own more than 100,000 H200s, analysts say.",
        [
            ("three", 3, E, C, None, {"head": "labs"}),
            ("more than 100,000", 100000, LO, C, None, {"head": "h200s"}),
        ],
    ),
    (
        "invented/ransomware: a gang claims to have",
        "The gang claims to have leaked 640,000 patient records.",
        [("640,000", 640000, E, C, None, {"source": "The gang", "hedged": True})],
    ),
    # Glacier and water copy: "the glacier lost 1.2 km3 of ice" gave a count of 1.2 "km";
    # "a 45m3 skip" was 45 million.
    (
        "invented/glaciers: cubic kilometres abbreviated and spelt out",
        "The ice cap lost 2.4 km3 of ice last summer, or 19 cubic kilometres since 2010.",
        [
            ("2.4 km3", 2.4, E, MS, "kilometer ** 3"),
            ("19 cubic kilometres", 19, E, MS, "kilometer ** 3"),
        ],
    ),
    (
        "invented/water: cubic metres glued",
        "Each household tank holds 12m3 of rainwater.",
        [("12m3", 12, E, MS, "meter ** 3")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_real_probe_tech_science_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected, abs_tol=1e-6)
