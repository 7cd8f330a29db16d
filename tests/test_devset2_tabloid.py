"""Second dev set, batch ``ds2-tabloid``: reports 154-156 of ``tests/fixtures/devset2``, British
tabloid and regional press on Channel crossings and asylum (Daily Mail, The Sun, Express,
Manchester Evening News, Kent Online): money glued to its scale and rate ("£6.2million-a-day",
"£4.7bn", "£1.1billion"), records and "so far this year" running totals compared with the
same point last year, hotel and council figures, MPs' and Home Office spokesmen's quotes in
single marks running over several paragraphs, one-sentence paragraphs, headline-style intros
with a word in capitals ("30,000 WEEKS earlier"). Before writing them, real copy of these
kinds was read through the stored-pages search (none is kept here): Mail and Telegraph
stories on daily crossing records and the year's tally, PA and i stories on the highest
daily total so far this year, the Mail, Express & Star and National stories on the "£8m a
day" hotel bill, Kent Online, BBC and Sun stories on Kent County Council and lone child
migrants, and Manchester Evening News and BBC stories on asylum dispersal in Greater
Manchester. Every sentence, name and number is invented; places and organisations are real:

- 154-mail-channel-crossings-daily-record.txt: a Mail-like story, 2026-08-20, on a record
  day of 1,106 crossings, the running total against last year's, witnesses at Gravelines,
  French police, the shadow home secretary's three-paragraph quote, the hotel and asylum
  bill, a Home Office spokesman, the IOM's deaths and a Refugee Council quote.
- 155-express-asylum-hotels-bill.txt: an Express-like story, 2026-10-14, on the hotel bill
  a day and a year, hotels still open, the annual accounts, the NAO's contract estimate and
  cost a night, Greater Manchester and Wigan, a Tory MP who "fumed:", Reform's claim and a
  Home Office spokesman who "hit back:" over two paragraphs.
- 156-kentonline-lone-child-migrants-record-week.txt: a Kent Online-like story, 2026-09-03,
  on a record week of unaccompanied children taken into KCC's care, the transfer scheme's
  wait, the cost a week and the budget gap, age assessments, the national total "of them"
  children, Manston's numbers and a boy's time in Calais.

The reports and their gold were committed (a42bcab) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/tabloid-blind --misses``, only
this batch in the folder, at that commit)::

    report                                              gold  pred match      P      R     F1  date
    154-mail-channel-crossings-daily-record.txt           25    25    25  1.000  1.000  1.000  ok
    155-express-asylum-hotels-bill.txt                    25    25    25  1.000  1.000  1.000  ok
    156-kentonline-lone-child-migrants-record-week.txt    25    25    25  1.000  1.000  1.000  ok
    TOTAL                                                 75    75    75  1.000  1.000  1.000  1.000

    field accuracy over 75 matched figures:
      bound                         1.000  (75/75)
      kind                          0.987  (74/75)
      head                          0.920  (69/75)
      low_high                      1.000  (75/75)
      part_of                       0.987  (74/75)
      source                        0.707  (53/75)
      source (lenient: surname ok)  0.720  (54/75)
      counted                       0.240  (18/75)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      154-mail-channel-crossings-daily-record.txt '30,000': kind: 'count' -> 'duration'; head: 'people' -> 'weeks'; counted: 'people who crossed the Channel this year' -> nan
      154-mail-channel-crossings-daily-record.txt '1,106': counted: 'migrants who arrived in a day' -> 'migrants'
      154-mail-channel-crossings-daily-record.txt '1,106': counted: 'migrants who crossed the Channel yesterday' -> 'migrants'
      154-mail-channel-crossings-daily-record.txt '58': counted: 'average people per boat' -> 'people'
      154-mail-channel-crossings-daily-record.txt '974': head: 'migrants' -> nan; counted: 'previous daily record of crossings this year' -> nan
      154-mail-channel-crossings-daily-record.txt '30,412': counted: 'people who crossed since January 1' -> 'people'
      154-mail-channel-crossings-daily-record.txt '23 per cent': counted: 'rise on the same point last year' -> nan
      154-mail-channel-crossings-daily-record.txt '24,726': counted: 'people who had arrived by the same point last year' -> 'people'
      154-mail-channel-crossings-daily-record.txt '41,472': counted: 'people who crossed last year' -> 'people'
      154-mail-channel-crossings-daily-record.txt '45,774': counted: 'people who crossed in 2022' -> 'people'
      154-mail-channel-crossings-daily-record.txt 'around 70': source: 'Witnesses' -> 'the beach at Gravelines'; counted: 'people crammed into a flimsy dinghy' -> 'people'
      154-mail-channel-crossings-daily-record.txt 'at least eight': source: 'Witnesses' -> 'the beach at Gravelines'; counted: 'young children in the boat' -> 'young children'
      154-mail-channel-crossings-daily-record.txt '11': counted: 'launches stopped' -> 'launches'
      154-mail-channel-crossings-daily-record.txt '1,100': source: 'Marcus Threlfall' -> nan; counted: 'people who crossed in 24 hours' -> 'people'
      154-mail-channel-crossings-daily-record.txt '24 hours': source: 'Marcus Threlfall' -> nan; counted: 'period of the latest crossings' -> nan
      154-mail-channel-crossings-daily-record.txt '3,200': source: 'Marcus Threlfall' -> nan; counted: 'people sent back under the returns deal' -> 'people'
      154-mail-channel-crossings-daily-record.txt '50,000': counted: 'annual total of crossings' -> 'people'
      154-mail-channel-crossings-daily-record.txt 'more than 35,000': source: 'A Home Office spokesman' -> nan; counted: 'people removed since July last year' -> 'people'
      154-mail-channel-crossings-daily-record.txt '3,214': source: 'A Home Office spokesman' -> nan; counted: 'small boat arrivals returned to France' -> 'small boat arrivals returned to France under our landmark agreement'
      154-mail-channel-crossings-daily-record.txt 'At least 61': counted: 'people who died trying to reach Britain this year' -> 'people'
      154-mail-channel-crossings-daily-record.txt '78': counted: 'people who died in 2025' -> 'people'
      154-mail-channel-crossings-daily-record.txt 'More than half': counted: 'people in the boats later granted protection' -> 'people'
      155-express-asylum-hotels-bill.txt '212': counted: 'hotels still open' -> 'hotels'
      155-express-asylum-hotels-bill.txt '£6.2million': source: nan -> 'shock new figures'
      155-express-asylum-hotels-bill.txt '212': counted: 'hotels in use at the end of September' -> 'hotels'
      155-express-asylum-hotels-bill.txt '31,840': counted: 'asylum seekers housed in hotels' -> 'asylum seekers'
      155-express-asylum-hotels-bill.txt 'Some 7,400': counted: 'children in asylum hotels' -> 'children'
      155-express-asylum-hotels-bill.txt 'more than 400': counted: 'hotels in use at the 2023 peak' -> 'hotels'
      155-express-asylum-hotels-bill.txt '14': counted: 'rise in hotels since June' -> 'hotels'
      155-express-asylum-hotels-bill.txt '10 years': counted: 'accommodation contracts' -> nan
      155-express-asylum-hotels-bill.txt '£145': source: 'National Audit Office' -> nan
      155-express-asylum-hotels-bill.txt '£17': source: 'National Audit Office' -> nan
      155-express-asylum-hotels-bill.txt '2,630': source: 'council figures' -> 'Refugee Council'; counted: 'asylum seekers in hotels in Greater Manchester' -> 'asylum seekers'
      155-express-asylum-hotels-bill.txt 'one': counted: 'hotel in Wigan' -> 'hotel'
      155-express-asylum-hotels-bill.txt '290': counted: 'men housed in the Wigan hotel' -> 'men'
      155-express-asylum-hotels-bill.txt 'more than 18 months': counted: 'stay of the men in the hotel' -> nan
      155-express-asylum-hotels-bill.txt 'more than £250,000': source: 'Graham Pell' -> nan
      155-express-asylum-hotels-bill.txt 'as many as 60,000': counted: "migrants housed at the taxpayer's expense" -> 'migrants'
      155-express-asylum-hotels-bill.txt 'more than 400': source: 'a Home Office spokesman' -> nan; counted: 'hotels open when Labour took office' -> 'hotels'
      155-express-asylum-hotels-bill.txt 'more than 190': source: 'a Home Office spokesman' -> nan; counted: 'hotels closed since the peak' -> 'hotels'
      155-express-asylum-hotels-bill.txt '£1.1billion': source: 'a Home Office spokesman' -> nan
      156-kentonline-lone-child-migrants-record-week.txt '86': counted: "lone child migrants taken into Kent's care in a week" -> 'lone child migrants'
      156-kentonline-lone-child-migrants-record-week.txt '86': source: nan -> 'KentOnline'; counted: 'unaccompanied children taken into KCC care last week' -> 'unaccompanied children'
      156-kentonline-lone-child-migrants-record-week.txt '71': head: 'children' -> nan; counted: 'previous weekly high of children taken into care' -> nan
      156-kentonline-lone-child-migrants-record-week.txt '1,214': head: 'children' -> 'people'; counted: 'unaccompanied asylum-seeking children arriving in Kent this year' -> 'people'
      156-kentonline-lone-child-migrants-record-week.txt '902': head: 'children' -> nan; counted: 'children arriving by this stage in 2025' -> nan
      156-kentonline-lone-child-migrants-record-week.txt '614': counted: "lone children in KCC's care" -> 'lone children'
      156-kentonline-lone-child-migrants-record-week.txt '148': counted: 'children in care under 16' -> 'lone children'
      156-kentonline-lone-child-migrants-record-week.txt '10 days': counted: 'transfer to other councils' -> nan
      156-kentonline-lone-child-migrants-record-week.txt '23 days': source: 'Kent County Council' -> 'KentOnline'; counted: 'average wait for transfer' -> nan
      156-kentonline-lone-child-migrants-record-week.txt 'more than seven weeks': source: 'Kent County Council' -> 'KentOnline'; counted: 'wait of some youngsters in Kent' -> nan
      156-kentonline-lone-child-migrants-record-week.txt '£1,430': part_of: nan -> 'around £1,900'
      156-kentonline-lone-child-migrants-record-week.txt '42': counted: 'social workers dedicated to these children' -> 'social workers'
      156-kentonline-lone-child-migrants-record-week.txt '310': counted: 'age assessments carried out this year' -> 'age assessments'
      156-kentonline-lone-child-migrants-record-week.txt '97': source: nan -> 'the person'; counted: 'age assessments finding an adult' -> 'age assessments'
      156-kentonline-lone-child-migrants-record-week.txt 'more than 31,000': counted: 'people who crossed the Channel this year' -> 'people'
      156-kentonline-lone-child-migrants-record-week.txt '4,380': source: 'Home Office' -> nan; counted: 'people who claimed to be children' -> 'people'
      156-kentonline-lone-child-migrants-record-week.txt 'more than 700': counted: 'children transferred to other local authorities' -> 'children'
      156-kentonline-lone-child-migrants-record-week.txt 'Around 1,300': counted: 'people being processed at Manston' -> 'people'
      156-kentonline-lone-child-migrants-record-week.txt '420': head: 'people' -> nan; source: 'a Home Office source' -> nan; counted: 'people at Manston a week earlier' -> nan
      156-kentonline-lone-child-migrants-record-week.txt '1,600': counted: 'capacity of the Manston centre' -> 'people'
      156-kentonline-lone-child-migrants-record-week.txt 'no more than 24 hours': counted: 'stay at the Manston centre' -> nan
      156-kentonline-lone-child-migrants-record-week.txt 'four months': source: 'a 16-year-old from Sudan' -> 'Sudan'; counted: 'time spent in Calais' -> nan

Gold corrected afterwards (slips against the project's conventions, not toward the output;
commit e893783): in 156, "86 unaccompanied children ..., KentOnline can reveal" had no
source; the project names the paper ("More than 4,200 migrant workers have died since 2012,
the Observer can reveal" -> Observer, tests/test_real_probe_migration_world.py), so it is
"KentOnline" now (the blind run's answer); and "Government funding covers just £1,430 of
that" had no part_of, though "of that" signals the share of the £1,900 before it (the blind
run's answer too). No other gold was changed.

The general rules of this round, one line each:

- British single speech marks, ASCII as the Mail's and Express's web copy prints them or
  curly, are read as double ones by the quotation rules (a same-length copy, only in a text
  with no double mark), so a quotation over several paragraphs, each opening with a mark
  and only the last closing it, keeps its speaker.
- The sentences after the one naming the speaker in a paragraph that opens a quotation and
  leaves it open ('A Home Office spokesman said: "These crossings are unacceptable. Since
  July we have removed more than 35,000 ...') are the speaker's.
- "fumed:", "raged:", "hit back:" report speech before a colon or after a quote's comma,
  not in "Residents fumed as 40 men moved in"; "Councillor" and "Cllr" are titles.
- A count with no noun that is compared with ("That compares with just 420", "up from") or
  is the record beaten ("the previous weekly high of 71", "the figure was 902") counts what
  a count one or two one-sentence paragraphs before counted.
- A unit word in capitals before "earlier/sooner/later than" in a line of lower case is
  stress ("hit 30,000 WEEKS earlier than last year"), no duration.
- "The spending watchdog found ..." (watchdog, auditor, inspectorate, ombudsman) reports an
  audit body's finding.

Each row of ``CASES`` was written by hand before the fix that makes it pass; run against
3dbee1c's package, 11 of the 13 fail and two guards pass, as they must ("Residents fumed as
40 men moved in", "for 18 MONTHS"). Each rule's
regression diff (``/work/notes/tools/regress.py`` against base18.json) changed 0 of 6393
texts; the dev set stays at 1.000 and the second dev set moves only on 154-156.

Tried and dropped: "X can reveal" as the paper's own voice (it would have fixed "the
authority says" after "KentOnline can reveal", which now resolves to the paper), against
the project's convention above; a head carried over to a count whose head is the fallback
"people" (seven regression texts changed, most for the worse).

Seen and left alone: "Witnesses on the beach at Gravelines said" (the source read as "the
beach at Gravelines"; the project keeps "Officials at the Torkham facility" whole, so the
gold's "Witnesses" may itself be open); "shock new figures reveal" (no owner, read as the
source); "council figures show" resolved to the Refugee Council; "97 found the person
claiming to be a child" ("the person" read as a speaker); "the number of unaccompanied
asylum-seeking children (UASC) ... to 1,214" (head "people"); the previous record of 974
takes "people" from the 58 people a boat before it, not the record's migrants; the head of
"30,000 WEEKS" is still "weeks"; "Of them, 4,380 claimed to be children" and "That compares
with just 420" do not carry the sentence before's source. "counted" is not scored.

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/tabloid-final --misses``, the batch alone, corrected gold)::

    report                                              gold  pred match      P      R     F1  date
    154-mail-channel-crossings-daily-record.txt           25    25    25  1.000  1.000  1.000  ok
    155-express-asylum-hotels-bill.txt                    25    25    25  1.000  1.000  1.000  ok
    156-kentonline-lone-child-migrants-record-week.txt    25    25    25  1.000  1.000  1.000  ok
    TOTAL                                                 75    75    75  1.000  1.000  1.000  1.000

    field accuracy over 75 matched figures:
      bound                         1.000  (75/75)
      kind                          1.000  (75/75)
      head                          0.947  (71/75)
      low_high                      1.000  (75/75)
      part_of                       1.000  (75/75)
      source                        0.867  (65/75)
      source (lenient: surname ok)  0.880  (66/75)
      counted                       0.240  (18/75)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      154-mail-channel-crossings-daily-record.txt '30,000': head: 'people' -> 'weeks'; counted: 'people who crossed the Channel this year' -> 'WEEKS'
      154-mail-channel-crossings-daily-record.txt '1,106': counted: 'migrants who arrived in a day' -> 'migrants'
      154-mail-channel-crossings-daily-record.txt '1,106': counted: 'migrants who crossed the Channel yesterday' -> 'migrants'
      154-mail-channel-crossings-daily-record.txt '58': counted: 'average people per boat' -> 'people'
      154-mail-channel-crossings-daily-record.txt '974': head: 'migrants' -> 'people'; counted: 'previous daily record of crossings this year' -> 'people'
      154-mail-channel-crossings-daily-record.txt '30,412': counted: 'people who crossed since January 1' -> 'people'
      154-mail-channel-crossings-daily-record.txt '23 per cent': counted: 'rise on the same point last year' -> nan
      154-mail-channel-crossings-daily-record.txt '24,726': counted: 'people who had arrived by the same point last year' -> 'people'
      154-mail-channel-crossings-daily-record.txt '41,472': counted: 'people who crossed last year' -> 'people'
      154-mail-channel-crossings-daily-record.txt '45,774': counted: 'people who crossed in 2022' -> 'people'
      154-mail-channel-crossings-daily-record.txt 'around 70': source: 'Witnesses' -> 'the beach at Gravelines'; counted: 'people crammed into a flimsy dinghy' -> 'people'
      154-mail-channel-crossings-daily-record.txt 'at least eight': source: 'Witnesses' -> 'the beach at Gravelines'; counted: 'young children in the boat' -> 'young children'
      154-mail-channel-crossings-daily-record.txt '11': counted: 'launches stopped' -> 'launches'
      154-mail-channel-crossings-daily-record.txt '1,100': counted: 'people who crossed in 24 hours' -> 'people'
      154-mail-channel-crossings-daily-record.txt '24 hours': counted: 'period of the latest crossings' -> nan
      154-mail-channel-crossings-daily-record.txt '3,200': counted: 'people sent back under the returns deal' -> 'people'
      154-mail-channel-crossings-daily-record.txt '50,000': counted: 'annual total of crossings' -> 'people'
      154-mail-channel-crossings-daily-record.txt 'more than 35,000': counted: 'people removed since July last year' -> 'people'
      154-mail-channel-crossings-daily-record.txt '3,214': counted: 'small boat arrivals returned to France' -> 'small boat arrivals returned to France under our landmark agreement'
      154-mail-channel-crossings-daily-record.txt 'At least 61': counted: 'people who died trying to reach Britain this year' -> 'people'
      154-mail-channel-crossings-daily-record.txt '78': counted: 'people who died in 2025' -> 'people'
      154-mail-channel-crossings-daily-record.txt 'More than half': counted: 'people in the boats later granted protection' -> 'people'
      155-express-asylum-hotels-bill.txt '212': counted: 'hotels still open' -> 'hotels'
      155-express-asylum-hotels-bill.txt '£6.2million': source: nan -> 'shock new figures'
      155-express-asylum-hotels-bill.txt '212': counted: 'hotels in use at the end of September' -> 'hotels'
      155-express-asylum-hotels-bill.txt '31,840': counted: 'asylum seekers housed in hotels' -> 'asylum seekers'
      155-express-asylum-hotels-bill.txt 'Some 7,400': counted: 'children in asylum hotels' -> 'children'
      155-express-asylum-hotels-bill.txt 'more than 400': counted: 'hotels in use at the 2023 peak' -> 'hotels'
      155-express-asylum-hotels-bill.txt '14': counted: 'rise in hotels since June' -> 'hotels'
      155-express-asylum-hotels-bill.txt '10 years': counted: 'accommodation contracts' -> nan
      155-express-asylum-hotels-bill.txt '2,630': source: 'council figures' -> 'Refugee Council'; counted: 'asylum seekers in hotels in Greater Manchester' -> 'asylum seekers'
      155-express-asylum-hotels-bill.txt 'one': counted: 'hotel in Wigan' -> 'hotel'
      155-express-asylum-hotels-bill.txt '290': counted: 'men housed in the Wigan hotel' -> 'men'
      155-express-asylum-hotels-bill.txt 'more than 18 months': counted: 'stay of the men in the hotel' -> nan
      155-express-asylum-hotels-bill.txt 'as many as 60,000': counted: "migrants housed at the taxpayer's expense" -> 'migrants'
      155-express-asylum-hotels-bill.txt 'more than 400': counted: 'hotels open when Labour took office' -> 'hotels'
      155-express-asylum-hotels-bill.txt 'more than 190': counted: 'hotels closed since the peak' -> 'hotels'
      156-kentonline-lone-child-migrants-record-week.txt '86': counted: "lone child migrants taken into Kent's care in a week" -> 'lone child migrants'
      156-kentonline-lone-child-migrants-record-week.txt '86': counted: 'unaccompanied children taken into KCC care last week' -> 'unaccompanied children'
      156-kentonline-lone-child-migrants-record-week.txt '71': counted: 'previous weekly high of children taken into care' -> 'unaccompanied children'
      156-kentonline-lone-child-migrants-record-week.txt '1,214': head: 'children' -> 'people'; counted: 'unaccompanied asylum-seeking children arriving in Kent this year' -> 'people'
      156-kentonline-lone-child-migrants-record-week.txt '902': head: 'children' -> 'people'; counted: 'children arriving by this stage in 2025' -> 'people'
      156-kentonline-lone-child-migrants-record-week.txt '614': counted: "lone children in KCC's care" -> 'lone children'
      156-kentonline-lone-child-migrants-record-week.txt '148': counted: 'children in care under 16' -> 'lone children'
      156-kentonline-lone-child-migrants-record-week.txt '10 days': counted: 'transfer to other councils' -> nan
      156-kentonline-lone-child-migrants-record-week.txt '23 days': source: 'Kent County Council' -> 'KentOnline'; counted: 'average wait for transfer' -> nan
      156-kentonline-lone-child-migrants-record-week.txt 'more than seven weeks': source: 'Kent County Council' -> 'KentOnline'; counted: 'wait of some youngsters in Kent' -> nan
      156-kentonline-lone-child-migrants-record-week.txt '42': counted: 'social workers dedicated to these children' -> 'social workers'
      156-kentonline-lone-child-migrants-record-week.txt '310': counted: 'age assessments carried out this year' -> 'age assessments'
      156-kentonline-lone-child-migrants-record-week.txt '97': source: nan -> 'the person'; counted: 'age assessments finding an adult' -> 'age assessments'
      156-kentonline-lone-child-migrants-record-week.txt 'more than 31,000': counted: 'people who crossed the Channel this year' -> 'people'
      156-kentonline-lone-child-migrants-record-week.txt '4,380': source: 'Home Office' -> nan; counted: 'people who claimed to be children' -> 'people'
      156-kentonline-lone-child-migrants-record-week.txt 'more than 700': counted: 'children transferred to other local authorities' -> 'children'
      156-kentonline-lone-child-migrants-record-week.txt 'Around 1,300': counted: 'people being processed at Manston' -> 'people'
      156-kentonline-lone-child-migrants-record-week.txt '420': source: 'a Home Office source' -> nan; counted: 'people at Manston a week earlier' -> 'people'
      156-kentonline-lone-child-migrants-record-week.txt '1,600': counted: 'capacity of the Manston centre' -> 'people'
      156-kentonline-lone-child-migrants-record-week.txt 'no more than 24 hours': counted: 'stay at the Manston centre' -> nan
      156-kentonline-lone-child-migrants-record-week.txt 'four months': source: 'a 16-year-old from Sudan' -> 'Sudan'; counted: 'time spent in Calais' -> nan
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# before the fix that makes it pass, and checked to fail before it).
CASES = [
    (
        "invented/Daily Mail: a quotation in single marks over three paragraphs",
        "Labour MP Joanne Pryce said: 'The town has done its bit.\n\n"
        "'We have housed 400 families here, and nobody asked us about school places.\n\n"
        "'Enough is enough.'",
        [("400", 400, E, C, None, {"source": "Joanne Pryce"})],
    ),
    (
        "invented/Express: a curly single-quoted paragraph in the middle of a quotation",
        "Councillor Amir Shah said: ‘We were told it would be temporary.\n\n"
        "‘The hotel has now been full for 14 months.\n\n‘Residents deserve answers.’",
        [("14 months", 14, E, D, "month", {"source": "Amir Shah"})],
    ),
    (
        "invented/Kent Online: a later sentence of a quotation the paragraph leaves open",
        'A Kent Police spokesman said: "Officers attended the scene. Last month they carried '
        'out 212 patrols on the seafront.\n\n"We will keep the area under review."',
        [("212", 212, E, C, None, {"source": "A Kent Police spokesman"})],
    ),
    (
        "invented/The Sun: the same, in single marks",
        "A Home Office spokeswoman said: 'We do not comment on individual cases. Since April "
        "we have closed 46 hotels in the North West.\n\n'More will close by the spring.'",
        [("46", 46, E, C, None, {"source": "A Home Office spokeswoman"})],
    ),
    (
        "invented/Express: 'fumed:' before a quotation is a reporting verb",
        "Council leader Sue Barnard fumed: 'We were promised 150 new school places and got none.'",
        [("150", 150, E, C, None, {"source": "Sue Barnard"})],
    ),
    (
        "invented/Daily Mail: 'hit back:' before a quotation is a reporting verb",
        "But a Home Office spokeswoman hit back: 'We have already cut hotel use by 30 per cent.'",
        [("30 per cent", 30, E, P, "%", {"source": "a Home Office spokeswoman"})],
    ),
    (
        "invented/Manchester Evening News: 'Cllr' is a title, no part of the name",
        "Cllr Ann Hey said 30 families had been moved to Rochdale since the summer.",
        [("30", 30, E, C, None, {"source": "Ann Hey"})],
    ),
    (
        "invented/Manchester Evening News: 'That compares with' in its own paragraph",
        "Some 212 families were moved out of hotels in Bolton in October.\n\n"
        "That compares with just 95 in September.",
        [
            ("Some 212", 212, AP, C, None, {"head": "families"}),
            ("95", 95, E, C, None, {"head": "families"}),
        ],
    ),
    (
        "invented/Kent Online: the record beaten, two one-sentence paragraphs on",
        "A record 58 boats were counted on Saturday.\n\nThe sea was flat calm all day.\n\n"
        "It beats the previous high of 49, set last summer.",
        [
            ("58", 58, E, C, None, {"head": "boats"}),
            ("49", 49, E, C, None, {"head": "boats"}),
        ],
    ),
    (
        "invented/The Sun: a headline's capitals stress the comparative, no unit of the number",
        "Small boat arrivals pass 10,000 WEEKS earlier than last year",
        [("10,000", 10000, E, C, None)],
    ),
    (
        "invented/Daily Mail: a duration in capitals stays one",
        "Migrant who lived in seaside hotel for 18 MONTHS is finally deported",
        [("18 MONTHS", 18, E, D, "month")],
    ),
    (
        "invented/Daily Express: 'the spending watchdog found' reports the audit body's finding",
        "The National Audit Office said the contracts were poor value. The spending watchdog "
        "found the average place cost £118 a night.",
        [("£118", 118, E, M, "GBP", {"source": "National Audit Office"})],
    ),
    (
        "invented/Manchester Evening News: 'fumed as' reports no one's words",
        "Residents fumed as 40 men moved into the hotel on Tuesday.",
        [("40", 40, E, C, None, {"source": None})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_tabloid_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "154-mail-channel-crossings-daily-record.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.92,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.92,
    },
    "155-express-asylum-hotels-bill.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.92,
    },
    "156-kentonline-lone-child-migrants-record-week.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.92,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.76,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_tabloid_floors(name):
    assert_floors(name, FLOORS[name])
