"""Second dev set, batch ``ds2-iran``: reports 226-228 of ``tests/fixtures/devset2``,
English-language copy on Iran's deportations and returns of Afghans (2025): an Afghan
outlet's English service on a day's returns through Islam Qala and Milak (the Taliban's
refugee ministry's families and individuals, "forcibly deported" against "spontaneous"
returns, referrals to IOM, unaccompanied children, a returnee's fines in rials and a fare in
tomans, a cash grant in afghanis), a TOLOnews-like story on Iran's deadline and fines for
undocumented Afghans (employers' and landlords' fines in rials, an overstay charge in
tomans, BAFIA's estimates, the ministry's weekly returns, IOM's separated children), and an
IRNA-like state-media item on departures since the Iranian new year (BAFIA's head, Dogharoon
and Milak, transfer costs in rials, Tasnim's count at a Mashhad-area camp, IOM's weekly
deportees). Their not-figures are this copy's: Solar Hijri dates and years ("1 Tir 1404",
"Tir 15, 1404", "the 1401 headcount", "Shahrivar 1404"), "the 2022 headcount", "Article 2",
hotline numbers, ages, ordinary dates and years. Before writing them, real copy of these
kinds was read through the stored-pages search (none is kept here): Khaama Press's and
Bakhtar's daily MoRR returns through Islam Qala ("families comprising ... people", referrals
to IOM), an ANI pick-up of Khaama's forced and voluntary returns, InfoMigrants' and DW's IOM
weekly figures (individuals, unaccompanied children), TOLOnews and AP features at Islam
Qala, and a Kayhan-London piece quoting a fare in tomans. Every sentence, name and number
is invented; places and organisations are real:

- 226-khaama-islam-qala-milak-daily-returns.txt: a Khaama Press-like story, 2025-07-09:
  the Islamic Emirate's refugee ministry's "More than 31,000" in a day, "1,842 families
  comprising 9,604 people", individuals returned "spontaneously", "Of the total, 18,215
  people crossed at Islam Qala ... and 12,959 at the Milak crossing", referrals "including
  412 unaccompanied children", returns "since 1 Tir 1404 (June 22)", a deadline "(Tir 15,
  1404)", a provincial official's buses "and 40 of them", UNHCR's "of whom 70 percent", a
  returnee's "20 million rials" and "3 million tomans", "10,000 afghanis" and a hotline.
- 227-tolo-iran-deadline-fines-undocumented.txt: a TOLOnews-like story, 2025-05-12, under a
  title-case headline ("Iran Gives Undocumented Afghans 60 Days to Leave, Announces Fines"):
  Iran's Ministry of Interior's fines "Under Article 2" in rials and tomans, Iran's BAFIA's
  "6.1 million ... among them about 2.6 million" and "the 1401 headcount", migrants' wages in
  tomans, the refugee ministry's returns "including 3,870 who were deported", its spokesman's
  weekly totals, IOM's "1,106 ... of whom 640", UNHCR's "up to 3 million" and "28% funded",
  an analyst's "about $1.5 billion" and the embassy's hotline.
- 228-irna-bafia-departures-dogharoon.txt: an IRNA-like item, 2025-08-20, under "...:
  official": BAFIA's head's "More than 1.2 million" since "March 21", "68 percent of them",
  daily averages, Dogharoon's "about 70 percent", transfer costs and "more than 900 billion
  rials" "in the 1404 Iranian year", Tasnim's camp count "among them 740 women and 1,050
  children", Amayesh card holders, "the 1402 headcount" and "Shahrivar 1404 (September 22)",
  IOM's weekly "including 58,300 deportees, and that 4,120 of them", the Taliban's refugee
  ministry's afghanis and UNHCR's "as many as 1.5 million".

The gold checker learnt the batch's currencies: Iranian rials named after the amount, and
tomans, ten rials each, read in rials (IRR) as the extractor gives them ("3 million tomans"
is 30,000,000 IRR). The reports and their gold were committed (7aff326) before the
extractor was first run on them. The BLIND score (``python -m analysis.evaluate
/tmp/iran-blind --misses``, only this batch in the folder, at that commit)::

    report                                         gold  pred match      P      R     F1  date
    226-khaama-islam-qala-milak-daily-returns.txt    24    28    24  0.857  1.000  0.923  ok
    227-tolo-iran-deadline-fines-undocumented.txt    22    23    22  0.957  1.000  0.978  ok
    228-irna-bafia-departures-dogharoon.txt          25    28    25  0.893  1.000  0.943  ok
    TOTAL                                            71    79    71  0.899  1.000  0.947  1.000

    field accuracy over 71 matched figures:
      bound                         1.000  (71/71)
      kind                          1.000  (71/71)
      head                          0.972  (69/71)
      low_high                      1.000  (71/71)
      part_of                       0.944  (67/71)
      source                        0.690  (49/71)
      source (lenient: surname ok)  0.690  (49/71)
      counted                       0.817  (58/71)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 8
      226-khaama-islam-qala-milak-daily-returns.txt
        EXTRA '1' (1)  in: Figures from the ministry show that close to 256,000 Afghans have returned from Iran since 1 Tir 1404 (June 22), an average of nearly 15,000 Afghans a day.
        EXTRA '1404' (1404)  in: Figures from the ministry show that close to 256,000 Afghans have returned from Iran since 1 Tir 1404 (June 22), an average of nearly 15,000 Afghans a day.
        EXTRA '15' (15)  in: Iran had given undocumented Afghans until July 6 (Tir 15, 1404) to leave the country.
        EXTRA '1404' (1404)  in: Iran had given undocumented Afghans until July 6 (Tir 15, 1404) to leave the country.
      227-tolo-iran-deadline-fines-undocumented.txt
        EXTRA '1401' (1401)  in: About 1.8 million Afghans who received census slips in the 1401 headcount were told last year that they could stay until the end of 1403, BAFIA officials said.
      228-irna-bafia-departures-dogharoon.txt
        EXTRA '1404' (1404)  in: The official put the cost of transferring each foreign national to the border at 4.5 million rials, and said the government had spent more than 900 billion rials on transport, food and accommodation at reception camps in the 1404 Iranian year.
        EXTRA '1402' (1402)  in: Those who received census slips in the 1402 headcount have until the end of Shahrivar 1404 (September 22) to regularise their status, he said, warning that employers who hire unauthorised nationals would be fined up to 200 million rials.
        EXTRA '1404' (1404)  in: Those who received census slips in the 1402 headcount have until the end of Shahrivar 1404 (September 22) to regularise their status, he said, warning that employers who hire unauthorised nationals would be fined up to 200 million rials.

    matched figures with a field wrong (gold -> predicted):
      226-khaama-islam-qala-milak-daily-returns.txt 'More than 31,000': source: 'Ministry of Refugees and Repatriation' -> "Islamic Emirate's Ministry of Refugees and Repatriation"
      226-khaama-islam-qala-milak-daily-returns.txt '1,842': source: 'Ministry of Refugees and Repatriation' -> "Islamic Emirate's Ministry of Refugees and Repatriation"
      226-khaama-islam-qala-milak-daily-returns.txt '9,604': source: 'Ministry of Refugees and Repatriation' -> "Islamic Emirate's Ministry of Refugees and Repatriation"
      226-khaama-islam-qala-milak-daily-returns.txt '21,570': source: 'Ministry of Refugees and Repatriation' -> "Islamic Emirate's Ministry of Refugees and Repatriation"
      226-khaama-islam-qala-milak-daily-returns.txt '18,215': part_of: nan -> '21,570'; source: 'Ministry of Refugees and Repatriation' -> "Islamic Emirate's Ministry of Refugees and Repatriation"
      226-khaama-islam-qala-milak-daily-returns.txt '12,959': head: 'people' -> 'individuals'; part_of: nan -> '21,570'; source: 'Ministry of Refugees and Repatriation' -> "Islamic Emirate's Ministry of Refugees and Repatriation"; counted: 'people' -> 'individuals'
      226-khaama-islam-qala-milak-daily-returns.txt '2,310': source: 'Ministry of Refugees and Repatriation' -> "Islamic Emirate's Ministry of Refugees and Repatriation"
      226-khaama-islam-qala-milak-daily-returns.txt '412': source: 'Ministry of Refugees and Repatriation' -> "Islamic Emirate's Ministry of Refugees and Repatriation"
      226-khaama-islam-qala-milak-daily-returns.txt 'close to 256,000': source: 'Ministry of Refugees and Repatriation' -> "Islamic Emirate's Ministry of Refugees and Repatriation"
      226-khaama-islam-qala-milak-daily-returns.txt 'nearly 15,000': source: 'Ministry of Refugees and Repatriation' -> "Islamic Emirate's Ministry of Refugees and Repatriation"
      226-khaama-islam-qala-milak-daily-returns.txt 'about 2 million': counted: 'people who were not covered by the 2022 headcount' -> 'people'
      226-khaama-islam-qala-milak-daily-returns.txt 'two months': counted: 'wages' -> nan
      226-khaama-islam-qala-milak-daily-returns.txt '10,000 afghanis': source: 'Ministry of Refugees and Repatriation' -> "Islamic Emirate's Ministry of Refugees and Repatriation"
      227-tolo-iran-deadline-fines-undocumented.txt '60 Days': source: nan -> 'Fines'; counted: 'deadline' -> nan
      227-tolo-iran-deadline-fines-undocumented.txt '60 days': source: 'Ministry of Interior' -> "Iran's Ministry of Interior"; counted: 'deadline' -> nan
      227-tolo-iran-deadline-fines-undocumented.txt '150 million rials': source: 'Ministry of Interior' -> "Iran's Ministry of Interior"
      227-tolo-iran-deadline-fines-undocumented.txt '80 million rials': source: 'Ministry of Interior' -> "Iran's Ministry of Interior"
      227-tolo-iran-deadline-fines-undocumented.txt '5 million tomans': source: 'Ministry of Interior' -> "Iran's Ministry of Interior"
      227-tolo-iran-deadline-fines-undocumented.txt '6.1 million': source: 'Bureau for Aliens and Foreign Immigrants Affairs' -> "Iran's Bureau for Aliens and Foreign Immigrants Affairs"
      227-tolo-iran-deadline-fines-undocumented.txt 'about 2.6 million': source: 'Bureau for Aliens and Foreign Immigrants Affairs' -> "Iran's Bureau for Aliens and Foreign Immigrants Affairs"; counted: 'Afghans who hold no valid document' -> 'Afghans'
      227-tolo-iran-deadline-fines-undocumented.txt 'About 1.8 million': source: 'Bureau for Aliens and Foreign Immigrants Affairs' -> 'BAFIA officials'; counted: 'Afghans who received census slips in the 1401 headcount' -> 'Afghans'
      227-tolo-iran-deadline-fines-undocumented.txt 'two weeks': counted: 'leave' -> nan
      227-tolo-iran-deadline-fines-undocumented.txt 'at least six months': counted: 'deadline' -> nan
      227-tolo-iran-deadline-fines-undocumented.txt '23 percent': counted: 'returnees crossing at Islam Qala in April' -> 'returnees crossing at Islam Qala'
      228-irna-bafia-departures-dogharoon.txt 'Over 1.2m': source: 'Hossein Ali Mohammadi' -> 'official'
      228-irna-bafia-departures-dogharoon.txt 'two hours': counted: 'buses' -> nan
      228-irna-bafia-departures-dogharoon.txt 'more than four decades': counted: 'hosted' -> nan
      228-irna-bafia-departures-dogharoon.txt '4,120': part_of: '97,640' -> '58,300'
      228-irna-bafia-departures-dogharoon.txt '21 percent': head: 'people' -> 'children'; part_of: '97,640' -> '4,120'; counted: 'people' -> 'unaccompanied children'
      228-irna-bafia-departures-dogharoon.txt '2,000 afghanis': source: 'Ministry of Refugees and Repatriation' -> "Taliban's Ministry of Refugees and Repatriation"
      228-irna-bafia-departures-dogharoon.txt '5,000 afghanis': source: 'Ministry of Refugees and Repatriation' -> "Taliban's Ministry of Refugees and Repatriation"

One gold slip against the schema was fixed after the blind run (81a54f7): the batch's
sources had dropped the country's possessive that the set's gold keeps in a body's fullest
name ("Iran's Ministry of Interior", "the Islamic Emirate's Ministry of Refugees and
Repatriation", "the Taliban's Ministry ..."), the extractor's reading; nothing else in the
gold was changed. "counted" is not scored by the floors.

The rules of this round, one line each (each with a row below that failed before it):

- "since 1 Tir 1404", "Tir 15, 1404", "Shahrivar 1404", "the 1401 headcount", "the 1404
  Iranian year": a day or a year of the Solar Hijri calendar (Iranian and Afghan month names,
  years 1300-1499 with their month, "Iranian year", "headcount" or "census") is a date.
- "Iran Gives Undocumented Afghans 60 Days to Leave, Announces Fines": after a comma,
  "announces" before a bare noun phrase (no article, role word or acronym) is a headline's
  second verb and its object, no inverted speaker and no report of the first clause's figure;
  headline verbs ("Says", "Announces", "Warns", ...) join the words that open no person's name.
- "Of the total, 18,215 people crossed at Islam Qala ... and 12,959 at the Milak crossing":
  two parts joined by "and" that add up to more than the latest count of the sentence
  before are parts of a total given earlier, not of that count (the second keeps the first's
  noun, not that count's).
- "Over 1.2m illegal Afghan nationals leave Iran since March: official": a headline's one
  official (or minister, spokesman, governor, ...) after its colon is the person the next
  paragraph's first figure is given to, as "...: interior ministry" is the body the story
  names ("...: officials", plural, stays as written).

Seen but left alone (the final misses): "97,640 people returned ..., including 58,300
deportees, and that 4,120 of them were unaccompanied children" (the "them" taken for the
deportees named just before, not the people; both readings are English, the gold's is the
clause's subject) and the next sentence's "21 percent of them" (taken for the children, head
"children"); "BAFIA officials said" after "Iran's Bureau for Aliens and Foreign Immigrants
Affairs (BAFIA)" two sentences before (the officials of a body by its acronym are kept as
written, where the gold gives the body); "counted" phrases with their relative clauses
("people who were not covered by the 2022 headcount") and durations' timed things (not
scored). Also seen: Iranian figures in tomans are given in rials as the extractor already
did; no rule was needed for rials, tomans or afghanis.

Final score of the three reports (``python -m analysis.evaluate /tmp/iran-now``, the batch
with the corrected gold): F1 1.000 (71/71, no miss, no extra; blind 0.947 with eight
extras, all Solar Hijri dates); bound 1.000, kind 1.000, head 0.986, low_high 1.000, part_of
0.972 (blind 0.944), source 0.986 (70/71; blind 0.690, 49/71, of which 17 were the gold's
dropped possessives).
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, MS = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# before the fix that makes it pass, and checked to fail before it), and guards that pass
# before and after.
CASES = [
    # --- Solar Hijri dates and years: "1 Tir 1404", "Tir 15, 1404", "the 1401 headcount" ---
    (
        "invented/Khaama-like: Afghan month dates '12 Hamal 1403' and 'Saratan 5, 1403'",
        "The ministry said 4,210 Afghans had been deported since 12 Hamal 1403, and that the "
        "camp would close on Saratan 5, 1403.",
        [("4,210", 4210, E, C, None)],
    ),
    (
        "invented/IRNA-like: Iranian month dates 'Mordad 1403' and '10 Esfand 1402'",
        "Some 9,300 nationals left in Mordad 1403, against 6,100 after 10 Esfand 1402.",
        [("Some 9,300", 9300, AP, C, None), ("6,100", 6100, E, C, None)],
    ),
    (
        "invented/Tasnim-like: 'the 1403 Iranian year' and 'the 1402 census' are years",
        "About 820,000 foreign nationals left in the 1403 Iranian year, and those counted in "
        "the 1402 census may stay.",
        [("About 820,000", 820000, AP, C, None)],
    ),
    (
        "invented/guard: 'the 1400 families' stays a count, comma-less as South Asian copy writes it",
        "Officials said the 1400 families in the camp got 350 tents.",
        [("1400", 1400, E, C, None), ("350", 350, E, C, None)],
    ),
    # --- a title-case headline's second verb is no person: ", Announces Fines" -------------
    (
        "invented/TOLOnews-like headline: 'Pakistan Extends PoR Cards by 90 Days, Announces "
        "Penalties'",
        "Pakistan Extends PoR Cards by 90 Days, Announces Penalties\n\nThe ministry said "
        "1,200 Afghans had applied.",
        [
            ("90 Days", 90, E, D, "day", {"source": None}),
            ("1,200", 1200, E, C, None, {"source": "ministry"}),
        ],
    ),
    (
        "invented/guard: the inverted speaker of a title-case headline, ', Says Minister'",
        "Iran Deports 5,000 Afghans in a Week, Says Minister\n\nThe figure was given on Monday.",
        [("5,000", 5000, E, C, None, {"source": "Minister"})],
    ),
    (
        "invented/guard: ', announces UNHCR.' after a figure still names who announces it",
        "Some 2,400 refugees returned to Herat this week, announces UNHCR.",
        [("Some 2,400", 2400, AP, C, None, {"source": "UNHCR"})],
    ),
    # --- "Of the total, X ... and Y ...": a whole no smaller than the parts' sum ----------
    (
        "invented/Bakhtar-like: 'Of the total, X crossed at A and Y at B' after a breakdown",
        "The ministry said 640 families of 3,100 people were deported, while 9,800 "
        "individuals returned on their own. Of the total, 7,400 people crossed at Islam Qala "
        "and 5,500 at Milak.",
        [
            ("640", 640, E, C, None),
            ("3,100", 3100, E, C, None),
            ("9,800", 9800, E, C, None),
            ("7,400", 7400, E, C, None, {"part_of": None, "head": "people"}),
            ("5,500", 5500, E, C, None, {"part_of": None, "head": "people"}),
        ],
    ),
    (
        "invented/guard: 'Of the total, X arrived by air and Y by bus' keeps its total",
        "Guatemala received 43,900 deported migrants this year. Of the total, 31,200 arrived "
        "by air and 12,700 by bus.",
        [
            ("43,900", 43900, E, C, None),
            ("31,200", 31200, E, C, None, {"part_of": 0}),
            ("12,700", 12700, E, C, None, {"part_of": 0}),
        ],
    ),
    # --- a headline's ": official" is the official the lede names --------------------------
    (
        "invented/IRNA-like: '...: official' above 'X, the head of ..., said'",
        "Over 40,000 Afghans leave Iran in a week: official\n\nTEHRAN - More than 40,000 "
        "Afghan nationals left Iran last week, Reza Karimi Nia, the head of the provincial "
        "aliens office, said on Sunday.",
        [
            ("Over 40,000", 40000, LO, C, None, {"source": "Reza Karimi Nia"}),
            ("More than 40,000", 40000, LO, C, None, {"source": "Reza Karimi Nia"}),
        ],
    ),
    (
        "invented/guard: a headline's ': officials' stays the officials",
        "Iran deports 2,000 Afghans in a day: officials\n\nTEHRAN - Some 2,000 Afghans were "
        "deported on Monday, Reza Karimi Nia, a provincial official, said.",
        [
            ("2,000", 2000, E, C, None, {"source": "officials"}),
            ("Some 2,000", 2000, AP, C, None, {"source": "Reza Karimi Nia"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_iran_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "226-khaama-islam-qala-milak-daily-returns.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "227-tolo-iran-deadline-fines-undocumented.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.95,
    },
    "228-irna-bafia-departures-dogharoon.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.95,
        "low_high": 1.0,
        "part_of": 0.9,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_iran_floors(name):
    assert_floors(name, FLOORS[name])
