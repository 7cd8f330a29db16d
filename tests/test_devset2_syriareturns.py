"""Second dev set, batch ``ds2-syriareturns``: reports 172-174 of ``tests/fixtures/devset2``,
Turkish, Lebanese and Jordanian English-language copy on Syrians going home after the fall of
the Assad government in December 2024: a Turkish interior minister's running totals of
"voluntary returns" posted on social media (since "Dec. 8, 2024" and since 2016), the
Presidency of Migration Management named with its Turkish acronym (GİB) and called "the
presidency" after, household goods "worth up to 75,000 liras (about $1,770)"; Lebanese
General Security's return convoys through Masnaa, Qaa and Arida, UNHCR's cash per returnee
in dollars, residency fines in Lebanese pounds written "LL45 million ($500)", "as many as
412,000"; UNHCR's regional flash update on returnees from the neighbouring countries and
IOM's count of IDPs gone home, "Nearly half a million" in a headline with "UNHCR:" before
it, Jordanian dinars written "JD70", "JD1.5 billion" and "from JD23 to JD15", and the
Jaber-Nassib crossing. Before writing them, real copy of these kinds was read through the
stored-pages search (none is kept here): the Turkish interior minister's posts on returns
since 8 December 2024 as Turkish outlets and Kurdistan24 rewrote them; This is Beirut, The
Daily Star (via a reprint), MENAFN and NNA-based items on General Security's return convoys
at Masnaa, Zamrani and Qaa; the Jordan Times, Ammon News, Al Bawaba, Gulf Times and Syria
Times on UNHCR's and the interior ministry's counts of Syrians leaving Jordan through Jaber.
Every sentence, name and number is invented; places and organisations are real:

- 172-sabah-voluntary-returns-total.txt: a Daily Sabah-like story, 2026-11-24, on the
  minister's totals since Dec. 8, 2024 and since 2016, the Syrians under temporary
  protection, daily crossings at Cilvegözü "as many as 3,100", the GİB's children among the
  returnees, return coordination centers, duty-free goods in liras and dollars, the cost of
  hosting, an Istanbul chamber's count of Syrian-owned companies, an opposition deputy's
  claim and the EU's euros.
- 173-lorient-gs-convoys-masnaa.txt: a L'Orient Today-like story, 2026-11-25, on a day's
  General Security convoys, UNHCR's returns from Lebanon "including nearly 160,000" through
  informal crossings, the social affairs minister's cash per returnee and range of hoped-for
  returns, General Security's estimate "of whom roughly 640,000" registered, residency fines
  "LL45 million ($500)" from an officer at Masnaa, a returnee's rent, UNHCR's IDP returns,
  Syria's Ministry of Local Administration and Human Rights Watch's deportations.
- 174-jordantimes-unhcr-regional.txt: a Jordan Times / The National-like story, 2026-11-26,
  on UNHCR's regional totals ("Nearly half a million" this year, "more than 1.1 million"
  since the fall), returns from Jordan with the share from the camps, daily returns through
  Jaber-Nassib, an interior ministry spokesperson's hosted and registered Syrians and cost in
  dinars, the cash grant "JD70 ($99)", WFP's voucher cut "from JD23 to JD15", IOM's IDP
  returns with the share planning to move again, and truckers' waits at Jaber.

The reports and their gold were committed (c906e70) before the extractor was first run on
them (the gold checker's wrapper learnt "JD", "LL" and the plural "liras" in the same
commit). The BLIND score (``python -m analysis.evaluate /tmp/syriareturns-blind --misses``,
only this batch in the folder, at that commit)::

    report                                 gold  pred match      P      R     F1  date
    172-sabah-voluntary-returns-total.txt    24    24    24  1.000  1.000  1.000  ok
    173-lorient-gs-convoys-masnaa.txt        23    23    23  1.000  1.000  1.000  ok
    174-jordantimes-unhcr-regional.txt       25    25    25  1.000  1.000  1.000  ok
    TOTAL                                    72    72    72  1.000  1.000  1.000  1.000

    field accuracy over 72 matched figures:
      bound                         1.000  (72/72)
      kind                          1.000  (72/72)
      head                          0.986  (71/72)
      low_high                      1.000  (72/72)
      part_of                       1.000  (72/72)
      source                        0.903  (65/72)
      source (lenient: surname ok)  0.903  (65/72)
      counted                       0.264  (19/72)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      172-sabah-voluntary-returns-total.txt 'Nearly 612,000': counted: 'Syrians who returned home from Türkiye since fall of Assad regime' -> 'Syrians'
      172-sabah-voluntary-returns-total.txt '611,842': counted: 'Syrians who voluntarily returned from Türkiye since Dec. 8, 2024' -> 'Syrians'
      172-sabah-voluntary-returns-total.txt '1,351,790': counted: 'Syrians who have gone back since 2016' -> 'Syrians'
      172-sabah-voluntary-returns-total.txt '2,294,105': counted: 'Syrians under temporary protection in the country' -> 'Syrians'
      172-sabah-voluntary-returns-total.txt '27,460': counted: 'Syrians who crossed in November' -> 'Syrians'
      172-sabah-voluntary-returns-total.txt 'as many as 3,100': counted: 'people a day passing through the Cilvegözü border gate at the summer peak' -> 'people'
      172-sabah-voluntary-returns-total.txt 'about 900': counted: 'people a day passing through Cilvegözü in early 2025' -> 'people'
      172-sabah-voluntary-returns-total.txt '611,842': source: 'Presidency of Migration Management' -> 'the presidency'
      172-sabah-voluntary-returns-total.txt '241,500': source: 'Presidency of Migration Management' -> 'the presidency'; counted: 'returnees who were children' -> 'children'
      172-sabah-voluntary-returns-total.txt 'Some 58 percent': source: 'Presidency of Migration Management' -> 'GİB'; counted: 'returnees who went to Aleppo, Idlib and Hama' -> 'returnees'
      172-sabah-voluntary-returns-total.txt '11': head: 'centers' -> nan; counted: 'return coordination centers' -> nan
      172-sabah-voluntary-returns-total.txt 'under two hours': counted: 'exit procedures' -> nan
      172-sabah-voluntary-returns-total.txt '13 years': counted: 'hosting Syrians' -> nan
      172-sabah-voluntary-returns-total.txt 'at least 200,000': counted: 'Syrians expected to return next year' -> 'Syrians'
      172-sabah-voluntary-returns-total.txt 'some 480,000': counted: 'registered Syrians in Istanbul' -> 'registered Syrians'
      172-sabah-voluntary-returns-total.txt 'nearly 9%': counted: 'fall in Syrian-owned companies in Istanbul' -> nan
      172-sabah-voluntary-returns-total.txt 'nine months': counted: 'period of the fall' -> nan
      172-sabah-voluntary-returns-total.txt '6,320': counted: 'Syrian-owned companies in Istanbul' -> 'companies'
      172-sabah-voluntary-returns-total.txt 'more than 20,000': counted: 'returnees who came back to Türkiye irregularly' -> 'returnees'
      172-sabah-voluntary-returns-total.txt 'six months': counted: 'coming back irregularly' -> nan
      173-lorient-gs-convoys-masnaa.txt 'More than 1,300': counted: 'Syrians who left Lebanon in the latest General Security convoys' -> 'Syrians'
      173-lorient-gs-convoys-masnaa.txt 'Some 1,340': counted: 'Syrians who left Lebanon on Tuesday' -> 'Syrians'
      173-lorient-gs-convoys-masnaa.txt 'three': counted: 'return convoys organized by General Security' -> 'return convoys'
      173-lorient-gs-convoys-masnaa.txt '612': counted: 'returnees who were children' -> 'children'
      173-lorient-gs-convoys-masnaa.txt 'as many as 412,000': counted: 'Syrians who have returned from Lebanon since Dec. 8, 2024' -> 'Syrians'
      173-lorient-gs-convoys-masnaa.txt 'nearly 160,000': counted: 'Syrians who left through informal crossings' -> 'Syrians'
      173-lorient-gs-convoys-masnaa.txt 'between 200,000 and 300,000': counted: 'more Syrians the ministry hopes will go back' -> 'Syrians'
      173-lorient-gs-convoys-masnaa.txt 'about 85,000': counted: 'Syrians who signed up for organized returns' -> 'Syrians'
      173-lorient-gs-convoys-masnaa.txt 'some 1.4 million': counted: 'Syrians who remain in Lebanon' -> 'Syrians'
      173-lorient-gs-convoys-masnaa.txt 'roughly 640,000': counted: 'Syrians registered with UNHCR' -> 'Syrians'
      173-lorient-gs-convoys-masnaa.txt '2.08 million': counted: 'Syrians in Lebanon before the fall of the Assad regime' -> 'Syrians'
      173-lorient-gs-convoys-masnaa.txt 'LL45 million': source: 'a General Security officer' -> 'a General Security officer at Masnaa'
      173-lorient-gs-convoys-masnaa.txt '$500': source: 'a General Security officer' -> 'a General Security officer at Masnaa'
      173-lorient-gs-convoys-masnaa.txt '12 years': counted: 'time spent in a tented settlement near Zahle' -> nan
      173-lorient-gs-convoys-masnaa.txt 'more than 1.2 million': counted: 'internally displaced people who have gone back to their areas of origin' -> 'internally displaced people'
      173-lorient-gs-convoys-masnaa.txt 'an estimated 6.1 million': counted: 'internally displaced people who remain displaced' -> 'internally displaced people'
      173-lorient-gs-convoys-masnaa.txt '37 percent': source: 'Ministry of Local Administration' -> "Syria's Ministry of Local Administration"; counted: 'returnees from Lebanon who found their homes damaged or destroyed' -> 'returnees from Lebanon'
      173-lorient-gs-convoys-masnaa.txt 'at least $2,500': source: 'Ministry of Local Administration' -> "Syria's Ministry of Local Administration"
      173-lorient-gs-convoys-masnaa.txt 'at least 90': counted: 'Syrians deported from the Bekaa since October' -> 'Syrians'
      174-jordantimes-unhcr-regional.txt 'Nearly half a million': counted: 'refugees who returned to Syria from neighbours this year' -> 'refugees'
      174-jordantimes-unhcr-regional.txt 'Nearly half a million': counted: 'Syrian refugees who returned home from neighbouring countries since January' -> 'Syrian refugees'
      174-jordantimes-unhcr-regional.txt 'more than 1.1 million': counted: "Syrian refugees who returned since the fall of Bashar Assad's government" -> 'Syrian refugees'
      174-jordantimes-unhcr-regional.txt '1,146,300': counted: 'Syrians who crossed back from neighbouring countries' -> 'Syrians'
      174-jordantimes-unhcr-regional.txt '498,700': counted: 'Syrians who crossed back since the start of 2026' -> 'Syrians'
      174-jordantimes-unhcr-regional.txt '187,450': counted: 'refugees who have gone back from Jordan' -> 'refugees'
      174-jordantimes-unhcr-regional.txt 'about 41 percent': counted: 'returnees from Jordan who came from the Zaatari and Azraq camps' -> 'refugees'
      174-jordantimes-unhcr-regional.txt 'around 640': counted: 'daily returns through the Jaber-Nassib crossing in October' -> 'returns'
      174-jordantimes-unhcr-regional.txt 'almost 1,900': counted: 'daily returns at the July peak' -> 'returns'
      174-jordantimes-unhcr-regional.txt 'some 1.2 million': counted: 'Syrians hosted in Jordan' -> 'Syrians'
      174-jordantimes-unhcr-regional.txt 'about 430,000': counted: 'Syrians registered with UNHCR' -> 'Syrians'
      174-jordantimes-unhcr-regional.txt 'six months': counted: 'period of the funding gap' -> nan
      174-jordantimes-unhcr-regional.txt 'some 1.9 million': counted: 'internally displaced people who returned to their areas of origin' -> 'internally displaced people'
      174-jordantimes-unhcr-regional.txt '23 percent': counted: 'returned IDPs planning to move again' -> 'internally displaced people'
      174-jordantimes-unhcr-regional.txt '12 months': counted: 'planned moving again' -> nan
      174-jordantimes-unhcr-regional.txt '13 years': counted: 'time lived in a caravan' -> nan
      174-jordantimes-unhcr-regional.txt 'as many as 450': counted: 'trucks crossing Jaber a day' -> 'trucks'
      174-jordantimes-unhcr-regional.txt 'up to 10 hours': counted: "drivers' wait on the Syrian side" -> nan

Gold slips corrected afterwards (36fe025), against the set's convention for sources, not to
match the output: 173's "Ministry of Local Administration" is "Syria's Ministry of Local
Administration" (the set keeps a country's possessive: "Iraq's Ministry of Migration and
Displacement", "Greece's coast guard"), and "a General Security officer" is "a General
Security officer at Masnaa" (as "A senior officer in Bhubaneswar", "A senior official at the
interior ministry"); four figures.

Rules written after the blind run (each with a row below that failed before it):

- 1fb8e08: "Presidency" is a body's keyword (Turkish bodies named in English: "the
  Presidency of Migration Management (GİB)", "the Disaster and Emergency Management
  Presidency (AFAD)"), so the name before an acronym of its Turkish name is found and
  "according to GİB data" is the body; "the presidency said" is the body the text named
  with "Presidency " in it, else stays as written (a head of state's office).
- d80c870: "return" before an abstract noun and the plural it ends in modifies that plural
  ("11 return coordination centers"), and after a modifier before a plural too ("nine
  mobile return units", as "nine return units" already was); before a time plural
  ("return months later") or "home" it stays a verb.

Seen and left alone: "counted" is not scored (0.264 blind); the EU's "€11.5 billion" in a
relative clause of "The European Union, which has allocated ..., said it would fund" is the
report's background in the gold (no source), and the extractor agrees.

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/syriareturns-blind``, the batch alone, corrected gold): F1 1.000 (72/72, no miss, no
extra); bound, kind, head, low_high, part_of and source 1.000. The dev set stays at 1.000 on
every field; the rest of the second set is unchanged (source 3517 -> 3520 and head 3540 ->
3541 of 3629 over the whole set, all in this batch); the regression dump against main
(base21.json) changed none of its 6,393 texts.
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
    # --- "the presidency said" after a body whose name holds "Presidency" -------------------
    (
        "invented/Daily Sabah: the presidency said, after the Presidency of Migration Management",
        "The Presidency of Migration Management said 4,120 Syrians left through Öncüpınar last "
        "week. Of the 4,120, 1,730 were women, the presidency said.",
        [
            ("4,120", 4120, E, C, None, {"source": "Presidency of Migration Management"}),
            ("4,120", 4120, E, C, None, {"source": "Presidency of Migration Management"}),
            (
                "1,730",
                1730,
                E,
                C,
                None,
                {"head": "women", "source": "Presidency of Migration Management"},
            ),
        ],
    ),
    # --- a body's acronym with a dotted capital İ ----------------------------------------------
    (
        "invented/Anadolu: according to GİB figures, the acronym given after the name",
        "The Presidency of Migration Management (GİB) runs the centers. About 61 percent of "
        "the returnees were under 30, according to GİB figures.",
        [("About 61 percent", 61, AP, P, "%", {"source": "Presidency of Migration Management"})],
    ),
    # --- "N return coordination centers": a compound noun opening with "return" ----------------
    (
        "invented/Hürriyet Daily News: 14 return coordination centers",
        "The ministry now runs 14 return coordination centers and nine mobile return units.",
        [
            ("14", 14, E, C, None, {"head": "centers"}),
            ("nine", 9, E, C, None, {"head": "units"}),
        ],
    ),
    (
        'invented/guard: a verb "return" before a time plural or "home" stays a verb',
        "About 300 Syrian refugees return months later, and some 2,000 Afghan families "
        "return home each week.",
        [
            ("About 300", 300, AP, C, None, {"head": "refugees"}),
            ("some 2,000", 2000, AP, C, None, {"head": "families"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_syriareturns_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


FLOORS = {
    "172-sabah-voluntary-returns-total.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "173-lorient-gs-convoys-masnaa.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "174-jordantimes-unhcr-regional.txt": {
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
def test_devset2_syriareturns_floors(name):
    assert_floors(name, FLOORS[name])
