"""BuildKit's Dockerfile parser, ported: text in, :class:`ParsedFile` out.

The package also defines what the parse is made of (spans, instructions,
comments), which the model hands on to rules. Importing one of those must not
load the whole parser, so :func:`parse` is imported when first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dlint.parser.result import ParsedFile


def parse(source: str) -> ParsedFile:
    """Parse Dockerfile ``source`` (already decoded) as BuildKit does."""
    from dlint.parser.parser import parse as parse_source

    return parse_source(source)


__all__ = ["ParsedFile", "parse"]
