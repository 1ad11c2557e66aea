"""The README stays true: its rule table matches the registry, and CI runs its test command."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
README = (PROJECT / "README.md").read_text(encoding="utf-8")


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.DOTALL)]


def test_readme_rule_table_is_up_to_date():
    result = subprocess.run(
        [sys.executable, "scripts/rule_table.py", "--check"], cwd=PROJECT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_quick_start_is_two_commands():
    assert quick_start_commands() == ["pip install . && dlint fixtures/", "bash scripts/test.sh"]


def test_ci_runs_the_readme_test_command():
    ci = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    assert quick_start_commands()[1] in ci.splitlines()


def test_the_distribution_name_is_not_the_unrelated_dlint_on_pypi():
    pyproject = (PROJECT / "pyproject.toml").read_text(encoding="utf-8")
    name = re.search(r'^name = "([^"]+)"', pyproject, re.MULTILINE).group(1)
    assert name != "dlint"
    assert f"pipx install {name}" in README and f"uv tool install {name}" in README
    plugin = (PROJECT / "tests" / "plugin_example" / "pyproject.toml").read_text(encoding="utf-8")
    assert f'dependencies = ["{name}"]' in plugin
