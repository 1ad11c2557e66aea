"""``dlint [OPTIONS] [PATH...]`` as a subprocess: options, formats, exit codes and error paths."""

from __future__ import annotations

import json
import re

import pytest
from cli_runner import CLEAN, UNTAGGED, run_dlint, write


@pytest.fixture
def project(tmp_path):
    """A folder that bounds the config search (it looks like a repository root)."""
    (tmp_path / ".git").mkdir()
    return tmp_path


def dlint(project, *args, **kwargs):
    return run_dlint(*args, cwd=project, **kwargs)


# exit codes


def test_no_findings_exits_0(project):
    write(project, "Dockerfile", CLEAN)
    result = dlint(project, "--select", "DL3006", "Dockerfile")
    assert result.returncode == 0
    assert result.stdout.strip() == "0 findings in 1 file"


def test_a_finding_exits_1(project):
    write(project, "Dockerfile", UNTAGGED)
    result = dlint(project, "--select", "DL3006", "Dockerfile")
    assert result.returncode == 1
    assert result.stdout.startswith("Dockerfile:1:6: DL3006")


def test_fail_on_above_the_findings_level_exits_0(project):
    write(project, "Dockerfile", UNTAGGED)
    assert dlint(project, "--select", "DL3006", "--fail-on", "error", "Dockerfile").returncode == 0


def test_fail_on_none_exits_0_with_findings(project):
    write(project, "Dockerfile", UNTAGGED)
    assert dlint(project, "--select", "DL3006", "--fail-on", "none", "Dockerfile").returncode == 0


def test_severity_override_changes_the_level_and_the_exit_code(project):
    write(project, "Dockerfile", UNTAGGED)
    result = dlint(project, "--select", "DL3006", "--severity", "DL3006=error", "--fail-on", "error", "--format", "gnu", "Dockerfile")
    assert result.returncode == 1
    assert ": error: " in result.stdout


def test_bad_severity_option_is_a_one_line_usage_error(project):
    result = dlint(project, "--severity", "DL3006=loud", "Dockerfile")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "dlint: error: --severity: unknown level 'loud' for DL3006 (use error, warning, info or style)"
    ]


def test_severity_option_without_a_level_is_a_one_line_usage_error(project):
    result = dlint(project, "--severity", "DL3006", "Dockerfile")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "dlint: error: --severity expects RULE=LEVEL with LEVEL one of error, warning, info, style, not 'DL3006'"
    ]


def test_unknown_rule_in_select_is_a_one_line_usage_error(project):
    result = dlint(project, "--select", "DL3006,NOPE1", "Dockerfile")
    assert result.returncode == 2
    assert result.stderr == "dlint: error: --select: unknown rule or prefix 'NOPE1'\n"


def test_unknown_option_is_a_usage_error(project):
    result = dlint(project, "--frobnicate")
    assert result.returncode == 2
    assert "unrecognized arguments: --frobnicate" in result.stderr


# choosing rules


def test_ignore_drops_a_rule(project):
    write(project, "Dockerfile", UNTAGGED)
    result = dlint(project, "--select", "DL3006,DL3007", "--ignore", "DL3006", "Dockerfile")
    assert result.returncode == 0


def test_select_accepts_a_prefix(project):
    write(project, "Dockerfile", UNTAGGED)
    result = dlint(project, "--select", "DL30", "--format", "json", "Dockerfile")
    assert "DL3006" in {f["rule"] for f in json.loads(result.stdout)["findings"]}


def test_select_all_turns_on_rules_that_are_off_by_default(project):
    write(project, "Dockerfile", "# dlint ignore=DL3006\n" + CLEAN)
    result = dlint(project, "--select", "ALL", "--format", "json", "Dockerfile")
    assert "DLX012" in {f["rule"] for f in json.loads(result.stdout)["findings"]}


def test_extend_select_adds_an_off_by_default_rule(project):
    write(project, "Dockerfile", "# dlint ignore=DL3006\n" + CLEAN)
    result = dlint(project, "--select", "DL3006", "--extend-select", "DLX012", "--format", "gnu", "Dockerfile")
    assert "[DLX012]" in result.stdout


def test_ignore_comment_silences_a_finding(project):
    write(project, "Dockerfile", "# hadolint ignore=DL3006\n" + UNTAGGED)
    assert dlint(project, "--select", "DL3006", "Dockerfile").returncode == 0


def test_build_arg_feeds_variable_expansion(project):
    write(project, "Dockerfile", "ARG TAG=24.04\nFROM ubuntu:$TAG\n")
    assert dlint(project, "--select", "DL3007", "Dockerfile").returncode == 0
    assert dlint(project, "--select", "DL3007", "--build-arg", "TAG=latest", "Dockerfile").returncode == 1


def test_buildkit_check_build_arg_skips_buildkit_rules(project):
    write(project, "Dockerfile", "FROM ubuntu:24.04 AS Build\n")
    assert dlint(project, "--select", "StageNameCasing", "Dockerfile").returncode == 1
    skipped = dlint(project, "--select", "StageNameCasing", "--build-arg", "BUILDKIT_DOCKERFILE_CHECK=skip=all", "Dockerfile")
    assert skipped.returncode == 0


def test_bad_build_arg_is_a_usage_error(project):
    result = dlint(project, "--build-arg", "=x", "Dockerfile")
    assert result.returncode == 2
    assert result.stderr.startswith("dlint: error: --build-arg expects KEY=VALUE")


# configuration


def test_a_discovered_config_applies(project):
    write(project, "Dockerfile", UNTAGGED)
    write(project, ".dlint.yaml", "select: [DL3006]\nfail-on: error\n")
    assert dlint(project, "Dockerfile").returncode == 0


def test_a_config_in_pyproject_applies(project):
    write(project, "Dockerfile", UNTAGGED)
    write(project, "pyproject.toml", '[tool.dlint]\nselect = ["DL3006"]\nignore = ["DL3006"]\n')
    assert dlint(project, "Dockerfile").returncode == 0


def test_a_hadolint_config_applies_unchanged(project):
    write(project, "Dockerfile", UNTAGGED)
    write(project, ".hadolint.yaml", "ignored:\n  - DL3006\n  - SC2086\nfailure-threshold: error\n")
    assert dlint(project, "--select", "DL3006", "Dockerfile").returncode == 0


def test_command_line_overrides_the_config(project):
    write(project, "Dockerfile", UNTAGGED)
    write(project, ".dlint.yaml", "select: [DL3006]\nfail-on: error\n")
    assert dlint(project, "--fail-on", "warning", "Dockerfile").returncode == 1


def test_config_option_names_a_config_elsewhere(project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("configs") / "strict.yaml"
    elsewhere.write_text("select: [DL3006]\nfail-on: none\n")
    write(project, "Dockerfile", UNTAGGED)
    assert dlint(project, "--config", str(elsewhere), "Dockerfile").returncode == 0


def test_config_option_reads_any_toml_file_by_its_tool_dlint_table(project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("configs") / "dlint.toml"
    elsewhere.write_text('[tool.dlint]\nselect = ["DL3006"]\nfail-on = "none"\n')
    write(project, "Dockerfile", UNTAGGED)
    assert dlint(project, "--config", str(elsewhere), "Dockerfile").returncode == 0


def test_config_option_with_a_toml_file_without_tool_dlint_is_an_error(project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("configs") / "dlint.toml"
    elsewhere.write_text('select = ["DL3006"]\n')
    write(project, "Dockerfile", UNTAGGED)
    result = dlint(project, "--config", str(elsewhere), "Dockerfile")
    assert result.returncode == 2
    assert "no [tool.dlint] table" in result.stderr


def test_no_config_ignores_config_files(project):
    write(project, "Dockerfile", UNTAGGED)
    write(project, ".dlint.yaml", "fail-on: none\n")
    assert dlint(project, "--no-config", "--select", "DL3006", "Dockerfile").returncode == 1


def test_per_file_ignores_apply_to_matching_files(project):
    write(project, "legacy/Dockerfile", UNTAGGED)
    write(project, "app/Dockerfile", UNTAGGED)
    write(project, ".dlint.yaml", "select: [DL3006]\nper-file-ignores:\n  'legacy/**': [DL3006]\n")
    result = dlint(project, "--format", "gnu", ".")
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["app/Dockerfile"]


def test_a_bad_config_names_file_line_and_column_and_exits_2(project):
    write(project, "Dockerfile", UNTAGGED)
    write(project, ".dlint.yaml", "select: [DL3006]\nseverity:\n  DL3006: loud\n")
    result = dlint(project, "Dockerfile")
    assert result.returncode == 2
    assert result.stdout == ""
    assert re.fullmatch(r"dlint: \S*\.dlint\.yaml:3:3: error: severity DL3006 must be one of .*\n", result.stderr)


def test_config_and_no_config_together_are_a_usage_error(project):
    assert dlint(project, "--config", "x.yaml", "--no-config").returncode == 2


# files, folders and stdin


def test_no_path_searches_the_current_folder(project):
    write(project, "services/api/Dockerfile", UNTAGGED)
    write(project, "services/api/README.md", "FROM nothing\n")
    result = dlint(project, "--select", "DL3006", "--format", "gnu")
    assert result.stdout.startswith("services/api/Dockerfile:1:6:")


def test_a_folder_is_searched_for_every_dockerfile_name(project):
    for name in ("Dockerfile", "Containerfile", "api.Dockerfile", "Dockerfile.dev", "Containerfile.arm"):
        write(project, f"src/{name}", UNTAGGED)
    write(project, "src/Dockerfile.dockerignore", "node_modules\n")
    result = dlint(project, "--select", "DL3006", "--format", "json", "src")
    assert json.loads(result.stdout)["files"] == 5


def test_stdin_is_linted_under_the_stdin_filename(project):
    result = dlint(project, "--select", "DL3006", "--format", "gnu", "--stdin-filename", "app/Dockerfile", "-", stdin=UNTAGGED)
    assert result.stdout.startswith("app/Dockerfile:1:6:")


def test_stdin_without_a_name_is_called_dash(project):
    result = dlint(project, "--select", "DL3006", "--format", "gnu", "-", stdin=UNTAGGED)
    assert result.stdout.startswith("-:1:6:")


def test_stdin_filename_alone_reads_stdin(project):
    result = dlint(project, "--select", "DL3006", "--format", "gnu", "--stdin-filename", "Dockerfile", stdin=UNTAGGED)
    assert result.stdout.startswith("Dockerfile:1:6:")


def test_stdin_finds_the_config_from_its_filename(project):
    write(project, "app/.dlint.yaml", "fail-on: none\n")
    result = dlint(project, "--select", "DL3006", "--stdin-filename", "app/Dockerfile", "-", stdin=UNTAGGED)
    assert result.returncode == 0


def test_binary_stdin_is_reported(project):
    result = dlint(project, "-", stdin=b"FROM a\0\n")
    assert result.returncode == 2
    assert result.stderr == "dlint: -: error: binary file (NUL byte at offset 6, line 1)\n"


def test_an_unreadable_file_gets_one_stderr_line_and_the_others_are_linted(project):
    write(project, "good/Dockerfile", UNTAGGED)
    write(project, "bad.Dockerfile", b"FROM a\nRUN \xc3\x28\n")
    result = dlint(project, "--select", "DL3006", "--format", "gnu", "bad.Dockerfile", "good/Dockerfile", "missing/Dockerfile")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "dlint: bad.Dockerfile: error: invalid UTF-8 at byte 11 (line 2, column 5)",
        "dlint: missing/Dockerfile: error: no such file or directory",
    ]
    assert result.stdout.startswith("good/Dockerfile:1:6:")


def test_a_file_over_10_mb_is_refused(project):
    write(project, "Dockerfile", b"# " + b"x" * (10 * 1024 * 1024) + b"\n")
    result = dlint(project, "Dockerfile")
    assert (result.returncode, result.stderr) == (2, "dlint: Dockerfile: error: file is larger than 10 MB\n")


def test_a_syntax_error_is_a_finding_not_a_problem(project):
    write(project, "Dockerfile", "FROM ubuntu:24.04\nFROBNICATE now\n")
    report = json.loads(dlint(project, "--format", "json", "Dockerfile").stdout)
    assert report["errors"] == []
    assert ("DL1000", 2) in {(f["rule"], f["line"]) for f in report["findings"]}


# output


@pytest.mark.parametrize("form", ["text", "json", "sarif", "gnu", "github"])
def test_every_format_reports_the_finding(project, form):
    write(project, "Dockerfile", UNTAGGED)
    result = dlint(project, "--select", "DL3006", "--format", form, "Dockerfile")
    assert result.returncode == 1
    assert "DL3006" in result.stdout


def test_json_output_is_json(project):
    write(project, "Dockerfile", UNTAGGED)
    report = json.loads(dlint(project, "--select", "DL3006", "--format", "json", "Dockerfile").stdout)
    assert [(f["rule"], f["line"], f["column"]) for f in report["findings"]] == [("DL3006", 1, 6)]


def test_sarif_output_is_sarif(project):
    write(project, "Dockerfile", UNTAGGED)
    log = json.loads(dlint(project, "--select", "DL3006", "--format", "sarif", "Dockerfile").stdout)
    assert log["version"] == "2.1.0"
    assert log["runs"][0]["results"][0]["ruleId"] == "DL3006"


def test_gnu_output_is_one_line_per_finding(project):
    write(project, "Dockerfile", UNTAGGED)
    result = dlint(project, "--select", "DL3006", "--format", "gnu", "Dockerfile")
    assert re.fullmatch(r"Dockerfile:1:6: warning: .* \[DL3006\]\n", result.stdout)


def test_github_output_is_workflow_commands(project):
    write(project, "Dockerfile", UNTAGGED)
    result = dlint(project, "--select", "DL3006", "--format", "github", "Dockerfile")
    assert result.stdout.startswith("::warning ")


def test_output_writes_the_report_to_a_file(project):
    write(project, "Dockerfile", UNTAGGED)
    result = dlint(project, "--select", "DL3006", "--format", "json", "--output", "report.json", "Dockerfile")
    assert result.returncode == 1 and result.stdout == ""
    assert json.loads((project / "report.json").read_text())["findings"][0]["rule"] == "DL3006"


def test_an_unwritable_output_is_an_error(project):
    write(project, "Dockerfile", UNTAGGED)
    result = dlint(project, "--output", "no/such/folder/report.txt", "Dockerfile")
    assert result.returncode == 2
    assert result.stderr.startswith("dlint: no/such/folder/report.txt: error: cannot write the report")


def test_color_always_colours_the_text(project):
    write(project, "Dockerfile", UNTAGGED)
    assert "\x1b[" in dlint(project, "--select", "DL3006", "--color", "always", "Dockerfile").stdout


def test_color_never_and_auto_off_a_terminal_do_not(project):
    write(project, "Dockerfile", UNTAGGED)
    assert "\x1b[" not in dlint(project, "--select", "DL3006", "--color", "never", "Dockerfile").stdout
    assert "\x1b[" not in dlint(project, "--select", "DL3006", "Dockerfile").stdout


def test_statistics_count_findings_per_rule(project):
    write(project, "Dockerfile", UNTAGGED + "FROM debian\n")
    result = dlint(project, "--select", "DL3006", "--statistics", "Dockerfile")
    assert re.search(r"^\s*2\s+DL3006\s+warning", result.stdout, re.MULTILINE)


def test_quiet_prints_findings_without_the_summary(project):
    write(project, "Dockerfile", UNTAGGED)
    result = dlint(project, "--select", "DL3006", "--quiet", "Dockerfile")
    assert "DL3006" in result.stdout and "finding" not in result.stdout.splitlines()[-1]


def test_version_prints_the_version(project):
    result = dlint(project, "--version")
    assert (result.returncode, result.stdout) == (0, "dlint 0.1.0\n")


def test_help_lists_the_options_and_subcommands(project):
    result = dlint(project, "--help")
    assert result.returncode == 0
    assert "--fail-on" in result.stdout and "dlint explain RULE" in result.stdout


def test_parallel_jobs_give_the_same_ordered_report(project):
    for number in range(12):
        write(project, f"s{number:02}/Dockerfile", UNTAGGED * (number % 3 + 1))
    serial = dlint(project, "--format", "json", ".")
    parallel = dlint(project, "--format", "json", "--jobs", "2", ".")
    assert serial.stdout == parallel.stdout
    assert json.loads(serial.stdout)["files"] == 12


def test_bad_jobs_value_is_a_usage_error(project):
    assert dlint(project, "--jobs", "many").returncode == 2


def test_one_problem_found_by_two_rules_is_one_finding_naming_both(project):
    write(project, "Dockerfile", "FROM alpine:3.20\nCMD run\n")
    result = dlint(project, "--select", "DL3025,JSONArgsRecommended", "--format", "json", "Dockerfile")
    [finding] = json.loads(result.stdout)["findings"]
    assert (finding["rule"], finding["aliases"], finding["line"]) == ("JSONArgsRecommended", ["DL3025"], 2)


def test_text_and_sarif_show_the_merged_rule_among_the_aliases(project):
    write(project, "Dockerfile", "FROM alpine:3.20\nCMD run\n")
    text = dlint(project, "--select", "DL3025,JSONArgsRecommended", "Dockerfile").stdout
    assert "JSONArgsRecommended [DL3025] warning" in text
    sarif = json.loads(dlint(project, "--select", "DL3025,JSONArgsRecommended", "--format", "sarif", "Dockerfile").stdout)
    [result] = sarif["runs"][0]["results"]
    assert (result["ruleId"], result["properties"]["aliases"]) == ("JSONArgsRecommended", ["DL3025"])


def test_ignoring_either_rule_of_a_merged_pair_keeps_the_others_finding(project):
    write(project, "Dockerfile", "FROM alpine:3.20\nCMD run\n")
    for ignored, kept in (("DL3025", "JSONArgsRecommended"), ("JSONArgsRecommended", "DL3025")):
        result = dlint(project, "--select", "DL3025,JSONArgsRecommended", "--ignore", ignored, "--format", "json", "Dockerfile")
        assert [f["rule"] for f in json.loads(result.stdout)["findings"]] == [kept]
