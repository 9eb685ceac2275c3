"""PNG: the SVG picture screenshotted by headless Chromium, when Chromium is installed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import KgError

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
MAX_SIDE = 8000


def find_browser() -> str | None:
    override = os.environ.get("KG_CHROMIUM")
    if override:
        return override
    return next((path for path in map(shutil.which, BROWSERS) if path), None)


def svg_to_png(svg: bytes, timeout: float = 60.0) -> bytes:
    """Screenshot the SVG at its own size (capped) with `chromium --headless --screenshot`."""
    browser = find_browser()
    if browser is None:
        raise KgError("PNG output needs Chromium (Debian: apt-get install chromium); write .svg instead")
    match = re.search(rb'<svg[^>]*\bwidth="(\d+)"[^>]*\bheight="(\d+)"', svg)
    width, height = (int(match.group(1)), int(match.group(2))) if match else (1200, 900)
    width, height = min(width, MAX_SIDE), min(height, MAX_SIDE)
    with tempfile.TemporaryDirectory(prefix="kg-png-") as folder:
        source, target = Path(folder, "graph.svg"), Path(folder, "graph.png")
        source.write_bytes(svg)
        command = [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                   "--disable-background-networking", "--disable-component-update", "--disable-sync",
                   "--no-first-run", "--proxy-server=127.0.0.1:9", f"--user-data-dir={Path(folder, 'profile')}",
                   f"--window-size={width},{height}", f"--screenshot={target}", source.as_uri()]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise KgError(f"Chromium could not draw the PNG ({exc}); write .svg instead") from None
        if not target.exists():
            raise KgError("Chromium wrote no PNG; write .svg instead")
        return target.read_bytes()
