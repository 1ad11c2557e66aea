"""BuildKit's shell word splitter, as the parser uses it to find heredocs.

To find ``<<EOF`` words BuildKit runs its ``shell.Lex`` over the instruction
line with an empty environment, keeping unset variables, quotes and escapes
verbatim (``SkipUnsetEnv``, ``RawQuotes``, ``RawEscapes``). This module ports
that splitting: quotes group words, ``$`` expansions are kept as written,
``<<`` swallows the blanks that follow it, and a lexing error yields no
words at all. Variable expansion itself belongs to the model.
"""

from __future__ import annotations

from dlint.parser.go_text import GO_SPACE


class LexError(Exception):
    """Text BuildKit's shell lexer refuses (an unterminated quote or ``${``)."""

    pass


_SPECIAL_PARAMS = frozenset("@*#?-$!0")


class _Words:
    __slots__ = ("in_word", "word", "words")

    def __init__(self) -> None:
        self.word = ""
        self.words: list[str] = []
        self.in_word = False

    def add_char(self, ch: str) -> None:
        if ch in GO_SPACE:
            if self.in_word and self.word:
                self.words.append(self.word)
                self.word = ""
                self.in_word = False
        else:
            self.add_raw(ch)

    def add_raw(self, text: str) -> None:
        self.word += text
        self.in_word = True

    def add_string(self, text: str) -> None:
        for ch in text:
            self.add_char(ch)

    def finish(self) -> list[str]:
        if self.word:
            self.words.append(self.word)
            self.word = ""
            self.in_word = False
        return self.words


class ShellLexer:
    """``shell.NewLex('\\\\')`` with SkipUnsetEnv and no variables set."""

    __slots__ = ("_pos", "_text", "raw_escapes", "raw_quotes")

    def __init__(self, raw_quotes: bool, raw_escapes: bool) -> None:
        self.raw_quotes = raw_quotes
        self.raw_escapes = raw_escapes
        self._text = ""
        self._pos = 0

    def words(self, text: str) -> list[str]:
        """ProcessWords; raises :class:`LexError`."""
        self._text = text
        self._pos = 0
        _, words = self._process_until(None, self.raw_escapes)
        return words

    def _peek(self) -> str:
        return self._text[self._pos] if self._pos < len(self._text) else ""

    def _next(self) -> str:
        if self._pos < len(self._text):
            self._pos += 1
            return self._text[self._pos - 1]
        return ""

    def _process_until(self, stop: str | None, raw_escapes: bool) -> tuple[str, list[str]]:
        saved = self.raw_escapes
        self.raw_escapes = raw_escapes
        try:
            return self._process_loop(stop)
        finally:
            self.raw_escapes = saved

    def _process_loop(self, stop: str | None) -> tuple[str, list[str]]:
        result: list[str] = []
        words = _Words()
        while self._pos < len(self._text):
            ch = self._peek()
            if stop is not None and ch == stop:
                self._next()
                return "".join(result), words.finish()
            if ch == "$":
                value = self._dollar()
                result.append(value)
                words.add_string(value)
            elif ch == "'":
                value = self._single_quote()
                result.append(value)
                words.add_raw(value)
            elif ch == '"':
                value = self._double_quote()
                result.append(value)
                words.add_raw(value)
            elif ch == "<":
                value = self._possible_heredoc()
                result.append(value)
                words.add_raw(value)
            else:
                ch = self._next()
                if ch == "\\":
                    if self.raw_escapes:
                        words.add_raw(ch)
                        result.append(ch)
                    ch = self._next()
                    if ch == "":
                        break
                    words.add_raw(ch)
                else:
                    words.add_char(ch)
                result.append(ch)
        if stop is not None:
            raise LexError(f"unexpected end of statement while looking for matching {stop}")
        return "".join(result), words.finish()

    def _single_quote(self) -> str:
        result = []
        ch = self._next()
        if self.raw_quotes:
            result.append(ch)
        while True:
            ch = self._next()
            if ch == "":
                raise LexError("unexpected end of statement while looking for matching single-quote")
            if ch == "'":
                if self.raw_quotes:
                    result.append(ch)
                return "".join(result)
            result.append(ch)

    def _double_quote(self) -> str:
        result = []
        ch = self._next()
        if self.raw_quotes:
            result.append(ch)
        while True:
            peek = self._peek()
            if peek == "":
                raise LexError("unexpected end of statement while looking for matching double-quote")
            if peek == '"':
                ch = self._next()
                if self.raw_quotes:
                    result.append(ch)
                return "".join(result)
            if peek == "$":
                result.append(self._dollar())
                continue
            ch = self._next()
            if ch == "\\":
                if self.raw_escapes:
                    result.append(ch)
                following = self._peek()
                if following == "":
                    continue
                if following in ('"', "$", "\\"):
                    ch = self._next()
            result.append(ch)

    def _possible_heredoc(self) -> str:
        self._next()
        if self._peek() != "<":
            return "<"
        self._next()
        blanks = []
        while self._peek() in (" ", "\t"):
            blanks.append(self._next())
        return "<<" + "".join(blanks)

    def _dollar(self) -> str:
        self._next()
        if self._peek() != "{":
            name = self._name()
            return "$" + name if name else "$"
        self._next()
        peek = self._peek()
        if peek == "":
            raise LexError("syntax error: missing '}'")
        if peek in "{}:":
            raise LexError("syntax error: bad substitution")
        name = self._name()
        ch = self._next()
        if ch == "}":
            return "${" + name + "}"
        modifier = ch
        if ch == ":":
            ch = self._next()
            modifier += ch
        if modifier == ":" + ch or ch in ("+", "-", "?", "#", "%"):
            try:
                word, _ = self._process_until("}", ch in ("#", "%"))
            except LexError:
                if self._peek() == "":
                    raise LexError("syntax error: missing '}'") from None
                raise
            return "${" + name + modifier + word + "}"
        if ch == "/" and modifier == "/":
            if self._peek() == "/":
                self._next()
            try:
                pattern, _ = self._process_until("/", True)
            except LexError:
                if self._peek() == "":
                    raise LexError("syntax error: missing '/' in ${}") from None
                raise
            try:
                replacement, _ = self._process_until("}", True)
            except LexError:
                if self._peek() == "":
                    raise LexError("syntax error: missing '}'") from None
                raise
            return "${" + name + "/" + pattern + "/" + replacement + "}"
        raise LexError(f"unsupported modifier ({modifier}) in substitution")

    def _name(self) -> str:
        name = []
        while self._pos < len(self._text):
            ch = self._peek()
            if not name and ch.isdecimal():
                while self._pos < len(self._text) and self._peek().isdecimal():
                    name.append(self._next())
                return "".join(name)
            if not name and ch in _SPECIAL_PARAMS:
                return self._next()
            if not (ch.isalpha() or ch.isdecimal() or ch == "_"):
                break
            name.append(self._next())
        return "".join(name)
