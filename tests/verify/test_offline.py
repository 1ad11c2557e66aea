"""``dlint verify`` never makes the engine fetch anything: each attack is refused before building.

Every URL points at an HTTP server this test runs on 127.0.0.1; the engine's
daemon would fetch from it on the host network. The server must see no request.
"""

from __future__ import annotations

import os
import subprocess
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.verify.verify_cli import dlint_verify


class Recorder(BaseHTTPRequestHandler):
    requests: list[str]

    def do_GET(self) -> None:
        self.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"fetched\n")

    def log_message(self, *_arguments) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    """The base URL of a local HTTP server, and the paths it was asked for."""
    requests: list[str] = []
    handler = type("Handler", (Recorder,), {"requests": requests})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    finally:
        httpd.shutdown()
        httpd.server_close()


def verify_text(folder: Path, text: str) -> subprocess.CompletedProcess[str]:
    (folder / "Dockerfile").write_text(text)
    return dlint_verify(str(folder / "Dockerfile"))


ATTACKS = {
    "arg": "FROM busybox:1.36\nARG U={url}/arg\nADD $U /f\n",
    "env": "FROM busybox:1.36\nENV U={url}/env\nADD ${{U}} /f\n",
    "quoted": 'FROM busybox:1.36\nADD "{url}/quoted" /f\n',
    "json": 'FROM busybox:1.36\nADD ["{url}/json", "/f"]\n',
    "git": "FROM busybox:1.36\nADD {url}/repo.git /src\n",
    "earlier-stage-onbuild": "FROM busybox:1.36 AS base\nONBUILD ADD {url}/onbuild /f\nFROM base\nRUN true\n",
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_remote_add_is_refused_and_nothing_is_fetched(engine, tmp_path, server, attack):
    url, requests = server
    finished = verify_text(tmp_path, ATTACKS[attack].format(url=url))
    assert "not built: cannot build offline: ADD downloads http://127.0.0.1:" in finished.stdout
    assert finished.returncode == 1
    assert requests == []


@pytest.fixture
def onbuild_base(engine, tmp_path_factory, server) -> Iterator[str]:
    """A local image whose ONBUILD trigger downloads from the test server, with the URL in its ENV."""
    url, _requests = server
    folder = tmp_path_factory.mktemp("onbuild-base")
    (folder / "Dockerfile").write_text(f"FROM busybox:1.36\nENV SITE={url}\nONBUILD ADD ${{SITE}}/inherited /f\n")
    tag = f"dlint-test-onbuild-{uuid.uuid4().hex[:12]}:1"
    subprocess.run(
        [engine.executable, "build", "--network=none", "--pull=false", "-q", "-t", tag, str(folder)],
        check=True, capture_output=True, env={**os.environ, "DOCKER_BUILDKIT": "0"}, timeout=120,
    )
    try:
        yield tag
    finally:
        engine.remove_images([tag])


def test_onbuild_add_inherited_from_a_local_base_image_is_refused(tmp_path, server, onbuild_base):
    _url, requests = server
    finished = verify_text(tmp_path, f"FROM {onbuild_base}\nRUN true\n")
    assert "Dockerfile:1: not built: cannot build offline: an inherited ONBUILD ADD downloads" in finished.stdout
    assert requests == []


def test_add_source_with_an_unknown_value_is_refused(engine, tmp_path):
    finished = verify_text(tmp_path, "FROM busybox:1.36\nARG U\nADD $U /f\n")
    assert "Dockerfile:3: not built: cannot build offline: ADD source `$U` depends on a value" in finished.stdout


def test_copy_from_an_image_that_is_not_local_is_refused(engine, tmp_path):
    finished = verify_text(tmp_path, "ARG IMAGE=dlint-test-absent:1\nFROM busybox:1.36\nARG IMAGE\nCOPY --from=${IMAGE} /a /b\n")
    assert "Dockerfile:4: not built: COPY --from image not available locally: dlint-test-absent:1" in finished.stdout

