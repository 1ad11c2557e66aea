"""DL4001: both wget and curl in one stage."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM debian:12\n"


def test_the_run_that_brings_the_second_tool_is_reported_with_the_first_as_related():
    findings = lint(FROM + "RUN wget -q https://x.test/a\nRUN curl -fsSLO https://x.test/b\n", "DL4001")
    assert [f.span for f in findings] == [Span(3, 5, 3, 33)]
    assert [r.span.line for r in findings[0].related] == [2]


def test_both_in_one_run_is_one_finding():
    assert len(lint(FROM + "RUN wget -q https://x.test/a && curl -O https://x.test/b\n", "DL4001")) == 1


def test_every_later_run_using_either_is_reported():
    text = FROM + "RUN wget -q a\nRUN curl -O b\nRUN echo hi\nRUN wget -q c\n"
    assert [f.span.line for f in lint(text, "DL4001")] == [3, 5]


def test_one_tool_is_fine():
    assert lint(FROM + "RUN curl -O a\nRUN curl -O b\n", "DL4001") == []


def test_different_stages_are_separate():
    assert lint(FROM + "RUN wget -q a\nFROM debian:12\nRUN curl -O b\n", "DL4001") == []


def test_installing_both_is_not_using_them():
    assert lint(FROM + "RUN apt-get install -y wget curl\n", "DL4001") == []


def test_heredoc_is_read():
    assert len(lint(FROM + "RUN <<EOF\nwget -q a\ncurl -O b\nEOF\n", "DL4001")) == 1
