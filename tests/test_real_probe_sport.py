"""Sport copy, annotated by hand (session 7, realprobe7a).

A helper read real sport reports through the stored-pages search (none is kept here):
cricket match reports (T20 and Test copy from Gulf, Indian, Sri Lankan and Pakistani
sites, scorecard write-ups), football transfer and match copy (wire, British tabloids,
BBC Northern Ireland reports, A-League and ISL reports), tennis round-ups (Reuters, AFP,
Straits Times), golf round reports (PTI copy from the PGA Tour), Formula One race and
qualifying reports and live blogs, NFL and NBA contract copy (ESPN, CBS, wire) and
Olympic swimming statistics. It judged every row the extractor gave, and wrote each
GENERAL failure below as an invented sentence (own names and numbers; nothing is copied
from an article), with the expected figures written by hand before the extractor was run
on it. Ids say which real genre each case imitates. Rugby, horse-racing, boxing, darts,
snooker, MLB, NHL, cycling, athletics-championship and sports-business copy was read too.

Against the code at the session's start (and against main without this branch) 29 of the
93 cases of the first rounds pass (mostly the guards); all pass now, with the 3 cases of
the last round ("by half a second", 1 of 3 passing before). Command:
``PYTHONPATH=<tree> python -m pytest -q tests/test_real_probe_sport.py``.

Conventions are those of tests/test_unseen_styles.py and the sport rows already there: a
match score or a tally written "3-1", "4-27" or "134 for four" is two counts (the tables
decided it before this file); a race time or gap is a duration in seconds; a race named
by its distance ("the 100m final") is a measure in metres; a lap, a corner or a stage
named by its number ("Lap 38", "Turn 4", "Stage 14"), a rank ("to 34 in the world
rankings"), an age and a shirt number are no figures. Left out as open conventions (see
the branch report): tennis set scores written in a row ("6-3 7-5", dropped as a run of
numbers today, and a boxing card "116-112, 115-113 and 117-111" keeps only its last),
a cricket total or bowling figures written with a slash ("195/4", "(3/34)"), race and lap
times written as a clock ("2:00:35", "1:23.778", "with 8:46 remaining"), betting odds
("a 125-1 shot", "11-4 favourite"), batting and winning averages written ".291", plural
scores ("shot matching 65s", "14 180s"), a golf score's head ("under"), and medal
tallies chained "(16-9-6)".
"""

from __future__ import annotations

import pytest
from figure_checks import check_figures

E, C, D, M, P = "exact", "count", "duration", "measure", "percent"

# (id, sentence, [(text, value or (low, high), bound, kind, unit[, extra])])
CASES = [
    # Motor racing and athletics write a gap or a time with a glued "s": "by just 0.02s",
    # "a 4.6s lead", "1.8s ahead". Each was no figure at all.
    (
        "invented/F1 qualifying: pole by a gap glued as s",
        "Okafor took pole by 0.037s from his team-mate.",
        [("0.037s", 0.037, E, D, "second")],
    ),
    (
        "invented/F1 live blog: a lead and a gap glued as s",
        "Moreau has a 3.9s lead over Lindqvist, who is 1.2s clear of Abara.",
        [("3.9s", 3.9, E, D, "second"), ("1.2s", 1.2, E, D, "second")],
    ),
    (
        "invented/athletics: a heat time glued as s",
        "She clocked 10.84s in the second heat.",
        [("10.84s", 10.84, E, D, "second")],
    ),
    (
        "invented/cricket: guard, fours and sixes are no seconds",
        "He made 74 off 41 balls with six 4s and three 6s.",
        [
            ("74", 74, E, C, None),
            ("41", 41, E, C, None),
            ("six", 6, E, C, None),
            ("three", 3, E, C, None),
        ],
    ),
    (
        "invented/feature: guard, a decade is no time",
        "The circuit was rebuilt in the 1990s for 40 million dollars.",
        [("40 million dollars", 4e7, E, "money", "USD")],
    ),
    # A lap, a corner or a stage named by its number is a label, as "Game 7" and "Day 2"
    # are: "on Lap 52 of this 78-lap contest", "through Turn 5", "on lap 68".
    (
        "invented/F1 race report: Lap N of an N-lap race",
        "Rain began to fall on Lap 41 of the 66-lap race.",
        [("66-lap", 66, E, C, None)],
    ),
    (
        "invented/F1 race report: lap N in lower case",
        "The safety car came out on lap 17, with 44 laps to go.",
        [("44", 44, E, C, None)],
    ),
    (
        "invented/F1 qualifying: a corner named Turn N",
        "He ran wide at Turn 9 and lost 0.4 seconds.",
        [("0.4 seconds", 0.4, E, D, "second")],
    ),
    (
        "invented/cycling: Stage N of a tour",
        "Vidal won Stage 14 by 38 seconds.",
        [("38 seconds", 38, E, D, "second")],
    ),
    # A team's win-loss record is two counts, as a score is ("a 3-17 record", "went
    # 32-106"): each was a range with the midpoint as its value.
    (
        "invented/NBA copy: a win-loss record",
        "The Hornets posted a 9-24 record without their point guard.",
        [("9", 9, E, C, None), ("24", 24, E, C, None)],
    ),
    (
        "invented/NBA copy: went N-M",
        "Without him the Kings went 14-29 and missed the play-offs.",
        [("14", 14, E, C, None), ("29", 29, E, C, None)],
    ),
    (
        "invented/cricket: took N-M, a bowler's figures",
        "Ahmed took 4-38 as Sussex were bowled out for 207.",
        [("4", 4, E, C, None), ("38", 38, E, C, None), ("207", 207, E, C, None)],
    ),
    (
        "invented/cricket: bagged and clinched N-M",
        "Naseem clinched 3-29 while Wasim bagged 2-41.",
        [
            ("3", 3, E, C, None),
            ("29", 29, E, C, None),
            ("2", 2, E, C, None),
            ("41", 41, E, C, None),
        ],
    ),
    (
        "invented/cricket: a side put up N runs",
        "Chasing 190, Quetta put up 120-odd runs in 14 overs.",
        [
            ("190", 190, E, C, None, {"source": None}),
            ("120-odd", 120, "approximate", C, None, {"source": None}),
            ("14", 14, E, C, None, {"source": None}),
        ],
    ),
    (
        "invented/wire: guard, took N-M days stays a range",
        "The repairs took 3-5 days to finish.",
        [("3-5 days", (3, 5), "range", D, "day")],
    ),
    # NFL copy writes passes completed of thrown "23-of-32" as basketball writes "6-for-21":
    # both numbers were dropped, the hyphened "of" read as an identifier's glue. (This case
    # was written once the rule was drafted; its rows follow the "-for-" convention.)
    (
        "invented/NFL recap: N-of-M passing",
        "Daniels went 19-of-28 for 231 yards and two touchdowns.",
        [
            ("19", 19, E, C, None),
            ("28", 28, E, C, None),
            ("231 yards", 231, E, M, "yard"),
            ("two", 2, E, C, None),
        ],
    ),
    # "went 3-for-4 on the power play": made of attempted, the smaller first; a shop's
    # "3-for-2" offer (the larger first) stays no figure.
    (
        "invented/NHL recap: N-for-M on the power play",
        "The Avalanche went 2-for-4 on the power play.",
        [("2", 2, E, C, None), ("4", 4, E, C, None)],
    ),
    (
        "invented/retail: guard, a 3-for-2 offer",
        "The chain ran a 3-for-2 offer on 400 toys.",
        [("400", 400, E, C, None)],
    ),
    # A team's record in brackets after its name ("the Cowboys (2-3) snapped a two-game
    # losing streak", "The Giants (0-5)") was a range.
    (
        "invented/NFL roundup: a team's record in brackets",
        "The Jets (3-6) lost again on Sunday.",
        [("3", 3, E, C, None), ("6", 6, E, C, None)],
    ),
    (
        "invented/NFL roundup: two records and a score",
        "Houston (7-2) beat Denver (4-5) 27-20.",
        [
            ("7", 7, E, C, None),
            ("2", 2, E, C, None),
            ("4", 4, E, C, None),
            ("5", 5, E, C, None),
            ("27", 27, E, C, None),
            ("20", 20, E, C, None),
        ],
    ),
    # A results line sets the score between the two sides' names: "FT: Leeds 0-3 Burnley"
    # was a range.
    (
        "invented/results line: Home a-b Away",
        "Full time: Walsall 1-4 Bradford, with 4,812 at the ground.",
        [
            ("1", 1, E, C, None),
            ("4", 4, E, C, None),
            ("4,812", 4812, E, C, None),
        ],
    ),
    (
        "invented/timetable: guard, clock hours between capitalised words stay no figure",
        "Doors open Monday 2-4 PM for 300 visitors.",
        [("300", 300, E, C, None)],
    ),
    (
        "invented/weather: guard, a range in brackets with its unit",
        "Nights will be mild (2-4 degrees) in the valleys.",
        [("2-4 degrees", (2, 4), "range", M, "degree")],
    ),
    # A season abbreviated after an apostrophe ("in '25-26") was a range of counts.
    (
        "invented/NBA copy: a season after an apostrophe",
        "His cap hit in '26-27 will be $38 million.",
        [("$38 million", 3.8e7, E, "money", "USD")],
    ),
    # "74 for one in nine overs": "one in nine" was read as a share (11.1%).
    (
        "invented/cricket: N for one in M overs",
        "Kent were 63 for one in nine overs when rain stopped play.",
        [("63", 63, E, C, None), ("one", 1, E, C, None), ("nine", 9, E, C, None)],
    ),
    (
        "invented/cricket: a total N-M in K overs",
        "Karachi posted 186-7 in 20 overs.",
        [("186", 186, E, C, None), ("7", 7, E, C, None), ("20", 20, E, C, None)],
    ),
    (
        "invented/survey: guard, one in five stays a share",
        "One in five fans said they would not renew.",
        [("One in five", 20, E, P, "%")],
    ),
    # "posted" before a team's total or a result is no speech: "Bangladesh posted a mammoth
    # 565 runs" had the source Bangladesh, "having posted 325 runs" the source "having",
    # and "Shares posted a 4% gain" the source "Shares".
    (
        "invented/cricket: a team posted a total",
        "In reply, Durham posted 288 for seven.",
        [("288", 288, E, C, None, {"source": None}), ("seven", 7, E, C, None, {"source": None})],
    ),
    (
        "invented/cricket: having posted N runs",
        "Somerset declared on the second evening, having posted 412 runs.",
        [("412", 412, E, C, None, {"source": None})],
    ),
    # The same report's "declared" closed an innings ("Somerset declared on the second
    # evening, having posted 412 runs" took Somerset as a source through it).
    (
        "invented/cricket: a side declared on N for M",
        "Kent declared on 436 for eight shortly before tea.",
        [("436", 436, E, C, None, {"source": None}), ("eight", 8, E, C, None, {"source": None})],
    ),
    (
        "invented/wire: guard, a government declared that N",
        "The government declared on Monday that 270 people had died.",
        [("270", 270, E, C, None, {"source": "The government"})],
    ),
    (
        "invented/markets: posted an N% gain",
        "The index posted a 2.7% gain on Friday.",
        [("2.7%", 2.7, E, P, "%", {"source": None})],
    ),
    (
        "invented/health: guard, a ministry posted figures on its site",
        "The ministry posted on its website that 340 people had been treated.",
        [("340", 340, E, C, None, {"source": "The ministry"})],
    ),
    # "claimed" a win, a title or a medal is no claim of speech: "Scotland claimed a
    # deserved 29-0 bonus-point win" had Scotland as the source of both sides.
    (
        "invented/rugby: claimed an N-M win",
        "Wales claimed a hard-fought 24-17 win over Fiji in Cardiff.",
        [
            ("24", 24, E, C, None, {"source": None}),
            ("17", 17, E, C, None, {"source": None}),
        ],
    ),
    (
        "invented/athletics: claimed a medal by a margin",
        "Tanaka claimed the bronze by 0.08 seconds.",
        [("0.08 seconds", 0.08, E, D, "second", {"source": None})],
    ),
    (
        "invented/conflict: guard, a group claimed an attack that killed N",
        "The group claimed that 14 soldiers were killed.",
        [("14", 14, E, C, None, {"source": "The group"})],
    ),
    # British transfer copy attributes with "understands": "..., Sky Sports News
    # understands." named no source.
    (
        "invented/transfer news: an outlet understands",
        "Villa have agreed a £41m fee for the winger, Sky Sports News understands.",
        [("£41m", 4.1e7, E, "money", "GBP", {"source": "Sky Sports News"})],
    ),
    # "Forbes valued the Cowboys at $10.1bn": the valuer is the figure's source, as in
    # "put the toll at"; a passive "was valued at" names none.
    (
        "invented/sports business: X valued Y at N",
        "Forbes valued the franchise at $7.4bn, up 12% on a year earlier.",
        [
            ("$7.4bn", 7.4e9, E, "money", "USD", {"source": "Forbes"}),
            ("12%", 12, E, P, "%"),
        ],
    ),
    (
        "invented/sports business: guard, was valued at N",
        "The stake was valued at £305m when the deal closed.",
        [("£305m", 3.05e8, E, "money", "GBP", {"source": None})],
    ),
    # Transfer and contract copy: "in the region of £200,000-per-week" is about, "as high as
    # $72 million" at most; both were exact.
    (
        "invented/transfer news: in the region of N a week",
        "He will earn in the region of £180,000 a week at his new club.",
        [("in the region of £180,000", 180000, "approximate", "money", "GBP")],
    ),
    (
        "invented/NFL copy: as high as N",
        "Some estimates put the deal as high as $64 million.",
        [("as high as $64 million", 6.4e7, "upper", "money", "USD")],
    ),
    # A passive "said to be" hedges a figure; it names no source ("Such a deal, said to be
    # worth an overall £100m" had the source "Such a deal").
    (
        "invented/transfer news: a deal said to be worth N",
        "The move, said to be worth £46m, was completed on Friday.",
        [("£46m", 4.6e7, E, "money", "GBP", {"source": None})],
    ),
    # A currency named once covers a bare amount of the same scale after it: "65 million
    # euros up front with a further 10 million in add-ons" (the second was a count of
    # people).
    (
        "invented/transfer news: a further N million after N million euros",
        "The club will pay 52 million euros up front with a further 8 million in add-ons.",
        [
            ("52 million euros", 5.2e7, E, "money", "EUR"),
            ("8 million", 8e6, E, "money", "EUR"),
        ],
    ),
    # Swimming names a race by its distance without a unit: "won the 200 backstroke", "the
    # 100 free". A count of backstrokes before; metres, as "the 100m final" is.
    (
        "invented/swimming: the N backstroke",
        "Ndlovu won the 100 backstroke by 0.31 seconds.",
        [("100", 100, E, M, "meter"), ("0.31 seconds", 0.31, E, D, "second")],
    ),
    (
        "invented/swimming: the women's N freestyle",
        "Her time in the women's 400 freestyle was the fastest since 2016.",
        [("400", 400, E, M, "meter")],
    ),
    (
        "invented/wire: guard, the N sent back is a count",
        "Guards sent the 200 back to the border post.",
        [("200", 200, E, C, None)],
    ),
    # Horse racing measures a race in furlongs and a weight in stones and pounds: "the
    # five-furlong course" and "a mile and six furlongs" were counts, "8st 12lb" kept only
    # its pounds ("8st" was read as an ordinal).
    (
        "invented/horse racing: a five-furlong sprint",
        "The five-furlong sprint is worth £80,000 to the winner.",
        [("five-furlong", 5, E, M, "furlong"), ("£80,000", 80000, E, "money", "GBP")],
    ),
    (
        "invented/horse racing: over N furlongs",
        "The filly won over seven furlongs at York.",
        [("seven furlongs", 7, E, M, "furlong")],
    ),
    (
        "invented/horse racing: a weight in stones and pounds",
        "The six-year-old carried 9st 4lb to victory.",
        [("9st", 9, E, M, "stone"), ("4lb", 4, E, M, "pound")],
    ),
    (
        "invented/wire: guard, the 1st and 21st stay ordinals",
        "On the 21st, 40 people were evacuated.",
        [("40", 40, E, C, None)],
    ),
    # Baseball copy: a fielding position glued as "3B" before a name ("Indians' 3B Jose
    # Ramirez") was three billion; "2 HRs" (home runs) was two hours.
    (
        "invented/MLB notes: a position before a name",
        "Mets 3B Luis Ortega hit 11 home runs in June.",
        [("11", 11, E, C, None)],
    ),
    (
        "invented/MLB notes: home runs abbreviated HRs",
        "He is hitting .291 with 4 HRs and 19 RBIs.",
        [("4", 4, E, C, None), ("19", 19, E, C, None)],
    ),
    (
        "invented/markets: guard, a glued B after a currency is billions",
        "The deal values the club at $3B after a 12% rise.",
        [("$3B", 3e9, E, "money", "USD"), ("12%", 12, E, P, "%")],
    ),
    (
        "invented/transport: guard, hrs stays hours",
        "The crossing took 6 hrs in heavy seas.",
        [("6 hrs", 6, E, D, "hour")],
    ),
    # Field events: a mark glued as "m" after "a season's best of", "a heave of", "throwing"
    # or a medal "with"/"in" was read as millions ("88.16m" gave 88,160,000): the existing
    # rule knew only "a leap of", "an effort of" and "cleared".
    (
        "invented/athletics: a season's best of N m",
        "Okoye launched a season's best of 86.41m to win the javelin.",
        [("86.41m", 86.41, E, M, "meter")],
    ),
    (
        "invented/athletics: throwing N m",
        "Lind struggled, throwing 79.06m for ninth.",
        [("79.06m", 79.06, E, M, "meter")],
    ),
    (
        "invented/athletics: a medal with or in N m",
        "Sousa took silver with 14.61m, and Abe the bronze in 14.38m.",
        [("14.61m", 14.61, E, M, "meter"), ("14.38m", 14.38, E, M, "meter")],
    ),
    (
        "invented/athletics: a heave of N m",
        "With a heave of 90.18m, he broke the national record.",
        [("90.18m", 90.18, E, M, "meter")],
    ),
    (
        "invented/TV ratings: guard, a best of N m viewers stays millions",
        "The final drew a peak of 9.2m viewers, the channel's best of the year.",
        [("9.2m", 9.2e6, E, C, None)],
    ),
    # A sprint time with no unit after "clocked" or "a time of" ("Gardiner clocked 44.41
    # for the silver") was a count.
    (
        "invented/athletics: clocked N for a medal",
        "Mensah clocked 44.37 for the silver.",
        [("44.37", 44.37, E, D, "second")],
    ),
    (
        "invented/athletics: in a time of N",
        "She won the heat in a time of 11.02, the fastest of the day.",
        [("11.02", 11.02, E, D, "second")],
    ),
    (
        "invented/motoring: guard, clocked N mph keeps its unit",
        "The car was clocked at 112.5 mph on the motorway.",
        [("112.5 mph", 112.5, E, M, "mile / hour")],
    ),
    # A glued "m" before a zone or a line of the field ("outside the 30m circle", "the 22m
    # line", "a 5m radius") was millions.
    (
        "invented/cricket: the 30m circle",
        "Only four fielders may stand outside the 30m circle.",
        [("four", 4, E, C, None), ("30m", 30, E, M, "meter")],
    ),
    (
        "invented/rugby: the 22m line",
        "He kicked a penalty from the 22m line in the 64th minute.",
        [("22m", 22, E, M, "meter")],
    ),
    (
        "invented/business: guard, a 30m line of credit stays millions",
        "The club secured a 30m line of credit from its owners.",
        [("30m", 3e7, E, C, None)],
    ),
    # A league or a tier named by its number is a name: "the Ligue 1 side", "the Bundesliga
    # 2 club", "the WSL 2" gave counts of one and two.
    (
        "invented/transfer news: the Ligue 1 side",
        "He joined the Ligue 1 side for €14m.",
        [("€14m", 1.4e7, E, "money", "EUR")],
    ),
    (
        "invented/football: a second-tier club named by its number",
        "The Bundesliga 2 club has 31,000 members.",
        [("31,000", 31000, E, C, None)],
    ),
    (
        "invented/football: League Two and League 2",
        "The League 2 side sold 4,200 tickets for the cup tie.",
        [("4,200", 4200, E, C, None)],
    ),
    (
        "invented/football: guard, won the League N times",
        "Madrid have won the Champions League 15 times and the League 3 times since 1990.",
        [("15", 15, E, C, None), ("3", 3, E, C, None)],
    ),
    (
        "invented/banking: a Tier 1 capital ratio",
        "The bank's Tier 1 capital ratio rose to 14.2%.",
        [("14.2%", 14.2, E, P, "%")],
    ),
    # A batter's hundreds and a snooker player's century breaks are counts, no spans of
    # time: "made four century breaks" and "scored two centuries" were durations of 400
    # and 200 years.
    (
        "invented/snooker: century breaks",
        "Robertson made five century breaks in a 10-6 win.",
        [
            ("five", 5, E, C, None),
            ("10", 10, E, C, None),
            ("6", 6, E, C, None),
        ],
    ),
    (
        "invented/cricket: scored N centuries",
        "Williamson scored three centuries in the series.",
        [("three", 3, E, C, None)],
    ),
    (
        "invented/history: guard, centuries old",
        "The pavilion is two centuries old.",
        [("two centuries", 2, E, D, "century")],
    ),
    # "recorded" a result is no statement of a source: "Van Gerwen recorded an average of
    # 114.05" had Van Gerwen as its source.
    (
        "invented/darts: recorded an average of N",
        "Humphries recorded an average of 108.7 in the final.",
        [("108.7", 108.7, E, C, None, {"source": None})],
    ),
    (
        "invented/health: guard, a ministry recorded an average of N cases",
        "The ministry recorded an average of 40 cases a day.",
        [("40", 40, E, C, None, {"source": "The ministry"})],
    ),
    # "finished the stage 24 minutes down": "stage" names a level before a number ("Stage
    # 6 load-shedding", "stage 4 cancer"), but not before a span of time or a distance.
    (
        "invented/cycling: finished the stage N minutes down",
        "Rossi finished the stage 19 minutes down but kept the jersey.",
        [("19 minutes", 19, E, D, "minute")],
    ),
    (
        "invented/cycling: won the stage by N seconds, then a label",
        "She won the stage 3 seconds clear, a day after Stage 4 was cancelled.",
        [("3 seconds", 3, E, D, "second")],
    ),
    # A knockout round named by the number of sides left ("the round of 16", "reached the
    # last 16", "a last-eight tie") is a name, no count.
    (
        "invented/football: the round of 16",
        "Villa were drawn against Benfica in the round of 16, with the first leg on 4 March.",
        [],
    ),
    (
        "invented/tennis: reached the last 16",
        "Okafor reached the last 16 for the first time, earning £131,000.",
        [("£131,000", 131000, E, "money", "GBP")],
    ),
    (
        "invented/football: a last-eight tie",
        "The last-eight tie drew 51,000 fans.",
        [("51,000", 51000, E, C, None)],
    ),
    (
        "invented/wire: guard, the last N years and the last N hostages",
        "In the last 16 years the last four hostages were freed.",
        [("16 years", 16, E, D, "year"), ("four", 4, E, C, None)],
    ),
    # A ranked list run into one line ("Standings: 1. Verstappen 393 pts, 2. Norris 331")
    # numbers places, no counts.
    (
        "invented/F1 standings: an inline ranked list",
        "Drivers' standings: 1. Moreau 288 pts, 2. Lindqvist 251, 3. Abara 240.",
        [("288", 288, E, C, None), ("251", 251, E, C, None), ("240", 240, E, C, None)],
    ),
    (
        "invented/wire: guard, a figure ending a sentence before a name",
        "The toll rose to 12. Officials said 3 more bodies were found.",
        [("12", 12, E, C, None), ("3", 3, E, C, None)],
    ),
    # "won by half a second", "by half a length": no share of 50% ("by half" reads as a
    # change of half elsewhere: "cut by half"); "half a minute" was no figure already.
    (
        "invented/athletics: won by half a second",
        "Mensah won by half a second in 20.14 seconds.",
        [("20.14 seconds", 20.14, E, D, "second")],
    ),
    (
        "invented/horse racing: by half a length",
        "The favourite was beaten by half a length at 9,000 feet of altitude.",
        [("9,000 feet", 9000, E, M, "foot")],
    ),
    (
        "invented/budget: guard, cut by half stays a share",
        "The grant was cut by half, to £4m.",
        [("half", 50, E, P, "%"), ("£4m", 4e6, E, "money", "GBP")],
    ),
    # A rank is no figure: "jumps 13 spots to 29 in the world rankings", "ranked 34 in the
    # world".
    (
        "invented/tennis: a rise to N in the rankings",
        "She climbed 11 places to 38 in the world rankings.",
        [("11", 11, E, C, None)],
    ),
    (
        "invented/tennis: ranked N in the world",
        "The Brazilian, ranked 52 in the world, saved 14 break points.",
        [("14", 14, E, C, None)],
    ),
    (
        "invented/tennis: guard, players in the rankings are counted",
        "Only 40 players in the world rankings have won a title this year.",
        [("40", 40, E, C, None)],  # "only" is no bound (as "Only 14%" in test_unseen_styles)
    ),
    # Golf: "the back nine" and "his second nine" name a half of the course.
    (
        "invented/golf: the back nine",
        "She made four birdies on the back nine.",
        [("four", 4, E, C, None)],
    ),
    (
        "invented/golf: a score for the second nine",
        "He came home in 31 on his second nine.",
        [("31", 31, E, C, None)],
    ),
    (
        "invented/wire: guard, the first nine are counted",
        "The first nine, all women, were freed on Monday.",
        [("nine", 9, E, C, None)],
    ),
    # "seven-under 64" gave two counts but "14-under-par" and "eight-under-par" nothing (a
    # count hyphened to a word was dropped past its first hyphen).
    (
        "invented/golf: N-under-par total",
        "Her 16-under-par total of 272 was a tournament record.",
        [("16-under-par", 16, E, C, None), ("272", 272, E, C, None)],
    ),
    (
        "invented/golf: N-over-par in words",
        "He slumped to a three-over-par 75 on Sunday.",
        [("three-over-par", 3, E, C, None), ("75", 75, E, C, None)],
    ),
    # A shooting percentage is no part of the points averaged before it.
    (
        "invented/NBA copy: averaged N points while shooting N%",
        "Mensah averaged 21.4 points a game while shooting 47.9% from the field.",
        [
            ("21.4", 21.4, E, C, None),
            ("47.9%", 47.9, E, P, "%", {"part_of": None}),
        ],
    ),
    (
        "invented/NBA copy: a stat line in PPG, RPG and APG, then a shooting percentage",
        "Sato averaged 19.2 PPG, 5.1 RPG and 6.6 APG while shooting 44.3% from the field.",
        [
            ("19.2", 19.2, E, C, None),
            ("5.1", 5.1, E, C, None),
            ("6.6", 6.6, E, C, None),
            ("44.3%", 44.3, E, P, "%", {"part_of": None}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_real_probe_sport_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
