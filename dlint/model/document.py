"""The document model every rule reads: one parsed Dockerfile.

Built once per file by :func:`dlint.model.load`; rules only ask it questions.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from dlint.parser.file_parts import Comment, Directive, ParseWarning, SyntaxProblem
from dlint.parser.instruction import Instruction

if TYPE_CHECKING:
    from dlint.model.shell import ShellScript
    from dlint.model.stages import Stage
    from dlint.model.variables import Scope


@dataclass(eq=False)
class Document:
    """One parsed Dockerfile: what the parser read, and the stages, scopes and scripts rules ask for."""

    path: str
    source: str                            # decoded text, BOM removed, line endings kept
    lines: tuple[str, ...]                 # physical lines without their line endings
    directives: dict[str, Directive]
    escape: str
    instructions: tuple[Instruction, ...]  # top-level, in order
    comments: tuple[Comment, ...]
    warnings: tuple[ParseWarning, ...]
    errors: tuple[SyntaxProblem, ...]
    build_args: dict[str, str] = field(default_factory=dict)
    _shell_cache: dict[int, ShellScript | None] = field(default_factory=dict, repr=False)

    @cached_property
    def stages(self) -> tuple[Stage, ...]:
        from dlint.model.stages import build_stages

        return build_stages(self)

    @cached_property
    def global_args(self) -> tuple[Instruction, ...]:
        """ARG instructions before the first FROM."""
        found = []
        for instruction in self.instructions:
            if instruction.keyword == "FROM":
                break
            if instruction.keyword == "ARG":
                found.append(instruction)
        return tuple(found)

    @property
    def target(self) -> Stage | None:
        """The stage a plain ``docker build`` produces: the last one."""
        return self.stages[-1] if self.stages else None

    def stage_of(self, instruction: Instruction) -> Stage | None:
        """The stage ``instruction`` belongs to; None before the first FROM."""
        found = bisect_right(self._stage_starts, instruction.index) - 1
        return self.stages[found] if found >= 0 else None

    @cached_property
    def _stage_starts(self) -> list[int]:
        return [stage.from_.index for stage in self.stages]

    def instruction_at(self, line: int) -> Instruction | None:
        """The instruction written on ``line`` (any of its lines, heredoc bodies included)."""
        found = bisect_right(self._instruction_lines, line) - 1
        if found >= 0 and line <= self.instructions[found].span.end_line:
            return self.instructions[found]
        return None

    @cached_property
    def _instruction_lines(self) -> list[int]:
        return [instruction.span.line for instruction in self.instructions]

    def scope(self, instruction: Instruction) -> Scope:
        """Variables as BuildKit sees them when it evaluates ``instruction``."""
        from dlint.model.variables import scope_before

        return scope_before(self, instruction)

    def shell(self, instruction: Instruction) -> ShellScript | None:
        """The shell commands RUN/CMD/ENTRYPOINT/HEALTHCHECK (or ONBUILD RUN) run.

        None for exec form, for non-POSIX shells (a SHELL of pwsh or cmd), and
        for instructions that run no command.
        """
        key = id(instruction)
        if key not in self._shell_cache:
            from dlint.model.shell import script_for

            self._shell_cache[key] = script_for(self, instruction)
        return self._shell_cache[key]
