// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for swift-smileid-results. A separate package, so that the library keeps
// zero dependencies and its own build never needs the sanitizers.
//
//   swift build --package-path FuzzTesting -c debug --sanitize=fuzzer --sanitize=address \
//       -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table
//   FuzzTesting/fuzz.sh [SECONDS]
//
// The -sanitize-coverage flag is needed: with Swift 6.3 on Linux, --sanitize=fuzzer alone links
// libFuzzer but instruments no code, and libFuzzer then reports "no interesting inputs were
// found... Is the code instrumented for coverage?". It goes on the command line (not in
// swiftSettings) so that it reaches the library's modules, which are what is being fuzzed.
// `edge` alone selects trace-pc-guard, which today's libFuzzer refuses; hence the inline
// 8-bit counters and the PC table.
//
// libFuzzer supplies `main`, so each target is compiled with `-parse-as-library` (its one file
// has no top-level code and Swift emits no `main`); the entry point is the
// `@_cdecl("LLVMFuzzerTestOneInput")` function. Linking with lld (`-use-ld=lld`, shipped with
// the toolchain) avoids gold's "Cannot export local symbol '__asan_…'" warnings.
//
// Every target's input → call logic is mirrored by the main package's FuzzFailCasesTests, which
// replay FuzzTesting/FailCases/<target>/ without the fuzzer.

let fuzzTargets = [
    "DecodeJobResult",
    "DecodeJobStatusResponse",
    "DecodeCompareUserInfoRequest",
    "DecodeCompareUserInfoResponse",
    "ResolveResultCode",
    "ParseDate",
    "CompareRecords",
    "CompareJSONLine",
    "JSONStrings",
    "DecideTrail",
    "DecodeAlike",
    "ReceiveCallback",
    "VerifySignature",
    "ParseTimestamp",
]

let library: [Target.Dependency] = [
    .product(name: "Models", package: "swift-smileid-results"),
    .product(name: "ResultCodes", package: "swift-smileid-results"),
    .product(name: "UserInfoCompare", package: "swift-smileid-results"),
]

let package = Package(
    name: "FuzzTesting",
    dependencies: [.package(name: "swift-smileid-results", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: library)
    ]
        + fuzzTargets.map { name in
            .executableTarget(
                name: name,
                dependencies: library + ["FuzzSupport"],
                swiftSettings: [.unsafeFlags(["-parse-as-library"])],
                linkerSettings: [.unsafeFlags(["-use-ld=lld"])]
            )
        },
    swiftLanguageModes: [.v6]
)
