"""Second dev set, batch ``ds2-asiapac``: reports 115-117 of ``tests/fixtures/devset2``,
migration and displacement copy from the Asia-Pacific English-language press.
Before writing them, real copy of these kinds was read through the stored-pages search
(none is kept here): The Star's and Malay Mail's immigration-raid stories (a state
director's "screened ... detained", nationalities counted as "Myanmar (108), Filipinos
(two)", "RM688,000 in cash", "the department said"), Bernama and Malaysiakini round-ups;
AP, AFP (in The Hindu) and Antara stories on Rohingya boats landing in Aceh ("Of the 256
aboard ..., 110 were women"), a Kompas English story and a UNHCR release; the Bangkok
Post's and The Nation's Mae Sot stories on Myanmar refugees in Tak; Sydney Morning Herald,
Guardian Australia and Senate-estimates transcripts on the cost of offshore processing on
Nauru; TODAY's and MOM's pages on work-permit kickbacks and errant employers; and Filipino
Times and SunStar stories on the Department of Migrant Workers' assistance to OFWs in
pesos. The style: a state or ministry director with a Malay honorific, totals broken down
by nationality with the count in brackets after the people, ringgit written "RM38.5mil"
(The Star), Singapore dollars written "$" (the Straits Times), rupiah written "Rp 4.2
billion (US$262,000)", "the department said" closing a long sentence "in a statement on
Wednesday", "Of the 289, 121 are children", an opening "In Pidie, where ..." before the
official who speaks. Every sentence, name and number is invented; places and well-known
organisations are real. Three reports (the brief asked for three this round):

- 115-mom-employers-kickbacks.txt: a Straits Times-like story, 2026-11-25, on the Ministry
  of Manpower's enforcement figures (employers acted against, "Of these, 316 ..."),
  kickbacks in Singapore dollars written "$", a court case, salary claims, work permit
  holders "according to MOM figures", a migrant-worker group and its caseworker, and a
  Senior Minister of State for Manpower on dormitories.
- 116-sabah-deportations-zamboanga.txt: a The Star-like story, 2026-11-18, on Sabah's
  deportations to Zamboanga and Nunukan, the state Immigration director "Datuk ...", the
  cost in "RM" and "RM38.5mil", depot numbers with "Filipinos (2,106), Indonesians
  (1,388)", a deputy minister in the Dewan Rakyat, the DSWD's cash aid in pesos and
  "the department said" for it, and a deportee's wage in ringgit and pesos.
- 117-aceh-rohingya-shelter-costs.txt: a Jakarta Post-like story, 2026-11-26, on two boats
  landing in Aceh ("Of the 289, 121 are children"), the Aceh Social Agency's count and
  spending in rupiah with dollars in brackets, a regent "In Pidie, where some 480 refugees
  have been housed ...", UNHCR's funding and registration figures "according to the
  agency", and the police's smuggler arrests with a rupiah range.

The reports and their gold were committed (5132b45) before the extractor was first run on
them; the same commit taught the set's checker The Star's "RM38.5mil" ("mil", "bil") and
the rupiah's "Rp" (no gold needed either before). The BLIND score (``python -m
analysis.evaluate /tmp/asiapac-blind --misses``, only this batch in the folder, at that
commit)::

    report                                gold  pred match      P      R     F1  date
    115-mom-employers-kickbacks.txt         25    25    25  1.000  1.000  1.000  ok
    116-sabah-deportations-zamboanga.txt    25    25    25  1.000  1.000  1.000  ok
    117-aceh-rohingya-shelter-costs.txt     23    22    21  0.955  0.913  0.933  ok
    TOTAL                                   73    72    71  0.986  0.973  0.979  1.000

    field accuracy over 71 matched figures:
      bound                         1.000  (71/71)
      kind                          1.000  (71/71)
      head                          0.944  (67/71)
      low_high                      1.000  (71/71)
      part_of                       0.944  (67/71)
      source                        0.817  (58/71)
      source (lenient: surname ok)  0.817  (58/71)
      counted                       0.225  (16/71)
      date (per report)             1.000

    misses (gold not found): 2; extras (not in gold): 1
      117-aceh-rohingya-shelter-costs.txt
        MISS  '289'  in: Of the 289, 121 are children and 98 are women, UNHCR said, adding that three people had died during the voyage from Cox's Bazar, which lasted about five weeks.
        MISS  '121'  in: Of the 289, 121 are children and 98 are women, UNHCR said, adding that three people had died during the voyage from Cox's Bazar, which lasted about five weeks.
        EXTRA '289, 121' (289121)  in: Of the 289, 121 are children and 98 are women, UNHCR said, adding that three people had died during the voyage from Cox's Bazar, which lasted about five weeks.

    matched figures with a field wrong (gold -> predicted):
      115-mom-employers-kickbacks.txt 'Nearly 1,200': counted: 'employers penalised over migrant worker offences' -> 'employers'
      115-mom-employers-kickbacks.txt '1,184': counted: 'employers MOM took action against between January and September' -> 'employers'
      115-mom-employers-kickbacks.txt '962': counted: 'employers acted against in the same period in 2025' -> 'employers'
      115-mom-employers-kickbacks.txt '316': part_of: '1,184' -> nan; counted: 'employers prosecuted in court' -> 'employers'
      115-mom-employers-kickbacks.txt 'about 410': counted: 'employers found to have demanded kickbacks' -> 'employers'
      115-mom-employers-kickbacks.txt '10 weeks': counted: 'jail term of the construction firm director' -> nan
      115-mom-employers-kickbacks.txt '38': counted: 'Bangladeshi workers who paid the director' -> 'Bangladeshi workers'
      115-mom-employers-kickbacks.txt 'up to two years': counted: 'jail term for receiving kickbacks' -> nan
      115-mom-employers-kickbacks.txt 'about 6,300': source: 'Ministry of Manpower' -> nan; counted: 'salary claims from migrant workers' -> 'salary claims'
      115-mom-employers-kickbacks.txt '87 per cent': counted: 'salary claims resolved within four weeks' -> 'salary claims'
      115-mom-employers-kickbacks.txt 'four weeks': counted: 'time to resolve the claims' -> nan
      115-mom-employers-kickbacks.txt 'about 1.1 million': head: 'holders' -> 'people'; counted: 'work permit holders in Singapore as at June' -> 'people'
      115-mom-employers-kickbacks.txt 'some 441,000': head: 'holders' -> 'people'; counted: 'work permit holders in the construction, marine shipyard and process sectors' -> 'people'
      115-mom-employers-kickbacks.txt '$10,000': source: 'Rachel Tan' -> 'its caseworker Rachel Tan'
      115-mom-employers-kickbacks.txt '1,450': source: 'Transient Workers Count Too' -> 'Migrant worker group Transient Workers Count Too (TWC2)'; counted: 'workers TWC2 helped with wage or injury claims this year' -> 'workers'
      115-mom-employers-kickbacks.txt 'about 30 per cent': source: 'Transient Workers Count Too' -> 'Migrant worker group Transient Workers Count Too (TWC2)'; counted: 'rise in workers helped on 2025' -> nan
      115-mom-employers-kickbacks.txt 'about 2,900': source: 'Koh Wen Jie' -> 'Manpower Koh Wen Jie'; counted: 'inspections of dormitories and worksites this year' -> 'inspections of dormitories'
      115-mom-employers-kickbacks.txt '53': source: 'Koh Wen Jie' -> 'Manpower Koh Wen Jie'; counted: 'purpose-built dormitories in Singapore' -> 'purpose-built dormitories'
      115-mom-employers-kickbacks.txt 'about 260,000': source: 'Koh Wen Jie' -> 'Manpower Koh Wen Jie'; counted: 'workers housed in purpose-built dormitories' -> 'workers'
      115-mom-employers-kickbacks.txt '11': source: 'Koh Wen Jie' -> 'Manpower Koh Wen Jie'; counted: 'purpose-built dormitories due to open by 2030' -> 'purpose-built dormitories'
      115-mom-employers-kickbacks.txt '27,000': source: 'Koh Wen Jie' -> 'Manpower Koh Wen Jie'; counted: 'beds the new dormitories will add' -> 'beds'
      116-sabah-deportations-zamboanga.txt '426': counted: 'undocumented migrants deported from Sabah this week' -> 'undocumented migrants'
      116-sabah-deportations-zamboanga.txt '73': counted: 'children among the deported migrants' -> 'children'
      116-sabah-deportations-zamboanga.txt '311': source: 'Sabah Immigration Department' -> nan; counted: 'Filipinos sent by ferry from Sandakan to Zamboanga City' -> 'Filipinos'
      116-sabah-deportations-zamboanga.txt '198': counted: 'men among the deported Filipinos' -> 'men'
      116-sabah-deportations-zamboanga.txt '74': counted: 'women among the deported Filipinos' -> 'women'
      116-sabah-deportations-zamboanga.txt '39': counted: 'children among the deported Filipinos' -> 'children'
      116-sabah-deportations-zamboanga.txt '3,914': counted: "detainees held in Sabah's depots as of Monday" -> 'detainees'
      116-sabah-deportations-zamboanga.txt 'about 3,000': counted: "room in Sabah's depots" -> 'people'
      116-sabah-deportations-zamboanga.txt '2,106': head: 'filipinos' -> 'people'; counted: 'Filipinos held in the depots' -> 'people'
      116-sabah-deportations-zamboanga.txt '1,388': counted: 'Indonesians held in the depots' -> 'indonesians'
      116-sabah-deportations-zamboanga.txt '97': counted: 'Pakistanis held in the depots' -> 'pakistanis'
      116-sabah-deportations-zamboanga.txt '323': counted: 'detainees of other nationalities' -> 'detainees'
      116-sabah-deportations-zamboanga.txt '41 per cent': counted: 'share of the nationwide deportations from Sabah' -> 'foreigners'
      116-sabah-deportations-zamboanga.txt '52,118': counted: 'foreigners deported nationwide between January and October' -> 'foreigners'
      116-sabah-deportations-zamboanga.txt '46': part_of: nan -> '52,118'; counted: 'deportees referred to hospitals for treatment' -> 'deportees'
      116-sabah-deportations-zamboanga.txt 'about 40 per cent': counted: 'Filipinos deported this year who had lived in Sabah for more than a decade' -> 'Filipinos'
      116-sabah-deportations-zamboanga.txt '5,870': counted: 'Filipinos deported from Sabah this year' -> 'Filipinos'
      116-sabah-deportations-zamboanga.txt 'more than a decade': counted: 'time lived in Sabah' -> nan
      116-sabah-deportations-zamboanga.txt 'three': counted: 'children deported with Nurhaida Abdulla' -> 'children'
      117-aceh-rohingya-shelter-costs.txt 'Two': counted: "boats carrying Rohingya refugees that landed on Aceh's coast last week" -> 'boats'
      117-aceh-rohingya-shelter-costs.txt '289': counted: 'Rohingya refugees on the two boats' -> 'Rohingya refugees'
      117-aceh-rohingya-shelter-costs.txt '152': counted: 'people on the boat that beached in Pidie' -> 'people'
      117-aceh-rohingya-shelter-costs.txt '137': counted: 'people on the boat towed ashore in East Aceh' -> 'people'
      117-aceh-rohingya-shelter-costs.txt '98': part_of: '289' -> nan; counted: 'women among the new arrivals' -> 'women'
      117-aceh-rohingya-shelter-costs.txt 'three': part_of: nan -> '289, 121'; counted: 'people who died during the voyage' -> 'people'
      117-aceh-rohingya-shelter-costs.txt 'about five weeks': counted: "voyage from Cox's Bazar" -> nan
      117-aceh-rohingya-shelter-costs.txt 'about 1,650': counted: 'Rohingya sheltering in Aceh' -> 'Rohingya'
      117-aceh-rohingya-shelter-costs.txt 'seven': counted: 'shelter sites in Aceh' -> 'sites'
      117-aceh-rohingya-shelter-costs.txt 'some 480': source: nan -> 'Muhammad Yusuf Hasan'; counted: 'refugees housed in a former immigration office in Pidie' -> 'refugees'
      117-aceh-rohingya-shelter-costs.txt 'three': counted: 'meals refugees get a day' -> 'meals'
      117-aceh-rohingya-shelter-costs.txt '34 percent': counted: 'share of the joint appeal for Indonesia funded' -> 'joint appeal for Indonesia'
      117-aceh-rohingya-shelter-costs.txt 'about 12,300': source: 'UNHCR' -> 'Aceh Social Agency'; counted: 'refugees and asylum seekers registered with UNHCR in Indonesia' -> 'refugees'
      117-aceh-rohingya-shelter-costs.txt 'nearly 40 percent': source: 'UNHCR' -> 'Aceh Social Agency'; counted: 'registered refugees who are Rohingya' -> 'refugees'
      117-aceh-rohingya-shelter-costs.txt '11': head: 'smugglers' -> 'people'; counted: 'suspected people smugglers arrested in Aceh this year' -> 'suspected people'
      117-aceh-rohingya-shelter-costs.txt 'four': counted: 'Indonesian suspects who allegedly charged passengers' -> 'Indonesians'

No gold was changed after the blind run.

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the three reports, written by hand; each row failed on the
blind commit's code (``analysis/`` of 436e786, which the gold-first commit did not touch:
12 of 12 rows failed) and passes after this round's rules. The general rules, one line
each (the first seven on numbers, heads and parts, with their rows, in 50f27ae; the rest,
on sources, in the commit after it):

- "Of the 289, 121 are children": a sentence's "Of the/these/those" opener is no word
  before a thousands comma with a space after it (the translated copy's "2, 400"), so the
  whole and its part stay two counts (numbers.py).
- "Of the 289, ..." with no noun restates a count named up to three sentences before, and
  counts what that one counted (refugees).
- "Of the 289, 121 are children ..., UNHCR said, adding that three people had died": a
  reported clause after "adding that" is no part of the opener's whole.
- "1.1 million work permit holders": "work" before a document's noun (permit, visa, pass,
  card, licence) and a plural is a compound's modifier, not a verb (head "holders").
- "11 suspected people smugglers": "people" before smugglers or traffickers is a modifier
  (head "smugglers").
- "Filipinos (2,106), Indonesians (1,388)": a people's name right before a count in
  brackets is what it counts; South-East Asian demonyms (Indonesian, Filipino, Malaysian,
  Singaporean, Thai, Vietnamese, Cambodian, Laotian, Timorese, Bruneian) join the entity
  lexicon, so "Indonesians (30)" is no person's age in brackets either.
- "took action against 1,184 employers. Of these, 316 ...": "against" after action,
  cases, charges, proceedings or complaints is no comparison's old value, so "Of these"
  may name that count as the whole.
- "Senior Minister of State for Manpower Koh Wen Jie": Singaporean and Malaysian portfolio
  words (Manpower, Family, Community, Sustainability, Digital, Plantation, Commodities) are
  no part of the name (entity_titles.txt).
- "said its caseworker Rachel Tan": caseworker, campaigner, organiser, counsellor and
  paralegal are lower-case roles before a name (entity_titles.txt).
- "Migrant worker group Transient Workers Count Too (TWC2) said ... The group said": a
  described body keeps its name without the bracketed acronym after it, and the sentence's
  capitalised first word before the description may be longer than seven letters.
- "..., the department said in a statement on Wednesday.": the day after "in a statement"
  still closes a sentence with its speaker's tag.
- "In Pidie, where some 480 refugees have been housed since March, regent X said": an
  opening place's "where" clause is the reporter's background, as "home to" is.
- "Indonesia hosts about 12,300 refugees registered with UNHCR, according to the agency":
  "the agency" is the UN agency the sentence itself names, before a local body named
  earlier with "Agency" in its name.

The regression diff over the project's 6,122 texts (``regress.py diff``) showed no change.

One more rule, met while writing the rows (not in the reports; its row, in batch 2, failed on
the blind commit's code), in a third commit:

- "Thai soldiers detained about 300 Myanmar nationals and the army said 120 of them had been
  sent back": "and the/its/their ..." with no comma opens a clause of its own when the
  clause before has a past verb with a count as its object and the verb after has a figure
  of its own, as ", and" does; the count before is the reporter's, the one after the
  army's (it had been neither's). The regression diff's one change is in a test module's
  docstring ("6 guards and the two ... cases written as extra checks"), whose counts lose
  the junk source "Pass counts (``pytest ...``".

Seen and left alone: "MOM also received about 6,300 salary claims ..., and said ..."
(gold: the ministry's; the extractor gives no source): "received" is no agent verb, and
making it one would also give "Guatemala received 43,918 deported migrants" to the
country. "In Zamboanga City, the DSWD said ... that 46 of the deportees had been referred"
is linked to the "52,118 foreigners deported nationwide" of the sentence before (gold:
none; the deportees are the 311 of the third sentence): the noun agrees and only the
meaning says otherwise. "counted" is not scored and differs on most figures (the gold's
counted phrases are long).

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/asiapac-blind``, the batch alone): F1 1.000 (73/73, no miss, no extra); bound,
kind, head and low_high 1.000; part_of 0.986 (72/73); source 0.986 (72/73); counted
0.219. The two development sets: devset 1.000 on F1 and every scored field; devset2 no
report's score lower than before the round.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# before the extractor was run on them; each failed on the blind commit's code).
CASES = [
    (
        "invented/Jakarta Post: 'Of the 212, 104 are children': two counts, the first restated",
        "A boat carrying 212 Rohingya refugees landed in Aceh on Monday.\n\nOf the 212, 104 are "
        "children and 61 are women, the navy said.",
        [
            ("212", 212, E, C, None, {"head": "refugees"}),
            ("212", 212, E, C, None, {"head": "refugees"}),
            ("104", 104, E, C, None, {"head": "children", "part_of": 1}),
            ("61", 61, E, C, None, {"head": "women", "part_of": 1}),
        ],
    ),
    (
        "invented/AFP on Aceh: 'Of the N, M ..., adding that K' is no part of N",
        "Of the 164 people on board, 70 are children, the police said, adding that four "
        "people had died during the voyage.",
        [
            ("164", 164, E, C, None, {"head": "people"}),
            ("70", 70, E, C, None, {"head": "children", "part_of": 0}),
            ("four", 4, E, C, None, {"head": "people", "part_of": None}),
        ],
    ),
    (
        "invented/Straits Times: a Minister of State for Manpower before the name",
        "Minister of State for Manpower Tan Li Ming said 4,000 inspections were carried out "
        "this year.",
        [("4,000", 4000, E, C, None, {"head": "inspections", "source": "Tan Li Ming"})],
    ),
    (
        "invented/CNA: 'said its campaigner X' after a charity",
        'The charity Home Help Singapore said fees were rising.\n\n"Maids pay $3,000 to agents '
        'back home," said its campaigner Rachel Ong.',
        [("$3,000", 3000, E, M, "SGD", {"source": "Rachel Ong"})],
    ),
    (
        "invented/Straits Times: a described body with its acronym, then 'The charity said'",
        "Domestic worker charity Home Help Singapore (HHS) said fees were rising.\n\nThe "
        "charity said it had sheltered 620 women this year.\n\nMs Lim said the rules would "
        "change.",
        [("620", 620, E, C, None, {"head": "women", "source": "Home Help Singapore"})],
    ),
    (
        "invented/The Star: 'work permit holders' are the holders",
        "Malaysia had about 2.1 million work permit holders at the end of June.",
        [("about 2.1 million", 2.1e6, AP, C, None, {"head": "holders"})],
    ),
    (
        "invented/Bangkok Post: 'people smugglers' are smugglers",
        "Thai police arrested 14 suspected people smugglers in Ranong this month.",
        [("14", 14, E, C, None, {"head": "smugglers"})],
    ),
    (
        "invented/Malay Mail: a people, then its count in brackets (no age)",
        "Those detained comprised Filipinos (420), Indonesians (45) and Vietnamese (12).",
        [
            ("420", 420, E, C, None, {"head": "filipinos"}),
            ("45", 45, E, C, None, {"head": "indonesians"}),
            ("12", 12, E, C, None, {"head": "vietnamese"}),
        ],
    ),
    (
        "invented/The Star: 'the department said in a statement on Thursday' closes the sentence",
        "A total of 502 migrants were deported, the Johor Immigration Department said.\n\nOf "
        "the total, 388 were Indonesians sent by ferry to Batam on Monday, while the rest were "
        "Bangladeshis flown to Dhaka, the department said in a statement on Thursday.",
        [
            ("502", 502, E, C, None, {"source": "Johor Immigration Department"}),
            ("388", 388, E, C, None, {"source": "Johor Immigration Department"}),
        ],
    ),
    (
        "invented/Jakarta Post: 'In X, where N ..., official Y said' is background",
        "In Medan, where about 900 refugees live in rented rooms, city official Budi Santoso "
        "said the council had spent Rp 300 million on rent.",
        [
            ("about 900", 900, AP, C, None, {"head": "refugees", "source": None}),
            ("Rp 300 million", 3e8, E, M, "IDR", {"source": "Budi Santoso"}),
        ],
    ),
    (
        "invented/Jakarta Post: 'registered with UNHCR, according to the agency'",
        "The refugees are housed at seven sites, according to the Riau Disaster Agency.\n\n"
        "Malaysia hosts about 190,000 refugees registered with UNHCR, according to the agency.",
        [
            ("seven", 7, E, C, None, {"source": "Riau Disaster Agency"}),
            ("about 190,000", 190000, AP, C, None, {"source": "UNHCR"}),
        ],
    ),
    (
        "invented/Straits Times: 'took action against N' is no comparison",
        "The ministry took action against 2,310 employers in March.\n\nOf these, 410 "
        "employers were prosecuted.",
        [
            ("2,310", 2310, E, C, None, {"head": "employers"}),
            ("410", 410, E, C, None, {"head": "employers", "part_of": 0}),
        ],
    ),
]

# Batch 2: met while writing batch 1's rows (Bangkok Post copy on the Mae Sot border), fixed
# in a third commit; the row failed on the blind commit's code.
CASES += [
    (
        "invented/Bangkok Post: 'detained N ... and the army said M' is two clauses",
        "Thai soldiers detained about 300 Myanmar nationals near Mae Sot and the army said 120 "
        "of them had been sent back across the Moei.",
        [
            ("about 300", 300, AP, C, None, {"head": "nationals", "source": None}),
            ("120", 120, E, C, None, {"head": "nationals", "source": "the army"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_asiapac_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "115-mom-employers-kickbacks.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.96,
    },
    "116-sabah-deportations-zamboanga.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.96,
        "source": 1.0,
    },
    "117-aceh-rohingya-shelter-costs.txt": {
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
def test_devset2_asiapac_floors(name):
    assert_floors(name, FLOORS[name])
