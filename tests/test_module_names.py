"""Each module binds a top-level name once.

Why: the stages keep their patterns as module constants (`_COMPARED_WITH = regex.compile(…)`),
and a second constant of the same name further down a long module silently replaces the first
for every function that reads it, changing results far from the edit.  Linters flag a
redefined function or import, not a reassigned constant, so this test reads each module's
syntax tree instead.
"""

from __future__ import annotations

import ast
import collections
import pathlib

import pytest

import tradeie

PACKAGE = pathlib.Path(tradeie.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_top_level_name_twice(path: pathlib.Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    counts = collections.Counter(_top_level_names(tree))
    assert [name for name, n in counts.items() if n > 1] == []


def test_the_check_sees_a_rebound_constant():
    tree = ast.parse('import re\n_A = re.compile("x")\ndef f():\n    return _A\n_A = re.compile("y")\n')
    assert collections.Counter(_top_level_names(tree))["_A"] == 2
