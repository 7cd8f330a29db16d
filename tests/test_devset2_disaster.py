"""Second dev set, batch ``ds2-disaster``: reports 51-54 of ``tests/fixtures/devset2``,
disaster and climate displacement copy and statistical releases, each in a different voice.
Before writing them, real reports of these kinds were read through the stored-pages search
(none is kept here): UNHCR/IDMC Global Trends copy as wires rewrite it, Business Recorder and
Samaa copy on NDMA flood data ("of which", houses fully and partially damaged, livestock),
SunStar, Tribune, Manila Bulletin and PNA copy on NDRRMC and DSWD (DROMIC) typhoon reports
("N families or M individuals", evacuation centers, P/PHP pesos), and dpa, Prothom Alo,
Firstpost and local copy on camp fires in Balukhali (shelters gutted, RRRC officials, APBn,
"about 12,000" made homeless). The four reports are invented (people, quotes and numbers);
places and organisations are real:

- 51-global-trends-record.txt: a wire story on a Global Trends-style release, 2026-06-12:
  record totals in millions, "Of the total", "one in every 62 people", a country ranking,
  returns "among them" refugees, a funded share of a budget, IDMC's disaster displacements.
- 52-punjab-flood-toll.txt: a Pakistani daily on an NDMA/PDMA flood toll, 2026-08-28: a toll
  that "rose to", a breakdown of the dead, houses "of which" fully and partially damaged,
  livestock, lakh, Rs lakh and billion, residents' allegation, a farmer's quote.
- 53-typhoon-rosal-evacuees.txt: a Manila paper on an NDRRMC sitrep, 2026-10-20: families
  or individuals, "Of these", evacuation centers, validated deaths, P pesos, DSWD aid.
- 54-balukhali-camp-fire.txt: a Bangladeshi daily on a fire in the Rohingya camps,
  2026-01-19: approximations, an RRRC commissioner, MSF, a range of shelters, Tk ranges,
  lakh, camp numbers and a clock time that are no figures.

The reports and their gold were committed (0b9ec49) before the extractor was first run on
them. The gold checker's wrapper (``tests/fixtures/devset2/check_gold.py``) was taught, in
that commit, what this copy needs: Philippine pesos written P, PHP or ₱ before the amount,
and a rate "one in every 62" / "two in five", which the project reads as a percentage
(100 x 1/62, as ``tests/test_real_probe_explainers.py`` and ``tests/test_unseen_styles.py``
do). The BLIND score (``python -m analysis.evaluate /tmp/disaster-blind --misses`` on that
commit, only this batch in the folder)::

    report                         gold  pred match      P      R     F1  date
    51-global-trends-record.txt      22    22    22  1.000  1.000  1.000  ok
    52-punjab-flood-toll.txt         22    22    22  1.000  1.000  1.000  ok
    53-typhoon-rosal-evacuees.txt    22    22    22  1.000  1.000  1.000  ok
    54-balukhali-camp-fire.txt       22    22    22  1.000  1.000  1.000  ok
    TOTAL                            88    88    88  1.000  1.000  1.000  1.000

    field accuracy over 88 matched figures:
      bound                         1.000  (88/88)
      kind                          1.000  (88/88)
      head                          0.989  (87/88)
      low_high                      1.000  (88/88)
      part_of                       0.932  (82/88)
      source                        0.932  (82/88)
      source (lenient: surname ok)  0.932  (82/88)
      counted                       0.898  (79/88)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      51-global-trends-record.txt '77.2 million': part_of: '131.4 million' -> nan
      51-global-trends-record.txt '43.1 million': part_of: '131.4 million' -> nan
      51-global-trends-record.txt '11.1 million': part_of: '131.4 million' -> nan
      51-global-trends-record.txt 'one in every 62': counted: 'people on Earth' -> 'people'
      51-global-trends-record.txt 'one in 88': counted: 'people on Earth' -> 'people'
      51-global-trends-record.txt '14.6 million': counted: 'people uprooted' -> 'people'
      51-global-trends-record.txt 'nearly 30 percent': counted: 'its population' -> 'population'
      51-global-trends-record.txt '71 percent': source: 'UNHCR' -> 'its annual Global Trends'; counted: "world's refugees" -> 'refugees'
      51-global-trends-record.txt 'about 3.5 million': head: 'refugees' -> 'people'; source: 'UNHCR' -> 'its annual Global Trends'; counted: 'refugees' -> 'people'
      51-global-trends-record.txt 'more than 80 percent': source: 'Internal Displacement Monitoring Centre' -> 'the Geneva-based monitor'
      52-punjab-flood-toll.txt '38,460': source: 'National Disaster Management Authority' -> 'its daily situation'
      52-punjab-flood-toll.txt '9,112': source: 'National Disaster Management Authority' -> 'its daily situation'
      52-punjab-flood-toll.txt '29,348': source: 'National Disaster Management Authority' -> 'its daily situation'
      52-punjab-flood-toll.txt 'fewer than 40': counted: 'families' -> 'families sheltering on the embankment'
      53-typhoon-rosal-evacuees.txt '48,216': part_of: '312,480' -> '1,146,905'
      53-typhoon-rosal-evacuees.txt '181,774': part_of: '1,146,905' -> nan
      53-typhoon-rosal-evacuees.txt '1,105': part_of: nan -> '1,146,905'
      53-typhoon-rosal-evacuees.txt 'more than 2 million': counted: 'food packs' -> 'food packs prepositioned in our warehouses'
      54-balukhali-camp-fire.txt '33': counted: 'camps in Ukhiya and Teknaf' -> 'camps'

No gold was changed after the blind run: every miss above was the extractor's (the counted
differences are not scored and are left as they are, see below).

Each failure that looked general became INVENTED rows in ``CASES`` below (other names and
numbers, the same construction), expected values written by hand before the extractor was
run on them; batches 2-15 then probed the four kinds of copy further (amount formats,
speakers, sitrep bullets, and short stories whose figures lean on the sentences before
them). Rows are ``(text, value or (low, high), bound, kind, unit[, fields])`` as in
``tests/test_unseen_styles.py``; ``part_of`` is the index of the whole among the expected
rows; a tuple of sources accepts any of them (open). A few expectations were corrected
after their first run for a slip of mine, each marked in its row (a bare "P" with no
Philippine context in the sentence; "treated" taken for a reporting verb; a whole's row
index; "raised over 14 areas", ambiguous, rewritten as "in 14 areas").

Passing before and after: the whole table run against the blind commit's package
(``analysis/`` of 0b9ec49 copied to a folder with this module, ``figure_checks.py`` and
``devset2_checks.py``; ``PYTHONPATH=<copy>:<copy>/tests python -m pytest
tests/test_devset2_disaster.py -k figures``): 189 rows, 150 passed and 39 failed before; 189
pass after. Batch by batch, on the branch as it stood when each was written: batch 1 4/16,
batch 2 21/24 (the 3 others my slips), batch 3 16/20, batch 4 15/17, batch 5 13/15, batch 6
3/4 stories, batches 7, 9, 17 and 18 all, batch 8 10/12, stories of batches 10-16: 2/4, 0/4,
4/4, 3/4, 3/4, 4/4, 4/4.

General rules added (each with its rows here):

- "Of the total, A ..., B ... and C ...": every item of the list is part of the total the
  sentence before gave (``_OPENING_OF_TOTAL_RE`` takes "Of the total," with its comma).
- "N families or M individuals" (DSWD/NDRRMC): after "Of these"/"of whom"/"Of the total",
  each item's whole is the count of its own noun beside the one found
  (``_same_noun_beside``); the second item of such a pair is an item too.
- A breakdown after a comma whose exact counts add up to the count before is its parts
  ("9,429 damaged houses, 351 totally and 9,078 partially").
- A list item after a preposition of place is no item ("4,100 were in Sylhet, in 12
  upazilas", "across six sites").
- "6 million of the conflict displacements": of the count the modifier went with.
- "Turkey hosted the largest number, 3.1 million" and "Uganda, with about 1.8 million," after
  a share of refugees: the bare count counts what was counted just before.
- "heads of livestock" counts livestock; "20 others missing" after a toll are people; "put
  the death toll in Dadu at 52" counts deaths.
- Sources: "X said in its daily situation report" keeps X (a possessive before "report"
  makes it a noun; the phrase closes the sentence's tag); "the Geneva-based monitor", "the
  Oslo-based group" are the body named before; "the UN refugee agency" (and other UN
  bodies' descriptions, ``analysis/data/body_descriptions.csv``) is the body the text names,
  and a later "the agency" is it too; "Per the NDRRMC's report," at a sentence's start;
  "The NDRRMC, in its 8 a.m. bulletin, reported"; a long role opening the sentence with "A"
  ("A senior official at the Ministry of Disaster Management and Relief, who ..., said");
  "he said" after "A spokesman for the <seven-word body>"; "placed/pegged the toll/damage
  at"; "according to its records" is the sentence's own subject; "Name, 45, of X upazila
  said"; a tag closing the sentence covers figures before ", where".
- Numbers: "rose from 12 on June 26 to 412" keeps the 412; "8 APBn" is a battalion's
  number; a bare "P" is a peso where the text names Philippine disaster bodies or Bicol
  and Eastern Visayas places.

Open conventions, left as they are: ``counted`` (not scored) differs on eight figures
above, where my gold itself is not consistent ("people on Earth", "its population",
"world's refugees" against the extractor's bare noun); "Signal No. 4 was raised over 14
areas" (a preposition that reads as "more than"); whether "34 injured" counts the injured
or people; whether "treated" names a source; a figure in an "Of these, ..." sentence with no
speaker of its own keeps a null source, as the project's gold does.

Final score (after the rules and a merge of main), ``python -m analysis.evaluate
/tmp/disaster-blind`` on this batch: F1 1.000 (88/88, no miss, no extra); bound, kind,
head, low_high, part_of and source 1.000; counted 0.909 (80/88, open, see above).
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import ANY, check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"
IDMC = "Internal Displacement Monitoring Centre"
ISCG = "Inter Sector Coordination Group"

# Batch 1: the constructions that failed in the four reports, each in other invented
# sentences (other names and numbers), expected rows written by hand before the first run.
CASES = [
    # "Of the total, A ..., B ... and C ...": every item of the list is part of the total
    # the sentence before gave, not only the first.
    (
        "invented/wire: Of the total, a list of parts",
        "Storms and floods displaced 9.6 million people across South Asia last year. Of the "
        "total, 5.2 million were in India, 2.7 million in Bangladesh and 1.1 million in "
        "Pakistan.",
        [
            ("9.6 million", 9.6e6, E, C, None, {"head": "people"}),
            ("5.2 million", 5.2e6, E, C, None, {"part_of": 0}),
            ("2.7 million", 2.7e6, E, C, None, {"part_of": 0}),
            ("1.1 million", 1.1e6, E, C, None, {"part_of": 0}),
        ],
    ),
    (
        "invented/wire: Of the total after a paragraph break",
        "Conflict forced 3.4 million people from their homes in the Sahel in 2025, the agency "
        "said.\n\nOf the total, 1.9 million are in Burkina Faso and 800,000 in Mali.",
        [
            ("3.4 million", 3.4e6, E, C, None, {"head": "people"}),
            ("1.9 million", 1.9e6, E, C, None, {"part_of": 0}),
            ("800,000", 8e5, E, C, None, {"part_of": 0}),
        ],
    ),
    (
        "invented/wire: Of the total, list items named after their verb",
        "Some 6.1 million people were uprooted in the region in 2025. Of the total, 3.9 "
        "million are internally displaced, 1.5 million are refugees and 700,000 are asylum "
        "seekers.",
        [
            ("Some 6.1 million", 6.1e6, AP, C, None, {"head": "people"}),
            ("3.9 million", 3.9e6, E, C, None, {"head": "people", "part_of": 0}),
            ("1.5 million", 1.5e6, E, C, None, {"head": "refugees", "part_of": 0}),
            ("700,000", 7e5, E, C, None, {"head": "seekers", "part_of": 0}),
        ],
    ),
    (
        "invented/guard: Of the total, a count after a preposition is no item",
        "The floods damaged 9,800 houses. Of the total, 4,100 were in Sylhet, in 12 upazilas.",
        [
            ("9,800", 9800, E, C, None, {"head": "houses"}),
            ("4,100", 4100, E, C, None, {"part_of": 0}),
            ("12", 12, E, C, None, {"head": "upazilas", "part_of": None}),
        ],
    ),
    (
        "invented/guard: Of the total with the part's own noun",
        "The storm damaged 14,200 houses. Of the total, 2,300 houses were washed away.",
        [
            ("14,200", 14200, E, C, None, {"head": "houses"}),
            ("2,300", 2300, E, C, None, {"head": "houses", "part_of": 0}),
        ],
    ),
    # "X said in its daily report": the speaker is X, not its report.
    (
        "invented/Business Recorder: said in its daily situation report",
        "Heavy rains have damaged 4,310 houses in Balochistan, of which 1,020 were fully "
        "destroyed, the PDMA said in its daily situation report.",
        [
            ("4,310", 4310, E, C, None, {"head": "houses", "source": "PDMA"}),
            ("1,020", 1020, E, C, None, {"part_of": 0, "source": "PDMA"}),
        ],
    ),
    (
        "invented/Business Recorder: a while clause, then said in its situation report",
        "Flash floods have destroyed 2,140 houses in Swat, while 3,600 livestock have been "
        "swept away, the Khyber Pakhtunkhwa PDMA said in its latest situation report.",
        [
            ("2,140", 2140, E, C, None, {"source": "Khyber Pakhtunkhwa PDMA"}),
            ("3,600", 3600, E, C, None, {"source": "Khyber Pakhtunkhwa PDMA"}),
        ],
    ),
    (
        "invented/guard: its members report, a verb after a plural",
        "The union said its members report 300 assaults a year.",
        [("300", 300, E, C, None, {"head": "assaults", "source": ("members", "union")})],
    ),
    (
        "invented/wire: said in its latest report that",
        "The World Food Programme said in its latest report that 2.3 million people in Haiti "
        "face acute hunger.",
        [("2.3 million", 2.3e6, E, C, None, {"source": "World Food Programme"})],
    ),
    (
        "invented/wire: said in its annual report, then the agency said",
        "The UN refugee agency UNHCR said in its annual Global Trends report that 42 million "
        "people were refugees. Germany took in 2.6 million refugees, the agency said.",
        [
            ("42 million", 42e6, E, C, None, {"source": "UNHCR"}),
            ("2.6 million", 2.6e6, E, C, None, {"source": "UNHCR"}),
        ],
    ),
    # "the Geneva-based monitor said": a described body named before.
    (
        "invented/wire: the Geneva-based monitor said",
        "The Internal Displacement Monitoring Centre (IDMC) recorded 45 million displacements "
        "in 2025. Floods caused 19 million of them, the Geneva-based monitor said.",
        [
            ("45 million", 45e6, E, C, None, {"source": IDMC}),
            ("19 million", 19e6, E, C, None, {"part_of": 0, "source": IDMC}),
        ],
    ),
    (
        "invented/AP: the Oslo-based group said",
        "The Norwegian Refugee Council said it had helped 9,200 families in Darfur this year. "
        "About 60 percent of them were headed by women, the Oslo-based group said.",
        [
            ("9,200", 9200, E, C, None, {"source": "Norwegian Refugee Council"}),
            (
                "About 60 percent",
                60,
                AP,
                P,
                "%",
                {"part_of": 0, "source": "Norwegian Refugee Council"},
            ),
        ],
    ),
    # "Of these, A families or B individuals are staying in C evacuation centers": each
    # count is part of the count of its own noun before; the centers are no part.
    (
        "invented/PNA: Of these, families or individuals in evacuation centers",
        "The storm affected 84,300 families or 310,560 individuals in Cagayan Valley. Of "
        "these, 12,450 families or 43,900 individuals are staying in 402 evacuation centers.",
        [
            ("84,300", 84300, E, C, None, {"head": "families"}),
            ("310,560", 310560, E, C, None, {"head": "individuals"}),
            ("12,450", 12450, E, C, None, {"head": "families", "part_of": 0}),
            ("43,900", 43900, E, C, None, {"head": "individuals", "part_of": 1}),
            ("402", 402, E, C, None, {"head": "centers", "part_of": None}),
        ],
    ),
    (
        "invented/Manila Bulletin: of whom, families or persons in centers",
        "A total of 5,120 families or 19,880 persons were affected in Albay, of whom 1,940 "
        "families or 7,010 persons are in 58 evacuation centers, the DSWD said.",
        [
            ("5,120", 5120, E, C, None, {"head": "families", "source": "DSWD"}),
            ("19,880", 19880, E, C, None, {"head": "persons", "source": "DSWD"}),
            ("1,940", 1940, E, C, None, {"part_of": 0, "source": "DSWD"}),
            ("7,010", 7010, E, C, None, {"head": "persons", "part_of": 1, "source": "DSWD"}),
            ("58", 58, E, C, None, {"head": "centers", "part_of": None, "source": "DSWD"}),
        ],
    ),
    # "Uganda, with about 1.8 million, ...": the count without a noun counts what the
    # figure before it in the sentence counted.
    (
        "invented/wire: a country with a bare count after a share of refugees",
        "Low-income countries hosted 38 percent of the world's refugees, and Uganda, with "
        "about 1.8 million, hosted the most in Africa.",
        [
            ("38 percent", 38, E, P, "%", {"head": "refugees"}),
            ("about 1.8 million", 1.8e6, AP, C, None, {"head": "refugees"}),
        ],
    ),
    (
        "invented/guard: followed by a country with a bare count",
        "Turkey hosts 3.1 million refugees, more than any other country, followed by "
        "Colombia, with 2.8 million.",
        [
            ("3.1 million", 3.1e6, E, C, None, {"head": "refugees"}),
            ("2.8 million", 2.8e6, E, C, None, {"head": "refugees"}),
        ],
    ),
]


# Batch 2: the four kinds of copy beyond the four reports (release totals and rankings, NDMA
# tallies, DSWD figures, camp fires), written by hand before the extractor was run on them.
CASES += [
    (
        "invented/wire: a rise by N, or a share, to a new total",
        "The number of refugees rose by 1.2 million, or 3 percent, to 43.1 million.",
        [
            ("1.2 million", 1.2e6, E, C, None, {"head": "refugees"}),
            ("3 percent", 3, E, P, "%", {"head": None}),
            ("43.1 million", 43.1e6, E, C, None, {"head": "refugees"}),
        ],
    ),
    (
        "invented/wire: a share hosted by a few countries",
        "Nearly 40 percent of the world's refugees are hosted by just five countries, the "
        "report found.",
        [
            ("Nearly 40 percent", 40, UP, P, "%", {"head": "refugees"}),
            ("five", 5, E, C, None, {"head": "countries"}),
        ],
    ),
    (
        "invented/wire: a ranking with counts in brackets",
        "Iran hosted 3.5 million refugees, followed by Turkey (2.9 million), Colombia (2.8 "
        "million) and Germany (2.7 million).",
        [
            ("3.5 million", 3.5e6, E, C, None, {"head": "refugees"}),
            ("2.9 million", 2.9e6, E, C, None, {"head": "refugees", "part_of": None}),
            ("2.8 million", 2.8e6, E, C, None, {"head": "refugees", "part_of": None}),
            ("2.7 million", 2.7e6, E, C, None, {"head": "refugees", "part_of": None}),
        ],
    ),
    (
        "invented/wire: the second-highest figure is no figure",
        "Some 2.3 million people were newly displaced by disasters in the Philippines, the "
        "second-highest figure after China.",
        [("Some 2.3 million", 2.3e6, AP, C, None, {"head": "people"})],
    ),
    (
        "invented/IDMC: the highest since records began in a year",
        "IDMC recorded 45.8 million disaster displacements, the highest since records began "
        "in 2008.",
        [("45.8 million", 45.8e6, E, C, None, {"head": "displacements", "source": "IDMC"})],
    ),
    (
        "invented/wire: one in N set off by dashes",
        "Some 33 million people, one in seven Pakistanis, were affected by the floods.",
        [
            ("Some 33 million", 33e6, AP, C, None, {"head": "people"}),
            ("one in seven", 100 / 7, E, P, "%"),
        ],
    ),
    (
        "invented/Business Recorder: killed since a date, including two groups",
        "The NDMA said 1,545 people had been killed since June 14, including 552 children "
        "and 318 women.",
        [
            ("1,545", 1545, E, C, None, {"head": "people", "source": "NDMA"}),
            ("552", 552, E, C, None, {"head": "children", "part_of": 0, "source": "NDMA"}),
            ("318", 318, E, C, None, {"head": "women", "part_of": 0, "source": "NDMA"}),
        ],
    ),
    (
        "invented/Business Recorder: out of N deaths, provinces listed",
        "Out of 1,545 deaths, Sindh has reported 678, Khyber Pakhtunkhwa 306 and Balochistan 299.",
        [
            ("1,545", 1545, E, C, None, {"head": "deaths"}),
            ("678", 678, E, C, None, {"head": "deaths", "part_of": 0}),
            ("306", 306, E, C, None, {"head": "deaths", "part_of": 0}),
            ("299", 299, E, C, None, {"head": "deaths", "part_of": 0}),
        ],
    ),
    (
        "invented/Business Recorder: livestock swept away, of which in a province",
        "The floods have also swept away 935,795 livestock, of which 208,579 were in Sindh.",
        [
            ("935,795", 935795, E, C, None, {"head": "livestock"}),
            ("208,579", 208579, E, C, None, {"head": "livestock", "part_of": 0}),
        ],
    ),
    (
        "invented/Dawn: the toll rose by N to M in the past hours",
        "The death toll rose by 37 to 1,545 in the past 24 hours.",
        [
            ("37", 37, E, C, None, {"head": "deaths"}),
            ("1,545", 1545, E, C, None, {"head": "deaths"}),
            ("24 hours", 24, E, D, "hour"),
        ],
    ),
    (
        "invented/Dawn: relief goods worth an amount, including tents",
        "Relief goods worth Rs1.2 billion, including 50,000 tents, have been dispatched to Sindh.",
        [
            ("Rs1.2 billion", 1.2e9, E, M, "PKR"),
            ("50,000", 50000, E, C, None, {"head": "tents", "part_of": None}),
        ],
    ),
    (
        "invented/The News: lakh people shifted to relief camps",
        "Over 4.5 lakh people have been shifted to 2,400 relief camps, the PDMA said.",
        [
            ("Over 4.5 lakh", 450000, LO, C, None, {"head": "people", "source": "PDMA"}),
            ("2,400", 2400, E, C, None, {"head": "camps", "source": "PDMA"}),
        ],
    ),
    (
        "invented/PNA: a money total including standby funds",
        "The DSWD has prepositioned P1.3 billion worth of relief goods, including P180 million "
        "in standby funds.",
        [
            ("P1.3 billion", 1.3e9, E, M, "PHP"),
            ("P180 million", 180e6, E, M, "PHP", {"part_of": 0}),
        ],
    ),
    (
        "invented/Inquirer: of the deaths, some still being validated",
        "Of the 14 reported deaths, six are still being validated, NDRRMC spokesperson Raul "
        "Gatdula said.",
        [
            ("14", 14, E, C, None, {"head": "deaths", "source": "Raul Gatdula"}),
            ("six", 6, E, C, None, {"head": "deaths", "part_of": 0, "source": "Raul Gatdula"}),
        ],
    ),
    (
        "invented/PNA: PHP before the amount",
        "Damage to infrastructure was estimated at PHP6.8 billion in nine regions.",
        [("PHP6.8 billion", 6.8e9, E, M, "PHP"), ("nine", 9, E, C, None, {"head": "regions"})],
    ),
    (
        "invented/PCG: stranded passengers, cargoes, vessels and motorbancas",
        "A total of 3,214 passengers, 1,022 rolling cargoes, 87 vessels and 12 motorbancas "
        "were stranded, the Philippine Coast Guard said.",
        [
            ("3,214", 3214, E, C, None, {"head": "passengers"}),
            ("1,022", 1022, E, C, None, {"head": "cargoes"}),
            ("87", 87, E, C, None, {"head": "vessels"}),
            ("12", 12, E, C, None, {"head": "motorbancas"}),
        ],
    ),
    (
        # (expected text corrected after the first run: a bare "P" is a peso only where the
        # text names the Philippines or its bodies, as the report's sentences do; this one
        # first named none, and gave no figure; now the DSWD is named)
        "invented/Manila Bulletin: a peso range of cash aid",
        "Affected families in Albay will receive P5,000 to P10,000 in emergency cash "
        "transfers from the DSWD.",
        [("P5,000 to P10,000", (5000, 10000), R, M, "PHP")],
    ),
    (
        "invented/Rappler: the peso sign",
        "The city government released ₱2.5 million for the evacuees.",
        [("₱2.5 million", 2.5e6, E, M, "PHP")],
    ),
    (
        # (sentence changed after the first run: "Signal No. 4 was raised over 14 areas"
        # has a preposition "over" that reads as "more than"; left open, see the report)
        "invented/PAGASA copy: a signal number is no figure",
        "Signal No. 4 was raised in 14 areas in Bicol.",
        [("14", 14, E, C, None, {"head": "areas"})],
    ),
    (
        "invented/dpa: a blaze leaving people homeless, said an additional commissioner",
        "The blaze destroyed at least 2,000 shelters, leaving about 12,000 Rohingya homeless, "
        "said Additional Refugee Relief and Repatriation Commissioner Mohammad Shafiqul Islam.",
        [
            ("at least 2,000", 2000, LO, C, None, {"head": "shelters"}),
            ("about 12,000", 12000, AP, C, None, {"head": "rohingya"}),
        ],
    ),
    (
        "invented/Prothom Alo: a dozen million hosted, including those after a month",
        "The camps host more than 1 million Rohingya, including about 700,000 who arrived "
        "after August 2017.",
        [
            ("more than 1 million", 1e6, LO, C, None, {"head": "rohingya"}),
            ("about 700,000", 7e5, AP, C, None, {"part_of": 0}),
        ],
    ),
    (
        "invented/MSF: patients, N of them children",
        "MSF teams treated 17 patients for burns, 11 of them children.",
        [
            # ("treated" names no source: the schema's agents are of recorded, registered,
            # screened, verified; the source first expected here was a slip, removed)
            ("17", 17, E, C, None, {"head": "patients"}),
            ("11", 11, E, C, None, {"head": "children", "part_of": 0}),
        ],
    ),
    (
        "invented/Daily Star: people and families set off by dashes",
        "The fire left some 12,000 people \u2014 about 2,000 families \u2014 without shelter.",
        [
            ("some 12,000", 12000, AP, C, None, {"head": "people"}),
            ("about 2,000", 2000, AP, C, None, {"head": "families"}),
        ],
    ),
    (
        "invented/AFP: firefighters took hours to douse the flames",
        "Firefighters took nearly three hours to douse the flames in Camp 5.",
        [("nearly three hours", 3, UP, D, "hour")],
    ),
]

# Batch 3: speakers, wholes and nouns as this copy names them, second references and
# documents, written by hand before the extractor was run on them.
NDRRMC = "National Disaster Risk Reduction and Management Council"
CASES += [
    (
        "invented/Inquirer: the council's latest report showed",
        "The National Disaster Risk Reduction and Management Council said 14 people had died. "
        "The council's latest report showed 12,400 houses were damaged.",
        [
            ("14", 14, E, C, None, {"source": NDRRMC}),
            ("12,400", 12400, E, C, None, {"head": "houses", "source": NDRRMC}),
        ],
    ),
    (
        "invented/Business Recorder: data shared by the NDMA showed",
        "Data shared by the NDMA showed that 2,114 houses were damaged in Sindh.",
        [("2,114", 2114, E, C, None, {"head": "houses", "source": "NDMA"})],
    ),
    (
        "invented/wire: the UN refugee agency said after UNHCR",
        "UNHCR has registered 28,000 new arrivals since January. Most of them are women and "
        "children, and about 9,000 are under 12, the UN refugee agency said.",
        [
            ("28,000", 28000, E, C, None, {"source": "UNHCR"}),
            ("about 9,000", 9000, AP, C, None, {"source": "UNHCR"}),
        ],
    ),
    (
        "invented/PNA: in its latest sitrep, the council reported",
        "In its latest sitrep, the NDRRMC reported 27 deaths in Bicol.",
        [("27", 27, E, C, None, {"head": "deaths", "source": "NDRRMC"})],
    ),
    (
        "invented/Rappler: figures compiled by the Red Cross",
        "At least 8,300 families were displaced, according to figures compiled by the "
        "Philippine Red Cross.",
        [("At least 8,300", 8300, LO, C, None, {"source": "Philippine Red Cross"})],
    ),
    (
        "invented/Daily Star: a quote, then the commissioner named after said",
        '"We counted 1,640 burnt shelters by evening," said Mohammed Mizanur Khan, the '
        "refugee relief and repatriation commissioner.",
        [("1,640", 1640, E, C, None, {"head": "shelters", "source": "Mohammed Mizanur Khan"})],
    ),
    (
        "invented/Daily Star: the deputy commissioner said",
        "Cox's Bazar Deputy Commissioner Md Rashedul Karim said 26 learning centres had burned.",
        [("26", 26, E, C, None, {"head": "centres", "source": "Md Rashedul Karim"})],
    ),
    (
        "invented/Daily Star: of the injured, some in critical condition",
        "Of the 34 injured, five were in critical condition, hospital officials said.",
        [
            # (whether "34 injured" counts the injured or people is open, as "treated 415
            # wounded" is in ds2-regions: the head is left unchecked)
            ("34", 34, E, C, None, {"source": "hospital officials"}),
            ("five", 5, E, C, None, {"part_of": 0, "source": "hospital officials"}),
        ],
    ),
    (
        "invented/Business Recorder: a province accounted for N of the M deaths",
        "Sindh accounted for 678 of the 1,545 deaths, the NDMA said.",
        [
            ("678", 678, E, C, None, {"head": "deaths", "part_of": 1, "source": "NDMA"}),
            ("1,545", 1545, E, C, None, {"head": "deaths", "source": "NDMA"}),
        ],
    ),
    (
        "invented/Reuters: N people had died, N of them children",
        "The NDMA said 412 people had died, 187 of them children.",
        [
            ("412", 412, E, C, None, {"head": "people", "source": "NDMA"}),
            ("187", 187, E, C, None, {"head": "children", "part_of": 0, "source": "NDMA"}),
        ],
    ),
    (
        "invented/wire: destroyed and another N partially damaged",
        "A total of 1,812 shelters were destroyed and another 340 partially damaged.",
        [
            ("1,812", 1812, E, C, None, {"head": "shelters", "part_of": None}),
            ("340", 340, E, C, None, {"head": "shelters", "part_of": None}),
        ],
    ),
    (
        "invented/PNA: the toll stood at N",
        "The toll stood at 27 on Tuesday, the OCD said.",
        [("27", 27, E, C, None, {"head": "deaths", "source": "OCD"})],
    ),
    (
        "invented/Dawn: heads of livestock",
        "The floods killed 1.1 million heads of livestock in Sindh.",
        [("1.1 million", 1.1e6, E, C, None, {"head": "livestock"})],
    ),
    (
        "invented/PNA: damaged houses, totally and partially",
        "There were 9,429 damaged houses, 351 totally and 9,078 partially.",
        [
            ("9,429", 9429, E, C, None, {"head": "houses"}),
            ("351", 351, E, C, None, {"head": "houses", "part_of": 0}),
            ("9,078", 9078, E, C, None, {"head": "houses", "part_of": 0}),
        ],
    ),
    (
        "invented/Dawn: a duration range in hours",
        "The Indus is expected to peak at Kotri within 48 to 72 hours.",
        [("48 to 72 hours", (48, 72), R, D, "hour")],
    ),
    (
        "invented/Business Recorder: a 24-hour period",
        "Twelve deaths were reported in a 24-hour period.",
        [
            ("Twelve", 12, E, C, None, {"head": "deaths"}),
            ("24-hour", 24, E, D, "hour"),
        ],
    ),
    (
        "invented/Daily Star: Tk crore and Tk lakh",
        "The government allocated Tk 2 crore for rebuilding and Tk 10 lakh for food in the camps.",
        [("Tk 2 crore", 2e7, E, M, "BDT"), ("Tk 10 lakh", 1e6, E, M, "BDT")],
    ),
    (
        "invented/Dawn: Rs per family",
        "Each affected family will get Rs 50,000, the chief minister said.",
        [("Rs 50,000", 50000, E, M, "PKR", {"source": "chief minister"})],
    ),
    (
        "invented/PNA: PHP with a space and a decimal billion",
        "The DSWD said it had extended PHP 1.7 billion in aid to typhoon victims in Luzon.",
        [("PHP 1.7 billion", 1.7e9, E, M, "PHP", {"source": "DSWD"})],
    ),
    (
        "invented/UNHCR: funded at a share of an appeal",
        "The 2026 Joint Response Plan, which seeks $934 million, is only 18 percent funded.",
        [
            ("$934 million", 934e6, E, M, "USD"),
            ("18 percent", 18, E, P, "%", {"part_of": 0}),
        ],
    ),
]


# Batch 4: more of the same copy (levels a year earlier, fractions, rates, "out of", toll
# breakdowns after a colon, camp and battalion numbers), written by hand before the
# extractor was run on them.
CASES += [
    (
        "invented/wire: up from a level a year earlier",
        "Forced displacement rose to 123.2 million, up from 117.3 million a year earlier.",
        [
            ("123.2 million", 123.2e6, E, C, None, {"head": "people"}),
            ("117.3 million", 117.3e6, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/wire: more than half of refugees from three countries",
        "More than half of all refugees come from just three countries.",
        [
            ("More than half", 50, LO, P, "%", {"head": "refugees"}),
            ("three", 3, E, C, None, {"head": "countries"}),
        ],
    ),
    (
        "invented/wire: the first half of a year is no figure",
        "In the first half of 2025, 1.2 million people returned to Syria.",
        [("1.2 million", 1.2e6, E, C, None, {"head": "people"})],
    ),
    (
        "invented/wire: one in N in digits",
        "Globally, 1 in 67 people has been forced to flee.",
        [("1 in 67", 100 / 67, E, P, "%")],
    ),
    (
        "invented/Dawn: N out of M districts",
        "Floods have hit 32 out of 36 districts in Punjab.",
        [
            ("32", 32, E, C, None, {"head": "districts", "part_of": 1}),
            ("36", 36, E, C, None, {"head": "districts"}),
        ],
    ),
    (
        "invented/Dawn: a percent range of rain above normal",
        "The Met Office has forecast 25 to 50 per cent more rain than normal in August.",
        [("25 to 50 per cent", (25, 50), R, P, "%")],
    ),
    (
        "invented/Business Recorder: people including children have died",
        "A total of 1,391 people, including 393 children, have died since June.",
        [
            ("1,391", 1391, E, C, None, {"head": "people"}),
            ("393", 393, E, C, None, {"head": "children", "part_of": 0}),
        ],
    ),
    (
        "invented/PNA: Of the total, families or persons in centers",
        "The weather disturbances affected 4,884 families or 16,891 persons in 43 barangays. "
        "Of the total, 1,180 families or 4,189 persons are in 16 evacuation centers.",
        [
            ("4,884", 4884, E, C, None, {"head": "families"}),
            ("16,891", 16891, E, C, None, {"head": "persons"}),
            ("43", 43, E, C, None, {"head": "barangays"}),
            ("1,180", 1180, E, C, None, {"head": "families", "part_of": 0}),
            ("4,189", 4189, E, C, None, {"head": "persons", "part_of": 1}),
            ("16", 16, E, C, None, {"head": "centers", "part_of": None}),
        ],
    ),
    (
        "invented/PNA: a hyphenated number word opening the sentence",
        "Ninety-eight persons were reported dead while 63 were missing, the NDRRMC said.",
        [
            ("Ninety-eight", 98, E, C, None, {"head": "persons", "source": "NDRRMC"}),
            ("63", 63, E, C, None, {"source": "NDRRMC"}),
        ],
    ),
    (
        "invented/PNA: of the N, M are confirmed",
        "Of the 98, 58 individuals are confirmed dead, the council said.",
        [
            ("98", 98, E, C, None),
            ("58", 58, E, C, None, {"head": "individuals", "part_of": 0}),
        ],
    ),
    (
        "invented/Manila Bulletin: a toll broken down after a colon",
        "The death toll rose to 19: eight in Cagayan Valley, four in the Cordillera and seven "
        "in Ilocos.",
        [
            ("19", 19, E, C, None, {"head": "deaths"}),
            ("eight", 8, E, C, None, {"part_of": 0}),
            ("four", 4, E, C, None, {"part_of": 0}),
            ("seven", 7, E, C, None, {"part_of": 0}),
        ],
    ),
    (
        "invented/wire: dead, injured and missing in one sentence",
        "At least 15 people died, 560 were injured and 400 remain missing, UNHCR said.",
        [
            ("At least 15", 15, LO, C, None, {"head": "people", "source": "UNHCR"}),
            ("560", 560, E, C, None, {"source": "UNHCR"}),
            ("400", 400, E, C, None, {"source": "UNHCR"}),
        ],
    ),
    (
        "invented/AP: incidents including cases of arson",
        "There were 222 fire incidents in the camps over two years, including 60 cases of "
        "arson, a defence ministry report said.",
        [
            ("222", 222, E, C, None, {"head": "incidents"}),
            ("two years", 2, E, D, "year"),
            ("60", 60, E, C, None, {"head": "cases", "part_of": 0}),
        ],
    ),
    (
        "invented/Daily Star: camp and block names are no figures",
        "The fire spread from Camp 8W to Camp 9 and Block B-12 before it was put out.",
        [],
    ),
    (
        "invented/Daily Star: a battalion's number is no figure",
        "Commander of 8 APBn Mohammad Amir Hossain said no one was hurt.",
        [],
    ),
    (
        "invented/Daily Star: Tk lakh with a decimal",
        "Each family that lost its shelter will get Tk 1.5 lakh from the government.",
        [("Tk 1.5 lakh", 150000, E, M, "BDT")],
    ),
    (
        "invented/Daily Star: a range of people with about",
        "The fire made between 5,000 and 6,000 people homeless, officials said.",
        [("between 5,000 and 6,000", (5000, 6000), R, C, None, {"head": "people"})],
    ),
]


# Batch 5: who gives the figure in this copy (titles and ranks, "according to the PDMA's
# report", "Per the NDRRMC's report", data of a body, a quote's speaker named in the
# sentence before), written by hand before the extractor was run on them.
CASES += [
    (
        "invented/UNHCR briefing: speaking to reporters, a spokesperson said",
        "Speaking to reporters in Geneva, UNHCR spokesperson Olga Martens said 2,500 people "
        "had crossed into Chad since Sunday.",
        [("2,500", 2500, E, C, None, {"head": "people", "source": "Olga Martens"})],
    ),
    (
        "invented/Dawn: a general told a press conference, a quote first",
        '"We have recorded 63 deaths so far," NDMA Chairman Lt Gen Kamran Shafiq told a press '
        "conference in Islamabad.",
        [("63", 63, E, C, None, {"head": "deaths", "source": "Kamran Shafiq"})],
    ),
    (
        "invented/The News: according to the PDMA's latest report",
        "According to the PDMA's latest report, 1,284 villages were inundated in Punjab.",
        [("1,284", 1284, E, C, None, {"head": "villages", "source": "PDMA"})],
    ),
    (
        "invented/Inquirer: a mayor said residents were evacuated",
        "Mayor Ramil Dagohoy said 4,500 residents of Marikina had been evacuated.",
        [("4,500", 4500, E, C, None, {"head": "residents", "source": "Ramil Dagohoy"})],
    ),
    (
        "invented/Daily Star: an additional commissioner told the paper",
        "Mohammad Shamsul Huda, additional RRRC, told The Daily Star that around 2,000 "
        "shelters were gutted.",
        [
            (
                "around 2,000",
                2000,
                AP,
                C,
                None,
                {"head": "shelters", "source": "Mohammad Shamsul Huda"},
            )
        ],
    ),
    (
        "invented/Daily Star: officials estimated the damage",
        "RRRC officials estimated the damage at Tk 5 crore.",
        [("Tk 5 crore", 5e7, E, M, "BDT", {"source": "RRRC officials"})],
    ),
    (
        "invented/wire: a monitor's director said",
        "IDMC director Tomas Lindqvist said disasters had displaced 26.4 million people last year.",
        [("26.4 million", 26.4e6, E, C, None, {"head": "people", "source": "Tomas Lindqvist"})],
    ),
    (
        "invented/Dawn: a minister estimated the losses",
        "Planning Minister Tariq Hameed estimated the losses at $30 billion.",
        [("$30 billion", 30e9, E, M, "USD", {"source": "Tariq Hameed"})],
    ),
    (
        "invented/Dawn: a quote's speaker named in the sentence before",
        'Relief Commissioner Nabeel Javed visited the camps in Dadu on Sunday. "Around 1,500 '
        'families are still without tents," he said.',
        [("Around 1,500", 1500, AP, C, None, {"head": "families", "source": "Nabeel Javed"})],
    ),
    (
        "invented/PNA: the DSWD, for its part, said",
        "The DSWD, for its part, said it had distributed 300,000 food packs.",
        [("300,000", 300000, E, C, None, {"head": "packs", "source": "DSWD"})],
    ),
    (
        "invented/PNA: data from a monitoring system showed",
        "Data from the DROMIC showed 8,082 families were in evacuation centers.",
        [("8,082", 8082, E, C, None, {"head": "families", "source": "DROMIC"})],
    ),
    (
        "invented/PNA: per the council's report",
        "Per the NDRRMC's 6 a.m. report, 27 people have died.",
        [("27", 27, E, C, None, {"head": "people", "source": "NDRRMC"})],
    ),
    (
        "invented/PNA: the council's data showed families or individuals in centers",
        "NDRRMC data showed that 20,622 families or 74,283 individuals were in 940 evacuation "
        "centers.",
        [
            ("20,622", 20622, E, C, None, {"head": "families", "source": "NDRRMC"}),
            ("74,283", 74283, E, C, None, {"head": "individuals", "source": "NDRRMC"}),
            ("940", 940, E, C, None, {"head": "centers", "source": "NDRRMC"}),
        ],
    ),
    (
        "invented/Dawn: bringing the toll since a date to N",
        "Rains killed 21 people in the last 48 hours, bringing the toll since June 26 to 412.",
        [
            ("21", 21, E, C, None, {"head": "people"}),
            ("48 hours", 48, E, D, "hour"),
            ("412", 412, E, C, None, {"head": "deaths"}),
        ],
    ),
    (
        "invented/Business Recorder: a toll from N on a day to M",
        "The national toll rose from 219 on July 8 to 412 on Thursday.",
        [
            ("219", 219, E, C, None, {"head": "deaths"}),
            ("412", 412, E, C, None, {"head": "deaths"}),
        ],
    ),
    (
        "invented/guard: a span of days after a month",
        "Schools in Kasur will stay shut from August 26 to 29, officials said.",
        [],
    ),
    (
        "invented/guard: Per and a first name",
        "Per Lindgren, a Red Cross delegate, said 40 families had lost their homes.",
        [("40", 40, E, C, None, {"head": "families", "source": "Per Lindgren"})],
    ),
    (
        "invented/wire: a share of the population restating a count",
        "The floods affected 33 million people, about 15 per cent of the population.",
        [
            ("33 million", 33e6, E, C, None, {"head": "people"}),
            ("about 15 per cent", 15, AP, P, "%", {"head": "population", "part_of": None}),
        ],
    ),
]


# Batch 6: short stories in the four voices, whose figures lean on the sentences before them
# (sources carried by "he said" and "the council said", wholes named a sentence earlier,
# nouns left out), written by hand before the extractor was run on them.
CASES += [
    (
        "invented/PNA story: a storm's toll, families or individuals, then a director",
        "MANILA \u2014 Tropical Storm Kiko left four people dead in Eastern Visayas, the "
        "NDRRMC said Sunday. The council said 12,380 families or 45,102 individuals were "
        "affected in 210 barangays. Of these, 2,104 families or 7,880 individuals are in 64 "
        "evacuation centers. OCD Eastern Visayas director Ramil Escober said damage to "
        "agriculture had reached P42 million.",
        [
            ("four", 4, E, C, None, {"head": "people", "source": "NDRRMC"}),
            ("12,380", 12380, E, C, None, {"head": "families", "source": "NDRRMC"}),
            ("45,102", 45102, E, C, None, {"head": "individuals", "source": "NDRRMC"}),
            ("210", 210, E, C, None, {"head": "barangays", "source": "NDRRMC"}),
            ("2,104", 2104, E, C, None, {"head": "families", "part_of": 1, "source": None}),
            ("7,880", 7880, E, C, None, {"head": "individuals", "part_of": 2, "source": None}),
            ("64", 64, E, C, None, {"head": "centers", "part_of": None, "source": None}),
            ("P42 million", 42e6, E, M, "PHP", {"source": "Ramil Escober"}),
        ],
    ),
    (
        "invented/Dawn story: a spokesperson, then he said, adding that N of them",
        "LAHORE: The Punjab government has set up 412 relief camps in flood-hit districts, a "
        "PDMA spokesperson said on Monday. Around 2.1 lakh people have been evacuated so far, "
        "he said, adding that 58,000 of them were in Kasur district.",
        [
            ("412", 412, E, C, None, {"head": "camps", "source": "a PDMA spokesperson"}),
            ("Around 2.1 lakh", 210000, AP, C, None, {"source": "a PDMA spokesperson"}),
            (
                "58,000",
                58000,
                E,
                C,
                None,
                {"head": "people", "part_of": 1, "source": "a PDMA spokesperson"},
            ),
        ],
    ),
    (
        "invented/Daily Star story: another fire, ordinals and camp numbers",
        "Another fire broke out in Camp 13 in Ukhiya on Friday night, destroying 47 "
        "shelters, police said. No one was hurt. It was the fourth fire in the camps this "
        "month, according to the Armed Police Battalion. In January, a blaze in Camp 5 gutted "
        "more than 800 shelters and left about 5,000 people homeless.",
        [
            ("47", 47, E, C, None, {"head": "shelters", "source": "police"}),
            ("more than 800", 800, LO, C, None, {"head": "shelters", "source": None}),
            ("about 5,000", 5000, AP, C, None, {"head": "people", "source": None}),
        ],
    ),
    (
        "invented/wire story: hosts ranked, the noun left out",
        "The report found that 69 percent of refugees lived in countries neighbouring their "
        "own. Turkey hosted the largest number, 3.1 million, followed by Iran with 3 million.",
        [
            ("69 percent", 69, E, P, "%", {"head": "refugees"}),
            ("3.1 million", 3.1e6, E, C, None, {"head": "refugees"}),
            ("3 million", 3e6, E, C, None, {"head": "refugees"}),
        ],
    ),
    (
        "invented/IDMC story: the second-highest total, the noun left out",
        "Floods triggered 19.2 million displacements in South Asia last year. India recorded "
        "the highest number, 8.1 million, and Bangladesh the second-highest total, 4.4 million.",
        [
            ("19.2 million", 19.2e6, E, C, None, {"head": "displacements"}),
            ("8.1 million", 8.1e6, E, C, None, {"head": "displacements"}),
            ("4.4 million", 4.4e6, E, C, None, {"head": "displacements"}),
        ],
    ),
    (
        "invented/guard: the highest number with nothing counted before",
        "Sindh reported the highest number, 678, in Thursday's update.",
        [("678", 678, E, C, None)],
    ),
]


# Batch 7: how this copy writes amounts (Rs. with a point, PKR and BDT codes, P with a B
# for billion, centavos, lakh and crore of people, prefixed ranges, hyphenated units),
# written by hand before the extractor was run on them.
CASES += [
    (
        "invented/APP: Rs. with a point",
        "The federal cabinet approved Rs. 10 billion for flood relief in Sindh.",
        [("Rs. 10 billion", 10e9, E, M, "PKR")],
    ),
    (
        "invented/Business Recorder: PKR before the amount",
        "The NDMA has released PKR 5.5 billion to the provinces.",
        [("PKR 5.5 billion", 5.5e9, E, M, "PKR")],
    ),
    (
        "invented/bdnews24: BDT before the amount",
        "The ministry allocated BDT 1.2 billion for the flood-hit districts of Sylhet.",
        [("BDT 1.2 billion", 1.2e9, E, M, "BDT")],
    ),
    (
        "invented/Manila Bulletin: a headline with P and B",
        "Agri damage from 'Kiko' hits P1.7B in Luzon",
        [("P1.7B", 1.7e9, E, M, "PHP")],
    ),
    (
        "invented/NDRRMC sitrep: pesos with centavos",
        "Damage to agriculture in Luzon reached P914,875,615.50, the NDRRMC said.",
        [("P914,875,615.50", 914875615.5, E, M, "PHP", {"source": "NDRRMC"})],
    ),
    (
        "invented/DSWD: PHP with centavos",
        "The DSWD has PHP25,034,400.47 in standby funds for the typhoon in Luzon.",
        [("PHP25,034,400.47", 25034400.47, E, M, "PHP")],
    ),
    (
        "invented/Daily Star: crore of people",
        "Floods have affected 1.5 crore people in 11 districts, the ministry said.",
        [
            ("1.5 crore", 1.5e7, E, C, None, {"head": "people", "source": "ministry"}),
            ("11", 11, E, C, None, {"head": "districts", "source": "ministry"}),
        ],
    ),
    (
        "invented/Daily Star: a Tk range with a hyphen",
        "Refugees said brokers charged Tk 3,000-Tk 5,000 for a place on a boat.",
        [("Tk 3,000-Tk 5,000", (3000, 5000), R, M, "BDT", {"source": "Refugees"})],
    ),
    (
        "invented/wire: a percent range with a hyphen",
        "Rice prices in Sylhet have risen 10-15 percent since the floods.",
        [("10-15 percent", (10, 15), R, P, "%")],
    ),
    (
        "invented/Dawn: a two-day halt",
        "Rescue work resumed after a two-day halt.",
        [("two-day", 2, E, D, "day", {"head": "day"})],
    ),
    (
        "invented/guard: round the clock written 24/7 is no figure",
        "The control room in Lahore is working 24/7.",
        [],
    ),
    (
        "invented/PNA: a field hospital with beds",
        "The army set up a 100-bed field hospital in Tacloban.",
        [("100-bed", 100, E, C, None, {"head": "bed"})],
    ),
    (
        "invented/PNA: an alert level is no figure",
        "Mayon remains under Alert Level 3, Phivolcs said.",
        [],
    ),
    (
        "invented/wire: a share of a count of people named just before",
        "About 45 per cent of the 1.2 million people in the camps are children.",
        [
            ("About 45 per cent", 45, AP, P, "%", {"part_of": 1}),
            ("1.2 million", 1.2e6, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/Daily Star: a fund of Tk crore",
        "The government announced a Tk 500 crore fund for the flood victims.",
        [("Tk 500 crore", 5e9, E, M, "BDT")],
    ),
    (
        "invented/Dawn: Rs crore in thousands",
        "The Sindh government has sought Rs1,000 crore from the centre.",
        [("Rs1,000 crore", 1e10, E, M, "PKR")],
    ),
]

# Batch 8: where the speaker stands in this copy (a tag inside the sentence, "in a
# statement", "told AFP", anonymous officials, a warning, a named person's second
# reference), written by hand before the extractor was run on them.
CASES += [
    (
        "invented/wire: the tag inside the sentence",
        "The floods, the NDMA said, have killed 412 people since June.",
        [("412", 412, E, C, None, {"head": "people", "source": "NDMA"})],
    ),
    (
        "invented/PNA: in a statement, the department said",
        "In a statement, the DSWD said it had served 8,400 families in Bicol.",
        [("8,400", 8400, E, C, None, {"head": "families", "source": "DSWD"})],
    ),
    (
        "invented/PNA: the council, in its bulletin, reported",
        "The NDRRMC, in its 8 a.m. bulletin, reported 27 deaths.",
        [("27", 27, E, C, None, {"head": "deaths", "source": "NDRRMC"})],
    ),
    (
        "invented/guard: police, in a statement, said",
        "Police, in a statement, said 27 people had died in the landslide.",
        [("27", 27, E, C, None, {"head": "people", "source": "Police"})],
    ),
    (
        "invented/guard: an estimated count after a comma in a list",
        "The camps, home to an estimated 900,000 refugees, are short of water.",
        [("an estimated 900,000", 9e5, AP, C, None, {"head": "refugees", "source": None})],
    ),
    (
        "invented/guard: a crowd estimated N strong, an adjective after a comma",
        "The crowd, estimated 40,000 strong, marched to the governor's office.",
        [("estimated 40,000", 40000, AP, C, None, {"source": None})],
    ),
    (
        "invented/AFP: officials told AFP",
        "Some 30 people were missing, local officials told AFP.",
        [("Some 30", 30, AP, C, None, {"head": "people", "source": "local officials"})],
    ),
    (
        "invented/AFP: a named official told AFP",
        "Mohammed Tofayel Ahmed told AFP that 1,500 shelters had burned.",
        [("1,500", 1500, E, C, None, {"head": "shelters", "source": "Mohammed Tofayel Ahmed"})],
    ),
    (
        "invented/wire: according to local media",
        "According to local media, 12 people drowned in Sunamganj.",
        [("12", 12, E, C, None, {"head": "people", "source": "local media"})],
    ),
    (
        "invented/Reuters: a representative named after the body's possessive",
        "UNHCR's representative in Bangladesh, Marta Lindholm, said 5,000 refugees needed "
        "new shelters.",
        [("5,000", 5000, E, C, None, {"head": "refugees", "source": "Marta Lindholm"})],
    ),
    (
        "invented/Daily Star: a doctor who heads a hospital said",
        "Dr Ahmed Hossain, who heads MSF's hospital in Kutupalong, said 34 patients had been "
        "treated.",
        [
            (
                "34",
                34,
                E,
                C,
                None,
                {"head": "patients", "source": ("Ahmed Hossain", "Dr Ahmed Hossain")},
            )
        ],
    ),
    (
        "invented/bdnews24: an anonymous senior official at a ministry",
        "A senior official at the Ministry of Disaster Management and Relief, who asked not to "
        "be named, said 1.2 million people were marooned.",
        [
            (
                "1.2 million",
                1.2e6,
                E,
                C,
                None,
                {
                    "head": "people",
                    "source": (
                        "A senior official at the Ministry of Disaster Management and Relief",
                        "senior official",
                    ),
                },
            )
        ],
    ),
    (
        "invented/wire: the toll could rise, officials warned",
        "The toll could rise to 100, officials warned.",
        [("100", 100, E, C, None, {"head": "deaths", "source": "officials"})],
    ),
    (
        "invented/Daily Star: a second reference by surname",
        "Refugee Relief and Repatriation Commissioner Mohammed Tofayel Ahmed visited the site. "
        "Ahmed told reporters that 1,812 shelters had been destroyed.",
        [("1,812", 1812, E, C, None, {"source": "Mohammed Tofayel Ahmed"})],
    ),
    # Found by comparing the branch's output with main's on the repository's texts: "the
    # UN refugee agency" resolved to UNHCR, a later "According to the agency" must too, not
    # the survivors quoted between; and an item "for 9.5 million" after a list's "for" is
    # still an item.
    (
        "invented/wire: the agency after a described body and a quoted group",
        "At least 40 people drowned off Libya, the UN refugee agency said on Tuesday. "
        'Survivors told aid workers that 12 children were among the dead. "This is '
        'heartbreaking," said a spokesperson for UNHCR. According to the agency, 1,100 '
        "people have died on the route this year.",
        [
            ("At least 40", 40, LO, C, None, {"source": "UNHCR"}),
            ("12", 12, E, C, None, {"source": "Survivors"}),
            ("1,100", 1100, E, C, None, {"source": "UNHCR"}),
        ],
    ),
    (
        "invented/guard: storms for N million, an item after its preposition",
        "Disasters caused 26.4 million displacements last year. Floods accounted for 10 "
        "million of them and storms, including cyclones, for 9.5 million.",
        [
            ("26.4 million", 26.4e6, E, C, None, {"head": "displacements"}),
            ("10 million", 10e6, E, C, None, {"part_of": 0}),
            ("9.5 million", 9.5e6, E, C, None, {"part_of": 0}),
        ],
    ),
    (
        "invented/wire: the UN said",
        "The UN said 4.2 million people in Bangladesh were in need of aid.",
        [("4.2 million", 4.2e6, E, C, None, {"head": "people", "source": "UN"})],
    ),
]


# Batch 9: headlines, datelines, bullet lines and rates of this copy, written by hand
# before the extractor was run on them.
CASES += [
    (
        "invented/headline: a toll with the source after a colon",
        "Floods kill 23 more in Punjab, toll rises to 412: NDMA",
        [
            ("23", 23, E, C, None, {"source": "NDMA"}),
            ("412", 412, E, C, None, {"head": "deaths", "source": "NDMA"}),
        ],
    ),
    (
        "invented/Reuters: a dateline is no figure",
        "COX'S BAZAR, Bangladesh, Jan 19 (Reuters) - A fire destroyed about 1,800 shelters.",
        [("about 1,800", 1800, AP, C, None, {"head": "shelters"})],
    ),
    (
        "invented/sitrep bullets: dead and missing",
        "\u2022 27 dead\n\u2022 14 missing\n\u2022 312,480 families affected",
        [
            ("27", 27, E, C, None, {"head": "dead"}),
            ("14", 14, E, C, None, {"head": "missing"}),
            ("312,480", 312480, E, C, None, {"head": "families"}),
        ],
    ),
    (
        "invented/IDMC: a share of the global total restating a count",
        "Disasters triggered 45.8 million displacements, or 69 percent of the global total.",
        [
            ("45.8 million", 45.8e6, E, C, None, {"head": "displacements"}),
            ("69 percent", 69, E, P, "%", {"head": "total", "part_of": None}),
        ],
    ),
    (
        "invented/IDMC: the equivalent of N people a day",
        "That is the equivalent of 125,000 people a day.",
        [("125,000", 125000, E, C, None, {"head": "people"})],
    ),
    (
        "invented/wire: a person displaced every N seconds",
        "One person was forced to flee every two seconds.",
        [
            ("One", 1, E, C, None, {"head": "person"}),
            ("two seconds", 2, E, D, "second"),
        ],
    ),
    (
        "invented/wire: a decade ago is no figure",
        "A decade ago, the figure was 65 million.",
        [("65 million", 65e6, E, C, None)],
    ),
    (
        "invented/wire: a rise in a year, head of no whole",
        "The number of internally displaced people rose by 6.3 million, a 9 percent increase "
        "over 2024.",
        [
            ("6.3 million", 6.3e6, E, C, None, {"head": "people"}),
            ("9 percent", 9, E, P, "%", {"head": None}),
        ],
    ),
]

# Batch 10: four more short stories, one per voice, every figure annotated by hand before
# the extractor was run on them.
CASES += [
    (
        "invented/AP story: refugees fall as Syrians return, the agency described first",
        "GENEVA (AP) \u2014 The number of people living as refugees fell for the first time "
        "since 2015, to 42.3 million, as Syrians returned home, the U.N. refugee agency said "
        "Thursday.\n\nUNHCR said about 1.9 million Syrian refugees had returned over the past "
        "year, along with 1.1 million people displaced inside the country.\n\nStill, the "
        "agency counted 123.2 million people forcibly displaced worldwide at the end of 2025, "
        "roughly 1.5 percent of humanity. Funding cuts forced it to lay off nearly 5,000 "
        "staff, or 30 percent of its workforce.",
        [
            ("42.3 million", 42.3e6, E, C, None, {"head": "people", "source": "UNHCR"}),
            ("about 1.9 million", 1.9e6, AP, C, None, {"head": "refugees", "source": "UNHCR"}),
            ("1.1 million", 1.1e6, E, C, None, {"head": "people", "source": "UNHCR"}),
            ("123.2 million", 123.2e6, E, C, None, {"head": "people", "source": "UNHCR"}),
            ("roughly 1.5 percent", 1.5, AP, P, "%", {"head": "humanity", "source": "UNHCR"}),
            ("nearly 5,000", 5000, UP, C, None, {"head": "staff", "source": None}),
            ("30 percent", 30, E, P, "%", {"head": "workforce", "part_of": None}),
        ],
    ),
    (
        "invented/Daily Star story: Sylhet floods, lakh, Tk crore and tonnes",
        "SYLHET: The flood situation in Sylhet and Sunamganj deteriorated further yesterday as "
        "the Surma kept rising, marooning around 12 lakh people in the two districts.\n\n"
        "According to the district administration, 1,243 shelter centres have been opened in "
        "Sylhet, where nearly 1.9 lakh people have taken refuge. Of them, 42,000 are "
        "children.\n\nThe Ministry of Disaster Management and Relief has allocated Tk 1.5 "
        "crore, 2,000 tonnes of rice and 15,000 packets of dry food for the flood-hit. Fatema "
        "Begum, 45, of Companiganj upazila said she had received no relief in five days.",
        [
            ("around 12 lakh", 1.2e6, AP, C, None, {"head": "people", "source": None}),
            ("two", 2, E, C, None, {"head": "districts"}),
            (
                "1,243",
                1243,
                E,
                C,
                None,
                {"head": "centres", "source": "district administration"},
            ),
            (
                "nearly 1.9 lakh",
                1.9e5,
                UP,
                C,
                None,
                {"head": "people", "source": "district administration"},
            ),
            ("42,000", 42000, E, C, None, {"head": "children", "part_of": 3}),
            ("Tk 1.5 crore", 1.5e7, E, M, "BDT", {"source": None}),
            ("2,000 tonnes", 2000, E, "measure", ANY),
            ("15,000", 15000, E, C, None, {"head": "packets"}),
            ("five days", 5, E, D, "day", {"source": "Fatema Begum"}),
        ],
    ),
    (
        "invented/Inquirer story: Albay evacuates before landfall",
        "LEGAZPI CITY \u2014 More than 200,000 residents of Albay were evacuated ahead of "
        "Super Typhoon Pepito's landfall, provincial officials said Saturday.\n\nAlbay Public "
        "Safety and Emergency Management Office chief Rogelio Banzon said 58,312 families, or "
        "214,980 individuals, were moved to 512 evacuation centers.\n\nThe provincial "
        "government has set aside P20 million for food packs, each good for three days, "
        "Governor Ernesto Lagman said. Classes were suspended in 18 towns and three cities.",
        [
            (
                "More than 200,000",
                200000,
                LO,
                C,
                None,
                {"head": "residents", "source": "provincial officials"},
            ),
            ("58,312", 58312, E, C, None, {"head": "families", "source": "Rogelio Banzon"}),
            (
                "214,980",
                214980,
                E,
                C,
                None,
                {"head": "individuals", "source": "Rogelio Banzon"},
            ),
            ("512", 512, E, C, None, {"head": "centers", "source": "Rogelio Banzon"}),
            ("P20 million", 20e6, E, M, "PHP", {"source": "Ernesto Lagman"}),
            ("three days", 3, E, D, "day", {"source": "Ernesto Lagman"}),
            ("18", 18, E, C, None, {"head": "towns", "source": None}),
            ("three", 3, E, C, None, {"head": "cities", "source": None}),
        ],
    ),
    (
        "invented/UNB story: a cyclone in the camps, ISCG and UNHCR",
        "Cyclone Mocha damaged or destroyed more than 2,800 shelters in the Rohingya camps, "
        "leaving about 6,000 refugees in need of emergency shelter, the Inter Sector "
        "Coordination Group (ISCG) said on Monday.\n\nSome 40 learning centres and 20 mosques "
        "were also damaged. Three Rohingya died when a landslide hit Camp 4, the ISCG said. "
        "Volunteers had moved 1,500 people from landslide-prone slopes before the storm, "
        "according to UNHCR, which said it had distributed 4,800 tarpaulins.",
        [
            ("more than 2,800", 2800, LO, C, None, {"head": "shelters", "source": ISCG}),
            ("about 6,000", 6000, AP, C, None, {"head": "refugees", "source": ISCG}),
            ("Some 40", 40, AP, C, None, {"head": "centres", "source": None}),
            ("20", 20, E, C, None, {"head": "mosques", "source": None}),
            ("Three", 3, E, C, None, {"head": "rohingya", "source": ISCG}),
            ("1,500", 1500, E, C, None, {"head": "people", "source": "UNHCR"}),
            ("4,800", 4800, E, C, None, {"head": "tarpaulins", "source": "UNHCR"}),
        ],
    ),
]


# Batch 11: four more short stories (a KP flash flood, a Bicol storm, an IDMC release, a
# BGB push-back), every figure annotated by hand before the extractor was run on them.
KPSPOX = "A spokesman for the Khyber Pakhtunkhwa Provincial Disaster Management Authority"
CASES += [
    (
        "invented/guard: placed under a state of calamity names no source",
        "The province was placed under a state of calamity after 46 people died, officials said.",
        [("46", 46, E, C, None, {"head": "people", "source": "officials"})],
    ),
    (
        "invented/PNA: the agriculture department pegged the damage",
        "The Department of Agriculture pegged the damage at P1.2 billion in Luzon.",
        [("P1.2 billion", 1.2e9, E, M, "PHP", {"source": "Department of Agriculture"})],
    ),
    (
        "invented/guard: damage was pegged at, a participle",
        "Damage to crops in Luzon was pegged at P800 million.",
        [("P800 million", 8e8, E, M, "PHP", {"source": None})],
    ),
    (
        "invented/guard: according to their figures, after a body named before",
        "The IOM said 300 people had died. Police arrested 40 smugglers, according to their "
        "figures.",
        [
            ("300", 300, E, C, None, {"source": "IOM"}),
            ("40", 40, E, C, None, {"head": "smugglers", "source": "Police"}),
        ],
    ),
    (
        "invented/guard: N of the noun with no modifier to choose by",
        "Officials counted 400 boats in March and 250 boats in April. Coastguards seized 30 "
        "of the boats.",
        [
            ("400", 400, E, C, None, {"head": "boats"}),
            ("250", 250, E, C, None, {"head": "boats"}),
            ("30", 30, E, C, None, {"head": "boats", "part_of": 1}),
        ],
    ),
    (
        "invented/Dawn story: flash floods in Swat, a PDMA spokesman and Rescue 1122",
        "PESHAWAR: At least 31 people, including 11 children, were killed and 47 others "
        "injured as flash floods hit Swat, Shangla and Buner districts on Friday, officials "
        "said.\n\nA spokesman for the Khyber Pakhtunkhwa Provincial Disaster Management "
        "Authority said 126 houses had been completely destroyed and 389 partially damaged. "
        "Rescue 1122 teams evacuated around 3,500 tourists stranded in Kalam, he said.\n\n"
        "Chief Minister Zubair Khattak said the heirs of each deceased would receive Rs2 "
        "million.",
        [
            ("At least 31", 31, LO, C, None, {"head": "people", "source": "officials"}),
            ("11", 11, E, C, None, {"head": "children", "part_of": 0, "source": "officials"}),
            ("47", 47, E, C, None, {"head": "people", "source": "officials"}),
            ("126", 126, E, C, None, {"head": "houses", "source": KPSPOX}),
            ("389", 389, E, C, None, {"head": "houses", "part_of": None, "source": KPSPOX}),
            ("around 3,500", 3500, AP, C, None, {"head": "tourists", "source": KPSPOX}),
            ("Rs2 million", 2e6, E, M, "PKR", {"source": "Zubair Khattak"}),
        ],
    ),
    (
        "invented/Inquirer story: Naga under water, a mayor and the coast guard",
        "NAGA CITY \u2014 Floodwaters from Severe Tropical Storm Kristine submerged 80 "
        "percent of Naga City, trapping thousands of residents on rooftops, Mayor Andres "
        "Villamor said Wednesday.\n\nThe Philippine Coast Guard said it had rescued 1,240 "
        "people in Camarines Sur alone. In a radio interview, Villamor said the city needed at "
        "least 50 rubber boats and 20 military trucks.\n\nThe NDRRMC placed the death toll "
        "at 46, with 20 others missing.",
        [
            ("80 percent", 80, E, P, "%", {"source": "Andres Villamor"}),
            (
                "1,240",
                1240,
                E,
                C,
                None,
                {"head": "people", "source": "Philippine Coast Guard"},
            ),
            ("at least 50", 50, LO, C, None, {"head": "boats", "source": "Andres Villamor"}),
            ("20", 20, E, C, None, {"head": "trucks", "source": "Andres Villamor"}),
            ("46", 46, E, C, None, {"head": "deaths", "source": "NDRRMC"}),
            ("20", 20, E, C, None, {"head": "people", "source": "NDRRMC"}),
        ],
    ),
    (
        "invented/wire story: IDMC's conflict and disaster displacements",
        "Conflict and violence triggered 20.1 million internal displacements in 2025, while "
        "disasters triggered 45.8 million, IDMC said in its annual report. Sudan accounted for "
        "6 million of the conflict displacements, more than any other country.\n\nThe number "
        "of people living in internal displacement reached 83.4 million at the end of the "
        "year, up 10 percent in twelve months.",
        [
            ("20.1 million", 20.1e6, E, C, None, {"head": "displacements", "source": "IDMC"}),
            ("45.8 million", 45.8e6, E, C, None, {"head": "displacements", "source": "IDMC"}),
            ("6 million", 6e6, E, C, None, {"head": "displacements", "part_of": 0}),
            ("83.4 million", 83.4e6, E, C, None, {"head": "people"}),
            ("10 percent", 10, E, P, "%", {"head": None}),
            ("twelve months", 12, E, D, "month"),
        ],
    ),
    (
        "invented/Daily Star story: BGB detains Rohingyas, a battalion commander",
        "TEKNAF: Border Guard Bangladesh (BGB) members detained 53 Rohingyas, including 21 "
        "women and 14 children, as they tried to cross the Naf river early yesterday, said Lt "
        "Col Mohiuddin Ahmed, commander of BGB's Teknaf-2 battalion.\n\nThey will be pushed "
        "back, he said. Since January, the BGB has sent back 1,870 Rohingyas, according to its "
        "records.",
        [
            ("53", 53, E, C, None, {"head": "rohingyas", "source": "Mohiuddin Ahmed"}),
            ("21", 21, E, C, None, {"head": "women", "part_of": 0, "source": "Mohiuddin Ahmed"}),
            (
                "14",
                14,
                E,
                C,
                None,
                {"head": "children", "part_of": 0, "source": "Mohiuddin Ahmed"},
            ),
            (
                "1,870",
                1870,
                E,
                C,
                None,
                {"head": "rohingyas", "source": "Border Guard Bangladesh"},
            ),
        ],
    ),
]


# Batch 12: four more stories (a mid-year release, Karachi rain, an Ilocos evacuation, a
# ration cut in the camps), every figure annotated by hand before the extractor was run.
WFP = "World Food Programme"
CASES += [
    (
        "invented/wire story: a mid-year release, of these, a figure that includes",
        "UNHCR's Mid-Year Trends report, released on Wednesday, showed that 117.3 million "
        "people were forcibly displaced at the end of June. Of these, 37.9 million were "
        "refugees, a figure that includes 6 million Palestinian refugees under UNRWA's "
        "mandate. Resettlement departures more than doubled to 96,000 in the first half of "
        "the year, UNHCR said, the highest in over a decade.",
        [
            (
                "117.3 million",
                117.3e6,
                E,
                C,
                None,
                {"head": "people", "source": ("UNHCR", "UNHCR's Mid-Year Trends report")},
            ),
            ("37.9 million", 37.9e6, E, C, None, {"head": "refugees", "part_of": 0}),
            ("6 million", 6e6, E, C, None, {"head": "refugees", "part_of": 1}),
            ("96,000", 96000, E, C, None, {"head": "departures", "source": "UNHCR"}),
            ("over a decade", 1, LO, D, "decade", {"source": "UNHCR"}),
        ],
    ),
    (
        "invented/Express Tribune story: Karachi rain, feeders tripped, drains choked",
        "KARACHI: Torrential rain lashed the city for a second day on Tuesday, and at least "
        "nine people were electrocuted, Edhi Foundation officials said. K-Electric said 450 "
        "of its 1,900 feeders had tripped. The Sindh government declared a public holiday in "
        "Karachi, Hyderabad and 12 other districts.",
        [
            (
                "at least nine",
                9,
                LO,
                C,
                None,
                {"head": "people", "source": "Edhi Foundation officials"},
            ),
            ("450", 450, E, C, None, {"head": "feeders", "part_of": 2, "source": "K-Electric"}),
            ("1,900", 1900, E, C, None, {"head": "feeders", "source": "K-Electric"}),
            ("12", 12, E, C, None, {"head": "districts"}),
        ],
    ),
    (
        "invented/Manila Bulletin story: Ilocos families flee, food packs, towns without power",
        "More than 1,500 families fled their homes in Ilocos Norte as Typhoon Julian "
        "intensified, the OCD regional office said. The Department of Social Welfare and "
        "Development has prepositioned 45,000 family food packs worth P32 million in the "
        "region, DSWD Ilocos director Lorna Rabanal said. Power was cut in 21 of the "
        "province's 23 towns.",
        [
            (
                "More than 1,500",
                1500,
                LO,
                C,
                None,
                {"head": "families", "source": "OCD regional office"},
            ),
            ("45,000", 45000, E, C, None, {"head": "packs", "source": "Lorna Rabanal"}),
            ("P32 million", 32e6, E, M, "PHP", {"source": "Lorna Rabanal"}),
            # (the whole's index first written 3, a slip of mine: "23" is row 4)
            ("21", 21, E, C, None, {"head": "towns", "part_of": 4}),
            ("23", 23, E, C, None, {"head": "towns"}),
        ],
    ),
    (
        "invented/AFP story: a ration cut in the camps, dollars and taka",
        "The World Food Programme will cut monthly food assistance for nearly one million "
        "Rohingya refugees in Bangladesh to $6 per person from $12 unless it receives $81 "
        "million by the end of March, the agency said. WFP said 90 percent of the refugees "
        "depend entirely on its aid. Rohingya leader Mohammed Jubayer said many families "
        "were already surviving on less than Tk 1,500 a month.",
        [
            ("nearly one million", 1e6, UP, C, None, {"head": "refugees", "source": WFP}),
            ("$6", 6, E, M, "USD", {"source": WFP}),
            ("$12", 12, E, M, "USD", {"source": WFP}),
            ("$81 million", 81e6, E, M, "USD", {"source": WFP}),
            ("90 percent", 90, E, P, "%", {"head": "refugees", "source": WFP}),
            ("less than Tk 1,500", 1500, UP, M, "BDT", {"source": "Mohammed Jubayer"}),
        ],
    ),
]


# Batch 13: four more stories (a disputed toll in Dadu, DSWD cash aid, a landslide in the
# camps, IDMC shares), every figure annotated by hand before the extractor was run.
CASES += [
    (
        "invented/Dawn story: a disputed toll, residents claimed, a teacher quoted",
        "The Sindh government put the death toll in Dadu at 52, but local residents claimed "
        'that more than 100 people had drowned. "We buried 38 people in our village alone," '
        "said Ali Nawaz Chandio, a schoolteacher.",
        [
            ("52", 52, E, C, None, {"head": "deaths", "source": "Sindh government"}),
            (
                "more than 100",
                100,
                LO,
                C,
                None,
                {"head": "people", "source": "local residents", "hedged": True},
            ),
            ("38", 38, E, C, None, {"head": "people", "source": "Ali Nawaz Chandio"}),
        ],
    ),
    (
        "invented/PNA: placed the death toll in a region at N",
        "The NDRRMC placed the death toll in Bicol at 46.",
        [("46", 46, E, C, None, {"head": "deaths", "source": "NDRRMC"})],
    ),
    (
        "invented/PNA story: cash aid in a peso range, up to N families, within weeks",
        "Each family in Catanduanes whose house was destroyed will receive between P10,000 "
        "and P30,000 under the Emergency Cash Transfer program, DSWD Secretary Teodoro "
        "Villanueva said. Up to 12,000 families may qualify, he said, adding that payouts "
        "would start within two weeks.",
        [
            (
                "between P10,000 and P30,000",
                (10000, 30000),
                R,
                M,
                "PHP",
                {"source": "Teodoro Villanueva"},
            ),
            (
                "Up to 12,000",
                12000,
                UP,
                C,
                None,
                {"head": "families", "source": "Teodoro Villanueva"},
            ),
            ("two weeks", 2, E, D, "week", {"source": "Teodoro Villanueva"}),
        ],
    ),
    (
        "invented/Daily Star story: landslides in the camps, rain in millimetres",
        "At least 10 Rohingya refugees, including five children, were killed in landslides "
        "in Ukhiya on Wednesday, refugee officials said. The Bangladesh Meteorological "
        "Department recorded 378 millimetres of rain in Cox's Bazar in 24 hours, the heaviest "
        "in at least two decades.",
        [
            ("At least 10", 10, LO, C, None, {"head": "refugees", "source": "refugee officials"}),
            (
                "five",
                5,
                E,
                C,
                None,
                {"head": "children", "part_of": 0, "source": "refugee officials"},
            ),
            ("378 millimetres", 378, E, "measure", ANY),
            ("24 hours", 24, E, D, "hour"),
            ("at least two decades", 2, LO, D, "decade"),
        ],
    ),
    (
        "invented/wire story: IDMC shares, one in three, an age that is no figure",
        "Women and girls made up 51 percent of the 83.4 million internally displaced people, "
        "IDMC said. Nearly one in three were children, and about 4.1 million were over 60.",
        [
            ("51 percent", 51, E, P, "%", {"head": "people", "part_of": 1, "source": "IDMC"}),
            ("83.4 million", 83.4e6, E, C, None, {"head": "people", "source": "IDMC"}),
            ("Nearly one in three", 100 / 3, UP, P, "%"),
            ("about 4.1 million", 4.1e6, AP, C, None, {"head": "people"}),
        ],
    ),
]


# Batch 14: four more stories (a relief secretary's briefing, the Philippine Red Cross, a
# UNHCR note on Chad, compensation rates), every figure annotated by hand before the
# extractor was run.
KH = "Kamrul Hasan"
CASES += [
    (
        "invented/Daily Star story: a secretary's briefing, lakh families, heads of livestock",
        "Around 9.4 lakh families remain waterlogged in 11 districts, Disaster Management and "
        "Relief Secretary Kamrul Hasan told reporters at the secretariat yesterday. The "
        "government has opened 3,928 shelters, where 2.8 lakh people and 36,000 heads of "
        "livestock have taken refuge, he said. At least 23 people have died, 11 of them in "
        "Feni.",
        [
            ("Around 9.4 lakh", 9.4e5, AP, C, None, {"head": "families", "source": KH}),
            ("11", 11, E, C, None, {"head": "districts", "source": KH}),
            ("3,928", 3928, E, C, None, {"head": "shelters", "source": KH}),
            ("2.8 lakh", 2.8e5, E, C, None, {"head": "people", "source": KH}),
            ("36,000", 36000, E, C, None, {"head": "livestock", "source": KH}),
            ("At least 23", 23, LO, C, None, {"head": "people", "source": None}),
            ("11", 11, E, C, None, {"head": "people", "part_of": 5, "source": None}),
        ],
    ),
    (
        "invented/guard: a where clause with its own speaker",
        "Some 40 families arrived in Renk, where IOM counted 3,000 returnees last week.",
        [
            ("Some 40", 40, AP, C, None, {"head": "families", "source": None}),
            ("3,000", 3000, E, C, None, {"head": "returnees", "source": "IOM"}),
        ],
    ),
    (
        "invented/PNA story: the Red Cross served meals, its chairman appealed",
        "The Philippine Red Cross said it had served hot meals to 8,200 people in Tacloban "
        "and deployed 14 water tankers. Its chairman, Jose Maria Santos, appealed for P250 "
        "million to support 50,000 families over six months.",
        [
            ("8,200", 8200, E, C, None, {"head": "people", "source": "Philippine Red Cross"}),
            ("14", 14, E, C, None, {"head": "tankers", "source": "Philippine Red Cross"}),
            ("P250 million", 250e6, E, M, "PHP", {"source": None}),
            ("50,000", 50000, E, C, None, {"head": "families", "source": None}),
            ("six months", 6, E, D, "month", {"source": None}),
        ],
    ),
    (
        "invented/UNHCR note: arrivals a day, one in five of the new arrivals",
        "Some 1,100 people are crossing from Sudan into Chad each day, UNHCR said. One in "
        "five of the new arrivals is a child under five.",
        [
            ("Some 1,100", 1100, AP, C, None, {"head": "people", "source": "UNHCR"}),
            ("One in five", 20, E, P, "%", {"head": "arrivals"}),
        ],
    ),
    (
        "invented/Dawn story: compensation rates, per acre",
        "The Punjab government will pay Rs1 million to the family of each person killed, "
        "Rs500,000 for each house fully destroyed and Rs200,000 for each partially damaged "
        "house, Relief Commissioner Nabeel Javed said. Farmers will receive Rs20,000 per acre "
        "of damaged crops.",
        [
            ("Rs1 million", 1e6, E, M, "PKR", {"source": "Nabeel Javed"}),
            ("Rs500,000", 5e5, E, M, "PKR", {"source": "Nabeel Javed"}),
            ("Rs200,000", 2e5, E, M, "PKR", {"source": "Nabeel Javed"}),
            ("Rs20,000", 2e4, E, M, "PKR", {"source": None}),
        ],
    ),
]


# Batch 15: four more stories (hosts ranked, leptospirosis after floods, an army
# evacuation, a Bhasan Char batch), every figure annotated by hand before the extractor
# was run.
CASES += [
    (
        "invented/wire story: hosts ranked, the five largest, a host with refugees and seekers",
        "Colombia hosted 2.8 million Venezuelans, the second-largest refugee population in "
        "the world. Together, the five largest host countries sheltered 34 percent of all "
        "refugees. Germany remained the largest host in Europe, with 2.7 million refugees and "
        "asylum seekers.",
        [
            ("2.8 million", 2.8e6, E, C, None, {"head": "venezuelans"}),
            ("five", 5, E, C, None, {"head": "countries"}),
            ("34 percent", 34, E, P, "%", {"head": "refugees"}),
            ("2.7 million", 2.7e6, E, C, None, {"head": "refugees"}),
        ],
    ),
    (
        "invented/PNA story: leptospirosis cases recorded, of these, patients died",
        "The Department of Health recorded 2,396 leptospirosis cases from June 8 to 30, a 30 "
        "percent rise from the same period last year. Of these, 142 patients died, Health "
        "Secretary Ramon Lacson said.",
        [
            ("2,396", 2396, E, C, None, {"head": "cases", "source": "Department of Health"}),
            ("30 percent", 30, E, P, "%", {"head": None, "source": "Department of Health"}),
            (
                "142",
                142,
                E,
                C,
                None,
                {"head": "patients", "part_of": 0, "source": "Ramon Lacson"},
            ),
        ],
    ),
    (
        "invented/APP story: troops evacuate by boat, ISPR in a statement",
        "Army troops and Rescue 1122 evacuated 14,500 people by boat from low-lying villages "
        "along the Chenab in the past 72 hours, ISPR said in a statement. Some 180 boats and "
        "six helicopters took part in the operation.",
        [
            ("14,500", 14500, E, C, None, {"head": "people", "source": "ISPR"}),
            ("72 hours", 72, E, D, "hour", {"source": "ISPR"}),
            ("Some 180", 180, AP, C, None, {"head": "boats", "source": None}),
            ("six", 6, E, C, None, {"head": "helicopters", "source": None}),
        ],
    ),
    (
        "invented/Daily Star story: a relocation batch, an ordinal, bringing the number to",
        "A fresh batch of 1,536 Rohingyas, the 17th since December 2020, left for Bhasan Char "
        "yesterday, bringing the number of refugees relocated to the island to 36,382, "
        "officials said.",
        [
            ("1,536", 1536, E, C, None, {"head": "rohingyas", "source": "officials"}),
            ("36,382", 36382, E, C, None, {"head": "refugees", "source": "officials"}),
        ],
    ),
]


# Batch 16: four more stories (a Sorsogon evacuation and stranded ports, a glacial lake
# outburst, the Joint Response Plan, a school count), annotated by hand before the run.
CASES += [
    (
        "invented/PNA story: pre-emptive evacuation, ports suspended",
        "Some 2,300 families or about 9,100 people were pre-emptively evacuated in Sorsogon "
        "as of 6 p.m. Saturday, the provincial disaster office said. In Masbate, at least 11 "
        "ports suspended operations, stranding 1,847 passengers, 86 rolling cargoes and 24 "
        "vessels, the coast guard said.",
        [
            (
                "Some 2,300",
                2300,
                AP,
                C,
                None,
                {"head": "families", "source": "provincial disaster office"},
            ),
            (
                "about 9,100",
                9100,
                AP,
                C,
                None,
                {"head": "people", "source": "provincial disaster office"},
            ),
            ("at least 11", 11, LO, C, None, {"head": "ports", "source": "coast guard"}),
            ("1,847", 1847, E, C, None, {"head": "passengers", "source": "coast guard"}),
            ("86", 86, E, C, None, {"head": "cargoes", "source": "coast guard"}),
            ("24", 24, E, C, None, {"head": "vessels", "source": "coast guard"}),
        ],
    ),
    (
        "invented/Dawn story: a glacial lake outburst in Chitral",
        "Flash floods triggered by a glacial lake outburst washed away 42 houses, 3 bridges "
        "and a 5-kilometre stretch of road in Chitral's Reshun valley, the district "
        "administration said.",
        [
            ("42", 42, E, C, None, {"head": "houses", "source": "district administration"}),
            ("3", 3, E, C, None, {"head": "bridges", "source": "district administration"}),
            ("5-kilometre", 5, E, "measure", ANY),
        ],
    ),
    (
        "invented/Daily Star story: the Joint Response Plan and whom it covers",
        "The 2026 Joint Response Plan seeks $934.5 million for about 1.48 million people, "
        "including 1.1 million Rohingya refugees and 392,000 Bangladeshis in host "
        "communities.",
        [
            ("$934.5 million", 934.5e6, E, M, "USD"),
            ("about 1.48 million", 1.48e6, AP, C, None, {"head": "people"}),
            ("1.1 million", 1.1e6, E, C, None, {"head": "refugees", "part_of": 1}),
            ("392,000", 392000, E, C, None, {"head": "bangladeshis", "part_of": 1}),
        ],
    ),
    (
        "invented/Inquirer story: crops worth an amount, classrooms and schools",
        "The typhoon destroyed crops worth P2.1 billion in Bicol and damaged 412 classrooms, "
        "the Department of Education said, adding that 1,034 schools were being used as "
        "evacuation centers.",
        [
            ("P2.1 billion", 2.1e9, E, M, "PHP", {"source": "Department of Education"}),
            ("412", 412, E, C, None, {"head": "classrooms", "source": "Department of Education"}),
            ("1,034", 1034, E, C, None, {"head": "schools", "source": "Department of Education"}),
        ],
    ),
]

# Batch 17: amounts restated in dollars, lakh in words, South Asian digit grouping, vague
# amounts, written by hand before the extractor was run on them.
CASES += [
    (
        "invented/Inquirer: pesos with dollars in brackets",
        "The NDRRMC put damage to infrastructure at P1.2 billion ($21 million).",
        [
            ("P1.2 billion", 1.2e9, E, M, "PHP", {"source": "NDRRMC"}),
            ("$21 million", 21e6, E, M, "USD", {"source": "NDRRMC"}),
        ],
    ),
    (
        "invented/Daily Star: Tk crore with dollars in brackets",
        "The government will spend Tk 50 crore ($4.1 million) on new shelters in the camps.",
        [("Tk 50 crore", 5e8, E, M, "BDT"), ("$4.1 million", 4.1e6, E, M, "USD")],
    ),
    (
        "invented/Dawn: rupees in trillions with dollars in brackets",
        "Flood losses are estimated at Rs 1.1 trillion ($3.9 billion), the Planning Ministry said.",
        [
            ("Rs 1.1 trillion", 1.1e12, E, M, "PKR", {"source": "Planning Ministry"}),
            ("$3.9 billion", 3.9e9, E, M, "USD", {"source": "Planning Ministry"}),
        ],
    ),
    (
        "invented/Prothom Alo: over one lakh in words",
        "Over one lakh people have been marooned in Kurigram, officials said.",
        [("Over one lakh", 1e5, LO, C, None, {"head": "people", "source": "officials"})],
    ),
    (
        "invented/bdnews24: South Asian digit grouping",
        "The flood has affected 2,00,000 people and damaged crops worth Tk 1,50,00,000.",
        [
            ("2,00,000", 2e5, E, C, None, {"head": "people"}),
            ("Tk 1,50,00,000", 1.5e7, E, M, "BDT"),
        ],
    ),
    (
        "invented/wire: more than a million",
        "More than a million people have fled Khartoum, the UN said.",
        [("More than a million", 1e6, LO, C, None, {"head": "people", "source": "UN"})],
    ),
    (
        "invented/wire: vague amounts are no figures",
        "Hundreds of thousands of people are without power, and tens of thousands have "
        "sought shelter in schools.",
        [],
    ),
    (
        "invented/wire: an additional N",
        "An additional 7,000 troops have been deployed to the flood zone.",
        [("7,000", 7000, E, C, None, {"head": "troops"})],
    ),
]


# Batch 18: more amount forms of this copy (a hyphenated peso million, crore and lakh in one
# amount, Php with a space, an agency dateline), written by hand before the run.
CASES += [
    (
        "invented/Philippine Star: a hyphenated peso million",
        "MANILA (PNA) -- The DSWD released a P3-million aid package for families in Albay.",
        [("P3-million", 3e6, E, M, "PHP")],
    ),
    (
        "invented/Daily Star: crore and lakh in one amount",
        "The district administration has spent Tk 1 crore 20 lakh on relief in the camps.",
        [("Tk 1 crore 20 lakh", 1.2e7, E, M, "BDT")],
    ),
    (
        "invented/PNA: Php with a space",
        "Officials in Luzon said Php 3.2 million had been released.",
        [("Php 3.2 million", 3.2e6, E, M, "PHP", {"source": "Officials in Luzon"})],
    ),
    (
        "invented/UNB: an agency dateline",
        "COX'S BAZAR, Jan 19 (UNB) \u2013 Some 1,200 shelters were gutted.",
        [("Some 1,200", 1200, AP, C, None, {"head": "shelters"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_disaster_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    name: {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    }
    for name in (
        "51-global-trends-record.txt",
        "52-punjab-flood-toll.txt",
        "53-typhoon-rosal-evacuees.txt",
        "54-balukhali-camp-fire.txt",
    )
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_disaster_floors(name):
    assert_floors(name, FLOORS[name])
