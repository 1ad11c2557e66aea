"""``wget`` without ``--progress``, ``-q`` or ``-nv`` (DL3047).

wget's default progress bar redraws itself many times a second; in a build
log that is thousands of lines for one download. ``--progress=dot:giga``,
``-q``/``--quiet``, ``-nv``/``--no-verbose``, or sending the log to a file
(``-o``/``--output-file``, ``-a``/``--append-output``) keep it short.
Reported on the wget command.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_QUIET_ENOUGH = ("progress", "quiet", "no-verbose", "output-file", "append-output")


@rule(
    "DL3047",
    title="wget without a quiet progress option",
    severity=Severity.INFO,
    category="maintainability",
)
def wget_progress(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(program="wget", keyword="RUN"):
        if not any(command.has_flag(flag) for flag in _QUIET_ENOUGH):
            yield Violation(
                command.span,
                "Avoid wget's progress bar in build logs: use `wget --progress=dot:giga <url>`, "
                "`-q` or `-nv`",
            )
