"""Fixing in passes: overlapping fixes wait, fixes that never settle stop, a fix that breaks parsing is refused."""

from __future__ import annotations

import re
from collections.abc import Callable

from dlint.engine.findings import Edit, Finding, Fix, Severity
from dlint.engine.lint import FileResult
from dlint.fixer.passes import MAX_PASSES, fix_text
from dlint.model import load
from dlint.model.spans import Span

Rewriter = Callable[[str], str]


def _linter(pattern: str, replacement: str | Rewriter, unsafe_because: str | None = None):
    """A linter reporting every match of ``pattern`` on the second line, fixed by ``replacement``."""

    def lint(text: str):
        second = text.split("\n")[1]
        findings = []
        for match in re.finditer(f"(?=({pattern}))", second):
            start, end = match.start(1) + 1, match.end(1) + 1
            written = replacement if isinstance(replacement, str) else replacement(match.group(1))
            fix = Fix(f"write {written}", (Edit(Span(2, start, 2, end), written),), unsafe_because)
            findings.append(Finding("Dockerfile", "X1", (), Severity.STYLE, "m", Span(2, start, 2, end), fix=fix, fixable=True))
        return FileResult("Dockerfile", findings=findings, linted=True), load(text)

    return lint


def test_a_fix_overlapping_an_applied_one_waits_for_the_next_pass():
    fixed = fix_text("FROM a\nRUN aaaa\n", _linter("aa", "b"))
    assert (fixed.text, fixed.applied) == ("FROM a\nRUN bb\n", 2)


def test_fixes_that_never_settle_stop_after_the_last_pass():
    fixed = fix_text("FROM a\nRUN x\n", _linter("[xy]", lambda found: "y" if found == "x" else "x"))
    assert fixed.applied == MAX_PASSES


def test_an_unsafe_fix_is_applied_only_when_asked():
    lint = _linter("true", ":", unsafe_because="a different program")
    assert fix_text("FROM a\nRUN true\n", lint).text == "FROM a\nRUN true\n"
    assert fix_text("FROM a\nRUN true\n", lint, unsafe=True).text == "FROM a\nRUN :\n"


def test_a_fix_that_breaks_parsing_leaves_the_text_as_it_was_and_says_why():
    fixed = fix_text("FROM a\nENV A=b\n", _linter("A=b", "A"))
    assert fixed.text == "FROM a\nENV A=b\n"
    assert fixed.applied == 0
    assert fixed.refused == "the fixed Dockerfile would not parse (line 2: ENV must have two arguments); the file is left as it was"
    assert [finding.span for finding in fixed.result.findings] == [Span(2, 5, 2, 8)]


def test_a_parse_error_the_text_already_had_does_not_refuse_the_fixes():
    fixed = fix_text("FROM a\nRUN x\nCOPY y\n", _linter("x", "z"))
    assert (fixed.text, fixed.refused) == ("FROM a\nRUN z\nCOPY y\n", None)


def test_a_byte_order_mark_stays_and_does_not_shift_the_edits():
    fixed = fix_text("\ufeffFROM a\nRUN x\n", _linter("x", "z"))
    assert fixed.text == "\ufeffFROM a\nRUN z\n"
