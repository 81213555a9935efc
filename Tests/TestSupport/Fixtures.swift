#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Locates and loads files under the package's top-level `Fixtures/` folder.
///
/// Tests find the folder from this file's own path, so `swift test` works from any directory
/// without copying fixtures into a resource bundle.
public enum Fixtures {
    /// The package's root folder.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    /// The `Fixtures/` folder.
    public static let root: URL = packageRoot.appendingPathComponent("Fixtures", isDirectory: true)

    /// The URL of a fixture, given its path relative to `Fixtures/`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The bytes of a fixture.
    public static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }

    /// A fixture decoded as JSON into `type`.
    public static func decode<T: Decodable>(_ type: T.Type, from relativePath: String) throws -> T {
        try JSONDecoder().decode(type, from: data(relativePath))
    }

    /// The names of the files in a fixture folder with the given extension, sorted.
    public static func files(in folder: String, withExtension pathExtension: String = "json") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url(folder).path)
            .filter { $0.hasSuffix("." + pathExtension) }
            .sorted()
            .map { folder + "/" + $0 }
    }
}
