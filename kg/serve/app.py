"""The HTTP front: SPARQL 1.1 Protocol routes, the page, the named-query API, the graph view.

    GET  /                      the query page
    GET  /sparql?query=…        SPARQL 1.1 Protocol (also /query, as Oxigraph names it)
    POST /sparql                form-encoded query=… or a body of type application/sparql-query
    GET  /api/queries           the named queries with their parameters (JSON)
    GET|POST /api/query/NAME    run a named query; its parameters as form fields
    GET  /graph                 the relationship graph drawn by `kg graph`, when there is one

Read-only: SPARQL Update (the 'update' field, application/sparql-update, an
update sent as a query, /update) gets 403; PUT, DELETE and PATCH get 405.
Variables of an ad hoc query can be bound with '$name=value' fields (as in
RDF4J's protocol), read like `kg query --param`.
"""

from __future__ import annotations

import json
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from ..config import Project
from ..errors import KgError
from ..query import sparql_text
from .pool import WorkerPool
from .worker import Job, Reply

MAX_BODY = 1 << 20  # bytes of a POST body: a query, not an upload
READ_ONLY = ("this endpoint is read-only: SPARQL Update is not accepted; change data/ and run 'kg build', "
             "or push to a writable server with 'kg push'")


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 10.0
    max_rows: int = 10_000
    workers: int = 2
    graph_file: Path | None = None
    quiet: bool = False


class QueryServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, project: Project, settings: Settings, pool: WorkerPool):
        self.project, self.settings, self.pool = project, settings, pool
        super().__init__((settings.host, settings.port), Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def graph_file(self) -> Path:
        return self.settings.graph_file or self.project.home / "graph.html"

    def close(self) -> None:
        self.shutdown()
        self.server_close()
        self.pool.close()


class Handler(BaseHTTPRequestHandler):
    server: QueryServer
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"
    timeout = 60  # seconds a client may take to send its request

    # -- plumbing ----------------------------------------------------------------
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's name
        if not self.server.settings.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def _send(self, status: int, media_type: str, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _reply(self, reply: Reply, headers: dict | None = None) -> None:
        self._send(reply.status, reply.media_type, reply.body, headers)

    def _error(self, status: int, message: str, headers: dict | None = None) -> None:
        self._reply(Reply.error(status, message), headers)

    def _body(self) -> bytes | None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            self._error(400, "the Content-Length header is not a number", {"Connection": "close"})
            return None
        if length > MAX_BODY:
            self.close_connection = True
            self._error(413, f"the request body is over {MAX_BODY} bytes", {"Connection": "close"})
            return None
        return self.rfile.read(length) if length else b""

    # -- routes --------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        parts = urlsplit(self.path)
        fields = parse_qsl(parts.query, keep_blank_values=True)
        self._route(parts.path, fields, None)

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        parts = urlsplit(self.path)
        fields = parse_qsl(parts.query, keep_blank_values=True)
        body = self._body()
        if body is None:
            return
        media_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media_type == "application/sparql-update":
            return self._error(403, READ_ONLY)
        if media_type == "application/x-www-form-urlencoded":
            fields += parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            body = None
        elif media_type == "application/sparql-query":
            body = body.decode("utf-8", "replace")
        elif parts.path.rstrip("/") in ("/sparql", "/query") or parts.path.startswith("/api/query/"):
            return self._error(415, "send the query as application/sparql-query or as a form "
                                    "(application/x-www-form-urlencoded)")
        self._route(parts.path, fields, body)

    def _not_allowed(self) -> None:
        # The body is not read, so this connection cannot carry another request.
        self.close_connection = True
        self._error(405, READ_ONLY, {"Allow": "GET, HEAD, POST", "Connection": "close"})

    do_PUT = do_DELETE = do_PATCH = _not_allowed

    def _route(self, path: str, fields: list, body: str | None) -> None:
        if path == "/":
            html, policy = _page()
            return self._send(200, "text/html; charset=utf-8", html, {"Content-Security-Policy": policy})
        if path.rstrip("/") in ("/sparql", "/query"):
            return self._protocol(fields, body)
        if path == "/update":
            return self._error(403, READ_ONLY)
        if path == "/api/queries":
            return self._queries()
        if path.startswith("/api/query/"):
            return self._named(unquote(path[len("/api/query/"):]), fields)
        if path == "/graph":
            return self._graph()
        self._error(404, f"no such page: {path}; the endpoint is /sparql and the query page is /")

    def _protocol(self, fields: list, body: str | None) -> None:
        names = [name for name, _ in fields]
        if "update" in names:
            return self._error(403, READ_ONLY)
        queries = [value for name, value in fields if name == "query"] + ([body] if body is not None else [])
        if len(queries) != 1:
            return self._error(400, "give exactly one query (the 'query' field, or a body of type "
                                    "application/sparql-query)" if queries else
                               "missing 'query'; see the query page at /")
        sparql = queries[0]
        if sparql_text.is_update(sparql):
            return self._error(403, READ_ONLY)
        try:
            bindings = _bindings(sparql, [(n[1:], v) for n, v in fields if n.startswith("$")], self.server)
        except KgError as exc:
            return self._error(400, str(exc))
        self._run(Job(sparql, bindings, self.headers.get("Accept"), _field(fields, "format"),
                      [v for n, v in fields if n == "default-graph-uri"],
                      [v for n, v in fields if n == "named-graph-uri"]))

    def _named(self, name: str, fields: list) -> None:
        from ..query.library import find_query
        from ..query.params import bind
        from ..query.run import query_prefixes

        try:
            named = find_query(self.server.project.queries_dir, name)
        except KgError as exc:
            return self._error(404, str(exc))
        given = {n: v for n, v in fields if n != "format" and v != ""}
        try:
            terms = bind(given, named.text, query_prefixes(self.server.project.base_iri), named)
        except KgError as exc:
            return self._error(400, str(exc))
        self._run(Job(named.text, terms, self.headers.get("Accept"), _field(fields, "format"),
                      source=self.server.project.shown(named.path)))

    def _run(self, job: Job) -> None:
        self._reply(self.server.pool.run(job))

    def _queries(self) -> None:
        from ..query.library import named_queries
        from ..query.run import query_prefixes

        project, settings = self.server.project, self.server.settings
        info = {
            "queries": [q.as_dict() for q in named_queries(project.queries_dir).values()],
            "prefixes": query_prefixes(project.base_iri),
            "graph": self.server.graph_file.is_file(),
            "limits": {"timeout": settings.timeout, "max_rows": settings.max_rows},
        }
        self._send(200, "application/json", json.dumps(info, ensure_ascii=False).encode("utf-8"))

    def _graph(self) -> None:
        path = self.server.graph_file
        if not path.is_file():
            return self._error(404, f"no relationship graph at {path}; draw one with 'kg graph -o {path}'")
        self._send(200, "text/html; charset=utf-8", path.read_bytes())


def _page():
    from .page import page

    return page()


def _field(fields: list, name: str) -> str | None:
    return next((value for key, value in fields if key == name), None)


def _bindings(sparql: str, pairs: list, server: QueryServer) -> dict:
    from ..query.params import bind
    from ..query.run import query_prefixes

    return bind(dict(pairs), sparql, query_prefixes(server.project.base_iri)) if pairs else {}


def make_server(project: Project, settings: Settings) -> QueryServer:
    """Start the workers and bind the socket; the caller runs serve_forever() and close()."""
    from ..store import current_build

    if current_build(project.home) is None:
        raise KgError("no graph has been built yet; run 'kg build' first", str(project.home))
    pool = WorkerPool(str(project.home), project.base_iri, settings.workers, settings.timeout, settings.max_rows)
    try:
        pool.start()
    except RuntimeError as exc:
        pool.close()
        raise KgError(f"the query workers could not start: {exc}") from None
    try:
        return QueryServer(project, settings, pool)
    except OSError as exc:
        pool.close()
        raise KgError(f"cannot listen on {settings.host}:{settings.port} ({exc.strerror or exc})") from None


def serve_in_thread(project: Project, settings: Settings) -> QueryServer:
    """A running server on a background thread (for tests and notebooks); stop it with close()."""
    server = make_server(project, settings)
    threading.Thread(target=server.serve_forever, daemon=True, name="kg-serve").start()
    return server
