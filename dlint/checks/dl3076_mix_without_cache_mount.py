"""mix deps.get or compile in a RUN without a BuildKit cache mount (DL3076).

mix downloads packages into ``~/.hex`` and keeps its archives in ``~/.mix``.
Without a cache mount the download is repeated whenever the RUN runs again, and
it lands in the image layer.

Counts ``mix deps.get``, ``deps.compile`` and ``compile``. Not reported when a
cache or tmpfs mount covers ``~/.hex`` or ``~/.mix`` in any user's home.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._cache_mounts import runs_without_cache_mount
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3076",
    title="mix deps.get without a cache mount",
    severity=Severity.INFO,
    category="performance",
    tags=("cache", "buildkit"),
)
def mix_without_cache_mount(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for command in runs_without_cache_mount(doc, "mix"):
        yield Violation(
            command.span,
            "Use BuildKit cache mounts for Mix "
            "(`--mount=type=cache,target=/root/.hex --mount=type=cache,target=/root/.mix`) "
            "to reuse downloads between builds and keep them out of the image",
        )
