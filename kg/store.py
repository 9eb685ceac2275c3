"""The embedded store: an Oxigraph database per build, swapped in atomically.

Layout under the store home (.kg/ by default):

    builds/<stamp>/oxigraph/     the database of one build
    builds/<stamp>/build.json    what was built (counts, source map)
    current -> builds/<stamp>    symlink replaced in one rename

A failed build never touches `current`, so the last good store keeps answering.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

from pyoxigraph import Quad, Store

from .errors import KgError

CURRENT = "current"


def current_build(home: Path) -> Path | None:
    link = home / CURRENT
    return link.resolve() if link.exists() else None


def open_store(home: Path) -> Store:
    """Open the current build read-only, so any number of readers (and a build) can run at once."""
    build = current_build(home)
    if build is None:
        raise KgError("no graph has been built yet; run 'kg build' first", str(home))
    return Store.read_only(str(build / "oxigraph"))


def read_manifest(home: Path) -> dict:
    build = current_build(home)
    if build is None:
        raise KgError("no graph has been built yet; run 'kg build' first", str(home))
    return json.loads((build / "build.json").read_text(encoding="utf-8"))


def write_build(home: Path, quads: list[Quad], manifest: dict, keep: int = 2) -> Path:
    """Write a new database next to the current one, then swap the `current` link to it."""
    builds = home / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S") + f"-{time.time_ns() % 1_000_000_000:09d}"
    target = builds / stamp
    staging = builds / f".{stamp}.partial"
    try:
        staging.mkdir()
        store = Store(str(staging / "oxigraph"))
        store.bulk_extend(quads)
        store.flush()
        store.optimize()
        del store
        (staging / "build.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True),
                                            encoding="utf-8")
        staging.rename(target)
        tmp_link = home / f".{CURRENT}.{stamp}"
        tmp_link.symlink_to(Path("builds") / stamp)
        os.replace(tmp_link, home / CURRENT)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _prune(builds, keep, current=target)
    return target


def _prune(builds: Path, keep: int, current: Path) -> None:
    """Drop old builds beyond `keep`; readers that still have one open keep their files (POSIX)."""
    done = sorted(p for p in builds.iterdir() if not p.name.startswith("."))
    for old in done[:-keep]:
        if old != current:
            shutil.rmtree(old, ignore_errors=True)
    for partial in builds.glob(".*.partial"):
        if time.time() - partial.stat().st_mtime > 3600:
            shutil.rmtree(partial, ignore_errors=True)
