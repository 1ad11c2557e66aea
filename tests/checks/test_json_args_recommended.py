"""JSONArgsRecommended: shell-form CMD/ENTRYPOINT with the default shell."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_shell_form_cmd_is_reported_on_the_command():
    findings = lint("FROM node:20\nCMD node server.js\n", "JSONArgsRecommended")
    assert [(f.span, f.message) for f in findings] == [
        (Span(2, 5, 2, 19), "JSON arguments recommended for CMD to prevent unintended behavior related to OS signals")
    ]


def test_keyword_is_named_as_written():
    findings = lint("from node:20\nentrypoint node server.js\n", "JSONArgsRecommended")
    assert findings[0].message.startswith("JSON arguments recommended for entrypoint ")


@pytest.mark.parametrize("instruction", ['CMD ["node", "server.js"]', 'ENTRYPOINT ["node"]'])
def test_exec_form_is_fine(instruction):
    assert lint(f"FROM node:20\n{instruction}\n", "JSONArgsRecommended") == []


def test_shell_instruction_earlier_in_the_stage_silences_it():
    text = 'FROM node:20\nSHELL ["/bin/bash", "-c"]\nCMD node server.js\n'
    assert lint(text, "JSONArgsRecommended") == []


def test_shell_instruction_after_the_cmd_does_not_help():
    text = 'FROM node:20\nCMD node server.js\nSHELL ["/bin/bash", "-c"]\n'
    assert len(lint(text, "JSONArgsRecommended")) == 1


def test_shell_of_the_parent_stage_is_inherited():
    text = 'FROM node:20 AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nCMD node server.js\n'
    assert lint(text, "JSONArgsRecommended") == []


def test_shell_of_an_unrelated_stage_does_not_count():
    text = 'FROM node:20 AS other\nSHELL ["/bin/bash", "-c"]\nFROM node:20\nCMD node server.js\n'
    assert [f.span.line for f in lint(text, "JSONArgsRecommended")] == [4]


def test_onbuild_cmd_is_not_checked_where_it_is_declared():
    assert lint("FROM node:20\nONBUILD CMD node server.js\n", "JSONArgsRecommended") == []


def test_run_and_healthcheck_are_not_checked():
    text = "FROM node:20\nRUN npm ci\nHEALTHCHECK CMD curl -f http://localhost/\n"
    assert lint(text, "JSONArgsRecommended") == []


def test_command_continued_over_lines_is_covered_whole():
    findings = lint("FROM node:20\nCMD node \\\n    server.js\n", "JSONArgsRecommended")
    assert (findings[0].span.line, findings[0].span.end_line) == (2, 3)
