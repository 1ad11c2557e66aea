import pytest

from dlint.fixer.edits import OverlappingEdits, apply_edits
from dlint.parser.spans import Span
from dlint.rule_api import Edit


def test_an_edit_replaces_exactly_its_span_and_keeps_crlf_line_endings():
    text = "FROM a\r\nMAINTAINER x\r\nRUN y\r\n"
    edits = [Edit(Span(2, 1, 2, 13), "LABEL a=b"), Edit(Span(3, 5, 3, 5), "-z ")]
    assert apply_edits(text, edits) == "FROM a\r\nLABEL a=b\r\nRUN -z y\r\n"


def test_an_edit_may_cover_line_endings_of_a_continued_instruction():
    text = "RUN a \\\n  b\nRUN c"
    assert apply_edits(text, [Edit(Span(1, 5, 2, 4), "x")]) == "RUN x\nRUN c"


def test_an_edit_on_a_last_line_without_newline_reaches_the_end():
    assert apply_edits("FROM a as b", [Edit(Span(1, 8, 1, 10), "AS")]) == "FROM a AS b"


def test_a_form_feed_is_not_a_line_break():
    assert apply_edits("LABEL a=\x0cb\nRUN x", [Edit(Span(2, 5, 2, 6), "y")]) == "LABEL a=\x0cb\nRUN y"


def test_two_insertions_at_one_place_keep_their_order():
    assert apply_edits("RUN x", [Edit(Span(1, 5, 1, 5), "a "), Edit(Span(1, 5, 1, 5), "b ")]) == "RUN a b x"


def test_overlapping_edits_are_refused():
    with pytest.raises(OverlappingEdits):
        apply_edits("RUN abc", [Edit(Span(1, 5, 1, 7), "x"), Edit(Span(1, 6, 1, 8), "y")])
