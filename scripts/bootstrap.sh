#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine: installs what is missing (apt), configures, builds, then
#   run      opens flowlog-console on its built-in sandbox
#   test     runs the whole test suite headless (offscreen Qt, private D-Bus session with gnome-keyring)
# Works as root or as a user with sudo (only apt-get needs it).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"
shift || true

BUILD_DIR="${FLOWLOG_BUILD_DIR:-build}"
PACKAGES=(cmake g++ make ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libqt6svg6 libgl-dev
  gnome-keyring libsecret-tools dbus dbus-x11 xvfb xauth fonts-noto-cjk
  dpkg-dev appstream clang libclang-rt-14-dev)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

build() {
  install_missing "${PACKAGES[@]}"
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  cmake --build "$BUILD_DIR" -j"$(nproc)"
}

# The official SDKs the interop tests drive against the sandbox, pinned by tests/interop/package-lock.json.
install_sdks() {
  if [ -f tests/interop/package-lock.json ]; then
    command -v npm >/dev/null || install_missing nodejs npm
    (cd tests/interop && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# ctest inside a private D-Bus session whose gnome-keyring is unlocked, so keychain tests use a real
# Secret Service and never the user's own keyring.
run_ctest() {
  local dir="$1"; shift
  # The daemon keeps its keyring in a throwaway directory: runs never share, lock or leave a keyring behind.
  local keyring_home
  keyring_home="$(mktemp -d)"
  local rc=0
  dbus-run-session -- sh -c 'echo -n flowlog-test | XDG_DATA_HOME="$1" gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; cd "$0" && shift && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 "$@"' "$dir" "$keyring_home" "$@" || rc=$?
  rm -rf "$keyring_home"
  return $rc
}

case "$mode" in
  run)
    build
    exec "$BUILD_DIR/bin/flowlog-console" --sandbox "$@"
    ;;
  test)
    build
    install_sdks
    run_ctest "$BUILD_DIR" "$@"
    ;;
  *)
    echo "usage: scripts/bootstrap.sh run|test" >&2
    exit 2
    ;;
esac
