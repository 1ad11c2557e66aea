"""Reading a Dockerfile's bytes: UTF-8 only, with a one-line reason for anything else."""

from __future__ import annotations

import io
import os

import pytest

from dlint.engine.reading import MAX_BYTES, Unreadable, decode, read_file, read_stream


def reason(call, *args) -> Unreadable:
    with pytest.raises(Unreadable) as caught:
        call(*args)
    return caught.value


def test_utf8_text_decodes():
    assert decode("FROM ubuntu # ü\n".encode()) == "FROM ubuntu # ü\n"


def test_a_bom_is_kept_for_the_parser_to_drop():
    assert decode(b"\xef\xbb\xbfFROM x\n") == "\ufeffFROM x\n"


def test_nul_byte_means_binary_with_offset_and_line():
    error = reason(decode, b"FROM x\nRUN a\0b\n")
    assert error.reason == "binary file (NUL byte at offset 12, line 2)"
    assert (error.line, error.column) == (2, 6)


def test_invalid_utf8_reports_the_byte_offset_line_and_column():
    error = reason(decode, b"FROM x\nLABEL a=\xff\n")
    assert error.reason == "invalid UTF-8 at byte 15 (line 2, column 9)"


def test_missing_file(tmp_path):
    assert reason(read_file, str(tmp_path / "nope")).reason == "no such file or directory"


def test_directory_given_as_a_file(tmp_path):
    assert reason(read_file, str(tmp_path)).reason == "is a directory"


def test_path_through_a_file(tmp_path):
    (tmp_path / "Dockerfile").write_text("FROM x\n")
    assert "not a directory" in reason(read_file, str(tmp_path / "Dockerfile" / "x")).reason


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path):
    path = tmp_path / "Dockerfile"
    path.write_text("FROM x\n")
    path.chmod(0)
    assert reason(read_file, str(path)).reason == "permission denied"


def test_a_file_over_10_mb_is_refused(tmp_path):
    path = tmp_path / "Dockerfile"
    path.write_bytes(b"#" * (MAX_BYTES + 1))
    assert reason(read_file, str(path)).reason == "file is larger than 10 MB"


def test_a_file_of_exactly_10_mb_is_read(tmp_path):
    path = tmp_path / "Dockerfile"
    path.write_bytes(b"#" * MAX_BYTES)
    assert len(read_file(str(path))) == MAX_BYTES


def test_stdin_is_decoded_the_same_way():
    assert read_stream(io.BytesIO(b"FROM x\n")) == "FROM x\n"
