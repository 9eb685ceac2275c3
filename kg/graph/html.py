"""The interactive page: one self-contained HTML file that needs no network at all.

vis-network's standalone build (JS and CSS) comes from the installed pyvis package (or from
kg/graph/vendor/vis-X.Y.Z/ when a copy is vendored there) and is inlined;
so are the page's own script and style and the graph data (as JSON in a non-executed script
element). A Content-Security-Policy allows only those two scripts (by hash) and no fetches.
pyvis's own Network/template are not used: the template links Bootstrap and vis from CDNs, and it
switches tooltips to innerHTML whenever a title contains "href".
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import lru_cache
from html import escape
from importlib import resources
from pathlib import Path
from string import Template

from ..errors import KgError
from .page_data import page_data

PHYSICS_LIMIT = 300    # nodes; up to this the page refines the layout with 100 hidden physics steps
DEFAULT_TITLE = "Đồ thị quan hệ · Relationship graph"


def render_html(graph, lang: str = "vi", title: str | None = None) -> bytes:
    title = title or graph.graph.get("title") or DEFAULT_TITLE
    data = page_data(graph, lang, title, physics=graph.number_of_nodes() <= PHYSICS_LIMIT)
    vis_version, vis_js, vis_css = vis_assets()
    page_js = _asset("page.js")
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_hash(vis_js)} {_hash(page_js)}",
        "style-src 'unsafe-inline'",
        "img-src data:",
        "font-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    page = Template(_asset("page.html")).substitute(
        lang=lang, csp=csp, title=escape(title), vis_version=escape(vis_version),
        vis_css=_style_safe(vis_css), page_css=_style_safe(_asset("page.css")),
        data=script_json(data), vis_js=_script_safe(vis_js), page_js=_script_safe(page_js))
    return page.encode("utf-8")


def script_json(value) -> str:
    """JSON that can sit inside <script type="application/json">: no '<', '>', '&' or line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for char in ("<", ">", "&", "\u2028", "\u2029"):
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str, str]:
    """(version, vis-network.min.js, vis-network.css): a copy vendored under kg/graph/vendor/vis-X.Y.Z/
    if there is one, else the newest build inside the installed pyvis package."""
    folders = [Path(__file__).parent / "vendor"]
    try:
        folders.append(Path(resources.files("pyvis")) / "templates" / "lib")
    except ModuleNotFoundError:
        pass
    found = []
    for script in (s for lib in folders for s in sorted(lib.glob("vis-*/vis-network.min.js"))):
        version = script.parent.name.removeprefix("vis-")
        if (script.parent / "vis-network.css").exists() and re.fullmatch(r"\d+(\.\d+)*", version):
            found.append((tuple(int(p) for p in version.split(".")), version, script))
    if not found:
        raise KgError("no vis-network build found in kg/graph/vendor or the pyvis package; (re)install pyvis")
    _, version, script = found[0] if found[0][2].is_relative_to(folders[0]) else max(found)
    return (version, script.read_text(encoding="utf-8"),
            (script.parent / "vis-network.css").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return (resources.files("kg.graph") / "assets" / name).read_text(encoding="utf-8")


def _hash(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def _script_safe(code: str) -> str:
    if re.search(r"</script|<!--", code, re.IGNORECASE):
        raise KgError("an inlined script contains '</script' or '<!--'; it cannot be embedded safely")
    return code


def _style_safe(css: str) -> str:
    if re.search(r"</style", css, re.IGNORECASE):
        raise KgError("an inlined stylesheet contains '</style'; it cannot be embedded safely")
    return css
