"""DL3050: with strict-labels, only the labels of the label-schema."""

from __future__ import annotations

from dlint.engine.context import RuleContext
from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM alpine:3.20\n"


def strict(*labels: str, strict_labels: bool = True) -> RuleContext:
    return RuleContext(path="Dockerfile", label_schema={label: "text" for label in labels}, strict_labels=strict_labels)


def test_nothing_is_reported_without_strict_labels():
    assert lint(FROM + "LABEL other=bar\n", "DL3050", context=strict("required", strict_labels=False)) == []


def test_label_of_the_schema_is_fine():
    assert lint(FROM + 'LABEL required="foo"\n', "DL3050", context=strict("required")) == []


def test_other_label_is_reported_on_its_key():
    findings = lint(FROM + 'LABEL other="bar"\n', "DL3050", context=strict("required"))
    assert [f.span for f in findings] == [Span(2, 7, 2, 12)]
    assert "`other`" in findings[0].message


def test_each_superfluous_key_of_an_instruction_is_reported():
    text = FROM + 'LABEL required="foo" other="bar" \\\n  more=1\n'
    assert [f.span for f in lint(text, "DL3050", context=strict("required"))] == [Span(2, 22, 2, 27), Span(3, 3, 3, 7)]


def test_legacy_form_key_is_judged():
    assert len(lint(FROM + "LABEL other some words\n", "DL3050", context=strict("required"))) == 1


def test_strict_labels_without_a_schema_allows_no_label():
    assert len(lint(FROM + "LABEL any=1\n", "DL3050", context=strict())) == 1


def test_onbuild_label_is_judged():
    assert len(lint(FROM + "ONBUILD LABEL other=1\n", "DL3050", context=strict("required"))) == 1


def test_key_is_judged_after_expansion():
    assert lint(FROM + "ARG KEY=required\nLABEL $KEY=1\n", "DL3050", context=strict("required")) == []


def test_key_that_cannot_be_expanded_is_not_judged():
    assert lint(FROM + "ARG KEY\nLABEL $KEY=1\n", "DL3050", context=strict("required")) == []


def test_no_label_no_finding():
    assert lint(FROM + "RUN true\n", "DL3050", context=strict("required")) == []
