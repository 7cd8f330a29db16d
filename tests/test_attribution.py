"""The attribution pass's verb scan: the word-lookup scan must find exactly what the verb
alternation finds with ``finditer``, sentence by sentence, once the matches inside a
longer word ("undocumented") that the caller always skipped are left out.

Texts: every fixture report, and hypothesis-built strings from verb forms glued to
letters, digits, underscores, hyphens and quotes (written for this check).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import attribution
from analysis.report import Report

FIXTURES = Path(__file__).parent / "fixtures"


def _in_word(text: str, m) -> bool:
    """The caller's rule: a verb right after a letter is inside a longer word."""
    return m.start() > 0 and text[m.start() - 1].isalpha()


def _both(text: str):
    report = Report.from_text(text)
    starts = attribution._verb_starts(report.text)
    rx = attribution._verb_re()
    for sent in report.sentences or []:
        fast = [
            m.span()
            for m in attribution._verb_matches(report.text, starts, sent.start, sent.end)
            if not _in_word(report.text, m)
        ]
        full = [
            m.span()
            for m in rx.finditer(report.text, sent.start, sent.end)
            if not _in_word(report.text, m)
        ]
        yield fast, full


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.txt")), ids=lambda p: p.name)
def test_verb_scan_equals_finditer_on_fixtures(path):
    pairs = list(_both(path.read_text(encoding="utf-8")))
    assert pairs and all(fast == full for fast, full in pairs)


_PIECES = [
    "said", "Said", "SAID", "says", "told", "claimed", "alleged", "estimated", "reported",
    "unsaid", "saidé", "said2", "2said", "said_", "_said", "said-", "-said", "“said", "said”",
    "sayings", "tolled", " ", ". ", ", ", "\n\n", "The UN ", "officials ", "5,000 ", "é",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_verb_scan_equals_finditer_on_any_text(text):
    for fast, full in _both(text):
        assert fast == full


_NAME_PIECES = [
    "spokesperson ", "Spokesperson ", "minister, ", "general ", "director ", "head ", "said ",
    "says ", "told ", "added ", "unsaid ", "Sadia Kiran Abbasi", "Jan Achakzai", "Zarmina",
    " Hotak", ", ", ".", " ", "officials ", "headed ", "é", "2",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=20).map("".join))
def test_name_scans_equal_finditer(text):
    """Role and inverted-verb names are matched only at their opening words: the same
    matches as finditer over the whole text (pieces written for this check)."""
    for rx in (attribution._ROLE_NAME_RE, attribution._SAID_NAME_RE):
        fast = [m.span() for m in attribution._name_matches(rx, text)]
        assert fast == [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.txt")), ids=lambda p: p.name)
def test_name_scans_equal_finditer_on_fixtures(path):
    text = Report.from_text(path.read_text(encoding="utf-8")).text
    for rx in (attribution._ROLE_NAME_RE, attribution._SAID_NAME_RE):
        fast = [m.span() for m in attribution._name_matches(rx, text)]
        assert fast == [m.span() for m in rx.finditer(text)]


_CAPS_PIECES = [
    "Jan Achakzai", "Sadia Kiran Abbasi", "UN", "Mr", "O'Neil", "Al-Amin", "Jan", " ", "\u00a0",
    ". ", ", ", "\n", "é", "É", "2", "_", "-", "’", "said ", "the ", "NEW YORK", "x",
]  # fmt: skip


def _name_spans_both(text: str, s0: int, s1: int):
    fast = [m.span() for m in attribution._names_in(text, s0, s1)]
    full = [m.span() for m in attribution._NAME_RE.finditer(text, s0, s1)]
    return fast, full


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_CAPS_PIECES), max_size=25).map("".join),
    st.integers(0, 200),
    st.integers(0, 200),
)
def test_names_in_equals_finditer(text, a, b):
    """The per-sentence capitalised-name pass searches without the opening \\b and checks
    the boundary in Python: the same matches as ``_NAME_RE.finditer`` over any window,
    including one that opens inside a word (pieces written for this check)."""
    s0, s1 = min(a, b, len(text)), min(max(a, b), len(text))
    fast, full = _name_spans_both(text, s0, s1)
    assert fast == full


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.txt")), ids=lambda p: p.name)
def test_names_in_equals_finditer_on_fixtures(path):
    report = Report.from_text(path.read_text(encoding="utf-8"))
    for sent in report.sentences:
        fast, full = _name_spans_both(report.text, sent.start, sent.end)
        assert fast == full
    fast, full = _name_spans_both(report.text, 0, len(report.text))
    assert fast == full


# The time-tail pattern as it was written, "(?:X)+$": the reference for "X(?:X)*$".
_TIME_TAIL_PLUS_RE = re.compile(rf"{attribution._TIME_TAIL_UNIT}+$")

_CLAUSE_PIECES = [
    "The minister", " on Monday", " on ", "Monday", " last week", " today", " also", " has",
    " had earlier", " on condition of anonymity", " told", "\u00a0", " ", ",", ";", ":", "—",
    "“", "”", '"', "•", "\n", " that", "that", " which", " whom", " as", "as", "has", " but",
    "butter", " after", "_", "é", "2", " before", " because", " when", " while", " who", "x",
]  # fmt: skip


def _last_stop_by_finditer(seg: str):
    last = None
    for m in attribution._SUBJECT_STOP.finditer(seg):
        last = m
    return None if last is None else last.end()


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=25).map("".join))
def test_clause_scans_equal_reference(text):
    """The subject search's two scans, rewritten so that ``re`` can skip ahead, agree with
    the patterns as written: the time tail removed, and the end of the last clause stop
    (pieces written for this check)."""
    assert attribution._TIME_TAIL_RE.sub("", text) == _TIME_TAIL_PLUS_RE.sub("", text)
    assert attribution._last_subject_stop(text) == _last_stop_by_finditer(text)


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.txt")), ids=lambda p: p.name)
def test_clause_scans_equal_reference_on_fixtures(path):
    report = Report.from_text(path.read_text(encoding="utf-8"))
    text = report.text
    for sent in report.sentences:
        for v in range(sent.start, sent.end + 1, 7):  # every clause a verb could end
            seg = text[sent.start : v].rstrip()
            assert attribution._TIME_TAIL_RE.sub("", seg) == _TIME_TAIL_PLUS_RE.sub("", seg)
            assert attribution._last_subject_stop(seg) == _last_stop_by_finditer(seg)


@pytest.mark.parametrize(
    "sentence, source",
    [
        # wire style, written for this table: an agency named in full after "according to"
        (
            "Around 6,300 people were removed last month, according to the Department of "
            "Homeland Security.",
            "Department of Homeland Security",
        ),
        # the same with a country before it and its acronym after it
        (
            "Some 1,200 were detained, according to the US Department of Homeland Security (DHS).",
            "US Department of Homeland Security",
        ),
    ],
)
def test_a_name_inside_an_organisation_is_not_a_person(sentence, source):
    from analysis import extract_figures

    assert extract_figures(sentence)["source"].tolist() == [source]


def _clean_np_ungated(np: str) -> str:
    """_clean_np as written before its character gates: every sub tried."""
    from analysis import attribution as a

    np = np.strip(" \u00a0,.;:•*-–—·“”\"‘’'")
    np = a._QUOTED_NAME_OPEN_RE.sub("", np)  # (session 13: "the 'Missing Migrants Project'")
    np = a._FOOTNOTE_RE.sub("", np)
    np = a._LEAD_TIME_RE.sub("", np)  # (session 11: "tonight Athens says" opens with a time)
    # (a conjunction opening the phrase, which _clean_np drops here: "Yet the education
    # ministry estimates" in report 137 (ds2-ukraine) was found by this test, the step
    # missing from this reference)
    if np[:4] in ("yet ", "Yet ", "but ", "But ", "and ", "And ", "so ", "So ") and len(np) > 5:
        np = np.split(None, 1)[1]
    tin = a._NAME_IN_TAIL_RE.search(np)
    if not (
        tin
        and (
            a._norm_place(tin.group("w")) not in a._entity_lexicon().places
            or tin.group().startswith("Mission")
        )
    ):
        # (session 10: "in" inside a body's name, "... Education in Emergencies", is kept;
        # ds2-defence: so is a mission's country, "... Monitoring Mission in Ukraine")
        np = a._NP_PP_TAIL_RE.sub("", np)
    if tl := a._TALLY_TAIL_RE.match(np):
        np = tl.group(1)
    uni = a._AT_UNIVERSITY_TAIL_RE.search(np)  # a named body's university (devset2 americas)
    if (
        uni
        # (ds2-usclaims: "the ... Clearinghouse (TRAC) at Syracuse University")
        and (last := np[: uni.start()].rsplit(None, 1)[-1]).lstrip("(")[:1].isupper()
        and last.lower() not in a._PEOPLE_AT_BODY  # (ds2-science: "Researchers at ...")
    ):
        np = np[: uni.start()]
    np = a._OWNER_ACRONYM_RE.sub("", np)  # (session 13: "Security's (DHS's) Customs")
    np = a._NP_ACRONYM_TAIL_RE.sub("", np)
    np = a._NP_ASIDE_TAIL_RE.sub("", np)
    # (the period's tail, which _clean_np cuts here: "UNHCR during last week\n last week"
    # was found by this test, the step missing from this reference)
    np = a._NP_PERIOD_TAIL_RE.sub("", np)
    # "... Studies on Immigration": a name, no time; "Authorities on Lesbos": where, not when
    # (the second condition, which _clean_np checks, was missing here: hypothesis drew
    # " from official sources on Mondaythe ", session 16)
    if not (a._SPEAKERS_ON_PLACE_RE.fullmatch(np) or a._BODY_ON_NAME_END_RE.search(np)):
        np = a._TIME_TAIL_RE.sub("", np)
    np = a._AS_OF_TAIL_RE.sub("", np)  # (session 13: "the Ministry ... as of October 15")
    np = a._DATA_FROM_WHEN_TAIL_RE.sub(r"\g<noun>", np)  # (session 13: "figures from April")
    if tabled := a._NAMED_DATA_TABLED_RE.match(np):  # (ds2-oceania: "figures tabled at")
        np = tabled.group("body")
    m = a._DATA_NOUNS_RE.match(np)
    if m:
        np = m.group("np")
    np = a._NP_WEEKDAY_TAIL_RE.sub("", np)
    np = a._NP_WHEN_TAIL_RE.sub("", np)
    cut = a._TRAILING_DATA_RE.sub("", np)
    if (
        cut != np
        and a._describes_data(cut)
        # "The tribunal's figures": an owner, however it is written ("Thursday's data",
        # "Last month's figures" say when) (session 7)
        and not (
            np.startswith(("'s", "’s"), len(cut))
            and cut.rsplit(None, 1)[-1].lower() not in a._DATA_TIME_WORDS
        )
    ):
        cut = np
    elif cut != np and (own := a._OWNER_OF_TITLE_RE.match(cut)):
        cut = own.group(1)
    elif own := a._OWNER_OF_DOC_RE.match(np):
        cut = own.group(1)
    elif (
        cut != np
        and (own := a._OWNER_OF_TOPIC_DOC_RE.match(np))
        and not a._when_word(own.group("owner").rsplit(None, 1)[-1])
        and own.group("owner").rsplit(None, 1)[-1].lower() not in a._DATA_TIME_WORDS
    ):
        cut = own.group("owner")  # "UNHCR's education report": UNHCR (session 15)
    if cut != np and (fresh := a._FRESH_BEFORE_OWNER_RE.match(cut)):
        cut = cut[fresh.end() :]  # "new Home Office figures": the Home Office (ds2-visas)
    if cut.lower() not in ("the", "a", "an", "this", "that", "its", "their"):
        if cut == np or np.split(None, 1)[0].lower() not in ("a", "an"):
            np = cut
        elif (owner := a._FRESH_DOC_WORDS_RE.sub("", cut.split(None, 1)[-1]))[:1].isupper():
            # "A UN report said": the UN; "A separate YouGov tracker": YouGov (ds2-sportpolls)
            np = owner
    np = a._NP_ACRONYM_TAIL_RE.sub("", np)
    np = a._comma_acronym_cut(np)  # (ds2-balkans: "The Danish Refugee Council, DRC")
    if gave := a._GAVE_OUT_TAIL_RE.search(np):  # (session 13: "the Home Office published")
        np = np[: gave.start()]
    if src := a._FROM_SOURCES_TAIL_RE.search(np):  # (session 14: "AFP from official sources")
        np = np[: src.start()]
    np = a._LEVEL_BEFORE_NAME_RE.sub("", np)  # (ds2-eastafrica: "the regional X Commission")
    np = np.strip(" \u00a0,.;:")
    if a._DOTTED_ABBR_END_RE.search(np):
        np += "."  # "the U.S. announced": the abbreviation keeps its last point
    return np


_NP_PARTS = [
    "the ", "UNHCR", " (UNHCR)", " (IOM)", ")", "(", " on Monday", " on Sunday", " in ",
    " last week", " this month", " last year", " on Tuesday", " figures", "'s data",
    " count", "data shared by ", "Ministry of Refugees", " said", "\n", "\u00a0", " ", ",",
    "Day", "day", " yesterday", " earlier", "Year", " during", " at Friday",
    "[1]", "[", "]", " (hat tip X)", " here", " Thursday", " statement", "'s annual report",
    "'", "‘", "’", " from", " from April", " of 2021", " dated", " published", " released",
    " statistics", " data", "Missing Migrants Project", " as of ", " as at ", "October 15", " (DHS's)",
    " from official sources", "AFP", " hospitals", "new ", "latest ", "Home Office",
    ", DRC", "Danish Refugee Council",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_NP_PARTS), max_size=10).map("".join))
@example(" from official sources on Mondaythe ")  # a random draw of session 16
def test_clean_np_gates_answer_as_the_ungated_subs(np):
    from analysis.attribution import _clean_np

    assert _clean_np(np) == _clean_np_ungated(np)


def test_clean_np_gates_on_fixture_phrases():
    from analysis import attribution as a
    from analysis.figures import find_figures

    seen = []
    orig = a._clean_np

    def record(np):
        seen.append(np)
        return orig(np)

    a._clean_np = record
    try:
        for p in sorted((Path(__file__).parent / "fixtures").rglob("*.txt")):
            find_figures(p.read_text(encoding="utf-8"))
    finally:
        a._clean_np = orig
    assert len(seen) > 100
    assert [orig(np) for np in seen] == [_clean_np_ungated(np) for np in seen]
    assert any(orig(np) != np.strip() for np in seen)  # some tail is cut, so this tests it


@pytest.mark.parametrize(
    "sentence, source",
    [
        # wire style, written for this table: "according to" names data, the subject counted
        (
            "U.S. Customs and Border Protection recorded 128,900 encounters in March, "
            "according to figures released Tuesday.",
            "U.S. Customs and Border Protection",
        ),
        # the data's holder named after "from" / "released by" is the source
        ("Some 5,000 people crossed, according to figures from the UNHCR.", "UNHCR"),
        (
            "About 12,000 returned, according to data released by the International "
            "Organization for Migration.",
            "International Organization for Migration",
        ),
        # data with no holder named, and no speaker: no source rather than "official figures"
        ("Over 340,000 have left, according to official figures.", None),
        # longform 19, 21, 24: a lower-case description before the holder's name
        (
            "Shipments rose 6.4% in the quarter, according to preliminary data from market "
            "researcher Canalys.",
            "Canalys",
        ),
        ("Rents rose 6.8%, according to data from the listings site RentScope.", "RentScope"),
        # a phrase, not a description: "in" ends it, so no name is taken from it
        ("Some 900 were treated, according to data from officials in Kabul.", None),
    ],
)
def test_according_to_data_names_who_holds_it(sentence, source):
    from analysis import extract_figures

    got = extract_figures(sentence)["source"].tolist()
    assert [None if g is pd.NA or g != g else g for g in got] == [source]


@pytest.mark.parametrize(
    "sentence, source",
    [
        # longform 21 (energy): "added" with an amount is no reporting verb; the agency is
        (
            "Countries added a record 447 gigawatts of solar last year, according to the "
            "International Energy Agency.",
            "International Energy Agency",
        ),
        # economy wire style: "employers added 250,000 jobs" reports nothing
        ("US employers added 250,000 jobs in October.", None),
        # "added" as speech still reports
        ("Exports fell 3%, the trade ministry added.", "trade ministry"),
    ],
)
def test_added_with_an_amount_is_not_reporting(sentence, source):
    from analysis import extract_figures

    got = extract_figures(sentence)["source"].tolist()[0]
    got = None if got is pd.NA or got != got else got
    assert (got is None and source is None) or (source is not None and source in got)


def test_a_pronoun_subject_is_the_speaker_of_a_later_said():
    """longform 19: "She expects ... and said 5G models make up 71%": she is the speaker
    named in the sentence before, not the clause "She expects shipments ..."."""
    from analysis import extract_figures

    text = (
        '"The cycle is now turning," said Priya Menon, a senior analyst at Canalys. She '
        "expects shipments to reach about 1.22 billion units, up 5%, and said 5G models now "
        "make up 71% of phones sold."
    )
    df = extract_figures(text)
    assert df.loc[df["text"] == "71%", "source"].tolist() == ["Priya Menon"]


@pytest.mark.parametrize(
    "sentence",
    [
        # longform 17: "States" in "the United States, which ..." is a name, not "states"
        "In the United States, which accounts for about 18% of group sales, revenue rose 11%.",
        # longform 17: a noun after a preposition, "comment on reports that ..."
        "He declined to comment on reports that it was weighing a bid worth about 4 billion euros.",
        # longform 17: "according to the report" leaves only a determiner once the data noun
        # is cut: no source rather than "the"
        "Net debt stood at 14.2 billion crowns, according to the report.",
    ],
)
def test_names_nouns_and_bare_determiners_are_no_sources(sentence):
    from analysis import extract_figures

    got = extract_figures(sentence)["source"].tolist()
    assert got and all(g is pd.NA or g != g for g in got), got


@pytest.mark.parametrize(
    "text, figure, source",
    [
        # longform 21: a conjunction before the subject opens no name
        (
            "OPEC+ agreed to extend cuts, and Saudi Arabia said it would keep output at "
            "around 9 million bpd.",
            "around 9 million bpd",
            "Saudi Arabia",
        ),
        # longform 18: "the institute" is the institute named before
        (
            "Figures published by the National Public Health Institute show 1,482 cases. "
            "Seven people have died, the institute said.",
            "Seven",
            "National Public Health Institute",
        ),
    ],
)
def test_subject_after_a_conjunction_and_a_generic_institute(text, figure, source):
    from analysis import extract_figures

    df = extract_figures(text)
    assert df.loc[df["text"] == figure, "source"].tolist() == [source]
