#!/usr/bin/env bash
# Checks that the Swift sources are formatted as `.swift-format` says, with the toolchain's
# `swift format` (no plugin). Fails on any finding.
#
#   Scripts/format-lint.sh            # lint (CI)
#   Scripts/format-lint.sh --fix      # format in place
#
# .ci/run runs the lint. Configuration: 4-space indentation, 120 columns, `#if` blocks not indented (as
# `#if canImport(FoundationEssentials)` and `#if hasAttribute(nonexhaustive)` are written),
# every public declaration documented.
set -euo pipefail
cd "$(dirname "$0")/.."

paths=(Package.swift Sources Tests Benchmarks/Package.swift Benchmarks/Sources Benchmarks/Benchmarks
       FuzzTesting/Package.swift FuzzTesting/Sources
       Examples/CallbackServer/Package.swift Examples/CallbackServer/Tests
       Examples/CallbackServer/Sources/CallbackServer Examples/CallbackServer/Sources/CallbackServerApp
       Examples/CallbackServer/Sources/Sandbox Examples/CallbackServer/Sources/SandboxApp)
# Not linted: Examples/CallbackServer/Sources/{Hummingbird,Vapor}Example, which are the README's
# blocks character for character (check-readme-handlers.py) and keep the README's layout.

if [ "${1:-}" = "--fix" ]; then
    swift format format --in-place --recursive --parallel "${paths[@]}"
else
    swift format lint --strict --recursive --parallel "${paths[@]}"
fi
