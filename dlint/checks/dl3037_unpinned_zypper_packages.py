"""``zypper install`` of packages without a version (DL3037).

``pkg=1.2``, ``pkg>=1.2`` (quoted, or the shell reads a redirection),
``pkg-1.2`` and ``pkg-1.2-3.1`` pin a version; an ``.rpm`` file or a URL is
what it is. A variable is judged by the value an ARG or ENV gives it, and
not at all when that value is unknown. Reported on the words that name
unpinned packages.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._rpm_packages import INSTALLS
from dlint.checks._unpinned import unpinned_packages
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3037",
    title="zypper install without version pins",
    severity=Severity.WARNING,
    category="best-practice",
    tags=("reproducibility",),
)
def unpinned_zypper_packages(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(tool="zypper", kind="install", keyword="RUN"):
        found = unpinned_packages(command) if command.verb.value in INSTALLS else None
        if found is not None:
            yield Violation(
                found.span, f"Specify version with `zypper install -y <package>=<version>`: {found.listed()}"
            )
