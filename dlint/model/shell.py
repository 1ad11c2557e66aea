"""The shell script an instruction runs, and the shell that runs it.

RUN, CMD and ENTRYPOINT in shell form, HEALTHCHECK CMD in shell form, and the
same instructions as ONBUILD triggers hand their text to the SHELL in effect:
``/bin/sh -c`` unless a SHELL instruction of the stage (or of the stage it is
built FROM) chose another, and ``cmd /S /C`` on a Windows base image. Only a
POSIX shell's text is read; PowerShell and cmd give None.

An exec-form RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD runs its program
directly: it reads as a script of that one command, and ``["sh", "-c", "..."]``
as the script in its string, so rules see both forms alike.

RUN heredocs follow BuildKit: a RUN whose whole command is one heredoc
(``RUN <<EOF``) runs the body as the script (through its ``#!`` interpreter
when it has one); otherwise the shell receives the command line followed by
each body and its delimiter, so ``RUN bash <<EOF`` reads the body as a script
and ``RUN python3 <<EOF`` or ``RUN cat <<EOF > file`` keep it as data.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dlint.model.shell_script import Command, Redirect, ShellScript, Word, program_name
from dlint.model.shell_syntax import (
    DEFAULT_SHELL,
    POSIX_SHELLS,
    HeredocText,
    parse_script,
    reads_script_from_stdin,
)
from dlint.model.spans import MappedText
from dlint.model.wrappers import peel

if TYPE_CHECKING:
    from dlint.model.document import Document
    from dlint.model.instruction import Argument, Heredoc, Instruction
    from dlint.model.stages import Stage

WINDOWS_SHELL = ("cmd", "/S", "/C")

_RUNS_COMMAND = frozenset({"RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK"})
_WINDOWS_IMAGE = re.compile(r"(?:^|/)windows(?:[/:@]|$)|nanoserver|windowsservercore")


def script_for(doc: Document, instruction: Instruction) -> ShellScript | None:
    """The commands ``instruction`` (or the ONBUILD trigger it holds) runs in a shell."""
    command = instruction.trigger_or_self
    if command is None or command.keyword not in _RUNS_COMMAND:
        return None
    if command.json:
        args = command.args[1:] if command.keyword == "HEALTHCHECK" else command.args
        if command.keyword == "HEALTHCHECK" and (not command.args or command.args[0].value.upper() != "CMD"):
            return None
        return _exec_form_script(command, args) if args else None
    text = _command_text(command)
    if text is None:
        return None
    shell = shell_in_effect(doc, instruction)
    if not is_posix_shell(shell):
        return None
    if command.keyword == "RUN" and command.heredocs:
        return _heredoc_script(doc, text, command.heredocs, shell)
    return parse_script(text, shell)


def _exec_form_script(command: Instruction, args: tuple[Argument, ...]) -> ShellScript | None:
    if len(args) >= 3 and is_posix_shell((args[0].value,)) and _is_command_option(args[1].value):
        script = args[2]
        # The JSON string's characters after its opening quote; escapes inside
        # it shift later columns, which only matters for escaped strings.
        source = MappedText(script.value, ((0, script.span.line, script.span.column + 1),))
        return parse_script(source, (args[0].value, args[1].value))
    words = tuple(Word(a.value, a.value, a.span, True) for a in args)
    span = args[0].span.cover(args[-1].span)
    return ShellScript((Command(words, (), (), span, None, False),), command.rest, False, ())


def _is_command_option(option: str) -> bool:
    """``-c``, or a group of short options ending in it, such as ``-ec``."""
    return len(option) >= 2 and option[0] == "-" and option[1:].isalpha() and option.endswith("c")


def shell_in_effect(doc: Document, instruction: Instruction) -> tuple[str, ...]:
    """The SHELL that runs ``instruction``'s shell form.

    An ONBUILD trigger runs in a later build, with the shell the image ends with.
    """
    return doc.shells.get(instruction.index, DEFAULT_SHELL)


def shells_in_effect(doc: Document) -> dict[int, tuple[str, ...]]:
    """The SHELL in effect for every instruction of a stage, by index, read in one pass over the document.

    A stage starts with the shell its base stage ends with (the Windows shell
    on a Windows image); each SHELL instruction changes it for the
    instructions after it.
    """
    found: dict[int, tuple[str, ...]] = {}
    final: dict[int, tuple[str, ...]] = {}   # the shell each stage ends with, by stage index
    for stage in doc.stages:
        if stage.base_stage is not None:
            shell = final[stage.base_stage.index]
        else:
            shell = WINDOWS_SHELL if _runs_windows(stage) else DEFAULT_SHELL
        for instruction in stage.instructions:
            if instruction.keyword == "SHELL" and instruction.json and instruction.values:
                shell = instruction.values
            found[instruction.index] = shell
        final[stage.index] = shell
        for instruction in stage.instructions:
            if instruction.keyword == "ONBUILD":
                found[instruction.index] = shell
    return found


def is_posix_shell(shell: tuple[str, ...]) -> bool:
    """Whether ``shell`` (a SHELL or shebang argv) is a POSIX shell such as sh or bash."""
    words = [word.replace("\\", "/") for word in shell]
    start = peel(words).start
    return start < len(words) and _program(words[start]) in POSIX_SHELLS


def _program(path: str) -> str:
    """The program a SHELL word names, Windows paths included: ``C:\\Windows\\cmd.exe`` is ``cmd``."""
    return program_name(path.replace("\\", "/")).lower().removesuffix(".exe")


def _runs_windows(stage: Stage) -> bool:
    platform = stage.platform.value if stage.platform is not None else None
    if platform and platform.lower().startswith("windows"):
        return True
    image = (stage.base.value or stage.base.text).lower()
    return bool(_WINDOWS_IMAGE.search(image))


def _command_text(command: Instruction) -> MappedText | None:
    # The parser's ``rest`` of a HEALTHCHECK starts after its type word.
    if command.keyword == "HEALTHCHECK" and (not command.args or command.args[0].value.upper() != "CMD"):
        return None
    return command.rest


def _heredoc_script(
    doc: Document, text: MappedText, heredocs: tuple[Heredoc, ...], shell: tuple[str, ...]
) -> ShellScript | None:
    if _is_single_heredoc(text.text):
        body = heredocs[0]
        if body.content.startswith("#!"):
            shell = tuple(body.content[2:].split("\n", 1)[0].split())
            if not is_posix_shell(shell):
                return None
        return parse_script(body.body, shell)
    return _script_with_bodies(doc, text, heredocs, shell)


def _is_single_heredoc(command: str) -> bool:
    from dlint.parser.heredocs import HeredocError, parse_heredoc_word

    try:
        return parse_heredoc_word(command.strip()) is not None
    except HeredocError:
        return False


def _script_with_bodies(
    doc: Document, line: MappedText, heredocs: tuple[Heredoc, ...], shell: tuple[str, ...]
) -> ShellScript:
    """The command line, then each body and delimiter: the text BuildKit hands the shell."""
    pieces = [line.text]
    anchors = list(line.anchors)
    placed = []
    search_from = 0
    offset = len(line.text) + 1
    for heredoc in heredocs:
        body = heredoc.body
        marker = _heredoc_word(heredoc.name).search(line.text, search_from)
        if marker is not None:
            search_from = marker.end()
            placed.append(HeredocText(marker.start(), marker.group(1), offset, offset + len(body.text), heredoc.expand))
        pieces.append("\n" + body.text + heredoc.name)
        anchors.extend((offset + start, line_, column) for start, line_, column in body.anchors)
        offset += len(body.text)
        anchors.append((offset, heredoc.span.end_line, _delimiter_column(doc, heredoc)))
        offset += len(heredoc.name) + 1
    text = MappedText("".join(pieces), tuple(anchors))
    if len(placed) < len(heredocs):
        # A heredoc word too unusual to find: let tree-sitter read the shell's heredocs.
        return parse_script(text, shell)
    return parse_script(text, shell, tuple(placed))


def stdin_scripts(doc: Document, instruction: Instruction) -> tuple[tuple[Heredoc, ShellScript], ...]:
    """The heredoc bodies of a RUN that a POSIX shell of its command line reads as its script,
    each with its script in that shell: the body of ``RUN bash <<'EOF'`` is a bash script.

    The commands of those bodies are already among the RUN's commands; this
    tells which shell runs each body, for tools that check a script as a whole.
    """
    command = instruction.trigger_or_self
    if command is None or command.keyword != "RUN" or not command.heredocs or command.json:
        return ()
    script = doc.shell(instruction)
    if script is None:
        return ()
    by_name = {heredoc.name: heredoc for heredoc in command.heredocs}
    found = []
    for shell_command in script.commands:
        if not reads_script_from_stdin(shell_command):
            continue
        for redirect in shell_command.redirects:
            target = redirect.target
            reads_heredoc = target is not None and redirect.operator.endswith(("<<", "<<-"))
            heredoc = by_name.get(target.value) if reads_heredoc else None
            if heredoc is not None:
                found.append((heredoc, parse_script(heredoc.body, (shell_command.name,))))
    return tuple(found)


def _heredoc_word(name: str) -> re.Pattern[str]:
    # BuildKit only takes whole words as heredocs: ``cat <<EOF``, not ``cat<<EOF``.
    return re.compile(r"(?:^|(?<=\s))(\d*<<-?)[ \t]*(['\"]?)" + re.escape(name) + r"\2(?=\s|$)")


def _delimiter_column(doc: Document, heredoc: Heredoc) -> int:
    index = heredoc.span.end_line - 1
    line = doc.lines[index] if 0 <= index < len(doc.lines) else ""
    return len(line) - len(line.lstrip("\t")) + 1


__all__ = [
    "WINDOWS_SHELL",
    "Command",
    "Redirect",
    "ShellScript",
    "Word",
    "is_posix_shell",
    "script_for",
    "shell_in_effect",
    "stdin_scripts",
]
