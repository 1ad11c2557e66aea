"""The corpus summary: how many real Dockerfiles each rule flags, shown at the end of every run.

A test records its lines with the ``corpus_summary`` fixture; the terminal
summary prints them whether or not output is captured (no ``-s`` needed).
"""

from __future__ import annotations

import pytest

_SUMMARY = pytest.StashKey[list[str]]()


@pytest.fixture
def corpus_summary(request: pytest.FixtureRequest) -> list[str]:
    """Lines to print in the run's terminal summary."""
    return request.config.stash.setdefault(_SUMMARY, [])


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    lines = config.stash.get(_SUMMARY, [])
    if lines:
        terminalreporter.write_sep("-", "files each rule flags in the shared corpus")
        for line in lines:
            terminalreporter.write_line(line)
