"""Second dev set, batch ``ds2-factcheck``: reports 83-86 of ``tests/fixtures/devset2``,
copy where who says a number matters most: a fact-check set against official data ("Claim:
... Verdict: ...", "X said N, but the figures show M", a correction note), a Q&A explainer
whose headings are questions, a first-person opinion column with rhetorical and compared
numbers, and a radio-interview transcript with a presenter, a minister and a guest quoting
numbers back at each other. Before writing them, real copy of these kinds was read through
the stored-pages search (none is kept here): Full Fact's live-blog checks of ministers'
immigration claims (the "100,000 migrants" quota claim, a minister's "deported 35,000",
MPs' "24,000+ deported" posts and their corrections, net migration "down 10%", "nearly one
million"), PolitiFact's immigration rulings and a Truth-O-Meter round-up of a campaign
speech, and Australian immigration ministers' radio and TV interview transcripts (2GB,
Sky News, ABC, a doorstop). No opinion column was read this session; the column imitates
the form from memory. Every sentence, name and number is invented; places and
organisations are real:

- 83-fullfact-removals-claim.txt: a Full Fact-style check, 2026-10-15, of a minister's
  "removed more than 40,000 people" against Home Office returns (enforced, voluntary, port),
  her office's reply, a party press release, the shadow home secretary, a Migration
  Observatory researcher and a correction note.
- 84-us-deportations-explainer.txt: a Q&A explainer, 2026-09-04, on DHS's and ICE's removal
  counts, TRAC's analysis, a White House spokesman, ICE detention data, a CBO estimate, an
  ICE official's flight costs and the Center for Migration Studies' estimate.
- 85-oped-unchecked-number.txt: an Irish opinion column, 2026-05-21, by a named author on a
  TD's "100,000 arrived unchecked", Department of Justice protection claims, CSO estimates
  of Ukrainians and net migration, and the Minister for Justice's "fewer than 15,000".
- 86-rn-breakfast-migration-interview.txt: an ABC RN Breakfast-style transcript,
  2026-03-12: a presenter labelled "(PRESENTER)", the immigration minister, the opposition's
  quoted statement, Universities Australia's costing and an ANU demographer.

The brief asked for 350-600 words a report; the gold checker allows 150-450, so the
reports were cut to 440-450 before the first check. The reports and their gold were
committed (d302bb2) before the extractor was first run on them. The BLIND score (``python
-m analysis.evaluate /tmp/factcheck-blind --misses``, only this batch in the folder, at
that commit)::

    report                                   gold  pred match      P      R     F1  date
    83-fullfact-removals-claim.txt             22    22    22  1.000  1.000  1.000  ok
    84-us-deportations-explainer.txt           21    21    21  1.000  1.000  1.000  ok
    85-oped-unchecked-number.txt               19    19    19  1.000  1.000  1.000  ok
    86-rn-breakfast-migration-interview.txt    24    24    24  1.000  1.000  1.000  ok
    TOTAL                                      86    86    86  1.000  1.000  1.000  1.000

    field accuracy over 86 matched figures:
      bound                         1.000  (86/86)
      kind                          1.000  (86/86)
      head                          0.884  (76/86)
      low_high                      1.000  (86/86)
      part_of                       0.988  (85/86)
      source                        0.744  (64/86)
      source (lenient: surname ok)  0.826  (71/86)
      counted                       0.372  (32/86)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      83-fullfact-removals-claim.txt '40,000': source: 'Helen Carver' -> 'counts people'
      83-fullfact-removals-claim.txt 'more than 40,000': counted: 'people with no right to be here' -> 'people'
      83-fullfact-removals-claim.txt 'more than 40,000': counted: 'people with no right to be here' -> 'people'
      83-fullfact-removals-claim.txt 'above 40,000': head: 'returns' -> 'people'; counted: 'returns' -> 'people'
      83-fullfact-removals-claim.txt '12-month': counted: nan -> 'period'
      83-fullfact-removals-claim.txt '12,800': counted: 'enforced returns' -> 'returns'
      83-fullfact-removals-claim.txt 'about 4,900': counted: 'enforced returns' -> 'returns'
      83-fullfact-removals-claim.txt '9,340': counted: 'enforced returns' -> 'returns'
      83-fullfact-removals-claim.txt 'more than 45,000': counted: 'total returns' -> 'returns'
      83-fullfact-removals-claim.txt 'over 40,000': source: 'Labour Party' -> nan; counted: 'people returned or removed' -> 'people'
      83-fullfact-removals-claim.txt 'fewer than 9,500': counted: 'people deported' -> 'people'
      83-fullfact-removals-claim.txt 'about 2,000': counted: 'cases moved between categories' -> 'cases'
      83-fullfact-removals-claim.txt '24,171': head: 'returns' -> 'people'; counted: 'voluntary returns' -> 'people'
      83-fullfact-removals-claim.txt '24,117': head: 'returns' -> 'people'; counted: 'voluntary returns' -> 'people'
      84-us-deportations-explainer.txt '301,450': source: 'Immigration and Customs Enforcement' -> nan
      84-us-deportations-explainer.txt '409,849': counted: 'people removed' -> 'people'
      84-us-deportations-explainer.txt 'About 70%': source: 'Transactional Records Access Clearinghouse' -> "University's Transactional Records Access Clearinghouse"; counted: 'people ICE removed' -> 'people'
      84-us-deportations-explainer.txt 'roughly one in five': head: 'people' -> nan; counted: 'people ICE removed' -> nan
      84-us-deportations-explainer.txt 'more than 60,000': counted: 'people removed who were gang members or charged with violent crimes' -> 'those removed'
      84-us-deportations-explainer.txt '61,226': source: 'Immigration and Customs Enforcement' -> 'ICE'; counted: 'people in detention' -> 'people'
      84-us-deportations-explainer.txt 'about 39,000': source: 'Immigration and Customs Enforcement' -> 'ICE'; counted: 'people in detention' -> 'people'
      84-us-deportations-explainer.txt '$41 billion': source: nan -> 'Congressional Budget Office'
      84-us-deportations-explainer.txt 'four to six hours': counted: 'flights to Central America' -> nan
      84-us-deportations-explainer.txt 'about 1.9 million': counted: 'people who self-deported' -> 'people'
      84-us-deportations-explainer.txt 'roughly 850,000': counted: 'unauthorized population' -> 'people'
      84-us-deportations-explainer.txt '1 million': source: 'White House officials' -> nan
      84-us-deportations-explainer.txt 'about 1,400': head: 'removals' -> 'pace'; counted: 'removals' -> 'pace'
      84-us-deportations-explainer.txt 'roughly 2,700': head: 'removals' -> 'pace'; counted: 'removals' -> 'pace'
      85-oped-unchecked-number.txt '100,000': counted: 'people who arrived unchecked' -> 'people'
      85-oped-unchecked-number.txt '18,560': counted: 'people who applied for international protection' -> 'people'
      85-oped-unchecked-number.txt '21,400': counted: 'people who applied for international protection' -> 'people'
      85-oped-unchecked-number.txt 'roughly six in ten': counted: 'people refused at first instance' -> 'people'
      85-oped-unchecked-number.txt 'about 112,000': counted: 'people fleeing the war given temporary protection' -> 'people fleeing the war'
      85-oped-unchecked-number.txt 'around 78,000': counted: 'people still here' -> 'people fleeing the war'
      85-oped-unchecked-number.txt '100,000': source: 'Colm Ryland' -> nan; counted: 'people who arrived unchecked' -> 'people'
      85-oped-unchecked-number.txt '125,300': counted: 'people who moved to Ireland' -> 'people'
      85-oped-unchecked-number.txt '69,800': counted: 'people who left' -> 'people'
      85-oped-unchecked-number.txt '55,500': head: 'people' -> 'migration'; counted: 'net migration' -> 'migration'
      85-oped-unchecked-number.txt 'Almost 30%': part_of: '125,300' -> nan; counted: 'people arriving' -> 'those arriving'
      85-oped-unchecked-number.txt 'over 100,000': head: 'people' -> 'migration'; counted: 'net inward migration' -> 'migration'
      85-oped-unchecked-number.txt 'Some 3,100': counted: 'men offered no bed' -> 'men'
      85-oped-unchecked-number.txt '100,000': source: 'Colm Ryland' -> 'When Mr Ryland'; counted: 'people who arrived unchecked' -> 'people'
      85-oped-unchecked-number.txt 'fewer than 15,000': counted: 'people who came in irregularly' -> 'people'
      86-rn-breakfast-migration-interview.txt '341,000': counted: 'net overseas migration' -> 'people'
      86-rn-breakfast-migration-interview.txt '260,000': source: nan -> 'PATRICIA VOSS'; counted: 'net overseas migration' -> 'people'
      86-rn-breakfast-migration-interview.txt '81,000': source: nan -> 'PATRICIA VOSS'; counted: 'net overseas migration' -> 'people'
      86-rn-breakfast-migration-interview.txt '536,000': source: 'Daniel Okafor' -> 'OKAFOR'; counted: 'net overseas migration' -> 'people'
      86-rn-breakfast-migration-interview.txt 'almost 200,000': source: 'Daniel Okafor' -> 'OKAFOR'; counted: 'fall in net overseas migration' -> 'people'
      86-rn-breakfast-migration-interview.txt 'more than 35 per cent': source: 'Daniel Okafor' -> 'OKAFOR'
      86-rn-breakfast-migration-interview.txt '260,000': source: nan -> 'PATRICIA VOSS'; counted: 'net overseas migration' -> 'people'
      86-rn-breakfast-migration-interview.txt '255,000': counted: 'net overseas migration' -> 'people'
      86-rn-breakfast-migration-interview.txt '260,000': counted: 'net overseas migration' -> 'people'
      86-rn-breakfast-migration-interview.txt '40,000': source: 'Daniel Okafor' -> 'OKAFOR'; counted: 'graduates who stayed on' -> 'graduates'
      86-rn-breakfast-migration-interview.txt 'about 690,000': source: 'Daniel Okafor' -> 'OKAFOR'
      86-rn-breakfast-migration-interview.txt 'about 2.1 million': head: 'holders' -> 'citizens'; source: 'Daniel Okafor' -> 'OKAFOR'; counted: 'temporary visa holders' -> 'New Zealand citizens'
      86-rn-breakfast-migration-interview.txt 'under 900,000': source: 'Daniel Okafor' -> 'OKAFOR'; counted: 'net arrivals' -> 'people'
      86-rn-breakfast-migration-interview.txt '295,000': source: nan -> 'PATRICIA VOSS'
      86-rn-breakfast-migration-interview.txt 'about $1 billion': source: 'Daniel Okafor' -> 'Our own modelling'
      86-rn-breakfast-migration-interview.txt '2.8 million': head: 'holders' -> 'people'; counted: 'temporary visa holders' -> 'people'
      86-rn-breakfast-migration-interview.txt 'about 220,000': counted: 'net overseas migration' -> 'people'
      86-rn-breakfast-migration-interview.txt '341,000': counted: 'net overseas migration' -> 'people'
      86-rn-breakfast-migration-interview.txt '299,900': counted: 'net overseas migration' -> 'people'

No gold was changed after the blind run. Two answers the output differs on were kept as
judged when the gold was written: "Congress approved $41 billion ..., enough for more than
100,000 beds, the Congressional Budget Office estimated" (the estimate is of the beds, the
appropriation is the report's own fact); and "White House officials have set a target of 1
million removals" (whoever sets a target gives its number).

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the four reports, rows as in ``tests/test_unseen_styles.py``
(``(text, value or (low, high), bound, kind, unit[, fields])``, ``part_of`` the index of the
whole among the expected rows). Each row was seen to fail on the code before its rule
(``analysis/`` of the commit before copied aside and the table run against it) and to
pass after it.

The general rules of this round, one line each:

- a transcript's "PATRICIA VOSS (PRESENTER):" (or HOST, ANCHOR) is the programme's own
  voice, and so is her later "VOSS:"; a guest's full name is taken from his label even
  when his first line is too short to count as speech ("DANIEL OKAFOR: Good morning.");
  "Our own modelling puts the cost at ..." in a speaker's line is the speaker's.
- 'Minister's "40,000 removals" claim counts ...': a quoted phrase with no closing
  punctuation before "claim" makes "claim" a noun, no inverted speech verb; the claim's
  owner gives its number, a role ("Minister's") being the person the text names right
  after that role ("Border security minister Helen Carver").
- "Syracuse University's Transactional Records Access Clearinghouse (TRAC)": the possessive
  kept before an acronym's body is a country's only (the owner must be a place).
- "ICE's own data is narrower. It shows 301,450 removals": a body's data opening a
  sentence make the body the next sentence's "it", and "It shows <number>" reports.
- "a Labour Party press release on 2 October, which said": the date is cut from the
  relative clause's antecedent, a release ends the antecedent ("The number first appeared
  in a Reform UK press release, which said"), and a party's release is the party's.
- "you get close to Mr Ryland's 100,000": a titled person's possessive before a number
  owns it, as "the IMF's forecast of 3.2%".
- "When Mr Ryland says 100,000": a clause's opening word is no first name of a person the
  narrative pass finds (as in the capitalised-run rule already).
- "giving net migration of 55,500", "net inward migration was over 100,000": migration,
  immigration and emigration count people.
- "At the current pace of about 1,400 a day": "pace" is no counted noun.
- "originally gave the number of voluntary returns as 24,171": "the number of X as N".
- "roughly one in five had lived ...": a bare rate with its verb after it is of the group
  the share just before was of.
- "The 2.8 million is real": "the" and a number as a subject take up the same number
  counted before.
- "according to the agency's data" / "agency data": the body found by its acronym is given
  by its fullest name.
- "125,300 people moved to Ireland ... and 69,800 left ... Almost 30% of those arriving":
  of the count the sentence before gave for that direction (arriving/leaving).
- "LUKE DWYER: Good evening. ... BERG: The department says 12,400 visas ...": a speaker
  label in capitals (its words those of a full-name label) is no body for "the department"
  (it resolved to "LUKE"; found while writing a row, not in the reports).

Seen and left alone: "took the total above 40,000" (head: the returns of the sentence before);
"Take them out and you're at about 2.1 million" (head: the holders, not the New Zealand
citizens just named); and tests/test_figures.py::test_label_gates_answer_as_the_patterns,
whose random draw "Man, 12, of" (a line break after the comma) fails on this branch's base
(bc6b241) and not on main (fixed there since), so the suite was run with it deselected.

Final score of the four reports (after this round's rules; ``python -m analysis.evaluate
/tmp/factcheck-blind``, the batch alone, unchanged gold): F1 1.000 (86/86, no miss, no
extra); bound, kind, low_high and part_of 1.000; head 0.977 (84/86); source 0.977 (84/86,
the two kept answers above); counted 0.430 (not scored: "net overseas migration" against
"people", "people who applied for international protection" against "people").
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# Batch 1: the constructions that failed in the four reports, each in other words (written
# by hand before the rules that pass them).
CASES = [
    # --- transcripts: a presenter named with her role, a guest's short first line ---------
    (
        "invented/radio transcript (ABC RN-style): a presenter labelled with her role",
        "JANE ROWE (HOST): The Home Affairs Minister, Tom Keller, is with me. Minister, "
        "welcome.\n\nTOM KELLER: Thanks, Jane.\n\nROWE: You promised 45,000 arrivals. The "
        "figure was 61,000.\n\nKELLER: We have cut visa grants by 18,000 since then, and "
        "that is real progress.",
        [
            ("45,000", 45000, E, C, None, {"head": "arrivals", "source": None}),
            ("61,000", 61000, E, C, None, {"source": None}),
            ("18,000", 18000, E, C, None, {"head": "grants", "source": "Tom Keller"}),
        ],
    ),
    (
        "invented/TV interview transcript: 'PRESENTER' after the name, the guest's own modelling",
        "ANNA BERG (PRESENTER): Welcome back. With me is the shadow minister, Luke Dwyer.\n\n"
        "LUKE DWYER: Good evening.\n\nBERG: The Home Office says 12,400 visas were cancelled."
        "\n\nDWYER: Our own modelling puts the cost at about $2 billion, and that is before "
        "appeals.",
        [
            ("12,400", 12400, E, C, None, {"head": "visas", "source": "Home Office"}),
            ("about $2 billion", 2e9, AP, M, "USD", {"source": "Luke Dwyer"}),
        ],
    ),
    # --- fact-check headlines and explainers: the claim, the body's data -----------------
    (
        "invented/fact-check headline (Full Fact-style): a quoted claim is a noun",
        'Mayor\'s "12,000 new homes" claim leaves out demolitions\n\nThe council built '
        "7,400 homes in the period.",
        [
            ("12,000", 12000, E, C, None, {"head": "homes", "source": None}),
            ("7,400", 7400, E, C, None, {"source": None}),
        ],
    ),
    (
        "invented/explainer (Q&A): a body's own data, then 'It shows'",
        "Frontex counts attempts, not people. Eurostat's own data is narrower. It shows "
        "96,300 return orders enforced in 2025.",
        [("96,300", 96300, E, C, None, {"head": "orders", "source": "Eurostat"})],
    ),
    (
        "invented/explainer: a university's centre by its acronym keeps no owner",
        "The figures were compiled by Columbia University's Center for Labor Mobility (CLM). "
        "A CLM analysis found 58% of the workers had no written contract.",
        [
            (
                "58%",
                58,
                E,
                P,
                "%",
                {"head": "workers", "source": "Center for Labor Mobility"},
            )
        ],
    ),
    # --- heads: a balance of migration, a pace, a corrected number, a bare rate -----------
    (
        "invented/op-ed (Irish Times-style): net migration of N counts people",
        "Over the year emigration rose to 69,900, leaving net migration of 79,300.",
        [
            ("69,900", 69900, E, C, None, {"head": "people"}),
            ("79,300", 79300, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/explainer: 'at the present pace of N a day' counts what the target counts",
        "The ministry wants 300,000 deportations a year. At the present pace of about 550 a "
        "day, it will fall short.",
        [
            ("300,000", 300000, E, C, None, {"head": "deportations"}),
            ("about 550", 550, AP, C, None, {"head": "deportations"}),
        ],
    ),
    (
        "invented/correction note: 'gave the number of X as N. The correct figure was M'",
        "The ministry's first statement gave the number of detained migrants as 1,212. The "
        "correct figure was 1,221.",
        [
            ("1,212", 1212, E, C, None, {"head": "migrants"}),
            ("1,221", 1221, E, C, None, {"head": "migrants"}),
        ],
    ),
    (
        "invented/explainer (AP-style): a bare rate after a share of a group",
        "Nearly 60% of the workers surveyed had no contract, the union found. Its organiser, "
        "Paul Nkemelu, said about one in three had not been paid at all.",
        [
            ("Nearly 60%", 60, UP, P, "%", {"head": "workers"}),
            ("about one in three", 100 / 3, AP, P, "%", {"head": "workers"}),
        ],
    ),
    # --- sources: a party's release, a person's number, a clause's opening word -----------
    (
        "invented/fact-check (Full Fact-style): a party's press release on a date, which said",
        "The number first appeared in a Reform UK press release on 4 March, which said 60,000 "
        "migrants had crossed.",
        [("60,000", 60000, E, C, None, {"head": "migrants", "source": "Reform UK"})],
    ),
    (
        "invented/op-ed: a titled person's possessive before the number",
        "Lena Brandt, the party's leader, spoke on Monday. Add those up and you get close to "
        "Ms Brandt's 250,000.",
        [("250,000", 250000, E, C, None, {"source": "Lena Brandt"})],
    ),
    (
        "invented/op-ed: 'When Ms X says N' is no first name 'When'",
        "Last week the Sinn Féin TD Aoife Nolan said 30,000 homes were needed.\n\nWhen Ms "
        "Nolan says 30,000, she means social homes. When prices rise, she says, 4,000 more are "
        "needed.",
        [
            ("30,000", 30000, E, C, None, {"head": "homes", "source": "Aoife Nolan"}),
            ("30,000", 30000, E, C, None, {"source": "Aoife Nolan"}),
            ("4,000", 4000, E, C, None, {"source": "Aoife Nolan"}),
        ],
    ),
    # --- a number taken up again, an agency's data, the flow a share is of ----------------
    (
        "invented/radio interview: 'The N is real' takes up the count named before",
        "Her rival says there are 1.9 million temporary visa holders. The minister disagreed. "
        "Officials counted 300 people at the border.\n\nMARA LIND: The 1.9 million is real, "
        "but it includes New Zealanders.",
        [
            ("1.9 million", 1.9e6, E, C, None, {"head": "holders"}),
            ("300", 300, E, C, None, {"head": "people"}),
            ("1.9 million", 1.9e6, E, C, None, {"head": "holders"}),
        ],
    ),
    (
        "invented/US explainer: 'according to agency data' after the body's acronym",
        "The Department of Homeland Security oversees U.S. Immigration and Customs Enforcement. "
        "The Migration Policy Institute has criticised it. ICE was holding 58,400 people in "
        "detention in June, up from about 40,000 in January, according to agency data.",
        [
            (
                "58,400",
                58400,
                E,
                C,
                None,
                {"source": "U.S. Immigration and Customs Enforcement"},
            ),
            (
                "about 40,000",
                40000,
                AP,
                C,
                None,
                {"source": "U.S. Immigration and Customs Enforcement"},
            ),
        ],
    ),
    (
        "invented/op-ed: 'of those leaving' is of the count that left, the sentence before",
        "Statistics Norway says 61,400 people moved to Norway last year and 28,100 left. About "
        "40% of those leaving were Polish citizens.",
        [
            ("61,400", 61400, E, C, None, {"source": "Statistics Norway"}),
            ("28,100", 28100, E, C, None, {"source": "Statistics Norway"}),
            ("About 40%", 40, AP, P, "%", {"head": "people", "part_of": 1}),
        ],
    ),
    (
        "invented/US explainer: 'the agency's data' after a think tank named since",
        "U.S. Immigration and Customs Enforcement runs the centres. The Migration Policy "
        "Institute, a think tank, has criticised them.\n\nICE's own figures are narrower. ICE "
        "was holding 58,400 people in detention in June, according to the agency's data.",
        [("58,400", 58400, E, C, None, {"source": "U.S. Immigration and Customs Enforcement"})],
    ),
    (
        "invented/TV interview transcript: a speaker label in capitals is no body",
        "ANNA BERG (PRESENTER): Welcome back. With me is the shadow minister, Luke Dwyer.\n\n"
        "LUKE DWYER: Good evening.\n\nBERG: The department says 12,400 visas were cancelled.",
        [("12,400", 12400, E, C, None, {"head": "visas", "source": "department"})],
    ),
    (
        "invented/fact-check headline: the claim's owner named by a role, then in full",
        "Mayor's \"12,000 new homes\" claim leaves out demolitions\n\nThe city's mayor, Tom "
        "Ash, said in March that 12,000 homes were built. The council built 7,400 homes in the "
        "period.",
        [
            ("12,000", 12000, E, C, None, {"head": "homes", "source": "Tom Ash"}),
            ("12,000", 12000, E, C, None, {"source": "Tom Ash"}),
            ("7,400", 7400, E, C, None, {"source": None}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_factcheck_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "83-fullfact-removals-claim.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "84-us-deportations-explainer.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.9,
    },
    "85-oped-unchecked-number.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "86-rn-breakfast-migration-interview.txt": {
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
def test_devset2_factcheck_floors(name):
    assert_floors(name, FLOORS[name])
