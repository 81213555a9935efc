// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "swift-smileid-results",
    products: [
        .library(name: "Models", targets: ["Models"]),
        .library(name: "ResultCodes", targets: ["ResultCodes"]),
        .library(name: "UserInfoCompare", targets: ["UserInfoCompare"]),
        .executable(name: "smileid", targets: ["smileid"]),
    ],
    targets: [
        .target(name: "Models"),
        .target(name: "ResultCodes", dependencies: ["Models"]),
        .target(name: "UserInfoCompare", dependencies: ["Models", "ResultCodes"]),
        .executableTarget(
            name: "smileid",
            dependencies: ["Models", "ResultCodes", "UserInfoCompare"]
        ),
        // Locates Fixtures/ for the test targets; not a product.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ModelsTests", dependencies: ["Models", "ResultCodes", "TestSupport"]),
        .testTarget(name: "ResultCodesTests", dependencies: ["ResultCodes", "Models", "TestSupport"]),
        .testTarget(
            name: "UserInfoCompareTests", dependencies: ["UserInfoCompare", "ResultCodes", "Models", "TestSupport"]),
        .testTarget(name: "smileidTests", dependencies: ["smileid", "Models", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
