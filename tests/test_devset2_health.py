"""Second dev set, batch ``ds2-health``: reports 157-159 of ``tests/fixtures/devset2``, health
copy on displaced and refugee populations: WHO, UNICEF and MSF outbreak statements and the
press's rewrites of them (cholera in camps, measles among returnees, mpox in displacement
sites, malnutrition screening), with suspected and confirmed cases, deaths, case fatality
rates, attack rates "per 10,000", crude and under-five mortality "per 10,000 per day",
vaccine doses and coverage, MUAC screening of children "under five", reporting weeks by
number ("epi weeks 27 and 38", no figures), health facilities and funding gaps in dollars.
Before writing them, real copy of these kinds was read through the stored-pages search (none
is kept here): a WHO Bangladesh story on cholera in the Rohingya camps, MSF's cholera and
mortality-rate guidance and an MSF-CRASH/ALNAP piece on the 1/10,000/day threshold, UNHCR's
emergency handbook on mortality thresholds, a DRC (Danish Refugee Council) release and wire
stories on mpox in Goma's displacement camps and the vaccine's arrival, ReliefWeb's WHO
measles updates for Afghanistan by epidemiological week and UNICEF's measles figures, and
IFRC and nutrition-cluster pages on MUAC screening. Every sentence, name and number is
invented; places and organisations are real:

- 157-who-cholera-eastern-chad-camps.txt: a wire story, 2026-09-18, on WHO's cholera
  figures for the Sudanese refugee camps of eastern Chad: cases and deaths, confirmed
  cases "Of the suspected cases", a case fatality rate against its target, a week's rise
  "in epi week 36", an attack rate "per 10,000 people", a ministry doctor's treatment
  centres "Three of the centres", an oral cholera vaccine campaign "or 87 per cent of those
  targeted", water in litres and "one latrine for every 68 people", UNHCR's refugee totals
  and WHO's appeal.
- 158-unicef-who-measles-afghan-returnees.txt: a story, 2026-10-09, on measles among
  Afghans returning from Iran and Pakistan: WHO's bulletin "between epi weeks 27 and 38",
  deaths "all but three of them under five", IOM's returns, UNICEF's vaccinations at Islam
  Qala, a clinic doctor at Torkham's "zero point" ("said his team saw up to 40 children",
  then "one of them did not survive"), the Nutrition Cluster's MUAC screening "Of 48,200
  ...", health facilities and UNICEF's funding gap.
- 159-msf-ituri-mortality-mpox-survey.txt: a story, 2026-11-12, on an MSF mortality survey
  in Ituri's displacement sites: a crude mortality rate "of 1.7 deaths per 10,000 people per
  day", the threshold "of 1", an under-five rate "of 3.4 per 10,000 per day", the recall
  period, mpox cases "219 of them confirmed", an isolation unit and MVA-BN doses, "four to
  five families", MUAC screening with global and severe acute malnutrition against the 15
  per cent threshold, "below 115mm", and OCHA's sites.

The reports and their gold were committed (8bb3f1a) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/health-blind --misses``, only
this batch in the folder, at that commit)::

    report                                       gold  pred match      P      R     F1  date
    157-who-cholera-eastern-chad-camps.txt         25    25    25  1.000  1.000  1.000  ok
    158-unicef-who-measles-afghan-returnees.txt    25    25    24  0.960  0.960  0.960  ok
    159-msf-ituri-mortality-mpox-survey.txt        23    23    23  1.000  1.000  1.000  ok
    TOTAL                                          73    73    72  0.986  0.986  0.986  1.000

    field accuracy over 72 matched figures:
      bound                         1.000  (72/72)
      kind                          1.000  (72/72)
      head                          0.931  (67/72)
      low_high                      1.000  (72/72)
      part_of                       0.889  (64/72)
      source                        0.958  (69/72)
      source (lenient: surname ok)  0.958  (69/72)
      counted                       0.111  (8/72)
      date (per report)             1.000

    misses (gold not found): 1; extras (not in gold): 1
      158-unicef-who-measles-afghan-returnees.txt
        MISS  'one'  in: "Last week we sent 11 to Jalalabad with pneumonia, and one of them did not survive," he said.
        EXTRA '38' (38)  in: WHO said in its weekly bulletin that 4,318 suspected measles cases had been reported in Herat, Kandahar and Nangarhar provinces between epi weeks 27 and 38, of which 1,207 were among returnees.

    matched figures with a field wrong (gold -> predicted):
      157-who-cholera-eastern-chad-camps.txt '1,846': counted: 'people sickened by cholera in the camps' -> 'people'
      157-who-cholera-eastern-chad-camps.txt '37': counted: 'people killed by cholera' -> 'people'
      157-who-cholera-eastern-chad-camps.txt '212': part_of: '1,846' -> nan; counted: 'suspected cases confirmed by rapid diagnostic test' -> 'suspected cases'
      157-who-cholera-eastern-chad-camps.txt '463': counted: 'cases in epi week 36' -> 'Cases'
      157-who-cholera-eastern-chad-camps.txt '288': counted: 'cases the week before' -> 'Cases'
      157-who-cholera-eastern-chad-camps.txt '38': head: 'cases' -> nan; counted: 'cases per 10,000 people in Metche' -> nan
      157-who-cholera-eastern-chad-camps.txt '31 per cent': counted: 'cases among children under five' -> 'cases'
      157-who-cholera-eastern-chad-camps.txt '11': counted: 'cholera treatment centres in the camps' -> 'cholera treatment centres'
      157-who-cholera-eastern-chad-camps.txt 'Three': counted: 'centres under water after the storms' -> 'centres'
      157-who-cholera-eastern-chad-camps.txt '296,400': counted: 'people reached by the vaccine campaign' -> 'people'
      157-who-cholera-eastern-chad-camps.txt '87 per cent': part_of: nan -> '296,400'; counted: 'people targeted who were reached' -> 'those targeted'
      157-who-cholera-eastern-chad-camps.txt '350,000': counted: 'doses released for the campaign' -> 'doses'
      157-who-cholera-eastern-chad-camps.txt '9 litres': counted: 'water per person per day in Metche' -> nan
      157-who-cholera-eastern-chad-camps.txt '20 litres': counted: 'emergency standard' -> nan
      157-who-cholera-eastern-chad-camps.txt 'one': counted: 'latrine for every 68 people' -> 'latrine'
      157-who-cholera-eastern-chad-camps.txt '68': counted: 'people per latrine' -> 'people'
      157-who-cholera-eastern-chad-camps.txt 'more than 1.2 million': counted: 'Sudanese refugees in Chad' -> 'Sudanese refugees'
      157-who-cholera-eastern-chad-camps.txt 'about 880,000': counted: 'refugees who arrived after April 2023' -> 'Sudanese refugees'
      157-who-cholera-eastern-chad-camps.txt 'three months': counted: 'cholera response' -> nan
      157-who-cholera-eastern-chad-camps.txt '14 per cent': part_of: nan -> '$6.8 million'; counted: 'health appeal for refugees in Chad that is funded' -> 'wider health appeal'
      157-who-cholera-eastern-chad-camps.txt 'half': counted: 'staff needed' -> 'staff'
      158-unicef-who-measles-afghan-returnees.txt 'two months': counted: 'period in which measles cases among returnees more than doubled' -> nan
      158-unicef-who-measles-afghan-returnees.txt '4,318': counted: 'suspected measles cases in Herat, Kandahar and Nangarhar' -> 'suspected measles cases'
      158-unicef-who-measles-afghan-returnees.txt '1,207': counted: 'suspected measles cases among returnees' -> 'suspected measles cases'
      158-unicef-who-measles-afghan-returnees.txt '612': source: nan -> 'Laboratory tests'; counted: 'cases confirmed by laboratory tests' -> 'cases'
      158-unicef-who-measles-afghan-returnees.txt 'Twenty-nine': counted: 'children who died of measles' -> 'children'
      158-unicef-who-measles-afghan-returnees.txt 'three': counted: 'children who died aged five or older' -> 'children'
      158-unicef-who-measles-afghan-returnees.txt 'More than 1.1 million': counted: 'people returned to Afghanistan from Iran since January' -> 'people'
      158-unicef-who-measles-afghan-returnees.txt 'about 340,000': counted: 'people returned from Pakistan' -> 'people'
      158-unicef-who-measles-afghan-returnees.txt 'Around 60 per cent': counted: 'returnees who are women and children' -> 'returnees'
      158-unicef-who-measles-afghan-returnees.txt 'up to 25,000': counted: 'people crossing at Islam Qala on the busiest days' -> 'people'
      158-unicef-who-measles-afghan-returnees.txt '186,540': counted: 'children vaccinated against measles and polio at Islam Qala' -> 'children'
      158-unicef-who-measles-afghan-returnees.txt '74 per cent': counted: 'children arriving at the crossing who were vaccinated' -> 'children'
      158-unicef-who-measles-afghan-returnees.txt 'up to 40': source: 'Farid Ahmadzai' -> 'his team saw up'; counted: 'children with fever and rash each week' -> 'children'
      158-unicef-who-measles-afghan-returnees.txt '11': source: 'Farid Ahmadzai' -> nan; counted: 'children sent to Jalalabad with pneumonia' -> 'children'
      158-unicef-who-measles-afghan-returnees.txt '48,200': counted: 'returnee children under five screened' -> 'returnee children'
      158-unicef-who-measles-afghan-returnees.txt '2,960': counted: 'children with moderate acute malnutrition' -> 'returnee children'
      158-unicef-who-measles-afghan-returnees.txt '812': head: 'children' -> 'malnutrition'; counted: 'children with severe acute malnutrition' -> 'severe acute malnutrition'
      158-unicef-who-measles-afghan-returnees.txt '17': counted: 'health facilities along the return routes' -> 'health facilities'
      158-unicef-who-measles-afghan-returnees.txt '32': counted: 'mobile teams along the return routes' -> 'mobile teams'
      158-unicef-who-measles-afghan-returnees.txt 'nine': counted: 'facilities that have cut their hours' -> 'facilities'
      159-msf-ituri-mortality-mpox-survey.txt '1.7': counted: 'deaths per 10,000 people per day in Rho and Plaine Savo' -> 'deaths'
      159-msf-ituri-mortality-mpox-survey.txt '1': counted: 'emergency threshold of deaths per 10,000 people per day' -> 'deaths'
      159-msf-ituri-mortality-mpox-survey.txt '3.4': counted: 'under-five deaths per 10,000 per day' -> 'deaths'
      159-msf-ituri-mortality-mpox-survey.txt '8,936': counted: 'people covered by the survey' -> 'people'
      159-msf-ituri-mortality-mpox-survey.txt '173': counted: 'deaths over the recall period' -> 'deaths'
      159-msf-ituri-mortality-mpox-survey.txt '112 days': counted: 'recall period' -> nan
      159-msf-ituri-mortality-mpox-survey.txt '61': counted: 'deaths among children under five' -> 'deaths'
      159-msf-ituri-mortality-mpox-survey.txt '684': counted: 'suspected mpox cases in the displacement sites' -> 'suspected mpox cases'
      159-msf-ituri-mortality-mpox-survey.txt '219': counted: 'cases confirmed as clade Ib' -> 'suspected mpox cases'
      159-msf-ituri-mortality-mpox-survey.txt '14': part_of: nan -> '684'; counted: 'mpox deaths' -> 'deaths'
      159-msf-ituri-mortality-mpox-survey.txt 'More than half': part_of: '684' -> nan; counted: 'cases in children under 15' -> 'cases'
      159-msf-ituri-mortality-mpox-survey.txt '40': counted: 'beds in the isolation unit at Bunia general hospital' -> 'beds at Bunia general hospital'
      159-msf-ituri-mortality-mpox-survey.txt '12,600': counted: 'contacts and health workers vaccinated' -> 'contacts'
      159-msf-ituri-mortality-mpox-survey.txt '22,000': counted: 'doses of MVA-BN vaccine delivered in September' -> 'doses of MVA-BN vaccine'
      159-msf-ituri-mortality-mpox-survey.txt '19 days': counted: 'time to run out of doses' -> nan
      159-msf-ituri-mortality-mpox-survey.txt 'four to five': counted: 'families sharing a shelter' -> 'families'
      159-msf-ituri-mortality-mpox-survey.txt '9,870': counted: 'children screened with MUAC' -> 'children'
      159-msf-ituri-mortality-mpox-survey.txt '16.3 per cent': part_of: nan -> '9,870'; counted: 'children with global acute malnutrition' -> 'children'
      159-msf-ituri-mortality-mpox-survey.txt '15 per cent': head: nan -> 'threshold'; part_of: nan -> '9,870'; counted: nan -> 'emergency threshold'
      159-msf-ituri-mortality-mpox-survey.txt '4.1 per cent': head: 'children' -> 'threshold'; part_of: '16.3 per cent' -> '9,870'; counted: 'children with severe acute malnutrition' -> 'emergency threshold'
      159-msf-ituri-mortality-mpox-survey.txt 'below 115mm': counted: 'arm circumference for referral' -> nan
      159-msf-ituri-mortality-mpox-survey.txt 'about 450,000': counted: "people in Ituri's displacement sites" -> 'people'
      159-msf-ituri-mortality-mpox-survey.txt '12': head: 'sites' -> 'people'; counted: 'sites with a functioning health post' -> 'people'

No gold was changed after the blind run.

The general rules of this round, one line each:

- Reporting weeks listed by number are labels: the later numbers after "epi weeks",
  "epidemiological weeks", "in/during/between/of/from weeks" ("between epi weeks 27 and
  38"), and the first before "and"/"to" and another week number up to 53 ("in weeks 40 and
  41", "weeks 12 to 15"), as camps by number already were.
- An inverted "said" whose clause holds a figure's "up to" or "close to" ("X, who runs a
  clinic, said his team saw up to 40 children") has no speaker after it; the clause was cut
  at "to" and passed for one ("his team saw up").
- "one of them", "one of whom" (also "those", "these") after a count earlier in its
  sentence, a year aside, is a count, one of that group ("we sent 11 ..., and one of them
  did not survive"); with no count before it stays a pronoun ("he is one of them").
- A count with no noun before a rate's base ("per 10,000", "per 1,000 live births") counts
  what the rate before it in the sentence names: cases for an attack rate or incidence,
  deaths for a mortality or death rate, not across a clause of its own.

Each row of ``CASES`` was written by hand before the fix that makes it pass; run against
a528fe2's package (main, where the branch starts), 9 of the 12 fail and the three guards
pass, as they must ("Treatment lasts 12 to 15 weeks", "Death rates have fallen, and 300 per
1,000 children ...", "he was one of them"). Each rule's regression diff
(``/work/notes/tools/regress.py`` against base19.json) changed 0 of 6393 texts but the
last, which changed one: "Infant mortality stands at 3.2 per 1,000 live births" now counts
deaths (its row in tests/test_unseen_styles.py checks no head). The dev set stays at 1.000
and the second dev set moves only on 157-159.

Seen and left alone: "Laboratory tests have confirmed 612 cases" reads the tests as the
source (the gold has none: no one is named; the convention's agent of "verified" could be
argued either way); "2,960 had moderate acute malnutrition and 812 severe acute
malnutrition" (the second count, its verb elided, takes "malnutrition" for its head, not the
children); "Ituri's displacement sites shelter about 450,000 people, but only 12 have a
health post" (head "people", not "sites"); "the 15 per cent emergency threshold" takes
"threshold" as the head of a share, and "4.1 per cent" after it too; "Of the suspected
cases, 212 ..." after "sickened 1,846 people" (no part_of: the nouns differ); ", or 87 per
cent of those targeted" (a restatement read as a share of the count before it); "is 14 per
cent funded" read as a share of the appeal's dollars before it; "219 of them ..., with 14
deaths" (the deaths read as part of the cases); "More than half of the cases" in the
sentence after "684 suspected mpox cases" (no part_of); the share "16.3 per cent" read as
part of the 9,870 screened (the gold sets part_of only where the text says "of them").
"counted" is not scored.

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/health-final --misses``, the batch alone)::

    report                                       gold  pred match      P      R     F1  date
    157-who-cholera-eastern-chad-camps.txt         25    25    25  1.000  1.000  1.000  ok
    158-unicef-who-measles-afghan-returnees.txt    25    25    25  1.000  1.000  1.000  ok
    159-msf-ituri-mortality-mpox-survey.txt        23    23    23  1.000  1.000  1.000  ok
    TOTAL                                          73    73    73  1.000  1.000  1.000  1.000

    field accuracy over 73 matched figures:
      bound                         1.000  (73/73)
      kind                          1.000  (73/73)
      head                          0.945  (69/73)
      low_high                      1.000  (73/73)
      part_of                       0.890  (65/73)
      source                        0.986  (72/73)
      source (lenient: surname ok)  0.986  (72/73)
      counted                       0.110  (8/73)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      157-who-cholera-eastern-chad-camps.txt '1,846': counted: 'people sickened by cholera in the camps' -> 'people'
      157-who-cholera-eastern-chad-camps.txt '37': counted: 'people killed by cholera' -> 'people'
      157-who-cholera-eastern-chad-camps.txt '212': part_of: '1,846' -> nan; counted: 'suspected cases confirmed by rapid diagnostic test' -> 'suspected cases'
      157-who-cholera-eastern-chad-camps.txt '463': counted: 'cases in epi week 36' -> 'Cases'
      157-who-cholera-eastern-chad-camps.txt '288': counted: 'cases the week before' -> 'Cases'
      157-who-cholera-eastern-chad-camps.txt '38': counted: 'cases per 10,000 people in Metche' -> 'cases'
      157-who-cholera-eastern-chad-camps.txt '31 per cent': counted: 'cases among children under five' -> 'cases'
      157-who-cholera-eastern-chad-camps.txt '11': counted: 'cholera treatment centres in the camps' -> 'cholera treatment centres'
      157-who-cholera-eastern-chad-camps.txt 'Three': counted: 'centres under water after the storms' -> 'centres'
      157-who-cholera-eastern-chad-camps.txt '296,400': counted: 'people reached by the vaccine campaign' -> 'people'
      157-who-cholera-eastern-chad-camps.txt '87 per cent': part_of: nan -> '296,400'; counted: 'people targeted who were reached' -> 'those targeted'
      157-who-cholera-eastern-chad-camps.txt '350,000': counted: 'doses released for the campaign' -> 'doses'
      157-who-cholera-eastern-chad-camps.txt '9 litres': counted: 'water per person per day in Metche' -> nan
      157-who-cholera-eastern-chad-camps.txt '20 litres': counted: 'emergency standard' -> nan
      157-who-cholera-eastern-chad-camps.txt 'one': counted: 'latrine for every 68 people' -> 'latrine'
      157-who-cholera-eastern-chad-camps.txt '68': counted: 'people per latrine' -> 'people'
      157-who-cholera-eastern-chad-camps.txt 'more than 1.2 million': counted: 'Sudanese refugees in Chad' -> 'Sudanese refugees'
      157-who-cholera-eastern-chad-camps.txt 'about 880,000': counted: 'refugees who arrived after April 2023' -> 'Sudanese refugees'
      157-who-cholera-eastern-chad-camps.txt 'three months': counted: 'cholera response' -> nan
      157-who-cholera-eastern-chad-camps.txt '14 per cent': part_of: nan -> '$6.8 million'; counted: 'health appeal for refugees in Chad that is funded' -> 'wider health appeal'
      157-who-cholera-eastern-chad-camps.txt 'half': counted: 'staff needed' -> 'staff'
      158-unicef-who-measles-afghan-returnees.txt 'two months': counted: 'period in which measles cases among returnees more than doubled' -> nan
      158-unicef-who-measles-afghan-returnees.txt '4,318': counted: 'suspected measles cases in Herat, Kandahar and Nangarhar' -> 'suspected measles cases'
      158-unicef-who-measles-afghan-returnees.txt '1,207': counted: 'suspected measles cases among returnees' -> 'suspected measles cases'
      158-unicef-who-measles-afghan-returnees.txt '612': source: nan -> 'Laboratory tests'; counted: 'cases confirmed by laboratory tests' -> 'cases'
      158-unicef-who-measles-afghan-returnees.txt 'Twenty-nine': counted: 'children who died of measles' -> 'children'
      158-unicef-who-measles-afghan-returnees.txt 'three': counted: 'children who died aged five or older' -> 'children'
      158-unicef-who-measles-afghan-returnees.txt 'More than 1.1 million': counted: 'people returned to Afghanistan from Iran since January' -> 'people'
      158-unicef-who-measles-afghan-returnees.txt 'about 340,000': counted: 'people returned from Pakistan' -> 'people'
      158-unicef-who-measles-afghan-returnees.txt 'Around 60 per cent': counted: 'returnees who are women and children' -> 'returnees'
      158-unicef-who-measles-afghan-returnees.txt 'up to 25,000': counted: 'people crossing at Islam Qala on the busiest days' -> 'people'
      158-unicef-who-measles-afghan-returnees.txt '186,540': counted: 'children vaccinated against measles and polio at Islam Qala' -> 'children'
      158-unicef-who-measles-afghan-returnees.txt '74 per cent': counted: 'children arriving at the crossing who were vaccinated' -> 'children'
      158-unicef-who-measles-afghan-returnees.txt 'up to 40': counted: 'children with fever and rash each week' -> 'children'
      158-unicef-who-measles-afghan-returnees.txt '11': counted: 'children sent to Jalalabad with pneumonia' -> 'children'
      158-unicef-who-measles-afghan-returnees.txt 'one': counted: 'children who did not survive' -> 'children'
      158-unicef-who-measles-afghan-returnees.txt '48,200': counted: 'returnee children under five screened' -> 'returnee children'
      158-unicef-who-measles-afghan-returnees.txt '2,960': counted: 'children with moderate acute malnutrition' -> 'returnee children'
      158-unicef-who-measles-afghan-returnees.txt '812': head: 'children' -> 'malnutrition'; counted: 'children with severe acute malnutrition' -> 'severe acute malnutrition'
      158-unicef-who-measles-afghan-returnees.txt '17': counted: 'health facilities along the return routes' -> 'health facilities'
      158-unicef-who-measles-afghan-returnees.txt '32': counted: 'mobile teams along the return routes' -> 'mobile teams'
      158-unicef-who-measles-afghan-returnees.txt 'nine': counted: 'facilities that have cut their hours' -> 'facilities'
      159-msf-ituri-mortality-mpox-survey.txt '1.7': counted: 'deaths per 10,000 people per day in Rho and Plaine Savo' -> 'deaths'
      159-msf-ituri-mortality-mpox-survey.txt '1': counted: 'emergency threshold of deaths per 10,000 people per day' -> 'deaths'
      159-msf-ituri-mortality-mpox-survey.txt '3.4': counted: 'under-five deaths per 10,000 per day' -> 'deaths'
      159-msf-ituri-mortality-mpox-survey.txt '8,936': counted: 'people covered by the survey' -> 'people'
      159-msf-ituri-mortality-mpox-survey.txt '173': counted: 'deaths over the recall period' -> 'deaths'
      159-msf-ituri-mortality-mpox-survey.txt '112 days': counted: 'recall period' -> nan
      159-msf-ituri-mortality-mpox-survey.txt '61': counted: 'deaths among children under five' -> 'deaths'
      159-msf-ituri-mortality-mpox-survey.txt '684': counted: 'suspected mpox cases in the displacement sites' -> 'suspected mpox cases'
      159-msf-ituri-mortality-mpox-survey.txt '219': counted: 'cases confirmed as clade Ib' -> 'suspected mpox cases'
      159-msf-ituri-mortality-mpox-survey.txt '14': part_of: nan -> '684'; counted: 'mpox deaths' -> 'deaths'
      159-msf-ituri-mortality-mpox-survey.txt 'More than half': part_of: '684' -> nan; counted: 'cases in children under 15' -> 'cases'
      159-msf-ituri-mortality-mpox-survey.txt '40': counted: 'beds in the isolation unit at Bunia general hospital' -> 'beds at Bunia general hospital'
      159-msf-ituri-mortality-mpox-survey.txt '12,600': counted: 'contacts and health workers vaccinated' -> 'contacts'
      159-msf-ituri-mortality-mpox-survey.txt '22,000': counted: 'doses of MVA-BN vaccine delivered in September' -> 'doses of MVA-BN vaccine'
      159-msf-ituri-mortality-mpox-survey.txt '19 days': counted: 'time to run out of doses' -> nan
      159-msf-ituri-mortality-mpox-survey.txt 'four to five': counted: 'families sharing a shelter' -> 'families'
      159-msf-ituri-mortality-mpox-survey.txt '9,870': counted: 'children screened with MUAC' -> 'children'
      159-msf-ituri-mortality-mpox-survey.txt '16.3 per cent': part_of: nan -> '9,870'; counted: 'children with global acute malnutrition' -> 'children'
      159-msf-ituri-mortality-mpox-survey.txt '15 per cent': head: nan -> 'threshold'; part_of: nan -> '9,870'; counted: nan -> 'emergency threshold'
      159-msf-ituri-mortality-mpox-survey.txt '4.1 per cent': head: 'children' -> 'threshold'; part_of: '16.3 per cent' -> '9,870'; counted: 'children with severe acute malnutrition' -> 'emergency threshold'
      159-msf-ituri-mortality-mpox-survey.txt 'below 115mm': counted: 'arm circumference for referral' -> nan
      159-msf-ituri-mortality-mpox-survey.txt 'about 450,000': counted: "people in Ituri's displacement sites" -> 'people'
      159-msf-ituri-mortality-mpox-survey.txt '12': head: 'sites' -> 'people'; counted: 'sites with a functioning health post' -> 'people'
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# before the fix that makes it pass, and checked to fail before it; the guards pass both
# before and after).
CASES = [
    (
        "invented/WHO situation report: reporting weeks listed by their numbers",
        "The ministry recorded 1,380 suspected cases between epidemiological weeks 30 and 34.",
        [("1,380", 1380, E, C, None, {"head": "cases"})],
    ),
    (
        "invented/health-ministry bulletin: plain 'weeks' and two numbers",
        "Some 640 cases were reported in weeks 40 and 41, the ministry said.",
        [("Some 640", 640, AP, C, None, {"source": "the ministry"})],
    ),
    (
        "invented/Reuters rewrite of a WHO update: a span of reporting weeks with 'to'",
        "Admissions peaked in weeks 12 to 15, the health cluster said.",
        [],
    ),
    (
        "invented/guard: a span of weeks that is a duration stays one",
        "Treatment lasts 12 to 15 weeks, the health cluster said.",
        [("12 to 15 weeks", (12, 15), R, D, "week")],
    ),
    (
        "invented/MSF press release: 'up to' in the clause after an apposition's 'said'",
        "Amina Yusuf, who heads the district hospital in Dolo, said her staff treated up to 60 "
        "patients a day.",
        [("up to 60", 60, UP, C, None, {"source": "Amina Yusuf"})],
    ),
    (
        "invented/UNICEF story: 'close to' after a role and its relative clause",
        "The nurse, who runs the clinic in Kutupalong, said her team saw close to 400 children "
        "in August.",
        [("close to 400", 400, UP, C, None, {"source": "The nurse"})],
    ),
    (
        "invented/MSF quote: 'one of them' after a count in its sentence",
        "We admitted 14 children last night, and one of them died, the nurse said.",
        [
            ("14", 14, E, C, None, {"head": "children"}),
            ("one", 1, E, C, None, {"head": "children", "part_of": 0}),
        ],
    ),
    (
        "invented/wire copy: 'one of them' in an absolute clause after a count",
        "Coastguards stopped 12 boats, one of them carrying 40 people.",
        [
            ("12", 12, E, C, None, {"head": "boats"}),
            ("one", 1, E, C, None, {"part_of": 0}),
            ("40", 40, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/UNHCR health update: an attack rate's count is of cases",
        "The attack rate in Kutupalong, the largest camp, has risen to 52 per 10,000 people.",
        [("52", 52, E, C, None, {"head": "cases"})],
    ),
    (
        "invented/MSF survey: a crude mortality rate with no noun counts deaths",
        "Surveyors found a crude mortality rate of 2.3 per 10,000 per day in Tawila.",
        [("2.3", 2.3, E, C, None, {"head": "deaths"})],
    ),
    (
        "invented/guard: a rate noun in a clause of its own names no count's noun",
        "Death rates have fallen, and 300 per 1,000 children are now vaccinated.",
        [("300", 300, E, C, None, {"head": None})],
    ),
    (
        "invented/guard: 'one of them' with no count before it is a pronoun",
        "He said he was one of them and had walked from Geneina.",
        [],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_health_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "157-who-cholera-eastern-chad-camps.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 0.88,
        "source": 1.0,
    },
    "158-unicef-who-measles-afghan-returnees.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.96,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.96,
    },
    "159-msf-ituri-mortality-mpox-survey.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.86,
        "low_high": 1.0,
        "part_of": 0.78,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_health_floors(name):
    assert_floors(name, FLOORS[name])
