"""Vietnamese numbers: "1.925" is 1925 (dot groups thousands), "3,5" is 3.5, "01" is 1, "100%".

Also tells quantities from numbers that only label something: "đối tượng 2"
(a category), "CH-CQ 1 bên 1 cấp" (an exercise type), "Covid-19", "75 năm"
(an anniversary or a duration), years, and document numbers such as
"62/2011/QĐ-TTg".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Thousands groups must be exactly three digits ("1.925", "1.250.000"); a comma
# followed by digits is the decimal mark ("3,5"). The look-behind keeps us out
# of "Covid-19", "62/2011" and "QK3"; it comes after the first digit, so the regex engine can skip ahead
# to digits instead of trying a match at every position.
NUMBER = re.compile(r"(\d(?<![\w/.,\-–]\d)(?:\d{0,2}(?:\.\d{3})+|\d*))(?:,(\d+))?(?![\w/])(\s?%)?")

# Words before a number that make it a label, not a count (on the folded, lower-cased text).
_LABEL_BEFORE = re.compile(
    r"(?<![a-z])(?:doi tuong|giai doan|quan khu|khu vuc|lan thu|thu|so|nam|khoa|dot|ky|tieu doan|trung doan|"
    r"su doan|lu doan|dai doi|covid|loai|cap|muc|nhom|to|khoan|dieu|chuong|phan|muc tieu)\s*$")
# Words after a number that make it a label or a duration ("1 bên 1 cấp", "75 năm", "24/24 giờ").
_LABEL_AFTER = re.compile(r"^\s*(?:ben|cap|nam|thang|ngay|gio|phut|tuoi)\b")


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: int | float
    percent: bool
    text: str


def parse_number(whole: str, decimals: str | None = None) -> int | float:
    """'1.925' -> 1925, '01' -> 1, ('3', '5') -> 3.5."""
    integer = int(whole.replace(".", ""))
    if decimals:
        return float(f"{integer}.{decimals}")
    return integer


def quantities_in(text: str, fold: str, start: int, end: int) -> list[Number]:
    """The numbers written in text[start:end] that count something, with their values."""
    found = []
    for match in NUMBER.finditer(text, start, end):
        value = parse_number(match.group(1), match.group(2))
        percent = bool(match.group(3))
        if _counts(fold, match.start(), match.end(), value, percent, match.group(0)):
            found.append(Number(match.start(), match.end(), value, percent, match.group(0)))
    return found


def _counts(fold: str, start: int, end: int, value: int | float, percent: bool, written: str) -> bool:
    """False for numbers that name rather than count (categories, years, durations, document numbers)."""
    before = fold[max(0, start - 14):start].lower()
    after = fold[end:end + 8].lower()
    if percent:
        return True
    if isinstance(value, int) and 1900 <= value <= 2100 and len(written) == 4:
        return False  # a year
    if _LABEL_BEFORE.search(before) or _LABEL_AFTER.match(after):
        return False
    return True
