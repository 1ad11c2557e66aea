"""A ``hash`` label of the ``label-schema`` that is not a git commit hash (DL3055).

A git hash as git prints it: lower-case hexadecimal, the full 40 characters
of a SHA-1 commit id (64 in a SHA-256 repository) or an abbreviation of at
least 7. hadolint takes only 7 or 40 characters, but ``git rev-parse
--short`` prints more than 7 whenever 7 would be ambiguous, so dlint accepts
every length git can print.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dlint.checks._labels import invalid_values
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_GIT_HASH = re.compile(r"[0-9a-f]{7,40}|[0-9a-f]{64}")


@rule(
    "DL3055",
    title="Label is not a valid git hash",
    severity=Severity.WARNING,
    category="maintainability",
    tags=("label",),
)
def invalid_git_hash_label(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for label in invalid_values(doc, ctx, "hash", is_git_hash):
        yield Violation(
            label.value_span,
            f"Label `{label.key}` is not a valid git hash: `{label.value}` is not 7 to 40 lower-case "
            "hexadecimal digits as `git rev-parse HEAD` prints them",
        )


def is_git_hash(text: str) -> bool:
    return _GIT_HASH.fullmatch(text) is not None
