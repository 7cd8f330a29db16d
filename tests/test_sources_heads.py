"""Who says so and what is counted, in the styles real news reports use, annotated by hand.

Every sentence and passage below was invented for this table (none is copied from an
article); its id names the style it imitates: wire copy (Reuters/AP/AFP), BBC/Guardian
style, South Asian dailies (Dawn, Express Tribune, The Hindu), UN/OCHA and NGO releases,
press conferences and Q&A quotes. For one figure of each passage (sometimes two or three)
the expected ``source``, ``reporting``, ``hedged`` and ``head`` were written down by hand
before the extractor was run on the text; none comes from the extractor.

Conventions (those of the dev set's gold, tests/fixtures/devset/README.md):
- ``source`` is who the figure is attributed to, the fullest name the text gives, compared
  as the scorer compares it (``analysis.evaluate.source_agrees``: case-folded, a leading
  "the" and a possessive "'s" ignored). "police", "officials", "the government" and
  "a senior official" are sources; ``None`` is the report's own voice (also a passive with
  no agent: "it was reported"). A document named by its owner gives the owner ("a UN
  report found", "according to an AFP tally" -> UN, AFP), as the dev set's gold names the
  Frontier Corps for "a tally kept by the Frontier Corps" and AP for "an AP tally" (devset2
  24); one with no named owner is the source itself ("A preliminary assessment", devset 10).
- ``reporting`` is the verb or phrase that attributes the figure as written ("said",
  "told", "according to", "estimates", "showed"), compared case-insensitively; for a figure
  inside a quotation it is the verb that attributes the quotation. ``None`` with no source.
- ``hedged`` is true for a verb that keeps the reporter's distance (claimed, alleged,
  denied, insisted).
- ``head`` is the head noun of what is counted, lowercase, an elided noun restored; ISO
  code for money; for a percentage the noun for the whole or ``None``; for a duration or
  a measure the unit as written ("days", "tonnes").
``ANY`` skips a field whose annotation is open.

Measured with ``python tests/test_sources_heads.py`` (rows passing per field), each batch
written before the extractor was run on it:

========================================  ======  =========  ======  =====  ======
batch (rows), when first run              source  reporting  hedged  head   whole
========================================  ======  =========  ======  =====  ======
1 (142), before any fix of this round     113     115        139     136 (*) 100
2 (46), after batch 1's fixes             37      44         46      43     35
3 (37), after batch 2's fixes             36      37         37      37     36
4 (26), after batch 3's fixes             18      22         26      26     18
5 (32), after batch 4's fixes             29      29         32      28     26
6 (17, four whole articles), after 5      16      17         17      17     16
7 (16), after batch 6's fixes             13      15         16      15     12
8 (12, nobody says so), after batch 7     11      11         12      10     9
all (330), after this round's fixes       330     330        330     330    330
9 (15, forms read in real copy), lead     1       10         15      15     1
all (345), after batch 9's fixes          345     345        345     345    345
10 (7, real poll/US copy forms), lead     2       2          5      2      0
10b (1, real population release), lead   0       1          1      1      0
10c (2, real US city copy), lead         1       1          2      2      1
10d (1, real UK copy), lead              0       1          1      1      0
10e (3, real AP Pakistan copy), lead     0       1          3      3      0
10f (2, general poll copy), lead         2       2          2      0      0
10g (2, business copy), lead             2       2          2      0      0
10h (2, wire appositions; helper miss)   0       2          2      2      0
10i (1, a possessive office; helper miss) 0      1          1      1      0
all (366), after batch 10's fixes         366     366        366     366    366
10j (5, "the ministry" after a group; a
report published by a body)               1       5          5      5      1
========================================  ======  =========  ======  =====  ======

(*) 137 once the "12-member" row, first annotated "members", was corrected to the
documented convention (the unit as written, as "15-day" gives "day"). The head of
"Rs 5 lakh" in a sentence naming no country was first annotated INR and is now ``ANY``
(Rs is PKR or INR by country; the sentence does not say which), and the source of "The
report said 4.5 million ..." (first "The report") is ``ANY`` since main decided that a bare
"according to the report" names no source. Two rows were added after their batch was
scored, each saying so: forms seen in the extractor's output on the longform fixtures.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import extract_figures
from analysis.evaluate import _norm_phrase, source_agrees

ANY = object()
SAID, TOLD, ACC = "said", "told", "according to"

# (id, text, [(figure text, source, reporting, hedged, head)]); a figure text is located
# at its first occurrence after the previous row's figure in the same text.
CASES: list[tuple[str, str, list[tuple]]] = [
    # --- wire copy: Reuters / AP / AFP ---------------------------------------------------
    (
        "invented/wire: X said on Tuesday",
        "At least 1,200 Afghan families crossed into Pakistan last week, Interior Minister "
        "Mohsin Raza said on Tuesday.",
        [("At least 1,200", "Mohsin Raza", SAID, False, "families")],
    ),
    (
        "invented/wire: said X, a spokesman for Y",
        "The air strikes killed 23 civilians, said Ahmed Yusuf, a spokesman for the regional "
        "health bureau.",
        [("23", "Ahmed Yusuf", SAID, False, "civilians")],
    ),
    (
        "invented/wire: Y spokesperson X told Reuters",
        "UNHCR spokesperson Babar Qadir told Reuters that about 4,500 people had returned "
        "since Friday.",
        [("about 4,500", "Babar Qadir", TOLD, False, "people")],
    ),
    (
        "invented/wire: X told reporters",
        "Defence Minister Liam Carter told reporters in Canberra that 350 troops would be "
        "deployed by the end of the month.",
        [("350", "Liam Carter", TOLD, False, "troops")],
    ),
    (
        "invented/wire: the ministry said in a statement",
        "More than 2,000 people have been evacuated from coastal districts, the interior "
        "ministry said in a statement.",
        [("More than 2,000", "the interior ministry", SAID, False, "people")],
    ),
    (
        "invented/wire: according to X",
        "The fire destroyed 340 homes, according to the Red Cross.",
        [("340", "Red Cross", ACC, False, "homes")],
    ),
    (
        "invented/wire: according to data compiled by X",
        "Some 9,400 migrants reached Italy by sea in January, according to data compiled by "
        "the International Organization for Migration.",
        [("Some 9,400", "International Organization for Migration", ACC, False, "migrants")],
    ),
    (
        "invented/wire: figures from X show",
        "Figures from the Office for National Statistics show that 4.2% of adults were out "
        "of work in March.",
        [("4.2%", "Office for National Statistics", "show", False, "adults")],
    ),
    (
        "invented/wire: X data showed",
        "Eurostat data showed 1.1 million asylum applications were lodged in the bloc last year.",
        [("1.1 million", "Eurostat", "showed", False, "applications")],
    ),
    (
        "invented/wire: a report by X found",
        "A report by Human Rights Watch found that at least 47 detainees had died in custody "
        "since 2021.",
        [("at least 47", "Human Rights Watch", "found", False, "detainees")],
    ),
    (
        "invented/wire: X estimates that",
        "The World Bank estimates that remittances to the country reached $30.3 billion last year.",
        [("$30.3 billion", "World Bank", "estimates", False, "USD")],
    ),
    (
        "invented/wire: X's representative in Pakistan, Y, said",
        "UNHCR's representative in Pakistan, Maria Lindqvist, said around 600,000 Afghans had "
        "returned since September.",
        [("around 600,000", "Maria Lindqvist", SAID, False, "afghans")],
    ),
    (
        "invented/wire: officials said",
        "Officials said 37 bodies had been recovered from the rubble by Sunday evening.",
        [("37", "Officials", SAID, False, "bodies")],
    ),
    (
        "invented/wire: police said at the end, an elided noun",
        "Three people were killed and 14 wounded when a bomb exploded near a market, police said.",
        [
            ("Three", "police", SAID, False, "people"),
            ("14", "police", SAID, False, "people"),
        ],
    ),
    (
        "invented/wire: claimed (hedged)",
        "The Taliban claimed their fighters had killed 40 soldiers in the attack.",
        [("40", "Taliban", "claimed", True, "soldiers")],
    ),
    (
        "invented/wire: alleged (hedged)",
        "Opposition leader Raza Haroon alleged that 200,000 fake votes had been cast.",
        [("200,000", "Raza Haroon", "alleged", True, "votes")],
    ),
    (
        "invented/wire: denied (hedged)",
        "The army denied that 60 civilians had died in the raid.",
        [("60", "army", "denied", True, "civilians")],
    ),
    (
        "invented/wire: she said, the speaker named two sentences back",
        "Provincial relief minister Saima Qureshi visited the camp on Monday. The camp now "
        "shelters families from 14 villages. About 3,000 more tents are needed, she said.",
        [
            ("14", None, None, False, "villages"),
            ("About 3,000", "Saima Qureshi", SAID, False, "tents"),
        ],
    ),
    (
        "invented/wire: a quote with the speaker after it",
        "\u201cWe have registered 12,000 new arrivals this month alone,\u201d said Amina Dirie, "
        "who heads the agency's office in Gedaref.",
        [("12,000", "Amina Dirie", SAID, False, "arrivals")],
    ),
    (
        "invented/wire: a quote that continues in the next paragraph",
        "\u201cThe numbers are rising every day,\u201d said Karim Haddad, the camp manager.\n\n"
        "\u201cLast night alone, 450 people arrived, most of them women and children.\u201d",
        [("450", "Karim Haddad", SAID, False, "people")],
    ),
    (
        "invented/wire: an anonymous official",
        "A senior official, who asked not to be named, said about 80 militants had been killed.",
        [("about 80", "A senior official", SAID, False, "militants")],
    ),
    (
        "invented/wire: sources said",
        "At least 19 soldiers were killed in the ambush, security sources said.",
        [("At least 19", "security sources", SAID, False, "soldiers")],
    ),
    (
        "invented/wire: passive 'it was reported' has no source",
        "It was reported that 25 houses had collapsed in the village.",
        [("25", None, None, False, "houses")],
    ),
    (
        "invented/wire: nested, the outer speaker",
        "Mayor Ana Ruiz said the governor had told her that 5,000 homes were without power.",
        [("5,000", "Ana Ruiz", SAID, False, "homes")],
    ),
    (
        "invented/wire: no source",
        "The flooding has displaced 1.3 million people across 40 districts.",
        [
            ("1.3 million", None, None, False, "people"),
            ("40", None, None, False, "districts"),
        ],
    ),
    (
        "invented/wire: N of them children",
        "The boat was carrying 1,100 people, 300 of them children, the coastguard said.",
        [
            ("1,100", "coastguard", SAID, False, "people"),
            ("300", "coastguard", SAID, False, "children"),
        ],
    ),
    (
        "invented/wire: money in revenue",
        "Shell said it made $3.2bn in revenue from its gas unit in the quarter.",
        [("$3.2bn", "Shell", SAID, False, "USD")],
    ),
    (
        "invented/wire: share of voters according to a poll",
        "Around 40% of voters back the plan, according to a Gallup poll.",
        [("Around 40%", "Gallup", ACC, False, "voters")],
    ),
    (
        "invented/wire: tonnes of wheat",
        "The government will import 5,000 tonnes of wheat from Russia, Food Minister Rana "
        "Tanveer Ali said.",
        [("5,000 tonnes", "Rana Tanveer Ali", SAID, False, "tonnes")],
    ),
    (
        "invented/wire: N people, including four children",
        "A landslide killed 12 people, including four children, in Swat district, rescue "
        "officials said.",
        [
            ("12", "rescue officials", SAID, False, "people"),
            ("four", "rescue officials", SAID, False, "children"),
        ],
    ),
    (
        "invented/wire: the deaths of N migrants",
        "The deaths of 14 migrants off Lampedusa have prompted calls for an inquiry.",
        [("14", None, None, False, "migrants")],
    ),
    (
        "invented/wire: Of the N X, M",
        "Of the 240 prisoners released, 160 had served their full sentences, the justice "
        "ministry said.",
        [
            ("240", "the justice ministry", SAID, False, "prisoners"),
            ("160", "the justice ministry", SAID, False, "prisoners"),
        ],
    ),
    (
        "invented/AP: dateline, said Monday",
        "NAIROBI, Kenya (AP) \u2014 Floods have killed at least 76 people in Kenya since March, "
        "the government said Monday.",
        [("at least 76", "the government", SAID, False, "people")],
    ),
    (
        "invented/AFP: AFP tally",
        "More than 1,500 people have died in the fighting, according to an AFP tally based "
        "on official sources.",
        [("More than 1,500", "AFP", ACC, False, "people")],
    ),
    (
        "invented/Reuters: told Reuters by phone",
        "About 700 families are stranded at the crossing, a local official told Reuters by phone.",
        [("About 700", "a local official", TOLD, False, "families")],
    ),
    (
        "invented/Reuters: said in an emailed statement",
        "The company said in an emailed statement that it would cut 1,800 jobs.",
        [("1,800", "The company", SAID, False, "jobs")],
    ),
    (
        "invented/wire: added",
        "Health Minister Olga Petrenko said 19 hospitals had been damaged. She added that 6 "
        "of them were no longer working.",
        [
            ("19", "Olga Petrenko", SAID, False, "hospitals"),
            ("6", "Olga Petrenko", "added", False, "hospitals"),
        ],
    ),
    (
        "invented/wire: a figure in a subordinate clause before said",
        "Prices rose 8.3 percent in the year to April, the statistics agency said on Friday.",
        [("8.3 percent", "the statistics agency", SAID, False, None)],
    ),
    (
        "invented/wire: warned",
        "The World Food Programme warned that 2.4 million people face acute hunger.",
        [("2.4 million", "World Food Programme", "warned", False, "people")],
    ),
    (
        "invented/wire: insisted (hedged)",
        "The minister insisted that only 300 protesters had been detained.",
        [("300", "The minister", "insisted", True, "protesters")],
    ),
    (
        "invented/wire: medics said",
        "Israeli strikes killed 27 people overnight, including nine children, medics said.",
        [
            ("27", "medics", SAID, False, "people"),
            ("nine", "medics", SAID, False, "children"),
        ],
    ),
    (
        "invented/wire: witnesses said",
        "Gunmen opened fire on a bus, killing at least 11 passengers, witnesses said.",
        [("at least 11", "witnesses", SAID, False, "passengers")],
    ),
    (
        "invented/wire: the group said",
        "Save the Children said 3 million children were out of school across the region.",
        [("3 million", "Save the Children", SAID, False, "children")],
    ),
    (
        "invented/wire: diplomats said",
        "Around 5,000 peacekeepers will stay in the country until 2026, diplomats said.",
        [("Around 5,000", "diplomats", SAID, False, "peacekeepers")],
    ),
    (
        "invented/wire: percent change, no whole",
        "Shares of the company fell 12% in early trading.",
        [("12%", None, None, False, None)],
    ),
    # --- BBC / Guardian style -------------------------------------------------------------
    (
        "invented/BBC: the Home Office said",
        "More than 29,000 people crossed the Channel in small boats last year, the Home Office "
        "said.",
        [("More than 29,000", "Home Office", SAID, False, "people")],
    ),
    (
        "invented/BBC: figures released by X show",
        "Figures released by the Home Office show 4,644 people were returned to their home "
        "countries in the first quarter.",
        [("4,644", "Home Office", "show", False, "people")],
    ),
    (
        "invented/BBC: told the BBC",
        "Jane Holloway, who runs the food bank, told the BBC it was feeding 450 families a week.",
        [("450", "Jane Holloway", TOLD, False, "families")],
    ),
    (
        "invented/Guardian: analysis by the Guardian found",
        "Analysis by the Guardian found that 62% of the contracts went to firms with links to "
        "ministers.",
        [("62%", "Guardian", "found", False, "contracts")],
    ),
    (
        "invented/BBC: Mr Surname said, full name earlier",
        "Dr Farid Ahmadzai runs the only clinic in the valley. Mr Ahmadzai said the clinic "
        "sees 200 patients a day.",
        [("200", "Farid Ahmadzai", SAID, False, "patients")],
    ),
    (
        "invented/BBC: the charity said",
        "The charity Shelter said 309,000 people were homeless in England.",
        [("309,000", "Shelter", SAID, False, "people")],
    ),
    (
        "invented/Guardian: a study published in The Lancet",
        "A study published in The Lancet estimated that 1.2 million deaths a year were linked "
        "to air pollution.",
        [("1.2 million", ANY, "estimated", False, "deaths")],
    ),
    (
        "invented/BBC: research by X suggests",
        "Research by the Resolution Foundation suggests 1.4 million households will be worse off.",
        [("1.4 million", "Resolution Foundation", "suggests", False, "households")],
    ),
    (
        "invented/Guardian: said quote then a second figure in the same quote",
        "\u201cWe lost 40% of our harvest and 200 cattle,\u201d said farmer Ibrahim Musa.",
        [
            ("40%", "Ibrahim Musa", SAID, False, "harvest"),
            ("200", "Ibrahim Musa", SAID, False, "cattle"),
        ],
    ),
    (
        "invented/BBC: the NHS said",
        "About 7.6 million people are waiting for hospital treatment in England, NHS England said.",
        [("About 7.6 million", "NHS England", SAID, False, "people")],
    ),
    # --- Dawn / Express Tribune / The Hindu ------------------------------------------------
    (
        "invented/Dawn: the spokesperson said while talking to reporters",
        "Over 4,000 Afghan nationals were repatriated through Torkham on Wednesday, FIA "
        "spokesperson Ayesha Malik said while talking to reporters.",
        [("Over 4,000", "Ayesha Malik", SAID, False, "nationals")],
    ),
    (
        "invented/Dawn: Rs crore and officials",
        "The provincial government has released Rs 50 crore for flood relief, officials said.",
        [("Rs 50 crore", "officials", SAID, False, "PKR")],
    ),
    (
        "invented/Dawn: the PDMA said",
        "The death toll from the rains rose to 86, the Provincial Disaster Management "
        "Authority (PDMA) said.",
        [("86", "Provincial Disaster Management Authority", SAID, False, ANY)],
    ),
    (
        "invented/Express Tribune: told The Express Tribune",
        "A senior police officer told The Express Tribune that 1,200 suspects had been "
        "arrested in the crackdown.",
        [("1,200", "A senior police officer", TOLD, False, "suspects")],
    ),
    (
        "invented/Dawn: per the notification",
        "As many as 350 teachers were transferred, according to a notification issued by the "
        "education department.",
        [("As many as 350", "education department", ACC, False, "teachers")],
    ),
    (
        "invented/Dawn: the minister told the National Assembly",
        "Federal Minister for Interior Sohail Abbasi told the National Assembly that 1.45 "
        "million Afghans held Proof of Registration cards.",
        [("1.45 million", "Sohail Abbasi", TOLD, False, "afghans")],
    ),
    (
        "invented/Dawn: lakh with the official's designation after",
        "Over 2.5 lakh people have been shifted to relief camps, said Deputy Commissioner "
        "Tariq Jamil.",
        [("Over 2.5 lakh", "Tariq Jamil", SAID, False, "people")],
    ),
    (
        "invented/The Hindu: the official said on condition of anonymity",
        "Nearly 60% of the posts remain vacant, an official said on condition of anonymity.",
        [("Nearly 60%", "an official", SAID, False, "posts")],
    ),
    (
        "invented/The Hindu: the Minister said in a written reply",
        "Minister of State Nityanand Rai said in a written reply in the Lok Sabha that 2,146 "
        "foreigners had been deported in 2023.",
        [("2,146", "Nityanand Rai", SAID, False, "foreigners")],
    ),
    (
        "invented/The Hindu: Rs crore, INR",
        "The State government has sanctioned Rs 120 crore for the project, Chief Minister "
        "M.K. Sundaram said in Chennai.",
        [("Rs 120 crore", ANY, SAID, False, "INR")],
    ),
    (
        "invented/Dawn: pc and the bureau's data",
        "Inflation eased to 11.8pc in May, data released by the Pakistan Bureau of Statistics "
        "showed.",
        [("11.8pc", "Pakistan Bureau of Statistics", "showed", False, None)],
    ),
    (
        "invented/Dawn: claimed by the spokesman",
        "The banned outfit's spokesman claimed that 15 security personnel were killed in the "
        "attack.",
        [("15", "The banned outfit's spokesman", "claimed", True, "personnel")],
    ),
    (
        "invented/Express Tribune: sources privy to the matter",
        "Around 3,000 files are pending with the ministry, sources privy to the matter said.",
        [("Around 3,000", "sources privy to the matter", SAID, False, "files")],
    ),
    (
        "invented/Dawn: the court was informed",
        "The court was informed that 1,700 cases were pending before the tribunal.",
        [("1,700", None, None, False, "cases")],
    ),
    (
        "invented/The Hindu: police said and an arrest count",
        "The police said 23 persons had been arrested in connection with the violence.",
        [("23", "police", SAID, False, "persons")],
    ),
    # --- UN / OCHA / NGO ------------------------------------------------------------------
    (
        "invented/OCHA: partners report",
        "Humanitarian partners report that 18,500 people have been displaced by the clashes "
        "in Ituri.",
        [("18,500", "Humanitarian partners", "report", False, "people")],
    ),
    (
        "invented/OCHA: according to the Displacement Tracking Matrix",
        "According to IOM's Displacement Tracking Matrix, some 245,000 people fled El Fasher "
        "in May.",
        [("some 245,000", "IOM's Displacement Tracking Matrix", ACC, False, "people")],
    ),
    (
        "invented/UN: UNICEF said in a press release",
        "At least 1,100 children have been killed or injured since January, UNICEF said in a "
        "press release.",
        [("At least 1,100", "UNICEF", SAID, False, "children")],
    ),
    (
        "invented/UN: the UN refugee agency",
        "The UN refugee agency, UNHCR, said 3.4 million Sudanese had fled abroad.",
        [("3.4 million", ANY, SAID, False, "sudanese")],
    ),
    (
        "invented/NGO: MSF teams treated",
        "M\u00e9decins Sans Fronti\u00e8res teams treated 2,300 patients for cholera in two weeks.",
        [("2,300", ANY, ANY, False, "patients"), ("two weeks", ANY, ANY, False, "weeks")],
    ),
    (
        "invented/OCHA: appeal funded",
        "The $2.7 billion appeal is only 16 per cent funded.",
        [
            ("$2.7 billion", None, None, False, "USD"),
            ("16 per cent", None, None, False, "appeal"),
        ],
    ),
    (
        "invented/NGO: an estimated N, the statement said",
        "An estimated 40,000 people are sheltering in schools, the statement said.",
        [("An estimated 40,000", ANY, SAID, False, "people")],
    ),
    (
        "invented/UN: the UN envoy told the Security Council",
        "UN envoy Hans Grundberg told the Security Council that 17 million Yemenis needed "
        "food aid.",
        [("17 million", "Hans Grundberg", TOLD, False, "yemenis")],
    ),
    (
        "invented/WHO: WHO recorded attacks",
        "WHO has recorded 62 attacks on health care in the country this year.",
        [("62", "WHO", "recorded", False, "attacks")],
    ),
    (
        "invented/NGO: Amnesty International documented",
        "Amnesty International documented 14 cases of enforced disappearance in the province.",
        [("14", "Amnesty International", "documented", False, "cases")],
    ),
    (
        "invented/UN: as reported by",
        "As reported by the World Health Organization, 1,340 suspected cholera cases were "
        "recorded last week.",
        [("1,340", "World Health Organization", "reported", False, "cases")],
    ),
    (
        "invented/NGO: the organisation's country director, name, said",
        "Islamic Relief's country director, Asif Sheraz, said 8,000 families had received "
        "winter kits.",
        [("8,000", "Asif Sheraz", SAID, False, "families")],
    ),
    (
        "invented/OCHA: per cent of the population",
        "Around 65 per cent of the population needs humanitarian assistance, OCHA said.",
        [("Around 65 per cent", "OCHA", SAID, False, "population")],
    ),
    (
        "invented/UN: a UN report found",
        "A UN report released on Thursday found that 110 million people were forcibly "
        "displaced worldwide.",
        [("110 million", "UN", "found", False, "people")],
    ),
    # --- press conferences and Q&A quotes -------------------------------------------------
    (
        "invented/press conference: X told a news conference",
        "Police chief Daniel Osei told a news conference that 48 suspects had been detained.",
        [("48", "Daniel Osei", TOLD, False, "suspects")],
    ),
    (
        "invented/press conference: addressing a press conference, X said",
        "Addressing a press conference in Quetta, provincial spokesperson Shahid Rind said "
        "that 2,600 people had been arrested.",
        [("2,600", "Shahid Rind", SAID, False, "people")],
    ),
    (
        "invented/Q&A: a quote, then he said",
        "Colonel Ahmed Nasser commands the border force. \u201cWe turned back 900 people last "
        "month,\u201d he said.",
        [("900", "Ahmed Nasser", SAID, False, "people")],
    ),
    (
        "invented/Q&A: said with the quote split by the attribution",
        "\u201cThere are 3,000 people in this camp,\u201d said Fatima Noor, a volunteer. "
        "\u201cAnd we have only 12 toilets.\u201d",
        [
            ("3,000", "Fatima Noor", SAID, False, "people"),
            ("12", "Fatima Noor", SAID, False, "toilets"),
        ],
    ),
    (
        "invented/Q&A: straight quotes, speaker before",
        'Governor Lisa Moreno said: "We have 1,500 National Guard troops on the ground."',
        [("1,500", "Lisa Moreno", SAID, False, "troops")],
    ),
    (
        "invented/Q&A: a quote attributed with claimed",
        "\u201cOur forces have destroyed 30 enemy tanks,\u201d the ministry claimed.",
        [("30", "the ministry", "claimed", True, "tanks")],
    ),
    (
        "invented/press conference: the speaker said at a briefing",
        "Speaking at a briefing in Geneva, WHO spokesman Tarik Jasarevic said 3,200 cases had "
        "been confirmed.",
        [("3,200", "Tarik Jasarevic", SAID, False, "cases")],
    ),
    (
        "invented/press conference: the prime minister announced",
        "Prime Minister Keir Lawson announced 5,000 new police officers on Monday.",
        [("5,000", "Keir Lawson", "announced", False, "officers")],
    ),
    # --- more heads ----------------------------------------------------------------------
    (
        "invented/wire: per cent of the vote",
        "The ruling party won 54 per cent of the vote, the election commission said.",
        [("54 per cent", "the election commission", SAID, False, "vote")],
    ),
    (
        "invented/wire: N% of respondents",
        "Some 71% of respondents said they trusted local news, the survey found.",
        [("Some 71%", "the survey", "found", False, "respondents")],
    ),
    (
        "invented/wire: N out of M schools",
        "Inspectors found that 38 out of 50 schools lacked clean water.",
        [("38", "Inspectors", "found", False, "schools")],
    ),
    (
        "invented/wire: of whom N were women",
        "The agency registered 2,400 refugees, of whom 1,300 were women.",
        [
            ("2,400", "agency", "registered", False, "refugees"),
            ("1,300", "agency", "registered", False, "women"),
        ],
    ),
    (
        "invented/wire: N-member delegation",
        "A 12-member delegation arrived in Kabul on Sunday.",
        [("12", None, None, False, "member")],  # the unit as written, as "15-day" gives "day"
    ),
    (
        "invented/wire: among them",
        "Some 600 migrants, among them 85 unaccompanied minors, were rescued at sea.",
        [
            ("Some 600", None, None, False, "migrants"),
            ("85", None, None, False, "minors"),
        ],
    ),
    (
        "invented/wire: a tally of N deaths",
        "Officials put the toll at 212 dead and 400 injured.",
        [("212", "Officials", "put", False, ANY)],
    ),
    (
        "invented/wire: N hectares of crops",
        "The floods destroyed 45,000 hectares of crops, the agriculture ministry said.",
        [("45,000 hectares", "the agriculture ministry", SAID, False, "hectares")],
    ),
    (
        "invented/wire: euros in aid",
        "The EU pledged \u20ac50 million in humanitarian aid for the region.",
        [("\u20ac50 million", ANY, ANY, False, "EUR")],
    ),
    (
        "invented/wire: half of the N",
        "Half of the 3,000 workers laid off were women, the union said.",
        [("3,000", "the union", SAID, False, "workers")],
    ),
    (
        "invented/wire: N more people",
        "Another 150 people were rescued overnight, the coast guard said.",
        [("150", "coast guard", SAID, False, "people")],
    ),
    (
        "invented/wire: children under five (an age inside the noun phrase)",
        "More than 3,000 children under five died of malnutrition in the district, officials said.",
        [("More than 3,000", "officials", SAID, False, "children")],
    ),
    (
        "invented/wire: households and days",
        "Water trucking reached 1,850 households for 30 days, the Norwegian Refugee Council said.",
        [
            ("1,850", "Norwegian Refugee Council", SAID, False, "households"),
            ("30 days", "Norwegian Refugee Council", SAID, False, "days"),
        ],
    ),
    (
        "invented/wire: the figure after a colon in a quote of a minister",
        "The minister gave the breakdown: 420 returnees had been given land, he said.",
        [("420", "The minister", SAID, False, "returnees")],
    ),
    # --- carried attribution across sentences -------------------------------------------
    (
        "invented/wire: it added (organisation carried)",
        "The International Committee of the Red Cross said it had visited 14 detention "
        "centres. It added that 3,000 detainees had been registered.",
        [
            ("14", "International Committee of the Red Cross", SAID, False, "centres"),
            ("3,000", "International Committee of the Red Cross", "added", False, "detainees"),
        ],
    ),
    (
        "invented/wire: the agency said, name earlier",
        "The World Food Programme has cut rations in Chad. The agency said 1.2 million "
        "refugees would receive half portions.",
        [("1.2 million", "World Food Programme", SAID, False, "refugees")],
    ),
    (
        "invented/wire: spokesman named at first mention, 'the spokesman said' later",
        "Army spokesman Maj Gen Ahmed Sharif gave details of the operation. The spokesman "
        "said 11 militants were killed.",
        [("11", "Ahmed Sharif", SAID, False, "militants")],
    ),
    (
        "invented/wire: a figure after an attributed sentence is the report's",
        "Officials said the border would reopen. Some 800 lorries were waiting on Friday.",
        [("Some 800", None, None, False, "lorries")],
    ),
    # --- more sourcing forms -------------------------------------------------------------
    (
        "invented/wire: X, Y said (name after title and org)",
        "Nearly 90 people have been rescued, Mohammed Al-Amin, the head of the civil "
        "defence, said.",
        [("Nearly 90", "Mohammed Al-Amin", SAID, False, "people")],
    ),
    (
        "invented/wire: says in the present",
        "The UN says 2 million people are trapped in the city.",
        [("2 million", "UN", "says", False, "people")],
    ),
    (
        "invented/wire: according to a statement from",
        "Twenty-one people were killed, according to a statement from the Interior Ministry.",
        [("Twenty-one", "Interior Ministry", ACC, False, "people")],
    ),
    (
        "invented/wire: according to figures from",
        "Unemployment stands at 7.1%, according to figures from the central bank.",
        [("7.1%", "the central bank", ACC, False, None)],
    ),
    (
        "invented/wire: according to the latest count by",
        "At least 340 people have died, according to the latest count by the health ministry.",
        [("At least 340", "the health ministry", ACC, False, "people")],
    ),
    (
        "invented/wire: official figures show",
        "Official figures show 16,000 people were deported in the first half of the year.",
        [("16,000", ANY, "show", False, "people")],
    ),
    (
        "invented/wire: the statement, signed by X",
        "Some 2,000 workers will lose their jobs, said the statement, signed by chief "
        "executive Laura Finch.",
        [("Some 2,000", ANY, SAID, False, "workers")],
    ),
    (
        "invented/wire: by X's count",
        "By the government's count, 1.8 million people have returned home.",
        [("1.8 million", "the government", "count", False, "people")],
    ),
    (
        "invented/wire: X, who ..., said",
        "Sara Benali, who coordinates aid at the port, said 600 boxes of medicine had arrived.",
        [("600", "Sara Benali", SAID, False, "boxes")],
    ),
    (
        "invented/wire: the ministry reported",
        "The health ministry reported 95 new cases on Wednesday.",
        [("95", "health ministry", "reported", False, "cases")],
    ),
    (
        "invented/wire: the military said in a post on X",
        "Its air defences shot down 25 drones overnight, the military said in a post on X.",
        [("25", "the military", SAID, False, "drones")],
    ),
    (
        "invented/wire: a rights group estimated",
        "The Syrian Observatory for Human Rights estimated that 350 fighters had been killed.",
        [("350", "Syrian Observatory for Human Rights", "estimated", False, "fighters")],
    ),
    (
        "invented/wire: they said, plural officials",
        "Border officials said 3,100 people crossed on Monday. They said another 2,000 were "
        "waiting.",
        [
            ("3,100", "Border officials", SAID, False, "people"),
            ("2,000", "Border officials", SAID, False, "people"),
        ],
    ),
    (
        "invented/wire: residents said",
        "About 40 homes were torched in the village, residents said.",
        [("About 40", "residents", SAID, False, "homes")],
    ),
    (
        "invented/wire: the report said",
        "The report said 4.5 million children were at risk of malnutrition.",
        # the source is open: a bare "the report" names no one (main's test_attribution
        # gives no source for "according to the report"); first annotated "The report"
        [("4.5 million", ANY, SAID, False, "children")],
    ),
]

# Second batch, written by hand after the first fixes and before the extractor was run on
# it, to test the rules on forms the first batch did not hold.
CASES_2: list[tuple[str, str, list[tuple]]] = [
    (
        "invented/wire: name, the ministry's spokesman, said",
        "Zabihullah Karimi, the ministry's spokesman, said 2,300 returnees had received cash.",
        [("2,300", "Zabihullah Karimi", SAID, False, "returnees")],
    ),
    (
        "invented/wire: In a statement, the UN said",
        "In a statement, the UN said 40 aid workers had been killed this year.",
        [("40", "UN", SAID, False, "workers")],
    ),
    (
        "invented/Dawn: Speaking to Dawn, the deputy commissioner said",
        "Speaking to Dawn, Peshawar deputy commissioner Ali Asghar said 1,500 families had "
        "been shifted.",
        [("1,500", "Ali Asghar", SAID, False, "families")],
    ),
    (
        "invented/wire: According to police, N",
        "According to police, 12 suspects were arrested.",
        [("12", "police", ACC, False, "suspects")],
    ),
    (
        "invented/wire: Police say",
        "Police say 14 people were injured.",
        [("14", "Police", "say", False, "people")],
    ),
    (
        "invented/wire: the UNHCR says",
        "The UNHCR says more than 6 million Afghans live in Iran and Pakistan.",
        [("more than 6 million", "UNHCR", "says", False, "afghans")],
    ),
    (
        "invented/Dawn: data from the State Bank showed",
        "Data from the State Bank of Pakistan showed remittances rose 12% to $2.9 billion in "
        "March.",
        [("$2.9 billion", "State Bank of Pakistan", "showed", False, "USD")],
    ),
    (
        "invented/Dawn: police officials told Dawn",
        "Police officials told Dawn that 23 people had been arrested.",
        [("23", "Police officials", TOLD, False, "people")],
    ),
    (
        "invented/AP: a senior official with knowledge of the plan",
        "A senior official with knowledge of the plan told AP that 10,000 troops were on standby.",
        [("10,000", "A senior official with knowledge of the plan", TOLD, False, "troops")],
    ),
    (
        "invented/wire: an official, speaking on condition of anonymity, said",
        "An Interior Ministry official, speaking on condition of anonymity, said 400 people "
        "were detained.",
        [("400", "An Interior Ministry official", SAID, False, "people")],
    ),
    (
        "invented/wire: confirmed by X, which said",
        "The figures were confirmed by the Red Crescent, which said 52 bodies had been recovered.",
        [("52", "Red Crescent", SAID, False, "bodies")],
    ),
    (
        "invented/wire: Earlier this week, X said",
        "Earlier this week, Amnesty said at least 120 protesters had been killed.",
        [("at least 120", "Amnesty", SAID, False, "protesters")],
    ),
    (
        "invented/wire: the UN's humanitarian office said",
        "The number of displaced people has reached 2.1 million, the UN's humanitarian office "
        "said.",
        [("2.1 million", "the UN's humanitarian office", SAID, False, ANY)],
    ),
    (
        "invented/wire: the mayor, name, told reporters, after a quote",
        "\u201cAt least 70 per cent of the city has no electricity,\u201d the mayor, Olena "
        "Kravets, told reporters.",
        [("At least 70 per cent", "Olena Kravets", TOLD, False, "city")],
    ),
    (
        "invented/wire: said X of the Y after a quote",
        "\u201cWe need $400m to get through the winter,\u201d said Kamal Haidari of the World "
        "Food Programme.",
        [("$400m", "Kamal Haidari", SAID, False, "USD")],
    ),
    (
        "invented/wire: a quote running over two paragraphs",
        "\u201cWe have seen 3,000 arrivals this week,\u201d said Idris Musa, a camp official. "
        "\u201cThe situation is worse than last year.\n\n\u201cYesterday alone, 600 people "
        "came.\u201d",
        [
            ("3,000", "Idris Musa", SAID, False, "arrivals"),
            ("600", "Idris Musa", SAID, False, "people"),
        ],
    ),
    (
        "invented/Dawn: In Sindh, the provincial authority said",
        "In Sindh, the provincial disaster management authority said 1.2 million people were "
        "affected.",
        [("1.2 million", "provincial disaster management authority", SAID, False, "people")],
    ),
    (
        "invented/Dawn: officials at the border said",
        "Officials at the Chaman border said 5,000 people crossed on Tuesday.",
        [("5,000", "Officials at the Chaman border", SAID, False, "people")],
    ),
    (
        "invented/wire: a body with its acronym in brackets",
        "The World Health Organization (WHO) said 4,000 cases had been reported.",
        [("4,000", "World Health Organization", SAID, False, "cases")],
    ),
    (
        "invented/Dawn: the spokesperson told a weekly briefing",
        "Foreign Office spokesperson Mumtaz Baloch told a weekly briefing that 800,000 Afghans "
        "had left.",
        [("800,000", "Mumtaz Baloch", TOLD, False, "afghans")],
    ),
    (
        "invented/Dawn: Speaking at a press conference, Minister X said",
        "Speaking at a press conference on Thursday, Minister Ahsan Qureshi said the project "
        "would cost Rs 85 billion.",
        [("Rs 85 billion", "Ahsan Qureshi", SAID, False, "PKR")],
    ),
    (
        "invented/wire: state media reported",
        "Rescue workers pulled 18 survivors from the rubble, state media reported.",
        [("18", "state media", "reported", False, "survivors")],
    ),
    (
        "invented/wire: organisers claimed, police put the figure at",
        "Some 4,000 people attended the rally, organisers claimed, though police put the "
        "figure at 1,500.",
        [
            ("Some 4,000", "organisers", "claimed", True, "people"),
            ("1,500", "police", "put", False, ANY),
        ],
    ),
    (
        "invented/wire: the ministry put the number of X at",
        "The ministry put the number of returnees at 13,200.",
        [("13,200", "The ministry", "put", False, "returnees")],
    ),
    (
        "invented/wire: the group said, citing its own sources",
        "More than 1,000 people were arrested, the group said, citing its own sources.",
        [("More than 1,000", "the group", SAID, False, "people")],
    ),
    (
        "invented/Dawn: chairperson of a commission with an acronym",
        "Human Rights Commission of Pakistan (HRCP) chairperson Asad Butt said 400 people went "
        "missing last year.",
        [("400", "Asad Butt", SAID, False, "people")],
    ),
    (
        "invented/Dawn: Separately, the commissionerate said",
        "Separately, the Afghan refugees commissionerate said 3,200 families had been registered.",
        [("3,200", "Afghan refugees commissionerate", SAID, False, "families")],
    ),
    (
        "invented/BBC: the Home Office has said that",
        "The Home Office has said that 1,200 people were removed in June.",
        [("1,200", "Home Office", SAID, False, "people")],
    ),
    (
        "invented/wire: among N passengers, the airline said",
        "He was among 70 passengers on the flight, the airline said.",
        [("70", "the airline", SAID, False, "passengers")],
    ),
    (
        "invented/Dawn: a dateline and officials said",
        "ISLAMABAD: At least 12 people were killed in a blast at a market, officials said.",
        [("At least 12", "officials", SAID, False, "people")],
    ),
    (
        "invented/wire: the ministry, which oversees the camps, said",
        "The ministry, which oversees the camps, said 8,000 tents were needed.",
        [("8,000", "The ministry", SAID, False, "tents")],
    ),
    (
        "invented/wire: surname said after a quote, full name earlier",
        "Ali Khan, a farmer from Swat, lost his house in the flood. \u201cWe lost 30 goats as "
        "well,\u201d Khan said.",
        [("30", "Ali Khan", SAID, False, "goats")],
    ),
    (
        "invented/wire: including at least N children, the charity said",
        "Thousands of people, including at least 300 children, have been displaced, Save the "
        "Children said.",
        [("at least 300", "Save the Children", SAID, False, "children")],
    ),
    (
        "invented/AP: a tally compiled by",
        "The tally compiled by the Associated Press shows 2,340 deaths.",
        [("2,340", "Associated Press", "shows", False, "deaths")],
    ),
    (
        "invented/wire: said on Saturday that ... and four officers",
        "Police said on Saturday that 16 people had been arrested and four officers injured.",
        [
            ("16", "Police", SAID, False, "people"),
            ("four", "Police", SAID, False, "officers"),
        ],
    ),
    (
        "invented/wire: the IOM said, adding that N others were rescued",
        "At least 25 migrants drowned when their boat capsized off Libya, the IOM said on "
        "Wednesday, adding that 60 others were rescued.",
        [
            ("At least 25", "IOM", SAID, False, "migrants"),
            ("60", "IOM", ANY, False, "migrants"),
        ],
    ),
    (
        "invented/wire: the IMF forecast",
        "The IMF forecast that the economy would shrink by 3% this year.",
        [("3%", "IMF", "forecast", False, None)],
    ),
    (
        "invented/Hindu: the Chief Minister announced a sum",
        "Chief Minister Revanth Rao announced an ex gratia of Rs 5 lakh for the families of "
        "the deceased.",
        # the head is open: no country is named, and "Rs" is PKR or INR by country
        [("Rs 5 lakh", "Revanth Rao", "announced", False, ANY)],
    ),
    (
        "invented/OCHA: partners estimate",
        "Partners estimate that 85,000 people need shelter assistance.",
        [("85,000", "Partners", "estimate", False, "people")],
    ),
    (
        "invented/wire: the agency's chief, name, told a news conference",
        "The agency's chief, Filippo Rossi, told a news conference in Geneva that 7 million "
        "people had fled.",
        [("7 million", "Filippo Rossi", TOLD, False, "people")],
    ),
    (
        "invented/Guardian: according to the charity's analysis",
        "According to the charity's analysis, 1 in 5 children lives in poverty.",
        [("1 in 5", "the charity", ACC, False, "children")],
    ),
    (
        "invented/wire: a figure before 'according to' later in a long sentence",
        "The dam displaced 12,000 villagers when it was filled in 2019, according to a study "
        "by the University of Dhaka.",
        [("12,000", "University of Dhaka", ACC, False, "villagers")],
    ),
]
CASES += CASES_2

# Third batch, written by hand after the second batch's fixes and before the extractor was
# run on it: mostly what is counted (partitives, coordinated counts, "among them").
CASES_3: list[tuple[str, str, list[tuple]]] = [
    (
        "invented/NGO: N households surveyed",
        "Nearly two-thirds of the 1,200 households surveyed had no latrine.",
        [("1,200", None, None, False, "households")],
    ),
    (
        "invented/wire: homes without power",
        "The storm left 250,000 homes without power.",
        [("250,000", None, None, False, "homes")],
    ),
    (
        "invented/wire: a change and an amount",
        "Exports fell 4.1% to $2.3 billion in June.",
        [("4.1%", None, None, False, None), ("$2.3 billion", None, None, False, "USD")],
    ),
    (
        "invented/wire: most of them women and children",
        "Some 3,500 Rohingya refugees, most of them women and children, arrived by boat.",
        [("Some 3,500", None, None, False, "refugees")],
    ),
    (
        "invented/wire: among them N foreign nationals",
        "Police arrested 45 people, among them six foreign nationals.",
        [
            ("45", None, None, False, "people"),
            ("six", None, None, False, "nationals"),
        ],
    ),
    (
        "invented/UN: per cent of the displaced",
        "Over 60 per cent of the displaced are women and children.",
        [("Over 60 per cent", None, None, False, "displaced")],
    ),
    (
        "invented/wire: N of the M detainees",
        "The ministry said 2,000 of the 3,400 detainees had been released.",
        [
            ("2,000", "The ministry", SAID, False, "detainees"),
            ("3,400", "The ministry", SAID, False, "detainees"),
        ],
    ),
    (
        "invented/UN: N of its staff",
        "UNRWA said 19 of its staff were among the dead.",
        [("19", "UNRWA", SAID, False, "staff")],
    ),
    (
        "invented/UN: one in four children, a survey found",
        "One in four children in the province is stunted, a UNICEF survey found.",
        [("One in four", "UNICEF", "found", False, "children")],
    ),
    (
        "invented/NGO: train N young women",
        "The programme will train 12,000 young women in digital skills.",
        [("12,000", None, None, False, "women")],
    ),
    (
        "invented/wire: one of N journalists",
        "He was one of 23 journalists detained during the protests.",
        [("23", None, None, False, "journalists")],
    ),
    (
        "invented/wire: killed N and lost M, the army said it",
        "The army said it had killed 31 insurgents and lost 4 soldiers.",
        [
            ("31", "The army", SAID, False, "insurgents"),
            ("4", "The army", SAID, False, "soldiers"),
        ],
    ),
    (
        "invented/wire: immigrants a path to citizenship",
        "The bill would give 500,000 undocumented immigrants a path to citizenship.",
        [("500,000", None, None, False, "immigrants")],
    ),
    (
        "invented/Dawn: a total of N candidates for M seats",
        "A total of 4,312 candidates are contesting 266 seats.",
        [("4,312", None, None, False, "candidates"), ("266", None, None, False, "seats")],
    ),
    (
        "invented/wire: according to government estimates, two counts",
        "The floods affected 33 million people and damaged 2 million homes, according to "
        "government estimates.",
        [("33 million", ANY, ACC, False, "people"), ("2 million", ANY, ACC, False, "homes")],
    ),
    (
        "invented/wire: Of the N migrants intercepted, M",
        "Of the 1,800 migrants intercepted, 1,100 were sent back to Libya.",
        [("1,100", None, None, False, "migrants")],
    ),
    (
        "invented/wire: employs N people in M countries",
        "The company employs 14,000 people in 30 countries.",
        [("14,000", None, None, False, "people"), ("30", None, None, False, "countries")],
    ),
    (
        "invented/wire: a rate with no whole",
        "Inflation hit 38 per cent in May, the highest in the region.",
        [("38 per cent", None, None, False, None)],
    ),
    (
        "invented/wire: N of the M judges",
        "Three of the five judges dissented.",
        [("Three", None, None, False, "judges"), ("five", None, None, False, "judges")],
    ),
    (
        "invented/Dawn: camps for flood-affected families",
        "Authorities have set up 22 camps for about 9,000 flood-affected families.",
        [("22", None, None, False, "camps"), ("about 9,000", None, None, False, "families")],
    ),
    (
        "invented/wire: N survivors and M bodies",
        "Rescuers pulled 11 survivors and 3 bodies from the river.",
        [("11", None, None, False, "survivors"), ("3", None, None, False, "bodies")],
    ),
    (
        "invented/wire: Speaking on the sidelines, the minister said",
        "Speaking on the sidelines of the summit, Bangladesh's foreign minister Hasan Mahmud "
        "said the country hosted 1.2 million Rohingya.",
        [("1.2 million", "Hasan Mahmud", SAID, False, "rohingya")],
    ),
    (
        "invented/wire: the ministry of health told Reuters",
        "The ministry of health told Reuters that 7 hospitals had closed.",
        [("7", "ministry of health", TOLD, False, "hospitals")],
    ),
    (
        "invented/wire: local media reported that",
        "Local media reported that 35 people had died.",
        [("35", "Local media", "reported", False, "people")],
    ),
    (
        "invented/AFP: officials, speaking on condition of anonymity, told AFP",
        "Pakistani security officials, speaking on condition of anonymity, told AFP that 15 "
        "militants were killed.",
        [("15", "Pakistani security officials", TOLD, False, "militants")],
    ),
    (
        "invented/Reuters: a report seen by Reuters is not Reuters's",
        "According to a UN Security Council report seen by Reuters, the group has about 6,000 "
        "fighters.",
        [("about 6,000", "UN Security Council", ACC, False, "fighters")],
    ),
    (
        "invented/wire: the Taliban say they have",
        "The Taliban say they have recruited 150,000 men.",
        [("150,000", "Taliban", "say", False, "men")],
    ),
]
CASES += CASES_3

# Fourth batch, written by hand after the third batch's fixes and before the extractor was
# run on it: sources carried across sentences, "as per", replies, tallies by news agencies.
CASES_4: list[tuple[str, str, list[tuple]]] = [
    (
        "invented/wire: 'They show', figures released in the sentence before",
        "The Interior Ministry on Monday released new figures. They show 14,000 people were "
        "deported in May.",
        [("14,000", "Interior Ministry", "show", False, "people")],
    ),
    (
        "invented/OCHA: In its latest update, X said",
        "In its latest update, OCHA said 1.7 million people were displaced.",
        [("1.7 million", "OCHA", SAID, False, "people")],
    ),
    (
        "invented/Dawn: A spokesman for Y, name, said",
        "A spokesman for the provincial government, Feroz Shah, said 200 schools had been damaged.",
        [("200", "Feroz Shah", SAID, False, "schools")],
    ),
    (
        "invented/wire: a quote attributed with according to",
        "\u201cAround 2,000 families are still without shelter,\u201d according to Marta Ruiz, "
        "who leads the Red Cross team in the area.",
        [("Around 2,000", "Marta Ruiz", ACC, False, "families")],
    ),
    (
        "invented/wire: officials estimate that N per cent of the crop",
        "Officials estimate that around 30 per cent of the crop has been lost.",
        [("around 30 per cent", "Officials", "estimate", False, "crop")],
    ),
    (
        "invented/Guardian: a figure disputed by campaigners",
        "The Home Office said it had returned 9,500 people, a figure disputed by campaigners.",
        [("9,500", "Home Office", SAID, False, "people")],
    ),
    (
        "invented/The Hindu: as per the data shared by",
        "As per the data shared by the district administration, 1,245 families have been shifted.",
        [("1,245", "district administration", "as per", False, "families")],
    ),
    (
        "invented/Dawn: sources in the ministry said that",
        "Sources in the interior ministry said that over 50,000 applications were pending.",
        [("over 50,000", "Sources in the interior ministry", SAID, False, "applications")],
    ),
    (
        "invented/Dawn: the department has confirmed N cases",
        "The provincial health department has confirmed 312 dengue cases so far.",
        [("312", "provincial health department", "confirmed", False, "cases")],
    ),
    (
        "invented/AP: the AP counted",
        "The Associated Press counted at least 25 bodies at the scene.",
        [("at least 25", "Associated Press", "counted", False, "bodies")],
    ),
    (
        "invented/wire: according to the country's health ministry, which",
        "At least 300 people have been killed, according to the country's health ministry, "
        "which does not distinguish between civilians and combatants.",
        [("At least 300", "the country's health ministry", ACC, False, "people")],
    ),
    (
        "invented/The Hindu: the police spokesman, Inspector name, said",
        "Fifty-two people were arrested, the police spokesman, Inspector Rahul Verma, said.",
        [("Fifty-two", "Rahul Verma", SAID, False, "people")],
    ),
    (
        "invented/Q&A: he replied",
        "Interior Secretary Khurram Agha visited Torkham on Sunday. Asked how many had left, "
        "he replied: \u201cMore than 3,000 since Friday, and more are coming.\u201d",
        [("More than 3,000", "Khurram Agha", "replied", False, ANY)],
    ),
    (
        "invented/wire: data compiled by X shows the number of Y rose to N",
        "Data compiled by Reuters shows the number of attacks rose to 43 in May.",
        [("43", "Reuters", "shows", False, "attacks")],
    ),
    (
        "invented/wire: the UN estimated in March that",
        "The UN estimated in March that 4.5 million people needed aid.",
        [("4.5 million", "UN", "estimated", False, "people")],
    ),
    (
        "invented/wire: witnesses told Reuters they saw",
        "Witnesses told Reuters they saw at least 20 bodies.",
        [("at least 20", "Witnesses", TOLD, False, "bodies")],
    ),
    (
        "invented/wire: the UN refugee agency says at the end",
        "Pakistan hosts around 1.4 million registered Afghan refugees, the UN refugee agency says.",
        [("around 1.4 million", "the UN refugee agency", "says", False, "refugees")],
    ),
    (
        "invented/wire: N of our M ambulances, said Dr X, director of Y",
        "\u201cOnly 12 of our 40 ambulances work,\u201d said Dr Samir Haddad, director of "
        "Al-Shifa hospital.",
        [
            ("12", "Samir Haddad", SAID, False, "ambulances"),
            ("40", "Samir Haddad", SAID, False, "ambulances"),
        ],
    ),
    (
        "invented/wire: state broadcaster X said",
        "The death toll from the quake has risen to 2,100, state broadcaster TRT said.",
        [("2,100", "TRT", SAID, False, ANY)],
    ),
    (
        "invented/Dawn: officials in Sindh said ..., adding that",
        "Relief officials in Sindh said on Friday that 1.5 million people had been displaced, "
        "adding that 400 camps had been set up.",
        [
            ("1.5 million", "Relief officials in Sindh", SAID, False, "people"),
            ("400", "Relief officials in Sindh", ANY, False, "camps"),
        ],
    ),
    (
        "invented/wire: the UN's children's agency said",
        "The UN's children's agency said at least 500 children had been killed.",
        [("at least 500", "the UN's children's agency", SAID, False, "children")],
    ),
    (
        "invented/BBC: the BBC has learned, then a named source",
        "Nearly 4,000 asylum seekers are housed in hotels in the city, council leader Sarah "
        "Brennan said.",
        [("Nearly 4,000", "Sarah Brennan", SAID, False, "seekers")],
    ),
    (
        "invented/wire: a figure the spokesman gave earlier, then 'he added'",
        "Army spokesman Lt Col Nadeem Akhtar said 14 soldiers were wounded. Three of them are "
        "in critical condition, he added.",
        [
            ("14", "Nadeem Akhtar", SAID, False, "soldiers"),
            ("Three", "Nadeem Akhtar", "added", False, "soldiers"),
        ],
    ),
]
CASES += CASES_4

# Fifth batch, written by hand after the fourth batch's fixes and before the extractor was
# run on it: what is counted in general news (sport, business, health, disasters, polls).
CASES_5: list[tuple[str, str, list[tuple]]] = [
    (
        "invented/sport: N of their last M matches",
        "Manchester City have won 12 of their last 15 matches.",
        [("12", None, None, False, "matches"), ("15", None, None, False, "matches")],
    ),
    (
        "invented/health wire: a trial of N volunteers, the company said",
        "The vaccine was 91% effective in a trial of 30,000 volunteers, the company said.",
        [("30,000", "the company", SAID, False, "volunteers")],
    ),
    (
        "invented/wire: killed N people and destroyed M buildings",
        "The earthquake killed more than 50,000 people and destroyed 160,000 buildings.",
        [
            ("more than 50,000", None, None, False, "people"),
            ("160,000", None, None, False, "buildings"),
        ],
    ),
    (
        "invented/wire: N, or P% of the electorate",
        "Some 2.3 million voters, or 12% of the electorate, stayed at home.",
        [
            ("Some 2.3 million", None, None, False, "voters"),
            ("12%", None, None, False, "electorate"),
        ],
    ),
    (
        "invented/health: N of whom were in critical condition",
        "The hospital treated 312 patients, 45 of whom were in critical condition.",
        [("312", None, None, False, "patients"), ("45", None, None, False, "patients")],
    ),
    (
        "invented/business: delivered N vehicles",
        "Tesla delivered 466,000 vehicles in the second quarter.",
        [("466,000", None, None, False, "vehicles")],
    ),
    (
        "invented/business: N jobs, or about P% of its workforce",
        "The company will cut 10,000 jobs, or about 5% of its workforce.",
        [("10,000", None, None, False, "jobs"), ("about 5%", None, None, False, "workforce")],
    ),
    (
        "invented/wire: officials said N of the M houses",
        "Officials said 1,100 of the 1,500 houses in the village were damaged.",
        [("1,100", "Officials", SAID, False, "houses")],
    ),
    (
        "invented/The Hindu: new cases in the past 24 hours, the ministry said",
        "India reported 12,591 new Covid-19 cases in the past 24 hours, the health ministry said.",
        [
            ("12,591", "the health ministry", SAID, False, "cases"),
            ("24 hours", "the health ministry", SAID, False, "hours"),
        ],
    ),
    (
        "invented/sport: N fans watched",
        "More than 40,000 fans watched the final at Wembley.",
        [("More than 40,000", None, None, False, "fans")],
    ),
    (
        "invented/wire: build N affordable homes",
        "The government plans to build 5 million affordable homes by 2030.",
        [("5 million", None, None, False, "homes")],
    ),
    (
        "invented/health: P% of the world's population, the WHO says",
        "About 15% of the world's population lives with some form of disability, the WHO says.",
        [("About 15%", "WHO", "says", False, "population")],
    ),
    (
        "invented/sport: N goals in the last M minutes",
        "The team scored 3 goals in the last 10 minutes.",
        [("3", None, None, False, "goals"), ("10 minutes", None, None, False, "minutes")],
    ),
    (
        "invented/wire: acres of forest",
        "The blaze destroyed 1,200 acres of forest.",
        [("1,200 acres", None, None, False, "acres")],
    ),
    (
        "invented/poll: the M respondents",
        "Two-thirds of the 600 respondents said prices had risen.",
        [("600", None, None, False, "respondents")],
    ),
    (
        "invented/NGO: N food packs and M blankets",
        "Volunteers distributed 2,500 food packs and 800 blankets.",
        [("2,500", None, None, False, "packs"), ("800", None, None, False, "blankets")],
    ),
    (
        "invented/wire: a rate, the statistics bureau said",
        "Nigeria's inflation rate rose to 33.2 per cent in March, the statistics bureau said.",
        [("33.2 per cent", "the statistics bureau", SAID, False, None)],
    ),
    (
        "invented/wire: a loan approved is not an attribution",
        "The IMF approved a $3 billion loan for Pakistan.",
        [("$3 billion", None, None, False, "USD")],
    ),
    (
        "invented/Dawn: a rescue service with a number in its name",
        "At least 8 people died and 30 were injured when a bus overturned, Rescue 1122 said.",
        [
            ("At least 8", "Rescue 1122", SAID, False, "people"),
            ("30", "Rescue 1122", SAID, False, "people"),
        ],
    ),
    (
        "invented/Dawn: per cent of respondents, according to a survey",
        "Over 70 per cent of respondents in Karachi said they felt unsafe, according to a "
        "Gallup Pakistan survey.",
        [("Over 70 per cent", "Gallup Pakistan", ACC, False, "respondents")],
    ),
    (
        "invented/business: passengers, up P per cent",
        "The airline carried 4.5 million passengers last year, up 12 per cent.",
        [
            ("4.5 million", None, None, False, "passengers"),
            ("12 per cent", None, None, False, None),
        ],
    ),
    (
        # added after batch 5 was scored: the form was seen in the output on
        # tests/fixtures/longform/10-us-border.txt (a dateline kept in the source)
        "invented/Reuters: a dateline with (Reuters) and a hyphen before the subject",
        "WASHINGTON (Reuters) - U.S. Customs and Border Protection recorded 128,900 "
        "encounters with migrants in March.",
        [
            (
                "128,900",
                "U.S. Customs and Border Protection",
                "recorded",
                False,
                "encounters",
            )
        ],
    ),
    (
        "invented/wire: among the detained were N minors",
        "Among the 2,000 detained were 300 minors.",
        [("300", None, None, False, "minors")],
    ),
]
CASES += CASES_5

# Sixth batch, written by hand after the fifth batch's fixes and before the extractor was
# run on it: short whole articles, where attribution is carried across sentences and
# paragraphs.
_ART_DAWN = (
    "PESHAWAR: More than 3,200 Afghan nationals were deported through the Torkham border on "
    "Tuesday, officials said.\n\n"
    "According to the Khyber district administration, 1,150 of those deported had been held "
    "in Peshawar's holding centres.\n\n"
    "\u201cWe are processing around 400 people every hour,\u201d said Irfan Wazir, the "
    "assistant commissioner at Torkham. He said 45 trucks carrying household goods had also "
    "crossed.\n\n"
    "The provincial government has set aside Rs 80 million for transport, an official of the "
    "home department told Dawn."
)
_ART_OCHA = (
    "GENEVA (Reuters) - Fighting in Sudan's El Fasher has forced some 130,000 people to flee "
    "in the past week, the United Nations said on Friday.\n\n"
    "The International Organization for Migration's Displacement Tracking Matrix recorded "
    "24,500 new arrivals in Tawila alone. Most of them are women and children, the agency "
    "said.\n\n"
    "UNICEF spokesperson James Elder told reporters in Geneva that at least 1,200 children "
    "had been separated from their families. \u201cMany have walked for three days without "
    "water,\u201d he said.\n\n"
    "Aid agencies have received only 12% of the $4.1 billion they need this year."
)
_ART_GUARDIAN = (
    "The number of people sleeping rough in London rose to 4,389 in the three months to June, "
    "figures from the Combined Homelessness and Information Network show.\n\n"
    "Of those, 2,100 were seen sleeping rough for the first time. Charities said the true "
    "figure was likely to be far higher.\n\n"
    "Matt Downie, the chief executive of Crisis, said: \u201cBehind each of these numbers is "
    "a person. We estimate 300,000 households are now in temporary accommodation.\u201d"
)
_ART_QA = (
    "Q: How many migrants have crossed the Dari\u00e9n Gap this year?\n"
    "A: Panama's migration service says about 212,000 people crossed between January and "
    "June, half of them Venezuelans.\n\n"
    "Q: How does that compare with last year?\n"
    "A: It is down about 20%, according to the service's own data."
)
CASES_6: list[tuple[str, str, list[tuple]]] = [
    (
        "invented/Dawn article: officials, according to, a quote, he said, an official told",
        _ART_DAWN,
        [
            ("More than 3,200", "officials", SAID, False, "nationals"),
            ("1,150", "Khyber district administration", ACC, False, ANY),
            ("around 400", "Irfan Wazir", SAID, False, "people"),
            ("45", "Irfan Wazir", SAID, False, "trucks"),
            ("Rs 80 million", "an official of the home department", TOLD, False, "PKR"),
        ],
    ),
    (
        "invented/Reuters-OCHA article: the UN, a matrix recorded, a spokesperson, he said",
        _ART_OCHA,
        [
            ("some 130,000", "United Nations", SAID, False, "people"),
            (
                "24,500",
                "International Organization for Migration's Displacement Tracking Matrix",
                "recorded",
                False,
                "arrivals",
            ),
            ("at least 1,200", "James Elder", TOLD, False, "children"),
            ("three days", "James Elder", SAID, False, "days"),
            ("12%", None, None, False, ANY),
            ("$4.1 billion", None, None, False, "USD"),
        ],
    ),
    (
        "invented/Guardian article: figures from X show, of those, a quote after said:",
        _ART_GUARDIAN,
        [
            ("4,389", "Combined Homelessness and Information Network", "show", False, "people"),
            (
                "three months",
                "Combined Homelessness and Information Network",
                "show",
                False,
                "months",
            ),
            ("2,100", None, None, False, "people"),
            ("300,000", "Matt Downie", SAID, False, "households"),
        ],
    ),
    (
        "invented/AP explainer: Q&A, says, then according to the service's own data",
        _ART_QA,
        [
            ("about 212,000", "Panama's migration service", "says", False, "people"),
            ("about 20%", "Panama's migration service", ACC, False, None),
        ],
    ),
]
CASES += CASES_6

# Seventh batch, written by hand after the sixth batch's fixes and before the extractor was
# run on it: interviews, posts, offices, revised tolls, long agency names.
CASES_7: list[tuple[str, str, list[tuple]]] = [
    (
        "invented/wire: X said in an interview with Y",
        "Finance Minister Aurangzeb Khan said in an interview with Bloomberg that the country "
        "needed $25 billion.",
        [("$25 billion", "Aurangzeb Khan", SAID, False, "USD")],
    ),
    (
        "invented/wire: state media quoted X as saying",
        "State media quoted the health minister as saying 45 people had died.",
        [("45", "the health minister", ANY, False, "people")],
    ),
    (
        "invented/wire: the minister wrote on X that",
        "The minister wrote on X that 1,300 pilgrims had been evacuated.",
        [("1,300", "The minister", "wrote", False, "pilgrims")],
    ),
    (
        "invented/wire: In a post on social media, X said",
        "In a post on social media, Governor Ali Amin said 700 houses had been washed away.",
        [("700", "Ali Amin", SAID, False, "houses")],
    ),
    (
        "invented/wire: according to a tally by The Associated Press",
        "At least 61 people have been killed, according to a tally by The Associated Press.",
        [("At least 61", "Associated Press", ACC, False, "people")],
    ),
    (
        "invented/wire: police put the toll at N, while hospital officials said M",
        "Police put the death toll at 9, while hospital officials said 14 people had died.",
        [
            ("9", "Police", "put", False, ANY),
            ("14", "hospital officials", SAID, False, "people"),
        ],
    ),
    (
        "invented/wire: the data, released by X on Thursday, show",
        "The data, released by Eurostat on Thursday, show 4.3 million people received protection.",
        [("4.3 million", "Eurostat", ANY, False, "people")],
    ),
    (
        "invented/wire: UN officials estimated the damage at",
        "UN officials estimated the damage at $3.3 billion.",
        [("$3.3 billion", "UN officials", "estimated", False, "USD")],
    ),
    (
        "invented/UN: a long agency name with its acronym",
        "The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said "
        "1.2 million people needed food aid.",
        [
            (
                "1.2 million",
                "United Nations Office for the Coordination of Humanitarian Affairs",
                SAID,
                False,
                "people",
            )
        ],
    ),
    (
        "invented/AFP: a doctor at the hospital told AFP after a quote",
        "\u201cMore than 800 people have died here,\u201d a doctor at the hospital told AFP.",
        [("More than 800", "a doctor at the hospital", TOLD, False, "people")],
    ),
    (
        "invented/wire: one aid worker, who did not want to be named, said",
        "One aid worker, who did not want to be named, said 60 bodies were found.",
        [("60", "One aid worker", SAID, False, "bodies")],
    ),
    (
        "invented/wire: the Pentagon said",
        "The Pentagon said about 2,500 US troops were in Iraq.",
        [("about 2,500", "Pentagon", SAID, False, "troops")],
    ),
    (
        "invented/wire: Kenya's interior minister, name, said",
        "Kenya's interior minister, Kipchumba Oduya, said 53 people had died in the floods.",
        [("53", "Kipchumba Oduya", SAID, False, "people")],
    ),
    (
        "invented/wire: the government said, then it revised the figure",
        "Last week the government said 2,000 homes had been destroyed. On Monday it raised the "
        "figure to 2,600.",
        [
            ("2,000", "the government", SAID, False, "homes"),
            ("2,600", ANY, ANY, False, "homes"),
        ],
    ),
]
CASES += CASES_7

# Eighth batch, written by hand after the seventh batch's fixes and before the extractor was
# run on it: figures near a reporting-like word that nobody is reported as saying.
CASES_8: list[tuple[str, str, list[tuple]]] = [
    (
        "invented/wire: police found bodies (a finding, not a report)",
        "Police found 12 bodies in the river on Sunday.",
        [("12", None, None, False, "bodies")],
    ),
    (
        "invented/wire: one of N people who testified",
        "He was one of 300 people who testified before the commission.",
        [("300", None, None, False, "people")],
    ),
    (
        "invented/wire: a film which shows",
        "The film, which shows 40 refugees crossing the sea, won an award.",
        [("40", None, None, False, "refugees")],
    ),
    (
        "invented/wire: refugees who were registered",
        "The 2,000 refugees who were registered in March have left the camp.",
        [("2,000", None, None, False, "refugees")],
    ),
    (
        "invented/wire: reported missing, passive",
        "Nearly 500 people were reported missing after the storm.",
        [("Nearly 500", None, None, False, "people")],
    ),
    (
        "invented/wire: marched, chanting slogans",
        "Some 4,000 people marched in the capital, chanting slogans.",
        [("Some 4,000", None, None, False, "people")],
    ),
    (
        "invented/UN: member states voted",
        "The UN's 193 member states voted on the resolution.",
        [("193", None, None, False, "states")],
    ),
    (
        "invented/wire: reported cases rose to N",
        "Reported cases rose to 3,400 in the week to Sunday.",
        [("3,400", None, None, False, "cases")],
    ),
    (
        "invented/wire: the estimated N residents",
        "The estimated 1,500 residents of the island have been evacuated.",
        [("1,500", None, None, False, "residents")],
    ),
    (
        "invented/wire: in a statement, N rights groups called",
        "In a statement released on Tuesday, 12 rights groups called for an inquiry.",
        [("12", None, None, False, "groups")],
    ),
    (
        "invented/wire: authorities have yet to say how many",
        "Authorities have yet to say how many of the 3,000 protesters were detained.",
        [("3,000", None, None, False, "protesters")],
    ),
    (
        # added after batch 8 was scored: the form was seen in the output on
        # tests/fixtures/longform/20-courts.txt ("court filings in case No")
        "invented/wire: an 'in' phrase that names no place or body is not the source's",
        "Investors lost $5 million, according to court filings in the case.",
        [("$5 million", "court filings", ACC, False, "USD")],
    ),
    (
        "invented/wire: who said, in a relative clause about someone else",
        "The boat, which officials said was carrying 70 people, sank off the coast.",
        [("70", "officials", SAID, False, "people")],
    ),
]
CASES += CASES_8

# Batch 9 (lead, after the sources3 merge): forms seen in real wire, UN and health copy
# read while probing, rewritten as invented sentences; written before the run.
CASES_9: list[tuple[str, str, list[tuple]]] = [
    (
        "invented/wire: according to government figures",
        "At least 39 deaths were reported in the north, according to government figures.",
        [("At least 39", "the government", ACC, False, "deaths")],
    ),
    (
        "invented/UN: reported by X to be ... as of",
        "Some 114,000 people are reported by OCHA to be newly displaced as of 20 May.",
        [("Some 114,000", "OCHA", "reported", False, "people")],
    ),
    (
        "invented/daily: according to X with no comma before the clause",
        "According to provincial officials the number of displaced people has risen to 1.1 "
        "million.",
        [("1.1 million", "provincial officials", ACC, False, "people")],
    ),
    (
        "invented/UN: X figures reveal",
        "UNHCR figures reveal that over 400,000 migrants have been deported since September.",
        [("over 400,000", "UNHCR", "reveal", False, "migrants")],
    ),
    (
        "invented/daily: a quote, expressed X",
        '"I have lived here for 40 years," expressed Habibullah, a carpenter from Peshawar.',
        [("40 years", "Habibullah", "expressed", False, "years")],
    ),
    (
        "invented/health: the number of X announced (no speaker)",
        "The latest figures are four times the number of deaths announced two weeks ago.",
        [("two weeks", None, None, False, "weeks")],
    ),
    (
        "invented/health: cases admitted ... is N (no speaker)",
        "The total number of measles cases admitted to hospitals so far is 1,844.",
        [("1,844", None, None, False, "cases")],
    ),
    (
        "invented/wire: according to an agency whose name holds 'U.S.'",
        "Apprehensions fell to nearly 420,000, according to the U.S. Border Patrol (USBP).",
        [("nearly 420,000", "U.S. Border Patrol", ACC, False, "apprehensions")],
    ),
    (
        "invented/wire: numbers released by an agency whose name holds 'U.S.'",
        "Agents apprehended more than 1,148,000 migrants, according to year-end numbers "
        "released by U.S. Customs and Border Protection on Tuesday.",
        [("more than 1,148,000", "U.S. Customs and Border Protection", ACC, False, "migrants")],
    ),
    # data described but not owned keep their whole phrase ("Provisional figures", not
    # "Provisional"), as "Official figures show" keeps its reporting verb above
    (
        "invented/wire: figures described, not owned",
        "Provisional figures show that 40 people died in the storm.",
        [("40", "Provisional figures", "show", False, "people")],
    ),
    (
        "invented/daily: according to data described by its subject",
        "According to official immigration data, 71,438 families have returned.",
        [("71,438", "official immigration data", ACC, False, "families")],
    ),
    (
        "invented/wire: police data",
        "Police data showed 40 arrests in the first week.",
        [("40", "police", "showed", False, "arrests")],
    ),
    (
        "invented/NGO: a name with a capitalised preposition inside",
        "Doctors Without Borders said 300 people were treated in the camp.",
        [("300", "Doctors Without Borders", SAID, False, "people")],
    ),
    (
        "invented/wire: Reporters Without Borders",
        "Reporters Without Borders said 45 journalists were killed last year.",
        [("45", "Reporters Without Borders", SAID, False, "journalists")],
    ),
    (
        "invented/wire: it, then an adverb, then the verb",
        "The health ministry said 300 people had died. It further stated that 4,000 people "
        "had been wounded.",
        [("4,000", "health ministry", "stated", False, "people")],
    ),
]
CASES += CASES_9

# Batch 10 (session 4, lead): forms read in real poll and US immigration copy (Pew-style
# short reads), cases invented. Written before the fixes; no row passed whole (source 2, head 2 of 7).
CASES_10 = [
    (
        "invented/poll copy: a share of the sample says",
        "Half of U.K. adults say they have cut back on heating this winter.",
        [("Half", None, None, False, "adults")],
    ),
    (
        "invented/poll copy: N in M of the sample told researchers",
        "Three in four parents told researchers they worried about school fees.",
        [("Three in four", None, None, False, "parents")],
    ),
    (
        "invented/poll copy: a fraction of the sample said",
        "Two-thirds of voters said the economy mattered most to them.",
        [("Two-thirds", None, None, False, "voters")],
    ),
    (
        "invented/wire: a dotted abbreviation before the counted noun",
        "Some 2,000 U.S. troops will leave the base by March.",
        [("Some 2,000", None, None, False, "troops")],
    ),
    (
        "invented/poll copy: a share of a dotted-abbreviation group",
        "About 45% of U.K. voters backed the plan.",
        [("About 45%", None, None, False, "voters")],
    ),
    (
        "invented/US immigration copy: a visa class with a number before the noun",
        "Nearly 400,000 H-1B applications were approved last year, officials said.",
        [("Nearly 400,000", "officials", SAID, False, "applications")],
    ),
    (
        "invented/US immigration copy: a visa class after a grouped number",
        "About 85,000 H-2A visas are issued each year, the department said.",
        [("About 85,000", "the department", SAID, False, "visas")],
    ),
]
CASES_10 += [
    (
        "invented/population release: data described with 'The' before it",
        "The preliminary estimates show that the population grew by 81,300 in the quarter.",
        [("81,300", "The preliminary estimates", "show", False, ANY)],
    ),
]
CASES_10 += [
    (
        "invented/US city copy: a later 'but X said' clause speaks for itself",
        "The state has so far pledged $90 million for shelters, but the mayor said the city "
        "has yet to see any of it.",
        [("$90 million", None, None, False, "USD")],
    ),
    (
        "invented/South Asian daily: 'while', then a closing 'according to' (guard)",
        "More than 3,000 people live in 12 camps, while 800 more sleep outdoors, according "
        "to the district office.",
        [("More than 3,000", "district office", ACC, False, "people")],
    ),
]
CASES_10 += [
    (
        "invented/UK copy: according to an owner's annual report",
        "The bill has risen to £9m a day, according to the Home Office's annual report.",
        [("£9m", "Home Office", ACC, False, "GBP")],
    ),
]
CASES_10 += [
    (
        "invented/wire feature: a quote, then 'said' and an age before the name",
        '"My brother came here 30 years ago," said 47-year-old Gul Rahman, a shopkeeper.',
        [("30 years", "Gul Rahman", SAID, False, "years")],
    ),
    (
        "invented/wire feature: a quote, then 'said a N-year-old' and a noun",
        '"We sold 4 cows to pay for the truck," said a 61-year-old farmer.',
        [("4", "a farmer", SAID, False, "cows")],
    ),
    (
        "invented/wire: according to a dotted abbreviation before a noun",
        "According to U.N. agencies, more than 1.5 million people have fled.",
        [("more than 1.5 million", "U.N. agencies", ACC, False, "people")],
    ),
]
CASES_10 += [
    (
        "invented/poll copy: a share followed by a verb of holding or thinking",
        "The richest 10% own half the land, and 35% think prices will rise.",
        [("10%", None, None, False, None), ("35%", None, None, False, None)],
    ),
]
CASES_10 += [
    (
        "invented/business copy: an N-strong noun counts that noun",
        "The firm will cut 900 jobs from its 12,000-strong workforce.",
        [("12,000", None, None, False, "workforce")],
    ),
    (
        "invented/business copy: a share of a whole named after it",
        "The firm will cut about 7% of its 12,000-strong workforce.",
        [("about 7%", None, None, False, "workforce")],
    ),
]
CASES_10 += [
    (
        "invented/wire: a body's name set off after the noun that describes it",
        "The UN refugee agency, UNHCR, said 1,400 people had crossed since Monday.",
        [("1,400", "UNHCR", SAID, False, "people")],
    ),
    (
        "invented/wire: a described body with its acronym in brackets",
        "The UN migration agency, the International Organization for Migration (IOM), "
        "estimated that 2,600 people had left.",
        [("2,600", "International Organization for Migration", "estimated", False, "people")],
    ),
]
CASES_10 += [
    (
        "invented/South Asian daily: a title's possessive office as the source",
        "The Chief Minister's Office said 260 families had been moved to camps.",
        [("260", "Chief Minister's Office", SAID, False, "families")],
    ),
]
# 10j (session 5, lead): "the ministry said" after a sentence whose source was a plural
# of people ("Officials estimate that ..."): the generic noun took that source, a group of
# people, as the last named body. Forms read in real wire copy; sentences invented.
CASES_10 += [
    (
        "invented/wire: the ministry after officials",
        "Officials estimate that 15,000 homes were destroyed. The ministry said 42 soldiers "
        "had been wounded.",
        [("42", "the ministry", SAID, False, "soldiers")],
    ),
    (
        "invented/wire: in a statement, the ministry, after police",
        "Police said 300 people were detained. In a statement, the ministry said 12 of them "
        "were minors.",
        [("12", "the ministry", SAID, False, ANY)],
    ),
    (
        "invented/wire: a report, published by a body, found",
        "The report, published by Human Rights Watch on Tuesday, found that 85 detainees had "
        "died in custody.",
        [("85", "Human Rights Watch", "found", False, "detainees")],
    ),
    (
        "invented/wire: a survey, carried out by a body, found",
        "The survey, carried out by the national statistics office, found 2.3 million people "
        "had moved abroad.",
        [("2.3 million", "the national statistics office", "found", False, "people")],
    ),
    (
        "invented/wire: the agency after its name (guard)",
        "UNHCR said 3,000 people arrived on Monday. The agency said 400 of them were children.",
        [("400", "UNHCR", SAID, False, ANY)],
    ),
]
CASES += CASES_10

# Batch 11 (session 6, lead): crowd and wire copy read in real reports (march turnouts with
# police and organisers' estimates; "cited X as saying"); sentences invented, expected
# values written before the run. Each failed before the fix (source None, or "estimates from
# organizers" with the data noun left in).
CASES_11: list[tuple[str, str, list[tuple]]] = [
    (
        "invented/wire: cited X as saying",
        "Reuters cited two border officials as saying at least 60 trucks were turned back.",
        [("at least 60", "two border officials", "saying", False, "trucks")],
    ),
    (
        "invented/wire: cited X as estimating",
        "Local radio cited the governor's office as estimating the crowd at 45,000.",
        [("45,000", "the governor's office", "estimating", False, ANY)],
    ),
    (
        "invented/crowd copy: according to figures from police (no article)",
        "Some 25,000 people joined the march, according to figures from police.",
        [("Some 25,000", "police", ACC, False, "people")],
    ),
    (
        "invented/crowd copy: according to estimates from organisers",
        "About 70,000 people took part, according to estimates from march organisers.",
        [("About 70,000", "march organisers", ACC, False, "people")],
    ),
    (
        "invented/crowd copy: according to an estimate from a ministry",
        "Nearly 9,000 people rallied, according to an estimate from the Interior Ministry.",
        [("Nearly 9,000", "Interior Ministry", ACC, False, "people")],
    ),
    (
        # a guard with no source when first written; the progressive ("were estimating
        # that") is read since batch 12 below, so the police are its source
        "invented/crowd copy: were estimating that",
        "Police were estimating that 12,000 people had gathered.",
        [("12,000", "Police", "estimating", False, "people")],
    ),
]
CASES += CASES_11

# Batch 12 (session 6, lead): pilgrimage death-toll copy, where each country reports its own
# dead in one sentence. "B reported 98" after "A reported 199 deaths and" had the subject
# "A reported 199 deaths and B" (a count, so no source, so A's verb); "has so far reported
# 199 deaths" read "reported" as an adjective; a verb after ", and" reached back to the
# figure before it. Sentences invented, expected values written before the run.
CASES_12: list[tuple[str, str, list[tuple]]] = [
    (
        "invented/wire: A reported N deaths and B reported M",
        "Malaysia reported 57 deaths and Jordan reported 41.",
        [("57", "Malaysia", "reported", False, "deaths"), ("41", "Jordan", "reported", False, ANY)],
    ),
    (
        "invented/wire: A said N died and B said M",
        "Tunisia said 35 pilgrims died and Morocco said 22.",
        [("35", "Tunisia", SAID, False, "pilgrims"), ("22", "Morocco", SAID, False, ANY)],
    ),
    (
        "invented/wire: has so far reported N deaths",
        "Algeria has so far reported 64 deaths.",
        [("64", "Algeria", "reported", False, "deaths")],
    ),
    (
        "invented/wire: has already recorded N cases",
        "The health ministry has already recorded 310 cases.",
        [("310", "The health ministry", "recorded", False, "cases")],
    ),
    (
        "invented/weather copy: said N ..., and warned of: the verb before",
        "The met office said 250mm of rain could fall within 36 hours, and warned of landslides.",
        [
            ("250mm", "The met office", SAID, False, ANY),
            ("36 hours", "The met office", SAID, False, ANY),
        ],
    ),
    (
        "invented/guard: two speakers joined by ', and'",
        "Police said 40 people died, and the mayor said 12 were missing.",
        [("40", "Police", SAID, False, "people"), ("12", "the mayor", SAID, False, ANY)],
    ),
]
CASES += CASES_12

# Batch 12b (session 6, lead): headlines and market copy. "Tesla shares slump 12% after
# profit warning" gave the source "profit" ("warning" after a noun is a noun); "Officials
# are warning that ..." and "have been saying" lost their subject (a be-auxiliary before an
# -ing verb was read as a passive). Sentences invented, expected values written before.
CASES_12 += [
    (
        "invented/headline: after profit warning (no source)",
        "Retailer's shares slide 9% after profit warning",
        [("9%", None, None, False, None)],
    ),
    (
        "invented/wire: are warning that",
        "Aid agencies are warning that 300,000 people could run out of food.",
        [("300,000", "Aid agencies", "warning", False, "people")],
    ),
    (
        "invented/wire: have been saying for weeks that",
        "Doctors have been saying for weeks that 40 clinics are short of staff.",
        [("40", "Doctors", "saying", False, "clinics")],
    ),
    (
        "invented/guard: a comma before warning that",
        "The agency raised its appeal to $900 million, warning that 2 million people face hunger.",
        [
            ("$900 million", "The agency", ANY, False, ANY),
            ("2 million", "The agency", ANY, False, "people"),
        ],
    ),
]
CASES_12 += [
    (
        "invented/agency copy: is projecting that",
        "The UN mission is projecting that up to 250,000 returnees may arrive by March.",
        [("up to 250,000", "The UN mission", "projecting", False, "returnees")],
    ),
]
CASES += CASES_12[6:]

# Batch 13 (session 7, lead): auction and retail copy. "..., Christie's said." and
# "McDonald's told investors" lost their source (a verb after a name's 's was read as a noun,
# as in "Oxfam's report"); "Only two sold below estimate" gave the source "Only two sold
# below" ("estimate" after a preposition is a noun). Sentences invented, expected values
# written before; the three non-guard rows failed before the fix.
CASES_13 = [
    (
        "invented/auction copy: a house's name with its 's before said",
        "A portrait by the painter sold for $12.4 million on Tuesday, Sotheby's said.",
        [("$12.4 million", "Sotheby's", "said", False, ANY)],
    ),
    (
        "invented/retail copy: a chain's name with its 's before told",
        "Sales rose 6% in the quarter, Sainsbury's told investors.",
        [("6%", "Sainsbury's", "told", False, ANY)],
    ),
    (
        "invented/auction copy: sold below estimate (no source)",
        "Of the 40 lots offered, only five sold below estimate.",
        [("five", None, None, False, ANY)],
    ),
    (
        "invented/guard: a noun after a possessive stays no verb",
        "Oxfam's report counted 2,300 deaths in the district.",
        [("2,300", "Oxfam", ANY, False, "deaths")],
    ),
]
# "the government's estimate of 1.7 million", "the IMF's forecast of 3.2%": the owner of an
# estimate right before the figure is its source (no source before); only that figure's
# ("214,120 ..., exceeding the agency's forecast of 185,000" keeps the first without one).
CASES_13 += [
    (
        "invented/wire: an owner's estimate of the figure",
        "The government's estimate of 1.4 million undocumented migrants is disputed by aid groups.",
        [("1.4 million", "The government", "estimate", False, "migrants")],
    ),
    (
        "invented/wire: an owner's latest tally, after a bound",
        "The UN's latest tally of more than 2,300 deaths was revised on Friday.",
        [("more than 2,300", "UN", "tally", False, "deaths")],
    ),
    (
        "invented/agency copy: only the figure after the owner's forecast",
        "So far 96,400 refugees have registered, exceeding the agency's forecast of 80,000.",
        [
            ("96,400", None, None, False, "refugees"),
            ("80,000", "the agency", "forecast", False, ANY),
        ],
    ),
]
# Market and event copy: a forecast by its subject ("Organisers expect 50,000", "Analysts
# polled by Reuters had expected a rise of 0.3%", "Economists forecast a rise of 0.2%") had
# no source: expect/expected join the reporting verbs (the passive "is expected to" has no
# agent and stays no one's), "forecast" after forecasters is a verb, and those polled speak
# rather than the pollster; a count-led phrase ("families surveyed by the agency") keeps the
# survey's author.
CASES_13 += [
    (
        "invented/market copy: analysts polled by a wire had expected",
        "Analysts polled by Reuters had expected a rise of 0.3% in May.",
        [("0.3%", "Analysts", "expected", False, None)],
    ),
    (
        "invented/event copy: organisers expect",
        "Organisers expect 50,000 people at Saturday's march.",
        [("50,000", "Organisers", "expect", False, "people")],
    ),
    (
        "invented/market copy: economists forecast",
        "Economists forecast a rise of 0.2% for the quarter.",
        [("0.2%", "Economists", "forecast", False, None)],
    ),
    (
        "invented/guard: is expected to (no agent)",
        "The economy is expected to grow 2% this year.",
        [("2%", None, None, False, None)],
    ),
    (
        "invented/guard: families surveyed by the agency",
        "Nine out of ten families surveyed by the agency reported debts averaging $900.",
        [("$900", "the agency", ANY, False, ANY)],
    ),
]
# "above the March estimate of 3.1%" gave the source "the March": a capitalised word before
# "estimate" made it a verb with a name as its subject; a month or a weekday names the
# noun's date.
CASES_13 += [
    (
        "invented/market copy: a month before estimate (no source)",
        "Exports rose 4% in the quarter, above the March estimate of 3.1%.",
        [("4%", None, None, False, ANY), ("3.1%", None, None, False, ANY)],
    ),
]
# (Review of the sport merge: "valued at" right after a noun is a participle, no valuer:
# the regression texts showed "a bid for a Dutch rival valued at about 4 billion euros"
# given the source "a bid for a Dutch rival".)
CASES_13 += [
    (
        "invented/guard: a rival valued at (no source)",
        "The group is weighing a bid for a rival valued at about 4 billion euros.",
        [("about 4 billion euros", None, None, False, ANY)],
    ),
]
CASES += CASES_13

# Rows that fail after this round's fixes, each with the reason (xfail strict, so a fix
# shows up): "case id #k" -> reason.
KNOWN_MISSES: dict[str, str] = {}

FIELDS = ("source", "reporting", "hedged", "head")


def _rows() -> list[tuple[str, str, tuple]]:
    out = []
    for cid, text, figs in CASES:
        for k, fig in enumerate(figs):
            out.append((f"{cid} #{k}", text, fig, k, figs))
    return out


ROWS = _rows()


def _locate(text: str, figs: list[tuple], k: int) -> int:
    pos = 0
    for j in range(k + 1):
        i = text.find(figs[j][0], pos)
        assert i >= 0, f"figure text {figs[j][0]!r} not in order"
        pos = i + (len(figs[j][0]) if j < k else 0)
    return pos


def _got(df: pd.DataFrame, start: int, end: int) -> dict | None:
    hit = df[(df["start"] < end) & (df["end"] > start)]
    if hit.empty:
        return None
    r = hit.iloc[0]
    as_none = lambda v: None if pd.isna(v) else v  # noqa: E731
    return {
        "source": as_none(r["source"]),
        "reporting": as_none(r["reporting"]),
        "hedged": bool(as_none(r["hedged"]) or False),
        "head": as_none(r["head"]),
    }


def check(text: str, figs: list[tuple], k: int, df: pd.DataFrame | None = None) -> dict:
    """Which fields of row k agree: field -> (ok, wanted, got)."""
    fig, source, reporting, hedged, head = figs[k]
    start = _locate(text, figs, k)
    df = extract_figures(text) if df is None else df
    got = _got(df, start, start + len(fig))
    if got is None:
        return {f: (False, "figure", None) for f in FIELDS}
    res = {}
    res["source"] = (
        source is ANY or source_agrees(source, got["source"]),
        source,
        got["source"],
    )
    res["reporting"] = (
        reporting is ANY
        or (reporting is None and got["reporting"] is None)
        or (
            reporting is not None
            and got["reporting"] is not None
            and reporting.lower() == got["reporting"].lower()
        ),
        reporting,
        got["reporting"],
    )
    res["hedged"] = (hedged is ANY or hedged == got["hedged"], hedged, got["hedged"])
    res["head"] = (
        head is ANY or _norm_phrase(head) == _norm_phrase(got["head"]),
        head,
        got["head"],
    )
    return res


def _params():
    out = []
    for rid, text, _fig, k, figs in ROWS:
        marks = []
        if rid in KNOWN_MISSES:
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[rid])]
        out.append(pytest.param(text, figs, k, id=rid, marks=marks))
    return out


@pytest.mark.parametrize("text,figs,k", _params())
def test_source_reporting_hedged_head(text, figs, k):
    res = check(text, figs, k)
    bad = {f: (w, g) for f, (ok, w, g) in res.items() if not ok}
    assert not bad, bad


def test_table_size_and_ids():
    assert len(ROWS) >= 110
    assert len({r[0] for r in ROWS}) == len(ROWS)
    assert set(KNOWN_MISSES) <= {r[0] for r in ROWS}


if __name__ == "__main__":
    counts = dict.fromkeys(FIELDS, 0)
    whole = 0
    cache: dict[str, pd.DataFrame] = {}
    for rid, text, _fig, k, figs in ROWS:
        df = cache.setdefault(text, extract_figures(text))
        res = check(text, figs, k, df)
        for f, (ok, _w, _g) in res.items():
            counts[f] += ok
        whole += all(ok for ok, _w, _g in res.values())
        bad = {f: (w, g) for f, (ok, w, g) in res.items() if not ok}
        if bad:
            print(f"FAIL {rid}: {bad}")
    n = len(ROWS)
    print(" ".join(f"{f} {counts[f]}/{n}" for f in FIELDS), f"whole {whole}/{n}")
