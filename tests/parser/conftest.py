"""Registers the ``corpus`` marker for the tests that read the shared corpus."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "corpus: reads the shared Dockerfile corpus (deselect with -m 'not corpus')")
