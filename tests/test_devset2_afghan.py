"""Second dev set, batch ``ds2-afghan``: reports 35-38 of ``tests/fixtures/devset2``.

BLIND_PLACEHOLDER
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"
MORR = "Ministry of Refugees and Repatriation"
# (open: a speaker's place, "a driver in Chtaura", is kept by the gold of reports 18 and 28
# and cut by the extractor for a singular speaker)
UST = ("UNHCR staff at Torkham", "UNHCR staff")

# Batch 1: the constructions that failed in the four reports, each in other words.
CASES = [
    # "the zero point" / "the zero line": the border line at Torkham, Wagah or on the
    # Bangladesh-India border, a place and no count of nothing.
    (
        "invented/Afghan outlet: officials at the zero point",
        "Officials at the zero point registered 340 families on Monday, a border official "
        "said.",
        [("340", 340, E, C, None, {"head": "families", "source": "a border official"})],
    ),
    (
        "invented/Bangladeshi daily: pushed back across the zero line",
        "Guards pushed 25 people back across the zero line near Sylhet, the BGB said.",
        [("25", 25, E, C, None, {"head": "people"})],
    ),
    (
        "invented/guard: zero deaths is a count",
        "The camp clinic reported zero deaths in March.",
        [("zero", 0, E, C, None, {"head": "deaths"})],
    ),
    # ", saying ...": the participle's subject is the sentence's, whatever the clause says.
    (
        "invented/wire: asked for a period, saying ...",
        "Afghan officials have asked Tehran for a grace period of six months, saying the "
        "western provinces cannot take more returnees.",
        [("six months", 6, E, D, "month", {"source": "Afghan officials"})],
    ),
    (
        "invented/wire: requested an amount, saying ...",
        "Aid groups have requested $40 million from donors, saying the border camps are full.",
        [("$40 million", 4e7, E, M, "USD", {"source": "Aid groups"})],
    ),
    # An acronym used before it is spelt out (a headline's ": MoRR"; a body's "The PDMA
    # said" before "The Provincial Disaster Management Authority (PDMA)").
    (
        "invented/TOLOnews: a headline's attribution spelt out in the first paragraph",
        "Over 2,000 Families Return from Iran in Three Days: MoRR\n\n"
        "The Ministry of Refugees and Repatriation (MoRR) said on Monday that more than "
        "2,000 families had returned from Iran.",
        [
            ("Over 2,000", 2000, LO, C, None, {"head": "families", "source": MORR}),
            ("Three Days", 3, E, D, "day", {"source": MORR}),
            ("more than 2,000", 2000, LO, C, None, {"head": "families", "source": MORR}),
        ],
    ),
    (
        "invented/Pakistani daily: an acronym spelt out only later",
        "The PDMA said 3,000 houses had been damaged in Swat. The Provincial Disaster "
        "Management Authority (PDMA) has set up 12 relief camps.",
        [
            ("3,000", 3000, E, C, None, {"source": "Provincial Disaster Management Authority"}),
            ("12", 12, E, C, None, {"head": "camps"}),
        ],
    ),
    # "Of the N people ..., M were <card> holders": the noun after the copula is the head,
    # a compound one too; a part with a verb and no noun keeps the whole's.
    (
        "invented/wire: of the people who crossed, card holders",
        "Of the 5,120 people who crossed at Chaman on Friday, 3,900 were ACC holders and "
        "610 held PoR cards, officials said.",
        [
            ("5,120", 5120, E, C, None, {"head": "people", "source": "officials"}),
            ("3,900", 3900, E, C, None, {"head": "holders", "part_of": 0}),
            ("610", 610, E, C, None, {"head": "people", "part_of": 0}),
        ],
    ),
    (
        "invented/Pakistani daily: of the detained, PoR card holders",
        "Of the 820 Afghans detained in Quetta, 505 were PoR card holders.",
        [
            ("820", 820, E, C, None, {"head": "afghans"}),
            ("505", 505, E, C, None, {"head": "holders", "part_of": 0}),
        ],
    ),
    # "W, including A and B. N per cent of them ...": "them" is W, not the list's last item
    # (with one item, "W, including A. N of them", either can be meant: left out, open).
    (
        "invented/IOM flash: a share of them after an including list",
        "Arrivals from Iran reached 52,400, including 8,100 women and 11,300 children. About "
        "70 per cent of them were deported.",
        [
            ("52,400", 52400, E, C, None, {"head": "arrivals"}),
            ("8,100", 8100, E, C, None, {"head": "women", "part_of": 0}),
            ("11,300", 11300, E, C, None, {"head": "children", "part_of": 0}),
            ("About 70 per cent", 70, AP, P, "%", {"head": "arrivals", "part_of": 0}),
        ],
    ),
    (
        "invented/UNHCR: a share of them, then the same share a year earlier",
        "Returns from Pakistan stood at 41,300, including 9,800 PoR card holders and 6,100 "
        "ACC holders. Some 35 per cent of them were deported, against 12 per cent a year "
        "earlier.",
        [
            ("41,300", 41300, E, C, None, {"head": "returns"}),
            ("9,800", 9800, E, C, None, {"head": "holders", "part_of": 0}),
            ("6,100", 6100, E, C, None, {"head": "holders", "part_of": 0}),
            ("Some 35 per cent", 35, AP, P, "%", {"head": "returns", "part_of": 0}),
            ("12 per cent", 12, E, P, "%", {"part_of": None}),
        ],
    ),
    # "Among the N returnees screened by X, M were ...": the agent of the participle.
    (
        "invented/IOM flash: among those screened by named monitors",
        "Among the 96,000 returnees screened by IOM border monitors since March, 4,210 were "
        "unaccompanied children.",
        [
            ("96,000", 96000, E, C, None, {"source": "IOM border monitors"}),
            ("4,210", 4210, E, C, None, {"source": "IOM border monitors", "part_of": 0}),
        ],
    ),
    (
        "invented/UNHCR: of those registered by named staff",
        "Of the 2,300 people registered by UNHCR staff at Torkham, 900 were children.",
        [
            ("2,300", 2300, E, C, None, {"source": UST}),
            ("900", 900, E, C, None, {"source": UST, "part_of": 0}),
        ],
    ),
    # "The <Name> appeal ... is N per cent funded": the common noun after the name is the
    # whole.
    (
        "invented/IOM flash: a named consortium's appeal is N per cent funded",
        "The Border Consortium appeal seeks US$ 90 million and is 18 per cent funded.",
        [
            ("US$ 90 million", 9e7, E, M, "USD"),
            ("18 per cent", 18, E, P, "%", {"head": "appeal", "part_of": 0}),
        ],
    ),
    (
        "invented/OCHA: a named fund's appeal is N per cent funded",
        "The WFP winter appeal of $60 million is only 31 per cent funded.",
        [
            ("$60 million", 6e7, E, M, "USD"),
            ("31 per cent", 31, E, P, "%", {"head": "appeal", "part_of": 0}),
        ],
    ),
    # "only N of those were ...": "of those" points back as "of them" does; "By X's own
    # breakdown" names the source as "By X's count" does.
    (
        "invented/Pakistani daily: N of those, after a count",
        "Police arrested 1,900 Afghans in Quetta in May, and 640 of those were later "
        "released on bail.",
        [
            ("1,900", 1900, E, C, None, {"head": "afghans"}),
            ("640", 640, E, C, None, {"head": "afghans", "part_of": 0}),
        ],
    ),
    (
        "invented/Pakistani daily: by the body's own breakdown, N of those",
        "The home department says 84,000 Afghans have left Balochistan since April. By the "
        "department's own breakdown, only 6,200 of those were deported.",
        [
            ("84,000", 84000, E, C, None, {"head": "afghans", "source": "home department"}),
            (
                "6,200",
                6200,
                E,
                C,
                None,
                {"head": "afghans", "part_of": 0, "source": "home department"},
            ),
        ],
    ),
    (
        "invented/Pakistani daily: by a named body's own count",
        "By UNHCR's own count, 3,400 refugees were detained in August.",
        [("3,400", 3400, E, C, None, {"head": "refugees", "source": "UNHCR"})],
    ),
    # "In <city>, home to N X, <source> said ...": the place's apposition is background.
    (
        "invented/Pakistani daily: a city's population in apposition before the speaker",
        "In Quetta, home to some 90,000 Afghans, police said they had detained 700 people "
        "this week.",
        [
            ("some 90,000", 90000, AP, C, None, {"head": "afghans", "source": None}),
            ("700", 700, E, C, None, {"head": "people", "source": "police"}),
        ],
    ),
    # "a gap neither side has explained": no one is reporting the figure.
    (
        "invented/Pakistani daily: a gap neither side has explained",
        "That is about 40,000 more than the ministry's figure, a discrepancy neither agency "
        "has explained.",
        [("about 40,000", 40000, AP, C, None, {"source": None})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_afghan_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
