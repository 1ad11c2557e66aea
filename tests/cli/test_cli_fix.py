"""``dlint --fix``, ``--unsafe-fixes`` and ``--diff`` as a user runs them."""

from __future__ import annotations

import json
import textwrap

import pytest
from cli_runner import run_dlint, write

MAINTAINER = "FROM alpine:3.20\r\nMAINTAINER jane\r\n# keep\r\nRUN echo hi\r\n"
FIXED = 'FROM alpine:3.20\r\nLABEL org.opencontainers.image.authors="jane"\r\n# keep\r\nRUN echo hi\r\n'
# a plugin rule whose fix may change the image: `RUN true` becomes `RUN :`
UNSAFE_PLUGIN = textwrap.dedent(
    '''
    from dlint.rule_api import Edit, Fix, Severity, Violation, rule


    @rule("ACME900", title="true is spelt :", severity=Severity.STYLE, fixable=True)
    def colon(doc, ctx):
        for instruction in doc.instructions:
            if instruction.keyword == "RUN" and instruction.values == ("true",):
                span = instruction.args[0].span
                yield Violation(span, "write :", fix=Fix("write :", (Edit(span, ":"),), unsafe_because="another program"))
    '''
)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / ".git").mkdir()
    return tmp_path


@pytest.fixture
def site(tmp_path):
    site = tmp_path / "site"
    (site / "acme_unsafe.py").parent.mkdir(parents=True)
    (site / "acme_unsafe.py").write_text(UNSAFE_PLUGIN)
    info = site / "acme_unsafe-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme_unsafe\nVersion: 0.1.0\n")
    (info / "entry_points.txt").write_text("[dlint.rules]\nacme = acme_unsafe\n")
    return site


def test_fix_rewrites_the_file_keeping_every_other_byte(folder):
    path = write(folder, "Dockerfile", MAINTAINER.encode())
    run_dlint("--fix", "--select", "DL4000", "Dockerfile", cwd=folder)
    assert path.read_bytes() == FIXED.encode()


def test_fix_exits_by_the_findings_that_remain(folder):
    write(folder, "Dockerfile", MAINTAINER.encode())
    fixed = run_dlint("--fix", "--select", "DL4000", "Dockerfile", cwd=folder)
    assert (fixed.returncode, fixed.stdout) == (0, "0 findings in 1 file (1 fixed)\n")


def test_fix_reports_the_findings_it_could_not_fix(folder):
    write(folder, "Dockerfile", "FROM ubuntu\nMAINTAINER jane\n")
    fixed = run_dlint("--fix", "--select", "DL4000,DL3006", "Dockerfile", cwd=folder)
    assert fixed.returncode == 1
    assert "DL3006" in fixed.stdout and "DL4000" not in fixed.stdout
    assert fixed.stdout.splitlines()[-1] == "1 finding in 1 file (1 fixed)"


def test_a_file_without_fixes_is_not_written(folder):
    path = write(folder, "Dockerfile", "FROM ubuntu:24.04\n")
    before = path.stat().st_mtime_ns
    assert run_dlint("--fix", "Dockerfile", cwd=folder).returncode in (0, 1)
    assert path.stat().st_mtime_ns == before


def test_diff_prints_the_changes_and_writes_nothing(folder):
    path = write(folder, "Dockerfile", "FROM alpine:3.20\nMAINTAINER jane\n")
    shown = run_dlint("--diff", "--select", "DL4000", "Dockerfile", cwd=folder)
    assert shown.returncode == 1
    assert shown.stdout.splitlines() == [
        "--- a/Dockerfile",
        "+++ b/Dockerfile",
        "@@ -1,2 +1,2 @@",
        " FROM alpine:3.20",
        "-MAINTAINER jane",
        '+LABEL org.opencontainers.image.authors="jane"',
    ]
    assert path.read_text() == "FROM alpine:3.20\nMAINTAINER jane\n"


def test_diff_exits_0_when_nothing_would_change(folder):
    write(folder, "Dockerfile", "FROM alpine:3.20\n")
    shown = run_dlint("--diff", "--select", "DL4000", "Dockerfile", cwd=folder)
    assert (shown.returncode, shown.stdout) == (0, "")


def test_fix_on_stdin_prints_the_fixed_text_and_reports_on_stderr(folder):
    fixed = run_dlint("--fix", "--select", "DL4000,DL3006", "-", cwd=folder, stdin="FROM ubuntu\nMAINTAINER jane\n")
    assert fixed.stdout == 'FROM ubuntu\nLABEL org.opencontainers.image.authors="jane"\n'
    assert "DL3006" in fixed.stderr
    assert fixed.returncode == 1


def test_fix_on_stdin_prints_the_text_even_when_nothing_changes(folder):
    fixed = run_dlint("--fix", "--select", "DL4000", "-", cwd=folder, stdin="FROM alpine:3.20\n")
    assert (fixed.returncode, fixed.stdout) == (0, "FROM alpine:3.20\n")


def test_unsafe_fixes_need_fix_or_diff(folder):
    refused = run_dlint("--unsafe-fixes", "Dockerfile", cwd=folder)
    assert refused.returncode == 2
    assert "--unsafe-fixes applies fixes: use it with --fix or --diff" in refused.stderr


def test_an_unsafe_fix_waits_for_unsafe_fixes(folder, site):
    path = write(folder, "Dockerfile", "FROM alpine:3.20\nRUN true\n")
    safe_only = run_dlint("--fix", "--select", "ACME900", "Dockerfile", cwd=folder, python_path=[site])
    assert path.read_text() == "FROM alpine:3.20\nRUN true\n"
    assert safe_only.stdout.splitlines()[-1] == "1 finding in 1 file (0 fixed, 1 fixable with --unsafe-fixes)"
    run_dlint("--fix", "--unsafe-fixes", "--select", "ACME900", "Dockerfile", cwd=folder, python_path=[site])
    assert path.read_text() == "FROM alpine:3.20\nRUN :\n"


def test_the_summary_counts_safe_and_unsafe_fixes_apart(folder, site):
    write(folder, "Dockerfile", "FROM alpine:3.20\nMAINTAINER jane\nRUN true\n")
    linted = run_dlint("--select", "ACME900,DL4000", "Dockerfile", cwd=folder, python_path=[site])
    assert linted.stdout.splitlines()[-1] == "2 findings in 1 file (1 fixable with --fix, 1 more with --unsafe-fixes)"


def test_json_marks_fixable_findings_and_carries_the_fix(folder):
    write(folder, "Dockerfile", "FROM alpine:3.20\nMAINTAINER jane\n")
    (finding,) = json.loads(run_dlint("--format", "json", "--select", "DL4000", "Dockerfile", cwd=folder).stdout)["findings"]
    assert finding["fixable"] is True
    assert finding["fix"] == {
        "description": 'Replace MAINTAINER with `LABEL org.opencontainers.image.authors="jane"`',
        "safe": True,
        "unsafe_because": None,
        "edits": [
            {"line": 2, "column": 1, "end_line": 2, "end_column": 16, "replacement": 'LABEL org.opencontainers.image.authors="jane"'}
        ],
    }


def test_sarif_with_fixes_of_every_declarative_rule_is_valid(folder):
    from tests.reporters.test_sarif_reporter import assert_valid

    write(folder, "Dockerfile", "from golang:1.22 AS Build\nMAINTAINER jane\nENV A b c\nEXPOSE 80/TCP\nFROM alpine:3.20\nCOPY --from=Build /a /a\n")
    log = json.loads(run_dlint("--format", "sarif", "Dockerfile", cwd=folder).stdout)
    fixes = [fix for result in log["runs"][0]["results"] for fix in result.get("fixes", ())]
    assert len(fixes) >= 5
    assert_valid(log)


def test_fix_with_several_processes_fixes_every_file(folder):
    paths = [write(folder, f"app{number}/Dockerfile", "FROM alpine:3.20\nMAINTAINER jane\n") for number in range(9)]
    run_dlint("--fix", "-j", "2", "--select", "DL4000", ".", cwd=folder)
    assert {path.read_text() for path in paths} == {'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="jane"\n'}


def test_a_fixed_file_that_cannot_be_written_is_an_error(tmp_path, capsys):
    from dlint.cli.fix_output import write_fixes
    from dlint.engine.report import Rewrite

    folder = tmp_path / "Dockerfile"
    folder.mkdir()   # even root cannot write a file over a folder
    assert write_fixes([Rewrite(str(folder), "FROM a as b\n", "FROM a AS b\n", 1)]) is False
    assert capsys.readouterr().err == f"dlint: {folder}: error: cannot write the fixed file: is a directory\n"
