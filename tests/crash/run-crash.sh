#!/usr/bin/env bash
# The full crash run (issue 11): real write work (couple/uncouple, a households import,
# herverdelingen, the real regiedesk-cli's commands and its letters batch) killed with SIGKILL
# at KILLS seeded random points (default 1000) over the scenarios in tests/crash, each kill
# followed by the checks (integrity, foreign keys, every acknowledged change present, the
# change in flight whole or absent, quota figures against a fresh computation, letters on disk
# against their records); then the concurrency scenario (two writers at once).
#
# Usage: tests/crash/run-crash.sh [KILLS] [GoogleTest options, e.g. --gtest_filter=CrashBrieven.*]
#   SEED=S         master seed (default: from the clock; printed, so a failure can be replayed)
#   CONCURRENCY=N  households per process in the concurrency scenario (default 300)
#   BUILD_DIR=DIR  the build folder (default: build at the repository root)
# Build first: cmake --build build --target regiedesk_crash_tests
# Exit status: the harness's (0 when every check passed). ctest runs a 100-kill version.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build}
kills=${1:-1000}
[ $# -gt 0 ] && shift
case $kills in
'' | *[!0-9]*)
    echo "run-crash.sh: KILLS must be a number, not '$kills'" >&2
    exit 2
    ;;
esac
seed=${SEED:-$(date +%s)}
harness=$build/tests/crash/regiedesk_crash_tests
if [ ! -x "$harness" ]; then
    echo "run-crash.sh: $harness not found; build the target regiedesk_crash_tests first" >&2
    exit 2
fi

echo "run-crash.sh: $kills kill points, seed $seed (replay: SEED=$seed $0 $kills)"
start=$(date +%s)
status=0
QT_QPA_PLATFORM=offscreen "$harness" --kills "$kills" --seed "$seed" \
    --concurrency "${CONCURRENCY:-300}" "$@" || status=$?
echo "run-crash.sh: $kills kill points in $(($(date +%s) - start)) s, exit status $status"
exit "$status"
