"""`kg serve`: the SPARQL 1.1 Protocol endpoint, tested with real HTTP clients on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import os
import re
import signal
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from pyoxigraph import QueryResultsFormat, RdfFormat, parse, parse_query_results

from kg.serve.app import Settings, serve_in_thread

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # ~3e10 rows: never finishes
PERSONS = "SELECT ?p WHERE { ?p a kgo:Person } ORDER BY ?p"
PEOPLE = sorted(f"https://kg.example.org/id/person/{s}" for s in ("le-luong", "trinh-van-cu", "dao-van-ninh", "quoc-vu"))
TIMEOUT = 1.5


@pytest.fixture(scope="module")
def server(seed_project, tmp_path_factory):
    graph_file = tmp_path_factory.mktemp("graph") / "graph.html"
    graph_file.write_text("<!doctype html><title>graph</title><p>the relationship graph</p>", encoding="utf-8")
    settings = Settings(host="127.0.0.1", port=0, timeout=TIMEOUT, max_rows=20, workers=2, graph_file=graph_file,
                        quiet=True)
    running = serve_in_thread(seed_project, settings)
    try:
        yield running
    finally:
        running.close()


@pytest.fixture
def client(server):
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def values(response, var: str = "p") -> list[str]:
    assert response.status_code == 200, response.text
    return [b[var]["value"] for b in response.json()["results"]["bindings"]]


def test_binds_loopback_only_by_default(server):
    assert server.server_address[0] == "127.0.0.1"
    assert Settings().host == "127.0.0.1"


# -- the protocol: GET, POST, content negotiation -----------------------------------

def test_get_answers_sparql_json_by_default(client):
    response = client.get("/sparql", params={"query": PERSONS})
    assert response.headers["content-type"] == "application/sparql-results+json"
    assert values(response) == PEOPLE


def test_post_form_and_post_sparql_query(client):
    assert values(client.post("/sparql", data={"query": PERSONS})) == PEOPLE
    response = client.post("/query", content=PERSONS.encode(), headers={"Content-Type": "application/sparql-query"})
    assert values(response) == PEOPLE


@pytest.mark.parametrize("accept, media_type", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv; charset=utf-8"),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
    ("application/json", "application/sparql-results+json"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/sparql-results+xml"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
])
def test_select_content_negotiation(client, accept, media_type):
    response = client.get("/sparql", params={"query": PERSONS}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"] == media_type
    if "xml" in media_type:
        root = ET.fromstring(response.content)
        found = [u.text for u in root.iter("{http://www.w3.org/2005/sparql-results#}uri")]
    elif "csv" in media_type:
        found = [row[0] for row in csv.reader(io.StringIO(response.text))][1:]
    elif "tab" in media_type:
        found = [s["p"].value for s in parse_query_results(response.content, QueryResultsFormat.TSV)]
    else:
        found = values(response)
    assert found == PEOPLE


def test_format_parameter_overrides_accept(client):
    response = client.get("/sparql", params={"query": PERSONS, "format": "csv"}, headers={"Accept": "application/json"})
    assert response.text.split() == ["p", *PEOPLE]


@pytest.mark.parametrize("accept, rdf_format", [
    (None, RdfFormat.TURTLE), ("text/turtle", RdfFormat.TURTLE), ("application/n-triples", RdfFormat.N_TRIPLES),
    ("application/ld+json", RdfFormat.JSON_LD), ("application/rdf+xml", RdfFormat.RDF_XML),
    ("application/n-quads", RdfFormat.N_QUADS), ("application/trig", RdfFormat.TRIG),
])
def test_construct_content_negotiation(client, accept, rdf_format):
    headers = {"Accept": accept} if accept else {}
    response = client.post("/sparql", data={"query": "CONSTRUCT { ?p a kgo:Person } WHERE { ?p a kgo:Person }"},
                           headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(rdf_format.media_type)
    assert sorted(q.subject.value for q in parse(response.content, rdf_format)) == PEOPLE


def test_ask(client):
    response = client.get("/sparql", params={"query": "ASK { ?p a kgo:Person }"})
    assert response.json() == {"head": {}, "boolean": True}


def test_unacceptable_format_is_406(client):
    response = client.get("/sparql", params={"query": PERSONS}, headers={"Accept": "image/png"})
    assert response.status_code == 406 and "image/png" in response.text


def test_dataset_parameters(client):
    concepts = "https://kg.example.org/graph/concepts"
    response = client.post("/sparql", data={"query": PERSONS, "default-graph-uri": concepts})
    assert values(response) == []
    response = client.post("/sparql", data={
        "query": "SELECT (COUNT(*) AS ?n) WHERE { ?s a kgo:Rank }", "default-graph-uri": concepts})
    assert values(response, "n") == ["12"]


def test_variables_bound_with_dollar_fields_stay_literals(client):
    value = 'x" } ; DROP ALL ; SELECT * { "'
    response = client.post("/sparql", data={"query": "SELECT ?v WHERE { BIND(?v AS ?w) }", "$v": value})
    assert response.json()["results"]["bindings"] == [{"v": {"type": "literal", "value": value}}]


# -- read-only -------------------------------------------------------------------------

def _count(client) -> str:
    return values(client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"}), "n")[0]


def test_updates_are_refused_with_a_clear_message(client):
    before = _count(client)
    drop = "DROP ALL"
    for response in (
        client.post("/sparql", data={"update": drop}),
        client.post("/sparql", content=drop.encode(), headers={"Content-Type": "application/sparql-update"}),
        client.post("/sparql", data={"query": drop}),
        client.get("/sparql", params={"query": "INSERT DATA { <a:a> <a:b> <a:c> }"}),
        client.post("/update", data={"update": drop}),
    ):
        assert response.status_code == 403, response.text
        assert response.text.startswith("Error: this endpoint is read-only: SPARQL Update is not accepted")
    for method in ("PUT", "DELETE", "PATCH"):
        response = client.request(method, "/sparql", content=b"<a:a> <a:b> <a:c> .")
        assert response.status_code == 405 and response.headers["allow"] == "GET, HEAD, POST"
        assert "read-only" in response.text
    assert _count(client) == before


# -- limits: time and size ------------------------------------------------------------

def test_a_slow_query_is_stopped_with_a_clear_error_and_the_server_goes_on(client):
    started = time.monotonic()
    response = client.post("/sparql", data={"query": SLOW})
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert response.text == (f"Error: the query timed out after {TIMEOUT:g} s (the server's --timeout) and was "
                             "stopped; add LIMIT or narrow the query\n")
    assert TIMEOUT <= elapsed < TIMEOUT + 3
    # the worker was replaced: the endpoint still answers, more than once at a time
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: values(client.get("/sparql", params={"query": PERSONS})), range(6)))
    assert answers == [PEOPLE] * 6


def test_a_result_over_the_row_cap_is_refused(client):
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.status_code == 422
    assert "more than 20 rows (the server's --max-rows); add LIMIT" in response.text
    response = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert response.status_code == 422 and "more than 20 triples" in response.text
    assert len(values(client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 20"}), "s")) == 20


# -- bad requests ------------------------------------------------------------------------

def test_syntax_error_is_400_with_line_and_column(client):
    response = client.get("/sparql", params={"query": "SELECT ?x WHRE { ?x ?y ?z }"})
    assert response.status_code == 400
    assert response.text == ("Error: query:1:16: SPARQL syntax error: expected one of DISTINCT, WHERE, "
                             "found '{'\n")


def test_missing_query_wrong_type_and_unknown_paths(client):
    assert client.get("/sparql").status_code == 400
    response = client.post("/sparql", content=b"x", headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    assert client.get("/nothing-here").status_code == 404


# -- named queries, the catalogue, the page, the graph ---------------------------------

def test_named_query_with_parameters(client):
    response = client.get("/api/query/find", params={"name": "quan uy"})
    assert values(response, "entity") == ["https://kg.example.org/id/org/quan-uy-duong-kinh"]
    response = client.post("/api/query/posts-over-time", data={"person": "id:person/le-luong"},
                           headers={"Accept": "text/csv"})
    assert [row[2] for row in csv.reader(io.StringIO(response.text))][1:] == [
        "Chủ tịch UBND quận Dương Kinh", "Phó Bí thư Quận ủy Dương Kinh"]
    response = client.get("/api/query/entity")
    assert response.status_code == 400 and "missing parameter entity" in response.text
    response = client.get("/api/query/atendees")
    assert response.status_code == 404 and "did you mean attendees" in response.text


def test_catalogue_lists_queries_params_and_the_graph(client):
    info = client.get("/api/queries").json()
    by_name = {q["name"]: q for q in info["queries"]}
    assert by_name["posts-over-time"]["params"][0] == {
        "name": "person", "description": "only this person, e.g. id:person/le-luong", "required": False,
        "kind": "iri"}
    assert info["graph"] is True and info["limits"] == {"timeout": TIMEOUT, "max_rows": 20}
    assert info["prefixes"]["kgo"] == "https://kg.example.org/ontology#"


def test_page_is_self_contained_and_locked_down(client):
    response = client.get("/")
    assert response.status_code == 200 and response.headers["content-type"] == "text/html; charset=utf-8"
    html = response.text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html), "the page must not load anything"
    assert "innerHTML" not in html and "outerHTML" not in html and "insertAdjacentHTML" not in html
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy and "connect-src 'self'" in policy


def test_graph_page(client, server):
    response = client.get("/graph")
    assert response.status_code == 200 and "the relationship graph" in response.text


def test_sparqlwrapper_as_a_client(server):
    from SPARQLWrapper import CSV, JSON, POST, SPARQLWrapper

    sparql = SPARQLWrapper(server.url + "sparql")
    sparql.setQuery("PREFIX kgo: <https://kg.example.org/ontology#> " + PERSONS)
    sparql.setReturnFormat(JSON)
    assert [b["p"]["value"] for b in sparql.query().convert()["results"]["bindings"]] == PEOPLE
    sparql.setMethod(POST)
    sparql.setReturnFormat(CSV)
    assert sparql.query().convert().decode().split() == ["p", *PEOPLE]


def test_kg_query_can_use_this_server_as_a_remote_endpoint(kg, seed_project, server):
    local = kg("query", "awards", "-f", "csv", project=seed_project)
    remote = kg("query", "awards", "-f", "csv", "--endpoint", server.url + "sparql", project=seed_project)
    assert remote.exit_code == 0, remote.output
    assert remote.output == local.output


# -- the command itself --------------------------------------------------------------

def test_kg_serve_command_starts_answers_and_stops(seed_project):
    kg_script = Path(sys.executable).with_name("kg")
    env = {**os.environ, "KG_PROJECT": str(seed_project.root), "KG_STORE": str(seed_project.home)}
    process = subprocess.Popen([str(kg_script), "serve", "--port", "0", "--quiet", "--timeout", "5"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first_line: list[str] = []
        reader = threading.Thread(target=lambda: first_line.append(process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(60)  # bounded start-up wait
        assert first_line and first_line[0].startswith("SPARQL endpoint: http://127.0.0.1:"), first_line
        url = re.search(r"(http://127\.0\.0\.1:\d+/)sparql", first_line[0]).group(1)
        response = httpx.get(url + "sparql", params={"query": PERSONS}, timeout=30)
        assert values(response) == PEOPLE
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
        assert process.stderr.read() == ""
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def test_serve_without_a_build_is_one_line(kg, tmp_path):
    from conftest import copy_project

    project = copy_project(tmp_path / "p")
    result = kg("serve", "--port", "0", project=project)
    assert result.exit_code == 2 and "no graph has been built yet; run 'kg build' first" in result.stderr
