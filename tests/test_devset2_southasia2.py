"""Second dev set, batch ``ds2-southasia2``: reports 99-102 of ``tests/fixtures/devset2``.

South Asian English dailies and agencies on the crackdown the package was built around
(the seed report on Pakistan's 2023 expulsions), in the voices earlier batches used least:
a Peshawar daily's apex-committee story, an Afghan agency's day of returns, a Bangladeshi
daily's Rohingya and border copy, and a PTI story on a parliamentary written reply. Their
forms: "Rs2.5 million", "Rs 50,000/-", "Tk 30 crore", "13.5 lakh", "58pc", "over 0.6m",
"No of deportees", "as many as", "to the tune of", "the said returnees", "here on Monday",
"the official, requesting anonymity", "sources said", "He said this while talking to
journalists", a minister's reply reported indirectly and lists run into prose. Before
writing them, real copy of these kinds was read through the stored-pages search (none is
kept here): The News and Dawn on the Peshawar holding point, Landi Kotal transit centre
and Torkham deportations, the Rawalpindi holding centre's closure and the Punjab arrests;
the Express Tribune on the Karachi holding camp and the Sindh IFRP meeting; The Nation,
Bol and Aaj on the apex committee and the caretaker interior minister's press
conferences; Ariana, Khaama (as syndicated by The Frontier Post), AVA and the Kandahar
directorate's returnee counts with their committees' distributions in afghanis; Prothom
Alo English on BSF-BGB flag meetings and handovers; bdnews24 on Bhasan Char relocation
batches; Assam and national Indian copy (PTI, IANS, The Indian Express) on the Matia
transit camp and deportations of declared foreigners. Every sentence, name and number is
invented; places and organisations are real:

- 99-kp-apex-por-repatriation.txt: a Peshawar daily (Dawn/The News-like), 2026-10-14: the
  home secretary briefs the provincial apex committee on PoR card holders' repatriation,
  the Commissionerate's "No of deportees" by district, holding-point grants in Rs, an MoI
  official requesting anonymity, "sources said", UNHCR and a chamber of commerce.
- 100-torkham-returnees-tents.txt: an Afghan agency (Pajhwok/TOLOnews-like), 2026-10-20:
  the refugees ministry's daily returns from Pakistan and Iran, a Mawlawi spokesman, the
  Nangarhar directorate's committees run into prose, a returnee's rupees, a deputy
  minister's speech reported indirectly and OCHA's appeal.
- 101-rohingya-new-arrivals-benapole.txt: a Bangladeshi daily (The Daily Star/bdnews24-
  like), 2026-11-09: new Rohingya arrivals in lakh, the RRRC "said this while talking to
  journalists", Tk crore and the JRP's funding, WFP's ration cut, a BSF handover at
  Benapole after a flag meeting, BGB data and a rights body's claim.
- 102-rajya-sabha-deportations-reply.txt: a PTI story, 2026-08-04: a minister of state's
  written reply to the Rajya Sabha on deportations and detention, the Matia transit camp's
  cost in Rs crore, the Delhi Police's drive, an anonymous officer, a TMC MP's allegation,
  "sources in the Border Security Force" and the MEA.

The reports and their gold were committed (1c454a5) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/southasia2-blind --misses``,
only this batch in the folder, at that commit)::

    report                                  gold  pred match      P      R     F1  date
    100-torkham-returnees-tents.txt           24    24    24  1.000  1.000  1.000  ok
    101-rohingya-new-arrivals-benapole.txt    21    21    21  1.000  1.000  1.000  ok
    102-rajya-sabha-deportations-reply.txt    25    25    25  1.000  1.000  1.000  ok
    99-kp-apex-por-repatriation.txt           23    23    23  1.000  1.000  1.000  ok
    TOTAL                                     93    93    93  1.000  1.000  1.000  1.000

    field accuracy over 93 matched figures:
      bound                         1.000  (93/93)
      kind                          1.000  (93/93)
      head                          0.957  (89/93)
      low_high                      1.000  (93/93)
      part_of                       0.989  (92/93)
      source                        0.753  (70/93)
      source (lenient: surname ok)  0.753  (70/93)
      counted                       0.882  (82/93)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      100-torkham-returnees-tents.txt '10,000 afghanis': source: 'Abdul Basir Zahid' -> 'Mawlawi Abdul Basir Zahid'
      100-torkham-returnees-tents.txt 'two days': source: 'Abdul Basir Zahid' -> 'Mawlawi Abdul Basir Zahid'
      100-torkham-returnees-tents.txt 'more than 1.9 million': source: 'Abdul Basir Zahid' -> 'Mawlawi Abdul Basir Zahid'
      100-torkham-returnees-tents.txt 'about 62 percent': source: 'Abdul Basir Zahid' -> 'Mawlawi Abdul Basir Zahid'
      100-torkham-returnees-tents.txt '28,000 litres': counted: 'drinking water' -> nan
      100-torkham-returnees-tents.txt 'more than 2,000': counted: 'families waiting for transport' -> 'families'
      100-torkham-returnees-tents.txt 'about $220 million': source: 'Sharafuddin Mudaqiq' -> 'Mawlawi Sharafuddin Mudaqiq'
      100-torkham-returnees-tents.txt '12': source: 'Sharafuddin Mudaqiq' -> 'Mawlawi Sharafuddin Mudaqiq'
      100-torkham-returnees-tents.txt '7,540': source: 'Sharafuddin Mudaqiq' -> 'Mawlawi Sharafuddin Mudaqiq'
      100-torkham-returnees-tents.txt '23 percent': counted: 'appeal for the returnee response' -> 'appeal'
      101-rohingya-new-arrivals-benapole.txt 'around 13.5 lakh': counted: 'Rohingyas sheltered in the country' -> 'Rohingyas'
      101-rohingya-new-arrivals-benapole.txt '54 percent': source: 'Mohammad Shahidul Alam' -> nan
      101-rohingya-new-arrivals-benapole.txt '4,000': source: 'Mohammad Shahidul Alam' -> 'Refugee Relief and Repatriation Commissioner'
      101-rohingya-new-arrivals-benapole.txt '60 acres': source: 'Mohammad Shahidul Alam' -> 'Refugee Relief and Repatriation Commissioner'; counted: 'land' -> 'land adjacent'
      101-rohingya-new-arrivals-benapole.txt 'Tk 30 crore': source: 'Mohammad Shahidul Alam' -> 'Refugee Relief and Repatriation Commissioner'
      101-rohingya-new-arrivals-benapole.txt '$934.5 million': source: 'Mohammad Shahidul Alam' -> 'Refugee Relief and Repatriation Commissioner'
      101-rohingya-new-arrivals-benapole.txt '38pc': head: 'plan' -> 'respons'; part_of: nan -> '$934.5 million'; source: 'Mohammad Shahidul Alam' -> 'Refugee Relief and Repatriation Commissioner'; counted: 'Joint Response Plan (JRP) for 2026' -> 'Joint Respons'
      101-rohingya-new-arrivals-benapole.txt 'some 1.8 lakh': source: 'Mohammad Shahidul Alam' -> 'Refugee Relief and Repatriation Commissioner'
      101-rohingya-new-arrivals-benapole.txt '8 lakh': source: 'Mohammad Shahidul Alam' -> 'Refugee Relief and Repatriation Commissioner'
      101-rohingya-new-arrivals-benapole.txt 'at least 28': head: 'people' -> 'citizens'; source: 'Ain o Salish Kendra' -> 'Rights body Ain o Salish Kendra'; counted: 'people' -> 'Indian citizens'
      102-rajya-sabha-deportations-reply.txt '1,862': counted: 'those deported in 2025' -> 'those deported in'
      102-rajya-sabha-deportations-reply.txt '947': head: 'people' -> 'nationals'; counted: 'those deported in 2025' -> 'Bangladeshi nationals'
      102-rajya-sabha-deportations-reply.txt '412': head: 'people' -> 'nationals'; counted: 'those deported in 2025' -> 'Bangladeshi nationals'
      102-rajya-sabha-deportations-reply.txt 'Rs 46.5 crore': source: 'Ramesh Chandra Baruah' -> 'the reply'
      102-rajya-sabha-deportations-reply.txt '297': source: 'Ramesh Chandra Baruah' -> 'the reply'
      102-rajya-sabha-deportations-reply.txt '3,000': source: 'Ramesh Chandra Baruah' -> 'the reply'
      102-rajya-sabha-deportations-reply.txt '58': counted: 'migrant workers from Bengal' -> 'migrant workers'
      102-rajya-sabha-deportations-reply.txt '2,463': source: 'Sources in the Border Security Force' -> 'Sources'
      102-rajya-sabha-deportations-reply.txt '12.5 per cent': source: 'Sources in the Border Security Force' -> 'Sources'
      99-kp-apex-por-repatriation.txt '41,730': source: 'Abid Majeed' -> 'The home secretary'
      99-kp-apex-por-repatriation.txt '9,412': source: 'Abid Majeed' -> 'The home secretary'

Gold corrected afterwards (slips against the set's conventions, not toward the output;
81fe6c0): in 100 the two speakers were written without their title "Mawlawi", which the
set keeps in a name (tests/test_devset2_afghan.py, batch 2; the dev set's "Mawlawi Abdul
Rahim Saqib"), so their seven figures now name "Mawlawi Abdul Basir Zahid" and "Mawlawi
Sharafuddin Mudaqiq"; in 101 "at least 28 of them were Indian citizens" had the head
"people", where the set's rule ("of whom 3,000 were children" gives "children") makes it
"citizens"; and "the Joint Response Plan ..., which seeks $934.5 million, is only 38pc
funded" had no part_of, where every such share in the set is part of the sum the appeal
seeks. No other gold was changed.

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the four reports, each written by hand before its first run
and checked to fail on the blind commit's package (``analysis/`` of c41fa95 copied aside
with this module, figure_checks.py and devset2_checks.py): 9 of the 11 rows of batch 1
failed there; the two rows on a rights body's name passed and stay as controls. Batches 2
and 3 probe the style beyond the reports (see their comments). Rows as in
``tests/test_unseen_styles.py`` (``(text, value or (low, high), bound, kind, unit[,
fields])``, ``part_of`` the index of the whole among the expected rows).

The general rules of this round, one line each:

- "Home Secretary Abid Majeed told ... The home secretary said": a second reference by a
  role keeps its modifiers ("home", "chief"), as "the adviser" and "the governor" did.
- "Refugee Relief and Repatriation Commissioner (RRRC) Mohammad Shahidul Alam ... the RRRC
  said": an office's acronym (its name holds a post's word) whose holder is named right
  after it stands for that person, not the office.
- "X told the Rajya Sabha in a written reply ... the reply said": the reply is X's, as a
  court filing is its filer's.
- "Sources in the Federal Investigation Agency said": a body's capitalised name after
  "in the" stays with the speakers, as "sources in the interior ministry" did.
- "Of them, 54 percent are children. He said this while talking to journalists": the
  sentence before, with no source of its own, was his (a pronoun's the latest source of
  the paragraph, a name's its own; with neither, "She" or "The minister" is the person of
  that role named last before the figures in their paragraph).
- "the Joint Response Plan (JRP) ... is 38pc funded": the plan's name ends at a word
  before its bracketed acronym (it had backed off to "Joint Respons").
- "1,862 of those deported were sent back from Assam, 947 from West Bengal and 412 from
  Delhi": the list items count the same people, under the same whole.

Two slips the full suite met on this batch's fixtures, fixed too: ``_clean_np``'s gate on
the "published" tail read the phrase's last two letters, which a trailing newline hides
(hypothesis drew "UNHCR published\\n"); and the reference copy of ``_token_is_label`` in
tests/test_figures.py lacked session 12's force-unit rule ("BGB's 49 Battalion").

Left as they are: "Rights body Ain o Salish Kendra (ASK) claimed" keeps "Rights body"
in the report (a name joined by a lower-case "o" is cut to "Salish Kendra" without its
acronym); ``counted`` (not scored) differs on ten figures ("drinking water" for a measure
of litres, "Joint Response Plan" without its "(JRP) for 2026", "those deported in" cut at
a year).

Final score of the four reports (``python -m analysis.evaluate /tmp/southasia2-blind``,
the batch alone, corrected gold): F1 1.000 (93/93, no miss, no extra); bound, kind, head,
low_high and part_of 1.000; source 0.989 (92/93); counted 0.892.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# Batch 1: the constructions that failed in the four reports, each in other words (written
# by hand before the extractor was run on them).
CASES = [
    (
        "invented/Quetta daily: a title with its acronym, then 'the CCAR said'",
        "Chief Commissioner for Afghan Refugees (CCAR) Saleem Khan Wazir said 12,400 families "
        "had been verified in Quetta. The CCAR said 3,150 of them held PoR cards.",
        [
            ("12,400", 12400, E, C, None, {"head": "families", "source": "Saleem Khan Wazir"}),
            ("3,150", 3150, E, C, None, {"part_of": 0, "source": "Saleem Khan Wazir"}),
        ],
    ),
    (
        "invented/Dhaka daily: the acronym of a title as the subject of 'told'",
        "Inspector General of Police (IGP) Rafiqul Hasan told The Daily Star that 86 brokers "
        "had been arrested. More than 400 victims had been rescued since March, the IGP told "
        "reporters.",
        [
            ("86", 86, E, C, None, {"head": "brokers", "source": "Rafiqul Hasan"}),
            ("More than 400", 400, LO, C, None, {"head": "victims", "source": "Rafiqul Hasan"}),
        ],
    ),
    (
        "invented/PTI: a written reply, then 'the reply said'",
        "Minister of State for External Affairs Kavita Sen told the Lok Sabha in a written "
        "reply on Thursday that 2,480 Indian nationals were in jails abroad. Of them, 860 were "
        "in Saudi Arabia, the reply said.",
        [
            ("2,480", 2480, E, C, None, {"head": "nationals", "source": "Kavita Sen"}),
            ("860", 860, E, C, None, {"part_of": 0, "source": "Kavita Sen"}),
        ],
    ),
    (
        "invented/Lahore daily: 'the home secretary said' after 'Home Secretary X'",
        "Home Secretary Naveed Akhtar told the meeting that 1,420 Afghans had been held in "
        "Rawalpindi. The home secretary said 380 of them had since been released.",
        [
            ("1,420", 1420, E, C, None, {"head": "afghans", "source": "Naveed Akhtar"}),
            ("380", 380, E, C, None, {"part_of": 0, "source": "Naveed Akhtar"}),
        ],
    ),
    (
        "invented/Karachi daily: 'the chief secretary' after 'Chief Secretary X'",
        "The meeting was chaired by Chief Secretary Asif Haider Shah.\n\nThe chief secretary "
        "said Rs400 million had been released for the holding centres.",
        [("Rs400 million", 4e8, E, M, "PKR", {"source": "Asif Haider Shah"})],
    ),
    (
        "invented/Express Tribune: sources in a named body",
        "Sources in the Federal Investigation Agency said 74 passengers had been offloaded at "
        "Lahore airport since Friday.",
        [
            (
                "74",
                74,
                E,
                C,
                None,
                {"head": "passengers", "source": "Sources in the Federal Investigation Agency"},
            )
        ],
    ),
    (
        "invented/PTI: a list after 'N of those <participle>' keeps the first item's noun",
        "Police detained 2,940 Afghans in June. Officials said 1,120 of those detained were "
        "sent to Landi Kotal, 640 to Chaman and 310 to Hazro.",
        [
            ("2,940", 2940, E, C, None, {"head": "afghans"}),
            ("1,120", 1120, E, C, None, {"head": "people"}),
            ("640", 640, E, C, None, {"head": "people"}),
            ("310", 310, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/bdnews24: a plan named with its acronym in brackets is funded N pc",
        "The 2027 Joint Response Plan (JRP), which seeks $852 million, is only 41pc funded.",
        [
            ("$852 million", 852e6, E, M, "USD"),
            ("41pc", 41, E, P, "%", {"head": "plan", "part_of": 0}),
        ],
    ),
    (
        "invented/APP: 'He said this while talking to reporters' closes the paragraph",
        "Relief Minister Iqbal Wazir said 4,100 families had been affected by the floods in "
        "Swat. Of them, 1,300 had lost their homes. He said this while talking to reporters in "
        "Peshawar on Tuesday.",
        [
            ("4,100", 4100, E, C, None, {"head": "families", "source": "Iqbal Wazir"}),
            ("1,300", 1300, E, C, None, {"part_of": 0, "source": "Iqbal Wazir"}),
        ],
    ),
    (
        "invented/Daily Star: 'Rights body X claimed' is X's claim",
        "Rights body Odhikar claimed 31 people had been pushed in through the Sylhet border "
        "in October.",
        [("31", 31, E, C, None, {"head": "people", "source": "Odhikar"})],
    ),
    (
        "invented/Dawn: 'Rights group X (ACR) said'",
        "Rights group Human Rights Commission of Pakistan (HRCP) said 96 Afghans had been "
        "detained in Islamabad.",
        [
            (
                "96",
                96,
                E,
                C,
                None,
                {"head": "afghans", "source": "Human Rights Commission of Pakistan"},
            )
        ],
    ),
]


# Batch 2: the style beyond the four reports, as Pakistani, Afghan, Bangladeshi and Indian
# copy writes its numbers (expected rows by hand before the first run; 10 of 13 passed: one
# failure was my annotation, a duration's unit written "years" where the tables write
# "year"; the other two, "She said this" after a paragraph whose figure had no source and
# "The minister said this", widened the rule of batch 1).
CASES += [
    (
        "invented/Peshawar daily: Rs N/- to each of N families",
        "The provincial government has released Rs 75,000/- to each of the 320 families, "
        "officials said.",
        [
            ("Rs 75,000", 75000, E, M, "PKR", {"source": "officials"}),
            ("320", 320, E, C, None, {"head": "families", "source": "officials"}),
        ],
    ),
    (
        "invented/Express Tribune: over 0.45m, of whom 62pc",
        "Over 0.45m Afghans have left since November, of whom 62pc were undocumented, the "
        "Ministry of Interior said.",
        [
            (
                "Over 0.45m",
                450000,
                LO,
                C,
                None,
                {"head": "afghans", "source": "Ministry of Interior"},
            ),
            (
                "62pc",
                62,
                E,
                P,
                "%",
                {"head": "afghans", "part_of": 0, "source": "Ministry of Interior"},
            ),
        ],
    ),
    (
        "invented/APP: the No of deportees, a list run into prose",
        "The No of deportees from Peshawar was 1,204, from Khyber 640 and from Nowshera 311.",
        [
            ("1,204", 1204, E, C, None, {"head": "deportees"}),
            ("640", 640, E, C, None, {"head": "deportees"}),
            ("311", 311, E, C, None, {"head": "deportees"}),
        ],
    ),
    (
        "invented/Karachi daily: as many as N shifted here on Tuesday",
        "As many as 1,400 Afghan nationals were shifted to the Haji Camp holding centre here "
        "on Tuesday.",
        [("As many as 1,400", 1400, UP, C, None, {"head": "nationals"})],
    ),
    (
        "invented/Business Recorder: to the tune of, an MoI official requesting anonymity",
        "The federal government has incurred expenditure to the tune of Rs4.3 billion on the "
        "repatriation, a senior official of the Ministry of Interior (MoI) said, requesting "
        "anonymity.",
        [
            (
                "Rs4.3 billion",
                4.3e9,
                E,
                M,
                "PKR",
                {
                    "source": (
                        "a senior official of the Ministry of Interior",
                        "a senior official of the Ministry of Interior (MoI)",
                    )
                },
            )
        ],
    ),
    (
        "invented/The News: the said returnees, numbering N",
        "The said returnees, numbering 2,310, were handed over to the Afghan authorities at "
        "Torkham.",
        [("2,310", 2310, E, C, None, {"head": "returnees"})],
    ),
    (
        "invented/bdnews24: an additional commissioner's acronym, Tk crore and lakh",
        "Additional Refugee Relief and Repatriation Commissioner (ARRRC) Shamsuddin Douza said "
        "on Monday that Tk 12 crore had been allocated for the 1.2 lakh new arrivals.",
        [
            ("Tk 12 crore", 1.2e8, E, M, "BDT", {"source": "Shamsuddin Douza"}),
            ("1.2 lakh", 120000, E, C, None, {"head": "arrivals", "source": "Shamsuddin Douza"}),
        ],
    ),
    (
        "invented/APP: 'She said this' after a paragraph with no figure of hers",
        "Rights activist Farzana Bari spoke about the deportations. Nearly 40pc of the "
        "deportees were children. She said this while addressing a seminar in Islamabad.",
        [("Nearly 40pc", 40, UP, P, "%", {"head": "deportees", "source": "Farzana Bari"})],
    ),
    (
        "invented/Quetta daily: 'The minister said this while talking to journalists'",
        "Provincial Home Minister Saleem Kakar visited the Chaman border on Friday. Around "
        "3,500 people were crossing daily, and 1,100 of them were being deported. The minister "
        "said this while talking to journalists.",
        [
            ("Around 3,500", 3500, AP, C, None, {"head": "people", "source": "Saleem Kakar"}),
            ("1,100", 1100, E, C, None, {"part_of": 0, "source": "Saleem Kakar"}),
        ],
    ),
    (
        "invented/Daily Star: around N lakh in N camps",
        "Around 13.5 lakh Rohingyas live in 33 camps in Ukhiya and Teknaf.",
        [
            ("Around 13.5 lakh", 1.35e6, AP, C, None, {"head": "rohingyas"}),
            ("33", 33, E, C, None, {"head": "camps"}),
        ],
    ),
    (
        "invented/IANS: as many as N, including N women, police said",
        "As many as 27 Bangladeshi nationals, including nine women, were arrested in "
        "Tripura's Agartala on Sunday, police said.",
        [
            ("As many as 27", 27, UP, C, None, {"head": "nationals", "source": "police"}),
            ("nine", 9, E, C, None, {"head": "women", "part_of": 0, "source": "police"}),
        ],
    ),
    (
        "invented/PTI: Rs crore over N years, a minister told the Lok Sabha",
        "The Centre has spent Rs 1,200 crore on fencing along the Indo-Bangladesh border over "
        "the past five years, Minister of State for Home Affairs Ajay Tiwari told the Lok Sabha.",
        [
            ("Rs 1,200 crore", 1.2e10, E, M, "INR", {"source": "Ajay Tiwari"}),
            ("five years", 5, E, D, "year", {"source": "Ajay Tiwari"}),
        ],
    ),
    (
        "invented/Dawn: of the N arrested, N were deported, said a DIG",
        "Of the 9,000 Afghans arrested in Karachi, 6,200 were deported and the rest released, "
        "said DIG (Operations) Asad Raza.",
        [
            ("9,000", 9000, E, C, None, {"head": "afghans", "source": "Asad Raza"}),
            ("6,200", 6200, E, C, None, {"head": "afghans", "part_of": 0, "source": "Asad Raza"}),
        ],
    ),
]


# Batch 3: more of the style (expected rows by hand before the run; 5 of 6 passed, and the
# sixth was my row: "The State government announced ... Rs 2.5 lakh" names no place, and Rs
# with no country is Pakistan's rupee by the set's default, so the row names Kerala now).
CASES += [
    (
        "invented/The Hindu: Rs N lakh each to the families",
        "The Kerala government announced an ex gratia of Rs 2.5 lakh each to the families of "
        "the 14 workers who died.",
        [
            ("Rs 2.5 lakh", 250000, E, M, "INR"),
            ("14", 14, E, C, None, {"head": "workers"}),
        ],
    ),
    (
        "invented/APP: crossings by point, a colon list run into prose",
        "The crossings on Monday were Torkham 1,240, Chaman 860 and Angoor Adda 112, "
        "officials said.",
        [
            ("1,240", 1240, E, C, None, {"source": "officials"}),
            ("860", 860, E, C, None, {"source": "officials"}),
            ("112", 112, E, C, None, {"source": "officials"}),
        ],
    ),
    (
        "invented/Pajhwok: families comprising N members",
        "As many as 312 families comprising 1,870 members returned via Spin Boldak, the "
        "Kandahar refugees department said.",
        [
            ("As many as 312", 312, UP, C, None, {"head": "families"}),
            ("1,870", 1870, E, C, None, {"head": "members"}),
        ],
    ),
    (
        "invented/Daily Star: over N lakh, Tk N crore a month",
        "Feeding the over 10 lakh refugees costs Tk 240 crore a month, the ministry said.",
        [
            ("over 10 lakh", 1e6, LO, C, None, {"head": "refugees"}),
            ("Tk 240 crore", 2.4e9, E, M, "BDT"),
        ],
    ),
    (
        "invented/Dawn: 'said this while presiding over a meeting'",
        "Some 2,100 illegal foreigners were still at large in the district, of whom 430 had "
        "been traced. Deputy Commissioner Irfan Nawaz Memon said this while presiding over a "
        "meeting here on Wednesday.",
        [
            (
                "Some 2,100",
                2100,
                AP,
                C,
                None,
                {"head": "foreigners", "source": "Irfan Nawaz Memon"},
            ),
            ("430", 430, E, C, None, {"part_of": 0, "source": "Irfan Nawaz Memon"}),
        ],
    ),
    (
        "invented/The News: the official, requesting anonymity",
        "Nearly 5,000 PoR card holders were arrested in Islamabad last month, an official of "
        "the capital police said, requesting anonymity.",
        [
            (
                "Nearly 5,000",
                5000,
                UP,
                C,
                None,
                {"head": "holders", "source": "an official of the capital police"},
            )
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_southasia2_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "99-kp-apex-por-repatriation.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "100-torkham-returnees-tents.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "101-rohingya-new-arrivals-benapole.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.95,
    },
    "102-rajya-sabha-deportations-reply.txt": {
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
def test_devset2_southasia2_floors(name):
    assert_floors(name, FLOORS[name])
