"""Fold each statement node (a fact with a date, counts and a quote) into one or two labelled edges.

    Lê Lương ──"Chủ tịch · 2019"──▶ UBND quận Dương Kinh                 (PostHolding)
    UBND quận ──"Giấy khen: 4 tập thể, 10 cá nhân"──▶ the conference      (AwardConferral)
"""

from __future__ import annotations

from typing import Callable

from pyoxigraph import Literal

from ..compile.vocab import KGO, ORG
from .model import Collected, with_year
from .read import LABEL, Reader, year_of

PROV_ATTRIBUTED = "http://www.w3.org/ns/prov#wasAttributedTo"
SCHEMA_VALUE = "https://schema.org/value"
SCHEMA_UNIT = "https://schema.org/unitText"


class Folder:
    """Folds statements into edges: reads each one's quote, articles and the labels it refers to."""

    def __init__(self, reader: Reader, collected: Collected):
        self.r, self.c = reader, collected

    def add(self, statement: str, source, target, kind: str, label: tuple[str, str], **extra) -> bool:
        quotes = self.r.quotes(statement)
        return self.c.add_edge(source, target, kind, label, statement=statement,
                               quote=quotes[0].exact if quotes else None,
                               articles=self.r.articles(statement), **extra)

    def k(self, statement: str, name: str) -> str | None:
        return self.r.iri(statement, KGO + name)

    def lit(self, statement: str, name: str) -> str | None:
        return self.r.literal(statement, KGO + name)

    def lang_literal(self, node: str, name: str) -> tuple[str, str]:
        by_lang = {t.language: t.value for t in self.r.values(node, KGO + name) if isinstance(t, Literal)}
        vi = by_lang.get("vi") or by_lang.get(None) or by_lang.get("en") or ""
        return vi, by_lang.get("en") or vi

    def node_year(self, node: str | None) -> int | None:
        return self.c.nodes.get(node, {}).get("year") if node else None

    # -- one method per statement class ---------------------------------------------
    def holding(self, st: str) -> None:
        post = self.k(st, "post")
        org = self.r.iri(st, ORG + "organization") or (post and self.r.iri(post, ORG + "postIn"))
        role = post and self.k(post, "role")
        vi, en = self.r.labels(role or post or st)
        year = year_of(self.lit(st, "attestedOn"))
        self.add(st, self.k(st, "holder"), org, "holds", (with_year(vi, year), with_year(en, year)),
                 year=year, detail=self.r.labels(post) if post else None)

    def rank(self, st: str) -> None:
        vi, en = self.r.labels(self.k(st, "rank") or st)
        year = year_of(self.lit(st, "attestedOn"))
        self.add(st, self.k(st, "holder"), self.k(st, "rank"), "rank", (with_year(vi, year), with_year(en, year)),
                 year=year)

    def attendance(self, st: str) -> None:
        event = self.k(st, "event")
        posts = self.r.iris(st, KGO + "inCapacityOf")
        detail = tuple("; ".join(self.r.labels(p)[i] for p in posts) for i in (0, 1)) if posts else None
        person = self.k(st, "attendee")
        if person:
            self.add(st, person, event, "attends", ("dự", "attends"), year=self.node_year(event), detail=detail)
            return
        group_vi, group_en = self.lang_literal(st, "attendeeGroup")
        orgs = [self.r.iri(p, ORG + "postIn") for p in posts]
        label = (f"dự: {group_vi}" if group_vi else "dự", f"attends: {group_en}" if group_en else "attends")
        for org in sorted({o for o in orgs if o}):
            self.add(st, org, event, "attends", label, year=self.node_year(event), detail=detail)

    def conferral(self, st: str) -> None:
        award = self.k(st, "awardType")
        award_vi, award_en = self.r.labels(award) if award else ("", "")
        counts = [(self.lit(st, name), vi, en) for name, vi, en in
                  (("collectiveCount", "tập thể", "collective"), ("individualCount", "cá nhân", "individual"))]
        counts_vi = ", ".join(f"{int(n)} {vi}" for n, vi, _ in counts if n is not None)
        counts_en = ", ".join(f"{int(n)} {en}{'' if int(n) == 1 else 's'}" for n, _, en in counts if n is not None)
        label = (f"{award_vi}: {counts_vi}" if counts_vi else award_vi,
                 f"{award_en}: {counts_en}" if counts_en else award_en)
        movement = self.k(st, "inMovement")
        detail = self.r.labels(movement) if movement else None
        year = year_of(self.lit(st, "year"))
        by, event = self.k(st, "conferredBy"), self.k(st, "event")
        if not self.add(st, by, event, "award", label, year=year, detail=detail):
            self.add(st, by, award, "award", label, year=year, detail=detail)
        else:
            self.add(st, by, award, "award-type", ("tặng", "confers"), year=year, detail=detail)

    def presentation(self, st: str) -> None:
        recipients_vi, recipients_en = self.lang_literal(st, "recipientDescription")
        label = (f"trao cho {recipients_vi}" if recipients_vi else "trao",
                 f"presents to {recipients_en}" if recipients_en else "presents")
        event = self.k(st, "event")
        self.add(st, self.k(st, "presenter"), self.k(st, "awardType"), "presents", label,
                 year=self.node_year(event), detail=self.r.labels(event) if event else None)

    def figure(self, st: str) -> None:
        measure = self.k(st, "measure")
        measure_vi, measure_en = self.r.labels(measure) if measure else ("", "")
        value = self.r.literal(st, SCHEMA_VALUE) or ""
        unit = self.r.literal(st, SCHEMA_UNIT) or ""
        value_vi = f"{number(value, 'vi')} {unit}".strip() if unit != "%" else f"{number(value, 'vi')}%"
        value_en = f"{number(value, 'en')}%" if unit == "%" else number(value, "en")
        label = (f"{measure_vi}: {value_vi}", f"{measure_en}: {value_en}")
        subject, event = self.k(st, "subject"), self.k(st, "reportedAt")
        year = year_of(self.lit(st, "year"))
        ends = (subject, event) if subject and event else (subject or event, measure)
        self.add(st, *ends, "figure", label, year=year)

    def directive(self, st: str) -> None:
        tasks = self.r.iris(st, KGO + "hasTask")
        count = int(self.lit(st, "taskCount") or len(tasks))
        year = year_of(self.lit(st, "forYear"))
        addressees = self.r.iris(st, KGO + "addressedTo")
        targets = addressees or [self.k(st, "event")]
        verb_vi, verb_en = ("chỉ đạo", "directs") if addressees else ("đề ra", "sets")
        tasks_vi = f" {count} nhiệm vụ" if count else ""
        tasks_en = f" {count} task{'' if count == 1 else 's'}" if count else ""
        label = (with_year(verb_vi + tasks_vi, year), with_year(verb_en + tasks_en, year))
        ordered = sorted(tasks, key=lambda t: int(self.r.literal(t, KGO + "position") or 0))
        head = self.r.labels(st) if self.r.values(st, LABEL) else None
        detail = tuple("\n".join(([head[i]] if head else []) + [f"{n}. {self.r.labels(t)[i]}" for n, t in
                                                                enumerate(ordered, 1)]) for i in (0, 1))
        for issuer in self.r.iris(st, KGO + "issuedBy"):
            for target in targets:
                self.add(st, issuer, target, "directs", label, year=year, detail=detail)

    def assessment(self, st: str) -> None:
        targets = self.r.iris(st, KGO + "about")
        source = self.r.iri(st, PROV_ATTRIBUTED) or self.k(st, "reportedAt")
        label = self.r.labels(st)
        for target in targets:
            self.add(st, source, target, "assessment", label, year=year_of(self.lit(st, "year")))


def number(value: str, lang: str) -> str:
    """'1925' -> '1.925' (vi) / '1,925' (en); '3.5' -> '3,5' (vi)."""
    whole, _, fraction = value.partition(".")
    if not whole.lstrip("-").isdigit():
        return value
    grouped = f"{int(whole):,}"
    if lang == "vi":
        grouped = grouped.replace(",", ".")
        return grouped + ("," + fraction if fraction else "")
    return grouped + ("." + fraction if fraction else "")


HANDLERS: dict[str, Callable[[Folder, str], None]] = {
    KGO + "PostHolding": Folder.holding, KGO + "RankHolding": Folder.rank, KGO + "Attendance": Folder.attendance,
    KGO + "AwardConferral": Folder.conferral, KGO + "AwardPresentation": Folder.presentation,
    KGO + "ReportedFigure": Folder.figure, KGO + "Directive": Folder.directive, KGO + "Assessment": Folder.assessment,
}


def fold_statements(reader: Reader, collected: Collected, by_class: dict[str, list[str]]) -> None:
    folder = Folder(reader, collected)
    for cls, handler in HANDLERS.items():
        for statement in by_class.get(cls, ()):
            handler(folder, statement)
