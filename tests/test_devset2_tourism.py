"""Second dev set, batch ``ds2-tourism``: reports 304-306 of ``tests/fixtures/devset2``,
tourism and hospitality copy where migration is part of the story: visitor arrivals and their
change on last year, hotel occupancy, spending per visitor and room rates a night, hotels let
as asylum accommodation and the bed nights a resort loses to them, seasonal hospitality staff
on visas, and cruise passengers landing on an island that also receives migrant boats. Before
writing them, real copy of these kinds was read through the stored-pages search (none is
kept here): InfoMigrants' and Reuters' Lampedusa stories (Federalberghi's tourist counts beside
the hotspot's, the mayor on the island's population), Arab News on weekend landings, and
statistical offices' notes on arrivals, nights spent and bed occupancy (Latvia, Finland, the
CBS note that hotels housing asylum seekers drop out of guest counts, VisitBritain's
occupancy survey). Every sentence, name and number is invented; places and well-known
organisations are real:

- 304-lincs-daily-skegness-asylum-hotels-bed-nights.txt: a regional daily's rewrite of a
  council tourism team's end-of-season review, 2026-11-20: day and staying visitors, bed
  nights, occupancy, spend per trip, room rates a night and a range, three seafront hotels
  in asylum use, a councillor's quote, the Home Office's hotel count and visa staff.
- 305-afp-lampedusa-cruise-migrant-boats.txt: an AFP wire from Lampedusa, 2026-10-03: a
  cruise call and nine boats the same morning, the hotspot's capacity and a range, the
  hoteliers' association's tourist count and occupancy, spending per stay, MSC's calls,
  transfers in 24 hours and Frontex's route total.
- 306-bizdesk-hotel-group-asylum-contracts-end.txt: a business-desk piece, 2026-11-25, on an
  (invented) budget hotel chain's half-year results as its asylum contracts end: profit and
  revenue, occupancy in per cent and percentage points, daily rate and RevPAR, refurbishment
  cost and closure weeks, staff on Skilled Worker visas, a broker's range and the Home
  Office's hotel population and daily cost.

The reports and their gold were committed (b8bac53) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/tourism-blind --misses``, only this
batch in the folder, at that commit)::

    report                                                 gold  pred match      P      R     F1  date
    304-lincs-daily-skegness-asylum-hotels-bed-nights.txt    25    25    25  1.000  1.000  1.000  ok
    305-afp-lampedusa-cruise-migrant-boats.txt               26    26    26  1.000  1.000  1.000  ok
    306-bizdesk-hotel-group-asylum-contracts-end.txt         27    30    27  0.900  1.000  0.947  ok
    TOTAL                                                    78    81    78  0.963  1.000  0.981  1.000

    field accuracy over 78 matched figures:
      bound                         1.000  (78/78)
      kind                          0.974  (76/78)
      head                          0.936  (73/78)
      low_high                      1.000  (78/78)
      part_of                       1.000  (78/78)
      source                        0.423  (33/78)
      source (lenient: surname ok)  0.449  (35/78)
      counted                       0.282  (22/78)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 3
      306-bizdesk-hotel-group-asylum-contracts-end.txt
        EXTRA 'half' (50)  in: Those hotels brought in £57 million in the same half of last year.
        EXTRA 'one night' (1)  in: Now we are back to chasing guests one night at a time," she told analysts.
        EXTRA '3.1p' (0.031)  in: Brightwater kept its interim dividend unchanged at 3.1p a share.

    matched figures with a field wrong (gold -> predicted):
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '6 per cent': source: 'East Lindsey District Council' -> nan; counted: 'fall in bed nights' -> nan
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt 'three': counted: 'seafront hotels housing asylum seekers' -> 'seafront hotels'
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '2.41 million': kind: 'count' -> 'duration'; head: 'visitors' -> 'day'; source: 'East Lindsey District Council' -> "the council's tourism team"; counted: 'day and staying visitors April-September' -> nan
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '3.2 per cent': source: 'East Lindsey District Council' -> "the council's tourism team"; counted: 'rise in visitors on last year' -> nan
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '1,184,000': kind: 'count' -> 'duration'; source: 'East Lindsey District Council' -> nan; counted: 'nights spent by staying visitors' -> nan
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '6 per cent': source: 'East Lindsey District Council' -> nan; counted: 'fall in nights' -> nan
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '71 per cent': source: 'East Lindsey District Council' -> nan; counted: 'hotel occupancy this season' -> nan
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '76 per cent': source: 'East Lindsey District Council' -> nan; counted: 'hotel occupancy in 2025' -> nan
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt 'three': source: 'East Lindsey District Council' -> nan; counted: 'hotels used by the Home Office' -> 'hotels'
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '212': source: 'East Lindsey District Council' -> nan; counted: 'rooms in the three hotels' -> 'rooms'
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt 'around 38,000': source: 'East Lindsey District Council' -> nan; counted: 'room nights lost' -> 'room nights'
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt 'about 420': source: 'East Lindsey District Council' -> "the council's tourism team"; counted: 'people housed in the hotels' -> 'people'
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '£287': source: 'East Lindsey District Council' -> nan
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '£264': source: 'East Lindsey District Council' -> nan
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '£41': source: 'East Lindsey District Council' -> nan
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '£94': source: 'East Lindsey District Council' -> nan
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt 'between £70 and £85': source: 'East Lindsey District Council' -> nan
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '80': counted: 'rooms in a seafront hotel' -> 'rooms'
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt 'more than 400': head: 'hotels' -> nan; source: 'Home Office' -> 'A Home Office spokesperson'; counted: 'asylum hotels at the peak' -> nan
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '197': head: 'hotels' -> nan; source: 'Home Office' -> 'A Home Office spokesperson'; counted: 'asylum hotels in use now' -> nan
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt 'two': source: 'East Lindsey District Council' -> nan
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '640': source: 'East Lindsey District Council' -> nan; counted: 'seasonal staff recruited' -> 'seasonal staff'
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt 'roughly 18 per cent': source: 'East Lindsey District Council' -> nan; counted: 'share of seasonal staff on visas' -> 'seasonal staff'
      304-lincs-daily-skegness-asylum-hotels-bed-nights.txt '14': source: nan -> 'Dawn Pearce'; counted: "rooms in Pearce's guest house" -> 'rooms'
      305-afp-lampedusa-cruise-migrant-boats.txt '612': counted: 'cruise passengers ashore' -> 'cruise passengers'
      305-afp-lampedusa-cruise-migrant-boats.txt 'about four hours': counted: 'length of the visit' -> nan
      305-afp-lampedusa-cruise-migrant-boats.txt 'nine': counted: 'migrant boats brought in' -> 'boats'
      305-afp-lampedusa-cruise-migrant-boats.txt '547': counted: 'migrants on the boats' -> 'migrants'
      305-afp-lampedusa-cruise-migrant-boats.txt 'two': counted: nan -> 'groups'
      305-afp-lampedusa-cruise-migrant-boats.txt '389': counted: 'official capacity of the reception centre' -> 'places'
      305-afp-lampedusa-cruise-migrant-boats.txt 'between 1,100 and 1,300': counted: 'people in the reception centre' -> 'people'
      305-afp-lampedusa-cruise-migrant-boats.txt 'about 6,400': counted: 'residents of Lampedusa' -> 'residents'
      305-afp-lampedusa-cruise-migrant-boats.txt '148,000': counted: 'tourists June-September' -> 'tourists'
      305-afp-lampedusa-cruise-migrant-boats.txt '9 percent': counted: 'fall in tourists' -> nan
      305-afp-lampedusa-cruise-migrant-boats.txt '31,850': counted: 'migrants landed June-September' -> 'migrants'
      305-afp-lampedusa-cruise-migrant-boats.txt '24,100': counted: 'migrants landed summer 2025' -> 'migrants'
      305-afp-lampedusa-cruise-migrant-boats.txt '48 hours': counted: 'time before cancellations' -> nan
      305-afp-lampedusa-cruise-migrant-boats.txt '22-room': source: 'Marco Sferlazzo' -> nan; counted: "Sferlazzo's hotel" -> 'rooms of hotel'
      305-afp-lampedusa-cruise-migrant-boats.txt '78 percent': counted: 'August occupancy' -> nan
      305-afp-lampedusa-cruise-migrant-boats.txt '88 percent': counted: 'August occupancy a year earlier' -> nan
      305-afp-lampedusa-cruise-migrant-boats.txt '14': counted: 'cruise calls this season' -> 'calls'
      305-afp-lampedusa-cruise-migrant-boats.txt 'six': counted: 'cruise calls in 2025' -> 'calls'
      305-afp-lampedusa-cruise-migrant-boats.txt '6,000': counted: 'islanders living from tourism' -> 'people'
      305-afp-lampedusa-cruise-migrant-boats.txt 'about 700': counted: 'people moved off the island' -> 'people'
      305-afp-lampedusa-cruise-migrant-boats.txt 'roughly 52,000': source: 'Frontex' -> "The European Union's border agency Frontex"; counted: 'irregular crossings on the central Mediterranean route' -> 'irregular crossings'
      305-afp-lampedusa-cruise-migrant-boats.txt 'around a fifth': source: 'Frontex' -> "The European Union's border agency Frontex"; counted: 'fall in crossings' -> nan
      306-bizdesk-hotel-group-asylum-contracts-end.txt '22 per cent': source: 'Brightwater Hotels' -> nan; counted: 'fall in pre-tax profit' -> nan
      306-bizdesk-hotel-group-asylum-contracts-end.txt '£48.6 million': source: 'Brightwater Hotels' -> nan
      306-bizdesk-hotel-group-asylum-contracts-end.txt 'six months': source: 'Brightwater Hotels' -> nan; counted: 'half-year period' -> nan
      306-bizdesk-hotel-group-asylum-contracts-end.txt '£312 million': source: 'Brightwater Hotels' -> nan
      306-bizdesk-hotel-group-asylum-contracts-end.txt '£341 million': source: 'Brightwater Hotels' -> nan
      306-bizdesk-hotel-group-asylum-contracts-end.txt '7.5 per cent': counted: 'fall in shares' -> nan
      306-bizdesk-hotel-group-asylum-contracts-end.txt '11': source: 'Brightwater Hotels' -> nan; counted: 'hotels housing asylum seekers at the peak' -> 'hotels'
      306-bizdesk-hotel-group-asylum-contracts-end.txt '64': source: 'Brightwater Hotels' -> nan; counted: "group's hotels" -> 'hotels'
      306-bizdesk-hotel-group-asylum-contracts-end.txt '£57 million': source: 'Brightwater Hotels' -> nan
      306-bizdesk-hotel-group-asylum-contracts-end.txt 'four': source: 'Brightwater Hotels' -> nan; counted: 'hotels still under contract' -> 'hotels'
      306-bizdesk-hotel-group-asylum-contracts-end.txt 'eight to ten weeks': counted: 'closure before bookings' -> nan
      306-bizdesk-hotel-group-asylum-contracts-end.txt '79.4 per cent': source: 'Brightwater Hotels' -> nan; counted: 'occupancy' -> nan
      306-bizdesk-hotel-group-asylum-contracts-end.txt '2.1 percentage points': source: 'Brightwater Hotels' -> nan; counted: 'rise in occupancy' -> nan
      306-bizdesk-hotel-group-asylum-contracts-end.txt '£85.90': source: 'Brightwater Hotels' -> nan
      306-bizdesk-hotel-group-asylum-contracts-end.txt '£68.20': source: 'Brightwater Hotels' -> nan
      306-bizdesk-hotel-group-asylum-contracts-end.txt 'nearly 4 per cent': source: 'Brightwater Hotels' -> nan; counted: 'rise in RevPAR' -> nan
      306-bizdesk-hotel-group-asylum-contracts-end.txt 'about 5,800': source: 'Brightwater Hotels' -> nan; counted: 'Brightwater employees' -> 'people'
      306-bizdesk-hotel-group-asylum-contracts-end.txt 'some 1,200': source: 'Brightwater Hotels' -> nan; counted: 'employees on Skilled Worker visas' -> 'people'
      306-bizdesk-hotel-group-asylum-contracts-end.txt '£41,700': source: 'Brightwater Hotels' -> 'Home Office'
      306-bizdesk-hotel-group-asylum-contracts-end.txt 'fewer than 100': source: 'Brightwater Hotels' -> 'Home Office'; counted: 'overseas recruits a year' -> 'recruits'
      306-bizdesk-hotel-group-asylum-contracts-end.txt 'between £95 million and £105 million': source: 'Peel Hunt' -> 'Analysts at Peel Hunt'
      306-bizdesk-hotel-group-asylum-contracts-end.txt '£118 million': source: 'Peel Hunt' -> 'Analysts at Peel Hunt'
      306-bizdesk-hotel-group-asylum-contracts-end.txt '31,900': head: 'asylum seekers' -> 'seekers'; counted: 'asylum seekers in hotels end of June' -> 'asylum seekers'
      306-bizdesk-hotel-group-asylum-contracts-end.txt 'more than 38,000': head: 'asylum seekers' -> 'seekers'; counted: 'asylum seekers in hotels a year earlier' -> 'asylum seekers'
      306-bizdesk-hotel-group-asylum-contracts-end.txt 'roughly 60 per cent': counted: 'hotels leaving asylum use in coastal and market towns' -> 'hotels'

Gold slips against the schema, fixed after the blind run (8dee677): sources had been carried
into sentences the report states in its own voice (the schema's null), "Home Office" given
for "A Home Office spokesperson" (the fullest name written), and a hotelier's hotel size in
a descriptive clause given his name in one report and null in the other (null in both). With
those, the blind package scores source 0.859 (67/78); nothing else changed.

Left alone: "the company said" resolving to the Home Office named in passing a paragraph
before rather than the chain the story is about; "the council's tourism team" against the
council's full name; "more than 400 at the peak to 197" with its noun in "the number [of
hotels] in use"; "the same half of last year" and "one night at a time" read as figures;
"3.1p a share" (pence), kept a not_figure because the gold checker reads no pence.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# before the rule; each failed on the blind commit's package unless marked "guard").
CASES = [
    # --- "day" naming a kind of visit, no span of time -------------------------------------
    (
        "invented/regional daily on a tourism board's figures: day visitors and day trippers",
        "Resorts on the coast recorded 2.3 million day visitors and 610,000 day trippers in "
        "August.",
        [
            ("2.3 million", 2300000, E, C, None, {"head": "visitors"}),
            ("610,000", 610000, E, C, None, {"head": "trippers"}),
        ],
    ),
    (
        "invented/tourism board release: day and staying visitors, day trips",
        "The national park welcomed 3.8 million day and staying visitors, who made "
        "5.1 million day trips between them.",
        [
            ("3.8 million", 3800000, E, C, None, {"head": "visitors"}),
            ("5.1 million", 5100000, E, C, None, {"head": "trips"}),
        ],
    ),
    (
        "invented/guard: a span of days stays a duration",
        "Day visitors stayed 2 days on average, and the ferry took 3 days to repair.",
        [("2 days", 2, E, D, "day"), ("3 days", 3, E, D, "day")],
    ),
    # --- overnight stays summed over all guests --------------------------------------------
    (
        "invented/statistics-office story: nights spent by all guests are a count",
        "Guests spent 2.7 million nights in the region's hotels and campsites, the "
        "statistics office said.",
        [("2.7 million", 2700000, E, C, None, {"head": "nights"})],
    ),
    (
        "invented/guard: one family's nights in a shelter stay a duration",
        "The family spent 45 nights in the shelter before a flat was found.",
        [("45 nights", 45, E, D, "night")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_tourism_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


FLOORS = {
    "304-lincs-daily-skegness-asylum-hotels-bed-nights.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.92,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.8,
    },
    "305-afp-lampedusa-cruise-migrant-boats.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.923,
    },
    "306-bizdesk-hotel-group-asylum-contracts-end.txt": {
        "f1": 0.947,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.925,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.851,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_tourism_floors(name):
    assert_floors(name, FLOORS[name])
