"""War and conflict copy other than Gaza casualty counts, annotated by hand.

Session 5 read real reports of the Russia-Ukraine war (both ministries' drone and loss
claims, the General Staff's tallies, territory in square kilometres, prisoner swaps, aid
packages), Red Sea shipping attacks, Israel-Lebanon strikes, Myanmar airstrikes, Nigerian
insurgent raids, Haiti gang violence, SIPRI and NATO spending copy and Landmine Monitor
reports, and ran the extractor on them. No real sentence is stored here: every sentence
below was invented for this table, with the construction of a failure seen in the real
copy and other names and numbers; the id names the desk it imitates. The expected rows
were written by hand before the extractor was run on the sentence. Conventions are those
of ``tests/test_unseen_styles.py``: a range's value is ``(low, high)``, money is its ISO
code, a measure its pint name, a percentage "%", a count ``None``; ``part_of`` is the
index of the whole among the sentence's figures.

Before the fixes of this branch, 23 of the 72 cases passed with the code of the branch's
base (43b4973), and 29 with main as merged at the branch's end (da30ae8: main's quoted-noun,
dollar-country and other helpers' rules cover a few); the passing ones are mostly guards
and genre checks of what already worked: claims, "according to", territory, swaps,
spending. The first batch was 14 of 35 (``pytest tests/test_real_probe_conflict.py``).
"""

from __future__ import annotations

import pytest
from figure_checks import check_figures

C, P = "count", "percent"

# (id, text, [(text, value or (low, high), bound, kind, unit[, extra fields])])
CASES = [
    # "N of the drones": a part of the drones counted before (same noun, no smaller), in
    # the same sentence or the one before, as "N of them" and "N of these attacks" were.
    (
        "invented/wire: N of the drones in the same sentence",
        "Moscow launched 36 drones at the port overnight, and air defences brought down "
        "29 of the drones, the navy said.",
        [
            ("36", 36, "exact", C, None, {"head": "drones", "part_of": None}),
            ("29", 29, "exact", C, None, {"head": "drones", "part_of": 0}),
        ],
    ),
    (
        "invented/wire: N of the missiles in the next sentence",
        "The army said the enemy fired 14 missiles at the city. It said nine of the "
        "missiles were intercepted over the river.",
        [
            ("14", 14, "exact", C, None, {"head": "missiles", "source": "The army"}),
            (
                "nine",
                9,
                "exact",
                C,
                None,
                {"head": "missiles", "part_of": 0, "source": "The army"},
            ),
        ],
    ),
    (
        "invented/shipping: sinking N of the vessels",
        "The rebels have attacked 72 vessels since March, sinking three of the vessels.",
        [
            ("72", 72, "exact", C, None, {"head": "vessels"}),
            ("three", 3, "exact", C, None, {"head": "vessels", "part_of": 0}),
        ],
    ),
    (
        "invented/guard: N of the hostages is no part of villages",
        "Rebels held 40 villages last year. Troops freed 12 of the hostages on Sunday.",
        [
            ("40", 40, "exact", C, None, {"head": "villages"}),
            ("12", 12, "exact", C, None, {"head": "hostages", "part_of": None}),
        ],
    ),
    (
        "invented/guard: a part is no bigger than its whole",
        "The unit lost 5 tanks in May. Engineers repaired 8 of the tanks by June.",
        [
            ("5", 5, "exact", C, None, {"head": "tanks"}),
            ("8", 8, "exact", C, None, {"head": "tanks", "part_of": None}),
        ],
    ),
    # "Of that total, N people": a part of the count before even when it names its noun.
    (
        "invented/landmine: of that total, N people ... and another M",
        "At least 4,210 people were killed or maimed by mines last year. Of that total, at "
        "least 1,630 people were killed and another 2,580 were injured.",
        [
            ("At least 4,210", 4210, "lower", C, None, {"head": "people"}),
            ("at least 1,630", 1630, "lower", C, None, {"head": "people", "part_of": 0}),
            ("2,580", 2580, "exact", C, None, {"head": "people", "part_of": 0}),
        ],
    ),
    (
        "invented/wire: of this number, N soldiers",
        "Kyiv says 920 Russian soldiers were put out of action in a day. Of this number, "
        "310 soldiers were wounded.",
        [
            ("920", 920, "exact", C, None, {"head": "soldiers"}),
            ("310", 310, "exact", C, None, {"head": "soldiers", "part_of": 0}),
        ],
    ),
    # "Of the total of N X, M": as "Of the N X, M".
    (
        "invented/landmine: of the total of N casualties",
        "Of the total of 7,420 casualties recorded last year, at least 2,310 people were killed.",
        [
            ("7,420", 7420, "exact", C, None, {"head": "casualties"}),
            ("at least 2,310", 2310, "lower", C, None, {"part_of": 0}),
        ],
    ),
    # "dropped 14 bombs": bombs let fall, not a fall of 14.
    (
        "invented/myanmar: helicopters dropped N bombs",
        "Two helicopters dropped 14 bombs on the market, residents said.",
        [
            ("Two", 2, "exact", C, None, {"head": "helicopters", "direction": None}),
            (
                "14",
                14,
                "exact",
                C,
                None,
                {"head": "bombs", "direction": None, "source": "residents"},
            ),
        ],
    ),
    (
        "invented/ukraine: a drone dropping N grenades",
        "A drone dropping four grenades wounded two soldiers near the village.",
        [
            ("four", 4, "exact", C, None, {"head": "grenades", "direction": None}),
            ("two", 2, "exact", C, None, {"head": "soldiers", "direction": None}),
        ],
    ),
    (
        "invented/guard: attacks dropped N% is a fall",
        "Attacks on shipping dropped 40% in June.",
        [("40%", 40, "exact", P, "%", {"direction": "down"})],
    ),
    # A change verb in its base form with its object before "by": "will increase its
    # budget by 9%", "to reduce troop numbers by 15 percent".
    (
        "invented/nato: will increase its budget by N%",
        "Berlin will increase its defence budget by 9% next year.",
        [("9%", 9, "exact", P, "%", {"direction": "up"})],
    ),
    (
        "invented/defence: plans to reduce numbers by N percent",
        "The ministry plans to reduce troop numbers in the north by 15 percent.",
        [("15 percent", 15, "exact", P, "%", {"direction": "down"})],
    ),
    (
        "invented/guard: a participle's by is no change",
        "Police will increase patrols backed by 40 armoured vehicles.",
        [("40", 40, "exact", C, None, {"head": "vehicles", "direction": None})],
    ),
    # "it added" names a body, never the officials or residents quoted last.
    (
        "invented/shipping: it after officials is the agency",
        "The maritime agency said a tanker was struck 40 km west of the port. Officials "
        "said two crew members were hurt. The ship was hit by three projectiles, it added.",
        [
            ("40 km", 40, "exact", "measure", "kilometer", {"source": "The maritime agency"}),
            ("two", 2, "exact", C, None, {"head": "members", "source": "Officials"}),
            (
                "three",
                3,
                "exact",
                C,
                None,
                {"head": "projectiles", "source": "The maritime agency"},
            ),
        ],
    ),
    # A toll whose number comes after a duration of the fighting: "the death toll from
    # three days of shelling has risen to 212" counts deaths.
    (
        "invented/ukraine: toll from N days of shelling",
        "The death toll from three days of shelling in the city has risen to 212, the "
        "governor said.",
        [
            ("three days", 3, "exact", "duration", "day", {"source": "the governor"}),
            ("212", 212, "exact", C, None, {"head": "deaths", "source": "the governor"}),
        ],
    ),
    (
        "invented/lebanon: toll from N weeks of strikes reached",
        "The toll from two weeks of strikes reached 87.",
        [
            ("two weeks", 2, "exact", "duration", "week"),
            ("87", 87, "exact", C, None, {"head": "deaths"}),
        ],
    ),
    # "General Staff", "Chief of Staff": a body and a title, never a person named Staff.
    (
        "invented/ukraine: according to Ukraine's General Staff",
        "Russia lost 1,130 soldiers over the past day, according to Ukraine's General Staff.",
        [
            (
                "1,130",
                1130,
                "exact",
                C,
                None,
                {"head": "soldiers", "source": "Ukraine's General Staff"},
            )
        ],
    ),
    (
        "invented/ukraine: the General Staff said",
        "The General Staff said 23 tanks and 41 artillery systems were destroyed.",
        [
            ("23", 23, "exact", C, None, {"head": "tanks", "source": "General Staff"}),
            ("41", 41, "exact", C, None, {"head": "systems", "source": "General Staff"}),
        ],
    ),
    (
        "invented/us: Chief of Staff then a name",
        "White House Chief of Staff Ana Ruiz said 300 advisers would be sent.",
        [("300", 300, "exact", C, None, {"head": "advisers", "source": "Ana Ruiz"})],
    ),
    (
        "invented/us: the Joint Chiefs of Staff",
        "The Joint Chiefs of Staff said 2,500 troops would stay.",
        [("2,500", 2500, "exact", C, None, {"head": "troops", "source": "Joint Chiefs of Staff"})],
    ),
    # A demonym and an adjective in -ed before the noun: "41 Russian unmanned aerial
    # vehicles" counts vehicles, not "russian".
    (
        "invented/wire: N Russian unmanned aerial vehicles",
        "Air defences downed 41 Russian unmanned aerial vehicles overnight.",
        [("41", 41, "exact", C, None, {"head": "vehicles"})],
    ),
    (
        "invented/wire: N Russian armoured vehicles",
        "Troops destroyed 9 Russian armoured vehicles near the river.",
        [("9", 9, "exact", C, None, {"head": "vehicles"})],
    ),
    (
        "invented/guard: N American tanks",
        "Kyiv received 31 American tanks in the spring.",
        [("31", 31, "exact", C, None, {"head": "tanks"})],
    ),
    # "allegedly", "supposedly" distance the reporter from the claim as "claimed" does.
    (
        "invented/wire: allegedly shot down",
        "The ministry said 18 drones were allegedly shot down over the sea.",
        [
            (
                "18",
                18,
                "exact",
                C,
                None,
                {"head": "drones", "source": "The ministry", "hedged": True},
            )
        ],
    ),
    (
        "invented/wire: supposedly destroyed",
        "According to the Russian ministry, 44 drones were supposedly destroyed over the "
        "Black Sea.",
        [
            (
                "44",
                44,
                "exact",
                C,
                None,
                {"head": "drones", "source": "the Russian ministry", "hedged": True},
            )
        ],
    ),
    (
        "invented/guard: said is not hedged",
        "The ministry said 18 drones were shot down over the sea.",
        [("18", 18, "exact", C, None, {"source": "The ministry", "hedged": False})],
    ),
    # Genre checks: claims, swaps, territory and spending as the real copy writes them.
    (
        "invented/wire: a ministry's claim of territory",
        "Russia's defence ministry claimed its forces had taken 312 square kilometres in October.",
        [
            (
                "312 square kilometres",
                312,
                "exact",
                "measure",
                "kilometer ** 2",
                {"source": "Russia's defence ministry", "hedged": True},
            )
        ],
    ),
    (
        "invented/wire: a swap, according to officials",
        "Each side released 95 prisoners of war in the swap, according to Ukrainian officials.",
        [
            (
                "95",
                95,
                "exact",
                C,
                None,
                {"head": "prisoners", "source": "Ukrainian officials"},
            )
        ],
    ),
    (
        "invented/sipri: spending rose to a total",
        "World military spending rose 6.8 percent to $2.44 trillion last year, SIPRI said.",
        [
            ("6.8 percent", 6.8, "exact", P, "%", {"direction": "up", "source": "SIPRI"}),
            ("$2.44 trillion", 2.44e12, "exact", "money", "USD", {"source": "SIPRI"}),
        ],
    ),
    (
        "invented/nato: N of the M allies",
        "Twenty-three of the 32 allies now spend at least 2% of GDP on defence.",
        [
            ("Twenty-three", 23, "exact", C, None, {"head": "allies", "part_of": 1}),
            ("32", 32, "exact", C, None, {"head": "allies"}),
            ("at least 2%", 2, "lower", P, "%"),
        ],
    ),
    (
        "invented/wire: a breakdown by region",
        "It said 21 drones were downed over the Kursk region, nine over Belgorod and four "
        "over Bryansk.",
        [
            ("21", 21, "exact", C, None, {"head": "drones"}),
            ("nine", 9, "exact", C, None, {"head": "drones"}),
            ("four", 4, "exact", C, None, {"head": "drones"}),
        ],
    ),
    (
        "invented/haiti: gangs control a share",
        "Gangs control about 85% of the capital, the UN said.",
        [("about 85%", 85, "approximate", P, "%", {"source": "UN"})],
    ),
    (
        "invented/landmine: land cleared and mines destroyed",
        "Deminers cleared 1.4 square kilometres and destroyed 2,300 mines last year.",
        [
            ("1.4 square kilometres", 1.4, "exact", "measure", "kilometer ** 2"),
            ("2,300", 2300, "exact", C, None, {"head": "mines"}),
        ],
    ),
    # An acronym before a model's name with a number: "two US B-52 bombers" counts bombers.
    (
        "invented/deployment: N US F-35 jets",
        "The carrier launched six US F-35 jets and two E-2 planes.",
        [
            ("six", 6, "exact", C, None, {"head": "jets"}),
            ("two", 2, "exact", C, None, {"head": "planes"}),
        ],
    ),
    # A toll after a modal and a base verb: "could pass 20", "is expected to rise to 45".
    (
        "invented/sahel: the toll could pass N",
        "The toll could pass 30, a local official said.",
        [("30", 30, "exact", C, None, {"head": "deaths", "source": "a local official"})],
    ),
    (
        "invented/ukraine: the toll is expected to rise to N",
        "The death toll is expected to rise to 45, rescuers said.",
        [("45", 45, "exact", C, None, {"head": "deaths", "source": "rescuers"})],
    ),
    # "According to him/her": the person named before, as "he said" is.
    (
        "invented/ukraine: according to her",
        "Governor Olena Marchuk visited the town on Monday. According to her, 17 houses were "
        "damaged.",
        [("17", 17, "exact", C, None, {"head": "houses", "source": "Olena Marchuk"})],
    ),
    # A quote that ends its sentence with "!" or "?", then its speaker: the next sentence
    # opening with the speaker and a reporting verb attributes it.
    (
        "invented/swap: a quote ending in ! then its speaker",
        '"We have brought 146 of our defenders home!" Ukraine\'s ombudsman Petro Kovalenko '
        "wrote on Telegram.",
        [("146", 146, "exact", C, None, {"head": "defenders", "source": "Petro Kovalenko"})],
    ),
    (
        "invented/guard: a quote ending in ? before a lower-case speaker",
        '"Who will rebuild 4,000 homes?" the mayor said.',
        [("4,000", 4000, "exact", C, None, {"head": "homes", "source": "the mayor"})],
    ),
    # "sq. km" with the abbreviation's full stop is square kilometres, as "sq km" was.
    (
        "invented/afp: N sq. km. of land",
        "Moscow's forces took 512 sq. km. of land in March, against 388 sq km in February.",
        [
            ("512 sq. km", 512, "exact", "measure", "kilometer ** 2"),
            ("388 sq km", 388, "exact", "measure", "kilometer ** 2"),
        ],
    ),
    (
        "invented/landmine: N sq. miles cleared",
        "Teams cleared 9 sq. miles of farmland last year.",
        [("9 sq. miles", 9, "exact", "measure", "mile ** 2")],
    ),
    # A share right before a time ("66% two years ago"): the time is no head of the share.
    (
        "invented/territory: a share compared with one two years ago",
        "Russian forces now hold 81% of the province, compared with 66% two years ago.",
        [
            ("81%", 81, "exact", P, "%", {"head": "province"}),
            ("66%", 66, "exact", P, "%", {"head": "province"}),
            ("two years", 2, "exact", "duration", "year"),
        ],
    ),
    (
        "invented/poll: a share before a time, no whole",
        "Support for the truce stood at 58% three months ago.",
        [
            ("58%", 58, "exact", P, "%", {"head": None}),
            ("three months", 3, "exact", "duration", "month"),
        ],
    ),
    # A calibre between a count and its noun: "20,000 155mm artillery shells" counts shells.
    (
        "invented/aid: N 155mm artillery shells",
        "The package adds 30,000 155mm artillery shells and 12 howitzers.",
        [
            ("30,000", 30000, "exact", C, None, {"head": "shells"}),
            ("155mm", 155, "exact", "measure", "millimeter"),
            ("12", 12, "exact", C, None, {"head": "howitzers"}),
        ],
    ),
    # A count, a space and a hyphenated calibre are two numbers, not one grouped by a space
    # ("300 120-mm" is no 300,120).
    (
        "invented/aid: N then a hyphenated calibre",
        "The unit fired 300 120-mm mortar rounds overnight.",
        [
            ("300", 300, "exact", C, None, {"head": "rounds"}),
            ("120-mm", 120, "exact", "measure", "millimeter"),
        ],
    ),
    (
        "invented/guard: a space-grouped number stays one",
        "Some 105 585 people crossed in 2023.",
        [("Some 105 585", 105585, "approximate", C, None, {"head": "people"})],
    ),
    (
        "invented/aid: a list with a spaced calibre",
        "Norway sent 8 M109 howitzers and 4,000 155 mm rounds.",
        [
            ("8", 8, "exact", C, None, {"head": "howitzers"}),
            ("4,000", 4000, "exact", C, None, {"head": "rounds"}),
            ("155 mm", 155, "exact", "measure", "millimeter"),
        ],
    ),
    # A loss list or fact box names what it counts in a label before a dash or colon, and
    # the day's change in brackets counts what the total before it counts.
    (
        "invented/ukraine: a loss list with labels and daily changes",
        "Losses since the invasion: personnel \u2013 about 612,000 (+1,310), tanks \u2013 8,940 "
        "(+14), artillery systems \u2013 17,450 (+42).",
        [
            ("about 612,000", 612000, "approximate", C, None, {"head": "personnel"}),
            ("1,310", 1310, "exact", C, None, {"head": "personnel", "direction": "up"}),
            ("8,940", 8940, "exact", C, None, {"head": "tanks"}),
            ("14", 14, "exact", C, None, {"head": "tanks", "direction": "up"}),
            ("17,450", 17450, "exact", C, None, {"head": "systems"}),
            ("42", 42, "exact", C, None, {"head": "systems", "direction": "up"}),
        ],
    ),
    (
        "invented/sitrep: a fact box's labels",
        "Deaths: 2,150. Injuries: 4,870.",
        [
            ("2,150", 2150, "exact", C, None, {"head": "deaths"}),
            ("4,870", 4870, "exact", C, None, {"head": "injuries"}),
        ],
    ),
    (
        "invented/guard: a colon before a count with its own noun",
        "The result: 4,000 homes were lost.",
        [("4,000", 4000, "exact", C, None, {"head": "homes"})],
    ),
    (
        "invented/sitrep: state labels",
        "Dead: 14; wounded: 52; missing: 3.",
        [
            ("14", 14, "exact", C, None, {"head": "dead"}),
            ("52", 52, "exact", C, None, {"head": "wounded"}),
            ("3", 3, "exact", C, None, {"head": "missing"}),
        ],
    ),
    (
        "invented/guard: a headline's label goes on with a verb",
        "Border clashes: over 3,000 displaced in two days",
        [
            ("over 3,000", 3000, "lower", C, None, {"head": "people"}),
            ("two days", 2, "exact", "duration", "day"),
        ],
    ),
    # "This number includes N", "The toll includes N": a part of the count before.
    (
        "invented/ukraine: this number includes N",
        "Kyiv says Russia has lost 181,400 troops. This number includes 720 lost over the "
        "past day.",
        [
            ("181,400", 181400, "exact", C, None, {"head": "troops"}),
            ("720", 720, "exact", C, None, {"head": "troops", "part_of": 0}),
        ],
    ),
    (
        "invented/lebanon: the toll includes N children",
        "At least 64 people died in the strikes. The toll includes 19 children.",
        [
            ("At least 64", 64, "lower", C, None, {"head": "people"}),
            ("19", 19, "exact", C, None, {"head": "children", "part_of": 0}),
        ],
    ),
    # "$123 million, including $80.5 million for the trust fund": money within money.
    (
        "invented/haiti: money including money",
        "Germany has pledged $140 million, including $65 million for the trust fund.",
        [
            ("$140 million", 140e6, "exact", "money", "USD", {"part_of": None}),
            ("$65 million", 65e6, "exact", "money", "USD", {"part_of": 0}),
        ],
    ),
    (
        "invented/guard: a rate within an amount is no part",
        "The state spent $9 million on relief, including $40 per month per displaced family.",
        [
            ("$9 million", 9e6, "exact", "money", "USD", {"part_of": None}),
            ("$40", 40, "exact", "money", "USD", {"part_of": None}),
        ],
    ),
    (
        "invented/guard: two pledges are no parts",
        "Germany gave $30 million and Japan $45 million.",
        [
            ("$30 million", 30e6, "exact", "money", "USD", {"part_of": None}),
            ("$45 million", 45e6, "exact", "money", "USD", {"part_of": None}),
        ],
    ),
    # A bare number that opens its clause and is then named: "Some 8,800 are ground troops".
    (
        "invented/peacekeeping: N are ground troops",
        "Some 6,200 are ground troops and 900 naval personnel, the mission said.",
        [
            ("Some 6,200", 6200, "approximate", C, None, {"head": "troops"}),
            ("900", 900, "exact", C, None, {"head": "personnel"}),
        ],
    ),
    # (Changed in session 7: the guard kept "were" and "arrested" from being the noun, and
    # asked for no head; the dev set's schema restores an elided noun, as its "3,118 were
    # identified" gives people, so a count of those arrested is people now.)
    (
        "invented/guard: N were arrested names no noun",
        "Some 40 were arrested, police said.",
        [("Some 40", 40, "approximate", C, None, {"head": "people"})],
    ),
    # A caveat in the figure's own sentence distances the reporter from the claim.
    (
        "invented/wire: a figure that could not be independently verified",
        "Kyiv said Russia had lost 1,340 troops in a day, a figure that could not be "
        "independently verified.",
        [("1,340", 1340, "exact", C, None, {"source": "Kyiv", "hedged": True})],
    ),
    (
        "invented/sahel: claims that could not be verified",
        "The group said it had overrun 4 army posts and captured 35 soldiers, claims that "
        "could not be verified.",
        [
            ("4", 4, "exact", C, None, {"head": "posts", "source": "The group", "hedged": True}),
            (
                "35",
                35,
                "exact",
                C,
                None,
                {"head": "soldiers", "source": "The group", "hedged": True},
            ),
        ],
    ),
    (
        "invented/sahel: ', claims that' is a noun, not a verb with 'it' before",
        "Kyiv said 12 drones were launched. The group said it had captured 35 soldiers, claims "
        "that could not be verified.",
        [
            ("12", 12, "exact", C, None, {"source": "Kyiv"}),
            ("35", 35, "exact", C, None, {"source": "The group", "reporting": "said"}),
        ],
    ),
    # ("..., a claim the PDF denied", "..., a figure the group disputes" are left unhedged:
    # test_sources_heads annotates "a figure disputed by campaigners" as not hedged, the
    # other side's denial being no distance the reporter takes.)
    (
        "invented/guard: a confirmed figure is not hedged",
        "The ministry confirmed that 26 soldiers were killed.",
        [("26", 26, "exact", C, None, {"source": "The ministry", "hedged": False})],
    ),
    # A counted noun in scare quotes: '14 "terrorists" were killed' counts terrorists.
    (
        "invented/myanmar: a noun in scare quotes",
        'The junta said 22 "terrorists" were killed in the clash.',
        [("22", 22, "exact", C, None, {"head": "terrorists", "source": "The junta"})],
    ),
    # "launched 52 drones; 47 were shot down": a bare number opening the clause after a
    # semicolon, with a verb of its own, is part of the count before it.
    (
        "invented/wire: launched N; M were shot down",
        "Russia launched 64 drones overnight; 58 were shot down, the air force said.",
        [
            # (whether the attribution after the semicolon clause reaches back to 64 is
            # open: the table leaves 64's source alone)
            ("64", 64, "exact", C, None, {"head": "drones"}),
            (
                "58",
                58,
                "exact",
                C,
                None,
                {"head": "drones", "part_of": 0, "source": "the air force"},
            ),
        ],
    ),
    (
        "invented/lebanon: N died; M were children",
        "At least 31 people died in the strike; 9 were children, the ministry said.",
        [
            ("At least 31", 31, "lower", C, None, {"head": "people"}),
            ("9", 9, "exact", C, None, {"head": "children", "part_of": 0}),
        ],
    ),
    (
        "invented/guard: a bigger number after the semicolon is no part",
        "Police arrested 40 people on Monday; 55 were detained on Tuesday.",
        [
            ("40", 40, "exact", C, None, {"head": "people"}),
            ("55", 55, "exact", C, None, {"part_of": None}),
        ],
    ),
    # Defence budgets in the currencies of the front-line states: zlotys, hryvnias.
    (
        "invented/nato: a budget in zlotys",
        "Warsaw will spend about 186 billion zlotys on defence next year.",
        [("about 186 billion zlotys", 186e9, "approximate", "money", "PLN")],
    ),
    (
        "invented/ukraine: a budget in hryvnias",
        "Parliament allotted 1.3 trillion hryvnias to the army.",
        [("1.3 trillion hryvnias", 1.3e12, "exact", "money", "UAH")],
    ),
    # "the highest number of casualties ..., with 1,003, followed by Syria (933)": the
    # number counts what "the number of" names, and the ranking after it the same.
    (
        "invented/landmine: the highest number of casualties, with N",
        "Yemen recorded the highest number of casualties for the second year, with 1,214, "
        "followed by Mali (871) and Iraq (602).",
        [
            ("1,214", 1214, "exact", C, None, {"head": "casualties"}),
            ("871", 871, "exact", C, None, {"head": "casualties"}),
            ("602", 602, "exact", C, None, {"head": "casualties"}),
        ],
    ),
    (
        "invented/lebanon: of N people, M are children",
        "Of the 412 people killed, 61 are children, the health ministry said.",
        [
            ("412", 412, "exact", C, None, {"head": "people"}),
            ("61", 61, "exact", C, None, {"part_of": 0, "source": "the health ministry"}),
        ],
    ),
]


@pytest.mark.parametrize(
    "text,expected", [(t, e) for _, t, e in CASES], ids=[i for i, _, _ in CASES]
)
def test_conflict_copy(text, expected):
    check_figures(text, expected)
