"""``apt-get install`` of packages without a version (DL3008).

``pkg=1.2-3`` pins a version; a release (``pkg/bookworm``) or a local ``.deb``
also counts, as in hadolint. A variable (``$PACKAGES``) is judged by the
value an ARG or ENV gives it, and not at all when that value is unknown.
Reported on the words that name unpinned packages.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._package_managers import APT, action, operands
from dlint.checks._run_commands import run_scripts, without_wrappers
from dlint.checks._unpinned import unpinned
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3008",
    title="apt-get install without version pins",
    severity=Severity.WARNING,
    category="best-practice",
    tags=("reproducibility",),
)
def unpinned_apt_packages(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for run in run_scripts(doc):
        for command in map(without_wrappers, run.script.commands):
            if command.program != "apt-get" or action(command, APT) != "install":
                continue
            found = unpinned(doc, run.instruction, operands(command, APT)[1:], _pinned)
            if found is not None:
                yield Violation(
                    found.span,
                    f"Pin versions in apt-get install: {found.listed()} (write `{found.names[0]}=<version>`)",
                )


def _pinned(package: str) -> bool:
    return "=" in package or "/" in package or package.endswith(".deb")
