"""A Gradle build in a RUN without a BuildKit cache mount (DL3072).

Gradle downloads dependencies, and the wrapper its distribution, into
``~/.gradle``. Without a cache mount the download is repeated whenever the RUN
runs again, and it lands in the image layer.

Every ``gradle`` or ``gradlew`` command counts, as in hadolint. Not reported
when a cache or tmpfs mount covers ``~/.gradle/caches`` or ``~/.gradle/wrapper``
in any user's home (``/root/.gradle``, ``/home/gradle/.gradle``).
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._cache_mounts import runs_without_cache_mount
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3072",
    title="Gradle build without a cache mount",
    severity=Severity.INFO,
    category="performance",
    tags=("cache", "buildkit"),
)
def gradle_without_cache_mount(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for command in runs_without_cache_mount(doc, "gradle"):
        yield Violation(
            command.span,
            "Use a BuildKit cache mount for Gradle (`--mount=type=cache,target=/root/.gradle`) "
            "to reuse downloads between builds and keep them out of the image",
        )
