"""The query page at '/': one self-contained HTML document (inline CSS and JS, no network).

Every value from the store is put on the page with textContent, never as
HTML. The Content-Security-Policy allows only this page's own script and
style (by hash) and requests to this server.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache

STYLE = """
:root { font-family: system-ui, sans-serif; color: #1d2430; background: #f6f7f9; }
body { margin: 0; }
header { display: flex; align-items: baseline; gap: 1.5rem; padding: .8rem 1.2rem; background: #24344d; color: #fff; }
header h1 { font-size: 1.15rem; margin: 0; }
header a { color: #cfe0ff; }
header code { color: #e8eefc; }
main { display: grid; grid-template-columns: minmax(14rem, 22rem) 1fr; gap: 1rem; padding: 1rem 1.2rem; }
#examples h2, #editor-pane h2 { font-size: 1rem; margin: 0 0 .5rem; }
#query-list { list-style: none; margin: 0; padding: 0; }
#query-list li { margin: 0 0 .6rem; }
#query-list button { font: inherit; font-weight: 600; text-align: left; width: 100%; padding: .35rem .5rem;
  border: 1px solid #b8c3d6; background: #fff; border-radius: 4px; cursor: pointer; }
#query-list button:hover, #query-list button:focus { background: #e6eefc; }
#query-list p { margin: .2rem .1rem 0; font-size: .8rem; color: #4a5568; }
textarea { width: 100%; box-sizing: border-box; font: .85rem/1.4 ui-monospace, monospace; padding: .5rem; }
#params { display: grid; grid-template-columns: max-content 1fr; gap: .3rem .6rem; margin: .6rem 0; }
#params label { font-weight: 600; align-self: center; }
#params input { font: inherit; padding: .25rem .4rem; }
#run { font: inherit; font-weight: 600; padding: .35rem 1.2rem; }
#status { margin-left: .8rem; }
#status.error { color: #a0001c; font-weight: 600; }
#results { margin-top: 1rem; overflow-x: auto; }
table { border-collapse: collapse; background: #fff; font-size: .85rem; }
th, td { border: 1px solid #d3d9e3; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef1f6; }
td a { color: #1a4fa0; }
pre { background: #fff; border: 1px solid #d3d9e3; padding: .5rem; white-space: pre-wrap; }
"""

SCRIPT = """
"use strict";
const state = { named: null, info: null };
const byId = (id) => document.getElementById(id);

function element(tag, text, attributes) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
  return node;
}

function status(text, isError) {
  const box = byId("status");
  box.textContent = text;
  box.className = isError ? "error" : "";
}

function shorten(iri) {
  let best = null;
  for (const [name, ns] of Object.entries(state.info.prefixes)) {
    if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [name, ns];
  }
  return best ? best[0] + ":" + iri.slice(best[1].length) : "<" + iri + ">";
}

async function loadQueries() {
  const response = await fetch("api/queries", { headers: { "Accept": "application/json" } });
  state.info = await response.json();
  byId("endpoint").textContent = new URL("sparql", location.href).href;
  byId("limits").textContent = "time limit " + state.info.limits.timeout + " s, at most "
    + state.info.limits.max_rows + " rows";
  byId("graph-link").hidden = !state.info.graph;
  const list = byId("query-list");
  for (const query of state.info.queries) {
    const item = element("li");
    const button = element("button", query.title, { type: "button", "data-query": query.name });
    button.addEventListener("click", () => choose(query, true));
    item.append(button, element("p", query.name + " — " + query.description));
    list.append(item);
  }
}

function choose(query, run) {
  byId("sparql").value = query.text;
  state.named = query;
  showParams(query.params);
  clearResults();
  if (run && query.params.every((p) => !p.required)) runQuery();
  else if (run) { status("Fill in " + query.params.filter((p) => p.required).map((p) => p.name).join(", ") + ", then Run."); }
}

function showParams(params) {
  const box = byId("params");
  box.replaceChildren();
  for (const param of params) {
    const id = "param-" + param.name;
    box.append(
      element("label", param.name + (param.required ? " *" : ""), { for: id }),
      element("input", null, { id: id, name: param.name, "data-param": param.name,
                               placeholder: param.description, title: param.description }));
  }
}

function clearResults() {
  byId("results-table").replaceChildren();
  byId("results-text").textContent = "";
  byId("results-text").hidden = true;
}

async function runQuery() {
  const form = new URLSearchParams();
  const named = state.named && byId("sparql").value === state.named.text ? state.named : null;
  for (const input of byId("params").querySelectorAll("input")) {
    if (input.value !== "") form.append(named ? input.dataset.param : "$" + input.dataset.param, input.value);
  }
  let url = "sparql";
  if (named) url = "api/query/" + encodeURIComponent(named.name);
  else form.append("query", byId("sparql").value);
  status("Running…");
  clearResults();
  const started = performance.now();
  let response;
  try {
    response = await fetch(url, { method: "POST", body: form,
      headers: { "Accept": "application/sparql-results+json, text/turtle;q=0.9" } });
  } catch (error) {
    status("Error: the server did not answer (" + error.message + ")", true);
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (!response.ok) {
    status((await response.text()).trim(), true);
    return;
  }
  const type = response.headers.get("Content-Type") || "";
  if (type.startsWith("application/sparql-results+json")) {
    const data = await response.json();
    if ("boolean" in data) {
      showText(String(data.boolean));
      status("ASK: " + data.boolean + " (" + seconds + " s)");
    } else {
      showTable(data);
      const count = data.results.bindings.length;
      status(count + (count === 1 ? " row" : " rows") + " (" + seconds + " s)");
    }
  } else {
    showText(await response.text());
    status("Triples (" + seconds + " s)");
  }
}

function showText(text) {
  const pre = byId("results-text");
  pre.textContent = text;
  pre.hidden = false;
}

function cell(term) {
  const td = element("td");
  if (!term) return td;
  if (term.type === "uri") {
    const card = state.info.queries.find((q) => q.name === "entity");
    const link = element("a", shorten(term.value), { href: "#", title: term.value });
    if (card) link.addEventListener("click", (event) => {
      event.preventDefault();
      choose(card, false);
      byId("param-entity").value = "<" + term.value + ">";
      runQuery();
    });
    td.append(link);
  } else {
    td.textContent = term.value;
    if (term["xml:lang"]) td.setAttribute("lang", term["xml:lang"]);
    if (term.datatype) td.title = shorten(term.datatype);
  }
  return td;
}

function showTable(data) {
  const table = byId("results-table");
  const head = element("thead");
  const row = element("tr");
  for (const name of data.head.vars) row.append(element("th", name));
  head.append(row);
  const body = element("tbody");
  for (const binding of data.results.bindings) {
    const tr = element("tr");
    for (const name of data.head.vars) tr.append(cell(binding[name]));
    body.append(tr);
  }
  table.replaceChildren(head, body);
}

byId("editor").addEventListener("submit", (event) => { event.preventDefault(); runQuery(); });
loadQueries().catch((error) => status("Error: cannot list the named queries (" + error.message + ")", true));
"""

BODY = """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Knowledge graph – SPARQL</title>
<style>{style}</style>
</head>
<body>
<header>
  <h1>Knowledge graph – SPARQL</h1>
  <span>Endpoint: <code id="endpoint"></code> (<span id="limits"></span>)</span>
  <a id="graph-link" href="graph" hidden>Relationship graph</a>
</header>
<main>
  <section id="examples">
    <h2>Named queries</h2>
    <ul id="query-list"></ul>
  </section>
  <section id="editor-pane">
    <h2>Query</h2>
    <form id="editor">
      <textarea id="sparql" name="query" rows="16" spellcheck="false" aria-label="SPARQL query">SELECT ?class (COUNT(?x) AS ?n) WHERE {{ ?x a ?class }} GROUP BY ?class ORDER BY DESC(?n) LIMIT 20</textarea>
      <div id="params"></div>
      <button type="submit" id="run">Run</button><span id="status" role="status"></span>
    </form>
    <div id="results"><table id="results-table"></table><pre id="results-text" hidden></pre></div>
  </section>
</main>
<script>{script}</script>
</body>
</html>
"""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@lru_cache(maxsize=1)
def page() -> tuple[bytes, str]:
    """The page and its Content-Security-Policy."""
    html = BODY.format(style=STYLE, script=SCRIPT)
    policy = (f"default-src 'none'; script-src {_hash(SCRIPT)}; style-src {_hash(STYLE)}; "
              "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
    return html.encode("utf-8"), policy
