"""What a shell script says: its simple commands, their words and redirects.

These values are what rules read about the commands a RUN (or a shell-form
CMD, ENTRYPOINT or HEALTHCHECK) runs. :mod:`dlint.model.shell_syntax` builds
them from the shell text; :mod:`dlint.model.shell` decides which text that is.
"""

from __future__ import annotations

from dataclasses import dataclass

from dlint.model.spans import MappedText, Span


@dataclass(frozen=True, slots=True)
class Word:
    """One shell word: an argument, a command name, an assignment or a target."""

    text: str          # as written: quotes, escapes and expansions included
    value: str         # quotes removed and escapes resolved; expansions kept as written
    span: Span
    is_literal: bool   # False when the word holds an expansion: $X, ${X}, $(...), `...`, $((...))


@dataclass(frozen=True, slots=True)
class Redirect:
    """One redirection of a command: ``> file``, ``2>&1``, ``<<EOF``."""

    # As written, file descriptor included: ">", ">>", "2>", "2>&", "&>", "<", "<<", "<<-", "<<<".
    operator: str
    target: Word | None   # the file, the descriptor or the heredoc delimiter
    span: Span


@dataclass(frozen=True, slots=True)
class Command:
    """One simple command, such as ``apt-get install -y curl``.

    ``operator_before`` is the list operator that joins it to the previous
    command of the same list: ``&&``, ``||``, ``;``, ``|``, ``|&``, ``&``, or
    ``"\\n"`` for a new line. It is None for the first command of a list, so for
    the first command of a script and the first one inside a subshell, a
    ``{ }`` group, a ``$( )``, a loop or an ``if`` branch.
    """

    argv: tuple[Word, ...]
    assignments: tuple[Word, ...]   # ``FOO=bar`` words written before the command name
    redirects: tuple[Redirect, ...]
    span: Span
    operator_before: str | None
    in_pipeline: bool               # part of ``a | b``, directly or inside a group that is

    @property
    def name(self) -> str:
        """argv[0] after quote removal; "" for a command of assignments or redirects only."""
        return self.argv[0].value if self.argv else ""

    @property
    def program(self) -> str:
        """The name without its folder: ``apt-get`` for ``/usr/bin/apt-get``."""
        return program_name(self.name)

    @property
    def args(self) -> tuple[str, ...]:
        return tuple(word.value for word in self.argv[1:])

    def has_option(self, *names: str) -> bool:
        """Whether any of ``names`` is given, before a ``--`` argument.

        ``"-y"`` matches ``-y`` and combined short options such as ``-qy``;
        ``"--yes"`` matches ``--yes`` and ``--yes=...``; any other name (``-rf``,
        ``-name``) matches only itself.
        """
        return self.option_word(*names) is not None

    def option_word(self, *names: str) -> Word | None:
        """The first word that gives one of ``names``, matched as :meth:`has_option` does."""
        words = self.argv[1:]
        for word in words[: len(self._options())]:
            if any(_option_matches(word.value, name) for name in names):
                return word
        return None

    def option_value(self, name: str) -> str | None:
        """The value given to option ``name``, or None when it is absent.

        Reads ``--name=value``, ``--name value``, ``-n value``, ``-nvalue`` and
        ``-xn value`` (a short option closing a group of short options).
        """
        options = self._options()
        for index, arg in enumerate(options):
            following = options[index + 1] if index + 1 < len(options) else None
            if name.startswith("--"):
                if arg == name:
                    return following
                if arg.startswith(name + "="):
                    return arg[len(name) + 1:]
            elif len(name) == 2 and _is_short_group(arg):
                if arg[1] == name[1]:
                    return arg[2:] if len(arg) > 2 else following
                if arg[-1] == name[1]:
                    return following
            elif arg == name:
                return following
        return None

    def _options(self) -> tuple[str, ...]:
        args = self.args
        if "--" in args:
            return args[: args.index("--")]
        return args


def program_name(word: str) -> str:
    """A command word without its folder: ``/usr/bin/apt-get`` is ``apt-get``."""
    return word.rsplit("/", 1)[-1]


def _is_short_group(arg: str) -> bool:
    return len(arg) > 1 and arg[0] == "-" and arg[1] != "-"


def _option_matches(arg: str, name: str) -> bool:
    if name.startswith("--"):
        return arg == name or arg.startswith(name + "=")
    if len(name) == 2 and name[0] == "-":
        return _is_short_group(arg) and name[1] in arg[1:]
    return arg == name


@dataclass(frozen=True, slots=True)
class ShellScript:
    """The commands of one shell script, in source order, nested ones included."""

    commands: tuple[Command, ...]
    source: MappedText      # the text the shell receives, mapped back to the Dockerfile
    has_errors: bool        # the text is not valid shell; commands are what could be read
    shell: tuple[str, ...] = ("/bin/sh", "-c")   # the SHELL (or shebang) that runs it

    def named(self, *names: str) -> tuple[Command, ...]:
        """Commands whose name, or the last path segment of it, is one of ``names``."""
        wanted = set(names)
        return tuple(
            command
            for command in self.commands
            if command.name in wanted or command.program in wanted
        )
