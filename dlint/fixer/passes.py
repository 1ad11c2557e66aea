"""Fixing a text in passes: apply what one pass may, re-lint, again, until nothing is left to apply.

Each pass applies the fixes :mod:`dlint.fixer.choice` picks from the current
findings, then lints the result, so a fix that waited for an overlapping one
is applied to text that already holds the other. Passes stop when no fix is
left, when a pass changes nothing, or after :data:`MAX_PASSES` (fixes that
undo each other must not loop forever). A pass whose result BuildKit could
not parse where the text before it could ends the fixing with nothing
applied: the text is given back as it was, with the reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dlint.fixer.choice import fixes_for_one_pass
from dlint.fixer.edits import apply_edits

if TYPE_CHECKING:
    from dlint.engine.lint import FileResult
    from dlint.model.document import Document

MAX_PASSES = 10
BOM = "\ufeff"

# Lints a text: the result and the document (None when the text could not be linted).
Linter = Callable[[str], "tuple[FileResult, Document | None]"]


@dataclass(frozen=True)
class FixedText:
    """What fixing a text gave: the text, the lint of it, how many fixes were applied, and why none were if refused."""

    text: str
    result: FileResult
    applied: int = 0
    refused: str | None = None     # one line: why the fixes were not applied


def fix_text(text: str, lint: Linter, unsafe: bool = False) -> FixedText:
    """``text`` with the fixes of its findings applied (unsafe ones too when ``unsafe``), and the lint of the result.

    Spans count columns after a byte order mark, so the mark is set aside while
    fixing and put back at the end.
    """
    bom = BOM if text.startswith(BOM) else ""
    current = text.removeprefix(BOM)
    result, document = lint(current)
    if document is None:
        return FixedText(text, result)
    errors_before = _parse_errors(document)
    first_result = result
    applied = 0
    for _ in range(MAX_PASSES):
        fixes = fixes_for_one_pass(current, result.findings, unsafe)
        if not fixes:
            break
        candidate = apply_edits(current, [edit for fix in fixes for edit in fix.edits])
        if candidate == current:
            break
        candidate_result, candidate_document = lint(candidate)
        broken = _new_parse_error(errors_before, candidate_document)
        if broken is not None:
            return FixedText(text, first_result, refused=f"the fixed Dockerfile would not parse ({broken}); the file is left as it was")
        current, result = candidate, candidate_result
        applied += len(fixes)
    return FixedText(bom + current, result, applied)


def _parse_errors(document: Document) -> Counter[str]:
    return Counter(error.message for error in document.errors)


def _new_parse_error(before: Counter[str], document: Document | None) -> str | None:
    """The first parse error of ``document`` the text before the fixes did not have; None when there is none."""
    if document is None:
        return "dlint could not read it back"
    after = _parse_errors(document)
    for error in document.errors:
        if after[error.message] > before[error.message]:
            return f"line {error.span.line}: {error.message}"
    return None
