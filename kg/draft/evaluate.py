"""Score drafts against curated records: the quality report of `kg eval` and benchmarks/bench_draft.py.

Metrics, per article:
  names   F1 of person names (kg.text.canonical, so tone placement does not matter); the author and
          photographers are left out on both sides (they are not people of the event)
  posts   F1 of (name, role, organisation) from holdings; the organisation is compared by its
          label's search key with glossary abbreviations expanded ("UBND" = "Ủy ban nhân dân"),
          never by record-local ids
  ranks   accuracy over the people that have a rank in either record
  date    1 when the main event's date is the same, else 0
  awards  share of conferrals with the same (body, award type, collectives, individuals)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KgError
from ..text import search_key
from .text import canonical

METRICS = ("names", "posts", "ranks", "date", "awards")


@dataclass
class Facts:
    names: set = field(default_factory=set)
    posts: set = field(default_factory=set)
    ranks: dict = field(default_factory=dict)
    date: str | None = None
    awards: Counter = field(default_factory=Counter)


@dataclass
class Score:
    article: str
    values: dict[str, float]
    counts: dict[str, str] = field(default_factory=dict)  # "found/expected" per metric, for the table
    error: str | None = None
    # What the draft missed ("-") and added ("+"), per metric, for `kg eval --details`.
    differences: list[str] = field(default_factory=list)


_DASHES = re.compile(r"\s*[-–—]\s*")
# ", Sư đoàn 3, Quân khu 1" or " (Quân khu 7)" after a unit names the units it belongs to, not another body: "Trung đoàn 12,
# Sư đoàn 3, Quân khu 1" and "Trung đoàn 12" are one regiment (the search key is lower case, unaccented).
_PARENT_UNITS = re.compile(r"(?:, | \()(?:su doan|quan khu|quan doan|lu doan|bo tham muu|bo tu lenh|bo chi huy quan su|"
                           r"cuc|tong cuc|quan chung|binh chung|tinh|thanh pho)(?![a-z]).*$")


# The executive committee of a place's Party organisation is its Party committee, by definition.
_COMMITTEES = {"tinh": "tinh uy", "thanh pho": "thanh uy", "huyen": "huyen uy", "quan": "quan uy", "thi xa": "thi uy",
               "xa": "dang uy xa", "phuong": "dang uy phuong", "thi tran": "dang uy thi tran"}
_EXECUTIVE = re.compile(r"^ban chap hanh dang bo (tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)(?= )")


class OrgKeys:
    """Organisation labels as comparable keys: abbreviations expanded and terms written one way, diacritics and case
    dropped, dashes one way, the units a unit belongs to dropped."""

    def __init__(self, glossary=None):
        notations, written_out = [], []
        for term in (glossary.terms if glossary else []):
            for notation in [term["notation"], *(term.get("alt_notation") or [])]:
                if notation.lower() not in ("đ/c", "tp", "tp."):
                    notations.append((notation, term["vi"]))
            # Other ways of writing the name out: "phòng, chống thiên tai và tìm kiếm cứu nạn" is the term
            # "phòng, chống thiên tai – tìm kiếm cứu nạn" (not a short form inside it, like "Đoàn Thanh niên").
            written_out += [(alt, term["vi"]) for alt in term.get("alt") or []
                            if " " in alt and canonical(alt) not in canonical(term["vi"])]
        self.passes = [_replacer(pairs) for pairs in (notations, written_out) if pairs]

    def __call__(self, label: str) -> str:
        for pattern, replacement in self.passes:  # abbreviations first: "PCTT và TKCN" is then a written-out form
            label = pattern.sub(lambda m: replacement[m.group(1)], label)
        key = _DASHES.sub(" - ", search_key(label))  # "Phan Rang-Tháp Chàm" and "Phan Rang – Tháp Chàm" are one
        key = _EXECUTIVE.sub(lambda m: _COMMITTEES[m.group(1)], key)  # "Ban Chấp hành Đảng bộ tỉnh X" = "Tỉnh ủy X"
        return _PARENT_UNITS.sub("", key)


def _replacer(pairs: list[tuple[str, str]]) -> tuple[re.Pattern, dict[str, str]]:
    """A pattern of the first words of the pairs (longest first, whole words only) and their replacements."""
    pairs = sorted(pairs, key=lambda p: len(p[0]), reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n, _ in pairs) + r")(?!\w)"), dict(pairs)


def facts_of(article: dict, sections: dict, org_key: OrgKeys) -> Facts:
    """The comparable facts of a record, curated (kg.records Record) or drafted (Draft.record)."""
    def items(name):
        return sections.get(name) or []

    skip = set()
    author = (article.get("author") or {}).get("person")
    if author:
        skip.add(author)
    for person in items("people"):
        note = " ".join(str(v) for v in (person.get("note") or {}).values()).lower()
        if "ảnh" in note or "photo" in note:
            skip.add(person["id"])
    names = {p["id"]: canonical(p["name"]) for p in items("people") if p["id"] not in skip}
    orgs = {o["id"]: org_key(o["vi"]) for o in items("organisations")}
    found = Facts(names=set(names.values()))
    for holding in items("holdings"):
        if holding["person"] in names:
            role, org = holding["post"].split("@", 1)
            found.posts.add((names[holding["person"]], role, orgs.get(org, org)))
    ranks: dict[str, set[str]] = {}
    for rank in items("ranks"):
        if rank["person"] in names:
            ranks.setdefault(names[rank["person"]], set()).add(rank["rank"])
    found.ranks = {name: " / ".join(sorted(held)) for name, held in ranks.items()}  # namesakes: both ranks
    events = {e["id"]: e for e in items("events")}
    main = events.get(article.get("main_event") or "") or next(iter(events.values()), None)
    found.date = str(main["date"]) if main else None
    for award in items("awards"):
        found.awards[(orgs.get(award["conferred_by"], award["conferred_by"]), award["award"],
                      award.get("collectives") or 0, award.get("individuals") or 0)] += 1
    return found


def _f1(got: set, want: set) -> float:
    if not got and not want:
        return 1.0
    hits = len(got & want)
    if not hits:
        return 0.0
    precision, recall = hits / len(got), hits / len(want)
    return 2 * precision * recall / (precision + recall)


def compare(draft: Facts, curated: Facts, article: str) -> Score:
    people = set(draft.ranks) | set(curated.ranks)
    rank_hits = sum(1 for p in people if draft.ranks.get(p) == curated.ranks.get(p))
    award_hits = sum((draft.awards & curated.awards).values())
    award_total = max(sum(draft.awards.values()), sum(curated.awards.values()))
    values = {
        "names": _f1(draft.names, curated.names),
        "posts": _f1(draft.posts, curated.posts),
        "ranks": rank_hits / len(people) if people else 1.0,
        "date": 1.0 if draft.date and draft.date == curated.date else 0.0,
        "awards": award_hits / award_total if award_total else 1.0,
    }
    counts = {
        "names": f"{len(draft.names & curated.names)}/{len(curated.names)}+{len(draft.names - curated.names)}",
        "posts": f"{len(draft.posts & curated.posts)}/{len(curated.posts)}+{len(draft.posts - curated.posts)}",
        "ranks": f"{rank_hits}/{len(people)}",
        "date": f"{draft.date or '—'}",
        "awards": f"{award_hits}/{sum(curated.awards.values())}",
    }
    return Score(article, values, counts, differences=_differences(draft, curated))


def _differences(draft: Facts, curated: Facts) -> list[str]:
    def shown(fact) -> str:
        return " · ".join(str(part) for part in fact) if isinstance(fact, tuple) else str(fact)

    lines = []
    for metric, got, want in (("names", draft.names, curated.names), ("posts", draft.posts, curated.posts),
                              ("ranks", set(draft.ranks.items()), set(curated.ranks.items())),
                              ("awards", set(draft.awards), set(curated.awards))):
        lines += [f"{metric} - {shown(fact)}" for fact in sorted(want - got, key=str)]
        lines += [f"{metric} + {shown(fact)}" for fact in sorted(got - want, key=str)]
    if draft.date != curated.date:
        lines.append(f"date - {curated.date}")
        lines.append(f"date + {draft.date}")
    return lines


def curated_records(project) -> list[Path]:
    """The records to score against: data/articles/*.yaml and, when present, the fictional fixtures of
    tests/fixtures/articles (the seed's series) and tests/fixtures/styles (other styles and provinces)."""
    found = sorted(project.articles_dir.glob("*.yaml"))
    for folder in ("articles", "styles"):
        found += sorted((project.root / "tests" / "fixtures" / folder).glob("*.yaml"))
    return found


def evaluate(paths: list[Path], project, drafter=None) -> list[Score]:
    """Draft the text of each curated record and score the draft against it.

    A record that does not load (a curator may be midway through editing it) becomes a row with
    its error instead of stopping the report.
    """
    from ..records.check import load_record
    from ..records.concepts import load_concepts, load_glossary
    from .api import Drafter

    concepts = load_concepts(project.concepts_file, project.shown(project.concepts_file))
    glossary = load_glossary(project.glossary_file, project.shown(project.glossary_file)) \
        if project.glossary_file.exists() else None
    drafter = drafter or Drafter(concepts, glossary)
    org_key = OrgKeys(glossary)
    notations = glossary.notations() if glossary else set()
    scores = []
    for path in paths:
        shown = project.shown(path)
        try:
            record = load_record(path, concepts, notations, shown)
            text_path = (path.parent / record.article["text"]).resolve()
            draft = drafter.draft_file(text_path, record_dir=path.parent, article_id=record.id,
                                       shown=project.shown(text_path))
        except KgError as exc:
            scores.append(Score(shown, {}, error=str(exc)))
            continue
        curated = facts_of(record.article, record.sections, org_key)
        drafted = facts_of(draft.record.get("article", {}), draft.record, org_key)
        scores.append(compare(drafted, curated, record.id))
    return scores


def mean(scores: list[Score]) -> dict[str, float]:
    scored = [s for s in scores if not s.error]
    return {m: sum(s.values[m] for s in scored) / len(scored) for m in METRICS} if scored else {}


def table(scores: list[Score], details: bool = False) -> str:
    """The quality report as text: one row per article, then the mean; counts are found/expected+extra.
    With details, each row is followed by what the draft missed (-) and added (+)."""
    width = max([len(s.article) for s in scores] + [7])
    head = f"{'article':<{width}}  " + "  ".join(f"{m:>6}" for m in METRICS)
    lines = [head, "-" * len(head)]
    for score in scores:
        if score.error:
            lines.append(f"{score.article:<{width}}  skipped: {score.error}")
            continue
        lines.append(f"{score.article:<{width}}  " + "  ".join(f"{score.values[m]:>6.2f}" for m in METRICS)
                     + "   " + " ".join(f"{m}={score.counts[m]}" for m in METRICS if m != "date"))
        if details:
            lines += [f"    {line}" for line in score.differences]
    averages = mean(scores)
    if averages:
        lines.append("-" * len(head))
        lines.append(f"{'mean':<{width}}  " + "  ".join(f"{averages[m]:>6.2f}" for m in METRICS))
    return "\n".join(lines)
