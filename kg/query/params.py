"""Query parameters: NAME=VALUE text read as RDF terms, checked against the query's header.

Values are terms, never query text: they reach the engine as variable
substitutions (local store) or as escaped N-Triples terms in a VALUES block
(remote endpoint). Written forms:

    <https://…>            an IRI
    "Lê Lương"@vi          a language-tagged literal
    "5"^^xsd:integer       a typed literal (a prefixed or a full <…> datatype)
    "text"                 a plain literal, with N-Triples escapes (\\" \\n \\u00e0 …)
    42                     an xsd:integer
    anything else          a plain literal, exactly as written
"""

from __future__ import annotations

import re

from pyoxigraph import Literal, NamedNode

from ..errors import KgError
from . import sparql_text
from .library import NamedQuery

XSD = "http://www.w3.org/2001/XMLSchema#"
_IRI = re.compile(r'<([^<>"{}|^`\\\x00-\x20]*)>')
_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|^`\\]+")
_PREFIXED = re.compile(r"([A-Za-z_][\w\-.]*)?:([^\s<>\"{}|^`\\]*)")
_INTEGER = re.compile(r"[+-]?\d+")
_LANG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
# A quick check of the lexical form for the datatypes a query header may declare.
_LEXICAL = {
    "integer": r"[+-]?\d+", "nonNegativeInteger": r"\+?\d+", "positiveInteger": r"\+?0*[1-9]\d*",
    "decimal": r"[+-]?(\d+(\.\d*)?|\.\d+)", "gYear": r"-?\d{4,}(Z|[+-]\d\d:\d\d)?",
    "date": r"-?\d{4,}-\d\d-\d\d(Z|[+-]\d\d:\d\d)?", "boolean": r"true|false|1|0",
}


def _unescape(body: str, name: str) -> str:
    out, i = [], 0
    while i < len(body):
        char = body[i]
        if char != "\\":
            out.append(char)
            i += 1
            continue
        code = body[i + 1: i + 2]
        if code in _ESCAPES:
            out.append(_ESCAPES[code])
            i += 2
        elif code in ("u", "U"):
            size = 4 if code == "u" else 8
            digits = body[i + 2: i + 2 + size]
            if not re.fullmatch(r"[0-9A-Fa-f]{%d}" % size, digits):
                raise KgError(f"parameter {name}: bad escape \\{code}{digits} in the quoted value")
            out.append(chr(int(digits, 16)))
            i += 2 + size
        else:
            raise KgError(f"parameter {name}: bad escape \\{code} in the quoted value")
    return "".join(out)


def _expand(name: str, text: str, prefixes: dict[str, str]) -> NamedNode | None:
    """A prefixed name with a known prefix -> IRI; None when the prefix is unknown."""
    match = _PREFIXED.fullmatch(text)
    if match and (match.group(1) or "") in prefixes:
        return NamedNode(prefixes[match.group(1) or ""] + match.group(2))
    return None


def _datatype(name: str, text: str, prefixes: dict[str, str]) -> NamedNode:
    match = _IRI.fullmatch(text)
    if match:
        return NamedNode(match.group(1))
    iri = _expand(name, text, prefixes)
    if iri is None:
        raise KgError(f"parameter {name}: unknown datatype {text!r}; write it as <IRI> or with a known prefix "
                      f"such as xsd:")
    return iri


def _quoted(name: str, value: str, prefixes: dict[str, str]) -> Literal:
    quote = value[0]
    end = 1
    while end < len(value):
        if value[end] == "\\":
            end += 2
            continue
        if value[end] == quote:
            break
        end += 1
    if end >= len(value):
        raise KgError(f"parameter {name}: the quoted value has no closing {quote}")
    text, rest = _unescape(value[1:end], name), value[end + 1:]
    if not rest:
        return Literal(text)
    if rest.startswith("@") and _LANG.fullmatch(rest[1:]):
        return Literal(text, language=rest[1:].lower())
    if rest.startswith("^^"):
        return Literal(text, datatype=_datatype(name, rest[2:], prefixes))
    raise KgError(f"parameter {name}: after the quoted value expected @lang or ^^datatype, found {rest!r}")


def _check_lexical(name: str, literal: Literal) -> Literal:
    datatype = literal.datatype.value
    if datatype.startswith(XSD):
        pattern = _LEXICAL.get(datatype[len(XSD):])
        if pattern and not re.fullmatch(pattern, literal.value):
            raise KgError(f"parameter {name}: {literal.value!r} is not a valid xsd:{datatype[len(XSD):]}")
    return literal


def parse_value(name: str, value: str, prefixes: dict[str, str], kind: str | None = None):
    """One parameter value as an RDF term (pyoxigraph), read as the module docstring says."""
    if value.startswith("<"):
        match = _IRI.fullmatch(value)
        if not match:
            raise KgError(f"parameter {name}: {value!r} is not an IRI; write <https://…> with no spaces")
        term = NamedNode(match.group(1))
    elif value[:1] in ('"', "'"):
        term = _check_lexical(name, _quoted(name, value, prefixes))
    elif value.startswith("_:"):
        raise KgError(f"parameter {name}: a blank node cannot be a parameter; give an IRI or a literal")
    elif kind == "iri":
        term = _expand(name, value, prefixes)
        if term is None and _ABSOLUTE.fullmatch(value):
            term = NamedNode(value)
        if term is None:
            raise KgError(f"parameter {name} expects an IRI, such as <{prefixes.get('id', 'https://…/')}person/le-luong>"
                          f" or id:person/le-luong; got {value!r}")
    elif kind:
        term = _check_lexical(name, Literal(value, datatype=_datatype(name, kind, prefixes)))
    elif _INTEGER.fullmatch(value):
        term = Literal(value, datatype=NamedNode(XSD + "integer"))
    else:
        term = Literal(value)
    if kind == "iri" and not isinstance(term, NamedNode):
        raise KgError(f"parameter {name} expects an IRI, not a literal")
    return term


def split_assignment(text: str) -> tuple[str, str]:
    """'name=value' -> ('name', 'value'); the value may hold '=' and spaces."""
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"\w+", name):
        raise KgError(f"malformed parameter {text!r}; write --param NAME=VALUE")
    return name, value


def check_names(names: list[str], sparql: str, query: NamedQuery | None = None) -> None:
    """A named query accepts the parameters of its header and needs the required ones;
    inline SPARQL accepts any variable it mentions."""
    seen = set()
    for name in names:
        if name in seen:
            raise KgError(f"parameter {name} is given twice")
        seen.add(name)
        if query is not None and not query.params:
            raise KgError(f"unknown parameter {name}: query {query.name} takes no parameters")
        if query is not None and query.param(name) is None:
            known = ", ".join(p.name for p in query.params)
            raise KgError(f"unknown parameter {name} for query {query.name}; it takes: {known}")
        if query is None and name not in sparql_text.variables(sparql):
            raise KgError(f"unknown parameter {name}: the query has no variable ?{name}")
    if query is not None:
        missing = [p for p in query.params if p.required and p.name not in seen]
        if missing:
            raise KgError(f"missing parameter {missing[0].name} for query {query.name} "
                          f"({missing[0].description}); pass --param {missing[0].name}=VALUE")


def bind(given: list[str] | dict[str, str], sparql: str, prefixes: dict[str, str],
         query: NamedQuery | None = None) -> dict:
    """Check NAME=VALUE parameters against the query and read each value as an RDF term."""
    pairs = [split_assignment(item) for item in given] if isinstance(given, list) else list(given.items())
    check_names([name for name, _ in pairs], sparql, query)
    terms = {}
    for name, value in pairs:
        param = query.param(name) if query is not None else None
        terms[name] = parse_value(name, value, prefixes, param.kind if param else None)
    return terms
