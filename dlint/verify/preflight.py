"""What a build would fetch from the network, found before the builder runs.

A builder asked for an image it does not have goes to a registry even when
told not to pull, and ``ADD https://...`` downloads whatever ``--network``
says. So verify builds only Dockerfiles whose images are all present locally
and that fetch nothing; the rest are reported as not built, with the line
that needs the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.verify.build_log import BUILDKIT

_REMOTE_SOURCE = re.compile(r"^(?:https?://|git@|git://|ssh://)", re.IGNORECASE)


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


def needs_of(doc: Document, builder: str) -> Needs:
    """The images ``doc`` needs locally and what it would fetch over the network."""
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
        for dependency in stage.dependencies:
            if dependency.kind == "from" or dependency.stage is not None:
                continue
            role = "COPY --from image" if dependency.kind == "copy" else "RUN --mount image"
            images.append(NeededImage(dependency.name, dependency.instruction.span.line, role))
        blockers.extend(_downloads(stage.instructions))
    return Needs(_unique(images), tuple(blockers))


def _downloads(instructions: tuple[Instruction, ...]) -> list[Blocker]:
    found = []
    for instruction in instructions:
        if instruction.keyword != "ADD":
            continue
        for source in instruction.values[:-1]:
            if _REMOTE_SOURCE.match(source):
                found.append(Blocker(instruction.span.line, f"ADD downloads {source}, which needs the network"))
    return found


def _unique(images: list[NeededImage]) -> tuple[NeededImage, ...]:
    seen: dict[str, NeededImage] = {}
    for image in images:
        seen.setdefault(image.reference, image)
    return tuple(seen.values())
