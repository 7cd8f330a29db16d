"""Figures in economic copy that sessions 3 and 4 did not probe, annotated by hand.

Session 5 read real reports of these desks: central-bank releases on workers' remittances
(Sri Lankan, Bangladeshi and Pakistani papers), IMF programme and tranche copy, donor
pledging conferences, US trade-balance releases, USDA crop reports, OPEC output surveys and
energy outlooks, commodity-market wraps (gold, oil, cocoa, coffee, palm oil), tariff copy,
labour-market releases, reinsurers' catastrophe-loss estimates and crypto-exchange hacks, and
ran the extractor on them. No real sentence is stored here: every sentence below was
invented for this table, with the construction of a failure seen in the real copy and other
names and numbers; the id names the desk it imitates. The expected rows were written by hand
before the extractor was run on the sentence. Conventions are those of
``tests/test_unseen_styles.py``: a range's value is ``(low, high)``, money is its ISO code
(the IMF's special drawing right is XDR), a measure its pint name (a unit written with its
scale, "mb/d", "bcm", gives the value in units: 0.4 mb/d is 400,000 barrels a day, as "0.4
million barrels per day" is), a percentage "%", a count ``None``; a price per unit ("$29.45/oz",
"$2,385 an ounce") is the money, its span the amount. Extra fields: ``part_of`` (the index of
the whole among the expected rows, or ``None``), ``head`` and ``source`` (compared as the
scorer compares it; a tuple: any of these).

Before the fixes of this branch, 23 of the 96 cases passed (main at 6dcdee1, the table
copied beside main's package); after them all 96 pass. By reading: 12 of the first 41
cases passed; of the cases added after later readings, 3 of the 7 remittance cases, none
of the 3 budget cases, 1 of the 6 energy and crypto cases, 1 of the 5 Indian
farm-procurement cases, neither of the 2 "USD$" cases, neither of the 2 "by N percent"
cases, 2 of the 6 port, tariff and tonnage cases, none of the 3 insurance and
development-bank cases, neither of the 2 "in dollar terms" cases, 2 of the 3 label cases,
1 of the 3 fintech and jobless-claims cases, neither of the 2 "Thursday's data" cases,
none of the 3 tariff cases, neither of the 2 release cases, 1 of the 2 "euro N billion"
cases, not the "share of total export earnings" case, neither of the 2 "latest Central
Bank data" cases and not the "90-kg bags" case (``pytest tests/test_real_probe_economy.py``).
"""

from __future__ import annotations

import pytest
from figure_checks import check_figures

E, L, U, A, R = "exact", "lower", "upper", "approximate", "range"
C, P, M, D, Q = "count", "percent", "money", "duration", "measure"

# (id, sentence, [(text, value or (low, high), bound, kind, unit[, extra])])
CASES = [
    # Sri Lankan business papers space the currency sign and abbreviate the scale to one
    # letter: "$ 548.1 m", "$ 1.2 b". After a currency sign a lone "m" or "b" is the scale.
    (
        "invented/remittances: $ N m and $ N b",
        "Remittances in March rose to $ 612.4 m, taking the quarter's total to $ 1.74 b.",
        [("$ 612.4 m", 612.4e6, E, M, "USD"), ("$ 1.74 b", 1.74e9, E, M, "USD")],
    ),
    (
        "invented/remittances: $ N b in a headline-like line",
        "Tea exports earned $ 1.3 b last year, up 4% from $ 1.25 b.",
        [
            ("$ 1.3 b", 1.3e9, E, M, "USD"),
            ("4%", 4, E, P, "%"),
            ("$ 1.25 b", 1.25e9, E, M, "USD"),
        ],
    ),
    (
        "invented/remittances: $ N bn and $ N mn",
        "Inflows crossed the $ 2 bn mark, with $ 540 mn in April alone.",
        [("$ 2 bn", 2e9, E, M, "USD"), ("$ 540 mn", 540e6, E, M, "USD")],
    ),
    # IMF copy: the special drawing right, written "SDR 760 million" or "760 million SDRs",
    # is money (XDR), and no source ("SDR" was read as the speaker).
    (
        "invented/IMF: SDR N million (about $N)",
        "The decision allows an immediate disbursement of SDR 1.1 billion (about $1.4 billion), "
        "the Fund said in a statement.",
        [
            ("SDR 1.1 billion", 1.1e9, E, M, "XDR", {"source": "the Fund"}),
            ("about $1.4 billion", 1.4e9, A, M, "USD", {"source": "the Fund"}),
        ],
    ),
    (
        "invented/IMF: N billion SDRs",
        "The 37-month arrangement is worth 2.25 billion SDRs.",
        [("37-month", 37, E, D, "month"), ("2.25 billion SDRs", 2.25e9, E, M, "XDR")],
    ),
    # Australian copy writes the US dollar "$US" and its own "$A".
    (
        "invented/insurance: $US and $A",
        "Insurers expect to pay $US4.2 billion ($A6.3 billion) in claims.",
        [("$US4.2 billion", 4.2e9, E, M, "USD"), ("$A6.3 billion", 6.3e9, E, M, "AUD")],
    ),
    (
        "invented/insurance: $US with a source",
        "Insured losses could reach $US6 billion, the Insurance Council said.",
        [("$US6 billion", 6e9, E, M, "USD", {"source": "the Insurance Council"})],
    ),
    # A change with a bound, then the new level: "rose less than $0.1 billion to $21.4
    # billion" is two figures, not a range from one to the other.
    (
        "invented/trade: rose less than N to M",
        "The services surplus rose less than $0.2 billion to $19.8 billion.",
        [
            ("less than $0.2 billion", 0.2e9, U, M, "USD"),
            ("$19.8 billion", 19.8e9, E, M, "USD"),
        ],
    ),
    (
        "invented/trade: grew nearly N to M",
        "Shipments grew nearly 2,000 tonnes to 31,500 tonnes in May.",
        [
            ("nearly 2,000 tonnes", 2000, U, Q, "metric_ton"),
            ("31,500 tonnes", 31500, E, Q, "metric_ton"),
        ],
    ),
    (
        "invented/trade: fell more than N percent to M stays",
        "Imports fell more than 3 percent to $41 billion.",
        [("more than 3 percent", 3, L, P, "%"), ("$41 billion", 41e9, E, M, "USD")],
    ),
    (
        "invented/trade: between N and M stays a range",
        "Analysts expect the deficit to land between $60 billion and $65 billion.",
        [("between $60 billion and $65 billion", (60e9, 65e9), R, M, "USD")],
    ),
    # A change in money, then the same change as a percentage ("rose $2.6 billion or 1.4
    # percent") is no share of the money; nor is a second commodity's change after "while".
    (
        "invented/trade: $N or N percent",
        "Exports rose $2.6 billion or 1.4 percent in June.",
        [
            ("$2.6 billion", 2.6e9, E, M, "USD", {"part_of": None}),
            ("1.4 percent", 1.4, E, P, "%", {"part_of": None}),
        ],
    ),
    (
        "invented/commodities: while X added N%",
        "Copper rose 0.9% to $9,410 a tonne, while nickel added 1.3%.",
        [
            ("0.9%", 0.9, E, P, "%"),
            ("$9,410", 9410, E, M, "USD"),
            ("1.3%", 1.3, E, P, "%", {"part_of": None}),
        ],
    ),
    (
        "invented/aid: a share of a sum stays a part",
        "Only about 60 percent of the $2.4 billion pledged last year has arrived.",
        [
            ("about 60 percent", 60, A, P, "%", {"part_of": 1}),
            ("$2.4 billion", 2.4e9, E, M, "USD"),
        ],
    ),
    # Commodity wraps write the price per unit with a slash: "$29.45/oz", "$84.20/bbl",
    # "7,840 USD/MT"; the amount was dropped altogether.
    (
        "invented/commodities: $N/oz",
        "Spot silver added 0.6% to $29.45/oz.",
        [("0.6%", 0.6, E, P, "%"), ("$29.45", 29.45, E, M, "USD")],
    ),
    (
        "invented/commodities: $N/bbl",
        "Brent settled at $84.20/bbl, down 1.1%.",
        [("$84.20", 84.2, E, M, "USD"), ("1.1%", 1.1, E, P, "%")],
    ),
    (
        "invented/commodities: N USD/MT",
        "Cocoa climbed to 7,840 USD/MT in London.",
        [("7,840 USD", 7840, E, M, "USD")],
    ),
    (
        "invented/commodities: $N/t",
        "Robusta traded at $4,120/t on Monday.",
        [("$4,120", 4120, E, M, "USD")],
    ),
    (
        "invented/commodities: N dollars an ounce from N dollars",
        "Platinum gained to 1,012 dollars an ounce from 987 dollars.",
        [("1,012 dollars", 1012, E, M, "USD"), ("987 dollars", 987, E, M, "USD")],
    ),
    # Oil copy abbreviates barrels a day: "b/d", "mb/d" (millions), "kb/d" (thousands).
    (
        "invented/energy: N mb/d",
        "OPEC+ output fell by 0.4 mb/d to 41.2 mb/d in March.",
        [
            ("0.4 mb/d", 0.4e6, E, Q, "oil_barrel / day"),
            ("41.2 mb/d", 41.2e6, E, Q, "oil_barrel / day"),
        ],
    ),
    (
        "invented/energy: N million b/d and N kb/d",
        "Kazakhstan pumped 1.9 million b/d, about 130 kb/d above its quota.",
        [
            ("1.9 million b/d", 1.9e6, E, Q, "oil_barrel / day"),
            ("about 130 kb/d", 130e3, A, Q, "oil_barrel / day"),
        ],
    ),
    (
        "invented/energy: N bcm",
        "Exports through the pipeline reached 15.5 bcm last year.",
        [("15.5 bcm", 15.5e9, E, Q, "meter ** 3")],
    ),
    (
        "invented/energy: N tcf",
        "The field holds 4.5 tcf of gas.",
        [("4.5 tcf", 4.5e12, E, Q, "foot ** 3")],
    ),
    (
        "invented/energy: MWp and MWh",
        "The developer will build a 250MWp solar farm and a 120 MWh battery.",
        [("250MWp", 250, E, Q, "megawatt"), ("120 MWh", 120, E, Q, "megawatt_hour")],
    ),
    (
        "invented/energy: barrels per day stays",
        "The refinery processes 650,000 barrels per day.",
        [("650,000 barrels per day", 650000, E, Q, "oil_barrel / day")],
    ),
    # USDA crop copy: bushels are a measure ("2.1 billion bushels" was a count of 2.1
    # billion), yields are bushels per acre, and "bu" abbreviates them.
    (
        "invented/agriculture: N billion bushels",
        "Farmers harvested 2.1 billion bushels of soybeans, up 6 percent.",
        [("2.1 billion bushels", 2.1e9, E, Q, "bushel"), ("6 percent", 6, E, P, "%")],
    ),
    (
        "invented/agriculture: bushels per acre, then bushels",
        "The average yield is forecast at 51.3 bushels per acre, up 1.2 bushels from last month.",
        [
            ("51.3 bushels per acre", 51.3, E, Q, "bushel / acre"),
            ("1.2 bushels", 1.2, E, Q, "bushel"),
        ],
    ),
    (
        "invented/agriculture: N billion bu",
        "Corn stocks stood at 1.92 billion bu, traders said.",
        [("1.92 billion bu", 1.92e9, E, Q, "bushel", {"source": "traders"})],
    ),
    (
        "invented/agriculture: a bushel in the singular",
        "The estimate was raised by 0.5 bushel from July.",
        [("0.5 bushel", 0.5, E, Q, "bushel")],
    ),
    # A bare number compared with a figure of a unit takes its unit: "79 bushels per acre,
    # compared with 72 last year", "58.5 million tonnes, compared with 61 million".
    (
        "invented/agriculture: compared with N",
        "Illinois is expected to average 79 bushels per acre, compared with 72 last year.",
        [
            ("79 bushels per acre", 79, E, Q, "bushel / acre"),
            ("72", 72, E, Q, "bushel / acre"),
        ],
    ),
    (
        "invented/agriculture: compared to N million",
        "The wheat crop is seen at 58.5 million tonnes, compared to 61 million a year earlier.",
        [
            ("58.5 million tonnes", 58.5e6, E, Q, "metric_ton"),
            ("61 million", 61e6, E, Q, "metric_ton"),
        ],
    ),
    (
        "invented/agriculture: compared with N million, in hectares",
        "The region planted 1.2 million hectares, compared with 1.1 million last season.",
        [
            ("1.2 million hectares", 1.2e6, E, Q, "hectare"),
            ("1.1 million", 1.1e6, E, Q, "hectare"),
        ],
    ),
    # Bangladeshi and other wires close with the exchange rate used: "($1=117.50 taka)";
    # with no spaces around "=" the local amount was dropped.
    (
        "invented/wire: an exchange-rate note without spaces",
        "Exports earned 812 billion taka ($6.9 billion). ($1=117.50 taka)",
        [
            ("812 billion taka", 812e9, E, M, "BDT"),
            ("$6.9 billion", 6.9e9, E, M, "USD"),
            ("$1", 1, E, M, "USD"),
            ("117.50 taka", 117.5, E, M, "BDT"),
        ],
    ),
    # Attribution: a noun that ends the sentence after "industry loss" or "analysts'" is no
    # reporting verb ("... from bottom-up industry loss estimates." gave the phrase as source).
    (
        "invented/insurance: estimates as a noun at the end",
        "Disclosed claims stand at $18bn, leaving a gap of $25-40bn from bottom-up industry "
        "loss estimates.",
        [
            ("$18bn", 18e9, E, M, "USD", {"source": None}),
            ("$25-40bn", (25e9, 40e9), R, M, "USD", {"source": None}),
        ],
    ),
    (
        "invented/insurance: estimates as a verb stays",
        "Verisk estimates insured losses at $31 billion.",
        [("$31 billion", 31e9, E, M, "USD", {"source": "Verisk"})],
    ),
    (
        "invented/insurance: X estimates Y to be about N",
        "Munich Re estimates total insured losses to be about 42 billion US dollars.",
        [("about 42 billion US dollars", 42e9, A, M, "USD", {"source": "Munich Re"})],
    ),
    # "posted" is a reporting verb ("posted on X that ..."), but "posted an increase of",
    # "posted a trade surplus of" states a result: the subject ("Exports", "one year or
    # more") is no source.
    (
        "invented/remittances: posted an increase of",
        "Remittances from workers with contracts of one year or more posted an increase of "
        "3.1 percent.",
        [
            ("one year or more", 1, L, D, "year", {"source": None}),
            ("3.1 percent", 3.1, E, P, "%", {"source": None}),
        ],
    ),
    (
        "invented/trade: posted a trade surplus of",
        "Chile posted a trade surplus of $1.9 billion in April.",
        [("$1.9 billion", 1.9e9, E, M, "USD", {"source": None})],
    ),
    (
        "invented/social: posted on X that stays",
        "The minister posted on X that 140 people had been rescued.",
        [("140", 140, E, C, None, {"source": "The minister"})],
    ),
    # Philippine copy hyphenates the scale letter: "$2.91-B"; Pakistani copy drops the
    # scale on the compared amount: "$12.4 billion ... as compared to $11.9 in FY23".
    (
        "invented/remittances: $N-B",
        "Cash remittances rose 3.1% to $2.91-B from $2.82-B a year earlier.",
        [
            ("3.1%", 3.1, E, P, "%"),
            ("$2.91-B", 2.91e9, E, M, "USD"),
            ("$2.82-B", 2.82e9, E, M, "USD"),
        ],
    ),
    (
        "invented/remittances: the scale dropped on the compared amount",
        "Gulf workers sent $12.4 billion in FY24 as compared to $11.9 in FY23.",
        [("$12.4 billion", 12.4e9, E, M, "USD"), ("$11.9", 11.9e9, E, M, "USD")],
    ),
    (
        "invented/remittances: a bank's statistics stated",
        "The Central Bank of Kenya (CBK)'s latest statistics showed that diaspora inflows "
        "reached $412 million in May.",
        [
            (
                "$412 million",
                412e6,
                E,
                M,
                "USD",
                {
                    "source": (
                        "The Central Bank of Kenya (CBK)'s latest statistics",
                        "The Central Bank of Kenya",
                        "The Central Bank of Kenya (CBK)",
                        "CBK",
                    )
                },
            )
        ],
    ),
    # Budget copy: a span of years ("in 2014-19") is no number, and its second year does not
    # open a range with the amount after "to"; an office named "X General of Y" is the
    # source, no person "Accounts".
    (
        "invented/budget: a span of years before to",
        "FDI rose from $96 billion in 2015-20 to $210 billion.",
        [("$96 billion", 96e9, E, M, "USD"), ("$210 billion", 210e9, E, M, "USD")],
    ),
    (
        "invented/budget: the Controller General of Accounts",
        "Data from the Controller General of Accounts showed that spending reached 112 per "
        "cent of the budget target by November.",
        [
            (
                "112 per cent",
                112,
                E,
                P,
                "%",
                {
                    "source": (
                        "Controller General of Accounts",
                        "the Controller General of Accounts",
                    )
                },
            )
        ],
    ),
    (
        "invented/audit: the Auditor General of Kenya said",
        "The Auditor General of Kenya said 23 projects worth Sh4.1 billion had stalled.",
        [
            ("23", 23, E, C, None, {"source": "Auditor General of Kenya"}),
            ("Sh4.1 billion", 4.1e9, E, M, "KES", {"source": "Auditor General of Kenya"}),
        ],
    ),
    # Energy and crypto copy: terawatts (and peak terawatts) are units; "widened",
    # "expanded" are verbs of change, so "from N to M" after them is two levels; US
    # financial copy writes trillions "$7.4T", and a year after "in" opens no range with it.
    (
        "invented/energy: terawatts",
        "Global wind capacity is expected to pass 1.1 terawatts (TW) by 2027.",
        [("1.1 terawatts", 1.1, E, Q, "terawatt")],
    ),
    (
        "invented/energy: TWp",
        "Installed solar capacity topped 2.6 TWp last year.",
        [("2.6 TWp", 2.6, E, Q, "terawatt")],
    ),
    (
        "invented/fintech: a share widened from N% to M%",
        "The token's market share widened from 21% to 25.5% in a year.",
        [("21%", 21, E, P, "%"), ("25.5%", 25.5, E, P, "%")],
    ),
    (
        "invented/trade: a deficit expanded from $N to $M",
        "The trade deficit expanded from $61 billion to $74 billion in March.",
        [("$61 billion", 61e9, E, M, "USD"), ("$74 billion", 74e9, E, M, "USD")],
    ),
    (
        "invented/crypto: $N T, after a year",
        "Stablecoin volume grew from $6 trillion in 2021 to $7.4T in 2022.",
        [("$6 trillion", 6e12, E, M, "USD"), ("$7.4T", 7.4e12, E, M, "USD")],
    ),
    (
        "invented/fintech: from $N in YEAR to $M stays",
        "Revenue rose from $41 million in 2022 to $58 million in 2023.",
        [("$41 million", 41e6, E, M, "USD"), ("$58 million", 58e6, E, M, "USD")],
    ),
    # Indian farm-procurement copy writes tonnes "tn" ("5,210 tn of paddy", "3.5 mln tn"),
    # which was read as trillions; trillions stay so after a currency ("$7.2 tn", "126 tn
    # yuan"). Its rupee sign comes out of some papers' fonts as a backtick ("`1,150");
    # a quintal (100 kg) is a measure pint does not know, so it keeps its name.
    (
        "invented/agriculture: N tn of a crop",
        "Agencies have procured 5,210 tn of paddy and 640 tn of bajra so far, an official said.",
        [
            ("5,210 tn", 5210, E, Q, "metric_ton", {"source": "an official"}),
            ("640 tn", 640, E, Q, "metric_ton", {"source": "an official"}),
        ],
    ),
    (
        "invented/agriculture: N mln tn",
        "The state aims to procure 3.5 mln tn of wheat this year.",
        [("3.5 mln tn", 3.5e6, E, Q, "metric_ton")],
    ),
    (
        "invented/markets: $N tn stays trillions",
        "The bank's balance sheet shrank to $7.2 tn, while output reached 126 tn yuan.",
        [("$7.2 tn", 7.2e12, E, M, "USD"), ("126 tn yuan", 126e12, E, M, "CNY")],
    ),
    (
        "invented/agriculture: a backtick for the rupee sign",
        "Maize is selling at around `1,150 per quintal, below the MSP of `1,870.",
        [("around `1,150", 1150, A, M, "INR"), ("`1,870", 1870, E, M, "INR")],
    ),
    (
        "invented/agriculture: quintals",
        "He sold 250 quintals of maize at the mandi.",
        [("250 quintals", 250, E, Q, "quintal")],
    ),
    # Mexican and Canadian English copy doubles the sign after the code: "USD$ 306",
    # "CAD$ 1.2 billion" (the amount was a count).
    (
        "invented/remittances: USD$ N",
        "Remittances averaged USD$ 318 per transfer, a 3.2% increase.",
        [("USD$ 318", 318, E, M, "USD"), ("3.2%", 3.2, E, P, "%")],
    ),
    (
        "invented/trade: CAD$ N billion",
        "Exports of lumber reached CAD$ 1.4 billion in the quarter.",
        [("CAD$ 1.4 billion", 1.4e9, E, M, "CAD")],
    ),
    # A percentage after "by" that measures the verb's change ("raise the wage in all 34
    # provinces by 6.5 percent") is no share of the count in between.
    (
        "invented/labour: raise wages in N provinces by an average of P percent",
        "The government will raise the minimum wage in all 34 provinces by an average of "
        "6.5 percent.",
        [
            ("34", 34, E, C, None),
            ("6.5 percent", 6.5, E, P, "%", {"part_of": None}),
        ],
    ),
    (
        "invented/budget: cut spending at N ministries by P%",
        "The plan cuts spending at 12 ministries by 8%.",
        [("12", 12, E, C, None), ("8%", 8, E, P, "%", {"part_of": None})],
    ),
    # Port and commodity copy: "twenty-foot equivalent units" names the unit (no 20-foot
    # measure); tariff schedules write cents with the sign ("4.8¢/kg"); trade and farm
    # copy writes metric tonnes "MT", millions of them "MMT" and, in India, lakhs "LMT".
    (
        "invented/ports: twenty-foot equivalent units",
        "The port handled 31.2 million twenty-foot equivalent units (TEUs) last year, up 5.1 "
        "percent.",
        [("31.2 million", 31.2e6, E, C, None), ("5.1 percent", 5.1, E, P, "%")],
    ),
    (
        "invented/tariffs: N¢/kg",
        "Imports of groundnut oil pay 4.8¢/kg.",
        [("4.8¢", 0.048, E, M, "USD")],
    ),
    (
        "invented/commodities: N cents a pound stays",
        "Sugar futures rose 0.4 cents to 19.2 cents a pound.",
        [("0.4 cents", 0.004, E, M, "USD"), ("19.2 cents", 0.192, E, M, "USD")],
    ),
    (
        "invented/agriculture: N MT",
        "The country exported 12,500 MT of rice in May.",
        [("12,500 MT", 12500, E, Q, "metric_ton")],
    ),
    (
        "invented/agriculture: N MMT",
        "India's wheat output is forecast at 112 MMT.",
        [("112 MMT", 112e6, E, Q, "metric_ton")],
    ),
    (
        "invented/agriculture: N LMT",
        "The FCI has procured 262 LMT of wheat so far.",
        [("262 LMT", 262e5, E, Q, "metric_ton")],
    ),
    # Insurance and development-bank copy: the amount compared with takes the currency
    # even after a clause ("... said in a statement, compared with 5.2 billion"); "Rs 1,490
    # cr" is crores; a ratio after an amount of money is no share of it.
    (
        "invented/insurance: compared with N billion after a clause",
        "Major claims totalled 3.1 billion pounds as storms hit the Caribbean, the market "
        "said, compared with 5.2 billion a year earlier.",
        [
            ("3.1 billion pounds", 3.1e9, E, M, "GBP", {"source": "the market"}),
            ("5.2 billion", 5.2e9, E, M, "GBP"),
        ],
    ),
    (
        "invented/aid: Rs N cr in brackets",
        "The World Bank approved a $180 million (about Rs 1,490 cr) loan to Odisha.",
        [
            ("$180 million", 180e6, E, M, "USD"),
            ("about Rs 1,490 cr", 1490e7, A, M, "INR"),
        ],
    ),
    (
        "invented/insurance: a combined ratio after a profit",
        "Lloyd's made a profit of £1.2bn and a combined ratio of 97.3%.",
        [("£1.2bn", 1.2e9, E, M, "GBP"), ("97.3%", 97.3, E, P, "%", {"part_of": None})],
    ),
    # Central-bank copy names the currency once for the sentence: "In US dollar terms,
    # remittance inflow reached 2.14 billion" (the amounts were counts).
    (
        "invented/remittances: in US dollar terms",
        "In US dollar terms, remittance inflow reached 2.14 billion in the review period, up "
        "from 1.88 billion.",
        [("2.14 billion", 2.14e9, E, M, "USD"), ("1.88 billion", 1.88e9, E, M, "USD")],
    ),
    (
        "invented/remittances: in dollar terms after the local amount",
        "Inflows rose 12 per cent to NPR 301.5 billion; in dollar terms they reached 2.26 billion.",
        [
            ("12 per cent", 12, E, P, "%"),
            ("NPR 301.5 billion", 301.5e9, E, M, "NPR"),
            ("2.26 billion", 2.26e9, E, M, "USD"),
        ],
    ),
    # Labels that a number completes in economic copy: "Quarter 2", "Stage 6" (South
    # African power cuts), "Tier 1" (bank capital).
    (
        "invented/debt: Quarter N of the fiscal year",
        "In Quarter 2 of the fiscal year, Kenya's debt service payments stood at Sh151 billion.",
        [("Sh151 billion", 151e9, E, M, "KES")],
    ),
    (
        "invented/energy: Stage N load-shedding",
        "Eskom moved to Stage 6 load-shedding after losing 4,200 MW of capacity.",
        [("4,200 MW", 4200, E, Q, "megawatt")],
    ),
    (
        "invented/banking: Tier N capital",
        "The bank's Tier 1 capital ratio rose to 14.2%.",
        [("14.2%", 14.2, E, P, "%")],
    ),
    # "was up to £7.2 million, from £4.1 million" is a change to a new level (no bound);
    # "claims fell" is the noun, no reporting verb (it gave "Last week" as the source).
    (
        "invented/fintech: was up to N, from M",
        "Revenue was up to £7.2 million, from £4.1 million a year earlier.",
        [("£7.2 million", 7.2e6, E, M, "GBP"), ("£4.1 million", 4.1e6, E, M, "GBP")],
    ),
    (
        "invented/labour: claims fell, a noun",
        "Last week, claims fell to well below 900,000.",
        [("below 900,000", 900000, U, C, None, {"source": None})],
    ),
    (
        "invented/labour: jobless claims rose by N to M",
        "Initial jobless claims rose by 12,000 to 231,000, the Labor Department said.",
        [
            ("12,000", 12000, E, C, None, {"source": "Labor Department"}),
            ("231,000", 231000, E, C, None, {"source": "Labor Department"}),
        ],
    ),
    # "Thursday's data showed", "Last month's figures show": a day's or a month's data
    # names no body; the weekday was the source.
    (
        "invented/retail: a weekday's data showed",
        "Thursday's data showed that retail sales rose 3.4 percent.",
        [("3.4 percent", 3.4, E, P, "%", {"source": ("Thursday's data", "data", None)})],
    ),
    (
        "invented/trade: last month's figures show",
        "Last month's figures show exports fell 2.2%.",
        [("2.2%", 2.2, E, P, "%", {"source": ("Last month's figures", "figures", None)})],
    ),
    # Tariff copy: an executive order's number ("EO 14301") and a spaced "# 65012345" are
    # identifiers; "raises the tariff on imported Chinese goods from 34% to 84%" is a change,
    # though the object between the verb and "from" is long.
    (
        "invented/tariffs: EO N",
        "Under EO 14301, the levy rises to 25%.",
        [("25%", 25, E, P, "%")],
    ),
    (
        "invented/tariffs: a spaced # N",
        "See CSMS # 65012345 for the 10% rate.",
        [("10%", 10, E, P, "%")],
    ),
    (
        "invented/tariffs: raises the tariff on a long object from A% to B%",
        "The order raises the reciprocal tariff on imported Chinese goods from 34% to 84%.",
        [("34%", 34, E, P, "%"), ("84%", 84, E, P, "%")],
    ),
    # Release copy: a decimal in the change ("fell by 3.6 percent, from ... to ...") no
    # longer hides the verb from "from ... to"; "the first three quarters" is a period, as
    # "the first two months" is.
    (
        "invented/shipping: fell by N.N percent, from A to B",
        "Cargo rose by 2.4 percent, from 412.5 million tons to 422.4 million tons.",
        [
            ("2.4 percent", 2.4, E, P, "%"),
            ("412.5 million tons", 412.5e6, E, Q, "ton"),
            ("422.4 million tons", 422.4e6, E, Q, "ton"),
        ],
    ),
    (
        "invented/retail: the first three quarters",
        "Retail sales rose 3.3% in the first three quarters, the bureau said.",
        [("3.3%", 3.3, E, P, "%"), ("three quarters", 3, E, D, "quarter")],
    ),
    # Gulf agency copy writes the euro before a scaled amount: "over euro 2.3 billion"
    # (the amount was a count); "Euro 2024" stays a tournament.
    (
        "invented/aid: over euro N billion",
        "The Commission announced an initial pledge of over euro 1.9 billion for 2026.",
        [("over euro 1.9 billion", 1.9e9, L, M, "EUR")],
    ),
    (
        "invented/sport: Euro YEAR stays a name",
        "Spain won Euro 2024 in Berlin.",
        [],
    ),
    # A share of a whole named by an of-phrase with its amount ("82 percent of total export
    # earnings of $31 billion") is part of that amount, not of a count earlier in the
    # sentence ("more than 10 million citizens").
    (
        "invented/trade: a share of total export earnings of $N",
        "Remittances from more than 10 million workers abroad rival garment exports, which "
        "account for 83 percent of total export earnings of $42 billion a year.",
        [
            ("more than 10 million", 10e6, L, C, None),
            ("83 percent", 83, E, P, "%", {"part_of": 2}),
            ("$42 billion", 42e9, E, M, "USD"),
        ],
    ),
    # "the latest Central Bank data revealed": how fresh the data are is no part of the
    # name of who gives them, as after "according to".
    (
        "invented/remittances: the latest Central Bank data revealed",
        "Inflows rose 9.2% to $614 million, the latest Central Bank data revealed.",
        [
            ("9.2%", 9.2, E, P, "%", {"source": ("Central Bank", "Central Bank data")}),
            ("$614 million", 614e6, E, M, "USD", {"source": ("Central Bank", "Central Bank data")}),
        ],
    ),
    (
        "invented/remittances: The latest Central Bank data showed",
        "The latest Central Bank data showed inflows rose 9.2%.",
        [("9.2%", 9.2, E, P, "%", {"source": ("Central Bank", "Central Bank data")})],
    ),
    # East African crop copy counts bags of a stated weight: the head of "41 million 90-kg
    # bags" is the bags, past the bag's measure.
    (
        "invented/agriculture: N million 90-kg bags",
        "Output is forecast at 41 million 90-kg bags this season.",
        [
            ("41 million", 41e6, E, C, None, {"head": "bags"}),
            ("90-kg", 90, E, Q, "kilogram"),
        ],
    ),
    # Labour releases and budget copy that already read well: kept as guards.
    (
        "invented/labour: cents, percent and dollars",
        "Average hourly earnings rose 9 cents, or 0.3 percent, to $30.12.",
        [
            ("9 cents", 0.09, E, M, "USD"),
            ("0.3 percent", 0.3, E, P, "%"),
            ("$30.12", 30.12, E, M, "USD"),
        ],
    ),
    (
        "invented/labour: rate and payrolls",
        "The jobless rate edged up to 4.2% from 4.1% in June, while payrolls grew by 114,000.",
        [("4.2%", 4.2, E, P, "%"), ("4.1%", 4.1, E, P, "%"), ("114,000", 114000, E, C, None)],
    ),
    (
        "invented/budget: a deficit in per cent of GDP and lakh crore",
        "India's fiscal deficit is projected at 4.9 per cent of GDP, or Rs 16.13 lakh crore.",
        [("4.9 per cent", 4.9, E, P, "%"), ("Rs 16.13 lakh crore", 16.13e12, E, M, "INR")],
    ),
    (
        "invented/tariffs: to N% from M%",
        "The tariff on aluminium rises to 25% from 10% next month.",
        [("25%", 25, E, P, "%"), ("10%", 10, E, P, "%")],
    ),
    (
        "invented/crypto: a slide to a price",
        "Bitcoin slid 4.5% to $61,230, its lowest since May.",
        [("4.5%", 4.5, E, P, "%"), ("$61,230", 61230, E, M, "USD")],
    ),
    (
        "invented/crypto: won and dollars",
        "The exchange said 42 billion won ($31.2 million) in tokens were stolen.",
        [
            ("42 billion won", 42e9, E, M, "KRW", {"source": "The exchange"}),
            ("$31.2 million", 31.2e6, E, M, "USD", {"source": "The exchange"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_real_probe_economy_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected, abs_tol=1e-6)
