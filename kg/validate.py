"""`kg validate`: SHACL over the built store; each violation one located line."""

from __future__ import annotations

from dataclasses import dataclass
from .config import Project
from .errors import KgError


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    source: str  # 'record.yaml:line' when the focus node came from a record, else ''

    def line(self, base: str) -> str:
        short = lambda iri: iri.replace(base + "id/", "id:")  # noqa: E731
        where = f"{self.source}: " if self.source else ""
        path = f" {self.path}" if self.path else ""
        return f"{where}{short(self.focus)}{path}: {self.message}"


def shapes_graph(project: Project):
    import rdflib

    graph = rdflib.Graph()
    try:
        graph.parse(project.shapes_file, format="turtle")
    except Exception as exc:  # rdflib raises several parser types
        raise KgError(f"shapes do not parse: {exc}", project.shown(project.shapes_file)) from None
    return graph


def validate_store(project: Project, store, sources: dict[str, str]) -> list[Violation]:
    """Validate the data graphs (ontology as background knowledge); return the violations, sorted."""
    import pyshacl
    import rdflib

    ontology_iri = project.base_iri + "graph/ontology"
    data_quads = [q for q in store if q.graph_name.value != ontology_iri]
    ont_quads = [q for q in store if q.graph_name.value == ontology_iri]
    # SHACL sees one graph: the union of every article, the concepts and the glossary
    data = _merge(data_quads, rdflib)
    ontology = _merge(ont_quads, rdflib)
    return _violations(pyshacl.validate(data, shacl_graph=shapes_graph(project), ont_graph=ontology,
                                        inference="none", allow_warnings=True), sources, rdflib)


def _merge(quads, rdflib):
    from pyoxigraph import RdfFormat, Triple, serialize

    graph = rdflib.Graph()
    triples = [Triple(q.subject, q.predicate, q.object) for q in quads]
    if triples:
        graph.parse(data=serialize(triples, format=RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    return graph


def _violations(result, sources: dict[str, str], rdflib) -> list[Violation]:
    conforms, report, _text = result
    if conforms:
        return []
    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    found = set()
    for node in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        severity = report.value(node, SH.resultSeverity)
        if severity is not None and severity != SH.Violation:
            continue
        focus = str(report.value(node, SH.focusNode))
        path = report.value(node, SH.resultPath)
        message = report.value(node, SH.resultMessage) or "violates a shape"
        found.add(Violation(focus, _short_path(path), str(message), sources.get(focus, "")))
    return sorted(found, key=lambda v: (v.source, v.focus, v.path, v.message))


def _short_path(path) -> str:
    if path is None:
        return ""
    text = str(path)
    for prefix, ns in (("kgo:", "https://kg.example.org/ontology#"), ("schema:", "https://schema.org/"),
                       ("org:", "http://www.w3.org/ns/org#"), ("oa:", "http://www.w3.org/ns/oa#"),
                       ("prov:", "http://www.w3.org/ns/prov#"),
                       ("rdfs:", "http://www.w3.org/2000/01/rdf-schema#")):
        if text.startswith(ns):
            return prefix + text[len(ns):]
    return text
