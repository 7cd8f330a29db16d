"""The second dev set's gold is intact and every report in it is owned by a test module.

An orphan report (no module asserting its floors) would be scored by nobody; a gold file that
fails the checker would make its scores meaningless. The checker is the dev set's own, with
the currencies of the second set's copy added (``tests/fixtures/devset2/check_gold.py``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from devset2_checks import FOLDER

TESTS = Path(__file__).parent
CHECKER = FOLDER / "check_gold.py"  # the shared checker plus more currencies


def test_devset2_gold_passes_the_dev_set_checker():
    run = subprocess.run(
        [sys.executable, str(CHECKER), str(FOLDER)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip().endswith("OK")


def test_every_devset2_report_has_gold_and_an_owner():
    owners = "".join(p.read_text(encoding="utf-8") for p in TESTS.glob("test_devset2_*.py"))
    for txt in sorted(FOLDER.glob("*.txt")):
        assert txt.with_name(txt.stem + ".gold.json").is_file(), f"{txt.name} has no gold"
        assert f'"{txt.name}"' in owners, f"{txt.name}: no tests/test_devset2_*.py scores it"
