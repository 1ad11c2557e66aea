"""``dlint parse``: print what the parser understood, for tools and for debugging.

``--format json`` prints one JSON object per file on one line: directives,
escape token, instructions (keyword, lines, flags, arguments, heredocs, the
nested ONBUILD trigger), stages and warnings, or only ``{"path", "error"}``
when BuildKit would refuse the file. ``--format buildkit-dump`` prints what
BuildKit's ``Node.Dump()`` prints. Exit status: 0, 1 when a file is refused,
2 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from dlint.cli import messages
from dlint.engine.reading import Unreadable, read_file
from dlint.model import load
from dlint.model.document import Document, SyntaxProblem
from dlint.model.instruction import Instruction
from dlint.parser import parse
from dlint.parser.dump import dump

REFUSED = 1
UNREADABLE = 2


def run(argv: list[str]) -> int:
    options = _arguments().parse_args(argv)
    status = 0
    for path in options.files:
        try:
            source = read_file(path)
        except Unreadable as unreadable:
            messages.error(unreadable.reason, where=path)
            status = UNREADABLE
            continue
        if options.format == "json":
            refused = _print_json(path, source)
        else:
            refused = _print_dump(path, source)
        if refused and status == 0:
            status = REFUSED
    return status


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dlint parse", description="Show how BuildKit reads Dockerfiles.")
    parser.add_argument("--format", choices=("json", "buildkit-dump"), default="json")
    parser.add_argument("files", nargs="+", metavar="FILE")
    return parser


def _print_json(path: str, source: str) -> bool:
    document = load(source, path=path)
    if document.errors:
        record: dict[str, Any] = {"path": path, "error": _located(document.errors[0])}
    else:
        record = document_record(document)
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return bool(document.errors)


def _print_dump(path: str, source: str) -> bool:
    parsed = parse(source)
    if parsed.parser_refusal is not None:
        messages.error(_located(parsed.parser_refusal), where=path)
        return True
    text = dump(parsed.instructions)
    sys.stdout.write(text + "\n" if text else "")
    return False


def _located(problem: SyntaxProblem) -> str:
    return f"{problem.span.line}:{problem.span.column}: {problem.message}"


def document_record(document: Document) -> dict[str, Any]:
    """The JSON object ``dlint parse --format json`` prints for an accepted file."""
    return {
        "path": document.path,
        "directives": {name: directive.value for name, directive in document.directives.items()},
        "escape": document.escape,
        "instructions": [instruction_record(i) for i in document.instructions],
        "stages": [
            {
                "index": stage.index,
                "name": stage.name,
                "base": stage.base.text,
                "line": stage.from_.span.line,
            }
            for stage in document.stages
        ],
        "warnings": [
            {"kind": w.kind, "message": w.message, "line": w.span.line} for w in document.warnings
        ],
    }


def instruction_record(instruction: Instruction) -> dict[str, Any]:
    """One instruction; ``args`` equal the ``dockerfile`` package's ``value``."""
    return {
        "keyword": instruction.keyword,
        "line": instruction.span.line,
        "end_line": instruction.span.end_line,
        "column": instruction.span.column,
        "end_column": instruction.span.end_column,
        "flags": [flag.text for flag in instruction.flags],
        "json": instruction.json,
        "args": list(instruction.values),
        "original": instruction.original,
        "heredocs": [
            {
                "name": heredoc.name,
                "content": heredoc.content,
                "line": heredoc.span.line,
                "end_line": heredoc.span.end_line,
            }
            for heredoc in instruction.heredocs
        ],
        "onbuild": instruction_record(instruction.onbuild) if instruction.onbuild else None,
    }
