"""Which Dockerfile instruction a builder's step is.

Each builder numbers steps its own way (see :mod:`dlint.verify.build_log`):

* classic: step N is the Nth top-level instruction of the file;
* BuildKit: ``[name k/n]`` is the kth step of that stage, counting FROM (when it
  names an image, not an earlier stage or ``scratch``) and then only the
  instructions that change the filesystem: RUN, COPY, ADD and WORKDIR;
* Buildah: ``[s/t] STEP k/n`` is the kth instruction of stage s, FROM first.

When the number does not land on an instruction with the step's keyword
(ONBUILD triggers, a builder that numbers differently), the step's printed
text is matched against the stage's instructions instead.
"""

from __future__ import annotations

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.model.stages import Stage
from dlint.verify.build_log import BUILDAH, BUILDKIT, CLASSIC, Step

_FILESYSTEM_STEPS = frozenset({"RUN", "COPY", "ADD", "WORKDIR"})


def instruction_of(doc: Document, builder: str, step: Step) -> Instruction | None:
    if builder == CLASSIC:
        candidates = list(doc.instructions)
    else:
        stage = _stage_of(doc, builder, step)
        if stage is None:
            return None
        candidates = _buildkit_steps(stage) if builder == BUILDKIT else [stage.from_, *stage.instructions]
    position = step.number - 1
    if 0 <= position < len(candidates) and candidates[position].keyword == step.keyword:
        return candidates[position]
    return _by_text(candidates, step)


def _stage_of(doc: Document, builder: str, step: Step) -> Stage | None:
    stages = doc.stages
    if not stages:
        return None
    if step.stage is None:
        return stages[-1]
    if builder == BUILDAH:
        index = int(step.stage) - 1
        return stages[index] if 0 <= index < len(stages) else None
    named = next((stage for stage in stages if stage.name == step.stage.lower()), None)
    if named is not None:
        return named
    if step.stage.startswith("stage-") and step.stage[6:].isdigit():
        index = int(step.stage[6:])
        return stages[index] if index < len(stages) else None
    return None


def _buildkit_steps(stage: Stage) -> list[Instruction]:
    counted_from = [] if stage.base.is_stage or stage.base.is_scratch else [stage.from_]
    return counted_from + [i for i in stage.instructions if i.keyword in _FILESYSTEM_STEPS]


def _by_text(candidates: list[Instruction], step: Step) -> Instruction | None:
    wanted = _normalized(step.text)
    same_keyword = [i for i in candidates if i.keyword == step.keyword]
    exact = [i for i in same_keyword if _normalized(i.original) == wanted]
    if len(exact) == 1:
        return exact[0]
    return same_keyword[0] if len(same_keyword) == 1 else None


def _normalized(text: str) -> str:
    keyword, _, rest = text.strip().partition(" ")
    return f"{keyword.upper()} {' '.join(rest.split())}"
