import pytest

from tests.helpers import lint

RULE = "DL3043"


@pytest.mark.parametrize("trigger", ["ONBUILD ONBUILD RUN x", "ONBUILD FROM debian:12", "ONBUILD MAINTAINER me"])
def test_forbidden_triggers_are_reported(trigger):
    [finding] = lint(f"FROM alpine:3.20\n{trigger}\n", RULE)
    assert finding.span.line == 2


def test_other_triggers_are_fine():
    assert lint("FROM alpine:3.20\nONBUILD RUN make\nONBUILD COPY . /src\n", RULE) == []
