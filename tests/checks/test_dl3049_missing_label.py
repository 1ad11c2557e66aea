"""DL3049: every image a Dockerfile builds carries the labels of the label-schema."""

from __future__ import annotations

from dlint.engine.context import RuleContext
from dlint.model.spans import Span
from tests.helpers import lint


def requiring(*labels: str) -> RuleContext:
    return RuleContext(path="Dockerfile", label_schema={label: "text" for label in labels})


def missing(text: str, *labels: str, **kwargs) -> list[tuple[int, str]]:
    findings = lint(text, "DL3049", context=requiring(*labels), **kwargs)
    return [(f.span.line, f.message.split("`")[1]) for f in findings]


def test_nothing_is_required_without_a_schema():
    assert lint("FROM alpine:3.20\n", "DL3049") == []


def test_stage_without_the_label_is_reported_on_its_from_instruction():
    findings = lint("FROM alpine:3.20 AS app\nCMD [\"sh\"]\n", "DL3049", context=requiring("foo"))
    assert [f.span for f in findings] == [Span(1, 1, 1, 24)]
    assert "Label `foo` is missing" in findings[0].message


def test_each_missing_label_is_reported():
    assert missing("FROM alpine:3.20\nLABEL b=1\n", "a", "b", "c") == [(1, "a"), (1, "c")]


def test_label_set_in_the_stage_is_fine():
    assert missing('FROM alpine:3.20\nLABEL foo="bar"\n', "foo") == []


def test_label_set_in_legacy_form_counts():
    assert missing("FROM alpine:3.20\nLABEL foo some value\n", "foo") == []


def test_label_among_several_in_one_instruction_counts():
    assert missing('FROM alpine:3.20\nLABEL a=1 \\\n  foo="bar" b=2\n', "foo") == []


def test_quoted_key_counts_as_the_key():
    assert missing('FROM alpine:3.20\nLABEL "foo"="bar"\n', "foo") == []


def test_two_unrelated_stages_without_the_label_are_both_reported():
    assert missing("FROM stage1\nLABEL bar=1\nFROM stage2\n", "foo") == [(1, "foo"), (3, "foo")]


def test_label_in_one_stage_does_not_cover_an_unrelated_one():
    assert missing("FROM baseimage\nLABEL baz=bar\nFROM newimage\nLABEL foo=bar\n", "foo") == [(1, "foo")]


def test_stage_inherits_the_labels_of_the_stage_it_is_built_from():
    assert missing("FROM baseimage AS base\nLABEL foo=bar\nFROM base\n", "foo") == []


def test_inheritance_goes_through_several_stages():
    text = "FROM alpine:3.20 AS a\nLABEL foo=1\nFROM a AS b\nFROM b AS c\n"
    assert missing(text, "foo") == []


def test_base_stage_of_a_labelled_stage_is_not_judged_whatever_its_name():
    # hadolint reports line 1 here only when the second stage has a name
    assert missing("FROM baseimage AS base\nFROM base AS final\nLABEL foo=bar\n", "foo") == []


def test_base_stage_of_an_unlabelled_stage_is_not_judged_but_the_stage_built_on_it_is():
    assert missing("FROM baseimage AS base\nFROM base\n", "foo") == [(2, "foo")]


def test_copy_source_stage_is_not_judged():
    text = "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\nLABEL foo=bar\n"
    assert missing(text, "foo") == []


def test_copy_source_named_by_index_is_not_judged():
    text = "FROM golang:1.22\nFROM alpine:3.20\nCOPY --from=0 /app /app\nLABEL foo=bar\n"
    assert missing(text, "foo") == []


def test_mount_source_stage_is_not_judged():
    text = "FROM golang:1.22 AS deps\nFROM alpine:3.20\nRUN --mount=from=deps,target=/deps ls /deps\nLABEL foo=bar\n"
    assert missing(text, "foo") == []


def test_copy_from_an_image_exempts_nothing():
    text = "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\nLABEL foo=bar\n"
    assert missing(text, "foo") == [(1, "foo")]


def test_later_label_does_not_cover_an_earlier_stage():
    text = "FROM alpine:3.20 AS first\nFROM alpine:3.20 AS second\nLABEL foo=bar\n"
    assert missing(text, "foo") == [(1, "foo")]


def test_parent_onbuild_label_lands_on_the_child():
    text = "FROM alpine:3.20 AS base\nONBUILD LABEL foo=bar\nFROM base\n"
    assert missing(text, "foo") == []


def test_own_onbuild_label_does_not_label_the_stage_itself():
    assert missing("FROM alpine:3.20\nONBUILD LABEL foo=bar\n", "foo") == [(1, "foo")]


def test_key_from_an_arg_counts_after_expansion():
    assert missing("FROM alpine:3.20\nARG KEY=foo\nLABEL ${KEY}=bar\n", "foo") == []


def test_stage_with_a_key_that_cannot_be_expanded_is_not_judged():
    assert missing("FROM alpine:3.20\nARG KEY\nLABEL ${KEY}=bar\n", "foo") == []


def test_label_key_comparison_is_case_sensitive():
    assert missing("FROM alpine:3.20\nLABEL Foo=bar\n", "foo") == [(1, "foo")]


def test_labels_before_the_first_from_belong_to_no_stage():
    assert missing("LABEL foo=bar\nFROM alpine:3.20\n", "foo") == [(2, "foo")]
