"""Second dev set, batch ``ds2-infomigrants``: reports 169-171 of ``tests/fixtures/devset2``,
InfoMigrants and DW English copy on migration into and within Europe: the Italian interior
ministry's daily "cruscotto" of sea landings with per-nationality breakdowns and comparisons
with "the same period last year", an NGO rescue ship sent to a distant port under the 2023
rules, Germany's BAMF monthly asylum statistics and the federal police's border rejections,
the Channel coast's prefecture figures and Calais camp counts by aid groups. Before writing
them, real copy of these kinds was read through the stored-pages search (none is kept here):
wire and Italian-press English stories on the Viminale's landing figures ("according to
updated data", nationalities declared at disembarkation, unaccompanied minors), Europa Press
and Canarian stories on the interior ministry's fortnightly arrivals, DW and dpa stories on
the BAMF's first-time and follow-up applications, protection rates and procedure times, and
French and British stories on the Calais and Dunkirk camps and Utopia 56's counts. Every
sentence, name and number is invented; places and organisations are real:

- 169-infomigrants-italy-landings-ocean-viking.txt: an InfoMigrants story, 2026-11-25, on the
  ministry's landing figures ("Some 58,400", "34 percent fewer than in the same period last
  year", "Eritreans (8,245)"), the Ocean Viking sailing to Ancona with 112 survivors, its
  fuel bill in euros, fines "of up to EUR10,000" and Sea-Watch's count of detentions.
- 170-dw-bamf-asylum-border-rejections.txt: a DW story, 2026-11-19, on the BAMF's October
  figures (first-time and follow-up applications, a protection share, an average procedure
  of 8.6 months, pending cases), the federal police's rejections at the land borders, the
  minister's weekly figure, a government reply's cost of the controls and Pro Asyl.
- 171-infomigrants-channel-calais-camps.txt: an InfoMigrants story, 2026-11-24, on Home
  Office crossing figures and people per boat, Premar's rescues, Utopia 56's death toll,
  Human Rights Observers' eviction and seizure counts, the Pas-de-Calais prefecture's range
  for the Calais camps, smugglers' prices in euros and the "one in, one out" returns.

The reports and their gold were committed (c8c207a) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/infomigrants-blind --misses``, only
this batch in the folder, at that commit)::

    report                                            gold  pred match      P      R     F1  date
    169-infomigrants-italy-landings-ocean-viking.txt    24    25    24  0.960  1.000  0.980  ok
    170-dw-bamf-asylum-border-rejections.txt            23    23    23  1.000  1.000  1.000  ok
    171-infomigrants-channel-calais-camps.txt           21    23    21  0.913  1.000  0.955  ok
    TOTAL                                               68    71    68  0.958  1.000  0.978  1.000

    field accuracy over 68 matched figures:
      bound                         1.000  (68/68)
      kind                          1.000  (68/68)
      head                          0.912  (62/68)
      low_high                      1.000  (68/68)
      part_of                       0.985  (67/68)
      source                        0.824  (56/68)
      source (lenient: surname ok)  0.824  (56/68)
      counted                       0.074  (5/68)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 3
      169-infomigrants-italy-landings-ocean-viking.txt
        EXTRA '1' (1)  in: One of the ships, the Humanity 1, was held in port in July and again in September.
      171-infomigrants-channel-calais-camps.txt
        EXTRA '56' (56)  in: At least 81 people have died trying to reach England this year, the highest toll since records began, according to a count by the aid group Utopia 56.
        EXTRA '56' (56)  in: Smugglers now charge between €1,500 and €2,500 for a place in a boat, according to Clément Rivière, a coordinator with Utopia 56 in Grande-Synthe.

    matched figures with a field wrong (gold -> predicted):
      169-infomigrants-italy-landings-ocean-viking.txt 'Some 58,400': counted: 'migrants who reached Italy by sea since the start of the year' -> 'migrants'
      169-infomigrants-italy-landings-ocean-viking.txt '34 percent': counted: 'fall in sea arrivals compared with the same period last year' -> nan
      169-infomigrants-italy-landings-ocean-viking.txt '88,612': counted: 'people who landed in Italy in the same period last year' -> 'people'
      169-infomigrants-italy-landings-ocean-viking.txt '3,127': counted: 'people who arrived so far in November' -> 'people'
      169-infomigrants-italy-landings-ocean-viking.txt '7,941': counted: 'people who arrived in November 2025' -> 'people'
      169-infomigrants-italy-landings-ocean-viking.txt '12,310': counted: 'arrivals of Bangladeshis this year' -> 'arrivals'
      169-infomigrants-italy-landings-ocean-viking.txt '21 percent': head: 'arrivals' -> 'total'; counted: 'share of arrivals who were Bangladeshis' -> 'total'
      169-infomigrants-italy-landings-ocean-viking.txt '8,245': counted: 'Eritreans who arrived this year' -> 'eritreans'
      169-infomigrants-italy-landings-ocean-viking.txt '6,902': counted: 'Egyptians who arrived this year' -> 'egyptians'
      169-infomigrants-italy-landings-ocean-viking.txt '4,388': counted: 'Pakistanis who arrived this year' -> 'pakistanis'
      169-infomigrants-italy-landings-ocean-viking.txt '7,460': counted: 'unaccompanied minors who landed this year' -> 'unaccompanied minors'
      169-infomigrants-italy-landings-ocean-viking.txt '9,870': counted: 'unaccompanied minors who arrived over the same period in 2025' -> 'unaccompanied minors'
      169-infomigrants-italy-landings-ocean-viking.txt 'around two thirds': counted: "share of this year's arrivals that set off from Libya" -> 'arrivals'
      169-infomigrants-italy-landings-ocean-viking.txt 'just under 9,000': counted: 'departures from Tunisia' -> 'departures'
      169-infomigrants-italy-landings-ocean-viking.txt '112': counted: 'survivors on board the Ocean Viking' -> 'survivors'
      169-infomigrants-italy-landings-ocean-viking.txt '31': counted: 'unaccompanied minors among the survivors' -> 'unaccompanied minors'
      169-infomigrants-italy-landings-ocean-viking.txt 'some 40 nautical miles': counted: 'distance of the rescue off Zuwara' -> nan
      169-infomigrants-italy-landings-ocean-viking.txt 'about 1,500 kilometres': counted: 'distance from the rescue zone to Ancona' -> nan
      169-infomigrants-italy-landings-ocean-viking.txt 'around four days': counted: 'time the ship needs to reach Ancona' -> nan
      169-infomigrants-italy-landings-ocean-viking.txt '18': counted: 'rescues carried out by the Ocean Viking since July' -> 'rescues'
      169-infomigrants-italy-landings-ocean-viking.txt 'at least 29': counted: 'times rescue ships have been detained since the rules came into force' -> 'times'
      169-infomigrants-italy-landings-ocean-viking.txt 'more than 1,150': counted: 'people who died or went missing in the central Mediterranean this year' -> 'people'
      170-dw-bamf-asylum-border-rejections.txt '11,840': source: 'Federal Office for Migration and Refugees' -> nan; counted: 'first-time asylum applications received in October' -> 'first-time asylum applications'
      170-dw-bamf-asylum-border-rejections.txt '41.5 percent': counted: 'fall in first-time applications compared with October last year' -> nan
      170-dw-bamf-asylum-border-rejections.txt 'some 96,300': counted: 'people who applied for asylum in Germany for the first time between January and October' -> 'people'
      170-dw-bamf-asylum-border-rejections.txt '187,431': counted: 'people who applied for asylum for the first time in the same period last year' -> 'people'
      170-dw-bamf-asylum-border-rejections.txt '9,214': part_of: 'some 96,300' -> nan; source: 'Federal Office for Migration and Refugees' -> "Germany's Federal Office for Migration and Refugees"; counted: 'first-time applications made for children born in Germany' -> 'first-time applications'
      170-dw-bamf-asylum-border-rejections.txt '18,902': head: 'applications' -> 'people'; counted: 'applications lodged by Afghans so far this year' -> 'people'
      170-dw-bamf-asylum-border-rejections.txt '17,655': head: 'syrians' -> 'people'; counted: 'applications lodged by Syrians so far this year' -> 'people'
      170-dw-bamf-asylum-border-rejections.txt '11,230': head: 'turks' -> 'people'; counted: 'applications lodged by Turks so far this year' -> 'people'
      170-dw-bamf-asylum-border-rejections.txt '14,118': head: 'applications' -> 'claims'; counted: 'follow-up applications' -> 'claims'
      170-dw-bamf-asylum-border-rejections.txt '203,560': counted: 'decisions made by the BAMF between January and October' -> 'decisions'
      170-dw-bamf-asylum-border-rejections.txt '27.4 percent': counted: 'share of decisions granting protection' -> 'decisions'
      170-dw-bamf-asylum-border-rejections.txt '38 percent': counted: 'share of cases where the application was rejected outright' -> 'cases'
      170-dw-bamf-asylum-border-rejections.txt '8.6 months': source: 'Federal Office for Migration and Refugees' -> "Germany's Federal Office for Migration and Refugees"; counted: 'average length of an asylum procedure' -> nan
      170-dw-bamf-asylum-border-rejections.txt 'More than 240,000': source: 'Federal Office for Migration and Refugees' -> "Germany's Federal Office for Migration and Refugees"; counted: 'cases pending at the end of October' -> 'cases'
      170-dw-bamf-asylum-border-rejections.txt 'almost 300,000': source: 'Federal Office for Migration and Refugees' -> "Germany's Federal Office for Migration and Refugees"; counted: 'cases pending at the start of the year' -> 'cases'
      170-dw-bamf-asylum-border-rejections.txt '2,964': counted: "people turned back at Germany's land borders in October" -> 'people'
      170-dw-bamf-asylum-border-rejections.txt '118': counted: 'people turned back who had asked for asylum' -> 'people'
      170-dw-bamf-asylum-border-rejections.txt 'some 31,500': counted: 'people rejected at the borders since May 2025' -> 'people'
      170-dw-bamf-asylum-border-rejections.txt 'around 700': counted: 'people stopped every week who have no right to enter' -> 'people'
      170-dw-bamf-asylum-border-rejections.txt 'some 14,000': source: 'federal government' -> 'a response by the federal government to a parliamentary question from the Left Party'; counted: 'officers deployed at the borders' -> 'officers at the borders'
      170-dw-bamf-asylum-border-rejections.txt '€107 million': source: 'federal government' -> 'a response by the federal government to a parliamentary question from the Left Party'
      170-dw-bamf-asylum-border-rejections.txt 'three': counted: 'Somalis whose rejection at Frankfurt (Oder) station was found unlawful' -> 'Somalis at Frankfurt'
      170-dw-bamf-asylum-border-rejections.txt 'more than half': counted: 'share of the people turned back who tried to cross again' -> 'people'
      171-infomigrants-channel-calais-camps.txt 'Some 34,700': counted: 'people who crossed the Channel to the UK in small boats since January' -> 'people'
      171-infomigrants-channel-calais-camps.txt 'about 8 percent': counted: 'rise in crossings compared with the same period last year' -> nan
      171-infomigrants-channel-calais-camps.txt '62': counted: 'average number of people per boat this year' -> 'people'
      171-infomigrants-channel-calais-camps.txt '53': counted: 'average number of people per boat last year' -> 'people'
      171-infomigrants-channel-calais-camps.txt '1,042': source: 'maritime prefecture for the Channel and the North Sea' -> 'North Sea'; counted: "people brought back to shore by Premar's vessels in October" -> 'people'
      171-infomigrants-channel-calais-camps.txt '61': source: 'maritime prefecture for the Channel and the North Sea' -> 'North Sea'; counted: 'rescue operations in October' -> 'rescue operations'
      171-infomigrants-channel-calais-camps.txt 'more than 80': counted: 'people on board the boats' -> 'people'
      171-infomigrants-channel-calais-camps.txt 'At least 81': source: 'Utopia 56' -> 'Utopia'; counted: 'people who died trying to reach England this year' -> 'people'
      171-infomigrants-channel-calais-camps.txt 'three': counted: 'people who died off Wimereux last Wednesday' -> 'people'
      171-infomigrants-channel-calais-camps.txt 'around 70': counted: 'people on board the overloaded dinghy' -> 'people'
      171-infomigrants-channel-calais-camps.txt '47': counted: 'evictions of informal camps in Calais in October' -> 'evictions of informal camps'
      171-infomigrants-channel-calais-camps.txt '612': source: 'Human Rights Observers' -> 'Utopia'; counted: 'tents seized during the evictions' -> 'tents'
      171-infomigrants-channel-calais-camps.txt '158': source: 'Human Rights Observers' -> 'Utopia'; counted: 'sleeping bags seized during the evictions' -> 'sleeping bags'
      171-infomigrants-channel-calais-camps.txt 'between 800 and 1,000': counted: 'people living in the camps around Calais' -> 'people'
      171-infomigrants-channel-calais-camps.txt 'some 1,500': counted: 'people living in the camp at Loon-Plage' -> 'people'
      171-infomigrants-channel-calais-camps.txt 'about 200': head: 'women' -> 'people'; counted: 'women and children in the camp at Loon-Plage' -> 'women and children'
      171-infomigrants-channel-calais-camps.txt '143': counted: 'people returned to France under the pilot agreement' -> 'people'
      171-infomigrants-channel-calais-camps.txt '117': counted: 'people who travelled to Britain on the legal route' -> 'people'
      171-infomigrants-channel-calais-camps.txt 'three years': counted: 'period over which the money is paid' -> nan

Afterwards one gold slip against the schema was fixed (a10a445): 170 first names the BAMF
"Germany's Federal Office for Migration and Refugees", the fullest name in the text (as 94's
gold has it), where its gold had dropped "Germany's".

After this round's rules (see CASES) the batch stands at F1 1.000 (P 1.000, R 1.000; 68 of
68), bound, kind and low_high 1.000, head 0.926, part_of 0.985, source 0.985. Left alone: the
head of "Afghans lodged the most applications ..., at 18,902, followed by Syrians (17,655)"
(people; the gold has applications, then the nationalities), "about 200 women and children"
(people, the project's reading of such a list; the gold has women), "21 percent of the total"
(total), "Of the first-time applications this year, 9,214" (no part_of across sentences with
no figure's text repeated) and the BAMF as the subject of "received 11,840 ... according to
figures published on Wednesday" (no source: "received" is no verb of recording).
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
    # --- a group set off by its apposition, then "The group" --------------------------------
    (
        "invented/InfoMigrants: 'The group' after a body called a group by its apposition",
        "At least 12 people died this year, according to the aid group Salam. In Paris, police "
        "cleared 30 camps in October, according to Border Monitors (BM), a group that monitors "
        "evictions. The group counted 340 tents seized.",
        [
            ("At least 12", 12, LO, C, None, {"source": "Salam"}),
            ("30", 30, E, C, None, {"source": "Border Monitors"}),
            ("340", 340, E, C, None, {"source": "Border Monitors"}),
        ],
    ),
    (
        "invented/guard: the same with no acronym in brackets",
        "Some 40 people were found on the beach, according to the charity Salam. In Lille, "
        "police carried out 9 evictions, according to Street Watchers, a group that monitors "
        "police. The group counted 75 tents seized.",
        [
            ("Some 40", 40, AP, C, None, {"source": "Salam"}),
            ("9", 9, E, C, None, {"source": "Street Watchers"}),
            ("75", 75, E, C, None, {"source": "Street Watchers"}),
        ],
    ),
    # --- a vessel's or a group's name with its number ------------------------------------
    (
        "invented/InfoMigrants: one of several ships, then its name and number",
        "One of the charity ships, the Aurora 2, was detained at Lampedusa for 20 days.",
        [("20 days", 20, E, D, "day")],
    ),
    (
        "invented/InfoMigrants: a group's name and number after its noun, then again bare",
        "Volunteers from the charity Refuge 41 handed out 600 meals in Nantes on Tuesday. A "
        "coordinator with Refuge 41 in Saint-Nazaire said 80 people slept outside.",
        [("600", 600, E, C, None), ("80", 80, E, C, None)],
    ),
    (
        "invented/InfoMigrants: 'according to' a group whose name ends in its number",
        "At least 12 people died in the Channel this year, according to a count by the "
        "association Refuge 41.",
        [("At least 12", 12, LO, C, None, {"source": "Refuge 41"})],
    ),
    (
        "invented/DW: the same after the body's noun alone",
        "Some 300 people were rescued in October, according to the charity Sea-Eye 4.",
        [("Some 300", 300, AP, C, None, {"source": "Sea-Eye 4"})],
    ),
    # --- a reply to a parliamentary question; a body whose remit names two places -------
    (
        "invented/DW: 'according to' a reply by a government to a party's question",
        "According to a reply by the federal government to a question from the Greens, "
        "deportation flights cost €38 million last year.",
        [("€38 million", 38e6, E, M, "EUR", {"source": "federal government"})],
    ),
    (
        "invented/DW: 'according to' a ministry's response to a parliamentary question",
        "According to the interior ministry's response to a parliamentary question, 1,200 "
        "people were deported to Afghanistan.",
        [("1,200", 1200, E, C, None, {"source": "interior ministry"})],
    ),
    (
        "invented/InfoMigrants: a maritime prefecture named by its two seas",
        "On the French side, the maritime prefecture for the Atlantic and the Bay of Biscay "
        "said its vessels had brought 200 people back to shore in October.",
        [
            (
                "200",
                200,
                E,
                C,
                None,
                {"source": "maritime prefecture for the Atlantic and the Bay of Biscay"},
            )
        ],
    ),
    (
        "invented/guard: a prefecture for one sea",
        "The prefecture for the Channel said 200 people were rescued.",
        [("200", 200, E, C, None, {"source": "prefecture for the Channel"})],
    ),
    # --- a subject, a participle's aside, then its verb of amount -------------------------
    (
        "invented/DW: the subject before an aside with 'lodged ... by', then 'numbered'",
        "Asylum applications, lodged mostly by young men, numbered 8,400 in March.",
        [("8,400", 8400, E, C, None, {"head": "applications"})],
    ),
    (
        "invented/DW: the same with 'carried out ... on' and 'totalled'",
        "Deportations, carried out mainly on charter flights from Leipzig, totalled 3,100 last "
        "year.",
        [("3,100", 3100, E, C, None, {"head": "deportations"})],
    ),
    (
        "invented/guard: a relative clause's aside, as before",
        "Applications from Serbians, which shot up after visa rules eased, amounted to more "
        "than 24,000.",
        [("more than 24,000", 24000, LO, C, None, {"head": "applications"})],
    ),
    # guards: a count after a group's name, a number after a group's noun with no name
    (
        "invented/guard: a count after a named group's verb",
        "The charity Refuge said 41 people slept outside in Calais.",
        [("41", 41, E, C, None, {"source": "Refuge"})],
    ),
    (
        "invented/guard: a group's count with its noun after a name",
        "The aid group Salam 12 volunteers strong fed 500 people.",
        [("12", 12, E, C, None), ("500", 500, E, C, None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_infomigrants_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "169-infomigrants-italy-landings-ocean-viking.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "170-dw-bamf-asylum-border-rejections.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.86,
        "low_high": 1.0,
        "part_of": 0.95,
        "source": 0.95,
    },
    "171-infomigrants-channel-calais-camps.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_infomigrants_floors(name):
    assert_floors(name, FLOORS[name])
