"""Remote stores: push to and query a real Oxigraph server that this module starts and stops."""

from __future__ import annotations

import csv
import io
import json
import socket
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

import httpx
import pytest

OXIGRAPH = Path(sys.executable).with_name("oxigraph")
pytestmark = pytest.mark.skipif(not OXIGRAPH.exists(), reason="the 'oxigraph' server (PyPI oxigraph) is not installed")
START_WAIT = 20.0  # seconds the server may take to answer its first request


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """`oxigraph serve` on 127.0.0.1 and a free port, with a fresh database; stopped at the end."""
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-db")
    log = (tmp_path_factory.mktemp("oxigraph-log") / "server.log").open("wb")
    process = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_WAIT
        while True:
            if process.poll() is not None:
                pytest.fail(f"oxigraph serve exited with {process.returncode}")
            try:
                httpx.get(base + "/", timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    pytest.fail(f"oxigraph serve did not answer within {START_WAIT:g} s")
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        log.close()


@pytest.fixture(scope="module")
def pushed(oxigraph, seed_project):
    """The seed store pushed once (through the CLI) for the query tests."""
    from click.testing import CliRunner

    from kg.cli import main

    env = {"KG_PROJECT": str(seed_project.root), "KG_STORE": str(seed_project.home)}
    result = CliRunner().invoke(main, ["push", "--endpoint", oxigraph + "/query"], env=env)
    assert result.exit_code == 0, result.output
    return oxigraph + "/query"


def server_counts(endpoint: str) -> dict[str, int]:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    response = httpx.post(endpoint, data={"query": query}, headers={"Accept": "application/sparql-results+json"})
    return {b["g"]["value"]: int(b["n"]["value"]) for b in response.json()["results"]["bindings"]}


def local_counts(store) -> dict[str, int]:
    counts: dict[str, int] = {}
    for quad in store:
        counts[quad.graph_name.value] = counts.get(quad.graph_name.value, 0) + 1
    return counts


def test_push_keeps_every_named_graph(kg, seed_project, seed_store, oxigraph, pushed):
    assert server_counts(pushed) == local_counts(seed_store)
    assert len(server_counts(pushed)) >= 4
    # a second push replaces each graph: nothing doubles
    result = kg("push", "--endpoint", pushed, project=seed_project)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Pushed {len(local_counts(seed_store))} graph(s)")
    assert "the endpoint reports the same counts" in result.stdout
    assert "  PUT https://kg.example.org/graph/concepts: " in result.stderr  # progress, one line per graph
    assert server_counts(pushed) == local_counts(seed_store)


def test_push_in_turtle_to_the_graph_store_alone(kg, seed_project, seed_store, oxigraph, pushed):
    result = kg("push", "--graph-store", oxigraph + "/store", "--format", "turtle", project=seed_project)
    assert result.exit_code == 0, result.output
    assert server_counts(pushed) == local_counts(seed_store)


def csv_rows(result) -> list[list[str]]:
    assert result.exit_code == 0, result.output
    return list(csv.reader(io.StringIO(result.stdout)))


@pytest.mark.parametrize("name, params", [
    ("attendees", []), ("ranks", []), ("awards", []), ("abbreviations", []), ("evidence", []),
    ("organisations-places", []), ("tasks", []), ("posts-over-time", ["person=id:person/le-luong"]),
    ("awards-by-body", []), ("figures", ["year=2019"]), ("series-events", []),
    ("entity", ["entity=id:person/le-luong"]), ("sources", ["entity=id:person/trinh-van-cu"]),
])
def test_named_queries_answer_the_same_remotely(kg, seed_project, pushed, name, params):
    args = ["query", name, "-f", "csv", *[x for p in params for x in ("--param", p)]]
    local = csv_rows(kg(*args, project=seed_project))
    remote = csv_rows(kg(*args, "--endpoint", pushed, project=seed_project))
    assert remote[0] == local[0]
    assert sorted(remote[1:]) == sorted(local[1:]) and len(local) > 1


@pytest.mark.parametrize("spelling", ["Quận ủy", unicodedata.normalize("NFD", "Quận ủy"), "quan uy", "Quận uỷ"])
def test_find_remotely_in_every_spelling(kg, seed_project, pushed, spelling):
    rows = csv_rows(kg("find", spelling, "-f", "csv", "--endpoint", pushed, project=seed_project))
    assert [row[0] for row in rows[1:]] == ["https://kg.example.org/id/org/quan-uy-duong-kinh"]


def test_the_key_function_is_local_only_and_says_so(kg, seed_project, pushed):
    result = kg("query", "find", "--param", "name=le luong", "--endpoint", pushed, project=seed_project)
    assert result.exit_code == 2
    assert "calls kgf:key, which only the local store has; on an endpoint use 'kg find'" in result.stderr


def test_injection_remotely_stays_a_literal_and_changes_nothing(kg, seed_project, seed_store, pushed):
    value = 'x" } ; DROP ALL ; SELECT * { "'
    result = kg("query", "-e", "SELECT ?v WHERE { BIND(?v AS ?w) }", "-p", f"v={value}", "-f", "json",
                "--endpoint", pushed, project=seed_project)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"]["bindings"] == [{"v": {"type": "literal", "value": value}}]
    result = kg("query", "posts-over-time", "-p", f"person=<https://kg.example.org/{value.replace(' ', '')}>",
                "--endpoint", pushed, project=seed_project)
    assert result.exit_code == 2 and "is not an IRI" in result.stderr  # quotes and braces cannot be in an IRI
    assert server_counts(pushed) == local_counts(seed_store)


def test_ask_and_construct_remotely(kg, seed_project, pushed):
    assert kg("query", "-e", "ASK { ?p a kgo:Person }", "--endpoint", pushed, project=seed_project).exit_code == 0
    assert kg("query", "-e", "ASK { ?p a kgo:Nothing }", "--endpoint", pushed, project=seed_project).exit_code == 1
    result = kg("query", "-e", "CONSTRUCT { ?p a kgo:Person } WHERE { ?p a kgo:Person }", "-f", "ntriples",
                "--endpoint", pushed, project=seed_project)
    assert result.exit_code == 0 and len(result.stdout.strip().splitlines()) == 4


def test_syntax_errors_read_the_same_remotely(kg, seed_project, pushed):
    result = kg("query", "-e", "SELECT ?x WHRE { ?x ?y ?z }", "--endpoint", pushed, project=seed_project)
    assert result.stderr.strip() == ("Error: query:1:16: SPARQL syntax error: expected one of DISTINCT, WHERE, "
                                     "found '{'")


def test_unreachable_endpoint_is_one_line(kg, seed_project):
    server = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    for args in (["query", "ranks"], ["find", "le luong"], ["push"]):
        result = kg(*args, "--endpoint", server + "/query", project=seed_project)
        assert result.exit_code == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"Error: cannot reach {server}/"), result.stderr
        assert lines[0].endswith("(Connection refused); is the server running?") or "refused" in lines[0]


@pytest.fixture
def silent_server():
    """A socket on 127.0.0.1 that accepts connections and never answers; closed at the end."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
    finally:
        stop.set()
        thread.join(5)
        for connection in accepted:
            connection.close()
        listener.close()


def test_a_slow_endpoint_times_out_and_says_after_how_long(kg, seed_project, silent_server):
    started = time.monotonic()
    result = kg("query", "ranks", "--endpoint", silent_server, "--timeout", "0.5", project=seed_project)
    assert time.monotonic() - started < 10
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"Error: {silent_server} did not answer within 0.5 s (timed out); "
                                     "raise --timeout or narrow the query")


def test_push_needs_a_graph_store_address_it_can_tell(kg, seed_project):
    result = kg("push", "--endpoint", "http://127.0.0.1:9/sparql", project=seed_project)
    assert result.exit_code == 2 and "pass --graph-store URL" in result.stderr
    result = kg("push", "--endpoint", "ftp://example.org/query", project=seed_project)
    assert result.exit_code == 2 and "--endpoint must be an http(s) URL" in result.stderr
