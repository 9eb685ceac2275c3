"""Shared fixtures: the seed store built once per session, scratch copies of the project."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import build
from kg.config import DEFAULT_BASE_IRI, Project
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SEED_ARTICLE = "duong-kinh-tong-ket-qsqp-2019"


@pytest.fixture(scope="session")
def seed_project(tmp_path_factory) -> Project:
    """The real project folder with its store built into a temporary home."""
    project = Project(ROOT, DEFAULT_BASE_IRI, tmp_path_factory.mktemp("seed-store"))
    build(project)
    return project


@pytest.fixture(scope="session")
def seed_store(seed_project):
    return open_store(seed_project.home)


def copy_project(target: Path) -> Project:
    """A writable copy of data/, ontology/ and queries/ (for tests that break or add things)."""
    for name in ("data", "ontology", "queries"):
        shutil.copytree(ROOT / name, target / name)
    return Project(target, DEFAULT_BASE_IRI, target / ".kg")


@pytest.fixture(scope="session")
def drafter():
    """One drafter for the session: building its patterns from concepts and glossary is the slow part."""
    from kg.draft.api import Drafter

    return Drafter.for_project(Project(ROOT, DEFAULT_BASE_IRI))


@pytest.fixture
def scratch_project(tmp_path) -> Project:
    return copy_project(tmp_path / "project")


@pytest.fixture
def kg():
    """Run the CLI in-process: kg("query", "ranks", project=p) -> click Result."""
    from kg.cli import main

    def run(*args: str, project: Project | None = None, input: str | None = None):
        env = {}
        if project is not None:
            env = {"KG_PROJECT": str(project.root), "KG_STORE": str(project.home)}
        return CliRunner().invoke(main, list(args), env=env, input=input, catch_exceptions=False)

    return run


def add_fixture_articles(project: Project) -> None:
    """Put the fictional fixture articles and their curated records beside the seed."""
    for path in sorted((FIXTURES / "articles").glob("*")):
        if path.suffix in (".txt", ".yaml"):
            shutil.copy(path, project.articles_dir / path.name)


@pytest.fixture(scope="session")
def series_project(tmp_path_factory) -> Project:
    """The seed plus the fictional fixtures (other years, another district), built once."""
    project = copy_project(tmp_path_factory.mktemp("series") / "project")
    add_fixture_articles(project)
    build(project)
    return project


@pytest.fixture(scope="session")
def series_store(series_project):
    return open_store(series_project.home)
