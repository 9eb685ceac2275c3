"""Vietnamese text at the boundaries: NFC, no-break spaces, tone placement, keys and slugs."""

from __future__ import annotations

import re
import unicodedata

NBSP = "\u00a0"
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng
_WORD = re.compile(r"\w+", re.UNICODE)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def article_text(text: str) -> str:
    """An article as every part reads it: NFC, and lines ended by LF alone (a file saved on Windows ends them with
    CR LF; a quote over a line break of a hard-wrapped text then reads the same either way)."""
    text = nfc(text)
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def for_matching(text: str) -> str:
    """NFC with no-break spaces as plain spaces; keeps every offset the same."""
    return nfc(text).replace(NBSP, " ")


def squash_spaces(text: str) -> str:
    return " ".join(for_matching(text).split())  # str.split() splits on exactly what \s matches


def _new_tone_placement(word: str) -> str:
    """Move the tone of open 'oa', 'oe', 'uy' syllables onto the second vowel.

    "hòa" and "hoà", "thủy" and "thuỷ" are the same word in old and new
    placement; comparing names needs one of them.
    """
    decomposed = unicodedata.normalize("NFD", word)
    tone = next((c for c in decomposed if c in _TONES), None)
    if tone is None:
        return word
    bare = nfc(decomposed.replace(tone, "")).lower()
    for pair in ("oa", "oe", "uy"):
        if bare.endswith(pair) and not bare.endswith("q" + pair) and not bare.endswith("gi" + pair):
            base = nfc(decomposed.replace(tone, ""))
            head, last = base[:-1], base[-1]
            return nfc(head + unicodedata.normalize("NFD", last) + tone)
    return word


def canonical(text: str) -> str:
    """Lower-case NFC text with one tone placement and single spaces: for comparing names."""
    text = squash_spaces(text).lower()
    return _WORD.sub(lambda m: _new_tone_placement(m.group(0)), text)


def search_key(text: str) -> str:
    """Diacritic-free, lower-case key: 'Lê Lương', NFD input and 'le luong' all give 'le luong'."""
    text = squash_spaces(text).lower().replace("đ", "d")
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(stripped.split())


def slugify(text: str) -> str:
    """Readable, diacritic-free IRI segment: 'Ban CHQS quận' -> 'ban-chqs-quan'."""
    return re.sub(r"[^a-z0-9]+", "-", search_key(text)).strip("-")
