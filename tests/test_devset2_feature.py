"""Second dev set, batch ``ds2-feature``: reports 59-62 of ``tests/fixtures/devset2``,
long-form humanitarian features about displacement and return (The New Humanitarian, Al
Jazeera features, Guardian global development and Rest of World as the models). Before
writing them, real features of these kinds were read through the stored-pages search (none
is kept here): RFE/RL and AFP on Afghans deported from Pakistan to Nangarhar, Amu TV on a
deported family in Helmand, Darfur24, Radio Dabanga and MSF on Sudanese refugees in eastern
Chad, Netra News, Al Jazeera and UNB on Rohingya moved to Bhasan Char, and The New
Humanitarian on Venezuelans in Cucuta. Every sentence, name and number is invented; places
and well-known organisations are real (the riders' association, the observatory and the
delivery platform of report 62 are invented):

- 59-nangarhar-tent-debt.txt: a TNH-like feature, 2025-10-21, Afghan returnees from
  Pakistan in Nangarhar: a named woman's story, a quote that runs over two paragraphs, IOM
  figures and their parts, a camp official, an aid worker who asked not to be named, a
  survey's shares of a whole with no figure, a researcher's present-tense "says" and his
  second reference by surname, a pronoun as the agent of "recorded".
- 60-farchana-weighing-return.txt: an Al Jazeera-like feature, 2025-06-17, Sudanese
  refugees in Chad weighing a return to Darfur: "The 35-year-old" and a first-name second
  reference ("Mariam"), UNHCR against the government's count, an anonymous CNARR official
  and "The official said", a researcher with a figure in the relative clause that
  describes her, a quote continued in the next paragraph, a spokesperson's pronoun in the
  paragraph after, CFA francs and Sudanese pounds.
- 61-addis-gulf-deportees.txt: a Guardian-like feature, 2025-03-04, Ethiopians deported
  from Saudi Arabia: "she says" set inside a sentence, the ministry's count against IOM's,
  a centre manager, a federal official who asked not to be named, a sociologist named again
  by her first name (as Ethiopian copy does), riyals and birr, figures in the writer's own
  voice about a named woman.
- 62-bogota-delivery-riders.txt: a Rest of World-like feature, 2025-08-12, Venezuelan
  delivery riders in Bogota: an age after an accented name, "he told Rest of World", "by
  the count of a riders' association, X", "the migration authority" and "the observatory"
  for Spanish-named bodies, a spokesperson for a company, pesos, a speaker's relative
  clause with a duration.

The reports and their gold were committed (cc14398) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/feature-blind --misses``, only
this batch in the folder, at that commit)::

    report                           gold  pred match      P      R     F1  date
    59-nangarhar-tent-debt.txt         22    22    22  1.000  1.000  1.000  ok
    60-farchana-weighing-return.txt    19    19    19  1.000  1.000  1.000  ok
    61-addis-gulf-deportees.txt        21    21    21  1.000  1.000  1.000  ok
    62-bogota-delivery-riders.txt      17    18    17  0.944  1.000  0.971  ok
    TOTAL                              79    80    79  0.988  1.000  0.994  1.000

    field accuracy over 79 matched figures:
      bound                         1.000  (79/79)
      kind                          1.000  (79/79)
      head                          0.975  (77/79)
      low_high                      1.000  (79/79)
      part_of                       1.000  (79/79)
      source                        0.709  (56/79)
      source (lenient: surname ok)  0.709  (56/79)
      counted                       0.886  (70/79)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 1
      62-bogota-delivery-riders.txt
        EXTRA '31' (31)  in: BOGOTÁ — Jesús Alberto Rondón, 31, logs into the delivery app at 6 a.m. and rarely logs out before 10 p.m. On his best days, he completes 25 orders and clears about 120,000 pesos after fuel, he told Rest of World.

    matched figures with a field wrong (gold -> predicted):
      59-nangarhar-tent-debt.txt '10 weeks': source: 'An aid worker with an international organisation' -> 'an international organisation'
      59-nangarhar-tent-debt.txt '40': source: 'An aid worker with an international organisation' -> 'Sayed Hashmatullah Naseri'
      59-nangarhar-tent-debt.txt '11': source: 'An aid worker with an international organisation' -> 'Sayed Hashmatullah Naseri'
      59-nangarhar-tent-debt.txt '23 percent': head: 'households' -> nan; counted: 'returnee households' -> nan
      59-nangarhar-tent-debt.txt 'fewer than one in five': head: 'households' -> nan; counted: 'returnee households' -> nan
      59-nangarhar-tent-debt.txt 'eight': source: 'Ahmad Zia Sharifi' -> 'Sayed Hashmatullah Naseri'
      59-nangarhar-tent-debt.txt '20': source: 'Ahmad Zia Sharifi' -> 'Sayed Hashmatullah Naseri'
      59-nangarhar-tent-debt.txt 'about one in three': counted: 'returnee families' -> 'returnee families in the province'
      59-nangarhar-tent-debt.txt '10,000 to 80,000 afghanis': source: 'Ahmad Zia Sharifi' -> nan
      60-farchana-weighing-return.txt '90,000 Sudanese pounds': source: 'Mariam Abdallah Issa' -> nan
      60-farchana-weighing-return.txt 'about 41,000': counted: 'spontaneous returns from Chad to West Darfur' -> 'spontaneous returns'
      60-farchana-weighing-return.txt '20,000': source: 'an official with CNARR' -> 'The official'
      60-farchana-weighing-return.txt 'almost 48,000': source: 'an official with CNARR' -> 'The official'
      60-farchana-weighing-return.txt '1,300': source: 'an official with CNARR' -> 'The official'
      60-farchana-weighing-return.txt '140': source: nan -> 'Hiba Osman'
      60-farchana-weighing-return.txt '14 percent': counted: 'appeal for Chad' -> 'appeal'
      60-farchana-weighing-return.txt 'five': source: 'Mariam Abdallah Issa' -> 'Ahmat Brahim Saleh'
      61-addis-gulf-deportees.txt '400 riyals': source: 'Tigist Alemu' -> nan
      61-addis-gulf-deportees.txt '60': source: 'Tigist Alemu' -> nan; counted: 'other women' -> 'women'
      61-addis-gulf-deportees.txt '18 hours': source: 'Tigist Alemu' -> 'Tigist'
      61-addis-gulf-deportees.txt '1,000 riyals': source: 'Tigist Alemu' -> 'Tigist'
      62-bogota-delivery-riders.txt '25': source: 'Jesús Alberto Rondón' -> nan
      62-bogota-delivery-riders.txt 'about 120,000 pesos': source: 'Jesús Alberto Rondón' -> nan
      62-bogota-delivery-riders.txt 'about 2.8 million': counted: 'Venezuelans' -> 'Venezuelans living in Colombia'
      62-bogota-delivery-riders.txt 'an estimated 90,000': source: 'Unidad de Repartidores' -> 'Migración Colombia'; counted: 'Venezuelans who deliver for platforms' -> 'Venezuelans'
      62-bogota-delivery-riders.txt '540,000': source: 'Migración Colombia' -> 'the migration authority'
      62-bogota-delivery-riders.txt '14 months': counted: 'wait' -> nan
      62-bogota-delivery-riders.txt '350,000 pesos': source: 'Observatorio de Movilidad Laboral' -> 'Migración Colombia'
      62-bogota-delivery-riders.txt 'more than 30,000': source: 'A spokesperson for Rápido Ya' -> 'Rápido Ya'
      62-bogota-delivery-riders.txt 'seven years': source: 'Jesús Alberto Rondón' -> 'Inter-American Dialogue'

Gold corrected afterwards (a slip against the schema, not toward the output): in 59, "Debts
he has recorded range from 10,000 to 80,000 afghanis" had the text "10,000 to 80,000
afghanis"; the dev set README writes the range "from X to Y" with its "from", so the text is
"from 10,000 to 80,000 afghanis" now (the overlap matched either way; value, bound and the
other fields are unchanged). No other gold was changed.

Open conventions kept out of the gold and the table: a figure passed on inside a quote
("my cousin said a sack costs ...": the quote's speaker or the cousin), "X, citing Y,"
and "Reuters reported, citing the ministry"; a speaker's place ("an aid worker in
Gaziantep", as the afghan batch leaves "UNHCR staff at Torkham"); "a family of nine" and
"a mother of five" (the count's noun is not written); "one of about 2.8 million" keeps
"one" out as "one of the" is; the sample size of a survey ("A survey of 1,200 riders by X
found" is given X's, as its findings are); a writer's conversion beside a quoted amount
("25,000 CFA francs, about $44, according to drivers").

The table below holds invented sentences with the constructions that failed in the four
reports (batch 1, first run on the blind commit's package: 7 of 21 rows passed, the others
each seen to fail), then constructions met while fixing them (batch 2, added with their
fixes, each construction seen failing in a report's sentence first), then three batches
probing the style beyond the reports, written by hand before their first run (batch 3: 4
of 9 rows passed and the Gaziantep article failed; batch 4: 6 of 7; batch 5: 3 of 6; the
Bhasan Char article failed on one row; batch 6: 3 of 4, the fourth an open convention
("displaced three times"), rewritten; the Cairo and the Kakuma articles failed on one row
each), one guard ("The company recalled 40,000 cars"), and batches 7 and 8, constructions
found while probing, each seen failing before its rule. The whole table (67 rows and 4
articles) against the blind commit's package
(``analysis/`` of cc14398 copied aside with this module, figure_checks.py and
devset2_checks.py; ``PYTHONPATH=<copy>:<copy>/tests python -m pytest
tests/test_devset2_feature.py -k "figures or article"``): 26 passed, 45 failed; after this
round's rules, all 71 pass.

The general rules of this round, one line each:

- an age after a name in any Latin alphabet ("Jesús Alberto Rondón, 31,") is an age, also
  after a dateline; the name opening the sentence is the sentence's own "she said".
- "an aid worker with an international organisation", "an official with CNARR", "a teacher
  from the village": whom a nameless speaker works with or comes from is part of who she
  is (one person; plural "Lawyers with X" stay X's, as report 42's gold has it), and such
  a speaker is the "she" and "The official" of the sentences after, until someone else is
  named (main's rule of this session, that a speaker who asked not to be named is nobody
  named before, kept with it at the merge).
- a figure in the relative clause closing a speaker's apposition ("X, a researcher with Y
  who interviewed 140 returnees, said") is the writer's account of her.
- a pronoun agent of a recording verb ("Debts he has recorded", "the 210 cases she has
  documented") is the person the pronoun is.
- a person introduced in the writer's voice ("Mariam Abdallah Issa has walked ...") is a
  person when one of her names opens a later sentence alone ("Mariam keeps", "Tigist, 27,
  is", "Hamdan's wife"), follows an honorific ("Ms Bekele") or a speaker is called by her
  age ("the 47-year-old said"); such a
  one-name opening is the "she" of the sentences after; a name opening the feature is its
  first "he said" when no one spoke before.
- a name and its apposition opening the sentence ("X, a researcher at Y, says the figures
  understate ...") make X the subject, not an inverted speaker after the verb; so does a
  relative clause before "estimates that".
- "by the count of a riders' association, X": X's figure; an "according to" that closes
  its clause before ", and" does not reach the clause after it, which has its own.
- "the migration authority" after "Migración Colombia, the country's migration authority":
  the body the description was set beside.
- "the observatory", "the institute" after a body named in Spanish, Portuguese or French
  ("Observatorio de ...", "Instituto ..."); the end of such a name is no person.
- "the group found" names a body the sentence itself names before it ("households
  surveyed by the Norwegian Refugee Council"), before the officials of the paragraph above.
- "Of the <long participle phrase>, N percent": the opener may run to 120 characters.
- "..., the migration authority said, and its own figures show": the sentence's speaker.
- "A spokesperson for Rápido Ya": a body after "spokesperson for", whose name looks a
  person's, is no person.
- "he recalls", "she recalled that": speech, not "recalled 40,000 cars".
- "One aid worker, speaking on condition of anonymity, estimated": "One" is the speaker.
- "according to figures the ministry shared with X", "Figures obtained by X from the
  ministry show": the ministry's.
- "Her neighbour, a widow ..., Zarghona, said": the name closing the appositions; "'...,'
  Yorgelis, 19, said": the name without its age.
- "according to an IOM survey of 2,400 returnees": a number inside the phrase does not end
  it, and the survey's sample is no part of its owner's name.

- an agent's own clause after "but"/"though" ("..., according to Egyptian officials,
  though UNHCR has registered about 670,000 of them") is the agent's; what came before the
  break does not reach past it.
- whom a survey or figures were shared with ("... shared exclusively with The Guardian",
  "shared by the ministry with Reuters") is neither their owner nor a body "the ministry"
  could be.
- "Four of my cousins": a speaker's "my"/"your" before a partitive's noun.
- "..., a quarter of them under two": an age after "of them", no count.
- "a WhatsApp group of 212 Haitian workers": a count after "of" with its noun after a
  modifier is no phone number after "WhatsApp".
- "X, a Haitian organisation, counted": a body's apposition opened by a demonym before an
  agent verb (not a place's: "Kabul, the Afghan capital, recorded" names no source).
- "he"/"she" skips the last person when the text has shown that one to be of the other
  gender ("His wife, Nasima, says ... '...,' he said" is the husband who spoke before;
  "Abdi Noor, the camp chairman" is a man, so a later "she says" is the woman the feature
  opened with, or no one).
- "Bashir Ahmad's brother said": a relative, neighbour or lawyer named by whose he is.
- 'Her answer was simple: "..."': the quote after the colon is the person "her" is.
- a quote running over several paragraphs keeps its speaker past middle paragraphs left
  open with no figure.
- the subject of ", saying" stops at a past tense that does not end in "ed" ("The World
  Food Programme cut rations in June, saying ...").

Final score of the four reports (after the rules and a merge of main; ``python -m
analysis.evaluate /tmp/feature-blind``, the batch alone, with 59's corrected gold): F1 1.000
(79/79, no miss, no extra); bound, kind, head, low_high, part_of and source 1.000; counted
0.911 (not scored: "spontaneous returns" for "spontaneous returns from Chad to West Darfur"
and the like).

Known misses and open cases left alone: those listed above as open; "counted" (not scored)
still drops a postmodifier here and there ("spontaneous returns" for "spontaneous returns
from Chad to West Darfur").
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import ANY, check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# Batch 1: the constructions that failed in the four reports, each in other words.
CASES = [
    # An age after an accented name in a dateline's first sentence, and "she said" there.
    (
        "invented/feature: an age after an accented name, then she said",
        "CÚCUTA \u2014 María José Peñaloza, 44, runs a shelter that fed 310 people on Sunday, "
        "she said.",
        [("310", 310, E, C, None, {"head": "people", "source": "María José Peñaloza"})],
    ),
    (
        "invented/feature: an age after an accented name, then he told an outlet",
        "LIMA \u2014 Ramón Ibáñez, 36, drives for two apps and earns about 90 soles a day, he "
        "told The New Humanitarian.",
        [
            ("two", 2, E, C, None, {"head": "apps", "source": "Ramón Ibáñez"}),
            ("about 90 soles", 90, AP, M, "PEN", {"source": "Ramón Ibáñez"}),
        ],
    ),
    # A nameless speaker described by a relative clause ("who asked not to be named") and
    # a prepositional phrase: the phrase before the clause is the source.
    (
        "invented/feature: a nameless speaker who asked not to be named",
        "A nurse with a medical charity, who asked not to be named for fear of losing her "
        "job, said 14 patients had died in May.",
        [("14", 14, E, C, None, {"head": "patients", "source": "A nurse with a medical charity"})],
    ),
    # "she said" after a nameless speaker is that speaker, not a named one before.
    (
        "invented/feature: she said after a nameless speaker",
        "\u201cThe road is closed,\u201d said Abdul Wahid Karimi, the district governor.\n\n"
        "A teacher from the village, who asked not to be named, said the school had reopened. "
        "\u201cOf the 120 pupils we had in March, only 35 came back,\u201d she said.",
        [
            ("120", 120, E, C, None, {"head": "pupils", "source": "A teacher from the village"}),
            ("35", 35, E, C, None, {"part_of": 0, "source": "A teacher from the village"}),
        ],
    ),
    # "Of the <noun phrase>, N percent ..." with no figure for the whole: the whole's noun
    # is the head.
    (
        "invented/feature: of the workers interviewed, a share",
        "Of the migrant workers interviewed by the researchers in June, 41 percent were owed "
        "wages.",
        [("41 percent", 41, E, P, "%", {"head": "workers"})],
    ),
    (
        "invented/feature: of the families surveyed, a rate",
        "Of the families surveyed by the council, fewer than one in four had a working adult.",
        [("fewer than one in four", 25, UP, P, "%", {"head": "families"})],
    ),
    # A researcher's present-tense "says", his quote's "he says", after another speaker's
    # paragraph: the researcher's.
    (
        "invented/feature: a researcher who says, then he says",
        "\u201cWe planned for 2,000 families,\u201d said Zalmai Noori, the camp manager. He said "
        "the camp now holds 5,000.\n\n"
        "Karim Haidari, an economist at Kabul University who has studied remittances since "
        "2019, says the estimate is low. \u201cEvery migrant supports relatives,\u201d he says. "
        "\u201cA room meant for six people now sleeps 15.\u201d",
        [
            ("2,000", 2000, E, C, None, {"source": "Zalmai Noori"}),
            ("5,000", 5000, E, C, None, {"source": "Zalmai Noori"}),
            ("six", 6, E, C, None, {"head": "people", "source": "Karim Haidari"}),
            ("15", 15, E, C, None, {"source": "Karim Haidari"}),
        ],
    ),
    # A pronoun as the agent of a recording verb in a reduced relative ("Debts he has
    # recorded", "the cases she has documented"): the person the pronoun is.
    (
        "invented/feature: prices he has recorded",
        "Ahmad Farhadi, a livestock trader, says one in four families has sold animals. "
        "Prices he has recorded range from 8,000 to 12,000 afghanis a head.",
        [
            ("one in four", 25, E, P, "%", {"head": "families", "source": "Ahmad Farhadi"}),
            (
                "from 8,000 to 12,000 afghanis",
                (8000, 12000),
                R,
                M,
                "AFN",
                {"source": "Ahmad Farhadi"},
            ),
        ],
    ),
    (
        "invented/feature: of the cases she has documented",
        "Leila Haddad, a lawyer in Beirut, has followed deportation cases since 2023. Of the "
        "210 cases she has documented, 64 involved children.",
        [
            ("210", 210, E, C, None, {"head": "cases", "source": "Leila Haddad"}),
            ("64", 64, E, C, None, {"part_of": 0, "source": "Leila Haddad"}),
        ],
    ),
    # A quote after "she told <outlet>" whose figure is in its second sentence, the woman
    # named two paragraphs before and called "The 29-year-old" in between.
    (
        "invented/feature: she told an outlet, the name two paragraphs up",
        "Amina Yusuf Ali has lived in the camp for two years.\n\n"
        "The 29-year-old arrived from Nyala with four children.\n\n"
        "\u201cThe water comes twice a week,\u201d she told Al Jazeera. \u201cA jerrycan in the "
        "market costs 500 CFA francs.\u201d",
        [
            ("two years", 2, E, D, "year", {"source": None}),
            ("four", 4, E, C, None, {"head": "children", "source": None}),
            ("500 CFA francs", 500, E, M, ANY, {"source": "Amina Yusuf Ali"}),
        ],
    ),
    # "The official said" after "said an official with X, who spoke on condition of
    # anonymity": the same nameless official.
    (
        "invented/feature: the official, a second reference to a nameless one",
        "\u201cWe cannot cope,\u201d said an official with the provincial health department, "
        "who spoke on condition of anonymity.\n\n"
        "The official said the hospital, built for 80 patients, now treats 200 a day.",
        [
            ("80", 80, E, C, None, {"source": "an official with the provincial health department"}),
            (
                "200",
                200,
                E,
                C,
                None,
                {"source": "an official with the provincial health department"},
            ),
        ],
    ),
    # A figure in the relative clause that describes the speaker is the writer's account of
    # her, as in "X, who lived in Peshawar for 38 years, said" (tests/test_devset2_afghan.py).
    (
        "invented/feature: a figure in the relative clause of a speaker's apposition",
        "Sara Lindqvist, a researcher with the Danish Refugee Council who surveyed 300 "
        "households in Kassala, said most were in debt.",
        [("300", 300, E, C, None, {"head": "households", "source": None})],
    ),
    # A person named again by the first name opening a sentence, then "she said": the person.
    (
        "invented/feature: a first name opening the paragraph, then she said",
        "Fatuma Hassan Omar, 52, fled Baidoa in 2022.\n\n"
        "Ali Mohamed Nur, a WFP spokesman, said rations had been cut by 30 percent.\n\n"
        "Fatuma keeps the ration card in a plastic bag. \u201cWithout it my six children do not "
        "eat,\u201d she said.",
        [
            ("30 percent", 30, E, P, "%", {"source": "Ali Mohamed Nur"}),
            ("six", 6, E, C, None, {"head": "children", "source": "Fatuma Hassan Omar"}),
        ],
    ),
    # "she says" set inside the sentence, the woman named in the paragraph before.
    (
        "invented/feature: she says inside the sentence",
        "Halima Abdi spent three years as a maid in Jeddah.\n\n"
        "The 900 riyals she had saved were taken at the airport, she says, along with the "
        "phones of the 40 other women on her flight.",
        [
            ("three years", 3, E, D, "year", {"source": None}),
            ("900 riyals", 900, E, M, "SAR", {"source": "Halima Abdi"}),
            ("40", 40, E, C, None, {"head": "women", "source": "Halima Abdi"}),
        ],
    ),
    # A person named again by her first name ("Selam says"): the fullest name.
    (
        "invented/feature: a first-name second reference is the fullest name",
        "Selam Tesfaye worked in Dubai for two years.\n\n"
        "Selam says she will stay. \u201cIn Dubai I earned 1,200 dirhams a month,\u201d she said.",
        [
            ("two years", 2, E, D, "year", {"source": None}),
            ("1,200 dirhams", 1200, E, M, "AED", {"source": "Selam Tesfaye"}),
        ],
    ),
    # "by the count of X": X's figure.
    (
        "invented/feature: by the count of a group, named in apposition",
        "About 60,000 Haitians live in Santiago, by the count of a migrant rights group, "
        "Movimiento de Acción Migrante.",
        [("About 60,000", 60000, AP, C, None, {"source": "Movimiento de Acción Migrante"})],
    ),
    (
        "invented/feature: by the count of a body after according to another",
        "Some 1.4 million Venezuelans live in Peru, according to the government, and an "
        "estimated 200,000 of them sell food on the street, by the count of the Lima "
        "Chamber of Commerce.",
        [
            ("Some 1.4 million", 1.4e6, AP, C, None, {"source": "government"}),
            ("an estimated 200,000", 2e5, AP, C, None, {"source": "Lima Chamber of Commerce"}),
        ],
    ),
    # "X, the country's migration authority" then "the migration authority said": X.
    (
        "invented/feature: the migration authority, a second reference",
        "Some 1.4 million Venezuelans hold permits, according to Migración Colombia, the "
        "country\u2019s migration authority. But 300,000 applicants are still waiting, the "
        "migration authority said.",
        [
            ("Some 1.4 million", 1.4e6, AP, C, None, {"source": "Migración Colombia"}),
            ("300,000", 3e5, E, C, None, {"source": "Migración Colombia"}),
        ],
    ),
    # A Spanish-named body's second reference by its head word in English ("the
    # institute" for "Instituto ...", "the observatory" for "Observatorio ...").
    (
        "invented/feature: the institute for an Instituto",
        "A study by the Instituto de Estudios Migratorios found that 2,000 workers had gone unpaid. "
        "The median loss was 500,000 pesos, the institute said.",
        [
            ("2,000", 2000, E, C, None, {"source": "Instituto de Estudios Migratorios"}),
            ("500,000 pesos", 5e5, E, M, ANY, {"source": "Instituto de Estudios Migratorios"}),
        ],
    ),
    # "A spokesperson for X, a company, said it had ...": the spokesperson.
    (
        "invented/feature: a spokesperson for a company said it had",
        "A spokesperson for Rutas Seguras, a bus company, said it had sold more than 9,000 "
        "tickets to the border in May.",
        [("more than 9,000", 9000, LO, C, None, {"source": "A spokesperson for Rutas Seguras"})],
    ),
    # A surname opening a paragraph in the writer's voice, then "he said": the person.
    (
        "invented/feature: a surname opening a paragraph, then he said",
        "Luis Quispe, 40, drives a taxi in Lima.\n\n"
        "Remittances to Venezuela reached $300 million, according to the central bank.\n\n"
        "Quispe sends 200 soles home every month.\n\n"
        "\u201cAfter four years, I feel at home,\u201d he said.",
        [
            ("$300 million", 3e8, E, M, "USD", {"source": "central bank"}),
            ("200 soles", 200, E, M, "PEN", {"source": None}),
            ("four years", 4, E, D, "year", {"source": "Luis Quispe"}),
        ],
    ),
]


# Batch 2: constructions met while fixing batch 1's, in the reports' other sentences.
CASES += [
    # "the group found" names the body the sentence itself names, not the officials who
    # spoke in the paragraph before; the opener's long participle phrase is the whole.
    (
        "invented/feature: the group found, after another paragraph's officials",
        "District officials say 8,000 families have arrived this year.\n\n"
        "Of the displaced households interviewed by the International Rescue Committee in the "
        "district in May, 31 percent had no income, the group found.",
        [
            ("8,000", 8000, E, C, None, {"source": "District officials"}),
            (
                "31 percent",
                31,
                E,
                P,
                "%",
                {"head": "households", "source": "International Rescue Committee"},
            ),
        ],
    ),
    # "X said, and its own figures show ...": the body that speaks in the sentence.
    (
        "invented/feature: its own figures after a speaker's tag",
        "About 4,000 drivers lack permits, according to the Sindicato de Choferes.\n\n"
        "Some 90,000 applications are pending, the Federal Migration Office said, and its own "
        "figures show an average wait of 11 months.",
        [
            ("About 4,000", 4000, AP, C, None, {"source": "Sindicato de Choferes"}),
            ("Some 90,000", 90000, AP, C, None, {"source": "Federal Migration Office"}),
            ("11 months", 11, E, D, "month", {"source": "Federal Migration Office"}),
        ],
    ),
    # A woman introduced in the writer's voice, with no cue of speech, then named again by
    # her first name: she is a person, and "Hana said" is her fullest name.
    (
        "invented/feature: a person introduced in the writer's voice, then her first name",
        "Hana Girma spent three years in Beirut.\n\n"
        "\u201cThe agencies keep passports,\u201d said Dawit Bekele, a lawyer who represents "
        "returnees.\n\n"
        "Hana is now back in Addis Ababa. Her employer still owes her 2,000 dollars, she says. "
        "\u201cI worked 16 hours a day,\u201d Hana said.",
        [
            ("three years", 3, E, D, "year", {"source": None}),
            ("2,000 dollars", 2000, E, M, "USD", {"source": "Hana Girma"}),
            ("16 hours", 16, E, D, "hour", {"source": "Hana Girma"}),
        ],
    ),
    # A name and its apposition open the sentence, then "says" and a clause whose verb the
    # extractor does not know ("understate"): the person speaks, his "he says" follows.
    (
        "invented/feature: a name and an apposition, then says and a clause",
        "A nurse with a medical charity said 30 children were treated.\n\n"
        "Omid Rahimi, an economist at Kabul University, says the official numbers understate "
        "the debt. \u201cA family owes 50,000 afghanis on average,\u201d he says.",
        [
            ("30", 30, E, C, None, {"source": "A nurse with a medical charity"}),
            ("50,000 afghanis", 50000, E, M, "AFN", {"source": "Omid Rahimi"}),
        ],
    ),
]


# Batch 3: how features name their voices beyond the four reports (rows by hand, before the
# first run).
CASES += [
    (
        "invented/feature: according to her, a woman named before",
        "Amal Haddad runs a shelter in Tripoli.\n\n"
        "According to her, 14 families left the shelter last month.",
        [("14", 14, E, C, None, {"head": "families", "source": "Amal Haddad"})],
    ),
    (
        "invented/feature: he recalls",
        "Yusuf Adan crossed into Kenya in 2019.\n\n"
        "\u201cWe paid the smugglers 2,000 dollars each,\u201d he recalls.",
        [("2,000 dollars", 2000, E, M, "USD", {"source": "Yusuf Adan"})],
    ),
    # (guard: "recalled" with a number as its object takes things back; no speech)
    (
        "invented/guard: a company recalled cars",
        "The company recalled 40,000 cars in May.",
        [("40,000", 40000, E, C, None, {"head": "cars", "source": None})],
    ),
    (
        "invented/feature: says X, who runs a shelter for N",
        "\u201cThe rent doubled in a year,\u201d says Amal Haddad, who runs a shelter for 40 "
        "women.",
        [("40", 40, E, C, None, {"head": "women", "source": None})],
    ),
    (
        "invented/feature: the camp's manager put the number at",
        "In an interview, the camp's manager, Joseph Lado, put the number at 14,000.",
        [("14,000", 14000, E, C, None, {"source": "Joseph Lado"})],
    ),
    (
        "invented/feature: one aid worker, speaking on condition of anonymity",
        "One aid worker, speaking on condition of anonymity, estimated that 3,000 people had "
        "left the camp since June.",
        [("3,000", 3000, E, C, None, {"head": "people", "source": "One aid worker"})],
    ),
    (
        "invented/feature: figures a ministry shared with an outlet",
        "About 12,000 families have returned to the district, according to figures the "
        "ministry shared with The New Humanitarian.",
        [("About 12,000", 12000, AP, C, None, {"head": "families", "source": "ministry"})],
    ),
    (
        "invented/feature: figures obtained by an outlet from a ministry",
        "Figures obtained by Al Jazeera from the interior ministry show 8,400 deportations in May.",
        [("8,400", 8400, E, C, None, {"head": "deportations", "source": "interior ministry"})],
    ),
    (
        "invented/feature: her husband, a name and an age, adds that",
        "Her husband, Abdul Karim, 50, adds that the family paid 6,000 afghanis for the truck.",
        [("6,000 afghanis", 6000, E, M, "AFN", {"source": "Abdul Karim"})],
    ),
    (
        "invented/feature: the N-year-old said, a second reference",
        "Khaled Hamdan has not seen his house since 2016.\n\n"
        "\u201cMy brother pays 300 dollars a month for two rooms,\u201d the 47-year-old said.",
        [
            ("300 dollars", 300, E, M, "USD", {"source": "Khaled Hamdan"}),
            ("two", 2, E, C, None, {"head": "rooms", "source": "Khaled Hamdan"}),
        ],
    ),
]

# Batch 4: more of the style's voices (rows by hand, before the first run).
CASES += [
    (
        "invented/feature: speaking to an outlet by phone, a name said",
        "Speaking to The New Humanitarian by phone from Kabul, Nazifa Rahimi said 200 women "
        "had lost their jobs at the factory.",
        [("200", 200, E, C, None, {"head": "women", "source": "Nazifa Rahimi"})],
    ),
    (
        "invented/feature: a quote over two paragraphs, its tag in the second",
        "\u201cWe have 500 families here and one water point.\n\n"
        "\u201cNo one is helping,\u201d said Ali Reza Mohammadi, the camp elder.",
        [
            ("500", 500, E, C, None, {"head": "families", "source": "Ali Reza Mohammadi"}),
            ("one", 1, E, C, None, {"source": "Ali Reza Mohammadi"}),
        ],
    ),
    (
        "invented/feature: she said, adding that",
        "Parwana Sultani, 36, lives in a rented room in Herat.\n\n"
        "\u201cWe came with nothing,\u201d she said, adding that the rent had risen to 5,000 "
        "afghanis a month.",
        [("5,000 afghanis", 5000, E, M, "AFN", {"source": "Parwana Sultani"})],
    ),
    (
        "invented/feature: a neighbour who gave only her first name",
        "Her neighbour, a widow who gave only her first name, Zarghona, said 12 families on "
        "her street had left.",
        [("12", 12, E, C, None, {"head": "families", "source": "Zarghona"})],
    ),
    (
        "invented/feature: an agency, which runs a centre, says it has registered",
        "The IOM, which runs the transit centre, says it has registered 9,000 people since "
        "January.",
        [("9,000", 9000, E, C, None, {"head": "people", "source": "IOM"})],
    ),
    (
        "invented/feature: an agency's spokesperson named in apposition",
        "An IOM spokesperson, Maria Santos, said 1,200 people had been flown home.",
        [("1,200", 1200, E, C, None, {"head": "people", "source": "Maria Santos"})],
    ),
    (
        "invented/feature: a number in words opening a quote",
        "Rahim Gul, 60, counts the houses that stand empty on his street.\n\n"
        "\u201cTwenty-two families have gone,\u201d he said.",
        [("Twenty-two", 22, E, C, None, {"head": "families", "source": "Rahim Gul"})],
    ),
]

# Batch 5: written messages, compiled figures, present-tense estimates, survey sizes
# (rows by hand, before the first run).
CASES += [
    (
        "invented/feature: in a message, a name wrote that",
        "In a WhatsApp message, Samira Nouri wrote that 40 families had been evicted from the "
        "building.",
        [("40", 40, E, C, None, {"head": "families", "source": "Samira Nouri"})],
    ),
    (
        "invented/feature: the figures, compiled by a body, show",
        "The figures, compiled by the Norwegian Refugee Council, show 3,200 evictions in the "
        "first half of the year.",
        [("3,200", 3200, E, C, None, {"source": "Norwegian Refugee Council"})],
    ),
    (
        "invented/feature: she estimates, present tense",
        "Halima Yusuf, who runs a women's group in the camp, estimates that 600 girls have "
        "left school since the rations were cut.",
        [("600", 600, E, C, None, {"head": "girls", "source": "Halima Yusuf"})],
    ),
    (
        "invented/feature: a first name and an age after a quote",
        "\u201cI paid 1.5 million pesos for the trip,\u201d Yorgelis, 19, said.",
        [("1.5 million pesos", 1.5e6, E, M, ANY, {"source": "Yorgelis"})],
    ),
    (
        "invented/feature: according to a body's survey of N people",
        "Two-thirds of returnees are in debt, according to an IOM survey of 2,400 returnees.",
        [
            ("Two-thirds", 200 / 3, E, P, "%", {"head": "returnees", "source": "IOM"}),
            ("2,400", 2400, E, C, None, {"head": "returnees", "source": "IOM"}),
        ],
    ),
    (
        "invented/feature: a dated survey by a body found",
        "A 2024 survey by the Danish Refugee Council found that 64% of the families had "
        "skipped meals.",
        [("64%", 64, E, P, "%", {"head": "families", "source": "Danish Refugee Council"})],
    ),
]

# Batch 6: durations of displacement and money with its conversion (rows by hand, before
# the first run).
CASES += [
    # (first run: "displaced three times in 18 months" gave "three" (times) a count, which
    # tests/test_longform.py leaves open; the row now keeps only the duration)
    (
        "invented/feature: moved for 18 months, said X, age",
        "\u201cWe have moved from camp to camp for 18 months,\u201d said Abdullahi Hassan, 52.",
        [("18 months", 18, E, D, "month", {"source": "Abdullahi Hassan"})],
    ),
    (
        "invented/feature: after N years somewhere, the family returned with",
        "After 38 years in Pakistan, the Karimi family returned with two suitcases.",
        [
            ("38 years", 38, E, D, "year", {"source": None}),
            ("two", 2, E, C, None, {"head": "suitcases", "source": None}),
        ],
    ),
    (
        "invented/feature: a rent and its conversion in brackets",
        "Her month's rent of 6,000 afghanis (about $85) is more than her son earns.",
        [
            ("6,000 afghanis", 6000, E, M, "AFN", {"source": None}),
            ("about $85", 85, AP, M, "USD", {"source": None}),
        ],
    ),
    (
        "invented/feature: a wage and its conversion, he said",
        "Luis Mendoza earns 150,000 Colombian pesos ($37) a week, he said.",
        [
            ("150,000 Colombian pesos", 150000, E, M, "COP", {"source": "Luis Mendoza"}),
            ("$37", 37, E, M, "USD", {"source": "Luis Mendoza"}),
        ],
    ),
]

# Batch 7: a speaker's "my" before a partitive's noun (probed after batch 6: "Four of the
# cousins" had its noun, "Four of my cousins" none); and from the Cairo article's first run, in other words: an agent's own clause after
# "but"/"though" (written after the article failed on it).
CASES += [
    # (probed after batch 6, each seen failing first: whom a survey or figures were shared
    # with is neither its owner nor a body "the ministry" could be)
    (
        "invented/feature: a survey by the group shared exclusively with an outlet",
        "The Norwegian Refugee Council runs three schools in the district.\n\n"
        "Seven families have left the street, according to a survey by the group shared "
        "exclusively with The Guardian.",
        [
            ("three", 3, E, C, None, {"head": "schools", "source": None}),
            ("Seven", 7, E, C, None, {"source": "Norwegian Refugee Council"}),
        ],
    ),
    (
        "invented/feature: figures shared by the ministry with an outlet",
        "About 9,500 families have returned, according to figures shared by the ministry with "
        "Reuters.",
        [("About 9,500", 9500, AP, C, None, {"source": "ministry"})],
    ),
    (
        "invented/feature: N of my relatives in a quote",
        "\u201cFour of my cousins drowned off Libya,\u201d said Idris Ahmed, a fisherman.",
        [("Four", 4, E, C, None, {"head": "cousins", "source": "Idris Ahmed"})],
    ),
    (
        "invented/feature: according to a government, but a body has registered",
        "Lebanon hosts about 1.5 million Syrians, according to the government, but UNHCR has "
        "registered 755,000 of them.",
        [
            ("about 1.5 million", 1.5e6, AP, C, None, {"source": "government"}),
            ("755,000", 755000, E, C, None, {"part_of": 0, "source": "UNHCR"}),
        ],
    ),
]

# Batch 8: a husband's and a wife's voices in turn, a relative named by whose he is (probed
# after batch 7, each seen failing first: "he said" went to the wife who spoke last; "X's
# brother said" gave X).
CASES += [
    (
        "invented/feature: he said after his wife spoke",
        "\u201cWe sold our cows for 40,000 afghanis,\u201d said Bashir Ahmad, 45.\n\n"
        "His wife, Nasima, 39, says the family has borrowed 25,000 afghanis since they "
        "returned.\n\n"
        "\u201cWe will not go back to Iran,\u201d he said. \u201cI worked there 11 years.\u201d",
        [
            ("40,000 afghanis", 40000, E, M, "AFN", {"source": "Bashir Ahmad"}),
            ("25,000 afghanis", 25000, E, M, "AFN", {"source": "Nasima"}),
            ("11 years", 11, E, D, "year", {"source": "Bashir Ahmad"}),
        ],
    ),
    (
        "invented/feature: her answer, then a quote after the colon",
        "Gulnaz Rahimi has lived in Peshawar since 1985.\n\n"
        "Her answer was simple: \u201cWe paid 300 dollars and got nothing.\u201d",
        [("300 dollars", 300, E, M, "USD", {"source": "Gulnaz Rahimi"})],
    ),
    # (from the Kakuma article's first run: the subject of ", saying" ran on past a past
    # tense that does not end in "ed")
    (
        "invented/feature: a body cut something, saying",
        "The UN refugee agency cut cash grants to $40 per family in May, saying it faced a "
        "shortfall of $120 million.",
        [
            ("$40", 40, E, M, "USD", {"source": "UN refugee agency"}),
            ("$120 million", 1.2e8, E, M, "USD", {"source": "UN refugee agency"}),
        ],
    ),
    # (probed after the Kakuma article, seen failing first: a quote over three paragraphs,
    # the middle one with no figure and no closing mark)
    (
        "invented/feature: a quote over three paragraphs",
        "\u201cWe registered 2,400 families in a week,\u201d said Zia Ul Haq, who manages the "
        "site.\n\n"
        "\u201cThen the trucks stopped coming.\n\n"
        "\u201cNow 650 families wait in the open. Some have been here for 19 days.\u201d",
        [
            ("2,400", 2400, E, C, None, {"source": "Zia Ul Haq"}),
            ("650", 650, E, C, None, {"head": "families", "source": "Zia Ul Haq"}),
            ("19 days", 19, E, D, "day", {"source": "Zia Ul Haq"}),
        ],
    ),
    # (probed after the three-paragraph quote, seen failing first: "she says" after a man
    # the text calls "the camp chairman" is the woman the feature opened with)
    (
        "invented/feature: she says after a chairman spoke",
        "Amina Yusuf sells tea outside the clinic.\n\n"
        "\u201cThere is no doctor here,\u201d said Abdi Noor, the camp chairman.\n\n"
        "Her own son waited four days for treatment, she says.",
        [("four days", 4, E, D, "day", {"source": "Amina Yusuf"})],
    ),
    # (probed after batch 8, seen failing first: a woman introduced in the writer's voice,
    # then named by honorific and surname, Guardian style)
    (
        "invented/feature: Ms and a surname after a narrative introduction",
        "Almaz Bekele spent four years in Riyadh.\n\n"
        "Ms Bekele says she earned 1,000 riyals a month.",
        [
            ("four years", 4, E, D, "year", {"source": None}),
            ("1,000 riyals", 1000, E, M, "SAR", {"source": "Almaz Bekele"}),
        ],
    ),
    # (probed with a Rest of World-style draft, seen failing first: a body's apposition
    # opened by a demonym before an agent verb)
    (
        "invented/feature: a body, a Haitian organisation, counted",
        "The Support Group for Repatriates and Refugees, a Haitian organisation, counted "
        "4,800 deportees at the Ouanaminthe crossing in April.",
        [
            (
                "4,800",
                4800,
                E,
                C,
                None,
                {"head": "deportees", "source": "Support Group for Repatriates and Refugees"},
            )
        ],
    ),
    (
        "invented/feature: a WhatsApp group of N workers is no phone number",
        "Pierre keeps a WhatsApp group of 212 Haitian workers who share warnings about "
        "checkpoints.",
        [("212", 212, E, C, None, {"head": "workers"})],
    ),
    # (probed after the merge, seen failing first: an age after "of them", an agency's
    # clinic figures)
    (
        "invented/feature: a share of them under an age",
        "Doctors Without Borders said it had treated 1,640 children for malnutrition since "
        "January, a quarter of them under two.",
        [
            ("1,640", 1640, E, C, None, {"head": "children"}),
            ("a quarter", 25, E, P, "%", {"part_of": 0}),
        ],
    ),
    (
        "invented/guard: a city and its apposition recorded",
        "Kabul, the Afghan capital, recorded 40 deaths.",
        [("40", 40, E, C, None, {"head": "deaths", "source": None})],
    ),
    (
        "invented/feature: a person's brother said",
        "Bashir Ahmad\u2019s brother, who also returned from Iran, said 14 families in their "
        "village had no land.",
        [("14", 14, E, C, None, {"head": "families", "source": "Bashir Ahmad\u2019s brother"})],
    ),
]

# A whole invented feature (Guardian global development-like, Syrians in Turkey weighing a
# return), its rows by hand before the first run: voices named once and then by pronoun,
# age and surname, a quote that runs into the next paragraph, a statement to the paper.
ARTICLE_GAZIANTEP = (
    "GAZIANTEP, Turkey \u2014 Every week, Khaled Hamdan checks the price of a bus ticket to "
    "Aleppo. It now costs 1,900 Turkish lira, he says, and the fare is not the only thing "
    "holding him back."
    "\n\n"
    "\u201cMy house in Hanano has no roof and no door,\u201d the 47-year-old said. \u201cMy "
    "brother went back in March. He pays 300 dollars a month to rent two rooms."
    "\n\n"
    "\u201cI have five children in Turkish schools. How do I take them to a city with no "
    "school?\u201d"
    "\n\n"
    "Turkey hosts about 2.7 million Syrians under temporary protection, according to "
    "Turkey\u2019s Presidency of Migration Management, down from 3.7 million at the peak. More "
    "than 400,000 have returned since December, the interior ministry said last month."
    "\n\n"
    "Many returns do not last. An aid worker with a Syrian charity, who asked not to be named "
    "because her organisation works on both sides of the border, said about one in five "
    "families her team had helped home had come back to Turkey within six months. \u201cThey "
    "sell everything to go, and then they sell everything again to come back,\u201d she said."
    "\n\n"
    "Lina Othman, a researcher at the Syria Justice and Accountability Centre, said of the 60 "
    "returnees her team interviewed in Aleppo, 22 wanted to go back to Turkey but could not."
    "\n\n"
    "In a statement to the Guardian, the UN refugee agency said it had helped 34,500 Syrians "
    "return from Turkey this year, and that 61% of them were women and children."
    "\n\n"
    "Hamdan\u2019s wife, Rasha, has a different worry. She works 10 hours a day in a textile "
    "workshop for 18,000 lira a month, more than he earns."
)
PMM = "Turkey\u2019s Presidency of Migration Management"
AID = "An aid worker with a Syrian charity"
ARTICLE_GAZIANTEP_ROWS = [
    ("1,900 Turkish lira", 1900, E, M, "TRY", {"source": "Khaled Hamdan"}),
    ("300 dollars", 300, E, M, "USD", {"source": "Khaled Hamdan"}),
    ("two", 2, E, C, None, {"head": "rooms", "source": "Khaled Hamdan"}),
    ("five", 5, E, C, None, {"head": "children", "source": "Khaled Hamdan"}),
    ("about 2.7 million", 2.7e6, AP, C, None, {"head": "syrians", "source": PMM}),
    ("3.7 million", 3.7e6, E, C, None, {"source": PMM}),
    ("More than 400,000", 4e5, LO, C, None, {"source": "interior ministry"}),
    ("about one in five", 20, AP, P, "%", {"head": "families", "source": AID}),
    ("six months", 6, E, D, "month", {"source": AID}),
    ("60", 60, E, C, None, {"head": "returnees", "source": "Lina Othman"}),
    ("22", 22, E, C, None, {"part_of": 9, "source": "Lina Othman"}),
    ("34,500", 34500, E, C, None, {"head": "syrians", "source": "UN refugee agency"}),
    ("61%", 61, E, P, "%", {"part_of": 11, "source": "UN refugee agency"}),
    ("10 hours", 10, E, D, "hour", {"source": None}),
    ("18,000 lira", 18000, E, M, "TRY", {"source": None}),
]


def test_article_gaziantep():
    check_figures(ARTICLE_GAZIANTEP, ARTICLE_GAZIANTEP_ROWS)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_feature_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# A second whole invented feature (TNH-like, Rohingya on Bhasan Char), rows by hand before
# the first run: an age in "was 14 when", a community leader's count and its part, an
# anonymous official's estimates, a change of a voucher, a teacher who asked not to be
# named and her "she said" in the next paragraph.
ARTICLE_BHASAN = (
    "BHASAN CHAR, Bangladesh \u2014 Nur Kayas was 14 when the navy boat brought his family to "
    "this island in 2021. Now he sells betel leaves at the market and earns about 300 taka on "
    "a good day."
    "\n\n"
    "\u201cMy father wanted to go back to the camps in Cox\u2019s Bazar,\u201d he said. \u201cBut "
    "the broker asked 20,000 taka for each of us.\u201d"
    "\n\n"
    "Some 36,000 Rohingya now live on the island, according to the RRRC, the government "
    "office that runs the camps, out of about a million in Bangladesh. The government plans "
    "to move 100,000 here eventually."
    "\n\n"
    "Mohammed Rafiq, a community leader who moved in the first batch, said jobs were the main "
    "complaint. Of the 210 households in his cluster, he said, fewer than 40 had a member "
    "with regular work."
    "\n\n"
    "An official of the RRRC, who spoke on condition of anonymity because he was not "
    "authorised to brief the media, put the number of people who had left the island without "
    "permission at about 5,000 since 2021. \u201cMost of them are caught at sea,\u201d he said. "
    "\u201cWe bring back about 20 a month.\u201d"
    "\n\n"
    "The World Food Programme cut its monthly voucher from $12 to $8 per person in March, a "
    "WFP spokesperson said, because of a funding shortfall of $81 million."
    "\n\n"
    "Rafiq\u2019s daughter, Jannat, 11, attends a learning centre near the market. Her "
    "teacher, who asked not to be named, said the centre had 62 pupils and two teachers."
    "\n\n"
    "\u201cWe teach in shifts,\u201d she said. \u201cThe youngest come for three hours.\u201d"
)
RAFIQ = "Mohammed Rafiq"
RRRC_OFFICIAL = "An official of the RRRC"
WFP_SP = "a WFP spokesperson"
ARTICLE_BHASAN_ROWS = [
    ("about 300 taka", 300, AP, M, "BDT", {"source": None}),
    ("20,000 taka", 20000, E, M, "BDT", {"source": "Nur Kayas"}),
    ("Some 36,000", 36000, AP, C, None, {"source": "RRRC"}),
    ("about a million", 1e6, AP, C, None, {"source": "RRRC"}),
    ("100,000", 1e5, E, C, None, {"source": None}),
    ("210", 210, E, C, None, {"head": "households", "source": RAFIQ}),
    ("fewer than 40", 40, UP, C, None, {"part_of": 5, "source": RAFIQ}),
    ("about 5,000", 5000, AP, C, None, {"source": RRRC_OFFICIAL}),
    ("about 20", 20, AP, C, None, {"source": RRRC_OFFICIAL}),
    ("$12", 12, E, M, "USD", {"source": WFP_SP}),
    ("$8", 8, E, M, "USD", {"source": WFP_SP}),
    ("$81 million", 81e6, E, M, "USD", {"source": WFP_SP}),
    ("62", 62, E, C, None, {"head": "pupils", "source": "Her teacher"}),
    ("two", 2, E, C, None, {"head": "teachers", "source": "Her teacher"}),
    ("three hours", 3, E, D, "hour", {"source": "Her teacher"}),
]


def test_article_bhasan():
    check_figures(ARTICLE_BHASAN, ARTICLE_BHASAN_ROWS)


# A third whole invented feature (Al Jazeera-like, Sudanese in Cairo weighing a return),
# rows by hand before the first run: a woman introduced in the writer's voice and then
# called "the 41-year-old", a body's count and the part another body registered, "the
# agency says", a lawyer's pounds after Egyptian pounds, an anonymous embassy official.
ARTICLE_CAIRO = (
    "CAIRO, Egypt \u2014 For 18 months, Amna Babiker has shared a small flat in Faisal with 11 "
    "relatives. The rent, 9,000 Egyptian pounds a month, is paid by her brother in Riyadh."
    "\n\n"
    "\u201cNow they say Khartoum is safe,\u201d the 41-year-old told Al Jazeera. \u201cMy "
    "neighbour went back in April. She paid 1,500 dollars for the bus and the papers.\u201d"
    "\n\n"
    "Egypt hosts more than 1.5 million Sudanese who have arrived since April 2023, according "
    "to Egyptian officials, though UNHCR has registered about 670,000 of them. The agency says "
    "some 250,000 Sudanese have gone home from Egypt since January."
    "\n\n"
    "Hassan Abdelrahman, a lawyer with the Egyptian Initiative for Personal Rights, said "
    "police had detained at least 300 Sudanese without residency papers in Giza in May. "
    "\u201cThey are given two options: pay a fine of 12,000 pounds or leave,\u201d he said."
    "\n\n"
    "An official at the Sudanese embassy, speaking on condition of anonymity, said the "
    "consulate was issuing 800 travel documents a day."
    "\n\n"
    "Babiker has not decided. Her son, 16, sat his secondary school exams in Cairo in June."
)
HASSAN = "Hassan Abdelrahman"
ARTICLE_CAIRO_ROWS = [
    ("18 months", 18, E, D, "month", {"source": None}),
    ("11", 11, E, C, None, {"head": "relatives", "source": None}),
    ("9,000 Egyptian pounds", 9000, E, M, "EGP", {"source": None}),
    ("1,500 dollars", 1500, E, M, "USD", {"source": "Amna Babiker"}),
    (
        "more than 1.5 million",
        1.5e6,
        LO,
        C,
        None,
        {"head": "sudanese", "source": "Egyptian officials"},
    ),
    ("about 670,000", 670000, AP, C, None, {"part_of": 4, "source": "UNHCR"}),
    ("some 250,000", 250000, AP, C, None, {"source": "UNHCR"}),
    ("at least 300", 300, LO, C, None, {"source": HASSAN}),
    ("two", 2, E, C, None, {"head": "options", "source": HASSAN}),
    ("12,000 pounds", 12000, E, M, "EGP", {"source": HASSAN}),
    (
        "800",
        800,
        E,
        C,
        None,
        {"head": "documents", "source": "An official at the Sudanese embassy"},
    ),
]


def test_article_cairo():
    check_figures(ARTICLE_CAIRO, ARTICLE_CAIRO_ROWS)


# A fourth whole invented feature (TNH-like, South Sudanese in Kakuma), rows by hand before
# the first run: a shopkeeper's quote, an agency's director named with her title, a
# department's count with a multiplier beside it, an official who declined to be named, a
# neighbour whose "he said" sits inside the sentence.
ARTICLE_KAKUMA = (
    "KAKUMA, Kenya \u2014 Nyaluak Gatdet, 29, has spent most of her life in this camp. She "
    "arrived from Jonglei in 2013 with her mother and three brothers; today she runs a small "
    "shop selling soap and sugar, and on a good day makes 800 Kenyan shillings."
    "\n\n"
    "\u201cWhen the rations were cut, my customers stopped paying,\u201d she said. \u201cNow 40 "
    "families owe me money.\u201d"
    "\n\n"
    "The World Food Programme cut refugees\u2019 rations in June, saying it faced a shortfall "
    "of $45 million for its Kenya operation. The agency\u2019s country director, Lauren "
    "Whitfield, said the cuts affected about 720,000 refugees in Kakuma and Dadaab."
    "\n\n"
    "Kenya\u2019s Department of Refugee Services says the camp now holds 305,000 people, almost "
    "double its capacity. A senior official at the department, who declined to be named, told "
    "reporters in Nairobi that 12,000 new arrivals had come from Sudan since January."
    "\n\n"
    "Gatdet\u2019s neighbour, Peter Lokwang, a teacher, counts the cost differently. Of the 96 "
    "pupils in his class, he said, 31 had stopped coming since the cuts."
)
DRS = "Kenya\u2019s Department of Refugee Services"
ARTICLE_KAKUMA_ROWS = [
    ("three", 3, E, C, None, {"head": "brothers", "source": None}),
    ("800 Kenyan shillings", 800, E, M, "KES", {"source": None}),
    ("40", 40, E, C, None, {"head": "families", "source": "Nyaluak Gatdet"}),
    ("$45 million", 45e6, E, M, "USD", {"source": "World Food Programme"}),
    ("about 720,000", 720000, AP, C, None, {"head": "refugees", "source": "Lauren Whitfield"}),
    ("305,000", 305000, E, C, None, {"head": "people", "source": DRS}),
    (
        "12,000",
        12000,
        E,
        C,
        None,
        {"head": "arrivals", "source": "A senior official at the department"},
    ),
    ("96", 96, E, C, None, {"head": "pupils", "source": "Peter Lokwang"}),
    ("31", 31, E, C, None, {"part_of": 7, "source": "Peter Lokwang"}),
]


def test_article_kakuma():
    check_figures(ARTICLE_KAKUMA, ARTICLE_KAKUMA_ROWS)


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
_ALL_ONE = {
    "f1": 1.0,
    "bound": 1.0,
    "kind": 1.0,
    "head": 1.0,
    "low_high": 1.0,
    "part_of": 1.0,
    "source": 1.0,
}
FLOORS = {
    "59-nangarhar-tent-debt.txt": dict(_ALL_ONE),
    "60-farchana-weighing-return.txt": dict(_ALL_ONE),
    "61-addis-gulf-deportees.txt": dict(_ALL_ONE),
    "62-bogota-delivery-riders.txt": dict(_ALL_ONE),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floors(name):
    assert_floors(name, FLOORS[name])
