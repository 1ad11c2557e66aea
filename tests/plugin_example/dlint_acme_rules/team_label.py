"""ACME001: the image must say which team owns it.

What it does
    Reports a Dockerfile whose final stage sets no ``com.acme.team`` label
    (or the label named by the ``label`` option).

Why is this bad?
    When a vulnerable image turns up in production, the label is how the
    on-call engineer finds the team that can rebuild it.

Example
    FROM python:3.12-slim

Use instead
    FROM python:3.12-slim
    LABEL com.acme.team=payments
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

DEFAULT_LABEL = "com.acme.team"


@rule(
    "ACME001",
    title="Image has no owning-team label",
    severity=Severity.WARNING,
    category="maintainability",
    options={"label": DEFAULT_LABEL},
)
def image_without_team_label(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    final = doc.target
    if final is None:
        return
    wanted = ctx.option("label", DEFAULT_LABEL)
    labels = {
        key.value.strip("\"'")
        for instruction in final.instructions
        if instruction.keyword == "LABEL"
        for key in instruction.args[0::2]
    }
    if wanted not in labels:
        yield Violation(final.from_.keyword_span, f"the final stage sets no {wanted} label: add LABEL {wanted}=<team>")
