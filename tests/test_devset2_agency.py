"""Second dev set, batch "agency": UN agency and NGO products on displacement, written as prose.

Reports 19-22 of ``tests/fixtures/devset2`` imitate four kinds of agency copy (read in real
reports through the stored-pages search; none is kept here): an IOM DTM flash update
(Mozambique, key-figure lines of a number over its label), a UNHCR briefing note from the
Geneva press briefing (a spokesperson named once, then "the spokesperson", "Marchetti", "she"),
an MSF press release (a detained rescue ship, euros, claims and counter-claims) and an OCHA
situation report (Haiti: highlights, key figures, funding "or N per cent of requirements").
Every report and its gold were written by hand and committed (6a68935) before the extractor
was first run on them.

Blind score (the first run, at 6a68935, main at 45b6e30;
``python -m analysis.evaluate tests/fixtures/devset2 --misses``)::

    report                           gold  pred match      P      R     F1  date
    19-cabo-delgado-dtm-flash.txt      21    21    21  1.000  1.000  1.000  ok
    20-burundi-briefing-note.txt       22    20    20  1.000  0.909  0.952  ok
    21-msf-rescue-ship-detained.txt    22    22    22  1.000  1.000  1.000  ok
    22-haiti-ocha-sitrep.txt           22    22    22  1.000  1.000  1.000  ok
    TOTAL                              87    85    85  1.000  0.977  0.988  1.000

    field accuracy over 85 matched figures:
      bound                         1.000  (85/85)
      kind                          1.000  (85/85)
      head                          0.941  (80/85)
      low_high                      1.000  (85/85)
      part_of                       0.953  (81/85)
      source                        0.894  (76/85)
      source (lenient: surname ok)  0.894  (76/85)
      counted                       0.859  (73/85)
      date (per report)             1.000

    misses: 'one' twice in "one latrine for every 500 people, against an emergency standard
    of one for every 50"; no extras. Fields wrong (gold -> predicted):
      19 '61%' (key-figure line over "of displaced individuals are children"): head individuals -> none
      19 '14,118' ("67,321 individuals (14,118 households) ..., of whom 40,960"): part_of none -> '67,321'
      19 '83 per cent' ("Most displaced families (83 per cent)"): head families -> none
      19 '11 per cent' ("; 11 per cent are in schools"): head families -> none
      20 'More than 40,000', 'two weeks' ("the UN Refugee Agency's spokesperson told reporters"):
         source Céline Marchetti -> "the UN Refugee Agency's spokesperson"
      20 'An estimated 350,000' ("..., and humanitarian partners say at least 10 ..."):
         source none -> humanitarian partners
      20 '11 per cent' ("That appeal is only 11 per cent funded."): head appeal -> none,
         part_of '$40.4 million' -> none
      21 'more than €110,000' ("according to MSF"): source Médecins Sans Frontières -> MSF
      21 'under 10 per cent' ("MSF says the true share is under 10 per cent"): head arrivals
         -> none; source Médecins Sans Frontières -> MSF
      22 '1,412,000', '36 per cent' ("According to the latest round of IOM's Displacement
         Tracking Matrix"): source -> "the latest round of IOM's Displacement Tracking Matrix"
      22 '61' ("About 240 ..., up from 142 a year earlier; 61 of them"): part_of 'About 240' -> '142'
      22 '1,910', '72 per cent' ("Protection partners recorded 1,910 cases"): source -> none
      22 '4 per cent' ("donors had contributed $36.5 million, or 4 per cent of requirements"):
         part_of 'US$908 million' -> none

The table below holds one INVENTED sentence (other names, places and numbers) per failing
construction, expected values written by hand before the extractor was run on it; the rows
are checked with ``figure_checks.check_figures`` (``part_of`` is the index of the whole among
the expected rows).

Pass counts before the fixes (command: ``PYTHONPATH=<worktree> python -m pytest -q
tests/test_devset2_agency.py``, each table run before the rule it asked for):

- CASES: 0 of 12 at e0e20bd. Since then one case left out as an open convention (the
  ratio's "one" of "one water point for every 800 refugees": ``tests/test_longform.py``
  marks the same "1" optional, and the extractor deliberately drops it, a4fd06c), one guard
  added for a regression the ", and" rule caused in the first dev set ("..., and most are
  sleeping in the open, the Danish Refugee Council said on Tuesday"), and one case for "the
  real proportion is 15 per cent" (failing before its rule, checked by disabling it).
- PROBES, second round: 14 of 17 (one left out as open: the head of "over 130 per cent of
  the agency's planning figure"); third round: 11 of 12; fourth (sitrep layout): 6 of 9;
  fifth and sixth (NGO releases, IFRC francs, ISO codes, spaced thousands, ranges): 20 of 20,
  kept as guards; accented names: 0 of 2; seventh (labels, soft bounds): 7 of 8; eighth
  (local currencies): 1 of 6; ninth (attribution): 6 of 6; tenth (words, durations, vague
  quantities): 4 of 6, with "more than a decade" left out as open (``tests/test_longform.py``
  marks it optional); eleventh (DTM surveys, data-portal lines): 5 of 5; twelfth (headlines,
  datelines): 3 of 4; thirteenth (shares restated as counts, "out of", rates): 5 of 5;
  fourteenth (whole briefing notes): 1 of 2; fifteenth (bulleted highlights): 3 of 3;
  sixteenth (fractions and shares of a named whole): 4 of 4. The
  accented-name and currency rows were written after a quick probe
  run had shown the failure (other sentences, the schema's answer), so they are not blind.

Gold corrected afterwards: none. The two ratio "one"s of report 20 stay in its gold (the
schema counts any count in words) and stay missed: an open convention, see the floors.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import ANY, check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

CASES = [
    (
        "invented/UNHCR operational update: a key-figure percentage over its label line",
        "KEY FIGURES\n48%\nof registered refugees are women and girls\n",
        [("48%", 48, E, P, "%", {"head": "refugees"})],
    ),
    (
        "invented/DTM flash: a percentage in brackets after its noun, then one that elides it",
        "Most returnee households (64 per cent) have no regular income; 21 per cent rely on "
        "day labour.",
        [
            ("64 per cent", 64, E, P, "%", {"head": "households"}),
            ("21 per cent", 21, E, P, "%", {"head": "households"}),
        ],
    ),
    (
        "invented/UNHCR update: households in brackets restate the individuals, no part",
        "UNHCR registered 9,420 individuals (2,130 households) at the reception centre, of "
        "whom 5,210 were children.",
        [
            ("9,420", 9420, E, C, None, {"head": "individuals", "part_of": None}),
            ("2,130", 2130, E, C, None, {"head": "households", "part_of": None}),
            ("5,210", 5210, E, C, None, {"head": "children", "part_of": 0}),
        ],
    ),
    (
        "invented/Geneva briefing note: 'the IOM spokesperson' is the one named above",
        "This is a summary of what was said by IOM spokesperson Tomás Herrera at today's "
        "press briefing at the Palais des Nations in Geneva.\n\nAbout 2,300 migrants have been "
        "stranded at the border for a week, the IOM spokesperson told reporters.",
        [("About 2,300", 2300, AP, C, None, {"head": "migrants", "source": "Tomás Herrera"})],
    ),
    (
        "invented/OCHA flash: 'and officials say' covers only what follows it",
        "Around 12,000 people in Beni have lost their homes since the floods, and local "
        "officials say at least 7 bridges have been washed away.",
        [
            ("Around 12,000", 12000, AP, C, None, {"source": None}),
            ("at least 7", 7, LO, C, None, {"head": "bridges", "source": "local officials"}),
        ],
    ),
    (
        "invented/NGO release (guard): a closing tag after ', and' still covers the first clause",
        "More than 9,000 families have fled Kalehe since Monday, and most are sleeping in the "
        "open, the Danish Refugee Council said on Tuesday.",
        [
            (
                "More than 9,000",
                9000,
                LO,
                C,
                None,
                {"head": "families", "source": "Danish Refugee Council"},
            )
        ],
    ),
    (
        "invented/UNHCR briefing: 'The appeal is N per cent funded' refers to the appeal before",
        "Last month the agency appealed for $25.6 million to help up to 40,000 refugees in "
        "Chad. The appeal is only 9 per cent funded.",
        [
            ("$25.6 million", 25.6e6, E, M, "USD"),
            ("up to 40,000", 40000, UP, C, None, {"head": "refugees"}),
            ("9 per cent", 9, E, P, "%", {"head": "appeal", "part_of": 0}),
        ],
    ),
    (
        "invented/NGO release: an acronym source is the name it abbreviates",
        "The International Rescue Committee (IRC) runs clinics in Adre. More than 3,500 "
        "patients were treated there in May, according to IRC.",
        [
            (
                "More than 3,500",
                3500,
                LO,
                C,
                None,
                {"head": "patients", "source": "International Rescue Committee"},
            )
        ],
    ),
    (
        "invented/OCHA sitrep: 'the latest round of' a tracking system is not the source",
        "According to the latest round of IOM's Displacement Tracking Matrix, 1,062,000 "
        "people remain displaced in Iraq.",
        [
            (
                "1,062,000",
                1062000,
                E,
                C,
                None,
                {"head": "people", "source": "IOM's Displacement Tracking Matrix"},
            )
        ],
    ),
    (
        "invented/OCHA sitrep: 'of them' skips the earlier value of 'up from N'",
        "About 75 health centres are now working in the district, up from 40 in March; 22 of "
        "them have no electricity.",
        [
            ("About 75", 75, AP, C, None, {"head": "centres"}),
            ("40", 40, E, C, None, {"head": "centres"}),
            ("22", 22, E, C, None, {"head": "centres", "part_of": 0}),
        ],
    ),
    (
        "invented/OCHA sitrep: 'Protection partners recorded N' names who recorded it",
        "Protection partners recorded 640 incidents in May, 80 per cent of them against women.",
        [
            ("640", 640, E, C, None, {"head": "incidents", "source": "Protection partners"}),
            ("80 per cent", 80, E, P, "%", {"part_of": 0, "source": "Protection partners"}),
        ],
    ),
    (
        "invented/NGO release: 'the true share is N per cent' is a share of the claim's whole",
        "The coastguard claimed that 35 per cent of boats leaving Sfax were intercepted. The "
        "charity says the real proportion is 15 per cent.",
        [
            ("35 per cent", 35, E, P, "%", {"head": "boats", "source": "The coastguard"}),
            (
                "15 per cent",
                15,
                E,
                P,
                "%",
                {"head": "boats", "source": ("The charity", "charity")},
            ),
        ],
    ),
    (
        "invented/OCHA sitrep: 'or N per cent of requirements' is a share of the plan's ask",
        "The plan seeks US$230 million to assist 2.1 million people. As of June, donors had "
        "provided $48.2 million, or 21 per cent of requirements.",
        [
            ("US$230 million", 230e6, E, M, "USD"),
            ("2.1 million", 2.1e6, E, C, None, {"head": "people"}),
            ("$48.2 million", 48.2e6, E, M, "USD"),
            ("21 per cent", 21, E, P, "%", {"head": "requirements", "part_of": 0}),
        ],
    ),
]


# A second round, after the batch scored near 1.0: sentences invented in the constructions
# of the same real agency copy (DTM dataset notes, Geneva briefing notes, WFP, UNICEF, IRC
# and UNRWA releases, OCHA key figures), expected values by hand before the first run.
PROBES = [
    (
        "invented/DTM dataset note: individual IDPs with households in brackets",
        "As of 31 March 2025, DTM identified 912,406 individual IDPs (171,230 households) "
        "across the country.",
        [
            ("912,406", 912406, E, C, None, {"head": "idps"}),
            ("171,230", 171230, E, C, None, {"head": "households", "part_of": None}),
        ],
    ),
    (
        "invented/DTM ETT: reasons with counts and shares in brackets",
        "Key informants cited insecurity (1,204 individuals or 46%) and flooding (610 "
        "individuals or 23%) as the main reasons for movement.",
        [
            ("1,204", 1204, E, C, None, {"head": "individuals"}),
            ("46%", 46, E, P, "%"),
            ("610", 610, E, C, None, {"head": "individuals"}),
            ("23%", 23, E, P, "%"),
        ],
    ),
    (
        "invented/DTM facility survey: 'Some N per cent of M assessed schools'",
        "Some 18 per cent of 640 assessed schools were found to be damaged.",
        [
            ("Some 18 per cent", 18, AP, P, "%", {"head": "schools", "part_of": 1}),
            ("640", 640, E, C, None, {"head": "schools"}),
        ],
    ),
    (
        "invented/UNHCR briefing: 'More than half, 56 per cent, of all submissions'",
        "More than half, 56 per cent, of all resettlement submissions last year were for children.",
        [
            ("More than half", 50, LO, P, "%"),
            ("56 per cent", 56, E, P, "%", {"head": "submissions"}),
        ],
    ),
    (
        "invented/UNHCR briefing: 'Of the N refugees in need ..., only M were resettled'",
        "Of the 2.4 million refugees in need of resettlement this year, only 96,000 were "
        "resettled.",
        [
            ("2.4 million", 2.4e6, E, C, None, {"head": "refugees"}),
            ("96,000", 96000, E, C, None, {"head": "refugees", "part_of": 0}),
        ],
    ),
    (
        "invented/UNHCR briefing: a share and a count in words opening their sentences",
        "Sixty-two per cent of the new arrivals are women and children. Fourteen aid "
        "workers have been killed in the Darfur states since January.",
        [
            ("Sixty-two per cent", 62, E, P, "%", {"head": "arrivals"}),
            ("Fourteen", 14, E, C, None, {"head": "workers"}),
        ],
    ),
    (
        "invented/UNRWA release: a pledge in kronor with its dollars in brackets",
        "Sweden announced an additional SEK 60 million (US$ 5.7 million) for the agency's "
        "emergency appeal.",
        [
            ("SEK 60 million", 60e6, E, M, "SEK"),
            ("US$ 5.7 million", 5.7e6, E, M, "USD"),
        ],
    ),
    (
        "invented/WFP statement: ration cuts of up to N per cent",
        "Ration cuts of up to 40 per cent are now affecting refugees in Kakuma and Dadaab, "
        "WFP said.",
        [("up to 40 per cent", 40, UP, P, "%", {"source": "WFP"})],
    ),
    (
        "invented/WFP statement: what it needs over the next six months",
        "WFP urgently needs $312 million to sustain assistance to refugees in the region over "
        "the next six months.",
        [("$312 million", 312e6, E, M, "USD"), ("six months", 6, E, D, "month")],
    ),
    (
        "invented/OCHA key figures: a number, a blank line, then its label",
        "KEY FIGURES\n\n2.3 million\n\nPeople in need of humanitarian assistance\n\n640,000"
        "\n\nPeople internally displaced\n",
        [
            ("2.3 million", 2.3e6, E, C, None, {"head": "people"}),
            ("640,000", 640000, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/DTM ETT: 'a total of N new arrivals were recorded', dates before",
        "Between 3 and 9 June 2024, a total of 3,482 new arrivals were recorded at locations "
        "in Borno and Yobe states.",
        [("3,482", 3482, E, C, None, {"head": "arrivals"})],
    ),
    (
        "invented/UNHCR: 'the number of X has passed the N mark'",
        "The number of Sudanese refugees registered in Chad has now passed the 700,000 mark.",
        [("700,000", 700000, E, C, None, {"head": "refugees"})],
    ),
    (
        "invented/IOM Missing Migrants: 'brings the number of deaths ... to at least N'",
        "The latest shipwreck brings the number of deaths recorded on the route this year to "
        "at least 1,140, IOM said.",
        [("at least 1,140", 1140, LO, C, None, {"head": "deaths", "source": "IOM"})],
    ),
    (
        "invented/UNICEF statement: children killed or injured in the past N days",
        "At least 1,200 children have been killed or injured in the past 100 days, UNICEF said.",
        [
            ("At least 1,200", 1200, LO, C, None, {"head": "children", "source": "UNICEF"}),
            ("100 days", 100, E, D, "day", {"source": "UNICEF"}),
        ],
    ),
    (
        "invented/IRC release: a fee in Sudanese pounds",
        "Families told IRC staff they had paid up to 150,000 Sudanese pounds for transport to "
        "the border.",
        [("up to 150,000 Sudanese pounds", 150000, UP, M, "SDG", {"source": "Families"})],
    ),
    (
        "invented/OCHA plan: 'to reach N of the M people in need'",
        "The plan aims to reach 4.2 million of the 6.1 million people in need.",
        [
            ("4.2 million", 4.2e6, E, C, None, {"head": "people", "part_of": 1}),
            ("6.1 million", 6.1e6, E, C, None, {"head": "people"}),
        ],
    ),
]

# A third round (same method: invented, expected by hand before the first run).
PROBES += [
    (
        "invented/UNHCR update: a week's arrivals, then the total they bring it to",
        "In the past week alone, 12,400 people crossed into Chad, bringing the total since "
        "April 2023 to more than 780,000.",
        [
            ("12,400", 12400, E, C, None, {"head": "people"}),
            ("more than 780,000", 780000, LO, C, None),
        ],
    ),
    (
        "invented/REACH survey: 'Of the N respondents, M per cent said'",
        "Of the 1,024 respondents, 71 per cent said they intended to return home.",
        [
            ("1,024", 1024, E, C, None, {"head": "respondents"}),
            ("71 per cent", 71, E, P, "%", {"head": "respondents", "part_of": 0}),
        ],
    ),
    (
        "invented/OCHA flash: 'account for N per cent of the M people displaced'",
        "Children account for 58 per cent of the 41,000 people displaced.",
        [
            ("58 per cent", 58, E, P, "%", {"head": "people", "part_of": 1}),
            ("41,000", 41000, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/OCHA flash appeal: what it seeks, for whom, over how long",
        "The flash appeal, launched on 2 May, seeks $96.5 million for 1.1 million people over "
        "six months.",
        [
            ("$96.5 million", 96.5e6, E, M, "USD"),
            ("1.1 million", 1.1e6, E, C, None, {"head": "people"}),
            ("six months", 6, E, D, "month"),
        ],
    ),
    (
        "invented/UNHCR update: arrivals between dashes, then the past 48 hours",
        "Some 4,600 refugees \u2013 mostly women and children \u2013 arrived in Renk in the past "
        "48 hours.",
        [
            ("Some 4,600", 4600, AP, C, None, {"head": "refugees"}),
            ("48 hours", 48, E, D, "hour"),
        ],
    ),
    (
        "invented/IOM wire: migrants dead, including children, then who said so",
        "At least 45 migrants, including five children, died when their boat capsized off "
        "Djibouti, IOM said on Wednesday.",
        [
            ("At least 45", 45, LO, C, None, {"head": "migrants", "source": "IOM"}),
            ("five", 5, E, C, None, {"head": "children", "part_of": 0, "source": "IOM"}),
        ],
    ),
    (
        "invented/IOM wire: a returns count with 'said on Tuesday that'",
        "IOM said on Tuesday that 1,020 Ethiopian migrants had been returned from Yemen on two "
        "flights.",
        [
            ("1,020", 1020, E, C, None, {"head": "migrants", "source": "IOM"}),
            ("two", 2, E, C, None, {"head": "flights", "source": "IOM"}),
        ],
    ),
    (
        "invented/IOM: according to a named project of the agency",
        "According to IOM's Missing Migrants Project, 2,452 people died or went missing in "
        "the Mediterranean last year.",
        [
            (
                "2,452",
                2452,
                E,
                C,
                None,
                {"head": "people", "source": "IOM's Missing Migrants Project"},
            )
        ],
    ),
    (
        "invented/UNHCR release: a quote attributed after it to a named representative",
        "\u201cWe have registered more than 10,000 people in three days,\u201d said UNHCR's "
        "representative in Chad, Anders Lykke.",
        [
            ("more than 10,000", 10000, LO, C, None, {"head": "people", "source": "Anders Lykke"}),
            ("three days", 3, E, D, "day", {"source": "Anders Lykke"}),
        ],
    ),
    (
        "invented/OCHA flash: 'with just N% of the US$ M required received'",
        "The response is critically underfunded, with just 14% of the US$ 300 million "
        "required received to date.",
        [
            ("14%", 14, E, P, "%", {"part_of": 1}),
            ("US$ 300 million", 300e6, E, M, "USD"),
        ],
    ),
    (
        "invented/UNICEF statement: 'N of them severely', the estimate's agent as source",
        "UNICEF estimates that 3.4 million children under five are acutely malnourished, "
        "730,000 of them severely.",
        [
            ("3.4 million", 3.4e6, E, C, None, {"head": "children", "source": "UNICEF"}),
            ("730,000", 730000, E, C, None, {"head": "children", "part_of": 0, "source": "UNICEF"}),
        ],
    ),
    (
        "invented/OCHA: a count of people rose by a share to a level",
        "The number of internally displaced people rose by 9 per cent to 2.8 million.",
        [
            ("9 per cent", 9, E, P, "%", {"head": None}),
            ("2.8 million", 2.8e6, E, C, None, {"head": "people"}),
        ],
    ),
]

# A fourth round: the layout of situation reports (labels, pipes, bullets), invented.
PROBES += [
    (
        "invented/DTM Iraq: households with individuals in brackets (the larger count)",
        "Returns: 1,250 households (6,875 individuals) returned to Mosul in May.",
        [
            ("1,250", 1250, E, C, None, {"head": "households"}),
            ("6,875", 6875, E, C, None, {"head": "individuals", "part_of": None}),
        ],
    ),
    (
        "invented/sitrep key line: acronym-plural labels split by a pipe",
        "IDPs in camps: 152,000 | IDPs out of camps: 948,000",
        [
            ("152,000", 152000, E, C, None, {"head": "idps"}),
            ("948,000", 948000, E, C, None, {"head": "idps"}),
        ],
    ),
    (
        "invented/UNHCR dashboard: a cumulative label with a date before its count",
        "Cumulative arrivals since 15 April 2023: 731,294",
        [("731,294", 731294, E, C, None, {"head": "arrivals"})],
    ),
    (
        "invented/WFP update: reached N people, M per cent of the K targeted",
        "Partners reached 412,000 people with food assistance in March, 61 per cent of the "
        "675,000 targeted.",
        [
            ("412,000", 412000, E, C, None, {"head": "people"}),
            ("61 per cent", 61, E, P, "%", {"part_of": 2}),
            ("675,000", 675000, E, C, None),
        ],
    ),
    (
        "invented/OCHA: people in need rose from N in January to M",
        "The number of people in need has risen from 3.9 million in January to 4.6 million.",
        [
            ("3.9 million", 3.9e6, E, C, None, {"head": "people"}),
            ("4.6 million", 4.6e6, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/IOM Libya: intercepted at sea, including women and children",
        "Since 1 January, 3,514 people have been intercepted at sea and returned to Libya, "
        "including 287 women and 119 children.",
        [
            ("3,514", 3514, E, C, None, {"head": "people"}),
            ("287", 287, E, C, None, {"head": "women", "part_of": 0}),
            ("119", 119, E, C, None, {"head": "children", "part_of": 0}),
        ],
    ),
    (
        "invented/UNHCR update: a further N families expected",
        "A further 2,000 families are expected to arrive in the coming days.",
        [("2,000", 2000, E, C, None, {"head": "families"})],
    ),
    (
        "invented/UNHCR appeal: 'only N% of the US$ M it needs'",
        "The agency has received only 9% of the US$ 1 billion it needs this year.",
        [("9%", 9, E, P, "%", {"part_of": 1}), ("US$ 1 billion", 1e9, E, M, "USD")],
    ),
    (
        "invented/sitrep bullet: a share funded, then received of required",
        "\u2022 US$ 69.4 million received of US$ 300 million required",
        [
            ("US$ 69.4 million", 69.4e6, E, M, "USD", {"part_of": 1}),
            ("US$ 300 million", 300e6, E, M, "USD"),
        ],
    ),
]

# A fifth round: NGO press releases (MSF, IRC, NRC, Save the Children, SOS Mediterranee).
PROBES += [
    (
        "invented/MSF release: patients treated, more than a third of them children",
        "MSF teams treated 2,316 patients for violence-related injuries between January and "
        "June, more than a third of them children.",
        [
            ("2,316", 2316, E, C, None, {"head": "patients"}),
            ("more than a third", 100 / 3, LO, P, "%", {"part_of": 0}),
        ],
    ),
    (
        "invented/IRC release: a daily rate of arrivals, then who said so",
        "Some 600 people a day are arriving in Adr\u00e9, the IRC said.",
        [("Some 600", 600, AP, C, None, {"head": "people", "source": "IRC"})],
    ),
    (
        "invented/Save the Children: 'Over N% of those arriving', according to the charity",
        "Over 80% of those arriving are women and children, according to Save the Children.",
        [("Over 80%", 80, LO, P, "%", {"source": "Save the Children"})],
    ),
    (
        "invented/UNHCR: 'were registered by UNHCR' names who registered them",
        "Nearly 2,500 unaccompanied children were registered by UNHCR in the first week of March.",
        [("Nearly 2,500", 2500, UP, C, None, {"head": "children", "source": "UNHCR"})],
    ),
    (
        "invented/MSF release: a hospital's beds in a relative clause, then its patients",
        "The hospital, which has 120 beds, is treating more than 300 patients.",
        [
            ("120", 120, E, C, None, {"head": "beds"}),
            ("more than 300", 300, LO, C, None, {"head": "patients"}),
        ],
    ),
    (
        "invented/UNRWA release: staff killed, a number word opening the sentence",
        "Twenty-five staff members of the organisation have been killed since the war began.",
        [("Twenty-five", 25, E, C, None, {"head": "members"})],
    ),
    (
        "invented/Italian coastguard wire: boats carrying people",
        "A total of 13 boats carrying 612 people reached Lampedusa on Sunday.",
        [
            ("13", 13, E, C, None, {"head": "boats"}),
            ("612", 612, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/SOS Mediterranee release: survivors disembarked after a four-day journey",
        "The Ocean Viking disembarked 261 survivors in Ancona after a four-day journey.",
        [
            ("261", 261, E, C, None, {"head": "survivors"}),
            ("four-day", 4, E, D, "day"),
        ],
    ),
    (
        "invented/NRC release: the secretary general named after his title and a comma",
        "\u201cAt least 90 per cent of the schools we support have been damaged,\u201d said "
        "NRC's secretary general, Ingrid Solberg.",
        [("At least 90 per cent", 90, LO, P, "%", {"head": "schools", "source": "Ingrid Solberg"})],
    ),
    (
        "invented/WFP statement: a ration cut from one amount to another a month",
        "Monthly food vouchers will be cut from $12 to $8 per person from July, WFP said.",
        [
            ("$12", 12, E, M, "USD", {"source": "WFP"}),
            ("$8", 8, E, M, "USD", {"source": "WFP"}),
        ],
    ),
]

# A sixth round: IFRC appeals in Swiss francs, ISO-code amounts, signs and spaced thousands
# as agency copy writes them.
PROBES += [
    (
        "invented/IFRC appeal: Swiss francs for people over months",
        "The IFRC launched an Emergency Appeal for CHF 10 million to support 50,000 people "
        "for 18 months.",
        [
            ("CHF 10 million", 10e6, E, M, "CHF"),
            ("50,000", 50000, E, C, None, {"head": "people"}),
            ("18 months", 18, E, D, "month"),
        ],
    ),
    (
        "invented/IFRC DREF: an allocation label in francs",
        "DREF allocation: CHF 381,542",
        [("CHF 381,542", 381542, E, M, "CHF")],
    ),
    (
        "invented/UNICEF appeal: USD before the amount",
        "UNICEF requires USD 4.5 million to reach 120,000 children with safe water.",
        [
            ("USD 4.5 million", 4.5e6, E, M, "USD"),
            ("120,000", 120000, E, C, None, {"head": "children"}),
        ],
    ),
    (
        "invented/OCHA West Africa: thousands grouped by a space",
        "Some 12 500 people were displaced in Diffa region after the attack.",
        [("Some 12 500", 12500, AP, C, None, {"head": "people"})],
    ),
    (
        "invented/sitrep bullet: a plus sign after a count",
        "\u2022 4,000+ households still without shelter in Beira",
        [("4,000+", 4000, LO, C, None, {"head": "households"})],
    ),
    (
        "invented/UNHCR update: a weekly range of arrivals",
        "Between 40,000 and 50,000 people are crossing each week, the agency estimates.",
        [("Between 40,000 and 50,000", (40000, 50000), R, C, None, {"head": "people"})],
    ),
    (
        "invented/IOM flash: a daily range with a dash",
        "Border monitors counted 5,000-7,000 people daily at the Joda crossing.",
        [("5,000-7,000", (5000, 7000), R, C, None, {"head": "people"})],
    ),
    (
        "invented/IFRC release: a quarter of a million people",
        "Floods have affected a quarter of a million people across four provinces.",
        [
            ("a quarter of a million", 250000, E, C, None, {"head": "people"}),
            ("four", 4, E, C, None, {"head": "provinces"}),
        ],
    ),
    (
        "invented/OCHA: a 3-month extension and a 72-hour assessment",
        "The government granted a 3-month extension after a 72-hour assessment of the sites.",
        [("3-month", 3, E, D, "month"), ("72-hour", 72, E, D, "hour")],
    ),
    (
        "invented/UNHCR briefing: nearly two thirds of those registered",
        "Nearly two thirds of the refugees registered so far are children.",
        [("Nearly two thirds", 200 / 3, UP, P, "%", {"head": "refugees"})],
    ),
]

# Accented names as sources (found by a quick probe run before these rows were written, so
# not blind: the expected answer is the schema's fullest name).
PROBES += [
    (
        "invented/wire: a surname with an umlaut refers back to the full name",
        "J\u00fcrgen M\u00fcller said 12 boats had arrived. M\u00fcller said 400 people were "
        "aboard.",
        [
            ("12", 12, E, C, None, {"source": "J\u00fcrgen M\u00fcller"}),
            ("400", 400, E, C, None, {"source": "J\u00fcrgen M\u00fcller"}),
        ],
    ),
    (
        "invented/UNHCR release: a name opening with a macron-capital, then 'of UNHCR'",
        "\u201cWe counted 700 tents,\u201d said Zo\u00eb \u014ckubo of UNHCR.",
        [("700", 700, E, C, None, {"source": "Zo\u00eb \u014ckubo"})],
    ),
]

# A seventh round: labels and identifiers of humanitarian copy that are no figures, and the
# softer bound words (invented, expected by hand before the first run).
PROBES += [
    (
        "invented/IPC update: a phase number is a label",
        "Some 1.7 million people are in IPC Phase 4 (Emergency) or above.",
        [("Some 1.7 million", 1.7e6, AP, C, None, {"head": "people"})],
    ),
    (
        "invented/OCHA: a system-wide Level 3 emergency and a Security Council resolution",
        "The UN declared a Level 3 emergency after resolution 2417 was ignored, and 300,000 "
        "people fled within days.",
        [("300,000", 300000, E, C, None, {"head": "people"})],
    ),
    (
        "invented/UNHCR: the 1951 Refugee Convention and ages are no counts",
        "Under the 1951 Refugee Convention, 2,140 asylum seekers aged between 18 and 59 were "
        "interviewed.",
        [("2,140", 2140, E, C, None, {"head": "seekers"})],
    ),
    (
        "invented/IOM: just over and well over",
        "Just over 1,000 migrants were rescued in May, and well over 2 million remain in Libya.",
        [
            ("Just over 1,000", 1000, LO, C, None, {"head": "migrants"}),
            ("well over 2 million", 2e6, LO, C, None),
        ],
    ),
    (
        "invented/UNICEF: roughly half of those displaced",
        "Roughly half of the 60,000 people displaced are children.",
        [
            ("Roughly half", 50, AP, P, "%", {"head": "people", "part_of": 1}),
            ("60,000", 60000, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/OCHA: in the last 24 hours, over the past 12 months",
        "In the last 24 hours, 2,600 people arrived; over the past 12 months, 410,000 did.",
        [
            ("24 hours", 24, E, D, "hour"),
            ("2,600", 2600, E, C, None, {"head": "people"}),
            ("12 months", 12, E, D, "month"),
            ("410,000", 410000, E, C, None),
        ],
    ),
    (
        "invented/UNHCR: a record number is exact",
        "A record 6.9 million Venezuelans now live abroad, according to UNHCR.",
        [("6.9 million", 6.9e6, E, C, None, {"head": "venezuelans", "source": "UNHCR"})],
    ),
    (
        "invented/WHO: a grade 3 emergency and COVID-19",
        "WHO classified the outbreak as a grade 3 emergency; 12 health workers have been "
        "infected, 3 of them with COVID-19 as well.",
        [
            ("12", 12, E, C, None, {"head": "workers"}),
            ("3", 3, E, C, None, {"part_of": 0}),
        ],
    ),
]

# Local currencies of displacement settings (an eighth round; the CFA franc of Central
# Africa, ISO codes before amounts and the metical failed in a quick probe, so these rows,
# written after it with other sentences, are not blind).
PROBES += [
    (
        "invented/UNHCR Chad: CFA francs in Central Africa are XAF",
        "UNHCR gives each returnee family in Chad's Ouaddai province 50,000 CFA francs.",
        [("50,000 CFA francs", 50000, E, M, "XAF")],
    ),
    (
        "invented/WFP Sahel: CFA francs in West Africa are XOF",
        "In Burkina Faso, a sack of millet now costs 30,000 CFA francs.",
        [("30,000 CFA francs", 30000, E, M, "XOF")],
    ),
    (
        "invented/IOM Mozambique: MZN before the amount",
        "Transport from Mac\u00f3mia to Pemba costs MZN 1,500 per person.",
        [("MZN 1,500", 1500, E, M, "MZN")],
    ),
    (
        "invented/OCHA Yemen: YER before the amount",
        "A litre of fuel in Sana'a now sells for YER 1,200.",
        [("YER 1,200", 1200, E, M, "YER")],
    ),
    (
        "invented/UNICEF DRC: CDF before the amount",
        "Each household in Goma received CDF 150,000 in cash.",
        [("CDF 150,000", 150000, E, M, "CDF")],
    ),
    (
        "invented/NRC Mozambique: meticais after the amount",
        "Families in Cabo Delgado received 3,000 meticais each.",
        [("3,000 meticais", 3000, E, M, "MZN")],
    ),
]

# A ninth round: how agency copy attributes (invented, expected by hand before the run).
PROBES += [
    (
        "invented/UNHCR release: figures show, with the body's possessive",
        "UNHCR figures show 1.3 million Afghans returned from Iran and Pakistan last year.",
        [("1.3 million", 1.3e6, E, C, None, {"head": "afghans", "source": "UNHCR"})],
    ),
    (
        "invented/wire: data from IOM show",
        "Data from IOM show that 8,700 migrants crossed the Darien in January.",
        [("8,700", 8700, E, C, None, {"head": "migrants", "source": "IOM"})],
    ),
    (
        "invented/OCHA: the latest figures from the Ministry of Health",
        "According to the latest figures from the Ministry of Health, 214 people have died of "
        "cholera since August.",
        [("214", 214, E, C, None, {"head": "people", "source": "Ministry of Health"})],
    ),
    (
        "invented/briefing note: she said, across sentences",
        "WFP spokesperson Marta Ruiz said 2.1 million people were at risk of famine. She said "
        "the agency had reached 640,000 of them in June.",
        [
            ("2.1 million", 2.1e6, E, C, None, {"head": "people", "source": "Marta Ruiz"}),
            ("640,000", 640000, E, C, None, {"part_of": 0, "source": "Marta Ruiz"}),
        ],
    ),
    (
        "invented/NGO release: the organisation said, after its full name",
        "The Norwegian Refugee Council runs 14 learning centres in the camps. The "
        "organisation said 9,300 children were enrolled.",
        [
            ("14", 14, E, C, None, {"head": "centres", "source": None}),
            (
                "9,300",
                9300,
                E,
                C,
                None,
                {"head": "children", "source": "Norwegian Refugee Council"},
            ),
        ],
    ),
    (
        "invented/UNHCR release: an estimate by the agency, hedged by 'claimed' for the other",
        "Local authorities claimed that 20,000 people had returned, but UNHCR estimates the "
        "figure at around 8,000.",
        [
            ("20,000", 20000, E, C, None, {"source": "Local authorities"}),
            ("around 8,000", 8000, AP, C, None, {"source": "UNHCR"}),
        ],
    ),
]

# A tenth round: durations, words and bounds in agency quotes and releases (invented,
# expected by hand before the run).
PROBES += [
    (
        "invented/MSF quote: numbers in words inside a quote",
        "\u201cIn the last two weeks we have seen more than three hundred patients with gunshot "
        "wounds,\u201d said Dr Amara Keita, MSF's medical coordinator.",
        [
            ("two weeks", 2, E, D, "week", {"source": "Amara Keita"}),
            ("more than three hundred", 300, LO, C, None, {"head": "patients"}),
        ],
    ),
    (
        "invented/UNHCR: a stay of up to 90 days",
        "New arrivals may stay at the transit centre for up to 90 days.",
        [("up to 90 days", 90, UP, D, "day")],
    ),
    (
        "invented/IOM: a dozen boats and half a million people",
        "A dozen boats left Nouadhibou last week; half a million people now live in the "
        "region's camps.",
        [
            ("A dozen", 12, E, C, None, {"head": "boats"}),
            ("half a million", 500000, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/OCHA: between two dates is no range, between two counts is",
        "Between 12 and 18 May, between 3,000 and 4,500 people were displaced in Ituri.",
        [("between 3,000 and 4,500", (3000, 4500), R, C, None, {"head": "people"})],
    ),
    (
        "invented/WFP: hundreds of thousands and tens of thousands are vague",
        "Hundreds of thousands of people are cut off, and tens of thousands have fled to "
        "Uganda, where 1,800 arrive each day.",
        [("1,800", 1800, E, C, None)],
    ),
    (
        "invented/UNICEF: an age range and 'under five' are no counts",
        "Of the 9,400 children screened, aged six months to five years, 1,120 were acutely "
        "malnourished.",
        [
            ("9,400", 9400, E, C, None, {"head": "children"}),
            ("1,120", 1120, E, C, None, {"part_of": 0}),
        ],
    ),
]

# An eleventh round: DTM survey and UNHCR data-portal sentences (invented, expected by hand
# before the run).
PROBES += [
    (
        "invented/DTM general population survey: a share of the population in brackets",
        "An estimated 3.7 million people (10% of the population) are internally displaced.",
        [
            ("An estimated 3.7 million", 3.7e6, AP, C, None, {"head": "people"}),
            ("10%", 10, E, P, "%", {"head": "population"}),
        ],
    ),
    (
        "invented/DTM survey: 'Of those, N per cent' after a count",
        "Some 520,000 people returned to Kharkiv oblast. Of those, 62 per cent are women.",
        [
            ("Some 520,000", 520000, AP, C, None, {"head": "people"}),
            ("62 per cent", 62, E, P, "%", {"part_of": 0}),
        ],
    ),
    (
        "invented/UNHCR portal: registered refugees as of a date, by country",
        "As of 31 October, 1,028,600 refugees were registered in Poland, 512,000 of them children.",
        [
            ("1,028,600", 1028600, E, C, None, {"head": "refugees"}),
            ("512,000", 512000, E, C, None, {"head": "children", "part_of": 0}),
        ],
    ),
    (
        "invented/IOM: a share who intend to return, then the months",
        "Around 38 per cent of respondents said they intended to return within the next "
        "three months.",
        [
            ("Around 38 per cent", 38, AP, P, "%", {"head": "respondents"}),
            ("three months", 3, E, D, "month"),
        ],
    ),
    (
        "invented/UNHCR: a percentage-point change",
        "The share of refugees with a job rose by 4 percentage points to 41 per cent.",
        [("4 percentage points", 4, E, P, ANY), ("41 per cent", 41, E, P, "%")],
    ),
]

# A twelfth round: headlines and datelines of agency releases (invented, expected by hand
# before the run).
PROBES += [
    (
        "invented/ReliefWeb headline: a figure, then the agency after a dash",
        "Sudan: more than 12 million people forced from their homes \u2013 IOM",
        [("more than 12 million", 12e6, LO, C, None, {"head": "people", "source": "IOM"})],
    ),
    (
        "invented/UN News headline: the agency's name, a colon, then the figure",
        "UNHCR: 4,000 Rohingya refugees at risk in the Andaman Sea",
        [("4,000", 4000, E, C, None, {"head": "refugees", "source": "UNHCR"})],
    ),
    (
        "invented/press release dateline: a city, a date, then the lead",
        "GENEVA, 14 March 2025 \u2013 Some 73,000 people have fled into Burundi since January, "
        "the UN Refugee Agency said today.",
        [
            (
                "Some 73,000",
                73000,
                AP,
                C,
                None,
                {"head": "people", "source": "UN Refugee Agency"},
            )
        ],
    ),
    (
        "invented/WFP headline: a ration cut in a headline",
        "WFP forced to cut rations for 1.2 million refugees in Bangladesh",
        [("1.2 million", 1.2e6, E, C, None, {"head": "refugees"})],
    ),
]

# A thirteenth round: shares restated as counts, "out of", rates per person (invented,
# expected by hand before the run).
PROBES += [
    (
        "invented/UNICEF statement: a share with its count in brackets before 'of'",
        "Nearly 80 per cent (1,150) of the children treated were under the age of five.",
        [
            ("Nearly 80 per cent", 80, UP, P, "%", {"head": "children"}),
            ("1,150", 1150, E, C, None),
        ],
    ),
    (
        "invented/IRC release: N out of M clinics",
        "Nine out of 14 health clinics in the camp have closed for lack of funds.",
        [
            ("Nine", 9, E, C, None, {"head": "clinics", "part_of": 1}),
            ("14", 14, E, C, None, {"head": "clinics"}),
        ],
    ),
    (
        "invented/WFP: dollars per person per month",
        "Refugees in the camps receive $7 per person per month, down from $12 last year.",
        [("$7", 7, E, M, "USD"), ("$12", 12, E, M, "USD")],
    ),
    (
        "invented/DTM: an average household size",
        "Displaced households count an average of 6.2 members, according to DTM.",
        [("6.2", 6.2, E, C, None, {"head": "members", "source": "DTM"})],
    ),
    (
        "invented/Save the Children: children crossing alone, the charity as source",
        "Save the Children said 8,200 children had crossed alone since January.",
        [("8,200", 8200, E, C, None, {"head": "children", "source": "Save the Children"})],
    ),
]

# A fourteenth round: a whole briefing note, its speaker carried over paragraphs, bodies
# named between (invented, expected by hand before the run).
PROBES += [
    (
        "invented/Geneva briefing note: the speaker across paragraphs, 'the agency', 'she'",
        "IOM spokesperson Hana Sato said 3,400 migrants were stranded in Agadez.\n\n"
        "The Government of Niger has asked for help to return them. Sato said the agency had "
        "chartered two flights.\n\n"
        "\u201cWe need $6 million to help them go home,\u201d she said. The agency said it had "
        "received 15 per cent of that amount.",
        [
            ("3,400", 3400, E, C, None, {"head": "migrants", "source": "Hana Sato"}),
            ("two", 2, E, C, None, {"head": "flights", "source": "Hana Sato"}),
            ("$6 million", 6e6, E, M, "USD", {"source": "Hana Sato"}),
            ("15 per cent", 15, E, P, "%", {"part_of": 2, "source": ("IOM",)}),
        ],
    ),
    (
        "invented/UNHCR briefing note: a second spokesperson, then 'he said'",
        "UNHCR's Pedro Alves said 900 Venezuelans a day were entering Brazil. UNICEF "
        "spokesperson James Okello said 40 per cent of them were children, and he said 120 "
        "had arrived alone.",
        [
            ("900", 900, E, C, None, {"head": "venezuelans", "source": "Pedro Alves"}),
            ("40 per cent", 40, E, P, "%", {"source": "James Okello"}),
            ("120", 120, E, C, None, {"source": "James Okello"}),
        ],
    ),
]

# A fifteenth round: bulleted highlights of flash updates (invented, expected by hand
# before the run).
PROBES += [
    (
        "invented/UNHCR flash: bullets that open with their figure",
        "HIGHLIGHTS\n\u2022 2,350 new arrivals registered in Adr\u00e9 on 12 May\n\u2022 "
        "67% of arrivals are children\n\u2022 3 new water points built in Ourang",
        [
            ("2,350", 2350, E, C, None, {"head": "arrivals"}),
            ("67%", 67, E, P, "%", {"head": "arrivals"}),
            ("3", 3, E, C, None, {"head": "points"}),
        ],
    ),
    (
        "invented/IOM flash: a dash-led list with households and individuals",
        "- 1,840 households (9,200 individuals) displaced from Chiure\n- 410 shelters "
        "destroyed\n- 2 health centres closed",
        [
            ("1,840", 1840, E, C, None, {"head": "households"}),
            ("9,200", 9200, E, C, None, {"head": "individuals", "part_of": None}),
            ("410", 410, E, C, None, {"head": "shelters"}),
            ("2", 2, E, C, None, {"head": "centres"}),
        ],
    ),
    (
        "invented/OCHA flash: a funding line with a share and both amounts",
        "Funding: 31% funded (US$ 18.6M received of US$ 60M required)",
        [
            ("31%", 31, E, P, "%"),
            ("US$ 18.6M", 18.6e6, E, M, "USD", {"part_of": 2}),
            ("US$ 60M", 60e6, E, M, "USD"),
        ],
    ),
]

# A sixteenth round: fractions and shares of a named whole in NGO statements (invented,
# expected by hand before the run).
PROBES += [
    (
        "invented/NRC statement: a third of the N refugees",
        "A third of the 1.2 million refugees in the country live in informal settlements.",
        [
            ("A third", 100 / 3, E, P, "%", {"head": "refugees", "part_of": 1}),
            ("1.2 million", 1.2e6, E, C, None, {"head": "refugees"}),
        ],
    ),
    (
        "invented/Save the Children: half of all new arrivals",
        "Half of all new arrivals at the reception centre are children, the charity said.",
        [("Half", 50, E, P, "%", {"head": "arrivals", "source": ("the charity", "charity")})],
    ),
    (
        "invented/IRC: three-quarters of households surveyed",
        "Three-quarters of households surveyed in Adr\u00e9 had skipped meals in the past week.",
        [("Three-quarters", 75, E, P, "%", {"head": "households"})],
    ),
    (
        "invented/UNHCR: a share of the budget in money terms",
        "Only 40 per cent of the US$ 1.1 billion budget for Sudanese refugees has been funded.",
        [
            ("40 per cent", 40, E, P, "%", {"part_of": 1}),
            ("US$ 1.1 billion", 1.1e9, E, M, "USD"),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_agency_constructions(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


@pytest.mark.parametrize("case", PROBES, ids=[c[0] for c in PROBES])
def test_devset2_agency_probes(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES + PROBES]
    assert len(ids) == len(set(ids))


# Floors: the scores of reports 19-22 after this branch's fixes (rounded down).
FLOORS = {
    "19-cabo-delgado-dtm-flash.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    # the ratio's "one" twice ("one latrine for every 500 people"): an open convention the
    # extractor leaves out (tests/test_longform.py marks it optional), so recall 20/22
    "20-burundi-briefing-note.txt": {
        "f1": 0.952,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "21-msf-rescue-ship-detained.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "22-haiti-ocha-sitrep.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_agency_floors(name):
    assert_floors(name, FLOORS[name])
