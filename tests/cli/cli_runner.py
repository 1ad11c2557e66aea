"""Running ``python -m dlint`` as a user would, for tests where the command line is the contract."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]

UNTAGGED = "FROM ubuntu\n"                 # DL3006: one warning
CLEAN = "FROM ubuntu:24.04\n"              # nothing for DL3006


def run_dlint(
    *args: str,
    cwd: Path,
    stdin: str | bytes | None = None,
    env: Mapping[str, str] | None = None,
    python_path: Sequence[Path] = (),
) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "PYTHONPATH")}
    environment["PYTHONPATH"] = os.pathsep.join(str(p) for p in (PROJECT, *python_path))
    environment.update(env or {})
    binary = isinstance(stdin, bytes)
    completed = subprocess.run(
        [sys.executable, "-m", "dlint", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=not binary,
        env=environment,
        timeout=300,
    )
    if binary:
        completed.stdout = completed.stdout.decode()
        completed.stderr = completed.stderr.decode()
    assert "Traceback" not in completed.stderr or "--debug" in args, completed.stderr
    return completed


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text)
    return path
