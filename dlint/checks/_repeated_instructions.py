"""Instructions of which only the last one in a stage takes effect (CMD, ENTRYPOINT, HEALTHCHECK)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from dlint.model.document import Document
from dlint.rule_api import Related, Violation


def overridden_repeats(doc: Document, keyword: str) -> Iterator[Violation]:
    """One violation on every ``keyword`` instruction of a stage but the last: the ones that are ignored.

    That is the instruction BuildKit's MultipleInstructionsDisallowed reports,
    so the two rules agree on the place. ONBUILD triggers are not counted:
    they run in another build.
    """
    for stage in doc.stages:
        found = [i for i in stage.instructions if i.keyword == keyword]
        if len(found) < 2:
            continue
        last = found[-1]
        for overridden, later in pairwise(found):
            yield Violation(
                overridden.span,
                f"Multiple `{keyword}` instructions in one stage: only the last one (line {last.span.line}) "
                "takes effect, so this one is ignored",
                related=(Related(later.span, f"overridden by this `{keyword}`"),),
            )
