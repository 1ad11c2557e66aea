"""An ``spdx`` label of the ``label-schema`` that names no SPDX license (DL3054).

The value must be an SPDX license expression: an id of the SPDX License List
(``MIT``, ``Apache-2.0``; ``+`` for "or later"), a ``LicenseRef-...``, an id
``WITH`` a license exception (``GPL-2.0-only WITH Classpath-exception-2.0``),
and such terms joined with ``AND``/``OR`` and grouped with parentheses. Ids
match case-insensitively, as the SPDX specification asks; operators are
upper or lower case. hadolint accepts a single id only; dlint accepts the
expressions the OCI ``org.opencontainers.image.licenses`` annotation is
defined to hold. The ids live in ``rules/data/spdx-licenses.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache

from dlint.checks._labels import schema_labels_of_type
from dlint.model.document import Document
from dlint.parser.suggest import levenshtein
from dlint.rule_api import RuleContext, Severity, Violation, data_file, rule

_TOKEN = re.compile(r"[()]|[^\s()]+")
_LICENSE_REF = re.compile(r"(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+")
_ADDITION_REF = re.compile(r"(?:DocumentRef-[A-Za-z0-9.-]+:)?AdditionRef-[A-Za-z0-9.-]+")
_OPERATORS = {"AND", "OR", "and", "or"}
_WITH = {"WITH", "with"}
_EXAMPLE = "such as `MIT` or `Apache-2.0 OR MIT`"


@rule(
    "DL3054",
    title="Label is not a valid SPDX license expression",
    severity=Severity.WARNING,
    category="maintainability",
    tags=("label",),
)
def invalid_license_label(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for label in schema_labels_of_type(doc, ctx, "spdx"):
        problem = license_problem(label.value or "")
        if problem is not None:
            yield Violation(label.value_span, f"Label `{label.key}` is not a valid SPDX license identifier: {problem}")


def license_problem(expression: str) -> str | None:
    """Why ``expression`` is not an SPDX license expression, or None when it is one."""
    tokens = _TOKEN.findall(expression)
    depth = 0
    expecting_license = True
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if expecting_license and token == "(":
            depth += 1
        elif expecting_license:
            if not is_license(token):
                return _unknown_license(expression, token)
            if position + 1 < len(tokens) and tokens[position + 1] in _WITH:
                position += 2
                if position == len(tokens) or not is_exception(tokens[position]):
                    return _unknown_exception(tokens[position] if position < len(tokens) else None)
            expecting_license = False
        elif token == ")" and depth > 0:
            depth -= 1
        elif token in _OPERATORS:
            expecting_license = True
        else:
            return f"`{expression}` is not a license expression {_EXAMPLE}"
        position += 1
    if expecting_license or depth:
        return f"`{expression}` is not a license expression {_EXAMPLE}"
    return None


def is_license(token: str) -> bool:
    return token.removesuffix("+").lower() in _known()[0] or _LICENSE_REF.fullmatch(token) is not None


def is_exception(token: str) -> bool:
    return token.lower() in _known()[1] or _ADDITION_REF.fullmatch(token) is not None


def _unknown_license(expression: str, token: str) -> str:
    problem = f"`{token}` is not on the SPDX License List"
    # "Apache 2.0" splits into two words: the whole value is the likelier slip
    closest = _closest_license(token) or _closest_license(expression)
    return f"{problem}; did you mean `{closest}`?" if closest else f"{problem} (use an id {_EXAMPLE})"


def _unknown_exception(token: str | None) -> str:
    named = f"`{token}` is not on the SPDX License Exceptions List; " if token else ""
    return f"{named}`WITH` takes a license exception such as `Classpath-exception-2.0`"


def _closest_license(text: str) -> str | None:
    """The id ``text`` misspells: at most two edits away, and fewer for short text,
    where two edits turn ``BSD`` into ``0BSD`` and ``GPL2`` into ``NGPL``."""
    wanted = text.lower()
    allowed = min(2, len(wanted) // 4)
    # ids whose length differs by more than ``allowed`` are further away than that;
    # skipping them keeps a long label value from costing an edit-distance table per id
    nearby = [(lowered, canonical) for lowered, canonical in _known()[0].items() if abs(len(lowered) - len(wanted)) <= allowed]
    if not nearby:
        return None
    distance, closest = min((levenshtein(wanted, lowered), canonical) for lowered, canonical in nearby)
    return closest if distance <= allowed else None


@cache
def _known() -> tuple[dict[str, str], dict[str, str]]:
    """Licenses and exceptions of the SPDX lists, each by lower-cased id."""
    with open(data_file("spdx-licenses.json"), encoding="utf-8") as table:
        data = json.load(table)
    return (
        {license.lower(): license for license in data["licenses"]},
        {exception.lower(): exception for exception in data["exceptions"]},
    )
