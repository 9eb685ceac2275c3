"""Where the project's files and store live, and the base IRI of its data."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_BASE_IRI = "https://kg.example.org/"


def _find_root(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / "data" / "articles").is_dir() and (folder / "ontology").is_dir():
            return folder
    return None


@dataclass(frozen=True)
class Project:
    """A project folder: data/, ontology/, queries/ and the store under .kg/."""

    root: Path
    base_iri: str = DEFAULT_BASE_IRI
    store_home: Path | None = None

    @classmethod
    def locate(cls, root: str | os.PathLike | None = None, base_iri: str | None = None) -> "Project":
        """The project named, else $KG_PROJECT, else the nearest folder up from here, else this checkout."""
        chosen = root or os.environ.get("KG_PROJECT")
        if chosen:
            path = Path(chosen).resolve()
        else:
            path = _find_root(Path.cwd()) or _find_root(Path(__file__).resolve().parent) or Path.cwd()
        base = base_iri or os.environ.get("KG_BASE_IRI") or DEFAULT_BASE_IRI
        if not base.endswith(("/", "#")):
            base += "/"
        store = os.environ.get("KG_STORE")
        return cls(path, base, Path(store).resolve() if store else None)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def articles_dir(self) -> Path:
        return self.data_dir / "articles"

    @property
    def concepts_file(self) -> Path:
        return self.data_dir / "concepts.yaml"

    @property
    def links_file(self) -> Path:
        return self.data_dir / "links.yaml"

    @property
    def ontology_dir(self) -> Path:
        return self.root / "ontology"

    @property
    def glossary_file(self) -> Path:
        return self.ontology_dir / "glossary.yaml"

    @property
    def shapes_file(self) -> Path:
        return self.ontology_dir / "shapes.ttl"

    @property
    def queries_dir(self) -> Path:
        return self.root / "queries"

    @property
    def home(self) -> Path:
        """Folder holding the built stores (.kg/ in the project unless $KG_STORE says otherwise)."""
        return self.store_home or self.root / ".kg"

    def shown(self, path: Path) -> str:
        """A path as the user should see it: relative to the project when inside it."""
        try:
            return str(path.resolve().relative_to(self.root))
        except ValueError:
            return str(path)
