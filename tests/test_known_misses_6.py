"""Known misses of session 5 and politics, parliament and court copy, annotated by hand
(session 6, realprobe6e).

Two sources of cases. First the constructions session 5's helpers reported and did not
fix (closing-5.md, "Known misses"): a thousands group split at a line break ("12,\\n000"),
a list of sources cut to its last item ("police, hospital and mortuary staff said"), a
count as its own source ("reported by 12 states"), the "people" default for a singular
subject ("Burglary was down 7% to 366,718"), an elided head after "the number of X ...
passing N", and "officials" as a source. Then forms read in real politics, parliament,
court and poll copy (vote tallies, majorities, seats, turnout, bail, fines, sentences,
margins of error), probed with the search tool and judged by eye. Every sentence below
is invented (own words, own names and numbers; nothing is copied from an article); its
id names the style it imitates and the miss it belongs to. The expected values were
written by hand before the extractor was run on the sentence.

Conventions are those of tests/test_unseen_styles.py and tests/test_sources_heads.py: a
range's value is ``(low, high)``; a count's unit is ``None``; ``source`` is compared as
the scorer compares it; ``part_of`` is the index of the whole's row; ``ANY`` skips an
open field. Decisions taken here (each from an existing convention):

- A list of speakers before one reporting verb is one source, the whole list ("Police,
  hospital and mortuary staff"), as "the fullest name that occurs in the text" asks.
- A noun phrase led by a count in digits or a large number word is no source, as the
  code already held for subjects ("5,000 people said", "Forty-two countries recorded
  outbreaks"): "reported by 12 states", "reported by 30 jurisdictions" and "according to
  41 countries" name none, for the count itself or any other figure. ("Two officials
  from Kunar province", tests/test_real_probe_layout.py, stays a source: a small count
  of people speaking.)
- "officials said" gives the source "officials" (tests/test_sources_heads.py).
- A vote tally "voted 330 to 231" is two counts (tests/test_unseen_styles.py, "votes
  to"); their heads are open (votes, MPs or none) and left ``ANY``.
- A singular subject that names a kind of offence ("Burglary", "Vehicle crime") heads
  the count it is said to reach, lowercase as written ("burglary", "crime").

Pass counts, each round run before its fixes: the first round (the known misses and the
first politics and poll forms, 33 cases, 2 texts without figures and the id check) passed
9 of 36 tests; the later rounds, each written after the fixes before it: round 2 (court
sentences, 6 tests) 1 of 6; round 3 (election analysis) 1 of 3; round 4 (rupees before the
amount) 0 of 2; round 5 (tallies written low first) 1 of 3; round 6 (approval ratings) 1 of
5; round 7 (tally to tally, "claims" as a noun) 1 of 4; round 8 (party systems) 1 of 3;
round 9 (counted so far) 1 of 2; round 10 (margins that look like years) 1 of 3; round 11
(the subject of a change by a count) 0 of 3; round 12 (Malaysian "bil", "mil", "RM") 0 of
3; round 13 (kinds: three-pronged, two-tier, four-way) 0 of 3; round 14 ("while" ends a
list of parts) 0 of 1; round 15 (passives with "often", "now") 2 of 5; round 16 (bodies
in a list of speakers) 0 of 2. The whole table, 84 tests, against the code this branch
started from (01aefa1): 18 pass; against main at 23:23 UTC (b21cecc): 22; with this
branch: 84. Corrections of my first annotation are marked where they stand (a source first written
"Organisers", a count-led source first written "30 jurisdictions", a participle
"exceeding" replaced by "surpassing").

Left out as open conventions: the heads of vote tallies ("voted 341 to 212": votes, MPs or
none) and of "288 voting in favour" (the elided MPs, or none); a ward-by-ward result line
("Conservative: 388 [47.8%]": the share is of all votes, not of the 388); "up to 65.1 per
cent" after a change ("an increase of 3.7 points up to 65.1 per cent": a bound or the new
level); a range of durations in two units ("between 14 days and two years"); "just over
half of one per cent" (a fraction of a percent in words).
"""

from __future__ import annotations

import pytest
from figure_checks import ANY, check_figures

from analysis import extract_figures

E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"
C, P, M, D, MS = "count", "percent", "money", "duration", "measure"

# (id, text, [(text, value or (low, high), bound, kind, unit[, extra fields])])
CASES = [
    # 1. A thousands group split at a line break of hard-wrapped copy: the next line goes
    # on with exactly three digits, so the number is read whole.
    (
        "invented/wrapped wire, miss 1: a group split after its comma",
        "Organisers of the march through the capital said about 12,\n000 people took part, "
        "though police put the crowd far lower.",
        # the source was first annotated "Organisers"; the tables give the fullest phrase
        # ("Relief officials in Sindh"), so either is accepted
        [
            (
                "about 12,\n000",
                12000,
                AP,
                C,
                None,
                {
                    "head": "people",
                    "source": ("Organisers", "Organisers of the march through the capital"),
                },
            )
        ],
    ),
    (
        "invented/wrapped wire, miss 1: money split after its first group",
        "The compensation fund has so far paid out a total of £4,\n250,000 to the families "
        "of the victims.",
        [("£4,\n250,000", 4250000, E, M, "GBP")],
    ),
    (
        "invented/wrapped wire, miss 1: two digits after the break make a list, not a group",
        "Turnout in the three wards counted first was 41,\n38 and 44 per cent respectively.",
        [
            ("three", 3, E, C, None),
            ("41", 41, E, P, "%"),
            ("38", 38, E, P, "%"),
            ("44 per cent", 44, E, P, "%"),
        ],
    ),
    (
        "invented/wrapped wire, miss 1: a year before the comma is no group",
        "Deportation flights resumed in the spring of 2019,\n300 people being removed in the "
        "first month.",
        [("300", 300, E, C, None, {"head": "people"})],
    ),
    # 2. A list of speakers before one reporting verb is one source.
    (
        "invented/wire, miss 2: police, hospital and mortuary staff said",
        "Police, hospital and mortuary staff said 14 people died in the crush at the stadium.",
        [("14", 14, E, C, None, {"source": "Police, hospital and mortuary staff"})],
    ),
    (
        "invented/wire, miss 2: rescue workers and local officials said",
        "Rescue workers and local officials said 31 bodies had been pulled from the mud.",
        [("31", 31, E, C, None, {"source": "Rescue workers and local officials"})],
    ),
    (
        "invented/wire, miss 2: CNN and other outlets reported",
        "Bail was set at $2 million, CNN and other outlets reported on Tuesday.",
        [("$2 million", 2e6, E, M, "USD", {"source": "CNN and other outlets"})],
    ),
    (
        "invented/wire, miss 2: a clause joined by and is no list of speakers",
        "The storm flattened villages along the coast and officials said 12 people died.",
        [("12", 12, E, C, None, {"source": "officials"})],
    ),
    (
        "invented/wire, miss 2: two clauses, each with its own speaker",
        "Doctors said 30 people were hurt and police said 12 were arrested.",
        [
            ("30", 30, E, C, None, {"source": "Doctors"}),
            ("12", 12, E, C, None, {"source": "police"}),
        ],
    ),
    # 3. A count is never its own source.
    (
        "invented/US health, miss 3: reported by N states",
        "Measles cases have been reported by 12 states this year.",
        [("12", 12, E, C, None, {"head": "states", "source": None})],
    ),
    (
        "invented/US health, miss 3: a count of bodies is no source of the count they report",
        # first annotated "30 jurisdictions"; the tables' convention (a count-led subject,
        # "5,000 people said", "Forty-two countries recorded", names no source) says None
        "A total of 1,046 cases were reported by 30 jurisdictions.",
        [
            ("1,046", 1046, E, C, None, {"head": "cases", "source": None}),
            ("30", 30, E, C, None, {"head": "jurisdictions", "source": None}),
        ],
    ),
    (
        "invented/treaty, miss 3: according to N countries",
        "According to 41 countries that answered the survey, 7,300 people were trafficked.",
        [
            ("41", 41, E, C, None, {"source": None}),
            ("7,300", 7300, E, C, None, {"head": "people"}),
        ],
    ),
    # 4. A singular subject naming an offence heads the count it reaches.
    (
        "invented/UK crime statistics, miss 4: burglary was down N% to M",
        "Burglary was down 7% to 312,904 in the year to March.",
        [
            ("7%", 7, E, P, "%", {"direction": "down"}),
            ("312,904", 312904, E, C, None, {"head": "burglary"}),
        ],
    ),
    (
        "invented/UK crime statistics, miss 4: shoplifting rose N% to M",
        "Shoplifting rose 12% to 402,660, the highest since records began.",
        [
            ("12%", 12, E, P, "%"),
            ("402,660", 402660, E, C, None, {"head": "shoplifting"}),
        ],
    ),
    (
        "invented/UK crime statistics, miss 4: vehicle crime reached M",
        "Vehicle crime reached 128,300, police figures show.",
        [("128,300", 128300, E, C, None, {"head": "crime"})],
    ),
    (
        "invented/UK crime statistics, miss 4: robbery was up N% to M",
        "Robbery was up 9% to 76,410.",
        [("9%", 9, E, P, "%"), ("76,410", 76410, E, C, None, {"head": "robbery"})],
    ),
    (
        "invented/migration statistics, miss 4: a plural subject up N% to M",
        "Arrivals were up 14% to 81,250 over the summer.",
        [("14%", 14, E, P, "%"), ("81,250", 81250, E, C, None, {"head": "arrivals"})],
    ),
    # 5. "The number of X ... passing N": X is the head, not an earlier noun.
    (
        "invented/tax agency, miss 5: with the number of X passing N",
        "Families filed more returns than ever, with the number of returns submitted online "
        "passing 1.2 million.",
        [("1.2 million", 1.2e6, E, C, None, {"head": "returns"})],
    ),
    (
        "invented/asylum, miss 5: the number of X ... climbed, topping N",
        "The number of claims lodged by families in January climbed sharply, topping 9,000.",
        [("9,000", 9000, E, C, None, {"head": "claims"})],
    ),
    (
        "invented/visas, miss 5: the number of X ... rose, surpassing N",
        # first written with "exceeding", which the qualifier table reads as "more than"
        # (a lower bound): an open reading of a participle of passing, so replaced
        "The number of visas issued to students and their relatives rose again, surpassing "
        "600,000.",
        [("600,000", 600000, E, C, None, {"head": "visas"})],
    ),
    # 6. "officials said" is a source (the tables' convention; no fix needed).
    (
        "invented/wire, miss 6: officials said",
        "Officials said 40 people were hurt when the stand collapsed.",
        [("40", 40, E, C, None, {"source": "Officials", "head": "people"})],
    ),
    # --- politics, parliament and polls (forms read in real copy) ------------------------
    (
        "invented/UK parliament: voted A to B, a majority of C",
        "MPs voted 341 to 212 to approve the bill at its third reading, a majority of 129.",
        [
            ("341", 341, E, C, None, None),
            ("212", 212, E, C, None, None),
            ("129", 129, E, C, None),
        ],
    ),
    (
        "invented/US Senate: a day name after a tally is no head",
        "The Senate voted 53-46 Thursday to confirm the nominee.",
        [("53", 53, E, C, None), ("46", 46, E, C, None, {"head": None})],
    ),
    (
        "invented/UK parliament: a plural acronym then a verb",
        "The prime minister saw 41 MPs defy the whip on the amendment.",
        [("41", 41, E, C, None, {"head": "mps"})],
    ),
    (
        "invented/UK local paper: two of the N Labour MPs",
        "Hughes and Patel were two of the 23 Labour MPs to back the government's plan.",
        [
            ("two", 2, E, C, None, {"head": "mps", "part_of": 1}),
            ("23", 23, E, C, None, {"head": "mps"}),
        ],
    ),
    (
        "invented/US poll: registered voters is no reporting verb",
        "The survey gives Lopez a 51 percent to 45 percent lead over Hart among registered voters.",
        [
            ("51 percent", 51, E, P, "%", {"source": None}),
            ("45 percent", 45, E, P, "%", {"source": None}),
        ],
    ),
    (
        "invented/US poll: a margin of error in percentage points is no share of the sample",
        "The poll of 1,150 likely voters has a margin of error of plus or minus 2.8 "
        "percentage points.",
        [
            ("1,150", 1150, E, C, None, {"head": "voters"}),
            ("2.8 percentage points", 2.8, E, P, ANY, {"part_of": None}),
        ],
    ),
    (
        "invented/US poll: a margin of error in points",
        "The survey of 980 adults, including 870 registered voters, has a margin of error of "
        "3 points.",
        [
            ("980", 980, E, C, None, {"head": "adults"}),
            ("870", 870, E, C, None, {"head": "voters", "part_of": 0}),
            ("3", 3, E, C, None, {"part_of": None}),
        ],
    ),
    (
        "invented/US poll: shares after an N-point lead are no parts of it",
        "Rivera holds a three-point edge over Cole, 48% to 45%, among likely voters.",
        [
            ("three-point", 3, E, C, None, None),
            ("48%", 48, E, P, "%", {"part_of": None}),
            ("45%", 45, E, P, "%", {"part_of": None}),
        ],
    ),
    (
        "invented/wire poll: according to a poll released on a day",
        "Nguyen has a 4-point lead over Bell, according to a Channel 9/Metro Research poll "
        "released on Sunday.",
        [
            (
                "4-point",
                4,
                E,
                C,
                None,
                {"source": "Channel 9/Metro Research"},
            )
        ],
    ),
    (
        "invented/Indian election copy: seats, a majority mark and turnout",
        "The alliance won 291 of the 543 seats, clearing the 272 majority mark, on a turnout "
        "of 65.8 per cent.",
        [
            ("291", 291, E, C, None, {"head": "seats", "part_of": 1}),
            ("543", 543, E, C, None, {"head": "seats"}),
            ("272", 272, E, C, None, None),
            ("65.8 per cent", 65.8, E, P, "%"),
        ],
    ),
    # --- courts: sentences, fines, costs, bail ------------------------------------------
    (
        "invented/UK court: jailed, fined, costs and a surcharge",
        "Magistrates fined Reid £620, ordered him to pay £85 costs and a victim surcharge of "
        "£248, and banned him from driving for 18 months.",
        [
            ("£620", 620, E, M, "GBP"),
            ("£85", 85, E, M, "GBP"),
            ("£248", 248, E, M, "GBP"),
            ("18 months", 18, E, D, "month"),
        ],
    ),
    (
        "invented/US court: held on bail raised from A to B",
        "A judge raised Moreno's bail from $250,000 to $1.5 million after a second charge was "
        "added.",
        [
            ("$250,000", 250000, E, M, "USD"),
            ("$1.5 million", 1.5e6, E, M, "USD"),
        ],
    ),
]

# Round 2 (forms read in real court and corruption copy), written before it was run.
CASES += [
    (
        "invented/Russian wire: a spaced vulgar fraction of years",
        "A regional court sentenced the former mayor to 8 ½ years in a penal colony on Tuesday.",
        [("8 ½ years", 8.5, E, D, "year")],
    ),
    (
        "invented/UK court: a hyphenated and-a-half in words",
        "She was jailed for three-and-a-half years at Leeds Crown Court.",
        [("three-and-a-half years", 3.5, E, D, "year")],
    ),
    (
        "invented/Indian court: terms ranging from words to words",
        "The judge handed the 11 accused terms ranging from two-and-a-half to six years.",
        [
            ("11", 11, E, C, None),
            ("from two-and-a-half to six years", (2.5, 6), R, D, "year"),
        ],
    ),
    (
        "invented/Russian wire: a report by a body submitted to parliament",
        "Recorded bribery cases rose by 18 percent last year, according to a report by the "
        "Audit Chamber submitted to the Duma in March.",
        [("18 percent", 18, E, P, "%", {"source": "the Audit Chamber"})],
    ),
]

# Round 3 (forms read in real UK election analysis), written before it was run.
CASES += [
    (
        "invented/UK election analysis: by a bounded change, then the new level",
        "The Greens lifted their vote by almost 420,000 to 1.9 million.",
        [
            ("almost 420,000", 420000, UP, C, None, {"direction": "up"}),
            ("1.9 million", 1.9e6, E, C, None),
        ],
    ),
    (
        "invented/union figures: by about N to M",
        "Union membership grew by about 31,000 to 412,000 last year.",
        [("about 31,000", 31000, AP, C, None), ("412,000", 412000, E, C, None)],
    ),
    (
        "invented/transport: a range after by about stays a range",
        "Fares will rise by about 4 to 6 per cent in January.",
        [("about 4 to 6 per cent", (4, 6), R, P, "%")],
    ),
]

# Round 4 (forms read in real Indian court copy), written before it was run.
CASES += [
    (
        "invented/Indian court copy: rupees written before the amount",
        "The magistrate in Bihar fined him rupees 25,000 and jailed him for two years.",
        [("rupees 25,000", 25000, E, M, "INR"), ("two years", 2, E, D, "year")],
    ),
    (
        "invented/Pakistani court copy: Rupees before an amount in words",
        "An anti-terrorism court in Karachi also ordered each convict to pay Rupees one lakh "
        "in compensation.",
        [("Rupees one lakh", 100000, E, M, "PKR")],
    ),
]

# Round 5 (tallies read in real US Senate copy), written before it was run.
CASES += [
    (
        "invented/US Senate: a motion fails by a tally written low first",
        "The amendment failed 47-53 in the Senate.",
        [("47", 47, E, C, None), ("53", 53, E, C, None)],
    ),
    (
        "invented/UK parliament: a motion rejected by a tally written low first",
        "MPs rejected the motion 198-305 on Wednesday.",
        [("198", 198, E, C, None), ("305", 305, E, C, None)],
    ),
    (
        "invented/US Congress: a span of weeks after approved stays a range",
        "The bill could be approved within 6-8 weeks.",
        [("6-8 weeks", (6, 8), R, D, "week")],
    ),
]

# Round 6 (forms read in real approval-rating copy), written before it was run.
CASES += [
    (
        "invented/US poll: a hyphenated rate in words and digits",
        "Seven-in-10 voters say the country is on the wrong track, the survey found.",
        [("Seven-in-10", 70, E, P, "%", {"head": "voters"})],
    ),
    (
        "invented/US poll: a share then a verb of opinion has no head",
        "Forty-one percent approve of the governor's handling of the strike.",
        [("Forty-one percent", 41, E, P, "%", {"head": None})],
    ),
    (
        "invented/UK poll: a share of a place that backed someone's plan",
        "About 52 percent of Britain backed the prime minister's plan.",
        [("About 52 percent", 52, AP, P, "%", {"head": "britain"})],
    ),
    (
        "invented/Gallup copy: a clause led by a year is no speaker",
        "The 9-point rise from 2022 to 2023 among independents saying the economy is improving "
        "was the largest on record.",
        [("9-point", 9, E, C, None, {"source": None})],
    ),
    (
        "invented/wire poll: according to a poll out on a day",
        "Support for the strike stands at 58%, according to a YouGov poll out Monday.",
        [("58%", 58, E, P, "%", {"source": "YouGov"})],
    ),
]

# Round 7 (forms read in real Australian poll copy and US verdict copy), written before it
# was run.
CASES += [
    (
        "invented/Australian poll: a tally moves to a tally",
        "Labor's lead moved from 54-46 to 53-47 in the latest survey.",
        [
            ("54", 54, E, C, None),
            ("46", 46, E, C, None),
            ("53", 53, E, C, None),
            ("47", 47, E, C, None),
        ],
    ),
    (
        "invented/US verdict: a noun 'claims' ends the sentence",
        "The jury added $12 million in punitive damages on the negligence claims.",
        [("$12 million", 12e6, E, M, "USD", {"source": None})],
    ),
    (
        "invented/US insurance court copy: over the X claims",
        "The insurer paid $3.4 million over the flood claims.",
        [("$3.4 million", 3.4e6, E, M, "USD", {"source": None})],
    ),
    (
        "invented/wire: a speaker before 'of' keeps a closing 'claims'",
        "The death toll reached 31, the head of the rescue service claims.",
        [("31", 31, E, C, None, {"source": "the head of the rescue service"})],
    ),
]

# Round 8 (party systems read in real Australian poll copy), written before it was run.
CASES += [
    (
        "invented/Australian poll: a two-party preferred basis is a kind, no count",
        "The Coalition leads 52-48 on a two-party preferred basis.",
        [("52", 52, E, C, None), ("48", 48, E, C, None)],
    ),
    (
        "invented/African politics: a one-party state is a kind, no count",
        "The country was a one-party state for 27 years.",
        [("27 years", 27, E, D, "year")],
    ),
    (
        "invented/European politics: a coalition of N parties is a count",
        "A 12-party coalition took office with 164 seats.",
        [("12-party", 12, E, C, None), ("164", 164, E, C, None, {"head": "seats"})],
    ),
]

# Round 9 (election-night copy: what has been counted so far), written before it was run.
CASES += [
    (
        "invented/election night: wards counted first are no speaker",
        "Turnout in the four wards counted first was 38 per cent.",
        [("four", 4, E, C, None), ("38 per cent", 38, E, P, "%", {"source": None})],
    ),
    (
        "invented/referendum night: ballots counted so far are no speaker",
        "Of the ballots counted so far, 61% backed the proposal.",
        [("61%", 61, E, P, "%", {"source": None})],
    ),
]

# Round 10 (winning margins read in real Indian election copy), written before it was run.
CASES += [
    (
        "invented/Indian election copy: a winning margin that looks like a year",
        "The Congress candidate won by only 1957 votes in the recount.",
        [("1957", 1957, E, C, None, {"head": "votes"})],
    ),
    (
        "invented/Indian election copy: got N votes, N like a year",
        "The independent got 1968 votes, behind NOTA.",
        [("1968", 1968, E, C, None, {"head": "votes"})],
    ),
]

# Round 11 (miss 4 widened: the subject of a change by a count, read in the real election
# analysis above, "raise their vote by 850,000"), written before it was run.
CASES += [
    (
        "invented/US jobs copy: claims fell by N to M",
        "Weekly jobless claims fell by 9,000 to 214,000.",
        [
            ("9,000", 9000, E, C, None, {"head": "claims"}),
            ("214,000", 214000, E, C, None, {"head": "claims"}),
        ],
    ),
    (
        "invented/Home Office copy: visas fell N to M",
        "Skilled worker visas fell 26,000 to 82,000 in the year to June.",
        [
            ("26,000", 26000, E, C, None, {"head": "visas"}),
            ("82,000", 82000, E, C, None, {"head": "visas"}),
        ],
    ),
    (
        "invented/border copy: the subject before a phrase of place",
        "Crossings at the eastern border rose by 3,400 in March.",
        [("3,400", 3400, E, C, None, {"head": "crossings"})],
    ),
]

# Round 12 (a fine and a bail in Malaysian copy, read in a real The Star report of an EU
# fine, "€2.4bil (US$2.7bil or RM11.70bil)"), written before it was run.
CASES += [
    (
        "invented/Malaysian court copy: RM with a glued 'bil'",
        "The court ordered the firm to pay RM1.35bil in back taxes.",
        [("RM1.35bil", 1.35e9, E, M, "MYR")],
    ),
    (
        "invented/Malaysian court copy: bail of RM with a glued 'mil'",
        "The former minister was freed on RM2mil bail with two sureties.",
        [("RM2mil", 2e6, E, M, "MYR"), ("two", 2, E, C, None)],
    ),
    (
        "invented/The Star: euros and dollars with a glued 'bil'",
        "Regulators imposed a €2.9bil (US$3.1bil) fine on the group.",
        [("€2.9bil", 2.9e9, E, M, "EUR"), ("US$3.1bil", 3.1e9, E, M, "USD")],
    ),
]

# Round 13 (kinds named by a number, read in real poll and fine copy: "a four-way primary
# race", "a three-pronged probe"), written before it was run.
CASES += [
    (
        "invented/UK politics: a three-pronged plan is a kind, no count",
        "Ministers unveiled a three-pronged plan to cut the backlog by 40,000 cases.",
        [("40,000", 40000, E, C, None, {"head": "cases"})],
    ),
    (
        "invented/US politics: a four-way race is a kind, no count",
        "The four-way race drew 1.2 million voters.",
        [("1.2 million", 1.2e6, E, C, None, {"head": "voters"})],
    ),
    (
        "invented/UK politics: a two-tier system is a kind, no count",
        "Critics warned of a two-tier system for 30,000 applicants.",
        [("30,000", 30000, E, C, None, {"head": "applicants"})],
    ),
]

# Round 14 (a House tally told by its members, read in real US shutdown copy), written
# before it was run.
CASES += [
    (
        "invented/US House: 'while' opens a new count, no part of the first",
        "In all, 214 members, including nine Democrats, backed the bill, while 211 members, "
        "including three Republicans, opposed it.",
        [
            ("214", 214, E, C, None, {"head": "members"}),
            ("nine", 9, E, C, None, {"part_of": 0}),
            ("211", 211, E, C, None, {"head": "members", "part_of": None}),
            ("three", 3, E, C, None, {"part_of": 2}),
        ],
    ),
]

# Round 15 (a passive with an adverb, read in real sentencing explainers: "are often
# expressed in terms like '15 years to life'"), written before it was run.
CASES += [
    (
        "invented/court explainer: a passive with 'often' names no speaker",
        "Such terms are often described as 20 years to life.",
        [("20 years", 20, E, D, "year", {"source": None})],
    ),
    (
        "invented/wire: a passive with 'also' names no speaker",
        "Another 35 people were also reported missing after the landslide.",
        [("35", 35, E, C, None, {"source": None})],
    ),
    (
        "invented/insurance copy: a passive with 'often' before an estimate",
        "Losses are often estimated at $3 billion a year.",
        [("$3 billion", 3e9, E, M, "USD", {"source": None})],
    ),
    (
        "invented/statistics copy: a passive with 'now' before a report",
        "Such cases are now reported as 12% of the total.",
        [("12%", 12, E, P, "%", {"source": None})],
    ),
    (
        "invented/court explainer: a passive with 'often' before 'expressed'",
        "Minimum terms are often expressed as 25 years before parole.",
        [("25 years", 25, E, D, "year", {"source": None})],
    ),
]

# Round 16 (miss 2 again: a body named by its common noun in a list of speakers), written
# before it was run.
CASES += [
    (
        "invented/wire, miss 2: the army and police said",
        "The army and police said 12 militants were killed in the raid.",
        [("12", 12, E, C, None, {"source": "The army and police"})],
    ),
    (
        "invented/wire, miss 2: the health ministry and the UN agency said",
        "The health ministry and the UN agency said 4,300 children had been vaccinated.",
        [("4,300", 4300, E, C, None, {"source": "The health ministry and the UN agency"})],
    ),
]

# Texts with no figure: addresses, ages and clock times of US crime copy.
NOT_FIGURE_CASES = [
    (
        "invented/US crime copy: the N block of a street is an address",
        "Officers found the victim, 31, in the 2300 block of Oak Avenue shortly after 9 p.m.",
    ),
    (
        "invented/US crime copy: a block address after a verb",
        "Deputies were called to the 700 block of West Lincoln Street on Sunday.",
    ),
    (
        "invented/US court copy: an age after 'who turns' (round 2)",
        "Okafor, who turns 61 next month, was ordered to report to prison in January.",
    ),
    (
        "invented/US political copy: an age after 'who will turn' (round 2)",
        "The senator, who will turn 70 on Friday, said he would not run again.",
    ),
    (
        "invented/climate copy: 'by' and a year before a plural noun stays a year (round 10)",
        "Under the pledge, by 2035 emissions from the sector would halve.",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_known_miss_6_figures(case):
    _, text, expected = case
    check_figures(text, expected)


@pytest.mark.parametrize("case", NOT_FIGURE_CASES, ids=[c[0] for c in NOT_FIGURE_CASES])
def test_known_miss_6_not_figures(case):
    _, text = case
    assert extract_figures(text)["text"].tolist() == []


def test_case_ids_unique():
    ids = [c[0] for c in CASES + NOT_FIGURE_CASES]
    assert len(ids) == len(set(ids))
