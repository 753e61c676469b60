#!/bin/sh
# tests/bench/startup.sh STORE [BUILD]: the window's start-up as a whole process, against the
# reference window (regiedesk_bench_reference: an empty QMainWindow with a 300-row QTableView).
# Needs a display (DISPLAY, e.g. an Xvfb). Each program runs RUNS times (5) with
# REGIEDESK_STARTUP_TRACE=1; the times are ms from just before the process is started to
#   first-paint  the window's first paint (target <= 2x the reference's), and
#   figures      queue, alerts, board and quota table filled (target <= 500 ms).
# Prints the best and the median of each. The window runs with clean settings
# (XDG_CONFIG_HOME/XDG_DATA_HOME in a temporary folder), so the region is "all regions", but
# with a user name, so that it does not stop to ask for one.
set -eu
STORE=${1:?usage: startup.sh STORE [BUILD]}
BUILD=${2:-build}
RUNS=${RUNS:-5}
APP=$BUILD/app/regiedesk
REF=$BUILD/tests/bench/regiedesk_bench_reference
for f in "$APP" "$REF"; do
    [ -x "$f" ] || { echo "missing $f: cmake --build $BUILD --target regiedesk regiedesk_bench_reference" >&2; exit 2; }
done
[ -n "${DISPLAY:-}" ] || { echo "no DISPLAY: start e.g. 'Xvfb :92 &' and set DISPLAY=:92" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# run NAME CMD...: appends "first-paint MS" / "figures MS" lines to $TMP/NAME.
run() {
    name=$1
    shift
    i=0
    while [ $i -lt "$RUNS" ]; do
        rm -rf "$TMP/cfg" "$TMP/data"
        # The user's name as a second start knows it: the first start asks for it (issue 14).
        mkdir -p "$TMP/cfg/COA"
        printf '[gebruiker]\nnaam=bench\n' >"$TMP/cfg/COA/regiedesk.conf"
        XDG_CONFIG_HOME="$TMP/cfg" XDG_DATA_HOME="$TMP/data" REGIEDESK_STARTUP_TRACE=1 \
            REGIEDESK_STARTUP_T0_NS=$(date +%s%N) timeout 120 "$@" 2>&1 >/dev/null |
            sed -n 's/^regiedesk-startup //p' >>"$TMP/$name"
        i=$((i + 1))
    done
}

# stat NAME WHAT: "best median" of WHAT in $TMP/NAME.
stat() {
    awk -v w="$2" '$1 == w { print $2 }' "$TMP/$1" | sort -n |
        awk '{ v[NR] = $1 } END { if (NR == 0) { print "- -"; exit }
                                   m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
                                   printf "%.0f %.0f\n", v[1], m }'
}

run reference "$REF"
run window "$APP" --db "$STORE"
set -- $(stat reference first-paint)
ref_best=$1 ref_med=$2
set -- $(stat window first-paint)
win_best=$1 win_med=$2
set -- $(stat window figures)
fig_best=$1 fig_med=$2
echo "store $STORE; load average $(cut -d' ' -f1-3 /proc/loadavg); $RUNS runs; ms since start, best / median"
printf '%-32s %8s %8s\n' "" best median
printf '%-32s %8s %8s\n' "reference first paint" "$ref_best" "$ref_med"
printf '%-32s %8s %8s\n' "window first paint" "$win_best" "$win_med"
printf '%-32s %8s %8s\n' "window figures filled" "$fig_best" "$fig_med"
awk -v a="$win_best" -v b="$ref_best" -v c="$win_med" -v d="$ref_med" \
    'BEGIN { printf "first paint / reference: %.2f best, %.2f median (target <= 2)\n", a / b, c / d }'
