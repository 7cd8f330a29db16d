"""Second dev set, batch ``ds2-markets``: reports 127-129 of ``tests/fixtures/devset2``,
business, markets and economy desks' copy that touches migration, in the manner of the
Reuters and Bloomberg business briefs and a British financial daily: a remittance company's
quarterly results (revenue and net income in "$1.01bn" and "$118.6 million", earnings per
share "$0.35", a share price, "140bps", "year on year" and "quarter on quarter", a guidance
range "$1.65 to $1.72", corridor volumes to Mexico and Central America, fees as a share of
the amount sent, tickers "(WU.N)", "Q3 2025", "page 12", "5.8 times", "S&P 500"); an economy
desk's labour-shortage and visa story (vacancies "fell by just 4,000 to 781,000", pay growth
"5.2pc y/y", Bank Rate "3.75 per cent", a Reuters poll, a visa quota, net migration revised,
a think tank's "£8.5bn" of GDP, "one in seven", "FY2026-27"); and a shipping and insurance
story tied to migrant rescues and seafarers' pay (war-risk premiums "0.7% of hull value",
"$3,840 per FEU", "1.9 million TEU", "10 to 14 days" added to a voyage, "$1,050" a month, a
"$46m" contract, a ticker "(9101.T)", "H1", "1400 GMT"). Before writing them, real copy of
these kinds was read through the stored-pages search (none is kept here): Western Union's
quarterly results releases (Business Wire) and a dpa-AFX results brief with its "at a
glance" guidance lines; an RBA bulletin, MacroBusiness and BBC pieces on skills shortages,
wages and migration curbs, and a DW brief on labour migration to OECD countries; and wire
and trade-press stories on Red Sea war-risk premiums (brokers' "0.7% to 1% of a ship's
value", Drewry's index, days added around the Cape, crew pay in the warlike area). Every
sentence, name and number is invented; places and well-known organisations are real:

- 127-western-union-q3-corridors.txt: a Reuters-style results story, 2026-10-29, on Western
  Union's third quarter: revenue, net income and EPS against a year earlier, consumer
  transfers year on year and quarter on quarter, the CFO on the Mexico and Central America
  corridors and a remittance excise tax, digital's share of South Asia principal, the
  average fee as a share of the amount sent, a margin in bps, full-year guidance ranges, a
  filing's page, an analyst's multiple, and the shares against the S&P 500.
- 128-uk-vacancies-visa-cap-pay.txt: a financial daily's economy-desk story, 2026-11-19, on
  the ONS's vacancies and pay figures, a Reuters poll, the Bank of England's vote, Home
  Office visa grants under a quota, sponsor licence waits, the ONS's revised net migration,
  NIESR's GDP estimate, Care England's survey, a chief executive and the Treasury.
- 129-red-sea-war-risk-migrant-rescues.txt: a shipping-desk story, 2026-06-11, on war-risk
  premiums as a share of hull value (Marsh's worked example), Maersk's diversions, Drewry's
  spot rates per FEU, Linerlytica's TEU, IOM's count of Horn of Africa migrants crossing
  to Yemen, UKMTO's distress calls, an underwriter's quote, seafarers' doubled pay, the ITF,
  a Tokyo ticker, Hapag-Lloyd's H1 costs and a Djibouti port contract.

The reports and their gold were committed (ba68489, "gold first") before the extractor was
first run on them; in the same commit the gold checker's wrapper learnt "bps" (and "bp")
glued to the digits as a percentage suffix, the value as written, as "basis points" is. The
BLIND score (``python -m analysis.evaluate /tmp/markets-blind --misses``, only this batch in
the folder, at that commit)::

    report                                    gold  pred match      P      R     F1  date
    127-western-union-q3-corridors.txt          25    26    25  0.962  1.000  0.980  ok
    128-uk-vacancies-visa-cap-pay.txt           25    24    23  0.958  0.920  0.939  ok
    129-red-sea-war-risk-migrant-rescues.txt    22    23    22  0.957  1.000  0.978  ok
    TOTAL                                       72    73    70  0.959  0.972  0.966  1.000

    field accuracy over 70 matched figures:
      bound                         1.000  (70/70)
      kind                          1.000  (70/70)
      head                          0.857  (60/70)
      low_high                      1.000  (70/70)
      part_of                       1.000  (70/70)
      source                        0.814  (57/70)
      source (lenient: surname ok)  0.829  (58/70)
      counted                       0.643  (45/70)
      date (per report)             1.000

    misses (gold not found): 2; extras (not in gold): 3
      127-western-union-q3-corridors.txt
        EXTRA '12' (12)  in: In its quarterly filing, the company said on page 12 that it had closed about 2,300 agent locations in Mexico since the start of the year.
      128-uk-vacancies-visa-cap-pay.txt
        MISS  '4,000'  in: Job vacancies fell by just 4,000 to 781,000 in the three months to October, the Office for National Statistics said in figures published at 7am, the smallest drop since Q2 2022.
        MISS  '781,000'  in: Job vacancies fell by just 4,000 to 781,000 in the three months to October, the Office for National Statistics said in figures published at 7am, the smallest drop since Q2 2022.
        EXTRA '4,000 to 781,000' (392500)  in: Job vacancies fell by just 4,000 to 781,000 in the three months to October, the Office for National Statistics said in figures published at 7am, the smallest drop since Q2 2022.
      129-red-sea-war-risk-migrant-rescues.txt
        EXTRA '9101' (9101)  in: Nippon Yusen (9101.T) shares fell 2.1pc in Tokyo.

    matched figures with a field wrong (gold -> predicted):
      127-western-union-q3-corridors.txt '6%': source: 'Western Union Co' -> 'Western Union Co (WU.N)'
      127-western-union-q3-corridors.txt '7.4%': source: nan -> 'Western Union Co (WU.N)'
      127-western-union-q3-corridors.txt '$8.62': source: nan -> 'Western Union Co (WU.N)'
      127-western-union-q3-corridors.txt '3.2%': head: nan -> 'quarter'; counted: nan -> 'quarter'
      127-western-union-q3-corridors.txt '31%': counted: 'principal the company moves to the region' -> 'principal'
      127-western-union-q3-corridors.txt '4.6%': counted: 'amount sent' -> 'amount'
      127-western-union-q3-corridors.txt '5.1%': counted: 'amount sent' -> 'amount'
      127-western-union-q3-corridors.txt '$1.65 to $1.72': source: 'Western Union Co' -> 'the company'
      127-western-union-q3-corridors.txt 'between $4.10bn and $4.15bn': source: 'Western Union Co' -> 'the company'
      127-western-union-q3-corridors.txt 'about 2,300': source: 'Western Union Co' -> 'the company'; counted: 'agent locations in Mexico closed' -> 'agent locations'
      128-uk-vacancies-visa-cap-pay.txt '4.8pc': source: 'Reuters' -> nan
      128-uk-vacancies-visa-cap-pay.txt 'four': counted: 'members of the Monetary Policy Committee voting for a cut' -> 'members of its Monetary Policy Committee voting'
      128-uk-vacancies-visa-cap-pay.txt 'nine': counted: 'members of the Monetary Policy Committee' -> 'members of its Monetary Policy Committee voting'
      128-uk-vacancies-visa-cap-pay.txt '3,950': head: 'visas' -> 'applicants'; counted: 'health and care visas issued to main applicants' -> 'applicants'
      128-uk-vacancies-visa-cap-pay.txt '5,000': source: nan -> 'Home Office'; counted: 'places in the annual quota' -> 'places'
      128-uk-vacancies-visa-cap-pay.txt '11 weeks': counted: 'sponsor licence applications' -> nan
      128-uk-vacancies-visa-cap-pay.txt 'four weeks': counted: 'sponsor licence applications' -> nan
      128-uk-vacancies-visa-cap-pay.txt '185,000': source: 'Office for National Statistics' -> nan; counted: 'net migration' -> 'people'
      128-uk-vacancies-visa-cap-pay.txt '204,000': source: 'Office for National Statistics' -> nan; counted: 'net migration' -> 'people'
      128-uk-vacancies-visa-cap-pay.txt '112,000': counted: 'net migration' -> 'people'
      128-uk-vacancies-visa-cap-pay.txt '100,000': counted: 'net migration below the assumption' -> 'people'
      128-uk-vacancies-visa-cap-pay.txt '41 per cent': counted: 'members of Care England' -> 'members'
      128-uk-vacancies-visa-cap-pay.txt 'one in seven': counted: 'care posts vacant' -> 'care posts'
      129-red-sea-war-risk-migrant-rescues.txt '$80m': head: 'USD' -> 'SGD'
      129-red-sea-war-risk-migrant-rescues.txt 'about $560,000': head: 'USD' -> 'SGD'
      129-red-sea-war-risk-migrant-rescues.txt '$270,000': head: 'USD' -> 'SGD'
      129-red-sea-war-risk-migrant-rescues.txt '10 to 14 days': source: 'Maersk' -> 'Maersk (MAERSKb.CO)'; counted: 'voyage' -> nan
      129-red-sea-war-risk-migrant-rescues.txt '$3,840': head: 'USD' -> 'SGD'
      129-red-sea-war-risk-migrant-rescues.txt '$4,210': head: 'USD' -> 'SGD'
      129-red-sea-war-risk-migrant-rescues.txt 'about 1.9 million': source: 'Linerlytica' -> 'Analysts at Linerlytica'; counted: 'TEU of capacity sailing around Africa' -> 'TEU'
      129-red-sea-war-risk-migrant-rescues.txt '4,870': counted: 'migrants who crossed the Gulf of Aden to Yemen' -> 'migrants'
      129-red-sea-war-risk-migrant-rescues.txt 'more than 150': counted: 'people on a boat' -> 'people'
      129-red-sea-war-risk-migrant-rescues.txt 'at least 12': counted: 'distress calls answered' -> 'distress calls'
      129-red-sea-war-risk-migrant-rescues.txt '18 hours': source: 'UK Maritime Trade Operations' -> 'each rescue'; counted: 'rescue' -> nan
      129-red-sea-war-risk-migrant-rescues.txt 'about $2,100': head: 'USD' -> 'SGD'
      129-red-sea-war-risk-migrant-rescues.txt '$1,050': head: 'USD' -> 'SGD'
      129-red-sea-war-risk-migrant-rescues.txt '41': counted: 'seafarers who refused to sail' -> 'seafarers'
      129-red-sea-war-risk-migrant-rescues.txt '$46m': head: 'USD' -> 'SGD'
      129-red-sea-war-risk-migrant-rescues.txt '14 months': counted: 'work' -> nan

No gold was changed after the blind run. The table below holds invented sentences (other
names, places and numbers) with the constructions that failed in the three reports; rows as
in ``tests/test_unseen_styles.py`` (``(text, value or (low, high), bound, kind, unit[,
fields])``). Each row was checked to fail on the code before its rule: the whole table (19
rows) run against the blind commit's package (``analysis/`` of ba68489, identical to
main's 168f8f2; a script importing this module's CASES and running ``check_figures`` on
each under ``PYTHONPATH=<that package>``): 0 of 19 pass; after this round's rules, all 19
do.

The general rules of this round, one line each:

- "fell by just 4,000 to 781,000", "by only 850 to 96,400", "by a mere 300 to 12,100": a
  change played down, then the new level, is no range (as "by nearly N to M" was not).
- "said on page 12 of its quarterly filing": a page is a label, as a section is.
- "Nippon Yusen (9101.T)", "(1919.HK)": a numeric ticker with its exchange suffix in
  brackets is no count.
- "a Singapore-based broker", "a Hong Kong-based underwriter": where a speaker is based does
  not make a report's "$" that city-state's dollar.
- "Western Union Co (WU.N) reported", "Maersk (MAERSKb.CO) said": an exchange ticker in
  brackets after a company's name is no part of the speaker.
- "The company now expects ...", "the firm said": the business named before, by the fullest
  name the text gives it with its legal suffix ("Western Union Co", "Euronet Worldwide Inc").
- "according to UKMTO, each rescue adding an average of 18 hours": "adding an average of N"
  is an amount added, no speaker.
- "The ONS also revised net migration ... down to 185,000, from 204,000": a body revising a
  statistic it measures (net migration, population, GDP, growth, vacancies), named without
  "its", gives both numbers, as "revised its figure" did.
- "above the 4.8pc forecast by economists polled by Reuters", "the 3.9% expected by the
  Reserve Bank of Australia": a figure forecast by a named body in the passive is that
  body's; the pollster stands for the experts it polled, as in report 89's "Eleven of 14
  economists polled by Reuters".
- "reported a 6% fall ..., sending its shares down 7.4% to $8.62": the shares' move in a
  closing participle is the reporter's, not the company's.
- "Health and care visas issued to main applicants fell 84pc to 3,950": the level counts
  the subject before its participle phrase ("issued/granted/paid to ..."), not that
  phrase's object.
- "declined 9% year on year and 3.2% quarter on quarter": an unhyphenated base between one
  verb's two changes, as "year-on-year" was; the second change counts no "quarter".

The regression diff over the project's texts (``regress.py`` against base15) changed two
texts, both as meant: longform 17's "sending its shares up 7.3%" lost the company as its
source, and longform 19's "The company, which makes processors ..., raised its ... forecast
to about 30%" is now TSMC's (it was "The company").

Seen and left alone: in 128, "after ministers capped the route with an annual quota of
5,000 places" comes out as the Home Office's, from "Home Office data show" before the
"after" clause (gold: no source; a clause with its own subject after the speaker's verb,
left for want of a rule that would not also cut "..., the ministry said, after 5,000
arrived"); in 129, "Analysts at Linerlytica estimate" keeps the people at the body, the
project's convention ("Researchers at Oxford University", tests/test_devset2_science.py),
against the gold's "Linerlytica", kept as judged when written, as ds2-general kept
"Analysts at Rystad Energy". "counted" is not scored and differs on 26 figures (the
gold's reconstructed phrases such as "amount sent" against "amount").

Final score of the three reports (``python -m analysis.evaluate /tmp/markets-blind``, the
batch alone, after the rules): F1 1.000 (72/72, no miss, no extra); bound, kind, head,
low_high and part_of 1.000; source 0.972 (70/72); counted 0.639. The whole second set
(2449 gold figures) keeps F1 1.000 and rises on head (0.989 -> 0.990) and source (0.979 ->
0.984); the first dev set stays at 1.000 on every scored field.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

CASES = [
    # --- a change "by just N to M" is the change and the new level, no range ---------------
    (
        "invented/economy desk: a change by just N, then the new level",
        "Seasonal worker visas rose by just 1,200 to 36,500 in the year to June, the Home "
        "Office said.",
        [
            ("1,200", 1200, E, C, None, {"source": "Home Office"}),
            ("36,500", 36500, E, C, None, {"source": "Home Office"}),
        ],
    ),
    (
        "invented/financial daily: a change by only N, then the new level",
        "Sponsor licences fell by only 850 to 96,400 last year.",
        [("850", 850, E, C, None), ("96,400", 96400, E, C, None)],
    ),
    # --- identifiers: a page reference and an exchange ticker --------------------------------
    (
        "invented/wire results story: a page of a filing is no count",
        "The company said on page 37 of its annual report that it had shut 410 agent "
        "locations in Guatemala.",
        [("410", 410, E, C, None, {"source": "company"})],
    ),
    (
        "invented/markets brief: a Tokyo or Hong Kong ticker is no count",
        "Kawasaki Kisen Kaisha (9107.T) rose 3.4% and COSCO Shipping Holdings (1919.HK) fell 1.2%.",
        [("3.4%", 3.4, E, P, "%"), ("1.2%", 1.2, E, P, "%")],
    ),
    # --- currency: a "Singapore-based" analyst does not make the dollars Singapore's --------
    (
        "invented/shipping desk: a Singapore-based broker's dollars are US dollars",
        "Rates to Rotterdam climbed to $3,150 per FEU, said Tan Wei Ming, a Singapore-based "
        "freight broker.",
        [("$3,150", 3150, E, M, "USD", {"source": "Tan Wei Ming"})],
    ),
    (
        "invented/insurance desk: a Hong Kong-based underwriter's premium in US dollars",
        "The premium on a $60m hull came to $390,000, according to a Hong Kong-based underwriter.",
        [("$60m", 6e7, E, M, "USD"), ("$390,000", 390000, E, M, "USD")],
    ),
    # --- sources: a company's ticker and its second reference ------------------------------
    (
        "invented/Reuters results brief: a ticker in brackets is no part of the speaker",
        "Remitly Global Inc (RELY.O) said revenue rose 24% to $390 million in the quarter.",
        [
            ("24%", 24, E, P, "%", {"source": "Remitly Global Inc"}),
            ("$390 million", 3.9e8, E, M, "USD", {"source": "Remitly Global Inc"}),
        ],
    ),
    (
        "invented/shipping wire: a ticker with a lower-case share class",
        "A.P. Moller-Maersk (MAERSKb.CO) said the diversions would add 12 days to each voyage.",
        [("12 days", 12, E, D, "day", {"source": "A.P. Moller-Maersk"})],
    ),
    (
        "invented/results story: the company's guidance after its name",
        "Wise said customers sent 38 billion pounds in the half. The company expects "
        "underlying income of 1.4 billion pounds to 1.5 billion pounds for the year.",
        [
            ("38 billion pounds", 3.8e10, E, M, "GBP", {"source": "Wise"}),
            (
                "1.4 billion pounds to 1.5 billion pounds",
                (1.4e9, 1.5e9),
                R,
                M,
                "GBP",
                {"source": "Wise"},
            ),
        ],
    ),
    (
        "invented/markets brief: the firm said, after the carrier's name",
        "Hapag-Lloyd said volumes fell 4% in the quarter. The firm said rerouting had cost it "
        "$120m.",
        [
            ("4%", 4, E, P, "%", {"source": "Hapag-Lloyd"}),
            ("$120m", 1.2e8, E, M, "USD", {"source": "Hapag-Lloyd"}),
        ],
    ),
    (
        "invented/results story: the company by the name with its legal suffix",
        "Euronet Worldwide Inc (EEFT.O) reported a 9% rise in revenue. Euronet's Ria unit "
        "grew faster. The company expects earnings of $9.40 to $9.60 a share this year.",
        [
            ("9%", 9, E, P, "%", {"source": "Euronet Worldwide Inc"}),
            ("$9.40 to $9.60", (9.4, 9.6), R, M, "USD", {"source": "Euronet Worldwide Inc"}),
        ],
    ),
    # --- attribution: "adding an average of N" is an amount, no speaker ---------------------
    (
        "invented/shipping desk: each diversion adding an average of N is no speaker",
        "Carriers rerouted 41 ships last week, according to Sea-Intelligence, each diversion "
        "adding an average of nine days to the voyage.",
        [
            ("41", 41, E, C, None, {"source": "Sea-Intelligence"}),
            ("nine days", 9, E, D, "day", {"source": "Sea-Intelligence"}),
        ],
    ),
    # --- heads: "quarter on quarter" is a change's base, no noun ----------------------------
    (
        "invented/financial daily: two changes of one verb, the second quarter on quarter",
        "Money transfers to Nepal rose 11% year on year and 2.4% quarter on quarter.",
        [("11%", 11, E, P, "%", {"head": None}), ("2.4%", 2.4, E, P, "%", {"head": None})],
    ),
    # --- sources: a statistic revised, a passive forecast, the market's reaction ------------
    (
        "invented/economy desk: a statistics body revising a statistic gives both numbers",
        "Statistics Norway revised net migration for 2025 down to 31,400, from 33,900.",
        [
            ("31,400", 31400, E, C, None, {"source": "Statistics Norway"}),
            ("33,900", 33900, E, C, None, {"source": "Statistics Norway"}),
        ],
    ),
    (
        "invented/financial daily: a figure forecast by economists a wire polled",
        "Unemployment rose to 4.9pc, above the 4.7pc forecast by analysts polled by Bloomberg.",
        [
            ("4.9pc", 4.9, E, P, "%", {"source": None}),
            ("4.7pc", 4.7, E, P, "%", {"source": "Bloomberg"}),
        ],
    ),
    (
        "invented/economy desk: a figure expected by a central bank, in the passive",
        "Wage growth slowed to 3.6%, against the 3.9% expected by the Reserve Bank of "
        "Australia in August.",
        [
            ("3.6%", 3.6, E, P, "%", {"source": None}),
            ("3.9%", 3.9, E, P, "%", {"source": "Reserve Bank of Australia"}),
        ],
    ),
    (
        "invented/Reuters results brief: the shares' move is the reporter's",
        "Intermex said quarterly revenue fell 8%, pushing its shares down 12% to $13.05 in "
        "after-hours trading.",
        [
            ("8%", 8, E, P, "%", {"source": "Intermex"}),
            ("12%", 12, E, P, "%", {"source": None}),
            ("$13.05", 13.05, E, M, "USD", {"source": None}),
        ],
    ),
    # --- heads: the subject of a level, before its participle phrase -----------------------
    (
        "invented/economy desk: permits issued to nationals, the permits counted",
        "Study permits issued to Indian nationals dropped 31% to 62,800 last year, the "
        "immigration department said.",
        [
            ("31%", 31, E, P, "%", {"head": None}),
            ("62,800", 62800, E, C, None, {"head": "permits"}),
        ],
    ),
    (
        "invented/financial daily: visas granted to workers, the visas counted",
        "Seasonal visas granted to fruit pickers rose 9pc to 45,500 in 2025.",
        [("9pc", 9, E, P, "%"), ("45,500", 45500, E, C, None, {"head": "visas"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_markets_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "127-western-union-q3-corridors.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "128-uk-vacancies-visa-cap-pay.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.96,
    },
    "129-red-sea-war-risk-migrant-rescues.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.954,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_markets_floors(name):
    assert_floors(name, FLOORS[name])
