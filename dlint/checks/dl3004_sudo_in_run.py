"""``sudo`` in a RUN (DL3004).

A build already runs as the USER the Dockerfile sets; ``sudo`` adds a
setuid program to the image and unpredictable TTY and signal handling. Use
``USER root`` for the steps that need it, then switch back. Reported on the
``sudo`` word, behind other wrappers, in ``sh -c`` strings, heredocs and
ONBUILD triggers too; installing the ``sudo`` package is not reported.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3004",
    title="sudo in RUN",
    severity=Severity.ERROR,
    aliases=("DS010", "AVD-DS-0010", "CKV2_DOCKER_1"),
    category="security",
    tags=("security",),
)
def sudo_in_run(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    reported = set()
    for command in doc.commands(keyword="RUN"):
        sudo = next((wrapper.words[0] for wrapper in command.wrappers if wrapper.name == "sudo"), None)
        if sudo is None and command.program == "sudo":
            sudo = command.argv[0]
        # ``sudo sh -c 'a && b'`` runs two commands behind one sudo: one finding.
        if sudo is not None and sudo.span not in reported:
            reported.add(sudo.span)
            yield Violation(sudo.span, _MESSAGE)


_MESSAGE = "Do not use sudo: it has unpredictable TTY and signal handling; use USER for steps that need root"
