"""More than one CMD in a stage (DL4003): only the last one takes effect.

Reported on every CMD of a stage but the last, the ones that are ignored,
where BuildKit's MultipleInstructionsDisallowed reports them too (the two
become one finding); one CMD in each of several stages is fine.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._repeated_instructions import overridden_repeats
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL4003",
    title="Multiple CMD instructions in one stage",
    severity=Severity.WARNING,
    aliases=("DS016", "AVD-DS-0016"),
    category="correctness",
)
def multiple_cmd(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    return overridden_repeats(doc, "CMD")
