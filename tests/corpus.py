"""The shared corpus of real Dockerfiles beside the project, for smoke and differential tests.

Absent on machines without ``../shared``: ``corpus_files()`` is then empty and
the tests that need it skip.
"""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
MANIFEST = CORPUS / "MANIFEST.tsv"


def corpus_files() -> list[Path]:
    """Every corpus file named in the manifest, in its order."""
    if not MANIFEST.is_file():
        return []
    rows = MANIFEST.read_text(encoding="utf-8").splitlines()[1:]
    return [CORPUS / row.split("\t", 1)[0] for row in rows if row.strip()]
