"""UndefinedArgInFrom: FROM uses ``$NAME`` that no ARG before the first FROM declares.

FROM lines only see the global ARGs (those before the first FROM) and the
platform ARGs BuildKit predefines (``TARGETPLATFORM``, ``BUILDARCH``, ...).
An ARG declared without a default counts as declared. The base image word
is checked first, then ``--platform``.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._suggest import closest_name
from dlint.checks._variable_references import reference_span
from dlint.model.document import Document
from dlint.model.spans import Span
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
    scope = global_scope(doc)
    declared = scope.names()
    for stage in doc.stages:
        words: list[tuple[str, Span]] = []
        if stage.from_.args:
            words.append((stage.from_.args[0].value, stage.from_.args[0].span))
        if stage.platform is not None and stage.platform.value:
            words.append((stage.platform.value, stage.platform.span))
        for text, span in words:
            for name in scope.expand(text).undefined:
                message = f"FROM argument '{name}' is not declared"
                suggestion = closest_name(name, declared)
                if suggestion:
                    message += f" (did you mean {suggestion}?)"
                yield Violation(reference_span(doc, span, name) or span, message)
