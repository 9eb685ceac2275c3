"""Bad input to `kg draft`: each case is one clear `Error: …` line (exit 2) or a draft that says why it is
empty — never a traceback."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg.config import DEFAULT_BASE_IRI, Project
from kg.draft.source import MAX_BYTES
from kg.errors import KgError
from kg.records.check import load_record
from kg.records.concepts import load_concepts, load_glossary

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = ROOT / "data" / "articles" / "duong-kinh-tong-ket-qsqp-2019.txt"
NO_PEOPLE = ("Hải Phòng, ngày 02 tháng 3 năm 2021\n\nThời tiết cuối tuần\n\n"
             "          Trời nắng nhẹ, nhiệt độ từ 18 đến 25 độ C, độ ẩm 80%.\n")


@pytest.fixture(scope="module")
def project() -> Project:
    return Project(ROOT, DEFAULT_BASE_IRI)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


CASES = {
    "empty": (b"", "is empty"),
    "blank": (b" \n\n\t \n", "is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
    "utf-16": (SEED_TEXT.read_text("utf-8").encode("utf-16"), "UTF-16"),
    "utf-16-no-bom": (SEED_TEXT.read_text("utf-8").encode("utf-16-le"), "UTF-16"),
    "cp1258": (SEED_TEXT.read_text("utf-8").replace("\u00a0", " ").encode("cp1258", errors="replace"), "cp1258"),
    "latin-1": ("Café crème brûlée, déjà vu. ".encode("latin-1") * 20, "is not UTF-8"),
    "controls": (bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 40 + b"abc", "binary file"),
    "no-dateline": ("Một bài viết không có dòng ngày tháng\n\nĐ/c Lê Lương dự hội nghị.\n".encode(), "no dateline"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_one_clear_error(case, drafter, tmp_path):
    data, expected = CASES[case]
    path = write(tmp_path, f"{case}.txt", data)
    with pytest.raises(KgError) as caught:
        drafter.draft_file(path, record_dir=tmp_path)
    message = str(caught.value)
    assert expected in message and str(path) in message and "\n" not in message


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_on_the_command_line(case, kg, tmp_path):
    data, expected = CASES[case]
    path = write(tmp_path, f"{case}.txt", data)
    result = kg("draft", str(path))
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and expected in result.output
    assert "Traceback" not in result.output and result.output.count("\n") == 1


def test_huge_article_is_refused_before_reading(drafter, kg, tmp_path):
    big = SEED_TEXT.read_bytes() * (5_000_000 // len(SEED_TEXT.read_bytes()) + 1)  # about 5 MB
    path = write(tmp_path, "huge.txt", big)
    with pytest.raises(KgError, match=r"is 5\.\d MB.*Split it"):
        drafter.draft_file(path, record_dir=tmp_path)
    result = kg("draft", str(path))
    assert result.exit_code == 2 and "MB" in result.output


def test_long_article_under_the_limit_is_drafted(drafter, tmp_path):
    """Ten articles' worth of text stays linear: it drafts, and quotes that repeat get occurrences."""
    text = SEED_TEXT.read_text("utf-8")
    body = text.split("\n", 4)[4]
    path = write(tmp_path, "long.txt", (text + ("\n\n" + body) * 10).encode())
    assert path.stat().st_size < MAX_BYTES
    draft = drafter.draft_file(path, record_dir=tmp_path)
    assert any("occurrence" in h for h in draft.record["holdings"])


def test_article_with_no_people_gives_an_empty_draft_with_the_reason(drafter, project, tmp_path):
    path = write(tmp_path, "weather.txt", NO_PEOPLE.encode())
    draft = drafter.draft_file(path, record_dir=tmp_path)
    assert "people" not in draft.record
    text = draft.yaml()
    assert "# Notes:" in text and "no people recognised" in text
    record_path = tmp_path / "weather.yaml"
    record_path.write_text(text, encoding="utf-8")
    record = load_record(record_path, load_concepts(project.concepts_file),
                         load_glossary(project.glossary_file).notations())
    assert record.article["published"]["date"] == "2021-03-02"


def test_nfd_input_is_normalised(drafter, tmp_path):
    import unicodedata

    path = write(tmp_path, "nfd.txt", unicodedata.normalize("NFD", SEED_TEXT.read_text("utf-8")).encode())
    draft = drafter.draft_file(path, record_dir=tmp_path)
    assert {p["name"] for p in draft.record["people"]} >= {"Lê Lương", "Trịnh Văn Cứ"}


def test_utf8_bom_is_accepted(drafter, tmp_path):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + SEED_TEXT.read_bytes())
    draft = drafter.draft_file(path, record_dir=tmp_path)
    assert draft.record["article"]["published"]["date"] == "2020-01-24"


def test_missing_file_and_folder(kg, tmp_path):
    result = kg("draft", str(tmp_path / "nothing.txt"))
    assert result.exit_code == 2 and "no such file" in result.output
    result = kg("draft", str(tmp_path))
    assert result.exit_code == 2 and result.output.startswith("Error: ")


def test_no_dateline_with_published_option(kg, tmp_path):
    path = write(tmp_path, "nodate.txt", "Tin ngắn\n\nĐ/c Lê Lương – Bí thư Quận ủy dự lễ.\n".encode())
    result = kg("draft", str(path), "--published", "2021-05-04")
    assert result.exit_code == 0, result.output
    assert "date: 2021-05-04" in result.output
    result = kg("draft", str(path), "--published", "4/5/2021")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_no_dateline_takes_the_latest_written_date_and_says_so(drafter, tmp_path):
    path = write(tmp_path, "nodateline.txt", "Quận Dương Kinh tổng kết năm 2022\n\nNgày 16/12/2022, UBND quận Dương "
                 "Kinh tổ chức Hội nghị tổng kết năm 2022. Dự có đ/c Lê Lương – Bí thư Quận ủy.\n".encode())
    draft = drafter.draft_file(path, record_dir=tmp_path)
    assert draft.record["article"]["published"]["date"] == "2022-12-16"
    assert draft.notes[0].startswith("no dateline: the publication date is taken to be 2022-12-16")
    assert {h["post"] for h in draft.record["holdings"]} == {"bi-thu@quan-uy-duong-kinh"}


def _mangled(text: str, rng: random.Random) -> str:
    """The text with words cut out, and titles, counts and separators of the genre dropped in at random."""
    pieces = ("Đại tá", "đ/c", "Chủ tịch UBND", "huyện", "Ban CHQS", "tặng Giấy khen cho 04 tập thể", "ngày 21/11",
              "–", ",", ";", "(", "Huyện ủy", "HUV", "Quân khu 3", "Ảnh:", "\n", "\u00a0")
    chars = list(text)
    for _ in range(rng.randint(1, 12)):
        at = rng.randrange(len(chars))
        if rng.random() < 0.3:
            del chars[at:at + rng.randint(1, 20)]
        else:
            chars[at:at] = f" {rng.choice(pieces)} "
    return "".join(chars)


def test_every_draft_is_a_valid_record_even_of_a_mangled_article(drafter, project, tmp_path):
    # Every reference in a draft must point at something the draft defines, whatever the article looks like.
    texts = sorted((ROOT / "tests" / "fixtures" / "styles").glob("*.txt"))
    concepts, notations = load_concepts(project.concepts_file), load_glossary(project.glossary_file).notations()
    rng = random.Random(5)
    checked = 0
    for number in range(40):
        path = tmp_path / f"mangled-{number}.txt"
        path.write_text(_mangled(texts[number % len(texts)].read_text(encoding="utf-8"), rng), encoding="utf-8")
        try:
            draft = drafter.draft_file(path, record_dir=tmp_path)
        except KgError as exc:
            assert "drafter failed" not in exc.message  # a clear refusal (no date left, say) is fine; a crash is not
            continue
        record_path = tmp_path / f"mangled-{number}.yaml"
        record_path.write_text(draft.yaml(), encoding="utf-8")
        load_record(record_path, concepts, notations)  # raises KgError naming the line that is wrong
        checked += 1
    assert checked >= 30


def test_a_draft_never_points_at_a_place_or_body_it_does_not_define(drafter, project, tmp_path):
    # Hải Phòng is known only from the gazetteer and never written; "Bộ CHQS" alone is its command. Two
    # steering boards named apart turn out to be one once named after the exercise.
    path = tmp_path / "vinh-bao.txt"
    path.write_text("Vĩnh Bảo, 06-12-2023\n\nDiễn tập khu vực phòng thủ huyện Vĩnh Bảo năm 2023\n\nTừ ngày 4 đến "
                    "5/12, UBND huyện Vĩnh Bảo tổ chức diễn tập khu vực phòng thủ năm 2023. Dự có Đại tá Bùi Hữu "
                    "Tình, Phó Chỉ huy trưởng Bộ CHQS; đồng chí Nguyễn Đức Cương, Chủ tịch UBND huyện, Trưởng Ban "
                    "Chỉ đạo diễn tập huyện; đồng chí Vũ Thị Lan, Phó Trưởng Ban Chỉ đạo diễn tập.\n",
                    encoding="utf-8")
    record_path = tmp_path / "vinh-bao.yaml"
    record_path.write_text(drafter.draft_file(path, record_dir=tmp_path).yaml(), encoding="utf-8")
    load_record(record_path, load_concepts(project.concepts_file), load_glossary(project.glossary_file).notations())
