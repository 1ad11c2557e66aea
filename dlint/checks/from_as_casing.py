"""FromAsCasing: ``FROM image as name`` where ``as`` is not cased like ``FROM``.

Only a FROM keyword written all upper or all lower case sets the expectation;
a mixed-case keyword is ConsistentInstructionCasing's business. The fix
writes ``as`` in the case of ``FROM``.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import Edit, Fix, RuleContext, Severity, Violation, rule


@rule(
    "FromAsCasing",
    buildkit_name="FromAsCasing",
    title="The 'as' keyword should match the case of the 'from' keyword",
    severity=Severity.WARNING,
    category="style",
    tags=("buildkit", "stages", "casing"),
    url="https://docs.docker.com/go/dockerfile/rule/from-as-casing/",
    fixable=True,
)
def as_keyword_casing(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for instruction in doc.instructions:
        if instruction.keyword != "FROM" or len(instruction.args) < 3:
            continue
        keyword = instruction.keyword_as_written
        as_word = instruction.args[1]
        if keyword == keyword.lower():
            expected = as_word.value.lower()
        elif keyword == keyword.upper():
            expected = as_word.value.upper()
        else:
            continue
        if as_word.value != expected:
            yield Violation(
                as_word.span,
                f"'{as_word.value}' and '{keyword}' keywords' casing do not match",
                fix=Fix(f"Write {expected}", (Edit(as_word.span, expected),)) if as_word.value.lower() == "as" else None,
            )
