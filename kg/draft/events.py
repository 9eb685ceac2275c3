"""The main event: what was held ("tổ chức Hội nghị tổng kết …"), when, by whom, and its series.

The event date comes from the sentence that reports the event, never from
the dateline (that is the publication date). A conference that reviews a
year ("tổng kết … năm 2019") belongs to its organiser's annual series; the
series id is built from the organiser's place and the topic so that the same
conference in other years gets the same id.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .dates import DateMention, dates_between
from .orgs import Org
from .places import Place
from .text import Doc, Sentence, canonical, search_key, slugify

EVENT_NOUN = re.compile(r"(?<![A-Za-z])([Hh]oi\s+nghi|[Hh]oi\s+thao|[Hh]oi\s+thi|[Dd]ai\s+hoi|[Tt]oa\s+dam|[Ll]e|"
                        r"[Dd]ien\s+tap|[Cc]huong\s+trinh|[Gg]iai)(?![A-Za-z])")
_NOUNS = {"hội nghị": ("Conference", "conference"), "hội thảo": ("Conference", "workshop"),
          "tọa đàm": ("Conference", "discussion"), "toạ đàm": ("Conference", "discussion"),
          "đại hội": ("Conference", "congress"), "hội thi": ("Event", "contest"),
          "hội thao": ("Event", "military sports event"), "lễ": ("Event", "ceremony"),
          "diễn tập": ("Event", "exercise"), "kiểm tra": ("Event", "inspection"), "act": ("Event", "event")}
EVENT_NOUNS = tuple(noun for noun in _NOUNS if noun != "act")  # for str.startswith
ORGANISE = re.compile(r"(?<![A-Za-z])(?:[Tt]o\s+chuc|[Kk]hai\s+mac|[Dd]ien\s+ra|[Tt]ien\s+hanh|[Tt]ong\s+ket|"
                      r"[Ss]o\s+ket)(?![A-Za-z])")
_ORGANISE_ACT = re.compile(r"(?<![A-Za-z])[Tt]o\s+chuc\s+(?:thanh\s+cong\s+)?([a-z]+\s+[a-z]+)(?![A-Za-z])")
_SUBJECT_ACT = re.compile(r"\s+(?!(?:phoi\s+hop|va|cung|da|cua|tai|voi|la|do|ve|cho|trong)\s)([a-z]+\s+[a-z]+)(?![A-Za-z])")
# What "tổ chức" is followed by when it is no act: "tổ chức thực hiện", "tổ chức cơ sở đảng", "tổ chức, cá nhân".
_NOT_ACTS = ("thuc hien", "co so", "ca nhan", "dang ", "tot ", "chinh tri", "lai ", "cho ", "va ", "cua ")
# An act that is a ceremony of its own when organised ("tổ chức khai giảng lớp …" is the Lễ khai giảng).
_CEREMONY_ACT = re.compile(r"\s+((?:khai|be)\s+giang|be\s+mac|ra\s+quan|ra\s+mat|ban\s+giao|phat\s+dong)(?![A-Za-z])")
_TEAM = re.compile(r"(?<![A-Za-z])Doan\s+kiem\s+tra(?![A-Za-z])", re.I)
_INSPECTS = re.compile(r"(?<![A-Za-z])(kiem\s+tra)\s+(?:toan\s+dien\s+)?(?=cong\s+tac|ket\s+qua|viec)", re.I)
_ACT_AS_VERB = re.compile(r"(?<![A-Za-z])(?:(?:khai|be)\s+giang\s+(?=lop|khoa)|ra\s+quan\s+huan\s+luyen)")
# Where the event's name stops: end of clause, or a word that starts what follows it.
# A capitalised word after a comma starts the next thing ("…năm 2023, Đảng ủy xã tổ chức"); an
# abbreviation does not ("quân sự, QPĐP").
_PHRASE_END = re.compile(r"[.;:]|,\s+(?:du|voi|nham|co|tai|tu|trong)\b|,\s+(?-i:[A-Z][a-z])|"
                         r"\s+(?:nham|voi su|tai|duoi su|co su|voi tinh huong|voi (?:cac )?noi dung)\b|"
                         r"\s+theo\s+(?:ke\s+hoach|quyet\s+dinh|chi\s+thi|nghi\s+quyet|huong\s+dan|cong\s+van)\b", re.I)
_BRACKETS = re.compile(r"\([^()]*\)")
# What a drill is against, inside its name: cut, up to the year that may follow it.
_SCENARIO = re.compile(r"\s+(?:ứng phó|ứng phó với)\s.*?(?=\s+năm \d{4}|$)", re.I)
_PLAN_WORDS = re.compile(r"(?<![a-z])(?:nhiem vu|phuong huong|ke hoach|chi tieu|trien khai)(?![a-z])")
# Topics with a short code and English; keys are search keys with punctuation removed.
TOPICS = (
    ("quan su quoc phong", "qsqp", "local military and defence work"),
    ("quoc phong quan su", "qsqp", "local military and defence work"),
    ("khu vuc phong thu", "kvpt", "defensive area"),
    ("tuyen quan", "tuyen-quan", "conscription"),
    ("goi cong dan nhap ngu", "tuyen-quan", "conscription"),
    ("dan quan tu ve", "dqtv", "militia and self-defence work"),
    ("giao duc quoc phong", "gdqp-an", "defence and security education"),
    ("phong chong thien tai", "pctt-tkcn", "disaster prevention and search and rescue"),
    ("chien dau phong thu", "chien-dau-phong-thu", "defensive combat"),
    ("kien thuc quoc phong", "boi-duong-qpan", "defence and security knowledge course"),
    ("huan luyen", "huan-luyen", "training"),
)
# The ceremonies an organised act stands for (see _CEREMONY_ACT), in English.
_ACTS_EN = {"khai giảng": "opening ceremony", "bế giảng": "closing ceremony", "bế mạc": "closing ceremony",
            "ra quân": "launch ceremony",
            "ra mắt": "launch ceremony", "bàn giao": "handover ceremony", "phát động": "launch ceremony"}


@dataclass
class MainEvent:
    id: str
    type: str
    vi: str
    en: str
    date: dt.date
    end_date: dt.date | None
    organizers: list[Org]
    location: Place | None
    reviews_year: int | None
    plans_year: int | None
    quote: tuple[int, int]
    sentence: Sentence | None
    date_from_dateline: bool = False
    series: dict | None = None
    en_core: str = ""  # the English name without its place: "conference reviewing … of 2019"
    noun: str = ""  # canonical event noun: "hội nghị", "diễn tập"
    phrase: str = ""  # the event's name as written: "diễn tập khu vực phòng thủ (KVPT) quận năm 2021"
    notes: list[str] = field(default_factory=list)


def _topic(phrase: str) -> tuple[str, str] | None:
    flat = " ".join(re.sub(r"[^a-z0-9 ]", " ", search_key(phrase)).split())
    for needle, code, en in TOPICS:
        if needle in flat:
            return code, en
    return None


_OPEN_CLOSE = re.compile(r"(?<![A-Za-z])(be\s+mac|khai\s+mac|be\s+giang|khai\s+giang)(?![A-Za-z])", re.I)


def _ceremony_of_headline(doc: Doc, headline, candidates, found, published: dt.date | None):
    """'Bế mạc Hội thao …' over 'Từ ngày 09 đến 11/5, … tổ chức Hội thao …. Chiều 11/5, … tổ chức lễ bế mạc …':
    the article reports the opening or closing ceremony its headline names, when the body holds it in a
    dated sentence of its own. Returns the event found and, when it is such a ceremony, the name of what it
    opens or closes."""
    act = _OPEN_CLOSE.search(doc.fold, *headline) if headline else None
    if act is None:
        return found, ""
    wanted = " ".join(act.group(1).lower().split())

    def names_act(start: int, end: int) -> bool:
        return any(" ".join(m.group(1).lower().split()) == wanted for m in _OPEN_CLOSE.finditer(doc.fold, start, end))

    sentence, _start, _end, (noun_start, _noun, phrase_end, _verb) = found
    if sentence is None or sentence.kind != "body" or names_act(noun_start, phrase_end):
        return found, ""
    for other, (start, end) in candidates:
        if other is None or other.kind != "body" or other.index <= sentence.index:
            continue
        phrase = find_event_phrase(doc, start, end)
        if phrase and names_act(phrase[0], phrase[2]) and dates_between(doc, other.start, other.end, published):
            # the ceremony, and what it opens or closes ("lễ bế mạc và trao giải" + "Hội thao … năm 2023")
            return (other, start, end, phrase), doc.text[noun_start:phrase_end].strip(" ,\u00a0")
    return found, ""


def _in_brackets(text: str, start: int, date: DateMention) -> bool:
    """Is the date inside a bracket opened after `start`?"""
    return text.rfind("(", start, date.start) > text.rfind(")", start, date.start) and ")" in text[date.end:date.end + 40]


def find_event_phrase(doc: Doc, start: int, end: int):
    """(noun start, noun canonical, phrase end, verb start) of the first event noun after an organising verb."""
    for verb in ORGANISE.finditer(doc.fold, start, end):
        before = doc.fold[max(start, verb.start() - 12):verb.start()].lower()
        if before.endswith(("ve ", " ban ", "chi dao ")) or before == "ban ":
            # "Kế hoạch … về tổ chức diễn tập …": a document's title; "Ban Tổ chức", "Ban Chỉ đạo tổng kết …": a
            # board's name, no verb
            continue
        act = _CEREMONY_ACT.match(doc.fold, verb.end(), end)
        if act:  # "tổ chức khai giảng lớp bồi dưỡng …": the opening ceremony of the course
            return act.start(1), "lễ-implicit", _phrase_end(doc, act.end(), end), verb.start()
        noun = EVENT_NOUN.search(doc.fold, verb.start(), min(end, verb.end() + 40))
        if noun and canonical(doc.text[noun.start():noun.end()]) in _NOUNS:
            return (noun.start(), canonical(doc.text[noun.start():noun.end()]), _phrase_end(doc, noun.end(), end),
                    verb.start())
        if canonical(doc.text[verb.start():verb.end()]) in ("tổng kết", "sơ kết"):
            return verb.start(), "hội nghị-implicit", _phrase_end(doc, verb.end(), end), verb.start()
    act = _ACT_AS_VERB.search(doc.fold, start, end)
    if act:  # "Trường Quân sự tỉnh khai giảng lớp bồi dưỡng …": the act is the verb
        return act.start(), "lễ-implicit", _phrase_end(doc, act.end(), end), act.start()
    sentence = doc.sentence_at(start)  # the team is named clauses before its verb
    team = _TEAM.search(doc.fold, sentence.start if sentence else start, end)
    inspects = _INSPECTS.search(doc.fold, max(start, team.end()), end) if team else None
    if inspects:  # "Đoàn kiểm tra của Bộ CHQS tỉnh do … làm Trưởng đoàn đã kiểm tra toàn diện công tác …"
        return inspects.start(1), "kiểm tra", _phrase_end(doc, inspects.end(), end), inspects.start(1)
    return None


def _organised_act(doc: Doc, start: int, end: int):
    """'Bộ CHQS tỉnh tổ chức gặp mặt cán bộ hưu trí …': an organised act the genre has no noun for is the event
    (read only when no clause of the lead names one the genre has)."""
    for verb in _ORGANISE_ACT.finditer(doc.fold, start, end):
        act = verb.group(1).lower()
        if doc.text[verb.start(1)].islower() and not act.startswith(_NOT_ACTS):
            return verb.start(1), "act", _phrase_end(doc, verb.end(1), end), verb.start()
    return None


def _act_of_subject(doc: Doc, start: int, end: int, mentions, published: dt.date | None):
    """'Chiều 11/12, Đảng ủy, Bộ Chỉ huy Quân sự thành phố tuyên dương gương điển hình …', 'Ban CHQS huyện phối
    hợp với Hội đồng NVQS huyện gặp mặt, tặng quà …': in a dated clause, the act right after the organisers."""
    if not mentions or not any(not d.document for d in dates_between(doc, start, end, published)):
        return None
    for mention in mentions:
        if not mention.orgs:
            continue
        act = _SUBJECT_ACT.match(doc.fold, mention.end, end)
        if act and doc.text[act.start(1)].islower() and not act.group(1).lower().startswith(_NOT_ACTS):
            return act.start(1), "act", _phrase_end(doc, act.end(1), end), act.start(1)
    return None


def _phrase_end(doc: Doc, pos: int, end: int) -> int:
    limit = end
    for stop in _PHRASE_END.finditer(doc.fold, pos, end):
        if stop.group(0).lower().endswith("tai") and not doc.text[stop.end() - 3:stop.end()].lower() == "tại":
            continue  # "phòng, chống thiên tai" (disaster) folds like "tại" (at)
        limit = stop.start()
        break
    return min(limit, pos + 220)


def main_event(doc: Doc, headline: tuple[int, int] | None, published: dt.date | None, org_mentions_in,
               home: Place | None, communes_in=lambda start, end: []) -> MainEvent | None:
    """Find the event the article reports; org_mentions_in(start, end) lists organisation mentions,
    communes_in(start, end) the communes and wards named there."""
    body = [s for s in doc.sentences if s.kind == "body"][:6]
    candidates = [(s, c) for s in body for c in s.clauses]
    if headline:
        candidates.append((next((s for s in doc.sentences if s.kind == "headline"), None), headline))
    found = None

    def act_of_subject(doc: Doc, start: int, end: int):
        return _act_of_subject(doc, start, end, org_mentions_in(start, end), published)

    # An event the genre names first, then any act an organiser holds, then the act of the lead's subject.
    for finder in (find_event_phrase, _organised_act, act_of_subject):
        for sentence, (start, end) in candidates:
            phrase = finder(doc, start, end)
            if phrase:
                found = (sentence, start, end, phrase)
                break
        if found:
            break
    if found is None:
        return None
    found, closes = _ceremony_of_headline(doc, headline, candidates, found, published)
    sentence, clause_start, clause_end, (noun_start, noun, phrase_end, verb_start) = found
    phrase = doc.text[noun_start:phrase_end].strip(" ,\u00a0")
    if closes and canonical(closes) not in canonical(phrase):
        phrase = f"{phrase} {closes}"
    phrase = _SCENARIO.sub("", phrase)  # "diễn tập phòng thủ dân sự ứng phó với bão mạnh … năm 2025": its year stays
    if noun == "hội nghị-implicit":
        noun, phrase = "hội nghị", "Hội nghị " + phrase
    kind_slug = slugify(noun)
    if noun == "act":  # "tổ chức gặp mặt cán bộ hưu trí …": the act is the event's name
        act = canonical(" ".join(phrase.split()[:2]))
        noun, phrase, kind_slug = "act", phrase[:1].upper() + phrase[1:], slugify(act)
    if noun == "lễ-implicit":
        act = canonical(" ".join(phrase.split()[:2]))
        noun, phrase, kind_slug = "lễ", "Lễ " + phrase[:1].lower() + phrase[1:], slugify(f"lễ {act}")
    etype, kind_en = _NOUNS[noun]
    if kind_slug != slugify(noun):
        kind_en = _ACTS_EN.get(act, kind_en)
    # The date: in the sentence that reports the event, else the first in the lead paragraph.
    reference = published

    def event_dates(start: int, end: int) -> list[DateMention]:
        # Not a document's date, nor one long before the page; not one in brackets when another is outside them
        # ("Chào mừng kỷ niệm 81 năm … (22/12/1944 - 22/12/2025), sáng 19/12/2025, …")
        found = [d for d in dates_between(doc, start, end, reference) if not d.document and not (
            reference and (reference - d.date).days > 400)]
        outside = [d for d in found if not _in_brackets(doc.text, start, d)]
        return outside or found

    dates: list[DateMention] = []
    if sentence is not None and sentence.kind == "body":
        dates = event_dates(sentence.start, sentence.end)
    if not dates:
        lead = next((s for s in doc.sentences if s.kind == "body"), None)
        if lead is not None:
            line = doc.lines[lead.line - 1]
            dates = event_dates(line.start, line.end)
    notes = []
    from_dateline = False
    if dates:
        date, end_date = dates[0].date, dates[0].end_date
        if not dates[0].year_given:
            notes.append(f"the event date {date.isoformat()} had no year in the text; the year was inferred")
    elif published:
        date, end_date, from_dateline = published, None, True
        notes.append("no event date in the text: the publication date was used; check it")
    else:
        return None
    organizers = _subject_orgs(doc, org_mentions_in(clause_start, verb_start), verb_start)
    if not organizers and headline:
        head_verb = ORGANISE.search(doc.fold, headline[0], headline[1])
        if head_verb:
            organizers = _subject_orgs(doc, org_mentions_in(headline[0], head_verb.start()), head_verb.start())
    # Where: the organisers' place; the article's home only when no organiser was read (a regional
    # command or a ministry has no place, and the dateline city is not where its events happen).
    location = next((o.place for o in organizers if o.place is not None), None) or (None if organizers else home)
    communes = communes_in(noun_start, phrase_end)
    if location is not None and location.tier < 3 and len(communes) == 1:
        location = communes[0]  # "UBND huyện tổ chức diễn tập chiến đấu phòng thủ xã Đắk Pxi": in that commune
    reviews = plans = None
    if re.search(r"(?<![a-z])(tong|so)\s+ket", search_key(phrase)):
        years = re.findall(r"nam (\d{4})", search_key(phrase))
        reviews = int(years[0]) if years else None
    if reviews:
        plans = _plans_year(doc, reviews)
    topic = _topic(phrase)
    year = reviews or date.year
    event_id = f"{kind_slug}-{topic[0]}-{year}" if topic else f"{kind_slug}-{year}"
    where = location.vi if location else ""
    vi = phrase[:1].upper() + phrase[1:]
    if location and canonical(location.name) not in canonical(vi):
        vi = f"{vi} của {where}"
    en_place = f"{location.en} " if location else ""
    if reviews and topic and etype == "Conference":
        core = f"conference reviewing {topic[1]} of {reviews}"
    elif topic:
        core = f"{topic[1]} {kind_en} {year}"
    else:
        core = f"{kind_en} of {date.isoformat()}"
    en = en_place + core
    event = MainEvent(event_id, etype, vi, en[:1].upper() + en[1:], date, end_date, organizers, location, reviews,
                      plans, (clause_start, phrase_end), sentence if sentence and sentence.kind == "body" else None,
                      from_dateline, en_core=core, noun=noun, phrase=phrase, notes=notes)
    if etype == "Conference" and reviews and organizers and location:
        code = topic[0] if topic else "-".join(slugify(re.sub(r"năm \d{4}.*", "", phrase)).split("-")[:8])
        bare = re.sub(r"\s*năm \d{4}.*$", "", vi.split(" của ")[0]).strip()
        event.series = {
            "id": f"{location.id}-tong-ket-{code}" if topic else f"{location.id}-{code}",
            "vi": f"{bare} hằng năm của {where}",
            "en": f"{en_place}annual conference reviewing {topic[1] if topic else search_key(bare)}",
            "organizer": organizers[0].id, "place": location.id,
        }
    return event


_BEFORE_VERB = re.compile(r"\s*(?:(?:long|trang)\s+trong|da|vua|chinh\s+thuc|phoi\s+hop)?\s*", re.I)


def _subject_orgs(doc: Doc, mentions, verb_start: int) -> list[Org]:
    """The organisations right before the verb (a bracket between aside), joined by commas or "và" ("Quận ủy,
    HĐND, UBND quận X tổ chức");
    an earlier one ("Thực hiện Kế hoạch của Bộ CHQS thành phố, …") is not an organiser."""
    chosen, edge = [], verb_start
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        gap = _BRACKETS.sub("", doc.fold[mention.end:edge])  # "UBND thị trấn Thắng (huyện Hiệp Hòa) tổ chức"
        if chosen:
            if not re.fullmatch(r"\s*(?:,|va|-|–)\s*", gap):
                break
        elif not _BEFORE_VERB.fullmatch(gap):  # "Bộ CHQS tỉnh long trọng tổ chức"
            break
        chosen = [o for o in mention.orgs if o not in chosen] + chosen
        edge = mention.start
    return chosen


def _plans_year(doc: Doc, reviews: int) -> int | None:
    """The year the conference plans for: stated as 'nhiệm vụ … năm Y+1', 'phương hướng … năm Y+1', 'Năm Y+1, …'."""
    wanted = str(reviews + 1)
    for match in re.finditer(r"[Nn](?<![A-Za-z].)(?i:am)\s+" + wanted + r"(?!\d)", doc.fold):
        before = doc.fold[max(0, match.start() - 90):match.start()].lower()
        before = re.split(r"[.;]", before)[-1]
        if _PLAN_WORDS.search(before) or re.match(r"\s*,", doc.fold[match.end():match.end() + 2]):
            return reviews + 1
    return None
