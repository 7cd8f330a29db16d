"""Second dev set, batch ``ds2-crisis``: reports 47-50, displacement-crisis copy from Africa
and the Middle East, each in a different voice: a The New Humanitarian / AFP-style story on
Sudanese refugees at Adré in eastern Chad (camp populations, litres of water per person,
malnutrition rates, aid workers quoted), an Al Jazeera-style story on Syrian returns from
Turkey and Lebanon after December 2024 (ministry claims against UNHCR estimates, lira and
pounds), a Reuters story built on IOM Libya's maritime update (intercepted and returned,
dead and missing, detention centres, a coastguard claim), and a Sahel story on Burkina
Faso (a minister against an NGO, schools closed, CFA francs, shares of the population).
Before writing them, real reports of these kinds were read through the stored-pages search
(none is kept here); every sentence, name and number is invented.

The gold checker's wrapper (``tests/fixtures/devset2/check_gold.py``) learnt, before the
batch was written, Libyan dinars and Somali shillings, and the extractor's kind ``measure``
(litres, kilometres, kilograms; the head is the unit as written, as a duration's is: "7
litres" -> "litres", "a 50-kilogram bag" -> "kilogram"), since crisis copy counts water per
person and bag weights.

Blind score (reports and gold committed in d83e7b2 before the extractor was first run on
them; ``python -m analysis.evaluate /tmp/crisis-blind --misses``, the four reports alone)::

    report                             gold  pred match      P      R     F1  date
    47-adre-water-queues.txt             22    22    22  1.000  1.000  1.000  ok
    48-syria-returns-disputed.txt        21    21    21  1.000  1.000  1.000  ok
    49-libya-interceptions-update.txt    21    21    21  1.000  1.000  1.000  ok
    50-burkina-displacement-count.txt    17    17    17  1.000  1.000  1.000  ok
    TOTAL                                81    81    81  1.000  1.000  1.000  1.000

    field accuracy over 81 matched figures:
      bound                         1.000  (81/81)
      kind                          1.000  (81/81)
      head                          0.914  (74/81)
      low_high                      1.000  (81/81)
      part_of                       1.000  (81/81)
      source                        0.741  (60/81)
      source (lenient: surname ok)  0.741  (60/81)
      counted                       0.864  (70/81)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      47-adre-water-queues.txt '1,340': source: 'UNHCR' -> 'the UN refugee agency'
      47-adre-water-queues.txt '7 litres': counted: 'water' -> nan
      47-adre-water-queues.txt '23.5 per cent': head: 'children' -> nan; counted: 'children under
          five' -> nan
      47-adre-water-queues.txt '3,900': source: 'UNICEF' -> 'the UN refugee agency'; counted:
          'children' -> 'children screened'
      47-adre-water-queues.txt '412': source: 'UNICEF' -> 'the UN refugee agency'; counted:
          'children' -> 'children screened'
      47-adre-water-queues.txt '100 francs': head: 'XAF' -> 'CHF'
      47-adre-water-queues.txt 'about 9,000': head: 'refugees' -> 'people'; source: 'UNHCR' -> 'the
          UN refugee agency'; counted: 'refugees' -> 'people'
      47-adre-water-queues.txt '70 per cent': head: 'basket' -> nan; counted: 'full food basket' ->
          nan
      48-syria-returns-disputed.txt 'some 97,000': source: 'UNHCR' -> "Turkey's interior ministry"
      48-syria-returns-disputed.txt 'roughly 301,000': source: 'UNHCR' -> "Turkey's interior
          ministry"
      48-syria-returns-disputed.txt '885,000': source: 'UNHCR' -> "Turkey's interior ministry"
      48-syria-returns-disputed.txt '2,400': counted: 'refugees' -> 'refugees in Turkey'
      48-syria-returns-disputed.txt 'about 1.5 million': source: 'Lebanon' -> 'Nabil Karam'
      48-syria-returns-disputed.txt 'more than 15,000 pounds': head: 'SYP' -> 'LBP'
      49-libya-interceptions-update.txt '1,020': source: 'International Organization for Migration'
          -> 'the U.N. agency'
      49-libya-interceptions-update.txt '467': source: 'International Organization for Migration'
          -> 'the U.N. agency'
      49-libya-interceptions-update.txt 'at least 41': head: 'people' -> 'survivors'; counted:
          'people' -> 'survivors'
      50-burkina-displacement-count.txt '2,062,534': source: 'CONASUR' -> nan
      50-burkina-displacement-count.txt 'nearly 60 percent': source: 'CONASUR' -> nan
      50-burkina-displacement-count.txt '35 percent': source: 'Aminata Sawadogo Kaboré' -> 'Action'
      50-burkina-displacement-count.txt '48,000': source: 'Aminata Sawadogo Kaboré' -> 'Action'
      50-burkina-displacement-count.txt '6,149': source: 'Technical Secretariat for Education in
          Emergencies' -> 'Technical Secretariat for Education'
      50-burkina-displacement-count.txt '24 percent': source: 'Technical Secretariat for Education
          in Emergencies' -> 'Technical Secretariat for Education'; counted: 'all schools in the
          country' -> 'schools'
      50-burkina-displacement-count.txt '1,042,000': source: 'Technical Secretariat for Education
          in Emergencies' -> 'Technical Secretariat for Education'
      50-burkina-displacement-count.txt 'some 31,000': source: 'Technical Secretariat for Education
          in Emergencies' -> 'Technical Secretariat for Education'
      50-burkina-displacement-count.txt '50-kilogram': source: 'traders' -> 'telephone'; counted:
          'bag of rice' -> 'bag'
      50-burkina-displacement-count.txt 'up to 60,000 CFA francs': source: 'traders' -> 'telephone'
      50-burkina-displacement-count.txt '22,500 francs': head: 'XOF' -> 'CHF'; source: 'traders' ->
          'telephone'
      50-burkina-displacement-count.txt '18 percent': counted: '2023 humanitarian response plan for
          Burkina Faso' -> 'humanitarian response plan for Burkina Faso'

The gold was not changed after the blind run: every disagreement above was the extractor's
(the conventions kept are the project's: a body described and then named, "the UN refugee
agency, UNHCR", is UNHCR; "the agency" is the agency named last; a share's head is its
whole's noun). Scores of the four reports after this round's rules (``python -m
analysis.evaluate /tmp/crisis-blind``): F1 1.000 and bound, kind, head, low_high, part_of and
source all 1.000 (81/81); counted 0.901 (not a scored field: "children screened" for
"children", "bag" for "bag of rice" and the like).

Each failure that looked general became one or more INVENTED sentences in ``CASES`` below
(other names and numbers, the same construction), expected rows written by hand before the
extractor was run on them. Conventions are those of ``tests/test_real_probe_*.py``: a row
is ``(text, value or (low, high), bound, kind, unit)`` plus an optional dict of further
fields (``part_of`` as the index of the whole among the expected rows, ``head``,
``source`` compared as the scorer does; a tuple of sources: any of them). Run against the
branch point (commit ce278b5, that tree's ``analysis`` first on the path), 2 of the table's
28 rows passed (the guards: "the last survey found" and a helpline number); after this
round's rules, all 28. Batches 2-14 probe the same kinds of copy beyond the four reports
(whole invented passages among them); each batch's comment says how many of its rows passed
when first run on the branch as it then stood. The whole table (129 rows) run against the
branch point ce278b5: 87 passed, 42 failed (the same against main at a493089, merged in);
after this round's rules: 129.

General rules added (each with its rows below): bare francs in Chad and Sahel copy are CFA
francs (analysis/data/franc_countries.csv); a bare currency word takes the country its
sentence named ("4,000 Syrian pounds, up from 2,500 pounds"), unless another country is
named between; Somali shillings (SOS); a rate "among <group>" and a share "of a <noun>"
name their whole; what is "N percent funded" is no share of the people counted before it;
"according to <descriptor>, <NAME>." gives the name; "the agency" / "the U.N. agency" is
the UN agency named last; "<Body> (ACR) is more cautious. It estimates" makes the body the
"it"; "X, which says it hosts N, ..." keeps N with its own verb; an adverb before the verb
("CONASUR last counted") and "<common noun>, <NAME>, said" give the name; "Action" is a
portfolio word; "in" inside a body's name that is no place is kept ("Education in
Emergencies"); "reached by telephone" / "contacted by AFP" is no part of the speakers, and
"telephone ... said 14" is no phone number; "warn", "insist", "contend" report; "the UN
Office ... (OCHA)" keeps its "UN"; a bare number done to as the refugees named before it
("only 9,000 have been relocated") counts them; "feared dead" after survivors gives people;
"11 were Sudanese nationals"; a plural subject before its prepositional phrases ("Deaths
from cholera in the camps rose to 54"); "N more" / "a further N" across a paragraph break;
"Of whom:" in a fact box; "DTM identified N migrants" (an agent verb); "The majority (78%)"
of the group counted before; a demonym after "N-strong" is a modifier; a headline's "but"
without its comma opens its own clause.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import ANY, check_figures

C, P, M, D, X = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

CASES = [
    # A descriptor, then the body's name set off by a comma, after "according to".
    (
        "invented/wire: according to a described body, then its acronym",
        "More than 2,300 people reached Renk on Sunday, according to the UN migration agency, IOM.",
        [("More than 2,300", 2300, LO, C, None, {"source": "IOM", "head": "people"})],
    ),
    (
        "invented/AFP: according to the UN children's agency, then its name",
        "Some 14,000 children are out of school in Ouallam, according to the UN children's "
        "agency, UNICEF.",
        [("Some 14,000", 14000, AP, C, None, {"source": "UNICEF", "head": "children"})],
    ),
    # "the agency" is the agency named last, not an earlier one described as an agency.
    (
        "invented/TNH: the agency after another agency was named",
        "Across the region, the UN refugee agency has registered 90,000 arrivals. A survey in "
        "Gorom found that 31 per cent of children were malnourished, UNICEF said. Of the "
        "2,200 children screened, 180 needed treatment, the agency said.",
        [
            ("90,000", 90000, E, C, None, {"source": "UN refugee agency"}),
            # ("A survey found ..., UNICEF said": the survey or its sayer is open)
            ("31 per cent", 31, E, P, "%", {"head": "children"}),
            ("2,200", 2200, E, C, None, {"source": "UNICEF"}),
            ("180", 180, E, C, None, {"source": "UNICEF", "part_of": 2}),
        ],
    ),
    (
        "invented/TNH: the agency named by description and acronym, then the agency",
        "Some 4,000 people arrived on Monday, according to the UN refugee agency, UNHCR. "
        "UNHCR hopes to move families inland, but only about 1,500 have moved so far, the "
        "agency said.",
        [
            ("Some 4,000", 4000, AP, C, None, {"source": "UNHCR"}),
            ("about 1,500", 1500, AP, C, None, {"source": "UNHCR"}),
        ],
    ),
    # A rate "among <noun>": the noun is the whole.
    (
        "invented/TNH: a malnutrition rate among children",
        "The survey found a stunting rate of 38 per cent among children in the camps.",
        [("38 per cent", 38, E, P, "%", {"head": "children"})],
    ),
    (
        "invented/Al Jazeera: unemployment among young people",
        "Unemployment stands at 27 percent among young Syrians in Lebanon, the ministry said.",
        [("27 percent", 27, E, P, "%", {"head": "syrians"})],
    ),
    # A share "of a <noun>": the noun after the article is the whole.
    (
        "invented/WFP copy: a share of a full food basket",
        "Rations were cut to 60 percent of a full food basket in March.",
        [("60 percent", 60, E, P, "%", {"head": "basket"})],
    ),
    # Bare francs in CFA copy are the CFA franc the country uses, not Swiss francs.
    (
        "invented/AFP: CFA francs, then bare francs, in Burkina Faso",
        "In Kaya, Burkina Faso, a sack of millet sells for 18,000 CFA francs, against 12,000 "
        "francs a year ago.",
        [
            ("18,000 CFA francs", 18000, E, M, "XOF"),
            ("12,000 francs", 12000, E, M, "XOF"),
        ],
    ),
    (
        "invented/TNH: bare francs in a report about Chad",
        "In Farchana, eastern Chad, a bundle of firewood now costs 1,500 francs.",
        [("1,500 francs", 1500, E, M, "XAF")],
    ),
    # Bare pounds after a named pound in the same sentence are that pound, whatever pound
    # the text named before.
    (
        "invented/Al Jazeera: Syrian pounds, then bare pounds, after Lebanese pounds",
        "Fines reach 9 million Lebanese pounds in Beirut. In Damascus, a bundle of bread "
        "costs 4,000 Syrian pounds, up from 2,500 pounds last year.",
        [
            ("9 million Lebanese pounds", 9e6, E, M, "LBP"),
            ("4,000 Syrian pounds", 4000, E, M, "SYP"),
            ("2,500 pounds", 2500, E, M, "SYP"),
        ],
    ),
    (
        "invented/guard: another country named between a named pound and a bare one",
        "A visa costs 1,500 Egyptian pounds, while in London it costs 90 pounds.",
        [
            ("1,500 Egyptian pounds", 1500, E, M, "EGP"),
            ("90 pounds", 90, E, M, "GBP"),
        ],
    ),
    # "It" after a sentence whose subject is a body (with no reporting verb) is that body.
    (
        "invented/Al Jazeera: It estimates, after a body named in the sentence before",
        "Jordan's interior ministry says 62,000 Syrians have gone home. The UN migration "
        "agency (IOM) is more cautious. It estimates that some 40,000 have returned.",
        [
            ("62,000", 62000, E, C, None, {"source": "Jordan's interior ministry"}),
            ("some 40,000", 40000, AP, C, None, {"source": ("IOM", "UN migration agency")}),
        ],
    ),
    # "X, which says ..." : the figure in the relative clause is X's.
    (
        "invented/Al Jazeera: a country which says it hosts a number",
        "In Jordan, which says it hosts 1.3 million Syrians, the labour minister, Omar "
        "Haddadin, said 62,000 work permits had been issued this year.",
        [
            ("1.3 million", 1.3e6, E, C, None, {"source": "Jordan"}),
            ("62,000", 62000, E, C, None, {"source": "Omar Haddadin"}),
        ],
    ),
    # "the U.N. agency" / "the UN agency" is the UN body named before.
    (
        "invented/Reuters: the U.N. agency after IOM was named",
        "The International Organization for Migration (IOM) said 1,100 migrants were "
        "returned last week. Of those, 230 were women, the U.N. agency said.",
        [
            ("1,100", 1100, E, C, None, {"source": "International Organization for Migration"}),
            (
                "230",
                230,
                E,
                C,
                None,
                {"source": "International Organization for Migration", "part_of": 0},
            ),
        ],
    ),
    (
        "invented/AFP: the UN agency after UNICEF was named",
        "UNICEF said 5,400 children had been treated in Dori. The UN agency said 700 of them "
        "had severe malnutrition.",
        [
            ("5,400", 5400, E, C, None, {"source": "UNICEF"}),
            ("700", 700, E, C, None, {"source": "UNICEF", "part_of": 0}),
        ],
    ),
    # A bare number done to as the people named before it in the sentence were.
    (
        "invented/TNH: a bare number relocated after the refugees to move",
        "The government wants to move refugees out of the transit centre, but only about "
        "2,600 have been relocated so far.",
        [("about 2,600", 2600, AP, C, None, {"head": "refugees"})],
    ),
    (
        "invented/Reuters: a bare number transferred after the migrants to send",
        "Rome planned to send migrants to camps in Albania, but only 300 were transferred.",
        [("300", 300, E, C, None, {"head": "migrants"})],
    ),
    # The survivors counted before name a state the others are not in: "are feared dead".
    (
        "invented/IOM Libya copy: survivors, then a number feared dead",
        "Nine survivors were brought to Zawiya and at least 25 are feared dead, the IOM said.",
        [
            ("Nine", 9, E, C, None, {"head": "survivors"}),
            ("at least 25", 25, LO, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/wire: survivors, then a number believed to be missing",
        "Coastguards found 6 survivors; 14 are believed to be missing.",
        [
            ("6", 6, E, C, None, {"head": "survivors"}),
            ("14", 14, E, C, None, {"head": "people"}),
        ],
    ),
    # A descriptor, the body's acronym, then an adverb before the counting verb.
    (
        "invented/Sahel copy: a described body, its acronym, last counted",
        "The national disaster agency, NEMA, last counted 41,000 displaced people in Borno.",
        [("41,000", 41000, E, C, None, {"source": "NEMA", "head": "people"})],
    ),
    (
        "invented/Sahel copy: a body's common noun, its name, an adverb, then said",
        "The state emergency council, SEMA, also said 3,200 homes had been destroyed.",
        [("3,200", 3200, E, C, None, {"source": "SEMA", "head": "homes"})],
    ),
    (
        "invented/Sahel copy: an acronym, last, then said",
        "OCHA last said 1.9 million people needed shelter.",
        [("1.9 million", 1.9e6, E, C, None, {"source": "OCHA"})],
    ),
    (
        "invented/guard: the last figures, not an adverb",
        "The last survey found 240 families in the camp, officials said.",
        [("240", 240, E, C, None, {"source": "officials"})],
    ),
    # "the Minister of <Portfolio>, <Name>, said": the name, not the portfolio.
    (
        "invented/Sahel copy: the Minister of a portfolio, then the name",
        "The Minister of Humanitarian Action, Hassan Diallo, said 9,000 households had "
        "received cash transfers.",
        [("9,000", 9000, E, C, None, {"source": "Hassan Diallo", "head": "households"})],
    ),
    (
        "invented/Sahel copy: the Minister for a portfolio ending in Action, then the name",
        "Niger's Minister for Climate Action, Salamatou Issoufou, said 14,500 families had "
        "returned to Tillabéri.",
        [("14,500", 14500, E, C, None, {"source": "Salamatou Issoufou"})],
    ),
    # "in <Word>" inside a body's name is no place: "... for Education in Emergencies".
    (
        "invented/Sahel copy: a body whose name ends in 'in Emergencies'",
        "More than 5,000 schools were closed, according to the Directorate for Education in "
        "Emergencies.",
        [
            (
                "More than 5,000",
                5000,
                LO,
                C,
                None,
                {"source": "Directorate for Education in Emergencies"},
            )
        ],
    ),
    # A participle phrase between the speakers and their verb: "reached by telephone" (and
    # "telephone" then a reporting verb made the number a phone number's).
    (
        "invented/Reuters: residents reached by telephone said",
        "Residents reached by telephone said 14 people had been killed in the attack.",
        [("14", 14, E, C, None, {"source": "Residents"})],
    ),
    (
        "invented/guard: a helpline number after phone",
        "Families can call the helpline on 1717 for help.",
        [],
    ),
    (
        "invented/AFP: witnesses contacted by AFP said",
        "Witnesses contacted by AFP said 20 houses had been burned.",
        [("20", 20, E, C, None, {"source": "Witnesses", "head": "houses"})],
    ),
]


# Batch 2: forms of the same four kinds of copy beyond the four reports (IOM Libya tallies,
# Turkish and Lebanese figures on Syrians, camp services in Chad, Somali and Sahel copy),
# written by hand before the extractor was run on them. Run first on the branch as it then
# stood (commit d3c9844), 20 of its 23 rows passed; the three failures became rules ("Somali
# shillings" were no currency; "11 were Sudanese nationals" lost the noun after a capitalised
# nationality; "Admissions for severe acute malnutrition at the MSF clinic doubled to 1,140"
# fell back to people), and two rows were added with them (bare shillings in Mogadishu,
# "Deaths from cholera in the camps rose to 54", which gave "camps").
CASES += [
    (
        "invented/IOM Libya copy: a week's interceptions after a date range",
        "In the week of 12-18 May, 1,211 migrants were intercepted and returned to Libya, IOM "
        "said.",
        [("1,211", 1211, E, C, None, {"head": "migrants", "source": "IOM"})],
    ),
    (
        "invented/IOM Libya copy: year-to-date tallies, the noun left out",
        "So far this year, 9,470 migrants have been intercepted and returned to Libya, while "
        "391 have died and 522 have gone missing.",
        [
            ("9,470", 9470, E, C, None, {"head": "migrants"}),
            ("391", 391, E, C, None, {"head": "migrants"}),
            ("522", 522, E, C, None, {"head": "migrants"}),
        ],
    ),
    (
        "invented/Anadolu: put the number of Syrians at",
        "The interior ministry put the number of Syrians under temporary protection at 2,935,742.",
        [("2,935,742", 2935742, E, C, None, {"head": "syrians", "source": "interior ministry"})],
    ),
    (
        "invented/Al Jazeera: fines of up to an amount in lira",
        "Syrians caught working without a permit in Turkey face fines of up to 25,000 lira.",
        [("up to 25,000 lira", 25000, UP, M, "TRY")],
    ),
    (
        "invented/Al Jazeera: a share of the returnees",
        "Some 60 per cent of the returnees are women and children, according to UNHCR.",
        [("Some 60 per cent", 60, AP, P, "%", {"head": "returnees", "source": "UNHCR"})],
    ),
    (
        "invented/TNH: litres of water a day against a standard",
        "Each refugee in Metche camp receives 12 litres of water a day, against a standard "
        "of 20 litres.",
        [("12 litres", 12, E, X, "liter"), ("20 litres", 20, E, X, "liter")],
    ),
    (
        "invented/TNH: boreholes drilled and latrines built",
        "Partners have drilled 14 boreholes and built 2,300 latrines since January.",
        [
            ("14", 14, E, C, None, {"head": "boreholes"}),
            ("2,300", 2300, E, C, None, {"head": "latrines"}),
        ],
    ),
    (
        "invented/AFP: a camp designed for a number, now holding nearly another",
        "The camp, designed for 30,000 people, now holds nearly 85,000.",
        [
            ("30,000", 30000, E, C, None, {"head": "people"}),
            ("nearly 85,000", 85000, UP, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/Somali copy: a disaster agency with its acronym in brackets",
        "The drought has displaced 1.1 million people, according to the Somalia Disaster "
        "Management Agency (SoDMA).",
        [
            (
                "1.1 million",
                1.1e6,
                E,
                C,
                None,
                {"head": "people", "source": "Somalia Disaster Management Agency"},
            )
        ],
    ),
    (
        "invented/Somali copy: a jerrycan's price in Somali shillings",
        "In Baidoa, a 20-litre jerrycan of water now costs 15,000 Somali shillings.",
        [("20-litre", 20, E, X, "liter"), ("15,000 Somali shillings", 15000, E, M, "SOS")],
    ),
    (
        "invented/Somali copy: bare shillings in a report about Mogadishu",
        "In Mogadishu, a room in a displacement camp rents for 900,000 shillings a month.",
        [("900,000 shillings", 900000, E, M, "SOS")],
    ),
    (
        "invented/Somali copy: a price rise, no whole",
        "Sorghum prices in Bay region have risen 160 percent since the rains failed, traders said.",
        [("160 percent", 160, E, P, "%", {"head": None, "source": "traders"})],
    ),
    (
        "invented/AFP: according to an acronym, then what it is",
        "Attacks have killed more than 10,000 people in Burkina Faso since 2015, according to "
        "ACLED, a conflict monitor.",
        [("more than 10,000", 10000, LO, C, None, {"head": "people", "source": "ACLED"})],
    ),
    (
        "invented/Sahel copy: IDPs counted",
        "The government says there are 1.9 million IDPs in the country.",
        [("1.9 million", 1.9e6, E, C, None, {"head": "idps", "source": "government"})],
    ),
    (
        "invented/Somali copy: a militant group's claim",
        "Al-Shabaab claimed its fighters had killed 30 soldiers in the raid on the base near "
        "Baidoa.",
        [("30", 30, E, C, None, {"head": "soldiers", "source": "Al-Shabaab", "hedged": True})],
    ),
    (
        "invented/Reuters: the coastguard intercepted people in two operations",
        "The Libyan coastguard said it had intercepted 423 people in two operations on Sunday.",
        [
            ("423", 423, E, C, None, {"head": "people", "source": "Libyan coastguard"}),
            ("two", 2, E, C, None, {"head": "operations"}),
        ],
    ),
    (
        "invented/Reuters: of those on board, nationals",
        "Of the 28 people on board, 11 were Sudanese nationals, the Libyan Red Crescent said.",
        [
            ("28", 28, E, C, None, {"source": "Libyan Red Crescent"}),
            (
                "11",
                11,
                E,
                C,
                None,
                {"part_of": 0, "head": "nationals", "source": "Libyan Red Crescent"},
            ),
        ],
    ),
    (
        "invented/Al Jazeera: an estimated share of Syrians, the UN says",
        "An estimated 90 percent of Syrians live below the poverty line, the UN says.",
        [("An estimated 90 percent", 90, AP, P, "%", {"head": "syrians", "source": "UN"})],
    ),
    (
        "invented/TNH: a hyphenated duration before its noun",
        "Refugees must wait for a three-week screening before they can be moved to a camp.",
        [("three-week", 3, E, D, "week")],
    ),
    (
        "invented/Reuters: dead or missing, up from the year before, IOM data show",
        "At least 1,452 migrants died or went missing on the central Mediterranean last year, "
        "up from 1,031 the year before, IOM data show.",
        [
            ("At least 1,452", 1452, LO, C, None, {"head": "migrants", "source": "IOM"}),
            ("1,031", 1031, E, C, None, {"head": "migrants", "source": "IOM"}),
        ],
    ),
    (
        "invented/TNH: admissions doubled to a number",
        "Admissions for severe acute malnutrition at the MSF clinic in Adré doubled to 1,140 "
        "in June.",
        [("1,140", 1140, E, C, None, {"head": "admissions", "source": None})],
    ),
    (
        "invented/TNH: deaths from a disease in the camps rose to a number",
        "Deaths from cholera in the camps rose to 54 last week.",
        [("54", 54, E, C, None, {"head": "deaths"})],
    ),
    (
        "invented/Al Jazeera: rent in lira with a dollar gloss",
        "Rents in Gaziantep have climbed to about 12,000 lira ($350) a month.",
        [("about 12,000 lira", 12000, AP, M, "TRY"), ("$350", 350, E, M, "USD")],
    ),
    (
        "invented/Sahel copy: FCFA before the amount",
        "The ministry has budgeted FCFA 3.5 billion for the returns.",
        [("FCFA 3.5 billion", 3.5e9, E, M, "XOF")],
    ),
    (
        "invented/Horn copy: people, or a share of the population",
        "Some 4.3 million people, or 24 percent of the population, face crisis levels of "
        "hunger, OCHA said.",
        [
            ("Some 4.3 million", 4.3e6, AP, C, None, {"head": "people", "source": "OCHA"}),
            ("24 percent", 24, E, P, "%", {"head": "population", "source": "OCHA"}),
        ],
    ),
]


# Batch 3: the harder turns of the same copy (a quote then "she said", words for numbers, a
# range of shares, parts with "including", a second reference by surname, a body named in
# full then by its acronym, a claim), written by hand before the extractor was run on them.
# Run first on the branch as it then stood (commit 8c1aab5), 15 of its 16 rows passed; the
# failure ("OCHA" after "The UN Office for the Coordination of Humanitarian Affairs (OCHA)"
# lost the "UN" of the spelt-out name) became a rule.
CASES += [
    (
        "invented/AFP: a quoted aid worker, then she said a part of them",
        '"We see more than 300 new children every week," said Fatimé Abakar, a nutritionist '
        "with Action Against Hunger in Adré. She said 40 of them needed hospital care.",
        [
            ("more than 300", 300, LO, C, None, {"source": "Fatimé Abakar", "head": "children"}),
            ("40", 40, E, C, None, {"source": "Fatimé Abakar", "part_of": 0}),
        ],
    ),
    (
        "invented/Al Jazeera: a range of shares, officials estimate",
        "Between 60 and 70 per cent of the homes in Jobar were destroyed, local officials "
        "estimate.",
        [
            (
                "Between 60 and 70 per cent",
                (60, 70),
                R,
                P,
                "%",
                {"head": "homes", "source": "local officials"},
            )
        ],
    ),
    (
        "invented/Reuters: a number in words opening the sentence",
        "Twenty-three bodies washed ashore near Sabratha on Friday, the Libyan Red Crescent said.",
        [("Twenty-three", 23, E, C, None, {"head": "bodies", "source": "Libyan Red Crescent"})],
    ),
    (
        "invented/TNH: dozens, then a registered count",
        "Dozens of families arrived overnight, and aid workers registered 412 new arrivals by "
        "noon.",
        [("412", 412, E, C, None, {"head": "arrivals", "source": "aid workers"})],
    ),
    (
        "invented/Al Jazeera: an army's claim",
        "The Lebanese army claimed it had stopped 1,800 Syrians trying to cross illegally in "
        "March.",
        [
            (
                "1,800",
                1800,
                E,
                C,
                None,
                {"source": "Lebanese army", "hedged": True, "head": "syrians"},
            )
        ],
    ),
    (
        "invented/IOM copy: returned migrants including women and children",
        "IOM said 612 migrants, including 58 women and 23 children, were returned to Tripoli.",
        [
            ("612", 612, E, C, None, {"source": "IOM", "head": "migrants"}),
            ("58", 58, E, C, None, {"part_of": 0, "head": "women"}),
            ("23", 23, E, C, None, {"part_of": 0, "head": "children"}),
        ],
    ),
    (
        "invented/Reuters: a governor, then his surname",
        "Hassan Omar Diriye, the governor of Bay region, said 52 camps had opened since March. "
        "Diriye said another 14,000 families were on their way.",
        [
            ("52", 52, E, C, None, {"source": "Hassan Omar Diriye", "head": "camps"}),
            ("14,000", 14000, E, C, None, {"source": "Hassan Omar Diriye", "head": "families"}),
        ],
    ),
    (
        "invented/Al Jazeera: a ministry put the number of returnees at",
        "Syria's interior ministry put the number of returnees through the Jdeidet Yabous "
        "crossing at 96,000.",
        [
            (
                "96,000",
                96000,
                E,
                C,
                None,
                {"source": "Syria's interior ministry", "head": "returnees"},
            )
        ],
    ),
    (
        "invented/AFP: an age, years out of school, schools shut",
        "Amina, 12, has not been to school for two years; 1,150 schools in the Centre-Nord "
        "region are shut.",
        [("two years", 2, E, D, "year"), ("1,150", 1150, E, C, None, {"head": "schools"})],
    ),
    (
        "invented/TNH: at least some litres per person per day",
        "Families in Farchana get at least 15 litres per person per day, the water committee said.",
        [("at least 15 litres", 15, LO, X, "liter", {"source": "water committee"})],
    ),
    (
        "invented/Reuters: a rescue group and the coastguard in one sentence",
        "Sea-Watch said its crew had rescued 72 people, while the Libyan coastguard said it had "
        "intercepted 130.",
        [
            ("72", 72, E, C, None, {"source": "Sea-Watch", "head": "people"}),
            ("130", 130, E, C, None, {"source": "Libyan coastguard", "head": "people"}),
        ],
    ),
    (
        "invented/Somali copy: a UN office named in full, then by its acronym",
        "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said 3.8 million "
        "people had been displaced. OCHA said 45 per cent of them were children.",
        [
            (
                "3.8 million",
                3.8e6,
                E,
                C,
                None,
                {"source": "UN Office for the Coordination of Humanitarian Affairs"},
            ),
            (
                "45 per cent",
                45,
                E,
                P,
                "%",
                {
                    "source": "UN Office for the Coordination of Humanitarian Affairs",
                    "part_of": 0,
                    "head": "people",
                },
            ),
        ],
    ),
    (
        "invented/Al Jazeera: a cash grant in dollars, or in Syrian pounds",
        "Each returning family receives a cash grant of $100, or about 1.3 million Syrian pounds.",
        [
            ("$100", 100, E, M, "USD"),
            ("about 1.3 million Syrian pounds", 1.3e6, AP, M, "SYP"),
        ],
    ),
    (
        "invented/Reuters: a change from a year earlier to a level, according to Frontex",
        "Departures from Libya rose 12% from a year earlier to 38,400, according to Frontex.",
        [
            ("12%", 12, E, P, "%", {"source": "Frontex"}),
            ("38,400", 38400, E, C, None, {"head": "departures", "source": "Frontex"}),
        ],
    ),
    (
        "invented/TNH: a camp home to some refugees, with three doctors",
        "Metche, home to some 40,000 refugees, has just three doctors.",
        [
            ("some 40,000", 40000, AP, C, None, {"head": "refugees"}),
            ("three", 3, E, C, None, {"head": "doctors"}),
        ],
    ),
    (
        "invented/AFP: hours of walking a day, an officer said",
        "Women walk up to six hours a day to collect firewood, a UNHCR protection officer said.",
        [
            (
                "up to six hours",
                6,
                UP,
                D,
                "hour",
                {"source": ("a UNHCR protection officer", "UNHCR protection officer")},
            )
        ],
    ),
]


# An IOM Libya maritime update's key-figures box, as the weekly updates lay it out: "Of
# whom:" on its own line gives the parts of the total above it (the parts had no whole: the
# colon after "Of whom" was not read as the "of whom" of running text). The total's head,
# after a label that names no noun, is open, so it is not checked.
CASES += [
    (
        "invented/IOM Libya maritime update: a key-figures box with 'Of whom:'",
        "MARITIME UPDATE - LIBYA\n14 - 20 July 2024\n\nIntercepted/rescued and returned to "
        "Libya: 1,062\nOf whom: 876 men, 121 women and 41 children\nTotal since 1 January "
        "2024: 11,960\nDead: 418 | Missing: 676",
        [
            ("1,062", 1062, E, C, None),
            ("876", 876, E, C, None, {"part_of": 0, "head": "men"}),
            ("121", 121, E, C, None, {"part_of": 0, "head": "women"}),
            ("41", 41, E, C, None, {"part_of": 0, "head": "children"}),
            ("11,960", 11960, E, C, None),
            ("418", 418, E, C, None, {"head": "dead"}),
            ("676", 676, E, C, None, {"head": "missing"}),
        ],
    ),
]


# Batch 5: short passages of several sentences in the four voices, written by hand before
# the extractor was run on them. Run first on the branch as it then stood (commit 4f030aa
# with the "Of whom:" rule), 2 of its 3 rows passed: "aid agencies warn that ... two
# districts" went to the government of the clause before, as "warn" (a plural subject's
# present) was no reporting verb while "warns" and "warned" were; "insist" and "contend"
# were missing beside "insists" and "contends" too (the row after the three checks one).
CASES += [
    (
        "invented/Reuters Somalia: a government tally, a warning, a minister and her quote",
        "MOGADISHU, March 4 (Reuters) - Nearly 500,000 Somalis have fled their homes since "
        "January as a fourth failed rainy season kills livestock, the government said on "
        "Monday, and aid agencies warn that famine could be declared in two districts by June."
        "\n\nSomalia's minister for humanitarian affairs, Khadija Mohamed Diriye, told "
        "reporters that 1.4 million children under five were acutely malnourished, including "
        '330,000 severely so.\n\n"We have lost 3 million head of livestock," she said.',
        [
            ("Nearly 500,000", 5e5, UP, C, None, {"head": "somalis", "source": "government"}),
            ("two", 2, E, C, None, {"head": "districts", "source": "aid agencies"}),
            (
                "1.4 million",
                1.4e6,
                E,
                C,
                None,
                {"head": "children", "source": "Khadija Mohamed Diriye"},
            ),
            (
                "330,000",
                330000,
                E,
                C,
                None,
                {"head": "children", "part_of": 2, "source": "Khadija Mohamed Diriye"},
            ),
            ("3 million", 3e6, E, C, None, {"source": "Khadija Mohamed Diriye"}),
        ],
    ),
    (
        "invented/Al Jazeera: officials insist, a plural subject's present",
        "Turkish officials insist that 4,000 families have returned to Afrin this month.",
        [("4,000", 4000, E, C, None, {"source": "Turkish officials", "hedged": True})],
    ),
    (
        "invented/UNHCR Chad update: relocated refugees, of whom a share, then a camp",
        "UNHCR and partners have relocated 6,480 refugees from Adré to the new Ourang camp "
        "since 1 May, of whom 62 per cent are children. Ourang now shelters 41,300 people in "
        "7,900 family tents.",
        [
            ("6,480", 6480, E, C, None, {"head": "refugees"}),
            ("62 per cent", 62, E, P, "%", {"head": "refugees", "part_of": 0}),
            ("41,300", 41300, E, C, None, {"head": "people"}),
            ("7,900", 7900, E, C, None, {"head": "tents"}),
        ],
    ),
    (
        "invented/Al Jazeera Syria: nearly half of the families, then the council estimates",
        "Damascus, Syria \u2013 Nearly half of the 1,200 families who returned to Darayya "
        "last month found their homes uninhabitable, according to the local council. The "
        "council estimates that rebuilding a house costs between $8,000 and $15,000.",
        [
            (
                "Nearly half",
                50,
                UP,
                P,
                "%",
                {"head": "families", "part_of": 1, "source": "local council"},
            ),
            ("1,200", 1200, E, C, None, {"head": "families", "source": "local council"}),
            (
                "between $8,000 and $15,000",
                (8000, 15000),
                R,
                M,
                "USD",
                {"source": "local council"},
            ),
        ],
    ),
]


# Batch 6: who gives the figure, in the ways the four voices name their sources (an unnamed
# source, "told Reuters", a quote then "told Al Jazeera", "says" after the figure, a
# spokesman named after his body's verb, a report by an NGO, a ministry "of" a field),
# written by hand before the extractor was run on them. All 11 rows passed when first run
# (commit 3e4effa).
CASES += [
    (
        "invented/AFP: according to an unnamed humanitarian source",
        "At least 27 civilians were killed in the attack on Djibo, according to a humanitarian "
        "source who asked not to be named.",
        [
            (
                "At least 27",
                27,
                LO,
                C,
                None,
                {
                    "head": "civilians",
                    "source": ("a humanitarian source", "humanitarian source"),
                },
            )
        ],
    ),
    (
        "invented/Reuters: a district commissioner told Reuters",
        "Mohamed Abdi, a district commissioner in Gedo, told Reuters that 1,600 families had "
        "arrived in Luuq in the past week.",
        [("1,600", 1600, E, C, None, {"head": "families", "source": "Mohamed Abdi"})],
    ),
    (
        "invented/Al Jazeera: a quote, then its speaker told Al Jazeera",
        "\u201cMore than 1,000 people cross every day,\u201d Mustafa Sayed, a spokesman for the "
        "crossings authority, told Al Jazeera.",
        [("More than 1,000", 1000, LO, C, None, {"head": "people", "source": "Mustafa Sayed"})],
    ),
    (
        "invented/TNH: a share of an appeal, says its speaker after it",
        "Only 35 percent of the $1.1 billion appeal has been funded, says Ahmed Mahamat, "
        "OCHA's head of office in Abéché.",
        [
            (
                "35 percent",
                35,
                E,
                P,
                "%",
                {"head": "appeal", "part_of": 1, "source": "Ahmed Mahamat"},
            ),
            ("$1.1 billion", 1.1e9, E, M, "USD", {"source": "Ahmed Mahamat"}),
        ],
    ),
    (
        "invented/Reuters: bodies recovered, its spokesman said",
        "The Libyan Red Crescent recovered 61 bodies from the beach, spokesman Tawfik "
        "al-Shukri said.",
        [("61", 61, E, C, None, {"head": "bodies", "source": "Tawfik al-Shukri"})],
    ),
    (
        "invented/AFP: a report by a rights group found",
        "A report by Human Rights Watch found that at least 2,700 migrants had been expelled "
        "to the desert since January.",
        [
            (
                "at least 2,700",
                2700,
                LO,
                C,
                None,
                {"head": "migrants", "source": "Human Rights Watch"},
            )
        ],
    ),
    (
        "invented/Al Jazeera: according to a country's Ministry of a field",
        "According to Lebanon's Ministry of Social Affairs, 1.5 million Syrians live in the "
        "country.",
        [
            (
                "1.5 million",
                1.5e6,
                E,
                C,
                None,
                {
                    "head": "syrians",
                    "source": (
                        "Lebanon's Ministry of Social Affairs",
                        "Ministry of Social Affairs",
                    ),
                },
            )
        ],
    ),
    (
        "invented/TNH: a doctor quoted, then half of them, she added",
        "\u201cThe clinic sees 250 patients a day,\u201d said Dr Halima Yousif. \u201cHalf "
        "of them are children,\u201d she added.",
        [
            ("250", 250, E, C, None, {"head": "patients", "source": "Halima Yousif"}),
            ("Half", 50, E, P, "%", {"part_of": 0, "source": "Halima Yousif"}),
        ],
    ),
    (
        "invented/AFP Burkina: the army said it had killed, unverified",
        "The army said it had killed about 100 militants in air strikes near Djibo, a claim "
        "that could not be independently verified.",
        [("about 100", 100, AP, C, None, {"head": "militants", "source": "army"})],
    ),
    (
        "invented/Reuters: euros allocated to a coastguard",
        "The European Union has allocated 65 million euros to the Libyan coastguard since 2017.",
        [("65 million euros", 65e6, E, M, "EUR")],
    ),
    (
        "invented/TNH: a range of arrivals a day, local officials said",
        "Between 500 and 700 people arrive at the Tine border post each day, local officials said.",
        [
            (
                "Between 500 and 700",
                (500, 700),
                R,
                C,
                None,
                {"head": "people", "source": "local officials"},
            )
        ],
    ),
]


# Batch 7: the short forms and units of the same copy (a headline's "12m", FCFA after the
# amount, a hyphenated range, an ultimatum in days, ages that are no figures, kilometres and
# degrees, "pc", "-strong", a level reached after "tripled to", vague "tens of thousands"),
# written by hand before the extractor was run on them. Run first on the branch as it then
# stood (commit 3e4effa), 12 of its 13 rows passed; the failure ("a 1,500-strong Chadian
# contingent": the demonym read as the people counted) became a rule.
CASES += [
    (
        "invented/AFP headline: a war's toll in short forms",
        "Sudan war: 12m displaced, at least 25,000 killed",
        [("12m", 12e6, E, C, None), ("at least 25,000", 25000, LO, C, None)],
    ),
    (
        "invented/Reuters: another number, bringing the week's total to a level",
        "Another 2,300 people crossed on Tuesday, bringing the total this week to 9,100, UNHCR "
        "said.",
        [
            ("2,300", 2300, E, C, None, {"head": "people", "source": "UNHCR"}),
            ("9,100", 9100, E, C, None, {"head": "people", "source": "UNHCR"}),
        ],
    ),
    (
        "invented/AFP Sahel: FCFA after the amount",
        "A bag of millet now sells for 25,000 FCFA in Kaya, Burkina Faso.",
        [("25,000 FCFA", 25000, E, M, "XOF")],
    ),
    (
        "invented/Reuters: a hyphenated range of people, the mayor said",
        "10,000-15,000 people are stranded in Kufra, the mayor said.",
        [
            (
                "10,000-15,000",
                (10000, 15000),
                R,
                C,
                None,
                {"head": "people", "source": "mayor"},
            )
        ],
    ),
    (
        "invented/TNH: families given an ultimatum in days",
        "Authorities gave the 3,000 families a 15-day ultimatum to leave the school buildings.",
        [
            ("3,000", 3000, E, C, None, {"head": "families"}),
            ("15-day", 15, E, D, "day"),
        ],
    ),
    (
        "invented/AFP: children aged between two ages, no figure",
        "The survey screened 2,650 children aged between six months and five years.",
        [("2,650", 2650, E, C, None, {"head": "children"})],
    ),
    (
        "invented/Reuters: a camp some kilometres from the border",
        "The new camp is some 200km from the border.",
        [("some 200km", 200, AP, X, "kilometer")],
    ),
    (
        "invented/Reuters: a temperature in the camp",
        "Temperatures in the camp reach 47C in May.",
        [("47C", 47, E, X, ANY)],
    ),
    (
        "invented/Al Jazeera: a rise in pc, traders say",
        "Food prices in Idlib have risen 40pc since December, traders say.",
        [("40pc", 40, E, P, "%", {"source": "traders", "head": None})],
    ),
    (
        "invented/Reuters: a number of people, strong",
        "A 1,500-strong Chadian contingent was deployed to Adré.",
        # (the text is the number alone, as the project's tables write "a 1,200-strong
        # border force": the row first asked for "1,500-strong", a slip of this table)
        [("1,500", 1500, E, C, None, {"head": "contingent"})],
    ),
    (
        "invented/AFP: the number of cases tripled to a level",
        "The number of cholera cases in Tawila has tripled to 1,870 in a fortnight, MSF said.",
        [("1,870", 1870, E, C, None, {"head": "cases", "source": "MSF"})],
    ),
    (
        "invented/Reuters: arrivals fell to a level, down from the year before",
        "Arrivals in Italy fell to 66,317 in 2024, down from 157,652 in 2023, interior ministry "
        "data showed.",
        [
            ("66,317", 66317, E, C, None, {"head": "arrivals", "source": "interior ministry"}),
            ("157,652", 157652, E, C, None, {"head": "arrivals", "source": "interior ministry"}),
        ],
    ),
    (
        "invented/guard: tens of thousands more, vague",
        "Tens of thousands more are expected to return after Ramadan, officials said.",
        [],
    ),
]


# Batch 8: a whole invented passage in The New Humanitarian's long-form voice (Sudanese
# refugees in Kufra, Libya), every figure in the table, written by hand before the extractor
# was run on it. The town's "about 60,000" (a population after "the town of") had its head
# left unchecked, as the project read the noun before "of" ("a crowd of 41,213"); a place's
# "of N" counts people since session 16, and the row now says so. Run first
# (commit 2922c7c), 12 of its 13 figures were right; "its Libya operation is only 23 percent
# funded" took the head and whole of the 18,000 people before it, which became a rule.
KUFRA = (
    "KUFRA, Libya \u2014 The road from Sudan's North Darfur to Kufra, a desert town in "
    "south-eastern Libya, runs for roughly 1,000 kilometres. Those who make it arrive "
    "exhausted and often sick.\n\n"
    "Local authorities say the town of about 60,000 has received more than 40,000 Sudanese "
    "since April 2023. UNHCR, which opened an office in Kufra last year, has registered 21,600 "
    "of them, of whom 55 percent are women and girls.\n\n"
    "\u201cThe clinic treats between 80 and 100 Sudanese patients a day,\u201d said Dr Salem "
    "Abdelkarim, who runs the town's only public hospital. He said 14 children had died of "
    "malnutrition since January.\n\n"
    "Smugglers charge up to 2,500 Libyan dinars ($520) for the journey, survivors told The "
    "New Humanitarian. Many spend up to three weeks in the desert.\n\n"
    "The World Food Programme says it has reached 18,000 people in Kufra with food parcels, "
    "but warned that its Libya operation is only 23 percent funded. A monthly parcel for a "
    "family costs the agency about $65."
)
WFP = "World Food Programme"
CASES += [
    (
        "invented/TNH long form: Sudanese refugees in Kufra, every figure",
        KUFRA,
        [
            ("roughly 1,000 kilometres", 1000, AP, X, "kilometer"),
            ("about 60,000", 60000, AP, C, None, {"head": "people", "source": "Local authorities"}),
            (
                "more than 40,000",
                40000,
                LO,
                C,
                None,
                {"head": "sudanese", "source": "Local authorities"},
            ),
            ("21,600", 21600, E, C, None, {"head": "sudanese", "part_of": 2, "source": "UNHCR"}),
            ("55 percent", 55, E, P, "%", {"head": "sudanese", "part_of": 3, "source": "UNHCR"}),
            (
                "between 80 and 100",
                (80, 100),
                R,
                C,
                None,
                {"head": "patients", "source": "Salem Abdelkarim"},
            ),
            ("14", 14, E, C, None, {"head": "children", "source": "Salem Abdelkarim"}),
            ("up to 2,500 Libyan dinars", 2500, UP, M, "LYD", {"source": "survivors"}),
            ("$520", 520, E, M, "USD", {"source": "survivors"}),
            ("up to three weeks", 3, UP, D, "week", {"source": None}),
            ("18,000", 18000, E, C, None, {"head": "people", "source": WFP}),
            ("23 percent", 23, E, P, "%", {"head": "operation", "source": WFP}),
            ("about $65", 65, AP, M, "USD", {"source": None}),
        ],
    ),
    # What is "N percent funded" is never a share of the people counted before it.
    (
        "invented/UNICEF copy: children screened, but the programme only so much funded",
        "UNICEF says it has screened 52,000 children, but its nutrition programme is only 31 "
        "percent funded.",
        [
            ("52,000", 52000, E, C, None, {"head": "children", "source": "UNICEF"}),
            ("31 percent", 31, E, P, "%", {"head": "programme", "part_of": None}),
        ],
    ),
]


# Batch 9: two more whole invented passages, every figure in the table, written by hand
# before the extractor was run on them: Al Jazeera on Syrians leaving Lebanon, Reuters on
# displacement sites around Baidoa. ("Drivers charge ..." and "returnees must pay ..." are in
# the reporter's voice: no reporting verb.) Run first (commit c341e77), 15 of the 17 figures
# were right: "at least 400,000 more" after a paragraph break fell back to people (a rule
# now), and the table's "caseload" for "cut its caseload by 30 percent" was a slip of the
# table (corrected in its row).
MASNAA = (
    "Beirut, Lebanon \u2013 At the Masnaa crossing on a cold Tuesday morning, Abu Hassan "
    "loaded his family's belongings into a minivan. After 12 years in the Bekaa Valley, the "
    "58-year-old farmer is going home to Qusayr.\n\n"
    "He is one of an estimated 250,000 Syrians who have left Lebanon since December, "
    "according to Lebanese General Security. The UN refugee agency puts the figure lower, at "
    "about 180,000.\n\n"
    "Lebanon's caretaker social affairs minister, Hector Hajjar, told Al Jazeera the "
    "government wanted at least 400,000 more to leave by the end of the year. \u201cLebanon "
    "cannot carry 1.5 million refugees when a third of our own people are poor,\u201d he "
    "said.\n\n"
    "The trip is not cheap. Drivers charge $150 to $200 per family for the four-hour journey "
    "to Homs, and returnees must pay a fee of 25 million Lebanese pounds if they overstayed "
    "their residency."
)
BAIDOA = (
    "BAIDOA, Somalia, Feb 12 (Reuters) - More than 300 new displacement sites have sprung up "
    "around Baidoa in the past six months, local officials said, as drought and fighting push "
    "rural families into the city.\n\n"
    "The town now hosts around 700,000 displaced people, more than double its pre-crisis "
    "population, according to the South West State government. Aid groups say only 40% of the "
    "sites have latrines.\n\n"
    "\u201cEvery day we register 150 to 200 new families,\u201d said Abdirahman Isak, who "
    "coordinates the camps for the state's disaster agency. He said each family receives $70 "
    "a month in cash aid, down from $90 last year, after the World Food Programme cut its "
    "caseload by 30 percent."
)
HH, AI = "Hector Hajjar", "Abdirahman Isak"
CASES += [
    # "N more", "a further N" after a paragraph break: more of what the sentence before
    # counted (wire copy sets each sentence as its own paragraph).
    (
        "invented/guard: another number after a sentence of two counts",
        "The group, which includes 310 children, left in 14 buses.\n\n\u201cAnother 1,500 "
        "will be moved next month,\u201d the commissioner said.",
        [
            ("310", 310, E, C, None, {"head": "children"}),
            ("14", 14, E, C, None, {"head": "buses"}),
            # (the head of "Another 1,500" is open: the sentence before names two groups)
            ("1,500", 1500, E, C, None),
        ],
    ),
    (
        "invented/headline: a figure, then 'but' and a verb with its own clause",
        "Donors pledge $900m for Chad but aid groups warn it falls short",
        [("$900m", 9e8, E, M, "USD", {"source": None})],
    ),
    (
        "invented/Reuters: a further number in a new paragraph",
        "UNHCR has registered 8,200 Sudanese in Renk this week.\n\nA further 3,100 are "
        "waiting at the Joda crossing, officials said.",
        [
            ("8,200", 8200, E, C, None, {"head": "sudanese"}),
            ("3,100", 3100, E, C, None, {"head": "sudanese", "source": "officials"}),
        ],
    ),
    (
        "invented/Al Jazeera long form: Syrians leaving Lebanon at Masnaa, every figure",
        MASNAA,
        [
            ("12 years", 12, E, D, "year", {"source": None}),
            (
                "an estimated 250,000",
                250000,
                AP,
                C,
                None,
                {"head": "syrians", "source": "Lebanese General Security"},
            ),
            (
                "about 180,000",
                180000,
                AP,
                C,
                None,
                {"head": "syrians", "source": "UN refugee agency"},
            ),
            ("at least 400,000", 400000, LO, C, None, {"head": "syrians", "source": HH}),
            ("1.5 million", 1.5e6, E, C, None, {"head": "refugees", "source": HH}),
            ("a third", 100 / 3, E, P, "%", {"head": "people", "source": HH}),
            ("$150 to $200", (150, 200), R, M, "USD", {"source": None}),
            ("four-hour", 4, E, D, "hour", {"source": None}),
            ("25 million Lebanese pounds", 25e6, E, M, "LBP", {"source": None}),
        ],
    ),
    (
        "invented/Reuters long form: displacement sites around Baidoa, every figure",
        BAIDOA,
        [
            ("More than 300", 300, LO, C, None, {"head": "sites", "source": "local officials"}),
            ("six months", 6, E, D, "month", {"source": "local officials"}),
            (
                "around 700,000",
                700000,
                AP,
                C,
                None,
                {"head": "people", "source": "South West State government"},
            ),
            ("40%", 40, E, P, "%", {"head": "sites", "source": "Aid groups"}),
            ("150 to 200", (150, 200), R, C, None, {"head": "families", "source": AI}),
            ("$70", 70, E, M, "USD", {"source": AI}),
            ("$90", 90, E, M, "USD", {"source": AI}),
            # (a change "by" a share has no whole: the project's "will cut GDP by 0.08
            # percent" has none; the row first asked for "caseload", a slip of this table)
            ("30 percent", 30, E, P, "%", {"head": None, "source": AI}),
        ],
    ),
]


# Batch 10: Sahel copy in English from francophone desks, which groups thousands with a
# space and spaces the percent sign, written by hand before the extractor was run on them.
# All 4 rows passed when first run (commit 5ba8cff), as did batch 11's 8 below.
CASES += [
    (
        "invented/Sahel copy: thousands grouped with spaces, according to CONASUR",
        "According to CONASUR, Burkina Faso had 2 062 534 internally displaced persons as of "
        "31 March 2023.",
        [("2 062 534", 2062534, E, C, None, {"head": "persons", "source": "CONASUR"})],
    ),
    (
        "invented/Sahel copy: spaced thousands, a million, a spaced percent sign",
        "Some 6 149 schools were closed, affecting 1 million pupils (31.2 %).",
        [
            ("Some 6 149", 6149, AP, C, None, {"head": "schools"}),
            ("1 million", 1e6, E, C, None, {"head": "pupils"}),
            ("31.2 %", 31.2, E, P, "%"),
        ],
    ),
    (
        "invented/Sahel copy: billions of FCFA after the amount",
        "The government released 5 billion FCFA for the returns, the minister said.",
        [("5 billion FCFA", 5e9, E, M, "XOF", {"source": "minister"})],
    ),
    (
        "invented/Sahel copy: between two dates, a spaced count",
        "Between 1 January and 30 June, 1 254 civilians were killed in the Est region.",
        [("1 254", 1254, E, C, None, {"head": "civilians"})],
    ),
]


# Batch 11: more of the ways crisis copy attributes a figure (figures released by a body
# that "show", "In a statement, the IOM said", a monitoring system that recorded, a
# volunteer who told AFP by telephone, a ministry in a city, a body described by a relative
# clause that "hosts" people, an army-aligned government), written by hand before the
# extractor was run on them.
CASES += [
    (
        "invented/Reuters: figures released by the ministry show",
        "The figures, released by the ministry on Sunday, show that 3,400 people crossed in June.",
        [("3,400", 3400, E, C, None, {"head": "people", "source": "ministry"})],
    ),
    (
        "invented/AFP: in a statement, the IOM said",
        "In a statement, the IOM said 1,200 migrants were returned to Libya last week.",
        [("1,200", 1200, E, C, None, {"head": "migrants", "source": "IOM"})],
    ),
    (
        "invented/TNH: a monitoring system with its acronym recorded",
        "IOM's Displacement Tracking Matrix (DTM) recorded 12,400 new arrivals in Tawila.",
        [
            (
                "12,400",
                12400,
                E,
                C,
                None,
                {"head": "arrivals", "source": "IOM's Displacement Tracking Matrix"},
            )
        ],
    ),
    (
        "invented/AFP: a quote, then a volunteer told AFP by telephone",
        "\u201cWe have counted 74 bodies,\u201d a Red Crescent volunteer told AFP by telephone.",
        [
            (
                "74",
                74,
                E,
                C,
                None,
                {
                    "head": "bodies",
                    "source": ("a Red Crescent volunteer", "Red Crescent volunteer"),
                },
            )
        ],
    ),
    (
        "invented/Reuters: the toll rose, a ministry in a city said",
        "The death toll has risen to 61, the health ministry in Tripoli said.",
        [
            (
                "61",
                61,
                E,
                C,
                None,
                {"head": "deaths", "source": ("health ministry", "health ministry in Tripoli")},
            )
        ],
    ),
    (
        "invented/AFP: medics said, while a force claimed hundreds",
        "More than 400 people have been killed, medics said, while the RSF claimed its forces "
        "had killed hundreds of soldiers.",
        [("More than 400", 400, LO, C, None, {"head": "people", "source": "medics"})],
    ),
    (
        "invented/AFP: a government that hosts refugees has appealed for an amount",
        "Chad's government, which hosts 1.2 million refugees, has appealed for $400 million.",
        [
            ("1.2 million", 1.2e6, E, C, None, {"head": "refugees", "source": None}),
            ("$400 million", 4e8, E, M, "USD", {"source": None}),
        ],
    ),
    (
        "invented/Reuters: an army-aligned government said, unverified",
        "Sudan's army-aligned government said on Saturday that 2,750 people had returned to "
        "Khartoum, a figure that could not be verified.",
        [
            (
                "2,750",
                2750,
                E,
                C,
                None,
                {
                    "head": "people",
                    "source": ("Sudan's army-aligned government", "army-aligned government"),
                },
            )
        ],
    ),
]


# Batch 12: the Turkish lira as Turkish and Arab outlets write it (the sign, "TL" before or
# after, "Turkish lira"), and Syrian returnee figures in Turkish ministry copy, written by
# hand before the extractor was run on them. All 4 rows passed when first run (cd0b17e).
CASES += [
    (
        "invented/Daily Sabah: the lira sign",
        "Each returning family is given \u20ba5,000 for transport, the ministry said.",
        [("\u20ba5,000", 5000, E, M, "TRY", {"source": "ministry"})],
    ),
    (
        "invented/Hurriyet Daily News: TL after the amount",
        "Rents in Gaziantep rose to 15,000 TL a month.",
        [("15,000 TL", 15000, E, M, "TRY")],
    ),
    (
        "invented/Al Jazeera: Turkish lira named",
        "A bus ticket to the border costs 1,200 Turkish lira, about $35.",
        [("1,200 Turkish lira", 1200, E, M, "TRY"), ("about $35", 35, AP, M, "USD")],
    ),
    (
        "invented/Anadolu: voluntary returns since a date, the minister told reporters",
        "Interior Minister Ali Kaya told reporters that 175,512 Syrians had returned "
        "voluntarily since December 8, and that 2.8 million remain under temporary protection.",
        [
            ("175,512", 175512, E, C, None, {"head": "syrians", "source": "Ali Kaya"}),
            ("2.8 million", 2.8e6, E, C, None, {"head": "syrians", "source": "Ali Kaya"}),
        ],
    ),
]


# Batch 13: IOM's Displacement Tracking Matrix in Libya, as its round reports and the wires
# quoting them write it, written by hand before the extractor was run on them. Run first
# (commit 17b2431), 1 of its 3 rows passed: "identified" was no agent verb as "recorded" is,
# and "The majority (78%) were men" had no whole, the group left out after "The majority";
# both became rules.
CASES += [
    (
        "invented/DTM Libya: migrants of many nationalities in municipalities",
        "DTM Libya identified 706,509 migrants of over 44 nationalities in 100 municipalities "
        "during the round.",
        [
            ("706,509", 706509, E, C, None, {"head": "migrants", "source": "DTM Libya"}),
            ("over 44", 44, LO, C, None, {"head": "nationalities"}),
            ("100", 100, E, C, None, {"head": "municipalities"}),
        ],
    ),
    (
        "invented/DTM Libya: the majority in brackets",
        "Some 78,000 migrants were interviewed. The majority (78%) were men.",
        [
            ("Some 78,000", 78000, AP, C, None, {"head": "migrants"}),
            ("78%", 78, E, P, "%", {"head": "migrants", "part_of": 0}),
        ],
    ),
    (
        "invented/Reuters: detention centres holding a number, IOM estimates",
        "IOM estimates that about 5,000 migrants are held in official detention centres, and "
        "that thousands more are held in unofficial ones.",
        [("about 5,000", 5000, AP, C, None, {"head": "migrants", "source": "IOM"})],
    ),
]


# Batch 14: hedged figures as Al Jazeera and the wires write them ("reportedly", "alleged",
# "is said to", a rights group's allegation, an interior ministry's claim denied by a
# monitor), written by hand before the extractor was run on them. All 4 rows passed when
# first run (commit a9fbb1b).
CASES += [
    (
        "invented/Al Jazeera: a number reportedly deported",
        "Some 1,200 Syrians were reportedly deported from Istanbul last month.",
        [("Some 1,200", 1200, AP, C, None, {"head": "syrians"})],
    ),
    (
        "invented/Al Jazeera: a rights group alleged",
        "The Syrian Network for Human Rights alleged that 340 returnees had been detained by "
        "security forces since January.",
        [
            (
                "340",
                340,
                E,
                C,
                None,
                {
                    "head": "returnees",
                    "source": "Syrian Network for Human Rights",
                    "hedged": True,
                },
            )
        ],
    ),
    (
        "invented/Reuters: a claim, then a monitor's denial with its own figure",
        "Turkey's interior ministry claimed 500,000 Syrians had returned, but the Syrian "
        "Observatory for Human Rights put the number at about 200,000.",
        [
            (
                "500,000",
                500000,
                E,
                C,
                None,
                {"head": "syrians", "source": "Turkey's interior ministry", "hedged": True},
            ),
            (
                "about 200,000",
                200000,
                AP,
                C,
                None,
                {"head": "syrians", "source": "Syrian Observatory for Human Rights"},
            ),
        ],
    ),
    (
        "invented/AFP: a camp said to hold a number",
        "The camp at Zamzam is said to hold more than 500,000 people.",
        [("more than 500,000", 500000, LO, C, None, {"head": "people"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_crisis_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    name: {k: 1.0 for k in ("f1", "bound", "kind", "head", "low_high", "part_of", "source")}
    for name in (
        "47-adre-water-queues.txt",
        "48-syria-returns-disputed.txt",
        "49-libya-interceptions-update.txt",
        "50-burkina-displacement-count.txt",
    )
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floors(name):
    assert_floors(name, FLOORS[name])
