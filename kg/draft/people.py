"""Person mentions in a clause, and the people of an article.

A mention is [honorific] [rank] [title] NAME [separator posts], where the
separator is "–", "-" (with or without spaces), ",", ":" or nothing, and the
posts are a chain of role + organisation joined by commas, dashes or "kiêm".
A title before the name may be shared by a list ("các đồng chí Phó Chủ tịch
UBND huyện A, B và C"). A comma after a post starts another post when a role
follows, and another person when an honorific, rank or name follows. Plural
honorifics with no name ("các đồng chí Phó Chủ tịch HĐND, UBND quận", "các
đồng chí trong Ban Thường vụ Quận ủy") are groups; a title with no name
("Chủ tịch UBND quận trao …") is a reference resolved to whoever holds it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .names import is_surname, looks_like_person, never_starts_name
from .orgs import NAME_ENDS, Org, Orgs
from .places import Places
from .text import canonical, search_key, slugify
from .tokens import Token

# Nouns after which a capitalised run is a place, street or school, not a person.
_PLACE_NOUNS = {canonical(w) for w in (
    "đường phố ngõ cầu chợ khu tổ thôn làng xóm ấp trường tượng đền chùa đình sông núi bến cảng nhà "
    "bảo tàng tàu quảng trường công viên huyện quận xã phường tỉnh").split()}
# What a person is called right before the name: "tân binh A Khang", "chiến sĩ dân quân A Thuyên" (folded).
_PERSON_NOUNS = tuple(f"{word[:1].upper() if upper else word[:1]}{word[1:]} " for word in (
    "tan binh", "cong dan", "chien si", "dan quan", "hoc vien", "quan nhan", "thanh nien") for upper in (False, True))
_THI = canonical("Thị")
# Words that open an unnamed group of attendees in a list.
GROUP_START = {"lãnh đạo", "đại diện", "đại biểu", "cán bộ", "các", "thủ trưởng", "toàn thể"}
# Roles (by a part of their concept id) that only exist in one kind of body.
_ROLE_FAMILIES = (("chi-huy", "MilitaryUnit"), ("chinh-tri-vien", "MilitaryUnit"), ("tham-muu", "MilitaryUnit"),
                  ("chinh-uy", "MilitaryUnit"),
                  ("chu-tich", "GovernmentBody"), ("bi-thu", "PartyCommittee"))
# Words that give a person a post at the event: "được bầu làm", "được bầu giữ chức", "được chỉ định làm".
_ELECTED = re.compile(r"(?:bau|chi\s+dinh|bo\s+nhiem)\s+(?:lam|giu\s+chuc)\s*$|giu\s+chuc\s*$", re.I)
_COUNCIL_THEN_VERB = re.compile(r"Hoi dong \S+ ")  # "Hội đồng trình bày": a bare council, then a verb
_HEAD_OF_ROLE = {"truong-doan": "Đoàn", "truong-ban": "Ban"}  # the kind of body a head of a team or board heads
_BARE_PARTY = " " + canonical("Đảng ủy")
# A K'Ho name, or a woman's name of the Central Highlands, is whole in one word: "ông K'Dũng", "bà H'Dinh"
_ONE_WORD_NAME = re.compile(r"[HK]['’]\w")
# Between a team and its sender: its purpose's words, maybe after a comma, then "của" ("chỉ đạo, kiểm tra diễn
# tập của thành phố"), in the folded text.
_OF_SENDER = re.compile(r"\s*(?:,\s*)?(?:[a-z]+\s+){0,4}cua\s+$")
_STAFF_FIELD = re.compile(r"Chủ nhiệm (Chính trị|Hậu cần(?: - Kỹ thuật)?|Kỹ thuật)$", re.I)  # roles named with a department
_SPECIALTY_ROLES = {"tro-ly"}  # posts followed by their field before the body ("Trợ lý tác chiến")
# Posts named after their body, followed by a place, not a body: "Xã đội trưởng xã Diễn Hồng" (the commune's
# military command is its "xã đội").
_BODY_OF_ROLE = {"xa-doi-truong": "Ban CHQS", "pho-xa-doi-truong": "Ban CHQS", "phuong-doi-truong": "Ban CHQS"}
# Posts of a military region's command ("Phó Tư lệnh Quân khu 3" is a post in the Bộ Tư lệnh Quân khu 3).
_COMMAND_ROLES = {"tu-lenh", "pho-tu-lenh", "chinh-uy", "pho-chinh-uy", "tham-muu-truong", "pho-tham-muu-truong"}


@dataclass
class PostRef:
    role_id: str | None
    role_label: str
    orgs: tuple[Org, ...]
    generic: bool
    start: int
    end: int


@dataclass(eq=False)
class Mention:
    kind: str  # named, short (a given name), opening (a name of one word opening a longer one), title, group
    words: list[str]
    name_span: tuple[int, int] | None
    begin: int
    finish: int
    clause: tuple[int, int]
    hon: bool = False
    plural: bool = False
    rank: str | None = None
    rank_start: int | None = None
    posts: list[PostRef] = field(default_factory=list)
    posts_before: bool = False  # the title came before the name
    person: "Person | None" = None
    sentence: object = None  # the text.Sentence it was read from (set by assemble)

    @property
    def name(self) -> str:
        return " ".join(self.words)


class MentionParser:
    def __init__(self, text: str, fold: str, orgs: Orgs, places: Places):
        self.text, self.fold, self.orgs, self.places = text, fold, orgs, places

    def parse(self, tokens: list[Token], clause: tuple[int, int]) -> list[Mention]:
        self.toks, self.clause = tokens, clause
        self.org_until = -1  # end of the last organisation a post chain read (it may run over PLACE tokens)
        found, i = [], 0
        while i < len(tokens):
            kind = tokens[i].kind
            if kind in ("HON", "RANK", "ROLE", "NAME"):
                mentions, j = self.mention(i)
                if mentions:
                    found.extend(mentions)
                    i = j
                    continue
            if kind in ("AND", "SEP") and i + 1 < len(tokens) and self.group_start(i + 1):
                group, j = self.group(i + 1)
                if group:
                    found.append(group)
                    i = j
                    continue
            i += 1
        _share_along_a_list(found, self.fold)
        return found

    # -- pieces ------------------------------------------------------------------------
    def tok(self, i: int) -> Token | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def group_start(self, i: int) -> bool:
        tok = self.tok(i)
        if tok is None or tok.kind != "WORD":
            return False
        first, second, _last = tok.value
        return f"{first} {second}" in GROUP_START or (first in GROUP_START and first != "các")

    def accept_name(self, i: int, context: bool) -> bool:
        tok = self.tok(i)
        if tok is None or tok.kind != "NAME":
            return False
        words = tok.value
        called = self._called_before(tok.start)
        context = context or called
        if not words or len(words) > 5 or (never_starts_name(words[0]) and not (
                context and canonical(words[0]) == _THI and len(words) >= 2)):
            return False  # but "bà Thị Rinh", "Tân binh Thị Hồng": a name of the south that opens with "Thị"
        if canonical(" ".join(words)) in self.places.known_names:
            return False
        if called:
            return True  # "Học viên H'Bia Mlô" ("viên" also ends "công viên", a place noun)
        before = self.tok(i - 1)
        if before is not None and before.kind == "WORD" and before.value[2] in _PLACE_NOUNS:
            if self.fold[max(0, tok.start - 12):tok.start].lower().split()[-2:] != ["gia", "lang"]:
                return False
            context = True  # "Già làng Rơ Châm Bul": a village elder, not the village
        if before is not None and before.kind == "PLACE" and before.value.name is None and before.end > self.org_until:
            return False  # "(phường Trần Thành Ngọ)": a ward named after a person, not part of a title
        if context:
            return True
        if not (2 <= len(words) <= 4 and (is_surname(words[0]) or looks_like_person(words))):
            # A surname the lists lack ("Sồng A Páo, Phó Bí thư Huyện ủy"): three or four syllables that a
            # separator, a post and its body follow are a person all the same.
            return len(words) >= 3 and self._post_of_body_after(i)
        return len(words) >= 3 or self._post_after(i)

    def _called_before(self, start: int) -> bool:
        """Is the name right after what the person is ("tân binh A Khang", "Học viên H'Bia Mlô")?"""
        return self.fold.endswith(_PERSON_NOUNS, 0, start)

    def _post_after(self, i: int) -> bool:
        """A post right after the name, or after a separator (a bare name of two syllables needs one)."""
        after, after2 = self.tok(i + 1), self.tok(i + 2)
        return (after is not None and after.kind == "ROLE") or (
            after is not None and after.is_sep("-", ",", ":") and after2 is not None and after2.kind == "ROLE")

    def _post_of_body_after(self, i: int) -> bool:
        """A separator, then a post with its organisation: ", Phó Bí thư Huyện ủy"."""
        sep, role, org = self.tok(i + 1), self.tok(i + 2), self.tok(i + 3)
        return sep is not None and sep.is_sep("-", ",") and role is not None and role.kind == "ROLE" and (
            len(role.value) > 3 or (org is not None and org.kind == "ORG" and bool(org.value.orgs)))

    def post_chain(self, j: int) -> tuple[list[PostRef], int]:
        posts: list[PostRef] = []
        while (role := self.tok(j)) is not None and role.kind == "ROLE":
            role_id, label, role_end, *inner = role.value
            j += 1
            orgs, generic, end = (), False, role.end
            org_tok = self.tok(j)
            if inner:  # "Tỉnh ủy viên": the organisation is inside the role's words
                orgs, generic = inner[0].orgs, inner[0].generic
            elif (field := _STAFF_FIELD.search(label)) and org_tok is not None and org_tok.kind == "ORG" and \
                    org_tok.value.orgs and org_tok.value.orgs[-1].type == "MilitaryUnit":
                # "Chủ nhiệm Chính trị Bộ CHQS tỉnh": the head of the command's political department
                orgs, end = (self.orgs.department_of(field.group(1), org_tok.value, field.start(1)),), org_tok.end
                j += 1
            elif org_tok is not None and org_tok.kind == "ORG":
                mention = org_tok.value
                if not mention.orgs and not mention.generic:
                    # "Phó Trưởng ban Thường trực Ban Tổ chức": an unplaced board is the event's own after a role
                    mention = self.orgs.parse_at(org_tok.start, self.clause[1], after_role=True) or mention
                orgs, generic, end = mention.orgs, mention.generic, max(org_tok.end, mention.end)
                if not orgs and not generic and _COUNCIL_THEN_VERB.match(self.fold, org_tok.start, org_tok.end) and \
                        canonical(self.text[org_tok.start:org_tok.end].split()[2]) in NAME_ENDS and (
                        council := self.orgs.the_only_council()) is not None:
                    orgs, end = (council,), org_tok.start + len("Hội đồng")  # "Phó Chủ tịch Hội đồng trình bày …"
                j += 1
                while (t := self.tok(j)) is not None and t.start < end:
                    j += 1
            elif role_id in _SPECIALTY_ROLES and (body := self._after_field(j)) is not None:
                orgs, end = self.toks[body].value.orgs, self.toks[body].end  # "Trợ lý tác chiến Ban CHQS quận"
                j = body + 1
            elif self._bare_council(j) and (council := self.orgs.the_only_council()) is not None:
                orgs, end = (council,), self.toks[j + 1].end  # "Phó Chủ tịch Thường trực Hội đồng": the article's
                j += 2
            elif org_tok is not None and org_tok.kind == "PLACE" and role_id in _BODY_OF_ROLE and (
                    body := self.orgs.body_of_place(_BODY_OF_ROLE[role_id], org_tok.value, (role.start, org_tok.end))):
                orgs, end = (body,), org_tok.end  # "Xã đội trưởng xã Diễn Hồng": the commune's Ban CHQS
                j += 1
            elif (mention := self._org_inside(role)) is not None:
                orgs, generic, end = mention.orgs, mention.generic, mention.end
                while (t := self.tok(j)) is not None and t.start < mention.end:
                    j += 1
                if len(orgs) == 1 and orgs[0].temporary and (sent := self._sender_after(orgs[0], end, j)):
                    orgs, end, j = sent  # "Trưởng đoàn kiểm tra của Bộ Tư lệnh Quân khu 3"
                if role_id is None and label.startswith("Bí thư ") and len(orgs) == 1 and \
                        orgs[0].type == "PartyCommittee":
                    role_id = self.orgs.lexicon.roles.entries.get("bi thu", (None, ""))[0]  # "Bí thư Chi bộ Quân sự"
                self.org_until = end
            if not orgs and not generic and role_id in _BODY_OF_ROLE and self.places.ward is not None and (
                    body := self.orgs.body_of_place(_BODY_OF_ROLE[role_id], self.places.ward, (role.start, role.end))):
                orgs = (body,)  # "Đ/c Hồ Văn Tư, Phường đội trưởng": the ward's own Ban CHQS
            following = self.tok(j)
            if not orgs and not generic and following is not None and following.kind == "NAME":
                # An organisation we do not know ("Ủy viên Ủy ban Kiểm tra Trung ương, Bí thư Tỉnh ủy …"): step
                # over its words so the chain goes on after the comma; the post is kept without one and noted.
                k = j
                while (t := self.tok(k)) is not None and k - j < 6 and (
                        t.kind in ("NAME", "WORD") or (t.kind == "ORG" and not t.value.orgs)):
                    k += 1
                if (t := self.tok(k)) is not None and t.is_sep(",", "-") and (n := self.tok(k + 1)) is not None \
                        and n.kind == "ROLE":
                    end, j = self.toks[k - 1].end, k
            if role_id in _COMMAND_ROLES:
                orgs = tuple(self.orgs.command_of(o) for o in orgs)
            posts.append(PostRef(role_id, label, orgs, generic, role.start, end))
            sep, nxt = self.tok(j), self.tok(j + 1)
            if sep is not None and nxt is not None and nxt.kind == "ROLE" and (
                    sep.is_sep(",", "-") or (sep.kind == "WORD" and sep.value[:2] == ("kiêm", ""))):
                j += 1
                continue
            break
        _share_organisations(posts)
        self._place_bare_party(posts)
        self._standing_member_of(posts)
        return posts, j

    def _standing_member_of(self, posts: list[PostRef]) -> None:
        """'Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy': a member of the standing committee of the
        Party committee a later post of the chain names (the commission is part of it)."""
        for index, post in enumerate(posts):
            if post.role_id != "uy-vien-ban-thuong-vu" or post.orgs or post.generic:
                continue
            for org in (org for after in posts[index + 1:] for org in after.orgs):
                committee = self.orgs.by_id.get(org.part_of) if org.part_of else None
                committee = org if org.type == "PartyCommittee" and committee is None else committee
                if committee is not None and committee.type == "PartyCommittee":
                    post.orgs = (committee,)
                    break

    def _place_bare_party(self, posts: list[PostRef]) -> None:
        """'Phó Bí thư Đảng ủy, Chủ tịch HĐND xã Sơn Hòa': a bare "Đảng ủy" in a chain is the committee of the
        commune a later post of the chain names, not the article's own; 'Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh':
        the province's command's (its commissar is no commune's secretary)."""
        for index, post in enumerate(posts):
            if not post.orgs or not canonical(self.text[post.start:post.end]).endswith(_BARE_PARTY):
                continue
            later = next((org.place for after in posts[index + 1:] for org in after.orgs
                          if org.place is not None and org.place.tier == 3), None)
            own = post.orgs[0]
            command = next((org for after in posts[index + 1:] for org in after.orgs
                            if org.type == "MilitaryUnit" and org.place is not None and org.place.tier == 1), None)
            if later is not None and own.place is not later:
                post.orgs = (self.orgs.party_committee_of(later, (post.start, post.end)),)
            elif own.id.startswith("dang-uy-") and command:
                # "Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh": a province has a Tỉnh ủy, so this is the command's
                post.orgs = (self.orgs.party_of_command(command, (post.start, post.end)),)

    def _after_field(self, j: int) -> int | None:
        """Index of the body after a staff officer's field ("tác chiến", "Tuyên huấn": one or two tokens)."""
        k = j
        while k < j + 2 and (t := self.tok(k)) is not None and t.kind in ("WORD", "NAME"):
            k += 1
        body = self.tok(k)
        return k if k > j and body is not None and body.kind == "ORG" and body.value.orgs else None

    def _bare_council(self, j: int) -> bool:
        """Tokens j, j + 1 are a bare "Hội đồng" (read as a one-word name and a word) ending the clause or a part."""
        head, rest, after = self.tok(j), self.tok(j + 1), self.tok(j + 2)
        return (head is not None and head.kind == "NAME" and head.value == ["Hội"] and rest is not None
                and rest.kind == "WORD" and rest.value == ("đồng", "", "đồng") and (after is None or after.kind == "SEP"))

    def _org_inside(self, role: Token):
        """'Trưởng ban Chỉ đạo diễn tập', 'Trưởng Công an phường': the organisation starts inside the
        role's own words (a role named after its body) and runs on past them."""
        start, stop = role.start, role.value[2]
        while (space := self.fold.find(" ", start, stop)) != -1:
            start = space + 1
            mention = self.orgs.parse_at(start, self.clause[1], after_role=True)
            if mention and mention.end > role.end and (mention.orgs or mention.generic):
                return mention
        return None

    def mention(self, i: int) -> tuple[list[Mention], int]:
        begin, first = self.toks[i].start, i
        hon = plural = False
        rank = rank_start = None
        if self.toks[i].kind == "HON":
            hon, plural = True, bool(self.toks[i].value)
            i += 1
            if (t := self.tok(i)) is not None and t.is_sep(":") and (
                    self.accept_name(i + 1, True) or ((r := self.tok(i + 1)) is not None and r.kind == "RANK")):
                i += 1  # "Đến dự có các đồng chí: Nguyễn Văn Minh, …", "… các đồng chí: Đại tá Phí Hồng Sơn, …"
        if (t := self.tok(i)) is not None and t.kind == "RANK":
            rank, rank_start = t.value, t.start
            i += 1
        pre_posts, i = self.post_chain(i)
        if rank is None and (t := self.tok(i)) is not None and t.kind == "RANK":
            rank, rank_start = t.value, t.start
            i += 1
        elif pre_posts and rank is None and (t := self.tok(i)) is not None and t.is_sep(",") and \
                (r := self.tok(i + 1)) is not None and r.kind == "RANK" and self.accept_name(i + 2, True) and \
                not self._posts_follow(i + 3):
            # "Phó Chỉ huy trưởng Ban CHQS xã, Thượng úy Sơn Ngọc Đức được giao …": the title is his; in a list
            # ("Chỉ huy trưởng …, Thượng tá X - Chính trị viên …") the name has posts of its own after it.
            rank, rank_start = r.value, r.start
            i += 2
        context = hon or rank is not None or bool(pre_posts)
        names: list[Token] = []
        if self.accept_name(i, context):
            names.append(self.toks[i])
            i += 1
            # A shared title or a plural honorific may head a list: "… Phạm Thị Ngọc, Đặng Văn Khoa và Vũ Văn Bình".
            while (pre_posts or plural) and (t := self.tok(i)) is not None and (
                    t.is_sep(",") or t.kind == "AND") and self.accept_name(i + 1, True):
                names.append(self.toks[i + 1])
                i += 2
        if not names:
            if pre_posts:
                kind = "group" if plural else "title"
                finish = pre_posts[-1].end
                return [Mention(kind, [], None, begin, finish, self.clause, hon, plural, rank, rank_start,
                                pre_posts, True)], i
            if plural:
                group, j = self.group(i, begin)
                return ([group] if group else []), j
            return [], i
        # Posts after the name.
        post_posts: list[PostRef] = []
        t, t2 = self.tok(i), self.tok(i + 1)
        opened = t is not None and t.is_sep("(")
        if t is not None and t.kind == "ROLE":
            post_posts, i = self.post_chain(i)
        elif t is not None and t.is_sep("-", ",", ":", "(") and t2 is not None and t2.kind == "ROLE":
            post_posts, i = self.post_chain(i + 1)
        if post_posts and not post_posts[0].orgs and not post_posts[0].generic:
            post_posts[0] = self._body_before(first, post_posts[0])
        if (head := self._heads_body_before(first, i)) is not None:
            post_posts.append(head)  # "Ban Giám khảo do Đại úy X, Trợ lý … làm Trưởng ban"
            i += 2
        if (t := self.tok(i)) is not None and t.kind == "WORD" and (r := self.tok(i + 1)) is not None and \
                r.kind == "ROLE" and _ELECTED.search(self.fold, t.start, t.end):
            elected, i = self.post_chain(i + 1)  # "… được bầu làm Phó Bí thư Đảng ủy Quân sự huyện"
            post_posts += [post for post in elected if post.orgs or post.generic]
        closing = None
        if opened and (t := self.tok(i)) is not None and t.is_sep(")"):
            closing = t.end  # "ông Trần Văn C (Chủ tịch UBND phường X)": the quote takes the bracket
            i += 1
        # A chain that runs straight into a name is the next person's title ("…, Chủ tịch UBND quận Phạm Văn Hòa").
        if len(post_posts) > 1 and self.accept_name(i, True) and len(self.toks[i].value) > 1 and not (
                self.tok(i - 1) and self.tok(i - 1).is_sep()):
            i = self._rewind_to(post_posts[1].start)
            post_posts = post_posts[:1]
        mentions = []
        for index, name in enumerate(names):
            last = index == len(names) - 1
            posts = pre_posts + (post_posts if last else [])
            finish = max([name.end] + [p.end for p in posts] + ([closing] if closing and post_posts else []))\
                if last else name.end
            kind = "named" if len(name.value) > 1 or _ONE_WORD_NAME.match(name.value[0]) else "short"
            mentions.append(Mention(kind, list(name.value), (name.start, name.end), begin if index == 0 else name.start,
                                    finish, self.clause, hon, plural, rank if index == 0 else None,
                                    rank_start if index == 0 else None, posts, bool(pre_posts)))
        return mentions, i

    def _posts_follow(self, i: int) -> bool:
        t = self.tok(i)
        return t is not None and (t.kind == "ROLE" or (
            t.is_sep("-", ",", ":", "(") and (t2 := self.tok(i + 1)) is not None and t2.kind == "ROLE"))

    def _body_before(self, first: int, post: PostRef) -> PostRef:
        """'báo cáo của Ban CHQS huyện do Thượng tá X – Chỉ huy trưởng trình bày': a post written bare takes
        the body named just before 'do' (by), when the post can belong to such a body."""
        by, body = self.tok(first - 1), self.tok(first - 2)
        if by is None or body is None or by.kind != "WORD" or by.value[2] != "do" or body.kind != "ORG":
            return post
        orgs = body.value.orgs
        if len(orgs) != 1 or _family(post.role_id) not in (None, orgs[0].type):
            return post
        return replace(post, orgs=orgs)

    def _heads_body_before(self, first: int, i: int) -> PostRef | None:
        """'Ban Giám khảo do Đại úy X, … làm Trưởng ban', 'Đoàn kiểm tra do Đại tá Y làm Trưởng đoàn': the person
        named after 'do' holds the role after 'làm' in the body named before 'do'."""
        by, verb, role = self.tok(first - 1), self.tok(i), self.tok(i + 1)
        if by is None or verb is None or role is None or by.kind != "WORD" or by.value[2] != "do" or \
                verb.kind != "WORD" or verb.value != ("làm", "", "làm") or role.kind != "ROLE":
            return None
        do_at = by.end - len("do")
        for k in (first - 2, first - 1):  # the body is a token of its own, or opens the words before "do"
            if (tok := self.tok(k)) is None:
                continue
            found = tok.value if tok.kind == "ORG" and tok.value.orgs else None
            # "Ban Giám khảo", "Đoàn kiểm tra": the event's own board or team
            found = found or self.orgs.parse_at(tok.start, do_at, after_role=True)
            if found and len(found.orgs) == 1 and found.end >= do_at - 1:
                head = _HEAD_OF_ROLE.get((role.value[0] or "").removeprefix("pho-"))
                if head and not found.orgs[0].vi.startswith(head):
                    break  # "Đoàn kiểm tra của Bộ Tư lệnh Quân khu 5 do …": the team's head, not the command's
                return PostRef(role.value[0], role.value[1], found.orgs, False, role.start, role.end)
        team = self._team_sent_by(first)
        return PostRef(role.value[0], role.value[1], (team,), False, role.start, role.end) if team else None

    def _sender_after(self, team: Org, end: int, j: int) -> tuple[tuple[Org], int, int] | None:
        """'… đoàn kiểm tra của Bộ Tư lệnh Quân khu 3', '… đoàn chỉ đạo, kiểm tra diễn tập của thành phố': the team
        the role heads is the one of the sender written after it (words of its purpose between)."""
        k = j
        while (t := self.tok(k)) is not None and t.kind in ("SEP", "WORD") and k - j < 3:
            k += 1
        sender = self.tok(k)
        if sender is None or not _OF_SENDER.match(self.fold, end, sender.start):
            return None
        who = sender.value.orgs[0] if sender.kind == "ORG" and len(sender.value.orgs) == 1 else (
            self.places.resolve(sender.value, 1) if sender.kind == "PLACE" else None)
        if who is None or isinstance(who, str):
            return None
        start = team.quote[0] if team.quote else end
        return (self.orgs.team_of(team, who, (start, sender.end)),), sender.end, k + 1

    def _team_sent_by(self, first: int) -> Org | None:
        """'Đoàn kiểm tra của Bộ Tư lệnh Quân khu 5 do …', 'Đoàn kiểm tra của tỉnh Bình Định do …': the team
        of that sender (tokens: the team's words ending in "của", the sender, "do")."""
        sender, of = self.tok(first - 2), self.tok(first - 3)
        if sender is None or of is None or of.kind != "WORD" or of.value[2] != "của":
            return None
        who = sender.value.orgs[0] if sender.kind == "ORG" and len(sender.value.orgs) == 1 else (
            self.places.resolve(sender.value, None) if sender.kind == "PLACE" else None)
        if who is None or isinstance(who, str):
            return None
        of_at = of.end - len("của")
        for k in (first - 4, first - 3):
            if (tok := self.tok(k)) is None:
                continue
            found = self.orgs.parse_at(tok.start, of_at, after_role=True)
            if found and len(found.orgs) == 1 and found.orgs[0].temporary and found.end >= of_at - 1:
                return self.orgs.team_of(found.orgs[0], who, (found.start, sender.end))
        return None

    def _rewind_to(self, offset: int) -> int:
        for index, tok in enumerate(self.toks):
            if tok.start >= offset:
                return index
        return len(self.toks)

    def group(self, i: int, begin: int | None = None) -> tuple[Mention | None, int]:
        """An unnamed group: from here to the end of the clause or the next named person."""
        start = begin if begin is not None else (self.tok(i).start if self.tok(i) else None)
        if start is None:
            return None, i
        j = i
        while (t := self.tok(j)) is not None:
            nxt = self.tok(j + 1)
            if t.is_sep(";") or ((t.is_sep(",") or t.kind == "AND") and nxt is not None and (
                    (nxt.kind == "HON" and not nxt.value) or nxt.kind in ("RANK", "NAME"))):
                break
            j += 1
        end = self.toks[j - 1].end if j > i else self.tok(i).end if self.tok(i) else start
        end = min(end, self.clause[1])
        if end <= start:
            return None, i
        return Mention("group", [], None, start, end, self.clause, True, True), j


def _family(role_id: str | None) -> str | None:
    """The kind of body a role belongs to, for the roles that belong to one kind only."""
    for stem, family in _ROLE_FAMILIES:
        if role_id and stem in role_id:
            return family
    return None


def _share_organisations(posts: list[PostRef]) -> None:
    """'Phó Chỉ huy trưởng – Tham mưu trưởng Bộ CHQS thành phố': a post with no organisation of its own
    takes the next post's when both roles belong to the same kind of body. 'Bí thư, Chủ tịch UBND xã'
    does not share: a secretary is of a party committee, not of a people's committee."""
    for index in range(len(posts) - 2, -1, -1):
        post, after = posts[index], posts[index + 1]
        family = _family(post.role_id)
        if not post.orgs and not post.generic and after.orgs and family and family == _family(after.role_id) \
                and after.orgs[0].type == family:
            post.orgs = after.orgs


def _share_along_a_list(mentions: list[Mention], fold: str) -> None:
    """'Thượng tá A - Chỉ huy trưởng, Thượng tá B - Chính trị viên Ban Chỉ huy Phòng thủ khu vực 5': people
    listed one after the other share the body named last, when their one post has none and both roles belong
    to that kind of body."""
    for index in range(len(mentions) - 2, -1, -1):
        mention, after = mentions[index], mentions[index + 1]
        if mention.kind != "named" or len(mention.posts) != 1 or after.kind != "named" or not after.posts:
            continue
        post, next_post = mention.posts[0], after.posts[0]
        family = _family(post.role_id)
        if post.orgs or post.generic or not next_post.orgs or not family or family != _family(next_post.role_id) \
                or next_post.orgs[0].type != family or fold[mention.finish:after.begin].strip() not in (",", "va"):
            continue
        mention.posts[0] = replace(post, orgs=next_post.orgs)


_SIDE_OF = re.compile(r"(?:ve|Ve) phia $")


def on_the_side_of(mentions: list[Mention], org_mentions, fold: str) -> None:
    """'Về phía Bộ CHQS tỉnh có Đại tá X, …, Chỉ huy trưởng; Đại tá Y, Chính ủy': the posts written bare in the
    rest of that sentence are of the body named, when they are of its kind."""
    for side in org_mentions:
        if len(side.orgs) != 1 or not _SIDE_OF.search(fold, max(0, side.start - 8), side.start):
            continue
        body = side.orgs[0]
        for mention in mentions:
            sentence = mention.sentence
            if mention.begin < side.end or sentence is None or not sentence.start <= side.start < sentence.end:
                continue
            for index, post in enumerate(mention.posts):
                if not post.orgs and not post.generic and _family(post.role_id) == body.type:
                    mention.posts[index] = replace(post, orgs=(body,))


@dataclass(eq=False)
class Person:
    key: str
    forms: Counter = field(default_factory=Counter)
    mentions: list[Mention] = field(default_factory=list)
    id: str = ""
    first: int = 0

    @property
    def name(self) -> str:
        best = max(self.forms.values())
        return next(form for form in self.forms if self.forms[form] == best)  # Counter keeps insertion order


def _posts_of(mention: Mention) -> set[tuple[str | None, str]]:
    return {(post.role_id, org.id) for post in mention.posts for org in post.orgs}


def _namesake_of(candidates: list[Person], mention: Mention) -> Person | None:
    """The person of this name the mention is about; None when it is another person of the same name.

    Two mentions of one name are two people when both give a rank, the ranks differ and their posts
    differ ("Đại tá Trần Minh Tâm - Chỉ huy trưởng Bộ CHQS tỉnh" … "Trung tá Trần Minh Tâm, Chính trị viên
    Ban CHQS thị xã"): a rank does not change within an article. A mention with no rank is the person of
    that name met last.
    """
    if not candidates:
        return None
    if mention.rank is None or not mention.posts:
        return max(candidates, key=lambda person: person.mentions[-1].begin)
    for person in candidates:
        ranked = [m for m in person.mentions if m.rank is not None and m.posts]
        if all(m.rank == mention.rank or _posts_of(m) & _posts_of(mention) for m in ranked):
            return person
    return None


def _typo_of(people: list[Person], mention: Mention) -> bool:
    """Is a name written with other diacritics the one person of the name written before? Not when the two
    give different ranks or hold different posts: "Trung tá Kiều Văn Sang – Chỉ huy trưởng Ban CHQS huyện" and
    "Kiều Văn Sáng, Trưởng Công an xã" are two people."""
    if len(people) != 1:
        return False
    ranks = {m.rank for m in people[0].mentions if m.rank is not None}
    posts = set().union(*(_posts_of(m) for m in people[0].mentions))
    return not (mention.rank is not None and ranks and mention.rank not in ranks) and not (
        posts and _posts_of(mention) and not posts & _posts_of(mention))


def collect_people(mentions: list[Mention]) -> list[Person]:
    """Merge named mentions by canonical name (namesakes apart); attach short and title-only references
    when unambiguous."""
    named: dict[str, list[Person]] = {}
    spelt: dict[str, str] = {}  # the name without diacritics -> the key it was first written with
    # "bà H'Ly" after "bà H'Ly Byă": a name of one word that opens a longer one is that person, named short
    openings = {canonical(m.name).split()[0] for m in mentions if m.kind == "named" and " " in m.name}
    for mention in mentions:
        if mention.kind == "named" and " " not in mention.name and canonical(mention.name) in openings:
            mention.kind = "opening"
    for mention in mentions:
        if mention.kind == "named":
            key = canonical(mention.name)
            first_key = spelt.setdefault(search_key(mention.name), key)
            if first_key != key and key not in named and _typo_of(named[first_key], mention):
                key = first_key  # "Lương Đưc Minh" after "Lương Đức Minh": a typo of the same name
            same_name = named.setdefault(key, [])
            person = _namesake_of(same_name, mention)
            if person is None:
                person = Person(key, first=mention.name_span[0])
                same_name.append(person)
            person.forms[mention.name] += 1
            person.mentions.append(mention)
            mention.person = person
    people = [person for same_name in named.values() for person in same_name]
    by_given: dict[str, list[Person]] = {}
    for person in people:
        by_given.setdefault(person.key.split()[-1], []).append(person)
    holders: dict[tuple[str, str], set[Person]] = {}
    for person in people:
        for mention in person.mentions:
            for post in mention.posts:
                for org in post.orgs:
                    if post.role_id:
                        holders.setdefault((post.role_id, org.id), set()).add(person)
    for mention in mentions:
        target = None
        if mention.kind == "short":
            candidates = by_given.get(canonical(mention.name), [])
            target = candidates[0] if len(candidates) == 1 else None
        elif mention.kind == "opening":
            candidates = [p for p in people if p.key.split()[0] == canonical(mention.name)]
            target = candidates[0] if len(candidates) == 1 else None
        elif mention.kind == "title":
            holding: set[Person] = set()
            for post in mention.posts:
                for org in post.orgs:
                    holding |= holders.get((post.role_id, org.id), set())
            target = next(iter(holding)) if len(holding) == 1 else None
        if target is not None:
            target.mentions.append(mention)
            mention.person = target
    ordered = sorted(people, key=lambda p: p.first)
    used: set[str] = set()
    for person in ordered:
        slug = slugify(person.name) or "nguoi"
        candidate, n = slug, 2
        while candidate in used:
            candidate, n = f"{slug}-{n}", n + 1
        person.id = candidate
        used.add(candidate)
    return ordered
