"""Record sections about entities: the article, the main event and its series, places, organisations
(a mixin of assemble._Builder)."""

from __future__ import annotations

import re

from .events import EVENT_NOUNS
from .orgs import PURPOSE_EN
from .text import canonical, search_key, slugify

# What a body set up for an event is for, in English ("Ban Chỉ đạo diễn tập": the exercise's steering committee).
_PURPOSES_EN = {canonical(vi): en for vi, en in (("diễn tập", "exercise"), ("hội thao", "military sports event"),
                                                 ("hội thi", "contest"), ("kiểm tra", "inspection"))}


_YEAR_AT_END = re.compile(r"\s+năm \d{4}$")


class EntitySections:
    def article_item(self, article_id, text_ref, source_name, author) -> dict:
        item: dict = {"id": article_id, "text": text_ref}
        if source_name:
            item["source_name"] = source_name
        item["language"] = "vi"
        if self.layout.fictional:
            item["fictional"] = True
        if self.layout.headline:
            headline = self.quote(*self.layout.headline) or {}
            en = self.headline_en()
            item["headline"] = {**headline, **({"en": en} if en else {})}
        published: dict = {"date": self.pub_date.isoformat()}
        if self.layout.dateline:
            named = self.places.called(self.layout.dateline.place) if self.layout.dateline.place else None
            published["place"] = named.id if named else None  # where the dateline says it was written
            quoted = self.quote(self.layout.dateline.start, self.layout.dateline.end)
            if quoted:
                published.update(quoted)
        item["published"] = {k: v for k, v in published.items() if v is not None}
        if author:
            item["author"] = {"person": author["id"]}
        elif self.byline_only:
            item["author"] = {"name": self.byline_only}
        if self.event:
            item["main_event"] = self.event.id
        return item

    def headline_en(self) -> str | None:
        start, end = self.layout.headline
        if not self.event or not self.event.organizers:
            return None
        if "to chuc" not in self.doc.fold[start:end].lower():
            return None
        core = self.event.en_core
        return f"{self.event.organizers[0].en} holds the {core}" if core else None

    def name_temporary_bodies(self) -> None:
        """'Ban Chỉ đạo diễn tập', 'Đoàn kiểm tra': bodies of the event take its full name, with the
        district filled in ('Ban Chỉ đạo diễn tập khu vực phòng thủ quận Dương Kinh năm 2021'). A body
        of one part of the event is named from that part on: 'Ban Chỉ đạo diễn tập' at the 'Lễ tổng kết,
        khen thưởng diễn tập chỉ huy – cơ quan …' is the 'Ban Chỉ đạo diễn tập chỉ huy – cơ quan …'."""
        event = self.event
        temporary = [o for o in self.orgs.by_id.values() if o.temporary]
        if event is None or not temporary:
            return
        name = re.sub(r"\s*\([^)]*\)", "", event.phrase).strip()
        noun = event.noun
        for org in temporary:
            if org.placed and org.place is not None:
                self._name_placed_body(org)
                continue
            if (district := self._steering_district(org)) is not None:
                self._name_district_board(org, district)
                continue
            if noun == "kiểm tra" and org.sent_by is not None:
                # the event is this team's inspection: "Đoàn kiểm tra của Bộ CHQS tỉnh", not named after it again
                self._relabel(org, f"{org.head} {org.tail} của {org.sent_by.vi}",
                              f"{PURPOSE_EN.get(canonical(org.tail), '')} {org.head_en} of the {org.sent_by.en}".lstrip(),
                              slugify(f"{org.head} {org.tail} {org.sent_by.id}"))
                continue
            # "Ban Tổ chức hội nghị" -> "Ban Tổ chức" + the conference's name; "Đoàn kiểm tra" -> + the name.
            # A bare "Ban Tổ chức" after "Ban Tổ chức hội thao" in the same article is that one.
            tail = next((o.tail for o in temporary if o is not org and o.head == org.head and canonical(o.tail)
                         .startswith(canonical(org.tail) + " ") and canonical(o.tail[len(org.tail):].strip())
                         .startswith(EVENT_NOUNS)), org.tail)
            words = tail.split()
            at = next((i for i in range(len(words)) if canonical(" ".join(words[i:])).startswith(noun)), len(words))
            purpose, own = " ".join(words[:at]), name
            if purpose and at == len(words):
                # A body of one part of the event, named inside it: "Ban Tổ chức hội thao" at the "Lễ bế mạc và trao
                # giải Hội thao …" is the organising board of that Hội thao.
                for i in range(len(words) - 1):
                    part = re.search(r"(?<!\w)" + re.escape(" ".join(words[i:])) + r"(?!\w)", name, re.I)
                    if part and part.start() > 0:
                        purpose, own = " ".join(words[:i]), name[part.start():]
                        break
            sender = org.sent_by or self._sender(org)
            own = self._placed(own, owner=sender is None)
            own = own[:1].lower() + own[1:]
            if org.sent_by is not None:  # as written, "Đoàn kiểm tra của Bộ Tư lệnh Quân khu 5", then the event
                own = f"của {sender.vi} ({own})"
            elif sender is not None and sender.vi not in own:
                own = f"{own} của {sender.vi}"
            self._relabel(org, " ".join(filter(None, [org.head, purpose, own])),
                          " ".join(filter(None, [PURPOSE_EN.get(canonical(purpose), ""), org.head_en, "of the",
                                                 event.en])),
                          "-".join(filter(None, [slugify(f"{org.head} {purpose}"), event.id,
                                                 org.sent_by.id if org.sent_by else None])))

    def _name_placed_body(self, org) -> None:
        """'Trưởng ban Chỉ đạo diễn tập tỉnh': a body whose place is written is that place's body for the
        event's year ('Ban Chỉ đạo diễn tập tỉnh Đắk Lắk năm 2023'), apart from the district's own; a district's
        board steering a commune's exercise is named without the year, as a district's board of such exercises."""
        location = self.event.location
        if org.head == "Ban Chỉ đạo" and org.place.tier == 2 and location is not None and location.tier == 3:
            self._name_district_board(org, org.place)
            return
        year = self.event.date.year
        purpose = _PURPOSES_EN.get(canonical(org.tail), search_key(org.tail))
        self._relabel(org, f"{org.head} {org.tail} {org.place.vi} năm {year}",
                      f"{org.place.en} {org.head_en} for the {year} {purpose}",
                      slugify(f"{org.head} {org.tail} {org.place.id} {year}"))

    def _steering_district(self, board):
        """The district whose steering board steers a commune's exercise: its head holds a post of a district
        body in the same breath ("Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo diễn tập")."""
        location = self.event.location
        if board.head != "Ban Chỉ đạo" or location is None or location.tier != 3:
            return None
        for mention in self.mentions:
            if any(board in post.orgs for post in mention.posts):
                places = [org.place for post in mention.posts for org in post.orgs if org is not board]
                district = next((place for place in places if place is not None and place.tier == 2), None)
                if district is not None:
                    return district
        return None

    def _name_district_board(self, org, district) -> None:
        org.place = district
        purpose = _PURPOSES_EN.get(canonical(org.tail), search_key(org.tail))
        self._relabel(org, f"{org.head} {org.tail} {district.vi}", f"{district.en} {org.head_en} for the {purpose}",
                      slugify(f"{org.head} {org.tail} {district.id}"))

    def _relabel(self, org, vi: str, en: str, new_id: str) -> None:
        """Name a body set up for the event once the event is known; its id changes with its name."""
        old = org.id
        org.vi, org.en, org.id = vi, en, new_id
        del self.orgs.by_id[old]
        if org.id in self.orgs.by_id:  # two temporary bodies that turn out to be one, once named
            self.orgs.order.remove(old)
        else:
            self.orgs.by_id[org.id] = org
            self.orgs.order[self.orgs.order.index(old)] = org.id

    def _sender(self, body):
        """The body that sent a temporary one, when it is not an organiser of the event: the organisation
        of its head's post just before ('Phó Chỉ huy trưởng Bộ CHQS thành phố, Trưởng đoàn kiểm tra')."""
        if body.head != "Đoàn":
            return None  # a board ("Ban Tổ chức", "Ban Giám khảo") is the event's own, not sent by anyone
        organisers = {o.id for o in self.event.organizers}
        for mention in self.mentions:
            for before, post in zip(mention.posts, mention.posts[1:]):
                if body in post.orgs and before.orgs and not before.orgs[0].temporary:
                    return before.orgs[0] if before.orgs[0].id not in organisers else None
        return None

    def _placed(self, name: str, owner: bool = True) -> str:
        """The event's name with its place: the district after its level word ('quận' -> 'quận Dương Kinh'),
        else (when owner) the place before the year ('Hội thi … thị trấn Thắng năm 2024') or, when the name has
        no year, the place and the event's year; or '… của' the organiser when that is a province's command
        ('… năm 2023 của Bộ CHQS thành phố Hải Phòng')."""
        place = self.event.location
        if not place or canonical(place.name) in canonical(name):
            return name
        level = re.search(r"(?<!\w)" + re.escape(place.level) + r"(?=\s+(?:năm|\w*[a-zđ]\w*)\b|$)", name, re.I)
        if level:
            return name[:level.end()] + f" {place.name}" + name[level.end():]
        if not owner:
            return name
        organizers = self.event.organizers
        year = _YEAR_AT_END.search(name)
        if len(organizers) == 1 and organizers[0].type == "MilitaryUnit" and place.tier == 1:
            return f"{name} của {organizers[0].vi}"
        if not year:  # the year of the event, as the curated records name a board of it
            return f"{name} {place.vi} năm {self.event.date.year}"
        return f"{name[:year.start()]} {place.vi}{name[year.start():]}"

    def events(self) -> tuple[list, list]:
        event = self.event
        if event is None:
            self.notes.append("no main event recognised (no 'tổ chức Hội nghị …' or similar in the first paragraphs)")
            return [], []
        self.notes.extend(event.notes)
        item = {"id": event.id, "type": event.type, "vi": event.vi, "en": event.en, "date": event.date.isoformat()}
        if event.end_date:
            item["end_date"] = event.end_date.isoformat()
        if event.organizers:
            item["organizer"] = [o.id for o in event.organizers]
            self.referenced.update(o.id for o in event.organizers)
        if event.location:
            item["location"] = event.location.id
        series = []
        if event.series:
            item["series"] = event.series["id"]
            series.append(dict(event.series))
        if event.reviews_year:
            item["reviews_year"] = event.reviews_year
        if event.plans_year:
            item["plans_year"] = event.plans_year
        quoted = self.quote(*event.quote)
        if quoted:
            item.update(quoted)
            self.mark(event.quote[0])
        else:
            item.update(self.quote(*self.layout.headline) or {})
        return [item], series

    def place_items(self) -> list:
        items = []
        for place in self.places.order:
            quoted = self.quote(*place.quote) if place.quote else None
            if not quoted:
                continue
            item = {"id": place.id, "type": place.type, "name": place.name, "vi": place.vi, "en": place.en}
            if place.within:
                item["within"] = place.within
            items.append({**item, **quoted})
        known = {i["id"] for i in items}
        for item in items:
            if item.get("within") not in known:
                item.pop("within", None)
        self.written_places = known  # a place never quoted (a province known from the gazetteer) is not written
        return items

    def org_items(self) -> list:
        items = []
        places = self.written_places
        for org_id in self.orgs.order:
            org = self.orgs.by_id[org_id]
            if org.weak and org_id not in self.referenced:
                continue
            quoted = self.quote(*org.quote) if org.quote else None
            if not quoted:
                continue
            item = {"id": org.id, "type": org.type, "vi": org.vi, "en": org.en}
            if org.notation and org.notation in self.lexicon.notations:
                item["abbreviations"] = [org.notation]
            if org.place and org.place.id in places:
                item["place"] = org.place.id
            parent = org.part_of or self.orgs.parent_of(org)
            if parent:
                item["part_of"] = parent
            items.append({**item, **quoted})
        kept = {i["id"] for i in items}
        for item in items:
            if item.get("part_of") not in kept:
                item.pop("part_of", None)
        return items
