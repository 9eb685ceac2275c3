"""`kg draft` on the command line: stdout by default, -o never overwrites without --force, the draft builds."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import copy_project

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = ROOT / "data" / "articles" / "duong-kinh-tong-ket-qsqp-2019.txt"
FIXTURE = ROOT / "tests" / "fixtures" / "articles" / "duong-kinh-2020.txt"


def test_draft_prints_to_stdout(kg):
    result = kg("draft", str(SEED_TEXT))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# DRAFT record of")
    assert "\narticle:\n  id: duong-kinh-tong-ket-qsqp-2019\n" in result.output
    assert "chu-tich@ubnd-duong-kinh" in result.output


def test_dash_means_stdout(kg, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = kg("draft", str(SEED_TEXT), "-o", "-")
    assert result.exit_code == 0 and result.output.startswith("# DRAFT record of")
    assert not (tmp_path / "-").exists()


def test_draft_to_a_file_then_refuses_to_overwrite(kg, tmp_path):
    out = tmp_path / "seed.yaml"
    result = kg("draft", str(SEED_TEXT), "-o", str(out), "--id", "seed-draft")
    assert result.exit_code == 0, result.output
    assert "Wrote" in result.output and out.exists()
    assert "  id: seed-draft\n" in out.read_text("utf-8")
    out.write_text("# curated by hand\n", encoding="utf-8")
    result = kg("draft", str(SEED_TEXT), "-o", str(out))
    assert result.exit_code == 2
    assert result.output == f"Error: {out}: already exists (it may be a curated record); pass --force to overwrite it\n"
    assert out.read_text("utf-8") == "# curated by hand\n"
    result = kg("draft", str(SEED_TEXT), "-o", str(out), "--force")
    assert result.exit_code == 0 and out.read_text("utf-8").startswith("# DRAFT")


def test_draft_refuses_to_write_over_the_article(kg, tmp_path):
    article = tmp_path / "a.txt"
    shutil.copy(SEED_TEXT, article)
    result = kg("draft", str(article), "-o", str(article), "--force")
    assert result.exit_code == 2 and "article itself" in result.output
    assert article.read_bytes() == SEED_TEXT.read_bytes()


def test_bad_id_is_refused(kg):
    result = kg("draft", str(SEED_TEXT), "--id", "Dương Kinh 2019")
    assert result.exit_code == 2 and "duong-kinh-2019" in result.output


def test_a_drafted_fixture_builds_into_the_store(kg, tmp_path):
    """Drafting and curating share one compiler: a draft put into data/articles/ builds as it is."""
    project = copy_project(tmp_path / "project")
    shutil.copy(FIXTURE, project.articles_dir / FIXTURE.name)
    out = project.articles_dir / "duong-kinh-2020.yaml"
    result = kg("draft", str(project.articles_dir / FIXTURE.name), "-o", str(out), project=project)
    assert result.exit_code == 0, result.output
    assert "text: duong-kinh-2020.txt" in out.read_text("utf-8")
    result = kg("build", project=project)
    assert result.exit_code == 0, result.output
    assert "duong-kinh-2020" in result.output
