"""Organisation mentions: glossary heads ("UBND", "Ban CHQS", "Hội đồng nhân dân"), party committees
("Quận ủy"), schools, centres and councils, with the place that completes them.

Short forms resolve against the article's home ("UBND quận" -> UBND quận
Dương Kinh, a bare "UBND" in a caption -> the district's). Heads share a
trailing level word ("HĐND, UBND quận" is two organisations of the
district). A plural level ("Ban CHQS xã, thị trấn") is a generic group, not
an organisation. Ids follow the curated records: notation + place
("ubnd-duong-kinh", "quan-uy-duong-kinh", "bo-chqs-hai-phong").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from .lexicon import Lexicon
from .names import looks_like_person
from .places import CAP_RUN, LevelMention, Place, Places, ascii_title
from .text import canonical, search_key, slugify

# What joins heads that share one place: "HĐND, UBND quận", "HĐND và UBND", "Đảng ủy - HĐND - UBND phường".
_JOINT = re.compile(r"\s*(?:,|va|-|–)\s+")
_REGION_NUMBER = re.compile(r"\s?(\d{1,2})(?![\w/])")  # "Quân khu 3", "QK 3"
PARTY_RE = re.compile(r"(?<![A-Za-z0-9])(Quan|Huyen|Thanh|Tinh|Thi|Dang)\s+uy(?![A-Za-z0-9])(\s+Quan\s+su)?", re.I)
_PARTY_LEVEL = {"quận": "quận", "huyện": "huyện", "thành": "thành phố", "tỉnh": "tỉnh", "thị": "thị xã", "đảng": ""}
# A level word with a tone mark typo ("Huyên ủy"); "Quân ủy" (the Party's military commission) is not "Quận ủy".
_PARTY_LEVEL_TYPO = {"huyen": "huyện", "tinh": "tỉnh", "thanh": "thành", "thi": "thị", "dang": "đảng"}
# Members of a Party committee, abbreviated: "TUV, Bí thư Huyện ủy" (Tỉnh ủy viên), "HUV", "QUV", "ThUV".
PARTY_MEMBER_RE = re.compile(r"(Th|TP|T|H|Q)UV(?![A-Za-z0-9])")
_MEMBER_LEVEL = {"T": "tỉnh", "H": "huyện", "Q": "quận", "Th": "thành", "TP": "thành"}
_EXECUTIVE_RE = re.compile(r"Ban\s+Chap\s+hanh\s+Dang\s+bo\s+", re.I)
_EXECUTIVE_LEVEL = {"tỉnh": "tỉnh", "thành phố": "thành", "huyện": "huyện", "quận": "quận", "thị xã": "thị"}
CENTRAL_RE = re.compile(r"(?:Ban\s+Chap\s+hanh\s+|BCH\s+)?(?:Trung\s+uong|TW)\s+Dang(?![A-Za-z0-9])", re.I)
# The state's top offices, which confer orders and certificates: "Chủ tịch nước tặng Huân chương", "Thủ tướng
# Chính phủ tặng Bằng khen". Written out, never abbreviated.
OFFICE_RE = re.compile(r"(?:Chu\s+tich\s+nuoc|Chinh\s+phu)(?![A-Za-z])")
_OFFICES = {"chủ tịch nước": ("chu-tich-nuoc", "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                              "President of the Socialist Republic of Vietnam"),
            "chính phủ": ("chinh-phu", "Chính phủ", "Government of Vietnam")}
# The Border Guard: its national command ("Bộ Tư lệnh BĐBP"), a province's command ("Bộ Chỉ huy Bộ đội
# Biên phòng (BĐBP) tỉnh Long An", "BĐBP tỉnh", "BĐBP Long An") and its posts ("Đồn Biên phòng Mỹ Quý Tây").
BORDER_RE = re.compile(r"(?:(Bo\s+Tu\s+lenh|BTL)\s+|(Bo\s+Chi\s+huy)\s+)?(?:Bo\s+doi\s+Bien\s+phong|BDBP)"
                       r"(?:\s*\(BDBP\))?(?![A-Za-z])")
BORDER_POST_RE = re.compile(r"Don\s+Bien\s+phong\s+(?=[A-Z])")
_BORDER_POST_NAME = re.compile(r"(?:Cua\s+khau(?:\s+quoc\s+te)?\s+)?[A-Z][a-z]*(?:\s+[A-Z][a-z]*){0,3}")
_CITY_COMMAND = re.compile(r" (?:(Thu do)(?: Ha Noi)?|(?:Thanh pho|TP\.?) Ho Chi Minh)(?![A-Za-z])")
_BARE_CITY = re.compile(r" (?:Thanh pho|TP\.?)(?![A-Za-z]| [A-Z])")
_HCMC = canonical("Hồ Chí Minh")
_CITY_COMMANDS = {"btl-thu-do-ha-noi", "btl-tp-ho-chi-minh"}  # a city's military command, in place of a Bộ CHQS
DEFENCE_ZONE_RE = re.compile(r"(?:Ban\s+Chi\s+huy\s+(?:Phong\s+thu\s+khu\s+vuc|PTKV)|BCH\s*PTKV|Ban\s+CH\s*PTKV)\s*(\d{1,2})"
                             r"(?![\w/])(?:\s?[-–]\s?(?!Bo\s+(?:CHQS|Chi\s+huy|Tu\s+lenh))((?-i:[A-Z][a-z]*(?![A-Za-z])(?: [A-Z][a-z]*(?![A-Za-z])){0,3})))?",
                             re.I)  # the seat after a dash, not the command it belongs to ("… 1 - Bộ CHQS thành phố Huế")
_REGION_AFTER = re.compile(r" Quan khu (\d{1,2})(?!\d)")
FORMATION_RE = re.compile(r"(Quan|Binh|Su|Lu|Trung|Tieu|Hai)\s+doan\s+(\d{1,4})(?![\w/])", re.I)
FORMATIONS_EN = {"quân": "Corps", "binh": "Army Corps", "sư": "Division", "lữ": "Brigade", "trung": "Regiment",
                 "tiểu": "Battalion", "hải": "Flotilla"}
SCHOOL_RE = re.compile(r"(?<![A-Za-z0-9])(?:(truong)\s+)?(THPT|THCS|PTTH|Tieu\s+hoc|Mam\s+non|Cao\s+dang|Dai\s+hoc|"
                       r"Trung\s+cap|Hoc\s+vien)\s+(?=[A-Z])", re.I)
_TRAINEE = canonical("học viên")
SCHOOL_EN = {"thpt": "High School", "thcs": "Lower Secondary School", "ptth": "High School",
             "tieu hoc": "Primary School", "mam non": "Kindergarten", "cao dang": "College", "dai hoc": "University",
             "trung cap": "Vocational School", "hoc vien": "Academy"}
GENERIC_RE = re.compile(r"(?<![A-Za-z0-9])(Trung\s+tam|Hoi\s+dong|Ban|Phong|So|Doan|Cuc|Van\s+phong|Bo)\s+", re.I)
_GENERIC_HEADS = {"trung tâm", "hội đồng", "ban", "phòng", "sở", "đoàn", "cục", "văn phòng", "bộ"}
_HEADS_EN = {"hội đồng": "Council", "trung tâm": "Centre", "sở": "Department", "phòng": "Division",
             "cục": "Department", "ban": "Board", "văn phòng": "Office"}
_PARTY_BOARDS_EN = {"tổ chức": "Organisation Commission", "tuyên giáo": "Propaganda and Education Commission",
                    "dân vận": "Mass Mobilisation Commission", "kiểm tra": "Inspection Commission",
                    "nội chính": "Internal Affairs Commission",
                    "tuyên giáo và dân vận": "Propaganda, Education and Mass Mobilisation Commission"}
# Staff bodies of a military unit, named with the unit after them (see Orgs._staff_body).
_STAFF_BODIES = {"bộ tham mưu", "cục chính trị", "cục hậu cần", "cục kỹ thuật", "cục hậu cần - kỹ thuật"}
_STAFF_EN = {"tham mưu": "", "tác chiến": "Operations", "chính trị": "Political", "hậu cần": "Logistics",
             "kỹ thuật": "Technical", "hậu cần - kỹ thuật": "Logistics and Technical", "quân lực": "Personnel",
             "cán bộ": "Cadre", "dân quân tự vệ": "Militia and Self-Defence", "tuyên huấn": "Propaganda and Training",
             "quân huấn": "Training", "động viên": "Mobilisation"}
_UNIT_GAP = re.compile(r",? ")
_MILITARY_CELL = re.compile(r"Chi\s+bo\s+Quan\s+su(?![A-Za-z])")  # "Chi bộ Quân sự phường X", a commune's since 2025
_MILITARY_SCHOOL = re.compile(r"Truong\s+Quan\s+su\s+(?:Quan\s+khu\s+(\d)(?!\d))?")
# National ministries ("Bộ Quốc phòng") need no place.
MINISTRIES_EN = {"quốc phòng": "Ministry of National Defence", "công an": "Ministry of Public Security",
                 "nội vụ": "Ministry of Home Affairs", "giáo dục và đào tạo": "Ministry of Education and Training",
                 "lao động – thương binh và xã hội": "Ministry of Labour, Invalids and Social Affairs"}
# Heads of this tier when written bare: the city's military command, the country's army.
PROVINCIAL = {"Bộ CHQS"}
PARTY_ORGANS = {"BTV", "UBKT"}  # bodies of a Party committee: "Ban Thường vụ Tỉnh ủy", "Ủy ban Kiểm tra Huyện ủy"
YOUTH_UNION = "Đoàn TNCS HCM"  # notation in the glossary
NATIONAL = {"QĐND", "CAND", "BĐBP", "TW"}
# Heads that take a descriptive tail before their place ("Ban Chỉ đạo diễn tập KVPT quận").
TAIL_HEADS = {"BCĐ", "BCH"}
# Fields of standing boards ("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"), as search keys.
_STANDING_FIELD = re.compile(r"(?:pctt|phong,? chong thien tai|tkcn|tim kiem cuu nan|phong thu dan su)(?![a-z])")
# A law or resolution named inside a body's name, up to the place after it (folded, the title capitalised).
_LAW_TITLE = re.compile(r"(?:Luat|Nghi quyet|Chi thi|Phap lenh)(?: [A-Za-z0-9/-]+)*?(?= (?:huyen|quan|tinh|xa|phuong|"
                        r"thi xa|thi tran|thanh pho|TP)\b|[,;.]|$)")
_REVIEW = re.compile(r"(?:tong|so)\s+ket(?![A-Za-z])", re.I)  # "Ban Chỉ đạo tổng kết …": what the board is for
_EVENT_AFTER = re.compile(r"(?:Hoi (?:thao|thi|nghi)|Dien tap)(?![A-Za-z])")  # "Ban Tổ chức Hội thao"
_STANDING = re.compile(r"thuong\s+truc(?![A-Za-z])", re.I)  # "Phó Trưởng ban Chỉ đạo thường trực"
# Words that end an open-ended organisation name: verbs and prepositions of the genre.
NAME_ENDS = {canonical(w) for w in (
    "phát trao trình chủ báo thông làm dự tham chia nêu đánh biểu nhấn khẳng tặng trực cùng và đã đến tới "
    "yêu đề quán khai bế kết điều giới công đọc tiếp giao tổ cho của tại với về năm ngày được có chỉ ghi nhận "
    "phối hướng triển lãnh nhằm để theo trên trong các những đồng ông bà đ/c là thì mà như do làm chấm").split()}
PURPOSE_EN = {"kiểm tra": "Inspection", "chỉ đạo": "Steering", "tổ chức": "Organising", "giám khảo": "Jury",
               "giúp việc": "Support"}
# Pairs of fields joined by "và" inside one body's name.
_AND_PAIR = re.compile(r" (?:an ninh|dao tao|xa hoi|the thao|du lich|moi truong|truyen thong|cong nghe|tim kiem cuu nan|dan van|"
                       r"TKCN)(?![A-Za-z])",
                       re.I)
_TAIL_WORD = re.compile(r" ([^\s,;:.()–\-]+)")
_LOWER_WORD = re.compile(r" ([a-z]+)(?=[,.;)]|$)")
_SMALL_WORDS = {"and", "for", "of", "the", "in"}


@dataclass(eq=False)
class Org:
    id: str
    type: str
    vi: str
    en: str
    notation: str | None = None
    place: Place | None = None
    part_of: str | None = None
    weak: bool = False
    quote: tuple[int, int] | None = None
    # A body set up for one event ("Ban Chỉ đạo diễn tập", "Đoàn kiểm tra"): its head and the words after it.
    # Once the main event is known it is named after it (see assemble.name_temporary_bodies).
    head: str = ""
    tail: str = ""
    head_en: str = ""
    placed: bool = False  # its place was written after it ("Ban Chỉ đạo diễn tập tỉnh"), not taken from the home
    sent_by: object = None  # the Org or Place a team was written as sent by ("Đoàn kiểm tra của Quân khu 5")

    @property
    def temporary(self) -> bool:
        return bool(self.head)


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    orgs: tuple[Org, ...] = ()
    generic: bool = False
    spans: tuple[tuple[int, int], ...] = ()  # per org: the words that name it


def _party_committee(place: Place, military: bool = False) -> Org:
    """'Đảng ủy xã X', 'Đảng ủy Quân sự tỉnh Y'."""
    head = "Đảng ủy Quân sự" if military else "Đảng ủy"
    return Org(f"{'duqs' if military else 'dang-uy'}-{place.id}", "PartyCommittee", f"{head} {place.vi}",
               f"{place.en} {'Military ' if military else ''}Party Committee", "ĐUQS" if military else None, place)


def _committee(word: str, place: Place) -> Org:
    """The Party committee of a place: word is the level as in its name ("huyện" for "Huyện ủy")."""
    return Org(f"{slugify(word)}-uy-{place.id}", "PartyCommittee", f"{word.capitalize()} ủy {place.name}",
               f"{place.en} Party Committee", None, place)


def _border_command() -> Org:
    return Org("btl-bdbp", "MilitaryUnit", "Bộ Tư lệnh Bộ đội Biên phòng", "Border Guard Command", "BTL")


_BRACKETED = re.compile(r"\s*\(.*?\)")


def english_title(text: str) -> str:
    words = (_BRACKETED.sub("", text) if "(" in text else text).split()
    return " ".join(w if (w in _SMALL_WORDS and i) or not w[:1].islower() else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


@dataclass
class Orgs:
    text: str
    fold: str
    lexicon: Lexicon
    places: Places
    by_id: dict[str, Org] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    made: dict[tuple, Org | None] = field(default_factory=dict)  # (notation, place, tail, placed) -> org: made once
    region: str | None = None  # number of the military region last named ("Quân khu 3")

    # -- registry ---------------------------------------------------------------
    def register(self, org: Org, span: tuple[int, int]) -> Org:
        found = self.by_id.get(org.id)
        if found:
            found.weak = found.weak and org.weak
            return found
        org.quote = span
        self.by_id[org.id] = org
        self.order.append(org.id)
        return org

    def parent_of(self, org: Org) -> str | None:
        """The Ban CHQS of a district is part of the city's Bộ CHQS (or Bộ Tư lệnh); of a ward, of the district's."""
        if org.notation != "Ban CHQS" or org.place is None:
            return None
        for other in self.by_id.values():
            if (other.notation == "Bộ CHQS" or other.id in _CITY_COMMANDS) and org.place.tier == 2:
                return other.id
            if other.notation == "Ban CHQS" and org.place.tier == 3 and other.place and other.place.tier == 2:
                return other.id
        return None

    # -- parsing --------------------------------------------------------------------
    def parse_at(self, pos: int, end: int, after_role: bool = False) -> OrgMention | None:
        return (self._party(pos, end) or self._central(pos, end) or self._executive(pos, end) or self.office_at(pos, end)
                or self._border_guard(pos, end) or self._defence_zone(pos, end) or self._glossary(pos, end)
                or self._formation(pos, end) or self._military_school(pos, end) or self._military_cell(pos, end)
                or self._school(pos, end)
                or self._generic(pos, end, after_role))

    def _central(self, pos: int, end: int) -> OrgMention | None:
        """'Ủy viên Trung ương Đảng', 'Ban Chấp hành Trung ương Đảng': the Party's Central Committee."""
        match = CENTRAL_RE.match(self.fold, pos, end)
        if not match:
            return None
        org = self.register(Org("bch-tw-dang", "PartyCommittee", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
                                "Central Committee of the Communist Party of Vietnam", "BCH TW"),
                            (pos, match.end()))
        return OrgMention(pos, match.end(), (org,), spans=((pos, match.end()),))

    def _executive(self, pos: int, end: int) -> OrgMention | None:
        """'Ban Chấp hành Đảng bộ thành phố': the executive of a place's Party organisation, i.e. its Party
        committee (the Thành ủy; of a commune, its Đảng ủy)."""
        match = _EXECUTIVE_RE.match(self.fold, pos, end)
        where = self.places.mention_at(match.end(), end) if match else None
        place = self._resolve(where, None) if where is not None else None
        if not isinstance(place, Place):
            return None
        word = _EXECUTIVE_LEVEL.get(place.level)
        org = _committee(word, place) if word else _party_committee(place)
        return self._mention(org, pos, where.stop)

    def office_at(self, pos: int, end: int) -> OrgMention | None:
        """'Chủ tịch nước', 'Chính phủ'; kept in the record only when something points at them."""
        match = OFFICE_RE.match(self.fold, pos, end)
        if not match:
            return None
        org_id, vi, en = _OFFICES[canonical(self.text[pos:match.end()])]
        return self._mention(Org(org_id, "GovernmentBody", vi, en, weak=True), pos, match.end())

    def team_of(self, team: Org, sender, span: tuple[int, int]) -> Org:
        """A team written with whom it is sent by ("Đoàn kiểm tra của Bộ Tư lệnh Quân khu 5"): one team per
        sender, so two teams of one event stay two."""
        own = dataclasses.replace(team, id=f"{team.id}-{sender.id}", sent_by=sender, quote=None)
        return self.register(own, span)

    def party_committee_of(self, place: Place, span: tuple[int, int]) -> Org:
        return self.register(_party_committee(place), span)

    def party_of_command(self, command: Org, span: tuple[int, int]) -> Org:
        """'Đảng ủy Bộ CHQS tỉnh': the Party committee of a military command."""
        return self.register(Org(f"dang-uy-{command.id}", "PartyCommittee", f"Đảng ủy {command.vi}",
                                 f"Party Committee of the {command.en}", None, command.place, command.id), span)

    def _the_event_board(self, notation: str, tail: str) -> Org | None:
        """The board of the event with this head named first: a bare "Ban Chỉ đạo", or one named short ("Ban Chỉ
        đạo diễn tập" after "Ban Chỉ đạo diễn tập khu vực phòng thủ phường Tứ Minh"), is that board."""
        short = canonical(tail)
        return next((org for org in self.by_id.values() if org.temporary and org.notation == notation and (
            not short or canonical(org.tail) == short or canonical(org.tail).startswith(short + " "))), None)

    def _council_named(self, words: str) -> Org | None:
        """The council named so far whose name, before its place, is these words ("Hội đồng NVQS …")."""
        start = canonical(f"Hội đồng {words} ")
        return next((org for org in self.by_id.values() if org.type == "Council" and
                     canonical(org.vi).startswith(start)), None)

    def the_only_council(self) -> Org | None:
        """The one council ("Hội đồng GDQP-AN tỉnh") the article has named so far: a bare "Hội đồng" is that one."""
        councils = [org for org in self.by_id.values() if org.type == "Council"]
        return councils[0] if len(councils) == 1 else None

    def body_of_place(self, notation: str, where: LevelMention | Place, span: tuple[int, int]) -> Org | None:
        """The body of this glossary notation at a place ("Ban CHQS" of "xã Diễn Hồng")."""
        head = self.lexicon.org_heads.get(notation)
        place = self._resolve(where, None)
        if head is None or not isinstance(place, Place):
            return None
        return self.register(self._make(notation, head, place, ""), span)

    def _place_after(self, pos: int, end: int) -> tuple[LevelMention | Place | None, int]:
        """A level mention, or a known place name, right after pos (one space between)."""
        if self.fold[pos:pos + 1] != " ":
            return None, pos
        mention = self.places.mention_at(pos + 1, end)
        if mention:
            return mention, mention.stop
        place = self.places.named_at(pos + 1, end)
        if place:
            return place, pos + 1 + len(place.name)
        return None, pos

    def _resolve(self, where, tier_if_bare: int | None):
        if isinstance(where, Place):
            return where
        return self.places.resolve(where, tier_if_bare)

    def _party(self, pos: int, end: int) -> OrgMention | None:
        match = PARTY_RE.match(self.fold, pos, end)
        if not match:
            return None
        word = canonical(self.text[match.start(1):match.end(1)])
        word = _PARTY_LEVEL_TYPO.get(match.group(1).lower(), word) if word not in _PARTY_LEVEL else word
        if word not in _PARTY_LEVEL or canonical(self.text[match.end(1):match.end()].split()[0]) != "uỷ":
            return None
        military = bool(match.group(2))
        stop = match.end()
        where, after = self._place_after(stop, end)
        bare = where is None  # no place written after it
        level = _PARTY_LEVEL[word]
        if isinstance(where, LevelMention) and level and where.level != level:
            where, after = None, stop  # "Huyện ủy quận …" is not a thing; leave the level word alone
        if word == "đảng" and not military and where is None and self.fold[stop:stop + 1] == " " and (
                unit := self.parse_at(stop + 1, end)) is not None and len(unit.orgs) == 1 and \
                unit.orgs[0].type == "MilitaryUnit" and unit.orgs[0].notation != "QK":
            # "Đảng ủy Bộ CHQS tỉnh" (since 2025 the name of a province's Military Party Committee): the Party
            # committee of that command
            org = self.party_of_command(unit.orgs[0], (match.start(), unit.end))
            return OrgMention(match.start(), unit.end, (org,), spans=((match.start(), unit.end),))
        region = _REGION_AFTER.match(self.fold, stop, end) if word == "đảng" and where is None else None
        if region:  # "Đảng ủy Quân khu 5": the Party committee of a military region
            org = Org(f"dang-uy-qk-{region.group(1)}", "PartyCommittee", f"Đảng ủy Quân khu {region.group(1)}",
                      f"Military Region {region.group(1)} Party Committee")
            return self._mention(org, match.start(), region.end())
        if where is None and level:
            where = LevelMention(level, match.start(), match.end())
        place = self._resolve(where, 3 if not level else None)
        stop = max(stop, after)
        if not isinstance(place, Place):
            return OrgMention(match.start(), stop, generic=place == "generic")
        if word == "đảng" and not military and bare and place.tier < 3 and (
                committee := self.by_id.get(f"duqs-{place.id}")) is not None:
            # A bare "Đảng ủy" where the province or district has none of that name: its Military Party
            # Committee, named before ("Bí thư Đảng ủy Quân sự tỉnh, …; Đại tá X, Phó Bí thư Đảng ủy").
            return self._mention(committee, match.start(), stop)
        if word == "đảng":
            org = _party_committee(place, military)
        else:
            org = _committee(word, place)
        org = self.register(org, (match.start(), stop))
        return OrgMention(match.start(), stop, (org,), spans=((match.start(), stop),))

    def party_member_at(self, pos: int, end: int) -> OrgMention | None:
        """The committee of an abbreviated member ("HUV": Huyện ủy viên, a member of the district's Huyện ủy)."""
        match = PARTY_MEMBER_RE.match(self.fold, pos, end)
        if not match:
            return None
        word = _MEMBER_LEVEL[match.group(1)]
        place = self._resolve(LevelMention(_PARTY_LEVEL[word], pos, match.end()), None)
        if not isinstance(place, Place):
            return OrgMention(pos, match.end())
        return self._mention(_committee(word, place), pos, match.end())

    def _glossary(self, pos: int, end: int) -> OrgMention | None:
        found = self.lexicon.org_matcher.match(self.fold, pos, end)
        if not found:
            return None
        heads = [(found[1], pos, found[0])]
        stop = found[0]
        # "HĐND, UBND quận": heads joined by commas or "và" share the level word that follows the last.
        while True:
            joint = _JOINT.match(self.fold, stop, stop + 6)
            if not joint or canonical(self.text[stop:joint.end()]).strip(" ,-–") not in ("", "và"):
                break
            nxt = self.lexicon.org_matcher.match(self.fold, joint.end(), end)
            if not nxt or self.lexicon.org_heads[nxt[1]].weak:
                break
            heads.append((nxt[1], joint.end(), nxt[0]))
            stop = nxt[0]
        notation = heads[-1][0]
        head = self.lexicon.org_heads[notation]
        # BTV or UBKT + a party committee: the committee's standing or inspection committee.
        if notation in PARTY_ORGANS:
            party = self._party(stop + 1, end) if self.fold[stop:stop + 1] == " " else None
            if party and party.orgs:
                parent = party.orgs[0]
                org = Org(f"{slugify(head.vi)}-{parent.id}", "PartyCommittee", f"{head.vi} {parent.vi}",
                          f"{head.en} of the {parent.en}", notation, parent.place, parent.id)
                org = self.register(org, (pos, party.end))
                return OrgMention(pos, party.end, (org,), spans=((pos, party.end),))
            if notation == "UBKT":
                return OrgMention(pos, stop)  # "Ủy ban Kiểm tra Trung ương": not a local body; left unread
        if notation in ("QK", "BTL") and len(heads) == 1:
            return self._region(notation, pos, stop, end)
        tail = ""
        if notation in TAIL_HEADS and not _STANDING.match(self.fold, stop + 1, end):  # "Ban Chỉ đạo thường trực"
            tail_end = self._tail(stop, end)
            tail = self.text[stop:tail_end].strip()
            stop = tail_end
        if notation in NATIONAL:
            viet_nam = re.match(r" Viet Nam(?![A-Za-z])", self.fold[stop:stop + 10])
            place = "national"
            if viet_nam:
                stop += viet_nam.end()
        else:
            where, after = self._place_after(stop, end)
            stop = max(stop, after)
            place = self._resolve(where, 1 if notation in PROVINCIAL else 3)
        placed = notation not in NATIONAL and where is not None
        orgs, spans = [], []
        for index, (note, start, head_end) in enumerate(heads):
            head = self.lexicon.org_heads[note]
            span = (start, stop if index == len(heads) - 1 else head_end)
            made_key = (note, place.id if isinstance(place, Place) else place, tail, placed)
            org = self.made.get(made_key)
            if org is None and note in TAIL_HEADS and not placed:
                org = self._the_event_board(note, tail)  # "Phó Trưởng ban Chỉ đạo" after "Ban Chỉ đạo diễn tập"
            if org is None:
                org = self.made[made_key] = self._make(note, head, place, tail, placed)
            if org:
                orgs.append(self.register(org, span))
                spans.append(span)
        return OrgMention(pos, stop, tuple(orgs), generic=place == "generic", spans=tuple(spans))

    def _region(self, notation: str, pos: int, stop: int, end: int) -> OrgMention:
        """'Quân khu 3', 'Bộ Tư lệnh Quân khu 3', and later a bare 'Quân khu' for the same region."""
        if notation == "BTL":
            inner = self.lexicon.org_matcher.match(self.fold, stop + 1, end) if self.fold[stop:stop + 1] == " " \
                else None
            if not inner or inner[1] != "QK":
                return self._city_command(pos, stop, end) or OrgMention(pos, stop)  # "Bộ Tư lệnh Hải quân": not read
            stop = inner[0]
        number = _REGION_NUMBER.match(self.fold, stop, end)
        if number:
            self.region = number.group(1)
            stop = number.end()
        if not self.region:
            return OrgMention(pos, stop)
        region = Org(f"qk-{self.region}", "MilitaryUnit", f"Quân khu {self.region}", f"Military Region {self.region}",
                     "QK")
        org = region if notation == "QK" else self._command(region)
        org = self.register(org, (pos, stop))
        return OrgMention(pos, stop, (org,), spans=((pos, stop),))

    def _city_command(self, pos: int, stop: int, end: int) -> OrgMention | None:
        """'Bộ Tư lệnh Thủ đô (Hà Nội)', 'Bộ Tư lệnh TP Hồ Chí Minh': the two cities whose military command is a
        Bộ Tư lệnh, not a Bộ CHQS."""
        match = _CITY_COMMAND.match(self.fold, stop, end)
        capital = bool(match and match.group(1))
        if not match:
            # "Bộ Tư lệnh TP" in an article of Hồ Chí Minh City: the city's command, written short
            home = self.places.city
            match = _BARE_CITY.match(self.fold, stop, end) if home and canonical(home.name) == _HCMC else None
            if not match:
                return None
        org = (Org("btl-thu-do-ha-noi", "MilitaryUnit", "Bộ Tư lệnh Thủ đô Hà Nội", "Hanoi Capital Command", "BTL")
               if capital else
               Org("btl-tp-ho-chi-minh", "MilitaryUnit", "Bộ Tư lệnh Thành phố Hồ Chí Minh",
                   "Ho Chi Minh City Command", "BTL"))
        return self._mention(org, pos, match.end())

    @staticmethod
    def _command(region: Org) -> Org:
        number = region.id.rsplit("-", 1)[1]
        return Org(f"btl-qk-{number}", "MilitaryUnit", f"Bộ Tư lệnh Quân khu {number}",
                   f"Military Region {number} Command", "BTL", part_of=region.id)

    def command_of(self, org: Org) -> Org:
        """The command of a military region or of the Border Guard: 'Phó Tư lệnh Quân khu 3' holds a post in the
        Bộ Tư lệnh Quân khu 3, 'Phó Chính ủy BĐBP' one in the Bộ Tư lệnh BĐBP."""
        if org.id == "bdbp-viet-nam":
            return self.register(_border_command(), org.quote or (0, 0))
        if org.notation != "QK":
            return org
        return self.register(self._command(org), org.quote or (0, 0))

    def _border_guard(self, pos: int, end: int) -> OrgMention | None:
        post = BORDER_POST_RE.match(self.fold, pos, end)
        if post:
            name = _BORDER_POST_NAME.match(self.fold, post.end(), end)
            stop = name.end()
            written = " ".join(self.text[post.end():stop].split())
            org = Org(f"don-bien-phong-{slugify(written)}", "MilitaryUnit", f"Đồn Biên phòng {written}",
                      f"{ascii_title(written)} Border Guard Post")
            return self._mention(org, pos, stop)
        match = BORDER_RE.match(self.fold, pos, end)
        if not match:
            return None
        if match.group(1):
            return self._mention(_border_command(), pos, match.end())
        where, after = self._place_after(match.end(), end)
        place = self._resolve(where, None) if where is not None else self.places.city if match.group(2) else None
        if not isinstance(place, Place) or place.tier != 1:
            return None  # the Border Guard as a whole: a glossary head (see _glossary)
        org = Org(f"bch-bdbp-{place.id}", "MilitaryUnit", f"Bộ Chỉ huy BĐBP {place.vi}",
                  f"{place.en} Border Guard Command", "BĐBP", place)
        return self._mention(org, pos, max(match.end(), after))

    def _defence_zone(self, pos: int, end: int) -> OrgMention | None:
        """'Ban Chỉ huy Phòng thủ khu vực 1', 'BCH PTKV 1': since the 2025 reform, a province's military command
        keeps numbered defence-zone commands in place of the districts' Ban CHQS."""
        match = DEFENCE_ZONE_RE.match(self.fold, pos, end)
        if not match:
            return None
        number, province = match.group(1), self.places.city
        if match.group(2):  # "Ban Chỉ huy Phòng thủ khu vực 1 - Đà Lạt": the zone named after its seat
            number = f"{number} – {self.text[match.start(2):match.end(2)]}"
        elif (seated := next((org for org in self.by_id.values() if org.vi.startswith(
                f"Ban Chỉ huy Phòng thủ khu vực {number} – ")), None)) is not None:
            return self._mention(seated, pos, match.end())  # named with its seat before, by its number now
        if province is None:
            return self._mention(Org(f"bch-ptkv-{slugify(number)}", "MilitaryUnit",
                                     f"Ban Chỉ huy Phòng thủ khu vực {number}", f"Defence Zone {search_key(number)} "
                                     "Command"), pos, match.end())
        return self._mention(Org(f"bch-ptkv-{slugify(number)}-{province.id}", "MilitaryUnit",
                                 f"Ban Chỉ huy Phòng thủ khu vực {number}, Bộ CHQS {province.vi}",
                                 f"{province.en} Defence Zone {search_key(number)} Command"), pos, match.end())

    def _mention(self, org: Org, start: int, stop: int) -> OrgMention:
        org = self.register(org, (start, stop))
        return OrgMention(start, stop, (org,), spans=((start, stop),))

    def _formation(self, pos: int, end: int) -> OrgMention | None:
        """Numbered formations: 'Sư đoàn 395', 'Lữ đoàn 242', 'Trung đoàn 50'."""
        match = FORMATION_RE.match(self.fold, pos, end)
        if not match:
            return None
        kind = canonical(self.text[match.start(1):match.end(1)])
        label = f"{kind.capitalize()} đoàn {match.group(2)}"
        org = self.register(Org(slugify(label), "MilitaryUnit", label, f"{FORMATIONS_EN[kind]} {match.group(2)}"),
                            (pos, match.end()))
        return OrgMention(pos, match.end(), (org,), spans=((pos, match.end()),))

    def _make(self, notation: str, head, place, tail: str, placed: bool = False) -> Org | None:
        name = notation if len(notation) >= 3 else head.vi[:1].upper() + head.vi[1:]
        en = english_title(head.en)
        if place == "national":
            return Org(f"{slugify(notation)}-viet-nam", head.type, f"{head.vi[:1].upper()}{head.vi[1:]} Việt Nam",
                       f"Vietnam {en}", notation, None, weak=head.weak)
        if not isinstance(place, Place):
            return None
        if tail and _STANDING_FIELD.match(search_key(tail)):
            # "Ban Chỉ huy PCTT và TKCN tỉnh": a standing board of its place, not one set up for the event
            gloss = self._gloss(tail)
            return Org(f"{slugify(notation)}-{slugify(tail)}-{place.id}", head.type, f"{head.vi} {tail} {place.vi}",
                       f"{place.en} {en} for {gloss}" if gloss else f"{place.en} {en} ({search_key(tail)})",
                       notation, place, weak=True)
        if tail:
            return Org(f"{slugify(notation)}-{slugify(tail)}-{place.id}", head.type,
                       f"{head.vi} {tail} {place.vi}", f"{place.en} {en} ({search_key(tail)})", notation, place,
                       weak=True, head=head.vi, tail=tail, head_en=en, placed=placed)
        return Org(f"{slugify(notation)}-{place.id}", head.type, f"{name} {place.vi}", f"{place.en} {en}",
                   notation, place, weak=head.weak)

    def _tail(self, pos: int, end: int) -> int:
        """End of a descriptive name tail: words until a level word, punctuation or a verb.

        The first word always belongs to the name ("Ban Tổ chức": "tổ" would otherwise end it as the
        verb "tổ chức"); later capitalised words start something else. A glossary term is read whole,
        commas and all ("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn").
        """
        stop, words, paired, limit, most = pos, 0, pos, min(end, pos + 80), 8
        while (match := _TAIL_WORD.match(self.fold, stop, limit)) is not None:
            if self.places.mention_at(match.start(1), end):
                break  # the body's place ("thành phố" is a glossary term too, but here a level)
            if words and most == 8 and (law := _LAW_TITLE.match(self.fold, match.start(1), end)):
                # "Ban Chỉ đạo tổng kết 10 năm thi hành Luật Dân quân tự vệ huyện …": a law's title, capitals and all
                paired, most, limit = law.end(), 16, min(end, limit + 60)
            purpose = self.lexicon.purposes.match(self.fold, match.start(1), end)
            purpose_end = purpose[0] if purpose else (
                review.end() if (review := _REVIEW.match(self.fold, match.start(1), end)) else None)
            if purpose_end is not None and words < 8:
                stop, words = purpose_end, words + 1
                limit = min(end, max(limit, stop + 40))
                continue
            if words and _STANDING.match(self.fold, match.start(1), end):
                break  # "Phó Trưởng ban Chỉ đạo thường trực": the standing deputy of the board, not its name
            word = self.text[match.start(1):match.end(1)]
            pair = _AND_PAIR.match(self.fold, match.end()) if words and canonical(word) == "và" else None
            if pair:  # "Hội đồng Giáo dục quốc phòng và an ninh", "Phòng Giáo dục và Đào tạo": one name
                paired = pair.end()
            elif match.end() <= paired:
                pass
            elif words and (canonical(word) in NAME_ENDS or (word[:1].isupper() and not word.isupper() and not
                                                               _EVENT_AFTER.match(self.fold, match.start(1), end))):
                break  # but "Ban Tổ chức Hội thao": the event a board is for, capitalised, is part of its name
            if words >= most:
                break
            stop, words = match.end(), words + 1
        return stop

    def _military_cell(self, pos: int, end: int) -> OrgMention | None:
        """'Chi bộ Quân sự phường X': the Party cell of a commune's or ward's military command (bare: the home's)."""
        match = _MILITARY_CELL.match(self.fold, pos, end)
        if not match:
            return None
        where, after = self._place_after(match.end(), end)
        place = self._resolve(where, 3)
        if not isinstance(place, Place) or place.tier != 3:
            return None
        org = Org(f"chi-bo-quan-su-{place.id}", "PartyCommittee", f"Chi bộ Quân sự {place.vi}",
                  f"{place.en} Military Party Cell", place=place)
        return self._mention(org, pos, max(match.end(), after))

    def _military_school(self, pos: int, end: int) -> OrgMention | None:
        """'Trường Quân sự tỉnh Đắk Lắk', 'Trường Quân sự Quân khu 5': the school of a province's command or of a
        military region, named with it."""
        match = _MILITARY_SCHOOL.match(self.fold, pos, end)
        if not match:
            return None
        if match.group(1):
            number = match.group(1)
            org = Org(f"truong-quan-su-qk-{number}", "MilitaryUnit", f"Trường Quân sự Quân khu {number}",
                      f"Military Region {number} Military School")
            return self._mention(org, pos, match.end())
        where, after = self._place_after(match.end() - 1, end)
        place = self._resolve(where, 1) if where is not None else None
        if not isinstance(place, Place) or place.tier != 1:
            return None
        org = Org(f"truong-quan-su-{place.id}", "MilitaryUnit", f"Trường Quân sự {place.vi}",
                  f"{place.en} Military School", place=place)
        return self._mention(org, pos, after)

    def _school(self, pos: int, end: int) -> OrgMention | None:
        match = SCHOOL_RE.match(self.fold, pos, end)
        if not match:
            return None
        if match.group(1) and canonical(self.text[match.start(1):match.end(1)]) != "trường":
            return None
        if canonical(self.text[match.start(2):match.end(2)]) == _TRAINEE:
            return None  # "Học viên H'Bia Mlô": a trainee, not an academy ("Học viện")
        run = CAP_RUN.match(self.fold, match.end(), end)
        if not run:
            return None
        words = self.text[run.start():run.end()].replace("\u00a0", " ").split(" ")[:5]
        stop = run.start() + len(" ".join(words))
        # "Cao đẳng Bách nghệ": a one-word name may go on with one lower-case word before punctuation.
        extra = _LOWER_WORD.match(self.fold[stop:end])
        if len(words) == 1 and extra:
            stop += extra.end()
        kind = self.text[match.start(2):match.end(2)]
        kind_key = " ".join(search_key(kind).split())
        name = self.text[run.start():stop].replace("\u00a0", " ")
        vi = f"Trường {kind} {name}"
        org = Org(slugify(f"{kind} {name}"), "EducationalOrganization", vi,
                  f"{ascii_title(name)} {SCHOOL_EN.get(kind_key, 'School')}")
        org = self.register(org, (pos, stop))
        return OrgMention(pos, stop, (org,), spans=((pos, stop),))

    def _generic(self, pos: int, end: int, after_role: bool) -> OrgMention | None:
        match = GENERIC_RE.match(self.fold, pos, end)
        if not match:
            return None
        head = canonical(self.text[match.start(1):match.end(1)])
        if head not in _GENERIC_HEADS:
            return None
        run = CAP_RUN.match(self.fold, pos, end)
        if run and looks_like_person(self.text[pos:run.end()].split()):
            return None  # "Đoàn Ngọc Sơn" is a person whose surname is a head word
        first = self.text[match.end():match.end() + 1]
        if head == "đoàn" and self.text[pos].isupper() and (youth := self._youth_union(match.end() - 1, end)):
            return youth
        if head in ("trung tâm", "hội đồng"):
            pass  # named by lower-case words as often as not
        elif head == "bộ" and not (self.text[pos].isupper() and first.isupper()
                                   and not self.lexicon.org_matcher.match(self.fold, match.end(), end)):
            return None  # "cán bộ Ban CHQS xã" is cadres of a command, not a ministry
        elif not (first.isupper() or after_role):
            return None
        tail_end = self._tail(match.end() - 1, end)
        if tail_end <= match.end():
            return None
        words = self.text[match.end():tail_end].strip()
        if looks_like_person(words.split()):
            return None
        where, after = self._place_after(tail_end, end)
        party = None
        if where is None and self.fold[tail_end:tail_end + 1] == " ":
            party = self._party(tail_end + 1, end)
        stop = party.end if party else max(tail_end, after)
        place = self._resolve(where, None) if where is not None else (party.orgs[0].place if party and party.orgs
                                                                       else None)
        if place is None and head == "sở" and self.places.city is not None:
            place = self.places.city  # a department (Sở) is always the province's: "Giám đốc Sở Nội vụ"
        head_text = self.text[match.start(1):match.end(1)]
        head_text = head_text[:1].upper() + head_text[1:]
        if place is None and party is None and (head == "phòng" or canonical(f"{head} {words}") in _STAFF_BODIES) \
                and (unit := self._unit_after(stop, end)) is not None:
            return self._staff_body(head_text, words, unit, pos)
        vi = f"{head_text} {words}"
        if party and party.orgs:
            vi = f"{vi} {party.orgs[0].vi}"
        elif isinstance(place, Place):
            vi = f"{vi} {place.vi}"
        elif head == "bộ":
            org = Org(slugify(f"bo {words}"), "GovernmentBody", f"Bộ {words}",
                      MINISTRIES_EN.get(canonical(words), f"Ministry of {ascii_title(words)}"))
            org = self.register(org, (pos, stop))
            return OrgMention(pos, stop, (org,), spans=((pos, stop),))
        elif head in ("ban", "đoàn") and after_role:
            # "Trưởng đoàn kiểm tra": a body of the event, named after it once the event is known.
            org = Org(slugify(f"{head_text} {words}"), "Organization", vi,
                  f"{PURPOSE_EN.get(canonical(words), '')} {'Board' if head == 'ban' else 'Team'}".strip(), weak=True,
                      head=head_text, tail=words, head_en="Board" if head == "ban" else "Team")
            org = self.register(org, (pos, stop))
            return OrgMention(pos, stop, (org,), spans=((pos, stop),))
        elif head == "hội đồng" and (named := self._council_named(words)) is not None:
            return self._mention(named, pos, stop)  # "Hội đồng NVQS" after "Hội đồng NVQS phường Xuân Hòa"
        elif head not in ("trung tâm",):
            return OrgMention(pos, stop)  # an open name with no place: too vague to be an organisation
        gloss = self._gloss(words)
        kind = _HEADS_EN.get(head, english_title(head_text))
        en_place = f"{place.en} " if isinstance(place, Place) else ""
        en = f"{en_place}{kind} for {gloss}" if gloss else f"{en_place}{kind} ({search_key(words)})"
        if head == "trung tâm" and gloss:
            en = f"{en_place}{english_title(gloss)} Centre"
        elif head == "ban" and party and party.orgs:  # "Ban Tổ chức Tỉnh ủy": a commission of the committee
            en = f"{_PARTY_BOARDS_EN.get(canonical(words), f'Board ({search_key(words)})')} of the {party.orgs[0].en}"
        otype = "Council" if head == "hội đồng" else (
            "EducationalOrganization" if re.search(r"GDNN|GDTX|giáo dục|dạy nghề", words) else
            ("PartyCommittee" if party and party.orgs else "Organization"))
        short = self._abbreviate(words)
        org_id = slugify(f"{head_text} {short}") + (f"-{place.id}" if isinstance(place, Place) else "")
        org = Org(org_id, otype, vi, en, None, place if isinstance(place, Place) else None,
                  party.orgs[0].id if party and party.orgs else None,
                  weak=head not in ("hội đồng", "trung tâm"))
        org = self.register(org, (pos, stop))
        return OrgMention(pos, stop, (org,), spans=((pos, stop),))

    def _youth_union(self, pos: int, end: int) -> OrgMention | None:
        """'Bí thư Đoàn xã': a capitalised 'Đoàn' right before a level word is that level's Youth Union
        (a lower-case 'đoàn' is a delegation: 'đoàn kiểm tra')."""
        where, after = self._place_after(pos, end)
        place = self._resolve(where, None) if isinstance(where, LevelMention) else None
        head = self.lexicon.org_heads.get(YOUTH_UNION)
        if head is None or not isinstance(place, Place):
            return None
        org = self.register(self._make(YOUTH_UNION, head, place, ""), (pos - len("Đoàn"), after))
        return OrgMention(org.quote[0], after, (org,), spans=((org.quote[0], after),))

    def _unit_after(self, pos: int, end: int) -> OrgMention | None:
        """The military unit a staff body belongs to, written right after it ("…, Bộ Tham mưu Quân khu 5")."""
        gap = _UNIT_GAP.match(self.fold, pos, end)
        unit = self.parse_at(gap.end(), end) if gap else None
        return unit if unit is not None and unit.orgs and unit.orgs[-1].type == "MilitaryUnit" else None

    def department_of(self, field: str, unit: OrgMention, pos: int) -> Org:
        """The department of a field in a unit ("Chính trị" of the Bộ CHQS tỉnh: its Phòng Chính trị; of a
        military region or corps: its Cục Chính trị)."""
        parent = unit.orgs[-1]
        head = "Cục" if parent.notation in ("QK", "BTL") or parent.id.startswith(("qk-", "btl-qk")) else "Phòng"
        return self._staff_body(head, field, unit, pos).orgs[0]

    def _staff_body(self, head: str, words: str, unit: OrgMention, pos: int) -> OrgMention:
        """A staff department of a unit: "Phòng Tác chiến, Bộ Tham mưu Quân khu 5", "Bộ Tham mưu Quân khu 5",
        "Phòng Chính trị, Bộ CHQS tỉnh". Named with its unit; part of it."""
        parent = unit.orgs[-1]
        name = f"{head} {words}"
        joined = f"{name}, {parent.vi}" if head == "Phòng" else f"{name} {parent.vi}"
        field_en = _STAFF_EN.get(canonical(words), f"({search_key(words)})")
        kind = "Staff" if head == "Bộ" else f"{field_en} {'Department' if head == 'Cục' else 'Division'}"
        org = Org(slugify(f"{name} {parent.id}"), "MilitaryUnit", joined, f"{kind} of the {parent.en}",
                  place=parent.place, part_of=parent.id)
        org = self.register(org, (pos, unit.end))
        return OrgMention(pos, unit.end, (org,), spans=((pos, unit.end),))

    def _gloss(self, words: str) -> str | None:
        """English for a name part that is a glossary term ('giáo dục quốc phòng và an ninh', 'GDNN&GDTX'), or
        ends with one ('Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn': the board is for that)."""
        split = words.split()
        for start in range(len(split)):
            found = self.lexicon.term_for(" ".join(split[start:]))
            if found:
                return found[1]
        return None

    def _abbreviate(self, words: str) -> str:
        found = self.lexicon.term_for(words)
        return found[2] if found else words
