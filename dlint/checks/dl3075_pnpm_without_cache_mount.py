"""pnpm install, add or fetch in a RUN without a BuildKit cache mount (DL3075).

pnpm downloads every package into its store (``~/.local/share/pnpm/store``).
Without a cache mount the download is repeated whenever the RUN runs again, and
it lands in the image layer.

Counts ``pnpm install``, ``i``, ``add`` and ``fetch``. Not reported when a cache
or tmpfs mount covers the store: ``~/.local/share/pnpm/store``,
``~/.pnpm-store``, ``~/.cache/pnpm`` in any home, or ``/pnpm/store`` as pnpm's
Docker guide sets it up.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._cache_mounts import runs_without_cache_mount
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3075",
    title="pnpm install without a cache mount",
    severity=Severity.INFO,
    category="performance",
    tags=("cache", "buildkit"),
)
def pnpm_without_cache_mount(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for command in runs_without_cache_mount(doc, "pnpm"):
        yield Violation(
            command.span,
            "Use a BuildKit cache mount for pnpm (`--mount=type=cache,target=/root/.local/share/pnpm/store`) "
            "to reuse downloads between builds and keep them out of the image",
        )
