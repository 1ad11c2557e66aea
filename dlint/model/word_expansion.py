"""BuildKit's word expansion: how ``$VAR``, ``${VAR:-default}``, quotes and
escapes in one Dockerfile word become the string BuildKit uses.

This is a port of moby/buildkit ``frontend/dockerfile/shell/lex.go``
(``ProcessWordWithMatches``): the same scanner walk, the same modifiers
(``-  +  ?  #  ##  %  %%  /  //`` with and without ``:``), the same quote and
escape handling, the same error messages.

One thing is added. A static reader does not always know a variable's value:
an ARG with no default and no build arg, or a variable the base image may set.
A lookup answers :data:`UNKNOWN` for those. An unknown value makes the result
unknown (``value`` is None) unless the result does not depend on it, as in
``${NAME:-$OTHER}`` when NAME has a value.

And limits, because the file may come from anyone: a value longer than
:data:`MAX_VALUE_LENGTH`, references nested deeper than :data:`MAX_NESTING`,
or more than an :class:`ExpansionBudget` of substituted text for one document
make the result unknown, and ``limit`` says which limit was reached.
Patterns (``#  %  /``) are matched in linear time (:mod:`dlint.model.wildcards`)
with the same leftmost match Go's regexp finds.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from dlint.model.wildcards import One, Run, Wildcards, any_but, literal
from dlint.parser.go_text import GO_SPACE_CLASS


class Unset:
    """The type of :data:`UNSET`: the answer for a variable that is not set at all."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()
UNKNOWN: Final = None
"""The answer of a lookup for a variable whose value cannot be known statically."""

Lookup = Callable[[str], "str | None | Unset"]
"""Answers a variable's value: a string, :data:`UNKNOWN` or :data:`UNSET`."""

MAX_VALUE_LENGTH: Final = 128 * 1024
"""The longest value expansion builds: Linux refuses a longer environment
string (``MAX_ARG_STRLEN``), so no build can use one in a RUN."""

MAX_NESTING: Final = 64
"""How deep ``${a:-${b:-...}}`` may nest before the word is left unknown."""

DOCUMENT_BUDGET: Final = 64 * 1024 * 1024
"""Characters of substituted values one document may produce in all."""


class ExpansionBudget:
    """The substituted characters one document may still produce; shared by its scopes."""

    __slots__ = ("remaining",)

    def __init__(self, characters: int = DOCUMENT_BUDGET) -> None:
        self.remaining = characters

    def spend(self, characters: int) -> None:
        self.remaining -= characters
        if self.remaining < 0:
            raise _LimitReached(
                f"variable expansion in this file produces more than {DOCUMENT_BUDGET // (1024 * 1024)} MiB of text"
            )


_EOF: Final = ""
_SPECIAL_PARAMETERS: Final = frozenset("@*#?-$!0")
_ASCII_NAME: Final = re.compile("[A-Za-z0-9_]*")

# Runs of what Go's unicode.IsSpace accepts: BuildKit splits words on them.
_WHITESPACE: Final = re.compile(f"[{GO_SPACE_CLASS}]+")


def _split_plain(text: str) -> tuple[str, ...]:
    return tuple(word for word in _WHITESPACE.split(text) if word)


@dataclass(frozen=True, slots=True)
class ReferenceSite:
    """One ``$NAME`` or ``${NAME...}`` in a word: ``word[start:end]``, braces included."""

    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class WordResult:
    """What BuildKit makes of one word.

    ``value`` is None when the result depends on an unknown value, when
    BuildKit refuses the word (then ``error`` says why, in BuildKit's words)
    or when a limit was reached (then ``limit`` says which).
    ``words`` is the result split on whitespace outside quotes, as BuildKit's
    ``ProcessWords`` does for EXPOSE; only computed when asked for, and None
    whenever ``value`` is None.
    ``references`` lists every variable name the word looked up, in order;
    ``sites`` every place a name is looked up, in the order they are written.
    """

    value: str | None
    references: tuple[str, ...]
    words: tuple[str, ...] | None = None
    error: str | None = None
    sites: tuple[ReferenceSite, ...] = ()
    limit: str | None = None


class ExpansionError(Exception):
    """BuildKit refuses the word; the message is BuildKit's."""


class _LimitReached(Exception):
    """dlint stops expanding the word: see :data:`MAX_VALUE_LENGTH` and friends."""


def expand_word(
    word: str,
    lookup: Lookup,
    escape: str = "\\",
    *,
    process_quotes: bool = True,
    split: bool = False,
    budget: ExpansionBudget | None = None,
) -> WordResult:
    """Expand ``word`` as BuildKit does with the document's escape character.

    ``process_quotes=False`` is BuildKit's ``SkipProcessQuotes`` mode, used
    for heredoc bodies: quotes stay as written and only ``$`` is special.
    ``split=True`` also splits the result into words. ``budget``, when given,
    is charged for every substituted value.
    """
    if "$" not in word and escape not in word and (
        not process_quotes or ("'" not in word and '"' not in word)
    ):
        return WordResult(word, (), _split_plain(word) if split else None)
    scanner = _WordScanner(word, lookup, escape, process_quotes, budget)
    try:
        value, words = scanner.process_until(_EOF, raw_escapes=False, split=split)
    except ExpansionError as error:
        return WordResult(None, scanner.reference_names(), None, str(error), scanner.sites())
    except _LimitReached as reached:
        return WordResult(None, scanner.reference_names(), None, None, scanner.sites(), str(reached))
    return WordResult(value, scanner.reference_names(), words, None, scanner.sites())


class _Words:
    """BuildKit's ``wordsStruct``: splits the expansion into words as it grows."""

    __slots__ = ("in_word", "unknown", "word", "words")

    def __init__(self) -> None:
        self.word = ""
        self.words: list[str] = []
        self.in_word = False
        self.unknown = False

    def add_string(self, text: str | None) -> None:
        """Characters that split words at whitespace (plain text, expanded values)."""
        if text is None:
            self.unknown = True
            return
        pieces = _WHITESPACE.split(text)
        self.add_raw_string(pieces[0], only_if_any=True)
        for piece in pieces[1:]:
            if self.in_word and self.word:
                self.words.append(self.word)
                self.word = ""
                self.in_word = False
            self.add_raw_string(piece, only_if_any=True)

    def add_raw_string(self, text: str | None, *, only_if_any: bool = False) -> None:
        """Characters kept in the current word whatever they are (quoted, escaped)."""
        if text is None:
            self.unknown = True
        elif text or not only_if_any:
            self.word += text
            self.in_word = True

    def result(self) -> tuple[str, ...] | None:
        if self.unknown:
            return None
        if self.word:
            self.words.append(self.word)
        return tuple(self.words)


class _Text:
    """A result being built; it turns unknown as soon as an unknown piece joins."""

    __slots__ = ("length", "parts", "unknown")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.unknown = False

    def add(self, piece: str | None) -> None:
        if piece is None:
            self.unknown = True
            return
        self.length += len(piece)
        if self.length > MAX_VALUE_LENGTH:
            raise _LimitReached(f"a variable expands to more than {MAX_VALUE_LENGTH // 1024} KiB")
        self.parts.append(piece)

    def value(self) -> str | None:
        return None if self.unknown else "".join(self.parts)


@lru_cache(maxsize=64)
def _special_characters(characters: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(characters) + "]")


class _WordScanner:
    """One pass over one word, mirroring BuildKit's ``shellWord``.

    Runs of ordinary characters are copied in one step; every character BuildKit
    treats specially is handled exactly where its scanner handles it.
    """

    __slots__ = (
        "budget", "depth", "escape", "lookup", "open_sites", "pos", "process_quotes", "raw_escapes", "references",
        "site_list", "text",
    )

    def __init__(
        self, text: str, lookup: Lookup, escape: str, process_quotes: bool, budget: ExpansionBudget | None
    ) -> None:
        self.text = text
        self.pos = 0
        self.lookup = lookup
        self.escape = escape
        self.process_quotes = process_quotes
        self.raw_escapes = False
        self.references: dict[str, None] = {}
        self.site_list: list[ReferenceSite] = []
        self.open_sites: list[int | None] = []
        self.budget = budget
        self.depth = 0

    def reference_names(self) -> tuple[str, ...]:
        return tuple(self.references)

    def sites(self) -> tuple[ReferenceSite, ...]:
        # A ``${...}`` is recorded when its closing brace is read, after the
        # references nested in it; put them back in the order they are written.
        return tuple(sorted(self.site_list, key=lambda site: site.start))

    def substitution(self) -> str | None:
        """One ``$...`` read and replaced, charged to the budget."""
        start = self.pos
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise _LimitReached(f"variable references are nested more than {MAX_NESTING} deep")
        self.open_sites.append(None)
        try:
            piece = self.process_dollar()
        finally:
            self.depth -= 1
            # The site is closed even when BuildKit refuses the word: the name was still used.
            site = self.open_sites.pop()
            if site is not None:
                self.site_list[site] = ReferenceSite(self.site_list[site].name, start, self.pos)
        if piece is not None and self.budget is not None:
            self.budget.spend(len(piece))
        return piece

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else _EOF

    def next(self) -> str:
        ch = self.peek()
        if ch:
            self.pos += 1
        return ch

    def plain_run(self, special: re.Pattern[str]) -> str:
        """The ordinary characters from here up to the next special one."""
        found = special.search(self.text, self.pos)
        end = found.start() if found else len(self.text)
        run = self.text[self.pos : end]
        self.pos = end
        return run

    def process_until(
        self, stop: str, raw_escapes: bool, split: bool = False
    ) -> tuple[str | None, tuple[str, ...] | None]:
        """BuildKit's ``processStopOn``: read up to ``stop`` (or the end)."""
        result = _Text()
        words = _Words() if split else None
        quotes = "'\"" if self.process_quotes else ""
        special = _special_characters("$" + quotes + self.escape + stop)
        saved_raw_escapes = self.raw_escapes
        self.raw_escapes = raw_escapes
        try:
            while self.pos < len(self.text):
                ch = self.text[self.pos]
                if stop != _EOF and ch == stop:
                    self.pos += 1
                    return result.value(), None if words is None else words.result()
                if ch == "$":
                    piece = self.substitution()
                    result.add(piece)
                    if words is not None:
                        words.add_string(piece)
                elif ch in quotes:
                    piece = self.process_single_quote() if ch == "'" else self.process_double_quote()
                    result.add(piece)
                    if words is not None:
                        words.add_raw_string(piece)
                elif ch == self.escape:
                    self.pos += 1
                    if self.raw_escapes:
                        result.add(ch)
                        if words is not None:
                            words.add_raw_string(ch)
                    escaped = self.next()
                    if escaped == _EOF:
                        break
                    result.add(escaped)
                    if words is not None:
                        words.add_raw_string(escaped)
                else:
                    run = self.plain_run(special)
                    result.add(run)
                    if words is not None:
                        words.add_string(run)
        finally:
            self.raw_escapes = saved_raw_escapes
        if stop != _EOF:
            raise ExpansionError(f"unexpected end of statement while looking for matching {stop}")
        return result.value(), None if words is None else words.result()

    def process_single_quote(self) -> str:
        self.pos += 1
        end = self.text.find("'", self.pos)
        if end < 0:
            self.pos = len(self.text)
            raise ExpansionError("unexpected end of statement while looking for matching single-quote")
        quoted = self.text[self.pos : end]
        self.pos = end + 1
        return quoted

    def process_double_quote(self) -> str | None:
        self.pos += 1
        result = _Text()
        special = _special_characters('"$' + self.escape)
        while True:
            ch = self.peek()
            if ch == _EOF:
                raise ExpansionError("unexpected end of statement while looking for matching double-quote")
            if ch == '"':
                self.pos += 1
                return result.value()
            if ch == "$":
                result.add(self.substitution())
                continue
            if ch != self.escape:
                result.add(self.plain_run(special))
                continue
            self.pos += 1
            if self.raw_escapes:
                result.add(ch)
            following = self.peek()
            if following == _EOF:
                continue
            if following in ('"', "$", self.escape):
                ch = self.next()
            result.add(ch)

    def process_dollar(self) -> str | None:
        self.next()
        if self.peek() != "{":
            name = self.process_name()
            if not name:
                return "$"
            return _value_or_empty(self.look_up(name))

        self.next()
        if self.peek() == _EOF:
            raise ExpansionError("syntax error: missing '}'")
        if self.peek() in ("{", "}", ":"):
            raise ExpansionError("syntax error: bad substitution")
        name = self.process_name()
        ch = self.next()
        if ch == "}":
            return _value_or_empty(self.look_up(name))
        null_is_unset = ch == ":"
        if null_is_unset:
            ch = self.next()
        # Go prints the scanner's end-of-input rune as the replacement character.
        modifier = (":" if null_is_unset else "") + (ch or "\ufffd")
        if ch == "/" and not null_is_unset:
            return self.process_replacement(name)
        if ch not in ("+", "-", "?", "#", "%") and not null_is_unset:
            raise ExpansionError(f"unsupported modifier ({modifier}) in substitution")

        current = self.look_up(name)
        try:
            word, _ = self.process_until("}", raw_escapes=ch in ("#", "%"))
        except ExpansionError:
            if self.peek() == _EOF:
                raise ExpansionError("syntax error: missing '}'") from None
            raise
        return _apply_modifier(name, ch, modifier, null_is_unset, current, word)

    def process_replacement(self, name: str) -> str | None:
        replace_all = self.peek() == "/"
        if replace_all:
            self.next()
        try:
            pattern, _ = self.process_until("/", raw_escapes=True)
        except ExpansionError:
            if self.peek() == _EOF:
                raise ExpansionError("syntax error: missing '/' in ${}") from None
            raise
        try:
            replacement, _ = self.process_until("}", raw_escapes=True)
        except ExpansionError:
            if self.peek() == _EOF:
                raise ExpansionError("syntax error: missing '}'") from None
            raise
        current = self.look_up(name)
        if pattern is None or replacement is None or current is None:
            return None
        value = "" if current is UNSET else current
        try:
            matcher = _shell_pattern(pattern)
        except ExpansionError as error:
            raise ExpansionError(f"invalid pattern ({pattern}) in substitution: {error}") from None
        if replace_all:
            return _replace_every(matcher, value, replacement)
        starts = matcher.match_starts(value)
        if not starts:
            return value
        end = matcher.longest_prefix(value, starts[0])
        return value[: starts[0]] + replacement + value[end:]

    def process_name(self) -> str:
        """A variable name: all digits, one special parameter, or letters, digits and ``_``."""
        start = self.pos
        first = self.peek()
        if first.isdecimal():
            while self.peek().isdecimal():
                self.pos += 1
            return self.text[start : self.pos]
        if first and first in _SPECIAL_PARAMETERS:
            self.pos += 1
            return first
        while True:
            self.pos = _ASCII_NAME.match(self.text, self.pos).end()
            ch = self.peek()
            if ch and not ch.isascii() and (ch.isalpha() or ch.isdecimal()):
                self.pos += 1
                continue
            return self.text[start : self.pos]

    def look_up(self, name: str) -> str | None | Unset:
        if name:
            self.references.setdefault(name, None)
            self.open_sites[-1] = len(self.site_list)
            self.site_list.append(ReferenceSite(name, -1, -1))
        return self.lookup(name) if name else UNSET


def _value_or_empty(current: str | None | Unset) -> str | None:
    return "" if current is UNSET else current


def _apply_modifier(
    name: str,
    ch: str,
    modifier: str,
    null_is_unset: bool,
    current: str | None | Unset,
    word: str | None,
) -> str | None:
    is_set = current is not UNSET
    empty = current == ""
    if ch == "-":
        if not is_set or (null_is_unset and empty):
            return word
        return _value_or_empty(current)
    if ch == "+":
        if not is_set or (null_is_unset and empty):
            return ""
        return None if current is None else word
    if ch == "?":
        if not is_set:
            raise ExpansionError(f"{name}: {word or 'is not allowed to be unset'}")
        if null_is_unset and empty:
            raise ExpansionError(f"{name}: {word or 'is not allowed to be empty'}")
        return _value_or_empty(current)
    if ch in ("%", "#"):
        if current is None or word is None:
            return None
        value = "" if current is UNSET else current
        greedy = word[:1] == ch
        pattern = word[1:] if greedy else word
        try:
            if ch == "%":
                return _trim_suffix(pattern, value, greedy)
            return _trim_prefix(pattern, value, greedy)
        except ExpansionError as error:
            raise ExpansionError(f"invalid pattern ({pattern}) in substitution: {error}") from None
    raise ExpansionError(f"unsupported modifier ({modifier}) in substitution")


_ANY_BUT_NEWLINE: Final = any_but("\n")


def _shell_pattern(pattern: str) -> Wildcards:
    """BuildKit's ``convertShellPatternToRegex``: ``*`` and ``?`` wildcards, no brackets.

    Go's regexp reads ``.`` as any character but a newline; so do these.
    Whether ``*`` is greedy is the caller's choice of longest or shortest match.
    """
    steps: list[One | Run] = []
    i = 0
    while i < len(pattern):
        tok = pattern[i]
        i += 1
        if tok == "*":
            # Consecutive stars match what one star matches.
            if not steps or not isinstance(steps[-1], Run):
                steps.append(Run(_ANY_BUT_NEWLINE))
            continue
        if tok == "?":
            steps.append(One(_ANY_BUT_NEWLINE))
            continue
        if tok == "\\":
            following = pattern[i] if i < len(pattern) else _EOF
            if following in ("}", "/"):
                continue
            tok = following
            i += 1
            if tok not in ("*", "?", "\\"):
                raise ExpansionError(f"invalid escape '\\{tok}'")
        steps.append(One(literal(tok)))
    return Wildcards(tuple(steps))


def _trim_prefix(pattern: str, value: str, greedy: bool) -> str:
    matcher = _shell_pattern(pattern)
    end = matcher.longest_prefix(value) if greedy else matcher.shortest_prefix(value)
    return value if end is None else value[end:]


def _reverse_pattern(pattern: str) -> str:
    """Reverse a pattern but keep each escape in front of the character it escapes."""
    out = [""] * len(pattern)
    last = len(pattern) - 1
    i = 0
    while i <= last:
        tok = pattern[i]
        position = last - i
        if tok == "\\" and i != last:
            out[position - 1] = tok
            out[position] = pattern[i + 1]
            i += 2
        else:
            out[position] = tok
            i += 1
    return "".join(out)


def _trim_suffix(pattern: str, value: str, greedy: bool) -> str:
    # The shortest or longest match that ends the value is the one that starts
    # a reversed value with the reversed pattern, as BuildKit reads it.
    return _trim_prefix(_reverse_pattern(pattern), value[::-1], greedy)[::-1]


def _replace_every(matcher: Wildcards, value: str, replacement: str) -> str:
    """Go's ``Regexp.ReplaceAllString``: leftmost-longest matches, left to right.

    An empty match right after a match is not replaced, and the search always
    moves on by at least one character.
    """
    starts = matcher.match_starts(value)
    out = _Text()
    last_end = 0
    search = 0
    while search <= len(value):
        index = bisect_left(starts, search)
        if index == len(starts):
            break
        start = starts[index]
        end = matcher.longest_prefix(value, start)
        if end is None:
            break
        out.add(value[last_end:start])
        if end > last_end or start == 0:
            out.add(_go_template(replacement, value[start:end]))
        last_end = end
        search = max(end, search + 1)
    out.add(value[last_end:])
    return "".join(out.parts)


_GO_TEMPLATE: Final = re.compile(r"\$(?:\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))")


def _go_template(template: str, matched: str) -> str:
    """Go's ``Regexp.Expand`` for a pattern without groups: ``$0`` is the match."""
    if "$" not in template:
        return template

    def reference(found: re.Match[str]) -> str:
        if found.group(0) == "$$":
            return "$"
        name = found.group(1) or found.group(2)
        return matched if name == "0" else ""

    return _GO_TEMPLATE.sub(reference, template)

