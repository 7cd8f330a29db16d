"""Second dev set, batch ``courts``: reports 55-58 of ``tests/fixtures/devset2``, court and
parliamentary copy on detention, returns and pushbacks, written to be hard for sources (many
voices, second references by surname and role, pronouns, a judgment or an opinion quoted as
the speaker, figures from filings and from figures a department gave MPs).

Before writing them, real reports of these kinds were read through the stored-pages search
(none is kept here): UK copy on the Supreme Court's Rwanda ruling ("Lord Reed said", "the
ruling said", the Prime Minister's response), US copy on federal judges blocking ICE
courthouse arrests and warrantless detentions ("U.S. District Judge X ruled", "X wrote",
"government attorneys argued", DHS's reply), Australian copy on the High Court's NZYQ
ruling and the Senate estimates hearings after it (officials "told the committee", a
senator's questions, "took it on notice"), Hansard and copy on Commons urgent questions about
asylum hotels (ministers, MPs by party and constituency), and copy on the Strasbourg court's
Greek pushback judgments ("the court found", damages in euros, the Greek Council for
Refugees). Every sentence, name and number is invented; places and institutions are real:

- 55-texas-bond-hearings-ruling.txt: a wire story (Reuters-like), 2026-03-12, a federal
  judge orders bond hearings; "a ruling that lawyers for the detainees said could affect",
  "According to court documents", "Government lawyers told the court that of the 8,950
  ..., 1,140", "In a filing last month, the Justice Department said", "The opinion said",
  a DHS spokeswoman's statement "adding that", TRAC "roughly 71% of whom".
- 56-commons-committee-returns-target.txt: UK newspaper copy, 2025-11-19, a minister before
  the home affairs committee; the lede's "the border security minister has admitted", a
  chair and MPs by party and constituency, "Pressed by the committee's chair ..., she said:",
  "according to figures the Home Office gave MPs", the permanent secretary by surname,
  "Asked by Anna Pryor, the Liberal Democrat MP for Bath, about foreign national offenders,
  Ashcombe said 5,120 ..., of whom 1,930", "he claimed".
- 57-senate-estimates-released-detainees.txt: Australian copy, 2026-05-27, Senate estimates
  after a High Court ruling on indefinite detention; "$" as AUD, "the judgment said", "Six of
  the seven justices", "Senator Daniel Crane" then "Crane", "telling senators that",
  "Figures published by the Department of Home Affairs in April put", a pseudonym "BRM24",
  an age "now 43".
- 58-strasbourg-samos-pushback.txt: AFP-like copy, 2026-04-15, a Strasbourg judgment on a
  pushback off Samos; "ruled on Tuesday that", damages in euros stated in the reporter's
  voice, "the seven judges found", "the judgment said", "according to the court", Frontex
  "five of them", UNHCR "says".

The reports and their gold were committed (b1c6ad7) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/courts-blind --misses``, only this
batch in the folder, at that commit)::

    report                                      gold  pred match      P      R     F1  date
    55-texas-bond-hearings-ruling.txt             20    20    20  1.000  1.000  1.000  ok
    56-commons-committee-returns-target.txt       21    21    21  1.000  1.000  1.000  ok
    57-senate-estimates-released-detainees.txt    19    19    19  1.000  1.000  1.000  ok
    58-strasbourg-samos-pushback.txt              18    18    18  1.000  1.000  1.000  ok
    TOTAL                                         78    78    78  1.000  1.000  1.000  1.000

    field accuracy over 78 matched figures:
      bound                         1.000  (78/78)
      kind                          1.000  (78/78)
      head                          0.936  (73/78)
      low_high                      1.000  (78/78)
      part_of                       1.000  (78/78)
      source                        0.821  (64/78)
      source (lenient: surname ok)  0.821  (64/78)
      counted                       0.808  (63/78)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      55-texas-bond-hearings-ruling.txt 'more than six months': source: nan -> 'lawyers for the detainees'
      55-texas-bond-hearings-ruling.txt 'four': head: 'centers' -> 'texas'; counted: 'Texas detention centers' -> 'Texas'
      55-texas-bond-hearings-ruling.txt '5,200': counted: 'people held at the Texas centers' -> 'people'
      55-texas-bond-hearings-ruling.txt '8,950': head: 'people' -> 'centers'; counted: 'people held at the Texas centers' -> 'centers'
      55-texas-bond-hearings-ruling.txt '197 days': counted: 'median stay' -> nan
      55-texas-bond-hearings-ruling.txt '8,950': counted: 'people held in January' -> 'people'
      55-texas-bond-hearings-ruling.txt '1,140': counted: 'people held in January' -> 'people'
      55-texas-bond-hearings-ruling.txt 'an estimated 6,800 hours': counted: 'hearings for every member of the class' -> nan
      55-texas-bond-hearings-ruling.txt '38%': counted: 'cases they heard in 2024' -> 'cases'
      55-texas-bond-hearings-ruling.txt 'about $165': source: 'Marisol Quintanilla' -> 'The opinion'
      56-commons-committee-returns-target.txt '40,000': source: 'Helen Ashcombe' -> 'the border security minister'; counted: 'people with no right to be in the UK' -> 'people'
      56-commons-committee-returns-target.txt '29,460': source: 'Home Office' -> nan
      56-commons-committee-returns-target.txt '212': source: 'Home Office' -> nan
      56-commons-committee-returns-target.txt 'about 12,000': source: 'Matthew Rendell' -> 'MP'
      56-commons-committee-returns-target.txt '5,120': head: 'offenders' -> 'people'; counted: 'foreign national offenders' -> 'people'
      56-commons-committee-returns-target.txt '1,930': head: 'offenders' -> 'people'; counted: 'foreign national offenders' -> 'people'
      56-commons-committee-returns-target.txt '53 days': counted: 'average time between the end of a prison sentence and removal' -> nan
      57-senate-estimates-released-detainees.txt '96': counted: 'people released from immigration detention' -> 'people'
      57-senate-estimates-released-detainees.txt 'more than eight years': source: 'High Court' -> 'the judgment'
      57-senate-estimates-released-detainees.txt '41': head: 'people' -> 'monitors'; counted: 'people' -> 'wearing electronic ankle monitors'
      57-senate-estimates-released-detainees.txt 'at least 11': source: 'Daniel Crane' -> 'Senator Daniel Crane'
      57-senate-estimates-released-detainees.txt 'three': source: 'Lauren Whitcombe' -> 'every person'
      57-senate-estimates-released-detainees.txt '541 days': source: 'Department of Home Affairs' -> 'the Department of Home Affairs in April'
      58-strasbourg-samos-pushback.txt '23': source: 'European Court of Human Rights' -> nan
      58-strasbourg-samos-pushback.txt '23': source: 'European Court of Human Rights' -> 'the judgment'
      58-strasbourg-samos-pushback.txt 'nine': source: 'European Court of Human Rights' -> 'the judgment'
      58-strasbourg-samos-pushback.txt 'about 11 hours': source: 'European Court of Human Rights' -> 'the judgment'
      58-strasbourg-samos-pushback.txt '47': counted: 'complaints against Greece' -> 'complaints'

No gold was corrected afterwards: every field the blind run got wrong was the extractor's.

The table below holds invented sentences with the constructions that failed in the four
reports and beyond them, written by hand before each run; rows as in
``tests/test_unseen_styles.py`` (``(text, value or (low, high), bound, kind, unit[, fields])``,
``part_of`` the index of the whole among the expected rows; a tuple of sources where the
annotation is open). First runs: batch 1 (the reports' constructions) 8 of 21 passed, and the
rows added to it while fixing each failed first but the guards; batch 2 (counsel, judges,
filings, written evidence) 10 of 18; batch 3 (the lede's role, a participle's aside) failed
first but its guards; batch 4 (MPs by party and seat, briefs, questioning) 15 of 15; batch 5
(court labels) 1 of 6; batch 6 ("them") 1 of 2; batch 7 (court papers, obtained data) 1 of 5;
batches 8-13 (from probes of a justice-committee, an appeals-court, an estimates, an Indian
Supreme Court, a House-hearing and a Canadian Federal Court story, none kept) passed only
their guards, as did the rows added to
batch 7 later (a justice writing for the dissenters, figures obtained by a paper, figures
provided to a committee). Of the four whole articles, the Commons statement passed
first; the Court of Appeal, Senate-hearing and Strasbourg ones did not. The whole table run
against the blind commit's package (``analysis/`` of b1c6ad7 copied aside with
figure_checks.py, every row checked with ``check_figures``): 46 of 108 rows and 1 of 4
articles passed; after this round's rules all pass.

The general rules of this round, one line each:

- a court's document as the speaker ("the judgment said", "The opinion said", "according to
  the judgment") is the judge or court named last before it; "The judge wrote" the judge
  named last by title, "the Strasbourg court" the court named last.
- "X ruled (on Tuesday) that ..." is a court's finding, as "found that" is ("rules" is left
  out: "Italian rules that limit" is a noun).
- an apposition's relative clause (", a ruling that lawyers said could affect", ", in a
  judgment that campaigners said") speaks for its own clause, not the main clause before it.
- "according to figures the Home Office gave MPs", "data the Justice Department released"
  name the giver; "Figures published by X in April put": "in <month>" is a time, no part of X.
- "X said A, and that the department expected B": the second "that" clause is still X's.
- "The BBC said figures it obtained under freedom of information laws showed N": the BBC's.
- "telling senators that", "argued that" report (only with "that" after them).
- Senator, Dame, a party before MP ("Labour MP Andrew Lyle"), MP itself, and letters after a
  name (KC, QC, MP, OBE) are no part of it; a person's title comes off a speaker the name
  finder missed ("Judge Elena Park wrote").
- a speaker the opening paragraph names only by a role ("the border security minister has
  admitted", "The acting director of ICE told senators") is the person the next paragraph's
  first sentence introduces as its speaker, unless that person was named before or comes
  with a role, a body or a relative clause of their own.
- a name opening its sentence before a participle's aside ("Todd Brennan, testifying before
  the Senate Homeland Security Committee, said") is a person; a committee testified or
  appeared before is an addressee, never "the agency".
- "the agency's budget request" (requests, submissions, filings) names the agency; "a sworn
  declaration filed by ICE" (declarations, affidavits, briefs, petitions, lawsuits,
  indictments) the filer; "X said in a court filing" makes a later "The filing said" X's.
- "the department" after a ministry ("A Ministry of Justice spokesperson said") is the
  ministry, as after the Home Office.
- advocates, activists, campaigners, lawyers, attorneys, experts and analysts are speakers of
  a bare "estimate" ("Advocates estimate about 1 in 5 live in Florida").
- a speaker described by a participle apposition ("The Refugee Legal Centre, representing 12
  of the claimants, said") is described, as by "who": the figure in it is the reporter's.
- hearing headlines ("..., estimates hears", "..., inquiry told") name no speaker.
- "Justice X, writing for the three dissenters, said": the count in the aside is the
  reporter's, as in a relative clause.
- "Figures provided to a Senate committee showed": the committee was given them, it is no
  source (the giver when named before: "Department of Home Affairs data released to the
  Senate showed").
- "according to figures obtained by the Guardian under freedom of information rules": data
  with no owner named are passed on by who obtained them ("Home Office figures obtained by
  the BBC" stay the Home Office's); report 23's two Guardian figures now agree.
- South Asian court copy: "submitted that" reports (only with "that"); "informed the court"
  has its listener after it, never its speaker; counsel by role before a name ("senior
  advocate Colin Dsouza", "immigration lawyer X") and "Additional Solicitor General" are no
  part of the name; a name before ", appearing for the Centre, informed" is a person.
- "a rise in deaths in detention, which rights groups say reached 34": the level counts the
  plural the clause before "which" names, not the speakers' noun.
- "according to its most recent figures" (two adjectives, "most recent") is the body "it" is.
- a court named again by its bench ("the justices", "the judges", "the panel", "the appeals
  court") is the court named last, a numbered circuit's ordinal kept ("9th U.S. Circuit
  Court of Appeals"); batch 14.
- "Lawyers for the men said two of them had been granted asylum": "them" is the group the
  speaker's phrase names, not a count of the sentences before.
- heads: a place in -s before its noun modifies it ("four Texas detention centers"); "the
  number of people held ... rose from 5,200 in June to 8,950 in January" counts people at
  both ends; "41 were wearing electronic ankle monitors" counts no monitors; "Asked (by X,
  the MP for Y,) about foreign national offenders, Z said 5,120 had been deported" and a
  question's "how many visas" in the sentence before count what was asked about; "asylum
  seekers" done to after a bare number count seekers.
- bounds: "longer than" a floor, "no longer than" a ceiling.
- labels: a judgment's neutral citation ("[2023] UKSC 42", "[2024] EWCA Civ 118", "[2023]
  HCA 37"), a statute's abbreviated sections ("s 501", "ss 189 and 196") and schedules are no
  counts.

Also: the label-gate reference in tests/test_figures.py mirrors session 6's age rules of
profile and obituary copy ("The man, now 43, had been held"), which report 57 was the first
fixture to meet.

Open conventions (left out of the table or given as a tuple of answers): a British judge by
title ("Lady Justice Harrow", "Mr Justice Chamberlain", "Lord Reed": the title kept, or the
surname the extractor gives); a judgment given by a named judge for the court (hers or the
court's); a figure in a participle's background before the speaker ("Making a statement
after a week in which 2,100 people crossed the Channel, Clarke said"); what "the court
heard" or "Senate estimates has heard" (evidence whose giver is unnamed: no row); an order
to pay ("ordered Lithuania to pay 60,000 euros"), written in the reports as the reporter's
fact.

Peers by title ("Baroness Whitfield", "Lord Patel": the extractor gives the surname) are
open too. Known misses left alone: "she" after two named people (no gender is known); "how many of
the 7,000 people were children. Fenn said 1,100 were" (a part whose noun is the question's
predicate); report 23's "figures obtained by the Guardian under freedom of information
rules" (an obtainer with no owner named; batch ds2-western's, unchanged).

Final score of the four reports (after the rules and a merge of main; ``python -m
analysis.evaluate /tmp/courts-blind``, the batch alone): F1 1.000 (78/78, no miss, no extra);
bound, kind, head, low_high, part_of and source 1.000; counted 0.859 (not scored: "people
held at the Texas centers" read as "people", and the like).
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# Batch 1: the constructions that failed in the four reports, each in other words.
CASES = [
    # ", a ruling that lawyers said could affect N": the speaker of the appositive's relative
    # clause speaks for that clause only; the main clause before it is the reporter's.
    (
        "invented/wire: a decision that advocates said could affect N",
        "A federal judge on Monday barred the agency from holding migrants for more than 90 "
        "days without a hearing, a decision that advocates said could affect about 1,200 "
        "people.",
        [
            ("more than 90 days", 90, LO, D, "day", {"source": None}),
            ("about 1,200", 1200, AP, C, None, {"head": "people", "source": "advocates"}),
        ],
    ),
    (
        "invented/UK paper: a move that charities say will leave N",
        "Ministers cut the legal aid budget to £40m, a move that charities say will leave "
        "3,000 families without advice.",
        [
            ("£40m", 4e7, E, M, "GBP", {"source": None}),
            ("3,000", 3000, E, C, None, {"head": "families", "source": "charities"}),
        ],
    ),
    # "the opinion said", "the judgment said", "the ruling said": a court's document speaks
    # for the judge or court that gave it, named before.
    (
        "invented/wire: the opinion said, after the judge is named",
        "Judge Alan Brooks ruled against the agency on Friday. The plaintiffs had waited an "
        "average of 240 days for a hearing, the opinion said.",
        [("240 days", 240, E, D, "day", {"source": "Alan Brooks"})],
    ),
    (
        "invented/UK paper: the judgment said, after the court is named",
        "The Court of Appeal dismissed the Home Office's appeal on Wednesday. About 1,400 "
        "people had been detained unlawfully under the policy, the judgment said.",
        [("About 1,400", 1400, AP, C, None, {"head": "people", "source": "Court of Appeal"})],
    ),
    (
        "invented/AFP: the ruling said, after the Strasbourg court found",
        "In its ruling, the European Court of Human Rights found that Italy had breached the "
        "convention. The 14 applicants were held on a ship for 10 days, the ruling said.",
        [
            (
                "14",
                14,
                E,
                C,
                None,
                {"head": "applicants", "source": "European Court of Human Rights"},
            ),
            ("10 days", 10, E, D, "day", {"source": "European Court of Human Rights"}),
        ],
    ),
    # "X ruled that ...": a court's finding, as "found that" is; "ruled" with no "that" is
    # no attribution.
    (
        "invented/AFP: a court ruled that",
        "The Constitutional Court ruled on Thursday that the detention of 35 migrants at the "
        "airport had been unlawful.",
        [("35", 35, E, C, None, {"head": "migrants", "source": "Constitutional Court"})],
    ),
    (
        "invented/guard: rules that limit (a noun), no finding",
        "The charity said its ship had been held for 12 days under Greek rules that limit rescues.",
        [("12 days", 12, E, D, "day", {"source": "charity"})],
    ),
    (
        "invented/guard: ruled a province, no finding",
        "The party ruled the province for 12 years.",
        [("12 years", 12, E, D, "year", {"source": None})],
    ),
    # "according to figures X supplied to the committee": the body that gave the figures.
    (
        "invented/UK paper: according to figures the Home Office supplied",
        "Some 8,200 people were held in immigration detention at the end of June, according "
        "to figures the Home Office supplied to the committee.",
        [("Some 8,200", 8200, AP, C, None, {"head": "people", "source": "Home Office"})],
    ),
    (
        "invented/wire: according to data the Justice Department released",
        "The immigration court backlog stood at 3.6 million cases, according to data the "
        "Justice Department released on Friday.",
        [("3.6 million", 3.6e6, E, C, None, {"head": "cases", "source": "Justice Department"})],
    ),
    # "X said A, and that the department expected B": the second "that" clause is still
    # X's, whatever verb it holds.
    (
        "invented/UK paper: said ..., and that the department expected",
        "The permanent secretary, Sir Alan Pike, said 40 hotels would close by June, and that "
        "the department expected to house about 9,000 people on former military sites by the "
        "end of the year.",
        [
            ("40", 40, E, C, None, {"head": "hotels", "source": "Alan Pike"}),
            ("about 9,000", 9000, AP, C, None, {"head": "people", "source": "Alan Pike"}),
        ],
    ),
    # A senator named in apposition with the title, then by surname.
    (
        "invented/Australian paper: Senator X in apposition, then the surname",
        "The opposition's immigration spokeswoman, Senator Mia Hollis, asked about the visas. "
        "Hollis said at least 40 people had absconded.",
        [("at least 40", 40, LO, C, None, {"head": "people", "source": "Mia Hollis"})],
    ),
    # ", telling the committee that every detainee had ... and that five people had": no
    # speaker in "every detainee".
    (
        "invented/Australian paper: telling the committee that every detainee",
        "Deputy commissioner Clare Fenwick disputed the claim, telling the committee that "
        "every detainee had been accounted for and that five people had been moved to other "
        "centres.",
        [("five", 5, E, C, None, {"head": "people", "source": "Clare Fenwick"})],
    ),
    # "Figures published by X in April put ...": the time adjunct is no part of the name.
    (
        "invented/Australian paper: data released by a ministry on Monday",
        "Data released by the Ministry of Interior on Monday put the number of returns at 12,400.",
        [("12,400", 12400, E, C, None, {"head": "returns", "source": "Ministry of Interior"})],
    ),
    (
        "invented/UK paper: figures published by the Home Office last week",
        "Figures published by the Home Office last week showed 9,300 people in hotels.",
        [("9,300", 9300, E, C, None, {"head": "people", "source": "Home Office"})],
    ),
    # "three Arizona detention centers": a place before the noun is a modifier.
    (
        "invented/wire: three Arizona detention centers",
        "Lawyers said the order covered 2,100 people in three Arizona detention centers.",
        [
            ("2,100", 2100, E, C, None, {"head": "people", "source": "Lawyers"}),
            ("three", 3, E, C, None, {"head": "centers", "source": "Lawyers"}),
        ],
    ),
    (
        "invented/wire: five Texas detention centers (a place in -s)",
        "Lawyers said the order covered 2,100 people in five Texas detention centers.",
        [
            ("2,100", 2100, E, C, None, {"head": "people", "source": "Lawyers"}),
            ("five", 5, E, C, None, {"head": "centers", "source": "Lawyers"}),
        ],
    ),
    (
        "invented/AFP: 14 Athens hotels (guard: a plural noun after the place)",
        "Police said 14 Athens hotels had been searched.",
        [("14", 14, E, C, None, {"head": "hotels", "source": "Police"})],
    ),
    (
        "invented/AFP: six Lesbos reception centre staff",
        "Officials said six Lesbos reception centre managers had resigned.",
        [("six", 6, E, C, None, {"head": "managers", "source": "Officials"})],
    ),
    (
        "invented/Reuters: nine Calais migrant camps",
        "Prefecture officials said nine Calais migrant camps had been cleared since March.",
        [("nine", 9, E, C, None, {"head": "camps", "source": "Prefecture officials"})],
    ),
    (
        "invented/UK paper: 12 Kent hotels",
        "The council said 12 Kent hotels were housing asylum seekers.",
        [("12", 12, E, C, None, {"head": "hotels", "source": "council"})],
    ),
    # "The number of X held at Y fell from A in May to B in August": both are X.
    (
        "invented/wire: the number of children held at a facility fell from A to B",
        "The number of children held at the Dilley facility fell from 640 in May to 410 in August.",
        [
            ("640", 640, E, C, None, {"head": "children"}),
            ("410", 410, E, C, None, {"head": "children"}),
        ],
    ),
    (
        "invented/wire: the number held at the Berks shelters rose from A to B",
        "The number of families held at the Berks shelters rose from 310 in March to 145 in July.",
        [
            ("310", 310, E, C, None, {"head": "families"}),
            ("145", 145, E, C, None, {"head": "families"}),
        ],
    ),
    # "Asked about X, Y said N had been deported": the topic is the elided noun.
    (
        "invented/UK paper: asked about failed asylum seekers, N had been removed",
        "Asked about failed asylum seekers, the minister said 2,300 had been removed since "
        "January.",
        [("2,300", 2300, E, C, None, {"head": "seekers", "source": "the minister"})],
    ),
    (
        "invented/wire: asked by reporters about children, N were in shelters",
        "Asked by reporters about unaccompanied children, Rosa Garza said 180 were still in "
        "shelters.",
        [("180", 180, E, C, None, {"head": "children", "source": "Rosa Garza"})],
    ),
    (
        "invented/UK paper: asked by an MP for a constituency about offenders, passive",
        "Asked by Tom Ellery, the Conservative MP for Dover, about foreign criminals, the "
        "minister said 3,400 had been removed this year, of whom 900 were Polish.",
        [
            ("3,400", 3400, E, C, None, {"head": "criminals", "source": "the minister"}),
            ("900", 900, E, C, None, {"head": "criminals", "part_of": 0}),
        ],
    ),
    (
        "invented/Australian paper: figures published by a department in April put",
        "Figures published by the Department of Home Affairs in March put the average stay "
        "at 498 days.",
        [("498 days", 498, E, D, "day", {"source": "Department of Home Affairs"})],
    ),
    (
        "invented/UK paper: figures published by the Home Office in May put",
        "Figures published by the Home Office in May put the number of returns at 8,100.",
        [("8,100", 8100, E, C, None, {"head": "returns", "source": "Home Office"})],
    ),
    # "N were wearing electronic tags": a verb's object is not what N counts.
    (
        "invented/Australian paper: N were wearing GPS trackers after a whole",
        "Mara Kerr told senators that 180 people had been freed after the ruling, of whom 65 "
        "had convictions. She said 70 were living in Melbourne and 22 were wearing GPS "
        "trackers.",
        [
            ("180", 180, E, C, None, {"head": "people", "source": "Mara Kerr"}),
            ("65", 65, E, C, None, {"head": "people", "part_of": 0, "source": "Mara Kerr"}),
            ("70", 70, E, C, None, {"head": "people", "source": "Mara Kerr"}),
            ("22", 22, E, C, None, {"head": "people", "source": "Mara Kerr"}),
        ],
    ),
    (
        "invented/Australian paper: N were wearing electronic tags",
        "Okafor said 52 of the released men were still on bridging visas and 19 were wearing "
        "electronic tags.",
        [
            ("52", 52, E, C, None, {"head": "men", "source": "Okafor"}),
            ("19", 19, E, C, None, {"head": "men", "source": "Okafor"}),
        ],
    ),
]

# Batch 2: court and parliamentary copy beyond the four reports (counsel, judges and MPs by
# title and surname, filings, written evidence, questions on notice), rows by hand before
# the first run.
ECHR = "European Court of Human Rights"
CASES += [
    (
        "invented/UK paper: counsel named with Sir and KC",
        "Sir Mark Rowan KC, for the home secretary, told the court that 3,100 people were "
        "awaiting removal.",
        [("3,100", 3100, E, C, None, {"head": "people", "source": "Mark Rowan"})],
    ),
    (
        "invented/wire: the judge wrote, after the judge is named",
        "U.S. District Judge Ana Ruiz blocked the policy on Tuesday. The judge wrote that "
        "about 2,700 people had been detained without a hearing.",
        [("about 2,700", 2700, AP, C, None, {"head": "people", "source": "Ana Ruiz"})],
    ),
    (
        "invented/wire: the filing said, after a court filing by the department",
        "The Justice Department said in a court filing on Friday that 1,100 detainees had been "
        "transferred. The filing said 300 of them were in Louisiana.",
        [
            ("1,100", 1100, E, C, None, {"head": "detainees", "source": "Justice Department"}),
            (
                "300",
                300,
                E,
                C,
                None,
                {"head": "detainees", "part_of": 0, "source": "Justice Department"},
            ),
        ],
    ),
    (
        "invented/wire: according to a court filing by the ACLU",
        "Some 640 children were separated from their parents, according to a court filing by "
        "the American Civil Liberties Union.",
        [
            (
                "Some 640",
                640,
                AP,
                C,
                None,
                {"head": "children", "source": "American Civil Liberties Union"},
            )
        ],
    ),
    (
        "invented/UK paper: responding to a question from an MP, the minister said",
        "Responding to a question from Labour's Sarah Owen, the minister said 120 hotels had "
        "closed.",
        [("120", 120, E, C, None, {"head": "hotels", "source": "the minister"})],
    ),
    (
        "invented/UK paper: Ms X on second reference, N of them",
        "The Home Office's director general, Lauren Pike, told MPs that 7,400 claims had been "
        "withdrawn. Ms Pike said 2,100 of them were from Albanians.",
        [
            ("7,400", 7400, E, C, None, {"head": "claims", "source": "Lauren Pike"}),
            ("2,100", 2100, E, C, None, {"head": "claims", "part_of": 0, "source": "Lauren Pike"}),
        ],
    ),
    (
        "invented/Australian paper: Mr X answers a senator's question",
        "Senator Ruth Dale asked Border Force commissioner Luke Garner how many visas had been "
        "cancelled. Mr Garner said 412 had been cancelled since July.",
        [("412", 412, E, C, None, {"head": "visas", "source": "Luke Garner"})],
    ),
    (
        "invented/UK paper: the tribunal found, after the Upper Tribunal",
        "The Upper Tribunal allowed the appeal on Monday. The tribunal found that the man had "
        "waited 14 months for a decision.",
        [("14 months", 14, E, D, "month", {"source": "Upper Tribunal"})],
    ),
    (
        "invented/wire: government lawyers argued that",
        "Government lawyers argued that 5,000 people would have to be released.",
        [("5,000", 5000, E, C, None, {"head": "people", "source": "Government lawyers"})],
    ),
    (
        "invented/wire: ICE acknowledged in court papers that",
        "ICE acknowledged in court papers that 1,300 detainees had been held past the deadline.",
        [("1,300", 1300, E, C, None, {"head": "detainees", "source": "ICE"})],
    ),
    (
        "invented/UK paper: according to the judgment, after the court",
        "The Court of Appeal ruled against the Home Office. According to the judgment, 230 "
        "people were detained under the policy.",
        [("230", 230, E, C, None, {"head": "people", "source": "Court of Appeal"})],
    ),
    (
        "invented/wire: according to the plaintiffs' lawyers",
        "The class includes about 3,000 people, according to the plaintiffs' lawyers.",
        [("about 3,000", 3000, AP, C, None, {"head": "people", "source": "plaintiffs' lawyers"})],
    ),
    (
        "invented/UK paper: in written evidence, the charity said",
        "In written evidence to the committee, the Refugee Council said 61,000 people were "
        "waiting for an appeal.",
        [("61,000", 61000, E, C, None, {"head": "people", "source": "Refugee Council"})],
    ),
    (
        "invented/Australian paper: an answer to a question on notice",
        "In an answer to a question on notice, the Department of Home Affairs told the "
        "committee that 38 people had been re-detained.",
        [("38", 38, E, C, None, {"head": "people", "source": "Department of Home Affairs"})],
    ),
    (
        "invented/AP: Sen. X, a Democrat from a state",
        "Sen. Maria Lopez, a Democrat from New Mexico, said 14,000 children were in federal "
        "custody.",
        [("14,000", 14000, E, C, None, {"head": "children", "source": "Maria Lopez"})],
    ),
    (
        "invented/AP: Rep. X, R-Texas",
        "Rep. Dan Crowley, R-Texas, said 2 million people had crossed the border.",
        [("2 million", 2e6, E, C, None, {"head": "people", "source": "Dan Crowley"})],
    ),
    (
        "invented/UK paper: the committee's chair, Dame X, said",
        "The committee's chair, Dame Karen Bell, said the inquiry had received 320 submissions.",
        [("320", 320, E, C, None, {"head": "submissions", "source": "Karen Bell"})],
    ),
    (
        "invented/AFP: the Strasbourg court as a second reference",
        "The European Court of Human Rights found against Poland on Thursday. The Strasbourg "
        "court said the 12 applicants had been pushed back to Belarus on eight occasions.",
        [
            ("12", 12, E, C, None, {"head": "applicants", "source": ECHR}),
            ("eight", 8, E, C, None, {"head": "occasions", "source": ECHR}),
        ],
    ),
]

# Batch 3: what the two articles below needed, in other words (rows by hand; each failed
# first but the guards, which passed).
CASES += [
    (
        "invented/UK paper: the lede's role, named as the next paragraph's speaker",
        "The government will not meet its pledge to close 150 asylum hotels this year, the "
        "immigration minister has conceded.\n\nAppearing before the public accounts "
        "committee on Monday, Sir Paul Rennard said 96 hotels had closed since March.",
        [
            ("150", 150, E, C, None, {"head": "hotels", "source": "Paul Rennard"}),
            ("96", 96, E, C, None, {"head": "hotels", "source": "Paul Rennard"}),
        ],
    ),
    (
        "invented/guard: the next paragraph's speaker has a role of their own",
        "The home secretary said 4,000 people had been removed since July.\n\nChris Dunmore, "
        "the shadow home secretary, said 1,000 of them had been removed voluntarily.",
        [
            ("4,000", 4000, E, C, None, {"head": "people", "source": "The home secretary"}),
            ("1,000", 1000, E, C, None, {"source": "Chris Dunmore"}),
        ],
    ),
    (
        "invented/guard: the next paragraph's speaker comes with a body of their own",
        "The home secretary said 6,000 people would be removed this year.\n\nJohn Hale of "
        "Refugee Action said the plan would cost £40m.",
        [
            ("6,000", 6000, E, C, None, {"head": "people", "source": "The home secretary"}),
            ("£40m", 4e7, E, M, "GBP", {"source": "John Hale"}),
        ],
    ),
    (
        "invented/guard: a role not in the opening paragraphs keeps its words",
        "Talks resumed on Monday.\n\nThe mayor attended.\n\nThe mayor said 300 families had "
        "been housed.\n\nAnna Kowal said the city needed 2,000 more homes.",
        [
            ("300", 300, E, C, None, {"head": "families", "source": "The mayor"}),
            ("2,000", 2000, E, C, None, {"head": "homes", "source": "Anna Kowal"}),
        ],
    ),
    (
        "invented/AP: a name opening its sentence before a participle's aside, then the agency",
        "U.S. Citizenship and Immigration Services is short of staff. Ruth Okafor, testifying "
        "before the House Judiciary Committee, said 1,800 asylum officers had been reassigned. "
        "According to the agency's figures, 700 had since left.",
        [
            ("1,800", 1800, E, C, None, {"head": "officers", "source": "Ruth Okafor"}),
            (
                "700",
                700,
                E,
                C,
                None,
                {"source": "U.S. Citizenship and Immigration Services"},
            ),
        ],
    ),
    (
        "invented/AP: according to the agency's budget request",
        "U.S. Citizenship and Immigration Services has asked Congress for more money. "
        "According to the agency's budget request, it would hire 2,400 new staff.",
        [
            (
                "2,400",
                2400,
                E,
                C,
                None,
                {"head": "staff", "source": "U.S. Citizenship and Immigration Services"},
            )
        ],
    ),
    (
        "invented/UK paper: in a judgment that lawyers said",
        "The High Court ruled that the department had detained the men unlawfully for up to "
        "40 days, in a judgment that campaigners said could lead to 900 claims.",
        [
            ("up to 40 days", 40, UP, D, "day", {"source": "High Court"}),
            ("900", 900, E, C, None, {"head": "claims", "source": "campaigners"}),
        ],
    ),
    (
        "invented/wire: held for longer than N months",
        "The charity said some detainees had been held for longer than nine months.",
        [("longer than nine months", 9, LO, D, "month", {"source": "charity"})],
    ),
]

# Batch 4: more speakers of court and parliamentary copy (MPs by party, counsel, briefs,
# questioning), rows by hand before the first run.
CASES += [
    (
        "invented/UK paper: a quote split by its tag, then its second sentence",
        'The immigration minister, Angela Fenn, was asked about removals. "We have removed '
        '2,300 people," Fenn told MPs. "Another 900 are booked on flights this month."',
        [
            ("2,300", 2300, E, C, None, {"head": "people", "source": "Angela Fenn"}),
            ("900", 900, E, C, None, {"source": "Angela Fenn"}),
        ],
    ),
    (
        "invented/UK paper: Labour MP X said",
        "Labour MP Jo Marsh said 75 families in her constituency were in temporary housing.",
        [("75", 75, E, C, None, {"head": "families", "source": "Jo Marsh"})],
    ),
    (
        "invented/UK paper: the MP for a constituency, X, said",
        "The MP for Dover, Tom Ellery, said 1,400 people had landed on the town's beaches.",
        [("1,400", 1400, E, C, None, {"head": "people", "source": "Tom Ellery"})],
    ),
    (
        "invented/UK paper: the Tory MP X said",
        "The Tory MP Ben Arlow said the hotel in his seat cost £5m a year.",
        [("£5m", 5e6, E, M, "GBP", {"source": "Ben Arlow"})],
    ),
    (
        "invented/UK paper: a party's spokesperson, X, said",
        "The SNP's home affairs spokesperson, Alison Reid, said 3,200 people were waiting in "
        "Glasgow.",
        [("3,200", 3200, E, C, None, {"head": "people", "source": "Alison Reid"})],
    ),
    (
        "invented/UK paper: Home Office data obtained by the BBC",
        "Some 620 children were placed in adult hotels, according to Home Office data obtained "
        "by the BBC.",
        [("Some 620", 620, AP, C, None, {"head": "children", "source": "Home Office"})],
    ),
    (
        "invented/UK paper: a Home Office source told a paper",
        "A Home Office source told the Times that 40 flights had been chartered.",
        [("40", 40, E, C, None, {"head": "flights", "source": "A Home Office source"})],
    ),
    (
        "invented/AP: the department, in a brief filed Monday, said",
        "The Justice Department, in a brief filed Monday, said 600 people had been removed "
        "under the law.",
        [("600", 600, E, C, None, {"head": "people", "source": "Justice Department"})],
    ),
    (
        "invented/AP: in court papers, ICE said",
        "In court papers, ICE said 1,200 detainees had been moved to Texas.",
        [("1,200", 1200, E, C, None, {"head": "detainees", "source": "ICE"})],
    ),
    (
        "invented/AP: attorneys for the plaintiffs said",
        "Attorneys for the plaintiffs said 85 people had been deported despite court orders.",
        [("85", 85, E, C, None, {"head": "people", "source": "Attorneys for the plaintiffs"})],
    ),
    (
        "invented/Australian paper: pressed by a party, the minister said",
        "Pressed by the Greens, the minister said 300 people remained in detention.",
        [("300", 300, E, C, None, {"head": "people", "source": "the minister"})],
    ),
    (
        "invented/Australian paper: under questioning from a senator, Mr X said",
        "Border Force commissioner Luke Garner appeared on Monday. Under questioning from "
        "Senator Mia Hollis, Mr Garner said 412 visas had been cancelled.",
        [("412", 412, E, C, None, {"head": "visas", "source": "Luke Garner"})],
    ),
    (
        "invented/Australian paper: in her opening statement",
        "The department's secretary, Stephanie Lowe, said in her opening statement that 1,200 "
        "staff had been moved to visa processing.",
        [("1,200", 1200, E, C, None, {"head": "staff", "source": "Stephanie Lowe"})],
    ),
    (
        "invented/UK paper: the charity, which intervened in the case, said",
        "The charity Detention Action, which intervened in the case, said 40 of its clients "
        "had been held for more than a year.",
        [
            ("40", 40, E, C, None, {"head": "clients", "source": "Detention Action"}),
            ("more than a year", 1, LO, D, "year", {"source": "Detention Action"}),
        ],
    ),
    (
        "invented/AFP: the applicants' lawyer, X, said",
        "The applicants' lawyer, Nikos Varela, said 17 of the 23 had since reached Germany.",
        [
            ("17", 17, E, C, None, {"source": "Nikos Varela", "part_of": 1}),
            ("23", 23, E, C, None, {"source": "Nikos Varela"}),
        ],
    ),
]

# Batch 5: what is no figure in court copy (a judgment's neutral citation, a statute's
# sections abbreviated and its schedules), rows by hand; the first run of these texts
# found "42", "37", "501", "10" and "196" read as counts.
CASES += [
    (
        "invented/UK paper: a neutral citation is no count",
        "In R (AAA) v Secretary of State for the Home Department [2023] UKSC 42, the court "
        "heard that 47 people had been selected for removal.",
        [("47", 47, E, C, None, {"head": "people"})],
    ),
    (
        "invented/UK paper: a Court of Appeal citation with its division",
        "The Court of Appeal, in [2024] EWCA Civ 118, found that 12 claimants had been "
        "wrongly detained.",
        [("12", 12, E, C, None, {"head": "claimants", "source": "Court of Appeal"})],
    ),
    (
        "invented/Australian paper: an abbreviated section and a High Court citation",
        "The High Court cited [2023] HCA 37 and s 501 of the Migration Act 1958 in ordering "
        "the release of 28 detainees.",
        [("28", 28, E, C, None, {"head": "detainees"})],
    ),
    (
        "invented/Australian paper: sections listed as ss",
        "The men were held under ss 189 and 196 of the Act for 410 days.",
        [("410 days", 410, E, D, "day")],
    ),
    (
        "invented/UK paper: a statute's schedule",
        "Schedule 10 of the Immigration Act 2016 allows bail for about 1,600 people a year.",
        [("about 1,600", 1600, AP, C, None, {"head": "people"})],
    ),
    (
        "invented/guard: an apostrophe's s before a number stays a count",
        "There's 5 of them left, and it's 12 miles to the camp.",
        [("5", 5, E, C, None), ("12 miles", 12, E, "measure", "mile")],
    ),
]

# Batch 6: what the two later articles needed, in other words.
CASES += [
    (
        "invented/AFP: N of them, the group the speaker's phrase names",
        "The court received 140 complaints last year.\n\nA lawyer representing the families "
        "said six of them had been reunited in Sweden.",
        [
            ("140", 140, E, C, None, {"head": "complaints"}),
            ("six", 6, E, C, None, {"head": "families", "part_of": None}),
        ],
    ),
    (
        "invented/guard: N of them after the speaker's own plural, the count before",
        "Officials registered 300 families on Monday. The officials said 120 of them were from "
        "Kunar.",
        [
            ("300", 300, E, C, None, {"head": "families"}),
            ("120", 120, E, C, None, {"head": "families", "part_of": 0}),
        ],
    ),
]

# Batch 7: filings, outlets passing on figures they obtained, a speaker described by what it
# does for the claimants; rows by hand before the first run.
CASES += [
    (
        "invented/AP: according to a sworn declaration filed by the agency",
        "According to a sworn declaration filed by ICE, the facility held 1,840 people in May.",
        [("1,840", 1840, E, C, None, {"head": "people", "source": "ICE"})],
    ),
    (
        "invented/AP: according to a brief filed by a group of states",
        "About 90,000 people would lose protection, according to a brief filed by the Texas "
        "attorney general.",
        [("About 90,000", 90000, AP, C, None, {"source": "Texas attorney general"})],
    ),
    (
        "invented/UK paper: figures it obtained under freedom of information laws showed",
        "The BBC said figures it obtained under freedom of information laws showed 1,200 "
        "children went missing.",
        [("1,200", 1200, E, C, None, {"head": "children", "source": "BBC"})],
    ),
    (
        "invented/UK paper: data they obtained showed",
        "Researchers at Oxford said data they had obtained from 40 councils showed 2,600 "
        "evictions.",
        [
            ("40", 40, E, C, None, {"head": "councils", "source": "Researchers at Oxford"}),
            ("2,600", 2600, E, C, None, {"head": "evictions", "source": "Researchers at Oxford"}),
        ],
    ),
    (
        "invented/AP: a justice writing for the dissenters, a count in the aside",
        "Justice Ada Brill, writing for the four dissenters, said 300 people had been sent to "
        "third countries.",
        [
            ("four", 4, E, C, None, {"head": "dissenters", "source": None}),
            ("300", 300, E, C, None, {"head": "people", "source": "Ada Brill"}),
        ],
    ),
    (
        "invented/UK paper: according to figures obtained by a paper (no owner named)",
        "According to figures obtained by the Observer under freedom of information rules, "
        "the department paid £3.1m to a security firm.",
        [("£3.1m", 3.1e6, E, M, "GBP", {"source": "Observer"})],
    ),
    (
        "invented/guard: an owner's figures obtained by a broadcaster stay the owner's",
        "According to Home Office figures obtained by Channel 4 News, 1,300 children went missing.",
        [("1,300", 1300, E, C, None, {"head": "children", "source": "Home Office"})],
    ),
    (
        "invented/UK paper: a speaker described by the claimants it represents",
        "The Refugee Legal Centre, representing 12 of the claimants, said eight had been held "
        "in solitary confinement.",
        [
            ("12", 12, E, C, None, {"head": "claimants", "source": None}),
            ("eight", 8, E, C, None, {"source": "Refugee Legal Centre"}),
        ],
    ),
]

# Batch 8: a probe of a justice-committee story (not kept) failed on these; each in other
# words, by hand before the fix.
CASES += [
    (
        "invented/UK paper: the lede's 'head of the ... service', named next with a role",
        "Waiting times for citizenship ceremonies will pass 30 weeks, the head of the passport "
        "office has told MPs.\n\nGiving evidence to the committee, Alan Reeve, chief "
        "executive of HM Passport Office, said 12,000 people were waiting.",
        [
            ("30 weeks", 30, E, D, "week", {"source": "Alan Reeve"}),
            ("12,000", 12000, E, C, None, {"head": "people", "source": "Alan Reeve"}),
        ],
    ),
    (
        "invented/UK paper: a party's MP named in apposition, then he",
        "The committee's chair, Conservative MP Harriet Vane, said the figures were alarming. "
        "She said 3,300 claims had been withdrawn.",
        [("3,300", 3300, E, C, None, {"head": "claims", "source": "Harriet Vane"})],
    ),
    (
        "invented/UK paper: the department after a ministry's spokesperson and a charity",
        "The Refugee Council said 800 families were affected. A Ministry of Justice "
        'spokesperson said: "We are investing." The department said it would spend £12m.',
        [
            ("800", 800, E, C, None, {"head": "families", "source": "Refugee Council"}),
            ("£12m", 12e6, E, M, "GBP", {"source": "Ministry of Justice"}),
        ],
    ),
]

# Batch 9: a probe of an AP appeals-court story (not kept) failed on these; each in other
# words, by hand before the fix.
CASES += [
    (
        "invented/AP: a dissenting judge the name finder misses",
        "In a dissent, Judge Hana Park wrote that the gangs had killed more than 4,100 people.",
        [("more than 4,100", 4100, LO, C, None, {"head": "people", "source": "Hana Park"})],
    ),
    (
        "invented/AP: advocates estimate a share, no 'that'",
        "Advocates estimate about 1 in 4 live in New Jersey.",
        [("about 1 in 4", 25, AP, P, "%", {"source": "Advocates"})],
    ),
    (
        "invented/AP: lawyers estimate a count, no 'that'",
        "Lawyers estimate 6,500 people could lose their status.",
        [("6,500", 6500, E, C, None, {"head": "people", "source": "Lawyers"})],
    ),
    (
        "invented/guard: a determiner's estimate is a noun",
        "Their estimate 20,000 was too high.",
        [("20,000", 20000, E, C, None, {"source": None})],
    ),
]

# Batch 10: headlines of hearing copy ("..., estimates hears", "..., inquiry told"), from a
# probe of an Australian estimates story (not kept); by hand before the fix.
CASES += [
    (
        "invented/Australian headline: ..., estimates hears",
        "Offshore deal to cost $1.8bn, estimates hears\n\nSenators in Canberra were told the "
        "deal with Nauru was signed in March.",
        [("$1.8bn", 1.8e9, E, M, "AUD", {"source": None})],
    ),
    (
        "invented/UK headline: ..., inquiry told",
        "Asylum seeker held 19 months without charge, inquiry told\n\nThe inquiry continues.",
        [("19 months", 19, E, D, "month", {"source": None})],
    ),
    (
        "invented/Australian paper: figures provided to a committee showed (the addressee)",
        "Figures provided to a parliamentary committee in May showed 2,310 visas had been "
        "cancelled.",
        [("2,310", 2310, E, C, None, {"head": "visas", "source": None})],
    ),
    (
        "invented/Australian paper: a department's data released to the Senate showed",
        "Department of Home Affairs data released to the Senate showed 880 people were in "
        "detention.",
        [("880", 880, E, C, None, {"head": "people", "source": "Department of Home Affairs"})],
    ),
    (
        "invented/guard: told with its listener",
        '"We counted 300 boats," Rahimi told AFP.',
        [("300", 300, E, C, None, {"head": "boats", "source": "Rahimi"})],
    ),
]

# Batch 11: South Asian court copy, from a probe of a Supreme Court hearing story (not kept);
# by hand before the fix.
CASES += [
    (
        "invented/Indian daily: counsel submitted that, then he told the bench",
        "Appearing for the petitioners, senior advocate Meera Pillai submitted that 150 of "
        "the detainees were women. She told the bench that Delhi alone held 90 of them.",
        [
            # (the noun after the copula, as "3,900 were ACC holders" in ds2-afghan)
            ("150", 150, E, C, None, {"head": "women", "source": "Meera Pillai"}),
            ("90", 90, E, C, None, {"source": "Meera Pillai"}),
        ],
    ),
    (
        "invented/Indian daily: a law officer, appearing for the Centre, informed the court",
        "Additional Solicitor General Arun Sethi, appearing for the Centre, informed the court "
        "that 7,800 foreigners had been deported last year.",
        [("7,800", 7800, E, C, None, {"head": "foreigners", "source": "Arun Sethi"})],
    ),
    (
        "invented/guard: submitted with an object is no statement",
        "The ministry submitted 40 proposals to the committee.",
        [("40", 40, E, C, None, {"head": "proposals", "source": None})],
    ),
]

# Batch 12: from a probe of a House hearing story (not kept); by hand before the fix.
CASES += [
    (
        "invented/AP: a rise in X, which rights groups say reached N",
        "The minister faced angry questions over a rise in suicides in custody, which "
        "rights groups say reached 19 last year.",
        [("19", 19, E, C, None, {"head": "suicides", "source": "rights groups"})],
    ),
    (
        "invented/guard: the flights, which monitors estimate numbered N",
        "The charter flights, which monitors estimate numbered about 900, went to Honduras.",
        [("about 900", 900, AP, C, None, {"head": "flights", "source": "monitors"})],
    ),
]

# Batch 13: from a probe of a Canadian Federal Court story (not kept); by hand before the fix.
CASES += [
    (
        "invented/CP: according to its most recent figures",
        "The Immigration and Refugee Board said it was reviewing the ruling. It has a backlog "
        "of roughly 190,000 claims, according to its most recent figures.",
        [
            (
                "roughly 190,000",
                190000,
                AP,
                C,
                None,
                {"head": "claims", "source": "Immigration and Refugee Board"},
            )
        ],
    ),
]

# Batch 14: a court named again by its bench; by hand before the fix.
CASES += [
    (
        "invented/AP: the panel, after a numbered circuit court",
        "The 5th U.S. Circuit Court of Appeals heard the appeal. The panel said 1,700 people "
        "had been detained under the policy.",
        [
            (
                "1,700",
                1700,
                E,
                C,
                None,
                {"head": "people", "source": "5th U.S. Circuit Court of Appeals"},
            )
        ],
    ),
    (
        "invented/AAP: the justices, after the High Court of Australia",
        "The High Court of Australia delivered its reasons on Wednesday. The justices said 92 "
        "people had been held unlawfully.",
        [("92", 92, E, C, None, {"head": "people", "source": "High Court of Australia"})],
    ),
    (
        "invented/guard: an N-judge panel holds its own count",
        "The Court of Appeal sat on Monday. The three-judge panel said 41 claims were pending.",
        [
            ("three-judge", 3, E, C, None, {"source": None}),
            ("41", 41, E, C, None, {"head": "claims"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_courts_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


# A whole invented article (Guardian-like, a Court of Appeal ruling on a former RAF base),
# its rows by hand before the first run: "ruled that", an apposition's "a judgment that
# lawyers said", a judge's quote, "told the court that", "The judgment said", an intervening
# charity's chief executive.
ARTICLE_APPEAL = (
    "The Court of Appeal has ruled that the Home Office acted unlawfully when it held asylum "
    "seekers at a former RAF base in Essex for up to 14 weeks, in a judgment that lawyers "
    "said could affect more than 2,000 people."
    "\n\n"
    "Lady Justice Harrow, giving the lead judgment, said the department had ignored warnings "
    'from its own inspectors. "The evidence shows that at least 430 men were kept there '
    'beyond the 28 days the policy allowed," she said.'
    "\n\n"
    "The Home Office told the court that the site had cost £46m to set up and that 1,850 "
    "people had passed through it between March and November. The judgment said the "
    "department had spent a further £3.2m on security."
    "\n\n"
    "Four claimants brought the case, supported by the charity Freedom from Torture, which "
    'intervened. Its chief executive, Sonya Ruiz, said: "Some 60% of the men we assessed at '
    'the site showed signs of torture."'
    "\n\n"
    'A Home Office spokesperson said the department was "disappointed" and would consider an '
    "appeal to the Supreme Court. The site closed in January, when its last 212 residents "
    "were moved to hotels."
)
# (open: a British judge by title, "Lady Justice Harrow", or by surname; and a judgment
# given by her for the court: hers or the court's)
HARROW = ("Lady Justice Harrow", "Harrow")
APPEAL_JUDGMENT = ("Court of Appeal", "Lady Justice Harrow", "Harrow")
ARTICLE_APPEAL_ROWS = [
    ("up to 14 weeks", 14, UP, D, "week", {"source": "Court of Appeal"}),
    ("more than 2,000", 2000, LO, C, None, {"head": "people", "source": "lawyers"}),
    ("at least 430", 430, LO, C, None, {"head": "men", "source": HARROW}),
    ("28 days", 28, E, D, "day", {"source": HARROW}),
    ("£46m", 46e6, E, M, "GBP", {"source": "Home Office"}),
    ("1,850", 1850, E, C, None, {"head": "people", "source": "Home Office"}),
    ("£3.2m", 3.2e6, E, M, "GBP", {"source": APPEAL_JUDGMENT}),
    ("Four", 4, E, C, None, {"head": "claimants", "source": None}),
    ("Some 60%", 60, AP, P, "%", {"head": "men", "source": "Sonya Ruiz"}),
    ("212", 212, E, C, None, {"head": "residents", "source": None}),
]


def test_article_appeal():
    check_figures(ARTICLE_APPEAL, ARTICLE_APPEAL_ROWS)


# A whole invented AP-style article on a Senate hearing, rows by hand before the first run:
# the lede's role ("The acting director of ...") named in the next paragraph, senators
# with party and state, "noting that", "the agency's budget request", a report's body.
ARTICLE_SENATE = (
    "WASHINGTON (AP) \u2014 The acting director of Immigration and Customs Enforcement told "
    "senators Tuesday that the agency was holding a record 71,000 people in detention and "
    "needed another $9 billion to keep pace with arrests."
    "\n\n"
    "Todd Brennan, testifying before the Senate Homeland Security Committee, said ICE had "
    "made 312,000 arrests since January, about 45% of them of people with no criminal "
    "record. Sen. Gary Whitfield, D-Mich., pressed him on deaths in custody, noting that 23 "
    "people had died in ICE detention in the fiscal year, the most since 2004."
    "\n\n"
    "Republicans on the committee backed the request. Sen. Laura Kemp, R-Okla., said the "
    'agency\'s 41 field offices were "stretched past breaking point."'
    "\n\n"
    "According to the agency's budget request, the money would pay for 30,000 additional "
    "beds, at an average cost of $165 a day."
    "\n\n"
    "Advocates disputed the figures. The American Immigration Council said in a report "
    "released Monday that ICE had held at least 9,000 people for longer than six months."
)
ICE_FULL = "Immigration and Customs Enforcement"
AIC = "American Immigration Council"
ARTICLE_SENATE_ROWS = [
    ("71,000", 71000, E, C, None, {"head": "people", "source": "Todd Brennan"}),
    ("$9 billion", 9e9, E, M, "USD", {"source": "Todd Brennan"}),
    ("312,000", 312000, E, C, None, {"head": "arrests", "source": "Todd Brennan"}),
    ("about 45%", 45, AP, P, "%", {"head": "arrests", "part_of": 2, "source": "Todd Brennan"}),
    ("23", 23, E, C, None, {"head": "people", "source": "Gary Whitfield"}),
    ("41", 41, E, C, None, {"head": "offices", "source": "Laura Kemp"}),
    ("30,000", 30000, E, C, None, {"head": "beds", "source": ICE_FULL}),
    ("$165", 165, E, M, "USD", {"source": ICE_FULL}),
    ("at least 9,000", 9000, LO, C, None, {"head": "people", "source": AIC}),
    ("longer than six months", 6, LO, D, "month", {"source": AIC}),
]


def test_article_senate():
    check_figures(ARTICLE_SENATE, ARTICLE_SENATE_ROWS)


# A whole invented article on a Commons statement (UK newspaper copy), rows by hand before
# the first run: the home secretary and her second references, the shadow home secretary's
# quote that passes on her department's figure, a Lib Dem's question, a Tory MP by seat,
# the department's figures in the reporter's voice.
ARTICLE_COMMONS = (
    "The home secretary, Yasmin Clarke, told the Commons on Monday that 11,800 people had "
    "been returned to their home countries since the election, including 3,400 foreign "
    "criminals."
    "\n\n"
    "Making a statement after a week in which 2,100 people crossed the Channel, Clarke said "
    "the government would open two more removal centres with space for 600 detainees by the "
    "spring."
    "\n\n"
    'The shadow home secretary, Robert Hale, said the numbers "do not add up". "The '
    'minister\'s own department says 44,000 people are in hotels tonight," he said. "That '
    'is 9,000 more than when she took office."'
    "\n\n"
    "The Liberal Democrat home affairs spokesperson, Lisa Moran, asked how many people had "
    "been removed by force. Clarke said 4,100 had been, and that the rest had left "
    "voluntarily with grants of up to £3,000."
    "\n\n"
    "The Conservative MP for Folkestone and Hythe, Daniel Pryce, said 19 small boats had "
    "landed in his constituency last month."
    "\n\n"
    "Home Office figures published on Thursday show 31,200 asylum claims were lodged in the "
    "first half of the year, 6% fewer than a year earlier."
)
CLARKE = "Yasmin Clarke"
ARTICLE_COMMONS_ROWS = [
    ("11,800", 11800, E, C, None, {"head": "people", "source": CLARKE}),
    ("3,400", 3400, E, C, None, {"head": "criminals", "part_of": 0, "source": CLARKE}),
    # (open: a participle's background before the speaker, the reporter's or hers)
    ("2,100", 2100, E, C, None, {"head": "people", "source": (None, CLARKE)}),
    ("two", 2, E, C, None, {"head": "centres", "source": CLARKE}),
    ("600", 600, E, C, None, {"head": "detainees", "source": CLARKE}),
    ("44,000", 44000, E, C, None, {"head": "people", "source": "Robert Hale"}),
    ("9,000", 9000, E, C, None, {"source": "Robert Hale"}),
    ("4,100", 4100, E, C, None, {"head": "people", "source": CLARKE}),
    ("up to £3,000", 3000, UP, M, "GBP", {"source": CLARKE}),
    ("19", 19, E, C, None, {"head": "boats", "source": "Daniel Pryce"}),
    ("31,200", 31200, E, C, None, {"head": "claims", "source": "Home Office"}),
    ("6%", 6, E, P, "%", {"source": "Home Office"}),
]


def test_article_commons():
    check_figures(ARTICLE_COMMONS, ARTICLE_COMMONS_ROWS)


# A whole invented Reuters-style article on a Strasbourg judgment against Lithuania, rows by
# hand before the first run: the court first by description, then by name, then by seat; an
# order to pay in the reporter's voice; "It said" for the ministry; a court spokeswoman's
# closing tag; "two of them".
ARTICLE_ECHR = (
    "STRASBOURG, France, Nov 4 (Reuters) - Europe's top human rights court on Tuesday "
    "ordered Lithuania to pay 10 migrants a total of 60,000 euros after finding that border "
    "guards had forced them back into Belarus in 2021."
    "\n\n"
    "The European Court of Human Rights said the men, all Iraqi Kurds, had been pushed back on "
    "at least four occasions and had spent up to nine days in a forest without food."
    "\n\n"
    "Lithuania's interior ministry said it would study the ruling. It said border guards had "
    "stopped more than 22,000 attempts to cross illegally since August 2021."
    "\n\n"
    "The Strasbourg-based court has received about 200 similar complaints against "
    "Lithuania, Latvia and Poland, a court spokeswoman said."
    "\n\n"
    "Lawyers for the men said two of them had since been granted asylum in Germany."
)
ARTICLE_ECHR_ROWS = [
    ("10", 10, E, C, None, {"head": "migrants", "source": None}),
    ("60,000 euros", 60000, E, M, "EUR", {"source": None}),
    ("at least four", 4, LO, C, None, {"head": "occasions", "source": ECHR}),
    ("up to nine days", 9, UP, D, "day", {"source": ECHR}),
    (
        "more than 22,000",
        22000,
        LO,
        C,
        None,
        {"head": "attempts", "source": "Lithuania's interior ministry"},
    ),
    ("about 200", 200, AP, C, None, {"head": "complaints", "source": "a court spokeswoman"}),
    ("two", 2, E, C, None, {"head": "men", "source": "Lawyers for the men"}),
]


def test_article_echr():
    check_figures(ARTICLE_ECHR, ARTICLE_ECHR_ROWS)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "55-texas-bond-hearings-ruling.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "56-commons-committee-returns-target.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "57-senate-estimates-released-detainees.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "58-strasbourg-samos-pushback.txt": {
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
def test_floors(name):
    assert_floors(name, FLOORS[name])
