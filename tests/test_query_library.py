"""The named query library beyond the competency questions: exact answers on the seed store."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.query.library import find_query, named_queries, parse_header
from kg.query.params import bind
from kg.query.run import execute, query_prefixes, rows

ARTICLE = "id/article/duong-kinh-tong-ket-qsqp-2019"
BASE = "https://kg.example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def answer(project, store, query_name: str, **params) -> list[tuple[str, ...]]:
    """Rows of a named query as tuples of plain strings; IRIs under the base lose it ('id/person/…')."""
    query = find_query(project.queries_dir, query_name)
    terms = bind(params, query.text, query_prefixes(project.base_iri), query)
    _, data = rows(execute(store, query.text, project.base_iri, terms))
    return [tuple("" if t is None else t.value.removeprefix(project.base_iri) for t in row) for row in data]


def test_every_named_query_parses_and_documents_itself(seed_project, seed_store):
    library = named_queries(seed_project.queries_dir)
    assert {"find", "entity", "posts-over-time", "awards-by-body", "figures", "series-events", "sources"} <= set(library)
    for query in library.values():
        assert query.title != query.name, f"{query.name} has no '# title:'"
        assert query.description, f"{query.name} has no '# description:'"
        # parse (and run) every query; required parameters get a harmless value
        given = {p.name: "<https://kg.example.org/id/none>" for p in query.params if p.required}
        execute(seed_store, query.text, seed_project.base_iri,
                bind(given, query.text, query_prefixes(seed_project.base_iri), query))


# pyoxigraph binds only projected variables: a declared parameter must be in the SELECT list.
def test_every_declared_parameter_can_be_bound(seed_project, seed_store):
    from kg.errors import KgError

    unbindable = set()
    for query in named_queries(seed_project.queries_dir).values():
        for param in query.params:
            value = "2019" if param.kind and param.kind.startswith("xsd:") else "<https://kg.example.org/id/none>"
            given = {p.name: "<https://kg.example.org/id/none>" for p in query.params if p.required}
            given[param.name] = value
            try:
                execute(seed_store, query.text, seed_project.base_iri,
                        bind(given, query.text, query_prefixes(seed_project.base_iri), query))
            except KgError as exc:
                assert "cannot be bound" in str(exc), exc
                unbindable.add((query.name, param.name))
    assert not unbindable, f"declared parameters that pyoxigraph cannot bind (not projected): {unbindable}"


def test_header_reads_params_kinds_and_optionality(tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("# title: T\n# description: one\n# description: two\n"
                    "# param: who [iri] the person\n# param: year (optional) [xsd:gYear] the year\n"
                    "# param: event (optional) IRI of an event\n# param: name (optional) a name\n"
                    "SELECT ?who ?year ?event ?name {}\n", encoding="utf-8")
    query = parse_header(path)
    assert (query.title, query.description) == ("T", "one two")
    assert [(p.name, p.required, p.kind, p.description) for p in query.params] == [
        ("who", True, "iri", "the person"), ("year", False, "xsd:gYear", "the year"),
        ("event", False, "iri", "IRI of an event"), ("name", False, None, "a name"),
    ]


def test_find_by_name(seed_project, seed_store):
    assert answer(seed_project, seed_store, "find", name="le luong") == [
        ("id/person/le-luong", "Person", "Lê Lương", "le luong"),
    ]
    assert answer(seed_project, seed_store, "find", name="Quận uỷ") == [
        ("id/org/quan-uy-duong-kinh", "PartyCommittee", "Quận ủy Dương Kinh", "Quận uỷ"),
    ]
    assert answer(seed_project, seed_store, "find", name="nobody at all") == []


def test_entity_card(seed_project, seed_store):
    assert answer(seed_project, seed_store, "entity", entity="id:person/le-luong") == [
        ("id/person/le-luong", "in", "http://www.w3.org/ns/prov#wasAttributedTo",
         "Đồng chí Lê Lương ghi nhận và biểu dương thành tích của LLVT quận", ARTICLE,
         "ghi nhận và biểu dương thành tích của LLVT quận"),
        ("id/person/le-luong", "in", "ontology#attendee",
         "Lê Lương dự Hội nghị tổng kết công tác quân sự - quốc phòng địa phương năm 2019 của quận Dương Kinh",
         ARTICLE, "đ/c Lê Lương – Phó Bí thư Quận ủy, Chủ tịch UBND quận"),
        ("id/person/le-luong", "in", "ontology#depicts",
         "Đ/c Lê Lương – Phó Bí thư Quận ủy, Chủ tịch UBND chỉ đạo hội nghị", ARTICLE,
         "Đ/c\xa0Lê Lương – Phó Bí thư Quận ủy, Chủ tịch UBND\xa0chỉ đạo hội nghị"),
        ("id/person/le-luong", "in", "ontology#depicts",
         "Đ/c Lê Lương – Phó Bí thư Quận ủy, Chủ tịch UBND trao Giấy khen cho các tập thể cá nhân", ARTICLE,
         "Đ/c\xa0Lê Lương – Phó Bí thư Quận ủy, Chủ tịch UBND trao Giấy khen cho các tập thể\xa0cá nhân"),
        ("id/person/le-luong", "in", "ontology#holder", "Lê Lương – Chủ tịch UBND quận Dương Kinh", ARTICLE,
         "đ/c Lê Lương – Phó Bí thư Quận ủy, Chủ tịch UBND quận"),
        ("id/person/le-luong", "in", "ontology#holder", "Lê Lương – Phó Bí thư Quận ủy Dương Kinh", ARTICLE,
         "đ/c Lê Lương – Phó Bí thư Quận ủy"),
        ("id/person/le-luong", "in", "ontology#issuedBy", "cấp ủy, chính quyền và LLVT quận", ARTICLE,
         "đề nghị cấp ủy, chính quyền và LLVT quận thực hiện một số nhiệm vụ trọng tâm của năm 2020"),
        ("id/person/le-luong", "in", "ontology#presenter", "Lê Lương trao Giấy khen", ARTICLE,
         "Lê Lương – Phó Bí thư Quận ủy, Chủ tịch UBND trao Giấy khen cho các tập thể\xa0cá nhân"),
        ("id/person/le-luong", "out", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "Người", ARTICLE,
         "Lê Lương"),
        # the label in Vietnamese and in English, both written "Lê Lương"
        ("id/person/le-luong", "out", "http://www.w3.org/2000/01/rdf-schema#label", "Lê Lương", ARTICLE, "Lê Lương"),
        ("id/person/le-luong", "out", "http://www.w3.org/2000/01/rdf-schema#label", "Lê Lương", ARTICLE, "Lê Lương"),
        ("id/person/le-luong", "out", "http://www.w3.org/ns/org#holds", "Chủ tịch UBND quận Dương Kinh", ARTICLE,
         "Lê Lương"),
        ("id/person/le-luong", "out", "http://www.w3.org/ns/org#holds", "Phó Bí thư Quận ủy Dương Kinh", ARTICLE,
         "Lê Lương"),
    ]


def test_posts_held_over_time(seed_project, seed_store):
    dk = "quận Dương Kinh"
    everyone = [
        ("id/person/le-luong", "Lê Lương", f"Chủ tịch UBND {dk}", "id/org/ubnd-duong-kinh", f"UBND {dk}",
         "2019-11-21", ARTICLE),
        ("id/person/le-luong", "Lê Lương", "Phó Bí thư Quận ủy Dương Kinh", "id/org/quan-uy-duong-kinh",
         "Quận ủy Dương Kinh", "2019-11-21", ARTICLE),
        ("id/person/trinh-van-cu", "Trịnh Văn Cứ", f"Chỉ huy trưởng Ban CHQS {dk}", "id/org/ban-chqs-duong-kinh",
         f"Ban CHQS {dk}", "2019-11-21", ARTICLE),
        ("id/person/dao-van-ninh", "Đào Văn Ninh", "Bí thư Quận ủy Dương Kinh", "id/org/quan-uy-duong-kinh",
         "Quận ủy Dương Kinh", "2019-11-21", ARTICLE),
    ]
    assert answer(seed_project, seed_store, "posts-over-time") == everyone
    assert answer(seed_project, seed_store, "posts-over-time", person="id:person/le-luong") == everyone[:2]
    assert answer(seed_project, seed_store, "posts-over-time", organisation="id:org/quan-uy-duong-kinh") == [
        everyone[1], everyone[3]]


def test_awards_by_conferring_body(seed_project, seed_store):
    assert answer(seed_project, seed_store, "awards-by-body") == [
        ("id/org/ban-chqs-duong-kinh", "Ban CHQS quận Dương Kinh", "danh hiệu Đơn vị tiên tiến", "1", "5", "11",
         "2019", "2019"),
        ("id/org/bo-chqs-hai-phong", "Bộ CHQS thành phố Hải Phòng", "danh hiệu thi đua", "1", "0", "5", "2019",
         "2019"),
        ("id/org/ubnd-duong-kinh", "UBND quận Dương Kinh", "Giấy khen", "1", "4", "10", "2019", "2019"),
    ]
    assert answer(seed_project, seed_store, "awards-by-body", body="id:org/ubnd-duong-kinh") == [
        ("id/org/ubnd-duong-kinh", "UBND quận Dương Kinh", "Giấy khen", "1", "4", "10", "2019", "2019"),
    ]


def test_awards_by_body_over_several_years_counts_each_conferral_once(series_project, series_store):
    """Labels repeat in every article graph that names a body: totals and rows must not."""
    found = answer(series_project, series_store, "awards-by-body", body="id:org/ubnd-duong-kinh")
    # 2019 (seed), 2020, 2021 and the 2021 exercise (fictional fixtures)
    assert found == [("id/org/ubnd-duong-kinh", "UBND quận Dương Kinh", "Giấy khen", "4", "18", "43", "2019", "2021")]
    everything = answer(series_project, series_store, "awards-by-body")
    assert len(everything) == len(set(everything))


def test_find_returns_namesakes_apart(series_project, series_store):
    assert answer(series_project, series_store, "find", name="le luong") == [
        ("id/person/le-luong", "Person", "Lê Lương", "le luong"),
        ("id/person/le-luong-kien-thuy", "Person", "Lê Lương", "le luong"),
    ]


def test_reported_figures_by_year_and_measure(seed_project, seed_store):
    qpan = "bồi dưỡng kiến thức quốc phòng – an ninh"
    figures_2019 = [
        ("2019", "id/measure/militia-trainers-trained", "số cán bộ huấn luyện DQTV được tập huấn", "64", "người",
         "Tập huấn cán bộ huấn luyện dân quân tự vệ năm 2019", "64 cán bọ huấn luyện DQTV"),
        ("2019", "id/measure/qpan-doi-tuong-2-sent", f"số cán bộ đối tượng 2 được cử {qpan}", "1", "người",
         f"Cử cán bộ đối tượng 2 và 3 tham gia {qpan} năm 2019", "cử 01 đ/c đối tượng 2"),
        ("2019", "id/measure/qpan-doi-tuong-3-sent", f"số cán bộ đối tượng 3 được cử {qpan}", "21", "người",
         f"Cử cán bộ đối tượng 2 và 3 tham gia {qpan} năm 2019", "cử 21 đ/c đối tượng 3"),
        ("2019", "id/measure/qpan-doi-tuong-4-trained", f"số cán bộ đối tượng 4 được {qpan}", "106", "người",
         "Lớp bồi dưỡng kiến thức quốc phòng – an ninh cho đối tượng 4 tại quận năm 2019", "106 đ/c đối tượng 4"),
        ("2019", "id/measure/qpan-students-educated", "số học sinh, sinh viên được giáo dục quốc phòng – an ninh",
         "1925", "người", "Giáo dục quốc phòng – an ninh cho học sinh, sinh viên năm 2019",
         "1.925 học sinh, sinh viên"),
        ("2019", "id/measure/qpan-doi-tuong-4-classes", f"số lớp {qpan} đối tượng 4", "1", "lớp",
         "Lớp bồi dưỡng kiến thức quốc phòng – an ninh cho đối tượng 4 tại quận năm 2019", "tổ chức 01 lớp"),
        ("2019", "id/measure/city-training-classes-attended",
         "số lớp tập huấn do Bộ CHQS thành phố tổ chức đã tham gia", "2", "lớp",
         "Các lớp tập huấn do Bộ CHQS thành phố tổ chức năm 2019", "tham gia 02 lớp tập huấn"),
        ("2019", "id/measure/conscription-quota-met", "tỷ lệ hoàn thành chỉ tiêu gọi công dân nhập ngũ", "100", "%",
         "Tuyển chọn và gọi công dân nhập ngũ năm 2019", "hoàn thành 100% chỉ tiêu"),
    ]
    figure_2020 = ("2020", "id/measure/tasks-set-next-year", "số nhiệm vụ, giải pháp đề ra cho năm sau", "8",
                   "nhiệm vụ", "LLVT quận Dương Kinh", "LLVT quận đề ra 08 nhiệm vụ, giải pháp")
    assert answer(seed_project, seed_store, "figures") == figures_2019 + [figure_2020]
    # a bare 2019 is read as the xsd:gYear the header declares
    assert answer(seed_project, seed_store, "figures", year="2019") == figures_2019
    assert answer(seed_project, seed_store, "figures", year="2020") == [figure_2020]
    assert answer(seed_project, seed_store, "figures", measure="id:measure/qpan-students-educated") == [
        figures_2019[4]]


SERIES = ("id/series/duong-kinh-tong-ket-qsqp",
          "Hội nghị tổng kết công tác quân sự – quốc phòng địa phương hằng năm của quận Dương Kinh")
CONFERENCE_2019 = ("id/event/hoi-nghi-qsqp-2019",
                   "Hội nghị tổng kết công tác quân sự - quốc phòng địa phương năm 2019 của quận Dương Kinh")


def test_events_of_a_series_on_the_seed(seed_project, seed_store):
    # one article: one conference, nothing before or after it
    assert answer(seed_project, seed_store, "series-events") == [
        (*SERIES, "2019-11-21", *CONFERENCE_2019, "", ""),
    ]


def test_events_of_a_series_follow_each_other(seed_project, seed_store):
    """With a (fictional) next conference and the linker's follows/followedBy, both show, in date order."""
    store = Store()
    store.extend(seed_store)
    graph, links = NamedNode(BASE + "graph/test"), NamedNode(BASE + "graph/links")
    kgo = "https://kg.example.org/ontology#"
    old, new = NamedNode(BASE + CONFERENCE_2019[0]), NamedNode(BASE + "id/event/hoi-nghi-qsqp-2020")
    store.extend([
        Quad(new, NamedNode(kgo + "partOfSeries"), NamedNode(BASE + SERIES[0]), graph),
        Quad(new, NamedNode("https://schema.org/startDate"), Literal("2020-12-18", datatype=NamedNode(XSD + "date")),
             graph),
        Quad(new, NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Hội nghị 2020", language="vi"),
             graph),
        Quad(new, NamedNode(kgo + "follows"), old, links),
        Quad(old, NamedNode(kgo + "followedBy"), new, links),
    ])
    assert answer(seed_project, store, "series-events", series=f"<{BASE}{SERIES[0]}>") == [
        (*SERIES, "2019-11-21", *CONFERENCE_2019, "", "id/event/hoi-nghi-qsqp-2020"),
        (*SERIES, "2020-12-18", "id/event/hoi-nghi-qsqp-2020", "Hội nghị 2020", CONFERENCE_2019[0], ""),
    ]


def test_source_sentences_for_an_entity(seed_project, seed_store):
    conference = ("Ngày 21/11/2019, UBND quận Dương Kinh tổ chức Hội nghị tổng kết công tác quân sự - quốc phòng "
                  "địa phương năm 2019; dự Hội nghị có đ/c Đào Văn Ninh – Bí thư Quận ủy, đ/c Lê Lương – Phó Bí thư "
                  "Quận ủy, Chủ tịch UBND quận, các đồng chí Phó Chủ tịch HĐND, UBND quận.")
    speech = ("Phát biểu chỉ đạo hội nghị, đ/c Lê Lương – Phó Bí thư Quận ủy, Chủ tịch UBND ghi nhận và biểu dương "
              "thành tích của LLVT quận; đồng thời đề nghị cấp ủy, chính quyền và LLVT quận thực hiện một số nhiệm vụ "
              "trọng tâm của năm 2020: Tiếp tục quán triệt và thực hiện tốt các chỉ thị, nghị quyết của Đảng và cấp "
              "trên về công tác quốc phòng – an ninh.")
    caption_1 = "Đ/c\xa0Lê Lương – Phó Bí thư Quận ủy, Chủ tịch UBND trao Giấy khen cho các tập thể\xa0cá nhân"
    caption_3 = "Đ/c\xa0Lê Lương – Phó Bí thư Quận ủy, Chủ tịch UBND\xa0chỉ đạo hội nghị"
    who = "id/person/le-luong"
    assert answer(seed_project, seed_store, "sources", entity="id:person/le-luong") == [
        (who, ARTICLE, "316", "349", "đ/c Lê Lương – Phó Bí thư Quận ủy", conference),
        (who, ARTICLE, "316", "369", "đ/c Lê Lương – Phó Bí thư Quận ủy, Chủ tịch UBND quận", conference),
        (who, ARTICLE, "320", "328", "Lê Lương", conference),
        (who, ARTICLE, "2626", "2713", caption_1, caption_1),
        (who, ARTICLE, "2630", "2713", caption_1[4:], caption_1),
        (who, ARTICLE, "2811", "2876", caption_3, caption_3),
        (who, ARTICLE, "2968", "3015", "ghi nhận và biểu dương thành tích của LLVT quận", speech),
        (who, ARTICLE, "3027", "3116",
         "đề nghị cấp ủy, chính quyền và LLVT quận thực hiện một số nhiệm vụ trọng tâm của năm 2020", speech),
    ]


def test_every_source_sentence_holds_its_quote(seed_project, seed_store):
    for entity in ("id:person/trinh-van-cu", "id:org/ubnd-duong-kinh", "id:place/duong-kinh"):
        found = answer(seed_project, seed_store, "sources", entity=entity)
        assert found, entity
        for *_, quote, sentence in found:
            assert quote in sentence


@pytest.mark.parametrize("name, hint", [("atendees", "attendees"), ("post", "posts-over-time"),
                                        ("figure", "figures")])
def test_unknown_name_suggests_the_closest(seed_project, name, hint):
    from kg.errors import KgError

    with pytest.raises(KgError, match=f"did you mean .*{hint}"):
        find_query(seed_project.queries_dir, name)
