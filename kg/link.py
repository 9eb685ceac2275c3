"""Decide which entities of different articles are the same, and link each series over time.

Records name things with local ids; this module gives every entity its global
slug. Two mentions share an IRI only when the evidence supports it:

- places, organisations, laws, series: the same normalised name (and, for
  places and organisations, no conflicting place);
- events and activities: the same normalised name and the same date or year;
- people: the same normalised name *and* a shared context — an organisation or
  a place their posts tie them to. A shared name with no context on one side is
  ambiguous: listed for review, kept apart. Disjoint contexts are namesakes.

`data/links.yaml` lets a curator overrule: pairs under `same:` are merged,
pairs under `different:` are never merged. Items are written 'article-id#local-id'.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import Quad

from .compile.vocab import K, Iris
from .config import Project
from .errors import KgError
from .records.check import Record
from .records.yamlfile import Mapping, load_yaml
from .text import canonical

Key = tuple[str, str]  # (article id, local id)

# Linked in this order: a person's context needs organisations and places resolved first.
KIND_ORDER = ("places", "organisations", "laws", "series", "anniversaries", "events", "activities", "people")


@dataclass
class Links:
    slugs: dict[Key, str]  # (article id, local id) -> global slug
    quads: list[Quad] = field(default_factory=list)
    review: list[dict] = field(default_factory=list)
    merged: list[dict] = field(default_factory=list)

    def resolve(self, article_id: str, local_id: str) -> str:
        return self.slugs.get((article_id, local_id), local_id)


@dataclass
class Decisions:
    """The curator's word from data/links.yaml."""

    same: set[frozenset] = field(default_factory=set)
    different: set[frozenset] = field(default_factory=set)


def load_decisions(path: Path, shown: str) -> Decisions:
    decisions = Decisions()
    if not path.exists():
        return decisions
    data = load_yaml(path, shown) or Mapping()
    if not isinstance(data, Mapping):
        raise KgError("must be a mapping with 'same:' and 'different:' lists of pairs", shown, 1)
    for key in data:
        if key not in ("same", "different"):
            raise KgError(f"unknown section {key!r}; use 'same:' or 'different:'", shown, data.line_of(key))
        for pair in data[key] or []:
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) and "#" in p for p in pair)):
                raise KgError(f"{key}: each entry is a pair like [article-a#le-luong, article-b#le-luong]",
                              shown, getattr(pair, "line", data.line_of(key)))
            getattr(decisions, key).add(frozenset(tuple(p.split("#", 1)) for p in pair))
    return decisions


class _UnionFind:
    def __init__(self, order: dict[Key, int]):
        self.parent: dict[Key, Key] = {}
        self.order = order  # earlier articles come first

    def find(self, key: Key) -> Key:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: Key, b: Key) -> bool:
        """Join the clusters of a and b; False when they were already one."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        # the earlier article's mention names the cluster
        first, second = sorted((ra, rb), key=self._order)
        self.parent[second] = first
        return True

    def _order(self, key: Key):
        return self.order.get(key, 0), key


def _same_time(a: Mapping, b: Mapping) -> bool:
    """Same date when both give one; otherwise the same year (a date falls in its year)."""
    if a.get("date") and b.get("date"):
        return a["date"] == b["date"]
    year_a = a.get("year") or (int(a["date"][:4]) if a.get("date") else None)
    year_b = b.get("year") or (int(b["date"][:4]) if b.get("date") else None)
    return year_a == year_b


def _name(section: str, item: Mapping) -> str:
    return canonical(item.get("name") if section == "people" else item.get("vi") or "")


class _Linker:
    def __init__(self, records: list[Record], decisions: Decisions):
        self.records = sorted(records, key=lambda r: (r.article["published"]["date"], r.id))
        self.by_id = {r.id: r for r in self.records}
        self.decisions = decisions
        self.uf = _UnionFind({})
        self.review: list[dict] = []
        self.merged: list[dict] = []
        for rank, record in enumerate(self.records):
            for local_id, (section, _) in record.entities.items():
                self.uf.order[(record.id, local_id)] = rank

    def mentions(self, section: str) -> list[tuple[Key, Mapping]]:
        return [((r.id, item["id"]), item) for r in self.records for item in r.items(section)]

    def root(self, article_id: str, local_id: str | None) -> Key | None:
        return self.uf.find((article_id, local_id)) if local_id else None

    def run(self) -> dict[Key, str]:
        # A merge can make another pair compatible (two districts merge once their city
        # has), so passes repeat until nothing changes; the last pass leaves the review list.
        changed = True
        while changed:
            changed, self.review = False, []
            for section in KIND_ORDER:
                groups: dict[str, list[tuple[Key, Mapping]]] = {}
                for key, item in self.mentions(section):
                    groups.setdefault(_name(section, item), []).append((key, item))
                for name, members in sorted(groups.items()):
                    for i, (a, item_a) in enumerate(members):
                        for b, item_b in members[i + 1:]:
                            if a[0] != b[0] and self.uf.find(a) != self.uf.find(b):
                                changed |= self.consider(section, name, a, item_a, b, item_b)
        return self.slugs()

    def consider(self, section: str, name: str, a: Key, item_a: Mapping, b: Key, item_b: Mapping) -> bool:
        """Judge one pair; True when it merged two clusters."""
        pair = frozenset((a, b))
        if pair in self.decisions.different or self.kept_apart(a, b):
            return False
        if pair in self.decisions.same:
            return self.merge(section, a, b, "confirmed in data/links.yaml")
        verdict, reason = self.judge(section, a, item_a, b, item_b)
        if verdict == "same":
            return self.merge(section, a, b, reason)
        if verdict == "review":
            self.review.append({"kind": section, "name": name, "a": "#".join(a), "b": "#".join(b), "reason": reason})
        return False

    def kept_apart(self, a: Key, b: Key) -> bool:
        """True when the curator said some member of a's cluster differs from some member of b's."""
        ra, rb = self.uf.find(a), self.uf.find(b)
        return any({self.uf.find(x) for x in pair} == {ra, rb} for pair in map(tuple, self.decisions.different))

    def merge(self, section: str, a: Key, b: Key, reason: str) -> bool:
        joined = self.uf.union(a, b)
        if joined:
            self.merged.append({"kind": section, "a": "#".join(a), "b": "#".join(b), "reason": reason})
        return joined

    # -- evidence ----------------------------------------------------------
    def judge(self, section: str, a: Key, item_a: Mapping, b: Key, item_b: Mapping) -> tuple[str, str]:
        if section == "places":
            pa, pb = self.root(a[0], item_a.get("within")), self.root(b[0], item_b.get("within"))
            if item_a["type"] != item_b["type"]:
                return "apart", "different kinds of place"
            return ("same", "same name and type") if pa is None or pb is None or pa == pb \
                else ("apart", "inside different places")
        if section == "organisations":
            pa, pb = self.root(a[0], item_a.get("place")), self.root(b[0], item_b.get("place"))
            return ("same", "same name") if pa is None or pb is None or pa == pb else ("apart", "in different places")
        if section in ("events", "activities"):
            return ("same", "same name and date") if _same_time(item_a, item_b) else ("apart", "different dates")
        if section == "people":
            ctx_a, ctx_b = self.context(a), self.context(b)
            shared = ctx_a & ctx_b
            if shared:
                return "same", "same name; shared " + ", ".join(sorted(s[1] for s in shared))
            if not ctx_a or not ctx_b:
                return "review", "same name, but one mention has no organisation or place to compare"
            return "apart", "same name in unrelated organisations and places (namesakes)"
        return "same", "same name"

    def context(self, key: Key) -> set[Key]:
        """Resolved organisations and their places that the person's posts tie them to."""
        record = self.by_id[key[0]]
        person = key[1]
        orgs: set[str] = set()
        for section, person_field in (("holdings", "person"), ("attendance", "person"),
                                      ("presentations", "presenter")):
            for item in record.items(section):
                if item.get(person_field) == person:
                    posts = [item["post"]] if "post" in item else item.get("posts") or []
                    orgs.update(p.split("@", 1)[1] for p in posts)
        for item in record.items("directives"):
            if person in item.get("issued_by", []):
                orgs.update(p.split("@", 1)[1] for p in item.get("posts") or [])
        found: set[Key] = set()
        for org in orgs:
            found.add(self.uf.find((record.id, org)))
            place = record.entities[org][1].get("place")
            if place:
                found.add(self.uf.find((record.id, place)))
        return found

    def slugs(self) -> dict[Key, str]:
        """Global slug of each cluster: its first mention's id, qualified when two clusters would collide."""
        taken: dict[tuple[str, str], Key] = {}
        result: dict[Key, str] = {}
        clusters: dict[Key, list[Key]] = {}
        for record in self.records:
            for local_id, (section, _) in record.entities.items():
                if section not in _KIND:
                    continue  # photos and directives belong to their article
                key = (record.id, local_id)
                clusters.setdefault(self.uf.find(key), []).append(key)
        for root in sorted(clusters, key=self.uf._order):
            section = self.by_id[root[0]].entities[root[1]][0]
            kind = _KIND.get(section, section)
            slug = root[1]
            if (kind, slug) in taken:
                slug = f"{root[1]}-{self.qualifier(root)}"
            n = 2
            while (kind, slug) in taken:
                slug, n = f"{root[1]}-{n}", n + 1
            taken[(kind, slug)] = root
            for key in clusters[root]:
                result[key] = slug
        return result

    def qualifier(self, key: Key) -> str:
        """A readable tell-apart for a namesake: the place of their context, else the article."""
        for ctx in sorted(self.context(key)) if self.by_id[key[0]].entities[key[1]][0] == "people" else []:
            if self.by_id[ctx[0]].entities[ctx[1]][0] == "places":
                return ctx[1]
        return key[0]


# Sections that share one IRI space (see compile.emit.ENTITY_KIND).
_KIND = {"people": "person", "places": "place", "organisations": "org", "series": "series",
         "events": "event", "activities": "event", "laws": "law", "anniversaries": "event"}


def link_records(records: list[Record], project: Project, iris: Iris) -> Links:
    decisions = load_decisions(project.links_file, project.shown(project.links_file))
    linker = _Linker(records, decisions)
    links = Links(linker.run(), review=linker.review, merged=linker.merged)
    links.quads = series_quads(records, links, iris)
    return links


def series_quads(records: list[Record], links: Links, iris: Iris) -> list[Quad]:
    """follows / followedBy between the conferences of each series, ordered by date."""
    graph = iris.graph("links")
    by_series: dict[str, set[tuple[str, str]]] = {}
    for record in records:
        for event in record.items("events"):
            if event.get("series"):
                series = links.resolve(record.id, event["series"])
                by_series.setdefault(series, set()).add((event["date"], links.resolve(record.id, event["id"])))
    quads = []
    for events in by_series.values():
        ordered = sorted(events)
        for (_, earlier), (_, later) in zip(ordered, ordered[1:]):
            a, b = iris.entity("event", earlier), iris.entity("event", later)
            quads.append(Quad(b, K.follows, a, graph))
            quads.append(Quad(a, K.followedBy, b, graph))
    return quads
