"""Base images must not float on ``latest`` (DL3007).

Judged after ARG expansion: ``ARG TAG=latest`` with ``FROM nginx:${TAG}`` is
``latest`` too. A digest pins the image whatever the tag says.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3007",
    title="Base image uses the latest tag",
    severity=Severity.WARNING,
    aliases=("DS001", "AVD-DS-0001", "CKV_DOCKER_7"),
    category="best-practice",
    tags=("reproducibility",),
)
def latest_base_image(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for stage in doc.stages:
        image = stage.base
        if image.is_stage or image.is_scratch or not image.valid or image.digest or image.tag != "latest":
            continue
        expanded = "" if image.text == image.value else f" (`{image.text}` resolves to `{image.value}`)"
        yield Violation(
            image.span,
            f"Using `latest` is prone to errors if the image ever updates{expanded}; "
            f"pin `{image.name}` to a release tag",
        )
