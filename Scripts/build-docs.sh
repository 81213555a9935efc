#!/usr/bin/env bash
# Builds the documentation of Models, ResultCodes and UserInfoCompare as one static DocC site,
# with the toolchain's `docc` (no package plugin): symbol graphs from
# `swift package dump-symbol-graph`, one archive per module from its Documentation.docc catalog,
# merged into .build/docs/swift-smileid-results.doccarchive. Any documentation warning (an
# unresolved link, a missing parameter) fails the build.
#
#   Scripts/build-docs.sh
#   python3 -m http.server --directory .build/docs/swift-smileid-results.doccarchive 8000
#   open http://localhost:8000/documentation/models
set -euo pipefail
cd "$(dirname "$0")/.."

modules=(Models ResultCodes UserInfoCompare)
out=.build/docs
work=$out/work
rm -rf "$out"
mkdir -p "$work"

echo "== symbol graphs (public API only)"
dump_log=$work/dump-symbol-graph.log
swift package dump-symbol-graph --minimum-access-level public >"$dump_log" 2>&1 || { cat "$dump_log"; exit 1; }
graphs=$(sed -n 's/^Files written to //p' "$dump_log" | tail -n 1)
[ -d "$graphs" ] || { cat "$dump_log"; echo "build-docs: no symbol graph directory in the output above" >&2; exit 1; }

archives=()
for module in "${modules[@]}"; do
    echo "== $module"
    # The module's own graph and its extensions of other modules (ResultCodes@Models).
    mkdir -p "$work/$module"
    cp "$graphs/$module.symbols.json" "$work/$module/"
    cp "$graphs/$module"@*.symbols.json "$work/$module/" 2>/dev/null || true
    docc convert "Sources/$module/Documentation.docc" \
        --additional-symbol-graph-dir "$work/$module" \
        --output-dir "$work/$module.doccarchive" \
        --fallback-display-name "$module" \
        --fallback-bundle-identifier "swift-smileid-results.$module" \
        --warnings-as-errors
    archives+=("$work/$module.doccarchive")
done

echo "== merge"
docc merge "${archives[@]}" \
    --synthesized-landing-page-name swift-smileid-results \
    --output-path "$out/swift-smileid-results.doccarchive"
rm -rf "$work"
echo "build-docs: $out/swift-smileid-results.doccarchive"
