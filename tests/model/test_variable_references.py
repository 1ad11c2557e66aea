"""The model's list of expanded words and the variable references in them, with spans."""

from __future__ import annotations

from dlint.model import load
from dlint.model.spans import Span
from dlint.model.variable_references import (
    EXPANDED_WORDS,
    expanded_words,
    expansion_limit,
    variable_references,
)


def references(source: str, **build_args: str) -> list[tuple[str, Span]]:
    return [(r.name, r.span) for r in variable_references(load(source, build_args=build_args))]


def test_reference_in_a_copy_source_points_at_the_dollar_and_name():
    assert references("FROM scratch\nCOPY $SRC /x/\n") == [("SRC", Span(2, 6, 2, 10))]


def test_braced_reference_covers_its_braces_and_default():
    assert references("FROM scratch\nWORKDIR /a/${DIR:-x}\n") == [("DIR", Span(2, 12, 2, 21))]


def test_reference_nested_in_a_default_is_listed_after_the_outer_one():
    assert [name for name, _ in references("FROM scratch\nUSER ${A:-$B}\n")] == ["A", "B"]


def test_reference_on_a_continuation_line_points_at_that_line():
    assert references("FROM scratch\nENV A=1 \\\n    B=$C\n") == [("C", Span(3, 7, 3, 9))]


def test_word_split_over_lines_maps_each_reference_to_its_line():
    found = references("FROM scratch\nCOPY a$X\\\n$Y /d/\n")
    assert found == [("X", Span(2, 7, 2, 9)), ("Y", Span(3, 1, 3, 3))]


def test_arg_default_reference_is_located_after_the_key():
    assert references("FROM scratch\nARG A=x$B\n") == [("B", Span(2, 8, 2, 10))]


def test_arg_default_replaced_by_a_build_arg_is_not_expanded():
    assert references("FROM scratch\nARG A=$B\n", A="1") == []


def test_flag_value_reference_is_located_inside_the_flag():
    assert references("FROM scratch\nCOPY --chown=$U:$G a /b/\n") == [
        ("U", Span(2, 14, 2, 16)), ("G", Span(2, 17, 2, 19)),
    ]


def test_heredoc_body_reference_points_into_the_body():
    assert references("FROM scratch\nCOPY <<EOF /f\nhello $NAME\nEOF\n") == [("NAME", Span(3, 7, 3, 12))]


def test_quoted_heredoc_delimiter_expands_nothing():
    assert references("FROM scratch\nCOPY <<'EOF' /f\nhello $NAME\nEOF\n") == []


def test_json_string_with_escapes_points_references_at_the_whole_word():
    found = references('FROM scratch\nCOPY ["\\u0061$X", "/d/"]\n')
    assert found == [("X", Span(2, 7, 2, 17))]


def test_escaped_and_single_quoted_dollars_are_not_references():
    assert [name for name, _ in references("FROM scratch\nENV A='$X' B=\\$Y C=$Z\n")] == ["Z"]


def test_from_image_and_platform_are_expanded_with_the_global_scope():
    doc = load("ARG TAG=1\nFROM --platform=$P img:$TAG\n")
    found = [(r.name, r.defined, r.word.role) for r in variable_references(doc)]
    assert found == [("TAG", True, "image"), ("P", False, "--platform")]


def test_onbuild_trigger_words_are_listed_but_not_checked_now():
    words = expanded_words(load("FROM scratch\nONBUILD COPY $SRC /x/\n"))
    assert [(w.role, w.checked) for w in words if w.instruction.keyword == "ONBUILD"] == [("argument", False)] * 2


def test_copy_from_and_run_mount_are_listed_but_not_checked():
    words = expanded_words(load("FROM scratch\nCOPY --from=$S a b\nRUN --mount=from=$S,target=/t true\n"))
    assert [(w.role, w.checked) for w in words if w.expansion.references] == [("--from", False), ("--mount", False)]


def test_earlier_key_of_the_same_arg_counts_as_defined():
    doc = load("FROM scratch\nARG A=1 B=$A\n")
    assert [r.defined for r in variable_references(doc)] == [True]


def test_table_lists_the_keywords_buildkit_expands():
    assert set(EXPANDED_WORDS) == {
        "ADD", "COPY", "ENV", "LABEL", "ARG", "USER", "VOLUME", "WORKDIR", "STOPSIGNAL", "EXPOSE", "FROM", "RUN",
    }


def test_doubling_args_report_the_value_limit_once_where_it_is_reached():
    lines = ["ARG A0=xx"] + [f"ARG A{i + 1}=${{A{i}}}${{A{i}}}" for i in range(30)] + ["FROM scratch"]
    limit = expansion_limit(load("\n".join(lines) + "\n"))
    assert limit is not None and (limit.span.line, limit.message) == (18, "a variable expands to more than 128 KiB")


def test_file_within_the_limits_has_no_expansion_limit():
    assert expansion_limit(load("ARG A=1\nFROM scratch\nENV B=$A$A\n")) is None


def test_reference_in_a_word_buildkit_refuses_is_still_listed():
    assert references("FROM scratch\nARG A=${B:flag}\n") == [("B", Span(2, 7, 2, 16))]


def test_stage_built_on_a_stage_keeps_the_image_environment():
    doc = load("FROM alpine AS base\nFROM base\nWORKDIR $HOME\n")
    assert doc.scope(doc.instructions[2]).image_environment is True
