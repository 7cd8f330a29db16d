"""Scores on the second dev set, ``tests/fixtures/devset2``: reports written with their gold
before the extractor was first run on them.

Why a second set: the first dev set scores 1.000 on every field, so it can no longer tell
whether a rule generalises. Each report of the second set was written, with its gold
figures, by someone who had not seen what the extractor does with it; the score the
extractor first got on it is kept in the docstring of the test module that owns it (the
"blind" score, the best estimate of how it does on reports nobody on the team sees). The
floors in those modules are where the extractor stood when the batch was last scored, so
a regression fails and an improvement can raise them.

The gold files follow the schema of ``tests/fixtures/devset/README.md`` and pass the dev
set's own checker with more currencies (``tests/fixtures/devset2/check_gold.py``).
"""

from __future__ import annotations

import functools
import math
from pathlib import Path

from analysis.evaluate import FIELDS, Evaluation, evaluate

FOLDER = Path(__file__).parent / "fixtures" / "devset2"
CHECKED = ("f1", "bound", "kind", "head", "low_high", "part_of", "source")


@functools.cache
def evaluation() -> Evaluation:
    """The whole second set, scored once per test session."""
    return evaluate(FOLDER)


def report_scores(name: str) -> dict[str, float]:
    """F1 and the field accuracies over one report's matched figures."""
    ev = evaluation()
    per = ev.per_report[ev.per_report["report"] == name]
    assert len(per) == 1, f"{name} is not in {FOLDER} (or has no gold file)"
    out = {k: float(per.iloc[0][k]) for k in ("precision", "recall", "f1")}
    m = ev.matches[ev.matches["report"] == name] if len(ev.matches) else ev.matches
    for k in FIELDS:
        out[k] = float(m[f"{k}_ok"].astype(bool).mean()) if len(m) else math.nan
    return out


def assert_floors(name: str, floors: dict[str, float]) -> None:
    """Every score named in ``floors`` is at or above its floor for report ``name``."""
    assert evaluation().errors == {}, evaluation().errors
    got = report_scores(name)
    low = {k: (round(got[k], 3), v) for k, v in floors.items() if not got[k] >= v - 1e-9}
    assert not low, (
        f"{name}: score below floor (got, floor) {low}; see `python -m analysis.evaluate "
        f"tests/fixtures/devset2 --misses`"
    )
