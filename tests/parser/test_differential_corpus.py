"""Differential test: dlint's parser against the ``dockerfile`` package over the shared corpus.

The ``dockerfile`` package wraps BuildKit's own Go parser (it bundles BuildKit
v0.12.5). For every corpus file both must agree on whether BuildKit's parser
refuses it (and why), and otherwise on every instruction: keyword as written,
exec form, flags, arguments, first and last line, heredoc names and bodies.

How the outputs are lined up:

* The package returns heredoc bodies as the parser reads them; dlint keeps
  them the way BuildKit uses them, with leading tabs removed for ``<<-``, so
  the package's ``<<-`` bodies are chomped before comparing.
* For ONBUILD the package reports the heredocs of the trigger node, but
  BuildKit attaches them to the ONBUILD node, so the package always shows
  none there (a bug of the package); ONBUILD heredocs are not compared.

Known differences are listed in ``KNOWN_DIFFERENCES`` (corpus file -> reason).
None is needed today: dlint and the package agree on all files. Known
divergences outside the corpus, each pinned by a test below:

* BuildKit changed after v0.12.5: blanks between ``<<`` and the heredoc word
  are allowed, ``# check=`` is a directive, and the word splitter that finds
  heredocs understands ``${a##b}``, ``${a%b}`` and ``${a/b/c}`` (v0.12.5
  fails on them and then finds no heredoc on that line).
* BuildKit now decodes an exec-form array with ``json.Unmarshal``, which
  refuses trailing text: ``CMD ["a"] # note`` is shell form. v0.12.5 read the
  array and dropped the rest. Such instructions are compared on everything
  but their form and arguments (``newer_json_rule``).
* Go reads flags byte by byte; when a blank byte (0x85, 0xA0) splits a
  multi-byte character such as U+0800, Go's rest starts with invalid UTF-8
  (the package cannot even decode it), dlint's with the whole character.
"""

from __future__ import annotations

import json

import pytest

from dlint.parser import parse
from dlint.parser.result import ParsedFile
from dlint.parser.heredocs import chomp
from tests.corpus import CORPUS, corpus_files

dockerfile = pytest.importorskip("dockerfile")

KNOWN_DIFFERENCES: dict[str, str] = {}


def instructions_of(parsed: ParsedFile) -> list[tuple]:
    rows = []
    for instruction in parsed.instructions:
        shown = instruction.onbuild or instruction
        rows.append(
            (
                instruction.keyword_as_written,
                shown.json,
                tuple(flag.text for flag in instruction.flags),
                instruction.values,
                instruction.span.line,
                instruction.span.end_line,
                tuple((h.name, h.content) for h in instruction.heredocs),
            )
        )
    return rows


def package_instructions(commands, parsed: ParsedFile) -> list[tuple]:
    rows = []
    for command, mine in zip(commands, parsed.instructions):
        chomped = {h.name for h in mine.heredocs if h.chomp}
        heredocs = tuple((h.name, chomp(h.content) if h.name in chomped else h.content) for h in command.heredocs)
        if command.sub_cmd is not None:
            heredocs = tuple((h.name, h.content) for h in mine.heredocs)
        rows.append(
            (command.cmd or "", command.json, command.flags, command.value, command.start_line, command.end_line, heredocs)
        )
    return rows


def newer_json_rule(instruction, theirs: tuple) -> bool:
    """Whether v0.12.5 read an array with trailing text as exec form, which BuildKit now reads as shell form."""
    shown = instruction.onbuild or instruction
    if shown.json or not theirs[1]:
        return False
    try:
        array, end = json.JSONDecoder().raw_decode(shown.rest.text)
    except ValueError:
        return False
    return isinstance(array, list) and shown.rest.text[end:].strip() != ""


def disagreement(text: str) -> str | None:
    parsed = parse(text)
    try:
        commands = dockerfile.parse_string(text)
    except dockerfile.GoParseError as refused:
        if parsed.parser_refusal is None:
            return f"only BuildKit refuses: {refused}"
        if parsed.parser_refusal.message != str(refused):
            return f"refused for another reason: {parsed.parser_refusal.message!r} vs {str(refused)!r}"
        return None
    if parsed.parser_refusal is not None:
        return f"only dlint refuses: {parsed.parser_refusal.message}"
    if len(commands) != len(parsed.instructions):
        return f"{len(parsed.instructions)} instructions vs {len(commands)}"
    for instruction, mine, theirs in zip(parsed.instructions, instructions_of(parsed), package_instructions(commands, parsed)):
        if newer_json_rule(instruction, theirs):
            mine, theirs = (mine[0], mine[2], *mine[4:]), (theirs[0], theirs[2], *theirs[4:])
        if mine != theirs:
            return f"instruction differs:\n  dlint:      {mine}\n  dockerfile: {theirs}"
    return None


@pytest.mark.corpus
def test_every_corpus_file_parses_as_buildkit_parses_it():
    files = corpus_files()
    if not files:
        pytest.skip("the shared corpus is not present")
    differences = {}
    for path in files:
        text = path.read_bytes().decode("utf-8")
        found = disagreement(text)
        relative = path.relative_to(CORPUS).as_posix()
        if found is not None and relative not in KNOWN_DIFFERENCES:
            differences[relative] = found
    assert differences == {}, f"{len(differences)} of {len(files)} files differ"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("FROM a\nRUN <<  EOF\necho hi\nEOF\n", "newer BuildKit allows blanks between << and the word"),
        ("# check=skip=all\n# escape=`\nFROM a\nRUN a `\n b\n", "newer BuildKit knows the check directive"),
        ("FROM a\nRUN echo ${a##*-} <<EOF\nx\nEOF\n", "newer BuildKit's word splitter knows ${a##b}"),
    ],
)
def test_known_divergences_from_the_bundled_parser(text, reason):
    assert disagreement(text) is not None, reason
