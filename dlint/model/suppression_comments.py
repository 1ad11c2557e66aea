"""Ignore comments: ``# dlint ignore=DL3008 -- reason`` and hadolint's ``# hadolint ignore=...``.

``# dlint ignore=DL3008,DL3009`` on the comment lines directly above an
instruction names rules to silence in that instruction; ``# dlint global
ignore=...`` names them for the whole file. hadolint's spellings mean the
same. This module reads the comments; the engine decides what they silence,
and rules (DL1001) may read them too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dlint.model.document import Comment, Document
from dlint.model.instruction import Instruction

_IGNORE = re.compile(
    r"^(?P<tool>dlint|hadolint)\s+(?P<scope>global\s+)?ignore\s*=\s*"
    # A name may hold single dashes (AVD-DS-0002); a double dash starts the reason.
    r"(?P<names>[\w.]+(?:-[\w.]+)*(?:\s*,\s*[\w.]+(?:-[\w.]+)*)*)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SuppressionComment:
    """One ignore comment and what it covers."""

    comment: Comment
    tool: str                              # "dlint" or "hadolint", lower case
    names: tuple[str, ...]                 # the rules as written
    is_global: bool
    lines: tuple[int, int] | None = None   # first and last line of the instruction below; None when global or none follows

    def covers(self, line: int) -> bool:
        if self.is_global:
            return True
        return self.lines is not None and self.lines[0] <= line <= self.lines[1]


def suppression_comments(doc: Document) -> list[SuppressionComment]:
    """Every ignore comment in ``doc``, each tied to the instruction it sits on."""
    instruction_below = _instruction_below_comments(doc)
    found = []
    for comment in doc.comments:
        match = _IGNORE.match(comment.text)
        if match is None:
            continue
        tool = match.group("tool").lower()
        names = tuple(name.strip() for name in match.group("names").split(","))
        if match.group("scope"):
            found.append(SuppressionComment(comment, tool, names, is_global=True))
            continue
        below = instruction_below.get(comment.span.line)
        lines = (below.span.line, below.span.end_line) if below is not None else None
        found.append(SuppressionComment(comment, tool, names, is_global=False, lines=lines))
    return found


def _instruction_below_comments(doc: Document) -> dict[int, Instruction]:
    """For each comment line, the instruction that starts right after its block of comment lines."""
    comment_lines = {comment.span.line for comment in doc.comments}
    starts = {instruction.span.line: instruction for instruction in doc.instructions}
    below: dict[int, Instruction] = {}
    # walking up from the line after each block fills the block in one pass
    for line in sorted(comment_lines, reverse=True):
        after = below.get(line + 1) if line + 1 in comment_lines else starts.get(line + 1)
        if after is not None:
            below[line] = after
    return below
