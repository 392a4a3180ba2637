"""The shape of the package: stages import one way, executors never import the build, and the
README's table of modules names the modules the tree holds."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "claimledger"
README = PACKAGE.parents[1] / "README.md"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The claimledger modules a module imports, at its top or inside functions, leaving out
    imports under ``if TYPE_CHECKING`` (they never run)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(node) for guard in ast.walk(tree) if isinstance(guard, ast.If)
               and "TYPE_CHECKING" in ast.unparse(guard.test) for node in ast.walk(guard)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("claimledger"):
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}  # "from claimledger import lexicon"
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("claimledger")}
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    return {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for after in sorted(graph[node]):
            if state.get(after) == 1:
                return stack[stack.index(after):] + [after]
            if after not in state and (found := visit(after)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_module_of_a_stage_imports_one_that_imports_it_back() -> None:
    """The package's own ``__init__`` gathers the API and is left out: every module imports its
    parent package before itself, which is how Python loads packages, not a cycle of ours."""
    graph = {name: deps - {"claimledger"} for name, deps in _graph().items() if name != "claimledger"}
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


@pytest.mark.parametrize("executor", ["claimledger.run.local", "claimledger.run.spark", "claimledger.run.pipeline"])
def test_executors_import_the_pipeline_never_the_build(executor: str) -> None:
    assert "claimledger.run.build" not in _graph()[executor]


@pytest.mark.parametrize("stage", ["claimledger.ingest", "claimledger.document", "claimledger.claims",
                                   "claimledger.reuse", "claimledger.grouping"])
def test_a_stage_never_reaches_into_the_store_the_executors_or_the_presentation(stage: str) -> None:
    later = ("claimledger.store", "claimledger.run", "claimledger.present", "claimledger.cli")
    for name, deps in _graph().items():
        if name == stage or name.startswith(stage + "."):
            assert not [d for d in deps if d.startswith(later)], name


def test_the_readme_module_table_names_every_module_of_the_tree() -> None:
    text = README.read_text(encoding="utf-8")
    table = text[text.index("## What goes into the ledger"):]
    named = set(re.findall(r"`(claimledger(?:\.\w+)+|[a-z_]+/(?:[a-z_]+\.py)?)`", table))
    modules = {_module_name(path) for path in PACKAGE.rglob("*.py")
               if path.name != "__init__.py"} - {"claimledger.__main__"}  # a package is named by its modules
    listed = {m for m in named if m.startswith("claimledger.")}
    folders = {m.rstrip("/") for m in named if m.endswith("/")}
    missing = {m for m in modules if m not in listed and m.split(".")[1] not in folders}
    assert not missing, f"README table lacks {sorted(missing)}"
    stale = {m for m in listed if m not in modules}
    assert not stale, f"README table names modules the tree does not hold: {sorted(stale)}"
