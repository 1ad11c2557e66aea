"""DLX008: the whole build context is copied and no ``.dockerignore`` filters it.

Without one, ``.git``, local secrets, ``node_modules`` and build output go
into the image and every edit anywhere busts the cache of that COPY.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

WHOLE_CONTEXT = frozenset({".", "./", "*", "./*", "/"})


@rule(
    "DLX008",
    title="COPY of the whole context without a .dockerignore",
    severity=Severity.WARNING,
    category="security",
    tags=("security", "performance"),
)
def whole_context_without_dockerignore(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    if ctx.context_dir is None or ctx.dockerignore is not None:
        return
    for instruction in doc.instructions:
        if instruction.keyword not in ("COPY", "ADD") or instruction.flag("from") or instruction.heredocs:
            continue
        for source in instruction.args[:-1]:
            if source.value in WHOLE_CONTEXT:
                yield Violation(
                    source.span,
                    f"{instruction.keyword} {source.value} copies the whole build context and there is no "
                    ".dockerignore: add one that excludes .git, secrets and build output",
                )
                return
