"""Positions in the Dockerfile source; the parser defines them, the model hands them to rules."""

from __future__ import annotations

from dlint.parser.spans import MappedText, Span

__all__ = ["MappedText", "Span"]
