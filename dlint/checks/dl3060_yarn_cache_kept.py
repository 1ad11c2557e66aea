"""``yarn install`` that leaves yarn's cache in the image (DL3060).

yarn keeps a copy of every package it downloads in its cache folder; in an
image that copy is dead weight. Not reported when the same RUN empties it
(``yarn cache clean``, or ``rm -rf`` of the cache folder) or when a
``--mount=type=cache`` or ``tmpfs`` covers the cache (``/root/.cache/yarn``,
``/usr/local/share/.cache/yarn``, any user's ``~/.cache/yarn``). ``yarn add``
fills the cache too. As hadolint 2.15.1 does, only stages that end up in an
image are judged: the last stage, stages other stages are built FROM, and
ONBUILD triggers. Reported on the yarn command.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.commands import ResolvedCommand, cleans_cache
from dlint.model.document import Document
from dlint.model.mounts import under_cache_mount
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3060",
    title="yarn cache not cleaned after yarn install",
    severity=Severity.INFO,
    category="performance",
    tags=("image-size",),
)
def yarn_cache_kept(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for command in doc.commands(program="yarn", kind="install", keyword="RUN"):
        if not _ships(doc, command) or _cache_out_of_layer(doc, command):
            continue
        yield Violation(
            command.span, "`yarn cache clean` missing after `yarn install` (or use a cache mount for yarn's cache)"
        )


def _ships(doc: Document, command: ResolvedCommand) -> bool:
    stage = doc.stage_of(command.listed)
    if command.listed.keyword == "ONBUILD" or stage is None or stage is doc.target:
        return True
    return any(other.base_stage is stage for other in doc.stages)


def _cache_out_of_layer(doc: Document, command: ResolvedCommand) -> bool:
    if any(under_cache_mount(command.instruction, path) for path in command.tool.cache_dirs):
        return True
    return cleans_cache(doc, command, after=True) is not None
