from tests.helpers import lint

RULE = "DLX005"


def test_no_user_is_reported_on_the_target_from():
    [finding] = lint("FROM alpine:3.20 AS build\nFROM alpine:3.20\nCMD [\"sh\"]\n", RULE)
    assert finding.span.line == 2
    assert "no USER" in finding.message


def test_a_final_explicit_root_user_is_reported_on_that_user_line():
    [finding] = lint("FROM alpine:3.20\nUSER app\nUSER root\n", RULE)
    assert finding.span.line == 3
    assert finding.related[0].span.line == 1


def test_uid_zero_with_group_is_root():
    assert lint("FROM alpine:3.20\nUSER 0:0\n", RULE) != []


def test_unprivileged_user_is_fine():
    assert lint("FROM alpine:3.20\nUSER 10001:10001\n", RULE) == []


def test_user_set_in_a_parent_stage_is_inherited():
    assert lint("FROM alpine:3.20 AS base\nUSER app\nFROM base\nCMD [\"sh\"]\n", RULE) == []


def test_user_in_a_stage_that_is_not_the_target_does_not_count():
    assert lint("FROM alpine:3.20 AS build\nUSER app\nFROM alpine:3.20\n", RULE) != []


def test_user_from_an_arg_is_expanded():
    assert lint("FROM alpine:3.20\nARG RUNAS=root\nUSER ${RUNAS}\n", RULE) != []
    assert lint("FROM alpine:3.20\nARG RUNAS=app\nUSER ${RUNAS}\n", RULE) == []


def test_unknown_user_is_not_reported():
    assert lint("FROM alpine:3.20\nARG RUNAS\nUSER ${RUNAS}\n", RULE) == []


def test_a_base_image_that_runs_unprivileged_is_quiet():
    assert lint("FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n", RULE) == []
    assert lint("FROM cgr.dev/chainguard/python:latest\nCOPY app /app\n", RULE) == []
    assert lint("FROM bitnami/nginx:1.25\nCOPY site /app\n", RULE) == []


def test_the_root_variants_of_those_images_are_still_reported():
    assert lint("FROM gcr.io/distroless/static-debian12:latest\n", RULE) != []
    assert lint("FROM cgr.dev/chainguard/python:latest-dev\n", RULE) != []
    assert lint("FROM cgr.dev/chainguard/wolfi-base:latest\n", RULE) != []


def test_an_unprivileged_base_reached_through_stages_counts():
    assert lint("FROM gcr.io/distroless/base:nonroot AS base\nFROM base\nCOPY app /app\n", RULE) == []


def test_an_official_image_dropping_root_in_its_entrypoint_is_quiet_while_the_entrypoint_stays():
    assert lint("FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\n", RULE) == []
    assert lint("FROM postgres:16\nENTRYPOINT [\"postgres\"]\n", RULE) != []


def test_an_entrypoint_that_switches_user_is_quiet():
    assert lint('FROM debian:12\nENTRYPOINT ["gosu", "app", "server"]\n', RULE) == []
    assert lint("FROM debian:12\nENTRYPOINT setpriv --reuid=app --regid=app --init-groups server\n", RULE) == []
    assert lint('FROM debian:12\nENTRYPOINT ["gosu", "root", "server"]\n', RULE) != []


def test_an_entrypoint_script_from_the_context_that_drops_root_is_quiet(tmp_path):
    (tmp_path / "docker-entrypoint.sh").write_text('#!/bin/sh\nset -e\nchown -R app /data\nexec su-exec app "$@"\n')
    text = 'FROM alpine:3.20\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\n'
    assert lint(text, RULE, directory=tmp_path) == []


def test_an_entrypoint_script_that_keeps_root_is_reported(tmp_path):
    (tmp_path / "entry.sh").write_text('#!/bin/sh\nexec "$@"\n')
    text = 'FROM alpine:3.20\nWORKDIR /app\nCOPY . .\nENTRYPOINT ["./entry.sh"]\n'
    assert lint(text, RULE, directory=tmp_path) != []


def test_an_entrypoint_script_in_another_language_is_not_read(tmp_path):
    (tmp_path / "entry.py").write_text("#!/usr/bin/env python3\nimport os\nos.system('gosu app x')\n")
    text = 'FROM alpine:3.20\nCOPY entry.py /entry.py\nENTRYPOINT ["/entry.py"]\n'
    assert lint(text, RULE, directory=tmp_path) != []


def test_a_dev_container_with_a_non_root_user_is_quiet(tmp_path):
    folder = tmp_path / ".devcontainer"
    folder.mkdir()
    (folder / "devcontainer.json").write_text('{\n  // the editor connects as vscode\n  "remoteUser": "vscode",\n}\n')
    assert lint("FROM mcr.microsoft.com/devcontainers/base:ubuntu\n", RULE, directory=folder) == []


def test_a_dev_container_that_runs_as_root_is_reported(tmp_path):
    folder = tmp_path / ".devcontainer"
    folder.mkdir()
    (folder / "devcontainer.json").write_text('{"remoteUser": "root"}')
    assert lint("FROM mcr.microsoft.com/devcontainers/base:ubuntu\n", RULE, directory=folder) != []
