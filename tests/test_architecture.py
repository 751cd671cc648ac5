"""The boundaries of the code base, read from the source with ``ast``.

- the ``summarizer`` library imports nothing from the ``bot`` service;
- no import cycles among ``bot/`` modules (module-level imports);
- no module in ``bot/`` or ``summarizer/`` is longer than 400 lines;
- language codes and row statuses are defined once (``summarizer/languages.py``,
  ``bot/store/status.py`` and ``summarizer.types.TextStatus``), not spelt again as
  constants elsewhere.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from bot.store.status import ArticleStatus, DeliveryStatus, SubscriberMode
from summarizer.languages import LANGUAGES
from summarizer.types import TextStatus

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "summarizer")
MAX_LINES = 400
#: Where the vocabulary is defined (the only places allowed to spell it out).
VOCABULARY_HOMES = {
    "summarizer/languages.py",
    "summarizer/types.py",
    "bot/store/status.py",
}
STATUS_ENUMS = (ArticleStatus, DeliveryStatus, SubscriberMode, TextStatus)


def source_files(package: str) -> list[Path]:
    """The package's Python files (database migrations are generated history: left out)."""
    return sorted(
        path
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.relative_to(ROOT).parts
    )


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@cache
def parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def imported_names(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """Absolute names an import statement brings in (``from a import b`` gives ``a.b``)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        prefix = ".".join([*base, node.module] if node.module else base)
    else:
        prefix = node.module or ""
    return [f"{prefix}.{alias.name}" for alias in node.names] + [prefix]


def all_imports(path: Path) -> Iterator[str]:
    """Every name imported anywhere in the file (also inside functions)."""
    module = module_name(path)
    for node in ast.walk(parsed(path)):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield from imported_names(node, module, path.name == "__init__.py")


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def module_level_imports(path: Path) -> Iterator[str]:
    """Names imported when the module is imported: its body, ``try`` and ``if`` blocks,
    but not functions, classes or ``if TYPE_CHECKING:`` blocks."""
    module = module_name(path)
    pending: list[ast.stmt] = list(parsed(path).body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield from imported_names(node, module, path.name == "__init__.py")
        elif isinstance(node, ast.If) and not _is_type_checking(node.test):
            pending.extend(node.body + node.orelse)
        elif isinstance(node, ast.Try):
            pending.extend(node.body + node.orelse + node.finalbody)
            for handler in node.handlers:
                pending.extend(handler.body)


def test_the_summarizer_library_imports_nothing_from_the_bot() -> None:
    offenders = [
        f"{relative(path)} imports {name}"
        for path in source_files("summarizer")
        for name in all_imports(path)
        if name == "bot" or name.startswith("bot.")
    ]
    assert not offenders, "\n".join(offenders)


def import_graph() -> dict[str, set[str]]:
    """bot module -> the bot modules its module-level imports load (``from bot.a import
    b`` is an edge to ``bot.a.b`` when that is a module, else to ``bot.a``)."""
    modules = {module_name(path): path for path in source_files("bot")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges = set()
        for imported in module_level_imports(path):
            target = imported
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                edges.add(target)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_cycles_are_found_in_a_made_up_graph() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]


def test_no_import_cycles_among_bot_modules() -> None:
    graph = import_graph()
    assert "bot.ingest.poller" in graph and "bot.store.models" in graph["bot.ingest.poller"]
    found = cycles(graph)
    assert not found, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in found)


@pytest.mark.parametrize("package", PACKAGES)
def test_no_module_is_longer_than_400_lines(package: str) -> None:
    long = {
        relative(path): n
        for path in source_files(package)
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines: {long}"


def _strings(node: ast.expr) -> list[str] | None:
    """The items of a tuple/list/set literal (or frozenset(...) of one) when all are str."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("frozenset", "set"):
        if len(node.args) != 1:
            return None
        node = node.args[0]
    if not isinstance(node, ast.Tuple | ast.List | ast.Set):
        return None
    items = [e.value for e in node.elts if isinstance(e, ast.Constant)]
    if len(items) != len(node.elts) or not all(isinstance(i, str) for i in items):
        return None
    return items  # type: ignore[return-value]


def vocabulary_files() -> list[Path]:
    return [
        path
        for package in PACKAGES
        for path in source_files(package)
        if relative(path) not in VOCABULARY_HOMES
    ]


def test_the_language_codes_are_spelt_out_once() -> None:
    ours = set(LANGUAGES)
    offenders = []
    for path in vocabulary_files():
        for node in ast.walk(parsed(path)):
            if isinstance(node, ast.expr) and (items := _strings(node)) and set(items) == ours:
                offenders.append(f"{relative(path)}:{node.lineno}: {items}")
            if isinstance(node, ast.Dict) and any(
                isinstance(k, ast.Constant) and k.value == "iw" for k in node.keys
            ):
                offenders.append(f"{relative(path)}:{node.lineno}: an 'iw' alias table")
    assert not offenders, "use summarizer.languages:\n" + "\n".join(offenders)


def test_statuses_are_not_defined_again_as_constants() -> None:
    """A module constant that is a status word, or a collection of the words of one status
    type, belongs in bot/store/status.py (or is a member of its StrEnums)."""
    words_of = [{member.value for member in enum} for enum in STATUS_ENUMS]
    all_words = set().union(*words_of)
    offenders = []
    for path in vocabulary_files():
        for node in parsed(path).body:
            if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
                continue
            value = node.value
            if isinstance(value, ast.Constant) and value.value in all_words:
                offenders.append(f"{relative(path)}:{node.lineno}: {value.value!r}")
            items = _strings(value)
            if items and len(items) > 1 and any(set(items) <= words for words in words_of):
                offenders.append(f"{relative(path)}:{node.lineno}: {items}")
    assert not offenders, "use bot.store.status:\n" + "\n".join(offenders)
