"""``dlint parse``: the JSON and BuildKit-dump outputs other tools rely on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def dlint_parse(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dlint", "parse", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
    )


@pytest.fixture
def dockerfile(tmp_path: Path) -> Path:
    path = tmp_path / "Dockerfile"
    path.write_text(
        "# syntax=docker/dockerfile:1\n"
        "FROM golang:1.22 AS build\n"
        "RUN --mount=type=cache,target=/go go build \\\n"
        "\n"
        "    ./...\n"
        "FROM alpine\n"
        "COPY --from=build <<EOF /etc/motd\n"
        "hello\n"
        "EOF\n"
        "ONBUILD RUN make\n"
    )
    return path


def test_json_has_one_object_per_file_on_one_line(dockerfile: Path):
    result = dlint_parse("--format", "json", "Dockerfile", "Dockerfile", cwd=dockerfile.parent)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    record = json.loads(lines[0])
    assert record["path"] == "Dockerfile"
    assert record["directives"] == {"syntax": "docker/dockerfile:1"}
    assert record["escape"] == "\\"


def test_json_instructions(dockerfile: Path):
    record = json.loads(dlint_parse("Dockerfile", cwd=dockerfile.parent).stdout)
    run, copy, onbuild = record["instructions"][1], record["instructions"][3], record["instructions"][4]
    assert run == {
        "keyword": "RUN", "line": 3, "end_line": 5, "column": 1, "end_column": 10,
        "flags": ["--mount=type=cache,target=/go"], "json": False, "args": ["go build     ./..."],
        "original": "RUN --mount=type=cache,target=/go go build     ./...", "heredocs": [], "onbuild": None,
    }
    assert copy["heredocs"] == [{"name": "EOF", "content": "hello\n", "line": 8, "end_line": 9}]
    assert onbuild["onbuild"]["keyword"] == "RUN"
    assert onbuild["onbuild"]["args"] == ["make"]


def test_json_stages_and_warnings(dockerfile: Path):
    record = json.loads(dlint_parse("Dockerfile", cwd=dockerfile.parent).stdout)
    assert record["stages"] == [
        {"index": 0, "name": "build", "base": "golang:1.22", "line": 2},
        {"index": 1, "name": None, "base": "alpine", "line": 6},
    ]
    assert [(w["kind"], w["line"]) for w in record["warnings"]] == [("empty-continuation", 5)]


def test_refused_file_prints_only_the_error_and_exits_1(tmp_path: Path):
    (tmp_path / "Dockerfile").write_text("FROM alpine\nENV DEBUG\n")
    result = dlint_parse("Dockerfile", cwd=tmp_path)
    assert result.returncode == 1
    assert json.loads(result.stdout) == {"path": "Dockerfile", "error": "2:1: ENV must have two arguments"}


def test_unreadable_file_is_one_line_on_stderr_and_exits_2(tmp_path: Path):
    result = dlint_parse("missing.Dockerfile", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "missing.Dockerfile" in result.stderr
    assert "Traceback" not in result.stderr


def test_buildkit_dump(dockerfile: Path):
    result = dlint_parse("--format", "buildkit-dump", "Dockerfile", cwd=dockerfile.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        '(from "golang:1.22" "AS" "build")\n'
        '(run ["--mount=type=cache,target=/go"] "go build     ./...")\n'
        '(from "alpine")\n'
        '(copy ["--from=build"] "<<EOF" "/etc/motd")\n'
        '(onbuild (run "make"))\n'
    )


def test_buildkit_dump_prints_what_only_later_checks_refuse_and_exits_1_as_json_does(tmp_path: Path):
    (tmp_path / "Dockerfile").write_text("FROM alpine\nFOO bar\n")
    result = dlint_parse("--format", "buildkit-dump", "Dockerfile", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (1, '(from "alpine")\n(foo "")\n')
    assert result.stderr.startswith("dlint: Dockerfile: error: 2:1: unknown instruction: FOO")
    assert dlint_parse("--format", "json", "Dockerfile", cwd=tmp_path).returncode == 1


def test_buildkit_dump_of_a_file_the_parser_refuses(tmp_path: Path):
    (tmp_path / "Dockerfile").write_text("FROM alpine\nRUN <<EOF\n")
    result = dlint_parse("--format", "buildkit-dump", "Dockerfile", cwd=tmp_path)
    assert result.returncode == 1
    assert "unterminated heredoc" in result.stderr


def test_buildkit_dump_shows_the_separator_of_env_and_label_pairs(tmp_path: Path):
    (tmp_path / "Dockerfile").write_text("FROM alpine\nENV A=1\nLABEL k v\n")
    result = dlint_parse("--format", "buildkit-dump", "Dockerfile", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, '(from "alpine")\n(env "A" "1" "=")\n(label "k" "v" "")\n')
