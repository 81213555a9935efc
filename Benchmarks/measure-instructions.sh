#!/usr/bin/env bash
# Instructions per operation of each hot path, counted by valgrind's callgrind (repeatable on a
# loaded machine, unlike wall time): (Ir at 2N − Ir at N) / N cancels the setup.
#
#     Benchmarks/measure-instructions.sh [mode ...]            print Ir per operation
#     Benchmarks/measure-instructions.sh --update [mode ...]    record them in Thresholds/instructions.txt
#                                                               (other modes' lines are kept)
#     Benchmarks/measure-instructions.sh --check                fail if a mode is over its
#                                                               recorded count by more than 5 %
# (package-benchmark's own `instructions` metric needs perf events, which containers often
# forbid; callgrind needs nothing.)
set -euo pipefail
cd "$(dirname "$0")"
operation=print
case "${1:-}" in
    --update) operation=update; shift ;;
    --check) operation=check; shift ;;
esac
recorded=Thresholds/instructions.txt
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install -y valgrind)" >&2; exit 1; }
swift build -c release --product profile-driver >/dev/null
modes=("$@")
[ ${#modes[@]} -gt 0 ] || modes=(resolve resolve-unknown verdict-one decision-one verdict-bkyc3 decision-bkyc3 decode-jobresult decode-jobresult-plain decode-jobresult-onepass compare-ascii compare-lenient compare-worst-ascii compare-worst-1k compare-worst-2k compare-worst compare-jsonl inbox-accept inbox-duplicate)
count() {  # mode n -> total Ir
    local out; out=$(mktemp)
    valgrind --tool=callgrind --callgrind-out-file="$out" .build/release/profile-driver "$1" "$2" >/dev/null 2>&1
    callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
    rm -f "$out"
}
results=$(mktemp)
trap 'rm -f "$results"' EXIT
printf '%-24s %14s\n' mode "Ir/operation"
for mode in "${modes[@]}"; do
    case "$mode" in
        compare-worst*) n=8 ;;
        decode*) n=500 ;;
        resolve*) n=200000 ;;
        verdict*|decision*) n=50000 ;;
        inbox*) n=4000 ;;
        *) n=5000 ;;
    esac
    one=$(count "$mode" "$n"); two=$(count "$mode" $((2 * n)))
    printf '%-24s %14d\n' "$mode" $(((two - one) / n)) | tee -a "$results"
done
case "$operation" in
    update)
        # Replaces the lines of the modes just measured and keeps every other mode's line.
        mkdir -p Thresholds
        touch "$recorded"
        merged=$(mktemp)
        awk 'NR == FNR { measured[$1] = $0; next }
             /^#/ { next }
             ($1 in measured) { print measured[$1]; delete measured[$1]; next }
             { print }
             END { for (mode in measured) print measured[mode] }' "$results" "$recorded" > "$merged"
        { echo "# Instructions per operation (callgrind), written by measure-instructions.sh --update"; cat "$merged"; } > "$recorded"
        rm -f "$merged"
        echo "wrote $recorded" ;;
    check)
        awk 'NR == FNR { if ($1 !~ /^#/) limit[$1] = $2; next }
             ($1 in limit) { allowed = limit[$1] * 1.05
                 status = $2 > allowed ? "REGRESSION" : "ok"; if ($2 > allowed) failed = 1
                 printf "%-24s %14d  recorded %14d  %s\n", $1, $2, limit[$1], status }
             END { exit failed }' "$recorded" "$results" ;;
esac
