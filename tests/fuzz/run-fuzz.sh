#!/usr/bin/env bash
# Builds the libFuzzer targets (build-fuzz/, clang-14) when needed and runs each for SECONDS
# (default 600) on its seed corpus in tests/fuzz/corpus/<target>/. New corpus entries, findings
# and scratch files go to build-fuzz/fuzz-work/, never into the repository.
#   tests/fuzz/run-fuzz.sh [SECONDS] [TARGET...]     e.g. tests/fuzz/run-fuzz.sh 30 store_open
# Exits non-zero when a target has a finding (a crash, a broken rule, a leak, a timeout or too
# much memory), after running the others, and prints the file that reproduces it:
#   build-fuzz/tests/fuzz/fuzz_<target> <file>
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

seconds=${1:-600}
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(huishoudens_csv inwoners_csv brief_sjabloon rapport_bereik store_open)
fi
build=${REGIEDESK_FUZZ_BUILD:-build-fuzz}

# The longest input per target: a few households, a population file, a letter template with
# its values, the lines of a report command, a small store.
max_len() {
  case "$1" in
    huishoudens_csv) echo 16384 ;;
    inwoners_csv) echo 4096 ;;
    brief_sjabloon) echo 16384 ;;
    rapport_bereik) echo 256 ;;
    store_open) echo 65536 ;;
    *) echo 4096 ;;
  esac
}

if ! command -v clang++-14 >/dev/null 2>&1; then
  echo "run-fuzz: clang++-14 is missing (bash packaging/install-deps.sh installs it)" >&2
  exit 1
fi
start=$(date +%s)
if [ ! -f "$build/build.ninja" ]; then
  # The top CMakeLists.txt compiles through ccache when it is installed.
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DREGIEDESK_FUZZ=ON \
    -DREGIEDESK_BUILD_TESTS=OFF -DREGIEDESK_BUILD_BENCH=OFF
fi
cmake --build "$build" --target regiedesk_fuzz
echo "run-fuzz: build ready after $(($(date +%s) - start)) s"

work="$build/fuzz-work"
mkdir -p "$work/logs"
# Seed stores for store_open, made by the code under test (tests/fuzz/store_seeds.cpp).
"$build/tests/fuzz/regiedesk_fuzz_store_seeds" "$work/seeds/store_open"

# Readable stacks: the sanitizers look for an unversioned llvm-symbolizer, which llvm-14 names
# llvm-symbolizer-14.
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && command -v llvm-symbolizer-14 >/dev/null 2>&1; then
  export ASAN_SYMBOLIZER_PATH
  ASAN_SYMBOLIZER_PATH=$(command -v llvm-symbolizer-14)
fi

status=0
for target in "${targets[@]}"; do
  binary="$build/tests/fuzz/fuzz_$target"
  if [ ! -x "$binary" ]; then
    echo "run-fuzz: no target $target" >&2
    exit 2
  fi
  corpus="$work/corpus/$target"
  findings="$work/findings/$target"
  scratch="$work/tmp/$target"
  log="$work/logs/$target.log"
  rm -rf "$scratch"
  mkdir -p "$corpus" "$findings" "$scratch"
  seeds=("tests/fuzz/corpus/$target")
  if [ -d "$work/seeds/$target" ]; then
    seeds+=("$work/seeds/$target")
  fi
  # The letter templates themselves, as the program ships them (no copies that grow stale).
  if [ "$target" = brief_sjabloon ]; then
    seeds+=("resources/letters")
  fi
  find "$findings" -type f | sort >"$work/findings-before"
  echo "run-fuzz: $target for $seconds s (log: $log)"
  set +e
  TMPDIR="$scratch" \
    ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:${ASAN_OPTIONS:-}" \
    UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}" \
    "$binary" -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=25 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" \
    "$corpus" "${seeds[@]}" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  files=$(find "$corpus" "${seeds[@]}" -type f | wc -l)
  new=$(find "$findings" -type f | sort | comm -13 "$work/findings-before" -)
  # libFuzzer keeps every unit that took over 10 s (slow-unit-*). On a shared machine, or a
  # virtual one that was paused, that can be the machine and not the code: such a unit is run
  # again alone, and only when it is slow again is it a finding. A real hang is caught by
  # -timeout (timeout-*) and a crash by its own artifact, both always findings.
  for f in $new; do
    case "$(basename "$f")" in
    slow-unit-*)
      start=$(date +%s%N)
      TMPDIR="$scratch" timeout 120 "$binary" "$f" >/dev/null 2>&1 || true
      ms=$((($(date +%s%N) - start) / 1000000))
      if [ "$ms" -lt 10000 ]; then
        echo "run-fuzz: $target: $(basename "$f") was slow once but runs again in $ms ms; not a finding (kept in $findings)"
        mv "$f" "$findings/was-$(basename "$f")"
        echo "$findings/was-$(basename "$f")" >>"$work/findings-before"
        sort -o "$work/findings-before" "$work/findings-before"
      fi
      ;;
    esac
  done
  new=$(find "$findings" -type f | sort | comm -13 "$work/findings-before" -)
  if [ "$rc" -ne 0 ] || [ -n "$new" ]; then
    echo "run-fuzz: $target FOUND SOMETHING (exit $rc) after ${runs:-?} runs; the end of its log:"
    grep -v '^#' "$log" | tail -n 40
    echo "run-fuzz: reproduce with (then keep the file in tests/fuzz/corpus/$target/):"
    for f in $new; do
      echo "  $binary $f"
    done
    status=1
    continue
  fi
  echo "run-fuzz: $target: $seconds s, ${runs:-?} runs, corpus $files files, no findings"
  rm -rf "$scratch"
done
exit "$status"
