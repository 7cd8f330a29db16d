"""Second dev set, batch ``ds2-ngo``: reports 103-105 of ``tests/fixtures/devset2``, migration
and displacement copy written by NGOs and rights groups and the news stories built on them:
a rights group's report summary ("X said in a report released today", "based on interviews
with N", "at least N of the M people"), a medical charity's press release with survey
figures and its director's quotes ("our teams treated N patients", "one in three
respondents", "according to our survey") and a wire story that reports an aid group's release
with the government's rebuttal ("the ministry disputed the figures", "only N", "the aid
group said"). Each report has hedges (claimed, alleged, disputed), a range, a share, money and
a duration. Before writing them, real copy of these kinds was read through the stored-pages
search (none is kept here): Human Rights Watch's submission on pushback practices and its
report listings ("The 90-page report ... documents"), ECRE's note on the PRAB pushback
report, MSF's Mediterranean and Calais project updates and press-release listings, an MSF
panel transcript, and NRC's pages on its displacement work and its survey of displaced
people. Every sentence, name and number is invented; places and organisations are real.
The brief asked for four reports; there was time for three:

- 103-hrw-croatia-pushbacks.txt: a Human Rights Watch-style release, 2026-11-19, on a
  report about pushbacks from Croatia to Bosnia and Herzegovina, a researcher's quote, the
  Croatian Interior Ministry's disputing written response, a monitoring network's
  allegation, EU funding and Bosnian figures.
- 104-msf-reynosa-survey.txt: an MSF press release, 2026-10-08, from Mexico City on a survey
  of migrants stranded in Reynosa, in the charity's own first person ("our teams", "we
  surveyed", "according to our survey"), with its medical coordinator's quotes, the INM's
  rescues and a state government's claim.
- 105-nrc-mogadishu-evictions.txt: a Reuters-style story, 2026-09-22, datelined Nairobi, on
  an NRC release about evictions of displaced people in Mogadishu ("the aid group said"),
  its country director's quote, the ministry's rebuttal ("only 800 families"), residents'
  allegations, IOM's displacement figure and the UN appeal's funding.

A convention of this batch: in an organisation's own release, "we" and "our" outside a
quotation are the organisation's voice, so "our teams treated 3,400 patients" is the
organisation's figure (gold source Médecins Sans Frontières); sentences of the release with
no first person and no attribution stay in the report's own voice (source null), as in
report 21. In a journalist's story, "we" outside a quote stays the report's own voice.

The reports and their gold were committed (3e6204f) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/ngo-blind --misses``, only this
batch in the folder, at that commit)::

    report                           gold  pred match      P      R     F1  date
    103-hrw-croatia-pushbacks.txt      18    18    18  1.000  1.000  1.000  ok
    104-msf-reynosa-survey.txt         18    18    18  1.000  1.000  1.000  ok
    105-nrc-mogadishu-evictions.txt    19    19    19  1.000  1.000  1.000  ok
    TOTAL                              55    55    55  1.000  1.000  1.000  1.000

    field accuracy over 55 matched figures:
      bound                         1.000  (55/55)
      kind                          1.000  (55/55)
      head                          0.982  (54/55)
      low_high                      1.000  (55/55)
      part_of                       0.909  (50/55)
      source                        0.745  (41/55)
      source (lenient: surname ok)  0.745  (41/55)
      counted                       0.673  (37/55)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      103-hrw-croatia-pushbacks.txt '73': counted: 'migrants and asylum seekers' -> 'migrants'
      103-hrw-croatia-pushbacks.txt 'at least 14': counted: 'people caught deep inside Croatia' -> 'people'
      103-hrw-croatia-pushbacks.txt '41': counted: 'people caught deep inside Croatia' -> 'people'
      103-hrw-croatia-pushbacks.txt 'roughly a third': part_of: nan -> '41'; counted: 'people interviewed' -> 'people'
      103-hrw-croatia-pushbacks.txt '11': counted: 'other boys' -> 'boys'
      103-hrw-croatia-pushbacks.txt 'about €10 million': part_of: '€163 million' -> nan
      103-hrw-croatia-pushbacks.txt '4,310': counted: 'people returned from Croatia' -> 'people'
      104-msf-reynosa-survey.txt '3,400': source: 'Médecins Sans Frontières' -> nan
      104-msf-reynosa-survey.txt '870': source: 'Médecins Sans Frontières' -> nan
      104-msf-reynosa-survey.txt '512': source: 'Médecins Sans Frontières' -> nan; counted: 'people living in shelters and camps in Reynosa' -> 'people living in shelters'
      104-msf-reynosa-survey.txt 'one in three': source: 'Médecins Sans Frontières' -> nan
      104-msf-reynosa-survey.txt '58 percent': head: 'respondents' -> nan; source: 'Médecins Sans Frontières' -> nan; counted: 'respondents' -> nan
      104-msf-reynosa-survey.txt '143': counted: 'respondents travelling with children' -> 'respondents'
      104-msf-reynosa-survey.txt 'seven months': source: 'Médecins Sans Frontières' -> nan
      104-msf-reynosa-survey.txt 'between 12 and 18 months': source: 'Médecins Sans Frontières' -> nan
      104-msf-reynosa-survey.txt 'between $1,500 and $6,000': source: 'Médecins Sans Frontières' -> 'our survey'
      104-msf-reynosa-survey.txt 'Nearly 40 percent': counted: 'patients we treated in August' -> 'patients'
      104-msf-reynosa-survey.txt '2,600': source: 'Médecins Sans Frontières' -> nan
      104-msf-reynosa-survey.txt '9,840': source: 'National Migration Institute' -> "Mexico's National Migration Institute"
      105-nrc-mogadishu-evictions.txt 'More than 150,000': counted: 'people displaced by drought and conflict' -> 'people displaced by drought'
      105-nrc-mogadishu-evictions.txt '412': source: 'Norwegian Refugee Council' -> 'Aid group'
      105-nrc-mogadishu-evictions.txt '287': source: 'Norwegian Refugee Council' -> 'Aid group'
      105-nrc-mogadishu-evictions.txt 'about 40%': part_of: nan -> '287'; source: 'Norwegian Refugee Council' -> 'Aid group'; counted: 'people evicted' -> 'those evicted'
      105-nrc-mogadishu-evictions.txt 'one in four': part_of: nan -> '1,200'
      105-nrc-mogadishu-evictions.txt 'less than 24 hours': counted: 'notice' -> nan
      105-nrc-mogadishu-evictions.txt '62%': part_of: nan -> '1,200'
      105-nrc-mogadishu-evictions.txt '3,150': counted: 'families evicted in August' -> 'families'
      105-nrc-mogadishu-evictions.txt 'about 3.9 million': counted: 'people internally displaced in Somalia' -> 'people'
      105-nrc-mogadishu-evictions.txt 'some 2.1 million': counted: 'people internally displaced in Somalia' -> 'people'
      105-nrc-mogadishu-evictions.txt 'six months': source: nan -> 'A moratorium'; counted: 'moratorium' -> nan
      105-nrc-mogadishu-evictions.txt '23%': counted: 'humanitarian response plan' -> 'humanitarian response plan for Somalia'

A gold slip fixed after the blind run (7827edc): report 104's INM figure had the source
"National Migration Institute", where the text writes "Mexico's National Migration
Institute" and the schema wants the fullest name the text uses (report 21 keeps "Italy's
interior ministry" so); the extractor's reading was right.

Rules made after the blind run, each with its own invented rows below (each row checked to
fail before its rule):

- 7827edc: "the aid group said", "the rights group", "the medical charity", "the humanitarian
  organisation" are the body named before (a kind of civic body before the generic word),
  never a headline's bare "Aid group says ..." taken for a name.
- 1c378e5: in a body's own press release (a PRESS/NEWS/MEDIA RELEASE label at its top), "we"
  and "our" outside quotation marks are the body's voice: a figure with no source of its
  own in a sentence with that first person is the body's the release names most;
  "according to our survey" is the first person (the report's own voice in a newspaper),
  never a body called "our survey"; a participle with its agent and time before the
  sentence's verb ("A moratorium announced by the regional administration in 2024 expired
  after six months") names no speaker.
- (this commit): "€163 million to Croatia for border management since 2021, including about
  €10 million": the gap before "including" may hold 60 characters, not 40; "one in three
  respondents said ..., and 58 percent said ...": a bare share that says something after a
  share of the sentence that said something else counts what that share counts; "of all
  those interviewed" is "of those interviewed"; a share "of those evicted" is no part of
  the earlier level of a change just before it ("up from 287 in the same period").

Left alone: "In a survey of 1,200 evicted households, one in four said ..., and 62% said"
gives both shares part_of 1,200. The schema sets part_of only on the signals it lists, and
the gold follows it (null), but the extractor's reading is a fair one; whether a survey's
sample opening the sentence ("In a survey of N X, ...") is such a signal is for the lead
to decide, so neither gold nor rule was changed. Counted phrases are cut short
("people caught deep inside Croatia" -> "people"), as in the other batches.

The score AFTER these rules (same folder, same command)::

    report                           gold  pred match      P      R     F1  date
    103-hrw-croatia-pushbacks.txt      18    18    18  1.000  1.000  1.000  ok
    104-msf-reynosa-survey.txt         18    18    18  1.000  1.000  1.000  ok
    105-nrc-mogadishu-evictions.txt    19    19    19  1.000  1.000  1.000  ok
    TOTAL                              55    55    55  1.000  1.000  1.000  1.000

    field accuracy over 55 matched figures:
      bound                         1.000  (55/55)
      kind                          1.000  (55/55)
      head                          1.000  (55/55)
      low_high                      1.000  (55/55)
      part_of                       0.964  (53/55)
      source                        1.000  (55/55)
      source (lenient: surname ok)  1.000  (55/55)
      counted                       0.691  (38/55)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# and checked to fail before each rule).
CASES = [
    (
        "invented/Reuters on an IRC release: 'the aid group said' after the body named",
        "Aid group warns of hunger in Sudan camps\n\nMore than 20,000 people have fled "
        "Kassala since May, the International Rescue Committee said on Monday. The aid group "
        "said its clinics had treated 640 children for malnutrition.",
        [
            (
                "More than 20,000",
                20000,
                LO,
                C,
                None,
                {"source": "International Rescue Committee"},
            ),
            (
                "640",
                640,
                E,
                C,
                None,
                {"head": "children", "source": "International Rescue Committee"},
            ),
        ],
    ),
    (
        "invented/AP on an Amnesty report: 'the rights group said' with no headline",
        "Amnesty International said 38 asylum seekers had been held at the airport. The rights "
        "group said 12 of them were children.",
        [
            ("38", 38, E, C, None, {"source": "Amnesty International"}),
            ("12", 12, E, C, None, {"part_of": 0, "source": "Amnesty International"}),
        ],
    ),
    (
        "invented/IRC press release: 'our teams' and 'we' outside a quote are the body's",
        "PRESS RELEASE\n\nLebanon: Syrian refugees in the Bekaa face eviction, IRC warns\n\n"
        "BEIRUT, 3 May 2026 – Syrian refugees in the Bekaa valley are being evicted at an "
        "alarming rate, the International Rescue Committee (IRC) warned today.\n\nSince "
        "January our protection teams have reached 4,200 refugees in Zahle and Baalbek. We "
        "interviewed 310 households in Baalbek in March.",
        [
            ("4,200", 4200, E, C, None, {"source": "International Rescue Committee"}),
            ("310", 310, E, C, None, {"source": "International Rescue Committee"}),
        ],
    ),
    (
        "invented/NRC press release: 'according to our assessment' is the body's",
        "NEWS RELEASE\n\nOSLO, 12 June 2026 – Displaced families in Cabo Delgado are running "
        "out of food, the Norwegian Refugee Council (NRC) said today.\n\nAccording to our "
        "assessment, 2,700 families in Mueda have had no food distribution since April.",
        [("2,700", 2700, E, C, None, {"source": "Norwegian Refugee Council"})],
    ),
    (
        "invented/newspaper analysis: 'according to our analysis' is the paper's own voice",
        "According to our analysis, 1,240 asylum seekers were moved between hotels in March.",
        [("1,240", 1240, E, C, None, {"source": None})],
    ),
    (
        "invented/Nation (Nairobi): a ban 'announced by X in 2023' is no speaker",
        "The eviction ban announced by the Kenyan government in 2023 lapsed after nine "
        "months, leaving 4,000 families exposed.",
        [
            ("nine months", 9, E, D, "month", {"source": None}),
            ("4,000", 4000, E, C, None, {"head": "families", "source": None}),
        ],
    ),
    (
        "invented/Guardian: 'paid £N to France for X since 2023, including £M'",
        "Britain has paid £480 million to France for extra patrols on its northern coast "
        "since 2023, including £95 million for drones and vans.",
        [
            ("£480 million", 480e6, E, M, "GBP"),
            ("£95 million", 95e6, E, M, "GBP", {"part_of": 0}),
        ],
    ),
    (
        "invented/IRC survey: 'a third of the women interviewed said ..., and 20% said'",
        "A third of the women interviewed said they had been threatened, and 20% said they "
        "had been assaulted.",
        [
            ("A third", 100 / 3, E, P, "%", {"head": "women"}),
            ("20%", 20, E, P, "%", {"head": "women"}),
        ],
    ),
    (
        "invented/WFP release: 'about 40% of households said ..., while 12% said'",
        "About 40% of households said they had no income, while 12% said they ate once a day.",
        [
            ("About 40%", 40, AP, P, "%", {"head": "households"}),
            ("12%", 12, E, P, "%", {"head": "households"}),
        ],
    ),
    (
        "invented/AP on a UNHCR release: a share 'of those X' after 'up from N' is no part",
        "Officials recorded 640 deportations in May, up from 410 in April, and women made up "
        "about 30% of those deported.",
        [
            ("640", 640, E, C, None),
            ("410", 410, E, C, None),
            ("about 30%", 30, AP, P, "%", {"part_of": None}),
        ],
    ),
    (
        "invented/Amnesty summary: 'of all those interviewed' is those asked, no part",
        "Researchers found 52 people held beyond the legal limit, and nearly half of all those "
        "interviewed had no lawyer.",
        [
            ("52", 52, E, C, None, {"head": "people"}),
            ("nearly half", 50, UP, P, "%", {"part_of": None}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_ngo_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "103-hrw-croatia-pushbacks.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "104-msf-reynosa-survey.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "105-nrc-mogadishu-evictions.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.89,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_ngo_floors(name):
    assert_floors(name, FLOORS[name])
