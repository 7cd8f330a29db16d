"""People, organisations and places named in a report, found by rules and word lists.

A figure's source ("Jan Achakzai said"), its place ("in Quetta") and the body that
published it ("according to UNHCR") are names. This module finds them without a
statistical model, so an analyst can read every decision off a rule or a data file:

- A *name* is a run of capitalised tokens joined by spaces and a few lower-case
  connectors ("of", "for", "and", "the", "de", "al": "Ministry of Refugees and
  Repatriation"), with hyphenated and possessive tokens ("Tehreek-e-Taliban",
  "Cox's Bazar"). Function words that start sentences ("The", "In", "According") and
  month and weekday names cut a run, so a capital letter earned by position alone
  does not make a name.
- *Places* come from a gazetteer (``analysis/data/places.txt``), from place words
  ("Rakhine State", "Kaziranga National Park") and from a lower-case unit after a name
  ("Herat province", "Khyber district", "Abu Shouk camp").
- *Organisations* are known names and acronyms (``organisations.txt``), runs holding an
  organisation word ("Frontier Corps", "Supreme Court", "Coastal Aid Alliance") and
  other all-capital acronyms in running text ("ASDMA", "BGB").
- *People* follow a title ("Caretaker Balochistan Information Minister Jan Achakzai"
  gives "Jan Achakzai"; title words are in ``entity_titles.txt``), an honorific ("Dr",
  "Ms"), a role word ("spokesman Kamran Yousaf Baloch") or are marked by what comes
  after them ("..., a spokesman", "..., who", "... said"). A later bare surname
  ("Achakzai said") is a person when a fuller name with that surname appears in the
  report; :func:`canonical_person` maps every surface form to the fullest name.

Every pattern has bounded repetition and runs once over the text, so the cost is linear
in the length of the report; the word lists are read once and cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

import pandas as pd

from .paths import PACKAGE_DATA_DIR
from .report import Report
from .scan import match_at

__all__ = [
    "Entity",
    "LABELS",
    "ENTITY_COLUMNS",
    "find_entities",
    "entities_frame",
    "canonical_person",
]

#: Entity labels, as the ``label`` column's categories.
LABELS = ("person", "organisation", "place")

#: Column dtypes of :func:`entities_frame`.
ENTITY_COLUMNS: dict[str, object] = {
    "start": "Int64",
    "end": "Int64",
    "text": "string",
    "label": pd.CategoricalDtype(LABELS),
}


@dataclass(frozen=True, slots=True)
class Entity:
    """A name in the text: ``text == source[start:end]``; ``label`` is one of :data:`LABELS`."""

    start: int
    end: int
    text: str
    label: str


# --------------------------------------------------------------------------- word lists


@lru_cache(maxsize=4096)
def _norm(s: str) -> str:
    """The lookup key of a name: curly quotes straightened, spaces collapsed, case folded.
    Cached: a report asks for the same few dozen names again and again."""
    return " ".join(s.replace("’", "'").replace("\u00a0", " ").split()).casefold()


@cache
def _currency_codes() -> frozenset[str]:
    """The capitalised codes ``currencies.csv`` reads as money ("USD", "KD", "SAR"), which
    beside an amount name no organisation."""
    out = set()
    for raw in (PACKAGE_DATA_DIR / "currencies.csv").read_text(encoding="utf-8").splitlines()[1:]:
        surface = raw.split(",", 1)[0].strip()
        if surface and not surface.startswith("#") and surface.isalpha() and surface.isupper():
            out.add(surface)
    return frozenset(out)


#: An amount's digits right after a currency code: "KD 450", "USD3".
_DIGIT_AFTER_RE = re.compile(r"[ \u00a0]?\d")
#: An amount right before a currency code: "40 million ", "1,200 ".
_AMOUNT_BEFORE_RE = re.compile(
    r"\d(?:[ \u00a0](?:thousand|million|billion|trillion|mn|bn|m|k))?[ \u00a0]$"
)


def _currency_code_before_amount(word: str, text: str, end: int) -> bool:
    """Is ``word``, ending at ``end``, a currency's code with its amount right after it
    ("KD 450 million", "USD3")? Such a code names no body; the entity finder and
    attribution's fallback for texts with no entities both ask this."""
    return word in _currency_codes() and _DIGIT_AFTER_RE.match(text, end) is not None


@cache
def _sections(filename: str) -> dict[str, tuple[str, ...]]:
    """A data file's ``[section]`` lists (entries before any header go to ``""``)."""
    out: dict[str, list[str]] = {"": []}
    current = ""
    path = PACKAGE_DATA_DIR / filename
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            out.setdefault(current, [])
            continue
        out.setdefault(current, []).append(line)
    return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class _Lexicon:
    places: frozenset[str]
    org_names: frozenset[str]
    org_keywords: frozenset[str]
    not_acronyms: frozenset[str]
    heads: frozenset[str]
    modifiers: frozenset[str]
    strip_honorifics: frozenset[str]
    keep_honorifics: frozenset[str]
    lower_titles: frozenset[str]
    starters: frozenset[str]
    common: frozenset[str]
    demonyms: frozenset[str]
    calendar: frozenset[str]
    possessive_names: tuple[str, ...]
    max_name_tokens: int
    known: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    places = frozenset(_norm(p) for p in _sections("places.txt")[""])
    orgs = _sections("organisations.txt")
    titles = _sections("entity_titles.txt")
    stop = _sections("entity_stopwords.txt")
    org_names = frozenset(_norm(n) for n in orgs.get("names", ()))
    possessive = tuple(sorted(n for n in places | org_names if "'s " in n or n.endswith("'s")))
    longest = max(len(n.split()) for n in places | org_names)
    return _Lexicon(
        places=places,
        org_names=org_names,
        org_keywords=frozenset(orgs.get("keywords", ())),
        not_acronyms=frozenset(a.upper() for a in orgs.get("not_acronyms", ())),
        heads=frozenset(titles.get("heads", ())),
        modifiers=frozenset(titles.get("modifiers", ())),
        strip_honorifics=frozenset(h.rstrip(".") for h in titles.get("strip_honorifics", ())),
        keep_honorifics=frozenset(titles.get("keep_honorifics", ())),
        lower_titles=frozenset(titles.get("lower_titles", ())),
        starters=frozenset(stop.get("starters", ())),
        common=frozenset(stop.get("common", ())),
        demonyms=frozenset(stop.get("demonyms", ())),
        calendar=frozenset(stop.get("calendar", ())),
        possessive_names=possessive,
        max_name_tokens=min(longest, 6),
        known=places | org_names,
    )


# --------------------------------------------------------------------------- patterns

# Capitals of the Latin alphabets European and Asian copy names people in ("Łukasz",
# "Śliwińska", "Žaneta", "Čolić", "Ştefan", "Nguyễn"): Latin-1, Latin Extended-A/B and
# Latin Extended Additional capitals.
#: Malaysian honorifics of two words; their first word alone is a surname ("Tan").
_PAIR_HONORIFICS = frozenset({("Tan", "Sri"), ("Puan", "Sri"), ("Toh", "Puan")})
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "".join(
    chr(c) for c in [*range(0x100, 0x250), *range(0x1E00, 0x1F00)] if chr(c).isupper()
)
# (and Latin Extended Additional: Vietnamese "Nguyễn Văn Hùng")
_L = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
# One capitalised token: "U.N.", "Quetta", "Cox's", "COX'S", "Tehreek-e-Taliban", "al-Assad"
# (an Arabic article before a capital). Atomic,
# so "COVID-19" is refused whole instead of being read back as "COVI".
_TOKEN = (
    rf"(?<![\w'’./\-])(?>[{_UP}](?:\.[{_UP}]){{1,4}}\.?"
    # (a plural's possessive inside a name: "Ministry of Expatriates' Welfare and Overseas
    # Employment", "Wage Earners' Welfare Board", Bangladeshi copy, ds2-labour)
    rf"|(?:(?:al|el|ul|ud|ur|ad|as|ash|an|at)-)?[{_UP}][{_L}]{{0,30}}"
    rf"(?:['’][{_L}]{{1,3}}|(?<=s)['’](?=[ \u00a0][{_UP}]))?"
    rf"(?:-[{_L}][{_L}]{{0,20}}){{0,3}})"
    r"(?![\w$€£]|-\d|\.\d)"
)
# ("ng", Tagalog's "of", in a Philippine body's name: "Bangko Sentral ng Pilipinas", ds2-labour)
_CONNECT = r"(?:of|for|and|the|de|del|da|di|du|al|el|bin|ibn|von|van|der|la|las|los|dos|das|ng|o|&)"
# "Mr. Lenarcic", "Dr. Chowdhury": the full stop of an abbreviated title does not end a name.
# The (?=\.) comes first so that the 21 look-behinds are tried only before a full stop, not
# after every token of every run (zero-width, so the matches are those without it:
# ``tests/test_entities.py`` checks _SEQ_RE against the pattern without the guard).
_ABBR_DOT = (
    "(?:(?=\\.)(?:"
    + "|".join(
        f"(?<={a})"
        for a in "Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Sgt Sen Rep Gov Rev Hon St Jr Sr Md".split()
    )
    # an initial before a name, as Indian copy writes it: "Labour Minister V. Sivankutty",
    # "Justice K. Vinod Chandran" (session 9); not a letter that ends a sentence ("Plan B.
    # The ...")
    + rf"|(?<=(?<![\w'’.\-])[{_UP}])(?=\.[ \u00a0][{_UP}][a-z]+\b)"
    + r"(?!\.[ \u00a0](?:The|A|An|In|On|At|It|He|She|They|We|This|That|These|Those|But|And"
    + r"|Officials|According|Meanwhile|However)\b)"
    + r")\.)?"
)
_SEQ_RE = re.compile(
    rf"{_TOKEN}{_ABBR_DOT}"
    rf"(?:[ \u00a0]{{1,3}}(?:{_CONNECT}[ \u00a0]{{1,3}}){{0,2}}{_TOKEN}{_ABBR_DOT}){{0,11}}"
)
_TOKEN_RE = re.compile(_TOKEN)
# Where a name can open: a capital, or an Arabic article before one ("al-Shabaab"). _SEQ_RE
# opens with a look-behind and is tried only at these offsets (see _name_runs).
_SEQ_OPENERS_RE = re.compile(rf"[{_UP}]|(?:al|el|ul|ud|ur|ad|as|ash|an|at)-(?=[{_UP}])")
# The two branches of _SEQ_OPENERS_RE searched apart: together they got no prefilter from
# ``re`` (one branch opens with a class, the other with a group) and cost 50 us a report.
# Capitals are skipped to by ``re``; an article is found from its hyphen (a literal, where
# "a"/"e"/"u" would stop ``re`` at most letters) and the two or three letters before it
# checked here. No opener starts inside another (articles are lower case and end with
# "-"; "ash" and "as" cannot both end at one hyphen), so the union of their starts is the
# combined pattern's.
_CAPITAL_RE = re.compile(rf"[{_UP}]")
_HYPHEN_BEFORE_CAPITAL_RE = re.compile(rf"-(?=[{_UP}])")
_ARTICLES_2 = frozenset("al el ul ud ur ad as an at".split())


def _opener_starts(text: str) -> list[int]:
    """The starts of ``_SEQ_OPENERS_RE.finditer(text)`` (``tests/test_entities.py``)."""
    starts = [c.start() for c in _CAPITAL_RE.finditer(text)]
    if "-" in text:
        articles = []
        for h in _HYPHEN_BEFORE_CAPITAL_RE.finditer(text):
            q = h.start()
            if q >= 2 and text[q - 2 : q] in _ARTICLES_2:
                articles.append(q - 2)
            elif q >= 3 and text[q - 3 : q] == "ash":
                articles.append(q - 3)
        if articles:
            starts = sorted(starts + articles)
    return starts


def _name_runs(text: str) -> list[re.Match]:
    """What ``_SEQ_RE.finditer(text)`` yields, trying the pattern only where a name can
    open (``tests/test_entities.py`` checks the two agree)."""
    return match_at(_SEQ_RE, text, _opener_starts(text))


#: Words of a body whose name goes on after "on" ("Committee on Human Rights", "Council on
#: Foreign Relations", "Association for Juridical Studies on Immigration"; devset2 europe).
_ON_BODY_WORDS = frozenset(
    """Committee Subcommittee Council Commission Conference Association Institute Centre
    Center Network Forum Panel Observatory Convention""".split()
)

_SAY = (
    r"(?:said|says|told|added|claimed|alleged|explained|warned|stated|noted|urged|insisted|"
    r"argued|wrote|asked|confirmed|denied|announced|estimated|tweeted|posted|remarked|"
    r"acknowledged|recalled|described|disputed|spoke|testified|reported)"
)
_SAID_BEFORE = re.compile(r"(?:\b(?:said|says|told|according\s+to)|[Cc]ontact:?)[ \u00a0]{1,3}$")
_COMMA = re.compile(r",[ \u00a0]{1,3}")
#: A spokesperson's body before a name: "a spokesperson for Rápido Ya said" (features,
#: devset2 feature), where the body's name could pass for a person's.
_SPOKESPERSON_FOR_BEFORE = re.compile(
    r"\b(?:[Ss]pokes(?:person|man|woman)|[Ss]pokespeople|[Ss]pokesmen)[ \u00a0](?:for|of)[ \u00a0]$"
)
_SAY_AFTER = re.compile(rf"[ \u00a0]{{1,3}}{_SAY}\b")
#: A reporter's or speaker's place set off after the name: "Al Jazeera's Kamran Yusufzai,
#: reporting from Landi Kotal, says", "Nour Salem, speaking from Geneva, said" (live blogs
#: and broadcasts, ds2-liveblog): who reports from somewhere is a person.
_REPORTING_FROM_AFTER = re.compile(
    r",[ \u00a0](?:reporting|speaking|writing)[ \u00a0](?:from|in|at)[ \u00a0][^,\n]{1,80},[ \u00a0]"
)
_APPOSITION = re.compile(
    # an age after the name ("Jane Doe, 45, said"), not a distance after a town ("in Ben
    # Guerdane, 40 kilometres west of Ras Jedir": session 7, AFP Tunisia copy)
    r",[ \u00a0]{1,3}(?:a|an|the|who|whose|his|her|its|aged|\d{1,3}(?=[,)]|[ \u00a0](?:years?|yrs)\b))\b",
    re.IGNORECASE,
)
_COMPASS_WORDS = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower".split()
)
_PLACE_UNIT = re.compile(
    r"[ \u00a0]{1,2}(?:province|district|state|city|camp|region|division|county|town|village|"
    r"valley|river|island|tehsil|upazila|governorate|municipality)\b"
)
# Where a name stands when it is a place: after a preposition of place or movement, or
# before a place noun ("the Varnel border post", "Kestova's capital" is left alone).
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:into|in|from|near|through|across|via|outside|inside|towards|toward|at|"
    r"(?:the\s)?(?:north|south|east|west|northern|southern|eastern|western|central)(?:\s+of)?)"
    r"(?:\sthe)?[ \u00a0]{1,3}$"
)
_PLACE_NOUN_AFTER = re.compile(
    r"[ \u00a0]{1,2}(?:border|crossing|checkpoint|transit|post|city|town|village|area|region|"
    r"valley|river|district|province|airport|port|settlement|camps?|frontier|coast|island)\b"
)
# A name after a preposition of place that follows a common noun or a speaker's age, right
# before a verb of saying, is where the speakers are, not one of them: "Officials in
# Lucknow said", "A senior officer in Bhubaneswar said", "Rafiqul Sheikh, 26, of Domkal
# said", "a resident of Domkal said" (South Asian dailies, session 9).
_PLACE_OF_SPEAKER_BEFORE = re.compile(
    r"(?:\b[A-Za-z][a-z]+[ \u00a0](?:in|at)|,[ \u00a0]\d{1,3},[ \u00a0](?:of|from)"
    # ("A trader from Gamboru said", "a farmer from Shaqra said": one person and where he
    # is from; African dailies, devset2 africa)
    r"|\b(?:residents?|natives?|villagers?)[ \u00a0](?:of|from)"
    r"|\b(?:farmers?|traders?|drivers?|herders?|fisherm[ae]n|elders?|survivors?|witness(?:es)?"
    # ("A labourer from Moga alleged", "a youth from Kapurthala said": Indian copy, ds2-india)
    r"|leaders?|m[ae]n|wom[ae]n|labourers?|carpenters?|masons?|students?|youths?|shopkeepers?"
    r"|mechanics?)[ \u00a0]from)[ \u00a0]{1,3}\Z"
)
# An age right after one capitalised word: "Zabihullah, 34, said" (Afghan copy names many
# returnees by one name; session 9).
_AGE_AFTER = re.compile(r",[ \u00a0]{1,3}(?:aged[ \u00a0])?\d{1,3},[ \u00a0]")
_CAMP_NUMBER = re.compile(r"[ \u00a0]{1,2}\d{1,3}[A-Z]{0,2}\b")
#: The last word of a minister's portfolio named after "of" or "for", before the holder's
#: name: "Minister of Social Policy", "Minister for National Unity" (ds2-ukraine).
_PORTFOLIO_END_WORDS = frozenset(
    "Policy Unity Affairs Development Security Welfare Justice Interior Education Health "
    "Finance Economy Defence Defense Integration Reintegration Territories Refugees Migration "
    "Communities Infrastructure Labour Labor Resources Services Employment Protection "
    # "State Secretary for Asylum Marieke de Groot", "Minister for Asylum Pieter Smit" (the
    # Dutch and Nordic portfolio; DutchNews copy, ds2-nordic)
    "Asylum".split()
)
_OFFICE_AFTER = re.compile(r"(?:['’]s)?[ \u00a0]{1,2}office\b")
#: A title and its portfolio, then the comma of an apposition that names its holder: "by
#: the Minister for Justice, Ciaran Dolan, in a written answer" (the Irish press; ds2-ireland).
_TITLE_COMMA_BEFORE = re.compile(
    r"\b([A-Z][a-z]+)[ \u00a0](?:for|of)[ \u00a0](?:the[ \u00a0])?[A-Z][a-z]+"
    r"(?:[ \u00a0](?:and[ \u00a0])?[A-Z][a-z]+){0,2}, \Z"
)
#: The county word written before an Irish county's name: "Co Cork", "County Clare".
_COUNTY_OPENERS = frozenset(("Co", "County"))
_HEADER_MARK = re.compile(r"[ \u00a0]{0,2}[:|]")
#: The first word of a state's formal name ("Republic of Tajikistan", "Kingdom of Saudi
#: Arabia", "Russian Federation" is a place word's run, not this): never a person's name.
_STATE_FORM_WORDS = frozenset(
    "Republic Kingdom Federation Sultanate Emirate Principality Commonwealth".split()
)
_PLACE_WORDS = frozenset(
    "Province District State Region County City Island Islands Camp Park River Valley "
    "Mountains Desert Sea Gulf Bay Lake Highway Crossing Pass Strait Corridor Airport Port "
    "Tehsil Upazila Governorate Bazar Bazaar Char Town Village "
    # a border's name: "the Durand Line", "the Green Line" (Afghan copy, session 10)
    "Line "
    # landforms: "the Darien Gap" ("Darien" is also a given name; wire copy, session 12)
    "Gap Canyon Plateau Peninsula Delta Basin Coast Jungle "
    # streets: "Roxham Road" is the Quebec crossing, no person (Canadian copy, session 7)
    "Road Street Avenue Boulevard Lane".split()
)


# A place's name that names a rule or a procedure: "the Dublin Regulation", "164 Dublin
# cases", "Dublin transfers" are the EU rule on which country examines an asylum claim.
_RULE_WORDS = frozenset("Regulation Regulations Convention Procedure Procedures".split())
#: Places whose bare name, before a lower-case noun, names a rule ("Delhi cases" are in Delhi).
_RULE_PLACES = frozenset(("dublin", "schengen"))
_RULE_NOUN_AFTER = re.compile(
    r"[ \u00a0](?:Regulation|Convention|cases?|transfers?|procedures?|regulation|returnees"
    r"|requests?)\b"
)


class _Tok(NamedTuple):
    start: int
    end: int
    text: str


def _run_tokens(text: str, run: re.Match) -> list[_Tok]:
    """The tokens of a capitalised run: ``_TOKEN_RE.finditer`` over the run's span.

    Four runs in five are one token ("Quetta", "UNHCR"): a run with no space is one
    token plus, at most, an abbreviation's full stop, so when it does not end with "." the
    run is its token and the finditer (2-3 us a run) is skipped. The token matched at the
    run's start in the whole text, so it matches there within the run too (nothing past
    the run's end is read). ``tests/test_entities.py`` checks this against the finditer.
    """
    g = run.group()
    if " " not in g and "\u00a0" not in g and not g.endswith("."):
        return [_Tok(run.start(), run.end(), g)]
    return [_Tok(t.start(), t.end(), t.group()) for t in _TOKEN_RE.finditer(text, *run.span())]


def _is_initial(text: str, pos: int) -> bool:
    """True when ``pos`` starts a sentence, a line, a heading or a quotation."""
    j = pos - 1
    limit = max(0, pos - 8)
    while j >= limit and text[j] in " \t\u00a0\"'“‘([":
        j -= 1
    if j < 0:
        return True
    return text[j] in ".!?\n:;—–|•"


def _is_acronym(tok: str) -> bool:
    letters = tok.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


_ARTICLE = re.compile(r"(?:al|el|ul|ud|ur|ad|as|ash|an|at)-")


def _title_case(tok: str) -> bool:
    m = _ARTICLE.match(tok)
    if m:
        tok = tok[m.end() :]
    return tok[:1].isupper() and not (len(tok) > 1 and tok.replace(".", "").isupper())


# --------------------------------------------------------------------------- the work


class _Finder:
    """One pass over one text; holds the lexicon and collects entities and leftovers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lex = _lexicon()
        self.found: list[Entity] = []
        self.leftovers: list[list[_Tok]] = []  # unlabelled runs, for the surname pass

    # ---- helpers
    def _span_text(self, toks: list[_Tok]) -> str:
        return self.text[toks[0].start : toks[-1].end]

    def _emit(self, start: int, end: int, label: str) -> None:
        self.found.append(Entity(start, end, self.text[start:end], label))

    def _emit_toks(self, toks: list[_Tok], label: str) -> None:
        self._emit(toks[0].start, toks[-1].end, label)

    def _is_org_token(self, tok: str) -> bool:
        lex = self.lex
        if tok in lex.org_keywords or _norm(tok) in lex.org_names:
            return True
        return any(_norm(part) in lex.org_names for part in tok.split("-") if len(part) > 2)

    # ---- splitting a capitalised run into name candidates
    def _token_runs(self) -> Iterable[list[_Tok]]:
        """The tokens of each capitalised run; a body's name that goes on after "on" is one
        run: "the Joint Committee on Human Rights", "the Association for Juridical Studies
        on Immigration" (the run before holds a body word, the one after is no place)."""
        text = self.text
        prev: list[_Tok] | None = None
        for m in _name_runs(text):
            toks = _run_tokens(text, m)
            if (
                prev is not None
                and text[prev[-1].end : toks[0].start] in (" on ", "\u00a0on ")
                and any(t.text in _ON_BODY_WORDS for t in prev)
                and _norm(self._span_text(toks)) not in self.lex.places
                and toks[0].text not in self.lex.calendar
                and toks[0].text not in self.lex.starters
            ):
                prev = prev + toks
                continue
            if prev is not None:
                yield prev
            prev = toks
        if prev is not None:
            yield prev

    def runs(self) -> Iterable[list[_Tok]]:
        lex = self.lex
        for toks in self._token_runs():
            group: list[_Tok] = []
            for i, tok in enumerate(toks):
                if (
                    tok.text == "The"
                    and i + 1 < len(toks)
                    and _norm(f"the {toks[i + 1].text}") in lex.known
                ):
                    group.append(tok)  # "The Hague", "The Gambia"
                    continue
                if (
                    group
                    and i + 1 < len(toks)
                    and tok.text in lex.starters
                    and any(
                        _norm(self._span_text([*group, *toks[i : j + 1]])) in lex.known
                        for j in range(i + 1, min(len(toks), i + 3))
                    )
                ):
                    # "Doctors Without Borders": a function word inside a name; two in a row,
                    # "Stand Up To Racism" (UK protest copy, ds2-crowds)
                    group.append(tok)
                    continue
                if (
                    tok.text == "Against"
                    and group
                    and group[-1].text in lex.org_keywords
                    and i + 1 < len(toks)
                    and toks[i + 1].text not in lex.starters
                    and toks[i + 1].text not in lex.calendar
                ):
                    # "Edo State Task Force Against Human Trafficking", "Coalition Against
                    # Irregular Migration": "Against" after a body's word and before a
                    # capital is inside the body's name (Nigerian and Ghanaian dailies,
                    # ds2-sahel)
                    group.append(tok)
                    continue
                if tok.text in lex.starters or tok.text in lex.calendar:
                    if group:
                        yield from self._split_possessive(group)
                    group = []
                    continue
                group.append(tok)
            if group:
                yield from self._split_possessive(group)

    def _split_possessive(self, group: list[_Tok]) -> Iterable[list[_Tok]]:
        """ "Myanmar's Rakhine State" is two names; "Cox's Bazar" is one."""
        current: list[_Tok] = []
        for i, tok in enumerate(group):
            if tok.text[-2:].lower() in ("'s", "’s") and len(tok.text) > 2:
                if i + 1 < len(group):
                    joined = _norm(tok.text + " " + group[i + 1].text)
                    if any(n.startswith(joined) for n in self.lex.possessive_names):
                        current.append(tok)
                        continue
                elif _norm(self._span_text([*current, tok])) in self.lex.known:
                    current.append(tok)
                    continue
                current.append(_Tok(tok.start, tok.end - 2, tok.text[:-2]))
                yield current
                current = []
                continue
            current.append(tok)
        if current:
            yield current

    # ---- labelling one candidate
    def label(self, toks: list[_Tok]) -> None:
        lex = self.lex
        text = self.text
        key = _norm(self._span_text(toks))
        if len(toks) == 1 and self._plain_word(toks[0], key):
            self.leftovers.append(toks)  # the common case, decided without the rules below
            return
        if key in lex.places:
            if key not in _RULE_PLACES or not _RULE_NOUN_AFTER.match(text, toks[-1].end):
                self._emit_place(toks)
            return  # "120 Dublin cases": the rule's name, no place
        if key in lex.org_names:
            self._emit_toks(toks, "organisation")
            return
        if (
            len(toks) > 1
            and toks[0].text in _COMPASS_WORDS
            and _norm(self._span_text(toks[1:])) in lex.places
        ):
            # "Senior Superintendent of Police for East Karachi, Irfan Bahadur": a quarter of
            # a known place is a place, never the person the comma after it names
            # (Pakistani police copy, session 11)
            self._emit_place(toks)
            return
        if (
            toks[0].text in _COUNTY_OPENERS
            and 2 <= len(toks) <= 3
            and all(_title_case(t.text) for t in toks[1:])
        ):
            # "in Macroom, Co Cork, said", "gardaí in Co Clare": an Irish county, the
            # county word before its name, is a place and never the person a comma after it
            # names (the Irish press; ds2-ireland)
            self._emit_place(toks)
            return
        if len(toks) == 1 and self._hyphen_prefix(toks[0]):
            return
        if len(toks) > 1 and self._common_head(toks):
            self.label(toks[1:])  # "Residents of Dhubri", "Fighters of al-Shabaab"
            return
        if self._titled_person(toks):
            return
        words = [t.text for t in toks]
        if len(toks) > 1:
            parts = self._split_and(toks)
            plain = not any(self._is_org_token(w) or w in lex.heads for w in words)
            each_known = all(self._stands_alone(p) for p in parts)
            # (a known name is one body, each half a body's name or not: "U.S. Customs and
            # Border Protection", whose "U.S. Customs" and "Border Protection" each end in
            # an organisation word; technology and border copy, ds2-tech)
            if (
                len(parts) > 1
                and ((plain and len(toks) > 2) or each_known)
                and _norm(self._span_text(toks)) not in lex.known
            ):
                for part in parts:
                    self.label(part)
                return
        if any(self._is_org_token(w) for w in words):
            if len(toks) > 1 or text[max(0, toks[0].start - 4) : toks[0].start].lower() == "the ":
                if words[-1] not in lex.heads or len(toks) > 1:
                    self._emit_toks(toks, "organisation")
                    return
        if len(toks) > 1 and words[-1] in _PLACE_WORDS and words[0] not in lex.demonyms:
            self._emit_place(toks)
            return
        if words[-1] == "Camp":
            m = _CAMP_NUMBER.match(text, toks[-1].end)
            if m:
                self._emit(toks[0].start if len(toks) > 1 else toks[-1].start, m.end(), "place")
                return
        if len(toks) == 1 and self._acronym_org(toks[0]):
            return
        if words[-1] in lex.heads and _OFFICE_AFTER.match(text, toks[-1].end):
            end = _OFFICE_AFTER.match(text, toks[-1].end).end()
            self._emit(toks[0].start, end, "organisation")
            return
        if self._cued_person(toks):
            return
        if self._scan_known(toks):
            return
        m = _PLACE_UNIT.match(text, toks[-1].end)
        if (
            m
            and not _is_initial(text, toks[0].start)
            and all(_title_case(w) for w in words)
            and words[0] not in lex.demonyms  # "the autonomous Spanish city": no name
        ):
            self._emit(toks[0].start, m.end(), "place")
            return
        self.leftovers.append(toks)

    def _stands_alone(self, toks: list[_Tok]) -> bool:
        """A known name, an acronym or a run ending in an organisation word: "UNHCR and
        IOM", "World Food Programme and UNICEF" are two names each."""
        key = _norm(self._span_text(toks))
        last = toks[-1].text
        return (
            key in self.lex.known
            or (len(toks) == 1 and _is_acronym(last))
            or (len(toks) > 1 and last in self.lex.org_keywords)
        )

    def _plain_word(self, tok: _Tok, key: str) -> bool:
        """One capitalised word that no rule below could label."""
        w = tok.text
        lex = self.lex
        return not (
            key in lex.known
            or "-" in w
            or w == "Camp"
            or w in lex.org_keywords
            or _is_acronym(w)
            or _SAY_AFTER.match(self.text, tok.end)
            or _PLACE_UNIT.match(self.text, tok.end)
            or (self.text[tok.end : tok.end + 1] == "," and _AGE_AFTER.match(self.text, tok.end))
        )

    def _common_head(self, toks: list[_Tok]) -> bool:
        """A sentence-initial common word joined by a connector to what follows is not
        part of the name after it."""
        first = toks[0]
        gap = self.text[first.end : toks[1].start].split()
        if not gap or gap[0] != "of" or not _is_initial(self.text, first.start):
            return False
        word = first.text
        if self._is_org_token(word) or word in self.lex.heads or _norm(word) in self.lex.places:
            return False
        return word[:1].isupper() and not _is_acronym(word)

    def _split_and(self, toks: list[_Tok]) -> list[list[_Tok]]:
        """ "Guatemala and Honduras" is two names; a name with an organisation word keeps its
        "and" ("Ministry of Refugees and Repatriation"), so this runs only without one."""
        parts: list[list[_Tok]] = [[toks[0]]]
        for prev, tok in zip(toks, toks[1:], strict=False):
            gap = self.text[prev.end : tok.start].split()
            if gap and gap[0] in ("and", "&"):
                parts.append([tok])
            else:
                parts[-1].append(tok)
        return parts

    def _emit_place(self, toks: list[_Tok]) -> None:
        m = _PLACE_UNIT.match(self.text, toks[-1].end)
        self._emit(toks[0].start, m.end() if m else toks[-1].end, "place")

    def _hyphen_prefix(self, tok: _Tok) -> bool:
        """ "EU-funded", "UN-backed", "Taliban-led": a known name before a lower-case suffix."""
        head, sep, tail = tok.text.partition("-")
        if not sep or not tail.islower():
            return False
        key = _norm(head)
        if key in self.lex.places:
            self._emit(tok.start, tok.start + len(head), "place")
            return True
        if key in self.lex.org_names:
            self._emit(tok.start, tok.start + len(head), "organisation")
            return True
        return False

    def _acronym_org(self, tok: _Tok) -> bool:
        """An all-capital word in running text ("ASDMA", "BGB") is an organisation."""
        lex = self.lex
        word = tok.text
        if not _is_acronym(word) or word.replace(".", "").upper() in lex.not_acronyms:
            return False
        text = self.text
        if _currency_code_before_amount(word, text, tok.end) or (
            word in _currency_codes()
            and _AMOUNT_BEFORE_RE.search(text, max(0, tok.start - 24), tok.start)
        ):
            # "added KD 450 million ..., the bank said", "SAR 120 million", "40 million AED":
            # a currency's code beside its amount, no body for a later "the bank" (business
            # copy on Gulf lending, ds2-energy's note, session 20)
            return False
        line_start = text.rfind("\n", 0, tok.start) + 1
        line_end = text.find("\n", tok.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if not re.search(r"[a-z]", line) or _HEADER_MARK.match(text, tok.end):
            return False  # a heading ("KEY FIGURES", "BRIEF |"), not an acronym
        self._emit(tok.start, tok.end, "organisation")
        return True

    def _titled_person(self, toks: list[_Tok]) -> bool:
        """Title + name: the name is what follows the last title word, minus portfolio words."""
        lex = self.lex
        words = [t.text.rstrip(".") for t in toks]
        h = -1
        for i, w in enumerate(words[:-1]):
            if (
                w in lex.heads
                or w in lex.strip_honorifics
                # "Garissa County Water Executive Abdirahman Hussein": a Kenyan county's
                # executive (a cabinet member) before a full name, never "the Executive Yuan"
                # or "Executive Committee" (Kenyan dailies, ds2-wash)
                or (
                    w == "Executive" and len(words) - i > 2 and not self._is_org_token(words[i + 1])
                )
            ):
                h = i
        if h < 0:
            return False
        if words[h] == "General" and h + 1 < len(words) and self._is_org_token(words[h + 1]):
            # "the General Coordination of Displaced Persons and Refugees", "the General
            # Directorate of ...": the adjective of a body's name, no general's rank (Darfur
            # copy, devset2 africa)
            return False
        j = h + 1
        while j < len(toks):
            if j + 2 < len(toks) and (words[j], words[j + 1]) in _PAIR_HONORIFICS:
                # a two-word honorific, "Tan Sri", "Puan Sri", "Toh Puan" (Malaysian copy):
                # "Tan" alone is a surname, so only before "Sri"/"Puan" and a name
                j += 2
                continue
            if (
                words[j] in lex.modifiers
                or words[j] in lex.heads
                or words[j] in lex.strip_honorifics
                or (_norm(words[j]) in lex.places and j < len(toks) - 1)
            ):
                j += 1
                continue
            break
        while (
            len(toks) - j > 2
            and words[j] in _PORTFOLIO_END_WORDS
            and any(
                self.text[toks[q - 1].end : toks[q].start].split() in (["of"], ["for"])
                for q in range(h + 1, j + 1)
            )
        ):
            # "Deputy Minister of Social Policy Ihor Bondar": the portfolio's last word
            # before the name (Ukrainian copy, ds2-ukraine)
            j += 1
        name = toks[j:]
        amp = [k for k in range(j + 1, len(toks)) if self._joined_by_and(toks[k - 1], toks[k])]
        if amp:
            # "Minister of State for Textiles & Handlooms Meera Nair", "... for Heavy
            # Industries & Public Enterprises P Radhakrishnan": a portfolio after "for"
            # joined by "&" goes on for as many words after it as before it; the name follows
            k = amp[-1]
            p = next(
                (
                    q
                    for q in range(k - 1, h, -1)
                    if self.text[toks[q - 1].end : toks[q].start].split()[-1:] == ["for"]
                ),
                None,
            )
            if p is not None and k + (k - p) < len(toks) - 1:
                name = toks[k + (k - p) :]
        if not name or len(name) > 5:
            return False
        if (
            len(name) == 1
            and name[0].text in _PORTFOLIO_END_WORDS
            and self.text[toks[j - 1].end : name[0].start].split() in (["of"], ["for"])
        ):
            # "the Minister for Integration, Aoife Kerr,": the portfolio's one word, the
            # holder named after the comma (the Irish press; ds2-ireland)
            return False
        if not all(_title_case(t.text) for t in name):
            return False
        if _norm(self._span_text(name)) in lex.org_names:
            # "the United Nations High Commissioner for Refugees and Save the Children": a
            # known body's name after the title's portfolio, no person (wire copy, session 12)
            return False
        if any(self._is_org_token(t.text) for t in name) or any(
            # a place word ends a place's name ("Hyde Park"); first, it is a surname
            # ("Justice Minister Park Sung-jae", Korean copy)
            t.text in _PLACE_WORDS
            for t in (name[1:] if len(name) > 1 else name)
        ):
            return False
        if len(name) == 1 and _norm(name[0].text) in lex.places:
            return False
        if (
            len(name) > 1
            and name[0].text in _COMPASS_WORDS
            and _norm(self._span_text(name[1:])) in lex.places
        ):
            return False  # "Superintendent of Police for East Karachi": where, not who
        gap = self.text[toks[j - 1].end : toks[j].start].split() if 0 < j < len(toks) else []
        if name[0].text in _STATE_FORM_WORDS:
            # "the President of the Republic of Tajikistan", "the King of the Kingdom of
            # Saudi Arabia": a state's formal name after the office, no person (Central
            # Asian copy names bodies "under the President of the Republic", ds2-eurasia)
            return False
        if gap == ["of"] or (
            # "the Minister of Migration and Displacement": the office's second field after
            # "and", no person (session 7, Iraqi copy)
            gap in (["and"], ["&"])
            and name[0] is toks[j]
            and any(
                self.text[toks[q - 1].end : toks[q].start].split() == ["of"]
                for q in range(h + 1, j)
            )
        ):
            # "the Controller General of Accounts", "the Auditor General of Pakistan": an
            # office named after "of", no person after the title
            return False
        if j > 0:
            self._scan_known(toks[:j])
        self._emit_toks(name, "person")
        return True

    def _joined_by_and(self, a: _Tok, b: _Tok) -> bool:
        return self.text[a.end : b.start].strip() in ("&", "and")

    def _cued_person(self, toks: list[_Tok]) -> bool:
        """A name marked by its context: a role word before it, a verb of saying or an
        apposition after it."""
        lex = self.lex
        text = self.text
        words = [t.text for t in toks]
        if len(toks) > 5 or not all(_title_case(w) for w in words):
            return False
        if words[0] in lex.common or words[0] in lex.demonyms:
            return False
        if any(w in lex.heads or w in _PLACE_WORDS for w in words):
            return False
        if len(toks) > 2 and _norm(" ".join(words[1:])) in lex.org_names:
            return False  # "Kenya Red Cross said": a known body after its country (ds2-weather)
        if len(toks) > 2 and _norm(" ".join(words[-2:])) in lex.places:
            # "Horticulture New Zealand said", "Immigration New Zealand": a body named for its
            # country, whose two-word name no person's ends with (NZ copy, devset2 oceania)
            self._emit_toks(toks, "organisation")
            return True
        start, end = toks[0].start, toks[-1].end
        if _SPOKESPERSON_FOR_BEFORE.search(text, max(0, start - 24), start):
            return False  # "A spokesperson for Rápido Ya said": a body, whose name looks a person's
        after_say = _SAY_AFTER.match(text, end) is not None
        if after_say and _PLACE_OF_SPEAKER_BEFORE.search(text[max(0, start - 30) : start]):
            return False  # "Officials in Lucknow said": a place (labelled in ``finish``)
        if (
            after_say
            and len(toks) > 2
            and not any(self._is_org_token(w) for w in words)
            and (
                k := next(
                    (
                        q
                        for q in range(1, len(toks) - 1)
                        if text[toks[q].end : toks[q + 1].start].split() == ["of"]
                    ),
                    0,
                )
            )
            and all(text[toks[q].end : toks[q + 1].start].strip() == "" for q in range(k))
            and not _is_initial(text, toks[k + 1].start)
        ):
            # "Meena Kumari of Kishanganj said": a person and her home town, no one name
            self._emit_toks(toks[: k + 1], "person")
            self._emit_place(toks[k + 1 :])
            return True
        if len(toks) == 1 and _AGE_AFTER.match(text, end):
            word = words[0]
            if not (self._is_org_token(word) or _norm(word) in lex.places):
                self._emit_toks(toks, "person")  # "Zabihullah, 34, said"
                return True
        if len(toks) == 1:
            # One capitalised word is a person only before a verb of saying, and not at a
            # sentence start ("Officials said") nor a body's word ("the Prime Minister's
            # Office said": what is left of a possessive name), nor after "the" ("The
            # Conservatives claimed", "the Greens said": a party or a body, no surname).
            if (
                not after_say
                or _is_initial(text, start)
                or self._is_org_token(words[0])
                or text[max(0, start - 4) : start].lower() == "the "
            ):
                return False
            self._emit_toks(toks, "person")
            return True
        if words[-1] in _LAW_WORDS:
            # "Under the Asylum Act, an appeal ...": a law's name before a comma is no
            # person's, whatever cue follows (so "the Federal Office for Immigration and
            # Asylum" is not the "Asylum Act" by its word; German and Austrian copy, ds2-germany)
            return False
        before = text[max(0, start - 40) : start]
        cue = (
            after_say
            or _SAID_BEFORE.search(before) is not None
            or _lower_title_before(before, lex.lower_titles)
            or _APPOSITION.match(text, end) is not None
            or _REPORTING_FROM_AFTER.match(text, end) is not None
            or self._title_apposition(end)
            or _lower_role_apposition(text, end, lex.lower_titles)
            or (
                len(toks) > 1
                and text[end : end + 1] == ","
                and before.endswith(", ")
                and (tb := _TITLE_COMMA_BEFORE.search(before)) is not None
                and tb.group(1) in lex.heads
            )
        )
        if not cue:
            return False
        self._emit_toks(toks, "person")
        return True

    def _title_apposition(self, end: int) -> bool:
        """ "Layla Ahmadzai, Information Management Officer": a title after a comma."""
        m = _COMMA.match(self.text, end)
        if not m:
            return False
        nxt = _SEQ_RE.match(self.text, m.end())
        if not nxt:
            return False
        return any(w in self.lex.heads for w in nxt.group().split())

    def _scan_known(self, toks: list[_Tok]) -> bool:
        """Known places and organisations inside a longer run ("Humanitarian Response Plan
        for Sudan" holds "Sudan"); longest match first."""
        lex = self.lex
        n = len(toks)
        if (
            n > 2
            and toks[0].text in lex.demonyms
            and _norm(self._span_text(toks[1:])) in lex.org_names
        ):
            # a demonym before a known body's name of two words or more is the body's own:
            # "the Iraqi Civil Defence", as "the Lebanese Red Cross" (disaster copy,
            # ds2-weather); a country's name there stays a place the body's name holds
            self._emit_toks(toks, "organisation")
            return True
        i = 0
        hit = False
        while i < n:
            for size in range(min(lex.max_name_tokens, n - i), 0, -1):
                key = _norm(self._span_text(toks[i : i + size]))
                if key in lex.places:
                    if i + size >= n or toks[i + size].text not in _RULE_WORDS:
                        self._emit_place(toks[i : i + size])
                    if (
                        i == 0
                        and self.text.endswith((" in ", " in\u00a0"), 0, toks[0].start)
                        and 2 <= n - size <= 4
                        and all(_title_case(t.text) for t in toks[size:])
                        and _SAY_AFTER.match(self.text, toks[-1].end)
                    ):
                        # "UNHCR Representative in South Sudan Marie-Helene Verney said": a
                        # place, then the person who speaks (UN briefing copy, session 9)
                        self._emit_toks(toks[size:], "person")
                        return True
                    break  # "the Dublin Regulation": a rule named after a city, no place
                if key in lex.org_names:
                    self._emit_toks(toks[i : i + size], "organisation")
                    break
            else:
                size = 0
                if n > 1 and self._acronym_inside(toks[i]):
                    size = 1
            if size:
                hit = True
                i += size
            else:
                i += 1
        return hit

    def _acronym_inside(self, tok: _Tok) -> bool:
        word = tok.text
        if _is_acronym(word) and word.replace(".", "").upper() not in self.lex.not_acronyms:
            return self._acronym_org(tok)
        return False

    # ---- surnames and canonical names
    def finish(self) -> None:
        """Label what is left: a bare "Achakzai" or "Dr Chowdhury" when a fuller name ends
        with it; then an unknown name in a place's position ("crossed into Kestova", "the
        Varnel border post"). Surnames go first, so "a letter from Dostan" stays a person
        when "Mirela Dostan" is named."""
        full = [e for e in self.found if e.label == "person" and len(e.text.split()) >= 2]
        tails = {tuple(e.text.split()[-k:]) for e in full for k in (1, 2)}
        for toks in self.leftovers:
            words = [t.text for t in toks]
            bare, bare_words = toks, words
            while bare_words and bare_words[0].rstrip(".") in self.lex.strip_honorifics:
                bare, bare_words = bare[1:], bare_words[1:]
            if bare and len(bare) <= 2 and tuple(bare_words) in tails:
                self._emit_toks(bare, "person")
            elif self._in_place_position(toks):
                self._emit_toks(toks, "place")

    def _in_place_position(self, toks: list[_Tok]) -> bool:
        lex = self.lex
        words = [t.text for t in toks]
        if len(toks) > 3 or not all(_title_case(w) for w in words):
            return False
        if any(w in lex.common or w in lex.demonyms or w in lex.heads for w in words):
            return False
        if any(self._is_org_token(w) for w in words):
            return False
        if any(w in lex.strip_honorifics or w in lex.keep_honorifics for w in words):
            return False
        start, end = toks[0].start, toks[-1].end
        if _is_initial(self.text, start) or (
            _SAY_AFTER.match(self.text, end)
            and not _PLACE_OF_SPEAKER_BEFORE.search(self.text[max(0, start - 30) : start])
        ):
            return False
        before = self.text[max(0, start - 20) : start]
        return bool(_LOCATIVE_BEFORE.search(before) or _PLACE_NOUN_AFTER.match(self.text, end))


#: The last word of a law's or treaty's name ("the Residence Act", "the Dublin Regulation"):
#: a run ending in one names no person.
_LAW_WORDS = frozenset(
    ("Act", "Regulation", "Directive", "Convention", "Treaty", "Pact", "Decree", "Ordinance")
)


#: A role in lower case after a name's comma, up to "of"/"at"/"for": "Imogen Caddick, policy
#: director at the Refugee Council, said", "Jo Reyes, chief executive of ...".
_ROLE_APPOSITION = re.compile(r",[ \u00a0]((?:[a-z][a-z-]*[ \u00a0]){1,3})(?:of|at|for|with)\b")
_ROLE_CLOSING_APPOSITION = re.compile(
    r",[ \u00a0](?:[a-z][a-z-]*[ \u00a0]){0,2}(?:[A-Z][\w-]*[ \u00a0]){1,3}([a-z]+),"
)

_ROLE_POSSESSIVE_APPOSITION = re.compile(
    r",[ \u00a0](?:[A-Z][\w.&\-]*[ \u00a0]){0,3}[A-Z][\w.&\-]*['\u2019]s[ \u00a0]"
    r"((?:[a-z][a-z\-]*[ \u00a0]){0,2}[a-z][a-z\-]*)\b"
)


def _lower_role_apposition(text: str, end: int, lower_titles: frozenset[str]) -> bool:
    """A name's apposition is a role written in lower case (British and wire copy)."""
    if text[end : end + 1] != ",":
        return False
    m = _ROLE_APPOSITION.match(text, end)
    if m and any(w in lower_titles for w in m.group(1).split()):
        return True
    # "Hamidullah Fitrat, deputy Taliban spokesman, said": a role word closing the
    # apposition after a body's name (Afghan outlet copy, session 10)
    m = _ROLE_CLOSING_APPOSITION.match(text, end)
    if m and m.group(1) in lower_titles:
        return True
    # "Ruth Mendes-Lowe, UNHCR's head of archives, said": the role after a body's
    # possessive (agency and anniversary copy, ds2-history)
    m = _ROLE_POSSESSIVE_APPOSITION.match(text, end)
    return bool(m and any(w in lower_titles for w in m.group(1).split()))


#: A lower-case role, where its holder serves, then the name after a comma: "said the agency's
#: spokesperson in Beirut, Dalia Nasr" (wire and Middle Eastern copy, devset2 mideast).
_ROLE_IN_PLACE_BEFORE = re.compile(
    r"([a-z]+)[ \u00a0]in[ \u00a0](?:[A-Z][\w'’\-]*[ \u00a0]){0,2}[A-Z][\w'’\-]*,[ \u00a0]{1,3}$"
)


def _lower_title_before(before: str, lower_titles: frozenset[str]) -> bool:
    m = re.search(r"(\w+),?[ \u00a0]{1,3}$", before)
    if m and m.group(1) in lower_titles:
        return True
    if ", " not in before or " in " not in before:
        return False
    m = _ROLE_IN_PLACE_BEFORE.search(before)
    return bool(m and m.group(1) in lower_titles)


def _text_of(report_or_text: Report | str) -> str:
    if isinstance(report_or_text, Report):
        return report_or_text.text
    if isinstance(report_or_text, str):
        return report_or_text
    raise TypeError(f"expected a Report or str, not {type(report_or_text).__name__}")


def find_entities(report_or_text: Report | str) -> list[Entity]:
    """People, organisations and places in text order, without overlaps.

    Offsets point into ``Report.text`` (or the string given), so
    ``text[e.start:e.end] == e.text`` always holds.
    """
    text = _text_of(report_or_text)
    finder = _Finder(text)
    for toks in finder.runs():
        finder.label(toks)
    finder.finish()
    found = sorted(finder.found, key=lambda e: (e.start, -e.end))
    out: list[Entity] = []
    last_end = -1
    for e in found:
        if e.start >= last_end and e.end > e.start:
            out.append(e)
            last_end = e.end
    return out


def entities_frame(report_or_text: Report | str) -> pd.DataFrame:
    """:func:`find_entities` as a tidy, typed table (columns :data:`ENTITY_COLUMNS`)."""
    ents = find_entities(report_or_text)
    frame = pd.DataFrame(
        {
            "start": pd.array([e.start for e in ents], dtype="Int64"),
            "end": pd.array([e.end for e in ents], dtype="Int64"),
            "text": pd.array([e.text for e in ents], dtype="string"),
            "label": pd.Categorical([e.label for e in ents], categories=list(LABELS)),
        }
    )
    frame.index.name = "entity"
    return frame


def canonical_person(report_or_text: Report | str) -> dict[str, str]:
    """Each way a person is named in the report, mapped to the fullest name used.

    "Achakzai" and "Jan Achakzai" both map to "Jan Achakzai"; "Dr Chowdhury" (the form
    with its honorific, as written) and "Chowdhury" map to "Nasrin Akter Chowdhury". The
    fullest name is the one with most words that ends with the same words; the earliest
    wins a tie. Why: a figure's ``source`` should name one person one way.
    """
    text = _text_of(report_or_text)
    persons = [e for e in find_entities(text) if e.label == "person"]
    honorifics = _lexicon().strip_honorifics
    out: dict[str, str] = {}
    for e in persons:
        words = e.text.split()
        best = e.text
        for other in persons:
            ow = other.text.split()
            if len(ow) > len(best.split()) and ow[-len(words) :] == words:
                best = other.text
        out[e.text] = best
        m = re.search(r"(\w+)\.?[ \u00a0]{1,2}$", text[max(0, e.start - 12) : e.start])
        if m and m.group(1) in honorifics:
            out[f"{m.group(0).strip()} {e.text}".replace("\u00a0", " ")] = best
    return out
