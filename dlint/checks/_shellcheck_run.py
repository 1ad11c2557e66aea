"""Running ShellCheck on the shell scripts of one Dockerfile, and placing its findings in the Dockerfile.

Each script a Dockerfile runs in a POSIX shell (a shell-form RUN, CMD or
ENTRYPOINT, the string of ``["sh", "-c", "..."]``, a heredoc a shell reads) is
written to a file of its own in a temporary folder, and ShellCheck reads all
the files of one dialect in one process (``--format=json1``, whose columns
count a tab as one character, as the model does).

Above each script's first command (after its ``#!`` line, when it has one)
goes one added line, ``export NAME ...``, naming the ARGs and ENVs in scope:
ShellCheck then knows the build sets them and SC2154 stays quiet about them.
Positions on later lines are moved back by that line before they are mapped
through the script's :class:`~dlint.model.spans.MappedText`, so a finding
lands on the physical Dockerfile line and column, inside heredocs and after
continuation lines too.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass

from dlint.model.document import Document
from dlint.model.shell import ShellScript, stdin_scripts
from dlint.parser.instruction import Instruction
from dlint.rule_api import Severity, Violation

# ShellCheck's dialects, by the program the SHELL, shebang or interpreter names.
DIALECTS = {
    "sh": "sh",
    "ash": "busybox",
    "dash": "dash",
    "bash": "bash",
    "rbash": "bash",
    "ksh": "ksh",
    "mksh": "ksh",
    "pdksh": "ksh",
}
_LAUNCHERS = frozenset({"env", "busybox"})
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_LEVELS = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO, "style": Severity.STYLE}


class ShellCheckFailed(RuntimeError):
    """ShellCheck could not check the scripts (it crashed, or rejected its arguments)."""


@dataclass(frozen=True, slots=True)
class ScriptFile:
    """One script as ShellCheck reads it: the script's text with the export line added."""

    script: ShellScript
    dialect: str
    text: str
    added_line: int        # the 1-based line of the export line in ``text``

    def script_line(self, line: int) -> int | None:
        """The script's line for ShellCheck's ``line``; None for the added line."""
        if line == self.added_line:
            return None
        return line - 1 if line > self.added_line else line


def script_files(doc: Document) -> list[ScriptFile]:
    """The shell scripts of ``doc`` that ShellCheck can read, in source order."""
    files = []
    for instruction in doc.instructions:
        script = doc.shell(instruction)
        if script is None or not _is_shell_text(instruction, script):
            continue
        names = [name for name in doc.scope(instruction).names() if _NAME.match(name)]
        # A body with an unquoted delimiter is expanded by the outer shell first, so its text is not
        # what the inner shell runs; the outer script's check covers its expansions.
        literal_bodies = [body for heredoc, body in stdin_scripts(doc, instruction) if not heredoc.expand]
        for checked in (script, *literal_bodies):
            dialect = dialect_of(checked.shell)
            if dialect is not None:
                files.append(_with_exports(checked, dialect, names))
    return files


def dialect_of(shell: tuple[str, ...]) -> str | None:
    """ShellCheck's ``--shell`` for a SHELL or shebang argv; None for shells it does not read (zsh)."""
    words = list(shell)
    while words and _program(words[0]) in _LAUNCHERS:
        words = [word for word in words[1:] if not word.startswith("-") and "=" not in word]
    return DIALECTS.get(_program(words[0])) if words else None


# Scripts per ShellCheck process: far below any system's limit on the length of a command line.
_FILES_PER_RUN = 500


def check_scripts(program: str, files: list[ScriptFile]) -> Iterator[tuple[str, Violation]]:
    """Run ShellCheck ``program`` on ``files``: each finding as its ``SCnnnn`` code and a violation."""
    if not files:
        return
    import tempfile  # only a run with SC rules pays for these imports

    with tempfile.TemporaryDirectory(prefix="dlint-shellcheck-") as folder:
        names = []
        for number, file in enumerate(files):
            name = os.path.join(folder, f"{number}.sh")
            with open(name, "w", encoding="utf-8", errors="surrogatepass", newline="") as stream:
                stream.write(file.text)
            names.append(name)
        by_name = dict(zip(names, files))
        for dialect in sorted({file.dialect for file in files}):
            chosen = [name for name, file in by_name.items() if file.dialect == dialect]
            batches = (chosen[start:start + _FILES_PER_RUN] for start in range(0, len(chosen), _FILES_PER_RUN))
            for comment in (comment for batch in batches for comment in _run(program, dialect, batch)):
                file = by_name.get(comment.get("file", ""))
                violation = _violation(file, comment) if file is not None else None
                if violation is not None:
                    yield f"SC{comment['code']}", violation


def _run(program: str, dialect: str, names: list[str]) -> list[dict]:
    import json
    import subprocess

    # --norc: a .shellcheckrc of the user's must not change what a Dockerfile's lint says.
    command = [program, "--format=json1", "--norc", f"--shell={dialect}", *names]
    try:
        completed = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", errors="replace", check=False)
    except OSError as error:
        raise ShellCheckFailed(f"cannot run {program}: {error.strerror or error}") from None
    # 0: nothing found, 1: something found; anything else is ShellCheck failing.
    if completed.returncode not in (0, 1):
        reason = completed.stderr.strip().splitlines()[-1:] or [f"exit status {completed.returncode}"]
        raise ShellCheckFailed(f"{program} failed: {reason[0]}")
    return json.loads(completed.stdout or "{}").get("comments", [])


def _violation(file: ScriptFile, comment: dict) -> Violation | None:
    line = file.script_line(comment["line"])
    end_line = file.script_line(comment.get("endLine", comment["line"]))
    if line is None:
        return None
    if end_line is None or end_line < line:
        end_line, end_column = line, comment["column"]
    else:
        end_column = comment.get("endColumn", comment["column"])
    source = file.script.source
    starts = _line_starts(source.text)
    start = _offset(starts, source.text, line, comment["column"])
    end = max(start, _offset(starts, source.text, end_line, end_column))
    return Violation(
        source.span(start, end),
        comment["message"],
        severity=_LEVELS.get(comment.get("level", ""), Severity.WARNING),
    )


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts += [index + 1 for index, char in enumerate(text) if char == "\n"]
    return starts


def _offset(starts: list[int], text: str, line: int, column: int) -> int:
    if line > len(starts):
        return len(text)
    line_end = starts[line] - 1 if line < len(starts) else len(text)
    return min(starts[line - 1] + max(column, 1) - 1, line_end)


def _with_exports(script: ShellScript, dialect: str, names: list[str]) -> ScriptFile:
    text = script.source.text
    exports = "export " + " ".join(names) if names else ":"
    if text.startswith("#!"):
        shebang, newline, rest = text.partition("\n")
        return ScriptFile(script, dialect, f"{shebang}\n{exports}\n{rest}", 2)
    return ScriptFile(script, dialect, f"{exports}\n{text}", 1)


def _is_shell_text(instruction: Instruction, script: ShellScript) -> bool:
    """Whether ``script.source`` is shell text: an exec-form RUN is, only when it hands a string to ``sh -c``."""
    command = instruction.trigger_or_self
    if command is None or not command.json:
        return True
    args = command.args
    return len(args) >= 3 and script.source.text == args[2].value


def _program(word: str) -> str:
    return word.replace("\\", "/").rsplit("/", 1)[-1].lower()
