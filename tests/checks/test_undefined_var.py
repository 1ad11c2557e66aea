"""UndefinedVar: variables used before any ARG or ENV declares them."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_undefined_variable_is_reported_on_its_reference():
    findings = lint("FROM alpine:3.20\nCOPY $foo /x/\n", "UndefinedVar")
    assert [(f.span, f.message) for f in findings] == [(Span(2, 6, 2, 10), "Usage of undefined variable '$foo'")]


def test_typo_gets_the_closest_defined_name():
    findings = lint("FROM alpine:3.20\nENV PATH=$PAHT:/app/bin\n", "UndefinedVar")
    assert findings[0].message == "Usage of undefined variable '$PAHT' (did you mean $PATH?)"


def test_name_differing_only_in_case_is_preferred():
    findings = lint("FROM alpine:3.20\nARG FOO=1\nCOPY $foo /x/\n", "UndefinedVar")
    assert findings[0].message == "Usage of undefined variable '$foo' (did you mean $FOO?)"


def test_arg_without_default_declares_the_name():
    assert lint("FROM alpine:3.20\nARG foo\nCOPY $foo /x/\n", "UndefinedVar") == []


def test_braced_reference_with_a_default_still_counts_as_a_use():
    findings = lint("FROM alpine:3.20\nWORKDIR ${DIR:-/app}\n", "UndefinedVar")
    assert [(f.span, f.message) for f in findings] == [(Span(2, 9, 2, 21), "Usage of undefined variable '$DIR'")]


@pytest.mark.parametrize(
    "instruction",
    ["ENV A=$X", "LABEL a=$X", "USER $X", "VOLUME $X", "STOPSIGNAL $X", "WORKDIR /$X", "ADD $X /", "COPY --chown=$X a /", "ARG A=$X"],
)
def test_every_expanded_instruction_is_checked(instruction):
    assert len(lint(f"FROM alpine:3.20\n{instruction}\n", "UndefinedVar")) == 1


@pytest.mark.parametrize(
    "instruction",
    ["RUN echo $X", "CMD echo $X", "ENTRYPOINT echo $X", "HEALTHCHECK CMD echo $X", "EXPOSE $X", "ONBUILD COPY $X /"],
)
def test_instructions_the_shell_or_nobody_expands_are_not_checked(instruction):
    assert lint(f"FROM alpine:3.20\n{instruction}\n", "UndefinedVar") == []


def test_env_of_the_parent_stage_is_inherited():
    text = "FROM alpine:3.20 AS base\nENV DIR=/app\nFROM base\nWORKDIR $DIR\n"
    assert lint(text, "UndefinedVar") == []


def test_global_arg_needs_redeclaring_inside_the_stage():
    text = "ARG VERSION=1\nFROM alpine:3.20\nLABEL version=$VERSION\n"
    assert len(lint(text, "UndefinedVar")) == 1


def test_redeclared_global_arg_is_defined():
    text = "ARG VERSION=1\nFROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION\n"
    assert lint(text, "UndefinedVar") == []


def test_variable_used_in_its_own_arg_default_is_undefined():
    assert len(lint("FROM alpine:3.20\nARG A=$A\n", "UndefinedVar")) == 1


def test_earlier_key_of_the_same_arg_is_defined():
    assert lint("FROM alpine:3.20\nARG A=1 B=$A\n", "UndefinedVar") == []


def test_default_replaced_by_a_build_arg_is_not_expanded():
    assert lint("FROM alpine:3.20\nARG A=$X\n", "UndefinedVar", build_args={"A": "1"}) == []


def test_each_word_reports_the_name_once():
    findings = lint("FROM alpine:3.20\nCOPY $X/a $X/b /dst/\n", "UndefinedVar")
    assert [f.span.column for f in findings] == [6, 11]


def test_heredoc_body_with_unquoted_delimiter_is_checked_at_the_reference():
    text = "FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhello $NAME\nEOF\n"
    findings = lint(text, "UndefinedVar")
    assert [(f.span, f.message) for f in findings] == [(Span(3, 7, 3, 12), "Usage of undefined variable '$NAME'")]


def test_heredoc_body_with_quoted_delimiter_is_not_expanded():
    assert lint("FROM alpine:3.20\nCOPY <<'EOF' /etc/motd\nhello $NAME\nEOF\n", "UndefinedVar") == []


def test_escaped_dollar_is_not_a_reference():
    assert lint("FROM alpine:3.20\nLABEL price=\\$5\n", "UndefinedVar") == []


def test_single_quoted_text_is_not_expanded():
    assert lint("FROM alpine:3.20\nLABEL a='$X'\n", "UndefinedVar") == []


def test_backtick_escape_directive_is_honoured():
    text = "# escape=`\nFROM alpine:3.20\nLABEL price=`$5 other=$Y\n"
    assert [f.message for f in lint(text, "UndefinedVar")] == ["Usage of undefined variable '$Y'"]


def test_stage_on_an_image_with_unknown_environment_is_not_checked():
    assert lint("FROM golang:1.22\nCOPY . $GOPATH/src/app\n", "UndefinedVar") == []


def test_stage_on_scratch_through_a_parent_stage_is_checked():
    text = "FROM scratch AS base\nFROM base\nCOPY app $DEST\n"
    assert len(lint(text, "UndefinedVar")) == 1


def test_sbom_build_args_are_not_environment_variables():
    assert lint("FROM alpine:3.20\nLABEL a=$BUILDKIT_SBOM_SCAN_STAGE\n", "UndefinedVar") == []


def test_escaped_reference_before_a_real_one_is_skipped_when_pointing():
    findings = lint("FROM alpine:3.20\nLABEL a=\\$X b=$X\n", "UndefinedVar")
    assert [f.span.column for f in findings] == [15]


def test_did_you_mean_stops_once_the_file_spent_its_comparison_budget():
    from dlint.checks.undefined_var import SUGGESTION_BUDGET

    count = 1000
    declared = " ".join(f"NAME{i}=1" for i in range(count))
    uses = "".join(f"COPY $NAMEX{i} /x/\n" for i in range(count))
    findings = lint(f"FROM scratch\nENV {declared}\n{uses}", "UndefinedVar")
    suggested = [f for f in findings if "did you mean" in f.message]
    assert (len(findings), len(suggested)) == (count, SUGGESTION_BUDGET // (count + 1))
