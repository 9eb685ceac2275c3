"""Reported figures: a count in the body matched to a measure of data/concepts.yaml.

A number is matched by the words around it: the counted noun after it
("1.925 học sinh, sinh viên", "01 lớp", "64 cán bộ huấn luyện DQTV") and the
clause before it ("cử … đối tượng 2", "tập huấn do Bộ CHQS thành phố"). Each
word of a measure's label scores by how rare it is among measures, so
"đối tượng 2" tells the category-2 measure from the category-3 one. The unit
must fit (a person count, a class count, a percentage). A count that fits no
measure is skipped and reported, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import HUMAN_UNITS, Lexicon, Measure
from .numbers import Number, quantities_in
from .text import Doc

_WORD = re.compile(r"[a-z0-9/%]+")
_FOR = re.compile(r"(?<![a-z])cho\s+$")  # "01 lớp cho …": the next count says whom this one is for
_NOUN_END = re.compile(r"[;.]|,\s+(?:cu|to|tham|giao|huy|phoi|dat|hoan)\b")  # where a counted noun stops
_TAIL = re.compile(r"(?:\s+[^\s,;.:()]+){0,4}")
_LINK = re.compile(r"\s+(?:tham|dat|tai|cho|do|va|voi|trong|nham|duoc|so|tang|giam|cua)(?![a-z])")
THRESHOLD = 0.4  # share of a measure's (weighted) words that must be found around the number
MARGIN = 0.05  # and by how much the best measure must beat the next one
LOW_THRESHOLD, RATIO = 0.25, 2.5  # a weaker match is kept when it is far ahead of every other measure


@dataclass
class Figure:
    measure: str
    value: int | float
    number: Number
    score: float
    quote: tuple[int, int]
    year: int | None = None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _lowered(doc: Doc) -> str | None:
    """doc.fold in lower case, made once per article so that windows are read in place (no slice, no lower()
    for each window); None when lower() changes the length ('İ' becomes two letters) and offsets would not
    match, and each window is then sliced and lowered as it comes."""
    cache = doc.cache
    if "figure-lowered" not in cache:
        lowered = doc.fold.lower()
        cache["figure-lowered"] = lowered if len(lowered) == len(doc.fold) else None
    return cache["figure-lowered"]


def _words_between(lowered: str | None, doc: Doc, start: int, end: int) -> list[str]:
    """_words(doc.fold[start:end]): the word pattern has no look-around, so matching in place is the same."""
    if lowered is None:
        return _words(doc.fold[start:end])
    return _WORD.findall(lowered, start, end)


def _noun_end(lowered: str | None, doc: Doc, start: int, end: int) -> int:
    """Where the counted noun that starts at `start` stops (see _NOUN_END), at the latest `end`."""
    if lowered is None:
        found = _NOUN_END.search(doc.fold[start:end].lower())
        return start + found.start() if found else end
    found = _NOUN_END.search(lowered, start, end)  # it looks at nothing before the match: in place is the same
    return found.start() if found else end


def _units(number: Number, after: list[str]) -> set[str]:
    """The unit keys a number can have: '%', its counted noun (1–3 words), and 'nguoi' for any person noun."""
    if number.percent:
        return {"%"}
    units = {" ".join(after[:size]) for size in (1, 2, 3) if len(after) >= size}
    # A person noun is one of the first three words joined, that is one of the units just made.
    if not units.isdisjoint(HUMAN_UNITS):
        units.add("nguoi")
    return units


SENTENCE_WEIGHT = 0.3


def _sentence_words(lexicon: Lexicon, doc: Doc, sentence: tuple[int, int]) -> frozenset[str]:
    """The measure tokens among the words of the sentence (they count SENTENCE_WEIGHT), once per sentence."""
    cache = doc.cache.setdefault("figure-sentences", {})
    found = cache.get(sentence)
    if found is None:
        terms = lexicon.measure_index.terms
        words = _words_between(_lowered(doc), doc, sentence[0], sentence[1])
        found = cache[sentence] = frozenset(token for word in terms.keys() & words for token in terms[word])
    return found


def _context(lexicon: Lexicon, doc: Doc, number: Number, following: Number | None, clause: tuple[int, int],
             sentence: tuple[int, int]) -> dict[str, float]:
    """Measure tokens around a number with how much they say about it: its counted noun 1.0, its own words up
    to the next count 0.8, the clause before it 0.6, the clause after the next count 0.4 (the rest of the
    sentence counts SENTENCE_WEIGHT, see match_number). Words no measure has are left out: only the measures'
    tokens are looked up."""
    terms = lexicon.measure_index.terms
    lowered = _lowered(doc)
    weights: dict[str, float] = {}

    def add(words, weight):
        # Windows come strongest first, so the first weight a token gets is its highest.
        for word in terms.keys() & words:  # the few words some measure has, picked out in one step
            for token in terms[word]:
                weights.setdefault(token, weight)
    # The number's own words run to the next count; "đối tượng 4" in "… cho 106 đ/c đối tượng 4" is not a count.
    own_end = following.start if following else clause[1]
    add(_words_between(lowered, doc, number.end, _noun_end(lowered, doc, number.end, own_end))[:4], 1.0)
    add(_words_between(lowered, doc, number.end, own_end), 0.8)
    if following and _FOR.search(doc.fold[number.end:own_end].lower()):
        # "01 lớp cho 106 đ/c đối tượng 4": what the next count names is who this one is for.
        add(_words_between(lowered, doc, following.end, clause[1])[:4], 0.8)
    add(_words_between(lowered, doc, max(clause[0], number.start - 120), number.start)[-12:], 0.6)
    if following:
        add(_words_between(lowered, doc, following.start, clause[1]), 0.4)
    return weights


def match_number(lexicon: Lexicon, doc: Doc, number: Number, following: Number | None, clause: tuple[int, int],
                 sentence: tuple[int, int]) -> tuple[Measure, float] | None:
    units = _units(number, _words_between(_lowered(doc), doc, number.end, min(clause[1], number.end + 40))[:4])
    by_unit = lexicon.measure_index.by_unit
    fitting = [index for unit in units for index in by_unit.get(unit, ())]
    if not fitting:
        return None
    # How much each token says here: its weight in the context, else SENTENCE_WEIGHT anywhere in the sentence.
    near = dict.fromkeys(_sentence_words(lexicon, doc, sentence), SENTENCE_WEIGHT)
    near.update(_context(lexicon, doc, number, following, clause, sentence))
    measures = lexicon.measures
    scored = []
    for index in fitting:
        measure = measures[index]
        found = 0.0
        for token, weight in measure.weights:
            here = near.get(token)
            if here is not None:
                found += weight * here
        scored.append((found / measure.total, measure.id, measure))
    # Measure ids are unique, so the order of `fitting` does not change the sorted order.
    scored.sort(key=lambda s: (-s[0], s[1]))
    best = scored[0][0]
    second = scored[1][0] if len(scored) > 1 else 0.0
    # Either most of the label is there and it beats the rest, or less is there but nothing else comes close.
    if (best >= THRESHOLD and best - second >= MARGIN) or (best >= LOW_THRESHOLD and best >= RATIO * second):
        return scored[0][2], best
    return None


def figures_in(lexicon: Lexicon, doc: Doc, clause: tuple[int, int], sentence: tuple[int, int],
               skip: list[tuple[int, int]]):
    """(figures, unmatched quantities) of one clause; numbers inside `skip` spans (dates, awards) are ignored."""
    matched, unmatched = [], []
    quantities = quantities_in(doc.text, doc.fold, clause[0], clause[1])
    for index, number in enumerate(quantities):
        if any(s <= number.start < e for s, e in skip):
            continue
        following = quantities[index + 1] if index + 1 < len(quantities) else None
        found = match_number(lexicon, doc, number, following, clause, sentence)
        if found:
            matched.append(Figure(found[0].id, number.value, number, found[1], _quote(doc, number, clause)))
        else:
            unmatched.append(number)
    return matched, unmatched


# Verbs kept in a figure's quote, so it reads as a fact ("cử 01 đ/c đối tượng 2", "hoàn thành 100% chỉ tiêu").
_LEAD_VERBS = re.compile(r"(?:to chuc|tham gia|hoan thanh|huy dong|de ra|tap huan|giao duc|cu|dat|tang|giam|voi|cho|"
                         r"gom|co)\s+$", re.I)


def _quote(doc: Doc, number: Number, clause: tuple[int, int]) -> tuple[int, int]:
    """The verb before the number (if a known one), the number and its counted noun."""
    start = number.start
    lead = _LEAD_VERBS.search(doc.fold, max(clause[0], number.start - 14), number.start)
    if lead and (lead.start() == clause[0] or not doc.fold[lead.start() - 1].isalnum()):
        start = lead.start()
    tail = _TAIL.match(doc.fold[number.end:clause[1]])
    end = number.end + (tail.end() if tail else 0)
    cut = _LINK.search(doc.fold[number.end:end])
    if cut:
        end = number.end + cut.start()
    return start, end
