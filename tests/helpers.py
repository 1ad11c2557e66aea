"""Lint a Dockerfile given as text with chosen rules, for rule tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

from dlint.engine.context import RuleContext
from dlint.engine.findings import Finding
from dlint.engine.registry import registered_rules
from dlint.engine.runner import run_rules
from dlint.model import load


def lint(
    dockerfile: str,
    *rule_ids: str,
    build_args: dict[str, str] | None = None,
    context: RuleContext | None = None,
    directory: Path | None = None,
) -> list[Finding]:
    """Findings of ``rule_ids`` (primary ids) on the dedented ``dockerfile``.

    With ``directory`` the file is written there as ``Dockerfile`` and the
    folder is the build context (its ``.dockerignore`` is read).
    """
    text = textwrap.dedent(dockerfile)
    rules = registered_rules()
    chosen = [rules[r] for r in rule_ids]
    path = "Dockerfile"
    if directory is not None:
        (directory / "Dockerfile").write_text(text)
        path = str(directory / "Dockerfile")
        if context is None:
            context = _context_for(directory, path)
    document = load(text, path=path, build_args=build_args)
    findings, crashes = run_rules(document, chosen, context or RuleContext(path=path))
    if crashes:
        raise crashes[0].error
    return findings


def _context_for(directory: Path, path: str) -> RuleContext:
    from dlint.model.dockerignore import DockerIgnore

    ignore_file = directory / ".dockerignore"
    ignore = DockerIgnore.parse(ignore_file.read_text(), str(ignore_file)) if ignore_file.exists() else None
    return RuleContext(path=path, context_dir=str(directory), dockerignore=ignore)


def lines_of(findings: list[Finding]) -> list[int]:
    return [f.span.line for f in findings]
