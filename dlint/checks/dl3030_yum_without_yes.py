"""``yum install`` without ``-y`` (DL3030).

Without ``-y`` (``--assumeyes``) yum asks before installing and the build,
which has no terminal, aborts. ``install``, ``groupinstall`` and
``localinstall`` are judged. Reported on the command.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

ASKING = ("install", "groupinstall", "localinstall")


@rule(
    "DL3030",
    title="yum install without -y",
    severity=Severity.WARNING,
    category="correctness",
)
def yum_without_yes(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(program="yum", kind="install", keyword="RUN"):
        if command.verb.value in ASKING and not command.has_flag("yes"):
            yield Violation(command.span, "Use the -y switch to avoid manual input `yum install -y <package>`")
