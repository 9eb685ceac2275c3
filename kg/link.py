"""Decide which entities of different articles are the same, and link each series over time."""

from __future__ import annotations

from dataclasses import dataclass, field

from pyoxigraph import Quad

from .compile.vocab import K, Iris
from .config import Project
from .records.check import Record


@dataclass
class Links:
    slugs: dict[tuple[str, str], str]  # (article id, local id) -> global slug
    quads: list[Quad] = field(default_factory=list)
    review: list[dict] = field(default_factory=list)

    def resolve(self, article_id: str, local_id: str) -> str:
        return self.slugs.get((article_id, local_id), local_id)


def link_records(records: list[Record], project: Project, iris: Iris) -> Links:
    links = Links({})
    links.quads = series_quads(records, links, iris)
    return links


def series_quads(records: list[Record], links: Links, iris: Iris) -> list[Quad]:
    """follows / followedBy between the conferences of each series, ordered by date."""
    graph = iris.graph("links")
    by_series: dict[str, list[tuple[str, str]]] = {}
    for record in records:
        for event in record.items("events"):
            if event.get("series"):
                series = links.resolve(record.id, event["series"])
                by_series.setdefault(series, []).append((event["date"], links.resolve(record.id, event["id"])))
    quads = []
    for events in by_series.values():
        ordered = sorted(set(events))
        for (_, earlier), (_, later) in zip(ordered, ordered[1:]):
            a, b = iris.entity("event", earlier), iris.entity("event", later)
            quads.append(Quad(b, K.follows, a, graph))
            quads.append(Quad(a, K.followedBy, b, graph))
    return quads
