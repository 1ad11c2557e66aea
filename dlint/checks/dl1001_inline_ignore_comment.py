"""An ignore comment on one instruction: ``# hadolint ignore=DL3008`` or ``# dlint ignore=...`` (DL1001).

Off by default. Teams that want every exception decided in one place (the
config file, or a ``global ignore`` at the top of the Dockerfile) turn it on
to find the rules silenced instruction by instruction. hadolint reports its
own ``# hadolint ignore=`` comments; dlint's ``# dlint ignore=`` is the
same thing and is reported too. ``global ignore`` comments are not.
Reported on the comment.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.model.suppression_comments import suppression_comments
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL1001",
    title="Inline ignore comment",
    severity=Severity.INFO,
    category="maintainability",
    enabled=False,
)
def inline_ignore_comment(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for suppression in suppression_comments(doc):
        if not suppression.is_global:
            yield Violation(
                suppression.comment.span,
                f"Please refrain from inline ignore comments (`# {suppression.tool} ignore=...`): "
                "ignore rules in the config file or with a global ignore",
            )
