"""The package's shape, as DESIGN.md asks: no import cycles between its modules, no module
reaching into another's private names, and only the transport layer importing the HTTP and
websocket libraries."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Dict, Iterator, List, Set, Tuple

PACKAGE = Path(__file__).resolve().parent.parent.parent / "tiktoklive_sync"


def modules() -> Dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def top_level_imports(module: str, path: Path) -> Iterator[Tuple[str, List[str]]]:
    """``(imported module, names)`` of every import run when the module loads (not those in
    functions or under TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    nodes: List[ast.stmt] = []
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.dump(node.test):
            continue
        nodes += node.body if isinstance(node, ast.Try) else [node]
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            yield target, [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []


def graph() -> Dict[str, Set[str]]:
    known = modules()
    edges: Dict[str, Set[str]] = {}
    for module, path in known.items():
        targets = set()
        for target, names in top_level_imports(module, path):
            for name in names or [""]:
                full = f"{target}.{name}" if name else target
                targets.add(full if full in known else target)
        edges[module] = {target for target in targets if target in known and target != module}
    return edges


def test_no_import_cycles():
    edges = graph()
    cycles = []

    def visit(module: str, trail: List[str]) -> None:
        for target in edges[module]:
            if target in trail:
                cycles.append([*trail[trail.index(target) :], target])
            elif target not in done:
                visit(target, [*trail, target])
        done.add(module)

    done: Set[str] = set()
    for module in edges:
        if module not in done:
            visit(module, [module])
    # a package's __init__ importing its own modules is how packages are made, not a cycle
    real = [cycle for cycle in cycles if not all(cycle[0].startswith(step) for step in cycle[1:-1])]
    assert real == []


def test_no_module_uses_another_modules_private_names():
    """Private names stay in their module; a package's private modules are its own (as
    ``from . import _fields`` in events/), never another package's."""
    offenders = []
    known = modules()
    for module, path in known.items():
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for target, names in top_level_imports(module, path):
            private = [
                name
                for name in names
                if name.startswith("_")
                and not name.startswith("__")
                and not (target == package and f"{target}.{name}" in known)
            ]
            if private and target.startswith("tiktoklive_sync"):
                offenders.append((module, target, private))
    assert offenders == []


def test_only_the_transport_layer_imports_the_http_and_websocket_libraries():
    users = {
        module
        for module, path in modules().items()
        for target, _ in top_level_imports(module, path)
        if target.split(".")[0] in ("requests", "urllib3", "websocket")
    }
    assert users == {"tiktoklive_sync._transport.http", "tiktoklive_sync._transport.websocket"}
