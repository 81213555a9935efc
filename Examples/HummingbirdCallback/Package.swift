// swift-tools-version:6.0
import PackageDescription

// A Hummingbird 2 server that receives Smile ID callbacks with `JobInbox` and runs the
// compare rules. Its own package, so that the library keeps zero dependencies.
let package = Package(
    name: "HummingbirdCallback",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "swift-smileid-results", path: "../.."),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
    ],
    targets: [
        .target(
            name: "SmileIDCallbackServer",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Models", package: "swift-smileid-results"),
                .product(name: "ResultCodes", package: "swift-smileid-results"),
                .product(name: "UserInfoCompare", package: "swift-smileid-results"),
            ]
        ),
        .executableTarget(
            name: "HummingbirdCallback",
            dependencies: ["SmileIDCallbackServer", .product(name: "ResultCodes", package: "swift-smileid-results")]),
        .testTarget(
            name: "SmileIDCallbackServerTests",
            dependencies: [
                "SmileIDCallbackServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Models", package: "swift-smileid-results"),
                .product(name: "ResultCodes", package: "swift-smileid-results"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
