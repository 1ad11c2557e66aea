"""Applying the fixes findings carry to the text of a Dockerfile."""
