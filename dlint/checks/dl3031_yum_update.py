"""``yum update`` in a RUN (DL3031, off by default).

Upgrading the base image's packages in a layer makes the image depend on the
day it was built. hadolint removed the rule in 2.x, with DL3017 and DL3039,
since Docker's best practices now recommend picking up security fixes; dlint
keeps it, off by default, so configurations that name DL3031 still mean
something. ``yum`` ``update``, ``upgrade`` and their ``-minimal`` forms are
judged; ``dnf`` and ``microdnf`` are DL3039's. Reported on the subcommand.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_UPDATES = ("update", "upgrade", "update-minimal", "upgrade-minimal")


@rule(
    "DL3031",
    title="yum update in a RUN",
    severity=Severity.ERROR,
    category="best-practice",
    tags=("reproducibility",),
    enabled=False,
)
def yum_update(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(program="yum", keyword="RUN"):
        if command.verb is not None and command.verb.value in _UPDATES:
            yield Violation(command.verb.span, f"Do not use yum {command.verb.value}: use a newer base image")
