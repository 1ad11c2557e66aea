"""InvalidDefaultArgInFrom: without build args, a FROM expands to no valid image name.

BuildKit expands every FROM with the global ARGs' defaults alone, as if no
``--build-arg`` were given, and reports a result that is empty or not an
image reference (``FROM alpine:$VERSION`` with ``ARG VERSION`` and no
default gives ``alpine:``). A Dockerfile should build with its defaults. As
in BuildKit, the check stops at the first FROM whose expansion fails,
and is skipped when a default itself cannot be expanded.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.image_ref import parse_normalized_named
from dlint.model.variables import PLATFORM_ARGS, argument_declarations
from dlint.model.word_expansion import UNSET, expand_word
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "InvalidDefaultArgInFrom",
    buildkit_name="InvalidDefaultArgInFrom",
    title="Default value for global ARG results in an empty or invalid base image name",
    severity=Severity.WARNING,
    category="correctness",
    tags=("buildkit", "variables", "stages"),
    url="https://docs.docker.com/go/dockerfile/rule/invalid-default-arg-in-from/",
)
def invalid_default_base_image(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    defaults = _global_defaults(doc)
    if defaults is None:
        return
    for stage in doc.stages:
        if not stage.from_.args:
            continue
        written = stage.from_.args[0]
        result = expand_word(written.value, lambda name: defaults.get(name, UNSET), doc.escape)
        if result.error is not None:
            return
        if result.value is not None and isinstance(parse_normalized_named(result.value), str):
            yield Violation(
                written.span,
                f"Default value for ARG {written.value} results in empty or invalid base image name",
            )


def _global_defaults(doc: Document) -> dict[str, str] | None:
    """The global variables with only the ARG defaults: declared-only ARGs stay unset.

    None when a default cannot be expanded: BuildKit then skips the check.
    """
    values = dict(PLATFORM_ARGS)
    for instruction in doc.global_args:
        for key, default in argument_declarations(instruction):
            if default is None:
                continue
            expanded = expand_word(default, lambda name: values.get(name, UNSET), doc.escape)
            if expanded.error is not None:
                return None
            values[key] = expanded.value or ""
    return values
