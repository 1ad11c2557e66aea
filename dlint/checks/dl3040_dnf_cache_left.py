"""``dnf install`` (or ``microdnf install``) without ``clean all`` after it in the same RUN (DL3040).

dnf and microdnf keep repository metadata under ``/var/cache/dnf``,
``/var/cache/libdnf5`` or ``/var/cache/yum``; left in a layer it only adds
weight. ``dnf clean all`` (or ``microdnf clean all``) must come after the
last install or upgrade of the RUN; removing the cache folder counts too,
and a cache or tmpfs mount of any of those folders keeps it out of the
layer (hadolint accepts a mount of ``/var/cache/libdnf5`` only). This is
also Trivy's microdnf check (DS027). Reported on the last dnf command that
fills the cache.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._package_cache import cache_left, last_of_each_run
from dlint.checks.dl3032_yum_cache_left import FILLING
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3040",
    title="dnf clean all missing after dnf install",
    severity=Severity.WARNING,
    aliases=("DS019", "AVD-DS-0019", "DS027", "AVD-DS-0027"),
    category="performance",
    tags=("image-size",),
)
def dnf_cache_left(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    filling = (
        c for c in doc.commands(tool="yum", keyword="RUN")
        if c.program in ("dnf", "microdnf") and c.verb_kind in FILLING
    )
    for command in last_of_each_run(filling):
        if cache_left(doc, command):
            yield Violation(command.span, f"`{command.program} clean all` missing after {command.program} command.")
