"""ENV, LABEL and ARG: key=value pairs, the legacy ``ENV key value`` form, quoting."""

from __future__ import annotations

from dlint.model.spans import Span
from dlint.parser import parse
from tests.parser.support import accepted, only, source_at


def test_env_pairs_alternate_key_and_value():
    env = only('FROM alpine\nENV A=1 B="two words" C=\n')
    assert env.values == ("A", "1", "B", '"two words"', "C", "")


def test_env_key_and_value_have_their_own_spans():
    parsed = accepted('FROM alpine\nENV PATH=/usr/bin NAME="my app"\n')
    args = parsed.instructions[1].args
    assert [source_at(parsed, a.span) for a in args] == ["PATH", "/usr/bin", "NAME", '"my app"']


def test_empty_value_has_a_zero_width_span_after_the_equals_sign():
    env = only("FROM alpine\nENV A=\n")
    assert env.args[1].span == Span(2, 7, 2, 7)


def test_legacy_env_form_takes_the_rest_of_the_line_as_value():
    env = only("FROM alpine\nENV JAVA_OPTS -Xmx1g   -Xms1g\n")
    assert env.values == ("JAVA_OPTS", "-Xmx1g   -Xms1g")
    assert env.args[1].span == Span(2, 15, 2, 30)


def test_legacy_env_with_an_equals_sign_later_in_the_value():
    env = only("FROM alpine\nENV OPTS a=b\n")
    assert env.values == ("OPTS", "a=b")


def test_label_with_quoted_keys_and_escapes():
    label = only('FROM alpine\nLABEL "com.example.vendor"="ACME Inc" version=1.0 desc=a\\ b\n')
    assert label.values == ('"com.example.vendor"', '"ACME Inc"', "version", "1.0", "desc", "a\\ b")


def test_pairs_across_continuation_lines():
    parsed = accepted("FROM alpine\nENV A=1 \\\n    B=2\n")
    env = parsed.instructions[1]
    assert env.values == ("A", "1", "B", "2")
    assert env.args[2].span == Span(3, 5, 3, 6)


def test_escaped_blank_stays_in_the_value():
    env = only("FROM alpine\nENV A=hello\\ world\n")
    assert env.values == ("A", "hello\\ world")


def test_single_quoted_value_keeps_escapes_literal():
    env = only("FROM alpine\nENV A='x\\' B=y\n")
    assert env.values == ("A", "'x\\'", "B", "y")


def test_arg_keeps_name_and_default_together():
    arg = only("FROM alpine\nARG VERSION=1.2 TARGETOS\n")
    assert arg.values == ("VERSION=1.2", "TARGETOS")
    assert arg.args[0].span == Span(2, 5, 2, 16)


def test_arg_with_quoted_default():
    arg = only('FROM alpine\nARG MSG="hello world"\n')
    assert arg.values == ('MSG="hello world"',)


def test_env_without_value_is_refused():
    parsed = parse("FROM alpine\nENV DEBUG\n")
    assert parsed.refusal.message == "ENV must have two arguments"


def test_label_pair_without_equals_is_refused_with_buildkits_message():
    parsed = parse("FROM alpine\nLABEL a=b c\n")
    assert parsed.refusal.message == 'Syntax error - can\'t find = in "c". Must be of the form: name=value'


def test_empty_env_name_is_refused():
    parsed = parse("FROM alpine\nENV =x\n")
    assert parsed.refusal.message == "ENV names can not be blank"


def test_empty_arg_name_is_refused():
    parsed = parse("FROM alpine\nARG =x\n")
    assert parsed.refusal.message == "ARG names can not be blank"
