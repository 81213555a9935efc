@_spi(SmileIDTesting) import Models
import UserInfoCompare

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Helpers shared by the fuzz targets. A violated property calls `fuzzFailure`, which traps so
/// that libFuzzer records the input as a crash.
public enum Fuzz {
    /// Traps with `message`: a property the library documents does not hold for this input.
    public static func fuzzFailure(_ message: String) -> Never {
        preconditionFailure(message)
    }

    /// The input bytes as `Data`.
    public static func data(_ start: UnsafeRawPointer, _ count: Int) -> Data {
        Data(bytes: start, count: count)
    }

    /// The input bytes as an array.
    public static func bytes(_ start: UnsafeRawPointer, _ count: Int) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: start, count: count))
    }

    /// Decodes `data` as `T`; when it decodes, encodes it with `OrderedJSONEncoder`, decodes that
    /// again and traps unless the two values are equal.
    public static func roundTrip<T: Codable & Equatable>(_ type: T.Type, _ data: Data) {
        guard let first = try? JSONDecoder().decode(T.self, from: data) else { return }
        // Rendering must not trap either (the redacted descriptions walk every field).
        _ = String(describing: first)
        let encoded: [UInt8]
        do {
            encoded = try FuzzingSupport.orderedJSON(first)
        } catch {
            fuzzFailure("\(T.self) decoded but did not encode: \(error)")
        }
        do {
            let second = try JSONDecoder().decode(T.self, from: Data(encoded))
            if second != first { fuzzFailure("\(T.self) changed in an OrderedJSONEncoder round trip") }
        } catch {
            fuzzFailure("\(T.self) encoded to JSON that does not decode: \(error)")
        }
    }
}

// MARK: Records from bytes

extension Fuzz {
    /// The separator between fields in the record targets' input.
    public static let fieldSeparator: UInt8 = 0x1F

    /// Options from the bits of one byte: bit 0 folds diacritics, bit 1 drops apostrophes,
    /// bit 2 reads dates month first, bits 3–5 set the address threshold to n/7.
    public static func options(_ byte: UInt8) -> CompareOptions {
        CompareOptions(
            foldsDiacritics: byte & 1 != 0,
            dropsApostrophes: byte & 2 != 0,
            dateOrder: byte & 4 != 0 ? .monthFirst : .dayFirst,
            addressPartialThreshold: Double((byte >> 3) & 7) / 7)
    }

    /// The countries the record targets choose from (by a byte modulo the count); `nil` is none.
    public static let countries: [String?] = ["NG", "KE", "GH", "ZA", "US", "GB", "IN", nil, "XX", ""]

    /// Splits bytes at `fieldSeparator`; a segment that is the single byte 0x00 is absent (`nil`),
    /// any other is its UTF-8 text (invalid sequences repaired).
    public static func fields(_ bytes: some Collection<UInt8>) -> [String?] {
        bytes.split(separator: fieldSeparator, omittingEmptySubsequences: false).map { segment in
            segment.count == 1 && segment.first == 0 ? nil : String(decoding: segment, as: UTF8.self)
        }
    }

    /// A record from up to nine fields, in `UserInfo`'s declaration order; missing ones are absent.
    public static func userInfo(_ fields: some Collection<String?>) -> UserInfo {
        let value = Array(fields) + Array(repeating: nil, count: max(0, 9 - fields.count))
        return UserInfo(
            firstName: value[0], middleName: value[1], lastName: value[2], fullName: value[3],
            dob: value[4], gender: value[5], phoneNumber: value[6], address: value[7],
            expirationDate: value[8])
    }

    /// Compares `first` and `second` both ways and each with itself, and traps unless the
    /// comparison is symmetric (same outcome or same error both ways) and reflexive (every
    /// provided field Exact Match, or the same error a record gives against itself).
    public static func checkProperties(
        _ first: UserInfo, _ second: UserInfo, country: String?, options: CompareOptions
    ) {
        let comparator = UserInfoComparator(options: options)
        let forward = Result { () throws(UserInfoComparisonError) in
            try comparator.compare(idAuthority: first, document: second, country: country)
        }
        let backward = Result { () throws(UserInfoComparisonError) in
            try comparator.compare(idAuthority: second, document: first, country: country)
        }
        if forward != backward { fuzzFailure("not symmetric: \(forward) against \(backward)") }
        for record in [first, second] {
            switch Result(catching: { () throws(UserInfoComparisonError) in
                try comparator.compare(idAuthority: record, document: record, country: country)
            }) {
            case .success(let comparison):
                for (field, outcome) in comparison.outcomes where outcome != .exactMatch && outcome != .notProvided {
                    fuzzFailure("not reflexive: \(field) is \(outcome) against itself")
                }
                if comparison.resultCode != .exactMatch { fuzzFailure("not reflexive: \(comparison)") }
            case .failure(.nothingToCompare), .failure(.fieldTooLong):
                break
            }
        }
    }
}
