"""Second dev set, batch ``ds2-mideast``: reports 106-108 of ``tests/fixtures/devset2``,
displacement and refugee copy from English-language Middle Eastern outlets and wires.
Before writing them, real copy of these kinds was read through the stored-pages search
(none is kept here): ReliefWeb's Lebanon returns update and Daily Star, Reuters and
InfoMigrants stories on General Security's return convoys and UNHCR's registration count;
Kurdistan 24, PUKmedia, BasNews, Shafaq News and NRT stories on the Iraqi migration
ministry's camp closures, the KRG's Joint Crisis Coordination Centre counts and the return
grant in dinars; and wire and agency copy (in English, Arabic and Italian) on the Turkish
interior minister's voluntary-return totals "since 2017" and the Hatay gates. The style:
titles before names ("Minister of Migration and Displacement Evan Faeq Jabro", "Director of
the ... branch X"), a body's own count against another's, cumulative totals with daily
numbers by gate, money in dinars, Lebanese pounds, lira, dollars and euros, and denials
("denied claims by X that N"). Every sentence, name and number is invented; places and
organisations are real. Three reports (the brief asked for three this round):

- 106-lebanon-returns-registration.txt: a Lebanese daily (Daily Star/L'Orient Today-like),
  2026-11-24, on General Security's weekend returns and year total, a minister's "around
  1.5 million Syrians, of whom 775,000 are registered", UNHCR's registration count and a
  spokesperson's denial, the General Security chief, Bekaa settlements and Arsal, WFP cuts
  and a draft law's fine in LBP.
- 107-duhok-camps-returns.txt: a Kurdish outlet (Rudaw/Kurdistan 24-like), 2026-11-18, on
  Iraq's migration ministry's Duhok camp departures, the minister's grant in dinars and her
  denial of a 48-hour deadline, the JCC's lower count, a returnee's quote, the monthly
  allowance, IOM's national figure and WFP's ration in dinars.
- 108-turkiye-voluntary-returns-gates.txt: a Turkish outlet (Daily Sabah/Hurriyet Daily
  News-like), 2026-11-20, on the interior minister's cumulative voluntary returns "since
  2016", daily numbers by gate, GİB's temporary-protection count, spending in dollars and
  lira, the Hatay governor on the gate's capacity, the ministry's denial of an opposition
  deputy's deportation claim, and the EU's funding.

The reports and their gold were committed (2c013b1) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/mideast-blind --misses``, only
this batch in the folder, at that commit)::

    report                                   gold  pred match      P      R     F1  date
    106-lebanon-returns-registration.txt       21    21    21  1.000  1.000  1.000  ok
    107-duhok-camps-returns.txt                25    25    25  1.000  1.000  1.000  ok
    108-turkiye-voluntary-returns-gates.txt    24    24    24  1.000  1.000  1.000  ok
    TOTAL                                      70    70    70  1.000  1.000  1.000  1.000

    field accuracy over 70 matched figures:
      bound                         1.000  (70/70)
      kind                          1.000  (70/70)
      head                          0.971  (68/70)
      low_high                      1.000  (70/70)
      part_of                       0.986  (69/70)
      source                        0.671  (47/70)
      source (lenient: surname ok)  0.700  (49/70)
      counted                       0.257  (18/70)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      106-lebanon-returns-registration.txt '4,215': counted: 'Syrians who crossed back into Syria over the weekend' -> 'Syrians'
      106-lebanon-returns-registration.txt 'some 212,000': source: 'General Security' -> 'UNHCR'; counted: 'Syrians who left Lebanon since the start of the year' -> 'Syrians'
      106-lebanon-returns-registration.txt '38,600': source: 'General Security' -> 'UNHCR'; counted: 'Syrians who travelled on the organised convoys' -> 'Syrians'
      106-lebanon-returns-registration.txt 'around 1.5 million': counted: 'Syrians in Lebanon' -> 'Syrians'
      106-lebanon-returns-registration.txt '775,000': counted: 'Syrians registered with UNHCR' -> 'Syrians'
      106-lebanon-returns-registration.txt '582,400': counted: 'registered refugees at the end of October' -> 'registered refugees'
      106-lebanon-returns-registration.txt '19 percent': counted: 'drop in registered refugees from January' -> nan
      106-lebanon-returns-registration.txt '$100': source: 'Dalia Nasr' -> 'Rania Khoury'
      106-lebanon-returns-registration.txt '$400': source: 'Dalia Nasr' -> 'Rania Khoury'
      106-lebanon-returns-registration.txt 'at least 310,000': counted: 'Syrians who entered Lebanon after the fall of the Assad government' -> 'Syrians'
      106-lebanon-returns-registration.txt 'Around 120,000': counted: 'Syrians who entered after the fall of Assad and have gone back' -> 'Syrians'
      106-lebanon-returns-registration.txt '1,100': counted: 'informal tented settlements emptied or dismantled' -> 'informal tented settlements'
      106-lebanon-returns-registration.txt '2,700': counted: 'informal tented settlements in the Bekaa' -> 'informal tented settlements'
      106-lebanon-returns-registration.txt '61,000': counted: 'Syrian residents of Arsal' -> 'Syrian residents'
      106-lebanon-returns-registration.txt 'about 34,000': counted: 'Syrian residents of Arsal' -> 'Syrian residents'
      106-lebanon-returns-registration.txt '91,000': counted: 'refugee families whose cash assistance was cut' -> 'refugee families'
      106-lebanon-returns-registration.txt '32 percent': head: nan -> 'families'; part_of: nan -> '91,000'; counted: "share of WFP's 2026 needs received" -> 'refugee families'
      106-lebanon-returns-registration.txt 'LBP 90 million': source: nan -> 'Georges Azar'
      107-duhok-camps-returns.txt 'Nearly 4,000': counted: 'families leaving Duhok camps' -> 'families'
      107-duhok-camps-returns.txt '3,870': source: 'Ministry of Migration and Displacement' -> "Iraq's Ministry of Migration and Displacement"; counted: 'displaced families who left camps in Duhok province since September' -> 'displaced families'
      107-duhok-camps-returns.txt '16,245': source: 'Ministry of Migration and Displacement' -> "Iraq's Ministry of Migration and Displacement"
      107-duhok-camps-returns.txt '21': source: 'Warda Kasim Toma' -> 'Minister of Migration and Displacement Warda Kasim Toma'; counted: 'camps still sheltering families' -> 'camps'
      107-duhok-camps-returns.txt '24,300': source: 'Warda Kasim Toma' -> 'Minister of Migration and Displacement Warda Kasim Toma'; counted: 'families still in the camps' -> 'families'
      107-duhok-camps-returns.txt 'roughly 108,000': source: 'Warda Kasim Toma' -> 'Minister of Migration and Displacement Warda Kasim Toma'; counted: 'people still in the camps' -> 'people'
      107-duhok-camps-returns.txt 'four million dinars': source: 'Warda Kasim Toma' -> 'Minister of Migration and Displacement Warda Kasim Toma'
      107-duhok-camps-returns.txt '48 hours': source: 'Warda Kasim Toma' -> 'Minister of Migration and Displacement Warda Kasim Toma'; counted: 'deadline to leave Sharya camp' -> nan
      107-duhok-camps-returns.txt '250 billion dinars': source: 'Ministry of Migration and Displacement' -> "Iraq's Ministry of Migration and Displacement"
      107-duhok-camps-returns.txt '$190 million': source: 'Ministry of Migration and Displacement' -> "Iraq's Ministry of Migration and Displacement"
      107-duhok-camps-returns.txt '96,512': source: 'Joint Crisis Coordination Centre' -> nan; counted: "displaced Iraqis in the region's camps" -> 'displaced Iraqis'
      107-duhok-camps-returns.txt '263,000': source: 'Joint Crisis Coordination Centre' -> nan; counted: 'Syrian refugees in the Kurdistan Region' -> 'Syrian refugees'
      107-duhok-camps-returns.txt '87 percent': source: 'Joint Crisis Coordination Centre' -> nan; counted: 'Syrian refugees who are Kurds' -> 'Syrian refugees'
      107-duhok-camps-returns.txt 'about 1,200': head: 'families' -> 'people'; counted: 'families who went back to Sinjar and came back to the camps' -> 'people'
      107-duhok-camps-returns.txt '150,000 dinars': source: 'Khalid Ahmed Saleh' -> "Director of the Labour and Social Affairs Ministry's Nineveh branch Khalid Ahmed Saleh"
      107-duhok-camps-returns.txt 'six months': source: 'Khalid Ahmed Saleh' -> "Director of the Labour and Social Affairs Ministry's Nineveh branch Khalid Ahmed Saleh"; counted: 'monthly allowance' -> nan
      107-duhok-camps-returns.txt 'more than 1.1 million': counted: 'Iraqis internally displaced nationwide' -> 'Iraqis'
      107-duhok-camps-returns.txt '41 percent': counted: 'displaced Iraqis in the Kurdistan Region' -> 'Iraqis'
      107-duhok-camps-returns.txt 'some 6 million': counted: 'Iraqis displaced at the height of the war against the Islamic State group' -> 'Iraqis'
      107-duhok-camps-returns.txt 'about 2,800': source: nan -> 'Khudeda Ali'; counted: 'households in Khanke camp' -> 'households'
      107-duhok-camps-returns.txt '11 years': counted: 'living in the same tent' -> nan
      107-duhok-camps-returns.txt '9,400': counted: 'camp residents who renewed their residency cards in October' -> 'camp residents'
      108-turkiye-voluntary-returns-gates.txt 'Over 1.1 million': counted: 'Syrians who voluntarily returned since 2016' -> 'Syrians'
      108-turkiye-voluntary-returns-gates.txt '1.1 million': counted: 'Syrians who voluntarily returned from Türkiye since 2016' -> 'Syrians'
      108-turkiye-voluntary-returns-gates.txt '1,104,380': counted: 'Syrians who went back since 2016' -> 'Syrians'
      108-turkiye-voluntary-returns-gates.txt '548,900': counted: 'Syrians who went back after the fall of the Assad regime' -> 'Syrians'
      108-turkiye-voluntary-returns-gates.txt '2,400': counted: 'daily crossings in October' -> 'crossings'
      108-turkiye-voluntary-returns-gates.txt 'about 1,150': counted: 'daily crossings at Cilvegözü' -> 'crossings'
      108-turkiye-voluntary-returns-gates.txt 'some 700': counted: 'daily crossings at Öncüpınar' -> 'crossings'
      108-turkiye-voluntary-returns-gates.txt 'Nearly 38 percent': counted: "this year's returnees who went to Aleppo province" -> 'returnees'
      108-turkiye-voluntary-returns-gates.txt '22 percent': counted: "this year's returnees who went to Idlib" -> 'returnees'
      108-turkiye-voluntary-returns-gates.txt '2,386,512': counted: 'Syrians under temporary protection in Türkiye' -> 'Syrians'
      108-turkiye-voluntary-returns-gates.txt '3.7 million': counted: 'Syrians under temporary protection at the 2021 peak' -> 'Syrians'
      108-turkiye-voluntary-returns-gates.txt '14 years': counted: 'hosting Syrians' -> nan
      108-turkiye-voluntary-returns-gates.txt '3,000': counted: 'daily capacity of Cilvegözü' -> 'people'
      108-turkiye-voluntary-returns-gates.txt '120': counted: 'staff at the passport counters' -> 'staff'
      108-turkiye-voluntary-returns-gates.txt '41,700': counted: 'exit procedures processed at the gate since January' -> 'exit procedures'
      108-turkiye-voluntary-returns-gates.txt '15,000': source: 'Ayşe Demirtaş' -> 'Interior Ministry'; counted: 'Syrians deported from Istanbul in October' -> 'Syrians'
      108-turkiye-voluntary-returns-gates.txt '3,912': counted: 'Syrians removed in the first 10 months of the year' -> 'Syrians'
      108-turkiye-voluntary-returns-gates.txt '10 months': counted: 'period of the removals' -> nan
      108-turkiye-voluntary-returns-gates.txt 'more than €10 billion': source: 'EU Delegation to Türkiye' -> 'Türkiye'
      108-turkiye-voluntary-returns-gates.txt '€1.2 billion': source: 'EU Delegation to Türkiye' -> 'Türkiye'
      108-turkiye-voluntary-returns-gates.txt 'some 380,000': counted: 'Syrians in Gaziantep' -> 'Syrians'
      108-turkiye-voluntary-returns-gates.txt 'about 6,500': counted: 'school-age children withdrawn from Turkish schools since September' -> 'school-age children'

Gold corrected afterwards (a slip against the project's conventions, not toward the output):
in 107 the gold had cut the country's possessive off "Iraq's Ministry of Migration and
Displacement" (four figures) and off "The Kurdistan Regional Government's Joint Crisis
Coordination Centre" (three figures), where the set keeps it as the fullest name the text
gives ("Greece's Ministry of Maritime Affairs" in 42, "IOM's Displacement Tracking Matrix"
in 06, "Mozambique's National Institute ..." in 75). No other gold was changed.

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the three reports, written by hand; each row failed on the
blind commit's code (``analysis/`` of 2c013b1 copied aside with this module,
figure_checks.py and devset2_checks.py: 10 of 10 rows of batch 1 failed) and passes after
this round's rules. The general rules of this round, one line each:

- "Displacement", "Displaced", "Emigrants", "Expatriates", "Endowments", "Municipalities",
  "Municipal", "Electricity", "Peshmerga": portfolio words of Middle Eastern cabinets, so
  "Minister of Migration and Displacement X" gives X (entity_titles.txt).
- "said Director of the Labour Ministry's Nineveh branch Khalid Ahmed Saleh": a name after
  an office that ends in a body's lower-case unit (branch, office, directorate, bureau,
  department), with the office's capitalised head word before it, is a person.
- "said the agency's spokesperson in Beirut, Dalia Nasr": a lower-case role, where its
  holder serves, then the name after a comma, is a person (so a later "She" is her).
- "The ministry denied claims by CHP deputy X that 15,000 Syrians had been deported": the
  figure is the claimant's (hedged), not the denier's.
- "The Kurdistan Regional Government's Joint Crisis Coordination Centre (JCC) gave a lower
  count, saying": a bracketed acronym is no word of a subject's length limit.
- '"Of the families who went back ..., about 1,200 have come back," she said': a quote mark
  opening the sentence is no word of it, so the "Of the ..." opener gives the head.
- "the EU Delegation to Türkiye said": a delegation or mission posted to a country speaks,
  not the country (as "the Kenyan ambassador to France").
- "after receiving only 32 percent of what it needs": a share "of what" a clause names has
  no whole among the figures (it had been made part of the count before it); the same rule
  unlinks "a tenth of what the UN estimates is required" from the "$28.6 billion" it
  restates in the longform climate explainer (the regression diff's one change).
- "General Security said ... according to the agency's figures": "the agency" is the body
  that spoke last, a capitalised name with no other body's word, before an older UN agency
  the story named earlier.

Two more rules, in a second commit (rows in batch 2, which failed on the blind code):

- "..., a measure MP Georges Azar said would 'finally give teeth' ...": an apposition's noun
  of a decision (measure, move, step, plan, bill, law, ruling ...) with a contact clause, no
  "that", speaks for that clause only, not for the fine before it (as "a decision that
  advocates said could ...").
- "In Khanke camp, home to about 2,800 households, Khudeda Ali, 47, said": the opening
  place's apposition may follow a lower-case unit after the name (camp, province,
  governorate, district, city ...); its figure is the reporter's background.

And one met while writing rows, in a third commit (batch 3): Jordanian and Gulf dailies'
short currency forms before the amount, "JD50" (JOD), "KD 30" (KWD), "QR200" (QAR), "BD50"
(BHD), "Dh500"/"Dhs1,200" (AED), were not read as money (currencies.csv).

Seen and left alone: "counted" is not scored and differs on most
figures (the gold's counted phrases are long).

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/mideast-blind``, the batch alone, corrected gold): F1 1.000 (70/70, no miss, no extra);
bound, kind, head, low_high, part_of and source 1.000; counted 0.257. The two
development sets: devset 1.000 on F1 and every scored field; devset2 F1 1.000, no field
lower than before the round.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# Batch 1: the constructions that failed in the three reports, each in other words (written
# by hand before the extractor was run on them; each failed on the blind commit's code).
CASES = [
    (
        "invented/Iraqi copy: a portfolio's last word before the minister's name",
        "Minister of Migration and Displacement Nadia Rashid Jameel said 5,200 families had "
        "received the grant.",
        [("5,200", 5200, E, C, None, {"head": "families", "source": "Nadia Rashid Jameel"})],
    ),
    (
        "invented/Kurdish copy: an office ending in a branch, then the name, after a speaker",
        "Karim Yousef said there is no water.\n\nCamp managers receive a monthly bonus of "
        "200,000 dinars, said Director of the Health Ministry's Anbar branch Omar Sabah Khalil.",
        [("200,000 dinars", 200000, E, M, "IQD", {"source": "Omar Sabah Khalil"})],
    ),
    (
        "invented/Lebanese daily: a role in a city, the name after a comma, then 'She'",
        'Health Minister Mona Saleh said 900 clinics were open. "Most of them want to go '
        "home,\" said the agency's representative in Amman, Layla Haddad. She added that "
        "3,400 refugees had asked for help with the trip.",
        [
            ("900", 900, E, C, None, {"head": "clinics", "source": "Mona Saleh"}),
            ("3,400", 3400, E, C, None, {"head": "refugees", "source": "Layla Haddad"}),
        ],
    ),
    (
        "invented/Turkish outlet: a ministry rejected claims by a deputy that N",
        "The Interior Ministry rejected claims by opposition deputy Murat Kaya that 20,000 "
        "Afghans had been deported in September.",
        [("20,000", 20000, E, C, None, {"head": "afghans", "source": "Murat Kaya"})],
    ),
    (
        "invented/Turkish outlet: the ministry denied claims by a lawmaker that N",
        "The ministry denied claims by opposition lawmaker Murat Kaya that 20,000 Afghans had "
        "been deported in September.",
        [("20,000", 20000, E, C, None, {"head": "afghans", "source": "Murat Kaya"})],
    ),
    (
        "invented/Jordanian copy: a long possessive body with its acronym, then ', saying'",
        "The Jordan Hashemite Charity Organization's Mafraq Field Office (JHCO) gave a higher "
        "estimate, saying in a weekly report that 41,000 people had left the camps.",
        [
            (
                "41,000",
                41000,
                E,
                C,
                None,
                {
                    "head": "people",
                    "source": "Jordan Hashemite Charity Organization's Mafraq Field Office",
                },
            )
        ],
    ),
    (
        "invented/Jordan Times: a quote opening with 'Of the households ...,'",
        '"Of the households that left Zaatari in May, about 300 have since come back," the '
        "camp manager said.",
        [("about 300", 300, AP, C, None, {"head": "households"})],
    ),
    (
        "invented/wire: a delegation to a country speaks, not the country",
        "The EU Delegation to Jordan said it would provide €45 million for refugees in the "
        "kingdom.",
        [("€45 million", 45e6, E, M, "EUR", {"source": "EU Delegation to Jordan"})],
    ),
    (
        "invented/aid copy: N percent of what it needs is no share of a count before",
        "The World Food Programme said it had cut food vouchers for 64,000 families in Jordan, "
        "after receiving only 41 percent of what it needs for the year.",
        [
            ("64,000", 64000, E, C, None, {"head": "families"}),
            ("41 percent", 41, E, P, "%", {"head": None, "part_of": None}),
        ],
    ),
    (
        "invented/Lebanese daily: 'the agency's records' after a body that just spoke",
        "UNHCR opened a new centre in Tyre.\n\nState Security said on Friday that 1,900 "
        "Syrians were stopped at the border. Since January, some 14,000 have been turned back, "
        "according to the agency's records.",
        [
            ("1,900", 1900, E, C, None, {"source": "State Security"}),
            ("some 14,000", 14000, AP, C, None, {"source": "State Security"}),
        ],
    ),
]

# Batch 2: the two constructions first left alone, fixed in a second commit (both rows
# failed on the blind commit's code).
CASES += [
    (
        "invented/Jordan Times: 'In X camp, home to N ...,' before a resident and her age",
        "In Zaatari camp, home to some 78,000 Syrians, Fatima Saleh, 39, said she had waited "
        "300 days for a work permit.",
        [
            ("some 78,000", 78000, AP, C, None, {"head": "syrians", "source": None}),
            ("300 days", 300, E, D, "day", {"source": "Fatima Saleh"}),
        ],
    ),
]
CASES += [
    (
        "invented/Jordanian copy: ', a measure MP X said would ...' judges the bill",
        "Parliament will discuss a bill that would fine landlords 5,000 dinars for each "
        "unregistered tenant, a measure MP Salwa Hadi said would 'end the chaos' in Amman.",
        [("5,000 dinars", 5000, E, M, "JOD", {"source": None})],
    ),
]

# Batch 3: Jordanian and Gulf dailies' short currency forms, met while writing batch 1's rows
# (not in the reports; the row failed on the blind commit's code: no figure was read).
CASES += [
    (
        "invented/Jordan Times and Gulf dailies: JD50, KD 30, QR200, Dhs1,200",
        "Each refugee family receives JD50 a month in Mafraq, while Kuwait pays KD 30, Qatar "
        "QR200 and the UAE Dhs1,200 to the families it supports.",
        [
            ("JD50", 50, E, M, "JOD"),
            ("KD 30", 30, E, M, "KWD"),
            ("QR200", 200, E, M, "QAR"),
            ("Dhs1,200", 1200, E, M, "AED"),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_mideast_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "106-lebanon-returns-registration.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "107-duhok-camps-returns.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "108-turkiye-voluntary-returns-gates.txt": {
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
def test_devset2_mideast_floors(name):
    assert_floors(name, FLOORS[name])
