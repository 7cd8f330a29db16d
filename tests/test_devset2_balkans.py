"""Second dev set, batch ``ds2-balkans``: reports 208-210 of ``tests/fixtures/devset2``,
English-language copy on the Balkan route (2023-2025).

Before writing them, real copy of these kinds was read through the stored-pages search
(none is kept here): N1's English service on the Danish Refugee Council's pushback counts in
Una-Sana Canton and the Lipa and Bira camps, Border Violence Monitoring Network testimonies
from the Croatian-Bosnian border, an Amnesty report on the route, and rights-group and press
copy on Croatia's pushbacks and the EU's money for Lipa. Every sentence, name and number is
invented; places and organisations are real:

- 208-birn-pushbacks-una-sana-lipa.txt: a Balkan Insight (BIRN)-like story, 2025-02-11, on
  pushbacks from Croatia with the Danish Refugee Council's cases ("The Danish Refugee
  Council, DRC, ...", "Of the 1,127 cases, 214 ...") and the Border Violence Monitoring
  Network's testimonies and shares, the interior ministry's denial "In a statement to
  BIRN", Lipa's capacity and residents from the Service for Foreigners' Affairs, IOM's
  "of whom", and Bosnian convertible marks written "KM 1.2 million" and "BAM 100".
- 209-n1-subotica-raids-reception-centres.txt: an N1 Serbia-like story, 2024-11-04, on police
  raids on informal camps near Subotica and Horgos (pistols, rifles, smugglers "including
  four Serbian citizens"), the Commissariat for Refugees and Migration's residents and
  places with "a fall of 55 per cent", a spokesman's "within 72 hours", the draft budget in
  "1.45 billion dinars" and "about RSD 1,800", Klikaktiv's pushback claim and the Hungarian
  police's fence attempts.
- 210-kathimerini-frontex-evros-balkans.txt: a Kathimerini English-like story, 2025-03-12,
  with a headline opened by "Frontex:", the Western Balkans route's detections in January
  and February with percentage changes by nationality ("fell 71% to 310"), the Eastern
  Mediterranean route and the Evros, Greek police's arrests "of whom 418 were Pakistani
  nationals", the fence's kilometres and cost from "a senior official at the Citizen
  Protection Ministry", a police major's "groups of 10 to 15 people" and Frontex's officers.

The reports and their gold were committed (080840d) before the extractor was first run on
them (that commit also taught the gold checker "KM", "BAM" and "RSD" before an amount, as
other batches added their currencies). The BLIND score (``python -m analysis.evaluate
/tmp/balkans-blind --misses``, only this batch in the folder, at that commit)::

    report                                       gold  pred match      P      R     F1  date
    208-birn-pushbacks-una-sana-lipa.txt           23    23    23  1.000  1.000  1.000  ok
    209-n1-subotica-raids-reception-centres.txt    23    23    23  1.000  1.000  1.000  ok
    210-kathimerini-frontex-evros-balkans.txt      23    23    23  1.000  1.000  1.000  ok
    TOTAL                                          69    69    69  1.000  1.000  1.000  1.000

    field accuracy over 69 matched figures:
      bound                         0.986  (68/69)
      kind                          0.957  (66/69)
      head                          0.870  (60/69)
      low_high                      0.986  (68/69)
      part_of                       1.000  (69/69)
      source                        0.667  (46/69)
      source (lenient: surname ok)  0.725  (50/69)
      counted                       0.130  (9/69)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      208-birn-pushbacks-una-sana-lipa.txt 'at least 1,127': counted: 'people pushed back from Croatia into Bosnia and Herzegovina last year' -> 'people'
      208-birn-pushbacks-una-sana-lipa.txt '1,127': counted: 'pushback cases documented in 2024' -> 'pushback cases'
      208-birn-pushbacks-una-sana-lipa.txt '2,854': counted: 'pushback cases documented a year earlier' -> 'pushback cases'
      208-birn-pushbacks-una-sana-lipa.txt '1,127': counted: 'pushback cases' -> 'cases'
      208-birn-pushbacks-una-sana-lipa.txt '214': head: 'cases' -> 'families'; counted: 'cases involving families with children' -> 'involved families'
      208-birn-pushbacks-una-sana-lipa.txt '63': counted: 'cases involving unaccompanied minors' -> 'cases'
      208-birn-pushbacks-una-sana-lipa.txt '142': source: 'Border Violence Monitoring Network' -> 'Border Violence Monitoring Network, BVMN'; counted: 'testimonies from Bosnia' -> 'testimonies'
      208-birn-pushbacks-una-sana-lipa.txt 'some 1,900': source: 'Border Violence Monitoring Network' -> 'Border Violence Monitoring Network, BVMN'; counted: 'people covered by the testimonies' -> 'people'
      208-birn-pushbacks-una-sana-lipa.txt '38 per cent': source: 'Border Violence Monitoring Network' -> 'Border Violence Monitoring Network, BVMN'; counted: 'cases in which people reported being beaten' -> 'cases'
      208-birn-pushbacks-una-sana-lipa.txt '71 per cent': source: 'Border Violence Monitoring Network' -> 'Border Violence Monitoring Network, BVMN'; counted: 'cases in which phones were taken or destroyed' -> 'cases'
      208-birn-pushbacks-una-sana-lipa.txt '12': counted: 'men with injuries from batons seen last week' -> 'men'
      208-birn-pushbacks-una-sana-lipa.txt '9,400': source: "Croatia's interior ministry" -> 'BIRN'; counted: 'illegal crossings of the border prevented in 2024' -> 'illegal crossings of the border'
      208-birn-pushbacks-una-sana-lipa.txt '25 kilometres': source: nan -> "Service for Foreigners' Affairs"; counted: 'distance of the Lipa centre from Bihac' -> nan
      208-birn-pushbacks-una-sana-lipa.txt 'up to 1,500': counted: 'people the Lipa temporary reception centre can house' -> 'people'
      208-birn-pushbacks-una-sana-lipa.txt '412': counted: 'residents of the Lipa centre on Friday' -> 'residents'
      208-birn-pushbacks-una-sana-lipa.txt '24': counted: 'places in the detention unit' -> 'places'
      208-birn-pushbacks-una-sana-lipa.txt '2,310': counted: 'people who passed through Lipa last year' -> 'people'
      208-birn-pushbacks-una-sana-lipa.txt '1,046': counted: 'people from Afghanistan who passed through Lipa' -> 'people'
      208-birn-pushbacks-una-sana-lipa.txt 'KM 1.2 million': kind: 'money' -> 'count'; head: 'BAM' -> 'people'; counted: nan -> 'people'
      208-birn-pushbacks-una-sana-lipa.txt 'BAM 100': kind: 'money' -> 'count'; head: 'BAM' -> nan
      209-n1-subotica-raids-reception-centres.txt 'Over 300': counted: 'migrants moved from the Subotica area after police raids' -> 'migrants'
      209-n1-subotica-raids-reception-centres.txt '312': counted: 'migrants detained in raids near Subotica and Horgos' -> 'migrants'
      209-n1-subotica-raids-reception-centres.txt 'seven': counted: 'pistols found' -> 'pistols'
      209-n1-subotica-raids-reception-centres.txt 'two': counted: 'automatic rifles found' -> 'automatic rifles'
      209-n1-subotica-raids-reception-centres.txt '11': counted: 'suspected smugglers arrested' -> 'suspected smugglers'
      209-n1-subotica-raids-reception-centres.txt 'four': counted: 'Serbian citizens among the suspected smugglers arrested' -> 'Serbian citizens'
      209-n1-subotica-raids-reception-centres.txt 'some 600': counted: 'officers who took part in the raids' -> 'officers'
      209-n1-subotica-raids-reception-centres.txt '1,843': source: 'Commissariat for Refugees and Migration' -> 'Migration'; counted: 'people accommodated in the asylum and reception centres on Sunday' -> 'people'
      209-n1-subotica-raids-reception-centres.txt '17': source: 'Commissariat for Refugees and Migration' -> 'Migration'
      209-n1-subotica-raids-reception-centres.txt '4,120': source: 'Commissariat for Refugees and Migration' -> 'Migration'; counted: 'people accommodated in the centres a year earlier' -> 'people'
      209-n1-subotica-raids-reception-centres.txt '55 per cent': source: 'Commissariat for Refugees and Migration' -> 'Migration'; counted: 'fall in people accommodated in the centres' -> nan
      209-n1-subotica-raids-reception-centres.txt 'up to 6,000': source: 'Commissariat for Refugees and Migration' -> 'Interior Ministry'; counted: 'people the centres can take' -> 'people'
      209-n1-subotica-raids-reception-centres.txt '72 hours': counted: 'time within which many leave the centres' -> nan
      209-n1-subotica-raids-reception-centres.txt '94': counted: 'people who have asked for asylum since January' -> 'people'
      209-n1-subotica-raids-reception-centres.txt '1.45 billion dinars': source: 'Finance Ministry' -> nan
      209-n1-subotica-raids-reception-centres.txt 'about 12.4 million euros': source: 'Finance Ministry' -> nan
      209-n1-subotica-raids-reception-centres.txt 'about RSD 1,800': bound: 'approximate' -> 'exact'; kind: 'money' -> 'count'; head: 'RSD' -> 'people'; counted: nan -> 'people'; low/high: null/null -> 1800/1800
      209-n1-subotica-raids-reception-centres.txt 'three': head: 'people' -> 'dead'; counted: 'people killed in a shootout near Horgos' -> 'dead'
      209-n1-subotica-raids-reception-centres.txt 'at least 40': counted: 'people pushed across the border into North Macedonia in October' -> 'people'
      209-n1-subotica-raids-reception-centres.txt '23': counted: 'people pushed back who had been in the asylum procedure' -> 'people'
      209-n1-subotica-raids-reception-centres.txt '2,760': counted: 'attempts to cross the border fence from Serbia between January and October' -> 'attempts'
      209-n1-subotica-raids-reception-centres.txt '86 percent': counted: 'fall in attempts to cross the border fence' -> nan
      210-kathimerini-frontex-evros-balkans.txt '64%': counted: 'fall in crossings on the Western Balkans route' -> nan
      210-kathimerini-frontex-evros-balkans.txt '64%': counted: 'fall in irregular border crossings on the Western Balkans route in January and February' -> nan
      210-kathimerini-frontex-evros-balkans.txt 'about 2,100': head: 'crossings' -> 'people'; counted: 'irregular border crossings on the Western Balkans route in January and February' -> 'people'
      210-kathimerini-frontex-evros-balkans.txt '980': source: 'Frontex' -> nan; counted: 'irregular crossings detected on the route in February' -> 'irregular crossings'
      210-kathimerini-frontex-evros-balkans.txt '52%': source: 'Frontex' -> nan; counted: 'fall in irregular crossings in February' -> nan
      210-kathimerini-frontex-evros-balkans.txt '71%': source: 'Frontex' -> nan; counted: 'fall in detections of Syrians' -> nan
      210-kathimerini-frontex-evros-balkans.txt '310': source: 'Frontex' -> nan; counted: 'detections of Syrians' -> 'detections'
      210-kathimerini-frontex-evros-balkans.txt '38%': source: 'Frontex' -> nan; counted: 'fall in detections of Turkish nationals' -> nan
      210-kathimerini-frontex-evros-balkans.txt '205': head: 'detections' -> 'nationals'; source: 'Frontex' -> nan; counted: 'detections of Turkish nationals' -> 'nationals'
      210-kathimerini-frontex-evros-balkans.txt '12%': counted: 'rise in detections of Afghans' -> nan
      210-kathimerini-frontex-evros-balkans.txt '146': head: 'detections' -> 'nationals'; counted: 'detections of Afghans' -> 'nationals'
      210-kathimerini-frontex-evros-balkans.txt '9%': counted: 'rise in detections on the Eastern Mediterranean route' -> nan
      210-kathimerini-frontex-evros-balkans.txt '4,870': counted: 'detections on the Eastern Mediterranean route in January and February' -> 'detections'
      210-kathimerini-frontex-evros-balkans.txt '1,236': counted: 'people arrested after crossing the Evros' -> 'people'
      210-kathimerini-frontex-evros-balkans.txt '418': counted: 'Pakistani nationals among those arrested' -> 'Pakistani nationals'
      210-kathimerini-frontex-evros-balkans.txt '35 kilometres': source: 'senior official at the Citizen Protection Ministry' -> 'a senior official at the Citizen Protection Ministry'; counted: 'extension of the Evros fence' -> nan
      210-kathimerini-frontex-evros-balkans.txt '140 kilometres': source: 'senior official at the Citizen Protection Ministry' -> 'a senior official at the Citizen Protection Ministry'; counted: 'length of the extended Evros fence' -> nan
      210-kathimerini-frontex-evros-balkans.txt '99 million euros': source: 'senior official at the Citizen Protection Ministry' -> 'a senior official at the Citizen Protection Ministry'
      210-kathimerini-frontex-evros-balkans.txt '10 to 15': counted: 'people in a group sent across at night' -> 'people'
      210-kathimerini-frontex-evros-balkans.txt '50': head: 'people' -> 'groups'; counted: 'people in a group' -> 'groups'
      210-kathimerini-frontex-evros-balkans.txt 'six': source: 'forensic service in Alexandroupolis' -> 'The forensic service'; counted: 'bodies of migrants received since January' -> 'migrants'
      210-kathimerini-frontex-evros-balkans.txt 'about 560': counted: 'Frontex officers deployed in Greece' -> 'officers deployed in Greece'
      210-kathimerini-frontex-evros-balkans.txt '110': counted: 'Frontex officers at the Evros border' -> 'officers deployed in Greece'

No gold was changed after the blind run. The table below holds invented sentences (other
names, places and numbers) with the constructions that failed in the three reports, each
checked to fail on the blind commit's package before its rule, and a guard. AFTER this
round's rules (same folder, same command)::

    TOTAL                                          69    69    69  1.000  1.000  1.000  1.000
      bound 1.000, kind 1.000, low_high 1.000, head 0.913 (63/69), part_of 1.000,
      source 0.826 (57/69), counted 0.159 (11/69)

The general rules of this round, one line each:

- "RSD" and "BAM" before an amount are the dinar's and the convertible mark's codes
  (currencies.csv), and "KM" before one is the mark in a story that names Bosnia
  (letter_currencies.csv) (0134663).
- A body's acronym set off by commas after its name ("The Danish Refugee Council, DRC, a
  ..., counted") is no part of the source (c3d83d2).
- "Commissariat" is a body's head word (organisations.txt), so "the Commissariat for
  Refugees and Migration" keeps its whole name (161ce4b).
- "detected" is an agent verb: "the agency detected 980 irregular crossings" is the
  agency's count, "the agency" being Frontex named before (4f26394).

Left alone: "In a statement to BIRN, the ministry said" (the ministry, named before as
"Croatia's interior ministry" in lower case, is resolved to the outlet; a short sentence does
not reproduce it); figures in the sentence before "..., the agency said" ("Detections of
Syrians fell 71% to 310, while those of Turkish nationals dropped 38% to 205") get no
source, and "those of Turkish nationals" is headed "nationals" (the gold restores
"detections"; the subject-head logic is inconsistent here even without "those of"); the
draft budget's "1.45 billion dinars" in the clause before "..., and each resident costs about
RSD 1,800 a day, the Finance Ministry said" gets no source; "The forensic service" against
the gold's "forensic service in Alexandroupolis"; "a senior official at the Citizen
Protection Ministry" against the gold's form without the article (other batches' gold keeps
the article, "A senior official at the interior ministry", so the gold here may be the
slip, but it was not changed); "left three dead" headed "dead" (gold "people"); "25
kilometres from Bihac" given the source of the "according to" that closes its sentence.
Counted phrases stay low, as in every batch.
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
    # --- Balkan currencies written with their codes before the amount ---------------------
    (
        "invented/Klix English: KM and BAM before the amount in Bosnian copy",
        "Authorities in Tuzla set aside KM 350,000 for a transit centre near the bus station, "
        "and a bed in a private hostel costs about BAM 20 a night, volunteers said.",
        [
            ("KM 350,000", 350000, E, M, "BAM"),
            ("about BAM 20", 20, AP, M, "BAM"),
        ],
    ),
    (
        "invented/RTS English: RSD before the amount in Serbian copy",
        "A court in Belgrade fined the driver RSD 120,000 for carrying 14 migrants in his van.",
        [
            ("RSD 120,000", 120000, E, M, "RSD"),
            ("14", 14, E, C, None),
        ],
    ),
    # --- sources ---------------------------------------------------------------------
    (
        "invented/BIRN: a body's acronym set off by commas after its name is not its name",
        "The Jesuit Refugee Service, JRS, a coalition of groups along the route, counted 640 "
        "testimonies from Serbia last year.",
        [("640", 640, E, C, None, {"source": "Jesuit Refugee Service"})],
    ),
    (
        "invented/N1: a body named 'for X and Y' keeps its whole name",
        "The Commissariat for Refugees and Migration said 960 people were staying in the "
        "Obrenovac centre on Monday.",
        [("960", 960, E, C, None, {"source": "Commissariat for Refugees and Migration"})],
    ),
    (
        "invented/Kathimerini: the agency that detected crossings is who counts them",
        "Frontex said arrivals on the Central Mediterranean route fell in April.\n\n"
        "In April alone, the agency detected 4,300 irregular crossings on the route.",
        [("4,300", 4300, E, C, None, {"source": "Frontex"})],
    ),
    (
        "invented/guard: the outlet a statement was sent to is not its source",
        "In a statement to Balkan Insight, the Hungarian police said they had stopped 310 "
        "people at the fence in March.",
        [("310", 310, E, C, None, {"source": "Hungarian police"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_balkans_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "208-birn-pushbacks-una-sana-lipa.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.91,
    },
    "209-n1-subotica-raids-reception-centres.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.91,
    },
    "210-kathimerini-frontex-evros-balkans.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.82,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.65,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_balkans_floors(name):
    assert_floors(name, FLOORS[name])
