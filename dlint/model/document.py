"""The document model every rule reads: one parsed Dockerfile.

Built once per file by :func:`dlint.model.load`; rules only ask it questions.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from dlint.parser.file_parts import Comment, Directive, ParseWarning, SyntaxProblem
from dlint.parser.instruction import Instruction

if TYPE_CHECKING:
    from dlint.model.commands import ResolvedCommand
    from dlint.model.shell import ShellScript
    from dlint.model.spans import Span
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
    _command_cache: dict[int, tuple[ResolvedCommand, ...]] = field(default_factory=dict, repr=False)

    def text_at(self, span: Span) -> str:
        """The source text under ``span``, its lines joined with ``\\n``: what a fix that replaces the span removes."""
        lines = self.lines[span.line - 1 : span.end_line]
        if not lines:
            return ""
        if len(lines) == 1:
            return lines[0][span.column - 1 : span.end_column - 1]
        return "\n".join((lines[0][span.column - 1 :], *lines[1:-1], lines[-1][: span.end_column - 1]))

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

    @cached_property
    def preamble(self) -> tuple[Instruction, ...]:
        """The instructions other than ARG before the first FROM.

        BuildKit refuses them (DL3061 says so). hadolint lints a file that
        starts without FROM, a fragment, as if one stage held it, so rules
        about single instructions (EXPOSE, COPY) judge these too.
        """
        found = []
        for instruction in self.instructions:
            if instruction.keyword == "FROM":
                break
            if instruction.keyword != "ARG":
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

    @cached_property
    def shells(self) -> dict[int, tuple[str, ...]]:
        """The SHELL in effect for each instruction, by its index; see :func:`dlint.model.shell.shells_in_effect`."""
        from dlint.model.shell import shells_in_effect

        return shells_in_effect(self)

    def commands_of(self, instruction: Instruction) -> tuple[ResolvedCommand, ...]:
        """The commands ``instruction`` (or the ONBUILD trigger it holds) runs, resolved."""
        key = id(instruction)
        if key not in self._command_cache:
            from dlint.model.commands import resolve_commands

            self._command_cache[key] = resolve_commands(self, instruction)
        return self._command_cache[key]

    def commands(
        self,
        tool: str | None = None,
        verb: str | None = None,
        *,
        program: str | None = None,
        kind: str | None = None,
        keyword: str | None = None,
        stage: Stage | None = None,
    ) -> Iterator[ResolvedCommand]:
        """The commands the document (or ``stage``) runs, in source order, ONBUILD triggers included.

        ``tool`` is a tool-table name (``apt-get`` also finds ``apt``), ``program``
        a normalised program (``apt-get`` only), ``verb`` the subcommand as written
        (``install``), ``kind`` its kind (``install``, ``update``, ``clean``...) and
        ``keyword`` the instruction that runs it (``RUN``).
        """
        instructions = stage.instructions if stage is not None else self.instructions
        for instruction in instructions:
            acting = instruction.trigger_or_self
            if acting is None or (keyword is not None and acting.keyword != keyword):
                continue
            for command in self.commands_of(instruction):
                if tool is not None and (command.tool is None or command.tool.name != tool):
                    continue
                if program is not None and command.program != program:
                    continue
                if verb is not None and (command.verb is None or command.verb.value != verb):
                    continue
                if kind is not None and command.verb_kind != kind:
                    continue
                yield command
