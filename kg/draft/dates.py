"""Dates as this genre writes them, found on the folded text.

"ngày 21/11/2019", "Sáng ngày 18/12/2020", "ngày 24 tháng 01 năm 2020", "Sáng 24-1",
ranges ("từ ngày 25 đến ngày 27/10/2021", "từ 28/12/2020 đến 02/01/2021"),
dates with no year ("Ngày 15/7": the year comes from context) and the
dateline ("Hải Phòng, ngày 24 tháng 01 năm 2020"), which is the publication
date, not the date of the event. Document numbers ("62/2011/QĐ-TTg",
"số 12/KH-UBND") and fractions are not dates, and a date right after a document number is the
document's, not an event's.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

# The patterns start with a digit or a fixed word and avoid re.I, so the regex engine can skip ahead
# quickly; words before a date ("Sáng ngày", "Chiều") are read by looking back from the digits. The check
# on the character before a date comes after its first character ("[Nn](?<![A-Za-z][Nn])"): a look-behind
# that opens a pattern would make the engine try a match at every position of the article.
LONG = re.compile(r"[Nn](?<![A-Za-z][Nn])gay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?(?![\d/])")
NUMERIC = re.compile(r"(\d(?<![\w/.\-]\d)\d?)\s?([/.\-])\s?(\d{1,2})\s?\2\s?(\d{4})(?![\w/])")
# "15/7", and "24-1" as some papers write it.
SHORT = re.compile(r"(\d(?<![\w/.\-]\d)\d?)\s?[/\-]\s?(\d{1,2})(?![\w/\-])")
# Day/month with no year needs a cue before it, else "24/24 giờ" or "1/2 số" would be dates.
_SHORT_CUE = re.compile(r"(?:(?:sang|chieu|toi|trua|dem)(?:\s+ngay)?|ngay)\s+$|"
                        r"(?:sang|chieu|toi|trua|dem|hom)\s+(?:qua|nay)\s*\(\s*$", re.I)  # "Sáng qua (13/2)"
_DAY_PART = re.compile(r"(?:(?:sang|chieu|toi|trua|dem|hom)\s+(?:nay\s+)?)?(?:ngay\s+)?$", re.I)
# "Từ ngày 14 đến 16/9", "Trong 2 ngày (15 và 16/12)", "ngày 15-16/12", "Trong hai ngày 23 và 24-10".
RANGE = re.compile(
    r"(?:[Tt](?<![A-Za-z][Tt])(?:u\s+|rong\s+(?:(?:\d+|hai|ba|bon|nam)\s+)?ngay\s*\(?\s*)(?:ngay\s+)?|"
    r"[Nn](?<![A-Za-z][Nn])gay\s+)"
    r"(\d{1,2})(?:\s?/\s?(\d{1,2}))?"
    r"(?:\s?/\s?(\d{4}))?\s*(?:den|toi|-|–|va|,)\s*(?:het\s+)?(?:ngay\s+)?(\d{1,2})\s?(/|-(?=\d))\s?(\d{1,2})"
    r"(?:\s?\5\s?(\d{4}))?(?![\w/])")
# A line that gives the publication date: "Hải Phòng, ngày 24 tháng 01 năm 2020", "Lê Chân, 27/12/2021",
# "Đà Nẵng – 14/7/2022", "Thứ Tư, 11/12/2024 - 15:32", "Đăng ngày: 18/09/2023 | Lượt xem: 312",
# "13/02/2025 11:05", "TP. Hồ Chí Minh, ngày 15 tháng 7 năm 2024" (the place is the name after "TP."),
# "Cập nhật lúc 08:45, Thứ Sáu, 29/03/2024" (words of the page and a time before the date, in any order),
# "Diệu Hằng | 19/12/2024 - 17:20" (the author, or the page's section, before a bar), "Phan Rang-Tháp Chàm, ngày …"
# (a place whose name has a dash).
# Nothing but a time or a "| …" tail may follow the date, so a body sentence that opens with a date
# ("Ngày 10 tháng 12 năm 2024, …") is not a dateline.
DATELINE = re.compile(
    r"\s*(?:(?:T[Pp]\.?\s*)?(?P<place>[^\d,;:.|–\-]{2,40}?(?:\s?[-–]\s?(?!(?:thu|chu\s+nhat)\s)[A-Z][^\d,;:.|–\-]{1,30}?)?)\s*(?:,|–|-)\s*|"
    r"(?P<label>[^\d|]{2,60}?)(?P<bar>\s*\|\s*))?"
    r"(?:(?:thu\s+\w+|chu\s+nhat|dang|cap\s+nhat|ngay|luc)\s*[:,]?\s*|\d{1,2}\s?[:h]\s?\d{2}\s*[,|\-–]?\s*)*"
    r"(?:(?P<d1>\d{1,2})\s+thang\s+(?P<m1>\d{1,2})\s+nam\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<m2>\d{1,2})\s?(?P=sep)\s?(?P<y2>\d{4}))"
    r"\s*(?:[-–|,]?\s*\d{1,2}\s?[:h]\s?\d{2}(?:\s*(?:AM|PM))?)?(?:\s*[(\[]?GMT[+\d: ]*[)\]]?)?\s*(?:\|.*)?$", re.I)
# A document number right before a date makes it the document's date: "số 125/KH-UBND ngày 05/7/2023".
_DOCUMENT = re.compile(r"\d+(?:/\d{4})?/[A-Za-z][A-Za-z\-]*\s+(?:ngay\s+)?$")
_WEEKDAY = re.compile(r"(?:thu\s+\w+|chu\s+nhat)$", re.I)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: dt.date
    end_date: dt.date | None = None
    year_given: bool = True  # False when the year was inferred
    document: bool = False  # the date of a document ("Kế hoạch số 125/KH-UBND ngày 05/7/2023"), not of an event


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def infer_year(day: int, month: int, reference: dt.date | None) -> int | None:
    """The year of a day/month with no year: the reference's year, or the year before when that
    would put the date after the reference (an article reports what already happened)."""
    if reference is None:
        return None
    candidate = make_date(reference.year, month, day)
    if candidate is None:
        return None
    return reference.year - 1 if candidate > reference else reference.year


def find_dates(fold: str, start: int, end: int, reference: dt.date | None = None) -> list[DateMention]:
    """Dates and ranges in fold[start:end], in text order; inner dates of a range are not repeated."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []  # kept sorted, so a long article stays linear-ish

    def free(a: int, b: int) -> bool:
        index = bisect.bisect_left(taken, (a, a))
        before = taken[index - 1] if index else None
        after = taken[index] if index < len(taken) else None
        return (before is None or before[1] <= a) and (after is None or after[0] >= b)

    for match in RANGE.finditer(fold, start, end):
        d1, m1, y1, d2, _sep, m2, y2 = match.groups()
        month2 = int(m2)
        year2 = int(y2) if y2 else infer_year(int(d2), month2, reference)
        if year2 is None:
            continue
        last = make_date(year2, month2, int(d2))
        month1 = int(m1) if m1 else month2
        year1 = int(y1) if y1 else (year2 if month1 <= month2 else year2 - 1)
        first = make_date(year1, month1, int(d1))
        if first and last and first <= last and (last - first).days <= 366:
            found.append(DateMention(match.start(), match.end(), first, last, bool(y2)))
            bisect.insort(taken, (match.start(), match.end()))
    for pattern, kind in ((LONG, "long"), (NUMERIC, "numeric"), (SHORT, "short")):
        for match in pattern.finditer(fold, start, end):
            if not free(match.start(), match.end()):
                continue
            first = match.start()
            if kind == "long":  # "ngày 24 tháng 01 năm 2020", or "Ngày 06 tháng 12" with the year inferred
                day, month = int(match.group(1)), int(match.group(2))
                given = match.group(3) is not None
                year = int(match.group(3)) if given else infer_year(day, month, reference)
                if year is None:
                    continue
            elif kind == "numeric":
                day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
                given = True
            else:
                cue = _SHORT_CUE.search(fold, max(start, first - 16), first)
                if not cue:
                    continue
                day, month = int(match.group(1)), int(match.group(2))
                year, given = infer_year(day, month, reference), False
                if year is None:
                    continue
            if kind != "long":  # the span takes in "Sáng ngày …" before the digits
                lead = _DAY_PART.search(fold, max(start, first - 20), first)
                first = lead.start() if lead else first
            date = make_date(year, month, day)
            if date:
                document = bool(_DOCUMENT.search(fold, max(start, first - 40), first))
                found.append(DateMention(first, match.end(), date, None, given, document))
                bisect.insort(taken, (first, match.end()))
    return sorted(found, key=lambda d: d.start)


@dataclass(frozen=True)
class Dateline:
    place: str | None  # as written; None when the line gives only the date
    place_start: int
    place_end: int
    date: dt.date
    start: int
    end: int
    label: tuple[int, int] | None = None  # "Diệu Hằng | 19/12/2024", "Quốc phòng - An ninh | 21/6/2024": before a bar


def parse_dateline(text: str, fold: str, start: int, end: int) -> Dateline | None:
    """'Hải Phòng, ngày 24 tháng 01 năm 2020' -> place and date (the publication date); see DATELINE."""
    match = DATELINE.match(fold, start, end)
    if not match:
        return None
    if match.group("d1"):
        day, month, year = int(match.group("d1")), int(match.group("m1")), int(match.group("y1"))
    else:
        day, month, year = int(match.group("d2")), int(match.group("m2")), int(match.group("y2"))
    date = make_date(year, month, day)
    if date is None:
        return None
    place = match.group("place")
    if match.group("label"):  # an author's name or the page's section before a bar: the date starts after it
        at = match.end("bar")
        return Dateline(None, at, at, date, at, match.end(), (match.start("label"), match.end("label")))
    if place is None or _WEEKDAY.match(place.strip()):  # "Thứ Tư, 11/12/2024": a weekday, not a place
        return Dateline(None, match.start(), match.start(), date, match.start(), match.end())
    return Dateline(text[match.start("place"):match.end("place")].strip(), match.start("place"),
                    match.end("place"), date, match.start(), match.end())


# A social page's post time, with no year: "10 tháng 3 lúc 11:26 · 🌏".
_YEARLESS_DATELINE = re.compile(r"\s*(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+luc\s+\d{1,2}\s?[:h]\s?\d{2})?\s*(?:·.*)?$",
                                re.I)
_EVENT_DAY = re.compile(r"(?:[Ss]ang|[Cc]hieu|[Tt]oi|[Nn]gay)\s+(\d{1,2})[/-](\d{1,2})(?![/\d-])")  # "Sáng 31/12"
_YEAR_WRITTEN = re.compile(r"[Nn](?<![A-Za-z][Nn])am (\d{4})(?!\d)")  # "năm 2025": a year the text is about


def years_written(fold: str) -> list[int]:
    """The years a text names ("năm 2025"), for dates written without one."""
    return [int(y) for y in _YEAR_WRITTEN.findall(fold) if 1945 <= int(y) <= 2100]


def parse_yearless_dateline(fold: str, start: int, end: int) -> Dateline | None:
    """'10 tháng 3 lúc 11:26': a post time with no year, in the latest year the text names (a post tells what
    happened in its own year) — or the year after, when the event it reports ("Sáng 31/12") falls in a later
    month than the post ("2 tháng 1"): the event is in the year named, the post early in the next."""
    match = _YEARLESS_DATELINE.match(fold, start, end)
    years = years_written(fold) if match else []
    if not years:
        return None
    day, month = int(match.group(1)), int(match.group(2))
    event = _EVENT_DAY.search(fold, match.end())
    year = max(years) + (1 if event and int(event.group(2)) > month else 0)
    date = make_date(year, month, day)
    return Dateline(None, match.start(), match.start(), date, match.start(), match.end()) if date else None


def dates_between(doc, start: int, end: int, reference: dt.date | None) -> list[DateMention]:
    """find_dates over the whole article once (cached on the doc), filtered to a span."""
    key = ("dates", reference)
    every = doc.cache.get(key)
    if every is None:
        every = find_dates(doc.fold, 0, len(doc.fold), reference)
        doc.cache[key] = every
    return [d for d in every if start <= d.start and d.end <= end]


def first_date(fold: str, start: int, end: int, reference: dt.date | None,
               accept: Callable[[DateMention], bool] = lambda d: True) -> DateMention | None:
    for mention in find_dates(fold, start, end, reference):
        if accept(mention):
            return mention
    return None
