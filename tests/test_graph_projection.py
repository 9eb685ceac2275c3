"""The readable and raw projections of the seed store, and the filters shared by every format."""

from __future__ import annotations

import unicodedata

import pytest

from kg.errors import KgError
from kg.graph import project
from kg.graph.filters import Filters, apply_filters, find_node
from kg.text import nfc

BASE = "https://kg.example.org/"
LE_LUONG = BASE + "id/person/le-luong"
UBND = BASE + "id/org/ubnd-duong-kinh"
CONFERENCE = BASE + "id/event/hoi-nghi-qsqp-2019"


@pytest.fixture(scope="module")
def readable(seed_store, seed_project):
    return project(seed_store, seed_project.base_iri)


@pytest.fixture(scope="module")
def raw(seed_store, seed_project):
    return project(seed_store, seed_project.base_iri, raw=True)


def labels(graph, u, v):
    return sorted(d["label_vi"] for d in graph.get_edge_data(u, v, default={}).values())


def test_post_holding_folds_into_person_to_organisation_edge(readable):
    assert "Chủ tịch · 2019" in labels(readable, LE_LUONG, UBND)
    edge = next(d for d in readable.get_edge_data(LE_LUONG, UBND).values() if d["kind"] == "holds")
    assert edge["label_en"] == "Chairman · 2019"
    assert edge["year"] == 2019
    assert edge["quote"] == "đ/c Lê Lương – Phó Bí thư Quận ủy, Chủ tịch UBND quận"
    assert edge["articles"] == ["duong-kinh-tong-ket-qsqp-2019"]
    assert edge["statement"].startswith(BASE + "id/article/")


def test_award_conferral_folds_into_body_to_conference_edge(readable):
    awards = [d for d in readable.get_edge_data(UBND, CONFERENCE).values() if d["kind"] == "award"]
    assert [a["label_vi"] for a in awards] == ["Giấy khen: 4 tập thể, 10 cá nhân"]
    assert awards[0]["label_en"] == "Certificate of Merit: 4 collectives, 10 individuals"
    assert awards[0]["quote"] == "UBND quận tặng Giấy khen cho 04 tập thể và 10 cá nhân"


def test_attendance_rank_presentation_directive_figure(readable):
    assert labels(readable, LE_LUONG, CONFERENCE) == ["dự"]
    assert labels(readable, BASE + "id/person/trinh-van-cu", BASE + "id/rank/trung-ta") == ["Trung tá · 2019"]
    assert labels(readable, LE_LUONG, BASE + "id/award-type/giay-khen") == ["trao cho các tập thể, cá nhân"]
    assert "chỉ đạo 9 nhiệm vụ · 2020" in labels(readable, LE_LUONG, BASE + "id/org/llvt-duong-kinh")
    figure = labels(readable, BASE + "id/event/gdqpan-hoc-sinh-sinh-vien-2019", CONFERENCE)
    assert "số học sinh, sinh viên được giáo dục quốc phòng – an ninh: 1.925 người" in figure
    group = labels(readable, BASE + "id/org/hdnd-duong-kinh", CONFERENCE)
    assert group == ["dự: các đồng chí Phó Chủ tịch HĐND quận"]


def test_every_statement_kind_is_folded_and_no_statement_is_a_node(readable):
    kinds = {d["kind"] for *_, d in readable.edges(data=True)}
    assert {"holds", "rank", "attends", "award", "presents", "figure", "directs", "assessment"} <= kinds
    assert not [n for n in readable if "/holding/" in n or "/award/" in n or "/evidence/" in n]
    types = {d["type"] for _, d in readable.nodes(data=True)}
    assert {"person", "organisation", "post", "conference", "activity", "anniversary", "award", "place", "law",
            "series", "rank"} <= types


def test_node_attributes(readable):
    node = readable.nodes[LE_LUONG]
    assert node["type"] == "person" and node["kind"] == "Person"
    assert node["label_vi"] == "Lê Lương" and "le luong" in node["search"]
    assert node["articles"] == ["duong-kinh-tong-ket-qsqp-2019"]
    assert node["quotes"] == ["Lê Lương"]
    assert readable.nodes[UBND]["label_en"] == "Duong Kinh District People's Committee"
    assert readable.nodes[CONFERENCE]["year"] == 2019


def test_quotes_are_exact_text_of_the_article(readable, seed_project):
    text = nfc((seed_project.articles_dir / "duong-kinh-tong-ket-qsqp-2019.txt").read_text(encoding="utf-8"))
    quotes = [d["quote"] for *_, d in readable.edges(data=True) if d.get("quote")]
    quotes += [q for _, d in readable.nodes(data=True) for q in d.get("quotes", ())]
    assert len(quotes) > 50
    assert [q for q in quotes if q not in text] == []


def test_shared_concepts_appear_only_when_used(readable):
    assert BASE + "id/award-type/giay-khen" in readable
    assert BASE + "id/award-type/huan-chuong" not in readable
    assert BASE + "id/rank/dai-tuong" not in readable


def test_projection_is_sorted_and_repeatable(readable, seed_store, seed_project):
    again = project(seed_store, seed_project.base_iri)
    assert list(again) == sorted(again) == list(readable)
    assert list(again.edges(keys=True, data=True)) == list(readable.edges(keys=True, data=True))


def test_raw_graph_has_every_iri_and_triple(raw, seed_store):
    query = """SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o }
               FILTER(?g != <https://kg.example.org/graph/ontology> && isIRI(?o) && ?p != rdf:type) } }"""
    rdf = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
    expected = int(next(iter(seed_store.query(query, prefixes=rdf)))["n"].value)
    assert raw.number_of_edges() == expected
    assert raw.nodes[LE_LUONG]["rdfs:label@vi"] == "Lê Lương"
    assert raw.nodes[LE_LUONG]["type"] == "kgo:Person"
    holding = next(n for n in raw if "/holding/le-luong--chu-tich" in n)
    assert raw.has_edge(holding, LE_LUONG, "kgo:holder")
    assert any(d.get("oa:exact") for _, d in raw.nodes(data=True))


# -- filters ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["le luong", "Lê Lương", unicodedata.normalize("NFD", "Lê Lương"), "LE LUONG",
                                  "le-luong", LE_LUONG])
def test_focus_finds_a_node_by_name_slug_or_iri(readable, name):
    assert find_node(readable, name) == LE_LUONG


def test_focus_neighbourhood(readable):
    one = apply_filters(readable, Filters(focus="le luong", depth=1))
    assert {UBND, CONFERENCE, BASE + "id/org/quan-uy-duong-kinh", BASE + "id/org/llvt-duong-kinh",
            BASE + "id/award-type/giay-khen"} <= set(one)
    assert BASE + "id/place/hai-phong" not in one
    assert set(apply_filters(readable, Filters(focus="le luong", depth=0))) == {LE_LUONG}
    two = apply_filters(readable, Filters(focus="le luong", depth=2))
    assert set(one) < set(two) and BASE + "id/place/duong-kinh" in two


def test_focus_errors(readable):
    with pytest.raises(KgError, match="no node matches"):
        find_node(readable, "nguyen van khong co")
    with pytest.raises(KgError, match="matches .* nodes"):
        find_node(readable, "duong")
    with pytest.raises(KgError, match="removed by the other filters"):
        apply_filters(readable, Filters(focus="le luong", types=("organisation",)))


def test_year_keeps_facts_of_that_year_and_what_they_connect(readable):
    y2020 = apply_filters(readable, Filters(year=2020))
    assert set(y2020) == {LE_LUONG, BASE + "id/org/llvt-duong-kinh", CONFERENCE}
    assert {d.get("year") for *_, d in y2020.edges(data=True)} == {2020}
    y2019 = apply_filters(readable, Filters(year=2019))
    assert "Chủ tịch · 2019" in labels(y2019, LE_LUONG, UBND)
    assert all(d.get("year") in (None, 2019) for *_, d in y2019.edges(data=True))
    assert not [n for n, d in y2019.nodes(data=True) if d["type"] == "post"]


def test_types_and_article(readable):
    people = apply_filters(readable, Filters(types=("person",)))
    assert {d["type"] for _, d in people.nodes(data=True)} == {"person"} and people.number_of_nodes() == 4
    events = apply_filters(readable, Filters(types=("events",)))
    assert {d["type"] for _, d in events.nodes(data=True)} == {"conference", "activity", "anniversary"}
    article = apply_filters(readable, Filters(article="duong-kinh-tong-ket-qsqp-2019.yaml"))
    assert set(article) == set(readable)
    with pytest.raises(KgError, match="no node has type 'nobody'"):
        apply_filters(readable, Filters(types=("nobody",)))
    with pytest.raises(KgError, match="no article 'elsewhere'"):
        apply_filters(readable, Filters(article="elsewhere"))


def test_filters_leave_the_input_alone(readable):
    before = (readable.number_of_nodes(), readable.number_of_edges())
    apply_filters(readable, Filters(year=2020, types=("person", "organisation")))
    assert (readable.number_of_nodes(), readable.number_of_edges()) == before


def test_filters_work_on_the_raw_graph(raw):
    people = apply_filters(raw, Filters(types=("kgo:Person",)))
    assert LE_LUONG in people and all(d["type"] == "kgo:Person" for _, d in people.nodes(data=True))
    around = apply_filters(raw, Filters(focus="le luong", depth=1))
    assert any("/holding/" in n for n in around)
