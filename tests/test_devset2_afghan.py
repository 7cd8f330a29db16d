"""Second dev set, batch ``ds2-afghan``: reports 35-38 of ``tests/fixtures/devset2``, Afghan
returns and deportations from Pakistan and Iran in 2025, the kind of real copy closest to
what the extractor will be scored on. Before writing them, real reports of these kinds were
read through the stored-pages search (none is kept here): wire and Pakistani-daily copy on
the PoR card deadline and the UNHCR's objections (Reuters as syndicated, Geo, Business
Recorder, Arab News Pakistan), Afghan outlets quoting the Ministry of Refugees and
Repatriation and Torkham officials (Amu, Ariana, Bakhtar), IOM's weekly "Return of
undocumented Afghans" situation reports on returns from Iran and Pakistan, and KabulNow and
Afghanistan International on arrests in Islamabad. Every sentence, name and number is
invented; places and organisations are real:

- 35-por-deadline-deportations.txt: a wire story (Reuters-like), 2025-09-03, on the first
  days of deporting PoR card holders; SAFRON, Punjab and Sindh police, the interior
  ministry, UNHCR and IOM figures, a headline with its own figures.
- 36-torkham-weekly-returns.txt: an Afghan outlet (TOLOnews-like), 2025-04-14, a weekly
  tally from the MoRR with a headline attributed ": MoRR", Torkham, Spin Boldak and Islam
  Qala officials, returnees, afghanis and Pakistani rupees, the solar year 1404.
- 37-border-consortium-flash.txt: a border flash update (IOM-like), 2025-07-29, key
  figures laid out as number and label lines, cumulative returns since 1 January, forced
  returns, shares of women and children, a parenthetical share, the appeal's funding.
- 38-expulsion-arithmetic.txt: a Pakistani daily's analysis (Express Tribune-like),
  2025-10-12, the ministry's count against HRCP's and lawyers', police records, hedged
  claims, Rs ranges and a change, a comparison with 2016.

The reports and their gold were committed (9c1f870) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/afghan-blind --misses``, only this
batch in the folder, at that commit)::

    report                            gold  pred match      P      R     F1  date
    35-por-deadline-deportations.txt    22    22    22  1.000  1.000  1.000  ok
    36-torkham-weekly-returns.txt       22    23    22  0.957  1.000  0.978  ok
    37-border-consortium-flash.txt      22    22    22  1.000  1.000  1.000  ok
    38-expulsion-arithmetic.txt         21    21    21  1.000  1.000  1.000  ok
    TOTAL                               87    88    87  0.989  1.000  0.994  1.000

    field accuracy over 87 matched figures:
      bound                         1.000  (87/87)
      kind                          1.000  (87/87)
      head                          0.943  (82/87)
      low_high                      1.000  (87/87)
      part_of                       0.966  (84/87)
      source                        0.874  (76/87)
      source (lenient: surname ok)  0.874  (76/87)
      counted                       0.839  (73/87)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 1
      36-torkham-weekly-returns.txt
        EXTRA 'zero' (0)  in: "Our commissions at the zero point register every family, and each family receives between 10,000 and 15,000 afghanis according to its size," Rahmani said.

    matched figures with a field wrong (gold -> predicted):
      35-por-deadline-deportations.txt '6,280': head: 'holders' -> 'people'; counted: 'PoR card holders' -> 'people'
      35-por-deadline-deportations.txt 'one year': source: 'Taliban officials' -> 'the eastern provinces of Nangarhar and Kunar cannot absorb the new arrivals'
      36-torkham-weekly-returns.txt 'Over 6,000': source: 'Ministry of Refugees and Repatriation' -> 'MoRR'
      36-torkham-weekly-returns.txt 'One Week': source: 'Ministry of Refugees and Repatriation' -> 'MoRR'
      36-torkham-weekly-returns.txt '12': counted: "trucks carrying returnees' belongings" -> 'trucks carrying returnees'
      36-torkham-weekly-returns.txt '38 years': source: 'Gul Rahman' -> nan
      37-border-consortium-flash.txt '1,612,480': counted: 'returns from Iran and Pakistan' -> 'returns'
      37-border-consortium-flash.txt '78%': counted: 'returns from Iran' -> 'returns'
      37-border-consortium-flash.txt '328,580': counted: 'returns from Pakistan' -> 'returns'
      37-border-consortium-flash.txt 'Some 29 per cent': head: 'returns' -> 'holders'; part_of: '328,580' -> '92,740'; counted: 'returns from Pakistan' -> 'Afghan Citizen Card (ACC) holders'
      37-border-consortium-flash.txt '7 per cent': head: 'returns' -> 'holders'; part_of: nan -> '92,740'; counted: 'returns from Pakistan' -> 'Afghan Citizen Card (ACC) holders'
      37-border-consortium-flash.txt '54 per cent': counted: 'returnees from Pakistan' -> 'returnees'
      37-border-consortium-flash.txt '31 per cent': counted: 'returnees from Iran' -> 'returnees'
      37-border-consortium-flash.txt '412,000': source: 'IOM border monitors' -> nan; counted: 'returnees' -> 'returnees screened by IOM border monitors'
      37-border-consortium-flash.txt '18,930': source: 'IOM border monitors' -> nan
      37-border-consortium-flash.txt '14 per cent': head: 'appeal' -> 'consortium'; counted: 'Border Consortium appeal' -> 'Border Consortium'
      38-expulsion-arithmetic.txt '61,000': head: 'afghans' -> 'people'; part_of: '1.47 million' -> nan; source: 'interior ministry' -> nan; counted: 'Afghans' -> 'people'
      38-expulsion-arithmetic.txt 'an estimated 250,000': source: nan -> 'police'
      38-expulsion-arithmetic.txt '8,912': source: 'police records' -> 'police'
      38-expulsion-arithmetic.txt '3,140': source: 'police records' -> 'police'
      38-expulsion-arithmetic.txt '30pc': counted: 'street crime' -> nan
      38-expulsion-arithmetic.txt '1.2 million': counted: 'returnees from Pakistan' -> 'returnees'
      38-expulsion-arithmetic.txt 'about 270,000': source: nan -> 'a gap neither side'

Gold corrected afterwards (slips against the project's conventions, not toward the output):
in 36, "Gul Rahman, who lived in Peshawar for 38 years, said ..." had the source "Gul
Rahman" for "38 years"; a figure in a relative clause set off by commas between a speaker
and the verb is the reporter's account of him (tests/test_devset2_western.py, "Local
campaigners, who have held 14 protests since March, claimed": source None), so it is null
now. In 38, "police records seen by The Express Tribune show 8,912 arrests" had the source
"police records" for "8,912" and "3,140"; the project names the body whose data they are
("Home Office figures seen by the Guardian show" -> "Home Office", "according to the latest
police figures" -> "police"), so both are "police" now. No other gold was changed.

Open conventions (left out of the table or given as a tuple of answers): "W, including A.
N of them ..." with a single included part (either can be meant); a speaker's place ("UNHCR
staff at Torkham": the gold of reports 18 and 28 keeps it, the extractor cuts it for a
singular speaker).

The table below holds invented sentences with the constructions that failed in the four
reports (batch 1), written by hand before each run; rows as in ``tests/test_unseen_styles.py``
(``(text, value or (low, high), bound, kind, unit[, fields])``, ``part_of`` the index of the
whole among the expected rows). Batch 1 first run on the blind commit's branch: 5 of 21 rows
passed (the guards "zero deaths", "requested $40 million ..., saying", "the WFP winter
appeal", "640 of those" in one sentence, and "UNHCR staff at Torkham" once its place was
made open); rows added while fixing were each seen to fail first, except the guards (a
month opening the sentence).

Batches 2-10 probe the style beyond the four reports (number habits, speakers, what is no
figure, stories and layouts), and three whole invented articles (Kabul Now-, Dawn- and
TOLOnews-style) are tables of their own; each batch's comment says how its rows did on the
first run. The whole table (106 rows and the three articles) run against the blind
commit's package (``analysis/`` of 9c1f870, copied aside with this module,
figure_checks.py and devset2_checks.py; ``PYTHONPATH=<copy>:<copy>/tests python -m pytest
tests/test_devset2_afghan.py -k "figures or article"``): 76 passed, 33 failed; after this
round's rules, all 109 pass.

The general rules of this round, one line each:

- "the zero point", "the zero line": a border's line, no count of nothing.
- ", saying ..." after a verb that is not speech shares the clause's subject; what follows
  is what is said, never its speaker.
- a mixed-case acronym ("MoRR", "MoFA") is spelt out by its capitals before "(MoRR)"; "The
  PDMA said" resolves as "PDMA" does, also when the text spells it out only later; a
  headline's ": MoRR" and a headline opened by "Ministry:" take the fullest name.
- "N were PoR card holders": a short capitalised name before the noun after the copula.
- "them" in the sentence after "W, including A and B" is W, never B alone.
- a share "against"/"compared with" another period's is no further list item and no part
  of this period's whole.
- "screened by", "identified by" name the agent as "registered by" does; ", which has
  registered N" names the relative pronoun's antecedent.
- "By the ministry's own breakdown", "By UNHCR's own count" name the owner.
- an apposition about the place that opens a sentence ("In Karachi, home to N Afghans,
  police ...") is background, no speaker's figure.
- "a gap neither side has explained", "no one", "nobody": no source.
- "the Border Consortium appeal ... is N per cent funded": a share of the appeal.
- a paragraph that opens with "N of those" reaches past a figureless sentence to the last
  count of the paragraph before.
- the Afghan solar months ("since 1 Hamal", "15 Saratan 1404") are dates.
- a possessive no longer runs a place past its entity into a person's name ("Khyber
  Pakhtunkhwa's home department").
- "a Reuters tally of provincial figures" is the tally, as "a Reuters tally" is; "figures
  shared by X with Pajhwok" are X's.
- "N undocumented ones" counts the whole's noun.
- a name with an age opening a sentence ("Samiullah, 29, worked ...") is the person a
  later "he said" is.
- a second reporting verb after "and" with no subject ("OCHA said ..., and warned that")
  shares the first one's speaker as it was named there.
- an item after "N of the returnees had lived in X" ("410 in Nowshera") elides that noun.
- "12 thousand 500 migrants" (copy translated from Dari) is one number.
- "Of the $2.4bn sought ..., donors had provided $410m": a part of the amount, as for
  counts.

Known misses and open cases left alone: "W, including A. N of them" with one included part;
"according to a Reuters tally" (Reuters or its tally, as tests/test_devset2_western.py
left it; settled in session 11 for Reuters); a speaker's place ("UNHCR staff at Torkham"); "according to the statement" with
no issuer in the sentence (no source).

Final score of the four reports (after the rules and a merge of main; ``python -m
analysis.evaluate /tmp/afghan-blind``, the batch alone, corrected gold): F1 1.000 (87/87,
no miss, no extra); bound, kind, head, low_high, part_of and source 1.000; counted 0.874
(not scored: "returns from Pakistan" read as "returns", and the like).
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"
MORR = "Ministry of Refugees and Repatriation"
# (open: a speaker's place, "a driver in Chtaura", is kept by the gold of reports 18 and 28
# and cut by the extractor for a singular speaker)
UST = ("UNHCR staff at Torkham", "UNHCR staff")
# "according to a Reuters tally" names Reuters (a document named by its owner gives the
# owner, tests/test_sources_heads.py; settled in session 11); what it was made from is neither
RT = "Reuters"

# Batch 1: the constructions that failed in the four reports, each in other words.
CASES = [
    # "the zero point" / "the zero line": the border line at Torkham, Wagah or on the
    # Bangladesh-India border, a place and no count of nothing.
    (
        "invented/Afghan outlet: officials at the zero point",
        "Officials at the zero point registered 340 families on Monday, a border official said.",
        [("340", 340, E, C, None, {"head": "families", "source": "a border official"})],
    ),
    (
        "invented/Bangladeshi daily: pushed back across the zero line",
        "Guards pushed 25 people back across the zero line near Sylhet, the BGB said.",
        [("25", 25, E, C, None, {"head": "people"})],
    ),
    (
        "invented/guard: zero deaths is a count",
        "The camp clinic reported zero deaths in March.",
        [("zero", 0, E, C, None, {"head": "deaths"})],
    ),
    # ", saying ...": the participle's subject is the sentence's, whatever the clause says.
    (
        "invented/wire: asked for a period, saying ...",
        "Afghan officials have asked Tehran for a grace period of six months, saying the "
        "western provinces cannot take more returnees.",
        [("six months", 6, E, D, "month", {"source": "Afghan officials"})],
    ),
    (
        "invented/wire: requested an amount, saying ...",
        "Aid groups have requested $40 million from donors, saying the border camps are full.",
        [("$40 million", 4e7, E, M, "USD", {"source": "Aid groups"})],
    ),
    # An acronym used before it is spelt out (a headline's ": MoRR"; a body's "The PDMA
    # said" before "The Provincial Disaster Management Authority (PDMA)").
    (
        "invented/TOLOnews: a headline's attribution spelt out in the first paragraph",
        "Over 2,000 Families Return from Iran in Three Days: MoRR\n\n"
        "The Ministry of Refugees and Repatriation (MoRR) said on Monday that more than "
        "2,000 families had returned from Iran.",
        [
            ("Over 2,000", 2000, LO, C, None, {"head": "families", "source": MORR}),
            ("Three Days", 3, E, D, "day", {"source": MORR}),
            ("more than 2,000", 2000, LO, C, None, {"head": "families", "source": MORR}),
        ],
    ),
    (
        "invented/Pakistani daily: an acronym spelt out only later",
        "The PDMA said 3,000 houses had been damaged in Swat. The Provincial Disaster "
        "Management Authority (PDMA) has set up 12 relief camps.",
        [
            ("3,000", 3000, E, C, None, {"source": "Provincial Disaster Management Authority"}),
            ("12", 12, E, C, None, {"head": "camps"}),
        ],
    ),
    # "Of the N people ..., M were <card> holders": the noun after the copula is the head,
    # a compound one too; a part with a verb and no noun keeps the whole's.
    (
        "invented/wire: of the people who crossed, card holders",
        "Of the 5,120 people who crossed at Chaman on Friday, 3,900 were ACC holders and "
        "610 held PoR cards, officials said.",
        [
            ("5,120", 5120, E, C, None, {"head": "people", "source": "officials"}),
            ("3,900", 3900, E, C, None, {"head": "holders", "part_of": 0}),
            ("610", 610, E, C, None, {"head": "people", "part_of": 0}),
        ],
    ),
    (
        "invented/Pakistani daily: of the detained, PoR card holders",
        "Of the 820 Afghans detained in Quetta, 505 were PoR card holders.",
        [
            ("820", 820, E, C, None, {"head": "afghans"}),
            ("505", 505, E, C, None, {"head": "holders", "part_of": 0}),
        ],
    ),
    # "W, including A and B. N per cent of them ...": "them" is W, not the list's last item
    # (with one item, "W, including A. N of them", either can be meant: left out, open).
    (
        "invented/IOM flash: a share of them after an including list",
        "Arrivals from Iran reached 52,400, including 8,100 women and 11,300 children. About "
        "70 per cent of them were deported.",
        [
            ("52,400", 52400, E, C, None, {"head": "arrivals"}),
            ("8,100", 8100, E, C, None, {"head": "women", "part_of": 0}),
            ("11,300", 11300, E, C, None, {"head": "children", "part_of": 0}),
            ("About 70 per cent", 70, AP, P, "%", {"head": "arrivals", "part_of": 0}),
        ],
    ),
    (
        "invented/UNHCR: a share of them, then the same share a year earlier",
        "Returns from Pakistan stood at 41,300, including 9,800 PoR card holders and 6,100 "
        "ACC holders. Some 35 per cent of them were deported, against 12 per cent a year "
        "earlier.",
        [
            ("41,300", 41300, E, C, None, {"head": "returns"}),
            ("9,800", 9800, E, C, None, {"head": "holders", "part_of": 0}),
            ("6,100", 6100, E, C, None, {"head": "holders", "part_of": 0}),
            ("Some 35 per cent", 35, AP, P, "%", {"head": "returns", "part_of": 0}),
            ("12 per cent", 12, E, P, "%", {"part_of": None}),
        ],
    ),
    # "Among the N returnees screened by X, M were ...": the agent of the participle.
    (
        "invented/IOM flash: among those screened by named monitors",
        "Among the 96,000 returnees screened by IOM border monitors since March, 4,210 were "
        "unaccompanied children.",
        [
            ("96,000", 96000, E, C, None, {"source": "IOM border monitors"}),
            ("4,210", 4210, E, C, None, {"source": "IOM border monitors", "part_of": 0}),
        ],
    ),
    (
        "invented/UNHCR: of those registered by named staff",
        "Of the 2,300 people registered by UNHCR staff at Torkham, 900 were children.",
        [
            ("2,300", 2300, E, C, None, {"source": UST}),
            ("900", 900, E, C, None, {"source": UST, "part_of": 0}),
        ],
    ),
    # "The <Name> appeal ... is N per cent funded": the common noun after the name is the
    # whole.
    (
        "invented/IOM flash: a named consortium's appeal is N per cent funded",
        "The Border Consortium appeal seeks US$ 90 million and is 18 per cent funded.",
        [
            ("US$ 90 million", 9e7, E, M, "USD"),
            ("18 per cent", 18, E, P, "%", {"head": "appeal", "part_of": 0}),
        ],
    ),
    (
        "invented/OCHA: a named fund's appeal is N per cent funded",
        "The WFP winter appeal of $60 million is only 31 per cent funded.",
        [
            ("$60 million", 6e7, E, M, "USD"),
            ("31 per cent", 31, E, P, "%", {"head": "appeal", "part_of": 0}),
        ],
    ),
    # "only N of those were ...": "of those" points back as "of them" does; "By X's own
    # breakdown" names the source as "By X's count" does.
    (
        "invented/Pakistani daily: N of those, after a count",
        "Police arrested 1,900 Afghans in Quetta in May, and 640 of those were later "
        "released on bail.",
        [
            ("1,900", 1900, E, C, None, {"head": "afghans"}),
            ("640", 640, E, C, None, {"head": "afghans", "part_of": 0}),
        ],
    ),
    (
        "invented/Pakistani daily: by the body's own breakdown, N of those",
        "The home department says 84,000 Afghans have left Balochistan since April. By the "
        "department's own breakdown, only 6,200 of those were deported.",
        [
            ("84,000", 84000, E, C, None, {"head": "afghans", "source": "home department"}),
            (
                "6,200",
                6200,
                E,
                C,
                None,
                {"head": "afghans", "part_of": 0, "source": "home department"},
            ),
        ],
    ),
    (
        "invented/Pakistani daily: N of those opens a paragraph after a sentence with no figure",
        "The provincial government said 212,000 Afghans had left Sindh since 2023. It called "
        "the drive a success.\n\nOnly 9,400 of those were formally deported, officials said.",
        [
            ("212,000", 212000, E, C, None, {"head": "afghans"}),
            ("9,400", 9400, E, C, None, {"head": "afghans", "part_of": 0}),
        ],
    ),
    (
        "invented/Pakistani daily: by a named body's own count",
        "By UNHCR's own count, 3,400 refugees were detained in August.",
        [("3,400", 3400, E, C, None, {"head": "refugees", "source": "UNHCR"})],
    ),
    # "In <city>, home to N X, <source> said ...": the place's apposition is background.
    (
        "invented/Pakistani daily: a city's population in apposition before the speaker",
        "In Quetta, home to some 90,000 Afghans, police said they had detained 700 people "
        "this week.",
        [
            ("some 90,000", 90000, AP, C, None, {"head": "afghans", "source": None}),
            ("700", 700, E, C, None, {"head": "people", "source": "police"}),
        ],
    ),
    (
        "invented/Pakistani daily: a city described as a city of N before the speaker",
        "In Peshawar, a city of some 2.2 million people, officials said 900 families had "
        "left in a week.",
        [
            ("some 2.2 million", 2.2e6, AP, C, None, {"source": None}),
            ("900", 900, E, C, None, {"source": "officials"}),
        ],
    ),
    (
        "invented/guard: a month opens the sentence, not a place",
        "In May, a court in Quetta fined a transporter Rs50,000 for carrying 14 Afghans, the "
        "prosecutor's office said.",
        [
            ("Rs50,000", 50000, E, M, "PKR", {"source": "prosecutor's office"}),
            ("14", 14, E, C, None, {"source": "prosecutor's office"}),
        ],
    ),
    # "a gap neither side has explained": no one is reporting the figure.
    (
        "invented/Pakistani daily: a gap neither side has explained",
        "That is about 40,000 more than the ministry's figure, a discrepancy neither agency "
        "has explained.",
        [("about 40,000", 40000, AP, C, None, {"source": None})],
    ),
]


# Batch 2: the style beyond the four reports, as IOM's weekly return reports, Afghan
# outlets and Pakistani dailies write numbers (expected rows by hand before the first run;
# 14 of 18 passed, and two of the four failures were my annotation against the tables'
# conventions: a speaker's title "Mawlawi" is kept, as the South Asia table keeps it, and
# "IOM assisted" attributes nothing).
CASES += [
    # The Afghan solar calendar's months: a day of one is a date, as "15 July" is.
    (
        "invented/Pajhwok: a day of an Afghan solar month",
        "Since 1 Hamal, 48,300 families have returned from Iran, the provincial refugees "
        "department said.",
        [("48,300", 48300, E, C, None, {"head": "families"})],
    ),
    (
        "invented/Bakhtar: a solar month and year after the count",
        "As many returnees arrived on 15 Saratan 1404 as in the whole of Jawza, officials said "
        "of the 12,000 people registered at Islam Qala.",
        [("12,000", 12000, E, C, None, {"head": "people"})],
    ),
    (
        "invented/TOLOnews: since the start of a solar year",
        "The ministry said 1,214 returnee families received land plots in the solar year 1403.",
        [("1,214", 1214, E, C, None, {"head": "families"})],
    ),
    # IOM's weekly return reports: the previous week's figure in brackets after a change.
    (
        "invented/IOM weekly: the week before in brackets after a change",
        "A total of 11,204 undocumented Afghans returned from Iran through Islam Qala and "
        "Milak this week, a 7% increase from the previous week (10,471).",
        [
            ("11,204", 11204, E, C, None, {"head": "afghans"}),
            ("7%", 7, E, P, "%", {"head": None}),
            ("10,471", 10471, E, C, None),
        ],
    ),
    # (what IOM did, "assisted", is no statement: the schema's agents are those of
    # recorded, registered, screened, verified)
    (
        "invented/IOM weekly: assisted N (share) of them",
        "IOM assisted 865 (9%) of the returnees at its transit centres in Herat and Nimroz.",
        [
            ("865", 865, E, C, None, {"head": "returnees", "source": None}),
            ("9%", 9, E, P, "%", {"source": None}),
        ],
    ),
    # Afghan outlets: families "comprising" individuals, a day's tally, a ministry's count.
    (
        "invented/Ariana: families comprising individuals",
        "The Islamic Emirate's refugees ministry said 2,145 families comprising 11,432 "
        "individuals returned from Pakistan on Monday.",
        [
            ("2,145", 2145, E, C, None, {"head": "families"}),
            ("11,432", 11432, E, C, None, {"head": "individuals"}),
        ],
    ),
    (
        "invented/Amu: a tally rose from one day's figure to the next",
        "The number of returnees at Torkham rose to 3,412 on Friday from 2,870 on Thursday, "
        "border officials said.",
        [
            ("3,412", 3412, E, C, None, {"source": "border officials"}),
            ("2,870", 2870, E, C, None, {"source": "border officials"}),
        ],
    ),
    (
        "invented/Pajhwok: afghanis abbreviated after the amount",
        "Each returnee family is given 9,000 Afs for transport and two months of food rations, "
        "an official said.",
        [
            ("9,000 Afs", 9000, E, M, "AFN", {"source": "an official"}),
            ("two months", 2, E, D, "month", {"source": "an official"}),
        ],
    ),
    (
        "invented/Afghan outlet: a speaker with a religious title",
        '"We have registered 5,600 families since Hamal," said Mawlawi Abdul Rahman '
        "Zahid, head of the refugees department in Kandahar.",
        [("5,600", 5600, E, C, None, {"source": "Mawlawi Abdul Rahman Zahid"})],
    ),
    # Pakistani dailies: commissionerates, hedged claims, rupees with a point, deadlines.
    (
        "invented/Dawn: a commissionerate named with its province",
        "According to the Commissionerate for Afghan Refugees Khyber Pakhtunkhwa, 4,317 Afghans "
        "were repatriated through Torkham on Tuesday.",
        [
            (
                "4,317",
                4317,
                E,
                C,
                None,
                {"source": "Commissionerate for Afghan Refugees Khyber Pakhtunkhwa"},
            )
        ],
    ),
    (
        "invented/Express Tribune: a government that claims to have repatriated",
        "Islamabad claims to have repatriated over 800,000 Afghans since 2023.",
        [("over 800,000", 800000, LO, C, None, {"head": "afghans", "source": "Islamabad"})],
    ),
    (
        "invented/Pakistani daily: Rs with a point before the amount",
        "Transporters charged Rs. 65,000 per truck to Torkham, up from Rs. 40,000 in March.",
        [
            ("Rs. 65,000", 65000, E, M, "PKR"),
            ("Rs. 40,000", 40000, E, M, "PKR"),
        ],
    ),
    (
        "invented/Pakistani daily: a deadline in hours",
        "Police gave the families a 48-hour deadline to vacate the katchi abadi, residents said.",
        [("48-hour", 48, E, D, "hour", {"source": "residents"})],
    ),
    (
        "invented/Pakistani daily: South Asian digit groups",
        "The number of Afghans repatriated since 2023 has reached 11,03,545, the ministry said.",
        [("11,03,545", 1103545, E, C, None, {"head": "afghans"})],
    ),
    # Border flash updates: the total's parts with no whole in the sentence; a share of those
    # assisted.
    (
        "invented/IOM flash: of the total returnees, two parts",
        "Of the total returnees, 595 were spontaneous returnees and 28 were deported.",
        [
            ("595", 595, E, C, None, {"head": "returnees", "part_of": None}),
            ("28", 28, E, C, None, {"part_of": None}),
        ],
    ),
    (
        "invented/UNHCR: a share of the card holders it interviewed",
        "UNHCR said 37 per cent of the PoR card holders it interviewed had never been to "
        "Afghanistan.",
        [("37 per cent", 37, E, P, "%", {"head": "holders", "source": "UNHCR"})],
    ),
    (
        "invented/OCHA: a plan that seeks an amount is N percent funded",
        "The 2025 Humanitarian Needs and Response Plan, which seeks $2.42 billion, is only 19 "
        "percent funded.",
        [
            ("$2.42 billion", 2.42e9, E, M, "USD"),
            ("19 percent", 19, E, P, "%", {"head": "plan", "part_of": 0}),
        ],
    ),
    (
        "invented/UN briefing: a representative in a country, named after the title",
        "UNHCR's Representative in Afghanistan, Leyla Haidari, said 2.1 million Afghans had "
        "returned or been forced back this year.",
        [("2.1 million", 2.1e6, E, C, None, {"head": "afghans", "source": "Leyla Haidari"})],
    ),
]


# Batch 3: who says it, as wires, Afghan outlets and Pakistani dailies attribute figures on
# returns and arrests (expected rows by hand before the first run; 13 of 17 passed).
CASES += [
    (
        "invented/Reuters: according to a news agency's tally",
        "Pakistan has deported 4,500 Afghans this week, according to a Reuters tally of "
        "provincial figures.",
        [("4,500", 4500, E, C, None, {"head": "afghans", "source": RT})],
    ),
    (
        "invented/wire: a ministry's spokesman named after a comma",
        "A spokesman for Pakistan's interior ministry, Qadir Baig, said 212 holding centres "
        "were operating.",
        [("212", 212, E, C, None, {"head": "centres", "source": "Qadir Baig"})],
    ),
    (
        "invented/AFP: an official quoted, then asking not to be named",
        '"More than 2,000 people crossed today," a Torkham border official told AFP, asking '
        "not to be named.",
        [("More than 2,000", 2000, LO, C, None, {"source": "a Torkham border official"})],
    ),
    (
        "invented/Dawn: a province's department, then the total it brings",
        "Khyber Pakhtunkhwa's home department said in a statement that 3,118 PoR card "
        "holders had left since September 1, bringing the total to 19,400.",
        [
            ("3,118", 3118, E, C, None, {"source": "Khyber Pakhtunkhwa home department"}),
            ("19,400", 19400, E, C, None, {"source": "Khyber Pakhtunkhwa home department"}),
        ],
    ),
    (
        "invented/Afghan outlet: a returnee's quote in rupees",
        '"They took 20,000 rupees from me at the checkpoint," said Noor Agha, a returnee '
        "from Quetta.",
        [("20,000 rupees", 20000, E, M, "PKR", {"source": "Noor Agha"})],
    ),
    (
        "invented/flash: according to the consortium, a share then the month before",
        "According to the Border Consortium, 62 per cent of returnees from Pakistan in July "
        "were women and children, compared with 48 per cent in June.",
        [
            ("62 per cent", 62, E, P, "%", {"head": "returnees", "source": "Border Consortium"}),
            ("48 per cent", 48, E, P, "%", {"source": "Border Consortium"}),
        ],
    ),
    (
        "invented/analysis: a rights group estimates that",
        "Amnesty International estimates that at least 1,500 Afghans were arbitrarily "
        "detained in Islamabad in January alone.",
        [("at least 1,500", 1500, LO, C, None, {"source": "Amnesty International"})],
    ),
    (
        "invented/analysis: a group's report documented cases",
        "The HRCP report, released on Monday, documented 312 cases of extortion by police.",
        [("312", 312, E, C, None, {"head": "cases", "source": "HRCP"})],
    ),
    (
        "invented/wire: a relative clause with its own agent verb",
        "UNHCR, which has registered 1.3 million PoR card holders, said 12 per cent had left.",
        [
            ("1.3 million", 1.3e6, E, C, None, {"head": "holders", "source": "UNHCR"}),
            ("12 per cent", 12, E, P, "%", {"source": "UNHCR"}),
        ],
    ),
    (
        "invented/Pakistani daily: an alleged demand, reported by residents",
        "Police allegedly demanded Rs30,000 from each family, residents said.",
        [("Rs30,000", 30000, E, M, "PKR", {"source": "residents"})],
    ),
    (
        "invented/wire: the World Bank estimates an amount a year",
        "The World Bank estimates remittances from Iran at $1.1 billion a year.",
        [("$1.1 billion", 1.1e9, E, M, "USD", {"source": "World Bank"})],
    ),
    (
        "invented/Afghan outlet: Pakistani rupees by their code",
        "Zarmina said she had paid PKR 50,000 to a smuggler to reach Quetta.",
        [("PKR 50,000", 50000, E, M, "PKR", {"source": "Zarmina"})],
    ),
    (
        "invented/wire: N, including M undocumented ones",
        "Iran hosts some 3.5 million Afghans, including 1.5 million undocumented ones, the UN "
        "says.",
        [
            ("some 3.5 million", 3.5e6, AP, C, None, {"head": "afghans"}),
            ("1.5 million", 1.5e6, E, C, None, {"head": "afghans", "part_of": 0}),
        ],
    ),
    (
        "invented/wire: a country says it has deported nationals in scare quotes",
        'Iran says it has deported 1.2 million "illegal nationals" since March.',
        [("1.2 million", 1.2e6, E, C, None, {"head": "nationals", "source": "Iran"})],
    ),
    (
        "invented/Pakistani daily: nearly half of the detainees",
        "Nearly half of the 640 detainees were minors, lawyers said.",
        [
            ("Nearly half", 50, UP, P, "%", {"head": "detainees", "part_of": 1}),
            ("640", 640, E, C, None, {"head": "detainees", "source": "lawyers"}),
        ],
    ),
    (
        "invented/Afghan outlet: a range of families a day",
        "Between 20 and 25 families a day are arriving in Kunar from Bajaur, local officials said.",
        [("Between 20 and 25", (20, 25), R, C, None, {"head": "families"})],
    ),
    (
        "invented/flash: a hyphenated range of per cent",
        "Unaccompanied children make up 15-20 per cent of deportees from Iran.",
        [("15-20 per cent", (15, 20), R, P, "%", {"head": "deportees"})],
    ),
]


# Batch 4: short stories in the four voices, whose figures lean on the sentences before
# them (a second reference, "the official", "the ministry added", "she said"), and layouts
# (expected rows by hand before the first run; 5 of 6 passed).
CASES += [
    (
        "invented/wire story: a police official, then the official and he",
        "ISLAMABAD, March 4 (Reuters) - Pakistani police detained 1,240 Afghans in Islamabad "
        "and Rawalpindi over the weekend, a police official said.\n\n"
        "The official, who asked not to be named, said 870 of the detainees had been moved to "
        "Haji Camp. The rest were released after showing valid visas, he said.\n\n"
        "The U.N. refugee agency said more than 3 million Afghans were living in Pakistan, "
        "about 1.3 million of them with PoR cards.",
        [
            ("1,240", 1240, E, C, None, {"head": "afghans", "source": "a police official"}),
            ("870", 870, E, C, None, {"part_of": 0, "source": "a police official"}),
            (
                "more than 3 million",
                3e6,
                LO,
                C,
                None,
                {"head": "afghans", "source": "U.N. refugee agency"},
            ),
            (
                "about 1.3 million",
                1.3e6,
                AP,
                C,
                None,
                {"head": "afghans", "part_of": 2, "source": "U.N. refugee agency"},
            ),
        ],
    ),
    (
        "invented/Afghan outlet story: the ministry, its spokesman by surname, the ministry added",
        "The Ministry of Refugees and Repatriation said on Tuesday that 1,850 families "
        "returned from Pakistan on Monday.\n\n"
        "Abdul Basir Mohmand, the ministry's spokesman, said the returnees were given 4,000 "
        'afghanis each for transport. "We need at least 50,000 tents before winter," '
        "Mohmand said.\n\n"
        "The ministry added that 312 of the families were headed by women.",
        [
            ("1,850", 1850, E, C, None, {"head": "families", "source": MORR}),
            ("4,000 afghanis", 4000, E, M, "AFN", {"source": "Abdul Basir Mohmand"}),
            ("at least 50,000", 50000, LO, C, None, {"source": "Abdul Basir Mohmand"}),
            ("312", 312, E, C, None, {"head": "families", "source": MORR}),
        ],
    ),
    (
        "invented/flash layout: key figures as number and label lines, then bullets",
        "KEY FIGURES\n\n2,940,000\nreturns from Iran and Pakistan in 2025\n\n1.6 million\n"
        "returnees in need of humanitarian assistance\n\nUS$ 258 million\nrequired\n\n"
        "HIGHLIGHTS\n\u2022 71% of returnees from Iran were men travelling alone.\n"
        "\u2022 58% of returnees from Pakistan were children.",
        [
            ("2,940,000", 2940000, E, C, None, {"head": "returns"}),
            ("1.6 million", 1.6e6, E, C, None, {"head": "returnees"}),
            ("US$ 258 million", 2.58e8, E, M, "USD"),
            ("71%", 71, E, P, "%", {"head": "returnees"}),
            ("58%", 58, E, P, "%", {"head": "returnees"}),
        ],
    ),
    (
        "invented/analysis story: the government says, a lawyer disputes, she said",
        "The government says 90,000 Afghans have been deported from Punjab this year. Lawyers "
        'dispute this. "The real number is at least 120,000," said Asma Rauf, a Lahore '
        "advocate. She said her team had documented 340 cases of families separated at "
        "holding centres.",
        [
            ("90,000", 90000, E, C, None, {"head": "afghans", "source": "government"}),
            ("at least 120,000", 120000, LO, C, None, {"source": "Asma Rauf"}),
            ("340", 340, E, C, None, {"head": "cases", "source": "Asma Rauf"}),
        ],
    ),
    (
        "invented/Pakistani daily: a province-wise breakdown as label lines",
        "Province-wise returns since September 2023:\nKhyber Pakhtunkhwa: 512,300\n"
        "Balochistan: 201,450\nPunjab: 96,720\nSindh: 41,880",
        [
            ("512,300", 512300, E, C, None),
            ("201,450", 201450, E, C, None),
            ("96,720", 96720, E, C, None),
            ("41,880", 41880, E, C, None),
        ],
    ),
    (
        "invented/Afghan outlet story: a returnee by first name, then his quote",
        'Samiullah, 29, worked in a Karachi bakery for 11 years. "I was earning 45,000 '
        'rupees a month. Here I have found nothing in three weeks," he said at a camp in '
        "Kandahar.",
        [
            ("11 years", 11, E, D, "year", {"source": None}),
            ("45,000 rupees", 45000, E, M, "PKR", {"source": "Samiullah"}),
            ("three weeks", 3, E, D, "week", {"source": "Samiullah"}),
        ],
    ),
]


# Batch 5: what is no figure in this copy (laws, national identity numbers, phases, roads,
# ages, clock times) beside what is (expected rows by hand before the first run; all 10
# passed).
CASES += [
    (
        "invented/Pakistani daily: a section of an act of a year",
        "Police registered 214 cases under Section 14 of the Foreigners Act, 1946, in Quetta.",
        [("214", 214, E, C, None, {"head": "cases"})],
    ),
    (
        "invented/Pakistani daily: a national identity card number",
        "The landlord, whose CNIC number is 35202-1234567-1, was fined Rs25,000 for renting a "
        "house to 6 Afghans.",
        [("Rs25,000", 25000, E, M, "PKR"), ("6", 6, E, C, None, {"head": "afghans"})],
    ),
    (
        "invented/wire: the plan's phases, an ordinal and a numbered one",
        "Phase 2 of the plan targets ACC holders; the third phase will cover about 1.3 million "
        "PoR card holders.",
        [("about 1.3 million", 1.3e6, AP, C, None, {"head": "holders"})],
    ),
    (
        "invented/Afghan outlet: a highway's number and a clock time",
        "The convoy of 46 trucks left Torkham on the N-5 at 3 a.m. and reached Jalalabad by noon.",
        [("46", 46, E, C, None, {"head": "trucks"})],
    ),
    (
        "invented/UNHCR: ages beside a count",
        "Of the 2,600 children screened, 410 were under five and 90 were aged 15 or older.",
        [
            ("2,600", 2600, E, C, None, {"head": "children"}),
            ("410", 410, E, C, None, {"part_of": 0}),
            ("90", 90, E, C, None, {"part_of": 0}),
        ],
    ),
    (
        "invented/wire: a grace period in days, a convention's year",
        "Pakistan, which is not a party to the 1951 Refugee Convention, gave PoR card holders "
        "a 40-day grace period.",
        [("40-day", 40, E, D, "day")],
    ),
    (
        "invented/Afghan outlet: a range of days",
        "Families wait 2-3 days at the zero point before they are registered, returnees said.",
        [("2-3 days", (2, 3), R, D, "day", {"source": "returnees"})],
    ),
    (
        "invented/wire: half a million and tens of thousands",
        "Nearly half a million Afghans left Iran in June, and tens of thousands more are "
        "expected in July.",
        [("Nearly half a million", 5e5, UP, C, None, {"head": "afghans"})],
    ),
    (
        "invented/Express Tribune: Rs with bn and pc",
        "The federal government has released Rs1.5bn for the repatriation drive, 15pc less "
        "than the provinces sought.",
        [("Rs1.5bn", 1.5e9, E, M, "PKR"), ("15pc", 15, E, P, "%")],
    ),
    (
        "invented/Kabul Now: a decade and the month the Taliban returned",
        "Many of the deportees arrived in Pakistan in the 1980s; others fled after August "
        "2021, when some 600,000 crossed.",
        [("some 600,000", 600000, AP, C, None)],
    ),
]


# Batch 6: more ways this copy names who gives a figure (expected rows by hand before the
# first run; 10 of 11 passed).
CASES += [
    (
        "invented/Pajhwok: figures shared by border authorities with the agency",
        "Some 3,400 people crossed on Monday, according to figures shared by Torkham border "
        "authorities with Pajhwok.",
        [("Some 3,400", 3400, AP, C, None, {"source": "Torkham border authorities"})],
    ),
    (
        "invented/Dawn: data from the commissionerate show",
        "Data from the Commissionerate for Afghan Refugees show 12,000 PoR card holders left "
        "Peshawar in August.",
        [("12,000", 12000, E, C, None, {"source": "Commissionerate for Afghan Refugees"})],
    ),
    (
        "invented/Amu: a deputy spokesman wrote on X",
        "In a post on X, the Taliban's deputy spokesman Hamidullah Sarwari wrote that 6,200 "
        "people had returned on Saturday.",
        [("6,200", 6200, E, C, None, {"source": "Hamidullah Sarwari"})],
    ),
    (
        "invented/TOLOnews: speaking to reporters, a governor said",
        "Speaking to reporters at Torkham, Nangarhar governor Gul Mohammad Zahid said 30 "
        "camps had been set up.",
        [("30", 30, E, C, None, {"head": "camps", "source": "Gul Mohammad Zahid"})],
    ),
    (
        "invented/IOM: the agency's tracking matrix recorded",
        "IOM's Displacement Tracking Matrix recorded 84,000 returnees in Kunar province.",
        [
            (
                "84,000",
                84000,
                E,
                C,
                None,
                {"head": "returnees", "source": "IOM's Displacement Tracking Matrix"},
            )
        ],
    ),
    (
        "invented/Pakistani daily: a transporter who heads a union said",
        "Mohammad Ali, who heads a transport union in Chaman, said fares had risen to "
        "Rs80,000 a truck.",
        [("Rs80,000", 80000, E, M, "PKR", {"source": "Mohammad Ali"})],
    ),
    (
        "invented/Afghan outlet: a quote, then the head of a reception centre",
        '"We received 12,000 people yesterday," said Noorullah Stanikzai, head of the Spin '
        "Boldak reception centre.",
        [("12,000", 12000, E, C, None, {"head": "people", "source": "Noorullah Stanikzai"})],
    ),
    (
        "invented/wire: a figure that could not be verified",
        "The Taliban government said it had registered 4,100 returnees, a figure that could "
        "not be independently verified.",
        [("4,100", 4100, E, C, None, {"source": "Taliban government"})],
    ),
    (
        "invented/AP: a country director told the agency",
        "The agency's country director, Siobhan O'Neill, told The Associated Press that 45 "
        "percent of returnees were under 18.",
        [("45 percent", 45, E, P, "%", {"head": "returnees", "source": "Siobhan O'Neill"})],
    ),
    (
        "invented/headline: says official at the end",
        "Pakistan deports 1,400 Afghans in a day, says official",
        [("1,400", 1400, E, C, None, {"head": "afghans", "source": "official"})],
    ),
    (
        "invented/UNICEF: estimated that children had returned",
        "UNICEF estimated that 400,000 children had returned with their families since January.",
        [("400,000", 400000, E, C, None, {"head": "children", "source": "UNICEF"})],
    ),
]


# Batch 8: lists, totals, rates and shares as return copy writes them (expected rows by
# hand before the first run; all passed, once "Another 9,800" was written as the tables
# write it, "another" left out of the figure's text).
CASES += [
    (
        "invented/Bakhtar: returnees comprising men, women and children",
        "The returnees, comprising 1,234 men, 987 women and 2,345 children, crossed at Spin "
        "Boldak on Sunday.",
        [
            ("1,234", 1234, E, C, None, {"head": "men"}),
            ("987", 987, E, C, None, {"head": "women"}),
            ("2,345", 2345, E, C, None, {"head": "children"}),
        ],
    ),
    (
        "invented/wire: bringing the total to",
        "Another 9,800 people crossed on Friday, bringing the total number of returnees this "
        "year to 1.2 million.",
        [
            ("9,800", 9800, E, C, None, {"head": "people"}),
            ("1.2 million", 1.2e6, E, C, None, {"head": "returnees"}),
        ],
    ),
    (
        "invented/wire: a change from the same period last year",
        "The figure is up 40 percent from the same period last year.",
        [("40 percent", 40, E, P, "%", {"head": None})],
    ),
    (
        "invented/flash: over the past 24 hours",
        "Over the past 24 hours, 5,100 people crossed at Islam Qala.",
        [("24 hours", 24, E, D, "hour"), ("5,100", 5100, E, C, None, {"head": "people"})],
    ),
    (
        "invented/Dawn: a deadline extended by another six months",
        "The federal cabinet extended the deadline for PoR card holders by another six months.",
        [("six months", 6, E, D, "month")],
    ),
    (
        "invented/UNICEF: one in three returnees is a child",
        "One in three returnees from Iran is a child, UNICEF said.",
        [("One in three", 100 / 3, E, P, "%", {"source": "UNICEF"})],
    ),
    (
        "invented/survey: almost nine in ten deportees",
        "Almost 9 in 10 deportees said they had been detained before removal.",
        [("Almost 9 in 10", 90, UP, P, "%")],
    ),
    (
        "invented/Afghan outlet: one doctor for N people",
        "In Nangarhar's returnee camps, one doctor serves 12,000 people, health officials said.",
        [
            ("one", 1, E, C, None, {"head": "doctor"}),
            ("12,000", 12000, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/IOM: received an amount of the amount requested",
        "The IOM appeal has received $12.6m of the $46m requested.",
        [("$12.6m", 12.6e6, E, M, "USD", {"part_of": 1}), ("$46m", 46e6, E, M, "USD")],
    ),
]


# (from the TOLOnews article below: a headline opened by "Ministry:" quotes the ministry
# the story names; failed before the rule)
CASES += [
    (
        "invented/TOLOnews: a headline opened by Ministry and a colon",
        "Ministry: 1,200 Returnee Children Enrolled in Schools\n\nThe Ministry of Education "
        "said that 1,200 returnee children had been enrolled in Kabul schools this month.",
        [
            ("1,200", 1200, E, C, None, {"source": "Ministry of Education"}),
            ("1,200", 1200, E, C, None, {"source": "Ministry of Education"}),
        ],
    ),
]

# Batch 9: Afghan agency copy translated from Dari writes the thousands as a word before
# the units ("12 thousand 500"); read as two figures before the rule. The guard failed
# first on my annotation only ("500 of them children" counts children, as the tables say).
CASES += [
    (
        "invented/Bakhtar: thousands as a word, then the units",
        "Based on the information, 12 thousand 500 Afghan migrants returned from Iran last week.",
        [("12 thousand 500", 12500, E, C, None, {"head": "migrants"})],
    ),
    (
        "invented/guard: thousands as a word, then a comma and another count",
        "Over 2 thousand people were deported, 500 of them children.",
        [
            ("Over 2 thousand", 2000, LO, C, None, {"head": "people"}),
            ("500", 500, E, C, None, {"head": "children", "part_of": 0}),
        ],
    ),
]

# Batch 10: Kabul Now-style analysis, hedges, ages and shares of money (expected rows by
# hand before the first run; 7 of 8 passed).
CASES += [
    (
        "invented/Kabul Now: the Taliban claimed, a figure the outlet could not verify",
        "The Taliban claimed that more than 2,000 returnee families had received land, a "
        "figure Kabul Now could not verify.",
        [("more than 2,000", 2000, LO, C, None, {"head": "families", "source": "Taliban"})],
    ),
    (
        "invented/Kabul Now: reportedly, no one named",
        "Pakistani police reportedly deported 150 Afghans who held valid visas.",
        [("150", 150, E, C, None, {"head": "afghans", "source": None})],
    ),
    (
        "invented/analysis: a year's figure in brackets, then nearly double",
        "Deportations from Iran in 2024 (about 1.1 million) were nearly double those of 2023.",
        [("about 1.1 million", 1.1e6, AP, C, None)],
    ),
    (
        "invented/analysis: a range a day against an earlier level",
        "Iran expelled 1,000-1,500 Afghans a day in early 2025, compared with about 500 a day "
        "in 2023.",
        [
            ("1,000-1,500", (1000, 1500), R, C, None, {"head": "afghans"}),
            ("about 500", 500, AP, C, None),
        ],
    ),
    (
        "invented/analysis: of the amount sought, donors provided an amount (share)",
        "Of the $2.4bn sought for Afghanistan this year, donors had provided just $410m (17%) "
        "by August.",
        [
            ("$2.4bn", 2.4e9, E, M, "USD"),
            ("$410m", 4.1e8, E, M, "USD", {"part_of": 0}),
            ("17%", 17, E, P, "%"),
        ],
    ),
    (
        "invented/analysis: men aged between two ages",
        "Some 80 percent of the deportees were men aged between 18 and 35.",
        [("Some 80 percent", 80, AP, P, "%", {"head": "deportees"})],
    ),
    (
        "invented/analysis: arrests rose by a third",
        "Arrests of Afghans in Karachi rose by a third in May.",
        [("a third", 100 / 3, E, P, "%", {"head": None})],
    ),
    (
        "invented/Afghan outlet: people in tents",
        "The camp houses roughly 3,500 people in 600 tents.",
        [
            ("roughly 3,500", 3500, AP, C, None, {"head": "people"}),
            ("600", 600, E, C, None, {"head": "tents"}),
        ],
    ),
]

# (batch 7, from the Peshawar article below: an item after "N of the <noun>" elides that
# noun, not the whole's other name; failed before the rule)
CASES += [
    (
        "invented/Pakistani daily: N of the deportees lived in X, M in Y",
        "Officials said 3,200 Afghans were deported this week; 1,450 of the deportees had "
        "lived in Quetta, 900 in Pishin and the rest in Chaman.",
        [
            ("3,200", 3200, E, C, None, {"head": "afghans"}),
            ("1,450", 1450, E, C, None, {"head": "deportees", "part_of": 0}),
            ("900", 900, E, C, None, {"head": "deportees", "part_of": 0}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_afghan_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


# A whole invented article (Kabul Now-style, on deportations from Iran), its rows by hand
# before the first run: figures that lean on the sentences and paragraphs before them.
ARTICLE_HERAT = (
    "HERAT \u2014 Iranian authorities deported 3,870 Afghans through the Islam Qala crossing on "
    "Wednesday, including 412 women and 655 children, according to the Herat department of "
    "refugees and repatriation."
    "\n\n"
    "The department's head, Ahmad Shah Faizi, said the crossing received an average of 4,200 "
    'people a day last week, up from about 2,500 in May. "Our reception centre was built for '
    '1,500 people," Faizi said.'
    "\n\n"
    "Returnees described harsh conditions in Iranian detention. Farid, 23, said he had been "
    "held for nine days at a camp near Tehran and charged 12 million rials for the bus to the "
    "border. Another deportee, Gulalai Ahmadi, said police had confiscated her savings of $600."
    "\n\n"
    "Iran's interior minister has said the country wants to reduce the number of Afghans from "
    "about 6 million to 2 million by March. Rights groups say the campaign has intensified "
    "since June, when more than 500,000 Afghans were expelled in a month."
    "\n\n"
    "The UN's humanitarian office, OCHA, said on Tuesday that its $2.4 billion appeal for "
    "Afghanistan was 22 percent funded, and warned that food aid for 1 million returnees could "
    "stop within six weeks."
)
HERAT_DEPT = "Herat department of refugees and repatriation"
FAIZI = "Ahmad Shah Faizi"
IIM = "Iran's interior minister"
ARTICLE_HERAT_ROWS = [
    ("3,870", 3870, E, C, None, {"head": "afghans", "source": HERAT_DEPT}),
    ("412", 412, E, C, None, {"head": "women", "part_of": 0, "source": HERAT_DEPT}),
    ("655", 655, E, C, None, {"head": "children", "part_of": 0, "source": HERAT_DEPT}),
    ("4,200", 4200, E, C, None, {"head": "people", "source": FAIZI}),
    ("about 2,500", 2500, AP, C, None, {"source": FAIZI}),
    ("1,500", 1500, E, C, None, {"head": "people", "source": FAIZI}),
    ("nine days", 9, E, D, "day", {"source": "Farid"}),
    ("12 million rials", 12e6, E, M, "IRR", {"source": "Farid"}),
    ("$600", 600, E, M, "USD", {"source": "Gulalai Ahmadi"}),
    ("about 6 million", 6e6, AP, C, None, {"head": "afghans", "source": IIM}),
    ("2 million", 2e6, E, C, None, {"source": IIM}),
    ("more than 500,000", 5e5, LO, C, None, {"head": "afghans", "source": "Rights groups"}),
    ("$2.4 billion", 2.4e9, E, M, "USD", {"source": "OCHA"}),
    ("22 percent", 22, E, P, "%", {"head": "appeal", "part_of": 12, "source": "OCHA"}),
    ("1 million", 1e6, E, C, None, {"head": "returnees", "source": "OCHA"}),
    ("six weeks", 6, E, D, "week", {"source": "OCHA"}),
]


def test_article_herat():
    check_figures(ARTICLE_HERAT, ARTICLE_HERAT_ROWS)


# A whole invented Dawn-style article from Peshawar, rows by hand before the first run.
ARTICLE_PESHAWAR = (
    "PESHAWAR: As many as 2,315 Afghan nationals, including 640 PoR card holders, were "
    "repatriated via the Torkham border on Thursday, officials said."
    "\n\n"
    "According to the data shared by the provincial home department, 1,102 of the returnees had "
    "been living in Peshawar, 410 in Nowshera and the rest in other districts. Since September "
    "1, a total of 41,560 Afghans have returned from Khyber Pakhtunkhwa, the data showed."
    "\n\n"
    "An official of the Commissionerate for Afghan Refugees, requesting anonymity, said around "
    '60pc of the PoR card holders in the province had not yet approached the authorities. "We '
    'estimate that 4.5 lakh registered Afghans are still here," he said.'
    "\n\n"
    "Meanwhile, traders in Landi Kotal claimed that the closure of the border for 11 days last "
    "month had cost them Rs2 billion. The Sarhad Chamber of Commerce put the losses at over "
    "Rs3.5bn."
    "\n\n"
    "Human rights activist Qamar Naseem said at least 70 families had been separated, with men "
    "deported and women and children left behind."
)
PHD = "provincial home department"
CAR_OFFICIAL = "An official of the Commissionerate for Afghan Refugees"
ARTICLE_PESHAWAR_ROWS = [
    ("As many as 2,315", 2315, UP, C, None, {"head": "nationals", "source": "officials"}),
    ("640", 640, E, C, None, {"head": "holders", "part_of": 0, "source": "officials"}),
    ("1,102", 1102, E, C, None, {"head": "returnees", "source": PHD}),
    ("410", 410, E, C, None, {"head": "returnees", "source": PHD}),
    ("41,560", 41560, E, C, None, {"head": "afghans", "source": PHD}),
    ("around 60pc", 60, AP, P, "%", {"head": "holders", "source": CAR_OFFICIAL}),
    ("4.5 lakh", 4.5e5, E, C, None, {"head": "afghans", "source": CAR_OFFICIAL}),
    ("11 days", 11, E, D, "day", {"source": "traders in Landi Kotal"}),
    ("Rs2 billion", 2e9, E, M, "PKR", {"source": "traders in Landi Kotal"}),
    ("over Rs3.5bn", 3.5e9, LO, M, "PKR", {"source": "Sarhad Chamber of Commerce"}),
    ("at least 70", 70, LO, C, None, {"head": "families", "source": "Qamar Naseem"}),
]


def test_article_peshawar():
    check_figures(ARTICLE_PESHAWAR, ARTICLE_PESHAWAR_ROWS)


# A whole invented TOLOnews-style article, in the outlet's English (the ministry "said
# that", "including" for "comprising", a cost in afghanis and a returnee's quote), rows by
# hand before the first run.
ARTICLE_TOLO = (
    "Ministry: 4,700 Families Returned From Pakistan, Iran in 3 Days"
    "\n\n"
    "The Ministry of Refugees and Repatriation said that in the past three days, 4,700 "
    "families including 23,900 individuals returned to the country from Pakistan and Iran."
    "\n\n"
    "According to the ministry, 2,950 of the families returned through Torkham and Spin "
    "Boldak, and the rest through Islam Qala."
    "\n\n"
    "Abdul Mutalib Sarwari, deputy spokesman of the ministry, said that each family is given "
    "between 8,000 and 12,000 afghanis at the zero point and that shelter has been provided "
    "for 600 families in Nangarhar."
    "\n\n"
    '"We lived in Lahore for 30 years. The police came at night and gave us only two days," '
    "said Bibi Hawa, a returnee."
    "\n\n"
    "Economic analyst Tariq Farhadi said that at least 40 percent of returnees need immediate "
    "job opportunities."
)
TOLO_SARWARI = "Abdul Mutalib Sarwari"
ARTICLE_TOLO_ROWS = [
    ("4,700", 4700, E, C, None, {"head": "families", "source": MORR}),
    ("3 Days", 3, E, D, "day", {"source": MORR}),
    ("three days", 3, E, D, "day", {"source": MORR}),
    ("4,700", 4700, E, C, None, {"head": "families", "source": MORR}),
    ("23,900", 23900, E, C, None, {"head": "individuals", "source": MORR, "part_of": None}),
    ("2,950", 2950, E, C, None, {"head": "families", "source": MORR, "part_of": 3}),
    ("between 8,000 and 12,000 afghanis", (8000, 12000), R, M, "AFN", {"source": TOLO_SARWARI}),
    ("600", 600, E, C, None, {"head": "families", "source": TOLO_SARWARI}),
    ("30 years", 30, E, D, "year", {"source": "Bibi Hawa"}),
    ("two days", 2, E, D, "day", {"source": "Bibi Hawa"}),
    ("at least 40 percent", 40, LO, P, "%", {"head": "returnees", "source": "Tariq Farhadi"}),
]


def test_article_tolo():
    check_figures(ARTICLE_TOLO, ARTICLE_TOLO_ROWS)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "35-por-deadline-deportations.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "36-torkham-weekly-returns.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "37-border-consortium-flash.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "38-expulsion-arithmetic.txt": {
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
def test_floors(name):
    assert_floors(name, FLOORS[name])
