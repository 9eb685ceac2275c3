"""The gazetteer of district-level units (kg/draft/gazetteer.tsv) is well formed and answers as the drafter needs."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

from kg.draft.places import district_level, province_of

GAZETTEER = Path(__file__).resolve().parents[1] / "kg" / "draft" / "gazetteer.tsv"


def rows() -> list[list[str]]:
    lines = GAZETTEER.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_rows_are_four_nfc_fields_sorted_without_repeats():
    found = rows()
    assert all(len(row) == 4 and all(f and f == unicodedata.normalize("NFC", f).strip() for f in row) for row in found)
    assert found == sorted(found, key=lambda r: (r[1], r[2], r[3]))
    assert len({tuple(r) for r in found}) == len(found)
    assert {r[0] for r in found} == {"tỉnh", "thành phố"} and {r[2] for r in found} <= {"quận", "huyện", "thị xã",
                                                                                        "thành phố"}


def test_every_province_is_there():
    provinces = Counter(r[1] for r in rows())
    assert len(provinces) == 63
    assert provinces["Hải Phòng"] == 15 and provinces["Hà Nội"] == 30


def test_lookups():
    assert province_of("Vĩnh Bảo") == ("thành phố", "Hải Phòng")
    assert province_of("Diễn Châu") == ("tỉnh", "Nghệ An")
    assert province_of("Châu Thành") is None and district_level("Châu Thành") == "huyện"  # in several provinces
    assert district_level("Thái Bình") is None  # the province's own name
    assert district_level("Hội nghị") is None
