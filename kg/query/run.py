"""Run SPARQL on the embedded store with the project's prefixes and functions."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, QueryBoolean, QuerySolutions, QueryTriples, Store, Variable

from ..compile.vocab import PREFIXES
from ..errors import KgError
from ..text import search_key
from . import sparql_text
from .syntax import explain

# kgf:key(text) -> the diacritic-free search key, usable inside queries:
#   FILTER(CONTAINS(?key, kgf:key("Lê Lương")))
FUNCTIONS_NS = "https://kg.example.org/function#"


def _key_function(term):
    if isinstance(term, Literal):
        return Literal(search_key(term.value))
    return None


CUSTOM_FUNCTIONS = {NamedNode(FUNCTIONS_NS + "key"): _key_function}


def query_prefixes(base_iri: str) -> dict[str, str]:
    return {**PREFIXES, "kgf": FUNCTIONS_NS, "id": base_iri + "id/", "graph": base_iri + "graph/"}


def refuse_updates(sparql: str) -> None:
    # The query API cannot run updates anyway; this says so instead of a puzzling syntax error.
    if sparql_text.is_update(sparql):
        raise KgError("this is a SPARQL update; the store is read-only here (change data/ and run 'kg build')")


def execute(store: Store, sparql: str, base_iri: str, bindings: dict | None = None, source: str = "query",
            default_graph: list | None = None, named_graphs: list | None = None):
    """SELECT -> QuerySolutions, ASK -> QueryBoolean, CONSTRUCT/DESCRIBE -> QueryTriples.

    `bindings` (name -> term) are substituted by the engine, never spliced
    into the text. The default graph is the union of all graphs unless the
    caller names the graphs (SPARQL protocol default-graph-uri).
    """
    refuse_updates(sparql)
    prefixes = query_prefixes(base_iri)
    dataset = {"default_graph": default_graph} if default_graph else {"use_default_graph_as_union": True}
    if named_graphs:
        dataset["named_graphs"] = named_graphs
    try:
        return store.query(
            sparql,
            prefixes=prefixes,
            substitutions={Variable(k): v for k, v in (bindings or {}).items()},
            custom_functions=CUSTOM_FUNCTIONS,
            **dataset,
        )
    except SyntaxError as exc:
        raise KgError(explain(str(exc), sparql, source, tuple(prefixes))) from None
    except RuntimeError as exc:
        message = str(exc)
        if "SELECT projection" in message:
            name = message.split("?", 1)[-1].split()[0] if "?" in message else "?"
            raise KgError(f"parameter {name} cannot be bound: the query does not return ?{name} "
                          f"(add it to the SELECT list)") from None
        raise KgError(f"{source}: the query failed: {message}") from None
    except OSError as exc:
        raise KgError(f"cannot read the store: {exc}") from None


def check_syntax(sparql: str, base_iri: str, source: str = "query") -> None:
    """Parse (and run on an empty store) to report syntax errors the same way for every backend."""
    execute(Store(), sparql, base_iri, source=source)


def rows(results) -> tuple[list[str], list[list]]:
    """Variables and rows (terms or None) of a SELECT result."""
    if not isinstance(results, QuerySolutions):
        raise KgError("this query does not return a table (it is not a SELECT query)")
    variables = [v.value for v in results.variables]
    return variables, [[solution[v] for v in variables] for solution in results]


def is_ask(results) -> bool:
    return isinstance(results, QueryBoolean)


def is_graph(results) -> bool:
    return isinstance(results, QueryTriples)


class LocalRunner:
    """Queries against the embedded store (the same interface as kg.remote.Endpoint)."""

    def __init__(self, store: Store, base_iri: str):
        self.store, self.base_iri = store, base_iri
        self.prefixes = query_prefixes(base_iri)

    def run(self, sparql: str, bindings: dict | None = None, source: str = "query"):
        return execute(self.store, sparql, self.base_iri, bindings, source)
