"""One Dockerfile instruction as BuildKit's parser sees it, with exact spans."""

from __future__ import annotations

from dataclasses import dataclass, field

from dlint.parser.spans import MappedText, Span


@dataclass(frozen=True, slots=True)
class Flag:
    """A ``--name=value`` flag between the keyword and the arguments."""

    name: str                 # "from", "mount", "platform" (no dashes, as written)
    value: str | None         # None for a bare boolean flag such as ``--link``
    text: str                 # exactly as BuildKit keeps it: "--from=build"
    span: Span


@dataclass(frozen=True, slots=True)
class Argument:
    """One element of BuildKit's ``Node.Next`` list, with where it was written.

    For ENV/LABEL/ARG key-value instructions the arguments alternate key, value
    (ARG: key and optional value are one argument ``k=v`` as BuildKit returns it).
    ``span`` covers the source text the value came from (for a key or value of a
    ``k=v`` pair, only that side).
    """

    value: str
    span: Span


@dataclass(frozen=True, slots=True)
class Heredoc:
    """A here-document of an instruction (``RUN <<EOF``): its body as BuildKit reads it."""

    name: str                 # the delimiter word, without quotes or ``-``
    content: str              # the body as BuildKit returns it (tabs stripped for ``<<-``)
    expand: bool              # False when the delimiter was quoted
    chomp: bool               # True for ``<<-``
    span: Span                # body lines through the terminator line
    body: MappedText          # ``content`` mapped back to physical positions


@dataclass(frozen=True, slots=True)
class Instruction:
    """One instruction: its keyword, flags and arguments, with where each was written."""

    keyword: str              # upper case: "RUN"
    keyword_as_written: str   # "run", for casing checks
    span: Span                # from the keyword to the end of the last line (heredocs included)
    keyword_span: Span
    flags: tuple[Flag, ...]
    args: tuple[Argument, ...]
    json: bool                # exec (JSON array) form
    original: str             # BuildKit's ``Node.Original``: the joined logical line
    heredocs: tuple[Heredoc, ...] = ()
    onbuild: Instruction | None = None
    # The text after the keyword and flags, as the shell or the JSON parser
    # receives it (continuations joined, comment lines removed), mapped back to
    # the source. For RUN/CMD/ENTRYPOINT/HEALTHCHECK CMD this is the command.
    rest: MappedText = field(default_factory=lambda: MappedText("", ()))
    comments: tuple[str, ...] = ()   # BuildKit's PrevComment: comment lines right above
    index: int = 0            # position among the document's top-level instructions

    def flag(self, name: str) -> Flag | None:
        """The last flag of that name (BuildKit lets the last one win)."""
        found = None
        for flag in self.flags:
            if flag.name == name:
                found = flag
        return found

    def flags_named(self, name: str) -> tuple[Flag, ...]:
        return tuple(f for f in self.flags if f.name == name)

    @property
    def trigger_or_self(self) -> Instruction | None:
        """The instruction that acts: an ONBUILD's trigger (None when it holds none), else this one."""
        return self.onbuild if self.keyword == "ONBUILD" else self

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(a.value for a in self.args)

    @property
    def key_value_separator(self) -> str | None:
        """What BuildKit's parser puts after each ENV/LABEL value: ``=``, or ``""`` for the legacy ``KEY value``.

        None for other keywords. The key is the first thing written, so the
        character after it tells the forms apart; only the legacy form has
        exactly one key and one value without ``=`` there.
        """
        if self.keyword not in ("ENV", "LABEL") or len(self.args) < 2:
            return None
        if len(self.args) != 2:
            return "="
        text = self.rest.text.lstrip()
        key = self.args[0].value
        return "=" if not text.startswith(key) or text[len(key) : len(key) + 1] == "=" else ""

    @property
    def arguments_span(self) -> Span:
        """From the first argument to the end of the last; the keyword when there are none."""
        if not self.args:
            return self.keyword_span
        return self.args[0].span.cover(self.args[-1].span)

    @property
    def start_line(self) -> int:
        return self.span.line

    @property
    def end_line(self) -> int:
        return self.span.end_line
