"""What ShellCheck costs a lint run, and how much batching its processes saves.

    python bench/shellcheck_cost.py [--limit N] [CORPUS_FOLDER]

Reads the Dockerfiles of a corpus folder (its MANIFEST.tsv, as in
``tests/corpus.py``; default ``../shared/corpus``), builds each model and its
ShellCheck inputs, then times checking them four ways:

- ``model only``: building the scripts ShellCheck would read, no ShellCheck;
- ``per script``: one ShellCheck process per script;
- ``per file``: one process per Dockerfile, what the SC rules do;
- ``one batch``: one process for the scripts of many files at once.

Every way must find the same number of findings; the script says so.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dlint.checks._shellcheck_run import check_scripts, script_files  # noqa: E402
from dlint.model import load  # noqa: E402

BATCH_FILES = 400   # scripts of this many Dockerfiles per process: keeps the command line short


def corpus(folder: Path, limit: int | None) -> list[Path]:
    rows = (folder / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    paths = [folder / row.split("\t", 1)[0] for row in rows if row.strip()]
    return paths[:limit] if limit else paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--limit", type=int, help="only the first N files")
    arguments = parser.parse_args()
    program = shutil.which("shellcheck")
    if program is None:
        print("shellcheck is not installed: pip install 'dlint-dockerfile[shellcheck]'", file=sys.stderr)
        return 2
    paths = corpus(Path(arguments.corpus), arguments.limit)

    started = time.perf_counter()
    per_file = []
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        per_file.append(script_files(load(text, path=str(path))))
    model_seconds = time.perf_counter() - started
    scripts = sum(len(files) for files in per_file)

    timings = {"model only": (model_seconds, 0)}
    started = time.perf_counter()
    found = sum(1 for files in per_file for file in files for _ in check_scripts(program, [file]))
    timings["per script"] = (time.perf_counter() - started, found)
    started = time.perf_counter()
    found = sum(1 for files in per_file for _ in check_scripts(program, files))
    timings["per file"] = (time.perf_counter() - started, found)
    started = time.perf_counter()
    found = 0
    for first in range(0, len(per_file), BATCH_FILES):
        batch = [file for files in per_file[first : first + BATCH_FILES] for file in files]
        found += sum(1 for _ in check_scripts(program, batch))
    timings["one batch"] = (time.perf_counter() - started, found)

    print(f"{len(paths)} Dockerfiles, {scripts} shell scripts")
    for way, (seconds, findings) in timings.items():
        print(f"{way:>11}: {seconds:8.2f} s  {findings:7d} findings")
    counts = {findings for way, (_, findings) in timings.items() if way != "model only"}
    print("same findings every way" if len(counts) == 1 else "the ways disagree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
