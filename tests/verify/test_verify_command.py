"""``dlint verify`` as a command: exit codes, output formats, image clean-up, time limit."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dlint.verify.runner import Session, verify_file
from tests.verify.verify_cli import dlint_verify, fixture


def test_unreachable_engine_exits_2_with_one_line(tmp_path):
    finished = dlint_verify(fixture("pinned-base-fixed"), env={"DOCKER_HOST": f"unix://{tmp_path}/no.sock"})
    assert finished.returncode == 2
    assert finished.stderr.startswith("dlint: error: cannot reach the docker engine")
    assert len(finished.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("seconds", ["-3", "0", "nan", "inf", "-inf", "soon"])
def test_timeout_that_is_not_a_finite_positive_number_is_a_one_line_usage_error(seconds):
    finished = dlint_verify(f"--timeout={seconds}", fixture("pinned-base-fixed"))
    assert finished.returncode == 2
    assert finished.stderr.startswith("dlint: error: argument --timeout: ")
    assert len(finished.stderr.strip().splitlines()) == 1


def test_help_documents_every_option():
    from dlint.cli.verify_command import _parser

    undocumented = [action.option_strings for action in _parser()._actions
                    if action.option_strings and not action.help]
    assert undocumented == []
    shown = dlint_verify("--help").stdout
    for option in ("--engine", "--builder", "--format", "--keep-images", "--jobs", "--timeout", "--bootstrap-base"):
        assert option in shown


def fake_docker(folder: Path, buildx_answers: bool) -> dict[str, str]:
    """A PATH whose ``docker`` answers ``info`` and, when asked, ``buildx``: an engine without the plugin."""
    script = folder / "docker"
    buildx = "exit 0" if buildx_answers else 'echo "docker: unknown command: docker buildx" >&2; exit 1'
    script.write_text(f"""#!/bin/sh
case "$1" in
  info) exit 0 ;;
  buildx) {buildx} ;;
  version) echo 28.2.2 ;;
  *) exit 1 ;;
esac
""")
    script.chmod(0o755)
    return {"PATH": f"{folder}{os.pathsep}{os.environ['PATH']}"}


def test_buildkit_without_buildx_is_a_one_line_engine_error(tmp_path):
    finished = dlint_verify("--builder", "buildkit", fixture("pinned-base-fixed"), env=fake_docker(tmp_path, False))
    assert finished.returncode == 2
    assert finished.stderr.startswith("dlint: error: --builder buildkit needs the docker buildx plugin")
    assert len(finished.stderr.strip().splitlines()) == 1
    assert "DLX100" not in finished.stdout


def test_clean_build_without_confirmed_claims_exits_0(engine):
    finished = dlint_verify(fixture("pinned-base-fixed"))
    assert finished.returncode == 0, finished.stdout + finished.stderr


def test_confirmed_claim_exits_1(engine):
    finished = dlint_verify(fixture("maintainer-bad"))
    assert finished.returncode == 1
    assert "DL4000 line 2: confirmed" in finished.stdout


def test_json_output_has_build_and_claims(engine):
    finished = dlint_verify("--format", "json", fixture("maintainer-bad"), fixture("build-failure-bad"))
    results = json.loads(finished.stdout)["results"]
    built, failed = results
    assert set(built["build"]) >= {"ok", "seconds", "image_size", "layers", "error", "line"}
    assert built["build"]["ok"] is True and built["build"]["layers"] >= 1
    assert any(c["rule"] == "DL4000" and c["line"] == 2 and c["status"] == "confirmed" for c in built["claims"])
    assert failed["build"]["ok"] is False and failed["build"]["line"] == 3


def test_sarif_reports_a_failed_build_as_dlx100_and_confirmed_claims(engine):
    finished = dlint_verify("--format", "sarif", fixture("build-failure-bad"), fixture("maintainer-bad"))
    results = json.loads(finished.stdout)["runs"][0]["results"]
    by_rule = {result["ruleId"]: result for result in results}
    assert by_rule["DLX100"]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert by_rule["DL4000"]["locations"][0]["physicalLocation"]["region"]["startLine"] == 2


def test_a_run_leaves_no_image_behind(engine):
    session = Session(engine, timeout=120)
    verify_file(session, fixture("cache-busting-bad"))
    verify_file(session, fixture("build-failure-bad"))
    made = [*session.tags, *session.intermediates]
    assert made
    session.clean_up()
    assert not [image for image in made if engine.has_image(image)]


def test_keep_images_keeps_the_built_image(engine):
    session = Session(engine, timeout=120, keep_images=True)
    result = verify_file(session, fixture("pinned-base-fixed"))
    try:
        assert result.build.image is not None and engine.has_image(result.build.image)
    finally:
        session.keep_images = False
        session.clean_up()


def test_missing_base_image_is_not_built_and_not_a_crash(engine):
    finished = dlint_verify(fixture("base-image-not-local"))
    assert finished.returncode == 1
    assert "not built: base image not available locally: python:3.11-bullseye" in finished.stdout


def test_build_over_the_time_limit_is_stopped(engine, tmp_path):
    (tmp_path / "Dockerfile").write_text("FROM busybox:1.36\nRUN sleep 30\n")
    finished = dlint_verify("--timeout", "2", str(tmp_path / "Dockerfile"))
    assert finished.returncode == 1
    assert "Dockerfile:2: not built: the build did not finish within 2s" in finished.stdout


@pytest.mark.parametrize("source", ["ADD https://example.com/app.tar.gz /app/", "ADD git@github.com:o/r.git /src"])
def test_download_is_refused_before_building(engine, tmp_path, source):
    (tmp_path / "Dockerfile").write_text(f"FROM busybox:1.36\n{source}\n")
    finished = dlint_verify(str(tmp_path / "Dockerfile"))
    assert "Dockerfile:2: not built: cannot build offline" in finished.stdout
