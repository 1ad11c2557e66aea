"""``npm install`` of packages without a version (DL3016).

``name@1.2.3``, a range (``name@">=1.2 <2"``) or a tag other than ``latest``
and ``next`` pins; so does a git URL with a ``#commit`` or ``#semver:``
fragment, a tarball (``.tgz``, ``.tar``, ``.tar.gz``) or a folder. A bare
``npm install`` or ``npm ci`` installs what ``package.json`` and its lock
file say, and is fine. ``npm i`` and ``npm add`` are ``npm install`` too.
Variables are judged by the value an ARG or ENV gives them. Reported on the
words that name unpinned packages.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._unpinned import unpinned_packages
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3016",
    title="npm install without version pins",
    severity=Severity.WARNING,
    category="best-practice",
    tags=("reproducibility",),
)
def unpinned_npm_packages(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(program="npm", kind="install", keyword="RUN"):
        found = unpinned_packages(command)
        if found is not None:
            yield Violation(
                found.span, f"Pin versions in npm install: {found.listed()} (write `{found.names[0]}@<version>`)"
            )
