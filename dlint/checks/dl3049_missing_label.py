"""An image built without a label the ``label-schema`` requires (DL3049).

Each stage is an image that can be built and shipped (``--target``), so each
one must carry every label of the schema: set by its own LABEL, inherited
from the stage it is built FROM, or set there by an ``ONBUILD LABEL``. A stage
another stage uses as its base, as a ``COPY --from`` source or as a
``RUN --mount=from=`` source is an intermediate step whose results reach the
images built from it, so it is not judged itself; hadolint exempts such
stages too, though only for COPY sources and for a base whose child sets the
label without a stage name of its own. A stage with a label key dlint cannot
expand may set any label and is left alone. Labels a base *image* sets are
invisible here, so they count as missing, as in hadolint.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._labels import instruction_labels
from dlint.model.document import Document
from dlint.model.stages import Stage
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3049",
    title="Label is missing",
    severity=Severity.INFO,
    category="maintainability",
    tags=("label",),
)
def missing_label(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    if not ctx.label_schema:
        return
    sources = {ref.stage for stage in doc.stages for ref in stage.dependencies if ref.stage not in (None, stage)}
    for stage in doc.stages:
        if stage in sources:
            continue
        carried = carried_label_keys(doc, stage)
        if None in carried:
            continue
        for name in ctx.label_schema:
            if name not in carried:
                yield Violation(
                    stage.from_.span,
                    f"Label `{name}` is missing: the image of this stage does not set it; add `LABEL {name}=...`",
                )


def carried_label_keys(doc: Document, stage: Stage) -> set[str | None]:
    """The label keys the stage's image carries (None for a key dlint cannot expand)."""
    keys: set[str | None] = set()
    for distance, member in enumerate(stage.chain()):
        for instruction in member.instructions:
            for label in instruction_labels(doc, instruction):
                # a parent's ONBUILD LABEL fires in the stage built FROM it
                if distance > 0 or not label.trigger:
                    keys.add(label.key)
    return keys
