#!/usr/bin/env bash
# Runs dlint's whole test suite on a fresh machine: installs the package with its test
# dependencies, makes sure a Docker engine answers (the `dlint verify` tests build images),
# runs pytest, and stops the engine it started. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

python -m pip install --quiet -e '.[test,shellcheck]'

root_prefix=()
if [ "$(id -u)" -ne 0 ]; then root_prefix=(sudo); fi
as_root() { ${root_prefix[@]+"${root_prefix[@]}"} "$@"; }

if ! command -v dockerd >/dev/null || ! command -v docker >/dev/null || ! command -v busybox >/dev/null; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io busybox-static >/dev/null
fi

engine_state=""
engine_pid=""
stop_engine() {
  if [ -n "$engine_pid" ]; then
    as_root kill "$engine_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do as_root kill -0 "$engine_pid" 2>/dev/null || break; sleep 1; done
  fi
  if [ -n "$engine_state" ]; then as_root rm -rf "$engine_state" 2>/dev/null || true; fi
}
trap stop_engine EXIT

# A daemon that already answers (a developer's own) is used as it is; otherwise start a private
# one with no network bridge and its state in a temporary folder, so nothing outside it changes.
if ! docker info >/dev/null 2>&1; then
  engine_state=$(mktemp -d /tmp/dlint-engine.XXXXXX)
  socket="$engine_state/docker.sock"
  ${root_prefix[@]+"${root_prefix[@]}"} dockerd --bridge=none --iptables=false --ip6tables=false \
    --data-root "$engine_state/data" --exec-root "$engine_state/exec" \
    --pidfile "$engine_state/docker.pid" -H "unix://$socket" >"$engine_state/dockerd.log" 2>&1 &
  engine_pid=$!
  export DOCKER_HOST="unix://$socket"
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    if ! as_root kill -0 "$engine_pid" 2>/dev/null; then break; fi
    sleep 1
  done
  if ! docker info >/dev/null 2>&1; then
    echo "the Docker engine did not start; its log:" >&2
    cat "$engine_state/dockerd.log" >&2
    exit 1
  fi
fi
export DLINT_REQUIRE_ENGINE=1

status=0
python -m pytest "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests" >&2
  exit 1
fi
exit "$status"
