"""The code a query worker process runs: execute, check the size, serialise.

A worker answers one job at a time over a pipe. The parent may kill it at any
moment (that is how a query past its time limit ends), so it holds nothing
the parent needs: it only reads the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Job:
    sparql: str
    bindings: dict = field(default_factory=dict)  # name -> pyoxigraph term (they pickle)
    accept: str | None = None
    format: str | None = None
    default_graph: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    source: str = "query"


@dataclass
class Reply:
    status: int
    media_type: str
    body: bytes

    @classmethod
    def error(cls, status: int, message: str) -> "Reply":
        return cls(status, "text/plain; charset=utf-8", (f"Error: {message}\n").encode("utf-8"))


class StoreHolder:
    """The current build's store, reopened when `kg build` swaps in a new one."""

    def __init__(self, home: Path):
        self.home, self._build, self._store = home, None, None

    def get(self):
        from ..store import current_build, open_store

        build = current_build(self.home)
        if build != self._build or self._store is None:
            self._store, self._build = open_store(self.home), build
        return self._store


def answer(job: Job, holder: StoreHolder, base_iri: str, max_rows: int) -> Reply:
    from pyoxigraph import NamedNode, QueryBoolean, QuerySolutions

    from ..errors import KgError
    from ..query.render import engine_format, serialize_triples, solutions_from_rows
    from ..query.run import execute, query_prefixes
    from .negotiate import choose

    try:
        results = execute(holder.get(), job.sparql, base_iri, job.bindings, job.source,
                          [NamedNode(g) for g in job.default_graph] or None,
                          [NamedNode(g) for g in job.named_graphs] or None)
        kind = "results" if isinstance(results, (QuerySolutions, QueryBoolean)) else "graph"
        chosen = choose(kind, job.accept, job.format)
        if chosen is None:
            return Reply.error(406, f"cannot answer this {'SELECT/ASK' if kind == 'results' else 'CONSTRUCT/DESCRIBE'}"
                                    f" query in {job.format or job.accept!r}")
        if isinstance(results, QueryBoolean):
            return Reply(200, chosen.media_type, _serialized(results, chosen, engine_format))
        # Stop reading after max_rows + 1: a huge result is refused without being built.
        limited, over = [], False
        for item in results:
            if len(limited) == max_rows:
                over = True
                break
            limited.append(item)
        if over:
            what = "rows" if kind == "results" else "triples"
            return Reply.error(422, f"the result has more than {max_rows} {what} (the server's --max-rows); "
                                    f"add LIMIT or narrow the query")
        if kind == "graph":
            return Reply(200, chosen.media_type, serialize_triples(limited, chosen, query_prefixes(base_iri)))
        variables = [v.value for v in results.variables]
        solutions = solutions_from_rows(variables, [[s[v] for v in variables] for s in limited])
        return Reply(200, chosen.media_type, _serialized(solutions, chosen, engine_format))
    except KgError as exc:
        return Reply.error(400, str(exc))
    except Exception as exc:  # noqa: BLE001 - a worker must answer, whatever happened
        return Reply.error(500, f"the query failed: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}")


def _serialized(results, chosen, engine_format) -> bytes:
    import io

    out = io.BytesIO()
    results.serialize(out, engine_format(chosen))
    return out.getvalue()


def main(conn, home: str, base_iri: str, max_rows: int) -> None:
    """Process entry point: say ready, then answer jobs until the pipe closes (the parent is gone)."""
    holder = StoreHolder(Path(home))
    try:
        try:
            from ..query import render, run  # noqa: F401 - imported now, so the first query is not slower
            from . import negotiate  # noqa: F401

            holder.get()
        except Exception as exc:  # noqa: BLE001 - tell the parent why this worker cannot serve
            conn.send(("failed", str(exc)))
            return
        conn.send(("ready", None))
        while True:
            conn.send(answer(conn.recv(), holder, base_iri, max_rows))
    except (EOFError, OSError):
        return
