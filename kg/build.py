"""`kg build`: records + concepts + glossary + ontology -> a new store, swapped in when all is well."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pyoxigraph import Quad

from .compile.emit import article_quads
from .compile.shared import concept_quads, glossary_quads, ontology_files, ontology_quads
from .compile.vocab import KGO, Iris
from .config import Project
from .errors import KgError
from .records.check import Record, load_record
from .records.concepts import Concepts, Glossary, load_concepts, load_glossary


@dataclass
class Compiled:
    quads: list[Quad]
    records: list[Record]
    sources: dict[str, str] = field(default_factory=dict)
    review: list = field(default_factory=list)  # ambiguous pairs the linker left apart
    merged: list = field(default_factory=list)  # pairs the linker joined, with its reason


def record_files(project: Project) -> list[Path]:
    return sorted(project.articles_dir.glob("*.yaml"))


def load_records(project: Project, files: list[Path], concepts: Concepts, glossary: Glossary) -> list[Record]:
    """Check every record; article ids must be unique across them."""
    notations = glossary.notations()
    records = []
    seen: dict[str, str] = {}
    for path in files:
        record = load_record(path, concepts, notations, project.shown(path))
        if record.id in seen:
            raise KgError(f"article id {record.id!r} is already used by {seen[record.id]}; ids are unique",
                          record.shown, record.article.line_of("id"))
        seen[record.id] = record.shown
        records.append(record)
    return records


def compile_project(project: Project, progress: Callable[[str], None] = lambda _: None) -> Compiled:
    """Check and compile everything; raise KgError (nothing written) on the first problem."""
    from .link import link_records  # the linker decides which IRIs articles share

    iris = Iris(project.base_iri)
    concepts = load_concepts(project.concepts_file, project.shown(project.concepts_file))
    glossary = load_glossary(project.glossary_file, project.shown(project.glossary_file))
    quads = ontology_quads(ontology_files(project.ontology_dir), iris, project.shown)
    quads += glossary_quads(glossary, iris)
    quads += concept_quads(concepts, iris)
    records = load_records(project, record_files(project), concepts, glossary)
    progress(f"checked {len(records)} record(s)")
    links = link_records(records, project, iris)
    compiled = Compiled(quads, records, review=links.review, merged=links.merged)
    for record in records:
        article, sources = article_quads(record, concepts, iris, links.resolve)
        compiled.quads += article
        compiled.sources.update(sources)
        progress(f"compiled {record.id}: {len(article)} quads")
    compiled.quads += links.quads
    return compiled


def summarise(compiled: Compiled) -> dict:
    """Counts a user wants after a build: articles, triples, entities by type."""
    unique = set(compiled.quads)
    by_type: Counter = Counter()
    typed = set()
    for quad in unique:
        if quad.predicate.value.endswith("#type") and quad.object.value.startswith(KGO):
            key = (quad.subject.value, quad.object.value)
            if key not in typed:
                typed.add(key)
                by_type[quad.object.value[len(KGO):]] += 1
    graphs = Counter(q.graph_name.value for q in unique)
    return {
        "articles": [r.id for r in compiled.records],
        "quads": len(unique),
        "graphs": dict(sorted(graphs.items())),
        "entities_by_type": dict(sorted(by_type.items())),
        "review": compiled.review,
        "merged": compiled.merged,
    }


def build(project: Project, progress: Callable[[str], None] = lambda _: None) -> dict:
    from .store import write_build

    compiled = compile_project(project, progress=progress)
    summary = summarise(compiled)
    manifest = {**summary, "base_iri": project.base_iri, "sources": dict(sorted(compiled.sources.items()))}
    progress(f"writing the store ({summary['quads']} quads)")
    target = write_build(project.home, sorted(set(compiled.quads), key=str), manifest)
    summary["store"] = str(target)
    return summary
