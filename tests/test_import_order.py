"""The pipeline's stages import only earlier stages, and no module imports itself back.

Stages, earliest first (``build.py`` runs them in this order): the shared base (models, errors,
the YAML loader), the Arabic layer, ingest, extract, curate, render, then the build and its
entry points. ``evaluate`` measures the extractor and may read any stage but the build (its
whole-build benchmark, ``scale_bench``, comes after the build); nothing imports it. Imports
under ``if TYPE_CHECKING:`` are for annotations only and do not count.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "generator"
STAGE = {
    "models": 0, "errors": 0, "safefile": 0, "yamlfile": 0, "filenames": 0,
    "arabic": 1,
    "ingest": 2,
    "extract": 3,
    "curate": 4, "evaluate": 4,
    "render": 5,
    "build": 6, "build_checks": 6, "linkcheck": 6, "site_assets": 6, "incremental": 6, "site_fingerprint": 6,
    "cli": 7, "mkdocs_hook": 7, "__main__": 7, "__init__": 7,
}  # fmt: skip


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" and len(parts) > 2 else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, modules: set[str]) -> set[str]:
    """Modules of the package imported anywhere in ``tree`` (``from package import module``
    counts as the module, not the package)."""
    found: set[str] = set()
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            found |= {m for child in node.orelse for m in _imports(child, modules)}
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator"):
            submodules = {f"{node.module}.{alias.name}" for alias in node.names} & modules
            found |= submodules
            if len(submodules) < len(node.names):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("generator")}
        found |= _imports(node, modules)
    return found & modules


def _graph() -> dict[str, set[str]]:
    paths = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    modules = set(paths)
    return {
        name: _imports(ast.parse(path.read_text(encoding="utf-8")), modules) - {name}
        for name, path in paths.items()
    }


# Benchmarks of the whole build sit after it (they time it); nothing imports them.
MODULE_STAGE = {"generator.evaluate.scale_bench": 8}


def _stage(module: str) -> int:
    if module in MODULE_STAGE:
        return MODULE_STAGE[module]
    parts = module.split(".")
    return STAGE[parts[1] if len(parts) > 1 else "__init__"]


def test_every_module_has_a_stage() -> None:
    unknown = [name for name in _graph() if [*name.split("."), "__init__"][1] not in STAGE]
    assert not unknown, f"give these a stage in STAGE: {unknown}"


def test_no_stage_imports_a_later_stage() -> None:
    wrong = sorted(
        f"{name} (stage {_stage(name)}) imports {target} (stage {_stage(target)})"
        for name, targets in _graph().items()
        for target in targets
        if _stage(target) > _stage(name)
    )
    assert not wrong, "\n".join(wrong)


def test_no_import_cycles() -> None:
    graph = _graph()
    cycles: list[str] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                cycles.append(" -> ".join([*path[path.index(target) :], target]))
            elif target not in state:
                visit(target, [*path, target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert not cycles, "\n".join(cycles)
