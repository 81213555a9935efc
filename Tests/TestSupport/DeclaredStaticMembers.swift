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
/// instead: each line `public static var NAME: Self { Self(rawValue: LITERAL) }`.
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

    /// A line that declares a static member of type `Self` in another form than the one read,
    /// which would otherwise go unseen.
    public struct UnreadDeclaration: Error, CustomStringConvertible {
        /// The line.
        public var line: String

        /// What is wrong.
        public var description: String {
            "a static member not written as `public static var NAME: Self { Self(rawValue: LITERAL) }`: \(line)"
        }
    }

    /// Every `public static var NAME: Self { Self(rawValue: LITERAL) }` of the file at
    /// `relativePath` (from the package root), in the order of the file.
    ///
    /// - Throws: ``UnreadDeclaration`` for a line that declares a `public static` member of type
    ///   `Self` in any other form (on several lines, as a `let`, ...).
    public static func of(fileAt relativePath: String) throws -> [Member] {
        let url = Fixtures.packageRoot.appendingPathComponent(relativePath)
        let text = try String(decoding: Data(contentsOf: url), as: UTF8.self)
        let declaration = "public static var "
        let initializer = ": Self { Self(rawValue: "
        let end = ") }"
        var members: [Member] = []
        for line in text.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("public static "), trimmed.contains(": Self") else { continue }
            guard trimmed.hasPrefix(declaration), trimmed.hasSuffix(end),
                let split = trimmed.firstRange(of: initializer)
            else { throw UnreadDeclaration(line: String(trimmed)) }
            let name = trimmed[trimmed.index(trimmed.startIndex, offsetBy: declaration.count)..<split.lowerBound]
            var literal = trimmed[split.upperBound..<trimmed.index(trimmed.endIndex, offsetBy: -end.count)]
            if literal.count >= 2, literal.hasPrefix("\""), literal.hasSuffix("\"") {
                literal = literal.dropFirst().dropLast()
            }
            members.append(Member(name: String(name), rawValue: String(literal)))
        }
        return members
    }
}
