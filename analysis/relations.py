"""Relations between a report's figures, computed from the figure table.

A report rarely says "58%"; it says "of 24 suicide attacks, 14 had the involvement of
Afghan nationals" and leaves the share to the reader. It also sets figures side by side
without comparing them: "over 340,000 have left" in a paragraph after "up to 1 million"
are to be expelled. :func:`relate_figures` does that arithmetic from the table, so a
notebook never types a number and the share changes when the extractor's reading does.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["RELATIONS", "RELATION_COLUMNS", "CATEGORY_FAMILIES", "relate_figures", "format_share"]

#: Why two figures are set side by side, strongest first.
#: ``part_of``: the text says one is a subset of the other ("of 24 attacks, 14 ...").
#: ``same_head``: both count the same head noun ("migrants"), so one can be read against
#: the other. ``same_category``: different nouns in the same category of the taxonomy, or
#: in categories of one family (a target of expulsions against the people already gone).
RELATIONS = ("part_of", "same_head", "same_category")

#: Categories (``analysis/data/categories.csv``) that describe one movement seen from two
#: sides. A report on a deportation drive counts people "deported" and people who "left"
#: as one outflow ("have voluntarily left or been deported"), and sets both against the
#: expulsion target; comparing them is the point of the report. A category not listed is
#: its own family.
CATEGORY_FAMILIES: dict[str, str] = {
    "deported or expelled": "departures",
    "returned or left": "departures",
    # a stated aim ("aims to expel up to 1 million") is measured against what has happened
    "target or plan": "departures",
}

RELATION_COLUMNS: dict[str, object] = {
    "figure": "Int64",
    "other": "Int64",
    "relation": pd.CategoricalDtype(RELATIONS),
    "text": "string",
    "other_text": "string",
    "counted": "string",
    "other_counted": "string",
    "share": "Float64",
    "exact": "boolean",
    "statement": "string",
}


def format_share(share: float) -> str:
    """A share as an analyst writes it: 58%, 3.4%, 0.59%."""
    pct = share * 100
    if pct >= 9.5:
        return f"{pct:.0f}%"
    if pct >= 0.95:
        return f"{pct:.1f}%"
    return f"{pct:.2g}%"


def _str(value) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    text = str(value).strip()
    return text.casefold() if text else None


def relate_figures(figures: pd.DataFrame) -> pd.DataFrame:
    """One row per pair of related figures, with the share the smaller is of the larger.

    ``figure`` is the part (or the smaller figure), ``other`` the whole (or the larger), both
    as ids of ``figures`` (its index). ``share`` is ``value / other value``. ``exact`` is
    false when either figure is a bound or an approximation, in which case the share is as
    rough as the figures: "over 340,000" of "up to 1 million" is *at least* 34%.

    Pairs come from three rules, each pair reported once under the strongest rule:

    - ``part_of``: every figure whose ``part_of`` names another row (the share of a whole);
    - ``same_head``: two counts (or two sums of money) with the same ``head`` noun and the
      same category family (or neither categorised);
    - ``same_category``: two counts with different heads in the same ``category`` or in
      categories of one family (:data:`CATEGORY_FAMILIES`).

    Only positive values of matching kind and unit are related: a percentage of a head
    count, or rupees against dollars, is no share at all.
    """
    out: list[dict] = []
    seen: set[frozenset] = set()
    ids = list(figures.index)
    value = pd.to_numeric(figures["value"], errors="coerce")
    kind = figures["kind"].astype("string") if "kind" in figures else pd.Series(pd.NA, index=ids)

    def usable(i) -> bool:
        v = value.loc[i]
        return bool(pd.notna(v) and v > 0)

    def comparable(i, j) -> bool:
        return (
            usable(i)
            and usable(j)
            and _str(kind.loc[i]) == _str(kind.loc[j])
            and _str(figures.at[i, "unit"]) == _str(figures.at[j, "unit"])
        )

    def add(part, whole, relation: str) -> None:
        key = frozenset((part, whole))
        if part == whole or key in seen or not comparable(part, whole):
            return
        seen.add(key)
        share = float(value.loc[part]) / float(value.loc[whole])
        bound_p, bound_w = str(figures.at[part, "bound"]), str(figures.at[whole, "bound"])
        text_p, text_w = str(figures.at[part, "text"]), str(figures.at[whole, "text"])
        what_p, what_w = _label(figures, part), _label(figures, whole)
        if relation == "part_of":
            statement = f"{text_p} of {text_w} {what_w} = {format_share(share)}"
        else:
            statement = f"{text_p} {what_p} is {format_share(share)} of {text_w} {what_w}"
        out.append(
            {
                "figure": part,
                "other": whole,
                "relation": relation,
                "text": text_p,
                "other_text": text_w,
                "counted": what_p,
                "other_counted": what_w,
                "share": share,
                "exact": bound_p == "exact" and bound_w == "exact",
                "statement": statement.replace("  ", " ").strip(),
            }
        )

    if "part_of" in figures:
        for i in ids:
            whole = figures.at[i, "part_of"]
            if not pd.isna(whole) and whole in value.index:
                add(i, int(whole), "part_of")

    def family(i) -> str | None:
        return _key(figures.at[i, "category"], "category") if "category" in figures else None

    for a_pos, a in enumerate(ids):
        for b in ids[a_pos + 1 :]:
            if not comparable(a, b) or _str(kind.loc[a]) not in _COMPARED_KINDS:
                continue
            head_a = _str(figures.at[a, "head"]) if "head" in figures else None
            same_head = head_a is not None and head_a == _str(figures.at[b, "head"])
            # One head noun is not enough: "people" who crossed and "people" displaced are
            # different populations. Same head needs the same category family too (or
            # neither categorised); different heads need a shared family and counts.
            if same_head and family(a) == family(b):
                rule = "same_head"
            elif family(a) is not None and family(a) == family(b) and _str(kind.loc[a]) == "count":
                rule = "same_category"
            else:
                continue
            small, large = (a, b) if value.loc[a] <= value.loc[b] else (b, a)
            add(small, large, rule)

    table = pd.DataFrame(out, columns=list(RELATION_COLUMNS))
    for column, dtype in RELATION_COLUMNS.items():
        table[column] = table[column].astype(dtype)
    table.index = pd.RangeIndex(len(table), name="pair")
    return table


def _key(value, column: str) -> str | None:
    key = _str(value)
    if column == "category" and key is not None:
        return _FAMILIES.get(key, key)
    return key


_FAMILIES = {k.casefold(): v for k, v in CATEGORY_FAMILIES.items()}
# Kinds compared side by side. Two percentages or two durations of the same noun are not a
# part and a whole ("10 days" of stock against "30 days" to register means nothing).
_COMPARED_KINDS = ("count", "money")


def _label(figures: pd.DataFrame, i) -> str:
    # For money and durations the head is the currency or the time unit, already in the text.
    columns = (
        ("counted", "head") if _str(figures.at[i, "kind"]) in ("count", None) else ("counted",)
    )
    for column in columns:
        if column in figures:
            v = figures.at[i, column]
            if v is not None and v is not pd.NA and str(v).strip():
                return str(v)
    return ""
