"""ENV/LABEL pairs and the form they were written in."""

from __future__ import annotations

from dlint.model import load
from dlint.model.key_value import key_value_pairs


def pairs(line: str):
    return key_value_pairs(load(f"FROM alpine\n{line}\n").instructions[1])


def test_modern_form_gives_every_pair():
    assert [(p.key.value, p.value.value, p.legacy) for p in pairs("ENV A=1 B=2")] == [
        ("A", "1", False),
        ("B", "2", False),
    ]


def test_legacy_form_is_one_pair_with_the_rest_of_the_line():
    assert [(p.key.value, p.value.value, p.legacy) for p in pairs("ENV A 1 B 2")] == [("A", "1 B 2", True)]


def test_empty_value_in_modern_form_is_not_legacy():
    assert [p.legacy for p in pairs("LABEL a=")] == [False]


def test_quoted_key_in_modern_form_is_not_legacy():
    assert [p.legacy for p in pairs('ENV "A"=1')] == [False]


def test_pair_span_covers_key_and_value():
    (pair,) = pairs("ENV A=1")
    assert (pair.span.column, pair.span.end_column) == (5, 8)


def test_other_instructions_have_no_pairs():
    assert pairs("ARG A=1") == ()
    assert pairs("RUN a=1") == ()
