"""Run SPARQL on the embedded store with the project's prefixes and functions."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, QueryBoolean, QuerySolutions, Store, Variable

from ..compile.vocab import PREFIXES
from ..errors import KgError
from ..text import search_key

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


def execute(store: Store, sparql: str, base_iri: str, bindings: dict | None = None):
    """SELECT -> QuerySolutions, ASK -> QueryBoolean, CONSTRUCT/DESCRIBE -> QueryTriples."""
    try:
        return store.query(
            sparql,
            prefixes=query_prefixes(base_iri),
            use_default_graph_as_union=True,
            substitutions={Variable(k): v for k, v in (bindings or {}).items()},
            custom_functions=CUSTOM_FUNCTIONS,
        )
    except SyntaxError as exc:
        raise KgError(f"SPARQL syntax error: {exc}") from None


def rows(results) -> tuple[list[str], list[list]]:
    """Variables and rows (terms or None) of a SELECT result."""
    if not isinstance(results, QuerySolutions):
        raise KgError("this query does not return a table (it is not a SELECT query)")
    variables = [v.value for v in results.variables]
    return variables, [[solution[v] for v in variables] for solution in results]


def is_ask(results) -> bool:
    return isinstance(results, QueryBoolean)
