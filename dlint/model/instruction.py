"""One Dockerfile instruction with exact spans; the parser builds it, the model hands it to rules."""

from __future__ import annotations

from dlint.parser.instruction import Argument, Flag, Heredoc, Instruction

__all__ = ["Argument", "Flag", "Heredoc", "Instruction"]
