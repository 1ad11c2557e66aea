"""Wildcard patterns matched in linear time, whatever the pattern.

BuildKit matches ``${A#pattern}`` and ``.dockerignore`` patterns with Go's
regexp package, which never backtracks. Python's ``re`` does backtrack, and a
pattern with many ``*`` against a long value takes exponential time. Here a
pattern is a row of positions, and every position the match could have reached
is tracked at once as one bit of an integer (a bit-parallel NFA), so each
character of the text costs a few integer operations however many ``*`` the
pattern has.

A :class:`Wildcards` knows three kinds of step: one character from a set
(a literal, ``?``, a bracket class), a run of characters from a set (``*``),
and an optional ``.*/`` group (the ``**/`` of ``.dockerignore``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

CharTest = Callable[[str], bool]


def any_but(excluded: str) -> CharTest:
    """A test that accepts every character except those in ``excluded``."""
    return lambda ch: ch not in excluded


def literal(expected: str) -> CharTest:
    return lambda ch: ch == expected


@dataclass(frozen=True, slots=True)
class One:
    """One character the test accepts."""

    accepts: CharTest


@dataclass(frozen=True, slots=True)
class Run:
    """Any number of characters the test accepts (``*``)."""

    accepts: CharTest


@dataclass(frozen=True, slots=True)
class OptionalDirectories:
    """Nothing, or any characters but a newline up to and including a ``/`` (``(.*/)?``)."""


Step = One | Run | OptionalDirectories


@dataclass(slots=True)
class Wildcards:
    """A compiled pattern: which positions each character can advance.

    Position ``i`` is "the first ``i`` steps matched"; bit ``i`` of a state is
    set when the match can be there.
    """

    steps: tuple[Step, ...]
    _tests: list[tuple[int, CharTest]] = field(default_factory=list, repr=False)
    _loop_tests: list[tuple[int, CharTest]] = field(default_factory=list, repr=False)
    _run_bits: int = 0
    _skip_bits: int = 0
    _accept: int = 0
    _masks: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        tests = self._tests
        loops = self._loop_tests
        position = 0
        for step in self.steps:
            if isinstance(step, One):
                tests.append((position, step.accepts))
                position += 1
            elif isinstance(step, Run):
                loops.append((position, step.accepts))
                self._run_bits |= 1 << position
                position += 1
            else:
                # Three positions: before the group (from where it may be
                # skipped), inside its ``.*``, and at its ``/``.
                self._run_bits |= 1 << position
                self._skip_bits |= 1 << position
                loops.append((position + 1, any_but("\n")))
                self._run_bits |= 1 << (position + 1)
                tests.append((position + 2, literal("/")))
                position += 3
        self._accept = 1 << position

    @property
    def accept(self) -> int:
        return self._accept

    def reversed(self) -> Wildcards:
        """The pattern read backwards, for matching a reversed text."""
        steps: list[Step] = []
        for step in reversed(self.steps):
            if isinstance(step, OptionalDirectories):
                raise TypeError("a pattern with **/ cannot be reversed")
            steps.append(step)
        return Wildcards(tuple(steps))

    def start(self) -> int:
        return self.closure(1)

    def closure(self, state: int) -> int:
        """Add the positions reachable without reading: past a ``*``, into or past an optional group."""
        while True:
            grown = state | ((state & self._run_bits) << 1) | ((state & self._skip_bits) << 3)
            if grown == state:
                return state
            state = grown

    def step(self, state: int, ch: str) -> int:
        """The positions after reading ``ch`` from ``state`` (closure included)."""
        masks = self._masks.get(ch)
        if masks is None:
            advance = sum(1 << position for position, accepts in self._tests if accepts(ch))
            stay = sum(1 << position for position, accepts in self._loop_tests if accepts(ch))
            masks = self._masks[ch] = (advance, stay)
        advance, stay = masks
        return self.closure(((state & advance) << 1) | (state & stay))

    def fullmatch(self, text: str) -> bool:
        state = self.start()
        for ch in text:
            state = self.step(state, ch)
            if not state:
                return False
        return bool(state & self._accept)

    def longest_prefix(self, text: str, start: int = 0) -> int | None:
        """The end of the longest match that starts at ``start``, or None."""
        state = self.start()
        found = start if state & self._accept else None
        for position in range(start, len(text)):
            state = self.step(state, text[position])
            if not state:
                break
            if state & self._accept:
                found = position + 1
        return found

    def shortest_prefix(self, text: str, start: int = 0) -> int | None:
        """The end of the shortest match that starts at ``start``, or None."""
        state = self.start()
        if state & self._accept:
            return start
        for position in range(start, len(text)):
            state = self.step(state, text[position])
            if not state:
                return None
            if state & self._accept:
                return position + 1
        return None

    def match_starts(self, text: str) -> list[int]:
        """Every offset where some match starts, in order (``len(text)`` included).

        Read right to left with the reversed pattern, starting a new match at
        every offset: where it accepts, a match of the pattern starts.
        """
        backwards = self.reversed()
        start = backwards.start()
        state = start
        starts = [len(text)] if state & backwards.accept else []
        for position in range(len(text) - 1, -1, -1):
            state = backwards.step(state, text[position]) | start
            if state & backwards.accept:
                starts.append(position)
        starts.reverse()
        return starts
