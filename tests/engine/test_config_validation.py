"""Reading .dlint.yaml and [tool.dlint]: every key, and errors that name file, line and column."""

from __future__ import annotations

import textwrap

import pytest
from rule_fixtures import make_rule, sample_index

from dlint.engine.config.dlint_file import ConfigError, fail_threshold
from dlint.engine.config.lookup import read_config
from dlint.engine.findings import Severity
from dlint.engine.selection import RuleIndex

INDEX = sample_index()


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return str(path)


def yaml_config(tmp_path, text, index=INDEX):
    return read_config(write(tmp_path, ".dlint.yaml", text), index)


def yaml_error(tmp_path, text, index=INDEX) -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        yaml_config(tmp_path, text, index)
    return caught.value


def test_rule_lists_accept_yaml_lists(tmp_path):
    config = yaml_config(tmp_path, "select: [DL3006, DL3007]\n")
    assert config.selection.select == ("DL3006", "DL3007")


def test_rule_lists_accept_comma_separated_strings(tmp_path):
    config = yaml_config(tmp_path, "ignore: DL3006, DL3007\n")
    assert config.selection.ignore == ("DL3006", "DL3007")


def test_select_left_out_keeps_the_defaults(tmp_path):
    assert yaml_config(tmp_path, "ignore: [DL3006]\n").selection.select is None


def test_extend_select_is_read(tmp_path):
    assert yaml_config(tmp_path, "extend-select: [DLX011]\n").selection.extend_select == ("DLX011",)


def test_severity_maps_rules_to_levels(tmp_path):
    config = yaml_config(tmp_path, "severity:\n  DL3006: error\n  DL4: Style\n")
    assert config.severities == (("DL3006", Severity.ERROR), ("DL4", Severity.STYLE))


def test_fail_on_is_read(tmp_path):
    assert yaml_config(tmp_path, "fail-on: warning\n").fail_on == "warning"


def test_fail_on_none_never_fails():
    assert fail_threshold("none") is None


def test_fail_on_unset_fails_on_any_finding():
    assert fail_threshold(None) is Severity.STYLE


def test_per_file_ignores_map_globs_to_rules(tmp_path):
    config = yaml_config(tmp_path, 'per-file-ignores:\n  "legacy/**": [DL3006]\n')
    assert config.per_file_ignores == (("legacy/**", ("DL3006",)),)


def test_build_args_are_strings(tmp_path):
    config = yaml_config(tmp_path, 'build-args: {TAG: "1.20", DEBUG: true, COUNT: 3}\n')
    assert config.build_args == {"TAG": "1.20", "DEBUG": "true", "COUNT": "3"}


def test_trusted_registries_label_schema_and_strict_labels_are_read(tmp_path):
    config = yaml_config(
        tmp_path,
        """\
        trusted-registries: [registry.example.com]
        label-schema: {maintainer: email, version: semver}
        strict-labels: true
        """,
    )
    assert config.trusted_registries == ("registry.example.com",)
    assert config.label_schema == {"maintainer": "email", "version": "semver"}
    assert config.strict_labels is True


def test_rule_options_are_read_by_rule_id(tmp_path):
    index = RuleIndex({"DL3026": make_rule("DL3026", options={"trusted-registries": []})})
    config = yaml_config(tmp_path, "rules:\n  dl3026: {trusted-registries: [docker.io]}\n", index)
    assert config.rule_options == {"DL3026": {"trusted-registries": ["docker.io"]}}


def test_an_empty_file_is_an_empty_config(tmp_path):
    config = yaml_config(tmp_path, "")
    assert config.selection.select is None and config.severities == ()


def test_unknown_key_names_file_line_and_column(tmp_path):
    error = yaml_error(tmp_path, "select: [DL3006]\nignored: [DL3007]\n")
    assert (error.line, error.column) == (2, 1)
    assert error.path.endswith(".dlint.yaml")
    assert "unknown key 'ignored'" in error.message


def test_unknown_rule_points_at_the_list_item(tmp_path):
    error = yaml_error(tmp_path, "ignore:\n  - DL3006\n  - DL9999\n")
    assert (error.line, error.column) == (3, 5)
    assert "DL9999" in error.message


def test_unknown_rule_in_severity_points_at_its_key(tmp_path):
    error = yaml_error(tmp_path, "severity:\n  DL9999: error\n")
    assert (error.line, error.column) == (2, 3)


def test_bad_level_is_an_error(tmp_path):
    error = yaml_error(tmp_path, "severity:\n  DL3006: fatal\n")
    assert "must be one of error, warning, info, style" in error.message


def test_bad_fail_on_is_an_error(tmp_path):
    assert "fail-on must be one of" in yaml_error(tmp_path, "fail-on: always\n").message


def test_wrong_type_is_an_error(tmp_path):
    error = yaml_error(tmp_path, "strict-labels: yes please\n")
    assert "strict-labels must be true or false" in error.message


def test_unknown_label_type_is_an_error(tmp_path):
    assert "must be one of text, url" in yaml_error(tmp_path, "label-schema: {a: number}\n").message


def test_unquoted_decimal_build_arg_is_an_error(tmp_path):
    assert "quote numbers" in yaml_error(tmp_path, "build-args: {VERSION: 1.20}\n").message


def test_unknown_rule_option_is_an_error(tmp_path):
    index = RuleIndex({"DL3026": make_rule("DL3026", options={"trusted-registries": []})})
    error = yaml_error(tmp_path, "rules:\n  DL3026:\n    registries: [x]\n", index)
    assert (error.line, error.column) == (3, 5)
    assert "has no option 'registries'" in error.message


def test_rule_option_of_the_wrong_type_is_an_error(tmp_path):
    index = RuleIndex({"DL3026": make_rule("DL3026", options={"trusted-registries": []})})
    error = yaml_error(tmp_path, "rules:\n  DL3026: {trusted-registries: docker.io}\n", index)
    assert "must be a list" in error.message


def test_invalid_yaml_is_an_error_with_its_position(tmp_path):
    error = yaml_error(tmp_path, "select: [DL3006\nignore: x\n")
    assert error.message.startswith("invalid YAML")
    assert error.line >= 2


def test_a_config_that_is_not_a_mapping_is_an_error(tmp_path):
    assert "must be a mapping" in yaml_error(tmp_path, "- DL3006\n").message


def test_pyproject_tool_dlint_table_is_read(tmp_path):
    path = write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n\n[tool.dlint]\nselect = ["DL3006"]\nfail-on = "error"\n')
    config = read_config(path, INDEX)
    assert config.selection.select == ("DL3006",)
    assert config.fail_on == "error"


def test_pyproject_without_tool_dlint_is_no_config_when_searching(tmp_path):
    path = write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n')
    assert read_config(path, INDEX, required=False) is None


def test_pyproject_without_tool_dlint_named_explicitly_is_an_error(tmp_path):
    path = write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n')
    with pytest.raises(ConfigError, match=r"no \[tool.dlint\] table"):
        read_config(path, INDEX)


def test_pyproject_error_points_at_the_key_line(tmp_path):
    path = write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n\n[tool.dlint]\nselect = ["DL3006"]\nignore = ["DL9999"]\n')
    with pytest.raises(ConfigError) as caught:
        read_config(path, INDEX)
    assert (caught.value.line, caught.value.column) == (6, 1)


def test_pyproject_nested_table_error_points_at_its_key(tmp_path):
    path = write(tmp_path, "pyproject.toml", '[tool.dlint]\nfail-on = "style"\n\n[tool.dlint.severity]\nDL3006 = "loud"\n')
    with pytest.raises(ConfigError) as caught:
        read_config(path, INDEX)
    assert caught.value.line == 5


def test_invalid_toml_is_an_error_with_its_line(tmp_path):
    path = write(tmp_path, "pyproject.toml", '[tool.dlint]\nselect = [\n')
    with pytest.raises(ConfigError, match="invalid TOML"):
        read_config(path, INDEX)
