"""Second dev set, batch ``ds2-history``: reports 277-279 of ``tests/fixtures/devset2``,
anniversary and history copy on migration and displacement: pieces that mark a date (the 1951
Refugee Convention's anniversary, Partition in 1947, the first Vietnamese boat to reach
Darwin) and mix historical figures ("some 1.2 million people were still living in camps",
"an estimated 14 million people who crossed the new border", "close to 796,000 Vietnamese
left by sea") with present counts (UNHCR's displaced, an archive's testimonies, a
humanitarian program's places). Such copy is full of numbers that are no figures: years,
decades ("the 1990s", "the 2010s"), ordinals and anniversaries ("the 75th anniversary",
"the 50th anniversary", "its 5,000th testimony"), a headline's "At 75," and "Partition at
79:", treaty years ("its 1967 Protocol"), survivors' ages ("Tomasz Wierzbicki, 93",
"72-year-old", "My brother was 14."); "N years later/after" stays a duration, as the dev set
has always kept "two years ago" and "six years after". Before writing, real copy of these
kinds was read through the stored-pages search (none is kept here): UNHCR's and the IRC's
pieces on the Convention's 60th and 70th anniversaries, Indian dailies' Partition Horrors
Remembrance Day stories and an Outlook essay on Partition's refugees, encyclopaedia-style
pages on the Vietnamese boat people, and BBC, SBS and wire features on Srebrenica at 30.
Every sentence, name and number is invented; places and organisations are real:

- 277-afp-refugee-convention-75th-anniversary.txt: an AFP-like story from Geneva,
  2026-07-28, on the Convention's 75th anniversary: the 1951 conference, UNHCR's counts of
  the displaced now and at the start of the 1990s, a UNHCR director's quotes at a ceremony,
  a refugee resettled in 1952, the Danish Refugee Council on offshore processing, UNHCR's
  funding and staff cuts, a Somali refugee's years in Dadaab.
- 278-hindustantimes-partition-survivors-archive.txt: a Hindustan Times-like feature from
  Amritsar, 2026-08-14, on Partition at 79: a survivor's walk in 1947 and her lost brother,
  the Partition Museum's recorded testimonies, historians' toll ("up to two million"), the
  1951 census's refugees, the museum's researchers and budget in crore, the Citizens Archive
  of Pakistan, and refugees in India and Pakistan today.
- 279-sbs-boat-people-darwin-50-years.txt: an SBS-like story from Darwin, 2026-04-26, on
  50 years since the first Vietnamese boat: a man who was aboard, UNHCR's totals and range of
  deaths at sea, Home Affairs' resettlement figures "of them", the 1989 Comprehensive Plan of
  Action, the 2021 census, a survivor's "40 of the 312", and Operation Sovereign Borders'
  turnbacks.

The reports and their gold were committed (b28ba71) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/history-blind --misses``, only
this batch in the folder, at that commit)::

    report                                              gold  pred match      P      R     F1  date
    277-afp-refugee-convention-75th-anniversary.txt       19    20    19  0.950  1.000  0.974  ok
    278-hindustantimes-partition-survivors-archive.txt    18    20    18  0.900  1.000  0.947  ok
    279-sbs-boat-people-darwin-50-years.txt               21    21    21  1.000  1.000  1.000  ok
    TOTAL                                                 58    61    58  0.951  1.000  0.975  1.000

    field accuracy over 58 matched figures:
      bound                         1.000  (58/58)
      kind                          1.000  (58/58)
      head                          0.966  (56/58)
      low_high                      1.000  (58/58)
      part_of                       1.000  (58/58)
      source                        0.862  (50/58)
      source (lenient: surname ok)  0.879  (51/58)
      counted                       0.052  (3/58)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 3
      277-afp-refugee-convention-75th-anniversary.txt
        EXTRA '75' (75)  in: At 75, refugee treaty faces its hardest test, UN agency warns
      278-hindustantimes-partition-survivors-archive.txt
        EXTRA '79' (79)  in: Partition at 79: last witnesses race the clock as Amritsar archive passes its 5,000th testimony
        EXTRA '14' (14)  in: "My brother was 14.

    matched figures with a field wrong (gold -> predicted):
      277-afp-refugee-convention-75th-anniversary.txt '24': counted: 'states whose delegates met in Geneva in 1951' -> 'states'
      277-afp-refugee-convention-75th-anniversary.txt 'some 1.2 million': counted: 'people still living in camps in Europe in 1951' -> 'people'
      277-afp-refugee-convention-75th-anniversary.txt 'six years': counted: 'time since the Second World War ended' -> nan
      277-afp-refugee-convention-75th-anniversary.txt '149': counted: 'states bound by the convention and its protocol' -> 'states'
      277-afp-refugee-convention-75th-anniversary.txt '118.4 million': counted: 'people forcibly displaced worldwide at the end of 2025' -> 'people'
      277-afp-refugee-convention-75th-anniversary.txt '41.2 million': counted: 'refugees among the forcibly displaced' -> 'refugees'
      277-afp-refugee-convention-75th-anniversary.txt '34 million': head: 'people' -> 'refugees'; counted: 'people forcibly displaced at the start of the 1990s' -> 'refugees'
      277-afp-refugee-convention-75th-anniversary.txt 'about 300': counted: 'diplomats and former refugees at the ceremony' -> 'diplomats'
      277-afp-refugee-convention-75th-anniversary.txt '75 years': source: 'Ruth Okafor-Lind' -> nan; counted: 'time since the convention was adopted' -> nan
      277-afp-refugee-convention-75th-anniversary.txt 'roughly 170,000': counted: 'refugees taken in by Australia between 1947 and 1954' -> 'refugees'
      277-afp-refugee-convention-75th-anniversary.txt 'up to 12 weeks': source: nan -> 'Danish Refugee Council'; counted: 'border procedures under the EU asylum pact' -> nan
      277-afp-refugee-convention-75th-anniversary.txt 'at least 14': counted: 'states that have adopted or proposed offshore processing laws since 2020' -> 'states'
      277-afp-refugee-convention-75th-anniversary.txt '38 per cent': counted: "share of UNHCR's needs covered by donors" -> 'needs'
      277-afp-refugee-convention-75th-anniversary.txt 'about 4,800': counted: 'posts cut by UNHCR since the start of last year' -> 'posts'
      277-afp-refugee-convention-75th-anniversary.txt 'fewer than 2,000': counted: 'UNHCR staff in the 1980s' -> 'staff'
      277-afp-refugee-convention-75th-anniversary.txt '11 years': counted: 'time Amina Yusuf spent in Dadaab camps' -> nan
      277-afp-refugee-convention-75th-anniversary.txt 'more than 1,500': counted: 'delegates expected at the ministerial meeting in December' -> 'delegates'
      278-hindustantimes-partition-survivors-archive.txt 'an estimated 14 million': counted: 'people who crossed the new border after Partition' -> 'people'
      278-hindustantimes-partition-survivors-archive.txt '11 days': source: 'Harbans Kaur Sandhu' -> 'Sandhu'; counted: "Sandhu family's walk to Amritsar" -> nan
      278-hindustantimes-partition-survivors-archive.txt 'about 5,600': source: 'Partition Museum' -> nan; counted: 'Partition survivors whose accounts the museum has recorded since 2017' -> 'survivors'
      278-hindustantimes-partition-survivors-archive.txt 'up to two million': counted: 'people killed in the violence of 1947' -> 'people'
      278-hindustantimes-partition-survivors-archive.txt 'some 7.3 million': source: "India's census" -> 'India'; counted: 'refugees from West and East Pakistan counted in 1951' -> 'refugees'
      278-hindustantimes-partition-survivors-archive.txt 'about 2 per cent': source: "India's census" -> 'India'; counted: "refugees' share of India's population in 1951" -> 'population'
      278-hindustantimes-partition-survivors-archive.txt 'an estimated 12 million': counted: 'people who changed sides in Punjab' -> 'people'
      278-hindustantimes-partition-survivors-archive.txt 'more than 2,000': counted: 'people carried by some trains reaching Amritsar' -> 'people'
      278-hindustantimes-partition-survivors-archive.txt '14': counted: 'researchers on the oral history project' -> 'researchers'
      278-hindustantimes-partition-survivors-archive.txt '8,000': counted: 'testimonies the museum aims to reach by 2030' -> 'testimonies'
      278-hindustantimes-partition-survivors-archive.txt 'about 40': head: 'survivors' -> 'people'; counted: 'interviewed survivors who died in the past 12 months' -> 'those interviewed'
      278-hindustantimes-partition-survivors-archive.txt '12 months': counted: 'period in which interviewed survivors died' -> nan
      278-hindustantimes-partition-survivors-archive.txt 'more than 3,000': counted: 'accounts recorded by the Citizens Archive of Pakistan' -> 'accounts'
      278-hindustantimes-partition-survivors-archive.txt 'about 250,000': counted: 'refugees and asylum seekers in India' -> 'refugees'
      278-hindustantimes-partition-survivors-archive.txt 'some 78,000': counted: 'Sri Lankan Tamils in camps in Tamil Nadu' -> 'Sri Lankan Tamils in camps'
      278-hindustantimes-partition-survivors-archive.txt '1.3 million': counted: 'registered Afghan refugees remaining in Pakistan' -> 'registered refugees'
      278-hindustantimes-partition-survivors-archive.txt '79 years': source: 'Harbans Kaur Sandhu' -> 'Sana Rizvi'; counted: 'time Sandhu has waited for her brother' -> nan
      279-sbs-boat-people-darwin-50-years.txt 'Fifty years': counted: 'time since the first Vietnamese boat reached Darwin' -> nan
      279-sbs-boat-people-darwin-50-years.txt 'six': counted: 'young men on the first boat' -> 'young men'
      279-sbs-boat-people-darwin-50-years.txt 'some 2,100': counted: "boats that reached Australia's northern coast" -> 'boats'
      279-sbs-boat-people-darwin-50-years.txt 'five years': counted: 'period of the boat arrivals' -> nan
      279-sbs-boat-people-darwin-50-years.txt 'about 1,200': counted: 'people at the 50th anniversary on the Darwin waterfront' -> 'people'
      279-sbs-boat-people-darwin-50-years.txt '10 days': counted: 'food on the first boat' -> nan
      279-sbs-boat-people-darwin-50-years.txt 'nearly six weeks': counted: 'crossing to Darwin' -> nan
      279-sbs-boat-people-darwin-50-years.txt 'close to 796,000': counted: 'Vietnamese who left by sea and reached another country safely between 1975 and 1995' -> 'Vietnamese'
      279-sbs-boat-people-darwin-50-years.txt 'between 180,000 and 350,000': source: 'UNHCR' -> 'Between 1975 and 1995'; counted: 'Vietnamese boat people who died at sea' -> 'Vietnamese'
      279-sbs-boat-people-darwin-50-years.txt 'more than 185,000': counted: 'Vietnamese refugees resettled by Australia between 1975 and 1995' -> 'Vietnamese refugees'
      279-sbs-boat-people-darwin-50-years.txt 'about 2,000': counted: 'Vietnamese refugees who arrived in Australia directly by boat' -> 'Vietnamese refugees'
      279-sbs-boat-people-darwin-50-years.txt '70': counted: 'states at the 1989 Geneva conference' -> 'states'
      279-sbs-boat-people-darwin-50-years.txt 'about 109,000': counted: 'screened-out people returned to Vietnam by 1996' -> 'people'
      279-sbs-boat-people-darwin-50-years.txt '268,000': counted: 'Vietnam-born residents of Australia' -> 'Vietnam-born residents'
      279-sbs-boat-people-darwin-50-years.txt '145,000': counted: 'Australian-born people with a Vietnamese-born parent' -> 'Australians'
      279-sbs-boat-people-darwin-50-years.txt '40': counted: "people on Tran Thi Mai's boat who died before reaching Pulau Bidong" -> 'people'
      279-sbs-boat-people-darwin-50-years.txt '312': counted: "people on Tran Thi Mai's boat" -> 'people'
      279-sbs-boat-people-darwin-50-years.txt '19 months': counted: 'time Tran Thi Mai spent in Pulau Bidong waiting for a visa' -> nan
      279-sbs-boat-people-darwin-50-years.txt '20,000': counted: 'places in the humanitarian program for 2025-26' -> 'places'
      279-sbs-boat-people-darwin-50-years.txt '38': counted: 'vessels returned since 2013' -> 'vessels'
      279-sbs-boat-people-darwin-50-years.txt '1,046': counted: 'people aboard the returned vessels' -> 'people'

After this round's rules (same command): TOTAL 58 gold, 59 predicted, 58 matched (P 0.983,
R 1.000, F1 0.991); bound, kind, low_high, part_of 1.000, head 0.966, source 0.897 (lenient
0.914). The two headline and quote ages are gone, the relative clause "UNHCR, which has
estimated that" names UNHCR, and the continuing quote after "X, UNHCR's director of ...,
told a ceremony" keeps X while the ceremony's size is the reporter's. Left as they are:
"At 75, refugee treaty faces ..." (a headline's age before a lower-case subject, which
"At 45, deaths this year ..." would share), the 'she said' after a survivor named only by
her surname ("For Sandhu, who lives ...": the entity pass knows no person "Sandhu", so the
pronoun goes to the last speaker), "India's census counted" (read as India), the agent of
"survivors whose accounts have been recorded by the Partition Museum", the "according to"
at the end of a sentence of two clauses ("up to 12 weeks"), and "That compares with 34
million" (head: refugees for people). Counted phrases are the gold's descriptions and score
low, as in the other batches.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, ME = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# and run on the blind commit's package, where each failed, before its rule).
CASES = [
    (
        "invented/anniversary feature: 'according to UNHCR, which has estimated that' "
        "after a sentence opened by a span of years",
        "Between 1992 and 1995, some 2.2 million Bosnians were driven from their homes, "
        "according to UNHCR, which has estimated that 1.2 million sought refuge abroad.",
        [
            ("some 2.2 million", 2.2e6, AP, C, None, {"source": "UNHCR"}),
            ("1.2 million", 1.2e6, E, C, None, {"source": "UNHCR"}),
        ],
    ),
    (
        "invented/history feature: the antecedent of ', which said' is the name in an "
        "apposition, not the whole apposition",
        "The figures came from the International Committee of the Red Cross, the ICRC, which "
        "said 5,000 families were still searching for relatives, and from the Bosnian "
        "Missing Persons Institute, a state body, which said 7,600 people were missing.",
        [
            ("5,000", 5000, E, C, None, {"source": "International Committee of the Red Cross"}),
            ("7,600", 7600, E, C, None, {"source": "Bosnian Missing Persons Institute"}),
        ],
    ),
    (
        "invented/anniversary feature: a speaker set off by a body's possessive role "
        "('X, UNHCR's head of archives, said') with another person named in the text",
        'Among the guests was Pavel Novak, who reached Vienna in 1968. "We counted 2,000 '
        "arrivals a week then,\" Ruth Mendes-Lowe, UNHCR's head of archives, said.",
        [("2,000", 2000, E, C, None, {"source": "Ruth Mendes-Lowe"})],
    ),
    (
        "invented/anniversary feature: the audience a speaker 'told' is counted by the "
        "reporter, what the speaker told her listeners is hers",
        "Ruth Mendes-Lowe told a commemoration attended by about 400 survivors that 9,000 "
        "names had been added to the archive.",
        [
            ("about 400", 400, AP, C, None, {"source": None}),
            ("9,000", 9000, E, C, None, {"source": "Ruth Mendes-Lowe"}),
        ],
    ),
    (
        "invented/survivor's quote: 'My sister was 12.' is her age, not a count",
        '"My sister was 12. We lost her at the border with 40 others," he said.',
        [("40", 40, E, C, None)],
    ),
    (
        "invented/survivor's story: 'her father was 31' is an age",
        "Her father was 31, and the family had spent 18 months in a camp near Trieste.",
        [("18 months", 18, E, D, "month")],
    ),
    (
        "invented/anniversary headline: 'The NHS at 75:' is the age of a body",
        "The NHS at 75: nurses recruited abroad now fill 20,000 posts.",
        [("20,000", 20000, E, C, None)],
    ),
    (
        "invented/title-case tally headline: 'Death Toll at 75:' stays a count",
        "Death Toll at 75: Rescuers Search for 20 Missing",
        [("75", 75, E, C, None), ("20", 20, E, C, None)],
    ),
    (
        "invented/tally headline: 'Death toll at 75:' stays a count",
        "Death toll at 75: rescuers search for 20 missing.",
        [("75", 75, E, C, None), ("20", 20, E, C, None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_history_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "277-afp-refugee-convention-75th-anniversary.txt": {
        "f1": 0.973,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.947,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.947,
    },
    "278-hindustantimes-partition-survivors-archive.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.944,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.722,
    },
    "279-sbs-boat-people-darwin-50-years.txt": {
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
def test_devset2_history_floors(name):
    assert_floors(name, FLOORS[name])
