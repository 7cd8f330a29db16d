"""Second dev set, batch ``ds2-insurance``: reports 310-312 of ``tests/fixtures/devset2``,
insurance, disaster-loss and reconstruction copy where displacement is part of the story:
a reinsurer's loss estimate given as ranges ("between $1.2bn and $1.8bn", "$6bn to $9bn"),
a catastrophe modeller's and a rating agency's views, claims and payouts in pesos with their
dollar equivalent in brackets; a World Bank rapid damage assessment (houses destroyed and
damaged, people displaced, shares of damage by sector, reconstruction needs as a range,
pledges in dollars and euros); and an Indian local daily on claims and payouts to families
after floods and landslides (rupees in lakh and crore, ranges "Rs 4 lakh to Rs 6 lakh",
shares settled). Before writing them, real copy of these kinds was read through the
stored-pages search (none is kept here): trade-press and wire stories on reinsurers' and
modellers' insured-loss estimates for the 2010 Chile earthquake, Windstorm Xynthia and the
2011 Japan earthquake (ranges written "$2 billion to $8 billion", "between $220 million to
$320 million", second references "the reinsurer", "the broker"). Every sentence, name and
number is invented; places and organisations are real:

- 310-reinsurer-typhoon-loss-estimate.txt: a trade-press/wire story, 2026-11-20, on Swiss
  Re's insured and economic loss ranges for a typhoon in the central Philippines, Verisk's
  range, the Insurance Commission's claims and payouts in pesos, a parametric scheme and
  a city's evacuation centres.
- 311-world-bank-cyclone-damage-assessment.txt: a wire story from Maputo, 2026-11-24, on a
  World Bank GRADE assessment of a cyclone in northern Mozambique, INGD's displacement
  figures, the government's needs assessment as a range, pledges and a flash appeal.
- 312-local-daily-flood-claims-payouts.txt: an Indian local daily (The Hindu/Mathrubhumi
  English-like), 2026-11-26, on insurance claims settled after the Wayanad floods, average
  payouts in lakh and crore, state relief amounts, crop-insurance claims and an adalat.

Gold first: commit 7b01d33 holds the three reports and their gold, written before any
extractor run. One gold slip against the schema was fixed after the blind run (cd606c6):
"any claim under Rs 50,000" had its text without the qualifier and an exact bound; the
schema takes "under" into the text as an upper bound (the blind output below predates it).

Blind score (``python -m analysis.evaluate /tmp/insurance-blind --misses``), verbatim::

    report                                        gold  pred match      P      R     F1  date
    310-reinsurer-typhoon-loss-estimate.txt         25    25    25  1.000  1.000  1.000  ok
    311-world-bank-cyclone-damage-assessment.txt    25    25    25  1.000  1.000  1.000  ok
    312-local-daily-flood-claims-payouts.txt        25    25    25  1.000  1.000  1.000  ok
    TOTAL                                           75    75    75  1.000  1.000  1.000  1.000

    field accuracy over 75 matched figures:
      bound                         0.987  (74/75)
      kind                          1.000  (75/75)
      head                          0.973  (73/75)
      low_high                      0.987  (74/75)
      part_of                       0.973  (73/75)
      source                        0.813  (61/75)
      source (lenient: surname ok)  0.813  (61/75)
      counted                       0.400  (30/75)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      310-reinsurer-typhoon-loss-estimate.txt '$1.2bn-$1.8bn': source: nan -> 'Kalmaegi insured losses'
      310-reinsurer-typhoon-loss-estimate.txt '$6bn to $9bn': source: 'Swiss Re' -> 'The Zurich-based reinsurer'
      310-reinsurer-typhoon-loss-estimate.txt 'about 80 per cent': source: 'Swiss Re' -> 'The Zurich-based reinsurer'; counted: 'share of the damage uninsured' -> 'damage'
      310-reinsurer-typhoon-loss-estimate.txt 'at least 212': counted: 'people killed by the storm' -> 'people'
      310-reinsurer-typhoon-loss-estimate.txt 'more than 1.4 million': counted: 'people forced from their homes' -> 'people'
      310-reinsurer-typhoon-loss-estimate.txt '96,400': counted: 'houses damaged' -> 'houses'
      310-reinsurer-typhoon-loss-estimate.txt '18,250': counted: 'houses totally damaged' -> 'houses'
      310-reinsurer-typhoon-loss-estimate.txt '$900 million to $2.1 billion': source: 'Verisk' -> nan
      310-reinsurer-typhoon-loss-estimate.txt '41,300': counted: 'claims received by local insurers' -> 'claims'
      310-reinsurer-typhoon-loss-estimate.txt 'about 9,800': counted: 'claims paid' -> 'claims'
      310-reinsurer-typhoon-loss-estimate.txt '12 per cent': part_of: '41,300' -> nan; counted: 'share of claims from residential policies' -> 'claims'
      310-reinsurer-typhoon-loss-estimate.txt '25': counted: 'provinces covered by the parametric scheme' -> 'provinces'
      310-reinsurer-typhoon-loss-estimate.txt '10 days': counted: 'payout to local governments' -> nan
      310-reinsurer-typhoon-loss-estimate.txt '5 to 10 per cent': counted: 'rise in Philippine property reinsurance prices' -> nan
      310-reinsurer-typhoon-loss-estimate.txt '1.4 million': counted: 'people displaced' -> 'people'
      310-reinsurer-typhoon-loss-estimate.txt 'nearly 70 per cent': source: "city's social welfare office" -> nan; counted: 'share of homes damaged in Bogo City' -> 'homes'
      310-reinsurer-typhoon-loss-estimate.txt 'about 3,200': counted: 'families in evacuation centres' -> 'families'
      310-reinsurer-typhoon-loss-estimate.txt 'two years': counted: 'wait for a payout' -> nan
      310-reinsurer-typhoon-loss-estimate.txt 'two': source: nan -> 'Lorna Dizon'; counted: 'walls lost' -> 'walls'
      311-world-bank-cyclone-damage-assessment.txt 'about 5 per cent': counted: "damage as a share of Mozambique's GDP" -> 'GDP'
      311-world-bank-cyclone-damage-assessment.txt '54 per cent': source: 'World Bank' -> 'Global Rapid Post-Disaster Damage Estimation'; counted: 'share of damage in housing' -> 'damage'
      311-world-bank-cyclone-damage-assessment.txt '21 per cent': source: 'World Bank' -> 'Global Rapid Post-Disaster Damage Estimation'; counted: 'share of damage in roads and bridges' -> 'damage'
      311-world-bank-cyclone-damage-assessment.txt '11 per cent': source: 'World Bank' -> 'Global Rapid Post-Disaster Damage Estimation'; counted: 'share of damage in schools and health facilities' -> 'damage'
      311-world-bank-cyclone-damage-assessment.txt '61,800': counted: 'houses destroyed' -> 'houses'
      311-world-bank-cyclone-damage-assessment.txt '112,000': counted: 'houses damaged' -> 'houses'
      311-world-bank-cyclone-damage-assessment.txt '428,000': counted: 'people displaced at the peak' -> 'people'
      311-world-bank-cyclone-damage-assessment.txt 'about 140,000': counted: 'people still in accommodation centres' -> 'people'
      311-world-bank-cyclone-damage-assessment.txt '52 per cent': counted: 'share of those still displaced who are children' -> 'people'
      311-world-bank-cyclone-damage-assessment.txt 'some 23,000': head: 'people' -> 'displaced'; counted: 'newly displaced people displaced before' -> 'displaced'
      311-world-bank-cyclone-damage-assessment.txt 'between $1.6 billion and $1.9 billion': source: 'government' -> "The government's own post-disaster needs assessment"
      311-world-bank-cyclone-damage-assessment.txt 'four years': source: 'government' -> "The government's own post-disaster needs assessment"; counted: 'reconstruction period' -> nan
      311-world-bank-cyclone-damage-assessment.txt 'around 9,000': counted: 'families to be relocated' -> 'families'
      311-world-bank-cyclone-damage-assessment.txt 'less than 1 per cent': counted: 'payout as a share of the estimated damage' -> 'estimated damage'
      311-world-bank-cyclone-damage-assessment.txt 'an estimated 3 per cent': counted: 'share of homes insured' -> 'homes'
      311-world-bank-cyclone-damage-assessment.txt '12,000': counted: 'families to receive the first payments' -> 'families'
      311-world-bank-cyclone-damage-assessment.txt '34 per cent': part_of: nan -> '$127 million'; counted: 'share of the flash appeal funded' -> 'flash appeal'
      312-local-daily-flood-claims-payouts.txt '41%': counted: 'share of claims settled' -> 'claims'
      312-local-daily-flood-claims-payouts.txt 'Three months': source: nan -> 'the district-level review committee'; counted: 'time since the floods' -> nan
      312-local-daily-flood-claims-payouts.txt '41 per cent': source: nan -> 'the district-level review committee'; counted: 'share of claims settled' -> 'claims'
      312-local-daily-flood-claims-payouts.txt '6,480': counted: 'claims received by insurers' -> 'claims received by public and private insurers'
      312-local-daily-flood-claims-payouts.txt '2,650': counted: 'claims settled' -> 'claims received by public and private insurers'
      312-local-daily-flood-claims-payouts.txt '1,372': counted: 'houses destroyed' -> 'houses'
      312-local-daily-flood-claims-payouts.txt '3,915': counted: 'houses partially damaged' -> 'houses'
      312-local-daily-flood-claims-payouts.txt 'Nearly 2,400': counted: 'people still in relief camps and rented houses' -> 'people'
      312-local-daily-flood-claims-payouts.txt 'Rs 212 crore': source: 'P.K. Rajan' -> 'Revenue Minister P.K. Rajan'
      312-local-daily-flood-claims-payouts.txt 'roughly 30 per cent': head: 'claims' -> nan; counted: 'share of crop and cattle claims' -> nan
      312-local-daily-flood-claims-payouts.txt '2,100': counted: 'farmers who filed crop insurance claims' -> 'farmers'
      312-local-daily-flood-claims-payouts.txt 'fewer than 400': counted: 'farmers paid' -> 'farmers'
      312-local-daily-flood-claims-payouts.txt '320': counted: 'pending cases for the adalat' -> 'pending cases'
      312-local-daily-flood-claims-payouts.txt 'Rs 50,000': bound: 'exact' -> 'upper'; low/high: 50000/50000 -> null/50000
      312-local-daily-flood-claims-payouts.txt '15 days': counted: 'settlement of small claims' -> nan

Rules made after the blind run (each with its invented rows below, checked to fail before):

- a reinsurer's name ends in "Re" ("Swiss Re", "Munich Re", "Hannover Re"): "Re" is an
  organisation keyword in ``analysis/data/organisations.txt``, so the name is a body the
  later second references can stand for (and "Munich" in "Munich Re" is no place).
- "the reinsurer", "the insurer" (also after "The Zurich-based ...") are a business's
  generic words as "the company" and "the airline" are (``_GENERIC_ORG``,
  ``_BUSINESS_WORDS``): the insurance business named before.
- a headline's passive "Quake insured losses put at $2bn", "Toll put at 212": "at" right
  after "put", "placed" or "pegged" leaves the verb no speaker; "The Insurance Council of
  Australia put claims at 41,000" keeps its body.

Final score of the three reports (``python -m analysis.evaluate /tmp/insurance-after``): F1
1.000 (75/75, no miss, no extra); bound, kind, low_high 1.000 (the bound after the gold
slip's fix), head 0.973, part_of 0.973, source 0.853 (64/75; blind 0.813).

Seen and left alone: "Verisk, the catastrophe modeller, gave a wider range of ..." (a
body's "gave" as its estimate, no speech verb); a relative clause's "where nearly 70 per
cent of homes were damaged" not given the office that says the sentence; the GRADE
report's name and "The government's own post-disaster needs assessment" kept as written
where the gold names the World Bank and the government; "figures placed before the
district-level review committee ... show" given the committee; "Revenue Minister P.K.
Rajan" with his title; "34 per cent funded" given the appeal's "$127 million" as its whole;
"some 23,000 of the newly displaced" headed "displaced"; "roughly 30 per cent" of a money
figure left without a head; counted phrases shorter than the gold's throughout.
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
    # --- "the reinsurer", "the insurer": a business named before, called by its trade ------
    (
        "invented/trade press: 'The Munich-based reinsurer put ...' after Munich Re",
        "Munich Re said on Tuesday that the storm would cost it about $400 million. The "
        "Munich-based reinsurer put total market losses at $3bn to $5bn.",
        [
            ("about $400 million", 4e8, AP, M, "USD", {"source": "Munich Re"}),
            ("$3bn to $5bn", 4e9, R, M, "USD", {"source": "Munich Re"}),
        ],
    ),
    (
        "invented/wire: 'the insurer said' after Allianz named before",
        "Allianz said it had received 12,000 claims from the floods. Most came from "
        "households, the insurer said, and 3,400 had been paid.",
        [
            ("12,000", 12000, E, C, None, {"source": "Allianz"}),
            ("3,400", 3400, E, C, None, {"source": "Allianz"}),
        ],
    ),
    # --- a headline's "<losses> put at <amount>": the thing measured, no speaker -----------
    (
        "invented/trade-press headline: 'Quake insured losses put at $2bn', nobody said",
        "Quake insured losses put at $2bn as claims mount\n\nThe earthquake struck on Sunday.",
        [("$2bn", 2e9, E, M, "USD", {"source": None})],
    ),
    (
        "invented/guard: 'The Insurance Council of Australia put claims at 41,000' keeps its body",
        "The Insurance Council of Australia put claims at 41,000 on Friday.",
        [("41,000", 41000, E, C, None, {"source": "Insurance Council of Australia"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_insurance_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "310-reinsurer-typhoon-loss-estimate.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.95,
        "source": 0.85,
    },
    "311-world-bank-cyclone-damage-assessment.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 0.95,
        "source": 0.8,
    },
    "312-local-daily-flood-claims-payouts.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.85,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_insurance_floors(name):
    assert_floors(name, FLOORS[name])
