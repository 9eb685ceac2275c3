"""A synthetic projection whose labels attack the page and the file formats.

Imported by test_graph_formats.py and test_graph_browser.py.
"""

from __future__ import annotations

import networkx as nx

IMG = "<img src=x onerror=alert(1)>"
HREF = '<a href="javascript:alert(2)">href</a>'
SCRIPT = "</script><script>alert(3)</script><!--"
ODD = 'quote " back\\slash \\N {braces}; -> edge & amp &amp; line\nbreak \u2028 bell\x07'
HOSTILE = (IMG, HREF, SCRIPT, ODD)
TYPES = ("person", "organisation", "conference", "activity", "place")


def hostile_graph() -> nx.MultiDiGraph:
    """Five nodes whose labels, quotes and edge labels are all attacks on the page or the file formats."""
    graph = nx.MultiDiGraph(mode="readable")
    ids = ["https://kg.example.org/id/person/img", "https://kg.example.org/id/org/href",
           "https://kg.example.org/id/event/script", 'https://kg.example.org/id/place/"odd"<id>',
           "https://kg.example.org/id/person/plain"]
    for node, text, kind in zip(ids, (*HOSTILE, "Nguyễn Văn Bình"), TYPES):
        graph.add_node(node, type=kind, kind=kind.title(), label_vi=text, label_en=text + " (en)",
                       search=[text.lower()], articles=["hostile-article"], quotes=[text, "« " + text + " »"])
    for i, (u, v) in enumerate(zip(ids, ids[1:] + ids[:1])):
        text = HOSTILE[i % len(HOSTILE)]
        graph.add_edge(u, v, key=f"k{i}|{text}".replace("\x07", ""), kind="holds", label_vi=text, label_en=text,
                       quote=text, articles=["hostile-article"], statement=f"https://kg.example.org/s/{i}",
                       year=2019, detail_vi=text, detail_en=text)
    return graph


def test_samples_are_well_formed():
    hostile = hostile_graph()
    assert hostile.number_of_nodes() == 5 and hostile.number_of_edges() == 5
