"""Find a record's quote in the article text and return its character span."""

from __future__ import annotations

from dataclasses import dataclass

from ..text import for_matching, squash_spaces


@dataclass(frozen=True)
class Span:
    start: int  # inclusive, code points in the NFC text
    end: int  # exclusive
    exact: str  # the text as written, no-break spaces and typos kept


class QuoteError(ValueError):
    pass


def haystack(text: str) -> str:
    """What quotes are looked up in: the NFC text with no-break spaces and line breaks as spaces, the same length
    (a quote may run over a line break of a hard-wrapped text: "Phó Chỉ huy\ntrưởng" is quoted "Phó Chỉ huy
    trưởng"; a blank line between paragraphs is two spaces, which no quote matches)."""
    return for_matching(text).replace("\n", " ").replace("\r", " ")


class ArticleText:
    """The NFC article text, searchable with quotes typed with ordinary spaces."""

    def __init__(self, text: str):
        self.text = text
        self._haystack = haystack(text)

    def occurrences(self, quote: str) -> list[int]:
        needle = squash_spaces(quote)
        found, start = [], self._haystack.find(needle)
        while start != -1 and needle:
            found.append(start)
            start = self._haystack.find(needle, start + 1)
        return found

    def locate(self, quote: str, occurrence: int | None = None) -> Span:
        needle = squash_spaces(quote)
        hits = self.occurrences(needle)
        if not hits:
            raise QuoteError(f"quote not found in the article text: {needle!r}; copy it exactly from the article")
        if occurrence is None:
            if len(hits) > 1:
                raise QuoteError(
                    f"quote occurs {len(hits)} times: {needle!r}; add 'occurrence: N' (1-{len(hits)}) or quote more text")
            occurrence = 1
        if not 1 <= occurrence <= len(hits):
            raise QuoteError(f"occurrence {occurrence} asked but the quote occurs {len(hits)} time(s): {needle!r}")
        start = hits[occurrence - 1]
        end = start + len(needle)
        return Span(start, end, self.text[start:end])
