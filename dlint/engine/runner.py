"""Run rules over one document and turn their violations into findings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dlint.engine.context import RuleContext
from dlint.engine.findings import Finding, Severity
from dlint.engine.registry import Rule
from dlint.model.document import Document


@dataclass(frozen=True)
class RuleCrash:
    """A bug inside a rule: reported for that file and rule, never raised."""

    path: str
    rule: str
    error: BaseException


def run_rules(
    document: Document,
    rules: Iterable[Rule],
    context: RuleContext,
    severities: dict[str, Severity] | None = None,
) -> tuple[list[Finding], list[RuleCrash]]:
    findings: list[Finding] = []
    crashes: list[RuleCrash] = []
    severities = severities or {}
    for rule in rules:
        try:
            violations = list(rule.run(document, context))
        except Exception as error:  # a broken rule must not take the run down
            crashes.append(RuleCrash(document.path, rule.id, error))
            continue
        severity = severities.get(rule.id, rule.severity)
        for violation in violations:
            findings.append(
                Finding(
                    path=document.path,
                    rule=rule.id,
                    aliases=rule.aliases,
                    severity=severity,
                    message=violation.message,
                    span=violation.span,
                    related=violation.related,
                    fix=violation.fix,
                    fixable=rule.fixable and violation.fix is not None,
                )
            )
    findings.sort(key=lambda f: f.sort_key)
    return findings, crashes
