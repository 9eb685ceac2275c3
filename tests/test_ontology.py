"""Checks for ontology/: the OWL ontology, the SHACL shapes and their
examples under tests/shacl/, and the abbreviation glossary.

SHACL validation runs with ontology/kg.ttl as the ontology graph and
inference "none": the ontology's rdfs:subClassOf axioms are mixed into the
data graph, so targets and sh:class follow subclasses, but no types are
inferred from rdfs:domain / rdfs:range (which would hide wrong values).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest
import rdflib
import yaml
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_DIR = ROOT / "ontology"
KG_TTL = ONTOLOGY_DIR / "kg.ttl"
SHAPES_TTL = ONTOLOGY_DIR / "shapes.ttl"
GLOSSARY = ONTOLOGY_DIR / "glossary.yaml"
VOCABULARY_MD = ROOT / "docs" / "vocabulary.md"
SHACL_DIR = Path(__file__).resolve().parent / "shacl"
SEED_NAME = "duong-kinh-tong-ket-qsqp-2019.txt"  # the seed article, copied into data/

INFERENCE = "none"

KGO = rdflib.Namespace("https://kg.example.org/ontology#")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
SCHEMA = rdflib.Namespace("https://schema.org/")
XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")

PREFIXES = {
    "kgo": str(KGO),
    "foaf": "http://xmlns.com/foaf/0.1/",
    "oa": str(OA),
    "org": "http://www.w3.org/ns/org#",
    "owl": str(OWL),
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SCHEMA),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": str(XSD),
}

# Alignments in docs/vocabulary.md that kg.ttl deliberately does not state.
# kgo:holder is used on RankHolding too; org:member has rdfs:domain
# org:Membership, so kgo:holder ⊑ org:member would make every RankHolding an
# org:Membership. kg.ttl links it with rdfs:seeAlso instead.
ALIGNMENT_DEVIATIONS = {"holder": {"org:member"}}

# ---------------------------------------------------------------------------
# Terms of the W3C vocabularies (RDF 1.1/1.2, RDFS, OWL 2, SHACL incl.
# SHACL-AF/JS, SKOS). A term used in the .ttl files must be one of these.
# ---------------------------------------------------------------------------

W3C_TERMS = {
    str(RDF): set("""
        Alt Bag CompoundLiteral HTML JSON List PlainLiteral Property Seq Statement
        XMLLiteral dirLangString direction first langString language nil object
        predicate reifies rest subject type value
    """.split()),
    str(RDFS): set("""
        Class Container ContainerMembershipProperty Datatype Literal Resource comment
        domain isDefinedBy label member range seeAlso subClassOf subPropertyOf
    """.split()),
    str(OWL): set("""
        AllDifferent AllDisjointClasses AllDisjointProperties Annotation
        AnnotationProperty AsymmetricProperty Axiom Class DataRange DatatypeProperty
        DeprecatedClass DeprecatedProperty FunctionalProperty InverseFunctionalProperty
        IrreflexiveProperty NamedIndividual NegativePropertyAssertion Nothing
        ObjectProperty Ontology OntologyProperty ReflexiveProperty Restriction
        SymmetricProperty Thing TransitiveProperty allValuesFrom annotatedProperty
        annotatedSource annotatedTarget assertionProperty backwardCompatibleWith
        bottomDataProperty bottomObjectProperty cardinality complementOf
        datatypeComplementOf deprecated differentFrom disjointUnionOf disjointWith
        distinctMembers equivalentClass equivalentProperty hasKey hasSelf hasValue
        imports incompatibleWith intersectionOf inverseOf maxCardinality
        maxQualifiedCardinality members minCardinality minQualifiedCardinality onClass
        onDataRange onDatatype onProperties onProperty oneOf priorVersion
        propertyChainAxiom propertyDisjointWith qualifiedCardinality rational real
        sameAs someValuesFrom sourceIndividual targetIndividual targetValue
        topDataProperty topObjectProperty unionOf versionIRI versionInfo
        withRestrictions
    """.split()),
    str(SH): set("""
        AbstractResult AndConstraintComponent BlankNode BlankNodeOrIRI
        BlankNodeOrLiteral ClassConstraintComponent ClosedConstraintComponent
        ConstraintComponent DatatypeConstraintComponent DisjointConstraintComponent
        EqualsConstraintComponent ExpressionConstraintComponent Function
        HasValueConstraintComponent IRI IRIOrLiteral InConstraintComponent Info
        JSConstraint JSConstraintComponent JSExecutable JSFunction JSLibrary JSRule
        JSTarget JSTargetType JSValidator LanguageInConstraintComponent
        LessThanConstraintComponent LessThanOrEqualsConstraintComponent Literal
        MaxCountConstraintComponent MaxExclusiveConstraintComponent
        MaxInclusiveConstraintComponent MaxLengthConstraintComponent
        MinCountConstraintComponent MinExclusiveConstraintComponent
        MinInclusiveConstraintComponent MinLengthConstraintComponent
        NodeConstraintComponent NodeKind NodeKindConstraintComponent NodeShape
        NotConstraintComponent OrConstraintComponent Parameter Parameterizable
        PatternConstraintComponent PrefixDeclaration PropertyConstraintComponent
        PropertyGroup PropertyShape QualifiedMaxCountConstraintComponent
        QualifiedMinCountConstraintComponent ResultAnnotation Rule SPARQLAskExecutable
        SPARQLAskValidator SPARQLConstraint SPARQLConstraintComponent
        SPARQLConstructExecutable SPARQLExecutable SPARQLFunction SPARQLRule
        SPARQLSelectExecutable SPARQLSelectValidator SPARQLTarget SPARQLTargetType
        SPARQLUpdateExecutable Severity Shape Target TargetType TripleRule
        UniqueLangConstraintComponent ValidationReport ValidationResult Validator
        Violation Warning XoneConstraintComponent alternativePath and
        annotationProperty annotationValue annotationVarName ask class closed
        condition conforms construct datatype deactivated declare defaultValue
        description detail disjoint entailment equals expression filterShape flags
        focusNode group hasValue ignoredProperties in intersection inversePath js
        jsFunctionName jsLibrary jsLibraryURL labelTemplate languageIn lessThan
        lessThanOrEquals maxCount maxExclusive maxInclusive maxLength message minCount
        minExclusive minInclusive minLength name namespace node nodeKind nodeValidator
        nodes not object oneOrMorePath optional or order parameter path pattern
        predicate prefix prefixes property propertyValidator qualifiedMaxCount
        qualifiedMinCount qualifiedValueShape qualifiedValueShapesDisjoint result
        resultAnnotation resultMessage resultPath resultSeverity returnType rule select
        severity shapesGraph shapesGraphWellFormed sourceConstraint
        sourceConstraintComponent sourceShape sparql subject suggestedShapesGraph
        target targetClass targetNode targetObjectsOf targetSubjectsOf this union
        uniqueLang update validator value xone zeroOrMorePath zeroOrOnePath
    """.split()),
    PREFIXES["skos"]: set("""
        Collection Concept ConceptScheme OrderedCollection altLabel broadMatch broader
        broaderTransitive changeNote closeMatch definition editorialNote exactMatch
        example hasTopConcept hiddenLabel historyNote inScheme mappingRelation member
        memberList narrowMatch narrower narrowerTransitive notation note prefLabel
        related relatedMatch scopeNote semanticRelation topConceptOf
    """.split()),
}

KGO_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

ONTOLOGY_FILES = sorted(ONTOLOGY_DIR.glob("*.ttl"))
PASS_FILES = sorted((SHACL_DIR / "pass").glob("*.ttl"))
FAIL_FILES = sorted((SHACL_DIR / "fail").glob("*.ttl"))
ALL_TTL = ONTOLOGY_FILES + PASS_FILES + FAIL_FILES


def _ids(paths):
    return [p.relative_to(ROOT).as_posix() for p in paths]


@lru_cache(maxsize=None)
def parse(path: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(path, format="turtle")


def kg() -> rdflib.Graph:
    return parse(KG_TTL)


def expand(name: str) -> URIRef:
    """`kgo:Person` or `Person` (kgo) -> full IRI."""
    prefix, sep, local = name.partition(":")
    if not sep:
        return KGO[name]
    return URIRef(PREFIXES[prefix] + local)


def declared_kgo_terms() -> dict[URIRef, set[URIRef]]:
    g = kg()
    return {
        s: set(g.objects(s, RDF.type))
        for s in set(g.subjects(RDF.type, None))
        if isinstance(s, URIRef) and str(s).startswith(str(KGO))
    }


def declared_terms() -> set[URIRef]:
    return {s for s in kg().subjects(RDF.type, None) if isinstance(s, URIRef)}


def iris_in(g: rdflib.Graph):
    """Every IRI in a graph, including datatype IRIs of literals."""
    for triple in g:
        for term in triple:
            if isinstance(term, URIRef):
                yield term
            elif isinstance(term, Literal) and term.datatype is not None:
                yield term.datatype


def vocabulary_tables() -> dict[str, list[list[str]]]:
    """Rows (cells) of the Markdown tables in docs/vocabulary.md, by section."""
    tables: dict[str, list[list[str]]] = {}
    section = None
    for line in VOCABULARY_MD.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].split()[0].lower()  # "classes" / "properties"
            continue
        if section and line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if re.fullmatch(r"[-: ]*", "".join(cells)) or cells[0] in {"class", "property"}:
                continue
            tables.setdefault(section, []).append(cells)
    return tables


def names_in_cell(cell: str) -> list[str]:
    return [n.strip() for n in re.split(r"[,/]", cell) if n.strip() and not n.strip().startswith("(")]


# Prefixed names that are not followed by "?" (a "?" marks a rejected idea).
PREFIXED = re.compile(r"(?<![\w:])([a-z]+):([A-Za-z]+)(?![\w?])")
BARE_CLASS = re.compile(r"(?<![\w:])([A-Z][A-Za-z]+)(?![\w…:?])")


def vocabulary_names() -> tuple[set[str], set[str]]:
    """(kgo local names, prefixed external names) mentioned in the tables."""
    kgo_names: set[str] = set()
    external: set[str] = set()
    for section, rows in vocabulary_tables().items():
        for cells in rows:
            for name in names_in_cell(cells[0]):
                (external if ":" in name else kgo_names).add(name)
            for cell in cells[1:3]:
                for prefix, local in PREFIXED.findall(cell):
                    if prefix in PREFIXES and prefix != "xsd":
                        external.add(f"{prefix}:{local}")
                stripped = PREFIXED.sub("", cell)
                if section == "classes" and cell is cells[2]:
                    continue  # free text
                kgo_names.update(BARE_CLASS.findall(stripped))
    return kgo_names, external


def shacl_results(data: rdflib.Graph):
    import pyshacl

    conforms, report, text = pyshacl.validate(
        data,
        shacl_graph=parse(SHAPES_TTL),
        ont_graph=kg(),
        inference=INFERENCE,
        abort_on_first=False,
        allow_warnings=False,
    )
    results = [
        (report.value(r, SH.focusNode), report.value(r, SH.resultPath), report.value(r, SH.sourceConstraintComponent))
        for r in report.subjects(RDF.type, SH.ValidationResult)
    ]
    return conforms, results, text


def expectations(path: Path) -> tuple[URIRef, URIRef | None]:
    lines = path.read_text(encoding="utf-8").splitlines()
    m = re.fullmatch(r"# expect-focus: <?([^<>\s]+)>?", lines[0].strip()) if lines else None
    assert m, f"{path.name}: first line must be '# expect-focus: <IRI>'"
    expected_path = None
    for line in lines[1:]:
        p = re.fullmatch(r"# expect-path: <?([^<>\s]+)>?", line.strip())
        if p:
            expected_path = URIRef(p.group(1))
    return URIRef(m.group(1)), expected_path


def search_key(text: str) -> str:
    text = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL_TTL, ids=_ids(ALL_TTL))
def test_turtle_parses(path):
    assert len(parse(path)) > 0


@pytest.mark.parametrize("path", ALL_TTL + [GLOSSARY], ids=_ids(ALL_TTL + [GLOSSARY]))
def test_text_is_nfc(path):
    text = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text), f"{path.name} is not NFC"


def test_there_are_enough_shacl_examples():
    assert len(PASS_FILES) >= 3
    assert len(FAIL_FILES) >= 8


# ---------------------------------------------------------------------------
# Ontology
# ---------------------------------------------------------------------------


def test_ontology_header():
    g = kg()
    onto = URIRef("https://kg.example.org/ontology")
    assert (onto, RDF.type, OWL.Ontology) in g
    assert {lit.language for lit in g.objects(onto, RDFS.label)} >= {"vi", "en"}


def test_every_kgo_term_has_one_owl_type():
    terms = declared_kgo_terms()
    assert terms, "kg.ttl declares no kgo: terms"
    for term, types in terms.items():
        assert len(types & KGO_TYPES) == 1, f"{term} must be exactly one of owl:Class/ObjectProperty/DatatypeProperty"
        assert types <= KGO_TYPES, f"{term} has unexpected types {types - KGO_TYPES}"


def test_kgo_terms_are_only_subjects_that_are_declared():
    g = kg()
    used = {t for t in iris_in(g) if str(t).startswith(str(KGO))}
    undeclared = used - set(declared_kgo_terms())
    assert not undeclared, f"kgo: terms used in kg.ttl but not declared: {sorted(undeclared)}"


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("prop", [RDFS.label, RDFS.comment], ids=["label", "comment"])
def test_every_kgo_term_has_label_and_comment(prop, lang):
    g = kg()
    problems = []
    for term in declared_kgo_terms():
        values = [o for o in g.objects(term, prop) if isinstance(o, Literal) and o.language == lang]
        if len(values) != 1 or not str(values[0]).strip():
            problems.append(term.split("#")[-1])
    assert not problems, f"need exactly one {prop.n3(g.namespace_manager)}@{lang} on: {sorted(problems)}"


def test_external_terms_are_declared_but_not_redefined():
    g = kg()
    for s in set(g.subjects()):
        if isinstance(s, URIRef) and not str(s).startswith(str(KGO)) and s != URIRef("https://kg.example.org/ontology"):
            predicates = set(g.predicates(s, None))
            assert predicates == {RDF.type}, f"{s} is external: declare its type only"


def test_vocabulary_kgo_terms_are_declared_and_nothing_else():
    kgo_names, _ = vocabulary_names()
    declared = {t.split("#")[-1] for t in declared_kgo_terms()}
    missing = kgo_names - declared
    assert not missing, f"in docs/vocabulary.md but not declared in kg.ttl: {sorted(missing)}"
    extra = declared - kgo_names
    assert not extra, f"declared in kg.ttl but not in docs/vocabulary.md: {sorted(extra)}"


def test_vocabulary_external_terms_are_declared():
    _, external = vocabulary_names()
    declared = declared_terms()
    missing = sorted(n for n in external if expand(n) not in declared)
    assert not missing, f"external terms in docs/vocabulary.md not declared in kg.ttl: {missing}"


def test_class_alignment_matches_vocabulary():
    g = kg()
    for cells in vocabulary_tables()["classes"]:
        for name in names_in_cell(cells[0]):
            expected = {expand(n) for n in names_in_cell(cells[1])}
            actual = {o for o in g.objects(KGO[name], RDFS.subClassOf) if isinstance(o, URIRef)}
            assert actual == expected, f"kgo:{name} rdfs:subClassOf {sorted(actual)}, vocabulary says {sorted(expected)}"


def test_property_alignment_matches_vocabulary():
    g = kg()
    for cells in vocabulary_tables()["properties"]:
        for name in names_in_cell(cells[0]):
            if ":" in name:
                continue
            expected = {f"{p}:{l}" for p, l in PREFIXED.findall(cells[2])} - ALIGNMENT_DEVIATIONS.get(name, set())
            actual = set(g.objects(KGO[name], RDFS.subPropertyOf))
            assert actual == {expand(n) for n in expected}, f"kgo:{name} rdfs:subPropertyOf {sorted(actual)}, expected {sorted(expected)}"


def test_property_kinds_and_xsd_ranges_match_vocabulary():
    g = kg()
    for cells in vocabulary_tables()["properties"]:
        m = re.search(r"→\s*(xsd:\w+|rdf:langString|string)\s*$", cells[1])
        for name in names_in_cell(cells[0]):
            if ":" in name:
                continue
            term = KGO[name]
            if m:
                assert (term, RDF.type, OWL.DatatypeProperty) in g, f"kgo:{name} should be an owl:DatatypeProperty"
                rng = expand("xsd:string" if m.group(1) == "string" else m.group(1))
                assert (term, RDFS.range, rng) in g, f"kgo:{name} should have rdfs:range {rng}"
            else:
                assert (term, RDF.type, OWL.ObjectProperty) in g, f"kgo:{name} should be an owl:ObjectProperty"


def test_follows_and_followed_by_are_inverse():
    g = kg()
    assert (KGO.followedBy, OWL.inverseOf, KGO.follows) in g or (KGO.follows, OWL.inverseOf, KGO.followedBy) in g


def test_domains_and_ranges_name_declared_classes():
    g = kg()
    classes = {t for t, types in declared_kgo_terms().items() if OWL.Class in types} | set(g.subjects(RDF.type, OWL.Class))
    for prop in (RDFS.domain, RDFS.range):
        for s, o in g.subject_objects(prop):
            members = [o]
            if isinstance(o, BNode):
                members = list(rdflib.collection.Collection(g, g.value(o, OWL.unionOf)))
            for c in members:
                assert c in classes or str(c).startswith(str(XSD)) or c == RDF.langString, f"{s} {prop} {c}: not a declared class"


# ---------------------------------------------------------------------------
# Terms from W3C vocabularies
# ---------------------------------------------------------------------------


def test_w3c_allow_lists_are_not_empty():
    assert all(len(terms) > 10 for terms in W3C_TERMS.values())


@pytest.mark.parametrize("path", ALL_TTL, ids=_ids(ALL_TTL))
def test_w3c_terms_exist(path):
    unknown = set()
    for iri in iris_in(parse(path)):
        for ns, terms in W3C_TERMS.items():
            if str(iri).startswith(ns):
                local = str(iri)[len(ns):]
                if local not in terms and not (ns == str(RDF) and re.fullmatch(r"_[1-9][0-9]*", local)):
                    unknown.add(str(iri))
    assert not unknown, f"not terms of their W3C vocabulary: {sorted(unknown)}"


# ---------------------------------------------------------------------------
# Shapes
# ---------------------------------------------------------------------------


def kgo_terms_in_shapes() -> set[URIRef]:
    g = parse(SHAPES_TTL)
    terms = {t for t in iris_in(g) if str(t).startswith(str(KGO))}
    for query in g.objects(None, SH.select):
        terms |= {KGO[local] for local in re.findall(r"\bkgo:(\w+)", str(query))}
    return terms


def test_shapes_use_only_declared_kgo_terms():
    terms = kgo_terms_in_shapes()
    assert terms
    undeclared = terms - set(declared_kgo_terms())
    assert not undeclared, f"kgo: terms in shapes.ttl not declared in kg.ttl: {sorted(undeclared)}"


def test_every_node_shape_has_an_english_comment():
    g = parse(SHAPES_TTL)
    shapes = set(g.subjects(RDF.type, SH.NodeShape))
    assert shapes
    for shape in shapes:
        assert any(c.language == "en" for c in g.objects(shape, RDFS.comment)), f"{shape} lacks rdfs:comment@en"
        assert (shape, SH.severity, None) not in g, f"{shape}: keep the default severity"


def test_prefixes_for_sparql_constraints_are_declared():
    g = parse(SHAPES_TTL)
    declared = {str(g.value(d, SH.prefix)) for d in g.objects(None, SH.declare)}
    for query in g.objects(None, SH.select):
        used = set(re.findall(r"\b([a-z]+):\w", str(query)))
        assert used <= declared, f"undeclared prefixes {used - declared} in {query}"


@pytest.mark.parametrize("path", PASS_FILES + FAIL_FILES, ids=_ids(PASS_FILES + FAIL_FILES))
def test_examples_use_only_declared_terms(path):
    declared = declared_terms()
    vocabularies = tuple(PREFIXES[p] for p in ("kgo", "oa", "org", "prov", "schema"))
    unknown = {
        t for t in iris_in(parse(path))
        if str(t).startswith(vocabularies) and t not in declared
    }
    assert not unknown, f"terms not declared in kg.ttl: {sorted(unknown)}"


@pytest.mark.parametrize("path", PASS_FILES, ids=_ids(PASS_FILES))
def test_pass_example_conforms(path):
    conforms, results, text = shacl_results(parse(path))
    assert conforms, text


@pytest.mark.parametrize("path", FAIL_FILES, ids=_ids(FAIL_FILES))
def test_fail_example_reports_expected_focus(path):
    focus, result_path = expectations(path)
    conforms, results, text = shacl_results(parse(path))
    assert not conforms, f"{path.name} conforms but must not"
    assert len(results) == 1, f"{path.name} must break exactly one rule:\n{text}"
    (got_focus, got_path, component), = results
    assert got_focus == focus, f"{path.name}: focus {got_focus}, expected {focus}\n{text}"
    if result_path is not None:
        assert got_path == result_path, f"{path.name}: path {got_path}, expected {result_path}\n{text}"


@pytest.mark.parametrize("path", PASS_FILES, ids=_ids(PASS_FILES))
def test_pass_example_selectors_match_article_text(path):
    g = parse(path)
    selectors = list(g.subjects(RDF.type, OA.TextQuoteSelector))
    for selector in selectors:
        evidence = g.value(predicate=OA.hasSelector, object=selector)
        text = str(g.value(g.value(evidence, OA.hasSource), SCHEMA.text))
        start, end = int(g.value(selector, OA.start)), int(g.value(selector, OA.end))
        assert text[start:end] == str(g.value(selector, OA.exact)), f"{selector}: offsets do not match the text"


def test_shapes_detect_a_broken_pass_example():
    """A pass example with one required triple removed must stop conforming."""
    g = rdflib.Graph()
    for triple in parse(SHACL_DIR / "pass" / "people_posts_attendance.ttl"):
        g.add(triple)
    statement = next(g.subjects(RDF.type, KGO.PostHolding))
    g.remove((statement, KGO.holder, None))
    conforms, results, _ = shacl_results(g)
    assert not conforms
    assert (statement, KGO.holder) in {(f, p) for f, p, _ in results}


# ---------------------------------------------------------------------------
# Glossary
# ---------------------------------------------------------------------------

REQUIRED_NOTATIONS = {
    "UBND", "HĐND", "MTTQ", "LLVT", "QĐND", "CAND", "DQTV", "DBĐV", "CHQS", "BCH", "SSCĐ",
    "PCTT – TKCN", "CH-CQ", "GDNN&GDTX", "THPT", "THCS", "GDQP-AN", "QP-AN", "KT-XH", "đ/c",
    "TP", "QK", "BTL", "BCĐ",
}
TERM_KEYS = {"notation", "vi", "en", "alt", "alt_notation", "note"}


def glossary():
    return yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))


def test_glossary_shape():
    data = glossary()
    assert set(data) == {"scheme", "terms"}
    assert data["scheme"]["id"] == "abbreviations"
    assert set(data["scheme"]["label"]) == {"vi", "en"}
    assert data["terms"]
    for term in data["terms"]:
        assert {"notation", "vi", "en"} <= set(term) <= TERM_KEYS, term
        for key in ("notation", "vi", "en", "note"):
            if key in term:
                assert isinstance(term[key], str) and term[key].strip() == term[key] != "", (key, term)
        for key in ("alt", "alt_notation"):
            if key in term:
                assert isinstance(term[key], list) and term[key], (key, term)
                assert all(isinstance(v, str) and v.strip() == v != "" for v in term[key]), (key, term)


def test_glossary_notations_are_unique_and_sorted():
    terms = glossary()["terms"]
    written = [n for t in terms for n in [t["notation"], *t.get("alt_notation", [])]]
    assert len(written) == len(set(written)), "a notation or alt_notation appears twice"
    notations = [t["notation"] for t in terms]
    assert notations == sorted(notations, key=search_key), "sort terms by notation, ignoring case and diacritics"


def test_glossary_has_required_terms():
    terms = {t["notation"]: t for t in glossary()["terms"]}
    missing = REQUIRED_NOTATIONS - set(terms)
    assert not missing, sorted(missing)
    assert terms["PCTT – TKCN"]["alt_notation"] == ["PCTT-TKCN", "PCTT - TKCN"]
    assert terms["UBND"]["vi"] == "Ủy ban nhân dân"
    assert "Uỷ ban nhân dân" in terms["UBND"]["alt"]
    assert "Đ/c" in terms["đ/c"]["alt_notation"]


def _seed_text():
    return (ROOT / "data" / "articles" / SEED_NAME).read_text(encoding="utf-8")


def test_glossary_covers_abbreviations_in_seed_article():
    text = unicodedata.normalize("NFC", _seed_text())
    written = set()
    for t in glossary()["terms"]:
        for n in [t["notation"], *t.get("alt_notation", [])]:
            written.add(n)
            written.update(re.split(r"[\s&\-–]+", n))  # parts of compound notations
    found = set(re.findall(r"(?<!\w)(?:[A-ZĐ]{2,}(?:[&\-–][A-ZĐ]{2,})*|[đĐ]/c)(?!\w)", text))
    missing = sorted(found - written)
    assert found and not missing, f"abbreviations in the seed article missing from glossary.yaml: {missing}"
