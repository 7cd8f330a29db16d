"""Second dev set, batch ``ds2-regions``: reports 27-30, displacement and migration copy
from and about Africa, the Middle East and Latin America as regional papers and
international outlets write it (The East African / Daily Nation on South Sudan and Chad,
eastern DRC wire copy, The National on the Lebanon-Syria crossings, AP Latin America on
Dominican deportations of Haitians). Before writing them, real reports of these kinds were
read through the stored-pages search (none is kept here); every sentence, name and number
is invented.

Blind score (reports and gold committed in 08cf4b4 before the extractor was first run on
them; ``python -m analysis.evaluate tests/fixtures/devset2 --misses`` on that commit)::

    report                         gold  pred match      P      R     F1  date
    27-renk-returnees.txt            22    22    22  1.000  1.000  1.000  ok
    28-goma-camps-toll.txt           22    22    22  1.000  1.000  1.000  ok
    29-masnaa-crossings.txt          19    19    19  1.000  1.000  1.000  ok
    30-dominican-deportations.txt    17    17    17  1.000  1.000  1.000  ok
    TOTAL                            80    80    80  1.000  1.000  1.000  1.000

    field accuracy over 80 matched figures:
      bound                         1.000  (80/80)
      kind                          0.988  (79/80)
      head                          0.925  (74/80)
      low_high                      1.000  (80/80)
      part_of                       1.000  (80/80)
      source                        0.850  (68/80)
      source (lenient: surname ok)  0.850  (68/80)
      counted                       0.850  (68/80)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted), counted left out:
      27 'about 90 per cent': head: 'arrivals' -> 'returnees'
      28 'fewer than 100': source: 'M23' -> nan
      28 '1,240': head: 'wounded' -> 'people'
      28 '45,000 Congolese francs': kind: 'money' -> 'count'; head: 'CDF' -> 'francs'
      28 '30,000 francs': head: 'CDF' -> 'CHF'
      28 'up to 10 percent': head: 'withdrawal' -> nan
      29 '1,020', '812': source: 'Disaster Risk Management Unit'
                              -> "the government's Disaster Risk Management Unit"
      29 '9 million Lebanese pounds': source: 'a driver in Chtaura' -> nan
      30 '371,415', '35%', '276,000': source: 'General Directorate of Migration'
                              -> "the country's General Directorate of Migration"
      30 '338,600': head: 'returns' -> 'people'; source: 'International Organization for
                              Migration' -> nan
      30 '3,870': source: 'International Organization for Migration' -> nan
      30 'at least 1,100', 'up to four days': source: 'Support Group for Repatriates and
                              Refugees' -> 'A Haitian rights group'
      30 'some 1.4 million': source: 'International Organization for Migration' -> 'IOM'

The gold checker (then ``tests/fixtures/devset/check_gold.py``, now the second set's own copy,
``tests/fixtures/devset2/check_gold.py``) was extended before the batch
was written (commit 0fe0744) to read money in local currencies (SSP, RD$, Sudanese pounds,
Congolese francs, gourdes); no gold was changed after the blind run.

Each failure that looked general became one or more INVENTED sentences in ``CASES`` below
(other names and numbers, the same construction), expected rows written by hand before the
extractor was run on them. Conventions are those of ``tests/test_real_probe_*.py``: a row
is ``(text, value or (low, high), bound, kind, unit)`` plus an optional dict of further
fields (``part_of`` as the index of the whole among the expected rows, ``head``,
``source`` compared as the scorer does).

Before this round's fixes (the table run against the branch point, commit 45b6e30, with
that tree's ``analysis`` first on the path): 6 of the 20 rows of batch 1 passed (the
guards: Swiss francs, "quoted ... as saying", a relative clause before "said", "forced
returns at the border", "the government's Emergency Operations Room", and the open
"treated 415 wounded" row once its head was left unchecked). Batches 2-15 probe the same
kinds of copy beyond the four reports; each batch's comment says how many of its rows
passed when first run on the branch as it then stood. The whole table (154 rows) run
against the branch point 45b6e30: 109 passed, 45 failed; after this round's rules: 154.

Scores of the four reports after the rules (``python -m analysis.evaluate
tests/fixtures/devset2``, this batch's rows): F1 1.000; bound, kind, low_high, part_of
1.000; head 79/80 (28 '1,240': "wounded" -> "people", open); source 79/80 (29 '9 million
Lebanese pounds': "a driver in Chtaura" -> "a driver", open: the extractor cuts a singular
speaker's "in <place>").
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

CASES = [
    # Bare "francs" were Swiss whatever the report was about; "Congolese francs" were not
    # money at all.
    (
        "invented/East African: Congolese francs, then bare francs",
        "In Uvira, a jerrycan of clean water sold for 2,500 Congolese francs on Friday, "
        "against 1,000 francs before the fighting, residents said.",
        [
            ("2,500 Congolese francs", 2500, E, M, "CDF", {"source": "residents"}),
            ("1,000 francs", 1000, E, M, "CDF", {"source": "residents"}),
        ],
    ),
    (
        "invented/wire: bare francs in a report about Rwanda",
        "Kigali raised the monthly allowance for refugees in Mahama camp to 9,800 francs, "
        "Rwanda's emergency management ministry said.",
        [("9,800 francs", 9800, E, M, "RWF")],
    ),
    (
        "invented/guard: bare francs in a report about Switzerland",
        "The Geneva canton will spend 4 million francs on shelters for asylum seekers.",
        [("4 million francs", 4e6, E, M, "CHF")],
    ),
    # A share "of them" followed by what the part is: the head is the whole's noun.
    (
        "invented/Daily Nation: a share of them, then what the part is",
        "Kenyan officials said they had registered 12,400 new arrivals at Dadaab since "
        "January, some 60 per cent of them Somali women and children.",
        [
            ("12,400", 12400, E, C, None, {"head": "arrivals"}),
            ("some 60 per cent", 60, AP, P, "%", {"head": "arrivals", "part_of": 0}),
        ],
    ),
    # "of each withdrawal": the noun after "each" is the whole.
    (
        "invented/East African: a share of each transaction",
        "Money transfer agents in Bunia are keeping up to 8 percent of each transfer, "
        "traders said.",
        [("up to 8 percent", 8, UP, P, "%", {"head": "transfer", "source": "traders"})],
    ),
    # "treated 1,240 wounded": whether the head is the state noun ("wounded") or "people"
    # is open (the project's tables have "1,037 dead and 1,204 injured" -> injured, but "The
    # storm left 1,300 injured due to ..." -> people), so only the source is checked.
    (
        "invented/wire: treated a number of wounded since a date",
        "Doctors at the Ndosho hospital said they had treated 415 wounded since Sunday.",
        [("415", 415, E, C, None, {"source": "Doctors at the Ndosho hospital"})],
    ),
    # "forced returns" is what the agency counted.
    (
        "invented/AP: counted returns",
        "The agency counted 52,300 forced returns at the border last year.",
        [("52,300", 52300, E, C, None, {"head": "returns"})],
    ),
    (
        "invented/AP: returns from a country",
        "Guatemala received 61,800 forced returns from Mexico and the United States in 2024.",
        [("61,800", 61800, E, C, None, {"head": "returns"})],
    ),
    (
        "invented/IOM Libya copy: voluntary returns from a country",
        "IOM organised 9,400 voluntary returns from Libya to Nigeria and Mali.",
        [("9,400", 9400, E, C, None, {"head": "returns"})],
    ),
    # "the country's X" / "the government's X": the possessor is not part of the name.
    (
        "invented/AP: the country's named agency",
        "Panama registered 14,260 crossings in March, the country's National Migration "
        "Service said.",
        [("14,260", 14260, E, C, None, {"source": "National Migration Service"})],
    ),
    (
        "invented/The National: the government's named unit",
        "Of the 940 schools turned into shelters, 610 are full, the government's Emergency "
        "Operations Room said.",
        [
            ("940", 940, E, C, None, {"source": "Emergency Operations Room"}),
            ("610", 610, E, C, None, {"source": "Emergency Operations Room", "part_of": 0}),
        ],
    ),
    (
        "invented/The National: the government's unit named in four words",
        "Some 1,200 families are still in schools, the government's Crisis Response "
        "Coordination Unit said.",
        [("Some 1,200", 1200, AP, C, None, {"source": "Crisis Response Coordination Unit"})],
    ),
    # A descriptor, then the name in apposition: the name is the source.
    (
        "invented/AP: a descriptor, then the group's name",
        "A Congolese rights group, the Kivu Justice Collective, said at least 45 civilians "
        "had been killed in Kalehe.",
        [("at least 45", 45, LO, C, None, {"source": "Kivu Justice Collective"})],
    ),
    (
        "invented/AP: a descriptor, the name, then how it is known",
        "A Sahel monitoring group, the Liptako Observatory, known by its French initials OLT, "
        "said 64 villages had been emptied since March.",
        [("64", 64, E, C, None, {"source": "Liptako Observatory", "head": "villages"})],
    ),
    # A relative clause between the subject and its reporting verb.
    (
        "invented/wire: a relative clause before said",
        "UNICEF, which supports the camp clinics, said 430 children had been treated for "
        "severe malnutrition.",
        [("430", 430, E, C, None, {"source": "UNICEF", "head": "children"})],
    ),
    (
        "invented/AP: a relative clause before counted",
        "The Norwegian Refugee Council, which runs schools in the camps, counted 2,700 "
        "children out of class.",
        [("2,700", 2700, E, C, None, {"source": "Norwegian Refugee Council"})],
    ),
    # An acronym later in the text is the organisation named in full earlier.
    (
        "invented/AP: an acronym for a name given in full earlier",
        "The International Rescue Committee opened two clinics in Ouanaminthe. About 600 "
        "patients a week are seen there, according to IRC.",
        [
            ("two", 2, E, C, None, {"head": "clinics"}),
            ("About 600", 600, AP, C, None, {"source": "International Rescue Committee"}),
        ],
    ),
    # A name with digits as the subject of a reporting verb.
    (
        "invented/East African: an armed group whose name has digits",
        "The M23 claimed that its fighters had captured 120 government soldiers near Sake.",
        [("120", 120, E, C, None, {"source": "M23", "head": "soldiers"})],
    ),
    # "quoted" a price. Whether a singular speaker keeps its place ("a trader in Maiduguri")
    # is open: the extractor cuts "in <place>" after a singular noun, so either is accepted.
    (
        "invented/Premium Times: a trader quoted a price",
        "A trader in Maiduguri quoted ₦85,000 for a bag of rice.",
        [("₦85,000", 85000, E, M, "NGN", {"source": ("A trader in Maiduguri", "A trader")})],
    ),
    (
        "invented/guard: quoted someone as saying",
        "State radio quoted the health minister as saying 45 people had died.",
        [("45", 45, E, C, None, {"source": "health minister"})],
    ),
]


# Batch 2: forms of the same regional copy beyond the four reports (local currencies as the
# papers write them, tallies from several sources), written by hand before the extractor was
# run on them.
CASES += [
    (
        "invented/Daily Nation: shillings written Sh before the amount",
        "The government will spend Sh2.4 billion relocating families displaced by floods in "
        "Mathare, Interior officials said.",
        [("Sh2.4 billion", 2.4e9, E, M, "KES", {"source": "Interior officials"})],
    ),
    (
        "invented/The Standard: KSh before the amount",
        "The county has so far released KSh 45 million for relief food.",
        [("KSh 45 million", 45e6, E, M, "KES")],
    ),
    (
        "invented/Premium Times: naira written N before the amount",
        "The Borno State government said it had spent N3.2 billion on the camps in Maiduguri.",
        [("N3.2 billion", 3.2e9, E, M, "NGN", {"source": "Borno State government"})],
    ),
    (
        "invented/Addis Standard: birr after the amount",
        "Each displaced household in Gode receives 3,000 birr a month.",
        [("3,000 birr", 3000, E, M, "ETB")],
    ),
    (
        "invented/wire: CFA francs in Chad are the Central African franc",
        "In Adre, a sack of millet now costs 25,000 CFA francs, traders in eastern Chad said.",
        [("25,000 CFA francs", 25000, E, M, "XAF", {"source": "traders in eastern Chad"})],
    ),
    (
        "invented/wire: CFA francs in Niger are the West African franc",
        "In Niamey, a family ration costs 2,500 CFA francs, aid workers in Niger said.",
        [("2,500 CFA francs", 2500, E, M, "XOF", {"source": "aid workers in Niger"})],
    ),
    (
        "invented/L'Orient Today: LBP before the amount",
        "Rents for a room in Beirut's southern suburbs have reached LBP 15 million.",
        [("LBP 15 million", 15e6, E, M, "LBP")],
    ),
    (
        "invented/wire: a range of dinars in Tunisia",
        "Migrants in Sfax said smugglers charged 3,000 to 5,000 dinars for a place on a boat "
        "to Lampedusa.",
        [("3,000 to 5,000 dinars", (3000, 5000), R, M, "TND", {"source": "Migrants in Sfax"})],
    ),
    (
        "invented/The National: dirhams with a dollar conversion",
        "The UAE pledged Dh100 million ($27.2 million) for displaced families in Gaza.",
        [("Dh100 million", 1e8, E, M, "AED"), ("$27.2 million", 27.2e6, E, M, "USD")],
    ),
    (
        "invented/AP: a record crossing count with a named service",
        "More than 520,000 people crossed the Darien in 2023, a record, according to "
        "Panama's National Migration Service.",
        [
            (
                "More than 520,000",
                520000,
                LO,
                C,
                None,
                {"head": "people", "source": "Panama's National Migration Service"},
            )
        ],
    ),
    (
        "invented/wire: officials' range against the army's toll",
        "The clashes killed between 150 and 200 people, local officials said, while the "
        "army put the toll at 47.",
        [
            ("between 150 and 200", (150, 200), R, C, None, {"source": "local officials"}),
            ("47", 47, E, C, None, {"source": "army"}),
        ],
    ),
    (
        "invented/sitrep: two bodies' counts in one sentence",
        "Local authorities counted 43,000 displaced people, while OCHA put the figure at 61,000.",
        [
            ("43,000", 43000, E, C, None, {"source": "Local authorities"}),
            ("61,000", 61000, E, C, None, {"source": "OCHA"}),
        ],
    ),
    (
        "invented/AP: gourdes with a dollar conversion",
        "A bus ticket from the border to Port-au-Prince costs 1,500 gourdes, about $11.",
        [("1,500 gourdes", 1500, E, M, "HTG"), ("about $11", 11, AP, M, "USD")],
    ),
    (
        "invented/Diario Libre: a range of Dominican pesos",
        "Fines for employers who hire undocumented workers range from RD$50,000 to RD$500,000.",
        # (expected text corrected after the first run: a range's text keeps its "from", as
        # it keeps "between"; the README lists "from X to Y" among the range forms)
        [("from RD$50,000 to RD$500,000", (50000, 500000), R, M, "DOP")],
    ),
    (
        "invented/El País: of whom after a named agency's count",
        "Colombia hosts nearly 2.9 million Venezuelans, of whom about 2 million hold "
        "temporary protection, Migración Colombia said.",
        [
            (
                "nearly 2.9 million",
                2.9e6,
                UP,
                C,
                None,
                {"head": "venezuelans", "source": "Migración Colombia"},
            ),
            ("about 2 million", 2e6, AP, C, None, {"part_of": 0, "source": "Migración Colombia"}),
        ],
    ),
    (
        "invented/Ahram Online: Egyptian pounds written E£",
        "Sudanese families in Cairo pay up to E£8,000 a month in rent.",
        [("up to E£8,000", 8000, UP, M, "EGP")],
    ),
    (
        "invented/Libya Observer: intercepted, died and missing so far this year",
        "So far this year, 19,295 migrants have been intercepted and returned to Libya, while "
        "568 died and 783 went missing, IOM said.",
        [
            ("19,295", 19295, E, C, None, {"head": "migrants", "source": "IOM"}),
            ("568", 568, E, C, None, {"source": "IOM"}),
            ("783", 783, E, C, None, {"source": "IOM"}),
        ],
    ),
]


# Batch 3: more of the same copy (tolls with "including", brackets, appositions, durations),
# written by hand before the extractor was run on them.
CASES += [
    (
        "invented/Al Jazeera: a named monitor with its description, then recorded",
        "ACLED, a conflict monitor, has recorded more than 24,000 deaths in Sudan since the "
        "war began.",
        [("more than 24,000", 24000, LO, C, None, {"source": "ACLED", "head": "deaths"})],
    ),
    (
        "invented/Al Jazeera: including at least, a part of the toll",
        "The health ministry in Gaza said 34,180 Palestinians had been killed, including at "
        "least 14,500 children.",
        [
            ("34,180", 34180, E, C, None, {"head": "palestinians"}),
            ("at least 14,500", 14500, LO, C, None, {"head": "children", "part_of": 0}),
        ],
    ),
    (
        "invented/The East African: including who fled abroad",
        "The war has displaced more than 11 million people, including 3 million who fled "
        "abroad, the IOM said.",
        [
            ("more than 11 million", 11e6, LO, C, None, {"head": "people", "source": "IOM"}),
            ("3 million", 3e6, E, C, None, {"part_of": 0, "source": "IOM"}),
        ],
    ),
    (
        "invented/wire: a hyphenated duration before its noun",
        "The 20-month war has emptied whole towns in Darfur.",
        [("20-month", 20, E, D, "month", {"head": "month"})],
    ),
    (
        "invented/UNHCR: arrivals within a number of hours",
        "UNHCR registered 3,500 new arrivals in the past 72 hours.",
        [
            ("3,500", 3500, E, C, None, {"head": "arrivals", "source": "UNHCR"}),
            ("72 hours", 72, E, D, "hour"),
        ],
    ),
    (
        "invented/AP: a regional platform named after its count",
        "About 7.7 million Venezuelans have left the country since 2014, according to R4V, "
        "the regional platform led by UNHCR and IOM.",
        [("About 7.7 million", 7.7e6, AP, C, None, {"head": "venezuelans", "source": "R4V"})],
    ),
    (
        "invented/AP: a rate a day",
        "Panamanian officials said about 2,000 migrants a day were emerging from the jungle.",
        [
            (
                "about 2,000",
                2000,
                AP,
                C,
                None,
                {"head": "migrants", "source": "Panamanian officials"},
            )
        ],
    ),
    (
        "invented/Sudan Tribune: local currency with its dollar value in brackets",
        "A seat on a truck to the Egyptian border costs 300,000 Sudanese pounds (about $150).",
        [
            ("300,000 Sudanese pounds", 300000, E, M, "SDG"),
            ("about $150", 150, AP, M, "USD"),
        ],
    ),
    (
        "invented/MSF: its teams treated patients",
        "Médecins Sans Frontières (MSF) said its teams had treated 1,400 patients for "
        "malnutrition in Zamzam camp in May.",
        [
            (
                "1,400",
                1400,
                E,
                C,
                None,
                {"head": "patients", "source": "Médecins Sans Frontières"},
            )
        ],
    ),
    (
        "invented/The National: a share of a population with or",
        "About 1.9 million people, or roughly 90 per cent of Gaza's population, have been "
        "displaced, the UN said.",
        [
            ("About 1.9 million", 1.9e6, AP, C, None, {"head": "people", "source": "UN"}),
            ("roughly 90 per cent", 90, AP, P, "%", {"head": "population", "source": "UN"}),
        ],
    ),
    (
        "invented/Daily Nation: Sh with a small amount in a Kenyan report",
        "In Kakuma, a kilo of maize flour now sells for Sh180, up from Sh120 in January.",
        [("Sh180", 180, E, M, "KES"), ("Sh120", 120, E, M, "KES")],
    ),
    (
        "invented/Anadolu: Syrians returned from Turkey, a cumulative figure",
        "Some 730,000 Syrians have returned voluntarily from Turkey since 2016, Interior "
        "Minister Ali Yerlikaya said.",
        [
            (
                "Some 730,000",
                730000,
                AP,
                C,
                None,
                {"head": "syrians", "source": "Ali Yerlikaya"},
            )
        ],
    ),
    (
        "invented/Middle East Eye: the Hamas-run ministry's toll and the army's claim",
        "The Israeli military claimed it had killed about 17,000 fighters, a figure it has "
        "not backed with evidence.",
        [
            (
                "about 17,000",
                17000,
                AP,
                C,
                None,
                {"head": "fighters", "source": "Israeli military"},
            )
        ],
    ),
    (
        "invented/Premium Times: IDPs and a state emergency agency",
        "The Borno State Emergency Management Agency (SEMA) said 6,150 households had been "
        "relocated from the Dalori camp.",
        [
            (
                "6,150",
                6150,
                E,
                C,
                None,
                {"head": "households", "source": "Borno State Emergency Management Agency"},
            )
        ],
    ),
]


# Batch 4: quotes with a later surname, tolls one side puts, shares of interceptions (all
# passing before; a tenth sentence with "two-thirds were families" was left out: a fraction
# written in words is an open convention of the gold).
CASES += [
    (
        "invented/AFP: a quote with its speaker after, then her surname and of them",
        "“We have received 12,000 people in three days,” said Amina Yusuf, the camp "
        "coordinator in Tine. Yusuf added that 40 per cent of them were children.",
        [
            ("12,000", 12000, E, C, None, {"head": "people", "source": "Amina Yusuf"}),
            ("three days", 3, E, D, "day", {"source": "Amina Yusuf"}),
            ("40 per cent", 40, E, P, "%", {"part_of": 0, "source": "Amina Yusuf"}),
        ],
    ),
    (
        "invented/Al Jazeera: a toll one side puts, an envoy's higher estimate",
        "The army-aligned government puts the death toll at 20,000, but US envoy Tom "
        "Perriello has said estimates run as high as 150,000.",
        [
            ("20,000", 20000, E, C, None, {"source": "army-aligned government"}),
            ("as high as 150,000", 150000, UP, C, None, {"source": "Tom Perriello"}),
        ],
    ),
    (
        "invented/AP: a rate a day according to an office with its acronym",
        "Dominican authorities deported about 1,000 Haitians a day in October, according to "
        "Haiti's National Migration Office (ONM).",
        [
            (
                "about 1,000",
                1000,
                AP,
                C,
                None,
                {"head": "haitians", "source": "Haiti's National Migration Office"},
            )
        ],
    ),
    (
        "invented/Reuters: interceptions in the first half, a share of them",
        "Tunisia's coast guard said it had intercepted 21,000 migrants in the first half of "
        "the year, 76 percent of them from sub-Saharan Africa.",
        [
            ("21,000", 21000, E, C, None, {"head": "migrants", "source": "Tunisia's coast guard"}),
            (
                "76 percent",
                76,
                E,
                P,
                "%",
                {"head": "migrants", "part_of": 0, "source": "Tunisia's coast guard"},
            ),
        ],
    ),
    (
        "invented/Reuters: bodies recovered, the National Guard said",
        "In all, 54 bodies were recovered off Sfax last week, the National Guard said.",
        [("54", 54, E, C, None, {"head": "bodies", "source": "National Guard"})],
    ),
    (
        "invented/The National: a currency's lost value",
        "The Lebanese pound has lost more than 98 per cent of its value since 2019.",
        [("more than 98 per cent", 98, LO, P, "%", {"head": "value"})],
    ),
    (
        "invented/Daily Nation: a complex built for fewer now holds more",
        "The Dadaab complex now holds about 380,000 refugees, UNHCR said on Tuesday.",
        [("about 380,000", 380000, AP, C, None, {"head": "refugees", "source": "UNHCR"})],
    ),
    (
        "invented/Reuters: a hyphenated ultimatum in hours",
        "Residents were given a 48-hour ultimatum to leave the Lushagala site.",
        [("48-hour", 48, E, D, "hour", {"head": "hour"})],
    ),
    (
        "invented/wire: a toll revised upwards, from and to",
        "The death toll from the boat disaster off Djibouti rose from 21 to 45, IOM said, "
        "with 33 others missing.",
        [
            ("21", 21, E, C, None, {"source": "IOM"}),
            ("45", 45, E, C, None, {"source": "IOM"}),
            ("33", 33, E, C, None, {"source": "IOM"}),
        ],
    ),
]


# Batch 5: how the region's papers write local money, one line each (22 lines probed, 5
# failing before this batch's rules; the failing ones and guards are kept here).
CASES += [
    (
        "invented/Cameroon copy: FCFA before the amount",
        "In Maroua, Cameroon, a sack of rice costs FCFA 25,000.",
        [("FCFA 25,000", 25000, E, M, "XAF")],
    ),
    (
        "invented/Sahel copy: FCFA after the amount",
        "In Mopti, Mali, displaced families receive 30,000 FCFA a month.",
        [("30,000 FCFA", 30000, E, M, "XOF")],
    ),
    (
        "invented/Sahel copy: CFA before the amount",
        "In Niger, a bag of millet costs CFA 18,000.",
        [("CFA 18,000", 18000, E, M, "XOF")],
    ),
    (
        "invented/Tunisian copy: the ISO code before the amount",
        "In Sfax, migrants paid TND 2,500 for a seat on a boat.",
        [("TND 2,500", 2500, E, M, "TND")],
    ),
    (
        "invented/Prensa Libre: quetzales written Q",
        "In Guatemala City, deportees receive Q500 on arrival.",
        [("Q500", 500, E, M, "GTQ")],
    ),
    (
        "invented/La Prensa: lempiras written L",
        "Returnees in San Pedro Sula, Honduras, are given L1,200 for transport.",
        [("L1,200", 1200, E, M, "HNL")],
    ),
    (
        "invented/Diario Libre: bare pesos in Santo Domingo",
        "In Santo Domingo, the fine for hiring undocumented workers is 50,000 pesos.",
        [("50,000 pesos", 50000, E, M, "DOP")],
    ),
    (
        "invented/guard: bare pesos in Tapachula",
        "In Tapachula, a room costs 3,000 pesos a month.",
        [("3,000 pesos", 3000, E, M, "MXN")],
    ),
]


# Batch 6: a whole AP-style story on the Darien (a dateline, a quote, its speaker's "he
# said", a rate). Written before the run with six rows; "about two of every three" was left
# out as a fraction, but the extractor read it as two counts ("about two" and "three"), so
# it was added as a share, as "Three in every 10" already is. Left open: whether "230 of
# the patients" is part of the 1,120 treated two sentences before (another noun, a quote
# between), and who "it" is in "The government of President ... has flown 1,450 migrants
# home ..., it said".
_DARIEN = (
    "BAJO CHIQUITO, Panama (AP) — Crossings through the Darien jungle fell sharply this "
    "year, Panama's government said Tuesday, even as aid groups warned that the route "
    "remains deadly.\n\n"
    "Some 302,000 migrants crossed from Colombia between January and November, down 41% "
    "from the same period of 2023, the National Migration Service said. Venezuelans made "
    "up about two of every three.\n\n"
    "Doctors Without Borders said its teams had treated 1,120 people for injuries and "
    "illnesses at the jungle's exit in October alone. “We see children who walked for "
    "five days without clean water,” said Luis Eduardo Fonseca, the group's coordinator "
    "in Darien. He said at least 230 of the patients were under 18.\n\n"
    "Panama says it spent more than $70 million on reception centres last year. The "
    "government of President José Raúl Mulino has flown 1,450 migrants home on "
    "US-funded flights since August, it said.\n"
)
_NMS = "National Migration Service"
CASES += [
    (
        "invented/AP: a Darien story with a dateline, a quote and a rate",
        _DARIEN,
        [
            ("Some 302,000", 302000, AP, C, None, {"head": "migrants", "source": _NMS}),
            ("41%", 41, E, P, "%", {"source": _NMS}),
            ("about two of every three", 200 / 3, AP, P, "%"),
            ("1,120", 1120, E, C, None, {"head": "people", "source": "Doctors Without Borders"}),
            ("five days", 5, E, D, "day", {"source": "Luis Eduardo Fonseca"}),
            (
                "at least 230",
                230,
                LO,
                C,
                None,
                {"head": "patients", "source": "Luis Eduardo Fonseca"},
            ),
            ("more than $70 million", 70e6, LO, M, "USD", {"source": "Panama"}),
            ("1,450", 1450, E, C, None, {"head": "migrants"}),
        ],
    ),
    (
        "invented/guard: two of the three is a part, no rate",
        "Two of the three judges agreed.",
        [("Two", 2, E, C, None, {"part_of": 1}), ("three", 3, E, C, None)],
    ),
]


# Batch 7: Horn of Africa, Gulf, Nigerian and Haitian copy (11 of 12 passing before; the
# failing one was "per the UN human rights office").
CASES += [
    (
        "invented/Addis Standard: IDPs as the head",
        "Tigray's interim administration says more than 1 million IDPs remain in camps.",
        [
            (
                "more than 1 million",
                1e6,
                LO,
                C,
                None,
                {"head": "idps", "source": "Tigray's interim administration"},
            )
        ],
    ),
    (
        "invented/wire: a title before the name, after the said",
        "The UN's humanitarian coordinator for Sudan, Clementine Nkweta-Salami, said 25 "
        "million people need aid.",
        [
            (
                "25 million",
                25e6,
                E,
                C,
                None,
                {"head": "people", "source": "Clementine Nkweta-Salami"},
            )
        ],
    ),
    (
        "invented/wire: according to a body's latest count",
        "At least 68 people have died of cholera in Blue Nile state, according to the "
        "Sudanese Red Crescent's latest count.",
        [("At least 68", 68, LO, C, None, {"head": "people", "source": "Sudanese Red Crescent"})],
    ),
    (
        "invented/AP: per the ministry",
        "Nearly 600 people have been killed in Port-au-Prince this quarter, per the UN "
        "human rights office.",
        [("Nearly 600", 600, UP, C, None, {"head": "people", "source": "UN human rights office"})],
    ),
    (
        "invented/The National: a share of a population named with its size",
        "Nearly 90 per cent of Gaza's 2.1 million people have been displaced, some of them "
        "several times, the UN said.",
        [
            (
                "Nearly 90 per cent",
                90,
                UP,
                P,
                "%",
                {"head": "people", "part_of": 1, "source": "UN"},
            ),
            ("2.1 million", 2.1e6, E, C, None, {"head": "people", "source": "UN"}),
        ],
    ),
    (
        "invented/The National: dirhams abbreviated Dhs with a scale",
        "Emirati charities have raised Dhs1.2bn for Sudanese refugees in Chad since April.",
        [("Dhs1.2bn", 1.2e9, E, M, "AED")],
    ),
    (
        "invented/Daily Nation: Sh with m and bn",
        "Nairobi County has set aside Sh500m for flood victims, out of a Sh1.2bn relief budget.",
        [("Sh500m", 5e8, E, M, "KES"), ("Sh1.2bn", 1.2e9, E, M, "KES")],
    ),
    (
        "invented/Premium Times: naira trillion with the sign",
        "The federal government said it had released ₦1.5 trillion for the resettlement of "
        "displaced persons in the North-East.",
        [("₦1.5 trillion", 1.5e12, E, M, "NGN", {"source": "federal government"})],
    ),
    (
        "invented/AP: the first N days of a month",
        "In the first 10 days of October, 27,000 people were deported to Haiti, according to GARR.",
        [
            ("10 days", 10, E, D, "day", {"source": "GARR"}),
            ("27,000", 27000, E, C, None, {"head": "people", "source": "GARR"}),
        ],
    ),
    (
        "invented/Nigerian Army copy: troops rescued and neutralised",
        "Troops rescued 1,200 hostages and arrested 32 suspected kidnappers in Zamfara, the "
        "Nigerian Army said.",
        [
            ("1,200", 1200, E, C, None, {"head": "hostages", "source": "Nigerian Army"}),
            ("32", 32, E, C, None, {"head": "kidnappers", "source": "Nigerian Army"}),
        ],
    ),
    (
        "invented/IOM: died or went missing in one year",
        "In 2023 alone, 2,500 people died or went missing crossing the Mediterranean, IOM's "
        "Missing Migrants Project said.",
        [
            (
                "2,500",
                2500,
                E,
                C,
                None,
                {"head": "people", "source": "IOM's Missing Migrants Project"},
            )
        ],
    ),
    (
        "invented/Sudan Tribune: a Sudanese pound price without the demonym",
        "In Port Sudan, a litre of petrol now costs 3,000 pounds, up from 1,500 pounds before "
        "the war.",
        [("3,000 pounds", 3000, E, M, "SDG"), ("1,500 pounds", 1500, E, M, "SDG")],
    ),
    (
        "invented/guard: per a rate's unit after a comma is no source",
        "Each family gets 1,200 gourdes, per person 300.",
        [
            ("1,200 gourdes", 1200, E, M, "HTG", {"source": None}),
            ("300", 300, E, M, "HTG", {"source": None}),
        ],
    ),
]


# Batch 8: headlines, captions, vague amounts, labels and anonymous sources (all passing
# once one expected source was corrected: the scorer keeps an indefinite article, so the
# source is "A UN official" as written, not "UN official").
CASES += [
    (
        "invented/headline: Says UN after the count",
        "Over 500 Killed in Darfur Clashes, Says UN",
        [("Over 500", 500, LO, C, None, {"source": "UN"})],
    ),
    (
        "invented/AP caption: a file photo's date",
        "FILE - Migrants walk along the highway in Tapachula, Mexico, on Oct. 5, 2023.",
        [],
    ),
    (
        "invented/Al-Monitor: sources told the outlet",
        "Sources told Al-Monitor that about 400 fighters had crossed into Lebanon.",
        [("about 400", 400, AP, C, None, {"head": "fighters", "source": "Sources"})],
    ),
    (
        "invented/AP: an official who spoke on condition of anonymity",
        "A UN official who spoke on condition of anonymity said 14 aid workers had been detained.",
        [("14", 14, E, C, None, {"head": "workers", "source": "A UN official"})],
    ),
    (
        "invented/wire: families, or around a number of people",
        "Some 4,000 families, or around 20,000 people, have fled Kalehe.",
        [
            ("Some 4,000", 4000, AP, C, None, {"head": "families"}),
            ("around 20,000", 20000, AP, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/wire: a few hundred and several thousand are vague",
        "A few hundred people gathered outside the office, and several thousand more "
        "waited in Adre.",
        [],
    ),
    (
        "invented/wire: more than a dozen",
        "More than a dozen boats left Sfax overnight.",
        [("More than a dozen", 12, LO, C, None, {"head": "boats"})],
    ),
    (
        "invented/IPC: a phase is a label, no figure",
        "Some 755,000 people face IPC Phase 5 conditions in Sudan.",
        [("Some 755,000", 755000, AP, C, None, {"head": "people"})],
    ),
    (
        "invented/UN: a resolution's number",
        "Security Council Resolution 2736 demanded an end to the siege of El Fasher.",
        [],
    ),
    (
        "invented/wire: believed to have died",
        "At least 1,000 people are believed to have died in the Tarasin landslide.",
        [("At least 1,000", 1000, LO, C, None, {"head": "people", "source": None})],
    ),
    (
        "invented/wire: local media reported",
        "Local media reported at least 12 dead after the boat capsized off Zuwara.",
        [("at least 12", 12, LO, C, None, {"source": "Local media"})],
    ),
]


# Batch 9: an Al Jazeera page as scraped, with its audio player and related-stories widget
# (written by hand; before the rule the widget gave four counts and the player a duration).
CASES += [
    (
        "invented/Al Jazeera page: player length and related-stories widget",
        "Listen to this article\n4 mins\ninfo\nMore than 300,000 people have crossed from "
        "Lebanon into Syria, Lebanese authorities said.\nRelated Stories\nlist of 4 items\n"
        "list 1 of 4\nWhy Syrians are going home\nlist 2 of 4\nend of list\n",
        [("More than 300,000", 300000, LO, C, None, {"source": "Lebanese authorities"})],
    ),
    (
        "invented/AP page: a timestamp with its time zone's offset",
        "Updated 3:14 PM GMT+1, October 9, 2024\nNearly 40,000 people were displaced.",
        [("Nearly 40,000", 40000, UP, C, None, {"head": "people"})],
    ),
    (
        "invented/guard: a list of names and minutes waited",
        "The list of 40 names was published after he waited 4 mins.",
        [("40", 40, E, C, None, {"head": "names"}), ("4 mins", 4, E, D, "minute")],
    ),
]


# Batch 10: Syrian returns, Latin American asylum and Congo tallies. 6 of 10 passed as first
# written; the other four were my annotation, corrected to the tables' conventions, not the
# extractor: "within a year" (an article for one) is left out, as the tables leave "a week";
# the source of "a UNHCR survey found" keeps its article, as "A home department official"
# does in the dev set; "N displaced" counts people, as "over 3,000 displaced" does in the
# conflict table; "detained 782,000 migrants" attributes nothing (an action, no record or
# statement). "according to an AFP tally from hospitals" is AFP (settled in session 11: a
# document named by its owner gives the owner; what it was made from is no one's word).
CASES += [
    (
        "invented/The National: down from a peak of",
        "Turkey hosts 2.9 million Syrians under temporary protection, down from a peak of "
        "3.7 million in 2021.",
        [
            ("2.9 million", 2.9e6, E, C, None, {"head": "syrians"}),
            ("3.7 million", 3.7e6, E, C, None, {"head": "syrians"}),
        ],
    ),
    (
        "invented/Al-Monitor: a rate and within a year",
        "Only 1 in 10 Syrian refugees in Lebanon plans to return within a year, a UNHCR "
        "survey found.",
        [("1 in 10", 10, E, P, "%", {"source": "UNHCR"})],
    ),
    (
        "invented/AP: a hyphenated state of emergency",
        "Peru declared a 60-day state of emergency along its southern border.",
        [("60-day", 60, E, D, "day")],
    ),
    (
        "invented/AP: rose a share to a level",
        "The number of Haitians seeking asylum in Mexico rose 40% to 44,000, the refugee "
        "commission said.",
        [
            ("40%", 40, E, P, "%", {"source": "refugee commission"}),
            ("44,000", 44000, E, C, None, {"head": "haitians", "source": "refugee commission"}),
        ],
    ),
    (
        "invented/wire: the displaced as a head",
        "The UN counts more than 7 million displaced in Congo, the highest figure ever recorded.",
        [("more than 7 million", 7e6, LO, C, None, {"head": "people", "source": "UN"})],
    ),
    (
        "invented/AP: an agency's count in brackets after a record",
        "Mexico's National Migration Institute (INM) detained 782,000 migrants in 2023, a record.",
        [
            (
                "782,000",
                782000,
                E,
                C,
                None,
                {"head": "migrants", "source": None},
            )
        ],
    ),
    (
        "invented/wire: a possessive count before its noun",
        "Jordan's 650,000 registered Syrian refugees face new cuts in food aid.",
        [("650,000", 650000, E, C, None, {"head": "refugees"})],
    ),
    (
        "invented/AFP: a tally by a news agency",
        "At least 773 people were killed in Goma, according to an AFP tally from hospitals "
        "and morgues.",
        [("At least 773", 773, LO, C, None, {"head": "people", "source": "AFP"})],
    ),
    (
        "invented/Reuters: of whom registered with UNHCR",
        "Lebanon says it hosts 1.5 million Syrians, of whom around 755,000 are registered "
        "with UNHCR.",
        [
            ("1.5 million", 1.5e6, E, C, None, {"head": "syrians", "source": "Lebanon"}),
            ("around 755,000", 755000, AP, C, None, {"part_of": 0, "source": "Lebanon"}),
        ],
    ),
    (
        "invented/wire: a daily rate of trucks before the war",
        "Before the war, about 500 trucks a day entered Gaza through the Kerem Shalom and "
        "Rafah crossings.",
        [("about 500", 500, AP, C, None, {"head": "trucks"})],
    ),
]


# Batch 11: how wire copy attributes (an inverted "said" with a relative clause, an aside
# naming who gave the data, a role before the name, dotted and curly-quoted bodies): 7 of 8
# passing before; "The figures, provided by the Lebanese health ministry, show" gave "The
# figures".
CASES += [
    (
        "invented/wire: said the ministry, which is run by a group",
        "At least 61 people were killed overnight, said the health ministry, which is run by "
        "Hamas.",
        [("At least 61", 61, LO, C, None, {"source": "health ministry"})],
    ),
    (
        "invented/AP: figures provided by a ministry",
        "The figures, provided by the Lebanese health ministry, show 3,100 dead since October.",
        [("3,100", 3100, E, C, None, {"source": "Lebanese health ministry"})],
    ),
    (
        "invented/Reuters: speaking to reporters, a spokesperson said",
        "Speaking to reporters in Geneva, UNHCR spokesperson Ines Valdor said 4,000 people "
        "had crossed into Chad in a single day.",
        [("4,000", 4000, E, C, None, {"head": "people", "source": "Ines Valdor"})],
    ),
    (
        "invented/Reuters: a spokesman named after his role, told an agency",
        "A spokesman for the Libyan coast guard, Masoud Ben Amer, told Reuters that 40 "
        "bodies had washed ashore near Sabratha.",
        [("40", 40, E, C, None, {"head": "bodies", "source": "Masoud Ben Amer"})],
    ),
    (
        "invented/AP: the U.N. migration agency with dots",
        "The U.N. migration agency said 2,452 migrants died crossing the Mediterranean last year.",
        [("2,452", 2452, E, C, None, {"head": "migrants", "source": "U.N. migration agency"})],
    ),
    (
        "invented/The National: the UN’s agency with a curly apostrophe",
        "The UN’s refugee agency said 96,000 people had returned to Syria from Lebanon.",
        [("96,000", 96000, E, C, None, {"head": "people", "source": "UN’s refugee agency"})],
    ),
    (
        "invented/wire: in a post on X",
        "The Palestinian Red Crescent Society said in a post on X that 12 of its ambulances "
        "had been hit.",
        [
            (
                "12",
                12,
                E,
                C,
                None,
                {"head": "ambulances", "source": "Palestinian Red Crescent Society"},
            )
        ],
    ),
    (
        "invented/wire: data from a named service show",
        "Data from Panama's migration service show 15,000 crossings in March.",
        [
            (
                "15,000",
                15000,
                E,
                C,
                None,
                {"head": "crossings", "source": "Panama's migration service"},
            )
        ],
    ),
]


# Batch 12: parts and shares as sitreps and wires write them (all passing before: guards).
CASES += [
    (
        "invented/wire: of the rescued, two parts with an elided verb",
        "Of the 1,650 people rescued, 340 were women and 210 children.",
        [
            ("1,650", 1650, E, C, None, {"head": "people"}),
            ("340", 340, E, C, None, {"head": "women", "part_of": 0}),
            ("210", 210, E, C, None, {"head": "children", "part_of": 0}),
        ],
    ),
    (
        "invented/UNHCR: a share of a camp's residents",
        "Sudanese make up 85 per cent of the camp's 120,000 residents.",
        [
            ("85 per cent", 85, E, P, "%", {"head": "residents", "part_of": 1}),
            ("120,000", 120000, E, C, None, {"head": "residents"}),
        ],
    ),
    (
        "invented/wire: the number of IDPs has risen to",
        "The number of IDPs in Somalia has risen to 3.8 million, OCHA said.",
        [("3.8 million", 3.8e6, E, C, None, {"head": "idps", "source": "OCHA"})],
    ),
    (
        "invented/headline: a count, then UN says",
        "Haiti: 5,601 people killed in gang violence in 2024, UN says",
        [("5,601", 5601, E, C, None, {"head": "people", "source": "UN"})],
    ),
    (
        "invented/wire: around a share of the arrivals",
        "Around 60% of the 4,000 arrivals were women.",
        [
            ("Around 60%", 60, AP, P, "%", {"head": "arrivals", "part_of": 1}),
            ("4,000", 4000, E, C, None, {"head": "arrivals"}),
        ],
    ),
    (
        "invented/wire: among the dead were",
        "Among the dead were 21 children, the civil defence said.",
        [("21", 21, E, C, None, {"head": "children", "source": "civil defence"})],
    ),
    (
        "invented/wire: mostly women and children between commas",
        "Some 1,200 people, mostly women and children, arrived in Renk on Sunday.",
        [("Some 1,200", 1200, AP, C, None, {"head": "people"})],
    ),
]


# Batch 13: a toll's parts and a new partitive after "while" (failing before: the 61
# injured took "women" from the count before; "N injured" alone counts people, as the
# layout table's "The storm left 1,300 injured" does).
CASES += [
    (
        "invented/wire: a partitive's whole after the counts of the dead",
        "The dead included 14 women and nine children, while 23 of the 61 injured were in "
        "critical condition.",
        [
            ("14", 14, E, C, None, {"head": "women"}),
            ("nine", 9, E, C, None, {"head": "children"}),
            ("23", 23, E, C, None, {"head": "people", "part_of": 3}),
            ("61", 61, E, C, None, {"head": "people"}),
        ],
    ),
]


# Batch 14: where refugees went, a count in brackets after each place (written by hand;
# the first row failed before: the counts took "people", not the subject that moved).
CASES += [
    (
        "invented/wire: places with counts in brackets after a verb of movement",
        "Refugees have fled to Chad (768,000), South Sudan (1.1 million) and Egypt (1.5 "
        "million), UNHCR said.",
        [
            ("768,000", 768000, E, C, None, {"head": "refugees", "source": "UNHCR"}),
            ("1.1 million", 1.1e6, E, C, None, {"head": "refugees", "source": "UNHCR"}),
            ("1.5 million", 1.5e6, E, C, None, {"head": "refugees", "source": "UNHCR"}),
        ],
    ),
    (
        "invented/guard: a verb of change before places with counts",
        "Deportations rose in Tijuana (12,400), Ciudad Juárez (9,800) and Reynosa (7,100).",
        [
            ("12,400", 12400, E, C, None, {"head": "deportations"}),
            ("9,800", 9800, E, C, None, {"head": "deportations"}),
            ("7,100", 7100, E, C, None, {"head": "deportations"}),
        ],
    ),
]


# Batch 15: second references to a body by its kind (a paragraph sequence written by hand;
# "The charity said" was left as "The charity" before the rule, the other rows passed).
CASES += [
    (
        "invented/NGO and wire copy: the charity, the monitor, the ministry, the group",
        "Sudan's Federal Ministry of Health said 1,200 cholera cases had been recorded in "
        "Kassala.\n\nThe ministry added that 40 patients had died.\n\nThe Norwegian Refugee "
        "Council warned that 600,000 children were out of school. The charity said it needed "
        "$20 million.\n\nThe Syrian Observatory for Human Rights said 44 fighters were killed "
        "in Deir ez-Zor. The monitor said 9 civilians also died.\n",
        [
            ("1,200", 1200, E, C, None, {"source": "Sudan's Federal Ministry of Health"}),
            ("40", 40, E, C, None, {"source": "Sudan's Federal Ministry of Health"}),
            ("600,000", 600000, E, C, None, {"source": "Norwegian Refugee Council"}),
            ("$20 million", 20e6, E, M, "USD", {"source": "Norwegian Refugee Council"}),
            ("44", 44, E, C, None, {"source": "Syrian Observatory for Human Rights"}),
            ("9", 9, E, C, None, {"source": "Syrian Observatory for Human Rights"}),
        ],
    ),
]


# Batch 16: numbers in words, dozens, ranges and labels (all passing before: guards).
CASES += [
    (
        "invented/wire: a hyphenated number in words opening the sentence",
        "Twenty-three migrants drowned off Djibouti on Tuesday, the IOM said.",
        [("Twenty-three", 23, E, C, None, {"head": "migrants", "source": "IOM"})],
    ),
    (
        "invented/wire: half a dozen and two dozen",
        "Half a dozen boats and two dozen fishermen joined the search.",
        [
            ("Half a dozen", 6, E, C, None, {"head": "boats"}),
            ("two dozen", 24, E, C, None, {"head": "fishermen"}),
        ],
    ),
    (
        "invented/wire: at least one",
        "At least one person died when the bus overturned near Kosti.",
        [("At least one", 1, LO, C, None, {"head": "person"})],
    ),
    (
        "invented/wire: a range of money with the scale after the second number",
        "Smugglers charge between $5,000 and $10,000 for the journey to Libya.",
        [("between $5,000 and $10,000", (5000, 10000), R, M, "USD")],
    ),
    (
        "invented/wire: a range of days",
        "Detainees are held for 40 to 60 days before deportation.",
        [("40 to 60 days", (40, 60), R, D, "day")],
    ),
    (
        "invented/WHO: a grade of emergency is a label",
        "WHO declared a Grade 3 emergency as cholera cases topped 11,000.",
        [("11,000", 11000, E, C, None, {"head": "cases"})],
    ),
    (
        "invented/wire: home to a number of people",
        "Abu Shouk camp, home to some 450,000 people, was shelled again on Friday.",
        [("some 450,000", 450000, AP, C, None, {"head": "people"})],
    ),
    (
        "invented/wire: a range of percentages with one sign",
        "Between 20 and 30 per cent of the new arrivals are malnourished, MSF said.",
        [("Between 20 and 30 per cent", (20, 30), R, P, "%", {"source": "MSF"})],
    ),
    (
        "invented/wire: a hurricane category is a label",
        "The Category 4 storm destroyed 2,300 homes in Les Cayes.",
        [("2,300", 2300, E, C, None, {"head": "homes"})],
    ),
]


# Batch 17: several sources in a sentence, asides between a subject and its verb (6 of 7
# passing before: the dash aside left "Figures from IOM's Displacement Tracking Matrix"
# with no source; the comma variant, added with the rule, gave "Figures from ..." whole).
CASES += [
    (
        "invented/wire: a claim, a denial and residents told an agency",
        "While the RSF claims it controls 90 per cent of El Fasher, residents told AFP that "
        "about 1,000 families remained in the city.",
        [
            ("90 per cent", 90, E, P, "%", {"source": "RSF"}),
            ("about 1,000", 1000, AP, C, None, {"head": "families", "source": "residents"}),
        ],
    ),
    (
        "invented/wire: a government's count and opposition groups' figure",
        "The government, which has been accused of underreporting, says 300 people have "
        "died, but opposition groups put the figure at over 1,000.",
        [
            ("300", 300, E, C, None, {"head": "people", "source": "government"}),
            ("over 1,000", 1000, LO, C, None, {"source": "opposition groups"}),
        ],
    ),
    (
        "invented/IOM: figures from a named tracker with a dash aside",
        "Figures from IOM's Displacement Tracking Matrix (DTM) — which counts people rather "
        "than families — show 2.1 million IDPs in the region.",
        [
            (
                "2.1 million",
                2.1e6,
                E,
                C,
                None,
                {"head": "idps", "source": "IOM's Displacement Tracking Matrix"},
            )
        ],
    ),
    (
        "invented/WHO: cases and deaths as of a date, a fatality rate",
        "As of 15 May, 1,850 cases and 42 deaths had been reported, a case fatality rate of "
        "2.3 per cent.",
        [
            ("1,850", 1850, E, C, None, {"head": "cases"}),
            ("42", 42, E, C, None, {"head": "deaths"}),
            ("2.3 per cent", 2.3, E, P, "%"),
        ],
    ),
    (
        "invented/wire: bringing the total since a month to",
        "On Sunday alone, 2,300 people crossed at Joda, bringing the total since April to 68,000.",
        [
            ("2,300", 2300, E, C, None, {"head": "people"}),
            ("68,000", 68000, E, C, None, {"head": "people"}),
        ],
    ),
    (
        "invented/wire: up to a number according to UN experts",
        "It was the deadliest attack since the 2023 massacre in El Geneina, in which up to "
        "15,000 people were killed, according to UN experts.",
        [("up to 15,000", 15000, UP, C, None, {"head": "people", "source": "UN experts"})],
    ),
    (
        "invented/wire: a share and its count between dashes",
        "Some 40% – or 8,000 – were women.",
        [("Some 40%", 40, AP, P, "%"), ("8,000", 8000, E, C, None)],
    ),
    (
        "invented/IOM: figures from a named tracker with a relative clause in commas",
        "Figures from IOM's Displacement Tracking Matrix, which counts people rather than "
        "families, show 2.1 million IDPs.",
        [
            (
                "2.1 million",
                2.1e6,
                E,
                C,
                None,
                {"head": "idps", "source": "IOM's Displacement Tracking Matrix"},
            )
        ],
    ),
]

CASES += [
    (
        "invented/guard: a name, an age and a relative clause before said",
        "Halima Ousmane, 41, who fled Geneina with six children, said she had paid 90,000 "
        "Sudanese pounds for the journey.",
        [
            ("six", 6, E, C, None, {"head": "children"}),
            ("90,000 Sudanese pounds", 90000, E, M, "SDG", {"source": "Halima Ousmane"}),
        ],
    ),
]


# Batch 18: a demonym in -ese before its verb (written by hand; the first two rows failed
# before: "need aid" gave the head "aid", "remain displaced" the head "remain").
CASES += [
    (
        "invented/OCHA: a demonym in -ese, then need",
        "Nearly 14.5 million Congolese need humanitarian aid this year, OCHA said.",
        [("Nearly 14.5 million", 14.5e6, UP, C, None, {"head": "congolese", "source": "OCHA"})],
    ),
    (
        "invented/wire: a demonym in -ese, then remain",
        "Some 3 million Sudanese remain displaced inside Darfur.",
        [("Some 3 million", 3e6, AP, C, None, {"head": "sudanese"})],
    ),
    (
        "invented/guard: a demonym in -ese before a plural noun",
        "Forty Senegalese fishermen were rescued off Mauritania.",
        [("Forty", 40, E, C, None, {"head": "fishermen"})],
    ),
]


# Batch 19: parts after the whole with "of whom/them were" (written by hand; the first two
# rows failed before: the part took the whole's noun, not "women"/"minors", though the
# dev set's "of whom 3,000 were children" counts children).
CASES += [
    (
        "invented/wire: N of whom were a noun",
        "The boat carried 86 people, 30 of whom were women.",
        [
            ("86", 86, E, C, None, {"head": "people"}),
            ("30", 30, E, C, None, {"head": "women", "part_of": 0}),
        ],
    ),
    (
        "invented/Libya Observer: N of them were a noun after a semicolon",
        "Over 900 migrants, mostly Malians and Guineans, were intercepted; 14 of them were minors.",
        [
            ("Over 900", 900, LO, C, None, {"head": "migrants"}),
            ("14", 14, E, C, None, {"head": "minors", "part_of": 0}),
        ],
    ),
    (
        "invented/guard: N of them were a participle",
        "Of 300 passengers, 40 of them were killed.",
        [
            ("300", 300, E, C, None, {"head": "passengers"}),
            ("40", 40, E, C, None, {"head": "passengers", "part_of": 0}),
        ],
    ),
]


# Batch 20: Spanish names as El País and AP Latin America write them (written by hand; all
# but the guard failed before: "García said" read "a" as an article before the verb,
# "Peña" was cut to "Pe", and "De la Rosa" to "Rosa").
CASES += [
    (
        "invented/AP: a surname ending in an accented letter before said",
        "García said 12 children were sick.",
        [("12", 12, E, C, None, {"head": "children", "source": "García"})],
    ),
    (
        "invented/El País: a second reference by a surname with a tilde",
        "Migration director Rafael Peña Cuello denied any abuse. Peña said 300 officers had "
        "been trained.",
        [("300", 300, E, C, None, {"head": "officers", "source": "Rafael Peña Cuello"})],
    ),
    (
        "invented/El País: a second reference by a surname with particles",
        "José Ramón de la Rosa Peña, the head of the migration agency, said 9,400 people had "
        "been deported. De la Rosa said another 2,100 were being held in Haina.",
        [
            ("9,400", 9400, E, C, None, {"source": "José Ramón de la Rosa Peña"}),
            ("2,100", 2100, E, C, None, {"source": "José Ramón de la Rosa Peña"}),
        ],
    ),
    (
        "invented/guard: a named nurse, then her surname",
        "Lucía García, a nurse in Tapachula, said 40 children arrived. García said 12 were sick.",
        [
            ("40", 40, E, C, None, {"source": "Lucía García"}),
            ("12", 12, E, C, None, {"source": "Lucía García"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_regions_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them. 28's '1,240' head ("wounded" vs "people") and 29's
# 'a driver in Chtaura' (the extractor cuts a singular speaker's "in <place>") are open.
FLOORS = {
    "27-renk-returnees.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "28-goma-camps-toll.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.954,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "29-masnaa-crossings.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.947,
    },
    "30-dominican-deportations.txt": {
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
