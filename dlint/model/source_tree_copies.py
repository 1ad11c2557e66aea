"""Which COPY/ADD sources bring in the project's source tree, not just its manifests.

``COPY . .``, ``COPY src/ ./src``, ``COPY *.py ./`` and ``COPY main.go .`` do:
any edit to the project changes them. ``COPY package.json package-lock.json ./``
or ``COPY requirements*.txt ./`` do not: they change only with the dependencies.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

from dlint.model.instruction import Argument, Instruction

MANIFESTS = frozenset({
    "requirements.txt", "requirements-dev.txt", "constraints.txt", "pyproject.toml", "poetry.lock", "uv.lock",
    "Pipfile", "Pipfile.lock", "setup.py", "setup.cfg", "package.json", "package-lock.json",
    "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "pnpm-workspace.yaml", "bun.lockb", ".npmrc",
    ".yarnrc.yml", "Gemfile", "Gemfile.lock", "go.mod", "go.sum", "go.work", "composer.json", "composer.lock",
    "Cargo.toml", "Cargo.lock", "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle",
    "settings.gradle.kts", "gradle.properties", "app.csproj", "app.sln", "nuget.config", "packages.lock.json",
    "Directory.Build.props", "Directory.Packages.props", "mix.exs", "mix.lock",
})
# Folders and extension-less files that hold no sources: copying them first is the good pattern.
NOT_SOURCES = frozenset({
    "requirements", "gradle", ".mvn", ".yarn", ".cargo", "patches", "vendor", "Makefile", "Procfile",
    "Dockerfile", "Containerfile", "LICENSE", "NOTICE", "README", "VERSION", "gradlew", "mvnw", "Rakefile",
    "Brewfile", "Jenkinsfile", "Vagrantfile", "scripts", "docker", "config", "conf", "certs", "bin",
})
SOURCE_SUFFIXES = (
    ".py", ".go", ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".vue", ".svelte", ".rb", ".java", ".kt",
    ".scala", ".rs", ".php", ".cs", ".fs", ".ex", ".exs", ".c", ".cc", ".cpp", ".h", ".hpp", ".swift",
)
# A glob that matches one of these copies sources, whatever manifests it matches too.
_SOURCE_SAMPLES = ("main.py", "app.js", "index.ts", "main.go", "App.java", "main.rs", "index.php", "app.rb",
                   "Program.cs", "README.md", "src")


def source_tree_copy(instruction: Instruction) -> Argument | None:
    """The first source of a COPY/ADD from the build context that brings in project sources."""
    if instruction.keyword not in ("COPY", "ADD") or instruction.flag("from") or len(instruction.args) < 2:
        return None
    return next((source for source in instruction.args[:-1] if copies_sources(source.value)), None)


def copies_sources(source: str) -> bool:
    path = source.strip().strip("\"'")
    if "$" in path or "://" in path or path.startswith("<<") or "@" in path.split("/", 1)[0]:
        return False
    while path.startswith("./"):
        path = path[2:]
    if path in ("", ".", "/", "*"):
        return True
    name = path.rstrip("/").rsplit("/", 1)[-1]
    if name in MANIFESTS or name in NOT_SOURCES:
        return False
    if any(char in name for char in "*?["):
        return any(fnmatchcase(sample, name) for sample in _SOURCE_SAMPLES) or not any(
            fnmatchcase(manifest, name) for manifest in MANIFESTS
        )
    return path.endswith("/") or name.endswith(SOURCE_SUFFIXES) or "." not in name
