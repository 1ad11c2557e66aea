"""Run rules over one document and turn their violations into findings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from dlint.engine.context import RuleContext
from dlint.engine.findings import Finding, Severity, Violation
from dlint.engine.registry import Rule
from dlint.model.document import Document
from dlint.model.spans import Span


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
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> tuple[list[Finding], list[RuleCrash]]:
    """Findings of ``rules`` on ``document``, sorted, and the rules that crashed.

    Each rule sees in ``context.options`` the given ``context.options`` updated
    with its own entry of ``options`` (rule id -> option values, from the
    config); it falls back to its defaults with ``context.option(name, default)``.
    """
    findings: list[Finding] = []
    crashes: list[RuleCrash] = []
    severities = severities or {}
    options = options or {}
    for rule in rules:
        rule_context = _context_for(context, options.get(rule.id))
        try:
            violations = [_checked(violation, rule) for violation in rule.run(document, rule_context)]
        except Exception as error:  # a broken rule must not take the run down
            crashes.append(RuleCrash(document.path, rule.id, error))
            continue
        overridden = severities.get(rule.id)
        for violation in violations:
            severity = _own_severity(rule, violation) if overridden is None else overridden
            findings.append(
                Finding(
                    path=document.path,
                    rule=rule.id,
                    aliases=rule.aliases if violation.aliases is None else violation.aliases,
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


def _own_severity(rule: Rule, violation: Violation) -> Severity:
    return rule.severity if violation.severity is None else violation.severity


def _context_for(context: RuleContext, configured: Mapping[str, Any] | None) -> RuleContext:
    if not configured:
        return context
    return replace(context, options={**context.options, **configured})


def _checked(violation: object, rule: Rule) -> Violation:
    """A rule that yields something else than a located violation, or names an alias it lacks, is as broken as one that raises."""
    if not isinstance(violation, Violation) or not isinstance(violation.span, Span):
        raise TypeError(f"a check must yield Violation objects with a Span, not {violation!r}")
    if violation.aliases is not None and not set(violation.aliases) <= set(rule.aliases):
        raise ValueError(f"a violation names aliases {violation.aliases!r} that rule {rule.id} does not have")
    return violation
