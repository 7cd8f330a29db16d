"""Second dev set, batch ``ds2-housing``: reports 268-270 of ``tests/fixtures/devset2``,
housing and shelter copy around migrants and refugees: city shelter budgets and costs per
person per night and per household per night, hotel rooms rented against a peak, occupancy
("71% full", "an occupancy rate of 98.6 percent", "83 percent occupied"), rents per month
and per square metre, floor areas ("60 square metres", "a 4,120 square metre building",
"a 90 square metre playroom"), building sizes as compounds ("a 165-bed centre", "a
two-storey extension"; "a two-bedroom apartment" is a kind of home and no figure), council
waiting lists in households and in years, Ter Apel against its agreed maximum, COA hotel
beds "between €160 and €210 per person", IPAS totals, a planning application's submissions
"of which" objections, and US and Irish councillors written with their titles ("Councilman
Bradley Kwan", "alderman Jeroen Dekker", "Cllr Declan Moloney (FF)"). Before writing them,
real copy of these kinds was read through the stored-pages search (none is kept here): NL
Times-like and Dutch news-site items on Ter Apel's capacity and people sleeping outside or
on chairs, Irish written parliamentary answers and news items on IPAS accommodation and
unaccommodated applicants, Denver TV and alt-weekly stories on the city's migrant hotel
shelters, their closures and per-night costs, a council's minutes on a change of use to
asylum accommodation, a planning inspector's decision on a Stafford asylum centre, and
German stories on container villages and refugee housing in square metres. Every sentence,
name and number is invented; places and organisations are real:

- 268-denver-post-shelter-costs-three-cities.txt: a Denver Post-like story, 2026-11-24, on
  Denver's shelter spending a month, hotel rooms against the peak, an adult shelter's
  occupancy, costs per person per night against an apartment's rent, a rental program's
  households "Of those", and New York's (City Hall, the Independent Budget Office) and
  Chicago's (DFSS) shelter counts and budgets, with council members by district.
- 269-nltimes-ter-apel-hotels-rents.txt: an NL Times-like story, 2026-11-19, on Ter Apel
  over its maximum, the COA's people, locations and occupancy rate, status holders "Of
  those", hotel beds per person per night, Utrecht's status-holder task and waiting time,
  Pararius rents per square metre, Zwolle's modular homes in square metres, Lower Saxony's
  reception authority and the minister's target.
- 270-clare-local-ipas-planning-application.txt: a Clare local paper's story, 2026-11-13,
  on a planning application for an IPAS centre in a former Ennis hotel: beds, floor areas,
  bedrooms and people per bedroom, submissions "of which" objections, the decision period,
  the Department of Justice's IPAS totals and cost per person per night, the council's
  housing list, a councillor "(FF)", a residents' association, the applicant's staff,
  "24-hour" security and "10-year" lease, and a support centre's volunteers.

The reports and their gold were committed (19b52b8) before the extractor was first run on
them; in the same commit the gold checker's wrapper learnt floor areas ("square metres",
"square metre", "square feet", "sq m", "sq ft") as measures and a building's size written
as a compound ("165-bed", "two-storey") as counts. The BLIND score (``python -m
analysis.evaluate /tmp/housing-blind --misses``, only this batch in the folder, at that
commit)::

    report                                          gold  pred match      P      R     F1  date
    268-denver-post-shelter-costs-three-cities.txt    25    24    24  1.000  0.960  0.980  ok
    269-nltimes-ter-apel-hotels-rents.txt             25    25    25  1.000  1.000  1.000  ok
    270-clare-local-ipas-planning-application.txt     25    25    25  1.000  1.000  1.000  ok
    TOTAL                                             75    74    74  1.000  0.987  0.993  1.000

    field accuracy over 74 matched figures:
      bound                         1.000  (74/74)
      kind                          1.000  (74/74)
      head                          0.959  (71/74)
      low_high                      1.000  (74/74)
      part_of                       0.959  (71/74)
      source                        0.811  (60/74)
      source (lenient: surname ok)  0.811  (60/74)
      counted                       0.243  (18/74)
      date (per report)             1.000

    misses (gold not found): 1; extras (not in gold): 0
      268-denver-post-shelter-costs-three-cities.txt
        MISS  'two-bedroom'  in: A family's hotel room cost the city roughly $368 a night, she said, against an average rent of $1,740 a month for a two-bedroom apartment on the city's east side.

    matched figures with a field wrong (gold -> predicted):
      268-denver-post-shelter-costs-three-cities.txt '146': counted: 'hotel rooms rented for migrant families' -> 'hotel rooms'
      268-denver-post-shelter-costs-three-cities.txt '1,380': counted: 'hotel rooms rented at the height of the response' -> 'hotel rooms'
      268-denver-post-shelter-costs-three-cities.txt '71%': head: 'shelter' -> 'rooms'; part_of: nan -> '1,380'; counted: 'occupancy of the last shelter for adults without children on Sunday night' -> 'hotel rooms'
      268-denver-post-shelter-costs-three-cities.txt 'up to six months': counted: "rent paid by the city's rental program" -> nan
      268-denver-post-shelter-costs-three-cities.txt '1,912': counted: 'households helped by the rental program since April 2024' -> 'households'
      268-denver-post-shelter-costs-three-cities.txt '1,455': counted: 'households still paying their own rent in September' -> 'households'
      268-denver-post-shelter-costs-three-cities.txt 'more than 69,000': counted: "migrants once housed in New York City's shelters" -> 'migrants'
      268-denver-post-shelter-costs-three-cities.txt '31,250': counted: "migrants in New York City's care last week" -> 'migrants'
      268-denver-post-shelter-costs-three-cities.txt '$2.1 billion': source: nan -> "the mayor's office"
      268-denver-post-shelter-costs-three-cities.txt '104': head: 'hotels' -> 'sites'; counted: 'emergency sites in New York that are hotels' -> 'emergency sites'
      268-denver-post-shelter-costs-three-cities.txt '158': counted: 'emergency sites in New York' -> 'emergency sites'
      268-denver-post-shelter-costs-three-cities.txt '2,870': counted: "people in Chicago's combined shelter system" -> 'people'
      268-denver-post-shelter-costs-three-cities.txt 'about a quarter': counted: "people in Chicago's shelter system who were new arrivals" -> 'people'
      268-denver-post-shelter-costs-three-cities.txt '40': source: 'Bradley Kwan' -> 'Councilman Bradley Kwan'; counted: 'empty beds the city still pays for at a closed site' -> 'empty beds at a second site'
      268-denver-post-shelter-costs-three-cities.txt '45 days': counted: "time until the closed site's lease ends" -> nan
      269-nltimes-ter-apel-hotels-rents.txt '2,215': counted: 'asylum seekers housed in Ter Apel on Tuesday night' -> 'asylum seekers'
      269-nltimes-ter-apel-hotels-rents.txt '2,000': counted: 'agreed maximum of asylum seekers in Ter Apel' -> 'asylum seekers'
      269-nltimes-ter-apel-hotels-rents.txt '71,400': source: 'Central Agency for the Reception of Asylum Seekers' -> 'a spokesperson'; counted: "people in the COA's care" -> 'people'
      269-nltimes-ter-apel-hotels-rents.txt '310': source: 'Central Agency for the Reception of Asylum Seekers' -> 'a spokesperson'; counted: 'COA locations' -> 'locations'
      269-nltimes-ter-apel-hotels-rents.txt '98.6 percent': head: 'locations' -> nan; source: 'Central Agency for the Reception of Asylum Seekers' -> 'a spokesperson'; counted: "occupancy rate of the COA's locations" -> nan
      269-nltimes-ter-apel-hotels-rents.txt 'some 17,800': source: 'Central Agency for the Reception of Asylum Seekers' -> nan; counted: 'status holders in COA care waiting for a home' -> 'status holders'
      269-nltimes-ter-apel-hotels-rents.txt 'about 600': counted: 'hotel rooms booked by the COA' -> 'rooms'
      269-nltimes-ter-apel-hotels-rents.txt '1,150': counted: 'status holders Utrecht must house this year' -> 'status holders'
      269-nltimes-ter-apel-hotels-rents.txt '612': part_of: '1,150' -> nan; counted: 'status holders Utrecht has found homes for' -> 'status holders'
      269-nltimes-ter-apel-hotels-rents.txt '13.4 years': counted: 'average wait for a social rental home in the region' -> nan
      269-nltimes-ter-apel-hotels-rents.txt '48,000': source: 'Jeroen Dekker' -> 'alderman Jeroen Dekker'; counted: 'registered home seekers in the region' -> 'registered home seekers'
      269-nltimes-ter-apel-hotels-rents.txt '6.1 percent': counted: 'rise in private rents in Utrecht' -> nan
      269-nltimes-ter-apel-hotels-rents.txt '60 square metres': counted: 'floor area of a flat in Utrecht' -> nan
      269-nltimes-ter-apel-hotels-rents.txt '120': counted: 'modular homes Zwolle is building' -> 'modular homes'
      269-nltimes-ter-apel-hotels-rents.txt '24 square metres': counted: 'floor area of each modular home' -> nan
      269-nltimes-ter-apel-hotels-rents.txt '9,850': counted: "places in Lower Saxony's reception centres" -> 'places'
      269-nltimes-ter-apel-hotels-rents.txt '83 percent': part_of: nan -> '9,850'; counted: "occupancy of Lower Saxony's reception centres" -> 'places'
      269-nltimes-ter-apel-hotels-rents.txt '20,000': counted: 'extra reception places needed by next summer' -> 'extra places'
      269-nltimes-ter-apel-hotels-rents.txt 'more than a week': counted: 'time families have spent at Ter Apel' -> nan
      270-clare-local-ipas-planning-application.txt '165-bed': counted: 'IPAS centre planned at a former Ennis hotel' -> 'beds of IPAS'
      270-clare-local-ipas-planning-application.txt 'up to 165': counted: 'international protection applicants the former hotel would house' -> 'international protection applicants'
      270-clare-local-ipas-planning-application.txt '4,120 square metre': counted: 'floor area of the former hotel' -> 'building'
      270-clare-local-ipas-planning-application.txt 'two-storey': counted: 'extension at the rear' -> 'storeys of extension'
      270-clare-local-ipas-planning-application.txt '640 square metres': counted: 'floor area of the extension' -> nan
      270-clare-local-ipas-planning-application.txt '58': counted: 'bedrooms in the scheme' -> 'bedrooms'
      270-clare-local-ipas-planning-application.txt 'between two and four': counted: 'people each bedroom would sleep' -> 'people'
      270-clare-local-ipas-planning-application.txt '90 square metre': counted: 'floor area of the playroom' -> 'playroom'
      270-clare-local-ipas-planning-application.txt '214': source: 'Clare County Council' -> 'a spokesperson for Clare County Council'; counted: 'submissions received by the council' -> 'submissions'
      270-clare-local-ipas-planning-application.txt '187': source: 'Clare County Council' -> 'a spokesperson for Clare County Council'; counted: 'submissions that were objections' -> 'objections'
      270-clare-local-ipas-planning-application.txt 'eight weeks': counted: 'deadline for a decision on the application' -> nan
      270-clare-local-ipas-planning-application.txt '33,460': counted: 'people housed by IPAS nationally' -> 'people'
      270-clare-local-ipas-planning-application.txt '318': counted: 'IPAS centres' -> 'centres'
      270-clare-local-ipas-planning-application.txt '2,640': counted: 'male applicants waiting for an offer of accommodation' -> 'male applicants'
      270-clare-local-ipas-planning-application.txt '1,915': counted: 'people in IPAS accommodation in Clare' -> 'people'
      270-clare-local-ipas-planning-application.txt '2,930': counted: "households on the council's social housing waiting list" -> 'households'
      270-clare-local-ipas-planning-application.txt '61': counted: 'people in emergency accommodation in the county last month' -> 'people'
      270-clare-local-ipas-planning-application.txt '2,930': source: 'Declan Moloney' -> 'a spokesperson for Clare County Council'; counted: 'families on the housing list in the county' -> 'families'
      270-clare-local-ipas-planning-application.txt '€1,650': source: 'Declan Moloney' -> 'a spokesperson for Clare County Council'
      270-clare-local-ipas-planning-application.txt 'three weeks': counted: 'wait for an appointment at the nearest GP practice' -> nan
      270-clare-local-ipas-planning-application.txt '22': source: 'Shannonside Hospitality Ltd' -> 'A spokesperson for Shannonside Hospitality Ltd'; counted: 'staff the centre would employ' -> 'staff'
      270-clare-local-ipas-planning-application.txt '24-hour': source: 'Shannonside Hospitality Ltd' -> 'A spokesperson for Shannonside Hospitality Ltd'; counted: 'security at the centre' -> 'security'
      270-clare-local-ipas-planning-application.txt '10-year': source: 'Shannonside Hospitality Ltd' -> 'A spokesperson for Shannonside Hospitality Ltd'; counted: 'lease with the department' -> 'lease'
      270-clare-local-ipas-planning-application.txt '40': counted: 'volunteers who offered to help' -> 'volunteers'

Gold corrected afterwards (5586ab9; slips against the set's conventions, not toward the
output): in 268, "a two-bedroom apartment" was a figure; the project reads "a two-bedroom
flat" as a kind of home and no count (analysis/figures.py, session 6), so it is a
not-figure now. In 270, "a spokesperson for Clare County Council" and "A spokesperson for
Shannonside Hospitality Ltd" were given as the bodies alone; the sets' gold keeps such a
speaker as written ("A spokesperson for the French interior ministry", "A spokesperson for
Rápido Ya"), so these do too. No other gold was changed.

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the three reports, each written by hand and seen to fail on
the package before its rule; rows as in ``tests/test_unseen_styles.py`` (``(text, value or
(low, high), bound, kind, unit[, fields])``).

The general rules of this round, one line each:

- "Councilwoman Amanda Ruiz", "said alderman Jeroen Dekker", "Councilmember Gary Lin": US
  city councils' titles are no part of the speaker's name, as "Councillor" and "Cllr" were
  not (7c6b6ef).
- "Cllr Declan Moloney (FF) said": a person the entity pass named, with a party's letters in
  brackets after the name, is no body named with its acronym; the title goes and a later
  "he said" finds the councillor (fc321af).
- "Across the country the COA now has 71,400 people ..., a spokesperson said": an unnamed
  spokesperson closing a sentence that a body opens speaks for that body (as "..., it said"
  already did); report 147's "The COA is now housing ..., a spokeswoman said" now scores as
  its gold has it (e7323a7).
- "Some 320 households are in temporary accommodation, the council said" after the Home
  Office: a council is no office, ministry or agency, so it stays as written (2091061;
  found probing the style beyond the three reports).

Gold corrected again (55296a6): "hotels still make up 104 of its 158 emergency sites" had
the head "hotels"; the set heads "Venezuelans accounted for 2,210 of the October crossings"
(124) and "Indonesians accounted for 47,108 of the total" (153) by the whole's noun, so it
is "sites" now.

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/housing-blind``, the batch alone, corrected gold; no miss, no extra)::

    report                                          gold  pred match      P      R     F1  date
    268-denver-post-shelter-costs-three-cities.txt    24    24    24  1.000  1.000  1.000  ok
    269-nltimes-ter-apel-hotels-rents.txt             25    25    25  1.000  1.000  1.000  ok
    270-clare-local-ipas-planning-application.txt     25    25    25  1.000  1.000  1.000  ok
    TOTAL                                             74    74    74  1.000  1.000  1.000  1.000

    field accuracy over 74 matched figures:
      bound                         1.000  (74/74)
      kind                          1.000  (74/74)
      head                          0.973  (72/74)
      low_high                      1.000  (74/74)
      part_of                       0.959  (71/74)
      source                        0.973  (72/74)
      source (lenient: surname ok)  0.973  (72/74)
      counted                       0.243  (18/74)
      date (per report)             1.000

The dev set still scores 1.000 on every field; on the second dev set (all of it, this
batch's corrected gold, against the start commit's package) source rose 5520 -> 5529
(seven of this batch's figures and two of report 147's), with no field lower;
the regression texts (base30) show one text changed, report 147's two COA figures.

Left alone (seen, not fixed): "its last shelter ... was 71% full" and "its centres, with
9,850 places, were 83 percent occupied" linked to the count before them (a bare percentage
takes the nearest count before it as its whole; an occupancy rate is a share of a capacity,
and whether the count before is that capacity the words do not say); "an occupancy rate of
98.6 percent" with no head; "Utrecht, which must house 1,150 status holders this year, has
so far found homes for 612" with no whole for 612 (no "of" signals it); "$2.1 billion, a
figure the mayor's office expects to fall further" given the mayor's office as its source
(an expectation about a figure's future, not its source; one construction, no rule); "Of
those, some 17,800 are status holders" with no source after "..., a spokesperson said" (the
set's gold is split on carrying a source into an "Of those" sentence: 147 carries it, 182
does not); "Across Sweden the Migration Agency" read as one body's name (a place opening
the sentence with no comma is joined to the body). "counted" is not scored.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, MS = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# and run on the blind commit's package, where each failed, before its rule).
CASES = [
    (
        "invented/US city-council copy: Councilwoman, alderman and Councilmember are titles",
        'Councilwoman Maria Ortega said the city had 250 empty beds. "We have 30 families '
        'waiting," said alderman Felix Brandt. Councilmember Gary Lin said 12 shelters had '
        "closed.",
        [
            ("250", 250, E, C, None, {"source": "Maria Ortega"}),
            ("30", 30, E, C, None, {"source": "Felix Brandt"}),
            ("12", 12, E, C, None, {"source": "Gary Lin"}),
        ],
    ),
    (
        "invented/Irish local copy: a councillor's party letters in brackets after the name",
        "Cllr Siobhan Keane (SF) said the county had 412 people in emergency accommodation. "
        'She said she had been contacted by dozens of tenants. "We have 1,900 families '
        'waiting for a home," she said.',
        [
            ("412", 412, E, C, None, {"source": "Siobhan Keane"}),
            ("1,900", 1900, E, C, None, {"source": "Siobhan Keane"}),
        ],
    ),
    (
        "invented/Nordic and wire copy: 'a spokesman said' after a body opening the sentence",
        "The Swedish Migration Agency (Migrationsverket) said on Monday that it would close "
        "four centres. Across the country the Migration Agency now houses 9,300 asylum "
        "seekers in 41 centres, a spokesman said. The kitchen served 600 meals on Sunday, a "
        "spokeswoman said.",
        [
            ("four", 4, E, C, None, {"source": "Swedish Migration Agency"}),
            ("9,300", 9300, E, C, None, {"source": "Swedish Migration Agency"}),
            ("41", 41, E, C, None, {"source": "Swedish Migration Agency"}),
            ("600", 600, E, C, None, {"source": "a spokeswoman"}),
        ],
    ),
    (
        "invented/UK local copy (a probe of the style): 'the council said' after the Home "
        "Office is no Home Office",
        "The Home Office paid £145 per person per night for hotel rooms in Kent. Some 320 "
        "households are in temporary accommodation in Dover, the council said. The Danish "
        "Refugee Council said 40 families had arrived. Of them, 12 were housed, the council "
        "said.",
        [
            ("£145", 145, E, M, "GBP", {"source": None}),
            ("Some 320", 320, AP, C, None, {"source": "the council"}),
            ("40", 40, E, C, None, {"source": "Danish Refugee Council"}),
            ("12", 12, E, C, None, {"source": "Danish Refugee Council"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_housing_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "268-denver-post-shelter-costs-three-cities.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.958,
        "low_high": 1.0,
        "part_of": 0.958,
        "source": 0.958,
    },
    "269-nltimes-ter-apel-hotels-rents.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.96,
        "low_high": 1.0,
        "part_of": 0.92,
        "source": 0.96,
    },
    "270-clare-local-ipas-planning-application.txt": {
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
def test_devset2_housing_floors(name):
    assert_floors(name, FLOORS[name])
