"""What RUN instructions run: their shell commands and their ``--mount`` flags.

Rules about package managers start here. ONBUILD RUN triggers count as RUN
instructions, since they run in every image built from this one. A command's
real program is read through the wrappers that only change how it runs
(``sudo apt-get``, ``env X=1 pip``, ``xargs apt-get``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.model.shell_script import Command, ShellScript, Word

# Wrapper program -> its options that take the next word as their value.
_WRAPPERS: dict[str, frozenset[str]] = {
    "sudo": frozenset({"-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U"}),
    "doas": frozenset({"-u", "-C"}),
    "env": frozenset({"-u", "-C", "-S"}),
    "xargs": frozenset({"-I", "-n", "-P", "-d", "-a", "-L", "-s", "-E", "-e"}),
    "nice": frozenset({"-n"}),
    "ionice": frozenset({"-c", "-n", "-p"}),
    "exec": frozenset({"-a"}),
    "nohup": frozenset(),
    "time": frozenset(),
    "command": frozenset(),
    "eatmydata": frozenset(),
    "stdbuf": frozenset({"-i", "-o", "-e"}),
}
_SETS_VARIABLES = frozenset({"env", "sudo"})   # accept ``NAME=value`` words before the program


@dataclass(frozen=True, slots=True)
class RunScript:
    instruction: Instruction   # as listed in the document: the RUN, or the ONBUILD holding it
    run: Instruction           # the RUN itself (its flags, its spans)
    script: ShellScript


def run_scripts(doc: Document) -> Iterator[RunScript]:
    """Every RUN and ONBUILD RUN whose shell text could be read, in order."""
    for instruction in doc.instructions:
        run = instruction.onbuild if instruction.keyword == "ONBUILD" else instruction
        if run is None or run.keyword != "RUN":
            continue
        script = doc.shell(instruction)
        if script is not None:
            yield RunScript(instruction, run, script)


def program(command: Command) -> Command:
    """``command`` as the program it really runs, wrappers such as ``sudo`` peeled off."""
    words = command.argv
    while words and basename(words[0].value) in _WRAPPERS:
        words = _skip_wrapper(words)
    return command if words is command.argv else replace(command, argv=words)


def basename(name: str) -> str:
    return name.rsplit("/", 1)[-1]


def _skip_wrapper(words: tuple[Word, ...]) -> tuple[Word, ...]:
    takes_value = _WRAPPERS[basename(words[0].value)]
    index = 1
    while index < len(words):
        value = words[index].value
        if value == "--":
            return words[index + 1:]
        if value in takes_value:
            index += 2
        elif value.startswith("-") or ("=" in value and basename(words[0].value) in _SETS_VARIABLES):
            index += 1
        else:
            break
    return words[index:]


def word_values(doc: Document, instruction: Instruction, word: Word) -> tuple[str, ...] | None:
    """What ``word`` stands for when the RUN runs, split into words; None when unknown.

    The variables ARG and ENV declare are in the RUN's environment, so
    ``$PACKAGES`` is known when an ARG or ENV gives it a value. A variable set
    inside the script, a command substitution or a value the base image may
    set are unknown.
    """
    if word.is_literal:
        return (word.value,)
    if "$(" in word.text or "`" in word.text:
        return None
    expansion = doc.scope(instruction).expand(word.text)
    if expansion.value is None or expansion.undefined:
        return None
    # The shell splits an unquoted expansion into words; a quoted one stays one word.
    quoted = any(quote in word.text for quote in "\"'")
    return (expansion.value,) if quoted else tuple(expansion.value.split())


def mount_targets(instruction: Instruction, *types: str) -> tuple[str, ...]:
    """The target folders of the RUN's ``--mount`` flags of the given types."""
    targets = []
    for flag in instruction.flags_named("mount"):
        fields = dict(_field(part) for part in (flag.value or "").split(","))
        if fields.get("type", "bind") in types:
            target = fields.get("target") or fields.get("dst") or fields.get("destination")
            if target:
                targets.append(target)
    return tuple(targets)


def _field(part: str) -> tuple[str, str]:
    key, _, value = part.partition("=")
    return key.strip().lower(), value.strip().strip('"')
