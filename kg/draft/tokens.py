"""A clause as a row of tokens: honorifics, ranks, roles, organisations, places, names, separators, words.

The order of the tries matters: an honorific, rank, role, organisation or
level word wins over a capitalised run, so "đồng chí Phó Chủ tịch UBND quận"
never yields a person called "Phó Chủ". A capitalised run is cut where a
role starts, so a name with no separator before its position ("Lê Lương Phó
Bí thư …") still splits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import canonical
from .lexicon import ROLE_MODIFIERS, Lexicon, key
from .orgs import Orgs
from .places import CAP_RUN, Places

HON_RE = re.compile(r"(?<![A-Za-z0-9/])(cac\s+|nhung\s+)?(d/c|d\.c|dong\s+chi|ong|ba)(?![A-Za-z0-9/])", re.I)
_HONORIFICS = {"đ/c", "đ.c", "đồng chí", "ông", "bà"}
WORD_RE = re.compile(r"[^\s,;:()–—\-]+")
_SEPARATORS = {",": ",", ";": ";", ":": ":", "(": "(", ")": ")", "–": "-", "—": "-", "-": "-"}
_MODIFIER_KEYS = [key(m) for m in ROLE_MODIFIERS]


@dataclass(frozen=True)
class Token:
    kind: str  # HON RANK ROLE ORG PLACE NAME SEP AND WORD
    start: int
    end: int
    value: object = None

    def is_sep(self, *chars: str) -> bool:
        return self.kind == "SEP" and (not chars or self.value in chars)


class Tokenizer:
    def __init__(self, text: str, fold: str, lexicon: Lexicon, places: Places, orgs: Orgs):
        self.text, self.fold, self.lexicon, self.places, self.orgs = text, fold, lexicon, places, orgs

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
        role = self.lexicon.roles.match(self.fold, pos, end)
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
        out: list[Token] = []
        fold, pos = self.fold, start
        while pos < end:
            char = fold[pos]
            if char.isspace():
                pos += 1
                continue
            if char in _SEPARATORS:
                out.append(Token("SEP", pos, pos + 1, _SEPARATORS[char]))
                pos += 1
                continue
            token = self.structural_at(pos, end)
            if token is None and char.isupper():
                token = self._name(pos, end)
            if token is None:
                word = WORD_RE.match(fold, pos, end)
                stop = word.end() if word else pos + 1
                lower = canonical(self.text[pos:stop])
                if lower in ("và", "cùng"):
                    with_ = re.match(r"\s+voi(?![A-Za-z])", fold[stop:stop + 5])
                    token = Token("AND", pos, stop + (with_.end() if with_ else 0), lower)
                else:
                    token = Token("WORD", pos, stop, lower)
            out.append(token)
            pos = token.end
        return out

    def _name(self, pos: int, end: int) -> Token | None:
        run = CAP_RUN.match(self.fold, pos, end)
        if not run:
            return None
        words, cursor = [], pos
        for word in self.fold[pos:run.end()].split(" "):
            if words and self.structural_at(cursor, end):
                break  # a role or organisation starts here: the name ended before it
            words.append(self.text[cursor:cursor + len(word)])
            cursor += len(word) + 1
        stop = pos + len(" ".join(words))
        return Token("NAME", pos, stop, words)
