"""Questions rules ask a document and its instructions: which instruction is where, and what acts."""

from __future__ import annotations

from dlint.model import load
from dlint.model.spans import Span


def test_instruction_at_finds_the_instruction_on_any_of_its_lines():
    doc = load("FROM a\nRUN apt-get update \\\n && apt-get install -y curl\nUSER app\n")
    assert doc.instruction_at(3) is doc.instructions[1]


def test_instruction_at_covers_heredoc_bodies():
    doc = load("FROM a\nRUN <<EOF\necho hi\nEOF\n")
    assert doc.instruction_at(3) is doc.instructions[1]


def test_instruction_at_a_line_without_instruction_is_none():
    doc = load("FROM a\n\n# a comment\nUSER app\n")
    assert doc.instruction_at(2) is None
    assert doc.instruction_at(3) is None


def test_trigger_or_self_of_onbuild_is_its_trigger():
    onbuild = load("FROM a\nONBUILD RUN make\n").instructions[1]
    assert onbuild.trigger_or_self is onbuild.onbuild
    assert onbuild.trigger_or_self.keyword == "RUN"


def test_trigger_or_self_of_any_other_instruction_is_itself():
    run = load("FROM a\nRUN make\n").instructions[1]
    assert run.trigger_or_self is run


def test_arguments_span_runs_from_the_first_argument_to_the_end_of_the_last():
    cmd = load("FROM a\nCMD python -m app\n").instructions[1]
    assert cmd.arguments_span == Span(2, 5, 2, 18)


def test_arguments_span_without_arguments_is_the_keyword():
    cmd = load("FROM a\nCMD\n").instructions[1]
    assert cmd.arguments_span == cmd.keyword_span


def test_the_preamble_is_what_comes_before_the_first_from_other_than_arg():
    doc = load("ARG V=1\nEXPOSE 80\nCOPY a b\nFROM alpine\nEXPOSE 81\n")
    assert [instruction.keyword for instruction in doc.preamble] == ["EXPOSE", "COPY"]
