"""CopyIgnoredFile: COPY or ADD of a path the ``.dockerignore`` leaves out of the context.

The file is not in the build context, so the instruction fails or copies
less than expected. As in BuildKit, nothing is reported when the ignore
file re-includes anything with ``!`` (what is really left out then depends
on the files present), for ``COPY --from`` sources, URLs, git sources and
heredocs. ``.`` and ``/`` are only reported when a ``*``, ``**`` or ``**/*``
pattern leaves out everything. Which ignore file applies
(``<Dockerfile>.dockerignore`` beside the Dockerfile, else ``.dockerignore``
at the context root) is the engine's decision; the rule reads
``ctx.dockerignore``. On by default, as in current BuildKit, where it is no
longer experimental.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.parser.go_text import go_quote
from dlint.rule_api import RuleContext, Severity, Violation, rule

if TYPE_CHECKING:
    from dlint.model.dockerignore import DockerIgnore

_REMOTE_PREFIXES = ("http://", "https://", "git@", "git://", "ssh://")


@rule(
    "CopyIgnoredFile",
    buildkit_name="CopyIgnoredFile",
    title="Attempting to Copy file that is excluded by .dockerignore",
    severity=Severity.WARNING,
    category="correctness",
    tags=("buildkit", "dockerignore", "context"),
    url="https://docs.docker.com/go/dockerfile/rule/copy-ignored-file/",
)
def copy_of_ignored_file(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    ignore = ctx.dockerignore
    if ignore is None or ignore.problems or ignore.has_exclusions:
        return
    for stage in doc.stages:
        for instruction in stage.instructions:
            if _copies_from_context(instruction):
                yield from _ignored_sources(doc, instruction, ignore)


def _copies_from_context(instruction: Instruction) -> bool:
    return instruction.keyword == "ADD" or (instruction.keyword == "COPY" and instruction.flag("from") is None)


def _ignored_sources(doc: Document, instruction: Instruction, ignore: DockerIgnore) -> Iterator[Violation]:
    # Imported here: only a file with a .dockerignore gets this far, and the others should not pay for it.
    from dlint.model.dockerignore import clean_path

    scope = doc.scope(instruction)
    action = "Add" if instruction.keyword == "ADD" else "Copy"
    for source in instruction.args[:-1]:
        if instruction.heredocs and source.value.startswith("<<"):
            continue
        value = scope.expand(source.value).value
        if not value or value.startswith(_REMOTE_PREFIXES):
            continue
        path = clean_path(value)
        if path in (".", "/") and not ignore.excludes_everything:
            continue
        if ignore.matches(path):
            yield Violation(
                source.span,
                f"Attempting to {action} file {go_quote(path)} that is excluded by .dockerignore",
            )
