#!/usr/bin/env bash
# End-to-end throughput of `smileid compare --jsonl`: generates N synthetic cases as JSON Lines
# (seeded, so every run sees the same records), then times the release build of the tool on
# them: records per second and peak memory (maximum resident set size).
#
#     Benchmarks/throughput.sh [N] [--diacritics]      (default N: 100000)
#
# Run it with two sizes (say 100000 and 400000) to see that peak memory stays flat in N.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
count="${1:-100000}"
style="${2:-}"

if [ ! -x /usr/bin/time ]; then
    echo "throughput.sh needs GNU time for peak memory: install it with 'apt-get install -y time'." >&2
    exit 1
fi

echo "Building smileid and the record generator (release)..." >&2
swift build -c release --package-path "$root" --product smileid >/dev/null
swift build -c release --package-path "$here" --product generate-records >/dev/null
smileid="$root/.build/release/smileid"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/.build/release/generate-records" "$count" $style > "$work/cases.jsonl"
lines=$(wc -l < "$work/cases.jsonl")
bytes=$(wc -c < "$work/cases.jsonl")

/usr/bin/time -v "$smileid" compare "$work/cases.jsonl" --jsonl $([ "$style" = "--diacritics" ] && echo --lenient) \
    > "$work/responses.jsonl" 2> "$work/time.txt" || status=$?
if [ "${status:-0}" -ne 0 ]; then
    # A non-zero exit is expected only when some line fails; the counts below show it.
    echo "smileid exited with status ${status}" >&2
fi
responses=$(wc -l < "$work/responses.jsonl")
seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time.txt")
user=$(awk -F': ' '/User time/ { print $2 }' "$work/time.txt")
peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")

echo "cases:            $lines ($((bytes / 1024)) KiB of JSON Lines)"
echo "responses:        $responses"
echo "wall time:        ${seconds} s (user ${user} s)"
awk -v n="$lines" -v s="$seconds" 'BEGIN { if (s > 0) printf "throughput:       %.0f records/s\n", n / s }'
echo "peak memory:      ${peak} KiB (maximum resident set size)"
