#!/bin/sh
# tests/bench/vs-sqlite3.sh STORE [BUILD]: regiedesk-cli against the sqlite3 CLI on the same
# SQL, as whole processes, on the same file. For each command: the best of 5 wall times of
# `regiedesk-cli ...` (output to /dev/null) and of `sqlite3 STORE` reading the statements that
# command runs, printed by regiedesk_bench_sql from the services themselves
# (TaakstellingService::aggregaatSql, CasusService::casesSql, RapportService::sql). Target: every
# ratio <= 1.3. Also the open alone: `regiedesk-cli quota 2000-H1` (open, one small query,
# refused for having no vg) against `sqlite3 STORE 'select 1'` (target <= 50 ms).
# BUILD defaults to ./build; TODAY (2026-11-29), PERIOD (2025-H1), QUOTA (2026-H2) and
# REGION (3) can be set in the environment. MEASURE=cpu compares CPU time (perf stat's
# task-clock, user and kernel) instead of wall time: on a machine shared with builds the wall
# time mostly measures the neighbours, the CPU time much less.
set -eu
STORE=${1:?usage: vs-sqlite3.sh STORE [BUILD]}
BUILD=${2:-build}
CLI=$BUILD/app/regiedesk-cli
SQL=$BUILD/tests/bench/regiedesk_bench_sql
TODAY=${TODAY:-2026-11-29}
PERIOD=${PERIOD:-2025-H1}
QUOTA=${QUOTA:-2026-H2}
REGION=${REGION:-3}
RUNS=${RUNS:-5}
MEASURE=${MEASURE:-wall}
for f in "$CLI" "$SQL"; do
    [ -x "$f" ] || { echo "missing $f: cmake --build $BUILD --target regiedesk-cli regiedesk_bench_sql" >&2; exit 2; }
done
command -v sqlite3 >/dev/null || { echo "sqlite3 not found" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

now_ns() { date +%s%N; }

# best_ms CMD...: best of $RUNS wall times in ms (stdout and stderr to /dev/null).
best_ms() {
    best=
    i=0
    while [ $i -lt "$RUNS" ]; do
        if [ "$MEASURE" = cpu ]; then
            # task-clock in ms (CSV: value,unit,event,...) to microseconds.
            t=$(perf stat -x, -e task-clock -- "$@" 2>&1 >/dev/null |
                awk -F, '$3 ~ /task-clock/ { printf "%d", $1 * 1000 }')
        else
            s=$(now_ns)
            "$@" >/dev/null 2>&1 || true
            e=$(now_ns)
            t=$(( (e - s) / 1000 ))
        fi
        if [ -z "$best" ] || [ $t -lt "$best" ]; then best=$t; fi
        i=$((i + 1))
    done
    echo "$best"
}



FAIL=0
row() { # label ours_us theirs_us
    ratio=$(awk -v a="$2" -v b="$3" 'BEGIN { printf "%.2f", a / b }')
    mark=
    if awk -v r="$ratio" 'BEGIN { exit !(r > 1.3) }'; then mark=" > 1.3"; FAIL=1; fi
    printf '%-44s %10.1f %10.1f %7s%s\n' "$1" "$(awk -v a="$2" 'BEGIN{print a/1000}')" \
        "$(awk -v a="$3" 'BEGIN{print a/1000}')" "$ratio" "$mark"
}

# pair LABEL -- CLI-ARGS... : times the CLI command and sqlite3 on its statements.
pair() {
    label=$1
    shift
    "$SQL" --db "$STORE" --today "$TODAY" "$@" >"$TMP/q.sql"
    ours=$(best_ms "$CLI" --db "$STORE" --today "$TODAY" "$@" --format csv $OUT)
    theirs=$(best_ms sqlite3 -batch "$STORE" ".read $TMP/q.sql")
    row "$label" "$ours" "$theirs"
}

echo "store $STORE; load average $(cut -d' ' -f1-3 /proc/loadavg); best of $RUNS, $MEASURE ms"
printf '%-44s %10s %10s %7s\n' command regiedesk sqlite3 ratio
open_ours=$(best_ms "$CLI" --db "$STORE" --today "$TODAY" quota 2000-H1)
open_theirs=$(best_ms sqlite3 "$STORE" 'select 1')
printf '%-44s %10.1f %10.1f %7s\n' "open (target <= 50 ms)" \
    "$(awk -v a="$open_ours" 'BEGIN{print a/1000}')" "$(awk -v a="$open_theirs" 'BEGIN{print a/1000}')" \
    "$(awk -v a="$open_ours" -v b="$open_theirs" 'BEGIN { printf "%.2f", a / b }')"
OUT=
pair "quota $QUOTA" quota "$QUOTA"
pair "quota $QUOTA --region $REGION" quota "$QUOTA" --region "$REGION"
pair "cases" cases
pair "cases --region $REGION" cases --region "$REGION"
OUT="--out -"
for name in $("$SQL" reports); do
    pair "report $name" report "$name" --period "$PERIOD"
    pair "report $name --region $REGION" report "$name" --period "$PERIOD" --region "$REGION"
done
exit $FAIL
