"""Which file of the build context ends up at a path in the image, and in which folder an instruction runs.

A rule sometimes needs a file the Dockerfile copies in: the entrypoint script
that drops root, the ``.npmrc`` that reads ``${NPM_TOKEN}``. The model knows
the COPY and ADD instructions, their sources and destinations after ARG/ENV
expansion, and the WORKDIR a relative destination lands in; whether a source
is a folder is known only to the filesystem. So :func:`context_sources` answers
with candidate paths in the context, latest copy first, and the rule context
(:meth:`dlint.rule_api.RuleContext.context_file`) reads the first that exists.
"""

from __future__ import annotations

import posixpath
from fnmatch import fnmatchcase
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dlint.model.document import Document
    from dlint.model.instruction import Instruction
    from dlint.model.stages import Stage


def working_directory(doc: Document, instruction: Instruction) -> str | None:
    """The absolute WORKDIR ``instruction`` runs in; None when an unknown value or base image decides it.

    A stage starts in the WORKDIR of the stage it is built FROM; a stage built on
    ``scratch`` starts in ``/``. Another base image may set its own, which is not known.
    """
    stage = doc.stage_of(instruction)
    if stage is None:
        return None
    chain = stage.chain()
    folder = None if not chain[-1].base.is_scratch else "/"
    for ancestor in reversed(chain):
        for step in ancestor.instructions:
            if ancestor is stage and step.index >= instruction.index:
                break
            if step.keyword != "WORKDIR" or not step.args:
                continue
            value = doc.scope(step).expand(step.args[0].value).value
            if value is None:
                folder = None
            elif value.startswith("/"):
                folder = posixpath.normpath(value)
            elif folder is not None:
                folder = posixpath.normpath(posixpath.join(folder, value))
    return folder


def context_sources(doc: Document, stage: Stage, image_path: str) -> tuple[str, ...]:
    """Paths in the build context that may have been copied to ``image_path`` in ``stage``, latest first.

    Only COPY and ADD from the context count (no ``--from``, no URL, no heredoc).
    A path is relative to the context root, normalised, and never leaves it.
    """
    target = posixpath.normpath(image_path)
    found: list[str] = []
    for ancestor in reversed(stage.chain()):
        for instruction in ancestor.instructions:
            if instruction.keyword in ("COPY", "ADD") and not instruction.flag("from") and not instruction.heredocs:
                found[:0] = _candidates(doc, instruction, target)
    return tuple(dict.fromkeys(found))


def _candidates(doc: Document, instruction: Instruction, target: str) -> list[str]:
    words = [argument.value for argument in instruction.args]
    if len(words) < 2:
        return []
    scope = doc.scope(instruction)
    values = [scope.expand(word).value for word in words]
    if any(value is None for value in values):
        return []
    *sources, destination = values
    if not destination.startswith("/"):
        folder = working_directory(doc, instruction)
        if folder is None:
            return []
        destination = posixpath.join(folder, destination)
    into_folder = destination.endswith("/") or len(sources) > 1
    destination = posixpath.normpath(destination)
    found = []
    for source in sources:
        if "://" in source or source.startswith("git@"):
            continue
        source = _inside_context(source)
        if source is None:
            continue
        found += _matches(source, destination, into_folder, target)
    return found


def _matches(source: str, destination: str, into_folder: bool, target: str) -> list[str]:
    """Context paths that ``COPY source destination`` puts at ``target``."""
    found = []
    name = posixpath.basename(source)
    folder, _, rest = target.rpartition("/")
    if _has_glob(name):
        # Each matching file lands in the destination folder under its own name.
        if (folder or "/") == destination and fnmatchcase(rest, name):
            found.append(posixpath.join(posixpath.dirname(source), rest))
        return found
    # A file lands in the destination folder under its name, or at the destination itself.
    if (into_folder and (folder or "/") == destination and rest == name) or (not into_folder and target == destination):
        found.append(source)
    # A folder copies its contents: destination/x comes from source/x.
    if target.startswith(destination.rstrip("/") + "/"):
        found.append(posixpath.normpath(posixpath.join(source, target[len(destination.rstrip("/")) + 1:])))
    return [path.removeprefix("./") for path in found if path not in ("", ".")]


def _inside_context(source: str) -> str | None:
    # BuildKit resolves every source inside the context: ``/a`` and ``../a`` are the context's ``a``.
    path = posixpath.normpath("/" + source.lstrip("/"))
    return "." if path == "/" else path.lstrip("/")


def _has_glob(text: str) -> bool:
    return any(char in text for char in "*?[")
