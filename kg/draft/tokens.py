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
from itertools import accumulate, chain, compress
from operator import itemgetter
from typing import NamedTuple

from .lexicon import ROLE_MODIFIERS, Lexicon, key
from .names import is_surname
from .orgs import Orgs
from .places import CAP_RUN, Places
from .text import canonical

# Honorifics, and the academic titles that stand where an honorific would ("Th.S Sơn Ngọc Thạnh", "TS. X").
HON_RE = re.compile(r"(?<![A-Za-z0-9/])(cac\s+|nhung\s+)?(?:(d/c|d\.c|dong\s+chi|ong|ba)|"
                    r"(th\.?s|(?:p?gs\.?\s*,?\s*)?ts|thac\s+si|tien\s+si)\.?)(?![A-Za-z0-9/])", re.I)
_HONORIFICS = {"đ/c", "đ.c", "đồng chí", "ông", "bà"}
_ACADEMIC = {"thạc sĩ", "tiến sĩ"}  # written out, they must be these words ("Tiến sĩ", not "tiền sỹ")
_SEPARATORS = {",": ",", ";": ";", ":": ":", "(": "(", ")": ")", "–": "-", "—": "-", "-": "-"}
_MODIFIER_KEYS = [key(m) for m in ROLE_MODIFIERS]
# First words (and first two words) of the fixed patterns of tokens, orgs and places. Generic heads
# ("Ban Tuyên giáo", "Phòng Nội vụ") only count before a capital here; after a role they are tried anyway.
_FIXED_SINGLE = {"d/c", "d.c", "ong", "ba", "thpt", "thcs", "ptth", "tuv", "huv", "quv", "thuv", "tpuv", "th.s", "ths", "ts",
                 "pgs.ts", "gs.ts"}
_FIXED_PAIRS = {("cac", w) for w in ("d/c", "dong", "ong", "ba")} | {("nhung", w) for w in ("d/c", "dong")} | {
    (w, "uy") for w in ("quan", "huyen", "thanh", "tinh", "thi", "dang")} | {
    ("dong", "chi"), ("thac", "si"), ("tien", "si"), ("truong", "thpt"), ("truong", "thcs"), ("truong", "tieu"), ("truong", "mam"),
    ("truong", "quan"),
    ("truong", "cao"), ("truong", "dai"), ("truong", "trung"), ("tieu", "hoc"), ("mam", "non"), ("cao", "dang"),
    ("dai", "hoc"), ("trung", "cap"), ("chinh", "phu"), ("don", "bien"), ("hoc", "vien"), ("trung", "tam"), ("hoi", "dong"), ("van", "phong"),
    ("trung", "uong"), ("tw", "dang"), ("ban", "chap"), ("bch", "tw"), ("bch", "trung"), ("chi", "bo")} | {
    (w, "doan") for w in ("quan", "binh", "su", "lu", "trung", "tieu", "hai")} | {
    ("doan", w) for w in ("xa", "phuong", "huyen", "quan", "thi", "thanh", "tinh")}  # "Bí thư Đoàn xã"
_BEFORE_CAPITAL = {"ban", "phong", "so", "doan", "cuc", "bo"}
# Level words are checked on the real text: "phường" is a level, "phương" is not.
_LEVEL_SINGLE = {"quận", "huyện", "tỉnh", "phường", "xã", "tp", "tp."}
_LEVEL_PAIRS = {("thị", "xã"), ("thị", "trấn"), ("thị", "trân"), ("thành", "phố")}
_AND_FOLDED = {"va", "Va", "cung", "Cung"}
_LEVEL_FIRST = {"quan", "huyen", "tinh", "phuong", "xa", "tp", "tp.", "thi", "thanh"}
# An item (a separator or a word) with the spaces before it.
_SPACED_ITEMS = re.compile(r"(\s*)([,;:()–—\-]|[^\s,;:()–—\-]+)")
_WITH = re.compile(r"\s+voi(?![A-Za-z])")
_PROFESSIONAL = re.compile(r"\s+(?:QNCN|\(QNCN\)|\((?:nghi\s+)?huu\))(?![A-Za-z])")  # a professional or retired soldier
_MEMBER = re.compile(r" vien(?![A-Za-z])")


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


_WORD_AT = re.compile(r"[^\s,;:()–—\-]+")
_OFFICE_FIRSTS = {"chu", "chinh"}
_BARE_PARTY = canonical("Đảng ủy")
_MEMBER_WORDS = {"tuv", "huv", "quv", "thuv", "tpuv"}
_HON_FIRSTS = {"d/c", "d.c", "dong", "ong", "ba", "cac", "nhung", "th.s", "ths", "ts", "pgs.ts", "gs.ts", "thac", "tien"}
_ORG_FIXED_FIRSTS = {"quan", "huyen", "thanh", "tinh", "thi", "dang", "truong", "thpt", "thcs", "ptth", "tieu", "mam",
                     "cao", "dai", "trung", "hoc", "hoi", "ban", "phong", "so", "doan", "cuc", "van", "bo", "tw", "bch",
                     "binh", "su", "lu", "tieu", "hai", "don", "chi"}


def _dispatch(lexicon: Lexicon) -> dict[str, set[str]]:
    """First words of each kind of structural token (honorific, rank, role, organisation); built once."""
    found = lexicon.cache.get("dispatch")
    if found is None:
        def firsts(matcher) -> set[str]:
            return {p.split()[0].lower() for p in [*matcher.entries, *matcher.case_sensitive_entries]}

        found = {"hon": _HON_FIRSTS, "rank": firsts(lexicon.ranks), "role": firsts(lexicon.roles),
                 "org": firsts(lexicon.org_matcher) | _ORG_FIXED_FIRSTS}
        lexicon.cache["dispatch"] = found
    return found


def _firsts(lexicon: Lexicon) -> set[str]:
    """Every word a structural token can start with (lower case, folded); most words are not one of them."""
    found = lexicon.cache.get("firsts")
    if found is None:
        singles, pairs = _starts(lexicon)
        found = set(singles) | {p[0] for p in pairs} | _BEFORE_CAPITAL | _LEVEL_FIRST
        found |= {w + "." for w in found}
        lexicon.cache["firsts"] = found
    return found


# What a word of the article can be, as bit flags; cached per word (see _word_flags).
_CAPITAL, _NOTABLE, _CANDIDATE, _CHECK = 1, 2, 4, 8
_FLAG_CACHE_LIMIT = 100_000  # distinct words remembered per lexicon (the genre's vocabulary is far smaller)


def _word_flags(lexicon: Lexicon) -> dict[str, int]:
    """word -> flags, shared by every article drafted with this lexicon: the same words come back in every
    article, so each is classified once (capitalised? can a structural token start with it?)."""
    flags = lexicon.cache.get("word-flags")
    if flags is None or len(flags) > _FLAG_CACHE_LIMIT:
        flags = lexicon.cache["word-flags"] = {sep: _NOTABLE for sep in _SEPARATORS}
    return flags


def _classify(word: str, firsts: set[str], singles: set[str]) -> int:
    capital = word[0].isupper()
    flags = _CAPITAL if capital else 0
    low = word.lower()
    if low in firsts:
        # A single-word start is always a candidate; a pair start depends on the next word (_is_candidate).
        flags |= _CANDIDATE | _NOTABLE if low in singles else _CHECK
    if capital or word in _AND_FOLDED:
        flags |= _NOTABLE
    return flags


class Tokenizer:
    def __init__(self, text: str, fold: str, lexicon: Lexicon, places: Places, orgs: Orgs):
        self.text, self.fold, self.lexicon, self.places, self.orgs = text, fold, lexicon, places, orgs
        self.singles, self.pairs = _starts(lexicon)
        self.dispatch = _dispatch(lexicon)
        # One pass over the article: its words and separators ("items"), where structural tokens may start
        # (candidates), which words are capitalised, and which items are notable (anything but a plain word).
        # The items are read with findall and their offsets summed up from the lengths: building a match
        # object per item cost more than all the rest of this.
        spaced = _SPACED_ITEMS.findall(fold.rstrip())  # no trailing spaces: each start would scan them all
        bounds = list(accumulate(map(len, chain.from_iterable(spaced))))
        self.item_starts, self.item_ends = bounds[0::2], bounds[1::2]
        self.words = words = list(map(itemgetter(1), spaced))
        known = _word_flags(lexicon)
        new = set(words).difference(known)
        if new:
            firsts, singles = _firsts(lexicon), self.singles
            for word in new:
                known[word] = _classify(word, firsts, singles)
        flags = list(map(known.__getitem__, words))
        self.capitals, self.notable, self.candidate_list = [], [], []
        add_notable, add_capital, add_candidate = self.notable.append, self.capitals.append, self.candidate_list.append
        starts = self.item_starts
        for index in compress(range(len(words)), flags):  # the items with a flag: a minority
            flag = flags[index]
            if flag & _CAPITAL:
                add_capital(starts[index])
            if flag & _CHECK and self._is_candidate(index, words[index].lower()):
                add_candidate(starts[index])
                add_notable(index)
            elif flag & _NOTABLE:
                if flag & _CANDIDATE:
                    add_candidate(starts[index])
                add_notable(index)
        self.candidates = set(self.candidate_list)

    def worth_parsing(self, start: int, end: int) -> bool:
        """Can this clause hold a person, title or organisation? Only if a structural word or a capital
        letter (past its first word) is in it; most prose clauses have neither and are skipped."""
        index = bisect.bisect_left(self.candidate_list, start)
        if index < len(self.candidate_list) and self.candidate_list[index] < end:
            return True
        index = bisect.bisect_right(self.capitals, start)  # the clause's own first word may be capitalised
        return index < len(self.capitals) and self.capitals[index] < end

    def structural_at(self, pos: int, end: int) -> Token | None:
        """An honorific, rank, role, organisation or level word starting at pos.

        The first word says which of them can start here, so only those patterns are tried.
        """
        word = _WORD_AT.match(self.fold, pos, end)
        low = word.group(0).lower() if word else ""
        if low.endswith(".") and low != "tp.":
            low = low.rstrip(".")
        firsts = self.dispatch
        if low in firsts["hon"] and (hon := HON_RE.match(self.fold, pos, end)):
            said = canonical(self.text[hon.start(2):hon.end(2)] if hon.group(2) else self.text[hon.start(3):hon.end(3)])
            if said in _HONORIFICS or (hon.group(3) and (not hon.group(3).lower().endswith("si") or said in _ACADEMIC)):
                return Token("HON", pos, hon.end(), bool(hon.group(1)))
        if low in _MEMBER_WORDS and (member := self.orgs.party_member_at(pos, end)):
            role_id, _label = self.lexicon.roles.entries.get("uy vien", (None, ""))  # "HUV": Huyện ủy viên
            return Token("ROLE", pos, member.end, (role_id, self.text[pos:member.end], member.end, member))
        if low in _OFFICE_FIRSTS and (office := self.orgs.office_at(pos, end)):
            return Token("ORG", pos, office.end, office)  # "Chủ tịch nước" is an office, not the post "Chủ tịch"
        if low in firsts["rank"] and (rank := self.lexicon.ranks.match(self.fold, pos, end)):
            professional = _PROFESSIONAL.match(self.fold, rank[0], end)  # "Thiếu úy QNCN Đỗ Quốc Vinh"
            return Token("RANK", pos, professional.end() if professional else rank[0], rank[1])
        if low in firsts["role"] and (role := self.lexicon.roles.match(self.fold, pos, end, self.text)):
            stop = role[0]
            for modifier in _MODIFIER_KEYS:  # "Phó Bí thư Thường trực": the role is Phó Bí thư
                if self.fold[stop:stop + len(modifier) + 1].lower() == " " + modifier:
                    stop += len(modifier) + 1
            return Token("ROLE", pos, stop, (role[1], role[2], role[0]))
        if low in firsts["org"] and (org := self.orgs.parse_at(pos, end)):
            member = _MEMBER.match(self.fold, org.end, end)
            if member and len(org.orgs) == 1 and org.orgs[0].type == "PartyCommittee":
                # "Tỉnh ủy viên": a member of that committee; the role carries its organisation along.
                role_id, _label = self.lexicon.roles.entries.get("uy vien", (None, ""))
                stop, label_end = member.end(), member.end()
                if canonical(self.text[pos:org.end]) == _BARE_PARTY and self.fold[stop:stop + 1] == " " and (
                        named := self.orgs.parse_at(stop + 1, end)) and named.orgs and \
                        named.orgs[0].type == "PartyCommittee":
                    org, stop = named, named.end  # "Đảng ủy viên Đảng ủy Quân sự tỉnh": the committee is named after
                return Token("ROLE", pos, stop, (role_id, self.text[pos:label_end], label_end, org))
            return Token("ORG", pos, org.end, org)
        if low in _LEVEL_FIRST and (place := self.places.mention_at(pos, end)):
            return Token("PLACE", pos, place.stop, place)
        return None

    def tokens(self, start: int, end: int) -> list[Token]:
        """The clause as tokens. Runs of plain words become one WORD token whose value is
        (first word, second word, last word) in lower case: that is all the parser looks at."""
        starts, notable = self.item_starts, self.notable
        plain = bisect.bisect_left(starts, start)  # first item of the run of plain words not yet emitted
        last = bisect.bisect_left(starts, end)  # items before `last` are in the clause
        out: list[Token] = []
        cursor = bisect.bisect_left(notable, plain)
        while cursor < len(notable) and (index := notable[cursor]) < last:
            cursor += 1
            token = self._notable(index, end)
            if token is None:  # notable but plain after all ("Hội nghị", "vá"): the run goes on
                continue
            if plain < index:
                out.append(self._words(plain, index))
            out.append(token)
            plain = bisect.bisect_left(starts, token.end, index + 1)
            cursor = bisect.bisect_left(notable, plain, cursor)
        if plain < last:
            out.append(self._words(plain, last))
        return out

    def _notable(self, index: int, end: int) -> Token | None:
        first, word = self.item_starts[index], self.words[index]
        stop = min(self.item_ends[index], end)
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
        """One WORD token for the items first … stop - 1."""
        starts, ends, text = self.item_starts, self.item_ends, self.text
        second = text[starts[first + 1]:ends[first + 1]].lower() if stop - first > 1 else ""
        return Token("WORD", starts[first], ends[stop - 1], (text[starts[first]:ends[first]].lower(), second,
                                                              text[starts[stop - 1]:ends[stop - 1]].lower()))

    def _is_candidate(self, index: int, low: str) -> bool:
        """Can a structural token start at item `index`? A known first word, or first two words."""
        words = self.words
        nxt = words[index + 1] if index + 1 < len(words) else ""
        if low[-1] == "." and low != "tp.":
            low = low.rstrip(".")
        # The next word may end the sentence: "… làm Trưởng đoàn."
        if low in self.singles or (low, nxt.lower().rstrip(".")) in self.pairs or (
                low in _BEFORE_CAPITAL and nxt[:1].isupper()):
            return True
        if low not in _LEVEL_FIRST:
            return False
        real = self.text[self.item_starts[index]:self.item_ends[index]].lower()
        if real in _LEVEL_SINGLE:
            return True
        if not nxt or nxt in _SEPARATORS:
            return False
        return (real, self.text[self.item_starts[index + 1]:self.item_ends[index + 1]].lower()) in _LEVEL_PAIRS

    def _name(self, pos: int, end: int) -> Token | None:
        run = CAP_RUN.match(self.fold, pos, end)
        if not run:
            return None
        words, cursor = [], pos
        for word in self.fold[pos:run.end()].split(" "):
            if words and cursor in self.candidates and (token := self.structural_at(cursor, end)) and not (
                    token.kind == "PLACE" and token.value.name is None and cursor + len(word) == run.end()
                    and len(words) >= 2 and is_surname(words[0])):
                # A role or organisation starts here: the name ended before it. A bare level word that ends the
                # run after a surname is the given name: "Thiếu tá Lù Văn Tỉnh – Chỉ huy trưởng".
                break
            words.append(self.text[cursor:cursor + len(word)])
            cursor += len(word) + 1
        stop = pos + len(" ".join(words))
        return Token("NAME", pos, stop, words)
