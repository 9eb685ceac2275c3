"""Lexical facts about a SPARQL string, without evaluating it.

The engine (pyoxigraph, or a remote server) does all parsing that matters;
this module only answers the small questions asked before a query is sent:
is it an update, which variables and prefixes does it mention, and where does
its outermost WHERE group open (to add a VALUES block for a remote endpoint,
which has no variable substitution).
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
              |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<word>[A-Za-z_][\w.\-]*(?::[\w.\-%:]*)?|:[\w.\-%:]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
UPDATE_FORMS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


class Token(NamedTuple):
    kind: str
    text: str
    start: int


def tokens(sparql: str) -> Iterator[Token]:
    """Meaningful tokens: comments and whitespace are skipped, strings and IRIs kept whole."""
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup
        if kind not in ("space", "comment"):
            yield Token(kind, match.group(), match.start())


def query_form(sparql: str) -> str | None:
    """'SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE', 'UPDATE', or None when it cannot tell."""
    for token in tokens(sparql):
        if token.kind != "word":
            continue
        word = token.text.upper()
        if word in QUERY_FORMS:
            return word
        if word in UPDATE_FORMS:
            return "UPDATE"
        if word not in ("PREFIX", "BASE") and ":" not in word:
            return None
    return None


def is_update(sparql: str) -> bool:
    return query_form(sparql) == "UPDATE"


def variables(sparql: str) -> set[str]:
    return {t.text[1:] for t in tokens(sparql) if t.kind == "var"}


def declared_prefixes(sparql: str) -> set[str]:
    found, expect = set(), False
    for token in tokens(sparql):
        if expect and token.kind == "word" and token.text.endswith(":"):
            found.add(token.text[:-1])
        expect = token.kind == "word" and token.text.upper() == "PREFIX"
    return found


def with_prefixes(sparql: str, prefixes: dict[str, str]) -> str:
    """Declare the project's prefixes the query uses but does not declare, on one line before it.

    One line keeps the line numbers of a server's error messages right.
    """
    declared = declared_prefixes(sparql)
    used = {t.text.split(":", 1)[0] for t in tokens(sparql) if t.kind == "word" and ":" in t.text}
    missing = [(name, iri) for name, iri in prefixes.items() if name in used and name not in declared]
    if not missing:
        return sparql
    return " ".join(f"PREFIX {name}: <{iri}>" for name, iri in missing) + " " + sparql


def where_group_start(sparql: str) -> int | None:
    """Offset just after the '{' that opens the query's outermost WHERE group."""
    depth, form, seen_where = 0, None, False
    for token in tokens(sparql):
        if token.kind == "word" and depth == 0:
            word = token.text.upper()
            if word in QUERY_FORMS and form is None:
                form = word
            elif word == "WHERE":
                seen_where = True
        if token.text == "{":
            # CONSTRUCT's template comes before WHERE; every other form's first group is the pattern.
            if depth == 0 and (seen_where or (form in ("SELECT", "ASK", "DESCRIBE"))):
                return token.start + 1
            depth += 1
        elif token.text == "}":
            depth -= 1
    return None


def inline_values(sparql: str, bindings: dict[str, str]) -> str:
    """Bind variables by a VALUES block at the top of the WHERE group.

    `bindings` maps a variable name to the N-Triples form of an RDF term,
    which escapes every quote, so a value can never end the block or the query.
    """
    if not bindings:
        return sparql
    at = where_group_start(sparql)
    if at is None:
        raise ValueError("no WHERE group to bind parameters in")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(bindings.values())
    return f"{sparql[:at]} VALUES ({names}) {{ ({values}) }} {sparql[at:]}"
