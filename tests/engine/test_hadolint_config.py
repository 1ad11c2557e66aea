"""A .hadolint.yaml works unchanged: its keys map onto dlint's settings."""

from __future__ import annotations

import pytest
from rule_fixtures import sample_index

from dlint.engine.config.dlint_file import ConfigError
from dlint.engine.config.lookup import read_config
from dlint.engine.findings import Severity

INDEX = sample_index()


def hadolint(tmp_path, text):
    path = tmp_path / ".hadolint.yaml"
    path.write_text(text)
    return read_config(str(path), INDEX)


def test_ignored_rules_are_ignored(tmp_path):
    assert hadolint(tmp_path, "ignored: [DL3006, DL3007]\n").selection.ignore == ("DL3006", "DL3007")


def test_rules_dlint_does_not_have_are_skipped(tmp_path):
    assert hadolint(tmp_path, "ignored: [SC2086, DL3006]\n").selection.ignore == ("DL3006",)


def test_override_sets_severities(tmp_path):
    config = hadolint(tmp_path, "override:\n  error: [DL3006]\n  info: [DL3007, SC2046]\n")
    assert config.severities == (("DL3006", Severity.ERROR), ("DL3007", Severity.INFO))


def test_trusted_registries_are_read(tmp_path):
    assert hadolint(tmp_path, "trustedRegistries: [docker.io, ghcr.io]\n").trusted_registries == ("docker.io", "ghcr.io")


def test_a_single_trusted_registry_may_be_a_string(tmp_path):
    assert hadolint(tmp_path, "trustedRegistries: docker.io\n").trusted_registries == ("docker.io",)


def test_label_schema_and_strict_labels_are_read(tmp_path):
    config = hadolint(tmp_path, "label-schema:\n  author: text\nstrict-labels: true\n")
    assert config.label_schema == {"author": "text"}
    assert config.strict_labels is True


@pytest.mark.parametrize(("threshold", "fail_on"), [("warning", "warning"), ("style", "style"), ("ignore", "none"), ("none", "none")])
def test_failure_threshold_becomes_fail_on(tmp_path, threshold, fail_on):
    assert hadolint(tmp_path, f"failure-threshold: {threshold}\n").fail_on == fail_on


def test_no_fail_never_fails(tmp_path):
    assert hadolint(tmp_path, "failure-threshold: error\nno-fail: true\n").fail_on == "none"


def test_disable_ignore_pragma_turns_inline_ignores_off(tmp_path):
    assert hadolint(tmp_path, "disable-ignore-pragma: true\n").inline_ignores is False


def test_output_options_and_unknown_keys_are_skipped(tmp_path):
    config = hadolint(tmp_path, "format: json\nno-color: true\nsomething-new: 1\nignored: [DL3006]\n")
    assert config.selection.ignore == ("DL3006",)


def test_a_wrong_type_is_still_an_error(tmp_path):
    with pytest.raises(ConfigError) as caught:
        hadolint(tmp_path, "ignored: [DL3006]\nstrict-labels: sometimes\n")
    assert (caught.value.line, caught.value.column) == (2, 1)
