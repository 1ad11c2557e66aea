"""``zypper dist-upgrade`` in a RUN (DL3035).

A distribution upgrade may move the image to another release of the
distribution behind the base image's back: pick the base image of the
release you want instead. Reported on the subcommand (``dist-upgrade`` or
``dup``).
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_DIST_UPGRADES = ("dist-upgrade", "dup")


@rule(
    "DL3035",
    title="zypper dist-upgrade in a RUN",
    severity=Severity.WARNING,
    category="best-practice",
    tags=("reproducibility",),
)
def zypper_dist_upgrade(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(tool="zypper", kind="upgrade", keyword="RUN"):
        if command.verb.value in _DIST_UPGRADES:
            yield Violation(
                command.verb.span, "Do not use `zypper dist-upgrade`: use a base image of the release you want"
            )
