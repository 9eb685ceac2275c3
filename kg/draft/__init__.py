"""Drafting: turn a raw article of the genre into a record in the curated format.

The drafter is rule-based and deterministic: no network, no models, only the
project's glossary (ontology/glossary.yaml) and shared concepts
(data/concepts.yaml). The stages, one module each:

    source    read the bytes; refuse empty, binary, non-UTF-8 and huge files
    text      NFC text, a same-length diacritic-free shadow, lines, sentences
    lexicon   roles, ranks, awards, measures and organisation heads as patterns
    places    the article's city and district ("home"), wards, place names
    orgs      organisation mentions ("UBND quận", "Ban CHQS phường X")
    tokens    a clause as honorifics, ranks, roles, organisations, names …
    people    person mentions: names, ranks, post chains, lists, groups
    dates     dates, ranges, the dateline; numbers lives in numbers
    events    the main event, its date, organisers and series
    awards    award conferrals and presentations
    figures   reported figures matched to measures
    assemble  all of the above into one record; record writes it as YAML
    evaluate  scores a draft against a curated record

Entry points: `Drafter` (build once, draft many) and `draft_file`.
"""

from __future__ import annotations

from .api import Drafter, draft_file
from .assemble import Draft

__all__ = ["Draft", "Drafter", "draft_file"]
