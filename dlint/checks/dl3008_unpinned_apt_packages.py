"""``apt-get install`` of packages without a version (DL3008).

``pkg=1.2-3`` pins a version; a release (``pkg/bookworm``) or a local ``.deb``
also counts, as in hadolint. A variable (``$PACKAGES``) is judged by the
value an ARG or ENV gives it, and not at all when that value is unknown.
Reported on the words that name unpinned packages.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._unpinned import unpinned_packages
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
    for command in doc.commands(program="apt-get", verb="install", keyword="RUN"):
        found = unpinned_packages(command)
        if found is not None:
            yield Violation(
                found.span, f"Pin versions in apt-get install: {found.listed()} (write `{found.names[0]}=<version>`)"
            )
