"""The labels a Dockerfile writes, as the label rules (DL3048-DL3058) judge them.

BuildKit expands LABEL keys and values with the variables in scope, so the
image carries the expanded text: ``LABEL version=$VERSION`` with
``ARG VERSION=1.2.3`` is the label ``version=1.2.3``. hadolint judges the
literal text instead; dlint judges what the image gets. A key or value that
depends on something dlint cannot know (an ARG without a value, a variable the
base image may set) is None, and rules leave it alone rather than guess.

``ONBUILD LABEL`` is included: the label lands on every image built FROM this
one, so a bad key or value is as wrong there. Its words are expanded in that
later build, with variables this file cannot see, so a trigger word that uses
a variable is unknown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.model.key_value import key_value_pairs
from dlint.model.spans import Span
from dlint.model.variables import Scope
from dlint.rule_api import RuleContext


@dataclass(frozen=True, slots=True)
class Label:
    """One label a LABEL (or ONBUILD LABEL) sets, expanded, with where its key and value are written."""

    key: str | None            # after expansion; None when unknown
    value: str | None          # after expansion and quote removal; None when unknown
    key_span: Span
    value_span: Span
    trigger: bool              # written as ``ONBUILD LABEL``

    @property
    def span(self) -> Span:
        return self.key_span.cover(self.value_span)


def written_labels(doc: Document) -> Iterator[Label]:
    """Every label of every LABEL and ONBUILD LABEL, in source order."""
    for instruction in doc.instructions:
        yield from instruction_labels(doc, instruction)


def instruction_labels(doc: Document, instruction: Instruction) -> tuple[Label, ...]:
    """The labels ``instruction`` sets: none unless it is a LABEL or an ONBUILD LABEL."""
    trigger = instruction.keyword == "ONBUILD"
    label = instruction.trigger_or_self
    if label is None or label.keyword != "LABEL":
        return ()
    scope = doc.scope(instruction)
    return tuple(
        Label(
            key=_expanded(scope, pair.key.value, trigger),
            value=_expanded(scope, pair.value.value, trigger),
            key_span=pair.key.span,
            value_span=pair.value.span,
            trigger=trigger,
        )
        for pair in key_value_pairs(label)
    )


def schema_labels_of_type(doc: Document, ctx: RuleContext, label_type: str) -> Iterator[Label]:
    """The labels the schema gives ``label_type`` that have a known, non-empty value.

    An empty value is DL3051's finding; judging it again as a malformed URL,
    date or version would report one problem twice.
    """
    for label in written_labels(doc):
        if label.key is not None and ctx.label_schema.get(label.key) == label_type and label.value:
            yield label


def invalid_values(
    doc: Document, ctx: RuleContext, label_type: str, is_valid: Callable[[str], bool]
) -> Iterable[Label]:
    """The labels of ``label_type`` whose value ``is_valid`` refuses."""
    return (label for label in schema_labels_of_type(doc, ctx, label_type) if not is_valid(label.value or ""))


def _expanded(scope: Scope, word: str, trigger: bool) -> str | None:
    expansion = scope.expand(word)
    if trigger and expansion.references:
        return None
    return expansion.value
