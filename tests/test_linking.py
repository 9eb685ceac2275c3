"""Linking the years: same people across articles, namesakes apart, the series over time."""

from __future__ import annotations

import json

from pyoxigraph import NamedNode

from kg.build import build
from kg.query.library import find_query
from kg.query.run import execute, rows
from kg.store import open_store, read_manifest

from conftest import add_fixture_articles, copy_project

DK_SERIES = "Hội nghị tổng kết công tác quân sự – quốc phòng địa phương hằng năm của quận Dương Kinh"


def answer(project, store, name: str, **params) -> list[tuple[str, ...]]:
    bindings = {k: NamedNode(project.base_iri + v) for k, v in params.items()}
    variables, data = rows(execute(store, find_query(project.queries_dir, name).text, project.base_iri, bindings))
    return [tuple("" if t is None else t.value for t in row) for row in data]


def people(project, store) -> dict[str, list[str]]:
    """Person IRIs by Vietnamese name."""
    found: dict[str, list[str]] = {}
    variables, data = rows(execute(store, 'SELECT DISTINCT ?p ?n WHERE { ?p a kgo:Person ; rdfs:label ?n . '
                                          'FILTER(lang(?n) = "vi") } ORDER BY ?p', project.base_iri))
    for iri, name in data:
        found.setdefault(name.value, []).append(iri.value[len(project.base_iri):])
    return found


def test_recurring_people_share_one_iri_and_the_namesake_stays_apart(series_project, series_store):
    found = people(series_project, series_store)
    assert found["Lê Lương"] == ["id/person/le-luong", "id/person/le-luong-kien-thuy"]
    assert found["Trịnh Văn Cứ"] == ["id/person/trinh-van-cu"]
    assert found["Phạm Văn Hòa"] == ["id/person/pham-van-hoa"]
    assert found["Đỗ Minh Tuyến"] == ["id/person/do-minh-tuyen"]


def test_the_namesake_keeps_his_own_posts(series_project, series_store):
    posts = answer(series_project, series_store, "posts-over-time", person="id/person/le-luong-kien-thuy")
    assert {(row[2], row[5]) for row in posts} == {("Phó Chỉ huy trưởng Ban CHQS huyện Kiến Thụy", "2020-12-24")}


def test_a_person_moving_posts_across_years(series_project, series_store):
    posts = answer(series_project, series_store, "posts-over-time", person="id/person/le-luong")
    assert [(row[2], row[5]) for row in posts] == [
        ("Chủ tịch UBND quận Dương Kinh", "2019-11-21"),
        ("Phó Bí thư Quận ủy Dương Kinh", "2019-11-21"),
        ("Bí thư Quận ủy Dương Kinh", "2020-12-18"),
        ("Bí thư Quận ủy Dương Kinh", "2021-10-25"),
        ("Trưởng ban Ban Chỉ đạo diễn tập khu vực phòng thủ quận Dương Kinh năm 2021", "2021-10-25"),
        ("Bí thư Quận ủy Dương Kinh", "2021-12-20"),
    ]
    # the post he left is held by someone else the next year
    chair = answer(series_project, series_store, "posts-over-time", organisation="id/org/ubnd-duong-kinh")
    holders = [(row[1], row[5]) for row in chair if row[2] == "Chủ tịch UBND quận Dương Kinh"]
    assert holders[0] == ("Lê Lương", "2019-11-21") and holders[1] == ("Phạm Văn Hòa", "2020-12-18")


def test_who_attended_which_years(series_project, series_store):
    found = answer(series_project, series_store, "attendance-by-year", series="id/series/duong-kinh-tong-ket-qsqp")
    by_person: dict[str, list[str]] = {}
    for _, series, name, year in found:
        assert series == DK_SERIES
        by_person.setdefault(name, []).append(year)
    assert by_person["Lê Lương"] == ["2019", "2020", "2021"]
    assert by_person["Trịnh Văn Cứ"] == ["2019", "2020", "2021"]
    assert by_person["Đào Văn Ninh"] == ["2019"]
    assert by_person["Phạm Văn Hòa"] == ["2020", "2021"]
    # the Kiến Thụy namesake attended another series only
    assert all(series == DK_SERIES for _, series, _, _ in found)


def test_award_counts_year_on_year(series_project, series_store):
    found = answer(series_project, series_store, "awards-by-year", series="id/series/duong-kinh-tong-ket-qsqp")
    giay_khen = [(row[4], row[5], row[6]) for row in found if row[2] == "UBND quận Dương Kinh"]
    assert giay_khen == [("2019", "4", "10"), ("2020", "6", "12"), ("2021", "5", "14")]
    assert len(found) == 10


def test_figures_year_on_year(series_project, series_store):
    found = answer(series_project, series_store, "figures", measure="id/measure/qpan-students-educated")
    # 2020 has the Dương Kinh figure and the Kiến Thụy one: the same measure in two districts
    assert sorted((row[0], row[3], row[5]) for row in found) == [
        ("2019", "1925", "Giáo dục quốc phòng – an ninh cho học sinh, sinh viên năm 2019"),
        ("2020", "1768", "Giáo dục quốc phòng – an ninh cho học sinh huyện Kiến Thụy năm 2020"),
        ("2020", "2104", "Giáo dục quốc phòng – an ninh cho học sinh, sinh viên năm 2020"),
        ("2021", "2216", "Giáo dục quốc phòng – an ninh cho học sinh, sinh viên năm 2021"),
    ]


def test_each_year_follows_the_previous(series_project, series_store):
    found = answer(series_project, series_store, "series-events", series="id/series/duong-kinh-tong-ket-qsqp")
    base = series_project.base_iri + "id/event/"
    chain = [(row[2], row[5].replace(base, ""), row[6].replace(base, "")) for row in found]
    assert chain == [
        ("2019-11-21", "", "hoi-nghi-qsqp-2020"),
        ("2020-12-18", "hoi-nghi-qsqp-2019", "hoi-nghi-qsqp-2021"),
        ("2021-12-20", "hoi-nghi-qsqp-2020", ""),
    ]


def test_compare_two_years(series_project, kg):
    result = kg("compare", "2019", "2020", "--series", "duong kinh", "--format", "json", project=series_project)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    posts = {c["person"]: (c["before"], c["after"]) for c in report["post_changes"]}
    assert posts["Lê Lương"] == (["Chủ tịch UBND quận Dương Kinh", "Phó Bí thư Quận ủy Dương Kinh"],
                                 ["Bí thư Quận ủy Dương Kinh"])
    assert report["rank_changes"] == [{"person": "Trịnh Văn Cứ", "before": ["Trung tá"], "after": ["Thượng tá"]}]
    assert "Đào Văn Ninh" in report["left"] and "Phạm Văn Hòa" in report["joined"]
    giay_khen = next(a for a in report["awards"] if a["body"] == "UBND quận Dương Kinh")
    assert giay_khen["collectives"] == [4, 6] and giay_khen["individuals"] == [10, 12]
    students = next(f for f in report["figures"] if f["measure"].startswith("số học sinh"))
    assert students["values"] == [1925, 2104] and students["change"] == 179
    text = kg("compare", "2019", "2020", "--series", "duong kinh", project=series_project).output
    assert "Trịnh Văn Cứ: Trung tá → Thượng tá" in text


def test_compare_needs_a_series_when_two_qualify(series_project, kg):
    result = kg("compare", "2020", "2021", "--series", "khong co", project=series_project)
    assert result.exit_code != 0 and result.output.startswith("Error: no series")


def test_ambiguous_pairs_are_listed_and_never_merged(series_project, series_store, kg):
    review = read_manifest(series_project.home)["review"]
    pairs = {(p["a"], p["b"]) for p in review}
    assert ("duong-kinh-tong-ket-qsqp-2019#quoc-vu", "duong-kinh-2020#quoc-vu") in pairs
    assert all(p["kind"] == "people" for p in review)
    assert len(people(series_project, series_store)["Quốc Vũ"]) == 4
    output = kg("links", project=series_project).output
    assert "quoc-vu" in output and "Need review" in output


def test_curator_decisions_are_honoured(tmp_path):
    project = copy_project(tmp_path / "project")
    add_fixture_articles(project)
    project.links_file.write_text(
        "same:\n"
        "  - [duong-kinh-tong-ket-qsqp-2019#quoc-vu, duong-kinh-2020#quoc-vu]\n"
        "different:\n"
        "  - [duong-kinh-tong-ket-qsqp-2019#trinh-van-cu, duong-kinh-2020#trinh-van-cu]\n",
        encoding="utf-8")
    summary = build(project)
    found = people(project, open_store(project.home))
    assert "id/person/quoc-vu" in found["Quốc Vũ"] and len(found["Quốc Vũ"]) == 3
    assert len(found["Trịnh Văn Cứ"]) == 2  # kept apart although the evidence would merge them
    assert not any({p["a"], p["b"]} == {"duong-kinh-tong-ket-qsqp-2019#quoc-vu", "duong-kinh-2020#quoc-vu"}
                   for p in summary["review"])


def test_a_bad_links_file_is_located(tmp_path, kg):
    project = copy_project(tmp_path / "project")
    project.links_file.write_text("same:\n  - [only-one#x]\n", encoding="utf-8")
    result = kg("build", project=project)
    assert result.exit_code != 0
    assert "Error: data/links.yaml:2: same: each entry is a pair" in result.output
