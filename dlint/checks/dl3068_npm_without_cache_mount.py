"""npm install or ci in a RUN without a BuildKit cache mount (DL3068).

npm downloads every package into ``~/.npm``. Without a cache mount the download
is repeated whenever the RUN runs again, and it lands in the image layer.

Not reported when a cache or tmpfs mount covers ``~/.npm`` in any user's
home (``/root/.npm``, ``/home/node/.npm``, ``$HOME/.npm``). hadolint looks for
``install``, ``ci``, ``install-ci-test`` or ``it`` anywhere in the command
(``npm run ci`` counts); dlint reads the subcommand and counts every spelling
of an install (``npm i``, ``npm clean-install``...).
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._cache_mounts import runs_without_cache_mount
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3068",
    title="npm install without a cache mount",
    severity=Severity.INFO,
    category="performance",
    tags=("cache", "buildkit"),
)
def npm_without_cache_mount(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for command in runs_without_cache_mount(doc, "npm"):
        yield Violation(
            command.span,
            "Use a BuildKit cache mount for npm (`--mount=type=cache,target=/root/.npm`) "
            "to reuse downloads between builds and keep them out of the image",
        )
