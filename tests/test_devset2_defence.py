"""Second dev set, batch ``ds2-defence``: reports 298-300 of ``tests/fixtures/devset2``,
defence and conflict copy where displacement is part of the story: a defence ministry's
daily briefing as a wire rewrites it (drones claimed shot down, settlements claimed taken,
alleged enemy losses "up to 1,420", the other side's own tally), a think tank's conflict
assessment quoted by a newspaper (square kilometres gained, "about 1,250km" of front line,
troop numbers, a range of casualty estimates with both sides' claims) and a UN monitoring
mission's civilian-harm update with evacuations from front-line towns. Their units are
kilometres and square kilometres ("25 km", "437 square kilometres", "1,650 sq km",
"4-6km"), counts hedged by "claimed" and "alleged", ranges and percentages; their
not-figures are dates, weapon names ("Su-34", "KAB-500"), army numbers ("8th", "51st"),
ages ("12-year-old", "79-year-old", "over 60") and years. Before writing them, real copy of
these kinds was read through the stored-pages search (none is kept here): wire and agency
rewrites of Russia's defence ministry's daily drone and settlement claims, stories on the
Institute for the Study of War's assessments of square kilometres captured, and agency
stories on the UN human rights office's civilian casualty updates for Ukraine. Every
sentence, name and number is invented; places and organisations are real:

- 298-wire-mod-briefing-drones-villages.txt: a Reuters-like wire, 2026-11-27, on Russia's
  defence ministry's overnight drone and settlement claims, Ukraine's General Staff's and
  air force's counts, a Ukrainian regional head's evacuations within 25 km of the front
  line, DeepState's square kilometres and Belgorod's displaced border residents.
- 299-thinktank-autumn-offensive-gains.txt: a Guardian-like story, 2026-11-24, on a Rusi
  assessment of Russia's autumn gains ("1,650 sq km", "roughly 18 square kilometres a
  day"), troop numbers and a casualty range against Kyiv's and Moscow's claims, the ISW's
  "4-6km", Kostiantynivka's emptying and a Kyiv researcher's range.
- 300-un-civilian-harm-update-evacuations.txt: a UN News-like story, 2026-11-12, on the UN
  Human Rights Monitoring Mission in Ukraine's monthly civilian toll, Russian-installed
  officials' allegation, OCHA's Kupiansk evacuations, an NRC transit centre's daily
  arrivals, IOM's displacement estimate and the appeal's funding.

The reports and their gold were committed (fa83a76) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/defence-blind --misses``, only
this batch in the folder, at that commit)::

    report                                       gold  pred match      P      R     F1  date
    298-wire-mod-briefing-drones-villages.txt      24    24    24  1.000  1.000  1.000  ok
    299-thinktank-autumn-offensive-gains.txt       24    25    24  0.960  1.000  0.980  ok
    300-un-civilian-harm-update-evacuations.txt    23    23    23  1.000  1.000  1.000  ok
    TOTAL                                          71    72    71  0.986  1.000  0.993  1.000

    field accuracy over 71 matched figures:
      bound                         1.000  (71/71)
      kind                          1.000  (71/71)
      head                          1.000  (71/71)
      low_high                      1.000  (71/71)
      part_of                       0.986  (70/71)
      source                        0.676  (48/71)
      source (lenient: surname ok)  0.676  (48/71)
      counted                       0.014  (1/71)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 1
      299-thinktank-autumn-offensive-gains.txt
        EXTRA 'over 60' (60)  in: Ukraine's social policy ministry says 68,000 people from the Donetsk and Zaporizhzhia regions registered as internally displaced between September and November, 40% of them over 60.

    matched figures with a field wrong (gold -> predicted):
      298-wire-mod-briefing-drones-villages.txt '212': source: 'Russia' -> nan; counted: 'Ukrainian drones downed' -> 'drones'
      298-wire-mod-briefing-drones-villages.txt 'two': source: 'Russia' -> nan; counted: 'villages taken' -> 'villages'
      298-wire-mod-briefing-drones-villages.txt '212': counted: 'Ukrainian drones shot down overnight' -> 'Ukrainian drones'
      298-wire-mod-briefing-drones-villages.txt 'two': counted: 'settlements in eastern Ukraine taken' -> 'settlements'
      298-wire-mod-briefing-drones-villages.txt '14': source: nan -> "Russia's defence ministry"; counted: 'front-line villages with families ordered to evacuate' -> 'front-line villages'
      298-wire-mod-briefing-drones-villages.txt '64': counted: 'drones destroyed over the Bryansk region' -> 'drones'
      298-wire-mod-briefing-drones-villages.txt '38': counted: 'drones destroyed over the Kursk region' -> 'drones'
      298-wire-mod-briefing-drones-villages.txt 'up to 1,420': counted: 'Ukrainian servicemen lost along the front' -> 'servicemen'
      298-wire-mod-briefing-drones-villages.txt '24 hours': counted: 'reporting period' -> nan
      298-wire-mod-briefing-drones-villages.txt '11': counted: 'armoured vehicles destroyed' -> 'armoured vehicles'
      298-wire-mod-briefing-drones-villages.txt '1,180': counted: 'Russian soldiers killed or wounded' -> 'soldiers'
      298-wire-mod-briefing-drones-villages.txt '147': counted: 'drones launched at Ukraine overnight' -> 'drones'
      298-wire-mod-briefing-drones-villages.txt 'four': counted: 'ballistic missiles launched overnight' -> 'ballistic missiles'
      298-wire-mod-briefing-drones-villages.txt '121': counted: 'drones shot down or jammed' -> 'drones'
      298-wire-mod-briefing-drones-villages.txt 'nine': counted: 'locations where strikes were recorded' -> 'locations'
      298-wire-mod-briefing-drones-villages.txt '25 km': counted: 'distance from the front line covered by mandatory evacuation' -> nan
      298-wire-mod-briefing-drones-villages.txt 'About 2,200': counted: 'people still living in the villages' -> 'people'
      298-wire-mod-briefing-drones-villages.txt '4,870': counted: "people evacuated from the region's eastern districts" -> 'people'
      298-wire-mod-briefing-drones-villages.txt '1,115': counted: 'children evacuated' -> 'children'
      298-wire-mod-briefing-drones-villages.txt '437 square kilometres': counted: 'Ukrainian territory taken by Russian forces in November' -> 'Ukrainian'
      298-wire-mod-briefing-drones-villages.txt '512 square kilometres': counted: 'territory taken in October' -> nan
      298-wire-mod-briefing-drones-villages.txt 'less than 10 km': counted: 'distance of Russian units from the Dnipropetrovsk regional border' -> nan
      298-wire-mod-briefing-drones-villages.txt 'three': counted: 'civilians wounded by a drone in Shebekino' -> 'civilians'
      298-wire-mod-briefing-drones-villages.txt 'some 2,400': counted: 'residents of border villages in temporary accommodation' -> 'residents of border villages'
      299-thinktank-autumn-offensive-gains.txt '1,650 sq km': source: 'Royal United Services Institute' -> 'thinktank'; counted: "territory taken by Russia's autumn push" -> nan
      299-thinktank-autumn-offensive-gains.txt 'up to 130,000': source: 'Royal United Services Institute' -> 'thinktank'; counted: 'Russian casualties in the autumn push' -> 'casualties'
      299-thinktank-autumn-offensive-gains.txt 'about 1,650 square kilometres': counted: 'Ukrainian territory captured by Russian forces between September and November' -> 'Ukrainian'
      299-thinktank-autumn-offensive-gains.txt 'roughly 18 square kilometres': counted: 'average territory captured a day' -> nan
      299-thinktank-autumn-offensive-gains.txt 'between 95,000 and 130,000': counted: 'Russian soldiers killed or wounded' -> 'soldiers'
      299-thinktank-autumn-offensive-gains.txt 'about 1,250km': source: 'Royal United Services Institute' -> 'The London-based thinktank'; counted: 'length of the active front line' -> nan
      299-thinktank-autumn-offensive-gains.txt 'more than 700,000': source: 'Royal United Services Institute' -> 'The London-based thinktank'; counted: 'Russian troops in and around occupied Ukraine' -> 'troops'
      299-thinktank-autumn-offensive-gains.txt 'an estimated 620,000': source: 'Royal United Services Institute' -> 'The London-based thinktank'; counted: 'Russian troops at the start of the year' -> 'troops'
      299-thinktank-autumn-offensive-gains.txt '4-6km': counted: "distance of Russian units from Kostiantynivka's centre" -> "Kostiantynivka's centre"
      299-thinktank-autumn-offensive-gains.txt '1.19 million': counted: 'Russian troops killed and wounded since February 2022' -> 'troops'
      299-thinktank-autumn-offensive-gains.txt '34,600': counted: 'Russian troops killed and wounded in November' -> 'troops'
      299-thinktank-autumn-offensive-gains.txt 'nearly 41,000': counted: 'Ukrainian servicemen lost in October' -> 'servicemen'
      299-thinktank-autumn-offensive-gains.txt 'around 110,000': counted: 'Russian casualties for the three months' -> 'Russian casualties'
      299-thinktank-autumn-offensive-gains.txt 'three months': counted: 'period of the central estimate' -> nan
      299-thinktank-autumn-offensive-gains.txt 'roughly 30%': counted: 'share of Russian casualties killed' -> 'Russian casualties'
      299-thinktank-autumn-offensive-gains.txt 'an estimated 2,100 sq km': source: 'Royal United Services Institute' -> 'The London-based thinktank'; counted: 'territory taken in the same period last year' -> nan
      299-thinktank-autumn-offensive-gains.txt 'more than two years': source: 'Royal United Services Institute' -> 'The London-based thinktank'; counted: 'time needed to capture the rest of the Donetsk region' -> nan
      299-thinktank-autumn-offensive-gains.txt 'about 5,900 square kilometres': source: 'Royal United Services Institute' -> 'The London-based thinktank'; counted: 'rest of the Donetsk region' -> nan
      299-thinktank-autumn-offensive-gains.txt 'about 67,000': counted: 'people in Kostiantynivka before the full-scale invasion' -> 'people'
      299-thinktank-autumn-offensive-gains.txt 'fewer than 5,000': counted: 'residents of Kostiantynivka now' -> 'residents'
      299-thinktank-autumn-offensive-gains.txt '68,000': counted: 'people registered as internally displaced from the Donetsk and Zaporizhzhia regions' -> 'people'
      299-thinktank-autumn-offensive-gains.txt '40%': counted: 'share of the displaced over 60' -> 'people'
      299-thinktank-autumn-offensive-gains.txt 'three months': counted: 'period of the Ukrainian loss estimate' -> nan
      299-thinktank-autumn-offensive-gains.txt '25,000 to 35,000': counted: 'Ukrainian troops killed and wounded' -> 'troops'
      300-un-civilian-harm-update-evacuations.txt '16 months': source: 'UN Human Rights Monitoring Mission in Ukraine' -> 'UN'; counted: 'period since a higher civilian toll' -> nan
      300-un-civilian-harm-update-evacuations.txt 'At least 214': source: 'UN Human Rights Monitoring Mission in Ukraine' -> 'UN Human Rights Monitoring Mission'; counted: 'civilians killed in October' -> 'civilians'
      300-un-civilian-harm-update-evacuations.txt '17': source: 'UN Human Rights Monitoring Mission in Ukraine' -> 'UN Human Rights Monitoring Mission'; counted: 'children killed' -> 'children'
      300-un-civilian-harm-update-evacuations.txt '1,037': source: 'UN Human Rights Monitoring Mission in Ukraine' -> 'UN Human Rights Monitoring Mission'; counted: 'civilians injured in October' -> 'civilians'
      300-un-civilian-harm-update-evacuations.txt '1,251': source: 'UN Human Rights Monitoring Mission in Ukraine' -> 'UN Human Rights Monitoring Mission'; counted: 'civilian casualties in October' -> 'casualties'
      300-un-civilian-harm-update-evacuations.txt '23 per cent': source: 'UN Human Rights Monitoring Mission in Ukraine' -> 'UN Human Rights Monitoring Mission'; counted: 'rise in casualties on September' -> nan
      300-un-civilian-harm-update-evacuations.txt 'Nearly 70 per cent': source: 'UN Human Rights Monitoring Mission in Ukraine' -> 'UN Human Rights Monitoring Mission'; counted: 'share of casualties near the front line' -> 'casualties'
      300-un-civilian-harm-update-evacuations.txt '20 kilometres': source: 'UN Human Rights Monitoring Mission in Ukraine' -> 'UN Human Rights Monitoring Mission'; counted: 'distance from the front line' -> nan
      300-un-civilian-harm-update-evacuations.txt 'about 28 per cent': source: 'UN Human Rights Monitoring Mission in Ukraine' -> 'UN Human Rights Monitoring Mission'; counted: "share of the month's casualties from long-range missile and drone attacks" -> 'casualties'
      300-un-civilian-harm-update-evacuations.txt '14,950': source: 'UN Human Rights Monitoring Mission in Ukraine' -> 'UN Human Rights Monitoring Mission'; counted: 'civilian deaths verified since February 2022' -> 'civilian deaths'
      300-un-civilian-harm-update-evacuations.txt '38,240': source: 'UN Human Rights Monitoring Mission in Ukraine' -> 'UN Human Rights Monitoring Mission'; counted: 'civilian injuries verified' -> 'injuries'
      300-un-civilian-harm-update-evacuations.txt '38': counted: 'civilians allegedly killed by Ukrainian shelling in occupied Donetsk' -> 'civilians'
      300-un-civilian-harm-update-evacuations.txt 'nine': source: 'UN Human Rights Monitoring Mission in Ukraine' -> 'UN Human Rights Monitoring Mission'; counted: 'civilian deaths documented in occupied territory' -> 'civilian deaths'
      300-un-civilian-harm-update-evacuations.txt '3,460': counted: 'people evacuated from Kupiansk and surrounding villages' -> 'people'
      300-un-civilian-harm-update-evacuations.txt 'between 1,500 and 2,000': counted: 'people remaining in the Kupiansk district' -> 'people'
      300-un-civilian-harm-update-evacuations.txt '120': counted: 'average evacuees a day at the Pavlohrad transit centre' -> 'evacuees'
      300-un-civilian-harm-update-evacuations.txt 'about 45': counted: 'evacuees a day in early September' -> 'evacuees'
      300-un-civilian-harm-update-evacuations.txt 'up to three days': counted: 'stay at the transit centre' -> nan
      300-un-civilian-harm-update-evacuations.txt '3.7 million': counted: 'people internally displaced within Ukraine' -> 'people'
      300-un-civilian-harm-update-evacuations.txt 'roughly 58 per cent': counted: 'share of the displaced who are women' -> 'people'
      300-un-civilian-harm-update-evacuations.txt 'some 4.3 million': counted: 'people returned to their areas of origin' -> 'people'
      300-un-civilian-harm-update-evacuations.txt '61 per cent': part_of: nan -> '$2.6 billion'; counted: 'share of the appeal funded' -> 'appeal for Ukraine'

Rules made after the blind run (each with its invented rows below, checked to fail before):

- one-word "thinktank" (the Guardian's and much British copy's spelling) is a body's
  generic word as "think tank" is, so "The London-based thinktank's report ... says"
  names the think tank named before it; and a headline's "..., thinktank says" is the
  institute or centre the story names below it (``_THINK_TANK_NAME_RE``), as a headline's
  "..., ministry says" already was the ministry named below.
- a UN or OSCE mission's name goes on after "in" with the country it works in ("the UN
  Human Rights Monitoring Mission in Ukraine (HRMMU)", "the UN Mission in South Sudan"):
  ``_clean_np`` no longer cuts "in <place>" after "Mission" as a place tail.
- "Russia claims 212 drones downed", "Hamas claims 30 soldiers killed": "claims" after a
  country or body the entity lexicon knows by one word, with a number right after it, is
  the verb even as a headline's or sentence's first word ("Asylum claims 30% higher"
  stays the noun).

Final score of the three reports (``python -m analysis.evaluate /tmp/defence-blind``): F1
0.993 (71/71, no miss, one extra, "over 60", an age after "of them"); bound, kind, head,
low_high 1.000, part_of 0.986, source 0.972 (69/71; blind 0.676).

Seen and left alone: "over 60" in "40% of them over 60" taken for a lower-bounded count
(an age after "of them"); "61 per cent funded" given the appeal's "$2.6 billion" as its
whole (no "of" signals it, so the gold leaves part_of empty); the headline's "..., UN
says" kept as "UN" where the story names the UN monitoring mission below; a said-clause
reaching past ", while Ukrainian officials ordered ..." to the evacuation of "14" villages.
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
    # --- a think tank called "thinktank", in the headline and in the body -----------------
    (
        "invented/Guardian-like: headline '..., thinktank says' is the centre named below",
        "Russia has lost 9,800 armoured vehicles, thinktank says\n\n"
        "The estimate comes from the Centre for Eastern Studies, which published it on Friday.",
        [("9,800", 9800, E, C, None, {"source": "Centre for Eastern Studies"})],
    ),
    (
        "invented/British daily: 'The thinktank said' after the institute named before",
        "The Kiel Institute for the World Economy published its tracker on Tuesday.\n\n"
        "The thinktank said 12 countries had cut their pledges.",
        [("12", 12, E, C, None, {"source": "Kiel Institute for the World Economy"})],
    ),
    (
        "invented/wire: headline '..., think tank says' in two words, the institute below",
        "Ukraine lost 60,000 troops, think tank says\n\n"
        "The figure was published by the Royal United Services Institute on Friday.",
        [("60,000", 60000, E, C, None, {"source": "Royal United Services Institute"})],
    ),
    # --- a UN mission's name goes on with the country it works in --------------------------
    (
        "invented/UN News-like: 'the UN Assistance Mission in Afghanistan (UNAMA)', then "
        "'the mission said'",
        "The UN Assistance Mission in Afghanistan (UNAMA) said 46 civilians were killed in "
        "May. The mission said 12 of them were children.",
        [
            ("46", 46, E, C, None, {"source": "UN Assistance Mission in Afghanistan"}),
            (
                "12",
                12,
                E,
                C,
                None,
                {"source": "UN Assistance Mission in Afghanistan", "part_of": 0},
            ),
        ],
    ),
    (
        "invented/wire: 'The UN Mission in South Sudan said', a two-word country",
        "The UN Mission in South Sudan said 3,000 people had sought shelter at its base in "
        "Malakal.",
        [("3,000", 3000, E, C, None, {"source": "UN Mission in South Sudan"})],
    ),
    (
        "invented/guard: 'The Home Office in London said' keeps the office without the city",
        "The Home Office in London said 300 people arrived.",
        [("300", 300, E, C, None, {"source": "Home Office"})],
    ),
    # --- "<country or body> claims N ...": a headline's verb with a number right after it ---
    (
        "invented/wire headline: 'Hamas claims 30 soldiers killed in Rafah ambush'",
        "Hamas claims 30 soldiers killed in Rafah ambush",
        [("30", 30, E, C, None, {"source": "Hamas"})],
    ),
    (
        "invented/agency headline: 'Ukraine claims 1,200 Russian troops killed in a day'",
        "Ukraine claims 1,200 Russian troops killed in a day\n\nThe figure could not be verified.",
        [("1,200", 1200, E, C, None, {"source": "Ukraine"})],
    ),
    (
        "invented/guard: 'Asylum claims 30% higher in Kent' stays the noun, no source",
        "Asylum claims 30% higher in Kent",
        [("30%", 30, E, P, "%", {"source": None})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_defence_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "298-wire-mod-briefing-drones-villages.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.95,
    },
    "299-thinktank-autumn-offensive-gains.txt": {
        "f1": 0.95,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "300-un-civilian-harm-update-evacuations.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.95,
        "source": 0.95,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_defence_floors(name):
    assert_floors(name, FLOORS[name])
