"""DOCSTRING"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, MS = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# before the fix that makes it pass, and checked to fail before it), and guards that pass
# before and after.
CASES = [
    # --- the White House speaks: a body, never a person called White ---------------------
    (
        "invented/NYT: 'a figure it said included' after 'The White House said'",
        "CBP's own figures tell another story.\n\n"
        "The White House said on Monday that 310,000 people had been deported since January, "
        "a figure it said included 74,000 people flown out on military aircraft.",
        [
            ("310,000", 310000, E, C, None, {"source": "White House"}),
            ("74,000", 74000, E, C, None, {"source": "White House", "part_of": 0}),
        ],
    ),
    (
        "invented/guard: a White House official named after the office is the person",
        "White House press secretary Dana Ortiz said 40 flights had left since Friday.",
        [("40", 40, E, C, None, {"source": "Dana Ortiz"})],
    ),
    # --- a fact-check's claim line: the quote, then "That is what X said" ----------------
    (
        "invented/AP Fact Check: 'CLAIM:' quote, then \"That's what state Sen. X said\"",
        'CLAIM: "We have released 80,000 criminal aliens into Texas, and 9,000 of them were '
        'gang members."\n\n'
        "That's what state Sen. Dale Prescott, R-Texas, said in an interview on Fox News on "
        "Sept. 9.\n\n"
        "THE FACTS: The Texas Department of Public Safety reported 4,100 such arrests.",
        [
            ("80,000", 80000, E, C, None, {"source": "Dale Prescott"}),
            ("9,000", 9000, E, C, None, {"source": "Dale Prescott", "part_of": 0}),
            ("4,100", 4100, E, C, None, {"source": "Texas Department of Public Safety"}),
        ],
    ),
    # --- a speaker "pointed to" the evidence for a claim ---------------------------------
    (
        "invented/PolitiFact: a spokeswoman 'pointed to an increase of' arrests",
        "Asked for evidence, the governor's spokeswoman, Lena Ortiz, pointed to an increase of "
        "870 arrests at the state's checkpoints.",
        [("870", 870, E, C, None, {"source": "Lena Ortiz"})],
    ),
    (
        "invented/guard: a sign that 'pointed to 40 miles' says nothing",
        "The sign pointed to 40 miles of unpaved road.",
        [("40 miles", 40, E, MS, "mile", {"source": None})],
    ),
    # --- a committee's summary of a bill, and "the committee summary" after it -----------
    (
        "invented/Politico: 'according to a summary from the Senate Appropriations Committee'",
        "The Senate bill would add $8.7 billion for border barriers over five years, according "
        "to a summary from the Senate Appropriations Committee released on Wednesday.\n\n"
        "It would also fund 3,000 new Border Patrol agents, the committee summary said.",
        [
            ("$8.7 billion", 8.7e9, E, M, "USD", {"source": "Senate Appropriations Committee"}),
            ("five years", 5, E, D, "year", {"source": "Senate Appropriations Committee"}),
            ("3,000", 3000, E, C, None, {"source": "Senate Appropriations Committee"}),
        ],
    ),
    # --- a research body with its acronym and its university ---------------------------
    (
        "invented/WaPo: 'an analysis by the ... Lab (IPL) at Stanford University'",
        "Asylum grants fell to 8,200 in the quarter, according to an analysis by the "
        "Immigration Policy Lab (IPL) at Stanford University.",
        [("8,200", 8200, E, C, None, {"source": "Immigration Policy Lab"})],
    ),
    # --- a study, an aside set off by commas, then "found" -------------------------------
    (
        "invented/fact-check: 'A study by X of Y data, one of the few ..., found N'",
        "A study by the Urban Institute of census data, one of the few sources that tracks "
        "mixed-status families, found 12% of children had a deported parent.",
        [("12%", 12, E, P, "%", {"source": "Urban Institute"})],
    ),
    (
        "invented/guard: rescuers, an aside, then 'found 12 bodies' find things",
        "Rescuers, one of the few teams still working in the area, found 12 bodies in the river.",
        [("12", 12, E, C, None, {"source": None})],
    ),
    # --- a claim made with pride: "boasted", "touts" -----------------------------------
    (
        "invented/WaPo: 'boasted on Friday that' and a headline's 'touts'",
        "DHS touts 1,400 arrests in Chicago sweep\n\n"
        "The Department of Homeland Security boasted on Friday that 1,400 people had been "
        "arrested in a single week.",
        [
            ("1,400", 1400, E, C, None, {"source": "Department of Homeland Security"}),
            ("1,400", 1400, E, C, None, {"source": "Department of Homeland Security"}),
        ],
    ),
    (
        "invented/guard: 'the town boasts 40 restaurants' has them",
        "The border town boasts 40 restaurants and a museum.",
        [("40", 40, E, C, None, {"source": None})],
    ),
    # --- a closing tag "X found in a May report." --------------------------------------
    (
        "invented/The Hill: '..., the Congressional Research Service found in a 2024 review.'",
        "A single removal flight to India can cost more than $700,000, the Congressional "
        "Research Service found in a 2024 review.",
        [
            (
                "more than $700,000",
                700000,
                LO,
                M,
                "USD",
                {"source": "Congressional Research Service"},
            )
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_usclaims_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_usclaims_floors(name):
    assert_floors(name, FLOORS[name])
