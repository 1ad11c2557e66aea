"""Combining a file's config with the command line, and per-file-ignores globs."""

from __future__ import annotations

import pytest
from rule_fixtures import sample_index

from dlint.engine.config.dlint_file import Config
from dlint.engine.findings import Severity
from dlint.engine.selection import SelectionLayer
from dlint.engine.config.globs import glob_matches
from dlint.engine.config.settings import SettingsResolver

INDEX = sample_index()


def settings(config=None, command_line=Config(), path=None):
    return SettingsResolver(INDEX, command_line).for_file(config, path)


def test_command_line_select_overrides_the_config_select():
    config = Config(path="/x/.dlint.yaml", selection=SelectionLayer(select=("DL3006",)))
    chosen = settings(config, Config(selection=SelectionLayer(select=("DL3007",))))
    assert chosen.rules == {"DL3007"}


def test_command_line_ignore_applies_on_top_of_the_config():
    config = Config(path="/x/.dlint.yaml", selection=SelectionLayer(select=("DL3",)))
    chosen = settings(config, Config(selection=SelectionLayer(ignore=("DL3008",))))
    assert chosen.rules == {"DL3006", "DL3007"}


def test_command_line_severity_wins_over_the_config():
    config = Config(path="/x/.dlint.yaml", severities=(("DL3006", Severity.ERROR),))
    chosen = settings(config, Config(severities=(("DL3006", Severity.INFO),)))
    assert chosen.severities == {"DL3006": Severity.INFO}


def test_command_line_fail_on_wins_over_the_config():
    chosen = settings(Config(path="/x/.dlint.yaml", fail_on="error"), Config(fail_on="none"))
    assert chosen.fail_on is None


def test_config_fail_on_applies_when_the_command_line_sets_none():
    assert settings(Config(path="/x/.dlint.yaml", fail_on="warning")).fail_on is Severity.WARNING


def test_build_args_merge_with_the_command_line_winning():
    config = Config(path="/x/.dlint.yaml", build_args={"A": "1", "B": "2"})
    assert settings(config, Config(build_args={"B": "3"})).build_args == {"A": "1", "B": "3"}


def test_trusted_registries_and_labels_come_from_the_config():
    config = Config(path="/x/.dlint.yaml", trusted_registries=("r.example",), label_schema={"a": "url"}, strict_labels=True)
    chosen = settings(config)
    assert (chosen.trusted_registries, chosen.label_schema, chosen.strict_labels) == (("r.example",), {"a": "url"}, True)


def test_per_file_ignores_drop_rules_for_matching_files(tmp_path):
    config = Config(path=str(tmp_path / ".dlint.yaml"), per_file_ignores=(("legacy/*", ("DL3006",)),))
    assert "DL3006" not in settings(config, path=str(tmp_path / "legacy" / "Dockerfile")).rules


def test_per_file_ignores_leave_other_files_alone(tmp_path):
    config = Config(path=str(tmp_path / ".dlint.yaml"), per_file_ignores=(("legacy/*", ("DL3006",)),))
    assert "DL3006" in settings(config, path=str(tmp_path / "app" / "Dockerfile")).rules


def test_rules_with_adds_experimental_rules_a_file_asks_for():
    chosen = settings()
    assert "CopyIgnoredFile" in chosen.rules_with(INDEX, frozenset({"CopyIgnoredFile"}))


def test_rules_with_keeps_a_rule_the_user_ignored():
    chosen = settings(command_line=Config(selection=SelectionLayer(ignore=("CopyIgnoredFile",))))
    assert "CopyIgnoredFile" not in chosen.rules_with(INDEX, frozenset({"CopyIgnoredFile"}))


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("Dockerfile", "Dockerfile", True),
        ("Dockerfile", "deep/down/Dockerfile", True),
        ("*.Dockerfile", "ci/test.Dockerfile", True),
        ("legacy/*", "legacy/Dockerfile", True),
        ("legacy/*", "legacy/old/Dockerfile", False),
        ("legacy/**", "legacy/old/Dockerfile", True),
        ("legacy/", "legacy/old/Dockerfile", True),
        ("**/test/*", "a/b/test/Dockerfile", True),
        ("**/test/*", "test/Dockerfile", True),
        ("./app/Dockerfile", "app/Dockerfile", True),
        ("app/Dockerfile.?", "app/Dockerfile.a", True),
        ("app/Dockerfile.[!a]", "app/Dockerfile.a", False),
        ("app/Dockerfile.[ab]", "app/Dockerfile.b", True),
    ],
)
def test_glob_matching(pattern, path, matches):
    assert glob_matches(pattern, path) is matches
