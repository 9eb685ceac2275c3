"""Parameters are RDF terms, bound by the engine: never query text."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Store

from kg.errors import KgError
from kg.query.library import parse_header
from kg.query.params import bind, parse_value
from kg.query.run import execute, query_prefixes, rows
from kg.query import sparql_text

PREFIXES = query_prefixes("https://kg.example.org/")
XSD = "http://www.w3.org/2001/XMLSchema#"
INJECTION = 'x" } ; DROP ALL ; SELECT * { "'


@pytest.mark.parametrize("text, term", [
    ("<https://kg.example.org/id/person/le-luong>", NamedNode("https://kg.example.org/id/person/le-luong")),
    ('"Lê Lương"@vi', Literal("Lê Lương", language="vi")),
    ('"Lê Lương"@VI', Literal("Lê Lương", language="vi")),
    ('"5"^^xsd:integer', Literal("5", datatype=NamedNode(XSD + "integer"))),
    ('"2019"^^<http://www.w3.org/2001/XMLSchema#gYear>', Literal("2019", datatype=NamedNode(XSD + "gYear"))),
    ('"text"', Literal("text")),
    ("'single'", Literal("single")),
    ('"tab\\there \\"quoted\\" \\u00e0"', Literal('tab\there "quoted" à')),
    ("42", Literal("42", datatype=NamedNode(XSD + "integer"))),
    ("-7", Literal("-7", datatype=NamedNode(XSD + "integer"))),
    ("1.925", Literal("1.925")),  # Vietnamese thousands: not read as a decimal
    ("le luong", Literal("le luong")),
    ("id:person/le-luong", Literal("id:person/le-luong")),  # no declared kind: text stays text
    ("", Literal("")),
    (INJECTION, Literal(INJECTION)),
])
def test_values_read_as_terms(text, term):
    assert parse_value("p", text, PREFIXES) == term


@pytest.mark.parametrize("text, kind, term", [
    ("id:person/le-luong", "iri", NamedNode("https://kg.example.org/id/person/le-luong")),
    ("https://example.org/x", "iri", NamedNode("https://example.org/x")),
    ("<https://example.org/x>", "iri", NamedNode("https://example.org/x")),
    ("2019", "xsd:gYear", Literal("2019", datatype=NamedNode(XSD + "gYear"))),
    ('"2019"^^xsd:integer', "xsd:gYear", Literal("2019", datatype=NamedNode(XSD + "integer"))),  # explicit wins
])
def test_declared_kind_reads_bare_values(text, kind, term):
    assert parse_value("p", text, PREFIXES, kind) == term


@pytest.mark.parametrize("text, kind, message", [
    ("<has space>", None, "parameter p: '<has space>' is not an IRI"),
    ('"open', None, "parameter p: the quoted value has no closing \""),
    ('"x"@', None, "expected @lang or ^^datatype"),
    ('"x"^^nope:type', None, "unknown datatype 'nope:type'"),
    ('"x\\q"', None, "bad escape \\q"),
    ("_:b0", None, "a blank node cannot be a parameter"),
    ("le-luong", "iri", "parameter p expects an IRI"),
    ('"le"', "iri", "parameter p expects an IRI, not a literal"),
    ("20x9", "xsd:gYear", "'20x9' is not a valid xsd:gYear"),
    ('"abc"^^xsd:integer', None, "'abc' is not a valid xsd:integer"),
])
def test_malformed_values_name_the_parameter(text, kind, message):
    with pytest.raises(KgError) as caught:
        parse_value("p", text, PREFIXES, kind)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.fixture
def posts_query(tmp_path):
    path = tmp_path / "posts.rq"
    path.write_text("# title: Posts\n# param: person [iri] who\n# param: year (optional) [xsd:gYear] when\n"
                    "SELECT ?person ?year {}\n", encoding="utf-8")
    return parse_header(path)


def test_bind_checks_names_against_the_header(posts_query):
    terms = bind(["person=id:person/le-luong", "year=2019"], posts_query.text, PREFIXES, posts_query)
    assert terms == {"person": NamedNode("https://kg.example.org/id/person/le-luong"),
                     "year": Literal("2019", datatype=NamedNode(XSD + "gYear"))}
    with pytest.raises(KgError, match="^missing parameter person for query posts"):
        bind(["year=2019"], posts_query.text, PREFIXES, posts_query)
    with pytest.raises(KgError, match="^unknown parameter who for query posts; it takes: person, year"):
        bind(["person=id:x", "who=1"], posts_query.text, PREFIXES, posts_query)
    with pytest.raises(KgError, match="^parameter year is given twice"):
        bind(["person=id:x", "year=1", "year=2"], posts_query.text, PREFIXES, posts_query)
    with pytest.raises(KgError, match="^malformed parameter 'person'; write --param NAME=VALUE"):
        bind(["person"], posts_query.text, PREFIXES, posts_query)


def test_bind_inline_accepts_only_variables_of_the_query():
    assert bind(["x=a=b"], "SELECT ?x {}", PREFIXES) == {"x": Literal("a=b")}
    with pytest.raises(KgError, match="^unknown parameter y: the query has no variable \\?y"):
        bind(["y=1"], "SELECT ?x { # ?y in a comment is not a variable\n }", PREFIXES)


def _content(store: Store) -> list[str]:
    return sorted(str(q) for q in store)


def test_injection_stays_a_literal_and_changes_nothing(seed_project, seed_store):
    """A value that would end the query if spliced in is one literal, on a writable store too."""
    store = Store()
    store.extend(seed_store)
    before = _content(store)
    sparql = "SELECT ?x (STRLEN(?x) AS ?n) WHERE { BIND(?x AS ?y) }"
    for value in (INJECTION, '"x\\" } ; DROP ALL ; SELECT * { \\""'):
        terms = bind([f"x={value}"], sparql, PREFIXES)
        _, data = rows(execute(store, sparql, seed_project.base_iri, terms))
        assert len(data) == 1 and isinstance(data[0][0], Literal)
        assert data[0][0].value in (INJECTION, 'x" } ; DROP ALL ; SELECT * { "'[1:])
        assert int(data[0][1].value) == len(data[0][0].value)
    assert _content(store) == before
    assert len(before) > 3000


def test_remote_binding_escapes_the_value():
    """On an endpoint the value goes into VALUES as an N-Triples term: its quotes are escaped."""
    text = sparql_text.inline_values("SELECT ?x WHERE { ?s ?p ?x }", {"x": str(Literal(INJECTION))})
    assert text == ('SELECT ?x WHERE { VALUES (?x) { ("x\\" } ; DROP ALL ; SELECT * { \\"") }  ?s ?p ?x }')
    strings = [t.text for t in sparql_text.tokens(text) if t.kind == "string"]
    assert strings == ['"x\\" } ; DROP ALL ; SELECT * { \\""']


@pytest.mark.parametrize("sparql, at", [
    ("SELECT * WHERE { ?s ?p ?o }", 16),
    ("SELECT * { ?s ?p ?o }", 10),
    ("PREFIX a: <http://a{}/> ASK { ?s ?p ?o }", 29),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", 30),
    ("# a { comment\nSELECT ?x WHERE { ?x ?p \"{\" }", 31),
])
def test_where_group_is_found_past_comments_strings_and_templates(sparql, at):
    assert sparql_text.where_group_start(sparql) == at
    assert sparql[at - 1] == "{"


def test_updates_are_recognised():
    assert sparql_text.is_update("PREFIX a: <x:> DROP ALL")
    assert sparql_text.is_update("insert data { <a:a> <a:b> <a:c> }")
    assert not sparql_text.is_update("# DROP ALL\nSELECT * {}")
    assert sparql_text.query_form("DESCRIBE <x:y>") == "DESCRIBE"
