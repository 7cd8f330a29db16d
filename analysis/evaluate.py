"""Score the figure extractor against hand-checked gold files.

The dev set (``tests/fixtures/devset``) pairs each report ``NN-slug.txt`` with
``NN-slug.gold.json`` (schema: that folder's README.md). This module answers two
questions an engineer iterating on the extractor asks after every change:

* does it find the figures? -- precision, recall and F1, where a predicted figure
  matches a gold figure when its span overlaps the gold text's span *and* the values
  agree (so "24,000" found inside "More than 24,000" counts, "24" does not);
* are the matched figures described right? -- the share of matched pairs whose bound,
  kind, head, low/high, part_of, source and counted agree with the gold.

Usage::

    python -m analysis.evaluate tests/fixtures/devset [--misses] [--json]

Exit status 0 after a run, 1 if the extractor raised on some report (the run still
scores the others, so nothing is lost), 2 if the gold folder cannot be used.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import ReportError
from .report import Report, load_report
from .schema import coerce_figures

__all__ = [
    "GoldError",
    "Evaluation",
    "evaluate",
    "score_report",
    "load_gold",
    "locate",
    "normalise_source",
    "source_agrees",
    "values_agree",
    "format_evaluation",
    "main",
]

#: Relative tolerance for value, low and high: the gold is written as JSON numbers, the
#: extractor computes floats ("1.7 lakh" -> 170000.00000000003 is the same figure).
REL_TOL = 1e-6

#: Per-pair fields whose agreement is reported, in the order the table prints them.
FIELDS = ("bound", "kind", "head", "low_high", "part_of", "source", "source_lenient", "counted")

Extractor = Callable[[Report], pd.DataFrame]


class GoldError(ReportError, ValueError):
    """The gold folder or one of its files cannot be used (message names the file)."""


# --------------------------------------------------------------------------- helpers


def values_agree(a, b) -> bool:
    """Numbers agree within :data:`REL_TOL`; two missing values (None/NA/NaN) agree too.

    Missing-agrees-with-missing is what the bounds need: an upper bound has no ``low``
    in the gold (null) and none in the table (``<NA>``).
    """
    a_na, b_na = _isna(a), _isna(b)
    if a_na or b_na:
        return a_na and b_na
    return math.isclose(float(a), float(b), rel_tol=REL_TOL, abs_tol=1e-9)


def _isna(x) -> bool:
    if x is None or x is pd.NA:
        return True
    try:
        return bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def _str_or_none(x) -> str | None:
    return None if _isna(x) else str(x)


def locate(text: str, needle: str, start: int = 0) -> tuple[int, int] | None:
    """First whole-token occurrence of ``needle`` in ``text`` at or after ``start``.

    The same rule as the dev set's ``check_gold.locate``: no letter or digit right
    before or after, so "14" is not found inside "144".
    """
    i = text.find(needle, start)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        end = i + len(needle)
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return i, end
        i = text.find(needle, i + 1)
    return None


_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00a0": " "})


def _norm_phrase(s: str | None) -> str | None:
    """Case-fold, straighten quotes and collapse spaces: the differences nobody means."""
    if s is None:
        return None
    return " ".join(s.translate(_APOS).casefold().split()) or None


def normalise_source(s: str | None) -> str | None:
    """A source as compared: case-folded, no leading "the", no possessive "'s", spaces collapsed.

    "The Khyber Pakhtunkhwa home department's" and "Khyber Pakhtunkhwa home department"
    name the same source; anything further apart is a different answer.
    """
    s = _norm_phrase(s)
    if s is None:
        return None
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^the\s+", "", s)
    return " ".join(s.split()) or None


def source_agrees(gold: str | None, pred: str | None, *, lenient: bool = False) -> bool:
    """Equal after :func:`normalise_source` (both null agrees).

    ``lenient`` also accepts a one-word answer equal to the other's last word, i.e. a
    surname for the full name ("Marwat" for "Javed Iqbal Marwat"); it is reported
    separately so the strict score keeps asking for the fullest name, as the gold does.
    """
    g, p = normalise_source(gold), normalise_source(pred)
    if g is None or p is None:
        return g is None and p is None
    if g == p:
        return True
    if lenient:
        gw, pw = g.split(), p.split()
        if (len(pw) == 1 and pw[0] == gw[-1]) or (len(gw) == 1 and gw[0] == pw[-1]):
            return True
    return False


# --------------------------------------------------------------------------- gold files

_TOP_KEYS = ("report", "date", "figures", "not_figures")
_FIG_KEYS = (
    "text",
    "value",
    "bound",
    "low",
    "high",
    "head",
    "counted",
    "kind",
    "part_of",
    "source",
)


def load_gold(path: str | Path) -> dict:
    """Read and shape-check one gold file; a :class:`GoldError` names the file otherwise."""
    p = Path(path)
    try:
        gold = json.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(p, f"cannot be read ({exc.strerror or exc})") from None
    except ValueError as exc:
        raise GoldError(p, f"is not valid JSON ({exc})") from None
    if not isinstance(gold, dict) or any(k not in gold for k in _TOP_KEYS):
        raise GoldError(p, f"must be a JSON object with keys {list(_TOP_KEYS)}")
    if not isinstance(gold["report"], str) or not isinstance(gold["figures"], list):
        raise GoldError(p, "'report' must be a file name and 'figures' a list")
    for i, f in enumerate(gold["figures"]):
        if not isinstance(f, dict) or any(k not in f for k in _FIG_KEYS):
            raise GoldError(p, f"figure {i} must be an object with keys {list(_FIG_KEYS)}")
        if not isinstance(f["text"], str) or not f["text"]:
            raise GoldError(p, f"figure {i}: 'text' must be a non-empty string")
    return gold


def _gold_rows(gold: dict, report: Report, gold_path: Path) -> list[dict]:
    """Gold figures located in ``report.text`` in listed order (offsets as the extractor's).

    Plain dicts, not a DataFrame: pandas would turn the gold's nulls into NaN floats.
    """
    rows = []
    cursor = 0
    for i, f in enumerate(gold["figures"]):
        loc = locate(report.text, f["text"], cursor)
        if loc is None:
            raise GoldError(
                gold_path, f"figure {i} {f['text']!r} not found in {gold['report']} (in order)"
            )
        cursor = loc[1]
        rows.append({"gold": i, "start": loc[0], "end": loc[1], **{k: f[k] for k in _FIG_KEYS}})
    return rows


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class ReportScore:
    """One report's counts and tables (internal building block of :class:`Evaluation`)."""

    report: str
    n_gold: int
    n_pred: int
    matches: pd.DataFrame
    misses: pd.DataFrame
    extras: pd.DataFrame
    date_ok: bool
    error: str | None = None


def _context(report: Report, start: int) -> str:
    if not report.sentences:
        return ""
    return report.sentences[report.sentence_index(start)].text


def score_report(
    report: Report,
    gold: dict,
    predicted: pd.DataFrame,
    *,
    name: str | None = None,
    gold_path: Path | None = None,
) -> ReportScore:
    """Match ``predicted`` (a figure table) against ``gold`` for one report.

    Matching is one-to-one and greedy in text order: each gold figure, in order, takes
    the first unused predicted figure (by start offset) whose span overlaps its own and
    whose value agrees. Pure: no files, no extractor.
    """
    name = name or report.name
    g = _gold_rows(gold, report, gold_path or Path(name))
    pred = coerce_figures(predicted.reset_index(drop=True))
    order = sorted(
        (
            i
            for i in range(len(pred))
            if not _isna(pred.at[i, "start"]) and not _isna(pred.at[i, "end"])
        ),
        key=lambda i: (int(pred.at[i, "start"]), i),
    )
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    missed: list[int] = []
    for gi in range(len(g)):
        gs, ge, gv = g[gi]["start"], g[gi]["end"], g[gi]["value"]
        for pi in order:
            if pi in used:
                continue
            ps, pe = int(pred.at[pi, "start"]), int(pred.at[pi, "end"])
            if ps < ge and gs < pe and values_agree(gv, pred.at[pi, "value"]):
                used.add(pi)
                pairs.append((gi, pi))
                break
        else:
            missed.append(gi)
    gold_of_pred = {pi: gi for gi, pi in pairs}

    rows = []
    for gi, pi in pairs:
        gf, pf = g[gi], pred.loc[pi]
        whole = pf["part_of"]
        pred_whole_text = None
        whole_ok = _isna(gf["part_of"]) and _isna(whole)
        if not _isna(whole) and 0 <= int(whole) < len(pred):
            wi = int(whole)
            pred_whole_text = _str_or_none(pred.at[wi, "text"])
            if not _isna(gf["part_of"]):
                # Agree when the whole's text is the gold text, or when the whole is the
                # predicted figure matched to a gold figure with that text (the extractor
                # may have left a qualifier out of the whole's span).
                matched_gold = gold_of_pred.get(wi)
                whole_ok = pred_whole_text == gf["part_of"] or (
                    matched_gold is not None and g[matched_gold]["text"] == gf["part_of"]
                )
        p_bound, p_kind = _str_or_none(pf["bound"]), _str_or_none(pf["kind"])
        p_head, g_head = _norm_phrase(_str_or_none(pf["head"])), _norm_phrase(gf["head"])
        p_src = _str_or_none(pf["source"])
        rows.append(
            {
                "report": name,
                "gold": gi,
                "figure": pi,
                "start": gf["start"],
                "end": gf["end"],
                "gold_text": gf["text"],
                "pred_text": _str_or_none(pf["text"]),
                "value": float(gf["value"]),
                "gold_bound": gf["bound"],
                "pred_bound": p_bound,
                "bound_ok": p_bound == gf["bound"],
                "gold_kind": gf["kind"],
                "pred_kind": p_kind,
                "kind_ok": p_kind == gf["kind"],
                "gold_head": gf["head"],
                "pred_head": _str_or_none(pf["head"]),
                "head_ok": p_head == g_head,
                "gold_low": gf["low"],
                "gold_high": gf["high"],
                "pred_low": None if _isna(pf["low"]) else float(pf["low"]),
                "pred_high": None if _isna(pf["high"]) else float(pf["high"]),
                "low_high_ok": values_agree(gf["low"], pf["low"])
                and values_agree(gf["high"], pf["high"]),
                "gold_part_of": gf["part_of"],
                "pred_part_of": pred_whole_text,
                "part_of_ok": bool(whole_ok),
                "gold_source": gf["source"],
                "pred_source": p_src,
                "source_ok": source_agrees(gf["source"], p_src),
                "source_lenient_ok": source_agrees(gf["source"], p_src, lenient=True),
                "gold_counted": gf["counted"],
                "pred_counted": _str_or_none(pf["counted"]),
                "counted_ok": _norm_phrase(gf["counted"])
                == _norm_phrase(_str_or_none(pf["counted"])),
            }
        )
    matches = pd.DataFrame(rows, columns=_MATCH_COLUMNS)
    misses = pd.DataFrame(
        [
            {
                "report": name,
                "gold": gi,
                "start": g[gi]["start"],
                "end": g[gi]["end"],
                "text": g[gi]["text"],
                "value": float(g[gi]["value"]),
                "context": _context(report, g[gi]["start"]),
            }
            for gi in missed
        ],
        columns=_MISS_COLUMNS,
    )
    extras = pd.DataFrame(
        [
            {
                "report": name,
                "figure": pi,
                "start": None if _isna(pred.at[pi, "start"]) else int(pred.at[pi, "start"]),
                "end": None if _isna(pred.at[pi, "end"]) else int(pred.at[pi, "end"]),
                "text": _str_or_none(pred.at[pi, "text"]),
                "value": None if _isna(pred.at[pi, "value"]) else float(pred.at[pi, "value"]),
                "context": ""
                if _isna(pred.at[pi, "start"])
                else _context(report, int(pred.at[pi, "start"])),
            }
            for pi in range(len(pred))
            if pi not in used
        ],
        columns=_EXTRA_COLUMNS,
    )
    gold_date = gold.get("date")
    pred_date = report.date.isoformat() if report.date else None
    return ReportScore(
        report=name,
        n_gold=len(g),
        n_pred=len(pred),
        matches=matches,
        misses=misses,
        extras=extras,
        date_ok=gold_date == pred_date,
    )


_MATCH_COLUMNS = [
    "report", "gold", "figure", "start", "end", "gold_text", "pred_text", "value",
    "gold_bound", "pred_bound", "bound_ok", "gold_kind", "pred_kind", "kind_ok",
    "gold_head", "pred_head", "head_ok", "gold_low", "gold_high", "pred_low", "pred_high",
    "low_high_ok", "gold_part_of", "pred_part_of", "part_of_ok", "gold_source", "pred_source",
    "source_ok", "source_lenient_ok", "gold_counted", "pred_counted", "counted_ok",
]  # fmt: skip
_MISS_COLUMNS = ["report", "gold", "start", "end", "text", "value", "context"]
_EXTRA_COLUMNS = ["report", "figure", "start", "end", "text", "value", "context"]


def _prf(matched: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty side scores 1.0 only when the other is empty too."""
    p = matched / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    r = matched / n_gold if n_gold else (1.0 if n_pred == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass(frozen=True)
class Evaluation:
    """The result of :func:`evaluate`: totals, per-report scores and the pair tables.

    ``accuracy[field]`` is the share of matched pairs on which ``field`` agrees (NaN when
    nothing matched); ``errors`` maps a report to the exception its extraction raised.
    """

    gold_dir: Path
    n_gold: int
    n_pred: int
    n_matched: int
    precision: float
    recall: float
    f1: float
    accuracy: dict[str, float]
    date_accuracy: float
    per_report: pd.DataFrame
    matches: pd.DataFrame
    misses: pd.DataFrame
    extras: pd.DataFrame
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def summary(self) -> dict:
        """Plain numbers for assertions and ``--json``."""
        return {
            "reports": len(self.per_report),
            "gold": self.n_gold,
            "predicted": self.n_pred,
            "matched": self.n_matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            **{k: self.accuracy[k] for k in FIELDS},
            "date": self.date_accuracy,
            "errors": dict(self.errors),
        }


def _combine(gold_dir: Path, scores: Sequence[ReportScore], errors: dict[str, str]) -> Evaluation:
    per = []
    for s in scores:
        p, r, f = _prf(len(s.matches), s.n_gold, s.n_pred)
        per.append(
            {
                "report": s.report,
                "gold": s.n_gold,
                "predicted": s.n_pred,
                "matched": len(s.matches),
                "precision": p,
                "recall": r,
                "f1": f,
                "date_ok": s.date_ok,
            }
        )
    per_report = pd.DataFrame(
        per,
        columns=["report", "gold", "predicted", "matched", "precision", "recall", "f1", "date_ok"],
    )

    def cat(frames: list[pd.DataFrame], cols: list[str]) -> pd.DataFrame:
        frames = [f for f in frames if len(f)]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=cols)

    matches = cat([s.matches for s in scores], _MATCH_COLUMNS)
    misses = cat([s.misses for s in scores], _MISS_COLUMNS)
    extras = cat([s.extras for s in scores], _EXTRA_COLUMNS)
    n_gold = int(per_report["gold"].sum()) if len(per_report) else 0
    n_pred = int(per_report["predicted"].sum()) if len(per_report) else 0
    n_matched = len(matches)
    p, r, f = _prf(n_matched, n_gold, n_pred)
    accuracy = {
        k: float(matches[f"{k}_ok"].astype(bool).mean()) if n_matched else float("nan")
        for k in FIELDS
    }
    date_acc = float(per_report["date_ok"].mean()) if len(per_report) else float("nan")
    return Evaluation(
        gold_dir=gold_dir,
        n_gold=n_gold,
        n_pred=n_pred,
        n_matched=n_matched,
        precision=p,
        recall=r,
        f1=f,
        accuracy=accuracy,
        date_accuracy=date_acc,
        per_report=per_report,
        matches=matches,
        misses=misses,
        extras=extras,
        errors=errors,
    )


def evaluate(gold_dir: str | Path, *, extractor: Extractor | None = None) -> Evaluation:
    """Run ``extractor`` (default: :func:`analysis.extract_figures`) on each gold report; score it.

    Every ``*.gold.json`` in ``gold_dir`` names its report (``"report"``, next to it).
    A gold folder that cannot be used raises :class:`GoldError`; an extractor that raises
    on one report is recorded in ``Evaluation.errors`` (that report scores as no figures
    predicted) so one bad rule does not hide the scores of the rest.
    """
    d = Path(gold_dir)
    if not d.exists():
        raise GoldError(d, "no such folder")
    if not d.is_dir():
        raise GoldError(d, "is not a folder")
    gold_paths = sorted(d.glob("*.gold.json"))
    if not gold_paths:
        raise GoldError(d, "holds no *.gold.json files")
    if extractor is None:
        from .figures import extract_figures as extractor  # late: pick up the current extractor
    scores: list[ReportScore] = []
    errors: dict[str, str] = {}
    for gp in gold_paths:
        gold = load_gold(gp)
        rp = gp.with_name(gold["report"])
        if not rp.is_file():
            raise GoldError(gp, f"its report {gold['report']!r} is not in {d}")
        report = load_report(rp)
        try:
            predicted = extractor(report)
        except Exception as exc:  # noqa: BLE001 -- recorded, reported, exit status 1
            errors[rp.name] = f"{type(exc).__name__}: {exc}"
            from .schema import empty_figures

            predicted = empty_figures()
        scores.append(score_report(report, gold, predicted, name=rp.name, gold_path=gp))
    return _combine(d, scores, errors)


# --------------------------------------------------------------------------- command line


def _pct(x: float) -> str:
    return "  n/a" if math.isnan(x) else f"{x:5.3f}"


def _num(x) -> str:
    return "null" if _isna(x) else f"{float(x):g}"


def _jsonable(x):
    """NaN is not JSON: missing numbers become null."""
    if isinstance(x, dict):
        return {k: _jsonable(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_jsonable(v) for v in x]
    if isinstance(x, float) and math.isnan(x):
        return None
    return x


def format_evaluation(ev: Evaluation, *, misses: bool = False) -> str:
    """The printed report: per-report P/R/F1 and totals, field accuracies, misses and extras."""
    out: list[str] = []
    w = max([len("report"), *(len(r) for r in ev.per_report["report"])])
    out.append(f"{'report':<{w}}  gold  pred match      P      R     F1  date")
    for row in ev.per_report.itertuples(index=False):
        out.append(
            f"{row.report:<{w}}  {row.gold:4d}  {row.predicted:4d}  {row.matched:4d}  "
            f"{_pct(row.precision)}  {_pct(row.recall)}  {_pct(row.f1)}  "
            f"{'ok' if row.date_ok else 'WRONG'}"
        )
    out.append(
        f"{'TOTAL':<{w}}  {ev.n_gold:4d}  {ev.n_pred:4d}  {ev.n_matched:4d}  "
        f"{_pct(ev.precision)}  {_pct(ev.recall)}  {_pct(ev.f1)}  {_pct(ev.date_accuracy)}"
    )
    out.append("")
    out.append(f"field accuracy over {ev.n_matched} matched figures:")
    for k in FIELDS:
        n_ok = int(ev.matches[f"{k}_ok"].astype(bool).sum()) if ev.n_matched else 0
        label = "source (lenient: surname ok)" if k == "source_lenient" else k
        out.append(f"  {label:<29} {_pct(ev.accuracy[k])}  ({n_ok}/{ev.n_matched})")
    out.append(f"  {'date (per report)':<29} {_pct(ev.date_accuracy)}")
    if ev.errors:
        out.append("")
        out.append("EXTRACTOR ERRORS:")
        out.extend(f"  {r}: {e}" for r, e in ev.errors.items())
    out.append("")
    out.append(f"misses (gold not found): {len(ev.misses)}; extras (not in gold): {len(ev.extras)}")
    for rep in ev.per_report["report"]:
        m = ev.misses[ev.misses["report"] == rep]
        x = ev.extras[ev.extras["report"] == rep]
        if not len(m) and not len(x):
            continue
        if misses:
            out.append(f"  {rep}")
            for r in m.itertuples(index=False):
                out.append(f"    MISS  {r.text!r}  in: {r.context}")
            for r in x.itertuples(index=False):
                out.append(f"    EXTRA {r.text!r} ({r.value:g})  in: {r.context}")
        else:
            ms = ", ".join(repr(t) for t in m["text"])
            xs = ", ".join(repr(t) for t in x["text"])
            out.append(f"  {rep}: miss [{ms}] extra [{xs}]")
    if misses and ev.n_matched:
        wrong = ev.matches[~ev.matches[[f"{k}_ok" for k in FIELDS]].all(axis=1)]
        if len(wrong):
            out.append("")
            out.append("matched figures with a field wrong (gold -> predicted):")
            for r in wrong.itertuples(index=False):
                bad = [
                    f"{k}: {getattr(r, 'gold_' + k)!r} -> {getattr(r, 'pred_' + k)!r}"
                    for k in ("bound", "kind", "head", "part_of", "source", "counted")
                    if not getattr(r, f"{k}_ok")
                ]
                if not r.low_high_ok:
                    lh = [_num(x) for x in (r.gold_low, r.gold_high, r.pred_low, r.pred_high)]
                    bad.append(f"low/high: {lh[0]}/{lh[1]} -> {lh[2]}/{lh[3]}")
                if bad:
                    out.append(f"  {r.report} {r.gold_text!r}: " + "; ".join(bad))
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m analysis.evaluate",
        description="Score analysis.extract_figures against a folder of *.gold.json files.",
    )
    ap.add_argument("gold_dir", type=Path, help="folder with NN-slug.txt and NN-slug.gold.json")
    ap.add_argument("--misses", action="store_true", help="list every miss, extra and wrong field")
    ap.add_argument(
        "--json", action="store_true", help="print the summary and per-report scores as JSON"
    )
    args = ap.parse_args(argv)
    try:
        ev = evaluate(args.gold_dir)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        payload = {
            "summary": ev.summary,
            "per_report": ev.per_report.to_dict(orient="records"),
            "misses": ev.misses.drop(columns="context").to_dict(orient="records"),
            "extras": ev.extras.drop(columns="context").to_dict(orient="records"),
        }
        print(json.dumps(_jsonable(payload), indent=1, default=str))
    else:
        print(format_evaluation(ev, misses=args.misses))
    return 1 if ev.errors else 0


if __name__ == "__main__":
    sys.exit(main())
