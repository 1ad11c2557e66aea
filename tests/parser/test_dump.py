"""The BuildKit ``Node.Dump()`` rendering."""

from __future__ import annotations

from dlint.parser import parse
from dlint.parser.dump import dump


def dumped(text: str) -> str:
    return dump(parse(text).instructions)


def test_each_instruction_is_a_parenthesised_line_with_quoted_arguments():
    assert dumped("FROM alpine AS build\nRUN echo \"hi\"\n") == '(from "alpine" "AS" "build")\n(run "echo \\"hi\\"")'


def test_keywords_are_lower_cased_and_flags_listed_go_style():
    assert dumped("FROM a\nCOPY --from=a --chown=1:1 x y\n").splitlines()[1] == '(copy ["--from=a" "--chown=1:1"] "x" "y")'


def test_onbuild_trigger_is_nested():
    assert dumped('FROM a\nONBUILD RUN ["make", "all"]\n').splitlines()[1] == '(onbuild (run "make" "all"))'


def test_instruction_without_arguments_is_its_keyword_alone():
    assert dumped("FROM a\nHEALTHCHECK\n").splitlines()[1] == "(healthcheck)"


def test_unknown_instruction_shows_an_empty_argument():
    assert dumped("FROM a\nFOO bar\n").splitlines()[1] == '(foo "")'


def test_env_pairs_are_listed_flat_each_with_its_separator():
    assert dumped("FROM a\nENV A=1 B=2\n").splitlines()[1] == '(env "A" "1" "=" "B" "2" "=")'


def test_legacy_key_value_has_an_empty_separator():
    assert dumped("FROM a\nLABEL k v w\n").splitlines()[1] == '(label "k" "v w" "")'


def test_single_pair_with_equals_has_the_equals_separator():
    assert dumped("FROM a\nLABEL k=v\n").splitlines()[1] == '(label "k" "v" "=")'


def test_arg_has_no_separator_node():
    assert dumped("ARG A=1 B\nFROM a\n").splitlines()[0] == '(arg "A=1" "B")'


def test_control_and_non_printable_characters_are_escaped_like_go():
    assert dumped("FROM a\nRUN printf 'a\tb\x01\u00a0é'\n").splitlines()[1] == "(run \"printf 'a\\tb\\x01\\u00a0é'\")"
