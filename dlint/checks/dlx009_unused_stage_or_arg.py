"""DLX009: a build stage nothing uses, or an ARG nothing reads.

A stage that is not the target and that no FROM, ``COPY --from`` or
``RUN --mount=from=`` names is built for nothing by the classic builder and
skipped by BuildKit: either dead code or a missing reference. An ARG that no
later instruction of its stage (or of a stage built FROM it) expands is a
knob that does nothing. RUN commands see every ARG in their environment, so
names that programs read from the environment (``DEBIAN_FRONTEND``, the
proxy variables, ``PIP_*``, ``NPM_CONFIG_*``…) count as used when a RUN
follows.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.model.stages import Stage
from dlint.model.variables import argument_declarations
from dlint.rule_api import RuleContext, Severity, Violation, rule

_READ_FROM_ENVIRONMENT_PREFIXES = (
    "DEBIAN_", "PIP_", "NPM_CONFIG_", "YARN_", "PNPM_", "PYTHON", "UV_", "POETRY_", "PIPENV_", "GO", "CGO_",
    "CARGO_", "RUST", "MAVEN_", "GRADLE_", "BUNDLE_", "GEM_", "COMPOSER_", "NODE_", "JAVA_", "DOTNET_",
    "NUGET_", "LC_", "BUILDKIT_", "SOURCE_DATE_EPOCH", "CC", "CXX", "CFLAGS", "LDFLAGS", "MAKEFLAGS",
)
_READ_FROM_ENVIRONMENT = frozenset({"LANG", "LANGUAGE", "TZ", "HOME", "PATH", "TERM", "USER", "SHELL"})


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
    for stage in doc.stages:
        yield from _unused_args(doc, stage)


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


def _unused_args(doc: Document, stage: Stage) -> Iterator[Violation]:
    later = _instructions_reading(doc, stage)
    for position, instruction in enumerate(stage.instructions):
        if instruction.keyword != "ARG":
            continue
        following = later[position + 1:]
        runs_follow = any(i.keyword == "RUN" for i, _ in following)
        for (name, _default), argument in zip(argument_declarations(instruction), instruction.args):
            if any(name in names for _, names in following):
                continue
            if runs_follow and _read_from_environment(name):
                continue
            yield Violation(argument.span, f"ARG {name} is declared but nothing after it uses it")


def _instructions_reading(doc: Document, stage: Stage) -> list[tuple[Instruction, frozenset[str]]]:
    """For each instruction of ``stage`` (then of stages built FROM it), the names it expands."""
    stages = [stage] + [s for s in doc.stages if stage in s.chain()[1:]]
    result = []
    for each in stages:
        for instruction in each.instructions:
            result.append((instruction, _referenced_names(doc, instruction)))
    return result


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


def _read_from_environment(name: str) -> bool:
    upper = name.upper()
    return upper in _READ_FROM_ENVIRONMENT or upper.endswith("_PROXY") or upper.startswith(_READ_FROM_ENVIRONMENT_PREFIXES)
