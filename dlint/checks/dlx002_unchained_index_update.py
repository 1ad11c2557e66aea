"""A package index update in a RUN that installs nothing (DLX002).

``RUN apt-get update`` on its own is cached as a layer and reused by later
builds long after the index it downloaded went stale; the RUN that installs
then works from old lists (404s, outdated packages). The update belongs in
the same RUN as the install that needs it. Reported on the update command.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_INSTALLS = ("install", "upgrade")


@rule(
    "DLX002",
    title="Package index update without an install in the same RUN",
    severity=Severity.WARNING,
    aliases=("DS017", "AVD-DS-0017", "CKV_DOCKER_5"),
    category="best-practice",
    tags=("cache",),
)
def unchained_index_update(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for update in doc.commands(kind="update", keyword="RUN"):
        commands = doc.commands_of(update.listed)
        later = commands[next(i for i, command in enumerate(commands) if command is update) + 1:]
        if any(command.tool is update.tool and command.verb_kind in _INSTALLS for command in later):
            continue
        action = f"{update.name} {update.verb.value}"
        yield Violation(
            update.span,
            f"`{action}` runs in a RUN that installs nothing: its layer caches a package index "
            f"that goes stale; chain it with the install "
            f"(`{action} && {update.name} {update.tool.main_verbs['install']} ...`)",
        )
