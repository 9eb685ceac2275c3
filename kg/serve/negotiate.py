"""Content negotiation: which result format a client asked for (Accept header or ?format=)."""

from __future__ import annotations

from ..query.formats import FORMATS, Format

DEFAULTS = {"results": "json", "graph": "turtle"}
# The formats the endpoint offers, best first: the terminal table is for the CLI only.
OFFERED = {
    "results": ("json", "xml", "csv", "tsv"),
    "graph": ("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml"),
}


def _media_ranges(accept: str) -> list[tuple[str, float]]:
    """'a/b;q=0.5, c/d' -> [('c/d', 1.0), ('a/b', 0.5)]: by quality, then as listed."""
    ranges = []
    for index, item in enumerate(accept.split(",")):
        media, *params = [part.strip() for part in item.split(";")]
        if not media:
            continue
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranges.append((media.lower(), quality, index))
    return [(media, q) for media, q, _ in sorted(ranges, key=lambda r: (-r[1], r[2]))]


def _matches(media: str, chosen: Format) -> bool:
    types = (chosen.media_type.split(";")[0], *chosen.aliases)
    if media in types:
        return True
    if media.endswith("/*"):
        return any(t.startswith(media[:-1]) for t in types)
    return False


def choose(kind: str, accept: str | None, format_param: str | None = None) -> Format | None:
    """The format to answer a 'results' or 'graph' result in; None when nothing offered fits."""
    offered = [FORMATS[name] for name in OFFERED[kind]]
    if format_param:
        wanted = format_param.strip().lower()
        return next((f for f in offered if f.name == wanted or _matches(wanted, f)), None)
    if not accept or not accept.strip():
        return FORMATS[DEFAULTS[kind]]
    for media, _quality in _media_ranges(accept):
        if media == "*/*":
            return FORMATS[DEFAULTS[kind]]
        found = next((f for f in offered if _matches(media, f)), None)
        if found:
            return found
    return None
