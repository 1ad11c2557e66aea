"""``# check=skip=...`` comments right above an instruction: build checks that instruction turns off.

Current BuildKit reads such a comment among the comments directly above an
instruction (its ``PrevComment``) and skips the named checks, or every check
with ``skip=all``, for that instruction only. The same text at the top of the
file is the file's ``# check=`` parser directive, which covers the whole file
and, as BuildKit keeps it out of ``PrevComment``, is not a skip comment. Names are kept as written; which rules they
mean is the engine's business.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from dlint.model.document import Comment, Document

_CHECK = re.compile(r"^check\s*=\s*(?P<settings>.+?)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SkipComment:
    """One ``# check=skip=`` comment and the instruction it applies to."""

    comment: Comment
    names: tuple[str, ...]     # as written; empty with ``skip_all``
    skip_all: bool
    lines: tuple[int, int]     # first and last line of the instruction below

    def covers(self, line: int) -> bool:
        return self.lines[0] <= line <= self.lines[1]


def is_skip_comment(text: str) -> bool:
    """Whether a comment's text (after ``#``) is a ``check=`` setting rather than prose."""
    return _CHECK.match(text) is not None


def skip_comments(doc: Document) -> tuple[SkipComment, ...]:
    """Every ``# check=skip=`` comment of ``doc`` among the comments that belong to an instruction."""
    found = []
    lines = [comment.span.line for comment in doc.comments]
    previous_end = 0
    for instruction in doc.instructions:
        start, previous_end = previous_end, instruction.end_line
        settings = [(text, skip) for text in instruction.comments if (skip := _skip_setting(text)) is not None]
        if not settings:
            continue
        between = doc.comments[bisect_right(lines, start):bisect_left(lines, instruction.start_line)]
        for text, skip in settings:
            comment = next((c for c in reversed(between) if c.text == text), None)
            if comment is None:
                continue
            skip_all = skip.strip().lower() == "all"
            names = () if skip_all else tuple(name.strip() for name in skip.split(",") if name.strip())
            found.append(SkipComment(comment, names, skip_all, (instruction.start_line, instruction.end_line)))
    return tuple(found)


def _skip_setting(text: str) -> str | None:
    match = _CHECK.match(text)
    if match is None:
        return None
    for part in match.group("settings").split(";"):
        key, equals, value = part.partition("=")
        if equals and key.strip().lower() == "skip":
            return value
    return None
