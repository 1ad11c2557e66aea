"""DL3062: go install, go get or go run without a version."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM golang:1.22\n"


def test_unpinned_module_is_reported_on_its_word():
    findings = lint(FROM + "RUN go install \\\n    example.com/a@v1.0.0 example.com/b@latest\n", "DL3062")
    assert [f.span for f in findings] == [Span(3, 26, 3, 46)]


@pytest.mark.parametrize("command", [
    "go install example.com/tool@v1.2.3", "go install .", "go install ./cmd/app", "go install ./...",
    "go install /go/src/app", "go install tool", "go get example.com/lib@v0.3.0",
    "go run example.com/tool@v1.2.3 --flag value", "go run . arg", "go build ./...",
    "go install -ldflags '-s -w' ./cmd/app",
])
def test_pinned_forms_are_fine(command):
    assert lint(FROM + f"RUN {command}\n", "DL3062") == []


@pytest.mark.parametrize("command", [
    "go install example.com/tool", "go install example.com/tool@latest", "go get -u example.com/lib",
    "go get example.com/lib@upgrade", "go run example.com/tool", "go install tool example.com/x",
])
def test_unpinned_forms_are_reported(command):
    assert len(lint(FROM + f"RUN {command}\n", "DL3062")) == 1


def test_go_run_arguments_are_not_packages():
    assert lint(FROM + "RUN go run example.com/gen@v1.0.0 example.com/other\n", "DL3062") == []


def test_version_from_an_arg_is_expanded():
    assert lint(FROM + "ARG V=v1.2.3\nRUN go install example.com/tool@$V\n", "DL3062") == []
    assert len(lint(FROM + "ARG V=latest\nRUN go install example.com/tool@${V}\n", "DL3062")) == 1


def test_onbuild_and_sh_dash_c():
    assert len(lint(FROM + "ONBUILD RUN go install example.com/tool\n", "DL3062")) == 1
    assert len(lint(FROM + 'RUN ["sh", "-c", "go install example.com/tool"]\n', "DL3062")) == 1
