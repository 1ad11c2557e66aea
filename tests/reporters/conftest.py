"""A report made by hand, so the reporters' golden files do not change when the rules do."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from dlint.engine.catalogue import CatalogueEntry, Example
from dlint.engine.findings import Edit, Finding, Fix, Related, Severity
from dlint.engine.registry import Rule
from dlint.engine.report import FileProblem, Report
from dlint.model.spans import Span
from dlint.reporters import render

GOLDEN = Path(__file__).parent / "golden"
# DLINT_UPDATE_GOLDEN=1 rewrites the golden files from the current output; review the diff before committing.
UPDATE = os.environ.get("DLINT_UPDATE_GOLDEN") == "1"

APP = "Dockerfile"
API = "services/my api/Dockerfile.dev"

APP_SOURCE = (
    "# syntax=docker/dockerfile:1",
    "FROM ubuntu AS Build",
    "MAINTAINER someone@example.com",
    "RUN apt-get update && \\",
    "    apt-get install -y curl \\",
    "        git",
    "COPY --from=build /out /usr/local/bin/tool",
)
API_SOURCE = (
    "FROM python",
    'CMD ["python", "-m", "api"]',
)


def untagged_base_image(document, context):
    return ()


def maintainer_deprecated(document, context):
    return ()


def unpinned_apt_packages(document, context):
    return ()


def stage_reference_casing(document, context):
    return ()


def stage_name_casing(document, context):
    return ()


RULES = [
    Rule(
        "DL3006",
        "Base image has no tag",
        Severity.WARNING,
        untagged_base_image,
        aliases=("CKV_DOCKER_7",),
        category="best-practice",
        tags=("reproducibility",),
    ),
    Rule(
        "DL4000",
        "MAINTAINER is deprecated",
        Severity.ERROR,
        maintainer_deprecated,
        aliases=("MaintainerDeprecated", "DS022", "CKV_DOCKER_6"),
        category="maintainability",
        fixable=True,
    ),
    Rule(
        "DL3008",
        "Pin versions in apt-get install",
        Severity.WARNING,
        unpinned_apt_packages,
        aliases=("DS029",),
        category="security",
        tags=("supply-chain",),
    ),
    Rule(
        "DLX001",
        "Stage referenced with different casing",
        Severity.INFO,
        stage_reference_casing,
        category="correctness",
    ),
    Rule(
        "StageNameCasing",
        "Stage names should be lowercase",
        Severity.STYLE,
        stage_name_casing,
        category="style",
        fixable=True,
        url="https://docs.docker.com/go/dockerfile/rule/stage-name-casing/",
    ),
]

FINDINGS = [
    Finding(
        APP,
        "DL3006",
        ("CKV_DOCKER_7",),
        Severity.WARNING,
        "tag the base image, e.g. ubuntu:<version>",
        Span(2, 6, 2, 12),
    ),
    Finding(
        APP,
        "StageNameCasing",
        (),
        Severity.STYLE,
        "stage name 'Build' should be lowercase",
        Span(2, 16, 2, 21),
        fix=Fix("rename the stage to 'build'", (Edit(Span(2, 16, 2, 21), "build"),)),
        fixable=True,
    ),
    Finding(
        APP,
        "DL4000",
        ("MaintainerDeprecated", "DS022", "CKV_DOCKER_6"),
        Severity.ERROR,
        "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors",
        Span(3, 1, 3, 31),
        fix=Fix(
            "replace MAINTAINER with a LABEL",
            (Edit(Span(3, 1, 3, 31), 'LABEL org.opencontainers.image.authors="someone@example.com"'),),
        ),
        fixable=True,
    ),
    Finding(
        APP,
        "DL3008",
        ("DS029",),
        Severity.WARNING,
        "pin the versions of 'curl' and 'git': curl=<version>",
        Span(5, 5, 6, 12),
    ),
    Finding(
        APP,
        "DLX001",
        (),
        Severity.INFO,
        "'build' refers to stage 'Build' with different casing",
        Span(7, 13, 7, 18),
        related=(Related(Span(2, 16, 2, 21), "stage 'Build' is defined here"),),
    ),
    Finding(
        API,
        "DL3006",
        ("CKV_DOCKER_7",),
        Severity.WARNING,
        "tag the base image, e.g. python:<version>",
        Span(1, 6, 1, 12),
    ),
]

PROBLEMS = [
    FileProblem("broken/Dockerfile", "invalid UTF-8 at byte 12", "unreadable"),
    FileProblem(APP, "KeyError: 'curl'", "internal-error", line=5, column=5, rule="DL3008"),
]

CATALOGUE = {
    "DL3006": CatalogueEntry(
        id="DL3006",
        summary="Finds base images named\nwithout a tag or digest.",
        rationale="Without a tag the build uses `latest`,\nwhich changes under you.",
        fix="Name a version: `FROM ubuntu:24.04`.",
        references=("https://docs.docker.com/reference/dockerfile/#from",),
        options={"trusted-registries": "Registries whose images may stay untagged."},
        bad=(Example("FROM ubuntu\n"),),
        good=(Example("FROM ubuntu:24.04\n"), Example("FROM scratch\n")),
    ),
    "DL3008": CatalogueEntry(
        id="DL3008",
        summary="Finds packages installed with apt-get without a version.",
        rationale="Unpinned packages make builds unrepeatable.",
        fix="Pin each package: `curl=8.5.0-2ubuntu10`.",
        bad=(Example("FROM ubuntu:24.04\nRUN apt-get install -y curl\n"),),
    ),
}


def sample_report(**changes) -> Report:
    report = Report(
        findings=list(FINDINGS),
        problems=list(PROBLEMS),
        rules=list(RULES),
        files=3,
        sources={APP: APP_SOURCE, API: API_SOURCE},
        root=".",
    )
    return replace(report, **changes)


def rendered(format: str, report: Report) -> str:
    stream = io.StringIO()
    render(format, report, stream)
    return stream.getvalue()


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.fixture
def report() -> Callable[..., Report]:
    return sample_report


@pytest.fixture
def output() -> Callable[[str, Report], str]:
    return rendered


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    return check_golden


@pytest.fixture
def catalogue() -> dict[str, CatalogueEntry]:
    return CATALOGUE


@pytest.fixture(autouse=True)
def _project_root(monkeypatch):
    """Relative paths in the sample resolve against the project root, whatever the directory pytest started in."""
    monkeypatch.chdir(Path(__file__).resolve().parents[2])
