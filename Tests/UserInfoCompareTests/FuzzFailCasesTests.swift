import Models
import ResultCodes
import TestSupport
import Testing
@_spi(SmileIDTesting) import UserInfoCompare

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Replays `FuzzTesting/FailCases/{ParseDate,CompareRecords,CompareJSONLine}/` without the
/// fuzzer, through the targets' logic (FuzzTesting/Sources/FuzzSupport): records built from
/// the bytes are compared both ways and each with itself, and must be symmetric and reflexive;
/// a line gives a 1020/1021/1022 response or an error.
@Suite struct FuzzFailCasesTests {
    static func failCases(_ target: String) throws -> [[UInt8]] {
        let folder = Fixtures.packageRoot.appendingPathComponent("FuzzTesting/FailCases/\(target)")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .map { try Array(Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    // MARK: The targets' input → call logic (mirrors FuzzSupport)

    static func options(_ byte: UInt8) -> CompareOptions {
        CompareOptions(
            foldsDiacritics: byte & 1 != 0, dropsApostrophes: byte & 2 != 0,
            dateOrder: byte & 4 != 0 ? .monthFirst : .dayFirst, addressPartialThreshold: Double((byte >> 3) & 7) / 7)
    }

    static let countries: [String?] = ["NG", "KE", "GH", "ZA", "US", "GB", "IN", nil, "XX", ""]

    static func userInfo(_ fields: some Collection<String?>) -> UserInfo {
        let value = Array(fields) + Array(repeating: nil, count: max(0, 9 - fields.count))
        return UserInfo(
            firstName: value[0], middleName: value[1], lastName: value[2], fullName: value[3], dob: value[4],
            gender: value[5], phoneNumber: value[6], address: value[7], expirationDate: value[8])
    }

    /// ParseDate: byte 0 options; the rest split at the first 0x1F; each text is both dates.
    static func parseDateRecords(_ bytes: [UInt8]) -> (UserInfo, UserInfo, CompareOptions)? {
        guard let first = bytes.first else { return nil }
        let rest = bytes.dropFirst()
        let separator = rest.firstIndex(of: 0x1F) ?? rest.endIndex
        let left = String(decoding: rest[..<separator], as: UTF8.self)
        let right = String(decoding: rest[separator...].dropFirst(), as: UTF8.self)
        return (UserInfo(dob: left, expirationDate: right), UserInfo(dob: right, expirationDate: left), options(first))
    }

    /// CompareRecords: byte 0 options, byte 1 country, then 18 fields at 0x1F; a lone 0x00 is absent.
    static func records(_ bytes: [UInt8]) -> (UserInfo, UserInfo, String?, CompareOptions)? {
        guard bytes.count >= 2 else { return nil }
        let fields: [String?] = bytes.dropFirst(2).split(separator: 0x1F, omittingEmptySubsequences: false).map {
            $0.count == 1 && $0.first == 0 ? nil : String(decoding: $0, as: UTF8.self)
        }
        return (
            userInfo(fields.prefix(9)), userInfo(fields.dropFirst(9).prefix(9)),
            countries[Int(bytes[1]) % countries.count], options(bytes[0])
        )
    }

    /// Symmetry and reflexivity, as `Fuzz.checkProperties` traps on.
    static func expectProperties(_ first: UserInfo, _ second: UserInfo, country: String?, options: CompareOptions) {
        let comparator = UserInfoComparator(options: options)
        func compare(_ a: UserInfo, _ b: UserInfo) -> Result<UserInfoComparison, UserInfoComparisonError> {
            Result { () throws(UserInfoComparisonError) in
                try comparator.compare(idAuthority: a, document: b, country: country)
            }
        }
        #expect(compare(first, second) == compare(second, first), "symmetric")
        for record in [first, second] {
            if case .success(let comparison) = compare(record, record) {
                #expect(comparison.resultCode == .exactMatch, "reflexive: \(comparison)")
            }
        }
    }

    // MARK: Replays

    @Test func replayParseDate() throws {
        let cases = try Self.failCases("ParseDate")
        #expect(!cases.isEmpty)
        for bytes in cases {
            guard let (first, second, options) = Self.parseDateRecords(bytes) else { continue }
            Self.expectProperties(first, second, country: nil, options: options)
        }
    }

    @Test func replayCompareRecords() throws {
        let cases = try Self.failCases("CompareRecords")
        #expect(!cases.isEmpty)
        for bytes in cases {
            guard let (first, second, country, options) = Self.records(bytes) else { continue }
            Self.expectProperties(first, second, country: country, options: options)
        }
    }

    @Test func replayCompareJSONLine() throws {
        let cases = try Self.failCases("CompareJSONLine")
        #expect(!cases.isEmpty)
        for bytes in cases {
            if case .success(let response) = CompareLineProcessor().process(line: bytes) {
                #expect(["1020", "1021", "1022"].contains(response.resultCode))
            }
        }
    }

    /// The hand-made cases' defined outcomes, beyond the properties.
    @Test func handMadeCasesBehaveAsDefined() throws {
        let dates = try Self.failCases("ParseDate")
        for bytes in dates {
            let (first, second, options) = try #require(Self.parseDateRecords(bytes))
            let comparison = try UserInfoComparator(options: options).compare(
                idAuthority: first, document: second, country: nil)
            // Feb 30 in two forms is one date; 04/03/1990 read month first is 1990-04-03.
            #expect(comparison.dob == .exactMatch && comparison.expirationDate == .exactMatch)
        }
        let (first, second, country, options) = try #require(Self.records(try Self.failCases("CompareRecords")[0]))
        let comparison = try UserInfoComparator(options: options).compare(
            idAuthority: first, document: second, country: country)
        // The zero-width space and the right-to-left override keep "Ada​eze" and "‮ADAEZE" apart.
        #expect(comparison.name == .partialMatch)
        #expect(
            comparison.dob == .exactMatch && comparison.gender == .exactMatch && comparison.phoneNumber == .exactMatch)
        #expect(comparison.address == .exactMatch && comparison.expirationDate == .notProvided)
        let lines = try Self.failCases("CompareJSONLine")
        // Sorted: hand-deep-nesting, hand-duplicate-keys.
        let deep = CompareLineProcessor().process(line: lines[0])
        #expect(deep.failure?.decodingFailure?.kind == .invalidJSON)
        #expect(deep.failure?.description == "the line is not valid JSON")
        // A key twice in one object is refused, naming it, rather than resolved silently.
        let repeated = CompareLineProcessor().process(line: lines[1]).failure?.decodingFailure
        #expect(repeated?.kind == .duplicateKey && repeated?.path.description == "id_authority.dob")
    }

    /// JSONStrings: the input split at its first 0x00 into two string bodies; the scanner and
    /// the compare line reader must read them as Foundation does (mirrors
    /// `Fuzz.jsonStringsViolation`).
    @Test func replayJSONStrings() throws {
        let cases = try Self.failCases("JSONStrings")
        #expect(!cases.isEmpty)
        for bytes in cases {
            let split = bytes.firstIndex(of: 0) ?? bytes.endIndex
            let a = Array(bytes[..<split])
            let b = Array(bytes[split...].dropFirst())
            let document = Array(#"{""#.utf8) + a + Array(#"":0,""#.utf8) + b + Array(#"":1}"#.utf8)
            let strings = [a, b].map { body in
                (try? JSONDecoder().decode([String].self, from: Data("[\"".utf8 + body + "\"]".utf8)))?.first
            }
            let expected = strings[0] != nil && strings[0] == strings[1] ? strings[1].map { JSONPath([.key($0)]) } : nil
            #expect(JSONPath.firstDuplicateKey(in: document) == expected, "\(bytes)")
            let line =
                Array(#"{"id_authority":{"first_name":""#.utf8) + a + Array(#""},"document":{"first_name":""#.utf8)
                + b + Array(#""}}"#.utf8)
            func names(_ compareCase: CompareCase?) -> [[UInt8]?]? {
                compareCase.map { [$0.idAuthority.firstName, $0.document.firstName].map { $0.map { Array($0.utf8) } } }
            }
            let fast = try? CompareCase(json: line)
            let foundation = try? JSONDecoder().decode(CompareCase.self, from: Data(line))
            #expect(names(fast) == names(foundation))
        }
    }
}

extension Result {
    /// The failure, or `nil` on success.
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
