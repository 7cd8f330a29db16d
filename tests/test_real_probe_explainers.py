"""Forms read in real explainers, think-tank briefs, fact-checks, editorials and
year-in-review copy about migration and displacement, rewritten as invented cases.

Session 8 read real reports through the stored-pages search (none is kept here): "charts
that explain" pieces on asylum in Europe (a weekly's graphic desk, a public broadcaster's
"crisis in graphics", a Swiss "six graphs" piece, a data-visualisation studio's World
Refugee Day post), global-displacement overviews (a humanitarian overview's chapter, a
refugee agency's year-ahead spotlight, Global Trends summaries), US think-tank and
research-centre briefs (refugee-admissions "key facts", net-migration and labour-force
analyses with scenario ranges, a regional Fed's note on the immigration surge), US
fact-checks of politicians' border claims (encounters against "crossings", "gotaways",
caravan sizes), UK fact-checks of ministers' small-boat and backlog claims, European
columns and editorials comparing asylum per head of population ("one for every N
residents", "per 1,000 inhabitants"), mixed-migration survey snapshots, Pakistani op-eds
on emigration and "brain drain", a Bangladeshi editorial on recruitment syndicates, Indian
explainers and fact-checks on internal migration and "infiltrator" claims, Nepali
editorials on migrant workers' deaths, UK parliamentary-library and observatory briefings,
a broadcaster's Q&A explainers on Channel crossings, Australian fact-checks of migration
claims, and US year-in-review border copy. Each failure that looked general became one or
more sentences below, INVENTED in the same construction with other names and numbers; the
id names the desk it imitates. Some cases are guards: constructions of these desks that
already worked or that a new rule must leave alone. The expected rows were written by hand
before the extractor was run on them.

Conventions are those of tests/test_unseen_styles.py and tests/test_real_probe_justice.py:
each row is ``(text, value or (low, high), bound, kind, unit)`` plus an optional dict of
further fields (``head``, ``source`` compared as the scorer does, None for the report's own
voice; a tuple of sources where the annotation is open between them).

Before this branch's fixes (the committed analysis/ run on this table, then copied back): of
the first 31 cases, 10 passed (the guards, and two research-brief lines that already
worked) and 21 failed; every later case was written before its fix and run against the
tree before that fix (the files copied aside, the committed versions run, copied back):
all failed except those marked as guards. In all, of the 85 cases, 25 pass with main's
analysis/ at this branch's last merge (60 fail), 85 with this branch. One sentence was
reworded after the first run: "the 400,000 forecast prior to the war" became "projected
prior to": "forecast" read as a noun is another miss (a participle that is also a noun),
left open. Where a count names no noun and the tables' convention restores "people" (as the
gold's "3,118 were identified" does), the expected head is "people".

Left out as open conventions or known misses: "three times which is 8.16 million" (a
fact-check's arithmetic: the multiplier is no figure, but what does 8.16 million count?);
"Only Afghan claims were more numerous, at nearly 37,000" (the head after "at", set off by a
comma; counted as claims since session 13); a country's count in brackets ("Syria (8,511)"), whose head is the refugees the
sentence is about, not "countries"; the later shares of a gapped list ("21% were Iraqis,
11% Eritreans and 9% Syrians": arrivals, or the nationality?); "three or four migrant
workers" (one range or two counts); a leading-dot decimal in US copy (".02 per $1 million"
is not read); "32% percent" (a doubled unit); "according to a report by X" with no comma
before the subject ("According to the report Germany ...").
"""

from __future__ import annotations

import pytest
from figure_checks import check_figures

E, L, U, AP, R = "exact", "lower", "upper", "approximate", "range"
C, P, M, D, MON = "count", "percent", "measure", "duration", "money"

# (id, sentence, [(text, value or (low, high), bound, kind, unit[, extra])])
CASES = [
    # --- a chart's or an exhibit's number ----------------------------------------------------
    # Explainers point at their graphics in brackets: "(Chart 1)" gave a count of one (a
    # regional Fed's note); "(see Figure 3)" was already a label.
    (
        "invented/explainer: a chart's number in brackets",
        "Official estimates put net arrivals at 1.4 million (Chart 2), well below the "
        "ministry's 1.9 million.",
        [("1.4 million", 1.4e6, E, C, None), ("1.9 million", 1.9e6, E, C, None)],
    ),
    (
        "invented/think tank: an exhibit named in running text",
        "As Exhibit 4 shows, 38% of the newcomers had a university degree.",
        [("38%", 38, E, P, "%", {"head": "newcomers"})],
    ),
    (
        "invented/explainer: a graph and a map named",
        "Graph 3 and Map 2 show that 12,000 people crossed in June.",
        [("12,000", 12000, E, C, None, {"head": "people"})],
    ),
    (
        "invented/guard: see Figure N stays a label",
        "Arrivals fell to 4,100 in May (see Figure 3).",
        [("4,100", 4100, E, C, None)],
    ),
    # --- net migration below zero in words ---------------------------------------------------
    # Scenario briefs write a net outflow as "negative 740 thousand" (a think tank's
    # scenarios): the figure was the positive 740,000. "-650,000" and "minus" were read.
    (
        "invented/think tank: net migration of negative N thousand",
        "In the low scenario, net migration is negative 520 thousand in 2026.",
        [("negative 520 thousand", -520000, E, C, None)],
    ),
    (
        "invented/statistics office: negative N with digits",
        "Net migration turned negative 45,000 in 2021, the first outflow in decades.",
        [("negative 45,000", -45000, E, C, None)],
    ),
    (
        "invented/demography brief: a negative rate",
        "Population growth was negative 0.3% in the province last year.",
        [("negative 0.3%", -0.3, E, P, "%")],
    ),
    (
        "invented/guard: tested negative before a time",
        "The 12 passengers tested negative 48 hours before departure.",
        [
            ("12", 12, E, C, None, {"head": "passengers"}),
            ("48 hours", 48, E, D, "hour"),
        ],
    ),
    # --- "from one X to another" -------------------------------------------------------------
    # "the situation varies greatly from one country to another" (a Swiss explainer) gave a
    # count of one country: the idiom says things differ, it counts nothing.
    (
        "invented/explainer: varies from one country to another",
        "Recognition rates vary widely from one country to another, the report found.",
        [],
    ),
    (
        "invented/feature: from one camp to the next",
        "Families drift from one camp to the next as 4,000 more arrive each month.",
        [("4,000", 4000, E, C, None)],
    ),
    (
        "invented/op-ed: from one crisis to another",
        "The region has lurched from one displacement crisis to another since 2015.",
        [],
    ),
    (
        "invented/guard: one camp counted",
        "Only one camp had running water, and 3,000 people shared it.",
        [
            ("one", 1, E, C, None, {"head": "camp"}),
            ("3,000", 3000, E, C, None, {"head": "people"}),
        ],
    ),
    # --- the source before an adverb ----------------------------------------------------------
    # "Sweden has just announced that it is giving asylum to 17,000 Syrians" (a columnist)
    # gave the source "just"; "CBO similarly estimated ... 2.7 million" (a Fed note) gave
    # "CBO similarly".
    (
        "invented/column: has just announced",
        "Norway has just announced that it will resettle 3,500 Afghans.",
        [("3,500", 3500, E, C, None, {"source": "Norway", "head": "afghans"})],
    ),
    (
        "invented/think tank: X similarly estimated",
        "The IMF similarly estimated a far higher number for 2022: 2.7 million.",
        [("2.7 million", 2.7e6, E, C, None, {"source": "The IMF"})],
    ),
    (
        "invented/statistics brief: X likewise estimated that",
        "Eurostat likewise estimated that 960,000 people applied for asylum.",
        [("960,000", 960000, E, C, None, {"source": "Eurostat", "head": "people"})],
    ),
    # --- "admitted" a quantity without digits ------------------------------------------------
    # "the U.S. had a ceiling of 85,000 refugees and admitted nearly that many" (a research
    # centre's key facts) read "admitted" as speech and gave the ceiling the source "2015"
    # from the fiscal year's dates in brackets: a country that admits refugees lets them in.
    (
        "invented/research brief: a ceiling, then admitted nearly that many",
        "In fiscal 2021 (Oct. 1, 2020, to Sept. 30, 2021), the country set a ceiling of "
        "62,500 refugees and admitted nearly that many.",
        [("62,500", 62500, E, C, None, {"source": None, "head": "refugees"})],
    ),
    (
        "invented/research brief: admitted far fewer",
        "Canada set a target of 40,000 refugees and admitted far fewer.",
        [("40,000", 40000, E, C, None, {"source": None, "head": "refugees"})],
    ),
    (
        "invented/guard: admitted that is speech",
        "The minister admitted that 2,300 files had been lost.",
        [("2,300", 2300, E, C, None, {"source": "The minister", "head": "files"})],
    ),
    # "By 1980, the number of refugees recorded by the UN surpassed 10 million" (a
    # broadcaster's data story) gave the source "the UN surpassed": a verb of reaching a level
    # did not end the agent, as "fell" and "rose" did.
    (
        "invented/data story: recorded by X surpassed N",
        "By 1992, the number of refugees recorded by the UN surpassed 17 million.",
        [("17 million", 17e6, E, C, None, {"source": "UN", "head": "refugees"})],
    ),
    (
        "invented/statistics brief: registered by X reached N",
        "The number of asylum claims registered by the ministry reached 38,000.",
        [("38,000", 38000, E, C, None, {"source": "the ministry", "head": "claims"})],
    ),
    # "forced over 10 million migrant labourers to return to their home states." (an Indian
    # explainer on the lockdown exodus) read "states" as the verb of a speaker "their home".
    (
        "invented/Indian explainer: their home states is no speaker",
        "The closure sent some 2.5 million seasonal workers back to their home states.",
        [("some 2.5 million", 2.5e6, AP, C, None, {"source": None, "head": "workers"})],
    ),
    (
        "invented/guard: the report states",
        "About 4,000 people fled, the report states.",
        [("About 4,000", 4000, AP, C, None, {"source": "the report", "head": "people"})],
    ),
    # "Eurostat asylum data" left "Eurostat asylum" as the source (what the data are about
    # stayed with the body), and "Home Office statistics show 3,000 arrivals" had no source
    # ("figures show N" had one).
    (
        "invented/explainer: a body's asylum data",
        "According to Eurostat asylum data, 9,400 Afghans applied in March.",
        [("9,400", 9400, E, C, None, {"source": "Eurostat", "head": "afghans"})],
    ),
    (
        "invented/explainer: statistics show N arrivals",
        "Home Office statistics show 3,200 arrivals in June.",
        [("3,200", 3200, E, C, None, {"source": "Home Office", "head": "arrivals"})],
    ),
    # "With deportations from the USA approaching 400,000 per annum, the United Kingdom
    # openly pursuing publicly announced removal targets" (a research network's blog) read
    # "announced" as speech, its subject "the United Kingdom openly pursuing publicly".
    (
        "invented/research blog: a participle after an adverb modifies a noun",
        "With removals nearing 90,000 a year, the ministry kept pursuing publicly announced "
        "targets.",
        [("90,000", 90000, E, C, None, {"source": None})],
    ),
    (
        "invented/guard: a body publicly announced N",
        "The ministry publicly announced 300 deportations.",
        [("300", 300, E, C, None, {"source": "The ministry", "head": "deportations"})],
    ),
    # "the number of people on the waiting list was most recently reported to be 6.26
    # million" (a fact-checker's explainer) gave the source "most": two words between "was"
    # and the participle hid the passive.
    (
        "invented/fact-check: was most recently reported to be N",
        "The backlog was most recently reported to be 88,000 cases.",
        [("88,000", 88000, E, C, None, {"source": None, "head": "cases"})],
    ),
    # "Iranians made up 30% of small boat arrivals last year, while 21% were Iraqis, 11%
    # Eritreans and 9% Syrians, says the Home Office" (a broadcaster's explainer): the
    # inverted tag was read as a verb opening its own clause after "while", so the first
    # share had no source ("the Home Office said" covered it). "according to those
    # estimates" gave the source "those estimates": data named before, no new source.
    (
        "invented/broadcaster explainer: an inverted tag after a while clause",
        "Sudanese made up 24% of arrivals, while 18% were Afghans, says the Home Office.",
        [
            ("24%", 24, E, P, "%", {"source": "Home Office", "head": "arrivals"}),
            ("18%", 18, E, P, "%", {"source": "Home Office"}),
        ],
    ),
    (
        "invented/guard: a verb with its own clause after while",
        "Deaths rose to 40, while the agency says 300 were injured.",
        [
            ("40", 40, E, C, None, {"source": None, "head": "deaths"}),
            ("300", 300, E, C, None, {"source": "the agency"}),
        ],
    ),
    (
        "invented/broadcaster explainer: according to those estimates",
        "From January to June, 9,870 people were stopped, according to those estimates.",
        [("9,870", 9870, E, C, None, {"source": None, "head": "people"})],
    ),
    # --- a bracketed aside between a source and its verb -----------------------------------
    # "Census 2023 estimates (July to July) put net immigration at 1.1 million" gave the
    # source "July)".
    (
        "invented/Fed note: estimates with a bracketed period put",
        "Census 2024 estimates (July to July) put net arrivals at 2.8 million.",
        [
            (
                "2.8 million",
                2.8e6,
                E,
                C,
                None,
                {"source": ("Census", "Census estimates", "Census 2024 estimates")},
            )
        ],
    ),
    # A year between a body and its data noun stayed in the source: "The UNHCR 2023 report
    # said" gave "The UNHCR 2023" (the data noun was only cut after adjectives).
    (
        "invented/explainer: a body's dated report said",
        "The UNHCR 2023 report said 4,000 people fled the border towns.",
        [("4,000", 4000, E, C, None, {"source": "UNHCR", "head": "people"})],
    ),
    (
        "invented/research brief: a body with a bracketed year said",
        "The statistics office (2023 edition) said 14,000 people emigrated.",
        [("14,000", 14000, E, C, None, {"source": "The statistics office"})],
    ),
    # --- "prior to" is no counted noun --------------------------------------------------------
    # "3.3 million net immigrants arrived in 2023 compared to the 1.0 million projected prior
    # to the pandemic" (a think tank's key takeaways) gave the head "prior".
    (
        "invented/think tank: N projected prior to",
        "Planners expected 600,000 arrivals, against the 400,000 projected prior to the war.",
        [
            ("600,000", 600000, E, C, None, {"head": "arrivals"}),
            ("400,000", 400000, E, C, None, {"head": "arrivals"}),
        ],
    ),
    # --- a date written with a comma after the month -------------------------------------------
    # "from January 1 to December, 31, 2020" (a wire fact-check) gave a count of 31.
    (
        "invented/fact-check: Month, DD, YYYY",
        "Between March, 14, 2023 and the end of the year, 9,000 people arrived.",
        [("9,000", 9000, E, C, None, {"head": "people"})],
    ),
    # --- money as the base of a rate -----------------------------------------------------------
    # "you get 41 per $1 million" (an explainer dividing refugees by GDP): the base of a rate
    # is no figure, as "per 1,000 inhabitants" is not.
    (
        "invented/explainer: refugees per $1 million of GDP",
        "Divide its refugees by its GDP and the country hosts 37 per $1 million.",
        [("37", 37, E, C, None)],
    ),
    (
        "invented/remittance brief: a fee per $100",
        "The fee rose to $4 per $100 transferred.",
        [("$4", 4, E, MON, "USD")],
    ),
    # --- shares with an aside before "of" ---------------------------------------------------
    # "Nearly three quarters, or 72 per cent, of refugees come from just five countries" (a
    # humanitarian overview): neither share had a head.
    (
        "invented/overview: a share restated between commas before of",
        "Nearly two-thirds, or 64 per cent, of asylum seekers were men.",
        [
            ("Nearly two-thirds", 200 / 3, U, P, "%", {"head": "seekers"}),
            ("64 per cent", 64, E, P, "%", {"head": "seekers"}),
        ],
    ),
    # --- the number of X (N) -------------------------------------------------------------------
    # "the number of asylum applications lodged last year (more than 660,000)" gave the head
    # "people".
    (
        "invented/explainer: the number of X, then the count in brackets",
        "The number of asylum claims lodged in 2019 (about 45,000) was the lowest since 2012.",
        [("about 45,000", 45000, AP, C, None, {"head": "claims"})],
    ),
    # --- the time of a figure in a quoted series -----------------------------------------------
    # "In 1941, Bengal's Muslim population was 29.48%, in 1951, it dropped down to 19.46%" (an
    # Indian fact-check quoting a claim): the first share took the later year, which opens
    # the next clause, because it was nearer.
    (
        "invented/fact-check: a series of years, each opening its clause",
        "In 2015, the camp's share of children was 48%, in 2020, it fell to 41%.",
        [
            ("48%", 48, E, P, "%", {"when": "2015"}),
            ("41%", 41, E, P, "%", {"when": "2020"}),
        ],
    ),
    # "these doubled from just 12% during FY 2021 to 24% in FY 2022" (a court-statistics
    # explainer): "2021 to 24" was read as a span of years, the second share's number its end.
    (
        "invented/court statistics: from N% in FY A to M% in FY B",
        "Grant rates for Eritreans fell from 91% during FY 2020 to 67% in FY 2021.",
        [
            ("91%", 91, E, P, "%", {"when": "FY 2020"}),
            ("67%", 67, E, P, "%", {"when": "FY 2021"}),
        ],
    ),
    (
        "invented/guard: a time after the figure in its own clause",
        "In June, 33,000 people crossed, up from 20,000 in 2022.",
        [
            ("33,000", 33000, E, C, None, {"when": "June"}),
            ("20,000", 20000, E, C, None, {"when": "2022"}),
        ],
    ),
    # --- "N of M" with no noun, "N% of that" ------------------------------------------------
    # "Nine of 10 were in Africa" (an NGO's ranking of neglected crises, quoted in an aid
    # explainer) gave both the head "nine": the word before "of" was read as a noun, as in
    # "a crowd of 41,213". "three donors that fund around 50% to 60% of that" made the
    # share part of the three donors.
    (
        "invented/aid explainer: N of M with no noun",
        "Eight of 10 were in Africa, the council said.",
        [
            ("Eight", 8, E, C, None, {"head": None, "part_of": 1}),
            ("10", 10, E, C, None, {"head": None}),
        ],
    ),
    (
        "invented/aid explainer: a share of that is no share of donors",
        '"Four donors pay for about 60% of that," the director said.',
        [
            ("Four", 4, E, C, None, {"head": "donors"}),
            ("about 60%", 60, AP, P, "%", {"part_of": None, "head": None}),
        ],
    ),
    (
        "invented/guard: a share of that after money",
        "The appeal sought $3 billion; donors gave 45% of that.",
        [
            ("$3 billion", 3e9, E, MON, "USD"),
            ("45%", 45, E, P, "%", {"part_of": 0}),
        ],
    ),
    (
        "invented/guard: a crowd of N",
        "A crowd of 12,500 watched the march.",
        [("12,500", 12500, E, C, None, {"head": "crowd"})],
    ),
    # --- a currency after its country's adjective ----------------------------------------------
    # "raked in at least two billion Malaysian ringgits" (a Bangladeshi editorial on
    # recruitment syndicates) was a count of ringgits: the plural and the adjective were not
    # in the currency table, nor were the naira, taka, cedi and kyat after their adjective,
    # or the gourde and the bolivar (migration-cost explainers name them).
    (
        "invented/editorial: N billion Malaysian ringgits",
        "Recruiters pocketed nearly 1.5 billion Malaysian ringgits from 80,000 workers.",
        [
            ("nearly 1.5 billion Malaysian ringgits", 1.5e9, U, MON, "MYR"),
            ("80,000", 80000, E, C, None, {"head": "workers"}),
        ],
    ),
    (
        "invented/explainer: naira and taka after their adjective",
        "Each migrant paid 450,000 Nigerian naira, against 350,000 Bangladeshi taka in Dhaka.",
        [
            ("450,000 Nigerian naira", 450000, E, MON, "NGN"),
            ("350,000 Bangladeshi taka", 350000, E, MON, "BDT"),
        ],
    ),
    (
        "invented/Caribbean explainer: gourdes and bolivars",
        "A seat on the boat cost 90,000 Haitian gourdes; in Caracas, 40 million bolivars.",
        [
            ("90,000 Haitian gourdes", 90000, E, MON, "HTG"),
            ("40 million bolivars", 40e6, E, MON, "VES"),
        ],
    ),
    # --- years shortened by an apostrophe -------------------------------------------------------
    # "Foreign-Born Grew Steadily thru Apr. '07, Plateau thru Apr. '10" (a research centre's
    # slide text) gave counts of 7 and 10: a month before the short year was not a word that
    # opens a time, and the second year's apostrophe was taken for the first one's closing
    # quote.
    (
        "invented/research slides: month and short year",
        "Arrivals stalled from Apr. '06 to Sept. '09, when 75,000 people left.",
        [("75,000", 75000, E, C, None, {"head": "people"})],
    ),
    (
        "invented/research brief: from '0N to '1N",
        "From '07 to '10 the camp shrank by 12,000 residents.",
        [("12,000", 12000, E, C, None, {"head": "residents"})],
    ),
    (
        "invented/guard: a quoted phrase opening with a number",
        "The '48 hours' rule covered 300 cases.",
        [("48 hours", 48, E, D, "hour"), ("300", 300, E, C, None, {"head": "cases"})],
    ),
    # --- heads in migration briefings ----------------------------------------------------------
    # "The number of foreign born people living in the UK increased from around 6.3 million"
    # (a parliamentary library briefing) gave the head "foreign": "born" read as a verb ended
    # the noun phrase. "In the last quarter's data net migration was estimated to stand at
    # 318,000" (an observatory's commentary) gave the head "data".
    (
        "invented/briefing: the number of foreign born people",
        "The number of foreign born people in the region rose from 1.2 million to 1.5 million.",
        [
            ("1.2 million", 1.2e6, E, C, None, {"head": "people"}),
            ("1.5 million", 1.5e6, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/guard: children born in the camp",
        "Of the 260 children born in the camp, 31 were registered.",
        [
            ("260", 260, E, C, None, {"head": "children"}),
            ("31", 31, E, C, None, {"head": "children", "part_of": 0}),
        ],
    ),
    (
        "invented/observatory: data is no counted subject",
        "In last month's data net emigration was estimated to stand at 52,000.",
        [("52,000", 52000, E, C, None, {"head": "people"})],
    ),
    # "The figure ... appears to refer to net migration, which ... is estimated to have
    # reached a record high of approximately 906,000" (the same fact-checker) gave the head
    # "appears", a verb ending in -s read as the plural subject of the verb of amount.
    (
        "invented/fact-check: appears is no counted subject",
        "The claim appears to describe net migration, which reached about 640,000.",
        [("about 640,000", 640000, AP, C, None, {"head": "people"})],
    ),
    (
        "invented/guard: the backlog of cases stood at N",
        "In the latest data the backlog of cases was estimated to stand at 91,000.",
        [("91,000", 91000, E, C, None, {"head": "cases"})],
    ),
    # --- the plural subject of a change, opening the sentence ------------------------------
    # Year-in-review border copy: "Apprehensions reached their low point for the era around
    # 310,000 in 2017", "Under Trump, crossings rose in 2018 and surged in 2019 to more than
    # 850,000", "The Border Patrol's apprehensions of migrants dropped by 25% from 2023, from
    # 2,045,838 to 1,530,523": the level had the head "people" or a count's noun from the
    # sentence before, not the subject that changed.
    (
        "invented/year in review: subject reached its low point around N",
        "Removals reached their lowest point of the decade at around 42,000 in 2020.",
        [("around 42,000", 42000, AP, C, None, {"head": "removals"})],
    ),
    (
        "invented/year in review: subject rose in A and surged in B to N",
        "Crossings rose in 2021 and surged in 2022 to more than 640,000.",
        [("more than 640,000", 640000, L, C, None, {"head": "crossings"})],
    ),
    (
        "invented/border explainer: X's subject of Y dropped from A to B",
        "The coastguard's interceptions of boats dropped by 30% from 2022, from 18,400 to 12,900.",
        [
            ("30%", 30, E, P, "%"),
            ("18,400", 18400, E, C, None, {"head": "interceptions"}),
            ("12,900", 12900, E, C, None, {"head": "interceptions"}),
        ],
    ),
    (
        "invented/border explainer: subject hit a low of N",
        "Arrivals hit a low of 9,500 in February.",
        [("9,500", 9500, E, C, None, {"head": "arrivals"})],
    ),
    (
        "invented/guard: a name is no plural subject",
        "The Netherlands hit a record 48,000 in 2023.",
        [("48,000", 48000, E, C, None, {"head": "people"})],
    ),
    # --- a share no part of a small count can be ---------------------------------------------
    # "lived in one of five states: California (18 percent or 113,000 people)" (a research
    # institute's statistics page) made 18 percent part of the five states: 18% of five is
    # 0.9, so the share is of something else.
    (
        "invented/statistics page: a share after a small count is not its part",
        "Most new citizens live in one of four states: Texas (22 percent or 41,000 people).",
        [
            ("four", 4, E, C, None, {"head": "states"}),
            ("22 percent", 22, E, P, "%", {"part_of": None}),
            ("41,000", 41000, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/guard: a share a small count can have",
        "Of the 12 boats, 25% sank.",
        [
            ("12", 12, E, C, None, {"head": "boats"}),
            ("25%", 25, E, P, "%", {"part_of": 0, "head": "boats"}),
        ],
    ),
    # --- Nepali editorials on migrant deaths ----------------------------------------------------
    # "One out of every 2,500 workers died in 2008; last year one out of every 500 died" (a
    # wire analysis quoted in Nepali copy): the first rate was a count of 2,500 workers (a
    # base over 1,000 was a rate only as a power of ten), and the second was made part of
    # it. "According to the government's Labour Migration report, at least 7,467 migrant
    # workers have died" read "report" as a verb with the subject "the government's Labour
    # Migration".
    (
        "invented/wire analysis: one out of every N,NNN",
        "One out of every 3,200 workers died in 2010; last year one out of every 800 died.",
        [
            ("One out of every 3,200", 100 / 3200, E, P, "%", {"head": "workers"}),
            ("one out of every 800", 100 / 800, E, P, "%", {"part_of": None}),
        ],
    ),
    (
        "invented/editorial: according to X's Title report",
        "According to the ministry's Foreign Employment report, at least 6,210 workers have "
        "died abroad.",
        [("at least 6,210", 6210, L, C, None, {"source": "the ministry", "head": "workers"})],
    ),
    # "68% of respondents encountered one or more protection incidents" (a mixed-migration
    # survey snapshot) gave the head "protection": "one" takes a singular noun, but "one or
    # more" a plural.
    (
        "invented/survey snapshot: one or more takes a plural",
        "Most respondents faced one or more border pushbacks.",
        [("one or more", 1, L, C, None, {"head": "pushbacks"})],
    ),
    # --- Australian fact-checks of migration claims ------------------------------------------
    # "Official forecasts said Australia was on track to record an increase of 235,000"
    # read "forecasts" as the verb, so the source was "Official", whom a later "she said"
    # took for a person. "an increase of more than 400,000 year on year" was a duration of
    # 400,000 years. A columnist's "her tweet said three things. One, ... Two, by January
    # 2023, we were already looking at 300,000. Three, ..." counted the list's marks and gave
    # the figures the head "things".
    (
        "invented/fact-check: official forecasts said",
        "Official forecasts said net migration would reach 260,000 this year.",
        [("260,000", 260000, E, C, None, {"source": "Official forecasts"})],
    ),
    (
        "invented/fact-check: a later she said is no forecast",
        'Official forecasts said 260,000 would arrive. "We will see 300,000," she said.',
        [
            ("260,000", 260000, E, C, None, {"source": "Official forecasts"}),
            ("300,000", 300000, E, C, None, {"source": None}),
        ],
    ),
    (
        "invented/fact-check: N year on year is no duration",
        "The population grew by more than 380,000 year on year.",
        [("more than 380,000", 380000, L, C, None)],
    ),
    (
        "invented/statistics brief: N month-on-month",
        "Arrivals rose by 2,400 month-on-month.",
        [("2,400", 2400, E, C, None, {"head": "arrivals"})],
    ),
    (
        "invented/column: a spoken list's marks",
        "Her post made three claims. One, the plan allowed 190,000 arrivals. Two, by March "
        "the total had passed 240,000. Three, nobody was told.",
        [
            ("three", 3, E, C, None, {"head": "claims"}),
            ("190,000", 190000, E, C, None, {"head": "arrivals"}),
            ("240,000", 240000, E, C, None),
        ],
    ),
    (
        "invented/guard: two, maybe three, people",
        "Two, maybe three, people died in the crossing.",
        [("Two", 2, E, C, None), ("three", 3, E, C, None)],
    ),
    # --- a people named before its count in brackets ------------------------------------------
    # Q&A explainers: "Afghans were the largest group, at 5,200, followed by Iranians (3,900)
    # and Turks (3,100)" gave the bracketed counts the head "people" (a breakdown word and a
    # larger count before were needed).
    (
        "invented/Q&A explainer: followed by Nationals (N)",
        "Albanians led, followed by Eritreans (2,700) and Sudanese (1,450).",
        [
            ("2,700", 2700, E, C, None, {"head": "eritreans"}),
            ("1,450", 1450, E, C, None, {"head": "sudanese"}),
        ],
    ),
    (
        "invented/guard: a country before its count in brackets",
        "Most came from the Philippines (4,100) and Nepal (900).",
        [("4,100", 4100, E, C, None, {"head": "people"}), ("900", 900, E, C, None)],
    ),
    # "the maximum number of refugees allowed into the U.S. in fiscal 2017 will likely decline
    # from 110,000 to 50,000" (a research centre's key facts): an adjective between "the" and
    # "number of" and a verb of change after a modal hid the subject; the head was "people".
    (
        "invented/key facts: the maximum number of X will decline from A to B",
        "Under the new plan, the maximum number of refugees allowed into the country in fiscal "
        "2026 will likely decline from 95,000 to 40,000.",
        [
            ("95,000", 95000, E, C, None, {"head": "refugees"}),
            ("40,000", 40000, E, C, None, {"head": "refugees"}),
        ],
    ),
    (
        "invented/guard: the number of X is expected to fall to N",
        "The number of arrivals is expected to fall to 40,000.",
        [("40,000", 40000, E, C, None, {"head": "arrivals"})],
    ),
    # "Applications from Serbians, which shot up in 2010 after restrictions ... were lifted,
    # amounted to more than 24,000" (a weekly's graphic desk): "amounted to" was no verb of
    # amount, and the nearest plural inside the relative clause would have been taken. While
    # checking it, "the protesters, who say they number 5,000" gave no figure at all: "number"
    # after its subject was read as a label ("car number 63").
    (
        "invented/graphic desk: subject, which ..., amounted to N",
        "Claims from Georgians, which jumped after visa rules eased, amounted to more than 19,000.",
        [("more than 19,000", 19000, L, C, None, {"head": "claims"})],
    ),
    (
        "invented/graphic desk: subject amounted to N",
        "Applications from Peruvians amounted to about 8,400.",
        [("about 8,400", 8400, AP, C, None, {"head": "applications"})],
    ),
    (
        "invented/feature: they number N",
        "The fishermen, who say they number 3,000, blocked the port.",
        [("3,000", 3000, E, C, None, {"head": "fishermen"})],
    ),
    (
        "invented/guard: a shirt's number is a label",
        "He wore number 9 for the national team.",
        [],
    ),
    # --- guards: explainer forms that already worked -------------------------------------------
    (
        # (session 10: the ratio's "one" is a count written in words, as the dev set's schema
        # counts "at least one"; the second dev set's blind gold took both, "one latrine for
        # every 500 people". Before, only the 410 was taken.)
        "invented/guard: one asylum seeker for every N residents",
        "Austria took in one asylum seeker for every 410 residents.",
        [("one", 1, E, C, None, {"head": "seeker"}), ("410", 410, E, C, None)],
    ),
    (
        "invented/guard: a quoted counted noun",
        'Agents recorded some 1,200 "gotaways" in the sector.',
        [("some 1,200", 1200, AP, C, None, {"head": "gotaways"})],
    ),
    (
        "invented/guard: one in every N people",
        "One in every 95 people on Earth has been forced from home.",
        [("One in every 95", 100 / 95, E, P, "%")],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_real_probe_explainers(sentence, expected):
    check_figures(sentence, expected)


def test_ids_are_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
