"""Where a ``$NAME`` or ``${NAME...}`` reference is written, for pointing at it.

The model says which names a word uses; these find the first reference to
one of them under the word's span, so a finding can point at ``$NAME`` (or
the whole ``${NAME:-default}``) itself. A word split over several lines is
answered with None: the caller points at the whole word.
"""

from __future__ import annotations

import re

from dlint.model.document import Document
from dlint.model.spans import MappedText, Span


def reference_span(doc: Document, span: Span, name: str) -> Span | None:
    """The span of the first reference to ``name`` in the source under ``span``."""
    if span.line != span.end_line or not 0 < span.line <= len(doc.lines):
        return None
    text = doc.lines[span.line - 1][span.column - 1 : span.end_column - 1]
    found = _find(text, name, doc.escape)
    if found is None:
        return None
    start, end = found
    return Span(span.line, span.column + start, span.line, span.column + end)


def reference_span_in(text: MappedText, name: str) -> Span | None:
    """The span of the first reference to ``name`` in ``text`` (a heredoc body, say)."""
    found = _find(text.text, name, "\\")
    return None if found is None else text.span(*found)


def _find(text: str, name: str, escape: str) -> tuple[int, int] | None:
    """Offsets of the first reference, through the closing brace of ``${...}``."""
    pattern = re.compile(r"\$(\{)?" + re.escape(name) + r"(?![A-Za-z0-9_])")
    found = next((m for m in pattern.finditer(text) if not _escaped(text, m.start(), escape)), None)
    if found is None:
        return None
    if not found.group(1):
        return found.start(), found.end()
    depth = 1
    for offset in range(found.end(), len(text)):
        depth += {"{": 1, "}": -1}.get(text[offset], 0)
        if depth == 0:
            return found.start(), offset + 1
    return found.start(), found.end()


def _escaped(text: str, offset: int, escape: str) -> bool:
    run = len(text[:offset]) - len(text[:offset].rstrip(escape))
    return run % 2 == 1
