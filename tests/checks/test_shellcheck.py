"""SC rules: ShellCheck's findings on the scripts a Dockerfile runs, at their Dockerfile positions."""

from __future__ import annotations

import shutil

import pytest

from dlint.engine.context import RuleContext
from dlint.engine.findings import Severity
from dlint.engine.registry import registered_rules
from dlint.model.spans import Span
from tests.helpers import lint

SHELLCHECK = shutil.which("shellcheck")
needs_shellcheck = pytest.mark.skipif(SHELLCHECK is None, reason="shellcheck is not installed")

FROM = "FROM debian:12\n"


def shellcheck(dockerfile: str, *codes: str, program: str | None = SHELLCHECK):
    return lint(dockerfile, *codes, context=RuleContext(path="Dockerfile", shellcheck=program))


def spans(findings, code):
    return [finding.span for finding in findings if finding.rule == code]


@needs_shellcheck
def test_a_finding_on_a_one_line_run_points_at_its_word():
    findings = shellcheck(FROM + "RUN echo $HOME\n", "SC2086")
    assert spans(findings, "SC2086") == [Span(2, 10, 2, 15)]


@needs_shellcheck
def test_a_finding_keeps_shellchecks_message_and_level():
    [finding] = shellcheck(FROM + "RUN echo $HOME\n", "SC2086")
    assert finding.message == "Double quote to prevent globbing and word splitting."
    assert finding.severity == Severity.INFO


@needs_shellcheck
def test_findings_after_continuations_and_comment_lines_land_on_their_physical_line():
    dockerfile = FROM + (
        "RUN apt-get update \\\n"
        "# a comment line inside the RUN\n"
        "    && echo \"$undefined\" \\\n"
        "\t&& echo $HOME\n"
    )
    findings = shellcheck(dockerfile, "SC2154", "SC2086")
    assert spans(findings, "SC2154") == [Span(4, 14, 4, 24)]
    assert spans(findings, "SC2086") == [Span(5, 10, 5, 15)]


@needs_shellcheck
def test_a_finding_in_a_heredoc_body_lands_on_the_body_line():
    dockerfile = FROM + "RUN <<EOF\nset -e\necho $HOME\nEOF\n"
    assert spans(shellcheck(dockerfile, "SC2086"), "SC2086") == [Span(4, 6, 4, 11)]


@needs_shellcheck
def test_a_quoted_heredoc_a_shell_reads_is_checked_as_a_script_of_that_shell():
    dockerfile = FROM + "RUN bash <<'EOF'\n[[ -n $HOME ]] && echo $HOME\nEOF\nRUN sh <<'EOF'\n[[ -n $HOME ]]\nEOF\n"
    findings = shellcheck(dockerfile, "SC2086", "SC3010")
    assert spans(findings, "SC2086") == [Span(3, 24, 3, 29)]
    assert spans(findings, "SC3010") == [Span(6, 1, 6, 15)]


@needs_shellcheck
def test_an_unquoted_heredoc_a_shell_reads_is_checked_once_through_the_outer_script():
    dockerfile = FROM + "RUN sh <<EOF\necho $undefined\nEOF\n"
    assert spans(shellcheck(dockerfile, "SC2154", "SC2086"), "SC2154") == [Span(3, 6, 3, 16)]
    assert spans(shellcheck(dockerfile, "SC2086"), "SC2086") == []


@needs_shellcheck
def test_a_heredoc_shebang_picks_the_dialect():
    bash = FROM + "RUN <<EOF\n#!/bin/bash\n[[ -n $HOME ]] && echo yes\nEOF\n"
    sh = FROM + "RUN <<EOF\n#!/bin/sh\n[[ -n $HOME ]] && echo yes\nEOF\n"
    assert shellcheck(bash, "SC3010") == []
    assert spans(shellcheck(sh, "SC3010"), "SC3010") == [Span(4, 1, 4, 15)]


@needs_shellcheck
def test_the_string_of_an_exec_form_sh_c_is_checked_in_place():
    dockerfile = FROM + 'RUN ["sh", "-c", "echo $HOME"]\n'
    assert spans(shellcheck(dockerfile, "SC2086"), "SC2086") == [Span(2, 24, 2, 29)]


@needs_shellcheck
def test_an_exec_form_run_without_a_shell_is_not_shell_text():
    assert shellcheck(FROM + 'RUN ["echo", "$HOME"]\n', "SC2086", "SC2016") == []


@needs_shellcheck
def test_shell_bash_allows_bash_syntax_and_sh_does_not():
    script = "RUN [[ -n $HOME ]] && echo yes\n"
    assert spans(shellcheck(FROM + script, "SC3010"), "SC3010") == [Span(2, 5, 2, 19)]
    assert shellcheck(FROM + 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n' + script, "SC3010") == []


@needs_shellcheck
def test_a_zsh_shell_is_not_checked():
    assert shellcheck(FROM + 'SHELL ["/bin/zsh", "-c"]\nRUN echo $HOME\n', "SC2086") == []


@needs_shellcheck
def test_args_and_envs_in_scope_are_not_unassigned_variables():
    dockerfile = FROM + "ARG version=1\nENV home_dir=/srv\nRUN echo \"$version $home_dir $typo\"\n"
    findings = shellcheck(dockerfile, "SC2154")
    assert [finding.message for finding in findings] == ["typo is referenced but not assigned."]
    assert findings[0].span == Span(4, 30, 4, 35)


@needs_shellcheck
def test_an_arg_declared_after_the_run_is_not_in_its_scope():
    dockerfile = FROM + "RUN echo \"$later\"\nARG later=1\n"
    assert len(shellcheck(dockerfile, "SC2154")) == 1


@needs_shellcheck
def test_a_shebang_keeps_its_line_when_the_exports_are_added():
    dockerfile = FROM + "ARG name=x\nRUN <<EOF\n#!/bin/sh\necho \"$name\"\necho $HOME\nEOF\n"
    findings = shellcheck(dockerfile, "SC2154", "SC2086", "SC1128")
    assert [(finding.rule, finding.span) for finding in findings] == [("SC2086", Span(6, 6, 6, 11))]


@needs_shellcheck
def test_a_non_ascii_character_before_a_finding_counts_as_one_column():
    dockerfile = FROM + "RUN echo 'é' $HOME\n"
    assert spans(shellcheck(dockerfile, "SC2086"), "SC2086") == [Span(2, 14, 2, 19)]


def test_without_shellcheck_sc_rules_report_nothing():
    assert shellcheck(FROM + "RUN echo $HOME\n", "SC2086", program=None) == []


def test_every_shellcheck_code_block_is_a_rule_on_by_default():
    rules = registered_rules()
    for code in ("SC1000", "SC2086", "SC2164", "SC3010"):
        assert code in rules
        assert rules[code].enabled is True
        assert rules[code].url == f"https://www.shellcheck.net/wiki/{code}"


@needs_shellcheck
def test_many_scripts_are_checked_in_several_shellcheck_runs(monkeypatch):
    from dlint.checks import _shellcheck_run

    monkeypatch.setattr(_shellcheck_run, "_FILES_PER_RUN", 2)
    findings = shellcheck(FROM + "".join(f"RUN echo $V{n}\n" for n in range(5)), "SC2086")
    assert [span.line for span in spans(findings, "SC2086")] == [2, 3, 4, 5, 6]
