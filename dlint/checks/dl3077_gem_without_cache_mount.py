"""gem install or bundle install in a RUN without a BuildKit cache mount (DL3077).

gem and bundler keep every downloaded ``.gem`` in the gem folder's ``cache``
(``/usr/local/bundle/cache`` in the Ruby images). Without a cache mount the
download is repeated whenever the RUN runs again, and it lands in the image
layer.

Counts ``gem install`` and ``bundle install``/``update``. Not reported when a
cache or tmpfs mount covers the downloaded gems: ``/usr/local/bundle/cache``,
``~/.gem`` or ``~/.bundle/cache`` (a mount of ``/usr/local/bundle`` covers
them too). hadolint's message suggests mounting ``/usr/local/bundle``, where
the Ruby images install gems; a cache mount there leaves the installed gems
out of the image, so dlint suggests its ``cache`` folder.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._cache_mounts import runs_without_cache_mount
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3077",
    title="gem or bundle install without a cache mount",
    severity=Severity.INFO,
    category="performance",
    tags=("cache", "buildkit"),
)
def gem_without_cache_mount(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for command in runs_without_cache_mount(doc, "gem", "bundle"):
        yield Violation(
            command.span,
            "Use a BuildKit cache mount for gem and bundler (`--mount=type=cache,target=/usr/local/bundle/cache`) "
            "to reuse downloads between builds and keep them out of the image",
        )
