"""pip commands: whether a command installs with pip, and what it installs."""

from __future__ import annotations

import re

from dlint.checks._run_commands import operand_words
from dlint.model.shell_script import Command, Word

_PIP = re.compile(r"pip-?[0-9.]*")   # pip, pip3, pip3.12, pip-3.3
_PYTHON = re.compile(r"python[0-9.]*")

# ``pip install`` options whose value is the next word when not written as ``--name=value``.
_TAKES_VALUE = frozenset({
    "-b", "--build", "-c", "--constraint", "-e", "--editable", "--extra-index-url", "-f", "--find-links",
    "-i", "--index-url", "-r", "--requirement", "-t", "--target", "--abi", "--implementation",
    "--no-binary", "--only-binary", "--platform", "--prefix", "--progress-bar", "--proxy",
    "--python-version", "--root", "--src", "--trusted-host", "--upgrade-strategy", "--cache-dir",
    "--log", "--timeout", "--retries", "--cert", "--client-cert", "--exists-action", "--global-option",
    "-C", "--config-settings", "--python", "--report", "--root-user-action", "--keyring-provider",
})
_VERSION_OPERATORS = ("==", ">=", "<=", ">", "<", "!=", "~=", "===")
_VCS = re.compile(r"(git|hg|svn|bzr)(\+[a-z-]+)?:")
_LOCAL_ARCHIVES = (".whl", ".tar.gz", ".zip", ".tar.bz2")


def pip_install_words(command: Command) -> tuple[Word, ...] | None:
    """The words after ``install`` of ``pip install`` or ``python -m pip install``; None otherwise."""
    name = command.program
    words = command.argv[1:]
    if _PYTHON.fullmatch(name):
        values = [word.value for word in words]
        modules = [i for i in range(len(values) - 1) if values[i] == "-m" and values[i + 1] == "pip"]
        if not modules:
            return None
        words = words[modules[0] + 2:]
    elif not _PIP.fullmatch(name):
        return None
    for index, word in enumerate(words):
        if word.value == "install":
            return words[index + 1:]
    return None


def requirement_words(install_words: tuple[Word, ...]) -> tuple[Word, ...]:
    """The package operands of ``pip install``: what remains once options and their values are gone."""
    return operand_words(install_words, _TAKES_VALUE)


def installs_from_files(install_words: tuple[Word, ...]) -> bool:
    """Whether the versions come from a file: a requirements or constraints file, or the local project."""
    for word in install_words:
        value = word.value
        if value in (".", "-r", "-c") or value.startswith(("--requirement", "--constraint")):
            return True
        if len(value) > 2 and value.startswith(("-r", "-c")) and not value.startswith("--"):
            return True
    return False


def is_pinned(requirement: str) -> bool:
    """A version operator, a VCS URL with ``@ref``, a local archive or a local path pins the version."""
    if any(operator in requirement for operator in _VERSION_OPERATORS):
        return True
    if _VCS.match(requirement):
        return "@" in requirement.rsplit("/", 1)[-1]
    return requirement.endswith(_LOCAL_ARCHIVES) or "/" in requirement
