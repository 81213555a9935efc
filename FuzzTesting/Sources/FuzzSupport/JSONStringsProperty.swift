@_spi(SmileIDTesting) import Models
import UserInfoCompare

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Fuzz {
    /// The property of the `JSONStrings` target: the package's one JSON string lexer, as the
    /// duplicate-key scanner and the compare line reader use it, reads every string as
    /// Foundation does.
    ///
    /// The input is split at its first 0x00 into the bodies `a` and `b` of two JSON strings.
    /// When neither holds an unescaped quote (so each is one string token):
    ///
    /// - `{"a":0,"b":1}` has a repeated key exactly when Foundation reads both strings and they
    ///   are equal `String`s; the scanner then names that key, and otherwise finds nothing (a
    ///   string Foundation refuses, such as a lone surrogate, makes the document malformed);
    /// - the line `{"id_authority":{"first_name":"a"},"document":{"first_name":"b"}}` decodes
    ///   through `CompareCase(json:)` (whose byte-level reader takes it) exactly when
    ///   `JSONDecoder` decodes it, to the same UTF-8.
    ///
    /// - Returns: What does not hold, or `nil`.
    public static func jsonStringsViolation(_ bytes: [UInt8]) -> String? {
        let split = bytes.firstIndex(of: 0) ?? bytes.endIndex
        let a = Array(bytes[..<split])
        let b = Array(bytes[split...].dropFirst())
        guard isOneStringToken(a), isOneStringToken(b) else { return nil }
        let quote = [UInt8(ascii: "\"")]
        let document = Array(#"{""#.utf8) + a + Array(#"":0,""#.utf8) + b + Array(#"":1}"#.utf8)
        let expected: JSONPath?
        if let first = foundationString(a), let second = foundationString(b), first == second {
            expected = JSONPath([.key(second)])
        } else {
            expected = nil
        }
        let found = FuzzingSupport.firstDuplicateKey(in: document)
        if found != expected {
            return
                "scanner found \(found.map(String.init(describing:)) ?? "nil"), expected \(expected.map(String.init(describing:)) ?? "nil")"
        }
        let line =
            Array(#"{"id_authority":{"first_name":"#.utf8) + quote + a + quote
            + Array(#"},"document":{"first_name":"#.utf8) + quote + b + quote + Array("}}".utf8)
        let fast = try? CompareCase(json: line)
        let foundation = try? JSONDecoder().decode(CompareCase.self, from: Data(line))
        let fastNames = fast.map {
            [$0.idAuthority.firstName, $0.document.firstName].map { $0.map { Array($0.utf8) } }
        }
        let foundationNames = foundation.map {
            [$0.idAuthority.firstName, $0.document.firstName].map { $0.map { Array($0.utf8) } }
        }
        if fastNames != foundationNames {
            return
                "the compare line decoded as \(fast == nil ? "nothing" : "a case"), JSONDecoder as \(foundation == nil ? "nothing" : "a case") or other bytes"
        }
        return nil
    }

    /// Whether `body` between two quotes is one JSON string token: no unescaped quote, and no
    /// backslash escaping the closing quote.
    public static func isOneStringToken(_ body: [UInt8]) -> Bool {
        var index = 0
        while index < body.count {
            switch body[index] {
            case UInt8(ascii: "\\"):
                guard index + 1 < body.count else { return false }
                index += 2
            case UInt8(ascii: "\""):
                return false
            default:
                index += 1
            }
        }
        return true
    }

    /// The string Foundation's `JSONDecoder` reads from `"body"`, or `nil` when it refuses it.
    public static func foundationString(_ body: [UInt8]) -> String? {
        let json = Data(Array("[\"".utf8) + body + Array("\"]".utf8))
        guard let array = try? JSONDecoder().decode([String].self, from: json), array.count == 1 else { return nil }
        return array[0]
    }
}
