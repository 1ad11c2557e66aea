"""Ignore comments in the Dockerfile: which findings they silence, and which silence nothing.

The comments are read by :mod:`dlint.model.suppression_comments`; this
module applies them to the findings.

``# dlint ignore=DL3008,DL3009 -- reason`` on the comment lines directly above
an instruction silences those rules for findings anywhere in that
instruction's span (an alias silences only the findings that carry it);
``# dlint global ignore=...`` silences them in the whole file. hadolint's
``# hadolint ignore=`` and ``# hadolint global ignore=`` mean the same, so
existing Dockerfiles keep working. Rules may be named by id,
alias or prefix, in any letter case.

DLX012, the rule that reports comments that silence nothing, is declared
here beside the logic it needs: whether a comment silenced something is known
only after every other rule has run and the comments were applied, which a
check cannot see. Its check yields nothing; :func:`unused_suppressions` finds
the violations and the engine reports them under the rule when it is enabled.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dlint.engine.findings import Finding
from dlint.engine.selection import RuleIndex, UnknownRule
from dlint.model.document import Document
from dlint.model.spans import Span
from dlint.model.suppression_comments import SuppressionComment as Suppression
from dlint.model.suppression_comments import suppression_comments as find_suppressions
from dlint.rule_api import Edit, Fix, RuleContext, Severity, Violation, rule

UNUSED_SUPPRESSION = "DLX012"


@rule(
    UNUSED_SUPPRESSION,
    title="Suppression comment suppresses nothing",
    severity=Severity.INFO,
    category="maintainability",
    enabled=False,
    fixable=True,
)
def unused_suppression(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    return ()



Usage = set[tuple[int, str]]   # (index of the suppression, rule name as written) that silenced a finding


def apply_suppressions(
    findings: Iterable[Finding], suppressions: Sequence[Suppression], index: RuleIndex
) -> tuple[list[Finding], Usage]:
    """The findings no comment silences, and which comment names were needed."""
    known = [[name for name in s.names if _rules_named(index, name)] for s in suppressions]
    everywhere = [number for number, s in enumerate(suppressions) if s.is_global]
    on_line = _suppressions_by_line(suppressions)
    kept: list[Finding] = []
    used: Usage = set()
    for finding in findings:
        silenced = False
        names = (finding.rule, *finding.merged, *finding.aliases)
        for number in (*everywhere, *on_line.get(finding.span.line, ())):
            for name in known[number]:
                if index.names_match(name, names):
                    used.add((number, name))
                    silenced = True
        if not silenced:
            kept.append(finding)
    return kept, used


def _suppressions_by_line(suppressions: Sequence[Suppression]) -> dict[int, list[int]]:
    """The numbers of the comments covering each line; a line is listed once per instruction,
    so many comments above one long instruction do not multiply the work."""
    by_instruction: dict[tuple[int, int], list[int]] = {}
    for number, suppression in enumerate(suppressions):
        if not suppression.is_global and suppression.lines is not None:
            by_instruction.setdefault(suppression.lines, []).append(number)
    by_line: dict[int, list[int]] = {}
    for (first, last), numbers in by_instruction.items():
        for line in range(first, last + 1):
            by_line.setdefault(line, []).extend(numbers)
    return by_line


def unused_suppressions(
    doc: Document, suppressions: Sequence[Suppression], used: Usage, ran: Iterable[str], index: RuleIndex
) -> list[Violation]:
    """One violation per comment naming a rule that silenced nothing, saying why for each name."""
    ran = set(ran)
    violations = []
    for number, suppression in enumerate(suppressions):
        unused = [name for name in suppression.names if (number, name) not in used]
        if not unused:
            continue
        reasons = [_why_unused(name, suppression, ran, index) for name in unused]
        fix = None
        if len(unused) == len(suppression.names):
            fix = Fix("remove the suppression comment", (Edit(_whole_line(doc, suppression.comment.span.line), ""),))
        violations.append(
            Violation(suppression.comment.span, f"suppression comment silences nothing: {'; '.join(reasons)}", fix=fix)
        )
    return violations


def _why_unused(name: str, suppression: Suppression, ran: set[str], index: RuleIndex) -> str:
    ids = _rules_named(index, name)
    if not ids:
        return f"{name} is not a known rule"
    if not ids & ran:
        return f"{name} is not enabled"
    if suppression.is_global:
        return f"{name} reports nothing in this file"
    if suppression.lines is None:
        return f"{name}: no instruction follows this comment"
    return f"{name} reports nothing on the next instruction"


def _rules_named(index: RuleIndex, name: str) -> frozenset[str]:
    try:
        return frozenset(index.resolve(name))
    except UnknownRule:
        return frozenset()


def _whole_line(doc: Document, line: int) -> Span:
    if line < len(doc.lines):
        return Span(line, 1, line + 1, 1)
    return Span(line, 1, line, len(doc.lines[line - 1]) + 1 if line <= len(doc.lines) else 1)
