"""A relative WORKDIR (DL3000).

A relative WORKDIR is resolved against the previous working directory,
which the base image decides. Judged after variable expansion:
``ENV HOME_DIR=/home`` with ``WORKDIR $HOME_DIR`` is absolute; a value
depending on a variable the base image may set is not judged. Windows paths
with a drive letter (``C:\\app``) are absolute.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_WINDOWS_ABSOLUTE = re.compile(r"[A-Za-z]:|[\\/]")


@rule(
    "DL3000",
    title="Relative WORKDIR",
    severity=Severity.ERROR,
    aliases=("DS009", "AVD-DS-0009", "CKV_DOCKER_10"),
    category="correctness",
)
def relative_workdir(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for instruction in doc.instructions:
        if instruction.keyword != "WORKDIR" or not instruction.args:
            continue
        written = instruction.args[0]
        path = doc.scope(instruction).expand(written.value).value
        if path is None or not path or _WINDOWS_ABSOLUTE.match(path):
            continue
        shown = f"`{written.value}`" if path == written.value else f"`{written.value}` (= `{path}`)"
        yield Violation(written.span, f"Use an absolute WORKDIR: {shown} is relative to the base image's one")
