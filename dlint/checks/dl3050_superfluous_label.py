"""A label outside the ``label-schema`` when ``strict-labels`` is on (DL3050).

With ``strict-labels: true`` the schema lists every label an image may carry,
so each other key is reported where it is written (hadolint reports the
LABEL instruction once; dlint points at each superfluous key). A strict
config without a schema allows no label at all, as in hadolint.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._labels import written_labels
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3050",
    title="Superfluous label present",
    severity=Severity.INFO,
    category="maintainability",
    tags=("label",),
)
def superfluous_label(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    if not ctx.strict_labels:
        return
    for label in written_labels(doc):
        if label.key is not None and label.key not in ctx.label_schema:
            yield Violation(
                label.key_span,
                f"Superfluous label `{label.key}`: strict-labels allows only the labels of the label-schema",
            )
