"""Record sections about people: people, holdings, ranks and attendance (a mixin of assemble._Builder)."""

from __future__ import annotations

from ..text import squash_spaces
from .attendance import acts_at_event, list_scopes
from .people import Mention
from .text import canonical, slugify

AUTHOR_NOTE = {"vi": "tác giả bài viết", "en": "author of the article"}
COAUTHOR_NOTE = {"vi": "đồng tác giả bài viết", "en": "co-author of the article"}
_NO_NAME = {canonical(w) for w in ("Phóng viên", "Nhóm phóng viên", "Nhóm PV", "Ban Biên tập", "Cộng tác viên")}


def _as_name(written: str) -> str:
    """A byline's name as a name: "MINH KHÔI" (a byline in capitals) is Minh Khôi; the quote keeps the capitals."""
    return written.title() if written.isupper() else written


class PeopleSections:
    def keep_ids_apart(self, people, author) -> None:
        """Ids share one space per record: a person named like a place ('Quang Trung') gets a suffix."""
        taken = {p.id for p in self.places.order} | set(self.orgs.by_id)
        if self.event:
            taken.add(self.event.id)
        for person in people:
            if person.id in taken:
                person.id = f"{person.id}-2"
            taken.add(person.id)
        if author and author["id"] in taken:
            author["id"] = f"{author['id']}-tac-gia"

    def author(self) -> dict | None:
        if not self.layout.byline:
            return None
        start, end = self.layout.byline
        name = squash_spaces(self.doc.text[start:end])
        quoted = self.quote(start, end)
        if not quoted:
            return None
        self.mark(start)
        if name.isupper() and len(name) <= 4 or canonical(name) in _NO_NAME:
            self.byline_only = name  # "PV", "Phóng viên": a byline that names no one; article.author.name keeps it
            return None
        return {"id": slugify(name) or "tac-gia", "name": _as_name(name), "note": dict(AUTHOR_NOTE), **quoted}

    def coauthor(self) -> dict | None:
        """The second name of a byline ("Thu Phương - Hữu Đức"), a person of the record like the author."""
        if not self.layout.coauthor:
            return None
        quoted = self.quote(*self.layout.coauthor)
        name = squash_spaces(self.doc.text[slice(*self.layout.coauthor)])
        return {"id": slugify(name), "name": _as_name(name), "note": dict(COAUTHOR_NOTE), **quoted} if quoted else None

    def credit_notes(self) -> None:
        if self.layout.source:
            start, end = self.layout.source
            self.notes.append(f"source line '{squash_spaces(self.doc.text[start:end])}' (line {self.line(start)}) "
                              "names the outlet the article was taken from")
        lines: dict[str, list[int]] = {}
        for credit_start, _end, credit in self.layout.credits:
            lines.setdefault(credit, []).append(self.line(credit_start))
            self.mark(credit_start)
        for credit, numbers in lines.items():
            where = ", ".join(str(n) for n in numbers)
            self.notes.append(f"photo credit '{credit}' (line{'s' if len(numbers) > 1 else ''} {where}) names the "
                              "photographer, not a person of the article")

    def person_item(self, person) -> dict:
        first = next(m for m in person.mentions if m.kind == "named")
        item = {"id": person.id, "name": person.name, **(self.quote(*first.name_span) or {})}
        self.mark(first.name_span[0])
        return item

    # -- posts, ranks -----------------------------------------------------------------
    def post_ids(self, mention: Mention) -> list[str]:
        """The posts of a mention that the record holds (see holdings_and_ranks), as role@organisation."""
        posts = []
        for post in mention.posts:
            for org in post.orgs:
                post_id = f"{post.role_id}@{org.id}"
                if post.role_id and mention.person and (mention.person.id, post_id) in self.held:
                    posts.append(post_id)
        return posts

    def holdings_and_ranks(self, people) -> tuple[list, list]:
        holdings, ranks = [], []
        for person in people:
            seen: set[str] = set()
            rank_seen = None
            for mention in person.mentions:
                if mention.kind not in ("named", "short", "opening"):
                    continue
                name_start, name_end = mention.name_span
                for post in mention.posts:
                    before = post.end <= name_start
                    span = (post.start, name_end) if before else (mention.begin, post.end)
                    if not post.role_id:
                        self.notes.append(f"role '{post.role_label}' of {person.name} (line {self.line(post.start)}) "
                                          "is not in data/concepts.yaml; add the role to record the post")
                        continue
                    if not post.orgs:
                        if not post.generic:
                            self.notes.append(f"post '{squash_spaces(self.doc.text[post.start:post.end])}' of "
                                              f"{person.name} (line {self.line(post.start)}): organisation not "
                                              "recognised")
                        continue
                    for org in post.orgs:
                        post_id = f"{post.role_id}@{org.id}"
                        if post_id in seen:
                            continue
                        quoted = self.quote(*span)
                        if not quoted:
                            continue
                        seen.add(post_id)
                        self.referenced.add(org.id)
                        holdings.append({"person": person.id, "post": post_id, **quoted})
                        self.held.add((person.id, post_id))
                        self.mark(span[0])
                if mention.rank:
                    if rank_seen is None:
                        quoted = self.quote(mention.rank_start, name_end)
                        if quoted:
                            ranks.append({"person": person.id, "rank": mention.rank, **quoted})
                            rank_seen = mention.rank
                            self.mark(mention.rank_start)
                    elif mention.rank != rank_seen:
                        self.notes.append(f"{person.name} has two ranks in this article ({rank_seen}, {mention.rank}"
                                          f" at line {self.line(mention.rank_start)}); the first was kept")
        return holdings, ranks

    # -- attendance ---------------------------------------------------------------------
    def attendance(self, people) -> list:
        if not self.event:
            return []
        event_id = self.event.id
        items, done = [], set()
        scopes = list_scopes(self.doc)
        for trigger, first, last in scopes:
            leading = True
            for mention in self.mentions:
                if not first <= mention.begin < last:
                    continue
                span = (trigger if leading else mention.begin, mention.finish)
                leading = False
                if mention.kind == "group":
                    items.extend(self.group_items(mention, event_id))
                    self.mark(mention.begin)
                    continue
                person = mention.person
                if person is None or person.id in done or person not in people:
                    continue
                if self._attends(mention, person, span, event_id, items):
                    done.add(person.id)
        for person in people:
            if person.id in done:
                continue
            for mention in person.mentions:
                if mention.kind == "group" or not acts_at_event(self.doc, mention):
                    continue
                sentence = mention.sentence
                span = (sentence.start, sentence.end) if sentence.kind == "caption" else (mention.begin,
                                                                                          mention.finish)
                if self._attends(mention, person, span, event_id, items):
                    done.add(person.id)
                    break
        return items

    def _attends(self, mention: Mention, person, span: tuple[int, int], event_id: str, items: list) -> bool:
        """Add the attendance of person read from mention (quoted by span); False when it cannot be quoted."""
        quoted = self.quote(*span)
        if not quoted:
            return False
        posts = self.post_ids(mention)
        items.append({"event": event_id, "person": person.id, **({"posts": posts} if posts else {}), **quoted})
        self.mark(span[0])
        return True

    def group_items(self, mention: Mention, event_id: str) -> list:
        quoted = self.quote(mention.begin, mention.finish)
        if not quoted:
            return []
        items = []
        for post in mention.posts:
            for org in post.orgs:
                if not post.role_id:
                    continue
                role = self.lexicon.concepts.get("roles", post.role_id)
                short = org.vi.replace(f" {org.place.name}", "") if org.place and org.place.tier > 1 else org.vi
                if org.place and canonical(org.place.name) in canonical(self.doc.text[mention.begin:mention.finish]):
                    short = org.vi
                hon = squash_spaces(self.doc.text[mention.begin:post.start]).strip()
                vi = f"{hon} {role['vi']} {short}".strip()
                en = f"the {_plural(role['en'])} of the {org.en}"
                self.referenced.add(org.id)
                items.append({"event": event_id, "group": {"vi": vi, "en": en},
                              "posts": [f"{post.role_id}@{org.id}"], **quoted})
        if not items:
            vi = squash_spaces(self.doc.text[mention.begin:mention.finish])
            for word in ("và ", "cùng với ", "cùng "):
                if vi.startswith(word):
                    vi = vi[len(word):]
            items.append({"event": event_id, "group": {"vi": vi}, **quoted})
        return items

    # -- photos, presentations, awards, figures -----------------------------------------


def _plural(role_en: str) -> str:
    return role_en[:-3] + "men" if role_en.endswith("man") else role_en + "s"
