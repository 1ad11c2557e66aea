"""MAINTAINER is deprecated (DL4000, BuildKit's MaintainerDeprecated).

The fix rewrites it as the OCI ``authors`` label, quoted so that BuildKit reads
back exactly the text MAINTAINER held (MAINTAINER never expands variables;
LABEL does, so ``$`` is escaped).
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.rule_api import Edit, Fix, RuleContext, Severity, Violation, rule

AUTHORS_LABEL = "org.opencontainers.image.authors"


@rule(
    "DL4000",
    title="MAINTAINER is deprecated",
    severity=Severity.ERROR,
    aliases=("MaintainerDeprecated", "DS022", "AVD-DS-0022", "CKV_DOCKER_6"),
    buildkit_name="MaintainerDeprecated",
    category="maintainability",
    fixable=True,
)
def maintainer_deprecated(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for instruction in doc.instructions:
        if instruction.keyword != "MAINTAINER":
            continue
        author = " ".join(instruction.values).strip()
        yield Violation(
            instruction.span,
            "Maintainer instruction is deprecated in favor of using label",
            fix=_authors_label(instruction, author, doc.escape) if author else None,
        )


def _authors_label(instruction: Instruction, author: str, escape: str) -> Fix:
    keyword = "label" if instruction.keyword_as_written.islower() else "LABEL"
    label = f"{keyword} {AUTHORS_LABEL}={quoted(author, escape)}"
    return Fix(f"Replace MAINTAINER with `{label}`", (Edit(instruction.span, label),))


def quoted(text: str, escape: str) -> str:
    """``text`` as a double-quoted Dockerfile word that expands back to ``text``."""
    escaped = "".join(escape + char if char in ('"', "$", escape) else char for char in text)
    return f'"{escaped}"'
