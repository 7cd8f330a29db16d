"""Table-driven checks of the extractor on the number forms news copy uses.

Each case is a sentence written for this table in the style named in its id (wire copy,
South Asian dailies, UN flash updates, NGO releases), with the figure as a reader would
write it down by hand: text, value, bound, kind, unit/head. None of the expectations
comes from running the extractor.
"""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import extract_figures
from analysis.figures import _CHANGE_HINTS

# (id, sentence, [(text, value, bound, kind, unit_or_head)])
FIGURE_CASES = [
    (
        "attached million abbreviation",
        "Over 0.6m people left.",
        [("Over 0.6m", 6e5, "lower", "count", "people")],
    ),
    (
        "mn abbreviation, some",
        "Some 3.7mn were registered.",
        [("Some 3.7mn", 3.7e6, "approximate", "count", None)],
    ),
    (
        "lakh",
        "Officials said 13.5 lakh tents were needed.",
        [("13.5 lakh", 1.35e6, "exact", "count", "tents")],
    ),
    (
        "Indian grouping",
        "In all 1,03,764 households were hit.",
        [("1,03,764", 103764, "exact", "count", "households")],
    ),
    (
        "no-break-space thousands",
        "About 105\u00a0585 people crossed.",
        [("About 105\u00a0585", 105585, "approximate", "count", "people")],
    ),
    ("number words", "Twenty-one people died.", [("Twenty-one", 21, "exact", "count", "people")]),
    (
        "a dozen",
        "At least a dozen boats sank.",
        [("At least a dozen", 12, "lower", "count", "boats")],
    ),
    (
        "half a million",
        "Nearly half a million people fled.",
        [("Nearly half a million", 5e5, "upper", "count", "people")],
    ),
    (
        "two hundred",
        "Some two hundred families stayed.",
        [("Some two hundred", 200, "approximate", "count", "families")],
    ),
    (
        "share in words: half",
        "Half of the returnees were women.",
        [("Half", 50, "exact", "percent", "returnees")],
    ),
    (
        "share in words: three-quarters",
        "Aid reached three-quarters of the camps.",
        [("three-quarters", 75, "exact", "percent", "camps")],
    ),
    (
        "pc",
        "Some 58pc of card holders live in Khyber Pakhtunkhwa.",
        [("Some 58pc", 58, "approximate", "percent", "holders")],
    ),
    (
        "per cent",
        "Only 40 per cent of the appeal is funded.",
        [("40 per cent", 40, "exact", "percent", "appeal")],
    ),
    (
        "percent sign decimal",
        "The rate was 12.5% last year.",
        [("12.5%", 12.5, "exact", "percent", None)],
    ),
    (
        "dollar million",
        "The appeal seeks $1.2 million.",
        [("$1.2 million", 1.2e6, "exact", "money", "USD")],
    ),
    ("US$", "It released US$250,000 on Monday.", [("US$250,000", 250000, "exact", "money", "USD")]),
    (
        "rupees in Pakistan",
        "Islamabad set aside Rs10 billion.",
        [("Rs10 billion", 1e10, "exact", "money", "PKR")],
    ),
    (
        "rupees in India",
        "Assam released Rs 30 crore for relief in Guwahati.",
        [("Rs 30 crore", 3e8, "exact", "money", "INR")],
    ),
    ("taka", "Each family got Tk 300.", [("Tk 300", 300, "exact", "money", "BDT")]),
    ("euro m", "Frontex budgeted €3m.", [("€3m", 3e6, "exact", "money", "EUR")]),
    (
        "afghanis",
        "Smugglers charged 5,000 afghanis.",
        [("5,000 afghanis", 5000, "exact", "money", "AFN")],
    ),
    (
        "hyphenated duration",
        "They got a 15-day deadline.",
        [("15-day", 15, "exact", "duration", "day")],
    ),
    ("within N days", "Leave within 30 days.", [("30 days", 30, "exact", "duration", "day")]),
    (
        "over the past N years",
        "Over the past 40 years they stayed.",
        [("40 years", 40, "exact", "duration", "year")],
    ),
    (
        "for over N years",
        "They lived there for over 40 years.",
        [("over 40 years", 40, "lower", "duration", "year")],
    ),
    (
        "measure kilometres",
        "The road runs 325 kilometres.",
        [("325 kilometres", 325, "exact", "measure", "kilometer")],
    ),
    (
        "measure mm of rain",
        "Some 200 mm of rain fell.",
        [("Some 200 mm", 200, "approximate", "measure", "millimeter")],
    ),
    (
        "measure tonnes",
        "WFP moved 5,000 tonnes of food.",
        [("5,000 tonnes", 5000, "exact", "measure", "metric_ton")],
    ),
    (
        "just over",
        "Just over 2,000 people arrived.",
        [("Just over 2,000", 2000, "lower", "count", "people")],
    ),
    (
        "in excess of",
        "It hosts in excess of 500 families.",
        [("in excess of 500", 500, "lower", "count", "families")],
    ),
    (
        "as many as",
        "As many as 3,000 children waited.",
        [("As many as 3,000", 3000, "upper", "count", "children")],
    ),
    (
        "between X and Y scale",
        "Between 1.3 and 1.5 million people may return.",
        [("Between 1.3 and 1.5 million", 1.4e6, "range", "count", "people")],
    ),
    (
        "dash range scale",
        "Partners estimate 1.3-1.5 million people remain.",
        [("1.3-1.5 million", 1.4e6, "range", "count", "people")],
    ),
    (
        "dash range per day",
        "Some 1,500-2,000 people a day cross.",
        [("Some 1,500-2,000", 1750, "range", "count", "people")],
    ),
    (
        "from X to Y",
        "Heads said from 200 to 300 families moved.",
        [("from 200 to 300", 250, "range", "count", "families")],
    ),
    (
        "change from X to Y is two figures",
        "Rations fall from $11.50 to $6.25 per person.",
        [("$11.50", 11.5, "exact", "money", "USD"), ("$6.25", 6.25, "exact", "money", "USD")],
    ),
    (
        "or more",
        "A total of 2,000 or more people fled.",
        [("2,000 or more", 2000, "lower", "count", "people")],
    ),
    (
        "percent range with signs",
        "Between 10% and 15% of them left.",
        [("Between 10% and 15%", 12.5, "range", "percent", None)],
    ),
    (
        "fraction of a million is a count",
        "Nearly a quarter of a million people fled.",
        [("Nearly a quarter of a million", 250000, "upper", "count", "people")],
    ),
    (
        "two-thirds",
        "Two-thirds of the camps flooded.",
        [("Two-thirds", 200 / 3, "exact", "percent", "camps")],
    ),
    (
        "fraction as a change",
        "Voluntary returns fell by a third.",
        [("a third", 100 / 3, "exact", "percent", None)],
    ),
    (
        "wire: the noun before a reporting verb is not what is counted",
        "Authorities said 140,322 had crossed the border.",
        [("140,322", 140322, "exact", "count", "people")],
    ),
    (
        "subject of 'numbered'",
        "At the peak registered refugees numbered over 3 million.",
        [("over 3 million", 3e6, "lower", "count", "refugees")],
    ),
    (
        "rate as a share",
        "Roughly one in five returnees is a child.",
        [("Roughly one in five", 20, "approximate", "percent", "returnees")],
    ),
    (
        "rate 'out of'",
        "Some 3 out of 10 families left.",
        [("Some 3 out of 10", 30, "approximate", "percent", "families")],
    ),
    (
        "compound adjective count",
        "They opened a 100-bed hospital.",
        [("100-bed", 100, "exact", "count", "bed")],
    ),
    ("half a dozen", "Half a dozen boats sank.", [("Half a dozen", 6, "exact", "count", "boats")]),
    (
        "-odd is approximate",
        "Some 20,000-odd families stayed.",
        [("Some 20,000-odd", 20000, "approximate", "count", None)],
    ),
    (
        "or so",
        "About 2,000 or so people.",
        [("About 2,000 or so", 2000, "approximate", "count", "people")],
    ),
    ("bln", "It cost Islamabad 2 bln rupees.", [("2 bln rupees", 2e9, "exact", "money", "PKR")]),
    (
        # "stands" is not the counted noun; a toll counts deaths (it read "people", the
        # fallback for a large count with no noun, until the toll rule)
        "amount verb is not the counted noun",
        "The toll stands at 1,234.",
        [("1,234", 1234, "exact", "count", "deaths")],
    ),
]

NOT_FIGURE_CASES = [
    ("ISO date", "The data cut-off was 2025-03-31."),
    ("month day", "The deadline expired on November 1."),
    ("day month year", "It was announced on 3 October 2023."),
    ("abbreviated month", "HERAT, Sept. 30 — Nothing happened."),
    ("year", "They have lived here since 1979."),
    ("decade", "Many arrived in the 1980s."),
    ("fiscal year", "Spending in 2005-06 was lower."),
    ("quarter", "Returns slowed in Q4 2023."),
    ("ordinal", "This is the 3rd meeting."),
    ("clock time", "The gate opened at 10am (0500 GMT)."),
    ("clock time with colon", "Shelling began at 5:30 am."),
    ("age", "A 12-year-old boy was found."),
    ("age in words", "Her eight-year-old daughter is ill."),
    ("aged N and over", "Men aged 14 and over were held."),
    ("under five as age", "Children under five are at risk."),
    ("article", "Article 14 of the directive applies."),
    ("section", "Section 144 was imposed."),
    # legal copy: a plural label word opens a list of labels, each one a label
    ("list of sections", "Under sections 25 and 26 of the Act, the men were held."),
    ("list of articles", "Articles 14, 15 and 16 apply."),
    ("list of camps", "Camps 8, 9 and 12 were cleared."),
    ("emergency line", "Call Rescue 1122 for help."),
    ("gang name", "Members of MS-13 were deported."),
    ("disease", "The COVID-19 pandemic closed borders."),
    ("highway", "Traffic on NH-715 was halted."),
    ("phone", "Contact: +93 700 123 456"),
    ("phone with dashes", "A helpline, 051-111-222-333, was set up."),
    ("helpline number", "People can call the state helpline 1070."),
    ("vague hundreds", "Hundreds of families waited."),
    ("vague tens of thousands", "Tens of thousands of people fled."),
    ("one of the", "Chaman is one of the main crossings."),
    ("one-time", "Each gets a one-time grant."),
    ("phase label", "Phase one targeted undocumented Afghans."),
    ("No. label", "Flash Update No. 4"),
]


@pytest.mark.parametrize("case", FIGURE_CASES, ids=[c[0] for c in FIGURE_CASES])
def test_figure_forms(case):
    _, sentence, expected = case
    df = extract_figures(sentence)
    assert df["text"].tolist() == [e[0] for e in expected], sentence
    for (text, value, bound, kind, unit_or_head), (_, row) in zip(
        expected, df.iterrows(), strict=True
    ):
        assert math.isclose(row["value"], value, rel_tol=1e-9), text
        assert row["bound"] == bound, text
        assert row["kind"] == kind, text
        if unit_or_head is not None:
            got = row["unit"] if kind in ("measure", "duration") else row["head"]
            assert got == unit_or_head, (text, got)


@pytest.mark.parametrize("case", NOT_FIGURE_CASES, ids=[c[0] for c in NOT_FIGURE_CASES])
def test_not_figures(case):
    _, sentence = case
    assert extract_figures(sentence)["text"].tolist() == []


BOUND_RULES = [
    # bound -> (low is value, high is value)
    ("exact", "The camp holds 612 people.", (True, True)),
    ("lower", "More than 612 people came.", (True, False)),
    ("upper", "Up to 612 people came.", (False, True)),
    ("approximate", "About 612 people came.", (False, False)),
]


@pytest.mark.parametrize("bound,sentence,sides", BOUND_RULES, ids=[b[0] for b in BOUND_RULES])
def test_bounds_follow_the_schema(bound, sentence, sides):
    row = extract_figures(sentence).iloc[0]
    assert row["bound"] == bound
    for col, is_value in zip(("low", "high"), sides, strict=True):
        if is_value:
            assert row[col] == row["value"]
        else:
            assert pd.isna(row[col])


def test_range_low_high_and_midpoint():
    row = extract_figures("Between 18 and 23 percent were returned.").iloc[0]
    assert (row["low"], row["high"], row["value"], row["kind"]) == (18, 23, 20.5, "percent")


# The change forms the issue lists, in daily and wire style.
DIRECTION_CASES = [
    ("Arrests rose by 40pc last month.", "up"),
    ("Returns fell 12 per cent in May.", "down"),
    ("It was a 115 per cent increase.", "up"),
    ("Arrivals were up 5% on last year.", "up"),
    # Business-desk copy (invented): the change after a comma, a softening adverb, and a
    # verb whose "by" comes after its object.
    ("Cloud sales were 7.4 billion dollars, up 6% on the year.", [None, "up"]),
    ("The hardware unit had $763 million in revenue, down 6%.", [None, "down"]),
    ("Net income rose just 2 percent.", "up"),
    ("Exports slipped only 0.5 per cent in March.", "down"),
    ("The firm increased its sales in the fourth quarter by twelve percent.", "up"),
    ("Arrests fell in the capital by about a third.", "down"),
    # A share compared with another figure states a change too (UN-update style, invented)
    ("This figure is 19% lower than in September.", "down"),
    ("Returns were 74 per cent fewer than in the same period of 2017.", "down"),
    ("Rents are 12pc higher than a year ago.", "up"),
    # UK Home Office copy (invented): the change word after the share, and "a further jump of"
    ("Arrivals are 16% up on 2023 (2,953).", ["up", None]),
    ("That is a further jump of 55% compared with 2022.", "up"),
]


@pytest.mark.parametrize("sentence,direction", DIRECTION_CASES)
def test_direction_of_change(sentence, direction):
    got = [None if pd.isna(d) else d for d in extract_figures(sentence)["direction"]]
    assert got == (direction if isinstance(direction, list) else [direction])


@pytest.mark.parametrize(
    "sentence,whole_text,part_text,head",
    [
        ("Of the 24 attacks, 14 took place in the north.", "24", "14", "attacks"),
        ("Some 5,200 arrived, of whom 3,000 were children.", "Some 5,200", "3,000", "children"),
        ("Police held 40 people, including 12 women.", "40", "12", "women"),
        # "of those" then a preposition or a verb: the pronoun (IOM style, invented)
        ("It recorded 392 deaths, 221 of those on sea routes.", "392", "221", "deaths"),
        # "Among them," opening the next sentence, as "Of these," does (UNHCR style)
        (
            "To date, 220,000 refugees have fled. Among them, 150,000 are Sudanese.",
            "220,000",
            "150,000",
            "refugees",
        ),
        # "of these" before a noun names that noun (wire style, invented)
        (
            "Some 30 attacks were recorded; 14 of these attacks hit clinics.",
            "Some 30",
            "14",
            "attacks",
        ),
        (
            "Some 300 members were held. Over a dozen of these attacks were foiled.",
            None,
            "Over a dozen",
            "attacks",
        ),
        ("They run 14 centres and will close at least 5 of them.", "14", "at least 5", "centres"),
    ],
)
def test_part_of_and_elided_heads(sentence, whole_text, part_text, head):
    df = extract_figures(sentence)
    texts = df["text"].tolist()
    part = df.iloc[texts.index(part_text)]
    if whole_text is None:
        assert pd.isna(part["part_of"])
    else:
        assert texts[int(part["part_of"])] == whole_text
    assert part["head"] == head


@pytest.mark.parametrize(
    "text,source,hedged",
    [
        ("Officials said 300 trucks were waiting.", "Officials", False),
        (
            "Minister Jan Doe said 300 trucks were waiting. He claimed 20 more would come.",
            "Jan Doe",
            True,
        ),
        (
            "More than 300 trucks were waiting, according to the Frontier Corps.",
            "Frontier Corps",
            False,
        ),
        ("\u201cWe registered 3,100 families,\u201d said Zarmina Hotak.", "Zarmina Hotak", False),
    ],
)
def test_sources_of_the_last_figure(text, source, hedged):  # noqa: D103
    row = extract_figures(text).iloc[-1]
    assert row["source"] == source
    assert bool(row["hedged"]) is hedged


def test_of_those_who_is_not_a_pronoun_for_an_earlier_figure():
    # wire style: "85% of those who left" is a share of a group, not of the 1,100 before it
    df = extract_figures(
        '"We detained 1,100 people," he said. The ministry said 85% of those who left were women.'
    )
    assert pd.isna(df.iloc[1]["part_of"])


def test_attribution_in_a_later_where_clause_stays_in_it():
    df = extract_figures(
        "It set up 49 centres in Karachi, where UNHCR estimates some 250,000 Afghans live."
    )
    assert pd.isna(df.iloc[0]["source"]) and df.iloc[1]["source"] == "UNHCR"


@pytest.mark.parametrize(
    "sentence,figure_text,head,part_of_text",
    [
        # Dawn style: the group is named up front, the share follows
        (
            "Some 2,000 people crossed on Monday. Of these returnees, 61pc were women.",
            "61pc",
            "returnees",
            "Some 2,000",
        ),
        # coordinated shares share their whole
        (
            "Nearly 58pc of card holders live in Peshawar and around 22pc in Quetta.",
            "around 22pc",
            "holders",
            None,
        ),
        # a verb-like word used as a compound modifier
        (
            "States issued more than 430,000 return decisions last year.",
            "more than 430,000",
            "decisions",
            None,
        ),
        # money that is part of an amount named before
        (
            "The plan was given Rs10 billion. Over Rs2 billion of that fund has been released.",
            "Over Rs2 billion",
            "PKR",
            "Rs10 billion",
        ),
        # "a survey of 1,250 households" is a noun's complement, not "Of the 1,250 ..., N"
        (
            "In a survey of 1,250 households, 19 per cent said at least one member was detained.",
            "at least one",
            "member",
            None,
        ),
    ],
)
def test_heads_and_wholes_in_context(sentence, figure_text, head, part_of_text):
    df = extract_figures(sentence)
    texts = df["text"].tolist()
    row = df.iloc[texts.index(figure_text)]
    assert row["head"] == head
    if part_of_text is None:
        assert pd.isna(row["part_of"])
    else:
        assert texts[int(row["part_of"])] == part_of_text


# A number that a toll or "the number of X" rises, falls or stands at counts what that
# subject counts, whatever figure came before it (invented, in wire and disaster-desk style).
@pytest.mark.parametrize(
    "sentence,figure_text,head",
    [
        ("The death toll from the landslide rose to 63, officials said.", "63", "deaths"),
        (
            "Rains hit 2 million villagers as the death toll from floods across the region "
            "rose to at least 289, officials said.",
            "at least 289",
            "deaths",
        ),
        (
            "Some 53 camps are open. In Nepal, the death toll has reached 88, according to "
            "the Home Ministry.",
            "88",
            "deaths",
        ),
        (
            "Rescuers found five more bodies, taking the toll in the district to 162.",
            "162",
            "deaths",
        ),
        (
            "There are 53 camps. The number of people in relief camps has dropped from "
            "17,000 to about 11,000.",
            "17,000",
            "people",
        ),
        ("The number of returnees rose from 1,200 to 1,800 in a week.", "1,800", "returnees"),
        (
            "It has set up 900 camps for displaced families, who number over 265,000.",
            "over 265,000",
            "families",
        ),
        (
            "About 55,000 people are staying in 53 camps, while another 30,000 displaced by "
            "the floods are living in tents.",
            "30,000",
            "people",
        ),
        # a total carries the noun of the count of its own size, not of the boats
        (
            "Yesterday, 408 people arrived on nine boats, bringing the total to 21,063.",
            "21,063",
            "people",
        ),
        (
            "Some 12 boats carrying 600 people were stopped, and 3 more were turned back.",
            "3",
            "boats",
        ),
    ],
)
def test_the_subject_of_an_amount_is_what_it_counts(sentence, figure_text, head):
    df = extract_figures(sentence)
    row = df.iloc[df["text"].tolist().index(figure_text)]
    assert row["head"] == head


# "a crowd of 41,213" counts the crowd; "three more own goals" counts goals: each names its
# own noun, which beats a head carried over from an earlier figure (invented, sports and
# disaster desks).
@pytest.mark.parametrize(
    "sentence,figure_text,head",
    [
        (
            "They lost 3-2 on Sunday. A record crowd of 41,213 watched the derby.",
            "41,213",
            "crowd",
        ),
        (
            "The club won 8-0. A television audience of 188,000 tuned in.",
            "188,000",
            "audience",
        ),
        ("Ten people were rescued. Two more persons drowned in Dhubri.", "Two", "persons"),
        # a singular noun ending in -s modifies the head like any other (health desk)
        ("The ministry confirmed a total of 5,655 measles cases.", "5,655", "cases"),
        ("Some 120 diabetes patients were moved.", "Some 120", "patients"),
        ("The total number of mumps cases is 1,844.", "1,844", "cases"),
        ("The network has 40 news outlets.", "40", "outlets"),
        (
            "He scored twice on Sunday and has now scored three more own goals than any "
            "other player.",
            "three",
            "goals",
        ),
    ],
)
def test_a_figure_names_its_own_noun(sentence, figure_text, head):
    df = extract_figures(sentence)
    row = df.iloc[df["text"].tolist().index(figure_text)]
    assert row["head"] == head


@pytest.mark.parametrize(
    "text,want",
    [
        # Indian daily: "Rs" in a report about Manipur is the Indian rupee
        ("IMPHAL: The state spent Rs 1,000 crore on relief in Manipur.", "INR"),
        # Pakistani daily: the same sign in a report about Sindh
        ("KARACHI: Sindh released Rs 1,000 crore for relief.", "PKR"),
    ],
)
def test_rupee_follows_the_country(text, want):
    assert extract_figures(text)["unit"].tolist() == [want]


def test_headline_attribution_after_a_comma():
    # headline style: "..., says govt"
    df = extract_figures("Over 60,000 displaced, 221 killed in a year, says govt")
    assert df["source"].tolist() == ["govt", "govt"]
    # the killed are not a subset of the displaced: no part_of without "of", "including" or a finding verb
    assert df["part_of"].isna().all()


def test_of_which_only_about():
    df = extract_figures(
        "Some 5,600 weapons were looted, of which only about 1,800 have been recovered."
    )
    assert df.iloc[1]["text"] == "about 1,800" and int(df.iloc[1]["part_of"]) == 0


def test_age_limit_written_as_years_is_not_a_duration():
    df = extract_figures("Around 30% of the displaced are children below 14 years.")
    assert df["text"].tolist() == ["Around 30%"]
    assert df.iloc[0]["head"] == "displaced"


def test_change_hints_never_hide_a_direction(monkeypatch):
    """The substring prefilter of _fill_direction may only skip windows the change
    patterns cannot match: with it and without it, every fixture report and every
    sentence of the direction table get the same directions."""
    from pathlib import Path

    import analysis.figures as figures_mod

    fixtures = Path(__file__).parent / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in sorted(fixtures.rglob("*.txt"))]
    texts += [c[0] for c in DIRECTION_CASES]
    texts += [f"Arrivals {w} 40 per cent." for w in _CHANGE_WORDS]
    texts += [f"Arrivals saw a 40 per cent {w}." for w in _CHANGE_NOUNS]
    with_hints = [extract_figures(t)["direction"].tolist() for t in texts]
    monkeypatch.setattr(figures_mod, "_CHANGE_HINT_RE", re.compile(""))
    without = [extract_figures(t)["direction"].tolist() for t in texts]
    assert with_hints == without
    assert sum(d is not None and d == d for row in without for d in row) >= len(_CHANGE_WORDS)


# Every change word of the direction patterns (read off _UP_RE/_DOWN_RE by hand).
_CHANGE_WORDS = """rose risen rise rises rising increased increase increases increasing grew grown
grow grows jumped jump jumps climbed climb climbs surged surge surges soared soar soars raised raise
higher fell fallen fall falls falling dropped drop drops declined decline declines decreased
decrease decreases shrank shrunk cut slashed slash reduced reduce plunged plunge plummeted plummet
lowered lower slipped slip""".split()
_CHANGE_NOUNS = "increase rise jump surge hike growth spike decrease decline drop fall cut reduction dip".split()


_FRACTION_PIECES = [
    "half", "Half", "HALF", "a ", "one-", "two-", "three ", "four-", "nine-", "third", "thirds",
    "quarter", "quarters", "fifths", "tenth", " of ", " the ", " their ", " them", " those",
    "by ", "by a third", "by half", "behalf", "by nearly a fifth", "nearly ", "a-", " ", ".", "é", "2", "_",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRACTION_PIECES), max_size=20).map("".join))
def test_fraction_scan_equals_finditer(text):
    """Shares in words are matched only where a numerator or fraction word stands: the
    same matches as the pattern's finditer over the whole text (pieces written for this)."""
    import analysis.figures as figures_mod
    from analysis.scan import scan

    rx = figures_mod._FRACTION_RE
    fast = [m.span() for m in scan(rx, text, figures_mod._FRACTION_OPENERS)]
    assert fast == [m.span() for m in rx.finditer(text) if m.end() > m.start()]


_WINDOW_PIECES = [
    "Article", "Art", "Section", "No", "Nos", "Camp", "Phase", "Rescue", "Article.", ".", "..",
    " ", "  ", "   ", "\u00a0", "(", "x", "2", "_", "é", "aged", "Aged", "ages of", "AGES",
    "age", "stage", "including", "Includes", "among them", "among whom", "helpline", "Hotline",
    "telephone", "call", "toll-free", "SMS", "mobile", "the", "people", ",", "\n", "S&P",
    "&", "FTSE", "Boeing", "Nikkei", "the S&P", "XBoeing", "boeing",
    "HC", "(HC", "HL", "Paper", "HL Paper",  # a UK parliamentary paper (ds2-money)
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WINDOW_PIECES), max_size=12).map("".join))
@example("éArticle ")
@example("x.Article. ")
@example("\u0130No  ")
@example("Article \n")
def test_window_prefilters_answer_as_their_patterns(window):
    """Each window pattern asked only when its hint words are present answers exactly as
    the pattern searched on every window (pieces written for this check)."""
    import analysis.figures as F

    assert F._id_keyword_before(window) == (F._ID_KEYWORD_RE.search(window) is not None)
    lex = F._lexicon()
    assert F._label_word_before(window, lex) == (lex["id_before_re"].search(window) is not None)
    for hinted, rx in [
        (F._PHONE_HINTED, F._PHONE_KEYWORD_RE),
        (F._AGE_BEFORE_HINTED, F._AGE_BEFORE_RE),
        (F._INCLUDING_HINTED, F._INCLUDING_BEFORE_RE),
    ]:
        got, want = hinted.search(window), rx.search(window)
        assert (got and got.span()) == (want and want.span())
        got = hinted.search("xx " + window, 3)
        want = rx.search("xx " + window, 3)
        assert (got and got.span()) == (want and want.span())


_RUPEE_PIECES = [
    "Rs", "rs", "RS", "rS", "R", "r", "s", "S", "\u017f", ".", "5", " ", "é", "_", "x",
    "rupee", "Rupees", "RUPEE", "rUpEe", "rupe", "Mrs", "ers", "(",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_RUPEE_PIECES), max_size=10).map("".join))
def test_rupee_gate_answers_as_the_ignorecase_pattern(text):
    """The case-by-case rupee gate (a class first, so ``re`` has a prefilter) finds a
    rupee exactly where the IGNORECASE pattern it replaced does (pieces written for this)."""
    import analysis.figures as F

    fast = [m.span() for m in F._RUPEE_GATE_RE.finditer(text)]
    slow = [m.span() for m in F._RUPEE_GATE_SLOW_RE.finditer(text)]
    assert fast == slow


def _token_is_label_reference(text, tok):
    """_token_is_label as it was before its character gates: every pattern always runs."""
    import analysis.figures as F

    s, e = tok.start, tok.end
    # (a coordinate's degrees and minutes, "33°02'N 012°47'E": steps missing from this
    # reference until test_label_gates_on_the_fixtures met a ship's position in report 271,
    # ds2-maritime)
    if text[e : e + 1] in ("°", "º") and (
        text[e + 1 : e + 2].isdigit()
        or (text[e + 1 : e + 2] in ("N", "S", "E", "W") and not text[e + 2 : e + 3].isalpha())
    ):
        return True
    if (
        text[s - 1 : s] in ("°", "º")
        and s >= 2
        and text[s - 2].isdigit()
        and text[e : e + 1] in ("'", "′", "’")
    ):
        return True
    if F._SCALE_ORDINAL_AFTER_RE.match(text, e):
        return True  # "the 50 millionth passenger" (session 7)
    # (session 8's time-zone offset, "GMT+1", which this reference lacked: hypothesis found
    # "GMT+1,200"; and session 11's "1 big thing:" and a live page's "Updated 3 hours ago")
    # (an offset is written in digits: the function's words branch returns before this
    # check, and hypothesis drew "GMT-one" in session 13)
    if (
        text[s - 1 : s] in ("+", "-", "−")
        and s >= 4
        and text[s - 4 : s - 1] in ("GMT", "UTC")
        and not tok.in_words
    ):
        return True
    if tok.text == "1" and F._BIG_THING_AFTER_RE.match(text, e):
        return True
    # (devset2 markets: a numeric ticker with its exchange suffix, "(9101.T)")
    if text[s - 1 : s] == "(" and s and F._TICKER_AFTER_RE.match(text, e):
        return True
    # (ds2-visas: a US citation's title and section, "8 CFR 214.2", "U.S.C. 1184", "§ 1101")
    if text.startswith(tuple(" " + w for w in F._US_CODE_TITLE_AFTER), e) or (
        text.endswith(F._US_CODE_SECTION_BEFORE, 0, s)
        and not text.startswith(("%", " per", "\u00a0per"), e)
    ):
        return True
    # (a scheme named by its amount, "the 800+ child benefit": the step missing from this
    # reference, found by test_label_gates_on_the_fixtures on report 137, ds2-ukraine)
    if text[e : e + 1] == "+" and F._PLUS_PROGRAMME_AFTER_RE.match(text, e + 1):
        return True
    if F._PAGE_STAMP_RE.fullmatch(
        text, text.rfind("\n", 0, s) + 1, (text.find("\n", e) + 1 or len(text) + 1) - 1
    ):
        return True
    if (
        text[s - 1 : s] == "("
        and text[e : e + 1] == ")"
        and s >= 3
        and text[s - 2] == " "
        and text[s - 3].islower()
        and tok.value <= 110
        and not (tok.grouped or tok.scale != 1 or tok.has_decimal or tok.in_words)
        and F._bracket_age(text, s)
    ):
        return True  # "Prakash Pawar (27)": an age in brackets (session 7)
    if F._MONTH_AFTER_RE.match(text, e):
        return True
    if len(tok.text) <= 2 and tok.text[:1].isdigit() and F._DAY_LIST_MONTH_AFTER_RE.match(text, e):
        return True  # "on 12, 13 and 14 March" (session 14)
    if text[s : s + 1] in ("2", "7") and F._round_the_clock(text, s if text[s] == "2" else s - 3):
        return True
    if (
        len(tok.text) == 4
        and tok.text.isdigit()
        and (
            (1300 <= tok.value <= 1500 and F._HIJRI_AFTER_RE.match(text, e))
            or text.endswith((" year ", " Year ", " year (", " Year ("), 0, s)
        )
    ):
        return True
    if (
        tok.value <= 31
        and not (tok.grouped or tok.has_decimal or tok.in_words or tok.scale != 1)
        and F._MONTH_DAY_RANGE_BEFORE_RE.search(text, max(0, s - 32), s)
    ):
        return True
    if (
        text[e : e + 1] == ":"
        and text[s - 1 : s] in (" ", "\u00a0")
        and tok.value <= 31
        and F._MONTH_COMMA_BEFORE_RE.search(text, max(0, s - 12), s)
    ):
        return True
    if (
        F._MONTH_BEFORE_RE.search(text, max(0, s - 12), s)
        and not (tok.grouped or tok.scale != 1 or tok.has_decimal)
        and not (len(tok.text) < 4 and F._DAY_MONTH_BEFORE_RE.search(text, max(0, s - 16), s))
    ):
        return True
    # (an age in millions or billions of years is a span of time: "4.6 billion years old")
    if F._AGE_AFTER_RE.match(text, e) and tok.scale < 1e6:
        return True
    if F._AGE_RANGE_AFTER_RE.match(text, e):
        return True
    if F._AGE_BEFORE_RE.search(text, max(0, s - 16), s):
        return True
    if (
        tok.value <= 125
        and not tok.grouped
        and text.endswith(F._LIST_ENDINGS, 0, s)
        and F._AGE_LIST_BEFORE_RE.search(text, max(0, s - 40), s)
        # (not before a plural noun: "aged 41 and two men", session 17)
        and not (
            (pa := F._AGE_LIST_NOUN_AFTER_RE.match(text, e))
            and pa.group(1).lower() not in F._AGE_UNIT_PLURALS
        )
    ):
        return True
    # (the upper end of an age band, added to _token_is_label in 39c05c0 without a fixture
    # that reached it until ds2-general's "aged nine months to 14 years")
    if (
        tok.value <= 125
        and not tok.grouped
        and text.endswith(("to ", "and ", "-", "\u2013", "- ", "\u2013 "), 0, s)
        and F._AGE_BAND_END_BEFORE_RE.search(text, max(0, s - 40), s)
    ):
        return True
    # (an age limit after "older than" or "younger than", added to _token_is_label in 1598ff4
    # without a fixture that reached it until ds2-americas2's "children older than 5 pay")
    if (
        tok.value <= 120
        and not (tok.grouped or tok.has_decimal or tok.scale != 1)
        and text.endswith(F._AGE_THAN_ENDS, 0, s)
        and not text.startswith((" of ", "\u00a0of "), e)
    ):
        return True
    # (an age limit after a copula, "85 of those are 17 or older", ds2-schools)
    if (
        tok.value <= 120
        and not (tok.grouped or tok.has_decimal or tok.scale != 1)
        and text.endswith(F._AGE_COPULA_BEFORE_ENDS, 0, s)
        and F._AGE_OR_OLDER_AFTER_RE.match(text, e)
    ):
        return True
    # (a median or average age and the later ages of its clause, ds2-demography)
    if (
        text[s - 1 : s] in (" ", "\u00a0")
        and tok.value <= 120
        and not (tok.grouped or tok.scale != 1)
        and F._MEDIAN_AGE_BEFORE_RE.search(text[max(0, s - 90) : s])
        and F._MEDIAN_AGE_AFTER_RE.match(text, e)
    ):
        return True
    if (
        tok.value <= 110
        and F._AGE_IN_COMMAS_BEFORE_RE.search(text, max(0, s - 30), s)
        and F._AGE_IN_COMMAS_AFTER_RE.match(text, e)
    ):
        return True
    if (
        text[s - 2 : s] == ", "
        and (
            text[e : e + 1] in (",", ";")
            or (text[e : e + 1] == "." and text[e + 1 : e + 2] in ("", " ", "\n", "\u00a0"))
        )
        and tok.value <= 119
        and not (tok.grouped or tok.scale != 1 or tok.has_decimal or tok.in_words)
        and F._appositive_age(text, s, e)
    ):
        return True  # "Dilan Aziz, 41, of Birmingham" (the rule itself, no gate)
    if (
        text[s - 1 : s] == " "
        and tok.value < 100
        and not (tok.grouped or tok.scale != 1 or tok.has_decimal or tok.in_words)
        and F._OUTLET_AFTER_RE.match(text, e)
        and F._OUTLET_BEFORE_RE.search(text, max(0, s - 60), s)
    ):
        return True  # "told France 24 that" (the rule itself, no gate)
    # Session 6's ages of profile and obituary copy ("At 36, Moreau ...", "He was 84.",
    # "The former nurse, now 91, lives alone"), missing here until a court report's "The
    # man, now 43, had been held" (devset2 courts) met them: the rules themselves, no gate.
    prev, nxt = text[s - 1 : s], text[e : e + 1]
    if (
        nxt == ","
        and prev == " "
        and text.endswith("At ", 0, s)
        and tok.value <= 110
        and not (tok.grouped or tok.has_decimal or tok.scale != 1)
        and F._AT_AGE_BEFORE_RE.search(text, max(0, s - 6), s)
        and F._AT_AGE_AFTER_RE.match(text, e)
    ):
        return True  # "At 36, Moreau is the oldest finalist": an age opening the sentence
    if (
        nxt == ":"
        and prev == " "
        and text.startswith(" ", e + 1)
        and text.endswith(" at ", 0, s)
        and tok.value <= 150
        and not (tok.grouped or tok.has_decimal or tok.scale != 1 or tok.in_words)
        and (word := text[text.rfind(" ", max(0, s - 40), s - 4) + 1 : s - 4])[:1].isupper()
        and word.lower() not in F._AT_AGE_TALLY_WORDS
    ):
        return True  # "Partition at 79:": a headline's age of an event (ds2-history, no gate)
    if (
        tok.value <= 110
        and not (tok.grouped or tok.has_decimal or tok.scale != 1)
        and text.endswith(", of ", 0, s)
        and F._OF_YEARS_AGE_AFTER_RE.match(text, e)
        and F._OF_YEARS_NAME_BEFORE_RE.search(text, max(0, s - 40), s)
    ):
        return True  # "Yorman Pérez, of 34 years, who travels" (session 13, no gate)
    if (
        (
            nxt in ".,;"
            or text.startswith(" when ", e)
            or (text.startswith(" and ", e) and text[e + 5 : e + 6].isalpha())
            or (
                text.startswith((" in ", " on ", " after ", " following "), e)
                and text.endswith(("died at ", "dies at ", "passed away at "), 0, s)
            )
        )
        and prev == " "
        and tok.value <= 120
        and not (tok.grouped or tok.has_decimal or tok.scale != 1)
        and (
            text.endswith(F._HE_WAS_ENDS, 0, s)
            # "My sister was 12." (ds2-history)
            or (
                text.endswith((" was ", " is "), 0, s)
                and F._KIN_WAS_BEFORE_RE.search(text, max(0, s - 40), s)
            )
            # "The actor, who was 92, died", "died at 87" (obituary copy, session 6)
            or (nxt == "," and text.endswith((" who was ", " who is "), 0, s))
            or (
                nxt != ","
                and text.endswith(("died at ", "dies at ", "passed away at "), 0, s)
                and not F._CLOCK_AFTER_RE.match(text, e)
            )
        )
        and not text[e + 1 : e + 2].isdigit()
    ):
        return True  # "died Tuesday in Memphis. He was 84.": the obituary's age (session 6)
    if (
        tok.value <= 120
        and prev in " \u00a0"
        and not (tok.grouped or tok.has_decimal or tok.scale != 1)
        and (
            (nxt == "," and text.endswith((", now ", ", now aged "), 0, s))
            or (
                text.endswith(("turns ", "turned ", "turning "), 0, s)
                and (nxt in ".,;" or F._TURNS_AGE_AFTER_RE.match(text, e))
            )
            # after "who": also before "and", "he", a bracket or the text's end ("Blagojevich,
            # who will turn 55 on December 10, was ordered")
            or (
                text.endswith(F._WHO_TURNS_ENDS, 0, s)
                and (F._AGE_END_RE.match(text, e) or F._TURNS_AGE_AFTER_RE.match(text, e))
            )
            or (
                nxt == ","
                and text[s - 2 : s] == ", "
                and F._PERSON_APPOSITIVE_RE.search(text, max(0, s - 40), s - 2)
            )
        )
    ):
        # profile copy (session 6): "The former nurse, now 91, lives alone", "who turns 100
        # next week", "The father-of-three, 42, from Leeds": an age
        return True
    if F._TYPE_AFTER_RE.match(text, e):
        return True
    if (
        tok.has_decimal
        and text[s - 1 : s] == " "
        and tok.text.endswith(".0")
        and e - s <= 4
        and text[s - 2 : s - 1].isalpha()
        and F._VERSION_NAME_BEFORE_RE.search(text, max(0, s - 24), s)
        and not F._PLURAL_AFTER_RE.match(text, e)
    ):
        # a version: "LockBit 3.0 claimed" (session 8; added to this copy in session 19,
        # when a random draw, " Pine Roadthe .0", found it missing)
        return True
    if tok.in_words:
        if (
            tok.text[:1].isupper()
            and text[e : e + 1] == " "
            and text[e + 1 : e + 2].isupper()
            and F._NAME_NUMBER_WORD_BEFORE_RE.search(text, max(0, s - 30), s)
            and not text.startswith(F._SCALE_WORDS_TITLE, e + 1)
            and not F._TITLE_CURRENCY_AFTER_RE.match(text, e)
            and not F._in_title_case_line(text, s)
        ):
            return True  # 'nicknamed "Zero Point"'
        if text[e : e + 1] == " " and tok.value <= 12 and F._is_clock_phrase(text, s, e):
            # "at four in the morning": an hour in words (the live function's in-words
            # branch has it; first met in a fixture by ds2-crowds' report 280)
            return True
        if tok.text.lower() == "zero" and (
            F._ZERO_AFTER_RE.match(text, e)
            or F._ZERO_BEFORE_RE.search(text, max(0, s - 7), s)
            or F._ZERO_VAGUE_BEFORE_RE.search(text, max(0, s - 13), s)
        ):
            return True
        return tok.text.lower() == "one" and bool(
            (
                (one_m := F._ONE_AFTER_RE.match(text, e))
                and not (
                    one_m.group().strip().lower() == "day"
                    and (
                        F._DURATION_JOIN_BEFORE_RE.search(text, max(0, s - 16), s)
                        or F._ONE_DAY_SPAN_BEFORE_RE.search(text, max(0, s - 16), s)
                    )
                )
                and not F._one_of_a_count(text, s, e)
            )
            or (
                F._ONE_BEFORE_RE.search(text, max(0, s - 6), s)
                and not F._ONE_RATE_AFTER_RE.match(text, e)
                and not F._ONE_HYPHEN_UNIT_AFTER_RE.match(text, e)
            )
        )
    if (
        len(tok.text) == 4
        and tok.text.isdigit()
        and text.startswith((" hours", " hrs"), e)
        and tok.text[:2] <= "23"
        and tok.text[2:] <= "59"
        and (tok.text[0] == "0" or text.endswith(F._MILITARY_CLOCK_BEFORE, 0, s))
    ):
        return True  # "at 0100 hours" (session 17)
    clock = not (tok.grouped or tok.value > 2400)  # "85,000 H-1B visas" is not a time
    tm = F._TIME_AFTER_RE.match(text, e) if clock else None
    if (tm and not F._is_hours_duration(text, tok, s, tm)) or F._TIME_BEFORE_RE.search(
        text, max(0, s - 2), s
    ):
        return True
    if (
        text[e : e + 1] == " "
        and tok.value <= 12
        and not (tok.grouped or tok.has_decimal)
        and F._is_clock_phrase(text, s, e)
    ):
        return True  # "at 8 this morning", "By 11 in the morning the heat ..."
    ph = F._PHONE_BEFORE_RE.search(text, max(0, s - 40), s)
    if (
        not (
            tok.has_decimal
            or text[e : e + 1] == "%"
            or "," in tok.text
            or tok.scale != 1
            or (text[s - 1 : s] == "+" and F._WORD_AFTER_SIGNED_RE.match(text, e))
        )
        and ph
        and not (
            ph.group() == "+"
            and (
                (text[e : e + 1] and text[e : e + 1] in ";,)")
                or text.startswith((" per cent", " percent", "\u00a0per cent"), e)
            )
        )
    ):
        return True
    if F._CHAIN_AFTER_RE.match(text, e) and F._CHAIN_BEFORE_RE.search(text, max(0, s - 2), s):
        return True
    if tok.scale == 1 and F._ORDINAL_AFTER_RE.match(text, e) and not F._is_stones(text, tok):
        return True
    if (
        tok.scale == 1
        and F._DECADE_AFTER_RE.match(text, e)
        and (len(tok.text) == 4 or tok.text.endswith("0"))
    ):
        return True
    if (
        tok.scale == 1
        and not (tok.grouped or tok.has_decimal or tok.in_words)
        and F._SUBSECTION_AFTER_RE.match(text, e)
    ):
        return True  # "287(g)", "501(c)(3)": the session 9 rule, missing here ("12(12)")
    if (
        text[s - 1 : s] == "("
        and s >= 2
        and text[s - 2] == ")"
        and text[e : e + 1] == ")"
        and not (tok.grouped or tok.has_decimal or tok.in_words)
    ):
        return True  # the inner subsection of "501(c)(3)" (the same, ")(12)")
    if (
        text[e : e + 1] in (" ", "\u00a0")
        and 1 < tok.value < 1000
        and not (tok.grouped or tok.has_decimal or tok.scale != 1 or tok.in_words)
        and F._UNIT_NAME_AFTER_RE.match(text, e)
    ):
        # "BGB 48 battalion commander": session 12's rule, missing here until ds2-southasia2's
        # "BGB's 49 Battalion" met its gate on a fixture
        return True
    if F._ID_BEFORE_RE.search(text, max(0, s - 2), s) or (
        e < len(text)
        and text[e] in "/\\@"
        and text[e : e + 2] != "/-"
        # "$29.45/oz": a price per unit, its currency before it
        and not (F._PER_UNIT_SLASH_RE.match(text, e) and F._currency_before(text, s, F._lexicon()))
    ):
        return True
    if s > 0 and text[s - 1] == "[" and e < len(text) and text[e] == "]":
        return True
    if re.search(r"#[ \u00a0]$", text[max(0, s - 2) : s]):
        return True  # "CSMS # 64687696"
    if F._URL_BEFORE_RE.search(text, max(0, s - 90), s):
        return True
    if re.match(r"-\d{1,2}-\d{1,2}\b", text[e : e + 7]) and len(tok.text) == 4:
        return True
    if tok.has_decimal and re.match(r"\.\d", text[e : e + 2]):
        return True  # "31.12.2016", "202.450.9153"
    if len(tok.text) == 2 and re.fullmatch(r"\d{4}[-\u2013]['\u2019]", text[max(0, s - 6) : s]):
        return True  # "2016-\u201917"
    if (
        len(tok.text) == 2
        # (\Z, not $: "2016-\n24" has no hyphen right before the number, and the code's
        # gate looks at that character; $ matched before the line break)
        and (ys := re.search(r"(?<![\w])((?:19|20)\d\d)[-\u2013]\Z", text[max(0, s - 6) : s]))
        and tok.value > int(ys.group(1)[2:])
    ):
        return True  # "over 2014-19": the second year of a span
    if F._READ_TIME_AFTER_RE.match(text, e):
        return True  # "4 min read"
    if (
        e - s == 2
        and not tok.in_words
        and F._SHORT_YEAR_BEFORE_RE.search(text, max(0, s - 12), s)
        and not (text[e : e + 1].isdigit() or text[e : e + 1] in "%-")
        # another short year is no closing quote ("from '07 to '10", session 8)
        and (
            (q := text.find(text[s - 1], e, e + 30)) == -1
            or (text[q + 1 : q + 3].isdigit() and not text[q + 3 : q + 4].isdigit())
        )
    ):
        return True  # "the '62 remake", "in '62" (session 6)
    if (
        text[s - 1 : s] in ("'", "\u2019")
        and text[e : e + 1] == "-"
        and e - s == 2
        and text[e + 1 : e + 3].isdigit()
        and not text[e + 3 : e + 4].isdigit()
        and int(text[e + 1 : e + 3]) == (int(tok.value) + 1) % 100
        and F._SHORT_YEAR_BEFORE_RE.search(text, max(0, s - 12), s)
    ):
        return True  # "in '26-27": a season (session 7)
    if (
        text[s - 1 : s] == "-"
        and e - s == 2
        and s >= 4
        and text[s - 4] in ("'", "\u2019")
        and text[s - 3 : s - 1].isdigit()
        and int(tok.value) == (int(text[s - 3 : s - 1]) + 1) % 100
        and F._SHORT_YEAR_BEFORE_RE.search(text, max(0, s - 15), s - 3)
    ):
        return True  # its second year: "in '99-00"
    if not tok.grouped and F._STREET_AFTER_RE.match(text, e):
        return True  # "9292 Sheep Creek Road"
    if tok.text == "0" and F._alone_on_line(text, s, e):
        return True
    return tok.value < 60 and bool(F._TIME_LINE_RE.fullmatch(F._line_of(text, s, e)))  # "15: 12"


_LABEL_PIECES = [
    "12", "2023", "5", "1,200", "3.5", "24", "7", "one", "two", " ", "  ", "\u00a0", "\n",
    "-", "\u2013", "/", ":", ".", ",", "+", "(", ")", "[", "]", "=", "@", "#", "_", "x",
    "st", "th", "nd", "rd", "s", "'s", "S", "\u017f", "am", "p.m.", "GMT", "IST", "h",
    "\u0130", "\u0131", "March", "Sept.", "Jan", "of ", " years old", "-year-old", "aged ",
    "ages of ", "Aged", "and ", "or ", "www.", "http://", "https://x.org/", "million",
    "m", "o'clock", "hrs", "AM", "the ", "no ", "-time", " of", "that ", " in ", " out of ",
    # a "$" also matches before a final newline; characters IGNORECASE folds to s and i
    "March \n", "aged \n", "=\n", "/\n", "A-", "\u017ft", "\u0130ST", "\u0131st",
    "Man, ", "Jane Doe, ", "In March, ", ", of", ", and", ", a",
    # page furniture and dotted labels (session 4): "4 min read", "2016-\u201917", "0"
    " min read", " Min Read", "\u2019", "'", "0", "2016-", ": ", " Pine Road", " Main St",
    # a season shortened after an apostrophe (session 7): "in '26-27", "in '99-00"
    "in '", "26", "-27", "99-", "00",
    # an ordinal scale word (session 7): "the 50 millionth passenger"
    " millionth", "-thousandth", " Hundredth",
    # an age in brackets after a name (session 7): "Ravi Kumar (32)"
    " Ravi Kumar (", ")", " Section (",
    # a US citation (ds2-visas): "8 CFR 214.2", "8 U.S.C. 1184", "§ 1101"
    "CFR ", "U.S.C. ", "§", "§ ", "8", "214.2",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_PIECES), max_size=14).map("".join))
@example("March \n12")
@example("aged \n12")
@example("=\n12")
@example("5\u017ft")
@example("12 \u0130ST")
@example("the 1990's")
@example("see www.a12")
@example("call (021) 1234")
@example("1-23-45")
@example("12 of March")
@example("3 -4 March")
@example("5\u00a0\u2013 6 Jan")
@example("12 June")
@example("5 years old")
@example("5-day-old")
@example("3 DAYS OLD")
@example("9 \u0131st")
@example("9 am")
@example("9 pm GMT")
@example("as on 31.12.2016")
@example("2019-\u201920 and 2020-'21")
@example("4 min read, 3 Mins Read")
@example("0\nComments\n0 : 0")
@example("Live\n15: 12\nThe toll")
@example("at 9292 Sheep Creek Road and 10 Downing Street")
@example("85,000 H-1B")
@example("= +230,000 (")
@example("(+302 persons)")
@example("3000 hrs")
@example("$29.45/oz, 7,840/MT, over 2014-19 and ($1=117.50 taka)")
@example("2016-\n24")  # a random draw of session 8: the reference's $ before a line break
@example("GMT-one")  # a random draw of session 13: an offset in words
@example("(9101.T) and (1919.HK) and (12.5)")  # devset2 markets: tickers
@example(" Pine Roadthe .0")  # a random draw of session 19: a version after a name
@example("In March, \n12: ")  # another of session 19: a dateline's day after a line break
def test_label_gates_answer_as_the_patterns(text):
    """_token_is_label runs each pattern only when the character next to the number is
    one the pattern can open (or end) with: it answers as when every pattern runs, for
    every number of texts made of the pieces the patterns look at."""
    import analysis.figures as F
    from analysis.numbers import find_number_tokens

    for tok in find_number_tokens(text):
        assert F._token_is_label(text, tok) == _token_is_label_reference(text, tok), tok


def test_label_gates_on_the_fixtures():
    """The same check on every number of every fixture report."""
    from pathlib import Path

    import analysis.figures as F
    from analysis.numbers import find_number_tokens

    fixtures = Path(__file__).parent / "fixtures"
    n = 0
    for p in sorted(fixtures.rglob("*.txt")):
        text = p.read_text(encoding="utf-8")
        for tok in find_number_tokens(text):
            assert F._token_is_label(text, tok) == _token_is_label_reference(text, tok)
            n += 1
    assert n > 300


def _qualifier_before_reference(text, start, lex):
    """_qualifier_before without its last-word gate (the comparison rule it has since
    gained is shared, so the two differ only by the gate)."""
    from analysis.figures import _OPENERS, _compares_figures

    window = text[max(0, start - 30) : start]
    if not window or window[-1] not in " \u00a0":
        return None
    # shared too: a dash glued to a qualifier opens it as a space would (the comparison
    # rule reads the window as written)
    written = window
    window = window.replace("\u2014", " ").replace("\u2013", " ")
    words = window.split()
    for n in (4, 3, 2, 1):
        if len(words) < n:
            continue
        raw = " ".join(words[-n:])
        lead = len(raw) - len(raw.lstrip(_OPENERS))
        phrase = raw[lead:].lower()
        bound = lex["quals"].get(phrase)
        if bound is None:
            continue
        q_start = window.rfind(words[-1])
        for w in reversed(words[-n:-1]):
            q_start = window.rfind(w, 0, q_start)
        q_start += lead
        if q_start > 0 and window[q_start - 1].isalnum():
            continue
        if _compares_figures(phrase, written[:q_start]):
            return None
        return (
            window[q_start : q_start + len(phrase)].rstrip(),
            bound,
            start - (len(window) - q_start),
        )
    return None


def _qualifier_pieces():
    from analysis.figures import _lexicon

    words = sorted({w for q in _lexicon()["quals"] for w in q.split()})
    return words + [w.upper() for w in words[:8]] + [
        " ", "  ", "\u00a0", "\n", "(", "“", "'", "-", "—", ",", "x", "é", "\u0130", "12",
    ]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_qualifier_pieces()), max_size=12).map("".join))
@example("(over 12")
@example("x “up to 5")
@example("well OVER\u00a0 7")
@example("12 more than 7")  # a comparison, not a bound: both must say so
def test_qualifier_last_word_gate(text):
    """_qualifier_before looks phrases up only when the last word could end one: the same
    answer as without that gate, at every offset of texts made of qualifier words."""
    import analysis.figures as F

    lex = F._lexicon()
    for start in range(len(text) + 1):
        got = F._qualifier_before(text, start, lex)
        assert got == _qualifier_before_reference(text, start, lex)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["between", "from", "Between", "FROM", " ", "  ", "\u00a0", "\n", "x"]),
        max_size=6,
    ).map("".join)
)
def test_range_word_as_two_searches(before):
    """One search for "between"/"from" answers as the two searches it replaced."""
    from analysis.figures import _RANGE_WORD_RE

    before = before[-9:].lower()
    m = _RANGE_WORD_RE.search(before)
    if re.search(r"\bbetween[ \u00a0]{1,2}$", before):
        assert m and m.group(1) == "between"
    elif re.search(r"\bfrom[ \u00a0]{1,2}$", before):
        assert m and m.group(1) == "from"
    else:
        assert m is None


def _first_category_reference(rx, s):
    """The least group index of ``rx.finditer(s.lower())``, as _first_category was."""
    best = None
    for m in rx.finditer(s.lower()):
        i = int(m.lastgroup[1:])
        if best is None or i < best:
            best = i
    return best


def _category_pieces():
    from analysis.figures import _read_csv

    words = [kw for row in _read_csv("categories.csv") for kw in row["keywords"].split("|")]
    words = [w.replace("\\b", "").replace("?", "") for w in words]
    return words + ["s", "ed", "un", "x", " ", "-", "é", "\u0130", "K", "12", ",", "Held In"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_category_pieces()), max_size=12).map("".join))
def test_category_finder_equals_finditer(text):
    """Keyword starts found by the first-letter alternation, then the grouped pattern
    matched there: the same best category as the grouped pattern's finditer."""
    import analysis.figures as F

    rx, _, finder = F._category_re()
    assert finder is not rx  # the keyword file is split by first letter
    assert F._first_category(rx, finder, text) == _first_category_reference(rx, text)


# Keywords that overlap across rows (a later row's keyword longer or shorter at the same
# start, one starting inside another); the finder must match where the grouped pattern does.
_TOY_CATEGORIES = ["ab c|b", "abcd|abx\\b|c d", "a|bc?d|ca", "ab|d"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "d", "x", " ", "ab", "A", "-"]), max_size=14))
def test_category_finder_on_overlapping_keywords(pieces):
    import analysis.figures as F

    text = "".join(pieces)
    rx, finder = F._category_patterns(_TOY_CATEGORIES)
    assert finder is not rx
    want = [(m.start(), m.lastgroup) for m in rx.finditer(text.lower())]
    assert F._first_category(rx, finder, text) == _first_category_reference(rx, text), want


def test_category_finder_on_the_fixtures(monkeypatch):
    """The same categories for every figure of the fixture reports as with finditer."""
    from pathlib import Path

    import analysis.figures as F

    fixtures = Path(__file__).parent / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in sorted(fixtures.rglob("*.txt"))]
    fast = [extract_figures(t)["category"].tolist() for t in texts]
    monkeypatch.setattr(
        F, "_first_category", lambda rx, _finder, s: _first_category_reference(rx, s)
    )
    slow = [extract_figures(t)["category"].tolist() for t in texts]
    assert fast == slow
    assert sum(isinstance(c, str) for row in slow for c in row) > 100


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*_CHANGE_HINTS, "x", " ", "r", "dow"]), max_size=8))
def test_change_hints_grouped_by_first_letter(pieces):
    """The change hints grouped by first letter find what their flat alternation finds."""
    import analysis.figures as F

    text = "".join(pieces)
    flat = re.compile("|".join(map(re.escape, F._CHANGE_HINTS)))
    assert [m.span() for m in F._CHANGE_HINT_RE.finditer(text)] == [
        m.span() for m in flat.finditer(text)
    ]


def _is_score_side_reference(text, tok):
    """_is_score_side before its hyphen test: the window is always searched."""
    import analysis.figures as F

    if tok.in_words or tok.scale != 1 or tok.has_decimal or tok.grouped:
        return False
    s, e = tok.start, tok.end
    for m in F._SCORE_RE.finditer(text, max(0, s - 4), min(len(text), e + 7)):
        if m.start(1) == s or m.end(2) == e:
            return int(m.group(1)) >= int(m.group(2))
    return False


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["3", "12", "104", "-", " ", ",", ".", "/", "x", "%"]), max_size=10)
)
def test_score_side_hyphen_gate(pieces):
    import analysis.figures as F
    from analysis.numbers import find_number_tokens

    text = "".join(pieces)
    for tok in find_number_tokens(text):
        assert F._is_score_side(text, tok) == _is_score_side_reference(text, tok)


def _change_pieces():
    import analysis.figures as F

    words = set()
    for rx in (F._UP_RE, F._DOWN_RE):
        for w in re.findall(r"[a-z]+", rx.pattern):
            words |= {w, w[:-1], w.upper(), w.capitalize()}
    return sorted(words) + [" ", "  ", "\u00a0", "\n", "-", "x", "12", "_", "\u0130", "\u017f"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_change_pieces()), max_size=10).map("".join))
@example("prices rose by about ")
@example("were down ")
@example("an Increase of ")
@example("prices plummete ")
@example("it lowere ")
@example("r\u0130sing ")
def test_change_word_gate(before):
    """A change pattern is searched only when one of its words is in the window: where
    the gate says no, the pattern finds nothing (pieces from the patterns' own words)."""
    import analysis.figures as F

    up, down = F._change_words_in(before)
    assert up or F._UP_RE.search(before) is None
    assert down or F._DOWN_RE.search(before) is None


def test_change_word_gate_on_every_word():
    """Every word of the change patterns (and each less its last letter, for "d?") alone
    before the number, after "by", and inside "a ... of"."""
    import analysis.figures as F

    n = 0
    for w in _change_pieces():
        for before in (f"x {w} ", f"{w} by ", f"a {w} of ", f"an {w} of  ", f"were {w} "):
            up, down = F._change_words_in(before)
            assert up or F._UP_RE.search(before) is None, before
            assert down or F._DOWN_RE.search(before) is None, before
            n += F._UP_RE.search(before) is not None
    assert n > 50


def _currency_pieces():
    from analysis.figures import _lexicon

    signs = sorted(_lexicon()["prefixes"])
    return signs + [" ", "  ", "\u00a0", "\n", "x", "a", ".", "(", "5", "s", "US", "é"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_currency_pieces()), max_size=6).map("".join))
@example("Rs \n")
@example("US$\u00a0 ")
@example("xRs ")
def test_currency_gate(before):
    """_currency_before answers as the prefix pattern searched on every window."""
    import analysis.figures as F

    lex = F._lexicon()
    text = before + "12"
    start = len(before)
    window = text[max(0, start - 9) : start]  # the longest sign ("Rupees") and two spaces
    m = lex["prefix_re"].search(window)
    want = None
    if m:
        want = lex["prefixes"][m.group("c")], start - (len(window) - m.start("c"))
    assert F._currency_before(text, start, lex) == want


def _rupee_code_reference(text):
    import analysis.figures as F

    low = text.lower()
    best, best_n = "PKR", 0
    for code, keys in F._rupee_countries():
        n = sum(F._count_keyword(low, k) for k in keys)
        if n > best_n:
            best, best_n = code, n
    return best


def _rupee_pieces():
    import analysis.figures as F

    words = [row["keywords"] for row in F._read_csv("rupee_countries.csv")]
    words = [w.replace("\\b", "") for kws in words for w in kws.split("|")]
    return words + [" ", "x", "i", "a", "n", "Rs 5", "é", "\u0130", ",", "india", "nepal"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_rupee_pieces()), max_size=14).map("".join))
@example("indiaindia nepalnepal sri lankasri lanka")
@example("aaaa")
def test_rupee_code_counts_as_before(text):
    """The rupee country with keywords counted by str.count where they have no word
    boundaries is the one the find loop chose."""
    import analysis.figures as F

    F._rupee_code.cache_clear()
    assert F._rupee_code(text) == _rupee_code_reference(text)


def test_bounded_tail_widths():
    """The lengths the tail searches of _fill_counted start from are the patterns'
    longest matches (as the regex parser measures them)."""
    import re._parser as sre_parse

    import analysis.figures as F

    for rx, width in [
        (F._OF_WHOM_BEFORE_RE, F._OF_WHOM_MAX),
        (F._INCLUDING_BEFORE_RE, F._INCLUDING_MAX),
    ]:
        assert sre_parse.parse(rx.pattern, rx.flags).getwidth()[1] == width


_TAIL_PIECES = [
    "of", "Of", "OF", " ", "\u00a0", ",", "\n", "whom", "which", "them", "these", "those",
    "only", "just", "some", "nearly", "almost", "including", "includes", "among", "x",
    "é", "\u0130", "\u017f", "_", "2",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_TAIL_PIECES), max_size=16).map("".join))
@example("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx of which,  nearly \n")
@example("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx among whom  \n")
def test_bounded_tail_searches(before):
    """Searching the $-anchored patterns from their longest match before the end finds
    what searching the whole window finds."""
    import analysis.figures as F

    n = len(before)
    got = F._OF_WHOM_BEFORE_RE.search(before, max(0, n - F._OF_WHOM_MAX - 1))
    want = F._OF_WHOM_BEFORE_RE.search(before)
    assert (got and got.span()) == (want and want.span())
    got = F._INCLUDING_HINTED.search(before, max(0, n - F._INCLUDING_MAX - 1))
    want = F._INCLUDING_BEFORE_RE.search(before)
    assert (got and got.span()) == (want and want.span())


def test_figure_maker():
    """find_figures builds each Figure by setting its slots: equal, same hash and repr
    as Figure(**row), still frozen; a row with a wrong key fails as Figure(**row) does."""
    import dataclasses

    import analysis.figures as F

    text = "Over 0.6m people left; some 3.7mn were registered in 2023, up 12% (Rs 5 billion)."
    rows = F.figure_rows(text)
    assert len(rows) >= 3
    for r in rows:
        fast, slow = F._make_figure(r), F.Figure(**r)
        assert type(fast) is F.Figure
        assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
        with pytest.raises(dataclasses.FrozenInstanceError):
            fast.value = 1.0
    bad = dict(rows[0])
    bad["nonsense"] = bad.pop("when")
    with pytest.raises(TypeError):
        F._make_figure(bad)
    with pytest.raises(TypeError):
        F._make_figure({**rows[0], "extra": 1})


def _noun_phrase_after_reference(
    text: str, pos: int, limit: int = 120, *, after_det: bool = False
) -> tuple[str | None, str | None]:
    """_noun_phrase_after with has_noun an any() over the words so far (the flag's
    reference; keep it in step with every other rule of the function)."""
    import analysis.figures as F

    window = text[pos : pos + limit]
    if "--" in window:
        window = window.replace("--", ", ")  # plain-text copy's dash
    slashed = 0
    if "/" in window:
        window, slashed = F._SLASHED_WORDS_RE.subn(" ", window)  # "pregnant/breastfeeding"
    wlen = len(window)
    words: list[tuple[int, int, str]] = []
    measures: set[int] = set()  # where a measure modifier ("90-kg") was taken
    skipped = False
    i = 0
    n = len(window)
    while i < n and len(words) < 7:
        while i < n and window[i] in " \u00a0":
            i += 1
        if i >= n:
            break
        if (
            i == 0
            and window[:1] in '"\u201d'
            and window[1:2] == " "
            and window[2:3].isalpha()
            and F._QUOTED_ESTIMATE_BEFORE_RE.search(text, max(0, pos - 40), pos + 1)
        ):
            i = 1  # 'had "at least 12,000" homeless Venezuelans': the noun after the quote
            continue
        if (
            not words
            and window[i] in "\"\u201c'\u2018"
            and (quoted := F._QUOTED_NOUN_RE.match(window, i))
        ):
            i += 1  # 'over 64,000 "gotaways"'
            if (
                window[quoted.end() : quoted.end() + 2][:1] == " "
                and window[quoted.end() + 1 : quoted.end() + 2].isalpha()
            ):
                window = window[: quoted.end() - 1] + window[quoted.end() :]  # '"illegal" aliens'
                n = len(window)
        if (
            not words
            and window[i : i + 1].islower()
            and (pl := F._PARTICIPLE_LIST_RE.match(window, i))
            and F._is_plural_noun(pl.group("n"))
        ):
            return pl.group(), pl.group("n").lower()  # "owned, managed or ordered aircraft"
        if (
            not words
            and (dop := F._DOC_OF_PLURAL_RE.match(window, i))
            and F._is_plural_noun(dop.group("n"))
        ):
            return dop.group(), dop.group("n").lower()  # "proof of registration cards"
        if (
            not words
            and (non := F._NAME_OF_NAME_NOUN_RE.match(window, i))
            and F._is_plural_noun(non.group("n"))
            and not window.startswith(F._HOLDING_PARTICIPLES, i)
        ):
            return non.group(), non.group("n").lower()  # "60 Ministry of Interior officials"
        if not words and (ma := F._MEASURE_ADJ_RE.match(window, i)):
            words.append((ma.start(), ma.end(), ma.group()))  # "44 million 90-kg bags"
            measures.add(ma.start())
            i = ma.end()
            continue
        m = F._WORD_RE.match(window, i)
        if not m:
            if (
                window[i] == "("
                and words
                and (ac := F._ACRONYM_BRACKET_RE.match(window, i))
                and (words[-1][2][:1].isupper() or F._initials_spell(words, ac.group()))
            ):
                i = ac.end()  # "20,000 Special Immigrant Visa (SIV) applications"
                continue
            break
        if window[m.end() : m.end() + 1].isdigit() and (
            m.group()[-1] == "-" or m.group()[0].isupper()
        ):
            j = m.end()
            while j < n and (
                window[j].isalnum() or (window[j] == "/" and window[j + 1 : j + 2].isdigit())
            ):
                j += 1
            if j < n and window[j] == " ":
                # "12,591 new Covid-19 cases", "48 Shahed-136/131 drones", "31 M1A2
                # Abrams tanks": a name with a number, modifying the noun after it
                words.append((m.start(), j, window[m.start() : j]))
                i = j
                continue
        if (
            m.group()[0].isupper()
            and window[m.end() : m.end() + 1] == " "
            and (mn := F._MODEL_NUMBER_NOUN_RE.match(window, m.end()))
            and F._is_plural_noun(mn.group(1))
            and not F._is_plural_noun(m.group())
            and mn.group(1) not in F._UNIT_NOUNS
        ):
            # "14 Leopard 2 tanks": a model's name and number
            words.append((m.start(), mn.start(1) - 1, window[m.start() : mn.start(1) - 1]))
            i = mn.start(1)
            continue
        if (
            m.end() - i == 1
            and window[m.end() : m.end() + 1] == "."
            and (ab := F._DOTTED_ABBR_RE.match(window, i))
        ):
            words.append((i, ab.end(), ab.group()))  # "2,000 U.S. troops"
            i = ab.end()
            continue
        w = m.group().rstrip("'’-")
        lw = w.lower()
        if len(w) == 1 and window[m.end() : m.end() + 1] == "/":
            break  # "3.2% y/y"
        if not words and not skipped and lw in F._MORE_WORDS:
            skipped = True  # "two more persons", "three more own goals": the noun follows
            i = m.end()
            continue
        if not words and not skipped and lw in F._MOSTLY_WORDS:
            skipped = True  # "756 mostly Central American migrants"
            i = m.end()
            continue
        if not words and not skipped and lw == "such" and window[m.end() : m.end() + 1] == " ":
            skipped = True  # "about 5,600 such attempts"
            i = m.end()
            continue
        if not words and lw == "others":
            break  # "60 others were rescued": a pronoun, the noun is elided
        if not words and lw == "other" and i == F._first_word_at(window):
            nxt = (
                F._WORD_RE.match(window, m.end() + 1)
                if window[m.end() : m.end() + 1] == " "
                else None
            )
            if nxt and nxt.group().lower() not in F._CLAUSE_WORDS:
                i = m.end()  # "12 other people": the noun after it
                continue
        if lw in F._CLAUSE_WORDS and not (
            len(w) > 1 and w.isupper() and F._LOWER_WORD_AFTER_RE.match(window, m.end())
        ):  # "2,500 US troops", "300 IT workers": an acronym, not "us"/"it"
            if (
                lw in ("and", "or")
                and len(words) == 1
                and F._looks_adjective(words[0][2])
                and (shared := F._SHARED_HEAD_AFTER_NUM_RE.match(window, m.end()))
                and (shared.group("adj") or "") not in F._VERBISH
                and (shared.group("adj") or "") not in F._CLAUSE_WORDS
            ):
                # "484 primary and 63 secondary schools": one noun after both numbers
                counted = window[words[0][0] : words[0][1]] + " " + shared.group("n")
                return counted, shared.group("n").lower()
            nn = F._NOUN_AND_NOUN_RE.match(window, m.end())
            if (
                lw in ("and", "or")
                and words
                and (
                    F._looks_adjective(words[-1][2])
                    or words[-1][2].endswith(".")
                    or (nn is not None and F._is_plural_noun(nn.group(1)))
                    or (
                        words[-1][2][0].isupper()
                        and F._PROPER_MODIFIER_NEXT_RE.match(window, m.end())
                    )
                    or F._modifier_pair_next(window, m.end())
                )
            ):
                i = m.end()
                continue
            break
        # a dotted abbreviation ("U.S.") and a measure ("90-kg") are appended without
        # counting as a noun; a capitalised demonym first ("41 Russian unmanned aerial
        # vehicles") is a modifier
        has_noun = any(
            not F._looks_adjective(x[2])
            and not x[2].endswith(".")
            and x[0] not in measures
            and not (k == 0 and x[2][0].isupper() and x[2].lower().endswith(F._DEMONYM_ENDS))
            for k, x in enumerate(words)
        )
        if (
            words
            and has_noun
            and (
                # a capital going on a capitalised run is a name's word ("Red Cross")
                (lw in F._VERBISH and not (w[0].isupper() and words[-1][2][:1].isupper()))
                or (lw.endswith(("ed",)) or lw in F._IRREGULAR_PARTICIPLES)
                and not w[0].isupper()
            )
            and not (  # "nine mobile return units"
                lw == "return"
                and (rn := F._RETURN_NOUN_NEXT_RE.match(window, m.end()))
                and F._is_plural_noun(rn.group(1))
                and rn.group(1) not in F._CLAUSE_WORDS
                and rn.group(1) not in F._RETURN_TIME_PLURALS
            )
            and not (
                lw == "total"
                and (
                    window[m.end() : m.end() + 1] in (")", ".", ",", ";", ":")
                    or re.match(
                        r"[ \u00a0](?:with|of|in|for|and|or|at|was|is|were|are|by|from|since"
                        r"|last|this|that|which)\b",
                        window[m.end() :],
                    )
                )
            )
        ):
            break
        if (
            words
            and after_det
            and lw in ("lives", "works", "resides", "stays")
            and F._PREP_AFTER_RE.match(window, m.end())
        ):
            break  # "15% of the world's population lives with a disability"
        if words and lw in F._S_VERBS and window[m.end() : m.end() + 1] == " ":
            nxt = F._WORD_RE.match(window, m.end() + 1)
            if nxt and nxt.group().lower() not in F._CLAUSE_WORDS:
                break  # "65 per cent of the population needs aid": a verb with an object
        if words and lw in F._PAST_CHANGE_VERBS:
            break  # "the number of registered unemployed fell by 129,378"
        if not words and lw in F._POLL_VERBS:
            break
        if (
            not words
            and lw.endswith("ing")
            and not (after_det and lw in F._MONEY_OF_NOUNS)
            and (pp := F._PARTICIPLE_PREP_RE.match(window, m.end()))
            and (pp.group("cap") is None or window[m.start()].islower())
        ):
            break  # "with six landing in Tegucigalpa"
        if (
            not words
            and lw in ("fall", "falls")
            and F._FALL_UNDER_RE.match(window, m.end())
            and not text.endswith(("%", "cent"), max(0, pos - 4), pos)
        ):
            break  # "of whom 31.0 million fall under UNHCR's mandate": a verb
        if not words and lw in F._VERBISH and not after_det:
            nxt = (
                F._WORD_RE.match(window, m.end() + 1)
                if m.end() + 1 < n and window[m.end()] == " "
                else None
            )
            if not (
                (
                    nxt
                    and F._is_plural_noun(nxt.group())
                    and nxt.group().lower() not in F._CLAUSE_WORDS
                )
                or (
                    lw == "work"
                    and (wd := F._WORK_DOC_RE.match(window, m.end()))
                    and F._is_plural_noun(wd.group(1))
                )
                or (  # "60,000 returned Chadian migrants" (session 18)
                    lw == "returned"
                    and nxt
                    and nxt.group()[:1].isupper()
                    and F._is_people_name(nxt.group())
                    and (nn := F._WORD_RE.match(window, nxt.end() + 1))
                    and window[nxt.end() : nxt.end() + 1] == " "
                    and F._is_plural_noun(nn.group())
                    and nn.group().lower() not in F._CLAUSE_WORDS
                )
                or (  # "11 return coordination centers"
                    lw == "return"
                    and (rc := F._RETURN_COMPOUND_RE.match(window, m.end()))
                    and F._is_plural_noun(rc.group(1))
                    and rc.group(1) not in F._CLAUSE_WORDS
                )
            ):
                break  # "return decisions", "transit camps": a compound; "returned home": a verb
        if (
            len(words) == 1
            and w[:1].islower()
            and words[0][2][:1].isupper()
            and not F._is_plural_noun(w)
            and F._is_people_name(words[0][2])
            # the verb's clause goes on with a mark or a function word ("disembark, police
            # said", "land in Aceh"), not with a further modifier ("Russian unmanned aerial
            # vehicles", "Rohingya boat people")
            and (
                window[m.end() : m.end() + 1] in (",", ".", ";", ":", "")
                or (
                    (nxt := F._WORD_AFTER_RE.match(window, m.end())) is not None
                    and nxt.group(1) in F._CLAUSE_WORDS
                )
            )
        ):
            break  # "249 Rohingya disembark": a people, then its verb
        words.append((m.start(), m.start() + len(w), w))
        i = m.end()
        if (
            F._is_plural_noun(w)
            and not (
                (i < n and window[i] == "-")
                # a capitalised plural possessive in a name: "300 Foreigners' Tribunals" (but
                # "300 workers' wages" counts workers)
                or (
                    m.group()[-1] in "'’"
                    and w[-1] in "sS"
                    and w[0].isupper()
                    and window[i : i + 1] == " "
                )
            )
        ):
            if (
                lw == "people"
                and window[i : i + 1] == " "
                and (nxt := F._WORD_RE.match(window, i + 1))
                and nxt.group().lower() in F._PEOPLE_TRADE_NOUNS
            ):
                continue  # "people smugglers"
            if (lw in F._MODIFIER_PLURALS or w[0].isupper()) and window[i : i + 1] == " ":
                nxt = F._WORD_RE.match(window, i + 1)
                if (
                    nxt
                    and (lw in F._MODIFIER_PLURALS or nxt.group()[0].islower())
                    and F._is_plural_noun(nxt.group())
                    and nxt.group().lower() not in F._CLAUSE_WORDS
                ):
                    continue  # "5,000 police officers"; "9 Abrams tanks"
            break
        if (
            i < n
            and window[i] == ","
            and len(words) == 1
            and w.islower()
            and (ca := F._COMMA_ADJECTIVE_RE.match(window, i))
            and lw not in F._VERBISH
            and ca.group(1) not in F._CLAUSE_WORDS
            and ca.group(1) not in F._VERBISH
            and not F._is_plural_noun(ca.group(1))
            and F._is_plural_noun(ca.group(2))
            and ca.group(2) not in F._CLAUSE_WORDS
        ):
            i += 1  # "three big, white blisters": two adjectives joined by a comma
            continue
        if i < n and window[i] not in " \u00a0":
            break
    # Drop trailing adjective-like words that cannot be heads ("acutely malnourished").
    dropped = None
    while words and (
        F._looks_adjective(words[-1][2])
        and not F._is_plural_noun(words[-1][2])
        and words[-1][2].lower().endswith(("ed", "ly"))
    ):
        popped = words.pop()
        if dropped is None or not dropped[2].lower().endswith("ed"):
            dropped = popped  # the last "-ed" word: "of registered unemployed"
    if not words and after_det and dropped is not None and dropped[2].lower().endswith("ed"):
        words = [dropped]  # "of the displaced", "of the injured": an adjective used as a noun
    if not words:
        return None, None
    if (
        len(words) >= 2
        and words[0][2].endswith("ing")
        and words[0][2][:1].islower()
        and not F._is_plural_noun(words[-1][2])
        and not (text[max(0, pos - 3) : pos].lower() == "one" or text[pos - 1 : pos] == "1")
    ):
        return None, None  # "3.8 million taking refuge abroad": a verb and its object
    counted = window[words[0][0] : words[-1][1]]
    if slashed and len(window) == wlen:
        counted = text[pos + words[0][0] : pos + words[-1][1]]
    head = words[-1][2]
    if (
        head.lower().endswith(("ly",))
        or (len(words) == 1 and head.lower() in F._COMPARATIVE_WORDS)
        or (len(words) == 1 and head.lower() in F._PREDICATE_ADJECTIVES)
        or (head.lower() in F._VERBISH and len(words) == 1 and not after_det)
    ):
        return None, None
    return counted, head.lower()


_NP_PIECES = [
    "people", "children", "relief", "camps", "card", "holders", "acutely", "malnourished",
    "returned", "return", "home", "displaced", "new", "Returned", "and", "or", "the", "of",
    "killed", "families", "-", " ", "  ", "\u00a0", ",", ".", "bed", "hospital", "Afghan",
    "national", "were", "x",
    # pieces the later rules read: "more"/"other" before the noun, an acronym, a name with a
    # number, a plural modifier, an -s verb with an object, "lives with"
    "more", "fewer", "mostly", "other", "others", "US", "IT", "Covid-19", "G-20", "police", "officers",
    "rights", "groups", "population", "needs", "aid", "lives", "with", "measles", "cases",
    "U.S.", "U.K.", "adults", "EU", "total", ")", "total).", "withal", "500", "lower", "than", "higher", "British", "nationals", "increase", "seen", "during", "Foreigners'", "farmers’", "think", "prices", "primary", "63", "schools",
    # a model's name between the count and its noun: "14 Leopard 2 tanks", "31 M1A2 Abrams tanks"
    "Leopard", "2", "tanks", "M1A2", "Abrams", "Shahed-136/131", "days", "Marines", "MAX",
    "y/y", "n/a", "effective", "renewable", "energy",
    # helpers' rules: a noun in quotes, a measure as a modifier, a participle, a plain dash
    '"gotaways"', "90-kg", "bags", "landing", "in", "--", "refugees--including",
    # a demonym then a participle: "41 Russian unmanned aerial vehicles"
    "Russian", "Israeli", "armoured", "unmanned", "vehicles",
    # a people then a bare verb, "such" before the noun (devset2 asiaeurope)
    "Rohingya", "disembark", "such", "attempts", "asylum", "seekers",
    # a quoted modifier, a document's or a body's name with "of" before the noun (session 9)
    '"illegal"', "aliens", "proof", "registration", "cards", "Ministry", "Interior", "Proof",
    "Registration",
    # "work permit holders", "people smugglers" (devset2 asiapac)
    "work", "permit", "holders", "people", "smugglers",
    # words joined by a slash (session 15)
    "pregnant/breastfeeding", "women/girls", "km/h",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_NP_PIECES), max_size=12), st.booleans())
def test_noun_phrase_has_noun_flag(pieces, after_det):
    """The noun phrase reader with its has_noun flag reads what it read before."""
    import analysis.figures as F

    text = " " + " ".join(pieces)
    for pos in (0, 1):
        got = F._noun_phrase_after(text, pos, after_det=after_det)
        assert got == _noun_phrase_after_reference(text, pos, after_det=after_det)


def test_rate_gap_lengths():
    """The rate gap's lengths checked before its pattern are all it can match."""
    import re._parser as sre_parse

    import analysis.figures as F

    assert sre_parse.parse(F._RATE_GAP_RE.pattern).getwidth() == (4, 14)


# Ranges and rates whose reading depends on "between"/"from" before the number, with the
# figures the extractor gave when it looked that word up for every number (recorded from
# the code before the lookup was made lazy: only when a rate or a connector follows). A
# tuple, not a list: the same-output check of speed changes reads this module's lists.
_RANGE_WORD_CASES = (
    ("Between 10 and 20 people died.", [("Between 10 and 20", 15.0, "range", "count")]),
    ("From 10 to 20 people died.", [("From 10 to 20", 15.0, "range", "count")]),
    (
        "Arrivals rose from 10 to 20 per cent.",
        # a change, two figures; the old level is a percentage as the new one is
        [("10", 10.0, "exact", "percent"), ("20 per cent", 20.0, "exact", "percent")],
    ),
    (
        "Between 1 in 5 and 1 in 4 children were hit.",
        [
            ("1", 1.0, "exact", "count"),
            ("5", 5.0, "exact", "count"),
            ("1 in 4", 25.0, "exact", "percent"),
        ],
    ),  # fmt: skip
    ("Up from one in five a decade ago.", [("one in five", 20.0, "exact", "percent")]),
    (
        "About 10 and 20 families left.",
        [("About 10", 10.0, "approximate", "count"), ("20", 20.0, "exact", "count")],
    ),
    # (two counts when recorded; a range since session 7: "between A to B" before a counted
    # plural noun is one, tests/test_real_probe_justice.py)
    ("Between 10 to 20 families left.", [("Between 10 to 20", 15.0, "range", "count")]),
    ("between 10% and 15% of homes", [("between 10% and 15%", 12.5, "range", "percent")]),
    ("BETWEEN  5 - 7 lakh people", [("BETWEEN  5 - 7 lakh", 6e5, "range", "count")]),
    ("from\n12 to 14 days", [("12 to 14 days", 13.0, "range", "duration")]),
)


@pytest.mark.parametrize("text,want", _RANGE_WORD_CASES, ids=[c[0] for c in _RANGE_WORD_CASES])
def test_range_word_looked_up_lazily(text, want):
    from analysis.figures import find_figures

    got = [(f.text, f.value, f.bound, f.kind) for f in find_figures(text)]
    assert got == want


# What happened, by hand (invented sentences in wire and humanitarian styles). Each pair
# holds a word that only looks like a category keyword: a name ("Red Cross", "Goalpara"),
# or a longer word it begins ("deadline", "department", "campaign", "hostage", "aide").
@pytest.mark.parametrize(
    "sentence,category",
    [
        ("About 55,000 people are staying in relief camps in Goalpara.", "displaced"),
        ("The Red Cross said 3,000 people were displaced by the floods.", "displaced"),
        ("Some 1,200 families returned before the deadline expired.", "returned or left"),
        ("The department said 400 migrants were deported on Monday.", "deported or expelled"),
        ("The campaign registered 8,000 refugees in a week.", "registered or documented"),
        ("Police said 12 hostages were freed after talks.", None),
        ("An aide to the minister said 300 families had returned.", "returned or left"),
        ("At least 45 people were killed in the attack.", "killed or injured"),
        ("More than 2,000 people crossed the border on Sunday.", "crossed"),
        ("At least 5,600 migrants lost their lives in 2015.", "killed or injured"),
        # a fleet has not fled, a transition is no crossing, a liver no place to live,
        # a crossfire no border crossing (found in real wire and health copy; invented)
        ("The airline's fleet includes 40 aircraft.", None),
        ("Ministers agreed a transition for 1,200 workers.", None),
        ("Doctors performed 300 liver transplants last year.", None),
        ("Two children were caught in crossfire near 40 shops.", None),
        ("Two documentaries topped the chart.", None),
        # "forcibly displaced" is displacement, not a deportation (UNHCR Global Trends copy)
        ("Some 117 million people were forcibly displaced at the end of 2023.", "displaced"),
        ("Police forcibly removed 300 migrants from the camp.", "deported or expelled"),
        # a claim that "could not be independently verified" registers nothing (real wire copy)
        (
            "Rebels claimed to have seized 200 rifles, which could not be independently verified.",
            None,
        ),
        # released captives are not funding ("release" was a funding keyword)
        ("Israel says 111 of the captives have not been released.", None),
        # "İ" lower-cases to two characters; the windows must still be the figure's own
        ("İ" * 80 + " İzmir: more than 2,000 people were killed.", "killed or injured"),
        # the papers held are no event: card holders who returned returned, and the name of
        # the card is no registration (session 8, real Pakistani PoR copy; invented)
        ("Some 213 PoR card holders have returned to Afghanistan.", "returned or left"),
        (
            "More than 200 refugees holding Proof of Registration cards have returned.",
            "returned or left",
        ),
        ("Some 58pc of card holders live in the province.", "hosted or resident"),
        ("The ministry issued 4,000 new cards to card holders.", "registered or documented"),
    ],
)
def test_category_of_a_figure(sentence, category):
    got = extract_figures(sentence)["category"].iloc[0]
    assert (None if pd.isna(got) else got) == category
