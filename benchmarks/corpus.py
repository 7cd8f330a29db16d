"""Throughput and memory of ``extract_corpus``, serially and on the default process pool.

    .venv/bin/python benchmarks/corpus.py                  # 1,000 and 10,000 reports
    .venv/bin/python benchmarks/corpus.py --sizes 200 2000 --tracemalloc

Corpora are generated in a temporary folder by repeating the dev-set reports
(tests/fixtures/devset/*.txt) under new names, 1,000 to a sub-folder. Each (size, mode) run
happens in a fresh Python process, so one run's memory cannot inflate the next one's, and
reports:

* reports/s, and the speed-up of the pool over the serial run of the same size;
* peak RSS of the parent process (``ru_maxrss``), which holds the result, and the size of
  the result table itself: their difference is the runner's own overhead, which should
  not grow with the corpus;
* peak RSS of the largest worker process (``RUSAGE_CHILDREN``), which should not grow with
  the corpus either, since workers get paths in chunks and keep nothing between chunks;
* with ``--tracemalloc``, the peak of Python allocations in the parent (a second, slower
  run: tracemalloc slows allocation, so it is never used for the timings).

Targets: the pool at least 1.7x the serial throughput on 2 workers; memory flat in size.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "fixtures" / "devset"


def make_corpus(folder: Path, size: int) -> Path:
    """``size`` report files in ``folder``: the dev-set reports, repeated under new names."""
    sources = sorted(DEVSET.glob("*.txt"))
    texts = [p.read_bytes() for p in sources]
    for i in range(size):
        sub = folder / f"batch-{i // 1000:03d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:06d}-{sources[i % len(sources)].name}").write_bytes(texts[i % len(texts)])
    return folder


def _child(folder: str, mode: str, trace: bool) -> None:
    """One measured run, in its own process; prints one JSON line."""
    import tracemalloc

    from analysis.corpus import SerialExecutor, default_workers, extract_corpus

    executor = SerialExecutor() if mode == "serial" else None
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    corpus = extract_corpus(folder, executor=executor, progress=False)
    seconds = time.perf_counter() - started
    traced = tracemalloc.get_traced_memory()[1] if trace else None
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    kib = 1024  # Linux reports ru_maxrss in KiB
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu,
                "reports": len(corpus.reports),
                "failed": len(corpus.errors),
                "figures": len(corpus.figures),
                "workers": 1 if mode == "serial" else default_workers(),
                "parent_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kib / 2**20,
                "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
                * kib
                / 2**20,
                "result_mb": corpus.figures.memory_usage(deep=True).sum() / 2**20,
                "traced_peak_mb": None if traced is None else traced / 2**20,
            }
        )
    )


def _measure(folder: Path, mode: str, trace: bool) -> dict:
    run = subprocess.run(
        [sys.executable, __file__, "--_child", str(folder), mode]
        + (["--tracemalloc"] if trace else []),
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        raise SystemExit(f"benchmark run failed ({mode}, {folder}):\n{run.stderr}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument(
        "--modes", nargs="+", choices=("serial", "pool"), default=["serial", "pool"]
    )
    parser.add_argument(
        "--serial-max",
        type=int,
        default=1000,
        help="run the serial mode only for sizes up to this (default 1000: a serial run of "
        "10,000 reports takes minutes); larger sizes are compared with the largest serial rate",
    )
    parser.add_argument("--tracemalloc", action="store_true", help="also measure the Python heap")
    parser.add_argument("--_child", nargs=2, metavar=("FOLDER", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args._child:
        _child(args._child[0], args._child[1], args.tracemalloc)
        return 0

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, corpus from {DEVSET.name}/")
    header = (
        f"{'reports':>8} {'mode':>6} {'workers':>7} {'seconds':>8} {'cpu s':>7} {'reports/s':>10} "
        f"{'speed-up':>8} {'figures':>8} {'parent MB':>9} {'result MB':>9} {'worker MB':>9}"
    )
    if args.tracemalloc:
        header += f" {'heap MB':>8}"
    header += f" {'load':>5}"
    print(header)
    serial_rate = None
    started = time.perf_counter()
    for size in args.sizes:
        tmp = Path(tempfile.mkdtemp(prefix="corpus-bench-"))
        try:
            make_corpus(tmp, size)
            for mode in args.modes:
                if mode == "serial" and size > args.serial_max:
                    continue
                load = os.getloadavg()[0]
                r = _measure(tmp, mode, trace=False)
                assert r["reports"] == size and r["failed"] == 0, r
                rate = r["reports"] / r["seconds"]
                if mode == "serial":
                    serial_rate = rate
                speedup = f"{rate / serial_rate:.2f}x" if serial_rate else "-"
                line = (
                    f"{size:>8} {mode:>6} {r['workers']:>7} {r['seconds']:>8.2f} "
                    f"{r['cpu_seconds']:>7.1f} {rate:>10.0f} "
                    f"{speedup:>8} {r['figures']:>8} {r['parent_rss_mb']:>9.0f} "
                    f"{r['result_mb']:>9.1f} "
                    f"{r['worker_rss_mb'] if mode == 'pool' else float('nan'):>9.0f}"
                )
                if args.tracemalloc:
                    line += f" {_measure(tmp, mode, trace=True)['traced_peak_mb']:>8.1f}"
                line += f" {load:>5.1f}"
                print(line, flush=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"total {time.perf_counter() - started:.0f} s")
    print(
        "cpu s: user+sys time of the run's processes (includes interpreter start-up; with other "
        "jobs on the machine, wall time and speed-up suffer but cpu s does not); "
        "speed-up: against the serial rate of the largest serial size run so far; "
        "parent MB: peak RSS of the parent (interpreter, pandas, the result); result MB: the "
        "figure table; worker MB: peak RSS of the largest pool worker; load: the machine's "
        "1-minute load average before the run (above the CPU count, other jobs compete)."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
