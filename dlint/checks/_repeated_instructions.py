"""Instructions of which only the last one in a stage takes effect (CMD, ENTRYPOINT, HEALTHCHECK)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from dlint.model.document import Document
from dlint.rule_api import Related, Violation


def overridden_repeats(doc: Document, keyword: str) -> Iterator[Violation]:
    """One violation on every ``keyword`` instruction after the first of its stage.

    ONBUILD triggers are not counted: they run in another build.
    """
    for stage in doc.stages:
        found = [i for i in stage.instructions if i.keyword == keyword]
        if len(found) < 2:
            continue
        last = found[-1]
        for previous, repeat in pairwise(found):
            if repeat is last:
                effect = f"this one overrides the `{keyword}` on line {previous.span.line}"
            else:
                effect = (
                    f"only the last one (line {last.span.line}) takes effect, so this one "
                    f"and the one on line {previous.span.line} are ignored"
                )
            yield Violation(
                repeat.span,
                f"Multiple `{keyword}` instructions in one stage: {effect}",
                related=(Related(previous.span, f"earlier `{keyword}`"),),
            )
