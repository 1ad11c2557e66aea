"""How long dlint takes to lint one small file, beside Python's own start-up and hadolint.

    python bench/startup.py [--runs 20] [--file bench/Dockerfile] [--top 15]

Prints the median wall time of each command over ``--runs`` runs (after one
warm-up run), dlint's ratios to ``python -c pass`` and to hadolint (when the
``hadolint`` binary is installed), and the modules that cost most to import
according to ``python -X importtime``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def median_seconds(command: list[str], runs: int) -> float:
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    first = subprocess.run(command, capture_output=True, text=True, env=environment)
    if first.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed with exit code {first.returncode}:\n{first.stderr}")
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def import_costs(file: str) -> list[tuple[int, int, str]]:
    """(cumulative µs, self µs, module) of every import of one dlint run, costliest first."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "dlint", file], capture_output=True, text=True, env=environment
    )
    costs = []
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "[us]" in line:
            continue
        own, cumulative, module = (part.strip() for part in line.removeprefix("import time:").split("|"))
        costs.append((int(cumulative), int(own), module))
    return sorted(costs, reverse=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--file", default=str(ROOT / "bench" / "Dockerfile"))
    parser.add_argument("--top", type=int, default=15)
    options = parser.parse_args()

    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -m dlint": [sys.executable, "-m", "dlint", options.file],
    }
    if shutil.which("dlint"):
        commands["dlint (console script)"] = [shutil.which("dlint"), options.file]
    if shutil.which("hadolint"):
        commands["hadolint"] = [shutil.which("hadolint"), options.file]
    timings = {name: median_seconds(command, options.runs) for name, command in commands.items()}

    print(f"median wall time of {options.runs} runs on {options.file}")
    for name, seconds in timings.items():
        print(f"  {name:<24} {seconds * 1000:8.1f} ms")
    dlint = timings["python -m dlint"]
    print(f"  dlint / python -c pass   {dlint / timings['python -c pass']:8.2f}x")
    if "hadolint" in timings:
        print(f"  dlint / hadolint         {dlint / timings['hadolint']:8.2f}x")

    costs = import_costs(options.file)
    total = sum(own for _, own, _ in costs)
    print(f"\nimports (python -X importtime): {len(costs)} modules, {total / 1000:.1f} ms in all; top {options.top}")
    print(f"  {'cumulative':>10}  {'self':>8}  module")
    for cumulative, own, module in costs[: options.top]:
        print(f"  {cumulative / 1000:8.1f}ms  {own / 1000:6.1f}ms  {module}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
