"""A RUN that runs an interactive or system-administration program (DL3001).

``ssh``, ``vim``, ``top``, ``ps``, ``free``, ``kill``, ``mount``, ``service``,
``shutdown`` and ``ifconfig`` do nothing useful while an image builds: there
is no terminal, no init system and no running service to manage. Their
presence usually means a step copied from an interactive session. Found
behind wrappers (``sudo service nginx start``), in ``sh -c`` strings, heredocs
and ONBUILD triggers; installing the package (``apt-get install ssh``) is
fine. Reported on the program word.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

POINTLESS_IN_A_BUILD = frozenset(
    {"free", "ifconfig", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim"}
)


@rule(
    "DL3001",
    title="Command that makes no sense in a container build",
    severity=Severity.INFO,
    category="best-practice",
)
def pointless_command(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(keyword="RUN"):
        if command.program in POINTLESS_IN_A_BUILD:
            yield Violation(
                command.argv[0].span,
                f"`{command.program}` makes no sense while an image builds: there is no terminal, "
                "service manager or running system to act on",
            )
