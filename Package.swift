// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "swift-smileid-results",
    // What the public API needs: `Duration` (FreshnessWindow, JobInbox.Configuration) and
    // `Task.sleep(for:)` are macOS 13 / iOS 16; the async API alone would be 10.15 / 13.
    // Newer APIs (`Int128`, `String(validating:as:)`) are behind `@available` or
    // `#available`; Scripts/check-platforms.py checks both in CI.
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        .library(name: "Models", targets: ["Models"]),
        .library(name: "ResultCodes", targets: ["ResultCodes"]),
        .library(name: "UserInfoCompare", targets: ["UserInfoCompare"]),
        .executable(name: "smileid", targets: ["smileid"]),
    ],
    targets: [
        // The JSON machinery, the cryptography and the locks the modules share: `package`
        // access only, and not a product (as swift-collections' InternalCollectionsUtilities).
        .target(name: "SmileIDInternals"),
        .target(name: "Models", dependencies: ["SmileIDInternals"]),
        .target(name: "ResultCodes", dependencies: ["Models", "SmileIDInternals"]),
        .target(name: "UserInfoCompare", dependencies: ["Models", "ResultCodes", "SmileIDInternals"]),
        .executableTarget(
            name: "smileid",
            dependencies: ["Models", "ResultCodes", "UserInfoCompare", "SmileIDInternals"]
        ),
        // Locates Fixtures/ for the test targets; not a product.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SmileIDInternalsTests", dependencies: ["SmileIDInternals", "Models", "TestSupport"]),
        .testTarget(name: "ModelsTests", dependencies: ["Models", "ResultCodes", "SmileIDInternals", "TestSupport"]),
        .testTarget(name: "ResultCodesTests", dependencies: ["ResultCodes", "Models", "TestSupport"]),
        .testTarget(
            name: "UserInfoCompareTests",
            dependencies: ["UserInfoCompare", "ResultCodes", "Models", "SmileIDInternals", "TestSupport"]),
        .testTarget(name: "smileidTests", dependencies: ["smileid", "Models", "SmileIDInternals", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// Every import is internal unless it says otherwise, and a member is visible only where its
// module is imported (as swift-http-types builds).
for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
