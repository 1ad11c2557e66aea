"""``pip install`` of packages without a version (DL3013).

Pinned: a version specifier (``flask==3.0``, ``flask>=3``), a VCS URL with
``@ref``, a local path or archive. Installing from a requirements or
constraints file (``-r``, ``-c``) or the local project (``.``) leaves the
versions to that file. A word built from a variable is not judged.
Reported on the unpinned requirement words.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._unpinned import unpinned_packages
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3013",
    title="pip install without version pins",
    severity=Severity.WARNING,
    category="best-practice",
    tags=("reproducibility",),
)
def unpinned_pip_packages(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands("pip", "install", keyword="RUN"):
        from_files = command.has_flag("requirement") or command.has_flag("constraint")
        if from_files or any(word.value == "." for word in command.operands):
            continue
        found = unpinned_packages(command)
        if found is not None:
            yield Violation(
                found.span,
                f"Pin versions in pip install: {found.listed()} (write `{found.names[0]}==<version>` "
                "or install from a requirements file)",
            )
