"""DLX001: the source tree copied before the dependency install."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_copy_of_the_context_before_pip_install_is_reported_on_the_source():
    text = "FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n"
    (finding,) = lint(text, "DLX001")
    assert finding.span == Span(3, 6, 3, 7)
    assert [r.span for r in finding.related] == [Span(4, 5, 4, 36)]
    assert "copy requirements.txt first" in finding.message


def test_destination_does_not_matter():
    text = "FROM python:3.12\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\n"
    assert len(lint(text, "DLX001")) == 1


def test_manifest_copied_and_installed_first_is_the_fix():
    text = (
        "FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\n"
        "RUN pip install -r requirements.txt\nCOPY . .\nCMD [\"python\", \"app.py\"]\n"
    )
    assert lint(text, "DLX001") == []


def test_manifest_copied_first_but_installed_after_the_source_is_still_reported():
    text = "FROM node:22\nCOPY package*.json ./\nCOPY . .\nRUN npm ci\n"
    (finding,) = lint(text, "DLX001")
    assert finding.span.line == 3
    assert "package.json and package-lock.json" in finding.message


@pytest.mark.parametrize(
    ("install", "manifests"),
    [
        ("npm install", "package.json"),
        ("yarn install --frozen-lockfile", "yarn.lock"),
        ("pnpm install", "pnpm-lock.yaml"),
        ("poetry install --no-root", "poetry.lock"),
        ("pipenv install --deploy", "Pipfile.lock"),
        ("uv sync --frozen --no-install-project", "uv.lock"),
        ("uv pip install -r requirements.lock", "requirements.lock"),
        ("bundle install", "Gemfile.lock"),
        ("go mod download", "go.sum"),
        ("composer install --no-dev", "composer.lock"),
        ("cargo fetch", "Cargo.lock"),
        ("mvn -B dependency:go-offline", "pom.xml"),
        ("./gradlew dependencies", "settings.gradle"),
        ("dotnet restore", "csproj"),
        ("python -m pip install -r requirements/prod.txt", "requirements/prod.txt"),
    ],
)
def test_each_ecosystem_names_its_manifests(install, manifests):
    (finding,) = lint(f"FROM base:1\nCOPY . .\nRUN {install}\n", "DLX001")
    assert manifests in finding.message


@pytest.mark.parametrize("source", ["./", "src/", "src", "*.py", "main.go", "./app"])
def test_source_folders_globs_and_files_are_broad(source):
    assert len(lint(f"FROM node:22\nCOPY {source} ./\nRUN npm ci\n", "DLX001")) == 1


@pytest.mark.parametrize(
    "source",
    ["package.json", "requirements*.txt", "*.csproj", "go.mod go.sum", "Gemfile", "requirements/", "scripts/"],
)
def test_manifest_copies_are_not_broad(source):
    assert lint(f"FROM node:22\nCOPY {source} ./\nRUN npm ci\n", "DLX001") == []


def test_copy_from_another_stage_is_not_from_the_context():
    text = "FROM node:22 AS deps\nRUN echo\nFROM node:22\nCOPY --from=deps /app .\nRUN npm ci\n"
    assert lint(text, "DLX001") == []


def test_add_of_a_url_is_not_the_source_tree():
    assert lint("FROM node:22\nADD https://example.com/x.tgz /tmp/\nRUN npm ci\n", "DLX001") == []


def test_installing_named_packages_is_not_a_manifest_install():
    text = "FROM node:22\nCOPY . .\nRUN npm install -g typescript && pip install flask==3.0\n"
    assert lint(text, "DLX001") == []


def test_build_after_a_fetch_before_the_copy_is_fine():
    text = "FROM golang:1.22\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build ./...\n"
    assert lint(text, "DLX001") == []


def test_build_without_an_earlier_fetch_suggests_the_fetch_step():
    (finding,) = lint("FROM golang:1.22\nCOPY . .\nRUN go build -o /app .\n", "DLX001")
    assert "run `go mod download` before copying the rest" in finding.message


def test_fetch_in_the_parent_stage_serves_the_build():
    text = (
        "FROM golang:1.22 AS deps\nCOPY go.mod go.sum ./\nRUN go mod download\n"
        "FROM deps AS build\nCOPY . .\nRUN go build ./...\n"
    )
    assert lint(text, "DLX001") == []


def test_vendored_go_build_fetches_nothing():
    assert lint("FROM golang:1.22\nCOPY . .\nRUN go build -mod=vendor ./...\n", "DLX001") == []


def test_poetry_install_of_the_root_after_a_no_root_install_is_fine():
    text = (
        "FROM python:3.12\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --no-root\n"
        "COPY . .\nRUN poetry install --only-root\n"
    )
    assert lint(text, "DLX001") == []


def test_install_in_a_heredoc_script_is_found():
    text = "FROM python:3.12\nCOPY . .\nRUN <<EOF\nset -e\npip install -r requirements.txt\nEOF\n"
    (finding,) = lint(text, "DLX001")
    assert finding.related[0].span.line == 5


def test_install_on_a_continuation_line_is_the_related_location():
    text = "FROM node:22\nCOPY . .\nRUN set -eux; \\\n    # install\n    npm ci\n"
    (finding,) = lint(text, "DLX001")
    assert finding.related[0].span == Span(5, 5, 5, 11)


def test_onbuild_triggers_are_their_own_sequence():
    text = "FROM node:22\nONBUILD COPY . /app\nONBUILD RUN npm install\n"
    (finding,) = lint(text, "DLX001")
    assert finding.span.line == 2


def test_onbuild_copy_does_not_affect_the_stage_itself():
    assert lint("FROM node:22\nONBUILD COPY . /app\nRUN npm ci\n", "DLX001") == []


def test_every_install_after_the_copy_is_related():
    text = "FROM python:3.12\nCOPY . .\nRUN pip install -r requirements.txt\nRUN npm ci\n"
    (finding,) = lint(text, "DLX001")
    assert [r.span.line for r in finding.related] == [3, 4]


def test_each_broad_copy_before_the_install_is_reported():
    text = "FROM node:22\nCOPY src/ ./src/\nCOPY public/ ./public/\nRUN npm ci\n"
    assert [f.span.line for f in lint(text, "DLX001")] == [2, 3]


def test_an_install_repeated_after_the_source_copy_is_fine_when_the_manifests_were_installed_first():
    text = (
        "FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n"
        "COPY . .\nRUN npm ci && npm run build\n"
    )
    assert lint(text, "DLX001") == []


def test_an_install_of_another_ecosystem_after_the_source_copy_is_still_reported():
    text = (
        "FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n"
        "COPY . .\nRUN pip install -r requirements.txt\n"
    )
    assert [f.span.line for f in lint(text, "DLX001")] == [5]
