from tests.helpers import lint

RULE = "DL3061"


def test_an_instruction_before_from_is_reported():
    [finding] = lint("LABEL a=b\nFROM alpine:3.20\n", RULE)
    assert finding.span.line == 1


def test_args_comments_and_directives_may_come_first():
    assert lint("# syntax=docker/dockerfile:1\n# note\nARG V=3.20\nFROM alpine:${V}\nRUN x\n", RULE) == []
