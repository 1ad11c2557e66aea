"""UndefinedArgInFrom: FROM uses ``$NAME`` that no ARG before the first FROM declares.

FROM lines only see the global ARGs (those before the first FROM) and the
platform ARGs BuildKit predefines (``TARGETPLATFORM``, ``BUILDARCH``, ...).
An ARG declared without a default counts as declared. The base image word
is checked first, then ``--platform``.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._suggest import closest_name
from dlint.model.document import Document
from dlint.model.variable_references import variable_references
from dlint.model.variables import global_scope
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "UndefinedArgInFrom",
    buildkit_name="UndefinedArgInFrom",
    title="FROM command must use declared ARGs",
    severity=Severity.WARNING,
    category="correctness",
    tags=("buildkit", "variables", "stages"),
    url="https://docs.docker.com/go/dockerfile/rule/undefined-arg-in-from/",
)
def undeclared_from_argument(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    declared = global_scope(doc).names()
    reported: set[tuple[int, str]] = set()
    for reference in variable_references(doc):
        word = reference.word
        if word.instruction.keyword != "FROM" or reference.defined or (id(word), reference.name) in reported:
            continue
        reported.add((id(word), reference.name))
        message = f"FROM argument '{reference.name}' is not declared"
        suggestion = closest_name(reference.name, declared)
        if suggestion:
            message += f" (did you mean {suggestion}?)"
        yield Violation(reference.span, message)
