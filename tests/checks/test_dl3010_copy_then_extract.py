"""DL3010: a tar archive COPY'd and then extracted."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM debian:12\n"


def test_copied_archive_extracted_later_is_reported_on_the_archive_word():
    findings = lint(FROM + "COPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n", "DL3010")
    assert [f.span for f in findings] == [Span(2, 6, 2, 16)]
    assert [r.span.line for r in findings[0].related] == [3]


def test_archive_named_by_the_destination():
    assert len(lint(FROM + "COPY dist/build.tar /app.tar\nRUN tar -xf /app.tar\n", "DL3010")) == 1


def test_extraction_in_a_multi_line_run_and_long_options():
    text = FROM + "COPY app.tar /tmp/\nRUN echo start \\\n && tar --extract --file=/tmp/app.tar\n"
    assert len(lint(text, "DL3010")) == 1


def test_decompressor_counts():
    assert len(lint(FROM + "COPY app.tar.gz /tmp/\nRUN gunzip /tmp/app.tar.gz\n", "DL3010")) == 1


def test_archive_through_an_arg():
    text = FROM + "ARG PKG=app.tar.xz\nCOPY ${PKG} /tmp/\nRUN tar -xJf /tmp/app.tar.xz\n"
    assert len(lint(text, "DL3010")) == 1


def test_copy_without_extraction_is_fine():
    assert lint(FROM + "COPY app.tar /tmp/\nRUN ls /tmp\n", "DL3010") == []


def test_tar_creating_an_archive_is_fine():
    assert lint(FROM + "COPY app.tar /tmp/\nRUN tar -cf /tmp/app.tar /etc\n", "DL3010") == []


def test_zip_files_are_not_reported_as_add_does_not_unpack_them():
    assert lint(FROM + "COPY app.zip /tmp/\nRUN unzip /tmp/app.zip\n", "DL3010") == []


def test_copy_from_another_stage_is_fine():
    text = "FROM debian:12 AS b\nRUN tar -cf /a.tar /etc\nFROM debian:12\nCOPY --from=b /a.tar /\nRUN tar -xf /a.tar\n"
    assert lint(text, "DL3010") == []


def test_extraction_in_a_later_stage_is_not_counted():
    text = FROM + "COPY app.tar /tmp/\nFROM debian:12\nRUN tar -xf /tmp/app.tar\n"
    assert lint(text, "DL3010") == []
