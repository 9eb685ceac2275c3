"""Record sections about what happened: photos, presentations, awards, figures (a mixin of assemble._Builder)."""

from __future__ import annotations

import re

from ..text import squash_spaces
from .awards import COUNT, UNKNOWN_AWARD, conferrals_in_clause, conferring_verbs, presentation_after
from .dates import dates_between
from .figures import figures_in
from .text import Doc


_YEAR_OPENING = re.compile(r"Nam\s+(\d{4})\s*,")
_TOGETHER = re.compile(r"\s+(?:va|cung)\s+", re.I)  # between two presenters of one award
_LISTED = re.compile(r"(?:cac\s+)?(?:ca\s+nhan|dong\s+chi)\s*:", re.I)  # "và các cá nhân: A, …; B, …"
_DIGIT = re.compile(r"\d")  # what every number (numbers.NUMBER) starts with
# Every conferral, conferring verb (awards.VERB) and unknown award type ("danh hiệu …") holds one of these.
_AWARD_HINTS = ("tang", "trao", "khen", "danh hieu")


class EventSections:
    def photos_and_presentations(self) -> tuple[list, list]:
        photos, presentations = [], []
        photo_of: dict[int, str] = {}
        people_in: dict[int, list] = {}  # id of a sentence -> people mentioned there, in order (one pass)
        for mention in self.mentions:
            if mention.person:
                people_in.setdefault(id(mention.sentence), []).append(mention.person)
        for sentence in self.doc.sentences:
            if sentence.kind != "caption":
                continue
            quoted = self.quote(sentence.start, sentence.end)
            if not quoted:
                continue
            photo_id = f"anh-{len(photos) + 1}"
            photo_of[sentence.index] = photo_id
            depicts = []
            for person in people_in.get(id(sentence), ()):
                if person.id not in depicts:
                    depicts.append(person.id)
            if self.event:
                depicts.append(self.event.id)
            photos.append({"id": photo_id, **({"depicts": depicts} if depicts else {}), **quoted})
            self.mark(sentence.start)
        presenting = [m for m in self.mentions if m.person is not None and m.sentence.kind in ("caption", "body")]
        after = {id(m): presentation_after(self.doc, self.lexicon, m.finish, m.clause[1]) for m in presenting}
        for mention, following in zip(presenting, presenting[1:] + [None]):
            found = after[id(mention)]
            if found is None and following is not None and following.clause == mention.clause and \
                    _TOGETHER.fullmatch(self.doc.fold, mention.finish, following.begin):
                found = after[id(following)]  # "Đồng chí X và Đại tá Y trao Bằng khen …": both present it
            if not found:
                continue
            start = mention.name_span[0] if mention.name_span else mention.begin
            quoted = self.quote(min(start, mention.begin), found.end)
            if not quoted:
                continue
            item = {"event": self.event.id} if self.event else {}
            item["presenter"] = mention.person.id
            posts = self.post_ids(mention)
            if posts:
                item["posts"] = posts
            item["award"] = found.award
            if found.recipients:
                item["recipients"] = {"vi": squash_spaces(found.recipients)}
            if mention.sentence.index in photo_of:
                item["photo"] = photo_of[mention.sentence.index]
            presentations.append({**item, **quoted})
            self.mark(mention.begin)
        return photos, presentations

    def count_listed(self, conferral, sentence, clause) -> None:
        """'… Giấy khen cho 02 tập thể … và các cá nhân: Trung úy Nguyễn Thành Nhân, …; Võ Thị Kim Oanh, …':
        individuals counted by naming them are the people named after the colon, to the end of the sentence."""
        listed = _LISTED.search(self.doc.fold, conferral.award_span[1], clause[1])
        if conferral.individuals is not None or not listed:
            return
        named = {m.person.id for m in self.mentions if m.sentence is sentence and m.person and m.name_span
                 and m.name_span[0] >= listed.end()}
        if named:
            conferral.individuals = len(named)
            conferral.end = max(conferral.end, listed.end() - 1)

    def awards(self) -> list:
        items, handed = [], []
        self.award_spans: list[tuple[int, int]] = []
        for sentence in self.doc.sentences:
            if sentence.kind != "body" or not _may_confer(self.doc, sentence):
                continue
            carried = None
            for clause in sentence.clauses:
                conferrals = conferrals_in_clause(self.doc, self.lexicon, clause[0], clause[1], self.orgs_in, carried,
                                                  self.orgs.command_of)
                carried = conferrals[-1].conferred_by if conferrals else None
                for conferral in conferrals:
                    self.count_listed(conferral, sentence, clause)
                known = [(c.award_span[0], c.award_span[1]) for c in conferrals]
                counts = list(COUNT.finditer(self.doc.fold, clause[0], clause[1]))
                if not conferrals and counts and conferring_verbs(self.doc, clause[0], clause[1]):
                    # "UBND phường khen thưởng 3 tập thể, 7 cá nhân": recipients counted, award type not named.
                    self.award_spans.extend((m.start(), m.end()) for m in counts)
                    if not UNKNOWN_AWARD.search(self.doc.fold, clause[0], clause[1]):
                        self.notes.append(f"award at line {sentence.line} names no award type of data/concepts.yaml "
                                          f"('{squash_spaces(self.doc.text[clause[0]:counts[-1].end()])}'); "
                                          "not recorded")
                if not conferrals and "danh hieu" not in self.doc.fold[clause[0]:clause[1]].lower():
                    continue
                for unknown in UNKNOWN_AWARD.finditer(self.doc.fold, clause[0], clause[1]):
                    if not any(s <= unknown.start() < e for s, e in known) and \
                            not self.lexicon.awards.match(self.doc.fold, unknown.start(), clause[1]):
                        self.notes.append(f"award type '{squash_spaces(self.doc.text[unknown.start():unknown.end()])}'"
                                          f" (line {sentence.line}) is not in data/concepts.yaml; not recorded")
                for conferral in conferrals:
                    self.award_spans.append((conferral.start, conferral.end))
                    if not self.event or conferral.conferred_by is None:
                        self.notes.append(f"award at line {sentence.line}: "
                                          f"{'no conferring body' if self.event else 'no main event'} recognised")
                        continue
                    quoted = self.quote(conferral.start, conferral.end)
                    if not quoted:
                        continue
                    item = {"event": self.event.id, "conferred_by": conferral.conferred_by.id,
                            "award": conferral.award}
                    if conferral.collectives is not None:
                        item["collectives"] = conferral.collectives
                    if conferral.individuals is not None:
                        item["individuals"] = conferral.individuals
                    if conferral.movement:
                        item["movement"] = conferral.movement
                    if conferral.on_behalf:  # kept only if no other sentence states this award of this body
                        handed.append({**item, **quoted})
                        continue
                    self.referenced.add(conferral.conferred_by.id)
                    items.append({**item, **quoted})
                    self.mark(conferral.start)
        stated = {(i["conferred_by"], i["award"]) for i in items}
        for item in handed:
            if (item["conferred_by"], item["award"]) not in stated:
                self.referenced.add(item["conferred_by"])
                items.append(item)
        return items

    def figures(self) -> list:
        chosen: dict[str, tuple] = {}
        unmatched = []
        reviews = self.event.reviews_year if self.event else None
        for sentence in self.doc.sentences:
            if sentence.kind != "body" or not _DIGIT.search(self.doc.fold, sentence.start, sentence.end):
                continue  # no number, no figure (and nothing to note)
            skip = [(d.start, d.end) for d in dates_between(self.doc, sentence.start, sentence.end, self.pub_date)]
            skip += [s for s in self.award_spans if sentence.start <= s[0] < sentence.end]
            if any(s <= sentence.start < e or sentence.start <= s < sentence.end for s, e in self.award_spans):
                skip += [(m.start(), m.end()) for m in COUNT.finditer(self.doc.fold, sentence.start, sentence.end)]
            year = _sentence_year(self.doc, sentence.start)
            for clause in sentence.clauses:
                if not _DIGIT.search(self.doc.fold, clause[0], clause[1]):
                    continue
                found, missed = figures_in(self.lexicon, self.doc, clause, (sentence.start, sentence.end), skip)
                for figure in found:
                    figure.year = year if year and year != reviews else None
                    if figure.measure not in chosen or figure.score > chosen[figure.measure][0].score:
                        chosen[figure.measure] = (figure, sentence)
                unmatched += [(n, sentence) for n in missed]
        items = []
        for figure, sentence in sorted(chosen.values(), key=lambda f: f[0].number.start):
            quoted = self.quote(*figure.quote)
            if not quoted:
                continue
            item = {"measure": figure.measure, "value": figure.value}
            if figure.year:
                item["year"] = figure.year
            items.append({**item, **quoted})
            self.mark(sentence.start)
        for number, sentence in unmatched:
            after = squash_spaces(self.doc.text[number.end:sentence.end])
            words = re.split(r"[,;.]", after)[0].split(" ")[:4]  # the counted noun, up to the next stop
            snippet = " ".join([number.text.strip(), *words]).strip()
            self.notes.append(f"count '{snippet}' (line {sentence.line}) matches no measure in data/concepts.yaml; "
                              "not recorded")
        return items

    # -- entities ---------------------------------------------------------------------------


def _sentence_year(doc: Doc, start: int) -> int | None:
    """'Năm 2020, LLVT quận đề ra …': the year a sentence is about, when it opens with one."""
    found = _YEAR_OPENING.match(doc.fold, start, start + 12)
    return int(found.group(1)) if found else None


def _may_confer(doc: Doc, sentence) -> bool:
    """False when no clause of the sentence can state an award: awards() would find nothing there and note
    nothing. (Lower case is taken letter by letter, so a clause's hint is also in its sentence's.)"""
    lower = doc.fold[sentence.start:sentence.end].lower()
    return any(hint in lower for hint in _AWARD_HINTS)
