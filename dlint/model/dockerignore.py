"""A build context's ``.dockerignore``, read and matched the way Docker does.

Mirrors ``moby/patternmatcher`` (``ignorefile.ReadAll`` for reading,
``PatternMatcher.MatchesOrParentMatches`` for matching): lines starting with
``#`` are comments, patterns are trimmed, cleaned like Go's
``filepath.Clean`` and lose a leading ``/``; ``*`` and ``?`` never cross a
``/``, ``**`` spans any number of directories, ``!`` re-includes, the last
matching pattern wins, and a pattern that matches a parent directory excludes
everything below it.

patternmatcher turns a pattern into a Go regular expression; here it becomes
a :class:`~dlint.model.wildcards.Wildcards` that matches the same paths in
linear time, however many ``*`` the pattern has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from dlint.model.wildcards import (
    CharTest,
    One,
    OptionalDirectories,
    Run,
    Step,
    Wildcards,
    any_but,
    literal,
)

_REGEX_SPECIALS = frozenset(".+()|{}$")
_NOT_SLASH = any_but("/")
_NOT_NEWLINE = any_but("\n")
# Escapes that match no character but a position: no path step can stand for them.
_ASSERTIONS = frozenset("bBAZ")


class _Kind(Enum):
    EXACT = "exact"
    PREFIX = "prefix"
    SUFFIX = "suffix"
    REGEXP = "regexp"


@dataclass(frozen=True, slots=True)
class IgnorePattern:
    """One pattern line of a ``.dockerignore``, ready to match the way Docker does."""

    text: str               # cleaned, without the ``!``
    exclusion: bool         # a ``!pattern`` that brings files back
    kind: _Kind
    wildcards: Wildcards | None       # for REGEXP patterns; None when the pattern can never match

    def matches(self, path: str) -> bool:
        if self.kind is _Kind.EXACT:
            return path == self.text
        if self.kind is _Kind.PREFIX:
            return path.startswith(self.text[:-2])
        if self.kind is _Kind.SUFFIX:
            suffix = self.text[2:]
            return path.endswith(suffix) or (suffix.startswith("/") and path == suffix[1:])
        return self.wildcards is not None and self.wildcards.fullmatch(path)


@dataclass(frozen=True, slots=True)
class DockerIgnore:
    """A ``.dockerignore``: its patterns in order (a later one overrides an earlier one) and why Docker would refuse it."""

    path: str
    patterns: tuple[IgnorePattern, ...]
    problems: tuple[str, ...] = ()      # why Docker would refuse this file

    @classmethod
    def parse(cls, text: str, path: str = ".dockerignore") -> DockerIgnore:
        patterns: list[IgnorePattern] = []
        problems: list[str] = []
        for line in _pattern_lines(text):
            pattern, problem = _compile(line)
            if problem:
                problems.append(problem)
            elif pattern is not None:
                patterns.append(pattern)
        return cls(path, tuple(patterns), tuple(problems))

    @property
    def has_exclusions(self) -> bool:
        """True when some ``!`` pattern re-includes files."""
        return any(p.exclusion for p in self.patterns)

    @property
    def excludes_everything(self) -> bool:
        """True when a pattern such as ``*`` or ``**`` leaves out every entry of the context."""
        return any(not p.exclusion and p.text in ("*", "**", "**/*") for p in self.patterns)

    def matches(self, relpath: str) -> bool:
        """Whether ``relpath`` (slash-separated, relative to the context) is left out.

        A file Docker refuses to read excludes nothing: the build fails first.
        """
        if self.problems:
            return False
        path = clean_path(relpath)
        parents = _parent_prefixes(path)
        matched = False
        for pattern in self.patterns:
            if pattern.exclusion != matched:
                continue
            hit = pattern.matches(path) or any(pattern.matches(parent) for parent in parents)
            if hit:
                matched = not pattern.exclusion
        return matched


def clean_path(path: str) -> str:
    """Go's ``filepath.Clean`` for slash-separated paths."""
    if path == "":
        return "."
    rooted = path.startswith("/")
    parts: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts and parts[-1] != "..":
                parts.pop()
            elif not rooted:
                parts.append("..")
            continue
        parts.append(part)
    cleaned = "/".join(parts)
    if rooted:
        return "/" + cleaned
    return cleaned or "."


def _pattern_lines(text: str) -> list[str]:
    lines = []
    for number, raw in enumerate(text.splitlines()):
        if number == 0:
            raw = raw.removeprefix("\ufeff")
        if raw.startswith("#"):
            continue
        line = raw.strip()
        if not line:
            continue
        invert = line.startswith("!")
        if invert:
            line = line[1:].strip()
        if line:
            line = clean_path(line)
            if len(line) > 1 and line.startswith("/"):
                line = line[1:]
        lines.append("!" + line if invert else line)
    return lines


def _compile(line: str) -> tuple[IgnorePattern | None, str | None]:
    text = clean_path(line.strip())
    exclusion = text.startswith("!")
    if exclusion:
        if len(text) == 1:
            return None, 'illegal exclusion pattern: "!"'
        text = text[1:]
    if not _valid_glob(text):
        return None, f"syntax error in pattern: {text}"
    kind, wildcards = _translate(text)
    return IgnorePattern(text, exclusion, kind, wildcards), None


class _NeverMatches(Exception):
    """Go's regexp refuses what the pattern turns into; such a pattern matches nothing."""


def _translate(pattern: str) -> tuple[_Kind, Wildcards | None]:
    """patternmatcher's ``compile``: the cheapest way to match ``pattern``."""
    steps: list[Step] = []
    kind = _Kind.EXACT
    index = 0
    position = 0
    unmatchable = False
    while index < len(pattern):
        char = pattern[index]
        index += 1
        if char == "*":
            if index < len(pattern) and pattern[index] == "*":
                index += 1
                if index < len(pattern) and pattern[index] == "/":
                    index += 1
                if index >= len(pattern):
                    if kind is _Kind.EXACT:
                        kind = _Kind.PREFIX
                    else:
                        steps.append(Run(_NOT_NEWLINE))
                        kind = _Kind.REGEXP
                else:
                    steps.append(OptionalDirectories())
                    kind = _Kind.REGEXP
                if position == 0:
                    kind = _Kind.SUFFIX
            else:
                steps.append(Run(_NOT_SLASH))
                kind = _Kind.REGEXP
        elif char == "?":
            steps.append(One(_NOT_SLASH))
            kind = _Kind.REGEXP
        elif char == "\\":
            if index < len(pattern):
                try:
                    steps.append(_escaped(pattern[index]))
                except _NeverMatches:
                    unmatchable = True
                index += 1
                kind = _Kind.REGEXP
            else:
                steps.append(One(literal("\\")))
        elif char == "[":
            end = _class_end(pattern, index)
            if end is None:
                unmatchable = True
                end = len(pattern)
            else:
                try:
                    steps.append(_bracket_class(pattern[index : end - 1]))
                except _NeverMatches:
                    unmatchable = True
            index = end
            kind = _Kind.REGEXP
        elif char == "]":
            steps.append(One(literal("]")))
            kind = _Kind.REGEXP
        elif char == "^":
            # The regexp reads it as "start of the path": true only before anything else.
            if steps:
                unmatchable = True
        else:
            steps.append(One(literal(char)))
        position += 1
    if kind is not _Kind.REGEXP:
        return kind, None
    return kind, None if unmatchable else Wildcards(tuple(steps))


def _escaped(char: str) -> One:
    """``\\x`` in a pattern: the character itself, or the class a regexp escape names (``\\d``)."""
    if not char.isalnum():
        return One(literal(char))
    if char in _ASSERTIONS:
        raise _NeverMatches
    return One(_regex_test("\\" + char))


def _bracket_class(contents: str) -> One:
    """A ``[...]`` class, read as the regexp patternmatcher writes reads it.

    ``*`` and ``?`` inside brackets are taken literally.
    """
    written = []
    index = 0
    while index < len(contents):
        char = contents[index]
        if char == "\\" and index + 1 < len(contents):
            written.append(contents[index : index + 2])
            index += 2
            continue
        written.append("\\" + char if char in _REGEX_SPECIALS or char in "*?[" else char)
        index += 1
    return One(_regex_test("[" + "".join(written) + "]"))


def _regex_test(single_character: str) -> CharTest:
    try:
        compiled = re.compile(single_character)
    except re.error:
        raise _NeverMatches from None
    return lambda ch: compiled.fullmatch(ch) is not None


def _valid_glob(pattern: str) -> bool:
    """The syntax check ``filepath.Match`` applies before a pattern is accepted."""
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            if index + 1 >= len(pattern):
                return False
            index += 2
            continue
        if char == "[":
            end = _class_end(pattern, index + 1)
            if end is None:
                return False
            index = end
            continue
        index += 1
    return True


def _class_end(pattern: str, index: int) -> int | None:
    if index < len(pattern) and pattern[index] == "^":
        index += 1
    ranges = 0
    while True:
        if index < len(pattern) and pattern[index] == "]" and ranges > 0:
            return index + 1
        low, index = _class_char(pattern, index)
        if low is None:
            return None
        if index < len(pattern) and pattern[index] == "-":
            high, index = _class_char(pattern, index + 1)
            if high is None:
                return None
        ranges += 1


def _class_char(pattern: str, index: int) -> tuple[str | None, int]:
    if index >= len(pattern) or pattern[index] in "-]":
        return None, index
    if pattern[index] == "\\":
        index += 1
        if index >= len(pattern):
            return None, index
    return pattern[index], index + 1


def _parent_prefixes(path: str) -> list[str]:
    parts = path.split("/")[:-1]
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]
