"""A build context's ``.dockerignore``, read and matched the way Docker does.

Mirrors ``moby/patternmatcher`` (``ignorefile.ReadAll`` for reading,
``PatternMatcher.MatchesOrParentMatches`` for matching): lines starting with
``#`` are comments, patterns are trimmed, cleaned like Go's
``filepath.Clean`` and lose a leading ``/``; ``*`` and ``?`` never cross a
``/``, ``**`` spans any number of directories, ``!`` re-includes, the last
matching pattern wins, and a pattern that matches a parent directory excludes
everything below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

_REGEX_SPECIALS = frozenset(".+()|{}$")


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
    regexp: re.Pattern[str] | None

    def matches(self, path: str) -> bool:
        if self.kind is _Kind.EXACT:
            return path == self.text
        if self.kind is _Kind.PREFIX:
            return path.startswith(self.text[:-2])
        if self.kind is _Kind.SUFFIX:
            suffix = self.text[2:]
            return path.endswith(suffix) or (suffix.startswith("/") and path == suffix[1:])
        return self.regexp is not None and self.regexp.match(path) is not None


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
    kind, regexp = _translate(text)
    return IgnorePattern(text, exclusion, kind, regexp), None


def _translate(pattern: str) -> tuple[_Kind, re.Pattern[str] | None]:
    """patternmatcher's ``compile``: the cheapest way to match ``pattern``."""
    regex = "^"
    kind = _Kind.EXACT
    index = 0
    position = 0
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
                        regex += ".*"
                        kind = _Kind.REGEXP
                else:
                    regex += "(.*/)?"
                    kind = _Kind.REGEXP
                if position == 0:
                    kind = _Kind.SUFFIX
            else:
                regex += "[^/]*"
                kind = _Kind.REGEXP
        elif char == "?":
            regex += "[^/]"
            kind = _Kind.REGEXP
        elif char in _REGEX_SPECIALS:
            regex += "\\" + char
        elif char == "\\":
            if index < len(pattern):
                regex += "\\" + pattern[index]
                index += 1
                kind = _Kind.REGEXP
            else:
                regex += "\\"
        elif char in "[]":
            regex += char
            kind = _Kind.REGEXP
        else:
            regex += char
        position += 1
    if kind is not _Kind.REGEXP:
        return kind, None
    try:
        return kind, re.compile(regex + r"\Z")
    except re.error:
        # Go's regexp refuses the same patterns; such a pattern never matches.
        return kind, None


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
