"""``dlint parse``: print what the parser understood, for tools and for debugging.

``--format json`` prints one JSON object per file on one line: directives,
escape token, instructions (keyword, lines, flags, arguments, heredocs, the
nested ONBUILD trigger), stages and warnings, or only ``{"path", "error"}``
when BuildKit would refuse the file. ``--format buildkit-dump`` prints what
BuildKit's ``Node.Dump()`` prints, and names on stderr the error of a file
BuildKit refuses. ``-`` reads standard input (named by ``--stdin-filename``).

Exit status, the same in both formats: 0, 1 when BuildKit refuses a file, 2
when a file cannot be read, its parsing fails inside dlint, or the output
cannot be written. One file's failure never costs the others their output.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from dlint.cli import messages
from dlint.engine.reading import Unreadable, read_file, read_stream
from dlint.model import load
from dlint.model.document import Document, SyntaxProblem
from dlint.model.instruction import Instruction
from dlint.parser import parse
from dlint.parser.dump import dump
from dlint.reporters.printable import printable

STDIN = "-"
REFUSED = 1
FAILED = 2


def run(argv: list[str]) -> int:
    options = _arguments().parse_args(argv)
    status = 0
    for path in options.files:
        name = (options.stdin_filename or STDIN) if path == STDIN else path
        try:
            source = read_stream(sys.stdin.buffer) if path == STDIN else read_file(path)
        except Unreadable as unreadable:
            messages.error(unreadable.reason, where=name)
            status = FAILED
            continue
        try:
            text, refusal = (_json if options.format == "json" else _dump)(name, source)
        except Exception as error:  # a bug in the parser must not cost the other files their output
            messages.error(f"internal error: {type(error).__name__}: {error}", where=name)
            status = FAILED
            continue
        if refusal is not None:
            status = max(status, REFUSED)
        if not messages.to_stdout(text):
            return FAILED
    return status


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dlint parse", description="Show how BuildKit reads Dockerfiles.")
    parser.add_argument("--format", choices=("json", "buildkit-dump"), default="json")
    parser.add_argument("--stdin-filename", metavar="NAME", help="the name of the Dockerfile read from stdin (-)")
    parser.add_argument("files", nargs="+", metavar="FILE", help="Dockerfiles to parse, - for standard input")
    return parser


def _json(path: str, source: str) -> tuple[str, SyntaxProblem | None]:
    """The file's JSON line, and the error BuildKit refuses it for."""
    document = load(source, path=printable(path))
    refusal = document.errors[0] if document.errors else None
    record = {"path": path, "error": _located(refusal)} if refusal is not None else document_record(document)
    return json.dumps(record, ensure_ascii=False) + "\n", refusal


def _dump(path: str, source: str) -> tuple[str, SyntaxProblem | None]:
    """What BuildKit's dumper prints (nothing when its parser refuses the file), and the error BuildKit refuses it for.

    A file only BuildKit's later instruction checks refuse is still dumped, as BuildKit's parser accepts it.
    """
    parsed = parse(source)
    if parsed.refusal is not None:
        messages.error(_located(parsed.refusal), where=path)
    if parsed.parser_refusal is not None:
        return "", parsed.refusal
    text = dump(parsed.instructions)
    return (text + "\n" if text else ""), parsed.refusal


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
