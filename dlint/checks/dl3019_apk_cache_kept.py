"""``apk add`` without ``--no-cache`` (DL3019).

Without ``--no-cache`` apk keeps the package index it downloads under
``/var/cache/apk`` in the layer. Not reported when ``--no-cache`` is given,
when a cache or tmpfs mount of the RUN covers the apk cache, or when the
same RUN removes the cache after the install (``rm -rf /var/cache/apk/*``,
which hadolint does not accept though its own message suggests it).
Reported on the apk command.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._package_cache import cache_left
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3019",
    title="apk add without --no-cache",
    severity=Severity.INFO,
    aliases=("DS025", "AVD-DS-0025"),
    category="performance",
    tags=("image-size",),
)
def apk_cache_kept(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(tool="apk", verb="add", keyword="RUN"):
        if any(command.has_flag(flag) for flag in command.tool.no_cache_flags) or not cache_left(doc, command):
            continue
        yield Violation(
            command.span,
            "Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` "
            "when done installing packages",
        )
