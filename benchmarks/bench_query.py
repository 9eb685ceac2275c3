"""`kg query <name>` cold start on the seed store, against a bare interpreter start.

Goal: ≤ 0.5 s wall for `kg query attendees`. Also checks, with
`python -X importtime`, that rdflib, pyvis, pyshacl and httpx stay off the
query path, and compares the two ways of opening the graph for the Python API.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.timing import command_seconds, median_seconds, python_startup, report

ROOT = Path(__file__).resolve().parents[1]
GOAL = 0.5
HEAVY = ("rdflib", "pyvis", "pyshacl", "httpx", "networkx", "pandas")


def _kg() -> str:
    return str(Path(sys.executable).with_name("kg"))


def heavy_imports(env: dict) -> list[str]:
    """Top-level packages from HEAVY that `kg query attendees` imports."""
    done = subprocess.run([sys.executable, "-X", "importtime", _kg(), "query", "attendees"], env=env,
                          capture_output=True, text=True, check=True)
    names = {line.split("|")[-1].strip().split(".")[0] for line in done.stderr.splitlines() if "|" in line}
    return sorted(names & set(HEAVY))


def api_open_figures(store_home: str) -> list[tuple[str, float, float, str]]:
    """Python API: oxrdflib over the store (chosen) vs. copying the quads into an in-memory rdflib Dataset."""
    import pyoxigraph
    from rdflib import BNode, Dataset, Literal, URIRef

    from kg.api import KnowledgeGraph
    from kg.config import Project

    project = Project(ROOT, store_home=Path(store_home))
    query = "SELECT ?p ?n WHERE { ?p a kgo:Person ; rdfs:label ?n }"

    def oxrdflib_open_and_query():
        graph = KnowledgeGraph(project)
        list(graph.dataset.query(query))

    def convert(t):
        if isinstance(t, pyoxigraph.NamedNode):
            return URIRef(t.value)
        if isinstance(t, pyoxigraph.BlankNode):
            return BNode(t.value)
        return Literal(t.value, lang=t.language) if t.language else Literal(t.value, datatype=URIRef(t.datatype.value))

    store = KnowledgeGraph(project).store
    quads = list(store)

    def copy_open_and_query():
        dataset = Dataset(default_union=True)
        for prefix, iri in KnowledgeGraph(project).prefixes.items():
            dataset.bind(prefix, iri)
        for q in quads:
            dataset.add((convert(q.subject), convert(q.predicate), convert(q.object), URIRef(q.graph_name.value)))
        list(dataset.query(query))

    chosen = median_seconds(oxrdflib_open_and_query, 5)
    copied = median_seconds(copy_open_and_query, 3)
    return [(f"API: oxrdflib Dataset, open + query", chosen, copied, "(baseline: in-memory copy)"),
            (f"API: in-memory copy of {len(quads)} quads", copied, copied, "")]


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as home:
        env = {**os.environ, "KG_PROJECT": str(ROOT), "KG_STORE": home}
        subprocess.run([_kg(), "build", "--quiet"], env=env, check=True, capture_output=True)
        baseline = python_startup(repeat=7)
        rows = []
        for args in (["query", "attendees"], ["query", "ranks", "-f", "json"], ["query", "posts-over-time"],
                     ["find", "le luong"], ["queries"]):
            seconds = command_seconds([_kg(), *args], repeat=7, env=env)
            rows.append((f"kg {' '.join(args)}", seconds, baseline, f"≤ {GOAL} s" if args[0] != "queries" else ""))
        report(rows)
        heavy = heavy_imports(env)
        print(f"heavy imports on the 'kg query' path: {', '.join(heavy) or 'none'} (checked: {', '.join(HEAVY)})")
        report(api_open_figures(home))
    slow = [what for what, seconds, _, goal in rows if goal and seconds > GOAL]
    if slow:
        print(f"over the {GOAL} s goal: {', '.join(slow)}")
    return 1 if heavy or slow else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
