"""Drafting: turn a raw article of the genre into a record in the curated format.

The drafter is rule-based and deterministic: no network, no models, only the
project's glossary (ontology/glossary.yaml) and shared concepts
(data/concepts.yaml). The stages, one module each:

    source      read the bytes; refuse empty, binary, other encodings, huge files
    text        NFC text, a same-length diacritic-free shadow, lines, sentences
    layout      dateline, headline, body, captions, photo credits, byline
    lexicon     roles, ranks, awards, measures and organisation heads as patterns
    names       what Vietnamese person names look like
    places      the article's city and district ("home"), wards, place names
    orgs        organisation mentions ("UBND quận", "Ban CHQS phường X")
    tokens      a clause as honorifics, ranks, roles, organisations, names …
    people      person mentions: names, ranks, post chains, lists, groups
    dates       dates, ranges, the dateline; numbers: Vietnamese numbers
    events      the main event, its date, organisers and series
    attendance  who attended: the listed and those who act at the event
    awards      award conferrals and presentations
    figures     reported figures matched to measures
    assemble    all of it as one record (sections_* write its sections);
                record writes it as YAML; evaluate scores a draft

Entry points: `Drafter` (build once, draft many) and `draft_file`.
"""

from __future__ import annotations

from .api import Drafter, draft_file
from .assemble import Draft

__all__ = ["Draft", "Drafter", "draft_file"]
