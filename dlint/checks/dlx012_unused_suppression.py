"""Suppression comments that suppress nothing (DLX012).

A ``# dlint ignore=DL3008`` (or ``# hadolint ignore=...``) comment that no
finding needs any more outlives the problem it hid, and later hides a new
problem on the same instruction without anyone deciding so.

This check yields nothing by itself, on purpose: whether a comment suppressed
something is known only after every other rule has run on the file and the
engine has applied the comments, which a rule cannot see. So the engine
(:func:`dlint.engine.suppressions.unused_suppressions`) reports these findings
when this rule is enabled. Declaring the rule here still gives it an id, a
severity, a catalogue entry and a row in ``dlint rules``, like every rule.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.engine.context import RuleContext
from dlint.engine.findings import Severity, Violation
from dlint.engine.registry import rule
from dlint.model.document import Document

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
