"""Write a draft as YAML in the layout of the curated records: same sections, same field order, comments on top.

The writer is hand-made rather than yaml.dump: it keeps the curated layout
(flow lists for ids, {vi: …, en: …} for labels), and it is much faster, which
matters when drafting many articles. Every scalar is written plain only when
YAML reads it back as the same string; otherwise it is double-quoted.
"""

from __future__ import annotations

import functools
import json
import re
from typing import TYPE_CHECKING

from ..records.schema import ARTICLE_FIELDS, SECTIONS

if TYPE_CHECKING:
    from .assemble import Draft

SECTION_ORDER = ("people", "places", "organisations", "series", "events", "holdings", "ranks", "attendance",
                 "activities", "figures", "awards", "photos", "presentations", "directives", "anniversaries", "laws",
                 "assessments")
_SUB_ORDER = {"headline": ("quote", "occurrence", "en"), "published": ("date", "place", "quote", "occurrence"),
              "author": ("person", "name")}
# Plain scalars YAML would read as something else, or that would not parse.
_SPECIAL = re.compile(r"^(?:[-+]?[0-9_.,:]+(?:e[-+]?\d+)?|[-+]?\.(?:inf|nan)|yes|no|true|false|on|off|null|y|n|~|"
                      r"\d{4}-\d\d?-\d\d?.*|<<|=)$", re.I)
_SLUG = re.compile(r"[a-z][a-z0-9-]*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BAD_START = set("-?:,[]{}#&*!|>'\"%@` \t")
_FLOW_CHARS = re.compile(r"[,\[\]{}]")


def scalar(value, flow: bool = False) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return _text(str(value), flow)


@functools.lru_cache(maxsize=16384)
def _text(text: str, flow: bool) -> str:
    """scalar() of a string, cached: ids, roles, award types and labels come back in every section."""
    if _SLUG.fullmatch(text) and (len(text) > 5 or not _SPECIAL.match(text)):
        return text  # ids and most words: the common case, decided fast
    plain = (text and text[0] not in _BAD_START and text == text.strip() and ": " not in text and " #" not in text
             and not text.endswith(":") and not _SPECIAL.match(text) and text.isprintable()
             and not (flow and _FLOW_CHARS.search(text)))
    return text if plain else json.dumps(text, ensure_ascii=False)


_DATE_KEYS = ("date", "end_date")


def _value(key: str, value, flow: bool = False) -> str:
    if isinstance(value, list):
        return "[" + ", ".join([scalar(v, flow=True) for v in value]) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join([f"{k}: {scalar(v, flow=True)}" for k, v in value.items()]) + "}"
    if key in _DATE_KEYS and isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value  # YYYY-MM-DD, plain: the record loader keeps dates as text
    return scalar(value, flow)


def _ordered(item: dict, order) -> list[str]:
    keys = [k for k in order if k in item]
    return keys + [k for k in item if k not in keys]


@functools.lru_cache(maxsize=None)
def _field_order(section: str) -> tuple[str, ...]:
    if section == "photos":  # the curated records put the English caption after the quote
        return ("id", "depicts", "quote", "occurrence", "en")
    fields = [k for k in SECTIONS[section].fields if k not in ("quote", "occurrence")]
    return ("id", *fields, "quote", "occurrence")


@functools.lru_cache(maxsize=4096)
def _item_keys(section: str, keys: tuple[str, ...]) -> list[str]:
    """The keys of an item in record order; the items of a section mostly have the same few key sets."""
    return _ordered(dict.fromkeys(keys), _field_order(section))


def _item_lines(section: str, item: dict) -> list[str]:
    lines = [f"    {key}: {_value(key, item[key])}" for key in _item_keys(section, tuple(item))]
    if lines:
        lines[0] = "  - " + lines[0][4:]  # the first key opens the list item
    return lines


def _comment(text: str) -> str:
    return " ".join(text.split())


def render(draft: Draft) -> str:
    record = draft.record
    source = draft.source or record.get("article", {}).get("text", "the article")
    out = [
        f"# DRAFT record of {source}, made by `kg draft` (rule-based, not curated).",
        "# Check every fact against the article before it goes into data/articles/: labels keep the",
        "# article's spelling, things may be missing or wrong. Every fact carries `quote:` copied from",
        "# the article text (NFC); `occurrence: N` picks the N-th match when a quote repeats.",
    ]
    if draft.notes:
        out += ["#", "# Notes:"] + [f"#   - {_comment(n)}" for n in draft.notes]
    if draft.unused:
        out += ["#", "# Sentences not used (line: sentence):"] + [f"#   {line}: {_comment(s)}" for line, s in
                                                                   draft.unused]
    out.append("")
    article = record.get("article") or {}
    out.append("article:")
    for key in _ordered(article, ARTICLE_FIELDS):
        value = article[key]
        if isinstance(value, dict):
            out.append(f"  {key}:")
            for sub in _ordered(value, _SUB_ORDER.get(key, ())):
                out.append(f"    {sub}: {_value(sub, value[sub])}")
        else:
            out.append(f"  {key}: {_value(key, value)}")
    for section in SECTION_ORDER:
        items = record.get(section)
        if not items:
            continue
        out.append("")
        out.append(f"{section}:")
        for item in items:
            out.extend(_item_lines(section, item))
    return "\n".join(out) + "\n"
