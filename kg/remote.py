"""Remote stores: query any SPARQL 1.1 endpoint, and push the graphs with the Graph Store Protocol.

This is the way out when one machine is outgrown: `kg push` uploads every
named graph (PUT per graph, so a push can be repeated), and `--endpoint URL`
runs the same named queries on the server.

Two things the embedded store does that a server may not, made explicit here:
- the default graph is the union of all graphs: we list the named graphs once
  and send them as default-graph-uri / named-graph-uri (SPARQL 1.1 Protocol);
- parameters are substituted: a server has no substitution, so they go in a
  VALUES block of escaped N-Triples terms (see kg.query.sparql_text).
"""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from .errors import KgError
from .query import sparql_text
from .query.run import FUNCTIONS_NS, check_syntax, query_prefixes, refuse_updates

RESULTS_JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"
# What we ask for: the first choice of each, and what most servers can also send.
ACCEPT_RESULTS = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
ACCEPT_TRIPLES = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8"
GSP_FORMATS = {"ntriples": ("application/n-triples", "N_TRIPLES"), "turtle": ("text/turtle", "TURTLE")}
GRAPHS_QUERY = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"
COUNTS_QUERY = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def request(client, method: str, url: str, timeout: float, **kwargs):
    """One HTTP request; every failure becomes one KgError line that says what happened."""
    import httpx

    try:
        response = client.request(method, url, **kwargs)
    except httpx.TimeoutException:
        raise KgError(f"{url} did not answer within {timeout:g} s (timed out); "
                      f"raise --timeout or narrow the query") from None
    except httpx.HTTPError as exc:
        reason = str(exc).split("\n")[0] or type(exc).__name__
        raise KgError(f"cannot reach {url} ({reason}); is the server running?") from None
    if response.status_code >= 400:
        body = " ".join(response.text.split())[:300]
        raise KgError(f"{url} answered HTTP {response.status_code} {response.reason_phrase}: {body}")
    return response


def _media_type(response, default: str) -> str:
    return (response.headers.get("content-type") or default).split(";")[0].strip().lower()


def _check_url(url: str, option: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KgError(f"{option} must be an http(s) URL, such as http://127.0.0.1:7878/query; got {url!r}")
    return url


class Endpoint:
    """A SPARQL 1.1 Protocol endpoint with the interface of kg.query.run.LocalRunner."""

    def __init__(self, url: str, base_iri: str, timeout: float = 30.0, union: bool = True, client=None):
        import httpx  # only the remote path pays for importing httpx

        self.url = _check_url(url, "--endpoint")
        self.base_iri, self.timeout, self.union = base_iri, timeout, union
        self.prefixes = query_prefixes(base_iri)
        self._client = client or httpx.Client(timeout=timeout, follow_redirects=True)
        self._graphs: list[str] | None = None

    # -- HTTP ------------------------------------------------------------------
    def _post_query(self, text: str, accept: str, dataset: bool):
        data = [("query", text)]
        if dataset:
            data += [("default-graph-uri", g) for g in self.graphs()]
            data += [("named-graph-uri", g) for g in self.graphs()]
        body = urlencode(data).encode("ascii")  # repeated fields, which httpx's data= cannot express
        headers = {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}
        return request(self._client, "POST", self.url, self.timeout, content=body, headers=headers)

    # -- queries ---------------------------------------------------------------
    def graphs(self) -> list[str]:
        """The endpoint's named graphs (asked once)."""
        if self._graphs is None:
            from pyoxigraph import QueryResultsFormat, parse_query_results

            response = self._post_query(GRAPHS_QUERY, RESULTS_JSON, dataset=False)
            solutions = self._parse(parse_query_results, response.content, QueryResultsFormat.JSON)
            self._graphs = sorted(s["g"].value for s in solutions if s["g"] is not None)
        return self._graphs

    def run(self, sparql: str, bindings: dict | None = None, source: str = "query"):
        """Same results as the local store: QuerySolutions, QueryBoolean or a list of triples."""
        from pyoxigraph import QueryResultsFormat, RdfFormat, Triple, parse, parse_query_results

        refuse_updates(sparql)
        words = {t.text.upper() for t in sparql_text.tokens(sparql) if t.kind == "word"}
        if any(word.startswith("KGF:") for word in words) or FUNCTIONS_NS in sparql:
            raise KgError(f"{source}: this query calls kgf:key, which only the local store has; on an endpoint "
                          f"use 'kg find' (it computes the search key itself) or match kgo:searchKey directly")
        if "SERVICE" not in words:
            check_syntax(sparql, self.base_iri, source)  # the same line:column messages as locally
        terms = {name: str(term) for name, term in (bindings or {}).items()}
        try:
            text = sparql_text.inline_values(sparql, terms)
        except ValueError:
            raise KgError(f"{source}: parameters need a WHERE group to be bound in") from None
        text = sparql_text.with_prefixes(text, self.prefixes)
        # A query that names its own dataset (FROM …) keeps it.
        dataset = self.union and "FROM" not in words
        form = sparql_text.query_form(sparql)
        if form in ("CONSTRUCT", "DESCRIBE"):
            response = self._post_query(text, ACCEPT_TRIPLES, dataset)
            rdf_format = RdfFormat.from_media_type(_media_type(response, NTRIPLES)) or RdfFormat.N_TRIPLES
            quads = self._parse(lambda data, fmt: list(parse(data, fmt)), response.content, rdf_format)
            return [Triple(q.subject, q.predicate, q.object) for q in quads]
        response = self._post_query(text, ACCEPT_RESULTS, dataset)
        results_format = QueryResultsFormat.from_media_type(_media_type(response, RESULTS_JSON)) \
            or QueryResultsFormat.JSON
        return self._parse(parse_query_results, response.content, results_format)

    def _parse(self, parser, content: bytes, fmt):
        try:
            return parser(content, fmt)
        except (SyntaxError, ValueError) as exc:
            raise KgError(f"{self.url} sent an answer that is not valid {fmt}: {' '.join(str(exc).split())[:200]}") \
                from None

    def counts(self) -> dict[str, int]:
        """Triples per named graph, as the endpoint sees them."""
        from pyoxigraph import QueryResultsFormat, parse_query_results

        response = self._post_query(COUNTS_QUERY, RESULTS_JSON, dataset=False)
        solutions = self._parse(parse_query_results, response.content, QueryResultsFormat.JSON)
        return {s["g"].value: int(s["n"].value) for s in solutions}

    def close(self) -> None:
        self._client.close()


def graph_store_url(endpoint: str | None, graph_store: str | None) -> str:
    """The Graph Store Protocol URL: given, or Oxigraph's /store next to its /query."""
    if graph_store:
        return _check_url(graph_store, "--graph-store")
    if endpoint and _check_url(endpoint, "--endpoint").rstrip("/").endswith("/query"):
        return endpoint.rstrip("/")[: -len("/query")] + "/store"
    raise KgError("pass --graph-store URL: the Graph Store Protocol address of the server "
                  "(Oxigraph: http://host:7878/store, Fuseki: http://host:3030/DATASET/data, "
                  "GraphDB: http://host:7200/repositories/ID/rdf-graphs/service)")


def push(store, base_iri: str, endpoint: str | None, graph_store: str | None, fmt: str = "ntriples",
         timeout: float = 120.0, progress=lambda _msg: None, client=None) -> dict[str, int]:
    """PUT every named graph of the store to the server; return triples per graph.

    With an endpoint, the server's own counts are checked against ours afterwards.
    """
    import httpx
    from pyoxigraph import DefaultGraph, RdfFormat, Triple, serialize

    target = graph_store_url(endpoint, graph_store)
    media_type, engine = GSP_FORMATS[fmt]
    client = client or httpx.Client(timeout=timeout)
    try:
        remote = Endpoint(endpoint, base_iri, timeout, client=client) if endpoint else None
        graphs = sorted(store.named_graphs(), key=lambda g: g.value)
        if any(True for _ in store.quads_for_pattern(None, None, None, DefaultGraph())):
            graphs.append(DefaultGraph())
        sent: dict[str, int] = {}
        for graph in graphs:
            triples = [Triple(q.subject, q.predicate, q.object)
                       for q in store.quads_for_pattern(None, None, None, graph)]
            body = serialize(triples, format=getattr(RdfFormat, engine))
            params = {"default": ""} if isinstance(graph, DefaultGraph) else {"graph": graph.value}
            request(client, "PUT", target, timeout, params=params, content=body, headers={"Content-Type": media_type})
            name = "(default graph)" if isinstance(graph, DefaultGraph) else graph.value
            sent[name] = len(triples)
            progress(f"PUT {name}: {len(triples)} triples")
        if remote is not None:
            counts = remote.counts()
            wrong = [g for g, n in sent.items() if g != "(default graph)" and counts.get(g) != n]
            if wrong:
                raise KgError(f"after the push {endpoint} holds {counts.get(wrong[0], 0)} triples in {wrong[0]}, "
                              f"not {sent[wrong[0]]}; check the server's logs")
        return sent
    finally:
        client.close()
