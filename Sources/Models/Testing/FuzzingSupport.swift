import SmileIDInternals

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A few of the package's internals, for the fuzz targets' properties and the benchmarks'
/// profile driver.
///
/// SPI, not API: `FuzzTesting/` is a separate package and cannot reach `package` access. Each
/// member says which target needs it. It may change in any release.
@_spi(SmileIDTesting)
public enum FuzzingSupport {
    /// `value` as compact JSON, keys in the order the value encodes them (Smile ID's order for
    /// this package's types): the `Decode…` targets' encode-and-decode-again check.
    public static func orderedJSON(_ value: some Encodable) throws(EncodingError) -> [UInt8] {
        try OrderedJSONEncoder().encode(value)
    }

    /// The path of the first key that repeats within one object, or `nil`: the `JSONStrings`
    /// and `CompareJSONLine` targets compare the package's string lexer, which this scan
    /// runs, with Foundation's reading.
    public static func firstDuplicateKey(in json: some Collection<UInt8>) -> JSONPath? {
        JSONPath.firstDuplicateKey(in: json)
    }

    /// `value` decoded from `json` by the package's one-pass decoder (`PayloadDocument`), with
    /// the repeated key its pass found: the `DecodeAlike` target compares them with
    /// `JSONDecoder` and `firstDuplicateKey(in:)`, and the profile driver counts its
    /// instructions.
    public static func decodeInOnePass<Value: Decodable>(
        _ type: Value.Type, from json: some Collection<UInt8>, userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) -> (value: Result<Value, DecodingFailure>, repeatedKey: JSONPath?) {
        PayloadDocument.read(json) { document in
            (
                Result { () throws(DecodingFailure) in try document.decode(type, userInfo: userInfo) },
                document.repeatedKey
            )
        }
    }

    /// The milliseconds since 1970 (rounded to the nearest) of a `timestamp` as the intake reads
    /// it, or `nil` when it is in no form Smile ID sends: the `ParseTimestamp` target compares it
    /// with a reference reading.
    public static func smileIDTimestampMilliseconds(_ text: String) -> Int64? {
        Date(smileIDTimestamp: text).map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) }
    }

    /// `milliseconds` since 1970 as the job inbox writes the timestamp of its signed `job_status`
    /// requests (`2024-05-01T12:00:00.000Z`): the `ParseTimestamp` target's round trip.
    public static func smileIDTimestamp(milliseconds: Int64) -> String {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000).smileIDTimestamp
    }
}
