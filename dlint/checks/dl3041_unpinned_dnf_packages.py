"""``dnf install`` (or ``microdnf install``) of packages without a version (DL3041).

``pkg-1.2``, ``pkg-1.2-3.el9``, ``pkg-1:1.2`` and ``"pkg >= 1.2"`` pin a
version; an ``.rpm`` file or a URL is what it is. ``dnf module install``
names modules, pinned by a stream (``nodejs:18``). A variable is judged by
the value an ARG or ENV gives it, and not at all when that value is unknown.
Reported on the words that name unpinned packages.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._rpm_packages import unpinned_rpm_packages
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3041",
    title="dnf install without version pins",
    severity=Severity.WARNING,
    category="best-practice",
    tags=("reproducibility",),
)
def unpinned_dnf_packages(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(tool="yum", kind="install", keyword="RUN"):
        if command.program not in ("dnf", "microdnf"):
            continue
        found = unpinned_rpm_packages(command)
        if found is not None:
            yield Violation(
                found.span,
                f"Specify version with `{command.program} install -y <package>-<version>`: {found.listed()}",
            )
