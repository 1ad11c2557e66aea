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
import weakref
from fnmatch import fnmatchcase
from typing import TYPE_CHECKING

from dlint.model.document import Document

if TYPE_CHECKING:
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
    before = _folders(doc)
    if instruction.index in before:
        return before[instruction.index]
    # an ONBUILD trigger runs where its ONBUILD instruction stands
    folder = _start_folder(before, stage)
    for step in stage.instructions:
        if step.index >= instruction.index:
            break
        folder = _after(doc, step, folder)
    return folder


# The folders of a document are worked out once, in stage order, so a rule that asks for
# every instruction of a long chain of stages stays linear.
_FOLDERS: weakref.WeakKeyDictionary[Document, dict[int, str | None]] = weakref.WeakKeyDictionary()


def _folders(doc: Document) -> dict[int, str | None]:
    """The folder each instruction runs in, by instruction index, with each stage's final folder
    under the negative key ``-1 - stage.index``."""
    folders = _FOLDERS.get(doc)
    if folders is None:
        folders = {}
        # a stage is built FROM an earlier one only, so its base's folders are known when it is reached
        for stage in doc.stages:
            folder = _start_folder(folders, stage)
            for step in stage.instructions:
                folders[step.index] = folder
                folder = _after(doc, step, folder)
            folders[-1 - stage.index] = folder
        _FOLDERS[doc] = folders
    return folders


def _start_folder(folders: dict[int, str | None], stage: Stage) -> str | None:
    if stage.base_stage is not None:
        return folders.get(-1 - stage.base_stage.index)
    return "/" if stage.base.is_scratch else None


def _after(doc: Document, step: Instruction, folder: str | None) -> str | None:
    if step.keyword != "WORKDIR" or not step.args:
        return folder
    value = doc.scope(step).expand(step.args[0].value).value
    if value is None:
        return None
    if value.startswith("/"):
        return posixpath.normpath(value)
    return None if folder is None else posixpath.normpath(posixpath.join(folder, value))


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
