"""What an article record may contain, and the checks that give located errors.

The spec below is the single description of the record format: the checker,
the drafter and docs/record-format.md all follow it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Field kinds: text, int, number, bool, date, year, labels ({vi, en}),
# ref:SECTION / refs:SECTION (ids in this record; SECTION 'any' = any entity),
# concept:KIND (ids in data/concepts.yaml), post / posts ('role@organisation'),
# type:A|B|C (one of the names), texts (list of text), tasks (list of tasks).


@dataclass(frozen=True)
class Section:
    fields: dict[str, str]
    required: tuple[str, ...] = ()
    has_id: bool = False
    quoted: bool = True  # each item must carry a quote
    one_of: tuple[str, ...] = ()  # exactly one of these must be present
    defaults: dict = field(default_factory=dict)


_QUOTE = {"quote": "text", "occurrence": "int"}
_LABELS = {"vi": "text", "en": "text"}

PLACE_TYPES = "City|Province|District|Ward|Commune|AdministrativeArea|Place"
ORG_TYPES = "GovernmentBody|PartyCommittee|MilitaryUnit|Council|EducationalOrganization|Organization"
EVENT_TYPES = "Conference|Event"
ACTIVITY_TYPES = "Exercise|TrainingCourse|EducationCourse|ConscriptionDrive|Competition|Activity"

# Sections whose items have ids; together they form one id space per record.
ENTITY_SECTIONS = (
    "people", "places", "organisations", "series", "events", "activities",
    "photos", "directives", "anniversaries", "laws",
)

SECTIONS: dict[str, Section] = {
    "people": Section({"name": "text", "en": "text", "note": "labels", **_QUOTE},
                      required=("name",), has_id=True),
    "places": Section({"type": f"type:{PLACE_TYPES}", "name": "text", **_LABELS,
                       "within": "ref:places", **_QUOTE},
                      required=("type", "name", "vi", "en"), has_id=True),
    "organisations": Section({"type": f"type:{ORG_TYPES}", **_LABELS, "abbreviations": "texts",
                              "place": "ref:places", "part_of": "ref:organisations", **_QUOTE},
                             required=("type", "vi", "en"), has_id=True),
    "series": Section({**_LABELS, "organizer": "ref:organisations", "place": "ref:places"},
                      required=("vi", "en"), has_id=True, quoted=False),
    "events": Section({"type": f"type:{EVENT_TYPES}", **_LABELS, "date": "date", "end_date": "date",
                       "organizer": "refs:organisations", "location": "ref:places",
                       "series": "ref:series", "reviews_year": "year", "plans_year": "year", **_QUOTE},
                      required=("type", "vi", "en", "date"), has_id=True),
    "holdings": Section({"person": "ref:people", "post": "post", "attested": "date", **_QUOTE},
                        required=("person", "post")),
    "ranks": Section({"person": "ref:people", "rank": "concept:ranks", "attested": "date", **_QUOTE},
                     required=("person", "rank")),
    "attendance": Section({"event": "ref:events", "person": "ref:people", "group": "labels",
                           "posts": "posts", **_QUOTE},
                          required=("event",), one_of=("person", "group")),
    "activities": Section({"type": f"type:{ACTIVITY_TYPES}", **_LABELS, "year": "year", "date": "date",
                           "end_date": "date", "organizer": "refs:organisations", "location": "ref:places",
                           "participants": "refs:any", **_QUOTE},
                          required=("type", "vi", "en"), has_id=True),
    "figures": Section({"measure": "concept:measures", "value": "number", "unit": "text", "year": "year",
                        "subject": "ref:any", **_QUOTE},
                       required=("measure", "value")),
    "awards": Section({"event": "ref:events", "conferred_by": "ref:organisations",
                       "award": "concept:award_types", "collectives": "int", "individuals": "int",
                       "movement": "concept:movements", "year": "year", **_QUOTE},
                      required=("event", "conferred_by", "award")),
    "photos": Section({"depicts": "refs:any", "en": "text", **_QUOTE}, has_id=True),
    "presentations": Section({"event": "ref:events", "presenter": "ref:people", "posts": "posts",
                              "award": "concept:award_types", "recipients": "labels",
                              "photo": "ref:photos", **_QUOTE},
                             required=("presenter", "award")),
    "directives": Section({"event": "ref:events", "issued_by": "refs:any", "posts": "posts",
                           "addressed_to": "refs:organisations", "addressees": "labels",
                           "year": "year", "task_count": "int", "tasks": "tasks", **_QUOTE},
                          required=("issued_by", "year"), has_id=True),
    "anniversaries": Section({**_LABELS, "years": "int", "commemorates": "ref:any", **_QUOTE},
                             required=("vi", "en", "years"), has_id=True),
    "laws": Section({**_LABELS, **_QUOTE}, required=("vi", "en"), has_id=True),
    "assessments": Section({**_LABELS, "by": "ref:any", "about": "refs:any", "year": "year", **_QUOTE},
                           required=("vi",)),
}

ARTICLE_FIELDS = {
    "id": "text", "text": "text", "source_name": "text", "language": "text", "fictional": "bool",
    "headline": "headline", "published": "published", "author": "author", "main_event": "ref:events",
}
ARTICLE_REQUIRED = ("id", "text", "headline", "published")
HEADLINE_FIELDS = {"en": "text", **_QUOTE}
PUBLISHED_FIELDS = {"date": "date", "place": "ref:places", **_QUOTE}
AUTHOR_FIELDS = {"person": "ref:people", "name": "text"}
TASK_FIELDS = {**_LABELS, **_QUOTE}

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
POST_PATTERN = re.compile(r"^([a-z0-9-]+)@([a-z0-9-]+)$")
