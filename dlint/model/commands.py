"""The commands a Dockerfile runs, resolved: program, tool, subcommand, options, operands and packages.

Every simple command of a shell-form or exec-form RUN, CMD, ENTRYPOINT and
HEALTHCHECK (``sh -c`` strings, heredoc bodies read by a shell and ONBUILD
triggers included) becomes a :class:`ResolvedCommand`: wrappers peeled
(:mod:`dlint.model.wrappers`), the program normalised (``pip3.12`` and
``python -m pip`` are ``pip``), and its words read with the tool table
(:mod:`dlint.model.tool_table`): which options take a value, their canonical
names, the subcommand and its kind, and the packages with their pins. Rules
ask :meth:`Document.commands <dlint.model.document.Document.commands>`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice, product
from typing import TYPE_CHECKING

from dlint.model.mounts import under_cache_mount
from dlint.model.package_pins import read_pin
from dlint.model.shell_script import Command, Word
from dlint.model.spans import MappedText, Span
from dlint.model.tools import Tool, normalised_program, tool_of
from dlint.model.wrappers import peel

if TYPE_CHECKING:
    from dlint.model.document import Document
    from dlint.model.instruction import Instruction

_RUNS_COMMAND = frozenset({"RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK"})
_BRACES = re.compile(r"\{([^{}]*,[^{}]*)\}")
_MOST_BRACE_WORDS = 64
_MOST_NESTED_BRACES = 8
_NESTED_SCRIPTS = 3   # ``su -c "su -c '...'"`` is read this deep


@dataclass(frozen=True, slots=True)
class Option:
    """One option of a command: ``-y``, ``--target-release=bookworm``, ``-o Debug=1``."""

    name: str               # canonical, from the tool table: "yes" for -y, --yes and --assume-yes
    spelling: str           # the option as given: "-y" (also inside ``-qy``), "--yes"
    value: str | None       # its value, None for an option without one
    words: tuple[Word, ...]

    @property
    def span(self) -> Span:
        return self.words[0].span.cover(self.words[-1].span)


@dataclass(frozen=True, slots=True)
class Package:
    """One package a command installs: ``curl=7.88.1-10``, ``flask``, or a variable's word."""

    requirement: str | None    # as the shell passes it, variables expanded; None when unknown
    name: str | None
    version: str | None
    pinned: bool | None        # None when a variable's value is unknown
    word: Word

    @property
    def span(self) -> Span:
        return self.word.span


@dataclass(frozen=True, slots=True)
class Wrapper:
    """A program that runs the command: ``sudo -u app``, ``env X=1``, ``gosu app``."""

    name: str
    words: tuple[Word, ...]


@dataclass(frozen=True, slots=True)
class ResolvedCommand:
    """One simple command with what its words mean."""

    listed: Instruction            # as the document lists it: the instruction, or the ONBUILD holding it
    instruction: Instruction       # the one that runs it (RUN, CMD, ENTRYPOINT or HEALTHCHECK)
    shell_command: Command         # the words as the shell reads them: operators, redirects, assignments
    wrappers: tuple[Wrapper, ...]
    argv: tuple[Word, ...]         # after the wrappers: the program's words first
    program: str                   # normalised: "pip" for pip3 and python -m pip; "" when none runs
    program_words: int             # how many words of argv name the program (3 for ``python -m pip``)
    tool: Tool | None
    verb: Word | None              # the subcommand: ``install`` of ``apt-get install``
    options: tuple[Option, ...]
    operands: tuple[Word, ...]     # the words after the verb that are no option nor option value
    packages: tuple[Package, ...]  # for install subcommands (and ``go run``) of a tool that has pins

    @property
    def runs_in(self) -> str:
        """RUN, CMD, ENTRYPOINT or HEALTHCHECK."""
        return self.instruction.keyword

    @property
    def span(self) -> Span:
        return self.shell_command.span

    @property
    def name(self) -> str:
        """The program word as written (``/usr/bin/apt-get``); "" when none runs."""
        return self.argv[0].value if self.argv else ""

    @property
    def arguments(self) -> tuple[Word, ...]:
        """The words after the program's name."""
        return self.argv[self.program_words:]

    @property
    def verb_kind(self) -> str | None:
        """install, upgrade, update (the package index), remove or clean; None for other subcommands."""
        if self.tool is None or self.verb is None:
            return None
        return self.tool.verb_kinds.get(self.verb.value)

    @property
    def fills_cache(self) -> bool:
        """Whether the command downloads into its tool's cache folders: ``npm ci``, ``cargo build``, ``mvn package``.

        The tool table lists the subcommands that do (``cache_verbs``); for a
        tool without subcommands every task word counts (``mvn clean package``).
        """
        if self.tool is None or not self.tool.cache_dirs:
            return False
        verbs = self.tool.cache_verbs
        if verbs is None:
            return True
        words = (self.verb,) if self.verb is not None else self.operands
        return any(word.value in verbs for word in words)

    @property
    def cache_mounted(self) -> bool:
        """Whether a cache or tmpfs ``--mount`` of the RUN covers one of its tool's cache folders."""
        return self.tool is not None and any(under_cache_mount(self.instruction, path) for path in self.tool.cache_dirs)

    @property
    def reuses_cache(self) -> bool:
        """Whether a cache or tmpfs ``--mount`` of the RUN covers one of its tool's cache folders or a part of one."""
        return self.tool is not None and any(
            under_cache_mount(self.instruction, path, or_inside=True) for path in self.tool.cache_dirs
        )

    def option(self, name: str) -> Option | None:
        """The first option given as ``name``: a canonical name (``yes``) or any spelling (``-y``)."""
        canonical = self._canonical(name)
        return next((option for option in self.options if option.name == canonical), None)

    def has_flag(self, name: str) -> bool:
        """Whether option ``name`` is given in any spelling the table lists for it."""
        return self.option(name) is not None

    def flag_word(self, name: str) -> Word | None:
        """The word that gives option ``name``, to report."""
        found = self.option(name)
        return found.words[0] if found is not None else None

    def option_values(self, name: str) -> tuple[str, ...]:
        """The values given to option ``name``, in order (``-o A=1 -o B=2``)."""
        canonical = self._canonical(name)
        return tuple(o.value for o in self.options if o.name == canonical and o.value is not None)

    def runs(self, *words: str) -> bool:
        """Whether the subcommand and the operands after it start with ``words``: ``runs("cache", "clean")``."""
        given = ((self.verb.value,) if self.verb is not None else ()) + tuple(w.value for w in self.operands)
        return given[: len(words)] == words

    def deletes(self, path: str) -> bool:
        """Whether this is an ``rm`` (or ``find -delete``) of ``path``, something in it or a folder holding it."""
        if self.program == "find":
            if not {"-delete", "-exec"}.intersection(word.value for word in self.arguments):
                return False
        elif self.program != "rm":
            return False
        return any(_covers(target, path) for word in self.arguments for target in braces_expanded(word.value))

    def _canonical(self, name: str) -> str:
        if not name.startswith("-"):
            return name
        return self.tool.canonical_name(name) if self.tool is not None else name.lstrip("-")


def resolve_commands(doc: Document, listed: Instruction) -> tuple[ResolvedCommand, ...]:
    """The commands ``listed`` (or the ONBUILD trigger it holds) runs, in source order."""
    acting = listed.trigger_or_self
    if acting is None or acting.keyword not in _RUNS_COMMAND:
        return ()
    script = doc.shell(listed)
    if script is None:
        return ()
    found: list[ResolvedCommand] = []
    for command in script.commands:
        found.extend(_resolved(doc, listed, acting, command, (), _NESTED_SCRIPTS))
    return tuple(found)


def cleans_cache(doc: Document, command: ResolvedCommand, *, after: bool = False) -> ResolvedCommand | None:
    """The command of the same instruction that empties the cache of ``command``'s tool, if one does.

    With ``after``, only a command that runs after ``command`` counts.
    """
    tool = command.tool
    if tool is None:
        return None
    commands = doc.commands_of(command.listed)
    if after:
        commands = commands[commands.index(command) + 1:]
    for other in commands:
        if other.tool is tool and any(other.runs(*words) for words in tool.clean_commands):
            return other
        if any(other.deletes(path.replace("~", "/root", 1)) for path in tool.cache_dirs):
            return other
    return None


def word_values(doc: Document, instruction: Instruction, word: Word) -> tuple[str, ...] | None:
    """What ``word`` stands for when the instruction runs, split into words; None when unknown.

    The variables ARG and ENV declare are in the environment, so ``$PACKAGES``
    is known when an ARG or ENV gives it a value. A variable set inside the
    script, a command substitution or a value the base image may set are unknown.
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


def braces_expanded(word: str) -> list[str]:
    """``/var/lib/{apt,dpkg}`` as the shell expands it: ``/var/lib/apt``, ``/var/lib/dpkg``.

    Only the first 64 words, and groups nested at most 8 deep: each group
    multiplies the words, and a path a rule looks for is never that deep in the list.
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


def _covers(target: str, path: str) -> bool:
    folder = target.rstrip("/*")
    return target.startswith(path) or (folder != "" and path.startswith(folder + "/"))


def _resolved(
    doc: Document, listed: Instruction, acting: Instruction, command: Command,
    outer: tuple[Wrapper, ...], depth: int,
) -> list[ResolvedCommand]:
    words = command.argv
    values = tuple(word.value for word in words)
    peeled = peel(values)
    wrappers = outer + tuple(Wrapper(values[a].rsplit("/", 1)[-1], words[a:b]) for a, b in peeled.wrappers)
    if peeled.script is not None:
        script_word = words[peeled.script]
        if not script_word.is_literal or depth == 0:
            return []
        found: list[ResolvedCommand] = []
        for inner in _script_of(script_word).commands:
            found.extend(_resolved(doc, listed, acting, inner, wrappers, depth - 1))
        return found
    argv = words[peeled.start:]
    if not argv:
        return [ResolvedCommand(listed, acting, command, wrappers, (), "", 0, None, None, (), (), ())]
    program, program_words = normalised_program(values[peeled.start:])
    tool = tool_of(program)
    verb, options, operands = _read_arguments(tool, argv[program_words:])
    resolved = ResolvedCommand(
        listed, acting, command, wrappers, argv, program, program_words, tool, verb, options, operands, ()
    )
    if tool is not None and tool.pins is not None and (resolved.verb_kind == "install" or _runs_package(tool, verb)):
        packages = _packages(doc, listed, resolved, tool)
        if packages:
            resolved = ResolvedCommand(
                listed, acting, command, wrappers, argv, program, program_words, tool, verb, options, operands,
                packages,
            )
    return [resolved]


def _script_of(word: Word):
    from dlint.model.shell_syntax import parse_script

    # A quoted script starts one column after its quote; escapes inside it shift later columns.
    column = word.span.column + (1 if word.text[:1] in "'\"" else 0)
    return parse_script(MappedText(word.value, ((0, word.span.line, column),)))


def _read_arguments(
    tool: Tool | None, words: tuple[Word, ...]
) -> tuple[Word | None, tuple[Option, ...], tuple[Word, ...]]:
    has_verbs = tool is not None and bool(tool.verb_kinds or tool.subcommand_value_flags or tool.config_commands)
    verb = None
    options: list[Option] = []
    operands: list[Word] = []
    index = 0
    while index < len(words):
        word = words[index]
        value = word.value
        following = words[index + 1] if index + 1 < len(words) else None
        verb_name = verb.value if verb is not None else None
        if value == "--":
            if tool is None or not tool.rest_after_double_dash:
                operands.extend(words[index + 1:])
            break
        if len(value) < 2 or value[0] != "-":
            if has_verbs and verb is None:
                verb = word
            else:
                operands.append(word)
        elif value.startswith("--") or (
            tool is not None and (tool.single_dash_long or value.partition("=")[0] in tool.whole_short_options)
        ):
            spelling, equals, given = value.partition("=")
            if equals:
                options.append(_option(tool, spelling, given, (word,)))
            elif following is not None and tool is not None and tool.takes_word(spelling, verb_name, following.value):
                options.append(_option(tool, spelling, following.value, (word, following)))
                index += 1
            else:
                options.append(_option(tool, spelling, None, (word,)))
        else:
            index += _read_short_group(tool, word, following, verb_name, options)
        index += 1
    return verb, tuple(options), tuple(operands)


def _read_short_group(
    tool: Tool | None, word: Word, following: Word | None, verb: str | None, options: list[Option]
) -> int:
    """Reads ``-qy`` or ``-oValue`` into ``options``; 1 when the group's last option took the next word."""
    value = word.value
    for position in range(1, len(value)):
        spelling = "-" + value[position]
        if value[position + 1:position + 2] == "=":
            # ``-q=2``: apt and other getopt-long readers take the text after ``=`` as the option's value.
            options.append(_option(tool, spelling, value[position + 2:], (word,)))
            return 0
        if tool is not None and tool.takes_value(spelling, verb):
            rest = value[position + 1:]
            if rest:
                options.append(_option(tool, spelling, rest, (word,)))
                return 0
            if following is not None:
                options.append(_option(tool, spelling, following.value, (word, following)))
                return 1
        options.append(_option(tool, spelling, None, (word,)))
    return 0


def _option(tool: Tool | None, spelling: str, value: str | None, words: tuple[Word, ...]) -> Option:
    name = tool.canonical_name(spelling) if tool is not None else spelling.lstrip("-")
    return Option(name, spelling, value, words)


def _runs_package(tool: Tool, verb: Word | None) -> bool:
    return verb is not None and verb.value in tool.run_verbs


def _packages(doc: Document, listed: Instruction, command: ResolvedCommand, tool: Tool) -> tuple[Package, ...]:
    pinned_by_flag = tool.version_flag is not None and command.has_flag(tool.version_flag)
    # ``go run pkg@v1 arg...`` runs one package; the words after it are its arguments.
    operands = command.operands[:1] if _runs_package(tool, command.verb) else command.operands
    found = []
    for word in operands:
        values = word_values(doc, listed, word)
        if values is None:
            found.append(Package(None, None, None, None, word))
            continue
        for value in values:
            name, version, pinned = read_pin(tool.pins, value)
            found.append(Package(value, name, version, pinned or pinned_by_flag, word))
    return tuple(found)
