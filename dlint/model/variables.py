"""Which variables BuildKit knows at each instruction, and what they hold.

BuildKit's rules, which this module follows:

* The **global scope** holds the platform ARGs BuildKit predefines and every
  ARG declared before the first FROM. FROM lines (image and ``--platform``)
  are expanded with it, and only with it.
* A **stage** starts with no variables but ``PATH`` (plus whatever its base
  image sets, which dlint cannot see). When FROM names an earlier stage, the
  new stage starts with everything that stage ended with: ENV *and* ARG
  values (BuildKit passes both on; see moby/buildkit#5381), and the parent's
  ONBUILD ARG/ENV triggers run first.
* ``ARG NAME=default`` binds the build arg if one was given, else the default
  expanded at that point. ``ARG NAME`` binds the build arg, else the global
  value of that name (this is how a global ARG or a platform ARG enters a
  stage), else keeps the value the name already has.
* ``ENV`` expands every key and value of the instruction with the variables
  from before it, then binds them in order.
* A build arg for a name no ARG declares changes nothing (only the platform
  ARGs can be overridden without a declaration).

dlint assumes the ``docker build`` platform of this machine, linux/amd64, for
the platform ARGs and says so with :meth:`Scope.is_assumed`. A declared ARG
that would end up with no value at all is *unknown* (the author expects a
``--build-arg``), and so is a variable a base image may set; unknown values
propagate through expansion as ``None``.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from dlint.model.instruction import Instruction
from dlint.model.word_expansion import (
    UNKNOWN,
    UNSET,
    ExpansionBudget,
    ReferenceSite,
    WordResult,
    expand_word,
)

if TYPE_CHECKING:
    from dlint.model.document import Document
    from dlint.model.stages import Stage
    from dlint.model.word_expansion import Unset

ASSUMED_PLATFORM: Final = "linux/amd64"
PLATFORM_ARGS: Final[Mapping[str, str]] = {
    "TARGETPLATFORM": ASSUMED_PLATFORM,
    "TARGETOS": "linux",
    "TARGETARCH": "amd64",
    "TARGETVARIANT": "",
    "BUILDPLATFORM": ASSUMED_PLATFORM,
    "BUILDOS": "linux",
    "BUILDARCH": "amd64",
    "BUILDVARIANT": "",
}
"""The ARGs BuildKit defines for every build, with their linux/amd64 values."""

PROXY_ARGS: Final = frozenset(
    {
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
        "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy",
    }
)
"""Build args Docker accepts without an ARG: RUN sees them, word expansion does not."""

DEFAULT_PATH: Final = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
"""The PATH BuildKit sets when the image has none (``FROM scratch``)."""


@dataclass(frozen=True, slots=True)
class Expansion:
    """One word after BuildKit's expansion.

    ``value`` is None when it depends on a value dlint cannot know, when
    BuildKit refuses the word (``error`` then holds BuildKit's message), or
    when dlint stopped at one of its limits (``limit`` says which; see
    :mod:`dlint.model.word_expansion`).
    ``references`` are the variable names the word uses, in order;
    ``undefined`` those that no ARG or ENV in scope declares. When the scope's
    ``image_environment`` is True the base image may still set them.
    ``sites`` are the offsets in the word of each ``$NAME`` / ``${NAME...}``.
    ``words`` is the value split as BuildKit splits EXPOSE arguments, when
    asked for with ``split=True``.
    """

    value: str | None
    references: tuple[str, ...]
    undefined: tuple[str, ...]
    words: tuple[str, ...] | None = None
    error: str | None = None
    sites: tuple[ReferenceSite, ...] = ()
    limit: str | None = None

    @property
    def known(self) -> bool:
        return self.value is not None


class _Timeline:
    """The variables of one stage (or of the global ARGs) as they change.

    Each ARG key or ENV instruction adds a version; a name keeps the list of
    versions that bound it, so a :class:`Scope` is just a timeline and a
    version, and no scope copies the variables of the one before it. A stage
    built on an earlier stage starts from that stage's last scope.
    """

    __slots__ = ("budget", "changes", "escape", "image_environment", "parent", "version")

    def __init__(
        self,
        parent: Scope | None,
        escape: str,
        budget: ExpansionBudget,
        image_environment: bool = False,
    ) -> None:
        # A timeline is complete before a stage built on it starts, so ancestors that bind nothing can be
        # skipped for good: searching a long chain of stages without ARG or ENV stays cheap.
        while parent is not None and not parent.timeline.changes and parent.timeline.parent is not None:
            parent = parent.timeline.parent
        self.parent = parent
        self.escape = escape
        self.budget = budget
        self.image_environment = image_environment
        # name -> (versions, (value, assumed) at each of those versions)
        self.changes: dict[str, tuple[list[int], list[tuple[str | None, bool]]]] = {}
        self.version = 0

    def bind(self, bindings: Iterable[tuple[str, str | None, bool]]) -> Scope:
        """Bind ``(name, value, assumed)`` triples at once; the scope after them."""
        self.version += 1
        version = self.version
        for name, value, assumed in bindings:
            versions, values = self.changes.setdefault(name, ([], []))
            if versions and versions[-1] == version:
                values[-1] = (value, assumed)
            else:
                versions.append(version)
                values.append((value, assumed))
        return Scope(self, version)

    def find(self, name: str, version: int) -> tuple[str | None, bool] | None:
        timeline: _Timeline | None = self
        while timeline is not None:
            entry = timeline.changes.get(name)
            if entry is not None:
                found = bisect_right(entry[0], version)
                if found:
                    return entry[1][found - 1]
            parent = timeline.parent
            if parent is None:
                return None
            timeline, version = parent.timeline, parent.version
        return None

    def name_count(self) -> int:
        """How many names this timeline and those it continues ever bind (each timeline counts its own)."""
        count = 0
        timeline: _Timeline | None = self
        while timeline is not None:
            count += len(timeline.changes)
            timeline = timeline.parent.timeline if timeline.parent is not None else None
        return count

    def names(self, version: int) -> set[str]:
        found: set[str] = set()
        timeline: _Timeline | None = self
        while timeline is not None:
            found.update(name for name, (versions, _) in timeline.changes.items() if versions[0] <= version)
            parent = timeline.parent
            if parent is None:
                break
            timeline, version = parent.timeline, parent.version
        return found


@dataclass(frozen=True, slots=True)
class Scope:
    """The variables BuildKit expands a word with at one point of the file."""

    timeline: _Timeline = field(repr=False)
    version: int

    @classmethod
    def of(cls, values: Mapping[str, str], escape: str = "\\") -> Scope:
        """A scope holding just ``values``, such as the environment of a base image read from its config."""
        return _Timeline(None, escape, ExpansionBudget()).bind((name, value, False) for name, value in values.items())

    @property
    def escape(self) -> str:
        return self.timeline.escape

    @property
    def image_environment(self) -> bool:
        """True in a stage built on an image: the image's own ENV is invisible here."""
        return self.timeline.image_environment

    def expand(self, word: str, *, split: bool = False) -> Expansion:
        """Expand ``word`` as BuildKit does here: variables replaced, quotes
        removed, escapes applied with the document's escape character.

        ``split=True`` also splits the value into words, as for EXPOSE.
        """
        return self._expansion(
            expand_word(word, self._lookup, self.escape, split=split, budget=self.timeline.budget)
        )

    def expand_heredoc(self, body: str) -> Expansion:
        """Expand a heredoc body (unquoted delimiter) as BuildKit does: only
        ``$`` is special, quotes stay, and the escape is always a backslash.
        """
        return self._expansion(
            expand_word(body, self._lookup, "\\", process_quotes=False, budget=self.timeline.budget)
        )

    def _expansion(self, result: WordResult) -> Expansion:
        undefined = tuple(name for name in result.references if not self.defined(name))
        return Expansion(
            result.value, result.references, undefined, result.words, result.error, result.sites, result.limit
        )

    def value(self, name: str) -> str | None:
        """The value of ``name`` if it is declared and known, else None."""
        found = self.timeline.find(name, self.version)
        return None if found is None else found[0]

    def defined(self, name: str) -> bool:
        """Whether an ARG or ENV in scope (or BuildKit itself) declares ``name``."""
        return self.timeline.find(name, self.version) is not None

    def names(self) -> tuple[str, ...]:
        """Every declared name, sorted: the candidates for "did you mean"."""
        return tuple(sorted(self.timeline.names(self.version)))

    def name_count(self) -> int:
        """About how many names :meth:`names` lists (at least as many), without listing them."""
        return self.timeline.name_count()

    def is_assumed(self, name: str) -> bool:
        """True when the value is dlint's linux/amd64 guess for a platform ARG."""
        found = self.timeline.find(name, self.version)
        return found is not None and found[1]

    def _lookup(self, name: str) -> str | None | Unset:
        found = self.timeline.find(name, self.version)
        if found is not None:
            return found[0]
        if self.timeline.image_environment and name.isidentifier():
            return UNKNOWN
        return UNSET


def global_scope(doc: Document) -> Scope:
    """The scope FROM lines are expanded with: platform ARGs and global ARGs."""
    return _book(doc).global_final()


def scope_before(doc: Document, instruction: Instruction) -> Scope:
    """The variables as BuildKit sees them when it evaluates ``instruction``.

    An ONBUILD trigger gets the scope of its ONBUILD instruction.
    """
    return _book(doc).before(doc.stages, instruction)


# A book must not hold its document, or the weak key would never be released.
_BOOKS: weakref.WeakKeyDictionary[Document, _ScopeBook] = weakref.WeakKeyDictionary()


def _book(doc: Document) -> _ScopeBook:
    book = _BOOKS.get(doc)
    if book is None:
        book = _BOOKS[doc] = _ScopeBook(doc)
    return book


@dataclass
class _Steps:
    """The scope at the start of a run of instructions and after each ARG/ENV."""

    start: Scope
    positions: list[int] = field(default_factory=list)
    scopes: list[Scope] = field(default_factory=list)

    def add(self, position: int, scope: Scope) -> None:
        self.positions.append(position)
        self.scopes.append(scope)

    def before(self, position: int) -> Scope:
        found = bisect_right(self.positions, position - 1)
        return self.scopes[found - 1] if found else self.start

    def final(self) -> Scope:
        return self.scopes[-1] if self.scopes else self.start


class _ScopeBook:
    """Every scope of one document, computed on first use, a stage at a time."""

    def __init__(self, doc: Document) -> None:
        self._instructions = doc.instructions
        self._escape = doc.escape
        self._build_args = dict(doc.build_args)
        self._budget = ExpansionBudget()
        self._positions: dict[int, int] = {}
        for position, instruction in enumerate(doc.instructions):
            self._positions[id(instruction)] = position
            if instruction.onbuild is not None:
                self._positions[id(instruction.onbuild)] = position
        self._global: _Steps | None = None
        self._stages: dict[int, _Steps] = {}
        self._stage_starts: list[int] | None = None

    def global_final(self) -> Scope:
        return self._global_steps().final()

    def before(self, stages: Sequence[Stage], instruction: Instruction) -> Scope:
        position = self._positions.get(id(instruction))
        if position is None:
            raise ValueError(f"{instruction.keyword} on line {instruction.start_line} is not in this document")
        if self._stage_starts is None:
            self._stage_starts = [self._positions[id(stage.from_)] for stage in stages]
        starts = self._stage_starts
        stage_number = bisect_right(starts, position) - 1
        if stage_number < 0:
            return self._global_steps().before(position)
        if starts[stage_number] == position:
            return self.global_final()
        return self._stage_steps(stages[stage_number]).before(position)

    def _global_steps(self) -> _Steps:
        if self._global is None:
            self._global = self._compute_global()
        return self._global

    def _compute_global(self) -> _Steps:
        build_args = self._build_args
        timeline = _Timeline(None, self._escape, self._budget)
        start = timeline.bind(
            (name, build_args.get(name, value), name not in build_args) for name, value in PLATFORM_ARGS.items()
        )
        steps = _Steps(start)
        for position, instruction in enumerate(self._instructions):
            if instruction.keyword == "FROM":
                break
            if instruction.keyword == "ARG":
                steps.add(position, _declare(steps.final(), instruction, build_args, None))
            elif instruction.keyword == "ENV":
                # BuildKit refuses an ENV here; in a fragment linted as hadolint lints it, it holds for what follows.
                steps.add(position, _set_environment(steps.final(), instruction))
        return steps

    def _stage_steps(self, stage: Stage) -> _Steps:
        steps = self._stages.get(stage.index)
        if steps is None:
            # Only the ancestors not computed yet: walking the whole chain for each stage would be quadratic.
            missing: list[Stage] = []
            ancestor: Stage | None = stage
            while ancestor is not None and ancestor.index not in self._stages:
                missing.append(ancestor)
                ancestor = ancestor.base_stage
            for ancestor in reversed(missing):
                self._stages[ancestor.index] = self._compute_stage(ancestor)
            steps = self._stages[stage.index]
        return steps

    def _compute_stage(self, stage: Stage) -> _Steps:
        globals_ = self.global_final()
        steps = _Steps(self._stage_start(stage, globals_))
        for instruction in stage.instructions:
            changed = _apply(steps.final(), instruction, self._build_args, globals_)
            if changed is not None:
                steps.add(self._positions[id(instruction)], changed)
        return steps

    def _stage_start(self, stage: Stage, globals_: Scope) -> Scope:
        parent = stage.base_stage
        if parent is not None:
            scope = _continued(self._stages[parent.index].final(), new_timeline=True)
            for trigger in _onbuild_triggers(parent.instructions):
                scope = _apply(scope, trigger, self._build_args, globals_) or scope
            return scope
        if stage.base.is_scratch:
            return _Timeline(None, self._escape, self._budget).bind((("PATH", DEFAULT_PATH, False),))
        timeline = _Timeline(None, self._escape, self._budget, image_environment=True)
        return timeline.bind((("PATH", UNKNOWN, False),))


def _onbuild_triggers(instructions: Iterable[Instruction]) -> Iterable[Instruction]:
    for instruction in instructions:
        if instruction.keyword == "ONBUILD" and instruction.onbuild is not None:
            yield instruction.onbuild


def _apply(scope: Scope, instruction: Instruction, build_args: Mapping[str, str], globals_: Scope) -> Scope | None:
    """The scope after ``instruction``, or None when it declares nothing."""
    if instruction.keyword == "ARG":
        return _declare(scope, instruction, build_args, globals_)
    if instruction.keyword == "ENV":
        return _set_environment(scope, instruction)
    return None


def _continued(scope: Scope, *, new_timeline: bool = False) -> Scope:
    """A scope that may bind new versions: the scope itself when it is its timeline's latest."""
    if scope.version == scope.timeline.version and not new_timeline:
        return scope
    timeline = scope.timeline
    return _Timeline(scope, timeline.escape, timeline.budget, timeline.image_environment).bind(())


def _declare(scope: Scope, instruction: Instruction, build_args: Mapping[str, str], globals_: Scope | None) -> Scope:
    scope = _continued(scope)
    timeline = scope.timeline
    for key, default in argument_declarations(instruction):
        if not key:
            continue
        if key in build_args:
            scope = timeline.bind(((key, build_args[key], False),))
        elif default is not None:
            scope = timeline.bind(((key, scope.expand(default).value, False),))
        elif globals_ is not None and globals_.value(key) is not None:
            scope = timeline.bind(((key, globals_.value(key), globals_.is_assumed(key)),))
        elif not scope.defined(key):
            scope = timeline.bind(((key, UNKNOWN, False),))
    return scope


def _set_environment(scope: Scope, instruction: Instruction) -> Scope:
    expanded = [
        (scope.expand(key).value, scope.expand(value).value)
        for key, value in environment_assignments(instruction)
    ]
    return _continued(scope).timeline.bind((key, value, False) for key, value in expanded if key)


def argument_declarations(instruction: Instruction) -> tuple[tuple[str, str | None], ...]:
    """The ``(name, default as written)`` pair of each ARG argument, in order;
    the default is None when the argument has no ``=``.
    """
    declarations = []
    for argument in instruction.args:
        key, equals, default = argument.value.partition("=")
        declarations.append((key, default if equals else None))
    return tuple(declarations)


def environment_assignments(instruction: Instruction) -> tuple[tuple[str, str], ...]:
    """The ``(key, value as written)`` pairs of an ENV instruction."""
    values = instruction.values
    return tuple(zip(values[0::2], values[1::2]))
