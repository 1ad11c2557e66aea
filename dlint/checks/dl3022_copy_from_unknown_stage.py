"""COPY --from names no earlier stage (DL3022).

``COPY --from=build`` must name a stage defined above it (or its index). A
bare name that matches no earlier stage is a typo or a stage defined later,
and BuildKit would try to pull an image of that name instead. A name that is
clearly an image reference (``nginx:1.27``, ``ghcr.io/org/tool``,
``image@sha256:...``) is a deliberate copy from an image, which hadolint also
reports and dlint does not. As in hadolint, a COPY --from before the first
FROM (a fragment) is judged too: no stage comes before it.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3022",
    title="COPY --from should name an earlier stage",
    severity=Severity.WARNING,
    category="correctness",
)
def copy_from_unknown_stage(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for instruction in doc.preamble:
        source = instruction.flag("from") if instruction.keyword == "COPY" else None
        if source is not None and source.value and not _names_an_image(source.value) and "$" not in source.value:
            yield Violation(source.span, f"COPY --from={source.value} names no earlier stage: it comes before the first FROM")
    for stage in doc.stages:
        for reference in stage.dependencies:
            if reference.kind != "copy" or "$" in reference.name:
                continue
            named = reference.stage
            if named is not None and named.index < stage.index:
                continue
            if named is None and _names_an_image(reference.name):
                continue
            if named is not None and named is not stage:
                where = f"the stage `{reference.name}` is defined later, on line {named.from_.span.line}"
            elif named is None:
                where = f"no stage above is named `{reference.name}`"
            else:
                continue
            yield Violation(reference.span, f"COPY --from={reference.name} names no earlier stage: {where}")


def _names_an_image(name: str) -> bool:
    return any(mark in name for mark in ":/@")
