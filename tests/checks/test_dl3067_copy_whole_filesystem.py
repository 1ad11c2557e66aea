"""DL3067: COPY --from of a whole filesystem onto /."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

STAGE = "FROM debian:12 AS build\nRUN echo hi > /hi\nFROM debian:12\n"


def test_root_onto_root_is_reported_on_the_paths():
    findings = lint(STAGE + "COPY --from=build / /\n", "DL3067")
    assert [f.span for f in findings] == [Span(4, 19, 4, 22)]


@pytest.mark.parametrize("paths", ['"/" "/"', "/. /", "/ /.", "/etc / /"])
def test_spellings_of_root(paths):
    assert len(lint(STAGE + f"COPY --from=build {paths}\n", "DL3067")) == 1


@pytest.mark.parametrize("copy", ["COPY / /", "COPY --from=build /app /", "COPY --from=build / /app"])
def test_fine_copies(copy):
    assert lint(STAGE + copy + "\n", "DL3067") == []


def test_destination_from_an_arg():
    assert len(lint(STAGE + "ARG DEST=/\nCOPY --from=build / ${DEST}\n", "DL3067")) == 1


def test_onbuild_trigger():
    assert len(lint(STAGE + "ONBUILD COPY --from=build / /\n", "DL3067")) == 1
