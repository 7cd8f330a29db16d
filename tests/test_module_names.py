"""No module of the package binds the same top-level name twice.

Why: the extractor's modules hold hundreds of module-level patterns and word sets, and a
new one given a name already in use silently replaces the first for every function that
reads it (it happened twice: a ``_COMPARATIVES`` set in session 4, and a ``_BARE_DOC_RE``
pattern in session 5 that changed the sources of "according to a survey"). A function or
class defined twice is caught by ruff (F811); a constant is not.
"""

from __future__ import annotations

import ast

import pytest

from analysis.paths import PACKAGE_DIR

MODULES = sorted(PACKAGE_DIR.glob("*.py"))


def _top_level_names(tree: ast.Module) -> list[tuple[str, int]]:
    names = []
    for node in tree.body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append((node.name, node.lineno))
        for t in targets:
            # a name, or names unpacked; "_X[key] = ..." fills a table, binding nothing
            for n in t.elts if isinstance(t, (ast.Tuple, ast.List)) else [t]:
                if isinstance(n, ast.Name):
                    names.append((n.id, node.lineno))
    return names


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_no_top_level_name_is_bound_twice(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    seen: dict[str, int] = {}
    twice = []
    for name, line in _top_level_names(tree):
        if name in seen:
            twice.append(f"{name} (lines {seen[name]} and {line})")
        seen.setdefault(name, line)
    assert not twice, f"{path.name}: bound twice: {', '.join(twice)}"


def test_the_check_finds_a_name_bound_twice():
    """The check itself fails on a module that binds a name twice (written for this test)."""
    tree = ast.parse("_X_RE = 1\n_T = {}\n_T['a'] = 1\ndef f():\n    return _X_RE\n_X_RE = 2\n")
    names = [n for n, _ in _top_level_names(tree)]
    assert names.count("_X_RE") == 2
    assert names.count("_T") == 1
