// swift-tools-version:6.1
import PackageDescription

// The callback server a partner can deploy (`smileid-callback-server`: the job inbox on
// Hummingbird 2, SQLite by default, PostgreSQL for many instances) and a stand-in Smile ID to
// test it (`smileid-sandbox`). Its own package, so that the library keeps zero dependencies.
let package = Package(
    name: "CallbackServer",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "smileid-callback-server", targets: ["CallbackServerApp"]),
        .executable(name: "smileid-sandbox", targets: ["SandboxApp"]),
    ],
    dependencies: [
        .package(name: "swift-smileid-results", path: "../.."),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        // The server as a library: configuration, routes, stores, the job_status client.
        .target(
            name: "CallbackServer",
            dependencies: [
                .product(name: "Models", package: "swift-smileid-results"),
                .product(name: "ResultCodes", package: "swift-smileid-results"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "CallbackServerApp",
            dependencies: ["CallbackServer", .product(name: "Logging", package: "swift-log")]),
        // The stand-in Smile ID: scenario jobs, signed job_status answers, faulty deliveries.
        .target(
            name: "Sandbox",
            dependencies: [
                .product(name: "Models", package: "swift-smileid-results"),
                .product(name: "ResultCodes", package: "swift-smileid-results"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "SandboxApp", dependencies: ["Sandbox"]),
        // The README's Hummingbird and Vapor handlers, compiled exactly as the README shows them.
        .executableTarget(
            name: "HummingbirdExample",
            dependencies: [
                .product(name: "Models", package: "swift-smileid-results"),
                .product(name: "ResultCodes", package: "swift-smileid-results"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "VaporExample",
            dependencies: [
                .product(name: "Models", package: "swift-smileid-results"),
                .product(name: "ResultCodes", package: "swift-smileid-results"),
                .product(name: "Vapor", package: "vapor"),
            ]
        ),
        .testTarget(
            name: "CallbackServerTests",
            dependencies: [
                "CallbackServer",
                .product(name: "ResultCodes", package: "swift-smileid-results"),
                .product(name: "Models", package: "swift-smileid-results"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .testTarget(
            name: "SandboxTests",
            dependencies: [
                "Sandbox", "CallbackServer",
                .product(name: "ResultCodes", package: "swift-smileid-results"),
                .product(name: "Models", package: "swift-smileid-results"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
