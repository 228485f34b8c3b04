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

# `package`: Release build in its own directory (build-package/), then CPack's .deb (Depends from
# dpkg-shlibdeps). Prints the .deb's absolute path as the last line. Extra arguments go to cmake.
PACKAGE_BUILD_DIR="${FLOWLOG_PACKAGE_BUILD_DIR:-build-package}"
package() {
  install_missing "${PACKAGES[@]}"
  cmake -S . -B "$PACKAGE_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFLOWLOG_BUILD_TESTS=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr "$@"
  cmake --build "$PACKAGE_BUILD_DIR" -j"$(nproc)"
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate resources/flowlog-console.desktop
  fi
  appstreamcli validate --no-net resources/flowlog-console.metainfo.xml
  rm -f "$PACKAGE_BUILD_DIR"/*.deb
  (cd "$PACKAGE_BUILD_DIR" && cpack -G DEB)
  local deb
  deb="$(ls -t "$PACKAGE_BUILD_DIR"/*.deb | head -n 1)"
  dpkg-deb --field "$deb" Package Version Architecture Depends Recommends
  echo "$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
}

# `package-check`: installs the built .deb with apt (which resolves its Depends), runs the three programs from /usr/bin without a
# display, checks the desktop integration files, then removes the package and checks that nothing is left.
package_check() {
  local deb
  deb="$(ls -t "$PACKAGE_BUILD_DIR"/*.deb 2>/dev/null | head -n 1 || true)"
  if [ -z "$deb" ]; then
    echo "package-check: no .deb in $PACKAGE_BUILD_DIR: run 'bash scripts/bootstrap.sh package' first" >&2
    return 1
  fi
  deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
  local name
  name="$(dpkg-deb --field "$deb" Package)"
  echo "== installing $deb"
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb"
  local failed=0
  check() { if "$@"; then echo "ok: $*"; else echo "FAILED: $*" >&2; failed=1; fi; }
  version_is() { # PROGRAM: prints "PROGRAM <version>" without a display
    local out
    out="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "/usr/bin/$1" --version 2>&1)" || return 1
    echo "   $out"
    [[ "$out" == *"$(dpkg-deb --field "$deb" Version)"* ]]
  }
  check version_is flowlog-cli
  check version_is flowlog-console
  check version_is flowlog-sandbox
  local f
  for f in /usr/share/applications/flowlog-console.desktop /usr/share/metainfo/flowlog-console.metainfo.xml \
           /usr/share/icons/hicolor/scalable/apps/flowlog-console.svg \
           /usr/share/icons/hicolor/{16x16,32x32,48x48,64x64,128x128,256x256}/apps/flowlog-console.png \
           /usr/share/man/man1/{flowlog-console,flowlog-cli,flowlog-sandbox}.1.gz; do
    check test -s "$f"
  done
  check appstreamcli validate --no-net /usr/share/metainfo/flowlog-console.metainfo.xml
  if command -v desktop-file-validate >/dev/null; then
    check desktop-file-validate /usr/share/applications/flowlog-console.desktop
  fi
  echo "   Depends: $(dpkg-query -W -f='${Depends}' "$name")"
  depends_on() { dpkg-query -W -f='${Depends}' "$name" | grep -q "$1"; }
  check depends_on libqt6core6
  check depends_on libqt6keychain
  local files
  files="$(dpkg-query -L "$name" | while read -r p; do [ -f "$p" ] && echo "$p"; done)"
  echo "== removing $name"
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y "$name"
  for f in /usr/bin/flowlog-console /usr/bin/flowlog-cli /usr/bin/flowlog-sandbox; do
    check test ! -e "$f"
  done
  no_file_left() {
    local p left=0
    for p in $files; do [ -e "$p" ] && { echo "   left behind: $p"; left=1; }; done
    return "$left"
  }
  not_installed() { [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$name" 2>/dev/null | tr -d ' ')" != "ii" ]; }
  check no_file_left
  check not_installed
  if [ "$failed" -ne 0 ]; then
    echo "package-check: FAILED" >&2
    return 1
  fi
  echo "package-check: ok ($deb installed, ran, removed cleanly)"
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
  package)
    package "$@"
    ;;
  package-check)
    package_check
    ;;
  *)
    echo "usage: scripts/bootstrap.sh run|test|package|package-check" >&2
    exit 2
    ;;
esac
