"""``dnf install`` (or ``microdnf install``) without ``-y`` (DL3038).

Without ``-y`` (``--assumeyes``) dnf asks before installing and the build,
which has no terminal, aborts. ``install`` (and its short form ``in``),
``groupinstall`` and ``localinstall`` are judged. Reported on the command.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_ASKING = ("install", "in", "groupinstall", "localinstall")


@rule(
    "DL3038",
    title="dnf install without -y",
    severity=Severity.WARNING,
    category="correctness",
)
def dnf_without_yes(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(tool="yum", kind="install", keyword="RUN"):
        if command.program not in ("dnf", "microdnf") or command.verb.value not in _ASKING:
            continue
        if not command.has_flag("yes"):
            yield Violation(
                command.span, f"Use the -y switch to avoid manual input `{command.program} install -y <package>`"
            )
