"""composer install, update or require in a RUN without a BuildKit cache mount (DL3073).

Composer downloads every package into ``~/.composer/cache``. Without a cache
mount the download is repeated whenever the RUN runs again, and it lands in the
image layer.

Not reported when a cache or tmpfs mount covers ``~/.composer/cache`` or
``~/.cache/composer`` in any user's home. hadolint finds ``install``, ``update``
or ``require`` anywhere in the command; dlint reads the subcommand.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._cache_mounts import runs_without_cache_mount
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3073",
    title="composer install without a cache mount",
    severity=Severity.INFO,
    category="performance",
    tags=("cache", "buildkit"),
)
def composer_without_cache_mount(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for command in runs_without_cache_mount(doc, "composer"):
        yield Violation(
            command.span,
            "Use a BuildKit cache mount for Composer (`--mount=type=cache,target=/root/.composer/cache`) "
            "to reuse downloads between builds and keep them out of the image",
        )
