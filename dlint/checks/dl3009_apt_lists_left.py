"""apt lists left in the image after ``apt-get update`` (DL3009).

The lists under ``/var/lib/apt/lists`` weigh tens of megabytes and are only
needed while installing. They must go in the same RUN (``rm -rf
/var/lib/apt/lists/*``); ``apt-get clean`` empties ``/var/cache/apt`` and
leaves them. A cache or tmpfs mount over the lists keeps them out of the layer.
As in hadolint, only stages that end up in an image are judged: the last
stage, stages other stages are built FROM, and ONBUILD triggers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice, product

from dlint.checks._package_managers import APT, action
from dlint.checks._run_commands import RunScript, mount_targets, run_scripts, without_wrappers
from dlint.model.document import Document
from dlint.model.shell_script import Command
from dlint.rule_api import RuleContext, Severity, Violation, rule

LISTS = "/var/lib/apt/lists"
_BRACES = re.compile(r"\{([^{}]*,[^{}]*)\}")
_MOST_BRACE_WORDS = 64
_MOST_NESTED_BRACES = 8


@rule(
    "DL3009",
    title="apt lists not deleted after apt-get update",
    severity=Severity.INFO,
    category="performance",
    tags=("image-size",),
)
def apt_lists_left(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for run in run_scripts(doc):
        if not _ships(doc, run) or _lists_outside_layer(run):
            continue
        commands = [without_wrappers(command) for command in run.script.commands]
        if any(_deletes_lists(command) for command in commands):
            continue
        for original, command in zip(run.script.commands, commands, strict=True):
            if _updates_index(command):
                yield Violation(original.span, _message(commands))


def _ships(doc: Document, run: RunScript) -> bool:
    stage = doc.stage_of(run.instruction)
    if run.instruction.keyword == "ONBUILD" or stage is None or stage is doc.target:
        return True
    return any(other.base_stage is stage for other in doc.stages)


def _lists_outside_layer(run: RunScript) -> bool:
    return any(
        LISTS == target.rstrip("/") or LISTS.startswith(target.rstrip("/") + "/")
        for target in mount_targets(run.run, "cache", "tmpfs")
    )


def _updates_index(command: Command) -> bool:
    # aptitude keeps its lists in the same folder.
    return command.program in {*APT.programs, "aptitude"} and action(command, APT) == "update"


def _deletes_lists(command: Command) -> bool:
    name = command.program
    deletes = name == "rm" or (name == "find" and ("-delete" in command.args or "-exec" in command.args))
    if deletes:
        return any(_covers_lists(path) for arg in command.args for path in braces_expanded(arg))
    return name in APT.programs and action(command, APT) in ("distclean", "dist-clean")


def _message(commands: list[Command]) -> str:
    message = f"Delete the apt lists (`rm -rf {LISTS}/*`) in the RUN that runs `apt-get update`"
    if any(c.program in APT.programs and action(c, APT) == "clean" for c in commands):
        message += f"; `apt-get clean` does not remove {LISTS}"
    return message


def _covers_lists(path: str) -> bool:
    return path.startswith(LISTS) or path.rstrip("/*") == "/var/lib/apt"


def braces_expanded(word: str) -> list[str]:
    """``/var/lib/{apt,dpkg}`` as the shell expands it: ``/var/lib/apt``, ``/var/lib/dpkg``.

    Only the first 64 words: each group multiplies them, and a path that names
    the apt lists is never that deep in the list.
    """
    return list(islice(_brace_words(word, _MOST_NESTED_BRACES), _MOST_BRACE_WORDS))


def _brace_words(word: str, depth: int) -> Iterator[str]:
    pieces = _BRACES.split(word)   # text, group, text, group, ..., text
    if len(pieces) == 1 or depth == 0:
        yield word
        return
    choices = [[piece] if position % 2 == 0 else piece.split(",") for position, piece in enumerate(pieces)]
    for chosen in product(*choices):
        # an expanded inner group may complete an outer one: {a,{b,c}}
        yield from _brace_words("".join(chosen), depth - 1)
