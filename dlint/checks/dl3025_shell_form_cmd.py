"""CMD and ENTRYPOINT in shell form (DL3025).

Shell form runs the command under ``/bin/sh -c``: the program is not PID 1,
so it never receives SIGTERM from ``docker stop``, and an ENTRYPOINT in shell
form ignores the arguments of ``docker run``. Reported on the command text.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3025",
    title="CMD or ENTRYPOINT in shell form",
    severity=Severity.WARNING,
    category="correctness",
)
def shell_form_cmd(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for instruction in doc.instructions:
        if instruction.keyword not in ("CMD", "ENTRYPOINT") or instruction.json or not instruction.args:
            continue
        yield Violation(
            instruction.arguments_span,
            f"Use arguments JSON notation for {instruction.keyword} arguments: "
            f'{instruction.keyword} ["executable", "arg"...] runs the program as PID 1 so it receives signals',
        )
