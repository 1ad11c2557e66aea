"""Shell text to commands, read from the syntax tree of tree-sitter-bash.

:func:`parse_script` turns a POSIX shell script, held as a :class:`MappedText`,
into a :class:`ShellScript`: every simple command in source order, nested ones
included (subshells, ``{ }`` groups, ``$( )``, backquotes, loop and ``if``
bodies, functions), each with its words, assignments, redirects, the list
operator before it and its span in the Dockerfile. Broken text never raises:
the script is marked ``has_errors`` and keeps the commands that could be read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dlint.model.shell_positions import ScriptPositions
from dlint.model.shell_script import Command, Redirect, ShellScript, Word
from dlint.model.shell_words import needs_unquoting, unquote
from dlint.model.spans import MappedText

if TYPE_CHECKING:
    from tree_sitter import Node, Parser, Tree

DEFAULT_SHELL = ("/bin/sh", "-c")
POSIX_SHELLS = frozenset({"sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "pdksh", "yash", "posh", "rbash"})

_PIPES = frozenset({"|", "|&"})
_LIST_OPERATORS = frozenset({"&&", "||", ";", "&"}) | _PIPES
# Tokens that open or close a compound command or one of its parts: the next
# command starts a new list, joined to nothing before it.
_LIST_BOUNDARIES = frozenset({
    "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "for", "select", "in",
    "case", "esac", "function", "{", "}", "(", ")", "((", "))", ";;", ";&", ";;&", "$(", "`",
    "<(", ">(",
})
_SIMPLE_COMMANDS = frozenset({
    "command", "declaration_command", "unset_command", "test_command",
    "variable_assignment", "variable_assignments",
})
_COMPOUND_COMMANDS = frozenset({
    "subshell", "compound_statement", "if_statement", "while_statement", "for_statement",
    "c_style_for_statement", "case_statement", "function_definition",
})
# Nodes whose children belong to the list they sit in.
_SAME_LIST = frozenset({
    "list", "pipeline", "negated_command", "do_group", "elif_clause", "else_clause", "case_item", "ERROR",
})
_REDIRECTS = frozenset({"file_redirect", "heredoc_redirect", "herestring_redirect"})
_SUBSTITUTIONS = frozenset({"command_substitution", "process_substitution"})
_EXPANSIONS = frozenset({"simple_expansion", "expansion", "arithmetic_expansion"}) | _SUBSTITUTIONS
_TEST_WORDS = frozenset({
    "word", "string", "raw_string", "ansi_c_string", "translated_string", "concatenation", "number",
    "simple_expansion", "expansion", "arithmetic_expansion", "command_substitution",
    "process_substitution", "extglob_pattern", "regex", "test_operator", "variable_name",
    "brace_expression",
})

_COMMENT_SUBSTITUTION = re.compile(rb"`#[^`\n]*`")

_parser: Parser | None = None


@dataclass(frozen=True, slots=True)
class HeredocText:
    """A heredoc of the command line, with its body placed after the line in the text."""

    marker: int        # text offset of the heredoc word (``<<EOF``)
    operator: str      # that word up to the delimiter: "<<", "<<-", "3<<"
    body_start: int    # text offsets of the body
    body_end: int
    expands: bool      # False when the delimiter is quoted: the body is taken literally


def parse_script(
    source: MappedText, shell: tuple[str, ...] = DEFAULT_SHELL, heredocs: tuple[HeredocText, ...] = ()
) -> ShellScript:
    """The commands of the POSIX shell script ``source.text``.

    With ``heredocs``, ``source.text`` is a command line followed by heredoc
    bodies, as BuildKit hands it to the shell; the bodies are read as scripts
    where a shell reads them from standard input, and as data elsewhere.
    """
    reader = _Reader(source, heredocs)
    tree = _shell_parser().parse(reader.command_line())
    try:
        reader.read_list(tree.root_node.children, in_pipeline=False)
    except RecursionError:
        # Nesting deeper than Python's stack only comes from junk text.
        reader.has_errors = True
    return ShellScript(
        commands=reader.commands(),
        source=source,
        has_errors=reader.has_errors or tree.root_node.has_error,
        shell=shell,
    )


def reads_script_from_stdin(command: Command) -> bool:
    """Whether ``command`` is a POSIX shell reading its script from standard input.

    True for ``bash``, ``sh -ex`` or ``sh -s arg``; False for ``sh -c '...'`` and
    ``sh script.sh``, where standard input is data.
    """
    if command.program not in POSIX_SHELLS:
        return False
    args = command.args
    index = 0
    while index < len(args):
        arg = args[index]
        if arg in ("-o", "+o"):
            index += 2
            continue
        if arg == "--":
            return index + 1 >= len(args)
        if len(arg) > 1 and arg[0] in "-+":
            if "c" in arg[1:] and not arg.startswith("--"):
                return False
            index += 1
            continue
        return command.has_option("-s")
    return True


def _shell_parser() -> Parser:
    global _parser
    if _parser is None:
        import tree_sitter

        _parser = tree_sitter.Parser(tree_sitter.Language(_bash_grammar()))
    return _parser


def _bash_grammar() -> object:
    """tree-sitter-bash's grammar, from its compiled binding.

    The package's ``__init__`` imports :mod:`importlib.resources` (and with it
    tempfile, shutil, random and the compression modules) for highlight queries
    dlint never reads: milliseconds on every editor save. Loading the binding
    alone skips them; an unusual install falls back to the package import.
    """
    from importlib.machinery import PathFinder

    package = PathFinder.find_spec("tree_sitter_bash")
    locations = package.submodule_search_locations if package is not None else None
    binding = PathFinder.find_spec("tree_sitter_bash._binding", locations) if locations else None
    if binding is None or binding.loader is None:
        import tree_sitter_bash

        return tree_sitter_bash.language()
    module = binding.loader.create_module(binding)
    binding.loader.exec_module(module)
    return module.language()


class _Item:
    """One entry of a list while it is being read: a command and what attaches to it."""

    __slots__ = ("end", "extra_words", "heredoc_bodies", "node", "operator", "redirects", "start")

    def __init__(self, node: Node | None, operator: str | None, start: int, end: int) -> None:
        self.node = node
        self.operator = operator
        self.redirects: list[Redirect] = []
        self.extra_words: list[Word] = []
        self.heredoc_bodies: list[tuple[int, int, bool]] = []   # byte range, expands
        self.start = start
        self.end = end


class _List:
    """The commands of one list level, split where a compound command opens or closes."""

    __slots__ = ("pending", "runs")

    def __init__(self) -> None:
        self.runs: list[list[_Item]] = [[]]
        self.pending: str | None = None

    def add(self, node: Node | None, start: int, end: int) -> _Item:
        run = self.runs[-1]
        operator = (self.pending or "\n") if run else None
        item = _Item(node, operator, start, end)
        run.append(item)
        self.pending = None
        return item

    def last(self, at: int) -> _Item:
        run = self.runs[-1]
        return run[-1] if run else self.add(None, at, at)

    def boundary(self) -> None:
        if self.runs[-1]:
            self.runs.append([])
        self.pending = None


class _Reader:
    def __init__(self, source: MappedText, heredocs: tuple[HeredocText, ...]) -> None:
        self.at = ScriptPositions(source)
        self.heredocs = {self.at.byte(heredoc.marker): heredoc for heredoc in heredocs}
        self.line_end = self.at.byte(heredocs[0].body_start) if heredocs else None
        self.tree_input = _without_comment_substitutions(self.at.data)
        self.found: list[tuple[int, Command]] = []
        self.has_errors = False

    def command_line(self) -> bytes:
        """What tree-sitter reads first: the script, or the line before the heredoc bodies.

        Each heredoc word becomes a same-length ``<`` redirect: tree-sitter-bash
        cannot read a heredoc before the command name (``<<EOF bash``), and
        the bodies are read on their own.
        """
        if self.line_end is None:
            return self.tree_input
        line = bytearray(self.tree_input[: self.line_end])
        for start, heredoc in self.heredocs.items():
            width = len(heredoc.operator.encode())
            line[start:start + width] = b"<" + b" " * (width - 1)
        return bytes(line)

    def commands(self) -> tuple[Command, ...]:
        self.found.sort(key=lambda entry: entry[0])
        return tuple(command for _, command in self.found)

    # Lists

    def read_list(self, children: list[Node], in_pipeline: bool) -> None:
        level = _List()
        for child in children:
            self._place(level, child)
        for run in level.runs:
            for index, item in enumerate(run):
                piped = in_pipeline or item.operator in _PIPES or (
                    index + 1 < len(run) and run[index + 1].operator in _PIPES
                )
                self._read_item(item, piped)

    def _place(self, level: _List, node: Node) -> None:
        kind = node.type
        if not node.is_named:
            if kind in _LIST_OPERATORS:
                level.pending = kind
            elif kind in _LIST_BOUNDARIES:
                level.boundary()
            return
        if kind in _SIMPLE_COMMANDS or kind in _COMPOUND_COMMANDS:
            level.add(node, node.start_byte, node.end_byte)
        elif kind in _SAME_LIST:
            for child in node.children:
                self._place(level, child)
        elif kind == "redirected_statement":
            children = node.children
            if children and children[0].type in _REDIRECTS:
                level.add(None, node.start_byte, node.start_byte)
            for child in children:
                if child.type in _REDIRECTS:
                    self._attach_redirect(level, child)
                else:
                    self._place(level, child)
        elif kind in _REDIRECTS:
            self._attach_redirect(level, node)
        elif kind != "comment":
            self._read_substitutions(node)

    def _attach_redirect(self, level: _List, node: Node) -> None:
        owner = level.last(node.start_byte)
        if node.type != "heredoc_redirect":
            self._add_redirect(owner, node, node.end_byte)
            return
        # tree-sitter-bash puts the rest of the line (more redirects, ``&& next``)
        # inside the heredoc redirect, before the body.
        children = node.children
        expands = True
        position = 0
        for position, child in enumerate(children):
            if child.type == "heredoc_start":
                expands = not _quoted_delimiter(self.at.slice(child.start_byte, child.end_byte))
                self._add_redirect(owner, node, child.end_byte)
                break
        for child in children[position + 1:]:
            kind = child.type
            if kind == "heredoc_body":
                owner.heredoc_bodies.append((child.start_byte, child.end_byte, expands))
            elif kind in _REDIRECTS:
                self._attach_redirect(level, child)
            elif kind != "heredoc_end":
                self._place(level, child)

    def _add_redirect(self, owner: _Item, node: Node, end: int) -> None:
        heredoc = self.heredocs.get(node.start_byte) if node.type == "file_redirect" else None
        operator = []
        target = None
        for child in node.children:
            if child.start_byte >= end:
                break
            if not child.is_named or child.type in ("file_descriptor", "ERROR"):
                operator.append(self.at.slice(child.start_byte, child.end_byte))
            elif target is None:
                target = self._word(child)
            else:
                owner.extra_words.append(self._word(child))
        if heredoc is not None:
            operator = [heredoc.operator]
            at = self.at.byte
            owner.heredoc_bodies.append((at(heredoc.body_start), at(heredoc.body_end), heredoc.expands))
        owner.redirects.append(Redirect("".join(operator), target, self.at.span(node.start_byte, end)))
        owner.start = min(owner.start, node.start_byte)
        owner.end = max(owner.end, end)

    # Commands

    def _read_item(self, item: _Item, in_pipeline: bool) -> None:
        node = item.node
        command = None
        if node is not None and node.type in _COMPOUND_COMMANDS:
            self.read_list(node.children, in_pipeline)
        else:
            command = self._command(item, in_pipeline)
            self.found.append((item.start, command))
        for start, end, expands in item.heredoc_bodies:
            if command is not None and reads_script_from_stdin(command):
                tree = self._parse_range(start, end)
                self.has_errors = self.has_errors or tree.root_node.has_error
                self.read_list(tree.root_node.children, in_pipeline=False)
            elif expands:
                # Data, but the shell still runs its $( ) and backquotes.
                self._read_substitutions(self._parse_range(start, end).root_node)

    def _command(self, item: _Item, in_pipeline: bool) -> Command:
        node = item.node
        argv: list[Word] = []
        assignments: list[Word] = []
        kind = node.type if node is not None else ""
        if kind == "command":
            for child in node.children:
                child_kind = child.type
                if child_kind == "variable_assignment":
                    assignments.append(self._word(child))
                elif child_kind in _REDIRECTS:
                    self._add_redirect(item, child, child.end_byte)
                elif child.is_named and child_kind != "comment":
                    argv.append(self._word(child))
        elif kind == "variable_assignment":
            assignments.append(self._word(node))
        elif kind == "variable_assignments":
            assignments.extend(self._word(child) for child in node.children if child.type == "variable_assignment")
        elif kind == "test_command":
            argv.extend(self._test_words(node))
        elif node is not None:
            argv.extend(self._word(child) for child in node.children if child.type != "comment")
        if item.extra_words:
            argv.extend(item.extra_words)
            argv.sort(key=lambda word: (word.span.line, word.span.column))
        redirects = item.redirects
        if len(redirects) > 1:
            redirects.sort(key=lambda redirect: (redirect.span.line, redirect.span.column))
        return Command(
            tuple(argv), tuple(assignments), tuple(redirects), self.at.span(item.start, item.end), item.operator, in_pipeline
        )

    def _test_words(self, node: Node) -> list[Word]:
        words = []
        for child in node.children:
            if child.type in _TEST_WORDS or not child.is_named:
                words.append(self._word(child))
            else:
                words.extend(self._test_words(child))
        return words

    # Words

    def _word(self, node: Node) -> Word:
        at = self.at
        start, end = node.start_byte, node.end_byte
        if at.char_at is not None:
            start, end = at.char_at[start], at.char_at[end]
        text = at.text[start:end]
        span = at.char_span(start, end)
        if "$" in text or "`" in text or "(" in text:
            if node.type in _EXPANSIONS:
                expansions = [(0, len(text))]
                self._read_substitutions(node)
            else:
                expansions = self._expansions(node, start)
            if expansions:
                return Word(text, unquote(text, tuple(expansions)), span, False)
        if needs_unquoting(text):
            return Word(text, unquote(text), span, True)
        return Word(text, text, span, True)

    def _expansions(self, node: Node, word_start: int) -> list[tuple[int, int]]:
        """(start, end) text offsets, within the word, of its outermost expansions."""
        found = []
        for child in node.children:
            kind = child.type
            if kind in _EXPANSIONS:
                found.append((self.at.char(child.start_byte) - word_start, self.at.char(child.end_byte) - word_start))
                self._read_substitutions(child)
            elif child.child_count:
                found.extend(self._expansions(child, word_start))
        return found

    def _read_substitutions(self, node: Node) -> None:
        """Read the commands of every ``$( )``, backquote and ``<( )`` in ``node``."""
        if node.type in _SUBSTITUTIONS:
            self.read_list(node.children, in_pipeline=False)
            return
        for child in node.children:
            if child.child_count:
                self._read_substitutions(child)

    def _parse_range(self, start: int, end: int) -> Tree:
        """The syntax tree of the script bytes ``start``..``end``, in script offsets."""
        import tree_sitter

        data = self.tree_input
        row = data.count(b"\n", 0, start)
        column = start - (data.rfind(b"\n", 0, start) + 1)
        end_row = row + data.count(b"\n", start, end)
        end_column = end - (data.rfind(b"\n", 0, end) + 1)
        parser = _shell_parser()
        parser.included_ranges = [tree_sitter.Range((row, column), (end_row, end_column), start, end)]
        try:
            return parser.parse(data)
        finally:
            parser.included_ranges = []


def _without_comment_substitutions(data: bytes) -> bytes:
    """``data`` with each ```# comment``` blanked out, keeping every offset.

    Backquoted comments annotate the lines of long RUN commands and expand to
    nothing, but tree-sitter-bash cannot read a comment inside backquotes.
    """
    if b"`#" not in data:
        return data
    return _COMMENT_SUBSTITUTION.sub(lambda found: b" " * len(found.group()), data)


def _quoted_delimiter(delimiter: str) -> bool:
    return "'" in delimiter or '"' in delimiter or "\\" in delimiter
