"""A zypper command that asks for confirmation, without ``-n`` or ``-y`` (DL3034).

``zypper install``, ``remove``, ``source-install`` and ``patch`` ask before
changing packages; the build has no terminal and aborts. The global
``-n``/``--non-interactive`` or the command's ``-y``/``--no-confirm``
answer for it. Reported on the command.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_ASKING = ("install", "in", "remove", "rm", "source-install", "si", "patch")


@rule(
    "DL3034",
    title="zypper without -n or -y",
    severity=Severity.WARNING,
    category="correctness",
)
def zypper_without_yes(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(tool="zypper", keyword="RUN"):
        if command.verb is not None and command.verb.value in _ASKING and not command.has_flag("yes"):
            yield Violation(command.span, "Non-interactive switch missing from `zypper` command: `zypper install -y`")
