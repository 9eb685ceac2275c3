"""`kg draft`, `kg eval`: drafting records from raw articles and scoring the drafter."""

from __future__ import annotations

import click


def register(main: click.Group) -> None:
    """Add this area's commands to `main`."""
