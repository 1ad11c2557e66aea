"""The document model: what the parser understood, in a shape rules can ask."""

from __future__ import annotations

from dlint.model.document import Document


def load(source: str, path: str = "Dockerfile", build_args: dict[str, str] | None = None) -> Document:
    """Parse ``source`` (already decoded, BOM allowed) into a :class:`Document`."""
    from dlint.parser import parse

    parsed = parse(source)
    return Document(
        path=path,
        source=parsed.source,
        lines=parsed.lines,
        directives=parsed.directives,
        escape=parsed.escape,
        instructions=parsed.instructions,
        comments=parsed.comments,
        warnings=parsed.warnings,
        errors=parsed.errors,
        build_args=dict(build_args or {}),
    )


__all__ = ["Document", "load"]
