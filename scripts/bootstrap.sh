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
# bsdutils: script(1), which gives the CLI's no-echo prompt test a terminal.
# qt6-charts-dev + libqt6opengl6-dev: the Coverage view's chart (Qt6Charts' CMake files need Qt6OpenGL's, which
# qt6-charts-dev does not pull in on Debian 12).
PACKAGES=(cmake g++ make ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libqt6svg6 libgl-dev
  gnome-keyring libsecret-tools dbus dbus-x11 xvfb xauth fonts-noto-cjk bsdutils
  dpkg-dev appstream clang libclang-rt-14-dev zlib1g-dev qt6-charts-dev libqt6opengl6-dev
  libsimdjson-dev liblz4-dev)

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

# ASan + UBSan build of the whole test suite in its own build dir. Every sanitizer report fails: the test process
# aborts (halt_on_error / abort_on_error), and reports from processes a test starts (flowlog-sandbox, flowlog-cli,
# flowlog-console) are collected through log_path and fail the run even if the test itself did not notice.
sanitize() {
  install_missing "${PACKAGES[@]}"
  local dir="${FLOWLOG_ASAN_BUILD_DIR:-build-asan}"
  # clang, not GCC: the same sanitizers, and a third less compile time (tst_consoleux.cpp with ASan + UBSan: GCC 12
  # 13.1 s, clang 14 8.8 s), which matters on CI's two cores. FLOWLOG_ASAN_CXX=g++ builds it with GCC.
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER="${FLOWLOG_ASAN_CXX:-clang++}" \
    -DFLOWLOG_SANITIZE=address,undefined,float-cast-overflow
  cmake --build "$dir" -j"$(nproc)"
  install_sdks
  local logs="$PWD/$dir/sanitizer-logs"
  rm -rf "$logs" && mkdir -p "$logs"
  export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:log_path=$logs/asan"
  export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1:log_path=$logs/ubsan"
  export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
  local rc=0
  run_ctest "$dir" "$@" || rc=$?
  if compgen -G "$logs/*" >/dev/null; then
    echo "== sanitizer reports:" >&2
    for f in "$logs"/*; do echo "--- $f" >&2; cat "$f" >&2; done
    rc=1
  fi
  return "$rc"
}

# libFuzzer targets (clang, ASan + UBSan) for every response parser and the CLI argument parser, each run for
# FUZZ_SECONDS (default 30). `fuzz [TARGET ...]` runs only those (names as in tests/fuzz/corpus/). Inputs that crash
# land in build-fuzz/fuzz-artifacts/TARGET/; copy them to tests/fuzz/regressions/TARGET/ and fix the bug, and the
# fuzz_TARGET_replay ctest keeps replaying them in every build.
fuzz() {
  install_missing "${PACKAGES[@]}"
  local dir="${FLOWLOG_FUZZ_BUILD_DIR:-build-fuzz}" seconds="${FUZZ_SECONDS:-30}"
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DFLOWLOG_FUZZ=ON -DFLOWLOG_SANITIZE=address,undefined,float-cast-overflow
  cmake --build "$dir" --target flowlog_fuzzers -j"$(nproc)"
  local targets=("$@")
  if [ "${#targets[@]}" -eq 0 ]; then
    for d in tests/fuzz/corpus/*/; do targets+=("$(basename "$d")"); done
  fi
  local failed=()
  for t in "${targets[@]}"; do
    local corpus="$dir/fuzz-corpus/$t" artifacts="$dir/fuzz-artifacts/$t"
    mkdir -p "$corpus" "$artifacts"
    local seeds=("tests/fuzz/corpus/$t")
    [ -d "tests/fuzz/regressions/$t" ] && seeds+=("tests/fuzz/regressions/$t")
    echo "== fuzz $t for ${seconds}s"
    ASAN_OPTIONS="halt_on_error=1:detect_leaks=1" UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
      LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp" \
      "$dir/bin/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$artifacts/" "$corpus" "${seeds[@]}" || failed+=("$t")
  done
  if [ "${#failed[@]}" -gt 0 ]; then
    echo "== fuzz: crashes in ${failed[*]}; inputs under $dir/fuzz-artifacts/ (make them regression inputs)" >&2
    return 1
  fi
  echo "== fuzz: ${#targets[@]} targets, ${seconds}s each, no crash"
}

# flowlog-bench, every figure as a "name value unit" line, from the same optimised build as `run` and `test`
# (RelWithDebInfo). Arguments go to flowlog-bench (--only NAME, --list, --smoke). docs/benchmarks.md keeps the
# latest figures and the machine they came from.
bench() {
  build
  QT_QPA_PLATFORM=offscreen "$BUILD_DIR/bin/flowlog-bench" "$@"
}

# `package`: Release build in its own directory (build-package/), then CPack's .deb (Depends from
# dpkg-shlibdeps). Prints the .deb's absolute path as the last line. Extra arguments go to cmake.
# FLOWLOG_PACKAGE_BUILD_DIR=build packages from the test build instead (RelWithDebInfo, tests included, binaries
# stripped by CPack): `package` then `test` compile every source once, which is what CI does.
PACKAGE_BUILD_DIR="${FLOWLOG_PACKAGE_BUILD_DIR:-build-package}"
package() {
  install_missing "${PACKAGES[@]}"
  local config=(-DCMAKE_BUILD_TYPE=Release -DFLOWLOG_BUILD_TESTS=OFF)
  if [ "$PACKAGE_BUILD_DIR" = "$BUILD_DIR" ]; then
    config=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
  fi
  cmake -S . -B "$PACKAGE_BUILD_DIR" -G Ninja "${config[@]}" -DCMAKE_INSTALL_PREFIX=/usr "$@"
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
  sanitize)
    sanitize "$@"
    ;;
  fuzz)
    fuzz "$@"
    ;;
  bench)
    bench "$@"
    ;;
  package)
    package "$@"
    ;;
  package-check)
    package_check
    ;;
  *)
    echo "usage: scripts/bootstrap.sh run|test|sanitize|fuzz|bench|package|package-check" >&2
    exit 2
    ;;
esac
