"""What `kg query` does, as functions that never print or exit: pick the query, bind, run, render."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import KgError
from .library import NamedQuery, find_query
from .params import bind


@dataclass(frozen=True)
class Prepared:
    sparql: str
    source: str  # shown in error messages: a file, or 'query' for inline SPARQL
    named: NamedQuery | None = None


@dataclass(frozen=True)
class Output:
    data: bytes
    exit_code: int = 0  # ASK: 0 when true, 1 when false


def prepare(queries_dir: Path, query: str | None, expression: str | None, shown=str) -> Prepared:
    """A named query, a .rq file or inline SPARQL (exactly one of them)."""
    if expression and query:
        raise KgError("give either a query name or file, or -e 'SPARQL', not both")
    if expression:
        return Prepared(expression, "query")
    if not query:
        raise KgError("name a query (kg queries lists them), give a .rq file, or pass -e 'SPARQL'")
    path = Path(query)
    if path.suffix == ".rq" or "/" in query:
        if not path.is_file():
            raise KgError("no such query file", query)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KgError(f"cannot read the query file ({exc})", query) from None
        return Prepared(text, query)
    named = find_query(queries_dir, query)
    return Prepared(named.text, shown(named.path), named)


def run(runner, prepared: Prepared, params: list[str] | dict):
    """Bind the parameters (checked against the query) and run it on a local or remote runner."""
    bindings = bind(params, prepared.sparql, runner.prefixes, prepared.named)
    return runner.run(prepared.sparql, bindings, source=prepared.source)


def output(results, fmt: str | None, prefixes: dict[str, str]) -> Output:
    from pyoxigraph import QueryBoolean

    from .render import default_format, render

    data = render(results, fmt or default_format(results), prefixes)
    if isinstance(results, QueryBoolean):
        return Output(data, 0 if bool(results) else 1)
    return Output(data)
