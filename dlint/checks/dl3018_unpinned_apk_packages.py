"""``apk add`` of packages without a version (DL3018).

``pkg=1.2-r0`` pins a version, ``pkg~1.2`` and ``pkg>1.2`` a range; a local
``.apk`` file is what it is. The values of ``--virtual``/``-t`` and
``--repository``/``-X`` are no packages. A variable is judged by the value
an ARG or ENV gives it, and not at all when that value is unknown. Reported
on the words that name unpinned packages.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._unpinned import unpinned_packages
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3018",
    title="apk add without version pins",
    severity=Severity.WARNING,
    category="best-practice",
    tags=("reproducibility",),
)
def unpinned_apk_packages(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(tool="apk", verb="add", keyword="RUN"):
        found = unpinned_packages(command)
        if found is not None:
            yield Violation(
                found.span, f"Pin versions in apk add: {found.listed()} (write `{found.names[0]}=<version>`)"
            )
