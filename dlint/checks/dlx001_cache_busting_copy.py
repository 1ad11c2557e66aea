"""COPY of the source tree before the dependency install (DLX001).

Docker reuses a layer only while every layer before it is unchanged. When
``COPY . .`` comes before ``RUN npm ci``, any edit to any file re-runs the
whole dependency install. Copying the manifests alone first, installing, and
copying the rest afterwards keeps the install cached until the dependencies
change. Reported on the COPY/ADD source, with the install as related location.

Nothing is reported for an ecosystem whose dependencies were already
installed before the COPY, in this stage or the stages it is built FROM: the
manifests were copied and installed first, which is the fix, and a later
install or a build that fetches on the way (``go build``, ``mvn package``)
then finds them in place.
ONBUILD triggers are judged as their own sequence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from dlint.checks._shortened import shortened_command
from dlint.model.commands import ResolvedCommand
from dlint.model.dependency_installs import DependencyInstall, dependency_install
from dlint.model.document import Document
from dlint.model.instruction import Argument, Instruction
from dlint.model.source_tree_copies import source_tree_copy
from dlint.rule_api import Related, RuleContext, Severity, Violation, rule

# (the instruction as the document lists it, the instruction that runs): equal but for ONBUILD triggers.
Steps = list[tuple[Instruction, Instruction]]


@dataclass
class _SourceCopy:
    instruction: Instruction
    source: Argument
    fetched_before: frozenset[str]
    installs: list[tuple[ResolvedCommand, DependencyInstall]] = field(default_factory=list)


@rule(
    "DLX001",
    title="Source tree copied before the dependency install",
    severity=Severity.INFO,
    category="performance",
    tags=("cache",),
)
def cache_busting_copy(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    # Stage index -> the ecosystems installed by that stage and the stages it is built FROM;
    # a base stage comes before the stages built on it, so one pass fills it.
    installed: dict[int, frozenset[str]] = {}
    for stage in doc.stages:
        upstream = installed[stage.base_stage.index] if stage.base_stage is not None else frozenset()
        own = [install for _, install in _installs(doc, [(i, i) for i in stage.instructions]) if install.fetch_only]
        installed[stage.index] = upstream | {install.ecosystem for install in own}
        plain = [(i, i) for i in stage.instructions if i.keyword != "ONBUILD"]
        triggers = [(i, i.onbuild) for i in stage.instructions if i.keyword == "ONBUILD" and i.onbuild]
        for sequence in (plain, triggers):
            for copy in _source_copies(doc, sequence, upstream):
                if copy.installs:
                    yield _violation(copy)


def _source_copies(doc: Document, sequence: Steps, upstream: frozenset[str]) -> list[_SourceCopy]:
    copies: list[_SourceCopy] = []
    fetched = set(upstream)
    for listed, instruction in sequence:
        source = source_tree_copy(instruction)
        if source is not None:
            copies.append(_SourceCopy(instruction, source, frozenset(fetched)))
            continue
        for command, install in _installs(doc, [(listed, instruction)]):
            for copy in copies:
                if install.ecosystem not in copy.fetched_before:
                    copy.installs.append((command, install))
            if install.fetch_only:
                fetched.add(install.ecosystem)
    return copies


def _installs(doc: Document, sequence: Steps) -> Iterator[tuple[ResolvedCommand, DependencyInstall]]:
    for listed, instruction in sequence:
        for command in doc.commands_of(listed) if instruction.keyword == "RUN" else ():
            install = dependency_install(command)
            if install is not None:
                yield command, install


def _violation(copy: _SourceCopy) -> Violation:
    command, install = copy.installs[0]
    step = _shown(command)
    copied = f"{copy.instruction.keyword} {copy.source.value}"
    if install.fetch_only:
        advice = f"copy {install.manifests} first, run `{step}`, then copy the rest"
    else:
        advice = f"copy {install.manifests} first and run `{install.fetch_step}` before copying the rest"
    return Violation(
        copy.source.span,
        f"`{copied}` comes before `{step}` (line {command.span.line}), so every change to the copied "
        f"files re-runs the dependency install; {advice}",
        related=tuple(Related(c.span, f"`{_shown(c)}` re-runs on every source change") for c, _ in copy.installs),
    )


def _shown(command: ResolvedCommand) -> str:
    return shortened_command([word.text for word in command.shell_command.argv])
