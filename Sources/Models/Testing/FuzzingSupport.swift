import SmileIDInternals

/// Two of the package's internals, for the fuzz targets' properties.
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
}
