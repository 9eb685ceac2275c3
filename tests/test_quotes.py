"""Quotes of a record found in the article text: ordinary spaces stand for no-break spaces and for the line
breaks of a hard-wrapped text, never for a blank line between paragraphs; the span keeps the text as written."""

from __future__ import annotations

import pytest

from kg.records.quotes import ArticleText, QuoteError

WRAPPED = "Dự có Thượng tá Phan\nCông Lực – Phó Chỉ huy\ntrưởng Bộ CHQS tỉnh.\n\nBài, ảnh: Hoàng\u00a0Giang\n"


def test_a_quote_runs_over_a_line_break_and_its_span_keeps_it():
    text = ArticleText(WRAPPED)
    span = text.locate("Thượng tá Phan Công Lực – Phó Chỉ huy trưởng")
    assert span.exact == "Thượng tá Phan\nCông Lực – Phó Chỉ huy\ntrưởng"
    assert text.locate("Hoàng Giang").exact == "Hoàng\u00a0Giang"


def test_a_quote_does_not_run_over_a_blank_line():
    with pytest.raises(QuoteError, match="not found"):
        ArticleText(WRAPPED).locate("Bộ CHQS tỉnh. Bài, ảnh")


def test_a_name_written_once_whole_and_once_wrapped_occurs_twice():
    text = ArticleText("Thượng tá Phan Công Lực dự.\nThượng tá Phan\nCông Lực phát biểu.")
    assert len(text.occurrences("Phan Công Lực")) == 2
    with pytest.raises(QuoteError, match="occurs 2 times"):
        text.locate("Phan Công Lực")


def test_an_article_saved_with_windows_line_ends_reads_like_one_with_lf(tmp_path):
    from kg.records.check import read_article_text

    path = tmp_path / "crlf.txt"
    path.write_bytes(WRAPPED.replace("\n", "\r\n").encode("utf-8"))
    text = read_article_text(path, "crlf.txt")
    assert "\r" not in text and text == WRAPPED
    assert ArticleText(text).locate("Phó Chỉ huy trưởng Bộ CHQS tỉnh").exact == "Phó Chỉ huy\ntrưởng Bộ CHQS tỉnh"
