"""Second dev set, batch ``ds2-ukraine``: reports 136-138 of ``tests/fixtures/devset2``, copy
on Ukrainian refugees and internal displacement from Ukrainian, Polish and Central European
English-language outlets and the Eurostat-based stories they run: bracketed rankings of
hosts ("Germany (1,177,800 people; 27.3% of the total), Poland (986,450; 23%)"), signed
monthly changes ("(-17,180; -2%)", "(+33,125; +3%)"), rates "per thousand people", shares
written "every third beneficiary", zloty, koruna and hryvnia amounts ("800 złoty", "PLN 2.4
billion", "CZK 4,860", "UAH 2,000", "2,000 hryvnias"), "nearly 1 mln", "361.42 thousand",
"8 in 10", "two in five", distances from the front in kilometres, a governor on Telegram,
ministries named in lower case with their fields listed ("the family, labour and social
policy ministry") and a think tank introduced with its acronym and a description. Before
writing them, real copy of these kinds was read through the stored-pages search (none is
kept here): Eurostat's monthly temporary-protection releases as Ukrinform (via MENAFN),
Sofia Globe, Odessa Journal and ANSA/Kathimerini-like outlets rewrote them; Polish Radio,
humanrights-online and Frontnews items on Poland's benefits for Ukrainians; Interfax-Ukraine,
Ukrainska Pravda, UNN and bykvu.com on mandatory evacuations, IDP payments and governors'
Telegram posts. Every sentence, name and number is invented; places and organisations are
real:

- 136-ukrinform-eurostat-temporary-protection.txt: a Ukrinform-like story, 2026-11-10, on a
  Eurostat release: beneficiaries by host with shares of the total, signed monthly changes,
  rates per thousand people, shares of women and children ("every third beneficiary"), the
  Council decision's number, and the Ministry of National Unity's returns ("361.42
  thousand") with its deputy minister quoted.
- 137-poland-ukrainians-jobs-800-plus.txt: a Notes from Poland-like story, 2026-11-18, on
  Ukrainians' employment, the 800+ child benefit tied to school attendance, school places,
  the Polish Economic Institute's GDP estimate, Czechia's benefit in koruna and a refugee's
  pay in zloty.
- 138-kharkiv-oblast-evacuations-idps.txt: a Ukrainian outlet's story, 2026-11-24, on
  evacuations from frontline communities of Kharkiv Oblast (the regional head on Telegram),
  the IDP payments of Cabinet Resolution No. 332 in hryvnias, Donetsk Oblast's remaining
  residents, an evacuation train, the Ministry of Social Policy's registered IDPs and IOM's
  survey estimate.

The reports and their gold were committed (68ad35f) before the extractor was first run on
them (the gold checker's wrapper learnt CZK, "mln", "every third" as 100/3 and a leading
minus kept in text and value in the same commit; 226172a only rewrote a lambda of it for
ruff). The BLIND score (``python -m analysis.evaluate /tmp/ukraine-blind --misses``, only
this batch in the folder, at that commit)::

    report                                           gold  pred match      P      R     F1  date
    136-ukrinform-eurostat-temporary-protection.txt    26    25    25  1.000  0.962  0.980  ok
    137-poland-ukrainians-jobs-800-plus.txt            22    22    22  1.000  1.000  1.000  ok
    138-kharkiv-oblast-evacuations-idps.txt            24    24    24  1.000  1.000  1.000  ok
    TOTAL                                              72    71    71  1.000  0.986  0.993  1.000

    field accuracy over 71 matched figures:
      bound                         1.000  (71/71)
      kind                          1.000  (71/71)
      head                          0.873  (62/71)
      low_high                      1.000  (71/71)
      part_of                       0.986  (70/71)
      source                        0.732  (52/71)
      source (lenient: surname ok)  0.746  (53/71)
      counted                       0.141  (10/71)
      date (per report)             1.000

    misses (gold not found): 1; extras (not in gold): 0
      136-ukrinform-eurostat-temporary-protection.txt
        MISS  'every third'  in: Adult women made up almost half (45.1%) of the beneficiaries in the EU, and every third beneficiary was a child under 18 (31.7%).

    matched figures with a field wrong (gold -> predicted):
      136-ukrinform-eurostat-temporary-protection.txt 'Nearly 4.3 million': counted: 'Ukrainians under temporary protection in the EU' -> 'Ukrainians'
      136-ukrinform-eurostat-temporary-protection.txt '4,286,400': counted: 'non-EU citizens who fled Ukraine with temporary protection status in EU countries' -> 'non-EU citizens'
      136-ukrinform-eurostat-temporary-protection.txt '1,177,800': counted: 'beneficiaries of temporary protection in Germany' -> 'people'
      136-ukrinform-eurostat-temporary-protection.txt '27.3%': head: 'total' -> 'citizens'; part_of: None -> '4,286,400'; counted: "Germany's share of the EU total of beneficiaries" -> 'non-EU citizens'
      136-ukrinform-eurostat-temporary-protection.txt '986,450': counted: 'beneficiaries of temporary protection in Poland' -> 'people'
      136-ukrinform-eurostat-temporary-protection.txt '23%': head: 'total' -> nan; counted: "Poland's share of the EU total of beneficiaries" -> nan
      136-ukrinform-eurostat-temporary-protection.txt '389,120': counted: 'beneficiaries of temporary protection in Czechia' -> 'people'
      136-ukrinform-eurostat-temporary-protection.txt '9.1%': head: 'total' -> nan; counted: "Czechia's share of the EU total of beneficiaries" -> nan
      136-ukrinform-eurostat-temporary-protection.txt '8,410': counted: 'increase in beneficiaries of temporary protection in the EU since the end of August' -> 'beneficiaries'
      136-ukrinform-eurostat-temporary-protection.txt '0.2%': counted: 'increase in beneficiaries in the EU' -> nan
      136-ukrinform-eurostat-temporary-protection.txt '-17,180': source: 'Eurostat' -> nan; counted: 'decrease in beneficiaries in Poland' -> 'beneficiaries'
      136-ukrinform-eurostat-temporary-protection.txt '-2%': source: 'Eurostat' -> nan; counted: 'decrease in beneficiaries in Poland' -> nan
      136-ukrinform-eurostat-temporary-protection.txt '-4,215': source: 'Eurostat' -> nan; counted: 'decrease in beneficiaries in Sweden' -> 'beneficiaries'
      136-ukrinform-eurostat-temporary-protection.txt '-11.6%': source: 'Eurostat' -> nan; counted: 'decrease in beneficiaries in Sweden' -> nan
      136-ukrinform-eurostat-temporary-protection.txt '33,125': source: 'Eurostat' -> nan; counted: 'increase in beneficiaries in Germany' -> 'beneficiaries'
      136-ukrinform-eurostat-temporary-protection.txt '3%': source: 'Eurostat' -> nan; counted: 'increase in beneficiaries in Germany' -> nan
      136-ukrinform-eurostat-temporary-protection.txt '35.8': head: 'beneficiaries' -> nan; counted: 'beneficiaries per thousand people in Czechia' -> nan
      136-ukrinform-eurostat-temporary-protection.txt '26.9': head: 'beneficiaries' -> nan; counted: 'beneficiaries per thousand people in Poland' -> nan
      136-ukrinform-eurostat-temporary-protection.txt '9.5': head: 'beneficiaries' -> nan; counted: 'beneficiaries per thousand people at the EU level' -> nan
      136-ukrinform-eurostat-temporary-protection.txt 'over 98%': counted: 'share of Ukrainian citizens among the beneficiaries of temporary protection' -> 'beneficiaries of temporary protection'
      136-ukrinform-eurostat-temporary-protection.txt 'almost half': counted: 'share of adult women among the beneficiaries in the EU' -> 'beneficiaries'
      136-ukrinform-eurostat-temporary-protection.txt '45.1%': counted: 'share of adult women among the beneficiaries in the EU' -> 'beneficiaries'
      136-ukrinform-eurostat-temporary-protection.txt '31.7%': counted: 'share of children under 18 among the beneficiaries' -> 'beneficiaries'
      136-ukrinform-eurostat-temporary-protection.txt '361.42 thousand': source: 'Ministry of National Unity' -> 'Unity Taras Melnychuk'; counted: 'Ukrainians who crossed back into Ukraine from EU countries between January and September' -> 'Ukrainians'
      136-ukrinform-eurostat-temporary-protection.txt 'about 6,000': source: 'Taras Melnychuk' -> 'Unity Taras Melnychuk'; counted: 'people who contact the Unity Hubs every month about coming home' -> 'people'
      137-poland-ukrainians-jobs-800-plus.txt 'Nearly 70%': source: 'family, labour and social policy ministry' -> 'ministry'; counted: 'Ukrainian refugees in Poland who have jobs' -> 'Ukrainian refugees in Poland'
      137-poland-ukrainians-jobs-800-plus.txt 'Around 69%': source: 'family, labour and social policy ministry' -> 'the family'; counted: 'working-age Ukrainians in Poland who are in employment' -> 'working-age Ukrainians'
      137-poland-ukrainians-jobs-800-plus.txt '61%': source: 'family, labour and social policy ministry' -> 'the family'; counted: 'working-age Ukrainians in Poland in employment a year earlier' -> 'working-age Ukrainians'
      137-poland-ukrainians-jobs-800-plus.txt '412,600': counted: 'Ukrainian citizens with temporary protection paying social security contributions' -> 'Ukrainian citizens with temporary protection'
      137-poland-ukrainians-jobs-800-plus.txt 'nearly 1 mln': counted: 'Ukrainians with temporary protection status in Poland' -> 'Ukrainians'
      137-poland-ukrainians-jobs-800-plus.txt 'around 29,300': counted: 'children whose benefit payments were suspended' -> 'children'
      137-poland-ukrainians-jobs-800-plus.txt '247,150': counted: 'Ukrainian children for whom the benefit is paid' -> 'Ukrainian children'
      137-poland-ukrainians-jobs-800-plus.txt '183,400': counted: 'Ukrainian pupils in Polish schools' -> 'Ukrainian pupils'
      137-poland-ukrainians-jobs-800-plus.txt '41,700': head: 'pupils' -> 'classes'; counted: 'Ukrainian pupils attending preparatory classes in Polish' -> 'attend preparatory classes'
      137-poland-ukrainians-jobs-800-plus.txt 'over a half': counted: 'share of Ukrainian children of school age in Poland outside the Polish system' -> 'Ukrainian children of school age'
      137-poland-ukrainians-jobs-800-plus.txt 'up to 130,000': head: 'children' -> 'classes'; counted: 'Ukrainian children of school age outside the Polish system' -> 'attend preparatory classes'
      137-poland-ukrainians-jobs-800-plus.txt 'between 0.5% and 0.7%': head: 'gdp' -> nan; source: 'Polish Economic Institute' -> "Ukrainian refugees' work"; counted: "Ukrainian refugees' work added to Poland's GDP last year" -> nan
      137-poland-ukrainians-jobs-800-plus.txt 'some PLN 17 billion': source: 'Polish Economic Institute' -> "Ukrainian refugees' work"
      137-poland-ukrainians-jobs-800-plus.txt '8 in 10': source: 'Polish Economic Institute' -> 'its survey'; counted: 'employed refugees who earn less than the national average wage' -> 'employed refugees'
      137-poland-ukrainians-jobs-800-plus.txt 'PLN 8,100': source: nan -> 'its survey'
      137-poland-ukrainians-jobs-800-plus.txt 'about 59%': source: 'labour ministry in Prague' -> 'the labour ministry'; counted: 'refugees of working age in Czechia who have a job' -> 'refugees'
      137-poland-ukrainians-jobs-800-plus.txt 'PLN 5,300': source: 'Olena Kovalchuk' -> nan
      137-poland-ukrainians-jobs-800-plus.txt '18 months': counted: 'time Olena Kovalchuk could not find a job' -> nan
      138-kharkiv-oblast-evacuations-idps.txt '1,460': counted: 'people evacuated from frontline communities in Kharkiv region in a week' -> 'people'
      138-kharkiv-oblast-evacuations-idps.txt '318': counted: 'children evacuated from frontline communities in Kharkiv region' -> 'children'
      138-kharkiv-oblast-evacuations-idps.txt '1,460': counted: 'people evacuated from frontline communities in the Kupiansk and Izium districts over the past week' -> 'people'
      138-kharkiv-oblast-evacuations-idps.txt '318': counted: 'children evacuated from frontline communities in Kharkiv Oblast' -> 'children'
      138-kharkiv-oblast-evacuations-idps.txt '47': counted: 'settlements covered by mandatory evacuation of families with children' -> 'settlements'
      138-kharkiv-oblast-evacuations-idps.txt '25 kilometres': counted: 'distance of the settlements from the front line' -> nan
      138-kharkiv-oblast-evacuations-idps.txt 'about 90 kilometres': source: nan -> 'IDP'; counted: 'distance of the transit centre in Kharkiv from the front' -> nan
      138-kharkiv-oblast-evacuations-idps.txt 'UAH 2,000': source: nan -> 'IDP'
      138-kharkiv-oblast-evacuations-idps.txt 'six months': counted: 'living allowance' -> nan
      138-kharkiv-oblast-evacuations-idps.txt '11,980': counted: 'children evacuated from Kharkiv Oblast since the start of the year' -> 'children'
      138-kharkiv-oblast-evacuations-idps.txt 'about 162,000': counted: 'residents remaining in government-controlled areas of Donetsk Oblast under mandatory evacuation' -> 'residents'
      138-kharkiv-oblast-evacuations-idps.txt '9,400': counted: 'children remaining in areas of Donetsk Oblast under mandatory evacuation' -> 'children'
      138-kharkiv-oblast-evacuations-idps.txt 'up to 400': counted: 'passengers carried by the evacuation train to Lviv' -> 'passengers'
      138-kharkiv-oblast-evacuations-idps.txt 'some 1,000 kilometres': counted: 'distance from Lozova to Lviv' -> nan
      138-kharkiv-oblast-evacuations-idps.txt '4.63 million': counted: 'IDPs registered in Ukraine' -> 'IDPs'
      138-kharkiv-oblast-evacuations-idps.txt 'around 1.39 million': counted: 'registered IDPs who receive the living allowance' -> 'IDPs'
      138-kharkiv-oblast-evacuations-idps.txt '3.76 million': counted: 'people internally displaced in Ukraine as of October' -> 'people'
      138-kharkiv-oblast-evacuations-idps.txt 'two in five': counted: 'internally displaced people displaced for more than three years' -> 'people'
      138-kharkiv-oblast-evacuations-idps.txt 'more than three years': counted: 'displacement' -> nan
      138-kharkiv-oblast-evacuations-idps.txt '14 months': counted: 'time Halyna has lived in a Kharkiv dormitory' -> nan
      138-kharkiv-oblast-evacuations-idps.txt 'one': counted: 'bag Halyna left with' -> 'bag'
      138-kharkiv-oblast-evacuations-idps.txt '600': counted: 'IDPs the new modular town in Zolochiv district will house' -> 'IDPs'

Gold corrected afterwards (slips against the schema, each named here): in 136, "361.42
thousand" had the source "Ministry of National Unity", but the fullest name the text gives
is "Ukraine's Ministry of National Unity" (the convention of report 107's "Iraq's Ministry of
Migration and Displacement"); in 137, "PLN 5,300" had the source "Olena Kovalchuk", but the
report states her pay in its own voice ("..., now works in a logistics warehouse and earns
PLN 5,300 a month before tax."), so it is null. No other gold was changed.

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the three reports, rows as in ``tests/test_unseen_styles.py``
(``(text, value or (low, high), bound, kind, unit[, fields])``, ``part_of`` the index of
the whole among the expected rows). Each was written by hand before its rule; run against
the blind commit's package (``tests/test_devset2_ukraine.py`` copied aside, ``PYTHONPATH=
<main at a473534>:<its tests>``), 17 of the 18 rows failed and the guard row passed (the
lower-case ministry row fails there on its first figure, "the family"); after this round's
rules all 18 pass.

The general rules of this round, one line each:

- "every third beneficiary", "nearly every second household": a share (100/n, bounded by
  its qualifier), its whole the noun after the ordinal made plural; a time unit, a
  weekday or a measure after the ordinal is a frequency ("every second day").
- "Germany (1,177,800 people; 27.3% of the total), Poland (986,450; 23%)": the ranking's
  later bare shares are of the total its first named; a restated count's "of the total"
  reaches back for a larger count only to the sentence before (the EU total two sentences
  back is no whole the text ties it to).
- "the highest numbers of X per thousand people were observed in Czechia (35.8) ... the
  EU figure was 9.5 per thousand people": the rates count the X.
- "registering as an internally displaced person (IDP).": a term's abbreviation in lower
  case before the bracket credits no one.
- "Deputy Minister of Social Policy Ihor Bondar": the portfolio's last word after "of" is
  no part of the holder's name.
- "..., Eurostat said. The largest absolute decreases were observed in Poland (-17,180)":
  a release's agentless "were observed/registered/recorded in" carries the source of the
  sentence before it in its paragraph.
- "according to the family, labour and social policy ministry": a ministry's fields in
  lower case before "ministry" are its name, not "the family"; a body only described in
  lower case is no name a later description ("the labour ministry") stands for.
- "The Polish Economic Institute (PIE), a state-owned think tank, estimates that": a name
  with its acronym, then its description, opens the sentence, so "estimates" is its verb;
  "refugees' work added between 0.5% and 0.7% to GDP" is no speaker's "added".
- "its survey found", "its report said": the body named before, as "its figures".
- "of whom 41,700 attend preparatory classes": "attend" is the elided noun's verb.
- "over a half of Ukrainian children of school age living in Poland - up to 130,000 -": a
  count set off by dashes right after a share's group counts that group, not the count of
  the sentence before.

Open conventions, left as written (no rule): the headline's "ministry says" before the body
is named (137's "Nearly 70%": the gold gives the fullest name the text gives the ministry,
the extractor "ministry"); "the labour ministry in Prague" (where the body is, open as "the
Migration Observatory at the University of Oxford" is in tests/test_devset2_stats.py; the
extractor gives "the labour ministry"); "between 0.5% and 0.7% to Poland's GDP" (a contribution to GDP: the gold
gives "gdp" as its whole, the extractor none); "PLN 8,100", the national average wage inside
what "its survey found" (the gold leaves it in the report's voice, the extractor gives the
survey's body). "counted" is not scored.

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/ukraine-blind``, the batch alone, corrected gold): F1 1.000 (72/72, no miss, no
extra); bound, kind, low_high and part_of 1.000; head 0.986 (71/72: 137's "between 0.5% and
0.7%", open above); source 0.958 (69/72: 137's "Nearly
70%", "PLN 8,100" and "about 59%", open above); counted 0.139. The dev set stays at 1.000 on
every field and the rest of the second set unchanged; the regression dump against main
(base16.json) changed one text of the 6,122, the probe ranking "Austria (412,300 people;
31% of the total), Romania (205,110; 16%)", whose later shares now take "total".
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
    # --- shares written "every third <noun>" ------------------------------------------------
    (
        "invented/Ukrinform: every fifth arrival was a child, its percentage after it",
        "Adult women made up 46% of arrivals, and every fifth arrival was a child under 14 "
        "(19.8%).",
        [
            ("46%", 46, E, P, "%", {"head": "arrivals"}),
            ("every fifth", 20, E, P, "%", {"head": "arrivals"}),
            ("19.8%", 19.8, E, P, "%", {"head": "arrivals"}),
        ],
    ),
    (
        "invented/Polish outlet: nearly every second household",
        "Nearly every second household in the oblast hosts displaced relatives.",
        [("Nearly every second", 50, UP, P, "%", {"head": "households"})],
    ),
    (
        "invented/Czech outlet: every fifth Ukrainian refugee, the demonym before the noun",
        "Every fifth Ukrainian refugee in Brno works in manufacturing.",
        [("Every fifth", 20, E, P, "%", {"head": "refugees"})],
    ),
    (
        "invented/guard: every second day is a frequency, no share",
        "Buses to Lviv leave every second day, and every third Tuesday a train runs.",
        [],
    ),
    # --- a ranking's shares of the total and its rates per thousand -------------------------
    (
        "invented/Eurostat story: the ranking's later shares are of the total",
        "The main hosts were Spain (201,400 people; 12.1% of the total), Italy (168,950; "
        "10.2%) and the Netherlands (121,300; 7.3%).",
        [
            ("201,400", 201400, E, C, None, {"head": "people"}),
            ("12.1%", 12.1, E, P, "%", {"head": "total", "part_of": None}),
            ("168,950", 168950, E, C, None),
            ("10.2%", 10.2, E, P, "%", {"head": "total", "part_of": None}),
            ("121,300", 121300, E, C, None),
            ("7.3%", 7.3, E, P, "%", {"head": "total", "part_of": None}),
        ],
    ),
    (
        "invented/Eurostat story: the EU total two sentences back is no whole",
        "As of May 31, 3,940,100 people held temporary protection in the EU. The data were "
        "published on Friday. The main hosts were Spain (201,400 people; 12.1% of the total) "
        "and Italy (168,950; 10.2%).",
        [
            ("3,940,100", 3940100, E, C, None, {"head": "people"}),
            ("201,400", 201400, E, C, None, {"head": "people"}),
            ("12.1%", 12.1, E, P, "%", {"head": "total", "part_of": None}),
            ("168,950", 168950, E, C, None),
            ("10.2%", 10.2, E, P, "%", {"head": "total", "part_of": None}),
        ],
    ),
    (
        "invented/Eurostat story: rates per 100,000 ranked by what they count",
        "Relative to population, the highest numbers of asylum applicants per 100,000 "
        "inhabitants were recorded in Cyprus (412) and Austria (298), while the EU figure was "
        "87 per 100,000 inhabitants.",
        [
            ("412", 412, E, C, None, {"head": "applicants"}),
            ("298", 298, E, C, None, {"head": "applicants"}),
            ("87", 87, E, C, None, {"head": "applicants"}),
        ],
    ),
    # --- sources ------------------------------------------------------------------------------
    (
        "invented/Ukrainian outlet: a term's abbreviation closing the sentence credits no one",
        "Evacuees are taken to a centre in Dnipro, about 80 kilometres away, where each "
        "receives UAH 3,000 and help with registering as an internally displaced person (IDP).",
        [
            ("about 80 kilometres", 80, AP, "measure", "kilometer", {"source": None}),
            ("UAH 3,000", 3000, E, M, "UAH", {"source": None}),
        ],
    ),
    (
        "invented/Ukrainian agency: a deputy minister of a portfolio, then the name",
        "Deputy Minister of Social Policy Ihor Bondar said 1,200 families had applied.",
        [("1,200", 1200, E, C, None, {"head": "families", "source": "Ihor Bondar"})],
    ),
    (
        "invented/Ukrinform: a quote, then the deputy minister of a portfolio told",
        '"About 700 people a day ask us," Deputy Minister of National Unity Oksana Hrytsak '
        "told Ukrinform.",
        [("About 700", 700, AP, C, None, {"head": "people", "source": "Oksana Hrytsak"})],
    ),
    (
        "invented/Eurostat story: were observed in, after the sentence Eurostat said",
        "Compared with May, the number of beneficiaries rose by 4,100, Eurostat said. The "
        "largest increases were observed in Spain (+1,200) and Italy (+900).",
        [
            ("4,100", 4100, E, C, None, {"source": "Eurostat"}),
            ("1,200", 1200, E, C, None, {"source": "Eurostat"}),
            ("900", 900, E, C, None, {"source": "Eurostat"}),
        ],
    ),
    (
        "invented/Polish outlet: a ministry's fields in lower case",
        "About 61% of working-age Ukrainians have jobs, according to the family, labour and "
        "social policy ministry.",
        [
            (
                "About 61%",
                61,
                AP,
                P,
                "%",
                {"source": "family, labour and social policy ministry"},
            )
        ],
    ),
    (
        "invented/Polish outlet: another country's labour ministry is not the one described",
        "About 61% work, according to the family, labour and social policy ministry. In "
        "Czechia, the labour ministry says 59% of refugees have a job.",
        [
            ("About 61%", 61, AP, P, "%", {"source": "family, labour and social policy ministry"}),
            ("59%", 59, E, P, "%", {"head": "refugees", "source": "labour ministry"}),
        ],
    ),
    (
        "invented/Polish outlet: a think tank, its acronym and a description, estimates that",
        "The Institute for Structural Research (IBS), a Warsaw think tank, estimates that 0.4% "
        "of output came from refugees.",
        [("0.4%", 0.4, E, P, "%", {"source": "Institute for Structural Research"})],
    ),
    (
        "invented/Polish outlet: work added between two shares to GDP is no speaker",
        "Last year refugees' work added between 0.5% and 0.7% to GDP.",
        [("between 0.5% and 0.7%", (0.5, 0.7), R, P, "%", {"source": None})],
    ),
    (
        "invented/Polish outlet: its survey found, the institute named before",
        "The Kiel Institute says 1.2 million Ukrainians live in Germany. But 7 in 10 are "
        "women, its survey found.",
        [
            ("1.2 million", 1.2e6, E, C, None, {"source": "Kiel Institute"}),
            ("7 in 10", 70, E, P, "%", {"source": "Kiel Institute"}),
        ],
    ),
    # --- heads ---------------------------------------------------------------------------------
    (
        "invented/Polish outlet: a count between dashes after a share's group counts it",
        "The camp holds 9,000 residents. Over half of the families in the camp - about 3,000 - "
        "have no heating.",
        [
            ("9,000", 9000, E, C, None, {"head": "residents"}),
            ("Over half", 50, LO, P, "%", {"head": "families"}),
            ("about 3,000", 3000, AP, C, None, {"head": "families"}),
        ],
    ),
    (
        "invented/Czech outlet: of whom N attend classes",
        "Czech schools teach 52,300 Ukrainian pupils, of whom 8,900 attend language courses.",
        [
            ("52,300", 52300, E, C, None, {"head": "pupils"}),
            ("8,900", 8900, E, C, None, {"head": "pupils", "part_of": 0}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_ukraine_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


FLOORS = {
    "136-ukrinform-eurostat-temporary-protection.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "137-poland-ukrainians-jobs-800-plus.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.954,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.863,
    },
    "138-kharkiv-oblast-evacuations-idps.txt": {
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
def test_devset2_ukraine_floors(name):
    assert_floors(name, FLOORS[name])
