"""What changed between two conferences of a series: people, posts, ranks, awards, figures."""

from __future__ import annotations

from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, Store

from .errors import KgError
from .query.run import execute, rows
from .text import search_key

_CONFERENCES = """
SELECT DISTINCT ?event ?year ?date ?series ?seriesLabel WHERE {
  ?event a kgo:Conference ; kgo:reviewsYear ?year ; schema:startDate ?date ; kgo:partOfSeries ?series .
  ?series rdfs:label ?seriesLabel . FILTER(lang(?seriesLabel) = "vi")
}"""

# Everything below is asked of one conference, bound to ?event (which must be projected
# for the binding to apply); facts come from the
# article that reports the conference (schema:about), so each year speaks for itself.
_PEOPLE = """
SELECT DISTINCT ?event ?person ?name WHERE {
  ?a a kgo:Attendance ; kgo:event ?event ; kgo:attendee ?person .
  ?person rdfs:label ?name . FILTER(lang(?name) = "vi")
}"""
_POSTS = """
SELECT DISTINCT ?event ?person ?name ?post WHERE {
  ?article schema:about ?event .
  ?h a kgo:PostHolding ; prov:wasDerivedFrom ?article ; kgo:holder ?person ; kgo:post ?p .
  ?person rdfs:label ?name . FILTER(lang(?name) = "vi")
  ?p rdfs:label ?post . FILTER(lang(?post) = "vi")
}"""
_RANKS = """
SELECT DISTINCT ?event ?person ?name ?rank WHERE {
  ?article schema:about ?event .
  ?h a kgo:RankHolding ; prov:wasDerivedFrom ?article ; kgo:holder ?person ; kgo:rank ?r .
  ?person rdfs:label ?name . FILTER(lang(?name) = "vi")
  ?r rdfs:label ?rank . FILTER(lang(?rank) = "vi")
}"""
_AWARDS = """
SELECT DISTINCT ?event ?body ?award ?collectives ?individuals WHERE {
  ?c a kgo:AwardConferral ; kgo:event ?event ; kgo:conferredBy ?b ; kgo:awardType ?t .
  OPTIONAL { ?c kgo:collectiveCount ?collectives }
  OPTIONAL { ?c kgo:individualCount ?individuals }
  ?b rdfs:label ?body . FILTER(lang(?body) = "vi")
  ?t rdfs:label ?award . FILTER(lang(?award) = "vi")
}"""
_FIGURES = """
SELECT DISTINCT ?event ?measure ?value ?unit WHERE {
  ?f a kgo:ReportedFigure ; kgo:reportedAt ?event ; kgo:measure ?m ; schema:value ?value .
  OPTIONAL { ?f schema:unitText ?unit }
  ?m rdfs:label ?measure . FILTER(lang(?measure) = "vi")
}"""


@dataclass
class Comparison:
    series: str
    years: tuple[int, int]
    dates: tuple[str, str]
    joined: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    stayed: list[str] = field(default_factory=list)
    post_changes: list[dict] = field(default_factory=list)
    rank_changes: list[dict] = field(default_factory=list)
    awards: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _value(term):
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype.value.endswith(("#integer", "#decimal")):
        number = float(term.value)
        return int(number) if number.is_integer() else number
    return term.value


def _select(store: Store, base: str, sparql: str, event: NamedNode) -> list[dict]:
    variables, data = rows(execute(store, sparql, base, {"event": event}))
    return [{v: _value(t) for v, t in zip(variables, row)} for row in data]


def find_conferences(store: Store, base: str, year_a: int, year_b: int, series: str | None):
    """The two conferences to compare: same series, reviewing the two years."""
    variables, data = rows(execute(store, _CONFERENCES, base))
    found = [{v: _value(t) for v, t in zip(variables, row)} for row in data]
    if series:
        key = search_key(series)
        found = [c for c in found if key in search_key(c["seriesLabel"]) or c["series"].endswith("/" + series)]
    by_series: dict[str, dict[int, dict]] = {}
    for conf in found:
        by_series.setdefault(conf["series"], {})[int(conf["year"])] = conf
    candidates = {s: years for s, years in by_series.items() if year_a in years and year_b in years}
    if not candidates:
        known = sorted({f"{c['seriesLabel']}: {int(c['year'])}" for c in found})
        raise KgError(f"no series has conferences reviewing both {year_a} and {year_b}; known: "
                      + ("; ".join(known) if known else "none (build some articles first)"))
    if len(candidates) > 1:
        names = sorted(by_series[s][year_a]["seriesLabel"] for s in candidates)
        raise KgError(f"several series have both years; pick one with --series: {' | '.join(names)}")
    years = next(iter(candidates.values()))
    return years[year_a], years[year_b]


def compare(store: Store, base: str, year_a: int, year_b: int, series: str | None = None) -> Comparison:
    conf_a, conf_b = find_conferences(store, base, year_a, year_b, series)
    event_a, event_b = NamedNode(conf_a["event"]), NamedNode(conf_b["event"])
    result = Comparison(conf_a["seriesLabel"], (year_a, year_b), (conf_a["date"], conf_b["date"]))

    people_a = {r["person"]: r["name"] for r in _select(store, base, _PEOPLE, event_a)}
    people_b = {r["person"]: r["name"] for r in _select(store, base, _PEOPLE, event_b)}
    result.joined = sorted(people_b[p] for p in people_b.keys() - people_a.keys())
    result.left = sorted(people_a[p] for p in people_a.keys() - people_b.keys())
    result.stayed = sorted(people_a[p] for p in people_a.keys() & people_b.keys())

    for query, key, target in ((_POSTS, "post", result.post_changes), (_RANKS, "rank", result.rank_changes)):
        before, after, names = {}, {}, {}
        for side, event in ((before, event_a), (after, event_b)):
            for r in _select(store, base, query, event):
                side.setdefault(r["person"], set()).add(r[key])
                names[r["person"]] = r["name"]
        for person in sorted(before.keys() | after.keys(), key=lambda p: names[p]):
            was, now = sorted(before.get(person, ())), sorted(after.get(person, ()))
            if was != now:
                target.append({"person": names[person], "before": was, "after": now})

    awards_a = {(r["body"], r["award"]): r for r in _select(store, base, _AWARDS, event_a)}
    awards_b = {(r["body"], r["award"]): r for r in _select(store, base, _AWARDS, event_b)}
    for body, award in sorted(awards_a.keys() | awards_b.keys()):
        a, b = awards_a.get((body, award), {}), awards_b.get((body, award), {})
        result.awards.append({"body": body, "award": award,
                              "collectives": (a.get("collectives"), b.get("collectives")),
                              "individuals": (a.get("individuals"), b.get("individuals"))})

    figures_a = {r["measure"]: r for r in _select(store, base, _FIGURES, event_a)}
    figures_b = {r["measure"]: r for r in _select(store, base, _FIGURES, event_b)}
    for measure in sorted(figures_a.keys() | figures_b.keys()):
        a, b = figures_a.get(measure, {}), figures_b.get(measure, {})
        va, vb = a.get("value"), b.get("value")
        delta = vb - va if isinstance(va, (int, float)) and isinstance(vb, (int, float)) else None
        result.figures.append({"measure": measure, "unit": a.get("unit") or b.get("unit") or "",
                               "values": (va, vb), "change": delta})
    return result


def render(c: Comparison) -> str:
    """Plain-text report of a comparison."""
    ya, yb = c.years
    show = lambda v: "–" if v is None else str(v)  # noqa: E731
    lines = [f"{c.series}: {ya} ({c.dates[0]}) → {yb} ({c.dates[1]})", "", "Attendees"]
    lines += [f"  + {n}" for n in c.joined] + [f"  - {n}" for n in c.left] + [f"  = {n}" for n in c.stayed]
    for title, changes in (("Posts", c.post_changes), ("Ranks", c.rank_changes)):
        lines += ["", f"{title} that changed"]
        lines += [f"  {ch['person']}: {'; '.join(ch['before']) or '–'} → {'; '.join(ch['after']) or '–'}"
                  for ch in changes] or ["  (none)"]
    lines += ["", "Awards (collectives / individuals)"]
    lines += [f"  {a['body']} – {a['award']}: {show(a['collectives'][0])}/{show(a['individuals'][0])} → "
              f"{show(a['collectives'][1])}/{show(a['individuals'][1])}" for a in c.awards] or ["  (none)"]
    lines += ["", "Reported figures"]
    for f in c.figures:
        change = "" if f["change"] is None else f"  ({'+' if f['change'] >= 0 else ''}{f['change']:g})"
        lines.append(f"  {f['measure']}: {show(f['values'][0])} → {show(f['values'][1])} {f['unit']}{change}")
    if not c.figures:
        lines.append("  (none)")
    return "\n".join(lines)
