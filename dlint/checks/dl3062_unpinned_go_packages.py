"""``go install``, ``go get`` or ``go run`` of a module without a version (DL3062).

``example.com/tool@v1.2.3`` pins what is built; no ``@`` or a query
(``@latest``, ``@upgrade``, ``@patch``, a branch such as ``@main``) takes
whatever is newest that day. The module's own packages (``.``, ``./cmd/app``,
an absolute path) and go.mod's patterns (``tool``, ``all``) are pinned by
go.mod. ``go run`` runs one package: the words after it are the program's
arguments. Variables are judged by the value an ARG or ENV gives them.
Reported on the words that name unpinned packages.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._unpinned import unpinned_packages
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3062",
    title="go install without a version",
    severity=Severity.WARNING,
    category="best-practice",
    tags=("reproducibility",),
)
def unpinned_go_packages(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(program="go", keyword="RUN"):
        if command.verb_kind != "install" and not command.runs("run"):
            continue
        found = unpinned_packages(command)
        if found is not None:
            yield Violation(
                found.span, f"Pin versions in go: {found.listed()} (write `{found.names[0]}@<version>`)"
            )
