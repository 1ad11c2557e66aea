"""``apk upgrade`` in a RUN (DL3017, off by default).

Upgrading the base image's packages in a layer makes the image depend on
the day it was built. hadolint has dropped the rule from its list (Docker's
best practices now recommend picking up security fixes), so it is off by
default here too; enable it to keep builds reproducible. Reported on the
subcommand.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3017",
    title="apk upgrade in a RUN",
    severity=Severity.ERROR,
    category="best-practice",
    tags=("reproducibility",),
    enabled=False,
)
def apk_upgrade(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(tool="apk", verb="upgrade", keyword="RUN"):
        yield Violation(command.verb.span, "Do not use apk upgrade: use a newer base image instead")
