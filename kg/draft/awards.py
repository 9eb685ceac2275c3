"""Award conferrals ("UBND quận tặng Giấy khen cho 04 tập thể và 10 cá nhân") and presentations
("Đ/c X – … trao Giấy khen cho các tập thể, cá nhân", usually a photo caption).

A conferral needs a body that confers, an award type from data/concepts.yaml
and counts of collectives and/or individuals. One body may confer two types
in one clause ("… Đơn vị tiên tiến cho 04 tập thể và danh hiệu Chiến sĩ
tiên tiến cho 09 cá nhân"): each type takes the counts that follow it.
"Bằng khen của Bộ CHQS thành phố" names the conferring body after the award.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon
from .numbers import parse_number
from .orgs import Org
from .text import Doc, canonical

# Recipients are counted as collectives (tập thể, đơn vị, cơ quan, thôn) or individuals (cá nhân, and people
# named by what they are: "05 đồng chí (đ/c) dân quân", "12 học sinh", "06 học viên"). The check on the
# character before a count comes after its first digit, so the engine skips ahead to digits.
COUNT = re.compile(r"(\d(?<![\w.,]\d)(?:\d{0,2}(?:\.\d{3})+|\d*))\s+(tap\s+the|ca\s+nhan|don\s+vi|luot\s+tap\s+the|thon|"
                   r"khu\s+pho|to\s+dan\s+pho|"
                   r"co\s+quan|to\s+chuc\s+co\s+so\s+dang|chi\s+bo|dang\s+bo|dong\s+chi|d/c|d\.c|can\s+bo|chien\s+si|"
                   r"quan\s+nhan|hoc\s+sinh|hoc\s+vien|van\s+dong\s+vien|tan\s+binh|doan\s+vien|hoi\s+vien|dang\s+vien|"
                   r"dan\s+quan|nguoi)(?![A-Za-z])", re.I)
# Compared without diacritics ("03 tâp thể" is a typo). A party's awards go to its organisations and members.
_COLLECTIVES = {"tap the", "don vi", "luot tap the", "co quan", "to chuc co so dang", "chi bo", "dang bo", "thon",
                "khu pho", "to dan pho"}  # villages and quarters are collectives too ("cho 03 thôn và 05 cá nhân")
VERB = re.compile(r"(?<![A-Za-z])(?:trao\s+tang|tang\s+thuong|khen\s+thuong|tang|trao|cong\s+nhan)(?![A-Za-z])", re.I)
# "công nhận danh hiệu Chiến sĩ tiên tiến cho 17 đồng chí": a title is conferred by recognising it.
_VERBS = {"trao tặng", "tặng thưởng", "khen thưởng", "tặng", "trao", "công nhận"}
ANOTHER_AWARD = re.compile(r"(?<![A-Za-z])(?:danh\s+hieu|Giay\s+khen|Bang\s+khen|Co\s+thi\s+dua|Huan\s+chuong|"
                           r"Huy\s+chuong|Ky\s+niem\s+chuong)(?![A-Za-z])", re.I)
UNKNOWN_AWARD = re.compile(r"(?<![A-Za-z])danh\s+hieu\s+[A-Z][a-z]*(?:\s+[a-zA-Z]+){0,3}?(?=\s+cho\b)", re.I)
OF_ORG = re.compile(r"\s+cua\s+", re.I)
_TO = re.compile(r"(?<![A-Za-z])cho\s+", re.I)  # "… trao Giấy khen cho …"
# "Huân chương Bảo vệ Tổ quốc hạng Ba cho …"; not past "của" ("Cờ thi đua của Bộ Quốc phòng cho …" is someone
# handing over a body's award).
_TO_AFTER_NAME = re.compile(r"(?:\s+(?!cua(?![A-Za-z]))[^\s,;.:()]+){0,6}?\s+cho\s+", re.I)
_ON_BEHALF = re.compile(r"(?:thua\s+)?uy\s+quyen\s+cua\s+$", re.I)  # "thừa ủy quyền của Chủ tịch nước"
_COMMANDER = re.compile(r"(?:Tu\s+lenh|Chinh\s+uy)\s+$")  # right before "Quân khu 4"
_PASSIVE = re.compile(r"(?<![A-Za-z])duoc(?![A-Za-z])", re.I)
_PASSIVE_AFTER_BODY = re.compile(r"\s+(?:(?:vinh\s+du|da|cung)\s+)?duoc(?![A-Za-z])", re.I)
_RECIPIENTS_END = re.compile(r"[.;]|\s+(?:Anh|anh)\s*:|\(")
# A unit that is no body of the glossary, named as the one recipient: "cho Trung đội dân quân cơ động xã Sông
# Trầu", "cho Chi bộ Quân sự xã". Its name runs to the end of the clause or to what follows a name.
_UNIT_RECIPIENT = re.compile(r"(?:Trung|Dai|Tieu|Khau)\s+doi|(?:Tieu|Hai)\s+doan|Chi\s+(?:bo|doan|hoi)|Dang\s+bo|"
                             r"Luc\s+luong\s+vu\s+trang(?![A-Za-z])")
_NEXT_RECIPIENT = re.compile(r"\s*,\s*|\s+va\s+")
_UNIT_NAME_END = re.compile(r"\s*[,;.:(]|\s+(?:va|vi|co|da|do|nhan|trong|tai)(?![A-Za-z])")


@dataclass(frozen=True)
class _Unit:
    end: int


@dataclass
class Conferral:
    award: str
    conferred_by: Org | None
    collectives: int | None
    individuals: int | None
    movement: str | None
    start: int
    end: int
    award_span: tuple[int, int]
    notes: tuple[str, ...] = ()
    on_behalf: bool = False  # "thừa ủy quyền của Chủ tịch nước, X trao …": the only statement of it, if no other


def conferring_verbs(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of "tặng", "trao", "khen thưởng" …; not "tăng" (to increase), which folds the same."""
    return [(m.start(), m.end()) for m in VERB.finditer(doc.fold, start, end)
            if canonical(doc.text[m.start():m.end()]) in _VERBS]


def conferrals_in_clause(doc: Doc, lexicon: Lexicon, start: int, end: int, orgs_in,
                         carried: Org | None = None, command_of=None) -> list[Conferral]:
    """Conferrals stated in one clause; orgs_in(start, end) lists organisation mentions there. `carried`
    is the body of the clause before in the same sentence: "Bộ Tư lệnh Quân khu 3 tặng Cờ thi đua cho 03
    tập thể; Bằng khen cho 12 tập thể, 25 cá nhân" confers both, with one verb. `command_of` (Orgs.command_of)
    turns a region into its command when its commander confers: "Tư lệnh Quân khu 4 tặng Bằng khen"."""
    lower = doc.fold[start:end].lower()
    if "tang" not in lower and "trao" not in lower and "khen" not in lower and "cong nhan" not in lower and \
            carried is None:
        return []  # no verb of conferring: most clauses stop here, cheaply
    hits = lexicon.awards.finditer(doc.fold, start, end)
    verbs = conferring_verbs(doc, start, end)
    if not hits or not (verbs or (carried is not None and not doc.fold[start:hits[0][0]].strip(" ;,"))):
        return []
    mentions = orgs_in(start, end)
    movement = lexicon.movements.finditer(doc.fold, start, end)
    found: list[Conferral] = []
    for index, (a_start, a_end, award, _label) in enumerate(hits):
        limit = hits[index + 1][0] if index + 1 < len(hits) else end
        other = ANOTHER_AWARD.search(doc.fold, a_end, limit)  # an award type we do not know ends our counts
        if other:
            limit = other.start()
        counts = list(COUNT.finditer(doc.fold, a_end, limit))
        previous = hits[index - 1][1] if index else start
        # One body named as the recipient, alone or before counted people ("cho Ban CHQS xã X và 05 cá nhân").
        counted_bodies = any(" ".join(c.group(2).lower().split()) in _COLLECTIVES for c in counts)
        named = None if counted_bodies else _named_recipient(doc, mentions, previous, a_start, a_end, limit)
        if not counts and named is None:  # passive: "05 tập thể được UBND quận tặng Giấy khen"
            counts = list(COUNT.finditer(doc.fold, previous, a_start))
            if not counts or not _PASSIVE.search(doc.fold, counts[-1].end(), a_start):
                continue
        collectives = individuals = None
        if named is not None:  # a collective of one, or a list of named bodies
            collectives, named_end = _named_list(doc, mentions, named.end, limit)
        for count in counts:
            value = int(parse_number(count.group(1)))
            what = " ".join(count.group(2).lower().split())
            if what in _COLLECTIVES:
                collectives = (collectives or 0) + value
            else:
                individuals = (individuals or 0) + value
        # The body: "của ORG" right after the award, else the last organisation before the verb.
        giver, on_behalf = None, False
        of = OF_ORG.match(doc.fold, a_end, limit)
        if of:
            giver = next((m.orgs[0] for m in mentions if m.start == of.end() and m.orgs), None)
        if giver is None:
            verb_before = [v for v in verbs if v[1] <= a_start]
            edge = verb_before[-1][0] if verb_before else a_start
            before = [m for m in mentions if m.end <= edge and m.orgs and m.start >= (hits[index - 1][1] if index
                                                                                      else start)]
            giver = before[-1].orgs[-1] if before else None
            on_behalf = bool(before) and bool(_ON_BEHALF.search(doc.fold, max(start, before[-1].start - 24),
                                                                before[-1].start))
            if named is not None and (giver is None or doc.fold[before[-1].end:edge].strip()) and not on_behalf:
                continue  # someone presenting an award in a body's name ("Đại tá X trao Giấy khen cho …")
            if giver is not None and command_of and _COMMANDER.search(doc.fold, max(start, before[-1].start - 24),
                                                                     before[-1].start):
                giver = command_of(giver)
        if giver is None and found:
            giver = found[-1].conferred_by  # "… và danh hiệu Chiến sĩ tiên tiến cho 09 cá nhân": same body
        if giver is None and not verbs:
            giver = carried
        first = min([a_start] + [m.start for m in mentions if m.orgs and giver in m.orgs and m.start < a_start
                                 and m.start >= (hits[index - 1][1] if index else start)])
        last = max([a_end] + [c.end() for c in counts[-1:]] + ([named_end] if named else []))
        moved = None
        for m_start, m_end, m_id, _ in movement:
            if a_start <= m_start < limit:
                moved, last = m_id, max(last, m_end)
                break
        found.append(Conferral(award, giver, collectives, individuals, moved, first, last, (a_start, a_end),
                               on_behalf=on_behalf))
    return found


def _named_list(doc: Doc, mentions, end: int, limit: int) -> tuple[int, int]:
    """How many bodies are named in a row from the first recipient's end, and where the last ends: "cho Ban
    CHQS xã Kim Lư, Ban CHQS thị trấn Yến Lạc và 03 cá nhân" names two."""
    count = 1
    while (joint := _NEXT_RECIPIENT.match(doc.fold, end, limit)) and (
            body := next((m for m in mentions if m.start == joint.end() and m.orgs), None)):
        count, end = count + 1, body.end
    return count, end


def _named_recipient(doc: Doc, mentions, previous: int, a_start: int, a_end: int, limit: int):
    """The one body an award goes to, named instead of counted: "tặng Cờ thi đua cho Ban CHQS huyện Quảng
    Xương", "trao Huân chương Bảo vệ Tổ quốc hạng Ba cho Ban CHQS huyện" (the award's own name between), or
    before a passive verb: "LLVT huyện Can Lộc vinh dự được Chủ tịch nước tặng Huân chương"."""
    to = _TO_AFTER_NAME.match(doc.fold, a_end, limit)
    if to:
        body = next((m for m in mentions if m.start == to.end() and m.orgs), None)
        if body is None and _UNIT_RECIPIENT.match(doc.fold, to.end(), limit):
            stop = _UNIT_NAME_END.search(doc.fold, to.end(), limit)
            return _Unit(stop.start() if stop else limit)
        return body
    for mention in mentions:
        if previous <= mention.start and mention.end <= a_start and mention.orgs and \
                _PASSIVE_AFTER_BODY.match(doc.fold, mention.end, a_start):
            return mention
    return None


@dataclass
class Presentation:
    award: str
    recipients: str | None
    start: int  # from the presenter's name
    end: int
    award_span: tuple[int, int]


def presentation_after(doc: Doc, lexicon: Lexicon, pos: int, end: int) -> Presentation | None:
    """'… trao Giấy khen cho các tập thể, cá nhân' right after a person mention (pos = end of the mention)."""
    after = doc.fold[pos:end]
    verb = VERB.match(doc.fold, pos + len(after) - len(after.lstrip()), end)
    if not verb or canonical(doc.text[verb.start():verb.end()]) not in ("trao", "trao tặng", "tặng"):
        return None
    gap = doc.fold[verb.end():end]
    offset = verb.end() + len(gap) - len(gap.lstrip())
    hit = lexicon.awards.match(doc.fold, offset, end)
    if not hit:
        return None
    a_end, award, _ = hit
    recipients = None
    stop = a_end
    to = _TO.search(doc.fold[a_end:end])
    if to:
        r_start = a_end + to.end()
        r_end = end
        cut = _RECIPIENTS_END.search(doc.fold[r_start:end])
        if cut:
            r_end = r_start + cut.start()
        recipients = doc.text[r_start:r_end].strip(" ,.\u00a0")
        stop = r_start + len(doc.text[r_start:r_end].rstrip(" ,.\u00a0"))
    return Presentation(award, recipients or None, pos, stop, (offset, a_end))
