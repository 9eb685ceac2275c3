"""A clause as a row of tokens: honorifics, ranks, roles, organisations, places, names, separators, words.

The order of the tries matters: an honorific, rank, role, organisation or
level word wins over a capitalised run, so "đồng chí Phó Chủ tịch UBND quận"
never yields a person called "Phó Chủ". A capitalised run is cut where a
role starts, so a name with no separator before its position ("Lê Lương Phó
Bí thư …") still splits.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from .lexicon import ROLE_MODIFIERS, Lexicon, key
from .orgs import Orgs
from .places import CAP_RUN, Places
from .text import canonical

HON_RE = re.compile(r"(?<![A-Za-z0-9/])(cac\s+|nhung\s+)?(d/c|d\.c|dong\s+chi|ong|ba)(?![A-Za-z0-9/])", re.I)
_HONORIFICS = {"đ/c", "đ.c", "đồng chí", "ông", "bà"}
_SEPARATORS = {",": ",", ";": ";", ":": ":", "(": "(", ")": ")", "–": "-", "—": "-", "-": "-"}
_MODIFIER_KEYS = [key(m) for m in ROLE_MODIFIERS]
# First words (and first two words) of the fixed patterns of tokens, orgs and places. Generic heads
# ("Ban Tuyên giáo", "Phòng Nội vụ") only count before a capital here; after a role they are tried anyway.
_FIXED_SINGLE = {"d/c", "d.c", "ong", "ba", "thpt", "thcs", "ptth"}
_FIXED_PAIRS = {("cac", w) for w in ("d/c", "dong", "ong", "ba")} | {("nhung", w) for w in ("d/c", "dong")} | {
    (w, "uy") for w in ("quan", "huyen", "thanh", "tinh", "thi", "dang")} | {
    ("dong", "chi"), ("truong", "thpt"), ("truong", "thcs"), ("truong", "tieu"), ("truong", "mam"),
    ("truong", "cao"), ("truong", "dai"), ("truong", "trung"), ("tieu", "hoc"), ("mam", "non"), ("cao", "dang"),
    ("dai", "hoc"), ("trung", "cap"), ("hoc", "vien"), ("trung", "tam"), ("hoi", "dong"), ("van", "phong")}
_BEFORE_CAPITAL = {"ban", "phong", "so", "doan", "cuc", "bo"}
# Level words are checked on the real text: "phường" is a level, "phương" is not.
_LEVEL_SINGLE = {"quận", "huyện", "tỉnh", "phường", "xã", "tp", "tp."}
_LEVEL_PAIRS = {("thị", "xã"), ("thị", "trấn"), ("thị", "trân"), ("thành", "phố")}
_AND_FOLDED = {"va", "Va", "cung", "Cung"}
_LEVEL_FIRST = {"quan", "huyen", "tinh", "phuong", "xa", "tp", "tp.", "thi", "thanh"}
_ITEMS = re.compile(r"[,;:()–—\-]|[^\s,;:()–—\-]+")
_WITH = re.compile(r"\s+voi(?![A-Za-z])")


def _starts(lexicon: Lexicon) -> tuple[set, set]:
    """(single words, word pairs) that can start a role, rank or organisation head; built once per lexicon.

    Trying every pattern at every word made drafting slow; a set lookup per
    word finds the few candidates of a clause.
    """
    found = lexicon.cache.get("starts")
    if found is None:
        singles, pairs = set(_FIXED_SINGLE), set(_FIXED_PAIRS)
        phrases = set()
        for matcher in (lexicon.roles, lexicon.ranks, lexicon.org_matcher):
            phrases.update(matcher.entries)
            phrases.update(p.lower() for p in matcher.case_sensitive_entries)
        for phrase in phrases:
            words = phrase.split()
            if len(words) == 1:
                singles.add(words[0])
            else:
                pairs.add((words[0], words[1]))
        found = (singles, pairs)
        lexicon.cache["starts"] = found
    return found


class Token(NamedTuple):  # a tuple: made by the thousand, so it must be cheap
    kind: str  # HON RANK ROLE ORG PLACE NAME SEP AND WORD
    start: int
    end: int
    value: object = None

    def is_sep(self, *chars: str) -> bool:
        return self.kind == "SEP" and (not chars or self.value in chars)


def _merge_words(tokens: list[Token]) -> list[Token]:
    """Join WORD tokens that follow each other (a notable item that turned out plain splits a run)."""
    merged: list[Token] = []
    for token in tokens:
        if token.kind == "WORD" and merged and merged[-1].kind == "WORD":
            before = merged[-1]
            second = before.value[1] or token.value[0]
            merged[-1] = Token("WORD", before.start, token.end, (before.value[0], second, token.value[2]))
        else:
            merged.append(token)
    return merged


class Tokenizer:
    def __init__(self, text: str, fold: str, lexicon: Lexicon, places: Places, orgs: Orgs):
        self.text, self.fold, self.lexicon, self.places, self.orgs = text, fold, lexicon, places, orgs
        self.singles, self.pairs = _starts(lexicon)
        # One pass over the article: its words and separators, and where structural tokens may start.
        self.items = [(m.start(), m.end(), m.group(0)) for m in _ITEMS.finditer(fold)]
        self.item_starts = [item[0] for item in self.items]
        self.candidates = self._candidates()
        self.candidate_list = sorted(self.candidates)
        self.capitals = [first for first, _stop, word in self.items if word[0].isupper()]
        # Items that may start a token other than a plain word; the words between them are skipped in bulk.
        candidates = self.candidates
        self.notable = [index for index, (first, _stop, word) in enumerate(self.items)
                        if word in _SEPARATORS or first in candidates or word[0].isupper() or word in _AND_FOLDED]

    def worth_parsing(self, start: int, end: int) -> bool:
        """Can this clause hold a person, title or organisation? Only if a structural word or a capital
        letter (past its first word) is in it; most prose clauses have neither and are skipped."""
        index = bisect.bisect_left(self.candidate_list, start)
        if index < len(self.candidate_list) and self.candidate_list[index] < end:
            return True
        index = bisect.bisect_right(self.capitals, start)  # the clause's own first word may be capitalised
        return index < len(self.capitals) and self.capitals[index] < end

    def structural_at(self, pos: int, end: int) -> Token | None:
        """An honorific, rank, role, organisation or level word starting at pos."""
        hon = HON_RE.match(self.fold, pos, end)
        if hon:
            word = canonical(self.text[hon.start(2):hon.end(2)])
            if word in _HONORIFICS:
                return Token("HON", pos, hon.end(), bool(hon.group(1)))
        rank = self.lexicon.ranks.match(self.fold, pos, end)
        if rank:
            return Token("RANK", pos, rank[0], rank[1])
        role = self.lexicon.roles.match(self.fold, pos, end, self.text)
        if role:
            stop = role[0]
            for modifier in _MODIFIER_KEYS:  # "Phó Bí thư Thường trực": the role is Phó Bí thư
                if self.fold[stop:stop + len(modifier) + 1].lower() == " " + modifier:
                    stop += len(modifier) + 1
            return Token("ROLE", pos, stop, (role[1], role[2], role[0]))
        org = self.orgs.parse_at(pos, end)
        if org:
            return Token("ORG", pos, org.end, org)
        place = self.places.mention_at(pos, end)
        if place:
            return Token("PLACE", pos, place.stop, place)
        return None

    def tokens(self, start: int, end: int) -> list[Token]:
        """The clause as tokens. Runs of plain words become one WORD token whose value is
        (first word, second word, last word) in lower case: that is all the parser looks at."""
        items, notable = self.items, self.notable
        index = bisect.bisect_left(self.item_starts, start)  # next item not yet consumed
        last = bisect.bisect_left(self.item_starts, end)  # items[index:last] are in the clause
        out: list[Token] = []
        cursor = bisect.bisect_left(notable, index)
        while index < last:
            following = notable[cursor] if cursor < len(notable) and notable[cursor] < last else last
            if following > index:  # plain words up to the next notable item
                out.append(self._words(index, following))
                index = following
                continue
            cursor += 1
            first, stop, word = items[index]
            token = self._notable(first, min(stop, end), word, end)
            if token is None:  # notable but plain after all ("Hội nghị", "vá")
                out.append(self._words(index, index + 1))
                index += 1
                continue
            out.append(token)
            index = bisect.bisect_left(self.item_starts, token.end, index + 1)
            cursor = bisect.bisect_left(notable, index, cursor)
        return _merge_words(out)

    def _notable(self, first: int, stop: int, word: str, end: int) -> Token | None:
        sep = _SEPARATORS.get(word)
        if sep is not None:
            return Token("SEP", first, stop, sep)
        token = self.structural_at(first, end) if first in self.candidates else None
        if token is None and word[0].isupper():
            token = self._name(first, end)
        if token is None and word in _AND_FOLDED:
            lower = self.text[first:stop].lower()
            if lower in ("và", "cùng"):
                with_ = _WITH.match(self.fold, stop, end)
                token = Token("AND", first, with_.end() if with_ else stop, lower)
        return token

    def _words(self, first: int, stop: int) -> Token:
        """One WORD token for items[first:stop]."""
        items, text = self.items, self.text
        head, tail = items[first], items[stop - 1]
        second = text[items[first + 1][0]:items[first + 1][1]].lower() if stop - first > 1 else ""
        return Token("WORD", head[0], tail[1], (text[head[0]:head[1]].lower(), second,
                                                text[tail[0]:tail[1]].lower()))

    def _candidates(self) -> set[int]:
        """Offsets where a structural token may start: a known first word, or first two words."""
        words = [(first, word) for first, _stop, word in self.items if word not in _SEPARATORS]
        singles, pairs, text = self.singles, self.pairs, self.text
        found = set()
        following = [w for _, w in words[1:]] + [""]
        for (offset, word), nxt in zip(words, following):
            low = word.lower()
            if low[-1] == "." and low != "tp.":
                low = low.rstrip(".")
            if low in singles or (low, nxt.lower()) in pairs or (low in _BEFORE_CAPITAL and nxt[:1].isupper()):
                found.add(offset)
            elif low in _LEVEL_FIRST:
                real = text[offset:offset + len(word)].lower()
                if real in _LEVEL_SINGLE:
                    found.add(offset)
                elif nxt:
                    after = offset + len(word)
                    gap = len(self.fold[after:after + 4]) - len(self.fold[after:after + 4].lstrip())
                    if (real, text[after + gap:after + gap + len(nxt)].lower()) in _LEVEL_PAIRS:
                        found.add(offset)
        return found

    def _name(self, pos: int, end: int) -> Token | None:
        run = CAP_RUN.match(self.fold, pos, end)
        if not run:
            return None
        words, cursor = [], pos
        for word in self.fold[pos:run.end()].split(" "):
            if words and cursor in self.candidates and self.structural_at(cursor, end):
                break  # a role or organisation starts here: the name ended before it
            words.append(self.text[cursor:cursor + len(word)])
            cursor += len(word) + 1
        stop = pos + len(" ".join(words))
        return Token("NAME", pos, stop, words)
