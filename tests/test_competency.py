"""Competency questions CQ1–CQ10: each named query gives its exact answer on the seed article."""

from __future__ import annotations

import pytest

from kg.query.library import find_query
from kg.query.run import execute, rows

CONFERENCE = "Hội nghị tổng kết công tác quân sự - quốc phòng địa phương năm 2019 của quận Dương Kinh"


def answer(project, store, name: str) -> list[tuple[str, ...]]:
    variables, data = rows(execute(store, find_query(project.queries_dir, name).text, project.base_iri))
    return [tuple("" if term is None else term.value for term in row) for row in data]


def test_cq1_attendees_with_their_posts(seed_project, seed_store):
    assert answer(seed_project, seed_store, "attendees") == [
        ("2019-11-21", "Lê Lương", "Chủ tịch", "UBND quận Dương Kinh"),
        ("2019-11-21", "Lê Lương", "Phó Bí thư", "Quận ủy Dương Kinh"),
        ("2019-11-21", "Trịnh Văn Cứ", "Chỉ huy trưởng", "Ban CHQS quận Dương Kinh"),
        ("2019-11-21", "các đồng chí Phó Chủ tịch HĐND quận", "Phó Chủ tịch", "HĐND quận Dương Kinh"),
        ("2019-11-21", "các đồng chí Phó Chủ tịch UBND quận", "Phó Chủ tịch", "UBND quận Dương Kinh"),
        ("2019-11-21", "Đào Văn Ninh", "Bí thư", "Quận ủy Dương Kinh"),
    ]


def test_cq2_ranks(seed_project, seed_store):
    assert answer(seed_project, seed_store, "ranks") == [
        ("Trịnh Văn Cứ", "Trung tá", "2019-11-21", "Trung tá Trịnh\u00a0Văn Cứ"),  # quote as written
    ]


def test_cq3_awards_with_counts(seed_project, seed_store):
    assert answer(seed_project, seed_store, "awards") == [
        (CONFERENCE, "Ban CHQS quận Dương Kinh", "danh hiệu Đơn vị tiên tiến", "5", "11"),
        (CONFERENCE, "Bộ CHQS thành phố Hải Phòng", "danh hiệu thi đua", "", "5"),
        (CONFERENCE, "UBND quận Dương Kinh", "Giấy khen", "4", "10"),
    ]


def test_cq4_presenters_in_photos(seed_project, seed_store):
    assert answer(seed_project, seed_store, "award-presenters") == [
        ("Lê Lương", "Giấy khen",
         "Đ/c Lê Lương – Phó Bí thư Quận ủy, Chủ tịch UBND trao Giấy khen cho các tập thể cá nhân"),
        ("Trịnh Văn Cứ", "Giấy khen",
         "Đ/c Trung tá Trịnh Văn Cứ - Chi huy trưởng Ban CHQS quận trao Giấy khen cho các tập thể, cá nhân"),
    ]


def test_cq5_when_who_which_years(seed_project, seed_store):
    assert answer(seed_project, seed_store, "conference") == [
        (CONFERENCE, "2019-11-21", "UBND quận Dương Kinh", "2019", "2020",
         "Hội nghị tổng kết công tác quân sự – quốc phòng địa phương hằng năm của quận Dương Kinh"),
    ]


def test_cq6_organisations_and_places_nest(seed_project, seed_store):
    found = answer(seed_project, seed_store, "organisations-places")
    assert ("phường Anh Dũng", "Ward", "in place", "quận Dương Kinh") in found
    assert ("quận Dương Kinh", "District", "in place", "thành phố Hải Phòng") in found
    assert ("Ban CHQS quận Dương Kinh", "MilitaryUnit", "under", "Bộ CHQS thành phố Hải Phòng") in found
    assert ("UBND quận Dương Kinh", "GovernmentBody", "located in", "quận Dương Kinh") in found
    assert {row[0] for row in found} == {
        "thành phố Hải Phòng", "quận Dương Kinh", "phường Anh Dũng", "UBND quận Dương Kinh",
        "HĐND quận Dương Kinh", "Quận ủy Dương Kinh", "Ban CHQS quận Dương Kinh", "Bộ CHQS thành phố Hải Phòng",
        "LLVT quận Dương Kinh", "Hội đồng giáo dục quốc phòng và an ninh quận Dương Kinh",
        "Trường THPT Mạc Đĩnh Chi", "Trung tâm GDNN&GDTX quận Dương Kinh", "Trường Cao đẳng Bách nghệ",
        "Quân đội nhân dân Việt Nam", "Đảng Cộng sản Việt Nam",
    }
    assert len(found) == 17


def test_cq7_activities_with_figures(seed_project, seed_store):
    found = answer(seed_project, seed_store, "activities")
    figures = {(row[2], row[4], row[5]) for row in found if row[4]}
    assert figures == {
        ("Tuyển chọn và gọi công dân nhập ngũ năm 2019", "100", "%"),
        ("Giáo dục quốc phòng – an ninh cho học sinh, sinh viên năm 2019", "1925", "người"),
        ("Các lớp tập huấn do Bộ CHQS thành phố tổ chức năm 2019", "2", "lớp"),
        ("Cử cán bộ đối tượng 2 và 3 tham gia bồi dưỡng kiến thức quốc phòng – an ninh năm 2019", "1", "người"),
        ("Cử cán bộ đối tượng 2 và 3 tham gia bồi dưỡng kiến thức quốc phòng – an ninh năm 2019", "21", "người"),
        ("Lớp bồi dưỡng kiến thức quốc phòng – an ninh cho đối tượng 4 tại quận năm 2019", "106", "người"),
        ("Lớp bồi dưỡng kiến thức quốc phòng – an ninh cho đối tượng 4 tại quận năm 2019", "1", "lớp"),
        ("Tập huấn cán bộ huấn luyện dân quân tự vệ năm 2019", "64", "người"),
    }
    kinds = sorted({(row[1], row[2]) for row in found})
    assert [k for k, _ in kinds].count("Exercise") == 4
    assert len(kinds) == 11 and all(row[0] == "2019" for row in found)


def test_cq8_every_fact_has_its_exact_quote_and_span(seed_project, seed_store):
    found = answer(seed_project, seed_store, "evidence")
    text = (seed_project.articles_dir / "duong-kinh-tong-ket-qsqp-2019.txt").read_text(encoding="utf-8")
    assert len(found) == 38
    for fact, kind, article, start, end, quote in found:
        assert text[int(start):int(end)] == quote, fact
    rank = [row for row in found if row[1] == "RankHolding"]
    assert rank == [(rank[0][0], "RankHolding", rank[0][2], "2718", "2739", "Trung tá Trịnh\u00a0Văn Cứ")]
    # evidence keeps the text as written: the typo and the no-break space survive
    assert any("cán bọ" in row[5] for row in found)
    assert any("\u00a0" in row[5] for row in found)


def test_cq8_one_fact_by_parameter(seed_project, seed_store):
    from pyoxigraph import NamedNode

    fact = NamedNode(seed_project.base_iri + "id/article/duong-kinh-tong-ket-qsqp-2019/award/ubnd-duong-kinh--giay-khen")
    query = find_query(seed_project.queries_dir, "evidence").text
    _, data = rows(execute(seed_store, query, seed_project.base_iri, {"fact": fact}))
    assert [(r[3].value, r[4].value, r[5].value) for r in data] == [
        ("3912", "3965", "UBND quận tặng Giấy khen cho 04 tập thể và 10 cá nhân")]


def test_cq9_abbreviations_in_vietnamese_and_english(seed_project, seed_store):
    found = {row[0]: (row[1], row[2]) for row in answer(seed_project, seed_store, "abbreviations")}
    text = (seed_project.articles_dir / "duong-kinh-tong-ket-qsqp-2019.txt").read_text(encoding="utf-8")
    used = ["UBND", "HĐND", "LLVT", "SSCĐ", "DQTV", "CHQS", "PCTT – TKCN", "CH-CQ", "GDNN&GDTX", "THPT", "QĐND", "đ/c"]
    for notation in used:
        assert notation in text
        assert notation in found, notation
        assert all(found[notation]), notation
    assert found["UBND"][0] in ("Ủy ban nhân dân", "Uỷ ban nhân dân")
    assert found["UBND"][1] == "People's Committee"
    assert found["LLVT"][0].lower() == "lực lượng vũ trang"


def test_cq10_tasks_for_2020_and_who_set_them(seed_project, seed_store):
    found = answer(seed_project, seed_store, "tasks")
    assert found[0] == ("2020", "LLVT quận Dương Kinh", "", "", "", "8")
    tasks = [row for row in found if row[1] == "Lê Lương"]
    assert [int(row[3]) for row in tasks] == list(range(1, 10))
    assert {row[2] for row in tasks} == {"Chủ tịch UBND quận Dương Kinh"}
    assert tasks[0][4].startswith("Tiếp tục quán triệt")
    assert tasks[4][4].startswith("Tham mưu cho cấp ủy, chính quyền")  # typo "cính quyền" corrected
    assert tasks[-1][4] == "Bảo vệ an toàn dịp lễ, Tết"


@pytest.mark.parametrize("name", ["attendees", "ranks", "awards", "award-presenters", "conference",
                                  "organisations-places", "activities", "evidence", "abbreviations", "tasks"])
def test_competency_queries_have_a_header(seed_project, name):
    query = find_query(seed_project.queries_dir, name)
    assert query.title and query.description
