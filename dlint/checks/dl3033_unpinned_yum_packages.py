"""``yum install`` of packages without a version (DL3033).

``pkg-1.2``, ``pkg-1.2-3.el9``, ``pkg-1:1.2`` and ``"pkg >= 1.2"`` pin a
version; an ``.rpm`` file or a URL is what it is. ``yum module install``
names modules, pinned by a stream (``nodejs:18``). A variable is judged by
the value an ARG or ENV gives it, and not at all when that value is unknown.
hadolint counts any dash as a version (``rpm-sign``); dlint wants a version
that starts with a digit. Reported on the words that name unpinned packages.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._rpm_packages import unpinned_rpm_packages
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3033",
    title="yum install without version pins",
    severity=Severity.WARNING,
    category="best-practice",
    tags=("reproducibility",),
)
def unpinned_yum_packages(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(program="yum", kind="install", keyword="RUN"):
        found = unpinned_rpm_packages(command)
        if found is not None:
            yield Violation(
                found.span, f"Specify version with `yum install -y <package>-<version>`: {found.listed()}"
            )
