"""DL4007: COPY of the whole build context."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM node:22-slim\nWORKDIR /app\n"


@pytest.mark.parametrize("source", [".", "./", "'./'", '"."', "./.", "/"])
def test_the_context_root_in_any_spelling_is_reported(source):
    assert len(lint(FROM + f"COPY {source} .\n", "DL4007")) == 1


def test_the_finding_is_on_the_source_word():
    (finding,) = lint(FROM + "COPY --chown=node:node package.json . /app/\n", "DL4007")
    assert finding.span == Span(3, 37, 3, 38)


def test_a_source_that_expands_to_the_context_root_is_reported():
    assert len(lint(FROM + "ARG SRC=.\nCOPY ${SRC} /app\n", "DL4007")) == 1


def test_exec_form_is_read():
    assert len(lint(FROM + 'COPY [".", "/app"]\n', "DL4007")) == 1


@pytest.mark.parametrize("source", ["src/", "package.json package-lock.json", "./src", ".env.example", "*.json"])
def test_named_files_and_folders_are_fine(source):
    assert lint(FROM + f"COPY {source} ./\n", "DL4007") == []


def test_copy_from_a_stage_copies_no_context():
    text = "FROM golang:1.23 AS build\nRUN go version\nFROM scratch\nCOPY --from=build . .\n"
    assert lint(text, "DL4007") == []


def test_onbuild_copy_is_reported():
    assert [f.span.line for f in lint(FROM + "ONBUILD COPY . /app\n", "DL4007")] == [3]


def test_add_is_left_to_other_rules():
    assert lint(FROM + "ADD . /app\n", "DL4007") == []


def test_one_finding_per_copy():
    assert len(lint(FROM + "COPY . ./ /app/\n", "DL4007")) == 1
