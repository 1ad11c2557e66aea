"""DL3018: apk add without version pins."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM alpine:3.20\n"


def test_unpinned_packages_are_reported_on_their_words():
    findings = lint(FROM + "RUN apk add --no-cache curl git=2.45.2-r0 bash\n", "DL3018")
    assert [f.span for f in findings] == [Span(2, 24, 2, 47)]
    assert "`curl`, `bash`" in findings[0].message


def test_versions_ranges_and_local_files_count_as_pinned():
    assert lint(FROM + "RUN apk add curl=8.11.0-r2 gcc~13.2 ./pkg-1.0.apk\n", "DL3018") == []


def test_virtual_and_repository_values_are_not_packages():
    text = FROM + "RUN apk add -t .deps --repository https://dl-cdn.alpinelinux.org/alpine/edge curl=8.11.0-r2\n"
    assert lint(text, "DL3018") == []


def test_unpinned_word_on_a_continuation_line_is_reported_there():
    text = FROM + "RUN apk add --no-cache \\\n    curl=8.11.0-r2 \\\n    libffi\n"
    assert [f.span for f in lint(text, "DL3018")] == [Span(4, 5, 4, 11)]


def test_arg_value_is_expanded_and_judged():
    text = FROM + "ARG CURL=curl=8.11.0-r2\nARG GIT=git\nRUN apk add $CURL $GIT\n"
    findings = lint(text, "DL3018")
    assert [f.span for f in findings] == [Span(4, 19, 4, 23)]


def test_variable_with_unknown_value_is_not_judged():
    assert lint(FROM + "RUN apk add $PACKAGES\n", "DL3018") == []


def test_apk_del_is_not_judged():
    assert lint(FROM + "RUN apk del curl\n", "DL3018") == []


def test_onbuild_trigger_is_judged():
    assert [f.span.line for f in lint(FROM + "ONBUILD RUN apk add curl\n", "DL3018")] == [2]
