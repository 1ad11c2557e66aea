"""UndefinedVar: a ``$VARIABLE`` that no ARG or ENV declared before it.

Only the words BuildKit itself expands are checked (ADD, COPY, ENV, LABEL,
USER, VOLUME, WORKDIR, STOPSIGNAL and ARG defaults, plus COPY/ADD heredocs
with an unquoted delimiter); RUN, CMD and ENTRYPOINT are expanded by the
shell at run time. Each word reports each undefined name once, with
BuildKit's "did you mean" among the names that are defined.

BuildKit also knows the variables the base image sets (``GOPATH`` in
``golang``, ``JAVA_HOME`` in ``eclipse-temurin``...). dlint does not pull
images, so it only checks stages whose environment it knows as well as
BuildKit does: stages built (directly or through earlier stages) on
``scratch`` or on an official OS image that sets nothing but ``PATH``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from dlint.checks._suggest import closest_name
from dlint.checks._variable_references import reference_span, reference_span_in
from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.model.key_value import key_value_pairs
from dlint.model.spans import Span
from dlint.model.stages import Stage
from dlint.model.variables import Expansion, Scope
from dlint.rule_api import RuleContext, Severity, Violation, rule

# BuildKit reads these build args itself and never puts them in the environment.
_NOT_ENVIRONMENT = frozenset({"BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"})
_PLAIN_WORDS = frozenset({"WORKDIR", "USER", "STOPSIGNAL", "VOLUME"})
_FILE_FLAGS = ("chown", "chmod", "checksum")
# Official images whose configuration sets no variable but PATH.
_IMAGES_WITHOUT_ENVIRONMENT = frozenset(
    {"alpine", "almalinux", "amazonlinux", "busybox", "centos", "debian", "oraclelinux", "rockylinux", "ubuntu"}
)


@dataclass(frozen=True)
class _ExpandedWord:
    text: str
    span: Span
    locate: Callable[[str], Span | None]    # where ``$name`` is written in it
    heredoc_body: bool = False
    declared_here: frozenset[str] = frozenset()   # earlier keys of the same ARG


@rule(
    "UndefinedVar",
    buildkit_name="UndefinedVar",
    title="Variables should be defined before their use",
    severity=Severity.WARNING,
    category="correctness",
    tags=("buildkit", "variables"),
    url="https://docs.docker.com/go/dockerfile/rule/undefined-var/",
)
def undefined_variable(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for stage in doc.stages:
        if not _environment_known(stage):
            continue
        for instruction in stage.instructions:
            scope = doc.scope(instruction)
            for word in _expanded_words(doc, instruction):
                expansion = _expand(scope, word)
                for name in expansion.undefined:
                    if name not in _NOT_ENVIRONMENT and name not in word.declared_here:
                        yield _finding(scope, name, word.locate(name) or word.span)


def _environment_known(stage: Stage) -> bool:
    image = stage.chain()[-1].base
    return image.is_scratch or (image.name in _IMAGES_WITHOUT_ENVIRONMENT and not image.is_stage)


def _expand(scope: Scope, word: _ExpandedWord) -> Expansion:
    return scope.expand_heredoc(word.text) if word.heredoc_body else scope.expand(word.text)


def _expanded_words(doc: Document, instruction: Instruction) -> Iterator[_ExpandedWord]:
    keyword = instruction.keyword
    if keyword in ("ENV", "LABEL"):
        for pair in key_value_pairs(instruction):
            yield _source_word(doc, pair.key.value, pair.key.span)
            yield _source_word(doc, pair.value.value, pair.value.span)
    elif keyword in _PLAIN_WORDS:
        for argument in instruction.args:
            yield _source_word(doc, argument.value, argument.span)
    elif keyword == "ARG":
        yield from _argument_defaults(doc, instruction)
    elif keyword in ("ADD", "COPY"):
        yield from _file_words(doc, instruction)


def _argument_defaults(doc: Document, instruction: Instruction) -> Iterator[_ExpandedWord]:
    declared: set[str] = set()
    for argument in instruction.args:
        key, equals, default = argument.value.partition("=")
        # A build arg replaces the default, which is then never expanded.
        if equals and key not in doc.build_args:
            word = _source_word(doc, default, argument.span)
            yield _ExpandedWord(word.text, word.span, word.locate, declared_here=frozenset(declared))
        declared.add(key)


def _file_words(doc: Document, instruction: Instruction) -> Iterator[_ExpandedWord]:
    for name in _FILE_FLAGS:
        flag = instruction.flag(name)
        if flag is not None and flag.value:
            yield _source_word(doc, flag.value, flag.span)
    for argument in instruction.args:
        if not (instruction.heredocs and argument.value.startswith("<<")):
            yield _source_word(doc, argument.value, argument.span)
    for heredoc in instruction.heredocs:
        if heredoc.expand:
            locate = partial(reference_span_in, heredoc.body)
            yield _ExpandedWord(heredoc.content, heredoc.span, locate, heredoc_body=True)


def _source_word(doc: Document, text: str, span: Span) -> _ExpandedWord:
    return _ExpandedWord(text, span, partial(reference_span, doc, span))


def _finding(scope: Scope, name: str, span: Span) -> Violation:
    message = f"Usage of undefined variable '${name}'"
    suggestion = closest_name(name, list(scope.bindings))
    if suggestion:
        message += f" (did you mean ${suggestion}?)"
    return Violation(span, message)
