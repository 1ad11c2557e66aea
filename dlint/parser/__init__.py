"""BuildKit's Dockerfile parser, ported: text in, :class:`ParsedFile` out."""

from dlint.parser.parser import parse
from dlint.parser.result import ParsedFile

__all__ = ["ParsedFile", "parse"]
