"""Who a USER instruction makes the container run as."""

from __future__ import annotations

# The names and ids that mean root: ``USER root``, ``USER 0``, ``USER 0:0``.
ROOT_USERS = frozenset({"root", "0"})
