"""Second dev set, batch ``ds2-money``: reports 79-82 of ``tests/fixtures/devset2``, money
around migration written densely with percentages and changes: remittance flows and what
they buy at home, exchange rates, the cost of sending money, smugglers' and recruiters'
fees in local currencies, the cost of asylum hotels, detention and removal flights per
person and per day, budget lines and humanitarian appeals with their funding gaps. Before
writing them, real copy of these kinds was read through the stored-pages search (none is
kept here): Reuters' monthly stories on remittances to Mexico (the "WHY IT'S IMPORTANT /
KEY QUOTE / BY THE NUMBERS" layout), the National Audit Office's 2024 press release on
asylum accommodation and the BBC, EIN and press stories written from it and its later
briefing on the accommodation contracts, the World Bank's Remittance Prices Worldwide
releases, and Indian police copy on "dunki" agents' fees in lakh. Every sentence, name and
number is invented; places and organisations are real:

- 79-mexico-remittances-peso.txt: a Reuters economics story, 2026-12-01, on the Bank of
  Mexico's monthly remittance figures (down year on year, the average remittance, the
  first ten months), the peso's rise, a 1% U.S. tax, a brokerage economist's forecast
  range, state-level data and the Bank of Guatemala's figures.
- 80-nao-asylum-hotels-removals.txt: a UK newspaper story, 2026-11-20, on a National Audit
  Office report (HC number, "the watchdog", "the report said", "it said") on hotel costs
  per night, charter flights per person removed, detention per day, returns, an asylum
  allowance under section 95, a minister and the shadow home secretary.
- 81-dhaka-migration-cost-hundi.txt: a Dhaka daily's story, 2026-11-12, in taka, lakh and
  crore (Tk 1,65,000 in South Asian grouping), on recruiters' fees against the government's
  fixed migration cost, Bangladesh Bank's remittance figures, the kerb-market gap, a cash
  incentive, BMET's outflow figures, a migrant's debt in riyals, a helpline number.
- 82-afghanistan-returns-appeal.txt: a UNHCR press release, 2026-12-03, appealing for 2027
  with this year's plan "only 18 per cent funded", IOM's border monitoring, the World
  Bank's remittance estimate ("The Bank projects"), wages and cash grants in afghanis, and
  its contacts' phone numbers.

The reports and their gold were committed (daef473) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/money-blind --misses``, only this
batch in the folder, at that commit)::

    report                             gold  pred match      P      R     F1  date
    79-mexico-remittances-peso.txt       25    25    25  1.000  1.000  1.000  ok
    80-nao-asylum-hotels-removals.txt    25    26    25  0.962  1.000  0.980  ok
    81-dhaka-migration-cost-hundi.txt    25    25    25  1.000  1.000  1.000  ok
    82-afghanistan-returns-appeal.txt    25    25    25  1.000  1.000  1.000  ok
    TOTAL                               100   101   100  0.990  1.000  0.995  1.000

    field accuracy over 100 matched figures:
      bound                         1.000  (100/100)
      kind                          1.000  (100/100)
      head                          0.960  (96/100)
      low_high                      1.000  (100/100)
      part_of                       0.980  (98/100)
      source                        0.760  (76/100)
      source (lenient: surname ok)  0.770  (77/100)
      counted                       0.900  (90/100)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 1
      80-nao-asylum-hotels-removals.txt
        EXTRA '1187' (1187)  in: In a report published on Friday (HC 1187), the watchdog said spending on asylum support reached £4.9bn in 2025-26, down 12% on the previous year but still far above what the department forecast when it signed its accommodation contracts in 2019.

    matched figures with a field wrong (gold -> predicted):
      79-mexico-remittances-peso.txt '1%': head: nan -> 'tax'; source: nan -> 'analysts'; counted: nan -> 'U.S. federal tax'
      79-mexico-remittances-peso.txt 'more than 6%': part_of: None -> '$3.9 billion'
      79-mexico-remittances-peso.txt 'roughly 19%': counted: "country's GDP" -> 'GDP'
      79-mexico-remittances-peso.txt '0.3%': source: 'Bank of Mexico' -> nan
      80-nao-asylum-hotels-removals.txt '£5.8m': source: 'National Audit Office' -> 'spending watchdog'
      80-nao-asylum-hotels-removals.txt '£5.8m': source: 'National Audit Office' -> nan
      80-nao-asylum-hotels-removals.txt '£4.9bn': source: 'National Audit Office' -> 'spending watchdog'
      80-nao-asylum-hotels-removals.txt '12%': source: 'National Audit Office' -> 'spending watchdog'
      80-nao-asylum-hotels-removals.txt '£2.1bn': part_of: '£4.9bn' -> nan
      80-nao-asylum-hotels-removals.txt '31,400': source: 'National Audit Office' -> 'the report'; counted: 'people living in hotels' -> 'people'
      80-nao-asylum-hotels-removals.txt '56,000': source: 'National Audit Office' -> 'the report'
      80-nao-asylum-hotels-removals.txt 'more than 400': source: 'National Audit Office' -> 'the report'
      80-nao-asylum-hotels-removals.txt '£96m': source: 'National Audit Office' -> nan
      80-nao-asylum-hotels-removals.txt '38%': source: 'National Audit Office' -> nan
      80-nao-asylum-hotels-removals.txt '£17,600': source: 'National Audit Office' -> nan
      80-nao-asylum-hotels-removals.txt '£13,900': source: 'National Audit Office' -> nan
      80-nao-asylum-hotels-removals.txt '£142': source: 'National Audit Office' -> 'Home Office'
      80-nao-asylum-hotels-removals.txt '1,870': source: 'National Audit Office' -> 'Home Office'; counted: 'people in detention' -> 'people'
      80-nao-asylum-hotels-removals.txt '22%': source: 'National Audit Office' -> 'Home Office'
      81-dhaka-migration-cost-hundi.txt '2.5 percent': head: nan -> 'incentive'; source: 'finance ministry' -> 'finance ministry documents'; counted: nan -> 'cash incentive'
      81-dhaka-migration-cost-hundi.txt 'Tk 6,420 crore': source: 'finance ministry' -> nan
      81-dhaka-migration-cost-hundi.txt '8.47 lakh': source: 'Bureau of Manpower, Employment and Training' -> 'officials'
      81-dhaka-migration-cost-hundi.txt '14 percent': source: 'Bureau of Manpower, Employment and Training' -> 'officials'
      81-dhaka-migration-cost-hundi.txt '10 percent': head: nan -> 'interest'; counted: nan -> 'monthly interest'
      81-dhaka-migration-cost-hundi.txt 'around 50': head: 'workers' -> nan; counted: 'workers who do not file a complaint' -> nan
      82-afghanistan-returns-appeal.txt '18 per cent': counted: "this year's plan" -> "year's plan"
      82-afghanistan-returns-appeal.txt 'some 1.4 million': counted: 'Afghans deported' -> 'Afghans'
      82-afghanistan-returns-appeal.txt 'Nearly 60 per cent': source: 'International Organization for Migration' -> nan
      82-afghanistan-returns-appeal.txt 'about one in three': source: 'International Organization for Migration' -> nan
      82-afghanistan-returns-appeal.txt 'over 40,000 afghanis': source: 'International Organization for Migration' -> nan
      82-afghanistan-returns-appeal.txt '2.4 per cent': source: 'World Bank' -> 'Bank'
      82-afghanistan-returns-appeal.txt '1.1 million': counted: 'returnees expected next year' -> 'returnees'


No gold was changed after the blind run. Two readings in the gold differ from the
extractor and were left: in 81, "At the Bureau of Manpower, Employment and Training
(BMET), officials said 8.47 lakh workers ..." has the bureau as its source, where the
extractor keeps "officials" (the dev set keeps "Officials at the Torkham facility" as
written, so a rule giving the bureau would be a convention of its own; left to the lead);
"counted" (not scored) differs on 7 figures ("people living in hotels" against "people").

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the four reports (batch 1), then batches probing the style
beyond them (2-4) and two whole invented articles; rows as in
``tests/test_devset2_stats.py`` (``(text, value or (low, high), bound, kind, unit[,
fields])``, ``part_of`` the index of the whole among the expected rows; a tuple of sources
marks an open one). Each batch was written by hand before its first run: batch 1, each row
written for a rule and seen to fail before it; batch 2, 13 of 15 passed; batch 3, 10 of 12
(one row, "..., but workers pay up to Tk 6 lakh, a BRAC study found", was split in two
sentences before any fix: whether a closing "a study found" covers the clause before "but"
is open); the articles, 0 of 2 (the Nepal article's row list had left out "139.8", a rate
written without its currency; the sentence now says "139.8 rupees to the dollar", and then
the article passed unchanged code); batch 4, 9 of 10, the miss a slip in the row ("two
years ago" is a duration, as "26 months ago" is in devset2 56). The whole table (54 rows
and 2 articles) against main's package at the session's start (``PYTHONPATH=/work/main``,
this module and figure_checks.py from this branch): 35 passed, 21 failed; after this
round's rules all 56 pass.

The general rules of this round, one line each:

- "(HC 1187)", "HL Paper 45": a UK parliamentary paper's number in brackets is a label
  (not "the HC 14 days later", Indian copy's High Court).
- "..., spending watchdog finds" and "the watchdog said": the audit body the text names
  (body_descriptions.csv: National Audit Office, ANAO, Auditor General, GAO, ...).
- "..., the National Audit Office has found.": a closing tag in the perfect.
- "In a report published on Friday, the watchdog said ...": the speaker issued the report,
  so a later "the report said", "according to the report" and "it said" are that body's.
- "..., IOM's border monitoring found.", "UNHCR's protection monitoring": a body's
  monitoring closing the sentence, as its survey would.
- "according to finance ministry documents", "the agency's budget documents show": the
  ministry's, the agency's (not "court documents", which stay).
- "The Bank projects", "The Fund also expects" after the World Bank or the IMF named in
  full: the body whose last word it is (not "the Commission", which the dev set keeps).
- "of that spending" reaches the amount before a paragraph break, and "€88 million of
  that." the amount that can hold it, past a rate in the same sentence.
- "Puebla and Zacatecas both saw declines of about 4%": a plural change, no share.
- "The Mexican central bank ... cut its growth forecast to 0.8%", "raised its projection":
  a body changing its own forecast gives it; a country's adjective picks its central bank.
- "charged at 3.5%, which economists say has driven ...": the speaker of a which-clause
  after the figure speaks for that clause only; "according to" after a figure inside a
  which-clause still covers it.
- "a 6% commission", "a 1.5 percent levy", "8 percent monthly interest", "a 2.5 percent
  cash incentive": a percentage before a rate noun names no whole (nor a part of a loan).
- "For every migrant who reaches the border, about 15 are turned back": the count is of
  the ratio's noun.
- "Rs 45 lakh ..., the Kapurthala police said": Indian Punjab's districts place rupees in
  India.
- a headline's "..., ministry says": the body of that kind the story names below it.
- "..., the Independent Chief Inspector of Borders and Immigration found.": a closing
  tag's name keeps its "of" and "and".

Seen and left alone: a bare exchange rate with no currency ("traded at 139.8 on Friday")
is read as a count; "The company, which makes processors ..., raised its forecast to about
30%" gives "The company" (tests/test_longform.py, no source checked there), not the
company named before the relative clause.

Final score of the four reports (after the rules; ``python -m analysis.evaluate
/tmp/money-blind``, the batch alone): F1 1.000 (100/100, no miss, no
extra); bound, kind, head, low_high and part_of 1.000; source 0.980 (the two BMET figures
above); counted 0.930.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import ANY, check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"
NAO = "National Audit Office"

# Batch 1: the constructions that failed in the four reports, each in other words (written
# by hand before the rule that passes it).
CASES = [
    # --- labels ---------------------------------------------------------------------------
    (
        "invented/UK committee copy: a parliamentary paper's number in brackets is a label",
        "The committee's report (HC 642), published on Tuesday, said 1,240 people were held.",
        [("1,240", 1240, E, C, None, {"head": "people"})],
    ),
    # --- sources: the audit body and its report -------------------------------------------
    (
        "invented/UK newspaper headline: the spending watchdog is the audit body named later",
        "Removal flights cost £410,000 each, spending watchdog finds\n\nThe National Audit "
        "Office said charter flights had become the department's largest removal cost.",
        [("£410,000", 410000, E, M, "GBP", {"source": NAO})],
    ),
    (
        "invented/UK newspaper: a closing tag in the perfect, 'has found'",
        "Contracts for barracks sites are costing £2.7m a month, the National Audit Office has "
        "found.",
        [("£2.7m", 2.7e6, E, M, "GBP", {"source": NAO})],
    ),
    (
        "invented/UK newspaper: 'In a report published ..., X said', then 'the report said'",
        "In a report published on Wednesday, the Public Accounts Committee said the "
        "programme had cost £1.3bn. About 4,600 people had been moved by June, the report "
        "said. Each move cost £9,800 on average, according to the report.",
        [
            ("£1.3bn", 1.3e9, E, M, "GBP", {"source": "Public Accounts Committee"}),
            ("About 4,600", 4600, AP, C, None, {"source": "Public Accounts Committee"}),
            ("£9,800", 9800, E, M, "GBP", {"source": "Public Accounts Committee"}),
        ],
    ),
    (
        "invented/agency release: a body's monitoring closing the sentence",
        "About 45 per cent of the deportees had no identity documents, UNHCR's protection "
        "monitoring found.",
        [("About 45 per cent", 45, AP, P, "%", {"source": "UNHCR"})],
    ),
    (
        "invented/South Asian daily: according to a ministry's documents",
        "The scheme cost the exchequer Rs 312 crore last year, according to finance ministry "
        "documents.",
        [("Rs 312 crore", 3.12e9, E, M, "PKR", {"source": "finance ministry"})],
    ),
    (
        "invented/World Bank release: 'the Bank' after the World Bank",
        "The World Bank said remittances to Nepal rose 6 percent. The Bank expects flows to "
        "slow to 2.5 percent next year.",
        [
            ("6 percent", 6, E, P, "%", {"source": "World Bank"}),
            ("2.5 percent", 2.5, E, P, "%", {"source": "World Bank"}),
        ],
    ),
    (
        "invented/IMF copy: 'the Fund' after the International Monetary Fund",
        "The International Monetary Fund said inflation in Egypt would ease to 14%. The Fund "
        "also projected growth of 4.1%.",
        [
            ("14%", 14, E, P, "%", {"source": "International Monetary Fund"}),
            ("4.1%", 4.1, E, P, "%", {"source": "International Monetary Fund"}),
        ],
    ),
    # --- parts and changes ------------------------------------------------------------------
    (
        "invented/UK newspaper: 'of that spending' after a paragraph break",
        "Councils spent £2.6bn on temporary accommodation last year, up 9%.\n\nBed and "
        "breakfast hotels accounted for £740m of that spending.",
        [
            ("£2.6bn", 2.6e9, E, M, "GBP"),
            ("9%", 9, E, P, "%"),
            ("£740m", 7.4e8, E, M, "GBP", {"part_of": 0}),
        ],
    ),
    (
        "invented/Reuters economics: plural changes over several states are no share",
        "Oaxaca received $1.2 billion, while Puebla and Zacatecas both saw declines of about 4%.",
        [
            ("$1.2 billion", 1.2e9, E, M, "USD"),
            ("about 4%", 4, AP, P, "%", {"part_of": None, "head": None}),
        ],
    ),
    # --- sources: forecasts, relative clauses ----------------------------------------------
    (
        "invented/Reuters economics: a central bank cutting its own forecast",
        "Remittances fell 3%, the Bank of Mexico said. The Mexican central bank on Wednesday "
        "also cut its growth forecast for next year to 0.8%.",
        [
            ("3%", 3, E, P, "%", {"source": "Bank of Mexico"}),
            ("0.8%", 0.8, E, P, "%", {"source": "Bank of Mexico"}),
        ],
    ),
    (
        "invented/business copy: a body raising its own projection",
        "The Asian Development Bank raised its inflation projection for Pakistan to 11.5%.",
        [("11.5%", 11.5, E, P, "%", {"source": "Asian Development Bank"})],
    ),
    (
        "invented/Reuters economics: 'which analysts say' speaks for its own clause",
        "The levy is charged at 3.5%, which economists say has driven transfers into informal "
        "channels.",
        [("3.5%", 3.5, E, P, "%", {"source": None, "head": None})],
    ),
    (
        "invented/South Asian daily: 'according to' after a figure in a which-clause",
        "Migrants turned to hundi dealers, which moved an estimated Rs 9,000 crore last year, "
        "according to central bank officials.",
        [("an estimated Rs 9,000 crore", 9e10, AP, M, "PKR", {"source": "central bank officials"})],
    ),
    # --- heads: rates and ratios -----------------------------------------------------------
    (
        "invented/World Bank copy: a percentage before a fee or a tax is a rate, no share",
        "Agents take a 6% commission on each transfer, on top of a 1.5 percent levy.",
        [
            ("6%", 6, E, P, "%", {"head": None}),
            ("1.5 percent", 1.5, E, P, "%", {"head": None}),
        ],
    ),
    (
        "invented/feature: a loan at a monthly rate is no part of the loan",
        "She borrowed 90,000 pesos at 8 percent monthly interest from a moneylender.",
        [
            ("90,000 pesos", 90000, E, M, ANY),
            ("8 percent", 8, E, P, "%", {"head": None, "part_of": None}),
        ],
    ),
    (
        "invented/NGO copy: 'For every <noun> ..., N' counts that noun",
        "For every migrant who reaches the border, about 15 are turned back, the group said.",
        [("about 15", 15, AP, C, None, {"head": "migrants"})],
    ),
]


# Batch 2: the style beyond the reports (remittance, fee, appeal, budget and exchange-rate
# sentences of each kind of copy), written by hand before they were first run.
CASES_2 = [
    (
        "invented/Reuters: remittance share of GDP and y/y rise",
        "Remittances to Guatemala rose 11.2% year on year to $2.1 billion in October, central bank data showed.",
        [
            ("11.2%", 11.2, E, P, "%", {"source": "central bank"}),
            ("$2.1 billion", 2.1e9, E, M, "USD", {"source": "central bank"}),
        ],
    ),
    (
        "invented/World Bank: cost of sending $200",
        "The global average cost of sending $200 fell to 6.4 percent in the first quarter, the World Bank said.",
        [
            ("$200", 200, E, M, "USD", {"source": "World Bank"}),
            ("6.4 percent", 6.4, E, P, "%", {"source": "World Bank"}),
        ],
    ),
    (
        "invented/UN appeal: funded share and shortfall",
        "The $2.7 billion plan is only 14 percent funded, leaving a gap of $2.3 billion, OCHA said.",
        [
            ("$2.7 billion", 2.7e9, E, M, "USD", {"source": "OCHA"}),
            ("14 percent", 14, E, P, "%", {"source": "OCHA", "head": "plan"}),
            ("$2.3 billion", 2.3e9, E, M, "USD", {"source": "OCHA"}),
        ],
    ),
    (
        "invented/UK: cost per person per day in detention",
        "It costs £118 a day to hold a person in immigration detention, according to Home Office figures.",
        [("£118", 118, E, M, "GBP", {"source": "Home Office"})],
    ),
    (
        "invented/Pakistani daily: smugglers' fee range in lakh",
        "Agents in Gujranwala charge between Rs2.5 million and Rs3 million for the route to Italy, an FIA official said.",
        [
            (
                "between Rs2.5 million and Rs3 million",
                (2.5e6, 3e6),
                R,
                M,
                "PKR",
                {"source": "an FIA official"},
            )
        ],
    ),
    (
        "invented/Indian daily: dunki fee in lakh, police",
        "The agent took Rs 45 lakh from the family, the Kapurthala police said on Monday.",
        [("Rs 45 lakh", 4.5e6, E, M, "INR", {"source": "Kapurthala police"})],
    ),
    (
        "invented/Afghan copy: exchange rate in afghanis",
        "The afghani traded at 68 afghanis to the dollar in Kabul on Sunday, money changers said.",
        [("68 afghanis", 68, E, M, "AFN", {"source": "money changers"})],
    ),
    (
        "invented/Turkish copy: wages in lira and inflation",
        "Syrian workers in Gaziantep earn about 18,000 lira a month, below the minimum wage of 22,104 lira, while annual inflation stands at 48.6 percent.",
        [
            ("about 18,000 lira", 18000, AP, M, "TRY"),
            ("22,104 lira", 22104, E, M, "TRY"),
            ("48.6 percent", 48.6, E, P, "%"),
        ],
    ),
    (
        "invented/Reuters: shares and percentage of total remittances",
        "The United States accounted for 96% of the remittances, with Texas and California together sending $9.8 billion.",
        [("96%", 96, E, P, "%", {"head": "remittances"}), ("$9.8 billion", 9.8e9, E, M, "USD")],
    ),
    (
        "invented/UK: charter flight cost per seat",
        "Each seat on the Home Office's charter flights cost an average of £4,300, the Independent Chief Inspector of Borders and Immigration found.",
        [
            (
                "£4,300",
                4300,
                E,
                M,
                "GBP",
                {"source": "Independent Chief Inspector of Borders and Immigration"},
            )
        ],
    ),
    (
        "invented/Bangladeshi daily: crore and a fiscal year",
        "Expatriates sent home Tk 2,94,000 crore in FY2024-25, 26.8 percent more than the previous fiscal year.",
        [("Tk 2,94,000 crore", 2.94e12, E, M, "BDT"), ("26.8 percent", 26.8, E, P, "%")],
    ),
    (
        "invented/budget line: a ministry's allocation rises",
        "The interior ministry's budget for border management rises to €1.4bn next year, up from €1.1bn, the finance ministry said.",
        [
            ("€1.4bn", 1.4e9, E, M, "EUR", {"source": "finance ministry"}),
            ("€1.1bn", 1.1e9, E, M, "EUR", {"source": "finance ministry"}),
        ],
    ),
    (
        "invented/wire: visa fee rise",
        "The fee for a skilled worker visa will rise by 32% to £1,420 from April, the Home Office said.",
        [
            ("32%", 32, E, P, "%", {"source": "Home Office"}),
            ("£1,420", 1420, E, M, "GBP", {"source": "Home Office"}),
        ],
    ),
    (
        "invented/Nepali daily: remittance in rupees, arba",
        "Nepal received Rs 1,445 billion in remittances in the last fiscal year, Nepal Rastra Bank said.",
        [("Rs 1,445 billion", 1.445e12, E, M, ANY, {"source": "Nepal Rastra Bank"})],
    ),
    (
        "invented/press release: per-person cash grant in pesos",
        "Each returnee receives 2,500 pesos in cash and a bus ticket home, the National Migration Institute said.",
        [("2,500 pesos", 2500, E, M, ANY, {"source": "National Migration Institute"})],
    ),
]


# Batch 3: more of each kind, written by hand after batch 2's rules, before their first run.
CASES_3 = [
    (
        "invented/NAO: per-night cost, 'the NAO said'",
        "Hotel rooms cost an average of £145 a night, compared with £14 for dispersal housing, the NAO said.",
        [
            ("£145", 145, E, M, "GBP", {"source": "NAO"}),
            ("£14", 14, E, M, "GBP", {"source": "NAO"}),
        ],
    ),
    (
        "invented/European daily: cost per deportation in euros",
        "Each forced return costs Germany about €3,500, according to the federal police.",
        [("about €3,500", 3500, AP, M, "EUR", {"source": "federal police"})],
    ),
    (
        "invented/appeal: 'only N% funded' in a second sentence",
        "UNHCR appealed for $410 million for Sudanese refugees in Chad. The appeal is only 9 per cent funded.",
        [
            ("$410 million", 4.1e8, E, M, "USD"),
            ("9 per cent", 9, E, P, "%", {"head": "appeal", "part_of": 0}),
        ],
    ),
    (
        "invented/Reuters: Y/Y down and a record",
        "Remittances to El Salvador fell 2.3% to $788 million in September, the central bank said, the first drop since 2020.",
        [
            ("2.3%", 2.3, E, P, "%", {"source": "central bank"}),
            ("$788 million", 7.88e8, E, M, "USD", {"source": "central bank"}),
        ],
    ),
    (
        "invented/Pakistani daily: 'Rs' glued and 'per month'",
        "Workers in Riyadh are paid SR1,500 per month, or roughly Rs112,000, the Bureau of Emigration said.",
        [
            ("SR1,500", 1500, E, M, ANY, {"source": "Bureau of Emigration"}),
            ("roughly Rs112,000", 112000, AP, M, "PKR", {"source": "Bureau of Emigration"}),
        ],
    ),
    (
        "invented/UK: a fall of percentage in cost, 'a third'",
        "Spending on hotels fell by a third to £1.4bn, the Home Office said.",
        [
            ("a third", 100 / 3, E, P, "%", {"source": "Home Office"}),
            ("£1.4bn", 1.4e9, E, M, "GBP", {"source": "Home Office"}),
        ],
    ),
    (
        "invented/Latin American daily: pesos and a dollar conversion",
        "Coyotes charge up to 350,000 pesos, about $18,000, to take a migrant from Chiapas to the US border, prosecutors said.",
        [
            ("up to 350,000 pesos", 350000, UP, M, "MXN", {"source": "prosecutors"}),
            ("about $18,000", 18000, AP, M, "USD", {"source": "prosecutors"}),
        ],
    ),
    (
        "invented/budget: 'crore' allocation and a percentage cut",
        "The government allocated Rs 1,200 crore for the rehabilitation of returnees in Kerala, 15% less than last year.",
        [("Rs 1,200 crore", 1.2e10, E, M, "INR"), ("15%", 15, E, P, "%")],
    ),
    (
        "invented/wire: detention per day and per year",
        "ICE pays about $165 per detainee per day, or more than $3 billion a year, the agency's budget documents show.",
        [
            (
                "about $165",
                165,
                AP,
                M,
                "USD",
                {"source": ("ICE", "Immigration and Customs Enforcement")},
            ),
            (
                "more than $3 billion",
                3e9,
                LO,
                M,
                "USD",
                {"source": ("ICE", "Immigration and Customs Enforcement")},
            ),
        ],
    ),
    (
        "invented/World Bank: share of GDP, Tajikistan",
        "Remittances were equivalent to 45 percent of Tajikistan's GDP last year, the highest share in the world, the World Bank estimates.",
        [("45 percent", 45, E, P, "%", {"head": "gdp", "source": "World Bank"})],
    ),
    (
        "invented/IOM: cash grant and reintegration",
        "Returnees receive a reintegration grant of up to €2,000 and a one-off payment of €500, IOM said.",
        [
            ("up to €2,000", 2000, UP, M, "EUR", {"source": "IOM"}),
            ("€500", 500, E, M, "EUR", {"source": "IOM"}),
        ],
    ),
    (
        "invented/Bangladeshi: 'Tk' and migration cost fixed",
        "The government has fixed the cost of migration to Malaysia at Tk 78,000. But workers pay up to Tk 6 lakh, a BRAC study found.",
        [
            ("Tk 78,000", 78000, E, M, "BDT", {"source": None}),
            ("up to Tk 6 lakh", 6e5, UP, M, "BDT", {"source": "BRAC"}),
        ],
    ),
]

# Batch 4: appeals, wages, costs of sending and per-head prices, written by hand after the
# articles, before their first run.
CASES_4 = [
    (
        "invented/appeal: a shortfall as a noun phrase",
        "Aid agencies face a $2.4bn shortfall this year, the UN's humanitarian office said.",
        [
            (
                "$2.4bn",
                2.4e9,
                E,
                M,
                "USD",
                {"source": ("UN's humanitarian office", "UN humanitarian office")},
            )
        ],
    ),
    (
        "invented/appeal: relative clause with the appeal's size",
        "The regional plan for Sudan, which seeks $1.8 billion, is 12 percent funded, UNHCR said.",
        [
            ("$1.8 billion", 1.8e9, E, M, "USD", {"source": "UNHCR"}),
            ("12 percent", 12, E, P, "%", {"source": "UNHCR", "head": "plan"}),
        ],
    ),
    (
        "invented/smugglers: euros per head",
        "Smugglers charged each passenger 3,000 euros for a place on the boat, survivors told investigators.",
        [("3,000 euros", 3000, E, M, "EUR", {"source": "survivors"})],
    ),
    (
        "invented/UK: £m a day across a clause",
        "The bill for asylum hotels has fallen to £4.2m a day from £8m a day at its peak in 2023.",
        [("£4.2m", 4.2e6, E, M, "GBP"), ("£8m", 8e6, E, M, "GBP")],
    ),
    (
        "invented/Reuters: y/y rise and the average",
        "The average transfer rose 2.1% to $392, the bank said.",
        [
            ("2.1%", 2.1, E, P, "%", {"source": "bank"}),
            ("$392", 392, E, M, "USD", {"source": "bank"}),
        ],
    ),
    (
        "invented/Afghan copy: afghanis per day wage",
        "Labourers in Herat now earn 200 afghanis a day, down from 350 afghanis two years ago, a Herat trader said.",
        [
            ("200 afghanis", 200, E, M, "AFN", {"source": "a Herat trader"}),
            ("350 afghanis", 350, E, M, "AFN", {"source": "a Herat trader"}),
            ("two years", 2, E, D, "year"),
        ],
    ),
    (
        "invented/Turkish copy: lira and a percentage of wages",
        "Rent takes up about 60 percent of a Syrian family's income, the Turkish Red Crescent found.",
        [
            (
                "about 60 percent",
                60,
                AP,
                P,
                "%",
                {"head": "income", "source": "Turkish Red Crescent"},
            )
        ],
    ),
    (
        "invented/World Bank: percent of amount sent",
        "Sending money from South Africa to Zimbabwe costs 14.5 percent of the amount sent, more than twice the global average of 6.4 percent.",
        [("14.5 percent", 14.5, E, P, "%", {"head": "amount"}), ("6.4 percent", 6.4, E, P, "%")],
    ),
    (
        "invented/European: a ministry's budget in euros per migrant per month",
        "The state pays reception centres €1,150 per asylum seeker per month, the interior ministry said.",
        [("€1,150", 1150, E, M, "EUR", {"source": "interior ministry"})],
    ),
    (
        "invented/Pakistani: Rs with a per-visa price range",
        "Visa sub-agents were charging from Rs1.2 million to Rs1.5 million, the FIA said.",
        [("from Rs1.2 million to Rs1.5 million", (1.2e6, 1.5e6), R, M, "PKR", {"source": "FIA"})],
    ),
]

CASES = CASES + CASES_2 + CASES_3 + CASES_4

# Two whole invented articles, written by hand after batch 3.
ART_NEPAL = (
    "Nepal remittances hit record as rupee weakens"
    "\n\n"
    "KATHMANDU, Sept 12 (Reuters) - Remittances to Nepal rose 14.6% year on year to Rs 183 "
    "billion in August, Nepal Rastra Bank said on Friday, helped by a weaker rupee."
    "\n\n"
    "The rupee has lost about 4% against the dollar this year and traded at 139.8 rupees to the dollar on Friday."
    "\n\n"
    "Remittances are equal to roughly a quarter of Nepal's GDP. The central bank said 71,500 "
    "workers left for jobs abroad in August, down 6% from a year earlier."
    "\n\n"
    '"Families are receiving more rupees for every dollar their sons send," said Bishnu '
    'Prasad Gautam, an economist in Kathmandu. "That will not last if the Gulf slows."'
)
ART_NEPAL_ROWS = [
    ("14.6%", 14.6, E, P, "%", {"source": "Nepal Rastra Bank"}),
    ("Rs 183 billion", 1.83e11, E, M, "NPR", {"source": "Nepal Rastra Bank"}),
    ("about 4%", 4, AP, P, "%", {"source": None}),
    ("139.8 rupees", 139.8, E, M, "NPR"),
    ("roughly a quarter", 25, AP, P, "%", {"head": "gdp"}),
    ("71,500", 71500, E, C, None, {"head": "workers", "source": "Nepal Rastra Bank"}),
    ("6%", 6, E, P, "%", {"source": "Nepal Rastra Bank"}),
]
ART_DUTCH = (
    "Deportations cost Dutch state €9,200 per person, ministry says"
    "\n\n"
    "THE HAGUE - The Netherlands spent €214 million on forced returns last year, or about "
    "€9,200 for each of the 23,300 people removed, the Ministry of Justice and Security said "
    "in a letter to parliament on Tuesday."
    "\n\n"
    "Detention accounted for €88 million of that. Holding a person in a detention centre "
    "costs €310 a day, the ministry said, up 11% since 2024."
    "\n\n"
    "The Dutch Council for Refugees said the money would be better spent on faster "
    'decisions. "Almost 40% of those detained are released without being deported," its '
    "director, Marieke Jansen, said."
)
ART_DUTCH_ROWS = [
    ("€9,200", 9200, E, M, "EUR", {"source": "Ministry of Justice and Security"}),
    ("€214 million", 2.14e8, E, M, "EUR", {"source": "Ministry of Justice and Security"}),
    ("about €9,200", 9200, AP, M, "EUR", {"source": "Ministry of Justice and Security"}),
    ("23,300", 23300, E, C, None, {"head": "people", "source": "Ministry of Justice and Security"}),
    ("€88 million", 8.8e7, E, M, "EUR", {"part_of": 1, "source": None}),
    ("€310", 310, E, M, "EUR", {"source": "Ministry of Justice and Security"}),
    ("11%", 11, E, P, "%", {"source": "Ministry of Justice and Security"}),
    ("Almost 40%", 40, UP, P, "%", {"head": "people", "source": "Marieke Jansen"}),
]
ARTICLES = [
    ("invented/Reuters: Nepal remittances and the rupee", ART_NEPAL, ART_NEPAL_ROWS),
    ("invented/Dutch ministry: the cost of forced returns", ART_DUTCH, ART_DUTCH_ROWS),
]


@pytest.mark.parametrize("case", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_devset2_money_article(case):
    _, text, rows = case
    check_figures(text, rows)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_money_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "79-mexico-remittances-peso.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "80-nao-asylum-hotels-removals.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "81-dhaka-migration-cost-hundi.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.92,
    },
    "82-afghanistan-returns-appeal.txt": {
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
def test_devset2_money_floors(name):
    assert_floors(name, FLOORS[name])
