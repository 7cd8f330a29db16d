"""Where things live, derived from this package's own location.

Jupyter, papermill, nbval and the command line all start in different working
directories; deriving every path from ``__file__`` is what makes them agree.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "PACKAGE_DIR",
    "PACKAGE_DATA_DIR",
    "PROJECT_ROOT",
    "DATA_DIR",
    "REPORTS_DIR",
    "REFERENCE_DIR",
    "NOTEBOOKS_DIR",
    "DEFAULT_REPORT",
    "REFERENCE_RETURNS",
]

PACKAGE_DIR = Path(__file__).resolve().parent
#: Word lists and the category taxonomy: data files an analyst may extend without touching code.
PACKAGE_DATA_DIR = PACKAGE_DIR / "data"
PROJECT_ROOT = PACKAGE_DIR.parent
DATA_DIR = PROJECT_ROOT / "data"
REPORTS_DIR = DATA_DIR / "reports"
REFERENCE_DIR = DATA_DIR / "reference"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
DEFAULT_REPORT = REPORTS_DIR / "2023-11-23-balochistan-crackdown.txt"
REFERENCE_RETURNS = REFERENCE_DIR / "afghan-returns-from-pakistan.csv"
