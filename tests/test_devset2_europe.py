"""Second dev set, batch "europe": European migration copy in four voices.

Reports 39-42 of ``tests/fixtures/devset2`` imitate four kinds of real copy (read through
the stored-pages search; none is kept here): a UK broadsheet/BBC-style story on Channel
small-boat crossings (Home Office daily and year-to-date figures, people per boat, a
minister, a shadow minister, a charity); a Euronews-style story on Frontex's route figures
(percent changes up and down, "52% and 48% respectively", route shares, nationalities); an
ANSA-in-English story on the Italy-Albania centres (an upper-case "ROME, OCT 21 -" dateline,
"82 mn euros" in the headline, euros per place, days of detention, an Italian acronym for
an English name: "Democratic Party (PD)"); an AP-style Lesbos shipwreck with pushback
claims (NGO versus coast guard figures, survivors and missing, ages). Every report and its
gold were written by hand and committed (b3c23e3) before the extractor was first run on
them; the gold checker's wrapper was taught ANSA's "mn" in the same commit.

Blind score (the first run, at b3c23e3, main at ce278b5;
``python -m analysis.evaluate /tmp/europe-blind --misses``)::

    report                               gold  pred match      P      R     F1  date
    39-channel-crossings-record-day.txt    22    22    22  1.000  1.000  1.000  ok
    40-frontex-routes-eight-months.txt     21    21    21  1.000  1.000  1.000  ok
    41-albania-centres-cost.txt            22    23    22  0.957  1.000  0.978  ok
    42-lesbos-speedboat-pushbacks.txt      20    20    20  1.000  1.000  1.000  ok
    TOTAL                                  85    86    85  0.988  1.000  0.994  1.000

    field accuracy over 85 matched figures:
      bound                         1.000  (85/85)
      kind                          1.000  (85/85)
      head                          0.929  (79/85)
      low_high                      1.000  (85/85)
      part_of                       0.988  (84/85)
      source                        0.741  (63/85)
      source (lenient: surname ok)  0.741  (63/85)
      counted                       0.800  (68/85)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 1
      41-albania-centres-cost.txt
        EXTRA '21' (21)  in: (ANSA) - ROME, OCT 21 - Italy has spent more than 82 million euros on its two migrant centres in Albania, but only 134 people have been held at the Gjader facility in the year since it opened, according to a report presented in the Senate on Tuesday by the opposition Democratic Party (PD).

    matched figures with a field wrong (gold -> predicted):
      39-channel-crossings-record-day.txt '1,097': source: 'Home Office' -> 'Provisional data'
      39-channel-crossings-record-day.txt '17': source: 'Home Office' -> 'Provisional data'
      39-channel-crossings-record-day.txt 'about 65': source: 'Home Office' -> 'Provisional data'; counted: 'people per boat' -> 'people'
      39-channel-crossings-record-day.txt '28': source: 'PA news agency' -> nan
      39-channel-crossings-record-day.txt 'more than 31,000': counted: 'people with no right to be here' -> 'people'
      39-channel-crossings-record-day.txt '90': counted: 'people sent back to France' -> 'people'
      39-channel-crossings-record-day.txt 'up to 50': source: 'Helen Pryce' -> 'a number critics'
      39-channel-crossings-record-day.txt '19': counted: 'people who died this year' -> 'people'
      40-frontex-routes-eight-months.txt 'about 133,400': counted: 'irregular border crossings' -> 'crossings'
      40-frontex-routes-eight-months.txt '52%': head: nan -> 'routes'; counted: nan -> 'main migratory routes'
      40-frontex-routes-eight-months.txt '48%': head: nan -> 'routes'; counted: nan -> 'main migratory routes'
      40-frontex-routes-eight-months.txt '38%': counted: 'all detections' -> 'detections'
      40-frontex-routes-eight-months.txt 'just under 31,000': counted: 'arrivals on the Eastern Mediterranean route' -> 'arrivals'
      40-frontex-routes-eight-months.txt 'more than 3,000': head: 'officers' -> 'corps'; counted: 'standing corps officers' -> 'standing corps'
      40-frontex-routes-eight-months.txt '2,500': head: 'officers' -> 'corps'; counted: 'standing corps officers' -> 'standing corps'
      41-albania-centres-cost.txt 'over 82 mn euros': source: 'Democratic Party' -> 'PD'
      41-albania-centres-cost.txt '47': head: 'people' -> nan; source: 'Democratic Party' -> 'PD'; counted: 'people repatriated' -> nan
      41-albania-centres-cost.txt '400': source: 'Democratic Party' -> 'PD'; counted: 'places actually in use' -> 'places'
      41-albania-centres-cost.txt 'about 205,000 euros': source: 'Democratic Party' -> 'PD'
      41-albania-centres-cost.txt '21,500 euros': source: 'Democratic Party' -> 'PD'
      41-albania-centres-cost.txt '23 days': source: 'Democratic Party' -> 'the report'
      41-albania-centres-cost.txt '118 days': source: 'Democratic Party' -> 'the report'
      41-albania-centres-cost.txt '47': source: 'Democratic Party' -> 'the report'
      41-albania-centres-cost.txt '134': source: 'Democratic Party' -> 'the report'
      41-albania-centres-cost.txt 'around 1.7 million euros': source: 'Democratic Party' -> 'PD'
      41-albania-centres-cost.txt 'under 670 million euros': source: 'Giulio Ferrante' -> 'Undersecretary Giulio Ferrante'
      41-albania-centres-cost.txt 'five years': source: 'Giulio Ferrante' -> 'Undersecretary Giulio Ferrante'
      41-albania-centres-cost.txt '28 days': source: nan -> 'requires asylum'
      41-albania-centres-cost.txt '134': source: 'Association for Juridical Studies on Immigration' -> 'Association for Juridical Studies'; counted: 'people taken to Gjader' -> 'people'
      41-albania-centres-cost.txt '71': source: 'Association for Juridical Studies on Immigration' -> 'Association for Juridical Studies'; counted: 'people taken to Gjader' -> 'people'
      41-albania-centres-cost.txt '19%': part_of: '151,120' -> '29,400'
      42-lesbos-speedboat-pushbacks.txt '14': head: 'people' -> 'dead'; counted: 'people' -> 'dead'
      42-lesbos-speedboat-pushbacks.txt 'at least nine': source: 'Aegean Boat Report' -> "Greece's coast guard"
      42-lesbos-speedboat-pushbacks.txt 'more than 3,200': source: "Greece's Ministry of Maritime Affairs" -> "Greece's coast guard"
      42-lesbos-speedboat-pushbacks.txt '2,417': counted: 'migrants pushed back by Greek forces' -> 'migrants'

No gold was corrected after the blind run: every disagreement above was the extractor's,
or is one of the open conventions below.

The table below holds one INVENTED sentence (other names, places and numbers) per failing
construction, expected values written by hand before the extractor was run on it, checked
with ``figure_checks.check_figures`` (``part_of`` is the index of the whole among the
expected rows). First run of its first 16 rows: 2 passed; those two did not yet reproduce
the report's construction and were reworded ("the deal with Paris ..., a number critics
say"; "Among the main routes, ..."), after which 0 of 16 passed. One row was reworded after
its first run for a settled convention, not a fault: "The BAMF received 9,400" names no
source (received is no verb of recording, as the asiaeurope batch settled), so it says
"registered". Rows added later each failed before their rule (checked against the commit
before it): the closing "according to" over a semicolon, a long "according to a report ...
by X (ACR)" then "the report said", a headline's "- ACR", "Studies on Immigration", and
from invented probes in the batch's styles (not kept: 30 + 24 + 18 + 19 + 17 + 11 + 10 + 10
+ 8 + 8 sentences, of which 27, 22 (+2 open), 16, 16, 17, 11, 9, 9, 7 and 8 passed on their
first run, and four "the Channel N" sentences, none passing):
"survivors interviewed by X", ", a claim Athens denies", "The NGO X said", "Police in Kent
said", rescue ships listed with their numbers, numbered broadcasters ("Channel 4 News
reported"), a helpline's count of calls, "1 bln euros to Egypt and 105 mn to Tunisia",
clergy titles ("said Sister X"), "just 47 repatriated", "at junction 30", "across the
Channel 60 at a time". A guard row keeps an "according to" that opens the half after a
semicolon to that half (the full suite's real-probe row caught the first form of that rule).

Rules added (each general, each with its row): upper-case month abbreviations ("OCT 21")
are dates and a dateline's day opens no range with the story's first figure; "Provisional
data shows" carries the owner of the figures just named; "an analysis of X data by Y" names
Y; a closing "according to" covers both halves of a semicolon; ", a number critics say is
too small" and ", a claim Athens denies" are no attribution; "Undersecretary" and clergy
titles are titles; "asylum claims to be examined" is a noun; a body's name goes on after
"on" ("Joint Committee on Human Rights", "... Studies on Immigration"); a body named before
an acronym in another language's initials ("Democratic Party (PD)") is what it stands for,
also for "the PD said" and a headline's "- PD"; "the opposition X Party" is X Party; "the
report said" names the body that issued the report named before; "the Norway-based group
X ... The group alleged" is X; the body opening a sentence with no attribution is the "it"
of the next; "corps" modifies the noun after it; a change ("the sharpest falls, of 52% and
48%") takes no head from an opening "Among the routes"; "N of them, or P%" is a share of
the whole N is part of (when the ratio agrees); "Confederation" is a body word; "according
to migrants interviewed by X" is the migrants'; "NGO" is no name; "Police in Kent" keeps its
place; listed ship names with numbers and numbered channels are names; a helpline's
"received 9,000 calls" is no phone number; a gapped list's currency reaches "105 mn"; what
is done only to migrants ("repatriated", "deported") after a bare count makes it people; a
motorway junction's number is a label; "the Channel" then a count is the English Channel.

Open conventions, left as written (no rule):
  * 42 "14 dead as migrant speedboat capsizes" (headline): the gold restores "people"; the
    extractor gives "dead", as for "the dead" (the regions batch left "1,240 wounded" open
    the same way).
  * Not in the reports, found by probes: "nearly a quarter (23%)" is read as a percent
    figure (the project's settled "cut by a third"); "(-69% and -62%)" keeps the sign in
    text and value (the gold checker cannot parse a sign, so no gold holds one); "of whom
    5,000 are Afghans" keeps the whole's noun ("refugees", as the asiaeurope table expects),
    though "of whom 3,000 were children" takes "children" -- a rule giving demonyms the
    copula's noun was written and withdrawn because it broke that row; "the 27-member bloc"
    is a count of members; "Sea-Watch's Berlin office said" keeps the office.

Final score on reports 39-42 (after the rules and the merge of main): see FLOORS below; F1
1.000 on all four, bound, kind, low_high, part_of and source 1.000, head 0.988 (42's open
"14 dead"); counted 0.835. The dev set still scores 1.000 on every field.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

CASES = [
    (
        "invented/ANSA: an upper-case month abbreviation in the dateline is a date",
        "(ANSA) - MILAN, NOV 3 - Police in Milan arrested 12 people suspected of smuggling "
        "migrants across the Alps, prosecutors said on Monday.",
        [("12", 12, E, C, None, {"head": "people", "source": "prosecutors"})],
    ),
    (
        "invented/ANSA: 'SEPT' and 'JAN' datelines, a count right after the dash",
        "(ANSA) - BRUSSELS, SEPT 14 - 240 migrants were relocated from Italy in August, the "
        "Commission said.\n\n(ANSA) - PALERMO, JAN 9 - Coast guard boats rescued 61 people.",
        [
            ("240", 240, E, C, None, {"head": "migrants", "source": "Commission"}),
            ("61", 61, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/UK paper: 'Provisional data shows' carries the owner of the figures just named",
        "More than 800 people crossed the Channel on Sunday, Home Office figures show. "
        "Provisional data shows 812 people arrived in 14 boats.",
        [
            ("More than 800", 800, LO, C, None, {"head": "people", "source": "Home Office"}),
            ("812", 812, E, C, None, {"head": "people", "source": "Home Office"}),
            ("14", 14, E, C, None, {"head": "boats", "source": "Home Office"}),
        ],
    ),
    (
        "invented/UK paper: 'according to an analysis of X data by Y' names Y",
        "Boats carried an average of 33 people last year, according to an analysis of Home "
        "Office data by the Migration Observatory.",
        [("33", 33, E, C, None, {"head": "people", "source": "Migration Observatory"})],
    ),
    (
        "invented/UK paper: a closing 'according to' covers both halves of a semicolon",
        "Boats carried an average of 24 people in 2020; last month the figure was 58, "
        "according to analysis by the Migration Observatory.",
        [
            ("24", 24, E, C, None, {"head": "people", "source": "Migration Observatory"}),
            ("58", 58, E, C, None, {"source": "Migration Observatory"}),
        ],
    ),
    (
        "invented/guard: an 'according to' opening the half after a semicolon keeps to it",
        "According to the latest IOM figures, 5,100 people returned; according to preliminary "
        "UNHCR data, 800 were deported.",
        [
            ("5,100", 5100, E, C, None, {"source": "IOM"}),
            ("800", 800, E, C, None, {"source": "UNHCR"}),
        ],
    ),
    (
        "invented/DW: ', a number critics say is too small' does not take the figure",
        "Interior Minister Karl Brenner said the agreement with Vienna allowed Germany to "
        "return up to 300 people a week, a number critics say is far too small.",
        [("up to 300", 300, UP, C, None, {"head": "people", "source": "Karl Brenner"})],
    ),
    (
        "invented/Euronews: 'Among the main routes, X and Y saw the biggest rises, of 34% and 17%'",
        "Among the main routes, the Eastern Mediterranean and the Central Mediterranean saw "
        "the biggest rises, of 34% and 17% respectively.",
        [
            ("34%", 34, E, P, "%", {"head": None}),
            ("17%", 17, E, P, "%", {"head": None}),
        ],
    ),
    (
        "invented/Euronews: 'standing corps officers' is counted by its last noun",
        "The agency now has 1,900 standing corps officers on duty at the EU's borders.",
        [("1,900", 1900, E, C, None, {"head": "officers"})],
    ),
    (
        "invented/DW: a body named before '(ACR)' in another language's initials",
        "The Federal Office for Migration and Refugees (BAMF) registered 9,400 first-time "
        "applications in March. The BAMF said 3,100 of them were from Afghans.",
        [
            (
                "9,400",
                9400,
                E,
                C,
                None,
                {"head": "applications", "source": "Federal Office for Migration and Refugees"},
            ),
            (
                "3,100",
                3100,
                E,
                C,
                None,
                {
                    "part_of": 0,
                    "source": "Federal Office for Migration and Refugees",
                },
            ),
        ],
    ),
    (
        "invented/ANSA: 'the opposition Democratic Party (PD)' then 'the PD said'",
        "The opposition Democratic Party (PD) said the centre had cost 40 million euros. "
        "Each bed cost about 90,000 euros, the PD said.",
        [
            ("40 million euros", 40e6, E, M, "EUR", {"source": "Democratic Party"}),
            ("about 90,000 euros", 90000, AP, M, "EUR", {"source": "Democratic Party"}),
        ],
    ),
    (
        "invented/UK paper: 'the report said' names the body that published the report",
        "A report published on Monday by the Scottish Refugee Council said 2,300 people were "
        "living in hotels in Glasgow. Many had been there for more than nine months, the "
        "report said.",
        [
            (
                "2,300",
                2300,
                E,
                C,
                None,
                {"head": "people", "source": "Scottish Refugee Council"},
            ),
            (
                "more than nine months",
                9,
                LO,
                D,
                "month",
                {"source": "Scottish Refugee Council"},
            ),
        ],
    ),
    (
        "invented/ANSA: 'according to a report ... by X (ACR)', then 'the report said'",
        "Only 96 people were moved, according to a report presented in the Chamber on Monday "
        "by the opposition Green Left Alliance (AVS). The AVS said 30 had been freed. Most "
        "were held for 19 days, the report said.",
        [
            ("96", 96, E, C, None, {"head": "people", "source": "Green Left Alliance"}),
            ("30", 30, E, C, None, {"source": "Green Left Alliance"}),
            ("19 days", 19, E, D, "day", {"source": "Green Left Alliance"}),
        ],
    ),
    (
        "invented/ANSA: a headline's ' - ACR' names the body the story spells out",
        "Migrant centre cost 9 mn euros a month - CGIL\n\nThe Italian General Confederation "
        "of Labour (CGIL) said on Friday that the centre employed 210 staff.",
        [
            ("9 mn euros", 9e6, E, M, "EUR", {"source": "Italian General Confederation of Labour"}),
            ("210", 210, E, C, None, {"source": "Italian General Confederation of Labour"}),
        ],
    ),
    (
        "invented/ANSA: the title 'Undersecretary' is not part of the speaker's name",
        "Undersecretary Paola Rinaldi told reporters that 1,200 migrants had been moved to Sicily.",
        [("1,200", 1200, E, C, None, {"head": "migrants", "source": "Paola Rinaldi"})],
    ),
    (
        "invented/ANSA: 'asylum claims' after a verb is a noun, not 'X claims'",
        "The border procedure requires asylum claims to be examined within 21 days.",
        [("21 days", 21, E, D, "day", {"source": None})],
    ),
    (
        "invented/UK paper: a body's name with 'on' inside it",
        "The Joint Committee on Human Rights said 56 children had been held at the site.",
        [
            (
                "56",
                56,
                E,
                C,
                None,
                {"head": "children", "source": "Joint Committee on Human Rights"},
            )
        ],
    ),
    (
        "invented/DW: a body's name ending 'on <Word>' is no time ('on Monday')",
        "The Centre for Research on Migration said 410 people had been returned.",
        [("410", 410, E, C, None, {"source": "Centre for Research on Migration"})],
    ),
    (
        "invented/DW: 'N of them, or P%' - the share is of the whole the count is part of",
        "Germany received 230,000 asylum applications last year. Syrians lodged 76,000 of "
        "them, or 33%, the figures show.",
        [
            ("230,000", 230000, E, C, None, {"head": "applications"}),
            ("76,000", 76000, E, C, None, {"head": "applications", "part_of": 0}),
            ("33%", 33, E, P, "%", {"head": "applications", "part_of": 0}),
        ],
    ),
    (
        "invented/AP: 'The group alleged that in at least N cases' names the group",
        "The Norway-based group Sea Lights said it had recorded 22 pushbacks in May. The "
        "group alleged that in at least six cases people were left adrift on life rafts.",
        [
            ("22", 22, E, C, None, {"head": "pushbacks", "source": "Sea Lights"}),
            ("at least six", 6, LO, C, None, {"head": "cases", "source": "Sea Lights"}),
        ],
    ),
    (
        "invented/AP: 'according to migrants interviewed by X': the migrants speak",
        "The dinghy had been carrying about 45 people, according to migrants interviewed by "
        "Save the Children.",
        [("about 45", 45, AP, C, None, {"head": "people", "source": "migrants"})],
    ),
    (
        "invented/AP: ', a claim Zagreb denies' does not take the figure",
        "Rights groups have documented more than 900 alleged pushbacks at the border since "
        "2021, a claim Zagreb denies.",
        [("more than 900", 900, LO, C, None, {"head": "pushbacks", "source": "Rights groups"})],
    ),
    (
        "invented/AP: 'The NGO X said': NGO describes the body, it is no person's name",
        "The NGO Mayday Line said it had been alerted to 27 people in distress off Chios.",
        [("27", 27, E, C, None, {"head": "people", "source": "Mayday Line"})],
    ),
    (
        "invented/UK paper: 'Police in Calais said' keeps the place, as 'officials in X'",
        "Police in Calais said 41 people were detained near the port.",
        [("41", 41, E, C, None, {"head": "people", "source": "Police in Calais"})],
    ),
    (
        "invented/NGO copy: rescue ships listed with their numbers are names, not counts",
        "The Aurora 2 and the Nadir 3 were detained in Pozzallo, and the Louise 7, the Sea "
        "Eye 4 and the Open Arms were fined 3,300 euros each.",
        [("3,300 euros", 3300, E, M, "EUR")],
    ),
    (
        "invented/UK and Israeli copy: a broadcaster's numbered channel reports",
        "Channel 5 News reported that the barge held 425 men at its peak. Israel's Channel 13 "
        "reported that 60 people had crossed.",
        [
            ("425", 425, E, C, None, {"head": "men", "source": "Channel 5 News"}),
            ("60", 60, E, C, None, {"head": "people", "source": "Israel's Channel 13"}),
        ],
    ),
    (
        "invented/ANSA: '2 bln euros to Egypt and 150 mn to Tunisia': the currency carries",
        "The EU has pledged 2 bln euros to Egypt and 150 mn to Tunisia, and 40 to Senegal.",
        [
            ("2 bln euros", 2e9, E, M, "EUR"),
            ("150 mn", 150e6, E, M, "EUR"),
            ("40", 40e6, E, M, "EUR"),
        ],
    ),
    (
        "invented/ANSA and wire headlines: 'just N repatriated', 'N deported': people",
        "Migrant centres cost 60 mn euros, just 31 repatriated\n\nGermany: 1,450 deported "
        "to Georgia in May",
        [
            ("60 mn euros", 60e6, E, M, "EUR"),
            ("31", 31, E, C, None, {"head": "people"}),
            ("1,450", 1450, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/UK paper: a motorway junction's number is a label",
        "Officers found 19 Eritrean nationals in a lorry on the M20 at junction 11, and "
        "closed junctions 8 and 9 while 60 lorries were searched.",
        [
            ("19", 19, E, C, None, {"head": "nationals"}),
            ("60", 60, E, C, None, {"head": "lorries"}),
        ],
    ),
    (
        "invented/UK paper: 'the Channel' then a count is the English Channel, no TV channel",
        "Smugglers now send dinghies across the Channel 70 at a time. In the Channel 35 "
        "people were rescued on Monday, Channel 4 reported.",
        [
            ("70", 70, E, C, None),
            ("35", 35, E, C, None, {"head": "people", "source": "Channel 4"}),
        ],
    ),
    (
        "invented/UK paper: a helpline's count of calls is no phone number",
        "The Modern Slavery Helpline received 4,300 calls last year, and its hotline took 870 "
        "calls from Channel arrivals.",
        [
            ("4,300", 4300, E, C, None, {"head": "calls"}),
            ("870", 870, E, C, None, {"head": "calls"}),
        ],
    ),
    (
        "invented/ANSA: a clergy title ('Sister', 'Father') is no part of the speaker's name",
        '"Every night we feed 90 people," said Sister Lucia Ferri, who runs a shelter in '
        "Ventimiglia. Father Tesfay Abraha said 300 Eritreans had called him since May.",
        [
            ("90", 90, E, C, None, {"head": "people", "source": "Lucia Ferri"}),
            ("300", 300, E, C, None, {"source": "Tesfay Abraha"}),
        ],
    ),
    (
        "invented/AP: 'it said in a statement' after a quote is the ministry named before",
        "Italy's Ministry of the Interior rejected the report. \"Our coast guard has rescued "
        'more than 4,100 people this year," it said in a statement.',
        [
            (
                "more than 4,100",
                4100,
                LO,
                C,
                None,
                {"head": "people", "source": "Italy's Ministry of the Interior"},
            )
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_europe_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "39-channel-crossings-record-day.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "40-frontex-routes-eight-months.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "41-albania-centres-cost.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    # 42's open "14 dead" (head "people" in the gold, "dead" from the extractor)
    "42-lesbos-speedboat-pushbacks.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floors(name):
    assert_floors(name, FLOORS[name])
