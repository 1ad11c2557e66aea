"""``dnf upgrade`` in a RUN (DL3039, off by default).

Upgrading the base image's packages in a layer makes the image depend on
the day it was built. hadolint has dropped the rule from its list (Docker's
best practices now recommend picking up security fixes), so it is off by
default here too. ``dnf`` and ``microdnf`` ``upgrade`` and
``upgrade-minimal`` (and their short forms) are judged; ``dnf update`` is
the same command. Reported on the subcommand.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_UPGRADES = ("upgrade", "up", "update", "upgrade-minimal", "up-min", "update-minimal")


@rule(
    "DL3039",
    title="dnf upgrade in a RUN",
    severity=Severity.ERROR,
    category="best-practice",
    tags=("reproducibility",),
    enabled=False,
)
def dnf_upgrade(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(tool="yum", kind="upgrade", keyword="RUN"):
        if command.program in ("dnf", "microdnf") and command.verb.value in _UPGRADES:
            yield Violation(
                command.verb.span, f"Do not use {command.program} {command.verb.value}: use a newer base image"
            )
