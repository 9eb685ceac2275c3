"""Every output format of `kg graph`: read-back, escaping, determinism, the CLI's file rules."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from kg.graph import project
from kg.graph.formats import FORMATS, guess_format, render
from kg.graph.html import script_json
from test_graph_samples import HOSTILE, IMG, ODD, hostile_graph

ROOT = Path(__file__).resolve().parents[1]
LE_LUONG = "https://kg.example.org/id/person/le-luong"
SEED_ARTICLE = "duong-kinh-tong-ket-qsqp-2019"


@pytest.fixture(scope="module")
def readable(seed_store, seed_project):
    return project(seed_store, seed_project.base_iri)


def edge_keys(graph):
    return sorted(graph.edges(keys=True))


@pytest.mark.parametrize("graph_name", ["readable", "hostile"])
def test_graphml_reads_back_with_the_same_nodes_and_edges(readable, graph_name):
    graph = readable if graph_name == "readable" else hostile_graph()
    back = nx.read_graphml(io.BytesIO(render(graph, "graphml")), force_multigraph=True)
    assert set(back) == set(graph)
    assert edge_keys(back) == edge_keys(graph)
    if graph_name == "hostile":
        labels = {d["label_vi"] for _, d in back.nodes(data=True)}
        assert set(HOSTILE[:3]) < labels and ODD.replace("\x07", "") in labels
    else:
        assert back.nodes[LE_LUONG]["label_vi"] == "Lê Lương" and back.nodes[LE_LUONG]["articles"] == SEED_ARTICLE
        assert isinstance(back.nodes[LE_LUONG]["x"], float)
        assert {d.get("year") for *_, d in back.edges(data=True)} == {None, 2019, 2020}


@pytest.mark.parametrize("graph_name", ["readable", "hostile"])
def test_gexf_reads_back_with_the_same_nodes_and_edges(readable, graph_name):
    graph = readable if graph_name == "readable" else hostile_graph()
    data = render(graph, "gexf")
    assert b"lastmodifieddate" not in data
    back = nx.read_gexf(io.BytesIO(data))
    assert set(back) == set(graph)
    assert sorted(back.edges()) == sorted(graph.edges())
    assert back.number_of_edges() == graph.number_of_edges()
    if graph_name == "hostile":
        assert ODD.replace("\x07", "") in {d["label_vi"] for _, d in back.nodes(data=True)}
    else:
        assert back.nodes[LE_LUONG]["viz"]["color"] == {"r": 225, "g": 87, "b": 89, "a": 1.0}
        assert {d.get("year") for *_, d in back.edges(data=True)} == {None, 2019, 2020}


def test_node_link_json(readable):
    data = json.loads(render(readable, "json"))
    assert {n["id"] for n in data["nodes"]} == set(readable)
    assert len(data["edges"]) == readable.number_of_edges()
    back = nx.node_link_graph(data, edges="edges")
    assert edge_keys(back) == edge_keys(readable)
    assert all("x" in n and "y" in n for n in data["nodes"])


@pytest.mark.parametrize("fmt", ["html", "graphml", "gexf", "json", "dot", "svg"])
def test_output_is_deterministic(readable, fmt):
    assert render(readable, fmt) == render(readable.copy(), fmt)


def test_dot_escapes_every_label():
    text = render(hostile_graph(), "dot").decode("utf-8")
    for line in text.split("\n")[4:-2]:
        # every quoted string closes before the line ends: no quote or newline escapes its string
        assert re.fullmatch(r'\s*("(?:[^"\\]|\\.)*"(\s*->\s*"(?:[^"\\]|\\.)*")?) \[.*\];', line), line
    assert "\x07" not in text


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
@pytest.mark.parametrize("graph_name", ["readable", "hostile"])
def test_graphviz_parses_the_dot(readable, graph_name):
    graph = readable if graph_name == "readable" else hostile_graph()
    done = subprocess.run(["dot", "-Tsvg"], input=render(graph, "dot"), capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert b"<img" not in done.stdout
    if graph_name == "hostile":
        assert b"&lt;img src=x onerror=alert(1)&gt;" in done.stdout


def test_svg_is_well_formed_and_escaped():
    data = render(hostile_graph(), "svg")
    root = ET.fromstring(data)
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert IMG in texts
    assert not list(root.iter("{http://www.w3.org/2000/svg}script"))
    assert not list(root.iter("{http://www.w3.org/2000/svg}img")) and b"<img" not in data


def test_seed_svg_has_a_legend_and_every_node(readable):
    root = ET.fromstring(render(readable, "svg", title="Seed"))
    texts = {t.text for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {"Người", "Tổ chức", "Lê Lương", "UBND quận Dương Kinh"} <= texts
    shapes = root.find("{http://www.w3.org/2000/svg}g[@class='nodes']")
    assert len(shapes) == readable.number_of_nodes()


def test_html_is_self_contained_and_escaped():
    page = render(hostile_graph(), "html").decode("utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=", page, re.I)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in data and ">" not in data
    for text in HOSTILE:
        assert text not in page.replace(data, "")
    decoded = json.loads(data)
    assert {n["vi"] for n in decoded["nodes"]} >= {IMG}
    assert len(re.findall(r"^<script", page, re.M)) == 3


def test_script_json_cannot_close_its_element():
    text = script_json({"a": "</script><!-- \u2028 & >"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- \u2028 & >"}


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists() and shutil.which("chromium") is None,
                    reason="Chromium is not installed")
def test_png_is_drawn_by_chromium():
    data = render(hostile_graph(), "png")
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 1000


def test_formats_guessed_from_extensions():
    assert [guess_format(f"x{e}") for e in (".html", ".GraphML", ".gexf", ".json", ".gv", ".svg", ".png")] == \
        ["html", "graphml", "gexf", "json", "dot", "svg", "png"]
    assert guess_format("x.txt") is None
    assert set(FORMATS) == {"html", "graphml", "gexf", "json", "dot", "svg", "png"}


# -- the command ----------------------------------------------------------------------------------
def test_cli_writes_the_default_page_and_replaces_it(kg, seed_project):
    target = seed_project.home / "graph.html"
    target.unlink(missing_ok=True)
    first = kg("graph", project=seed_project)
    assert first.exit_code == 0, first.output
    assert target.exists() and "graph.html" in first.output
    again = kg("graph", "--focus", "le luong", project=seed_project)
    assert again.exit_code == 0 and "6 nodes" in again.output


def test_cli_refuses_to_overwrite_a_user_file(kg, seed_project, tmp_path):
    out = tmp_path / "mine.graphml"
    out.write_text("precious")
    refused = kg("graph", "-o", str(out), project=seed_project)
    assert refused.exit_code == 2 and "--force" in refused.output and out.read_text() == "precious"
    forced = kg("graph", "-o", str(out), "--force", project=seed_project)
    assert forced.exit_code == 0
    assert nx.read_graphml(out).number_of_nodes() > 40


def test_cli_formats_filters_and_errors(kg, seed_project, tmp_path):
    dot = kg("graph", "-o", "-", "-f", "dot", "--year", "2020", project=seed_project)
    assert dot.exit_code == 0 and dot.output.startswith("digraph kg {")
    assert kg("graph", "-o", str(tmp_path / "g.gexf"), "--types", "person,organisation",
              project=seed_project).exit_code == 0
    raw = kg("graph", "--raw", "-o", str(tmp_path / "raw.json"), project=seed_project)
    assert raw.exit_code == 0 and json.loads((tmp_path / "raw.json").read_text())["nodes"]
    unknown = kg("graph", "-o", str(tmp_path / "g.txt"), project=seed_project)
    assert unknown.exit_code == 2 and "cannot tell the format" in unknown.output
    empty = kg("graph", "--year", "1990", "-o", str(tmp_path / "e.json"), project=seed_project)
    assert empty.exit_code == 2 and "no node" in empty.output
    missing = kg("graph", "--focus", "khong ai ca", "-o", str(tmp_path / "m.json"), project=seed_project)
    assert missing.exit_code == 2 and missing.output.startswith("Error: no node matches")


def test_kg_query_does_not_import_the_graph_libraries(seed_project):
    code = ("import sys; from click.testing import CliRunner; from kg.cli import main; "
            "r = CliRunner().invoke(main, ['query', '-e', 'SELECT * WHERE { ?s ?p ?o } LIMIT 1']); "
            "print(r.exit_code, sorted(m for m in ('networkx', 'pyvis', 'jinja2') if m in sys.modules))")
    env = {"KG_PROJECT": str(seed_project.root), "KG_STORE": str(seed_project.home), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.stdout.split("\n")[0] == "0 []", done.stdout + done.stderr


def test_layout_is_deterministic_and_bounded():
    import math
    import time

    from kg.graph.layout import layout

    graph = nx.MultiDiGraph()
    for part in range(40):   # 40 components of 125 nodes: stress for some, radial trees for the rest
        piece = nx.gnm_random_graph(125, 250, seed=part, directed=True)
        graph.add_edges_from((f"c{part}-{u:03d}", f"c{part}-{v:03d}") for u, v in piece.edges())
    graph.add_node("lonely")
    start = time.perf_counter()
    first = layout(graph)
    assert time.perf_counter() - start < 10
    assert first == layout(graph.copy())
    assert set(first) == set(graph) and all(math.isfinite(x) and math.isfinite(y) for x, y in first.values())
    assert len(set(first.values())) == graph.number_of_nodes()   # no two nodes on the same spot
