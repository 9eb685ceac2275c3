"""Load an article record and check it against the spec; every error names file and line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KgError
from ..text import article_text
from .concepts import Concepts
from .quotes import ArticleText, QuoteError
from .schema import (
    ARTICLE_FIELDS, ARTICLE_REQUIRED, AUTHOR_FIELDS, DATE_PATTERN, ENTITY_SECTIONS, HEADLINE_FIELDS,
    ID_PATTERN, POST_PATTERN, PUBLISHED_FIELDS, SECTIONS, TASK_FIELDS,
)
from .yamlfile import Mapping, load_yaml, read_utf8


@dataclass
class Record:
    """A checked record: its YAML items plus the article text they quote."""

    path: Path
    shown: str  # path as shown in messages
    article: Mapping
    text: ArticleText
    sections: dict[str, list[Mapping]]
    entities: dict[str, tuple[str, Mapping]] = field(default_factory=dict)  # id -> (section, item)

    @property
    def id(self) -> str:
        return self.article["id"]

    def items(self, section: str) -> list[Mapping]:
        return self.sections.get(section, [])

    def main_event(self) -> Mapping | None:
        event_id = self.article.get("main_event")
        return self.entities[event_id][1] if event_id else None

    def where(self, item: Mapping, key: str | None = None) -> str:
        line = item.line_of(key) if key else item.line
        return f"{self.shown}:{line}"


def read_article_text(path: Path, shown: str) -> str:
    """Read an article as UTF-8 and return it in NFC with LF line ends (NFD and CR LF are normalised, not refused)."""
    return article_text(read_utf8(path, shown, "; check the record's 'text' field"))


class _Checker:
    def __init__(self, path: Path, shown: str, concepts: Concepts, notations: set[str]):
        self.path, self.shown, self.concepts, self.notations = path, shown, concepts, notations

    def fail(self, item: Mapping | None, key: str | None, message: str):
        line = (item.line_of(key) if key else item.line) if item is not None else None
        raise KgError(message, self.shown, line)

    def run(self) -> Record:
        data = load_yaml(self.path, self.shown)
        if not isinstance(data, Mapping):
            raise KgError("a record is a YAML mapping with 'article:' and sections such as 'people:'", self.shown, 1)
        unknown = set(data) - set(SECTIONS) - {"article"}
        if unknown:
            key = sorted(unknown)[0]
            self.fail(data, key, f"unknown section {key!r}; known sections: article, {', '.join(SECTIONS)}")
        article = data.get("article")
        if not isinstance(article, Mapping):
            self.fail(data, None, "missing 'article:' mapping with id, text, headline and published")
        self.check_fields(article, "article", ARTICLE_FIELDS, ARTICLE_REQUIRED, refs_later=True)
        if not ID_PATTERN.match(article["id"]):
            self.fail(article, "id", f"article.id {article['id']!r} must be a slug like 'duong-kinh-2019'")
        text_path = (self.path.parent / article["text"]).resolve()
        text_shown = str(Path(self.shown).parent / article["text"])
        text = ArticleText(read_article_text(text_path, text_shown))

        sections: dict[str, list[Mapping]] = {}
        for name, spec in SECTIONS.items():
            items = data.get(name) or []
            if not isinstance(items, list):
                self.fail(data, name, f"section {name!r} must be a list of items (each starting with '- ')")
            for index, item in enumerate(items):
                label = f"{name}[{index}]"
                if not isinstance(item, Mapping):
                    self.fail(data, name, f"{label} must be a mapping of fields")
                self.check_fields(item, label, {"id": "text", **spec.fields} if spec.has_id else spec.fields,
                                  ("id", *spec.required) if spec.has_id else spec.required, refs_later=True)
                present = [k for k in spec.one_of if k in item]
                if spec.one_of and len(present) != 1:
                    self.fail(item, None, f"{label} needs exactly one of {' / '.join(spec.one_of)}")
                if spec.quoted and "quote" not in item:
                    self.fail(item, None, f"{label}: missing required field 'quote' (the sentence that states it)")
            sections[name] = items

        record = Record(self.path, self.shown, article, text, sections)
        self.index_entities(record)
        self.check_references(record)
        self.locate_quotes(record)
        return record

    # -- fields -------------------------------------------------------------
    def check_fields(self, item: Mapping, label: str, fields: dict, required, refs_later: bool):
        for key in item:
            if key not in fields:
                self.fail(item, key, f"{label}: unknown field {key!r}; known fields: {', '.join(fields)}")
        for key in required:
            if key not in item or item[key] in (None, ""):
                self.fail(item, None, f"{label}: missing required field {key!r}")
        for key, kind in fields.items():
            if key in item and item[key] is not None:
                self.check_value(item, key, kind, f"{label}.{key}")

    def check_value(self, item: Mapping, key: str, kind: str, label: str):
        value = item[key]
        if kind == "text" or kind.startswith(("ref:", "concept:", "type:")) or kind == "post":
            if isinstance(value, (int, float)) and not isinstance(value, bool) and kind == "text":
                item[key] = value = str(value)
            if not isinstance(value, str) or not value.strip():
                self.fail(item, key, f"{label} must be a non-empty text")
            if kind.startswith("type:") and value not in kind[5:].split("|"):
                self.fail(item, key, f"{label} {value!r} is not one of {kind[5:].replace('|', ', ')}")
            if kind == "post" and not POST_PATTERN.match(value):
                self.fail(item, key, f"{label} {value!r} must be 'role@organisation', e.g. chu-tich@ubnd-duong-kinh")
            if kind.startswith("concept:"):
                self.check_concept(item, key, kind[8:], value, label)
            if kind == "post":
                self.check_concept(item, key, "roles", value.split("@")[0], label)
        elif kind in ("refs:any", "texts", "posts") or kind.startswith("refs:"):
            if isinstance(value, str):
                item[key] = value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                self.fail(item, key, f"{label} must be a list of texts")
            for v in value:
                if kind == "posts":
                    if not POST_PATTERN.match(v):
                        self.fail(item, key, f"{label} {v!r} must be 'role@organisation'")
                    self.check_concept(item, key, "roles", v.split("@")[0], label)
                if key == "abbreviations" and v not in self.notations:
                    self.fail(item, key, f"{label} {v!r} is not in ontology/glossary.yaml; add it there first")
        elif kind == "int":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                self.fail(item, key, f"{label} must be a whole number ≥ 0, got {value!r}")
        elif kind == "number":
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                self.fail(item, key, f"{label} must be a number (write 1925, not '1.925'), got {value!r}")
        elif kind == "bool":
            if not isinstance(value, bool):
                self.fail(item, key, f"{label} must be true or false")
        elif kind == "date":
            value = str(value)
            try:
                if not DATE_PATTERN.match(value):
                    raise ValueError
                dt.date.fromisoformat(value)
            except ValueError:
                self.fail(item, key, f"{label} {value!r} must be a date written YYYY-MM-DD")
            item[key] = value
        elif kind == "year":
            if not isinstance(value, int) or not 1900 <= value <= 2100:
                self.fail(item, key, f"{label} must be a year such as 2019, got {value!r}")
        elif kind == "labels":
            if isinstance(value, str):
                item[key] = value = Mapping({"vi": value})
                value.line, value.key_lines = item.line_of(key), {}
            if not isinstance(value, dict) or "vi" not in value or set(value) - {"vi", "en"}:
                self.fail(item, key, f"{label} must be {{vi: ..., en: ...}}")
        elif kind == "tasks":
            if not isinstance(value, list):
                self.fail(item, key, f"{label} must be a list of tasks")
            for index, task in enumerate(value):
                if not isinstance(task, Mapping):
                    self.fail(item, key, f"{label}[{index}] must be a mapping with vi, en and quote")
                self.check_fields(task, f"{label}[{index}]", TASK_FIELDS, ("vi", "quote"), refs_later=True)
        elif kind in ("headline", "published", "author"):
            fields = {"headline": HEADLINE_FIELDS, "published": PUBLISHED_FIELDS, "author": AUTHOR_FIELDS}[kind]
            required = {"headline": ("quote",), "published": ("date",), "author": ()}[kind]
            if not isinstance(value, Mapping):
                self.fail(item, key, f"{label} must be a mapping of {', '.join(fields)}")
            self.check_fields(value, label, fields, required, refs_later=True)

    def check_concept(self, item: Mapping, key: str, kind: str, value: str, label: str):
        if value not in self.concepts.ids(kind):
            self.fail(item, key, f"{label}: {kind[:-1].replace('_', ' ')} {value!r} is not defined in "
                                 f"data/concepts.yaml ({kind}); add it there or fix the id")

    # -- ids and references --------------------------------------------------
    def index_entities(self, record: Record):
        for section in ENTITY_SECTIONS:
            for item in record.items(section):
                entity_id = item["id"]
                if not ID_PATTERN.match(entity_id):
                    self.fail(item, "id", f"{section} id {entity_id!r} must be a slug: a-z, 0-9 and '-'")
                if entity_id in record.entities:
                    other = record.entities[entity_id][1]
                    self.fail(item, "id", f"id {entity_id!r} is already used at line {other.line}; ids are unique per record")
                record.entities[entity_id] = (section, item)

    def check_references(self, record: Record):
        def check(item: Mapping, key: str, kind: str, label: str):
            if key not in item or item[key] is None:
                return
            values = item[key] if isinstance(item[key], list) else [item[key]]
            if kind in ("post", "posts"):
                targets, kind = [v.split("@", 1)[1] for v in values], "ref:organisations"
            elif kind.startswith(("ref:", "refs:")):
                targets = values
            else:
                return
            wanted = kind.split(":", 1)[1]
            for target in targets:
                found = record.entities.get(target)
                if found is None:
                    where = "this record" if wanted == "any" else f"'{wanted}'"
                    self.fail(item, key, f"{label}: {target!r} is not defined in {where}; define it or fix the id")
                if wanted != "any" and found[0] != wanted:
                    self.fail(item, key, f"{label}: {target!r} is in '{found[0]}', expected one of '{wanted}'")

        for key, kind in ARTICLE_FIELDS.items():
            check(record.article, key, kind, f"article.{key}")
        for key, fields in (("published", PUBLISHED_FIELDS), ("author", AUTHOR_FIELDS)):
            if isinstance(record.article.get(key), Mapping):
                for sub, kind in fields.items():
                    check(record.article[key], sub, kind, f"article.{key}.{sub}")
        for name, spec in SECTIONS.items():
            for index, item in enumerate(record.items(name)):
                for key, kind in spec.fields.items():
                    check(item, key, kind, f"{name}[{index}].{key}")

    # -- quotes ----------------------------------------------------------------
    def locate_quotes(self, record: Record):
        def locate(item: Mapping, label: str):
            if "quote" not in item:
                return
            try:
                item["_span"] = record.text.locate(item["quote"], item.get("occurrence"))
            except QuoteError as exc:
                self.fail(item, "quote", f"{label}: {exc}")

        for key in ("headline", "published"):
            if isinstance(record.article.get(key), Mapping):
                locate(record.article[key], f"article.{key}")
        for name in SECTIONS:
            for index, item in enumerate(record.items(name)):
                locate(item, f"{name}[{index}]")
                for t_index, task in enumerate(item.get("tasks") or []):
                    locate(task, f"{name}[{index}].tasks[{t_index}]")


def load_record(path: Path, concepts: Concepts, notations: set[str], shown: str | None = None) -> Record:
    return _Checker(path, shown or str(path), concepts, notations).run()
