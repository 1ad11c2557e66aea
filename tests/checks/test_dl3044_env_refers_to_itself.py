from tests.helpers import lint

RULE = "DL3044"


def test_a_value_using_a_name_of_the_same_env_is_reported_on_that_value():
    [finding] = lint("FROM alpine:3.20\nENV DIR=/opt PATH=$DIR/bin:$PATH\n", RULE)
    assert (finding.span.line, finding.span.column) == (2, 19)
    assert "$DIR" in finding.message


def test_braces_count_too():
    assert lint("FROM alpine:3.20\nENV A=1 B=${A}2\n", RULE) != []


def test_a_name_defined_before_is_fine():
    assert lint("FROM alpine:3.20\nENV DIR=/opt\nENV DIR=/srv PATH=$DIR/bin\n", RULE) == []
    assert lint("FROM alpine:3.20\nARG DIR=/opt\nENV DIR=/srv PATH=$DIR/bin\n", RULE) == []


def test_a_value_using_its_own_name_is_fine():
    assert lint("FROM alpine:3.20\nENV PATH=/x:$PATH\n", RULE) == []


def test_a_longer_name_is_another_variable():
    assert lint("FROM alpine:3.20\nENV A=1 B=$AB\n", RULE) == []


def test_separate_envs_are_fine():
    assert lint("FROM alpine:3.20\nENV A=1\nENV B=$A\n", RULE) == []
