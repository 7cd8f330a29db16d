"""Second dev set, batch ``ds2-labour``: reports 63-66 of ``tests/fixtures/devset2``, labour
migration and remittances in the style of South and Southeast Asian business pages and the
World Bank's releases. Before writing them, real copy of this kind was read through the
stored-pages search (none is kept here): Nepali outlets on Nepal Rastra Bank's monthly
"current macroeconomic" figures (remittances in Rs billion and dollars, first-time and
re-entry labour permits, RSS and New Business Age copy) and on the Foreign Employment
Board's death and compensation figures; Daily Star and TBS pages on Bangladesh Bank's
monthly inflows and on the Malaysia recruitment syndicate (Tk lakh migration costs against
the government rate, BMET, recruiting agencies); Dawn-, APP- and Arab News-style copy on the
State Bank of Pakistan's monthly remittances by country; BSP releases and Manila papers on
OFW cash and personal remittances; World Bank Migration and Development Briefs. Every
sentence, name and number is invented; places and well-known bodies are real:

- 63-nrb-remittance-four-months.txt: a Kathmandu Post-like story, 2025-12-15, on the
  central bank's four-month figures: "the central bank's ... report ... shows", "the report
  said", a former central banker quoted and named again by surname, the World Bank's GDP
  share, the Foreign Employment Board's deaths ("17 of them women"), a recruiters'
  association's president and a range of fees.
- 64-malaysia-migration-costs.txt: a Daily Star-like story, 2025-06-03, on a study of
  migration costs to Malaysia: a headline ending ": study", "a study by X has found",
  "according to the study", "It surveyed", "Of them, 312 ... the study says", BMET ("the
  bureau said"), Baira's secretary general ("He alleged"), a worker's own story in the
  reporter's voice and then quoted, Bangladesh Bank data ("$2.31 billion out of a record
  $30.8 billion"), an anonymous ministry official.
- 65-world-bank-pakistan-inflows.txt: a Dawn-like business page, 2025-12-19, on the World
  Bank's brief (headline ": WB", "the bank said", "the report added", a World Bank economist
  quoted across two paragraphs), SBP data with "of which $812m ... and $671m ...", an
  analyst ("She expects"), the emigration bureau, a recruiter's claim, and the APP news
  agency passing on the bureau's records.
- 66-ofw-remittances-july.txt: a Philippine Daily Inquirer-like story, 2025-09-16, on BSP's
  July figures ("$3.1B" headline, "the central bank said", "it added"), a bank economist
  ("He cautioned that ... close to P58 to the dollar"), the DMW and an undersecretary
  ("she said, plus P20,000"), Migrante and the PSA's survey ("Of these, 57.1 percent").

The reports and their gold were committed (beb60d7) before the extractor was first run on
them; the same commit taught the gold checker's wrapper the "B" of "$3.1B" headlines. The
BLIND score (``python -m analysis.evaluate /tmp/labour-blind --misses``, only this batch in
the folder, at that commit, main at 98025f0)::

    report                              gold  pred match      P      R     F1  date
    63-nrb-remittance-four-months.txt     22    22    22  1.000  1.000  1.000  ok
    64-malaysia-migration-costs.txt       21    21    21  1.000  1.000  1.000  ok
    65-world-bank-pakistan-inflows.txt    21    21    21  1.000  1.000  1.000  ok
    66-ofw-remittances-july.txt           22    22    22  1.000  1.000  1.000  ok
    TOTAL                                 86    86    86  1.000  1.000  1.000  1.000

    field accuracy over 86 matched figures:
      bound                         0.988  (85/86)
      kind                          1.000  (86/86)
      head                          1.000  (86/86)
      low_high                      0.988  (85/86)
      part_of                       0.977  (84/86)
      source                        0.767  (66/86)
      source (lenient: surname ok)  0.767  (66/86)
      counted                       0.942  (81/86)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      63-nrb-remittance-four-months.txt '19.8 percent': source: 'Nepal Rastra Bank' -> "The central bank's Current Macroeconomic and Financial Situation"
      63-nrb-remittance-four-months.txt '$5.27 billion': source: 'Nepal Rastra Bank' -> "The central bank's Current Macroeconomic and Financial Situation"
      63-nrb-remittance-four-months.txt '158,310': source: 'Nepal Rastra Bank' -> 'the report'
      63-nrb-remittance-four-months.txt '96,745': source: 'Nepal Rastra Bank' -> 'the report'
      63-nrb-remittance-four-months.txt '26.6 percent': counted: "country's GDP" -> 'GDP'
      64-malaysia-migration-costs.txt 'up to Tk 6 lakh': source: 'Refugee and Migratory Movements Research Unit' -> 'study'
      64-malaysia-migration-costs.txt 'Tk 5.2 lakh': source: 'Refugee and Migratory Movements Research Unit' -> nan
      64-malaysia-migration-costs.txt 'Tk 78,000': source: 'Refugee and Migratory Movements Research Unit' -> nan
      64-malaysia-migration-costs.txt 'up to Tk 6 lakh': source: 'Refugee and Migratory Movements Research Unit' -> nan
      64-malaysia-migration-costs.txt '1,240': source: 'Refugee and Migratory Movements Research Unit' -> nan; counted: 'returnees and would-be migrants' -> 'returnees'
      64-malaysia-migration-costs.txt '312': source: 'Refugee and Migratory Movements Research Unit' -> 'the study'; counted: 'returnees and would-be migrants' -> 'returnees'
      64-malaysia-migration-costs.txt '208': source: 'Refugee and Migratory Movements Research Unit' -> 'the study'; counted: 'returnees and would-be migrants' -> 'returnees'
      64-malaysia-migration-costs.txt 'About 17,000': counted: 'Bangladeshis who had cleared every step' -> 'Bangladeshis'
      64-malaysia-migration-costs.txt '$2.31 billion': part_of: '$30.8 billion' -> nan
      65-world-bank-pakistan-inflows.txt 'about $135bn': source: 'World Bank' -> 'the report'
      65-world-bank-pakistan-inflows.txt '$671m': part_of: '$3.19bn' -> nan
      65-world-bank-pakistan-inflows.txt '1,146': source: 'Bureau of Emigration and Overseas Employment' -> 'The state-run APP news agency'
      65-world-bank-pakistan-inflows.txt 'more than 500': source: 'Bureau of Emigration and Overseas Employment' -> 'The state-run APP news agency'
      66-ofw-remittances-july.txt 'seven months': source: 'Bangko Sentral ng Pilipinas' -> 'the central bank'
      66-ofw-remittances-july.txt '$19.05 billion': source: 'Bangko Sentral ng Pilipinas' -> 'the central bank'
      66-ofw-remittances-july.txt '3 percent': source: 'Bangko Sentral ng Pilipinas' -> 'the central bank'
      66-ofw-remittances-july.txt '$18.5 billion': source: 'Bangko Sentral ng Pilipinas' -> 'the central bank'
      66-ofw-remittances-july.txt '78.4 percent': source: 'Bangko Sentral ng Pilipinas' -> 'the central bank'
      66-ofw-remittances-july.txt 'close to P58': bound: 'upper' -> 'exact'; source: 'Marco Villanueva' -> nan; low/high: null/58 -> 58/58

Gold corrected afterwards (a slip against the project's conventions, not toward the output):
in 65, "The state-run APP news agency reported last week, citing the bureau's records, that
1,146 Pakistani workers had died abroad" had the source "Bureau of Emigration and Overseas
Employment" for "1,146" and "more than 500". The project gives a figure passed on "citing"
someone to the one who passes it on: report 40's "the German NGO Sea-Watch said, citing data
from the International Organization for Migration" is Sea-Watch's, and the layout table's
"Local media, citing hospital sources, put the number of dead at 43" is the media's. Both
are "APP news agency" now (the outlet's name, without what runs it, as "the German NGO
Sea-Watch" is Sea-Watch). No other gold was changed.

The tables below hold invented sentences and five whole invented articles (Daily Star-,
Kathmandu Post-, Inquirer-, Dawn- and World Bank release-like), each row written by hand
before it was first run; rows as in ``tests/test_devset2_afghan.py`` (``(text, value or
(low, high), bound, kind, unit[, fields])``, ``part_of`` the index of the whole among the
expected rows). Batch 1 (the constructions that failed in the four reports, in other words)
and its follow-ups (said in its update, it surveyed, a headline's ": study") first passed 0
of 15 (two of them, the "citing" rows, failed for my annotation against the project's
convention and were corrected as the gold of 65 was; a row added while fixing, the
state-run news agency, was seen to fail first); batch 3 13 of 14; batch 5 7 of 8; batch 6 3 of 6; batch 7 7 of 7; batch 8 6 of 7;
batch 9 0 of 5; batch 10 7 of 8; batch 11 4 of 4; batch 12's two probes 2 of 2 (its
three guards passed too); batch 13 0 of 2; batch 14 2 of 4; batch 15 3 of 5; batch 16 4 of 4; batch 17 4 of 4; of the articles, the Kathmandu Post-,
Inquirer- and Dawn-like passed at once, the Daily Star- and World Bank-like did not. Rows
marked as guards were written after the rule they guard. The whole table (102 rows and 5
articles) run against the blind commit's package (``analysis/`` of beb60d7 copied aside
with this module, figure_checks.py and devset2_checks.py; ``PYTHONPATH=<copy>:<copy>/tests
python -m pytest tests/test_devset2_labour.py -k "figures or article"``): 71 passed, 36
failed; after this round's rules, all 107 pass.

The general rules of this round, one line each:

- "the central bank" (also "Pakistan's central bank", its own country's first) is the
  central bank the text names (body_descriptions.csv).
- "The central bank's ... report, released on Sunday, shows": a participle aside of when
  the document came out is no part of the subject; a body's common noun owning a document
  with a lower-case or titled name ("balance of payments report", "Current Macroeconomic
  and Financial Situation report", "latest Migration and Development Brief") is the body.
- a document's owner found that way, or a speaker's "said in its ... report/Update/Brief",
  issued the document a later "the report said/added" means.
- ", a study by X (has) found.": a study's closing tag names its author; a headline's ":
  study" is the study the body names, so its author.
- "surveyed" is an agent verb ("It surveyed 960 workers", "The ILO surveyed 3,100
  households"); "cautioned" a speech verb; "The brief projects growth of N" speaks.
- "The state-run APP news agency": who runs an outlet is no part of its name.
- "the Bangko Sentral ng Pilipinas": Tagalog "ng" joins a name; "Bangko" is a body's word.
- a plural's possessive inside a name ("Ministry of Expatriates' Welfare and Overseas
  Employment", "Wage Earners' Welfare Board"); a comma name before a mixed acronym
  ("Ministry of Labour, Employment and Social Security (MoLESS)"); an acronym with an
  ampersand ("BE&OE").
- "The adviser/governor/secretary/economist/chairman said": the person last named with
  that role.
- a person's name run on into "of (the) <body>" ("Ayesha Qureshi of the Lahore School of
  Economics", "Professor Rahim Uddin of Dhaka University", the latter taken for a body) is
  the person; "Professor" is a title.
- "$1.9 billion out of a record $27.4 billion": a part of the amount; "$2.6bn, of which
  $640m came from Saudi Arabia and $515m from the UAE": the next item is a part too.
- "Of them, N" reaches past a count compared with ("up from 3,270 the year before") to the
  whole before it.
- a letter currency before a small number quoted as an exchange rate ("close to P59 to the
  dollar") is money; "OFWs", "OWWA" and "Bangko Sentral" place a report in the Philippines
  for the peso's P.
- "Tk 4 lakh 50 thousand" is one amount, as "3 crore 20 lakh" is.
- "24 percent and 21 percent of the total": a share coordinated with the next takes its
  "of" phrase's head.
- "the survey found" with no issuer known is the one survey the text names by its title
  ("Kerala Migration Survey"); "Minister of State for External Affairs Raghav Mehta", an
  office ending in a body's word taken for a body, holds a person's name at its end.
- "ILO Convention 189": a convention's number is a label; "flight BG 147": an airline's
  code and the flight's number.

Open conventions (left out of the tables or unchecked) and known misses: a figure passed
on "citing" another body (the project gives it to the one who passes it on; this copy's
outlets, e.g. APP citing the emigration bureau's records, might be read the other way); a
time opening the sentence before a speaker ("Three days later, a call from Doha told her");
"nearly half of them" and "a quarter" as shares (no precedent; kept out of the reports);
"the report said" after a study or brief of another kind when several documents are
named; a body's name with "in" ("Migrant Forum in Asia" is cut to "Migrant Forum": a
speaker's place and a name's "in" are not told apart); "gross domestic product (GDP)" has
the head "product"; "sending $200 home still costs 5.9 percent" takes the head "home";
Nepali "arba"/"kharba" scale words (not added: "arab" would collide with "Arab").

Final score of the four reports (after the rules and a merge of main; ``python -m
analysis.evaluate /tmp/labour-blind``, the batch alone, corrected gold): F1 1.000 (86/86,
no miss, no extra); bound, kind, head, low_high, part_of and source 1.000; counted 0.942
(not scored: "returnees and would-be migrants" read as "returnees", and the like).
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# Batch 1: the constructions that failed in the four reports, each in other words (expected
# rows written by hand before the first run).
CASES = [
    # "the central bank" on second reference: the central bank the text has named.
    (
        "invented/Daily Star: the central bank said, after Bangladesh Bank",
        "Migrants sent home $2.9 billion in August, Bangladesh Bank said on Sunday. Inflows "
        "in the first two months rose 14 percent to $5.6 billion, the central bank said.",
        [
            ("$2.9 billion", 2.9e9, E, M, "USD", {"source": "Bangladesh Bank"}),
            ("two months", 2, E, D, "month", {"source": "Bangladesh Bank"}),
            ("14 percent", 14, E, P, "%", {"source": "Bangladesh Bank"}),
            ("$5.6 billion", 5.6e9, E, M, "USD", {"source": "Bangladesh Bank"}),
        ],
    ),
    (
        "invented/Inquirer: the central bank said, after the BSP spelt out",
        "Personal remittances rose 2.8 percent to $3.4 billion in May, the Bangko Sentral ng "
        "Pilipinas (BSP) said. Sea-based workers sent $810 million, the central bank added.",
        [
            ("2.8 percent", 2.8, E, P, "%", {"source": "Bangko Sentral ng Pilipinas"}),
            ("$3.4 billion", 3.4e9, E, M, "USD", {"source": "Bangko Sentral ng Pilipinas"}),
            ("$810 million", 8.1e8, E, M, "USD", {"source": "Bangko Sentral ng Pilipinas"}),
        ],
    ),
    (
        "invented/Hindu BusinessLine: the central bank's report shows, then the report said",
        "India received $33.2 billion in the April-June quarter, according to the Reserve "
        "Bank of India. The central bank's balance of payments report, released on Friday, "
        "shows inflows from the Gulf rose 7.4 percent. Kerala received 19 percent of the "
        "total, the report said.",
        [
            ("$33.2 billion", 33.2e9, E, M, "USD", {"source": "Reserve Bank of India"}),
            ("7.4 percent", 7.4, E, P, "%", {"source": "Reserve Bank of India"}),
            ("19 percent", 19, E, P, "%", {"source": "Reserve Bank of India"}),
        ],
    ),
    # "a study by X has found": the study's author; "according to the study", "the study
    # says" after it: the same.
    (
        "invented/Daily Star: a study by a named institute has found",
        "Workers bound for Saudi Arabia paid an average of Tk 4.1 lakh each, a study by the "
        "Bangladesh Institute of Development Studies (BIDS) has found. Some paid up to Tk 7 "
        "lakh, according to the study.",
        [
            (
                "Tk 4.1 lakh",
                410000,
                E,
                M,
                "BDT",
                {"source": "Bangladesh Institute of Development Studies"},
            ),
            (
                "up to Tk 7 lakh",
                700000,
                UP,
                M,
                "BDT",
                {"source": "Bangladesh Institute of Development Studies"},
            ),
        ],
    ),
    (
        "invented/ILO-style: a survey by a named forum found, then the survey says",
        "A survey by the Migrant Workers Rights Network found that 62 percent of domestic workers in "
        "Kuwait had their passports taken. Of the 800 interviewed, 130 had not been paid "
        "for three months or more, the survey says.",
        [
            (
                "62 percent",
                62,
                E,
                P,
                "%",
                {"head": "workers", "source": "Migrant Workers Rights Network"},
            ),
            ("800", 800, E, C, None, {"source": "Migrant Workers Rights Network"}),
            ("130", 130, E, C, None, {"part_of": 1, "source": "Migrant Workers Rights Network"}),
            (
                "three months or more",
                3,
                LO,
                D,
                "month",
                {"source": "Migrant Workers Rights Network"},
            ),
        ],
    ),
    # "X reported, citing Y's records": X passes the figure on and is its source, as the
    # project has it for "the German NGO Sea-Watch said, citing data from the IOM" (report
    # 40) and "Local media, citing hospital sources, put the number" (layout table); I first
    # wrote these rows (and report 65's gold) with the cited body, against that convention.
    (
        "invented/PNA: a news agency citing a department's records",
        "The Philippine News Agency reported, citing the Department of Migrant Workers' "
        "records, that 87 OFWs had died in Saudi Arabia this year.",
        [("87", 87, E, C, None, {"head": "ofws", "source": "Philippine News Agency"})],
    ),
    (
        "invented/Dawn: an agency citing the bureau's data, after the bureau named",
        "The Bureau of Emigration and Overseas Employment registered 48,200 workers in May. "
        "The APP news agency reported, citing the bureau's data, that 214 workers had died "
        "abroad in 2024.",
        [
            (
                "48,200",
                48200,
                E,
                C,
                None,
                {"source": "Bureau of Emigration and Overseas Employment"},
            ),
            ("214", 214, E, C, None, {"source": "APP news agency"}),
        ],
    ),
    # "The state-run X news agency reported": what the outlet is, before its name, is no
    # part of the name (as "the German NGO Sea-Watch" is Sea-Watch).
    (
        "invented/Xinhua-style: a state-run news agency reported",
        "The state-run Bernama news agency reported that 1,320 Nepali workers were detained "
        "in Selangor last month.",
        [("1,320", 1320, E, C, None, {"head": "workers", "source": "Bernama news agency"})],
    ),
    # "A out of B": a part of the amount, for money as for counts; "of which A came from X
    # and B from Y": both items are parts.
    (
        "invented/Daily Star: an amount out of a record total",
        "Oman sent $1.9 billion out of a record $27.4 billion, central bank data show.",
        [
            ("$1.9 billion", 1.9e9, E, M, "USD", {"part_of": 1}),
            ("$27.4 billion", 27.4e9, E, M, "USD"),
        ],
    ),
    (
        "invented/Dawn: of which A came from X and B from Y",
        "Inflows in March were $2.6bn, of which $640m came from Saudi Arabia and $515m from "
        "the UAE.",
        [
            ("$2.6bn", 2.6e9, E, M, "USD"),
            ("$640m", 6.4e8, E, M, "USD", {"part_of": 0}),
            ("$515m", 5.15e8, E, M, "USD", {"part_of": 0}),
        ],
    ),
    # "He cautioned that ...": a reporting verb with a pronoun subject; "close to P59" an
    # upper bound before a peso amount.
    (
        "invented/Inquirer: he cautioned that, with close to a peso amount",
        '"Growth will slow," said Ramon Aquino, an economist at a Manila bank. He cautioned '
        "that the peso, trading at close to P59 to the dollar, could weaken further.",
        [("close to P59", 59, UP, M, "PHP", {"source": "Ramon Aquino"})],
    ),
    # "X said in its <title> report/update": X issued it, for a later "the report added".
    (
        "invented/World Bank release: said in its named update, then the report added",
        "Remittances to Nepal will rise to $11.8 billion this year, the World Bank said in "
        "its South Asia Development Update. Nepal's inflows will equal 25 percent of GDP, the "
        "report added.",
        [
            ("$11.8 billion", 11.8e9, E, M, "USD", {"source": "World Bank"}),
            ("25 percent", 25, E, P, "%", {"head": "gdp", "source": "World Bank"}),
        ],
    ),
    (
        "invented/Kathmandu Post: said in its annual report, then the report added",
        "The Foreign Employment Board said in its annual report that 1,109 Nepali workers died "
        "abroad last year. Families received Rs 776 million in compensation, the report added.",
        [
            ("1,109", 1109, E, C, None, {"head": "workers", "source": "Foreign Employment Board"}),
            ("Rs 776 million", 776e6, E, M, "NPR", {"source": "Foreign Employment Board"}),
        ],
    ),
    # "It surveyed N workers": the study (or body) that surveyed them counted them, as the
    # agent of "registered" or "screened" does.
    (
        "invented/Daily Star: a study found that ..., it surveyed",
        "A study by the Bangladesh Civil Society for Migrants found that recruitment costs "
        "had doubled. It surveyed 960 workers in Dhaka and Cumilla.",
        [
            (
                "960",
                960,
                E,
                C,
                None,
                {"head": "workers", "source": "Bangladesh Civil Society for Migrants"},
            )
        ],
    ),
    (
        "invented/ILO-style: the body surveyed N households",
        "The International Labour Organization surveyed 3,100 households in Sindh, and 41 "
        "percent had a member working in the Gulf.",
        [
            (
                "3,100",
                3100,
                E,
                C,
                None,
                {"head": "households", "source": "International Labour Organization"},
            ),
            ("41 percent", 41, E, P, "%"),
        ],
    ),
    # A headline's ": study" is the study the body names, and so its author.
    (
        "invented/Kathmandu Post: a headline attributed to a study",
        "Gulf jobs cost workers up to Rs 3 lakh: study\n\nNepali workers bound for the Gulf paid "
        "an average of Rs 1.8 lakh in fees, a study by the Centre for the Study of Labour and "
        "Mobility has found.",
        [
            (
                "up to Rs 3 lakh",
                3e5,
                UP,
                M,
                "NPR",
                {"source": "Centre for the Study of Labour and Mobility"},
            ),
            (
                "Rs 1.8 lakh",
                1.8e5,
                E,
                M,
                "NPR",
                {"source": "Centre for the Study of Labour and Mobility"},
            ),
        ],
    ),
]


# Batch 3: the style beyond the four reports, as remittance and labour-migration copy writes
# numbers and names its sources (rows by hand before the first run).
NRB = "Nepal Rastra Bank"
CASES += [
    (
        "invented/Kathmandu Post: fiscal year after an amount",
        "Nepal's remittance income rose 16.5 percent to Rs 1,532.9 billion in FY2024/25, "
        "Nepal Rastra Bank said.",
        [
            ("16.5 percent", 16.5, E, P, "%", {"head": None, "source": NRB}),
            ("Rs 1,532.9 billion", 1.5329e12, E, M, "NPR", {"source": NRB}),
        ],
    ),
    (
        "invented/Daily Star: taka crore",
        "Expatriates sent home Tk 22,450 crore in March, Bangladesh Bank data showed.",
        [("Tk 22,450 crore", 2.245e11, E, M, "BDT", {"source": "Bangladesh Bank"})],
    ),
    (
        "invented/Daily Star: a taka lakh range, a rights group named after its description",
        "Workers paid Tk 3.5-4 lakh each to brokers, the rights group WARBE said.",
        [("Tk 3.5-4 lakh", (3.5e5, 4e5), R, M, "BDT", {"source": "WARBE"})],
    ),
    (
        "invented/Dawn: month-on-month and year-on-year changes",
        "Inflows fell 6.6 percent month-on-month but rose 0.6 percent year-on-year.",
        [
            ("6.6 percent", 6.6, E, P, "%", {"head": None}),
            ("0.6 percent", 0.6, E, P, "%", {"head": None}),
        ],
    ),
    (
        "invented/Kathmandu Post: N of them women, the board said",
        "A total of 1,209 migrant workers died abroad in the fiscal year, 45 of them women, "
        "the board said.",
        [
            ("1,209", 1209, E, C, None, {"head": "workers", "source": "the board"}),
            ("45", 45, E, C, None, {"head": "women", "part_of": 0, "source": "the board"}),
        ],
    ),
    (
        "invented/Arab News: Saudi riyals for a visa",
        "Each worker paid 8,000 Saudi riyals for a visa, the embassy said.",
        [("8,000 Saudi riyals", 8000, E, M, "SAR", {"source": "the embassy"})],
    ),
    (
        "invented/Inquirer: a peso amount in a story that names only OFWs",
        "The government paid P20,000 each to 3,100 OFWs displaced by the fighting.",
        [
            ("P20,000", 20000, E, M, "PHP"),
            ("3,100", 3100, E, C, None, {"head": "ofws"}),
        ],
    ),
    (
        "invented/Kathmandu Post: a minister quoted with lakh, second reference by surname",
        'Labour Minister Hari Prasad Khanal defended the permit system. "We issued 7.4 lakh '
        'permits last year," Khanal said.',
        [("7.4 lakh", 7.4e5, E, C, None, {"head": "permits", "source": "Hari Prasad Khanal"})],
    ),
    (
        "invented/ILO-style: about N million, about N percent of them",
        "Migrant workers in the Gulf number about 35 million, about 10 percent of them women, "
        "according to the ILO.",
        [
            ("about 35 million", 3.5e7, AP, C, None, {"head": "workers", "source": "ILO"}),
            (
                "about 10 percent",
                10,
                AP,
                P,
                "%",
                {"head": "workers", "part_of": 0, "source": "ILO"},
            ),
        ],
    ),
    (
        "invented/Daily Star: an exchange rate in taka",
        "The taka traded at Tk 122 to the dollar on the kerb market.",
        [("Tk 122", 122, E, M, "BDT")],
    ),
    (
        "invented/Guardian: seasonal worker visas, of which",
        "Britain issued 45,000 seasonal worker visas for 2025, of which 2,000 were for "
        "poultry work, the Home Office said.",
        [
            ("45,000", 45000, E, C, None, {"head": "visas", "source": "Home Office"}),
            ("2,000", 2000, E, C, None, {"head": "visas", "part_of": 0, "source": "Home Office"}),
        ],
    ),
    (
        "invented/Guardian: up to six months in any 12-month period",
        "The scheme lets workers stay for up to six months in any 12-month period.",
        [("up to six months", 6, UP, D, "month"), ("12-month", 12, E, D, "month")],
    ),
    (
        "invented/Dawn: as many as N, the bureau said after the bureau named",
        "The Bureau of Emigration and Overseas Employment said as many as 52,000 workers left "
        "for Saudi Arabia in June. The bureau said 8,200 of them were skilled.",
        [
            (
                "as many as 52,000",
                52000,
                UP,
                C,
                None,
                {"source": "Bureau of Emigration and Overseas Employment"},
            ),
            (
                "8,200",
                8200,
                E,
                C,
                None,
                {"part_of": 0, "source": "Bureau of Emigration and Overseas Employment"},
            ),
        ],
    ),
    (
        "invented/Kathmandu Post: first-time and re-entry permits are no figures",
        "In the first two months, 76,400 Nepalis took first-time labour permits and 40,500 "
        "renewed them.",
        [
            ("two months", 2, E, D, "month"),
            ("76,400", 76400, E, C, None, {"head": "nepalis"}),
            ("40,500", 40500, E, C, None, {"head": "nepalis"}),
        ],
    ),
]

# Batch 5: more voices of remittance copy (rows by hand before the first run).
CASES += [
    (
        "invented/Daily Star: an acronym that is no initials' run, BB data show",
        "Bangladesh Bank (BB) publishes the figures every month. BB data show expatriates "
        "sent $2.47 billion in June.",
        [("$2.47 billion", 2.47e9, E, M, "USD", {"source": "Bangladesh Bank"})],
    ),
    (
        "invented/Kathmandu Post: a Nepali month, the central bank with no bank named",
        "In Shrawan alone, Nepal received Rs 177.41 billion in remittances, the central bank said.",
        [("Rs 177.41 billion", 1.7741e11, E, M, "NPR", {"source": "the central bank"})],
    ),
    (
        "invented/Kathmandu Post: a Bikram Sambat fiscal year is no figure",
        "In fiscal year 2081/82, 741,297 Nepalis left for work abroad, the Department of "
        "Foreign Employment said.",
        [
            (
                "741,297",
                741297,
                E,
                C,
                None,
                {"head": "nepalis", "source": "Department of Foreign Employment"},
            )
        ],
    ),
    (
        "invented/Dawn: a country's central bank, after its name",
        "The State Bank of Pakistan (SBP) publishes the data monthly. Inflows rose 9 percent "
        "in June, Pakistan's central bank said.",
        [("9 percent", 9, E, P, "%", {"source": "State Bank of Pakistan"})],
    ),
    (
        # (a guard written after the possessive rule: the country's bank, of two named)
        "invented/Dawn: a country's central bank when two central banks are named",
        "India's inflows are tracked by the Reserve Bank of India, Pakistan's by the State "
        "Bank of Pakistan. Inflows to Pakistan rose 9 percent in June, Pakistan's central bank "
        "said.",
        [("9 percent", 9, E, P, "%", {"source": "State Bank of Pakistan"})],
    ),
    (
        "invented/World Bank release: a dateline, the release's own voice, then a director",
        "WASHINGTON, June 26, 2025 - Remittance flows to low- and middle-income countries are "
        'estimated to have reached $685 billion in 2024. "These flows now exceed foreign '
        'direct investment," said Marta Kovacs, a World Bank director.',
        [("$685 billion", 6.85e11, E, M, "USD", {"source": None})],
    ),
    (
        "invented/New Business Age: an outlet reported, in another outlet's story",
        "The Kathmandu Post reported that 5,420 workers had sought compensation since January.",
        [("5,420", 5420, E, C, None, {"head": "workers", "source": "Kathmandu Post"})],
    ),
    (
        "invented/Kathmandu Post: said the ministry's spokesperson, named after",
        "The ministry has approved 120 new recruitment agencies this year, said the "
        "ministry's spokesperson, Ram Prasad Gautam.",
        [("120", 120, E, C, None, {"head": "agencies", "source": "Ram Prasad Gautam"})],
    ),
    (
        "invented/Daily Star: a recruiters' association's secretary general, then he claimed",
        "Baira secretary general Abdul Kader Mia spoke to reporters on Sunday. He claimed "
        "that member agencies had sent 9,300 workers to Japan since 2023.",
        [("9,300", 9300, E, C, None, {"head": "workers", "source": "Abdul Kader Mia"})],
    ),
]

# Batch 6: bodies of labour-migration copy by their long names and acronyms (rows by hand
# before the first run).
MOLESS = "Ministry of Labour, Employment and Social Security"
CASES += [
    (
        "invented/Kathmandu Post: a ministry's name with a comma, then its mixed acronym",
        "The Ministry of Labour, Employment and Social Security (MoLESS) said 7,200 workers "
        "were rescued last year. MoLESS said 310 of them were women.",
        [
            ("7,200", 7200, E, C, None, {"head": "workers", "source": MOLESS}),
            ("310", 310, E, C, None, {"head": "women", "part_of": 0, "source": MOLESS}),
        ],
    ),
    (
        "invented/Daily Star: a ministry with an apostrophe in its name",
        "The Ministry of Expatriates' Welfare and Overseas Employment said 1.01 million "
        "workers went abroad in 2024.",
        [
            (
                "1.01 million",
                1.01e6,
                E,
                C,
                None,
                {
                    "head": "workers",
                    "source": "Ministry of Expatriates' Welfare and Overseas Employment",
                },
            )
        ],
    ),
    (
        "invented/Kathmandu Post: DoFE data show, after the department spelt out",
        "The Department of Foreign Employment (DoFE) issues the permits. DoFE data show "
        "48,100 permits were issued for Malaysia in the first quarter.",
        [
            (
                "48,100",
                48100,
                E,
                C,
                None,
                {"head": "permits", "source": "Department of Foreign Employment"},
            )
        ],
    ),
    (
        "invented/Kathmandu Post: a senior official of an acronym, unnamed",
        "A senior NRB official, who asked not to be named, said reserves could cover 14 "
        "months of imports.",
        [("14 months", 14, E, D, "month", {"source": "A senior NRB official"})],
    ),
    (
        "invented/ILO-style: according to an estimate by the body",
        "Some 4.4 million Bangladeshis work in the Gulf, according to an estimate by the "
        "International Labour Organization.",
        [
            (
                "Some 4.4 million",
                4.4e6,
                AP,
                C,
                None,
                {"head": "bangladeshis", "source": "International Labour Organization"},
            )
        ],
    ),
    (
        "invented/Dawn: the bureau's possessive acronym data",
        "The Bureau of Emigration and Overseas Employment (BE&OE) keeps the register. BE&OE's "
        "data show 27,900 nurses left in 2024.",
        [
            (
                "27,900",
                27900,
                E,
                C,
                None,
                {"head": "nurses", "source": "Bureau of Emigration and Overseas Employment"},
            )
        ],
    ),
]

# Batch 7: ILO, IOM, rights-group and destination-country voices (rows by hand before the
# first run).
CASES += [
    (
        "invented/IOM-style: a body estimates that",
        "IOM estimates that 28,000 Nepali workers are stranded in Malaysia without valid papers.",
        [("28,000", 28000, E, C, None, {"head": "workers", "source": "IOM"})],
    ),
    (
        "invented/ILO release: said X, a regional director with a long title",
        "Recruitment fees fell by 18 per cent over two years, said Anna Lindqvist, ILO "
        "Regional Director for Asia and the Pacific.",
        [
            ("18 per cent", 18, E, P, "%", {"source": "Anna Lindqvist"}),
            ("two years", 2, E, D, "year", {"source": "Anna Lindqvist"}),
        ],
    ),
    (
        "invented/Gulf copy: a rights group with a dotted name",
        "Eleven workers died of heat stress in June, the rights group Migrant-Rights.org said.",
        [("Eleven", 11, E, C, None, {"head": "workers", "source": "Migrant-Rights.org"})],
    ),
    (
        "invented/Gulf copy: a country's labour ministry",
        "Qatar's labour ministry said 412 workers had received their back pay.",
        [("412", 412, E, C, None, {"head": "workers", "source": "Qatar's labour ministry"})],
    ),
    (
        "invented/Amnesty-style: said in a report that N per cent of the M it interviewed",
        "Amnesty International said in a report that 90 per cent of the 34 workers it "
        "interviewed had paid recruitment fees.",
        [
            (
                "90 per cent",
                90,
                E,
                P,
                "%",
                {"head": "workers", "part_of": 1, "source": "Amnesty International"},
            ),
            ("34", 34, E, C, None, {"head": "workers", "source": "Amnesty International"}),
        ],
    ),
    (
        "invented/The Star: an employers' federation estimated the shortfall",
        "The Malaysian Employers Federation (MEF) estimated the shortfall at 120,000 "
        "workers. MEF said plantations needed 40,000 of them.",
        [
            (
                "120,000",
                120000,
                E,
                C,
                None,
                {"head": "workers", "source": "Malaysian Employers Federation"},
            ),
            (
                "40,000",
                40000,
                E,
                C,
                None,
                {"part_of": 0, "source": "Malaysian Employers Federation"},
            ),
        ],
    ),
    (
        "invented/The Star: a Malaysian minister named again by his given name",
        "Human Resources Minister Azlan Othman said 2.1 million foreign workers were "
        "registered. Azlan said 310,000 of them were from Bangladesh.",
        [
            ("2.1 million", 2.1e6, E, C, None, {"head": "workers", "source": "Azlan Othman"}),
            ("310,000", 310000, E, C, None, {"part_of": 0, "source": "Azlan Othman"}),
        ],
    ),
]

# Batch 8: how this copy writes its currencies (rows by hand before the first run).
CASES += [
    (
        "invented/Himalayan Times: NRs before the amount",
        "Each Nepali worker must pay NRs 1,500 into the welfare fund before leaving.",
        [("NRs 1,500", 1500, E, M, "NPR")],
    ),
    (
        "invented/RSS: Rs. with a full stop",
        "Nepal received remittances worth Rs. 729.02 billion in nine months, Nepal Rastra "
        "Bank said.",
        [
            ("Rs. 729.02 billion", 7.2902e11, E, M, "NPR", {"source": NRB}),
            ("nine months", 9, E, D, "month", {"source": NRB}),
        ],
    ),
    (
        "invented/Inquirer: PHP and the peso sign",
        "Filipino seafarers get PHP 20,000 in aid, and their families ₱5,000 more.",
        [("PHP 20,000", 20000, E, M, "PHP"), ("₱5,000", 5000, E, M, "PHP")],
    ),
    (
        "invented/Gulf News: Qatari riyals written QR",
        "Nepali workers in Qatar earn a minimum wage of QR1,000 a month plus QR500 for food.",
        [("QR1,000", 1000, E, M, "QAR"), ("QR500", 500, E, M, "QAR")],
    ),
    (
        "invented/Kuwait Times: Kuwaiti dinars written KD, spaced",
        "Domestic workers in Kuwait are owed KD 120 a month under the new contract.",
        [("KD 120", 120, E, M, "KWD")],
    ),
    (
        "invented/Straits Times: Singapore dollars",
        "Bangladeshi workers in Singapore earn about S$1,200 a month, the survey found.",
        [("about S$1,200", 1200, AP, M, "SGD")],
    ),
    (
        "invented/Daily Star: a taka amount in lakh and thousand words",
        "He paid Tk 4 lakh 50 thousand to a broker in Cumilla.",
        [("Tk 4 lakh 50 thousand", 450000, E, M, "BDT")],
    ),
]

# Batch 9: second references by role (rows by hand before the first run).
CASES += [
    (
        "invented/Daily Star: the adviser said, after the adviser named",
        "Expatriates' Welfare Adviser Asif Rahman visited the BMET office on Monday. The "
        "adviser said 12,000 workers would leave for Japan this year.",
        [("12,000", 12000, E, C, None, {"head": "workers", "source": "Asif Rahman"})],
    ),
    (
        "invented/Inquirer: the governor said, after the governor named",
        "BSP Governor Rafael Dizon spoke at a forum in Makati. The governor said remittances "
        "would grow 3 percent this year.",
        [("3 percent", 3, E, P, "%", {"source": "Rafael Dizon"})],
    ),
    (
        "invented/Kathmandu Post: the secretary said, after the secretary named",
        "Labour Secretary Krishna Bahadur Raut chaired the meeting. The secretary said 46 "
        "agencies had lost their licences.",
        [("46", 46, E, C, None, {"head": "agencies", "source": "Krishna Bahadur Raut"})],
    ),
    (
        "invented/Dawn: the economist said, after the economist named",
        "Economist Ayesha Qureshi of the Lahore School of Economics disagreed. The economist "
        "said informal transfers still made up 20 percent of the total.",
        [("20 percent", 20, E, P, "%", {"source": "Ayesha Qureshi"})],
    ),
    (
        # (a guard written after the rule that cuts "of the <body>" off a person's name)
        "invented/Daily Star: a professor of a university, named again by surname",
        "Professor Rahim Uddin of Dhaka University led the survey. Uddin said 40 percent of "
        "returnees were in debt.",
        [("40 percent", 40, E, P, "%", {"head": "returnees", "source": "Rahim Uddin"})],
    ),
    (
        "invented/Daily Star: the chairman said, after the chairman named",
        "BAIRA chairman Rezaul Karim met the minister. The chairman said 1,100 agencies were "
        "members.",
        [("1,100", 1100, E, C, None, {"head": "agencies", "source": "Rezaul Karim"})],
    ),
]

# Batch 10: how South Asian copy introduces its data (rows by hand before the first run).
BMET = "Bureau of Manpower, Employment and Training"
DOFE = "Department of Foreign Employment"
CASES += [
    (
        "invented/Daily Star: according to data compiled by the bureau",
        "Some 8.2 lakh workers went abroad in 2024, according to data compiled by the Bureau "
        "of Manpower, Employment and Training.",
        [("Some 8.2 lakh", 8.2e5, AP, C, None, {"head": "workers", "source": BMET})],
    ),
    (
        "invented/Daily Star: BMET data show, after the bureau spelt out with commas",
        "The Bureau of Manpower, Employment and Training (BMET) clears every worker. BMET "
        "data show 1,96,000 women left in 2024.",
        [("1,96,000", 196000, E, C, None, {"head": "women", "source": BMET})],
    ),
    (
        "invented/Daily Star: said an official, requesting anonymity",
        "At least 90 agencies are under watch, said a BMET official, requesting anonymity.",
        [("At least 90", 90, LO, C, None, {"head": "agencies", "source": "a BMET official"})],
    ),
    (
        "invented/Daily Star: talking to the paper, X said",
        "Talking to The Daily Star, Shirin Akhter said she had paid Tk 2.5 lakh for a job in "
        "Jordan.",
        [("Tk 2.5 lakh", 2.5e5, E, M, "BDT", {"source": "Shirin Akhter"})],
    ),
    (
        "invented/Kathmandu Post: as per the data of the department",
        "As per the data of the Department of Foreign Employment, 741,297 Nepalis took labour "
        "permits last year.",
        [("741,297", 741297, E, C, None, {"head": "nepalis", "source": DOFE})],
    ),
    (
        "invented/Kathmandu Post: the data of the body shows",
        "The data of the Department of Foreign Employment shows 12,400 women took permits in "
        "the first quarter.",
        [("12,400", 12400, E, C, None, {"head": "women", "source": DOFE})],
    ),
    (
        "invented/Dawn: in a statement issued on Sunday, the ministry said",
        "In a statement issued on Sunday, the Ministry of Overseas Pakistanis said 3,200 "
        "workers had been repatriated from Libya.",
        [
            (
                "3,200",
                3200,
                E,
                C,
                None,
                {"head": "workers", "source": "Ministry of Overseas Pakistanis"},
            )
        ],
    ),
    (
        "invented/Inquirer: the body's latest brief says",
        "The World Bank's latest Migration and Development Brief says remittances to the "
        "Philippines will reach $40 billion.",
        [("$40 billion", 4e10, E, M, "USD", {"source": "World Bank"})],
    ),
]

# Batch 11: quotes, headlines and plural speakers (rows by hand before the first run).
CASES += [
    (
        "invented/Kathmandu Post: a colon introduces the quote",
        'Ghimire put it bluntly: "Fewer than 30 percent of employers pay the ticket."',
        [("Fewer than 30 percent", 30, UP, P, "%", {"head": "employers", "source": "Ghimire"})],
    ),
    (
        "invented/Kathmandu Post: a headline ending ', says NRB'",
        "Remittance inflow to grow 8pc this year, says NRB\n\nKATHMANDU: Nepal Rastra Bank "
        "(NRB) has projected that remittances will grow in the current fiscal year.",
        [("8pc", 8, E, P, "%", {"source": NRB})],
    ),
    (
        "invented/Daily Star: they claim, after the agencies said",
        "Recruiting agencies say the cost is justified. They claim 70 percent of the fee goes "
        "to agents in Malaysia.",
        [("70 percent", 70, E, P, "%", {"source": "Recruiting agencies"})],
    ),
    (
        "invented/Dawn: the speaker's account of what another told him",
        "Awan said a Saudi employer had told him that 200 visas were ready.",
        [("200", 200, E, C, None, {"head": "visas", "source": "Awan"})],
    ),
]

# Batch 12: seasonal-work copy from Europe, and guards for this round's rules in other news
# (rows by hand; the guards were written after the rules they guard).
CASES += [
    (
        "invented/ANSA: a quota over three years",
        "Italy will admit 497,550 non-EU workers over three years under its quota decree, the "
        "government said.",
        [
            ("497,550", 497550, E, C, None, {"head": "workers", "source": "government"}),
            ("three years", 3, E, D, "year", {"source": "government"}),
        ],
    ),
    (
        "invented/Guardian: seasonal workers owed wages, a charity's estimate",
        "About 1,100 seasonal workers were owed wages at the end of the season, the charity "
        "Work Rights Centre estimated.",
        [("About 1,100", 1100, AP, C, None, {"head": "workers", "source": "Work Rights Centre"})],
    ),
    (
        "invented/guard: the central bank in US copy",
        "The Federal Reserve held rates steady on Wednesday. The central bank said inflation "
        "was running at 3.1 percent.",
        [("3.1 percent", 3.1, E, P, "%", {"source": "Federal Reserve"})],
    ),
    (
        "invented/guard: people surveyed with no agent speak for no one",
        "Of the 2,000 people surveyed, 40% said they would move abroad.",
        [
            ("2,000", 2000, E, C, None, {"head": "people", "source": None}),
            ("40%", 40, E, P, "%", {"head": "people", "part_of": 0}),
        ],
    ),
    (
        "invented/guard: the governor with no governor named before",
        "The governor said 14 districts were flooded.",
        [("14", 14, E, C, None, {"head": "districts", "source": "The governor"})],
    ),
]

# Batch 13: shares listed together (rows by hand before the first run).
CASES += [
    (
        "invented/Dawn: two shares of the total, respectively",
        "Remittances from Saudi Arabia and the UAE accounted for 24 percent and 21 percent of "
        "the total, respectively.",
        [
            ("24 percent", 24, E, P, "%", {"head": "total"}),
            ("21 percent", 21, E, P, "%", {"head": "total"}),
        ],
    ),
    (
        "invented/Daily Star: two shares of the workers",
        "Saudi Arabia and Malaysia took 38 per cent and 19 per cent of the workers.",
        [
            ("38 per cent", 38, E, P, "%", {"head": "workers"}),
            ("19 per cent", 19, E, P, "%", {"head": "workers"}),
        ],
    ),
]

# Batch 14: Indian copy on remittances and emigrant workers (rows by hand before the first
# run).
CASES += [
    (
        "invented/Hindu BusinessLine: according to RBI data",
        "India received $135.46 billion in remittances in FY25, according to RBI data.",
        [("$135.46 billion", 1.3546e11, E, M, "USD", {"source": "RBI"})],
    ),
    (
        "invented/The Hindu: rupees in lakh crore, the survey found",
        "The Kerala Migration Survey was released on Monday. Remittances of Rs 2.16 lakh "
        "crore reached the State in 2023, the survey found.",
        [("Rs 2.16 lakh crore", 2.16e12, E, M, "INR", {"source": "Kerala Migration Survey"})],
    ),
    (
        "invented/PTI: the ministry told the House, over five years",
        "The Ministry of External Affairs (MEA) told the Lok Sabha that 10,930 Indian workers "
        "died in Gulf countries over five years.",
        [
            (
                "10,930",
                10930,
                E,
                C,
                None,
                {"head": "workers", "source": "Ministry of External Affairs"},
            ),
            ("five years", 5, E, D, "year", {"source": "Ministry of External Affairs"}),
        ],
    ),
    (
        "invented/PTI: a minister of state said in a written reply",
        "Minister of State for External Affairs Raghav Mehta said in a written reply in the "
        "Rajya Sabha that 2.1 lakh emigration clearances were issued in 2024.",
        [("2.1 lakh", 2.1e5, E, C, None, {"head": "clearances", "source": "Raghav Mehta"})],
    ),
]

# Batch 15: contracts, laws and conventions: durations and what is no figure (rows by hand
# before the first run).
CASES += [
    (
        "invented/Kathmandu Post: a two-year contract, an act's section",
        "Workers sign a two-year contract under Section 10 of the Foreign Employment Act 2007.",
        [("two-year", 2, E, D, "year")],
    ),
    (
        "invented/Gulf News: 12-hour shifts and a law's number and year",
        "Many work 12-hour shifts despite Kuwait's Law No. 68 of 2015.",
        [("12-hour", 12, E, D, "hour")],
    ),
    (
        "invented/ILO-style: a convention's number is no figure",
        "Only 39 countries have ratified ILO Convention 189 on domestic workers.",
        [("39", 39, E, C, None, {"head": "countries"})],
    ),
    (
        "invented/Daily Star: a flight number and a clock time",
        "The 214 workers boarded flight BG 147 at 10:30pm.",
        [("214", 214, E, C, None, {"head": "workers"})],
    ),
    (
        # (a guard written after the flight-code rule)
        "invented/guard: a flight with a count and no code",
        "The flight carried 214 workers home from Riyadh.",
        [("214", 214, E, C, None, {"head": "workers"})],
    ),
    (
        "invented/Inquirer: a month's salary unpaid for five months",
        "The 61 workers were not paid for five months, the labor attaché said.",
        [
            ("61", 61, E, C, None, {"head": "workers", "source": "the labor attaché"}),
            ("five months", 5, E, D, "month", {"source": "the labor attaché"}),
        ],
    ),
]

# Batch 16: Malaysian copy on foreign workers (rows by hand before the first run).
CASES += [
    (
        "invented/Bernama: a director-general with a lower-case title before the name",
        "Immigration director-general Azmi Kamarudin said 12,450 undocumented migrants were "
        "held in depots nationwide.",
        [("12,450", 12450, E, C, None, {"head": "migrants", "source": "Azmi Kamarudin"})],
    ),
    (
        "invented/The Star: a levy in ringgit per worker",
        "Employers pay a levy of RM1,850 per worker in the manufacturing sector.",
        [("RM1,850", 1850, E, M, "MYR")],
    ),
    (
        "invented/Bernama: a union's secretary-general after the acronym",
        "About 30 per cent of foreign workers are paid late, said Malaysian Trades Union "
        "Congress (MTUC) secretary-general Kamal Hisham Yusof.",
        [
            (
                "About 30 per cent",
                30,
                AP,
                P,
                "%",
                {"head": "workers", "source": "Kamal Hisham Yusof"},
            )
        ],
    ),
    (
        "invented/The Star: a deputy minister with honorifics",
        "Deputy Home Minister Datuk Seri Aminah Ismail said 4,100 employers had been fined "
        "since January.",
        [("4,100", 4100, E, C, None, {"head": "employers", "source": "Aminah Ismail"})],
    ),
]

# Batch 17: amounts as translated and agency copy writes them (rows by hand before the
# first run).
CASES += [
    (
        "invented/translated Nepali copy: trillion then billion in one amount",
        "Nepal received Rs 1 trillion 36 billion in remittances in the review period.",
        [("Rs 1 trillion 36 billion", 1.036e12, E, M, "NPR")],
    ),
    (
        "invented/Nepali agency copy: NPR before the amount",
        "The fund holds NPR 4.5 billion contributed by Nepali migrant workers.",
        [("NPR 4.5 billion", 4.5e9, E, M, "NPR")],
    ),
    (
        "invented/Pakistani agency copy: USD before the amount",
        "Overseas Pakistanis remitted USD 3.2 billion in October.",
        [("USD 3.2 billion", 3.2e9, E, M, "USD")],
    ),
    (
        "invented/Bangladeshi agency copy: a dollar amount in crore",
        "Expatriates sent 247 crore dollars in March.",
        [("247 crore dollars", 2.47e9, E, M, "USD")],
    ),
]

# Batch 4: whole invented articles (expected rows by hand before the first run).
ARTICLE_STAR = """Bodies of 3,800 migrants returned last year

The bodies of 3,812 Bangladeshi migrant workers were brought home in 2024, up from 3,270 the \
year before, according to the Wage Earners' Welfare Board.

Of them, 1,480 died in Saudi Arabia, the board's data show. Officials at the board said most \
deaths were recorded as "natural", a category rights groups dispute.

"A 28-year-old does not die of a stroke in his sleep for no reason," said Nazmul Ahsan, \
chairman of the Ovibashi Karmi Unnayan Program (OKUP).

Ahsan said families receive Tk 3 lakh from the board for burial and compensation, "but many \
wait more than six months for it".

The board's director general, Md Hamidur Rahman, told The Daily Star that Tk 97 crore had \
been paid to 3,240 families last year. He said the delays were caused by missing papers.
"""
WEWB = "Wage Earners' Welfare Board"
ARTICLE_STAR_ROWS = [
    ("3,800", 3800, E, C, None, {"head": "migrants", "source": None}),
    ("3,812", 3812, E, C, None, {"head": "workers", "source": WEWB}),
    ("3,270", 3270, E, C, None, {"source": WEWB}),
    ("1,480", 1480, E, C, None, {"part_of": 1, "source": WEWB}),
    ("Tk 3 lakh", 3e5, E, M, "BDT", {"source": "Nazmul Ahsan"}),
    ("more than six months", 6, LO, D, "month", {"source": "Nazmul Ahsan"}),
    ("Tk 97 crore", 9.7e8, E, M, "BDT", {"source": "Md Hamidur Rahman"}),
    ("3,240", 3240, E, C, None, {"head": "families", "source": "Md Hamidur Rahman"}),
]


def test_article_star():
    check_figures(ARTICLE_STAR, ARTICLE_STAR_ROWS)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_labour_figures(case):
    _, text, rows = case
    check_figures(text, rows)


ARTICLE_POST = """Families of workers who died abroad wait months for relief

KATHMANDU: Shanti Tamang last heard from her husband on a Friday night. Three days later, a \
call from Doha told her he had died in his sleep at a labour camp. He was 31.

It took 47 days for his body to reach Kathmandu. "The company paid for the coffin, nothing \
more," she said.

Tamang is among the families of 1,060 workers who died abroad in the last fiscal year, \
according to the Foreign Employment Board. The board pays Rs 1 million to the family of each \
worker who held a valid permit, its executive director, Narayan Prasad Bhusal, said.

"About 70 percent of the claims are settled within three months," Bhusal said. "The rest \
are missing a post-mortem report or a labour permit."

Rights activists dispute that. Pourakhi Nepal, a group that works with returnee women, said \
it was helping 214 families whose claims had been pending for more than a year.
"""
FEB = "Foreign Employment Board"
NPB = "Narayan Prasad Bhusal"
ARTICLE_POST_ROWS = [
    # (open: a time opening the sentence before a speaker, "Three days later, a call from
    # Doha told her", is left unchecked, as test_real_probe_displacement leaves "Five months
    # later, he said")
    ("Three days", 3, E, D, "day"),
    ("47 days", 47, E, D, "day", {"source": None}),
    ("1,060", 1060, E, C, None, {"head": "workers", "source": FEB}),
    ("Rs 1 million", 1e6, E, M, "NPR", {"source": NPB}),
    ("About 70 percent", 70, AP, P, "%", {"head": "claims", "source": NPB}),
    ("three months", 3, E, D, "month", {"source": NPB}),
    ("214", 214, E, C, None, {"head": "families", "source": "Pourakhi Nepal"}),
    ("more than a year", 1, LO, D, "year", {"source": "Pourakhi Nepal"}),
]


def test_article_post():
    check_figures(ARTICLE_POST, ARTICLE_POST_ROWS)


ARTICLE_INQ = """Kuwait ban leaves 2,400 OFWs in limbo

MANILA, Philippines - Some 2,400 overseas Filipino workers (OFWs) bound for Kuwait remain \
stranded after the Department of Migrant Workers (DMW) suspended new deployments to the Gulf \
state two weeks ago.

Of these, about 1,700 are household service workers who had already paid for medical \
exams and training, the agency said in a statement on Sunday.

Migrant Workers Secretary Lorna Villareal told dzBB radio that the suspension would last \
"at least 30 days" while Manila and Kuwait City reviewed a 2018 labor agreement.

"We will not send our kababayan back until their safety is guaranteed," Villareal said.

"Each of them will receive P10,000 in financial aid from OWWA in the meantime."

Data from the Bangko Sentral ng Pilipinas show that remittances from Kuwait reached \
$612 million in the first half, about 3 percent of the total.
"""
DMW = "Department of Migrant Workers"
LV = "Lorna Villareal"
ARTICLE_INQ_ROWS = [
    ("2,400", 2400, E, C, None, {"head": "ofws", "source": None}),
    ("Some 2,400", 2400, AP, C, None, {"head": "workers"}),
    ("two weeks", 2, E, D, "week"),
    ("about 1,700", 1700, AP, C, None, {"head": "workers", "part_of": 1, "source": DMW}),
    ("at least 30 days", 30, LO, D, "day", {"source": LV}),
    ("P10,000", 10000, E, M, "PHP", {"source": LV}),
    ("$612 million", 6.12e8, E, M, "USD", {"source": "Bangko Sentral ng Pilipinas"}),
    ("about 3 percent", 3, AP, P, "%", {"source": "Bangko Sentral ng Pilipinas"}),
]


def test_article_inquirer():
    check_figures(ARTICLE_INQ, ARTICLE_INQ_ROWS)


ARTICLE_DAWN = """Remittances hit record $38.3bn in FY25

KARACHI: Workers' remittances rose 26.6pc to a record $38.3 billion in 2024-25, data released \
by the State Bank of Pakistan on Wednesday showed.

Inflows in June alone were $3.4bn. Saudi Arabia remained the largest source at $9.1bn for the \
year, followed by the UAE at $7.8bn, the SBP said.

Arif Habib Ltd said in a note that inflows could reach $41bn in FY26, though a stronger \
rupee would slow growth.

Kamran Khan, a driver in Dubai, said he now sends Rs120,000 a month through a bank app. \
"Two years ago I used hundi because it paid Rs15 more for every dirham," he said.
"""
SBP = "State Bank of Pakistan"
ARTICLE_DAWN_ROWS = [
    ("$38.3bn", 3.83e10, E, M, "USD", {"source": None}),
    ("26.6pc", 26.6, E, P, "%", {"head": None, "source": SBP}),
    ("$38.3 billion", 3.83e10, E, M, "USD", {"source": SBP}),
    ("$3.4bn", 3.4e9, E, M, "USD", {"source": None}),
    ("$9.1bn", 9.1e9, E, M, "USD", {"source": SBP}),
    ("$7.8bn", 7.8e9, E, M, "USD", {"source": SBP}),
    ("$41bn", 4.1e10, E, M, "USD", {"source": "Arif Habib Ltd"}),
    ("Rs120,000", 120000, E, M, "PKR", {"source": "Kamran Khan"}),
    ("Two years", 2, E, D, "year", {"source": "Kamran Khan"}),
    ("Rs15", 15, E, M, "PKR", {"source": "Kamran Khan"}),
]


def test_article_dawn():
    check_figures(ARTICLE_DAWN, ARTICLE_DAWN_ROWS)


ARTICLE_WB = """Remittances to South Asia Grow 11.8 Percent, Brief Finds

WASHINGTON, December 18, 2025 - Remittances to South Asia grew 11.8 percent to an \
estimated $189 billion in 2025, the fastest of any region, according to the latest \
Migration and Development Brief.

India remained the largest recipient at $135 billion, followed by Pakistan at $41 billion \
and Bangladesh at $28 billion, the brief says.

"For millions of families, these flows are the difference between hunger and a meal," said \
Farida Nasser, World Bank Practice Manager for Social Protection and Jobs. "But sending \
$200 home still costs 5.9 percent on average, twice the global target."

The brief projects growth of 4 percent in 2026 as labor markets in the Gulf cool.
"""
WBB = "Migration and Development Brief"
ARTICLE_WB_ROWS = [
    ("11.8 Percent", 11.8, E, P, "%"),
    ("11.8 percent", 11.8, E, P, "%", {"source": WBB}),
    # (I first wrote "$189 billion", exact, forgetting the "an estimated" before it)
    ("an estimated $189 billion", 1.89e11, AP, M, "USD", {"source": WBB}),
    ("$135 billion", 1.35e11, E, M, "USD", {"source": WBB}),
    ("$41 billion", 4.1e10, E, M, "USD", {"source": WBB}),
    ("$28 billion", 2.8e10, E, M, "USD", {"source": WBB}),
    ("$200", 200, E, M, "USD", {"source": "Farida Nasser"}),
    ("5.9 percent", 5.9, E, P, "%", {"source": "Farida Nasser"}),
    ("4 percent", 4, E, P, "%", {"source": WBB}),
]


def test_article_world_bank():
    check_figures(ARTICLE_WB, ARTICLE_WB_ROWS)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
_ALL_ONE = {
    "f1": 1.0,
    "bound": 1.0,
    "kind": 1.0,
    "head": 1.0,
    "low_high": 1.0,
    "part_of": 1.0,
    "source": 1.0,
}
FLOORS = {
    "63-nrb-remittance-four-months.txt": dict(_ALL_ONE),
    "64-malaysia-migration-costs.txt": dict(_ALL_ONE),
    "65-world-bank-pakistan-inflows.txt": dict(_ALL_ONE),
    "66-ofw-remittances-july.txt": dict(_ALL_ONE),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floors(name):
    assert_floors(name, FLOORS[name])
