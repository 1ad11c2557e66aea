"""``apt-get install`` without ``-y`` (DL3014).

Without ``-y`` apt asks before installing and the build, which has no
terminal, aborts. ``-y`` in any spelling counts, and so do ``-qq`` (quiet
level 2 implies yes), ``-o APT::Get::Assume-Yes=true`` and ``--simulate``
(which installs nothing). ``apt install`` asks the same question and is
judged too. Reported on the command.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.commands import ResolvedCommand
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_ASKING = ("install", "reinstall", "build-dep", "satisfy")
_ON = ("true", "1", "yes", "on")


@rule(
    "DL3014",
    title="apt-get install without -y",
    severity=Severity.WARNING,
    aliases=("DS021", "AVD-DS-0021"),
    category="correctness",
)
def apt_get_without_yes(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(tool="apt-get", kind="install", keyword="RUN"):
        if command.program == "aptitude" or command.verb.value not in _ASKING:
            continue
        if command.has_flag("yes") or command.has_flag("simulate") or _assumes_yes(command):
            continue
        yield Violation(
            command.span, f"Use the `-y` switch to avoid manual input `{command.program} -y install <package>`"
        )


def _assumes_yes(command: ResolvedCommand) -> bool:
    quiet = 0
    for option in command.options:
        if option.name == "quiet":
            quiet += int(option.value) if option.value is not None and option.value.isdigit() else 1
    if quiet >= 2:
        return True
    return any(
        key.lower() == "apt::get::assume-yes" and value.lower() in _ON
        for key, _, value in (setting.partition("=") for setting in command.option_values("option"))
    )
