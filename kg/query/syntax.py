"""Turn the engine's SPARQL syntax errors into one line a person can act on.

pyoxigraph reports 'error at 3:18: expected one of ABS, AVG, …, ['A' ..= 'Z' | …]'
over several lines. We keep the position and the keywords it expected, drop
the character classes (they say "some other character") and show what was
found there.
"""

from __future__ import annotations

import re

_POSITION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)


def _split_top(text: str) -> list[str]:
    """Split 'A, B, ['x' | ','], "\\"", C' at the commas outside brackets and quotes."""
    parts, depth, quote, escaped, current = [], 0, None, False, []
    for char in text:
        current.append(char)
        if escaped:
            escaped = False
        elif quote:
            escaped = char == "\\"
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "," and depth == 0:
            current.pop()
            parts.append("".join(current).strip())
            current = []
    parts.append("".join(current).strip())
    return [p for p in parts if p]


def _found_at(sparql: str, line: int, column: int) -> str:
    lines = sparql.splitlines() or [""]
    if not 1 <= line <= len(lines):
        return "the end of the query"
    rest = lines[line - 1][max(column - 1, 0):].strip()
    if not rest:
        return "the end of the query" if not "".join(lines[line:]).strip() else "the end of the line"
    word = re.match(r"\S+", rest).group()
    return repr(word[:30])


def _prefix_at(sparql: str, line: int, column: int) -> str | None:
    lines = sparql.splitlines()
    if not 1 <= line <= len(lines):
        return None
    head = lines[line - 1][: max(column - 1, 0)]
    match = re.search(r"([A-Za-z_][\w.\-]*)?:$", head) or re.search(r"([A-Za-z_][\w.\-]*)?:\S*$", head)
    return (match.group(1) or "") if match else None


def explain(message: str, sparql: str, source: str = "query", known_prefixes: tuple[str, ...] = ()) -> str:
    """'source:line:col: SPARQL syntax error: expected …, found …' from an engine message."""
    match = _POSITION.match(message.strip())
    if not match:
        return f"{source}: SPARQL syntax error: {' '.join(message.split())}"
    line, column, detail = int(match.group(1)), int(match.group(2)), match.group(3)
    where = f"{source}:{line}:{column}"
    if "Prefix not found" in detail:
        prefix = _prefix_at(sparql, line, column)
        name = f"'{prefix}:'" if prefix is not None else "a prefix"
        hint = f"; known prefixes: {', '.join(p + ':' for p in known_prefixes)}" if known_prefixes else ""
        return f"{where}: SPARQL syntax error: unknown prefix {name}; declare it with PREFIX{hint}"
    detail = " ".join(detail.split())
    if detail.startswith("expected"):
        wanted = detail[len("expected"):].strip()
        if wanted.startswith("one of"):
            wanted = wanted[len("one of"):].strip()
        words = [w for w in _split_top(wanted) if not w.startswith("[")]
        if not words:
            expected = "a different character"
        elif len(words) == 1:
            expected = words[0]
        else:
            expected = "one of " + ", ".join(words)
        detail = f"expected {expected}"
    return f"{where}: SPARQL syntax error: {detail}, found {_found_at(sparql, line, column)}"
