"""apt lists left in the image after ``apt-get update`` (DL3009).

The lists under ``/var/lib/apt/lists`` weigh tens of megabytes and are only
needed while installing. They must go in the same RUN (``rm -rf
/var/lib/apt/lists/*``); ``apt-get clean`` empties ``/var/cache/apt`` and
leaves them. A cache or tmpfs mount over the lists keeps them out of the layer.
As in hadolint, only stages that end up in an image are judged: the last
stage, stages other stages are built FROM, and ONBUILD triggers.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.commands import ResolvedCommand
from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.model.mounts import under_cache_mount
from dlint.rule_api import RuleContext, Severity, Violation, rule

LISTS = "/var/lib/apt/lists"


@rule(
    "DL3009",
    title="apt lists not deleted after apt-get update",
    severity=Severity.INFO,
    category="performance",
    tags=("image-size",),
)
def apt_lists_left(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for update in doc.commands("apt-get", "update", keyword="RUN"):
        listed = update.listed
        if not _ships(doc, listed) or under_cache_mount(update.instruction, LISTS):
            continue
        commands = doc.commands_of(listed)
        if not any(_deletes_lists(command) for command in commands):
            yield Violation(update.span, _message(commands))


def _ships(doc: Document, listed: Instruction) -> bool:
    stage = doc.stage_of(listed)
    if listed.keyword == "ONBUILD" or stage is None or stage is doc.target:
        return True
    return any(other.base_stage is stage for other in doc.stages)


def _deletes_lists(command: ResolvedCommand) -> bool:
    apt = command.program in ("apt-get", "apt")
    return command.deletes(LISTS) or (apt and (command.runs("distclean") or command.runs("dist-clean")))


def _message(commands: tuple[ResolvedCommand, ...]) -> str:
    message = f"Delete the apt lists (`rm -rf {LISTS}/*`) in the RUN that runs `apt-get update`"
    if any(c.program in ("apt-get", "apt") and c.runs("clean") for c in commands):
        message += f"; `apt-get clean` does not remove {LISTS}"
    return message
