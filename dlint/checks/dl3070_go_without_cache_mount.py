"""go build, get, install, test or mod in a RUN without a BuildKit cache mount (DL3070).

go keeps downloaded modules in ``/go/pkg/mod`` and compiled packages in
``~/.cache/go-build``. Without a cache mount the download is repeated whenever
the RUN runs again, and it lands in the image layer.

Not reported when a cache or tmpfs mount covers the module cache
(``/go/pkg/mod``, ``~/go/pkg/mod``) or the build cache (``~/.cache/go-build``).
hadolint finds ``build``, ``get``, ``install``, ``test`` or ``mod`` anywhere in
the command; dlint reads the subcommand.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._cache_mounts import runs_without_cache_mount
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3070",
    title="go build without a cache mount",
    severity=Severity.INFO,
    category="performance",
    tags=("cache", "buildkit"),
)
def go_without_cache_mount(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for command in runs_without_cache_mount(doc, "go"):
        yield Violation(
            command.span,
            "Use BuildKit cache mounts for Go "
            "(`--mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build`) "
            "to reuse downloads between builds and keep them out of the image",
        )
