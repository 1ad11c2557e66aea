"""DL3042: pip install that keeps its cache in the image."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM python:3.12\n"


def test_pip_install_without_no_cache_dir_is_reported_on_the_command():
    findings = lint(FROM + "RUN pip install flask==3.0\n", "DL3042")
    assert [f.span for f in findings] == [Span(2, 5, 2, 27)]


@pytest.mark.parametrize("option", ["--no-cache-dir", "--no-cache"])
def test_no_cache_dir_option_is_fine(option):
    assert lint(FROM + f"RUN pip install {option} flask==3.0\n", "DL3042") == []


def test_global_option_before_install_is_fine():
    assert lint(FROM + "RUN pip --no-cache-dir install flask==3.0\n", "DL3042") == []


@pytest.mark.parametrize("value", ["1", "true", "off", "0"])
def test_env_pip_no_cache_dir_with_a_boolean_turns_the_cache_off(value):
    assert lint(FROM + f"ENV PIP_NO_CACHE_DIR={value}\nRUN pip install flask==3.0\n", "DL3042") == []


def test_env_in_a_parent_stage_is_inherited():
    text = FROM.replace("\n", " AS base\n") + "ENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install flask==3.0\n"
    assert lint(text, "DL3042") == []


def test_env_in_an_unrelated_stage_does_not_count():
    text = "FROM python:3.12 AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install flask==3.0\n"
    assert [f.span.line for f in lint(text, "DL3042")] == [4]


def test_arg_reaches_the_run_environment_too():
    assert lint(FROM + "ARG PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0\n", "DL3042") == []


def test_inline_assignment_and_export_count():
    assert lint(FROM + "RUN PIP_NO_CACHE_DIR=1 pip install flask==3.0\n", "DL3042") == []
    assert lint(FROM + "RUN export PIP_NO_CACHE_DIR=1 && pip install flask==3.0\n", "DL3042") == []


def test_cache_mount_over_the_pip_cache_is_fine():
    text = FROM + "RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0\n"
    assert lint(text, "DL3042") == []


def test_cache_mount_of_the_folder_holding_the_pip_cache_helps():
    text = FROM + "RUN --mount=type=cache,target=/root/.cache pip install flask==3.0\n"
    assert lint(text, "DL3042") == []


def test_cache_mount_elsewhere_does_not_help():
    text = FROM + "RUN --mount=type=cache,target=/var/cache/apt pip install flask==3.0\n"
    assert len(lint(text, "DL3042")) == 1


def test_python_dash_m_pip_is_pip_and_pipx_is_not():
    assert len(lint(FROM + "RUN python -m pip install flask==3.0\n", "DL3042")) == 1
    assert lint(FROM + "RUN pipx install black==24.4.2\n", "DL3042") == []


def test_each_pip_command_is_reported_where_it_is():
    text = FROM + (
        "RUN pip install -U pip \\\n"
        " && pip install --no-cache-dir -r requirements.txt \\\n"
        " && pip install gunicorn==22.0\n"
    )
    assert [f.span.line for f in lint(text, "DL3042")] == [2, 4]


def test_heredoc_and_onbuild_are_read():
    assert len(lint(FROM + "RUN <<EOF\npip install flask==3.0\nEOF\n", "DL3042")) == 1
    assert len(lint(FROM + "ONBUILD RUN pip install flask==3.0\n", "DL3042")) == 1


def test_pip_with_a_dashed_version_suffix_is_pip():
    assert len(lint(FROM + "RUN pip-3.3 install -r requirements.txt\n", "DL3042")) == 1
