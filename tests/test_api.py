"""The Python API: an rdflib Dataset over the store, named queries as rows or a DataFrame."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.api import KnowledgeGraph, Rows
from kg.errors import KgError

ROOT = Path(__file__).resolve().parents[1]
ARTICLE_GRAPH = URIRef("https://kg.example.org/graph/article/duong-kinh-tong-ket-qsqp-2019")
LE_LUONG = URIRef("https://kg.example.org/id/person/le-luong")


@pytest.fixture
def graph(seed_project) -> KnowledgeGraph:
    return KnowledgeGraph(seed_project)


def test_dataset_has_the_named_graphs_and_a_union_default(graph, seed_store):
    dataset = graph.dataset
    names = {str(g.identifier) for g in dataset.graphs()}
    assert {str(g.value) for g in seed_store.named_graphs()} <= names
    article = graph.named_graph("article/duong-kinh-tong-ket-qsqp-2019")
    assert article.identifier == ARTICLE_GRAPH
    assert (LE_LUONG, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Lê Lương", lang="vi")) in article
    assert len(article) == sum(1 for _ in seed_store.quads_for_pattern(None, None, None,
                                                                     __import__("pyoxigraph").NamedNode(str(ARTICLE_GRAPH))))
    # SPARQL through rdflib runs in Oxigraph, with the project's prefixes bound
    answer = list(dataset.query("SELECT ?n WHERE { id:person\\/le-luong rdfs:label ?n } ORDER BY ?n"))
    assert [str(row[0]) for row in answer] == ["Lê Lương", "Lê Lương"]


def test_run_named_returns_rows_of_rdflib_terms(graph):
    found = graph.run_named("posts-over-time", person="id:person/le-luong")
    assert isinstance(found, Rows) and found.variables[:3] == ["person", "name", "post"]
    assert [(row["person"], str(row["post"])) for row in found] == [
        (LE_LUONG, "Chủ tịch UBND quận Dương Kinh"), (LE_LUONG, "Phó Bí thư Quận ủy Dương Kinh")]
    assert found[0]["attested"].toPython().isoformat() == "2019-11-21"
    # rdflib terms and Python numbers are accepted as parameter values
    assert graph.run_named("posts-over-time", person=LE_LUONG) == found
    assert [str(r["value"]) for r in graph.run_named("figures", year=2020)] == ["8"]


def test_run_named_checks_parameters_like_the_cli(graph):
    with pytest.raises(KgError, match="missing parameter entity"):
        graph.run_named("entity")
    with pytest.raises(KgError, match="unknown parameter who"):
        graph.run_named("ranks", who="x")
    with pytest.raises(KgError, match="no named query 'rank'; did you mean ranks"):
        graph.run_named("rank")


def test_query_binds_python_values_as_literals(graph):
    value = 'x" } ; DROP ALL ; SELECT * { "'
    found = graph.query("SELECT ?v ?n (DATATYPE(?n) AS ?t) WHERE { BIND(?v AS ?w) BIND(?n AS ?m) }", v=value, n=5)
    assert found[0]["v"] == Literal(value)
    assert str(found[0]["t"]) == "http://www.w3.org/2001/XMLSchema#integer"


def test_find(graph):
    assert [row["entity"] for row in graph.find("Quận uỷ")] == [URIRef("https://kg.example.org/id/org/quan-uy-duong-kinh")]


def test_dataframe(graph):
    pandas = pytest.importorskip("pandas")
    frame = graph.run_named("awards-by-body", as_dataframe=True)
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns)[:3] == ["body", "body_name", "award"]
    assert frame["individuals"].tolist() == [11, 5, 10]
    assert frame["body_name"].tolist()[0] == "Ban CHQS quận Dương Kinh"


def test_dataframe_without_pandas_says_how_to_get_it(graph, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas":
            raise ImportError("no pandas here")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"pip install 'vn-localgov-kg\[pandas\]'"):
        graph.run_named("ranks").to_dataframe()


def test_the_documented_example_runs(seed_project, monkeypatch, capsys):
    """The README shows this code; it must run as written."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    marker = text.index("<!-- example: python-api")
    code = re.search(r"```python\n(.*?)```", text[marker:], re.DOTALL).group(1)
    monkeypatch.setenv("KG_PROJECT", str(seed_project.root))
    monkeypatch.setenv("KG_STORE", str(seed_project.home))
    exec(compile(code, "README.md", "exec"), {"__name__": "__example__"})
    out = capsys.readouterr().out
    assert "2019-11-21 Lê Lương – Chủ tịch UBND quận Dương Kinh" in out
    assert "['Quận ủy Dương Kinh']" in out
    assert "triples in the seed article's graph" in out
    assert "Trịnh Văn Cứ" in out  # from the rdflib Dataset query
