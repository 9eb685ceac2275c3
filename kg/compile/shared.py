"""Quads of the graphs every article shares: concepts, abbreviation glossary, ontology files."""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import BlankNode, Literal, Quad, RdfFormat, parse

from ..errors import KgError
from ..records.concepts import CONCEPT_KINDS, Concepts, Glossary
from .emit import lang, typed
from .vocab import A_TYPE, K, RS, S, SK, Iris
from ..text import search_key

_CONCEPT_CLASS = {
    "roles": "Role", "ranks": "Rank", "award_types": "AwardType",
    "movements": "EmulationMovement", "measures": "Measure",
}
_SCHEME_LABELS = {
    "roles": ("Chức vụ", "Roles"), "ranks": ("Cấp bậc quân hàm", "Military ranks"),
    "award_types": ("Hình thức khen thưởng", "Award types"),
    "movements": ("Phong trào thi đua", "Emulation movements"),
    "measures": ("Chỉ tiêu được báo cáo", "Reported measures"),
}


def concept_quads(concepts: Concepts, iris: Iris) -> list[Quad]:
    graph = iris.graph("concepts")
    quads: list[Quad] = []

    def add(s, p, o):
        quads.append(Quad(s, p, o, graph))

    for kind in CONCEPT_KINDS:
        scheme = iris.concept_scheme(kind)
        add(scheme, A_TYPE, SK.ConceptScheme)
        add(scheme, RS.label, lang(_SCHEME_LABELS[kind][0], "vi"))
        add(scheme, RS.label, lang(_SCHEME_LABELS[kind][1], "en"))
        for concept_id, item in concepts.ids(kind).items():
            node = iris.concept(kind, concept_id)
            add(node, A_TYPE, K[_CONCEPT_CLASS[kind]])
            add(node, A_TYPE, SK.Concept)
            add(node, SK.inScheme, scheme)
            add(node, RS.label, lang(item["vi"], "vi"))
            add(node, RS.label, lang(item["en"], "en"))
            add(node, SK.prefLabel, lang(item["vi"], "vi"))
            add(node, SK.prefLabel, lang(item["en"], "en"))
            add(node, K.searchKey, Literal(search_key(item["vi"])))
            if "order" in item:
                add(node, S.position, typed(item["order"], "integer"))
            if "unit" in item:
                add(node, S.unitText, Literal(str(item["unit"])))
    return quads


def glossary_quads(glossary: Glossary, iris: Iris) -> list[Quad]:
    graph = iris.graph("glossary")
    scheme = iris.glossary_scheme()
    quads: list[Quad] = []

    def add(s, p, o):
        quads.append(Quad(s, p, o, graph))

    add(scheme, A_TYPE, SK.ConceptScheme)
    labels = glossary.scheme.get("label") or {}
    add(scheme, RS.label, lang(labels.get("vi", "Chữ viết tắt"), "vi"))
    add(scheme, RS.label, lang(labels.get("en", "Abbreviations"), "en"))
    for term in glossary.terms:
        node = iris.glossary_term(term["notation"])
        add(node, A_TYPE, SK.Concept)
        add(node, SK.inScheme, scheme)
        add(node, SK.notation, Literal(term["notation"]))
        for alt in term.get("alt_notation") or []:
            add(node, SK.altLabel, Literal(alt))
        add(node, SK.prefLabel, lang(term["vi"], "vi"))
        add(node, SK.prefLabel, lang(term["en"], "en"))
        for alt in term.get("alt") or []:
            add(node, SK.altLabel, lang(alt, "vi"))
        if term.get("note"):
            add(node, SK.note, lang(term["note"], "en"))
        add(node, K.searchKey, Literal(search_key(term["notation"])))
        add(node, K.searchKey, Literal(search_key(term["vi"])))
    return quads


def ontology_quads(files: list[Path], iris: Iris, shown) -> list[Quad]:
    """Parse every Turtle file of ontology/ into the ontology graph; syntax errors give file:line:col."""
    graph = iris.graph("ontology")
    quads: list[Quad] = []
    for number, path in enumerate(files):
        # Blank nodes get ids from their order in the file, so rebuilds dump identical bytes.
        blanks: dict[str, BlankNode] = {}

        def stable(term):
            if isinstance(term, BlankNode):
                return blanks.setdefault(term.value, BlankNode(f"o{number}b{len(blanks)}"))
            return term

        try:
            for triple in parse(path=str(path), format=RdfFormat.TURTLE):
                quads.append(Quad(stable(triple.subject), triple.predicate, stable(triple.object), graph))
        except SyntaxError as exc:
            line, col = exc.lineno or 0, exc.offset or 0
            message = str(exc.msg if hasattr(exc, "msg") else exc)
            raise KgError(f"column {col}: Turtle syntax error: {message}; fix the file", shown(path), line) from None
    return quads


def ontology_files(ontology_dir: Path) -> list[Path]:
    """The OWL files (shapes are kept out of the data; they are used by `kg validate`)."""
    return sorted(p for p in ontology_dir.glob("*.ttl") if p.name != "shapes.ttl")
