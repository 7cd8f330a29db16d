"""Forms read in real crime, justice and security copy and in numbers spoken in quotes,
interviews and columns, rewritten as invented cases.

Session 7 read real reports through the stored-pages search (none is kept here): Crown Court
and Court of Appeal sentencing summaries, fraud and confiscation-order copy from UK regional
papers and the CPS, French and British people-smuggling trials, Home Office conviction
tallies, drug seizures (South African, German, US Coast Guard, NCA and Border Force banana
hauls, CBP cigarette seizures, an Indian customs seizure in lakh), police raid and arrest
tallies (Met, Hampshire, SEROCU, Delhi Police, Sri Lankan police), the Interpol Liberterra II
trafficking operation, US jury verdicts and damages round-ups, US bail and bond copy,
magistrates' sentencing guides, prison-capacity copy, crowd-size disputes quoting police and
organisers, opinion columns of statistics, and Australian prime-ministerial radio
transcripts. Each failure that looked general became one or more sentences below, INVENTED
in the same construction with other names and numbers; the id names the desk it imitates.
Some cases are guards: constructions of these desks that already worked, kept so they stay
working. The expected rows were written by hand before the extractor was run on them.

Conventions are those of tests/test_unseen_styles.py and tests/test_real_probe_society.py:
each row is ``(text, value or (low, high), bound, kind, unit)`` plus an optional dict of
further fields (``part_of`` as the index of the whole among the expected rows, ``head``,
``source`` compared as the scorer does, None for the report's own voice).

Before this branch's fixes: of the first 33 cases (written before any fix), 24 failed and the
9 guards passed; each later case was written before its fix and checked against the tree
before that fix (the file copied aside, the committed version run, copied back): all failed
except the guards and the two transcript lines a verb already attributed. In all, of the 81
cases, 22 pass with main's ``analysis`` at this branch's last merge (59 fail), 81 with this
branch (a party-seats guard and a dateline guard were added for side effects of the
bracketed-age and transcript rules: both pass on main and failed with the rule before its
narrowing). Two annotations were corrected after the first run to the tables' conventions
(nights are a duration; a singular subject of a verb of amount is the head, "crowd"), each
noted where it stands; the head of the first share of "35% rather than 50% of" was set to
none after checking what "35% or 50% of" gives, the convention it follows.

Left out as open conventions: "a couple of hundred" (200, or vague like "a few hundred"),
"sixty, seventy thousand people" and "three, four hundred" (a spoken range, or two
numbers?), "nine times out of ten" (a rate, or an idiom?), "six years and three months" (one
duration or two), a range broken by a bracketed conversion ("between €3,500 ($4,224) and
€5,000"), and a scale written after a bracketed conversion ("US$338 (NZ$529) million").
"""

from __future__ import annotations

import pytest
from figure_checks import check_figures

E, L, U, AP, R = "exact", "lower", "upper", "approximate", "range"
C, P, M, D, MON = "count", "percent", "measure", "duration", "money"

# (id, sentence, [(text, value or (low, high), bound, kind, unit[, extra])])
CASES = [
    # --- ranges written "between A to B" -------------------------------------------------
    # "between A to B" was a range only before a percent, a time unit or a scale word (South
    # Asian court copy); a seizure's "between 20 to 25 kilograms of cocaine" gave a bare
    # count and a weight, and a damages estimate "between $622 million to $1.3 billion" two
    # amounts (US drug-seizure copy).
    (
        "invented/drug seizure: between A to B kilograms",
        "Each of the 40 sacks held between 18 to 22 kilograms of cannabis resin.",
        [
            ("40", 40, E, C, None, {"head": "sacks"}),
            ("between 18 to 22 kilograms", (18, 22), R, M, "kilogram"),
        ],
    ),
    (
        "invented/street value: between $A million to $B billion",
        "Analysts valued the haul at between $410 million to $1.1 billion.",
        [("between $410 million to $1.1 billion", (410e6, 1.1e9), R, MON, "USD")],
    ),
    (
        "invented/African daily: between A to B people",
        "Between 150 to 200 people were detained after the protest, police said.",
        [("Between 150 to 200", (150, 200), R, C, None, {"head": "people", "source": "police"})],
    ),
    # --- spoken and US forms of durations ---------------------------------------------------
    # "N-odd years" counted years; "four and one-half hours" (US wire and court copy) gave a
    # bare count of four.
    (
        "invented/police memoir: N-odd years is a duration",
        "He had been a prison officer for 30-odd years before he retired.",
        [("30-odd years", 30, AP, D, "year")],
    ),
    (
        "invented/inquiry quote: forty-odd minutes in words",
        '"We waited forty-odd minutes for a van," she told the inquiry.',
        [("forty-odd minutes", 40, AP, D, "minute")],
    ),
    (
        "invented/US court: N and one-half years",
        "He was sentenced to four and one-half years in federal prison.",
        [("four and one-half years", 4.5, E, D, "year")],
    ),
    (
        "invented/US wire: a standoff of N and one-half hours",
        "The standoff lasted two and one-half hours, police said.",
        [("two and one-half hours", 2.5, E, D, "hour", {"source": "police"})],
    ),
    (
        "invented/US court: digits and one-half years",
        "She received 6 and one-half years for the robbery.",
        [("6 and one-half years", 6.5, E, D, "year")],
    ),
    # --- half a tonne, half an hour ----------------------------------------------------------
    # "more than half a tonne of cocaine" (NCA copy) gave no figure at all: "half a" before a
    # unit of weight, length, volume or time is half of one.
    (
        "invented/NCA: more than half a tonne",
        "Border Force officers seized more than half a tonne of cocaine at the port.",
        [("more than half a tonne", 0.5, L, M, "metric_ton")],
    ),
    (
        "invented/court report: half a kilo",
        "He was stopped with half a kilo of heroin in his car.",
        [("half a kilo", 0.5, E, M, "kilogram")],
    ),
    (
        "invented/police quote: half an hour",
        '"The siege lasted about half an hour," the inspector said.',
        [("about half an hour", 0.5, AP, D, "hour", {"source": "the inspector"})],
    ),
    (
        "invented/guard: half a million stays a count",
        "Half a million people marched, organisers said.",
        [("Half a million", 500000, E, C, None, {"source": "organisers"})],
    ),
    (
        "invented/guard: half a dozen stays six",
        "Half a dozen officers were hurt.",
        [("Half a dozen", 6, E, C, None, {"head": "officers"})],
    ),
    # --- ordinals in millions -------------------------------------------------------------------
    # "our 23 millionth person" (a radio transcript) gave a count of 23.
    (
        "invented/airport copy: the N millionth passenger is an ordinal",
        "Staff greeted the airport's 50 millionth passenger of the year with a cake.",
        [],
    ),
    (
        "invented/museum copy: the N thousandth visitor",
        "The 10 thousandth visitor to the exhibition won a prize.",
        [],
    ),
    # --- phrasal verbs that look like bounds -----------------------------------------------
    # "hand over £162,000" was "over £162,000", a lower bound (UK fraud copy); "the top 10
    # verdicts added up to $4.16 billion" an upper bound, and "The fines added up to" made
    # "The fines" a speaker (US verdict round-ups).
    (
        "invented/confiscation order: ordered to hand over an amount",
        "The judge ordered him to hand over £1.4m under the Proceeds of Crime Act.",
        [("£1.4m", 1.4e6, E, MON, "GBP")],
    ),
    (
        "invented/gun amnesty: handed over N firearms",
        "Residents handed over 312 firearms during the two-week amnesty, police said.",
        [
            ("312", 312, E, C, None, {"head": "firearms", "source": "police"}),
            ("two-week", 2, E, D, "week"),
        ],
    ),
    (
        "invented/guard: over before an amount stays a bound",
        "He was caught with over £3,000 in cash.",
        [("over £3,000", 3000, L, MON, "GBP")],
    ),
    (
        "invented/verdict round-up: added up to an amount",
        "Together the fines and costs added up to $4.7 million.",
        [("$4.7 million", 4.7e6, E, MON, "USD", {"source": None})],
    ),
    (
        "invented/household bills: adds up to an amount",
        "The bill adds up to £3,200 a year for each household.",
        [("£3,200", 3200, E, MON, "GBP")],
    ),
    (
        "invented/guard: up to after a noun stays a bound",
        "Offenders face fines of up to $10,000.",
        [("up to $10,000", 10000, U, MON, "USD")],
    ),
    # --- who speaks ----------------------------------------------------------------------------
    # "had nine years added to his six-year prison sentence" made "nine years" a speaker.
    (
        "invented/CPS copy: had N years added to a sentence",
        "Demir, 58, had six years added to his prison term for failing to repay £3.9m.",
        [
            ("six years", 6, E, D, "year", {"source": None}),
            ("£3.9m", 3.9e6, E, MON, "GBP", {"source": None}),
        ],
    ),
    # "X, who denied wrongdoing, was jailed for ... and fined ...": the relative clause's
    # "denied" attributed the sentence and the fine to the defendant.
    (
        "invented/court report: a relative clause's denial does not attribute the sentence",
        "Okafor, who denied wrongdoing, was jailed for seven years and fined £12,000.",
        [
            ("seven years", 7, E, D, "year", {"source": None}),
            ("£12,000", 12000, E, MON, "GBP", {"source": None}),
        ],
    ),
    (
        "invented/court report: a relative clause's admission does not attribute the order",
        "Brennan, who admitted fraud, was ordered to repay £240,000.",
        [("£240,000", 240000, E, MON, "GBP", {"source": None})],
    ),
    (
        "invented/guard: a relative clause, then the subject's own 'said'",
        "Okafor, who denied the charges, said the gang made £3m.",
        [("£3m", 3e6, E, MON, "GBP", {"source": "Okafor"})],
    ),
    # "One police officer outside the hall said" gave "the hall" as the source (a crowd
    # dispute); a speaker is placed by "outside", "near" or "inside" as by "at".
    (
        "invented/court report: a police officer outside the courthouse said",
        "A police officer outside the courthouse said 35 people had been arrested.",
        [
            (
                "35",
                35,
                E,
                C,
                None,
                {"head": "people", "source": "A police officer outside the courthouse"},
            )
        ],
    ),
    (
        "invented/border copy: a witness near the border post said",
        "A witness near the border post said about 60 migrants had crossed overnight.",
        [
            (
                "about 60",
                60,
                AP,
                C,
                None,
                {"head": "migrants", "source": "A witness near the border post"},
            )
        ],
    ),
    # "Operation Liberterra II ... , he said": an operation's name is nobody's "he".
    (
        "invented/police operation: an operation is no antecedent of he",
        "Operation Trident ran for nine days. More than 400 suspects were arrested, he said.",
        [
            ("nine days", 9, E, D, "day"),
            ("More than 400", 400, L, C, None, {"head": "suspects", "source": None}),
        ],
    ),
    # --- spoken approximations -------------------------------------------------------------------
    (
        "invented/detective's quote: something like N kilos",
        '"We seized something like 300 kilos," the detective said.',
        [("something like 300 kilos", 300, AP, M, "kilogram", {"source": "the detective"})],
    ),
    (
        "invented/commander's quote: getting on for N",
        '"We have getting on for 200 officers out tonight," the commander said.',
        [("getting on for 200", 200, U, C, None, {"head": "officers", "source": "the commander"})],
    ),
    # "After 100 Plus Arrests" (a broadcast transcript's headline) gave no figure; "100 plus
    # arrests" spoken is "100-plus".
    (
        "invented/broadcast headline: N Plus in title case",
        "Curfew Lifted After 240 Plus Arrests",
        [("240 Plus", 240, L, C, None, {"head": "arrests"})],
    ),
    (
        "invented/police quote: N plus with a space",
        '"We have made 60 plus arrests since Friday," the chief constable said.',
        [("60 plus", 60, L, C, None, {"head": "arrests", "source": "the chief constable"})],
    ),
    (
        "invented/retirement profile: N plus years is a duration",
        "The sergeant retired after 32 plus years on the beat.",
        [("32 plus years", 32, L, D, "year")],
    ),
    (
        "invented/guard: plus after an amount of money adds, no bound",
        "The fine was $400 plus costs of $120.",
        [("$400", 400, E, MON, "USD"), ("$120", 120, E, MON, "USD")],
    ),
    # "ten times worse than when I started" (a prison officer's quote) counted "times": a
    # multiplier with a comparative of quality or risk, as "five times higher" is.
    (
        "invented/governor's quote: N times worse is a multiplier",
        '"Violence on the wings is four times worse than when I started," the governor said.',
        [],
    ),
    (
        "invented/column: N times deadlier is a multiplier",
        "Fentanyl is fifty times deadlier than heroin, the agency warned.",
        [],
    ),
    (
        "invented/guard: arrested N times is a count",
        "He was arrested three times in 2023, police said.",
        [("three", 3, E, C, None, {"source": "police"})],
    ),
    # Radio and broadcast transcripts label each line with its speaker ("NEIL MITCHELL: ...
    # I read $4 billion is likely", "PRIME MINISTER: ..."): the figures had no source. A
    # line's label is its speaker, as a quote's attribution is; a fact box's capitalised
    # labels ("PEOPLE IN NEED: 134.0 M") are no speakers.
    (
        "invented/radio transcript: speaker labels",
        "HOST: Commissioner, how many officers will be out this weekend?\n"
        "COMMISSIONER: We will have about 2,800 officers on the streets and 350 in reserve.\n"
        "HOST: And what will that cost the city?\n"
        "COMMISSIONER: Something like $4 million over the two nights.",
        [
            ("about 2,800", 2800, AP, C, None, {"head": "officers", "source": "COMMISSIONER"}),
            ("350", 350, E, C, None, {"source": "COMMISSIONER"}),
            ("Something like $4 million", 4e6, AP, MON, "USD", {"source": "COMMISSIONER"}),
            # (first annotated as a count of nights; the table's convention, time_units.csv,
            # reads nights as a duration, corrected after the first run)
            ("two nights", 2, E, D, "night", {"source": "COMMISSIONER"}),
        ],
    ),
    (
        "invented/broadcast transcript: a label with a role after a comma",
        "MARIA LOPEZ, CORRESPONDENT: Police say 46 people were arrested overnight.\n"
        "DAVID OKOYE, ANCHOR: And how many officers were injured in the clashes?",
        [("46", 46, E, C, None, {"head": "people", "source": "Police"})],
    ),
    # CNN rush transcripts: a time stamp before the label, a role with commas, a title
    # before the name, and later lines labelled by the surname alone.
    (
        "invented/rush transcript: time stamp, role with commas, surname labels",
        "[16:02:10] DANA WELLS, CNN ANCHOR: Police now say 14 people were wounded.\n"
        "SHERIFF TOM ALDER, HARRIS COUNTY, TEXAS: We have 9 suspects in custody tonight.\n"
        "WELLS: And about 200 officers are still at the scene.",
        [
            ("14", 14, E, C, None, {"head": "people", "source": "Police"}),
            ("9", 9, E, C, None, {"head": "suspects", "source": "SHERIFF TOM ALDER"}),
            ("about 200", 200, AP, C, None, {"head": "officers", "source": "DANA WELLS"}),
        ],
    ),
    (
        "invented/guard: datelines in capitals name no speaker",
        "KARACHI: Police arrested 17 suspects in raids across the city on Sunday.\n"
        "LAHORE: Officers seized 25 kg of heroin from a truck on the motorway.",
        [
            ("17", 17, E, C, None, {"head": "suspects", "source": None}),
            ("25 kg", 25, E, M, "kilogram", {"source": None}),
        ],
    ),
    (
        "invented/guard: a fact box's capitalised labels name no speaker",
        "KEY FIGURES\nPEOPLE DISPLACED: 2.3 million people so far this year\nDEATHS: 412",
        [
            ("2.3 million", 2.3e6, E, C, None, {"source": None}),
            ("412", 412, E, C, None, {"source": None}),
        ],
    ),
    # Crowd disputes: "the police gave their initial estimate as 2 to 3,000" was a range
    # from 2; the thousands are written once, on the second end, as in "£15-20,000". A
    # change ("fell 2 to 3,000", "rose from 2 to 3,000") stays two figures.
    (
        "invented/crowd dispute: A to B,000 shares the thousands",
        "Police first put the crowd at 4 to 5,000, organisers at 20,000.",
        [
            ("4 to 5,000", (4000, 5000), R, C, None),
            ("20,000", 20000, E, C, None),
        ],
    ),
    (
        "invented/guard: a change from A to B,000 stays two figures",
        "Membership rose from 8 to 9,000 in a decade.",
        [("8", 8, E, C, None), ("9,000", 9000, E, C, None)],
    ),
    # "the numbers never exceeded 12,000" counted "never". (First annotated with the head
    # "people"; test_unseen_styles.py's convention gives a singular subject, "the crowd
    # numbered about 15,000", the head "crowd": corrected after the first run.)
    (
        "invented/crowd copy: never is no counted noun",
        "Officers said the crowd never exceeded 6,000 at any one time.",
        [("6,000", 6000, E, C, None, {"head": "crowd", "source": "Officers"})],
    ),
    # guards: spoken forms that already read well
    (
        "invented/call handler's quote: two and a half thousand",
        '"We\'ve had two and a half thousand calls since Monday," the control room manager said.',
        [
            (
                "two and a half thousand",
                2500,
                E,
                C,
                None,
                {"head": "calls", "source": "the control room manager"},
            )
        ],
    ),
    (
        "invented/witness quote: about a hundred and fifty",
        '"There were about a hundred and fifty of them at the gates," a neighbour said.',
        [("about a hundred and fifty", 150, AP, C, None, {"source": "a neighbour"})],
    ),
    # "released after serving 40% rather than 50% of their sentence" (prison-capacity copy)
    # counted "rather"; the first share now has no head, as "40% or 50% of" has none.
    (
        "invented/prison capacity: N% rather than M% of a sentence",
        "Inmates will be freed after serving 35% rather than 50% of their terms.",
        [
            ("35%", 35, E, P, "%", {"head": None}),
            ("50%", 50, E, P, "%", {"head": "terms"}),
        ],
    ),
    # "The government's three million pound anti-knife crime advertising push" (a knife-crime
    # blog) counted three million pushes; "a five-million-pound deal" was a weight. A weight
    # is never written in millions of pounds before a noun: sterling, or the pound of the
    # report's country.
    (
        "invented/campaign copy: a N million pound campaign",
        "Ministers launched a four million pound anti-gang campaign in the capital.",
        [("four million pound", 4e6, E, MON, "GBP")],
    ),
    (
        "invented/court copy: a N-million-pound fraud, hyphenated",
        "The jury heard how the pair ran a two-million-pound fraud from a rented office.",
        [("two-million-pound", 2e6, E, MON, "GBP")],
    ),
    (
        "invented/guard: a 2,000-pound bomb stays a weight",
        "The jet dropped a 2,000-pound bomb on the depot.",
        [("2,000-pound", 2000, E, M, "pound")],
    ),
    # "according to new police data" gave "new police" as the source (knife-crime copy).
    (
        "invented/knife crime: according to new police data",
        "Robberies at knifepoint rose by 18%, according to new police data.",
        [("18%", 18, E, P, "%", {"source": "police"})],
    ),
    (
        "invented/knife crime: according to the latest police figures",
        "Some 4,100 blades were surrendered, according to the latest police figures.",
        [("Some 4,100", 4100, AP, C, None, {"head": "blades", "source": "police"})],
    ),
    # Bangladeshi seizure copy: "Taka 1.93 crore" and "TK 1.8 crore" were counts of people,
    # and "worth Tk about 1.5 crore" a count of tablets: the taka spelt out or in capitals,
    # and a currency sign written before the qualifier.
    (
        "invented/Bangladeshi seizure: Taka spelt out before crore",
        "The seized drugs were valued at Taka 2.65 crore, the BGB commander said.",
        [("Taka 2.65 crore", 2.65e7, E, MON, "BDT", {"source": "the BGB commander"})],
    ),
    (
        "invented/Bangladeshi seizure: TK in capitals",
        "Border guards recovered 42,000 yaba tablets worth TK 1.26 crore in Teknaf.",
        [
            ("42,000", 42000, E, C, None, {"head": "tablets"}),
            ("TK 1.26 crore", 1.26e7, E, MON, "BDT"),
        ],
    ),
    (
        "invented/Bangladeshi seizure: a sign before the qualifier",
        "Some 35,000 tablets, worth Tk about 1.05 crore, were found in the boat.",
        [
            ("Some 35,000", 35000, AP, C, None, {"head": "tablets"}),
            ("Tk about 1.05 crore", 1.05e7, AP, MON, "BDT"),
        ],
    ),
    (
        "invented/Indian seizure: Rs before around",
        "Police in Delhi seized fake notes worth Rs around 18 lakh from the flat.",
        [("Rs around 18 lakh", 1.8e6, AP, MON, "INR")],
    ),
    # "for a period of twenty (20) years" (a US restitution ruling) counted years: the words
    # restated in digits are one figure, and the unit after the bracket makes a duration.
    (
        "invented/US plea agreement: words, digits in brackets, then a unit",
        "He must surrender within seventy-two (72) hours and serve thirty-six (36) months.",
        [
            ("seventy-two (72) hours", 72, E, D, "hour"),
            ("thirty-six (36) months", 36, E, D, "month"),
        ],
    ),
    (
        "invented/guard: words restated in digits before a counted noun",
        "Eleven (11) defendants were charged in the indictment.",
        [("Eleven (11)", 11, E, C, None, {"head": "defendants"})],
    ),
    # US smuggling copy: "101 non-U.S. citizens" counted "non-u", and "over 60% of the
    # U.S.-Mexico border" "u": a dotted abbreviation with a prefix or a hyphened partner
    # modifies the noun after it, as "2,000 U.S. troops" does.
    (
        "invented/US smuggling copy: non-U.S. citizens",
        "Agents found 64 non-U.S. citizens hidden in the trailer.",
        [("64", 64, E, C, None, {"head": "citizens"})],
    ),
    (
        "invented/US border copy: a share of the U.S.-Mexico border",
        "Arizona covers about 19% of the U.S.-Mexico border.",
        [("about 19%", 19, AP, P, "%", {"head": "border"})],
    ),
    (
        "invented/US border copy: U.S.-bound migrants",
        "Mexican police stopped 1,350 U.S.-bound migrants last week.",
        [("1,350", 1350, E, C, None, {"head": "migrants"})],
    ),
    # Indian police copy gives an accused's age in brackets after the name ("identified as
    # Prakash Pawar (27)", "Kirta Kirade (48)"): they were counts. A place's bracketed count
    # ("Cyprus (13)") and a player's score stay figures.
    (
        "invented/Indian police copy: ages in brackets after names",
        "Delhi Police arrested Ramesh Yadav (34) and Suresh (29) with 12 kg of ganja worth Rs 2.4 "
        "lakh.",
        [("12 kg", 12, E, M, "kilogram"), ("Rs 2.4 lakh", 2.4e5, E, MON, "INR")],
    ),
    (
        "invented/Indian police copy: an age in brackets, then a residence",
        "The deceased, Anil Sharma (41) of Rohini, had two children.",
        [("two", 2, E, C, None, {"head": "children"})],
    ),
    (
        "invented/guard: a party's seats in brackets stay a count",
        "The Lib Dems (61), Reform (5) and the Greens (4) all gained ground overnight.",
        [("61", 61, E, C, None), ("5", 5, E, C, None), ("4", 4, E, C, None)],
    ),
    (
        "invented/guard: a batsman's runs in brackets stay a count",
        "Rohit Sharma (74) and Shubman Gill (38) put on 102 runs for the first wicket.",
        [
            ("74", 74, E, C, None),
            ("38", 38, E, C, None),
            ("102", 102, E, C, None, {"head": "runs"}),
        ],
    ),
    # "ganja plants worth Rs 10L" (an Indian caption) read Rs 10: a lakh glued as "L".
    (
        "invented/Indian caption: a lakh written L after rupees",
        "Mumbai police seized cash of Rs 3.5L and gold worth Rs 12L from the flat.",
        [("Rs 3.5L", 3.5e5, E, MON, "INR"), ("Rs 12L", 1.2e6, E, MON, "INR")],
    ),
    # Philippine drug copy: "seized ... from two alleged drug dealers" had no head (the
    # adjective was read as the reporting verb), and "suspected shabu (crystal meth)
    # estimated to cost more than P1.6 million" made "(crystal meth)" the source.
    (
        "invented/Philippine drug copy: N alleged dealers",
        "Agents arrested two alleged drug couriers and 11 alleged gang members in Cebu.",
        [
            ("two", 2, E, C, None, {"head": "couriers"}),
            ("11", 11, E, C, None, {"head": "members"}),
        ],
    ),
    (
        "invented/Philippine drug copy: estimated to cost is no attribution",
        "Manila police seized suspected shabu (crystal meth) estimated to cost P3.4 million.",
        [("P3.4 million", 3.4e6, E, MON, "PHP", {"source": None})],
    ),
    (
        "invented/guard: an agent that estimated a number still speaks",
        "The agency estimated 2,300 people had been trafficked.",
        [("estimated 2,300", 2300, AP, C, None, {"head": "people", "source": "The agency"})],
    ),
    # "Unless the Judge finds special circumstances" (a sentencing guide) gave "Unless the
    # Judge" as a speaker: a clause's opening word, capitalised at the sentence's start, is
    # no part of its subject.
    (
        "invented/inquest copy: Once opens the clause, not the speaker's name",
        "Once investigators confirmed 14 deaths, the coroner opened an inquest.",
        [("14", 14, E, C, None, {"head": "deaths", "source": "investigators"})],
    ),
    # AP seizure copy converts metric tonnes for US readers: "4.5 tons (nearly 5 U.S. tons)
    # of cocaine" gave a count of 5.
    (
        "invented/AP seizure copy: a conversion into U.S. tons",
        "Dutch customs seized 7.2 metric tons (nearly 8 U.S. tons) of cocaine in Rotterdam.",
        [
            ("7.2 metric tons", 7.2, E, M, "metric_ton"),
            ("nearly 8 U.S. tons", 8, U, M, "ton"),
        ],
    ),
    # Delhi Police raid copy: "unaccounted cash totalling 18.7 lakh" (the rupee sign lost in
    # the page) was a count of pistols: a word of money before an amount in lakh or crore
    # makes it money in the report's rupee; "13 lakh people" stays a count.
    (
        "invented/Delhi Police copy: cash totalling N lakh with no sign",
        "Delhi Police seized four pistols and cash totalling 6.4 lakh from the flat.",
        [
            ("four", 4, E, C, None, {"head": "pistols"}),
            ("6.4 lakh", 6.4e5, E, MON, "INR"),
        ],
    ),
    (
        "invented/Kerala customs copy: gold worth about N crore",
        "Customs in Kerala seized gold worth about 1.2 crore from two passengers.",
        [
            ("about 1.2 crore", 1.2e7, AP, MON, "INR"),
            ("two", 2, E, C, None, {"head": "passengers"}),
        ],
    ),
    (
        "invented/Bihar relief copy: aid worth N crore to N lakh families",
        "Officials in Bihar distributed aid worth 40 crore to nearly 3 lakh families.",
        [
            ("40 crore", 4e8, E, MON, "INR"),
            ("nearly 3 lakh", 3e5, U, C, None, {"head": "families"}),
        ],
    ),
    # Seizure lists write the unit on the first item only ("326 cartons of Newport 100's, 58
    # of Newport regulars"; "40 kg of heroin, 12 of cocaine"): the later weights were
    # counts. A partitive ("40 of the 60 migrants") keeps its count.
    (
        "invented/Border Force copy: the unit on the first item of a list of substances",
        "Officers seized 36 kg of heroin, 14 of cocaine and 2 of ketamine at the port.",
        [
            ("36 kg", 36, E, M, "kilogram"),
            ("14", 14, E, M, "kilogram"),
            ("2", 2, E, M, "kilogram"),
        ],
    ),
    (
        "invented/guard: a weight, then a partitive of people",
        "The raid netted 4 kg of heroin, and 3 of the 5 suspects were charged.",
        [
            ("4 kg", 4, E, M, "kilogram"),
            ("3", 3, E, C, None, {"part_of": 2}),
            ("5", 5, E, C, None, {"head": "suspects"}),
        ],
    ),
    # "Police around the U.S. arrest people 10.5 million times each year" (a Vera report's
    # write-up) gave no figure: a decimal before "times" was read as a multiplier ("1.5
    # times those of 2019"), but in millions it counts times.
    (
        "invented/policing report: N.N million times a year is a count",
        "Officers stop drivers some 20.4 million times a year, the report found.",
        [("some 20.4 million", 20.4e6, AP, C, None, {"head": "times", "source": "the report"})],
    ),
    (
        "invented/guard: 1.5 times a level stays a multiplier",
        "Jail admissions are now 1.5 times those of 2010.",
        [],
    ),
    # --- sentencing guards --------------------------------------------------------------------
    (
        "invented/Crown Court: served N months of a longer sentence",
        "He served 18 months of a four-year sentence before his release.",
        [("18 months", 18, E, D, "month"), ("four-year", 4, E, D, "year")],
    ),
    (
        "invented/people-smuggling trial: sentences of a total",
        "A court in Lille sentenced nine members of the network to a total of 61 years.",
        [
            ("nine", 9, E, C, None, {"head": "members"}),
            ("61 years", 61, E, D, "year"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_real_probe_justice(sentence, expected):
    check_figures(sentence, expected)
