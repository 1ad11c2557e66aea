"""Base images not pinned by digest (DLX011, off by default).

A tag can be moved to other content at any time; only ``@sha256:...`` names
exactly one image. Teams that require reproducible or supply-chain-audited
builds turn this rule on.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DLX011",
    title="Base image is not pinned by digest",
    severity=Severity.INFO,
    category="security",
    tags=("reproducibility", "supply-chain"),
    enabled=False,
)
def base_image_without_digest(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for stage in doc.stages:
        image = stage.base
        if image.is_stage or image.is_scratch or not image.valid or image.digest:
            continue
        yield Violation(
            image.span,
            f"`{image.value}` is not pinned by digest; use `{image.value}@sha256:<digest>` "
            "so every build gets the same image",
        )
