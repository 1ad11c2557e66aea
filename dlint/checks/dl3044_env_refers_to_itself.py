"""An ENV that uses a variable it defines itself (DL3044).

BuildKit expands every value of one ENV with the variables as they were
before it, so in ``ENV DIR=/opt PATH=$DIR/bin:$PATH`` the ``$DIR`` is not
``/opt`` but empty (or an older value). A name the ENV defines counts only
when no ARG or ENV defined it before, as in hadolint.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.variables import environment_assignments
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3044",
    title="ENV uses a variable it defines itself",
    severity=Severity.ERROR,
    category="correctness",
)
def env_refers_to_itself(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for instruction in doc.instructions:
        env = instruction.trigger_or_self
        if env is None or env.keyword != "ENV":
            continue
        scope = doc.scope(instruction)
        names = [name for name, _ in environment_assignments(env)]
        values = env.args[1::2]
        for position, value in enumerate(values):
            others = {name for index, name in enumerate(names) if index != position}
            used = [name for name in scope.expand(value.value).references if name in others and not scope.defined(name)]
            if used:
                yield Violation(
                    value.span,
                    f"`${used[0]}` is defined by this same ENV, which does not see it yet: "
                    f"set {used[0]} in an ENV of its own above this one",
                )
