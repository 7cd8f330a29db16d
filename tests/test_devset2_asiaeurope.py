"""Second dev set, batch "asiaeurope": English-language national papers of Southeast/East Asia
and Europe on migration and displacement.

Reports 31-34 of ``tests/fixtures/devset2`` imitate four kinds of such copy (read in real
reports through the stored-pages search; none is kept here): a Malaysian paper on an
Immigration Department raid and the depots (Bernama-style: "State Immigration director ...
said", nationalities listed, RM fines, second reference by given name "Rosli said"); a Thai
paper on Myanmar evacuees crossing the Moei into Mae Sot (baht, "Of the 2,400 who crossed",
a governor named once, then "Somchai said"); a Polish outlet on attempts to cross from
Belarus (złoty and zł, Border Guard and NGO figures, diacritics in names); a Japanese paper
on refugee recognition and foreign workers (yen, "Of those recognized, 97", "the Health,
Labor and Welfare Ministry"). Every report and its gold were written by hand and committed
(501b554) before the extractor was first run on them. The gold checker was taught the
currencies of this copy first (6f2fbc2: RM, ¥, baht, złoty/zł, won, hryvnias ...).

Blind score (the first run, at 501b554, main at 4d6420a;
``python -m analysis.evaluate tests/fixtures/devset2 --misses``)::

    report                            gold  pred match      P      R     F1  date
    31-puchong-kongsi-raid.txt          22    21    21  1.000  0.955  0.977  ok
    32-mae-sot-evacuees.txt             19    19    19  1.000  1.000  1.000  ok
    33-belarus-border-attempts.txt      22    22    22  1.000  1.000  1.000  ok
    34-japan-refugee-recognition.txt    21    21    21  1.000  1.000  1.000  ok
    TOTAL                               84    83    83  1.000  0.988  0.994  1.000

    field accuracy over 83 matched figures:
      bound                         1.000  (83/83)
      kind                          1.000  (83/83)
      head                          0.904  (75/83)
      low_high                      1.000  (83/83)
      part_of                       0.952  (79/83)
      source                        0.892  (74/83)
      source (lenient: surname ok)  0.892  (74/83)
      counted                       0.747  (62/83)
      date (per report)             1.000

    misses: 31 'more than a year' ("held there for six months, sometimes more than a
    year"); no extras. Fields wrong (gold -> predicted; counted left out):
      31 'two weeks', 'five years' ("Rosli said"): source Rosli Hamzah -> Rosli
      32 'Around 60%' ("Of the 2,400 who crossed, 1,350 were children ... Around 60% of
         them"): head people -> children, part_of '2,400' -> '1,350'  (open: see below)
      32 'two weeks' ('"They go home ... within two weeks," he said.' after "Somchai said"):
         source Somchai Wongsuwan -> Tak Chamber of Commerce
      33 'about 5,600' ("there have been about 5,600 such attempts, spokeswoman Katarzyna
         Zielińska told reporters"): head attempts -> people; source -> 'Katarzyna Zieli'
      33 'fewer than 40' ("Zielińska said"): source -> 'Katarzyna Zieli'
      33 '41' ("at least 212 pushbacks ..., including 41 involving families with children"):
         head pushbacks -> families, part_of 'at least 212' -> none
      33 'more than 1,400' ("..., the group said"): source Grupa Granica -> 'the group'
      33 'at least 89' ("The Podlasie Humanitarian Network, another group, claims that at
         least 89"): source -> none
      33 '2,190' ("Asylum applications ... fell 38% in the first quarter, to 2,190"):
         head applications -> people
      34 '97', '61' ("Of those recognized, 97 were from Afghanistan ... and 61 were from
         Myanmar"): head people -> none, part_of '214' -> none
      34 '12.4 percent', '2.57 million' ("according to the Health, Labor and Welfare
         Ministry"): source -> Health; '2.57 million' ("the number of foreign workers ...
         rose 12.4 percent ... to a record 2.57 million"): head workers -> people
      34 'about 570,000' ("Of them, about 570,000 were from Vietnam"): head workers -> people

Open conventions left as written (not extractor faults to fix):
  * 31 'more than a year' (and "almost a month", "nearly an hour"): the gold counts it as a
    duration; ``tests/test_longform.py`` marks the same phrase optional and the NHS row of
    ``tests/test_real_probe_society.py`` ("had waited more than a year for treatment") lists
    no figure for it. A rule reading "a"/"an" behind a bound word as one unit of time was
    written and withdrawn (it broke that settled row); the miss stays, F1 0.977 for 31.
  * 32 'Around 60% of them' in the sentence after "Of the 2,400 who crossed, 1,350 were
    children": the gold reads "them" as the evacuees (2,400); the nearest plural is the
    children (1,350). Either reading is defensible, so no rule is written for it.
  * 31 "Those detained comprised 205 Indonesians, 118 Bangladeshis ..." three sentences after
    "detained 418": part_of left null, as the schema sets it only when the whole is in the
    same sentence or the one before.

The table below holds one INVENTED sentence (other names, places and numbers) per failing
construction, expected values written by hand before the extractor was run on it; the rows
are checked with ``figure_checks.check_figures`` (``part_of`` is the index of the whole among
the expected rows). Four sentences were reworded after their first run, before any fix,
because they did not yet reproduce the report's construction (the surname alone on second
reference, "a coalition of ..." then "the group", "from a year earlier" before "to M", and
"in a week" dropped as an open convention); their expected values were again written by hand.
First run of that table: 2 of 13 rows passed. Rows added later (the "Of those" sentence
grown to hold a longer coordinated item and a comparison's old value; the 'including' row
given a time span before 'including'; "bringing arrivals ... to N"; "Tan Sri" and "Pol Lt
Gen"; "Authorities on Chios"; "Of the N who escaped, M were Rohingya"; "the quota for X will
rise to N"; the demonym before a bare verb; "Mr" and a Thai given name, "Park" as a Korean
surname, Vietnamese diacritics, "said X's minister, Name", "N of them were women"; "was quoted
by Bernama as saying", "Lawyer Aiko Tanaka"; the 800+ benefit; "of whom" after a count of
places; the Pacific currencies) each failed before its rule, checked against the code of the
commit before it. Further invented probes in this style, written by hand and run once
(currencies Rp, S$, ₩, kyat, ¥, zł, hryvnias, ₱, dong, NZ$, A$, RM...mil, HK$, NT$; ranges
of euros, ringgit, hours and S$; "according to him", run-on Bernama quotes, "Bernama
reported that", "told Kyodo News", "the UN put the figure at"; 88 of 111 passed first), are
not kept: the ones that failed became the rows above, and the rest pass, except four where
the probe's expectation was wrong against the project's conventions ("cut by a third" is a
share the extractor reads as a percent; "The BAMF received" names no source, received being
no verb of recording; "percentage points" take the unit "%"; a bare "Bt500" is baht only in
a report that names Thailand) and one left alone (the camp name "Moria 2" read as a count).

Final score on reports 31-34 (after the rules and the merge of main at f6da2d3): F1 0.994
(P 1.000, R 0.988: 31's open 'more than a year'), bound, kind, low_high and source 1.000,
head and part_of 0.988 (32's open "Around 60% of them"); counted 0.759. The dev set still
scores 1.000 on every field.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

CASES = [
    (
        "invented/Polish outlet: a speaker's surname with Polish letters (ł, ś, ń)",
        "At least 340 people tried to cross from Belarus last week, Border Guard spokeswoman "
        "Małgorzata Śliwińska told reporters on Monday. Śliwińska said 41 of them were "
        "detained.",
        [
            (
                "At least 340",
                340,
                LO,
                C,
                None,
                {"head": "people", "source": "Małgorzata Śliwińska"},
            ),
            (
                "41",
                41,
                E,
                C,
                None,
                {"head": "people", "part_of": 0, "source": "Małgorzata Śliwińska"},
            ),
        ],
    ),
    (
        "invented/Greek paper: a Greek name transliterated with an accent, then by surname",
        "Migration Minister Nikos Papadákis said 1,260 migrants had reached Crete since "
        "Monday. Papadákis said another 300 were expected by Sunday.",
        [
            ("1,260", 1260, E, C, None, {"head": "migrants", "source": "Nikos Papadákis"}),
            ("300", 300, E, C, None, {"source": "Nikos Papadákis"}),
        ],
    ),
    (
        "invented/Malaysian paper: the second reference is the given name (Malay names)",
        "Johor Immigration director Azman Yusof said 96 foreigners were arrested at a "
        "plantation in Kota Tinggi. Azman said 14 of them held forged work permits.",
        [
            ("96", 96, E, C, None, {"head": "foreigners", "source": "Azman Yusof"}),
            (
                "14",
                14,
                E,
                C,
                None,
                {"head": "foreigners", "part_of": 0, "source": "Azman Yusof"},
            ),
        ],
    ),
    (
        "invented/Thai paper: a Thai official is named once, then by given name and 'he'",
        "Chiang Rai governor Chaiwat Srisuk said 530 evacuees had returned home. Traders in "
        "Mae Sai put their losses at 40 million baht, the provincial chamber of commerce said."
        '\n\nChaiwat said the rest would go back later.\n\n"Another 210 will cross on '
        'Friday," he said.',
        [
            ("530", 530, E, C, None, {"head": "evacuees", "source": "Chaiwat Srisuk"}),
            ("40 million baht", 40e6, E, M, "THB"),
            ("210", 210, E, C, None, {"source": "Chaiwat Srisuk"}),
        ],
    ),
    (
        "invented/Greek paper: ', the group said' names the group named just before",
        "Aegean Watch, a coalition of volunteers on Samos, said it had counted 31 boats last "
        "week. Its members helped more than 900 people ashore, the group said.",
        [
            ("31", 31, E, C, None, {"head": "boats", "source": "Aegean Watch"}),
            ("more than 900", 900, LO, C, None, {"head": "people", "source": "Aegean Watch"}),
        ],
    ),
    (
        "invented/Polish outlet: 'the group' is the name its apposition called a coalition",
        "Salam Kos, a coalition of volunteer groups, said it had counted 31 boats last week. "
        "Its members helped more than 900 people ashore, the group said. The ministry said "
        "40 were later moved.",
        [
            ("31", 31, E, C, None, {"head": "boats", "source": "Salam Kos"}),
            ("more than 900", 900, LO, C, None, {"head": "people", "source": "Salam Kos"}),
            ("40", 40, E, C, None, {"source": "the ministry"}),
        ],
    ),
    (
        "invented/Polish outlet: an appositive between the subject and a present-tense 'claims'",
        "The Evros Solidarity Network, another group, claims that at least 23 people have "
        "died in the river this year.",
        [
            (
                "at least 23",
                23,
                LO,
                C,
                None,
                {"head": "people", "source": "Evros Solidarity Network"},
            )
        ],
    ),
    (
        "invented/wire: 'N such crossings' counts the crossings",
        "There have been about 1,900 such crossings since January, the coastguard said.",
        [("about 1,900", 1900, AP, C, None, {"head": "crossings"})],
    ),
    (
        "invented/Greek paper: 'fell N% ... to M' counts the subject of the change",
        "Arrivals on Crete fell 22% in July, to 1,480, according to the coast guard.",
        [
            ("22%", 22, E, P, "%", {"head": None}),
            ("1,480", 1480, E, C, None, {"head": "arrivals"}),
        ],
    ),
    (
        "invented/ANSA English: 'bringing arrivals since January to N' counts the arrivals",
        "Some 870 migrants landed on Pantelleria over the weekend, bringing arrivals since "
        "January to 28,400, according to the interior ministry.",
        [
            ("Some 870", 870, AP, C, None, {"head": "migrants", "source": "interior ministry"}),
            ("28,400", 28400, E, C, None, {"head": "arrivals", "source": "interior ministry"}),
        ],
    ),
    (
        "invented/Kathimerini: speakers named by the island they are on",
        "Authorities on Chios recorded 604 arrivals in July, up from 251 a year earlier. "
        "Officials on Monday said 19 people were missing.",
        [
            ("604", 604, E, C, None, {"head": "arrivals", "source": "Authorities on Chios"}),
            ("251", 251, E, C, None, {"head": "arrivals", "source": "Authorities on Chios"}),
            ("19", 19, E, C, None, {"head": "people", "source": "Officials"}),
        ],
    ),
    (
        # (a people after the copula keeps the whole's noun, as tests/test_figures.py's
        # "Among them, 150,000 are Sudanese" counts refugees)
        "invented/Bernama: 'Of the N who escaped, M were Rohingya'",
        "Of the 142 who escaped, 117 were Rohingya, the police said.",
        [
            ("142", 142, E, C, None, {"head": "people", "source": "police"}),
            ("117", 117, E, C, None, {"head": "people", "part_of": 0, "source": "police"}),
        ],
    ),
    (
        "invented/Jakarta paper: a people named by its demonym, then a bare verb",
        "Villagers in Pidie refused to let 186 Rohingya disembark, police said, and 40 Rohingya "
        "boat people were moved to Lhokseumawe.",
        [
            ("186", 186, E, C, None, {"head": "rohingya", "source": "police"}),
            ("40", 40, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/Bangkok Post: 'Mr' and the given name after the full name",
        "Prime Minister Anutin Chanwirakul visited Mae Sot on Friday. Mr Anutin said 4,200 "
        "evacuees would be housed in Tak.",
        [("4,200", 4200, E, C, None, {"head": "evacuees", "source": "Anutin Chanwirakul"})],
    ),
    (
        "invented/Korea Herald: a surname that is also a place word ('Park'), then alone",
        "Justice Minister Park Min-jae said 1,350 foreigners were deported. Park added that "
        "620 more would leave by June.",
        [
            ("1,350", 1350, E, C, None, {"head": "foreigners", "source": "Park Min-jae"}),
            ("620", 620, E, C, None, {"source": "Park Min-jae"}),
        ],
    ),
    (
        "invented/VnExpress: a Vietnamese name in full diacritics; 'N of them were women'",
        "Deputy Minister Nguyễn Thị Hằng said 2,700 workers had returned. Hằng said 800 of "
        "them were women.",
        [
            ("2,700", 2700, E, C, None, {"head": "workers", "source": "Nguyễn Thị Hằng"}),
            (
                "800",
                800,
                E,
                C,
                None,
                {"head": "women", "part_of": 0, "source": "Nguyễn Thị Hằng"},
            ),
        ],
    ),
    (
        "invented/RNZ: said a possessive role, then the name",
        '"About 9,000 people live here, and 280 can go each year," said Kiribati\'s climate '
        "minister, Tebwe Ioane.",
        [
            ("About 9,000", 9000, AP, C, None, {"head": "people", "source": "Tebwe Ioane"}),
            ("280", 280, E, C, None, {"source": "Tebwe Ioane"}),
        ],
    ),
    (
        "invented/Notes from Poland: the '800+' benefit is a scheme's name, its amount is money",
        "Ukrainian families must send their children to school to keep the 800+ child benefit, "
        "worth 800 zł a month; some 70,000 children are not enrolled.",
        [
            ("800 zł", 800, E, M, "PLN"),
            ("some 70,000", 70000, AP, C, None, {"head": "children"}),
        ],
    ),
    (
        "invented/The Star: 'X was quoted by Bernama as saying' is X's figure",
        "Johor police chief Kamal Arifin was quoted by Bernama as saying that 74 suspects "
        "were held.",
        [("74", 74, E, C, None, {"head": "suspects", "source": "Kamal Arifin"})],
    ),
    (
        "invented/Japan Times: a profession as a capitalised title before the name",
        "Lawyer Aiko Tanaka told Kyodo News that 35 of her clients had been detained.",
        [("35", 35, E, C, None, {"head": "clients", "source": "Aiko Tanaka"})],
    ),
    (
        "invented/Bangkok Post, Jakarta Post: 'of whom' after a count of places is of the people",
        "Thailand shelters about 87,000 refugees in nine camps, 78% of whom are Karen. "
        "Indonesia holds 12,000 refugees in eight cities, of whom 5,000 are Afghans.",
        [
            ("about 87,000", 87000, AP, C, None, {"head": "refugees"}),
            ("nine", 9, E, C, None, {"head": "camps"}),
            ("78%", 78, E, P, "%", {"head": "refugees", "part_of": 0}),
            ("12,000", 12000, E, C, None, {"head": "refugees"}),
            ("eight", 8, E, C, None, {"head": "cities"}),
            # (head: the nationality after the copula, as "of whom 3,000 were children" gives
            # "children" and "5,000 of whom are Afghans" gave "afghans"; ds2-germany's rule,
            # the row first expected the whole's "refugees")
            ("5,000", 5000, E, C, None, {"head": "afghans", "part_of": 3}),
        ],
    ),
    (
        "invented/RNZ Pacific: Pacific currencies after and before the amount",
        "Samoa pays seasonal workers' families 500 tala a month, Vanuatu set aside 2 million "
        "vatu, and Papua New Guinea K5 million (US$1.3 million) to move 1,200 people from "
        "Manam island.",
        [
            ("500 tala", 500, E, M, "WST"),
            ("2 million vatu", 2e6, E, M, "VUV"),
            ("K5 million", 5e6, E, M, "PGK"),
            ("US$1.3 million", 1.3e6, E, M, "USD"),
            ("1,200", 1200, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/Japan Times: 'the quota for X will rise to N' counts the X",
        "The quota for foreign care workers will rise to 135,000 over five years, the ministry "
        "said.",
        [
            ("135,000", 135000, E, C, None, {"head": "workers", "source": "the ministry"}),
            ("five years", 5, E, D, "year", {"source": "the ministry"}),
        ],
    ),
    (
        "invented/Malay Mail and Bangkok Post: 'Tan Sri' and a Thai police rank are titles",
        "Home Minister Tan Sri Hamid Yusof said 1,200 detainees were deported. Immigration "
        "Bureau chief Pol Maj Gen Chatchai Boonmee said 310 foreigners were arrested.",
        [
            ("1,200", 1200, E, C, None, {"head": "detainees", "source": "Hamid Yusof"}),
            ("310", 310, E, C, None, {"head": "foreigners", "source": "Chatchai Boonmee"}),
        ],
    ),
    (
        "invented/Korean paper: 'the number of X rose N percent to M' counts the X",
        "The number of foreign residents in South Korea rose 5.1 percent from a year earlier to "
        "a record 2.65 million. Of them, about 410,000 were from Vietnam.",
        [
            ("5.1 percent", 5.1, E, P, "%"),
            ("2.65 million", 2.65e6, E, C, None, {"head": "residents"}),
            ("about 410,000", 410000, AP, C, None, {"head": "residents", "part_of": 1}),
        ],
    ),
    (
        "invented/Polish outlet: 'including N involving ...' counts the whole's noun",
        "Volunteers recorded at least 150 pushbacks in the past three months, including 27 "
        "involving unaccompanied minors.",
        [
            ("at least 150", 150, LO, C, None, {"head": "pushbacks"}),
            ("three months", 3, E, D, "month"),
            ("27", 27, E, C, None, {"head": "pushbacks", "part_of": 0}),
        ],
    ),
    (
        "invented/Korean paper: 'Of those recognized, N' are some of the people just counted",
        "South Korea granted refugee status to 94 people last year, down from 120 the year "
        "before. Of those recognized, 38 were from Yemen, most of them former students at "
        "universities in Seoul and Busan and their relatives, and 17 were from Eritrea.",
        [
            ("94", 94, E, C, None, {"head": "people"}),
            ("120", 120, E, C, None),
            ("38", 38, E, C, None, {"head": "people", "part_of": 0}),
            ("17", 17, E, C, None, {"head": "people", "part_of": 0}),
        ],
    ),
    (
        "invented/Japanese paper: a ministry named 'Health, Labour and Welfare' has commas",
        "Foreign workers in Japan numbered 2.1 million in October, according to the Health, "
        "Labour and Welfare Ministry.",
        [
            (
                "2.1 million",
                2.1e6,
                E,
                C,
                None,
                {"head": "workers", "source": "Health, Labour and Welfare Ministry"},
            )
        ],
    ),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_asiaeurope_construction(text, expected):
    check_figures(text, expected)


# Floors: the scores as they stand after the fixes above (rounded down to 3 decimals). 32's
# head and part_of miss one figure each, the open reading of "Around 60% of them" (see above).
ALL = {"f1": 1.0, "bound": 1.0, "kind": 1.0, "head": 1.0, "low_high": 1.0, "part_of": 1.0}


def test_floors_31_puchong_kongsi_raid():
    # F1 0.977: 'more than a year' stays unfound, an open convention (see above)
    assert_floors("31-puchong-kongsi-raid.txt", {**ALL, "f1": 0.976, "source": 1.0})


def test_floors_32_mae_sot_evacuees():
    assert_floors(
        "32-mae-sot-evacuees.txt", {**ALL, "head": 0.947, "part_of": 0.947, "source": 1.0}
    )


def test_floors_33_belarus_border_attempts():
    assert_floors("33-belarus-border-attempts.txt", {**ALL, "source": 1.0})


def test_floors_34_japan_refugee_recognition():
    assert_floors("34-japan-refugee-recognition.txt", {**ALL, "source": 1.0})
