#!/usr/bin/env bash
# End-to-end throughput of `smileid compare --jsonl`: generates N synthetic cases as JSON Lines
# (seeded, so every run sees the same records), then times the release build of the tool on
# them, once per number of jobs, and a plain Python implementation of the same rules
# (Benchmarks/python/compare.py) on the same file in the same run: records per second, the
# ratio to Python (the figure that travels between machines), and peak memory.
#
#     Benchmarks/throughput.sh [N] [--diacritics | --decide] [--jobs LIST] [--baseline PATH] [--no-python]
#
#   N                 cases to generate (default 100000)
#   --diacritics      names and addresses with diacritics, compared with --lenient
#   --decide          `smileid decide --jsonl` on N generated callbacks (generate-records
#                     --callbacks), against Benchmarks/python/decide.py; prints how many of the
#                     two programs' decisions agree
#   --jobs LIST       comma-separated job counts to run, such as 1,2 (default: 1 and every core)
#   --baseline PATH   also time another smileid build (say main's) on the same file, with its
#                     default options (a build without --jobs runs on one thread)
#   --no-python       skip the Python baseline
#
# Run it with two sizes (say 100000 and 1000000) to see that peak memory stays flat in N. The
# load average is printed with every timing: on a shared machine, compare runs of one report.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
count=100000
style=""
mode=compare
jobs_list="1,$(nproc 2>/dev/null || echo 1)"
baseline=""
python=yes
while [ $# -gt 0 ]; do
    case "$1" in
        --diacritics) style=--diacritics ;;
        --decide) mode=decide ;;
        --jobs) shift; jobs_list="$1" ;;
        --jobs=*) jobs_list="${1#--jobs=}" ;;
        --baseline) shift; baseline="$1" ;;
        --no-python) python=no ;;
        [0-9]*) count="$1" ;;
        *) echo "usage: throughput.sh [N] [--diacritics | --decide] [--jobs LIST] [--baseline PATH] [--no-python]" >&2; exit 2 ;;
    esac
    shift
done

if [ ! -x /usr/bin/time ]; then
    echo "throughput.sh needs GNU time for peak memory: install it with 'apt-get install -y time'." >&2
    exit 1
fi

echo "Building smileid and the record generator (release)..." >&2
swift build -c release --package-path "$root" --product smileid >/dev/null
swift build -c release --package-path "$here" --product generate-records >/dev/null
smileid="$root/.build/release/smileid"
lenient=$([ "$style" = "--diacritics" ] && echo --lenient || true)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ "$mode" = decide ]; then
    "$here/.build/release/generate-records" "$count" --callbacks > "$work/cases.jsonl"
else
    "$here/.build/release/generate-records" "$count" $style > "$work/cases.jsonl"
fi
lines=$(wc -l < "$work/cases.jsonl")
bytes=$(wc -c < "$work/cases.jsonl")
echo "$([ "$mode" = decide ] && echo callbacks || echo cases): $lines ($((bytes / 1024)) KiB of JSON Lines)${lenient:+, --lenient}"
echo "machine: $(nproc) processors; load average before the runs:$(uptime | sed 's/.*load average://')"

# time_run NAME OUTPUT COMMAND... -> one row; sets $last_rate
time_run() {
    local name="$1" output="$2"; shift 2
    local load status=0
    load=$(awk '{ print $1 }' /proc/loadavg 2>/dev/null || echo "?")
    /usr/bin/time -v "$@" > "$output" 2> "$work/time.txt" || status=$?
    local seconds user peak
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time.txt")
    user=$(awk -F': ' '/User time/ { print $2 }' "$work/time.txt")
    peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
    last_rate=$(awk -v n="$lines" -v s="$seconds" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
    printf '%-22s %9s %9s %12s %12s %8s %6s\n' "$name" "$seconds" "$user" "$last_rate" "$peak" "$load" "$status"
}

printf '%-22s %9s %9s %12s %12s %8s %6s\n' run "wall s" "user s" "records/s" "peak KiB" load exit
declare -A rates
IFS=',' read -ra job_counts <<< "$jobs_list"
for jobs in "${job_counts[@]}"; do
    if [ "$mode" = decide ]; then
        time_run "smileid --jobs $jobs" "$work/responses-$jobs.jsonl" "$smileid" decide "$work/cases.jsonl" --jsonl --jobs "$jobs"
    else
        time_run "smileid --jobs $jobs" "$work/responses-$jobs.jsonl" "$smileid" compare "$work/cases.jsonl" --jsonl $lenient --jobs "$jobs"
    fi
    rates[$jobs]=$last_rate
done
first="${job_counts[0]}"
for jobs in "${job_counts[@]}"; do
    if ! cmp -s "$work/responses-$first.jsonl" "$work/responses-$jobs.jsonl"; then
        echo "MISMATCH: the output of --jobs $jobs differs from --jobs $first" >&2
        exit 1
    fi
done
if [ -n "$baseline" ]; then
    time_run "baseline" "$work/responses-baseline.jsonl" "$baseline" "$mode" "$work/cases.jsonl" --jsonl $lenient
    rates[baseline]=$last_rate
    cmp -s "$work/responses-$first.jsonl" "$work/responses-baseline.jsonl" \
        && echo "baseline output: identical" || echo "baseline output: DIFFERS" >&2
fi
if [ "$python" = yes ]; then
    if [ "$mode" = decide ]; then
        time_run "python decide.py" "$work/responses-python.jsonl" python3 "$here/python/decide.py" "$work/cases.jsonl"
        rates[python]=$last_rate
        # The decision of each line (smileid's reason texts are not Python's to repeat).
        same=$(paste -d '\t' "$work/responses-$first.jsonl" "$work/responses-python.jsonl" \
            | sed -E 's/^\{"decision":"([a-z]+)"[^\t]*\t\{"decision":"([a-z]+)".*/\1 \2/' \
            | awk 'NF == 2 && $1 == $2 { n++ } END { print n + 0 }')
        echo "python agrees with smileid on $same of $lines decisions"
    else
        time_run "python compare.py" "$work/responses-python.jsonl" python3 "$here/python/compare.py" "$work/cases.jsonl" $lenient
        rates[python]=$last_rate
        same=$(paste -d '\t' "$work/responses-$first.jsonl" "$work/responses-python.jsonl" | awk -F'\t' '$1 == $2 { n++ } END { print n + 0 }')
        echo "python agrees with smileid on $same of $lines responses"
    fi
fi

echo
for jobs in "${job_counts[@]}"; do
    line="smileid --jobs $jobs: ${rates[$jobs]} records/s"
    [ "$jobs" != "$first" ] && line+=$(awk -v a="${rates[$jobs]}" -v b="${rates[$first]}" 'BEGIN { printf ", %.2f x --jobs '"$first"'", a / b }')
    [ -n "${rates[python]:-}" ] && line+=$(awk -v a="${rates[$jobs]}" -v b="${rates[python]}" 'BEGIN { printf ", %.1f x python", a / b }')
    [ -n "${rates[baseline]:-}" ] && line+=$(awk -v a="${rates[$jobs]}" -v b="${rates[baseline]}" 'BEGIN { printf ", %.2f x baseline", a / b }')
    echo "$line"
done
echo "load average after the runs:$(uptime | sed 's/.*load average://')"
