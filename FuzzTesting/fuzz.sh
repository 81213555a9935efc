#!/usr/bin/env bash
# Builds every libFuzzer target and runs each for SECONDS (default 60), seeded from Fixtures/
# and FuzzTesting/FailCases/, with the FuzzTesting/smileid.dict dictionary.
#
#   FuzzTesting/fuzz.sh [SECONDS] [TARGET...]      (default: every target)
#
# The corpus (FuzzTesting/corpus/<target>/) and crash artifacts (FuzzTesting/artifacts/<target>/)
# are rebuilt at each run and ignored by git. A crash, hang or out-of-memory input found is
# printed with the command to reproduce it; copy it into FuzzTesting/FailCases/<target>/ once
# the library is fixed, so that `swift test` replays it.
#
# Exits non-zero when the build fails or any target finds a crash.
set -euo pipefail

SECONDS_PER_TARGET="${1:-60}"
shift || true
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
FIXTURES="$ROOT/Fixtures"
CORPUS="$HERE/corpus"
ARTIFACTS="$HERE/artifacts"
TARGETS=(
    DecodeJobResult
    DecodeJobStatusResponse
    DecodeCompareUserInfoRequest
    DecodeCompareUserInfoResponse
    ResolveResultCode
    ParseDate
    CompareRecords
    CompareJSONLine
    JSONStrings
    DecideTrail
    DecodeAlike
    ReceiveCallback
    VerifySignature
    ParseTimestamp
)
if [ $# -gt 0 ]; then TARGETS=("$@"); fi

# --sanitize=fuzzer alone instruments nothing with Swift 6.3 on Linux: see Package.swift.
BUILD=(swift build --package-path "$HERE" -c debug --sanitize=fuzzer --sanitize=address
    -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table)
mkdir -p "$ARTIFACTS"
echo "== build: ${BUILD[*]}"
if ! "${BUILD[@]}" >"$ARTIFACTS/build.log" 2>&1; then
    tail -n 30 "$ARTIFACTS/build.log"
    echo "fuzz.sh: the build failed" >&2
    exit 1
fi
tail -n 1 "$ARTIFACTS/build.log"
BIN="$("${BUILD[@]}" --show-bin-path)"

# MARK: Seed corpora

# A file per seed, named by its number, in the target's corpus directory.
seed() { # target, then the seed's bytes on stdin
    local dir="$CORPUS/$1"
    local n
    n=$(find "$dir" -type f | wc -l)
    cat >"$dir/seed-$n"
}

prepare_corpus() {
    local target="$1"
    rm -rf "${CORPUS:?}/$target" "${ARTIFACTS:?}/$target"
    mkdir -p "$CORPUS/$target" "$ARTIFACTS/$target"
    case "$target" in
    DecodeJobResult)
        for file in "$FIXTURES"/job-results/*.json "$FIXTURES"/job-results/invalid/*.json; do
            seed "$target" <"$file"
        done ;;
    DecodeJobStatusResponse)
        cp "$FIXTURES"/job-status/*.json "$CORPUS/$target/" ;;
    DecodeAlike)
        for file in "$FIXTURES"/job-results/*.json "$FIXTURES"/job-results/invalid/*.json "$FIXTURES"/job-status/*.json \
            "$FIXTURES"/seed-003/*.json; do
            seed "$target" <"$file"
        done
        while IFS= read -r line; do printf '%s' "$line" | seed "$target"; done <"$FIXTURES"/decisions/callbacks.jsonl ;;
    DecideTrail)
        cp "$FIXTURES"/job-status/*.json "$FIXTURES"/job-results/*.json "$CORPUS/$target/"
        cp "$FIXTURES"/decisions/policy-example.json "$CORPUS/$target/"
        while IFS= read -r line; do printf '%s' "$line" | seed "$target"; done <"$FIXTURES"/decisions/callbacks.jsonl ;;
    DecodeCompareUserInfoRequest)
        cp "$FIXTURES"/seed-003/sample-request.json "$CORPUS/$target/" ;;
    DecodeCompareUserInfoResponse)
        cp "$FIXTURES"/seed-003/sample-response.json "$CORPUS/$target/"
        for file in "$FIXTURES"/compare/*.json; do
            jq -c 'select(.expected.ResultCode != null) | .expected' "$file" | seed "$target"
        done ;;
    ResolveResultCode)
        # A job-type byte (0: none, n: job type n - 1), then the code.
        for code in $(jq -r '.tables[].rows[].code' "$FIXTURES/result-codes.json" | sort -u); do
            for jobType in 0 2 6 10; do
                printf "\\$(printf '%03o' "$jobType")%s" "$code" | seed "$target"
            done
        done ;;
    ParseDate)
        # An options byte, then the two dates separated by 0x1F.
        for file in "$FIXTURES"/compare/*.json; do
            jq -j 'select(.id_authority.dob != null and .document.dob != null)
                   | "\u0000" + .id_authority.dob + "\u001f" + .document.dob' "$file" | seed "$target"
        done ;;
    CompareRecords)
        # An options byte, a country byte (0: NG), then 18 fields separated by 0x1F; 0x00 is absent.
        for file in "$FIXTURES"/compare/*.json; do
            jq -j '["first_name","middle_name","last_name","full_name","dob","gender",
                    "phone_number","address","expiration_date"] as $keys
                   | [.id_authority, .document] | map(. as $r | $keys | map($r[.] // "\u0000")) | add
                   | "\u0000\u0000" + join("\u001f")' "$file" | seed "$target"
        done ;;
    CompareJSONLine)
        for file in "$FIXTURES"/compare/*.json; do
            jq -c . "$file" | seed "$target"
        done ;;
    ReceiveCallback)
        # A mode byte (bits 0-2: the timestamp, bit 3: when_untrusted), then a fixture without
        # its timestamp, its signature and its closing brace: the target closes it, signed.
        mode=0
        for file in "$FIXTURES"/job-results/*.json "$FIXTURES"/job-status/*.json; do
            body=$(jq -c 'if type == "object" then del(.timestamp, .signature) else . end' "$file")
            printf "\\$(printf '%03o' $((mode % 16)))%s" "${body%\}}" | seed "$target"
            mode=$((mode + 5))
        done
        printf '\000{' | seed "$target" ;;
    VerifySignature)
        # A mode byte (0: the input's signature, 1: the real one, 2: the real one changed), the
        # signature, 0x00, the timestamp.
        jq -r '.vectors[] | [.signature, .timestamp] | @tsv' "$FIXTURES/signing/signature-vectors.json" |
            while IFS=$'\t' read -r signature timestamp; do
                for mode in 0 1 2; do
                    printf "\\$(printf '%03o' "$mode")%s\000%s" "$signature" "$timestamp" | seed "$target"
                done
            done ;;
    ParseTimestamp)
        jq -j '.cases[] | .text + "\u0000"' "$FIXTURES/intake/timestamps.json" |
            while IFS= read -r -d '' text; do printf '%s' "$text" | seed "$target"; done ;;
    JSONStrings)
        # Two JSON string bodies separated by 0x00: every first name of the golden cases
        # against the document's, as they are written in the fixtures (escapes kept).
        for file in "$FIXTURES"/compare/*.json; do
            jq -j 'select(.id_authority.first_name != null and .document.first_name != null)
                   | (.id_authority.first_name | tojson | .[1:-1]) + "\u0000"
                   + (.document.first_name | tojson | .[1:-1])' "$file" | seed "$target"
        done ;;
    esac
    if [ -d "$HERE/FailCases/$target" ]; then
        cp "$HERE/FailCases/$target"/* "$CORPUS/$target/" 2>/dev/null || true
    fi
}

# MARK: Running

declare -A RUNS RATE FOUND
status=0
for target in "${TARGETS[@]}"; do
    prepare_corpus "$target"
    log="$ARTIFACTS/$target/fuzz.log"
    echo "== $target (${SECONDS_PER_TARGET}s, $(find "$CORPUS/$target" -type f | wc -l) seeds)"
    set +e
    "$BIN/$target" "$CORPUS/$target" \
        -dict="$HERE/smileid.dict" \
        -max_total_time="$SECONDS_PER_TARGET" \
        -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -artifact_prefix="$ARTIFACTS/$target/" \
        -print_final_stats=1 >"$log" 2>&1
    set -e
    RUNS[$target]=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    RATE[$target]=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    FOUND[$target]=$(find "$ARTIFACTS/$target" -type f \( -name 'crash-*' -o -name 'timeout-*' \
        -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
    if ! grep -q 'INITED cov:' "$log"; then
        echo "   no coverage: the target is not instrumented"
        status=1
    fi
    if [ "${FOUND[$target]}" -gt 0 ] || [ -z "${RUNS[$target]}" ]; then
        status=1
        grep -E 'ERROR|Fatal error|panic|SUMMARY' "$log" | head -n 5 || true
        for artifact in "$ARTIFACTS/$target"/crash-* "$ARTIFACTS/$target"/timeout-* "$ARTIFACTS/$target"/oom-*; do
            [ -e "$artifact" ] && echo "   reproduce: $BIN/$target $artifact"
        done
    fi
done

echo
printf '%-32s %12s %10s %8s\n' target runs exec/s crashes
for target in "${TARGETS[@]}"; do
    printf '%-32s %12s %10s %8s\n' "$target" "${RUNS[$target]:-?}" "${RATE[$target]:-?}" "${FOUND[$target]}"
done
exit "$status"
