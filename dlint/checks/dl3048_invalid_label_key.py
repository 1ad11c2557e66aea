"""A label key outside Docker's recommended format (DL3048).

Docker recommends, and hadolint checks, that a key uses only lower-case
letters, digits, ``.`` and ``-``, starts with a letter, ends with a letter or
digit, never repeats a separator, and stays out of the namespaces Docker
reserves (``com.docker.``, ``io.docker.``, ``org.dockerproject.``). The key is
judged after expansion; a key dlint cannot expand is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._labels import written_labels
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

RESERVED_NAMESPACES = ("com.docker.", "io.docker.", "org.dockerproject.")
_LOWER_CASE = "abcdefghijklmnopqrstuvwxyz"
_KEY_CHARACTERS = frozenset(_LOWER_CASE + "0123456789.-")


@rule(
    "DL3048",
    title="Invalid label key",
    severity=Severity.STYLE,
    category="style",
    tags=("label",),
)
def invalid_label_key(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for label in written_labels(doc):
        if label.key is None:
            continue
        problem = key_problem(label.key)
        if problem is not None:
            yield Violation(label.key_span, f"Invalid label key `{label.key}`: {problem}")


def key_problem(key: str) -> str | None:
    """Why ``key`` breaks Docker's label key format, or None when it follows it."""
    if not key:
        return "a label key must not be empty"
    others = sorted(set(key) - _KEY_CHARACTERS)
    if others:
        shown = ", ".join(f"`{character}`" for character in others)
        return f"it contains {shown}; use only lower-case letters, digits, `.` and `-`"
    if key[0] not in _LOWER_CASE:
        return "it must start with a lower-case letter"
    if key[-1] == "." or key[-1] == "-":
        return "it must end with a lower-case letter or a digit"
    if ".." in key or "--" in key:
        return "separators (`.`, `-`) must not follow each other"
    for namespace in RESERVED_NAMESPACES:
        if key.startswith(namespace):
            return f"the `{namespace}` namespace is reserved for Docker's own labels"
    return None
