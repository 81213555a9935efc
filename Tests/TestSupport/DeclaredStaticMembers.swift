#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The known values an open value set (a `RawRepresentable` struct such as `JobType`) declares
/// as static members, read from its source file.
///
/// Swift cannot list a type's static members at run time, so a test that checks a type's table
/// against its members (every member has a row, every row a member) reads the declarations
/// instead: each line `public static let NAME = TYPE(rawValue: LITERAL)`.
public enum DeclaredStaticMembers {
    /// One declared member: its name and the text of its raw value (unquoted for a string).
    public struct Member: Sendable, Hashable, CustomStringConvertible {
        /// The member's name, such as `biometricKYC`.
        public var name: String
        /// The raw value as written, without the quotes of a string literal, such as `1` or
        /// `Passed`.
        public var rawValue: String

        /// `name = rawValue`.
        public var description: String { "\(name) = \(rawValue)" }
    }

    /// Every `public static let NAME = type(rawValue: LITERAL)` of the file at `relativePath`
    /// (from the package root), in the order of the file.
    public static func of(_ type: String, in relativePath: String) throws -> [Member] {
        let url = Fixtures.packageRoot.appendingPathComponent(relativePath)
        let text = try String(decoding: Data(contentsOf: url), as: UTF8.self)
        let declaration = "public static let "
        let initializer = " = \(type)(rawValue: "
        var members: [Member] = []
        for line in text.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix(declaration), trimmed.hasSuffix(")"),
                let split = trimmed.firstRange(of: initializer)
            else { continue }
            let name = trimmed[trimmed.index(trimmed.startIndex, offsetBy: declaration.count)..<split.lowerBound]
            var literal = trimmed[split.upperBound..<trimmed.index(before: trimmed.endIndex)]
            if literal.hasPrefix("\""), literal.hasSuffix("\""), literal.count >= 2 {
                literal = literal.dropFirst().dropLast()
            }
            members.append(Member(name: String(name), rawValue: String(literal)))
        }
        return members
    }
}
