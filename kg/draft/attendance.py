"""Who attended: the people and groups listed after "Dự Hội nghị có …", and people who act at the event.

The list runs from the trigger to the end of the sentence, across the
semicolons that separate attendees. Someone not in the list attended if the
article shows them acting there: in a photo caption, or followed by a verb
such as "phát biểu", "trình bày", "trao" in the same clause, or after an
opening such as "Phát biểu chỉ đạo hội nghị, đ/c …".
"""

from __future__ import annotations

import re

from .people import Mention
from .text import Doc, canonical

# "Dự Hội nghị có", "Tới dự và chỉ đạo hội nghị có", "với sự tham dự của", "Chủ trì hội nghị có" (folded
# text); "dự án", "dự kiến", "dự bị" … are not attendance.
_NOT_ATTEND = r"(?!\s+(?:an|kien|bao|thao|toan|tru|bi|phong|dinh)(?![A-Za-z]))"
TRIGGER = re.compile(
    r"(?<![A-Za-z])(?:(?:toi|den)\s+)?(?:tham\s+)?du" + _NOT_ATTEND +
    r"(?:\s+va\s+[a-z]+(?:\s+[a-z]+)?)?(?:\s+[A-Za-z]+){0,3}?\s+co(?![A-Za-z])"
    r"|(?<![A-Za-z])su\s+(?:tham\s+du|co\s+mat)\s+cua(?![A-Za-z])"
    r"|(?<![A-Za-z])chu\s+tri(?:\s+[A-Za-z]+){0,2}?\s+co(?![A-Za-z])", re.I)
_TRIGGER_WORDS = {"dự", "mặt", "trì"}
# Every TRIGGER match holds "du" and a space, "su tham"/"su co" or "chu tr". TRIGGER has no first letter the
# engine can skip ahead to, so it is tried at every character; this hint starts at a 'u', which the engine
# finds fast, and looks back for the rest (case spelled out as re.I reads it: 'ſ' is an 's'). A sentence
# without it has no trigger and is passed over cheaply.
_TRIGGER_HINT = re.compile(r"[uU](?:(?<=[dD][uU])\s|(?<=[sSſ][uU])\s+(?:[tT][hH][aA][mM]|[cC][oO])"
                           r"|(?<=[cC][hH][uU])\s+[tT][rR])")
ACTIONS = {canonical(w) for w in (
    "phát biểu|trao|tặng|trình bày|báo cáo|chủ trì|chỉ đạo|điều hành|kết luận|nhận xét|đánh giá|thông qua|"
    "quán triệt|tham luận|chia sẻ|nêu|ghi nhận|biểu dương|chỉ huy|làm|khai mạc|bế mạc|dự|tham dự|kiểm tra|"
    "giới thiệu|đọc|công bố|phát động|nhấn mạnh|khẳng định|yêu cầu|đề nghị|trực tiếp|tặng hoa|chúc mừng|"
    "đồng chủ trì|cùng dự").split("|")}
# Verbs that put everyone named before them in the clause at the event.
PRESENT = re.compile(r"(?<![A-Za-z])(?:dong\s+)?chu\s+tri(?![A-Za-z])|(?<![A-Za-z])(?:tham\s+)?du\s+(?:va\s+[a-z]+\s+)?"
                     r"(?:hoi\s+nghi|le|buoi)(?![A-Za-z])", re.I)
OPENERS = re.compile(r"^(?:phat bieu|nhan xet|ket luan|thay mat|chu tri|tai hoi nghi|dip nay|trao|khai mac|be mac)"
                     r"[^,;]{0,60},\s*$", re.I)


def list_scopes(doc: Doc) -> list[tuple[int, int, int]]:
    """(trigger start, list start, list end) of each attendee list in the body."""
    scopes = []
    for sentence in doc.sentences:
        if sentence.kind != "body" or not _TRIGGER_HINT.search(doc.fold, sentence.start, sentence.end):
            continue
        for match in TRIGGER.finditer(doc.fold, sentence.start, sentence.end):
            words = canonical(doc.text[match.start():match.end()]).split()
            if not any(w in _TRIGGER_WORDS for w in words):
                continue
            scopes.append((match.start(), match.end(), sentence.end))
    return scopes


def acts_at_event(doc: Doc, mention: Mention) -> bool:
    """Does the text show this person doing something at the event?"""
    sentence = mention.sentence
    if sentence is not None and sentence.kind == "caption":
        return True
    after = doc.text[mention.finish:min(mention.clause[1], mention.finish + 40)].strip(" \u00a0,–-")
    words = canonical(" ".join(after.split()[:3])).split()
    for size in (3, 2, 1):
        if len(words) >= size and " ".join(words[:size]) in ACTIONS:
            return True
    # "Đồng chí A – … và Thượng tá B – … đồng chủ trì hội nghị": the verb may come after the next person.
    if PRESENT.search(doc.fold, mention.finish, mention.clause[1]):
        return True
    return bool(OPENERS.match(doc.fold[mention.clause[0]:mention.begin]))
