"""Places: administrative level words ("quận", "huyện", "phường" …) with their names, and the article's home.

The home is the city or province of the dateline, the district the article
is about (named in the headline or first paragraph) and, for a commune's
article, its commune. Short forms resolve against it: "UBND quận" in a
Dương Kinh article is UBND quận Dương Kinh, "Bộ CHQS thành phố" is the
city's. A level word with no name in a plural phrase ("Ban CHQS xã,
phường") is generic and names no place. When the article never names its
province, the gazetteer (gazetteer.tsv: every district-level unit of
Vietnam and its province) supplies it, if the districts named are all in one
province.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .names import is_clan_name, is_surname, looks_like_person, never_starts_name
from .text import canonical, search_key, slugify

# level (canonical vi) -> (record place type, English word, tier: 1 city/province, 2 district, 3 ward/commune)
LEVELS = {
    "thành phố": ("City", "City", 1),
    "tỉnh": ("Province", "Province", 1),
    "quận": ("District", "District", 2),
    "huyện": ("District", "District", 2),
    "thị xã": ("District", "Town", 2),
    "phường": ("Ward", "Ward", 3),
    "xã": ("Commune", "Commune", 3),
    "thị trấn": ("Commune", "Township", 3),
}
_ALIASES = {"tp": "thành phố", "tp.": "thành phố", "thị trân": "thị trấn", "tĩnh": "tỉnh"}  # typos as written
# A level word: thành phố, thị xã, thị trấn, tỉnh, quận, huyện, phường, xã, TP. The first letter comes before
# the look-behind so that a search skips ahead to those letters instead of trying every position.
LEVEL_RE = re.compile(r"[tqhpxTQHPX](?<![A-Za-z0-9].)(?i:(?<=t)(?:hanh\s+pho|hi\s+xa|hi\s+tran|inh|p\.?)|(?<=q)uan|"
                      r"(?<=h)uyen|(?<=p)huong|(?<=x)a)(?![A-Za-z0-9])")
# A run of capitalised syllables (on the folded text; a no-break space is a space there). Ê Đê and Jrai women's
# names open with "H'" ("H'Nguyên Niê"), K'Ho names with "K'" ("K'Dũng", a name of one word).
CAP_RUN = re.compile(r"(?:[HK]['’])?[A-Z][a-z]*(?![A-Za-z0-9&])(?: (?:[HK]['’])?[A-Z][a-z]*(?![A-Za-z0-9&]))*")
# "xã, phường", "xã, thị trấn", "phường và xã": a plural class of places, not one place.
_PLURAL = re.compile(r"\s*(?:,|\s(?:va|hoac))\s*(?:thi\s+tran|thi\s+xa|phuong|xa)(?![A-Za-z])", re.I)
_NOT_A_PLACE = ("UBND", "HDND", "Ban ", "Hoi ", "Dang ", "Doan ")
_LIST_ITEM = re.compile(r"(?:,\s*|\s+(va)\s+)(?=[A-Z])")  # the next name of a list of places: ", X" or " và X"
_MANY = re.compile(r"(?:cac|nhung)\s+$", re.I)
_NUMBERED = re.compile(r" (\d{1,2})(?![\d/.,%])")
# The second half of a unit's name joined by a dash: "Phan Rang - Tháp Chàm", "Bà Rịa – Vũng Tàu".
_DASHED = re.compile(r"\s?[-–—]\s?(?=[A-Z])")
_DASH = re.compile(r"\s*[-–—]\s*")
# A province's body as the subject of the event's verb, in the folded text.
_PROVINCE_HOLDS = re.compile(r"(?:Tinh uy|(?:Dang uy Quan su|Bo CHQS|Bo Chi huy Quan su|UBND|Uy ban nhan dan|HDND|"
                             r"Hoi dong nhan dan|Hoi dong NVQS) tinh)(?: [A-Z][a-z]*)* (?:to chuc|tong ket|so ket|"
                             r"trien khai|khai mac|khai giang|phat dong|ra quan)(?![a-z])")
# "thành phố Thủ Dầu Một, tỉnh Bình Dương (cũ)": a unit that no longer exists since the 2025 reform, named for
# history; the place (or the one it is in, named right after it) is followed by "(cũ)".
_FORMER = re.compile(r"(?:,\s*(?:tinh|thanh\s+pho|huyen|quan|thi\s+xa)(?: [A-Z][a-z]*)+)?\s*\(cu\)", re.I)
# A title and its body right before a level word: "Chủ tịch UBND xã", "Chỉ huy trưởng Ban CHQS xã" (folded).
_TITLE_BODY_BEFORE = re.compile(r"(?:Chu tich|Bi thu|Chi huy truong|Chinh tri vien|Truong Cong an|Truong ban)"
                                r"(?: [A-Z][a-z]*)* (?:UBND|HDND|Ban CHQS|Dang uy|Cong an|Hoi dong NVQS|Uy ban nhan dan|"
                                r"Hoi dong nhan dan|Ban Chi huy Quan su) $")
_VERB_AFTER = re.compile(r" [a-z]")  # a lower-case word goes on the sentence: the name has ended
# Name openings of the Central Highlands that are no surname: "Y Lan", "A Pết", and "H'Hoa", "K'Bình".
_PERSON_PREFIXES = {"y", "a"}
CENTRAL_CITIES = {canonical(n) for n in ("Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh", "Huế")}


@dataclass(eq=False)
class Place:
    id: str
    level: str  # canonical level word, or "" for a dateline place of unknown level
    type: str
    name: str  # as first written
    en: str
    tier: int
    within: str | None = None
    quote: tuple[int, int] | None = None  # span of "level name" (or the name) in the text
    of: str = ""  # for a numbered place ("Phường 25"), the place it is numbered in ("quận Bình Thạnh")

    @property
    def vi(self) -> str:
        own = f"{self.level} {self.name}" if self.level else self.name
        return f"{own}, {self.of}" if self.of else own


@dataclass(frozen=True)
class LevelMention:
    level: str  # canonical
    start: int
    end: int  # end of the level word
    name: str | None = None  # place name after it, if any
    name_end: int | None = None
    generic: bool = False  # "xã, phường": a plural class of places

    @property
    def stop(self) -> int:
        return self.name_end if self.name_end is not None else self.end


def ascii_title(name: str) -> str:
    return " ".join(w.capitalize() for w in search_key(name).split())


def level_at(text: str, fold: str, pos: int, end: int) -> tuple[str, int] | None:
    """(canonical level, end) if a level word starts at pos; checks the real spelling ("phương" is not "phường")."""
    match = LEVEL_RE.match(fold, pos, end)
    if not match:
        return None
    written = canonical(text[match.start():match.end()])
    written = _ALIASES.get(written, written)
    if written not in LEVELS:
        return None
    if written in ("quận", "huyện", "tỉnh", "thị xã") and fold[match.end():match.end() + 3].lower() == " uy":
        return None  # "Quận ủy", "Huyện ủy": a party committee, not a place
    return written, match.end()


def unit_key(name: str) -> str:
    """canonical(name) with its dashes written one way: "Phan Rang-Tháp Chàm" is "Phan Rang – Tháp Chàm"."""
    key = canonical(name)
    return _DASH.sub(" - ", key) if "-" in key or "–" in key or "—" in key else key


def dashed(name: str) -> str:
    """A unit's name with its dash as an en dash between spaces, however it was written."""
    return _DASH.sub(" – ", name)


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """unit_key of a district name -> every (province level, province name, district level) it is found in."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for line in Path(__file__).with_name("gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            province_level, province, level, district = line.split("\t")
            found.setdefault(unit_key(district), []).append((province_level, province, level))
    return {name: tuple(units) for name, units in found.items()}


@functools.lru_cache(maxsize=1)
def _province_units() -> dict[str, tuple[str, str]]:
    """unit_key of a province's name -> (its level, its name)."""
    return {unit_key(unit[1]): unit[:2] for units in gazetteer().values() for unit in units}


def district_level(name: str) -> str | None:
    """The level of a district-level unit of this name ("huyện" for "Châu Thành", in whichever province);
    None if no district has the name, or if it is a province's own name ("Thái Bình" is a province first)."""
    key = unit_key(name)
    units = gazetteer().get(key, ())
    if not units or any(unit_key(u[1]) == key for u in units):
        return None
    return Counter(u[2] for u in units).most_common(1)[0][0]


def province_of(district: str) -> tuple[str, str] | None:
    """(province level, province name) of a district name found in one province only."""
    units = {u[:2] for u in gazetteer().get(unit_key(district), ())}
    return units.pop() if len(units) == 1 and district_level(district) else None


def provincial_city(name: str) -> bool:
    """A city of a province ("Phan Rang – Tháp Chàm", "Đông Hà"), a district-level unit; not a city of its own."""
    return canonical(name) not in CENTRAL_CITIES and district_level(name) == "thành phố"


def is_unit_name(name: str) -> bool:
    """Is this the name of a province, a centrally-run city or a district-level unit?"""
    key = unit_key(name)
    return key in _province_units() or key in gazetteer() or canonical(name) in CENTRAL_CITIES


def is_dashed_unit(name: str) -> bool:
    """Is this a province or district-level unit whose name has a dash ("Bà Rịa - Vũng Tàu")?"""
    key = unit_key(name)
    return key in _province_units() or key in gazetteer()


def _highland_name(words: list[str]) -> bool:
    """A name of the Central Highlands or the northern mountains, which communes seldom bear (a Kinh name after a
    level word may well be a commune named after a hero: "phường Trần Hưng Đạo")."""
    first = canonical(words[0])
    return 2 <= len(words) <= 4 and (is_clan_name(first) or first in _PERSON_PREFIXES or first[:2] in ("h'", "k'"))


class Places:
    """The places of one article and its home; resolves level words to places."""

    def __init__(self, text: str, fold: str):
        self.text, self.fold = text, fold
        self.by_key: dict[tuple[str, str], Place] = {}  # (level, canonical name) -> place
        self.known_names: dict[str, str] = {}  # canonical name -> level seen with it
        self.city: Place | None = None
        self.district: Place | None = None
        self.ward: Place | None = None
        self.order: list[Place] = []
        self.named: list[LevelMention] = []  # level words with a name, in text order (see learn)
        self.not_places: set[str] = set()  # canonical names read as people after a title (see learn)

    # -- reading level words ---------------------------------------------------------
    def split_run(self, words: list[str], level: str = "") -> int:
        """How many words of a capitalised run after a level word are the place name (0: a person follows).
        A district named after a person ("huyện Trần Văn Thời") is known from the gazetteer."""
        district, province, city = level and LEVELS[level][2] == 2, level == "tỉnh", level == "thành phố"
        if self.not_places and any(canonical(" ".join(words[:size])) in self.not_places for size in range(2, 5)):
            return 0
        for size in range(min(len(words), 4), 0, -1):
            name = " ".join(words[:size])
            if canonical(name) in self.known_names or (district and district_level(name)) or (
                    province and unit_key(name) in _province_units()) or (city and canonical(name) in CENTRAL_CITIES):
                return size
        if looks_like_person(words):
            return 0
        if (district or province) and len(words) >= 3 and is_surname(words[0]):
            # "Chủ tịch UBND huyện Phạm Quý Thanh", "Phó Chủ tịch UBND tỉnh Tôn Thất Bảo Long": no district or
            # province has that name (the gazetteer knows them)
            return 0
        if len(words) >= 4 and is_surname(words[2]):
            return 2
        return min(len(words), 4)

    def mention_at(self, pos: int, end: int) -> LevelMention | None:
        found = level_at(self.text, self.fold, pos, end)
        if not found:
            return None
        level, level_end = found
        if self.fold[level_end:level_end + 1] == " ":
            run = CAP_RUN.match(self.fold, level_end + 1, end)
            if run:
                words = self.fold[run.start():run.end()].split(" ")
                size = self.split_run(self.text[run.start():run.end()].replace("\u00a0", " ").split(" "), level)
                if size:
                    name_end = run.start() + len(" ".join(words[:size]))
                    name = self.text[run.start():name_end].replace("\u00a0", " ")
                    if size == len(words):
                        name, name_end = self._dashed_rest(name, name_end, end, LEVELS[level][2] == 3)
                    return LevelMention(level, pos, level_end, name, name_end)
        number = _NUMBERED.match(self.fold, level_end, end) if level in ("phường", "quận") else None
        if number:  # "Phường 25", "Quận 1": wards and districts of a city numbered, not named
            return LevelMention(level, pos, level_end, number.group(1), number.end())
        if _PLURAL.match(self.fold, level_end, level_end + 14):
            return LevelMention(level, pos, level_end, generic=True)
        return LevelMention(level, pos, level_end)

    def _dashed_rest(self, name: str, name_end: int, end: int, ward: bool = False) -> tuple[str, int]:
        """The name goes on past a dash when the two halves are one unit: "thành phố Phan Rang - Tháp Chàm"; for a
        ward, when the second half is the province's former city ("phường Lâm Viên - Đà Lạt", since 2025)."""
        dash = _DASHED.match(self.fold, name_end, end)
        rest = CAP_RUN.match(self.fold, dash.end(), end) if dash else None
        if rest:
            whole = dashed(self.text[name_end - len(name):rest.end()].replace("\u00a0", " "))
            if is_dashed_unit(whole) or (ward and provincial_city(self.text[rest.start():rest.end()])
                                         and not _DASHED.match(self.fold, rest.end(), end)):
                return whole, rest.end()  # not "xã Quyết Thắng - Lạc Sơn - Hòa Bình": commune, district, province
        return name, name_end

    def scan(self, start: int = 0, end: int | None = None) -> list[LevelMention]:
        end = len(self.fold) if end is None else end
        found, pos = [], start
        for match in LEVEL_RE.finditer(self.fold, start, end):
            if match.start() < pos:
                continue
            mention = self.mention_at(match.start(), end)
            if mention:
                found.append(mention)
                pos = mention.stop
                if mention.name and _MANY.search(self.fold, max(0, mention.start - 8), mention.start):
                    listed = self._listed_after(mention, end)  # "các xã Tùng Vài, Cao Mã Pờ và Tả Ván"
                    found += listed
                    pos = listed[-1].stop if listed else pos
        return found

    def _listed_after(self, mention: LevelMention, end: int) -> list[LevelMention]:
        """The other places of a plural level word's list, each a place of that level with no word of its own."""
        listed, pos = [], mention.stop
        while (item := _LIST_ITEM.match(self.fold, pos, end)) is not None:
            run = CAP_RUN.match(self.fold, item.end(), end)
            words = self.text[run.start():run.end()].replace("\u00a0", " ").split(" ")[:4]
            if never_starts_name(words[0]) or self.fold[run.start():run.end()].startswith(_NOT_A_PLACE):
                break  # "các xã A, B, Chủ tịch UBND …": the list has ended
            name = " ".join(words)
            listed.append(LevelMention(mention.level, run.start(), run.start(), name, run.start() + len(name)))
            pos = run.start() + len(name)
            if item.group(1):  # "… và Tả Ván": the last of the list
                break
        return listed

    # -- the article's places -------------------------------------------------------------
    def learn(self, headline: tuple[int, int] | None, lead: tuple[int, int] | None,
              dateline: tuple[str, int, int] | None, site: tuple[str, str, int, int] | None = None) -> None:
        """Collect named places and decide the home city and district; `site` is (level, name, span) of the
        province whose portal the page is on ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH BÌNH")."""
        mentions = self._people_after_titles(self.scan())
        self.named = [m for m in mentions if m.name]
        for mention in mentions:
            if mention.name:
                self.known_names.setdefault(canonical(mention.name), mention.level)
        # The dateline names the city or province ("Hải Phòng, ngày …"), unless the text calls that name a
        # district or ward ("Kiến Thụy, 20/12/2023" … "huyện Kiến Thụy"); then the district is found below.
        if dateline:
            name, start, end = dateline
            if is_dashed_unit(name) or canonical(dashed(name)) in self.known_names:
                name = dashed(name)  # "Phan Rang-Tháp Chàm, ngày …", the dash as the text's place names have it
                dateline = (name, start, end)
            level = self.known_names.get(canonical(name))
            if level is None and canonical(name) not in CENTRAL_CITIES and (level := district_level(name)):
                self.known_names[canonical(name)] = level  # "Kiến Thụy, 20/12/2023": a district
                self.district = self.add(level, name, (start, end))
            if level == "thành phố" and provincial_city(name):
                self.district = self.add(level, name, (start, end))  # "Phan Rang-Tháp Chàm, ngày …": a province's city
            elif level is None or LEVELS[level][2] == 1:
                level = level or ("thành phố" if canonical(name) in CENTRAL_CITIES else "tỉnh")
                self.city = self.add(level, name, (start, end))
        if self.city is None and site is not None:
            self.city = self.add(site[0], site[1], site[2:])  # the portal's province, before any gazetteer guess
        # Else the province the text names most often, the first of them on a tie ("kể từ khi tỉnh Quảng Bình và
        # tỉnh Quảng Trị hợp nhất thành tỉnh Quảng Trị mới"); "thành phố Đông Hà" is a province's city (a
        # district-level unit), not a province.
        current = [m for m in self.named if not _FORMER.match(self.fold, m.stop)]  # no unit named with "(cũ)"
        provinces = [m for m in current if LEVELS[m.level][2] == 1 and not (
            m.level == "thành phố" and provincial_city(m.name))]
        if self.city is None and provinces:
            counted = Counter(canonical(m.name) for m in provinces)
            top = max(counted.values())
            first = next(m for m in provinces if counted[canonical(m.name)] == top)
            self.city = self.add(first.level, first.name, (first.start, first.stop))
        # The district: first named in the headline, else the lead paragraph, else the most frequent one; but
        # when a province's body holds the event ("Đảng ủy Quân sự tỉnh tổ chức …") only the headline's.
        districts = [m for m in current if LEVELS[m.level][2] == 2 or (
            m.level == "thành phố" and provincial_city(m.name))]  # "thành phố Phan Rang – Tháp Chàm" is one too
        provincial = self._held_by_province(headline, lead)
        for span in (headline, lead if not provincial else None):
            if span and self.district is None:
                inside = [m for m in districts if span[0] <= m.start < span[1]]
                if inside:
                    self.district = self.add(inside[0].level, inside[0].name, (inside[0].start, inside[0].stop))
        counted = Counter((m.level, canonical(m.name)) for m in districts).most_common()
        # Else the one district the article names, or names most often; several named once each are
        # districts of a province's article ("diễn tập khu vực phòng thủ huyện Sơn Tịnh, Tư Nghĩa"), none home.
        if self.district is None and counted and (len(counted) == 1 or counted[0][1] > counted[1][1]) and \
                not provincial:
            first = next(m for m in districts if (m.level, canonical(m.name)) == counted[0][0])
            self.district = self.add(first.level, first.name, (first.start, first.stop))
        named = [m.name for m in districts] + ([self.district.name] if self.district else [])
        provinces = {province_of(name) for name in named}
        if self.city is None and len(provinces) == 1 and (unit := provinces.pop()):
            # Every district named is in this one province: it is the article's, though never named. Quoted
            # later, where a bare "thành phố" or "tỉnh" is read as this province (see resolve).
            self.city = self.add(unit[0], unit[1], None)
            if self.district:
                self.district.within = self.city.id
        self.ward = self._home_ward(mentions, headline, lead, dateline)
        for mention in mentions:  # every other named place, in text order
            if mention.name:
                place = self.add(mention.level, mention.name, (mention.start, mention.stop))
                if mention not in current and place not in (self.city, self.district, self.ward):
                    place.within = None  # a former unit was not in today's home province

    def _people_after_titles(self, mentions: list[LevelMention]) -> list[LevelMention]:
        """'Chủ tịch UBND xã Giàng A Sử chủ trì', in an article whose commune is named elsewhere: a person written
        after the title, not a commune of that name (the level word is the article's commune, unnamed). Told by
        a title and body just before, a verb just after, and a name of the highlands (see _highland_name)."""
        wards = {canonical(m.name) for m in mentions if m.name and LEVELS[m.level][2] == 3}
        kept = []
        for mention in mentions:
            if mention.name and LEVELS[mention.level][2] == 3 and len(wards) > 1 and \
                    _TITLE_BODY_BEFORE.search(self.fold, max(0, mention.start - 60), mention.start) and \
                    _VERB_AFTER.match(self.fold, mention.stop) and _highland_name(mention.name.split()):
                self.not_places.add(canonical(mention.name))
                mention = LevelMention(mention.level, mention.start, mention.end)
            kept.append(mention)
        if self.not_places:
            # the name is no place anywhere in the article: read those level words again
            kept = [self.mention_at(m.start, len(self.fold)) if m.name and canonical(m.name) in self.not_places
                    else m for m in kept]
        return kept

    def _held_by_province(self, headline: tuple[int, int] | None, lead: tuple[int, int] | None) -> bool:
        """Is a province's body the subject of the headline's or the lead's verb ("Đảng ủy Quân sự tỉnh tổ chức")?"""
        return any(span and _PROVINCE_HOLDS.search(self.fold, *span) for span in (headline, lead))

    def _home_ward(self, mentions: list[LevelMention], headline, lead, dateline) -> Place | None:
        """The ward or commune the article is about: named in the headline; else the dateline's place when it
        is a ward ("Thuỷ Xuân Tiên, ngày …"); else the lead's, when it names the ward before any district
        ("UBND xã X (huyện Y) tổ chức …"; in "UBND huyện Y tổ chức … tại xã X" the district comes first)."""
        named = [m for m in mentions if m.name and LEVELS[m.level][2] >= 2]
        wards = [m for m in named if LEVELS[m.level][2] == 3]
        chosen = next((m for m in wards if headline and headline[0] <= m.start < headline[1]), None)
        if chosen is None and dateline:
            chosen = next((m for m in wards if canonical(m.name) == canonical(dateline[0])), None)
        if chosen is None and lead:
            first = next((m for m in named if lead[0] <= m.start < lead[1]), None)
            chosen = first if first in wards else None
        return self.add(chosen.level, chosen.name, (chosen.start, chosen.stop)) if chosen else None

    def add(self, level: str, name: str, span: tuple[int, int] | None) -> Place:
        found = self.by_key.get((level, canonical(name)))
        if found:
            return found
        ptype, en_word, tier = LEVELS[level]
        if tier == 1 and level == "thành phố" and (provincial_city(name) or (
                self.city and canonical(self.city.name) != canonical(name) and self.city.level == "tỉnh")):
            ptype, en_word, tier = "City", "City", 2  # a provincial city, one tier below its province
        place_id = slugify(name)
        if any(p.id == place_id for p in self.order):
            place_id = f"{place_id}-{slugify(level)}"
        # Since 2025 a commune or ward is directly under its province: with no home district, in the home province.
        parent = self.city if tier == 2 else (self.district or self.city) if tier == 3 else None
        within = parent.id if parent else None
        en = f"{ascii_title(name)} {en_word}"
        of = ""
        if name.isdigit():  # "Phường 25" is only one place together with its district: "Phường 25, quận Bình Thạnh"
            place_id = "-".join(filter(None, [slugify(level), name, parent.id if parent else ""]))
            en = f"{en_word} {name}" + (f", {parent.en}" if parent else "")
            of = parent.vi if parent else ""
        place = Place(place_id, level, ptype, name.strip(), en, tier, within, span, of)
        self.by_key[(level, canonical(name))] = place
        self.order.append(place)
        return place

    # -- resolving short forms ----------------------------------------------------------------
    def resolve(self, mention: LevelMention | None, tier_if_bare: int | None) -> Place | None | str:
        """The place a level mention (or a bare head of the given tier) stands for; 'generic' for plurals."""
        if mention is None:
            return {1: self.city, 2: self.district or self.city, 3: self.ward or self.district or self.city}.get(
                tier_if_bare) if tier_if_bare else None
        if mention.generic:
            return "generic"
        if mention.name:
            return self.add(mention.level, mention.name, (mention.start, mention.stop))
        for home in (self.ward, self.district, self.city):
            if home and home.level == mention.level:
                if home.quote is None:  # a province known from the gazetteer: quoted where it is first meant
                    home.quote = (mention.start, mention.end)
                return home
        if LEVELS[mention.level][2] == 3:
            near = self._named_just_before(mention)
            return self.add(near.level, near.name, (near.start, near.stop)) if near else "generic"
        return None

    def communes_in(self, start: int, end: int) -> list[Place]:
        """The communes and wards named in the span, each once."""
        found = [self.resolve(m, None) for m in self.named if start <= m.start < end and LEVELS[m.level][2] == 3]
        return list(dict.fromkeys(found))

    def _named_just_before(self, mention: LevelMention) -> LevelMention | None:
        """'tại xã Hòa An, Chủ tịch UBND xã Võ Thị Mai Trinh': a bare ward or commune right after one named in
        the same sentence is that one."""
        before = [m for m in self.named if m.level == mention.level and m.stop <= mention.start]
        if not before or mention.start - before[-1].stop > 60 or _MANY.search(self.fold, max(0, mention.start - 8), mention.start):
            return None  # "… Ban CHQS các xã": every commune, not the one just named
        between = self.fold[before[-1].stop:mention.start]
        return before[-1] if not any(stop in between for stop in ".;:") else None

    def called(self, name: str) -> Place | None:
        """The first place of the article with this name (the dateline's place, say), its dash written any way."""
        key = unit_key(name)
        return next((place for place in self.order if unit_key(place.name) == key), None)

    def named_at(self, pos: int, end: int) -> Place | None:
        """A known place name written without a level word ("Quận ủy Dương Kinh", "QĐND Việt Nam" excluded)."""
        run = CAP_RUN.match(self.fold, pos, end)
        if not run:
            return None
        words = self.text[run.start():run.end()].replace("\u00a0", " ").split(" ")
        whole, stop = self._dashed_rest(" ".join(words), run.end(), end)
        if stop > run.end() and (level := self.known_names.get(canonical(whole))):
            return self.by_key.get((level, canonical(whole))) or self.add(level, whole, (pos, stop))
        for size in range(min(len(words), 4), 0, -1):
            name = " ".join(words[:size])
            level = self.known_names.get(canonical(name))
            if level:
                return self.by_key.get((level, canonical(name))) or self.add(level, name, (pos, pos + len(name)))
        for size in range(min(len(words), 4), 1, -1):  # a province never named before: "Tỉnh ủy Tây Ninh"
            name = " ".join(words[:size])
            if (unit := _province_units().get(unit_key(name))) is not None:
                self.known_names[canonical(name)] = unit[0]
                return self.by_key.get((unit[0], canonical(name))) or self.add(unit[0], name, (pos, pos + len(name)))
        return None
