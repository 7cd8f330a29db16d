"""Second dev set, batch ``ds2-liveblog``: reports 148-150 of ``tests/fixtures/devset2``,
the live blogs and live-updates pages of news sites and broadcasters on migration and
displacement events: timestamped posts newest first ("14:32 BST", "16:10 GMT", "Updated
19:40 BST", "Posted at 18:15 BST"), a "Key events" box with relative times ("2h ago"), a
"These are the latest developments" or "Summary" list that repeats the day's tallies, short
posts quoting officials, agencies and reporters on the ground ("Our reporter in La
Restinga, X, says", "Al Jazeera's X, reporting from Landi Kotal, says"), running tallies
that change through the day ("taking the death toll to 11", "up from 2,300 this morning",
"up from 820,000 at midday"), an earlier post's figure corrected, a briefing's "Asked
about ..., she said", and clock times, dates and signal numbers that are no figures.
Before writing them, real copy of these kinds was read through the stored-pages search
(none is kept here): the BBC's live page on the April 2015 Mediterranean capsizing (its
summary box, "All times stated are UK", posts quoting a correspondent in Catania and a
prime minister's tweet), Guardian stories on the August 2015 capsizing off Libya as they
changed through the day, a Yahoo/Independent live page on the Bayesian sinking ("Key
points", posts signed with their time), Middle East Eye's refugee-crisis live blog (its
"Summary of today's events") and an Al Jazeera broadcast transcript on Hungary's border
closure. Every sentence, name and number is invented; places and organisations are real:

- 148-guardian-live-el-hierro-boat-search.txt: a Guardian-like live blog, 2026-10-12, on
  the search after a cayuco capsized off La Restinga, El Hierro: key events with "2h ago",
  a closing summary, Salvamento Marítimo's tally of rescued and dead as it rises, the
  Canary Islands government's shelter, a reporter on the quay, the interior ministry's
  arrivals, UNHCR's and Caminando Fronteras' counts of the dead on the Atlantic route.
- 149-aljazeera-live-torkham-closure.txt: an Al Jazeera-like live page, 2026-11-03, on
  Pakistan's closure of Torkham: the latest developments, the Taliban's refugee ministry's
  count of deported Afghans stuck at the zero point, the foreign office's weekly briefing,
  IOM's meals and blankets, UNHCR's returns, customs officials' losses in dollars, two
  correspondents, ISPR.
- 150-bbc-live-coxs-bazar-cyclone-evacuation.txt: a BBC-like live page, 2026-05-20, on a
  cyclone's evacuations in Bangladesh and the Rohingya camps of Cox's Bazar: a summary,
  "Updated"/"Posted at" times, the disaster ministry's evacuation tally, CPP volunteers,
  UNHCR's relocations from Camp 4 and Camp 26, danger signal No. 10, km, km/h, tonnes and
  metres.

The reports and their gold were committed (5b807c4) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/liveblog-blind --misses``, only
this batch in the folder, at that commit)::

    report                                          gold  pred match      P      R     F1  date
    148-guardian-live-el-hierro-boat-search.txt       25    25    25  1.000  1.000  1.000  ok
    149-aljazeera-live-torkham-closure.txt            19    19    19  1.000  1.000  1.000  ok
    150-bbc-live-coxs-bazar-cyclone-evacuation.txt    23    23    23  1.000  1.000  1.000  ok
    TOTAL                                             67    67    67  1.000  1.000  1.000  1.000

    field accuracy over 67 matched figures:
      bound                         1.000  (67/67)
      kind                          1.000  (67/67)
      head                          0.970  (65/67)
      low_high                      1.000  (67/67)
      part_of                       1.000  (67/67)
      source                        0.851  (57/67)
      source (lenient: surname ok)  0.851  (57/67)
      counted                       0.030  (2/67)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      148-guardian-live-el-hierro-boat-search.txt '11': counted: 'death toll' -> 'deaths'
      148-guardian-live-el-hierro-boat-search.txt 'up to 160': counted: 'people on board' -> 'people'
      148-guardian-live-el-hierro-boat-search.txt '43': counted: 'people rescued alive' -> 'people'
      148-guardian-live-el-hierro-boat-search.txt 'six': counted: 'children among those rescued' -> 'children'
      148-guardian-live-el-hierro-boat-search.txt '11': counted: 'people whose bodies were recovered' -> 'people'
      148-guardian-live-el-hierro-boat-search.txt 'seven': head: 'bodies' -> 'people'; counted: 'bodies found trapped under the hull' -> 'people'
      148-guardian-live-el-hierro-boat-search.txt 'between 150 and 160': counted: 'people who boarded the boat' -> 'people'
      148-guardian-live-el-hierro-boat-search.txt '200': counted: 'beds in the emergency shelter' -> 'beds in Valverde'
      148-guardian-live-el-hierro-boat-search.txt '80': counted: 'capacity of the reception centre' -> 'people'
      148-guardian-live-el-hierro-boat-search.txt 'more than 300': counted: 'people held in the reception centre' -> 'people'
      148-guardian-live-el-hierro-boat-search.txt 'two': counted: 'bodies recovered this afternoon' -> 'bodies'
      148-guardian-live-el-hierro-boat-search.txt '11': counted: 'death toll' -> 'deaths'
      148-guardian-live-el-hierro-boat-search.txt 'nine': counted: 'people who had died (earlier figure)' -> 'people'
      148-guardian-live-el-hierro-boat-search.txt 'about 40': counted: 'Red Cross volunteers on the quay' -> 'Red Cross volunteers'
      148-guardian-live-el-hierro-boat-search.txt '11 days': counted: 'time at sea before the capsizing' -> nan
      148-guardian-live-el-hierro-boat-search.txt '31,870': counted: 'people who reached the Canary Islands by sea this year' -> 'people'
      148-guardian-live-el-hierro-boat-search.txt '18%': counted: 'fall in sea arrivals' -> nan
      148-guardian-live-el-hierro-boat-search.txt 'More than half': counted: 'arrivals who landed on El Hierro' -> 'people'
      148-guardian-live-el-hierro-boat-search.txt 'at least 1,090': counted: 'people dead or missing on the Atlantic route' -> 'people'
      148-guardian-live-el-hierro-boat-search.txt '4,850': counted: 'people dead or missing on the Atlantic route' -> 'people'
      148-guardian-live-el-hierro-boat-search.txt 'roughly 30 nautical miles': counted: 'search area south of La Restinga' -> 'south'
      148-guardian-live-el-hierro-boat-search.txt 'up to 160': counted: 'people on the cayuco' -> 'people'
      148-guardian-live-el-hierro-boat-search.txt '43': counted: 'people pulled from the water' -> 'people'
      148-guardian-live-el-hierro-boat-search.txt 'six': counted: 'children among those rescued' -> 'children'
      148-guardian-live-el-hierro-boat-search.txt 'nine': counted: 'people whose bodies were recovered by midnight' -> 'people'
      149-aljazeera-live-torkham-closure.txt '3,150': source: 'Ministry of Refugees and Repatriation' -> "The Taliban's refugee ministry"; counted: 'deported Afghans stuck at the zero point' -> 'deported Afghans'
      149-aljazeera-live-torkham-closure.txt '2,300': source: 'Ministry of Refugees and Repatriation' -> "The Taliban's refugee ministry"; counted: 'deported Afghans stuck this morning' -> 'deported Afghans'
      149-aljazeera-live-torkham-closure.txt 'more than 541,000': counted: 'Afghans returned or deported from Pakistan this year' -> 'Afghans'
      149-aljazeera-live-torkham-closure.txt 'about 12km': source: 'Kamran Yusufzai' -> 'the line of lorries'; counted: 'line of lorries' -> nan
      149-aljazeera-live-torkham-closure.txt 'three days': source: 'Kamran Yusufzai' -> nan; counted: 'time drivers have been stuck' -> nan
      149-aljazeera-live-torkham-closure.txt '3,150': source: 'Ministry of Refugees and Repatriation' -> "Taliban's Ministry of Refugees and Repatriation"; counted: 'deported Afghans stuck at Torkham' -> 'deported Afghans'
      149-aljazeera-live-torkham-closure.txt '2,300': source: 'Ministry of Refugees and Repatriation' -> "Taliban's Ministry of Refugees and Repatriation"; counted: 'deported Afghans stuck this morning' -> 'deported Afghans'
      149-aljazeera-live-torkham-closure.txt '1,420': head: 'women' -> 'people'; counted: 'women and children among those stuck' -> 'women and children'
      149-aljazeera-live-torkham-closure.txt '96': counted: 'children travelling alone' -> 'children'
      149-aljazeera-live-torkham-closure.txt 'roughly 1.4 million': source: nan -> 'Tahira Qureshi'; counted: 'Afghans holding Proof of Registration cards' -> 'Afghans'
      149-aljazeera-live-torkham-closure.txt '1,800': counted: 'hot meals handed out' -> 'hot meals'
      149-aljazeera-live-torkham-closure.txt '600': counted: 'blankets handed out' -> 'blankets'
      149-aljazeera-live-torkham-closure.txt '541,000': counted: 'Afghans returned or deported from Pakistan since January' -> 'Afghans'
      149-aljazeera-live-torkham-closure.txt 'about 62%': counted: 'returnees without documents' -> 'Afghans'
      149-aljazeera-live-torkham-closure.txt 'about $3m': source: 'Pakistani customs officials' -> 'Pakistani customs officials at Torkham'
      149-aljazeera-live-torkham-closure.txt '5km': counted: 'distance from the crossing where buses were turned back' -> nan
      149-aljazeera-live-torkham-closure.txt '23': counted: 'buses turned back' -> 'buses'
      149-aljazeera-live-torkham-closure.txt '50 to 60': counted: 'people on each bus' -> 'people'
      149-aljazeera-live-torkham-closure.txt 'two': source: 'ISPR' -> "the military's media wing"; counted: 'Pakistani soldiers killed' -> 'Pakistani soldiers'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt 'more than 820,000': source: 'Bangladesh' -> 'Bangladesh Meteorological Department'; counted: 'people moved to cyclone shelters' -> 'people'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt 'About 30,000': counted: 'Rohingya refugees relocated' -> "Rohingya refugees in the Cox's Bazar camps"
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt 'up to 120km/h': counted: 'wind speed at landfall' -> nan
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt 'More than a million': counted: 'people evacuated' -> 'people'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt '1.05 million': counted: 'people evacuated' -> 'people'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt '820,000': counted: 'people evacuated at midday' -> 'people'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt '4,100': counted: 'cyclone shelters opened' -> 'cyclone shelters'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt '76,000': counted: 'volunteers deployed' -> 'volunteers'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt '3,400': counted: 'volunteers deployed in the Rohingya camps' -> 'volunteers'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt '30,000': counted: 'refugees moved' -> 'refugees'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt 'about 30,000': counted: 'Rohingya refugees moved from hillsides' -> 'Rohingya refugees living on hillsides'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt 'More than half': counted: 'refugees moved who are children' -> 'Rohingya refugees living on hillsides'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt '24 hours': counted: 'suspension of flights' -> nan
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt '11': counted: 'ships sent out to deep sea' -> 'ships'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt 'about 310km': counted: 'distance of the storm from Chittagong' -> 'south-west'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt '14km/h': counted: 'speed of the storm' -> nan
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt '1,200 tonnes': counted: 'fortified biscuits prepositioned' -> 'fortified biscuits'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt '400,000': counted: 'people the stocks can feed' -> 'people'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt 'three days': counted: 'time the stocks can feed them' -> nan
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt '1.2 million': counted: 'people to be moved out of low-lying areas' -> 'people'
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt 'up to 120km/h': counted: 'wind speed at landfall' -> nan
      150-bbc-live-coxs-bazar-cyclone-evacuation.txt '2-3 metres': counted: 'storm surge' -> 'forecast'

Gold corrected afterwards (a slip against the set's convention, not toward the output): in
149 the four figures of the Taliban's refugee ministry had the source "Ministry of Refugees
and Repatriation"; the set keeps a ministry's owner's possessive in its fullest name
("Iraq's Ministry of Migration and Displacement", "Tuvalu's Ministry of Foreign Affairs",
and this batch's own "Spain's interior ministry"), so they are "Taliban's Ministry of
Refugees and Repatriation" now (36eac35). No other gold was changed.

The blind run missed no figure and added none: the live page's clock times, "2h ago",
"6am local time (01:00 GMT)", "31 December", "Camp 4" and "No. 10" were all left alone.
What it got wrong was who speaks. The general rules of this round, one line each:

- "Al Jazeera's X, reporting from Landi Kotal, says the line of lorries on the Pakistani
  side now stretches about 12km": a reporter and where she reports from, set off by
  commas, open the sentence as its subject; what follows the verb is what she reports, not
  an inverted speaker (0b31e96).
- "Bangladesh says more than 820,000 people ..." over a story that names "the Bangladesh
  Meteorological Department": a country (the gazetteer's) speaking is not the clipped name
  of a body named after it (e5a5c79).
- "according to the military's media wing, ISPR": "wing" is a body's generic noun, so the
  name after it is the speaker, as after "press office" or "media unit" (ba83a38).
- the entity pass takes a name followed by ", reporting/speaking/writing from|in|at Y," for
  a person, so "Al Jazeera's Kamran Yusufzai" is found and the next post's "he says" is
  his (b859a67).
- "Asked about the roughly 1.4 million Afghans who hold ... cards, she said ...": a figure
  inside a sentence's opening "Asked about/whether/how ..." clause is in the reporter's
  question, not said by the speaker who answers it (5205584).

The table below holds invented sentences (other names, places and numbers) with the
constructions that failed, each checked to fail on the code before its rule (the
"speaking from Geneva" row passed before any rule: a probe of the style, kept).

Left as they are: "The Taliban's refugee ministry says" in the summary box, before the
post that names the "Ministry of Refugees and Repatriation" (a second reference that comes
first, resolved forward: not done); "Pakistani customs officials at Torkham say" (the
gold cuts where the officials are; the set has no fixed convention for a group's place);
"Of those, 1,420 are women and children" (head "women" in the gold, "people" predicted:
open) and "The bodies of 11 people ...; seven of them" (head "bodies" in the gold,
"people" predicted: open). "counted" is not scored.

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/liveblog-blind``, the batch alone, corrected gold)::

    report                                          gold  pred match      P      R     F1  date
    148-guardian-live-el-hierro-boat-search.txt       25    25    25  1.000  1.000  1.000  ok
    149-aljazeera-live-torkham-closure.txt            19    19    19  1.000  1.000  1.000  ok
    150-bbc-live-coxs-bazar-cyclone-evacuation.txt    23    23    23  1.000  1.000  1.000  ok
    TOTAL                                             67    67    67  1.000  1.000  1.000  1.000

    field accuracy over 67 matched figures:
      bound                         1.000  (67/67)
      kind                          1.000  (67/67)
      head                          0.970  (65/67)
      low_high                      1.000  (67/67)
      part_of                       1.000  (67/67)
      source                        0.955  (64/67)
      source (lenient: surname ok)  0.955  (64/67)
      counted                       0.030  (2/67)
      date (per report)             1.000
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D, ME = "count", "percent", "money", "duration", "measure"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# before the fix that makes it pass, and checked to fail before it).
CASES = [
    (
        "invented/BBC live page: a reporter, where she reports from, then her verb",
        "The BBC's Nour Salem, reporting from the Rafah crossing, says the line of ambulances "
        "at the gate now stretches 3km.",
        [("3km", 3, E, ME, "kilometer", {"source": "Nour Salem"})],
    ),
    (
        "invented/Guardian live blog: 'Our correspondent X, reporting from Y, says the queue'",
        "Our correspondent Lena Brandt, reporting from Przemysl, says the queue of buses on "
        "the Polish side now holds about 140 people.",
        [("about 140", 140, AP, C, None, {"source": "Lena Brandt"})],
    ),
    (
        "invented/Al Jazeera live: 'speaking from' sets off where a spokesman is",
        "Tomas Berg, speaking from Geneva, says the line of tents along the fence now holds "
        "2,600 people.",
        [("2,600", 2600, E, C, None, {"source": "Tomas Berg"})],
    ),
    (
        "invented/BBC live summary: a country that speaks is not a body named after it",
        "Kenya says more than 14,000 people have been moved to camps. The Kenya "
        "Meteorological Department has issued a flood warning.",
        [("more than 14,000", 14000, LO, C, None, {"source": "Kenya"})],
    ),
    (
        "invented/Reuters live: 'Greece says' before 'the Greece Ministry of Migration'",
        "Greece says 1,200 people were moved from the island. The Greece Ministry of "
        "Migration declined to comment.",
        [("1,200", 1200, E, C, None, {"source": "Greece"})],
    ),
    (
        "invented/Al Jazeera live: the name after 'the military's media wing' is the speaker",
        "Three border guards were wounded in the clash, according to the army's media wing, DGPR.",
        [("Three", 3, E, C, None, {"source": "DGPR"})],
    ),
    (
        "invented/Sky-like live: 'he says' after 'X's Name, reporting from Y, says'",
        "Sky News's Omar Farid, reporting from Calais, says the camp is being cleared.\n\n"
        '"Police tell me they have taken down 300 tents since dawn," he says.',
        [("300", 300, E, C, None, {"source": "Omar Farid"})],
    ),
    (
        "invented/Al Jazeera live: a figure in the question the speaker is asked is not hers",
        "Asked about the 40,000 Syrians still in the camps, the minister said returns would "
        "stay voluntary.",
        [("40,000", 40000, E, C, None, {"source": None})],
    ),
    (
        "invented/Reuters live: 'Asked whether' opens the question; the answer's figure is his",
        "Asked whether 5,000 troops would be sent to the border, Interior Minister Karl Weber "
        "said 800 officers were already there.",
        [
            ("5,000", 5000, E, C, None, {"source": None}),
            ("800", 800, E, C, None, {"source": "Karl Weber"}),
        ],
    ),
    (
        "invented/Dawn-like live: a wing, its acronym set off by commas, then the verb",
        "The military's media wing, ISPR, said four soldiers had been killed.",
        [("four", 4, E, C, None, {"source": "ISPR"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_liveblog_figures(case):
    _, text, expected = case
    check_figures(text, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "148-guardian-live-el-hierro-boat-search.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.96,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
    "149-aljazeera-live-torkham-closure.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.94,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.84,
    },
    "150-bbc-live-coxs-bazar-cyclone-evacuation.txt": {
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
def test_devset2_liveblog_floors(name):
    assert_floors(name, FLOORS[name])
