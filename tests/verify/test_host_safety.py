"""``dlint verify`` on a hostile or unusual build context: the host's files stay untouched, and the
findings checked are those a plain ``dlint`` run reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.verify.verify_cli import dlint_verify


def verify_text(folder: Path, text: str) -> subprocess.CompletedProcess[str]:
    (folder / "Dockerfile").write_text(text)
    return dlint_verify(str(folder / "Dockerfile"))


def test_rebuild_never_writes_through_a_symlink_out_of_the_context(engine, tmp_path):
    outside = tmp_path / "outside.py"
    outside.write_text("untouched\n")
    context = tmp_path / "context"
    context.mkdir()
    (context / "requirements.txt").write_text("flask\n")
    (context / "main.py").write_text("print(1)\n")
    (context / "app.py").symlink_to(outside)
    finished = verify_text(context, "FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\n")
    assert "rebuild (after changing main.py)" in finished.stdout
    assert outside.read_text() == "untouched\n"


def test_fifo_in_the_context_is_skipped_with_a_notice(engine, tmp_path):
    (tmp_path / "requirements.txt").write_text("flask\n")
    (tmp_path / "app.py").write_text("print(1)\n")
    os.mkfifo(tmp_path / "pipe")
    finished = verify_text(tmp_path, "FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\n")
    assert "rebuild (after changing app.py)" in finished.stdout
    assert "note: pipe is a FIFO, socket or device; the rebuild's copy of the context left it out" in finished.stdout


def test_findings_are_those_of_a_plain_dlint_run(engine, tmp_path):
    (tmp_path / ".dlint.yaml").write_text("ignore: [DL4000]\n")
    text = "# dlint global ignore=DLX005\nFROM busybox:1.36\nMAINTAINER someone\nCMD [\"sh\"]\nCMD [\"true\"]\n"
    (tmp_path / "Dockerfile").write_text(text)
    plain = subprocess.run([sys.executable, "-m", "dlint", "--format", "json", str(tmp_path / "Dockerfile")],
                           capture_output=True, text=True, check=False)
    linted = {(finding["rule"], finding["line"]) for finding in json.loads(plain.stdout)["findings"]}
    verified = json.loads(dlint_verify("--format", "json", str(tmp_path / "Dockerfile")).stdout)["results"][0]
    reported = {(claim["rule"], claim["line"]) for claim in verified["claims"] if claim["reported"]}
    assert {rule for rule, _line in reported} & {"DL4000", "DLX005"} == set()
    assert reported and reported <= linted
