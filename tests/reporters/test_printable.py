"""Escaping what could drive a terminal or cannot be written as UTF-8."""

from __future__ import annotations

import os

from dlint.reporters.printable import printable


def test_plain_text_is_returned_as_it_is():
    assert printable("FROM ubuntu:24.04 — café 中文") == "FROM ubuntu:24.04 — café 中文"


def test_c0_controls_and_delete_are_byte_escapes_and_tabs_are_kept():
    assert printable("a\x1b[2Jb\x07\r\n\x7f\tc") == "a\\x1b[2Jb\\x07\\x0d\\x0a\\x7f\tc"


def test_c1_controls_are_code_point_escapes():
    assert printable("\x9b31m\x85") == "\\u009b31m\\u0085"


def test_undecodable_bytes_of_a_file_name_are_byte_escapes():
    assert printable(os.fsdecode(b"caf\xe9/\xff")) == "caf\\xe9/\\xff"


def test_characters_asked_for_are_kept():
    assert printable("one\ntwo\x1b", keep="\n") == "one\ntwo\\x1b"
