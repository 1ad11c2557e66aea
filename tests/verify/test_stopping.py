"""A ``dlint verify`` stopped in the middle of a build leaves nothing behind and exits promptly.

The Dockerfile builds quickly the first time and sleeps on the rebuild (when
the probed file has grown), so the signal arrives while a build container
runs and the temporary copy of the context exists. Every image and container
carries a marker (a label, and the RUN commands), so what this run made is
found among whatever else the engine holds.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid

import pytest

SLEEPS = 300


def dockerfile(marker: str) -> str:
    return (
        "FROM python:3.12-slim\n"
        f"LABEL org.dlint.test.marker={marker}\n"
        "COPY requirements.txt .\n"
        f"RUN pip install -r requirements.txt && echo {marker}\n"
        "COPY . .\n"
        f'RUN if [ "$(wc -l < app.py)" -gt 1 ]; then sleep {SLEEPS}; fi; echo {marker}\n'
    )


def containers_with(engine, marker: str) -> list[str]:
    listed = subprocess.run([engine.executable, "ps", "-a", "--no-trunc", "--format", "{{.ID}} {{.Command}}"],
                            capture_output=True, text=True, check=True)
    return [line for line in listed.stdout.splitlines() if marker in line]


def images_with(engine, marker: str) -> list[str]:
    ids = subprocess.run([engine.executable, "image", "ls", "-a", "-q", "--no-trunc"],
                         capture_output=True, text=True, check=True).stdout.split()
    if not ids:
        return []
    inspected = subprocess.run([engine.executable, "image", "inspect", *sorted(set(ids))],
                               capture_output=True, text=True, check=False)
    return [image["Id"] for image in json.loads(inspected.stdout or "[]") if marker in json.dumps(image)]


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return False


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stopped_run_leaves_no_container_image_or_copy_and_exits_promptly(engine, tmp_path, signal_number):
    marker = f"dlint-stop-{uuid.uuid4().hex}"
    context, temporary = tmp_path / "context", tmp_path / "tmp"
    context.mkdir()
    temporary.mkdir()
    (context / "Dockerfile").write_text(dockerfile(marker))
    (context / "requirements.txt").write_text("flask\n")
    (context / "app.py").write_text("print(1)\n")
    running = subprocess.Popen(
        [sys.executable, "-m", "dlint", "verify", str(context / "Dockerfile")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "TMPDIR": str(temporary)},
    )
    try:
        rebuilding = wait_for(lambda: list(temporary.iterdir()) and containers_with(engine, marker), 120)
        assert rebuilding, "the rebuild never started its slow step"
        running.send_signal(signal_number)
        running.wait(timeout=60)
    finally:
        if running.poll() is None:
            running.kill()
            running.wait()
    assert running.returncode == 128 + signal_number
    assert len(running.stderr.read().strip().splitlines()) == 1
    assert list(temporary.iterdir()) == []
    assert containers_with(engine, marker) == []
    assert images_with(engine, marker) == []


def test_a_finished_run_leaves_no_container_or_image(engine, tmp_path):
    marker = f"dlint-done-{uuid.uuid4().hex}"
    (tmp_path / "Dockerfile").write_text(f"FROM busybox:1.36\nLABEL org.dlint.test.marker={marker}\nRUN echo {marker}\nRUN false\n")
    finished = subprocess.run([sys.executable, "-m", "dlint", "verify", str(tmp_path / "Dockerfile")],
                              capture_output=True, text=True, timeout=300, check=False)
    assert "build failed" in finished.stdout
    assert containers_with(engine, marker) == []
    assert images_with(engine, marker) == []
