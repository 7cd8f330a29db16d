"""Second dev set, batch ds2-southasia: reports 15-18 of ``tests/fixtures/devset2``.

Style imitated: South Asian dailies and wires on migration, deportation and displacement.
Before writing, real copy of this kind was read through the stored-pages search (none of
it is kept here): The News and Frontier Post on Afghan deportations through Torkham and
the Landi Kotal holding camp, retaining-centre copy from Peshawar agencies, Bakhtar, Tolo
News (as syndicated), Afghanistan International and Daryo on returns from Iran through
Islam Qala and Milak, Observer/bdnews24 copy on Bhasan Char relocation batches, Firstpost
and agency copy on flood camps in Kerala and Bihar, and Indian and Bengali outlets on
Bengali-speaking migrant workers detained in Odisha and pushed into Bangladesh. The four
reports are invented (people, quotes and numbers); places and organisations are real:

- 15-acc-deadline-islamabad.txt: a Pakistani daily (Dawn-like), 2025-04-19, on the Afghan
  Citizen Card deadline, holding centres, transport fares in Rs and the HRCP's allegation.
- 16-islam-qala-surge.txt: an Afghan outlet (Amu-like), 2025-07-06, on a day of mass
  returns from Iran at Islam Qala; afghanis, dollars and a returnee known by one name.
- 17-bhasan-char-relocation.txt: a Bangladeshi daily (Daily Star-like), 2026-02-08, on a
  relocation batch to Bhasan Char, lakh counts, Tk crore and the Joint Response Plan.
- 18-bengal-workers-odisha.txt: an Indian daily (Indian Express-like), 2025-07-21, on
  Bengal migrant workers returning from detentions in Odisha; Rs, lakh, crore, a wage range.

The reports and their gold were committed (cfb5a57) before the extractor was first run
on them. The BLIND score (``python -m analysis.evaluate tests/fixtures/devset2 --misses``
on that commit, only this batch in the folder)::

    report                         gold  pred match      P      R     F1  date
    15-acc-deadline-islamabad.txt    22    22    22  1.000  1.000  1.000  ok
    16-islam-qala-surge.txt          17    17    17  1.000  1.000  1.000  ok
    17-bhasan-char-relocation.txt    22    22    22  1.000  1.000  1.000  ok
    18-bengal-workers-odisha.txt     20    20    20  1.000  1.000  1.000  ok
    TOTAL                            81    81    81  1.000  1.000  1.000  1.000

    field accuracy over 81 matched figures:
      bound                         1.000  (81/81)
      kind                          1.000  (81/81)
      head                          0.938  (76/81)
      low_high                      1.000  (81/81)
      part_of                       0.951  (77/81)
      source                        0.864  (70/81)
      source (lenient: surname ok)  0.864  (70/81)
      counted                       0.889  (72/81)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      15 '38', '11', '48 hours': source 'A senior official at the interior ministry' -> nan
      15 '40pc': counted 'fares' -> nan
      16 '1,305': part_of 'More than 30,000' -> nan
      16 '214': head 'children' -> 'returnees'; part_of '1,305' -> nan
      16 '$900': source 'Zabihullah' -> 'Mohammad Yousuf Hamdard'
      16 '38 percent': head 'afghans' -> 'people'
      17 '497': part_of 'Some 1,140' -> nan
      17 '2,000': head 'rohingyas' -> 'people'
      17 'about 12.4 lakh', '54 percent': head 'population' -> 'arrivals'
      18 '412': part_of 'More than 600' -> nan
      18 '81': counted 'workers' -> 'workers held in Jagatsinghpur'
      18 '1,846', '14', '37': source 'A senior officer in Bhubaneswar' -> 'A senior officer'
      18 'Rs 5,000' (the body's): source nan -> 'The West Bengal government'
      18 '11', 'six days', 'Rs 8,000': source 'Rafiqul Sheikh' -> 'Domkal'
      18 'six': counted 'people from Birbhum' -> 'people'

Gold corrected afterwards (a slip against the conventions, not toward the output): in
report 17 "the Rohingya population ... stands at about 12.4 lakh, of whom 54 percent are
children" had the head "population" for both; a population counts people (the convention
of tests/test_unseen_styles.py, "The population fell from 1.2 million ... to 398,000"), so
both heads are "people" now. That is the only change to the gold.

Open conventions, left as they are (gold unchanged, listed in the report): the government
that "has announced a one-time assistance of Rs 5,000" (report 18: an announced decision,
not a reported fact, so gold null; the extractor names the government); "Another 2,000 will
be shifted" (report 17: the elided noun is the Rohingyas of the batch two sentences up; the
extractor restores "people"). In the rows below, a tuple of sources marks an open one ("a
UNHCR estimate" or UNHCR; "a report submitted to ..." kept whole, its addressee, or cut to
"a report" as the extractor's convention does; "according to the summary").

The table below holds invented sentences and short stories in the style (expected values
written by hand before each run; rows as in ``tests/test_unseen_styles.py``: ``(text, value
or (low, high), bound, kind, unit[, fields])``, ``part_of`` the index of the whole among the
expected rows). Batch 1 holds the constructions that failed in the four reports; batches
2-15 probe the style further (number habits, speakers, what is no figure, layouts, and short
stories whose figures lean on the sentences before them). Passing before and after,
measured with the table run against the blind commit's package (``analysis/`` of cfb5a57,
copied aside with this module, figure_checks.py and devset2_checks.py):
``PYTHONPATH=<copy>:<copy>/tests python -m pytest tests/test_devset2_southasia.py -k
figures``: 145 rows, 104 passed and 41 failed before; 145 pass after. (Some commit messages
count a batch loosely: batch 1 had 4 of 14 rows passing before, batches 2-4 had 54 of 57
written rows passing.)

Final score (after the fixes and a merge of main), ``python -m analysis.evaluate
tests/fixtures/devset2`` on this batch: F1 1.000 (81/81 matched, no miss, no extra); bound,
kind, low_high, part_of 1.000; head 0.988 (80/81: the open "Another 2,000"); source 0.988
(80/81: the open "has announced ... Rs 5,000").
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"
SPK = "a spokesman for the provincial home department"
SDMD = "State Disaster Management Department"
UNE = ("UNHCR", "a UNHCR estimate")
HO = "Herat officials"
MORR = (
    "Islamic Emirate's Ministry of Refugees and Repatriation",
    "Ministry of Refugees and Repatriation",
)
# (open: the extractor drops the addressee of "a report ... submitted to parliament")
REP = (
    "a report submitted to the Sindh home department",
    "Sindh home department",
    "a report",
    "The report",
)
KR = "K. Raghavan"
SAFRON = "Ministry of States and Frontier Regions"
# (open: "according to the summary" names a document named before, its author, or no one)
SUMMARY = (None, "summary", SAFRON)
REPLY = ("a reply in the Assembly", "reply", "a reply", None)
UNW = "a UN Women official"
MKH = "Md Kamrul Hasan"
COR = "Commissionerate of Rehabilitation"
# (open: the notification named before, the ministry that issued it, or no one)
NOTE = ("interior ministry", "notification", None)
RDMD = (
    "State's Relief and Disaster Management Department",
    "Relief and Disaster Management Department",
)

CASES = [
    # Batch 1: the constructions that failed in reports 15-18.
    # A speaker named with an age and a home town ("Name, 26, of Town said"): the town
    # was taken for the speaker.
    (
        "invented/Indian daily: Name, age, of Town said",
        "Shafiqul Mondal, 31, of Raninagar said he had been held for four days at a police "
        "station in Surat.",
        [("four days", 4, E, D, "day", {"source": "Shafiqul Mondal"})],
    ),
    (
        "invented/Indian daily: Name of Town said",
        "Meena Kumari of Kishanganj said four of her relatives were still missing.",
        [("four", 4, E, C, None, {"source": "Meena Kumari"})],
    ),
    # A speaker whose anonymity is asked between subject and verb.
    (
        "invented/Pakistani daily: X, requesting anonymity, said",
        "A district official, requesting anonymity, said 27 shelters had been set up in the town.",
        [("27", 27, E, C, None, {"source": "A district official"})],
    ),
    (
        "invented/Pakistani daily: X, speaking on condition of anonymity, said",
        "A senior police officer, speaking on condition of anonymity, said 640 people had been "
        "detained overnight.",
        [("640", 640, E, C, None, {"source": "A senior police officer"})],
    ),
    (
        "invented/Pakistani daily: an official at a ministry, requesting anonymity, said",
        "A senior official at the health ministry, requesting anonymity, said 19 clinics were "
        "now operating in the district.",
        [("19", 19, E, C, None, {"source": "A senior official at the health ministry"})],
    ),
    (
        "invented/Pakistani daily: an official at a ministry, then he said a quote",
        "A senior official at the education ministry, requesting anonymity, said 52 schools "
        'had been shut. "Of the 52 schools, 17 are in Sindh," he said.',
        [
            ("52", 52, E, C, None, {"source": "A senior official at the education ministry"}),
            ("52", 52, E, C, None, {"source": "A senior official at the education ministry"}),
            (
                "17",
                17,
                E,
                C,
                None,
                {"source": "A senior official at the education ministry", "part_of": 1},
            ),
        ],
    ),
    (
        "invented/Afghan outlet: X, who asked not to be named, said",
        "Aid workers, who asked not to be named, said about 90 families were sleeping in the open.",
        [("about 90", 90, AP, C, None, {"source": "Aid workers"})],
    ),
    # A speaker with a place after the noun keeps it (the tables' convention).
    (
        "invented/Indian daily: a senior officer in a city said",
        "A senior officer in Lucknow said 1,230 people had been questioned since May.",
        [("1,230", 1230, E, C, None, {"source": "A senior officer in Lucknow"})],
    ),
    # A returnee known by one name, with his age, then "he said" in the next sentence.
    (
        "invented/Afghan outlet: a one-name speaker and his age",
        "The camp manager, Abdul Wahid Rahimi, said 300 tents had been pitched. Samiullah, 29, "
        'said he had waited two days at the crossing. "They took $400 from me," he said.',
        [
            ("300", 300, E, C, None, {"source": "Abdul Wahid Rahimi"}),
            ("two days", 2, E, D, "day", {"source": "Samiullah"}),
            ("$400", 400, E, M, "USD", {"source": "Samiullah"}),
        ],
    ),
    # "N of the <noun>" whose whole is the count of the sentence before.
    (
        "invented/Pakistani daily: N of the detainees, whole in the sentence before",
        "Police arrested 2,450 Afghan nationals in Karachi last month. Officials said 1,120 of "
        "the detainees had been deported.",
        [
            ("2,450", 2450, E, C, None, {"part_of": None}),
            ("1,120", 1120, E, C, None, {"part_of": 0, "head": "detainees"}),
        ],
    ),
    (
        "invented/Bangladeshi daily: N of the returnees, whole in the sentence before",
        "More than 8,000 people have returned to their villages in Sylhet. Relief officials "
        "said 2,300 of the returnees had found their homes destroyed.",
        [
            ("More than 8,000", 8000, LO, C, None, {"part_of": None}),
            ("2,300", 2300, E, C, None, {"part_of": 0, "head": "returnees"}),
        ],
    ),
    # "Out of the <noun>, N were <noun>".
    (
        "invented/Afghan outlet: Out of the N people, M were women",
        "Out of the 950 people rescued, 310 were women.",
        [
            ("950", 950, E, C, None, {"part_of": None}),
            ("310", 310, E, C, None, {"part_of": 0, "head": "women"}),
        ],
    ),
    (
        "invented/Afghan outlet: Out of the returnees, N were minors",
        "Nearly 4,000 migrants were returned from Turkey this month. Out of the returnees, 860 "
        "were minors.",
        [
            ("Nearly 4,000", 4000, UP, C, None, {"part_of": None}),
            ("860", 860, E, C, None, {"part_of": 0, "head": "minors"}),
        ],
    ),
    (
        "invented/guard: Of the returnees, N were <participle> keeps the returnees",
        "Of the returnees, 860 were deported from Iran.",
        [("860", 860, E, C, None, {"part_of": None, "head": "returnees"})],
    ),
    (
        "invented/guard: N of the detainees with no count before",
        "Officials said 1,120 of the detainees had been deported.",
        [("1,120", 1120, E, C, None, {"part_of": None, "head": "detainees"})],
    ),
    # "N of them <noun>" after a count: the share is of the count's noun.
    (
        "invented/Afghan outlet: N percent of them children",
        "Around 96,000 Afghans were deported from Pakistan in April, 45 percent of them children.",
        [
            ("Around 96,000", 96000, AP, C, None, {"head": "afghans"}),
            ("45 percent", 45, E, P, "%", {"part_of": 0, "head": "afghans"}),
        ],
    ),
    # "<noun> stands at N" after an opening "With the ...,": the subject is counted, not the
    # plural of the opening phrase.
    (
        "invented/Bangladeshi daily: the population stands at N",
        "With the latest arrivals, the camp population stands at nearly 84,000, of whom 56 "
        "percent are children.",
        [
            # (a population counts people: the convention of tests/test_unseen_styles.py)
            ("nearly 84,000", 84000, UP, C, None, {"head": "people"}),
            ("56 percent", 56, E, P, "%", {"part_of": 0, "head": "people"}),
        ],
    ),
    (
        "invented/Bangladeshi daily: the X population in Place and Place stands at N",
        "With the new arrivals, the Rohingya population in Ukhiya and Teknaf stands at about "
        "9.8 lakh, of whom 52 percent are children.",
        [
            ("about 9.8 lakh", 980000, AP, C, None, {"head": "people"}),
            ("52 percent", 52, E, P, "%", {"part_of": 0, "head": "people"}),
        ],
    ),
    # "The group, which includes N ...": the group is the count of the sentence before.
    (
        "invented/Bangladeshi daily: the group, which includes N",
        "About 600 Rohingyas boarded navy ships for the island on Monday. The group, which "
        "includes 230 women, is expected to arrive by evening.",
        [
            ("About 600", 600, AP, C, None, {"part_of": None}),
            ("230", 230, E, C, None, {"part_of": 0, "head": "women"}),
        ],
    ),
    (
        "invented/Afghan outlet: the flight included N",
        "A charter flight carrying 120 deportees landed in Kabul. The flight included 40 children.",
        [
            ("120", 120, E, C, None, {"part_of": None}),
            ("40", 40, E, C, None, {"part_of": 0, "head": "children"}),
        ],
    ),
    # An aside's list closed by the clause's verb: the count after the verb is no item.
    (
        "invented/Bangladeshi daily: the group, which includes N, left in M buses",
        "Some 860 Rohingyas left the camps on Sunday. The group, which includes 310 children, "
        "left the Kutupalong transit point in 14 buses.",
        [
            ("Some 860", 860, AP, C, None, {"part_of": None}),
            ("310", 310, E, C, None, {"part_of": 0}),
            ("14", 14, E, C, None, {"part_of": None, "head": "buses"}),
        ],
    ),
    (
        "invented/wire: X, including N, arrived in M boats",
        "About 600 people, including 40 children, arrived in 12 boats.",
        [
            ("About 600", 600, AP, C, None, {"part_of": None}),
            ("40", 40, E, C, None, {"part_of": 0}),
            ("12", 12, E, C, None, {"part_of": None, "head": "boats"}),
        ],
    ),
    (
        "invented/guard: including N in Place, M in Place stays a list",
        "Some 3,000 people were displaced, including 500 in Kabul, 300 in Herat.",
        [
            ("Some 3,000", 3000, AP, C, None, {"part_of": None}),
            ("500", 500, E, C, None, {"part_of": 0}),
            ("300", 300, E, C, None, {"part_of": 0}),
        ],
    ),
    # Batch 2: probes of the style beyond the four reports (written before the run): number
    # habits of Pakistani, Afghan, Bangladeshi and Indian copy.
    (
        "invented/Pakistani daily: as many as N nationals",
        "As many as 1,243 Afghan nationals were repatriated through Torkham on Tuesday, "
        "officials said.",
        [("As many as 1,243", 1243, UP, C, None, {"head": "nationals", "source": "officials"})],
    ),
    (
        "invented/Pakistani daily: N centres, each with a capacity of M people",
        "The provincial government has set up 24 holding centres, each with a capacity of "
        "2,000 people.",
        [
            ("24", 24, E, C, None, {"head": "centres"}),
            ("2,000", 2000, E, C, None, {"head": "people", "part_of": None}),
        ],
    ),
    (
        "invented/Pakistani daily: Rs bn glued",
        "The federal government released Rs2.5bn for the transit camps in Khyber Pakhtunkhwa.",
        [("Rs2.5bn", 2.5e9, E, M, "PKR")],
    ),
    (
        "invented/Pakistani agency: a decimal of a million",
        "So far, 0.24 million Afghans have been repatriated from Khyber Pakhtunkhwa.",
        [("0.24 million", 240000, E, C, None, {"head": "afghans"})],
    ),
    (
        "invented/Pakistani agency: N families comprising M individuals",
        "Some 212 families comprising 1,046 individuals crossed into Afghanistan via Chaman.",
        [
            ("Some 212", 212, AP, C, None, {"head": "families"}),
            ("1,046", 1046, E, C, None, {"head": "individuals", "part_of": None}),
        ],
    ),
    (
        "invented/Afghan outlet: Of them, N were men, M women and K children",
        "A total of 3,521 Afghans returned on Monday. Of them, 1,121 were men, 898 women and "
        "1,502 children.",
        [
            ("3,521", 3521, E, C, None, {"head": "afghans"}),
            ("1,121", 1121, E, C, None, {"part_of": 0, "head": "men"}),
            ("898", 898, E, C, None, {"part_of": 0, "head": "women"}),
            ("1,502", 1502, E, C, None, {"part_of": 0, "head": "children"}),
        ],
    ),
    (
        "invented/Afghan outlet: in the past 24 hours, N families comprising M individuals",
        "In the past 24 hours, 3,412 families comprising 17,806 individuals returned from Iran, "
        "the ministry said.",
        [
            ("24 hours", 24, E, D, "hour"),
            ("3,412", 3412, E, C, None, {"head": "families", "source": "ministry"}),
            ("17,806", 17806, E, C, None, {"head": "individuals", "source": "ministry"}),
        ],
    ),
    (
        "invented/Indian daily: the rupee sign",
        "Each affected family will receive \u20b95,000 in relief, the Odisha government said.",
        [("\u20b95,000", 5000, E, M, "INR", {"source": "Odisha government"})],
    ),
    (
        "invented/Indian daily: Rs. with a point",
        "Each family in Kerala will get Rs. 10,000 as immediate relief.",
        [("Rs. 10,000", 10000, E, M, "INR")],
    ),
    (
        "invented/Indian daily: lakh hectares",
        "Floods have damaged crops on 2.3 lakh hectares in Assam.",
        [("2.3 lakh hectares", 230000, E, "measure", "hectare")],
    ),
    (
        "invented/Pakistani daily: a glued Rs range",
        "Agents charged Rs8,000-10,000 per person to take them from Karachi to Quetta.",
        [("Rs8,000-10,000", (8000, 10000), R, M, "PKR")],
    ),
    (
        "invented/Indian daily: Indian digit grouping after as many as",
        "As many as 2,23,139 people are staying in 1,500 relief camps across Kerala.",
        [
            ("As many as 2,23,139", 223139, UP, C, None, {"head": "people"}),
            ("1,500", 1500, E, C, None, {"head": "camps"}),
        ],
    ),
    (
        "invented/Bangladeshi daily: Tk per family",
        "Each relocated family in Bhasan Char received Tk 50,000 and a solar panel.",
        [("Tk 50,000", 50000, E, M, "BDT")],
    ),
    (
        "invented/Pakistani daily: a five-day ultimatum",
        "Police gave the families a five-day ultimatum to leave the settlement in Karachi.",
        [("five-day", 5, E, D, "day")],
    ),
    (
        "invented/Pakistani daily: N pc of the M families",
        "About 80pc of the 1,600 families living in the katchi abadi in Islamabad are Afghan.",
        [
            ("About 80pc", 80, AP, P, "%", {"part_of": 1, "head": "families"}),
            ("1,600", 1600, E, C, None, {"head": "families"}),
        ],
    ),
    (
        "invented/Bangladeshi daily: One lakh in words",
        "One lakh Rohingyas were to be relocated to Bhasan Char under the original plan.",
        [("One lakh", 100000, E, C, None, {"head": "rohingyas"})],
    ),
    (
        "invented/Indian daily: N to M lakh workers",
        "There are 8 to 10 lakh workers from West Bengal in Kerala, unions estimate.",
        [("8 to 10 lakh", (800000, 1000000), R, C, None, {"head": "workers"})],
    ),
    (
        "invented/Indian daily: FIR number and section are no figures",
        "Police registered FIR No. 112/2025 under Section 14 of the Foreigners Act against 37 "
        "people.",
        [("37", 37, E, C, None, {"head": "people"})],
    ),
    (
        "invented/Indian daily: two meals a day",
        "Over 2,000 people have been shifted to 46 relief camps, where they are being given two "
        "meals a day.",
        [
            ("Over 2,000", 2000, LO, C, None, {"head": "people"}),
            ("46", 46, E, C, None, {"head": "camps"}),
            ("two", 2, E, C, None, {"head": "meals"}),
        ],
    ),
    (
        "invented/Pakistani daily: a fine in Rs and up to N years in jail",
        "Under Pakistan's Foreigners Act, those sheltering illegal foreigners face a fine of "
        "Rs500,000 and up to three years in jail.",
        [
            ("Rs500,000", 500000, E, M, "PKR"),
            ("up to three years", 3, UP, D, "year"),
        ],
    ),
    (
        "invented/Indian daily: Rs crore for lakh families",
        "The state has released Rs 12.5 crore for the 1.4 lakh flood-affected families in Bihar.",
        [
            ("Rs 12.5 crore", 1.25e8, E, M, "INR"),
            ("1.4 lakh", 140000, E, C, None, {"head": "families"}),
        ],
    ),
    (
        "invented/Afghan outlet: afghanis with dollars in brackets",
        "Each family was given 10,000 afghanis (about $140) at the Torkham camp.",
        [
            ("10,000 afghanis", 10000, E, M, "AFN"),
            ("about $140", 140, AP, M, "USD"),
        ],
    ),
    (
        "invented/Pakistani daily: Rs m glued",
        "The transporters' association in Peshawar said each convoy cost Rs1.5m.",
        [("Rs1.5m", 1.5e6, E, M, "PKR")],
    ),
    # Batch 3: harder habits of the style (written before the run).
    (
        "invented/Indian daily: lakh crore",
        "India has allocated Rs 1.25 lakh crore for rural jobs in 2025-26.",
        [("Rs 1.25 lakh crore", 1.25e12, E, M, "INR")],
    ),
    (
        "invented/Bangladeshi daily: Tk range with the scale after",
        "Brokers charge Tk 20-25 lakh to send a worker from Cox's Bazar to Malaysia, migrants "
        "said.",
        [("Tk 20-25 lakh", (2e6, 2.5e6), R, M, "BDT", {"source": "migrants"})],
    ),
    (
        "invented/Pakistani daily: Rs to Rs range",
        "A truck to Torkham now costs Rs70,000 to Rs80,000 from Peshawar.",
        [("Rs70,000 to Rs80,000", (70000, 80000), R, M, "PKR")],
    ),
    (
        "invented/Indian daily: close to N lakh",
        "Close to 2 lakh people have been evacuated in Bihar's Darbhanga district.",
        [("Close to 2 lakh", 200000, UP, C, None, {"head": "people"})],
    ),
    (
        "invented/Indian daily: a little over N lakh",
        "A little over 3 lakh people were affected in Cachar.",
        [("A little over 3 lakh", 300000, LO, C, None, {"head": "people"})],
    ),
    (
        "invented/Indian daily: an official told PTI",
        "Around 400 workers from Murshidabad are stranded in Kerala, a labour department "
        "official told PTI.",
        [
            (
                "Around 400",
                400,
                AP,
                C,
                None,
                {"head": "workers", "source": "a labour department official"},
            )
        ],
    ),
    (
        "invented/Indian daily: as per the agency",
        "As per the OSDMA, 1,12,000 people have been shifted to safer places in Odisha.",
        [("1,12,000", 112000, E, C, None, {"head": "people", "source": "OSDMA"})],
    ),
    (
        "invented/Indian daily: X, who did not wish to be identified, said",
        "A senior official, who did not wish to be identified, said 14 Bangladeshi nationals had "
        "been pushed back.",
        [("14", 14, E, C, None, {"head": "nationals", "source": "A senior official"})],
    ),
    (
        "invented/Indian daily: an age group is no figure",
        "Nearly 60 per cent of the migrants are in the 18-35 age group.",
        [("Nearly 60 per cent", 60, UP, P, "%", {"head": "migrants"})],
    ),
    (
        "invented/Indian daily: Class 10 is no figure",
        "Over 300 Class 10 students in flood-hit Dhemaji missed their board exams.",
        [("Over 300", 300, LO, C, None, {"head": "students"})],
    ),
    (
        "invented/Indian daily: a 24x7 control room is no figure",
        "The district has opened a 24x7 control room and 12 relief camps.",
        [("12", 12, E, C, None, {"head": "camps"})],
    ),
    (
        "invented/Indian daily: two and a half lakh in words",
        "Over two and a half lakh people have been displaced in Manipur since May.",
        [("Over two and a half lakh", 250000, LO, C, None, {"head": "people"})],
    ),
    (
        "invented/Indian daily: Rs N lakh each to the families of M workers",
        "The Uttarakhand government will pay Rs 5 lakh each to the families of the 11 workers "
        "killed in the collapse.",
        [
            ("Rs 5 lakh", 5e5, E, M, "INR"),
            ("11", 11, E, C, None, {"head": "workers"}),
        ],
    ),
    (
        "invented/Afghan outlet: Afs before the amount",
        "Returnees receive Afs 2,000 each for transport from the border.",
        [("Afs 2,000", 2000, E, M, "AFN")],
    ),
    (
        "invented/Pakistani daily: risen by N pc",
        "Transport fares have risen by 35pc since the crackdown began.",
        [("35pc", 35, E, P, "%", {"head": None})],
    ),
    (
        "invented/Pakistani daily: Rs N lakh",
        "Police recovered Rs45 lakh from the smugglers in Quetta.",
        [("Rs45 lakh", 4.5e6, E, M, "PKR")],
    ),
    (
        "invented/Indian daily: nearly seven decades",
        "Their families have lived in Odisha for nearly seven decades.",
        [("nearly seven decades", 7, UP, D, "decade")],
    ),
    (
        "invented/Indian daily: one-and-a-half months",
        "The group had been picked up nearly one-and-a-half months earlier.",
        [("nearly one-and-a-half months", 1.5, UP, D, "month")],
    ),
    (
        "invented/Indian daily: Lakhs of is vague",
        "Lakhs of migrant workers walked home during the lockdown.",
        [],
    ),
    (
        "invented/Bangladeshi daily: BDT crore",
        "The government has spent BDT 3,000 crore on the island.",
        [("BDT 3,000 crore", 3e10, E, M, "BDT")],
    ),
    (
        "invented/Pakistani daily: Of the N deportees, M per cent",
        "Of the 4,120 deportees, 38 per cent were women.",
        [
            ("4,120", 4120, E, C, None, {"head": "deportees"}),
            ("38 per cent", 38, E, P, "%", {"part_of": 0, "head": "deportees"}),
        ],
    ),
    (
        "invented/Afghan outlet: Afs glued to the amount",
        "Each returnee gets Afs2,000 for the journey home.",
        [("Afs2,000", 2000, E, M, "AFN")],
    ),
    # Batch 4: who speaks, as the style writes it (written before the run).
    (
        "invented/Pakistani agency: Talking to APP, the deputy commissioner said",
        "Talking to APP, the deputy commissioner said 3,200 families had been registered.",
        [("3,200", 3200, E, C, None, {"head": "families", "source": "deputy commissioner"})],
    ),
    (
        "invented/Pakistani daily: X, while talking to the media at Place, said",
        "Khyber Deputy Commissioner Abdul Nasir Khan, while talking to the media at Torkham, "
        "said 1,450 Afghans had crossed on Monday.",
        [("1,450", 1450, E, C, None, {"head": "afghans", "source": "Abdul Nasir Khan"})],
    ),
    (
        "invented/Afghan outlet: a quote, then X, head of Y, told Pajhwok",
        '"We received 620 families today," Ghulam Sakhi Noori, head of the refugees department '
        "in Nangarhar, told Pajhwok Afghan News.",
        [("620", 620, E, C, None, {"head": "families", "source": "Ghulam Sakhi Noori"})],
    ),
    (
        "invented/Pakistani daily: sources in the interior ministry said",
        "Sources in the interior ministry said 2,800 Afghan Citizen Card holders had been "
        "arrested in Rawalpindi.",
        [
            (
                "2,800",
                2800,
                E,
                C,
                None,
                {"head": "holders", "source": "Sources in the interior ministry"},
            )
        ],
    ),
    (
        "invented/Pakistani daily: X, addressing a press conference in Place, said",
        "Interior Minister Tariq Mehmood, addressing a press conference in Islamabad, said 4.2 "
        "lakh illegal foreigners had left the country.",
        [("4.2 lakh", 420000, E, C, None, {"head": "foreigners", "source": "Tariq Mehmood"})],
    ),
    (
        "invented/Pakistani daily: Of them, N ..., he added",
        "SSP Kamran Ali said 1,200 people had been detained in the operation. Of them, 300 were "
        "released on bail, he added.",
        [
            ("1,200", 1200, E, C, None, {"head": "people", "source": "Kamran Ali"}),
            ("300", 300, E, C, None, {"part_of": 0, "source": "Kamran Ali"}),
        ],
    ),
    (
        "invented/Afghan outlet: According to the ministry, N migrants, including M children",
        "According to the ministry, 2,540 migrants, including 610 children, returned from Iran "
        "on Sunday.",
        [
            ("2,540", 2540, E, C, None, {"head": "migrants", "source": "ministry"}),
            ("610", 610, E, C, None, {"part_of": 0, "head": "children", "source": "ministry"}),
        ],
    ),
    (
        "invented/Bangladeshi daily: Of the N, M are children and K women, said the RRRC",
        "Of the 1,140 Rohingyas, 497 are children and 312 women, said the RRRC.",
        [
            ("1,140", 1140, E, C, None, {"head": "rohingyas", "source": "RRRC"}),
            ("497", 497, E, C, None, {"part_of": 0, "head": "children", "source": "RRRC"}),
            ("312", 312, E, C, None, {"part_of": 0, "head": "women", "source": "RRRC"}),
        ],
    ),
    (
        "invented/Afghan outlet: the administration claimed that",
        "The Taliban administration claimed that over 5,000 returnees had been given land.",
        [
            (
                "over 5,000",
                5000,
                LO,
                C,
                None,
                {"head": "returnees", "source": "Taliban administration"},
            )
        ],
    ),
    (
        "invented/Pakistani daily: agency spokesperson Name said N pc of the deportees",
        "UNHCR spokesperson Nadia Rehman said 56pc of the deportees were children.",
        [("56pc", 56, E, P, "%", {"head": "deportees", "source": "Nadia Rehman"})],
    ),
    (
        "invented/Afghan outlet: Pajhwok reported that",
        "Pajhwok reported that 1,300 families had arrived in Kandahar from Spin Boldak.",
        [("1,300", 1300, E, C, None, {"head": "families", "source": "Pajhwok"})],
    ),
    (
        "invented/Pakistani daily: N Afghans crossed at X and M at Y",
        "Some 1,700 Afghans crossed at Torkham and 900 at Chaman on Friday, officials said.",
        [
            ("Some 1,700", 1700, AP, C, None, {"head": "afghans", "source": "officials"}),
            ("900", 900, E, C, None, {"head": "afghans", "source": "officials"}),
        ],
    ),
    (
        "invented/Bangladeshi daily: a BGB official said on condition of anonymity",
        "At least 42 Rohingyas were pushed back at Teknaf, a BGB official said on condition of "
        "anonymity.",
        [("At least 42", 42, LO, C, None, {"head": "rohingyas", "source": "a BGB official"})],
    ),
    # Batch 5: short whole stories in the style (written before the run), where figures
    # lean on the sentences and paragraphs before them.
    (
        "invented/Pakistani agency: a home department spokesman's week",
        "PESHAWAR, Mar 12 (APP): The Khyber Pakhtunkhwa government has repatriated 1,126 Afghan "
        "families comprising 5,862 individuals through Torkham during the last week, a "
        "spokesman for the provincial home department said on Wednesday.\n\n"
        "He said 3,108 of the repatriated persons were children, adding that 116 prisoners had "
        "also been handed over to Afghan authorities after completing their sentences.\n\n"
        "The spokesman said the Landi Kotal holding centre had received 412 families on "
        "Tuesday alone.\n\n"
        "Since November 2023, a total of 5,23,418 Afghans have been repatriated from the "
        "province, he added.",
        [
            ("1,126", 1126, E, C, None, {"head": "families", "source": SPK}),
            ("5,862", 5862, E, C, None, {"head": "individuals", "source": SPK}),
            ("3,108", 3108, E, C, None, {"part_of": 1, "source": SPK}),
            ("116", 116, E, C, None, {"head": "prisoners", "part_of": None, "source": SPK}),
            ("412", 412, E, C, None, {"head": "families", "source": SPK}),
            ("5,23,418", 523418, E, C, None, {"head": "afghans", "source": SPK}),
        ],
    ),
    (
        "invented/Bangladeshi daily: BGB detains Rohingyas at the Naf",
        "Members of the Border Guard Bangladesh (BGB) detained 74 Rohingyas, including 31 "
        "women and 22 children, as they tried to enter Bangladesh through the Naf river early "
        "Friday.\n\n"
        "Lt Col Mohiuddin Ahmed, commander of the BGB-2 battalion, said the group had paid "
        'brokers between Tk 15,000 and Tk 20,000 each. "They will be sent back," he said.\n\n'
        "Meanwhile, the number of Rohingyas who arrived since November has reached 60,000, "
        "according to a UNHCR estimate, with nearly 70% of them women and children.",
        [
            ("74", 74, E, C, None, {"head": "rohingyas", "source": None}),
            ("31", 31, E, C, None, {"head": "women", "part_of": 0}),
            ("22", 22, E, C, None, {"head": "children", "part_of": 0}),
            (
                "between Tk 15,000 and Tk 20,000",
                (15000, 20000),
                R,
                M,
                "BDT",
                {"source": "Mohiuddin Ahmed"},
            ),
            # (open: "a UNHCR estimate" is the source itself, as "A UN report said" is in the
            # extractor's convention, or the agency that made it)
            ("60,000", 60000, E, C, None, {"head": "rohingyas", "source": UNE}),
            ("nearly 70%", 70, UP, P, "%", {"part_of": 4, "head": "rohingyas", "source": UNE}),
        ],
    ),
    (
        "invented/Indian daily: north Bihar floods",
        "The flood situation in north Bihar remained grim on Sunday, with 17.6 lakh people "
        "affected in 14 districts, officials said. Of the 38 blocks in Darbhanga and "
        "Sitamarhi, 29 have been inundated.\n\n"
        "The State Disaster Management Department said 2.1 lakh people had been evacuated and "
        "312 community kitchens set up, serving meals to 1.4 lakh people daily.\n\n"
        "Sixteen teams of the NDRF and 18 of the SDRF have been deployed. Disaster Management "
        "Minister Vijay Mandal said an ex gratia of Rs 4 lakh would be paid to the families of "
        "the 23 people who died.",
        [
            ("17.6 lakh", 1.76e6, E, C, None, {"head": "people", "source": "officials"}),
            ("14", 14, E, C, None, {"head": "districts", "source": "officials"}),
            ("38", 38, E, C, None, {"head": "blocks", "source": None}),
            ("29", 29, E, C, None, {"head": "blocks", "part_of": 2, "source": None}),
            ("2.1 lakh", 2.1e5, E, C, None, {"head": "people", "source": SDMD}),
            ("312", 312, E, C, None, {"head": "kitchens", "source": SDMD}),
            ("1.4 lakh", 1.4e5, E, C, None, {"head": "people", "source": SDMD}),
            ("Sixteen", 16, E, C, None, {"head": "teams"}),
            ("18", 18, E, C, None, {"head": "teams"}),
            ("Rs 4 lakh", 4e5, E, M, "INR", {"source": "Vijay Mandal"}),
            ("23", 23, E, C, None, {"head": "people", "source": "Vijay Mandal"}),
        ],
    ),
    (
        "invented/guard: N of the ACRONYM with no count before keeps its noun",
        "About 40 of the SDRF were injured in the landslide.",
        [("About 40", 40, AP, C, None, {"head": "sdrf"})],
    ),
    (
        "invented/Afghan outlet: Herat officials on two days of deportations",
        "Herat officials say more than 9,000 Afghan migrants were deported from Iran through the "
        "Islam Qala port in the past two days, most of them young men.\n\n"
        '"Yesterday 4,812 people came back, and today the number is higher," said Mohammad '
        "Ashraf Haidari, an official at the port.\n\n"
        'Some deportees said Iranian police took their money and mobile phones. "I worked in '
        'Tehran for six years. They took $350 from me," said Jawad, a deportee.\n\n'
        "The Islamic Emirate's Ministry of Refugees and Repatriation said it had provided cash "
        "assistance of 3,000 afghanis to each of 1,460 families.",
        [
            ("more than 9,000", 9000, LO, C, None, {"head": "migrants", "source": HO}),
            ("two days", 2, E, D, "day", {"source": HO}),
            ("4,812", 4812, E, C, None, {"head": "people", "source": "Mohammad Ashraf Haidari"}),
            ("six years", 6, E, D, "year", {"source": "Jawad"}),
            ("$350", 350, E, M, "USD", {"source": "Jawad"}),
            ("3,000 afghanis", 3000, E, M, "AFN", {"source": MORR}),
            ("1,460", 1460, E, C, None, {"head": "families", "source": MORR}),
        ],
    ),
    (
        "invented/Pakistani daily: Karachi arrests in a report to the home department",
        "KARACHI: Police have arrested over 1,800 Afghan nationals in the city during the past "
        "10 days, including 214 women, according to a report submitted to the Sindh home "
        "department.\n\n"
        "The report said that 1,160 of those arrested had been shifted to the Keamari holding "
        "centre, while the rest had been released after verification of their documents. "
        "Around 70pc of the detainees were from Sohrab Goth.\n\n"
        "A senior police officer told The Express Tribune that the drive would continue for "
        "another two weeks.",
        [
            ("over 1,800", 1800, LO, C, None, {"head": "nationals", "source": REP}),
            ("10 days", 10, E, D, "day", {"source": REP}),
            ("214", 214, E, C, None, {"head": "women", "part_of": 0, "source": REP}),
            ("1,160", 1160, E, C, None, {"part_of": 0, "source": REP}),
            # (part_of left open: "the detainees" may be all those arrested or those held)
            ("Around 70pc", 70, AP, P, "%", {"head": "detainees", "source": None}),
            ("two weeks", 2, E, D, "week", {"source": "A senior police officer"}),
        ],
    ),
    (
        "invented/Indian daily: Kerala's migrant workers in the Assembly",
        "THIRUVANANTHAPURAM: Kerala has an estimated 31 lakh inter-State migrant workers, but "
        "only 5.2 lakh of them have registered on the Athidhi portal, Labour Minister K. "
        "Raghavan told the Assembly on Tuesday.\n\n"
        "Of the registered workers, 1.9 lakh are from West Bengal, 1.1 lakh from Assam and "
        "68,000 from Odisha, he said. The State has spent \u20b912.4 crore on the registration "
        "drive since 2023.\n\n"
        "The Minister said 412 labour camps had been inspected in the past six months and "
        "notices issued to 96 of them.",
        [
            ("an estimated 31 lakh", 3.1e6, AP, C, None, {"head": "workers", "source": KR}),
            ("5.2 lakh", 5.2e5, E, C, None, {"head": "workers", "part_of": 0, "source": KR}),
            ("1.9 lakh", 1.9e5, E, C, None, {"head": "workers", "part_of": 1, "source": KR}),
            ("1.1 lakh", 1.1e5, E, C, None, {"head": "workers", "part_of": 1, "source": KR}),
            ("68,000", 68000, E, C, None, {"head": "workers", "part_of": 1, "source": KR}),
            ("\u20b912.4 crore", 1.24e8, E, M, "INR", {"source": None}),
            ("412", 412, E, C, None, {"head": "camps", "source": KR}),
            ("six months", 6, E, D, "month", {"source": KR}),
            ("96", 96, E, C, None, {"head": "camps", "part_of": 6, "source": KR}),
        ],
    ),
    (
        "invented/Indian daily: a minister named with an initial",
        "Revenue Minister P. Rajan said 640 families had been moved to 22 relief camps in Wayanad.",
        [
            ("640", 640, E, C, None, {"head": "families", "source": "P. Rajan"}),
            ("22", 22, E, C, None, {"head": "camps", "source": "P. Rajan"}),
        ],
    ),
    (
        "invented/Indian daily: ..., but ..., X told the Assembly on Tuesday",
        "Odisha has 4.8 lakh workers abroad, but only 61,000 have registered, Labour Minister "
        "Ganesh Ram told the Assembly on Tuesday.",
        [
            ("4.8 lakh", 4.8e5, E, C, None, {"head": "workers", "source": "Ganesh Ram"}),
            ("61,000", 61000, E, C, None, {"source": "Ganesh Ram"}),
        ],
    ),
    (
        "invented/guard: ..., but X told reporters that N keeps its own clause",
        "The city was promised $160 million, but the mayor told reporters that 40 houses had "
        "been built.",
        [
            ("$160 million", 1.6e8, E, M, "USD", {"source": None}),
            ("40", 40, E, C, None, {"source": "mayor"}),
        ],
    ),
    (
        "invented/guard: N of those surveyed is no part of a count before",
        "The camp holds 3,000 residents. In a poll, 1,200 of those surveyed said they would "
        "return home.",
        [
            ("3,000", 3000, E, C, None, {"part_of": None}),
            ("1,200", 1200, E, C, None, {"part_of": None}),
        ],
    ),
    # Batch 6: four more short stories in the style (written before the run).
    (
        "invented/Pakistani daily: the cabinet extends PoR cards",
        "ISLAMABAD: The federal cabinet on Tuesday extended the stay of around 14.5 lakh Proof "
        "of Registration (PoR) card holders till June 30, 2025, sources said.\n\n"
        "The decision was taken on a summary moved by the Ministry of States and Frontier "
        "Regions, which said that 7,89,000 of the card holders were children. A ministry "
        "official said Rs1.2 billion would be needed to verify the data of the remaining holders "
        "over the next 90 days.\n\n"
        "According to the summary, 52pc of the PoR holders live in Khyber Pakhtunkhwa, 24pc in "
        "Balochistan and 14pc in Punjab.",
        [
            ("around 14.5 lakh", 1.45e6, AP, C, None, {"head": "holders", "source": "sources"}),
            ("7,89,000", 789000, E, C, None, {"part_of": 0, "source": SAFRON}),
            ("Rs1.2 billion", 1.2e9, E, M, "PKR", {"source": "A ministry official"}),
            ("90 days", 90, E, D, "day", {"source": "A ministry official"}),
            ("52pc", 52, E, P, "%", {"head": "holders", "source": SUMMARY}),
            ("24pc", 24, E, P, "%", {"head": "holders", "source": SUMMARY}),
            ("14pc", 14, E, P, "%", {"head": "holders", "source": SUMMARY}),
        ],
    ),
    (
        "invented/Bangladeshi daily: a trawler capsizes off Teknaf",
        "COX'S BAZAR: At least 17 people, including six women and four children, drowned after "
        "a trawler carrying 58 Malaysia-bound Rohingyas capsized in the Bay of Bengal off "
        "Teknaf early Monday.\n\n"
        "Coast Guard personnel rescued 35 passengers, while six are still missing, said Lt "
        "Commander Harun-ur-Rashid, media officer of the coast guard's east zone.\n\n"
        "Survivors said each of them had paid Tk 40,000 to Tk 60,000 to a broker, who promised "
        "to take them to Malaysia within 12 days.",
        [
            ("At least 17", 17, LO, C, None, {"head": "people", "source": None}),
            ("six", 6, E, C, None, {"head": "women", "part_of": 0}),
            ("four", 4, E, C, None, {"head": "children", "part_of": 0}),
            ("58", 58, E, C, None, {"head": "rohingyas", "part_of": None}),
            ("35", 35, E, C, None, {"head": "passengers", "source": "Harun-ur-Rashid"}),
            ("six", 6, E, C, None, {"source": "Harun-ur-Rashid"}),
            ("Tk 40,000 to Tk 60,000", (40000, 60000), R, M, "BDT", {"source": "Survivors"}),
            ("12 days", 12, E, D, "day", {"source": "Survivors"}),
        ],
    ),
    (
        "invented/Indian daily: Assam's pushbacks and transit camps",
        "GUWAHATI: Assam Police have pushed back 330 suspected illegal immigrants to Bangladesh "
        "since May, a senior police officer said on Saturday. Of them, 112 had been declared "
        "foreigners by tribunals, he said.\n\n"
        "The state's six detention centres, now called transit camps, held 257 people as of "
        "March 31, according to a reply in the Assembly. Of these, 73 had spent more than two "
        "years in detention.",
        [
            (
                "330",
                330,
                E,
                C,
                None,
                {"head": "immigrants", "source": "a senior police officer"},
            ),
            ("112", 112, E, C, None, {"part_of": 0, "source": "a senior police officer"}),
            ("six", 6, E, C, None, {"head": "centres"}),
            ("257", 257, E, C, None, {"head": "people", "source": REPLY}),
            ("73", 73, E, C, None, {"part_of": 3, "source": None}),
            ("more than two years", 2, LO, D, "year", {"source": None}),
        ],
    ),
    (
        "invented/Pakistani daily: the Balochistan spokesperson on Chaman",
        "QUETTA: Over 3,000 Afghan families have been repatriated through the Chaman border in "
        "the past one week, Balochistan government spokesperson Nadia Baloch said on Friday.\n\n"
        "She said that in total 1.2 million illegal foreigners were being repatriated in phases, "
        'and that the provincial government had set up 10 holding camps. "Each camp can '
        'accommodate 1,500 people," she added.',
        [
            ("Over 3,000", 3000, LO, C, None, {"head": "families", "source": "Nadia Baloch"}),
            ("one week", 1, E, D, "week", {"source": "Nadia Baloch"}),
            ("1.2 million", 1.2e6, E, C, None, {"head": "foreigners", "source": "Nadia Baloch"}),
            ("10", 10, E, C, None, {"head": "camps", "source": "Nadia Baloch"}),
            ("1,500", 1500, E, C, None, {"head": "people", "source": "Nadia Baloch"}),
        ],
    ),
    (
        "invented/Pakistani daily: N Ministry of Interior officials",
        "About 60 Ministry of Interior officials were posted to the holding centres.",
        [("About 60", 60, AP, C, None, {"head": "officials"})],
    ),
    (
        "invented/Bangladeshi daily: ..., while ..., said Name, post of the body.",
        "Rescuers pulled out 22 bodies, while nine are still missing, said Lt Colonel Abdur "
        "Rahim, commander of the Teknaf fire service.",
        [
            ("22", 22, E, C, None, {"head": "bodies", "source": "Abdur Rahim"}),
            ("nine", 9, E, C, None, {"source": "Abdur Rahim"}),
        ],
    ),
    # Batch 7: what is no figure in the style, and counts in words (written before the run).
    (
        "invented/Pakistani daily: children below five years is an age",
        "Around 1,200 children below five years were vaccinated against polio at Torkham.",
        [("Around 1,200", 1200, AP, C, None, {"head": "children"})],
    ),
    (
        "invented/Indian daily: aged between 18 and 60 is an age",
        "The scheme covers 3.2 lakh migrant workers aged between 18 and 60.",
        [("3.2 lakh", 3.2e5, E, C, None, {"head": "workers"})],
    ),
    (
        "invented/Pakistani daily: half a dozen families",
        "Half a dozen families were still living in the katchi abadi in Islamabad.",
        [("Half a dozen", 6, E, C, None, {"head": "families"})],
    ),
    (
        "invented/Indian daily: crore people",
        "Bihar sends out nearly 1.35 crore migrant workers to other States.",
        [("nearly 1.35 crore", 1.35e7, UP, C, None, {"head": "workers"})],
    ),
    (
        "invented/Bangladeshi daily: Camp-15 is a name",
        "A fire in Camp-15 in Jamtoli destroyed 240 shelters on Sunday.",
        [("240", 240, E, C, None, {"head": "shelters"})],
    ),
    (
        "invented/Bangladeshi daily: the 2017 influx is a year",
        "Most of the Rohingya arrived during the 2017 influx, when over 7 lakh people crossed.",
        [("over 7 lakh", 7e5, LO, C, None, {"head": "people"})],
    ),
    (
        "invented/Indian daily: a section with brackets is no figure",
        "Police booked 19 people under Section 3(2)(c) of the Foreigners Act.",
        [("19", 19, E, C, None, {"head": "people"})],
    ),
    (
        "invented/Indian daily: the 1951 Refugee Convention is a name",
        "India, which is not a party to the 1951 Refugee Convention, hosts about 2 lakh refugees.",
        [("about 2 lakh", 2e5, AP, C, None, {"head": "refugees"})],
    ),
    (
        "invented/Pakistani daily: the toll rose to N",
        "The death toll from the floods in Swat rose to 41 on Monday, the PDMA said.",
        [("41", 41, E, C, None, {"source": "PDMA"})],
    ),
    (
        "invented/Indian daily: N per cent of the State's population",
        "Migrants make up 12.3 per cent of the State's population, the survey found.",
        [("12.3 per cent", 12.3, E, P, "%", {"head": "population", "source": "survey"})],
    ),
    (
        "invented/Pakistani daily: a monthly stipend in Rs",
        "Each registered refugee family in Pakistan gets Rs3,500 a month from the UNHCR.",
        [("Rs3,500", 3500, E, M, "PKR")],
    ),
    (
        "invented/Bangladeshi daily: Gate No. and a block are names",
        "About 300 people gathered at Gate No. 3 of Block C-4 in Kutupalong.",
        [("About 300", 300, AP, C, None, {"head": "people"})],
    ),
    # Batch 8: two more stories where figures lean on what came before (written before the
    # run).
    (
        "invented/Pakistani daily: Punjab police detentions, a quote then Mr X",
        "LAHORE: The Punjab police have detained 2,140 Afghan nationals across the province "
        "since April 1, Inspector General of Police Rafiq Bhatti said on Thursday.\n\n"
        '"Of these, 1,870 have already been handed over to the FIA for deportation. The '
        'remaining 270 are being verified," he told a press conference at the Central Police '
        "Office.\n\n"
        "Mr Bhatti said 64 FIRs had been registered against landlords who rented out property "
        "to undocumented foreigners, and a fine of Rs50,000 had been imposed on each of them."
        "\n\n"
        "Rights activist Maryam Jamil claimed that nearly a third of those detained held valid "
        "PoR cards.",
        [
            ("2,140", 2140, E, C, None, {"head": "nationals", "source": "Rafiq Bhatti"}),
            ("1,870", 1870, E, C, None, {"part_of": 0, "source": "Rafiq Bhatti"}),
            ("270", 270, E, C, None, {"source": "Rafiq Bhatti"}),
            ("64", 64, E, C, None, {"head": "firs", "source": "Rafiq Bhatti"}),
            ("Rs50,000", 50000, E, M, "PKR", {"source": "Rafiq Bhatti"}),
            ("nearly a third", 100 / 3, UP, P, "%", {"source": "Maryam Jamil"}),
        ],
    ),
    (
        "invented/Afghan outlet: a UN Women official on women deported alone",
        "KABUL \u2014 At least 1,190 Afghan women deported from Iran over the past month arrived "
        "without a male guardian, a UN Women official told Amu on Monday, speaking on condition "
        "of anonymity.\n\n"
        "The official said 38 percent of them were widows and that many had spent more than 10 "
        "years in Iran. Aid agencies are providing each of these women with $100 in cash.\n\n"
        '"Some had lived in Mashhad for 20 years and have nowhere to go," she said.',
        [
            ("At least 1,190", 1190, LO, C, None, {"head": "women", "source": UNW}),
            ("38 percent", 38, E, P, "%", {"part_of": 0, "head": "women", "source": UNW}),
            ("more than 10 years", 10, LO, D, "year", {"source": UNW}),
            ("$100", 100, E, M, "USD", {"source": None}),
            ("20 years", 20, E, D, "year", {"source": UNW}),
        ],
    ),
    (
        "invented/Afghan outlet: afs after the amount",
        "The ministry has allocated 1.5 billion afs for returnees, and each family gets 5,000 "
        "Afs in cash.",
        [
            ("1.5 billion afs", 1.5e9, E, M, "AFN"),
            ("5,000 Afs", 5000, E, M, "AFN"),
        ],
    ),
    # Batch 9: three more stories (written before the run).
    (
        "invented/Bangladeshi daily: the verification list and the cleared names",
        "DHAKA: Bangladesh has sent Myanmar a list of 8.29 lakh Rohingyas for verification, but "
        "Naypyidaw has so far cleared only 1.8 lakh of them, Foreign Adviser Md Kamrul Hasan "
        "said yesterday.\n\n"
        "Of the cleared names, about 70,000 are expected to return in the first phase, he told "
        "reporters at the foreign ministry. The rest would go back in two more phases over 18 "
        "months.",
        [
            ("8.29 lakh", 8.29e5, E, C, None, {"head": "rohingyas", "source": MKH}),
            ("1.8 lakh", 1.8e5, E, C, None, {"head": "rohingyas", "part_of": 0, "source": MKH}),
            ("about 70,000", 70000, AP, C, None, {"part_of": 1, "source": MKH}),
            # (the sentence after the tag states them in the report's voice: no source, as
            # the dev set's gold does after "the authority said")
            ("two", 2, E, C, None, {"head": "phases", "source": None}),
            ("18 months", 18, E, D, "month", {"source": None}),
        ],
    ),
    (
        "invented/Afghan outlet: Torkham closed, trucks stranded",
        "Torkham crossing remained closed for the fifth consecutive day on Wednesday, leaving "
        "more than 5,000 trucks stranded on both sides, officials said.\n\n"
        "Mohammad Hashim, a truck driver, said he had been waiting for four days with 20 tonnes "
        'of fresh fruit worth about $30,000. "I have lost at least 400,000 afghanis," he '
        "said.\n\n"
        "Traders estimate the daily loss at $1.5 million.",
        [
            ("more than 5,000", 5000, LO, C, None, {"head": "trucks", "source": "officials"}),
            ("four days", 4, E, D, "day", {"source": "Mohammad Hashim"}),
            ("20 tonnes", 20, E, "measure", "metric_ton", {"source": "Mohammad Hashim"}),
            ("about $30,000", 30000, AP, M, "USD", {"source": "Mohammad Hashim"}),
            ("at least 400,000 afghanis", 400000, LO, M, "AFN", {"source": "Mohammad Hashim"}),
            ("$1.5 million", 1.5e6, E, M, "USD", {"source": "Traders"}),
        ],
    ),
    (
        "invented/Indian daily: Sri Lankan Tamil refugee camps",
        "CHENNAI: Tamil Nadu has 103 camps for Sri Lankan Tamil refugees, housing 58,457 "
        "people from 19,498 families, according to data from the Commissionerate of "
        "Rehabilitation. Another 33,000 refugees live outside the camps.\n\n"
        "The State spends about \u20b9110 crore a year on cash doles, officials said, with each "
        "head of family getting \u20b91,500 a month.",
        [
            ("103", 103, E, C, None, {"head": "camps", "source": COR}),
            ("58,457", 58457, E, C, None, {"head": "people", "source": COR}),
            ("19,498", 19498, E, C, None, {"head": "families", "source": COR}),
            ("33,000", 33000, E, C, None, {"head": "refugees", "source": None}),
            ("about \u20b9110 crore", 1.1e9, AP, M, "INR", {"source": "officials"}),
            ("\u20b91,500", 1500, E, M, "INR", {"source": "officials"}),
        ],
    ),
    (
        "invented/Pakistani daily: ..., but ..., X said on Friday.",
        "The government had promised 600 houses, but only 140 have been built, Minister Aslam "
        "Khan said on Friday.",
        [
            ("600", 600, E, C, None, {"source": "Aslam Khan"}),
            ("140", 140, E, C, None, {"source": "Aslam Khan"}),
        ],
    ),
    (
        "invented/Indian daily: Of the rescued migrants, N",
        "The Coast Guard rescued 212 migrants off Gujarat on Monday. Of the rescued migrants, 64 "
        "were taken to hospital.",
        [
            ("212", 212, E, C, None, {"part_of": None}),
            ("64", 64, E, C, None, {"part_of": 0}),
        ],
    ),
    (
        "invented/guard: Of the listed districts, N with no verb before",
        "Floods hit 30 districts in Assam. Of the listed villages, 120 are in Dhubri.",
        [
            ("30", 30, E, C, None, {"part_of": None}),
            ("120", 120, E, C, None, {"part_of": None}),
        ],
    ),
    # Batch 10: three more stories (written before the run).
    (
        "invented/Pakistani daily: overstay fines in a notification",
        "ISLAMABAD: Afghan nationals who overstayed their visas will have to pay a fine of $100 "
        "per month of overstay, capped at $1,000, before they can leave, the interior ministry "
        "said in a notification on Monday.\n\n"
        "According to the notification, around 1.1 lakh Afghans hold visas that expired after "
        "August 2021, of whom 38,000 are students. They have been given 30 days to regularise "
        "their stay.",
        [
            ("$100", 100, E, M, "USD", {"source": "interior ministry"}),
            ("$1,000", 1000, E, M, "USD", {"source": "interior ministry"}),
            ("around 1.1 lakh", 1.1e5, AP, C, None, {"head": "afghans", "source": NOTE}),
            ("38,000", 38000, E, C, None, {"head": "students", "part_of": 2, "source": NOTE}),
            ("30 days", 30, E, D, "day", {"source": None}),
        ],
    ),
    (
        "invented/Afghan outlet: townships for returnees in Kandahar",
        "Officials in Kandahar say 12 new townships are being built for returnees from "
        "Pakistan, with the first 2,400 plots distributed last week.\n\n"
        "The head of the Kandahar refugees department, Mawlawi Abdul Qadir Akhund, said 4,500 "
        "families had applied for land, of whom 60 percent had no home to return to.",
        [
            ("12", 12, E, C, None, {"head": "townships", "source": "Officials in Kandahar"}),
            ("2,400", 2400, E, C, None, {"head": "plots", "source": "Officials in Kandahar"}),
            (
                "4,500",
                4500,
                E,
                C,
                None,
                {"head": "families", "source": "Mawlawi Abdul Qadir Akhund"},
            ),
            (
                "60 percent",
                60,
                E,
                P,
                "%",
                {"head": "families", "part_of": 2, "source": "Mawlawi Abdul Qadir Akhund"},
            ),
        ],
    ),
    (
        "invented/Indian daily: Manipur's displaced in relief camps",
        "IMPHAL: More than 58,000 people displaced by the ethnic violence in Manipur continue "
        "to live in 270 relief camps, according to the State's Relief and Disaster Management "
        "Department.\n\n"
        "Of the displaced, about 14,000 are children, an official said. The Centre has released "
        "\u20b9400 crore for their rehabilitation, and 1,000 prefabricated houses have been "
        "built, the official added.",
        [
            ("More than 58,000", 58000, LO, C, None, {"head": "people", "source": RDMD}),
            ("270", 270, E, C, None, {"head": "camps", "source": RDMD}),
            ("about 14,000", 14000, AP, C, None, {"part_of": 0, "source": "an official"}),
            ("\u20b9400 crore", 4e9, E, M, "INR", {"source": "an official"}),
            ("1,000", 1000, E, C, None, {"head": "houses", "source": "an official"}),
        ],
    ),
    (
        "invented/guard: Of the injured, N with villages counted before",
        "Floods hit 300 villages in Dhemaji. Of the injured, 40 were taken to Guwahati.",
        [
            ("300", 300, E, C, None, {"part_of": None}),
            ("40", 40, E, C, None, {"part_of": None, "head": "injured"}),
        ],
    ),
    # Batch 11: layouts of the style (written before the run).
    (
        "invented/Indian daily: a headline with its source after a colon",
        "Over 2.3m Afghans return from Iran, Pakistan in 2025: UNHCR\n\n"
        "KABUL: The returns were the highest in two decades, the agency said.",
        [
            ("Over 2.3m", 2.3e6, LO, C, None, {"head": "afghans", "source": "UNHCR"}),
            ("two decades", 2, E, D, "decade", {"source": "UNHCR"}),
        ],
    ),
    (
        "invented/Indian daily: a flood bulletin's labelled lines",
        "The ASDMA bulletin on Tuesday said:\n\n"
        "Districts affected: 19\n"
        "Relief camps: 212\n"
        "Inmates in camps: 38,509\n"
        "Houses damaged: 1,403",
        [
            ("19", 19, E, C, None, {"head": "districts"}),
            ("212", 212, E, C, None, {"head": "camps"}),
            ("38,509", 38509, E, C, None, {"head": "inmates"}),
            ("1,403", 1403, E, C, None, {"head": "houses"}),
        ],
    ),
    (
        "invented/Bangladeshi daily: a bulleted list of arrivals",
        "According to the RRRC office:\n\n"
        "\u2022 1,120 Rohingyas arrived in January\n"
        "\u2022 2,340 in February\n"
        "\u2022 3,015 in March",
        [
            ("1,120", 1120, E, C, None, {"head": "rohingyas"}),
            ("2,340", 2340, E, C, None, {"head": "rohingyas"}),
            ("3,015", 3015, E, C, None, {"head": "rohingyas"}),
        ],
    ),
    (
        "invented/guard: a list item with its own noun keeps it",
        "Arrivals this year:\n\n\u2022 1,120 Rohingyas arrived in January\n\u2022 40 boats "
        "were seized in February",
        [
            ("1,120", 1120, E, C, None, {"head": "rohingyas"}),
            ("40", 40, E, C, None, {"head": "boats"}),
        ],
    ),
    # Batch 12: more of the style's ways of naming who speaks (written before the run).
    (
        "invented/Pakistani agency: said in a statement issued here",
        "The Commissionerate for Afghan Refugees said in a statement issued here on Monday that "
        "1,340 families had been repatriated.",
        [
            (
                "1,340",
                1340,
                E,
                C,
                None,
                {"head": "families", "source": "Commissionerate for Afghan Refugees"},
            )
        ],
    ),
    (
        "invented/Pakistani daily: X informed the Senate that",
        "Interior Minister Tariq Mehmood informed the Senate that 4,200 Afghans had been "
        "arrested in Karachi.",
        [("4,200", 4200, E, C, None, {"head": "afghans", "source": "Tariq Mehmood"})],
    ),
    (
        "invented/Indian daily: in a written reply to the Lok Sabha",
        "In a written reply to the Lok Sabha, Minister of State for Home Ajay Verma said 2,330 "
        "foreigners had been deported in 2024.",
        [("2,330", 2330, E, C, None, {"head": "foreigners", "source": "Ajay Verma"})],
    ),
    (
        "invented/Indian daily: a BSF spokesperson said",
        "A BSF spokesperson said 112 intruders were apprehended along the Bengal frontier in June.",
        [("112", 112, E, C, None, {"head": "intruders", "source": "A BSF spokesperson"})],
    ),
    (
        "invented/Bangladeshi daily: according to a senior BGB official",
        "At least 57 people were pushed into Bangladesh through Moulvibazar, according to a "
        "senior BGB official.",
        [
            (
                "At least 57",
                57,
                LO,
                C,
                None,
                {"head": "people", "source": "a senior BGB official"},
            )
        ],
    ),
    (
        "invented/Bangladeshi agency: X was quoted by BSS as saying",
        "Home Ministry additional secretary Abdul Momen was quoted by BSS as saying that 8,000 "
        "Rohingyas had been registered.",
        [("8,000", 8000, E, C, None, {"head": "rohingyas", "source": "Abdul Momen"})],
    ),
    (
        "invented/Pakistani daily: it was learnt",
        "It was learnt that 300 families had been moved from Sohrab Goth to the holding centre.",
        [("300", 300, E, C, None, {"head": "families", "source": None})],
    ),
    # Batch 13: ranges and changes as the style writes them (written before the run).
    (
        "invented/Pakistani daily: a glued pc range",
        "Transporters have raised fares by 15-20pc since the deadline, drivers said.",
        [("15-20pc", (15, 20), R, P, "%", {"head": None, "source": "drivers"})],
    ),
    (
        "invented/Indian daily: between N and M per cent",
        "Between 15 and 20 per cent of the workers have not been paid, the union said.",
        [("Between 15 and 20 per cent", (15, 20), R, P, "%", {"head": "workers"})],
    ),
    (
        "invented/Indian daily: declined from N lakh in a year to M lakh in the next",
        "Registrations declined from 2.1 lakh in 2023 to 1.6 lakh in 2024.",
        [
            ("2.1 lakh", 2.1e5, E, C, None, {"head": "registrations"}),
            ("1.6 lakh", 1.6e5, E, C, None, {"head": "registrations"}),
        ],
    ),
    (
        "invented/Pakistani daily: rose N pc to M",
        "Deportations from Punjab rose 40pc to 12,400 in March.",
        [
            ("40pc", 40, E, P, "%", {"head": None}),
            ("12,400", 12400, E, C, None, {"head": "deportations"}),
        ],
    ),
    (
        "invented/Bangladeshi daily: one-third of the N families",
        "One-third of the 3,200 families in Camp 4 Extension have no cooking fuel.",
        [
            ("One-third", 100 / 3, E, P, "%", {"part_of": 1, "head": "families"}),
            ("3,200", 3200, E, C, None, {"head": "families"}),
        ],
    ),
    (
        "invented/Indian daily: up from N last year",
        "The State recorded 3,140 pushbacks this year, up from 1,980 last year.",
        [
            ("3,140", 3140, E, C, None, {"head": "pushbacks"}),
            ("1,980", 1980, E, C, None, {"head": "pushbacks"}),
        ],
    ),
    # Batch 14: second references by title and surname, quotes across paragraphs (written
    # before the run).
    (
        "invented/Pakistani daily: the commissioner, then Mr Khan, then his quotes",
        "PESHAWAR: Khyber Pakhtunkhwa has issued 12,000 proof of registration cards to Afghan "
        "children born in the province since January, Commissioner for Afghan Refugees Abbas "
        "Khan said on Wednesday.\n\n"
        'Mr Khan said another 3,500 applications were pending. "We are processing around 150 '
        'cases a day," he said.\n\n'
        '"Most of these children have never been to Afghanistan," he added.\n\n'
        "He said the commissionerate had a budget of Rs80 million for the current fiscal year, "
        "of which Rs52 million had been spent.",
        [
            ("12,000", 12000, E, C, None, {"head": "cards", "source": "Abbas Khan"}),
            ("3,500", 3500, E, C, None, {"head": "applications", "source": "Abbas Khan"}),
            ("around 150", 150, AP, C, None, {"head": "cases", "source": "Abbas Khan"}),
            ("Rs80 million", 8e7, E, M, "PKR", {"source": "Abbas Khan"}),
            ("Rs52 million", 5.2e7, E, M, "PKR", {"part_of": 3, "source": "Abbas Khan"}),
        ],
    ),
    (
        "invented/Bangladeshi daily: Unicef, then Ms Lopes",
        "COX'S BAZAR: A total of 1,823 Rohingya children have been enrolled in the Myanmar "
        "curriculum pilot this year, up from 1,050 last year, Unicef said yesterday.\n\n"
        '"Education is the only hope these children have," said Maria Lopes, Unicef\'s chief '
        "of education in Cox's Bazar.\n\n"
        "Ms Lopes said 320 learning centres had been damaged in the monsoon, and that repairs "
        "would cost about $2.4 million.",
        [
            ("1,823", 1823, E, C, None, {"head": "children", "source": "Unicef"}),
            ("1,050", 1050, E, C, None, {"source": "Unicef"}),
            ("320", 320, E, C, None, {"head": "centres", "source": "Maria Lopes"}),
            ("about $2.4 million", 2.4e6, AP, M, "USD", {"source": "Maria Lopes"}),
        ],
    ),
    # Batch 15: brackets in Afghan and Bangladeshi copy (written before the run).
    (
        "invented/Afghan outlet: individuals with their families in brackets",
        "On Sunday, 1,432 individuals (302 families) returned through Spin Boldak, the ministry "
        "said.",
        [
            ("1,432", 1432, E, C, None, {"head": "individuals", "part_of": None}),
            ("302", 302, E, C, None, {"head": "families", "part_of": None}),
        ],
    ),
    (
        "invented/Afghan outlet: a total with its parts in brackets",
        "A total of 5,330 Afghans (4,120 from Iran and 1,210 from Pakistan) returned on Monday.",
        [
            ("5,330", 5330, E, C, None, {"head": "afghans"}),
            ("4,120", 4120, E, C, None, {"part_of": 0, "head": "afghans"}),
            ("1,210", 1210, E, C, None, {"part_of": 0, "head": "afghans"}),
        ],
    ),
    (
        "invented/Bangladeshi daily: Tk crore with dollars in brackets",
        "The government has spent Tk 7,500 crore ($615 million) on the camps since 2017.",
        [
            ("Tk 7,500 crore", 7.5e10, E, M, "BDT"),
            ("$615 million", 6.15e8, E, M, "USD"),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_southasia_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# The scores of each report as they stand (rounded down), so a regression fails.
FLOORS = {
    "15-acc-deadline-islamabad.txt": {
        "f1": 1.0, "bound": 1.0, "kind": 1.0, "head": 1.0, "low_high": 1.0, "part_of": 1.0,
        "source": 1.0,
    },
    "16-islam-qala-surge.txt": {
        "f1": 1.0, "bound": 1.0, "kind": 1.0, "head": 1.0, "low_high": 1.0, "part_of": 1.0,
        "source": 1.0,
    },
    "17-bhasan-char-relocation.txt": {
        "f1": 1.0, "bound": 1.0, "kind": 1.0, "head": 0.954, "low_high": 1.0, "part_of": 1.0,
        "source": 1.0,
    },
    "18-bengal-workers-odisha.txt": {
        "f1": 1.0, "bound": 1.0, "kind": 1.0, "head": 1.0, "low_high": 1.0, "part_of": 1.0,
        "source": 0.95,
    },
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floors(name):
    assert_floors(name, FLOORS[name])
