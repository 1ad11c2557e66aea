"""Files the command line meets and where its report goes: pipes, unreadable folders, hostile names, output that fails."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from cli_runner import CLEAN, PROJECT, UNTAGGED, run_dlint, write

NOT_UTF8 = os.fsdecode(b"caf\xe9")   # a folder name in Latin-1, as old tarballs carry


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "project"
    (folder / ".git").mkdir(parents=True)   # a config search stops here
    return folder


def test_a_named_pipe_named_on_the_command_line_is_skipped_with_a_notice(project):
    write(project, "Dockerfile", CLEAN)
    os.mkfifo(project / "api.Dockerfile")
    result = run_dlint("--select", "DL3006", "api.Dockerfile", "Dockerfile", cwd=project)
    assert (result.returncode, result.stderr) == (0, "dlint: api.Dockerfile: warning: skipped: a named pipe, not a regular file\n")


def test_a_named_pipe_found_in_a_folder_is_skipped_with_a_notice(project):
    write(project, "Dockerfile", UNTAGGED)
    os.mkfifo(project / "api.Dockerfile")
    result = run_dlint("--select", "DL3006", "--format", "gnu", ".", cwd=project)
    assert result.returncode == 1
    assert result.stderr == "dlint: api.Dockerfile: warning: skipped: a named pipe, not a regular file\n"
    assert result.stdout.startswith("Dockerfile:1:")


def test_dlint_parse_refuses_a_named_pipe_without_opening_it(project):
    os.mkfifo(project / "Dockerfile")
    result = run_dlint("parse", "Dockerfile", cwd=project)
    assert (result.returncode, result.stderr) == (2, "dlint: Dockerfile: error: a named pipe, not a regular file\n")


NOBODY = 65534
DROP_PRIVILEGES_AND_LINT = textwrap.dedent(
    """\
    import os, sys
    from dlint.cli.main import main

    # lint once as root, so every module a lint needs is imported before the checkout becomes unreadable
    main(["--select", "DL3006", "-o", os.devnull, sys.argv[1]])
    os.setgroups([])
    os.setgid(int(sys.argv[2]))
    os.setuid(int(sys.argv[2]))
    sys.exit(main(sys.argv[3:]))
    """
)


def run_as_another_user(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The CLI as a user who is not root, for whom file permissions count."""
    if os.geteuid() != 0:
        return run_dlint(*args, cwd=cwd)
    warm_up = cwd / "warm-up.Dockerfile"
    warm_up.write_text(CLEAN)
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    environment["PYTHONPATH"] = str(PROJECT)
    return subprocess.run(
        [sys.executable, "-c", DROP_PRIVILEGES_AND_LINT, str(warm_up), str(NOBODY), *args],
        cwd=cwd, capture_output=True, text=True, env=environment, timeout=120,
    )


@pytest.fixture
def shared_folder():
    """A folder another user can enter (pytest's own are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="dlint-permissions-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder)


@pytest.mark.skipif(not hasattr(os, "setuid"), reason="needs POSIX users")
def test_an_unreadable_folder_found_by_search_is_permission_denied_and_exits_2(shared_folder):
    write(shared_folder, "ok/Dockerfile", CLEAN)
    write(shared_folder, "locked/Dockerfile", CLEAN)
    (shared_folder / "locked").chmod(0)
    result = run_as_another_user("--select", "DL3006", "ok", "locked", cwd=shared_folder)
    assert result.returncode == 2, result.stderr
    assert result.stderr == "dlint: locked: error: permission denied\n"
    assert "1 file" in result.stdout


@pytest.mark.skipif(not hasattr(os, "setuid"), reason="needs POSIX users")
def test_an_unreadable_file_found_by_search_is_permission_denied_and_exits_2(shared_folder):
    write(shared_folder, "app/Dockerfile", CLEAN)
    (shared_folder / "app" / "Dockerfile").chmod(0)
    result = run_as_another_user("--select", "DL3006", "app", cwd=shared_folder)
    assert (result.returncode, result.stderr) == (2, "dlint: app/Dockerfile: error: permission denied\n")


def test_linting_a_repository_never_runs_its_fsmonitor_command(project):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    shutil.rmtree(project / ".git")
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    marker = project.parent / "fsmonitor-ran"
    write(project, "fsmonitor.sh", f"#!/bin/sh\ntouch '{marker}'\n").chmod(0o755)
    subprocess.run(["git", "config", "core.fsmonitor", str(project / "fsmonitor.sh")], cwd=project, check=True)
    write(project, "Dockerfile", CLEAN)
    assert run_dlint("--select", "DL3006", ".", cwd=project).returncode == 0
    assert not marker.exists()


@pytest.mark.parametrize(
    ("form", "shown"),
    [("text", "caf\\xe9/Dockerfile:1:"), ("gnu", "caf\\xe9/Dockerfile:1:"), ("github", "file=caf\\xe9/Dockerfile,"),
     ("json", '"path": "caf\\\\xe9/Dockerfile"'), ("sarif", '"uri": "caf%E9/Dockerfile"')],
)
def test_a_path_that_is_not_utf8_is_escaped_in_every_format(project, form, shown):
    write(project, f"{NOT_UTF8}/Dockerfile", UNTAGGED)
    result = run_dlint("--select", "DL3006", "--format", form, ".", cwd=project)
    assert result.returncode == 1, result.stderr
    assert shown in result.stdout


def test_a_path_that_is_not_utf8_is_escaped_on_stderr(project):
    write(project, f"{NOT_UTF8}/Dockerfile", b"FROM \xff\n")
    result = run_dlint(".", cwd=project)
    assert result.stderr == "dlint: caf\\xe9/Dockerfile: error: invalid UTF-8 at byte 5 (line 1, column 6)\n"


@pytest.mark.parametrize("form", ["text", "gnu"])
def test_control_characters_from_a_dockerfile_never_reach_the_terminal(project, form):
    write(project, "Dockerfile", "FROM ubu\x1b]0;owned\x07ntu\n")
    result = run_dlint("--format", form, "--color", "never", "Dockerfile", cwd=project)
    assert result.returncode == 1
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "ubu\\x1b]0;owned\\x07ntu" in result.stdout


def test_output_onto_a_named_input_is_refused_and_leaves_it_untouched(project):
    write(project, "Dockerfile", UNTAGGED)
    result = run_dlint("-o", "./Dockerfile", "Dockerfile", cwd=project)
    assert (result.returncode, result.stderr) == (2, "dlint: error: --output: ./Dockerfile is a file being linted; it is left as it is\n")
    assert (project / "Dockerfile").read_text() == UNTAGGED


def test_output_onto_a_file_found_by_search_is_refused(project):
    write(project, "app/Dockerfile", UNTAGGED)
    result = run_dlint("--output", "app/Dockerfile", ".", cwd=project)
    assert result.returncode == 2
    assert (project / "app" / "Dockerfile").read_text() == UNTAGGED


def test_output_onto_the_stdin_filename_is_refused(project):
    write(project, "Dockerfile", UNTAGGED)
    result = run_dlint("-o", "Dockerfile", "--stdin-filename", "Dockerfile", "-", cwd=project, stdin=CLEAN)
    assert result.returncode == 2
    assert (project / "Dockerfile").read_text() == UNTAGGED


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_report_that_cannot_be_written_to_stdout_is_an_error(project):
    write(project, "Dockerfile", UNTAGGED)
    with open("/dev/full", "w") as full:
        completed = subprocess.run(
            [sys.executable, "-m", "dlint", "Dockerfile"], cwd=project, stdout=full, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(PROJECT)}, timeout=120,
        )
    assert (completed.returncode, completed.stderr) == (2, "dlint: error: cannot write the report: no space left on device\n")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_report_that_cannot_be_written_to_the_output_file_is_an_error(project):
    write(project, "Dockerfile", UNTAGGED)
    result = run_dlint("-o", "/dev/full", "Dockerfile", cwd=project)
    assert (result.returncode, result.stderr) == (2, "dlint: /dev/full: error: cannot write the report: no space left on device\n")


@pytest.mark.parametrize("form", ["json", "sarif", "text"])
def test_a_reader_that_closes_the_pipe_keeps_the_exit_status_of_the_findings(project, form):
    for number in range(40):
        write(project, f"app{number}/Dockerfile", UNTAGGED + "MAINTAINER someone\nRUN apt-get install curl\n")
    run = subprocess.Popen(
        [sys.executable, "-m", "dlint", "--format", form, "."], cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
    )
    run.stdout.read(10)
    run.stdout.close()   # as ``| head -c 10`` does
    stderr = run.stderr.read().decode()
    assert (run.wait(timeout=120), stderr) == (1, "")


def test_an_empty_search_says_so_and_exits_0(project):
    write(project, "docs/README.md", "# no Dockerfiles here\n")
    result = run_dlint(".", "docs", cwd=project)
    assert (result.returncode, result.stderr) == (0, "dlint: warning: no Dockerfiles found in ., docs\n")


def test_a_search_of_a_plain_folder_lints_only_real_dockerfiles(project):
    shutil.rmtree(project / ".git")
    for name in ("dockerfile.py", "Dockerfile.md", "dockerfile.rst", "Dockerfile.json", "dockerfile.sh", "Dockerfile.j2",
                 ".venv/lib/python3.12/site-packages/pkg/dockerfile.abi3.so", "node_modules/pkg/Dockerfile"):
        write(project, name, "not a Dockerfile\n")
    write(project, "Dockerfile", CLEAN)
    result = run_dlint("--select", "DL3006", ".", cwd=project)
    assert (result.returncode, result.stdout.splitlines()[-1]) == (0, "0 findings in 1 file")


def test_a_file_named_on_the_command_line_is_linted_whatever_its_name(project):
    write(project, "Dockerfile.j2", UNTAGGED)
    assert run_dlint("--select", "DL3006", "Dockerfile.j2", cwd=project).returncode == 1


def test_dlint_parse_reads_standard_input_under_the_stdin_filename(project):
    result = run_dlint("parse", "--stdin-filename", "services/api/Dockerfile", "-", cwd=project, stdin=UNTAGGED)
    assert result.returncode == 0
    assert json.loads(result.stdout)["path"] == "services/api/Dockerfile"


def test_dlint_parse_of_standard_input_without_a_name_calls_it_dash(project):
    result = run_dlint("parse", "--format", "buildkit-dump", "-", cwd=project, stdin=UNTAGGED)
    assert (result.returncode, result.stdout) == (0, '(from "ubuntu")\n')


@pytest.mark.parametrize("form", ["json", "buildkit-dump"])
def test_dlint_parse_exits_1_for_a_refused_file_in_both_formats(project, form):
    write(project, "Dockerfile", "FROM ubuntu\nCOPY only-one\n")
    assert run_dlint("parse", "--format", form, "Dockerfile", cwd=project).returncode == 1


def test_dlint_parse_reports_a_crash_for_its_file_and_prints_the_others(project, monkeypatch, capsys):
    from dlint.cli import parse_command

    write(project, "good/Dockerfile", UNTAGGED)
    write(project, "bad/Dockerfile", "FROM crash-here\n")
    real_load = parse_command.load

    def load(source, path):
        if "crash-here" in source:
            raise RecursionError("maximum recursion depth exceeded")
        return real_load(source, path=path)

    monkeypatch.setattr(parse_command, "load", load)
    status = parse_command.run([str(project / "bad" / "Dockerfile"), str(project / "good" / "Dockerfile")])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.err == f"dlint: {project / 'bad' / 'Dockerfile'}: error: internal error: RecursionError: maximum recursion depth exceeded\n"
    assert json.loads(captured.out)["path"] == str(project / "good" / "Dockerfile")
