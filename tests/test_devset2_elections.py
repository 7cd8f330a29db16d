"""Second dev set, batch ``ds2-elections``: reports 256-258 of ``tests/fixtures/devset2``,
election and politics copy where migration is the issue: seat counts ("177 of the Riksdag's
349 seats", "nine of the council's 58 seats", "a four-seat majority"), vote shares and
changes in percentage points, turnout, margins ("by 4,312 votes out of more than 1.9 million
cast", "a majority of 312"), campaign pledges with numbers ("pledged to create a 150-deputy
border crimes unit", "deport 1 million people a year", "cut asylum grants to 'under 1,000 a
year'"), campaign spending, a results list written as prose ("Full result: Reform UK 1,148;
Conservative 836; ..."), and, as not-figures, districts and measures with numbers
("District 8", "the 6th Congressional District", "Proposition 317", "287(g)", polling
districts "HE1" and "HE2", an address's "323"), clock times, ages and ordinals. Before
writing them, real copy of these kinds was read through the stored-pages search (none is
kept here): wire and newspaper stories on the 2025 English local elections and the Runcorn
and Helsby by-election (seats won, "by just six votes", a polling expert's shares and
swings), ALDC-style and PoliticsHome-style by-election result lists (party, votes, share,
change, turnout, majority), Dutch exit-poll stories ("35 of the 150 seats", a margin of
error of two seats, the 76 needed for a majority), a Texas results page and AP's election
night "The Latest" posts (precincts reporting, a lead of 689 votes "out of more than
209,500 cast", vote shares of a race). Every sentence, name and number is invented; places,
parties and organisations are real:

- 256-reuters-sweden-election-seats.txt: a Reuters-like wire, 2026-09-14, on a Swedish
  general election: the Election Authority's preliminary seats and shares, the 4% threshold,
  turnout, the return grant in kronor with a dollar conversion, the Migration Agency's
  permits, the Sweden Democrats' pledges, SVT's exit poll and a political scientist.
- 257-ap-maricopa-sheriff-proposition.txt: an AP-like wire, 2026-11-04, on a Maricopa
  County sheriff's race won on an immigration-enforcement pledge (margin, votes cast, share
  of the expected vote counted, a 287(g) agreement within 100 days), outside spending, a
  ballot measure on E-Verify with fines, a House race's shares, a council runoff, ICE
  detainers in the county's jails and turnout of registered voters.
- 258-local-epping-hemnall-by-election.txt: a local paper's by-election result, 2026-11-20,
  in Epping Forest after a campaign over an asylum hotel: candidates' votes and shares in
  prose, turnout against the usual by-election turnout, changes in percentage points, the
  winner's pledge "within 100 days", the council's seats and majority, the council's spending
  on policing protests, and a closing results line.

Gold first: commit ab77f09 (reports and gold, before any extractor run).

Blind score (``python -m analysis.evaluate /tmp/elections-blind --misses`` on the gold-first
commit's package, the three reports alone)::

    report                                    gold  pred match      P      R     F1  date
    256-reuters-sweden-election-seats.txt       25    25    25  1.000  1.000  1.000  ok
    257-ap-maricopa-sheriff-proposition.txt     23    23    23  1.000  1.000  1.000  ok
    258-local-epping-hemnall-by-election.txt    25    25    25  1.000  1.000  1.000  ok
    TOTAL                                       73    73    73  1.000  1.000  1.000  1.000

    field accuracy over 73 matched figures:
      bound                         1.000  (73/73)
      kind                          1.000  (73/73)
      head                          0.644  (47/73)
      low_high                      1.000  (73/73)
      part_of                       0.959  (70/73)
      source                        0.945  (69/73)
      source (lenient: surname ok)  0.959  (70/73)
      counted                       0.082  (6/73)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      256-reuters-sweden-election-seats.txt '99.7%': counted: 'voting districts counted' -> 'voting districts'
      256-reuters-sweden-election-seats.txt '177': counted: 'Riksdag seats won by the centre-left parties' -> 'seats'
      256-reuters-sweden-election-seats.txt '349': counted: 'seats in the Riksdag' -> 'seats'
      256-reuters-sweden-election-seats.txt 'two': counted: 'seats the centre-left won above the majority line' -> 'seats'
      256-reuters-sweden-election-seats.txt '175': counted: 'seats needed for a majority' -> 'seats'
      256-reuters-sweden-election-seats.txt '172': counted: "seats won by the prime minister's bloc" -> 'seats'
      256-reuters-sweden-election-seats.txt '30.4%': counted: "Social Democrats' share of the vote" -> 'vote'
      256-reuters-sweden-election-seats.txt '108': counted: 'seats won by the Social Democrats' -> 'seats'
      256-reuters-sweden-election-seats.txt '1.1 percentage points': counted: "rise in the Sweden Democrats' share of the vote" -> nan
      256-reuters-sweden-election-seats.txt '21.6%': head: 'vote' -> nan; counted: "Sweden Democrats' share of the vote" -> nan
      256-reuters-sweden-election-seats.txt '76': counted: 'seats won by the Sweden Democrats' -> 'seats'
      256-reuters-sweden-election-seats.txt '17.9%': head: 'vote' -> 'seats'; part_of: nan -> '76'; counted: "Moderates' share of the vote" -> 'seats'
      256-reuters-sweden-election-seats.txt '64': counted: 'seats won by the Moderates' -> 'seats'
      256-reuters-sweden-election-seats.txt '4%': head: 'vote' -> 'threshold'; counted: 'threshold for seats in parliament' -> 'threshold'
      256-reuters-sweden-election-seats.txt '4.1%': head: 'vote' -> 'threshold'; counted: "Liberals' share of the vote" -> 'threshold'
      256-reuters-sweden-election-seats.txt '83.4%': head: 'voters' -> nan; counted: 'turnout' -> nan
      256-reuters-sweden-election-seats.txt '112': counted: 'people who applied for the return grant by the end of June' -> 'people'
      256-reuters-sweden-election-seats.txt '6,420': counted: 'residence permits granted on asylum grounds last year' -> 'residence permits'
      256-reuters-sweden-election-seats.txt 'under 1,000': head: 'grants' -> 'people'; source: 'Sweden Democrats' -> nan; counted: 'asylum grants a year pledged by the Sweden Democrats' -> 'people'
      256-reuters-sweden-election-seats.txt '20,000': source: 'Sweden Democrats' -> nan; counted: 'foreign criminals the Sweden Democrats pledged to deport' -> 'foreign criminals'
      256-reuters-sweden-election-seats.txt '23.0%': head: 'vote' -> nan; source: 'SVT' -> 'An exit poll for public broadcaster SVT'; counted: "Sweden Democrats' share in the exit poll" -> nan
      256-reuters-sweden-election-seats.txt 'About one in three': counted: 'voters naming immigration and integration as the issue that mattered most' -> 'voters'
      256-reuters-sweden-election-seats.txt 'two': head: 'seats' -> nan; counted: "Sjöberg's majority on paper" -> nan
      257-ap-maricopa-sheriff-proposition.txt '4,312': part_of: nan -> 'more than 1.9 million'; counted: "Whitcomb's margin over Elizondo" -> 'votes'
      257-ap-maricopa-sheriff-proposition.txt 'more than 1.9 million': head: 'votes' -> 'cast'; counted: "votes cast in the sheriff's race" -> 'cast'
      257-ap-maricopa-sheriff-proposition.txt 'about 97%': counted: 'expected vote counted' -> 'expected vote'
      257-ap-maricopa-sheriff-proposition.txt '50.1%': head: 'vote' -> nan; counted: "Whitcomb's share of the vote" -> nan
      257-ap-maricopa-sheriff-proposition.txt '49.9%': head: 'vote' -> nan; counted: "Elizondo's share of the vote" -> nan
      257-ap-maricopa-sheriff-proposition.txt '100 days': counted: 'time to sign a 287(g) agreement' -> nan
      257-ap-maricopa-sheriff-proposition.txt '150': head: 'deputies' -> 'deputy'; source: 'Dale Whitcomb' -> nan; counted: 'deputies in a pledged border crimes unit' -> 'deputys of border crimes'
      257-ap-maricopa-sheriff-proposition.txt '1 million': counted: 'people a year the president aims to deport' -> 'people'
      257-ap-maricopa-sheriff-proposition.txt 'about 38,000': counted: 'provisional and late early ballots left to check' -> 'provisional ballots'
      257-ap-maricopa-sheriff-proposition.txt 'at least 15': counted: 'employees of businesses required to use E-Verify' -> 'employees to use'
      257-ap-maricopa-sheriff-proposition.txt '61%': counted: 'yes share for Proposition 317' -> 'vote'
      257-ap-maricopa-sheriff-proposition.txt 'about 1.5 million': counted: 'yes votes for Proposition 317' -> 'yes votes'
      257-ap-maricopa-sheriff-proposition.txt '51.8%': head: 'vote' -> nan; counted: "Carrasco's share of the vote" -> nan
      257-ap-maricopa-sheriff-proposition.txt '46.7%': head: 'vote' -> nan; counted: "his opponent's share of the vote" -> nan
      257-ap-maricopa-sheriff-proposition.txt 'two': counted: 'candidates in the District 8 runoff' -> 'candidates'
      257-ap-maricopa-sheriff-proposition.txt 'less than 40%': counted: "each runoff candidate's share of the vote" -> 'vote'
      257-ap-maricopa-sheriff-proposition.txt '412': counted: 'people held on ICE detainers last month' -> 'people'
      257-ap-maricopa-sheriff-proposition.txt '268': counted: 'people held on ICE detainers a year earlier' -> 'people'
      257-ap-maricopa-sheriff-proposition.txt '71.4%': counted: 'turnout of registered voters' -> 'registered voters'
      257-ap-maricopa-sheriff-proposition.txt '2.7 million': counted: 'registered voters in Maricopa County' -> 'registered voters'
      258-local-epping-hemnall-by-election.txt '312': counted: "Reform's majority in the by-election" -> 'votes'
      258-local-epping-hemnall-by-election.txt '312': head: 'votes' -> nan; counted: "Reform's majority in the by-election" -> nan
      258-local-epping-hemnall-by-election.txt '1,148': counted: 'votes for Gary Pettit' -> 'votes'
      258-local-epping-hemnall-by-election.txt '41.2%': head: 'votes' -> 'cast'; part_of: nan -> '1,148'; counted: "Pettit's share of the votes cast" -> 'cast'
      258-local-epping-hemnall-by-election.txt '836': counted: 'votes for the Conservative candidate' -> 'votes'
      258-local-epping-hemnall-by-election.txt '30.0%': head: 'votes' -> nan; counted: 'Conservative share of the votes cast' -> nan
      258-local-epping-hemnall-by-election.txt '498': counted: 'votes for the Liberal Democrat candidate' -> 'votes'
      258-local-epping-hemnall-by-election.txt '211': counted: 'votes for the Green candidate' -> 'votes'
      258-local-epping-hemnall-by-election.txt '93': counted: 'votes for the Labour candidate' -> 'votes'
      258-local-epping-hemnall-by-election.txt '34.6%': head: 'voters' -> nan; counted: 'turnout' -> nan
      258-local-epping-hemnall-by-election.txt '22%': head: 'voters' -> 'usual'; counted: 'usual turnout at a district council by-election' -> 'usual'
      258-local-epping-hemnall-by-election.txt '27.9 percentage points': counted: "rise in Reform's share since 2024" -> nan
      258-local-epping-hemnall-by-election.txt '16.1 percentage points': counted: 'fall in the Conservative share' -> nan
      258-local-epping-hemnall-by-election.txt '138': head: 'asylum seekers' -> 'seekers'; counted: 'asylum seekers housed at the Bell Hotel' -> 'asylum seekers'
      258-local-epping-hemnall-by-election.txt '100 days': counted: 'time in which Pettit wants the hotel closed' -> nan
      258-local-epping-hemnall-by-election.txt 'nine': counted: 'council seats held by Reform' -> 'seats'
      258-local-epping-hemnall-by-election.txt '58': counted: 'seats on the council' -> 'seats'
      258-local-epping-hemnall-by-election.txt '31': counted: 'council seats held by the Conservatives' -> 'seats'
      258-local-epping-hemnall-by-election.txt 'four': head: 'seats' -> 'seat'; counted: 'Conservative majority on the council' -> 'seats of majority'
      258-local-epping-hemnall-by-election.txt '1,148': head: 'votes' -> 'people'; counted: 'votes for Reform UK' -> 'people'
      258-local-epping-hemnall-by-election.txt '836': head: 'votes' -> 'people'; counted: 'votes for the Conservatives' -> 'people'
      258-local-epping-hemnall-by-election.txt '498': head: 'votes' -> 'people'; counted: 'votes for the Liberal Democrats' -> 'people'
      258-local-epping-hemnall-by-election.txt '211': head: 'votes' -> 'people'; counted: 'votes for the Greens' -> 'people'
      258-local-epping-hemnall-by-election.txt '93': head: 'votes' -> 'people'; counted: 'votes for Labour' -> 'people'

Gold corrected afterwards (a slip against the project's conventions, not toward the output):
the head of 258's "138 asylum seekers" is "seekers", as in the set's 17 other golds that
count asylum seekers (18005e5); no other gold was changed.

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the three reports, each written by hand and seen to fail on
the blind commit's package before its rule; rows as in ``tests/test_unseen_styles.py``
(``(text, value or (low, high), bound, kind, unit[, fields])``, ``part_of`` the index of
the whole among the expected rows).

The general rules of this round, one line each:

- "The Danish People's Party has pledged to deport 5,000", "the mayor vowed to open 12
  shelters": pledged/pledges/promised/promises/vowed/vows attribute a number to their subject,
  only before "to" and a verb (not "Norway pledged $40 million"), not after a relative
  pronoun ("a broker, who promised", inside what survivors said) or an interviewer's "you"
  and "your government", and not for a relative clause on the pledge's object ("the hotel,
  which houses 138 asylum seekers") (707e369).
- "while the Moderates fell to 17.9% and 64 seats": a bare share coordinated by "and" with a
  count after it is a party's share beside its seats, no share of the seats counted before
  (2c82126).
- "by 4,312 votes out of more than 1.9 million cast", "1,148 votes, 41.2% of those cast": a
  head "cast" is the votes, and a share "of those cast" is of all the votes cast, not of the
  candidate's count before it (f08e437).
- "Full result: Reform UK 1,148; Conservative 836; ...": on a line opening with a results
  label, a tally right after a capitalised name is the party's votes, not the default
  "people" (e9e60ce).

Final score of the three reports (after the rules;
``python -m analysis.evaluate /tmp/elections-final``, the batch alone, corrected gold; no
miss, no extra)::

    report                                    gold  pred match      P      R     F1  date
    256-reuters-sweden-election-seats.txt       25    25    25  1.000  1.000  1.000  ok
    257-ap-maricopa-sheriff-proposition.txt     23    23    23  1.000  1.000  1.000  ok
    258-local-epping-hemnall-by-election.txt    25    25    25  1.000  1.000  1.000  ok
    TOTAL                                       73    73    73  1.000  1.000  1.000  1.000

    field accuracy over 73 matched figures:
      bound                         1.000  (73/73)
      kind                          1.000  (73/73)
      head                          0.753  (55/73)
      low_high                      1.000  (73/73)
      part_of                       0.986  (72/73)
      source                        0.959  (70/73)
      source (lenient: surname ok)  0.973  (71/73)
      counted                       0.082  (6/73)
      date (per report)             1.000

The dev set still scores 1.000 on every field; on the second dev set (this batch's gold
included) the matched figures stay 5635, head rose 5420 -> 5427, part_of 5549 -> 5551 and
source 5391 -> 5392, with no field lower. The regression dump against main at 830f975
changed three texts, each a pledge now credited to its subject ("Ministers have pledged to
end the £8m-a-day hotel bill", "Ministers promised to boost the number of GPs by 6,000
within five years", an invented fixture's "The authority has promised to register all
returnees within 30 days").

Left alone (seen, not fixed): vote shares with no noun of their own ("rose 1.1 percentage
points to 21.6%", "He had 50.1% to her 49.9%", "836 (30.0%)", "51.8% to 46.7%") and turnout
("Turnout was 83.4%") keep no head, where the gold has the vote and the voters; "the 4%
threshold ... with 4.1%" takes "threshold"; "the 22% usual for a district council
by-election" takes "usual"; a noun pledge ("had campaigned on a pledge to cut asylum grants
to 'under 1,000 a year' and to deport 20,000") is no verb, so no source, and "under 1,000"
takes "people"; "An exit poll for public broadcaster SVT had put ... at 23.0%" credits the
poll, not SVT; "Whitcomb" for "Dale Whitcomb" (lenient match only); "a 150-deputy border
crimes unit" and "a four-seat majority" keep the compound's singular; "a majority of two"
and "a majority of 312" have no head; the margin "by 4,312 votes out of more than 1.9
million cast" is made part of the votes cast. "counted" is not scored.
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
        "invented/campaign copy: a party has pledged to deport N",
        "The Danish People's Party has pledged to deport 5,000 rejected asylum seekers a year.",
        [("5,000", 5000, E, C, None, {"head": "seekers", "source": "Danish People's Party"})],
    ),
    (
        "invented/US local campaign copy: a mayor vowed to open N",
        "Mayor Ruth Alvarado vowed to open 12 new shelter sites before winter.",
        [("12", 12, E, C, None, {"source": "Ruth Alvarado"})],
    ),
    (
        "invented/aid copy: a pledge of money, no 'to' and verb, says nothing",
        "Norway pledged $40 million for the appeal.",
        [("$40 million", 4e7, E, M, "USD", {"source": None})],
    ),
    (
        "invented/local-paper copy: a pledge covers no relative clause on its object",
        "Mayor Ines Duarte has pledged to shut the barracks, which hold 420 migrants, within "
        "90 days.",
        [
            ("420", 420, E, C, None, {"source": None}),
            ("90 days", 90, E, D, "day", {"source": "Ines Duarte"}),
        ],
    ),
    (
        "invented/wire results copy: a party's share and its seats side by side",
        "The Greens won 31 seats, while the Centre Party fell to 6.3% and 22 seats.",
        [
            ("31", 31, E, C, None, {"head": "seats"}),
            ("6.3%", 6.3, E, P, "%", {"head": None, "part_of": None}),
            ("22", 22, E, C, None, {"head": "seats"}),
        ],
    ),
    (
        "invented/results copy: votes cast and a share of those cast",
        "The Labour candidate won 2,310 votes, 52.4% of those cast, and the Greens 96,000 votes "
        "out of 180,000 cast across the city.",
        [
            ("2,310", 2310, E, C, None, {"head": "votes"}),
            ("52.4%", 52.4, E, P, "%", {"head": "votes", "part_of": None}),
            ("96,000", 96000, E, C, None, {"head": "votes", "part_of": 3}),
            ("180,000", 180000, E, C, None, {"head": "votes"}),
        ],
    ),
    (
        "invented/local-paper results line: party names, then their votes",
        "Reform gained the seat.\n\nResult: Labour 1,020; Conservative 745; Green 302.",
        [
            ("1,020", 1020, E, C, None, {"head": "votes"}),
            ("745", 745, E, C, None, {"head": "votes"}),
            ("302", 302, E, C, None, {"head": "votes"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_elections_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "256-reuters-sweden-election-seats.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.68,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.88,
    },
    "257-ap-maricopa-sheriff-proposition.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.782,
        "low_high": 1.0,
        "part_of": 0.956,
        "source": 1.0,
    },
    "258-local-epping-hemnall-by-election.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.8,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_elections_floors(name):
    assert_floors(name, FLOORS[name])
