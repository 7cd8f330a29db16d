"""Second dev set, batch ``ds2-thailand``: reports 175-177 of ``tests/fixtures/devset2``,
the South-East Asian English-language press on migrant workers and refugees: the Bangkok
Post's and The Nation's stories on the Labour Ministry's registration rounds for Myanmar,
Lao and Cambodian workers, fees in baht, the Immigration Bureau's arrests on the Tak border
and the Mae Sot detention depot; Malay Mail's and The Star's Bernama copy on the Home
Ministry's depot figures in the Dewan Rakyat, Rohingya detainees, fines "of up to RM10,000"
and raids on construction sites; VnExpress International's stories on Vietnamese workers
sent abroad, brokers' fees in US dollars written "$", and overstayers in Japan and Korea.
Before writing them, real copy of these kinds was read through the stored-pages search
(none is kept here): Eleven Myanmar's, BNI's, RFA's, Than Lwin Times' and Pattaya Mail's
stories on arrests of undocumented Myanmar workers, brokers' fees in baht and the Mae Sot
crossing; Malay Mail's, NST's and FMT's stories on detainees in the immigration depots by
nationality, the Bidor and Bandar Baharu breakouts and UNHCR's lack of access. Every
sentence, name and number is invented; places and organisations are real:

- 175-bangkokpost-myanmar-registration-mae-sot.txt: a Bangkok Post-like story, 2026-11-24, on
  the Labour Ministry's extended registration (applicants "of whom" Myanmar nationals, permit,
  health-check and insurance fees in baht, brokers' "up to 15,000 baht"), the Immigration
  Bureau's arrests in three Tak districts, a police colonel on the Mae Sot depot ("built to
  hold 300 people"), the Migrant Working Group, a factory owner, the Department of
  Employment's registered workers and the FTI's shortage.
- 176-malaymail-rohingya-immigration-depots.txt: a Bernama story in Malay Mail, 2026-11-26, on
  a deputy minister's Dewan Rakyat reply (Rohingya "among the 14,105 detainees", nationalities
  in brackets, "Of the Rohingya, 612 are women", RM131 million and "about RM26 a day"), fines
  and prison terms, Suaram, UNHCR's registered Rohingya, a Johor raid "including 27 Rohingya",
  a fine range in ringgit and a Rohingya man's syndicate fee.
- 177-vnexpress-vietnamese-workers-abroad.txt: a VnExpress International story, 2026-11-27, on
  the Department of Overseas Labor's ten-month figures by destination, brokers' fees
  "$4,000-6,000" against a legal cap, an ILO survey, a worker in Taoyuan, Japan's
  overstayers ("the largest group among the 74,863"), Korea's deportations and the cut in
  licensed recruitment companies "from 520 to about 450".

The reports and their gold were committed (ed55414) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/thailand-blind --misses``, only
this batch in the folder, at that commit)::

    report                                            gold  pred match      P      R     F1  date
    175-bangkokpost-myanmar-registration-mae-sot.txt    23    23    23  1.000  1.000  1.000  ok
    176-malaymail-rohingya-immigration-depots.txt       23    23    23  1.000  1.000  1.000  ok
    177-vnexpress-vietnamese-workers-abroad.txt         21    21    21  1.000  1.000  1.000  ok
    TOTAL                                               67    67    67  1.000  1.000  1.000  1.000

    field accuracy over 67 matched figures:
      bound                         1.000  (67/67)
      kind                          1.000  (67/67)
      head                          0.866  (58/67)
      low_high                      1.000  (67/67)
      part_of                       0.940  (63/67)
      source                        0.806  (54/67)
      source (lenient: surname ok)  0.806  (54/67)
      counted                       0.299  (20/67)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      175-bangkokpost-myanmar-registration-mae-sot.txt '45 days': counted: 'extension of the registration deadline' -> nan
      175-bangkokpost-myanmar-registration-mae-sot.txt 'more than 1.2 million': counted: 'migrants who applied for registration by the cut-off' -> 'migrants'
      175-bangkokpost-myanmar-registration-mae-sot.txt '1,214,380': counted: 'workers from Myanmar, Laos and Cambodia who submitted applications' -> 'workers'
      175-bangkokpost-myanmar-registration-mae-sot.txt '870,000': counted: 'Myanmar nationals among the applicants' -> 'Myanmar nationals'
      175-bangkokpost-myanmar-registration-mae-sot.txt 'About 310,000': counted: 'applications awaiting health checks' -> 'applications'
      175-bangkokpost-myanmar-registration-mae-sot.txt 'two-year': counted: 'work permit' -> nan
      175-bangkokpost-myanmar-registration-mae-sot.txt '2,146': counted: 'people arrested for illegal entry in Mae Sot, Phop Phra and Mae Ramat' -> 'people'
      175-bangkokpost-myanmar-registration-mae-sot.txt '1,702': source: 'Immigration Bureau' -> nan; counted: 'Myanmar nationals among those arrested' -> 'Myanmar nationals'
      175-bangkokpost-myanmar-registration-mae-sot.txt '38': source: 'Immigration Bureau' -> nan; counted: 'Thai guides and drivers charged with smuggling' -> 'Thai guides'
      175-bangkokpost-myanmar-registration-mae-sot.txt '300': source: 'Anan Srisuk' -> 'the detention depot'; counted: 'capacity of the Mae Sot detention depot' -> 'people'
      175-bangkokpost-myanmar-registration-mae-sot.txt 'nearly 640': source: 'Anan Srisuk' -> 'the detention depot'; counted: 'people held in the Mae Sot detention depot' -> 'people'
      175-bangkokpost-myanmar-registration-mae-sot.txt 'about 150': source: 'Anan Srisuk' -> 'Pipat Rattanakul'; counted: 'people sent back to Myawaddy every week' -> 'people'
      175-bangkokpost-myanmar-registration-mae-sot.txt 'at least 40 per cent': source: 'Sompong Thaweesak' -> 'Pipat Rattanakul'; counted: 'workers crossing at Mae Sot with no documents' -> 'workers crossing at Mae Sot'
      175-bangkokpost-myanmar-registration-mae-sot.txt '8,000 to 9,000 baht': source: 'Sompong Thaweesak' -> 'Pipat Rattanakul'
      175-bangkokpost-myanmar-registration-mae-sot.txt '15,000 baht': source: 'Sompong Thaweesak' -> 'Pipat Rattanakul'
      175-bangkokpost-myanmar-registration-mae-sot.txt 'two months': source: 'Sompong Thaweesak' -> 'Pipat Rattanakul'; counted: 'time worked to pay a broker' -> nan
      175-bangkokpost-myanmar-registration-mae-sot.txt '2.4 million': counted: 'registered migrant workers in Thailand at the end of October' -> 'registered migrant workers'
      175-bangkokpost-myanmar-registration-mae-sot.txt 'about 500,000': counted: 'shortage of workers in factories' -> 'workers'
      176-malaymail-rohingya-immigration-depots.txt '2,874': part_of: '14,105' -> nan; counted: 'Rohingya held in immigration depots' -> 'Rohingya'
      176-malaymail-rohingya-immigration-depots.txt '14,105': counted: 'detainees held at the immigration depots' -> 'detainees'
      176-malaymail-rohingya-immigration-depots.txt '20': counted: 'immigration depots in the country' -> 'immigration depots'
      176-malaymail-rohingya-immigration-depots.txt '2,310': head: 'rohingya' -> 'people'; counted: 'Rohingya detainees at the end of last year' -> 'people'
      176-malaymail-rohingya-immigration-depots.txt '21,500': head: 'detainees' -> 'people'; counted: 'combined capacity of the depots' -> 'people'
      176-malaymail-rohingya-immigration-depots.txt '3,912': counted: 'Indonesians in the depots' -> 'indonesians'
      176-malaymail-rohingya-immigration-depots.txt '3,088': counted: 'Filipinos in the depots' -> 'filipinos'
      176-malaymail-rohingya-immigration-depots.txt '1,967': head: 'nationals' -> 'filipinos'; counted: 'Myanmar nationals in the depots' -> 'filipinos'
      176-malaymail-rohingya-immigration-depots.txt '612': part_of: '2,874' -> nan; counted: 'Rohingya women in the depots' -> 'women'
      176-malaymail-rohingya-immigration-depots.txt '405': part_of: '2,874' -> nan; counted: 'Rohingya children in the depots' -> 'children'
      176-malaymail-rohingya-immigration-depots.txt '9,842': counted: 'foreigners repatriated from the depots since January' -> 'foreigners'
      176-malaymail-rohingya-immigration-depots.txt 'up to five years': counted: 'prison term' -> nan
      176-malaymail-rohingya-immigration-depots.txt 'more than three years': counted: 'time Rohingya detainees held at Sungai Bakap' -> nan
      176-malaymail-rohingya-immigration-depots.txt 'around 117,000': counted: 'Rohingya registered with UNHCR in Malaysia' -> 'Rohingya'
      176-malaymail-rohingya-immigration-depots.txt 'about 190,000': counted: 'refugees and asylum seekers in Malaysia' -> 'refugees'
      176-malaymail-rohingya-immigration-depots.txt '143': counted: 'undocumented migrants detained in the Iskandar Puteri raid' -> 'undocumented migrants'
      176-malaymail-rohingya-immigration-depots.txt '27': counted: 'Rohingya among those detained in the raid' -> 'Rohingya'
      176-malaymail-rohingya-immigration-depots.txt '26 months': counted: "time Anwar's brother held in the Belantik depot" -> nan
      177-vnexpress-vietnamese-workers-abroad.txt '142,380': counted: 'Vietnamese workers sent abroad in the first 10 months' -> 'workers'
      177-vnexpress-vietnamese-workers-abroad.txt '10 months': counted: 'period of the departures' -> nan
      177-vnexpress-vietnamese-workers-abroad.txt '66,200': counted: 'workers who went to Japan' -> 'workers'
      177-vnexpress-vietnamese-workers-abroad.txt '47,900': counted: 'workers who went to Taiwan' -> 'workers'
      177-vnexpress-vietnamese-workers-abroad.txt '11,450': counted: 'workers who went to South Korea' -> 'workers'
      177-vnexpress-vietnamese-workers-abroad.txt '130,000': counted: 'target for workers sent abroad this year' -> 'workers'
      177-vnexpress-vietnamese-workers-abroad.txt '$4,000-6,000': head: 'USD' -> 'AUD'
      177-vnexpress-vietnamese-workers-abroad.txt '$3,600': head: 'USD' -> 'AUD'
      177-vnexpress-vietnamese-workers-abroad.txt '58%': counted: 'Vietnamese interns in Japan who borrowed money to pay fees' -> 'Vietnamese interns in Japan'
      177-vnexpress-vietnamese-workers-abroad.txt '$5,200': head: 'USD' -> 'AUD'
      177-vnexpress-vietnamese-workers-abroad.txt '$7,000': head: 'USD' -> 'AUD'
      177-vnexpress-vietnamese-workers-abroad.txt 'about $900': head: 'USD' -> 'AUD'
      177-vnexpress-vietnamese-workers-abroad.txt '$600': head: 'USD' -> 'AUD'
      177-vnexpress-vietnamese-workers-abroad.txt '14,752': part_of: '74,863' -> nan; source: 'Immigration Services Agency' -> "Japan's Immigration Services Agency"; counted: 'Vietnamese overstaying in Japan' -> 'Vietnamese'
      177-vnexpress-vietnamese-workers-abroad.txt '74,863': source: 'Immigration Services Agency' -> "Japan's Immigration Services Agency"; counted: 'overstayers in Japan' -> 'overstayers in the country'
      177-vnexpress-vietnamese-workers-abroad.txt '6,100': source: 'justice ministry' -> "South Korea's justice ministry"; counted: 'Vietnamese deported from South Korea' -> 'Vietnamese'
      177-vnexpress-vietnamese-workers-abroad.txt '12 months': source: 'justice ministry' -> "South Korea's justice ministry"; counted: 'period of the deportations' -> nan
      177-vnexpress-vietnamese-workers-abroad.txt '520': counted: 'licensed recruitment companies now' -> 'licensed recruitment companies'
      177-vnexpress-vietnamese-workers-abroad.txt 'about 450': counted: 'licensed recruitment companies next year' -> 'licensed recruitment companies'

Afterwards one gold slip against the schema was fixed (2141e9e): 177 names its sources
"Japan's Immigration Services Agency" and "South Korea's justice ministry", the fullest names
in the text (as a10a445 fixed 170's), where its gold had dropped the owner.

After this round's rules (see CASES) the batch stands at F1 1.000 (P 1.000, R 1.000; 67 of
67), bound, kind and low_high 1.000, head 0.970, part_of 0.970, source 0.970. Left alone: the
sources of "Of these, 1,702 were Myanmar nationals" and "Another 38 Thai guides ..." after
"the Immigration Bureau said" (the second set's gold is split on whether "Of these" carries
the sentence before's source: 118, 167 and 53 leave it null, 133, 146 and 73 carry it), the
heads of "the figure was up from 2,310" (people; the gold restores the Rohingya) and "a
combined capacity of 21,500" (people; the gold has detainees), and "Of the Rohingya, 612 are
women and 405 are children" inside a quote (no part_of from a noun alone, with no figure's
text repeated).
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# before the fix that makes it pass, and checked to fail before it), and guards that pass
# before and after.
CASES = [
    # --- "$" in Vietnamese and Cambodian copy is the US dollar -----------------------------
    (
        "invented/VnExpress: '$' in a story on Vietnamese workers that names Australia once",
        "Vietnamese workers heading to Japan pay brokers up to $8,000, a survey found. Others "
        "went to Australia and New Zealand.",
        [("up to $8,000", 8000, UP, M, "USD")],
    ),
    (
        "invented/Khmer Times: '$' in Cambodian copy, a destination named once",
        "Cambodia sent 9,200 workers to South Korea this year, the labour ministry said. Each "
        "paid about $1,800 in fees, while some went on to Australia.",
        [("9,200", 9200, E, C, None), ("about $1,800", 1800, AP, M, "USD")],
    ),
    (
        "invented/guard: an Australian story's '$' stays Australian",
        "The Albanese government will spend $12 million on the program, Canberra said. Most "
        "of the workers come from Vietnam.",
        [("$12 million", 12e6, E, M, "AUD")],
    ),
    # --- "Name, of the Body, said" opening a sentence names a person ----------------------
    (
        "invented/Bangkok Post: 'Name, of the Body, said', then 'He estimated'",
        "Mr Pipat said 300 workers applied. Kamol Suksai, of the Federation of Thai "
        "Industries, said many had left. He estimated that about 60,000 jobs were unfilled.",
        [
            ("300", 300, E, C, None, {"source": "Pipat"}),
            ("about 60,000", 60000, AP, C, None, {"source": "Kamol Suksai"}),
        ],
    ),
    (
        "invented/The Star: 'Name, from the Body, said', then a quote closed by 'he said'",
        "Mr Lim said 120 workers were detained.\n\nRavi Nair, from the North South Initiative, "
        'said the raids were unlawful.\n\n"About 400 workers have been held since June," he '
        "said.",
        [
            ("120", 120, E, C, None, {"source": "Lim"}),
            ("About 400", 400, AP, C, None, {"source": "Ravi Nair"}),
        ],
    ),
    (
        "invented/guard: the same with the name's apposition a role",
        "Somchai Rakthai, of the Labour Protection Network, said 1,500 workers had lost their "
        "jobs.",
        [("1,500", 1500, E, C, None, {"source": "Somchai Rakthai"})],
    ),
    # --- "said the NP, <aside>, was ...": the subject of what was said ---------------------
    (
        "invented/Bangkok Post: a ranked speaker, then 'said the camp in X, set up for N, now "
        "holds'",
        "Lt Gen Prasit Chaiyo, the army's regional commander, said the camp in Tha Song Yang, "
        "set up for 2,000 people, now holds 5,400.",
        [
            ("2,000", 2000, E, C, None, {"source": "Prasit Chaiyo"}),
            ("5,400", 5400, E, C, None, {"source": "Prasit Chaiyo"}),
        ],
    ),
    (
        "invented/The Star: 'said the depot, opened in ..., was holding'",
        "Dr Aminah Yusof, the state health director, said the depot, opened in Tawau last "
        "year, was holding 1,100 detainees.",
        [("1,100", 1100, E, C, None, {"source": "Aminah Yusof"})],
    ),
    # --- "N X were among the M Y": the whole named after "among the" -------------------
    (
        "invented/The Star: 'N were among the M' in a raid's count",
        "Police said 36 Cambodians were among the 412 workers detained in the raid.",
        [
            ("36", 36, E, C, None, {"part_of": 1}),
            ("412", 412, E, C, None, {"part_of": None}),
        ],
    ),
    (
        "invented/VnExpress: 'the largest group among the M' after an aside",
        "Some 9,300 Indonesians were held in Sabah's depots as of Oct 31, the largest group "
        "among the 21,000 detainees in the state.",
        [
            ("Some 9,300", 9300, AP, C, None, {"part_of": 1}),
            ("21,000", 21000, E, C, None, {"part_of": None}),
        ],
    ),
    (
        "invented/guard: 'among the' before a smaller count is no whole",
        "About 900 workers were arrested among the 12 factories raided.",
        [("About 900", 900, AP, C, None, {"part_of": None}), ("12", 12, E, C, None)],
    ),
    # --- a place's people in a bracketed list: "Myanmar nationals (1,967)" ------------------
    (
        "invented/Malay Mail: 'Myanmar nationals (N)' closing a list of peoples in brackets",
        "The depot held Bangladeshis (812), Indonesians (640) and Myanmar nationals (455).",
        [
            ("812", 812, E, C, None, {"head": "bangladeshis"}),
            ("640", 640, E, C, None, {"head": "indonesians"}),
            ("455", 455, E, C, None, {"head": "nationals"}),
        ],
    ),
    (
        "invented/guard: a place, then its verb in -s, before a bracket",
        "Colombia hosts the most Venezuelans, and Peru follows (1,542,004).",
        [("1,542,004", 1542004, E, C, None, {"head": "people"})],
    ),
    (
        "invented/guard: an inverted speaker with an aside after it",
        '"We have 300 beds," said the director, a former army doctor, in an interview.',
        [("300", 300, E, C, None, {"source": "the director"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_thailand_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "175-bangkokpost-myanmar-registration-mae-sot.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.91,
    },
    "176-malaymail-rohingya-immigration-depots.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.91,
        "low_high": 1.0,
        "part_of": 0.91,
        "source": 1.0,
    },
    "177-vnexpress-vietnamese-workers-abroad.txt": {
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
def test_devset2_thailand_floors(name):
    assert_floors(name, FLOORS[name])
