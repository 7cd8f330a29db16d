"""Second dev set, batch ``ds2-shelters``: reports 181-183 of ``tests/fixtures/devset2``,
the US metropolitan press on city- and state-run migrant shelters and their costs (New
York's, Chicago's and Massachusetts's emergency shelter systems, 2023-2025): a mayor's
office census of "migrants in the city's care", the 30-day and 60-day shelter limits and "a
60-day notice", a city budget office's "$4.3 billion" and "$383 per household per night", a
city council budget hearing with per-night and per-migrant costs, aldermen quoted by title
and ward ("Ald. Raymond Lugo (13th)"), police-station floor counts and "according to a
Sun-Times count", and a state's emergency-shelter cap of 7,500 families, its waitlist, hotel
counts and the governor's supplemental budget. Before writing them, real copy of these
kinds was read through the stored-pages search (none is kept here): amNY, Crain's New York,
NBC New York, THE CITY and AP stories on New York's 60-day notices and the Roosevelt Hotel
intake center; Fox 32, CBS Chicago, WBEZ, Block Club and Chicago Tribune stories on the City
Council's budget and immigration committees, police stations and the $70 million votes; and
Boston Globe, State House News Service and governor's-office copy on the 7,500-family cap,
the waitlist, the nine-month stay limit and supplemental budgets. Every sentence, name and
number is invented; places and organisations are real:

- 181-gothamist-nyc-shelter-census-notices.txt: a Gothamist/New York Times-like story,
  2024-04-17, on the mayor's office census ("About 64,100 migrants were in the city's
  care"), the 30-day and 60-day limits, notices "Of the 21,400", HERRCs "17 of them", OMB's
  "$4.3 billion" and "$383 per household per night", a council member's quote, the Legal Aid
  Society and the Coalition for the Homeless in a joint statement ("waited over 24 hours")
  and a court settlement's extension "of up to 30 days".
- 182-tribune-chicago-budget-hearing-shelter-costs.txt: a Chicago Tribune/Sun-Times-like
  story, 2024-11-06, on a Budget Committee hearing: "$574.5 million" told to the committee
  "as aldermen questioned" another "$95 million", "about $56 a night, or roughly $1,700 a
  month", aldermen by ward, DFSS's site and shelter counts "2,140 of them children", the
  police-station floor counts, the 60-day limit "Of the 9,200", IDHS's "$638 million ...,
  about 47% of all spending on new arrivals", "from 117 days to 64 days" and "according to a
  Sun-Times count".
- 183-globe-massachusetts-shelter-cap-supplemental.txt: a Boston Globe-like story,
  2025-01-22, on the governor's supplemental budget ("$410 million"), 7,310 families under
  the cap of 7,500, EOHLC's waitlist and hotel counts, "the budget office projects $915
  million", "$280 per family per night", the nine-month limit with 90-day extensions, a
  representative's "more than $2 billion", the Massachusetts Municipal Association and
  Lawyers for Civil Rights.

The reports and their gold were committed (aae5dde) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/shelters-blind --misses``, only
this batch in the folder, at that commit)::

    report                                                gold  pred match      P      R     F1  date
    181-gothamist-nyc-shelter-census-notices.txt            27    27    27  1.000  1.000  1.000  ok
    182-tribune-chicago-budget-hearing-shelter-costs.txt    23    23    23  1.000  1.000  1.000  ok
    183-globe-massachusetts-shelter-cap-supplemental.txt    21    21    21  1.000  1.000  1.000  ok
    TOTAL                                                   71    71    71  1.000  1.000  1.000  1.000

    field accuracy over 71 matched figures:
      bound                         0.986  (70/71)
      kind                          1.000  (71/71)
      head                          0.958  (68/71)
      low_high                      0.986  (70/71)
      part_of                       0.972  (69/71)
      source                        0.915  (65/71)
      source (lenient: surname ok)  0.915  (65/71)
      counted                       0.282  (20/71)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      181-gothamist-nyc-shelter-census-notices.txt '30-day': counted: 'shelter limit on single adults' -> nan
      181-gothamist-nyc-shelter-census-notices.txt '60-day': counted: 'shelter limit on families with children' -> 'limits'
      181-gothamist-nyc-shelter-census-notices.txt 'About 64,100': counted: "migrants in the city's care" -> 'migrants'
      181-gothamist-nyc-shelter-census-notices.txt 'more than 69,000': counted: "migrants in the city's care at the January peak" -> 'migrants'
      181-gothamist-nyc-shelter-census-notices.txt '30-day': counted: 'shelter limit on single adults' -> 'limit'
      181-gothamist-nyc-shelter-census-notices.txt '60-day': counted: 'shelter limit on families with children' -> 'limit'
      181-gothamist-nyc-shelter-census-notices.txt '21,400': counted: 'shelter notices issued since the rules took effect' -> 'notices'
      181-gothamist-nyc-shelter-census-notices.txt '7,850': counted: 'adults who reapplied for a bed at the arrival center' -> 'adults'
      181-gothamist-nyc-shelter-census-notices.txt 'about 4,300': counted: 'notices that went to families with children' -> 'notices'
      181-gothamist-nyc-shelter-census-notices.txt '60-day': counted: 'notice for families with children' -> 'notice instead'
      181-gothamist-nyc-shelter-census-notices.txt '30-day': counted: 'notice for single adults' -> 'version'
      181-gothamist-nyc-shelter-census-notices.txt 'more than 188,000': counted: "asylum seekers who passed through the city's intake system since the spring of 2022" -> 'asylum seekers'
      181-gothamist-nyc-shelter-census-notices.txt '214': counted: 'emergency sites the city runs' -> 'emergency sites'
      181-gothamist-nyc-shelter-census-notices.txt '17': counted: 'humanitarian emergency response and relief centers among the emergency sites' -> 'large humanitarian emergency response and relief centers'
      181-gothamist-nyc-shelter-census-notices.txt '58 percent': head: 'migrants' -> 'centers'; part_of: nan -> '17'; counted: "migrants in the city's care who are families with children" -> 'large humanitarian emergency response and relief centers'
      181-gothamist-nyc-shelter-census-notices.txt 'Some 11,000': counted: 'school-age children among the shelter residents' -> 'school-age children'
      181-gothamist-nyc-shelter-census-notices.txt 'three years': counted: 'earlier migrant spending estimate' -> nan
      181-gothamist-nyc-shelter-census-notices.txt 'at least 1,200': counted: 'shelter children who changed schools this year' -> 'kids'
      181-gothamist-nyc-shelter-census-notices.txt 'more than 2,600': source: 'Legal Aid Society' -> 'Coalition for the Homeless'; counted: 'adults who waited for a new placement after their notices expired' -> 'adults'
      181-gothamist-nyc-shelter-census-notices.txt 'over 24 hours': bound: 'lower' -> 'exact'; source: 'Legal Aid Society' -> 'Coalition for the Homeless'; counted: 'wait for a new placement' -> nan; low/high: 24/null -> 24/24
      181-gothamist-nyc-shelter-census-notices.txt 'up to 30 days': counted: 'extension for extenuating circumstances' -> nan
      181-gothamist-nyc-shelter-census-notices.txt 'fewer than 60,000': head: 'migrants' -> 'people'; counted: "migrants in the city's care expected by the summer" -> 'people'
      182-tribune-chicago-budget-hearing-shelter-costs.txt '$95 million': source: nan -> 'budget officials'
      182-tribune-chicago-budget-hearing-shelter-costs.txt 'about 6,200': counted: 'migrants in city shelters on an average night assumed in the spending plan' -> 'migrants'
      182-tribune-chicago-budget-hearing-shelter-costs.txt '15,100': counted: "migrants in city shelters at last winter's peak" -> 'migrants'
      182-tribune-chicago-budget-hearing-shelter-costs.txt '19': counted: 'sites in the shelter system' -> 'sites'
      182-tribune-chicago-budget-hearing-shelter-costs.txt '28': counted: 'sites in the shelter system in January' -> 'sites'
      182-tribune-chicago-budget-hearing-shelter-costs.txt '4,960': counted: 'people in city shelters as of Monday' -> 'people'
      182-tribune-chicago-budget-hearing-shelter-costs.txt '2,140': counted: 'people in city shelters who were children' -> 'children'
      182-tribune-chicago-budget-hearing-shelter-costs.txt 'more than 3,400': counted: "migrants sleeping in police stations and at O'Hare at the height of the crisis" -> 'migrants'
      182-tribune-chicago-budget-hearing-shelter-costs.txt '41': source: nan -> "The city's dashboard"; counted: 'people in police districts on a night in November 2023' -> 'people'
      182-tribune-chicago-budget-hearing-shelter-costs.txt 'about 9,200': counted: 'migrants who received notices under the 60-day policy' -> 'migrants'
      182-tribune-chicago-budget-hearing-shelter-costs.txt '9,200': counted: 'migrants who received notices' -> 'migrants'
      182-tribune-chicago-budget-hearing-shelter-costs.txt 'roughly 3,100': counted: 'migrants who returned and reapplied for a bed' -> 'migrants'
      182-tribune-chicago-budget-hearing-shelter-costs.txt 'two years': counted: "state funding for the city's shelters" -> nan
      182-tribune-chicago-budget-hearing-shelter-costs.txt 'about 47%': head: 'spending' -> nan; part_of: nan -> '$638 million'; counted: 'share of all spending on new arrivals covered by the state' -> nan
      182-tribune-chicago-budget-hearing-shelter-costs.txt '117 days': counted: 'average shelter stay before' -> nan
      182-tribune-chicago-budget-hearing-shelter-costs.txt '64 days': counted: 'average shelter stay now' -> nan
      182-tribune-chicago-budget-hearing-shelter-costs.txt 'At least 12': counted: 'aldermen who will oppose any new money for migrants' -> 'aldermen'
      183-globe-massachusetts-shelter-cap-supplemental.txt '$410 million': source: nan -> 'The governor'
      183-globe-massachusetts-shelter-cap-supplemental.txt '7,310': counted: 'families in the emergency assistance shelter system' -> 'families'
      183-globe-massachusetts-shelter-cap-supplemental.txt '7,500': counted: 'families allowed under the shelter cap' -> 'families'
      183-globe-massachusetts-shelter-cap-supplemental.txt '612': counted: 'families on the shelter waitlist' -> 'families'
      183-globe-massachusetts-shelter-cap-supplemental.txt 'About 46 percent': counted: 'families in shelter who are new arrivals to the United States' -> 'families in shelter'
      183-globe-massachusetts-shelter-cap-supplemental.txt 'roughly 1,800': counted: 'families staying in hotels and motels' -> 'families'
      183-globe-massachusetts-shelter-cap-supplemental.txt '41': counted: 'hotels and motels housing shelter families' -> 'hotels'
      183-globe-massachusetts-shelter-cap-supplemental.txt 'two years': counted: 'spending on the shelter system' -> nan
      183-globe-massachusetts-shelter-cap-supplemental.txt '$915 million': source: 'budget office' -> nan
      183-globe-massachusetts-shelter-cap-supplemental.txt 'up to nine months': counted: 'shelter stay' -> nan
      183-globe-massachusetts-shelter-cap-supplemental.txt '90 days': counted: 'extensions for families working or in job training' -> nan
      183-globe-massachusetts-shelter-cap-supplemental.txt 'six months': counted: "maximum shelter stay under the governor's bill" -> nan
      183-globe-massachusetts-shelter-cap-supplemental.txt 'at least 87': counted: 'communities that have hosted shelter families' -> 'communities'
      183-globe-massachusetts-shelter-cap-supplemental.txt 'about 160': counted: 'families the Chelsea respite center has room for' -> 'families'
      183-globe-massachusetts-shelter-cap-supplemental.txt '23%': counted: 'growth of the waitlist since October' -> nan

No gold was changed after the blind run. The table below holds invented sentences (other
names, places and numbers) with the constructions that failed in the three reports, each
checked to fail on the blind commit's package before its rule, and guards that pass before
and after. AFTER this round's rules (same folder, same command)::

    TOTAL                                                   71    71    71  1.000  1.000  1.000  1.000
      bound 1.000, kind 1.000, low_high 1.000, part_of 1.000, head 0.972 (69/71),
      source 0.944 (67/71), counted 0.282 (20/71)

The general rules of this round, one line each:

- "waited over 24 hours", "have stayed under 90 days", "remained over six months": a verb of
  waiting or staying before "over"/"under" and a duration makes them a bound, as a verb of
  taking time already did; "spent $1.1 billion ... over three years" stays a span.
- "The city runs 214 sites, 17 of them ... centers. Families make up 58 percent of those in
  the city's care": "those" held somewhere (care, custody, detention, shelters, camps,
  prisons, jails) after a count of places in an earlier sentence are people, no part of the
  places (a count of people before keeps its share).
- "about 47% of all spending on new arrivals": after a determiner a gerund of money
  (_MONEY_OF_NOUNS: spending, funding) is the noun, not a participle with its preposition;
  the share's head is "spending" and it is no part of the amount before it.
- "the budget office projects $915 million": "projects" after a body noun or a role is the
  verb when a figure or "that" follows at once ("office projects worth $5 billion" stays a
  noun).
- "budget officials told the City Council's Committee on ... on Tuesday, as aldermen
  questioned a proposal to set aside another $95 million": after "told" and its listener,
  ", as" opens a clause of the reporter's own, as it did after "said on Tuesday".

Left alone (open conventions or gold calls): "The Legal Aid Society and the Coalition for
the Homeless said in a joint statement" is read as the second body alone (the gold gives the
first; "UNHCR and IOM said" is kept whole, and the project's gold has no joint source to
follow); "The city's dashboard showed 41 people" read as the dashboard's figure (the gold
keeps it null, as "showed" is no verb the schema names, but a data source's "showed" is
close to "according to"); the governor's "$410 million" in a sentence closed by ", warning
that ..." read as the governor's (the gold keeps the request in the reporter's voice);
"58 percent of those in the city's care" and "to fall to fewer than 60,000" read with the
head "people" (the gold restores "migrants", elided); and, seen in a probe, "The city halted
government projects worth $5 billion" giving the source "The city halted government" (so
at the blind commit too).
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
    # --- "waited over 48 hours": a verb of waiting or staying before "over" + a duration --
    (
        "invented/Denver Post: 'waited over 48 hours' for a bed is more than 48 hours",
        "Some 900 new arrivals waited over 48 hours for a shelter bed at the Denver intake "
        "center, city officials said.",
        [
            ("Some 900", 900, AP, C, None, {"source": "city officials"}),
            ("over 48 hours", 48, LO, D, "hour", {"source": "city officials"}),
        ],
    ),
    (
        "invented/Boston Globe: 'families have stayed under 90 days' is fewer than 90 days",
        "Most families in the state's overflow sites have stayed under 90 days, and 310 have "
        "remained over six months.",
        [
            ("under 90 days", 90, UP, D, "day"),
            ("310", 310, E, C, None),
            ("over six months", 6, LO, D, "month"),
        ],
    ),
    # --- "N percent of those in the city's care" after a count of places ----------------
    (
        "invented/Gothamist: 'of those in the shelters' after a count of sites is people",
        "The state runs 52 shelter sites, nine of them former hotels. Single mothers make up "
        "41 percent of those in the shelters.",
        [
            ("52", 52, E, C, None),
            ("nine", 9, E, C, None, {"part_of": 0}),
            ("41 percent", 41, E, P, "%", {"part_of": None, "head": "people"}),
        ],
    ),
    (
        "invented/Chicago Tribune: 'of those in custody' after a count of centers",
        "The agency operates 14 detention centers in Illinois. Some 60% of those in custody "
        "are from Venezuela.",
        [
            ("14", 14, E, C, None),
            ("Some 60%", 60, AP, P, "%", {"part_of": None, "head": "people"}),
        ],
    ),
    (
        "invented/guard: 'of those in custody' after a count of people is a share of them",
        "About 5,200 migrants arrived in October. Some 60 percent of those in custody were men.",
        [
            ("About 5,200", 5200, AP, C, None),
            ("Some 60 percent", 60, AP, P, "%", {"part_of": 0, "head": "migrants"}),
        ],
    ),
    # --- "about 47% of all spending on new arrivals" after an amount --------------------
    (
        "invented/Sun-Times: 'of all spending on the program' is the share's whole",
        "The county said it had paid $212 million to hotels since 2023, about 38% of all "
        "spending on the program.",
        [
            ("$212 million", 212e6, E, M, "USD", {"source": "The county"}),
            ("about 38%", 38, AP, P, "%", {"head": "spending", "part_of": None}),
        ],
    ),
    (
        "invented/guard: 'of the funding for shelters' (no participle's preposition)",
        "Washington has covered $40 million, or 11 percent of the funding for emergency shelters.",
        [
            ("$40 million", 40e6, E, M, "USD"),
            ("11 percent", 11, E, P, "%", {"head": "funding", "part_of": None}),
        ],
    ),
    # --- "the budget office projects $915 million": a body's or a role's projection ------
    (
        "invented/Denver Post: 'the budget office projects $N' is the office's figure",
        "In Denver, the budget office projects $89.9 million in migrant spending next year.",
        [("$89.9 million", 89.9e6, E, M, "USD", {"source": "the budget office"})],
    ),
    (
        "invented/Boston Globe: 'the state's housing secretary projects about N families'",
        "The state's housing secretary projects about 7,000 families in shelter by June.",
        [
            (
                "about 7,000",
                7000,
                AP,
                C,
                None,
                {"source": "The state's housing secretary"},
            )
        ],
    ),
    (
        "invented/guard: 'office projects worth $5 billion' is the noun",
        "The city halted four office projects worth $5 billion.",
        [
            ("four", 4, E, C, None, {"source": None}),
            ("$5 billion", 5e9, E, M, "USD", {"source": None}),
        ],
    ),
    # --- "officials told the committee on Tuesday, as aldermen questioned ... $95 million" --
    (
        "invented/Chicago Tribune: 'told the Board ... on Monday, as' opens the reporter's clause",
        "The county has spent $61.2 million on migrant hotels since 2023, finance officials "
        "told the Board of Commissioners on Monday, as commissioners weighed a request for "
        "another $14 million.",
        [
            ("$61.2 million", 61.2e6, E, M, "USD", {"source": "finance officials"}),
            ("$14 million", 14e6, E, M, "USD", {"source": None}),
        ],
    ),
    (
        "invented/Denver Post: 'told reporters on Friday, as' a bus arrived",
        "The city has housed 4,100 migrants since March, officials told reporters on Friday, "
        "as a new bus carrying 52 people arrived.",
        [
            ("4,100", 4100, E, C, None, {"source": "officials"}),
            ("52", 52, E, C, None, {"source": None}),
        ],
    ),
    (
        "invented/guard: 'told reporters on Monday, adding that' keeps the speaker",
        "The city has spent $80 million, officials told reporters on Monday, adding that "
        "another $30 million would be needed.",
        [
            ("$80 million", 80e6, E, M, "USD", {"source": "officials"}),
            ("$30 million", 30e6, E, M, "USD", {"source": "officials"}),
        ],
    ),
    (
        "invented/guard: money spent 'over three years' is during them",
        "The city spent $1.1 billion on hotel rooms over three years.",
        [
            ("$1.1 billion", 1.1e9, E, M, "USD"),
            ("three years", 3, E, D, "year"),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_shelters_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "181-gothamist-nyc-shelter-census-notices.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.92,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.92,
    },
    "182-tribune-chicago-budget-hearing-shelter-costs.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.95,
    },
    "183-globe-massachusetts-shelter-cap-supplemental.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.95,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_shelters_floors(name):
    assert_floors(name, FLOORS[name])
