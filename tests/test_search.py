"""Search without diacritics: NFC, NFD, no diacritics and either tone placement find the same entity."""

from __future__ import annotations

import csv
import io
import unicodedata

import pytest

from kg.query.run import LocalRunner, execute, rows
from kg.query.search import find
from kg.text import search_key

NFD = lambda text: unicodedata.normalize("NFD", text)  # noqa: E731

# (spellings, the entity they must all find)
CASES = [
    (["Quận ủy", NFD("Quận ủy"), "quan uy", "Quận uỷ"], "https://kg.example.org/id/org/quan-uy-duong-kinh"),
    (["Lê Lương", NFD("Lê Lương"), "le luong", "LÊ LƯƠNG"], "https://kg.example.org/id/person/le-luong"),
    (["Trịnh Văn Cứ", NFD("Trịnh Văn Cứ"), "trinh van cu", "Trịnh\u00a0Văn Cứ"],
     "https://kg.example.org/id/person/trinh-van-cu"),
]


def test_the_spellings_really_differ_and_share_one_key():
    nfc, nfd, bare, old_tone = CASES[0][0]
    assert len({nfc, nfd, bare, old_tone}) == 4
    assert nfc.encode() != nfd.encode() and "ủy" in nfc and "uỷ" in old_tone
    assert {search_key(s) for s in CASES[0][0]} == {"quan uy"}


@pytest.mark.parametrize("spellings, entity", CASES)
def test_kg_find_in_every_spelling(kg, seed_project, spellings, entity):
    found = []
    for spelling in spellings:
        result = kg("find", spelling, "-f", "csv", project=seed_project)
        assert result.exit_code == 0, result.output
        found.append([row[0] for row in csv.reader(io.StringIO(result.stdout))][1:])
    assert found == [[entity]] * len(spellings)


@pytest.mark.parametrize("spellings, entity", CASES)
def test_find_query_in_every_spelling(kg, seed_project, spellings, entity):
    """The named query does the same inside SPARQL, with kgf:key."""
    for spelling in spellings:
        result = kg("query", "find", "--param", f"name={spelling}", "-f", "csv", project=seed_project)
        assert result.exit_code == 0, result.output
        assert [row[0] for row in csv.reader(io.StringIO(result.stdout))][1:] == [entity], spelling


def test_find_matches_word_starts_and_ranks_exact_names_first(seed_project, seed_store):
    runner = LocalRunner(seed_store, seed_project.base_iri)
    _, found = find(runner, "duong kinh")
    names = [row[2].value for row in found]
    assert "Quận ủy Dương Kinh" in names and "UBND quận Dương Kinh" in names
    assert all("Dương Kinh" in name for name in names)
    _, found = find(runner, "van")  # only names where a word starts with 'van'
    assert found and all(" van" in " " + search_key(row[2].value) for row in found)
    _, found = find(runner, "uy")  # 'uy' starts the word 'uy' of 'Quận ủy', not 'huy'
    assert [row[0].value for row in found] == ["https://kg.example.org/id/org/quan-uy-duong-kinh"]
    _, found = find(runner, "duong kinh", ("place",))
    assert [row[2].value for row in found] == ["quận Dương Kinh"]  # the exact name first


def test_the_key_function_is_usable_in_sparql(seed_project, seed_store):
    sparql = ('SELECT ?k ?same WHERE { BIND(kgf:key("Quận uỷ Dương Kinh") AS ?k) '
              'BIND(EXISTS { ?o kgo:searchKey ?k } AS ?same) }')
    _, data = rows(execute(seed_store, sparql, seed_project.base_iri))
    assert [(row[0].value, row[1].value) for row in data] == [("quan uy duong kinh", "true")]


def test_empty_search_is_an_error(kg, seed_project):
    result = kg("find", "  ", project=seed_project)
    assert result.exit_code == 2 and "give a name to search for" in result.stderr
