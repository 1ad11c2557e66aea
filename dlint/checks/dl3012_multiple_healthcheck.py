"""More than one HEALTHCHECK in a stage (DL3012): only the last one takes effect.

Reported on every HEALTHCHECK of a stage but the last, the ones that are ignored,
where BuildKit's MultipleInstructionsDisallowed reports them too (the two
become one finding); one HEALTHCHECK in each of several stages is fine.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._repeated_instructions import overridden_repeats
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3012",
    title="Multiple HEALTHCHECK instructions in one stage",
    severity=Severity.ERROR,
    aliases=("DS023", "AVD-DS-0023"),
    category="correctness",
)
def multiple_healthcheck(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    return overridden_repeats(doc, "HEALTHCHECK")
