"""Second dev set, batch ``ds2-thinktank``: reports 187-189 of ``tests/fixtures/devset2``,
news stories that write up think-tank and academic research on migration (2023-2025): a
Pew Research Center estimate of the unauthorized immigrant population with its margin of
error, shares of the population, a state ranking and a Migration Policy Institute estimate
beside it; a Migration Observatory analysis of migrants' fiscal contributions with a 95%
confidence interval, "percentage points", medians, a rate per 1,000 with its interval and a
Center for Global Development paper's rate per 100,000 and range in "£1.8bn"; and a journal
study of children whose parents were deported, with a sample size, "One in five", "twice as
likely", "2.1 times as high", a median of school days missed, authors and an outside expert
quoted by institution ("Co-author Daniel Amadi-Price, a sociologist at Arizona State
University"). Before writing them, real copy of these kinds was read through the
stored-pages search (none is kept here): Pew's Q&A on how it estimates the unauthorized
population and its state-level reports (Passel and Cohn), a regional paper's write-up of
Pew's 2023 estimate with six states and a fact-check of its methods; the Migration
Observatory's briefing on the fiscal impact of immigration, Oxford Economics' reports for
the Migration Advisory Committee and Migration Watch's responses to them; a PMC paper on
US citizens who know someone detained or deported (n = 3,282, multivariable odds) and the
news and university releases on the UT Austin and UC Davis study of deportees' children.
Every sentence, name and number is invented; places and organisations are real:

- 187-pew-unauthorized-immigrants-record.txt: a wire story from Washington, 2025-08-22, on
  Pew's estimate of 14.2 million unauthorized immigrants in 2023, "plus or minus 350,000",
  shares of the population and of all immigrants, six states and their ranking, Mexico's
  falling share, a range of people with temporary protection, MPI's lower estimate with
  "3 in 10", a Pew demographer and an MPI analyst.
- 188-migration-observatory-fiscal-contribution.txt: a UK newspaper story, 2024-11-12, on
  a Migration Observatory analysis (net contributions a head with 95% confidence intervals
  in pounds, refugees' employment after one and five years and "32 percentage points",
  median weekly pay, Universal Credit claims "212 per 1,000" with an interval of "196 to
  228"), a lead author, a CGD paper (39,000 care workers, "310 per 100,000", "between
  £1.8bn and £2.6bn a year by 2029-30"), a CGD fellow and a Home Office spokesperson.
- 189-jama-pediatrics-deported-parents-study.txt: a US story, 2025-03-18, on a JAMA
  Pediatrics study of 2,418 children ("Of those, 436"), "One in five" against "one in ten",
  odds "2.1 times as high", days of school missed, lost income in dollars and per cent,
  "Of the 436 families, 203 ... and 71", the senior author ("For a child of eight"), a
  co-author at Arizona State, ICE's removals, MPI's estimate, an Urban Institute
  researcher and an NIH grant.

The reports and their gold were committed (a43fdfb) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/thinktank-blind --misses``, only
this batch in the folder, at that commit)::

    report                                             gold  pred match      P      R     F1  date
    187-pew-unauthorized-immigrants-record.txt           25    24    24  1.000  0.960  0.980  ok
    188-migration-observatory-fiscal-contribution.txt    24    23    23  1.000  0.958  0.979  ok
    189-jama-pediatrics-deported-parents-study.txt       19    20    19  0.950  1.000  0.974  ok
    TOTAL                                                68    67    66  0.985  0.971  0.978  1.000

    field accuracy over 66 matched figures:
      bound                         1.000  (66/66)
      kind                          1.000  (66/66)
      head                          0.682  (45/66)
      low_high                      1.000  (66/66)
      part_of                       0.970  (64/66)
      source                        0.697  (46/66)
      source (lenient: surname ok)  0.697  (46/66)
      counted                       0.167  (11/66)
      date (per report)             1.000

    misses (gold not found): 2; extras (not in gold): 1
      187-pew-unauthorized-immigrants-record.txt
        MISS  'one'  in: It fell in only one, West Virginia, and was statistically unchanged in the rest.
      188-migration-observatory-fiscal-contribution.txt
        MISS  '95%'  in: For skilled workers the 95% confidence interval ran from £6,700 to £11,100, and for asylum arrivals from £1,100 to £3,500, the authors said.
      189-jama-pediatrics-deported-parents-study.txt
        EXTRA 'eight' (8)  in: "For a child of eight, a parent's deportation is a loss that does not end when the flight lands."

    matched figures with a field wrong (gold -> predicted):
      187-pew-unauthorized-immigrants-record.txt '14.2 million': head: 'immigrants' -> 'people'; source: 'Pew Research Center' -> 'Pew'; counted: 'unauthorized immigrant population in 2023' -> 'people'
      187-pew-unauthorized-immigrants-record.txt 'about 14.2 million': source: 'Pew Research Center' -> 'Pew'; counted: 'immigrants living in the United States without legal status in 2023' -> 'immigrants'
      187-pew-unauthorized-immigrants-record.txt '3.5 million': head: 'immigrants' -> 'people'; counted: 'rise in the unauthorized immigrant population since 2021' -> 'people'
      187-pew-unauthorized-immigrants-record.txt '10.7 million': head: 'immigrants' -> 'people'; counted: 'unauthorized immigrant population in 2021' -> 'people'
      187-pew-unauthorized-immigrants-record.txt 'two-year': counted: 'rise in the unauthorized immigrant population' -> 'rise'
      187-pew-unauthorized-immigrants-record.txt '350,000': head: 'immigrants' -> 'people'; source: 'Pew Research Center' -> 'Pew'; counted: 'margin of error of the estimate' -> 'people'
      187-pew-unauthorized-immigrants-record.txt '4.1%': source: 'Pew Research Center' -> 'Pew'; counted: 'U.S. population who were unauthorized immigrants in 2023' -> 'U.S. population'
      187-pew-unauthorized-immigrants-record.txt 'roughly 29%': source: 'Pew Research Center' -> 'Pew'; counted: 'all immigrants who were unauthorized' -> 'immigrants'
      187-pew-unauthorized-immigrants-record.txt 'Six': counted: 'states home to most of the unauthorized population' -> 'states'
      187-pew-unauthorized-immigrants-record.txt '58%': counted: 'unauthorized population living in six states' -> 'unauthorized population'
      187-pew-unauthorized-immigrants-record.txt '2.1 million': head: 'immigrants' -> 'states'; counted: 'unauthorized immigrants in California' -> 'states'
      187-pew-unauthorized-immigrants-record.txt '1.9 million': head: 'immigrants' -> 'states'; counted: 'unauthorized immigrants in Texas' -> 'states'
      187-pew-unauthorized-immigrants-record.txt '1.35 million': head: 'immigrants' -> 'states'; counted: 'unauthorized immigrants in Florida' -> 'states'
      187-pew-unauthorized-immigrants-record.txt 'more than 400,000': head: 'immigrants' -> 'states'; counted: "growth in Florida's unauthorized population" -> 'states'
      187-pew-unauthorized-immigrants-record.txt '42': counted: 'states where the number rose' -> 'states'
      187-pew-unauthorized-immigrants-record.txt 'about 4.0 million': head: 'immigrants' -> 'people'; counted: 'unauthorized immigrants born in Mexico' -> 'people'
      187-pew-unauthorized-immigrants-record.txt '28%': head: 'total' -> 'people'; part_of: None -> 'about 4.0 million'; counted: "Mexico's share of the unauthorized population" -> 'people'
      187-pew-unauthorized-immigrants-record.txt '57%': head: 'total' -> 'people'; part_of: None -> 'about 4.0 million'; counted: "Mexico's share of the unauthorized population in 2007" -> 'people'
      187-pew-unauthorized-immigrants-record.txt '560,000': head: 'immigrants' -> 'people'; counted: 'unauthorized immigrants born in Venezuela' -> 'people'
      187-pew-unauthorized-immigrants-record.txt 'Between 1.6 million and 1.9 million': counted: 'unauthorized immigrants with temporary protection or pending asylum cases' -> 'unauthorized immigrants'
      187-pew-unauthorized-immigrants-record.txt '13.7 million': head: 'immigrants' -> 'people'; counted: "unauthorized immigrants in 2023 by MPI's estimate" -> 'people'
      187-pew-unauthorized-immigrants-record.txt '3 in 10': counted: 'unauthorized immigrants living below the poverty line' -> 'unauthorized immigrants'
      187-pew-unauthorized-immigrants-record.txt 'up to 25 percent': head: nan -> 'side'; counted: 'uncertainty range for smaller states' -> 'either side of the central number'
      187-pew-unauthorized-immigrants-record.txt 'Roughly 5.4 million': source: 'Pew Research Center' -> 'Pew'; counted: 'U.S.-born children under 18 living with an unauthorized immigrant parent' -> 'U.S.-born children'
      188-migration-observatory-fiscal-contribution.txt 'about £8,900': source: 'Migration Observatory at the University of Oxford' -> 'Migration Observatory'
      188-migration-observatory-fiscal-contribution.txt '£2,300': source: 'Migration Observatory at the University of Oxford' -> 'Migration Observatory'
      188-migration-observatory-fiscal-contribution.txt '1.2 million': counted: 'visa holders whose tax records were used' -> 'visa holders'
      188-migration-observatory-fiscal-contribution.txt '31%': source: 'Migration Observatory at the University of Oxford' -> 'Migration Observatory'; counted: 'refugees granted protection since 2018 in work after one year' -> 'refugees'
      188-migration-observatory-fiscal-contribution.txt 'one year': source: 'Migration Observatory at the University of Oxford' -> 'Migration Observatory'; counted: 'time since protection was granted' -> nan
      188-migration-observatory-fiscal-contribution.txt '63%': head: 'refugees' -> nan; source: 'Migration Observatory at the University of Oxford' -> 'Migration Observatory'; counted: 'refugees granted protection since 2018 in work after five years' -> nan
      188-migration-observatory-fiscal-contribution.txt 'five years': source: 'Migration Observatory at the University of Oxford' -> 'Migration Observatory'; counted: 'time since protection was granted' -> nan
      188-migration-observatory-fiscal-contribution.txt '32 percentage points': source: 'Migration Observatory at the University of Oxford' -> 'Migration Observatory'; counted: "rise in refugees' employment rate" -> nan
      188-migration-observatory-fiscal-contribution.txt 'three years': counted: 'time refugees had been in the UK' -> nan
      188-migration-observatory-fiscal-contribution.txt '212': head: 'refugees' -> nan; counted: 'refugees claiming Universal Credit per 1,000 after three years' -> nan
      188-migration-observatory-fiscal-contribution.txt '196 to 228': head: 'refugees' -> 'interval'; counted: 'confidence interval of the Universal Credit claim rate' -> 'interval'
      188-migration-observatory-fiscal-contribution.txt '118': head: 'people' -> 'interval'; counted: 'UK-born working-age people claiming Universal Credit per 1,000' -> 'interval'
      188-migration-observatory-fiscal-contribution.txt 'about seven years': counted: "time in work before a refugee's contribution turns positive" -> nan
      188-migration-observatory-fiscal-contribution.txt 'an estimated 39,000': counted: 'care workers left without a valid sponsor since 2022' -> 'care workers'
      188-migration-observatory-fiscal-contribution.txt '310': head: 'referrals' -> 'workers'; counted: 'modern slavery referrals per 100,000 care workers without a sponsor' -> 'care workers'
      188-migration-observatory-fiscal-contribution.txt 'between £1.8bn and £2.6bn': source: 'Center for Global Development' -> 'The CGD authors'
      188-migration-observatory-fiscal-contribution.txt '35 per cent': head: 'applications' -> nan; counted: 'fall in work visa applications in the year to September' -> nan
      189-jama-pediatrics-deported-parents-study.txt '2,418': source: 'University of California, San Diego' -> nan; counted: 'children in immigrant families followed by the study' -> 'children'
      189-jama-pediatrics-deported-parents-study.txt '436': counted: 'children with a parent detained or deported during the study' -> 'children'
      189-jama-pediatrics-deported-parents-study.txt 'One in five': source: 'authors' -> nan; counted: 'children who lost a parent to deportation meeting the threshold for major depression' -> 'children'
      189-jama-pediatrics-deported-parents-study.txt '12 months': source: 'authors' -> nan; counted: 'time after the deportation' -> nan
      189-jama-pediatrics-deported-parents-study.txt 'one in ten': source: 'authors' -> nan; counted: 'children in unaffected families meeting the threshold for major depression' -> 'children'
      189-jama-pediatrics-deported-parents-study.txt '11 days': counted: 'school missed by children who saw a parent deported' -> nan
      189-jama-pediatrics-deported-parents-study.txt 'four days': counted: 'school missed by other children' -> nan
      189-jama-pediatrics-deported-parents-study.txt '38 per cent': head: 'income' -> nan; counted: "fall in families' monthly income" -> nan
      189-jama-pediatrics-deported-parents-study.txt '436': counted: 'families with a parent detained or deported' -> 'families'
      189-jama-pediatrics-deported-parents-study.txt '203': counted: 'families that lost their main wage earner' -> 'families'
      189-jama-pediatrics-deported-parents-study.txt '71': counted: 'families that moved home at least twice' -> 'families'
      189-jama-pediatrics-deported-parents-study.txt 'six months': source: 'Daniel Amadi-Price' -> 'Co-author Daniel Amadi-Price'; counted: 'time within which the effects were expected to fade' -> nan
      189-jama-pediatrics-deported-parents-study.txt '24 months': source: 'Daniel Amadi-Price' -> 'Co-author Daniel Amadi-Price'; counted: 'time after the deportation' -> nan
      189-jama-pediatrics-deported-parents-study.txt 'about 271,000': counted: 'removals in fiscal year 2024' -> 'removals'
      189-jama-pediatrics-deported-parents-study.txt 'some 4.4 million': counted: 'U.S.-citizen children living with an unauthorized immigrant parent' -> 'U.S.-citizen children'
      189-jama-pediatrics-deported-parents-study.txt '2,418': counted: 'children in the study sample' -> 'children'
      189-jama-pediatrics-deported-parents-study.txt '14 per cent': counted: 'families that dropped out before the final survey' -> 'families'

One gold file was corrected after the blind run, for a slip against the set's convention,
not to match the output: 188 gave the source of the Migration Observatory's figures as
"Migration Observatory at the University of Oxford"; the set's gold cuts a body's
university after "at" (report 71 gives "Migration Observatory" for the same words, and
24, 44 and 55 give "Transactional Records Access Clearinghouse" for "... at Syracuse
University"), so 188 now says "Migration Observatory" (seven figures; the blind table above
counts them wrong). The table below holds invented sentences (other names, places and
numbers) with the constructions that failed in the three reports, each checked to fail on
the blind commit's package before its rule, and guards that pass before and after. AFTER
this round's rules (same folder with the corrected gold, same command)::

    TOTAL                                                68    66    66  1.000  0.971  0.985  1.000
      bound 1.000, kind 1.000, low_high 1.000, head 0.712 (47/66), part_of 1.000 (66/66),
      source 0.970 (64/66), counted 0.167 (11/66)

(with the corrected gold and the blind commit's package: TOTAL F1 0.978, head 0.682
(45/66), source 0.803 (53/66); the rules below took source from 53 to 64 and head from 45
to 47, and removed the extra "eight")

The general rules of this round, one line each:

- '"For a child of eight, ..."', "a girl of nine", "the boy of 14 who drowned": a person's
  age after "a/the/his/her/their child, boy, girl, baby, toddler, teenager, man or woman
  of" is no figure ("a mother of two", "a family of five", "a group of 12" stay counts;
  9275d70).
- "Co-author Daniel Amadi-Price, a sociologist at ..., said": "Co-author", "Coauthor" and
  "Author" are title words before a name (entity_titles.txt [heads], beside "Researcher"
  and "Economist"), as "Lead author" already was (ad6d8e6).
- "..., the authors found.": "authors" joins the common nouns that name who closes a
  sentence with a finding (_SOURCE_NOUNS, beside "investigators" and "auditors"; 53b4dbe).
- "..., Pew said" after "the Pew Research Center": one word the entity pass took for a
  person is the first word of a body's name in the text, so it is no person and resolves
  to the body ("Cato said" after "the Cato Institute"); a fuller person's surname stays
  (97132b3).
- "Mexico remained the largest country of birth, at about 4.0 million, but its share of
  the total has fallen to 28%": "its/their share (of X)" between a count and a share makes
  the share the count's own share of a larger whole, no part of the count; its head is X
  (8a68f7c).
- "with a confidence interval of 196 to 228", "a margin of error of 1,500": "interval" and
  "error" are no counted noun before "of" (_NOT_NOUN_OF, beside "margin" and "range"), so
  the interval's ends take the noun of the estimate they bound (744948a).

Left alone (open conventions or gold calls): "the 95% confidence interval" (the gold counts
the 95% as a percentage; the extractor deliberately reads a confidence level as no share,
see _CONFIDENCE_AFTER_RE in analysis/figures.py, and the schema does not settle it); "It
fell in only one, West Virginia" (a bare "one" before a place in apposition, missed); heads
restored from context the extractor cannot see ("3.5 million", "10.7 million" and "560,000"
give "people" where the gold restores "immigrants"; "California led with 2.1 million" takes
"states" from "Six states" the sentence before); "Of refugees granted protection since
2018, 31% were in work after one year and 63% after five years", where the duration
between the two shares keeps the second from the first's head (a change to _share_whole
was tried and did not reach it); "Among refugees who had been in the UK for three years,
212 per 1,000" with no head; "Researchers at the University of California, San Diego
followed 2,418 children", where the gold gives the university as source of a study's
sample (no speech verb); and "The CGD authors estimated", kept as written where the gold
resolves the acronym to the Center for Global Development.
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
    # --- a person's age after "a girl of", "a child of" ----------------------------------
    (
        "invented/US study copy: 'A girl of nine' in a quote is an age",
        '"A girl of nine should not have to translate for her mother in court," said Ana Ruiz '
        "of the Florence Project. The group represented 1,240 people last year.",
        [("1,240", 1240, E, C, None, {"head": "people"})],
    ),
    (
        "invented/wire copy: 'the boy of 14 who drowned' is an age",
        "The boy of 14 who drowned near Calais was named on Tuesday; 63 people were rescued.",
        [("63", 63, E, C, None, {"head": "people"})],
    ),
    (
        "invented/guard: 'a mother of two', 'a family of five', 'a group of 12' stay counts",
        "A mother of two shared a room with a family of five and a group of 12 children.",
        [("two", 2, E, C, None), ("five", 5, E, C, None), ("12", 12, E, C, None)],
    ),
    # --- "Co-author" before a name ---------------------------------------------------------
    (
        "invented/journal-study copy: 'Co-author X, an economist at ..., said'",
        "Co-author Priya Natarajan, an economist at the University of Toronto, said about 3,400 "
        "workers had left the province.",
        [("about 3,400", 3400, AP, C, None, {"source": "Priya Natarajan"})],
    ),
    # --- "the authors found" ---------------------------------------------------------------
    (
        "invented/journal-study copy: '..., the authors found.'",
        "Roughly 18% of the returnees had no income six months later, the authors found.",
        [
            ("Roughly 18%", 18, AP, P, "%", {"source": "authors"}),
            ("six months", 6, E, D, "month", {"source": "authors"}),
        ],
    ),
    # --- a body called again by its first word ---------------------------------------------
    (
        "invented/think-tank copy: 'Cato said' after 'the Cato Institute'",
        "A study released on Monday by the Cato Institute put the cost at $4 billion. About "
        "1,300 workers were affected, Cato said.",
        [
            ("$4 billion", 4e9, E, M, "USD", {"source": "Cato Institute"}),
            ("About 1,300", 1300, AP, C, None, {"source": "Cato Institute"}),
        ],
    ),
    (
        "invented/guard: a person's surname after her full name and her institute",
        "Maria Lopez of the Urban Institute wrote the paper. About 300 families had left, "
        "Lopez said.",
        [("About 300", 300, AP, C, None, {"source": "Maria Lopez"})],
    ),
    # --- "its share of the total" after a count ---------------------------------------------
    (
        "invented/think-tank copy: 'at about 1.2 million, but its share of the total has "
        "fallen to 18%'",
        "India was the largest source, at about 1.2 million, but its share of the total has "
        "fallen to 18% from 31% in 2010.",
        [
            ("about 1.2 million", 1.2e6, AP, C, None),
            ("18%", 18, E, P, "%", {"part_of": None, "head": "total"}),
            ("31%", 31, E, P, "%", {"part_of": None, "head": "total"}),
        ],
    ),
    (
        "invented/guard: '40% of them' after a count is still its part",
        "The camp holds 12,000 people, and 40% of them are children.",
        [("12,000", 12000, E, C, None), ("40%", 40, E, P, "%", {"part_of": 0})],
    ),
    # --- an interval's or a margin's ends ----------------------------------------------------
    (
        "invented/study copy: 'with a margin of error of 1,500'",
        "An estimated 14,000 migrants died, with a margin of error of 1,500.",
        [
            ("An estimated 14,000", 14000, AP, C, None, {"head": "migrants"}),
            ("1,500", 1500, E, C, None, {"head": "migrants"}),
        ],
    ),
    (
        "invented/study copy: 'with a 95% confidence interval of 2,800 to 3,400'",
        "About 3,100 children were enrolled, with a 95% confidence interval of 2,800 to 3,400.",
        [
            ("About 3,100", 3100, AP, C, None, {"head": "children"}),
            ("2,800 to 3,400", (2800, 3400), R, C, None, {"head": "children"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_thinktank_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "187-pew-unauthorized-immigrants-record.txt": {
        "f1": 0.97,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.5,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "188-migration-observatory-fiscal-contribution.txt": {
        "f1": 0.97,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.73,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.95,
    },
    "189-jama-pediatrics-deported-parents-study.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.94,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.94,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_thinktank_floors(name):
    assert_floors(name, FLOORS[name])
