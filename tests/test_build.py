"""`kg build`, `kg validate`, `kg dump`: the seed builds, and bad input fails cleanly without harming the store."""

from __future__ import annotations

import unicodedata

import pytest

SEED = "duong-kinh-tong-ket-qsqp-2019"


def record_path(project):
    return project.articles_dir / f"{SEED}.yaml"


def edit_record(project, old: str, new: str, count: int = 1) -> int:
    """Replace text in the seed record; return the 1-based line of the first change."""
    path = record_path(project)
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return line


@pytest.fixture
def built(scratch_project, kg):
    result = kg("build", project=scratch_project)
    assert result.exit_code == 0, result.output
    return scratch_project


def still_answers(kg, project) -> None:
    """The last good store still answers after a failed build."""
    result = kg("query", "ranks", project=project)
    assert result.exit_code == 0 and "Trịnh Văn Cứ" in result.output


def test_build_prints_what_it_built(built, kg):
    result = kg("stats", project=built)
    assert result.exit_code == 0
    assert SEED in result.output
    assert "Person" in result.output and "PostHolding" in result.output


def test_validate_passes_on_the_seed(built, kg):
    result = kg("validate", project=built)
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_validate_reports_a_located_violation(built, kg):
    # The checker allows an award without counts; the SHACL shape requires at least one count.
    line = edit_record(built, "    collectives: 4\n    individuals: 10\n", "")
    assert kg("build", project=built).exit_code == 0
    result = kg("validate", project=built)
    assert result.exit_code == 1
    lines = [l for l in result.output.splitlines() if "ubnd-duong-kinh--giay-khen" in l]
    assert lines, result.output
    assert lines[0].startswith(f"data/articles/{SEED}.yaml:")
    assert int(lines[0].split(":")[1]) < line  # the line of the award item, just above the removed counts


def test_two_builds_dump_identical_bytes(built, kg):
    first = kg("dump", "--format", "nquads", project=built).stdout_bytes
    assert kg("build", project=built).exit_code == 0
    second = kg("dump", "--format", "nquads", project=built).stdout_bytes
    assert first == second and len(first) > 10_000
    for fmt in ("trig", "turtle", "jsonld"):
        a = kg("dump", "--format", fmt, project=built).stdout_bytes
        b = kg("dump", "--format", fmt, project=built).stdout_bytes
        assert a == b and a


def test_dump_refuses_to_overwrite_without_force(built, kg, tmp_path):
    out = tmp_path / "graph.trig"
    out.write_text("mine")
    result = kg("dump", "-o", str(out), project=built)
    assert result.exit_code != 0 and "--force" in result.output
    assert out.read_text() == "mine"
    assert kg("dump", "-o", str(out), "--force", project=built).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("@prefix")


def assert_fails_cleanly(kg, project, *expected: str) -> str:
    result = kg("build", project=project)
    assert result.exit_code != 0
    error = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(error) == 1, result.output
    for part in expected:
        assert part in error[0], error[0]
    still_answers(kg, project)
    return error[0]


def test_record_that_does_not_parse(built, kg):
    line = edit_record(built, "  - id: dao-van-ninh\n", "  - id: dao-van-ninh\n   name: [unclosed\n")
    assert_fails_cleanly(kg, built, f"{SEED}.yaml:", "YAML does not parse")


def test_missing_required_field(built, kg):
    line = edit_record(built, "    conferred_by: ubnd-duong-kinh\n", "")
    message = assert_fails_cleanly(kg, built, f"{SEED}.yaml:", "missing required field 'conferred_by'")
    assert int(message.split(":")[2]) == line - 1  # the line where that award item starts


def test_reference_to_an_undefined_entity(built, kg):
    line = edit_record(built, "  - person: trinh-van-cu\n    rank: trung-ta", "  - person: trinh-van-cuu\n    rank: trung-ta")
    message = assert_fails_cleanly(kg, built, f"{SEED}.yaml:{line}:", "'trinh-van-cuu' is not defined")


def test_quote_not_in_the_text(built, kg):
    line = edit_record(built, "quote: Trung tá Trịnh Văn Cứ", "quote: Đại tá Trịnh Văn Cứ")
    assert_fails_cleanly(kg, built, f"{SEED}.yaml:{line}:", "quote not found")


def test_quote_that_occurs_twice_needs_a_disambiguator(built, kg):
    line = edit_record(built, "    quote: Lê Lương\n    occurrence: 1\n", "    quote: Lê Lương\n")
    assert_fails_cleanly(kg, built, f"{SEED}.yaml:{line}:", "occurs", "occurrence")


def test_article_that_is_not_utf8(built, kg):
    path = built.articles_dir / f"{SEED}.txt"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    assert_fails_cleanly(kg, built, f"{SEED}.txt", "not UTF-8")


def test_article_in_nfd_is_normalised(built, kg):
    path = built.articles_dir / f"{SEED}.txt"
    before = kg("query", "evidence", "--format", "tsv", project=built).output
    path.write_text(unicodedata.normalize("NFD", path.read_text(encoding="utf-8")), encoding="utf-8")
    result = kg("build", project=built)
    assert result.exit_code == 0, result.output
    assert kg("query", "evidence", "--format", "tsv", project=built).output == before


def test_turtle_syntax_error_in_the_ontology(built, kg):
    path = built.ontology_dir / "kg.ttl"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.append("kgo:Broken a owl:Class ;;; rdfs:label \"unterminated .")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert_fails_cleanly(kg, built, "ontology/kg.ttl:", "Turtle syntax error")


def test_unknown_field_is_named(built, kg):
    line = edit_record(built, "    rank: trung-ta\n", "    rank: trung-ta\n    rnak: x\n")
    assert_fails_cleanly(kg, built, f"{SEED}.yaml:{line + 1}:", "unknown field 'rnak'")


def test_no_store_yet_is_one_line(scratch_project, kg):
    result = kg("query", "ranks", project=scratch_project)
    assert result.exit_code != 0
    assert "kg build" in result.output
