"""Second dev set, batch ``ds2-africa``: reports 109-111 of ``tests/fixtures/devset2``,
African dailies and broadcasters covering displacement in their own countries. Before
writing them, real copy of these kinds was read through the stored-pages search (none is
kept here): Nigerian stories (The Sun, Vanguard, Ripples, Channels, Pulse, Blueprint,
campusreporter, NAN via allAfrica, NEMA releases via Zawya) on Borno's camp closures and
returnee assessments, SEMA and NEMA relief to persons displaced by bandits in Zamfara and
Kebbi, the humanitarian minister's and a commissioner's counts; Kenyan copy (Capital FM,
The Standard, allAfrica, KNA, Turkana county) on Dadaab, Kakuma and the Shirika Plan with
its cost in dollars and shillings; Radio Dabanga dispatches on Darfur attacks and camp
arrivals, AFP on Tawila, and Ethiopian (Addis Standard) and Somali (Radio Ergo,
WardheerNews) copy on IDPs in districts and camps. The style: "persons" for people, LGAs,
"over 14,000 persons", naira written "N450 million" and "N86.4m", a state agency and its
acronym as the source, titles and Hausa honorifics before names ("Hajiya", "Malam"), a
police spokesman's lower count; "Sh5.2 billion" beside dollars, "per cent", a PS or
commissioner quoted, "a mother of seven"; "according to eyewitnesses", a local committee's
tally, unnamed farmers and sheikhs as speakers, prices in SDG, the Emergency Response Room's
toll. Every sentence, name and number is invented; places and organisations are real.
Three reports (the brief asked for three):

- 109-zamfara-sema-displaced-persons.txt: a Nigerian daily (Premium Times/Daily Trust-like),
  2026-11-23, on persons displaced by bandits in Maru and Tsafe LGAs: SEMA's headline count
  and its executive secretary's profiled persons "of this number", killed and abducted, a
  community leader's higher toll, the police spokesman's lower one, the commissioner's naira
  cash transfers and a 25kg bag of rice, NEMA's relief in naira, the LGA's share of the
  state's displaced, and a camp resident's levy and burnt houses.
- 110-dadaab-kakuma-ration-cuts.txt: a Kenyan daily (Daily Nation/The Standard-like),
  2026-11-25, on WFP ration cuts in Dadaab and Kakuma: the shortfall in dollars and
  shillings, the cash transfer cut from Sh1,000 to Sh600, the Department of Refugee
  Services' count "of whom" by camp, the refugee commissioner's "close to Sh2.5 billion",
  the Shirika Plan's cost, a refugee's ration in kilograms, the Garissa governor's "one in
  three", MSF's admissions and a county's refugee-hosting funds.
- 111-tawila-arrivals-rsf-villages.txt: a Radio Dabanga-like dispatch, 2026-11-20, on
  families reaching Tawila after RSF attacks west of El Fasher: the local committee's count,
  a committee member's "three to four days" and 60 kilometres, eyewitnesses' vehicles, an
  unnamed farmer's bodies and cattle, the Emergency Response Room's toll "including" and
  "of whom", the RSF's claim, OCHA's count, market prices in SDG with a dollar conversion,
  MSF's screening share and IOM's total.

The reports and their gold were committed (a62118b) before the extractor was first run on
them (with the set's checker taught "N" and "Sh" before a digit as money and a glued "kg" as
a measure). The BLIND score (``python -m analysis.evaluate /tmp/africa-blind --misses``,
only this batch in the folder, at that commit)::

    report                                  gold  pred match      P      R     F1  date
    109-zamfara-sema-displaced-persons.txt    25    25    25  1.000  1.000  1.000  ok
    110-dadaab-kakuma-ration-cuts.txt         25    25    25  1.000  1.000  1.000  ok
    111-tawila-arrivals-rsf-villages.txt      22    22    22  1.000  1.000  1.000  ok
    TOTAL                                     72    72    72  1.000  1.000  1.000  1.000

    field accuracy over 72 matched figures:
      bound                         1.000  (72/72)
      kind                          1.000  (72/72)
      head                          0.958  (69/72)
      low_high                      1.000  (72/72)
      part_of                       1.000  (72/72)
      source                        0.681  (49/72)
      source (lenient: surname ok)  0.694  (50/72)
      counted                       0.264  (19/72)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      109-zamfara-sema-displaced-persons.txt 'Over 14,000': counted: 'persons displaced in Maru and Tsafe' -> 'persons'
      109-zamfara-sema-displaced-persons.txt 'Over 14,000': counted: 'persons displaced from communities in Maru and Tsafe LGAs' -> 'persons'
      109-zamfara-sema-displaced-persons.txt '14,312': source: 'Rakiya Aliyu Bungudu' -> 'Hajiya Rakiya Aliyu Bungudu'; counted: 'displaced persons profiled by SEMA desk officers' -> 'persons'
      109-zamfara-sema-displaced-persons.txt '2,386': source: 'Rakiya Aliyu Bungudu' -> 'Hajiya Rakiya Aliyu Bungudu'; counted: 'households of the profiled displaced persons' -> 'households'
      109-zamfara-sema-displaced-persons.txt '8,950': source: 'Rakiya Aliyu Bungudu' -> 'Hajiya Rakiya Aliyu Bungudu'; counted: 'children among the profiled displaced persons' -> 'children'
      109-zamfara-sema-displaced-persons.txt '3,104': source: 'Rakiya Aliyu Bungudu' -> 'Hajiya Rakiya Aliyu Bungudu'; counted: 'women among the profiled displaced persons' -> 'women'
      109-zamfara-sema-displaced-persons.txt 'at least 37': source: 'Rakiya Aliyu Bungudu' -> 'Hajiya Rakiya Aliyu Bungudu'; counted: 'persons killed in the attacks' -> 'persons'
      109-zamfara-sema-displaced-persons.txt '19': source: 'Rakiya Aliyu Bungudu' -> 'Hajiya Rakiya Aliyu Bungudu'; counted: 'persons abducted in the attacks' -> 'persons'
      109-zamfara-sema-displaced-persons.txt '52': source: 'a community leader in Dansadau' -> 'A community leader'; counted: 'persons buried in three villages' -> 'persons'
      109-zamfara-sema-displaced-persons.txt 'three': source: 'a community leader in Dansadau' -> 'A community leader'; counted: 'villages where the 52 were buried' -> 'villages'
      109-zamfara-sema-displaced-persons.txt '21': counted: 'persons confirmed dead by the police' -> 'persons'
      109-zamfara-sema-displaced-persons.txt '25kg': counted: 'bag of rice per household' -> 'bag'
      109-zamfara-sema-displaced-persons.txt 'five litres': counted: 'groundnut oil per household' -> 'groundnut oil'
      109-zamfara-sema-displaced-persons.txt '1,200': counted: 'bags of rice delivered by NEMA' -> 'bags of rice'
      109-zamfara-sema-displaced-persons.txt '14': counted: 'LGAs of Zamfara State' -> 'LGAs'
      109-zamfara-sema-displaced-persons.txt 'about 61,000': counted: 'persons displaced in Maru LGA since January' -> 'persons'
      109-zamfara-sema-displaced-persons.txt 'over 190,000': counted: 'persons displaced across Zamfara since January' -> 'persons'
      109-zamfara-sema-displaced-persons.txt 'about 3,800': source: nan -> 'Malam Sani Garba'; counted: 'persons sheltering at the Government Girls Secondary School camp' -> 'persons'
      109-zamfara-sema-displaced-persons.txt 'two': source: 'Sani Garba' -> 'Malam Sani Garba'; counted: 'wives who fled with Sani Garba' -> 'wives'
      109-zamfara-sema-displaced-persons.txt 'nine': source: 'Sani Garba' -> 'Malam Sani Garba'; counted: 'children who fled with Sani Garba' -> 'children'
      109-zamfara-sema-displaced-persons.txt 'N2 million': source: 'Sani Garba' -> 'Malam Sani Garba'
      109-zamfara-sema-displaced-persons.txt '40': source: 'Sani Garba' -> 'Malam Sani Garba'; counted: 'houses burnt by bandits in Kabasa' -> 'houses'
      110-dadaab-kakuma-ration-cuts.txt 'More than 700,000': source: nan -> 'World Food Programme'
      110-dadaab-kakuma-ration-cuts.txt '40 per cent': source: nan -> 'World Food Programme'; counted: 'share of a full food ration refugees will receive' -> 'full food ration'
      110-dadaab-kakuma-ration-cuts.txt 'six months': counted: 'period of the funding shortfall' -> nan
      110-dadaab-kakuma-ration-cuts.txt '40 per cent': head: 'ration' -> 'cannot'; counted: 'share of a full ration that cannot be guaranteed' -> 'ration cannot'
      110-dadaab-kakuma-ration-cuts.txt '841,600': counted: 'refugees and asylum seekers in Kenya at the end of October' -> 'refugees'
      110-dadaab-kakuma-ration-cuts.txt 'about 412,000': counted: 'refugees and asylum seekers living in Dadaab' -> 'refugees'
      110-dadaab-kakuma-ration-cuts.txt 'three': counted: 'camps in Dadaab' -> 'camps'
      110-dadaab-kakuma-ration-cuts.txt '306,700': counted: 'refugees and asylum seekers in Kakuma and Kalobeyei' -> 'refugees'
      110-dadaab-kakuma-ration-cuts.txt 'seven': head: 'children' -> 'mother'; source: nan -> 'Halima Abdi Farah'; counted: 'children of Halima Abdi Farah' -> 'mother'
      110-dadaab-kakuma-ration-cuts.txt '5.4kg': counted: 'sorghum ration per person a month' -> 'sorghum'
      110-dadaab-kakuma-ration-cuts.txt '9kg': counted: 'sorghum ration per person a month before the cuts' -> nan
      110-dadaab-kakuma-ration-cuts.txt 'two weeks': counted: 'time the monthly ration lasts' -> nan
      110-dadaab-kakuma-ration-cuts.txt 'one in three': counted: 'host-community households lacking enough food' -> 'households'
      110-dadaab-kakuma-ration-cuts.txt '1,240': counted: 'children admitted for severe acute malnutrition in Dagahaley' -> 'children'
      110-dadaab-kakuma-ration-cuts.txt '35 per cent': counted: 'rise in malnutrition admissions on last year' -> nan
      111-tawila-arrivals-rsf-villages.txt 'More than 2,300': counted: 'families arrived in Tawila since Sunday' -> 'families'
      111-tawila-arrivals-rsf-villages.txt 'three to four days': counted: 'walk to Tawila' -> nan
      111-tawila-arrivals-rsf-villages.txt '60 kilometres': counted: 'distance walked to Tawila' -> nan
      111-tawila-arrivals-rsf-villages.txt '2,340': counted: 'families registered on Tuesday and Wednesday' -> 'families'
      111-tawila-arrivals-rsf-villages.txt 'At least 14': counted: 'children who died on the road' -> 'children'
      111-tawila-arrivals-rsf-villages.txt 'about 40': counted: 'RSF vehicles that stormed the villages' -> 'vehicles'
      111-tawila-arrivals-rsf-villages.txt '27': source: 'a farmer from Shaqra' -> 'Shaqra'; counted: 'bodies counted in Shaqra' -> 'bodies'
      111-tawila-arrivals-rsf-villages.txt 'more than 300': source: 'a farmer from Shaqra' -> 'Ibrahim Abakar Yousif'; counted: 'head of cattle taken by the RSF' -> 'cattle'
      111-tawila-arrivals-rsf-villages.txt 'three': source: 'Emergency Response Room in Tawila' -> 'Emergency Response Room'; counted: 'villages attacked' -> 'villages'
      111-tawila-arrivals-rsf-villages.txt '61': head: 'people' -> 'deaths'; source: 'Emergency Response Room in Tawila' -> 'Emergency Response Room'; counted: 'people killed in the three villages' -> 'deaths'
      111-tawila-arrivals-rsf-villages.txt '18': source: 'Emergency Response Room in Tawila' -> 'Emergency Response Room'; counted: 'women among the dead' -> 'women'
      111-tawila-arrivals-rsf-villages.txt '95': source: 'Emergency Response Room in Tawila' -> 'Emergency Response Room'; counted: 'people wounded' -> 'people'
      111-tawila-arrivals-rsf-villages.txt '30': source: 'Emergency Response Room in Tawila' -> 'Emergency Response Room'; counted: 'wounded in critical condition' -> 'people'
      111-tawila-arrivals-rsf-villages.txt '120': counted: 'army fighters the RSF said it killed' -> 'fighters'
      111-tawila-arrivals-rsf-villages.txt 'more than 650,000': counted: 'displaced people in Tawila before the new arrivals' -> 'displaced people'
      111-tawila-arrivals-rsf-villages.txt '4,800': counted: 'children screened by MSF in Tawila in the past week' -> 'children'
      111-tawila-arrivals-rsf-villages.txt '31 per cent': counted: 'screened children acutely malnourished' -> 'children'
      111-tawila-arrivals-rsf-villages.txt 'some 1.2 million': counted: 'people who fled El Fasher and its surroundings since October 2025' -> 'people'

Gold corrected afterwards (a slip against the set's conventions, not toward the output): in
111 the gold had given the Emergency Response Room's "death toll ... at 61" the head
"people", where the set counts a toll's number as deaths ("The death toll ... rose to 412"
in 52, "estimates the real toll at close to 3,000" in 28); the head is now "deaths". No other
gold was changed.

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed in the three reports, written by hand; each row failed on the
blind commit's code (``analysis/`` of a62118b copied aside with this module,
figure_checks.py and devset2_checks.py: 11 of 11 rows failed) and passes after this round's
rules. The general rules of this round, one line each:

- "Alhaji", "Alhaja", "Hajiya", "Malam", "Mallam": Hausa and Nigerian Muslim honorifics,
  taken off a name as "Dr" is ("Hajiya Rakiya Aliyu Bungudu" gives "Rakiya Aliyu Bungudu"),
  in the name finder and in an apposition's name; "Haji" stays kept for Afghan and South
  Asian copy, which writes it as part of the name.
- "A community leader in Dansadau, who pleaded anonymity, said": one unnamed person (leader,
  resident, farmer, trader, driver, villager, elder, witness, worker, nurse, sheikh ...)
  keeps "in Place" as "A senior officer in Bhubaneswar" did; "A trader from Gamboru said"
  is the trader, not the place "Gamboru" (the name finder's place-of-speaker phrase and the
  noun phrase's "from" after a speaker).
- '"They took more than 300 head of cattle," he said' after "A farmer from Shaqra, who asked
  not to be named, said": a nameless farmer, villager, herder, survivor, witness or sheikh is
  a person for "he said", not the committee member named before him.
- "The Emergency Response Room in Tawila put the death toll at 61": Sudan's Emergency (Response)
  Rooms are bodies ("Room" an organisation word, so "Emergency Room" is no person's name)
  and keep the town that tells them apart.

The regression diff of these rules: "A trader in Maiduguri quoted ₦85,000" keeps the town
in its speaker, the longform live blog's "one man from Guinea" speaks instead of "Guinea",
and 29's "9 million Lebanese pounds" now gives "a driver in Chtaura", as its gold has it.

Four more rules, in a second commit (rows in batch 2, which failed on the blind code):

- "the 40 per cent ration cannot be guaranteed": "cannot" (and "shouldn't", "mustn't") ends
  the counted noun phrase, as "can't" did (the diff: "Up to 1.8 metres of rise cannot be
  ruled out" counts "rise").
- "Halima Abdi Farah, a mother of seven who arrived from Jilib in 2011, said": a parent "of
  N" counts children, and the apposition that describes the speaker ("X, a mother of",
  "Halima*, 34, a mother of") is the reporter's, as a relative clause between the speaker
  and the verb is; the regression diff's other changes are this rule on invented probe rows
  ("Amira, a mother of four, told Nyala 24": four children, no source) and their docstrings.
- "At the Government Girls Secondary School camp in Gusau, which now shelters about 3,800
  persons, Malam Sani Garba, 54, said": the opening place may be named with "in Town" after
  its unit and described by "which (now) shelters/houses/hosts N"; its figure is the
  reporter's background (the mideast rule for "In Khanke camp, home to ...").
- "More than 700,000 refugees ... will receive only 40 per cent ... after the World Food
  Programme (WFP) said it faced a shortfall": a bracketed acronym is one of the words of the
  subject in a subordinate clause after the figure, whose verb speaks for that clause only.

Four more, in a third commit, from probes of the style written after the reports (rows in
batch 3, which failed on the blind code; the regression diff showed no change):

- "Birr 3 billion": Ethiopian papers write the birr before the amount too (currencies.csv).
- "the commissioner, Barrister Mohammed Musa, said", "Engr. Bala Yusuf", "Comrade ...": the
  professional titles Nigerian papers put before a name come off it, as "Dr" does.
- "According to the General Coordination of Displaced Persons and Refugees": "Coordination"
  is an organisation word, and "General" right before an organisation word is the body's
  adjective, not a general's rank (the name finder had made "Persons and Refugees" a person).
- "Governor Babagana Zulum approved N50,000": Borno's governor places a report in Nigeria for
  the letter currency "N", as "Tinubu" does (letter_currencies.csv).

Seen and left alone: "counted" is not scored and differs on most figures (the gold's counted
phrases are long); the set had left "a mother of five" an open convention (the ds2-feature
and everyday probe docstrings); this batch's gold settles it as children, the reporter's.

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/africa-finaleval``, the batch alone, corrected gold): F1 1.000 (72/72, no miss, no extra);
bound, kind, head, low_high, part_of and source 1.000; counted 0.264. The two development
sets: devset 1.000 on F1 and every scored field; devset2 F1 1.000, no field lower than
before the round (source on the other reports up by one figure, "a driver in Chtaura" in
29).
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, MS = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# Batch 1: the constructions that failed in the three reports, each in other words (written
# by hand before the extractor was run on them; each failed on the blind commit's code):
# names and speakers.
CASES = [
    (
        "invented/Daily Trust: a Hausa honorific before the name, then the verb",
        "Alhaji Musa Dantani, chairman of the Malkohi camp in Yola, said 2,100 persons had "
        "arrived from Madagali.",
        [("2,100", 2100, E, C, None, {"head": "persons", "source": "Musa Dantani"})],
    ),
    (
        "invented/Premium Times: an office, then the honorific and name set off by commas",
        "The Executive Secretary of ADSEMA, Hajiya Fatima Modu Kolo, told journalists in Yola "
        "that 1,000 persons had arrived.",
        [("1,000", 1000, E, C, None, {"source": "Fatima Modu Kolo"})],
    ),
    (
        "invented/Punch: 'Mallam' before a village head's name",
        "Mallam Idris Bako, the village head, said 40 houses were burnt in Gwoza.",
        [("40", 40, E, C, None, {"head": "houses", "source": "Idris Bako"})],
    ),
    (
        "invented/Daily Trust: one unnamed speaker 'in Place', then a relative clause",
        "A community leader in Gubio, who pleaded anonymity, said 52 persons were buried on "
        "Friday.",
        [("52", 52, E, C, None, {"source": "A community leader in Gubio"})],
    ),
    (
        "invented/Radio Dabanga: 'A trader from X said' (the place is no speaker)",
        "A trader from Gamboru said 30 shops were burnt in the market.",
        [("30", 30, E, C, None, {"head": "shops", "source": "A trader from Gamboru"})],
    ),
    (
        "invented/Radio Dabanga: 'he said' after a nameless farmer, not the committee member "
        "before him",
        "Committee member Ali Musa told Radio Dabanga that 40 families came on Monday.\n\n"
        "A farmer from Gamboru, who asked not to be named, said he counted 27 bodies. "
        '"They took 200 goats," he said.',
        [
            ("40", 40, E, C, None, {"source": "Ali Musa"}),
            ("27", 27, E, C, None, {"source": "A farmer from Gamboru"}),
            ("200", 200, E, C, None, {"head": "goats", "source": "A farmer from Gamboru"}),
        ],
    ),
    (
        "invented/Sudan Tribune: Sudan's Emergency Room in a town speaks",
        "The Emergency Room in Nyala said 40 people were wounded in the shelling.",
        [("40", 40, E, C, None, {"head": "people", "source": "Emergency Room in Nyala"})],
    ),
]

# Batch 2: the clause and noun-phrase constructions, fixed in a second commit (each row
# failed on the blind commit's code).
CASES += [
    (
        "invented/Daily Nation: 'the N per cent ration cannot ...' (a modal ends the noun)",
        "Officials in Lodwar said the 60 per cent ration cannot last beyond February.",
        [("60 per cent", 60, E, P, "%", {"head": "ration"})],
    ),
    (
        "invented/Kenyan daily: 'X, a mother of six who ..., said': her children, the "
        "reporter's description",
        "Amina Bello, a mother of six who fled Bama in 2014, said she receives N5,000 a month "
        "in Maiduguri.",
        [
            ("six", 6, E, C, None, {"head": "children", "source": None}),
            ("N5,000", 5000, E, M, "NGN", {"source": "Amina Bello"}),
        ],
    ),
    (
        "invented/Nigerian daily: 'At the X camp in Y, which currently shelters N persons,'",
        "At the Bakassi camp in Maiduguri, which currently shelters some 9,000 persons, "
        "Hajiya Fatima Modu, 38, said she had received N10,000 in two months.",
        [
            ("some 9,000", 9000, AP, C, None, {"head": "persons", "source": None}),
            ("N10,000", 10000, E, M, "NGN", {"source": "Fatima Modu"}),
            ("two months", 2, E, D, "month", {"source": "Fatima Modu"}),
        ],
    ),
    (
        "invented/The Standard: a main clause before 'after the X (ACRONYM) said'",
        "Some 12,000 families in Kakuma will lose their cash transfers after the World Food "
        "Programme (WFP) said it faced a shortfall of $40 million.",
        [
            ("Some 12,000", 12000, AP, C, None, {"head": "families", "source": None}),
            ("$40 million", 40e6, E, M, "USD", {"source": "World Food Programme"}),
        ],
    ),
]

# Batch 3: constructions of the style met in probes written after the reports (Ethiopian,
# Nigerian and Darfur copy; none is in the three reports), fixed in a third commit (each row
# failed on the blind commit's code).
CASES += [
    (
        "invented/Addis Standard: 'Birr' before the amount, as after it",
        "The Amhara region has allocated Birr 3 billion to rebuild houses for 120,000 "
        "returnees, while Oromia set aside 450 million Birr.",
        [
            ("Birr 3 billion", 3e9, E, M, "ETB"),
            ("120,000", 120000, E, C, None, {"head": "returnees"}),
            ("450 million Birr", 450e6, E, M, "ETB"),
        ],
    ),
    (
        "invented/Punch: a commissioner's 'Barrister' before his name",
        "About 60 per cent of the 2,000 IDPs in Yola are children, the commissioner, Barrister "
        "Mohammed Musa, said.",
        [
            ("About 60 per cent", 60, AP, P, "%", {"source": "Mohammed Musa"}),
            ("2,000", 2000, E, C, None, {"head": "idps", "source": "Mohammed Musa"}),
        ],
    ),
    (
        "invented/Radio Dabanga: the Coordination of Displaced Persons and Refugees speaks",
        "According to the General Coordination of Displaced Persons and Refugees, more than "
        "9,000 people reached Tawila on Monday.",
        [
            (
                "more than 9,000",
                9000,
                LO,
                C,
                None,
                {"source": "General Coordination of Displaced Persons and Refugees"},
            )
        ],
    ),
    (
        "invented/Daily Trust: 'Zulum' places naira written 'N' in Borno copy",
        "Governor Babagana Zulum approved N50,000 for each of the 5,000 returnee households "
        "in Marte.",
        [
            ("N50,000", 50000, E, M, "NGN"),
            ("5,000", 5000, E, C, None, {"head": "households"}),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_africa_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "109-zamfara-sema-displaced-persons.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "110-dadaab-kakuma-ration-cuts.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 1.0,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "111-tawila-arrivals-rsf-villages.txt": {
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
def test_devset2_africa_floors(name):
    assert_floors(name, FLOORS[name])
