"""Running ``python -m dlint verify`` as a user would, for the tests where the command is the contract."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "verify"


def dlint_verify(*arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dlint", "verify", *arguments],
        capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})}, check=False,
    )


def fixture(case: str) -> str:
    return str(FIXTURES / case / "Dockerfile")
