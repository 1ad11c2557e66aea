"""Who a USER instruction makes the container run as, and which USER decides it for the image."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dlint.model.document import Document
    from dlint.model.instruction import Instruction

# The names and ids that mean root: ``USER root``, ``USER 0``, ``USER 0:0``.
ROOT_USERS = frozenset({"root", "0"})


@dataclass(frozen=True, slots=True)
class FinalUser:
    """The USER instruction the image a plain ``docker build`` produces runs as, and its user."""

    instruction: Instruction
    user: str | None      # after ARG/ENV expansion, group included; None when a variable's value is unknown

    @property
    def name(self) -> str | None:
        """The user without its group: ``app`` for ``app:staff``."""
        return None if self.user is None else self.user.split(":", 1)[0]

    @property
    def is_root(self) -> bool:
        return self.name in ROOT_USERS


def final_user(doc: Document) -> FinalUser | None:
    """The last USER of the target stage and of the stages it is built FROM; None when none sets one."""
    target = doc.target
    if target is None:
        return None
    for stage in target.chain():
        for instruction in reversed(stage.instructions):
            if instruction.keyword == "USER" and instruction.args:
                return FinalUser(instruction, doc.scope(instruction).expand(instruction.args[0].value).value)
    return None
