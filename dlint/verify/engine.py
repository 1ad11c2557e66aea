"""A container engine's command line (docker, podman or buildah), driven through subprocess.

This is the only module that runs the engine. Every build is offline: the
engine is told never to pull and to give ``RUN`` no network, and callers make
sure beforehand that every image a build names is already present
(:mod:`dlint.verify.preflight`), because a builder asked for a missing image
would go to a registry regardless.

Docker builds with the classic builder by default: it works offline with any
``docker`` client, needs no buildx plugin, and prints one step per
instruction with its cache hits. BuildKit is used when asked for
(``builder="buildkit"``, which needs a client that still talks to the
daemon's built-in BuildKit or has buildx). Podman and Buildah use their own
builder.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dlint.verify.build_log import BUILDAH, BUILDKIT, CLASSIC

ENGINES = ("docker", "podman", "buildah")
_PROBE_SECONDS = 20
_QUICK_SECONDS = 60
_STOP_SECONDS = 5


class EngineUnavailable(Exception):
    """No usable engine: the CLI is missing or cannot reach its daemon."""


@dataclass(frozen=True)
class BuildRun:
    """One run of the engine's build command: whether it worked, what it printed, how long it took."""

    ok: bool
    output: str
    seconds: float
    timed_out: bool = False


class BuildProcess:
    """One engine build client, in a process group of its own, its output read as it comes.

    Its own group, so that stopping it (a time limit, or ``dlint verify``
    itself being stopped) ends the client and whatever it started, and a
    Ctrl-C at the terminal reaches only dlint, which then stops it.
    """

    def __init__(self, command: list[str], environment: dict[str, str]) -> None:
        self._started = time.monotonic()
        self._chunks: list[bytes] = []
        self._process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env=environment, start_new_session=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        stream = self._process.stdout
        for chunk in iter(lambda: stream.read1(65536), b""):
            self._chunks.append(chunk)

    def output(self) -> str:
        """What the build printed so far."""
        return _without_deprecation_notice(b"".join(self._chunks).decode("utf-8", "replace"))

    def wait(self, timeout: float) -> BuildRun:
        """Wait for the build; past ``timeout`` seconds it is stopped and reported as timed out."""
        try:
            code = self._process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            return BuildRun(False, self.output(), time.monotonic() - self._started, timed_out=True)
        self._reader.join()
        return BuildRun(code == 0, self.output(), time.monotonic() - self._started)

    def stop(self) -> None:
        """End the client and its process group (a no-op once it has exited), then read what is left."""
        if self._process.poll() is None:
            for signal_number in (signal.SIGTERM, signal.SIGKILL):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self._process.pid, signal_number)
                try:
                    self._process.wait(timeout=_STOP_SECONDS)
                    break
                except subprocess.TimeoutExpired:
                    continue
        self._reader.join(timeout=_STOP_SECONDS)
        if not self._reader.is_alive():
            self._process.stdout.close()


@dataclass(frozen=True)
class ImageConfig:
    """The parts of an image's configuration that rules make claims about."""

    id: str
    author: str
    cmd: tuple[str, ...] | None
    entrypoint: tuple[str, ...] | None
    user: str
    working_dir: str
    exposed_ports: tuple[str, ...]
    labels: dict[str, str]
    size: int | None
    layers: int
    onbuild: tuple[str, ...] = ()          # triggers a build FROM this image runs first
    environment: dict[str, str] = field(default_factory=dict)


class Engine:
    """One engine CLI; ``builder`` says which output style its builds print."""

    def __init__(self, name: str, executable: str, builder: str) -> None:
        self.name = name
        self.executable = executable
        self.builder = builder

    def __repr__(self) -> str:
        return f"Engine({self.name!r}, builder={self.builder!r})"

    def start_build(
        self, context: Path, dockerfile: Path, tag: str, labels: Mapping[str, str], build_args: Mapping[str, str]
    ) -> BuildProcess:
        """Start building ``dockerfile`` with ``context`` as its build context, tagging the result ``tag``."""
        command = self._build_command(context, dockerfile, tag)
        options = [f"--label={key}={value}" for key, value in labels.items()]
        options += [f"--build-arg={key}={value}" for key, value in build_args.items()]
        return BuildProcess([*command[:2], *options, *command[2:]], self._build_environment())

    def _build_command(self, context: Path, dockerfile: Path, tag: str) -> list[str]:
        if self.name == "buildah":
            return [self.executable, "build", "--network=none", "--pull=never", "--layers",
                    "-f", str(dockerfile), "-t", tag, str(context)]
        if self.name == "podman":
            return [self.executable, "build", "--network=none", "--pull=never", "--layers", "--force-rm",
                    "-f", str(dockerfile), "-t", tag, str(context)]
        command = [self.executable, "build", "--network=none", "--pull=false", "--force-rm"]
        if self.builder == BUILDKIT:
            command.append("--progress=plain")
        return [*command, "-f", str(dockerfile), "-t", tag, str(context)]

    def _build_environment(self) -> dict[str, str]:
        environment = dict(os.environ)
        if self.name == "docker":
            environment["DOCKER_BUILDKIT"] = "1" if self.builder == BUILDKIT else "0"
        return environment

    def image(self, reference: str) -> ImageConfig | None:
        """The configuration of a local image, or None when there is no such image here."""
        finished = self._run(self._inspect(reference))
        if finished.returncode != 0:
            return None
        data = json.loads(finished.stdout)
        record = data[0] if isinstance(data, list) else data
        return _buildah_config(record) if self.name == "buildah" else _docker_config(record)

    def has_image(self, reference: str) -> bool:
        return self._run(self._inspect(reference)).returncode == 0

    def _inspect(self, reference: str) -> list[str]:
        return ["inspect", "--type", "image", reference] if self.name == "buildah" else ["image", "inspect", reference]

    def remove_images(self, references: list[str]) -> None:
        """Remove images this run made; an image still in use by another is left alone."""
        for reference in references:
            self._run(["rmi", reference] if self.name == "buildah" else ["image", "rm", reference])

    def labelled_images(self, key: str, value: str) -> list[str]:
        """The IDs of the local images labelled ``key=value``."""
        listing = ["images", "-q"] if self.name == "buildah" else ["image", "ls", "-q"]
        finished = self._run([*listing, "--filter", f"label={key}={value}"])
        return list(dict.fromkeys(finished.stdout.split())) if finished.returncode == 0 else []

    def remove_containers(self, ids: list[str]) -> None:
        """Remove build containers, stopping them first, and wait until they are gone.

        A daemon whose build client went away removes the build's container
        itself; until that is done the container's image cannot be removed.
        """
        for container in ids:
            self._run(["rm", container] if self.name == "buildah" else ["rm", "--force", container])
        deadline = time.monotonic() + _QUICK_SECONDS
        left = list(ids)
        while left and time.monotonic() < deadline:
            left = [container for container in left if self._run(self._container_inspect(container)).returncode == 0]
            if left:
                time.sleep(0.2)

    def _container_inspect(self, container: str) -> list[str]:
        return ["inspect", "--type", "container", container] if self.name == "buildah" else ["container", "inspect", container]

    def import_image(self, archive: bytes, tag: str, changes: list[str]) -> None:
        """Make image ``tag`` from a root filesystem tarball, with Dockerfile-style ``changes``."""
        if self.name == "buildah":
            raise EngineUnavailable("buildah cannot import a root filesystem; bootstrap the base images with docker or podman")
        command = [self.executable, "import"]
        for change in changes:
            command += ["--change", change]
        finished = subprocess.run([*command, "-", tag], input=archive, capture_output=True, timeout=_QUICK_SECONDS, check=False)
        if finished.returncode != 0:
            raise EngineUnavailable(f"{self.name} import {tag} failed: {_text(finished.stderr).strip()}")

    def _run(self, arguments: list[str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [self.executable, *arguments], capture_output=True, text=True,
            stdin=subprocess.DEVNULL, timeout=_QUICK_SECONDS, check=False,
        )


def find_engine(name: str = "docker", builder: str | None = None) -> Engine:
    """The engine ``name`` if its CLI is installed and answers; raises :class:`EngineUnavailable`."""
    if name not in ENGINES:
        raise EngineUnavailable(f"unknown engine {name!r}; choose one of {', '.join(ENGINES)}")
    executable = shutil.which(name)
    if executable is None:
        raise EngineUnavailable(f"{name} is not installed (no `{name}` on PATH)")
    probe = [executable, "info"] if name != "buildah" else [executable, "version"]
    try:
        finished = subprocess.run(probe, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                                  timeout=_PROBE_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise EngineUnavailable(f"`{name} info` did not answer within {_PROBE_SECONDS}s") from None
    if finished.returncode != 0:
        reason = _first_error_line(finished.stderr) or f"`{name} info` failed"
        raise EngineUnavailable(f"cannot reach the {name} engine: {reason}")
    chosen = _builder_for(name, builder)
    if chosen == BUILDKIT:
        _require_buildkit_client(executable)
    return Engine(name, executable, chosen)


def _require_buildkit_client(executable: str) -> None:
    """Docker clients from 23.0 on build with BuildKit only through the buildx plugin."""
    buildx = _quick(executable, "buildx", "version")
    if buildx.returncode == 0:
        return
    client = _quick(executable, "version", "--format", "{{.Client.Version}}").stdout.strip()
    major = client.split(".", 1)[0]
    if major.isdigit() and int(major) < 23:
        return
    reason = _first_error_line(buildx.stderr) or "`docker buildx version` failed"
    raise EngineUnavailable(f"--builder buildkit needs the docker buildx plugin, which does not answer: {reason}")


def _quick(executable: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run([executable, *arguments], capture_output=True, text=True, stdin=subprocess.DEVNULL,
                              timeout=_PROBE_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess([executable, *arguments], 1, "", f"`{' '.join(arguments)}` did not answer")


def _builder_for(name: str, builder: str | None) -> str:
    if name != "docker":
        return BUILDAH
    if builder in (None, CLASSIC):
        return CLASSIC
    if builder == BUILDKIT:
        return BUILDKIT
    raise EngineUnavailable(f"unknown builder {builder!r}; docker builds with classic or buildkit")


def _docker_config(record: dict) -> ImageConfig:
    return _image_config(
        record.get("Id", ""), record.get("Author"), record.get("Config") or {},
        record.get("Size"), (record.get("RootFS") or {}).get("Layers"),
    )


def _buildah_config(record: dict) -> ImageConfig:
    """Buildah shows the image's Docker-format configuration, with lower-case top-level keys."""
    image = record.get("Docker") or {}
    return _image_config(
        record.get("FromImageID", ""), image.get("author"), image.get("config") or {},
        None, (image.get("rootfs") or {}).get("diff_ids"),
    )


def _image_config(id: str, author: str | None, config: dict, size: int | None, layers: list | None) -> ImageConfig:
    return ImageConfig(
        id=id,
        author=author or "",
        cmd=_argv(config.get("Cmd")),
        entrypoint=_argv(config.get("Entrypoint")),
        user=config.get("User") or "",
        working_dir=config.get("WorkingDir") or "",
        exposed_ports=tuple(sorted(config.get("ExposedPorts") or {})),
        labels=dict(config.get("Labels") or {}),
        size=size,
        layers=len(layers or ()),
        onbuild=tuple(config.get("OnBuild") or ()),
        environment=dict(entry.partition("=")[::2] for entry in config.get("Env") or ()),
    )


def _argv(value: list[str] | None) -> tuple[str, ...] | None:
    return tuple(value) if value is not None else None


def _text(output: bytes | str | None) -> str:
    if output is None:
        return ""
    return output if isinstance(output, str) else output.decode("utf-8", "replace")


def _without_deprecation_notice(output: str) -> str:
    """Drop the paragraph newer docker clients print before every classic build."""
    if not output.startswith("DEPRECATED:"):
        return output
    _notice, _blank, rest = output.partition("\n\n")
    return rest


def _first_error_line(text: str) -> str | None:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else None
