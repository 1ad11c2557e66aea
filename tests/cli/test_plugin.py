"""Rules from entry-point plugins: the worked example in tests/plugin_example, a broken plugin and a crashing rule.

A plugin is made visible the way ``pip install`` would: its package on the
path plus a ``.dist-info`` folder whose ``entry_points.txt`` names the module,
so ``importlib.metadata.entry_points`` finds it in the dlint subprocess.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from cli_runner import run_dlint, write

EXAMPLE = Path(__file__).resolve().parents[1] / "plugin_example"


def install(site: Path, distribution: str, entry_points: dict[str, str]) -> None:
    info = site / f"{distribution}-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {distribution}\nVersion: 0.1.0\n")
    lines = "".join(f"{name} = {target}\n" for name, target in entry_points.items())
    (info / "entry_points.txt").write_text(f"[dlint.rules]\n{lines}")


@pytest.fixture
def site(tmp_path):
    site = tmp_path / "site"
    install(site, "dlint_acme_rules", {"acme": "dlint_acme_rules.team_label"})
    return site


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "project"
    (folder / ".git").mkdir(parents=True)
    return folder


def dlint(project, site, *args, extra_path=()):
    return run_dlint(*args, cwd=project, python_path=(EXAMPLE, site, *extra_path))


def test_plugin_rules_are_listed(project, site):
    assert any(line.startswith("ACME001 ") for line in dlint(project, site, "rules").stdout.splitlines())


def test_plugin_rule_reports_a_finding(project, site):
    write(project, "Dockerfile", "FROM python:3.12-slim\n")
    result = dlint(project, site, "--select", "ACME001", "--format", "gnu", "Dockerfile")
    assert result.returncode == 1
    assert result.stdout == "Dockerfile:1:1: warning: the final stage sets no com.acme.team label: add LABEL com.acme.team=<team> [ACME001]\n"


def test_plugin_rule_is_quiet_when_the_label_is_set(project, site):
    write(project, "Dockerfile", "FROM python:3.12-slim\nLABEL com.acme.team=payments\n")
    assert dlint(project, site, "--select", "ACME001", "Dockerfile").returncode == 0


def test_plugin_rule_runs_with_the_default_rules(project, site):
    write(project, "Dockerfile", "FROM python:3.12-slim\n")
    assert "[ACME001]" in dlint(project, site, "--format", "gnu", "Dockerfile").stdout


def test_plugin_rule_option_is_set_in_the_config(project, site):
    write(project, "Dockerfile", "FROM python:3.12-slim\nLABEL com.acme.team=payments\n")
    write(project, ".dlint.yaml", "rules:\n  ACME001: {label: org.example.owner}\n")
    result = dlint(project, site, "--select", "ACME001", "--format", "gnu", "Dockerfile")
    assert "no org.example.owner label" in result.stdout


def test_plugin_rule_is_explained_from_its_docstring(project, site):
    result = dlint(project, site, "explain", "acme001")
    assert result.stdout.startswith("ACME001: Image has no owning-team label")
    assert "Why is this bad?" in result.stdout


def test_a_plugin_that_fails_to_load_is_reported_and_the_built_in_rules_still_run(project, tmp_path):
    site = tmp_path / "broken-site"
    install(site, "broken_plugin", {"broken": "broken_rules"})
    write(site, "broken_rules.py", "raise ImportError('needs a missing package')\n")
    write(project, "Dockerfile", "FROM ubuntu\n")
    result = run_dlint("--select", "DL3006", "--format", "gnu", "Dockerfile", cwd=project, python_path=(site,))
    assert result.returncode == 2
    assert result.stderr == "dlint: error: plugin broken (broken_rules) failed to load: ImportError: needs a missing package\n"
    assert "[DL3006]" in result.stdout


CRASHING_RULE = textwrap.dedent(
    """\
    from dlint.engine.findings import Severity
    from dlint.engine.registry import rule

    @rule("CRASH001", title="Always crashes", severity=Severity.ERROR)
    def always_crashes(doc, ctx):
        return {}["missing"]
    """
)


@pytest.fixture
def crashing_site(tmp_path):
    site = tmp_path / "crash-site"
    install(site, "crashing_plugin", {"crash": "crashing_rules"})
    write(site, "crashing_rules.py", CRASHING_RULE)
    return site


def test_a_crashing_rule_is_an_internal_error_without_a_traceback(project, crashing_site):
    write(project, "Dockerfile", "FROM ubuntu\n")
    result = run_dlint("--select", "CRASH001,DL3006", "--format", "gnu", "Dockerfile", cwd=project, python_path=(crashing_site,))
    assert result.returncode == 2
    assert result.stderr == "dlint: Dockerfile: error: internal error in rule CRASH001: KeyError: 'missing'\n"
    assert "[DL3006]" in result.stdout


def test_debug_shows_the_traceback_of_a_crashing_rule(project, crashing_site):
    write(project, "Dockerfile", "FROM ubuntu\n")
    result = run_dlint("--select", "CRASH001", "--debug", "Dockerfile", cwd=project, python_path=(crashing_site,))
    assert result.returncode == 2
    assert "Traceback (most recent call last)" in result.stderr
    assert 'return {}["missing"]' in result.stderr


def test_a_crashing_rule_is_reported_in_the_json_errors(project, crashing_site):
    write(project, "Dockerfile", "FROM ubuntu\n")
    result = run_dlint("--select", "CRASH001", "--format", "json", "Dockerfile", cwd=project, python_path=(crashing_site,))
    assert '"kind": "internal-error"' in result.stdout
