"""Make the stand-in base images locally: a BusyBox root filesystem, imported once per tag.

The root filesystem is built in memory from a static ``busybox`` binary (on
Debian, package ``busybox-static``): the binary, one symlink per applet, an
``/etc/passwd`` with root and nobody, ``/tmp``, and the image's stand-in tools.
The tarball is deterministic, and each imported image carries a label with
its content hash, so an image that is already up to date is left as it is
(keeping the build cache warm). An image under the same tag that dlint did
not make is never replaced.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import struct
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from dlint.verify.base_images import BASE_IMAGES, BaseImage
from dlint.verify.engine import Engine, EngineUnavailable

BOOTSTRAP_LABEL = "org.dlint.verify.bootstrap"

_PASSWD = "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n"
_GROUP = "root:x:0:\nnogroup:x:65534:\n"
_DIRECTORIES = {"bin": 0o755, "etc": 0o755, "root": 0o700, "tmp": 0o1777, "usr": 0o755, "usr/bin": 0o755,
                "usr/local": 0o755, "usr/local/bin": 0o755, "usr/sbin": 0o755, "sbin": 0o755, "var": 0o755,
                "var/lib": 0o755, "home": 0o755, "usr/share": 0o755, "usr/share/nginx": 0o755,
                "usr/share/nginx/html": 0o755}


@dataclass(frozen=True)
class Bootstrapped:
    """A stand-in base image and what :func:`bootstrap` did about it."""

    tag: str
    action: str     # "created", "up-to-date" or "kept" (an image dlint did not make)


def bootstrap(engine: Engine, busybox: Path | None = None) -> list[Bootstrapped]:
    """Import every stand-in base image that is missing or out of date."""
    binary = busybox or find_static_busybox()
    content = binary.read_bytes()
    applets = _applets(binary)
    return [_import(engine, image, content, applets) for image in BASE_IMAGES]


def find_static_busybox() -> Path:
    for candidate in ("/bin/busybox", "/usr/bin/busybox", shutil.which("busybox")):
        if candidate and Path(candidate).is_file() and is_static_executable(Path(candidate).read_bytes()):
            return Path(candidate)
    raise EngineUnavailable("no static busybox found; install it (Debian: apt-get install busybox-static)")


def is_static_executable(elf: bytes) -> bool:
    """True for a 64-bit little-endian ELF with no program interpreter (so it runs in an empty root)."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        return False
    program_headers, = struct.unpack_from("<Q", elf, 0x20)
    entry_size, count = struct.unpack_from("<HH", elf, 0x36)
    interpreter = 3
    return all(
        struct.unpack_from("<I", elf, program_headers + index * entry_size)[0] != interpreter
        for index in range(count)
    )


def _applets(binary: Path) -> tuple[str, ...]:
    listed = subprocess.run([str(binary), "--list"], capture_output=True, text=True, check=True, timeout=30)
    return tuple(name for name in listed.stdout.split() if name and name != "busybox" and "/" not in name)


def root_filesystem(busybox: bytes, applets: tuple[str, ...], image: BaseImage) -> bytes:
    """The image's root filesystem as a tarball, byte for byte the same for the same inputs."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.GNU_FORMAT) as archive:
        for directory, mode in _DIRECTORIES.items():
            archive.addfile(_entry(directory, tarfile.DIRTYPE, mode))
        _add_file(archive, "bin/busybox", busybox, 0o755)
        for applet in applets:
            archive.addfile(_entry(f"bin/{applet}", tarfile.SYMTYPE, 0o777, link="busybox"))
        archive.addfile(_entry("usr/bin/env", tarfile.SYMTYPE, 0o777, link="/bin/busybox"))
        _add_file(archive, "etc/passwd", _PASSWD.encode(), 0o644)
        _add_file(archive, "etc/group", _GROUP.encode(), 0o644)
        for name, script in sorted(image.tools.items()):
            _add_file(archive, f"usr/local/bin/{name}", script.encode(), 0o755)
    return buffer.getvalue()


def _entry(name: str, kind: bytes, mode: int, link: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.mode = mode
    info.linkname = link
    info.mtime = 0
    return info


def _add_file(archive: tarfile.TarFile, name: str, content: bytes, mode: int) -> None:
    info = _entry(name, tarfile.REGTYPE, mode)
    info.size = len(content)
    archive.addfile(info, io.BytesIO(content))


def _import(engine: Engine, image: BaseImage, busybox: bytes, applets: tuple[str, ...]) -> Bootstrapped:
    archive = root_filesystem(busybox, applets, image)
    fingerprint = hashlib.sha256(archive + "\n".join(image.changes).encode()).hexdigest()[:16]
    existing = engine.image(image.tag)
    if existing is not None:
        made_by_us = BOOTSTRAP_LABEL in existing.labels
        if not made_by_us:
            return Bootstrapped(image.tag, "kept")
        if existing.labels[BOOTSTRAP_LABEL] == fingerprint:
            return Bootstrapped(image.tag, "up-to-date")
    engine.import_image(archive, image.tag, [*image.changes, f"LABEL {BOOTSTRAP_LABEL}={fingerprint}"])
    if existing is not None:
        engine.remove_images([existing.id])
    return Bootstrapped(image.tag, "created")
