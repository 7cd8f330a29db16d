"""Forms read in real migration, displacement and refugee copy from the Americas, Africa and
Asia-Pacific, rewritten as invented cases.

Session 7 read real reports (through the stored-pages search; none is kept here): IOM and
UN News copy on gang displacement in Haiti, AP and Caribbean copy on Dominican
deportations of Haitians, caravan reports from Tapachula and Chiapas, Canadian
immigration-levels explainers and IRCC notes, Guardian Australia and ABC copy on boat
interceptions and Nauru, OCHA and RFA copy on displacement in Myanmar, Bangladeshi and
British features on climate migration to Dhaka, AFP, Guardian and HRW copy on Nepali
workers in Qatar, Zimbabwean and South African copy on deportations from South Africa,
AFP and BBC copy on expulsions from Libya and Egypt, DW and Ethiopian copy on displaced
people in Tigray, EFE and Canarian copy on the Atlantic route to El Hierro, Kenyan copy
on the Dadaab and Kakuma camps, and US, Gulf and Guardian copy on Afghan evacuees held
in Qatar, the UAE and Kosovo. Each failure that looked general became one or more
sentences below, INVENTED in the same construction with other names and numbers; their
ids say which copy they imitate. The expected rows were written by hand before the
extractor was run on them.

Conventions are those of tests/test_unseen_styles.py: each row is ``(text, value or (low,
high), bound, kind, unit)`` plus an optional dict of further fields (``part_of``: the index
of the whole among the expected rows, or ``None``; ``head``; ``source``, compared as the
scorer does, a tuple meaning any of them; ``direction``).

In all: 72 cases; on the branch point (8544526) 13 passed and 59 failed (the passing ones
mostly guards), after this file's rules all 72 pass. (Main's own "as high as", added the
same night, makes 2 of the 59 pass without this branch.)

Before the fixes (batches 1-5, measured on the branch's HEAD before any rule of this
file, ``PYTHONPATH=<worktree> python -m pytest -q tests/test_real_probe_migration_world.py``):
26 cases, 7 passed and 19 failed. The passing ones were the guards ("N found themselves",
"up 12%", "the ministry added that", "announced that N"), "since Canada announced" (a
place is no source; the real failure needed a dotted "the U.S.", batch 6) and the list of
parts (the real failure needed a participle in -ed, batch 6).

Expectations changed after the first run, each an open convention or a misreading said so
at its case: "Some 1,400 didn't return" (the default head "people" of a bare count of 1,000
or more), "27% don't know" after "38% of voters" (head open; a case of its own asks for
no head), "Of the boats ..., 214 registered throughout" (the opening's boats), and the
private person's "for a week" (a figure only optionally; now "for nine days").

Batch 6 (4 cases, on the HEAD after batches 1-5): 1 passed (the verbless-items guard).
Batch 7 (5 cases): 1 passed (the survey guard). Batch 8 (6 cases): 0 passed. Batch 9
(7 cases): 1 passed (the AFP case as first written, without "that, over the past week,";
rewritten closer to the real construction, it failed). Batch 10 (5 cases): 0 passed.
Batch 11 (4 cases): 1 passed (the "said that" guard). Batch 12 (4 cases): 0 passed.
Batch 13 (1 case): 0 passed. Batch 14 (3 cases): 1 passed (the agency guard). Batch 15
(2 cases): 1 passed (the guard). Batch 16 (2 cases): 0 passed. Batch 17 (2 cases): 1
passed (the guard). Batch 18 (2 cases): 0 passed.
"""

from __future__ import annotations

import pytest
from figure_checks import ANY, check_figures

C, P, M, D, X = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

CASES = [
    # Batch 1. Heads. IOM Haiti copy: "of which roughly 70,000 find themselves in
    # settlements" took the reflexive pronoun "themselves" as what is counted, and the
    # figures after it copied it. A quoted minister in Dhaka: "If the 40 million don't try
    # to move" counted "try" ("don't" is no noun); "the 610 registered throughout the year"
    # counted "throughout" (a preposition the clause-word list lacked); "three big, white
    # blisters" counted "big" (two adjectives joined by a comma); "over 20,000 Special
    # Immigrant Visa (SIV) applications" counted "visa" (the acronym in brackets ended the
    # noun phrase before its head); South African copy with space-grouped thousands
    # ("contributing 6 045 and 3 257 deportations") gave the first number no shared noun.
    (
        "invented/IOM Haiti: of whom N find themselves",
        "Some 310,000 people are displaced in the south, of whom about 90,000 find "
        "themselves in school buildings.",
        [
            ("Some 310,000", 310000, AP, C, None, {"head": "people"}),
            ("about 90,000", 90000, AP, C, None, {"head": "people", "part_of": 0}),
        ],
    ),
    (
        "invented/feature: N found themselves",
        "By nightfall 45 migrants found themselves locked out of the shelter.",
        [("45", 45, E, C, None, {"head": "migrants"})],
    ),
    (
        "invented/school copy: N didn't return",
        "Some 1,400 didn't return after the holiday, the school board said.",
        # head: the project's default "people" for a bare count of 1,000 or more (first
        # written None; before the fix it was "didn't")
        [("Some 1,400", 1400, AP, C, None, {"head": "people", "source": "the school board"})],
    ),
    (
        "invented/poll copy: a share that doesn't know",
        "In the latest poll, 27% don't know yet.",
        [("27%", 27, E, P, "%", {"head": None})],
    ),
    (
        "invented/poll copy: N% don't know",
        "Asked about the new levy, 38% of voters backed it and 27% don't know.",
        [
            ("38%", 38, E, P, "%", {"head": "voters"}),
            # head open: the voters of the share before it, or none (first written None)
            ("27%", 27, E, P, "%"),
        ],
    ),
    (
        "invented/Canarian copy: N registered throughout",
        "Of the boats logged this year, 214 registered throughout the summer came from Mauritania.",
        # head: the boats of the opening "Of the boats" (first written None, a misreading
        # of this sentence; before the fix it was "throughout")
        [("214", 214, E, C, None, {"head": "boats"})],
    ),
    (
        "invented/caravan feature: two adjectives joined by a comma",
        "The medic counted four deep, open wounds on his feet.",
        [("four", 4, E, C, None, {"head": "wounds"})],
    ),
    (
        "invented/Afghan evacuee copy: a name with its acronym before the noun",
        "Officials are still processing more than 14,000 Special Immigrant Visa (SIV) "
        "applications.",
        [("more than 14,000", 14000, LO, C, None, {"head": "applications"})],
    ),
    (
        "invented/US copy: a status with its acronym before the noun",
        "About 2,300 Temporary Protected Status (TPS) holders lost their work permits.",
        [("About 2,300", 2300, AP, C, None, {"head": "holders"})],
    ),
    (
        "invented/South African copy: shared noun after space-grouped numbers",
        "Malawi and Lesotho accounted for 4 120 and 2 980 deportations respectively.",
        [
            ("4 120", 4120, E, C, None, {"head": "deportations"}),
            ("2 980", 2980, E, C, None, {"head": "deportations"}),
        ],
    ),
    # Batch 2. Bounds and kinds. Caravan copy: "UN officials saying it may be as high as
    # 7,200" read an exact 7,200 ("as high as" bounds a number from above as "as many as"
    # does). Canadian copy: "within 30 sitting days" counted days ("sitting", "working",
    # "business" and "calendar" days are still days).
    (
        "invented/caravan copy: as high as a count",
        "The death toll could be as high as 1,300, the governor said.",
        [("as high as 1,300", 1300, UP, C, None, {"source": "the governor"})],
    ),
    (
        "invented/Gulf copy: as high as an amount",
        "Recruitment fees run as high as $4,500 per worker.",
        [("as high as $4,500", 4500, UP, M, "USD")],
    ),
    (
        "invented/IRCC note: sitting days",
        "The minister must table the plan within 30 sitting days of the House returning.",
        [("30 sitting days", 30, E, D, "day")],
    ),
    (
        "invented/consumer copy: working and business days",
        "Refunds are paid within 10 working days, and appeals take up to fifteen business days.",
        [
            ("10 working days", 10, E, D, "day"),
            ("up to fifteen business days", 15, UP, D, "day"),
        ],
    ),
    (
        "invented/court copy: calendar days",
        "Appellants have 14 calendar days to lodge their papers.",
        [("14 calendar days", 14, E, D, "day")],
    ),
    # Batch 3. Direction. AFP Nepal copy: "After stumping up 120,000 Nepali rupees" read a
    # rise ("up" before the amount); paying "up" is no change.
    (
        "invented/AFP Nepal copy: stumping up an amount",
        "After stumping up 90,000 rupees to a broker, he flew to Doha.",
        [("90,000 rupees", 90000, E, M, ANY, {"direction": None})],
    ),
    (
        "invented/Gulf copy: coughed up and forked out",
        "Each family coughed up $3,000 and some forked out twice that.",
        [("$3,000", 3000, E, M, "USD", {"direction": None})],
    ),
    (
        "invented/guard: up N% is a rise",
        "Remittances were up 12% in March.",
        [("12%", 12, E, P, "%", {"direction": "up"})],
    ),
    # Batch 4. Sources. OCHA Myanmar copy: "The violence has added to an estimated 346,000
    # people already displaced" made "the violence" the source ("added to" is a sum, not
    # a reporting verb). A Dhaka feature: "A World Bank report from March 2018 predicted
    # that ..." gave the date as the source. A Zimbabwean weekly: '"... 101 Zimbabweans
    # were arrested," said the official' gave a migrant named with her age two sentences
    # before (a private person is no official). Guardian copy on Afghan evacuees: "Since
    # the U.S. announced its withdrawal ..., over 1.6 million people have fled" gave the
    # US (a verb with a noun object, in a clause of time, announces no figure).
    (
        "invented/OCHA Myanmar copy: added to an estimated N",
        "The flooding has added to an estimated 120,000 people already uprooted.",
        [("an estimated 120,000", 120000, AP, C, None, {"source": None})],
    ),
    (
        "invented/guard: the ministry added that",
        "The ministry added that 3,000 more had registered.",
        [("3,000", 3000, E, C, None, {"source": "ministry"})],
    ),
    (
        "invented/Dhaka feature: a report from a month predicted",
        "A UN report from June 2021 estimated that 4.1 million people needed food aid.",
        [("4.1 million", 4.1e6, E, C, None, {"source": ("UN", "UN report", "A UN report")})],
    ),
    (
        "invented/Zimbabwean weekly: said the official after a private person",
        # first written "for a week", a figure only optionally (tests/test_longform.py)
        "Amina Juma, 34, said she was held for nine days.\n\n"
        "\u201cIn total 87 women were detained in the raid,\u201d said the official.",
        [
            ("nine days", 9, E, D, "day", {"source": "Amina Juma"}),
            ("87", 87, E, C, None, {"source": "the official"}),
        ],
    ),
    (
        "invented/Guardian copy: since X announced a noun",
        "Since Canada announced the cap in January, some 40,000 students have withdrawn "
        "their applications.",
        [("some 40,000", 40000, AP, C, None, {"source": None})],
    ),
    (
        "invented/guard: announced that N",
        "The ministry announced that 40,000 permits would be issued.",
        [("40,000", 40000, E, C, None, {"source": "ministry"})],
    ),
    (
        "invented/Guardian Australia: At a hearing, officials refused to say",
        "At estimates, officials refused to say how many flights the 42 deportees boarded.",
        [("42", 42, E, C, None, {"source": (None, "officials")})],
    ),
    # Batch 5. Wholes. IOM Haiti copy: "Nearly 200,000 people are displaced, of which
    # roughly 70,000 live in settlements and collective centres, 31,000 are sleeping in
    # the open air and 34,000 are crammed into classrooms": the third part lost its whole.
    (
        "invented/IOM Haiti: a list of parts after of whom",
        "Roughly 240,000 people have fled their homes, of whom 95,000 are staying with "
        "relatives in the north, 61,000 are living in schools and churches and 18,000 are "
        "sleeping in the open.",
        [
            ("Roughly 240,000", 240000, AP, C, None, {"head": "people"}),
            ("95,000", 95000, E, C, None, {"part_of": 0}),
            ("61,000", 61000, E, C, None, {"part_of": 0}),
            ("18,000", 18000, E, C, None, {"part_of": 0}),
        ],
    ),
    # Batch 6. The two real failures batches 4 and 5 did not catch. Guardian copy: "Since
    # the U.S. announced its withdrawal from Afghanistan in July 2021, over 1.6 million
    # people have fled" still gave the US (a dotted abbreviation). IOM Haiti copy: "...,
    # 31,000 are sleeping in the open air and 34,000 are crammed into classrooms": the
    # last part lost its whole (an item with "are sleeping" was read as verbless, so the
    # next one, "are crammed", as a clause of its own).
    (
        "invented/Guardian copy: since the U.S. announced a noun",
        "Since the U.K. announced its exit from the scheme in March 2022, over 60,000 "
        "people have applied elsewhere.",
        [("over 60,000", 60000, LO, C, None, {"source": None})],
    ),
    (
        "invented/guard: the U.S. announced that N",
        "The U.S. announced on Friday that 3,500 troops would leave.",
        [("3,500", 3500, E, C, None, {"source": "U.S."})],
    ),
    (
        "invented/IOM Haiti: a list of parts, the last in -ed",
        "Close to 150,000 people are displaced, of whom 52,000 live in host families, "
        "27,000 are sleeping in the open and 19,000 are packed into school buildings.",
        [
            ("Close to 150,000", 150000, UP, C, None, {"head": "people"}),
            ("52,000", 52000, E, C, None, {"part_of": 0}),
            ("27,000", 27000, E, C, None, {"part_of": 0}),
            ("19,000", 19000, E, C, None, {"part_of": 0}),
        ],
    ),
    (
        "invented/guard: verbless items, then a clause of its own",
        "The raid killed 300 people, including 120 children, 80 women, and 900 were wounded.",
        [
            ("300", 300, E, C, None),
            ("120", 120, E, C, None, {"part_of": 0}),
            ("80", 80, E, C, None, {"part_of": 0}),
            ("900", 900, E, C, None, {"part_of": None}),
        ],
    ),
    # Batch 7. Malaysian and Bangladeshi labour copy: "recruitment fees of anything between
    # US$4,500 and $6,000" gave two amounts (the bare "$" of the second end read as
    # another currency than the first's "US$"), and "a fee of between US$4,500 to
    # US$6,000" two too ("between ... to" made a range only before a unit). Philippine
    # remittance copy: "According to the Bangko Sentral ng Pilipinas, OFW remittances
    # showed continued growth, with a 2.7% increase ..." gave the remittances as the
    # source ("showed" said of a measured thing, not of data).
    (
        "invented/Dhaka labour copy: a bare dollar after US$",
        "Agents charge between US$3,800 and $5,200 for a work visa.",
        [("between US$3,800 and $5,200", (3800, 5200), R, M, "USD")],
    ),
    (
        "invented/Malaysian copy: between X to Y in money",
        "Migrants paid between RM15,000 to RM19,000 each.",
        [("between RM15,000 to RM19,000", (15000, 19000), R, M, "MYR")],
    ),
    (
        "invented/BSP copy: according to X, a measured noun showed growth",
        "According to the central bank, remittances showed steady growth, with a 3.1% rise "
        "to $8.7 billion in the quarter.",
        [
            ("3.1%", 3.1, E, P, "%", {"source": "central bank", "direction": "up"}),
            ("$8.7 billion", 8.7e9, E, M, "USD", {"source": "central bank"}),
        ],
    ),
    (
        "invented/Manila wire: exports showed a rise",
        "Exports showed a 4% rise in May.",
        [("4%", 4, E, P, "%", {"source": None, "direction": "up"})],
    ),
    (
        "invented/guard: a survey showed",
        "The survey showed 41% of migrants had debts.",
        [("41%", 41, E, P, "%", {"source": ("survey", "The survey")})],
    ),
    # Batch 8. Mexican, Canadian and Honduran copy. INM copy: "rescued 756 mostly Central
    # American migrants", "A total of 491 mostly Guatemalan migrants were encountered":
    # the adverb ended the noun phrase, so the count took the trailers before it. CBSA
    # copy: "according to the most recent data from the Canada Border Services Agency"
    # kept the whole phrase as the source. CBC copy: "crossed the border at Roxham Road,
    # a police source said" made the road a person, so a later "The spokesperson said"
    # named the road. Honduran copy: "..., while 270 made it by plane from the United
    # States, the official said" took the place before the comma as the name the bare
    # role "the official" stood in apposition to; "Of the total of deportees, 645 arrived"
    # counted nothing.
    (
        "invented/INM copy: N mostly demonym migrants",
        "Agents found 312 mostly Honduran migrants in a warehouse.",
        [("312", 312, E, C, None, {"head": "migrants"})],
    ),
    (
        "invented/INM copy: N mainly two-word demonym migrants after a count",
        "Police stopped two trucks and detained 640 mainly Central American migrants.",
        [
            ("two", 2, E, C, None, {"head": "trucks"}),
            ("640", 640, E, C, None, {"head": "migrants"}),
        ],
    ),
    (
        "invented/CBSA copy: according to the most recent data from X",
        "In all, 310 people were turned back, according to the most recent data from the "
        "Canada Border Services Agency.",
        [("310", 310, E, C, None, {"source": "Canada Border Services Agency"})],
    ),
    (
        "invented/CBC copy: a road is no person",
        "Close to 300 people crossed at Birchwood Road, a police source said.\n\n"
        "The spokesperson said 40 officers would stay.",
        [
            ("Close to 300", 300, UP, C, None, {"source": "a police source"}),
            ("40", 40, E, C, None, {"source": "The spokesperson"}),
        ],
    ),
    (
        "invented/Honduran copy: a bare role after a place and a comma",
        "Some 410 arrived by bus, while 180 landed from the United States, the official said.",
        [
            ("Some 410", 410, AP, C, None, {"source": "the official"}),
            ("180", 180, E, C, None, {"source": "the official"}),
        ],
    ),
    (
        "invented/Honduran copy: Of the total of returnees, N",
        "Of the total of returnees, 530 came by land.",
        [("530", 530, E, C, None, {"head": "returnees"})],
    ),
    # Batch 9. Japanese residence statistics (OECD, Kyodo and NHK copy) and AFP Libya
    # copy. "the number of foreign residents registered in Japan reached a record level of
    # 2.38 million", "the number of new labour migrants increased by 12.4%, from 33 600 in
    # 2015 to 37 800 in 2016" and "the number of Vietnamese residents increased nearly
    # tenfold to 490,000" all fell back to "people" (the subject was not reached past
    # "a record level of", "12.4%," or "tenfold"); "325,000 \u201ctechnical intern
    # trainees\u201d" too (a quoted noun of three words). "they have rescued hundreds of
    # migrants who said they were left ... about 150 kilometres west of Tripoli" gave
    # "rescued hundreds of migrants" as the source (the verb kept in the antecedent).
    (
        "invented/OECD copy: reached a record level of N",
        "By the end of 2019 the number of registered foreign residents reached a record level "
        "of 1.84 million.",
        [("1.84 million", 1.84e6, E, C, None, {"head": "residents"})],
    ),
    (
        "invented/OECD copy: increased by N%, from A to B",
        "The number of seasonal workers increased by 8.1%, from 41 200 in 2018 to 44 500 in 2019.",
        [
            ("8.1%", 8.1, E, P, "%", {"direction": "up"}),
            ("41 200", 41200, E, C, None, {"head": "workers"}),
            ("44 500", 44500, E, C, None, {"head": "workers"}),
        ],
    ),
    (
        "invented/Kyodo copy: increased nearly sixfold to N",
        "In a decade the number of Nepali residents increased nearly sixfold to 176,000.",
        [("176,000", 176000, E, C, None, {"head": "residents"})],
    ),
    (
        "invented/NHK copy: a quoted noun of three words",
        "Some 210,000 \u201cspecified skilled workers\u201d were in the country.",
        [("Some 210,000", 210000, AP, C, None, {"head": "workers"})],
    ),
    (
        "invented/AFP Libya copy: a relative clause after a vague count",
        "Guards told AFP that, over the past week, they had found hundreds of migrants who "
        "said they were dumped near Nalut, about 90 kilometres from the border.",
        [
            (
                "about 90 kilometres",
                90,
                AP,
                X,
                "kilometer",
                {"source": ("Guards", "migrants", "hundreds of migrants")},
            )
        ],
    ),
    (
        "invented/Tunisian copy: a verb before the vague count of a relative clause",
        "Police stopped dozens of men who said they had paid 3,000 euros each.",
        # source open: the men, or none (a vague count of speakers)
        [("3,000 euros", 3000, E, M, "EUR", {"source": (None, "men", "dozens of men")})],
    ),
    # Batch 10. Ethiopian return copy (ECHO flash, IOM, AFP) and Australian offshore-cost
    # copy. "Another estimated 260 000 Ethiopians are still in Saudi-Arabia" made
    # "Another" the source of "estimated"; "With DG ECHO support, it has reached 6 000
    # people" made "With DG ECHO" a person (and "Yemen's Aden" another), so a later
    # "She said" named it; "according to 2013-2014 statistics from the Productivity
    # Commission" kept the whole phrase (a year before the data noun).
    (
        "invented/ECHO flash: another estimated N",
        "Another estimated 180 000 migrants remain in the kingdom and risk deportation.",
        [("estimated 180 000", 180000, AP, C, None, {"source": None, "head": "migrants"})],
    ),
    (
        "invented/ECHO flash: a capitalised preposition and an acronym are no person",
        "With DG ECHO funding, the agency has reached 9 000 returnees so far.\n\n"
        "She said each family received 25 kilograms of maize.",
        [
            ("9 000", 9000, E, C, None, {"source": None}),
            ("25 kilograms", 25, E, X, "kilogram", {"source": (None, "She")}),
        ],
    ),
    (
        "invented/IOM Yemen copy: a possessive place is no person",
        "Around 5,000 migrants are held in Yemen\u2019s Aden.\n\nShe said 40 of them were children.",
        [
            ("Around 5,000", 5000, AP, C, None),
            ("40", 40, E, C, None, {"source": (None, "She")}),
        ],
    ),
    (
        "invented/Productivity Commission copy: according to <year> figures from X",
        "Housing a prisoner costs $310 a day, according to 2021-22 figures from the "
        "Productivity Commission.",
        [("$310", 310, E, M, ANY, {"source": "Productivity Commission"})],
    ),
    (
        "invented/World Bank copy: according to <year> data from X",
        "Remittances reached $12.4 billion, according to 2019 data from the World Bank.",
        [("$12.4 billion", 12.4e9, E, M, ANY, {"source": "World Bank"})],
    ),
    # Batch 11. The Star (Malaysia): "Malaysia had responded to a letter from the United
    # Nations that stated Bangladeshi workers were being required to pay ... US$4,500"
    # made Malaysia, the sentence's first noun phrase, the source: a reporting verb right
    # after a relative "that" has the noun phrase before "that" as its subject, as it
    # already had after ", which" and ", who".
    (
        "invented/Malaysian copy: a letter from X that stated",
        "Kuala Lumpur replied to a letter from the International Labour Organization that "
        "stated recruits were paying up to $5,000.",
        [
            (
                "up to $5,000",
                5000,
                UP,
                M,
                "USD",
                {"source": "International Labour Organization"},
            )
        ],
    ),
    (
        "invented/wire: a survey that showed",
        "Officials pointed to a survey that showed 38% of returnees were in debt.",
        [("38%", 38, E, P, "%", {"source": ("survey", "a survey")})],
    ),
    (
        "invented/wire: which found, no comma, after another body's that-clause",
        "Officials answered a letter from the UN refugee agency that stated 3,000 had fled."
        "\n\nThe ministry cited a study by Human Rights Watch which found that 120 workers "
        "had died.",
        [
            ("3,000", 3000, E, C, None, {"source": ("UN refugee agency", "the UN refugee agency")}),
            ("120", 120, E, C, None, {"source": "Human Rights Watch"}),
        ],
    ),
    (
        "invented/guard: said that",
        "The minister said that 300 workers had died.",
        [("300", 300, E, C, None, {"source": "The minister"})],
    ),
    # Batch 12. Guardian and Amnesty copy on deaths of workers in Qatar. A chart's labels
    # over the story ("Bangladesh 1,018" on its own line) made the next line's "More
    # than 6,500" a comparison with 1,018, so the figure lost its bound; "..., the Guardian
    # can reveal" (the British formula) gave no source and "the paper can confirm" gave the
    # figure's own subject; "with Guardian data suggesting that 69% of deaths ..." gave the
    # sentence's first speaker ("suggesting" was no reporting verb).
    (
        "invented/Guardian chart over a story: a figure closing the line before",
        "Nepal 1,641\nMore than 4,200 migrant workers have died since 2012.",
        [
            ("1,641", 1641, E, C, None),
            ("More than 4,200", 4200, LO, C, None, {"head": "workers"}),
        ],
    ),
    (
        "invented/British copy: X can reveal",
        "More than 4,200 migrant workers have died since 2012, the Observer can reveal.",
        [("More than 4,200", 4200, LO, C, None, {"source": "Observer"})],
    ),
    (
        "invented/British copy: X can confirm",
        "The payout was £2.1m, the paper can confirm.",
        [("£2.1m", 2.1e6, E, M, "GBP", {"source": "the paper"})],
    ),
    (
        "invented/Amnesty copy: with X data suggesting",
        "Amnesty found that 60% of cases were unexplained, with ILO data suggesting that 45% "
        "of deaths were classed as natural.",
        [
            ("60%", 60, E, P, "%", {"source": "Amnesty"}),
            ("45%", 45, E, P, "%", {"source": "ILO"}),
        ],
    ),
    # Batch 13. A UNHCR Mauritania operational update (Mbera camp): its KEY FIGURES box puts
    # each number on a line of its own over its label ("1,843\nVoluntary returns to Mali
    # facilitated since January 2016", "112\nNew arrivals from Mali in 2016"): the
    # numbers took the default "people" or nothing, not the label's noun.
    (
        "invented/UNHCR fact sheet: each number over its label",
        "KEY FIGURES\n2,615\nVoluntary returns facilitated since January\n87\n"
        "New arrivals in June\n",
        [
            ("2,615", 2615, E, C, None, {"head": "returns"}),
            ("87", 87, E, C, None, {"head": "arrivals"}),
        ],
    ),
    # Batch 14. New Zealand copy on "501" deportations from Australia: "The tribunal's
    # figures show 192 New Zealanders have applied" kept the whole phrase as the source (a
    # lower-case owner read as words describing the data), and a later "The ministry's
    # data show" then resolved "the ministry" to that unnamed tribunal: a generic body
    # stands for a body named before, never for another generic one.
    (
        "invented/NZ copy: a lower-case owner of figures",
        "The tribunal\u2019s figures show 214 New Zealanders have appealed since 2021.",
        [("214", 214, E, C, None, {"source": ("tribunal", "The tribunal")})],
    ),
    (
        "invented/NZ copy: a generic body is no other generic body",
        "The tribunal's figures show 214 people have appealed.\n\n"
        "The ministry's data show 90 of them won.",
        [
            ("214", 214, E, C, None, {"source": ("tribunal", "The tribunal")}),
            ("90", 90, E, C, None, {"source": ("ministry", "The ministry")}),
        ],
    ),
    (
        "invented/guard: the agency after a named agency",
        "UNHCR said 3,000 had arrived.\n\nThe agency said 400 were children.",
        [
            ("3,000", 3000, E, C, None, {"source": "UNHCR"}),
            ("400", 400, E, C, None, {"source": "UNHCR"}),
        ],
    ),
    # Batch 15. New York Times investigation of Kenyan and Ugandan domestic workers in Saudi
    # Arabia: "Interviews with over 90 workers and their families revealed that ..." made
    # "their families" (the noun phrase after "and") the source of the 90, which counts
    # who was interviewed, the reporter's own figure.
    (
        "invented/NYT copy: interviews with N people and their relatives revealed",
        "Interviews with more than 60 nurses and their relatives revealed that agencies lied.",
        [("more than 60", 60, LO, C, None, {"source": None, "head": "nurses"})],
    ),
    (
        # first written "Officials and their deputies said", which failed too (a list
        # ending in a plural that is no speaker noun, "deputies": left alone)
        "invented/guard: police and rescue workers said",
        "Police and rescue workers said 60 nurses had left.",
        [("60", 60, E, C, None, {"source": "Police and rescue workers"})],
    ),
    # Batch 16. Canadian asylum-backlog copy: "according to data released by Immigration,
    # Refugees and Citizenship Canada (IRCC)" gave "Immigration" (the name cut at its
    # first comma), and the capitalised run "Citizenship Canada" was taken for a person.
    (
        "invented/Canadian copy: a body's name with commas, closed by its acronym",
        "The backlog reached 181,000 claims, according to data released by Immigration, "
        "Refugees and Citizenship Canada (IRCC).",
        [
            (
                "181,000",
                181000,
                E,
                C,
                None,
                {"source": "Immigration, Refugees and Citizenship Canada"},
            )
        ],
    ),
    (
        "invented/Bangladeshi copy: according to a bureau whose name has commas",
        "Some 1.1 million workers left in 2023, according to the Bureau of Manpower, "
        "Employment and Training (BMET).",
        [
            (
                "Some 1.1 million",
                1.1e6,
                AP,
                C,
                None,
                {"source": "Bureau of Manpower, Employment and Training"},
            )
        ],
    ),
    # Batch 17. InfoMigrants and dpa copy on Afghans flown from Pakistan to Germany:
    # "Eleven Afghan nationals ... departed Islamabad ..., the fifth such flight reported
    # since the change of government" made "the fifth such flight" the source ("reported"
    # after an ordinal's noun is a participle: the flight that was reported).
    (
        "invented/dpa copy: the third such flight reported since",
        "Twelve Afghan nationals flew from Islamabad to Hanover, the third such flight "
        "reported since June.",
        [("Twelve", 12, E, C, None, {"source": None, "head": "nationals"})],
    ),
    (
        "invented/guard: the agency reported on a day that",
        "The agency reported on Monday that 400 had left.",
        [("400", 400, E, C, None, {"source": ("agency", "The agency")})],
    ),
    # Batch 18. Malaysian copy on the Sungai Bakap detention-depot breakout: "at Kilometre
    # 168 southbound" gave the count 168 (a road's kilometre marker is a label, as "Route
    # 66" is); "131 (mainly Rohingya) refugees escaped" counted nothing (an aside in
    # brackets between the count and its noun).
    (
        "invented/Malay Mail copy: a kilometre marker is a label",
        "Four escapees were hit by a lorry at Kilometre 212 northbound near Ipoh.",
        [("Four", 4, E, C, None, {"head": "escapees"})],
    ),
    (
        "invented/Global Detention Project copy: an aside in brackets before the noun",
        "On 3 March, 140 (mostly Afghan) detainees broke out of the depot.",
        [("140", 140, E, C, None, {"head": "detainees"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_real_probe_migration_world_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
