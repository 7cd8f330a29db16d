"""Are analysis.timeref and analysis.entities linear in the length of the text?

    .venv/bin/python benchmarks/timeref_entities.py [--mb 1]

Both modules are piles of regular expressions plus a little Python per match. A pattern
with nested unbounded quantifiers could make a hostile page take quadratic time, so this
script times ``find_time_refs`` and ``find_entities`` on ordinary report text (the dev
set, joined and repeated) at a quarter, half and the whole of ``--mb`` MB, and on the same
amount of text built to stress each module: digit runs, dash chains, month names,
capitalised words with connectors, possessives. It prints seconds and MB/s; seconds that
double with the size mean linear. Prints figures only; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import time
from collections.abc import Callable

from analysis.entities import find_entities
from analysis.paths import PROJECT_ROOT
from analysis.timeref import find_time_refs

DEVSET = PROJECT_ROOT / "tests" / "fixtures" / "devset"
MB = 1_000_000
REPORT_DATE = dt.date(2023, 11, 23)

HOSTILE: dict[str, str] = {
    "digit runs": "1 2 3 4 5 6 7 8 9 ",
    "dash chains": "1–2–3–4–5-6-7 ",
    "months and days": "January 3 February 4 March May June ",
    "relative words": "the start of the end of the last week of this year so far ",
    "capitalised runs": "Aa Bb of the Cc and Dd ",
    "possessives": "X's Y's Z's ",
    "acronyms": "AB CD EF U.N. ",
}


def _fill(seed: str, size: int) -> str:
    return (seed * (size // max(1, len(seed)) + 1))[:size]


def _time(fn: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    fn(text)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the largest text in MB")
    args = parser.parse_args(argv)
    size = int(args.mb * MB)
    ordinary = "\n".join(p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("*.txt")))
    funcs: dict[str, Callable[[str], object]] = {
        "find_time_refs": lambda t: find_time_refs(t, REPORT_DATE),
        "find_entities": find_entities,
    }
    print(f"python {platform.python_version()}, {platform.machine()}")
    print(f"{'text':<22}{'MB':>6}  " + "  ".join(f"{name:>24}" for name in funcs))
    rows = [(f"dev set x{k}", _fill(ordinary, size * k // 4)) for k in (1, 2, 4)]
    rows += [(name, _fill(seed, size)) for name, seed in HOSTILE.items()]
    for label, text in rows:
        cells = []
        for fn in funcs.values():
            secs = _time(fn, text)
            cells.append(f"{secs:8.2f} s {len(text) / MB / max(secs, 1e-9):8.2f} MB/s")
        print(f"{label:<22}{len(text) / MB:>6.2f}  " + "  ".join(f"{c:>24}" for c in cells))


if __name__ == "__main__":
    main()
