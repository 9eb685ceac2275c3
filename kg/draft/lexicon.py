"""The words the rules look for, built from data/concepts.yaml and ontology/glossary.yaml.

Everything is matched on the folded text (see text.fold), so old and new tone
placement and diacritic typos ("Chi huy trưởng", "truởng") match the concept
they mean. Building a Lexicon compiles a few regular expressions; do it once
and draft many articles with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records.concepts import Concepts, Glossary
from .text import canonical, fold

# Roles that occur in the genre but may not be concepts yet. They are matched
# so that a post chain parses past them ("…, Trưởng đoàn kiểm tra; …"); a
# holding is only written when data/concepts.yaml defines the role.
EXTRA_ROLES = (
    "Trưởng đoàn", "Phó Trưởng đoàn", "Chính ủy", "Phó Chính ủy", "Phó Tư lệnh", "Phó Hiệu trưởng",
    "Phó Trưởng phòng", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Đại biểu Quốc hội", "Phó Tham mưu trưởng",
    "Trợ lý", "Phó Xã đội trưởng", "Phó Phường đội trưởng", "Phó Trưởng Công an", "Phó Chủ nhiệm",
    "Tổng Biên tập", "Phó Tổng Biên tập", "Chánh án", "Viện trưởng", "Phó Viện trưởng", "Thủ trưởng",
    "Bộ trưởng", "Thứ trưởng", "Phó Tổng Tham mưu trưởng", "Tổng Tham mưu trưởng",
    "Đội trưởng", "Trưởng thôn", "Tổ trưởng", "Thị đội trưởng", "Phó Thị đội trưởng", "Huyện đội trưởng",
    "Bí thư Chi bộ", "Thành viên", "Thủ tướng", "Phó Thủ tướng",
)
# Posts as district portals abbreviate them ("đ/c X - PCT UBND huyện"); matched as written, upper case.
ROLE_ABBREVIATIONS = {"CT": "Chủ tịch", "PCT": "Phó Chủ tịch", "PBT": "Phó Bí thư", "UVBTV": "Ủy viên Ban Thường vụ",
                      "CTV": "Chính trị viên", "PCHT": "Phó Chỉ huy trưởng", "Phó CHT": "Phó Chỉ huy trưởng",
                      "Ủy viên BTV": "Ủy viên Ban Thường vụ"}
# Deputy posts of a command written the military way, with "phó" after the post: the same role.
ROLE_VARIANTS = {"Chính trị viên phó": "Phó Chính trị viên", "Chỉ huy phó": "Phó Chỉ huy trưởng",
                 # the head of a command's department, named with it ("Chủ nhiệm Chính trị Bộ CHQS tỉnh")
                 "Chủ nhiệm Chính trị": "Chủ nhiệm", "Phó Chủ nhiệm Chính trị": "Phó Chủ nhiệm",
                 "Chủ nhiệm Hậu cần": "Chủ nhiệm", "Chủ nhiệm Kỹ thuật": "Chủ nhiệm",
                 "Chủ nhiệm Hậu cần - Kỹ thuật": "Chủ nhiệm"}
# Words between a role and its organisation that refine the role, not the organisation.
ROLE_MODIFIERS = ("Thường trực", "phụ trách", "kiêm nhiệm", "Thường vụ")

# Glossary terms whose English label names a body are organisation heads.
# Whole words: "Commander" is a post, not a body.
_ORG_EN = re.compile(r"\b(?:Committee|Council|Command|Board|Army|Guard|Front|Union|Association|[Pp]olice|"
                     r"Public Security|Region|armed forces|Party)\b", re.I)
_LOWER_BODIES = re.compile(r"armed forces|police", re.I)
# Heads that are written in lower case in prose as common nouns; they only
# count when something refers to them (a post, an award, an organiser).
WEAK_HEADS = {"luc luong vu trang", "cong an"}
_STOP = {"so", "cac", "cho", "va", "duoc", "da", "cua", "do", "tai", "nam", "sau", "nhung", "voi", "trong",
         "ty", "le", "ti", "mot", "theo", "the", "tren"}
HUMAN_UNITS = {"nguoi", "can bo", "dong chi", "d/c", "cong dan", "hoc sinh", "sinh vien", "chien si",
               "ca nhan", "quan nhan", "dan quan", "doan vien", "hoi vien", "thanh nien", "luot", "doi tuong"}


def key(text: str) -> str:
    """Matching key of a phrase: folded, lower case, single spaces."""
    return " ".join(fold(text).lower().split())


@dataclass
class Matcher:
    """Longest-first alternation of phrases; maps what matched back to an entry."""

    entries: dict[str, tuple[str | None, str]]  # key -> (concept id or None, label)
    case_sensitive_entries: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    # Phrases that fold to the same key ("Thứ trưởng" and "Thủ trưởng" both read "thu truong"): the real
    # text decides between them when it is given to match().
    homographs: dict[str, list[tuple[str | None, str]]] = field(default_factory=dict)

    def __post_init__(self):
        self.regex = _alternation(self.entries, re.I)
        self.exact = _alternation(self.case_sensitive_entries, 0, lower=False)

    def _passes(self):
        return ((self.regex, self.entries, True), (self.exact, self.case_sensitive_entries, False))

    def match(self, fold_text: str, pos: int, end: int | None = None, text: str | None = None):
        """(end, id, label) of the longest phrase starting at pos, or None; `text` is the real text."""
        end = len(fold_text) if end is None else end
        best = None
        for regex, entries, lower in self._passes():
            if regex is None:
                continue
            found = regex.match(fold_text, pos, end)
            if found and (best is None or found.end() > best[0]):
                matched = " ".join(found.group(0).split())
                concept, label = entries[matched.lower() if lower else matched]
                options = self.homographs.get(matched.lower()) if text is not None and lower else None
                if options:
                    written = canonical(text[found.start():found.end()])
                    concept, label = next(((c, l) for c, l in options if canonical(l) == written), (concept, label))
                best = (found.end(), concept, label)
        return best

    def finditer(self, fold_text: str, start: int, end: int):
        """(start, end, id, label) of every phrase in the span, left to right, not overlapping."""
        pos = start
        hits = []
        for regex, entries, lower in self._passes():
            if regex is None:
                continue
            for found in regex.finditer(fold_text, pos, end):
                text = " ".join(found.group(0).split())
                concept, label = entries[text.lower() if lower else text]
                hits.append((found.start(), found.end(), concept, label))
        hits.sort(key=lambda h: (h[0], -h[1]))
        kept, last_end = [], -1
        for hit in hits:
            if hit[0] >= last_end:
                kept.append(hit)
                last_end = hit[1]
        return kept


def _alternation(entries: dict, flags: int, lower: bool = True):
    if not entries:
        return None
    phrases = sorted(entries, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in phrases)
    return re.compile(r"(?<![A-Za-z0-9])(?:" + body + r")(?![A-Za-z0-9])", flags)


@dataclass(frozen=True)
class OrgHead:
    notation: str  # as in the glossary, e.g. "UBND"; "" for heads that are not abbreviations
    vi: str  # full Vietnamese name, e.g. "Ủy ban nhân dân"
    en: str
    type: str  # record organisation type
    weak: bool = False


@dataclass(frozen=True)
class Measure:
    id: str
    unit: str
    tokens: frozenset[str]
    unit_key: str = ""
    weights: tuple[tuple[str, float], ...] = ()  # (token, weight) with the weights of Lexicon.token_weight
    total: float = 1.0


class MeasureIndex:
    """The measures looked up from the other side, built once with the Lexicon: figures match every count of
    every article against the measures, so what can be worked out from the measures alone is done here.

    - `terms`: a written word -> the measure tokens it counts as (itself and, for an abbreviation, its words;
      see Lexicon.expand), only those some measure has. Words no measure uses are not there.
    - `by_unit`: a unit key -> positions in Lexicon.measures of the measures counted in that unit.
    """

    def __init__(self, measures: list[Measure], expansions: dict[str, list[str]]):
        by_unit: dict[str, list[int]] = {}
        for index, measure in enumerate(measures):
            by_unit.setdefault(measure.unit_key, []).append(index)
        self.by_unit = {unit: tuple(found) for unit, found in by_unit.items()}
        vocabulary = {token for measure in measures for token in measure.tokens}
        self.terms: dict[str, tuple[str, ...]] = {}
        for word in {*vocabulary, *expansions}:
            tokens = tuple(dict.fromkeys(t for t in [word, *expansions.get(word, ())] if t in vocabulary))
            if tokens:
                self.terms[word] = tokens


class Lexicon:
    """Patterns for roles, ranks, award types, movements, organisation heads and measures."""

    def __init__(self, concepts: Concepts, glossary: Glossary | None):
        self.concepts = concepts
        self.cache: dict = {}  # patterns other modules derive from the lexicon, built once (see tokens._trigger)
        self.notations = glossary.notations() if glossary else set()
        # canonical written form (vi, alt, notation) -> (form, English, notation), for naming things
        self.terms: dict[str, tuple[str, str, str]] = {}
        for term in (glossary.terms if glossary else []):
            for form in [term["vi"], *(term.get("alt") or []), term["notation"], *(term.get("alt_notation") or [])]:
                self.terms.setdefault(canonical(form), (form, term["en"], term["notation"]))
        # Lower-case terms of several words, which name what a body is for ("Ban Chỉ huy phòng, chống thiên tai
        # và tìm kiếm cứu nạn"), and their abbreviations with a dash ("Hội đồng GDQP-AN"): read whole.
        self.purposes = Matcher({key(form): (term["notation"], form) for term in (glossary.terms if glossary else [])
                                 if term["vi"][:1].islower()
                                 for form in [term["vi"], *(term.get("alt") or []), term["notation"],
                                              *(term.get("alt_notation") or [])]
                                 if " " in form or "-" in form or "–" in form})
        self.roles = self._roles(concepts, glossary)
        self.ranks = Matcher({key(c["vi"]): (cid, c["vi"]) for cid, c in concepts.ids("ranks").items()})
        self.awards = Matcher(self._award_entries(concepts))
        self.movements = Matcher({key(c["vi"]): (cid, c["vi"]) for cid, c in concepts.ids("movements").items()})
        self.org_heads, self.org_matcher = self._org_heads(glossary)
        # Abbreviations stand for their words when matching figures: "DQTV" counts as "dân quân tự vệ".
        self.expansions: dict[str, list[str]] = {}
        for term in (glossary.terms if glossary else []):
            words = re.findall(r"[a-z0-9/]+", key(term["vi"]))
            for notation in [term["notation"], *(term.get("alt_notation") or [])]:
                folded = key(notation)
                if re.fullmatch(r"[a-z0-9/]+", folded):
                    self.expansions[folded] = words
        measures = [self._measure(cid, c) for cid, c in sorted(concepts.ids("measures").items())]
        self.token_weight = self._weights(measures)
        self.measures = [Measure(m.id, m.unit, m.tokens, key(m.unit),
                                 tuple((t, self.token_weight[t]) for t in sorted(m.tokens)),
                                 sum(self.token_weight[t] for t in m.tokens) or 1.0) for m in measures]
        self.measure_index = MeasureIndex(self.measures, self.expansions)

    # -- builders ------------------------------------------------------------------
    def term_for(self, words: str) -> tuple[str, str, str] | None:
        return self.terms.get(canonical(words))

    @staticmethod
    def _roles(concepts: Concepts, glossary: Glossary | None) -> Matcher:
        entries: dict[str, tuple[str | None, str]] = {}
        homographs: dict[str, list] = {}
        pairs = [(cid, c["vi"]) for cid, c in concepts.ids("roles").items()]
        pairs += [(None, label) for label in EXTRA_ROLES if canonical(label) not in {canonical(l) for _, l in pairs}]
        concept_of = {canonical(label): concept for concept, label in pairs}
        pairs += [(concept_of.get(canonical(usual)), variant) for variant, usual in ROLE_VARIANTS.items()]
        for concept, label in pairs:
            folded = key(label)
            if folded in entries and canonical(entries[folded][1]) != canonical(label):
                homographs.setdefault(folded, [entries[folded]]).append((concept, label))
            entries.setdefault(folded, (concept, label))
        exact = {" ".join(fold(short).split()): entries[key(label)] for short, label in ROLE_ABBREVIATIONS.items()
                 if key(label) in entries}
        for term in (glossary.terms if glossary else []):
            found = entries.get(key(term["vi"]))
            if found:  # e.g. "CHT" = Chỉ huy trưởng
                for notation in [term["notation"], *(term.get("alt_notation") or [])]:
                    exact[" ".join(fold(notation).split())] = found
        return Matcher(entries, exact, homographs)

    @staticmethod
    def _award_entries(concepts: Concepts) -> dict:
        entries = {}
        for cid, concept in concepts.ids("award_types").items():
            entries[key(concept["vi"])] = (cid, concept["vi"])
            words = concept["vi"].split()
            # "danh hiệu Đơn vị tiên tiến" is also written "Đơn vị tiên tiến"; "danh hiệu thi đua" is not
            # shortened, because "thi đua" alone is any emulation.
            if words[:2] == ["danh", "hiệu"] and len(words) > 2 and words[2][:1].isupper():
                entries.setdefault(key(" ".join(words[2:])), (cid, concept["vi"]))
        return entries

    @staticmethod
    def _org_heads(glossary: Glossary | None):
        heads: dict[str, OrgHead] = {}
        entries, exact = {}, {}
        for term in (glossary.terms if glossary else []):
            # A body's full name is capitalised ("Ủy ban nhân dân"); "lực lượng vũ trang" and "công an" are
            # the exceptions. "chỉ huy – cơ quan" (command and staff) is an exercise type, not a body.
            if not _ORG_EN.search(term["en"]) or not (term["vi"][:1].isupper() or _LOWER_BODIES.search(term["en"])):
                continue
            head = OrgHead(term["notation"], term["vi"], term["en"], _org_type(term["en"]),
                           weak=key(term["vi"]) in WEAK_HEADS)
            heads[term["notation"]] = head
            for notation in [term["notation"], *(term.get("alt_notation") or []),
                             *_NOTATION_TYPOS.get(term["notation"], ())]:
                exact[" ".join(fold(notation).split())] = (term["notation"], notation)
            for full in [term["vi"], *(term.get("alt") or [])]:
                entries[key(full)] = (term["notation"], full)
        return heads, Matcher(entries, exact)

    def expand(self, words: list[str]) -> list[str]:
        out = []
        for word in words:
            out.append(word)
            out.extend(self.expansions.get(word, ()))
        return out

    def _measure(self, cid: str, concept) -> Measure:
        tokens = {t for t in self.expand(re.findall(r"[a-z0-9/]+", key(concept["vi"]))) if t not in _STOP}
        return Measure(cid, str(concept.get("unit") or ""), frozenset(tokens))

    @staticmethod
    def _weights(measures: list[Measure]) -> dict[str, float]:
        """Rarer tokens tell measures apart: weight 1/(number of measures using the token)."""
        counts: dict[str, int] = {}
        for measure in measures:
            for token in measure.tokens:
                counts[token] = counts.get(token, 0) + 1
        return {token: 1.0 / count for token, count in counts.items()}


# Letters swapped in a notation, as typed in a hurry ("Chủ tịch UNBD xã"); read as the notation.
_NOTATION_TYPOS = {"UBND": ("UNBD", "UBDN"), "HĐND": ("HĐDN",)}


def _org_type(en: str) -> str:
    if re.search(r"Party", en):
        return "PartyCommittee"
    if re.search(r"People's Committee|People's Council|[Pp]olice|Public Security", en):
        return "GovernmentBody"
    if re.search(r"Military|Army|Guard|Command|armed forces|Region", en, re.I):
        return "MilitaryUnit"
    return "Organization"
