"""The query page in headless Chromium (Debian's chromium + chromedriver, no network)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.serve.app import Settings, serve_in_thread

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                                reason="Debian's chromium and chromium-driver are not installed (make browser)")

AWARD_ROWS = [
    ["Hội nghị tổng kết công tác quân sự - quốc phòng địa phương năm 2019 của quận Dương Kinh",
     "Ban CHQS quận Dương Kinh", "danh hiệu Đơn vị tiên tiến", "5", "11"],
    ["Hội nghị tổng kết công tác quân sự - quốc phòng địa phương năm 2019 của quận Dương Kinh",
     "Bộ CHQS thành phố Hải Phòng", "danh hiệu thi đua", "", "5"],
    ["Hội nghị tổng kết công tác quân sự - quốc phòng địa phương năm 2019 của quận Dương Kinh",
     "UBND quận Dương Kinh", "Giấy khen", "4", "10"],
]


@pytest.fixture(scope="module")
def server(seed_project, tmp_path_factory):
    graph_file = tmp_path_factory.mktemp("graph") / "graph.html"
    graph_file.write_text("<!doctype html><title>Relationship graph</title><p id=drawn>drawn by kg graph</p>",
                          encoding="utf-8")
    running = serve_in_thread(seed_project, Settings(host="127.0.0.1", port=0, timeout=10, workers=2, quiet=True,
                                                     graph_file=graph_file))
    try:
        yield running
    finally:
        running.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--disable-extensions", "--window-size=1400,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(tmp_path_factory.getbasetemp() / "chromium-profile0", ignore_errors=True)


def wait_for(driver, condition, seconds: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds).until(lambda d: condition(d))


def table_rows(driver) -> list[list[str]]:
    from selenium.webdriver.common.by import By

    return [[cell.text for cell in row.find_elements(By.TAG_NAME, "td")]
            for row in driver.find_elements(By.CSS_SELECTOR, "#results-table tbody tr")]


def header(driver) -> list[str]:
    from selenium.webdriver.common.by import By

    return [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "#results-table thead th")]


def open_page(browser, server):
    from selenium.webdriver.common.by import By

    browser.get(server.url)
    wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#query-list button[data-query='awards']"))


def test_page_loads_and_a_named_query_runs_with_one_click(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server)
    assert browser.title == "Knowledge graph – SPARQL"
    assert browser.find_element(By.ID, "endpoint").text == server.url + "sparql"
    browser.find_element(By.CSS_SELECTOR, "#query-list button[data-query='awards']").click()
    wait_for(browser, lambda d: len(table_rows(d)) == 3)
    assert header(browser) == ["conference", "body", "award", "collectives", "individuals"]
    assert table_rows(browser) == AWARD_ROWS
    assert browser.find_element(By.ID, "status").text.startswith("3 rows")
    assert "SELECT DISTINCT ?conference" in browser.find_element(By.ID, "sparql").get_attribute("value")


def test_a_named_query_with_a_parameter(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server)
    browser.find_element(By.CSS_SELECTOR, "#query-list button[data-query='find']").click()
    field = wait_for(browser, lambda d: d.find_element(By.ID, "param-name"))
    field.send_keys("Quận uỷ")
    browser.find_element(By.ID, "run").click()
    wait_for(browser, lambda d: len(table_rows(d)) == 1)
    assert table_rows(browser) == [["id:org/quan-uy-duong-kinh", "PartyCommittee", "Quận ủy Dương Kinh", "Quận uỷ"]]
    # an IRI opens the entity card of what it names
    browser.find_element(By.LINK_TEXT, "id:org/quan-uy-duong-kinh").click()
    wait_for(browser, lambda d: header(d)[:2] == ["entity", "direction"] and len(table_rows(d)) > 3)
    assert ["Quận ủy Dương Kinh"] == [row[3] for row in table_rows(browser) if row[2] == "rdfs:label"
                                      and row[3].startswith("Quận")]


def test_values_are_shown_as_text_never_as_markup(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server)
    editor = browser.find_element(By.ID, "sparql")
    editor.clear()
    editor.send_keys('SELECT ?x WHERE { BIND("<img src=x onerror=document.title=1><b>bold</b>" AS ?x) }')
    browser.find_element(By.ID, "run").click()
    wait_for(browser, lambda d: len(table_rows(d)) == 1)
    assert table_rows(browser) == [["<img src=x onerror=document.title=1><b>bold</b>"]]
    assert not browser.find_elements(By.CSS_SELECTOR, "#results-table img, #results-table b")
    assert browser.title == "Knowledge graph – SPARQL"


def test_errors_show_on_the_page(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server)
    editor = browser.find_element(By.ID, "sparql")
    editor.clear()
    editor.send_keys("SELECT ?x WHRE { ?x ?y ?z }")
    browser.find_element(By.ID, "run").click()
    status = wait_for(browser, lambda d: d.find_element(By.CSS_SELECTOR, "#status.error"))
    assert status.text.startswith("Error: query:1:16: SPARQL syntax error")


def test_the_graph_link_opens_the_relationship_graph(browser, server):
    from selenium.webdriver.common.by import By

    open_page(browser, server)
    link = wait_for(browser, lambda d: d.find_element(By.ID, "graph-link").is_displayed()
                    and d.find_element(By.ID, "graph-link"))
    link.click()
    wait_for(browser, lambda d: d.find_elements(By.ID, "drawn"))
    assert browser.current_url == server.url + "graph"
