"""A container engine for the verify tests, with the stand-in base images made once per session.

Engine tests skip when no engine answers, unless ``DLINT_REQUIRE_ENGINE=1``
(set by CI), where a missing engine fails them instead.
"""

from __future__ import annotations

import os

import pytest

from dlint.verify.bootstrap import bootstrap
from dlint.verify.engine import Engine, EngineUnavailable, find_engine


@pytest.fixture(scope="session")
def engine() -> Engine:
    try:
        found = find_engine("docker", os.environ.get("DLINT_VERIFY_BUILDER"))
        bootstrap(found)
    except EngineUnavailable as unavailable:
        if os.environ.get("DLINT_REQUIRE_ENGINE") == "1":
            pytest.fail(f"DLINT_REQUIRE_ENGINE=1 but no container engine: {unavailable}")
        pytest.skip(f"no container engine reachable: {unavailable}")
    return found
