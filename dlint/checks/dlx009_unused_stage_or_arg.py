"""DLX009: a build stage nothing uses, or an ARG nothing reads.

A stage that is not the target and that no FROM, ``COPY --from`` or
``RUN --mount=from=`` names is built for nothing by the classic builder and
skipped by BuildKit: either dead code or a missing reference.

An ARG is in the environment of every later RUN of its stage (and of the
stages built FROM it), and programs read their settings from there: npm
expands ``${NPM_TOKEN}`` in a copied ``.npmrc``, pip reads ``PIP_INDEX_URL``,
apt reads the proxy variables. So an ARG is reported only when nothing after
it can see it: no later instruction expands it, and every later RUN runs only
commands the command model knows read no settings from the environment
(``mkdir``, ``cp``, ``chmod``...).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.model.stages import Stage
from dlint.model.variables import argument_declarations
from dlint.rule_api import RuleContext, Severity, Violation, rule

# Programs that take no setting from the environment: a RUN of only these cannot use an ARG it does not name.
_READS_NO_ENVIRONMENT = frozenset({
    "mkdir", "rmdir", "rm", "cp", "mv", "ln", "chmod", "chown", "chgrp", "touch", "echo", "true", "false", ":",
})


@rule(
    "DLX009",
    title="Unused build stage or ARG",
    severity=Severity.INFO,
    category="maintainability",
    tags=("maintainability",),
)
def unused_stage_or_arg(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    yield from _unused_stages(doc)
    yield from _unused_global_args(doc)
    yield from _unused_args(doc)


def _unused_stages(doc: Document) -> Iterator[Violation]:
    used = {id(ref.stage) for stage in doc.stages for ref in stage.dependencies if ref.stage is not None}
    used.update(id(stage.base_stage) for stage in doc.stages if stage.base_stage is not None)
    for stage in doc.stages:
        if stage.is_target or id(stage) in used:
            continue
        label = f"stage {stage.name_as_written}" if stage.name else f"stage {stage.index}"
        yield Violation(
            stage.name_span or stage.from_.span,
            f"{label} is not the target and no FROM, COPY --from or RUN --mount uses it: "
            "remove it or reference it",
        )


def _unused_global_args(doc: Document) -> Iterator[Violation]:
    used: set[str] = set()
    for stage in doc.stages:
        used.update(_referenced_names(doc, stage.from_))
        for instruction in stage.instructions:
            if instruction.keyword == "ARG":
                used.update(name for name, default in argument_declarations(instruction) if default is None)
    for instruction in doc.global_args:
        for (name, _default), argument in zip(argument_declarations(instruction), instruction.args):
            if name not in used:
                yield Violation(
                    argument.span,
                    f"global ARG {name} is used by no FROM and declared again in no stage, so nothing sees it",
                )


def _unused_args(doc: Document) -> Iterator[Violation]:
    reads = {id(stage): [_referenced_names(doc, i) for i in stage.instructions] for stage in doc.stages}
    below = _StagesBelow(doc, reads)
    for stage in doc.stages:
        last_read = {name: position for position, names in enumerate(reads[id(stage)]) for name in names}
        last_run = max((p for p, i in enumerate(stage.instructions) if _sees_environment(doc, i)), default=-1)
        for position, instruction in enumerate(stage.instructions):
            if instruction.keyword != "ARG":
                continue
            if last_run > position or below.run_in(stage):
                continue
            for (name, _default), argument in zip(argument_declarations(instruction), instruction.args):
                if last_read.get(name, -1) > position or below.reads_in(stage, name):
                    continue
                yield Violation(
                    argument.span,
                    f"ARG {name} is declared but nothing after it uses it, and no later RUN can read it from its environment",
                )


class _StagesBelow:
    """What the stages built FROM a stage (directly or through others) read, and whether one has a RUN.

    Stages are numbered in depth-first order over "built FROM", so the stages
    below a stage are a range of numbers; each question is a binary search,
    which keeps a long chain of stages linear rather than cubic.
    """

    def __init__(self, doc: Document, reads: dict[int, list[frozenset[str]]]):
        self._doc = doc
        children: dict[int, list[Stage]] = {id(stage): [] for stage in doc.stages}
        for stage in doc.stages:
            if stage.base_stage is not None:
                children[id(stage.base_stage)].append(stage)
        self._number: dict[int, int] = {}
        self._last_below: dict[int, int] = {}
        self._readers: dict[str, list[int]] = {}
        self._with_run: list[int] = []
        for root in (stage for stage in doc.stages if stage.base_stage is None):
            self._number_from(root, children, reads)

    def _number_from(self, root: Stage, children: dict[int, list[Stage]], reads: dict[int, list[frozenset[str]]]) -> None:
        pending: list[tuple[Stage, bool]] = [(root, False)]
        while pending:
            stage, finished = pending.pop()
            if finished:
                self._last_below[id(stage)] = len(self._number) - 1
                continue
            number = len(self._number)
            self._number[id(stage)] = number
            for name in set().union(*reads[id(stage)]):
                self._readers.setdefault(name, []).append(number)
            if any(_sees_environment(self._doc, instruction) for instruction in stage.instructions):
                self._with_run.append(number)
            pending.append((stage, True))
            pending.extend((child, False) for child in reversed(children[id(stage)]))

    def reads_in(self, stage: Stage, name: str) -> bool:
        return self._any_below(stage, self._readers.get(name, []))

    def run_in(self, stage: Stage) -> bool:
        return self._any_below(stage, self._with_run)

    def _any_below(self, stage: Stage, numbers: list[int]) -> bool:
        after = bisect_right(numbers, self._number[id(stage)])
        return after < len(numbers) and numbers[after] <= self._last_below[id(stage)]


def _referenced_names(doc: Document, instruction: Instruction) -> frozenset[str]:
    scope = doc.scope(instruction)
    names: set[str] = set()
    for inner in (instruction, instruction.onbuild):
        if inner is None:
            continue
        words = [a.value for a in inner.args] + [f.value for f in inner.flags if f.value]
        words += [h.content for h in inner.heredocs]
        for word in words:
            names.update(scope.expand(word).references)
    return frozenset(names)


def _sees_environment(doc: Document, instruction: Instruction) -> bool:
    """Whether ``instruction`` is a RUN that may read an ARG from its environment."""
    if instruction.keyword != "RUN":
        return False
    commands = doc.commands_of(instruction)
    return not commands or any(command.program not in _READS_NO_ENVIRONMENT for command in commands)
