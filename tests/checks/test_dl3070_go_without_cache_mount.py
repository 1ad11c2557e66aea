"""DL3070: go build, get, install, test or mod without a cache mount."""

from __future__ import annotations

import pytest

from tests.helpers import lint

FROM = "FROM golang:1.23\n"


@pytest.mark.parametrize(
    "command", ["go build ./...", "go get example.com/x", "go install ./cmd/x", "go test ./...", "go mod download"]
)
def test_commands_that_fill_go_caches_are_reported(command):
    assert len(lint(FROM + f"RUN {command}\n", "DL3070")) == 1


@pytest.mark.parametrize("command", ["go version", "go env GOPATH", "gofmt -l .", "go -C src build"])
def test_other_commands_are_fine_and_value_flags_are_not_subcommands(command):
    findings = lint(FROM + f"RUN {command}\n", "DL3070")
    assert len(findings) == (1 if command.endswith("build") else 0)


@pytest.mark.parametrize("target", ["/go/pkg/mod", "/root/go/pkg/mod", "/root/.cache/go-build", "~/.cache/go-build"])
def test_a_mount_over_the_module_or_build_cache_is_fine(target):
    assert lint(FROM + f"RUN --mount=type=cache,target={target} go build ./...\n", "DL3070") == []


def test_a_mount_elsewhere_does_not_count():
    assert len(lint(FROM + "RUN --mount=type=cache,target=/src go build ./...\n", "DL3070")) == 1


def test_env_wrapper_and_exec_form_sh_c_are_read():
    assert len(lint(FROM + "RUN env CGO_ENABLED=0 go build -o /app .\n", "DL3070")) == 1
    assert len(lint(FROM + 'RUN ["sh", "-c", "CGO_ENABLED=0 go build -o /app ."]\n', "DL3070")) == 1
