"""The layout of an article of this genre: dateline, headline, body, photo captions, byline.

    Hải Phòng, ngày 24 tháng 01 năm 2020          dateline (publication date and place)
    UBND quận Dương Kinh tổ chức Hội nghị …       headline: the first line after it (or the line
                                                  before it, when the date comes second)
         Ngày 21/11/2019, UBND quận …             body paragraphs (often indented)
    Đ/c Lê Lương – … trao Giấy khen …             captions: short unindented lines, often
    Đ/c Trung tá Trịnh Văn Cứ - … (Ảnh: X)         in a block, sometimes with a photo credit
                                   Quốc Vũ        byline: the author, last line

Photo credits and the byline look like names but name the photographer and
the author; they are cut out before people are looked for.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from .dates import Dateline, parse_dateline, parse_yearless_dateline
from .places import is_unit_name
from .text import Doc, Sentence, canonical, split_clauses, split_sentences, strip_span

# "Ảnh: Minh Tuấn", "(Ảnh: Minh Tuấn)", ". Ảnh: X", "Tin, ảnh: X" at the end of a line (folded text).
CREDIT_RE = re.compile(r"[\s.]*\(?\s*(?:(?:tin|bai)\s*(?:,|va)?\s*)?(anh|nguon)\s*:\s*([^()\n]*?)\s*\)?\s*$", re.I)
# "Ảnh:", "Nguồn:": a cheap test before CREDIT_RE (first letter before the look-behind: see places.LEVEL_RE).
CREDIT_HINT = re.compile(r"[aAnN](?<![A-Za-z].)(?i:(?<=a)nh|(?<=n)guon)\s*:")
CAPTION_CUE = re.compile(r"^\s*(?:D/c|Dong chi|Ong|Ba|Thieu|Trung|Thuong|Dai|Chu tich|Pho|Bi thu|Chi huy|Toan canh|"
                         r"Cac dai bieu|Lanh dao|Quang canh)(?![a-z])|(?<![a-z])(?:trao|tang|phat bieu|chup anh|"
                         r"tham quan|du hoi nghi)(?![a-z])", re.I)
SOURCE_LINE = re.compile(r"\s*(?:[Tt]heo|[Nn]guon\s*:)\s+\S.{0,80}$")
BYLINE_PREFIX = re.compile(r"^(?:(?:tin|bai)\s*(?:,|va)?\s*(?:anh)?\s*:\s*|tac\s+gia\s*:\s*|theo\s+)", re.I)
NAME_WORDS = re.compile(r"^[A-Z][a-zA-Z]*(?: [A-Z][a-zA-Z]*){0,4}$")
# A section, breadcrumbs, the site's own name ("Trang Thông tin điện tử huyện X", "Cổng thông tin điện tử tỉnh Y").
_SECTION = re.compile(r"(?:chuyen\s+muc|danh\s+muc)\s*:|trang\s+chu\b|.*[›»]|(?:trang|cong)\s+thong\s+tin\s+dien\s+tu|"
                      r"bao\s+dien\s+tu", re.I)
_RELATED = re.compile(r"\s*(?:(?:tin|bai)\s+(?:lien\s+quan|cung\s+chuyen\s+muc|khac)|xem\s+them)\b", re.I)
_TIME_FIRST = re.compile(r"\s*[-–]\s*\d{1,2}\s?[:h]\s?\d{2}\s")
_DOCUMENT_KIND = re.compile(r"(?:thong\s+cao(?:\s+bao\s+chi)?|thong\s+bao|tin\s+bai|tin\s+tuc)\s*[.:]?", re.I)
_HASHTAGS = re.compile(r"(?:#\w+\s*)+$")
_SOCIAL_TAIL = re.compile(_HASHTAGS.pattern + r"|.*\d+\s*(?:binh\s+luan|luot\s+chia\s+se|luot\s+thich)\b", re.I)
_SYMBOLS = re.compile(r"[^\w(\s]*\s*")  # emoji and marks before a line's words
_BYLINE_RANK = re.compile(r"(?:Thieu|Trung|Thuong|Dai)\s+(?:uy|ta|tuong)\s+")  # "Bài: Đại úy X"
_CO_AUTHOR = re.compile(r"\s*[-–,]\s*([A-Z][a-zA-Z]*(?: [A-Z][a-zA-Z]*){0,4})\s*$")  # "- Hữu Đức" ending the byline


@dataclass
class Layout:
    dateline: Dateline | None
    headline: tuple[int, int] | None
    lead: tuple[int, int] | None  # the first body paragraph
    byline: tuple[int, int] | None  # the author's name
    source: tuple[int, int] | None  # "Theo qdnd.vn": the outlet the article was taken from
    credits: list[tuple[int, int, str]]  # (start, end, name) of photo credits
    fictional: bool
    coauthor: tuple[int, int] | None = None  # "Thu Phương - Hữu Đức": the second name of a byline


def _looks_like_credit(folded: str) -> bool:
    """A photographer's name, maybe with an agency: 'Minh Tuấn', 'Minh Tuấn - TTVH', 'PV', 'TTXVN'."""
    name = re.split(r"\s*[-–(/,]", folded)[0]
    return bool(NAME_WORDS.match(name)) and len(name.split()) <= 4


def _content(doc: Doc, line) -> tuple[int, int]:
    return strip_span(doc.text, line.start, line.end)


def read_layout(doc: Doc) -> Layout:
    lines = doc.lines
    fictional = False
    # Fixture files start with a '#' comment line saying they are fictional; it is not article text.
    for line in lines:
        start, end = _content(doc, line)
        if start == end:
            continue
        if doc.text[start] == "#":
            line.kind = "header"
            fictional = fictional or bool(re.search(r"fictional|hu cau", doc.fold[start:end], re.I))
            continue
        break
    content = [line for line in lines if line.kind != "header" and _content(doc, line)[0] < _content(doc, line)[1]]
    # "Tin liên quan:", "Bài cùng chuyên mục", "Xem thêm": the page's links to other articles end the article.
    related = next((i for i, line in enumerate(content) if i > 2 and _RELATED.match(doc.fold, *_content(doc, line))),
                   None)
    if related is not None:
        for line in content[related:]:
            line.kind = "label"
        content = content[:related]
    dateline = None
    for line in content[:4]:
        start, end = _content(doc, line)
        dateline = parse_dateline(doc.text, doc.fold, start, end)
        if dateline:
            line.kind = "dateline"
            dateline = _author_before_time(doc, dateline)
            break
    social = False  # a social page's post: its page's name above the post time, the headline below
    signed = None  # "Thảo Vy (Văn phòng UBND huyện) - 27/01/2025": the author's name before a closing date
    if dateline is None:
        for line in content[:4]:
            dateline = parse_yearless_dateline(doc.fold, *_content(doc, line))  # "10 tháng 3 lúc 11:26"
            if dateline:
                line.kind, social = "dateline", True
                break
    if dateline is None and len(content) > 4:
        # A signature block closes some portals' articles: "Phan Rang-Tháp Chàm, ngày 10 tháng 01 năm 2025",
        # "Ngày cập nhật: 12/10/2024". It is the publication date; the byline, if any, is right above it.
        for line in reversed(content[-2:]):
            dateline = parse_dateline(doc.text, doc.fold, *_content(doc, line))
            if dateline:
                line.kind = "dateline"
                content = [l for l in content if l is not line]
                signed = _signed(doc, dateline)
                if signed:
                    dateline = replace(dateline, place=None)  # the name is the author's, not a place
                break
    at = next((i for i, line in enumerate(content) if line.kind == "dateline"), -1)
    # The headline follows the dateline, or comes before it with the date line under it (news web pages).
    # Above the date line, only the page's furniture ("Chuyên mục: …", breadcrumbs)? Then the headline is below it.
    headline_above = not social and any(not _is_label(doc, line) for line in content[:max(at, 0)])
    first = _headline_before(doc, content[:at]) if headline_above else at + 1
    if social and first < len(content) and _reads_as_lead(doc, content[first]):
        # A post whose title stands above the page's name and time, in capitals; the first line under the time
        # is the lead ("👉 Sáng ngày 13/3/2026, tại …, Ban CHQS phường … tổ chức …").
        first = next((i for i in range(at) if _is_caps_title(doc, content[i])), first)
    while at < 0 and first + 1 < len(content) and _SECTION.match(doc.fold, *_content(doc, content[first])):
        content[first].kind = "label"  # no date line: the site's name and breadcrumbs above the headline
        first += 1
    while first + 1 < len(content) and _DOCUMENT_KIND.fullmatch(doc.fold, *_content(doc, content[first])):
        content[first].kind = "label"  # "THÔNG CÁO BÁO CHÍ": the kind of document; its headline follows
        first += 1
    after = max(at, first)  # the last line of the head (headline and dateline)
    for line in content[:max(at, 0)]:
        if line is not content[first]:
            line.kind = "label"  # "Quốc phòng - An ninh": the page's section, not the article's text
    headline = None
    if first < len(content):
        content[first].kind = "headline"
        headline = _content(doc, content[first])
    byline = source = coauthor = None
    while len(content) > after + 2 and _SOCIAL_TAIL.match(doc.fold, *_content(doc, content[-1])):
        content[-1].kind = "label"  # "#QuânSự #XãPhongHải", "👍 126 · 💬 18 bình luận": a social page's furniture
        content = content[:-1]
    for line in content[after + 1:]:
        if _HASHTAGS.match(doc.fold, *_content(doc, line)):
            line.kind = "label"  # hashtags above the byline, too
    if len(content) > after + 1 and SOURCE_LINE.match(doc.fold, *_content(doc, content[-1])):
        content[-1].kind = "source"  # "Theo qdnd.vn": where the article was taken from
        source = _content(doc, content[-1])
        content = content[:-1]
    # The byline ends the article, or opens it under the head with its prefix ("Bài và ảnh: Thiếu tá X").
    for line, prefixed in ((content[-1], False), (content[after + 1], True)) if len(content) > after + 2 else ():
        found = _byline(doc, line, prefixed)
        if found:
            line.kind = "byline"
            byline, coauthor = found
            break
    if byline is None and 0 <= first < at:
        # "VĂN TÂM - THANH HẢI" between the headline and the date line: the authors, in capitals as the head is
        for line in content[first + 1:at]:
            found = _byline(doc, line, False) if doc.text[line.start:line.end].isupper() else None
            if found:
                line.kind = "byline"
                byline, coauthor = found
                break
    if byline is None and dateline and dateline.label and NAME_WORDS.match(doc.fold[slice(*dateline.label)]):
        byline = dateline.label  # "Diệu Hằng | 19/12/2024 - 17:20": the author's name heads the date line
    byline = byline or signed
    credits: list[tuple[int, int, str]] = []
    for index, line in enumerate(content):
        if line.kind != "blank":
            continue
        start, end = _content(doc, line)
        hint = CREDIT_HINT.search(doc.fold, start, end)
        credit = CREDIT_RE.search(doc.fold, max(start, hint.start() - 16), end) if hint else None
        if credit and canonical(doc.text[credit.start(1):credit.end(1)]) in ("ảnh", "nguồn"):
            who = doc.text[credit.start(2):credit.end(2)].strip()
            if _looks_like_credit(doc.fold[credit.start(2):credit.end(2)].strip()):
                credits.append((credit.start(), credit.end(), who))
                caption = strip_span(doc.text, start, credit.start())
            else:  # "Ảnh: Đồng chí X phát biểu tại hội nghị": a caption introduced by "Ảnh:", not a credit
                caption = strip_span(doc.text, credit.start(2), end)
            if caption[1] > caption[0]:
                doc.caption_spans[line.number] = caption
                line.kind = "caption"
            else:
                line.kind = "credit"  # a line holding only the credit
            continue
        indented = line.end > line.start and doc.text[line.start].isspace()
        line.indented = indented
        neighbours = [content[k] for k in (index - 1, index + 1) if 0 <= k < len(content)]
        in_block = any(n.number in (line.number - 1, line.number + 1) and n.kind in ("blank", "caption")
                       and not doc.text[n.start:n.end][:1].isspace() for n in neighbours)
        # A caption is a short unindented line that is not a sentence of the body: no final stop, and
        # either among other such lines or reading like a caption ("Đ/c X trao …", "Toàn cảnh hội nghị").
        if not indented and end - start <= 300 and not _ends_sentence(doc.text[end - 1]) and (
                in_block or CAPTION_CUE.search(doc.fold, start, end)):
            line.kind = "caption"
            doc.caption_spans[line.number] = (start, end)
        else:
            line.kind = "body"
    doc.credits = [(s, e) for s, e, _ in credits]
    lead = next((_content(doc, l) for l in content if l.kind == "body"), None)
    _sentences(doc)
    return Layout(dateline, headline, lead, byline, source, credits, fictional, coauthor)


def _reads_as_lead(doc: Doc, line) -> bool:
    """A long line of lower-case prose: a lead paragraph, not a title."""
    start, end = _content(doc, line)
    return end - start > 160 and sum(c.islower() for c in doc.text[start:end]) > (end - start) // 2


def _is_caps_title(doc: Doc, line) -> bool:
    """A title in capitals ("🎯 PHƯỜNG KHÁNH HÒA BẾ MẠC HUẤN LUYỆN …"), emoji and all."""
    start, end = _content(doc, line)
    text = doc.text[start:end]
    return end - start > 20 and text.isupper() and len(text.split()) >= 4


def _ends_sentence(char: str) -> bool:
    """A full stop, or an emoji: a social post ends its sentences with one ("… nhập ngũ năm 2026 🎁💐")."""
    return char in ".;:!?…" or unicodedata.category(char) == "So"


def _byline(doc: Doc, line, prefixed: bool) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """(author's name, second author's name) of a byline line: "Quốc Vũ", "Tin, ảnh: Minh Châu", "Thu Phương -
    Hữu Đức", "Bài và ảnh: Thiếu tá Phan Thị Thu Sương" (a rank is not part of the name)."""
    start, end = _content(doc, line)
    start += len(_SYMBOLS.match(doc.fold, start, end).group(0))  # "✍️ Tin: X | 📸 Ảnh: Y" on a social page
    text = doc.fold[start:end]
    prefix = BYLINE_PREFIX.match(text)
    if prefixed and not prefix:
        return None
    name_start = start + (prefix.end() if prefix else 0)
    rank = _BYLINE_RANK.match(doc.fold, name_start, end)
    name_start = rank.end() if rank else name_start
    name_end = name_start + len(re.split(r"\s*[(\-–,|]", doc.fold[name_start:end])[0].rstrip())
    # "Tin, ảnh: Minh Châu" is the author's byline (news and photos), not a photo credit.
    if end - start > 80 or not NAME_WORDS.match(doc.fold[name_start:name_end]) or not (
            prefix or not CREDIT_RE.search(text)):
        return None
    second = _CO_AUTHOR.match(doc.fold, name_end, end)
    return (name_start, name_end), ((second.start(1), second.end(1)) if second else None)


def _author_before_time(doc: Doc, dateline: Dateline) -> Dateline:
    """'Quang Minh - 09:15 20/10/2025': a name that is no province or district, then the time, then the date,
    is the author's (as before a bar), not the place of a date line ("Đà Nẵng – 14/7/2022")."""
    if not dateline.place or not _TIME_FIRST.match(doc.fold, dateline.place_end, dateline.end) or \
            is_unit_name(dateline.place) or not NAME_WORDS.match(doc.fold[dateline.place_start:dateline.place_end]):
        return dateline
    return replace(dateline, place=None, label=(dateline.place_start, dateline.place_end))


def _signed(doc: Doc, dateline: Dateline) -> tuple[int, int] | None:
    """The author's name when a closing date line starts with it: "Thảo Vy (Văn phòng HĐND và UBND huyện) -
    27/01/2025"; the name is then not a place."""
    if not dateline.place:
        return None
    name = re.split(r"\s*\(", doc.fold[dateline.place_start:dateline.place_end])[0].rstrip()
    return (dateline.place_start, dateline.place_start + len(name)) if "(" in doc.fold[
        dateline.place_start:dateline.place_end] and NAME_WORDS.match(name) else None


def _is_label(doc: Doc, line) -> bool:
    """A page's furniture above the article: "Chuyên mục: QUỐC PHÒNG – AN NINH", "QUỐC PHÒNG - AN NINH", "Chính trị",
    "Trang chủ › Tin tức – Sự kiện › Quốc phòng – An ninh"."""
    start, end = _content(doc, line)
    words = doc.text[start:end].split()
    return bool(_SECTION.match(doc.fold, start, end)) or len(words) <= 4 or (doc.text[start:end].isupper()
                                                                           and len(words) <= 6)


def _headline_before(doc: Doc, lines: list) -> int:
    """Which of the lines above a dateline is the headline: a page may put its section's name ("Quốc phòng -
    An ninh") above it. Section names are short; a headline is the longest line that is not a sentence."""
    def length(index: int) -> int:
        start, end = _content(doc, lines[index])
        furniture = doc.text[end - 1] == "." or _SECTION.match(doc.fold, start, end)  # a site's name is no headline
        return -1 if furniture else end - start
    return max(range(len(lines)), key=lambda index: (length(index), -index))


def _sentences(doc: Doc) -> None:
    sentences: list[Sentence] = []
    for line in doc.lines:
        if line.kind == "headline":
            spans, kind = [_content(doc, line)], "headline"
        elif line.kind == "caption":
            spans, kind = [doc.caption_spans[line.number]], "caption"
        elif line.kind == "body":
            start, end = _content(doc, line)
            spans, kind = split_sentences(doc, start, end), "body"
        else:
            continue
        for start, end in spans:
            if end > start:
                sentence = Sentence(len(sentences), start, end, line.number, kind)
                sentence.clauses = split_clauses(doc, start, end)
                sentences.append(sentence)
    doc.sentences = sentences
