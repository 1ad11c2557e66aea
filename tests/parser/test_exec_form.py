"""Exec (JSON array) form and BuildKit's fallback to shell form."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from dlint.parser import parse
from tests.parser.support import accepted, only, source_at


@pytest.mark.parametrize("keyword", ["RUN", "CMD", "ENTRYPOINT", "SHELL"])
def test_json_array_is_exec_form(keyword):
    instruction = only(f'FROM alpine\n{keyword} ["/bin/sh", "-c"]\n')
    assert instruction.json
    assert instruction.values == ("/bin/sh", "-c")


@pytest.mark.parametrize("keyword", ["COPY", "ADD", "VOLUME"])
def test_json_array_lists(keyword):
    instruction = only(f'FROM alpine\n{keyword} ["a b", "/c"]\n')
    assert instruction.json
    assert instruction.values == ("a b", "/c")


def test_element_spans_include_their_quotes():
    parsed = accepted('FROM alpine\nCMD [ "nginx",  "-g", "daemon off;" ]\n')
    spans = [source_at(parsed, a.span) for a in parsed.instructions[1].args]
    assert spans == ['"nginx"', '"-g"', '"daemon off;"']


def test_json_escapes_are_decoded():
    cmd = only('FROM alpine\nCMD ["a\\u0041\\n", "\\"q\\""]\n')
    assert cmd.values == ("aA\n", '"q"')


def test_single_quotes_are_not_json_and_fall_back_to_shell_form():
    cmd = only("FROM alpine\nCMD ['nginx', '-g']\n")
    assert not cmd.json
    assert cmd.values == ("['nginx', '-g']",)


def test_missing_comma_falls_back_to_shell_form():
    cmd = only('FROM alpine\nCMD ["a" "b"]\n')
    assert (cmd.json, cmd.values) == (False, ('["a" "b"]',))


def test_invalid_json_for_copy_falls_back_to_words():
    copy = only('FROM alpine\nCOPY ["a", b] /c\n')
    assert (copy.json, copy.values) == (False, ('["a",', "b]", "/c"))


def test_text_after_the_array_makes_it_shell_form():
    cmd = only('FROM alpine\nCMD ["a"] # run a\n')
    assert (cmd.json, cmd.values) == (False, ('["a"] # run a',))


def test_text_after_the_array_makes_copy_sources_plain_words():
    copy = only('FROM alpine\nCOPY ["a", "/b"] extra\n')
    assert (copy.json, copy.values) == (False, ('["a",', '"/b"]', "extra"))


def test_non_string_array_followed_by_text_is_shell_form_not_refused():
    cmd = only('FROM alpine\nCMD ["a", 1] x\n')
    assert (cmd.json, cmd.values) == (False, ('["a", 1] x',))


def test_blanks_after_the_array_keep_exec_form():
    cmd = only('FROM alpine\nCMD ["a"]\t \n')
    assert (cmd.json, cmd.values) == (True, ("a",))


def test_empty_array_is_exec_form_without_arguments():
    cmd = only("FROM alpine\nCMD []\n")
    assert (cmd.json, cmd.values) == (True, ())


def test_array_spanning_continued_lines():
    parsed = accepted('FROM alpine\nCMD ["a", \\\n     "b"]\n')
    cmd = parsed.instructions[1]
    assert cmd.values == ("a", "b")
    assert cmd.args[1].span == Span(3, 6, 3, 9)


def test_non_string_element_is_refused():
    parsed = parse('FROM alpine\nCMD ["a", 1]\nRUN true\n')
    assert parsed.refusal.message == "when using JSON array syntax, arrays must be comprised of strings only"
    assert [i.keyword for i in parsed.instructions] == ["FROM", "RUN"]


def test_nan_is_not_json_and_falls_back_to_shell_form():
    cmd = only("FROM alpine\nCMD [NaN]\n")
    assert (cmd.json, cmd.values) == (False, ("[NaN]",))


def test_number_too_large_for_go_falls_back_to_shell_form():
    cmd = only("FROM alpine\nCMD [1e999]\n")
    assert not cmd.json


def test_lone_surrogate_escape_becomes_the_replacement_character():
    cmd = only('FROM alpine\nCMD ["\\ud800"]\n')
    assert cmd.values == ("\ufffd",)


def test_shell_form_keeps_the_whole_rest_as_one_argument():
    run = only("FROM alpine\nRUN   echo  a   b  \n")
    assert run.values == ("echo  a   b",)
    assert not run.json
