/* kg graph page: draws the projection with vis-network. Text from the data is only ever set with
   textContent / innerText (vis tooltips), never parsed as HTML. */
(function () {
  "use strict";
  var marks = {start: performance.now()};
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  marks.parsed = performance.now();
  var UI = {
    vi: {search: "Tìm theo tên (gõ không dấu cũng được)", legend: "Chú giải",
         details: "Chi tiết",
         hint: "Bấm vào một nút hoặc tìm theo tên để xem trích dẫn và bài nguồn.", nodes: "nút", edges: "cạnh",
         none: "Không tìm thấy", physics: "Vật lý", year: "Năm", articles: "Bài", links: "Quan hệ"},
    en: {search: "Find by name (diacritics optional)", legend: "Legend", details: "Details",
         hint: "Click a node or search by name to see its quotes and source articles.", nodes: "nodes",
         edges: "edges", none: "No match", physics: "Physics", year: "Year", articles: "Articles", links: "Links"}
  };
  var NODE_CHARS = 40, EDGE_CHARS = 34, RESULTS = 12;
  var lang = DATA.lang === "en" ? "en" : "vi";
  var big = DATA.nodes.length > 1000;
  var types = {}, byId = {}, hiddenTypes = {};
  DATA.types.forEach(function (t) { types[t.key] = t; });
  DATA.nodes.forEach(function (n) { byId[n.id] = n; });

  function byId$(id) { return document.getElementById(id); }
  function clip(s, n) { return s.length <= n ? s : s.slice(0, n - 1).replace(/\s+$/, "") + "\u2026"; }
  // The page's half of kg.text.search_key: no diacritics, đ -> d, lower case, single spaces.
  function fold(s) {
    return s.replace(/\u00a0/g, " ").toLowerCase().replace(/đ/g, "d").normalize("NFD")
      .replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim();
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function visNode(n) {
    var t = types[n.type];
    return {id: n.id, label: clip(n[lang], NODE_CHARS), title: n["t" + lang], shape: t.shape,
            color: {background: t.color, border: t.color, highlight: {background: t.color, border: "#1f2328"},
                    hover: {background: t.color, border: "#1f2328"}},
            x: n.x, y: n.y, hidden: !!hiddenTypes[n.type]};
  }
  // Large graphs draw edges without text (it would be too small to read); tooltips keep it.
  function edgeLabel(e) { return big ? undefined : clip(e[lang], EDGE_CHARS); }
  function visEdge(e) {
    var smooth = e.bend ? {enabled: true, type: e.bend > 0 ? "curvedCW" : "curvedCCW",
                           roundness: Math.min(0.9, Math.abs(e.bend))} : false;
    return {id: e.id, from: e.from, to: e.to, label: edgeLabel(e), title: e["t" + lang], smooth: smooth,
            length: e.length};
  }

  var nodes = new vis.DataSet(DATA.nodes.map(visNode));
  var edges = new vis.DataSet(DATA.edges.map(visEdge));
  var options = {
    autoResize: true,
    layout: {improvedLayout: false, randomSeed: 7},
    physics: DATA.physics ? {
      enabled: true, solver: "barnesHut",
      // springs as long as the precomputed layout's edges, little pull to the centre: the physics
      // only loosens the layout, it does not redo it
      barnesHut: {gravitationalConstant: -2500, centralGravity: 0.01, springLength: 150, springConstant: 0.04,
                  damping: 0.4, avoidOverlap: 0.3},
      stabilization: {enabled: true, iterations: 100, updateInterval: 50, fit: true},
      minVelocity: 1.0
    } : {enabled: false},
    interaction: {hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                  keyboard: false},
    nodes: {size: 11, borderWidth: 1,
            font: {size: 13, face: "DejaVu Sans, Noto Sans, Arial, sans-serif", strokeWidth: 3, strokeColor: "#ffffff"}},
    edges: {arrows: {to: {enabled: true, scaleFactor: 0.5}}, width: 1.1, selectionWidth: 1.5, smooth: false,
            color: {color: "#a3a8b0", highlight: "#1f2328", hover: "#5a5f66"},
            font: {size: 10, color: "#4a4f57", strokeWidth: 3, strokeColor: "#ffffff", align: "middle"}}
  };
  marks.datasets = performance.now();
  var network = new vis.Network(byId$("kg-network"), {nodes: nodes, edges: edges}, options);
  marks.network = performance.now();

  var kg = window.kg = {network: network, nodes: nodes, edges: edges, data: DATA, settled: false,
                        settledAt: null, drawnAt: null, stabilizedAt: null, marks: marks};
  function settle() {
    if (!kg.settled) {
      kg.settled = true;
      kg.settledAt = performance.now();
      document.body.setAttribute("data-settled", "true");
    }
  }
  network.once("afterDrawing", function () {
    kg.drawnAt = performance.now();
    if (!DATA.physics) { settle(); }
  });
  if (DATA.physics) {
    // Settle from the precomputed layout in a bounded number of hidden steps, then freeze; the
    // Physics switch turns the live simulation back on.
    network.once("stabilizationIterationsDone", function () {
      kg.stabilizedAt = performance.now();
      network.setOptions({physics: {enabled: false}});
      byId$("kg-physics").checked = false;
      network.once("afterDrawing", settle);
    });
  } else {
    network.fit();
  }

  // -- search ----------------------------------------------------------------------------------
  var search = byId$("kg-search"), results = byId$("kg-results"), current = [];
  function matches(query) {
    var q = fold(query);
    if (!q) { return []; }
    var found = [];
    DATA.nodes.forEach(function (n) {
      var best = 9;
      n.keys.forEach(function (k) {
        var score = k === q ? 0 : k.indexOf(q) === 0 ? 1 : k.indexOf(" " + q) >= 0 ? 2 : k.indexOf(q) >= 0 ? 3 : 9;
        if (score < best) { best = score; }
      });
      if (best < 9) { found.push([best, n[lang].length, n[lang], n.id]); }
    });
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0); });
    return found.map(function (f) { return f[3]; });
  }
  function showResults() {
    current = matches(search.value);
    results.replaceChildren();
    if (!search.value.trim()) { results.hidden = true; return; }
    if (!current.length) { results.appendChild(el("li", UI[lang].none)); }
    current.slice(0, RESULTS).forEach(function (id, i) {
      var n = byId[id], li = el("li", n[lang]);
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", i === 0 ? "true" : "false");
      li.appendChild(el("span", types[n.type][lang], "kg-type"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); focusNode(id); });
      results.appendChild(li);
    });
    results.hidden = false;
  }
  search.addEventListener("input", showResults);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && current.length) { ev.preventDefault(); focusNode(current[0]); }
    if (ev.key === "Escape") { search.value = ""; showResults(); }
  });
  search.addEventListener("blur", function () { results.hidden = true; });

  function focusNode(id) {
    var n = byId[id];
    if (!n) { return false; }
    if (hiddenTypes[n.type]) { toggleType(n.type); }
    results.hidden = true;
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.0),
                       animation: {duration: 350, easingFunction: "easeInOutQuad"}});
    showDetails(id);
    return true;
  }
  kg.focusNode = focusNode;
  kg.search = function (q) { search.value = q; showResults(); return current.slice(); };

  // -- details, legend, language -------------------------------------------------------------
  var shown = null;
  function showDetails(id) {
    var box = byId$("kg-details"), n = byId[id], words = UI[lang];
    shown = id || null;
    box.replaceChildren();
    if (!n) { box.appendChild(el("p", words.hint, "kg-muted")); return; }
    box.appendChild(el("p", n[lang])).style.fontWeight = "bold";
    box.appendChild(el("p", types[n.type][lang] + (n.year ? " \u00b7 " + words.year + " " + n.year : ""), "kg-muted"));
    n.quotes.slice(0, 6).forEach(function (q) { box.appendChild(el("blockquote", "\u00ab" + q + "\u00bb")); });
    var links = network.getConnectedEdges(id);
    if (links.length) {
      box.appendChild(el("h2", words.links));
      var list = el("ul");
      links.slice(0, 60).forEach(function (eid) {
        var e = edges.get(eid), d = DATA.edges[Number(eid.slice(1))];
        var other = byId[e.from === id ? e.to : e.from];
        list.appendChild(el("li", (e.from === id ? "\u2192 " : "\u2190 ") + d[lang] + ": " + other[lang]));
      });
      box.appendChild(list);
    }
    if (n.articles.length) { box.appendChild(el("p", words.articles + ": " + n.articles.join(", "), "kg-muted")); }
    box.appendChild(el("p", n.id, "kg-muted"));
  }
  network.on("selectNode", function (p) { showDetails(p.nodes[0]); });
  network.on("deselectNode", function () { showDetails(null); });

  function toggleType(key) {
    hiddenTypes[key] = !hiddenTypes[key];
    nodes.update(DATA.nodes.filter(function (n) { return n.type === key; })
      .map(function (n) { return {id: n.id, hidden: !!hiddenTypes[key]}; }));
    drawLegend();
  }
  function swatch(t) {
    var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg"), shape;
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16"); svg.setAttribute("viewBox", "-8 -8 16 16");
    if (t.shape === "dot") {
      shape = document.createElementNS(ns, "circle"); shape.setAttribute("r", "6");
    } else if (!t.points.length) {
      shape = document.createElementNS(ns, "rect");
      shape.setAttribute("x", "-6"); shape.setAttribute("y", "-6");
      shape.setAttribute("width", "12"); shape.setAttribute("height", "12");
    } else {
      shape = document.createElementNS(ns, "polygon");
      shape.setAttribute("points", t.points.map(function (p) { return (p[0] * 5.5) + "," + (p[1] * 5.5); }).join(" "));
    }
    shape.setAttribute("fill", t.color);
    svg.appendChild(shape);
    return svg;
  }
  function drawLegend() {
    var list = byId$("kg-legend");
    list.replaceChildren();
    DATA.types.forEach(function (t) {
      var li = el("li");
      li.appendChild(swatch(t));
      li.appendChild(el("span", t[lang]));
      li.appendChild(el("span", t.count, "kg-count"));
      if (hiddenTypes[t.key]) { li.className = "kg-off"; }
      li.addEventListener("click", function () { toggleType(t.key); });
      list.appendChild(li);
    });
  }
  function setLanguage(next, initial) {
    lang = next === "en" ? "en" : "vi";
    var words = UI[lang];
    document.documentElement.lang = lang;
    search.placeholder = words.search;
    byId$("kg-legend-title").textContent = words.legend;
    byId$("kg-details-title").textContent = words.details;
    byId$("kg-physics-text").textContent = words.physics;
    byId$("kg-counts").textContent =
      DATA.nodes.length + " " + words.nodes + " \u00b7 " + DATA.edges.length + " " + words.edges;
    ["vi", "en"].forEach(function (l) { byId$("kg-lang-" + l).setAttribute("aria-pressed", String(l === lang)); });
    if (!initial) {
      nodes.update(DATA.nodes.map(function (n) {
        return {id: n.id, label: clip(n[lang], NODE_CHARS), title: n["t" + lang]};
      }));
      edges.update(DATA.edges.map(function (e) { return {id: e.id, label: edgeLabel(e), title: e["t" + lang]}; }));
    }
    drawLegend();
    showDetails(shown);
    if (!results.hidden) { showResults(); }
  }
  kg.setLanguage = setLanguage;
  kg.language = function () { return lang; };
  byId$("kg-lang-vi").addEventListener("click", function () { setLanguage("vi"); });
  byId$("kg-lang-en").addEventListener("click", function () { setLanguage("en"); });
  var physics = byId$("kg-physics");
  physics.checked = false;
  physics.addEventListener("change", function () {
    var live = Object.assign({}, options.physics, {enabled: true, stabilization: false});
    network.setOptions({physics: physics.checked ? live : {enabled: false}});
  });
  setLanguage(lang, true);
})();
