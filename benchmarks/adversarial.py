"""How much slower is extract_figures on hostile text than on ordinary reports?

    .venv/bin/python benchmarks/adversarial.py [--mb 1] [--timeout 60] [--only CASE ...]

A rule-based extractor is a pile of regular expressions, and a regular expression with
nested or adjacent quantifiers can take quadratic or exponential time on text built to
defeat it. A report is a few kB, but a batch run meets scraped pages, broken exports and
the odd hostile file; one of them must not stall a run for hours. This script times
``extract_figures(text)`` (which builds the Report: header, paragraphs, sentences, then
extracts) on ``--mb`` MB of ordinary report text (the dev-set reports, or the seed report,
joined and repeated) and on the same amount of each worst case, and prints seconds, MB/s
and the ratio of the seconds per MB to the ordinary text's. A ratio over 3 is flagged.

Each case runs in a child process, first on 1/64 of the size, doubling while the growth so
far says the next step fits in ``--timeout`` seconds; a step that runs past it is killed.
When the full size was not reached, its time is estimated from the growth between the last
two sizes measured (marked "est.", with the growth exponent: 1 is linear, 2 quadratic;
quadratic is assumed when there is only one size). The "build" column is the part spent in
``Report.from_text`` (sentence splitting and header), so a slow case can be pinned on the
report model or on the extractor. The machine is shared, so ratios near 3 are noisy.
Prints figures only; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing as mp
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

from analysis import Report, extract_figures, load_report
from analysis.paths import DEFAULT_REPORT, PROJECT_ROOT

DEVSET = PROJECT_ROOT / "tests" / "fixtures" / "devset"
MB = 1_000_000
FLAG_RATIO = 3.0


def ordinary_text(folder: Path = DEVSET) -> str:
    """The dev-set report bodies (or the seed, if the dev set is absent), blank-line joined."""
    paths = sorted(folder.glob("*.txt")) or [DEFAULT_REPORT]
    return "\n\n".join(load_report(p).text.strip() for p in paths) + "\n\n"


def repeat_to(unit: str, nbytes: int) -> str:
    """``unit`` repeated until the UTF-8 text holds at least ``nbytes`` bytes."""
    per = len(unit.encode("utf-8"))
    return unit * max(1, math.ceil(nbytes / per))


def cases(ordinary: str) -> dict[str, tuple[Callable[[int], str], float]]:
    """Case name -> (text of about n bytes, size factor relative to --mb)."""
    no_spaces = "".join(ordinary.split())
    qualifiers = "up to over nearly about more than at least almost around some an estimated "
    return {
        "ordinary reports": (lambda n: repeat_to(ordinary, n), 1),
        "digits, one run": (lambda n: repeat_to("1234567890", n), 1),
        "digit runs of 20": (lambda n: repeat_to("12345678901234567890 ", n), 1),
        '"1," repeated': (lambda n: repeat_to("1,", n), 1),
        '"1 " repeated': (lambda n: repeat_to("1 ", n), 1),
        '"1." repeated': (lambda n: repeat_to("1.", n), 1),
        '"1-" repeated': (lambda n: repeat_to("1-", n), 1),
        '"one hundred and "': (lambda n: repeat_to("one hundred and ", n), 1),
        "chained qualifiers": (lambda n: repeat_to(qualifiers, n), 1),
        '". " repeated': (lambda n: repeat_to(". ", n), 1),
        '"." repeated': (lambda n: repeat_to(".", n), 1),
        "line without spaces": (lambda n: repeat_to(no_spaces, n), 2),
        '"million " chain': (lambda n: repeat_to("million ", n), 1),
        '"Rs " repeated': (lambda n: repeat_to("Rs ", n), 1),
        '"between 1 and "': (lambda n: repeat_to("between 1 and ", n), 1),
        "dense figures": (lambda n: repeat_to("Over 1,000 people left. ", n), 1),
    }


def _measure(build: Callable[[int], str], nbytes: int, conn) -> None:
    """Child process: time Report.from_text and extract_figures on ``build(nbytes)``."""
    text = build(nbytes)
    size = len(text.encode("utf-8"))
    t0 = time.perf_counter()
    report = Report.from_text(text)
    t1 = time.perf_counter()
    rows = len(extract_figures(report))
    t2 = time.perf_counter()
    conn.send((size, t1 - t0, t2 - t1, rows))
    conn.close()


def run_one(build, nbytes: int, timeout: float):
    """(bytes, build s, extract s, rows) or None when the child ran past ``timeout``."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_measure, args=(build, nbytes, child), daemon=True)
    proc.start()
    child.close()
    ready = parent.poll(timeout)
    result = parent.recv() if ready else None
    if proc.is_alive():
        proc.kill()
    proc.join()
    if ready is False or result is None:
        return None
    return result


def measure_case(build, target: int, timeout: float):
    """Time the case on growing sizes up to ``target`` bytes within the time budget.

    Returns (bytes, build s, total s, rows, estimated?, growth exponent or None).
    """
    points = []  # (bytes, build s, total s, rows)
    n = max(1, target // 64)
    timed_out = False
    while True:
        got = run_one(build, n, timeout)
        if got is None and not points and n > 2_000:
            n = max(2_000, n // 8)  # not even the first size finished: go smaller
            continue
        if got is None:
            timed_out = True
            break
        size, t_build, t_extract, rows = got
        points.append((size, t_build, t_build + t_extract, rows))
        if n >= target:
            break
        # Do not start a step that the growth so far says cannot finish in time.
        if len(points) >= 2 and points[-2][2] > 0.05:
            k = max(1.0, math.log(points[-1][2] / points[-2][2], 2))
            if points[-1][2] * 2**k > timeout:
                break
        n = min(target, n * 2)
    growth = None
    if len(points) >= 2:
        (s0, _, a, _), (s1, _, b, _) = points[-2], points[-1]
        if a > 0.005 and b > 0 and s1 > s0:
            growth = math.log(b / a) / math.log(s1 / s0)
    if not points:
        return None, None, None, None, True, None
    size, t_build, total, rows = points[-1]
    if size >= target:
        return size, t_build, total, rows, False, growth
    k = growth if growth is not None and growth > 1 else 2.0  # no growth known: quadratic
    scale = (target / size) ** k
    est = total * scale
    if timed_out:  # the next step took more than ``timeout``: the estimate is at least that
        est = max(est, timeout * (target / (2 * size)) ** k)
    return target, t_build * scale, est, rows, True, growth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="MB of text per case (default 1)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per step (default 60)")
    ap.add_argument("--only", nargs="*", help="run only cases whose name holds one of these")
    args = ap.parse_args(argv)

    ordinary = ordinary_text()
    table = cases(ordinary)
    print(f"python {platform.python_version()} on {platform.machine()}, {mp.cpu_count()} CPUs")
    print(f"ordinary text: {len(ordinary.encode()):,} bytes of reports, repeated; ")
    print(
        f"ratio = (seconds per MB) / (seconds per MB of ordinary text); > {FLAG_RATIO:g}x flagged"
    )
    print()
    head = f"{'case':<22} {'MB':>5} {'build s':>9} {'seconds':>9} {'MB/s':>9} {'ratio':>8}  rows"
    print(head)
    print("-" * len(head) + "-------------")
    base_spm = None
    flagged = []
    for name, (build, factor) in table.items():
        if args.only and name != "ordinary reports" and not any(o in name for o in args.only):
            continue
        target = int(args.mb * factor * MB)
        size, t_build, total, rows, est, growth = measure_case(build, target, args.timeout)
        if size is None:
            print(f"{name:<22} {'':>5} {'':>9} {'> ' + str(args.timeout):>9}  (no step finished)")
            flagged.append((name, math.inf))
            continue
        mb = size / MB
        spm = total / mb
        if base_spm is None:
            base_spm = spm
        ratio = spm / base_spm
        mark = ""
        if ratio > FLAG_RATIO:
            mark = "  <-- over 3x"
            flagged.append((name, ratio))
        note = ""
        if est:
            note = " est." + (f" (growth n^{growth:.1f})" if growth else "")
        elif growth is not None and growth > 1.3:
            note = f" (growth n^{growth:.1f})"
        print(
            f"{name:<22} {mb:>5.2f} {t_build:>9.3f} {total:>9.3f} {mb / total:>9.3f} "
            f"{ratio:>7.1f}x  {rows}{note}{mark}"
        )
        sys.stdout.flush()
    print()
    if flagged:
        print("over 3x: " + "; ".join(f"{n} ({r:.0f}x)" for n, r in flagged))
    else:
        print("no case over 3x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
