"""``yum install`` without ``yum clean all`` after it in the same RUN (DL3032).

yum keeps package metadata (and, with ``keepcache``, the packages) under
``/var/cache/yum``; left in a layer it only adds weight. The clean must
come after the last install or upgrade of the RUN; removing the cache
folder (``rm -rf /var/cache/yum``) counts too, and a cache or tmpfs mount of
the cache keeps it out of the layer. Upgrades fill the cache as installs
do and are judged as well (hadolint looks at ``install`` only). Reported on
the last yum command that fills the cache.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._package_cache import cache_left, last_of_each_run
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

FILLING = ("install", "upgrade")


@rule(
    "DL3032",
    title="yum clean all missing after yum install",
    severity=Severity.WARNING,
    aliases=("DS015", "AVD-DS-0015"),
    category="performance",
    tags=("image-size",),
)
def yum_cache_left(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    filling = (c for c in doc.commands(program="yum", keyword="RUN") if c.verb_kind in FILLING)
    for command in last_of_each_run(filling):
        if cache_left(doc, command):
            yield Violation(command.span, "`yum clean all` missing after yum command.")
