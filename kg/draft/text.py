"""The article as the rules see it: NFC text, a diacritic-free shadow, lines, sentences and clauses.

Every pattern runs on `Doc.fold`, a copy of the text with the same length in
which Vietnamese letters lose their diacritics ("Quận uỷ" and "Quận ủy" both
read "Quan uy", the typo "Chi huy trưởng" reads like "Chỉ huy trưởng") and
no-break spaces are spaces. Because the lengths match, a match in the shadow
is a span in the real text, so quotes are always copied from the NFC text.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from ..text import canonical as _canonical
from ..text import nfc
from ..text import search_key as _search_key
from ..text import slugify as _slugify

NBSP = "\u00a0"


@functools.lru_cache(maxsize=1)
def _fold_table() -> dict[int, str | int]:
    """Map each precomposed Latin letter to its bare letter, keeping case; built on first use."""
    table: dict[int, str | int] = {}
    for code in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        bare = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if len(bare) == 1 and bare != char and bare.isascii():
            table[code] = bare
    table.update({ord("đ"): "d", ord("Đ"): "D", ord(NBSP): " ", ord("\t"): " ", ord("\u2009"): " ",
                  ord("\u202f"): " ", ord("\u200b"): " ", ord("\ufeff"): " "})
    # Characters that stay as they are, listed too (ASCII, Latin, combining marks, punctuation): str.translate
    # looks every character up, and a character missing from the table costs a raised and caught KeyError.
    for block in (range(0x0000, 0x0250), range(0x0300, 0x0370), range(0x1E00, 0x1F00), range(0x2000, 0x2070)):
        for code in block:
            table.setdefault(code, code)
    return table


@functools.lru_cache(maxsize=8192)
def canonical(text: str) -> str:
    """kg.text.canonical, cached: the same few words (levels, roles, names) are compared over and over."""
    return _canonical(text)


@functools.lru_cache(maxsize=8192)
def slugify(text: str) -> str:
    """kg.text.slugify, cached: ids are made from the same labels many times."""
    return _slugify(text)


@functools.lru_cache(maxsize=8192)
def search_key(text: str) -> str:
    """kg.text.search_key, cached."""
    return _search_key(text)


def fold(text: str) -> str:
    """Same-length shadow of `text`: no diacritics, no-break spaces as spaces, case kept."""
    return text.translate(_fold_table())


@dataclass
class Line:
    number: int  # 1-based line of the file
    start: int
    end: int  # end of content (no newline)
    kind: str = "blank"  # blank, header, dateline, headline, body, caption, byline
    indented: bool = False


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    line: int  # 1-based line number
    kind: str  # headline, body, caption
    clauses: list[tuple[int, int]] = field(default_factory=list)


class Doc:
    """One article: text, shadow, lines with their kinds, and sentences."""

    def __init__(self, text: str):
        self.text = nfc(text)
        self.fold = fold(self.text)
        assert len(self.fold) == len(self.text)
        self.lines = _split_lines(self.text)
        self._line_starts = [line.start for line in self.lines]
        self._sentence_starts: list[int] = []
        self.sentences: list[Sentence] = []
        self.credits: list[tuple[int, int]] = []  # spans of photo credits ("Ảnh: Minh Tuấn")
        self.caption_spans: dict[int, tuple[int, int]] = {}  # line number -> caption without its credit
        self.cache: dict = {}  # per-article results several stages reuse (dates, sentence words)

    def line_text(self, line: Line) -> str:
        return self.text[line.start:line.end]

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def line_of(self, offset: int) -> int:
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return self.lines[max(index, 0)].number

    def sentence_at(self, offset: int) -> Sentence | None:
        starts = [s.start for s in self.sentences] if len(self._sentence_starts) != len(self.sentences) \
            else self._sentence_starts
        self._sentence_starts = starts
        index = bisect.bisect_right(starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None


def _split_lines(text: str) -> list[Line]:
    lines, start = [], 0
    for number, raw in enumerate(text.split("\n"), start=1):
        end = start + len(raw)
        content_end = end - 1 if raw.endswith("\r") else end
        lines.append(Line(number, start, content_end))
        start = end + 1
    return lines


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a span to exclude surrounding whitespace (including no-break spaces)."""
    span = text[start:end]
    stripped = span.lstrip()  # str.strip and str.isspace agree on what whitespace is
    start += len(span) - len(stripped)
    return start, start + len(stripped.rstrip())


# A sentence ends at . ! ? … followed by space and a capital, digit or opening mark. The pattern opens with a
# single character class (not "[.!?…]+"), so a search skips ahead to those characters instead of trying a
# match at every position of the line.
_SENTENCE_END = re.compile(r"[.!?…][.!?…]*[\"”’)]?(?=\s+[\"“(A-Z0-9])")
# Abbreviations whose dot does not end a sentence ("TP. Hải Phòng", "ThS. Lê …").
_ABBREVIATIONS = {"tp", "tx", "tt", "ts", "ths", "pgs", "gs", "bs", "q", "p", "x", "h", "st", "v.v", "đ/c", "d/c"}


def split_sentences(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    for match in _SENTENCE_END.finditer(doc.fold, start, end):
        before = doc.fold[max(cursor, match.start() - 8):match.start()].split()
        word = before[-1].lower() if before else ""
        if word in _ABBREVIATIONS:
            continue
        spans.append(strip_span(doc.text, cursor, match.end()))
        cursor = match.end()
    spans.append(strip_span(doc.text, cursor, end))
    return [s for s in spans if s[1] > s[0]]


def split_clauses(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of a sentence: the parts between semicolons (lists of people use them)."""
    spans, cursor = [], start
    position = doc.fold.find(";", start, end)
    while position != -1:
        spans.append(strip_span(doc.text, cursor, position))
        cursor = position + 1
        position = doc.fold.find(";", cursor, end)
    spans.append(strip_span(doc.text, cursor, end))
    return [s for s in spans if s[1] > s[0]]
