"""Where `kg graph` writes: the default page under the store home, overwrite rules, atomic writes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import KgError
from .formats import FORMATS, guess_format

DEFAULT_NAME = "graph"   # .kg/graph.html is what the SPARQL endpoint serves at /graph


def default_path(home: Path, fmt: str = "html") -> Path:
    return home / f"{DEFAULT_NAME}{FORMATS[fmt].extensions[0]}"


def plan_output(home: Path, output: str | None, fmt: str | None, force: bool) -> tuple[Path | None, str]:
    """(path or None for stdout, format) for the options given; KgError when it should not go ahead."""
    if output == "-":
        return None, fmt or "json"
    if output is None:
        fmt = fmt or "html"
        return default_path(home, fmt), fmt
    fmt = fmt or guess_format(output)
    if fmt is None:
        known = ", ".join(e for f in FORMATS.values() for e in f.extensions)
        raise KgError(f"cannot tell the format from the file name; use one of {known} or pass --format", output)
    path = Path(output)
    if path.exists() and not force and path.resolve() != default_path(home, fmt).resolve():
        raise KgError("already exists; pass --force to overwrite it", output)
    return path, fmt


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target and rename, so a reader (the endpoint) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
