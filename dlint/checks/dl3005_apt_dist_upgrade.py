"""``apt-get dist-upgrade`` in a RUN (DL3005).

A distribution upgrade may move the image to packages of another release
behind the base image's back: pick the base image of the release you want
instead. ``apt full-upgrade`` is the same operation. A plain ``apt-get
upgrade`` is not reported: hadolint's current DL3005 and Docker's best
practices accept upgrading the packages of the base image's own release.
Reported on the subcommand.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_DIST_UPGRADES = ("dist-upgrade", "full-upgrade")


@rule(
    "DL3005",
    title="apt-get dist-upgrade in a RUN",
    severity=Severity.ERROR,
    aliases=("DS024", "AVD-DS-0024"),
    category="best-practice",
    tags=("reproducibility",),
)
def apt_dist_upgrade(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(tool="apt-get", kind="upgrade", keyword="RUN"):
        if command.verb.value in _DIST_UPGRADES:
            yield Violation(
                command.verb.span,
                f"Do not use {command.program} {command.verb.value}: use a base image of the release you want",
            )
