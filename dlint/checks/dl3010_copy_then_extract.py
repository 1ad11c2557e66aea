"""A tar archive COPY'd into the image and then extracted by a RUN (DL3010).

``ADD app.tar.gz /opt/`` unpacks a local tar archive (plain, gzip, bzip2, xz
or zstd) in one step, and the archive itself never enters a layer. COPY
followed by ``tar -x`` (or a decompressor such as ``gunzip``) in a later RUN
of the same stage keeps the archive in the image. As in hadolint, the RUN
must name the archive by its file name, and a COPY whose destination is an
archive name copies to that name. Unlike hadolint, zip files and single
compressed files are not reported: ADD does not unpack them, so it cannot
replace the RUN. COPY ``--from`` copies from another stage and is left out.
Reported on the archive word of the COPY, with the extracting command as
related place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dlint.model.commands import ResolvedCommand
from dlint.model.document import Document
from dlint.model.instruction import Argument, Instruction
from dlint.rule_api import Related, RuleContext, Severity, Violation, rule

TAR_ARCHIVES = (
    ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tbz2", ".tb2", ".tar.xz", ".txz", ".tar.zst", ".tzst",
)
_DECOMPRESSORS = frozenset({"gunzip", "bunzip2", "unxz", "unzstd", "zcat", "bzcat", "xzcat", "zstdcat"})


@rule(
    "DL3010",
    title="COPY of a tar archive that a RUN then extracts",
    severity=Severity.INFO,
    category="performance",
    tags=("image-size",),
)
def copy_then_extract(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    copied: dict[str, Argument] = {}
    for instruction in doc.instructions:
        if instruction.keyword == "FROM":
            copied = {}
        elif instruction.keyword == "COPY" and instruction.flag("from") is None:
            copied.update(_archives(doc, instruction))
        elif instruction.keyword == "RUN" and copied:
            for command in doc.commands_of(instruction):
                for name in _extracted(command):
                    word = copied.pop(name, None)
                    if word is not None:
                        yield Violation(
                            word.span,
                            "Use ADD to extract a local tar archive into the image: "
                            "the archive then stays out of the layers",
                            related=(Related(command.span, "the archive is extracted here"),),
                        )


def _archives(doc: Document, copy: Instruction) -> Iterator[tuple[str, Argument]]:
    """The archive names a COPY puts into the image, by file name, with the word that names each."""
    if len(copy.args) < 2:
        return
    scope = doc.scope(copy)
    *sources, destination = copy.args
    target = _file_name(scope.expand(destination.value).value)
    if target is not None and target.endswith(TAR_ARCHIVES):
        yield target, destination
        return
    for source in sources:
        name = _file_name(scope.expand(source.value).value)
        if name is not None and name.endswith(TAR_ARCHIVES):
            yield name, source


def _extracted(command: ResolvedCommand) -> Iterator[str]:
    """The file names of the archives ``command`` unpacks."""
    if command.program in ("tar", "bsdtar", "gtar") and command.has_flag("extract"):
        paths = command.option_values("file")
    elif command.program in _DECOMPRESSORS or (command.program in ("xz", "zstd") and command.has_flag("-d")):
        paths = tuple(word.value for word in command.operands)
    else:
        return
    for path in paths:
        name = _file_name(path)
        if name is not None:
            yield name


def _file_name(path: str | None) -> str | None:
    if path is None:
        return None
    name = path.strip("\"'").replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return name or None
