"""The registry and label rules follow the settings of ``.dlint.yaml`` and ``.hadolint.yaml``, end to end."""

from __future__ import annotations

import json

import pytest
from cli_runner import run_dlint, write

CONFIGURED_RULES = "DL3026,DL3049,DL3050,DL3051,DL3052,DL3053,DL3054,DL3055,DL3056,DL3058"

DOCKERFILE = """\
FROM ghcr.io/acme/base:1.4 AS build
RUN make

FROM registry.example.com/acme/runtime:2.0
COPY --from=build /out /app
LABEL maintainer="Jane Doe <jane@example.com>" \\
      org.opencontainers.image.source=github.com/acme/app \\
      org.opencontainers.image.version=v2 \\
      org.opencontainers.image.created=2024-05-01 \\
      org.opencontainers.image.licenses="Apache 2.0" \\
      org.opencontainers.image.revision=main \\
      org.opencontainers.image.title="" \\
      build-host=ci-7
"""

DLINT_CONFIG = """\
trusted-registries: [registry.example.com]
label-schema:
  maintainer: email
  org.opencontainers.image.source: url
  org.opencontainers.image.version: semver
  org.opencontainers.image.created: rfc3339
  org.opencontainers.image.licenses: spdx
  org.opencontainers.image.revision: hash
  org.opencontainers.image.title: text
  org.opencontainers.image.vendor: text
strict-labels: true
"""


@pytest.fixture
def project(tmp_path):
    """A folder that bounds the config search (it looks like a repository root)."""
    (tmp_path / ".git").mkdir()
    write(tmp_path, "Dockerfile", DOCKERFILE)
    return tmp_path


def findings(project) -> list[tuple[str, int, int]]:
    result = run_dlint("--select", CONFIGURED_RULES, "--format", "json", "Dockerfile", cwd=project)
    assert result.returncode in (0, 1), result.stderr
    return sorted((f["rule"], f["line"], f["column"]) for f in json.loads(result.stdout)["findings"])


def test_dlint_config_drives_the_registry_and_label_rules(project):
    write(project, ".dlint.yaml", DLINT_CONFIG)
    assert findings(project) == [
        ("DL3026", 1, 6),    # ghcr.io is not trusted; registry.example.com is
        ("DL3049", 4, 1),    # vendor is missing from the final image; the COPY source is not judged
        ("DL3050", 13, 7),   # build-host is outside the schema
        ("DL3051", 12, 7),   # title is empty
        ("DL3052", 7, 39),
        ("DL3053", 9, 40),
        ("DL3054", 10, 41),
        ("DL3055", 11, 41),
        ("DL3056", 8, 40),
        ("DL3058", 6, 18),
    ]


def test_without_configuration_the_rules_report_nothing(project):
    assert findings(project) == []


def test_hadolint_config_drives_the_same_rules(project):
    write(project, ".hadolint.yaml", "trustedRegistries:\n  - docker.io\nlabel-schema:\n  maintainer: email\n")
    assert findings(project) == [
        ("DL3026", 1, 6),
        ("DL3026", 4, 6),
        ("DL3058", 6, 18),
    ]


def test_hadolint_strict_labels_reports_every_label_outside_the_schema(project):
    write(project, ".hadolint.yaml", "label-schema:\n  maintainer: email\nstrict-labels: true\n")
    superfluous = [line for rule, line, _ in findings(project) if rule == "DL3050"]
    assert superfluous == [7, 8, 9, 10, 11, 12, 13]


def test_selecting_a_checkov_id_reports_only_its_findings_with_only_their_aliases(tmp_path):
    dockerfile = tmp_path / "Dockerfile"
    dockerfile.write_text("FROM python:3.12\nRUN pip install --trusted-host pypi.org flask && curl -k https://e.com\n")
    result = run_dlint("--no-config", "--select", "CKV2_DOCKER_4", "--format", "json", str(dockerfile), cwd=tmp_path)
    findings = json.loads(result.stdout)["findings"]
    assert [(f["rule"], f["aliases"]) for f in findings] == [("DLX006", ["CKV2_DOCKER_4"])]
