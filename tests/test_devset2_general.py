"""Second dev set, batch ``ds2-general``: reports 87-90 of ``tests/fixtures/devset2``,
general-news copy that touches migration and displacement but comes from desks other than
the migration beat, the kind a public news-quantity benchmark drawn from general news would
hold: public health (case counts, attack rates "per 100,000", vaccination coverage, "one
in five", "three times as likely", "about a third"), energy and commodities around a
displacement crisis (barrels a day and "bpd", megawatts, tonnes of cereals, litres per
person per day, prices a litre and a sack), the economy (basis points, inflation "in double
digits", an exchange rate in pounds to the dollar, remittances as a share of GDP, "fell by
two-thirds", a Reuters poll) and technology (app users, terabytes of biometric records,
SMS messages, gigabytes of data, "two in five" and "nine in ten" sessions, a version
number and a store rank that are no figures). Before writing them, real copy of these
kinds was read through the stored-pages search (none is kept here): cholera and measles
copy from refugee settings (PLOS and WASH-cluster summaries, UNICEF's and WHO's Cox's Bazar
measles and diphtheria releases and their wire write-ups), commodities copy on Sudan and
South Sudan's crude ("130,400 b/d ... up from 77,000 b/d", Kpler and S&P Global factboxes,
Radio Tamazuj, an AFP brief on fuel "20-fold" dearer), Egyptian central-bank copy (rate
moves of 100 and 200 basis points, urban inflation, the parallel-market pound, Xinhua and
MENA rewrites), and technology copy on refugee identity (UNHCR's biometric registration
pages, a Biometrics Institute profile, UNDP's piece on Ukraine's Diia app, an iris-scan
registration note from Angola). Every sentence, name and number is invented; places and
well-known organisations are real:

- 87-rohingya-measles-coverage.txt: a health-desk wire story, 2026-08-14, on measles in the
  Cox's Bazar camps: WHO's suspected cases and deaths, attack rates per 100,000 in the camps
  and the host communities, UNICEF's second-dose coverage, an IOM doctor's "one in five", an
  MSF survey's "three times as likely" and "about a third", the WASH sector's litres per
  person per day, a campaign's cost per child and Gavi's share of it.
- 88-south-sudan-crude-renk-fuel.txt: a commodities-desk story, 2026-05-19, on South
  Sudan's crude exports through Sudan (Kpler's barrels per day and "bpd", "less than half"),
  the IMF's revenue share, transit fees a barrel, Brent and Dar Blend, Rystad Energy's lost
  revenue, petrol and flour prices in Renk in South Sudanese pounds, a 4-megawatt plant,
  IOM's litres per person and WFP's tonnes, rations and months.
- 89-egypt-rates-remittances-refugees.txt: an economy-desk story, 2026-10-02: the central
  bank's hold after a 100-basis-point cut, urban inflation, a Reuters poll ("Eleven of 14
  economists"), the pound, remittances as a share of GDP, "more than three times" the Suez
  Canal's revenue that "has fallen by two-thirds", the government's and UNHCR's counts of
  refugees, the IMF's tranche and forecast and CAPMAS's "nearly one in three".
- 90-refugee-id-app-biometrics.txt: a technology-desk story, 2026-03-03, on a UNHCR
  self-service app: registered and monthly active users, biometric records and terabytes,
  "two in five" and "nine in ten" sessions, renewals "under 10 minutes", SMS messages and
  their cost, a Safaricom pilot's gigabytes and Kenyan shillings, Access Now's "a quarter of
  the 312 refugees" and a researcher's "2,000 kilometres"; "version 3.2", "41st" and "aged
  18" are no figures.

The brief asked for 350-600 words a report; the gold checker allows 150-450, so the
reports were written to 380-450. The reports and their gold were committed (72d32f3)
before the extractor was first run on them; in the same commit the gold checker's wrapper
learnt basis points and percentage points as percentages, a bare fraction ("about a
third", "more than half", "two-thirds") as a share in per cent, the measures of this copy
(barrels and "bpd", megawatts and "MW", megabytes, gigabytes and terabytes) and Kenyan
shillings named with their demonym. The BLIND score (``python -m analysis.evaluate
/tmp/general-blind --misses``, only this batch in the folder, at that commit)::

    report                                   gold  pred match      P      R     F1  date
    87-rohingya-measles-coverage.txt           26    26    26  1.000  1.000  1.000  ok
    88-south-sudan-crude-renk-fuel.txt         25    25    25  1.000  1.000  1.000  ok
    89-egypt-rates-remittances-refugees.txt    24    24    24  1.000  1.000  1.000  ok
    90-refugee-id-app-biometrics.txt           24    24    23  0.958  0.958  0.958  ok
    TOTAL                                      99    99    98  0.990  0.990  0.990  1.000

    field accuracy over 98 matched figures:
      bound                         0.990  (97/98)
      kind                          1.000  (98/98)
      head                          0.878  (86/98)
      low_high                      0.990  (97/98)
      part_of                       0.990  (97/98)
      source                        0.806  (79/98)
      source (lenient: surname ok)  0.806  (79/98)
      counted                       0.459  (45/98)
      date (per report)             1.000

    misses (gold not found): 1; extras (not in gold): 1
      90-refugee-id-app-biometrics.txt
        MISS  '2 million'  in: GENEVA, March 3 (Technology desk) - A self-service app that lets refugees renew documents and update their records from a phone has passed 2 million registered users, the UN refugee agency said on Tuesday, a year after it was launched in 14 countries.
        EXTRA '3.2' (3.2)  in: The app, now in version 3.2, ranks 41st among free social-services apps in Kenya's Google Play store.

    matched figures with a field wrong (gold -> predicted):
      87-rohingya-measles-coverage.txt 'Eleven': counted: 'children who died' -> 'children'
      87-rohingya-measles-coverage.txt 'nine': counted: 'children under the age of five who died' -> 'children'
      87-rohingya-measles-coverage.txt '212': head: 'cases' -> 'children'; counted: 'cases in the week to Aug 9' -> 'children'
      87-rohingya-measles-coverage.txt '287': counted: 'cases per 100,000 people in the camps' -> 'cases'
      87-rohingya-measles-coverage.txt '41': head: 'cases' -> 'camps'; counted: 'cases per 100,000 people in the host communities' -> 'camps'
      87-rohingya-measles-coverage.txt '71 per cent': head: 'children' -> nan; counted: 'children in the camps with the second dose' -> nan
      87-rohingya-measles-coverage.txt '88 per cent': head: 'children' -> nan; counted: 'children in the camps with the second dose' -> nan
      87-rohingya-measles-coverage.txt 'One in five': counted: 'children admitted with no vaccination card' -> 'children'
      87-rohingya-measles-coverage.txt 'About a third': counted: 'families who moved shelter since January' -> 'families'
      87-rohingya-measles-coverage.txt '11 litres': counted: 'water supply' -> nan
      87-rohingya-measles-coverage.txt 'some 410,000': counted: 'children to be vaccinated' -> 'children'
      87-rohingya-measles-coverage.txt '12-day': counted: 'campaign' -> 'campaign starting'
      87-rohingya-measles-coverage.txt '$1.5 million': part_of: 'about $2.3 million' -> nan; source: 'Gavi, the Vaccine Alliance' -> 'Of'
      87-rohingya-measles-coverage.txt 'nearly 1.1 million': counted: 'Rohingya in Bangladesh' -> 'Rohingya'
      87-rohingya-measles-coverage.txt 'more than half': counted: 'Rohingya who are children' -> 'Rohingya'
      88-south-sudan-crude-renk-fuel.txt 'about 62,000 barrels': head: 'barrels' -> 'barrels per day'; counted: 'crude exports in April' -> nan
      88-south-sudan-crude-renk-fuel.txt '148,000 bpd': counted: 'crude shipped in January' -> nan
      88-south-sudan-crude-renk-fuel.txt 'more than $400 million': source: 'Rystad Energy' -> 'Analysts at Rystad Energy'
      88-south-sudan-crude-renk-fuel.txt 'more than 800,000': counted: "people fleeing Sudan's war who passed through Renk" -> "people fleeing Sudan's war"
      88-south-sudan-crude-renk-fuel.txt '9,500 South Sudanese pounds': source: nan -> 'the UN refugee agency'
      88-south-sudan-crude-renk-fuel.txt '50-kilogram': counted: 'sack of wheat flour' -> 'sack'
      88-south-sudan-crude-renk-fuel.txt 'about six hours': counted: 'power station running' -> nan
      88-south-sudan-crude-renk-fuel.txt '18 hours': counted: 'power station running' -> nan
      88-south-sudan-crude-renk-fuel.txt 'at least 10 MW': counted: 'power the town needs' -> nan
      88-south-sudan-crude-renk-fuel.txt 'about 3,200': counted: 'returnees and refugees staying at the transit centre' -> 'returnees'
      88-south-sudan-crude-renk-fuel.txt '9 litres': counted: 'water supply' -> nan
      88-south-sudan-crude-renk-fuel.txt '15 litres': counted: 'minimum water supply in emergencies' -> nan
      88-south-sudan-crude-renk-fuel.txt '50 per cent': head: 'rations' -> nan; counted: 'full rations' -> nan
      88-south-sudan-crude-renk-fuel.txt 'six months': counted: 'full rations' -> nan
      89-egypt-rates-remittances-refugees.txt '13.6 per cent': head: nan -> 'cut'; counted: nan -> 'cut'
      89-egypt-rates-remittances-refugees.txt '12.9 per cent': head: nan -> 'cut'; counted: nan -> 'cut'
      89-egypt-rates-remittances-refugees.txt 'Eleven': source: 'Reuters' -> nan; counted: 'economists who expected no change' -> 'economists polled by Reuters'
      89-egypt-rates-remittances-refugees.txt '14': source: 'Reuters' -> nan; counted: 'economists polled' -> 'economists polled by Reuters'
      89-egypt-rates-remittances-refugees.txt 'Three': head: 'economists' -> 'forecast'; source: 'Reuters' -> nan; counted: 'economists who forecast a cut' -> 'forecast'
      89-egypt-rates-remittances-refugees.txt '100 basis points': source: 'Reuters' -> nan
      89-egypt-rates-remittances-refugees.txt 'more than half': head: 'value' -> nan; counted: "pound's value" -> nan
      89-egypt-rates-remittances-refugees.txt '18 per cent': source: "Egypt's central bank" -> 'the central bank'
      89-egypt-rates-remittances-refugees.txt '$36.5 billion': source: "Egypt's central bank" -> 'the central bank'
      89-egypt-rates-remittances-refugees.txt 'roughly 8 per cent': source: "Egypt's central bank" -> 'the central bank'
      89-egypt-rates-remittances-refugees.txt 'about 9 million': counted: 'migrants and refugees hosted' -> 'migrants'
      89-egypt-rates-remittances-refugees.txt '1.02 million': counted: 'refugees and asylum seekers registered' -> 'refugees'
      89-egypt-rates-remittances-refugees.txt 'about 72 per cent': counted: 'registered refugees and asylum seekers who were Sudanese' -> 'refugees'
      89-egypt-rates-remittances-refugees.txt '4.3 per cent': source: 'International Monetary Fund' -> nan
      89-egypt-rates-remittances-refugees.txt 'Nearly one in three': head: 'egyptians' -> 'lives'; source: 'CAPMAS' -> nan; counted: 'Egyptians below the national poverty line' -> 'Egyptians lives'
      90-refugee-id-app-biometrics.txt '2 million': counted: 'app users' -> 'users'
      90-refugee-id-app-biometrics.txt '14': source: 'UN refugee agency' -> 'UNHCR'
      90-refugee-id-app-biometrics.txt '13.4 million': counted: 'people with biometric records' -> 'people'
      90-refugee-id-app-biometrics.txt '11.8 million': counted: 'people with biometric records' -> 'people'
      90-refugee-id-app-biometrics.txt 'about 38 terabytes': counted: 'biometric records' -> nan
      90-refugee-id-app-biometrics.txt '18 months': counted: 'move to cloud servers' -> nan
      90-refugee-id-app-biometrics.txt 'about 140 per cent': source: 'UN refugee agency' -> 'UNHCR'
      90-refugee-id-app-biometrics.txt '860,000': source: 'UN refugee agency' -> 'UNHCR'; counted: 'monthly active users' -> 'users'
      90-refugee-id-app-biometrics.txt 'Roughly two in five': counted: 'sessions from Kenya and Uganda' -> 'sessions'
      90-refugee-id-app-biometrics.txt 'nine in ten': head: 'sessions' -> 'run'; counted: 'sessions on Android phones' -> 'run'
      90-refugee-id-app-biometrics.txt 'under 10 minutes': bound: 'upper' -> 'exact'; counted: 'renewals' -> nan; low/high: null/10 -> 10/10
      90-refugee-id-app-biometrics.txt '46 million': source: 'Lars Eriksen' -> 'UNHCR'; counted: 'SMS messages sent to refugees' -> 'SMS messages'
      90-refugee-id-app-biometrics.txt '6,000': counted: 'households in the pilot' -> 'households'
      90-refugee-id-app-biometrics.txt '5 gigabytes': counted: 'free data a month' -> 'free data'
      90-refugee-id-app-biometrics.txt '2.1 billion Kenyan shillings': source: 'Safaricom' -> 'the operator'
      90-refugee-id-app-biometrics.txt 'some 184,000': source: 'Safaricom' -> 'the operator'; counted: 'refugees reached through mobile wallets' -> 'refugees'
      90-refugee-id-app-biometrics.txt 'a quarter': counted: 'refugees interviewed who did not know their data could be shared' -> 'refugees'
      90-refugee-id-app-biometrics.txt '312': counted: 'refugees interviewed in Uganda' -> 'refugees'
      90-refugee-id-app-biometrics.txt '2,000 kilometres': counted: 'journey' -> nan
      90-refugee-id-app-biometrics.txt '2 million': source: 'UN refugee agency' -> 'UNHCR'
      90-refugee-id-app-biometrics.txt '11': counted: 'languages to be added' -> 'languages'

No gold was changed after the blind run. Answers the output still differs on, kept as
judged when the gold was written: "Analysts at Rystad Energy estimate" (gold: the firm;
the project's convention keeps "Officials at the Torkham facility" whole); "Gavi, the
Vaccine Alliance" (gold: the name with its apposition; output "Gavi"); "the UN refugee
agency said" in a report whose headline names UNHCR (gold: the description as written;
body_descriptions.csv gives the acronym the text names, by design); "Eleven of 14
economists polled by Reuters" (gold: Reuters; session 7's rule gives the polled experts,
not the pollster, and they name no one); "about 62,000 barrels per day" (gold head
"barrels", as "7 litres per person a day" is "litres"; the extractor's unit is the rate
"barrels per day").

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the four reports, rows as in ``tests/test_unseen_styles.py``
(``(text, value or (low, high), bound, kind, unit[, fields])``, ``part_of`` the index of the
whole among the expected rows). Each row was seen to fail on the code before its rule
(``analysis/`` of main at 501c83f copied aside and the table run against it) and to pass
after it.

The general rules of this round, one line each:

- "renewals take under 10 minutes", "the crossing took over six hours": after a verb of
  taking time, "under" and "over" before a duration are less and more than, not "during".
- "now in version 3.2": a lower-case "version" labels its number, as "Version" did.
- "from a phone has passed 2 million registered users": a number with a scale word is no
  phone number, whatever phone word stands before it.
- "one in three Egyptians lives": after a rate's plural noun, the -s word is the verb that
  agrees with "one"; "nine in ten run on Android phones": a rate's word that is no plural
  noun, a preposition or adverb after it, is its verb, and the rate takes up the noun of the
  rate or share just before it (rates written "five" to "nine" are bare rates too).
- "287 cases per 100,000 people, against 41 per 100,000 in the host communities": a count
  over a rate's base with its noun left out counts what the rate before it in the sentence
  counted.
- "after a 100-basis-point cut in August as inflation edged up to 13.6 per cent": a change
  in basis points passes its noun ("cut") to no share after it.
- "The campaign will cost about $2.3 million ... Of that, Gavi, the Vaccine Alliance, said
  it would provide $1.5 million": "Of that," opening a sentence makes the amount a part of
  the larger amount the sentence before gave, and is no speaker ("Of").
- "Egypt's central bank left its rate unchanged ... the central bank said": a body's
  description with none of its names in the text is the country's body as the text first
  called it.
- "The agency sent 46 million SMS messages ..., warning of appointment changes, ..., Eriksen
  said": a participle set off after the figure yields to the tag closing the sentence.
- "In Renk, the border town through which more than 800,000 people ... have passed since
  April 2023, according to the UN refugee agency, petrol sold for ...": an "according to"
  that closes a relative clause holding a figure reaches no figure in the main clause after
  it (unless what follows is the main clause's adjunct: ", with nearly 70% of them ...").
- "Coverage with the second dose ... among children in the camps fell to 71 per cent last
  year, from 88 per cent": a rate of a group (coverage, unemployment, enrolment,
  malnutrition ...) set at the share by its verb is a share of that group, and so is the
  level it changed from; also gave malnutrition "among children aged 6 to 59 months" its
  children in two long-form texts (no age band's "24-year-olds").
- "according to the statistics agency CAPMAS": "statistics" before a body's noun names the
  body, no data.

Seen and left alone: "The count in the week to Aug 9 was 212" (head: the children of the
sentence before, not the cases); "Three forecast a cut of 100 basis points" after "Eleven of
14 economists" (head "forecast", a verb read as the noun); "The fund projects growth of 4.3
per cent" (no reporting verb "projects", a plural noun as often); "the operator said" after
Safaricom, and "the company said" in general (a firm's name is no body the resolver keeps);
"lost more than half its value" (head: none, gold "value"); "cut rations to 50 per cent"
(head: none, gold "rations").

Final score of the four reports (after this round's rules; ``python -m analysis.evaluate
/tmp/general-blind``, the batch alone, unchanged gold): F1 1.000 (99/99, no miss, no
extra); bound, kind, low_high and part_of 1.000; head 0.949 (94/99); source 0.859 (85/99,
the kept answers above); counted 0.485 (not scored).
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, ME = "count", "percent", "money", "duration", "measure"
E_, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the four reports, each in other words (written by hand
# before the rules that pass them).
CASES = [
    (
        "invented/travel and technology copy: 'take under N minutes', 'took over N hours'",
        "Most visa renewals now take under 15 minutes online, though the longest took over "
        "two hours last spring.",
        [
            ("under 15 minutes", 15, UP, D, "minute", {"head": "minutes"}),
            ("over two hours", 2, LO, D, "hour", {"head": "hours"}),
        ],
    ),
    (
        "invented/technology copy: a lower-case 'version N' is a label",
        "The tracking app, now in version 5.1, has 300,000 users in Jordan.",
        [("300,000", 300000, E_, C, None, {"head": "users"})],
    ),
    (
        "invented/technology copy: a count with a scale word after 'phone' is no phone number",
        "A hotline that lets migrant workers report abuse from a mobile phone has passed 1.2 "
        "million active users since it opened.",
        [("1.2 million", 1.2e6, E_, C, None, {"head": "users"})],
    ),
    (
        "invented/survey copy: 'one in four Somalis lives abroad', the -s word its verb",
        "One in four Somalis lives abroad, the study found.",
        [("One in four", 25, E_, P, "%", {"head": "somalis"})],
    ),
    (
        "invented/helpline copy: a bare rate with its verb takes up the rate before",
        "Roughly three in five calls came from Libya, and seven in ten end in a referral.",
        [
            ("Roughly three in five", 60, AP, P, "%", {"head": "calls"}),
            ("seven in ten", 70, E_, P, "%", {"head": "calls"}),
        ],
    ),
    (
        "invented/health copy: 'N per 1,000' with its noun left out, after another count",
        "In the 12 districts surveyed the rate was 19 infections per 1,000 children, against 6 "
        "per 1,000 in the towns.",
        [
            ("12", 12, E_, C, None, {"head": "districts"}),
            ("19", 19, E_, C, None, {"head": "infections"}),
            ("6", 6, E_, C, None, {"head": "infections"}),
        ],
    ),
    (
        "invented/economy copy: a change in basis points passes no noun to the share after it",
        "The central bank held rates after a 50-basis-point hike in June, and inflation eased "
        "to 24.1 per cent in July.",
        [
            ("50-basis-point", 50, E_, P, "basis point", {"head": None}),
            ("24.1 per cent", 24.1, E_, P, "%", {"head": None}),
        ],
    ),
    (
        "invented/aid copy: 'Of that, <body>, <apposition>, said ... $N' is a part, the body's",
        "The appeal seeks $85 million. Of that, the World Bank, the largest donor, said it "
        "would give $20 million.",
        [
            ("$85 million", 85e6, E_, M, "USD", {"source": None}),
            ("$20 million", 20e6, E_, M, "USD", {"part_of": 0, "source": "World Bank"}),
        ],
    ),
    (
        "invented/economy copy: 'the central bank said' after '<Country>'s central bank'",
        "Tajikistan's central bank kept its key rate at 9 per cent. Remittances rose 12 per "
        "cent to $3.4 billion in the first half, the central bank said.",
        [
            ("9 per cent", 9, E_, P, "%", {"source": None}),
            ("12 per cent", 12, E_, P, "%", {"source": "Tajikistan's central bank"}),
            ("$3.4 billion", 3.4e9, E_, M, "USD", {"source": "Tajikistan's central bank"}),
        ],
    ),
    (
        "invented/technology copy: a participle set off after the figure yields to the tag",
        "The ministry sent 12,000 text messages to returnees in May, warning of new "
        "deadlines, Ahmad Karimi said.",
        [("12,000", 12000, E_, C, None, {"head": "messages", "source": "Ahmad Karimi"})],
    ),
    (
        "invented/commodities copy: 'according to' closing a relative clause stays in it",
        "At Adre, the crossing through which some 600,000 refugees have entered Chad, "
        "according to UNHCR, 14 clinics have closed.",
        [
            ("some 600,000", 600000, AP, C, None, {"head": "refugees", "source": "UNHCR"}),
            ("14", 14, E_, C, None, {"head": "clinics", "source": None}),
        ],
    ),
    (
        "invented/health copy: a rate among a group, set at the share, is of that group",
        "Enrolment among refugee girls in the district rose to 46 per cent this year, from 39 "
        "per cent in 2024.",
        [
            ("46 per cent", 46, E_, P, "%", {"head": "girls"}),
            ("39 per cent", 39, E_, P, "%", {"head": "girls"}),
        ],
    ),
    (
        "invented/economy copy: 'according to the statistics office <Name>' names the body",
        "About 18 per cent of Jordanians are out of work, according to the statistics office DoS.",
        [("About 18 per cent", 18, AP, P, "%", {"head": "jordanians", "source": "DoS"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_general_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "87-rohingya-measles-coverage.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.95,
    },
    "88-south-sudan-crude-renk-fuel.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.9,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.95,
    },
    "89-egypt-rates-remittances-refugees.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.9,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.75,
    },
    "90-refugee-id-app-biometrics.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.7,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_general_floors(name):
    assert_floors(name, FLOORS[name])
