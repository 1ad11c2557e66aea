"""What :func:`dlint.parser.parse` returns: everything the model is built from."""

from __future__ import annotations

from dataclasses import dataclass

from dlint.parser.file_parts import Comment, Directive, ParseWarning, SyntaxProblem
from dlint.parser.instruction import Instruction


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """What the parser read from one Dockerfile; :func:`dlint.model.load` turns it into a Document."""

    source: str                            # decoded text, BOM removed, line endings kept
    lines: tuple[str, ...]                 # physical lines without their line endings
    directives: dict[str, Directive]
    escape: str
    instructions: tuple[Instruction, ...]  # top-level, in order; lines BuildKit's parser rejects are left out
    comments: tuple[Comment, ...]          # every comment line, directives included
    warnings: tuple[ParseWarning, ...]
    # In the order BuildKit meets them: first what its parser rejects, then
    # what its instruction checks reject. errors[0] is the one a build reports.
    errors: tuple[SyntaxProblem, ...]
    # The first error of BuildKit's parser package itself (not of its later
    # instruction checks): what its AST dumper and the `dockerfile` package fail on.
    parser_refusal: SyntaxProblem | None = None

    @property
    def refusal(self) -> SyntaxProblem | None:
        """The error BuildKit stops at, or None when it accepts the file."""
        return self.errors[0] if self.errors else None
