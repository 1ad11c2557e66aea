"""The build fails (DLX100).

Whether a build fails is only known by building: `dlint verify` builds each
Dockerfile and reports a failed build under this id, at the instruction the
builder stopped on. Statically this rule reports the few failures that are
certain without building:

* a RUN whose whole script is ``false`` or ``exit N`` with N other than 0
  (exec form ``["false"]`` too);
* a COPY or ADD of a build-context path that does not exist in the context,
  or that the ``.dockerignore`` leaves out (only when the context is known,
  for sources without wildcards whose variables all have values).

Unless the user names the context (``--context``), dlint assumes the
Dockerfile's folder, which is often not the one the build uses
(``docker build -f docker/Dockerfile .``). So, with an assumed context, missing
sources are reported only when at least one source of the file does exist
there: a folder holding none of them is taken for the wrong context.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Iterable, Iterator

from dlint.model.document import Document
from dlint.model.instruction import Argument, Instruction
from dlint.model.shell_script import program_name
from dlint.rule_api import RuleContext, Severity, Violation, rule

_WILDCARD = re.compile(r"[*?\[]")
_REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|git@)", re.IGNORECASE)


@rule(
    "DLX100",
    title="The build fails",
    severity=Severity.ERROR,
    category="correctness",
)
def build_failure(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for instruction in doc.instructions:
        if instruction.keyword == "RUN":
            yield from _failing_run(doc, instruction)
    if ctx.context_dir is not None:
        yield from _missing_sources(doc, ctx)


def _failing_run(doc: Document, run: Instruction) -> Iterator[Violation]:
    if run.json:
        if run.args and program_name(run.args[0].value) == "false" and len(run.args) == 1:
            yield Violation(run.args[0].span, "`false` always fails, so the build stops here")
        return
    script = doc.shell(run)
    if script is None or script.has_errors or len(script.commands) != 1:
        return
    command = script.commands[0]
    if command.redirects or command.assignments:
        return
    if command.name == "false" and not command.args:
        yield Violation(command.span, "`false` always fails, so the build stops here")
    elif command.name == "exit" and len(command.args) == 1 and command.args[0].isdigit() and int(command.args[0]) % 256:
        yield Violation(command.span, f"`exit {command.args[0]}` always fails, so the build stops here")


def _missing_sources(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    sources = [found for i in doc.instructions if i.keyword in ("COPY", "ADD") for found in _context_sources(doc, i)]
    present = [os.path.lexists(os.path.join(ctx.context_dir, relative)) for _, _, relative, _ in sources]
    if not ctx.context_given and not any(present):
        return
    for (instruction, source, relative, value), exists in zip(sources, present):
        if not exists:
            yield Violation(source.span, f"`{value}` is not in the build context, so {instruction.keyword} fails")
        elif ctx.dockerignore is not None and ctx.dockerignore.matches(relative):
            yield Violation(source.span, f"`{value}` is excluded by .dockerignore, so {instruction.keyword} fails")


def _context_sources(doc: Document, instruction: Instruction) -> Iterator[tuple[Instruction, Argument, str, str]]:
    """``(instruction, source, path in the context, value)`` for each source that names one plain path."""
    if instruction.flag("from") is not None or instruction.heredocs or len(instruction.args) < 2:
        return
    scope = doc.scope(instruction)
    for source in instruction.args[:-1]:
        value = scope.expand(source.value).value
        if value is None or _WILDCARD.search(value) or _REMOTE.match(value):
            continue
        relative = posixpath.normpath(value.lstrip("/")) if value.strip("/") else "."
        if relative != "." and not relative.startswith("../"):
            yield instruction, source, relative, value
