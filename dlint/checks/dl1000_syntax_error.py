"""Syntax errors: what BuildKit refuses to build (DL1000).

The parser records every line BuildKit's parser rejects (an ENV without a
value, an unterminated heredoc, a JSON array of non-strings...) and every
instruction its instruction checks reject (unknown keyword, unknown or
malformed flag, wrong number of arguments), with BuildKit's wording. Each is
reported where it was found; parsing went on after it, so one bad line does
not hide the others.

A file that makes variable expansion pass dlint's limits (a value over
128 KiB, ``${...}`` nested over 64 deep, too much expanded text in all) is
reported once too, where it first happened: past that point every rule sees
the values as unknown, so the file is not really linted and must not pass
as clean.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.variable_references import expansion_limit
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL1000",
    title="BuildKit cannot parse this Dockerfile",
    severity=Severity.ERROR,
    category="correctness",
    tags=("syntax", "buildkit"),
)
def syntax_error(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for problem in doc.errors:
        yield Violation(problem.span, problem.message)
    if doc.errors:
        return
    limit = expansion_limit(doc)
    if limit is not None:
        yield Violation(limit.span, f"dlint stops evaluating variables here: {limit.message}; every rule sees such values as unknown")
