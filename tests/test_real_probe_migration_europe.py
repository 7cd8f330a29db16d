"""Forms read in real migration and displacement copy from Europe, the Middle East, the
Caucasus and Central Asia, rewritten as invented cases.

Session 7 read real reports (through the stored-pages search; none is kept here): UNHCR
and Eurostat counts of Ukrainians under temporary protection as Interfax and Ukrainian
outlets carry them, IOM counts of people displaced from Lebanon's southern border, the
Nagorno-Karabakh exodus of 2023, IOM Libya interception updates as Libyan outlets carry
them, Tunisian National Guard releases on Sfax departures, SOS Mediterranee, Sea-Watch and
Alarm Phone releases, Turkish interior-ministry copy on Syrians under temporary protection
and deportations, Iraqi ministry copy on IDP camps in the Kurdistan Region, IOM copy on
Horn of Africa arrivals in Yemen, RFE/RL and IRIN copy on Central Asian labour migrants in
Russia, German Dublin-transfer figures, Polish Border Guard copy on the Belarus border and
UK Home Office returns statistics. Each failure that looked general became one or more
sentences below, INVENTED in the same construction with other names and numbers; their ids
say which copy they imitate. The expected rows were written by hand before the extractor
was run on them.

Conventions are those of tests/test_unseen_styles.py: each row is ``(text, value or (low,
high), bound, kind, unit)`` plus an optional dict of further fields (``part_of``: the index
of the whole among the expected rows, or ``None``; ``head``; ``source``, compared as the
scorer does, a tuple meaning any of them; ``direction``).

Before the fixes (each batch measured on the branch's HEAD when it was written, before that
batch's rules; the counts are also in the commit messages): 73 cases, 5 passed and 68
failed. Batches 1-14 (23 cases): 3 passed (the guard "announced the end of the search",
"the other one", "N of these deaths" with no count between). Batches 15-20 (12): 1 (the
Guinea-Bissau guard). Batches 21-49 (38): 1 (the AMD guard). Batch 12 was rewritten once
before any fix: its first two sentences did not reproduce the real failure (a shorter
subject), so the real construction's length and "registered for" went into the case.

Open conventions left out: the head of "1,000 of whom are Syrians" (the whole's noun or
"Syrians"); the place of a count in a list of countries; whether a survey's "those who
have returned" is a head; whether a count of families with its people in brackets ("22
families (94 people)") makes the people a part.
"""

from __future__ import annotations

import pytest
from figure_checks import check_figures

C, P, M, D, X = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

ILO = ("International Labour Organization", "International Labour Organization (ILO)", "ILO")
IOM = (
    "International Organization for Migration",
    "International Organization for Migration (IOM)",
    "IOM",
)
OFFICE = "Office of the UN High Commissioner for Refugees"

CASES = [
    # Batch 1. Turkish and Iraqi ministry copy says an official "underlined", "stressed" or
    # "emphasised that" a number holds: none was a reporting verb, so the figure had no source.
    (
        "invented/Turkish interior-ministry copy: underlined that",
        "Yilmaz underlined that some 58,300 deportation proceedings were carried out in 2022.",
        [("some 58,300", 58300, AP, C, None, {"source": "Yilmaz", "head": "proceedings"})],
    ),
    (
        "invented/Iraqi wire: stressed that",
        "Minister Hana Karim stressed that 3,200 families had left the camps since January.",
        [("3,200", 3200, E, C, None, {"source": "Hana Karim", "head": "families"})],
    ),
    (
        "invented/NGO release: emphasised that",
        "The charity emphasised that 40% of the camp's residents are children.",
        [("40%", 40, E, P, "%", {"source": "charity"})],
    ),
    # Batch 2. Polish Border Guard copy closes with an inverted verb other than "said":
    # "..., announced the Polish Border Guard." The verb's object check took the speaker for
    # an object ("announced its policy"), so the figures had no source.
    (
        "invented/Polish border copy: announced the border guard",
        "Thirty-one foreigners tried to cross from Belarus on Sunday and 17 on Monday, "
        "announced the Polish Border Guard.",
        [
            ("Thirty-one", 31, E, C, None, {"source": "Polish Border Guard", "head": "foreigners"}),
            ("17", 17, E, C, None, {"source": "Polish Border Guard"}),
        ],
    ),
    (
        "invented/Lithuanian wire: reported the ministry",
        "Some 640 people were turned back at the crossing last week, reported the interior ministry.",
        [("Some 640", 640, AP, C, None, {"source": "interior ministry"})],
    ),
    (
        "invented/guard: an announced thing is no speaker",
        "Rescuers pulled 45 people from the water, announced the end of the search.",
        [("45", 45, E, C, None, {"source": None})],
    ),
    # Batch 3. Alarm Phone copy: "a boat carrying 47 people and another one carrying 71"
    # made "one" a count of one (its head "carrying"); "another one", "the other one" are
    # pronouns.
    (
        "invented/Alarm Phone release: another one carrying",
        "A dinghy carrying 44 people and another one carrying 63 were adrift off Lampedusa.",
        [("44", 44, E, C, None, {"head": "people"}), ("63", 63, E, C, None)],
    ),
    (
        "invented/Maltese copy: the other one",
        "A fishing boat with 52 people sank, and the other one, carrying 30, reached Malta.",
        [("52", 52, E, C, None, {"head": "people"}), ("30", 30, E, C, None)],
    ),
    # Batch 4. Istanbul governor's office copy: "a total of 1,069,860 registered foreigners,
    # 522,381 of whom ... with a residence permit": "N of whom hold residence permits" took
    # the object for the head; the people counted are the whole's.
    (
        "invented/Turkish governor's office: N of whom hold permits",
        "The governor's office said 74,500 foreigners live in the province, 28,900 of whom "
        "hold residence permits.",
        [
            ("74,500", 74500, E, C, None, {"head": "foreigners"}),
            ("28,900", 28900, E, C, None, {"head": "foreigners", "part_of": 0}),
        ],
    ),
    # Batch 5. Interfax copy on UNHCR figures: "the Office of the United Nations High
    # Commissioner for Refugees said ... it said": the office was taken for a person (its
    # name ends in "Commissioner for Refugees"), so the "it" of the next paragraph had no
    # body to stand for.
    (
        "invented/Interfax: it said after the Office of the High Commissioner",
        f"Registrations reached 41,200 by the end of June, the {OFFICE} said.\n\n"
        "The total rose by 2,300 in a week, it said.",
        [
            ("41,200", 41200, E, C, None, {"source": OFFICE}),
            ("2,300", 2300, E, C, None, {"source": OFFICE, "direction": "up"}),
        ],
    ),
    # Batch 6. Spanish agency copy on IOM Libya figures: "compared to 98 dead and 149
    # missing according to their statistics": the possessive's owner is the body named
    # before, not "its statistics".
    (
        "invented/EFE on IOM Libya: according to its figures",
        "The IOM said 312 migrants drowned in the first half of the year. A further 140 went "
        "missing, according to its figures.",
        [
            ("312", 312, E, C, None, {"source": "IOM"}),
            ("140", 140, E, C, None, {"source": "IOM"}),
        ],
    ),
    # Batch 7. Iraqi copy: "according to Iraq's Minister of Migration and Displacement, Ivan
    # ...": the title's "and" cut the source to "Displacement"; the name after the comma is
    # who speaks.
    (
        "invented/964 media: according to the minister, name",
        "Some 210 families returned to Sinjar this week, according to the Minister of "
        "Migration and Displacement, Hana Karim.",
        [("Some 210", 210, AP, C, None, {"source": "Hana Karim", "head": "families"})],
    ),
    # Batch 8. IRIN copy: "According to a recent study by the International Labour
    # Organization (ILO) on illegal labour in Russia": the study's topic ("on illegal
    # labour") stayed in the source.
    (
        "invented/IRIN: a study by a body on a topic",
        "According to a study by the International Labour Organization (ILO) on seasonal "
        "work in Russia, 2.1 million migrants work in construction.",
        [("2.1 million", 2.1e6, E, C, None, {"source": ILO, "head": "migrants"})],
    ),
    (
        "invented/Ukrainian wire: a poll by an institute on returns",
        "According to a poll by the Kyiv International Institute of Sociology on returns, 52% "
        "of refugees plan to go home.",
        [("52%", 52, E, P, "%", {"source": "Kyiv International Institute of Sociology"})],
    ),
    # Batch 9. Iraqi ministry copy: "Around 1,800 of them returned, while 700 chose to settle
    # in Sulaymaniyah": the verb "chose" became the head.
    (
        "invented/Iraqi ministry: N chose to stay",
        "Around 2,000 families lived in the camp; 1,400 returned home and 600 chose to stay "
        "in the city.",
        [
            ("Around 2,000", 2000, AP, C, None, {"head": "families"}),
            ("1,400", 1400, E, C, None, {"head": "families"}),
            ("600", 600, E, C, None, {"head": "families"}),
        ],
    ),
    # Batch 10. IOM Yemen copy: "according to the International Organization for Migration
    # (IOM)'s field reports": the source kept "'s field"; the owner of the reports speaks.
    (
        "invented/IOM Yemen: the (acronym)'s field reports",
        "Six boats capsized off Djibouti on Monday, according to the International "
        "Organization for Migration (IOM)'s field reports.",
        [("Six", 6, E, C, None, {"source": IOM, "head": "boats"})],
    ),
    (
        "invented/UNHCR copy: a body's field staff",
        "Nearly 90 migrants were on board, according to UNHCR's field staff.",
        [("Nearly 90", 90, UP, C, None, {"source": "UNHCR", "head": "migrants"})],
    ),
    # Batch 11. IOM Yemen copy: "The IOM reported a significant increase in migrant
    # arrivals ..., with figures rising from approximately 73,000 in 2022 to over 97,200":
    # the figures after the comma are the reported increase, so the body is their source.
    (
        "invented/IOM Yemen: reported an increase, from X to Y",
        "The IOM reported a sharp increase in arrivals, from about 41,000 in 2022 to over "
        "58,000 in 2023.",
        [
            ("about 41,000", 41000, AP, C, None, {"source": "IOM"}),
            ("over 58,000", 58000, LO, C, None, {"source": "IOM"}),
        ],
    ),
    # Batch 12. Interfax and Home Office copy: "The number of refugees from Ukraine
    # registered for ... in European countries reached 3.207 million" (head "countries", and
    # "Ukraine registered" read as a body that registered the figure), "The number of
    # passengers refused entry at port and who subsequently departed has been mainly
    # increasing since 2012, but fell by 1% in 2016 to 17,395" (head "people"): the noun
    # after "The number of" is the head.
    (
        "invented/Interfax: the number of X registered for ... reached N",
        "The number of refugees from Syria registered for being granted international "
        "protection or similar national status in Nordic countries reached 412,000 as of May 3.",
        [("412,000", 412000, E, C, None, {"head": "refugees", "source": None})],
    ),
    (
        "invented/Interfax: refugees from a country registered for protection",
        "The number of refugees from Sudan registered for protection in Egypt reached 310,000.",
        [("310,000", 310000, E, C, None, {"head": "refugees", "source": None})],
    ),
    (
        "invented/Home Office statistics: the number of X and who ..., but fell to N",
        "The number of passengers refused entry at port and who subsequently departed has been "
        "mainly rising since 2015, but fell by 2% in 2022 to 16,400 from 16,740 in 2021.",
        [
            ("2%", 2, E, P, "%", {"direction": "down"}),
            ("16,400", 16400, E, C, None, {"head": "passengers"}),
            ("16,740", 16740, E, C, None, {"head": "passengers"}),
        ],
    ),
    # Batch 13. Home Office statistics: "Enforced returns ... decreased by 11% to 12,193 in
    # 2016 ... This includes 10,706 enforced removals and 1,487 other returns from
    # detention": the parts of the sentence after a total belong to it.
    (
        "invented/Home Office statistics: this includes A and B",
        "Enforced returns fell by 6% to 9,870 in 2023. This includes 8,120 enforced removals "
        "and 1,750 other returns from detention.",
        [
            ("6%", 6, E, P, "%", {"direction": "down"}),
            ("9,870", 9870, E, C, None, {"head": "returns"}),
            ("8,120", 8120, E, C, None, {"head": "removals", "part_of": 1}),
            ("1,750", 1750, E, C, None, {"head": "returns", "part_of": 1}),
        ],
    ),
    # Batch 14. IOM Missing Migrants copy: "has recorded over 3,400 deaths ... 1,400 of these
    # deaths were caused by drowning": "N of these X" opening the next sentence is a part of
    # the figure before that counts X.
    (
        "invented/IOM Missing Migrants: N of these deaths",
        "Since 2014 the project has recorded over 2,900 deaths on the route. Some 1,100 of "
        "these deaths were caused by drowning.",
        [
            ("over 2,900", 2900, LO, C, None, {"head": "deaths"}),
            ("Some 1,100", 1100, AP, C, None, {"head": "deaths", "part_of": 0}),
        ],
    ),
    # Batch 15. Armenian copy on Karabakh refugees: "50,000 drams ($125) per month", "30
    # billion drams": the dram, and the currencies of the Caucasus and Central Asia beside
    # it, were no currency, so the amounts were counts of "drams".
    (
        "invented/Armenian copy: drams and dollars",
        "Each displaced person receives 40,000 drams ($100) a month for rent.",
        [("40,000 drams", 40000, E, M, "AMD"), ("$100", 100, E, M, "USD")],
    ),
    (
        "invented/Kazakh copy: tenge",
        "Migrant workers sent home 850 billion tenge last year.",
        [("850 billion tenge", 850e9, E, M, "KZT")],
    ),
    (
        "invented/Tajik copy: somoni",
        "A work permit costs 1,200 somoni a month.",
        [("1,200 somoni", 1200, E, M, "TJS")],
    ),
    (
        "invented/Georgian copy: lari",
        "Each family was paid 2,000 lari in compensation.",
        [("2,000 lari", 2000, E, M, "GEL")],
    ),
    # Batch 16. Sea-Watch releases write the euro sign after the amount ("fined 3,333€"):
    # it was a count.
    (
        "invented/Sea-Watch release: fined N€",
        "The Aurora was detained for 20 days and fined 2,500€.",
        [("20 days", 20, E, D, "day"), ("2,500€", 2500, E, M, "EUR")],
    ),
    (
        "invented/German NGO copy: N € with a space",
        "The captain faces a fine of up to 10,000 €.",
        [("up to 10,000 €", 10000, UP, M, "EUR")],
    ),
    # Batch 17. Rescue NGO copy names ships "Sea-Watch 5", "Sea-Eye 4": the number of a
    # name of two capitalised halves was a count.
    (
        "invented/Sea-Watch release: the rescue ship Name-Name N",
        "Authorities detained the rescue ship Sea-Light 3 for 20 days after it brought 141 "
        "people ashore.",
        [("20 days", 20, E, D, "day"), ("141", 141, E, C, None, {"head": "people"})],
    ),
    (
        "invented/Sea-Eye copy: on board the Name-Name N",
        "Nine of those on board the Sea-Light 2 are unaccompanied minors.",
        [("Nine", 9, E, C, None)],
    ),
    (
        "invented/guard: a hyphenated place before a count",
        "In Guinea-Bissau 14 migrants were detained.",
        [("14", 14, E, C, None, {"head": "migrants"})],
    ),
    # Batch 18. Sea-Watch copy: "Despite more than 24 hours at sea ..., Italian authorities
    # still insisted on Trapani": "insisted on" is a demand, not a statement of the figures
    # (the source was "Despite more").
    (
        "invented/Sea-Watch release: insisted on a port",
        "After more than 30 hours at sea, the authorities insisted on Ravenna as the port.",
        [("more than 30 hours", 30, LO, D, "hour", {"source": None})],
    ),
    # Batch 19. Sea-Eye copy: "509 sea miles from the position": a count of miles.
    (
        "invented/Sea-Eye copy: sea miles",
        "Brindisi was 480 sea miles from the rescue position.",
        [("480 sea miles", 480, E, X, "nautical_mile")],
    ),
    # Batch 20. UNHCR Lebanon update: "some 3,516 deaths and 14,929 injured": the second
    # count took the first's head.
    (
        "invented/UNHCR Lebanon update: N deaths and M injured",
        "Hostilities have caused some 2,900 deaths and 12,400 injured, according to the "
        "health ministry.",
        [
            ("some 2,900", 2900, AP, C, None, {"head": "deaths"}),
            ("12,400", 12400, E, C, None, {"head": "injured"}),
        ],
    ),
    # Batch 21. ECRE copy on IOM data: "31 people, including two children, have gone missing
    # so far in 2024 (compared to 47 (3) in the whole of 2023 ...)": the earlier year's count
    # after the list was taken for one more item of it, a part larger than its whole.
    (
        "invented/ECRE on IOM data: a comparison after an including list",
        "Some 31 people, including two children, have gone missing so far this year "
        "(compared to 47 in the whole of 2023).",
        [
            ("Some 31", 31, AP, C, None, {"head": "people"}),
            ("two", 2, E, C, None, {"head": "children", "part_of": 0}),
            ("47", 47, E, C, None, {"part_of": None}),
        ],
    ),
    # Batch 22. ECRE copy: "According to recent data from Frontex, 106,000 crossings ...":
    # "recent" stayed in the source, as "the latest" does not.
    (
        "invented/ECRE: according to recent data from a body",
        "According to recent data from Frontex, 98,000 crossings were recorded on the route "
        "from January to September.",
        [("98,000", 98000, E, C, None, {"source": "Frontex", "head": "crossings"})],
    ),
    # Batch 23. UK Channel copy: "Upwards of 10,000 Albanians have arrived ..., making up
    # nearly a quarter of the record 44,000 people": "making up" is no rise.
    (
        "invented/UK Channel copy: making up a share",
        "Upwards of 8,000 Eritreans arrived this year, making up nearly a fifth of the 41,000 "
        "people who crossed.",
        [
            ("Upwards of 8,000", 8000, LO, C, None, {"head": "eritreans"}),
            ("nearly a fifth", 20, UP, P, "%", {"direction": None, "part_of": 2}),
            ("41,000", 41000, E, C, None, {"head": "people"}),
        ],
    ),
    # Batch 24. Home Office letter: "out of 51,813 returns ..., 1,182 involved small boat
    # arrivals": the verb's object became the head.
    (
        "invented/Home Office letter: N involved X",
        "Out of 48,000 returns since 2020, 1,050 involved small boat arrivals.",
        [
            ("48,000", 48000, E, C, None, {"head": "returns"}),
            ("1,050", 1050, E, C, None, {"head": "returns", "part_of": 0}),
        ],
    ),
    # Batch 25. Turkish migration-directorate copy: "13,725 Afghan nationals had been
    # returned this year, 4,550 of them on 28 charter flights and 9,175 on scheduled
    # flights": the count of flights between the two parts hid the second one's whole.
    (
        "invented/Turkish directorate: A of them on N flights and B on scheduled flights",
        "The directorate said 12,300 Afghans had been returned this year, 4,100 of them on 19 "
        "charter flights and 8,200 on scheduled flights.",
        [
            ("12,300", 12300, E, C, None, {"head": "afghans"}),
            ("4,100", 4100, E, C, None, {"head": "afghans", "part_of": 0}),
            ("19", 19, E, C, None, {"head": "flights", "part_of": None}),
            ("8,200", 8200, E, C, None, {"head": "afghans", "part_of": 0}),
        ],
    ),
    # Batch 26. Dutch COA copy on Ter Apel: "the last few nights there were around a
    # hundred": the time phrase's "nights" became the head; and "some 200 slept" made the
    # verb the head. Both take the count named before.
    (
        "invented/Dutch COA copy: the last few nights there were N",
        "Some 80 asylum seekers slept outside on Monday, and over the last few nights there "
        "were around 200.",
        [
            ("Some 80", 80, AP, C, None, {"head": "seekers"}),
            ("around 200", 200, AP, C, None, {"head": "seekers"}),
        ],
    ),
    (
        "invented/Dutch COA copy: N slept",
        "Some 80 migrants slept outside on Monday, and for several nights some 200 slept in "
        "the park.",
        [
            ("Some 80", 80, AP, C, None, {"head": "migrants"}),
            ("some 200", 200, AP, C, None, {"head": "migrants"}),
        ],
    ),
    # Batch 27. Zaatari copy: "Jordan hosts more than half a million displaced Syrians,
    # with about one-fifth inside Zaatari": "inside" was no preposition, so the camp's name
    # became the head; "a camp a tenth the size of Hong Kong Island" made the ratio of two
    # sizes a share of the refugees counted before.
    (
        "invented/Jordan copy: a share inside a camp",
        "Lebanon hosts 600,000 Syrians, with about a fifth inside Bekaa camps.",
        [
            ("600,000", 600000, E, C, None, {"head": "syrians"}),
            ("about a fifth", 20, AP, P, "%", {"head": "syrians", "part_of": 0}),
        ],
    ),
    (
        "invented/Jordan copy: a tenth the size of",
        "Today, 80,000 refugees live in a camp a tenth the size of Manhattan.",
        [
            ("80,000", 80000, E, C, None, {"head": "refugees"}),
            ("a tenth", 10, E, P, "%", {"part_of": None}),
        ],
    ),
    # Batch 28. German copy: "They received €1,000 cash ..., reported German newspaper,
    # Spiegel.": the medium's name after its kind is the source.
    (
        "invented/German copy: reported a newspaper, Name",
        "Each deportee was given 1,000 euros in cash, reported the weekly, Focus.",
        [("1,000 euros", 1000, E, M, "EUR", {"source": "Focus"})],
    ),
    # Batch 29. Central Asian remittance copy: "Around 27% of Kyrgyzstan's GDP comes from
    # remittances": the verb "comes" was read as the plural noun of the share.
    (
        "invented/remittance copy: N% of a country's GDP comes from",
        "Around 31% of Tajikistan's GDP comes from money sent home by migrants.",
        [("Around 31%", 31, AP, P, "%", {"head": "gdp"})],
    ),
    # Batch 30. Interfax copy on IOM Ukraine figures: "Ukrainian media have reported this
    # figure decreased by nearly 900,000": who reported it became what the number counts.
    (
        "invented/Interfax: officials said the number fell by N",
        "Some 41,000 people were displaced by May. Local officials said the number fell by "
        "2,000 in June.",
        [
            ("Some 41,000", 41000, AP, C, None, {"head": "people"}),
            (
                "2,000",
                2000,
                E,
                C,
                None,
                {"head": "people", "direction": "down", "source": "Local officials"},
            ),
        ],
    ),
    # Batch 31. IOM Missing Migrants copy: "over 3,400 deaths ..., including more than 580
    # women and 100 children. 1,400 of these deaths were caused by drowning": the count
    # between (children) hid the whole of the same noun.
    (
        "invented/IOM Missing Migrants: N of these deaths after an including list",
        "The project has recorded over 2,900 deaths on the route, including more than 400 "
        "women and 90 children. 1,200 of these deaths were caused by drowning.",
        [
            ("over 2,900", 2900, LO, C, None, {"head": "deaths"}),
            ("more than 400", 400, LO, C, None, {"head": "women", "part_of": 0}),
            ("90", 90, E, C, None, {"head": "children", "part_of": 0}),
            ("1,200", 1200, E, C, None, {"head": "deaths", "part_of": 0}),
        ],
    ),
    # Batch 32. 964media copy: "according to Iraq's Minister of Migration and Displacement,
    # Ivan Faiq Jabro." in a report that names other people: the name after the title was
    # not among the names found, so the title stayed the source.
    (
        "invented/964 media: according to a minister, a name the finder missed",
        "Director Pirdayan Jafar said the camp was closing.\n\nNearly 140 families returned "
        "to Sinjar, according to Iraq's Minister of Migration and Displacement, Nawal Sabri "
        "Hadi.",
        [("Nearly 140", 140, UP, C, None, {"head": "families", "source": "Nawal Sabri Hadi"})],
    ),
    # Batch 33. Turkish interior-ministry copy: "He also put the number of Syrians who have
    # left Turkey voluntarily since 2017 at 768,912": the capitalised plural (and the long
    # subject) hid the noun the number counts.
    (
        "invented/Turkish interior ministry: put the number of Xs at N",
        "He put the number of Afghans deported this year at 40,000.",
        [("40,000", 40000, E, C, None, {"head": "afghans"})],
    ),
    (
        "invented/Turkish interior ministry: put the number of Xs ... since YEAR at N",
        "The minister also put the number of Syrians who have left the country voluntarily "
        "since 2017 at 712,400.",
        [("712,400", 712400, E, C, None, {"head": "syrians"})],
    ),
    # Batch 34. SOS Mediterranee operation logs end a rescue with its position ("Latitude:
    # 33.60 / Longitude: 14.24"): two counts; a position is no figure.
    (
        "invented/NGO rescue log: latitude and longitude lines",
        "Rescue of a rubber boat completed, 97 survivors on board.\nLatitude: 33.41\n"
        "Longitude: 12.87",
        [("97", 97, E, C, None, {"head": "survivors"})],
    ),
    # Batch 35. SOS Mediterranee reports: "a wooden boat is located 71 NM off the Libyan
    # coast": the capitals were no unit, so a count of "nm".
    (
        "invented/NGO rescue report: N NM off the coast",
        "A rubber boat was spotted 37 NM off the Libyan coast.",
        [("37 NM", 37, E, X, "nautical_mile")],
    ),
    # Batch 36. SOS Mediterranee report: "has saved 276 (corrected number) people": the
    # editor's aside hid the noun, so the count took the head of the count before.
    (
        "invented/NGO rescue report: an editor's aside before the noun",
        "After three rescues the crew saved 231 (corrected number) people from drowning, "
        "including 19 women.",
        [
            ("three", 3, E, C, None, {"head": "rescues"}),
            ("231", 231, E, C, None, {"head": "people"}),
            ("19", 19, E, C, None, {"head": "women", "part_of": 1}),
        ],
    ),
    # Batch 37. ELTA copy on the Belarus border: "Polish border guards pushed back a total
    # of 774 migrants from 28 to 31 March": the first day of the range was a count.
    (
        "invented/ELTA copy: from D to D Month",
        "Polish border guards pushed back a total of 612 migrants from 14 to 17 April.",
        [("612", 612, E, C, None, {"head": "migrants"})],
    ),
    # Batch 38. Armenian government updates on Karabakh arrivals: "Males make up 41,056 and
    # females 43,900": "make up" was no verb of amount, and the second count, its verb left
    # out, took the first one's noun.
    (
        "invented/Armenian government update: Xs make up N and Ys M",
        "Some 62,300 people have been registered. Men make up 29,800 and women 32,500.",
        [
            ("Some 62,300", 62300, AP, C, None, {"head": "people"}),
            ("29,800", 29800, E, C, None, {"head": "men"}),
            ("32,500", 32500, E, C, None, {"head": "women"}),
        ],
    ),
    (
        "invented/Armenian government update: boys and girls",
        "Boys make up 9,400 of the children and girls 8,700.",
        [
            ("9,400", 9400, E, C, None, {"head": "children"}),
            ("8,700", 8700, E, C, None, {"head": "girls"}),
        ],
    ),
    # Batch 39. UK Channel copy again: "nearly a quarter of the record 44,000 people":
    # "record" between "of the" and the whole hid the whole, so the share's head was
    # "record".
    (
        "invented/UK Channel copy: a share of the record N",
        "Upwards of 9,000 Eritreans arrived this year, making up nearly a fifth of the record "
        "47,000 people who crossed.",
        [
            ("Upwards of 9,000", 9000, LO, C, None, {"head": "eritreans"}),
            ("nearly a fifth", 20, UP, P, "%", {"head": "people", "part_of": 2, "direction": None}),
            ("47,000", 47000, E, C, None, {"head": "people"}),
        ],
    ),
    # Batch 40. Azerbaijani resettlement copy (Trend, News.az): "10 families received
    # three-room ... apartments" made "three-room" a count of rooms; a home's type, as
    # "three-bedroom" is (small numbers only: "a 40-room hotel" counts rooms).
    (
        "invented/Azerbaijani copy: a three-room apartment is a type",
        "Some 45 families moved into three-room apartments in Lachin.",
        [("Some 45", 45, AP, C, None, {"head": "families"})],
    ),
    # Batch 41. The same copy: "they received 49 two-room, 73 three-room, and 16 four-room
    # apartments": each count's modifier, one noun shared at the end.
    (
        "invented/Azerbaijani copy: counts sharing one noun after their modifiers",
        "The 120 families received 38 two-room, 52 three-room and 30 four-room apartments.",
        [
            ("120", 120, E, C, None, {"head": "families"}),
            ("38", 38, E, C, None, {"head": "apartments"}),
            ("52", 52, E, C, None, {"head": "apartments"}),
            ("30", 30, E, C, None, {"head": "apartments"}),
        ],
    ),
    # Batch 42. AFP copy on expulsions from Sfax: "two convoys were seen dropping off
    # migrants from sub-Saharan Africa, a hundred in all": the total set off after its noun
    # took the head of the count before (convoys).
    (
        "invented/AFP Tunisia copy: a total set off after its noun",
        "Within a week, three buses dropped off migrants from West Africa, some 140 in all, "
        "near the border.",
        [
            ("three", 3, E, C, None, {"head": "buses"}),
            ("some 140", 140, AP, C, None, {"head": "migrants"}),
        ],
    ),
    # Batch 43. The same AFP copy: "a high school in Ben Guerdane, 40 kilometres west of Ras
    # Jedir. ... He said the Red Crescent had brought 400 mattresses": the town took the
    # distance for an age ("Jane Doe, 45,") and became a person, the "he" of the next
    # sentence; and "An AFP correspondent" became a name.
    (
        "invented/AFP Tunisia copy: a town and a distance are no person and age",
        "Farid Kacem, head of the regional Red Crescent, told AFP that 520 migrants had been "
        "sheltered. An AFP reporter saw families at a school in Ben Gardane, 35 kilometres "
        "from the border. He said the charity had brought 300 blankets.",
        [
            ("520", 520, E, C, None, {"source": "Farid Kacem", "head": "migrants"}),
            ("35 kilometres", 35, E, X, "kilometer"),
            ("300", 300, E, C, None, {"source": "Farid Kacem", "head": "blankets"}),
        ],
    ),
    # Batch 44. Kyrgyz copy on the Batken clashes: "The Tajik side unofficially reported
    # more than 150 wounded": the adverb stayed in the source; "officially reported 150"
    # and "later reported 150" read as adjectives ("the reported 150 cases"), so no source.
    (
        "invented/Kyrgyz copy: a body, an adverb, reported N",
        "The Tajik side unofficially reported more than 120 wounded and about 14 dead.",
        [
            ("more than 120", 120, LO, C, None, {"source": "Tajik side"}),
            ("about 14", 14, AP, C, None, {"source": "Tajik side"}),
        ],
    ),
    (
        "invented/Kyrgyz copy: later reported N",
        "Border police later reported 85 arrests.",
        [("85", 85, E, C, None, {"source": "Border police", "head": "arrests"})],
    ),
    # Batch 45. Kyrgyz evacuation copy: "260 — in organized temporary camps (lyceum No. 57
    # — 56 people, school No. 3 — 11, Lenin school — 93)": the label's number and the count
    # after the spaced dash made one range, and the label took both.
    (
        "invented/Kyrgyz copy: a numbered place, a spaced dash, its count",
        "Evacuees were housed in schools (gymnasium No. 12 — 48 people, school No. 5 — 17).",
        [
            ("48", 48, E, C, None, {"head": "people"}),
            ("17", 17, E, C, None),
        ],
    ),
    # Batch 46. Turkish and Lebanese wire copy closes with the medium set off by commas:
    # "..., the state news agency, Anadolu, reported." had no source (a person's name in
    # the same place had one).
    (
        "invented/wire: a figure, then the state news agency, Name, reported",
        "Some 136 Afghan migrants were deported on a charter flight, the state news agency, "
        "Anadolu, reported.",
        [("Some 136", 136, AP, C, None, {"source": "Anadolu", "head": "migrants"})],
    ),
    # Batch 47. Armenian government releases write the code after the amount: "the one-time
    # support of 100,000 AMD", "40,000 AMD for apartment rent" were counts (the guard: "2 AMD
    # processors" is the chipmaker).
    (
        "invented/Armenian government release: N AMD",
        "Each displaced person will receive 50,000 AMD a month for rent.",
        [("50,000 AMD", 50000, E, M, "AMD")],
    ),
    (
        "invented/guard: a small number before AMD is the chipmaker",
        "The new laptop has 2 AMD processors.",
        [("2", 2, E, C, None, {"head": "processors"})],
    ),
    # Batch 48. Bulgarian interior-ministry copy (Novinite): "This number is 69% lower
    # compared to January last year when it was around 6380, as reported by the Ministry of
    # Interior." gave the source "This number" ("as reported by" is a passive, its agent
    # after "by"); "According to the General Directorate Border Police from the beginning of
    # the year until January 31, nearly 1980 ..." kept the period in the source; "under Art.
    # 280 and 281 of the Criminal Code" made 281 a count.
    (
        "invented/Novinite: as reported by a ministry",
        "Arrivals fell to 5,240 in May, as reported by the Ministry of Interior.",
        [("5,240", 5240, E, C, None, {"source": "Ministry of Interior", "head": "arrivals"})],
    ),
    (
        "invented/Novinite: according to a body from the beginning of the year until a date",
        "According to the Border Police from the beginning of the year until March 31, nearly "
        "2,400 people attempted to cross.",
        [("nearly 2,400", 2400, UP, C, None, {"source": "Border Police", "head": "people"})],
    ),
    (
        "invented/Novinite: Art. N and M of a code",
        "Some 140 defendants face charges under Art. 280 and 281 of the Criminal Code.",
        [("Some 140", 140, AP, C, None, {"head": "defendants"})],
    ),
    # Batch 49. Bulgarian interior-ministry copy: "Border guards intercepted 1,729 illegal
    # migrants, predominantly from Syria (920), Morocco (270), Afghanistan (249), and Iraq
    # (105)": a breakdown by country in brackets, after a word that says so, is part of the
    # count before. (The head of "Syrians (120)" is open: the whole's noun or "syrians".)
    (
        "invented/Novinite: a breakdown by country in brackets",
        "Border guards intercepted 2,140 migrants, mainly from Syria (1,150), Morocco (310) "
        "and Iraq (95).",
        [
            ("2,140", 2140, E, C, None, {"head": "migrants"}),
            ("1,150", 1150, E, C, None, {"head": "migrants", "part_of": 0}),
            ("310", 310, E, C, None, {"head": "migrants", "part_of": 0}),
            ("95", 95, E, C, None, {"head": "migrants", "part_of": 0}),
        ],
    ),
    (
        "invented/Novinite: including demonyms in brackets",
        "Police detained 460 people, including Syrians (130) and Afghans (75).",
        [
            ("460", 460, E, C, None, {"head": "people"}),
            ("130", 130, E, C, None, {"part_of": 0}),
            ("75", 75, E, C, None, {"part_of": 0}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_real_probe_migration_europe(text, expected):
    check_figures(text, expected)
