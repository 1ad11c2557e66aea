"""A Maven build in a RUN without a BuildKit cache mount (DL3071).

Maven downloads every dependency and plugin into ``~/.m2/repository``. Without a
cache mount the download is repeated whenever the RUN runs again, and it lands
in the image layer.

Not reported when a cache or tmpfs mount covers ``~/.m2/repository`` in any
user's home (``/root/.m2`` is the usual target). Beyond hadolint, the Maven
wrapper (``./mvnw``) and ``dependency:go-offline`` count.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._cache_mounts import runs_without_cache_mount
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3071",
    title="Maven build without a cache mount",
    severity=Severity.INFO,
    category="performance",
    tags=("cache", "buildkit"),
)
def maven_without_cache_mount(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for command in runs_without_cache_mount(doc, "mvn"):
        yield Violation(
            command.span,
            "Use a BuildKit cache mount for Maven (`--mount=type=cache,target=/root/.m2`) "
            "to reuse downloads between builds and keep them out of the image",
        )
