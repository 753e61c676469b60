#!/usr/bin/env bash
# Installs what Regiedesk needs to build, run, test and package on Debian 12.
# Idempotent: packages already present are skipped, so a second run is quick.
# Runs unattended (no questions asked), as root or through sudo.
set -euo pipefail

packages=(
  # compiler and build tools
  g++ cmake ninja-build pkg-config
  # a compiler cache: a rebuild of the same sources (another clone, the fuzz build) is quick
  ccache
  # Qt 6.4: libqt6opengl6-dev is needed by Qt Charts' CMake package, qt6-tools-dev holds
  # LinguistTools; the SQLite driver and the platform plugins are loaded at run time
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev
  libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libqt6svg6
  # the week plan's solvers (issue 15): CBC solves, GLPK cross-checks
  coinor-libcbc-dev libglpk-dev
  # local accounts' Argon2id password hashes (issue 16): libsodium's crypto_pwhash_str
  libsodium-dev
  # the team server (issue 16): PostgreSQL 15 is the authority; Qt reaches it through QPSQL.
  # .ci/run starts a throwaway cluster from postgresql-15's binaries, never the system's
  postgresql-15 libqt6sql6-psql
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # the fuzz targets (tests/fuzz): clang with libFuzzer and the sanitizer runtimes, which are in
  # libclang-rt-14-dev (only recommended by clang-14, and recommendations are not installed);
  # llvm-14 has llvm-symbolizer for readable stacks
  clang-14 libclang-rt-14-dev llvm-14
  # cpack -G DEB: dpkg-shlibdeps (dpkg-dev) and file find the shared-library dependencies
  dpkg-dev file
  # looking at the program: a store on the command line, a window under Xvfb, a PDF letter
  sqlite3 xvfb xauth fonts-dejavu-core fonts-noto-core poppler-utils
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-deps: missing ${missing[*]}; run this script as root or install sudo" >&2
    exit 1
  fi
  SUDO=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
echo "install-deps: done"
