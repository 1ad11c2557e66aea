"""Commands that drop root before running a program, and the scripts outside the Dockerfile that run them.

The official images start as root and let their entrypoint script switch to an
unprivileged user (``exec gosu postgres "$@"``), so an image without USER does
not always run its process as root. Whether it does depends on a script in the
build context; :func:`context_script` reads such a script as the model reads a
RUN, and :func:`drops_privileges` tells which commands switch users.
"""

from __future__ import annotations

from dlint.model.shell_script import Command, ShellScript
from dlint.model.shell_syntax import DEFAULT_SHELL, POSIX_SHELLS, parse_script
from dlint.model.spans import MappedText
from dlint.model.users import ROOT_USERS
from dlint.model.wrappers import peel

# Wrapper -> the option that names the user it switches to; "" when its first operand is the user.
_SWITCHES_USER = {
    "gosu": "",
    "su-exec": "",
    "s6-setuidgid": "",
    "setuidgid": "",
    "chpst": "-u",
    "setpriv": "--reuid",
    "runuser": "-u",
    "chroot": "--userspec",
    "su": "",
}


def drops_privileges(command: Command) -> bool:
    """Whether ``command`` runs its program as another user: ``gosu app``, ``setpriv --reuid=app``, ``su app -c``."""
    values = [word.value for word in command.argv]
    for first, end in peel(values).wrappers:
        name = values[first].rsplit("/", 1)[-1]
        if name in _SWITCHES_USER:
            user = _user(values[first + 1:end] if end > first + 1 else values[first + 1:first + 2], _SWITCHES_USER[name])
            if user is not None and user.split(":", 1)[0] not in ROOT_USERS:
                return True
    return False


def _user(words: list[str], option: str) -> str | None:
    if option:
        for index, word in enumerate(words):
            if word == option and index + 1 < len(words):
                return words[index + 1]
            if word.startswith(option + "="):
                return word.partition("=")[2]
        return None
    operands = [word for word in words if not word.startswith("-")]
    return operands[0] if operands else None


def context_script(text: str) -> ShellScript | None:
    """The commands of a shell script read from a file (an entrypoint script); None for another language.

    Positions are in the file, not the Dockerfile: line 1 is the file's first line.
    """
    shell = DEFAULT_SHELL
    if text.startswith("#!"):
        shell = tuple(text[2:].split("\n", 1)[0].split())
        interpreter = [word.rsplit("/", 1)[-1] for word in shell]
        if interpreter[:1] == ["env"]:
            interpreter = [word for word in interpreter[1:] if not word.startswith("-")]
        if not interpreter or interpreter[0] not in POSIX_SHELLS:
            return None
    return parse_script(MappedText(text, ((0, 1, 1),)), shell)
