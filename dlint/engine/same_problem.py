"""One problem, one finding: findings of rules that report the same mistake at the same place become one.

A rule declares with ``same_problem_as`` the rules that find the same
mistake it does (``JSONArgsRecommended`` and hadolint's ``DL3025``). When
both run and report the same span, the declaring rule's finding is kept: its
message, fix and related places, at the higher of the two severities, with
the other rule's id and aliases added to its aliases. A finding of either
rule found alone stays as it is, so turning one rule off keeps the other's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from dlint.engine.findings import Finding
from dlint.engine.registry import Rule


def merge_same_problems(findings: Sequence[Finding], rules: Mapping[str, Rule]) -> list[Finding]:
    """``findings`` with those of rules reporting the same problem at the same span merged into one."""
    partners = {rule_id: set(rule.same_problem_as) for rule_id, rule in rules.items() if rule.same_problem_as}
    if not partners:
        return list(findings)
    by_place: dict[tuple, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_place[(finding.path, finding.span)].append(finding)
    replaced: dict[int, Finding] = {}
    dropped: set[int] = set()
    for group in by_place.values():
        for keeper in group:
            same = partners.get(keeper.rule)
            if not same or id(keeper) in dropped:
                continue
            others = [f for f in group if f.rule in same and id(f) not in dropped and id(f) not in replaced]
            if others:
                replaced[id(keeper)] = _merged(keeper, others)
                dropped.update(id(f) for f in others)
    return [replaced.get(id(f), f) for f in findings if id(f) not in dropped]


def _merged(keeper: Finding, others: list[Finding]) -> Finding:
    names = dict.fromkeys(keeper.aliases)
    for other in others:
        names.update(dict.fromkeys((other.rule, *other.aliases)))
    names.pop(keeper.rule, None)
    return replace(
        keeper,
        aliases=tuple(names),
        severity=max(f.severity for f in (keeper, *others)),
        merged=tuple(f.rule for f in others),
    )
