"""`kg graph` at scale: export time per format, and the time until the page has settled in Chromium.

Synthetic projections of 200, 500 and 5,000 nodes (shaped like the real one: people attending
conferences, organisations, activities). Baselines, measured in the same run:
  exports  -> writing the same graph as plain networkx node-link JSON (json.dumps)
  browser  -> loading an empty page in the same headless Chromium
Goal: ≤ 5 s for each export and for the page to settle at 5,000 nodes.

    python -m benchmarks graph            (or: python benchmarks/bench_graph.py [sizes…])
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import median_seconds, report

SIZES = (200, 500, 5000)   # 200: the page still runs its physics steps (≤ 300 nodes)
FORMATS = ("html", "graphml", "gexf", "json", "dot", "svg")
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
KINDS = ("person", "organisation", "activity", "place", "post", "award")
GOAL = 5.0


def synthetic_graph(nodes: int, seed: int = 1):
    """A projection-shaped MultiDiGraph: ~2 edges per node, hubs every 50 nodes (the conferences)."""
    import networkx as nx

    rnd = random.Random(seed)
    graph = nx.MultiDiGraph(mode="readable")
    names = []
    for i in range(nodes):
        kind = "conference" if i % 50 == 0 else "person" if i % 3 == 0 else KINDS[rnd.randrange(len(KINDS))]
        node = f"https://kg.example.org/id/{kind}/n{i:06d}"
        graph.add_node(node, type=kind, kind=kind.title(), label_vi=f"Đồng chí Nguyễn Văn {i} ({kind})",
                       label_en=f"Comrade Nguyen Van {i} ({kind})", search=[f"dong chi nguyen van {i}"],
                       articles=[f"article-{i % 40}"], quotes=[f"trích dẫn số {i} của bài"], year=2019 + i % 3)
        names.append(node)
    hubs = names[::50]
    for i, node in enumerate(names):
        targets = {hubs[rnd.randrange(len(hubs))]} | ({names[rnd.randrange(i)]} if i > 1 else set())
        for target in sorted(targets - {node}):
            graph.add_edge(node, target, key=f"attends|{i}|{target}", kind="attends", label_vi="dự · 2019",
                           label_en="attends · 2019", year=2019, quote=f"trích dẫn {i}",
                           articles=[f"article-{i % 40}"], statement=f"https://kg.example.org/s/{i}")
    return graph


def plain_json(graph) -> bytes:
    import networkx as nx

    return json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False).encode("utf-8")


def export_rows(sizes) -> list[tuple[str, float, float, str]]:
    from kg.graph.formats import render

    rows = []
    for size in sizes:
        graph = synthetic_graph(size)
        baseline = median_seconds(lambda: plain_json(graph), repeat=3)
        for fmt in FORMATS:
            seconds = median_seconds(lambda: render(graph, fmt), repeat=3)
            rows.append((f"export {fmt:<8} {size:>5} nodes", seconds, baseline, f"≤ {GOAL:.0f} s"))
    return rows


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--window-size=1400,900", f"--user-data-dir={tempfile.mkdtemp()}",
                 "--proxy-server=http://127.0.0.1:9"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)


def settle_seconds(driver, path: Path, timeout: float = 60.0) -> float:
    """Navigation start -> the page's own 'settled' mark (vis 'stabilized', or first draw with physics off)."""
    driver.get(path.as_uri())
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        settled = driver.execute_script("return window.kg && window.kg.settled ? window.kg.settledAt : null")
        if settled is not None:
            return settled / 1000.0
        time.sleep(0.02)
    raise RuntimeError(f"{path.name} did not settle within {timeout} s")


def browser_rows(sizes) -> list[tuple[str, float, float, str]]:
    from kg.graph.formats import render

    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        print("(no /usr/bin/chromium + chromedriver: browser rows skipped)")
        return []
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-graph-"))
    empty = folder / "empty.html"
    empty.write_text("<!DOCTYPE html><meta charset=utf-8><body><script>"
                     "window.kg = {settled: true, settledAt: performance.now()};</script>", encoding="utf-8")
    driver = browser()
    try:
        settle_seconds(driver, empty)   # warm the browser up
        baseline = median_seconds(lambda: settle_seconds(driver, empty), repeat=3)
        rows = []
        for size in sizes:
            page = folder / f"graph-{size}.html"
            page.write_bytes(render(synthetic_graph(size), "html"))
            times = sorted(settle_seconds(driver, page) for _ in range(3))
            physics = driver.execute_script("return kg.data.physics")
            what = f"page settled {size:>5} nodes ({'physics' if physics else 'fixed layout'})"
            rows.append((what, times[1], baseline, f"≤ {GOAL:.0f} s"))
        return rows
    finally:
        driver.quit()


def main(argv: list[str]) -> int:
    sizes = tuple(int(a) for a in argv) or SIZES
    rows = export_rows(sizes) + browser_rows(sizes)
    report(rows)
    slow = [what for what, seconds, _, _ in rows if seconds > GOAL and what.endswith(f"{max(sizes):>5} nodes")]
    print("goal met" if not slow else f"over the goal: {', '.join(slow)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main(sys.argv[1:]))
