"""How real reports are laid out and attributed, in invented texts, annotated by hand.

Session 4 read 28 real reports (wire copy from Reuters, AP and TNS; Stars and Stripes; a
Bangladeshi daily; Kenyan and Nigerian dailies and agency copy; Pakistani business dailies;
PTI/ANI copy in Indian papers; UK asylum explainers and a weekly's fact box; a Red Cross
tweet thread; a page-diff of a US paper) as they arrive after copy-paste or scraping, ran the
extractor on them and judged every row. None of their text is stored here: every text below
was invented in the style of a failure seen there (its id says which), with the expected
values written down by hand before the extractor was run on it.

``LAYOUT_CASES`` are whole texts with their page furniture (datelines, bylines, sign-off
lines, reading times, comment counters, timestamps, captions, lists, fact boxes, tables
pasted as text, footnote markers, odd spaces and line breaks): the figures are exactly the
listed ones, checked as tests/test_unseen_styles.py checks them. ``SOURCE_CASES`` check
who says so and what is counted, as tests/test_sources_heads.py does (same conventions:
the fullest name, a leading "the" ignored; ``None`` for the report's own voice).

First run, before this round's fixes: layout 11 of 21 texts passed, sources 3 of 27 rows.
(Two of the layout failures were the naira rows, whose first drafts named no Nigerian place:
the "N" prefix is read as naira only in a text about Nigeria, a documented gate, so the texts
were given the "Lagos" a Nigerian daily writes; the code was not changed for them.) Rows
marked as written after a fix were added to hold it. Second round (nine more real reports),
run on the commit before its fixes: 1 of its 2 layout texts and 6 of its 8 source rows
failed; the "IDP estimates vary" guard was written after the acronym fix, to hold it.
Third round (heads and part_of in explainer copy): 3 of its 3 head rows and 1 of its 2
part_of rows failed before their fixes (the other is a guard). Fourth round (AFP Sahel
copy, Bangladeshi dailies): 1 of 1 layout text, 6 of 6 source rows and 1 of 1 part_of row
failed before their fixes. Fifth round (live blogs): 1 of 1 layout text and 7 of 7 source
rows failed before their fixes. Sixth round (US local wildfire copy): 2 of 2 layout texts
and 2 of 2 source rows failed before their fixes. Seventh round (Indian flood copy, UK
Channel explainers): 1 of 1 layout text and 5 of 5 source rows failed before their fixes.
Quotations over several paragraphs: 3 of their 4 rows failed before the fix (the fourth
sits in the closing paragraph, attributed already; the third case is a guard). Eighth
round (Pakistani NDMA copy): 4 of its 5 source rows failed before their fixes (the fifth is
a guard). Data and tolls: 2 of 3 rows failed before their fixes (the third is a guard).
"""

from __future__ import annotations

import pandas as pd
import pytest
from figure_checks import ANY, check_figures

from analysis import extract_figures
from analysis.evaluate import _norm_phrase, source_agrees

C, P, M, D, X = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# (id, text, [(figure text, value or (low, high), bound, kind, unit)])
LAYOUT_CASES = [
    (
        "invented/wire: dateline with (Reuters) and a sign-off line",
        "KHARTOUM, March 4 (Reuters) - Fighting forced about 15,000 people from their homes "
        "in two days, the U.N. migration agency said on Tuesday.\n\n"
        "(Reporting by Omar Salih; Writing by Lena Ford; Editing by Tom Hale)",
        [("about 15,000", 15000, AP, C, None), ("two days", 2, E, D, "day")],
    ),
    (
        # seen: "1 Min Read" under a Reuters headline gave a figure, and its noun leaked
        # into the next figure's head
        "invented/web page: a reading time under the byline",
        "Floods cut off 12 villages\n\nBy Amina Yusuf\n\n4 min read\n\n"
        "Floodwater cut off 12 villages in the delta on Sunday, the district office said.",
        [("12", 12, E, C, None), ("12", 12, E, C, None)],
    ),
    (
        "invented/web page: a reading time in title case",
        "Storm batters coast\nReuters Staff\n3 Min Read\nThe storm damaged 640 homes.",
        [("640", 640, E, C, None)],
    ),
    (
        # seen: a "0" above "comments", and "0 : 0" share counters, at the foot of pages
        "invented/web page: comment and share counters on their own lines",
        "Clinic reopens after storm\n0\nComments\n"
        "The clinic treated 140 patients on its first day back.\n0 : 0",
        [("140", 140, E, C, None)],
    ),
    (
        # seen: "as on 31.12.2016" in ANI copy gave 31.12
        "invented/Indian press release: dates written with full stops",
        "The scheme covered 2.4 lakh farmers as on 31.03.2024 against 1.9 lakh on 30.9.2023.",
        [("2.4 lakh", 240000, E, C, None), ("1.9 lakh", 190000, E, C, None)],
    ),
    (
        # seen: "during 2016-’17" gave 17
        "invented/Indian daily: a fiscal year with an apostrophe",
        "Exports grew 8 per cent in 2019-’20 and 11 per cent in 2020-'21.",
        [("8 per cent", 8, E, P, "%"), ("11 per cent", 11, E, P, "%")],
    ),
    (
        # seen: a page-diff site's "Version 0 | Version 1 |" header
        "invented/page diff: version labels",
        "Version 1 | Version 2 |\nStorm kills 14 in coastal towns | Storm kills 16 in coastal "
        "towns |",
        [("14", 14, E, C, None), ("16", 16, E, C, None)],
    ),
    (
        "invented/US site: an updated timestamp line",
        "Updated 3:45 PM ET, Tue March 4, 2025\n"
        "The county counted 2,310 evictions last year, up 9% from 2023.",
        [("2,310", 2310, E, C, None), ("9%", 9, E, P, "%")],
    ),
    (
        "invented/African daily: a photo caption with its credit",
        "Residents wade through water in Beira on Monday. (Photo: Joao Silva/AFP)\n"
        "The cyclone destroyed 3,400 homes, officials said.",
        [("3,400", 3400, E, C, None)],
    ),
    (
        "invented/NGO release: a numbered list of points",
        "Key points:\n1. More than 600 schools are closed.\n2. About 40% of clinics lack "
        "power.\n3. Aid reached 12 districts.",
        [
            ("More than 600", 600, LO, C, None),
            ("About 40%", 40, AP, P, "%"),
            ("12", 12, E, C, None),
        ],
    ),
    (
        "invented/UN update: a fact box of lines 'Province: N'",
        "DISPLACED BY PROVINCE\nNangarhar: 12,480\nKunar: 3,905\nLaghman: 1,120",
        [("12,480", 12480, E, C, None), ("3,905", 3905, E, C, None), ("1,120", 1120, E, C, None)],
    ),
    (
        "invented/Pakistani daily: a table pasted with tabs",
        "District\tHouses destroyed\tPeople displaced\nSukkur\t1,240\t8,600\nLarkana\t980\t6,150",
        [
            ("1,240", 1240, E, C, None),
            ("8,600", 8600, E, C, None),
            ("980", 980, E, C, None),
            ("6,150", 6150, E, C, None),
        ],
    ),
    (
        "invented/Indian daily: an ALL CAPS headline over a dateline",
        "FLOODS DISPLACE 40,000 IN ASSAM\nGUWAHATI: Floods have displaced over 40,000 people "
        "in 11 districts, officials said.",
        [
            ("40,000", 40000, E, C, None),
            ("over 40,000", 40000, LO, C, None),
            ("11", 11, E, C, None),
        ],
    ),
    (
        "invented/explainer: footnote markers after figures",
        "Arrivals rose to 58,200[1] in 2023, while returns fell to 7,400.[2]",
        [("58,200", 58200, E, C, None), ("7,400", 7400, E, C, None)],
    ),
    (
        "invented/scraped page: a narrow no-break space and a no-break space",
        "The agency registered 12\u202f400 new arrivals and 3\u00a0million dollars in pledges.",
        [("12\u202f400", 12400, E, C, None), ("3\u00a0million dollars", 3e6, E, M, "USD")],
    ),
    (
        "invented/hard-wrapped wire: a line break inside a figure's phrase",
        "The storm left more than\n2,000 families without shelter and up to 15\nper cent of "
        "crops lost.",
        [("more than\n2,000", 2000, LO, C, None), ("up to 15\nper cent", 15, UP, P, "%")],
    ),
    (
        "invented/NGO release: bullets with figures first",
        "\u2022 1,200 households received cash\n\u2022 35 water points repaired\n"
        "\u2022 4 mobile clinics deployed",
        [("1,200", 1200, E, C, None), ("35", 35, E, C, None), ("4", 4, E, C, None)],
    ),
    (
        # seen: a Red Cross tweet quoted with its pic.twitter.com link
        "invented/social embed: a tweet with its link and signature",
        "Over 9,000 people have been moved to evacuation centres. pic.twitter.com/Ab12Cd\n"
        "\u2014 Philippine Red Cross (@philredcross) July 3, 2024",
        [("Over 9,000", 9000, LO, C, None)],
    ),
    (
        # seen: "300 million CFA" recovered from a counterfeiter (Nigerian agency copy)
        "invented/West African daily: CFA francs after a number",
        "Customs seized 250 million CFA francs and 40 million CFA in cash.",
        [("250 million CFA francs", 2.5e8, E, M, ANY), ("40 million CFA", 4e7, E, M, ANY)],
    ),
    (
        "invented/guard: list lines with no bullets stay lines",
        "1,200 households received cash\n35 water points were repaired\n4 clinics reopened",
        [("1,200", 1200, E, C, None), ("35", 35, E, C, None), ("4", 4, E, C, None)],
    ),
    (
        "invented/guard: a decimal before a full stop is no dotted date",
        "The index rose 12.5. Inflation eased to 9.2 per cent.",
        [("12.5", 12.5, E, C, None), ("9.2 per cent", 9.2, E, P, "%")],
    ),
    # --- second round: NGO releases, BBC explainers, Statista-style copy ------------------
    (
        # seen: "Francine ... 202.450.9153" under "Media Contact" gave 202.45
        "invented/NGO release: a media contact's phone written with full stops",
        "Media Contact\nDana Ruiz 212.555.0188\n\nNAIROBI (May 2, 2024) \u2014 More than 45,000 "
        "people have fled the fighting, the agency said.",
        [("More than 45,000", 45000, LO, C, None)],
    ),
    (
        # seen: a release's headline line ("... in the northern tip of Sri Lanka") joined to
        # the body line under it once wrapped bullets showed the text was hard-wrapped
        "invented/NGO release: a headline line over wrapped bullets",
        "40,000 families cut off by floods in the north of Mozambique\n"
        "Care International estimates 40,000 families are cut off.\nOur response so far:\n"
        "\u2022 2,300 households have received\nshelter kits and\ncooking sets\n"
        "\u2022 45 latrines have been\nbuilt in the camps",
        [
            ("40,000", 40000, E, C, None),
            ("40,000", 40000, E, C, None),
            ("2,300", 2300, E, C, None),
            ("45", 45, E, C, None),
        ],
    ),
    (
        # seen: "spread to the adjoining camps 10 and 12", "camp nos 8 and 9" gave 10 and 8
        "invented/Bangladeshi daily: camps by number, lower case",
        "The fire spread from camp nos 14 and 15 to the adjoining camps 16, 17 and 18, "
        "destroying 1,300 shelters.",
        [("1,300", 1300, E, C, None)],
    ),
    (
        # seen: "15: 12" heading a China Daily live report gave 15 and 12
        "invented/live blog: a time written with a space after the colon",
        "Live: quake hits the valley\n15: 12\nThe toll has risen to 71, officials said.\n"
        "14:52\nRescuers freed 34 people.",
        [("71", 71, E, C, None), ("34", 34, E, C, None)],
    ),
    (
        # seen: "County Fire Grows To 86,000 Acres, 27 Percent Containment" gave a count
        "invented/US local: a unit in a title-case headline",
        "Wildfire Burns 12,400 Acres, Forces 300 Evacuations",
        [("12,400 Acres", 12400, E, X, "acre"), ("300", 300, E, C, None)],
    ),
    (
        # seen: "a shelter at Serrano High School at 9292 Sheep Creek Road" gave 9292
        "invented/US local: a street address",
        "An evacuation centre for 150 people opened at 9275 Pine Valley Road.",
        [("150", 150, E, C, None)],
    ),
    (
        # seen: "toll free phone numbers -- 1070 for the State Emergency Operation Centre,
        # and 1077 for the District Emergency Operation Centre" gave 1077
        "invented/Indian daily: a list of helpline numbers",
        "Flood waters hit 240 villages. The state has set up helpline numbers: 108 for the "
        "state ambulance service and 112 for the district police.",
        [("240", 240, E, C, None)],
    ),
    (
        # seen: "not less than N50,000" in a Nigerian police statement
        "invented/Nigerian daily: a naira fine with a bound",
        "Lagos offenders face a fine of not less than N50,000 or six months in jail.",
        [("not less than N50,000", 50000, LO, M, "NGN"), ("six months", 6, E, D, "month")],
    ),
    (
        # seen: "N2,440,550.00 mint" in a Nigerian police statement
        "invented/Nigerian daily: naira with kobo written .00",
        "Lagos police recovered N1,305,200.00 in new notes from the suspects.",
        [("N1,305,200.00", 1305200, E, M, "NGN")],
    ),
]

SAID, TOLD = "said", "told"
# (id, text, [(figure text, source, reporting, hedged, head)]); a figure text is located at
# its first occurrence after the previous row's figure in the same text.
SOURCE_CASES: list[tuple[str, str, list[tuple]]] = [
    (
        # seen: "He too said all three officials were killed" gave the source "too"
        "invented/wire: he too said",
        "Rebel spokesman Idris Kamara denied the attack. He too said 12 fighters had died.",
        [("12", "Idris Kamara", SAID, False, "fighters")],
    ),
    (
        # seen: "the shooting claimed the life of" made "the shooting" a hedged source
        "invented/wire: claimed the lives of",
        "The blast, which claimed the lives of 14 workers, hit the mine on Monday.",
        [("14", None, None, False, "workers")],
    ),
    (
        "invented/wire: a fire claimed N lives",
        "The fire claimed 9 lives in the market.",
        [("9", None, None, False, "lives")],
    ),
    (
        # seen: "Finance Minister Ishaq Dar Tuesday said" gave "... Dar Tuesday"
        "invented/Pakistani daily: X Tuesday said",
        "ISLAMABAD: Planning Minister Ahsan Iqbal Tuesday said Rs1,100 billion would go to "
        "development.",
        [("Rs1,100 billion", "Ahsan Iqbal", SAID, False, "PKR")],
    ),
    (
        # seen: "The FBR officials informed that the tax collection ... would reach"
        "invented/Pakistani daily: officials informed that",
        "The NDMA officials informed that 2,300 houses were damaged.",
        [("2,300", "NDMA officials", "informed", False, "houses")],
    ),
    (
        # seen: "Minister of State for Finance Anurag Thakur informed the Lok Sabha"
        "invented/Indian daily: X informed the house",
        "As many as 1.2 lakh cases are pending, Law Minister Kiren Rao informed the Rajya "
        "Sabha on Thursday.",
        [("As many as 1.2 lakh", "Kiren Rao", "informed", False, "cases")],
    ),
    (
        # seen: "Afghan officials confirm that at least four ... agents have been killed"
        "invented/wire: officials confirm that",
        "Provincial officials confirm that at least six guards were killed.",
        [("at least six", "Provincial officials", "confirm", False, "guards")],
    ),
    (
        # seen: "said U.S. Col. Knut Peters, a spokesman" gave the source "Col"
        "invented/US wire: said Lt. Col. X",
        "Four soldiers were wounded, said Lt. Col. Dana Briggs, a spokeswoman for the brigade.",
        [("Four", "Dana Briggs", SAID, False, "soldiers")],
    ),
    (
        "invented/US wire: Sgt. X said",
        "Sgt. Mark Ellis said 30 rounds were fired at the checkpoint.",
        [("30", "Mark Ellis", SAID, False, "rounds")],
    ),
    (
        # seen: "Minister of State for Heavy Industries & Public Enterprises P Radhakrishnan"
        "invented/Indian daily: a title with an ampersand",
        "\u201cThe sector employs 4.5 lakh workers,\u201d Minister of State for Textiles & "
        "Handlooms Meera Nair said.",
        [("4.5 lakh", "Meera Nair", SAID, False, "workers")],
    ),
    (
        # seen: "A statement from the ... coalition described the shooting ... It said ..."
        # gave the source "the shooting"
        "invented/wire: it said, after a statement from X",
        "A statement from the regional army command described the clashes as heavy. It said "
        "11 soldiers had been killed.",
        [("11", "regional army command", SAID, False, "soldiers")],
    ),
    (
        # seen: "The Federal Board of Revenue collected ... Rs227 billion ..., it said Sunday."
        "invented/Pakistani daily: X did N, it said",
        "The Federal Board of Revenue collected Rs412 billion in June, it said on Monday.",
        [("Rs412 billion", "Federal Board of Revenue", SAID, False, "PKR")],
    ),
    (
        # seen: "Two provincial officials from eastern Paktika province confirmed on Monday"
        # gave the source "eastern Paktika province"
        "invented/wire: N officials from a province confirmed",
        "Two officials from Kunar province confirmed that 17 civilians died.",
        [("17", "Two officials from Kunar province", "confirmed", False, "civilians")],
    ),
    (
        # seen: "authorities in Sicily who received the distress call put the number" gave
        # the source "the distress call"
        "invented/wire: officials who did something said",
        "Aid workers who visited the camp on Friday said 300 families had no shelter.",
        [("300", "Aid workers", SAID, False, "families")],
    ),
    (
        # seen: "About 700 people had been aboard the boat, SkyNews24 TV channel said."
        "invented/wire: a broadcaster's name with digits",
        "Some 80 people were missing, the SkyTG24 channel reported.",
        [("Some 80", "SkyTG24 channel", "reported", False, "people")],
    ),
    (
        # seen: "Authorities Say Guards Killed 3 Afghan Officials" (title-case headline)
        "invented/headline in title case: Officials Say",
        "Officials Say Floods Killed 25 Villagers in Sindh",
        [("25", "Officials", "Say", False, "villagers")],
    ),
    (
        # seen: "Shahid said ... He said three suspected insurgents had been detained."
        "invented/wire: he said, after a one-word name said",
        "Mujahid said the convoy was hit at dawn. He said four vehicles were destroyed.",
        [("four", "Mujahid", SAID, False, "vehicles")],
    ),
    (
        # seen: "As per the CSO figure, GDP expanded by 7.1 per cent"
        "invented/Indian daily: as per the X figures",
        "As per the NSO figures, the economy grew 6.8 per cent in the quarter.",
        [("6.8 per cent", "NSO", "as per", False, ANY)],
    ),
    (
        # seen: hard-wrapped wire copy ("the International\nOrganization for Migration said",
        # "3,279\ndeaths")
        "invented/hard-wrapped wire: the name and the noun across line breaks",
        "More than 1,500 migrants have reached the island so far this\nmonth, compared with "
        "2,104\narrivals in the whole of last year, the International\nOrganization for "
        "Migration said on Friday.",
        [
            (
                "More than 1,500",
                "International Organization for Migration",
                SAID,
                False,
                "migrants",
            ),
            ("2,104", "International Organization for Migration", SAID, False, "arrivals"),
        ],
    ),
    (
        "invented/hard-wrapped wire: the source's name across a line break",
        "About 250 people were on board, the coastguard\nspokesman said.",
        [("About 250", "coastguard spokesman", SAID, False, "people")],
    ),
    (
        # seen: a Red Cross tweet quoted with its signature line
        "invented/social embed: the tweet's author is the source",
        "Over 9,000 people have been moved to evacuation centres. pic.twitter.com/Ab12Cd\n"
        "\u2014 Philippine Red Cross (@philredcross) July 3, 2024",
        [("Over 9,000", "Philippine Red Cross", ANY, False, "people")],
    ),
    (
        # seen: "38 U.S. and Afghan troops were killed" gave the head "u"
        "invented/wire: U.S. inside the counted phrase",
        "Some 38 U.S. and allied troops were wounded, and 12 U.N. staff were evacuated.",
        [("Some 38", None, None, False, "troops"), ("12", None, None, False, "staff")],
    ),
    (
        # seen: "(3,864 displaced), Homa Bay (2,046)" took the head "counties"
        "invented/Floodlist: a list of places with counts in brackets",
        "The hardest-hit counties are Kisumu (4,210 displaced), Busia (2,980) and Migori (1,455).",
        [("4,210", None, None, False, "people"), ("2,980", None, None, False, "people")],
    ),
    (
        # seen: "Ansa, citing unnamed sources, put the number of dead at least 50"
        "invented/wire: X, citing sources, put the number of dead at",
        "Local media, citing hospital sources, put the number of dead at 43.",
        [("43", "Local media", "put", False, "dead")],
    ),
    # --- rows written after the fixes above, each by hand before it was run ---------------
    (
        # seen: "put the number of dead at least 50" (head was empty once "at" joined the
        # figure); added after that fix
        "invented/wire: put the number of X at least N",
        "The Red Crescent, quoting its teams, put the number of injured at least 120.",
        [("at least 120", "Red Crescent", "put", False, "injured")],
    ),
    (
        "invented/wire: a statement from a hyphenated coalition, then it said",
        "A statement from the Saudi-led coalition described the raids as precise. It said 40 "
        "fighters were killed.",
        [("40", "Saudi-led coalition", SAID, False, "fighters")],
    ),
    (
        "invented/social embed: two posts, each signed",
        "Our teams delivered 2,500 hygiene kits in Beira today. pic.twitter.com/Xy9Zq\n"
        "\u2014 Mozambique Red Cross (@CVMocambique) March 18, 2019\n"
        "At least 600,000 people need help after the cyclone. pic.twitter.com/Qw3Rt\n"
        "\u2014 Jane Okafor (@JaneOkaforNRC) March 19, 2019",
        [
            ("2,500", "Mozambique Red Cross", ANY, False, "kits"),
            ("At least 600,000", "Jane Okafor", ANY, False, "people"),
        ],
    ),
    (
        # seen: "said U.S. Col. Knut Peters, a spokesman" (a country's initials before the
        # rank); added after the rank fix above
        "invented/US wire: said U.S. Maj. X",
        "Two contractors were hurt, said U.S. Maj. Lena Ortiz, a spokeswoman for the task force.",
        [("Two", "Lena Ortiz", SAID, False, "contractors")],
    ),
    (
        # seen: "... Heavy Industries & Public Enterprises P Radhakrishnan said" (an initial)
        "invented/Indian daily: a portfolio with '&' and a name with an initial",
        "\u201cExports rose 9.4 per cent,\u201d Minister of State for Commerce & Industry K "
        "Suresh said in a written reply.",
        [("9.4 per cent", "K Suresh", SAID, False, ANY)],
    ),
    (
        # seen: "As per the CSO figure, GDP expanded by 7.1 per cent" (singular "figure")
        "invented/Indian daily: as per the X figure",
        "As per the RBI figure, bank credit grew 14.2 per cent.",
        [("14.2 per cent", "RBI", "as per", False, ANY)],
    ),
    # --- second round -----------------------------------------------------------------
    (
        "invented/NGO release: the headline line stays apart from the source line",
        "12,000 people stranded by floods in the lowlands of Bago Region\n"
        "Save the Children estimates 12,000 people are stranded.\nOur response so far:\n"
        "\u2022 2,300 households have received\nshelter kits and\ncooking sets\n"
        "\u2022 45 latrines have been\nbuilt in the camps",
        [
            ("12,000", None, None, False, "people"),
            ("12,000", "Save the Children", "estimates", False, "people"),
        ],
    ),
    (
        # seen: "the campaign group Iraq Body Count" (BBC)
        "invented/BBC: the monitoring group X put the number at",
        "The monitoring group Airwars put the number of civilian dead at 1,350.",
        [("1,350", "Airwars", "put", False, "dead")],
    ),
    (
        "invented/wire: the rights group X said",
        "At least 212 protesters have been killed, the rights group Amnesty International said.",
        [("At least 212", "Amnesty International", SAID, False, "protesters")],
    ),
    (
        # seen: "According to the UN[1], ... more than 27,000 people" (Save the Children)
        "invented/NGO release: a footnote marker after the source",
        "According to UNICEF[2], 1.5 million children are out of school.",
        [("1.5 million", "UNICEF", "according to", False, "children")],
    ),
    (
        "invented/UN update: an agency's acronym opens the sentence, then estimates",
        "UNHCR estimates 3.4 million people have fled since April.",
        [("3.4 million", "UNHCR", "estimates", False, "people")],
    ),
    (
        "invented/guard: an acronym's estimates as a noun",
        "IDP estimates vary between 2 million and 3 million.",
        [("between 2 million and 3 million", None, None, False, ANY)],
    ),
    # --- third round: heads in real sentence shapes (Statista and NGO explainer copy) ------
    (
        # seen: "Terrorism deaths peaked in 2015, hitting around 11,000" took the head of a
        # figure in the sentence before
        "invented/explainer: X peaked, hitting N",
        "Sea arrivals fell last year. Deaths at sea peaked in 2016, hitting about 5,100.",
        [("about 5,100", None, None, False, "deaths")],
    ),
    (
        # seen: "three groups ... that increased deaths by 507 to reach a total of 593"
        "invented/explainer: a transitive change and its object",
        "Two militias increased attacks by 310 last year, to a total of 1,140.",
        [("310", None, None, False, "attacks"), ("1,140", None, None, False, "attacks")],
    ),
    # --- fourth round: AFP Sahel copy, Bangladeshi dailies on camp fires -------------------
    (
        # seen: "However, a local elected official, who spoke on condition of anonymity ...,
        # told AFP" gave the source "However"
        "invented/AFP: However, an official, who ..., told AFP",
        "However, a local elected official, who asked not to be named, told AFP that about 40 "
        "villagers were killed.",
        [("about 40", "a local elected official", TOLD, False, "villagers")],
    ),
    (
        # seen: "SP X, commander of ..., said the fire was brought under control at 9:15
        # p.m. after more than five hours" gave the source "the fire was brought under control"
        "invented/Bangladeshi daily: X, commander of Y, said the blaze was ...",
        "SP Rafiqul Islam, commander of the 8th Police Battalion in Teknaf, said the blaze was "
        "contained after more than six hours.",
        [("more than six hours", "Rafiqul Islam", SAID, False, "hours")],
    ),
    (
        # seen: "He himself said he had no news of two of his brothers" gave "himself"
        "invented/AFP: he himself said",
        "A second resident said 30 homes burned. He himself said he had lost two cows.",
        [("two", "A second resident", SAID, False, "cows")],
    ),
    (
        # seen: "said the Commissioner for Extra Aid and Refugee Repatriation, Samchu-Douja
        # Nayan" gave the portfolio as the source
        "invented/Bangladeshi daily: said the Commissioner for X, Name",
        "More than 900 shelters were gutted, said the Commissioner for Refugee Relief, Mizanur "
        "Rahman Khan.",
        [("More than 900", "Mizanur Rahman Khan", SAID, False, "shelters")],
    ),
    (
        # seen: "UNO Ahmed Nizam Uddin, said the devastating fire left some 10000-15000"
        "invented/Bangladeshi daily: a district officer's title before the name",
        "UNO Kamrul Hasan said some 3,000-4,000 families were left homeless.",
        [("some 3,000-4,000", "Kamrul Hasan", SAID, False, "families")],
    ),
    (
        # seen: "Cox's Bazar Fire Station Official Shahdat Hossain said"
        "invented/Bangladeshi daily: Fire Station Official X said",
        "Teknaf Fire Station Official Abdul Karim said 12 units fought the blaze.",
        [("12", "Abdul Karim", SAID, False, "units")],
    ),
    # --- fifth round: live blogs (Guardian, AP "The Latest", TRT, France 24, China Daily) ----
    (
        # seen: "according to China Earthquake Administration (hat tip Mr Rich on Twitter)"
        "invented/live blog: according to X (an aside in brackets)",
        "The aftershock killed 12 people, according to the provincial emergency office (via "
        "state television).",
        [("12", "provincial emergency office", "according to", False, "people")],
    ),
    (
        # seen: "1,300 rescue workers have managed to get into Chengdu, Xinhua says." then
        # "The agency said ..." went to another body
        "invented/live blog: a news agency says, then the agency said",
        "About 900 soldiers have reached the town, Xinhua says. The agency said 300 more "
        "soldiers were on the way.",
        [
            ("About 900", "Xinhua", "says", False, "soldiers"),
            ("300", "Xinhua", SAID, False, "soldiers"),
        ],
    ),
    (
        # seen: "Ilan Kelman, a professor of disasters and health at University College London
        # has told AFP" (no comma closes the apposition)
        "invented/AFP: Name, a professor of X at Y has told AFP",
        "Most survivors are found within 48 hours, Maria Lopez, a professor of disaster "
        "medicine at the University of Chile has told AFP.",
        [("48 hours", "Maria Lopez", TOLD, False, "hours")],
    ),
    (
        # seen: "The death toll from the disaster rose Tuesday to nearly 12,000"
        "invented/wire: the toll rose Tuesday to N",
        "The death toll from the floods rose Tuesday to nearly 1,200.",
        [("nearly 1,200", None, None, False, "deaths")],
    ),
    (
        # seen: "Turkey's death toll has risen to 12,873 overnight, from 12,391 late on
        # Wednesday" took "overnight" and "late" as the counted nouns
        "invented/wire: the toll has risen to N overnight, from M late on Sunday",
        "The country's death toll has risen to 4,310 overnight, from 3,950 late on Sunday.",
        [("4,310", None, None, False, "deaths"), ("3,950", None, None, False, "deaths")],
    ),
    (
        # seen: "More than 12,000 Turkish search and rescue personnel" took "search"
        "invented/wire: search and rescue teams",
        "More than 300 search and rescue teams were deployed.",
        [("More than 300", None, None, False, "teams")],
    ),
    # --- sixth round: US local wildfire copy (UPI, KDVR, CBS, KRDO) ------------------------
    (
        # seen: "Scanner traffic first reported a small brush fire around 3-5 acres"
        "invented/US local: X first reported",
        "Dispatchers first reported a grass fire of about 20 acres.",
        [("about 20 acres", "Dispatchers", "reported", False, "acres")],
    ),
    (
        # seen: "the nearly 4,500 residents ... are under an evacuation warning" made
        # "an evacuation" a source with the verb "warning"
        "invented/US local: under an evacuation warning",
        "Some 2,300 residents remain under an evacuation warning.",
        [("Some 2,300", None, None, False, "residents")],
    ),
    # --- seventh round: Indian flood copy (PTI, ANI, Moneycontrol), UK Channel explainers ---
    (
        # seen: "The death count ... mounted to 134 with eight deaths reported during the day,
        # ..., they said" made "eight deaths" the source and counted people
        "invented/PTI: the death count mounted to N with M deaths reported, they said",
        "Six more people died on Sunday, officials said. The death count this season mounted "
        "to 92 with six deaths reported during the day, they said.",
        [("92", "officials", SAID, False, "deaths"), ("six", "officials", SAID, False, "deaths")],
    ),
    (
        # seen: "Toll in Bihar reached 514 after 32 more deaths were reported"
        "invented/PTI: a sentence that opens with Toll",
        "Toll in Odisha reached 61 after nine more deaths were reported.",
        [("61", None, None, False, "deaths")],
    ),
    (
        # seen: "Photograph: Gareth Fuller/PA" over "The official figures show ..." gave the
        # photographer as the source
        "invented/Guardian: a photo credit, then the official figures show",
        "Photograph: Maya Ortiz/PA\n\nThe official figures show the number of arrivals has "
        "topped 40,000.",
        [("40,000", "The official figures", "show", False, "arrivals")],
    ),
    (
        # seen: "the current annual record of 45,755 set in 2022" took "set" as the noun
        "invented/UK explainer: the N set in a month",
        "Monthly crossings reached 9,200 in August, above the 8,900 set in July.",
        [("8,900", None, None, False, "crossings")],
    ),
    # --- a quotation over several paragraphs (seen in ANI copy: "Around 10 lakh people are
    # affected ... / ... we evacuated 1 lakh people. / 21 relief camps have been set up,"
    # X said), as wire style writes it: each paragraph opens a quote mark, the last closes it
    (
        "invented/wire: a quotation over three paragraphs",
        "Relief teams reached the valley on Monday.\n\n\u201cWe counted 450 damaged houses in "
        "the first village alone.\n\n\u201cAt least 60 families have nowhere to sleep "
        "tonight,\u201d said Omar Haddad, who leads the team.",
        [
            ("450", "Omar Haddad", SAID, False, "houses"),
            ("At least 60", "Omar Haddad", SAID, False, "families"),
        ],
    ),
    (
        "invented/scraped daily: a long quote whose middle paragraph lost its mark",
        '"Around 3 lakh people are affected.\n\nWe moved 40,000 people to camps.\n\n52 relief '
        'camps are open," Ravi Menon said.',
        [
            ("Around 3 lakh", "Ravi Menon", SAID, False, "people"),
            ("40,000", "Ravi Menon", SAID, False, "people"),
        ],
    ),
    (
        "invented/guard: a closed quote, then another speaker",
        "\u201cWe need 200 tents,\u201d said Ana Ruiz.\n\nThe Red Crescent said 80 tents had "
        "arrived.",
        [("80", "Red Crescent", SAID, False, "tents")],
    ),
    # --- eighth round: Pakistani NDMA copy (APP, UrduPoint, The News) -----------------------
    (
        # seen: "79 die, 109 injured due to heavy rains: NDMA" (and "...: Coastguard")
        "invented/APP: a headline that names its source after a colon",
        "52 die, 80 injured in rain-related incidents: PDMA",
        [("52", "PDMA", None, False, ANY), ("80", "PDMA", None, False, ANY)],
    ),
    (
        # seen: "109 injured due to heavy rains" took "due" as the counted noun
        "invented/APP: N injured due to",
        "The storm left 1,300 injured due to flying debris.",
        [("1,300", None, None, False, "people")],
    ),
    (
        "invented/guard: a dateline's colon names no source",
        "LAHORE: Rains killed 12 people in the city, officials said.",
        [("12", "officials", SAID, False, "people")],
    ),
    (
        # seen: "the cumulative damages so far stated that almost 13,254.49 km road, 440
        # bridges ..." gave the source "far"
        "invented/UrduPoint: X so far stated that",
        "The cumulative figures so far stated that 440 bridges were damaged.",
        [("440", "The cumulative figures", "stated", False, "bridges")],
    ),
    # --- data and tolls (seen: "Official annual figures from the Ministry of Defence and the
    # Home Office show 18,674 people", "put the total number of reported civilian dead at")
    (
        "invented/Guardian: data from a body named in lower case show",
        "Data from the border agency show 3,400 crossings in May.",
        [("3,400", "the border agency", "show", False, "crossings")],
    ),
    (
        "invented/wire: figures put the toll at N",
        "The ministry's figures put the toll at 212.",
        [("212", "The ministry", "put", False, "deaths")],
    ),
    (
        "invented/guard: a show is no data",
        "The show featured 30 acts.",
        [("30", None, None, False, "acts")],
    ),
    (
        "invented/guard: informed sources said",
        "Informed sources said 40 trucks crossed at Chaman.",
        [("40", "Informed sources", SAID, False, "trucks")],
    ),
    (
        "invented/guard: could not independently confirm",
        "Reuters could not independently confirm the 300 deaths.",
        [("300", None, None, False, "deaths")],
    ),
    (
        "invented/guard: claimed responsibility for an attack that killed N",
        "The group claimed responsibility for the attack, which killed 12 soldiers.",
        [("12", None, None, False, "soldiers")],
    ),
]


# (id, text, figure text, the figure text of its whole or None): a change in per cent is
# not a share of the count before it.
PART_CASES = [
    (
        # seen: "over 3,000 deaths from drone strikes, an increase of 168 per cent"
        "invented/explainer: an increase of N per cent after a count",
        "There were 4,200 asylum claims, an increase of 35 per cent on 2022.",
        "35 per cent",
        None,
    ),
    (
        # seen: "more than 1 million Rohingya Muslims across 34 camps ... Of them, nearly
        # 750,000 crossed" made the 34 camps the whole
        "invented/dpa: of them, after a smaller count",
        "Bangladesh hosts more than 1 million Rohingya in 33 camps. Of them, nearly 700,000 "
        "arrived after August 2017.",
        "nearly 700,000",
        "more than 1 million",
    ),
    (
        "invented/guard: a share of the count before it stays a share",
        "Of the 4,200 asylum claims, 35 per cent were granted.",
        "35 per cent",
        "4,200",
    ),
]


@pytest.mark.parametrize("case", PART_CASES, ids=[c[0] for c in PART_CASES])
def test_layout_part_of(case):
    _, text, fig, whole = case
    df = extract_figures(text)
    row = df[df["text"] == fig].iloc[0]
    if whole is None:
        assert pd.isna(row["part_of"]), row["part_of"]
    else:
        assert df.loc[int(row["part_of"]), "text"] == whole


@pytest.mark.parametrize("case", LAYOUT_CASES, ids=[c[0] for c in LAYOUT_CASES])
def test_layout_figures(case):
    _, text, expected = case
    check_figures(text, expected)


def _locate(text: str, figs: list[tuple], k: int) -> int:
    pos = 0
    for j in range(k + 1):
        i = text.find(figs[j][0], pos)
        assert i >= 0, f"figure text {figs[j][0]!r} not in order"
        pos = i + (len(figs[j][0]) if j < k else 0)
    return pos


def _source_rows():
    out = []
    for cid, text, figs in SOURCE_CASES:
        for k in range(len(figs)):
            out.append(pytest.param(text, figs, k, id=f"{cid} #{k}"))
    return out


def _bad_fields(text: str, figs: list[tuple], k: int) -> dict:
    fig, source, reporting, hedged, head = figs[k]
    start = _locate(text, figs, k)
    df = extract_figures(text)
    hit = df[(df["start"] < start + len(fig)) & (df["end"] > start)]
    if hit.empty:
        return {"figure": (fig, None)}
    r = hit.iloc[0]
    got = {k2: (None if pd.isna(r[k2]) else r[k2]) for k2 in ("source", "reporting", "head")}
    got_hedged = bool(False if pd.isna(r["hedged"]) else r["hedged"])
    bad = {}
    if source is not ANY and not source_agrees(source, got["source"]):
        bad["source"] = (source, got["source"])
    if reporting is not ANY and (
        (reporting is None) != (got["reporting"] is None)
        or (reporting is not None and reporting.lower() != got["reporting"].lower())
    ):
        bad["reporting"] = (reporting, got["reporting"])
    if hedged is not ANY and hedged != got_hedged:
        bad["hedged"] = (hedged, got_hedged)
    if head is not ANY and _norm_phrase(head) != _norm_phrase(got["head"]):
        bad["head"] = (head, got["head"])
    return bad


@pytest.mark.parametrize("text,figs,k", _source_rows())
def test_layout_sources_heads(text, figs, k):
    bad = _bad_fields(text, figs, k)
    assert not bad, bad


if __name__ == "__main__":
    n_ok = 0
    for cid, text, expected in LAYOUT_CASES:
        try:
            test_layout_figures((cid, text, expected))
            n_ok += 1
        except AssertionError as exc:
            print("LAYOUT FAIL", cid, exc)
    print(f"layout {n_ok}/{len(LAYOUT_CASES)}")
    n_ok = n = 0
    for cid, text, figs in SOURCE_CASES:
        for k in range(len(figs)):
            n += 1
            bad = _bad_fields(text, figs, k)
            n_ok += not bad
            if bad:
                print("SOURCE FAIL", cid, k, bad)
    print(f"sources {n_ok}/{n}")
    n_ok = 0
    for case in PART_CASES:
        try:
            test_layout_part_of(case)
            n_ok += 1
        except AssertionError as exc:
            print("PART FAIL", case[0], exc)
    print(f"part_of {n_ok}/{len(PART_CASES)}")
