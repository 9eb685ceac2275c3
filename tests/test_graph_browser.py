"""The HTML page in headless Chromium: it renders offline, draws every node, searches, and runs nothing
that came from the data."""

from __future__ import annotations

import tempfile
import time
import unicodedata
from pathlib import Path

import pytest

from kg.graph import project
from kg.graph.formats import render
from test_graph_samples import HOSTILE, HREF, IMG, SCRIPT, hostile_graph

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                                reason="Debian's chromium and chromium-driver are not installed")
LE_LUONG = "https://kg.example.org/id/person/le-luong"
# Installed before any script of the page runs: counts alert() calls and <img> elements ever created.
WATCH = """
window.__alerts = [];
window.alert = window.confirm = window.prompt = function (m) { window.__alerts.push(String(m)); };
window.__created = [];
new MutationObserver(function (records) {
  records.forEach(function (r) { r.addedNodes.forEach(function (n) {
    if (n.nodeType === 1) { window.__created.push(n.tagName); n.querySelectorAll && n.querySelectorAll('*')
      .forEach(function (c) { window.__created.push(c.tagName); }); } }); });
}).observe(document, {childList: true, subtree: true});
"""


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--window-size=1400,900", f"--user-data-dir={profile}",
                 # any request that tried to leave would go to a dead proxy and fail
                 "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
    yield driver
    driver.quit()


def open_page(driver, path: Path, timeout: float = 20.0) -> None:
    driver.get(path.as_uri())
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if driver.execute_script("return !!(window.kg && window.kg.settled)"):
            return
        time.sleep(0.05)
    raise AssertionError(f"the page did not settle in {timeout} s; console: {driver.get_log('browser')}")


@pytest.fixture(scope="module")
def seed_page(seed_store, seed_project, tmp_path_factory):
    graph = project(seed_store, seed_project.base_iri)
    path = tmp_path_factory.mktemp("graph-page") / "seed.html"
    path.write_bytes(render(graph, "html"))
    return graph, path


def requests_out(driver) -> list[str]:
    return driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
        ".filter(function (n) { return /^(https?|wss?|ftp):/i.test(n); })")


def test_the_page_renders_every_node_offline(browser, seed_page):
    graph, path = seed_page
    open_page(browser, path)
    drawn = browser.execute_script(
        "return [kg.nodes.length, kg.network.body.nodeIndices.length, kg.edges.length,"
        " kg.network.body.edgeIndices.length, document.querySelector('#kg-network canvas') !== null]")
    assert drawn == [graph.number_of_nodes(), graph.number_of_nodes(), graph.number_of_edges(),
                     graph.number_of_edges(), True]
    legend = browser.execute_script("return Array.from(document.querySelectorAll('#kg-legend li'))"
                                    ".map(function (li) { return li.textContent; })")
    assert any(item.startswith("Người") for item in legend)
    assert requests_out(browser) == []
    assert browser.execute_script("return window.__alerts") == []


def test_the_search_box_focuses_a_node(browser, seed_page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _, path = seed_page
    for typed in ("le luong", unicodedata.normalize("NFD", "Lê Lương"), "LÊ LƯƠNG"):
        open_page(browser, path)
        box = browser.find_element(By.ID, "kg-search")
        box.send_keys(typed)
        first = browser.execute_script("return document.querySelector('#kg-results li').textContent")
        assert first.startswith("Lê Lương")
        box.send_keys(Keys.ENTER)
        assert browser.execute_script("return kg.network.getSelectedNodes()") == [LE_LUONG]
        details = browser.find_element(By.ID, "kg-details").text
        assert "Lê Lương" in details and "Chủ tịch · 2019" in details


def test_language_switch(browser, seed_page):
    from selenium.webdriver.common.by import By

    _, path = seed_page
    open_page(browser, path)
    ubnd = "https://kg.example.org/id/org/ubnd-duong-kinh"
    assert browser.execute_script(f"return kg.nodes.get('{ubnd}').label") == "UBND quận Dương Kinh"
    browser.find_element(By.ID, "kg-lang-en").click()
    assert browser.execute_script(f"return kg.nodes.get('{ubnd}').label") == "Duong Kinh District People's Committee"
    assert browser.find_element(By.ID, "kg-search").get_attribute("placeholder").startswith("Find")
    assert browser.execute_script("return document.documentElement.lang") == "en"


def test_hostile_labels_show_as_text_and_run_nothing(browser, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    graph = hostile_graph()
    path = tmp_path / "hostile.html"
    path.write_bytes(render(graph, "html"))
    open_page(browser, path)
    assert not {"IMG", "A", "IFRAME", "OBJECT", "EMBED"} & set(browser.execute_script("return window.__created"))
    browser.execute_script("window.__created = []")   # from here on, the page may create no script at all
    img_node = "https://kg.example.org/id/person/img"
    assert browser.execute_script(f"return kg.nodes.get('{img_node}').label") == IMG
    assert browser.execute_script("return kg.network.body.nodeIndices.length") == graph.number_of_nodes()
    # the details panel and the search results carry the labels as text
    for text in HOSTILE:
        browser.execute_script("kg.search(arguments[0])", text[:12])
    browser.execute_script(f"kg.focusNode('{img_node}')")
    assert IMG in browser.find_element(By.ID, "kg-details").text
    browser.execute_script("kg.search('<img')")
    assert browser.execute_script("return document.querySelector('#kg-results li').firstChild.textContent") == IMG
    # hovering shows the tooltip as text (vis sets innerText), never as markup
    browser.execute_script("kg.network.fit({animation: false})")
    time.sleep(0.5)
    canvas = browser.find_element(By.CSS_SELECTOR, "#kg-network canvas")
    for node in ("https://kg.example.org/id/person/img", "https://kg.example.org/id/org/href"):
        x, y, width, height = browser.execute_script(
            "var p = kg.network.canvasToDOM(kg.network.getPositions([arguments[0]])[arguments[0]]);"
            "var r = arguments[1].getBoundingClientRect(); return [p.x, p.y, r.width, r.height];", node, canvas)
        ActionChains(browser).move_to_element_with_offset(canvas, int(x - width / 2), int(y - height / 2)).perform()
        deadline = time.monotonic() + 5
        tip = ""
        while time.monotonic() < deadline and not tip:
            tip = browser.execute_script("var t = document.querySelector('div.vis-tooltip');"
                                         "return t && t.style.visibility !== 'hidden' ? t.innerText : '';")
            time.sleep(0.05)
        assert (IMG if node.endswith("img") else HREF) in tip
        # innerText turns line breaks into <br>; nothing else may appear
        assert browser.execute_script("return document.querySelectorAll('div.vis-tooltip :not(br)').length") == 0
    ActionChains(browser).move_by_offset(0, 0).perform()
    browser.find_element(By.ID, "kg-lang-en").click()
    time.sleep(0.3)
    created = browser.execute_script("return window.__created")
    assert not {"IMG", "A", "IFRAME", "OBJECT", "EMBED", "SCRIPT"} & set(created), created
    assert browser.execute_script("return document.querySelectorAll('img, a[href], iframe').length") == 0
    assert len(browser.execute_script("return document.scripts")) == 3
    assert browser.execute_script("return window.__alerts") == []
    assert SCRIPT not in browser.execute_script("return document.documentElement.outerHTML")
    assert requests_out(browser) == []


def test_a_hostile_name_in_a_record_reaches_the_page_as_text(browser, scratch_project, kg):
    """End to end: record -> build -> kg graph -> page, with a person named like an HTML attack."""
    from kg.build import build

    record = scratch_project.articles_dir / "duong-kinh-tong-ket-qsqp-2019.yaml"
    text = record.read_text(encoding="utf-8")
    assert "    name: Quốc Vũ\n" in text
    record.write_text(text.replace("    name: Quốc Vũ\n", f'    name: "{IMG}"\n'), encoding="utf-8")
    build(scratch_project)
    page = scratch_project.home / "graph.html"
    assert kg("graph", project=scratch_project).exit_code == 0
    assert IMG.encode() not in page.read_bytes()
    open_page(browser, page)
    author = "https://kg.example.org/id/person/quoc-vu"
    assert browser.execute_script(f"return kg.nodes.get('{author}').label") == IMG
    browser.execute_script(f"kg.focusNode('{author}')")
    assert IMG in browser.execute_script("return document.getElementById('kg-details').textContent")
    assert browser.execute_script("return document.querySelectorAll('img, a[href], iframe').length") == 0
    assert browser.execute_script("return window.__alerts") == []
    assert requests_out(browser) == []
