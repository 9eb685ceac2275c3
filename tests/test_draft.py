"""`kg draft` on the seed and on the fictional fixtures: the draft loads as a record, and the genre's traps
(namesakes, position chains, photo credits, dates, numbers) come out right."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from kg.config import DEFAULT_BASE_IRI, Project
from kg.draft import Drafter
from kg.records.check import load_record
from kg.records.concepts import load_concepts, load_glossary
from kg.records.yamlfile import load_yaml
from kg.text import canonical

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = ROOT / "data" / "articles" / "duong-kinh-tong-ket-qsqp-2019.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "articles"


@pytest.fixture(scope="module")
def project() -> Project:
    return Project(ROOT, DEFAULT_BASE_IRI)


@pytest.fixture(scope="module")
def drafts(drafter) -> dict:
    """Drafts of the seed and the four fixtures, by file stem."""
    paths = [SEED_TEXT] + sorted(FIXTURES.glob("*.txt"))
    return {p.stem: drafter.draft_file(p, record_dir=p.parent) for p in paths}


def people(draft) -> dict[str, dict]:
    return {canonical(p["name"]): p for p in draft.record.get("people", [])}


def posts_of(draft, name: str) -> set[str]:
    person = people(draft)[canonical(name)]["id"]
    return {h["post"] for h in draft.record.get("holdings", []) if h["person"] == person}


def rank_of(draft, name: str) -> str | None:
    person = people(draft)[canonical(name)]["id"]
    return next((r["rank"] for r in draft.record.get("ranks", []) if r["person"] == person), None)


# -- the draft is a record -----------------------------------------------------------


@pytest.mark.parametrize("source", [SEED_TEXT] + sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_draft_loads_as_a_record_next_to_a_copy_of_the_text(source, drafter, project, tmp_path):
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    record_path = tmp_path / f"{source.stem}.yaml"
    record_path.write_text(drafter.draft_file(copy, record_dir=tmp_path).yaml(), encoding="utf-8")
    concepts = load_concepts(project.concepts_file)
    notations = load_glossary(project.glossary_file).notations()
    record = load_record(record_path, concepts, notations)  # checks fields, references and every quote
    assert record.items("people") and record.items("holdings") and record.main_event() is not None


def test_draft_references_the_text_by_relative_path(drafter, project, tmp_path):
    """A draft written elsewhere points back at the article with a relative path that resolves."""
    out = tmp_path / "records"
    out.mkdir()
    draft = drafter.draft_file(SEED_TEXT, record_dir=out)
    assert not Path(draft.record["article"]["text"]).is_absolute()
    path = out / "seed.yaml"
    path.write_text(draft.yaml(), encoding="utf-8")
    concepts = load_concepts(project.concepts_file)
    record = load_record(path, concepts, load_glossary(project.glossary_file).notations())
    assert record.text.text.startswith("Hải Phòng")


def test_draft_has_the_sections_and_fields_of_the_curated_seed(drafts):
    curated = yaml.safe_load((ROOT / "data" / "articles" / "duong-kinh-tong-ket-qsqp-2019.yaml").read_text("utf-8"))
    draft = drafts["duong-kinh-tong-ket-qsqp-2019"].record
    for section in ("people", "places", "organisations", "series", "events", "holdings", "ranks", "attendance",
                    "figures", "awards", "photos", "presentations"):
        assert draft.get(section), section
        curated_fields = set().union(*(item.keys() for item in curated[section]))
        for item in draft[section]:
            assert set(item) <= curated_fields | {"occurrence"}, (section, set(item) - curated_fields)
    assert set(draft["article"]) <= set(curated["article"]) | {"fictional"}


def test_every_quote_is_copied_from_the_nfc_text(drafts):
    text = SEED_TEXT.read_text("utf-8").replace("\u00a0", " ")
    record = drafts["duong-kinh-tong-ket-qsqp-2019"].record
    quotes = [item["quote"] for section, items in record.items() if section != "article" for item in items
              if "quote" in item]
    assert quotes and all(q in text for q in quotes)


def test_draft_is_deterministic(drafter):
    first = drafter.draft_file(SEED_TEXT, record_dir=SEED_TEXT.parent).yaml()
    again = Drafter(drafter.lexicon.concepts, None).draft_file(SEED_TEXT, record_dir=SEED_TEXT.parent)
    assert first == drafter.draft_file(SEED_TEXT, record_dir=SEED_TEXT.parent).yaml()
    assert again.record["people"] == yaml.safe_load(first)["people"]


def test_draft_yaml_reads_back_as_the_record(drafts, tmp_path):
    """The hand-made writer quotes whatever YAML would misread (the record loader keeps dates as text)."""
    for stem, draft in drafts.items():
        path = tmp_path / f"{stem}.yaml"
        path.write_text(draft.yaml(), encoding="utf-8")
        assert load_yaml(path) == draft.record


def test_unused_sentences_and_notes_are_listed_on_top(drafts):
    text = drafts["duong-kinh-tong-ket-qsqp-2019"].yaml()
    head = text.split("\narticle:")[0]
    assert "Sentences not used" in head
    assert "Các phong trào thi đua có nhiều chuyển biến tích cực" in head
    assert all(line.startswith("#") or not line for line in head.splitlines())


# -- the seed ---------------------------------------------------------------------------


def test_seed_people_posts_and_rank(drafts):
    draft = drafts["duong-kinh-tong-ket-qsqp-2019"]
    assert posts_of(draft, "Lê Lương") == {"pho-bi-thu@quan-uy-duong-kinh", "chu-tich@ubnd-duong-kinh"}
    assert posts_of(draft, "Đào Văn Ninh") == {"bi-thu@quan-uy-duong-kinh"}
    # "Chi huy trưởng" is a typo of Chỉ huy trưởng: the role still resolves.
    assert posts_of(draft, "Trịnh Văn Cứ") == {"chi-huy-truong@ban-chqs-duong-kinh"}
    assert rank_of(draft, "Trịnh Văn Cứ") == "trung-ta"


def test_seed_author_is_the_byline_not_a_participant(drafts):
    record = drafts["duong-kinh-tong-ket-qsqp-2019"].record
    author = record["article"]["author"]["person"]
    assert next(p for p in record["people"] if p["id"] == author)["name"] == "Quốc Vũ"
    assert all(a.get("person") != author for a in record["attendance"])


def test_seed_event_is_the_conference_not_the_dateline(drafts):
    record = drafts["duong-kinh-tong-ket-qsqp-2019"].record
    event = record["events"][0]
    assert (event["type"], event["date"], event["organizer"]) == ("Conference", "2019-11-21", ["ubnd-duong-kinh"])
    assert (event["reviews_year"], event["plans_year"], event["series"]) == (2019, 2020, "duong-kinh-tong-ket-qsqp")
    assert record["article"]["published"] == {"date": "2020-01-24", "place": "hai-phong",
                                              "quote": "Hải Phòng, ngày 24 tháng 01 năm 2020"}


def test_seed_awards_and_groups(drafts):
    record = drafts["duong-kinh-tong-ket-qsqp-2019"].record
    awards = {(a["conferred_by"], a["award"], a.get("collectives"), a.get("individuals")) for a in record["awards"]}
    assert awards == {("bo-chqs-hai-phong", "danh-hieu-thi-dua", None, 5), ("ubnd-duong-kinh", "giay-khen", 4, 10),
                      ("ban-chqs-duong-kinh", "don-vi-tien-tien", 5, 11)}
    groups = [a for a in record["attendance"] if "group" in a]
    assert {tuple(g["posts"]) for g in groups} == {("pho-chu-tich@hdnd-duong-kinh",),
                                                   ("pho-chu-tich@ubnd-duong-kinh",)}


def test_seed_figures_parse_vietnamese_numbers(drafts):
    figures = {f["measure"]: f["value"] for f in drafts["duong-kinh-tong-ket-qsqp-2019"].record["figures"]}
    assert figures["qpan-students-educated"] == 1925  # "1.925": the dot groups thousands
    assert figures["qpan-doi-tuong-2-sent"] == 1  # "01", and "đối tượng 2" is a category, not a count
    assert figures["conscription-quota-met"] == 100  # "100%"
    assert figures["tasks-set-next-year"] == 8
    assert 75 not in figures.values() and 30 not in figures.values()  # anniversaries are not figures


def test_seed_presentations_come_from_captions(drafts):
    record = drafts["duong-kinh-tong-ket-qsqp-2019"].record
    by_presenter = {p["presenter"]: p for p in record["presentations"]}
    assert set(by_presenter) == {"le-luong", "trinh-van-cu"}
    assert by_presenter["trinh-van-cu"]["photo"] == "anh-2"
    assert by_presenter["trinh-van-cu"]["recipients"] == {"vi": "các tập thể, cá nhân"}
    assert len(record["photos"]) == 3


# -- traps in the fixtures ------------------------------------------------------------------


def test_namesake_with_rank_in_another_district(drafts):
    """Kiến Thụy's Lê Lương is a Thiếu tá of the district military command, not Dương Kinh's party secretary."""
    draft = drafts["kien-thuy-2020"]
    assert rank_of(draft, "Lê Lương") == "thieu-ta"
    assert posts_of(draft, "Lê Lương") == {"pho-chi-huy-truong@ban-chqs-kien-thuy"}
    # The later bare mention "trực tiếp là đ/c Lê Lương" is the same person, not a second one.
    assert [p for p in draft.record["people"] if p["name"] == "Lê Lương"] == [people(draft)[canonical("Lê Lương")]]


def test_position_chains_with_dashes_commas_and_no_spaces(drafts):
    assert posts_of(drafts["kien-thuy-2020"], "Hoàng Văn Tú") == {
        "pho-bi-thu@huyen-uy-kien-thuy", "chu-tich@ubnd-kien-thuy"}  # "– Phó Bí thư Huyện ủy – Chủ tịch UBND"
    assert posts_of(drafts["duong-kinh-2021"], "Vũ Đức Thắng") == {
        "pho-chi-huy-truong@ban-chqs-duong-kinh"}  # "Vũ Đức Thắng-Phó Chỉ huy trưởng"
    assert posts_of(drafts["duong-kinh-2020"], "Nguyễn Thị Mai") == {
        "pho-chu-tich@hdnd-duong-kinh"}  # "đồng chí Nguyễn Thị Mai, Phó Chủ tịch HĐND quận"


def test_title_before_the_name_and_shared_by_a_list(drafts):
    assert posts_of(drafts["duong-kinh-2020"], "Phạm Văn Hòa") == {
        "pho-bi-thu@quan-uy-duong-kinh", "chu-tich@ubnd-duong-kinh"}  # "Phó Bí thư Quận ủy, Chủ tịch UBND quận X"
    for name in ("Phạm Thị Ngọc", "Đặng Văn Khoa", "Vũ Văn Bình"):  # "các đồng chí Phó Chủ tịch UBND huyện A, B và C"
        assert posts_of(drafts["kien-thuy-2020"], name) == {"pho-chu-tich@ubnd-kien-thuy"}


def test_photo_credit_and_byline_are_not_people(drafts):
    for stem in ("duong-kinh-2020", "duong-kinh-2021", "duong-kinh-exercise-2021"):
        draft = drafts[stem]
        assert canonical("Minh Tuấn") not in people(draft)
        assert any("photo credit 'Minh Tuấn'" in note for note in draft.notes)
    record = drafts["kien-thuy-2020"].record
    assert record["article"]["author"] == {"person": "thu-hang"}


def test_names_inside_schools_and_wards_are_not_people(drafts):
    names = people(drafts["kien-thuy-2020"])
    assert canonical("Nguyễn Đức Cảnh") not in names  # trường THPT Nguyễn Đức Cảnh
    orgs = {o["id"] for o in drafts["kien-thuy-2020"].record["organisations"]}
    assert "thpt-nguyen-duc-canh" in orgs
    assert canonical("Hòa Nghĩa") not in people(drafts["duong-kinh-2021"])  # phường Hòa Nghĩa


def test_honorifics_and_old_tone_placement(drafts):
    names = people(drafts["duong-kinh-2021"])
    # "ông"/"bà" are not part of the name; "Hoà" (old placement) is the same person as "Hòa".
    wanted = {canonical(n) for n in ("Lê Lương", "Phạm Văn Hòa", "Nguyễn Thị Mai", "Hoàng Thị Thu Trang",
                                      "Lương Văn Khải")}
    assert wanted <= set(names)
    assert sum(1 for n in names if canonical(n) == canonical("Phạm Văn Hoà")) == 1
    assert posts_of(drafts["duong-kinh-2021"], "Hoàng Thị Thu Trang") == set()  # a person with no position
    assert rank_of(drafts["duong-kinh-2021"], "Vũ Đức Thắng") == "thieu-ta"  # rank only in a caption, after NBSP


def test_ward_level_organisation_is_not_the_district_one(drafts):
    assert posts_of(drafts["duong-kinh-2021"], "Lương Văn Khải") == {"chi-huy-truong@ban-chqs-hai-thanh"}


def test_event_dates(drafts):
    events = {stem: d.record["events"][0] for stem, d in drafts.items()}
    assert events["duong-kinh-2020"]["date"] == "2020-12-18"  # "Sáng ngày 18/12/2020"
    assert events["duong-kinh-2021"]["date"] == "2021-12-20"  # "Ngày 20 tháng 12 năm 2021"
    exercise = events["duong-kinh-exercise-2021"]  # "từ ngày 25 đến ngày 27/10/2021"
    assert (exercise["date"], exercise["end_date"], exercise["type"]) == ("2021-10-25", "2021-10-27", "Event")
    assert "series" not in exercise


def test_exercise_organisers_exclude_the_body_that_issued_the_plan(drafts):
    event = drafts["duong-kinh-exercise-2021"].record["events"][0]
    assert event["organizer"] == ["quan-uy-duong-kinh", "hdnd-duong-kinh", "ubnd-duong-kinh"]


def test_fixture_numbers(drafts):
    figures = {f["measure"]: f["value"] for f in drafts["duong-kinh-2021"].record["figures"]}
    assert figures.get("militia-strength") == 1012  # "1.012"
    assert figures.get("militia-strength-change") == 3.5  # "3,5%"
    assert 62 not in figures.values() and 2011 not in figures.values()  # "62/2011/QĐ-TTg" is a document number


def test_one_body_two_award_types_in_one_clause(drafts):
    awards = [(a["conferred_by"], a["award"], a.get("collectives"), a.get("individuals"))
              for a in drafts["duong-kinh-2020"].record["awards"]]
    assert ("ban-chqs-duong-kinh", "don-vi-tien-tien", 4, None) in awards  # not 4 collectives and 9 individuals


def test_conference_series_is_shared_across_years_and_districts_apart(drafts):
    series = {stem: d.record["events"][0].get("series") for stem, d in drafts.items()}
    assert series["duong-kinh-tong-ket-qsqp-2019"] == series["duong-kinh-2020"] == series["duong-kinh-2021"]
    assert series["kien-thuy-2020"] == "kien-thuy-tong-ket-qsqp"


@pytest.mark.parametrize("value", ["yes", "no", "on", "n", "null", "~", "1.925", "3,5", "2019-11-21", "21:30",
                                   "a: b", "#x", "x #y", "- x", "? x", " lead", "trail ", "[x]", "{x}", "x, y",
                                   "it's", '"q"', "tab\there", "nbsp\u00a0here", "line\nbreak", "Đ/c Lê Lương",
                                   "100%", "@x", "`x`", "!x", "&x", "*x", "|", ">", "%x", "ubnd-duong-kinh", "e1"])
def test_yaml_writer_quotes_what_yaml_would_misread(value, tmp_path):
    from kg.draft.record import scalar

    path = tmp_path / "v.yaml"
    path.write_text(f"block: {scalar(value)}\nflow: [{scalar(value, flow=True)}]\n", encoding="utf-8")
    loaded = load_yaml(path)
    assert loaded["block"] == value and loaded["flow"] == [value]
