"""Turn one checked article record into the quads of its named graph."""

from __future__ import annotations

from collections import Counter
from typing import Callable

from pyoxigraph import Literal, NamedNode, Quad

from ..records.check import Record
from ..records.concepts import Concepts
from ..records.yamlfile import Mapping
from ..text import search_key, squash_spaces
from .vocab import A_TYPE, A, Iris, K, O, P, RS, S, X

# Section -> IRI kind of the shared entities it defines.
ENTITY_KIND = {
    "people": "person", "places": "place", "organisations": "org", "series": "series",
    "events": "event", "activities": "event", "laws": "law", "anniversaries": "event",
}

Resolver = Callable[[str, str], str]  # (article id, local id) -> global slug


def lang(text: str, tag: str) -> Literal:
    return Literal(squash_spaces(text), language=tag)


def typed(value, datatype: str) -> Literal:
    # Whole numbers are always xsd:integer: Oxigraph stores xsd:nonNegativeInteger and the
    # other derived integer types as xsd:integer, so anything else would not round-trip.
    return Literal(str(value), datatype=X[datatype])


class ArticleEmitter:
    """Collects the triples an article states, in the article's named graph."""

    def __init__(self, record: Record, concepts: Concepts, iris: Iris, resolve: Resolver):
        self.record, self.concepts, self.iris, self.resolve = record, concepts, iris, resolve
        self.graph = iris.article_graph(record.id)
        self.article = iris.article(record.id)
        self.quads: list[Quad] = []
        self.sources: dict[str, str] = {}  # IRI -> 'record.yaml:line', for located validation errors
        self._slugs: Counter = Counter()
        self._assessed: list[NamedNode] = []
        main = record.main_event()
        self.default_date = (main or {}).get("date") or record.article["published"]["date"]
        self.default_year = (main or {}).get("reviews_year") or int(self.default_date[:4])

    # -- small helpers -------------------------------------------------------
    def add(self, s: NamedNode, p: NamedNode, o) -> None:
        if o is not None:
            self.quads.append(Quad(s, p, o, self.graph))

    def labels(self, node: NamedNode, vi: str | None, en: str | None = None) -> None:
        if vi:
            self.add(node, RS.label, lang(vi, "vi"))
            self.add(node, K.searchKey, Literal(search_key(vi)))
        if en:
            self.add(node, RS.label, lang(en, "en"))
            if search_key(en) != search_key(vi or ""):
                self.add(node, K.searchKey, Literal(search_key(en)))

    def ref(self, local_id: str) -> NamedNode:
        section, _ = self.record.entities[local_id]
        if section in ENTITY_KIND:
            return self.iris.entity(ENTITY_KIND[section], self.resolve(self.record.id, local_id))
        return self.iris.in_article(self.record.id, section.rstrip("s"), local_id)

    def post(self, post: str) -> NamedNode:
        role, org = post.split("@", 1)
        org_node = self.ref(org)
        node = self.iris.post(role, self.resolve(self.record.id, org))
        role_item = self.concepts.get("roles", role)
        org_item = self.record.entities[org][1]
        self.add(node, A_TYPE, K.Post)
        self.add(node, K.role, self.iris.concept("roles", role))
        self.add(node, O.postIn, org_node)
        self.labels(node, f"{role_item['vi']} {org_item['vi']}", f"{role_item['en']}, {org_item['en']}")
        return node

    def evidence(self, item: Mapping) -> NamedNode | None:
        span = item.get("_span")
        if span is None:
            return None
        ev = self.iris.evidence(self.record.id, span.start, span.end)
        sel = self.iris.selector(self.record.id, span.start, span.end)
        self.add(ev, A_TYPE, K.Evidence)
        self.add(ev, A_TYPE, A.SpecificResource)
        self.add(ev, A.hasSource, self.article)
        self.add(ev, A.hasSelector, sel)
        self.add(sel, A_TYPE, A.TextPositionSelector)
        self.add(sel, A_TYPE, A.TextQuoteSelector)
        self.add(sel, A.start, typed(span.start, "integer"))
        self.add(sel, A.end, typed(span.end, "integer"))
        self.add(sel, A.exact, Literal(span.exact))
        return ev

    def statement(self, kind: str, cls: str, slug: str, item: Mapping, label: str | None = None) -> NamedNode:
        self._slugs[(kind, slug)] += 1
        count = self._slugs[(kind, slug)]
        node = self.iris.in_article(self.record.id, kind, slug if count == 1 else f"{slug}-{count}")
        self.sources[node.value] = self.record.where(item)
        self.add(node, A_TYPE, K.Statement)
        self.add(node, A_TYPE, K[cls])
        self.add(node, P.wasDerivedFrom, self.article)
        self.add(node, K.evidence, self.evidence(item))
        if label:
            self.add(node, RS.label, lang(label, "vi"))
        return node

    def name_of(self, local_id: str) -> str:
        item = self.record.entities[local_id][1]
        return item.get("name") or item.get("vi") or local_id

    # -- sections --------------------------------------------------------------
    def emit(self) -> list[Quad]:
        self.emit_article()
        for section, method in (
            ("people", self.emit_person), ("places", self.emit_place), ("organisations", self.emit_org),
            ("series", self.emit_series), ("events", self.emit_event), ("activities", self.emit_activity),
            ("laws", self.emit_law), ("anniversaries", self.emit_anniversary), ("photos", self.emit_photo),
            ("holdings", self.emit_holding), ("ranks", self.emit_rank), ("attendance", self.emit_attendance),
            ("figures", self.emit_figure), ("awards", self.emit_award),
            ("presentations", self.emit_presentation), ("directives", self.emit_directive),
            ("assessments", self.emit_assessment),
        ):
            for item in self.record.items(section):
                method(item)
        return self.quads

    def emit_article(self) -> None:
        art, rec = self.article, self.record.article
        headline = rec["headline"]
        self.add(art, A_TYPE, K.NewsArticle)
        self.add(art, S.headline, Literal(squash_spaces(headline["_span"].exact)))
        self.labels(art, headline["_span"].exact, headline.get("en"))
        self.add(art, S.datePublished, typed(rec["published"]["date"], "date"))
        if rec["published"].get("place"):
            self.add(art, K.datelinePlace, self.ref(rec["published"]["place"]))
        author = rec.get("author") or {}
        if author.get("person"):
            self.add(art, S.author, self.ref(author["person"]))
        self.add(art, S.inLanguage, Literal(rec.get("language", "vi")))
        self.add(art, S.text, Literal(self.record.text.text))
        self.add(art, K.sourceFile, Literal(f"articles/{rec['text']}"))
        self.add(art, K.fictional, typed("true" if rec.get("fictional") else "false", "boolean"))
        if rec.get("source_name"):
            self.add(art, S.identifier, Literal(rec["source_name"]))
        if rec.get("main_event"):
            self.add(art, S.about, self.ref(rec["main_event"]))
        self.add(art, K.evidence, self.evidence(rec["published"]))

    def emit_entity(self, item: Mapping, cls: str, vi: str, en: str | None) -> NamedNode:
        node = self.ref(item["id"])
        self.sources.setdefault(node.value, self.record.where(item))
        self.add(node, A_TYPE, K[cls])
        self.labels(node, vi, en)
        self.add(node, K.evidence, self.evidence(item))
        return node

    def emit_person(self, item: Mapping) -> None:
        node = self.emit_entity(item, "Person", item["name"], item.get("en") or item["name"])
        if item.get("note"):
            self.add(node, RS.comment, lang(item["note"]["vi"], "vi"))
            if item["note"].get("en"):
                self.add(node, RS.comment, lang(item["note"]["en"], "en"))

    def emit_place(self, item: Mapping) -> None:
        node = self.emit_entity(item, item["type"], item["vi"], item["en"])
        self.add(node, S.name, lang(item["name"], "vi"))
        self.add(node, K.searchKey, Literal(search_key(item["name"])))
        if item.get("within"):
            self.add(node, K.containedInPlace, self.ref(item["within"]))

    def emit_org(self, item: Mapping) -> None:
        node = self.emit_entity(item, item["type"], item["vi"], item["en"])
        for notation in item.get("abbreviations") or []:
            self.add(node, K.abbreviation, self.iris.glossary_term(notation))
        if item.get("place"):
            self.add(node, K.locatedIn, self.ref(item["place"]))
        if item.get("part_of"):
            self.add(node, K.subOrganizationOf, self.ref(item["part_of"]))

    def emit_series(self, item: Mapping) -> None:
        node = self.emit_entity(item, "EventSeries", item["vi"], item["en"])
        if item.get("organizer"):
            self.add(node, K.organizer, self.ref(item["organizer"]))
        if item.get("place"):
            self.add(node, K.location, self.ref(item["place"]))

    def emit_event(self, item: Mapping) -> None:
        node = self.emit_entity(item, item["type"], item["vi"], item["en"])
        self.add(node, S.startDate, typed(item["date"], "date"))
        if item.get("end_date"):
            self.add(node, S.endDate, typed(item["end_date"], "date"))
        for org in item.get("organizer") or []:
            self.add(node, K.organizer, self.ref(org))
        if item.get("location"):
            self.add(node, K.location, self.ref(item["location"]))
        if item.get("series"):
            self.add(node, K.partOfSeries, self.ref(item["series"]))
        for key, prop in (("reviews_year", K.reviewsYear), ("plans_year", K.plansYear)):
            if item.get(key):
                self.add(node, prop, typed(item[key], "gYear"))

    def emit_activity(self, item: Mapping) -> None:
        node = self.emit_entity(item, item["type"], item["vi"], item["en"])
        self.add(node, K.year, typed(item.get("year") or self.default_year, "gYear"))
        for key, prop in (("date", S.startDate), ("end_date", S.endDate)):
            if item.get(key):
                self.add(node, prop, typed(item[key], "date"))
        for org in item.get("organizer") or []:
            self.add(node, K.organizer, self.ref(org))
        if item.get("location"):
            self.add(node, K.location, self.ref(item["location"]))
        for who in item.get("participants") or []:
            self.add(node, K.participant, self.ref(who))
        if self.record.article.get("main_event"):
            self.add(node, K.reportedAt, self.ref(self.record.article["main_event"]))

    def emit_law(self, item: Mapping) -> None:
        self.emit_entity(item, "Law", item["vi"], item["en"])

    def emit_anniversary(self, item: Mapping) -> None:
        node = self.emit_entity(item, "Anniversary", item["vi"], item["en"])
        self.add(node, K.anniversaryYears, typed(item["years"], "integer"))
        if item.get("commemorates"):
            self.add(node, K.commemorates, self.ref(item["commemorates"]))

    def emit_photo(self, item: Mapping) -> None:
        node = self.ref(item["id"])
        caption = item["_span"].exact
        self.add(node, A_TYPE, K.Photo)
        self.add(node, S.caption, Literal(squash_spaces(caption)))
        self.labels(node, caption, item.get("en"))
        self.add(node, S.isPartOf, self.article)
        self.add(node, K.evidence, self.evidence(item))
        for target in item.get("depicts") or []:
            self.add(node, K.depicts, self.ref(target))

    def emit_holding(self, item: Mapping) -> None:
        role, org = item["post"].split("@", 1)
        post = self.post(item["post"])
        person = self.ref(item["person"])
        label = f"{self.name_of(item['person'])} – {self.concepts.get('roles', role)['vi']} {self.name_of(org)}"
        node = self.statement("holding", "PostHolding", f"{item['person']}--{role}--{org}", item, label)
        self.add(node, K.holder, person)
        self.add(node, K.post, post)
        self.add(node, O.organization, self.ref(org))
        self.add(node, K.attestedOn, typed(item.get("attested") or self.default_date, "date"))
        self.add(person, O.holds, post)

    def emit_rank(self, item: Mapping) -> None:
        rank = self.iris.concept("ranks", item["rank"])
        person = self.ref(item["person"])
        label = f"{self.concepts.get('ranks', item['rank'])['vi']} {self.name_of(item['person'])}"
        node = self.statement("rank", "RankHolding", f"{item['person']}--{item['rank']}", item, label)
        self.add(node, K.holder, person)
        self.add(node, K.rank, rank)
        self.add(node, K.attestedOn, typed(item.get("attested") or self.default_date, "date"))
        self.add(person, K.hasRank, rank)

    def emit_attendance(self, item: Mapping) -> None:
        who = item.get("person") or search_key(item["group"]["vi"]).replace(" ", "-")
        node = self.statement("attendance", "Attendance", f"{item['event']}--{who}", item)
        self.add(node, K.event, self.ref(item["event"]))
        if item.get("person"):
            self.add(node, K.attendee, self.ref(item["person"]))
            self.add(node, RS.label, lang(f"{self.name_of(item['person'])} dự {self.name_of(item['event'])}", "vi"))
        else:
            self.add(node, K.attendeeGroup, lang(item["group"]["vi"], "vi"))
            if item["group"].get("en"):
                self.add(node, K.attendeeGroup, lang(item["group"]["en"], "en"))
        for post in item.get("posts") or []:
            self.add(node, K.inCapacityOf, self.post(post))

    def emit_figure(self, item: Mapping) -> None:
        measure = self.concepts.get("measures", item["measure"])
        year = item.get("year") or self.default_year
        node = self.statement("figure", "ReportedFigure", f"{item['measure']}--{year}", item,
                              f"{measure['vi']}: {item['value']}")
        self.add(node, K.measure, self.iris.concept("measures", item["measure"]))
        value = item["value"]
        self.add(node, S.value, typed(value, "integer") if isinstance(value, int) else typed(value, "decimal"))
        unit = item.get("unit") or measure.get("unit")
        if unit:
            self.add(node, S.unitText, Literal(unit))
        self.add(node, K.year, typed(year, "gYear"))
        if item.get("subject"):
            self.add(node, K.subject, self.ref(item["subject"]))
        if self.record.article.get("main_event"):
            self.add(node, K.reportedAt, self.ref(self.record.article["main_event"]))

    def emit_award(self, item: Mapping) -> None:
        award = self.concepts.get("award_types", item["award"])
        event = self.record.entities[item["event"]][1]
        node = self.statement("award", "AwardConferral", f"{item['conferred_by']}--{item['award']}", item,
                              f"{self.name_of(item['conferred_by'])} tặng {award['vi']}")
        self.add(node, K.awardType, self.iris.concept("award_types", item["award"]))
        self.add(node, K.conferredBy, self.ref(item["conferred_by"]))
        self.add(node, K.event, self.ref(item["event"]))
        if item.get("movement"):
            self.add(node, K.inMovement, self.iris.concept("movements", item["movement"]))
        for key, prop in (("collectives", K.collectiveCount), ("individuals", K.individualCount)):
            if item.get(key) is not None:
                self.add(node, prop, typed(item[key], "integer"))
        self.add(node, K.year, typed(item.get("year") or event.get("reviews_year") or self.default_year, "gYear"))

    def emit_presentation(self, item: Mapping) -> None:
        node = self.statement("presentation", "AwardPresentation", f"{item['presenter']}--{item['award']}", item,
                              f"{self.name_of(item['presenter'])} trao {self.concepts.get('award_types', item['award'])['vi']}")
        self.add(node, K.presenter, self.ref(item["presenter"]))
        self.add(node, K.awardType, self.iris.concept("award_types", item["award"]))
        if item.get("event"):
            self.add(node, K.event, self.ref(item["event"]))
        if item.get("photo"):
            self.add(node, K.depictedIn, self.ref(item["photo"]))
        if item.get("recipients"):
            self.add(node, K.recipientDescription, lang(item["recipients"]["vi"], "vi"))
            if item["recipients"].get("en"):
                self.add(node, K.recipientDescription, lang(item["recipients"]["en"], "en"))
        for post in item.get("posts") or []:
            self.add(node, K.inCapacityOf, self.post(post))

    def emit_directive(self, item: Mapping) -> None:
        node = self.statement("directive", "Directive", item["id"], item,
                              (item.get("addressees") or {}).get("vi"))
        for who in item["issued_by"]:
            self.add(node, K.issuedBy, self.ref(who))
        for post in item.get("posts") or []:
            self.add(node, K.inCapacityOf, self.post(post))
        for org in item.get("addressed_to") or []:
            self.add(node, K.addressedTo, self.ref(org))
        if item.get("addressees", {}).get("en"):
            self.add(node, RS.label, lang(item["addressees"]["en"], "en"))
        if item.get("event"):
            self.add(node, K.event, self.ref(item["event"]))
        self.add(node, K.forYear, typed(item["year"], "gYear"))
        if item.get("task_count") is not None:
            self.add(node, K.taskCount, typed(item["task_count"], "integer"))
        for position, task in enumerate(item.get("tasks") or [], start=1):
            task_node = self.iris.in_article(self.record.id, "task", f"{item['id']}-{position}")
            self.add(task_node, A_TYPE, K.Task)
            self.labels(task_node, task["vi"], task.get("en"))
            self.add(task_node, K.position, typed(position, "integer"))
            self.add(task_node, K.forYear, typed(item["year"], "gYear"))
            self.add(task_node, K.evidence, self.evidence(task))
            self.add(task_node, P.wasDerivedFrom, self.article)
            self.add(node, K.hasTask, task_node)

    def emit_assessment(self, item: Mapping) -> None:
        # Assessments have no natural key; their order in the record numbers them.
        node = self.statement("assessment", "Assessment", str(len(self._assessed) + 1), item)
        self._assessed.append(node)
        self.labels(node, None, item.get("en"))
        self.add(node, RS.label, lang(item["vi"], "vi"))
        if item.get("by"):
            self.add(node, P.wasAttributedTo, self.ref(item["by"]))
        for target in item.get("about") or []:
            self.add(node, K.about, self.ref(target))
        self.add(node, K.year, typed(item.get("year") or self.default_year, "gYear"))
        if self.record.article.get("main_event"):
            self.add(node, K.reportedAt, self.ref(self.record.article["main_event"]))


def article_quads(record: Record, concepts: Concepts, iris: Iris, resolve: Resolver) -> tuple[list[Quad], dict]:
    """The article's quads and, for each node it defines, the record line that defined it."""
    emitter = ArticleEmitter(record, concepts, iris, resolve)
    return emitter.emit(), emitter.sources
