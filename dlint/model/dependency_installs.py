"""Commands that install a project's dependencies from its manifest files.

``npm ci`` only installs dependencies: it can run as soon as package.json and
package-lock.json are in the image. ``go build`` or ``mvn package`` build
the project and fetch the dependencies on the way; they need the sources,
but the fetch can run earlier on its own (``go mod download``). Both kinds
are what a cache-busting COPY makes slow.
"""

from __future__ import annotations

from dataclasses import dataclass

from dlint.model.commands import ResolvedCommand


@dataclass(frozen=True)
class DependencyInstall:
    """What a dependency install needs copied first, and the step that installs dependencies alone."""

    ecosystem: str        # "npm"; a fetch of one ecosystem serves the builds of the same one
    manifests: str        # the files to copy first: "package.json and package-lock.json"
    fetch_only: bool      # True: installs dependencies only; False: builds and fetches them on the way
    fetch_step: str       # a command that installs the dependencies alone


def _install(ecosystem: str, manifests: str, fetch_step: str, fetch_only: bool = True) -> DependencyInstall:
    return DependencyInstall(ecosystem, manifests, fetch_only, fetch_step)


NPM = _install("npm", "package.json and package-lock.json", "npm ci")
YARN = _install("npm", "package.json and yarn.lock", "yarn install --frozen-lockfile")
PNPM = _install("npm", "package.json and pnpm-lock.yaml", "pnpm install --frozen-lockfile")
BUN = _install("npm", "package.json and bun.lockb", "bun install --frozen-lockfile")
PIPENV = _install("python", "Pipfile and Pipfile.lock", "pipenv install --deploy")
BUNDLER = _install("ruby", "Gemfile and Gemfile.lock", "bundle install")
COMPOSER = _install("php", "composer.json and composer.lock", "composer install --no-scripts --no-autoloader")
GO = _install("go", "go.mod and go.sum", "go mod download")
CARGO = _install("rust", "Cargo.toml and Cargo.lock", "cargo fetch")
MAVEN = _install("java-maven", "pom.xml", "mvn dependency:go-offline")
GRADLE = _install("java-gradle", "build.gradle(.kts) and settings.gradle(.kts)", "gradle dependencies")
DOTNET = _install("dotnet", "the *.csproj files", "dotnet restore")

_GRADLE_BUILDS = frozenset({"build", "assemble", "jar", "bootJar", "bootWar", "war", "installDist", "shadowJar"})
_MAVEN_BUILDS = frozenset({"package", "install", "verify", "compile"})


def dependency_install(command: ResolvedCommand) -> DependencyInstall | None:
    """What ``command`` installs from manifest files, or None when it is no such install."""
    name = command.program
    args = tuple(word.value for word in command.arguments)
    operands = [arg for arg in args if not arg.startswith("-")]
    first = operands[0] if operands else ""
    if name == "npm":
        return NPM if first in ("install", "i", "ci", "clean-install", "install-clean") and len(operands) == 1 else None
    if name == "yarn":
        return YARN if operands in ([], ["install"]) else None
    if name == "pnpm":
        if operands == ["fetch"]:
            return PNPM
        return _as_build(PNPM, "--offline" in args) if operands in (["install"], ["i"]) else None
    if name == "bun":
        return BUN if operands in (["install"], ["i"]) else None
    if name == "pipenv":
        return PIPENV if operands in (["install"], ["sync"]) else None
    if name == "poetry":
        return _poetry(args) if first == "install" else None
    if name == "uv":
        return _uv(args, operands)
    if name in ("bundle", "bundler"):
        return BUNDLER if operands in ([], ["install"]) else None
    if name == "composer":
        return COMPOSER if first == "install" else None
    if name == "go":
        return _go(args, operands)
    if name == "cargo":
        if first == "fetch":
            return CARGO
        return _as_build(CARGO) if first == "build" or (first == "install" and "--path" in args) else None
    if name in ("mvn", "mvnw"):
        if any(operand.startswith("dependency:") for operand in operands):
            return MAVEN
        return _as_build(MAVEN) if _MAVEN_BUILDS.intersection(operands) else None
    if name in ("gradle", "gradlew"):
        if "dependencies" in operands:
            return GRADLE
        return _as_build(GRADLE) if _GRADLE_BUILDS.intersection(operands) else None
    if name == "dotnet":
        if first == "restore":
            return DOTNET
        return _as_build(DOTNET) if first in ("build", "publish") and "--no-restore" not in args else None
    return _pip(args) if name == "pip" else None


def _as_build(install: DependencyInstall, build: bool = True) -> DependencyInstall:
    return DependencyInstall(install.ecosystem, install.manifests, not build, install.fetch_step)


def _poetry(args: tuple[str, ...]) -> DependencyInstall:
    install = _install("python", "pyproject.toml and poetry.lock", "poetry install --no-root")
    return _as_build(install, "--no-root" not in args)


def _uv(args: tuple[str, ...], operands: list[str]) -> DependencyInstall | None:
    if operands[:1] == ["sync"]:
        install = _install("python", "pyproject.toml and uv.lock", "uv sync --no-install-project")
        return _as_build(install, "--no-install-project" not in args)
    return None


def _go(args: tuple[str, ...], operands: list[str]) -> DependencyInstall | None:
    if operands[:2] == ["mod", "download"]:
        return GO
    if operands[:1] in (["build"], ["install"]) and not any("@" in operand for operand in operands):
        return None if "-mod=vendor" in args else _as_build(GO)
    return None


def _pip(args: tuple[str, ...]) -> DependencyInstall | None:
    """``pip install`` (``uv pip sync`` too: its operands are requirement files)."""
    verb = next((arg for arg in args if arg in ("install", "sync")), None)
    if verb is None:
        return None
    return _python_packages(list(args[args.index(verb) + 1:]), sync=verb == "sync")


def _python_packages(values: list[str], sync: bool = False) -> DependencyInstall | None:
    files = _requirement_files(values) or ([value for value in values if not value.startswith("-")] if sync else [])
    if files:
        # A path inside the image (``-r /app/requirements.txt``) is copied from the file of that name.
        shown = [file.rsplit("/", 1)[-1] if file.startswith("/") else file for file in files]
        return _install("python", " and ".join(shown), f"pip install -r {files[0]}")
    if any(value in (".", "./") for value in values):
        return _as_build(_install("python", "pyproject.toml (or setup.py)", "pip install <dependencies>"))
    return None


def _requirement_files(values: list[str]) -> list[str]:
    files = []
    for index, value in enumerate(values):
        if value in ("-r", "--requirement") and index + 1 < len(values):
            files.append(values[index + 1])
        elif value.startswith("--requirement="):
            files.append(value.partition("=")[2])
        elif value.startswith("-r") and len(value) > 2 and not value.startswith("--"):
            files.append(value[2:])
    return files
