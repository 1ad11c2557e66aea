"""ACME's house rules for dlint, a worked example of a rule plugin (see ../README.md)."""
