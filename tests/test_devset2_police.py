"""Second dev set, batch ``ds2-police``: reports 265-267 of ``tests/fixtures/devset2``, police
and crime copy on people smuggling and immigration offences: arrests and charges, defendants'
ages after their names ("Dimitar Kolev, 46, of Ruse"), prison terms written in years and months
("jailed for six years and eight months"), a suspended sentence, fines, costs and a
confiscation hearing, cash seized, the number of people found in a lorry, a force's appeal
with its phone numbers and crime reference, statute sections and acts that are no figures
("section 25 of the Immigration Act 1971"), and officers named with their rank and unit.
Before writing them, real copy of these kinds was read through the stored-pages search (none
is kept here): BBC and KentOnline stories on lorry drivers jailed at Harwich and Dover, a
Brighton court reporter's sentencing story from Lewes Crown Court, the Essex lorry deaths
sentencing stories, an Independent story on a driver sentenced at Canterbury, NCA press
releases on Interpol's and a Europe-wide small-boat operation with arrests by country, a wire
story on Europol's Channel action day, and solicitors' and Sentencing Council pages on
confiscation orders. Every sentence, name and number is invented; places and organisations
are real:

- 265-kent-police-dover-trailer-charge.txt: a police press release (Kent Police-like),
  2026-11-24, on 17 people found behind a false wall in a lorry at Dover, the driver's
  charge under section 25 and remand, cash found in the cab, a detective inspector's quote,
  the appeal with "101", a crime reference and Crimestoppers' freephone number, the Home
  Office's figures for the Kent ports and a second charge.
- 266-court-felixstowe-brothers-jailed.txt: a local court reporter's sentencing story,
  2026-11-26, from Ipswich Crown Court: two brothers' terms in years and months, a third
  man's suspended sentence, prosecution and defence counsel, the judge's credit for guilty
  pleas, a confiscation hearing, a fine and costs, a detective sergeant outside court and
  the CPS's count of prosecutions.
- 267-europol-channel-network-action-day.txt: a wire story, 2026-11-27, on a Europol action
  day against a Channel small-boat network: arrests in seven countries and by country,
  boats, engines, life jackets and cash seized, assets frozen, the NCA's UK arrests and
  charges, an NCA deputy director's quote, deaths according to French prosecutors, the
  EMSC's operations and the Home Office's arrivals.

Two durations joined by "and" ("six years and eight months") are two figures in the gold,
each with its own unit, as the schema has no figure in two units.

The reports and their gold were committed (de44197) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/police-blind --misses``, only this
batch in the folder, at that commit)::

    report                                      gold  pred match      P      R     F1  date
    265-kent-police-dover-trailer-charge.txt      20    21    20  0.952  1.000  0.976  ok
    266-court-felixstowe-brothers-jailed.txt      25    25    25  1.000  1.000  1.000  ok
    267-europol-channel-network-action-day.txt    24    24    24  1.000  1.000  1.000  ok
    TOTAL                                         69    70    69  0.986  1.000  0.993  1.000

    field accuracy over 69 matched figures:
      bound                         1.000  (69/69)
      kind                          1.000  (69/69)
      head                          0.928  (64/69)
      low_high                      1.000  (69/69)
      part_of                       0.928  (64/69)
      source                        0.899  (62/69)
      source (lenient: surname ok)  0.899  (62/69)
      counted                       0.203  (14/69)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 1
      265-kent-police-dover-trailer-charge.txt
        EXTRA '555 111' (555111)  in: Anyone with information is asked to call Kent Police on 101, quoting reference 46/198432/26, or Crimestoppers anonymously on 0800 555 111.

    matched figures with a field wrong (gold -> predicted):
      265-kent-police-dover-trailer-charge.txt '17': counted: 'people found behind the false wall at Dover' -> 'people'
      265-kent-police-dover-trailer-charge.txt '17': counted: 'people found hidden in the trailer' -> 'people'
      265-kent-police-dover-trailer-charge.txt 'four': counted: 'children among the people found' -> 'children'
      265-kent-police-dover-trailer-charge.txt '12': counted: 'men in the group found in the trailer' -> 'men'
      265-kent-police-dover-trailer-charge.txt 'four': counted: 'children in the group found in the trailer' -> 'children'
      265-kent-police-dover-trailer-charge.txt 'three': head: 'people' -> 'children'; part_of: nan -> 'four'; counted: 'people treated for dehydration at the scene' -> 'children'
      265-kent-police-dover-trailer-charge.txt 'two': head: 'people' -> 'children'; part_of: nan -> 'four'; counted: 'people taken to the William Harvey Hospital' -> 'children'
      265-kent-police-dover-trailer-charge.txt '17': head: 'people' -> 'children'; counted: 'people handed to Immigration Enforcement' -> 'children'
      265-kent-police-dover-trailer-charge.txt '£3,400': source: nan -> 'officers'
      265-kent-police-dover-trailer-charge.txt '€1,250': source: nan -> 'officers'
      265-kent-police-dover-trailer-charge.txt 'two': source: nan -> 'officers'; counted: 'mobile phones found in the cab' -> 'mobile phones'
      265-kent-police-dover-trailer-charge.txt 'Seventeen': counted: 'people shut into the space behind the load' -> 'people'
      265-kent-police-dover-trailer-charge.txt 'at least nine hours': counted: 'time the people were shut in the trailer' -> nan
      265-kent-police-dover-trailer-charge.txt 'between €2,500 and €4,000': source: 'Kent Police' -> 'Serious and Organised Crime Unit'
      265-kent-police-dover-trailer-charge.txt '1,286': counted: 'people found concealed in vehicles at the Kent ports in the year to September' -> 'people'
      265-kent-police-dover-trailer-charge.txt '14%': counted: 'fall in people found concealed on the previous year' -> nan
      265-kent-police-dover-trailer-charge.txt '312': counted: 'drivers arrested at the Kent ports in the year to September' -> 'drivers'
      265-kent-police-dover-trailer-charge.txt 'at least 40': counted: 'people whose small-boat travel the Gravesend man is charged with arranging' -> 'people to the UK'
      265-kent-police-dover-trailer-charge.txt 'eight months': counted: 'period over which the small-boat travel was arranged' -> nan
      265-kent-police-dover-trailer-charge.txt '14 years': counted: 'previous maximum sentence for the offence' -> nan
      266-court-felixstowe-brothers-jailed.txt 'Two': counted: 'brothers jailed for moving migrants from Felixstowe' -> 'brothers'
      266-court-felixstowe-brothers-jailed.txt 'more than 11 years': counted: 'combined prison sentences of the two brothers' -> nan
      266-court-felixstowe-brothers-jailed.txt 'six years': counted: "Arben Hoxha's prison sentence (years part)" -> nan
      266-court-felixstowe-brothers-jailed.txt 'eight months': counted: "Arben Hoxha's prison sentence (months part)" -> nan
      266-court-felixstowe-brothers-jailed.txt 'four years': counted: "Gentian Hoxha's prison sentence (years part)" -> nan
      266-court-felixstowe-brothers-jailed.txt 'nine months': counted: "Gentian Hoxha's prison sentence (months part)" -> nan
      266-court-felixstowe-brothers-jailed.txt 'at least 15': counted: 'occasions on which Doka drove for the brothers' -> 'occasions'
      266-court-felixstowe-brothers-jailed.txt '18 months': counted: "Doka's suspended sentence" -> nan
      266-court-felixstowe-brothers-jailed.txt 'two years': counted: "period for which Doka's sentence is suspended" -> nan
      266-court-felixstowe-brothers-jailed.txt 'about 160': counted: 'people the gang moved from Felixstowe' -> 'people'
      266-court-felixstowe-brothers-jailed.txt '14 months': counted: 'period over which the gang moved people' -> nan
      266-court-felixstowe-brothers-jailed.txt '27': counted: 'phones found in the raid on the Ilford flat' -> 'phones'
      266-court-felixstowe-brothers-jailed.txt '£20,000': source: 'Helen Osei' -> "Messages on Arben Hoxha's phone"
      266-court-felixstowe-brothers-jailed.txt 'two': counted: "Arben Hoxha's young children" -> 'young children'
      266-court-felixstowe-brothers-jailed.txt 'a quarter': head: 'sentences' -> nan; counted: "reduction in the brothers' sentences for guilty pleas" -> nan
      266-court-felixstowe-brothers-jailed.txt 'up to half': counted: 'share of his term Arben Hoxha will serve before release is considered' -> 'term'
      266-court-felixstowe-brothers-jailed.txt 'More than 20': source: 'Owen Blake' -> 'Detective Sergeant Owen Blake of the Eastern Region Special Operations Unit'; counted: 'people moved by the gang later found working in car washes' -> 'people'
      266-court-felixstowe-brothers-jailed.txt '£3': source: 'Owen Blake' -> 'Detective Sergeant Owen Blake of the Eastern Region Special Operations Unit'
      266-court-felixstowe-brothers-jailed.txt '44': counted: 'people-smuggling prosecutions brought in Suffolk this year' -> 'people-smuggling prosecutions brought in Suffolk'
      266-court-felixstowe-brothers-jailed.txt '29': counted: 'people-smuggling prosecutions brought in Suffolk last year' -> 'people-smuggling prosecutions'
      267-europol-channel-network-action-day.txt '58': head: 'people' -> nan; counted: 'people held in raids on the Channel small-boat network' -> nan
      267-europol-channel-network-action-day.txt 'seven': counted: 'countries in which police made arrests' -> 'countries'
      267-europol-channel-network-action-day.txt '58': counted: 'people arrested on suspicion of belonging to the network' -> 'people'
      267-europol-channel-network-action-day.txt 'more than 900': counted: 'officers involved in the action day' -> 'officers'
      267-europol-channel-network-action-day.txt '71': counted: 'properties searched' -> 'properties'
      267-europol-channel-network-action-day.txt 'at least 9,000': counted: 'people the network moved to the UK since early 2024' -> 'people'
      267-europol-channel-network-action-day.txt '112': counted: 'inflatable boats seized' -> 'inflatable boats'
      267-europol-channel-network-action-day.txt '64': counted: 'outboard engines seized' -> 'outboard engines'
      267-europol-channel-network-action-day.txt 'nearly 2,300': counted: 'life jackets seized' -> 'life jackets'
      267-europol-channel-network-action-day.txt '31': part_of: '58' -> None; counted: 'people arrested in Germany' -> 'people'
      267-europol-channel-network-action-day.txt 'nine': part_of: '58' -> None; counted: 'people arrested in France' -> 'people'
      267-europol-channel-network-action-day.txt 'six': part_of: '58' -> None; counted: 'people arrested in the Netherlands' -> 'people'
      267-europol-channel-network-action-day.txt 'seven': counted: 'people arrested by the NCA in the UK' -> 'people'
      267-europol-channel-network-action-day.txt 'Two': counted: 'men charged on Wednesday with conspiring to facilitate illegal immigration' -> 'men'
      267-europol-channel-network-action-day.txt 'up to 70': counted: 'people put into each dinghy at a time' -> 'people'
      267-europol-channel-network-action-day.txt 'fewer than 20': counted: 'people the dinghies were built for' -> 'people'
      267-europol-channel-network-action-day.txt 'At least 14': counted: 'people who died in crossings organised by the network' -> 'people'
      267-europol-channel-network-action-day.txt '147': counted: 'operations supported by the European Migrant Smuggling Centre last year' -> 'operations'
      267-europol-channel-network-action-day.txt '118': counted: 'operations supported by the European Migrant Smuggling Centre in 2024' -> 'operations'
      267-europol-channel-network-action-day.txt '36,800': counted: 'small boat arrivals in the UK in 2025' -> 'arrivals'

Gold corrected afterwards (slips against the schema, not toward the output; 4fdb58d): the
"31", "nine" and "six" of 267's "Of those arrested, 31 were detained in Germany, nine in
France and six in the Netherlands" had part_of "58", but the 58 is four sentences earlier and
the schema sets part_of only when the whole is in the same sentence or the one before; and
266's "cut their sentences by a quarter" is a change, whose share has no head (as the
batch's own "down 14%").

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the three reports, each written by hand and seen to fail on
the blind commit's package before its rule; rows as in ``tests/test_unseen_styles.py``
(``(text, value or (low, high), bound, kind, unit[, fields])``, ``part_of`` the index of
the whole among the expected rows).

The general rules of this round, one line each:

- "Detective Sergeant Owen Blake of the Eastern Region Special Operations Unit said": an
  officer's rank ("detective", "constable" join the title words), name, then the force or
  unit after "of" (Police, Constabulary, Unit, Command, Squad join the body words) is the
  person, however long the unit's name (87d7b92).
- "Crimestoppers anonymously on 0800 555 111": the digit groups after a leading-zero
  dialling code are a phone number, not a count of 555,111 (ae2d368).
- "Messages on his phone showed him boasting that a good month brought in £20,000, she
  said": evidence (messages, texts, footage, phones, bank records ...) that showed something
  is no speaker when a closing said/told tag names one, and a "she" tag is never that
  evidence (e51d1ed).
- "17 people, including four children ... All 17 were handed to Immigration Enforcement":
  after "All", a count takes the noun of the nearest earlier count with the same value
  within four sentences, not the children named in between (472bfc0).

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/police-final``, the batch alone, corrected gold; no miss, no extra)::

    report                                      gold  pred match      P      R     F1  date
    265-kent-police-dover-trailer-charge.txt      20    20    20  1.000  1.000  1.000  ok
    266-court-felixstowe-brothers-jailed.txt      25    25    25  1.000  1.000  1.000  ok
    267-europol-channel-network-action-day.txt    24    24    24  1.000  1.000  1.000  ok
    TOTAL                                         69    69    69  1.000  1.000  1.000  1.000

    field accuracy over 69 matched figures:
      bound                         1.000  (69/69)
      kind                          1.000  (69/69)
      head                          0.957  (66/69)
      low_high                      1.000  (69/69)
      part_of                       0.971  (67/69)
      source                        0.942  (65/69)
      source (lenient: surname ok)  0.942  (65/69)
      counted                       0.203  (14/69)
      date (per report)             1.000

The dev set still scores 1.000 on every field; on the second dev set (this batch's corrected
gold included) the matched figures stay 5777, the extras fall by one (the Crimestoppers
number), head rises 5563 -> 5564 and source 5517 -> 5520, with no field lower. The
regression dump against main at 0a98287 changed one text: test_longform's invented
treasurer story now credits "Mark Owusu", as its gold table has it, for what "Detective
Inspector Mark Owusu of West Midlands Police" said.

Left alone (seen, not fixed): "treated three of them for dehydration ... two were taken to
the William Harvey Hospital" after "12 men, a woman and the four children" takes the children
(and makes them parts of "four"), where "them" is the whole group; "A search of the cab found
£3,400 and €1,250 in cash, two mobile phones and a notebook that officers believe records
payments" credits the officers, whose belief is about the notebook only; "..., the force
said" after "the force's Serious and Organised Crime Unit" names the unit, not Kent Police;
the headline "Europol: 58 held in raids" leaves "held" without its people. "counted" is not
scored.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# and run on the blind commit's package, where each failed, before its rule).
CASES = [
    (
        "invented/police release: a detective's rank, name and force after 'of'",
        "Detective Sergeant Rhys Morgan of Gwent Police said 40 people had been moved through "
        "Newport.",
        [("40", 40, E, C, None, {"head": "people", "source": "Rhys Morgan"})],
    ),
    (
        "invented/court copy: a rank, a name and a long unit name with a possessive",
        "Detective Constable Priya Nandra of the Metropolitan Police's Organised Immigration "
        "Crime Unit said 26 vans had been used.",
        [("26", 26, E, C, None, {"head": "vans", "source": "Priya Nandra"})],
    ),
    (
        "invented/police appeal: Crimestoppers' freephone number after its dialling code",
        "Information can be given anonymously to Crimestoppers on 0800 555 111, Essex Police "
        "said, after 21 men were found in a container at Tilbury.",
        [("21", 21, E, C, None, {"head": "men", "source": "Essex Police"})],
    ),
    (
        "invented/charity helpline: a freephone and a mobile number, no counts",
        "Call the charity free on 0808 800 5000 or text 07700 900123.",
        [],
    ),
    (
        "invented/court copy: texts on a phone showed ..., she said: counsel gives the figure",
        "Ruth Adeyemi, prosecuting, told the jury that the men had moved 90 people. Texts on one "
        "defendant's phone showed him telling a driver that a trip paid £1,200, she said.",
        [
            ("90", 90, E, C, None, {"source": "Ruth Adeyemi"}),
            ("£1,200", 1200, E, M, "GBP", {"source": "Ruth Adeyemi"}),
        ],
    ),
    (
        "invented/court copy: bank records showed ..., counsel told the jury",
        "Bank records showed he had received £48,000 from the gang, Simon Lane told the jury.",
        [("£48,000", 48000, E, M, "GBP", {"source": "Simon Lane"})],
    ),
    (
        "invented/court copy: CCTV footage showed N men, a prosecutor said",
        "CCTV footage showed 14 men leaving the lorry, prosecutor Anna Bell said.",
        [("14", 14, E, C, None, {"head": "men", "source": "Anna Bell"})],
    ),
    (
        "invented/police release: 'All N' again after the men and children among them",
        "Officers found 23 people in the container at Tilbury: 19 men and four children. All "
        "23 were handed to Immigration Enforcement.",
        [
            ("23", 23, E, C, None, {"head": "people"}),
            ("19", 19, E, C, None, {"head": "men", "part_of": 0}),
            ("four", 4, E, C, None, {"head": "children", "part_of": 0}),
            ("23", 23, E, C, None, {"head": "people", "part_of": None}),
        ],
    ),
    (
        "invented/coastguard copy: 'All N were taken' names the boat's whole count",
        "The RNLI brought 51 people ashore at Dungeness, among them 11 women and 9 children. All "
        "51 were taken to Manston for processing.",
        [
            ("51", 51, E, C, None, {"head": "people"}),
            ("11", 11, E, C, None, {"head": "women"}),
            ("9", 9, E, C, None, {"head": "children"}),
            ("51", 51, E, C, None, {"head": "people"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_police_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "265-kent-police-dover-trailer-charge.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.9,
        "low_high": 1.0,
        "part_of": 0.9,
        "source": 0.8,
    },
    "266-court-felixstowe-brothers-jailed.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "267-europol-channel-network-action-day.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_police_floors(name):
    assert_floors(name, FLOORS[name])
