"""Bad input to `kg draft`: each case is one clear `Error: …` line (exit 2) or a draft that says why it is
empty — never a traceback."""

from __future__ import annotations

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
