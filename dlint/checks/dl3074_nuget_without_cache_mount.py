"""dotnet restore (or a build that restores) and nuget restore in a RUN without a BuildKit cache mount (DL3074).

dotnet and nuget download every package into ``~/.nuget/packages``. Without a
cache mount the download is repeated whenever the RUN runs again, and it lands
in the image layer.

Counts ``dotnet restore``, ``build``, ``publish`` and ``test`` (each restores
first) and ``nuget restore``. Not reported when a cache or tmpfs mount covers
``~/.nuget/packages`` in any user's home.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._cache_mounts import runs_without_cache_mount
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3074",
    title="dotnet restore without a cache mount",
    severity=Severity.INFO,
    category="performance",
    tags=("cache", "buildkit"),
)
def nuget_without_cache_mount(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for command in runs_without_cache_mount(doc, "dotnet", "nuget"):
        yield Violation(
            command.span,
            "Use a BuildKit cache mount for NuGet (`--mount=type=cache,target=/root/.nuget/packages`) "
            "to reuse downloads between builds and keep them out of the image",
        )
