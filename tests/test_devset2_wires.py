"""Second dev set, batch ``ds2-wires``: reports 91-94 of ``tests/fixtures/devset2``,
migration and displacement copy in the page forms a real report arrives in, not only running
prose: a live blog (timestamped entries, "Update:" lines, a corrected figure, clock times
that are no figures), a key-facts box with photo captions and a pull quote, a headline and
standfirst over a dateline with a province colon list and an appended correction, and an
AP-style round-up of short items under their own datelines. Before writing them, real copy
of these kinds was read through the stored-pages search (none is kept here): Channel
crossings live pages and PA's daily crossings copy ("taking the provisional total for the
year so far to ..."), Reuters' world news summaries and a US paper's "world in brief" page
(Beirut returns, Guatemala transfers), a Daily Mail bulleted summary over Ukrainian
border-crossing copy, NDMA and OCHA Pakistan flood situation reports with province-by-
province lists ("Sindh - 542 deaths ..."), Business Recorder's NDMA round-ups ("Sindh 678,
KPK 306, Balochistan 299"), and a NewsSniffer diff of an IOM-figures story. Every sentence,
name and number is invented; places and organisations are real:

- 91-dover-crossings-live.txt: a Channel crossings live page, 2026-08-14, newest entry
  first: the Home Office's daily figure under an "Update:" line, PA's analysis, the French
  interior ministry's departures, the Refugee Council, a reporter's count at Dover, HM
  Coastguard's rescue with an entry's correction, a minister on Radio 4, the shadow home
  secretary, the Migration Observatory's costs and the Met Office's forecast.
- 92-adre-transit-key-facts.txt: a feature on the Adre transit site in Chad, 2026-06-03,
  under a KEY FACTS box ("Daily arrivals: 1,800 (IOM, week to 31 May)", "Cholera cases:
  96, incl. 31 children"), with a pull quote repeating a refugee's words, two photo
  captions, NRC and MSF, WFP's stocks and the Financial Tracking Service's funding.
- 93-pakistan-floods-province-list.txt: a Pakistani daily's flood story, 2026-08-30: a
  headline and standfirst with abbreviations ("1.2m displaced ..., NDMA says", "Govt says
  40pc ...; UN appeals for $160m"), "ISLAMABAD, Aug 30:", the NDMA's colon list by province
  ("Sindh: 712,000; ...; Balochistan 52,300"), a minister, the Sindh PDMA, IOM, WHO and a
  "Correction, Aug 31:" note.
- 94-migration-wire-roundup.txt: an AP-style round-up, 2026-10-22, of five items with
  their own headlines and datelines (Athens, Tijuana, Dhaka, Washington, Berlin): the
  Hellenic Coast Guard, Mexico's migration institute and a shelter priest, Bangladesh's
  refugee commissioner and WFP's ration cut, ICE and TRAC, BAMF and a countries-of-origin
  list.

The reports and their gold were committed (6f332fa) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/wires-blind --misses``, only this
batch in the folder, at that commit)::

    report                                gold  pred match      P      R     F1  date
    91-dover-crossings-live.txt             24    24    24  1.000  1.000  1.000  ok
    92-adre-transit-key-facts.txt           22    22    22  1.000  1.000  1.000  ok
    93-pakistan-floods-province-list.txt    24    24    24  1.000  1.000  1.000  ok
    94-migration-wire-roundup.txt           22    22    22  1.000  1.000  1.000  ok
    TOTAL                                   92    92    92  1.000  1.000  1.000  1.000

    field accuracy over 92 matched figures:
      bound                         1.000  (92/92)
      kind                          1.000  (92/92)
      head                          0.978  (90/92)
      low_high                      1.000  (92/92)
      part_of                       0.978  (90/92)
      source                        0.696  (64/92)
      source (lenient: surname ok)  0.696  (64/92)
      counted                       0.152  (14/92)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      91-dover-crossings-live.txt '612': source: 'Home Office' -> nan; counted: 'people who crossed the Channel' -> 'people'
      91-dover-crossings-live.txt '11': source: 'Home Office' -> nan
      91-dover-crossings-live.txt '27,318': source: 'Home Office' -> nan; counted: 'people who crossed this year' -> 'people'
      91-dover-crossings-live.txt '9%': counted: "rise in the year's total" -> nan
      91-dover-crossings-live.txt '14': source: 'French interior ministry' -> 'A spokesperson for the French interior ministry'; counted: 'departures prevented' -> 'departures'
      91-dover-crossings-live.txt 'more than 300': source: 'French interior ministry' -> 'A spokesperson for the French interior ministry'; counted: 'people stopped from boarding' -> 'people'
      91-dover-crossings-live.txt 'about 60%': counted: 'people who crossed last year granted protection' -> 'people'
      91-dover-crossings-live.txt 'roughly 150': counted: 'people brought ashore' -> 'people'
      91-dover-crossings-live.txt '47': counted: 'people rescued from a dinghy' -> 'people from a dinghy'
      91-dover-crossings-live.txt 'Two': counted: 'people taken to hospital' -> 'people'
      91-dover-crossings-live.txt '74': source: nan -> 'An earlier version of'; counted: 'people rescued (earlier, wrong figure)' -> 'people'
      91-dover-crossings-live.txt '488': counted: 'people who arrived on Monday' -> 'people'
      91-dover-crossings-live.txt '537': counted: 'people who arrived on Tuesday' -> 'people'
      91-dover-crossings-live.txt '56': counted: 'people per boat' -> 'people'
      91-dover-crossings-live.txt '53': counted: 'people per boat' -> 'people'
      91-dover-crossings-live.txt '41': counted: 'people per boat' -> 'people'
      91-dover-crossings-live.txt '1,150': counted: 'people returned to France' -> 'people'
      91-dover-crossings-live.txt '200': counted: 'people in the pipeline for return' -> 'people'
      91-dover-crossings-live.txt 'fewer than 5%': counted: 'arrivals returned' -> 'arrivals'
      91-dover-crossings-live.txt 'three years': counted: 'asylum costs of small-boat arrivals' -> nan
      91-dover-crossings-live.txt 'at least 48 hours': counted: 'calm seas' -> nan
      91-dover-crossings-live.txt 'four': source: nan -> 'Met Office'; counted: 'cutters on standby' -> 'cutters'
      92-adre-transit-key-facts.txt '1.3m': counted: 'Sudanese refugees in Chad' -> 'Sudanese refugees'
      92-adre-transit-key-facts.txt '210,000': counted: 'refugees arrived since March' -> 'Sudanese refugees'
      92-adre-transit-key-facts.txt '1,800': source: 'International Organization for Migration' -> nan
      92-adre-transit-key-facts.txt '14pc': counted: 'appeal received' -> 'appeal'
      92-adre-transit-key-facts.txt '31': part_of: '96' -> nan; counted: 'children with cholera' -> 'children'
      92-adre-transit-key-facts.txt 'about 400 metres': counted: 'length of the queue' -> nan
      92-adre-transit-key-facts.txt 'nearly 2,000': counted: 'people waiting to be counted' -> 'people'
      92-adre-transit-key-facts.txt 'almost nine in ten': counted: 'new arrivals who were women and children' -> 'new arrivals'
      92-adre-transit-key-facts.txt '27km': counted: 'distance from El Geneina' -> nan
      92-adre-transit-key-facts.txt 'nine days': counted: 'walk to Adré' -> nan
      92-adre-transit-key-facts.txt 'five': counted: 'children with Hawa Adam' -> 'children'
      92-adre-transit-key-facts.txt 'nine days': counted: 'walk to Adré' -> nan
      92-adre-transit-key-facts.txt '20,000': counted: 'capacity of the site' -> 'people'
      92-adre-transit-key-facts.txt 'close to 61,000': counted: 'people at the site' -> 'people'
      92-adre-transit-key-facts.txt '300': counted: 'tents put up a day' -> 'tents'
      92-adre-transit-key-facts.txt 'more than 250': counted: "patients a day at MSF's clinic" -> 'patients'
      92-adre-transit-key-facts.txt 'six weeks': counted: "WFP's food stocks in eastern Chad" -> nan
      92-adre-transit-key-facts.txt '$630m': source: nan -> "UN's Financial Tracking Service"
      92-adre-transit-key-facts.txt 'about $88m': source: 'Financial Tracking Service' -> "UN's Financial Tracking Service"
      92-adre-transit-key-facts.txt 'up to 150,000': counted: 'people the new sites could take' -> 'people'
      93-pakistan-floods-province-list.txt '1.2m': counted: 'people displaced by floods' -> 'people'
      93-pakistan-floods-province-list.txt '40pc': source: 'federal government' -> 'Govt'; counted: 'relief camps lacking clean water' -> 'relief camps'
      93-pakistan-floods-province-list.txt '$160m': source: nan -> 'Govt'
      93-pakistan-floods-province-list.txt 'More than 1.2 million': counted: 'people displaced by floods' -> 'people'
      93-pakistan-floods-province-list.txt 'almost two weeks': source: nan -> 'National Disaster Management Authority'; counted: 'villages cut off' -> nan
      93-pakistan-floods-province-list.txt '418,600': counted: 'people living in relief camps' -> 'people'
      93-pakistan-floods-province-list.txt '712,000': source: 'National Disaster Management Authority' -> nan; counted: 'people displaced in Sindh' -> 'people'
      93-pakistan-floods-province-list.txt '301,500': source: 'National Disaster Management Authority' -> nan; counted: 'people displaced in Punjab' -> 'people'
      93-pakistan-floods-province-list.txt '146,200': source: 'National Disaster Management Authority' -> nan; counted: 'people displaced in Khyber Pakhtunkhwa' -> 'people'
      93-pakistan-floods-province-list.txt '52,300': source: 'National Disaster Management Authority' -> nan; counted: 'people displaced in Balochistan' -> 'people'
      93-pakistan-floods-province-list.txt '211,400': counted: 'houses damaged' -> 'houses'
      93-pakistan-floods-province-list.txt '84,900': counted: 'houses destroyed' -> 'houses'
      93-pakistan-floods-province-list.txt '1,247': part_of: nan -> '211,400'; counted: 'people who died' -> 'people'
      93-pakistan-floods-province-list.txt '389': counted: 'children who died' -> 'children'
      93-pakistan-floods-province-list.txt '40 per cent': counted: 'relief camps lacking safe drinking water' -> 'relief camps'
      93-pakistan-floods-province-list.txt 'around 96,000': counted: 'people evacuated by boat' -> 'people'
      93-pakistan-floods-province-list.txt '12,000': counted: 'shelter kits distributed' -> 'shelter kits'
      93-pakistan-floods-province-list.txt '8,000': counted: 'shelter kits still to deliver' -> 'shelter kits'
      93-pakistan-floods-province-list.txt 'up to 20 days': counted: 'standing water on fields' -> nan
      93-pakistan-floods-province-list.txt '3,900': source: nan -> 'An earlier version of'; counted: 'people displaced in Gilgit-Baltistan (earlier, wrong figure)' -> 'people'
      93-pakistan-floods-province-list.txt '390': source: 'National Disaster Management Authority' -> nan; counted: 'people displaced in Gilgit-Baltistan' -> 'people'
      94-migration-wire-roundup.txt '112': head: 'people' -> 'south'; counted: 'people rescued' -> 'south'
      94-migration-wire-roundup.txt '112': counted: 'people rescued from a fishing boat' -> 'people'
      94-migration-wire-roundup.txt '23': counted: 'children rescued' -> 'children'
      94-migration-wire-roundup.txt 'Two': counted: 'people missing' -> 'people'
      94-migration-wire-roundup.txt 'two days': counted: 'time since the boat left Libya' -> nan
      94-migration-wire-roundup.txt 'about 14,800': head: 'arrivals' -> 'people'; counted: 'arrivals on Crete this year' -> 'people'
      94-migration-wire-roundup.txt 'nearly 1,400': source: 'National Migration Institute' -> "Mexico's National Migration Institute"; counted: 'migrants moved from Tijuana' -> 'migrants'
      94-migration-wire-roundup.txt '640': counted: 'people in the shelter' -> 'people'
      94-migration-wire-roundup.txt '250': counted: 'capacity of the shelter' -> 'people'
      94-migration-wire-roundup.txt 'about 8,300': counted: 'Rohingya who crossed since August' -> 'Rohingya'
      94-migration-wire-roundup.txt 'Some 1.1 million': counted: "Rohingya in the camps around Cox's Bazar" -> 'Rohingya'
      94-migration-wire-roundup.txt '31,400': source: 'Immigration and Customs Enforcement' -> 'U.S. Immigration and Customs Enforcement'; counted: 'people deported in September' -> 'people'
      94-migration-wire-roundup.txt '12%': source: 'Immigration and Customs Enforcement' -> 'U.S. Immigration and Customs Enforcement'; counted: 'increase in deportations on August' -> nan
      94-migration-wire-roundup.txt '58,200': source: 'Immigration and Customs Enforcement' -> 'U.S. Immigration and Customs Enforcement'; counted: 'people in detention' -> 'people'
      94-migration-wire-roundup.txt 'roughly 70%': counted: 'detainees with no criminal conviction' -> 'people'
      94-migration-wire-roundup.txt '74,600': source: 'Federal Office for Migration and Refugees' -> "Germany's Federal Office for Migration and Refugees"; counted: 'people who lodged initial asylum applications' -> 'people'
      94-migration-wire-roundup.txt '28%': source: 'Federal Office for Migration and Refugees' -> "Germany's Federal Office for Migration and Refugees"; counted: 'fall in applications' -> nan
      94-migration-wire-roundup.txt '21,300': source: 'Federal Office for Migration and Refugees' -> nan; counted: 'applicants from Syria' -> 'people'
      94-migration-wire-roundup.txt '14,900': source: 'Federal Office for Migration and Refugees' -> nan; counted: 'applicants from Afghanistan' -> 'people'
      94-migration-wire-roundup.txt '9,800': source: 'Federal Office for Migration and Refugees' -> nan; counted: 'applicants from Turkey' -> 'people'

Gold corrected after the blind run, for slips against the schema (d579f67): a source is
"the fullest name that occurs in the text", and the set's earlier gold gives "A
spokesperson for the Punjab home department", "Panama's National Migration Service" and
"U.S. Customs and Border Protection" as written; the blind gold had cut "A spokesperson
for" (91, two figures), a country's possessive ("Mexico's National Migration Institute",
"Germany's Federal Office for Migration and Refugees", 94), "U.S." (94, three figures)
and "UN's" ("UN's Financial Tracking Service", 92). With that gold and the code of the
blind run, source was 0.793 (73/92). No other gold was changed. One answer the output
differs on is kept as judged when the gold was written: "Calm seas are expected ... for at
least 48 hours, the Met Office says, and Border Force has put four cutters on standby"
gives the cutters to the report (no one says them); the set's earlier rows give the clause
after an inverted tag's ", and" to the tag's speaker ("..., police said, and 40 Rohingya
boat people were moved"), so no rule was written against that.

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the four reports, rows as in ``tests/test_unseen_styles.py``
(``(text, value or (low, high), bound, kind, unit[, fields])``, ``part_of`` the index of the
whole among the expected rows). Each row was seen to fail on the code before its rule and
to pass after it.

The general rules of this round, one line each:

- "Daily arrivals: 1,800 (IOM, week to 31 May)": a bracketed credit closing a line may
  give its date or period after a comma; "Displaced by province (NDMA): Sindh: 712,000;
  ...": a list label's bracketed credit, then a colon, credits the list running on in the
  line; an acronym credit is given by the fullest name the text spells, with its
  country's possessive (9d5e0d4).
- "Update: The Home Office has published its daily figure. It says 612 ...": a live blog's
  entry label ("Update:", "BREAKING:", "Recap:") is no part of the sentence whose body is
  the next sentence's "it" (this and the five rules below: a360cfd).
- "An earlier version of this report said 3,900 people": a correction's note quotes the
  report's own words, no source.
- "The NDMA figure is 390": a body's name before its figure, estimate, count or tally, no
  possessive, as "the IMF's forecast of 3.2%".
- "..., the NDMA said on Saturday, as rescuers struggled to reach villages cut off for
  almost two weeks": an inverted tag closes its clause; the "as" clause after it is the
  report's own.
- "Cholera cases: 96, incl. 31 children": "incl." is "including" (and no sentence ends
  after "incl." or "excl.").
- "said 211,400 houses had been damaged, of which 84,900 were destroyed, and that 1,247
  people had died": ", and that" opens another reported clause, no further item of the
  breakdown.
- "Govt says 40pc ...": a headline's "Govt" is the government the story names ("The
  federal government says"); "...; UN appeals for $160m": in a line with no full stop (a
  headline or standfirst) a semicolon and a new subject end the earlier tag's reach.
- "Greek coastguard rescues 112 south of Gavdos": a compass word before "of" is no
  counted noun.
- "Arrivals on Crete have more than tripled this year, to about 14,800": a multiple, when,
  then ", to" the level the subject reached.
- "The plan asks for $630m. By the end of May donors had given ...": a single letter glued
  to a number ("630m.") is a scale, not an initial; the full stop ends the sentence (the
  one change in the regression texts: in tests/test_longform.py's funding story, "Germany
  pledged €125m, Saudi Arabia $100 million and Qatar $50m." no longer takes the "last
  year" of the sentence after it).

The last four rules ("Govt" and the headline's semicolon, the compass word, the multiple
before ", to", the scale letter's full stop) came in the commit that also wrote this
docstring and raised the floors.

Seen and left alone: counted (not scored) stays short ("people" for "people who crossed the
Channel"); "New arrivals in Uganda: 2,450" heads "people", not "arrivals" (a label with a
place); and tests/test_figures.py::test_label_gates_answer_as_the_patterns, whose random
draw "GMT-one" fails on main (501c83f) as on this branch (the reference calls "one" after
"GMT-" a label, the gated code does not), so the suite was run with it deselected.

Final score of the four reports (after this round's rules; ``python -m analysis.evaluate
/tmp/wires-blind``, the batch alone, with the gold of d579f67)::

    report                                gold  pred match      P      R     F1  date
    91-dover-crossings-live.txt             24    24    24  1.000  1.000  1.000  ok
    92-adre-transit-key-facts.txt           22    22    22  1.000  1.000  1.000  ok
    93-pakistan-floods-province-list.txt    24    24    24  1.000  1.000  1.000  ok
    94-migration-wire-roundup.txt           22    22    22  1.000  1.000  1.000  ok
    TOTAL                                   92    92    92  1.000  1.000  1.000  1.000

    field accuracy over 92 matched figures:
      bound                         1.000  (92/92)
      kind                          1.000  (92/92)
      head                          1.000  (92/92)
      low_high                      1.000  (92/92)
      part_of                       1.000  (92/92)
      source                        0.989  (91/92)
      source (lenient: surname ok)  0.989  (91/92)
      counted                       0.152  (14/92)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

Both dev sets after the round: tests/fixtures/devset stays at 1.000 on every scored field;
tests/fixtures/devset2 (the 76 reports on this branch) goes from head 0.993, part_of 0.998 and source
0.985 (main at 501c83f) to head 0.994, part_of 0.999 and source 0.996, the rest unchanged.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the four reports, each in other words (written by hand
# before the rules that pass them).
CASES = [
    # --- a key-facts box's bracketed credit with its date; a list label's credit ----------
    (
        "invented/key-facts box (wire factbox): a bracketed credit with its period",
        "AT A GLANCE\n- New arrivals in Uganda: 2,450 (UNHCR, week to 14 March)\n"
        "- Settlements: 13\n",
        [
            ("2,450", 2450, E, C, None, {"source": "UNHCR"}),
            ("13", 13, E, C, None, {"source": None}),
        ],
    ),
    (
        "invented/key-facts box: a bracketed acronym credit by the name the text spells out",
        "KEY FACTS\n- Arrivals at Renk: 940 (IOM, week to 8 June)\n\nThe International "
        "Organization for Migration runs the transit centre with the government.",
        [("940", 940, E, C, None, {"source": "International Organization for Migration"})],
    ),
    (
        "invented/situation report (NDMA-style): a colon list labelled with its credit",
        "The International Organization for Migration (IOM) counts returns at the border "
        "daily.\n\nReturns by crossing point (IOM): Torkham: 3,120; Chaman: 1,870; Spin "
        "Boldak 960.\n",
        [
            ("3,120", 3120, E, C, None, {"source": "International Organization for Migration"}),
            ("1,870", 1870, E, C, None, {"source": "International Organization for Migration"}),
            ("960", 960, E, C, None, {"source": "International Organization for Migration"}),
        ],
    ),
    (
        "invented/statistics release: a list label's acronym credit keeps its country",
        "Germany's Federal Office for Migration and Refugees (BAMF) published its monthly "
        "data on Tuesday.\n\nNew applications by nationality (BAMF): Syria 8,100, "
        "Afghanistan 5,400, Iraq 2,050.\n",
        [
            (t, v, E, C, None, {"source": "Germany's Federal Office for Migration and Refugees"})
            for t, v in (("8,100", 8100), ("5,400", 5400), ("2,050", 2050))
        ],
    ),
    # --- a live blog's entry label; a correction's note; the body's figure -----------------
    (
        "invented/live blog (UK papers' live pages): an 'Update:' label before the body",
        "15:05 BST\nUpdate: The Department of Homeland Security has published its monthly "
        "figures. It says 4,318 families were released at the border.\n",
        [
            (
                "4,318",
                4318,
                E,
                C,
                None,
                {"head": "families", "source": "Department of Homeland Security"},
            )
        ],
    ),
    (
        "invented/correction appended to a story: the earlier version is the report's own",
        "Correction: An earlier version of this article said 1,200 families had been "
        "evicted. Kenya's interior ministry said the number was 120.",
        [
            ("1,200", 1200, E, C, None, {"head": "families", "source": None}),
            ("120", 120, E, C, None, {"source": "Kenya's interior ministry"}),
        ],
    ),
    (
        "invented/correction note (wire style): 'The UNHCR estimate was', not 'The June figure'",
        "The UNHCR estimate was about 48,000, higher than the government's. The June figure "
        "was 5,100.",
        [
            ("about 48,000", 48000, AP, C, None, {"source": "UNHCR"}),
            ("5,100", 5100, E, C, None, {"source": None}),
        ],
    ),
    # --- an inverted tag closes its clause before "as" -------------------------------------
    (
        "invented/wire lead: the 'as' clause after an inverted tag is the report's own",
        "More than 900 people reached Lampedusa overnight, the Italian coast guard said on "
        "Sunday, as 14 boats waited offshore in rough seas.",
        [
            ("More than 900", 900, LO, C, None, {"source": "Italian coast guard"}),
            ("14", 14, E, C, None, {"head": "boats", "source": None}),
        ],
    ),
    # --- parts: "incl." in a key-facts box; "and that" opens another reported clause ------
    (
        "invented/key-facts box: 'incl.' abbreviates 'including'",
        "KEY FIGURES\n- Arrests: 140, incl. 23 minors\n- Deportation flights: 6\n",
        [
            ("140", 140, E, C, None, {"part_of": None}),
            ("23", 23, E, C, None, {"head": "minors", "part_of": 0}),
            ("6", 6, E, C, None, {"part_of": None}),
        ],
    ),
    (
        "invented/wire copy: ', and that N people' is no further item of 'of which'",
        "Police said 45 cars had been torched, of which 30 were burnt out, and that 12 "
        "people had been arrested.",
        [
            ("45", 45, E, C, None, {"head": "cars"}),
            ("30", 30, E, C, None, {"part_of": 0}),
            ("12", 12, E, C, None, {"head": "people", "part_of": None}),
        ],
    ),
    # --- headlines and standfirsts: "Govt", a semicolon's clause, a direction ------------
    (
        "invented/headline + standfirst (South Asian dailies): 'Govt' and a semicolon clause",
        "Govt says 30pc of returnees lack shelter; IOM seeks $25m\n\nKABUL, Nov 3: The Afghan "
        "government says 30 per cent of returnees have no shelter.",
        [
            ("30pc", 30, E, P, "%", {"source": "Afghan government"}),
            ("$25m", 25e6, E, M, "USD", {"source": None}),
            ("30 per cent", 30, E, P, "%", {"source": "Afghan government"}),
        ],
    ),
    (
        "invented/wire headline: a direction before 'of' is no counted noun",
        "Maltese navy rescues 64 east of Valletta",
        [("64", 64, E, C, None, {"head": "people"})],
    ),
    (
        "invented/wire copy: a multiple, then when, then ', to' the level it reached",
        "Asylum claims in Ireland have nearly doubled since January, to about 9,300.",
        [("about 9,300", 9300, AP, C, None, {"head": "claims"})],
    ),
    (
        "invented/appeal copy: the full stop after a scale letter ends the sentence",
        "The flash appeal seeks $45m. By Friday donors had pledged $12m, according to OCHA.",
        [
            ("$45m", 45e6, E, M, "USD", {"source": None}),
            ("$12m", 12e6, E, M, "USD", {"source": "OCHA"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_wires_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down to 0.05): a
# regression fails, an improvement may raise them.
FLOORS = {
    "91-dover-crossings-live.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.95,
    },
    "92-adre-transit-key-facts.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "93-pakistan-floods-province-list.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "94-migration-wire-roundup.txt": {
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
def test_devset2_wires_floors(name):
    assert_floors(name, FLOORS[name])
