"""Second dev set, batch ``ds2-schools``: reports 262-264 of ``tests/fixtures/devset2``,
education copy about refugee and migrant children: out-of-school counts and enrolment
rates by level, classrooms and teachers ("one teacher for every 95 pupils", pupils per
teacher against a national standard), exam pass rates, learning centres, funding and
spending per pupil in dollars and euros, a district's per-pupil funding and its shortfall,
class sizes against a target, graduation and test results, welcome (reception) classes,
waiting lists and waits in weeks and months; and, as not-figures, grades and school years
that are labels ("Grade 4", "Grade 8", "Year 9", "K-8", "grades 3 through 8", "ninth",
"2025-26", "2026-27", "2022-23"), "Room 118", an age ("17") and dates. Before writing them,
real copy of these kinds was read through the stored-pages search (none is kept here):
UNHCR's education reports and their write-ups (enrolment by level against global rates,
refugee children "five times more likely" to be out of school), a CGTN item on a UNHCR
report, UNICEF pages on Rohingya learning centres and the Myanmar curriculum, a VOA photo
story on Rohingya teachers, Human Rights Watch and NRC reports on Syrian children out of
school in Lebanon, Chalkbeat Colorado on midyear newcomer enrolments and the Oct. 1 count
date, a New America post on newcomer enrolment, a Californian brief on newcomer students,
and German and Polish items on welcome classes and class-size limits. Every sentence,
name and number is invented; places and organisations are real:

- 262-reuters-unhcr-refugee-education-report.txt: a Reuters-like wire, 2026-09-09, on
  UNHCR's annual education report: out-of-school refugees, gross enrolment rates by level,
  Chad's and Uganda's pupils per teacher, UNICEF's closed learning centres in Cox's Bazar,
  the sector's funding, the World Bank's spending per pupil, Kenyan exam results and the
  agency's appeal.
- 263-chalkbeat-denver-newcomer-students.txt: a Chalkbeat-like story, 2026-10-14, on
  newcomer enrolment in Denver Public Schools: the count date and the per-pupil shortfall,
  newcomer classrooms and teachers, a K-8 school's enrolment and class sizes, state test
  results and graduation rates, a 2024 aid bill and the superintendent's request.
- 264-berlin-welcome-classes-waiting-list.txt: a European local story, 2026-11-05, on
  Berlin's welcome classes: the waiting list, Tegel's makeshift lessons, the refugee
  council's average wait, Ukrainians' share, teachers hired and needed, a class's cost
  and the budget, pupils moving to mainstream lessons, a Neukölln head teacher.

Gold first: commit e687dcb (reports and gold, before any extractor run).

Blind score (``python -m analysis.evaluate /tmp/schools-blind --misses`` on the gold-first
commit's package, the three reports alone)::

    report                                          gold  pred match      P      R     F1  date
    262-reuters-unhcr-refugee-education-report.txt    25    25    25  1.000  1.000  1.000  ok
    263-chalkbeat-denver-newcomer-students.txt        25    27    25  0.926  1.000  0.962  ok
    264-berlin-welcome-classes-waiting-list.txt       24    24    24  1.000  1.000  1.000  ok
    TOTAL                                             74    76    74  0.974  1.000  0.987  1.000

    field accuracy over 74 matched figures:
      bound                         1.000  (74/74)
      kind                          1.000  (74/74)
      head                          0.878  (65/74)
      low_high                      1.000  (74/74)
      part_of                       0.986  (73/74)
      source                        0.878  (65/74)
      source (lenient: surname ok)  0.878  (65/74)
      counted                       0.149  (11/74)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 2
      263-chalkbeat-denver-newcomer-students.txt
        EXTRA '17' (17)  in: Some 410 are in high school, and 85 of those are 17 or older, an age at which many newcomers struggle to earn enough credits to graduate.
        EXTRA '8' (8)  in: Only 18% of English learners in grades 3 through 8 met expectations on the state's English language arts test last spring, compared with 41% of all students, state data show.

    matched figures with a field wrong (gold -> predicted):
      262-reuters-unhcr-refugee-education-report.txt 'Nearly half': counted: 'refugee children out of school' -> 'refugee children'
      262-reuters-unhcr-refugee-education-report.txt 'About 3.6 million': counted: 'refugee children out of school last year' -> 'refugee children'
      262-reuters-unhcr-refugee-education-report.txt '7.4 million': counted: 'refugee children of school age at the end of 2025' -> 'refugee children'
      262-reuters-unhcr-refugee-education-report.txt '64%': head: 'refugees' -> nan; counted: 'gross enrolment rate for refugees in primary school' -> nan
      262-reuters-unhcr-refugee-education-report.txt '41%': head: 'refugees' -> nan; counted: 'gross enrolment rate for refugees in secondary school' -> nan
      262-reuters-unhcr-refugee-education-report.txt '7%': head: 'refugees' -> nan; counted: 'gross enrolment rate for refugees in higher education' -> nan
      262-reuters-unhcr-refugee-education-report.txt '54%': counted: 'girls among out-of-school refugees of secondary age' -> 'out-of-school refugees of secondary age'
      262-reuters-unhcr-refugee-education-report.txt 'more than 860,000': counted: 'Sudanese refugees living in Chad' -> 'Sudanese refugees'
      262-reuters-unhcr-refugee-education-report.txt 'one in five': counted: 'refugee girls of secondary age enrolled in Chad' -> 'refugee girls of secondary age'
      262-reuters-unhcr-refugee-education-report.txt 'one': counted: "teacher for every 95 pupils in eastern Chad's camps" -> 'teacher'
      262-reuters-unhcr-refugee-education-report.txt '95': counted: "pupils per teacher in eastern Chad's camps" -> 'pupils'
      262-reuters-unhcr-refugee-education-report.txt '78': counted: "pupils per teacher in Uganda's settlements" -> 'pupils'
      262-reuters-unhcr-refugee-education-report.txt '40': counted: 'national standard of pupils per teacher in Uganda' -> 'pupils'
      262-reuters-unhcr-refugee-education-report.txt 'some 300,000': counted: 'children following the Myanmar curriculum in the Rohingya camps' -> 'children'
      262-reuters-unhcr-refugee-education-report.txt '1,870': counted: 'learning centres closed' -> 'learning centres'
      262-reuters-unhcr-refugee-education-report.txt 'at least three weeks': counted: 'closure of the learning centres' -> nan
      262-reuters-unhcr-refugee-education-report.txt '41,300': counted: 'refugee students who sat national secondary exams in Kenya' -> 'refugee students'
      262-reuters-unhcr-refugee-education-report.txt '71%': counted: 'refugee students who passed' -> 'refugee students'
      262-reuters-unhcr-refugee-education-report.txt '66%': counted: 'refugee students who passed a year earlier' -> 'refugee students'
      262-reuters-unhcr-refugee-education-report.txt 'three months': counted: 'time to enrol refugees in national schools after arrival' -> nan
      263-chalkbeat-denver-newcomer-students.txt '2,900': counted: 'newcomer students enrolled in Denver schools' -> 'newcomer students'
      263-chalkbeat-denver-newcomer-students.txt '2,940': counted: 'newcomer students enrolled since July' -> 'newcomer students'
      263-chalkbeat-denver-newcomer-students.txt 'about 60%': head: 'students' -> nan; counted: 'new students arriving with little or no English' -> nan
      263-chalkbeat-denver-newcomer-students.txt 'Some 410': head: 'students' -> nan; counted: 'newcomer students in high school' -> nan
      263-chalkbeat-denver-newcomer-students.txt '85': head: 'students' -> nan; counted: 'high-school newcomers aged 17 or older' -> nan
      263-chalkbeat-denver-newcomer-students.txt 'nearly a third': counted: 'newcomers enrolled after the count date' -> 'newcomers'
      263-chalkbeat-denver-newcomer-students.txt '14': counted: 'newcomer classrooms opened' -> 'newcomer classrooms'
      263-chalkbeat-denver-newcomer-students.txt '37': counted: 'English language development teachers hired' -> 'English language development teachers'
      263-chalkbeat-denver-newcomer-students.txt '22': counted: 'open positions for bilingual paraprofessionals' -> 'open positions'
      263-chalkbeat-denver-newcomer-students.txt '640': counted: 'students at Place Bridge Academy in August' -> 'students'
      263-chalkbeat-denver-newcomer-students.txt '812': counted: 'students at Place Bridge Academy now' -> 'students'
      263-chalkbeat-denver-newcomer-students.txt '34': counted: 'students in a Grade 5 class' -> 'students'
      263-chalkbeat-denver-newcomer-students.txt 'nine': counted: "students above the district's target" -> 'students'
      263-chalkbeat-denver-newcomer-students.txt '25': counted: "district's target class size" -> 'students'
      263-chalkbeat-denver-newcomer-students.txt '18%': source: 'state' -> 'state data'; counted: 'English learners meeting expectations on the English language arts test' -> 'English learners'
      263-chalkbeat-denver-newcomer-students.txt '41%': source: 'state' -> 'state data'; counted: 'all students meeting expectations on the English language arts test' -> 'students'
      263-chalkbeat-denver-newcomer-students.txt '63%': head: 'students' -> nan; counted: 'graduation rate of students who arrived in ninth grade' -> nan
      263-chalkbeat-denver-newcomer-students.txt '55%': head: 'students' -> nan; counted: 'graduation rate of students who arrived in ninth grade three years ago' -> nan
      263-chalkbeat-denver-newcomer-students.txt 'three years': counted: 'time since the graduation rate was 55%' -> nan
      263-chalkbeat-denver-newcomer-students.txt 'About half': counted: 'share of the aid that went to Denver and Aurora' -> 'money'
      263-chalkbeat-denver-newcomer-students.txt 'two weeks': counted: 'time until the request goes to the Joint Budget Committee' -> nan
      264-berlin-welcome-classes-waiting-list.txt '1,200': counted: 'refugee children waiting for a school place in Berlin' -> 'refugee children'
      264-berlin-welcome-classes-waiting-list.txt 'More than 1,200': counted: 'refugee children in Berlin waiting for a school place' -> 'refugee children in Berlin'
      264-berlin-welcome-classes-waiting-list.txt 'more than three months': counted: 'wait for a school place' -> nan
      264-berlin-welcome-classes-waiting-list.txt '1,046': source: 'department spokesperson' -> 'a department spokesperson'; counted: 'welcome classes at Berlin schools' -> 'welcome classes'
      264-berlin-welcome-classes-waiting-list.txt '12,380': source: 'department spokesperson' -> 'a department spokesperson'; counted: 'pupils in welcome classes' -> 'pupils'
      264-berlin-welcome-classes-waiting-list.txt 'up to 12': counted: 'pupils a welcome class is meant to have' -> 'pupils'
      264-berlin-welcome-classes-waiting-list.txt '14.6': counted: 'average pupils per welcome class' -> 'pupils'
      264-berlin-welcome-classes-waiting-list.txt '740': part_of: 'More than 1,200' -> nan; counted: 'children on the waiting list living in the Tegel arrival centre' -> 'children'
      264-berlin-welcome-classes-waiting-list.txt 'about 300': counted: 'children in the makeshift lessons at Tegel' -> 'children'
      264-berlin-welcome-classes-waiting-list.txt 'three hours': counted: 'daily makeshift lessons at Tegel' -> nan
      264-berlin-welcome-classes-waiting-list.txt 'four months': counted: 'time a child sits in a hangar' -> nan
      264-berlin-welcome-classes-waiting-list.txt 'three weeks': counted: 'time within which children must start school after registering' -> nan
      264-berlin-welcome-classes-waiting-list.txt '11 weeks': source: 'Flüchtlingsrat Berlin' -> 'Senate Department for Education'; counted: 'average wait for a school place' -> nan
      264-berlin-welcome-classes-waiting-list.txt '190': source: 'Flüchtlingsrat Berlin' -> 'Senate Department for Education'; counted: 'children who have waited more than six months' -> 'children'
      264-berlin-welcome-classes-waiting-list.txt 'more than six months': source: 'Flüchtlingsrat Berlin' -> 'Senate Department for Education'; counted: 'wait for a school place' -> nan
      264-berlin-welcome-classes-waiting-list.txt '38%': counted: 'Ukrainians among children in welcome classes' -> 'children'
      264-berlin-welcome-classes-waiting-list.txt '160': counted: 'more teachers needed for the welcome classes' -> 'teachers'
      264-berlin-welcome-classes-waiting-list.txt '95': counted: 'teachers hired since August' -> 'teachers'
      264-berlin-welcome-classes-waiting-list.txt 'a third': counted: 'new teachers without a teaching degree' -> 'teachers'
      264-berlin-welcome-classes-waiting-list.txt 'about €98,000': source: 'Senate Department for Education' -> "the department's budget"
      264-berlin-welcome-classes-waiting-list.txt '57%': head: 'pupils' -> nan; source: 'Senate Department for Education' -> "the department's budget"; counted: 'pupils who moved into mainstream lessons last year' -> nan
      264-berlin-welcome-classes-waiting-list.txt 'four': counted: 'welcome classes at the Neukölln primary school' -> 'welcome classes'
      264-berlin-welcome-classes-waiting-list.txt '61': counted: "pupils in the school's welcome classes" -> 'pupils'

Gold corrected afterwards (slips against the set's conventions, not toward the output;
commit 6feff0c): the source of 263's "..., state data show" is "state data", as 152's
"government data showed" and 155's "council figures show" keep their noun; the source of
264's "a department spokesperson said" keeps its article, as "A Home Office spokesperson"
does across the set. No other gold was changed.

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the three reports, each written by hand and seen to fail on
the blind commit's package before its rule (guards excepted); rows as in
``tests/test_unseen_styles.py`` (``(text, value or (low, high), bound, kind, unit[,
fields])``, ``part_of`` the index of the whole among the expected rows).

The general rules of this round, one line each:

- "85 of those are 17 or older", "40 were 16 or younger": after a copula, "N or
  older/younger" is an age limit ("the total was 50 or over" stays a count); and "grades 3
  through 8", "weeks 10 through 12": both ends of a span of labels written with "through"
  when a label plural names the first (475d115).
- "said Karin Lutz of the refugee council Flüchtlingsrat Hamburg. According to the council,
  ...", "of the charity Refugee Action. The charity said": a later bare "the council", "the
  charity" is the body set after that description, unless a body with that word in its
  name or an apposition of that kind came after it (3b0e190).
- "according to the department's budget", "Kent County Council's budget": a body's budget
  or accounts are its word, as its report or figures are (1bc49d1).
- "The pass rate for refugee pupils was 58%", "the gross enrolment rate for refugees was
  64% in primary school, 41% in secondary school and 7% in higher education": a rate "for"
  a group is a share of it, as "among" already said, and the list's levels share it; the
  verb is looked for from the group's first word ("the enrolment rate among girls rose to
  44%" had lost its head; a53069e).
- "Pupils are supposed to move on after a year, but only 57% did so", "Most of the new
  students come from Venezuela, and about 60% arrived ...": a bare share opening a later
  clause, its verb right after it, is a share of the plural group the sentence opens on
  (1cf22d2).

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/schools-final``, the batch alone, corrected gold; no miss, no extra)::

    report                                          gold  pred match      P      R     F1  date
    262-reuters-unhcr-refugee-education-report.txt    25    25    25  1.000  1.000  1.000  ok
    263-chalkbeat-denver-newcomer-students.txt        25    25    25  1.000  1.000  1.000  ok
    264-berlin-welcome-classes-waiting-list.txt       24    24    24  1.000  1.000  1.000  ok
    TOTAL                                             74    74    74  1.000  1.000  1.000  1.000

    field accuracy over 74 matched figures:
      bound                         1.000  (74/74)
      kind                          1.000  (74/74)
      head                          0.973  (72/74)
      low_high                      1.000  (74/74)
      part_of                       0.986  (73/74)
      source                        1.000  (74/74)
      source (lenient: surname ok)  1.000  (74/74)
      counted                       0.149  (11/74)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

The dev set still scores 1.000 on every field; on the second dev set (this batch's
corrected gold included, the blind commit's package against this one) predictions went
5639 -> 5637 (the two extras gone), head 5437 -> 5444, source 5391 -> 5396, with no field
lower. The regression dump against main at 830f975 changed three texts, each a head gained
("the board's acceptance rate for Nigerian claims is 41.5%": claims; "Coverage ... among
five-year-olds fell to 84.7% ..., from 89.1%": five-year-olds; "unemployment among young
men is close to 40%": men), none lost.

Left alone (seen, not fixed): "Of the children on the waiting list, 740 live in ..." two
paragraphs after "More than 1,200 refugee children ... are waiting" (no part_of: the whole
is named again without its number, too far back for the same-noun rule); "Some 410 are in
high school, and 85 of those are 17 or older" (no head: the noun is the previous
sentence's "new students"); a ratio's "one teacher for every 95 pupils" takes the ratio's
two counts as the set's convention has them. "counted" is not scored.
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
        "invented/US school-district copy: N of them were 16 or older",
        "Of the 520 pupils enrolled this term, 64 were 16 or older, the principal said.",
        [
            ("520", 520, E, C, None, {"head": "pupils", "source": "the principal"}),
            ("64", 64, E, C, None, {"head": "pupils", "part_of": 0}),
        ],
    ),
    (
        "invented/guard: 'or over' after a copula still bounds a count",
        "The total was 50 or over.",
        [("50", 50, E, C, None)],
    ),
    (
        "invented/US school-district copy: students in grades 6 through 12",
        "Students in grades 6 through 12 received 1,400 laptops from the district.",
        [("1,400", 1400, E, C, None, {"head": "laptops"})],
    ),
    (
        "invented/WHO-like copy: in weeks 10 through 12",
        "In weeks 10 through 12, 4,500 cases were recorded.",
        [("4,500", 4500, E, C, None, {"head": "cases"})],
    ),
    (
        "invented/guard: '10 through 12 hours' is no span of labels",
        "They worked 10 through 12 hours a day.",
        [("10", 10, E, C, None), ("12 hours", 12, E, D, "hour")],
    ),
    (
        "invented/European local copy: X of the refugee council Name, then the council",
        '"We have no more rooms," said Karin Lutz of the refugee council Flüchtlingsrat '
        "Hamburg. According to the council, 2,300 children are waiting for a place.",
        [("2,300", 2300, E, C, None, {"head": "children", "source": "Flüchtlingsrat Hamburg"})],
    ),
    (
        "invented/UK local copy: X of the charity Name, then the charity said",
        '"Classes are too big," said Tom Reilly of the charity Refugee Action. The charity '
        "said 850 children had no school place.",
        [("850", 850, E, C, None, {"head": "children", "source": "Refugee Action"})],
    ),
    (
        "invented/guard: a council named after the description is the council",
        '"Classes are too big," said Tom Reilly of the charity Refugee Action. Leeds City '
        "Council said 300 pupils were placed. The council said 850 children had no place.",
        [
            ("300", 300, E, C, None, {"source": "Leeds City Council"}),
            ("850", 850, E, C, None, {"source": "Leeds City Council"}),
        ],
    ),
    (
        "invented/UK local copy: according to the council's budget, after the council named",
        "Kent County Council said 310 pupils were placed in October. Each reception class "
        "costs about £74,000 a year, according to the council's budget.",
        [
            ("310", 310, E, C, None, {"source": "Kent County Council"}),
            ("about £74,000", 74000, AP, M, "GBP", {"source": "Kent County Council"}),
        ],
    ),
    (
        "invented/UK local copy: according to Name's budget",
        "Each reception class costs about £74,000 a year, according to Kent County "
        "Council's budget.",
        [("about £74,000", 74000, AP, M, "GBP", {"source": "Kent County Council"})],
    ),
    (
        "invented/UNHCR-like education copy: the pass rate for X was N%, M% and P%",
        "The pass rate for refugee candidates was 58% in mathematics, 62% in English and "
        "49% in science.",
        [
            ("58%", 58, E, P, "%", {"head": "candidates"}),
            ("62%", 62, E, P, "%", {"head": "candidates"}),
            ("49%", 49, E, P, "%", {"head": "candidates"}),
        ],
    ),
    (
        "invented/US school-district copy: the graduation rate for X rose to N%, up from M%",
        "The graduation rate for newcomers who enrolled in high school rose to 71%, up from 64%.",
        [
            ("71%", 71, E, P, "%", {"head": "newcomers"}),
            ("64%", 64, E, P, "%", {"head": "newcomers"}),
        ],
    ),
    (
        "invented/health copy: a rate among one plural word before its verb",
        "The enrolment rate among girls rose to 44%, up from 39%.",
        [
            ("44%", 44, E, P, "%", {"head": "girls"}),
            ("39%", 39, E, P, "%", {"head": "girls"}),
        ],
    ),
    (
        "invented/European education copy: Group are ..., but only N% did so",
        "Refugee pupils are entitled to a place in a regular class, but only 46% did so "
        "within a year, the ministry said.",
        [("46%", 46, E, P, "%", {"head": "pupils", "source": "the ministry"})],
    ),
    (
        "invented/US school-district copy: Most of the X come ..., and about N% arrived",
        "Most of the newcomer students come from Haiti and Honduras, and about 35% arrived "
        "with interrupted schooling.",
        [("about 35%", 35, AP, P, "%", {"head": "students"})],
    ),
    (
        "invented/guard: no group opens the sentence",
        "Prices rose, and 40% were higher.",
        [("40%", 40, E, P, "%", {"head": None})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_schools_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "262-reuters-unhcr-refugee-education-report.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "263-chalkbeat-denver-newcomer-students.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.92,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "264-berlin-welcome-classes-waiting-list.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.958,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_schools_floors(name):
    assert_floors(name, FLOORS[name])
