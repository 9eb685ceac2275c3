"""`kg query` and `kg queries` from the command line: every format, exit codes, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
import xml.etree.ElementTree as ET

import pytest
from pyoxigraph import QueryResultsFormat, RdfFormat, parse, parse_query_results
from wcwidth import wcswidth

from kg.query.render import table
from kg.store import open_store

RANK_ROW = ["Trịnh Văn Cứ", "Trung tá", "2019-11-21", "Trung tá Trịnh\u00a0Văn Cứ"]
PERSONS = "CONSTRUCT { ?p a kgo:Person } WHERE { ?p a kgo:Person }"
PEOPLE = {f"https://kg.example.org/id/person/{slug}" for slug in ("le-luong", "trinh-van-cu", "dao-van-ninh", "quoc-vu")}
SR = "{http://www.w3.org/2005/sparql-results#}"


def ok(result, code: int = 0):
    assert result.exit_code == code, result.output
    return result


def error_line(result) -> str:
    """The CLI's error: exit 2 and exactly one line starting 'Error: '."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


# -- SELECT in every format -------------------------------------------------------

def test_select_as_table(kg, seed_project):
    out = ok(kg("query", "ranks", project=seed_project)).output.splitlines()
    assert out[0].split() == ["person", "rank", "attested", "quote"]
    assert set(out[1]) == {"-", " "}
    assert out[2].split("  ")[0] == "Trịnh Văn Cứ"
    assert "Trung tá Trịnh Văn Cứ" in out[2]  # the no-break space is shown as a space
    assert out[-1] == "(1 row)"


def test_select_as_json(kg, seed_project):
    data = json.loads(ok(kg("query", "ranks", "--format", "json", project=seed_project)).stdout_bytes)
    assert data["head"]["vars"] == ["person", "rank", "attested", "quote"]
    [binding] = data["results"]["bindings"]
    assert binding["person"] == {"type": "literal", "value": "Trịnh Văn Cứ", "xml:lang": "vi"}
    assert binding["attested"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"
    assert [binding[v]["value"] for v in data["head"]["vars"]] == RANK_ROW


def test_select_as_xml(kg, seed_project):
    root = ET.fromstring(ok(kg("query", "ranks", "-f", "xml", project=seed_project)).stdout_bytes)
    assert [v.get("name") for v in root.iter(SR + "variable")] == ["person", "rank", "attested", "quote"]
    assert [b.find(SR + "literal").text for b in root.iter(SR + "binding")] == RANK_ROW


def test_select_as_csv(kg, seed_project):
    text = ok(kg("query", "ranks", "-f", "csv", project=seed_project)).stdout_bytes.decode("utf-8")
    assert list(csv.reader(io.StringIO(text))) == [["person", "rank", "attested", "quote"], RANK_ROW]


def test_select_as_tsv(kg, seed_project):
    data = ok(kg("query", "ranks", "-f", "tsv", project=seed_project)).stdout_bytes
    assert data.startswith(b"?person\t?rank\t?attested\t?quote\n")
    [solution] = parse_query_results(data, QueryResultsFormat.TSV)
    assert [solution[v].value for v in ("person", "rank", "attested", "quote")] == RANK_ROW
    assert solution["person"].language == "vi"


# -- ASK: output and exit code -----------------------------------------------------

@pytest.mark.parametrize("fmt", ["table", "json", "xml", "csv", "tsv"])
@pytest.mark.parametrize("sparql, answer", [("ASK { ?p a kgo:Person }", True), ("ASK { ?p a kgo:Nothing }", False)])
def test_ask_sets_the_exit_code_in_every_format(kg, seed_project, fmt, sparql, answer):
    result = kg("query", "-e", sparql, "-f", fmt, project=seed_project)
    assert result.exit_code == (0 if answer else 1)
    data = result.stdout_bytes
    if fmt in ("json", "xml"):
        parsed = parse_query_results(data, QueryResultsFormat.JSON if fmt == "json" else QueryResultsFormat.XML)
        assert bool(parsed) is answer
    else:
        assert data.strip() == (b"true" if answer else b"false")


# -- CONSTRUCT and DESCRIBE in every RDF format --------------------------------------

@pytest.mark.parametrize("fmt, rdf_format", [
    ("turtle", RdfFormat.TURTLE), ("ntriples", RdfFormat.N_TRIPLES), ("nquads", RdfFormat.N_QUADS),
    ("trig", RdfFormat.TRIG), ("jsonld", RdfFormat.JSON_LD), ("rdfxml", RdfFormat.RDF_XML),
])
def test_construct_in_every_rdf_format(kg, seed_project, fmt, rdf_format):
    data = ok(kg("query", "-e", PERSONS, "-f", fmt, project=seed_project)).stdout_bytes
    quads = list(parse(data, rdf_format))
    assert {q.subject.value for q in quads} == PEOPLE
    assert {q.object.value for q in quads} == {"https://kg.example.org/ontology#Person"}


def test_construct_defaults_to_turtle_and_describe_works(kg, seed_project):
    data = ok(kg("query", "-e", PERSONS, project=seed_project)).stdout_bytes
    assert b"@prefix kgo:" in data and len(list(parse(data, RdfFormat.TURTLE))) == 4
    data = ok(kg("query", "-e", "DESCRIBE <https://kg.example.org/id/person/le-luong>", "-f", "ntriples",
                 project=seed_project)).stdout_bytes
    labels = {q.object.value for q in parse(data, RdfFormat.N_TRIPLES) if q.predicate.value.endswith("#label")}
    assert labels == {"Lê Lương"}


def test_a_format_that_does_not_fit_the_result_says_which_do(kg, seed_project):
    line = error_line(kg("query", "ranks", "-f", "turtle", project=seed_project))
    assert "use one of table, csv, tsv, json, xml" in line
    line = error_line(kg("query", "-e", PERSONS, "-f", "json", project=seed_project))
    assert "use one of turtle, ntriples" in line


# -- query sources and parameters -----------------------------------------------------

def test_query_from_a_file_and_inline(kg, seed_project, tmp_path):
    path = tmp_path / "people.rq"
    path.write_text("SELECT (COUNT(?p) AS ?n) WHERE { ?p a kgo:Person }", encoding="utf-8")
    assert ok(kg("query", str(path), "-f", "csv", project=seed_project)).output.split() == ["n", "4"]
    assert ok(kg("query", "-e", path.read_text(), "-f", "csv", project=seed_project)).output.split() == ["n", "4"]


def test_named_query_with_parameters(kg, seed_project):
    result = ok(kg("query", "posts-over-time", "--param", "person=id:person/le-luong", "-f", "csv",
                   project=seed_project))
    assert [row[2] for row in csv.reader(io.StringIO(result.stdout))][1:] == [
        "Chủ tịch UBND quận Dương Kinh", "Phó Bí thư Quận ủy Dương Kinh"]
    result = ok(kg("query", "-e", "SELECT ?who WHERE { BIND(?who AS ?x) }", "-p", 'who="Lê Lương"@vi', "-f", "json",
                   project=seed_project))
    assert json.loads(result.stdout)["results"]["bindings"][0]["who"] == {
        "type": "literal", "value": "Lê Lương", "xml:lang": "vi"}


def test_injection_through_the_cli_changes_nothing(kg, seed_project):
    before = sorted(str(q) for q in open_store(seed_project.home))
    value = 'x" } ; DROP ALL ; SELECT * { "'
    result = ok(kg("query", "find", "--param", f"name={value}", "-f", "csv", project=seed_project))
    assert result.stdout.split() == ["entity,type,label,name"]  # no match, no error
    result = ok(kg("query", "-e", "SELECT ?v WHERE { BIND(?v AS ?w) }", "-p", f"v={value}", "-f", "json",
                   project=seed_project))
    assert json.loads(result.stdout)["results"]["bindings"] == [{"v": {"type": "literal", "value": value}}]
    assert sorted(str(q) for q in open_store(seed_project.home)) == before


# -- errors are one line that says what to do ---------------------------------------

def test_syntax_error_gives_line_column_and_what_was_expected(kg, seed_project, tmp_path):
    line = error_line(kg("query", "-e", "SELECT ?x WHERE {\n  ?x ?y ?z .\n  FILTER(?x = ) }", project=seed_project))
    assert line.startswith("Error: query:3:18: SPARQL syntax error: expected one of ABS, AVG,")
    assert line.endswith("found the end of the query")
    assert "[" not in line  # character classes of the parser are left out
    line = error_line(kg("query", "-e", "SELECT ?x WHRE { ?x ?y ?z }", project=seed_project))
    assert line == "Error: query:1:16: SPARQL syntax error: expected one of DISTINCT, WHERE, found '{'"
    path = tmp_path / "bad.rq"
    path.write_text("SELECT * WHERE {\n  ?s foo:bar ?o }\n", encoding="utf-8")
    line = error_line(kg("query", str(path), project=seed_project))
    assert line.startswith(f"Error: {path}:2:")
    assert "unknown prefix 'foo:'; declare it with PREFIX; known prefixes: kgo:" in line


def test_unknown_query_name_suggests_the_closest(kg, seed_project):
    assert error_line(kg("query", "atendees", project=seed_project)).startswith(
        "Error: no named query 'atendees'; did you mean attendees")
    assert "run 'kg queries' to list them" in error_line(kg("query", "zzzzzz", project=seed_project))


def test_parameter_errors_name_the_parameter(kg, seed_project):
    assert error_line(kg("query", "entity", project=seed_project)).startswith(
        "Error: missing parameter entity for query entity")
    assert error_line(kg("query", "entity", "-p", "entity=le-luong", project=seed_project)).startswith(
        "Error: parameter entity expects an IRI")
    assert error_line(kg("query", "ranks", "-p", "x=1", project=seed_project)) == (
        "Error: unknown parameter x: query ranks takes no parameters")
    assert error_line(kg("query", "figures", "-p", "year=20x9", project=seed_project)) == (
        "Error: parameter year: '20x9' is not a valid xsd:gYear")
    assert error_line(kg("query", "ranks", "-p", "novalue", project=seed_project)) == (
        "Error: malformed parameter 'novalue'; write --param NAME=VALUE")


def test_updates_and_missing_queries_are_refused(kg, seed_project):
    assert "store is read-only" in error_line(kg("query", "-e", "DROP ALL", project=seed_project))
    assert "name a query" in error_line(kg("query", project=seed_project))
    assert error_line(kg("query", "missing.rq", project=seed_project)) == "Error: missing.rq: no such query file"


# -- the catalogue ------------------------------------------------------------------

def test_queries_lists_titles_descriptions_and_params(kg, seed_project):
    out = ok(kg("queries", project=seed_project)).output
    assert "posts-over-time        Posts held over time" in out
    assert "--param person=…  (optional, iri) only this person" in out
    assert "--param name=…  (required) Name or part of a name" in out
    assert "ranks                  Military ranks (CQ2)" in out


# -- the table lines up Vietnamese and wide text -------------------------------------

def test_table_lines_up_combining_marks_and_wide_characters():
    from pyoxigraph import Literal

    names = [unicodedata.normalize("NFD", "Lê Lương"), "Quận ủy", "漢字 wide", "Trịnh\u00a0Văn Cứ", "a\tb\nc"]
    text = table(["name", "mark"], [[Literal(n), Literal("X")] for n in names], {})
    lines = text.splitlines()[2:-1]
    columns = {wcswidth(line[: line.index("X")]) for line in lines}
    assert len(columns) == 1, text
    assert "a b c" in text  # tabs and line breaks do not break the table


def test_long_cells_are_clipped_by_display_width():
    from pyoxigraph import Literal

    text = table(["v"], [[Literal("漢" * 100)]], {}, max_cell=20)
    cell = text.splitlines()[2]
    assert cell.endswith("…") and wcswidth(cell) <= 20


def test_the_fast_width_path_agrees_with_wcwidth():
    """Common text skips importing wcwidth; for those characters both must give one column."""
    import wcwidth

    from kg.query.render import _NARROW, width

    ranges = [(0x20, 0x7F), (0xA0, 0x300), (0x1E00, 0x1F00), (0x2010, 0x2028), (0x2030, 0x205F)]
    for char in (chr(c) for start, end in ranges for c in range(start, end)):
        assert _NARROW.fullmatch(char) and wcwidth.wcwidth(char) == 1 == width(char), hex(ord(char))
    for text in ("Quận ủy Dương Kinh", unicodedata.normalize("NFD", "Quận ủy"), "漢字", "a\u200bb"):
        assert width(text) == wcwidth.wcswidth(text)
