"""Second dev set, batch ``ds2-translated``: reports 95-98 of ``tests/fixtures/devset2``,
migration and displacement copy as the English-language services of non-English agencies
write it, translated from Spanish, Turkish, Chinese and Arabic: the idioms of translation
("between 15,000 to 20,000", "rose over to 113,000", "1, 050" with a space after the
comma, "some 2 thousand", "the 60% of the migrants", "more than half a million", "millions
of dollars", "USD five million", "1.8 billion U.S. dollars"), dense datelines ("PANAMA
CITY, May 4 (EFE).-", "CAIRO, March 10 (Xinhua) --", "BEIRUT, Dec 15 (KUNA) --"), Spanish
word order in attributions ("informed this Monday the National Migration Service (SNM) of
Panama", "said to EFE its coordinator in Panama, Andrés Quiroga"), long attributions and
titles before names ("Interior Minister Ali Demirkol", "Kuwait's Ambassador to Lebanon
Nasser Al-Mutairi"), an age written "of 34 years", and Anadolu's police copy (suspects
"identified by the initials M.K. and S.T.", "the statement said"). Before writing them,
real copy of these kinds was read through the stored-pages search (none is kept here): EFE
English's caravan story from Tapachula ("informed this Friday", "he told Efe"), Radio
Reloj's and Prensa Latina's Central American caravan briefs, EFE's Spanish Darién copy
(Panama's migration service), Xinhua's UNHCR briefing stories from Geneva and the UN
("GENEVA, Feb. 12 (Xinhua) --", "Enditem"), Anadolu and Daily Sabah round-ups of irregular
migrants held by the Turkish coast guard (initials of suspects, "the provincial migration
office", "a source, who asked not to be named due to restrictions on speaking to the
media"), KUNA's aid copy from Amman and Beirut ("USD two million", "told KUNA", "(end)"),
PTI and IANS stories on stranded workers, and wire copy on Algeria's expulsions to Niger.
Every sentence, name and number is invented; places and organisations are real:

- 95-efe-darien-crossings.txt: an EFE story from Panama City, 2026-05-05, on Darién
  crossings from January to April: Panama's National Migration Service and its director,
  "between 15,000 to 20,000 more", "1, 050 persons daily", minors "of whom some 2
  thousand" travelled alone, UNHCR's spokesperson "said to EFE", the Public Ministry on
  traffickers' fees, MSF's coordinator, and a Venezuelan "of 34 years".
- 96-anadolu-irregular-migrants-week.txt: an Anadolu round-up, 2026-08-21, of irregular
  migrants held in a week: the Interior Ministry's statement, the minister's post ("rose
  over to 113,000"), the Coast Guard Command's statement ("Of them, 58 ..., the statement
  said"), suspects identified by their initials, "nearly 2 thousand" held in Van by a
  security source, Syrians under temporary protection and the EU's 6 billion euros.
- 97-xinhua-sudanese-egypt.txt: a Xinhua story from Cairo, 2026-03-11, on Sudanese who fled
  to Egypt: UNHCR, its spokesperson in Egypt to Xinhua ("The 56 percent of the registered
  refugees", "the one-third are children", "between 800 to 1,000 new arrivals daily"),
  Egypt's foreign ministry, a UNHCR spokesperson in Geneva, WFP's ration cut in Chad and a
  refugee's costs in U.S. dollars and Egyptian pounds.
- 98-kuna-syrian-returns-lebanon.txt: a KUNA story from Beirut, 2026-12-16, on a Kuwaiti
  grant for Syrians returning from Lebanon: the ambassador "said to KUNA", UNHCR's
  representative, the Kuwait Red Crescent's delegation head ("said ..., Fahad Al-Enezi, to
  KUNA"), Lebanese General Security and "between 1.5 to 2 million Syrians".

The reports and their gold were committed (91e8d03) before the extractor was first run on
them (the gold checker's wrapper learnt "between X to Y", "1, 050", "over to", "U.S.
dollars" and "USD" in the same commit). The BLIND score (``python -m analysis.evaluate
/tmp/translated-blind --misses``, only this batch in the folder, at that commit)::

    report                                  gold  pred match      P      R     F1  date
    95-efe-darien-crossings.txt               22    24    21  0.875  0.955  0.913  ok
    96-anadolu-irregular-migrants-week.txt    20    19    19  1.000  0.950  0.974  ok
    97-xinhua-sudanese-egypt.txt              19    20    18  0.900  0.947  0.923  ok
    98-kuna-syrian-returns-lebanon.txt        18    19    17  0.895  0.944  0.919  ok
    TOTAL                                     79    82    75  0.915  0.949  0.932  1.000

    field accuracy over 75 matched figures:
      bound                         0.987  (74/75)
      kind                          1.000  (75/75)
      head                          0.920  (69/75)
      low_high                      0.987  (74/75)
      part_of                       0.893  (67/75)
      source                        0.773  (58/75)
      source (lenient: surname ok)  0.773  (58/75)
      counted                       0.213  (16/75)
      date (per report)             1.000

    misses (gold not found): 4; extras (not in gold): 7
      95-efe-darien-crossings.txt
        MISS  'between 15,000 to 20,000'  in: The director of the SNM, Roberto Cárdenas Villalobos, explained at a press conference that the 60% of the migrants are Venezuelans, followed by Ecuadorians and Haitians, and that between 15,000 to 20,000 more could arrive before the end of June if the trend is maintained.
        EXTRA '15,000' (15000)  in: The director of the SNM, Roberto Cárdenas Villalobos, explained at a press conference that the 60% of the migrants are Venezuelans, followed by Ecuadorians and Haitians, and that between 15,000 to 20,000 more could arrive before the end of June if the trend is maintained.
        EXTRA '20,000' (20000)  in: The director of the SNM, Roberto Cárdenas Villalobos, explained at a press conference that the 60% of the migrants are Venezuelans, followed by Ecuadorians and Haitians, and that between 15,000 to 20,000 more could arrive before the end of June if the trend is maintained.
        EXTRA '34 years' (34)  in: "Here nobody wants to stay; all of them go to the north," said the Venezuelan Yorman Pérez, of 34 years, who travels with his wife and two daughters.
      96-anadolu-irregular-migrants-week.txt
        MISS  'a decade'  in: Turkish officials say the cost of hosting the refugees exceeded 40 billion dollars in a decade, a figure that the European Union (EU) does not confirm.
      97-xinhua-sudanese-egypt.txt
        MISS  'between 800 to 1,000'  in: "The 56 percent of the registered refugees are women and girls, and the one-third are children under the age of 18," Mansour said, adding that in the last two months the agency received between 800 to 1,000 new arrivals daily at its registration centers.
        EXTRA '800' (800)  in: "The 56 percent of the registered refugees are women and girls, and the one-third are children under the age of 18," Mansour said, adding that in the last two months the agency received between 800 to 1,000 new arrivals daily at its registration centers.
        EXTRA '1,000' (1000)  in: "The 56 percent of the registered refugees are women and girls, and the one-third are children under the age of 18," Mansour said, adding that in the last two months the agency received between 800 to 1,000 new arrivals daily at its registration centers.
      98-kuna-syrian-returns-lebanon.txt
        MISS  '2, 400'  in: He added that the agency's appeal for Lebanon for the year 2026, of USD 310 million, was funded only at the 28 percent, which forced it to suspend the cash assistance to 2, 400 families in the Bekaa.
        EXTRA '2' (2)  in: He added that the agency's appeal for Lebanon for the year 2026, of USD 310 million, was funded only at the 28 percent, which forced it to suspend the cash assistance to 2, 400 families in the Bekaa.
        EXTRA '400' (400)  in: He added that the agency's appeal for Lebanon for the year 2026, of USD 310 million, was funded only at the 28 percent, which forced it to suspend the cash assistance to 2, 400 families in the Bekaa.

    matched figures with a field wrong (gold -> predicted):
      95-efe-darien-crossings.txt '60%': counted: 'migrants who are Venezuelans' -> 'migrants'
      95-efe-darien-crossings.txt 'Some 23,400': source: 'National Migration Service' -> nan; counted: 'migrants who crossed the Darién between January and April' -> 'migrants'
      95-efe-darien-crossings.txt '60%': part_of: 'Some 23,400' -> nan; counted: 'migrants who are Venezuelans' -> 'migrants'
      95-efe-darien-crossings.txt '1, 050': counted: 'persons received daily in the worst days of April' -> 'persons'
      95-efe-darien-crossings.txt '600': counted: 'capacity of the stations' -> 'persons'
      95-efe-darien-crossings.txt '4,812': head: 'minors' -> 'people'; part_of: 'Some 23,400' -> nan; counted: 'minors among the migrants' -> 'people'
      95-efe-darien-crossings.txt 'some 2 thousand': head: 'minors' -> 'people'; counted: 'minors travelling without parents or a relative' -> 'people'
      95-efe-darien-crossings.txt 'over 700': counted: 'people attended daily at the reception stations' -> 'people'
      95-efe-darien-crossings.txt '35%': counted: "needs covered by this year's funds" -> 'needs'
      95-efe-darien-crossings.txt 'more than half a million': counted: 'people who crossed the jungle in 2023' -> 'people'
      95-efe-darien-crossings.txt '520,085': counted: 'people who crossed the jungle in 2023' -> 'people'
      95-efe-darien-crossings.txt '302,203': counted: 'people who crossed the jungle in 2024' -> 'people'
      95-efe-darien-crossings.txt 'over 3,000': counted: 'people who crossed the jungle last year' -> 'people'
      95-efe-darien-crossings.txt '41': counted: 'persons arrested for trafficking of migrants' -> 'persons'
      95-efe-darien-crossings.txt '112': source: 'Andrés Quiroga' -> 'Doctors'; counted: 'victims of sexual violence attended by MSF' -> 'victims of sexual violence'
      95-efe-darien-crossings.txt 'between five and seven days': source: nan -> 'the authorities'; counted: 'walk through the jungle' -> nan
      95-efe-darien-crossings.txt 'at least 14': head: 'migrants' -> 'people'; counted: 'migrants who died in the crossing this year' -> 'people'
      95-efe-darien-crossings.txt 'two': counted: 'daughters of Yorman Pérez' -> 'daughters'
      96-anadolu-irregular-migrants-week.txt 'over 1,200': counted: 'irregular migrants held in a week' -> 'irregular migrants'
      96-anadolu-irregular-migrants-week.txt '1,214': counted: 'irregular migrants held in the past week' -> 'irregular migrants'
      96-anadolu-irregular-migrants-week.txt '312': counted: 'migrants caught in Edirne' -> 'migrants'
      96-anadolu-irregular-migrants-week.txt 'over to 113,000': bound: 'lower' -> 'exact'; counted: 'irregular migrants held since the start of the year' -> 'irregular migrants'; low/high: 113000/null -> 113000/113000
      96-anadolu-irregular-migrants-week.txt '47': counted: 'organizers of migrant smuggling arrested' -> 'organizers of migrant smuggling'
      96-anadolu-irregular-migrants-week.txt '38': counted: 'smugglers sent to court this week' -> 'smugglers'
      96-anadolu-irregular-migrants-week.txt '139': counted: 'irregular migrants caught off the Aegean coasts' -> 'irregular migrants'
      96-anadolu-irregular-migrants-week.txt '41': counted: 'children among the migrants caught' -> 'children'
      96-anadolu-irregular-migrants-week.txt '58': source: 'Coast Guard Command' -> 'the statement'; counted: 'migrants pushed back by Greek elements' -> 'irregular migrants'
      96-anadolu-irregular-migrants-week.txt 'two': source: 'Coast Guard Command' -> 'the statement'
      96-anadolu-irregular-migrants-week.txt '24': source: nan -> 'the initials M.K. and S.T.'; counted: 'migrants rescued off Bodrum' -> 'migrants'
      96-anadolu-irregular-migrants-week.txt 'two': source: nan -> 'the initials M.K. and S.T.'; counted: 'suspected human smugglers held' -> 'suspected human smugglers'
      96-anadolu-irregular-migrants-week.txt 'nearly 2 thousand': source: 'security source' -> 'a security source'; counted: 'irregular migrants held in Van in the last month' -> 'irregular migrants'
      96-anadolu-irregular-migrants-week.txt 'some 2.5 million': counted: 'Syrians under temporary protection' -> 'Syrians'
      96-anadolu-irregular-migrants-week.txt '3.7 million': counted: 'Syrians under temporary protection at the peak' -> 'Syrians'
      96-anadolu-irregular-migrants-week.txt 'more than 550 thousand': counted: 'Syrians who returned voluntarily since December' -> 'Syrians'
      96-anadolu-irregular-migrants-week.txt '4.7 billion euros': part_of: '6 billion euros' -> nan
      97-xinhua-sudanese-egypt.txt 'over 1.5 million': counted: 'Sudanese who fled to Egypt since the war began' -> 'Sudanese'
      97-xinhua-sudanese-egypt.txt 'More than 1.5 million': counted: 'Sudanese who fled to Egypt since the war began' -> 'Sudanese'
      97-xinhua-sudanese-egypt.txt 'around 780,000': counted: 'Sudanese registered with UNHCR in Egypt' -> 'Sudanese'
      97-xinhua-sudanese-egypt.txt '56 percent': part_of: 'around 780,000' -> nan; counted: 'registered refugees who are women and girls' -> 'registered refugees'
      97-xinhua-sudanese-egypt.txt 'one-third': part_of: 'around 780,000' -> nan; counted: 'registered refugees who are children' -> 'registered refugees'
      97-xinhua-sudanese-egypt.txt 'two months': counted: 'period of daily arrivals' -> nan
      97-xinhua-sudanese-egypt.txt 'some 4 million': counted: 'Sudanese in Egypt' -> 'Sudanese'
      97-xinhua-sudanese-egypt.txt '17 percent': head: 'appeal' -> nan; part_of: nan -> '1.8 billion U.S. dollars'; counted: 'share of the Sudan appeal funded' -> nan
      97-xinhua-sudanese-egypt.txt '52,000': counted: 'families whose cash assistance was reduced' -> 'families'
      97-xinhua-sudanese-egypt.txt 'half': counted: 'cut in rations' -> nan
      97-xinhua-sudanese-egypt.txt 'over 12 million': source: 'UN' -> 'United Nations'; counted: 'people displaced inside and outside Sudan' -> 'people'
      97-xinhua-sudanese-egypt.txt 'six': counted: 'children of Amna Idris' -> 'children'
      97-xinhua-sudanese-egypt.txt 'about 1,270 kilometres': counted: 'land border between Egypt and Sudan' -> nan
      98-kuna-syrian-returns-lebanon.txt 'some 12 thousand': source: 'Nasser Al-Mutairi' -> 'Lebanon Nasser Al-Mutairi'; counted: 'families to receive cash assistance' -> 'families'
      98-kuna-syrian-returns-lebanon.txt 'six months': source: 'Nasser Al-Mutairi' -> 'Lebanon Nasser Al-Mutairi'; counted: 'cash assistance' -> nan
      98-kuna-syrian-returns-lebanon.txt 'more than 620,000': source: 'Karim Haddad' -> 'United Nations High Commissioner for Refugees'; counted: 'Syrians who returned from Lebanon since December 2024' -> 'Syrians'
      98-kuna-syrian-returns-lebanon.txt '636 thousand': source: 'Karim Haddad' -> 'United Nations High Commissioner for Refugees'; counted: 'refugees registered with UNHCR in Lebanon' -> 'refugees'
      98-kuna-syrian-returns-lebanon.txt 'nearly 1.5 million': source: 'Karim Haddad' -> 'United Nations High Commissioner for Refugees'; counted: 'refugees registered with UNHCR in Lebanon in 2016' -> 'refugees'
      98-kuna-syrian-returns-lebanon.txt '70%': part_of: 'more than 620,000' -> nan; counted: 'returnees who went back to Homs, Aleppo and Rural Damascus' -> 'returnees'
      98-kuna-syrian-returns-lebanon.txt '28 percent': head: 'appeal' -> nan; part_of: nan -> 'USD 310 million'; counted: 'share of the Lebanon appeal funded' -> nan
      98-kuna-syrian-returns-lebanon.txt '4,600': source: 'Fahad Al-Enezi' -> nan; counted: 'food baskets distributed' -> 'food baskets'
      98-kuna-syrian-returns-lebanon.txt '3 thousand': counted: 'heating kits distributed' -> 'heating kits'
      98-kuna-syrian-returns-lebanon.txt '2,350': counted: 'Syrians who left during the past week' -> 'Syrians'
      98-kuna-syrian-returns-lebanon.txt '19,800': head: 'people' -> 'syrians'; counted: 'people who left under the organized return program' -> 'Syrians'
      98-kuna-syrian-returns-lebanon.txt 'about 5.8 million': counted: 'population of Lebanon' -> 'people'
      98-kuna-syrian-returns-lebanon.txt 'between 1.5 to 2 million': source: 'authorities' -> nan; counted: 'Syrians hosted at the peak of the crisis' -> 'Syrians'
      98-kuna-syrian-returns-lebanon.txt 'more than USD 1.2 billion': source: 'Nasser Al-Mutairi' -> 'the ambassador'

Gold corrected after the blind run, for slips against the set's conventions (2f51a9f): a
share "N% of the <noun>" with no "of them" or restated number is no part of the count
before it (22's "Women and girls make up 54 per cent of the displaced", after the
sentence counting the displaced, has no part_of), so the part_of of 95's second "60%",
97's "56 percent" and "one-third" and 98's "70%" went; 95's "Of the total, 4,812" names a
whole three sentences back, outside the schema's "same sentence or the one after"; an
anonymous source keeps its article ("a security source", as "a federal official", "A
senior police officer" in the set), and "the UN figures" is given by the fullest name the
text spells ("United Nations", inside "United Nations High Commissioner for Refugees").
An appeal's funded share is part of the appeal's amount (ec232ba), as 69's "asks for
$1.9bn and is 6% funded" gives "$1.9bn": 97's "17 percent" and 98's "28 percent" had no
part_of. With that gold and the code of the blind run (``analysis/`` of c41fa95), part_of
was 0.987 (74/75) and source 0.800 (60/75), the rest as above. No other gold was changed. Answers
the output differs on that are kept as judged when the gold was written: 96's "exceeded 40
billion dollars in a decade" (a bare "a decade" is a duration in the gold; the extractor
takes one unit of time only with a bound, "more than a decade"), 98's "Haddad told KUNA
that ... reached to more than 620,000, according to the agency's estimates" (the gold
gives the figures to the person who told them, the output to the agency whose estimates
they are) and 95's "Many of the migrants walk between five and seven days ..., and at
least 14 died ..., according to the authorities" (the gold gives only the deaths to the
authorities).

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the four reports, rows as in ``tests/test_unseen_styles.py``
(``(text, value or (low, high), bound, kind, unit[, fields])``, ``part_of`` the index of the
whole among the expected rows). Each row was seen to fail on the code before its rule and
to pass after it, except the guards (marked "stay" or "still"), which passed before and
after.

The general rules of this round, one line each:

- "between 15,000 to 20,000 more", "between 800 to 1,000 new arrivals": "between A to B"
  is a range before "more" or an adjective and its plural noun too, as before a plural
  noun right after it.
- "suspend the aid to 2, 400 families": a thousands comma with a space after it joins a
  group of one to three digits after a lower-case word (or a currency sign) to one of
  exactly three digits, with no list around them ("In 2025, 300 migrants" and "On May 4,
  250 families" stay apart).
- "the Venezuelan Yorman Pérez, of 34 years, who travels": ", of N years," after a name is
  an age ("a sentence of 12 years" stays a duration); a nationality before a person's
  name is no part of it ("the Honduran Marta López" is Marta López).
- "rose over to 113,000": "over to" after a verb of rising bounds from below ("handed
  over to 300 families" stays a particle).
- "..., informed this Monday the National Migration Service (SNM) of Panama.": a day
  between an inverted verb and the body closing the sentence, even "informed" (whose
  object is otherwise its listener) and after a year's comma ("of 2025, informed");
  "(SNM) of Panama": the country after the acronym is no part of the name.
- "said to EFE its coordinator in Panama, Andrés Quiroga": the agency told, between the
  inverted verb and its speaker, and "its" opening the office before the name.
- "Kuwait's Ambassador to Lebanon Nasser Al-Mutairi": the place of a posting ending the
  title is no first name; "..., the ambassador said" later names that ambassador.
- "The Coast Guard Command said in a statement ... Of them, 58 ..., the statement said":
  a statement is a document its issuer speaks through, as a report.
- "two suspects, identified by the initials M.K. and S.T.": initials or a name are no
  agent of "identified by".
- "Of the total, 1,240 were minors": the part's own noun after its verb.
- "its appeal ... of 250 million dollars was funded at only 12 percent", "funded only at
  the 31 percent": a share after "funded at" is of the appeal (its head and its amount);
  "The Yemen and Sudan plans are funded at 31 ..." heads "plans" (the one change in the
  regression texts, tests/test_statistical_copy.py, which leaves the head open).
- "pledged 6 billion euros under the 2016 deal with Ankara, of which 4.7 billion euros": a
  year between an amount and "of which" is no amount in between.
- "hosted what the authorities describe as between 1.5 to 2 million Syrians": who
  describes, calls or terms the amount so gives it.
- "the campaign, which distributed so far 4,600 food baskets ..., said the head of the
  delegation, Fahad Al-Enezi, to KUNA": a relative clause before an inverted tag, whose
  speaker comes after its verb, is part of what is said ("Local campaigners, who have held
  14 protests, claimed" still keeps its count from the verb).

Seen and left alone: counted (not scored) stays short; "between 15,000 to 20,000 more" and
"at least 14 died" head "people" where the gold restores "migrants"; "Haddad said ... 19,800" heads the
returnees "syrians" where the gold's "those who left" is "people"; and
tests/test_attribution.py::test_clean_np_gates_answer_as_the_ungated_subs, whose random
draw "UNHCR published\n" fails on c41fa95 as on this branch (the gated tail of a data
verb does not see past the newline the ungated reference strips), so the suite's last run
had it deselected.

Final score of the four reports (after this round's rules; ``python -m analysis.evaluate
/tmp/translated-blind2``, the batch alone, with the gold of ec232ba)::

    report                                  gold  pred match      P      R     F1  date
    95-efe-darien-crossings.txt               22    22    22  1.000  1.000  1.000  ok
    96-anadolu-irregular-migrants-week.txt    20    19    19  1.000  0.950  0.974  ok
    97-xinhua-sudanese-egypt.txt              19    19    19  1.000  1.000  1.000  ok
    98-kuna-syrian-returns-lebanon.txt        18    18    18  1.000  1.000  1.000  ok
    TOTAL                                     79    78    78  1.000  0.987  0.994  1.000

    field accuracy over 78 matched figures:
      bound                         1.000  (78/78)
      kind                          1.000  (78/78)
      head                          0.962  (75/78)
      low_high                      1.000  (78/78)
      part_of                       1.000  (78/78)
      source                        0.949  (74/78)
      source (lenient: surname ok)  0.949  (74/78)
      counted                       0.205  (16/78)
      date (per report)             1.000

    misses (gold not found): 1; extras (not in gold): 0
      96-anadolu-irregular-migrants-week.txt: miss ['a decade'] extra []

Both dev sets after the round: tests/fixtures/devset stays at 1.000 on every scored field;
of the regression texts (5,984, main at c41fa95) one changes, as said above; on
tests/fixtures/devset2 (the 84 reports on this branch, with the gold of ec232ba), the code
of c41fa95 scores F1 0.997, head 0.989, part_of 0.999 and source 0.980, this round's 1.000,
0.991, 0.999 and 0.986, the older 80 reports as before.
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the four reports, each in other words (written by hand
# before the rules that pass them).
CASES = [
    # --- ranges written "between A to B" (Spanish "entre A a B") -----------------------------
    (
        "invented/EFE (Spanish desk): 'between A to B more' with no noun after it",
        "The governor said between 3,000 to 4,000 more could cross before the rains.",
        [("between 3,000 to 4,000", (3000, 4000), R, C, None, {"source": "governor"})],
    ),
    (
        "invented/Xinhua: 'between A to B' before an adjective and its plural noun",
        "The centre receives between 200 to 300 new asylum seekers every week.",
        [("between 200 to 300", (200, 300), R, C, None, {"head": "seekers"})],
    ),
    # --- a thousands comma with a space after it ----------------------------------------
    (
        "invented/KUNA: a thousands comma followed by a space, '3, 600'",
        "The ministry said it had returned 3, 600 migrants to Niger since January.",
        [("3, 600", 3600, E, C, None, {"head": "migrants", "source": "ministry"})],
    ),
    (
        "invented/wire copy: a year, a comma and a count stay two numbers",
        "In 2025, 300 migrants drowned off Libya, the agency said.",
        [("300", 300, E, C, None, {"head": "migrants"})],
    ),
    (
        "invented/wire copy: a day of the month, a comma and a count stay two numbers",
        "On May 4, 250 families were moved to a new camp.",
        [("250", 250, E, C, None, {"head": "families"})],
    ),
    # --- an age written ", of 29 years," (Spanish "de 29 años") ------------------------------
    (
        "invented/EFE: an age after a name written ', of N years,'",
        "The Honduran Marta López, of 29 years, said she paid 8,000 dollars to a smuggler.",
        [("8,000 dollars", 8000, E, M, "USD", {"source": "Marta López"})],
    ),
    (
        "invented/court copy: 'a sentence of 12 years' is still a duration",
        "The smuggler was handed a sentence of 12 years.",
        [("12 years", 12, E, D, "year")],
    ),
    # --- "rose over to N" ("ascendió a más de") ---------------------------------------------
    (
        "invented/Anadolu: 'rose over to N' bounds the number from below",
        "The number of deportations this year rose over to 45,000, the ministry said.",
        [("over to 45,000", 45000, LO, C, None, {"source": "ministry"})],
    ),
    (
        "invented/aid copy: 'handed over to N families' still gives no bound",
        "The aid was handed over to 300 families in Idlib.",
        [("300", 300, E, C, None, {"head": "families"})],
    ),
]
CASES += [
    # --- sources: Spanish word order, "said to EFE", titles before names ------------------
    (
        "invented/EFE: 'informed this Tuesday the <body> (ACRONYM) of <country>'",
        "About 1,800 Cubans requested asylum in March, informed this Tuesday the Mexican "
        "Commission for Refugee Assistance (COMAR) of Mexico.",
        [
            (
                "About 1,800",
                1800,
                AP,
                C,
                None,
                {"source": "Mexican Commission for Refugee Assistance"},
            )
        ],
    ),
    (
        "invented/EFE: a year and its comma before an inverted verb is no adjective's count",
        "Deportations from the United States reached 4,300 in the first half of 2025, "
        "informed this Friday the National Migration Institute (INM) of Mexico.",
        [("4,300", 4300, E, C, None, {"source": "National Migration Institute"})],
    ),
    (
        "invented/EFE: 'said to EFE its director in Tapachula, Name'",
        "The shelter received 430 families in June, said to EFE its director in Tapachula, "
        "Gloria Martínez.",
        [("430", 430, E, C, None, {"source": "Gloria Martínez"})],
    ),
    (
        "invented/KUNA: a title with its posting before the name ('Ambassador to Jordan Name')",
        "Qatar's Ambassador to Jordan Saad Al-Khalifa said the grant would cover 3,500 families.",
        [("3,500", 3500, E, C, None, {"source": "Saad Al-Khalifa"})],
    ),
    (
        "invented/KUNA: 'the ambassador said' names the ambassador named before",
        "Kuwait's Ambassador to Iraq Fahad Al-Otaibi said the aid would reach 300 families. "
        "The UNHCR representative, Karim Haddad, said 120 families had arrived. The package "
        "includes 900 tents, the ambassador said.",
        [
            ("300", 300, E, C, None, {"source": "Fahad Al-Otaibi"}),
            ("120", 120, E, C, None, {"source": "Karim Haddad"}),
            ("900", 900, E, C, None, {"source": "Fahad Al-Otaibi"}),
        ],
    ),
    # --- Anadolu: "the statement said"; suspects' initials -------------------------------
    (
        "invented/Anadolu: 'the statement said' is the body whose statement it is",
        "The Greek coast guard said in a statement that 88 migrants were rescued south of "
        "Crete. Of them, 12 were children, the statement said.",
        [
            ("88", 88, E, C, None, {"source": "Greek coast guard"}),
            ("12", 12, E, C, None, {"source": "Greek coast guard", "part_of": 0}),
        ],
    ),
    (
        "invented/Anadolu: 'identified by the initials' gives no source",
        "Police held 19 migrants and two drivers, identified by the initials A.K. and R.T.",
        [
            ("19", 19, E, C, None, {"source": None}),
            ("two", 2, E, C, None, {"source": None}),
        ],
    ),
]
CASES += [
    # --- heads: "Of the total, N were <noun>"; "was funded at only N percent" --------------
    (
        "invented/EFE: 'Of the total, N were <noun>' with no whole before it",
        "Of the total, 1,240 were minors, according to the migration service.",
        [("1,240", 1240, E, C, None, {"head": "minors"})],
    ),
    (
        "invented/wire copy: 'Of the total, N were sent home' still keeps the whole's noun",
        "They counted 900 people. Of the total, 300 were sent home.",
        [
            ("900", 900, E, C, None, {"head": "people"}),
            ("300", 300, E, C, None, {"head": "people", "part_of": 0}),
        ],
    ),
    (
        "invented/Xinhua: 'was funded at only N percent' is a share of the appeal",
        "UNICEF said that its appeal for Haiti of 250 million dollars was funded at only 12 "
        "percent.",
        [
            ("250 million dollars", 250e6, E, M, "USD"),
            ("12 percent", 12, E, P, "%", {"head": "appeal", "part_of": 0}),
        ],
    ),
    (
        "invented/KUNA: 'was funded only at the N percent'",
        "He added that the agency's appeal for Chad for the year 2026, of USD 90 million, was "
        "funded only at the 31 percent.",
        [
            ("USD 90 million", 90e6, E, M, "USD"),
            ("31 percent", 31, E, P, "%", {"head": "appeal", "part_of": 0}),
        ],
    ),
]

CASES += [
    # --- a money whole with a year before "of which"; "what X describe as N" --------------
    (
        "invented/Anadolu: a year between an amount and 'of which' is no amount",
        "The EU pledged 3 billion euros under the 2019 plan with Rabat, of which 1.2 billion "
        "euros were paid.",
        [
            ("3 billion euros", 3e9, E, M, "EUR"),
            ("1.2 billion euros", 1.2e9, E, M, "EUR", {"part_of": 0}),
        ],
    ),
    (
        "invented/KUNA: 'what the authorities describe as N' credits the describer",
        "The camp now holds what aid workers describe as more than 40,000 people.",
        [("more than 40,000", 40000, LO, C, None, {"source": "aid workers"})],
    ),
    (
        "invented/wire copy: 'what residents called N homes' stays the report's own",
        "The fire destroyed what residents called 200 homes.",
        [("200", 200, E, C, None, {"source": None})],
    ),
]

CASES += [
    # --- a relative clause before an inverted tag is part of what the speaker says ---------
    (
        "invented/KUNA: ', which distributed N ..., said the head ..., Name, to KUNA'",
        "The aid is part of the campaign, which has delivered 2,300 tents and 900 stoves in "
        "Idlib, said the head of the Qatar Charity team, Ahmad Al-Marri, to QNA.",
        [
            ("2,300", 2300, E, C, None, {"source": "Ahmad Al-Marri"}),
            ("900", 900, E, C, None, {"source": "Ahmad Al-Marri"}),
        ],
    ),
    (
        "invented/wire copy: 'Campaigners, who have held N protests, claimed' still no source",
        "Local campaigners, who have held 14 protests since March, claimed the plan was illegal.",
        [("14", 14, E, C, None, {"source": None})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_translated_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down to 0.05): a
# regression fails, an improvement may raise them.
FLOORS = {
    "95-efe-darien-crossings.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.9,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.95,
    },
    "96-anadolu-irregular-migrants-week.txt": {
        "f1": 0.95,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "97-xinhua-sudanese-egypt.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "98-kuna-syrian-returns-lebanon.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.9,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.8,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_translated_floors(name):
    assert_floors(name, FLOORS[name])
