"""``ln -s ... /bin/sh`` to change the shell RUN uses (DL4005).

Replacing ``/bin/sh`` changes the shell of every program in the image that
runs ``sh``, not only of the Dockerfile; the SHELL instruction changes the
shell of the RUN instructions that follow, and says so. Reported on the
``ln`` command whose link is ``/bin/sh`` (or ``/usr/bin/sh``); a link that
only points at ``/bin/sh`` is fine.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_SYSTEM_SHELLS = frozenset({"/bin/sh", "/usr/bin/sh"})


@rule(
    "DL4005",
    title="ln replaces /bin/sh instead of using SHELL",
    severity=Severity.WARNING,
    category="best-practice",
)
def ln_bin_sh(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(program="ln", keyword="RUN"):
        if command.has_flag("target-directory") or len(command.operands) < 2:
            continue
        if command.operands[-1].value in _SYSTEM_SHELLS:
            yield Violation(command.span, "Use SHELL to change the default shell")
