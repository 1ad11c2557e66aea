"""The stand-in base images that let fixture Dockerfiles build without a registry.

Every image is the same BusyBox root filesystem plus small shell scripts
that play a language's tools: ``pip install -r requirements.txt`` records its
arguments and checks the requirements file exists, ``go build -o app``
writes an executable ``app``. What `dlint verify` checks is layer caching,
image configuration and instruction order, never the packages themselves.
The image configuration (``ENV``, ``WORKDIR``, ``EXPOSE``, ``CMD``) mirrors the
official image the tag is named after where a rule's claim depends on it, e.g.
nginx declares port 80, which a Dockerfile built FROM it inherits.
"""

from __future__ import annotations

from dataclasses import dataclass

CALLS_LOG = "/var/lib/dlint-fake-tools/calls"

_RECORD = f"""mkdir -p /var/lib/dlint-fake-tools
echo "$(basename "$0") $*" >> {CALLS_LOG}
"""

_NEEDS_FILE_AFTER = """needs_file_after() {{
  flag="$1"; shift
  previous=""
  for argument in "$@"; do
    if [ "$previous" = "$flag" ] && [ ! -f "$argument" ]; then
      echo "$(basename "$0"): cannot open {what} file: $argument" >&2
      exit 1
    fi
    previous="$argument"
  done
}}
"""

PIP = "#!/bin/sh\n" + _RECORD + _NEEDS_FILE_AFTER.format(what="requirements") + """needs_file_after -r "$@"
needs_file_after --requirement "$@"
"""

PYTHON = "#!/bin/sh\n" + _RECORD + """if [ "$1" = "-m" ] && [ "$2" = "http.server" ]; then
  exec httpd -f -p "${3:-8000}"
fi
if [ "$1" = "-m" ] && [ "$2" = "pip" ]; then
  shift 2
  exec pip "$@"
fi
"""

NPM = "#!/bin/sh\n" + _RECORD + """case "$1" in
  ci|install|i)
    if [ ! -f package.json ]; then
      echo "npm ERR! enoent Could not read package.json" >&2
      exit 1
    fi
    mkdir -p node_modules ;;
  run)
    if [ "$2" = "build" ]; then mkdir -p build && echo "<html></html>" > build/index.html; fi ;;
esac
"""

NODE = "#!/bin/sh\n" + _RECORD

GO = "#!/bin/sh\n" + _RECORD + """if [ "$1" = "mod" ] && [ ! -f go.mod ]; then
  echo "go: go.mod file not found in current directory" >&2
  exit 1
fi
if [ "$1" = "build" ]; then
  output=""
  previous=""
  for argument in "$@"; do
    [ "$previous" = "-o" ] && output="$argument"
    previous="$argument"
  done
  output="${output:-app}"
  mkdir -p "$(dirname "$output")"
  printf '#!/bin/sh\\necho built by the dlint verify stand-in for go\\n' > "$output"
  chmod +x "$output"
fi
"""

NGINX = "#!/bin/sh\n" + _RECORD + """exec httpd -f -p "${NGINX_PORT:-80}" -h /usr/share/nginx/html
"""

PACKAGE_MANAGER = "#!/bin/sh\n" + _RECORD

_ACCOUNT_NAME = """name=""
for argument in "$@"; do
  case "$argument" in -*) ;; *) name="$argument" ;; esac
done
[ -n "$name" ] || { echo "$(basename "$0"): no name given" >&2; exit 1; }
"""


def _new_account(database: str) -> str:
    """Shell lines that stop when ``$name`` exists in ``database`` and else pick the next free id."""
    return f"""grep -q "^$name:" {database} && exit 0
id=$(( $(cut -d: -f3 {database} | sort -n | awk '$1 < 60000' | tail -n 1) + 1 ))
[ "$id" -ge 1000 ] || id=1000
"""


ADD_USER = "#!/bin/sh\n" + _RECORD + _ACCOUNT_NAME + _new_account("/etc/passwd") + """echo "$name:x:$id:$id::/home/$name:/bin/sh" >> /etc/passwd
grep -q "^$name:" /etc/group || echo "$name:x:$id:" >> /etc/group
mkdir -p "/home/$name" && chown "$id:$id" "/home/$name"
"""

ADD_GROUP = "#!/bin/sh\n" + _RECORD + _ACCOUNT_NAME + _new_account("/etc/group") + """echo "$name:x:$id:" >> /etc/group
"""

_USERS = {"adduser": ADD_USER, "useradd": ADD_USER, "addgroup": ADD_GROUP, "groupadd": ADD_GROUP}
_DEBIAN = {**_USERS, "apt-get": PACKAGE_MANAGER, "apt": PACKAGE_MANAGER}
_ALPINE = {**_USERS, "apk": PACKAGE_MANAGER}
_PYTHON = {"pip": PIP, "pip3": PIP, "python": PYTHON, "python3": PYTHON}
_NODE = {"npm": NPM, "node": NODE, "yarn": NPM}

_PATH = "ENV PATH=/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


@dataclass(frozen=True)
class BaseImage:
    """A stand-in base image verify builds from busybox: its tag, its tools and its configuration."""

    tag: str
    tools: dict[str, str]        # name in /usr/local/bin -> script
    changes: tuple[str, ...]     # Dockerfile instructions applied on import


BASE_IMAGES: tuple[BaseImage, ...] = (
    BaseImage("busybox:1.36", {}, (_PATH, 'CMD ["sh"]')),
    BaseImage("busybox:latest", {}, (_PATH, 'CMD ["sh"]')),
    BaseImage("alpine:3.19", _ALPINE, (_PATH, 'CMD ["/bin/sh"]')),
    BaseImage("alpine:latest", _ALPINE, (_PATH, 'CMD ["/bin/sh"]')),
    BaseImage("debian:bookworm-slim", _DEBIAN, (_PATH, 'CMD ["sh"]')),
    BaseImage("ubuntu:16.04", {**_DEBIAN, **_PYTHON}, (_PATH, 'CMD ["/bin/bash"]')),
    BaseImage("python:latest", {**_DEBIAN, **_PYTHON}, (_PATH, 'CMD ["python3"]')),
    BaseImage("python:3.6", {**_DEBIAN, **_PYTHON}, (_PATH, "ENV PYTHON_VERSION=3.6.15", 'CMD ["python3"]')),
    BaseImage("python:3.8-alpine", {**_ALPINE, **_PYTHON}, (_PATH, "ENV PYTHON_VERSION=3.8.18", 'CMD ["python3"]')),
    BaseImage("python:3.12-slim", {**_DEBIAN, **_PYTHON}, (_PATH, "ENV PYTHON_VERSION=3.12.0", 'CMD ["python3"]')),
    BaseImage("python:3.12-alpine", {**_ALPINE, **_PYTHON}, (_PATH, "ENV PYTHON_VERSION=3.12.0", 'CMD ["python3"]')),
    BaseImage("node:20-alpine", {**_ALPINE, **_NODE}, (_PATH, "ENV NODE_VERSION=20.0.0", 'CMD ["node"]')),
    BaseImage("golang:1.22-alpine", {**_ALPINE, "go": GO}, (_PATH, "ENV GOPATH=/go", "WORKDIR /go")),
    BaseImage(
        "nginx:1.25-alpine",
        {**_ALPINE, "nginx": NGINX},
        (_PATH, "EXPOSE 80", 'CMD ["nginx", "-g", "daemon off;"]'),
    ),
    # A vendor image that already runs unprivileged and declares its port.
    BaseImage(
        "bitnami/nginx:1.25",
        {**_DEBIAN, "nginx": NGINX},
        (_PATH, "ENV NGINX_PORT=8080", "EXPOSE 8080", "USER 1001", 'CMD ["nginx", "-g", "daemon off;"]'),
    ),
)


def base_image(tag: str) -> BaseImage | None:
    return next((image for image in BASE_IMAGES if image.tag == tag), None)
