"""``pip install`` of packages without a version (DL3013).

Pinned: a version specifier (``flask==3.0``, ``flask>=3``), a VCS URL with
``@ref``, a local path or archive. Installing from a requirements or
constraints file (``-r``, ``-c``) or the local project (``.``) leaves the
versions to that file. A word built from a variable is not judged.
Reported on the unpinned requirement words.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._pip import installs_from_files, is_pinned, pip_install_words, requirement_words
from dlint.checks._run_commands import run_scripts, without_wrappers
from dlint.checks._unpinned import unpinned
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
    for run in run_scripts(doc):
        for command in map(without_wrappers, run.script.commands):
            words = pip_install_words(command)
            if words is None or installs_from_files(words):
                continue
            found = unpinned(doc, run.instruction, requirement_words(words), is_pinned)
            if found is not None:
                yield Violation(
                    found.span,
                    f"Pin versions in pip install: {found.listed()} (write `{found.names[0]}==<version>` "
                    "or install from a requirements file)",
                )
