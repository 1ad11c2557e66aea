"""``dlint rules``, ``dlint explain`` and the dispatch to ``dlint parse`` / ``dlint verify``."""

from __future__ import annotations

import json

import pytest
from cli_runner import run_dlint, write


@pytest.fixture(scope="module")
def listed(tmp_path_factory):
    result = run_dlint("rules", "--format", "json", cwd=tmp_path_factory.mktemp("rules"))
    assert result.returncode == 0
    return json.loads(result.stdout)


def test_rules_json_describes_every_rule(listed):
    keys = {"id", "aliases", "severity", "category", "enabled_by_default", "fixable", "title"}
    assert listed and all(keys <= set(rule) for rule in listed)


def test_rules_lists_off_by_default_rules_as_off(listed):
    assert {"id": "DLX012", "enabled_by_default": False}.items() <= next(r for r in listed if r["id"] == "DLX012").items()


def test_rules_table_has_one_row_per_rule(listed, tmp_path):
    result = run_dlint("rules", cwd=tmp_path)
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["id", "aliases", "severity", "category"]
    assert len(lines) == len(listed) + 1
    assert any(line.startswith("DL3006 ") for line in lines)


def test_rules_table_shortens_a_long_alias_list_and_json_keeps_it_whole(listed, tmp_path):
    row = next(line for line in run_dlint("rules", cwd=tmp_path).stdout.splitlines() if line.startswith("DLX006 "))
    assert "(+11 more)" in row
    assert len(next(r for r in listed if r["id"] == "DLX006")["aliases"]) == 15


def test_explain_prints_the_catalogue_entry(tmp_path):
    result = run_dlint("explain", "DL3006", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("DL3006: ")
    assert "Why is this a problem?" in result.stdout and "Example of a problem:" in result.stdout


def test_explain_accepts_lower_case_codes(tmp_path):
    assert run_dlint("explain", "dl3006", cwd=tmp_path).stdout.startswith("DL3006: ")


def test_explain_accepts_an_alias(listed, tmp_path):
    rule = next(r for r in listed if r["aliases"])
    result = run_dlint("explain", rule["aliases"][-1], cwd=tmp_path)
    assert result.stdout.startswith(f"{rule['id']}: ")


def test_explain_unknown_rule_is_a_one_line_error(tmp_path):
    result = run_dlint("explain", "NOPE1", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "dlint: error: unknown rule 'NOPE1' (dlint rules lists them)\n"
    assert result.stdout == ""


def test_explain_without_a_rule_is_a_usage_error(tmp_path):
    assert run_dlint("explain", cwd=tmp_path).returncode == 2


def test_parse_is_dispatched_to_the_parse_command(tmp_path):
    write(tmp_path, "Dockerfile", "FROM ubuntu:24.04\n")
    result = run_dlint("parse", "--help", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("usage: dlint parse")


def test_verify_is_dispatched_to_the_verify_command(tmp_path):
    result = run_dlint("verify", "--help", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("usage: dlint verify")


def test_a_folder_named_like_a_subcommand_is_linted_with_a_path_prefix(tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path, "rules/Dockerfile", "FROM ubuntu\n")
    result = run_dlint("--select", "DL3006", "--format", "gnu", "./rules", cwd=tmp_path)
    assert result.stdout.startswith("./rules/Dockerfile:1:6:")
