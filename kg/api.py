"""The Python API: the graph as an rdflib Dataset, and named queries as rows.

    from kg.api import open_graph

    graph = open_graph()                          # the project found from here, or $KG_PROJECT
    for row in graph.run_named("posts-over-time", person="id:person/le-luong"):
        print(row["attested"], row["post"])
    graph.dataset                                 # rdflib Dataset over the same store

Rows hold rdflib terms (URIRef, Literal). Parameter values may be rdflib or
pyoxigraph terms, Python ints, floats and bools, or strings, which are read
like `kg query --param` values (so "id:person/le-luong" is an IRI where the
query declares an IRI parameter, and any other text stays a literal).

The Dataset is oxrdflib's store over the read-only Oxigraph database: it
opens at once and its SPARQL runs in Oxigraph. Copying the quads into an
in-memory rdflib Dataset was measured 2-6 times slower to open and query on
the seed alone, 30-60 times slower per query, and grows with the data
(README "From Python", benchmarks/bench_query.py).
"""

from __future__ import annotations

from functools import cached_property

from .config import Project
from .errors import KgError
from .query.library import NamedQuery, find_query, named_queries
from .query.params import check_names, parse_value

XSD = "http://www.w3.org/2001/XMLSchema#"


class Rows(list):
    """A list of dicts (variable -> rdflib term, or None when unbound), with the column names."""

    def __init__(self, variables: list[str], rows: list[dict]):
        super().__init__(rows)
        self.variables = variables

    def to_dataframe(self):
        """A pandas DataFrame with Python values (numbers, dates, strings); needs the 'pandas' extra."""
        try:
            import pandas
        except ImportError:
            raise ImportError("to_dataframe needs pandas: pip install 'vn-localgov-kg[pandas]'") from None
        return pandas.DataFrame([[_python(row[v]) for v in self.variables] for row in self], columns=self.variables)


def _python(term):
    from rdflib import Literal

    if term is None:
        return None
    return term.toPython() if isinstance(term, Literal) else str(term)


def to_rdflib(term):
    """A pyoxigraph term as the rdflib term of the same value."""
    from pyoxigraph import BlankNode, NamedNode
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, NamedNode):
        return URIRef(term.value)
    if isinstance(term, BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == XSD + "string":  # RDF 1.1: the same as a plain literal, which rdflib compares apart
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def to_oxigraph(name: str, value, prefixes: dict[str, str], kind: str | None = None):
    """A parameter value given from Python as a pyoxigraph term."""
    import pyoxigraph
    from rdflib import BNode, Literal, URIRef

    if isinstance(value, (pyoxigraph.NamedNode, pyoxigraph.Literal)):
        return value
    if isinstance(value, URIRef):
        return pyoxigraph.NamedNode(str(value))
    if isinstance(value, BNode):
        raise KgError(f"parameter {name}: a blank node cannot be a parameter")
    if isinstance(value, Literal):
        if value.language:
            return pyoxigraph.Literal(str(value), language=value.language)
        datatype = value.datatype or URIRef(XSD + "string")
        return pyoxigraph.Literal(str(value), datatype=pyoxigraph.NamedNode(str(datatype)))
    if kind and isinstance(value, (bool, int, float)):
        return parse_value(name, str(value).lower() if isinstance(value, bool) else str(value), prefixes, kind)
    if isinstance(value, bool):
        return pyoxigraph.Literal(str(value).lower(), datatype=pyoxigraph.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return pyoxigraph.Literal(str(value), datatype=pyoxigraph.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return pyoxigraph.Literal(repr(value), datatype=pyoxigraph.NamedNode(XSD + "double"))
    return parse_value(name, str(value), prefixes, kind)


class KnowledgeGraph:
    """One built project: its store, its named queries and an rdflib view of it."""

    def __init__(self, project: Project):
        self.project = project

    @cached_property
    def store(self):
        """The pyoxigraph Store of the current build, read-only."""
        from .store import open_store

        return open_store(self.project.home)

    @cached_property
    def prefixes(self) -> dict[str, str]:
        from .query.run import query_prefixes

        return query_prefixes(self.project.base_iri)

    @cached_property
    def dataset(self):
        """An rdflib Dataset over the store: named graphs by IRI, default graph = union of all graphs.

        Read-only: use `named_graph()` for one graph (`dataset.graph(iri)` would try to create it).
        """
        from oxrdflib import OxigraphStore
        from rdflib import Dataset

        dataset = Dataset(store=OxigraphStore(store=self.store), default_union=True)
        for name, iri in self.prefixes.items():
            dataset.bind(name, iri)
        return dataset

    def named_graph(self, name: str):
        """One named graph as an rdflib Graph: its IRI, or its name under graph/ ('article/<id>', 'concepts')."""
        from rdflib import Graph, URIRef

        iri = name if "://" in name else f"{self.project.base_iri}graph/{name}"
        return Graph(store=self.dataset.store, identifier=URIRef(iri), namespace_manager=self.dataset.namespace_manager)

    def queries(self) -> dict[str, NamedQuery]:
        return named_queries(self.project.queries_dir)

    def query(self, sparql: str, *, as_dataframe: bool = False, **params):
        """Run SPARQL (SELECT) with parameters bound as terms; rows, or a DataFrame."""
        return self._run(sparql, None, params, as_dataframe)

    def run_named(self, name: str, *, as_dataframe: bool = False, **params):
        """Run a named query of queries/ (see `kg queries`); rows, or a DataFrame."""
        return self._run(None, find_query(self.project.queries_dir, name), params, as_dataframe)

    def find(self, text: str) -> Rows:
        """People and organisations whose name matches `text`, diacritics optional."""
        from .query.run import LocalRunner
        from .query.search import find

        variables, data = find(LocalRunner(self.store, self.project.base_iri), text)
        return Rows(variables, [dict(zip(variables, map(to_rdflib, row))) for row in data])

    def _run(self, sparql: str | None, named: NamedQuery | None, params: dict, as_dataframe: bool):
        from .query.run import execute, rows

        text = named.text if named else sparql
        check_names(list(params), text, named)
        terms = {}
        for name, value in params.items():
            param = named.param(name) if named else None
            terms[name] = to_oxigraph(name, value, self.prefixes, param.kind if param else None)
        source = self.project.shown(named.path) if named else "query"
        variables, data = rows(execute(self.store, text, self.project.base_iri, terms, source))
        result = Rows(variables, [{v: to_rdflib(t) for v, t in zip(variables, row)} for row in data])
        return result.to_dataframe() if as_dataframe else result


def open_graph(project_dir: str | None = None, base_iri: str | None = None) -> KnowledgeGraph:
    """The project named, else $KG_PROJECT, else the nearest one up from the current folder."""
    return KnowledgeGraph(Project.locate(project_dir, base_iri))


def run_named(name: str, *, as_dataframe: bool = False, **params):
    """Run a named query on the default project (see open_graph)."""
    return open_graph().run_named(name, as_dataframe=as_dataframe, **params)
