"""`kg graph`: the relationship graph view and exports."""

from __future__ import annotations

import click


def register(main: click.Group) -> None:
    """Add this area's commands to `main`."""
