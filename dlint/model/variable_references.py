"""Every word BuildKit expands, and every ``$NAME`` / ``${NAME...}`` in it, with its span.

Which words BuildKit expands for which keyword is :data:`EXPANDED_WORDS`.
Each word is expanded once, with the scope BuildKit uses for it, and the
expansion itself says where each reference is written; offsets are mapped
back to the physical source, across continuation lines and into heredoc
bodies. A word written differently from its value (a JSON string with
escapes) points each of its references at the whole word.

The first word whose expansion reaches one of dlint's limits (see
:mod:`dlint.model.word_expansion`) is the document's :func:`expansion_limit`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from dlint.model.instruction import Instruction
from dlint.model.key_value import key_value_pairs
from dlint.model.spans import MappedText, Span
from dlint.model.variables import Expansion, Scope, argument_declarations

if TYPE_CHECKING:
    from dlint.model.document import Document


@dataclass(frozen=True, slots=True)
class ExpandedWord:
    """One word BuildKit expands, with its expansion.

    ``checked`` is True for the words BuildKit's own UndefinedVar check sees
    (those its instruction's ``Expand`` method expands); FROM, ``--from``,
    ``--mount``, EXPOSE and ONBUILD triggers are expanded elsewhere, or only
    when a later build runs the trigger.
    """

    instruction: Instruction      # the instruction written in the file (the ONBUILD for a trigger)
    role: str                     # "argument", "key", "value", "default", "heredoc", "--chown", ...
    text: str
    span: Span
    source: MappedText | None     # ``text`` mapped to where it is written; None when written otherwise
    scope: Scope
    expansion: Expansion
    checked: bool
    arg_keys: Mapping[str, int] = field(default_factory=dict)   # an ARG's keys: where each first appears
    key_index: int = 0                                           # which key of the ARG this default belongs to

    def reference_span(self, start: int, end: int) -> Span:
        return self.source.span(start, end) if self.source is not None else self.span


@dataclass(frozen=True, slots=True)
class VariableReference:
    """One ``$NAME`` or ``${NAME...}`` (``span`` covers the braces) in an expanded word."""

    name: str
    span: Span
    word: ExpandedWord

    @property
    def defined(self) -> bool:
        """Whether an ARG or ENV in scope (or an earlier key of the same ARG) declares the name."""
        word = self.word
        return word.scope.defined(self.name) or word.arg_keys.get(self.name, word.key_index) < word.key_index


@dataclass(frozen=True, slots=True)
class ExpansionLimit:
    """Where dlint first stopped expanding, and why."""

    span: Span
    message: str


@dataclass(frozen=True, slots=True)
class _Word:
    role: str
    text: str
    span: Span
    source: MappedText | None
    heredoc: bool = False
    arg_keys: Mapping[str, int] = field(default_factory=dict)
    key_index: int = 0


_WordsOf = Callable[["Document", Instruction], Iterator[_Word]]


def _arguments(doc: Document, instruction: Instruction) -> Iterator[_Word]:
    for argument in instruction.args:
        if not (instruction.heredocs and argument.value.startswith("<<")):
            yield _Word("argument", argument.value, argument.span, _written(doc, instruction, argument.value, argument.span))


def _pairs(doc: Document, instruction: Instruction) -> Iterator[_Word]:
    for pair in key_value_pairs(instruction):
        for role, side in (("key", pair.key), ("value", pair.value)):
            yield _Word(role, side.value, side.span, _written(doc, instruction, side.value, side.span))


def _defaults(doc: Document, instruction: Instruction) -> Iterator[_Word]:
    declarations = argument_declarations(instruction)
    keys: dict[str, int] = {}
    for index, (key, _) in enumerate(declarations):
        keys.setdefault(key, index)
    for index, (argument, (key, default)) in enumerate(zip(instruction.args, declarations)):
        # A build arg replaces the default, which is then never expanded.
        if default is not None and key not in doc.build_args:
            written = _written(doc, instruction, argument.value, argument.span)
            source = written.subtext(len(key) + 1, len(argument.value)) if written is not None else None
            yield _Word("default", default, argument.span, source, arg_keys=keys, key_index=index)


def _heredocs(doc: Document, instruction: Instruction) -> Iterator[_Word]:
    for heredoc in instruction.heredocs:
        if heredoc.expand:
            yield _Word("heredoc", heredoc.content, heredoc.span, heredoc.body, heredoc=True)


def _flag(name: str, *, every: bool = False) -> _WordsOf:
    """The value of the flag (BuildKit takes the last one), or of each such flag when ``every``."""

    def words(doc: Document, instruction: Instruction) -> Iterator[_Word]:
        last = instruction.flag(name)
        flags = instruction.flags_named(name) if every else (last,) if last is not None else ()
        for flag in flags:
            if flag.value:
                yield _Word(f"--{name}", flag.value, flag.span, _flag_value_written(doc, flag.text, flag.value, flag.span))

    return words


def _image(doc: Document, instruction: Instruction) -> Iterator[_Word]:
    if instruction.args:
        argument = instruction.args[0]
        yield _Word("image", argument.value, argument.span, _written(doc, instruction, argument.value, argument.span))


EXPANDED_WORDS: Final[Mapping[str, tuple[tuple[_WordsOf, bool], ...]]] = {
    # keyword: (words, whether BuildKit's UndefinedVar check sees them)
    "ADD": ((_flag("chown"), True), (_flag("chmod"), True), (_flag("checksum"), True), (_arguments, True),
            (_heredocs, True)),
    "COPY": ((_flag("chown"), True), (_flag("chmod"), True), (_flag("from"), False), (_arguments, True),
             (_heredocs, True)),
    "ENV": ((_pairs, True),),
    "LABEL": ((_pairs, True),),
    "ARG": ((_defaults, True),),
    "USER": ((_arguments, True),),
    "VOLUME": ((_arguments, True),),
    "WORKDIR": ((_arguments, True),),
    "STOPSIGNAL": ((_arguments, True),),
    "EXPOSE": ((_arguments, False),),
    "FROM": ((_image, False), (_flag("platform"), False)),
    "RUN": ((_flag("mount", every=True), False),),
}
"""The words BuildKit expands for each keyword (ONBUILD: its trigger's, when a later build runs it)."""


def expanded_words(doc: Document) -> tuple[ExpandedWord, ...]:
    """Every word BuildKit expands, in the order written."""
    return _index(doc).words


def variable_references(doc: Document) -> tuple[VariableReference, ...]:
    """Every variable reference in the words BuildKit expands, in the order written."""
    return _index(doc).references


def expansion_limit(doc: Document) -> ExpansionLimit | None:
    """The first word where dlint stopped expanding at one of its limits, if any."""
    return _index(doc).limit


@dataclass(frozen=True, slots=True)
class _Index:
    words: tuple[ExpandedWord, ...]
    references: tuple[VariableReference, ...]
    limit: ExpansionLimit | None


# An index must not hold its document, or the weak key would never be released.
_INDEXES: weakref.WeakKeyDictionary[Document, _Index] = weakref.WeakKeyDictionary()


def _index(doc: Document) -> _Index:
    index = _INDEXES.get(doc)
    if index is None:
        index = _INDEXES[doc] = _build_index(doc)
    return index


def _build_index(doc: Document) -> _Index:
    words: list[ExpandedWord] = []
    for instruction in doc.instructions:
        trigger = instruction.onbuild if instruction.keyword == "ONBUILD" else None
        acting = trigger or instruction
        table = EXPANDED_WORDS.get(acting.keyword, ())
        if not table:
            continue
        scope = doc.scope(acting)
        for words_of, checked in table:
            for word in words_of(doc, acting):
                expansion = scope.expand_heredoc(word.text) if word.heredoc else scope.expand(word.text)
                words.append(
                    ExpandedWord(
                        instruction, word.role, word.text, word.span, word.source, scope, expansion,
                        checked and trigger is None, word.arg_keys, word.key_index,
                    )
                )
    references = tuple(
        VariableReference(site.name, word.reference_span(site.start, site.end), word)
        for word in words
        for site in word.expansion.sites
    )
    limit = next(
        (ExpansionLimit(word.span, word.expansion.limit) for word in words if word.expansion.limit is not None),
        None,
    )
    return _Index(tuple(words), references, limit)


def _written(doc: Document, instruction: Instruction, text: str, span: Span) -> MappedText | None:
    """``text`` mapped to the source under ``span``, when it is written there as is."""
    if span.line == span.end_line:
        if 0 < span.line <= len(doc.lines):
            line = doc.lines[span.line - 1]
            if line[span.column - 1 : span.end_column - 1] == text:
                return MappedText(text, ((0, span.line, span.column),))
        return None
    rest = instruction.rest
    for offset, line_number, column in rest.anchors:
        if line_number == span.line and column <= span.column:
            start = offset + span.column - column
            if rest.text[start : start + len(text)] == text and rest.position(start) == (span.line, span.column):
                return rest.subtext(start, start + len(text))
    return None


def _flag_value_written(doc: Document, flag_text: str, value: str, span: Span) -> MappedText | None:
    """The value of ``--name=value``, mapped when the flag is written on one line as BuildKit keeps it."""
    if span.line != span.end_line or not 0 < span.line <= len(doc.lines) or not flag_text.endswith(value):
        return None
    if doc.lines[span.line - 1][span.column - 1 : span.end_column - 1] != flag_text:
        return None
    return MappedText(value, ((0, span.line, span.column + len(flag_text) - len(value)),))
