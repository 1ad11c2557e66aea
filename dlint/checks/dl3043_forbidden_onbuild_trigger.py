"""ONBUILD that triggers ONBUILD, FROM or MAINTAINER (DL3043).

BuildKit refuses ``ONBUILD ONBUILD`` and ``ONBUILD FROM``, and
``ONBUILD MAINTAINER`` would set a deprecated field in every child image.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_FORBIDDEN = frozenset({"ONBUILD", "FROM", "MAINTAINER"})


@rule(
    "DL3043",
    title="ONBUILD triggers ONBUILD, FROM or MAINTAINER",
    severity=Severity.ERROR,
    category="correctness",
)
def forbidden_onbuild_trigger(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for instruction in doc.instructions:
        trigger = instruction.onbuild if instruction.keyword == "ONBUILD" else None
        if trigger is not None and trigger.keyword in _FORBIDDEN:
            yield Violation(trigger.keyword_span, f"`ONBUILD {trigger.keyword}` is not allowed: an ONBUILD cannot trigger {trigger.keyword}")
