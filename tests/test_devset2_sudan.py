"""Second dev set, batch ``ds2-sudan``: reports 232-234 of ``tests/fixtures/devset2``, copy on
Sudan's war displacement (2023-25) as wires, UN agencies' news pages and regional English
dailies write it: IOM DTM counts of internally displaced people by state, returnees against
refugees, arrivals in Chad (Adre), Egypt (Argeen, Aswan) and South Sudan (Renk, Joda),
cholera and measles counts with deaths, food prices in Sudanese pounds and dollars, appeals
and the share funded, "fled El Fasher", and aid workers quoted by one name or anonymously.
Their not-figures are dates and years, "Resolution 2736", "IPC Phase 5", ages ("34-year-old",
"under five", "aged six months to 15 years"), ordinals and the vague "tens of thousands".
Before writing them, real copy of these kinds was read through the stored-pages search (none
is kept here): Radio Dabanga's and allAfrica's write-ups of IOM DTM registrations, DTM Sudan
displacement overviews and flow-monitoring pages, UNHCR's Chad briefing notes on Adre and the
Sudan Tribune's and Nan's stories built on them (daily crossings, appeal funding, hepatitis E
cases with fatalities), and a News of Emirates wire on arrivals in Chad. Every sentence, name
and number is invented; places and organisations are real:

- 232-iom-dtm-sudan-idps-returns-cholera.txt: a UN News-like story, 2025-06-12, on IOM DTM's
  IDPs across "all 18 states" and by state, "some 7.7 million of the displaced", returnees
  "71 per cent of them in Al Jazirah", "the update said", an IOM enumerator named by first
  name only, cholera cases and deaths recorded by the health ministry, a case fatality rate,
  measles in Gedaref, Tawila arrivals from El Fasher, and the response plan's funding.
- 233-wire-el-fasher-arrivals-adre-renk-argeen.txt: a Reuters-like wire from Adre,
  2025-11-04, on arrivals in Chad after El Fasher fell ("the U.N. refugee agency said", then
  "UNHCR said"), an anonymous MSF nurse, a mother paying "600,000 Sudanese pounds (about
  $240)", an anonymous Aswan official's Argeen counts, IOM's South Sudan crossings
  "including" returnees and refugees, cholera in Renk, "Deng, an IOM staffer" and "Yusuf, a
  WFP logistics officer" then "He said", and rations cut "to half".
- 234-el-obeid-prices-measles-kordofan.txt: a Sudan Tribune-like story, 2025-08-21, on El
  Obeid's market ("a 50-kilogram sack", "SDG 185,000", "about $53" at the parallel rate),
  the pound's fall, DTM's Bara displacement, "59 kilometres" and "two days" by cart, measles
  cases and deaths, an anonymous doctor's "two to three children in each bed", "Fatima, a
  volunteer with the Emergency Response Room" and her "Half our kitchens", IPC Phase 5 and
  the UN appeal's funding.

The reports and their gold were committed (92a0ef9) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/sudan-blind --misses``, only this
batch in the folder, at that commit)::

    report                                            gold  pred match      P      R     F1  date
    232-iom-dtm-sudan-idps-returns-cholera.txt          24    24    24  1.000  1.000  1.000  ok
    233-wire-el-fasher-arrivals-adre-renk-argeen.txt    25    24    24  1.000  0.960  0.980  ok
    234-el-obeid-prices-measles-kordofan.txt            25    24    24  1.000  0.960  0.980  ok
    TOTAL                                               74    72    72  1.000  0.973  0.986  1.000

    field accuracy over 72 matched figures:
      bound                         1.000  (72/72)
      kind                          1.000  (72/72)
      head                          0.944  (68/72)
      low_high                      1.000  (72/72)
      part_of                       0.917  (66/72)
      source                        0.806  (58/72)
      source (lenient: surname ok)  0.806  (58/72)
      counted                       0.264  (19/72)
      date (per report)             1.000

    misses (gold not found): 2; extras (not in gold): 0
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt
        MISS  'half'  in: The World Food Programme (WFP) said it had cut rations in eastern Chad's camps to half because of the shortfall.
      234-el-obeid-prices-measles-kordofan.txt
        MISS  'Half'  in: "Half our kitchens may close next week if the money does not come," she said.

    matched figures with a field wrong (gold -> predicted):
      232-iom-dtm-sudan-idps-returns-cholera.txt 'more than 10 million': counted: 'people still displaced in Sudan' -> 'people'
      232-iom-dtm-sudan-idps-returns-cholera.txt 'More than 10.1 million': counted: 'people internally displaced in Sudan' -> 'people'
      232-iom-dtm-sudan-idps-returns-cholera.txt 'some 7.7 million': head: 'people' -> 'fled'; part_of: 'More than 10.1 million' -> nan; source: "IOM's Displacement Tracking Matrix" -> "the latest update from IOM's Displacement Tracking Matrix"; counted: 'displaced who fled after fighting broke out' -> 'fled'
      232-iom-dtm-sudan-idps-returns-cholera.txt 'about 1.8 million': counted: 'internally displaced people in South Darfur' -> 'people'
      232-iom-dtm-sudan-idps-returns-cholera.txt '1.6 million': counted: 'internally displaced people in North Darfur' -> 'people'
      232-iom-dtm-sudan-idps-returns-cholera.txt '834,000': counted: 'internally displaced people in Central Darfur' -> 'people'
      232-iom-dtm-sudan-idps-returns-cholera.txt '1.24 million': source: "IOM's Displacement Tracking Matrix" -> 'Field teams'; counted: 'returnees since November' -> 'returnees'
      232-iom-dtm-sudan-idps-returns-cholera.txt '71 per cent': part_of: nan -> '1.24 million'; source: "IOM's Displacement Tracking Matrix" -> 'Field teams'; counted: 'returnees in Al Jazirah state' -> 'returnees'
      232-iom-dtm-sudan-idps-returns-cholera.txt '32,400': source: "IOM's Displacement Tracking Matrix" -> 'the update'; counted: 'returnees who came back from Egypt and South Sudan' -> 'returnees'
      232-iom-dtm-sudan-idps-returns-cholera.txt 'Nearly 4 million': counted: 'people who crossed into neighbouring countries' -> 'people'
      232-iom-dtm-sudan-idps-returns-cholera.txt '1,612': counted: 'cholera deaths' -> 'associated deaths'
      232-iom-dtm-sudan-idps-returns-cholera.txt '1 per cent': head: nan -> 'threshold'; counted: nan -> 'threshold'
      232-iom-dtm-sudan-idps-returns-cholera.txt '412': counted: 'measles cases in Gedaref' -> 'cases'
      232-iom-dtm-sudan-idps-returns-cholera.txt 'nine': counted: 'measles deaths in Gedaref' -> 'deaths'
      232-iom-dtm-sudan-idps-returns-cholera.txt 'an estimated 400,000': counted: 'people arriving in Tawila' -> 'people'
      232-iom-dtm-sudan-idps-returns-cholera.txt '20.9 million': counted: 'people the plan seeks to reach' -> 'people'
      232-iom-dtm-sudan-idps-returns-cholera.txt '13.3 per cent': part_of: nan -> '$4.2 billion'; counted: 'humanitarian response plan funded' -> 'humanitarian response plan for Sudan'
      232-iom-dtm-sudan-idps-returns-cholera.txt '17 per cent': head: 'appeal' -> nan; part_of: nan -> '$245 million'; counted: 'IOM appeal funded' -> nan
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt 'More than 18,000': source: 'U.N. refugee agency' -> 'UNHCR'; counted: 'Sudanese refugees who crossed into eastern Chad' -> 'Sudanese refugees'
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt '10 days': source: 'U.N. refugee agency' -> 'UNHCR'; counted: 'period of the crossings' -> nan
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt 'about 1,400': source: 'U.N. refugee agency' -> 'UNHCR'; counted: 'people arriving each day' -> 'people'
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt 'Around 88 percent': source: 'U.N. refugee agency' -> 'UNHCR'; counted: 'new arrivals who are women and children' -> 'new arrivals'
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt '213': source: 'a nurse at a clinic run by Medecins Sans Frontieres (MSF) in Adre' -> 'Medecins Sans Frontieres'; counted: 'people treated for gunshot wounds' -> 'people'
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt 'five days': source: 'a nurse at a clinic run by Medecins Sans Frontieres (MSF) in Adre' -> nan; counted: 'walk' -> nan
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt 'four': source: nan -> 'Amina'; counted: "Amina's children" -> 'children'
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt 'some 1.5 million': counted: 'Sudanese in Egypt' -> 'Sudanese'
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt 'About 2,100': counted: 'people entering a week in October' -> 'people'
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt '84,000': counted: 'Sudanese who went home through Argeen' -> 'Sudanese'
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt '1.2 million': counted: 'people who crossed into South Sudan' -> 'people'
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt '1,100': counted: 'arrivals a day at the Joda crossing' -> 'arrivals'
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt '327': counted: 'people sickened by cholera in Renk' -> 'people'
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt 'six': counted: 'people killed by cholera in Renk' -> 'people'
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt 'three days': counted: 'boat trip to Malakal' -> nan
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt '24 percent': part_of: nan -> '$1.8 billion'; counted: 'regional refugee response plan funded' -> 'regional refugee response plan for Sudan'
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt '$95 million': source: 'Yusuf' -> 'an official in the Aswan governorate'
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt '900,000': source: 'Yusuf' -> 'an official in the Aswan governorate'; counted: 'refugees in Chad fed by WFP' -> 'refugees'
      233-wire-el-fasher-arrivals-adre-renk-argeen.txt 'more than 12 million': counted: 'people driven from their homes' -> 'people'
      234-el-obeid-prices-measles-kordofan.txt '50-kilogram': counted: 'sack of sorghum' -> 'sack'
      234-el-obeid-prices-measles-kordofan.txt 'more than 80 per cent': head: nan -> 'value'; counted: nan -> 'value'
      234-el-obeid-prices-measles-kordofan.txt '41,300': counted: 'people displaced from Bara and surrounding villages' -> 'people'
      234-el-obeid-prices-measles-kordofan.txt '62 per cent': part_of: None -> '41,300'; counted: 'displaced who went to El Obeid town' -> 'people'
      234-el-obeid-prices-measles-kordofan.txt '386,000': source: 'IOM' -> 'International Organization for Migration'; counted: 'internally displaced people in North Kordofan' -> 'internally displaced people'
      234-el-obeid-prices-measles-kordofan.txt '59 kilometres': counted: 'distance from Bara to El Obeid' -> nan
      234-el-obeid-prices-measles-kordofan.txt 'two days': counted: 'trip from Bara to El Obeid' -> nan
      234-el-obeid-prices-measles-kordofan.txt '276': counted: 'measles cases among displaced children' -> 'measles cases'
      234-el-obeid-prices-measles-kordofan.txt '11': counted: 'measles deaths among displaced children' -> 'deaths'
      234-el-obeid-prices-measles-kordofan.txt '150,000': counted: 'children targeted by the vaccination campaign' -> 'children'
      234-el-obeid-prices-measles-kordofan.txt '140': counted: 'children treated in the paediatric ward' -> 'children'
      234-el-obeid-prices-measles-kordofan.txt 'two to three': counted: 'children in each bed' -> 'children'
      234-el-obeid-prices-measles-kordofan.txt '14': counted: 'communal kitchens run by the Emergency Response Room' -> 'communal kitchens'
      234-el-obeid-prices-measles-kordofan.txt 'some 637,000': counted: 'people facing catastrophic hunger' -> 'people'
      234-el-obeid-prices-measles-kordofan.txt '19 per cent': counted: 'UN appeal for Sudan funded' -> 'appeal for Sudan'
      234-el-obeid-prices-measles-kordofan.txt '4 million': counted: 'people assisted a month by WFP' -> 'people'
      234-el-obeid-prices-measles-kordofan.txt 'up to seven days': counted: 'trucks held at checkpoints' -> nan

Rules made from the misses (each with its rows below, checked to fail before the fix):
a one-word name after "said" with a person's role in apposition ("said Yusuf, a WFP
logistics officer in Farchana") is a person, the next "He said" his and not the unnamed
official's before (108abf2); a share in words before a possessive ("Half our kitchens",
"half my workers") is a share with the noun after as its head, "its" left out ("lost half
its value" is a change) (a2843e0); a one-word name opening its sentence with such an
apposition ("Fatima, a volunteer with ..., said") is a person too, the next "she said" hers
(be2120f); "according to the latest update from X" is X's and a later "the update said"
too (39f3be2).

Seen and left alone: "Field teams also counted 1.24 million returnees" (the agent of
"counted" is the teams, the gold names the DTM whose update it is; arguable either way);
"the U.N. refugee agency said" then "UNHCR said" (the extractor names the agency by its
acronym, the gold by its first, fuller description); "A nurse at a clinic run by Medecins
Sans Frontieres (MSF) in Adre, who asked not to be named, said" (the agent of "run by" is
taken for the speaker, and the later "she said" finds no one); "Amina, a 34-year-old mother
of four ..., said she paid" (the "four" in the speaker's apposition is the report's own
voice, the extractor gives it to Amina); "some 7.7 million of the displaced fled" (head
"fled", no part_of: "of the displaced" is not read as "of them"); percentages of an appeal
"which seeks $4.2 billion, is 13.3 per cent funded" and "71 per cent of them" linked as
part_of (the dev sets disagree on that link); "cut rations ... to half" (no share after
"to"); "the 1 per cent threshold" (head "threshold").

Final score of the three reports (``python -m analysis.evaluate /tmp/sudan-blind``): F1
0.993 (73/74, one miss, no extra; blind 0.986); bound 1.000, kind 1.000, head 0.945 (blind
0.944), low_high 1.000, part_of 0.918 (blind 0.917), source 0.863 (63/73; blind 0.806).
"""

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
    # --- an aid worker named by one name, then "He said" --------------------------------
    (
        "invented/wire (Reuters/AFP on Sudan): 'said Ibrahim, a UNICEF officer in Kosti. He "
        "said ...' after an unnamed official",
        "An official at the Kosti port, who asked not to be named, said 2,600 people had "
        'landed since Friday.\n\n"The barges are full," said Ibrahim, a UNICEF water officer '
        "in Kosti. He said the agency had trucked 90,000 litres to the site.",
        [
            ("2,600", 2600, E, C, None, {"source": "An official at the Kosti port"}),
            ("90,000 litres", 90000, E, MS, "liter", {"source": "Ibrahim"}),
        ],
    ),
    (
        "invented/Radio Dabanga-like: 'Khadija, a nurse with MSF in Tawila, said ...' then "
        "'she said' after an unnamed doctor",
        "A doctor in Tawila, who declined to be named, said 70 patients arrived on Monday.\n\n"
        "Khadija, a nurse with MSF in Tawila, said the clinic had run out of saline. "
        '"We treated 45 children with cholera overnight," she said.',
        [
            ("70", 70, E, C, None, {"source": "A doctor in Tawila"}),
            ("45", 45, E, C, None, {"source": "Khadija"}),
        ],
    ),
    # --- "according to the latest update from X": the body, not its update -------------
    (
        "invented/UN News-like: 'according to the latest update from IOM's Displacement "
        "Tracking Matrix', then 'the update said'",
        "According to the latest update from IOM's Displacement Tracking Matrix, some 52,000 "
        "people left Kadugli in October. Of them, 31,000 reached El Obeid, the update said.",
        [
            ("some 52,000", 52000, AP, C, None, {"source": "IOM's Displacement Tracking Matrix"}),
            ("31,000", 31000, E, C, None, {"source": "IOM's Displacement Tracking Matrix"}),
        ],
    ),
    (
        "invented/guard: 'the latest figures from the health ministry' keep the ministry",
        "Cholera has killed 212 people in Kassala, according to the latest figures from the "
        "state health ministry.",
        [("212", 212, E, C, None, {"source": "state health ministry"})],
    ),
    # --- "half our ...": a share before a possessive, in a speaker's own words ------------
    (
        "invented/Sudan Tribune-like quote: 'Half our volunteers have left for Port Sudan'",
        '"Half our volunteers have left for Port Sudan since the shelling began," said '
        "Amal Idris, who runs a shelter in Kosti.",
        [("Half", 50, E, P, "%", {"source": "Amal Idris", "head": "volunteers"})],
    ),
    (
        "invented/guard: 'the second half of 2024' stays a period",
        "Some 3,100 families arrived in the second half of 2024, our teams said.",
        [("Some 3,100", 3100, AP, C, None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_sudan_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "232-iom-dtm-sudan-idps-returns-cholera.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.85,
        "low_high": 1.0,
        "part_of": 0.8,
        "source": 0.9,
    },
    "233-wire-el-fasher-arrivals-adre-renk-argeen.txt": {
        "f1": 0.95,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.95,
        "source": 0.7,
    },
    "234-el-obeid-prices-measles-kordofan.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 0.95,
        "source": 0.95,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_sudan_floors(name):
    assert_floors(name, FLOORS[name])
