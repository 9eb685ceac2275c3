"""The drafter's library interface: build a Drafter once (it compiles the lexicon), draft many articles.

Nothing here prints or exits; problems are KgError with the file they concern.
"""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import KgError

if TYPE_CHECKING:
    from .assemble import Draft


class Drafter:
    """Drafts records from article texts with the project's concepts and glossary."""

    def __init__(self, concepts, glossary=None):
        from .lexicon import Lexicon

        self.lexicon = Lexicon(concepts, glossary)

    @classmethod
    def for_project(cls, project) -> "Drafter":
        from ..records.concepts import load_concepts, load_glossary

        concepts = load_concepts(project.concepts_file, project.shown(project.concepts_file))
        glossary = None
        if project.glossary_file.exists():
            glossary = load_glossary(project.glossary_file, project.shown(project.glossary_file))
        return cls(concepts, glossary)

    def draft_text(self, text: str, *, article_id: str, text_ref: str, source_name: str | None = None,
                   published: dt.date | None = None, shown: str = "") -> "Draft":
        """Draft from text already read (NFC is applied here); `text_ref` is what the record's `text:` says."""
        from .assemble import assemble

        try:
            draft = assemble(text, self.lexicon, article_id=article_id, text_ref=text_ref, source_name=source_name,
                             published=published)
        except KgError as exc:
            if exc.where is None and shown:
                raise KgError(exc.message, shown) from None
            raise
        except Exception as exc:  # a bug met on an unusual article: say where, do not dump a traceback
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            raise KgError(f"the drafter failed on this article ({type(exc).__name__}: {exc} at "
                          f"{Path(frame.filename).name}:{frame.lineno}); please report it with the article",
                          shown or None) from exc
        draft.source = shown or text_ref
        return draft

    def draft_file(self, path: Path, *, record_dir: Path | None = None, article_id: str | None = None,
                   published: dt.date | None = None, shown: str | None = None,
                   max_bytes: int | None = None) -> "Draft":
        """Draft the article at `path`; the record will live in `record_dir` (its `text:` is relative to it)."""
        from ..text import slugify
        from .source import MAX_BYTES, read_article

        shown = shown or str(path)
        text = read_article(path, shown, max_bytes or MAX_BYTES)
        record_dir = record_dir if record_dir is not None else Path.cwd()
        text_ref = os.path.relpath(path.resolve(), record_dir.resolve())
        article_id = article_id or slugify(path.stem) or "article"
        return self.draft_text(text, article_id=article_id, text_ref=text_ref.replace(os.sep, "/"),
                               source_name=path.name, published=published, shown=shown)


def draft_file(path: Path, project, **options) -> "Draft":
    """One-off convenience: draft `path` with the concepts and glossary of `project`."""
    return Drafter.for_project(project).draft_file(path, **options)
