"""Second dev set, batch ``ds2-scraped``: reports 229-231 of ``tests/fixtures/devset2``,
migration stories as they arrive when scraped from news sites, with the page furniture left
in: bylines with time stamps ("Published: Nov 24, 2026 / 06:15 PM MST", "Updated 2 hours
ago" after the date on one line), photo captions and credits, "Read more:"/"Related:" links
whose headlines carry numbers, share and comment counters ("1.4K shares | 73 comments",
"Share 212 | Tweet | WhatsApp | 14 comments"), newsletter and subscription prompts with
prices, "Watch:" video labels with running times (2:41), cookie lines, tag lists and a
television station's call sign and channel ("KBRX 7 News"), around the body copy of a local
TV station (El Paso shelters filling after releases), a regional paper (ICE deportation
flights from Alexandria, Louisiana, and the state's detention population) and a Canarian
English-language site (cayuco arrivals on El Hierro, the islands' care of unaccompanied
minors). Before writing them, real pages of these kinds were read through the stored-pages
search (none is kept here): a Texas TV station's page on a homeless shelter taking in
migrants (with its copyright line), a children's news site's border-shelter page with its
paywall prompt and price, a news aggregator's El Paso page with its "Related posts" list of
headlines with numbers, a tag page of summaries on the Roxbury shelter and a newsroom's
social post with its counters. Every sentence, name and number is invented; places and
well-known organisations are real.

- 229-kbrx-el-paso-shelters-full: a local TV story, releases, beds, a shelter's children
  ("150 of them children"), a city's cots and costs, a related link "El Paso council
  approves $1.2 million for charter buses" and another "5 things to know about the 2026
  asylum rule".
- 230-cenla-alexandria-deportation-flights: a regional paper on ICE flights, the staging
  facility, Louisiana's detention population ("Of those, 2,210"), a lawyer's clients ("six
  of them"), a sheriff's 287(g) arrests ("of whom 23"), a related link "Jena detention
  center to add 600 beds under $48 million contract", a subscription price.
- 231-canarian-el-hierro-cayucos: arrivals on El Hierro, the largest boat's passengers
  ("including 37 women and 19 minors"), the year's arrivals and El Hierro's share ("58% of
  them"), the reception centre, the Red Cross, minors in care ("890 of them"), a "Most
  read" list, a newsletter price.

Gold decisions on the furniture: counters, time stamps, running times, call-sign channels,
list numbers ("1.", "2.") and the page's own prices and schedules ("$1 a week for the first
6 months", "€2.99 a month", "3 times a week") are not_figures, as the page's and not the
story's. A related link's headline that states a quantity of the story's kind is a figure
by the schema (a count or an amount written in the text, in the paper's own voice: "$1.2
million", "600 beds", "$48 million"), while a listicle's "5 things to know" numbers a list
of the page's items, not anything in the story, and is a not_figure, as "1 big thing" is in
the newsletter batch.

Gold first: the reports and their gold were committed in 471e3ea before the extractor was
run on them. Three gold slips against the schema and its precedents were then fixed in
77d78ed (said here, not to match output): a source's fullest name is "Spain's Interior
Ministry" (as "Spain's interior ministry" elsewhere in the set) and "island's health
service" (the leading "the" dropped, as "mayor's office"); "the average daily population
reached 7,430" has the head "population" as written (as "Kuwait's population").

Blind run (``python -m analysis.evaluate /tmp/scraped-blind --misses``, the three reports
alone, gold as first committed):

    report                                        gold  pred match      P      R     F1  date
    229-kbrx-el-paso-shelters-full.txt              22    26    21  0.808  0.955  0.875  ok
    230-cenla-alexandria-deportation-flights.txt    21    25    21  0.840  1.000  0.913  ok
    231-canarian-el-hierro-cayucos.txt              25    28    25  0.893  1.000  0.943  ok
    TOTAL                                           68    79    67  0.848  0.985  0.912  1.000

    field accuracy over 67 matched figures:
      bound                         0.985  (66/67)
      kind                          1.000  (67/67)
      head                          0.940  (63/67)
      low_high                      0.985  (66/67)
      part_of                       0.970  (65/67)
      source                        0.881  (59/67)
      source (lenient: surname ok)  0.881  (59/67)
      counted                       0.119  (8/67)
      date (per report)             1.000

    misses (gold not found): 1; extras (not in gold): 12
      229-kbrx-el-paso-shelters-full.txt
        MISS  'one day'  in: Catholic Charities of Southern New Mexico said it had received 260 people from El Paso since Saturday, and that its Las Cruces shelter, with 80 beds, could hold them for only one day each.
        EXTRA '7' (7)  in: By Marisol Ortega | KBRX 7 News
        EXTRA '7' (7)  in: (Photo: Daniel Ruiz / KBRX 7)
        EXTRA '5' (5)  in: Read more: 5 things to know about the 2026 asylum rule
        EXTRA '7' (7)  in: Sign up for KBRX 7 Breaking News alerts, sent 3 times a week.
        EXTRA '3' (3)  in: Sign up for KBRX 7 Breaking News alerts, sent 3 times a week.
      230-cenla-alexandria-deportation-flights.txt
        EXTRA '2 hours' (2)  in: Nov. 20, 2026 at 5:02 a.m. CST | Updated 2 hours ago
        EXTRA '318' (318)  in: Share 318 | Comments 27 | 4 min read
        EXTRA '$1' (1)  in: Subscribe for $1 a week for the first 6 months.
        EXTRA '6 months' (6)  in: Subscribe for $1 a week for the first 6 months.
      231-canarian-el-hierro-cayucos.txt
        EXTRA '212' (212)  in: Share 212 | Tweet | WhatsApp | 14 comments
        EXTRA '14' (14)  in: Share 212 | Tweet | WhatsApp | 14 comments
        EXTRA '€2.99' (2.99)  in: Get our weekly newsletter for €2.99 a month.

    matched figures with a field wrong (gold -> predicted):
      229-kbrx-el-paso-shelters-full.txt '1,900': counted: 'migrants released in El Paso' -> 'migrants'
      229-kbrx-el-paso-shelters-full.txt 'four days': counted: 'period of the releases' -> nan
      229-kbrx-el-paso-shelters-full.txt 'More than 1,900': counted: 'migrants released by federal agents into El Paso' -> 'migrants'
      229-kbrx-el-paso-shelters-full.txt 'about 1,150': counted: 'people apprehended a day in the El Paso Sector last week' -> 'people'
      229-kbrx-el-paso-shelters-full.txt 'roughly 700': counted: 'people apprehended a day in October' -> 'people'
      229-kbrx-el-paso-shelters-full.txt '120': counted: 'beds at the Opportunity Center' -> 'beds'
      229-kbrx-el-paso-shelters-full.txt '190': counted: 'people taken in by the Opportunity Center on Sunday night' -> 'people'
      229-kbrx-el-paso-shelters-full.txt '40': counted: 'volunteers on Saturday' -> 'volunteers'
      229-kbrx-el-paso-shelters-full.txt 'about 300': counted: 'space at Annunciation House' -> 'people'
      229-kbrx-el-paso-shelters-full.txt '410': counted: 'people housed at Annunciation House on Sunday' -> 'people'
      229-kbrx-el-paso-shelters-full.txt '150': counted: 'children among those housed at Annunciation House' -> 'children'
      229-kbrx-el-paso-shelters-full.txt '500': counted: 'cots at the convention center' -> 'cots'
      229-kbrx-el-paso-shelters-full.txt 'three': counted: 'buses chartered to Denver and Chicago' -> 'buses'
      229-kbrx-el-paso-shelters-full.txt 'Nearly 60%': counted: 'people released since Friday who were in families with children' -> 'people'
      229-kbrx-el-paso-shelters-full.txt 'up to 72 hours': counted: 'stay at the convention center' -> nan
      229-kbrx-el-paso-shelters-full.txt '260': counted: 'people received from El Paso since Saturday' -> 'people'
      229-kbrx-el-paso-shelters-full.txt '80': counted: 'beds at the Las Cruces shelter' -> 'beds'
      229-kbrx-el-paso-shelters-full.txt 'some 45': counted: 'people waiting outside the Paso del Norte port of entry' -> 'people waited in the cold'
      230-cenla-alexandria-deportation-flights.txt '64': source: 'Witness at the Border' -> 'flight records compiled by the advocacy group Witness at the Border'; counted: 'deportation flights out of Alexandria International Airport in October' -> 'deportation flights'
      230-cenla-alexandria-deportation-flights.txt 'an estimated 7,800': counted: 'people carried on the flights in October' -> 'people'
      230-cenla-alexandria-deportation-flights.txt 'about 5,100': counted: 'people carried on the flights in September' -> 'people'
      230-cenla-alexandria-deportation-flights.txt 'up to 400': counted: 'capacity of the staging facility' -> 'detainees'
      230-cenla-alexandria-deportation-flights.txt '372': counted: 'detainees held at the staging facility on Tuesday' -> 'detainees'
      230-cenla-alexandria-deportation-flights.txt '72 hours': counted: 'stay at the staging facility before a flight' -> nan
      230-cenla-alexandria-deportation-flights.txt '600': counted: 'beds to be added at the Jena detention center' -> 'beds'
      230-cenla-alexandria-deportation-flights.txt '$48 million': bound: 'exact' -> 'upper'; low/high: 4.8e+07/4.8e+07 -> null/4.8e+07
      230-cenla-alexandria-deportation-flights.txt 'nine': source: 'Immigration and Customs Enforcement' -> 'agency data posted online'; counted: 'ICE detention centers in Louisiana' -> 'ICE detention centers'
      230-cenla-alexandria-deportation-flights.txt '7,430': head: 'detainees' -> 'centers'; source: 'Immigration and Customs Enforcement' -> 'agency data posted online'; counted: 'average daily detention population in Louisiana in November' -> 'centers'
      230-cenla-alexandria-deportation-flights.txt '18%': source: 'Immigration and Customs Enforcement' -> 'agency data posted online'; counted: 'rise in the average daily population from a year earlier' -> nan
      230-cenla-alexandria-deportation-flights.txt '2,210': head: 'detainees' -> 'centers'; source: 'Immigration and Customs Enforcement' -> nan; counted: 'detainees held at the Central Louisiana ICE Processing Center' -> 'centers'
      230-cenla-alexandria-deportation-flights.txt '11': counted: 'extra staff hired by the airport since January' -> 'extra staff'
      230-cenla-alexandria-deportation-flights.txt '19': counted: 'clients moved to Alexandria last month' -> 'clients'
      230-cenla-alexandria-deportation-flights.txt 'six': counted: 'clients put on a plane before a filing' -> 'clients'
      230-cenla-alexandria-deportation-flights.txt 'Between 30 and 40': counted: 'people a week flown out within 24 hours of arrival' -> 'people'
      230-cenla-alexandria-deportation-flights.txt '24 hours': counted: 'time between arrival at the staging facility and the flight' -> nan
      230-cenla-alexandria-deportation-flights.txt '146': counted: 'people arrested for ICE under the 287(g) agreement since March' -> 'people'
      230-cenla-alexandria-deportation-flights.txt '23': counted: 'people arrested with no criminal record' -> 'people'
      231-canarian-el-hierro-cayucos.txt 'More than 600': counted: 'migrants reaching El Hierro' -> 'migrants'
      231-canarian-el-hierro-cayucos.txt '48 hours': counted: 'period of the arrivals' -> nan
      231-canarian-el-hierro-cayucos.txt 'More than 600': counted: 'people arriving on El Hierro aboard cayucos' -> 'people'
      231-canarian-el-hierro-cayucos.txt 'five': counted: 'cayucos reaching El Hierro' -> 'cayucos'
      231-canarian-el-hierro-cayucos.txt 'nine days': counted: 'voyage from Nouadhibou' -> nan
      231-canarian-el-hierro-cayucos.txt '231': counted: 'people on the largest boat' -> 'people'
      231-canarian-el-hierro-cayucos.txt '37': counted: 'women on the largest boat' -> 'women'
      231-canarian-el-hierro-cayucos.txt '19': counted: 'minors on the largest boat' -> 'minors'
      231-canarian-el-hierro-cayucos.txt 'Three': source: 'health service' -> "the island's health service"; counted: 'people flown to hospital in Tenerife' -> 'people'
      231-canarian-el-hierro-cayucos.txt '31,940': source: 'Interior Ministry' -> "Spain's Interior Ministry"; counted: 'migrants reaching the Canary Islands this year' -> 'migrants'
      231-canarian-el-hierro-cayucos.txt '27%': source: 'Interior Ministry' -> "Spain's Interior Ministry"; counted: 'fall in arrivals from the same period last year' -> nan
      231-canarian-el-hierro-cayucos.txt 'about 11,000': counted: 'residents of El Hierro' -> 'residents'
      231-canarian-el-hierro-cayucos.txt '58%': head: 'migrants' -> 'residents'; part_of: '31,940' -> 'about 11,000'; counted: 'share of arrivals received by El Hierro' -> 'residents'
      231-canarian-el-hierro-cayucos.txt '250': counted: 'capacity of the San Andrés reception centre' -> 'people'
      231-canarian-el-hierro-cayucos.txt '720': counted: 'people at the San Andrés reception centre on Wednesday' -> 'people'
      231-canarian-el-hierro-cayucos.txt '12': counted: 'tents set up at the port' -> 'tents'
      231-canarian-el-hierro-cayucos.txt 'up to 40': counted: 'people per tent' -> 'people'
      231-canarian-el-hierro-cayucos.txt '72 hours': counted: "time to use up the winter's blankets" -> nan
      231-canarian-el-hierro-cayucos.txt '120': counted: 'Red Cross volunteers working in shifts' -> 'volunteers'
      231-canarian-el-hierro-cayucos.txt 'eight hours': counted: 'volunteer shifts' -> nan
      231-canarian-el-hierro-cayucos.txt '5,400': counted: 'unaccompanied minors in the care of the Canary Islands government' -> 'unaccompanied minors'
      231-canarian-el-hierro-cayucos.txt 'roughly 2,000': counted: 'capacity for unaccompanied minors' -> 'places'
      231-canarian-el-hierro-cayucos.txt '890': head: 'minors' -> 'places'; part_of: '5,400' -> 'roughly 2,000'; counted: 'minors moved to the mainland' -> 'places'

Rules added after the blind run (each with its rows below, written before the fix and
checked to fail before it):
- a share-button line: "Share 318 | Comments 27", bare buttons ("Tweet", "WhatsApp")
  between the counters;
- a page stamp after the date on one line: "Nov. 20, 2026 at 5:02 a.m. CST | Updated 2
  hours ago";
- a subscription or newsletter prompt on a line of its own: its prices and schedules;
- a broadcaster's call sign or network before its channel: "KBRX 7 News", "(Photo: NBC 5)";
- a listicle's number in a related link: "Read more: 5 things to know about ...";
- "under $48 million contract": a headline's "under (a) contract" is the terms, not "less
  than";
- "according to flight records compiled by the advocacy group X": one lowercase word
  saying what the records are of, before a data noun and its verb;
- "has so far moved 890 of them": after a verb that moves people, "them" is the people
  counted in the sentence, not the places beside them.

Left alone: "could hold them for only one day each" (a duration after "for only", missed);
"El Hierro, an island of about 11,000 residents, received 58% of them" (the appositive's
count taken as "them"); "Of those, 2,210 were held" and "7,430" take the head "centers"
from "nine ICE detention centers" before the verb "reached"; "according to agency data
posted online" is kept as written where the gold names the agency (Immigration and Customs
Enforcement) the paragraph is about. "counted" is not scored.
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
    # --- share and comment counters with bare buttons between them -----------------------
    (
        "invented/regional site: 'Share 96 | Tweet | Email | 5 comments' over the story",
        "Share 96 | Tweet | Email | 5 comments\n\nThe city bused 310 migrants to Denver on Friday.",
        [("310", 310, E, C, None, {"head": "migrants"})],
    ),
    (
        "invented/local paper: 'Share 1,204 | Comments 12 | 3 min read'",
        "Share 1,204 | Comments 12 | 3 min read\nVolunteers served 450 meals.",
        [("450", 450, E, C, None, {"head": "meals"})],
    ),
    (
        "invented/guard: shares and comments in a sentence stay counts",
        "The post had 900 shares and 120 comments within a day, and the shelter took in 75 "
        "families.",
        [("900", 900, E, C, None), ("120", 120, E, C, None), ("75", 75, E, C, None)],
    ),
    # --- a page stamp after the date, past a bar -----------------------------------------
    (
        "invented/regional paper: 'March 3, 2026, 7:15 a.m. | Updated 40 minutes ago'",
        "March 3, 2026, 7:15 a.m. | Updated 40 minutes ago\n\nThe bus carried 52 migrants.",
        [("52", 52, E, C, None, {"head": "migrants"})],
    ),
    # --- a subscription or newsletter prompt --------------------------------------------
    (
        "invented/metro paper: 'Subscribe today: unlimited digital access for $2 a week'",
        "Subscribe today: unlimited digital access for $2 a week for 12 weeks.\nThe shelter "
        "spent $40,000 on cots.",
        [("$40,000", 40000, E, M, "USD")],
    ),
    (
        "invented/English-language site: 'Get our Border Report newsletter for $4.99 a month'",
        "Get our Border Report newsletter for $4.99 a month.\n\nThe shelter spent $40,000 on cots.",
        [("$40,000", 40000, E, M, "USD")],
    ),
    (
        "invented/guard: a sentence opening 'Get the' with no prompt keeps its figure",
        "Get the 2,000 families into housing by March, the mayor told the council.",
        [("2,000", 2000, E, C, None, {"head": "families"})],
    ),
    # --- a broadcaster's call sign and channel -------------------------------------------
    (
        "invented/local TV: 'By Ana Lopez | KXAN 36 News' and '(Photo: NBC 5 / Staff)'",
        "By Ana Lopez | KXAN 36 News\n\nThe shelter housed 95 people. (Photo: NBC 5 / Staff)",
        [("95", 95, E, C, None, {"head": "people"})],
    ),
    (
        "invented/guard: 'WHO' and an agency's acronym before a count stay counts",
        "WHO 12 teams were sent, and CBP 4 agents stayed, officials said.",
        [("12", 12, E, C, None), ("4", 4, E, C, None)],
    ),
    # --- a listicle's number in a related link -------------------------------------------
    (
        "invented/regional site: 'Related: 7 things to know about the new asylum rule'",
        "Related: 7 things to know about the new asylum rule\nThe agency deported 118 people.",
        [("118", 118, E, C, None, {"head": "people"})],
    ),
    # --- "under $N contract": the terms, not less than -----------------------------------
    (
        "invented/related link: 'Sheriff to hold migrants under $9 million deal'",
        "Related: Sheriff to hold migrants under $9 million deal\n\nThe jail holds 300 people.",
        [("$9 million", 9e6, E, M, "USD"), ("300", 300, E, C, None)],
    ),
    (
        "invented/guard: 'under $2 million in grants' is less than",
        "The county received under $2 million in grants for the shelter last year.",
        [("under $2 million", 2e6, UP, M, "USD")],
    ),
    # --- "according to flight data compiled by the nonprofit group X" --------------------
    (
        "invented/regional paper: 'according to flight data compiled by the nonprofit group'",
        "Removals rose to 1,340 in May, according to flight data compiled by the nonprofit "
        "group Human Rights First.",
        [("1,340", 1340, E, C, None, {"source": "Human Rights First"})],
    ),
    # --- "has moved N of them": people, not the places beside them -----------------------
    (
        "invented/Canarian site: 'has transferred 200 of them' after a count of places",
        "The region hosts 4,000 asylum seekers in 900 places and has transferred 200 of them "
        "to Madrid.",
        [
            ("4,000", 4000, E, C, None),
            ("900", 900, E, C, None, {"head": "places"}),
            ("200", 200, E, C, None, {"head": "seekers", "part_of": 0}),
        ],
    ),
    (
        "invented/guard: 'N of them in hotels' after places and people keeps the rule before",
        "The city has 2,000 shelter places for 5,000 migrants, 300 of them in hotels.",
        [
            ("2,000", 2000, E, C, None),
            ("5,000", 5000, E, C, None),
            ("300", 300, E, C, None, {"part_of": 1}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_scraped_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "229-kbrx-el-paso-shelters-full.txt": {
        "f1": 0.97,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "230-cenla-alexandria-deportation-flights.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.9,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.8,
    },
    "231-canarian-el-hierro-cayucos.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 0.95,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_scraped_floors(name):
    assert_floors(name, FLOORS[name])
