"""``cd`` in a RUN to work in a folder, where WORKDIR says it once (DL3003).

A ``cd`` lasts only until the end of its RUN, so the next RUN starts in the
WORKDIR again; WORKDIR states the folder for every later instruction and
creates it. Reported on each ``cd``, in heredocs, ``sh -c`` strings and ONBUILD
triggers too. A ``cd`` inside a subshell, ``$( )`` or ``pushd`` is still a
``cd``, as in hadolint.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3003",
    title="cd in RUN instead of WORKDIR",
    severity=Severity.WARNING,
    aliases=("DS013", "AVD-DS-0013"),
    category="maintainability",
)
def cd_instead_of_workdir(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(program="cd", keyword="RUN"):
        yield Violation(command.span, "Use WORKDIR to switch to a directory")
