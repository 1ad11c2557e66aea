"""A RUN with a pipe and without ``pipefail`` (DL4006).

A pipeline's exit status is its last command's: ``wget -O- URL | tar x``
succeeds when the download fails, and the build goes on with a broken
step. ``pipefail`` makes any failing command fail the pipeline. It is on
when the SHELL in effect is bash, zsh, ash, ksh or mksh started with ``-o
pipefail`` (``SHELL ["/bin/bash", "-eo", "pipefail", "-c"]``), or when the
script sets it (``set -o pipefail``, ``set -euo pipefail``) before its
first pipe; hadolint accepts only the SHELL. Plain ``sh`` may not know the
option, so ``SHELL ["/bin/sh", "-o", "pipefail", "-c"]`` does not count.
Non-POSIX shells (PowerShell, cmd) are not judged. Reported once per RUN,
on its first pipe.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dlint.model.document import Document
from dlint.model.shell_script import Command
from dlint.rule_api import RuleContext, Severity, Violation, rule

PIPEFAIL_SHELLS = frozenset({"bash", "zsh", "ash", "ksh", "mksh"})


@rule(
    "DL4006",
    title="RUN with a pipe without pipefail",
    severity=Severity.WARNING,
    aliases=("DS032", "AVD-DS-0032"),
    category="correctness",
)
def pipe_without_pipefail(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for instruction in doc.instructions:
        acting = instruction.trigger_or_self
        if acting is None or acting.keyword != "RUN":
            continue
        script = doc.shell(instruction)
        if script is None or _shell_sets_pipefail(script.shell):
            continue
        previous: Command | None = None
        for command in script.commands:
            if command.program == "set" and sets_pipefail(command.args):
                break
            if command.operator_before in ("|", "|&"):
                start = previous.span if previous is not None and previous.in_pipeline else command.span
                yield Violation(
                    start.cover(command.span),
                    "Set the SHELL option -o pipefail (or `set -o pipefail`) before a RUN with a pipe: "
                    "otherwise only the last command's failure fails the step",
                )
                break
            previous = command


def _shell_sets_pipefail(shell: Sequence[str]) -> bool:
    return bool(shell) and shell[0].rsplit("/", 1)[-1] in PIPEFAIL_SHELLS and sets_pipefail(shell[1:])


def sets_pipefail(args: Sequence[str]) -> bool:
    """Whether ``args`` of ``set`` or a shell turn ``pipefail`` on: ``-o pipefail``, ``-euo pipefail``."""
    return any(
        arg.startswith("-") and not arg.startswith("--") and arg.endswith("o") and following == "pipefail"
        for arg, following in zip(args, args[1:])
    )
