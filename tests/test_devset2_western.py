"""Second dev set, batch ds2-western (reports 23-26): Western wire and newspaper copy on
migration, written blind (gold first, committed before the extractor was first run on it).

Style imitated (real reports read through the stored-pages search, none kept here): UK
newspaper and agency copy on Home Office asylum statistics, hotel costs and Channel small-boat
crossings; AP copy on US border arrests, detention, deportation flights and the immigration
court backlog; Reuters/IOM copy on a Mediterranean shipwreck with Italian and EU asylum and
return statistics; Guardian Australia copy on Senate estimates and offshore processing on
Nauru (where "$" is the Australian dollar).

- 23-uk-asylum-backlog-hotels.txt: "Home Office data published on Thursday showed", "The
  figures showed", "According to figures obtained by the Guardian", year-on-year changes,
  "Of those cases, N", a quote closed by "she said", "more than a year".
- 24-us-border-arrests-courts.txt: AP dateline, "according to data released Friday by U.S.
  Customs and Border Protection" then "CBP", "an AP tally of agency notices", "The union
  claimed", "just under 3.4 million", "three of them".
- 25-lampedusa-shipwreck-eu-asylum.txt: Reuters dateline, "the Italian coast guard" then "the
  coast guard", survivors' estimate, a ship named "Humanity 1", "N of them", "fell 23% year on
  year to about 513,000", "the first half of 2024".
- 26-nauru-offshore-estimates.txt: "$" as AUD beside "US$", "Of the 64 people on Nauru, 51 ...
  and 13", "Air Vice-Marshal Peter Langdon", "more than a decade", "between 20 and 30".

BLIND score (``python -m analysis.evaluate tests/fixtures/devset2 --misses`` at e6b5f53,
main at 45b6e30, before any fix)::

    report                                gold  pred match      P      R     F1  date
    23-uk-asylum-backlog-hotels.txt         21    20    20  1.000  0.952  0.976  ok
    24-us-border-arrests-courts.txt         22    22    22  1.000  1.000  1.000  ok
    25-lampedusa-shipwreck-eu-asylum.txt    18    19    18  0.947  1.000  0.973  ok
    26-nauru-offshore-estimates.txt         21    20    20  1.000  0.952  0.976  ok
    TOTAL                                   82    81    80  0.988  0.976  0.982  1.000

    field accuracy over 80 matched figures:
      bound                         1.000  (80/80)
      kind                          1.000  (80/80)
      head                          0.975  (78/80)
      low_high                      1.000  (80/80)
      part_of                       0.975  (78/80)
      source                        0.762  (61/80)
      source (lenient: surname ok)  0.762  (61/80)
      counted                       0.875  (70/80)
      date (per report)             1.000

    misses (gold not found): 2; extras (not in gold): 1
      23 MISS  'more than a year'  ("... waited, on average, more than a year for an answer")
      25 EXTRA '1'  (the rescue ship's name, "Humanity 1")
      26 MISS  'more than a decade'

    matched figures with a field wrong (gold -> predicted):
      23 '51,220': part_of: '71,340' -> '87,010'
      23 '32,059': source: 'Home Office' -> 'The figures'
      23 '8%': source: 'Home Office' -> 'The figures'
      23 '£5.7m': source: 'Guardian' -> nan
      23 '£8.3m': source: 'Guardian' -> nan
      23 '90,686': source: 'Imogen Caddick' -> 'Conservatives'
      24 '6,070': counted: 'arrests for illegal crossings' -> 'arrests'
      24 '11,709': source: 'U.S. Customs and Border Protection' -> 'CBP'
      24 '61,465': source: 'U.S. Customs and Border Protection' -> 'CBP'
      24 '212': part_of: '1,640' -> nan
      24 'At least 31': source: 'AP' -> 'an AP tally of agency notices'
      24 'two decades': source: 'AP' -> 'an AP tally of agency notices'
      24 'just under 3.4 million': source: 'Transactional Records Access Clearinghouse'
         -> 'the Transactional Records Access Clearinghouse at Syracuse University'
      24 '5,600': source: 'National Association of Immigration Judges' -> 'The union'
      25 '38': source: 'Italian coast guard' -> 'the coast guard'
      25 'five': source: 'Italian coast guard' -> 'the coast guard'
      25 '1,452': counted: 'deaths and disappearances' -> 'deaths'
      25 '1,110': counted: 'deaths and disappearances' -> 'deaths'
      25 '20 days': source: 'SOS Humanity' -> 'The German charity SOS Humanity'
      25 'about 513,000': head: 'applications' -> 'people'; counted: 'asylum applications' -> 'people'
      25 '28%': counted: 'all applications' -> 'applications'
      25 'around 72,000': head: 'claims' -> 'people'; counted: 'claims' -> 'people'
      25 '19%': counted: 'non-EU nationals ordered to leave the bloc' -> 'non-EU nationals ordered to leave'
      26 'almost two hours': source: nan -> 'Hannah Dwyer'
      26 '64', '51', '13': counted: 'people' -> 'people on Nauru'
      26 '41', '1,086', '14', '12 months': source: 'Peter Langdon' -> 'Air Vice-Marshal Peter Langdon'

After the fixes: F1 1.000 on all four reports; bound, kind, head, low_high and part_of 1.000;
source 0.939 (77/82), the five left being open conventions (below). One gold correction after
the blind run, in ``counted`` only (no scored field): in 26, "Of the 64 people on Nauru, 51
... and 13 ..." had counted "people" where the dev set's convention keeps the noun's
postmodifier ("arrivals registered at Torkham"); it is now "people on Nauru" for the three.

The tables below were each written, expected rows first, before the extractor was run on
them; round 1 (``CASES``) holds the constructions the batch missed, the later rounds (written
after the batch scored 1.000 but for open conventions) more constructions of the same copy,
to find what the batch did not hold; the whole articles (``ARTICLES``) are rounds 7, 8, 16
and 18. Pass counts at the branch point (main at 45b6e30, this file run against ``git
archive 45b6e30``): 133 of the 171 tests (rounds 3, 10, 12, 13, 15 and 17 pass whole and
stay as guards; the four floors fail there); with this branch all 171 pass. Each round's
count before its fix is in its commit message.
Rows corrected after a run (my annotation, not the extractor): "It said 1,320 had criminal
convictions" was given a part_of its text does not signal; the AP court story's "2,000
miles" (a measure) had been left out; "a 10-year high" follows the project's convention
(``tests/test_unseen_styles.py`` takes "a 28-year high" as a duration); "reportedly" with no
speaker asks no ``hedged`` (the README ties it to a reporting verb); "visit three times" has
the figure text "three"; "closer to £2m" is approximate, not an upper bound; two sources
left open in the articles (an unnamed spokesperson; a relative clause whose verb is one of
reporting) take either answer.

Cross-check (not used to write any rule or row but the one said so in its comment): the
other helpers' batches (15-22, 27-34, read from their branches) scored with main's code and
with this branch: F1 0.995 -> 0.997, head 0.927 -> 0.936, part_of 0.964 -> 0.970, source
0.875 -> 0.885, and no figure worse. After merging main at 80a96e3 (the other batches' own
fixes in): on their 16 reports main scores F1 0.995, this branch 0.997 (the one gain: "more
than a year" in 31), every field the same or better.

Open conventions, left out of the tables and kept as the gold has them:

- "According to figures obtained by the Guardian ..., the Home Office spent £5.7m": the gold
  names the Guardian (the only agent of the according-to phrase); the code's rule is that
  who obtained or saw figures is not who issued them, and with no issuer it gives none.
- "according to an AP tally of agency notices": the gold names AP; ``test_sources_heads``
  expected "an AFP tally" for "according to an AFP tally based on official sources", while
  "the UN's latest tally" gives "UN". Settled in session 11 for the owner: AP, AFP.
- "the Transactional Records Access Clearinghouse at Syracuse University": the gold stops at
  the body's name, the code keeps where it is based.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import ANY, check_figures

E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"
C, P, M, D = "count", "percent", "money", "duration"

CASES = [
    # 1. A bound word before "a" + time unit is a duration of one unit ("more than a year",
    # "almost a month", "over a decade"); "a year" alone (a rate, "a year earlier") is not.
    (
        "invented/UK newspaper: more than a year",
        "Some families have been living in the hotel for more than a year, the council said.",
        [("more than a year", 1, LO, D, "year")],
    ),
    (
        "invented/wire: almost a month",
        "Several detainees said they had been held for almost a month without seeing a lawyer.",
        [("almost a month", 1, UP, D, "month")],
    ),
    (
        "invented/newspaper: over a decade",
        "The camp has housed Syrian families for over a decade.",
        [("over a decade", 1, LO, D, "decade")],
    ),
    (
        "invented/UK newspaper guard: a rate per year and 'a year earlier' are not durations",
        "The contracts cost £1.6bn a year, up 12% on a year earlier.",
        [("£1.6bn", 1.6e9, E, M, "GBP"), ("12%", 12, E, P, "%")],
    ),
    # 2. A rescue ship is named with a number ("Sea-Eye 4", "Humanity 1"): an identifier.
    (
        "invented/Reuters: rescue ship named with a number",
        "The charity ship Sea-Eye 4 brought 57 people to the port of Ortona on Monday.",
        [("57", 57, E, C, None)],
    ),
    (
        "invented/Reuters: ship name with a number, between commas",
        "Its rescue ship, Aurora 2, had been held in port for 15 days.",
        [("15 days", 15, E, D, "day")],
    ),
    # 3. "Of those cases, N": the antecedent is the figure the sentence before reported, not
    # the baseline it was compared with ("down from X a year earlier").
    (
        "invented/UK newspaper: 'Of those' skips the comparison baseline",
        "There were 4,820 claims awaiting a decision in March, down from 6,110 claims a year "
        "before. Of those claims, 2,050 had waited for more than six months.",
        [
            ("4,820", 4820, E, C, None),
            ("6,110", 6110, E, C, None),
            ("2,050", 2050, E, C, None, {"part_of": 0}),
            ("more than six months", 6, LO, D, "month"),
        ],
    ),
    (
        "invented/UK newspaper: 'Of those' skips the baseline and a count of another noun",
        "There were 4,820 claims, covering 6,900 people, awaiting a decision in March, down "
        "from 6,110 claims a year before. Of those claims, 2,050 were from Afghans.",
        [
            ("4,820", 4820, E, C, None),
            ("6,900", 6900, E, C, None),
            ("6,110", 6110, E, C, None),
            ("2,050", 2050, E, C, None, {"part_of": 0}),
        ],
    ),
    # 15. "Of those <participle>, N were ...": the count the sentence before is about (its
    # first), not a later count of something else (written at 06:03 UTC after a cross-check
    # of the other batches showed the participle rule taking the nearest large count)
    (
        "invented/Kyodo-style: 'Of those approved' after a count and a later count of claims",
        "Canada approved 5,120 claims from Mexicans in 2024, down from 6,900, even as new claims "
        "rose to 28,400. Of those approved, 1,300 were from women travelling alone.",
        [
            ("5,120", 5120, E, C, None),
            ("6,900", 6900, E, C, None),
            ("28,400", 28400, E, C, None),
            ("1,300", 1300, E, C, None, {"part_of": 0}),
        ],
    ),
    # 14. "including N" after a span of time: the whole is the count before the span.
    (
        "invented/AP: 'including N' after 'in the last three months'",
        "ICE carried out 980 removal flights in the last three months of 2024, according to "
        "a group that tracks flight data, including 140 to Honduras.",
        [
            ("980", 980, E, C, None),
            ("three months", 3, E, D, "month"),
            ("140", 140, E, C, None, {"part_of": 0}),
        ],
    ),
    # 4. "The figures showed" names the data a named body published in the sentence before.
    (
        "invented/UK newspaper: 'The figures showed' after 'X data published ... showed'",
        "Home Office data published on Tuesday showed 3,400 people arrived in small boats in "
        "May. The figures also showed 610 people were returned to France.",
        [
            ("3,400", 3400, E, C, None, {"source": "Home Office"}),
            ("610", 610, E, C, None, {"source": "Home Office"}),
        ],
    ),
    # 5. A shorter second mention of a named body ("the coast guard" after "the Greek coast
    # guard") is that body.
    (
        "invented/wire: 'the coast guard' after 'the Greek coast guard'",
        "At least 12 people died when their dinghy sank off Lesbos, the Greek coast guard said. "
        "Rescuers found 23 survivors, the coast guard said.",
        [
            ("At least 12", 12, LO, C, None, {"source": "Greek coast guard"}),
            ("23", 23, E, C, None, {"source": "Greek coast guard"}),
        ],
    ),
    # 6. Military ranks before a name are titles, not part of the name.
    (
        "invented/Australian newspaper: Air Vice-Marshal before a name",
        "Air Vice-Marshal Colin Breen told the committee that 19 boats had been turned back.",
        [("19", 19, E, C, None, {"source": "Colin Breen"})],
    ),
    (
        "invented/Australian newspaper: Rear Admiral before a name",
        "Its commander, Rear Admiral Joanna Pike, said 640 people had been returned.",
        [("640", 640, E, C, None, {"source": "Joanna Pike"})],
    ),
    # 7. "The Spanish charity Open Arms said": the description before the name is not the name.
    (
        "invented/Reuters: 'The Spanish charity X said'",
        "The Spanish charity Open Arms said its ship had waited 11 days for a safe port.",
        [("11 days", 11, E, D, "day", {"source": "Open Arms"})],
    ),
    (
        "invented/Reuters: 'The German charity X said', a name with an acronym",
        "The German charity SEA Relief said its ship had been held in port for 18 days.",
        [("18 days", 18, E, D, "day", {"source": "SEA Relief"})],
    ),
    # 9. An acronym source is the body named in full earlier whose initials it spells.
    (
        "invented/AP: 'CBP' after 'U.S. Customs and Border Protection'",
        "Agents made 7,200 arrests in March, according to U.S. Customs and Border Protection. "
        "CBP also recorded 3,900 encounters at ports of entry.",
        [
            ("7,200", 7200, E, C, None, {"source": "U.S. Customs and Border Protection"}),
            ("3,900", 3900, E, C, None, {"source": "U.S. Customs and Border Protection"}),
        ],
    ),
    # 10. "The union claimed" after a named union.
    (
        "invented/AP: 'The union claimed' after the named union",
        "The Immigration Services Union said 40 caseworkers had resigned since May. The union "
        "claimed that 300 posts were vacant.",
        [
            ("40", 40, E, C, None, {"source": "Immigration Services Union"}),
            ("300", 300, E, C, None, {"source": "Immigration Services Union"}),
        ],
    ),
    # 11. A figure in a relative clause describing the speaker is the reporter's.
    (
        "invented/newspaper: 'said X, who ... for N hours'",
        '"We cannot go on like this," said councillor Mark Pryce, who chaired the meeting for '
        "three hours.",
        [("three hours", 3, E, D, "hour", {"source": None})],
    ),
    # 13. "Name, policy director at X, said" names a person (a role in lower case after the
    # comma), so a later "she said" is her; "The Greens claimed" is a party, not a surname.
    (
        "invented/UK newspaper: 'Name, chief executive of X, said' then 'she said'",
        "The Greens claimed the bill would reach £900m. Rosa Kinley, chief executive of the "
        'Migrant Help Network, said the fall was welcome. "Behind these 12,000 people are '
        'families who have waited," she said.',
        [
            ("£900m", 9e8, E, M, "GBP", {"source": "Greens"}),
            ("12,000", 12000, E, C, None, {"source": "Rosa Kinley"}),
        ],
    ),
    # 12. "X fell ... to N" with no noun after N counts X; "the most claims, around N" too.
    (
        "invented/Reuters: 'applications fell 19% to about 142,000'",
        "Asylum applications in Germany fell 19% year on year to about 142,000.",
        [("19%", 19, E, P, "%"), ("about 142,000", 142000, AP, C, None, {"head": "applications"})],
    ),
    (
        "invented/Reuters: 'the most claims, around N'",
        "Afghans lodged the most claims, around 9,000, followed by Syrians.",
        [("around 9,000", 9000, AP, C, None, {"head": "claims"})],
    ),
]


# Round 2 (written at 05:08 UTC, expected rows first, after the batch scored 1.000 but for
# open source conventions): more constructions of the same copy, to find what the batch
# did not hold.
CASES_2 = [
    (
        "invented/UK agency: running total up on the same point last year",
        "Small boat arrivals so far this year stand at 28,076, up 46% on the same point last year.",
        [("28,076", 28076, E, C, None, {"head": "arrivals"}), ("46%", 46, E, P, "%")],
    ),
    (
        "invented/UK agency: people in boats on a day, an average per boat",
        "The Home Office said 1,195 people crossed in 19 boats on Saturday, an average of 63 "
        "people per boat.",
        [
            ("1,195", 1195, E, C, None, {"head": "people", "source": "Home Office"}),
            ("19", 19, E, C, None, {"head": "boats"}),
            ("63", 63, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/UK newspaper: the second highest on record after N in a year",
        "The total for 2024 was 36,816, the second highest on record after 45,774 in 2022.",
        [("36,816", 36816, E, C, None), ("45,774", 45774, E, C, None)],
    ),
    (
        "invented/UK newspaper: peak of people in hotels",
        "Hotel use peaked at more than 56,000 people in 400 hotels in September 2023.",
        [
            ("more than 56,000", 56000, LO, C, None, {"head": "people"}),
            ("400", 400, E, C, None, {"head": "hotels"}),
        ],
    ),
    (
        "invented/UK newspaper: a scheme named 'one in, one out'",
        "Some 4,100 people have been removed under the one in, one out deal with France.",
        [("Some 4,100", 4100, AP, C, None, {"head": "people"})],
    ),
    (
        "invented/UK newspaper: money to a level from the year before",
        "Asylum support costs rose to £4.7bn in 2023-24, from £3.96bn the year before.",
        [("£4.7bn", 4.7e9, E, M, "GBP"), ("£3.96bn", 3.96e9, E, M, "GBP")],
    ),
    (
        "invented/UK newspaper: first-tier tribunal backlog",
        "The backlog of appeals at the first-tier tribunal stood at 41,987 at the end of "
        "March, up from 28,000 in December.",
        [
            ("41,987", 41987, E, C, None, {"head": "appeals"}),
            ("28,000", 28000, E, C, None, {"head": "appeals"}),
        ],
    ),
    (
        "invented/AP: an app named CBP One",
        "The CBP One app scheduled 1,450 appointments a day at eight ports of entry.",
        [
            ("1,450", 1450, E, C, None, {"head": "appointments"}),
            ("eight", 8, E, C, None, {"head": "ports"}),
        ],
    ),
    (
        "invented/AP: apprehensions, the lowest monthly total since a month",
        "Border Patrol apprehended 47,330 migrants between ports of entry in December, the "
        "lowest monthly total since May 2020.",
        [("47,330", 47330, E, C, None, {"head": "migrants"})],
    ),
    (
        "invented/AP: on an average day, an increase of N percent",
        "ICE detained 39,238 people on an average day in fiscal 2025, an increase of 15 percent.",
        [("39,238", 39238, E, C, None, {"head": "people"}), ("15 percent", 15, E, P, "%")],
    ),
    (
        "invented/AP: flights carrying migrants, officials said",
        "Deportations to Venezuela resumed with two flights carrying 343 migrants, officials said.",
        [
            ("two", 2, E, C, None, {"head": "flights", "source": "officials"}),
            ("343", 343, E, C, None, {"head": "migrants", "source": "officials"}),
        ],
    ),
    (
        "invented/Reuters: a four-day voyage, a charity said",
        "The Ocean Viking disembarked 234 survivors in Ancona after a four-day voyage, the "
        "charity SOS Mediterranee said.",
        [
            ("234", 234, E, C, None, {"head": "survivors", "source": "SOS Mediterranee"}),
            ("four-day", 4, E, D, "day", {"source": "SOS Mediterranee"}),
        ],
    ),
    (
        "invented/Reuters: interior ministry figures showed, against N in a period",
        "Italy's interior ministry figures showed 66,317 people had landed this year, against "
        "157,652 in the same period of 2023.",
        [
            ("66,317", 66317, E, C, None, {"head": "people"}),
            ("157,652", 157652, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/AFP: return decisions and returns, Eurostat said",
        "Eurostat said EU countries issued 484,160 return decisions in 2024, up 12% on 2023, "
        "while 123,375 people were actually returned.",
        [
            ("484,160", 484160, E, C, None, {"head": "decisions", "source": "Eurostat"}),
            ("12%", 12, E, P, "%"),
            ("123,375", 123375, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/AFP: Frontex recorded around N, a drop",
        "Frontex recorded around 239,000 irregular border crossings in 2024, a 38% drop and the "
        "lowest level since 2021.",
        [
            ("around 239,000", 239000, AP, C, None, {"head": "crossings", "source": "Frontex"}),
            ("38%", 38, E, P, "%"),
        ],
    ),
    (
        "invented/Australian newspaper: A$ and years",
        "The Nauru contract is worth A$2.5bn over five years.",
        [("A$2.5bn", 2.5e9, E, M, "AUD"), ("five years", 5, E, D, "year")],
    ),
    (
        "invented/Canadian Press: claims and backlog according to IRCC",
        "Canada received 173,000 asylum claims last year, according to Immigration, Refugees "
        "and Citizenship Canada, and the backlog reached 260,000.",
        [
            (
                "173,000",
                173000,
                E,
                C,
                None,
                {"head": "claims", "source": "Immigration, Refugees and Citizenship Canada"},
            ),
            ("260,000", 260000, E, C, None),
        ],
    ),
    (
        "invented/Canadian Press: a rate per day from about N",
        "Claims at the Roxham Road crossing fell to 30 a day from about 160.",
        [("30", 30, E, C, None, {"head": "claims"}), ("about 160", 160, AP, C, None)],
    ),
    (
        "invented/Reuters: a quote of two levels told Reuters",
        '"We had 1,200 people in the system in January; today we have 3,400," he told Reuters.',
        [("1,200", 1200, E, C, None, {"head": "people"}), ("3,400", 3400, E, C, None)],
    ),
    (
        "invented/UK court copy: ages of the accused are no figures",
        "Officers arrested 12 suspected smugglers, aged between 19 and 54, in raids in Kent.",
        [("12", 12, E, C, None, {"head": "smugglers"})],
    ),
    (
        "invented/UK court copy: jailed for a combined N years",
        "The three men, all Eritrean nationals, were jailed for a combined 27 years.",
        [("three", 3, E, C, None, {"head": "men"}), ("27 years", 27, E, D, "year")],
    ),
    (
        "invented/UK agency: returned since a month, a per cent increase on 12 months",
        "Cooper said the government had returned 35,000 people since July 2024, a 13 per cent "
        "increase on the previous 12 months.",
        [
            ("35,000", 35000, E, C, None, {"head": "people", "source": "Cooper"}),
            ("13 per cent", 13, E, P, "%", {"source": "Cooper"}),
            ("12 months", 12, E, D, "month"),
        ],
    ),
    (
        "invented/Reuters: the UN refugee agency as source",
        "An estimated 2,500 people died or went missing in the Mediterranean last year, "
        "according to the UN refugee agency.",
        [("An estimated 2,500", 2500, AP, C, None, {"source": "UN refugee agency"})],
    ),
]


# Round 3 (written at 05:10 UTC, expected rows first): wholes and parts, quotes that close
# on their speaker, ranges of money, shares in words, second references by surname.
CASES_3 = [
    (
        "invented/UK agency: Of the N people who arrived, M were children",
        "Of the 1,240 people who arrived on Monday, 310 were children, the Home Office said.",
        [
            ("1,240", 1240, E, C, None, {"head": "people", "source": "Home Office"}),
            ("310", 310, E, C, None, {"head": "children", "part_of": 0, "source": "Home Office"}),
        ],
    ),
    (
        "invented/UK agency: a minister by title and name, then by surname",
        "Border Security Minister Tom Reddy said 2,300 people had been returned. Reddy added "
        "that 140 flights had left since January.",
        [
            ("2,300", 2300, E, C, None, {"source": "Tom Reddy"}),
            ("140", 140, E, C, None, {"head": "flights", "source": "Tom Reddy"}),
        ],
    ),
    (
        "invented/UK newspaper: nearly two-thirds of those crossing, five countries",
        "Nearly two-thirds of those crossing were from five countries.",
        [
            ("Nearly two-thirds", 200 / 3, UP, P, "%"),
            ("five", 5, E, C, None, {"head": "countries"}),
        ],
    ),
    (
        "invented/UK newspaper: one in four claimants",
        "One in four claimants was Afghan.",
        [("One in four", 25, E, P, "%")],
    ),
    (
        "invented/AP: more than doubled to N",
        "Arrivals more than doubled to 14,000 in the first half of the year.",
        [("14,000", 14000, E, C, None, {"head": "arrivals"})],
    ),
    (
        "invented/UK newspaper: deaths reached at least N, since records began in a year",
        "The number of Channel deaths this year has reached at least 78, the highest since "
        "records began in 2018.",
        [("at least 78", 78, LO, C, None, {"head": "deaths"})],
    ),
    (
        "invented/Reuters: a long quote with a part, closed by said X",
        '"There are 400 people sleeping in the park, 60 of them children, and nobody is '
        'coming," said Pietro Sanna, a volunteer in Ventimiglia.',
        [
            ("400", 400, E, C, None, {"head": "people", "source": "Pietro Sanna"}),
            ("60", 60, E, C, None, {"head": "children", "part_of": 0, "source": "Pietro Sanna"}),
        ],
    ),
    (
        "invented/AP: an unnamed official speaking on condition of anonymity",
        "An ICE official, speaking on condition of anonymity, said about 1,100 detainees had "
        "been moved to Texas.",
        [("about 1,100", 1100, AP, C, None, {"head": "detainees", "source": "An ICE official"})],
    ),
    (
        "invented/AFP: a range of euros, police said",
        "Smugglers charge between €1,500 and €3,000 for a place on a dinghy, police said.",
        [("between €1,500 and €3,000", (1500, 3000), R, M, "EUR", {"source": "police"})],
    ),
    (
        "invented/UK newspaper: pounds over years",
        "The UK has paid France £476m over three years to stop crossings.",
        [("£476m", 476e6, E, M, "GBP"), ("three years", 3, E, D, "year")],
    ),
    (
        "invented/UK newspaper: an average of N days, up from M days",
        "Applications were processed in an average of 287 days, up from 189 days.",
        [("287 days", 287, E, D, "day"), ("189 days", 189, E, D, "day")],
    ),
    (
        "invented/UK newspaper: cost and four volunteers",
        "The Rwanda scheme cost £700m and relocated just four volunteers.",
        [("£700m", 700e6, E, M, "GBP"), ("four", 4, E, C, None, {"head": "volunteers"})],
    ),
    (
        "invented/UK agency: nationals claimed asylum, N% fewer",
        "In the year to September, 10,542 Albanians claimed asylum, 42% fewer than a year earlier.",
        [("10,542", 10542, E, C, None, {"head": "albanians"}), ("42%", 42, E, P, "%")],
    ),
    (
        "invented/AP: refugees admitted, the most in three decades",
        "The US admitted 100,034 refugees in fiscal year 2024, the most in three decades.",
        [
            ("100,034", 100034, E, C, None, {"head": "refugees"}),
            ("three decades", 3, E, D, "decade"),
        ],
    ),
    (
        "invented/Reuters: millions displaced, including millions inside",
        "Some 12.4 million Syrians remain displaced, including 6.7 million inside the country.",
        [
            ("Some 12.4 million", 12.4e6, AP, C, None, {"head": "syrians"}),
            ("6.7 million", 6.7e6, E, C, None, {"part_of": 0}),
        ],
    ),
    (
        "invented/UK newspaper: a cost per person a year, the NAO estimated",
        "Each asylum seeker costs about £41,000 a year to house in a hotel, the National Audit "
        "Office estimated.",
        [("about £41,000", 41000, AP, M, "GBP", {"source": "National Audit Office"})],
    ),
    (
        "invented/Reuters: arrivals since January, up from N, a threefold increase",
        "Greek authorities said 3,200 people had arrived on Crete since January, up from 870 in "
        "the same period last year, a more than threefold increase.",
        [
            ("3,200", 3200, E, C, None, {"head": "people", "source": "Greek authorities"}),
            ("870", 870, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/Reuters: a clock time and a date are no figures",
        "The boat left Zuwara at 11pm on June 13 carrying 88 people.",
        [("88", 88, E, C, None, {"head": "people"})],
    ),
    (
        "invented/wire: a count in words opening the sentence",
        "Seventeen people, including a pregnant woman, were rescued off Lampedusa.",
        [("Seventeen", 17, E, C, None, {"head": "people"})],
    ),
]


# Round 4 (written at 05:12 UTC, expected rows first): several paragraphs, where who speaks
# is carried from one paragraph to the next, as long wire and newspaper copy does.
CASES_4 = [
    (
        "invented/Guardian: a quote over two paragraphs, then 'she added'",
        "Nadia Osei, who leads the asylum team at the charity Safe Passage Network, said the "
        "figures were alarming.\n\n"
        '"We are supporting 850 families in hotels, and 120 of those families have been there '
        'for more than two years," she said.\n\n'
        "She added that the charity's caseworkers had handled 3,400 calls in March.",
        [
            ("850", 850, E, C, None, {"head": "families", "source": "Nadia Osei"}),
            ("120", 120, E, C, None, {"head": "families", "part_of": 0, "source": "Nadia Osei"}),
            ("more than two years", 2, LO, D, "year", {"source": "Nadia Osei"}),
            ("3,400", 3400, E, C, None, {"head": "calls", "source": "Nadia Osei"}),
        ],
    ),
    (
        "invented/BBC: a department's statement, then 'the department said'",
        "The Home Office said in a statement that it had removed 1,030 foreign offenders "
        "since April.\n\n"
        "The department said a further 260 were in detention awaiting removal.",
        [
            ("1,030", 1030, E, C, None, {"head": "offenders", "source": "Home Office"}),
            ("260", 260, E, C, None, {"source": "Home Office"}),
        ],
    ),
    (
        "invented/Reuters: a named official, then 'the official' in the next paragraph",
        "Matteo Ferri, an official at the Italian interior ministry, said 1,800 migrants had "
        "landed over the weekend.\n\n"
        "Around 600 of them were taken to a centre in Porto Empedocle, the official said.",
        [
            ("1,800", 1800, E, C, None, {"head": "migrants", "source": "Matteo Ferri"}),
            (
                "Around 600",
                600,
                AP,
                C,
                None,
                {"head": "migrants", "part_of": 0, "source": "Matteo Ferri"},
            ),
        ],
    ),
    (
        "invented/AP: a statement by an agency, then 'it said'",
        "U.S. Immigration and Customs Enforcement said in a statement that 2,140 people were "
        "arrested in the operation. It said 1,320 had criminal convictions.",
        [
            (
                "2,140",
                2140,
                E,
                C,
                None,
                {"source": "U.S. Immigration and Customs Enforcement"},
            ),
            (
                "1,320",
                1320,
                E,
                C,
                None,
                {"source": "U.S. Immigration and Customs Enforcement"},
            ),
        ],
    ),
    (
        "invented/Guardian: figures seen by the newspaper, from the Home Office",
        "Home Office figures seen by the Guardian show 4,600 asylum seekers were moved out of "
        "hotels in June.",
        [("4,600", 4600, E, C, None, {"head": "seekers", "source": "Home Office"})],
    ),
    (
        "invented/AP: an analysis by an institute",
        "An analysis by the Migration Policy Institute found that 1.4 million people were "
        "living under deportation orders.",
        [("1.4 million", 1.4e6, E, C, None, {"source": "Migration Policy Institute"})],
    ),
    (
        "invented/Canadian Press: claimed a figure the agency disputes",
        "The advocacy group Migrant Rights Ontario claimed that 700 people were held in "
        "provincial jails last year, a figure the Canada Border Services Agency disputes.",
        [("700", 700, E, C, None, {"source": "Migrant Rights Ontario"})],
    ),
]


# Round 5 (written at 05:13 UTC, expected rows first): how this copy writes amounts: rates
# glued by hyphens, shares in words, other dollars, "a record", "a single day".
CASES_5 = [
    (
        "invented/UK tabloid: a hyphenated daily rate",
        "Ministers have pledged to end the £8m-a-day hotel bill by 2029.",
        [("£8m", 8e6, E, M, "GBP")],
    ),
    (
        "invented/UK newspaper: a record, a single day, the first time",
        "A record 1,305 people crossed the Channel in a single day for the first time.",
        [("1,305", 1305, E, C, None, {"head": "people"})],
    ),
    (
        "invented/UK newspaper: a fifth of the total between dashes",
        "More than 100,000 people, roughly a fifth of the total, are waiting for an appeal.",
        [
            ("More than 100,000", 100000, LO, C, None, {"head": "people"}),
            ("roughly a fifth", 20, AP, P, "%"),
        ],
    ),
    (
        "invented/UK newspaper: nine in 10 small boat arrivals",
        "Nine in 10 small boat arrivals claim asylum, the Refugee Council said.",
        [("Nine in 10", 90, E, P, "%", {"source": "Refugee Council"})],
    ),
    (
        "invented/UK newspaper: the 12-month period",
        "The number of grants fell 38% over the 12-month period.",
        [("38%", 38, E, P, "%"), ("12-month", 12, E, D, "month")],
    ),
    (
        "invented/Canadian Press: C$ amounts",
        "Ottawa will give Quebec C$750 million to cover the cost of housing asylum seekers.",
        [("C$750 million", 750e6, E, M, "CAD")],
    ),
    (
        "invented/NZ copy: NZ$ amounts",
        "The government set aside NZ$12.5 million for the refugee quota.",
        [("NZ$12.5 million", 12.5e6, E, M, "NZD")],
    ),
    (
        "invented/AP: a change written as from N to M between two years",
        "Between 2019 and 2023, the number of pending cases rose from 1.1 million to 2.5 million.",
        [
            ("1.1 million", 1.1e6, E, C, None, {"head": "cases"}),
            ("2.5 million", 2.5e6, E, C, None, {"head": "cases"}),
        ],
    ),
    (
        "invented/UK newspaper: ages of two boys are no figures",
        "Two boys, aged 16 and 17, were among the 43 people rescued.",
        [("Two", 2, E, C, None, {"head": "boys"}), ("43", 43, E, C, None, {"head": "people"})],
    ),
    (
        "invented/Reuters: a fifth consecutive month is an ordinal",
        "Arrivals in Spain's Canary Islands fell for a fifth consecutive month, to 2,310.",
        [("2,310", 2310, E, C, None, {"head": "arrivals"})],
    ),
    (
        "invented/AP: percentage points",
        "The share of cases closed with a removal order rose 4.5 percentage points.",
        [("4.5 percentage points", 4.5, E, P, ANY)],
    ),
    (
        "invented/Reuters: m as million after a sign",
        "The EU agreed to pay Mauritania €210m to curb departures.",
        [("€210m", 210e6, E, M, "EUR")],
    ),
    (
        "invented/Reuters: a 5,000-strong force",
        "Greece deployed a 1,200-strong border force along the Evros river.",
        [("1,200", 1200, E, C, ANY)],
    ),
    (
        "invented/Guardian: half of all",
        "Half of all claims lodged last year were from people who arrived by small boat.",
        [("Half", 50, E, P, "%", {"head": "claims"})],
    ),
    (
        "invented/Reuters: tens of thousands is vague, the count after it is not",
        "Tens of thousands of people have fled, and 3,500 have crossed into Chad since Friday.",
        [("3,500", 3500, E, C, None)],
    ),
]


# Round 6 (written at 05:17 UTC, expected rows first): who says it, as this copy names
# them: a title before the name, a body with its acronym, a body after commas, a paper.
CASES_6 = [
    (
        "invented/UK newspaper: Home Secretary X told MPs",
        "Home Secretary Laura Finch told MPs that 2,500 people had been removed since May.",
        [("2,500", 2500, E, C, None, {"source": "Laura Finch"})],
    ),
    (
        "invented/UK newspaper: a charity's analysis of Home Office data found",
        "The Refugee Council's analysis of Home Office data found that 3,000 children were "
        "waiting for a decision.",
        [("3,000", 3000, E, C, None, {"head": "children", "source": "Refugee Council"})],
    ),
    # (first written as "International Organization for Migration"; the merged project keeps
    # a proper owner with a body's name, "Panama's National Migration Service" in
    # tests/test_devset2_regions.py, as this batch's gold keeps "IOM's Missing Migrants
    # Project": both answers are taken here, and the rule that stripped the owner is gone)
    (
        "invented/Reuters: according to the UN's agency with its acronym",
        "According to the UN's International Organization for Migration (IOM), 2,452 people "
        "died in the Mediterranean last year.",
        [
            (
                "2,452",
                2452,
                E,
                C,
                None,
                {
                    "source": (
                        "International Organization for Migration",
                        "UN's International Organization for Migration",
                    )
                },
            )
        ],
    ),
    (
        "invented/AFP: a charity with its acronym said its teams had treated",
        "The charity Medecins Sans Frontieres (MSF) said its teams had treated 340 people for "
        "hypothermia.",
        [("340", 340, E, C, None, {"source": "Medecins Sans Frontieres"})],
    ),
    (
        "invented/UK newspaper: the figures, released by a department, show",
        "The figures, released by the Home Office on Thursday, show 9,400 people were granted "
        "protection.",
        [("9,400", 9400, E, C, None, {"source": "Home Office"})],
    ),
    (
        "invented/UK newspaper: a paper reported",
        "The Telegraph reported that 600 people had been moved to military sites.",
        [("600", 600, E, C, None, {"source": "The Telegraph"})],
    ),
    (
        "invented/Reuters: a minister between commas, then said",
        "Denmark's immigration minister, Anders Holm, said 1,100 rejected asylum seekers had "
        "left the country.",
        [("1,100", 1100, E, C, None, {"source": "Anders Holm"})],
    ),
    (
        "invented/Reuters: officials in a place said, capacity and count",
        "Officials in Lampedusa said the hotspot, built for 400, was holding 1,900 people.",
        [
            ("400", 400, E, C, None, {"source": "Officials in Lampedusa"}),
            ("1,900", 1900, E, C, None, {"head": "people", "source": "Officials in Lampedusa"}),
        ],
    ),
    (
        "invented/AP: the agency, then its spokesperson by name",
        "The Department of Homeland Security said 8,000 people had left through the app. "
        "Spokesperson Dana Kroll said another 2,000 had booked flights.",
        [
            ("8,000", 8000, E, C, None, {"source": "Department of Homeland Security"}),
            ("2,000", 2000, E, C, None, {"source": "Dana Kroll"}),
        ],
    ),
    (
        "invented/Guardian Australia: the minister's office said in a statement",
        "A spokesperson for the immigration minister, Tony Burke, said 12 people remained in "
        "detention on Nauru.",
        [("12", 12, E, C, None, {"head": "people"})],
    ),
]


# Round 9 (written at 05:32 UTC, expected rows first): EU and Australian bodies named with
# an apposition, euros written in words, other spellings of the Australian dollar.
CASES_9 = [
    (
        "invented/AFP: Frontex, the EU's border agency, said",
        "Frontex, the EU's border agency, said irregular crossings fell 42% to 95,200.",
        [
            ("42%", 42, E, P, "%", {"source": "Frontex"}),
            ("95,200", 95200, E, C, None, {"head": "crossings", "source": "Frontex"}),
        ],
    ),
    (
        "invented/AFP: the EU's border agency Frontex said",
        "The EU's border agency Frontex said it had deployed 450 officers to Greece.",
        [("450", 450, E, C, None, {"head": "officers", "source": "Frontex"})],
    ),
    (
        "invented/Reuters: euros written as a word after the amount",
        "The bloc signed a 1 billion euro deal with Egypt and pledged 7.4 billion euros more.",
        [("1 billion euro", 1e9, E, M, "EUR"), ("7.4 billion euros", 7.4e9, E, M, "EUR")],
    ),
    (
        "invented/AFP: a hyphenated euro package",
        "Brussels approved a €1-billion package for Lebanon.",
        [("€1-billion", 1e9, E, M, "EUR")],
    ),
    (
        "invented/ABC Australia: AU$ amounts",
        "The Australian Border Force (ABF) spent AU$86 million on boat patrols.",
        [("AU$86 million", 86e6, E, M, "AUD")],
    ),
    (
        "invented/Reuters: Germany's migration office with its acronym",
        "Germany's Federal Office for Migration and Refugees (BAMF) said it had received "
        "98,000 first-time applications.",
        [
            (
                "98,000",
                98000,
                E,
                C,
                None,
                # (either: the merged project keeps a proper owner with a body's name)
                {
                    "head": "applications",
                    "source": (
                        "Federal Office for Migration and Refugees",
                        "Germany's Federal Office for Migration and Refugees",
                    ),
                },
            )
        ],
    ),
    (
        "invented/AFP: the agency, then 'it said'",
        "The EU Agency for Asylum said 1.1 million applications were pending. It said 41% of "
        "decisions were positive.",
        [
            ("1.1 million", 1.1e6, E, C, None, {"source": "EU Agency for Asylum"}),
            ("41%", 41, E, P, "%", {"head": "decisions", "source": "EU Agency for Asylum"}),
        ],
    ),
    (
        "invented/Reuters: Spain's interior ministry data showed",
        "Spain's interior ministry data showed 25,600 migrants reached the Canary Islands by boat.",
        [("25,600", 25600, E, C, None, {"head": "migrants"})],
    ),
]


# Round 10 (written at 05:39 UTC, expected rows first): the page around the copy, as a
# scraped article keeps it: headline, timestamps, credits, copyright lines.
CASES_10 = [
    (
        "invented/Guardian page: a timestamp with a dotted clock time",
        "Thu 21 Aug 2025 11.02 BST\n\nThe Home Office said 1,100 people crossed on Wednesday.",
        [("1,100", 1100, E, C, None, {"source": "Home Office"})],
    ),
    (
        "invented/Guardian page: last modified line",
        "Last modified on Fri 22 Aug 2025 16.40 BST\n\nSome 700 people were moved.",
        [("Some 700", 700, AP, C, None)],
    ),
    (
        "invented/AP page: copyright line",
        "Detention reached 61,000 people.\n\nCopyright 2025 The Associated Press. All rights "
        "reserved.",
        [("61,000", 61000, E, C, None)],
    ),
    (
        "invented/BBC page: a headline with a verb of level",
        "Channel crossings top 30,000 for the year\n\nMore than 30,000 people have crossed.",
        [
            ("30,000", 30000, E, C, None, {"head": "crossings"}),
            ("More than 30,000", 30000, LO, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/Reuters page: up to N feared dead, headline",
        "Up to 50 people feared dead after boat capsizes off Libya",
        [("Up to 50", 50, UP, C, None, {"head": "people"})],
    ),
    (
        "invented/Reuters page: reporting credits with a time zone",
        "Arrivals fell to 3,100.\n\n(Reporting by Angelo Amante; Editing by Alex Richardson)",
        [("3,100", 3100, E, C, None)],
    ),
]


# Round 11 (written at 05:41 UTC, expected rows first): pairs with "respectively", a change
# with its share, identifiers of laws and visas, a count of one.
CASES_11 = [
    (
        "invented/UK agency: two counts respectively",
        "Afghans and Eritreans accounted for 5,400 and 3,100 claims respectively.",
        [
            ("5,400", 5400, E, C, None, {"head": "claims"}),
            ("3,100", 3100, E, C, None, {"head": "claims"}),
        ],
    ),
    (
        "invented/UK agency: a rise of N, or M%, on the previous quarter",
        "The backlog fell by 1,200, or 14%, on the previous quarter.",
        [("1,200", 1200, E, C, None), ("14%", 14, E, P, "%")],
    ),
    (
        "invented/wire: one died and N were rescued",
        "One person died and 65 were rescued after the dinghy deflated.",
        [("One", 1, E, C, None, {"head": "person"}), ("65", 65, E, C, None, {"head": "people"})],
    ),
    (
        "invented/UK newspaper: fewer than one in 100 appeals",
        "Fewer than one in 100 appeals succeeded.",
        [("Fewer than one in 100", 1, UP, P, "%")],
    ),
    (
        "invented/UK newspaper: the 1951 Refugee Convention and a numbered article",
        "The 1951 Refugee Convention and Article 3 of the European Convention on Human Rights "
        "protect the 2,300 people held at the site.",
        [("2,300", 2300, E, C, None, {"head": "people"})],
    ),
    (
        "invented/UK newspaper: section of an act with its year",
        "Under Section 8 of the Illegal Migration Act 2023, 410 people were detained.",
        [("410", 410, E, C, None, {"head": "people"})],
    ),
    (
        "invented/UK newspaper: Rule 35 reports",
        "Doctors filed 1,950 Rule 35 reports at Brook House, which held 448 detainees.",
        [
            ("1,950", 1950, E, C, None, {"head": "reports"}),
            ("448", 448, E, C, None, {"head": "detainees"}),
        ],
    ),
    (
        "invented/AP: H-1B visas and a G7 summit",
        "The cap of 85,000 H-1B visas was discussed at the G7 summit.",
        [("85,000", 85000, E, C, None, {"head": "visas"})],
    ),
    (
        "invented/AP: TPS for Venezuelans",
        "Ending TPS would strip protection from about 600,000 Venezuelans.",
        [("about 600,000", 600000, AP, C, None, {"head": "venezuelans"})],
    ),
    (
        "invented/Reuters: a range with 'to' and people",
        "Officials expect 3,000 to 4,000 people to arrive each week.",
        [("3,000 to 4,000", (3000, 4000), R, C, None, {"head": "people"})],
    ),
    (
        "invented/Reuters: an increase of more than N%",
        "Returns to Iraq rose, an increase of more than 50%.",
        [("more than 50%", 50, LO, P, "%")],
    ),
]


# Round 12 (written at 05:46 UTC, expected rows first): Senate estimates and Australian
# copy: "Ms X" after the full name, hedges, rates per person, nautical miles.
CASES_12 = [
    (
        "invented/Guardian Australia: 'Ms X' after her full name",
        "Rebecca Thwaites, the department's deputy secretary, appeared before the committee. "
        "Ms Thwaites said there were 11 people on Nauru.",
        [("11", 11, E, C, None, {"head": "people", "source": "Rebecca Thwaites"})],
    ),
    # (the first annotation also asked hedged=True; hedged belongs to a reporting verb in
    # the README's schema, so with no speaker it stays empty: that expectation was dropped)
    (
        "invented/ABC Australia: reportedly held, a hedge without a speaker",
        "About 90 people are reportedly held in the centre.",
        [("About 90", 90, AP, C, None, {"head": "people", "source": None})],
    ),
    (
        "invented/Guardian Australia: a rate per person per day in Australian copy",
        "Holding one person on Nauru costs Australia $1,900 per day.",
        [("one", 1, E, C, None, {"head": "person"}), ("$1,900", 1900, E, M, "AUD")],
    ),
    (
        "invented/ABC Australia: a boat intercepted nautical miles north of a town",
        "The boat, carrying 23 Vietnamese nationals, was intercepted 120 nautical miles north "
        "of Broome.",
        [
            ("23", 23, E, C, None, {"head": "nationals"}),
            ("120 nautical miles", 120, E, "measure", "nautical_mile"),
        ],
    ),
    (
        "invented/RNZ: a quota rising to N places",
        "New Zealand's refugee quota will rise to 1,500 places next year.",
        [("1,500", 1500, E, C, None, {"head": "places"})],
    ),
    (
        "invented/Guardian Australia: the senator asked, the official answered",
        "Senator Paul Gray asked how many people had been transferred. Ms Thwaites replied "
        "that 37 had been flown to Brisbane for medical care.",
        [("37", 37, E, C, None, {"source": "Thwaites"})],
    ),
    (
        "invented/SBS: the government claims a figure, critics dispute it",
        "The government claims the policy has stopped 870 boats, a number refugee advocates "
        "dispute.",
        [
            (
                "870",
                870,
                E,
                C,
                None,
                {"head": "boats", "source": "government", "hedged": True},
            )
        ],
    ),
]


# Round 13 (written at 05:47 UTC, expected rows first): quotes split by their tag, a colon
# before a quote, posts on X, shares of a whole, conversions in brackets, "m" for million.
CASES_13 = [
    (
        "invented/BBC: a quote split by 'she said'",
        '"We have seen a 40% rise," she said. "Last week alone, 300 people came to us."',
        [("40%", 40, E, P, "%"), ("300", 300, E, C, None, {"head": "people"})],
    ),
    (
        "invented/UK newspaper: 'The minister said:' then a quote",
        'Border Security Minister Tom Reddy said: "We removed 9,000 people last year."',
        [("9,000", 9000, E, C, None, {"head": "people", "source": "Tom Reddy"})],
    ),
    (
        "invented/Reuters: according to a spokesman named with his role",
        "According to Carlos Ruiz, a spokesman for the Spanish Red Cross, 180 people were "
        "treated on arrival.",
        [("180", 180, E, C, None, {"head": "people", "source": "Carlos Ruiz"})],
    ),
    (
        "invented/AP: said in a post on X",
        "The governor said in a post on X that 1,400 migrants had been bused to Chicago.",
        [("1,400", 1400, E, C, None, {"head": "migrants", "source": "governor"})],
    ),
    (
        "invented/UK agency: Of the N claims decided, M% were refused",
        "Of the 3,200 claims decided in May, 61% were refused.",
        [
            ("3,200", 3200, E, C, None, {"head": "claims"}),
            ("61%", 61, E, P, "%", {"head": "claims", "part_of": 0}),
        ],
    ),
    (
        "invented/Reuters: around a third of the N people",
        "Around a third of the 900 people rescued were children.",
        [("Around a third", 100 / 3, AP, P, "%"), ("900", 900, E, C, None, {"head": "people"})],
    ),
    (
        "invented/Guardian: a conversion in brackets",
        "The scheme has cost £2.1bn ($2.7bn) so far.",
        [("£2.1bn", 2.1e9, E, M, "GBP"), ("$2.7bn", 2.7e9, E, M, "USD")],
    ),
    (
        "invented/UK newspaper: m for million people",
        "An estimated 1.2m people are living in the UK without status.",
        [("An estimated 1.2m", 1.2e6, AP, C, None, {"head": "people"})],
    ),
    (
        "invented/UK newspaper: three times as many is a multiple, no figure",
        "Three times as many people crossed as in 2020, when 8,400 made the journey.",
        [("8,400", 8400, E, C, None)],
    ),
    (
        "invented/UK newspaper: five per cent in words",
        "Only five per cent of claims were withdrawn.",
        [("five per cent", 5, E, P, "%", {"head": "claims"})],
    ),
    (
        "invented/AP: told reporters at a news conference",
        "The border czar told reporters at a news conference that 3,000 arrests a day was the "
        "goal.",
        [("3,000", 3000, E, C, None, {"head": "arrests"})],
    ),
]


# Round 14 (written at 05:51 UTC, expected rows first): US legal and fiscal references that
# look like numbers: 287(g), 212(f), FY2024, a 10-year high, the No. 2 official.
CASES_14 = [
    (
        "invented/AP: the 287(g) program",
        "Some 1,000 local police agencies have signed 287(g) agreements with ICE.",
        [("Some 1,000", 1000, AP, C, None, {"head": "agencies"})],
    ),
    (
        "invented/AP: Section 212(f) of the Immigration and Nationality Act",
        "The proclamation, issued under Section 212(f) of the Immigration and Nationality "
        "Act, barred 12 countries.",
        [("12", 12, E, C, None, {"head": "countries"})],
    ),
    (
        "invented/AP: FY2024 is a year",
        "ICE removed 271,484 people in FY2024.",
        [("271,484", 271484, E, C, None, {"head": "people"})],
    ),
    # (first written with no figure for "10-year"; tests/test_unseen_styles.py already takes
    # "a 28-year high" as a duration, as the batch's gold took "the highest ... in two
    # decades": the row follows that convention)
    (
        "invented/AP: a 10-year high",
        "Apprehensions of Mexican families hit a 10-year high of 6,200.",
        [("10-year", 10, E, D, "year"), ("6,200", 6200, E, C, None)],
    ),
    (
        "invented/AP: a 501(c)(3) group",
        "The charity is a 501(c)(3) group with 40 staff.",
        [("40", 40, E, C, None, {"head": "staff"})],
    ),
    (
        "invented/AP: the No. 2 official",
        "The No. 2 official at DHS said 40 judges would be hired.",
        [("40", 40, E, C, None, {"head": "judges"})],
    ),
    (
        "invented/AP: the 12 months ending Sept. 30",
        "In the 12 months ending Sept. 30, agents arrested 1.5 million people.",
        [("12 months", 12, E, D, "month"), ("1.5 million", 1.5e6, E, C, None, {"head": "people"})],
    ),
]


# Round 15 (written at 05:55 UTC, expected rows first): Geneva briefing and UN agency copy
# as the wires carry it.
CASES_15 = [
    (
        "invented/Reuters: a body with its acronym and a description, said on Friday",
        "The International Organization for Migration (IOM), the UN migration agency, said on "
        "Friday that 412 people had died on the Atlantic route this year.",
        [("412", 412, E, C, None, {"source": "International Organization for Migration"})],
    ),
    (
        "invented/AFP: an agency spokesperson named after a comma",
        "A spokesperson for the UN refugee agency, Marta Lindqvist, said 250,000 Syrians had "
        "returned since December.",
        [("250,000", 250000, E, C, None, {"head": "syrians", "source": "Marta Lindqvist"})],
    ),
    (
        "invented/AFP: UNHCR spokesperson X told a briefing in Geneva",
        "UNHCR spokesperson Jonas Brandt told a briefing in Geneva that 1.3 million people had "
        "fled into Chad.",
        [("1.3 million", 1.3e6, E, C, None, {"head": "people", "source": "Jonas Brandt"})],
    ),
    (
        "invented/Reuters: a country's new government says",
        "Syria's new government says 1 million refugees have returned.",
        [("1 million", 1e6, E, C, None, {"head": "refugees", "source": "Syria's new government"})],
    ),
    (
        "invented/Reuters: officials of a nationality say",
        "Turkish officials say more than 400,000 Syrians have gone home.",
        [
            (
                "more than 400,000",
                400000,
                LO,
                C,
                None,
                {"head": "syrians", "source": "Turkish officials"},
            )
        ],
    ),
    (
        "invented/Reuters: the two agencies said",
        "The two agencies said 6,000 people needed shelter.",
        [
            ("two", 2, E, C, None, {"head": "agencies"}),
            ("6,000", 6000, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/UK newspaper: down N pc",
        "Grants of protection were down 12pc on the year.",
        [("12pc", 12, E, P, "%")],
    ),
]


# Round 17 (written at 06:08 UTC, expected rows first): Westminster copy: No 10, Downing
# Street, the Commons, a government source.
CASES_17 = [
    (
        "invented/UK newspaper: No 10 is Downing Street, no count",
        "No 10 said 500 extra staff would be hired to clear appeals.",
        [("500", 500, E, C, None, {"head": "staff", "source": "No 10"})],
    ),
    (
        "invented/UK newspaper: Downing Street said",
        "Downing Street said the deal would return 50 people a week.",
        [("50", 50, E, C, None, {"head": "people", "source": "Downing Street"})],
    ),
    (
        "invented/UK newspaper: a government source said",
        "A government source said about 1,000 people could be removed by Christmas.",
        [("about 1,000", 1000, AP, C, None, {"source": "A government source"})],
    ),
    (
        "invented/UK newspaper: the committee heard",
        "The Commons home affairs committee heard that 6,000 claims had been lost.",
        [("6,000", 6000, E, C, None, {"head": "claims"})],
    ),
    (
        "invented/UK newspaper: No. 10 with a full stop",
        "A No. 10 spokesperson said 2,000 people had been returned.",
        [("2,000", 2000, E, C, None, {"head": "people"})],
    ),
]


# Round 7 (written at 05:23 UTC, expected rows first): two whole articles of several
# paragraphs, where figures, sources and wholes run across sentences.
ARTICLE_CANADA = (
    "OTTAWA (CP) — Asylum claims in Canada fell 31 per cent in the first half of the year, "
    "to 49,200, after Ottawa tightened visa rules for Mexican nationals, federal data show."
    "\n\n"
    "Immigration, Refugees and Citizenship Canada said 16,800 of those claims were made at "
    "airports and 9,950 at land crossings. The department said the backlog of pending claims "
    "stood at about 286,000, and that the average wait for a hearing was 44 months."
    "\n\n"
    '"These are people who have been living in limbo for nearly four years," said Tamara '
    "Osei-Brooks, a lawyer with the Canadian Council for Refugees. She said some of her "
    "clients had spent more than $12,000 on legal fees."
    "\n\n"
    "Quebec, which received 45 per cent of all claims last year, has asked Ottawa for C$1 "
    "billion to cover housing and social assistance costs."
)
ARTICLE_CANADA_ROWS = [
    ("31 per cent", 31, E, P, "%"),
    ("49,200", 49200, E, C, None, {"head": "claims"}),
    (
        "16,800",
        16800,
        E,
        C,
        None,
        {"head": "claims", "source": "Immigration, Refugees and Citizenship Canada"},
    ),
    (
        "9,950",
        9950,
        E,
        C,
        None,
        {"head": "claims", "source": "Immigration, Refugees and Citizenship Canada"},
    ),
    (
        "about 286,000",
        286000,
        AP,
        C,
        None,
        {"head": "claims", "source": "Immigration, Refugees and Citizenship Canada"},
    ),
    (
        "44 months",
        44,
        E,
        D,
        "month",
        {"source": "Immigration, Refugees and Citizenship Canada"},
    ),
    ("nearly four years", 4, UP, D, "year", {"source": "Tamara Osei-Brooks"}),
    ("more than $12,000", 12000, LO, M, "CAD", {"source": "Tamara Osei-Brooks"}),
    ("45 per cent", 45, E, P, "%", {"head": "claims"}),
    ("C$1 billion", 1e9, E, M, "CAD"),
]
ARTICLE_GREECE = (
    "ATHENS, July 9 (Reuters) - Greece will suspend asylum applications for three months "
    "for people arriving by sea from North Africa, Prime Minister Kyriakos Mitsotakis said on "
    "Wednesday, after more than 2,000 migrants landed on Crete in two days."
    "\n\n"
    "Arrivals on the island have risen to about 7,300 so far this year, from 4,900 in all of "
    "last year, according to coast guard figures. Of those arriving this year, roughly 80% "
    "set off from the Libyan port of Tobruk, the coast guard said."
    "\n\n"
    "Migration Minister Thanos Plevris said the government would also cut the benefits paid "
    "to recognised refugees by up to 40%. The UN refugee agency said it was concerned."
)
ARTICLE_GREECE_ROWS = [
    ("three months", 3, E, D, "month", {"source": "Kyriakos Mitsotakis"}),
    ("more than 2,000", 2000, LO, C, None, {"head": "migrants"}),
    ("two days", 2, E, D, "day"),
    ("about 7,300", 7300, AP, C, None, {"head": "arrivals"}),
    ("4,900", 4900, E, C, None, {"head": "arrivals"}),
    ("roughly 80%", 80, AP, P, "%"),
    ("up to 40%", 40, UP, P, "%", {"source": "Thanos Plevris"}),
]
# Round 8 (written at 05:29 UTC, expected rows first): an AP court story and a BBC
# explainer set out as a list.
ARTICLE_AP_COURTS = (
    "SAN DIEGO (AP) — Immigration judges ordered 18,400 people deported in March without "
    "the migrants appearing in court, a 60% jump from February, according to data analyzed "
    "by the Transactional Records Access Clearinghouse."
    "\n\n"
    "The group, which is based at Syracuse University, said in-absentia orders made up nearly "
    "half of the 39,000 deportation orders issued that month."
    "\n\n"
    '"Many of these people never got the notice," said Ana Ruiz, an attorney who has '
    "represented asylum seekers in San Diego for 14 years. She said she had seen hearing "
    "notices mailed to addresses that were 2,000 miles away."
)
ARTICLE_AP_COURTS_ROWS = [
    ("18,400", 18400, E, C, None, {"head": "people"}),
    ("60%", 60, E, P, "%"),
    ("nearly half", 50, UP, P, "%", {"head": "orders"}),
    (
        "39,000",
        39000,
        E,
        C,
        None,
        {"head": "orders", "source": "Transactional Records Access Clearinghouse"},
    ),
    ("14 years", 14, E, D, "year", {"source": None}),
    # (missed by the first annotation, a measure: the extractor's schema has them)
    ("2,000 miles", 2000, E, "measure", "mile", {"source": "Ana Ruiz"}),
]
ARTICLE_BBC_LIST = (
    "Small boats: the numbers in five charts"
    "\n\n"
    "How many people have crossed?"
    "\n\n"
    "More than 35,000 people crossed the Channel in small boats in the first nine months of "
    "the year, according to Home Office figures. That is:"
    "\n\n"
    "- 9,200 more than in the same period of last year"
    "\n"
    "- an average of 53 people per boat, up from 41"
    "\n"
    "- about 130 people a day"
    "\n\n"
    "Where do they come from?"
    "\n\n"
    "Afghans were the largest group, making up 17% of arrivals, followed by Syrians (11%) and "
    "Eritreans (10%)."
)
ARTICLE_BBC_LIST_ROWS = [
    ("five", 5, E, C, None, {"head": "charts"}),
    ("More than 35,000", 35000, LO, C, None, {"head": "people", "source": "Home Office"}),
    ("nine months", 9, E, D, "month", {"source": "Home Office"}),
    ("9,200", 9200, E, C, None),
    ("53", 53, E, C, None, {"head": "people"}),
    ("41", 41, E, C, None),
    ("about 130", 130, AP, C, None, {"head": "people"}),
    ("17%", 17, E, P, "%", {"head": "arrivals"}),
    ("11%", 11, E, P, "%"),
    ("10%", 10, E, P, "%"),
]
# Round 16 (written at 05:56 UTC, expected rows first): two more whole articles, a UK
# regional paper on a council and a hotel, an AFP piece on Libya interceptions.
ARTICLE_UK_COUNCIL = (
    "Plans to house up to 400 asylum seekers at a former RAF base near Wethersfield have "
    "been approved, despite objections from Braintree District Council."
    "\n\n"
    "The council said it had received more than 1,800 letters from residents, 93% of them "
    'opposing the scheme. Its leader, Councillor Graham Butland, said the site was "not '
    'suitable for more than a few dozen people".'
    "\n\n"
    "The Home Office said the base would cost £1.2m a month to run, compared with £5.5m for "
    "hotels housing the same number. A spokesperson added that residents would stay for up "
    "to nine months while their claims were decided."
    "\n\n"
    "Local campaigners, who have held 14 protests since March, claimed the true cost was "
    "closer to £2m."
)
ARTICLE_UK_COUNCIL_ROWS = [
    ("up to 400", 400, UP, C, None, {"head": "seekers"}),
    (
        "more than 1,800",
        1800,
        LO,
        C,
        None,
        {"head": "letters", "source": "Braintree District Council"},
    ),
    (
        "93%",
        93,
        E,
        P,
        "%",
        {"head": "letters", "part_of": 1, "source": "Braintree District Council"},
    ),
    ("£1.2m", 1.2e6, E, M, "GBP", {"source": "Home Office"}),
    ("£5.5m", 5.5e6, E, M, "GBP", {"source": "Home Office"}),
    # (first written with no source: "A spokesperson added" attributes it; who the unnamed
    # spokesperson is, the phrase or the body named before, is open)
    ("up to nine months", 9, UP, D, "month", {"source": ("A spokesperson", "Home Office")}),
    ("14", 14, E, C, None, {"head": "protests", "source": None}),
    # (first written as an upper bound, as "close to" is; "closer to" corrects to about the
    # amount, and the row takes approximate)
    ("closer to £2m", 2e6, AP, M, "GBP", {"source": "Local campaigners"}),
]
ARTICLE_AFP_LIBYA = (
    "TRIPOLI (AFP) - The Libyan coastguard intercepted 21,700 migrants at sea last year and "
    "returned them to Libya, the International Organization for Migration said Tuesday, "
    "down from 24,680 in 2023."
    "\n\n"
    "Of those intercepted, 1,450 were women and 820 were children, the IOM said. The agency "
    "counted 962 deaths on the central Mediterranean route, and a further 1,100 people "
    "missing."
    "\n\n"
    '"Libya is not a safe place to return people," said Hana Dabbous, a researcher with '
    "the rights group Lawyers for Justice in Libya, who has documented conditions in 11 "
    "detention centres."
)
ARTICLE_AFP_LIBYA_ROWS = [
    (
        "21,700",
        21700,
        E,
        C,
        None,
        {"head": "migrants", "source": "International Organization for Migration"},
    ),
    (
        "24,680",
        24680,
        E,
        C,
        None,
        {"head": "migrants", "source": "International Organization for Migration"},
    ),
    (
        "1,450",
        1450,
        E,
        C,
        None,
        {"head": "women", "part_of": 0, "source": "International Organization for Migration"},
    ),
    (
        "820",
        820,
        E,
        C,
        None,
        {"head": "children", "part_of": 0, "source": "International Organization for Migration"},
    ),
    (
        "962",
        962,
        E,
        C,
        None,
        {"head": "deaths", "source": "International Organization for Migration"},
    ),
    (
        "1,100",
        1100,
        E,
        C,
        None,
        {"head": "people", "source": "International Organization for Migration"},
    ),
    # ("who has documented conditions in 11 ...": the clause's own verb is one of reporting,
    # so whether the 11 are hers or the reporter's is open)
    ("11", 11, E, C, None, {"head": "centres", "source": (None, "Hana Dabbous")}),
]
# Round 18 (written at 06:09 UTC, expected rows first): an AP story on a detention centre
# and a Guardian story on Mediterranean rescues.
ARTICLE_AP_DETENTION = (
    "EL PASO, Texas (AP) — A tent facility at Fort Bliss that opened in August now holds "
    "about 2,700 detainees, nearly twice its planned capacity, according to an internal "
    "report obtained by The Associated Press."
    "\n\n"
    "The report, dated Oct. 3, says 31 detainees were hospitalized in September and that "
    "guards used force on 14 occasions. The facility's contract, worth $1.26 billion over two "
    "years, is the largest ever awarded by ICE, the agency said."
    "\n\n"
    "Rep. Maria Estevez, a Democrat whose district includes El Paso, said she had asked to "
    'visit three times and been refused. "If there\'s nothing to hide, let us in," she said.'
)
ARTICLE_AP_DETENTION_ROWS = [
    ("about 2,700", 2700, AP, C, None, {"head": "detainees"}),
    ("31", 31, E, C, None, {"head": "detainees"}),
    ("14", 14, E, C, None, {"head": "occasions"}),
    ("$1.26 billion", 1.26e9, E, M, "USD", {"source": "ICE"}),
    ("two years", 2, E, D, "year", {"source": "ICE"}),
    # (first written as "three times": the figure's text is the number, "times" its noun)
    ("three", 3, E, C, None, {"head": "times", "source": "Maria Estevez"}),
]
ARTICLE_GUARDIAN_RESCUE = (
    "Rescue ship Geo Barents picked up 312 people in five operations over 48 hours, "
    "Médecins Sans Frontières said, before Italian authorities assigned it a port 1,100km "
    "away in Genoa."
    "\n\n"
    "MSF said the journey would take four days, and that 40% of those on board were "
    'unaccompanied minors. "Sending a ship this far north keeps it out of the rescue zone '
    "for more than a week,\" said Juan Matías Gil, the charity's head of search and rescue."
)
ARTICLE_GUARDIAN_RESCUE_ROWS = [
    ("312", 312, E, C, None, {"head": "people", "source": "Médecins Sans Frontières"}),
    ("five", 5, E, C, None, {"head": "operations", "source": "Médecins Sans Frontières"}),
    ("48 hours", 48, E, D, "hour", {"source": "Médecins Sans Frontières"}),
    ("1,100km", 1100, E, "measure", "kilometer"),
    ("four days", 4, E, D, "day", {"source": "Médecins Sans Frontières"}),
    # ("of those on board" is a part of the 312 people, not of the five operations)
    ("40%", 40, E, P, "%", {"source": "Médecins Sans Frontières", "head": "people", "part_of": 0}),
    ("more than a week", 1, LO, D, "week", {"source": "Juan Matías Gil"}),
]
# Round 19 (written at 06:14 UTC, expected rows first): a Guardian Australia story on
# bridging visas and an AFP story on EU asylum statistics.
ARTICLE_AU_BRIDGING = (
    "About 8,500 people on bridging visas have been waiting more than five years for a "
    "decision on their protection claims, according to Department of Home Affairs data "
    "released to the Senate."
    "\n\n"
    "Of those, 2,100 are children, the data shows. The Refugee Council of Australia said the "
    "government spent $36m last financial year on legal challenges to tribunal decisions."
    "\n\n"
    '"Some families have been in limbo since 2013," said Paul Nguyen, a caseworker in '
    'western Sydney. "Their kids were born here and are now 10 or 11 years old."'
)
ARTICLE_AU_BRIDGING_ROWS = [
    ("About 8,500", 8500, AP, C, None, {"head": "people", "source": "Department of Home Affairs"}),
    ("more than five years", 5, LO, D, "year", {"source": "Department of Home Affairs"}),
    ("2,100", 2100, E, C, None, {"head": "children", "part_of": 0}),
    ("$36m", 36e6, E, M, "AUD", {"source": "Refugee Council of Australia"}),
]
ARTICLE_AFP_EUROSTAT = (
    "BRUSSELS (AFP) - EU countries granted protection to 404,000 asylum seekers last year, "
    "about 10% fewer than in 2023, the bloc's statistics office Eurostat said on Thursday."
    "\n\n"
    "Syrians made up the largest group, with 84,000 people granted protection, a fifth of "
    "the total. Germany granted the most, 125,000, followed by France with 65,000."
    "\n\n"
    "Recognition rates varied widely: 94% of Syrians won protection at first instance, "
    "against 12% of Bangladeshis."
)
ARTICLE_AFP_EUROSTAT_ROWS = [
    ("404,000", 404000, E, C, None, {"head": "seekers", "source": "Eurostat"}),
    ("about 10%", 10, AP, P, "%", {"source": "Eurostat"}),
    ("84,000", 84000, E, C, None, {"head": "people"}),
    ("a fifth", 20, E, P, "%"),
    ("125,000", 125000, E, C, None),
    ("65,000", 65000, E, C, None),
    ("94%", 94, E, P, "%", {"head": "syrians"}),
    ("12%", 12, E, P, "%", {"head": "bangladeshis"}),
]
ARTICLES = [
    (
        "invented/Canadian Press: asylum claims, backlog, a lawyer, a province",
        ARTICLE_CANADA,
        ARTICLE_CANADA_ROWS,
    ),
    (
        "invented/Reuters: Greece suspends claims, arrivals on Crete",
        ARTICLE_GREECE,
        ARTICLE_GREECE_ROWS,
    ),
    (
        "invented/AP: in-absentia orders, TRAC, an attorney",
        ARTICLE_AP_COURTS,
        ARTICLE_AP_COURTS_ROWS,
    ),
    ("invented/BBC: an explainer set out as a list", ARTICLE_BBC_LIST, ARTICLE_BBC_LIST_ROWS),
    ("invented/UK regional: a council and a base", ARTICLE_UK_COUNCIL, ARTICLE_UK_COUNCIL_ROWS),
    ("invented/AFP: Libya interceptions", ARTICLE_AFP_LIBYA, ARTICLE_AFP_LIBYA_ROWS),
    ("invented/AP: a tent detention facility", ARTICLE_AP_DETENTION, ARTICLE_AP_DETENTION_ROWS),
    (
        "invented/Guardian: a rescue ship sent to a distant port",
        ARTICLE_GUARDIAN_RESCUE,
        ARTICLE_GUARDIAN_RESCUE_ROWS,
    ),
    ("invented/Guardian Australia: bridging visas", ARTICLE_AU_BRIDGING, ARTICLE_AU_BRIDGING_ROWS),
    ("invented/AFP: EU asylum statistics", ARTICLE_AFP_EUROSTAT, ARTICLE_AFP_EUROSTAT_ROWS),
]


#: Every table above, by the round that wrote it (the whole articles of rounds 7, 8, 16, 18
#: and 19 in ARTICLES): one test over all, each case's id naming its round.
ROUNDS = {
    "round 1": CASES,
    "round 2": CASES_2,
    "round 3": CASES_3,
    "round 4": CASES_4,
    "round 5": CASES_5,
    "round 6": CASES_6,
    "articles": ARTICLES,
    "round 9": CASES_9,
    "round 10": CASES_10,
    "round 11": CASES_11,
    "round 12": CASES_12,
    "round 13": CASES_13,
    "round 14": CASES_14,
    "round 15": CASES_15,
    "round 17": CASES_17,
}
ALL_CASES = [(name, *case) for name, rows in ROUNDS.items() for case in rows]


@pytest.mark.parametrize(
    ("round_", "case_id", "text", "expected"), ALL_CASES, ids=[f"{c[0]}: {c[1]}" for c in ALL_CASES]
)
def test_western_copy(round_, case_id, text, expected):
    check_figures(text, expected)


def test_ids_are_unique():
    ids = [c[1] for c in ALL_CASES]
    assert len(ids) == len(set(ids))


# Floors: the scores at the end of the session (rounded down to 3 decimals). The source
# misses left are open conventions (see the module docstring).
def test_floors_23_uk_asylum_backlog_hotels():
    assert_floors(
        "23-uk-asylum-backlog-hotels.txt",
        {
            "f1": 1.0,
            "bound": 1.0,
            "kind": 1.0,
            "head": 1.0,
            "low_high": 1.0,
            "part_of": 1.0,
            "source": 1.0,
        },
    )


def test_floors_24_us_border_arrests_courts():
    assert_floors(
        "24-us-border-arrests-courts.txt",
        {
            "f1": 1.0,
            "bound": 1.0,
            "kind": 1.0,
            "head": 1.0,
            "low_high": 1.0,
            "part_of": 1.0,
            "source": 1.0,
        },
    )


def test_floors_25_lampedusa_shipwreck_eu_asylum():
    assert_floors(
        "25-lampedusa-shipwreck-eu-asylum.txt",
        {
            "f1": 1.0,
            "bound": 1.0,
            "kind": 1.0,
            "head": 1.0,
            "low_high": 1.0,
            "part_of": 1.0,
            "source": 1.0,
        },
    )


def test_floors_26_nauru_offshore_estimates():
    assert_floors(
        "26-nauru-offshore-estimates.txt",
        {
            "f1": 1.0,
            "bound": 1.0,
            "kind": 1.0,
            "head": 1.0,
            "low_high": 1.0,
            "part_of": 1.0,
            "source": 1.0,
        },
    )
