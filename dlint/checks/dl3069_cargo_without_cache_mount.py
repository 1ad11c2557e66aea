"""cargo build, install or fetch in a RUN without a BuildKit cache mount (DL3069).

cargo downloads every crate into its registry (``$CARGO_HOME/registry``).
Without a cache mount the download is repeated whenever the RUN runs again, and
it lands in the image layer.

Not reported when a cache or tmpfs mount covers cargo's registry
(``~/.cargo/registry`` in any home, or ``/usr/local/cargo/registry``, where the
official Rust images keep ``CARGO_HOME``). hadolint wants both
``.cargo/registry`` and ``.cargo/git`` (or ``.cargo``) in the targets, so it
reports the Rust images' ``/usr/local/cargo/...`` mounts; the git folder only
holds git dependencies, so dlint asks for the registry.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._cache_mounts import runs_without_cache_mount
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3069",
    title="cargo build without a cache mount",
    severity=Severity.INFO,
    category="performance",
    tags=("cache", "buildkit"),
)
def cargo_without_cache_mount(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for command in runs_without_cache_mount(doc, "cargo"):
        yield Violation(
            command.span,
            "Use a BuildKit cache mount for cargo (`--mount=type=cache,target=/usr/local/cargo/registry`, "
            "or `/root/.cargo/registry` outside the Rust images) "
            "to reuse downloads between builds and keep them out of the image",
        )
