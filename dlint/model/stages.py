"""The build stages of a Dockerfile and how they depend on each other.

A stage is a FROM and the instructions after it up to the next FROM.
Instructions before the first FROM (global ARGs, and anything misplaced there)
belong to no stage. Stage names are matched the way BuildKit matches them:

* ``FROM <name>`` refers to a stage only when the expanded name equals the
  lower-cased name of an *earlier* stage (BuildKit keeps stage names lower
  case and looks the base name up as written).
* ``COPY --from=<name>`` and ``RUN --mount=...,from=<name>`` match any stage
  of the file case-insensitively (the last of duplicates wins); a number in
  ``COPY --from`` is a stage index. Anything else names an image.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Final, Literal

from dlint.model.image_ref import ImageRef, image_reference
from dlint.model.instruction import Flag, Instruction
from dlint.model.mounts import read_mount
from dlint.model.spans import Span
from dlint.model.variables import Expansion, Scope, global_scope

if TYPE_CHECKING:
    from dlint.model.document import Document

ReferenceKind = Literal["from", "copy", "mount"]

_STAGE_INDEX: Final = re.compile(r"[+-]?[0-9]+")


@dataclass(frozen=True, slots=True)
class StageReference:
    """One place where a stage uses another stage (or an image) as a source."""

    kind: ReferenceKind
    instruction: Instruction
    name: str              # as written: "builder", "0", "nginx:latest"
    stage: Stage | None    # None when the name is an image or an index out of range
    span: Span             # the FROM image word, or the ``--from``/``--mount`` flag
    name_span: Span | None = None   # the name itself, where it is written literally on one line


@dataclass(eq=False)
class Stage:
    """One build stage. Built once by :func:`build_stages`; read-only after."""

    index: int
    name: str | None               # lower case, as BuildKit keeps it; None without AS
    name_as_written: str | None
    name_span: Span | None
    from_: Instruction
    base: ImageRef                 # expanded with the global scope and build args
    base_stage: Stage | None       # the earlier stage FROM names, if it names one
    platform: Flag | None          # the ``--platform`` flag of FROM
    platform_expansion: Expansion | None   # its value expanded with the global scope; None when empty
    instructions: tuple[Instruction, ...]
    is_target: bool                # the last stage: what a plain ``docker build`` builds
    dependencies: tuple[StageReference, ...] = ()

    def chain(self) -> tuple[Stage, ...]:
        """This stage and the stages it is built FROM, nearest first."""
        chain = [self]
        while chain[-1].base_stage is not None:
            chain.append(chain[-1].base_stage)
        return tuple(chain)

    # A rule that asks these of every stage of a long chain of stages stays linear:
    # each answer is built from the answer of the stage it is built FROM.
    @cached_property
    def root(self) -> Stage:
        """The last stage of :meth:`chain`: the one built on an image (or ``scratch``)."""
        return self if self.base_stage is None else self.base_stage.root

    @cached_property
    def inherited_keywords(self) -> frozenset[str]:
        """The keywords of the instructions of the stages this one is built FROM (not its own)."""
        base = self.base_stage
        if base is None:
            return frozenset()
        return base.inherited_keywords | frozenset(instruction.keyword for instruction in base.instructions)


def build_stages(doc: Document) -> tuple[Stage, ...]:
    """Split the document into stages and link them as BuildKit would."""
    scope = global_scope(doc)
    instructions = doc.instructions
    starts = [position for position, instruction in enumerate(instructions) if instruction.keyword == "FROM"]
    ends = starts[1:] + [len(instructions)]
    stages: list[Stage] = []
    earlier: dict[str, Stage] = {}
    for index, (start, end) in enumerate(zip(starts, ends)):
        from_ = instructions[start]
        base = _base_image(from_, scope)
        base_stage = earlier.get(base.value) if base.value is not None else None
        if base_stage is not None:
            base = base.as_stage()
        name_as_written, name_span = _stage_name(from_)
        platform = from_.flag("platform")
        stage = Stage(
            index=index,
            name=name_as_written.lower() if name_as_written is not None else None,
            name_as_written=name_as_written,
            name_span=name_span,
            from_=from_,
            base=base,
            base_stage=base_stage,
            platform=platform,
            platform_expansion=scope.expand(platform.value) if platform is not None and platform.value else None,
            instructions=tuple(instructions[start + 1 : end]),
            is_target=index == len(starts) - 1,
        )
        stages.append(stage)
        if stage.name is not None:
            earlier[stage.name] = stage
    for stage in stages:
        stage.dependencies = tuple(_dependencies(stage, earlier, stages))
        # In order, so each answer reads its base stage's without recursing down a long chain.
        stage.root, stage.inherited_keywords  # noqa: B018
    return tuple(stages)


def _base_image(from_: Instruction, scope: Scope) -> ImageRef:
    if not from_.args:
        return image_reference("", "", from_.span)
    word = from_.args[0]
    expansion = scope.expand(word.value)
    if expansion.error is not None:
        return ImageRef(word.value, None, word.span, error=expansion.error)
    return image_reference(word.value, expansion.value, word.span)


def _stage_name(from_: Instruction) -> tuple[str | None, Span | None]:
    args = from_.args
    if len(args) == 3 and args[1].value.lower() == "as":
        return args[2].value, args[2].span
    return None, None


def _dependencies(stage: Stage, by_name: dict[str, Stage], stages: list[Stage]) -> Iterator[StageReference]:
    if stage.base_stage is not None:
        word = stage.from_.args[0]
        name_span = word.span if word.value == stage.base.value and _one_line(word.span, word.value) else None
        yield StageReference("from", stage.from_, stage.base.value or "", stage.base_stage, stage.base.span, name_span)
    for instruction in stage.instructions:
        if instruction.keyword == "COPY":
            source = instruction.flag("from")
            if source is not None and source.value:
                found = _stage_by_name_or_index(source.value, by_name, stages)
                name_span = _tail_span(source.span, source.text, len(source.value)) if source.text.endswith(source.value) else None
                yield StageReference("copy", instruction, source.value, found, source.span, name_span)
        elif instruction.keyword == "RUN":
            for flag in instruction.flags_named("mount"):
                name = read_mount(flag.value or "", flag.span).from_
                if name:
                    yield StageReference("mount", instruction, name, by_name.get(name.lower()), flag.span, _mount_from_span(flag, name))


def _one_line(span: Span, text: str) -> bool:
    """Whether ``text`` is written as it is under ``span``, on one line (no quotes, escapes or continuations)."""
    return span.line == span.end_line and span.end_column - span.column == len(text)


def _tail_span(span: Span, text: str, length: int) -> Span | None:
    """The last ``length`` characters of ``text``, written under ``span``."""
    if not _one_line(span, text):
        return None
    return Span(span.line, span.end_column - length, span.line, span.end_column)


def _mount_from_span(flag: Flag, name: str) -> Span | None:
    """Where the ``from=`` field of a ``--mount`` flag writes ``name``, when the flag holds no quotes."""
    if not _one_line(flag.span, flag.text) or '"' in flag.text or not flag.text.startswith("--mount="):
        return None
    offset = len("--mount=")
    found = None
    for item in flag.text[offset:].split(","):
        key, equals, value = item.partition("=")
        if equals and key.lower() == "from":
            found = (offset + len(key) + 1, value) if value == name else None
        offset += len(item) + 1
    if found is None:
        return None
    start = flag.span.column + found[0]
    return Span(flag.span.line, start, flag.span.line, start + len(name))


def _stage_by_name_or_index(name: str, by_name: dict[str, Stage], stages: list[Stage]) -> Stage | None:
    if _STAGE_INDEX.fullmatch(name):
        index = int(name)
        return stages[index] if 0 <= index < len(stages) else None
    return by_name.get(name.lower())
