"""`kg find`: search people and organisations (or anything labelled) without diacritics.

The search key is computed here, in Python (kg.text.search_key), and matched
against the kgo:searchKey literals the compiler wrote for every label. That
works on any SPARQL endpoint: a remote server has no kgf:key function.
NFC, NFD, diacritic-free text and either tone placement ("Quận ủy", "Quận uỷ",
"quan uy") give the same key.
"""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from ..errors import KgError
from ..text import search_key

KGO = "https://kg.example.org/ontology#"
KINDS = {
    "person": ["Person"],
    "organisation": ["Organization"],
    "place": ["Place"],
    "event": ["Event", "EventSeries"],
}
DEFAULT_KINDS = ("person", "organisation")

# The key must start a word of the entity's key: "luong" finds "le luong", "uy" does not find "huy".
SEARCH = """
SELECT ?entity ?type ?name ?english ?kind ?key WHERE {
  ?entity kgo:searchKey ?k .
  FILTER(CONTAINS(CONCAT(" ", ?k), CONCAT(" ", ?key)))
  ?entity a ?class .
  ?class rdfs:subClassOf* ?kind .
  FILTER(STRSTARTS(STR(?class), STR(kgo:)))
  BIND(STRAFTER(STR(?class), "#") AS ?type)
  OPTIONAL { ?entity rdfs:label ?name . FILTER(lang(?name) = "vi") }
  OPTIONAL { ?entity rdfs:label ?english . FILTER(lang(?english) = "en") }
}
"""


def find(runner, text: str, kinds: tuple[str, ...] = DEFAULT_KINDS) -> tuple[list[str], list[list]]:
    """Entities whose name contains `text` at a word start: (columns, rows), exact matches first."""
    key = search_key(text)
    if not key:
        raise KgError("give a name to search for, e.g. kg find \"le luong\"")
    wanted = [NamedNode(KGO + cls) for kind in kinds for cls in KINDS[kind]]
    found: dict[str, list] = {}
    for kind in wanted:
        results = runner.run(SEARCH, {"key": Literal(key), "kind": kind}, source="find")
        for solution in results:
            entity = solution["entity"]
            if entity.value not in found:
                found[entity.value] = [entity, solution["type"], solution["name"], solution["english"]]
    rows = sorted(found.values(), key=lambda row: _rank(row, key))
    return ["entity", "type", "name", "english"], rows


def _rank(row: list, key: str) -> tuple:
    name = row[2].value if row[2] is not None else ""
    exact = search_key(name) == key
    return (not exact, search_key(name), row[0].value)
