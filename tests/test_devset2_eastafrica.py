"""Second dev set, batch ``ds2-eastafrica``: reports 178-180 of ``tests/fixtures/devset2``,
the East African English-language press and UN copy on refugees and returnees from Uganda,
South Sudan and Ethiopia: arrivals from Sudan at Renk and Joda and a county commissioner's
count, IOM's flow monitoring and "refugee-returnees", the Office of the Prime Minister's
figures for Uganda's settlements (Nakivale, Kiryandongo, Bidibidi) and WFP's ration cuts,
Ugandan shillings written "Shs180 billion", "Shs13,000" and "USh 6 billion", South Sudanese
pounds written "SSP 450 million", Ethiopian birr written "25 million birr" and "ETB 14.7
million", and the RRS's counts at Metema and Kurmuk. Before writing them, real copy of
these kinds was read through the stored-pages search (none is kept here): Eye Radio and
Radio Tamazuj stories on arrivals and returnees in Renk (a commissioner's daily counts,
IOM's barges to Malakal and Juba), UNMISS features on Renk's transit centre, Ugandan
stories (Daily Monitor, The Independent, URN, PML Daily) on WFP's ration cuts and the OPM's
refugee commissioner, WFP Uganda country briefs, and Addis Standard and UN OCHA-based copy
on arrivals at Metema, Kurmuk and Pagak. Every sentence, name and number is invented;
places and organisations are real:

- 178-eye-radio-renk-joda-arrivals.txt: an Eye Radio-like story, 2026-11-26, on arrivals
  through Joda counted by Renk's county commissioner, IOM's shares of returnees and
  "refugee-returnees", the state RRC's boat costs in SSP, a returnee's fare in Sudanese
  pounds and WFP's ration cut at the transit centre.
- 179-monitor-uganda-settlements-ration-cuts.txt: a Daily Monitor-like story, 2026-11-24,
  on WFP's cut to 30 percent of the basket, the OPM's refugee figures by nationality, a
  refugee commissioner on Kiryandongo, a refugee welfare council chairperson's cash
  transfer in Shs (quoted with "he asked"), an RDC's spending at Bidibidi and a minister.
- 180-addis-standard-metema-kurmuk-arrivals.txt: an Addis Standard-like "News:" story,
  2026-11-25, on the RRS's arrivals through Metema and Kurmuk, the Kumer site's capacity,
  UNHCR's country figure, Gambella's refugee-returnees and birr, WFP's rations, a zone
  administration's spending in ETB and the response plan's funding "of which 31 percent".

The reports and their gold were committed (ab5d7a3) before the extractor was first run on
them (the gold checker's wrapper learnt "Shs", "USh", "UGX" and "ETB" before an amount and
"as much as" as an upper bound in the same commit). The BLIND score (``python -m
analysis.evaluate /tmp/eastafrica-blind --misses``, only this batch in the folder, at that
commit)::

    report                                          gold  pred match      P      R     F1  date
    178-eye-radio-renk-joda-arrivals.txt              23    23    23  1.000  1.000  1.000  ok
    179-monitor-uganda-settlements-ration-cuts.txt    24    24    24  1.000  1.000  1.000  ok
    180-addis-standard-metema-kurmuk-arrivals.txt     25    25    25  1.000  1.000  1.000  ok
    TOTAL                                             72    72    72  1.000  1.000  1.000  1.000

    field accuracy over 72 matched figures:
      bound                         1.000  (72/72)
      kind                          1.000  (72/72)
      head                          0.958  (69/72)
      low_high                      1.000  (72/72)
      part_of                       0.972  (70/72)
      source                        0.875  (63/72)
      source (lenient: surname ok)  0.875  (63/72)
      counted                       0.319  (23/72)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      178-eye-radio-renk-joda-arrivals.txt 'Over 4,200': counted: 'people crossing into Renk' -> 'people'
      178-eye-radio-renk-joda-arrivals.txt 'More than 4,200': counted: 'people fleeing fighting in White Nile State who crossed into South Sudan through Joda' -> 'people fleeing renewed fighting'
      178-eye-radio-renk-joda-arrivals.txt 'seven days': counted: 'period of the crossings' -> nan
      178-eye-radio-renk-joda-arrivals.txt '1,850': counted: 'arrivals registered in Renk County on Saturday' -> 'arrivals'
      178-eye-radio-renk-joda-arrivals.txt '3,000': counted: 'capacity of the transit centre' -> 'people'
      178-eye-radio-renk-joda-arrivals.txt 'nearly 7,500': counted: 'people held at the transit centre' -> 'people'
      178-eye-radio-renk-joda-arrivals.txt '61 percent': counted: 'share of new arrivals who are South Sudanese returnees' -> 'new arrivals'
      178-eye-radio-renk-joda-arrivals.txt '4,200': counted: 'new arrivals' -> 'arrivals'
      178-eye-radio-renk-joda-arrivals.txt 'about 2,300': counted: 'children among the arrivals' -> 'children'
      178-eye-radio-renk-joda-arrivals.txt 'more than 1.2 million': source: 'International Organization for Migration' -> "IOM's latest flow monitoring"; counted: 'people who entered South Sudan from Sudan since April 2023' -> 'people'
      178-eye-radio-renk-joda-arrivals.txt '68 percent': source: 'International Organization for Migration' -> "IOM's latest flow monitoring"; counted: 'share of entrants who are refugee-returnees' -> 'people'
      178-eye-radio-renk-joda-arrivals.txt 'two': counted: 'boats of the state RRC' -> 'boats'
      178-eye-radio-renk-joda-arrivals.txt 'up to 500': counted: 'people each boat carries' -> 'people'
      178-eye-radio-renk-joda-arrivals.txt 'three days': counted: 'journey to Malakal' -> nan
      178-eye-radio-renk-joda-arrivals.txt 'five': counted: 'children of Abuk Majok' -> 'children'
      178-eye-radio-renk-joda-arrivals.txt '12 days': counted: 'walk from Kosti' -> nan
      178-eye-radio-renk-joda-arrivals.txt '50 percent': counted: 'share of a full ration given at the Renk transit centre' -> 'full ration'
      178-eye-radio-renk-joda-arrivals.txt 'three months': counted: 'period of the funding gap' -> nan
      179-monitor-uganda-settlements-ration-cuts.txt '30 percent': counted: 'share of the full food basket refugees will receive' -> 'full basket'
      179-monitor-uganda-settlements-ration-cuts.txt 'six months': counted: 'period of the funding shortfall' -> nan
      179-monitor-uganda-settlements-ration-cuts.txt '60 percent': head: 'ration' -> nan; counted: 'share of a ration the most vulnerable households will get' -> nan
      179-monitor-uganda-settlements-ration-cuts.txt '1,927,400': counted: 'refugees and asylum seekers in Uganda' -> 'refugees'
      179-monitor-uganda-settlements-ration-cuts.txt '1,011,600': source: 'Office of the Prime Minister' -> nan; counted: 'South Sudanese refugees and asylum seekers' -> 'refugees'
      179-monitor-uganda-settlements-ration-cuts.txt '623,800': head: 'refugees' -> 'congolese'; source: 'Office of the Prime Minister' -> nan; counted: 'Congolese refugees and asylum seekers' -> 'Congolese'
      179-monitor-uganda-settlements-ration-cuts.txt '98,300': counted: 'new arrivals between January and October' -> 'new arrivals'
      179-monitor-uganda-settlements-ration-cuts.txt '41,500': counted: 'new arrivals from Sudan' -> 'new arrivals'
      179-monitor-uganda-settlements-ration-cuts.txt '70,000': counted: 'people Kiryandongo was planned for' -> 'people'
      179-monitor-uganda-settlements-ration-cuts.txt 'more than 140,000': counted: 'people in Kiryandongo' -> 'people'
      179-monitor-uganda-settlements-ration-cuts.txt 'Shs4,500': source: 'Jean-Paul Habimana' -> nan
      179-monitor-uganda-settlements-ration-cuts.txt 'Shs13,000': source: 'Jean-Paul Habimana' -> nan
      179-monitor-uganda-settlements-ration-cuts.txt 'some 191,000': counted: 'refugees hosted at Bidibidi' -> 'refugees'
      179-monitor-uganda-settlements-ration-cuts.txt '23 percent': part_of: nan -> '$858 million'; counted: 'share of the refugee response plan funded' -> 'refugee response plan for Uganda'
      180-addis-standard-metema-kurmuk-arrivals.txt 'Over 3,100': counted: 'people arriving via Metema and Kurmuk' -> 'people'
      180-addis-standard-metema-kurmuk-arrivals.txt 'two weeks': counted: 'period of the arrivals' -> nan
      180-addis-standard-metema-kurmuk-arrivals.txt 'More than 3,100': counted: 'people fleeing Sudan who entered Ethiopia through Metema and Kurmuk' -> 'people'
      180-addis-standard-metema-kurmuk-arrivals.txt 'two weeks': counted: 'period of the arrivals' -> nan
      180-addis-standard-metema-kurmuk-arrivals.txt '1,940': counted: 'people who arrived at Metema' -> 'people'
      180-addis-standard-metema-kurmuk-arrivals.txt '58 percent': counted: 'share of Ethiopian returnees among arrivals at Metema' -> 'arrivals'
      180-addis-standard-metema-kurmuk-arrivals.txt 'some 40 kilometres': counted: 'distance of the Kumer site from the border' -> nan
      180-addis-standard-metema-kurmuk-arrivals.txt 'close to 9,800': counted: 'people sheltered at the Kumer site' -> 'people'
      180-addis-standard-metema-kurmuk-arrivals.txt '6,000': counted: 'capacity of the Kumer site' -> 'people'
      180-addis-standard-metema-kurmuk-arrivals.txt 'between 150 and 220': counted: 'daily arrivals at the beginning of the month' -> 'arrivals'
      180-addis-standard-metema-kurmuk-arrivals.txt 'up to 300': counted: 'daily arrivals now' -> 'arrivals'
      180-addis-standard-metema-kurmuk-arrivals.txt '1.08 million': counted: 'refugees and asylum seekers in Ethiopia' -> 'refugees'
      180-addis-standard-metema-kurmuk-arrivals.txt 'more than 110,000': counted: 'Sudanese refugees and asylum seekers' -> 'refugees'
      180-addis-standard-metema-kurmuk-arrivals.txt '1,250': source: 'Disaster Risk Management Commission' -> 'the regional Disaster Risk Management Commission'; counted: 'South Sudanese refugee-returnees who crossed at Pagak in October' -> 'South Sudanese refugee-returnees'
      180-addis-standard-metema-kurmuk-arrivals.txt '25 million birr': source: 'Disaster Risk Management Commission' -> 'the regional Disaster Risk Management Commission'
      180-addis-standard-metema-kurmuk-arrivals.txt '60 percent': counted: 'share of a ration given since July 2025' -> 'ration'
      180-addis-standard-metema-kurmuk-arrivals.txt 'as much as 200,000 Sudanese pounds': source: 'Returnees' -> 'Returnees interviewed at Metema'
      180-addis-standard-metema-kurmuk-arrivals.txt 'nine days': counted: 'wait at the border' -> nan
      180-addis-standard-metema-kurmuk-arrivals.txt 'four': counted: 'children of Almaz Berhe' -> 'children'
      180-addis-standard-metema-kurmuk-arrivals.txt 'About 2,600': counted: 'people yet to be registered' -> 'people'
      180-addis-standard-metema-kurmuk-arrivals.txt '31 percent': head: nan -> 'people'; part_of: '$112 million' -> 'About 2,600'; counted: 'share of the requirement received by the end of October' -> 'people'

No gold was changed after the blind run. The table below holds invented sentences (other
names, places and numbers) with the constructions that failed in the three reports, each
checked to fail on the blind commit's package before its rule, and guards that pass before
and after. AFTER this round's rules (same folder, same command)::

    TOTAL                                             72    72    72  1.000  1.000  1.000  1.000
      bound 1.000, kind 1.000, low_high 1.000, head 0.972 (70/72), part_of 0.986 (71/72),
      source 0.958 (69/72), counted 0.319 (23/72)

The general rules of this round, one line each:

- '"...? What can Shs13,000 buy for a whole month?" he asked': "asked" tags a quotation
  only after a question's closing quote (with the asker between, or inverted: '...?" asked
  X'); "asked for $5 million" and "who asked not to be named" say nothing.
- "according to IOM's latest flow monitoring update", "UNHCR's population update": what a
  body's data track (flow, population, displacement, monitoring, tracking, registration)
  sits between the possessive and the data noun, so the body is the source.
- "partners require $112 million ..., of which 31 percent had been received": "of which"
  after an amount of its own sentence makes the share (or a sum) a part of that amount,
  not of a count in the sentence before (a count after "of which" is left as it was).
- "the regional Disaster Risk Management Commission said", "the state Relief and
  Rehabilitation Commission": a lower-case level of government between "the" and a body's
  capitalised name is no part of the name ("The state government" keeps its noun).

Left alone (open conventions or gold calls): "Of these, 1,011,600 are South Sudanese and
623,800 Congolese" after the OPM's figure (the gold gives the OPM as source; the project's
gold keeps an "Of these, ..." sentence with no speaker of its own null, see
tests/test_devset2_disaster.py and tests/test_devset2_nordic.py, so the gold may be the
slip), and "623,800 Congolese" read with the head "congolese" (a gapped "are"; other
batches' gold gives demonyms as heads); "will get only 60 percent" with no head (the
ration is two sentences back); "was only 23 percent funded" read as a share of the $858
million (the gold has no part_of, as no "of which" signals it); "Returnees interviewed at
Metema" kept whole as the source (the gold says "Returnees"); and "had not been screened
by Friday", where a weekday after a passive's "by" is taken as its agent (seen in a probe,
not in the reports).
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
    # --- a question's closing tag: '...?" she asked' ------------------------------------
    (
        "invented/Daily Monitor: a quotation closed by a question and 'she asked'",
        "In Kyaka II settlement in Uganda, the cash grant fell to Shs22,000, a refugee leader, "
        'Amani Bahati, said.\n\n"A bag of maize is Shs95,000 at the market. How will Shs40,000 '
        'feed her children?" she asked.',
        [
            ("Shs22,000", 22000, E, M, "UGX", {"source": "Amani Bahati"}),
            ("Shs95,000", 95000, E, M, "UGX", {"source": "Amani Bahati"}),
            ("Shs40,000", 40000, E, M, "UGX", {"source": "Amani Bahati"}),
        ],
    ),
    (
        "invented/Eye Radio: the asker named after 'asked', inverted",
        '"Where will 3,000 people sleep when the rains come?" asked Peter Lado Wani, the Renk '
        "County executive director.",
        [("3,000", 3000, E, C, None, {"source": "Peter Lado Wani"})],
    ),
    (
        "invented/guard: 'asked for' and 'who asked not to be named' say nothing",
        "The county asked for $5 million in aid. An official, who asked not to be named, said "
        "40 people had died. Police asked 300 families to leave the school.",
        [
            ("$5 million", 5e6, E, M, "USD", {"source": None}),
            ("40", 40, E, C, None, {"source": "An official"}),
            ("300", 300, E, C, None, {"source": None}),
        ],
    ),
    # --- a body's flow monitoring or population update -----------------------------------
    (
        "invented/Radio Tamazuj: 'according to IOM's latest flow monitoring update'",
        "Since January, more than 310,000 people have crossed into Chad, 72 percent of them "
        "women and children, according to UNHCR's latest population update.",
        [
            ("more than 310,000", 310000, LO, C, None, {"source": "UNHCR"}),
            ("72 percent", 72, E, P, "%", {"source": "UNHCR", "part_of": 0}),
        ],
    ),
    (
        "invented/UN copy: a displacement tracking update",
        "In Ituri, 41,000 people fled their homes in October, according to the IOM's "
        "displacement tracking update.",
        [("41,000", 41000, E, C, None, {"source": "IOM"})],
    ),
    # --- a level of government before a body's name ------------------------------------
    (
        "invented/Eye Radio: 'the state Relief and Rehabilitation Commission said'",
        "In Upper Nile, the state Relief and Rehabilitation Commission said 2,300 returnees "
        "arrived at Wunthou in October.",
        [("2,300", 2300, E, C, None, {"source": "Relief and Rehabilitation Commission"})],
    ),
    (
        "invented/Addis Standard: 'the regional ... Commission' after the region's name",
        "In Afar, the regional Disaster Prevention and Food Security Commission said 8,400 "
        "people had been displaced by floods.",
        [
            (
                "8,400",
                8400,
                E,
                C,
                None,
                {"source": "Disaster Prevention and Food Security Commission"},
            )
        ],
    ),
    (
        "invented/guard: 'the state government' keeps its lower-case noun",
        "The state government said 40 families had left the camp.",
        [("40", 40, E, C, None, {"source": "The state government"})],
    ),
    # --- "of which" after an amount, a count in the sentence before ---------------------
    (
        "invented/Addis Standard: 'of which N percent' of the appeal, not the count before",
        "About 900 people had yet to be screened, it said. According to the Kenya "
        "Humanitarian Response Plan, aid groups need $64 million for the Kakuma response "
        "this year, of which 19 percent had been received by the end of September.",
        [
            ("About 900", 900, AP, C, None),
            ("$64 million", 64e6, E, M, "USD", {"part_of": None}),
            ("19 percent", 19, E, P, "%", {"part_of": 1}),
        ],
    ),
    (
        "invented/guard: 'of whom' after a count of the same sentence",
        "The agency needs $20 million. It registered 5,200 arrivals in October, of whom 61 "
        "percent were children.",
        [
            ("$20 million", 20e6, E, M, "USD"),
            ("5,200", 5200, E, C, None),
            ("61 percent", 61, E, P, "%", {"part_of": 1}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_eastafrica_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "178-eye-radio-renk-joda-arrivals.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "179-monitor-uganda-settlements-ration-cuts.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.91,
        "low_high": 1.0,
        "part_of": 0.95,
        "source": 0.91,
    },
    "180-addis-standard-metema-kurmuk-arrivals.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.96,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_eastafrica_floors(name):
    assert_floors(name, FLOORS[name])
