"""``zypper install`` without ``zypper clean`` after it in the same RUN (DL3036).

zypper keeps repository metadata and packages under ``/var/cache/zypp``;
left in a layer they only add weight. ``zypper clean`` (``cc``) must come
after the last install or upgrade of the RUN; removing the cache folder
counts too (hadolint does not accept it), and a cache or tmpfs mount of the
cache keeps it out of the layer. Reported on the last zypper command that
fills the cache.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._package_cache import cache_left, last_of_each_run
from dlint.checks.dl3032_yum_cache_left import FILLING
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3036",
    title="zypper clean missing after zypper install",
    severity=Severity.WARNING,
    aliases=("DS020", "AVD-DS-0020"),
    category="performance",
    tags=("image-size",),
)
def zypper_cache_left(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    filling = (c for c in doc.commands(tool="zypper", keyword="RUN") if c.verb_kind in FILLING)
    for command in last_of_each_run(filling):
        if cache_left(doc, command):
            yield Violation(command.span, "`zypper clean` missing after zypper use.")
