"""A package index update in a RUN that installs nothing (DLX002).

``RUN apt-get update`` on its own is cached as a layer and reused by later
builds long after the index it downloaded went stale; the RUN that installs
then works from old lists (404s, outdated packages). The update belongs in
the same RUN as the install that needs it. Reported on the update command.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.checks._package_managers import action, manager_of
from dlint.checks._run_commands import run_scripts, without_wrappers
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DLX002",
    title="Package index update without an install in the same RUN",
    severity=Severity.WARNING,
    aliases=("DS017", "AVD-DS-0017", "CKV_DOCKER_5"),
    category="best-practice",
    tags=("cache",),
)
def unchained_index_update(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for run in run_scripts(doc):
        commands = [without_wrappers(command) for command in run.script.commands]
        for position, command in enumerate(commands):
            manager = manager_of(command)
            if manager is None or action(command, manager) not in manager.refreshes_index:
                continue
            if any(
                manager_of(later) is manager and action(later, manager) in manager.installs
                for later in commands[position + 1:]
            ):
                continue
            update = f"{command.name} {action(command, manager)}"
            yield Violation(
                run.script.commands[position].span,
                f"`{update}` runs in a RUN that installs nothing: its layer caches a package index "
                f"that goes stale; chain it with the install "
                f"(`{update} && {command.name} {manager.install_action} ...`)",
            )
