"""Crash isolation: one file's problem never costs the others their report, in one process or in workers; a stopped run leaves no workers.

The plugins here are made visible as ``pip install`` would make them (see
test_plugin.py); each misbehaves only on files holding its marker word.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from cli_runner import PROJECT, UNTAGGED, run_dlint, write
from test_plugin import install

MISBEHAVING_RULES = textwrap.dedent(
    """\
    import os
    import signal
    import time

    from dlint.rule_api import Severity, rule


    def _marked(doc, word):
        return any(word in line for line in doc.lines)


    @rule("BAD001", title="Runs out of memory on a marked file", severity=Severity.INFO)
    def runs_out_of_memory(doc, ctx):
        if _marked(doc, "out-of-memory"):
            raise MemoryError()
        return []


    @rule("BAD002", title="Recurses without end on a marked file", severity=Severity.INFO)
    def recurses(doc, ctx):
        def deeper(depth):
            return deeper(depth + 1)

        if _marked(doc, "recurse-forever"):
            deeper(0)
        return []


    @rule("BAD003", title="Kills its process on a marked file", severity=Severity.INFO)
    def kills_its_process(doc, ctx):
        if _marked(doc, "kill-the-process"):
            os.kill(os.getpid(), signal.SIGKILL)
        return []


    @rule("BAD004", title="Takes its time on a marked file", severity=Severity.INFO)
    def takes_its_time(doc, ctx):
        if _marked(doc, "take-your-time"):
            time.sleep(120)
        return []
    """
)
SELECTED = ("--select", "DL3006,BAD001,BAD002,BAD003,BAD004", "--format", "gnu")


@pytest.fixture
def site(tmp_path):
    site = tmp_path / "site"
    install(site, "misbehaving_rules", {"misbehaving": "misbehaving_rules"})
    write(site, "misbehaving_rules.py", MISBEHAVING_RULES)
    return site


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "project"
    (folder / ".git").mkdir(parents=True)
    for number in range(12):
        write(folder, f"f{number:02}.Dockerfile", UNTAGGED)
    return folder


def untagged_files_reported(stdout: str) -> list[str]:
    return sorted(line.split(":")[0] for line in stdout.splitlines() if line.endswith("[DL3006]"))


def mark(project: Path, name: str, word: str) -> None:
    write(project, name, f"{UNTAGGED}LABEL marker={word}\n")


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(
    ("word", "error"),
    [("out-of-memory", "internal error in rule BAD001: MemoryError"), ("recurse-forever", "internal error in rule BAD002: RecursionError")],
)
def test_a_rule_failing_on_one_file_is_reported_for_that_file_only(project, site, jobs, word, error):
    mark(project, "f03.Dockerfile", word)
    result = run_dlint(*SELECTED, "-j", jobs, ".", cwd=project, python_path=(site,))
    assert result.returncode == 2
    assert result.stderr.startswith(f"dlint: f03.Dockerfile: error: {error}")
    assert len(untagged_files_reported(result.stdout)) == 12


def test_a_file_that_kills_its_worker_is_reported_and_every_other_file_still_is(project, site):
    mark(project, "f05.Dockerfile", "kill-the-process")
    result = run_dlint(*SELECTED, "-j", "3", ".", cwd=project, python_path=(site,))
    assert result.returncode == 2
    assert result.stderr == "dlint: f05.Dockerfile: error: internal error in dlint: the process linting this file died\n"
    assert untagged_files_reported(result.stdout) == [f"f{n:02}.Dockerfile" for n in range(12) if n != 5]


def test_a_json_report_survives_a_file_that_kills_its_worker(project, site):
    mark(project, "f05.Dockerfile", "kill-the-process")
    mark(project, "f09.Dockerfile", "kill-the-process")
    result = run_dlint("--select", "DL3006,BAD003", "--format", "json", "-j", "4", ".", cwd=project, python_path=(site,))
    import json

    report = json.loads(result.stdout)
    assert sorted(error["path"] for error in report["errors"]) == ["f05.Dockerfile", "f09.Dockerfile"]
    assert len(report["findings"]) == 10


def _children(pid: int) -> set[int]:
    children: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        children |= {int(child) for child in (task / "children").read_text().split()}
    return children


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir() or not sys.platform.startswith("linux"), reason="needs Linux's /proc")
def test_workers_end_with_a_run_stopped_by_sigterm(project, site):
    for number in range(12):
        mark(project, f"f{number:02}.Dockerfile", "take-your-time")
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    environment["PYTHONPATH"] = os.pathsep.join(map(str, (PROJECT, site)))
    run = subprocess.Popen(
        [sys.executable, "-m", "dlint", *SELECTED, "-j", "2", "."],
        cwd=project, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while len(workers := _children(run.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(workers) >= 2
        time.sleep(0.5)  # let the workers reach the slow rule
        run.send_signal(signal.SIGTERM)
        run.wait(timeout=30)
        deadline = time.monotonic() + 20
        while any(map(_running, workers)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(map(_running, workers))
    finally:
        run.kill()
        run.wait()
        for worker in filter(_running, workers):  # a failed run must not leave its sleeping workers behind
            os.kill(worker, signal.SIGKILL)
