"""A config file dlint cannot use is one line naming it and exit 2, however it is broken.

Deeply nested values, malformed globs, huge files and missing files must never
end in an internal error or a traceback (``run_dlint`` fails on any traceback).
"""

from __future__ import annotations

import pytest
from cli_runner import UNTAGGED, run_dlint, write

from dlint.engine.config.lookup import MOST_CONFIG_BYTES

DEPTH = 5000   # far past Python's recursion limit


@pytest.fixture
def project(tmp_path):
    """A folder that bounds the config search, with a Dockerfile to lint."""
    (tmp_path / ".git").mkdir()
    write(tmp_path, "Dockerfile", UNTAGGED)
    return tmp_path


def config_error(project, name, text):
    write(project, name, text)
    result = run_dlint("--config", name, "Dockerfile", cwd=project)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    return line


@pytest.mark.parametrize(
    "name, text",
    [
        ("lists.yaml", "rules:\n  DLX004:\n    today: " + "[" * DEPTH + "]" * DEPTH + "\n"),
        ("mappings.yaml", "build-args: " + "{a: " * DEPTH + "1" + "}" * DEPTH + "\n"),
        ("lists.toml", "[tool.dlint]\nbuild-args = " + "[" * DEPTH + "]" * DEPTH + "\n"),
        ("tables.toml", "[tool.dlint]\nrules = {DLX004 = " + "{a = " * DEPTH + "1" + "}" * DEPTH + "}\n"),
    ],
)
def test_values_nested_past_the_recursion_limit_are_a_config_error(project, name, text):
    assert config_error(project, name, text) == f"dlint: {name}: error: values nest more than 32 levels deep"


def test_values_nested_a_little_too_deep_are_a_config_error(project):
    text = "rules:\n  DLX004:\n    today: " + "[" * 40 + "]" * 40 + "\n"
    assert config_error(project, "deep.yaml", text) == "dlint: deep.yaml: error: values nest more than 32 levels deep"


def test_a_deeply_nested_hadolint_config_found_by_the_search_is_a_config_error(project):
    write(project, ".hadolint.yaml", "override:\n  error: " + "[" * DEPTH + "]" * DEPTH + "\n")
    result = run_dlint("Dockerfile", cwd=project)
    assert result.returncode == 2
    assert result.stderr.endswith(".hadolint.yaml: error: values nest more than 32 levels deep\n")


@pytest.mark.parametrize(
    "glob, problem",
    [("[z-a]", "bad character range z-a"), ("[!]", "unterminated character set")],
)
def test_a_malformed_per_file_ignores_glob_is_a_config_error_at_its_key(project, glob, problem):
    text = f"per-file-ignores:\n  '{glob}': [DL3006]\n"
    assert config_error(project, "globs.yaml", text) == (
        f"dlint: globs.yaml:2:3: error: per-file-ignores glob {glob!r} is malformed: {problem}"
    )


def test_a_malformed_glob_in_pyproject_is_a_config_error(project):
    text = "[tool.dlint.per-file-ignores]\n'[z-a]' = ['DL3006']\n"
    line = config_error(project, "pyproject.toml", text)
    assert line.startswith("dlint: pyproject.toml:") and line.endswith("glob '[z-a]' is malformed: bad character range z-a")


def test_a_config_over_10_mb_is_refused_without_being_parsed(project):
    text = "# " + "x" * MOST_CONFIG_BYTES + "\nselect: [DL3006]\n"
    assert config_error(project, "huge.yaml", text) == "dlint: huge.yaml: error: config is larger than 10 MB"


def test_a_missing_config_names_no_invented_line_or_column(project):
    result = run_dlint("--config", "missing.yaml", "Dockerfile", cwd=project)
    assert result.returncode == 2
    assert result.stderr == "dlint: missing.yaml: error: no such file\n"


def test_an_unknown_severity_level_on_the_command_line_is_named(project):
    result = run_dlint("--severity", "DL3008=loud", "Dockerfile", cwd=project)
    assert result.returncode == 2
    assert result.stderr == "dlint: error: --severity: unknown level 'loud' for DL3008 (use error, warning, info or style)\n"
