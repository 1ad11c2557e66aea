"""``apt-get install`` without ``--no-install-recommends`` (DL3015).

Recommended packages are rarely needed in an image and can double its size.
Setting ``APT::Install-Recommends=false`` on the command line counts too.
Reported on the apt-get command.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._package_managers import APT, action
from dlint.checks._run_commands import run_scripts, without_wrappers
from dlint.model.document import Document
from dlint.model.shell_script import Command
from dlint.rule_api import RuleContext, Severity, Violation, rule

_OFF = ("false", "0", "no", "off")


@rule(
    "DL3015",
    title="apt-get install without --no-install-recommends",
    severity=Severity.INFO,
    aliases=("DS029", "AVD-DS-0029"),
    category="performance",
    tags=("image-size",),
)
def apt_install_recommends(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for run in run_scripts(doc):
        for original in run.script.commands:
            command = without_wrappers(original)
            if command.program != "apt-get" or action(command, APT) != "install":
                continue
            if command.has_option("--no-install-recommends") or _recommends_off(command):
                continue
            yield Violation(
                original.span,
                "Avoid additional packages by specifying `--no-install-recommends`",
            )


def _recommends_off(command: Command) -> bool:
    for arg in command.args:
        key, _, value = arg.partition("=")
        if key.lower() == "apt::install-recommends" and value.lower() in _OFF:
            return True
    return False
