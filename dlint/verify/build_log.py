"""Reading what a builder printed: its steps, which came from cache, what failed.

Three output styles are understood, all from the builder's plain text:

* ``classic``: Docker's legacy builder (``Step 3/7 : RUN ...``, `` ---> Using cache``).
  Steps are numbered over the whole file, global ``ARG`` included.
* ``buildkit``: BuildKit's ``--progress=plain`` (``#5 [build 2/4] RUN ...``,
  ``#5 CACHED``, ``#5 ERROR: ...``, and in newer releases a ``Dockerfile:12``
  code frame). Steps are numbered per stage and only count the instructions
  that make a filesystem step.
* ``buildah``: Podman and Buildah (``[2/2] STEP 3/4: RUN ...``, ``--> Using cache``).
  Steps are numbered per stage, ``FROM`` being step 1.

Pure functions over text; which instruction a step is belongs to :mod:`dlint.verify.steps`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

CLASSIC = "classic"
BUILDKIT = "buildkit"
BUILDAH = "buildah"


@dataclass(frozen=True)
class Step:
    """One build step as the builder announced it."""

    number: int                 # classic: over the file; buildkit and buildah: within the stage
    total: int
    text: str                   # the instruction as the builder printed it
    stage: str | None = None    # buildkit: stage name or ``stage-N``; buildah: 1-based stage number
    cached: bool = False
    image_id: str | None = None # classic and buildah: the image this step ended with
    created: bool = False       # this build made ``image_id`` (it was neither the base nor from cache)

    @property
    def keyword(self) -> str:
        return self.text.split(None, 1)[0].upper() if self.text.strip() else ""


@dataclass(frozen=True)
class BuildLog:
    """What one build printed, read: its steps and, for a failed build, where and why it stopped."""

    builder: str
    steps: tuple[Step, ...]
    failed_step: Step | None    # the step the builder was running when it stopped with an error
    error: str | None           # the builder's own last error line
    error_line: int | None      # a Dockerfile line the builder named itself (parse errors, code frames)

    @property
    def created_images(self) -> tuple[str, ...]:
        return tuple(step.image_id for step in self.steps if step.created and step.image_id)


def parse(builder: str, text: str, failed: bool) -> BuildLog:
    """Read the output of a build; ``failed`` is whether the builder exited with an error."""
    reader = {CLASSIC: _parse_classic, BUILDKIT: _parse_buildkit, BUILDAH: _parse_buildah}[builder]
    steps, failed_step, error = reader(text.splitlines())
    if not failed:
        return BuildLog(builder, steps, None, None, None)
    return BuildLog(builder, steps, failed_step, error or _last_line(text), _line_named_in(text))


_CLASSIC_CONTAINER = re.compile(r"^ ---> Running in ([0-9a-f]{12,64})$", re.MULTILINE)


def started_containers(builder: str, text: str) -> tuple[str, ...]:
    """The build containers the builder said it started (classic: `` ---> Running in <id>``)."""
    return tuple(_CLASSIC_CONTAINER.findall(text)) if builder == CLASSIC else ()


_CLASSIC_STEP = re.compile(r"^Step (\d+)/(\d+) : ?(.*)$")
_CLASSIC_IMAGE = re.compile(r"^ ---> ([0-9a-f]{12,64})$")
_CLASSIC_NOISE = re.compile(r"^( ---> |Removing intermediate container |Sending build context|DEPRECATED:|\s{4,}\S)")


def _parse_classic(lines: list[str]) -> tuple[tuple[Step, ...], Step | None, str | None]:
    steps: list[Step] = []
    awaiting_cache_id = False
    seen_base = False
    error = None
    for line in lines:
        if match := _CLASSIC_STEP.match(line):
            steps.append(Step(int(match[1]), int(match[2]), match[3].strip()))
            awaiting_cache_id = seen_base = False
            error = None
        elif not steps:
            continue
        elif line == " ---> Using cache":
            steps[-1] = replace(steps[-1], cached=True)
            awaiting_cache_id = True
        elif match := _CLASSIC_IMAGE.match(line):
            step = steps[-1]
            # FROM first prints the image it starts from; only what follows (ONBUILD triggers) is new.
            is_base = step.keyword == "FROM" and not seen_base
            seen_base = True
            created = not awaiting_cache_id and not is_base
            steps[-1] = replace(step, image_id=match[1], created=created or step.created)
            awaiting_cache_id = False
        elif line.strip() and not _CLASSIC_NOISE.match(line):
            error = line.strip()
    failed_step = steps[-1] if steps else None
    return tuple(steps), failed_step, error


_BUILDKIT_VERTEX = re.compile(r"^#(\d+) \[(?P<label>[^\]]*?)\s*(?P<n>\d+)/(?P<m>\d+)\] (?P<text>.*)$")
_BUILDKIT_CACHED = re.compile(r"^#(\d+) CACHED\s*$")
_BUILDKIT_ERROR = re.compile(r"^#(\d+) ERROR:? (.*)$")


def _parse_buildkit(lines: list[str]) -> tuple[tuple[Step, ...], Step | None, str | None]:
    steps: dict[str, Step] = {}
    failed_vertex = None
    error = None
    for line in lines:
        if match := _BUILDKIT_VERTEX.match(line):
            if match[1] not in steps:
                label = match["label"].split()
                stage = label[-1] if label else None
                steps[match[1]] = Step(int(match["n"]), int(match["m"]), match["text"].strip(), stage=stage)
        elif (match := _BUILDKIT_CACHED.match(line)) and match[1] in steps:
            steps[match[1]] = replace(steps[match[1]], cached=True)
        elif (match := _BUILDKIT_ERROR.match(line)) and match[1] in steps:
            failed_vertex = match[1]
            error = match[2].strip()
    failed_step = steps.get(failed_vertex) if failed_vertex else None
    return tuple(steps.values()), failed_step, error


_BUILDAH_STEP = re.compile(r"^(?:\[(\d+)/(\d+)\] )?STEP (\d+)(?:/(\d+))?: (.*)$")
_BUILDAH_CACHE = re.compile(r"^--> Using cache ([0-9a-f]{12,64})")
_BUILDAH_IMAGE = re.compile(r"^--> ([0-9a-f]{12,64})$")
_BUILDAH_ERROR = re.compile(r"^(?:Error|error)\b:? ?(.*)$")


def _parse_buildah(lines: list[str]) -> tuple[tuple[Step, ...], Step | None, str | None]:
    steps: list[Step] = []
    error = None
    for line in lines:
        if match := _BUILDAH_STEP.match(line):
            total = int(match[4]) if match[4] else int(match[3])
            steps.append(Step(int(match[3]), total, match[5].strip(), stage=match[1]))
        elif steps and (match := _BUILDAH_CACHE.match(line)):
            steps[-1] = replace(steps[-1], cached=True, image_id=match[1])
        elif steps and (match := _BUILDAH_IMAGE.match(line)):
            steps[-1] = replace(steps[-1], image_id=match[1], created=not steps[-1].cached)
        elif match := _BUILDAH_ERROR.match(line.strip()):
            error = line.strip()
    failed_step = steps[-1] if steps else None
    return tuple(steps), failed_step, error


_PARSE_ERROR_LINE = re.compile(r"(?:parse error|error parsing)[^\n]*?\bline (\d+)", re.IGNORECASE)
_FRAME_HEADER = re.compile(r"^\S+:(\d+)$")


def _line_named_in(text: str) -> int | None:
    if match := _PARSE_ERROR_LINE.search(text):
        return int(match[1])
    lines = text.splitlines()
    for previous, line in pairwise(lines):
        if previous.startswith("------") and (match := _FRAME_HEADER.match(line.strip())):
            return int(match[1])
    return None


def _last_line(text: str) -> str | None:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else None


def tail(text: str, count: int = 15) -> tuple[str, ...]:
    """The builder's last ``count`` non-blank lines, to show next to a failure."""
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    return tuple(lines[-count:])
