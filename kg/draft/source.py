"""Read an article file, refusing what is not one: empty, binary, another encoding, too big.

Every refusal is one KgError line that says what the file is and what to do.
UTF-8 (with or without a BOM) is the only accepted encoding; UTF-16 and the
Vietnamese Windows code page (cp1258) are recognised and named, so the user
knows which conversion to run.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..errors import KgError
from ..text import article_text

_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # control characters other than line breaks and tabs
# A news article of this genre is a few kB; 1 MB is already hundreds of articles.
MAX_BYTES = 1_000_000


def read_article(path: Path, shown: str | None = None, max_bytes: int = MAX_BYTES) -> str:
    shown = shown or str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise KgError("is a folder; give the article's .txt file", shown)
        if size > max_bytes:
            raise KgError(f"is {_size(size)}; an article of this genre is a few kB and the drafter takes at most "
                          f"{_size(max_bytes)}. Is it several articles in one file? Split it", shown)
        raw = path.read_bytes()
    except OSError as exc:
        raise KgError(f"cannot read the article ({exc.strerror})", shown) from None
    return decode_article(raw, shown)


def decode_article(raw: bytes, shown: str) -> str:
    """The article text in NFC, or a KgError naming the problem."""
    if not raw.strip():
        raise KgError("is empty; there is nothing to draft", shown)
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or _looks_utf16(raw):
        raise KgError("is UTF-16 text; save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8 IN > OUT) and draft again",
                      shown)
    nul = raw.find(b"\x00")
    if nul != -1:
        raise KgError(f"is a binary file (NUL byte at offset {nul}), not an article text", shown)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _looks_cp1258(raw):
            raise KgError("is in the Vietnamese Windows code page (cp1258), not UTF-8; convert it "
                          "(iconv -f CP1258 -t UTF-8 IN > OUT) and draft again", shown) from None
        line = raw[: exc.start].count(b"\n") + 1
        raise KgError(f"is not UTF-8 (bad byte at offset {exc.start}, line {line}); convert the file to UTF-8",
                      shown) from None
    text = text.lstrip("\ufeff")
    controls = len(_CONTROLS.findall(text))
    if controls > max(8, len(text) // 100):
        raise KgError(f"is a binary file ({controls} control characters), not an article text", shown)
    if not any(c.isalpha() for c in text):
        raise KgError("holds no letters; there is nothing to draft", shown)
    return article_text(text)


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a BOM: every other byte is NUL in ASCII-heavy text."""
    sample = raw[:2000]
    if len(sample) < 4:
        return False
    evens, odds = sample[0::2], sample[1::2]
    return max(evens.count(0), odds.count(0)) > len(sample) // 4


def _looks_cp1258(raw: bytes) -> bool:
    """cp1258 writes tones as combining bytes (0xCC 0xEC 0xD2 0xDE 0xF2) after a vowel; plenty of them is telling."""
    try:
        decoded = raw.decode("cp1258")
    except UnicodeDecodeError:
        return False
    marks = sum(1 for c in decoded if unicodedata.combining(c))
    letters = sum(1 for c in decoded if c.isalpha())
    vietnamese = sum(1 for c in decoded if c in "ăâđêôơưĂÂĐÊÔƠƯ")
    return letters > 0 and (marks + vietnamese) * 20 >= letters


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} kB"
