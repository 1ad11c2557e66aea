"""DL3016: npm install without version pins."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM node:20\n"


def test_unpinned_package_is_reported_on_its_word():
    findings = lint(FROM + "RUN npm install -g \\\n    typescript@5.4.5 eslint\n", "DL3016")
    assert [f.span for f in findings] == [Span(3, 22, 3, 28)]


@pytest.mark.parametrize("operand", [
    "express@4.19.2", "@types/node@20.1.0", "left-pad@'>=1.0 <2'", "./lib", "/srv/pkg", "~/pkg", "../pkg",
    "pkg-1.0.0.tgz", "pkg.tar", "git+https://github.com/a/b.git#v1.0.0", "git+ssh://git@github.com:a/b.git#abc",
])
def test_pinned_forms_are_fine(operand):
    assert lint(FROM + f"RUN npm install {operand}\n", "DL3016") == []


@pytest.mark.parametrize("operand", ["express", "@types/node", "express@latest", "git+https://user@github.com/a/b.git"])
def test_unpinned_forms_are_reported(operand):
    assert len(lint(FROM + f"RUN npm install {operand}\n", "DL3016")) == 1


def test_bare_install_and_ci_use_the_lock_file():
    assert lint(FROM + "RUN npm install && npm ci\n", "DL3016") == []


def test_npm_i_and_value_options():
    assert len(lint(FROM + "RUN npm i express\n", "DL3016")) == 1
    assert lint(FROM + "RUN npm install --loglevel verbose sax@0.1.1\n", "DL3016") == []


def test_npm_run_install_is_no_install():
    assert lint(FROM + "RUN npm run --silent install\n", "DL3016") == []


def test_packages_from_an_arg_are_judged_by_its_value():
    assert len(lint(FROM + "ARG TOOLS=typescript\nRUN npm install -g $TOOLS\n", "DL3016")) == 1
    assert lint(FROM + "ARG TOOLS=typescript@5.4.5\nRUN npm install -g $TOOLS\n", "DL3016") == []
    assert lint(FROM + "ARG TOOLS\nRUN npm install -g $TOOLS\n", "DL3016") == []


def test_heredoc_sudo_and_onbuild():
    assert len(lint(FROM + "RUN <<EOF\nnpm install -g yarn\nEOF\n", "DL3016")) == 1
    assert len(lint(FROM + "RUN sudo npm install -g yarn\n", "DL3016")) == 1
    assert len(lint(FROM + "ONBUILD RUN npm install -g yarn\n", "DL3016")) == 1
