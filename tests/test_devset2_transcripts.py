"""Second dev set, batch ``ds2-transcripts``: reports 190-192 of ``tests/fixtures/devset2``,
transcripts on migration and displacement in which who says a number follows the speaker
labels: a UN noon briefing ("Spokesperson:", "Question:", the spokesperson relaying OCHA's,
IOM's, UNHCR's and WFP's figures), a PBS NewsHour-like broadcast (labels in capitals, the
guest's affiliation in mixed case after a comma, an anchor and a correspondent who speak
for the programme) and a House of Commons Home Affairs Committee oral-evidence transcript
("Q41 Chair:", "Simon Redgrave:", a members' and a witnesses' list, "HC 512"). Before
writing them, real copy of these kinds was read through the stored-pages search (none is
kept here): the UN's daily press briefings by the Spokesperson for the Secretary-General
(press.un.org, 2023-2024, on Sudan, Haiti, Gaza and the DRC), PBS NewsHour full-episode
transcripts (2023-2024, the border after Title 42 and asylum seekers in Mexico) and
parliamentary committee transcripts (a Public Bill Committee's evidence session on the
Nationality and Borders Bill, an Australian Senate committee's hearing with the immigration
department). Every sentence, name and number is invented; places and organisations are real:

- 190-un-noon-briefing-el-fasher-tawila.txt: a UN noon-briefing-like transcript,
  2025-11-04, on arrivals in Tawila from El Fasher ("Our colleagues at the Office for the
  Coordination of Humanitarian Affairs (OCHA) tell us"), IOM's counts, UNHCR's Adré
  arrivals, the Chadian Government's figure against the UN's in a Q&A, WFP's ration cut,
  Haiti's displacement and the Dominican deportations "of them" IOM registered.
- 191-newshour-border-asylum-el-paso.txt: a PBS NewsHour-like broadcast transcript,
  2025-02-11, on CBP's January apprehensions, an El Paso shelter (Annunciation House),
  DHS's credible-fear screenings "9 percent of them", and a Migration Policy Institute
  analyst on Mexico's National Migration Institute, IOM's deaths count and the court backlog.
- 192-home-affairs-committee-asylum-backlog.txt: a Home Affairs Committee oral-evidence
  transcript, 2025-03-18, with the Home Office's permanent secretary and a director general
  on the initial-decision backlog ("Of the 109,000, around 52,000"), hotels, the National
  Audit Office's cost per night, returns, small boats and the First-tier Tribunal's appeals.

The reports and their gold were committed (e100a7f) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/transcripts-blind --misses``, only
this batch in the folder, at that commit)::

    report                                         gold  pred match      P      R     F1  date
    190-un-noon-briefing-el-fasher-tawila.txt        23    23    23  1.000  1.000  1.000  ok
    191-newshour-border-asylum-el-paso.txt           20    20    20  1.000  1.000  1.000  ok
    192-home-affairs-committee-asylum-backlog.txt    24    25    24  0.960  1.000  0.980  ok
    TOTAL                                            67    68    67  0.985  1.000  0.993  1.000

    field accuracy over 67 matched figures:
      bound                         1.000  (67/67)
      kind                          1.000  (67/67)
      head                          0.925  (62/67)
      low_high                      1.000  (67/67)
      part_of                       0.970  (65/67)
      source                        0.478  (32/67)
      source (lenient: surname ok)  0.478  (32/67)
      counted                       0.149  (10/67)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 1
      192-home-affairs-committee-asylum-backlog.txt
        EXTRA '512' (512)  in: Oral evidence: Asylum accommodation and the asylum backlog, HC 512

    matched figures with a field wrong (gold -> predicted):
      190-un-noon-briefing-el-fasher-tawila.txt 'more than 38,000': source: 'Office for the Coordination of Humanitarian Affairs' -> nan; counted: 'people who fled El Fasher and nearby villages' -> 'people'
      190-un-noon-briefing-el-fasher-tawila.txt 'some 60 kilometres': source: 'Office for the Coordination of Humanitarian Affairs' -> nan; counted: 'distance from El Fasher to Tawila' -> nan
      190-un-noon-briefing-el-fasher-tawila.txt '9,400': counted: 'arrivals in Tawila on Sunday and Monday' -> 'arrivals'
      190-un-noon-briefing-el-fasher-tawila.txt '61 per cent': counted: 'women and children among the arrivals' -> 'arrivals'
      190-un-noon-briefing-el-fasher-tawila.txt 'an estimated 652,000': counted: 'displaced people in Tawila' -> 'displaced people'
      190-un-noon-briefing-el-fasher-tawila.txt '$4.2 billion': source: 'Daniel Afolayan' -> nan
      190-un-noon-briefing-el-fasher-tawila.txt '23 per cent': head: 'plan' -> nan; source: 'Daniel Afolayan' -> nan; counted: 'share of the humanitarian response plan received' -> nan
      190-un-noon-briefing-el-fasher-tawila.txt '1,870': counted: 'Sudanese refugees who crossed into Adré in the past week' -> 'Sudanese refugees'
      190-un-noon-briefing-el-fasher-tawila.txt 'more than 880,000': counted: 'Sudanese refugees who crossed into Chad since April 2023' -> 'Sudanese refugees'
      190-un-noon-briefing-el-fasher-tawila.txt 'Nearly half': head: 'arrivals' -> 'people'; part_of: '1,870' -> nan; counted: "children under five among last week's arrivals" -> 'those who arrived last'
      190-un-noon-briefing-el-fasher-tawila.txt '1.3 million': counted: 'refugees hosted by Chad' -> 'refugees'
      190-un-noon-briefing-el-fasher-tawila.txt 'about 1.2 million': source: 'Daniel Afolayan' -> nan; counted: 'Sudanese refugees registered in Chad' -> 'refugees'
      190-un-noon-briefing-el-fasher-tawila.txt 'roughly 100,000': head: 'people' -> 'refugees'; source: 'Daniel Afolayan' -> nan; counted: 'people waiting to be registered at the border' -> 'refugees'
      190-un-noon-briefing-el-fasher-tawila.txt 'six months': counted: 'full rations' -> nan
      190-un-noon-briefing-el-fasher-tawila.txt 'some 400,000': source: 'World Food Programme' -> nan; counted: 'refugees whose rations will be cut' -> 'refugees'
      190-un-noon-briefing-el-fasher-tawila.txt '50 per cent': source: 'World Food Programme' -> nan
      190-un-noon-briefing-el-fasher-tawila.txt '1.4 million': counted: 'people displaced across Haiti' -> 'people'
      190-un-noon-briefing-el-fasher-tawila.txt '147,000': source: 'International Organization for Migration' -> nan; counted: 'people who fled fighting around Mirebalais' -> 'people'
      190-un-noon-briefing-el-fasher-tawila.txt 'More than 11,500': counted: 'people forcibly returned to Haiti from the Dominican Republic in October' -> 'people'
      190-un-noon-briefing-el-fasher-tawila.txt '32,000': counted: 'people deported by the Dominican Republic in September' -> 'people'
      190-un-noon-briefing-el-fasher-tawila.txt 'about 24,000': part_of: '32,000' -> nan; source: 'International Organization for Migration' -> "IOM's teams at the border crossing points"; counted: 'deportees registered at the border crossing points' -> 'people'
      191-newshour-border-asylum-el-paso.txt '29,100': counted: 'apprehensions between ports of entry in January' -> 'apprehensions'
      191-newshour-border-asylum-el-paso.txt 'more than 61,000': counted: 'apprehensions in December' -> 'apprehensions'
      191-newshour-border-asylum-el-paso.txt 'nearly five years': counted: 'period since a monthly total was as low' -> nan
      191-newshour-border-asylum-el-paso.txt 'about 8,300': counted: 'people removed or returned each week' -> 'people'
      191-newshour-border-asylum-el-paso.txt '40': source: nan -> 'TOM RADLEY'; counted: 'cots at the El Paso shelter' -> 'cots'
      191-newshour-border-asylum-el-paso.txt '11': source: nan -> 'TOM RADLEY'; counted: 'people sleeping at the shelter tonight' -> 'people'
      191-newshour-border-asylum-el-paso.txt 'more than 300': counted: 'people the shelter held a year ago' -> 'people'
      191-newshour-border-asylum-el-paso.txt '900': source: 'Ruben Salcido' -> nan; counted: 'people fed a day' -> 'people'
      191-newshour-border-asylum-el-paso.txt 'about 60': source: 'Ruben Salcido' -> nan; counted: 'people fed a day now' -> 'people'
      191-newshour-border-asylum-el-paso.txt '1,240': counted: 'apprehensions in the El Paso sector in January' -> 'apprehensions'
      191-newshour-border-asylum-el-paso.txt '22,700': counted: 'apprehensions in the El Paso sector a year earlier' -> 'apprehensions'
      191-newshour-border-asylum-el-paso.txt '4,600': counted: 'people screened for fear of persecution in January' -> 'people'
      191-newshour-border-asylum-el-paso.txt '9 percent': counted: 'people screened who passed' -> 'people'
      191-newshour-border-asylum-el-paso.txt '52 percent': counted: 'people screened who passed under the old rules' -> 'people'
      191-newshour-border-asylum-el-paso.txt '14': counted: 'shelter staff laid off' -> 'staff'
      191-newshour-border-asylum-el-paso.txt '20': counted: 'shelter staff' -> 'staff'
      191-newshour-border-asylum-el-paso.txt 'about 45,000': source: 'National Migration Institute' -> "Mexico's National Migration Institute"; counted: 'people stopped by Mexico in January' -> 'people'
      191-newshour-border-asylum-el-paso.txt '412': source: 'International Organization for Migration' -> 'NADIA FERREIRA-LOWE'; counted: 'migrant deaths on the U.S.-Mexico border last year' -> 'migrant deaths'
      191-newshour-border-asylum-el-paso.txt '3.7 million': counted: 'immigration court backlog' -> 'cases'
      191-newshour-border-asylum-el-paso.txt 'four to five years': counted: 'wait for a hearing' -> nan
      192-home-affairs-committee-asylum-backlog.txt '109,000': counted: 'people waiting for an initial asylum decision at the end of December' -> 'people'
      192-home-affairs-committee-asylum-backlog.txt '109,000': source: 'Simon Redgrave' -> nan; counted: 'people waiting for an initial asylum decision' -> 'people'
      192-home-affairs-committee-asylum-backlog.txt 'around 52,000': source: 'Simon Redgrave' -> nan; counted: 'people waiting more than six months' -> 'people'
      192-home-affairs-committee-asylum-backlog.txt 'more than six months': source: 'Simon Redgrave' -> nan; counted: 'wait for an initial decision' -> nan
      192-home-affairs-committee-asylum-backlog.txt 'roughly 68,000': source: 'Simon Redgrave' -> nan; counted: 'people waiting more than six months a year earlier' -> 'people'
      192-home-affairs-committee-asylum-backlog.txt '38,000': source: 'Helen Ashworth' -> nan; counted: 'asylum seekers in hotels in January' -> 'asylum seekers'
      192-home-affairs-committee-asylum-backlog.txt '38,079': head: 'seekers' -> 'people'; source: 'Simon Redgrave' -> nan; counted: 'asylum seekers in hotels on 31 December' -> 'people'
      192-home-affairs-committee-asylum-backlog.txt '46': source: 'Simon Redgrave' -> nan; counted: 'hotels closed since the summer' -> 'hotels'
      192-home-affairs-committee-asylum-backlog.txt 'below 150': source: 'Simon Redgrave' -> nan; counted: 'hotels in use by the end of September' -> 'hotels'
      192-home-affairs-committee-asylum-backlog.txt '£127': source: 'Anjali Mistry' -> nan
      192-home-affairs-committee-asylum-backlog.txt 'about £23': source: 'Anjali Mistry' -> nan
      192-home-affairs-committee-asylum-backlog.txt '£4.7 billion': source: 'Anjali Mistry' -> nan
      192-home-affairs-committee-asylum-backlog.txt 'roughly 60 per cent': head: 'cost' -> nan; source: 'Anjali Mistry' -> nan; counted: 'share of accommodation cost spent on hotels' -> nan
      192-home-affairs-committee-asylum-backlog.txt '19,400': source: 'Anjali Mistry' -> nan; counted: 'enforced returns in 2024' -> 'enforced returns'
      192-home-affairs-committee-asylum-backlog.txt '24 per cent': source: 'Anjali Mistry' -> nan
      192-home-affairs-committee-asylum-backlog.txt 'Around 4,000': source: 'Anjali Mistry' -> nan; counted: 'foreign national offenders among enforced returns' -> 'foreign national offenders'
      192-home-affairs-committee-asylum-backlog.txt 'about 16,700': source: 'Anjali Mistry' -> nan; counted: 'people who left voluntarily' -> 'people'
      192-home-affairs-committee-asylum-backlog.txt 'more than 5,000': source: 'Anjali Mistry' -> nan; counted: 'voluntary leavers with a return grant' -> 'people'
      192-home-affairs-committee-asylum-backlog.txt 'up to £3,000': source: 'Anjali Mistry' -> nan
      192-home-affairs-committee-asylum-backlog.txt 'Some 35,400': source: 'Simon Redgrave' -> nan; counted: 'people who crossed in small boats last year' -> 'people'
      192-home-affairs-committee-asylum-backlog.txt '11,800': counted: 'people stopped on the beaches' -> 'people'
      192-home-affairs-committee-asylum-backlog.txt '48 weeks': counted: 'average appeal' -> nan
      192-home-affairs-committee-asylum-backlog.txt 'about 41,000': counted: 'appeals outstanding' -> 'appeals'

One gold value was corrected after the blind run, as a slip against the project's
convention: report 191's "about 45,000" now gives "Mexico's National Migration Institute"
(the fullest name the text gives the body, its country's possessive kept, as other batches'
gold gives "Mexico's National Migration Institute" and "Panama's National Migration
Service"), where it gave "National Migration Institute". No other gold was changed. The
table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the three reports, each checked to fail on the blind commit's
package before its rule, and guards that pass before and after. AFTER this round's rules
(same folder, same command)::

    TOTAL                                            67    67    67  1.000  1.000  1.000  1.000
      bound 1.000, kind 1.000, low_high 1.000, head 0.925 (62/67), part_of 0.970 (65/67),
      source 0.955 (64/67), counted 0.149 (10/67)

The general rules of this round, one line each:

- "Q41 Chair:", "Simon Redgrave:", "Spokesperson:", "Question:": mixed-case speaker labels
  name the line's speaker; a role is the person the text names with it ("Helen Ashworth
  (Chair)", "X, Deputy Spokesperson"), a reporter's "Question:" is no one's, and a name is
  a label only when the text names that person elsewhere too.
- "RUBEN SALCIDO, Annunciation House:": a capitals label with a mixed-case affiliation;
  "I'm Laura Bentley" and "Correspondent Tom Radley reports from El Paso" mark the
  programme's own people, whose lines are its own voice; a body that "recorded" a figure
  inside a guest's line is its source.
- "Our colleagues at the Office for the Coordination of Humanitarian Affairs (OCHA) tell
  us", "IOM's teams at the border crossing points registered": the body.
- A mixed-case speaker's turn runs on over unlabelled paragraphs (and a briefing's "**Chad"
  headings) to the next label.
- "Oral evidence: Asylum accommodation, HC 512": a Commons paper's number after a comma is a
  label, as "(HC 1187)" was.

Left alone (gold calls): in 190, "Without it, some 400,000 refugees will see their rations
cut by 50 per cent" after "The World Food Programme (WFP) tells us ..." and "In the Centre
department alone, 147,000 people have fled" after "IOM says ..." (the gold gives WFP and
IOM; the extractor gives the spokesperson, whose line it is, as the project's convention
leaves a sentence with no speaker of its own to the text's voice, so the gold may be the
slip); "Nearly half of those who arrived last week" as a part of the 1,870 (the part_of
signal "of those" is refused before "who" on purpose); "about 24,000 of them" as a part of
the 32,000 a reporter gave in the question before (another paragraph and speaker); heads
"plan" and "cost" for "of which 23 per cent" and "of which roughly 60 per cent" (none
predicted), "roughly 100,000" read as refugees and "It was 38,079" read as people.
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
    # --- a committee's or a briefing's speaker labels in mixed case --------------------
    (
        "invented/committee evidence: 'Q12 Chair:' and a witness's 'Name:' label",
        "Members present: Mark Ellery (Chair); Joan Pryce.\n\n"
        "Witnesses: Priya Nandakumar, Director, Asylum Operations, Home Office.\n\n"
        "Q12 Chair: The backlog was 86,000 in June, was it not?\n\n"
        "Priya Nandakumar: It was 84,500 at the end of June, and about 30,000 of those were "
        "families.\n\n"
        "Q13 Joan Pryce: How many caseworkers do you have?\n\n"
        "Priya Nandakumar: We have 2,400 decision-makers now.",
        [
            ("86,000", 86000, E, C, None, {"source": "Mark Ellery"}),
            ("84,500", 84500, E, C, None, {"source": "Priya Nandakumar"}),
            ("about 30,000", 30000, AP, C, None, {"source": "Priya Nandakumar", "part_of": 1}),
            ("2,400", 2400, E, C, None, {"source": "Priya Nandakumar"}),
        ],
    ),
    (
        "invented/UN noon briefing: 'Spokesperson:' is the spokesperson the intro names",
        "The following is the transcript of today's noon briefing by Amara Celik, "
        "Spokesperson for the Secretary-General.\n\n"
        "Spokesperson: Good afternoon. In Myanmar, 12,000 people have been displaced in "
        "Rakhine this week.\n\n"
        "Question: Thank you. The Government of Bangladesh says 5,000 have crossed. Is that "
        "right?\n\n"
        "Spokesperson: We understand that about 3,500 have crossed, but I would refer you to "
        "UNHCR.",
        [
            ("12,000", 12000, E, C, None, {"source": "Amara Celik"}),
            ("5,000", 5000, E, C, None, {"source": "Government of Bangladesh"}),
            ("about 3,500", 3500, AP, C, None, {"source": "Amara Celik"}),
        ],
    ),
    (
        "invented/guard: a place's name before a colon is no speaker",
        "Kabul Province: Officials said 300 families fled.\n\n"
        "Nangarhar Province: In all, 1,200 returnees arrived in the past week.",
        [
            ("300", 300, E, C, None, {"source": "Officials"}),
            ("1,200", 1200, E, C, None, {"source": None}),
        ],
    ),
    # --- a broadcast's guest label with a mixed-case affiliation; the programme's voice ----
    (
        "invented/PBS: a guest's label with the affiliation in mixed case after the comma",
        "JUDY CARSON: Good evening. I'm Judy Carson.\n\n"
        "We begin tonight at the border in El Paso.\n\n"
        "MARIA OCHOA, Hope Border Institute: We saw 2,000 people a week at our shelters last "
        "spring. Now it is about 200.\n\n"
        "JUDY CARSON: And the funding?\n\n"
        "MARIA OCHOA: We lost $1.5 million in grants this year.",
        [
            ("2,000", 2000, E, C, None, {"source": "Maria Ochoa"}),
            ("about 200", 200, AP, C, None, {"source": "Maria Ochoa"}),
            ("$1.5 million", 1.5e6, E, M, "USD", {"source": "Maria Ochoa"}),
        ],
    ),
    (
        "invented/PBS: the anchor who says 'I'm X' and the correspondent who 'reports from'",
        "GEORGE TILLMAN: Good evening. I'm George Tillman. Border agents made 31,000 arrests "
        "in Arizona last month.\n\n"
        "Correspondent Ana Lucero reports from Nogales.\n\n"
        "ANA LUCERO: At this port of entry, 14 lanes are open and about 6,000 people cross "
        "each day.\n\n"
        "CARLOS MEJIA, BORDER PATROL UNION: We have 300 agents on leave.",
        [
            ("31,000", 31000, E, C, None, {"source": None}),
            ("14", 14, E, C, None, {"source": None}),
            ("about 6,000", 6000, AP, C, None, {"source": None}),
            ("300", 300, E, C, None, {"source": "Carlos Mejia"}),
        ],
    ),
    (
        "invented/radio: a body that recorded a figure inside a guest's line",
        "LENA MARSH (PRESENTER): Omar, how bad is it?\n\n"
        "OMAR FAYED: It is grim. The International Organization for Migration recorded 1,150 "
        "deaths on the route this year, and the real number is higher.\n\n"
        "OMAR FAYED: Our own teams recorded 300 more.",
        [
            ("1,150", 1150, E, C, None, {"source": "International Organization for Migration"}),
            ("300", 300, E, C, None, {"source": "Omar Fayed"}),
        ],
    ),
    # --- "our colleagues at X tell us", "X's teams in Y registered": the body -------------
    (
        "invented/UN noon briefing: 'our colleagues at X tell us' and 'X's teams registered'",
        "The following is the transcript of today's noon briefing by Amara Celik, "
        "Spokesperson for the Secretary-General.\n\n"
        "Spokesperson: Turning to Yemen, our colleagues at the World Health Organization "
        "(WHO) tell us that 1,400 suspected cholera cases were reported in Marib last week. "
        "Our humanitarian colleagues at the Office for the Coordination of Humanitarian "
        "Affairs tell us that some 26,000 people have been displaced in the governorate "
        "since January.\n\n"
        "Question: And the camps in Marib?\n\n"
        "Spokesperson: UNHCR's teams in Marib registered 9,000 new arrivals. Our own "
        "estimate of the funding gap is $80 million.",
        [
            ("1,400", 1400, E, C, None, {"source": "World Health Organization"}),
            (
                "some 26,000",
                26000,
                AP,
                C,
                None,
                {"source": "Office for the Coordination of Humanitarian Affairs"},
            ),
            ("9,000", 9000, E, C, None, {"source": "UNHCR"}),
            ("$80 million", 80e6, E, M, "USD", {"source": "Amara Celik"}),
        ],
    ),
    (
        "invented/guard: 'our colleagues' with no body named stay unnamed",
        "Our colleagues tell us 300 people died in the flooding.",
        [("300", 300, E, C, None, {"source": None})],
    ),
    # --- a speaker's turn over several paragraphs ------------------------------------------
    (
        "invented/committee evidence: a witness's answer runs on into a second paragraph",
        "Members present: Mark Ellery (Chair).\n\n"
        "Witnesses: Priya Nandakumar, Director, Asylum Operations, Home Office.\n\n"
        "Q7 Chair: What does the contract cost each year?\n\n"
        "Priya Nandakumar: I will give you the figures.\n\n"
        "The contract costs £410 million a year, and 70 per cent of that goes on hotels.\n\n"
        "Q8 Chair: Thank you, that is helpful.",
        [
            ("£410 million", 410e6, E, M, "GBP", {"source": "Priya Nandakumar"}),
            ("70 per cent", 70, E, P, "%", {"source": "Priya Nandakumar", "part_of": 0}),
        ],
    ),
    (
        "invented/UN noon briefing: the spokesperson's turn runs on past a topic heading",
        "Below is a transcript of today's noon briefing by Amara Celik, Spokesperson for the "
        "Secretary-General.\n\n"
        "Spokesperson: Good afternoon. I will start with Myanmar, where fighting continues in "
        "Rakhine.\n\n"
        "**Chad\n\n"
        "In Chad, 4,000 refugees arrived in Ouaddai last week.\n\n"
        "Question: Thank you. What about Sudan?\n\n"
        "A reporter later said 200 more had crossed.",
        [
            ("4,000", 4000, E, C, None, {"source": "Amara Celik"}),
            ("200", 200, E, C, None, {"source": "A reporter"}),
        ],
    ),
    # --- a House of Commons paper's number in a transcript's heading ----------------------
    (
        "invented/committee evidence: the paper's number after a comma, 'HC 88'",
        "Oral evidence: Asylum accommodation, HC 88\n\nAbout 40 hotels were still in use in May.",
        [("About 40", 40, AP, C, None)],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_transcripts_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "190-un-noon-briefing-el-fasher-tawila.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.86,
        "low_high": 1.0,
        "part_of": 0.91,
        "source": 0.86,
    },
    "191-newshour-border-asylum-el-paso.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "192-home-affairs-committee-asylum-backlog.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.91,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_transcripts_floors(name):
    assert_floors(name, FLOORS[name])
