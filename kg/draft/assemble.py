"""Run every stage on one article and put the facts together as a record (a plain dict).

Sections and field names are those of the curated records (kg.records.schema),
in the same order, so curating a draft is editing it, not rewriting it.
Every fact carries the quote it was read from; sentences that gave nothing
are listed for the curator. The sections are written by three mixins:
sections_people (people, posts, ranks, attendance), sections_event (photos,
presentations, awards, figures) and sections_entities (article, event,
places, organisations).
"""

from __future__ import annotations

import bisect
import re
import datetime as dt
from dataclasses import dataclass, field

from ..errors import KgError
from ..records.quotes import haystack
from ..text import NBSP, squash_spaces
from .dates import find_dates, years_written
from .events import main_event
from .layout import read_layout
from .lexicon import Lexicon
from .orgs import OrgMention, Orgs
from .people import Mention, MentionParser, collect_people, on_the_side_of
from .places import Places
from .sections_entities import EntitySections
from .sections_event import EventSections
from .sections_people import PeopleSections
from .text import Doc, canonical
from .tokens import Tokenizer


@dataclass
class Draft:
    """A drafted record plus what the curator should know about it."""

    record: dict
    notes: list[str] = field(default_factory=list)
    unused: list[tuple[int, str]] = field(default_factory=list)  # (line, sentence)
    source: str = ""

    def yaml(self) -> str:
        from .record import render

        return render(self)


class Quoter:
    """Turns a span of the article into {quote, occurrence} that the record checker will find again."""

    def __init__(self, doc: Doc):
        self.doc = doc
        # What the record checker searches (kg.records.quotes.haystack); quotes are looked up here the same
        # way, so the checker finds them again.
        self.haystack = haystack(doc.text)

    def occurrences(self, needle: str) -> list[int]:
        found, at = [], self.haystack.find(needle)
        while at != -1:
            found.append(at)
            at = self.haystack.find(needle, at + 1)
        return found

    def __call__(self, start: int, end: int) -> dict | None:
        while start < end and self.doc.text[start].isspace():
            start += 1
        while end > start and (self.doc.text[end - 1].isspace() or self.doc.text[end - 1] in ",;:–-."):
            end -= 1
        if end <= start:
            return None
        needle = " ".join(self.doc.text[start:end].split())  # kg.text.squash_spaces, for NFC text
        hits = self.occurrences(needle)
        if start not in hits:
            # A run of spaces inside the span cannot be quoted (quotes are matched with single spaces):
            # keep the part before it.
            cut = next((i for i in range(start, end - 1) if self.doc.text[i:i + 2].isspace()), None)
            return self(start, cut) if cut and cut > start else None
        item = {"quote": needle}
        if len(hits) > 1:
            item["occurrence"] = hits.index(start) + 1
        return item


# A province's portal names it above the article: "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH BÌNH" (folded, upper case).
_PORTAL = re.compile(r"\s*(?:CONG|TRANG)\s+THONG\s+TIN\s+DIEN\s+TU\s+(TINH|THANH\s+PHO)\s+([A-Z][A-Z ]*?)\s*$")


def _portal_province(doc: Doc) -> tuple[str, str, int, int] | None:
    for line in doc.lines:
        if line.kind == "label" and (portal := _PORTAL.match(doc.fold, line.start, line.end)):
            level = "tỉnh" if portal.group(1) == "TINH" else "thành phố"
            return level, doc.text[portal.start(2):portal.end(2)].title(), portal.start(1), portal.end(2)
    return None


def assemble(text: str, lexicon: Lexicon, *, article_id: str, text_ref: str, source_name: str | None = None,
             published: dt.date | None = None) -> Draft:
    doc = Doc(text)
    layout = read_layout(doc)
    if not doc.sentences:
        raise KgError("has no article text after the dateline (no headline, no paragraphs)")
    pub_date = layout.dateline.date if layout.dateline else published
    stand_in = None
    if pub_date is None:
        # No dateline: the latest date written with its year stands in, so the draft can still be made.
        written = [d.end_date or d.date for d in find_dates(doc.fold, 0, len(doc.fold)) if d.year_given]
        if not written and (years := years_written(doc.fold)):
            # "10 tháng 3 lúc 11:26" on a social page, "Sáng nay (10/3)": no date has its year, but the text names
            # the year it is about ("… năm 2025"); the dates without a year are taken to be in the latest one.
            written = [d.end_date or d.date for d in find_dates(doc.fold, 0, len(doc.fold), dt.date(max(years), 12, 31))]
        if not written:
            raise KgError("has no dateline with the publication date at the top (like 'Hải Phòng, ngày 24 tháng 01 "
                          "năm 2020') and no date with a year in the text; add one, or pass --published YYYY-MM-DD")
        pub_date = stand_in = max(written)
    dateline = layout.dateline
    places = Places(doc.text, doc.fold)
    places.learn(layout.headline, layout.lead,
                 (dateline.place, dateline.place_start, dateline.place_end) if dateline and dateline.place else None,
                 _portal_province(doc))
    orgs = Orgs(doc.text, doc.fold, lexicon, places)
    tokenizer = Tokenizer(doc.text, doc.fold, lexicon, places, orgs)
    parser = MentionParser(doc.text, doc.fold, orgs, places)
    mentions: list[Mention] = []
    org_mentions: list[OrgMention] = []
    for sentence in doc.sentences:
        for clause in sentence.clauses:
            # An all-capital line ("ĐOÀN KIỂM TRA BỘ CHQS TỈNH …") has no capitals to tell names and bodies by.
            if not tokenizer.worth_parsing(*clause) or doc.text[clause[0]:clause[1]].isupper():
                continue
            tokens = tokenizer.tokens(*clause)
            org_mentions.extend(t.value for t in tokens if t.kind == "ORG")
            for mention in parser.parse(tokens, clause):
                mention.sentence = sentence
                mentions.append(mention)
    starts = [m.start for m in org_mentions]

    def orgs_in(start: int, end: int) -> list[OrgMention]:
        index = bisect.bisect_left(starts, start)
        found = []
        while index < len(org_mentions) and org_mentions[index].start < end:
            if org_mentions[index].end <= end:
                found.append(org_mentions[index])
            index += 1
        return found

    on_the_side_of(mentions, org_mentions, doc.fold)
    people = collect_people(mentions)
    event = main_event(doc, layout.headline, pub_date, orgs_in, places.ward or places.district or places.city,
                       places.communes_in)
    draft = _Builder(doc, layout, lexicon, places, orgs, mentions, people, event, orgs_in, pub_date).build(
        article_id, text_ref, source_name)
    if stand_in:
        draft.notes.insert(0, f"no dateline: the publication date is taken to be {stand_in.isoformat()}, the latest "
                              "date in the text; check it, or pass --published YYYY-MM-DD")
    return draft


class _Builder(PeopleSections, EventSections, EntitySections):
    """Turns the analysed article into record sections; each section method marks the sentences it used."""

    def __init__(self, doc, layout, lexicon, places, orgs, mentions, people, event, orgs_in, pub_date):
        self.doc, self.layout, self.lexicon, self.places, self.orgs = doc, layout, lexicon, places, orgs
        self.mentions, self.people, self.event, self.orgs_in, self.pub_date = mentions, people, event, orgs_in, pub_date
        self.quote = Quoter(doc)
        self.notes: list[str] = []
        self.used: set[int] = set()
        self.referenced: set[str] = set()  # organisation ids something points at
        self.byline_only: str | None = None  # a byline that names no one ("PV")
        self.written_places: set[str] = set()  # ids of the places the record defines (see place_items)
        self.held: set[tuple[str, str]] = set()  # (person, post) of every holding written

    def mark(self, start: int) -> None:
        sentence = self.doc.sentence_at(start)
        if sentence is not None:
            self.used.add(sentence.index)

    def line(self, offset: int) -> int:
        return self.doc.line_of(offset)

    # -- the record -------------------------------------------------------------------
    def build(self, article_id: str, text_ref: str, source_name: str | None) -> Draft:
        record: dict = {"article": {}}
        self.name_temporary_bodies()
        author = self.author()
        self.credit_notes()
        people = [p for p in self.people if author is None or p.key != canonical(author["name"])]
        self.keep_ids_apart(people, author)
        record["people"] = [self.person_item(p) for p in people] + ([author] if author else [])
        coauthor = self.coauthor() if author else None
        if coauthor and coauthor["id"] not in {p["id"] for p in record["people"]}:
            record["people"].append(coauthor)
        holdings, ranks = self.holdings_and_ranks(people)
        attendance = self.attendance(people)
        photos, presentations = self.photos_and_presentations()
        awards = self.awards()
        figures = self.figures()
        events, series = self.events()
        record["places"] = self.place_items()
        record["organisations"] = self.org_items()
        record["series"] = series
        record["events"] = events
        record["holdings"] = holdings
        record["ranks"] = ranks
        record["attendance"] = attendance
        record["figures"] = figures
        record["awards"] = awards
        record["photos"] = photos
        record["presentations"] = presentations
        record["article"] = self.article_item(article_id, text_ref, source_name, author)
        if not people:
            self.notes.insert(0, "no people recognised: no honorific (đ/c, đồng chí, ông, bà), rank or title was "
                                 "followed by a name, and no capitalised run started with a common surname")
        unused = [(s.line, squash_spaces(self.doc.text[s.start:s.end])) for s in self.doc.sentences
                  if s.kind != "headline" and s.index not in self.used]
        if NBSP in self.doc.text:
            _plain_labels(record)
        return Draft({k: v for k, v in record.items() if v}, self.notes, unused)


def _plain_labels(record: dict) -> None:
    """Labels read from the text keep no no-break space (their quotes do: the evidence is the text as written)."""
    for items in record.values():
        for item in items if isinstance(items, list) else [items]:
            for key in ("vi", "en", "name"):
                if isinstance(item, dict) and isinstance(item.get(key), str):
                    item[key] = item[key].replace(NBSP, " ")
