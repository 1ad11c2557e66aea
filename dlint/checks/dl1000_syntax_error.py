"""Syntax errors: what BuildKit refuses to build (DL1000).

The parser records every line BuildKit's parser rejects (an ENV without a
value, an unterminated heredoc, a JSON array of non-strings...) and every
instruction its instruction checks reject (unknown keyword, unknown or
malformed flag, wrong number of arguments), with BuildKit's wording. Each is
reported where it was found; parsing went on after it, so one bad line does
not hide the others.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
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
