"""Second dev set, batch ``ds2-levant``: reports 199-201 of ``tests/fixtures/devset2``,
humanitarian and press copy on displacement in Gaza, the West Bank and Lebanon (2023-2025):
an UNRWA-like numbered situation report (dated key figures, "people sheltering in UNRWA
facilities", "An estimated 1.9 million people, or nine in ten", staff killed, installations
hit, aid trucks a day, "the Agency estimates"), a Times of Israel-like story on OCHA's flash
update about demolitions and displacement in the Tulkarm, Nur Shams and Jenin camps
("structures demolished", "displaced Palestinians", "NIS 1,500 (about $420)", "₪2,000",
"ILS 100,000") and a L'Orient Today-like story on IOM DTM counts of IDPs in Lebanon after
the November 2024 ceasefire (collective shelters, returns, the Health Ministry's toll,
"LL45 million ($500)"). Before writing them, real copy of these kinds was read through the
stored-pages search (none is kept here): UNRWA situation reports on the Gaza Strip and the
West Bank (October-November 2023: key points, "IDPs are sheltering in 150 UNRWA
facilities", colleagues killed "in the last 24 hours"), wire and regional stories on the
Jenin, Tulkarm and Nur Shams camps (2025: the "Iron Wall" operation, UNRWA's and the
municipalities' counts of demolished homes), and IOM, UNHCR and OCHA updates and Lebanese
outlets' stories on IDPs, collective shelters and returns after the ceasefire (November
2024-February 2025). Every sentence, name and number is invented; places and organisations
are real:

- 199-unrwa-sitrep-gaza-shelters.txt: an UNRWA situation-report-like text, 2024-03-14, with
  numbered paragraphs under headings, "nine in ten of the population", "sheltering in or
  near 154 UNRWA facilities", staff and installations, trucks a day against a target, the
  Ministry of Health in Gaza's toll "including 112 killed in the past day", "the Agency",
  tonnes of flour and the flash appeal's funding.
- 200-west-bank-camps-demolitions-tulkarm.txt: a Times of Israel-like story, 2025-03-02, on
  OCHA's count of structures demolished and Palestinians displaced from the northern West
  Bank camps, the IDF's statement, a governor's count of homes, a grant in NIS with its
  dollar gloss, rents in NIS and "₪", UNRWA's schools and OCHA's 2024 demolitions with
  "ILS 100,000".
- 201-lebanon-idps-ceasefire-returns.txt: a L'Orient Today-like story, 2024-12-20, on IOM's
  DTM count of IDPs three weeks into the ceasefire, shares by district "Of those still
  displaced", collective shelters, the Lebanese Health Ministry's toll, the World Bank's and
  the CDR's damage figures, rents "up to LL45 million ($500)" and cross-border movements.

The reports and their gold were committed (5650014) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/levant-blind --misses``, only this
batch in the folder, at that commit)::

    report                                       gold  pred match      P      R     F1  date
    199-unrwa-sitrep-gaza-shelters.txt             37    37    37  1.000  1.000  1.000  ok
    200-west-bank-camps-demolitions-tulkarm.txt    27    27    27  1.000  1.000  1.000  ok
    201-lebanon-idps-ceasefire-returns.txt         34    34    34  1.000  1.000  1.000  ok
    TOTAL                                          98    98    98  1.000  1.000  1.000  1.000

    field accuracy over 98 matched figures:
      bound                         0.990  (97/98)
      kind                          1.000  (98/98)
      head                          0.939  (92/98)
      low_high                      0.990  (97/98)
      part_of                       0.939  (92/98)
      source                        0.847  (83/98)
      source (lenient: surname ok)  0.847  (83/98)
      counted                       0.204  (20/98)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      199-unrwa-sitrep-gaza-shelters.txt 'An estimated 1.9 million': counted: 'people internally displaced in the Gaza Strip' -> 'people'
      199-unrwa-sitrep-gaza-shelters.txt 'nine in ten': counted: 'population of the Gaza Strip internally displaced' -> 'population of the Gaza Strip'
      199-unrwa-sitrep-gaza-shelters.txt 'Nearly 1.2 million': counted: 'people sheltering in or near UNRWA facilities' -> 'people'
      199-unrwa-sitrep-gaza-shelters.txt '154': bound: 'exact' -> 'approximate'; low/high: 154/154 -> null/null
      199-unrwa-sitrep-gaza-shelters.txt 'some 160,000': counted: 'people sheltering in the Rafah area' -> 'people'
      199-unrwa-sitrep-gaza-shelters.txt '24 hours': counted: 'reporting period' -> nan
      199-unrwa-sitrep-gaza-shelters.txt 'two': counted: 'UNRWA colleagues killed in Deir al-Balah' -> 'UNRWA colleagues'
      199-unrwa-sitrep-gaza-shelters.txt '171': counted: 'UNRWA team members killed since 7 October' -> 'UNRWA team members'
      199-unrwa-sitrep-gaza-shelters.txt 'At least 158': counted: 'UNRWA installations hit since the start of the war' -> 'UNRWA installations'
      199-unrwa-sitrep-gaza-shelters.txt '396': counted: 'internally displaced people killed in UNRWA installations' -> 'internally displaced people'
      199-unrwa-sitrep-gaza-shelters.txt 'over 1,300': counted: 'internally displaced people injured in UNRWA installations' -> 'internally displaced people'
      199-unrwa-sitrep-gaza-shelters.txt '161': counted: 'aid trucks entering the Gaza Strip a day' -> 'aid trucks'
      199-unrwa-sitrep-gaza-shelters.txt '500': counted: 'target of aid trucks a day' -> 'aid trucks'
      199-unrwa-sitrep-gaza-shelters.txt 'at least 31,272': source: 'Ministry of Health in Gaza' -> 'Ministry of Health'; counted: 'Palestinians killed since 7 October' -> 'Palestinians'
      199-unrwa-sitrep-gaza-shelters.txt '73,024': source: 'Ministry of Health in Gaza' -> 'Ministry of Health'; counted: 'Palestinians injured since 7 October' -> 'Palestinians'
      199-unrwa-sitrep-gaza-shelters.txt '112': part_of: 'at least 31,272' -> '73,024'; source: 'Ministry of Health in Gaza' -> 'Ministry of Health'; counted: 'Palestinians killed in the past day' -> 'Palestinians'
      199-unrwa-sitrep-gaza-shelters.txt 'five': counted: 'people killed in a strike on an UNRWA food distribution centre in Rafah' -> 'people'
      199-unrwa-sitrep-gaza-shelters.txt 'one': head: 'member' -> 'people'; counted: 'UNRWA staff member killed' -> 'people'
      199-unrwa-sitrep-gaza-shelters.txt '22': head: 'others' -> 'people'; counted: 'others injured in the strike' -> 'people'
      199-unrwa-sitrep-gaza-shelters.txt 'about 75 per cent': part_of: nan -> '13,000'; source: 'UNRWA' -> 'Agency'; counted: 'UNRWA staff in Gaza displaced' -> 'staff'
      199-unrwa-sitrep-gaza-shelters.txt '13,000': source: 'UNRWA' -> 'Agency'; counted: 'UNRWA staff in Gaza' -> 'staff'
      199-unrwa-sitrep-gaza-shelters.txt '14': counted: 'trucks in a convoy turned back at a checkpoint' -> 'trucks'
      199-unrwa-sitrep-gaza-shelters.txt 'three-hour': counted: 'wait at the checkpoint' -> nan
      199-unrwa-sitrep-gaza-shelters.txt '21,460': counted: 'consultations held by UNRWA health teams on 12 March' -> 'consultations'
      199-unrwa-sitrep-gaza-shelters.txt 'close to 1.4 million': counted: 'food parcels distributed by UNRWA' -> 'food parcels'
      199-unrwa-sitrep-gaza-shelters.txt '27,000 tonnes': counted: 'flour distributed by UNRWA' -> 'flour'
      199-unrwa-sitrep-gaza-shelters.txt 'some 3,200': counted: 'UNRWA staff working in the shelters' -> 'UNRWA staff'
      199-unrwa-sitrep-gaza-shelters.txt '3,000': counted: 'students the Khan Younis Training Centre was designed for' -> 'students'
      199-unrwa-sitrep-gaza-shelters.txt 'up to 30,000': counted: 'people sheltered in the Khan Younis Training Centre' -> 'people'
      199-unrwa-sitrep-gaza-shelters.txt '419': source: 'UNRWA' -> 'Agency'; counted: 'Palestinians killed in the West Bank since 7 October' -> 'Palestinians'
      199-unrwa-sitrep-gaza-shelters.txt '108': source: 'UNRWA' -> 'Agency'; counted: 'children killed in the West Bank' -> 'children'
      199-unrwa-sitrep-gaza-shelters.txt 'more than 1,600': source: 'UNRWA' -> 'Agency'; counted: 'people displaced by demolitions in the West Bank' -> 'people'
      199-unrwa-sitrep-gaza-shelters.txt '54 per cent': head: 'appeal' -> nan; counted: 'share of the UNRWA flash appeal funded' -> nan
      200-west-bank-camps-demolitions-tulkarm.txt '40,000': head: 'palestinians' -> 'camps'; counted: 'Palestinians displaced from the northern West Bank camps' -> 'camps'
      200-west-bank-camps-demolitions-tulkarm.txt 'at least 64': counted: 'structures demolished in the Tulkarm and Nur Shams refugee camps over the past week' -> 'structures'
      200-west-bank-camps-demolitions-tulkarm.txt 'some 40,100': counted: 'Palestinians displaced from the Jenin, Tulkarm and Nur Shams camps' -> 'Palestinians'
      200-west-bank-camps-demolitions-tulkarm.txt 'about 21,000': counted: 'displaced Palestinians from Jenin camp and its surroundings' -> 'Palestinians'
      200-west-bank-camps-demolitions-tulkarm.txt '38': counted: 'gunmen killed by troops' -> 'gunmen'
      200-west-bank-camps-demolitions-tulkarm.txt 'more than 260': counted: 'wanted suspects arrested in the northern West Bank' -> 'wanted suspects'
      200-west-bank-camps-demolitions-tulkarm.txt '396': counted: 'homes in the two camps completely destroyed' -> 'homes'
      200-west-bank-camps-demolitions-tulkarm.txt '2,100': counted: 'homes partially damaged' -> 'homes'
      200-west-bank-camps-demolitions-tulkarm.txt 'around 11 kilometers': counted: 'roads and water pipes torn up in the Tulkarm area' -> 'roads'
      200-west-bank-camps-demolitions-tulkarm.txt 'NIS 1,500': source: 'Ministry of Social Development' -> "Palestinian Authority's Ministry of Social Development"
      200-west-bank-camps-demolitions-tulkarm.txt 'about $420': source: 'Ministry of Social Development' -> "Palestinian Authority's Ministry of Social Development"
      200-west-bank-camps-demolitions-tulkarm.txt '3,800': source: 'Ministry of Social Development' -> "Palestinian Authority's Ministry of Social Development"; counted: 'displaced families the fund had reached' -> 'families'
      200-west-bank-camps-demolitions-tulkarm.txt 'six': source: nan -> 'Jamal Odeh'; counted: "Jamal Odeh's children" -> 'children'
      200-west-bank-camps-demolitions-tulkarm.txt 'two': counted: 'rooms rented by Jamal Odeh' -> 'rooms'
      200-west-bank-camps-demolitions-tulkarm.txt 'some 23': counted: 'residential buildings blown up in Jenin' -> 'residential buildings'
      200-west-bank-camps-demolitions-tulkarm.txt '13': counted: 'UNRWA installations in Jenin camp out of action' -> 'installations'
      200-west-bank-camps-demolitions-tulkarm.txt 'eight': counted: 'UNRWA schools out of action' -> 'schools'
      200-west-bank-camps-demolitions-tulkarm.txt 'some 4,200': counted: 'pupils left without classes' -> 'pupils'
      200-west-bank-camps-demolitions-tulkarm.txt '1,280': counted: 'Palestinian-owned structures demolished in the West Bank in 2024' -> 'Palestinian-owned structures'
      200-west-bank-camps-demolitions-tulkarm.txt '4,520': counted: 'people displaced by demolitions in the West Bank in 2024' -> 'people'
      200-west-bank-camps-demolitions-tulkarm.txt '1,890': counted: 'children displaced by demolitions' -> 'children'
      200-west-bank-camps-demolitions-tulkarm.txt '160': counted: 'structures demolished in East Jerusalem in 2024' -> 'structures'
      200-west-bank-camps-demolitions-tulkarm.txt '14': counted: 'new settlement outposts set up in Area C' -> 'new settlement outposts'
      201-lebanon-idps-ceasefire-returns.txt 'Over 160,000': counted: 'people still displaced in Lebanon' -> 'people'
      201-lebanon-idps-ceasefire-returns.txt 'three weeks': counted: 'time into the ceasefire' -> nan
      201-lebanon-idps-ceasefire-returns.txt 'More than 160,000': counted: 'people internally displaced in Lebanon' -> 'people'
      201-lebanon-idps-ceasefire-returns.txt 'more than three weeks': counted: 'time since the ceasefire took effect' -> nan
      201-lebanon-idps-ceasefire-returns.txt 'nearly 880,000': counted: 'people who have gone back to their home towns' -> 'people'
      201-lebanon-idps-ceasefire-returns.txt '163,240': counted: 'individuals remaining displaced' -> 'individuals'
      201-lebanon-idps-ceasefire-returns.txt '899,725': counted: 'individuals displaced at the peak before the truce' -> 'individuals'
      201-lebanon-idps-ceasefire-returns.txt '27 percent': part_of: '163,240' -> '899,725'; source: "IOM's Displacement Tracking Matrix" -> 'Displacement Tracking Matrix'; counted: 'displaced individuals staying in Aley district' -> 'individuals'
      201-lebanon-idps-ceasefire-returns.txt '18 percent': part_of: '163,240' -> '899,725'; source: "IOM's Displacement Tracking Matrix" -> 'Displacement Tracking Matrix'; counted: 'displaced individuals staying in Sidon' -> 'individuals'
      201-lebanon-idps-ceasefire-returns.txt '13 percent': part_of: '163,240' -> '899,725'; source: "IOM's Displacement Tracking Matrix" -> 'Displacement Tracking Matrix'; counted: 'displaced individuals staying in Beirut' -> 'individuals'
      201-lebanon-idps-ceasefire-returns.txt '4,370': head: 'individuals' -> 'people'; counted: 'displaced individuals housed in collective shelters' -> 'people'
      201-lebanon-idps-ceasefire-returns.txt 'some 190,000': head: 'individuals' -> 'people'; counted: 'displaced individuals housed in collective shelters at the height of the war' -> 'people'
      201-lebanon-idps-ceasefire-returns.txt 'about 1,000': counted: 'collective shelters at the height of the war' -> 'shelters'
      201-lebanon-idps-ceasefire-returns.txt '4,047': counted: 'people killed in Israeli attacks' -> 'people'
      201-lebanon-idps-ceasefire-returns.txt '16,638': counted: 'people wounded in Israeli attacks' -> 'people'
      201-lebanon-idps-ceasefire-returns.txt '316': part_of: '4,047' -> '16,638'; counted: 'children killed' -> 'children'
      201-lebanon-idps-ceasefire-returns.txt 'At least 29': counted: 'people killed in strikes since the truce' -> 'people'
      201-lebanon-idps-ceasefire-returns.txt '20 years': counted: 'time spent building the house' -> nan
      201-lebanon-idps-ceasefire-returns.txt 'four': counted: "Ali Fakih's sons" -> 'sons'
      201-lebanon-idps-ceasefire-returns.txt 'two': counted: 'rooms rented in Nabatieh' -> 'rooms'
      201-lebanon-idps-ceasefire-returns.txt 'about 99,000': counted: 'housing units partially or fully destroyed' -> 'housing units'
      201-lebanon-idps-ceasefire-returns.txt 'about 410,000': counted: 'people who crossed from Syria into Lebanon since Nov. 27' -> 'people'
      201-lebanon-idps-ceasefire-returns.txt 'some 562,000': counted: 'people who crossed from Lebanon into Syria since late September' -> 'people'
      201-lebanon-idps-ceasefire-returns.txt 'over 21,500': counted: 'refugee households given cash assistance since September' -> 'refugee households'
      201-lebanon-idps-ceasefire-returns.txt 'three months': counted: 'cash assistance period' -> nan

Gold slips corrected after the blind run, each against the schema and the set's own
convention, not to match the output: in 199, "about 75 per cent of its 13,000 staff" now
has part_of "13,000" (the set gives "X per cent of the N" its whole: 45, 93, 116, 152) and
"22 others" the head "people" (the set restores the noun behind "others": 53, 109, 151);
in 200, the three figures of the "Palestinian Authority's Ministry of Social Development"
name it so, the fullest name the text gives (the gold had cut the owner). The blind table
above is the score before these corrections.

Rules added after the blind run (each with its invented rows below):

- "in or near 154 UNRWA facilities", "at or near 14 sites": "near" after a preposition and
  "or" is the place's preposition, no approximate bound.
- "the Agency estimates", "the Agency said": a UN agency's own release capitalises its
  short name; it is the last UN agency named (UNRWA, given by its acronym only), or a body
  whose name holds "Agency" ("European Union Agency for Asylum").
- "at least 31,272 ... killed and 73,024 injured ..., including 112 killed in the past
  day": a part whose participle (killed, injured, detained, ...) repeats one of the earlier
  counts' is part of that count, not of the nearest.
- "IOM's Displacement Tracking Matrix (DTM)" then "the DTM found": the acronym's fullest
  name keeps a UN agency's possessive before it, as it kept a country's.

Left alone: "Ministry of Health in Gaza" read as "Ministry of Health" (a body's place after
"in" is usually no part of its name); "Of those still displaced, 27 percent" given the
peak's 899,725 rather than the 163,240 "remained displaced" (the whole is named by a
relative description the extractor does not match); "including 316 children" after
"killed and ... wounded" with no participle (the nearest count kept); "six children" of a
man who fled inside "according to Jamal Odeh" (his, by the extractor; the gold leaves the
reporter's relative clause to the text); "displacement tops 40,000" read as camps; "54 per
cent funded" with no whole; "only 4,370 are still housed" read as people, not individuals;
and the counted phrases, which the extractor keeps to the noun.
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
    # --- "in or near N": a place's preposition, no bound (UNRWA situation reports) --------
    (
        "invented/UNRWA sitrep: 'staying in or near 37 schools' is exact",
        "UNRWA said about 4,800 displaced families were staying in or near 37 schools in "
        "Khan Younis.",
        [
            ("about 4,800", 4800, AP, C, None, {"source": "UNRWA"}),
            ("37", 37, E, C, None, {"source": "UNRWA", "head": "schools"}),
        ],
    ),
    (
        "invented/OCHA update: 'at or near 14 informal sites' is exact; 'Near 300' a bound",
        "Some 2,100 people live at or near 14 informal sites along the Litani river. Near 300 "
        "people gathered at the crossing on Monday.",
        [
            ("Some 2,100", 2100, AP, C, None),
            ("14", 14, E, C, None),
            ("Near 300", 300, AP, C, None),
        ],
    ),
    # --- "the Agency": a UN agency's own short name ------------------------------------
    (
        "invented/UNRWA sitrep: 'The Agency estimates' after UNRWA named by its acronym",
        "UNRWA said on Monday that 9,400 people were sheltering in its schools in Nuseirat. "
        "The Agency estimates that 60 per cent of its 1,500 teachers have been displaced.",
        [
            ("9,400", 9400, E, C, None, {"source": "UNRWA"}),
            ("60 per cent", 60, E, P, "%", {"source": "UNRWA", "part_of": 2}),
            ("1,500", 1500, E, C, None, {"source": "UNRWA"}),
        ],
    ),
    (
        "invented/EU agency release: 'The Agency added' after a name holding 'Agency'",
        "The European Union Agency for Asylum said 9,000 claims were lodged in May. The Agency "
        "added that 400 were withdrawn.",
        [
            ("9,000", 9000, E, C, None, {"source": "European Union Agency for Asylum"}),
            ("400", 400, E, C, None, {"source": "European Union Agency for Asylum"}),
        ],
    ),
    # --- "including N killed": the count with the same participle -------------------------
    (
        "invented/health ministry toll: 'including 410 killed' is part of the killed",
        "According to the Ministry of Health, 2,340 people were killed and 5,100 injured last "
        "week, including 410 killed on Friday.",
        [
            ("2,340", 2340, E, C, None),
            ("5,100", 5100, E, C, None),
            ("410", 410, E, C, None, {"part_of": 0}),
        ],
    ),
    (
        "invented/police round-up: 'including 45 detained' is part of the detained",
        "Police said 310 migrants were detained and 120 released on Sunday, including 45 "
        "detained in Calais.",
        [
            ("310", 310, E, C, None, {"source": "Police"}),
            ("120", 120, E, C, None, {"source": "Police"}),
            ("45", 45, E, C, None, {"source": "Police", "part_of": 0}),
        ],
    ),
    (
        "invented/guard: 'including 45 women' with no participle keeps the nearest count",
        "Police said 310 migrants were detained and 120 released on Sunday, including 45 women.",
        [
            ("310", 310, E, C, None),
            ("120", 120, E, C, None),
            ("45", 45, E, C, None, {"part_of": 1}),
        ],
    ),
    # --- "IOM's Displacement Tracking Matrix (DTM)" then "the DTM found" --------------------
    (
        "invented/DTM story: 'the DTM found' keeps IOM's possessive",
        "According to IOM's Displacement Tracking Matrix (DTM), 52,000 people were displaced "
        "in Nabatieh. Of those, 40 percent are children, the DTM found.",
        [
            ("52,000", 52000, E, C, None, {"source": "IOM's Displacement Tracking Matrix"}),
            (
                "40 percent",
                40,
                E,
                P,
                "%",
                {"source": "IOM's Displacement Tracking Matrix", "part_of": 0},
            ),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_levant_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "199-unrwa-sitrep-gaza-shelters.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.94,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.91,
    },
    "200-west-bank-camps-demolitions-tulkarm.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.96,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.96,
    },
    "201-lebanon-idps-ceasefire-returns.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.94,
        "low_high": 1.0,
        "part_of": 0.88,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_levant_floors(name):
    assert_floors(name, FLOORS[name])
