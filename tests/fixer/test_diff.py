"""The unified diff ``--diff`` prints."""

from __future__ import annotations

from dlint.engine.report import Rewrite
from dlint.fixer.diff import unified_diff


def test_diff_names_the_file_and_shows_the_changed_line_in_context():
    diff = unified_diff(Rewrite("Dockerfile", "FROM a\nenv A b\nRUN x\n", "FROM a\nENV A=b\nRUN x\n", 2))
    assert diff.splitlines() == [
        "--- a/Dockerfile",
        "+++ b/Dockerfile",
        "@@ -1,3 +1,3 @@",
        " FROM a",
        "-env A b",
        "+ENV A=b",
        " RUN x",
    ]


def test_an_unchanged_file_has_no_diff():
    assert unified_diff(Rewrite("Dockerfile", "FROM a\n", "FROM a\n", 0)) == ""


def test_a_last_line_without_newline_is_marked():
    diff = unified_diff(Rewrite("Dockerfile", "FROM a as b", "FROM a AS b", 1))
    marker = "\\ No newline at end of file"
    assert diff.splitlines()[-4:] == ["-FROM a as b", marker, "+FROM a AS b", marker]


def test_crlf_lines_keep_their_carriage_returns_and_a_form_feed_does_not_split_a_line():
    diff = unified_diff(Rewrite("Dockerfile", "FROM a\r\nLABEL a=\x0cb\r\nenv A b\r\n", "FROM a\r\nLABEL a=\x0cb\r\nENV A=b\r\n", 1))
    assert "-env A b\r\n" in diff and " LABEL a=\x0cb\r\n" in diff
