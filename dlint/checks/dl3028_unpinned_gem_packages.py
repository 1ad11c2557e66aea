"""``gem install`` of gems without a version (DL3028).

``name:1.2.3`` pins a gem, and ``-v``/``--version`` pins every gem of the
command; a local ``.gem`` file is what it is. ``gem i`` is ``gem install``.
Words after ``--`` are build options of the gem, not gems. Variables are
judged by the value an ARG or ENV gives them. Reported on the words that
name unpinned gems.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._unpinned import unpinned_packages
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3028",
    title="gem install without version pins",
    severity=Severity.WARNING,
    category="best-practice",
    tags=("reproducibility",),
)
def unpinned_gems(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(program="gem", kind="install", keyword="RUN"):
        found = unpinned_packages(command)
        if found is not None:
            yield Violation(
                found.span, f"Pin versions in gem install: {found.listed()} (write `{found.names[0]}:<version>`)"
            )
