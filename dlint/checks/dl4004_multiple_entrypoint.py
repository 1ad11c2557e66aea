"""More than one ENTRYPOINT in a stage (DL4004): only the last one takes effect.

Reported on every ENTRYPOINT of a stage but the last, the ones that are ignored,
where BuildKit's MultipleInstructionsDisallowed reports them too (the two
become one finding); one ENTRYPOINT in each of several stages is fine.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._repeated_instructions import overridden_repeats
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL4004",
    title="Multiple ENTRYPOINT instructions in one stage",
    severity=Severity.ERROR,
    aliases=("DS007", "AVD-DS-0007"),
    category="correctness",
)
def multiple_entrypoint(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    return overridden_repeats(doc, "ENTRYPOINT")
