"""dlint: a Dockerfile linter that reads Dockerfiles exactly as BuildKit does."""

__version__ = "0.1.0"
