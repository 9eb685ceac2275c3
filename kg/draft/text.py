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
from ..text import article_text
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
        self.text = article_text(text)
        self.lines = _split_lines(self.text)
        if (joints := _wraps(self.text, self.lines)):
            self.text, self.lines = _unwrap(self.text, self.lines, joints)
        self.fold = fold(self.text)
        assert len(self.fold) == len(self.text)
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


# Hard-wrapped text (copied from a PDF or a narrow column): lines of about one width, broken mid-sentence.
_ENDS_A_SENTENCE = re.compile(r"[.!?…:;\"”)\]]$")
_NOT_CONTINUED = re.compile(r"(?:Ảnh|Bài|Tin|Ngày|Nguồn|Cập nhật|Đăng)(?:[,:\s]|$)|"
                            r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2})?\s*$")  # a date line
_WRAP_WIDTH = 130  # a line of a wrapped text is no longer than this; paragraphs written as one line are
_MIN_WRAPS = 3  # breaks before a lower-case word needed to take a text as wrapped


def _wraps(text: str, lines: list[Line]) -> list[int]:
    """Indexes i of the lines that go on in line i + 1, when the text is hard-wrapped; else none.

    A line goes on when it is nearly as long as the longest line of its run of non-blank lines (the width it
    was wrapped at) and the next line starts with a lower-case letter, or it ends with a comma or a dash, or it
    does not end a sentence and the next line's first word would not have fitted on it (a headline above the
    lead does not go on); nothing goes on into a credit or a date line.
    A text counts as wrapped only when several lines break before a lower-case word: paragraphs written one
    per line are left alone.
    """
    joints, lower_breaks, run = [], 0, []
    for index in range(len(lines) + 1):
        line = lines[index] if index < len(lines) else None
        if line is not None and line.end > line.start and not text[line.start:line.end].isspace():
            run.append(index)
            continue
        widths = [lines[i].end - lines[i].start for i in run]
        if len(run) >= 2 and max(widths) <= _WRAP_WIDTH:
            full = 0.7 * max(widths)
            for i, j in zip(run, run[1:]):
                here, after = text[lines[i].start:lines[i].end].rstrip(), text[lines[j].start:lines[j].end].lstrip()
                lower = after[:1].islower()
                # The next line's first word would not have fitted on this one: the break is the wrapping's.
                pushed = len(here) + 1 + len(after.split(" ", 1)[0]) > max(widths)
                if _NOT_CONTINUED.match(after) or len(here) < full:
                    continue
                if lower or here[-1] in ",–-" or (pushed and not _ENDS_A_SENTENCE.search(here)):
                    joints.append(i)
                    lower_breaks += lower and not _ENDS_A_SENTENCE.search(here)
        run = []
    return joints if lower_breaks >= _MIN_WRAPS else []


def _unwrap(text: str, lines: list[Line], joints: list[int]) -> tuple[str, list[Line]]:
    """The wrapped lines joined into one line each (the line breaks become spaces, so every offset stays); a
    joined line keeps the number of its first line."""
    chars = list(text)
    for i in joints:
        for at in range(lines[i].end, lines[i + 1].start):
            chars[at] = " "  # the newline, and a carriage return before it
    joined, merged = set(joints), []
    for index, line in enumerate(lines):
        if index - 1 in joined:
            merged[-1].end = line.end
        else:
            merged.append(Line(line.number, line.start, line.end, line.kind, line.indented))
    return "".join(chars), merged
