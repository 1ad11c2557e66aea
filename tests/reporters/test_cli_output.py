"""The reporters behind the real command line: one small Dockerfile, linted by ``python -m dlint``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

DOCKERFILE = "FROM ubuntu\nMAINTAINER someone@example.com\n"


def dlint(folder: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    project = Path(__file__).resolve().parents[2]
    return subprocess.run(
        [sys.executable, "-m", "dlint", "--no-config", "--select", "DL3006,DL4000", *arguments, "Dockerfile"],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(project), "NO_COLOR": "1"},
    )


def test_cli_gnu_output_matches_golden_file(tmp_path, golden):
    (tmp_path / "Dockerfile").write_text(DOCKERFILE)
    result = dlint(tmp_path, "--format", "gnu")
    assert result.returncode == 1, result.stderr
    golden("cli.gnu", result.stdout)


def test_cli_sarif_points_at_the_file_relative_to_where_dlint_ran(tmp_path):
    (tmp_path / "Dockerfile").write_text(DOCKERFILE)
    run = json.loads(dlint(tmp_path, "--format", "sarif").stdout)["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]} == {"Dockerfile"}
