"""Text joined from pieces of physical lines, mapped back to where each character was written."""

from __future__ import annotations

from dlint.model.spans import MappedText, Span

# "RUN a \" on line 1, "  && b" on line 2: the joined text drops the backslash and newline.
JOINED = MappedText("a   && b", ((0, 1, 5), (2, 2, 1)))


def test_position_follows_the_piece_an_offset_came_from():
    assert JOINED.position(0) == (1, 5)
    assert JOINED.position(4) == (2, 3)


def test_position_of_one_piece_text_counts_from_its_anchor():
    assert MappedText("abc", ((0, 3, 7),)).position(2) == (3, 9)


def test_span_crosses_lines():
    assert JOINED.span(0, 8) == Span(1, 5, 2, 7)


def test_empty_span_sits_at_its_start():
    assert JOINED.span(4, 4) == Span(2, 3, 2, 3)


def test_subtext_keeps_the_positions_of_its_characters():
    part = JOINED.subtext(4, 8)
    assert part.text == "&& b"
    assert part.span(0, 4) == JOINED.span(4, 8)


def test_subtext_across_pieces_keeps_every_piece():
    part = JOINED.subtext(1, 8)
    assert part.anchors == ((0, 1, 6), (1, 2, 1))
    assert part.position(3) == JOINED.position(4)


def test_empty_subtext_is_anchored_where_it_starts():
    part = JOINED.subtext(5, 5)
    assert (part.text, part.anchors) == ("", ((0, 2, 4),))
