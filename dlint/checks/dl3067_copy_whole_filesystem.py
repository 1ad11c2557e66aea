"""``COPY --from=<stage> / /``: a whole filesystem copied over the image (DL3067).

Copying the root of another stage or image onto the root brings its
``/etc/passwd``, package database, caches and every leftover of its build,
and overwrites the base image's files without a trace of what changed. Copy
the folders the image needs (``COPY --from=build /app /app``). Only COPY
``--from`` is judged; paths are compared after ARG expansion and
normalisation (``/.`` is ``/``). Reported on the source and destination.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3067",
    title="COPY --from copies a whole filesystem to /",
    severity=Severity.WARNING,
    category="best-practice",
    tags=("image-size",),
)
def copy_whole_filesystem(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for listed in doc.instructions:
        copy = listed.trigger_or_self
        if copy is None or copy.keyword != "COPY" or copy.flag("from") is None or len(copy.args) < 2:
            continue
        scope = doc.scope(listed)
        *sources, destination = copy.args
        if _is_root(scope.expand(destination.value).value) and any(
            _is_root(scope.expand(source.value).value) for source in sources
        ):
            yield Violation(
                copy.arguments_span, "Do not copy an entire filesystem from another stage: copy the folders you need"
            )


def _is_root(path: str | None) -> bool:
    return path is not None and posixpath.normpath(path.strip("\"'") or ".") in ("/", "//")
