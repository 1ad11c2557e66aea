"""Parsing speed over the shared corpus, beside the parsers built on BuildKit's Go code.

    python bench/parse.py [--corpus ../shared/corpus] [--runs 3]

Reads every corpus file into memory first, then times, best of ``--runs``:

* dlint: ``dlint.model.load`` plus building the stages (``doc.stages``) per file;
* dlint's parser alone (``dlint.parser.parse``);
* the ``dockerfile`` package (BuildKit's Go parser behind a C extension);
* ``dockerfile-parse`` (a pure-Python parser), when installed.

Prints files/second for each, the corpus size, and dlint's ratio to each other parser.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dlint.model import load
from dlint.parser import parse

DEFAULT_CORPUS = ROOT / ".." / "shared" / "corpus"


def corpus_texts(corpus: Path) -> list[str]:
    manifest = corpus / "MANIFEST.tsv"
    if manifest.is_file():
        names = [row.split("\t", 1)[0] for row in manifest.read_text(encoding="utf-8").splitlines()[1:] if row]
        paths = [corpus / name for name in names]
    else:
        paths = sorted(p for p in corpus.rglob("*") if p.is_file() and p.name != "README.md")
    return [p.read_bytes().decode("utf-8", errors="replace") for p in paths]


def parse_and_model(text: str) -> object:
    return load(text).stages


def best_seconds(work: Callable[[str], object], texts: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        began = time.perf_counter()
        for text in texts:
            work(text)
        best = min(best, time.perf_counter() - began)
    return best


def dockerfile_package() -> Callable[[str], object] | None:
    try:
        module = importlib.import_module("dockerfile")
    except ImportError:
        return None

    def parse_with_go(text: str) -> object:
        try:
            return module.parse_string(text)
        except module.GoParseError:
            return None

    return parse_with_go


def dockerfile_parse_package() -> Callable[[str], object] | None:
    try:
        module = importlib.import_module("dockerfile_parse")
    except ImportError:
        return None

    def parse_in_python(text: str) -> object:
        return module.DockerfileParser(fileobj=io.BytesIO(text.encode("utf-8"))).structure

    return parse_in_python


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    options.add_argument("--runs", type=int, default=3)
    arguments = options.parse_args()
    if not arguments.corpus.is_dir():
        print(f"no corpus at {arguments.corpus}", file=sys.stderr)
        return 2
    texts = corpus_texts(arguments.corpus)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(texts)} files, {megabytes:.1f} MB ({arguments.corpus.resolve()})")

    contenders: list[tuple[str, Callable[[str], object] | None]] = [
        ("dlint parse + model (load, stages)", parse_and_model),
        ("dlint parser only", parse),
        ("dockerfile (BuildKit Go parser)", dockerfile_package()),
        ("dockerfile-parse (pure Python)", dockerfile_parse_package()),
    ]
    dlint_seconds = None
    for name, work in contenders:
        if work is None:
            print(f"{name:40} not installed")
            continue
        seconds = best_seconds(work, texts, arguments.runs)
        rate = len(texts) / seconds
        line = f"{name:40} {seconds:6.2f} s  {rate:8.0f} files/s"
        if dlint_seconds is None:
            dlint_seconds = seconds
        else:
            line += f"  (dlint parse+model takes {dlint_seconds / seconds:.2f}x its time)"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
