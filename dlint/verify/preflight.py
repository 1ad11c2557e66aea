"""What a build would fetch from the network, found before the builder runs.

A builder asked for an image it does not have goes to a registry even when
told not to pull, and ``ADD https://...`` downloads on the engine's host
whatever ``--network`` says. So verify builds only Dockerfiles whose images
are all present locally and that fetch nothing; the rest are reported as not
built, with the line that needs the network.

Every word that names a source is expanded the way the builder expands it
(``ADD $URL``, ``COPY --from=${IMAGE}``, ``RUN --mount=from=...``), quotes
removed, and that includes the ONBUILD triggers a stage inherits: from an
earlier stage of the file, or from a local base image (its triggers and ENV
come from the engine). A word whose value dlint cannot know is refused like
a remote one: it could be either.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from dlint.model import load
from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.model.mounts import run_mounts
from dlint.model.stages import Stage
from dlint.model.variables import Scope, scope_with
from dlint.verify.build_log import BUILDKIT

# A URL of any scheme, and the git forms BuildKit and the classic builder clone.
_REMOTE_SOURCE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|git@|github\.com/)", re.IGNORECASE)
_STAGE_INDEX = re.compile(r"[+-]?[0-9]+")


@dataclass(frozen=True)
class NeededImage:
    """An image a build needs present locally, where it is named and in which role."""

    reference: str
    line: int
    role: str           # "base image", "COPY --from image", "RUN --mount image", "syntax frontend"


@dataclass(frozen=True)
class Blocker:
    """Something a build would fetch from the network, and its line."""

    line: int
    reason: str


@dataclass(frozen=True)
class Needs:
    """Everything a build needs from outside: images, and what blocks an offline build."""

    images: tuple[NeededImage, ...]
    blockers: tuple[Blocker, ...]


@dataclass(frozen=True)
class BaseTriggers:
    """The ONBUILD triggers of a local image, run first in a stage built FROM it, and the ENV they see."""

    triggers: tuple[str, ...]
    environment: Mapping[str, str]


NO_TRIGGERS = BaseTriggers((), {})


def needs_of(
    doc: Document, builder: str, base_triggers: Callable[[str], BaseTriggers] = lambda _reference: NO_TRIGGERS
) -> Needs:
    """The images ``doc`` needs locally and what it would fetch over the network.

    ``base_triggers`` gives the ONBUILD triggers of a base image that is
    present locally (:data:`NO_TRIGGERS` for one that is not).
    """
    images: list[NeededImage] = []
    blockers: list[Blocker] = []
    syntax = doc.directives.get("syntax")
    # The classic builder ignores ``# syntax``; BuildKit would fetch that frontend image.
    if syntax is not None and builder == BUILDKIT:
        images.append(NeededImage(syntax.value, syntax.span.line, "syntax frontend"))
    for stage in doc.stages:
        base = stage.base
        line = stage.from_.span.line
        if base.is_stage or base.is_scratch:
            pass
        elif not base.known:
            blockers.append(Blocker(line, f"the base image `{base.text}` depends on an ARG with no value"))
        else:
            images.append(NeededImage(base.value, line, "base image"))
        for instruction, scope, from_image in _instructions_run(doc, stage, base_triggers):
            for need in _sources(doc, instruction, scope, line if from_image else None):
                (images if isinstance(need, NeededImage) else blockers).append(need)
    return Needs(_unique(images), tuple(dict.fromkeys(blockers)))


def _instructions_run(
    doc: Document, stage: Stage, base_triggers: Callable[[str], BaseTriggers]
) -> Iterator[tuple[Instruction, Scope, bool]]:
    """Every instruction the stage runs, inherited triggers first, each with a scope it may be expanded in
    and whether it is a base image's trigger."""
    parent = stage.base_stage
    if parent is not None:
        own_start = doc.scope(stage.instructions[0]) if stage.instructions else None
        for trigger in _triggers(parent.instructions):
            yield trigger, doc.scope(trigger), False
            if own_start is not None:
                yield trigger, own_start, False
    elif stage.base.known and not stage.base.is_scratch:
        inherited = base_triggers(stage.base.value)
        scope = scope_with(dict(inherited.environment))
        for text in inherited.triggers:
            trigger = _parsed_trigger(text)
            if trigger is not None:
                yield trigger, scope, True
    for instruction in stage.instructions:
        if instruction.keyword != "ONBUILD":
            yield instruction, doc.scope(instruction), False


def _triggers(instructions: tuple[Instruction, ...]) -> Iterator[Instruction]:
    for instruction in instructions:
        if instruction.keyword == "ONBUILD" and instruction.onbuild is not None:
            yield instruction.onbuild


def _parsed_trigger(text: str) -> Instruction | None:
    """A trigger as the engine stores it (``ADD $U /f``), read as an instruction."""
    parsed = load(f"FROM scratch\n{text}\n", path="ONBUILD")
    return parsed.instructions[1] if len(parsed.instructions) == 2 else None


def _sources(
    doc: Document, instruction: Instruction, scope: Scope, inherited_at: int | None
) -> Iterator[NeededImage | Blocker]:
    """What ``instruction`` would fetch: remote ADD sources, images named by ``--from`` and ``--mount``.

    ``inherited_at`` is the FROM line of a stage that runs a base image's
    trigger; the trigger itself has no line in this file.
    """
    line = inherited_at or instruction.span.line
    origin = "an inherited ONBUILD " if inherited_at else ""
    if instruction.keyword == "ADD":
        for word in _source_words(instruction):
            value = _known(scope, word)
            if value is None:
                yield Blocker(line, f"{origin}ADD source `{word}` depends on a value dlint cannot know")
            elif _REMOTE_SOURCE.match(value):
                yield Blocker(line, f"{origin}ADD downloads {value}, which needs the network")
    if instruction.keyword in ("COPY", "ADD"):
        source = instruction.flag("from")
        if source is not None and source.value:
            yield from _named_image(doc, scope, source.value, line, f"{origin}COPY --from image", numbered=True)
    if instruction.keyword == "RUN":
        for mount in run_mounts(instruction):
            if mount.from_:
                yield from _named_image(doc, scope, mount.from_, line, f"{origin}RUN --mount image", numbered=False)


def _source_words(instruction: Instruction) -> tuple[str, ...]:
    """The sources of an ADD as written; a heredoc (``<<EOF``) is text in the file, not a source."""
    return tuple(word for word in instruction.values[:-1] if not (instruction.heredocs and word.startswith("<<")))


def _named_image(
    doc: Document, scope: Scope, word: str, line: int, role: str, numbered: bool
) -> Iterator[NeededImage | Blocker]:
    name = _known(scope, word)
    if name is None:
        yield Blocker(line, f"{role} `{word}` depends on a value dlint cannot know")
    elif not _names_stage(doc, name, numbered):
        yield NeededImage(name, line, role)


def _known(scope: Scope, word: str) -> str | None:
    expansion = scope.expand(word)
    return expansion.value if expansion.error is None else None


def _names_stage(doc: Document, name: str, numbered: bool) -> bool:
    """Whether ``--from=name`` means a stage of the file: any stage's name, or (COPY only) a stage index."""
    if numbered and _STAGE_INDEX.fullmatch(name):
        return 0 <= int(name) < len(doc.stages)
    return any(stage.name == name.lower() for stage in doc.stages)


def _unique(images: list[NeededImage]) -> tuple[NeededImage, ...]:
    seen: dict[str, NeededImage] = {}
    for image in images:
        seen.setdefault(image.reference, image)
    return tuple(seen.values())
