"""SC rules on the command line: on by default, selection, severities, suppressions, --shellcheck, and the notice without ShellCheck."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.cli.cli_runner import run_dlint, write

needs_shellcheck = pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck is not installed")

UNQUOTED = "FROM debian:12\nRUN echo $HOME && cd /srv\nRUN true\n"
NOTICE = "dlint: notice: shellcheck not found; SC rules skipped (pip install 'dlint-dockerfile[shellcheck]')\n"


def rules_reported(result) -> list[str]:
    return [finding["rule"] for finding in json.loads(result.stdout)["findings"]]


@needs_shellcheck
def test_select_runs_only_the_named_sc_rule(tmp_path):
    write(tmp_path, "Dockerfile", UNQUOTED)
    result = run_dlint("--select", "SC2086", "--format", "json", "--no-config", "Dockerfile", cwd=tmp_path)
    assert result.returncode == 1
    assert rules_reported(result) == ["SC2086"]


@needs_shellcheck
@needs_shellcheck
def test_sc_rules_are_on_by_default(tmp_path):
    write(tmp_path, "Dockerfile", UNQUOTED)
    result = run_dlint("--format", "json", "--no-config", "Dockerfile", cwd=tmp_path)
    assert "SC2086" in rules_reported(result)


def test_ignoring_the_sc_prefix_turns_shellcheck_off(tmp_path):
    write(tmp_path, "Dockerfile", UNQUOTED)
    result = run_dlint("--ignore", "SC", "--format", "json", "--no-config", "Dockerfile", cwd=tmp_path)
    assert not [rule for rule in rules_reported(result) if rule.startswith("SC")]


@needs_shellcheck
def test_the_sc_prefix_selects_them_and_an_ignore_drops_one(tmp_path):
    write(tmp_path, "Dockerfile", UNQUOTED)
    result = run_dlint("--select", "SC", "--ignore", "SC2086", "--format", "json", "--no-config", "Dockerfile", cwd=tmp_path)
    assert "SC2086" not in rules_reported(result)
    assert rules_reported(result)


@needs_shellcheck
def test_a_severity_setting_overrides_shellchecks_level(tmp_path):
    write(tmp_path, "Dockerfile", UNQUOTED)
    result = run_dlint("--select", "SC2086", "--severity", "SC2086=error", "--format", "json", "--no-config", "Dockerfile", cwd=tmp_path)
    assert [finding["severity"] for finding in json.loads(result.stdout)["findings"]] == ["error"]


@needs_shellcheck
def test_a_hadolint_ignore_comment_silences_an_sc_rule(tmp_path):
    write(tmp_path, "Dockerfile", "FROM debian:12\n# hadolint ignore=SC2086\nRUN echo $HOME\nRUN echo $PATH\n")
    result = run_dlint("--select", "SC2086", "--format", "json", "--no-config", "Dockerfile", cwd=tmp_path)
    assert [finding["line"] for finding in json.loads(result.stdout)["findings"]] == [4]


@needs_shellcheck
def test_the_config_can_turn_them_on(tmp_path):
    write(tmp_path, "Dockerfile", UNQUOTED)
    write(tmp_path, ".dlint.yaml", "select: [SC2086]\nshellcheck: shellcheck\n")
    result = run_dlint("--format", "json", "Dockerfile", cwd=tmp_path)
    assert rules_reported(result) == ["SC2086"]


def test_a_named_shellcheck_that_does_not_exist_is_a_usage_error(tmp_path):
    write(tmp_path, "Dockerfile", UNQUOTED)
    result = run_dlint("--shellcheck", str(tmp_path / "missing"), "--no-config", "Dockerfile", cwd=tmp_path)
    assert result.returncode == 2
    assert "--shellcheck" in result.stderr


def test_without_shellcheck_a_selected_sc_rule_gives_one_notice_and_the_run_goes_on(tmp_path):
    write(tmp_path, "a/Dockerfile", UNQUOTED)
    write(tmp_path, "b/Dockerfile", UNQUOTED)
    result = run_dlint("--select", "SC2086,DL3006", "--no-config", ".", cwd=tmp_path, env={"PATH": str(tmp_path)})
    assert result.returncode == 0
    assert result.stderr == NOTICE


def test_without_shellcheck_there_is_no_notice_when_the_sc_rules_are_ignored(tmp_path):
    write(tmp_path, "Dockerfile", UNQUOTED)
    result = run_dlint("--ignore", "SC", "--no-config", "Dockerfile", cwd=tmp_path, env={"PATH": str(tmp_path)})
    assert result.stderr == ""


def test_ignoring_an_sc_rule_is_never_a_usage_error(tmp_path):
    write(tmp_path, "Dockerfile", "FROM debian:12\n")
    result = run_dlint("--ignore", "SC2086", "--fail-on", "none", "--no-config", "Dockerfile", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr == ""


def test_without_shellcheck_a_default_run_gives_the_notice_once(tmp_path):
    write(tmp_path, "a/Dockerfile", UNQUOTED)
    write(tmp_path, "b/Dockerfile", UNQUOTED)
    result = run_dlint("--no-config", "--fail-on", "none", ".", cwd=tmp_path, env={"PATH": str(tmp_path)})
    assert result.returncode == 0
    assert result.stderr == NOTICE
