"""A label of the ``label-schema`` set to an empty value (DL3051).

Whatever its type, a schema label is there to say something: ``LABEL
version=""`` (or a value that expands to nothing) carries no information.
A value dlint cannot expand is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._labels import written_labels
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3051",
    title="Label is empty",
    severity=Severity.WARNING,
    category="maintainability",
    tags=("label",),
)
def empty_label(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    if not ctx.label_schema:
        return
    for label in written_labels(doc):
        if label.key in ctx.label_schema and label.value == "":
            yield Violation(label.span, f"Label `{label.key}` is empty: give it a value")
