"""Forms read in real displacement and humanitarian copy, rewritten as invented cases.

Session 4 read real reports (through the stored-pages search; none is kept here) about
Rohingya camp fires in Cox's Bazar, Sudanese arrivals in Chad, Afghan returns from Iran and
Pakistan, Ukrainians under temporary protection (Eurostat), landings in Italy (interior
ministry), the Darien Gap, Venezuelans in Colombia, IDMC's displacement reports, Syrian
returns from Turkey and Lebanon, eastern DRC (MSF) and the Horn of Africa drought (Save the
Children). Each failure that looked general became one or more sentences below, INVENTED
in the same construction with other names and numbers; their ids say which copy they
imitate. The expected rows were written by hand before the extractor was run on them.

Conventions are those of tests/test_unseen_styles.py: each row is ``(text, value or (low,
high), bound, kind, unit)`` plus an optional dict of further fields: ``part_of`` (the index
of the whole among the expected rows, or ``None``), ``head``, ``source`` (compared as the
scorer does, ``analysis.evaluate.source_agrees``) and ``direction``. A leading plus sign
("+9,615") is left out of the figure's text: the value is the same and the scorer matches
spans by overlap.

Before this round's fixes (measured on the branch point, commit 663b608, with that tree's
``analysis`` first on the path): 2 of the 27 cases of ``CASES`` passed (the two guards)
and 1 of the 6 of ``NOT_FIGURE_CASES`` (the guard). One sentence was changed after that
first run, its expected rows not: "Her eight grandchildren sleep in one tent" gave "one"
(tent), an open convention, so the tent became "a tarpaulin". Batch 2 (7 cases, Frontex
and Afghan-return copy), measured the same way at the branch point: 1 passed (the guard).
Batch 3 (4 cases, Darfur, Rohingya boat and Missing Migrants copy): 0 passed at the
branch point; one expected head was corrected after the first run (see the case). Batch 4
(7 cases, IRC releases): 0 passed at the branch point, once one sentence was put back in
the real construction (see the case). Batch 5 (3 cases, Pylos shipwreck wire copy): 0
passed at the branch point.
"""

from __future__ import annotations

import pytest
from figure_checks import check_figures

from analysis import extract_figures

C, P, M, D, X = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

CASES = [
    # Eurostat's monthly release writes changes as signed numbers in parentheses; "+9,615"
    # read as a phone number's prefix and was dropped, and "(+0.9%)" became a share of the
    # count before it.
    (
        "invented/Eurostat release: signed changes after a count",
        "Compared with March, the number of beneficiaries rose by 18,420 (+0.9%); the largest "
        "increases were in Spain (+9,615; +2.8%) and Ireland (+1,204, or +1.6%).",
        [
            ("18,420", 18420, E, C, None, {"direction": "up", "part_of": None}),
            ("0.9%", 0.9, E, P, "%", {"direction": "up", "part_of": None}),
            ("9,615", 9615, E, C, None, {"direction": "up", "part_of": None}),
            ("2.8%", 2.8, E, P, "%", {"direction": "up", "part_of": None}),
            ("1,204", 1204, E, C, None, {"direction": "up", "part_of": None}),
            ("1.6%", 1.6, E, P, "%", {"direction": "up", "part_of": None}),
        ],
    ),
    (
        "invented/Eurostat release: space-grouped signed counts",
        "Increases were registered in Belgium (+4 310; +3 per cent) and Finland (+2 075; +5 per cent).",
        [
            ("4 310", 4310, E, C, None, {"direction": "up"}),
            ("3 per cent", 3, E, P, "%", {"direction": "up", "part_of": None}),
            ("2 075", 2075, E, C, None, {"direction": "up"}),
            ("5 per cent", 5, E, P, "%", {"direction": "up", "part_of": None}),
        ],
    ),
    (
        "invented/Eurostat release: negative changes are not wholes",
        "Decreases were seen in Malta (-310, or -0.4%) and Cyprus (-95, or -0.2%), the two "
        "smallest hosts.",
        [
            ("-310", -310, E, C, None, {"direction": "down", "part_of": None}),
            ("-0.4%", -0.4, E, P, "%", {"direction": "down", "part_of": None}),
            ("-95", -95, E, C, None, {"direction": "down", "part_of": None}),
            ("-0.2%", -0.2, E, P, "%", {"direction": "down", "part_of": None}),
            ("two", 2, E, C, None, {"part_of": None, "head": "hosts"}),
        ],
    ),
    # "Poland (991,375; 25%)": the percentage is the country's share of the EU total, not a
    # share of the count it follows.
    (
        "invented/Eurostat release: a count and its share of the total",
        "The main hosts were Austria (412,300 people; 31% of the total), Romania (205,110; "
        "16%) and Latvia (48,720; 4%).",
        [
            ("412,300", 412300, E, C, None, {"head": "people"}),
            ("31%", 31, E, P, "%", {"part_of": None}),
            ("205,110", 205110, E, C, None),
            ("16%", 16, E, P, "%", {"part_of": None}),
            ("48,720", 48720, E, C, None),
            ("4%", 4, E, P, "%", {"part_of": None}),
        ],
    ),
    (
        "invented/wire: a count, then its share in parentheses after a phrase",
        "Registrations fell by 6,210 people in June (0.7%), the agency said.",
        [
            ("6,210", 6210, E, C, None, {"direction": "down"}),
            ("0.7%", 0.7, E, P, "%", {"part_of": None}),
        ],
    ),
    # "one third", "one fifth", "one quarter" with a space: the numerator was read as a
    # count ("more than one", head "third").
    (
        "invented/Eurostat release: shares as spaced fractions",
        "Women made up almost half (47.1%) of those registered, children slightly more than "
        "one third (33.9%) and men less than one fifth (19.0%).",
        [
            ("almost half", 50, UP, P, "%"),
            ("47.1%", 47.1, E, P, "%"),
            ("more than one third", 100 / 3, LO, P, "%"),
            ("33.9%", 33.9, E, P, "%"),
            ("less than one fifth", 20, UP, P, "%"),
            ("19.0%", 19.0, E, P, "%"),
        ],
    ),
    (
        "invented/NGO release: one quarter of",
        "One quarter of the shelters were flooded and one tenth of the latrines collapsed.",
        [
            ("One quarter", 25, E, P, "%", {"head": "shelters"}),
            ("one tenth", 10, E, P, "%", {"head": "latrines"}),
        ],
    ),
    # The Italian interior ministry's figures are "updated at 8 this morning".
    (
        "invented/ministry copy: an hour of the day, then the count",
        "According to figures updated by the ministry at 9 this morning, 4,712 people have "
        "landed since January, 306 of them in the last two days.",
        [
            ("4,712", 4712, E, C, None),
            ("306", 306, E, C, None, {"part_of": 0}),
            ("two days", 2, E, D, "day"),
        ],
    ),
    (
        "invented/guard: a toll that stood at a small number this morning",
        "The toll stood at 9 this morning.",
        [("9", 9, E, C, None)],
    ),
    # "out of N ..., M" opens the clause as "Of N ..., M" does; "M ..., out of a total of N"
    # names the whole after its part.
    (
        "invented/ministry copy: out of N requests, M",
        "Moreover, out of 2,870 relocation requests sent to other states, only 31 were accepted.",
        [
            ("2,870", 2870, E, C, None, {"head": "requests"}),
            ("31", 31, E, C, None, {"part_of": 0}),
        ],
    ),
    (
        "invented/wire: a part, then out of a total of",
        "About 412,000 people have fled to Uganda since January, out of a total of 1.8 million "
        "who left the country.",
        [
            ("About 412,000", 412000, AP, C, None, {"part_of": 1}),
            ("1.8 million", 1.8e6, E, C, None, {"part_of": None}),
        ],
    ),
    # NGO releases mark a changed name with an asterisk; wire copy ends a quote's attribution
    # with the speaker's age.
    (
        "invented/NGO release: a changed name and an age",
        "Halima*, 34, a mother of five, said she walked for nine days.",
        [("five", 5, E, C, None), ("nine days", 9, E, D, "day")],
    ),
    # An en dash before "up": a change, as after a comma.
    (
        "invented/AFP: an en dash before up",
        "Some 2.3 million children face acute malnutrition this year – up 27% from last year.",
        [
            ("Some 2.3 million", 2.3e6, AP, C, None, {"head": "children"}),
            ("27%", 27, E, P, "%", {"direction": "up", "part_of": None}),
        ],
    ),
    (
        "invented/wire: an em dash before down",
        "Landings reached 3,400 in May — down 18% on a year earlier.",
        [("3,400", 3400, E, C, None), ("18%", 18, E, P, "%", {"direction": "down"})],
    ),
    # "a six-day hike through the jungle": a walk, not a rise.
    (
        "invented/feature: a hike and a fall that last some days",
        "They reached Panama after a four-day hike, then a three-day fall in river levels let "
        "the boats through.",
        [
            ("four-day", 4, E, D, "day", {"direction": None}),
            ("three-day", 3, E, D, "day", {"direction": None}),
        ],
    ),
    # Compound plurals without -s: "grandchildren", "policemen".
    (
        "invented/NGO release: grandchildren and policemen",
        "Her eight grandchildren sleep under a tarpaulin while three policemen guard the gate.",
        [
            ("eight", 8, E, C, None, {"head": "grandchildren"}),
            ("three", 3, E, C, None, {"head": "policemen"}),
        ],
    ),
    (
        "invented/NGO release: four and half million",
        "An estimated four and half million people need food aid, the charity said.",
        [("An estimated four and half million", 4.5e6, AP, C, None, {"source": "the charity"})],
    ),
    # Attribution.
    (
        "invented/wire: an apposition and adverbials before 'that'",
        "Ana Lucia Reyes, the deputy migration director, revealed at a news briefing on "
        "Tuesday that 71,204 migrants had crossed this year.",
        [("71,204", 71204, E, C, None, {"source": "Ana Lucia Reyes", "head": "migrants"})],
    ),
    (
        "invented/wire: highlighted that",
        "Reyes highlighted that nearly a quarter of those registered were children.",
        [("nearly a quarter", 25, UP, P, "%", {"source": "Reyes"})],
    ),
    (
        "invented/guard: a campaign that highlights cases is no source",
        "The campaign highlights 300 cases of abuse.",
        [("300", 300, E, C, None, {"source": None})],
    ),
    (
        "invented/Turkish wire: told a channel, adding that",
        '"The number who went home is 12,408," Ozturk told Haber Global, a private channel, '
        'adding that "40 percent" of them were born in Turkey.',
        [
            ("12,408", 12408, E, C, None, {"source": "Ozturk"}),
            ("40 percent", 40, E, P, "%", {"source": "Ozturk"}),
        ],
    ),
    (
        "invented/wire: he said after a role named with 'of'",
        "In 2016 President Ollanta Vera expelled about 9,000 traders. Peru's director of migration "
        "reported that at the end of 2018 the country had more than 600,000 Venezuelans. "
        "Five months later, he said the figure had risen to 790,000.",
        [
            ("about 9,000", 9000, AP, C, None),
            ("more than 600,000", 600000, LO, C, None, {"source": "Peru's director of migration"}),
            ("Five months", 5, E, D, "month"),
            ("790,000", 790000, E, C, None, {"source": "Peru's director of migration"}),
        ],
    ),
    (
        "invented/wire: he said after a named person and a role with 'of'",
        "President Omar Diallo toured the camps on Monday. The head of the refugee agency said "
        "2,300 people had arrived. Two days later, he said 4,100 had come.",
        [
            ("2,300", 2300, E, C, None, {"source": "The head of the refugee agency"}),
            ("Two days", 2, E, D, "day"),
            ("4,100", 4100, E, C, None, {"source": "The head of the refugee agency"}),
        ],
    ),
    # A paragraph break ends the reach of "of them".
    (
        "invented/NGO release: half of them in a new paragraph",
        "Last year 48,000 people crossed the border.\n\nAid workers say women and children "
        "are most at risk. Half of them arrive sick.",
        [("48,000", 48000, E, C, None), ("Half", 50, E, P, "%", {"part_of": None})],
    ),
    # A news outlet with a number in its name; a capitalised number word in a name.
    (
        "invented/Darfur outlet: told Radio 24 that",
        "Amira, a mother of four, told Nyala 24 that she had walked for 16 days.",
        [("four", 4, E, C, None), ("16 days", 16, E, D, "day")],
    ),
    (
        "invented/AP: a crossing nicknamed with a number word",
        'Around 6,000 Afghans a week are sent back through the crossing known as "Zero Gate".',
        [("Around 6,000", 6000, AP, C, None, {"head": "afghans"})],
    ),
    (
        "invented/guard: a plus sign before a count in running text",
        "The agency reported +2,300 arrivals in March, against 1,900 in February.",
        [("2,300", 2300, E, C, None), ("1,900", 1900, E, C, None)],
    ),
]

# Batch 2 (Frontex and Afghan-return copy), written before the extractor was run on it.
CASES += [
    (
        "invented/US wire: a hyphenated percent before its noun",
        "Asylum claims reached 31,500, a 17-percent rise, while returns saw a 9-per-cent drop.",
        [
            ("31,500", 31500, E, C, None),
            ("17-percent", 17, E, P, "%", {"direction": "up"}),
            ("9-per-cent", 9, E, P, "%", {"direction": "down"}),
        ],
    ),
    (
        "invented/Afghan outlet: N or M lakh owed",
        'Gul Agha said: "I still owe some four or five lakh rupees to shopkeepers in Quetta."',
        [("some four or five lakh rupees", (4e5, 5e5), R, M, "PKR", {"source": "Gul Agha"})],
    ),
    (
        "invented/wire: two or three million, the scale shared",
        "Two or three million people could be displaced by the floods, the agency warned.",
        [("Two or three million", (2e6, 3e6), R, C, None, {"head": "people"})],
    ),
    (
        "invented/guard: two or three people stay two counts",
        "Two or three people were hurt in the crush.",
        [("Two", 2, E, C, None), ("three", 3, E, C, None)],
    ),
    (
        "invented/NGO release: a range of number words before a scale",
        "Between five and six hundred families reached the camp, and two to three thousand "
        "more are expected.",
        [
            ("Between five and six hundred", (500, 600), R, C, None, {"head": "families"}),
            ("two to three thousand", (2000, 3000), R, C, None),
        ],
    ),
    (
        "invented/Afghan outlet: nights held",
        'Jan Agha said: "My brother was held for 14 nights before they let him go."',
        [("14 nights", 14, E, D, "night")],
    ),
    (
        "invented/wire: a data adjective before the body's name",
        "According to the latest IOM figures, 8,240 people returned last week; according to "
        "preliminary UNHCR data, 1,900 were deported.",
        [
            ("8,240", 8240, E, C, None, {"source": "IOM"}),
            ("1,900", 1900, E, C, None, {"source": "UNHCR"}),
        ],
    ),
]

# Batch 3 (Darfur, Rohingya boat and Missing Migrants copy), written before the extractor
# was run on it.
CASES += [
    (
        "invented/wire: a war claiming lives is no source",
        "The fighting has raged for three years, claiming tens of thousands of lives and "
        "uprooting some 11 million people.",
        [
            ("three years", 3, E, D, "year"),
            ("some 11 million", 11e6, AP, C, None, {"source": None, "head": "people"}),
        ],
    ),
    (
        "invented/wire: a storm that claimed lives is no source",
        "The cyclone claimed 140 lives in two days.",
        [("140", 140, E, C, None, {"source": None}), ("two days", 2, E, D, "day")],
    ),
    (
        "invented/IOM release: the agent of a passive ends at the verb",
        "Over 55% of the deaths recorded by the monitoring network were caused by drowning.",
        [("Over 55%", 55, LO, P, "%", {"source": "the monitoring network"})],
    ),
    (
        "invented/wire: due to after a number",
        "Arrivals climbed to above 90,000 due to the fighting in the north.",
        # head first annotated None, corrected: the clause's subject says what is counted
        # ("the death toll rose to 63" counts deaths), as the sources table's convention has it
        [("above 90,000", 90000, LO, C, None, {"head": "arrivals"})],
    ),
]

# Batch 4 (IRC press releases and press coverage), written before the extractor was run on it.
CASES += [
    (
        "invented/IRC release: a speaker named with initials",
        '"Nearly 70 percent of the families we resettle are working within a year," said '
        "R.K. Okafor, who directs the office in Dallas.",
        [("Nearly 70 percent", 70, UP, P, "%", {"source": "R.K. Okafor", "head": "families"})],
    ),
    (
        "invented/IRC release: a change in millions, the old level bare",
        "The cuts could push the number facing famine from 20 to 45 million, the group said.",
        [
            ("20", 20e6, E, C, None, {"part_of": None}),
            ("45 million", 45e6, E, C, None),
        ],
    ),
    (
        "invented/wire: a fall in millions, the old level bare",
        "Funding fell from 2.4 to 1.9 billion dollars in a year.",
        [("2.4", 2.4e9, E, M, "USD"), ("1.9 billion dollars", 1.9e9, E, M, "USD")],
    ),
    (
        "invented/wire: a rate that rose from one percentage to another",
        "The share of children among arrivals rose from 31 to 38 per cent.",
        [("31", 31, E, P, "%", {"part_of": None}), ("38 per cent", 38, E, P, "%")],
    ),
    (
        "invented/IRC release: documented as an adjective after a number",
        # first written with ", the report found" at the end, which passed before the fix
        # (that verb gives the source); the real construction has no other verb
        "Yemen suffered 212 documented attacks on schools last year.",
        [("212", 212, E, C, None, {"head": "attacks", "source": None})],
    ),
    (
        "invented/NGO release: a share of the total number of",
        "Almost 45% of the total number of arrivals were children.",
        [("Almost 45%", 45, UP, P, "%", {"head": "arrivals"})],
    ),
    (
        "invented/NGO release: a quarter of million",
        "The drought killed a quarter of million cattle.",
        [("a quarter of million", 250000, E, C, None, {"head": "cattle"})],
    ),
]

# Batch 5 (Pylos shipwreck wire copy), written before the extractor was run on it.
CASES += [
    (
        "invented/wire: a verb after an apposition, then a clause",
        "The aid group, Sea Watch International, estimated the dinghy was carrying as many as "
        "90 people.",
        # the descriptor or the name in apposition (open which), never the clause after
        [
            (
                "as many as 90",
                90,
                UP,
                C,
                None,
                {"head": "people", "source": ("The aid group", "Sea Watch International")},
            )
        ],
    ),
    (
        "invented/wire: a suspended hyphen before to",
        "Witnesses said the 15- to 18-metre trawler and a 40- to 50-foot launch left Tobruk.",
        [
            ("15- to 18-metre", (15, 18), R, X, "meter"),
            ("40- to 50-foot", (40, 50), R, X, "foot"),
        ],
    ),
    (
        "invented/wire: following after a number",
        "Officials raised the count to 61 following a second search.",
        [("61", 61, E, C, None, {"head": None})],
    ),
]

NOT_FIGURE_CASES = [
    ("invented/ministry copy: updated at 7 last night", "The count was published at 7 last night."),
    ("invented/ministry copy: at 6 in the evening", "The curfew began at 6 in the evening."),
    (
        "invented/wire: said a named speaker, then the age",
        '"We lost our boat," said Tomas Ruiz, 58.',
    ),
    ("invented/wire: said a one-word name, then the age", '"We had nothing," said Obiang, 41.'),
    (
        "invented/wire: speaking to a numbered outlet",
        "Speaking to Sudan 24, the governor denied it.",
    ),
    ("invented/guard: a phone number with a plus", "Call the hotline on +254 700 123456."),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_real_probe_displacement_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


@pytest.mark.parametrize("case", NOT_FIGURE_CASES, ids=[c[0] for c in NOT_FIGURE_CASES])
def test_real_probe_displacement_not_figures(case):
    _, sentence = case
    assert extract_figures(sentence)["text"].tolist() == []


def test_case_ids_unique():
    ids = [c[0] for c in CASES] + [c[0] for c in NOT_FIGURE_CASES]
    assert len(ids) == len(set(ids))
