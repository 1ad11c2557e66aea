"""UndefinedVar: a ``$VARIABLE`` that no ARG or ENV declared before it.

Only the words BuildKit's own check sees are checked: the model's table of
expanded words says which (ADD, COPY, ENV, LABEL, USER, VOLUME, WORKDIR,
STOPSIGNAL and ARG defaults, plus COPY/ADD heredocs with an unquoted
delimiter); RUN, CMD and ENTRYPOINT are expanded by the shell at run time.
Each word reports each undefined name once, at its first reference, with
BuildKit's "did you mean" among the names that are defined.

BuildKit also knows the variables the base image sets (``GOPATH`` in
``golang``, ``JAVA_HOME`` in ``eclipse-temurin``...). dlint does not pull
images, so it only checks stages whose environment it knows as well as
BuildKit does: stages built (directly or through earlier stages) on
``scratch`` or on an official OS image that sets nothing but ``PATH``.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._suggest import closest_name
from dlint.model.document import Document
from dlint.model.stages import Stage
from dlint.model.variable_references import VariableReference, variable_references
from dlint.rule_api import RuleContext, Severity, Violation, rule

# BuildKit reads these build args itself and never puts them in the environment.
_NOT_ENVIRONMENT = frozenset({"BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"})
# "Did you mean" compares the name with every defined one; past this many
# comparisons in one file the findings go without a suggestion, so a file with
# thousands of names and undefined references still lints in linear time.
SUGGESTION_BUDGET = 200_000
# Official images whose configuration sets no variable but PATH.
_IMAGES_WITHOUT_ENVIRONMENT = frozenset(
    {"alpine", "almalinux", "amazonlinux", "busybox", "centos", "debian", "oraclelinux", "rockylinux", "ubuntu"}
)


@rule(
    "UndefinedVar",
    buildkit_name="UndefinedVar",
    title="Variables should be defined before their use",
    severity=Severity.WARNING,
    category="correctness",
    tags=("buildkit", "variables"),
    url="https://docs.docker.com/go/dockerfile/rule/undefined-var/",
)
def undefined_variable(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    reported: set[tuple[int, str]] = set()
    known: dict[int, bool] = {}
    budget = [SUGGESTION_BUDGET]
    for reference in variable_references(doc):
        word = reference.word
        if not word.checked or reference.defined or reference.name in _NOT_ENVIRONMENT:
            continue
        stage = doc.stage_of(word.instruction)
        if stage is None:
            continue
        if stage.index not in known:
            known[stage.index] = _environment_known(stage)
        key = (id(word), reference.name)
        if known[stage.index] and key not in reported:
            reported.add(key)
            yield _finding(reference, budget)


def _environment_known(stage: Stage) -> bool:
    image = stage.root.base
    return image.is_scratch or (image.name in _IMAGES_WITHOUT_ENVIRONMENT and not image.is_stage)


def _finding(reference: VariableReference, budget: list[int]) -> Violation:
    message = f"Usage of undefined variable '${reference.name}'"
    scope = reference.word.scope
    budget[0] -= scope.name_count()
    suggestion = closest_name(reference.name, scope.names()) if budget[0] >= 0 else None
    if suggestion:
        message += f" (did you mean ${suggestion}?)"
    return Violation(reference.span, message)
