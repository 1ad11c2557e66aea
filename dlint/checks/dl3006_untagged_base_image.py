"""Base images must name a version: a FROM without a tag (DL3006).

Judged on the image after ARG expansion, so ``FROM python:${V}`` with
``ARG V=3.12`` is tagged. A stage name, ``scratch`` and a digest need no tag;
an image whose name cannot be worked out is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3006",
    title="Base image has no tag",
    severity=Severity.WARNING,
    # Trivy and Checkov read a missing tag as ``latest``: one check covers both rules.
    aliases=("DS001", "AVD-DS-0001", "CKV_DOCKER_7"),
    category="best-practice",
    tags=("reproducibility",),
)
def untagged_base_image(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for stage in doc.stages:
        image = stage.base
        if image.is_stage or image.is_scratch or not image.valid or image.digest or image.tag:
            continue
        yield Violation(
            image.span,
            f"Always tag the version of an image explicitly: `{image.name}` pulls whatever `latest` "
            f"is today; use `{image.name}:<version>`",
        )
