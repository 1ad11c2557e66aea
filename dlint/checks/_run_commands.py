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
from dlint.model.mounts import run_mounts
from dlint.model.shell_script import Command, ShellScript, Word, program_name

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
    """A RUN (or ONBUILD RUN) with the shell script it runs."""

    instruction: Instruction   # as listed in the document: the RUN, or the ONBUILD holding it
    run: Instruction           # the RUN itself (its flags, its spans)
    script: ShellScript


def run_scripts(doc: Document) -> Iterator[RunScript]:
    """Every RUN and ONBUILD RUN whose shell text could be read, in order."""
    for instruction in doc.instructions:
        run = instruction.trigger_or_self
        if run is None or run.keyword != "RUN":
            continue
        script = doc.shell(instruction)
        if script is not None:
            yield RunScript(instruction, run, script)


def without_wrappers(command: Command) -> Command:
    """``command`` as the program it really runs, wrappers such as ``sudo`` peeled off."""
    words = command.argv
    while words and program_name(words[0].value) in _WRAPPERS:
        words = _skip_wrapper(words)
    return command if words is command.argv else replace(command, argv=words)


def _skip_wrapper(words: tuple[Word, ...]) -> tuple[Word, ...]:
    wrapper = program_name(words[0].value)
    takes_value = _WRAPPERS[wrapper]
    index = 1
    while index < len(words):
        value = words[index].value
        if value == "--":
            return words[index + 1:]
        if value in takes_value:
            index += 2
        elif value.startswith("-") or ("=" in value and wrapper in _SETS_VARIABLES):
            index += 1
        else:
            break
    return words[index:]


def operand_words(words: tuple[Word, ...], takes_value: frozenset[str]) -> tuple[Word, ...]:
    """The words that are neither options nor the values of options in ``takes_value``.

    Everything after a ``--`` is an operand, as for any getopt-style program.
    """
    found = []
    index = 0
    while index < len(words):
        value = words[index].value
        if value == "--":
            found.extend(words[index + 1:])
            break
        if value in takes_value:
            index += 2
            continue
        if not value.startswith("-"):
            found.append(words[index])
        index += 1
    return tuple(found)


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
    return tuple(mount.target for mount in run_mounts(instruction) if mount.type in types and mount.target)
