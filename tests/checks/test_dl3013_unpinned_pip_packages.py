"""DL3013: pip install without version pins."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM python:3.12\n"


def test_unpinned_package_is_reported_on_its_word():
    findings = lint(FROM + "RUN pip install flask\n", "DL3013")
    assert [f.span for f in findings] == [Span(2, 17, 2, 22)]


@pytest.mark.parametrize(
    "requirement",
    [
        "flask==3.0.3",
        "'flask>=3,<4'",
        "flask~=3.0",
        "git+https://github.com/pallets/flask@3.0.3",
        "./wheels/flask-3.0.3-py3-none-any.whl",
        "flask-3.0.3.tar.gz",
        "./vendor/flask",
    ],
)
def test_pinned_requirements_are_fine(requirement):
    assert lint(FROM + f"RUN pip install {requirement}\n", "DL3013") == []


def test_vcs_url_without_ref_is_unpinned():
    assert len(lint(FROM + "RUN pip install git+https://github.com/pallets/flask\n", "DL3013")) == 1


@pytest.mark.parametrize(
    "arguments",
    ["-r requirements.txt", "--requirement=requirements.txt", "-c constraints.txt flask", ".", "-e ."],
)
def test_installs_whose_versions_come_from_files_are_fine(arguments):
    assert lint(FROM + f"RUN pip install {arguments}\n", "DL3013") == []


def test_option_values_are_not_packages():
    text = FROM + "RUN pip install --index-url https://pypi.example/simple --trusted-host pypi.example flask==3.0\n"
    assert lint(text, "DL3013") == []


def test_python_dash_m_pip_is_pip():
    findings = lint(FROM + "RUN python3 -m pip install --upgrade pip\n", "DL3013")
    assert [f.span for f in findings] == [Span(2, 38, 2, 41)]


def test_versioned_pip_programs_are_pip():
    assert len(lint(FROM + "RUN pip3.12 install flask\n", "DL3013")) == 1


def test_pipx_and_pipenv_are_other_tools():
    assert lint(FROM + "RUN pipx install black && pipenv install requests\n", "DL3013") == []


def test_arg_requirement_is_expanded_and_judged():
    (finding,) = lint(FROM + "ARG TOOL=black\nRUN pip install $TOOL\n", "DL3013")
    assert "`black`" in finding.message
    assert lint(FROM + "ARG TOOL=black==24.4.2\nRUN pip install $TOOL\n", "DL3013") == []


def test_variable_requirements_with_unknown_values_are_not_judged():
    assert lint(FROM + 'RUN pip install $PACKAGES "flask==${FLASK_VERSION}"\n', "DL3013") == []


def test_pip_install_on_a_continuation_line():
    text = FROM + "RUN set -e \\\n && pip install --no-cache-dir \\\n      requests==2.32.3 \\\n      flask\n"
    assert [f.span for f in lint(text, "DL3013")] == [Span(5, 7, 5, 12)]


def test_onbuild_trigger_is_read():
    assert len(lint(FROM + "ONBUILD RUN pip install flask\n", "DL3013")) == 1


def test_quoted_expansion_stays_one_requirement():
    text = FROM + 'ENV BEETS_VERSION=2.0.0\nRUN pip install "beets == $BEETS_VERSION"\n'
    assert lint(text, "DL3013") == []
