"""Second dev set, batch ``ds2-rohingya``: reports 235-237 of ``tests/fixtures/devset2``,
English-language copy on the Rohingya (2023-25) as Bangladeshi dailies (Daily Star- and
Dhaka Tribune-like) and wires write it: camp fires in Cox's Bazar with shelters burnt
completely or partly and people left homeless, the RRRC and the district administration's
relief in taka ("Tk 10 lakh", "Tk 3,100 crore"), WFP's ration cuts ("from $12 to $10", "$8
(about Tk 860)"), relocations to Bhasan Char, new arrivals from Rakhine, boats landing in Aceh
or intercepted off Malaysia with smugglers' fees as a taka range and its dollar range
("$830-1,250"), UNHCR, IOM, Human Rights Watch and the Malaysian Maritime Enforcement Agency
as sources. Their not-figures are camp numbers ("Camp 5", "Camp 1W", "Camp 13"), clock times
("3:15am"), ages set off by commas ("Nur Kamal, 41,"), "under five", years, months with years
and the 1951 Refugee Convention. Before writing them, real copy of these kinds was read
through the stored-pages search (none is kept here): wire and UPI stories on the Camp 5 and
Camp 11 fires and the March 2021 Balukhali blaze (shelters, facilities, the RRRC on sabotage),
AFP, Reuters and UN noon-briefing copy on WFP's cuts from $12 to $10 and $8 and the 2025
letter on $6, and Reuters, Kompas, BenarNews and Taipei Times stories on Rohingya boats
landing in Aceh. Every sentence, name and number is invented; places and organisations are
real:

- 235-daily-star-ukhiya-camp5-fire.txt: a Daily Star-like staff correspondent's story,
  2025-01-12, on a fire in Camp 5 (Block D) at Ukhiya: a headline with two figures, the fire
  service, an additional RRRC's shelter and facility counts, UNHCR's affected people and the
  share of children, the deputy commissioner's relief in taka, tonnes and tarpaulins, a
  majhi's quote and the ISCG's fire incidents with those classed as arson.
- 236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt: a Dhaka Tribune-like desk story,
  2023-06-02, on WFP's second ration cut to $8 with the taka equivalent in brackets, the
  appeal and its share funded, a refugee's quote, UNICEF's malnutrition rate, and a batch of
  refugees relocated to Bhasan Char (buses, navy ships, km, Tk crore, cluster villages) with
  Human Rights Watch's detentions.
- 237-wire-aceh-landing-malaysia-interception.txt: an AFP-like wire, 2024-12-30, from Banda
  Aceh: a boat landing with children, men and women, smugglers' fees as "between 100,000 and
  150,000 taka ($830-1,250)", a survivor's quote, an interception off Langkawi by the
  Malaysian Maritime Enforcement Agency, UNHCR's sea-journey figures, Bangladesh's caseload
  in a relative clause before "has said", and shelters in Aceh with rupiah.

The reports and their gold were committed (c4ba4da) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/rohingya-blind --misses``, only
this batch in the folder, at that commit)::

    report                                            gold  pred match      P      R     F1  date
    235-daily-star-ukhiya-camp5-fire.txt                25    25    25  1.000  1.000  1.000  ok
    236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt    23    23    23  1.000  1.000  1.000  ok
    237-wire-aceh-landing-malaysia-interception.txt     20    20    20  1.000  1.000  1.000  ok
    TOTAL                                               68    68    68  1.000  1.000  1.000  1.000

    field accuracy over 68 matched figures:
      bound                         1.000  (68/68)
      kind                          1.000  (68/68)
      head                          0.985  (67/68)
      low_high                      1.000  (68/68)
      part_of                       0.985  (67/68)
      source                        0.956  (65/68)
      source (lenient: surname ok)  0.956  (65/68)
      counted                       0.250  (17/68)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      235-daily-star-ukhiya-camp5-fire.txt '1,100': counted: 'shelters gutted in Ukhiya camp' -> 'shelters'
      235-daily-star-ukhiya-camp5-fire.txt '6,000': counted: 'Rohingyas left homeless' -> 'Rohingyas'
      235-daily-star-ukhiya-camp5-fire.txt 'around 1,100': counted: 'shelters destroyed in Camp 5' -> 'shelters'
      235-daily-star-ukhiya-camp5-fire.txt 'more than 6,000': counted: 'Rohingya refugees left homeless' -> 'Rohingya refugees'
      235-daily-star-ukhiya-camp5-fire.txt 'nearly three hours': counted: 'time to bring the blaze under control' -> nan
      235-daily-star-ukhiya-camp5-fire.txt 'at least 23': counted: 'people who suffered burn injuries' -> 'people'
      235-daily-star-ukhiya-camp5-fire.txt 'nine': counted: 'injured people taken to the MSF hospital' -> 'people'
      235-daily-star-ukhiya-camp5-fire.txt '1,086': counted: 'shelters burnt completely' -> 'shelters'
      235-daily-star-ukhiya-camp5-fire.txt '214': counted: 'shelters partially damaged' -> 'shelters'
      235-daily-star-ukhiya-camp5-fire.txt '38': counted: 'facilities gutted' -> 'facilities'
      235-daily-star-ukhiya-camp5-fire.txt '12': counted: 'learning centres gutted' -> 'learning centres'
      235-daily-star-ukhiya-camp5-fire.txt 'some 6,200': source: 'UN refugee agency' -> 'UNHCR'; counted: 'people affected' -> 'people'
      235-daily-star-ukhiya-camp5-fire.txt 'about 55 percent': source: 'UN refugee agency' -> 'UNHCR'; counted: 'affected people who are children' -> 'people'
      235-daily-star-ukhiya-camp5-fire.txt '500': counted: 'tarpaulins for the affected families' -> 'tarpaulins'
      235-daily-star-ukhiya-camp5-fire.txt 'seven days': counted: 'dry food for each family' -> nan
      235-daily-star-ukhiya-camp5-fire.txt 'three days': counted: 'deadline for the probe report' -> nan
      235-daily-star-ukhiya-camp5-fire.txt 'two': counted: 'men seen running from the shelters' -> 'men'
      235-daily-star-ukhiya-camp5-fire.txt '33': counted: 'Rohingya camps' -> 'camps'
      235-daily-star-ukhiya-camp5-fire.txt 'over a million': counted: 'Rohingyas living in the camps' -> 'Rohingyas'
      235-daily-star-ukhiya-camp5-fire.txt '2,425': counted: 'fire incidents recorded in the camps' -> 'fire incidents'
      235-daily-star-ukhiya-camp5-fire.txt '60': counted: 'fire incidents classed as arson' -> 'fire incidents'
      235-daily-star-ukhiya-camp5-fire.txt 'Some 64,000': counted: 'Rohingyas who entered Bangladesh since fighting intensified in Rakhine' -> 'Rohingyas'
      236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt 'three months': counted: 'period of the two ration cuts' -> nan
      236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt '24%': part_of: None -> '$852 million'; counted: 'joint response plan funded' -> 'joint response plan'
      236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt '20 days': counted: 'rice and lentils bought with the voucher' -> nan
      236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt '15.1%': counted: 'children under five acutely malnourished' -> 'children'
      236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt '1,485': counted: 'Rohingyas relocated to Bhasan Char' -> 'Rohingyas'
      236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt 'more than 31,000': counted: 'Rohingyas on Bhasan Char' -> 'Rohingyas'
      236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt '22': counted: 'buses from Ukhiya to Chattogram' -> 'buses'
      236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt 'seven': counted: 'navy ships to the island' -> 'navy ships'
      236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt 'about 30km': counted: "Bhasan Char's distance off the coast" -> nan
      236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt '120': counted: 'cluster villages on the island' -> 'cluster villages'
      236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt '100,000': counted: 'people the island can house' -> 'people'
      236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt 'at least 12': counted: 'refugees detained after trying to leave the island' -> 'refugees'
      237-wire-aceh-landing-malaysia-interception.txt '147': head: 'rohingya' -> 'lands'; counted: 'Rohingya on the boat that landed in Aceh' -> 'Rohingya lands'
      237-wire-aceh-landing-malaysia-interception.txt '147': counted: 'Rohingya refugees on the boat' -> 'Rohingya refugees'
      237-wire-aceh-landing-malaysia-interception.txt '61': counted: 'children on the boat' -> 'children'
      237-wire-aceh-landing-malaysia-interception.txt 'more than three weeks': counted: 'time at sea' -> nan
      237-wire-aceh-landing-malaysia-interception.txt '52': counted: 'men on board' -> 'men'
      237-wire-aceh-landing-malaysia-interception.txt '34': counted: 'women on board' -> 'women'
      237-wire-aceh-landing-malaysia-interception.txt 'Two': counted: 'passengers who died during the voyage' -> 'passengers'
      237-wire-aceh-landing-malaysia-interception.txt '10 days': counted: 'time before the water ran out' -> nan
      237-wire-aceh-landing-malaysia-interception.txt '196': counted: 'people on the boat intercepted off Langkawi' -> 'people'
      237-wire-aceh-landing-malaysia-interception.txt 'four': counted: 'suspected traffickers detained' -> 'suspected traffickers'
      237-wire-aceh-landing-malaysia-interception.txt '11': counted: 'people on board who needed medical treatment' -> 'people'
      237-wire-aceh-landing-malaysia-interception.txt 'at least 7,800': counted: 'Rohingya who attempted sea journeys in 2024' -> 'Rohingya'
      237-wire-aceh-landing-malaysia-interception.txt '80%': counted: 'rise in sea journeys on the year before' -> nan
      237-wire-aceh-landing-malaysia-interception.txt '657': counted: 'Rohingya reported dead or missing at sea' -> 'Rohingya'
      237-wire-aceh-landing-malaysia-interception.txt 'some 1.2 million': source: nan -> 'Bangladesh'; counted: 'Rohingya hosted by Bangladesh' -> 'Rohingya'
      237-wire-aceh-landing-malaysia-interception.txt 'Nearly 60,000': counted: 'new arrivals from Rakhine' -> 'new arrivals'
      237-wire-aceh-landing-malaysia-interception.txt 'about 1,600': counted: 'Rohingya in shelters across Aceh' -> 'Rohingya'

Gold slip fixed after the blind run (a279e1b): 235's "According to the UN refugee agency
(UNHCR)" was sourced as "UN refugee agency"; 47, 48 and 68 source the same wording as
"UNHCR", so the gold now does too (the extractor already said "UNHCR").

Rules made from the misses (each with its rows below, checked to fail before the fix): a
headline's verb of a boat's arrival ("lands", "arrives", "reaches", "docks") before a place
ends the counted noun phrase after an invariant plural, "Boat carrying 147 Rohingya lands in
Aceh" counting Rohingya and not "lands" (7b9d87f); a figure in a relative clause set off by
commas before "has said" ("have said", "has also said") is the reporter's background, as it
already was before "said" (a5e73e9).

Seen and left alone: 236's "The joint response plan ..., which seeks $852 million, was only
24% funded": the extractor makes the share part of the appeal; the gold follows 232 (no
link), while 98 and 117 link it (the dev sets disagree on that link). The counted phrases
are the head alone or nothing for durations and measures, as in every batch.

Final score of the three reports (``python -m analysis.evaluate /tmp/rohingya-now``): F1
1.000, bound, kind, head, low_high and source 1.000, part_of 0.985 (the 24% above).
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, MS = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# (id saying where the style came from, invented sentence, expected rows)
CASES = [
    # --- a headline's verb of arrival after a count of people ----------------------------
    (
        "invented/wire headline (Reuters/AFP on Aceh landings): 'Boat carrying 93 Rohingya "
        "lands in ...'",
        "Boat carrying 93 Rohingya lands in North Aceh after weeks adrift",
        [("93", 93, E, C, None, {"head": "rohingya"})],
    ),
    (
        "invented/wire headline: 'Second boat with 51 Rohingya reaches Sabang'",
        "Second boat with 51 Rohingya reaches Sabang",
        [("51", 51, E, C, None, {"head": "rohingya"})],
    ),
    (
        "invented/guard: 'voluntary returns in 2024' keep their noun",
        "UNHCR recorded 4,200 voluntary returns in 2024.",
        [("4,200", 4200, E, C, None, {"head": "returns"})],
    ),
    # --- "X, which hosts N ..., has said": the relative clause is the reporter's ----------
    (
        "invented/wire (AFP on Bangladesh's stance): 'Bangladesh, which hosts some 1.1 "
        "million Rohingya, has said ...'",
        "Bangladesh, which hosts about 1.1 million Rohingya, has said it cannot take in "
        "any more refugees.",
        [("about 1.1 million", 1100000, AP, C, None, {"source": None})],
    ),
    (
        "invented/Jakarta Post-like: 'Aceh's regencies, which have sheltered 1,900 ..., have "
        "also said ...'",
        "Aceh's coastal regencies, which have sheltered 1,900 Rohingya since November, have "
        "also said they need help from Jakarta.",
        [("1,900", 1900, E, C, None, {"source": None})],
    ),
    (
        "invented/guard: 'UNHCR, which has ..., has said 3,000 ...' keeps the figure after "
        "the verb",
        "Malaysia, which is not a party to the convention, has said 3,000 Rohingya are held "
        "in its depots.",
        [("3,000", 3000, E, C, None, {"source": "Malaysia"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_rohingya_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "235-daily-star-ukhiya-camp5-fire.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "236-dhaka-tribune-wfp-ration-cut-bhasan-char.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.95,
        "source": 1.0,
    },
    "237-wire-aceh-landing-malaysia-interception.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.95,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_rohingya_floors(name):
    assert_floors(name, FLOORS[name])
