"""ConsistentInstructionCasing: an instruction keyword cased against the file's majority.

BuildKit counts the keywords of every stage (the ARGs before the first FROM
are not part of a stage and are neither counted nor checked): each keyword
written all lower case votes lower, all upper case votes upper, mixed case
does not vote. Lower case wins only with a strict majority; every keyword
not written in the winning case is reported. Only lines that parsed as
instructions count: a line whose keyword is not an instruction (``BADCMD``)
is a parse error, DL1000's business, and neither votes nor is reported.

The fix writes the keyword in the majority's case; BuildKit reads keywords in
any case, so the build is the same.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.parser.instruction_checks import KEYWORDS
from dlint.rule_api import Edit, Fix, RuleContext, Severity, Violation, rule


@rule(
    "ConsistentInstructionCasing",
    buildkit_name="ConsistentInstructionCasing",
    title="All commands within the Dockerfile should use the same casing (either upper or lower)",
    severity=Severity.WARNING,
    category="style",
    tags=("buildkit", "casing"),
    url="https://docs.docker.com/go/dockerfile/rule/consistent-instruction-casing/",
    fixable=True,
)
def inconsistent_keyword_casing(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    keywords = list(_stage_instructions(doc))
    written = [i.keyword_as_written for i in keywords]
    lower = sum(1 for word in written if _is_lower(word))
    upper = sum(1 for word in written if _is_upper(word) and not _is_lower(word))
    majority_lower = lower > upper
    casing = "lowercase" if majority_lower else "uppercase"
    for instruction in keywords:
        written = instruction.keyword_as_written
        if (majority_lower and not _is_lower(written)) or (not majority_lower and not _is_upper(written)):
            cased = written.lower() if majority_lower else written.upper()
            yield Violation(
                instruction.keyword_span,
                f"Command '{written}' should match the case of the command majority ({casing})",
                fix=Fix(f"Write {cased}", (Edit(instruction.keyword_span, cased),)),
            )


def _stage_instructions(doc: Document) -> Iterator[Instruction]:
    in_stage = False
    for instruction in doc.instructions:
        in_stage = in_stage or instruction.keyword == "FROM"
        if in_stage and instruction.keyword in KEYWORDS:
            yield instruction


def _is_lower(word: str) -> bool:
    return word == word.lower()


def _is_upper(word: str) -> bool:
    return word == word.upper()
