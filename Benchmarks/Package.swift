// swift-tools-version:6.1
import PackageDescription

// The benchmarks live in their own package so that the library keeps zero dependencies.
// Run them with `swift package --package-path Benchmarks benchmark` (see README.md).
let package = Package(
    name: "swift-smileid-results-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "swift-smileid-results", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Deterministic synthetic records (seeded PRNG) shared by the benchmarks and the
        // JSON Lines generator of throughput.sh.
        .target(
            name: "SyntheticRecords",
            dependencies: [.product(name: "Models", package: "swift-smileid-results")]
        ),
        .executableTarget(
            name: "generate-records",
            dependencies: ["SyntheticRecords"]
        ),
        // Runs one hot path N times, for instruction counts under valgrind (measure-instructions.sh).
        .executableTarget(
            name: "profile-driver",
            dependencies: [
                .product(name: "Models", package: "swift-smileid-results"),
                .product(name: "ResultCodes", package: "swift-smileid-results"),
                .product(name: "UserInfoCompare", package: "swift-smileid-results"),
                "SyntheticRecords",
            ]
        ),
        .executableTarget(
            name: "SmileIDBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Models", package: "swift-smileid-results"),
                .product(name: "ResultCodes", package: "swift-smileid-results"),
                .product(name: "UserInfoCompare", package: "swift-smileid-results"),
                "SyntheticRecords",
            ],
            path: "Benchmarks/SmileIDBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
