"""Second dev set, batch ``ds2-homeoffice``: reports 253-255 of ``tests/fixtures/devset2``,
UK copy on the Home Office's quarterly immigration statistics: asylum applications and the
backlog of people awaiting an initial decision, grant rates at initial decision, small-boat
arrivals with the people per boat, asylum hotels and their cost per night and per day in
pounds, enforced against voluntary returns, periods written "the year ending June 2026",
quotes from a Home Office spokesperson and a minister; and, as not-figures, "Section 95
support" and "Section 4 support", the periods' dates, years and "2025-26". Before writing
them, real copy of these kinds was read through the stored-pages search (none is kept here):
a BBC live page and explainer on the year-to-June 2025 release (hotels, record claims, people
waiting for an initial decision, forced against voluntary returns), a politics round-up of
the same figures, a Daily Mail story on grants to Channel arrivals and people per boat, a
Refugee Council response to the year-ending-March release and a parliamentary answer on the
statistics' tables. Every sentence, name and number is invented; places and organisations
are real:

- 253-bbc-asylum-statistics-explainer.txt: a BBC-like explainer, 2026-08-27, in question
  subheads (how many are waiting, how many succeed, small boats, hotels, returns), with a
  Home Office spokesperson and the border security minister.
- 254-guardian-asylum-hotels-rise.txt: a Guardian-like story, 2026-08-28, on hotel numbers
  rising again, the Refugee Council's move-on analysis, hotel spending from the department's
  accounts, lawyers on the grant rate, tribunal figures, the asylum minister and campaigners
  on returns of small-boat arrivals.
- 255-migration-observatory-returns-briefing.txt: a story, 2026-08-29, on a Migration
  Observatory-like briefing on voluntary and enforced returns, people per boat, grant rates
  after appeal and accommodation costs, with a researcher, a Home Office spokesperson and the
  minister.

Gold first: commit 60d64df (reports and gold, before any extractor run).

Blind score (``python -m analysis.evaluate /tmp/homeoffice-blind --misses`` on the gold-first
commit's package, the three reports alone)::

    report                                          gold  pred match      P      R     F1  date
    253-bbc-asylum-statistics-explainer.txt           25    25    25  1.000  1.000  1.000  ok
    254-guardian-asylum-hotels-rise.txt               27    27    27  1.000  1.000  1.000  ok
    255-migration-observatory-returns-briefing.txt    21    21    20  0.952  0.952  0.952  ok
    TOTAL                                             73    73    72  0.986  0.986  0.986  1.000

    field accuracy over 72 matched figures:
      bound                         1.000  (72/72)
      kind                          1.000  (72/72)
      head                          0.861  (62/72)
      low_high                      1.000  (72/72)
      part_of                       0.944  (68/72)
      source                        0.833  (60/72)
      source (lenient: surname ok)  0.833  (60/72)
      counted                       0.222  (16/72)
      date (per report)             1.000

    misses (gold not found): 1; extras (not in gold): 1
      255-migration-observatory-returns-briefing.txt
        MISS  'under 20'  in: Between 2019 and 2021, the average number of people per boat was under 20; in the year ending June 2026 it was 61, with some boats carrying more than 80 people.
        EXTRA 'close to zero' (0)  in: "For the nationalities who make up most small-boat arrivals, return rates are close to zero.

    matched figures with a field wrong (gold -> predicted):
      253-bbc-asylum-statistics-explainer.txt '9%': counted: 'fall in people claiming asylum' -> nan
      253-bbc-asylum-statistics-explainer.txt '101,260': counted: 'asylum applications in the 12 months to the end of June' -> 'asylum applications'
      253-bbc-asylum-statistics-explainer.txt '12 months': counted: 'period of the applications' -> nan
      253-bbc-asylum-statistics-explainer.txt '118,400': counted: 'people covered by the applications' -> 'people'
      253-bbc-asylum-statistics-explainer.txt '74,930': counted: 'people awaiting an initial decision at the end of June' -> 'people'
      253-bbc-asylum-statistics-explainer.txt '71,480': counted: 'people awaiting an initial decision at the end of March' -> 'people'
      253-bbc-asylum-statistics-explainer.txt '29,150': counted: 'people waiting for more than six months' -> 'people'
      253-bbc-asylum-statistics-explainer.txt 'more than six months': counted: 'wait for an initial decision' -> nan
      253-bbc-asylum-statistics-explainer.txt '38%': head: 'decisions' -> nan; counted: 'grant rate at initial decision' -> nan
      253-bbc-asylum-statistics-explainer.txt '47%': head: 'decisions' -> nan; counted: 'grant rate at initial decision a year earlier' -> nan
      253-bbc-asylum-statistics-explainer.txt 'Almost nine in ten': counted: 'Sudanese applicants granted protection' -> 'Sudanese applicants'
      253-bbc-asylum-statistics-explainer.txt '6%': counted: 'Albanians granted protection' -> 'Albanians'
      253-bbc-asylum-statistics-explainer.txt 'Some 43,870': counted: 'people who crossed the Channel in small boats in the year ending June' -> 'people'
      253-bbc-asylum-statistics-explainer.txt '61': counted: 'average number of people per boat' -> 'people'
      253-bbc-asylum-statistics-explainer.txt '53': counted: 'average number of people per boat a year earlier' -> 'people'
      253-bbc-asylum-statistics-explainer.txt '27,640': counted: 'asylum seekers in hotels at the end of June' -> 'asylum seekers'
      253-bbc-asylum-statistics-explainer.txt '104,700': counted: 'people receiving Section 95 support' -> 'people'
      253-bbc-asylum-statistics-explainer.txt '9,610': counted: 'enforced returns in the year' -> 'enforced returns'
      253-bbc-asylum-statistics-explainer.txt '27,880': counted: 'people who left voluntarily' -> 'people'
      253-bbc-asylum-statistics-explainer.txt '4,120': counted: 'voluntary leavers helped by the Home Office' -> 'people'
      253-bbc-asylum-statistics-explainer.txt 'more than 37,000': counted: 'people returned who had no right to be here' -> 'people'
      254-guardian-asylum-hotels-rise.txt '27,640': counted: 'people in hotels at the end of June' -> 'people'
      254-guardian-asylum-hotels-rise.txt '26,910': counted: 'people in hotels at the end of March' -> 'people'
      254-guardian-asylum-hotels-rise.txt 'less than half': head: nan -> 'peak'; counted: 'share of the peak' -> 'peak'
      254-guardian-asylum-hotels-rise.txt '56,042': counted: 'people in hotels at the peak in September 2023' -> 'people'
      254-guardian-asylum-hotels-rise.txt '43,870': counted: 'small-boat arrivals in the year ending June 2026' -> 'small-boat arrivals'
      254-guardian-asylum-hotels-rise.txt 'Nearly a quarter': head: 'arrivals' -> 'people'; counted: 'arrivals who were Eritrean' -> 'those arriving'
      254-guardian-asylum-hotels-rise.txt '18%': head: 'arrivals' -> 'people'; counted: 'arrivals who were Afghan' -> 'those arriving'
      254-guardian-asylum-hotels-rise.txt 'about 4,300': counted: 'people in hotels already granted refugee status' -> 'people'
      254-guardian-asylum-hotels-rise.txt 'Twenty-eight days': counted: 'move-on period' -> nan
      254-guardian-asylum-hotels-rise.txt '56 days': counted: 'move-on period' -> nan
      254-guardian-asylum-hotels-rise.txt '74,930': head: 'cases' -> 'decision'; counted: 'cases awaiting an initial decision' -> 'decision'
      254-guardian-asylum-hotels-rise.txt '38%': counted: 'claims granted at initial decision' -> 'claims'
      254-guardian-asylum-hotels-rise.txt 'more than a decade': counted: 'period since the grant rate was as low' -> nan
      254-guardian-asylum-hotels-rise.txt 'some 61,000': counted: 'cases in the appeals system' -> 'cases'
      254-guardian-asylum-hotels-rise.txt 'One in three': source: 'tribunal figures' -> 'the fall reflected tougher guidance on Syrian and Afghan'; counted: 'refusals overturned on appeal' -> 'refusals'
      254-guardian-asylum-hotels-rise.txt '112': counted: 'hotels closed since the election' -> 'hotels'
      254-guardian-asylum-hotels-rise.txt '9,610': counted: 'enforced returns in the year' -> 'Enforced returns'
      254-guardian-asylum-hotels-rise.txt '14%': counted: 'rise in enforced returns' -> nan
      254-guardian-asylum-hotels-rise.txt '5,230': head: 'returns' -> 'offenders'; counted: 'returns of foreign national offenders' -> 'offenders'
      254-guardian-asylum-hotels-rise.txt '1,204': part_of: '9,610' -> '5,230'; counted: 'people removed who had arrived by small boat' -> 'those removed'
      254-guardian-asylum-hotels-rise.txt 'fewer than 3%': counted: 'small-boat arrivals removed' -> 'arrivals'
      255-migration-observatory-returns-briefing.txt '27,880': source: 'Migration Observatory' -> nan
      255-migration-observatory-returns-briefing.txt '9,610': source: 'Migration Observatory' -> nan
      255-migration-observatory-returns-briefing.txt '12 months': source: 'Migration Observatory' -> nan; counted: 'period of the returns' -> nan
      255-migration-observatory-returns-briefing.txt '14%': source: 'Migration Observatory' -> 'a briefing from the Migration Observatory'; counted: 'rise in enforced returns' -> nan
      255-migration-observatory-returns-briefing.txt 'roughly 15,000': source: 'Migration Observatory' -> 'a briefing from the Migration Observatory'; counted: 'enforced returns a year before 2019' -> 'enforced returns'
      255-migration-observatory-returns-briefing.txt '3,870': part_of: '9,610' -> 'roughly 15,000'; counted: 'enforced returns of Albanians' -> 'enforced returns'
      255-migration-observatory-returns-briefing.txt 'roughly 2,100': part_of: '9,610' -> 'roughly 15,000'; counted: 'enforced returns of people from EU countries' -> 'enforced returns'
      255-migration-observatory-returns-briefing.txt '10%': head: 'nationalities' -> 'arrivals'; part_of: nan -> 'close to zero'; counted: 'share of small-boat nationalities removed' -> 'arrivals'
      255-migration-observatory-returns-briefing.txt '61': counted: 'average number of people per boat in the year ending June 2026' -> 'people'
      255-migration-observatory-returns-briefing.txt 'more than 80': counted: 'people carried on some boats' -> 'people'
      255-migration-observatory-returns-briefing.txt 'a fifth': counted: 'fall in the number of boats' -> nan
      255-migration-observatory-returns-briefing.txt 'between 55% and 60%': source: 'Migration Observatory' -> 'a briefing from the Migration Observatory'; counted: 'claims lodged in 2023 ending in protection' -> 'claims'
      255-migration-observatory-returns-briefing.txt '38%': head: 'claims' -> 'rate'; source: nan -> 'a briefing from the Migration Observatory'; counted: 'initial grant rate for the latest year' -> 'initial grant rate'
      255-migration-observatory-returns-briefing.txt '£139': source: 'Migration Observatory' -> 'the briefing'
      255-migration-observatory-returns-briefing.txt 'roughly £50,700': source: 'Migration Observatory' -> 'the briefing'
      255-migration-observatory-returns-briefing.txt '£8,760': source: 'Migration Observatory' -> 'the briefing'
      255-migration-observatory-returns-briefing.txt '£4.3bn': source: 'Migration Observatory' -> 'the briefing'
      255-migration-observatory-returns-briefing.txt 'Around 7,900': counted: 'people on Section 4 support' -> 'people'
      255-migration-observatory-returns-briefing.txt 'six years': counted: 'period since returns were this high' -> nan
      255-migration-observatory-returns-briefing.txt '300': head: 'caseworkers' -> 'returns'; counted: 'returns caseworkers in the new team' -> 'returns'

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the three reports, each written by hand and seen to fail on
the blind commit's package before its rule; rows as in ``tests/test_unseen_styles.py``
(``(text, value or (low, high), bound, kind, unit[, fields])``, ``part_of`` the index of
the whole among the expected rows).

Gold corrected afterwards (a slip against the project's conventions, not toward the output):
the source of 254's "One in three ..., according to tribunal figures" is "tribunal", as
"according to government figures" is "government" in 155's gold; no other gold was changed.

The general rules of this round, one line each:

- "according to a briefing from the Migration Observatory ... The briefing puts the cost
  at": a briefing is a document as a report is, credited to the body that issued it, and a
  later "the briefing" is that body (9dc2816).
- "the average number of people per boat was under 20", "The total was over 40": a number as
  the subject before the copula makes "under"/"over" a bound, not an age (not with "age" or
  "who" in the subject: "the number of children who were under 5" stays an age; 1fe9558).
- "..., according to tribunal figures" and "the tribunal said" with no board or tribunal
  named are the tribunal's, never the Home Office or the charity named last; "The tribunal
  statistics" after the Ministry of Justice stay the ministry's (91ef255).
- "return rates are close to zero", "virtually zero", "near-zero": a vague quantity, as
  "hardly any" is, not a count of nought (8e04db3).

Final score of the three reports (after the rules;
``python -m analysis.evaluate /tmp/homeoffice-final``, the batch alone, corrected gold; no
miss, no extra)::

    report                                          gold  pred match      P      R     F1  date
    253-bbc-asylum-statistics-explainer.txt           25    25    25  1.000  1.000  1.000  ok
    254-guardian-asylum-hotels-rise.txt               27    27    27  1.000  1.000  1.000  ok
    255-migration-observatory-returns-briefing.txt    21    21    21  1.000  1.000  1.000  ok
    TOTAL                                             73    73    73  1.000  1.000  1.000  1.000

    field accuracy over 73 matched figures:
      bound                         1.000  (73/73)
      kind                          1.000  (73/73)
      head                          0.863  (63/73)
      low_high                      1.000  (73/73)
      part_of                       0.959  (70/73)
      source                        0.945  (69/73)
      source (lenient: surname ok)  0.945  (69/73)
      counted                       0.219  (16/73)
      date (per report)             1.000

The dev set still scores 1.000 on every field; on the second dev set (this batch's gold
included) the matched figures rose 5354 -> 5355, source 5112 -> 5121, part_of 5276 -> 5278,
with no field lower. The regression dump against main at dcd0367 changed no text.

Left alone (seen, not fixed): "The briefing counts 27,880 voluntary returns and 9,610
enforced returns over the 12 months" (a document's "counts" is no verb of saying, so no
source); "Of the enforced returns, 3,870" and "of those removed" taking the nearer whole
("roughly 15,000", "5,230") rather than the enforced returns; heads of "the backlog of
cases awaiting an initial decision rose to 74,930" ("decision"), "returns of foreign
national offenders rose to 5,230" ("offenders"), "a new team of 300 returns caseworkers"
("returns") and a grant rate's "decisions"; "well above the 38% initial grant rate reported
for the latest year" credited to the observatory estimating in the same sentence. "counted"
is not scored.
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
        "invented/UK think-tank copy: according to a briefing from X, then the briefing",
        "Voluntary departures rose by 12%, according to a briefing from the Institute for "
        "Public Policy Research. The briefing puts the cost of a removal at £21,500.",
        [
            ("12%", 12, E, P, "%", {"source": "Institute for Public Policy Research"}),
            ("£21,500", 21500, E, M, "GBP", {"source": "Institute for Public Policy Research"}),
        ],
    ),
    (
        "invented/BBC-like small-boats copy: the average number ... was under N",
        "In 2018 the average number of migrants on each dinghy was under 15, officials said.",
        [("under 15", 15, UP, C, None, {"head": "migrants", "source": "officials"})],
    ),
    (
        "invented/age kept: the number of children who were under five",
        "The number of children who were under 5 rose to 300 in the camp.",
        [("300", 300, E, C, None, {"head": "children"})],
    ),
    (
        "invented/Guardian-like appeals copy: according to tribunal figures, no tribunal named",
        "Lawyers say the change in the Home Office guidance matters. About 30% of refusals "
        "are overturned on appeal, according to tribunal figures.",
        [("About 30%", 30, AP, P, "%", {"head": "refusals", "source": "tribunal"})],
    ),
    (
        "invented/UK copy: the tribunal said, after a charity and no tribunal named",
        "The Refugee Council said 400 people were evicted. Some 2,100 appeals were lodged in "
        "May, the tribunal said.",
        [
            ("400", 400, E, C, None, {"source": "Refugee Council"}),
            ("Some 2,100", 2100, AP, C, None, {"head": "appeals", "source": "the tribunal"}),
        ],
    ),
    (
        "invented/Migration Observatory-like copy: close to zero is no count",
        "Arrivals from Vietnam fell to close to zero in the spring, while 1,240 Eritreans "
        "crossed, officials said.",
        [("1,240", 1240, E, C, None, {"head": "eritreans", "source": "officials"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_homeoffice_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "253-bbc-asylum-statistics-explainer.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.92,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "254-guardian-asylum-hotels-rise.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.814,
        "low_high": 1.0,
        "part_of": 0.962,
        "source": 1.0,
    },
    "255-migration-observatory-returns-briefing.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.857,
        "low_high": 1.0,
        "part_of": 0.904,
        "source": 0.809,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_homeoffice_floors(name):
    assert_floors(name, FLOORS[name])
