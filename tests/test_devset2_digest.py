"""Second dev set, batch ``ds2-digest``: reports 67-70 of ``tests/fixtures/devset2``,
short-form and broadcast copy on migration and displacement, whose layout is not prose:
timestamps, labels with colons, bullets, numbered questions, "Read more" lines, bylines and
sources given tersely ("- UNHCR:", "(AFP)", "per IOM", "-- BBC", "Source: European
Commission", "says the interior ministry"). Before writing them, real items of these kinds
were read through the stored-pages search (none is kept here): newspaper live blogs on
European border crises (timestamped entries, "Updated at", agency credits), a broadcaster's
TV script and radio and podcast transcripts on border crossings and deportations, morning
briefing newsletters (topic labels before a pipe or a colon, bracketed outlet credits),
agency "at a glance" boxes and Q&A explainers ("How many people are arriving?"). Every
sentence, name and number is invented; places and organisations are real:

- 67-ceuta-swimmers-live.txt: a live blog (Guardian/BBC-like), 2025-08-26, swimmers
  reaching Ceuta: key points, GMT-stamped entries with headings ("Red Cross: 87 treated",
  a quoted heading), an "(AFP)" credit, a correspondent's interview, a "What we know so
  far" list whose labels are topics and whose sources come last ("per ...", "-- Guardia
  Civil", "says the interior ministry", "the delegation puts ... at").
- 68-aceh-boats-bulletin.txt: a radio bulletin transcript, 2025-11-19, Rohingya boats in
  Aceh: ANCHOR and REPORTER turns (the programme's own voice), interviewees' labels
  ("TEUKU HASAN (through interpreter):"), numbers in words, rupiah, a ministry spokesman.
- 69-morning-brief-borders.txt: a morning newsletter, 2026-01-13: numbered items under
  topic labels ("1. CHANNEL: ..."), bullets with source labels ("- UNHCR: 4.1m ..."), an
  outlet in brackets or after a dash, a "number of the day" box with its "Source:" line and
  a quote signed after a dash.
- 70-germany-deportations-qa.txt: a Q&A explainer with an "at a glance" box, 2025-09-30,
  deportations from Germany: label-and-value lines credited in brackets, numbered
  questions, a ministry's second reference, a charity's own survey, "the paper reported".

The checker's wrapper learnt Moroccan dirhams. The reports and their gold were committed
(26194eb) before the extractor was first run on them. The BLIND score (``python -m
analysis.evaluate /tmp/digest-blind --misses``, only this batch in the folder, at that
commit)::

    report                          gold  pred match      P      R     F1  date
    67-ceuta-swimmers-live.txt        22    22    22  1.000  1.000  1.000  ok
    68-aceh-boats-bulletin.txt        16    17    16  0.941  1.000  0.970  ok
    69-morning-brief-borders.txt      22    23    22  0.957  1.000  0.978  ok
    70-germany-deportations-qa.txt    21    21    21  1.000  1.000  1.000  ok
    TOTAL                             81    83    81  0.976  1.000  0.988  1.000

    field accuracy over 81 matched figures:
      bound                         1.000  (81/81)
      kind                          1.000  (81/81)
      head                          0.901  (73/81)
      low_high                      1.000  (81/81)
      part_of                       0.988  (80/81)
      source                        0.704  (57/81)
      source (lenient: surname ok)  0.704  (57/81)
      counted                       0.630  (51/81)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 2
      68-aceh-boats-bulletin.txt
        EXTRA '3' (3)  in: ITEM 3: Rohingya boat arrivals in Aceh
      69-morning-brief-borders.txt
        EXTRA 'one-out' (1)  in: Read more: The one-in, one-out deal, explained

    matched figures with a field wrong (gold -> predicted):
      67-ceuta-swimmers-live.txt '2,900': counted: 'attempts to reach Ceuta by sea and over the fence' -> 'attempts'
      67-ceuta-swimmers-live.txt '410': counted: 'minors registered so far' -> 'minors registered'
      67-ceuta-swimmers-live.txt '200': head: 'officers' -> 'police'; counted: 'police and Guardia Civil officers' -> 'police'
      67-ceuta-swimmers-live.txt '620': counted: 'adults sent back' -> 'adults'
      67-ceuta-swimmers-live.txt 'Nine hours': source: 'Youssef' -> nan
      67-ceuta-swimmers-live.txt 'nine hours': source: 'Youssef' -> 'Ramón Esteve'
      67-ceuta-swimmers-live.txt '500 dirhams': source: 'Youssef' -> 'Ramón Esteve'
      67-ceuta-swimmers-live.txt '87': head: 'people' -> nan; counted: 'people treated' -> nan
      67-ceuta-swimmers-live.txt '87': counted: 'people treated' -> 'people'
      67-ceuta-swimmers-live.txt '11': counted: 'people in hospital' -> 'people'
      67-ceuta-swimmers-live.txt 'roughly 30%': head: 'arrivals' -> 'total'; part_of: '1,340' -> nan; counted: 'arrivals' -> 'total'
      67-ceuta-swimmers-live.txt 'one': counted: 'body recovered' -> 'body'
      67-ceuta-swimmers-live.txt '620': counted: 'adults returned' -> 'adults'
      68-aceh-boats-bulletin.txt 'Nearly four hundred': source: nan -> 'tonight Jakarta'
      68-aceh-boats-bulletin.txt '147': counted: 'people on board' -> 'people'
      68-aceh-boats-bulletin.txt 'More than 1,500': source: nan -> 'REPORTER'
      68-aceh-boats-bulletin.txt 'Ten': source: 'Teuku Hasan' -> nan
      68-aceh-boats-bulletin.txt 'three days': source: 'Teuku Hasan' -> nan
      68-aceh-boats-bulletin.txt 'more than 5,000': counted: 'Rohingya who left the camps in Bangladesh and Myanmar' -> 'Rohingya'
      68-aceh-boats-bulletin.txt 'at least 190': counted: 'people dead or missing at sea' -> 'people'
      68-aceh-boats-bulletin.txt 'two': source: 'foreign ministry spokesman' -> 'A foreign ministry spokesman'
      68-aceh-boats-bulletin.txt '48 hours': source: 'foreign ministry spokesman' -> 'A foreign ministry spokesman'
      68-aceh-boats-bulletin.txt '1,600': counted: 'Rohingya sheltering in Aceh' -> 'Rohingya'
      69-morning-brief-borders.txt '1,204': counted: 'small-boat arrivals' -> 'arrivals'
      69-morning-brief-borders.txt '687': counted: 'small-boat arrivals' -> 'arrivals'
      69-morning-brief-borders.txt '96': counted: 'people sent back to France' -> 'people'
      69-morning-brief-borders.txt 'More than 3,100': source: 'Kathimerini' -> nan
      69-morning-brief-borders.txt '4.1m': source: 'UNHCR' -> nan; counted: 'Sudanese refugees in neighbouring countries' -> 'Sudanese refugees'
      69-morning-brief-borders.txt 'about 1.3m': source: 'UNHCR' -> nan; counted: 'Sudanese refugees in Egypt' -> 'Sudanese refugees'
      69-morning-brief-borders.txt '9.6m': head: 'displaced' -> 'people'; source: 'IOM' -> nan; counted: 'internally displaced' -> 'people'
      69-morning-brief-borders.txt '11.5m': head: 'displaced' -> 'people'; source: 'IOM' -> nan; counted: 'internally displaced' -> 'people'
      69-morning-brief-borders.txt '6%': head: 'plan' -> nan; counted: '2026 regional refugee plan' -> nan
      69-morning-brief-borders.txt '187': source: 'Witness at the Border' -> 'the advocacy group Witness at the Border'
      69-morning-brief-borders.txt '€620m': source: 'European Commission' -> nan
      69-morning-brief-borders.txt '40': source: 'Marco Ricci' -> nan
      69-morning-brief-borders.txt '90': source: 'Marco Ricci' -> nan; counted: 'people at the door' -> 'people'
      70-germany-deportations-qa.txt '11,807': head: 'deportations' -> 'people'; source: 'Federal Police' -> nan; counted: 'deportations' -> 'people'
      70-germany-deportations-qa.txt 'about 226,000': counted: 'people obliged to leave' -> 'people'
      70-germany-deportations-qa.txt '178,000': counted: 'people who hold a Duldung' -> 'people'
      70-germany-deportations-qa.txt '28,500': head: 'deportations' -> 'people'; source: 'interior ministry' -> nan; counted: 'deportations called off' -> 'people'
      70-germany-deportations-qa.txt '4,140': counted: 'people transferred under the Dublin rules' -> 'people deported'
      70-germany-deportations-qa.txt '28,500': counted: 'planned deportations called off' -> 'planned deportations'
      70-germany-deportations-qa.txt '14': source: 'Pro Asyl' -> nan
      70-germany-deportations-qa.txt '16': source: 'Pro Asyl' -> nan
      70-germany-deportations-qa.txt 'fewer than 40 per cent': source: 'Pro Asyl' -> nan
      70-germany-deportations-qa.txt 'more than €300,000': source: 'Welt am Sonntag' -> 'the paper'
      70-germany-deportations-qa.txt '600': counted: 'places in deportation detention' -> 'places'

Gold corrected afterwards (a slip against the project's conventions, not toward the
output): in 68, "A foreign ministry spokesman said ..." had the source "foreign ministry
spokesman" for "two" (boats) and "48 hours"; every gold file of both dev sets keeps an
unnamed speaker's article ("A home department official", "A senior official at the
interior ministry"), and the scorer strips only "the", so it is "A foreign ministry
spokesman" now (the table's own row, "A navy spokesman", was corrected the same way after
its first run). No other gold was changed.

Open conventions (left out of the tables, or fields left unchecked there), and known
misses:

- a broadcast's own journalists: the gold of 68 gives the lines of "ANCHOR (CLAIRE
  HOBSON):" and "REPORTER:" no source (the programme's own voice), and the extractor now
  reads a newsroom role label so; a label that names the journalist first ("DANA WELLS,
  CNN ANCHOR:", tests/test_real_probe_justice.py) still names a source, as that table
  wants. Which is right for a named presenter is open.
- "9.6m internally displaced" (69): the gold's head is "displaced", as report 22's "the
  displaced"; the extractor restores the elided noun, "people". Either can be meant.
- "200 police and Guardia Civil officers" (67): "officers" (the gold) or "police" (the
  extractor), "police" being a noun of its own; left alone.
- a sentence after a body's sentence with no verb of its own ("Of those, 58 people were
  detained."), a breakdown in the report's voice after the figures' source was named, a
  heading opened by a group the lexicon does not know ("Grupa Granica: nine people ..."),
  the head of a share "of those arrested": fields left unchecked in the article tables.
- ", via UNHCR" closing a line is a credit, ", via Libya" a route; only a place list tells
  them apart, so "via" after a comma is left alone (its row was dropped after its first
  run); "(via X)" in brackets is read, a place excepted.

The tables below hold invented rows, expected values by hand, checked with
tests/figure_checks.py (rows as in ``tests/test_unseen_styles.py``: ``(text, value or
(low, high), bound, kind, unit[, fields])``, ``part_of`` the index of the whole among the
expected rows). How they did on their first run:

- batch 1 (the constructions that failed in the four reports, in other words): 3 of 18
  rows passed (a reporter's line reporting a body, the acronym guard, "according to the
  monitoring group Alarm Phone"); "A navy spokesman" was then corrected as the gold was;
- batch 2 (the rest of the reports' misses, written after the rules of batch 1): all 7
  failed on commit 86038e6's package (``git archive`` of it, run with this module);
- batch 3 (live blogs, TV and radio scripts, newsletters, Q&A explainers beyond the four
  reports): 7 of 13 passed;
- the whole live blog (Poland-Belarus): 5 of 12 rows passed; the whole Q&A explainer
  (Channel crossings): 7 of 10; the whole radio report (Chad) 7 of 7 and the newsletter
  item (US border arrests) 8 of 8 passed on their first run;
- batch 4 (guards on ordinary prose): 6 of 8 passed (the bracketed credit took an
  acronym after accented words and a region after a city; both fixed);
- batch 5 (more terse sources): 4 of 8 passed; batch 6 (67's quoted heading) failed on
  commit 9c81973's package; batch 7: 3 of 6 passed (the "via" row dropped, above); batch
  8 (broadcast numbers, labelled bullets): 4 of 4 passed; batches 9 and 10 (a page's time
  stamp; bullets headed by bodies the lexicon lacked) were checked on their texts before
  their rules (a duration "3 hours"; no source) and written with them; batch 11 (an
  agency that reports, "1 big thing:", a key fact's credit, a list after "By the
  numbers:"): 3 of 4 passed; batch 12 (a party's acronym in brackets, a guard found by
  reading the bracketed-credit rule again) failed on commit 7c24a28's package; batch 13
  (key points closed by "..., IOM says", a correspondent's "According to the UN", a quote
  running on into the next paragraph): 5 of 5 passed; batch 14 (a transcript's surname
  label after the name in full in the reporter's words) failed, then its rule; batch 15 (a
  photo agency's credit closing a caption) failed on commit 63152df's package; batch 16
  (a paper that reports, a broadcaster that understands, a ministry that told a paper):
  3 of 3 passed.

tests/test_figures.py's reference for the label gates now mirrors session 8's "GMT+1"
offset (hypothesis found "GMT+1,200", which fails on main too) and this round's two
label rules.

The general rules of this round, one line each:

- a newsroom role label ("ANCHOR:", "REPORTER (TOM BRIGGS):", "PRESENTER:") is the
  programme's own voice; a bracket may follow a label's name ("(through interpreter)");
  a TV script's "SOUNDBITE (Arabic) NAME, ROLE:" names the speaker.
- ", and (tonight) X says it will ..." speaks for its own clause, not the figure before;
  a time word opening a speaker ("Tonight Athens says") is cut.
- a bullet opened by a known body and a colon ("- UNHCR: 4.1m ...") is that body's; a
  topic label ("CHANNEL:", "Funding:") is not; the body may hold "the" ("Save the
  Children"); the lexicon learnt Amnesty, HRW, Eurostat, Home Office, Border Force.
- a credit in brackets closing a sentence or a label's line ("(Kathimerini)", "(Federal
  Police)", "(interior ministry)", "(Panama's migration service)", "[Reuters]", "(per
  UNHCR)", ". (AFP)" after its sentence) gives the sentence's figures with no source its
  name; an acronym spelling the name before it, a place or a region, a page's word or a
  picture's credit ("(Getty Images)"), or a name after a party's or body's common noun,
  does not; "per"/"via" in the bracket also overrides an agent's "recorded".
- a quote signed after a dash ('"..." -- Marco Ricci, who runs ...') is the signer's.
- a "Source:" line closing a box's caption covers the figure on its own short line above
  (not across a blank line, not from inside a bullet); "Data: X; Chart: Y" credits as
  "Source:" does.
- "the paper reported" is the outlet told before ("..., the ministry told Welt am
  Sonntag"); "That's according to X." and "The figures come from X." give the sentence
  before their source; "in its own survey" is the opening body's.
- a name after a body's common noun ("the activist network Grupa Granica") is a body,
  the next "it"; a tag's "it" ("..., it said on X") is the body that opens its sentence;
  "the advocacy group Witness at the Border" keeps "at"; "the bloc's statistics office
  Eurostat" is Eurostat.
- a man named with his age after "spoke to" ("Youssef, 17,") is the next "he"; a
  transcript's surname label ("HASAN:") is the person the text named in full before.
- "<Name> reports 412 ..." and "Officials here tell us ..." report; "point out" reports;
  "The figures from Frontex, the EU border agency, show" are Frontex's; "..., the
  National Audit Office (NAO) found." is a body's closing tag.
- a body's short name takes its country's adjective when the text gives it ("Border
  Guard" -> "Polish Border Guard").
- a quoted heading whose words a quote below says is that quote's speaker's.
- heads: a fact box's label with its period ("Deportations, January-June 2025: ",
  "Asylum claims withdrawn in 2024: "), a two-word label's plural second word ("Crossing
  attempts"), a longer participle label ("Deaths recorded on the Polish side since
  2021: "), a number-first bullet ("- 1,200: the number of ..."), "N treated" (people),
  "Afghans were the largest group, at 4,320", an answer's bare count after "How many X?",
  "roughly 30% of the total" (the count before, past the one it restates), a plan's verb
  no part of its name ("the plan asks for $1.9bn and is 6% funded"), a bullet's topic
  label before the funded plan's clause.
- part_of: "Of those," skips the old value of a comparison ("up from 260").
- not figures: "ITEM 3", "Segment 2" (a running order), "one-in, one-out" (a scheme's
  name), a live page's "Updated 3 hours ago" on a line of its own, a newsletter's "1 big
  thing:".
- "asylum claims withdrawn/lodged/..." is the noun, no claim.

Final score of the four reports (after the rules and a merge of main; ``python -m
analysis.evaluate /tmp/digest-blind``, the batch alone): F1 1.000 (81/81, no miss, no
extra); bound, kind, low_high and part_of 1.000; head 0.963 (78/81: the two "internally
displaced" and "200 police and Guardia Civil officers", open above); source 0.975 with the
blind gold (79/81: the two figures of 68's "A foreign ministry spokesman", whose gold was
corrected), 1.000 with the corrected gold; counted 0.667 (not scored: "attempts to reach
Ceuta by sea ..." read as "attempts", and the like).
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# Batch 1: the constructions that failed in the four reports, each in other words
# (expected values by hand, before the first run).
CASES = [
    # A broadcast transcript: a newsroom role's label ("ANCHOR:", "REPORTER (NAME):") is
    # the programme's own voice; an interviewee's label, with "(through interpreter)", is
    # the speaker of the line.
    (
        "invented/radio bulletin: role labels and an interviewee's label",
        "ANCHOR (SARA KING): Good evening.\n\n"
        "REPORTER (TOM BRIGGS): More than 2,300 people crossed the bridge at Kakuma today.\n\n"
        "ANCHOR: And what do the families say?\n\n"
        "REPORTER: They are exhausted. Amina Jama arrived this morning.\n\n"
        "AMINA JAMA (through interpreter): We walked for six days with the children.",
        [
            ("More than 2,300", 2300, LO, C, None, {"head": "people", "source": None}),
            ("six days", 6, E, D, "day", {"source": "Amina Jama"}),
        ],
    ),
    (
        "invented/TV script: a reporter's line reporting a body's words",
        "PRESENTER: Now to the border.\n\n"
        "REPORTER: The coastguard says 58 people were rescued overnight.\n\n"
        "PRESENTER: Thank you.",
        [("58", 58, E, C, None, {"head": "people", "source": "coastguard"})],
    ),
    # A clause before ", and (tonight) X says <what>" is not X's: the verb has its own
    # complement after it.
    (
        "invented/bulletin: a figure before ', and tonight X says ...'",
        "More than 600 migrants have landed on Crete since Friday, and tonight Athens says "
        "it will send a frigate.",
        [("More than 600", 600, LO, C, None, {"head": "migrants", "source": None})],
    ),
    # A bullet that opens with a body's name and a colon is that body's; a topic label is
    # no source.
    (
        "invented/newsletter: source labels and topic labels on bullets",
        "- UNICEF: 2.3m children out of school, of whom about 900,000 in Darfur\n"
        "- WFP: 640,000 people reached with food in May\n"
        "- Funding: the response plan asks for $2.7bn",
        [
            ("2.3m", 2.3e6, E, C, None, {"head": "children", "source": "UNICEF"}),
            (
                "about 900,000",
                9e5,
                AP,
                C,
                None,
                {"head": "children", "part_of": 0, "source": "UNICEF"},
            ),
            ("640,000", 640000, E, C, None, {"head": "people", "source": "WFP"}),
            ("$2.7bn", 2.7e9, E, M, "USD", {"source": None}),
        ],
    ),
    # An outlet or a body in brackets closing a sentence or a label's line is its credit.
    (
        "invented/newsletter: an outlet in brackets closing the sentence",
        "More than 2,400 people reached Lampedusa over the weekend (ANSA).",
        [("More than 2,400", 2400, LO, C, None, {"head": "people", "source": "ANSA"})],
    ),
    (
        "invented/at a glance: label lines credited in brackets",
        "AT A GLANCE\n"
        "- Returns, January-March 2025: 4,512 (Border Guard)\n"
        "- Asylum claims withdrawn in 2024: 3,900 (interior ministry)",
        [
            ("4,512", 4512, E, C, None, {"head": "returns", "source": "Border Guard"}),
            ("3,900", 3900, E, C, None, {"head": "claims", "source": "interior ministry"}),
        ],
    ),
    (
        "invented/guard: an acronym in brackets spells out the name before it",
        "The camp is run by the International Organization for Migration (IOM) and holds "
        "1,200 people.",
        [("1,200", 1200, E, C, None, {"head": "people", "source": None})],
    ),
    # A quote signed after a dash.
    (
        "invented/newsletter: a quote of the day signed after a dash",
        'QUOTE OF THE DAY\n"We have 25 rooms and 70 families waiting." \u2014 Anna Weber, '
        "a volunteer in Calais",
        [
            ("25", 25, E, C, None, {"head": "rooms", "source": "Anna Weber"}),
            ("70", 70, E, C, None, {"head": "families", "source": "Anna Weber"}),
        ],
    ),
    # A box's figure on its own line, its credit at the end of the line under it.
    (
        "invented/newsletter: a number-of-the-day box and its Source line",
        "FIGURE OF THE WEEK\n\u00a31.2bn\nThe yearly cost of asylum hotels. Source: National "
        "Audit Office",
        [("\u00a31.2bn", 1.2e9, E, M, "GBP", {"source": "National Audit Office"})],
    ),
    # A descriptive noun phrase before a body's name is no part of it.
    (
        "invented/newsletter: according to the monitoring group X",
        "Some 310 people were pushed back to Libya last week, according to the monitoring "
        "group Alarm Phone.",
        [("Some 310", 310, AP, C, None, {"head": "people", "source": "Alarm Phone"})],
    ),
    (
        "invented/wire: an unnamed spokesman opening the sentence",
        "A navy spokesman said on Monday that 3 boats had been turned back.",
        [("3", 3, E, C, None, {"head": "boats", "source": "A navy spokesman"})],
    ),
    # "in its own survey/count": its owner is the sentence's subject, after a colon too.
    (
        "invented/explainer: a charity's own survey after a colon",
        "The rights group Amnesty International disputes the figure: in its own survey of 9 "
        "of the 12 camps, fewer than 30 per cent of residents had papers.",
        [
            (
                "9",
                9,
                E,
                C,
                None,
                {"head": "camps", "part_of": 1, "source": "Amnesty International"},
            ),
            ("12", 12, E, C, None, {"head": "camps", "source": "Amnesty International"}),
            (
                "fewer than 30 per cent",
                30,
                UP,
                P,
                "%",
                {"head": "residents", "source": "Amnesty International"},
            ),
        ],
    ),
    # "the paper reported": the newspaper named before.
    (
        "invented/explainer: the paper reported, after told <paper>",
        "The ministry spent \u20ac4m on charter flights last year, officials told Le Monde. "
        "Each flight cost about \u20ac90,000, the paper reported.",
        [
            ("\u20ac4m", 4e6, E, M, "EUR", {"source": "officials"}),
            ("about \u20ac90,000", 9e4, AP, M, "EUR", {"source": "Le Monde"}),
        ],
    ),
    # A man named with his age is the "he" of the quote after him, not a man named in an
    # earlier entry.
    (
        "invented/live blog: a single name with an age, then he told her",
        "Minister Paul Grant said 40 officers had arrived.\n\n"
        "Our reporter spoke to Karim, 19, at the port.\n"
        '"I paid 3,000 euros for the seat," he told her.',
        [
            ("40", 40, E, C, None, {"head": "officers", "source": "Paul Grant"}),
            ("3,000 euros", 3000, E, M, "EUR", {"source": "Karim"}),
        ],
    ),
    # Label heads: the label's noun counts the figure after its colon.
    (
        "invented/at a glance: a label with a period and a participle",
        "Deportations, January-June 2025: 7,420\nDeportations called off in 2024: 21,300",
        [
            ("7,420", 7420, E, C, None, {"head": "deportations"}),
            ("21,300", 21300, E, C, None, {"head": "deportations"}),
        ],
    ),
    # "the <...> plan asks for $X and is N% funded": a share of the plan.
    (
        "invented/newsletter: a plan N% funded",
        "The regional refugee response plan asks for $2.7bn and is 9% funded.",
        [
            ("$2.7bn", 2.7e9, E, M, "USD"),
            ("9%", 9, E, P, "%", {"head": "plan", "part_of": 0}),
        ],
    ),
    # What is no figure: an item's number in a rundown, a policy's name.
    (
        "invented/guard: a rundown's item number",
        "ITEM 4: Floods in Sindh\nAbout 12,000 people have left their homes.",
        [("About 12,000", 12000, AP, C, None, {"head": "people"})],
    ),
    (
        "invented/guard: one-in, one-out",
        "The one-in, one-out scheme has returned 42 people so far.",
        [("42", 42, E, C, None, {"head": "people"})],
    ),
]


# Batch 2: the rest of the four reports' misses, each in other words (written after the
# rules of batch 1; each failed on commit 86038e6's package, see the module docstring).
CASES += [
    (
        "invented/bulletin: ', and X says the next ... will'",
        "Some 900 people have crossed into Chad since Monday, and the UN says the next convoy "
        "will leave on Friday.",
        [("Some 900", 900, AP, C, None, {"head": "people", "source": None})],
    ),
    (
        "invented/bulletin: a time word opening the speaker",
        "Tonight Rome says 450 migrants have reached Lampedusa since dawn.",
        [("450", 450, E, C, None, {"head": "migrants", "source": "Rome"})],
    ),
    (
        "invented/at a glance: a Source line inside a bullet credits only that bullet",
        "AT A GLANCE\n- Change on last year: +12%\n- Waiting for a decision: about 86,000 "
        "people. Source: Home Office",
        [
            ("12%", 12, E, P, "%", {"source": None}),
            ("about 86,000", 86000, AP, C, None, {"head": "people", "source": "Home Office"}),
        ],
    ),
    (
        "invented/newsletter: a described body whose name holds 'at'",
        "Border agents held 2,100 children in May, according to the monitoring group Hope at "
        "the Border.",
        [("2,100", 2100, E, C, None, {"head": "children", "source": "Hope at the Border"})],
    ),
    (
        "invented/newsletter: a plan N% funded after a bullet's topic label",
        "- Money: the 2025 Chad refugee plan asks for $640m and is 11% funded",
        [
            ("$640m", 6.4e8, E, M, "USD"),
            ("11%", 11, E, P, "%", {"head": "plan", "part_of": 0}),
        ],
    ),
    (
        "invented/live blog: a share of the total on the line under the total",
        "- Arrivals: 2,250 since Friday\n- Children: about 600, roughly 27% of the total",
        [
            ("2,250", 2250, E, C, None, {"head": "arrivals"}),
            ("about 600", 600, AP, C, None, {"head": "children"}),
            ("roughly 27%", 27, AP, P, "%", {"head": "arrivals", "part_of": 0}),
        ],
    ),
    (
        "invented/live blog: a heading's bare count of those treated",
        "Medics: 64 treated",
        [("64", 64, E, C, None, {"head": "people"})],
    ),
]


# Batch 3: the formats beyond the four reports (live blogs, TV and radio scripts,
# newsletters, Q&A explainers), rows by hand before their first run.
CASES += [
    (
        "invented/live blog: an agency reports, its sentence has no other speaker",
        "Police in Calais have cleared a camp of about 300 people, AFP reports.",
        [("about 300", 300, AP, C, None, {"head": "people", "source": "AFP"})],
    ),
    (
        "invented/live blog: an agency's credit in brackets after a sourceless entry",
        "16:20 GMT\nAt least 40 teenagers swam around the breakwater this morning. (AFP)",
        [("At least 40", 40, LO, C, None, {"head": "teenagers", "source": "AFP"})],
    ),
    (
        "invented/live blog: the correspondent's own entry",
        "From our correspondent Maria Lopez in Lampedusa\n"
        "Coastguard boats brought in 14 boats carrying 560 people overnight.",
        [
            ("14", 14, E, C, None, {"head": "boats", "source": None}),
            ("560", 560, E, C, None, {"head": "people", "source": None}),
        ],
    ),
    (
        "invented/TV script: a soundbite's label with its language and role",
        "NARRATOR: The boat capsized a mile off the coast.\n\n"
        "SOUNDBITE (Arabic) AHMED SALEH, FISHERMAN: We pulled out 12 bodies with our own "
        "hands.\n\n"
        "NARRATOR: Survivors were taken to a school in the town.",
        [("12", 12, E, C, None, {"head": "bodies", "source": "AHMED SALEH"})],
    ),
    (
        "invented/radio: the anchor's question holds a figure",
        "ANCHOR: Is it true that 5,000 people are still waiting at the crossing?\n\n"
        "REPORTER: The Red Crescent says the queue is shorter today.",
        [("5,000", 5000, E, C, None, {"head": "people", "source": None})],
    ),
    (
        "invented/newsletter: an outlet's credit in square brackets",
        "Mexico's refugee agency received 9,400 asylum claims in March. [Reuters]",
        [("9,400", 9400, E, C, None, {"head": "claims", "source": "Reuters"})],
    ),
    (
        "invented/newsletter: 'per' a body inside brackets",
        "Greece recorded 4,100 sea arrivals in May (per UNHCR).",
        [("4,100", 4100, E, C, None, {"head": "arrivals", "source": "UNHCR"})],
    ),
    (
        "invented/newsletter: a by-the-numbers line credited to a country's body",
        "BY THE NUMBERS\n- 3,400: people crossing the Darien in a week (Panama's migration "
        "service)",
        [
            (
                "3,400",
                3400,
                E,
                C,
                None,
                {"head": "people", "source": "Panama's migration service"},
            )
        ],
    ),
    (
        "invented/newsletter: a breaking line credited after a dash in lower case",
        "BREAKING: 40 migrants feared dead after a boat sank off Tobruk \u2014 coastguard",
        [("40", 40, E, C, None, {"head": "migrants", "source": "coastguard"})],
    ),
    # A Q&A explainer: the answer's bare number counts what the question asks about.
    (
        "invented/explainer: an answer's count takes the question's noun",
        "How many people have been deported?\nAbout 1,200 since January, the ministry says.",
        [("About 1,200", 1200, AP, C, None, {"head": "people", "source": "ministry"})],
    ),
    (
        "invented/explainer: how much does it cost, according to ...",
        "How much does it cost?\nAround \u00a34.7bn a year, according to the National Audit "
        "Office.",
        [
            (
                "Around \u00a34.7bn",
                4.7e9,
                AP,
                M,
                "GBP",
                {"source": "National Audit Office"},
            )
        ],
    ),
    (
        "invented/explainer: how long, with data that show",
        "How long do claims take?\nOn average 14 months, Home Office data show.",
        [("14 months", 14, E, D, "month", {"source": "Home Office"})],
    ),
    (
        "invented/explainer: a Q and A labelled answer",
        "Q: How many children are in the camps?\nA: Roughly 61,000, Unicef estimates.",
        [("Roughly 61,000", 61000, AP, C, None, {"head": "children", "source": "Unicef"})],
    ),
]


# Batch 4: guards for this round's rules on ordinary prose (brackets closing a sentence that
# credit no one, a capitalised label that is a topic, a bullet with a colon inside), rows
# by hand before their first run.
CASES += [
    (
        "invented/guard: an acronym in brackets after a name with accents",
        "About 2,000 people live in the camp run by M\u00e9decins Sans Fronti\u00e8res (MSF).",
        [("About 2,000", 2000, AP, C, None, {"head": "people", "source": None})],
    ),
    (
        "invented/guard: a region in brackets after a city",
        "Some 4,000 people fled to Goma (North Kivu).",
        [("Some 4,000", 4000, AP, C, None, {"head": "people", "source": None})],
    ),
    (
        "invented/guard: a pointer to a chart in brackets",
        "Arrivals rose to 12,000 in June (see chart).",
        [("12,000", 12000, E, C, None, {"source": None})],
    ),
    (
        "invented/guard: a breakdown in brackets closing the sentence",
        "Police arrested 40 people (including 12 women).",
        [
            ("40", 40, E, C, None, {"head": "people", "source": None}),
            ("12", 12, E, C, None, {"head": "women", "part_of": 0, "source": None}),
        ],
    ),
    (
        "invented/guard: a person named in brackets after a role",
        "The camp's manager (Ahmed Noor) runs 14 tents for 300 families.",
        [
            ("14", 14, E, C, None, {"head": "tents", "source": None}),
            ("300", 300, E, C, None, {"head": "families", "source": None}),
        ],
    ),
    (
        "invented/guard: a topic in capitals before a colon on a bullet",
        "- LIBYA: 1,100 migrants intercepted at sea last week",
        [("1,100", 1100, E, C, None, {"head": "migrants", "source": None})],
    ),
    (
        "invented/guard: a role label inside a story's sentence is no transcript",
        "The reporter said 30 families had left.\nANCHOR: Thank you.",
        [("30", 30, E, C, None, {"head": "families", "source": "reporter"})],
    ),
    (
        "invented/guard: a dash after a quote, then no name",
        '"We need 500 more beds" \u2014 that was the message from the mayor.',
        [("500", 500, E, C, None, {"head": "beds"})],
    ),
]


# Batch 5: more of the formats' ways of naming a source, rows by hand before their first
# run.
CASES += [
    (
        "invented/live blog: an agency's name and a colon opening an entry",
        "Reuters: Libya's coastguard intercepted 300 people off Zuwara overnight",
        [("300", 300, E, C, None, {"head": "people", "source": "Reuters"})],
    ),
    (
        "invented/live blog: an inverted 'reports AFP'",
        "At least 12 people died when the boat capsized, reports AFP.",
        [("At least 12", 12, LO, C, None, {"head": "people", "source": "AFP"})],
    ),
    (
        "invented/radio: 'That's according to' the sentence after the figure",
        "REPORTER: Some 3,200 people crossed the border last week. That's according to "
        "the interior ministry.\n\nANCHOR: Thank you.",
        [("Some 3,200", 3200, AP, C, None, {"head": "people", "source": "interior ministry"})],
    ),
    (
        "invented/TV script: 'The figures come from' the sentence after the figure",
        "More than 900 children arrived alone this month. The figures come from the Red Cross.",
        [("More than 900", 900, LO, C, None, {"head": "children", "source": "Red Cross"})],
    ),
    (
        "invented/newsletter: a number-first bullet with the number of what it counts",
        "- 1,200: the number of unaccompanied children housed in hotels last year",
        [("1,200", 1200, E, C, None, {"head": "children"})],
    ),
    (
        "invented/newsletter: a chart's Data: credit",
        "Asylum claims fell 18% to 24,300 in the quarter.\nData: Home Office; Chart: Ana Ruiz",
        [
            ("18%", 18, E, P, "%", {"source": "Home Office"}),
            ("24,300", 24300, E, C, None, {"head": "claims", "source": "Home Office"}),
        ],
    ),
    (
        "invented/live blog: a body's post quoted after a colon",
        'The IOM said on X: "At least 61 people have died in the shipwreck off Lampedusa."',
        [("At least 61", 61, LO, C, None, {"head": "people", "source": "IOM"})],
    ),
    (
        "invented/live blog: according to local media",
        "Around 150 people were evacuated from the camp, according to local media.",
        [("Around 150", 150, AP, C, None, {"head": "people", "source": "local media"})],
    ),
]


# Batch 6: the last miss of the four reports (67's quoted heading), in other words, written
# after its rule (the row failed on commit 9c81973's package).
CASES += [
    (
        "invented/live blog: a quoted heading, its words said below it",
        "'Forty people sleeping in the hall'\n"
        "Amina Diallo runs a shelter in Briancon.\n"
        '"There are forty people sleeping in the hall tonight," she said.',
        [
            ("Forty", 40, E, C, None, {"head": "people", "source": "Amina Diallo"}),
            ("forty", 40, E, C, None, {"head": "people", "source": "Amina Diallo"}),
        ],
    ),
]


# Batch 7: more terse sources of these formats, rows by hand before their first run.
CASES += [
    (
        "invented/live blog: a key event with its time before a dash",
        "Key events\n16:05 \u2013 Police say 40 people were detained at the port",
        [("40", 40, E, C, None, {"head": "people", "source": "Police"})],
    ),
    (
        "invented/explainer: figures from a body, its description set off by commas",
        "The figures from Frontex, the EU border agency, show 42,000 detections on the "
        "central Mediterranean route.",
        [("42,000", 42000, E, C, None, {"head": "detections", "source": "Frontex"})],
    ),
    (
        "invented/radio: officials here tell us",
        "REPORTER: Officials here tell us around 300 families are still missing.\n\n"
        "ANCHOR: Thank you.",
        [("around 300", 300, AP, C, None, {"head": "families", "source": "Officials"})],
    ),
    (
        "invented/live blog: a body line closed by a dash and an agency",
        "Italy's coastguard rescued 95 people south of Lampedusa \u2014 Reuters",
        [("95", 95, E, C, None, {"head": "people", "source": "Reuters"})],
    ),
    # (left out after its first run: ", via UNHCR" closing a line is a credit, but ", via
    # Libya" is a route, and the two are told apart only by a place list; known miss)
    (
        "invented/newsletter: 'Per' an acronym opening a bullet",
        "- Per UNHCR, 4,000 people crossed into Chad last week",
        [("4,000", 4000, E, C, None, {"head": "people", "source": "UNHCR"})],
    ),
]


# Batch 8: broadcast numbers and labelled lines, rows by hand before their first run.
CASES += [
    (
        "invented/TV script: a hyphenated thousand",
        "NARRATOR: More than 22-thousand migrants have crossed the Channel this year.\n\n"
        "NARRATOR: Most came from France.",
        [("More than 22-thousand", 22000, LO, C, None, {"head": "migrants", "source": None})],
    ),
    (
        "invented/radio: fifteen hundred",
        "REPORTER: About fifteen hundred people are sleeping in the stadium tonight.\n\n"
        "ANCHOR: Thank you.",
        [("About fifteen hundred", 1500, AP, C, None, {"head": "people", "source": None})],
    ),
    (
        "invented/rush transcript: a time stamp before a role label",
        "[14:02:11] REPORTER: About 400 people are sheltering in the school.\n"
        "[14:02:30] ANCHOR: And the weather?",
        [("About 400", 400, AP, C, None, {"head": "people", "source": None})],
    ),
    (
        "invented/live blog: a labelled bullet with a dash credit",
        "What we know\n- Deaths: at least 61 \u2014 IOM\n- Missing: about 30 \u2014 coastguard",
        [
            ("at least 61", 61, LO, C, None, {"head": "deaths", "source": "IOM"}),
            ("about 30", 30, AP, C, None, {"head": "missing", "source": "coastguard"}),
        ],
    ),
]


# Batch 9: a live page's time stamp (the brief's "Updated 3 hours ago"), rows by hand; the
# first failed before its rule (the "2 hours" was a duration), the second is its guard.
CASES += [
    (
        "invented/live blog: the page's time stamp is no duration",
        "Updated 2 hours ago\nAbout 250 people crossed at Ventimiglia, police said.",
        [("About 250", 250, AP, C, None, {"head": "people", "source": "police"})],
    ),
    (
        "invented/guard: a time ago inside a sentence stays a duration",
        "The list was updated 2 hours ago with 40 new names.",
        [
            ("2 hours", 2, E, D, "hour"),
            ("40", 40, E, C, None, {"head": "names"}),
        ],
    ),
]


# Batch 10: bullets headed by bodies the lexicon did not know, or whose name holds "the"
# (rows by hand; both failed before the lexicon's and the label's change).
CASES += [
    (
        "invented/newsletter: a statistics office heading a bullet",
        "- Eurostat: 912,000 asylum applications in the EU in 2024",
        [("912,000", 912000, E, C, None, {"head": "applications", "source": "Eurostat"})],
    ),
    (
        "invented/newsletter: a charity whose name holds 'the' heading a bullet",
        "- Save the Children: 4,300 children crossed the Darien alone since January",
        [("4,300", 4300, E, C, None, {"head": "children", "source": "Save the Children"})],
    ),
]


# Batch 11: more of the formats' habits, rows by hand before their first run.
CASES += [
    (
        "invented/bulletin: a news agency reports that",
        "The Associated Press reports that at least 14 people drowned off Djibouti.",
        [
            (
                "at least 14",
                14,
                LO,
                C,
                None,
                {"head": "people", "source": "Associated Press"},
            )
        ],
    ),
    (
        "invented/newsletter: '1 big thing' is a heading's number, no count",
        "1 big thing: ICE removal flights hit 187 in December",
        [("187", 187, E, C, None, {"head": "flights"})],
    ),
    (
        "invented/key facts: a number, a dash, its label and a bracketed credit",
        "KEY FACTS\n1.2m \u2014 people displaced in Sudan since April (UNHCR)",
        [("1.2m", 1.2e6, E, C, None, {"head": "people", "source": "UNHCR"})],
    ),
    (
        "invented/newsletter: by the numbers, a list after a colon",
        "By the numbers: 3,400 arrests, 12 deaths and $4.1m seized.",
        [
            ("3,400", 3400, E, C, None, {"head": "arrests"}),
            ("12", 12, E, C, None, {"head": "deaths"}),
            ("$4.1m", 4.1e6, E, M, "USD"),
        ],
    ),
]


# Batch 12: a guard found by reading the bracketed-credit rule again (it failed on commit
# 7c24a28's package: "PTI" was taken for a credit).
CASES += [
    (
        "invented/guard: a party's acronym in brackets after its common noun",
        "Police detained 40 supporters of Imran Khan's party (PTI).",
        [("40", 40, E, C, None, {"head": "supporters", "source": None})],
    ),
]


# Batch 13: a live blog's key points and a transcript's "According to", rows by hand
# before their first run.
CASES += [
    (
        "invented/live blog: a key point closed by ', IOM says'",
        "- At least 61 dead after boat capsizes off Libya, IOM says",
        [("At least 61", 61, LO, C, None, {"head": "dead", "source": "IOM"})],
    ),
    (
        "invented/live blog: a key point's duration closed by ', ministry says'",
        "- Greece to extend asylum suspension by three months, ministry says",
        [("three months", 3, E, D, "month", {"source": "ministry"})],
    ),
    (
        "invented/TV script: a correspondent's 'According to the UN'",
        "CORRESPONDENT: According to the UN, about 700 people a day are arriving.\n\n"
        "PRESENTER: Thank you.",
        [("about 700", 700, AP, C, None, {"head": "people", "source": "UN"})],
    ),
    (
        "invented/live blog: a quote going on in the next paragraph",
        '"We have 3,000 people in a camp built for 800," said Mayor Elena Costa.\n\n'
        '"Another 500 are sleeping outside."',
        [
            ("3,000", 3000, E, C, None, {"head": "people", "source": "Elena Costa"}),
            ("800", 800, E, C, None, {"source": "Elena Costa"}),
            ("500", 500, E, C, None, {"source": "Elena Costa"}),
        ],
    ),
    (
        "invented/live blog: a summary bullet with a change",
        "- Italy's interior ministry says 41,000 people have landed this year, down 60%",
        [
            (
                "41,000",
                41000,
                E,
                C,
                None,
                {"head": "people", "source": "Italy's interior ministry"},
            ),
            ("60%", 60, E, P, "%", {"source": "Italy's interior ministry"}),
        ],
    ),
]


# Batch 14: a transcript's surname label after the full name in the reporter's words, rows
# by hand before their first run.
CASES += [
    (
        "invented/radio: a surname label after the name in full",
        "REPORTER: Teuku Hasan leads the fishermen's council in Bireuen.\n\n"
        "HASAN: We pulled 40 people out of the water that night.\n\n"
        "REPORTER: The navy arrived the next morning.",
        [("40", 40, E, C, None, {"head": "people", "source": "Teuku Hasan"})],
    ),
]


# Batch 15: a picture's credit closing a caption is no source (a guard found by reading the
# bracketed-credit rule again; written with its word list's change).
CASES += [
    (
        "invented/guard: a photo agency's credit closing a caption",
        "Migrants wait at the border in Tijuana, where about 3,000 are camped. (Getty Images)",
        [("about 3,000", 3000, AP, C, None, {"source": None})],
    ),
]


# Batch 16: a newsletter's outlets passing on a figure, rows by hand before their first run.
CASES += [
    (
        "invented/newsletter: a paper reports that",
        "The Times reports that 2,000 asylum seekers will be moved out of hotels by March.",
        [("2,000", 2000, E, C, None, {"head": "seekers", "source": "The Times"})],
    ),
    (
        "invented/newsletter: a broadcaster understands",
        "Sky News understands that 14 more flights are planned before Christmas.",
        [("14", 14, E, C, None, {"head": "flights", "source": "Sky News"})],
    ),
    (
        "invented/newsletter: an outlet passes on a ministry's figure",
        "The interior ministry told Le Figaro that 1,850 people were expelled in May.",
        [("1,850", 1850, E, C, None, {"head": "people", "source": "interior ministry"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_digest_figures(case):
    _, text, expected = case
    check_figures(text, expected)


# A whole invented live blog (Guardian-like, on the Poland-Belarus border), rows by hand
# before its first run: key events, timestamped entries, a heading with a group's name and
# a colon, a quick-facts list with bracketed and "per" credits.
ARTICLE_LIVE = (
    "Poland-Belarus border: live updates\n\n"
    "Key events\n"
    "- Border Guard reports 412 attempted crossings on Tuesday\n"
    "- Two soldiers injured near Dubicze Cerkiewne, army says\n\n"
    "09:41 CET\n"
    "The Polish Border Guard recorded 412 attempts to cross from Belarus on Tuesday, up from "
    "260 a day earlier, it said on X. Of those, 58 people were detained.\n\n"
    "10:15 CET\n"
    "Interior minister Tomasz Rudnik told TVN24 that 1,500 more troops would be sent to "
    'Podlasie by the weekend. "We will not let 3,000 people storm the fence again," he said.'
    "\n\n"
    "11:02 CET\n"
    "Grupa Granica: nine people in the forest need medical help\n"
    "The activist network Grupa Granica says its volunteers reached nine people overnight, "
    "including a pregnant woman. It says 2 of them were taken to hospital in Hajnowka.\n\n"
    "11:30 CET\n"
    "Quick facts\n"
    "- Crossing attempts in 2024: about 30,000 (Border Guard)\n"
    "- Deaths recorded on the Polish side since 2021: at least 89, per the NGO We Are "
    "Monitoring"
)
PBG = "Polish Border Guard"
GG = "Grupa Granica"
ARTICLE_LIVE_ROWS = [
    ("412", 412, E, C, None, {"head": "crossings", "source": PBG}),
    ("Two", 2, E, C, None, {"head": "soldiers", "source": "army"}),
    ("412", 412, E, C, None, {"head": "attempts", "source": PBG}),
    ("260", 260, E, C, None, {"head": "attempts", "source": PBG}),
    # (open: the sentence after the Border Guard's, with no verb of its own)
    ("58", 58, E, C, None, {"head": "people", "part_of": 2}),
    ("1,500", 1500, E, C, None, {"head": "troops", "source": "Tomasz Rudnik"}),
    ("3,000", 3000, E, C, None, {"head": "people", "source": "Tomasz Rudnik"}),
    # (open: a heading opened by a group the lexicon does not know, then a colon)
    ("nine", 9, E, C, None, {"head": "people"}),
    ("nine", 9, E, C, None, {"head": "people", "source": GG}),
    ("2", 2, E, C, None, {"head": "people", "part_of": 8, "source": GG}),
    ("about 30,000", 30000, AP, C, None, {"head": "attempts", "source": PBG}),
    ("at least 89", 89, LO, C, None, {"head": "deaths", "source": "We Are Monitoring"}),
]


def test_article_live():
    check_figures(ARTICLE_LIVE, ARTICLE_LIVE_ROWS)


# A whole invented Q&A explainer (BBC-like, on Channel crossings), rows by hand before its
# first run: questions as headings, answers that lean on them, a breakdown by nationality,
# a second reference by acronym, a "Read more" line.
ARTICLE_QA = (
    "Small boats: what we know about Channel crossings this year\n\n"
    "How many people have crossed?\n"
    "More than 28,000 people crossed the Channel in small boats between January and "
    "August, according to Home Office figures. That is 41% more than in the same period "
    "last year.\n\n"
    "Who is crossing?\n"
    "Afghans were the largest group, at 4,320, followed by Eritreans (3,910) and Iranians "
    "(3,060). About one in five were under 18, the Home Office said.\n\n"
    "How many have been sent back?\n"
    "Under the returns pilot with France, 135 people had been returned by the end of "
    "August, the government says. Critics point out that this is less than 1% of "
    "arrivals.\n\n"
    "How much does the asylum system cost?\n"
    "The Home Office spent \u00a34.7bn on asylum support in the last financial year, the "
    "National Audit Office (NAO) found. Hotels alone cost \u00a35.5m a day, the NAO said.\n\n"
    "Read more: Who are the people crossing the Channel?"
)
NAO = "National Audit Office"
ARTICLE_QA_ROWS = [
    ("More than 28,000", 28000, LO, C, None, {"head": "people", "source": "Home Office"}),
    ("41%", 41, E, P, "%", {"head": None, "source": None}),
    # (open: a breakdown in the report's voice after the figures' source was named)
    ("4,320", 4320, E, C, None, {"head": "afghans"}),
    ("3,910", 3910, E, C, None, {"head": "eritreans"}),
    ("3,060", 3060, E, C, None, {"head": "iranians"}),
    ("About one in five", 20, AP, P, "%", {"source": "Home Office"}),
    ("135", 135, E, C, None, {"head": "people", "source": "government"}),
    ("less than 1%", 1, UP, P, "%", {"head": "arrivals", "source": "Critics"}),
    ("\u00a34.7bn", 4.7e9, E, M, "GBP", {"source": NAO}),
    ("\u00a35.5m", 5.5e6, E, M, "GBP", {"source": NAO}),
]


def test_article_qa():
    check_figures(ARTICLE_QA, ARTICLE_QA_ROWS)


# A whole invented radio report (BBC World Service-like, on Sudanese refugees in Chad),
# rows by hand before its first run: a presenter's and a correspondent's turns, two
# interviewees' labels, numbers in words, a UN agency described and its representative.
ARTICLE_RADIO = (
    "PRESENTER: Sudan's war has now forced more than twelve million people from their "
    "homes. Our correspondent Hannah Boateng has been to Adre, on the border with Chad.\n\n"
    "CORRESPONDENT (HANNAH BOATENG): The crossing point here is a dry riverbed. Aid workers "
    "say around six hundred people cross it every day, most of them women and children.\n\n"
    "FATIMA ADAM (translated): We walked for eleven days from El Fasher. My two sons stayed "
    "behind.\n\n"
    "CORRESPONDENT: The UN refugee agency says Chad now hosts about 1.2 million Sudanese "
    "refugees, in camps built for far fewer. Its representative, Luca Ferraro, told me "
    "funding had run dry.\n\n"
    "LUCA FERRARO: We have received 14 per cent of what we asked for this year. That means "
    "one meal a day for most families.\n\n"
    "PRESENTER: Hannah Boateng reporting from Adre."
)
ARTICLE_RADIO_ROWS = [
    ("more than twelve million", 1.2e7, LO, C, None, {"head": "people", "source": None}),
    ("around six hundred", 600, AP, C, None, {"head": "people", "source": "Aid workers"}),
    ("eleven days", 11, E, D, "day", {"source": "Fatima Adam"}),
    ("two", 2, E, C, None, {"head": "sons", "source": "Fatima Adam"}),
    (
        "about 1.2 million",
        1.2e6,
        AP,
        C,
        None,
        {"head": "refugees", "source": "UN refugee agency"},
    ),
    ("14 per cent", 14, E, P, "%", {"source": "Luca Ferraro"}),
    ("one", 1, E, C, None, {"head": "meal", "source": "Luca Ferraro"}),
]


def test_article_radio():
    check_figures(ARTICLE_RADIO, ARTICLE_RADIO_ROWS)


# A whole invented newsletter item (Axios-like, on US border arrests), rows by hand before
# its first run: the format's bold labels ("Why it matters:", "By the numbers:", "Zoom
# in:") are topics, never sources; the sources come as "per CBP data", "according to".
ARTICLE_AXIOS = (
    "Border arrests fall to lowest level since 2020\n\n"
    "Border Patrol agents made 8,725 arrests between ports of entry in March, per CBP data "
    "released Tuesday.\n\n"
    "Why it matters: That is down 94% from the December 2023 peak, when agents made about "
    "250,000 arrests.\n\n"
    "By the numbers:\n"
    "- Daily average: 281 arrests, down from 8,000 at the peak.\n"
    "- Mexicans: 61% of those arrested.\n"
    "- Detention: ICE held 47,600 people on March 30, a record, according to TRAC.\n\n"
    "Zoom in: In the Tucson sector, agents arrested 1,900 people, the most of any sector.\n\n"
    "Go deeper: Where the detention beds are"
)
ARTICLE_AXIOS_ROWS = [
    ("8,725", 8725, E, C, None, {"head": "arrests", "source": "CBP"}),
    ("94%", 94, E, P, "%", {"head": None, "source": None}),
    ("about 250,000", 250000, AP, C, None, {"head": "arrests", "source": None}),
    ("281", 281, E, C, None, {"head": "arrests", "source": None}),
    ("8,000", 8000, E, C, None, {"head": "arrests", "source": None}),
    # (open: the head of a share "of those arrested")
    ("61%", 61, E, P, "%", {"source": None}),
    ("47,600", 47600, E, C, None, {"head": "people", "source": "TRAC"}),
    ("1,900", 1900, E, C, None, {"head": "people", "source": None}),
]


def test_article_axios():
    check_figures(ARTICLE_AXIOS, ARTICLE_AXIOS_ROWS)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "67-ceuta-swimmers-live.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.954,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "68-aceh-boats-bulletin.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "69-morning-brief-borders.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.909,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "70-germany-deportations-qa.txt": {
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
