"""Second dev set, batch ``ds2-germany``: reports 244-246 of ``tests/fixtures/devset2``,
German asylum and deportation copy in English, as DW, The Local and dpa's English service
write it: the BAMF's monthly first-time applications and decisions with their "overall" and
"adjusted" protection rates, a deportation flight of convicted Afghan offenders to Kabul with
each man's 1,000 euros of "hand money", Dublin transfer requests against transfers carried
out, municipalities' housing costs in euros, state figures (Bavaria, North Rhine-Westphalia)
and Destatis's population numbers; and, as not-figures, the laws' sections and paragraphs
("Section 60a of the Residence Act", "Paragraph 23", "Section 78 of the Asylum Act"),
dates and years. Before writing them, real copy of these kinds was read through the
stored-pages search (none is kept here): wire and magazine stories on the first Afghanistan
deportation flights from Leipzig/Halle and the 1,000 euros paid to each deportee (and the
REAG/GARP programme behind it), a Lower Saxony interior ministry's account of its deportees,
a story on the BAMF's adjusted protection rates from a parliamentary reply, a DW explainer on
first-time applications and an asylum-procedure report on Germany. Every sentence, name and
number is invented; places and organisations are real:

- 244-dw-bamf-first-time-applications.txt: a DW-like story, 2026-10-08, on the BAMF's
  first-time applications from January to September, decisions, the overall and adjusted
  protection rates by nationality, pending cases, an Interior Ministry spokesman, Pro Asyl's
  legal adviser and Destatis's count of asylum lawsuits.
- 245-dpa-afghanistan-flight-dublin-transfers.txt: a dpa-like story, 2026-09-17, on a charter
  flight of 74 convicted Afghan men to Kabul (hand money, states' shares, escorts), a Green
  lawmaker's quoted sum, the "Duldung" under Section 60a, and Dublin transfers requested and
  carried out from a government reply to the Left Party.
- 246-thelocal-municipal-housing-costs-destatis.txt: a The Local-like explainer, 2026-11-05,
  with question headings, on what towns spend per place and per month, the federal flat
  rate, a Bavarian mayor, Bavaria's and NRW's costs, and Destatis's population and
  protection-seeker figures.

The reports and their gold were committed (bb91916) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/germany-blind --misses``, only
this batch in the folder, at that commit)::

    report                                             gold  pred match      P      R     F1  date
    244-dw-bamf-first-time-applications.txt              25    25    25  1.000  1.000  1.000  ok
    245-dpa-afghanistan-flight-dublin-transfers.txt      24    23    23  1.000  0.958  0.979  ok
    246-thelocal-municipal-housing-costs-destatis.txt    25    25    25  1.000  1.000  1.000  ok
    TOTAL                                                74    73    73  1.000  0.986  0.993  1.000

    field accuracy over 73 matched figures:
      bound                         1.000  (73/73)
      kind                          1.000  (73/73)
      head                          0.877  (64/73)
      low_high                      1.000  (73/73)
      part_of                       0.986  (72/73)
      source                        0.849  (62/73)
      source (lenient: surname ok)  0.849  (62/73)
      counted                       0.164  (12/73)
      date (per report)             1.000

    misses (gold not found): 1; extras (not in gold): 0
      245-dpa-afghanistan-flight-dublin-transfers.txt
        MISS  '14'  in: Bavaria sent 19 of the deportees and North Rhine-Westphalia 14, the states' interior ministries said.

    matched figures with a field wrong (gold -> predicted):
      244-dw-bamf-first-time-applications.txt 'more than a third': counted: 'fall in asylum applications in Germany' -> nan
      244-dw-bamf-first-time-applications.txt '84,312': counted: 'first-time asylum applications between January and September' -> 'first-time asylum applications'
      244-dw-bamf-first-time-applications.txt 'around 41 percent': counted: 'fall in first-time applications from the same period last year' -> nan
      244-dw-bamf-first-time-applications.txt '19,870': counted: 'initial applications by Syrians' -> 'initial applications'
      244-dw-bamf-first-time-applications.txt '12,406': counted: 'initial applications by Afghans' -> 'initial applications'
      244-dw-bamf-first-time-applications.txt '9,115': head: 'applications' -> 'afghans'; counted: 'initial applications by Turkish nationals' -> 'Afghans'
      244-dw-bamf-first-time-applications.txt '8,904': counted: 'first-time applications in September' -> 'first-time applications'
      244-dw-bamf-first-time-applications.txt '1,362': counted: 'first-time applications made for children born in Germany' -> 'first-time applications'
      244-dw-bamf-first-time-applications.txt '196,540': counted: 'asylum cases decided in the first nine months' -> 'asylum cases'
      244-dw-bamf-first-time-applications.txt 'nine months': counted: 'period of the decisions' -> nan
      244-dw-bamf-first-time-applications.txt '61,218': counted: 'decisions granting some form of protection' -> 'decisions'
      244-dw-bamf-first-time-applications.txt '31.1 percent': head: 'decisions' -> nan; counted: 'overall protection rate' -> nan
      244-dw-bamf-first-time-applications.txt '47.8 percent': head: 'decisions' -> nan; counted: 'adjusted protection rate' -> nan
      244-dw-bamf-first-time-applications.txt '132,700': counted: 'pending cases at the end of September' -> 'pending cases'
      244-dw-bamf-first-time-applications.txt 'almost 210,000': counted: 'pending cases a year earlier' -> 'pending cases'
      244-dw-bamf-first-time-applications.txt '7.9 months': counted: 'first-instance procedure' -> nan
      244-dw-bamf-first-time-applications.txt '72 percent': counted: 'decisions granting protection to Afghans' -> 'decisions'
      244-dw-bamf-first-time-applications.txt '18.4 percent': counted: 'decisions granting protection to Syrians' -> 'decisions'
      244-dw-bamf-first-time-applications.txt '9 percent': head: 'decisions' -> nan; counted: 'decisions granting protection to applicants from Turkey' -> nan
      244-dw-bamf-first-time-applications.txt 'under 100,000': head: 'applications' -> 'people'; counted: 'first-time applications for the full year (government goal)' -> 'people'
      244-dw-bamf-first-time-applications.txt 'more than 18 months': source: 'Meike Albers' -> "the group's legal adviser"; counted: 'wait for a hearing' -> nan
      244-dw-bamf-first-time-applications.txt 'some 3,400': source: 'Meike Albers' -> 'Asylum Act'; counted: 'Syrian applicants who received rejection notices since the summer' -> 'Syrian applicants'
      244-dw-bamf-first-time-applications.txt '51,260': counted: 'new asylum lawsuits received by administrative courts' -> 'new asylum lawsuits'
      244-dw-bamf-first-time-applications.txt 'nearly 1.2 million': head: 'asylum seekers' -> 'seekers'; counted: 'asylum seekers taken in by Germany in 2015 and 2016' -> 'asylum seekers'
      244-dw-bamf-first-time-applications.txt '229,751': source: 'EU Agency for Asylum' -> 'Asylum Act'; counted: 'first-time applications filed last year' -> 'first-time applications'
      245-dpa-afghanistan-flight-dublin-transfers.txt '74': counted: 'Afghan offenders deported on charter flight to Kabul' -> 'Afghan offenders'
      245-dpa-afghanistan-flight-dublin-transfers.txt '74': counted: 'Afghan men with criminal convictions deported to Kabul' -> 'Afghan men'
      245-dpa-afghanistan-flight-dublin-transfers.txt 'about seven hours': counted: 'flight to the Afghan capital' -> nan
      245-dpa-afghanistan-flight-dublin-transfers.txt '74': counted: 'deported men' -> 'Afghan men'
      245-dpa-afghanistan-flight-dublin-transfers.txt '31': counted: 'men held in deportation custody until the flight' -> 'Afghan men'
      245-dpa-afghanistan-flight-dublin-transfers.txt '19': counted: 'deportees sent by Bavaria' -> 'deportees'
      245-dpa-afghanistan-flight-dublin-transfers.txt '96': counted: 'federal police officers escorting the men' -> 'federal police officers'
      245-dpa-afghanistan-flight-dublin-transfers.txt '1,000 euros': source: nan -> 'the government'
      245-dpa-afghanistan-flight-dublin-transfers.txt 'Two': head: 'flights' -> nan; counted: 'earlier deportation flights' -> nan
      245-dpa-afghanistan-flight-dublin-transfers.txt '109': counted: 'men carried on two earlier flights' -> 'men'
      245-dpa-afghanistan-flight-dublin-transfers.txt '74,000 euros': source: 'Lena Hartwig' -> nan
      245-dpa-afghanistan-flight-dublin-transfers.txt 'Around 43,000': counted: 'Afghans living in Germany obliged to leave' -> 'Afghans living in Germany'
      245-dpa-afghanistan-flight-dublin-transfers.txt '51,870': head: 'asylum seekers' -> 'seekers'; source: 'government' -> nan; counted: 'asylum seekers Germany asked other member states to take back' -> 'asylum seekers'
      245-dpa-afghanistan-flight-dublin-transfers.txt 'eight months': source: 'government' -> nan; counted: 'period of the transfer requests' -> nan
      245-dpa-afghanistan-flight-dublin-transfers.txt '4,615': counted: 'Dublin transfers carried out' -> 'transfers'
      245-dpa-afghanistan-flight-dublin-transfers.txt '12,930': counted: 'transfer requests Italy agreed to' -> 'requests'
      245-dpa-afghanistan-flight-dublin-transfers.txt 'three': counted: 'people actually transferred to Italy' -> 'people'
      245-dpa-afghanistan-flight-dublin-transfers.txt 'six months': counted: 'deadline for a Dublin transfer' -> nan
      245-dpa-afghanistan-flight-dublin-transfers.txt 'nearly 2,800': counted: 'transfers failed because the person could not be found' -> 'transfers'
      245-dpa-afghanistan-flight-dublin-transfers.txt '11,807': counted: 'people deported in the first half of the year' -> 'people'
      245-dpa-afghanistan-flight-dublin-transfers.txt '9,466': counted: 'people deported a year earlier' -> 'people'
      245-dpa-afghanistan-flight-dublin-transfers.txt '2,104': counted: 'people sent to other EU states under the Dublin system' -> 'people'
      246-thelocal-municipal-housing-costs-destatis.txt 'half': counted: 'share of municipal spending covered by the flat rate' -> nan
      246-thelocal-municipal-housing-costs-destatis.txt '212': source: nan -> 'Sabine Krüger'; counted: 'refugees living in a former hotel in Greding' -> 'refugees'
      246-thelocal-municipal-housing-costs-destatis.txt '80': source: nan -> 'Sabine Krüger'; counted: 'refugees for whom empty containers stand in Greding' -> 'refugees'
      246-thelocal-municipal-housing-costs-destatis.txt 'more than 158,000': counted: 'people housed in state-run facilities in Bavaria' -> 'people'
      246-thelocal-municipal-housing-costs-destatis.txt 'some 61,000': head: 'ukrainians' -> 'people'; counted: 'Ukrainians housed in Bavarian state-run facilities' -> 'people'
      246-thelocal-municipal-housing-costs-destatis.txt '396': counted: 'municipalities in North Rhine-Westphalia' -> 'municipalities'
      246-thelocal-municipal-housing-costs-destatis.txt 'up to 24 months': counted: "adults' stay in reception centres" -> nan
      246-thelocal-municipal-housing-costs-destatis.txt '121,000': counted: "rise in Germany's population last year" -> 'people'
      246-thelocal-municipal-housing-costs-destatis.txt '83.6 million': counted: "Germany's population" -> 'people'
      246-thelocal-municipal-housing-costs-destatis.txt 'about 220,000': source: 'Federal Statistical Office' -> nan; counted: 'net immigration last year' -> 'people'
      246-thelocal-municipal-housing-costs-destatis.txt 'Around 3.5 million': counted: 'people seeking protection living in Germany' -> 'people seeking protection'
      246-thelocal-municipal-housing-costs-destatis.txt '1.2 million': counted: 'people seeking protection from Ukraine' -> 'people seeking protection'
      246-thelocal-municipal-housing-costs-destatis.txt 'Some 11 percent': part_of: nan -> '1.2 million'; source: 'Federal Statistical Office' -> nan; counted: 'people seeking protection whose asylum claim is pending' -> 'people'
      246-thelocal-municipal-housing-costs-destatis.txt 'One in three': counted: 'members that can no longer find any housing' -> 'members'
      246-thelocal-municipal-housing-costs-destatis.txt '1,027': counted: 'towns and municipalities covered by the survey' -> 'towns'
      246-thelocal-municipal-housing-costs-destatis.txt '16': counted: 'states covered by the survey' -> 'states'

Gold corrected afterwards (a slip against the project's conventions, not toward the output):
"asylum seekers" as a head is "seekers" in the project's gold (14 of the 16 heads of the
phrase in this dev set, and the rows of tests/test_devset2_stats.py), so the heads of
"nearly 1.2 million" (244) and "51,870" (245) are "seekers" now. No other gold was changed.

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the three reports, each written by hand and seen to fail on
the blind commit's package before its rule; rows as in ``tests/test_unseen_styles.py``
(``(text, value or (low, high), bound, kind, unit[, fields])``, ``part_of`` the index of
the whole among the expected rows).

The general rules of this round, one line each:

- "Under the Asylum Act, an appeal ...": a run ending in a law's or treaty's word (Act,
  Regulation, Directive, Convention, Treaty, Pact, Decree, Ordinance) is no person, so
  "the EU Agency for Asylum" (or Austria's "Federal Office for Immigration and Asylum") is
  not taken for that "person" by its shared word.
- "said the group's legal adviser, Meike Albers": an adviser, lawyer, attorney or caseworker
  is a title before the inverted speaker's name, as a director or a spokeswoman was.
- "..., of whom some 61,000 are Ukrainians": the part's people named by a nationality in the
  plural after the copula, as "61,000 of whom are Ukrainians" already gave and as "of whom
  3,000 were children" gives "children" (the schema's elided noun). The convention was left
  open by tests/test_devset2_europe.py (a rule like it was withdrawn there for one row); the
  asiaeurope row "of whom 5,000 are Afghans" expected the whole's "refugees" and now
  expects "afghans" -- the one other batch's row this round changes, for the lead to weigh.
- "followed by Afghans with 12,406 and Turkish nationals with 9,115": a ranking's item may be
  a nationality's adjective with "nationals" or "citizens".
- "Bavaria sent 19 of the deportees and North Rhine-Westphalia 14": a region's hyphenated
  name (Rhine-Westphalia, Rhineland-Palatinate, Schleswig-Holstein, Saxony-Anhalt,
  Emilia-Romagna, Bosnia-Herzegovina, Khyber-Pakhtunkhwa) before a bare count is no vessel's
  or product's name with its number ("the Sea-Watch 5"), so the gapped count is kept.

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/germany-blind``, the batch alone, corrected gold; no miss, no extra)::

    report                                             gold  pred match      P      R     F1  date
    244-dw-bamf-first-time-applications.txt              25    25    25  1.000  1.000  1.000  ok
    245-dpa-afghanistan-flight-dublin-transfers.txt      24    24    24  1.000  1.000  1.000  ok
    246-thelocal-municipal-housing-costs-destatis.txt    25    25    25  1.000  1.000  1.000  ok
    TOTAL                                                74    74    74  1.000  1.000  1.000  1.000

    field accuracy over 74 matched figures:
      bound                         1.000  (74/74)
      kind                          1.000  (74/74)
      head                          0.932  (69/74)
      low_high                      1.000  (74/74)
      part_of                       0.986  (73/74)
      source                        0.892  (66/74)
      source (lenient: surname ok)  0.892  (66/74)
      counted                       0.162  (12/74)
      date (per report)             1.000

The dev set still scores 1.000 on every field; the second dev set's head and source rose
(4968 -> 4971 and 4911 -> 4915 of the matched figures, the batch's own gold included), with
no field lower.

Left alone (seen, not fixed): "Green lawmaker Lena Hartwig called the payments 'a bonus of
74,000 euros ...'" (a quotation after "called" is not credited to her); the sources of
"51,870" and "eight months" before "but carried out only 4,615 transfers, the government
said in a reply ..."; "a payment the government says is meant to ..." making the government
the source of the hand money; a protection rate's head "decisions"; "Some 11 percent of
them" taking the 1.2 million before it as its whole; "where 212 refugees live" in a mayor's
apposition credited to her. "counted" is not scored.
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
        "invented/Austrian wire: a law's name before a comma is no person",
        "Under the Asylum Act, an appeal must be lodged within four weeks. Some 9,460 decisions "
        "were appealed last year, according to Austria's Federal Office for Immigration and "
        "Asylum.",
        [
            ("four weeks", 4, E, D, "week"),
            (
                "Some 9,460",
                9460,
                AP,
                C,
                None,
                {
                    "head": "decisions",
                    "source": "Austria's Federal Office for Immigration and Asylum",
                },
            ),
        ],
    ),
    (
        "invented/British council copy: said the council's senior caseworker, Name",
        '"Some families have waited more than two years," said the council\'s senior '
        "caseworker, Ruth Adeyemi. She said 420 children were affected.",
        [
            ("more than two years", 2, LO, D, "year", {"source": "Ruth Adeyemi"}),
            ("420", 420, E, C, None, {"head": "children", "source": "Ruth Adeyemi"}),
        ],
    ),
    (
        "invented/dpa-like: a charity's lawyer after an inverted said",
        '"We see 300 new cases a month," said the charity\'s immigration lawyer, Tom Kessler.',
        [("300", 300, E, C, None, {"head": "cases", "source": "Tom Kessler"})],
    ),
    (
        "invented/The Local-like: of whom N are <nationality in the plural>",
        "Lower Saxony houses 23,400 refugees in its reception centres, of whom about 8,900 "
        "are Ukrainians.",
        [
            ("23,400", 23400, E, C, None, {"head": "refugees"}),
            ("about 8,900", 8900, AP, C, None, {"head": "ukrainians", "part_of": 0}),
        ],
    ),
    (
        "invented/Swiss wire: a ranking's item 'Iraqi nationals with N'",
        "Eritreans lodged 4,210 claims in Switzerland, followed by Somalis with 2,050 and "
        "Iraqi nationals with 1,380.",
        [
            ("4,210", 4210, E, C, None, {"head": "claims"}),
            ("2,050", 2050, E, C, None, {"head": "claims"}),
            ("1,380", 1380, E, C, None, {"head": "claims"}),
        ],
    ),
    (
        "invented/dpa-like: a gapped count after a hyphenated state's name",
        "Hesse sent 11 of the deportees and Saxony-Anhalt 6, the ministry said.",
        [
            ("11", 11, E, C, None, {"head": "deportees", "source": "the ministry"}),
            ("6", 6, E, C, None, {"head": "deportees", "source": "the ministry"}),
        ],
    ),
    (
        "invented/ANSA-like: a gapped count after an Italian region's hyphenated name",
        "Lombardy took in 3,200 of the new arrivals and Emilia-Romagna 41.",
        [
            ("3,200", 3200, E, C, None, {"head": "arrivals"}),
            ("41", 41, E, C, None, {"head": "arrivals"}),
        ],
    ),
    (
        "invented/DW-like: 'Iraqi citizens with N' as the first item",
        "Afghans filed 3,300 appeals, followed by Iraqi citizens with 1,200 and Somalis with 800.",
        [
            ("3,300", 3300, E, C, None, {"head": "appeals"}),
            ("1,200", 1200, E, C, None, {"head": "appeals"}),
            ("800", 800, E, C, None, {"head": "appeals"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_germany_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "244-dw-bamf-first-time-applications.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.84,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "245-dpa-afghanistan-flight-dublin-transfers.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.958,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.833,
    },
    "246-thelocal-municipal-housing-costs-destatis.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.96,
        "source": 0.84,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_germany_floors(name):
    assert_floors(name, FLOORS[name])
